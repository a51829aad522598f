//! Stores already-extracted reports, timing the store alone (no extraction), and prints
//! what was stored: for measuring ingest and checking that a change to linking keeps its
//! results.
//!
//! ```sh
//! chronicle extract --jsonl CORPUS.jsonl --format jsonl > RECORDS.jsonl
//! cargo run --release -p chronicle-store --example ingest_records -- CORPUS.jsonl RECORDS.jsonl DB
//! ```
//! CORPUS.jsonl has one `{"text": ...}` a line, RECORDS.jsonl the `chronicle/1` record of
//! each line, in the same order; DB is a SQLite file or a postgres:// URL.

use std::io::BufRead;
use std::time::Instant;

use chronicle_record::Record;
use chronicle_store::{IngestReport, NewDocument, Store};

/// Documents a transaction, as `chronicle ingest` does.
const BATCH: usize = 256;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [corpus, records, db] = args.as_slice() else {
        return Err("usage: ingest_records CORPUS.jsonl RECORDS.jsonl DB".into());
    };
    let texts = lines(corpus)?
        .into_iter()
        .map(|l| -> Result<String, Box<dyn std::error::Error>> {
            let v: serde_json::Value = serde_json::from_str(&l)?;
            Ok(v["text"]
                .as_str()
                .ok_or("a corpus line without text")?
                .to_string())
        })
        .collect::<Result<Vec<_>, _>>()?;
    let records = lines(records)?
        .iter()
        .map(|l| serde_json::from_str::<Record>(l))
        .collect::<Result<Vec<_>, _>>()?;
    if texts.len() != records.len() {
        return Err(format!("{} texts but {} records", texts.len(), records.len()).into());
    }
    let store = Store::open(db)?;
    let started = Instant::now();
    let mut total = IngestReport::default();
    let docs: Vec<NewDocument<'_>> = texts
        .iter()
        .zip(&records)
        .map(|(text, record)| NewDocument {
            text,
            record,
            engine: "ingest_records",
        })
        .collect();
    for batch in docs.chunks(BATCH) {
        total.add(&store.ingest(batch)?);
    }
    let secs = started.elapsed().as_secs_f64();
    store.close();
    eprintln!(
        "{} documents in {secs:.2} s ({:.0}/s)",
        docs.len(),
        docs.len() as f64 / secs
    );
    println!("{}", serde_json::to_string(&total)?);
    Ok(())
}

fn lines(path: &str) -> std::io::Result<Vec<String>> {
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    file.lines().collect()
}
