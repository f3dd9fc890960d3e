#!/usr/bin/env bash
# make fault-check: `make QUICK=1 all` is killed (SIGINT or SIGKILL, at random moments) twenty times in a
# clean clone, restarted each time, and finally run to completion; every third time, instead, one
# experiment (or compiler) process of the run is killed by SIGKILL and Make is left to go on.  Every output must then be bitwise
# identical to an uninterrupted run: no half-written file was ever taken by Make as finished.
set -euo pipefail
top=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/attnspec-faults.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset MAKEFLAGS MFLAGS MAKELEVEL
git clone -q "$top" "$work/tree"
cd "$work/tree"
make QUICK=1 all > /dev/null 2>&1
snapshot() { find build/quick/data build/quick/figures build/quick/attnspec.pdf -type f ! -name '*.tmp*' -print0 \
               | sort -z | xargs -0 sha256sum; }
snapshot > "$work/reference"
tries=${TRIES:-20}
RANDOM=${SEED:-4242}
for i in $(seq 1 "$tries"); do
  [ $((i % 5)) = 1 ] && rm -rf build/quick build/bin build/obj     # sometimes from scratch
  setsid make QUICK=1 all > /dev/null 2>&1 &
  pid=$!
  delay=$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 0.2 + 6.0 * r / 32767 }')
  signal=$([ $((RANDOM % 2)) = 0 ] && echo INT || echo KILL)
  sleep "$delay"
  if [ $((i % 3)) = 0 ]; then
    # every third try kills one running experiment (or program being linked) and lets Make go on
    victim=$(ps -o pid=,args= -s "$pid" | awk '$2 ~ /^build\/bin\// || $2 ~ /^cc$/ { print $1; exit }')
    [ -n "$victim" ] && kill -KILL "$victim" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "fault-check: try $i: SIGKILL of one process of the run (${victim:-none running}) after ${delay}s"
    continue
  fi
  kill -s "$signal" -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "fault-check: try $i: SIG$signal after ${delay}s"
done
make QUICK=1 all > "$work/final.log" 2>&1 || { echo "fault-check: the final run failed"; tail "$work/final.log"; exit 1; }
snapshot > "$work/after"
if diff "$work/reference" "$work/after"; then
  echo "fault-check: passed: after $tries interrupted runs every output equals the uninterrupted run's"
else
  echo "fault-check: FAILED: outputs differ from the uninterrupted run (above)"; exit 1
fi
