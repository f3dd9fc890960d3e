/* Statistics: KS distance by hand-computable cases, exact power laws, densities that integrate to one. */
#include <stdlib.h>
#include "random.h"
#include "statistics.h"
#include "tap.h"

static double uniform_cdf(double x, const void *law) { (void)law; return x < 0 ? 0 : x > 1 ? 1 : x; }
static double normal_cdf(double x, const void *law) { (void)law; return 0.5 * erfc(-x / sqrt(2.0)); }

int main(void)
{
    double one[1] = { 0.5 };
    close_to(asp_ks_distance(one, 1, uniform_cdf, NULL), 0.5, 1e-15, "KS of {1/2} against U(0,1) is 1/2");
    double grid[4] = { 0.875, 0.125, 0.625, 0.375 };
    close_to(asp_ks_distance(grid, 4, uniform_cdf, NULL), 0.125, 1e-15, "KS of the midpoint grid is 1/(2n)");

    double a[3] = { 3, 1, 2 }, b[3] = { 1.5, 2.5, 3.5 };
    close_to(asp_wasserstein_samples(a, b, 3), 0.5, 1e-15, "W1 between samples: mean gap of order statistics");
    double half[1] = { 0.5 };
    close_to(asp_wasserstein_to_law(half, 1, uniform_cdf, NULL, 0.0, 1.0), 0.25, 1e-12,
             "W1 of {1/2} against U(0,1) is 1/4");
    double midpoints[100];
    for (int i = 0; i < 100; i++) midpoints[i] = (99 - i + 0.5) / 100.0;
    /* each order statistic sits at the middle of its quantile cell: W1 = 1/(4n) */
    close_to(asp_wasserstein_to_law(midpoints, 100, uniform_cdf, NULL, 0.0, 1.0), 0.0025, 1e-12,
             "W1 of the midpoint grid against U(0,1) is 1/(4n)");

    double x[6] = { 1, 2, 4, 8, 16, 32 }, y[6];
    for (int i = 0; i < 6; i++) y[i] = 3.0 * pow(x[i], -0.5);
    asp_slope s = asp_loglog_slope(x, y, 6);
    close_to(s.slope, -0.5, 1e-13, "log-log slope of an exact power law");
    ok(s.half_width < 1e-10, "... with a vanishing confidence interval");
    ok(isnan(asp_loglog_slope(x, y, 2).slope), "two points give no slope (no interval possible)");

    enum { N = 100000, G = 512 };
    double *z = malloc(N * sizeof *z), density[G], centre[40], hist[40];
    gsl_rng *r = asp_stream(9, 0, 0);
    asp_fill_gaussian(r, z, N, 0.0, 1.0);
    asp_kde(z, N, -6.0, 6.0, G, 0.1, density);
    double mass = 0.0, step = 12.0 / (G - 1);
    for (int i = 0; i < G; i++) mass += density[i] * step;
    close_to(mass, 1.0, 2e-3, "kernel density estimate integrates to one");
    close_to(density[G / 2], 1.0 / sqrt(2 * M_PI), 0.02, "KDE of N(0,1) at 0 is about 0.399");
    asp_histogram_density(z, N, -6.0, 6.0, 40, centre, hist);
    mass = 0.0;
    for (int i = 0; i < 40; i++) mass += hist[i] * 12.0 / 40;
    close_to(mass, 1.0, 1e-12, "histogram density integrates to one");
    /* KS of a true normal sample: below the 0.1% critical value 1.95/sqrt(n) */
    ok(asp_ks_distance(z, N, normal_cdf, NULL) < 1.95 / sqrt(N), "KS of a normal sample against N(0,1)");
    asp_estimate e = asp_mean_se(z, N);
    ok(fabs(e.mean) < 4 * e.se && fabs(e.se - 1.0 / sqrt(N)) < 0.01 / sqrt(N) * 10, "mean and standard error");
    free(z);
    gsl_rng_free(r);
    return done_testing();
}
