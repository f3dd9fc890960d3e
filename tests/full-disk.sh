#!/usr/bin/env bash
# A full disk gives a clear error, a non-zero exit and no output file (not even a data file that was
# complete before the disk filled).  Needs root for a small tmpfs; skipped otherwise.
set -u
. "$(dirname "$0")/tap.bash"
mnt=$(mktemp -d)
if ! mount -t tmpfs -o size=24k tmpfs "$mnt" 2>/dev/null; then
  echo "1..0 # SKIP cannot mount a small tmpfs (not root?)"; rmdir "$mnt"; exit 0
fi
mkdir -p "$mnt/ledger"
build/bin/rank-collapse --experiment spectrum --name full --outdir "$mnt" --sizes 100,200 --draws 2 \
  > /dev/null 2> "$mnt.err"
status=$?
check "full disk: non-zero exit" "[ $status != 0 ]"
check "full disk: one line that says what to do" "[ \$(wc -l < $mnt.err) -le 2 ] && grep -q 'disk space' $mnt.err"
check "full disk: no output file left behind" "[ -z \"\$(find $mnt -type f)\" ]"
umount "$mnt"; rmdir "$mnt"; rm -f "$mnt.err"
finish
