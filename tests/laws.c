/* Limit laws: normalisation, density = derivative of the distribution function, closed forms. */
#include <gsl/gsl_integration.h>
#include "laws.h"
#include "tap.h"

static double qc(double x, void *p) { return asp_quarter_circle_density(x, *(double *)p); }
static double mp(double x, void *p) { return asp_mp_density(x, 0.5, *(double *)p); }

int main(void)
{
    double r = 1.3, result, error, sigma2 = 2.0;
    gsl_integration_workspace *w = gsl_integration_workspace_alloc(200);
    gsl_function f = { qc, &r };
    gsl_integration_qags(&f, 0.0, 2.0 * r, 1e-12, 1e-12, 200, w, &result, &error);
    close_to(result, 1.0, 1e-9, "quarter-circle density integrates to one");
    close_to(asp_quarter_circle_cdf(2.0 * r, r), 1.0, 1e-15, "quarter-circle cdf reaches one at 2r");
    double x = 0.77, h = 1e-6;
    close_to((asp_quarter_circle_cdf(x + h, r) - asp_quarter_circle_cdf(x - h, r)) / (2 * h),
             asp_quarter_circle_density(x, r), 1e-8, "quarter-circle cdf' = density");
    close_to(asp_circular_modulus_cdf(0.5, 1.0), 0.25, 1e-15, "circular law: P(|z| < 1/2) = 1/4");
    gsl_function g = { mp, &sigma2 };
    gsl_integration_qags(&g, 0.0, asp_mp_edge(0.5, sigma2), 1e-12, 1e-12, 200, w, &result, &error);
    close_to(result, 1.0, 1e-8, "Marchenko-Pastur density (c = 1/2) integrates to one");
    close_to(asp_mp_edge(0.5, 2.0), 2.0 * (1 + sqrt(0.5)) * (1 + sqrt(0.5)), 1e-15, "MP edge");
    close_to(asp_mp_cdf(2.0, 0.5, sigma2) - asp_mp_cdf(1.0, 0.5, sigma2),
             (asp_mp_cdf(2.0, 0.5, sigma2) - asp_mp_cdf(1.5, 0.5, sigma2)) +
             (asp_mp_cdf(1.5, 0.5, sigma2) - asp_mp_cdf(1.0, 0.5, sigma2)), 1e-12, "MP cdf is additive");
    x = 1.9;
    close_to((asp_mp_cdf(x + h, 0.5, sigma2) - asp_mp_cdf(x - h, 0.5, sigma2)) / (2 * h), asp_mp_density(x, 0.5, sigma2),
             1e-6, "MP cdf' = density (c = 1/2)");
    close_to(asp_mp_cdf(1.2, 1.0, 1.0), asp_quarter_circle_cdf(sqrt(1.2), 1.0), 1e-15,
             "MP with c = 1 is the squared quarter circle");
    close_to(asp_fuss_catalan_moment(2, 1), 1.0, 1e-15, "Fuss-Catalan order 2: first moment 1");
    close_to(asp_fuss_catalan_moment(2, 2), 3.0, 1e-15, "Fuss-Catalan order 2: second moment 3");
    close_to(asp_fuss_catalan_moment(2, 3), 12.0, 1e-14, "Fuss-Catalan order 2: third moment 12");
    close_to(asp_fuss_catalan_moment(1, 3), 5.0, 1e-14, "order 1 is Marchenko-Pastur: Catalan number 5");
    close_to(asp_fuss_catalan_edge(2), 6.75, 1e-15, "Fuss-Catalan order 2: edge 27/4");
    close_to(asp_fuss_catalan_edge(1), 4.0, 1e-15, "Fuss-Catalan order 1: edge 4");
    gsl_integration_workspace_free(w);
    return done_testing();
}
