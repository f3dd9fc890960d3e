#!/usr/bin/env bash
# The programs' input contract, fuzzed.  For every program and experiment, any argument vector must either
#   run and succeed: exit 0, every file it wrote complete, no nan/inf in a .tex macro value or in the
#   predicted/measured columns of the ledger, no temporary file *.tmp* left; or
#   be refused: exit 2, exactly one line on stderr naming the offending option (--OPTION), and no file at
#   all left in the output directory (temporary ones included).
# Never a signal, never exit 1 on user input, never exit 0 with NaN, never a hang.
#
# The vectors are mutations (one, sometimes two at a time) of the tiny valid vectors in tests/fuzz-base.tsv,
# drawn from a fixed seed, so that a run is reproducible: the same vectors, in the same order, every time.
# The options and their ranges are read from each program's --help.  The vectors are run in parallel but
# reported in order, one TAP line per vector, then a summary per category and per program.
#
#   FUZZ_COUNT=n     vectors per program (default 400)
#   FUZZ_SEED=s      the seed of the vectors (default 20260501)
#   FUZZ_PREFIX=cmd  run every program under cmd (e.g. 'valgrind -q --error-exitcode=99')
#   FUZZ_TIMEOUT=s   seconds before a run counts as a hang (default 15)
#   FUZZ_JOBS=j      runs at once (default: the number of processors)
#   FUZZ_LOG=file    also write one tab-separated line per vector (for reports)
#   FUZZ_ONLY=prog   fuzz only this program
set -u
. "$(dirname "$0")/tap.bash"

count=${FUZZ_COUNT:-400}
seed=${FUZZ_SEED:-20260501}
prefix=${FUZZ_PREFIX:-}
limit=${FUZZ_TIMEOUT:-15}
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
base=$(dirname "$0")/fuzz-base.tsv
work=$(mktemp -d "${TMPDIR:-/tmp}/attnspec-fuzz.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/vec" "$work/res" "$work/run"

# options whose maximum would be costly to run (sizes, counts of draws and the like): their maximum is
# not tried, only values beyond it, which must be refused before any work is done
costly=" sizes draws widths value-draws pooled nodes moments probes dense-max epochs layers depth depths dims repetitions loads "

# ---------------------------------------------------------------------------------------------------------
# generation (all in this shell, so that $RANDOM is one deterministic stream)
RANDOM=$seed
rnd() { R=$((RANDOM % $1)); }                     # R in [0, $1)
pick() { rnd $#; shift $R; P=$1; }                 # P: one of the arguments

programs=()
declare -A experiments basevec
while IFS=$'\t' read -r prog exp args; do
  [ "$prog" = program ] && continue
  [ -n "${FUZZ_ONLY:-}" ] && [ "$prog" != "$FUZZ_ONLY" ] && continue
  if [ -z "${experiments[$prog]+x}" ]; then programs+=("$prog"); experiments[$prog]=""; fi
  experiments[$prog]+="$exp "
  basevec[$prog/$exp]=$args
done < "$base"

declare -A optmin optmax optdef optlist
for prog in "${programs[@]}"; do
  [ -x "build/bin/$prog" ] || { echo "Bail out! build/bin/$prog missing: make build/bin/$prog"; exit 1; }
  optlist[$prog]=""
  while IFS=$'\t' read -r name min max def; do
    [ "$name" = help ] && continue
    optlist[$prog]+="$name "
    optmin[$prog/$name]=$min; optmax[$prog/$name]=$max; optdef[$prog/$name]=$def
  done < <(build/bin/$prog --help | sed -n 's/^  --\([a-z-]*\) .*/&/p' | awk '
    { name = $1; sub(/^--/, "", name); min = ""; max = ""; def = ""
      if (match($0, /\[[^]]*\.\.[^]]*\]/)) { r = substr($0, RSTART + 1, RLENGTH - 2); i = index(r, ".."); min = substr(r, 1, i - 1); max = substr(r, i + 2) }
      if (match($0, /\(default [^)]*\)/)) def = substr($0, RSTART + 9, RLENGTH - 10)
      printf "%s\t%s\t%s\t%s\n", name, min, max, def }')
done

# a vector: K (option names) and V (their values) in order, RAW (extra words appended), EXPECT (words of
# which one must be on the refusal line), DESC (what was done)
K=(); V=(); RAW=(); EXPECT=(); DESC=""
setopt() {   # setopt NAME VALUE: replace the option's value, or add the option
  local i
  for i in "${!K[@]}"; do [ "${K[$i]}" = "$1" ] && { V[$i]=$2; return; }; done
  K+=("$1"); V+=("$2")
}
getopt_value() {   # G: the option's value in the vector, else its default, else 1
  local i
  for i in "${!K[@]}"; do [ "${K[$i]}" = "$1" ] && { G=${V[$i]}; return; }; done
  G=${optdef[$prog/$1]:-1}
  case $G in ''|*' '*) G=1 ;; esac
}
delopt() {
  local i k=() v=()
  for i in "${!K[@]}"; do [ "${K[$i]}" = "$1" ] || { k+=("${K[$i]}"); v+=("${V[$i]}"); }; done
  K=("${k[@]}"); V=("${v[@]}")
}
declare -A limits
limits_of() {   # L: the limit values of an option, computed once
  local key=$prog/$1 min=${optmin[$prog/$1]} max=${optmax[$prog/$1]}
  if [ -z "${limits[$key]+x}" ]; then
    if [ -n "$min" ]; then
      limits[$key]=$(awk -v lo="$min" -v hi="$max" 'BEGIN {
        e = (lo == 0 ? 1e-9 : (lo < 0 ? -lo : lo) * 1e-9); f = (hi < 0 ? -hi : hi) * 1e-9
        printf "%.17g %.17g %.17g %.17g %.17g %.17g", lo, hi, lo - e, lo - 1, hi + f, hi + 1 }')
    else limits[$key]=""; fi
  fi
  L=${limits[$key]}
}

specials=(inf -inf nan NaN 1e999 -1e999 0x10 1e-400 -0 "" abc 3abc 1e2 2.5 +2 18446744073709551616
          18446744073709551615 -1 0 1e 1.5e-320 . 007 infinity)
names=("../x" "a/b" ".hidden" "" "$(printf 'n%.0s' {1..5000})" $'a\nb' "." ".." "-x" "a b" $'a\tb')

mutate_value() {   # a new value for option $1 (current value $2): sets NEWV, NOTE
  local o=$1 v=$2 kind els n i
  IFS=, read -r -a els <<< "$v"; n=${#els[@]}
  [ "$n" = 0 ] && { els=(1); n=1; }
  pick list list list ws ws limit limit special special special
  kind=$P
  case $kind in
    list)
      pick reverse shuffle dup single-first single-last empty-mid empty-lead empty-trail too-long element
      NOTE=$P
      case $P in
        reverse) NEWV=""; for ((i = n - 1; i >= 0; i--)); do NEWV+="${els[$i]},"; done; NEWV=${NEWV%,} ;;
        shuffle) local s=("${els[@]}") t j
                 for ((i = n - 1; i > 0; i--)); do rnd $((i + 1)); j=$R; t=${s[$i]}; s[$i]=${s[$j]}; s[$j]=$t; done
                 NEWV=$(IFS=,; echo "${s[*]}") ;;
        dup) rnd $n; i=$R; NEWV=""; for ((j = 0; j < n; j++)); do NEWV+="${els[$j]},"; [ $j = $i ] && NEWV+="${els[$j]},"; done; NEWV=${NEWV%,} ;;
        single-first) NEWV=${els[0]} ;;
        single-last) NEWV=${els[$((n - 1))]} ;;
        empty-mid) NEWV="${els[0]},,${v#*,}"; [ "$n" = 1 ] && NEWV="$v,,$v" ;;
        empty-lead) NEWV=",$v" ;;
        empty-trail) NEWV="$v," ;;
        too-long) NEWV=${els[0]}; for ((i = 0; i < 32; i++)); do NEWV+=",${els[0]}"; done ;;
        element) pick "${specials[@]}"; rnd $n; i=$R; els[$i]=$P; NEWV=$(IFS=,; echo "${els[*]}"); NOTE="element $((i + 1)) '$P'" ;;
      esac ;;
    ws)
      pick lead-space trail-space lead-tab lead-newline lead-cr lead-vt lead-ff trail-newline space-after-comma element-trail-space
      NOTE=$P
      case $P in
        lead-space) NEWV=" $v" ;; trail-space) NEWV="$v " ;; lead-tab) NEWV=$'\t'"$v" ;;
        lead-newline) NEWV=$'\n'"$v" ;; lead-cr) NEWV=$'\r'"$v" ;; lead-vt) NEWV=$'\v'"$v" ;;
        lead-ff) NEWV=$'\f'"$v" ;; trail-newline) NEWV="$v"$'\n' ;;
        space-after-comma) NEWV=${v//,/, }; [ "$n" = 1 ] && NEWV="$v, $v" ;;
        element-trail-space) NEWV="${els[0]} ${v#${els[0]}}" ;;
      esac ;;
    limit)
      limits_of "$o"
      if [ -z "$L" ]; then pick "${specials[@]}"; NEWV=$P; NOTE="special '$P'"; return; fi
      local lim=($L) which
      pick min max min-eps min-1 max+eps max+1
      which=$P
      if [ "$which" = max ] && [[ $costly == *" $o "* ]]; then which=min; fi
      case $which in
        min) NEWV=${lim[0]} ;; max) NEWV=${lim[1]} ;; min-eps) NEWV=${lim[2]} ;; min-1) NEWV=${lim[3]} ;;
        max+eps) NEWV=${lim[4]} ;; max+1) NEWV=${lim[5]} ;;
      esac
      NOTE="$which $NEWV"
      # in a list, sometimes only one element is at the limit
      if [ "$n" -gt 1 ] && [ $((RANDOM % 2)) = 0 ]; then rnd $n; i=$R; els[$i]=$NEWV; NEWV=$(IFS=,; echo "${els[*]}"); NOTE="element $((i + 1)) $NOTE"; fi ;;
    special) pick "${specials[@]}"; NEWV=$P; NOTE="special '$P'" ;;
  esac
}

mutate() {   # one mutation of the vector in K/V/EXP/NAME/OUT
  local o k
  pick value value value value value value structural structural name outdir experiment
  k=$P
  case $k in
    value)
      # an option of the vector (mostly) or any other option of the program
      if [ ${#K[@]} -gt 0 ] && [ $((RANDOM % 10)) -lt 7 ]; then pick "${K[@]}"; else pick ${optlist[$prog]}; fi
      o=$P
      case $o in experiment|outdir|name) o=seed ;; esac
      getopt_value "$o"
      mutate_value "$o" "$G"
      setopt "$o" "$NEWV"; EXPECT+=("--$o"); DESC+="--$o $NOTE; " ;;
    structural)
      if [ ${#K[@]} -gt 0 ] && [ $((RANDOM % 10)) -lt 7 ]; then pick "${K[@]}"; else pick ${optlist[$prog]}; fi
      o=$P
      case $o in experiment|outdir|name) o=seed ;; esac
      getopt_value "$o"
      pick repeat repeat-same missing-last missing-mid unknown unknown-case equals single-dash abbreviation stray empty-word double-dash
      case $P in
        repeat) RAW+=("--$o" "$G"); setopt "$o" "$G"; EXPECT+=("--$o")
                # the repeated value differs from the first when we can make it
                [ "$G" = 2 ] && RAW[${#RAW[@]}-1]=3 || RAW[${#RAW[@]}-1]=2
                DESC+="--$o repeated (${RAW[${#RAW[@]}-1]} after $G); " ;;
        repeat-same) RAW+=("--$o" "$G"); EXPECT+=("--$o"); DESC+="--$o repeated with the same value; " ;;
        missing-last) delopt "$o"; RAW+=("--$o"); EXPECT+=("--$o"); DESC+="--$o without a value at the end; " ;;
        missing-mid) delopt "$o"
                     # followed by an option that the vector does not have yet
                     local nxt=seed c
                     for c in ${optlist[$prog]}; do
                       case " ${K[*]} $o experiment outdir name " in *" $c "*) ;; *) nxt=$c; break ;; esac
                     done
                     getopt_value "$nxt"
                     RAW=("--$o" "--$nxt" "$G" "${RAW[@]}"); EXPECT+=("--$o"); DESC+="--$o followed by --$nxt; " ;;
        unknown) pick bogus sizez draw beta "$o-x"; RAW+=("--$P" 1); EXPECT+=("--$P"); DESC+="unknown --$P; " ;;
        unknown-case) local up=${o^^}; RAW+=("--$up" "$G"); EXPECT+=("--$up"); DESC+="--$up (upper case); " ;;
        equals) delopt "$o"; RAW+=("--$o=$G"); EXPECT+=("--$o"); DESC+="--$o=value; " ;;
        single-dash) delopt "$o"; RAW+=("-$o" "$G"); EXPECT+=("-$o"); DESC+="-$o (one dash); " ;;
        abbreviation) delopt "$o"; RAW+=("--${o:0:3}" "$G"); EXPECT+=("--${o:0:3}"); DESC+="--${o:0:3} (abbreviated --$o); " ;;
        stray) pick stray 1 -- -; RAW+=("$P"); EXPECT+=("$P"); DESC+="stray word '$P'; " ;;
        empty-word) RAW+=(""); EXPECT+=(""); DESC+="an empty word; " ;;
        double-dash) RAW+=("--" "--$o" "$G"); EXPECT+=("--"); DESC+="-- then --$o; " ;;
      esac ;;
    name)
      pick "${names[@]}" repeat missing
      case $P in
        repeat) RAW+=(--name other); EXPECT+=(--name); DESC+="--name repeated; " ;;
        missing) NAME=@NONE@; EXPECT+=(--name); DESC+="no --name; " ;;
        *) NAME=$P; EXPECT+=(--name)
           if [ ${#P} -gt 100 ]; then DESC+="--name of ${#P} characters; "; else DESC+="--name $(printf %q "$P"); "; fi ;;
      esac ;;
    outdir)
      pick missing file under-file no-ledger empty repeat absent
      case $P in
        missing) OUT=@RUN@/missing ;; file) OUT=@RUN@/afile ;; under-file) OUT=@RUN@/afile/sub ;;
        no-ledger) OUT=@RUN@/bare ;; empty) OUT="" ;; repeat) RAW+=(--outdir @RUN@/bare) ;;
        absent) OUT=@NONE@ ;;
      esac
      EXPECT+=(--outdir); DESC+="--outdir $P; " ;;
    experiment)
      pick nonsense empty upper repeat other absent
      case $P in
        nonsense) EXP=nonsense ;; empty) EXP="" ;; upper) EXP=${EXP^^} ;;
        # (a second, different experiment would run with arguments made for the first: slow, and no
        # news beyond what the other mutations find)
        repeat) local e2; pick "$EXP" nonsense; e2=$P; RAW+=(--experiment "$e2"); DESC+="(then $e2) " ;;
        other) EXP=cost ;; absent) EXP=@NONE@ ;;
      esac
      EXPECT+=(--experiment); DESC+="--experiment $P; " ;;
  esac
}

total=0
declare -A perprog
write_vector() {   # the vector as words, NUL-separated, and its metadata
  local i words=()
  [ "$EXP" = @NONE@ ] || words+=(--experiment "$EXP")
  [ "$OUT" = @NONE@ ] || words+=(--outdir "$OUT")
  [ "$NAME" = @NONE@ ] || words+=(--name "$NAME")
  for i in "${!K[@]}"; do words+=("--${K[$i]}" "${V[$i]}"); done
  words+=("${RAW[@]}")
  total=$((total + 1))
  printf '%s\0' "${words[@]}" > "$work/vec/$total.args"
  printf '%s\0' "${EXPECT[@]}" > "$work/vec/$total.expect"
  local d=${DESC%; }; d=${d//$'\n'/\\n}; d=${d//$'\t'/\\t}; d=${d//#/%23}
  printf '%s\t%s\t%s\n' "$prog" "$exp0" "${d:-base vector}" > "$work/vec/$total.meta"
}

load_base() {
  K=(); V=(); RAW=(); EXPECT=(); DESC=""; EXP=$exp0; OUT=@RUN@/out; NAME=fz
  local w=(${basevec[$prog/$exp0]}) i
  for ((i = 0; i < ${#w[@]}; i += 2)); do K+=("${w[$i]#--}"); V+=("${w[$((i + 1))]}"); done
}

for prog in "${programs[@]}"; do
  exps=(${experiments[$prog]})
  for exp0 in "${exps[@]}"; do load_base; write_vector; done   # every base vector must run clean
  for ((v = ${#exps[@]}; v < count; v++)); do
    exp0=${exps[$((v % ${#exps[@]}))]}
    load_base
    mutate
    [ $((RANDOM % 7)) = 0 ] && mutate
    write_vector
  done
done

# ---------------------------------------------------------------------------------------------------------
# running: one vector, its outcome in res/N as "category<TAB>detail<TAB>exit status<TAB>first stderr line"
runone() {
  local i=$1 prog exp desc
  IFS=$'\t' read -r prog exp desc < "$work/vec/$i.meta"
  local run=$work/run/$i
  mkdir -p "$run/out/ledger" "$run/out/manifest" "$run/bare"; printf x > "$run/afile"
  local args=() expect=()
  mapfile -d '' args < "$work/vec/$i.args"; mapfile -d '' expect < "$work/vec/$i.expect"
  args=("${args[@]//@RUN@/$run}")
  # (in a subshell, whose own report of a signal is not wanted)
  local t0; t0=$(date +%s%N)
  ( timeout -k 2 "$limit" $prefix "build/bin/$prog" "${args[@]}" > "$run.stdout" 2> "$run.stderr"; exit $? ) 2> /dev/null
  local rc=$? cat="" detail="" ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # the files in the run directory beyond its skeleton
  local extra=() p
  mapfile -d '' extra < <(find "$run" -mindepth 1 ! -path "$run/out" ! -path "$run/out/ledger" ! -path "$run/out/manifest" \
                           ! -path "$run/bare" ! -path "$run/afile" -printf '%P\0' | sort -z)
  [ "$(cat "$run/afile" 2>/dev/null)" = x ] || extra+=("afile (changed)")
  local shown=""; for p in "${extra[@]}"; do shown+="$(printf %q "$p") "; done
  local lines; lines=$(awk 'END { print NR }' "$run.stderr")
  local first; first=$(head -n1 "$run.stderr" | cut -c1-300 | tr '\t\r\v\f' '    ')
  local left=""; [ ${#extra[@]} -gt 0 ] && left="; left ${#extra[@]} files: $shown"
  if [ $rc = 124 ] || [ $rc = 137 ]; then cat=timeout; detail="over $limit s$left"
  elif [ $rc -ge 128 ]; then cat=crash; detail="signal $((rc - 128))$left"
  elif [ $rc = 1 ]; then cat=exit-1; detail=${left#; }
  elif [ $rc = 0 ]; then
    local bad="" f
    # NaN or infinity in a macro value or in the ledger's predicted/measured columns
    while IFS= read -r -d '' f; do
      bad+=$(awk -v f="${f#$run/}" '/^\\newcommand/ { v = $0; sub(/^\\newcommand\{[^}]*\}\{/, "", v); sub(/\}$/, "", v)
               if (tolower(v) ~ /(^|[^a-z\\])(nan|inf|infinity)([^a-z]|$)/) { printf "%s: %s; ", f, $0; exit } }' "$f")
    done < <(find "$run" -name '*.tex' -type f -print0)
    while IFS= read -r -d '' f; do
      bad+=$(awk -F'\t' -v f="${f#$run/}" 'NR > 1 && (tolower($3 " " $4) ~ /(^|[^a-z\\])(nan|inf|infinity)([^a-z]|$)/) { printf "%s: %s %s %s; ", f, $1, $3, $4; exit }' "$f")
    done < <(find "$run" -path '*/ledger/*' -type f -print0)
    local tmps=""; for p in "${extra[@]}"; do case ${p##*/} in *.tmp*) tmps+="$(printf %q "$p") " ;; esac; done
    # a complete file: ends in a newline; a macro file has only comments and one-line macros; a ledger
    # row has six columns ending in pass or fail
    local broken=""
    while IFS= read -r -d '' f; do
      [ -s "$f" ] || { broken+="${f#$run/} empty; "; continue; }
      [ "$(tail -c1 "$f" | od -An -c | tr -d ' ')" = '\n' ] || broken+="${f#$run/} unterminated; "
      case $f in
        *.tex) awk '!/^%/ && !/^\\newcommand\{\\[A-Za-z]+\}\{.*\}$/ { exit 1 }' "$f" || broken+="${f#$run/} malformed; " ;;
        */ledger/*) awk -F'\t' 'NF != 15 || (NR > 1 && $15 !~ /^(pass|fail|xfail|xpass)$/) { exit 1 }' "$f" || broken+="${f#$run/} malformed; " ;;
      esac
    done < <(find "$run" -type f ! -name afile ! -name '*.tmp*' -print0)
    # files outside the output directory (the last --outdir given, or the default)
    local outdir=data j outside
    for ((j = 0; j + 1 < ${#args[@]}; j++)); do [ "${args[$j]}" = --outdir ] && outdir=${args[$((j + 1))]}; done
    outside=""; for p in "${extra[@]}"; do case $p in "${outdir#$run/}"/*) ;; *) outside+="$(printf %q "$p") " ;; esac; done
    if [ -n "$bad" ]; then cat=wrong-acceptance-with-NaN; detail=$bad
    elif [ -n "$tmps" ]; then cat=file-left; detail="temporary files: $tmps"
    elif [ -n "$outside" ]; then cat=file-outside-outdir; detail="outside ${outdir#$run/}: $outside"
    elif [ -n "$broken" ]; then cat=incomplete-file; detail=$broken
    else cat=ok-run; fi
  elif [ $rc = 2 ]; then
    local named="" e
    for e in "${expect[@]}"; do grep -qF -- "$e" "$run.stderr" && named=yes; done
    if [ ${#extra[@]} -gt 0 ]; then cat=file-left; detail=$shown
    elif [ "$lines" != 1 ] || [ -z "$first" ]; then cat=multi-line-error; detail="$lines lines"
    elif [ -z "$named" ]; then cat=option-not-named; detail="wanted ${expect[*]}"
    else cat=ok-refused; fi
  else cat=crash; detail="exit status $rc$left"
  fi
  detail=${detail//$'\n'/ }; detail=${detail//$'\t'/ }
  printf '%s\x1f%s\x1f%s\x1f%s\x1f%s\n' "$cat" "${detail:0:400}" "$rc" "$first" "$ms" > "$work/res/$i"
  chmod -R u+w "$run" 2>/dev/null; rm -rf "$run" "$run.stdout" "$run.stderr"
}
export -f runone
# one thread per run: the runs are already parallel
export OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}
export work limit prefix

start=$(date +%s)
seq 1 "$total" | xargs -P "$jobs" -n 1 bash -c 'runone "$1"' runone
elapsed=$(( $(date +%s) - start ))

# ---------------------------------------------------------------------------------------------------------
# reporting, in the order of generation
declare -A bycat byprog
[ -n "${FUZZ_LOG:-}" ] && : > "$FUZZ_LOG"
for ((i = 1; i <= total; i++)); do
  IFS=$'\t' read -r prog exp desc < "$work/vec/$i.meta"
  IFS=$'\x1f' read -r cat detail rc first ms < "$work/res/$i" || { cat=lost; detail=""; rc=""; first=""; ms=""; }
  bycat[$cat]=$(( ${bycat[$cat]:-0} + 1 ))
  byprog[$prog/$cat]=$(( ${byprog[$prog/$cat]:-0} + 1 ))
  label="$prog $exp: ${desc}: $cat"
  [ -n "$detail" ] && label+=" (${detail//#/%23})"
  check "${label:0:500}" "[ $cat = ok-run ] || [ $cat = ok-refused ]"
  if [ -n "${FUZZ_LOG:-}" ]; then
    words=(); mapfile -d '' words < "$work/vec/$i.args"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$prog" "$exp" "$cat" "$rc" "$desc" "$first" \
      "$(printf '%q ' "${words[@]}")" "$ms" "$detail" >> "$FUZZ_LOG"
  fi
done
categories="ok-run ok-refused crash wrong-acceptance-with-NaN exit-1 multi-line-error option-not-named file-left file-outside-outdir incomplete-file timeout lost"
echo "# $total vectors (seed $seed, $count per program) in ${elapsed} s with $jobs jobs"
for c in $categories; do echo "# $(printf '%-27s %5d' "$c" "${bycat[$c]:-0}")"; done
for prog in "${programs[@]}"; do
  line="# $prog:"
  for c in $categories; do [ "${byprog[$prog/$c]:-0}" = 0 ] || line+=" $c ${byprog[$prog/$c]}"; done
  echo "$line"
done
finish
