/* The Gram route against divide-and-conquer SVD, and stable ranks of known matrices. */
#include <stdlib.h>
#include <string.h>
#include "random.h"
#include "spectra.h"
#include "tap.h"

int main(void)
{
    size_t m = 60, n = 90;
    double *X = malloc(m * n * sizeof *X), *s = malloc(m * sizeof *s), *s2 = malloc(m * sizeof *s2);
    double *work = malloc(m * n * sizeof *work);
    gsl_rng *r = asp_stream(5, 0, 0);
    asp_fill_gaussian(r, X, m * n, 0.0, 1.0);
    ok(asp_singular_values(m, n, X, s, work) == 0, "dgesdd succeeds");
    ok(asp_squared_singular_values(m, n, X, s2, work) == 0, "Gram route succeeds (wide)");
    /* Gram eigenvalues are accurate to eps * s1^2 in absolute terms; relative for the bulk here */
    double worst = 0.0;
    for (size_t i = 0; i < m; i++) worst = fmax(worst, fabs(s2[i] - s[i] * s[i]) / (s[0] * s[0]));
    ok(worst < 1e-13, "Gram route squared singular values agree with dgesdd to eps * s1^2 (wide)");
    /* the tall case uses X^T X */
    double *Xt = malloc(m * n * sizeof *Xt);
    for (size_t i = 0; i < m; i++) for (size_t j = 0; j < n; j++) Xt[j * m + i] = X[i * n + j];
    ok(asp_squared_singular_values(n, m, Xt, s2, work) == 0, "Gram route succeeds (tall)");
    worst = 0.0;
    for (size_t i = 0; i < m; i++) worst = fmax(worst, fabs(s2[i] - s[i] * s[i]) / (s[0] * s[0]));
    ok(worst < 1e-13, "Gram route agrees with dgesdd (tall)");
    int decreasing = 1;
    for (size_t i = 1; i < m; i++) decreasing &= s2[i] <= s2[i - 1];
    ok(decreasing, "values come in decreasing order");

    /* Lanczos top singular value against dgesdd, on the wide and the tall matrix */
    double top;
    ok(asp_top_singular_value(m, n, X, 200, 1e-12, &top) == 0, "Golub-Kahan-Lanczos converges (wide)");
    close_to(top, s[0], 1e-10, "Lanczos s1 equals dgesdd's s1 (wide)");
    ok(asp_top_singular_value(n, m, Xt, 200, 1e-12, &top) == 0, "Golub-Kahan-Lanczos converges (tall)");
    close_to(top, s[0], 1e-10, "Lanczos s1 equals dgesdd's s1 (tall)");
    ok(asp_top_singular_value(m, n, X, 3, 1e-12, &top) == 1 && top <= s[0] * (1 + 1e-14),
       "too few steps: reported as not converged, value a lower bound");

    /* stable ranks of known spectra */
    double flat[4] = { 2, 2, 2, 2 }, spike[4] = { 4, 1, 1, 0 };
    close_to(asp_stable_rank_frobenius(4, flat), 4.0, 1e-15, "sr_F of a flat spectrum is its rank");
    close_to(asp_stable_rank_gram(4, flat), 4.0, 1e-15, "sr_G of a flat spectrum is its rank");
    close_to(asp_stable_rank_frobenius(4, spike), 1.5, 1e-15, "sr_F = sum s^2 / s1^2");
    close_to(asp_stable_rank_gram(4, spike), 1.125, 1e-15, "sr_G = sum s^4 / s1^4");

    /* eigenvalue condition numbers: a normal matrix has rcond = 1 */
    double D[9] = { 2, 0, 0, 0, -1, 0, 0, 0, 0.5 }, re[3], im[3], rc[3], norm1, w[27];
    ok(asp_eigenvalues_with_condition(3, D, re, im, rc, &norm1, w) == 0, "dgeevx succeeds");
    ok(fabs(rc[0] - 1.0) < 1e-15 && fabs(rc[1] - 1.0) < 1e-15 && fabs(norm1 - 2.0) < 1e-15,
       "diagonal matrix: rcond = 1, 1-norm = 2");
    free(X); free(Xt); free(s); free(s2); free(work);
    gsl_rng_free(r);
    return done_testing();
}
