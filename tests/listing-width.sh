#!/usr/bin/env bash
# Listings that fit: the woven paper prints code chunks in \footnotesize typewriter, and the printed
# measure holds 100 characters.  No code line of a .nw may be wider (tabs expanded to stops of 8,
# characters counted, not bytes).  Code lines are those between a line `<<name>>=` and the next line
# that starts a documentation chunk (`@` followed by a blank or the end of the line), as noweb reads them.
# One check per file; a failure lists the first offenders as `# file:line: N chars`.
# LISTING_WIDTH_FILES="a.nw b.nw" checks only those files; by
# default every .nw under src/, proofs_numerics/ (with TEMPLATE.nw.in), bench/ and paper/ is checked.
set -u
. "$(dirname "$0")/tap.bash"
measure=100
shown=5   # offenders listed per failing file

if [ -n "${LISTING_WIDTH_FILES:-}" ]; then
  read -r -a files <<< "$LISTING_WIDTH_FILES"
else
  shopt -s nullglob
  files=(src/*.nw proofs_numerics/*.nw proofs_numerics/TEMPLATE.nw.in bench/*.nw paper/*.nw)
  shopt -u nullglob
fi

# wide FILE: "FILE:LINE: N chars" for every code line wider than the measure
wide() {
  perl -CSD -ne '
    BEGIN { ($file, $measure) = (shift, shift) }
    chomp;
    if (/^<<.*>>=\s*$/) { $code = 1; next }
    if (/^@(\s|$)/)     { $code = 0; next }
    next unless $code;
    1 while s/\t/" " x (8 - $-[0] % 8)/e;
    print "$file:$.: ", length, " chars\n" if length > $measure;
  ' "$1" "$measure" < "$1"
}

scanned=0
for f in "${files[@]}"; do
  if [ ! -f "$f" ]; then check "$f exists" false; continue; fi
  scanned=$((scanned + 1))
  offenders=$(wide "$f")
  check "$f: code lines fit in $measure characters" "[ -z \"\$offenders\" ]"
  if [ -n "$offenders" ]; then
    count=$(printf '%s\n' "$offenders" | wc -l)
    printf '%s\n' "$offenders" | head -n "$shown" | sed 's/^/# /'
    [ "$count" -le "$shown" ] || echo "# ... and $((count - shown)) more ($count in all)"
  fi
done
check "at least one .nw was scanned ($scanned)" "[ $scanned -gt 0 ]"
finish
