#!/usr/bin/env bash
# The QUICK run of every check (made by `make check` before prove runs) must have produced its ledger,
# every statement of THEORY.md it covers must have at least one row, and no row may fail.
set -u
ledger=build/quick/data/ledger.tsv
n=0; failed=0
check() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=$((failed + 1)); fi; }
check "QUICK ledger exists" "[ -s $ledger ]"
check "ledger header is the data contract's" "head -n1 $ledger | grep -qx \$'id\\tclaim\\tpredicted\\tmeasured\\ttolerance\\tstatus'"
for stmt in R1 R2 R3 R4 R5 R6 R7 R8; do
  check "statement $stmt has ledger rows" "grep -q '^$stmt-' $ledger"
done
check "every row has six fields" "awk -F'\t' 'NF != 6 { exit 1 }' $ledger"
check "every status is pass or fail" "awk -F'\t' 'NR > 1 && \$6 != \"pass\" && \$6 != \"fail\" { exit 1 }' $ledger"
while IFS=$'\t' read -r id claim predicted measured tolerance status; do
  check "claim $id passes (measured $measured, predicted $predicted)" "[ '$status' = pass ]"
done < <(tail -n +2 $ledger)
echo "1..$n"
[ $failed = 0 ]
