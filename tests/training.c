/* The training module: every parameter gradient against central differences, for every
 * combination of the options; the mask; identical bits from identical seeds; the error paths.
 *
 * The bound on a central difference D(h) = (f(x+h) - f(x-h)) / 2h.  Taylor's theorem gives
 * D(h) = f' + f''' h^2 / 6 + O(h^4): the truncation error.  D(2h) has four times that term, so
 * |D(2h) - D(h)| / 3 estimates it (Richardson); we allow twice the estimate, for the O(h^4) term
 * and the estimate's own rounding.  Rounding: if each computed loss has relative error at most
 * rho, the difference quotient is off by at most rho |f| / h.  The loss sums B T p = 30 squared
 * errors, each the end of a few products and softmaxes of at most five terms, so rho = 64 eps is
 * a generous bound; we allow that twice over (both D(h) and the Richardson estimate carry it).
 * h = eps^(1/3) balances the two terms (h^2 against eps / h), so the bound is near
 * eps^(2/3) ~ 4e-11 in units of f.  A wrong gradient term is off by O(|f'|), orders of magnitude
 * more: the second test of each combination says how many. */
#include <float.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include "random.h"
#include "status.h"
#include "training.h"
#include "tap.h"

enum { T = 5, D = 4, LAYERS = 2, OUT = 3, BATCH = 2 };

typedef struct {
    asp_net net;
    double *theta, *grad, *work, *prediction, X[BATCH * T * D], Y[BATCH * T * OUT];
} fixture;

static fixture make_fixture(int options, uint64_t seed)
{
    fixture f;
    f.net = (asp_net){ T, D, LAYERS, OUT, options & 1, (options >> 1) & 1, (options >> 2) & 1,
                       (options >> 3) & 1 };
    f.theta = malloc(asp_net_parameter_count(&f.net) * sizeof *f.theta);
    f.grad = malloc(asp_net_parameter_count(&f.net) * sizeof *f.grad);
    f.work = malloc(asp_net_workspace_size(&f.net) * sizeof *f.work);
    f.prediction = malloc(T * OUT * sizeof *f.prediction);
    gsl_rng *r = asp_stream(seed, (uint64_t)options, 0);
    asp_net_init(&f.net, r, f.theta);
    asp_fill_gaussian(r, f.X, BATCH * T * D, 0.0, 1.0);
    asp_fill_gaussian(r, f.Y, BATCH * T * OUT, 0.0, 1.0);
    gsl_rng_free(r);
    return f;
}

static void free_fixture(fixture *f)
{
    free(f->theta); free(f->grad); free(f->work); free(f->prediction);
}

static double loss_at(fixture *f, size_t i, double shift)
{
    double keep = f->theta[i], loss = NAN;
    f->theta[i] = keep + shift;
    asp_net_loss(&f->net, f->theta, BATCH, f->X, f->Y, &loss, NULL, f->prediction, f->work);
    f->theta[i] = keep;
    return loss;
}

/* the worst ratio |analytic - D(h)| / bound over every parameter: at most 1 passes */
static double worst_gradient_ratio(fixture *f, double *smallest_gradient_scale)
{
    double loss, h = cbrt(DBL_EPSILON), rho = 64.0 * DBL_EPSILON, worst = 0.0;
    asp_net_loss(&f->net, f->theta, BATCH, f->X, f->Y, &loss, f->grad, f->prediction, f->work);
    *smallest_gradient_scale = INFINITY;
    for (size_t i = 0; i < asp_net_parameter_count(&f->net); i++) {
        double d1 = (loss_at(f, i, h) - loss_at(f, i, -h)) / (2.0 * h);
        double d2 = (loss_at(f, i, 2.0 * h) - loss_at(f, i, -2.0 * h)) / (4.0 * h);
        double bound = 2.0 * fabs(d2 - d1) / 3.0 + 2.0 * rho * fabs(loss) / h;
        worst = fmax(worst, fabs(f->grad[i] - d1) / bound);
        /* how small a gradient error the bound can see, relative to the gradients themselves */
        if (fabs(f->grad[i]) > 1e-3) *smallest_gradient_scale = fmin(*smallest_gradient_scale,
                                                                     fabs(f->grad[i]) / bound);
    }
    return worst;
}

static void check_gradients(void)
{
    for (int options = 0; options < 16; options++) {
        fixture f = make_fixture(options, 7);
        double teeth, worst = worst_gradient_ratio(&f, &teeth);
        char name[200];
        snprintf(name, sizeof name, "every gradient within its central-difference bound "
                 "(residual %d, post-LN %d, causal %d, centred %d): worst ratio %.2g",
                 f.net.residual, f.net.post_norm, f.net.causal, f.net.centred, worst);
        ok(worst <= 1.0, name);
        snprintf(name, sizeof name, "  and the bound is below 1e-4 of every gradient above 1e-3 "
                 "(options %d): ratio %.2g", options, teeth);
        ok(teeth >= 1e4, name);
        free_fixture(&f);
    }
}

/* softmax rows sum to one over the visible tokens; the masked ones are exactly zero */
static void check_mask(void)
{
    fixture f = make_fixture(4 | 8, 11);
    asp_net_forward(&f.net, f.theta, f.X, f.prediction, f.work);
    double worst = 0.0, masked = 0.0;
    for (size_t l = 0; l < LAYERS; l++) {
        const double *A = asp_net_attention(&f.net, f.work, l);
        for (size_t i = 0; i < T; i++) {
            double sum = 0.0;
            for (size_t j = 0; j < T; j++) {
                sum += A[i * T + j];
                if (j > i) masked = fmax(masked, fabs(A[i * T + j]));
            }
            worst = fmax(worst, fabs(sum - 1.0));
        }
    }
    ok(worst < 1e-15, "causal softmax rows sum to one");
    ok(masked == 0.0, "causal softmax: the future tokens get exactly zero");
    free_fixture(&f);
}

/* a penalty for the step test: |theta|^2 / 2, gradient theta */
static int half_square(const asp_net *net, const double *theta, double *grad, double *value,
                       void *context)
{
    (void)context;
    *value = 0.0;
    for (size_t i = 0; i < asp_net_parameter_count(net); i++) {
        *value += 0.5 * theta[i] * theta[i];
        grad[i] += theta[i];
    }
    return ASP_OK;
}

/* twenty Adam steps from the same seed, twice, with the penalty on every other step: the same bits;
   and on a target the network can represent the loss goes down */
static double *train(int options, size_t steps, int learnable, double *first_loss,
                     double *last_loss)
{
    fixture f = make_fixture(options, 13);
    if (learnable)   /* the target: the tokens' first coordinates, which the residual carries */
        for (size_t i = 0; i < BATCH * T; i++)
            for (size_t k = 0; k < OUT; k++) f.Y[i * OUT + k] = f.X[i * D + k];
    size_t n = asp_net_parameter_count(&f.net);
    double *m = calloc(n, sizeof *m), *v = calloc(n, sizeof *v), penalty_value;
    asp_adam adam = { 0.01, m, v, 0 };
    asp_penalty penalty = { half_square, NULL };
    for (size_t s = 0; s < steps; s++)
        asp_net_train_step(&f.net, f.theta, BATCH, f.X, f.Y,
                           s % 2 && !learnable ? &penalty : NULL, &adam, f.grad, f.prediction,
                           f.work, s ? last_loss : first_loss, &penalty_value);
    free(m); free(v); free(f.grad); free(f.work); free(f.prediction);
    return f.theta;
}

static void check_determinism(void)
{
    double a0, a1, b0, b1;
    asp_net net = { T, D, LAYERS, OUT, 1, 1, 1, 1 };
    double *a = train(15, 20, 0, &a0, &a1), *b = train(15, 20, 0, &b0, &b1);
    ok(memcmp(a, b, asp_net_parameter_count(&net) * sizeof *a) == 0 && a1 == b1,
       "the same seed gives the same bits after twenty Adam steps");
    free(a); free(b);
    a = train(1, 200, 1, &a0, &a1);
    ok(a1 < 0.1 * a0, "two hundred Adam steps cut the loss of a representable target tenfold");
    free(a);
}

static void check_errors(void)
{
    asp_net bad = { T, D, 0, OUT, 0, 0, 0, 0 };
    double x[4] = { 0 }, loss;
    gsl_rng *r = asp_stream(1, 0, 0);
    ok(asp_net_init(&bad, r, x) == ASP_ERR_DOMAIN, "no layers: a domain error");
    ok(asp_net_loss(&bad, x, 1, x, x, &loss, NULL, x, x) == ASP_ERR_DOMAIN,
       "the loss of a network without layers: a domain error");
    asp_adam adam = { 0.0, x, x, 0 };
    ok(asp_adam_step(&adam, 1, x, x) == ASP_ERR_DOMAIN, "Adam with rate 0: a domain error");
    gsl_rng_free(r);
}

int main(void)
{
    check_gradients();
    check_mask();
    check_determinism();
    check_errors();
    return done_testing();
}
