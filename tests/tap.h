/* A minimal TAP producer for attnspec's test programs: plan, ok, and comparisons that print what
 * they compared when they fail.  prove reads the output. */
#ifndef ATTNSPEC_TAP_H
#define ATTNSPEC_TAP_H
#include <math.h>
#include <stdio.h>

static int tap_count = 0, tap_failed = 0;

static int ok(int condition, const char *name)
{
    tap_count++;
    if (!condition) tap_failed++;
    printf("%s %d - %s\n", condition ? "ok" : "not ok", tap_count, name);
    return condition;
}

/* |got - want| <= tol * max(1, |want|) */
static int close_to(double got, double want, double tol, const char *name)
{
    double scale = fabs(want) > 1.0 ? fabs(want) : 1.0;
    int pass = fabs(got - want) <= tol * scale;
    if (!ok(pass, name)) printf("#   got %.17g, want %.17g (tolerance %g)\n", got, want, tol);
    return pass;
}

static int done_testing(void)
{
    printf("1..%d\n", tap_count);
    return tap_failed ? 1 : 0;
}
#endif
