/* Output: number formatting, macro-name validation, atomic files, fingerprints. */
#include <math.h>
#include <gsl/gsl_cdf.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "output.h"
#include "tap.h"

static int exists(const char *path) { struct stat st; return stat(path, &st) == 0; }

/* The writers end the program on a broken experiment: run one in a child and report its exit status. */
typedef void (*action)(void);
static int exit_status_of(action a)
{
    fflush(stdout);   /* else the child would print the buffered TAP lines again */
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stderr)) _exit(3);
        a();
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static FILE *sink(void) { return fopen("/dev/null", "w"); }
static void digit_name(void) { asp_macro_text(sink(), "Rank1", "1"); }
static void underscore_name(void) { asp_macro_text(sink(), "rank_one", "1"); }
static void twice(void) { FILE *f = sink(); asp_macro_text(f, "Same", "1"); asp_macro_text(f, "Same", "2"); }
static void nan_macro(void) { asp_macro_number(sink(), "NotANumber", NAN, 3); }

/* our SHA-256 against the system's sha256sum, for lengths around the one- and two-block padding cases */
static int sha256_agrees(const char *dir, size_t length)
{
    char path[256], command[320], theirs[80] = "", ours[65];
    snprintf(path, sizeof path, "%s/bytes-%zu", dir, length);
    FILE *fp = fopen(path, "wb");
    for (size_t i = 0; i < length; i++) fputc((int)((i * 7 + 3) & 0xff), fp);
    fclose(fp);
    snprintf(command, sizeof command, "sha256sum '%s'", path);
    FILE *pipe = popen(command, "r");
    if (!pipe || fscanf(pipe, "%64s", theirs) != 1) return 0;
    pclose(pipe);
    return asp_sha256_file(path, ours) == 0 && strcmp(ours, theirs) == 0;
}

int main(void)
{
    char buf[96];
    asp_format_number(buf, sizeof buf, 0.012345, 3);
    ok(strcmp(buf, "0.0123") == 0, "0.012345 to 3 digits is 0.0123");
    asp_format_number(buf, sizeof buf, 2000, 4);
    ok(strcmp(buf, "2000") == 0, "2000 prints plainly");
    asp_format_number(buf, sizeof buf, 1.996, 3);
    ok(strcmp(buf, "2.00") == 0, "1.996 to 3 digits keeps its zeros: 2.00");
    asp_format_number(buf, sizeof buf, 2000, 6);
    ok(strcmp(buf, "2000.00") == 0, "2000 to 6 digits: 2000.00");
    asp_format_number(buf, sizeof buf, 1.5e-13, 2);
    ok(strcmp(buf, "\\ensuremath{1.5\\times 10^{-13}}") == 0, "small numbers in scientific notation");
    asp_format_number(buf, sizeof buf, 123456, 3);
    ok(strcmp(buf, "\\ensuremath{1.23\\times 10^{5}}") == 0, "large numbers in scientific notation");

    char dir[] = "/tmp/attnspec-test-XXXXXX";
    ok(mkdtemp(dir) != NULL, "temporary directory");
    FILE *null = fopen("/dev/null", "w");
    ok(asp_macro_text(null, "RankSOne", "1") == 0, "letters-only macro name accepted");
    fclose(null);
    ok(exit_status_of(digit_name) == 1, "digits in a macro name stop the program");
    ok(exit_status_of(underscore_name) == 1, "underscore in a macro name stops the program");
    ok(exit_status_of(twice) == 1, "a macro written twice stops the program");
    ok(exit_status_of(nan_macro) == 1, "a NaN macro stops the program");
    asp_format_number(buf, sizeof buf, INFINITY, 3);
    ok(strcmp(buf, "\\ensuremath{\\infty}") == 0, "infinity prints as \\infty");
    asp_format_number(buf, sizeof buf, -INFINITY, 3);
    ok(strcmp(buf, "\\ensuremath{-\\infty}") == 0, "minus infinity prints as -\\infty");
    static const size_t lengths[] = { 0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 128, 1000 };
    int all_agree = 1;
    for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) all_agree &= sha256_agrees(dir, lengths[i]);
    ok(all_agree, "SHA-256 agrees with sha256sum at every padding boundary (0..1000 bytes)");

    asp_file f;
    char path[256];
    snprintf(path, sizeof path, "%s/x.dat", dir);
    ok(asp_file_open(&f, dir, "x", ".dat") == 0, "atomic file opens");
    fprintf(f.fp, "hello\n");
    ok(!exists(path), "nothing appears under the final name before commit");
    ok(asp_file_commit(&f) == 0 && exists(path), "commit renames into place");
    ok(asp_file_open(&f, dir, "y", ".dat") == 0, "second atomic file opens");
    fprintf(f.fp, "partial\n");
    asp_file_abandon(&f);
    snprintf(path, sizeof path, "%s/y.dat", dir);
    ok(!exists(path) && !exists(f.temp_path), "abandoned file leaves nothing behind");
    ok(asp_file_open(&f, "/nonexistent-dir", "z", ".dat") != 0, "unwritable directory is reported");

    /* the claim judge: intervals, power, z, mutation verdicts and the expected-failure status */
    asp_claim_spec c = { .id = "X1", .statement = "c", .class = ASP_CLASS_SCIENCE,
                         .kind = ASP_CLAIM_CLOSE, .predicted = 1.0, .measured = 1.05, .allowance = 0.1 };
    asp_claim_verdict v = asp_claim_judge(&c, 1.0);
    ok(v.pass && v.lower == 0.9 && v.upper == 1.1, "close claim within its interval passes");
    ok(fabs(v.power - 0.1) < 1e-15 && isnan(v.z) && v.nominal == 0, "power w/|p|; no z without se");
    ok(v.pass_if_larger && !v.pass_if_smaller, "mutation: 1.1 p keeps it, 0.9 p does not");
    c.measured = 1.2;
    ok(!asp_claim_judge(&c, 1.0).pass, "close claim outside fails");
    ok(asp_claim_judge(&c, 1.1).pass, "the mutation factor scales the prediction");
    c.class = ASP_CLASS_SOFTWARE;
    ok(!asp_claim_judge(&c, 1.1).pass, "a software check is never mutated");
    c = (asp_claim_spec){ .id = "X2", .class = ASP_CLASS_SCIENCE, .kind = ASP_CLAIM_BELOW,
                          .predicted = 2.0, .measured = 1.5, .allowance = 0.1 };
    v = asp_claim_judge(&c, 1.0);
    ok(v.pass && fabs(v.power - 0.3) < 1e-15 && isinf(v.lower), "bound: relative margin, open below");
    c.measured = 2.2;
    ok(!asp_claim_judge(&c, 1.0).pass, "bound claim above fails");
    c = (asp_claim_spec){ .id = "X3", .class = ASP_CLASS_SCIENCE, .kind = ASP_CLAIM_CLOSE,
                          .predicted = 10.0, .measured = 10.5, .se = 0.25, .dof = 4 };
    v = asp_claim_judge(&c, 1.0);
    ok(fabs(v.half_width - 0.25 * gsl_cdf_tdist_Pinv(0.99865, 4)) < 1e-12 && v.z == 2.0,
       "stochastic half-width t_dof(99.73%) se, z in standard errors");
    ok(fabs(v.nominal - 0.0027) < 1e-12, "nominal false-failure rate 1 - coverage");
    c.coverage = 0.95; c.dof = 0;
    ok(fabs(asp_claim_judge(&c, 1.0).half_width - 0.25 * 1.959963984540054) < 1e-12,
       "known scale: the Gaussian quantile");
    c = (asp_claim_spec){ .id = "X4", .class = ASP_CLASS_SCIENCE, .kind = ASP_CLAIM_REJECTS,
                          .predicted = 1.0, .measured = 1.5, .allowance = 0.1 };
    ok(asp_claim_judge(&c, 1.0).pass && asp_claim_judge(&c, 1.5).status[0] == 'p',
       "a rival is rejected outside its interval and never mutated");
    c.measured = 1.05;
    ok(!asp_claim_judge(&c, 1.0).pass, "a rival the measurement cannot tell apart is not rejected");
    c.expected_failure = "section X";
    ok(strcmp(asp_claim_judge(&c, 1.0).status, "xfail") == 0, "a failure the paper shows is xfail");
    c.measured = 2.0;
    ok(strcmp(asp_claim_judge(&c, 1.0).status, "xpass") == 0, "and passing after all is xpass");
    c = (asp_claim_spec){ .id = "X5", .kind = ASP_CLAIM_CLOSE, .predicted = 1.0, .measured = NAN };
    ok(!asp_claim_judge(&c, 1.0).pass, "NaN never passes");
    snprintf(path, sizeof path, "rm -rf %s", dir);
    ok(system(path) == 0, "clean up");
    return done_testing();
}
