#!/usr/bin/env bash
# Instructions `chronicle extract` executes on a corpus, counted by valgrind (callgrind's Ir):
# a measure of CPU work that does not swing with the host's load the way seconds do, for
# comparing two builds whose difference is a few per cent.
#
# Usage:  bench/extract/instructions.sh BINARY [BINARY ...]
# Environment: CORPUS (default bench/extract/corpus/corpus-1mb.jsonl; run.sh builds it);
#              PROFILE_DIR: also keep each run's callgrind.out there, for callgrind_annotate.
# Prints, per binary, the instructions of start-up alone (one document), of the whole corpus,
# and of the corpus after start-up. About 30 s a binary for the 1 MB corpus (valgrind runs
# the program some 50 times slower). Instructions are not time: cache misses cost time
# and no instructions, so confirm a change in seconds too (run.sh, alternating builds).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS=${CORPUS:-$HERE/corpus/corpus-1mb.jsonl}
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
[ $# -ge 1 ] || { echo "usage: $0 BINARY [BINARY ...]" >&2; exit 1; }
[ -f "$CORPUS" ] || { echo "no $CORPUS; run bench/extract/run.sh first" >&2; exit 1; }

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
head -1 "$CORPUS" > "$OUT/one.jsonl"

count() { # BINARY JSONL OUTFILE -> instructions
  valgrind --tool=callgrind --callgrind-out-file="$3" "$1" extract --jsonl "$2" --format jsonl \
    2>"$OUT/log" >/dev/null
  grep -o 'Collected : [0-9]*' "$OUT/log" | grep -o '[0-9]*$'
}

echo "| binary | start-up | corpus | corpus after start-up |"
echo "|---|---:|---:|---:|"
for bin in "$@"; do
  [ -x "$bin" ] || { echo "no binary at $bin" >&2; exit 1; }
  keep=${PROFILE_DIR:+$PROFILE_DIR/callgrind.$(basename "$bin").out}
  one=$(count "$bin" "$OUT/one.jsonl" "$OUT/one.out")
  all=$(count "$bin" "$CORPUS" "${keep:-$OUT/all.out}")
  printf '| %s | %d | %d | %d |\n' "$bin" "$one" "$all" $((all - one))
done
