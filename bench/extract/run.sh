#!/usr/bin/env bash
# Extraction throughput and peak memory of `chronicle extract`, on one core and on all cores.
#
# Usage (from anywhere):  bench/extract/run.sh
# Environment:
#   CARGO_TARGET_DIR  where the release binary is built (as cargo reads it; default ROOT/target)
#   CHRONICLE_BIN     use this binary instead of building one
#   BENCH_REV         build this git revision (e.g. HEAD) from a clean export instead of the
#                     working tree, which others may be editing
#   CORPUS_DIR        where the corpora are written (default bench/extract/corpus, gitignored)
#   SIZES             corpus sizes in MB of report text (default "1 10 40")
#   REPEATS           runs per measurement; the median wall/CPU time and the largest RSS are shown
#                     (default 3)
#   NICE              run at this niceness, e.g. -10 (as root), so that other jobs on a shared
#                     machine disturb the numbers less; sets the session's autogroup niceness
#                     when autogroup scheduling is on, and restores it at exit (default 0)
#
# The corpora are built once (make_corpus.py, deterministic) from devset/*.txt: copy 0 of the
# reports verbatim, then copies with renamed people and cities and shifted years, until the
# report text reaches SIZE * 10^6 bytes. Every run is
#   chronicle extract --jsonl CORPUS --format jsonl > /dev/null
# one core:  taskset -c 0 env RAYON_NUM_THREADS=1 ...     all cores: env RAYON_NUM_THREADS=$(nproc) ...
# timed by GNU time (/usr/bin/time -f '%e %U %S %M': wall s, user s, system s, peak RSS KiB).
# MB/s = report text bytes / 10^6 / wall seconds (JSON framing not counted); tokens as counted
# by make_corpus.py (runs of \w, plus each other non-space character).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CORPUS_DIR=${CORPUS_DIR:-$HERE/corpus}
SIZES=${SIZES:-1 10 40}
REPEATS=${REPEATS:-3}
NICE=${NICE:-0}
CORES=$(nproc)

command -v /usr/bin/time >/dev/null || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
command -v taskset >/dev/null || { echo "needs taskset (apt-get install util-linux)" >&2; exit 1; }

built="a binary given in CHRONICLE_BIN"
if [ -z "${CHRONICLE_BIN:-}" ]; then
  SRC=$ROOT
  built="the working tree at $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- crates data Cargo.toml Cargo.lock || echo ' with uncommitted changes')"
  if [ -n "${BENCH_REV:-}" ]; then
    # Build a committed revision, untouched by edits in progress in the working tree.
    rev=$(git -C "$ROOT" rev-parse --short "$BENCH_REV")
    SRC=${TMPDIR:-/tmp}/chronicle-bench-src/$rev
    if [ ! -f "$SRC/Cargo.toml" ]; then
      mkdir -p "$SRC"
      git -C "$ROOT" archive "$rev" | tar -x -C "$SRC"
    fi
    built="commit $rev"
  fi
  (cd "$SRC" && cargo build -q --release -p chronicle)
  CHRONICLE_BIN=${CARGO_TARGET_DIR:-$SRC/target}/release/chronicle
fi
[ -x "$CHRONICLE_BIN" ] || { echo "no chronicle binary at $CHRONICLE_BIN; build it or set CHRONICLE_BIN" >&2; exit 1; }

# The corpora are rebuilt when missing, or when the reports or the builder have changed.
fingerprint=$(cd "$ROOT" && cat devset/*.txt devset/*.json "$HERE/make_corpus.py" | sha256sum | cut -c1-16)
missing=()
for n in $SIZES; do
  [ -f "$CORPUS_DIR/corpus-${n}mb.jsonl" ] && [ -f "$CORPUS_DIR/corpus-${n}mb.stats.json" ] || missing+=("$n")
done
if [ "$(cat "$CORPUS_DIR/FINGERPRINT" 2>/dev/null)" != "$fingerprint" ]; then
  rm -f "$CORPUS_DIR"/corpus-*mb.jsonl "$CORPUS_DIR"/corpus-*mb.stats.json
  # shellcheck disable=SC2206
  missing=($SIZES)
fi
if [ ${#missing[@]} -gt 0 ]; then
  # Build all sizes together so the smaller corpora are prefixes of the larger.
  # shellcheck disable=SC2086
  python3 "$HERE/make_corpus.py" "$ROOT/devset" "$CORPUS_DIR" $SIZES
  echo "$fingerprint" > "$CORPUS_DIR/FINGERPRINT"
fi

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# Priority. With autogroup scheduling (the Linux default for desktop and many VMs) CPU time is
# shared between sessions first, so a plain `nice` only reorders our own processes: the session's
# autogroup niceness is what counts. It is put back when the script exits.
if [ "$NICE" -ne 0 ]; then
  if [ "$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null)" = 1 ]; then
    old_nice=$(awk '{print $NF}' /proc/$$/autogroup)
    echo "$NICE" > /proc/$$/autogroup || { echo "cannot set the autogroup niceness to $NICE (needs root)" >&2; exit 1; }
    trap 'echo "$old_nice" > /proc/$$/autogroup; rm -rf "$OUT"' EXIT
  else
    renice -n "$NICE" -p $$ >/dev/null || { echo "cannot renice to $NICE (needs root)" >&2; exit 1; }
  fi
fi

# Sanity: every document of the smallest corpus yields one record.
smallest=$(printf '%s\n' $SIZES | sort -n | head -1)
docs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["docs"])' "$CORPUS_DIR/corpus-${smallest}mb.stats.json")
records=$("$CHRONICLE_BIN" extract --jsonl "$CORPUS_DIR/corpus-${smallest}mb.jsonl" --format jsonl | wc -l)
[ "$records" -eq "$docs" ] || { echo "expected $docs records from corpus-${smallest}mb, got $records" >&2; exit 1; }

# One document: the fixed cost of starting (loading lexicons, gazetteer and NER model).
head -1 "$CORPUS_DIR/corpus-${smallest}mb.jsonl" > "$OUT/one.jsonl"

run() { # LABEL SIZE CORES JSONL
  local label=$1 size=$2 cores=$3 jsonl=$4 pin=()
  [ "$cores" -eq 1 ] && pin=(taskset -c 0)
  for ((i = 0; i < REPEATS; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/t" \
      "${pin[@]}" env RAYON_NUM_THREADS="$cores" \
      "$CHRONICLE_BIN" extract --jsonl "$jsonl" --format jsonl > /dev/null
    echo "$label $size $cores $(cat "$OUT/t")" >> "$OUT/runs"
  done
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for cores in 1 "$CORES"; do
  run start 0 "$cores" "$OUT/one.jsonl"
  for n in $SIZES; do
    echo "measuring corpus-${n}mb on $cores core(s)..." >&2
    run corpus "$n" "$cores" "$CORPUS_DIR/corpus-${n}mb.jsonl"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "- binary: $CHRONICLE_BIN, built $(date -u -r "$CHRONICLE_BIN" '+%Y-%m-%d %H:%M UTC') from $built"
echo "- measured $(date -u '+%Y-%m-%d %H:%M UTC'), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $CORES cores, niceness $NICE, load average ${load_before} before / ${load_after} after"
echo
python3 - "$OUT/runs" "$CORPUS_DIR" <<'EOF'
import json, statistics, sys
runs, corpus_dir = sys.argv[1], sys.argv[2]
groups = {}
for line in open(runs):
    label, size, cores, wall, user, sys_, rss = line.split()
    groups.setdefault((label, int(size), int(cores)), []).append(
        (float(wall), float(user) + float(sys_), int(rss)))
print("| corpus | docs | text MB | tokens | cores | wall s | MB/s | tokens/s | CPU s | CPU/wall | MB per CPU-s | peak RSS MiB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for (label, size, cores), rows in sorted(groups.items(), key=lambda g: (g[0][2], g[0][0] != "start", g[0][1])):
    wall = statistics.median(r[0] for r in rows)
    cpu = statistics.median(r[1] for r in rows)
    rss = max(r[2] for r in rows) / 1024
    if label == "start":
        print(f"| 1 document (start-up) | 1 | | | {cores} | {wall:.2f} | | | {cpu:.2f} | {cpu / wall:.2f} | | {rss:.1f} |")
        continue
    st = json.load(open(f"{corpus_dir}/corpus-{size}mb.stats.json"))
    mb = st["bytes"] / 1e6
    print(f"| corpus-{size}mb | {st['docs']} | {mb:.1f} | {st['tokens']:,} | {cores} | {wall:.2f} | "
          f"{mb / wall:.2f} | {st['tokens'] / wall:,.0f} | {cpu:.2f} | {cpu / wall:.2f} | {mb / cpu:.2f} | {rss:.1f} |")
print()
print(f"Median of {len(next(iter(groups.values())))} runs; peak RSS is the largest of them. "
      "MB = 10^6 bytes of report text; CPU s = user + system; CPU/wall = cores kept busy on average.")
EOF
