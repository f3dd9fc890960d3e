/* The Gaussian-equivalent law: its two routes agree, and it reduces to known laws in the limits. */
#include <math.h>
#include "attention-law.h"
#include "laws.h"
#include "tap.h"

int main(void)
{
    asp_attention_law law;
    double beta = 1.0, theta2 = beta * beta, alpha2 = expm1(beta * beta) - theta2;
    ok(asp_attention_law_init(&law, alpha2, theta2, 1.0, 1024) == 0, "law at beta = 1, kappa = 1");
    double edge = asp_attention_law_edge(&law);
    close_to(asp_attention_law_edge_quartic(&law), edge, 1e-9 * edge, "Silverstein-Choi edge = quartic edge");
    ok(edge > 4.0 * law.theta1, "the edge lies beyond the Marchenko-Pastur edge 4 theta1");
    double worst = 0.0;
    for (int i = 1; i < 50; i++) {
        double x = edge * i / 50.0;
        worst = fmax(worst, fabs(asp_attention_law_density(&law, x) - asp_attention_law_density_quartic(&law, x)));
    }
    ok(worst < 1e-9, "Silverstein density = quartic density on a grid");
    ok(asp_attention_law_tabulate(&law, 512) == 0, "tabulation succeeds");
    close_to(law.table_F[law.table - 1], 1.0, 1e-8, "the density has mass one");
    close_to(asp_attention_law_moment_by_density(&law, 2, 512), asp_attention_law_moment(&law, 2), 1e-7,
             "second moment: integral of the density = closed form");
    close_to(asp_attention_law_cdf(edge * 0.5, &law), asp_attention_law_cdf(edge * 0.5 - 1e-9, &law), 1e-8,
             "the distribution function is continuous");
    ok(asp_attention_law_cdf(-1.0, &law) == 0.0 && asp_attention_law_cdf(2.0 * edge, &law) == 1.0,
       "the distribution function is 0 below and 1 above the support");
    asp_attention_law_free(&law);

    /* theta2 -> 0: H is a point mass at alpha2 and the law is Marchenko-Pastur with scale alpha2 */
    ok(asp_attention_law_init(&law, 2.0, 1e-10, 1.0, 256) == 0, "law with a vanishing bilinear part");
    close_to(asp_attention_law_edge(&law), 8.0, 1e-6, "... has the Marchenko-Pastur edge 4 alpha2");
    close_to(asp_attention_law_density(&law, 3.0), asp_mp_density(3.0, 1.0, 2.0), 1e-6,
             "... and the Marchenko-Pastur density");
    asp_attention_law_free(&law);

    /* alpha2 = 0 and kappa = 1: MP_1 times MP_1 freely, the Fuss-Catalan law of order 2 */
    ok(asp_attention_law_init(&law, 0.0, 1.0, 1.0, 2048) == 0, "law with no noise part");
    close_to(asp_attention_law_edge(&law), asp_fuss_catalan_edge(2), 1e-3, "... has the Fuss-Catalan edge 27/4");
    close_to(asp_attention_law_moment(&law, 3), asp_fuss_catalan_moment(2, 3), 1e-12,
             "... and its third moment 12");
    asp_attention_law_free(&law);

    ok(asp_attention_law_init(&law, -1.0, 1.0, 1.0, 64) != 0, "a negative noise variance is refused");
    asp_attention_law_free(&law);
    return done_testing();
}
