#!/usr/bin/env bash
# Profiles `chronicle extract` on one core with perf and prints its hot spots three ways:
# our functions with allocator and hashing time charged to them (perf_attribute.py), the flat
# self-time profile, and the inclusive (children) profile of our functions.
#
# Usage:  bench/extract/profile.sh [CORPUS_MB]        (default 10; run.sh builds the corpora)
# Environment: CARGO_TARGET_DIR or CHRONICLE_BIN as for run.sh; CORPUS_DIR; TOP (default 30).
# Needs perf (apt-get install linux-perf) and a binary with symbols (the workspace's release
# profile has debug = 1). The default DWARF stack copy (8 KiB) is deliberate: with larger copies
# perf on this machine lost the call stacks of a quarter of the samples (those in libc).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CORPUS_DIR=${CORPUS_DIR:-$HERE/corpus}
MB=${1:-10}
TOP=${TOP:-30}
CORPUS=$CORPUS_DIR/corpus-${MB}mb.jsonl

command -v perf >/dev/null || { echo "needs perf (apt-get install linux-perf)" >&2; exit 1; }
[ -f "$CORPUS" ] || { echo "no $CORPUS; run bench/extract/run.sh first (or SIZES=$MB bench/extract/run.sh)" >&2; exit 1; }
if [ -z "${CHRONICLE_BIN:-}" ]; then
  (cd "$ROOT" && cargo build -q --release -p chronicle)
  CHRONICLE_BIN=${CARGO_TARGET_DIR:-$ROOT/target}/release/chronicle
fi

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

RAYON_NUM_THREADS=1 perf record -q -F 999 --call-graph dwarf -o "$OUT/perf.data" \
  taskset -c 0 "$CHRONICLE_BIN" extract --jsonl "$CORPUS" --format jsonl > /dev/null
perf script -F comm,tid,ip,sym --no-inline -i "$OUT/perf.data" 2>/dev/null > "$OUT/stacks"

# The reports below are cut short with head; a closed pipe there is not a failure.
set +o pipefail
echo "== charged to our functions (self time plus the allocator/hashing/libc time they cause)"
python3 "$HERE/perf_attribute.py" "$TOP" < "$OUT/stacks"
echo
echo "== flat self time"
perf report -i "$OUT/perf.data" --no-children -g none --sort symbol --stdio 2>/dev/null \
  | grep -v '^#' | grep -v '^$' | sed -E 's/ +- +- *$//' | head -"$TOP"
echo
echo "== inclusive time of our functions"
perf report -i "$OUT/perf.data" --children --sort symbol --stdio --no-call-graph 2>/dev/null \
  | grep -v '^#' | grep 'chronicle' | grep -v -e '(inlined)' -e 'rayon' -e '{{closure}}' \
  | sed -E 's/ +- +- *$//' | head -"$TOP"
