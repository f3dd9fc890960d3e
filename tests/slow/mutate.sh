#!/usr/bin/env bash
# The mutation test: every experiment rerun with each scientific prediction scaled by 1.1, then by 0.9
# (ASP_MUTATE, read by the claim writer).  For each statement it reports the fraction of its scientific
# claims (rivals excluded) that fail under each scaling, and it fails
#   - if a rerun's verdict differs from the one the ledger's mutation column foresaw (the switch and the
#     column must agree: both judge the same interval), or
#   - at full size, if a statement has no claim that fails under both scalings (none could catch a 10%
#     error of its predictions).
# Usage: mutate.sh full|quick [TAP].  With TAP it prints TAP lines (make check runs the quick version so).
set -euo pipefail
size=${1:-full}; tap=${2:-}
case $size in full) data=data;; quick) data=build/quick/data;; *) echo "mutate.sh: size is full or quick" >&2; exit 2;; esac
ledger=$data/ledger.tsv
[ -s "$ledger" ] || { echo "mutate.sh: no $ledger; run 'make $([ $size = quick ] && echo 'QUICK=1 ')$ledger' first" >&2; exit 2; }
work=build/mutate/$size
rm -rf "$work"
jobs=()
. tests/slow/experiments.sh
list=$(experiment_list "$size")
for factor in 1.1 0.9; do
  mkdir -p "$work/$factor/ledger"
  while read -r e prog args; do
    jobs+=("ASP_MUTATE=$factor OPENBLAS_NUM_THREADS=1 build/bin/$prog --experiment ${e#"$prog"-} --name $e \
--outdir $work/$factor $args")
  done <<< "$list"
done
printf '%s\n' "${jobs[@]}" | xargs -P "$(nproc)" -I{} sh -c '{} 2>/dev/null || echo "mutate.sh: failed: {}" >&2'
for factor in 1.1 0.9; do cat "$work/$factor"/ledger/*.tsv | grep -v '^id	' > "$work/rows-$factor.tsv"; done
awk -F'\t' -v size="$size" -v tap="$tap" '
  FILENAME ~ /rows-1.1/ { up[$1] = $15; next }
  FILENAME ~ /rows-0.9/ { down[$1] = $15; next }
  FNR == 1 { next }
  {
    split($1, part, "-"); s = part[1]
    if (!(s in seen)) { seen[s] = 1; order[++ns] = s }
    if ($4 == "software" || $5 == "rejects") {
      if (up[$1] != $15 || down[$1] != $15) mismatch[++nm] = $1 " (not a prediction, yet its verdict moved)"
      next }
    split($13, m, ","); n[s]++
    expect_up = m[1] == "caught" ? ($15 ~ /^x/ ? "xfail" : "fail") : ($15 ~ /^x/ ? "xpass" : "pass")
    expect_down = m[2] == "caught" ? ($15 ~ /^x/ ? "xfail" : "fail") : ($15 ~ /^x/ ? "xpass" : "pass")
    if (!($1 in up) || !($1 in down)) { mismatch[++nm] = $1 " (missing from a rerun)"; next }
    if (up[$1] != expect_up || down[$1] != expect_down)
      mismatch[++nm] = $1 " (rerun " up[$1] "/" down[$1] ", column " $13 ")"
    fu = up[$1] != "pass" && up[$1] != "xpass"; fd = down[$1] != "pass" && down[$1] != "xpass"
    caught_up[s] += fu; caught_down[s] += fd; both[s] += fu && fd
  }
  END {
    bad = 0; t = 0
    printf "%-9s %7s %12s %12s %12s\n", "statement", "claims", "fail at 1.1", "fail at 0.9", "fail at both"
    for (i = 1; i <= ns; i++) { s = order[i]
      printf "%-9s %7d %12s %12s %12s\n", s, n[s], caught_up[s] + 0 "/" n[s] + 0, caught_down[s] + 0 "/" n[s] + 0,
        both[s] + 0 "/" n[s] + 0
      if (size == "full" && both[s] + 0 == 0) { bad++; nocatch = nocatch " " s } }
    for (i = 1; i <= nm; i++) print "mutate: verdict differs from the mutation column: " mismatch[i]
    if (tap != "") {
      print "1.." (2 + 0)
      print (nm == 0 ? "ok" : "not ok") " 1 - every rerun verdict is the one the ledger foresaw (" nm + 0 " differ)"
      print (bad == 0 ? "ok" : "not ok") " 2 - every statement catches a 10% error" (size == "full" ? "" : " # SKIP at QUICK size: reported only") }
    if (nocatch != "") print "mutate: no claim catches a 10% error in:" nocatch
    exit (nm > 0 || bad > 0) }' "$work/rows-1.1.tsv" "$work/rows-0.9.tsv" "$ledger"
