/* Exact identities of the attention module and of the spectral identity used by Check R. */
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include "attention.h"
#include "random.h"
#include "spectra.h"
#include "tap.h"

int main(void)
{
    enum { n = 30, k = 7 };
    double Q[n * k], K[n * k], S[n * n], A[n * n], logZ[n];
    gsl_rng *r = asp_stream(3, 0, 0);
    asp_fill_gaussian(r, Q, n * k, 0.0, 1.0);
    asp_fill_gaussian(r, K, n * k, 0.0, 1.0);

    /* scores against a direct triple loop */
    asp_scores(n, n, k, Q, K, 0.5, S);
    double worst = 0.0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int l = 0; l < k; l++) s += Q[i * k + l] * K[j * k + l];
            worst = fmax(worst, fabs(0.5 * s - S[i * n + j]));
        }
    ok(worst < 1e-14, "scores equal the direct sum");

    /* softmax: rows sum to one, log Z exact, no overflow at huge logits */
    asp_row_softmax(n, n, 2.0, S, A, logZ);
    double rows = 0.0, logz = 0.0;
    for (int i = 0; i < n; i++) {
        double s = 0.0, z = 0.0;
        for (int j = 0; j < n; j++) { s += A[i * n + j]; z += exp(2.0 * S[i * n + j]); }
        rows = fmax(rows, fabs(s - 1.0));
        logz = fmax(logz, fabs(log(z) - logZ[i]));
    }
    ok(rows < 1e-14, "softmax rows sum to one");
    ok(logz < 1e-13, "log Z equals log of the direct sum");
    double big[3] = { 1000.0, 999.0, -1000.0 }, out[3], lz;
    asp_row_softmax(1, 3, 1.0, big, out, &lz);
    ok(isfinite(out[0]) && isfinite(lz) && fabs(out[0] - 1.0 / (1.0 + exp(-1.0))) < 1e-15,
       "logits of 1000 do not overflow");
    close_to(lz, 1000.0 + log1p(exp(-1.0)), 1e-15, "log Z at logits of 1000");

    /* centring: A(I - P) has zero row sums and equals A - P for row-stochastic A */
    double C[n * n];
    memcpy(C, A, sizeof C);
    asp_center_rows(n, n, C);
    worst = 0.0;
    for (int i = 0; i < n; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++) { s += C[i * n + j]; worst = fmax(worst, fabs(C[i * n + j] - (A[i * n + j] - 1.0 / n))); }
        worst = fmax(worst, fabs(s));
    }
    ok(worst < 1e-15, "A_perp = A - P with zero row sums");

    /* spec(A_perp) = spec(A) with 1 replaced by 0 (characteristic polynomials compared at points) */
    double reA[n], imA[n], reP[n], imP[n], work[3 * n * n];
    ok(asp_eigenvalues(n, A, reA, imA, work) == 0 && asp_eigenvalues(n, C, reP, imP, work) == 0, "dgeev succeeds");
    int perron = 0;
    for (int i = 1; i < n; i++) if (reA[i] > reA[perron]) perron = i;
    ok(fabs(reA[perron] - 1.0) < 1e-13 && fabs(imA[perron]) < 1e-13, "the Perron eigenvalue is 1");
    /* product over the spectrum of (z - lambda): compare at two test points, A's with (z-1) swapped for z */
    double z = 0.37, pa = 1.0, pp = 1.0;
    for (int i = 0; i < n; i++) {
        pa *= (i == perron) ? z : hypot(z - reA[i], imA[i]);
        pp *= hypot(z - reP[i], imP[i]);
    }
    close_to(pp / pa, 1.0, 1e-10, "|char. polynomial| of A_perp = that of A with 1 -> 0, at z = 0.37");
    gsl_rng_free(r);
    return done_testing();
}
