/* The linear-attention module: QR least squares, whitening factors, the construction's exactness on a
 * well-conditioned problem, and the loss gradients against central differences. */
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include "linear-attention.h"
#include "random.h"
#include "tap.h"

enum { n = 40, p = 3, q = 2 };

static double max_abs_diff(const double *a, const double *b, size_t k)
{
    double worst = 0.0;
    for (size_t i = 0; i < k; i++) worst = fmax(worst, fabs(a[i] - b[i]));
    return worst;
}

typedef struct { const double *X, *Y; double *W, *P; size_t p, q; } loss_point;

/* largest |central difference - gradient| over the entries of one parameter array, which is perturbed in place */
static double worst_entry(const loss_point *at, double *param, size_t count, const double *grad, double *scale)
{
    double h = 1e-6, worst = 0.0;
    for (size_t i = 0; i < count; i++) {
        double keep = param[i];
        param[i] = keep + h;
        double up = asp_attention_regression_loss(n, at->p, at->q, at->X, at->Y, at->W, at->P, NULL, NULL);
        param[i] = keep - h;
        double down = asp_attention_regression_loss(n, at->p, at->q, at->X, at->Y, at->W, at->P, NULL, NULL);
        param[i] = keep;
        worst = fmax(worst, fabs((up - down) / (2 * h) - grad[i]));
        *scale = fmax(*scale, fabs(grad[i]));
    }
    return worst;
}

/* central differences of the loss in every entry of W (and of P when given), relative to the gradient */
static double gradient_error(const double *X, const double *Y, double *W, double *P, size_t pp, size_t qq)
{
    double gW[p * p], gP[p * q], scale = 0.0;
    loss_point at = { X, Y, W, P, pp, qq };
    asp_attention_regression_loss(n, pp, qq, X, Y, W, P, gW, P ? gP : NULL);
    double worst = worst_entry(&at, W, pp * pp, gW, &scale);
    if (P) worst = fmax(worst, worst_entry(&at, P, pp * qq, gP, &scale));
    return worst / scale;
}

int main(void)
{
    double X[n * p], Y[n * q], beta[p * q], Yhat[n * q], H[n * n], HH[n * n];
    double Sigma[p * p], L[p * p], LC[p * p], I3[p * p], T[p * p], out[n * q], P[p * q];
    gsl_rng *r = asp_stream(11, 0, 0);
    asp_fill_gaussian(r, X, n * p, 0.0, 1.0);
    asp_fill_gaussian(r, Y, n * q, 0.0, 1.0);

    /* QR against the normal equations, solved by hand for this well-conditioned X */
    ok(asp_ols_qr(n, p, q, X, Y, beta, Yhat, H) == 0, "QR least squares succeeds");
    double XtR[p * q];
    for (int a = 0; a < p; a++)
        for (int c = 0; c < q; c++) {
            double s = 0.0;
            for (int i = 0; i < n; i++) s += X[i * p + a] * (Y[i * q + c] - Yhat[i * q + c]);
            XtR[a * q + c] = s;
        }
    ok(max_abs_diff(XtR, (double[p * q]){ 0 }, p * q) < 1e-12, "QR residual is orthogonal to the columns of X");
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int k = 0; k < n; k++) s += H[i * n + k] * H[k * n + j];
            HH[i * n + j] = s;
        }
    ok(max_abs_diff(H, HH, n * n) < 1e-14, "the hat matrix is idempotent");
    double trace = 0.0;
    for (int i = 0; i < n; i++) trace += H[i * n + i];
    close_to(trace, p, 1e-13, "tr H = p");

    /* both whitening factors satisfy L^T Sigma L = I */
    asp_covariance(n, p, X, Sigma);
    ok(asp_whitening_eigen(p, Sigma, L) == 0, "eigen whitening succeeds");
    ok(asp_whitening_cholesky(p, Sigma, LC) == 0, "Cholesky whitening succeeds");
    for (int pass = 0; pass < 2; pass++) {
        const double *F = pass ? LC : L;
        for (int a = 0; a < p; a++)
            for (int b = 0; b < p; b++) {
                double s = 0.0;
                for (int i = 0; i < p; i++)
                    for (int j = 0; j < p; j++) s += F[i * p + a] * Sigma[i * p + j] * F[j * p + b];
                T[a * p + b] = s;
                I3[a * p + b] = a == b;
            }
        ok(max_abs_diff(T, I3, p * p) < 1e-13, pass ? "Cholesky factor whitens" : "eigen factor whitens");
    }
    double bad[4] = { 1, 2, 2, 1 };   /* indefinite */
    ok(asp_whitening_eigen(2, bad, T) != 0, "eigen whitening refuses an indefinite matrix");
    ok(asp_whitening_cholesky(2, bad, T) != 0, "Cholesky whitening refuses an indefinite matrix");

    /* the construction: W_Q = W_K = W_V = L, W_p = L^T X^T Y / n gives H Y */
    for (int a = 0; a < p; a++)
        for (int c = 0; c < q; c++) {
            double s = 0.0;
            for (int i = 0; i < n; i++)
                for (int b = 0; b < p; b++) s += L[b * p + a] * X[i * p + b] * Y[i * q + c];
            P[a * q + c] = s / n;
        }
    asp_linear_attention(n, n, p, q, X, X, L, L, L, P, out);
    ok(max_abs_diff(out, Yhat, n * q) < 1e-13, "the construction's forward pass equals the OLS fit");

    /* gradients: untied and tied, a general case and the scalar case of the prose */
    double W[p * p], Pf[p * q];
    asp_fill_gaussian(r, W, p * p, 0.0, 0.5);
    asp_fill_gaussian(r, Pf, p * q, 0.0, 0.5);
    ok(gradient_error(X, Y, W, Pf, p, q) < 1e-7, "untied gradient matches central differences");
    ok(gradient_error(X, Y, W, NULL, p, q) < 1e-7, "tied gradient matches central differences");
    double x1[n], y1[n], l = 0.3, g, lambda = 0.0, mu = 0.0;
    for (int i = 0; i < n; i++) { x1[i] = X[i * p]; y1[i] = 2 * x1[i] + Y[i * q]; }
    for (int i = 0; i < n; i++) { lambda += x1[i] * x1[i] / n; mu += x1[i] * y1[i] / n; }
    asp_attention_regression_loss(n, 1, 1, x1, y1, &l, NULL, &g, NULL);
    close_to(g, 4 * lambda * mu * mu * pow(l, 3) * (lambda * lambda * pow(l, 4) - 1), 1e-12,
             "scalar tied gradient equals 4 lambda mu^2 L^3 (lambda^2 L^4 - 1)");
    ok(gradient_error(x1, y1, &l, NULL, 1, 1) < 1e-7, "scalar tied gradient matches central differences");
    gsl_rng_free(r);
    return done_testing();
}
