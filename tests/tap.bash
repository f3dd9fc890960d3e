# Shared by the shell tests (sourced, not run): a TAP counter.  check NAME CONDITION evaluates the
# condition and prints ok/not ok; finish prints the plan and sets the exit status.
n=0; failed=0
check() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=$((failed + 1)); fi; }
finish() { echo "1..$n"; [ "$failed" = 0 ]; }
