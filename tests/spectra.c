/* The Gram route against divide-and-conquer SVD, and stable ranks of known matrices. */
#include <stdlib.h>
#include <string.h>
#include "attention.h"
#include "random.h"
#include "spectra.h"
#include "status.h"
#include "tap.h"

/* The values the paper uses: squared singular values of sqrt(n) A_perp for a softmax attention matrix
 * (Check G's object; kappa = 1, beta = 1).  Squaring costs relative accuracy only below the bulk:
 * the Gram eigenvalues carry an absolute error of a few n eps s1^2, so a value s^2 keeps about
 * eps n s1^2 / s^2 relative accuracy.  Above 1e-5 s1^2 that is below 1e-10; the smallest values of a
 * square matrix (about s1^2 / n^2) lose most of their digits, and no statistic of the paper needs them
 * to relative accuracy (densities, distances, moments and top values need them to absolute accuracy). */
static void attention_accuracy(void)
{
    size_t n = 500;
    double *Q = malloc(n * n * sizeof *Q), *K = malloc(n * n * sizeof *K), *A = malloc(n * n * sizeof *A);
    double *s = malloc(n * sizeof *s), *s2 = malloc(n * sizeof *s2), *work = malloc(n * n * sizeof *work);
    gsl_rng *r = asp_stream(11, 0, 0);
    asp_fill_gaussian(r, Q, n * n, 0.0, 1.0);
    asp_fill_gaussian(r, K, n * n, 0.0, 1.0);
    gsl_rng_free(r);
    asp_scores(n, n, n, Q, K, 1.0 / sqrt((double)n), A);
    asp_row_softmax(n, n, 1.0, A, A, NULL);
    asp_center_rows(n, n, A);
    for (size_t i = 0; i < n * n; i++) A[i] *= sqrt((double)n);
    ok(asp_singular_values(n, n, A, s, work) == 0 && asp_squared_singular_values(n, n, A, s2, work) == 0,
       "attention: dgesdd and the Gram route succeed");
    double top = s[0] * s[0], bulk_error = 0.0, absolute_error = 0.0, smallest_error = 0.0;
    size_t below = 0;
    for (size_t i = 0; i < n; i++) {
        double exact = s[i] * s[i], e = fabs(s2[i] - exact);
        absolute_error = fmax(absolute_error, e / top);
        if (exact >= 1e-5 * top) bulk_error = fmax(bulk_error, e / exact);
        else below++;
    }
    /* the centred matrix has rank n - 1: its last value is zero up to rounding in both routes */
    double last = s[n - 2] * s[n - 2];
    smallest_error = fabs(s2[n - 2] - last) / last;
    ok(bulk_error < 1e-10, "attention: values above 1e-5 s1^2 agree with dgesdd to 1e-10 (relative)");
    printf("#   bulk relative error %.2g; %zu of %zu values lie below 1e-5 s1^2\n", bulk_error, below, n);
    ok(absolute_error < 10.0 * (double)n * 2.2e-16,
       "attention: every value agrees with dgesdd to 10 n eps s1^2 (absolute)");
    printf("#   absolute error / s1^2 %.2g; relative error of the smallest non-zero value %.2g "
           "(s^2 / s1^2 = %.2g)\n", absolute_error, smallest_error, last / top);
    ok(below * 100 < n, "attention: fewer than 1% of the values lie where squaring loses relative accuracy");
    free(Q); free(K); free(A); free(s); free(s2); free(work);
}

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
    ok(asp_top_singular_value(m, n, X, 3, 1e-12, &top) == ASP_ERR_CONVERGENCE && top <= s[0] * (1 + 1e-14),
       "too few steps: reported as not converged, value a lower bound");
    /* a 2 x 2 matrix: the Krylov space is exhausted after two steps, before the estimate could settle */
    const double tiny[4] = { 3.0, 1.0, 0.0, 2.0 };
    double tiny_s[2], tiny_work[8];
    asp_singular_values(2, 2, tiny, tiny_s, tiny_work);
    ok(asp_top_singular_value(2, 2, tiny, 50, 1e-12, &top) == 0, "exhausted Krylov space: converged");
    close_to(top, tiny_s[0], 1e-12, "... and exact");

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
    attention_accuracy();
    return done_testing();
}
