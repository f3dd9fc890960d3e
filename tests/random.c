/* Known-answer and property tests of the random streams and matrix generators. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_cblas.h>
#include "random.h"
#include "tap.h"

int main(void)
{
    /* GSL's own known answer for MT19937: seed 4357, the 1000th output (GSL test suite). */
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 4357);
    unsigned long x = 0;
    for (int i = 0; i < 1000; i++) x = gsl_rng_get(r);
    ok(x == 1186927261UL, "MT19937 seeded 4357 gives the 1000th value of GSL's own test suite");
    gsl_rng_free(r);

    /* Our stream seeds are pinned: a change would silently change every published number. */
    /* Pinned values of our own streams: a change here changes every published number, so it must be
     * deliberate (and come with `make lock`). */
    ok(asp_stream_seed(20261122, 800, 3) == 5599958888269023057ULL, "stream seed pinned");
    gsl_rng *pinned = asp_stream(1, 2, 3);
    double first_gaussian;
    asp_fill_gaussian(pinned, &first_gaussian, 1, 0.0, 1.0);
    ok(first_gaussian == 1.0970309613105591, "first Gaussian of stream (1, 2, 3) pinned");
    gsl_rng_free(pinned);
    uint64_t a = asp_stream_seed(20261122, 800, 3), b = asp_stream_seed(20261122, 800, 3);
    ok(a == b, "the same coordinates give the same seed");
    ok(asp_stream_seed(20261122, 800, 3) != asp_stream_seed(20261122, 800, 4), "draw index changes the seed");
    ok(asp_stream_seed(20261122, 800, 3) != asp_stream_seed(20261122, 801, 3), "size changes the seed");
    ok(asp_stream_seed(1, 2, 3) != asp_stream_seed(1, 3, 2), "coordinates are not symmetric");

    /* A stream does not depend on what other streams drew before it. */
    gsl_rng *s1 = asp_stream(7, 1, 2);
    double first = gsl_rng_uniform(s1);
    gsl_rng *other = asp_stream(7, 5, 5);
    for (int i = 0; i < 1000; i++) gsl_rng_uniform(other);
    gsl_rng *s2 = asp_stream(7, 1, 2);
    ok(gsl_rng_uniform(s2) == first, "a stream is reproducible regardless of other draws");
    gsl_rng_free(s1); gsl_rng_free(s2); gsl_rng_free(other);

    /* Gaussian fill: mean and variance within 5 standard errors on 200000 draws. */
    enum { N = 200000 };
    double *g = malloc(N * sizeof *g), m = 0.0, v = 0.0;
    gsl_rng *gr = asp_stream(11, 0, 0);
    asp_fill_gaussian(gr, g, N, 2.0, 3.0);
    for (int i = 0; i < N; i++) m += g[i];
    m /= N;
    for (int i = 0; i < N; i++) v += (g[i] - m) * (g[i] - m);
    v /= N - 1;
    ok(fabs(m - 2.0) < 5.0 * 3.0 / sqrt(N), "Gaussian mean within 5 s.e.");
    ok(fabs(v - 9.0) < 5.0 * 9.0 * sqrt(2.0 / N), "Gaussian variance within 5 s.e.");
    free(g);

    /* Orthonormal rows: X X^T = I to rounding. */
    size_t T = 40, d = 100;
    double *X = malloc(T * d * sizeof *X), *XXt = malloc(T * T * sizeof *XXt);
    ok(asp_orthonormal_rows(gr, T, d, X) == 0, "orthonormal rows: QR succeeds");
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)T, (int)T, (int)d, 1.0, X, (int)d, X, (int)d, 0.0,
                XXt, (int)T);
    double worst = 0.0;
    for (size_t i = 0; i < T; i++)
        for (size_t j = 0; j < T; j++) worst = fmax(worst, fabs(XXt[i * T + j] - (i == j)));
    ok(worst < 1e-13, "X X^T = I to 1e-13");
    ok(asp_orthonormal_rows(gr, d, T, X) != 0, "more rows than columns is refused");

    /* Random Markov matrices are row-stochastic with positive entries. */
    double *A = malloc(T * T * sizeof *A);
    asp_random_markov(gr, T, log(2.0), A);
    worst = 0.0;
    int positive = 1;
    for (size_t i = 0; i < T; i++) {
        double s = 0.0;
        for (size_t j = 0; j < T; j++) { s += A[i * T + j]; positive &= A[i * T + j] > 0.0; }
        worst = fmax(worst, fabs(s - 1.0));
    }
    ok(worst < 1e-14 && positive, "random Markov matrix: positive entries, rows sum to one");
    free(X); free(XXt); free(A);
    gsl_rng_free(gr);
    return done_testing();
}
