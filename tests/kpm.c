/* The kernel polynomial method against exact spectra: Jackson damping, the stochastic moments of a Gram
 * matrix against the dense eigenvalues, positivity and mass of the damped curves, Lanczos's top value. */
#include <stdlib.h>
#include <string.h>
#include "kpm.h"
#include "random.h"
#include "spectra.h"
#include "tap.h"

int main(void)
{
    enum { M = 64, POINTS = 4 * M, PROBES = 64 };
    double g[M];
    asp_kpm_jackson(M, g);
    int decreasing = 1;
    for (size_t k = 1; k < M; k++) decreasing &= g[k] < g[k - 1] && g[k] > 0.0;
    close_to(g[0], 1.0, 1e-14, "Jackson: g_0 = 1");
    ok(decreasing, "Jackson: factors positive and decreasing");

    /* a point mass: the damped density is the Jackson kernel, positive; the cdf rises from 0 to 1 */
    double point = 0.3, mu[M], x[POINTS], rho[POINTS], F[POINTS];
    asp_kpm_moments_of_values(1, &point, -1.0, 1.0, M, mu);
    ok(asp_kpm_curves(M, mu, g, POINTS, -1.0, 1.0, x, rho, F) == 0, "curves: transforms succeed");
    int positive = 1, monotone = 1, increasing_x = 1;
    double mass = 0.0;
    for (size_t j = 0; j < POINTS; j++) {
        positive &= rho[j] > -1e-12;
        if (j) { monotone &= F[j] >= F[j - 1] - 1e-12; increasing_x &= x[j] > x[j - 1]; }
        double theta = M_PI * ((double)(POINTS - 1 - j) + 0.5) / POINTS;
        mass += rho[j] * sin(theta) * M_PI / POINTS;     /* dx = sin(theta) dtheta on [-1, 1] */
    }
    ok(positive && monotone && increasing_x, "curves: Jackson density positive, cdf non-decreasing, x increasing");
    close_to(mass, 1.0, 1e-10, "curves: the damped density has mass one");
    ok(F[0] < 1e-3 && F[POINTS - 1] > 1.0 - 1e-3, "curves: cdf runs from 0 to 1");
    double cross = 0.0;
    for (size_t j = 1; j < POINTS; j++) if (F[j - 1] < 0.5 && F[j] >= 0.5) cross = x[j];
    ok(fabs(cross - point) < 0.05, "curves: the cdf of a point mass crosses 1/2 at the point");

    /* stochastic moments of H = X X^T / n against the dense eigenvalues */
    size_t n = 300;
    double *Xd = malloc(n * n * sizeof *Xd), *work = malloc(n * n * sizeof *work), *s2 = malloc(n * sizeof *s2);
    float *X = malloc(n * n * sizeof *X);
    gsl_rng *r = asp_stream(7, 0, 0);
    asp_fill_gaussian(r, Xd, n * n, 0.0, 1.0 / sqrt((double)n));
    for (size_t i = 0; i < n * n; i++) X[i] = (float)Xd[i];
    asp_squared_singular_values(n, n, Xd, s2, work);
    double top;
    ok(asp_kpm_top_eigenvalue(n, n, X, 1.0, 80, &top) == 0, "Lanczos: converges");
    close_to(top, s2[0], 1e-4, "Lanczos: top eigenvalue of X X^T equals the dense one");
    double hi = 1.05 * top, exact[M], *by_probe = malloc(PROBES * M * sizeof *by_probe);
    asp_kpm_moments_of_values(n, s2, 0.0, hi, M, exact);
    ok(asp_kpm_gram_moments(n, n, X, 1.0, 0.0, hi, M, PROBES, r, by_probe) == 0, "moments: estimate succeeds");
    double worst = 0.0;
    for (size_t k = 0; k < M; k++) {
        double mean = 0.0, ss = 0.0;
        for (size_t j = 0; j < PROBES; j++) mean += by_probe[j * M + k] / PROBES;
        for (size_t j = 0; j < PROBES; j++) ss += pow(by_probe[j * M + k] - mean, 2);
        double se = sqrt(ss / (PROBES - 1) / PROBES) + 1e-6;     /* single-precision floor */
        worst = fmax(worst, fabs(mean - exact[k]) / se);
    }
    ok(worst < 5.0, "moments: every estimated moment within 5 standard errors of the exact one");
    printf("#   largest |estimate - exact| / se over %d moments: %.2f\n", M, worst);
    ok(asp_kpm_gram_moments(n, n, X, 1.0, 0.0, 0.5 * top, M, 4, r, by_probe) == 2,
       "moments: an interval below the top eigenvalue is refused");
    gsl_rng_free(r);
    free(Xd); free(work); free(s2); free(X); free(by_probe);
    return done_testing();
}
