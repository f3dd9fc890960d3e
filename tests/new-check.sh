#!/usr/bin/env bash
# `make new-check` in a temporary copy of the tree: the new check must build, run at QUICK size with a
# passing ledger row, draw its figure, and appear in the woven paper and the claims table — without
# any edit to an existing file.
set -u
unset MAKEFLAGS MFLAGS MAKELEVEL
. "$(dirname "$0")/tap.bash"
top=$(pwd)
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
if [ "$(git rev-parse --show-toplevel 2>/dev/null)" = "$(pwd -P)" ]; then
  git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$copy"
else   # a copy of the tree without .git (as make check-sanitize makes)
  find . -path ./build -prune -o -path ./.git -prune -o -type f -print0 | xargs -0 cp --parents -t "$copy"
fi
mkdir -p "$copy/build" && cp build/.deps-ok "$copy/build/" 2>/dev/null
cd "$copy"
git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm base
check "make new-check succeeds" "make new-check NAME=demo-check > new.log 2>&1"
check "it says what to edit next" "grep -q 'next:' new.log"
check "the template became proofs_numerics/demo-check.nw" "[ -f proofs_numerics/demo-check.nw ]"
check "no existing file was edited" "[ -z \"\$(git status --porcelain --untracked-files=no)\" ]"
check "a bad NAME is refused with a message" "! make new-check NAME=Bad_Name 2> bad.log && grep -q 'lower-case' bad.log"
check "an existing NAME is refused" "! make new-check NAME=demo-check 2> /dev/null"
check "QUICK data and figures build" "make QUICK=1 data figures build/quick/data/ledger.tsv build/woven/body.tex > build.log 2>&1 || { tail -20 build.log; false; }"
check "its ledger row is in the claims ledger and passes" \
      "grep -q \$'^DemoCheck1-slope\\t.*\\tpass\$' build/quick/data/ledger.tsv"
check "its figure was drawn" "[ -s build/quick/figures/demo-check-spread.pdf ] && [ -s build/quick/figures/demo-check-spread.tex ]"
check "its section is woven into the paper body" "grep -q 'Check DemoCheck' build/woven/body.tex"
check "its macros are in the macro index" "make QUICK=1 build/quick/data/macros.tex >/dev/null 2>&1 && grep -q demo-check-main build/quick/data/macros.tex"
check "its program documents its options" "build/bin/demo-check --help | grep -q -- '--sizes'"
finish
