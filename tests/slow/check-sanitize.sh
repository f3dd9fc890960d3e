#!/usr/bin/env bash
# make check-sanitize: (1) `make check` built with AddressSanitizer and UndefinedBehaviorSanitizer (any
# report aborts the run); (2) every unit test and one QUICK run of every experiment under valgrind
# memcheck, which must report no error and no definite or indirect leak.  Runs in build/sanitize/.
set -euo pipefail
flags=$1
top=$(pwd)
work=$top/build/sanitize
rm -rf "$work"; mkdir -p "$work/build"
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work"
cp build/.deps-ok "$work/build/"
cd "$work"
unset MAKEFLAGS MFLAGS MAKELEVEL
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
echo "check-sanitize: make check with $flags"
make check CFLAGS="$flags" > sanitize.log 2>&1 || { tail -n 40 sanitize.log; echo "check-sanitize: FAILED under ASan/UBSan"; exit 1; }
grep -E '^(Files|Result)' sanitize.log
if grep -q 'runtime error\|AddressSanitizer\|LeakSanitizer' sanitize.log; then
  grep -m5 'runtime error\|AddressSanitizer\|LeakSanitizer' sanitize.log; exit 1; fi
echo "check-sanitize: ASan/UBSan: no report"
unset ASAN_OPTIONS UBSAN_OPTIONS
rm -rf build/obj build/bin build/tests build/libattnspec.a
make CFLAGS="-O1 -g" build/libattnspec.a > /dev/null
make CFLAGS="-O1 -g" $(ls tests/*.c | sed 's|tests/\(.*\)\.c|build/tests/bin/\1|') \
     $(ls proofs_numerics/*.nw | sed 's|proofs_numerics/\(.*\)\.nw|build/bin/\1|') > /dev/null
vg="valgrind -q --error-exitcode=97 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect"
count=0
for t in build/tests/bin/*; do
  $vg "$t" > /dev/null 2> vg.log || { cat vg.log; echo "check-sanitize: valgrind: $t"; exit 1; }
  count=$((count + 1))
done
mkdir -p vg/ledger
. tests/slow/experiments.sh
list=$(experiment_list quick)
while read -r e prog args; do
  $vg build/bin/$prog --experiment "${e#"$prog"-}" --name "$e" --outdir vg $args > /dev/null 2> vg.log \
    || { cat vg.log; echo "check-sanitize: valgrind: $e"; exit 1; }
  count=$((count + 1))
done <<< "$list"
echo "check-sanitize: valgrind memcheck: $count programs, no error, no definite or indirect leak"
