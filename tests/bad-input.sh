#!/usr/bin/env bash
# Every program, given bad input, prints one line naming the option and what to give instead, exits
# with status 2, and writes no file.  The options and their ranges are read from each program's --help,
# so a new option or a new program is covered without editing this file.
set -u
. "$(dirname "$0")/tap.bash"

# The experiment's own QUICK arguments without the option under test, so that only that option is wrong
# (options may be given once only).
base_without() {
  local drops=" $* " skip=0
  for a in $base; do
    if [ $skip = 1 ]; then skip=0; continue; fi
    [[ "$a" == --* && "$drops" == *" $a "* ]] && { skip=1; continue; }
    printf '%s\n' "$a"
  done
}

# run PROGRAM EXPECTED-WORD ARGS...: exit 2, one line on stderr containing the word, no file written
try() {
  local prog=$1 want=$2; shift 2
  local out; out=$(mktemp -d); mkdir -p "$out/ledger"
  local keep; mapfile -t keep < <(base_without "$@")
  build/bin/$prog --experiment "$exp" --name bad --outdir "$out" "${keep[@]}" "$@" > "$out.stdout" 2> "$out.stderr"
  local status=$?
  local label="$prog $*"
  check "$label: exit status 2" "[ $status = 2 ]"
  check "$label: one line naming '$want'" "[ \$(wc -l < '$out.stderr') = 1 ] && grep -qF -- '$want' '$out.stderr'"
  check "$label: no output file" "[ -z \"\$(find '$out' -type f)\" ]"
  rm -rf "$out" "$out.stdout" "$out.stderr"
}

for prog in $(ls build/bin/); do
  # a valid experiment of this program, so that only the option under test is wrong
  # (a program outside the paper, such as the benchmark, has no args file: take its default experiment)
  help=$(build/bin/$prog --help)
  exp=$(ls build/args/$prog-*.quick.args 2>/dev/null | head -n1 | sed "s|build/args/$prog-||; s|\.quick\.args||")
  [ -n "$exp" ] || exp=$(echo "$help" | sed -n 's/^  --experiment .*(default \([a-z-]*\)).*/\1/p')
  base=$(cat build/args/$prog-$exp.quick.args 2>/dev/null | grep -v '^\s*$' || true)
  check "$prog --help exits 0 and gives every default" "build/bin/$prog --help > /dev/null && echo \"\$help\" | grep -q 'default'"
  while read -r name min max; do
    [ "$name" = experiment ] || [ "$name" = name ] || [ "$name" = outdir ] || [ "$name" = help ] && continue
    try $prog "--$name" "--$name" abc
    # -1 is bad unless the option's range admits it (a concentration kappa_W in [-1, 1] does); then
    # the value just below its minimum is
    if [ -z "$min" ] || awk "BEGIN { exit !($min > -1) }"; then
      try $prog "--$name" "--$name" -1
    else
      try $prog "--$name" "--$name" "$(awk "BEGIN { printf \"%.17g\", $min - 1 }")"
    fi
    try $prog "--$name" "--$name" ""
    if [ -n "$min" ]; then
      awk "BEGIN { exit !($min > 0) }" && try $prog "--$name" "--$name" 0
      try $prog "--$name" "--$name" 1e300
      try $prog "--$name" "--$name" "$(awk "BEGIN { printf \"%.17g\", $max * 10 + 1 }")"
    fi
  done < <(echo "$help" | sed -n 's/^  --\([a-z-]*\) .*\[\([-0-9.e]*\)\.\.\([-0-9.e]*\)\].*/\1 \2 \3/p; s/^  --\([a-z-]*\) .*(\(default\|required\).*/\1/p' | sort -u -k1,1)
  try $prog "--bogus" --bogus 1
  try $prog "--draws" --draws
  try $prog "stray" stray
  exp=nonsense try $prog "--experiment"
  # sizes whose matrices cannot fit in memory: the largest size with every option at its costliest
  big=(--sizes "$(echo "$help" | sed -n 's/^  --sizes .*\.\.\([0-9]*\)\].*/\1/p')")
  echo "$help" | grep -qE -- '^  --gammas ' && big+=(--gammas 0.05)
  echo "$help" | grep -qE -- '^  --kappa ' && big+=(--kappa 8)
  try $prog "--sizes" "${big[@]}"
  out=$(mktemp -d)
  build/bin/$prog --experiment "$exp" --name bad --outdir "$out/missing" $base > /dev/null 2> "$out.stderr"
  status=$?
  check "$prog: missing output directory gives exit 2" "[ $status = 2 ]"
  check "$prog: ... and says what to fix" "grep -q 'writable' '$out.stderr'"
  rm -rf "$out" "$out.stderr"
done
finish
