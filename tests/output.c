/* Output: number formatting, macro-name validation, atomic files. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "output.h"
#include "tap.h"

static int exists(const char *path) { struct stat st; return stat(path, &st) == 0; }

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
    ok(asp_macro_text(null, "Rank1", "1") != 0, "digits in a macro name refused");
    ok(asp_macro_text(null, "rank_one", "1") != 0, "underscore in a macro name refused");
    fclose(null);

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

    FILE *ledger = fopen("/dev/null", "w");
    ok(asp_ledger_row(ledger, "X1", "c", ASP_CLAIM_CLOSE, 1.0, 1.05, 0.1, "b") == 1, "close claim within tolerance passes");
    ok(asp_ledger_row(ledger, "X2", "c", ASP_CLAIM_CLOSE, 1.0, 1.2, 0.1, "b") == 0, "close claim outside fails");
    ok(asp_ledger_row(ledger, "X3", "c", ASP_CLAIM_BELOW, 1.0, 1.05, 0.1, "b") == 1, "bound claim within passes");
    ok(asp_ledger_row(ledger, "X4", "c", ASP_CLAIM_BELOW, 1.0, 1.2, 0.1, "b") == 0, "bound claim above fails");
    ok(asp_ledger_row(ledger, "X5", "c", ASP_CLAIM_CLOSE, 1.0, NAN, 0.1, "b") == 0, "NaN never passes");
    fclose(ledger);
    snprintf(path, sizeof path, "rm -rf %s", dir);
    ok(system(path) == 0, "clean up");
    return done_testing();
}
