#!/usr/bin/env bash
# make reproduce-check: the committed HEAD built twice from clean clones in separate directories must give
# bitwise-identical data files, macros, ledger, figures and PDF, with no absolute path of the build
# directory leaking into any output; a third build with two BLAS threads is compared at the precision the
# paper prints.  Takes three full builds (about 10 minutes on two cores).
set -euo pipefail
top=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/attnspec-reproduce.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset MAKEFLAGS MFLAGS MAKELEVEL
status=0
# REPRODUCE_QUICK=1 compares QUICK builds (build/quick/) instead: the same checks in a fraction of the time
if [ -n "${REPRODUCE_QUICK:-}" ]; then D=build/quick/data; F=build/quick/figures; P=build/quick/attnspec.pdf; Q=QUICK=1
else D=data; F=figures; P=paper/attnspec.pdf; Q=; fi
rev=$(git rev-parse HEAD)   # the same commit for all three builds, whatever happens meanwhile
build() {  # side, extra make arguments
  git clone -q "$top" "$work/$1"
  git -C "$work/$1" checkout -q "$rev"
  echo "reproduce-check: building $1 ($(git -C "$work/$1" rev-parse --short HEAD)) ${2:-}"
  (cd "$work/$1" && make all $Q ${2:-} > build.log 2>&1) || { echo "reproduce-check: build $1 failed"; tail "$work/$1/build.log"; exit 1; }
}
build a; build b; build c BLAS_THREADS=2
outputs() { (cd "$work/$1" && find $D $F -type f ! -path 'data/expected/*' ! -path 'data/bench/*' | sort; echo $P); }
if [ "$(outputs a)" != "$(outputs b)" ]; then echo "reproduce-check: the two builds made different files"; status=1; fi
same=0; differ=0
for f in $(outputs a); do
  if cmp -s "$work/a/$f" "$work/b/$f"; then same=$((same + 1)); else differ=$((differ + 1)); echo "  differs: $f"; fi
done
echo "reproduce-check: two clean builds: $same files identical, $differ different"
[ $differ = 0 ] || status=1
if grep -rlF "$work" "$work/a/$D" "$work/a/$F" "$work/a/$P" > "$work/leaks" 2>/dev/null; then
  echo "reproduce-check: the build directory's absolute path leaks into:"; cat "$work/leaks"; status=1
else
  echo "reproduce-check: no absolute path of the build directory in any output"
fi
# one BLAS thread against two: data files bitwise, else the largest relative difference of any number
bitwise=0; worst=0
for f in $(cd "$work/a" && ls $D/*.dat); do
  if cmp -s "$work/a/$f" "$work/c/$f"; then bitwise=$((bitwise + 1)); continue; fi
  # difference of each number relative to the largest magnitude in its column (rounding-level quantities
  # such as imaginary parts of real eigenvalues would make a plain relative difference meaningless)
  # (a text column, such as a configuration name, is read as 0 and so counts as equal)
  d=$(paste -d' ' <(grep -v '^#' "$work/a/$f") <(grep -v '^#' "$work/c/$f") | awk '
      { h = NF / 2; for (i = 1; i <= h; i++) { a = $i + 0; b = $(i + h) + 0; s = (a < 0 ? -a : a); if (s > big[i]) big[i] = s;
        d = a - b; if (d < 0) d = -d; if (d > diff[i]) diff[i] = d } ; if (h > n) n = h }
      END { for (i = 1; i <= n; i++) if (big[i] > 0 && diff[i] / big[i] > m) m = diff[i] / big[i]; printf "%.3g", m + 0 }')
  echo "  1 vs 2 BLAS threads: $f differs, largest relative difference $d"
  worst=$(awk -v a="$worst" -v b="$d" 'BEGIN { print (b > a ? b : a) }')
done
diff <(cat "$work/a"/$D/*.tex | grep -v '^%') <(cat "$work/c"/$D/*.tex | grep -v '^%') | grep '^[<>]' | sed 's/^/  /' || true
macros=$(diff <(cat "$work/a"/$D/*.tex | grep -v '^%') <(cat "$work/c"/$D/*.tex | grep -v '^%') | grep -c '^<' || true)
statuses=$(diff <(cut -f1,15 "$work/a/$D/ledger.tsv") <(cut -f1,15 "$work/c/$D/ledger.tsv") | grep -c '^<' || true)
echo "reproduce-check: 1 vs 2 BLAS threads: $bitwise data files bitwise identical; largest relative difference" \
     "elsewhere $worst; $macros printed macros differ; $statuses ledger verdicts differ"
[ "$statuses" = 0 ] || status=1
[ $status = 0 ] && echo "reproduce-check: passed"
exit $status
