#!/usr/bin/env bash
# The mutation test at QUICK size (make check): every QUICK experiment rerun with its scientific predictions
# scaled by 1.1 and 0.9; the reruns' verdicts must be those the ledger's mutation column foresaw.  The
# per-statement scores are printed as TAP comments; `make mutate` runs the full-size test, which also
# requires every statement to catch a 10% error.
cd "$(dirname "$0")/.." || exit 1
bash tests/slow/mutate.sh quick TAP | sed '/^\(ok\|not ok\|1\.\.\)/!s/^/# /'
exit "${PIPESTATUS[0]}"
