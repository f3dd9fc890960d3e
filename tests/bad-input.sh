#!/usr/bin/env bash
# Every program, given bad input, prints one line naming the option and what to give instead, exits
# with status 2, and writes no file.  Run from the top of the tree after the programs are built.
set -u
n=0; failed=0
programs=$(ls build/bin/)
cases=(
  "--draws abc|--draws"
  "--draws -3|--draws"
  "--draws 0|--draws"
  "--draws 1.5|--draws"
  "--sizes 100,x|--sizes"
  "--sizes 100000000|--sizes"
  "--sizes ''|--sizes"
  "--seed -1|--seed"
  "--seed 1e3|--seed"
  "--bogus 1|--bogus"
  "--draws|--draws"
  "stray|stray"
  "--experiment nonsense|--experiment"
)
check() {  # name, condition
  n=$((n + 1))
  if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=$((failed + 1)); fi
}
for prog in $programs; do
  # a valid experiment of this program, so that only the option under test is wrong
  exp=$(ls build/args/$prog-*.quick.args | head -n1 | sed "s|build/args/$prog-||; s|\.quick\.args||")
  for c in "${cases[@]}"; do
    args=${c%|*}; want=${c#*|}
    out=$(mktemp -d)
    mkdir -p "$out/ledger"
    eval "build/bin/$prog --experiment $exp --name bad --outdir $out $args" > "$out.stdout" 2> "$out.stderr"
    status=$?
    lines=$(wc -l < "$out.stderr")
    files=$(find "$out" -type f | wc -l)
    check "$prog $args: exit status 2" "[ $status = 2 ]"
    check "$prog $args: one line naming '$want'" "[ $lines = 1 ] && grep -q -- '$want' '$out.stderr'"
    check "$prog $args: no output file" "[ $files = 0 ]"
    rm -rf "$out" "$out.stdout" "$out.stderr"
  done
  # an output directory that cannot be written
  out=$(mktemp -d); chmod 500 "$out"
  build/bin/$prog --experiment $exp --name bad --outdir "$out/missing" --sizes 16 --draws 2 > /dev/null 2> "$out.stderr"
  status=$?
  check "$prog: unwritable output directory gives exit 2" "[ $status = 2 ]"
  check "$prog: ... and says what to fix" "grep -q 'writable' '$out.stderr'"
  chmod 700 "$out"; rm -rf "$out" "$out.stderr"
  check "$prog --help exits 0 and lists defaults" "build/bin/$prog --help | grep -q 'default'"
done
echo "1..$n"
[ $failed = 0 ]
