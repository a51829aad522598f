//! Measures how fast `find_dates` plus resolution runs, in MB/s.
//!
//! `cargo run --release -p chronicle-dates --example throughput -- FILE...` repeats the files'
//! text to about 50 MB and reports the rate.

use std::time::Instant;

use chronicle_dates::{find_dates, Resolver};

fn main() {
    let mut sample = String::new();
    for path in std::env::args().skip(1) {
        match std::fs::read_to_string(&path) {
            Ok(t) => {
                sample.push_str(&t);
                sample.push_str("\n\n");
            }
            Err(e) => eprintln!("skipping {path}: {e}"),
        }
    }
    if sample.is_empty() {
        eprintln!("usage: throughput FILE... (news texts to repeat)");
        std::process::exit(2);
    }
    let docs = (50_000_000 / sample.len()).max(1);
    let published = chrono::NaiveDate::from_ymd_opt(2024, 1, 10);
    let started = Instant::now();
    let mut mentions = 0usize;
    for _ in 0..docs {
        let found = find_dates(&sample);
        let resolver = Resolver::new(published, &found);
        mentions += found
            .iter()
            .filter(|m| resolver.resolve(m).value.is_some())
            .count();
    }
    let seconds = started.elapsed().as_secs_f64();
    let mb = (docs * sample.len()) as f64 / 1e6;
    println!(
        "{mb:.1} MB in {seconds:.2} s: {:.1} MB/s ({mentions} resolved mentions)",
        mb / seconds
    );
}
