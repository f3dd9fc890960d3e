#!/usr/bin/env bash
# The QUICK run of every check (made by `make check` before prove runs) must have produced its ledger,
# every statement the checks label in their prose (\label{stmt:X}) must have at least one row, and no row may fail.
set -u
ledger=build/quick/data/ledger.tsv
. "$(dirname "$0")/tap.bash"
check "QUICK ledger exists" "[ -s $ledger ]"
header=$'id\tstatement\tsource\tclass\tkind\tpredicted\tlower\tupper\tmeasured\tz\tpower\tnominal\tmutation\tinterval\tstatus'
check "ledger header is the data contract's" "[ \"\$(head -n1 $ledger)\" = \"\$header\" ]"
# every statement a check labels in its prose (\label{stmt:X}) must have ledger rows with ids X-...
for stmt in $(grep -oh 'label{stmt:[A-Za-z0-9]*}' proofs_numerics/*.nw | sed 's/label{stmt:\(.*\)}/\1/' | sort -u); do
  check "statement $stmt has ledger rows" "grep -q '^$stmt-' $ledger"
done
labels=" $(grep -oh 'label{stmt:[A-Za-z0-9]*}' proofs_numerics/*.nw | sed 's/label{stmt:\(.*\)}/\1/' | tr '\n' ' ') "
for prefix in $(tail -n +2 $ledger | cut -d- -f1 | sort -u); do
  check "rows of $prefix link to a statement the prose labels" "[[ '$labels' == *' $prefix '* ]]"
done
check "every row has fifteen fields" "awk -F'\t' 'NF != 15 { exit 1 }' $ledger"
check "every status is pass, fail, xfail or xpass" \
  "awk -F'\t' 'NR > 1 && \$15 !~ /^(pass|fail|xfail|xpass)\$/ { exit 1 }' $ledger"
# (fields read by awk: a shell read would merge the empty fields of a row without a z)
while IFS='|' read -r id status predicted measured; do
  check "claim $id passes or fails as the paper shows (measured $measured, predicted $predicted)" \
    "[ '$status' = pass ] || [ '$status' = xfail ]"
done < <(awk -F'\t' 'NR > 1 { print $1 "|" $15 "|" $6 "|" $9 }' $ledger)
# the index of claims (paper/claim-index) must lead from every id to the chunk that writes it: each id
# matches one of the formats woven into build/woven/body.tex, read as a glob (each * a filled-in field)
formats=$(sed -n 's/^\\claimsource{\([^}]*\)}.*/\1/p' build/woven/body.tex | tr -d '\\')
unindexed() { local - id f; set -f; while read -r id; do for f in $formats; do [[ $id == $f ]] && continue 2; done; echo "$id"; done; }
check "the index of claims has formats" "[ -n \"\$formats\" ]"
check "every id is under a format of the index of claims" "[ -z \"\$(tail -n +2 $ledger | cut -f1 | unindexed)\" ]"
finish
