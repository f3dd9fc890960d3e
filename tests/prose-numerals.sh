#!/usr/bin/env bash
# Every number the prose quotes comes from a generated macro.  This test reads the documentation parts of
# every .nw file (not the code chunks, not [[code]] quotes, labels, references or citations) and fails on
# a decimal numeral that is not an exact constant of the allow-list below: a parameter the experiments are
# given (0.5, 0.9, ...), an exact fraction written in decimals (6.75 = 27/4), a coverage (99.73%), or a
# constant quoted from the literature with its source beside it in the text.
cd "$(dirname "$0")/.." || exit 1
. tests/tap.bash
allowed=" 0.01 0.05 0.1 0.15 0.2 0.25 0.27 0.3 0.5 0.6 0.8 0.9 0.95 0.99865 0.0625 0.125 1.3 1.5 2.5 6.75 99.73 "
allowed+=" 1.05 "              # a constant of the code that the prose names (the Lanczos interval's margin)
allowed+=" 0.138 0.97 "        # Amit, Gutfreund and Sompolinsky's capacity and retrieval overlap
allowed+=" 1.21 1.2065 1.268 3.0628 "   # Tracy-Widom (GOE): -E TW1, its standard deviation, E TW1^2
for f in proofs_numerics/*.nw src/*.nw bench/bench.nw paper/library.nw; do
  while IFS=: read -r line numeral; do
    check "$f:$line: the numeral $numeral comes from a macro or is an allowed exact constant" \
      "[[ '$allowed' == *' $numeral '* ]]"
  done < <(awk '/^<<.*>>=$/ { code = 1; next } /^@( |$)/ { code = 0; next }
    !code { s = $0; gsub(/\[\[[^]]*\]\]/, "", s); gsub(/\\(label|ref|cite|eqref|pageref)\{[^}]*\}/, "", s)
            gsub(/(section|Section|sections)~[0-9.]+/, "", s)
            while (match(s, /[0-9]*\.[0-9]+/)) { print NR ":" substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH) } }' "$f")
done
check "the scan found the literate sources" "[ -e proofs_numerics/normalizer.nw ] && [ -e src/output.nw ]"
finish
