#!/usr/bin/env bash
# make test-seeds: every experiment at QUICK size over SEEDS (default 50) seeds other than its own
# (ONLY="<check> ..." restricts it to those checks).
# For each claim the observed failure rate is compared with the nominal rate its ledger row states
# (1 - coverage when the interval has a stochastic term, 0 for exact and rounding bounds); the
# deterministic allowances only lower it.  A claim fails the test when so many
# failures would have probability below 0.1% at its nominal rate (one-sided binomial test).
set -euo pipefail
seeds=${SEEDS:-50}
work=build/test-seeds
rm -rf "$work"; mkdir -p "$work"
jobs=()
. tests/slow/experiments.sh
list=$(experiment_list quick)
while read -r e prog args; do
  for s in $(seq 1 "$seeds"); do
    mkdir -p "$work/$s/ledger"
    # the experiment's own --seed is replaced (an option may be given once)
    jobs+=("build/bin/$prog --experiment ${e#"$prog"-} --name $e --outdir $work/$s \
$(sed -E 's/--seed [0-9]+//' <<< "$args") --seed $((7919 * s + 17))")
  done
done <<< "$list"
printf '%s\n' "${jobs[@]}" | xargs -P "$(nproc)" -I{} sh -c '{} 2>/dev/null'
cat "$work"/*/ledger/*.tsv | grep -v '^id	' | awk -F'\t' -v seeds="$seeds" '
  # every row states its nominal false-failure rate (column 12)
  function tail_p(k, n, p,   i, s, c) {      # P(X >= k), X ~ Binomial(n, p)
    if (k == 0) return 1; if (p == 0) return 0; s = 0
    for (i = k; i <= n; i++) { c = exp(lgamma(n + 1) - lgamma(i + 1) - lgamma(n - i + 1) + i * log(p) + (n - i) * log(1 - p)); s += c }
    return s }
  function lgamma(x,   r) { r = 0; while (x < 7) { r -= log(x); x++ }
    return r + (x - 0.5) * log(x) - x + 0.9189385332 + 1 / (12 * x) - 1 / (360 * x^3) }
  { runs[$1]++; if ($15 != "pass" && $15 != "xfail") fails[$1]++; nom[$1] = $12 + 0
    science[$1] = $4 != "software" }
  END {
    bad = 0
    printf "%-34s %5s %7s %8s %s\n", "claim", "fails", "rate", "nominal", "verdict"
    for (id in runs) {
      k = fails[id] + 0; p = tail_p(k, runs[id], nom[id])
      verdict = (p < 0.001) ? "TOO MANY" : "ok"; if (p < 0.001) bad++
      printf "%-34s %5d %6.1f%% %7.2f%% %s\n", id, k, 100 * k / runs[id], 100 * nom[id], verdict
      c = science[id] ? "scientific claims" : "software checks"
      total[c] += runs[id]; totalfail[c] += k; claims[c]++; if (p < 0.001) badc[c]++
    }
    for (c in total)
      printf "test-seeds: %s: %d x %d seeds, %d failures (%.2f%%); %d fail more often than their nominal rate allows\n",
        c, claims[c], seeds, totalfail[c], 100 * totalfail[c] / total[c], badc[c] + 0
    exit bad > 0 }' | sort > "$work/report.txt" && status=0 || status=$?
grep -v '^test-seeds' "$work/report.txt" | sort -k2,2nr | head -n 25
grep '^test-seeds' "$work/report.txt"
exit "$status"
