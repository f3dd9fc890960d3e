/* Exact identities of the attention module and of the spectral identity used by Check R. */
#include <math.h>
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

    /* the array exponential: within one ulp of libm over its whole range, in place, specials */
    enum { grid = 200001 };
    double *x = malloc(grid * sizeof *x), *y = malloc(grid * sizeof *y);
    for (int i = 0; i < grid; i++) x[i] = -760.0 + 1475.0 * (double)i / (grid - 1);
    asp_exp_array(grid, x, y);
    double ulps = 0.0;
    for (int i = 0; i < grid; i++) {
        double want = exp(x[i]);
        if (want == y[i]) continue;
        ulps = fmax(ulps, fabs(y[i] - want) / (nextafter(want, INFINITY) - want));
    }
    if (!ok(ulps <= 1.0, "array exp within one ulp of libm on [-760, 715]"))
        printf("#   worst %.2f ulp\n", ulps);
    memcpy(y, x, grid * sizeof *y);
    asp_exp_array(grid, y, y);
    int same = 1;
    for (int i = 0; i < grid; i++) {
        double want = exp(x[i]);
        same &= y[i] == want || fabs(y[i] - want) <= nextafter(want, INFINITY) - want;
    }
    ok(same, "array exp in place");
    double special[6] = { 0.0, -INFINITY, INFINITY, NAN, 709.7, -745.2 }, e[6];
    asp_exp_array(6, special, e);
    ok(e[0] == 1.0 && e[1] == 0.0 && isinf(e[2]) && isnan(e[3]) && e[4] == exp(709.7)
       && e[5] == exp(-745.2), "array exp of 0, -inf, inf, NaN and beyond the normal range");
    free(x); free(y);

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
