#!/usr/bin/env bash
# Measures sitrep on the labelled dev data with the shared scorer and prints one markdown table.
#   scripts/eval.sh            (from any directory; the data is read from ../shared or $SITREP_SHARED)
# Each input is extracted once; the tune and holdout figures score that same output against the
# rows scripts/dev-split.mjs assigns to each part. Everything written goes to a temp dir.
# Set SITREP_EVAL_KEEP=1 to keep the temp dir (its path is printed), SITREP_EVAL_SKIP_BUILD=1
# to use the existing build, and SITREP_EVAL_SOURCE=1 to run from the TypeScript sources (no build;
# safe while someone else rebuilds dist/). SITREP_EVAL_ONLY="case2021 fakes gwn geovirus" picks sets.
set -uo pipefail

case "${1:-}" in
  "") ;;
  -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "eval.sh: takes no arguments (see --help)" >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SHARED="${SITREP_SHARED:-$ROOT/../shared}"
SCORE="$SHARED/eval/score.py"
DEV="$SHARED/eval/dev"

die() { echo "eval.sh: $*" >&2; exit 2; }
[ -f "$SCORE" ] || die "no scorer at $SCORE (set SITREP_SHARED to the shared data folder)"
[ -d "$DEV" ] || die "no dev data at $DEV"
command -v python3 >/dev/null || die "python3 is needed to run the scorer"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/sitrep-eval.XXXXXX")"
if [ "${SITREP_EVAL_KEEP:-}" = 1 ]; then echo "eval.sh: outputs kept in $TMP" >&2; else trap 'rm -rf "$TMP"' EXIT; fi

ONLY=" ${SITREP_EVAL_ONLY:-case2021 fakes gwn geovirus} "
wanted() { [[ "$ONLY" == *" $1 "* ]]; }

if [ "${SITREP_EVAL_SOURCE:-}" = 1 ]; then
  SITREP=(node --import tsx src/cli/dev.ts)
elif [ "${SITREP_EVAL_SKIP_BUILD:-}" != 1 ]; then
  # tsc still emits when some file has a type error; measure that build, but say so.
  if ! npm run build >"$TMP/build.log" 2>&1; then
    echo "eval.sh: WARNING: npm run build reported errors; measuring what was emitted:" >&2
    grep -E "error TS" "$TMP/build.log" | head -n 10 >&2
  fi
fi
[ "${SITREP_EVAL_SOURCE:-}" = 1 ] || [ -f dist/cli/main.js ] || die "no build in dist/ (npm run build emitted nothing)"
[ "${SITREP_EVAL_SOURCE:-}" = 1 ] || SITREP=(node bin/sitrep.js)

# One results file, one JSON object per line: {"group", "part", "command", "summary"|"error"}.
RESULTS="$TMP/results.jsonl"
: >"$RESULTS"

record() { # group part command json-file-or-empty error-text
  python3 - "$@" >>"$RESULTS" <<'PY'
import json, sys
group, part, command, path, error = sys.argv[1:6]
row = {"group": group, "part": part, "command": command}
try:
    row["summary"] = json.load(open(path)) if path else None
except (OSError, ValueError) as e:
    row["summary"], error = None, error or f"unreadable scorer output ({e})"
if error:
    row["error"] = error
print(json.dumps(row))
PY
}

# extract NAME GOLD [--spans]: strip the gold, run sitrep extract; prints the prediction path.
extract() {
  local name="$1" gold="$2" spans="${3:-}"
  local in="$TMP/$name.in.jsonl" out="$TMP/$name.pred.jsonl" err="$TMP/$name.extract.err"
  python3 "$SCORE" strip "$gold" $spans >"$in" || return 1
  local start end
  start=$(date +%s.%N)
  "${SITREP[@]}" extract "$in" >"$out" 2>"$err"
  local rc=$?
  end=$(date +%s.%N)
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$end" >"$TMP/$name.seconds"
  # Exit 1 means some inputs failed but the rest were extracted: still scored, the count shows it.
  if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    echo "exit $rc: $(tail -n 3 "$err" | tr '\n' ' ')" >"$TMP/$name.failed"
  fi
  echo "$out"
}

# score GROUP PART TASK GOLD PRED NAME
score() {
  local group="$1" part="$2" task="$3" gold="$4" pred="$5" name="$6"
  local cmd="python3 \$SHARED/eval/score.py $task ${gold/#$TMP\//\$TMP/} ${pred/#$TMP\//\$TMP/} --json"
  cmd="${cmd//$SHARED/\$SHARED}"
  if [ -f "$TMP/$name.failed" ]; then
    record "$group" "$part" "$cmd" "" "sitrep extract failed: $(cat "$TMP/$name.failed")"
    return
  fi
  local out="$TMP/$group.$part.score.json"
  out="${out// /_}"
  if python3 "$SCORE" "$task" "$gold" "$pred" --json >"$out" 2>"$out.err"; then
    record "$group" "$part" "$cmd" "$out" ""
  else
    record "$group" "$part" "$cmd" "" "scorer failed: $(tail -n 2 "$out.err" | tr '\n' ' ')"
  fi
}

# split GOLD PART: the gold rows of one part of the deterministic dev split.
split() {
  local gold="$1" part="$2" out="$TMP/$(basename "$1" .jsonl).$2.gold.jsonl"
  node scripts/dev-split.mjs "$gold" "$part" >"$out" || return 1
  echo "$out"
}

# Event snippets and articles: all, tune, holdout.
for spec in "case2021.dev events" "fakes.dev articles"; do
  set -- $spec
  data="$1" task="$2" gold="$DEV/$1.jsonl"
  wanted "${data%%.*}" || continue
  [ -f "$gold" ] || { record "$data $task" all "" "" "missing $gold"; continue; }
  pred=$(extract "$data" "$gold")
  score "$data $task" all "$task" "$gold" "$pred" "$data"
  for part in tune holdout; do
    pgold=$(split "$gold" "$part") || { record "$data $task" "$part" "" "" "dev-split failed"; continue; }
    score "$data $task" "$part" "$task" "$pgold" "$pred" "$data"
  done
done

# Toponyms: found and resolved by sitrep, and resolution alone with the gold spans given.
for data in gwn geovirus; do
  wanted "$data" || continue
  gold="$DEV/$data.jsonl"
  [ -f "$gold" ] || { record "$data toponyms" all "" "" "missing $gold"; continue; }
  pred=$(extract "$data" "$gold")
  score "$data toponyms" "all" toponyms "$gold" "$pred" "$data"
  pred=$(extract "$data.spans" "$gold" --spans)
  score "$data toponyms" "spans given" toponyms "$gold" "$pred" "$data.spans"
done

python3 - "$RESULTS" "$TMP" <<'PY'
import glob, json, os, sys

results_path, tmp = sys.argv[1:3]
rows = [json.loads(l) for l in open(results_path) if l.strip()]

# Groups keep their order; within a group the parts become columns.
groups, parts = {}, {}
for r in rows:
    groups.setdefault(r["group"], []).append(r)
    parts.setdefault(r["group"], []).append(r["part"])

# The headline figures first, in a fixed order; any other numeric key follows.
ORDER = ["sub_event_weighted_f1", "sub_event_macro_f1", "sub_event_accuracy", "event_type_accuracy",
         "non_event_rejected", "fatalities_exact", "fatalities_exact_nonzero", "location_within_10km",
         "location_within_50km", "admin1_match", "country_match", "location_missing", "median_km",
         "actor1_match", "location_main_event", "location_any_event", "casualties_exact",
         "casualties_within_20pct", "accuracy_161km", "accuracy_161km_of_found", "span_found", "resolved",
         "predicted_on_gold_span", "predicted_places"]
COUNTS = {"rows", "typed_rows", "non_event_rows", "fatality_rows", "fatality_rows_nonzero", "location_rows",
          "actor_rows", "articles", "casualty_rows", "toponyms", "missing_predictions"}

def fmt(v):
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3f}" if v <= 1 else f"{v:.1f}"
    return str(v)

print("| data | metric | " + " | ".join(["all", "tune", "holdout", "spans given"]) + " |")
print("|---|---|---:|---:|---:|---:|")
columns = ["all", "tune", "holdout", "spans given"]
commands = []
for group, runs in groups.items():
    by_part = {r["part"]: r for r in runs}
    errors = [f"{r['part']}: {r['error']}" for r in runs if r.get("error")]
    keys = []
    for r in runs:
        for k, v in (r.get("summary") or {}).items():
            if k not in keys and isinstance(v, (int, float)) and not isinstance(v, bool):
                keys.append(k)
    figures = [k for k in ORDER if k in keys] + [k for k in keys if k not in ORDER and k not in COUNTS]
    counts = [k for k in keys if k in COUNTS]
    for k in figures:
        cells = [fmt((by_part[c].get("summary") or {}).get(k)) if c in by_part and by_part[c].get("summary") else "" for c in columns]
        print(f"| {group} | {k} | " + " | ".join(cells) + " |")
    if counts:
        cells = []
        for c in columns:
            s = (by_part.get(c) or {}).get("summary")
            cells.append(", ".join(f"{k}={s[k]}" for k in counts if k in s) if s else "")
        print(f"| {group} | rows scored | " + " | ".join(cells) + " |")
    for e in errors:
        print(f"| {group} | ERROR | {e} | | | |")
    for r in runs:
        if r.get("command"):
            commands.append(f"- {group} · {r['part']}: `{r['command']}`")

missing = [(g, r["part"], r["summary"]["missing_predictions"]) for g, runs in groups.items() for r in runs
           if (r.get("summary") or {}).get("missing_predictions")]
if missing:
    print()
    for g, part, n in missing:
        print(f"WARNING: {g} · {part}: {n} rows got no prediction line from sitrep extract (scored as empty).")
print()
print("Seconds spent in `sitrep extract`: " + ", ".join(
    f"{os.path.basename(p)[:-len('.seconds')]} {open(p).read().strip()}" for p in sorted(glob.glob(os.path.join(tmp, "*.seconds")))))
print()
print("Commands ($TMP is the temp dir; inputs made with `score.py strip GOLD [--spans]`, predictions with")
print("`node bin/sitrep.js extract $TMP/NAME.in.jsonl`, tune/holdout gold with `node scripts/dev-split.mjs GOLD tune|holdout`):")
for c in commands:
    print(c)
PY
