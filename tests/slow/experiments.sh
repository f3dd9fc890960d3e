# Sourced by the checks that run every experiment themselves (mutate, test-seeds, check-sanitize).
# experiment_list SIZE prints one line per experiment of that size (full or quick):
#     <experiment> <program> <the experiment's arguments, on one line>
# ONLY="<check> ..." keeps only those checks' experiments.
experiment_list() {
  local size=$1 args e c prog keep
  for args in build/args/*."$size".args; do
    e=$(basename "$args" ."$size".args)
    if [ -n "${ONLY:-}" ]; then
      keep=0; for c in $ONLY; do [[ $e == "$c"-* ]] && keep=1; done; [ $keep = 1 ] || continue
    fi
    prog=
    for c in $(ls build/bin); do [[ $e == "$c"-* ]] && prog=$c; done
    [ -n "$prog" ] || { echo "experiment_list: no program for $e (run 'make build/bin/<check>')" >&2; return 1; }
    printf '%s %s %s\n' "$e" "$prog" "$(tr '\n' ' ' < "$args")"
  done
}
