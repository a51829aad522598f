#!/usr/bin/env bash
# Store benchmarks.
#  1. `chronicle ingest` on one core into a new SQLite database, extraction included, against
#     `chronicle extract` alone on the same reports (the difference is the store's cost).
#  2. `person` and `search` on a database of 100,000 generated reports
#     (crates/store/benches/store.rs; the database is built once and reused).
#  3. With PG_SERVER set: the ingest of 1. into PostgreSQL, by one process and by two at once
#     (each half of the corpus), and 2. on PostgreSQL.
#
# Usage (from anywhere):  bench/store/run.sh
# Environment:
#   CARGO_TARGET_DIR   where release builds go (default ROOT/target)
#   CHRONICLE_BIN      use this binary instead of building one
#   CORPUS             JSON Lines reports for the ingest run (default the extraction benchmark's
#                      1 MB corpus, bench/extract/corpus/corpus-1mb.jsonl, built if missing)
#   REPEATS            ingest runs; each is printed (default 3)
#   STORE_BENCH_DOCS   size of the generated database (default 100000)
#   PG_SERVER          a PostgreSQL server to measure too, postgres://user@host:port (its
#                      database chronicle_bench_ingest is dropped and made again,
#                      chronicle_bench_queries kept once built)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
REPEATS=${REPEATS:-3}
CORPUS=${CORPUS:-$ROOT/bench/extract/corpus/corpus-1mb.jsonl}

if [ -z "${CHRONICLE_BIN:-}" ]; then
    (cd "$ROOT" && cargo build --release -q -p chronicle)
    CHRONICLE_BIN=$TARGET/release/chronicle
fi
if [ ! -f "$CORPUS" ]; then
    python3 "$ROOT/bench/extract/make_corpus.py" "$ROOT/devset" "$(dirname "$CORPUS")" 1
fi
DOCS=$(wc -l < "$CORPUS")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

one_core() { taskset -c 0 env RAYON_NUM_THREADS=1 "$@"; }
seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }

echo "corpus: $CORPUS ($DOCS reports)"
for i in $(seq "$REPEATS"); do
    t=$(seconds one_core "$CHRONICLE_BIN" extract --jsonl "$CORPUS" --format jsonl)
    printf 'extract only, one core:        %6.2f s  %7.0f reports/s\n' "$t" "$(echo "$DOCS / $t" | bc -l)"
done
for i in $(seq "$REPEATS"); do
    rm -f "$WORK"/ingest.db*
    t=$(seconds one_core "$CHRONICLE_BIN" ingest --db "$WORK/ingest.db" --jsonl "$CORPUS")
    printf 'ingest into SQLite, one core:  %6.2f s  %7.0f reports/s\n' "$t" "$(echo "$DOCS / $t" | bc -l)"
done
t=$(seconds one_core "$CHRONICLE_BIN" ingest --db "$WORK/ingest.db" --jsonl "$CORPUS")
printf 'ingest again (all unchanged):  %6.2f s  %7.0f reports/s\n' "$t" "$(echo "$DOCS / $t" | bc -l)"

(cd "$ROOT" && cargo bench -q -p chronicle-store --bench store)

if [ -n "${PG_SERVER:-}" ]; then
    fresh_pg() {  # fresh_pg NAME: an empty database NAME on the server; prints its URL
        psql -q "$PG_SERVER/postgres" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >&2
        echo "$PG_SERVER/$1"
    }
    for i in $(seq "$REPEATS"); do
        db=$(fresh_pg chronicle_bench_ingest)
        t=$(seconds one_core "$CHRONICLE_BIN" ingest --db "$db" --jsonl "$CORPUS")
        printf 'ingest into PostgreSQL, one process:   %6.2f s  %7.0f reports/s\n' "$t" "$(echo "$DOCS / $t" | bc -l)"
    done
    half=$(( (DOCS + 1) / 2 ))
    head -n "$half" "$CORPUS" > "$WORK/half1.jsonl"
    tail -n +"$((half + 1))" "$CORPUS" > "$WORK/half2.jsonl"
    for i in $(seq "$REPEATS"); do
        db=$(fresh_pg chronicle_bench_ingest)
        "$CHRONICLE_BIN" stats --db "$db" > /dev/null  # the schema, before both start
        s=$(date +%s.%N)
        taskset -c 0 env RAYON_NUM_THREADS=1 "$CHRONICLE_BIN" ingest --db "$db" --jsonl "$WORK/half1.jsonl" &
        taskset -c 1 env RAYON_NUM_THREADS=1 "$CHRONICLE_BIN" ingest --db "$db" --jsonl "$WORK/half2.jsonl" &
        wait
        e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc)
        printf 'ingest into PostgreSQL, two processes: %6.2f s  %7.0f reports/s\n' "$t" "$(echo "$DOCS / $t" | bc -l)"
    done
    # The generated database is kept between runs (building it takes a while).
    if ! psql -tA "$PG_SERVER/postgres" -c "SELECT 1 FROM pg_database WHERE datname = 'chronicle_bench_queries'" | grep -q 1; then
        psql -q "$PG_SERVER/postgres" -c "CREATE DATABASE chronicle_bench_queries"
    fi
    (cd "$ROOT" && STORE_BENCH_DB="$PG_SERVER/chronicle_bench_queries" cargo bench -q -p chronicle-store --bench store)
fi
