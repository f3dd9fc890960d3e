#!/usr/bin/env bash
# paper/readme-summary, which writes the README's table of claims (make lock) and against which make verify
# compares it: on the QUICK claims it prints one row per statement of the summary page, and rewriting a copy
# of the README replaces exactly that table and nothing else.
set -u
. "$(dirname "$0")/tap.bash"
claims=build/quick/data/claims.tex
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
paper/readme-summary $claims > "$work/table" 2> "$work/err"
check "prints a table from the QUICK claims" "[ \$? = 0 ] && [ -s $work/table ] && [ ! -s $work/err ]"
statements=$(grep -c '^\\claimsummary{' $claims)
check "one row per statement of the summary page ($statements) under two header lines" \
  "[ \$(wc -l < $work/table) = \$((statements + 2)) ]"
check "no LaTeX left in the rows" "! tail -n +3 $work/table | grep -q '[\\\\{}]'"
cp README.md "$work/README.md"
paper/readme-summary $claims "$work/README.md"
outside() { awk '/^\| statement \| source/ { skip = 1 } skip && /^$/ { skip = 0 } !skip' "$1"; }
check "rewriting a copy changes nothing outside the table" \
  "diff <(outside README.md) <(outside $work/README.md) > /dev/null"
check "its table is the printed one" \
  "diff <(sed -n '/^| statement | source/,/^\$/p' $work/README.md | sed '/^\$/d') $work/table > /dev/null"
check "no temporary file left beside it" "[ \$(ls $work | wc -l) = 3 ]"
printf 'no table here\n' > "$work/bare.md"
paper/readme-summary $claims "$work/bare.md" 2> "$work/err"; status=$?
check "a README without the table: non-zero exit, one line, file untouched" \
  "[ $status != 0 ] && [ \$(wc -l < $work/err) = 1 ] && [ \"\$(cat $work/bare.md)\" = 'no table here' ]"
finish
