//! Stand-in for the `chronicle train ner` / `chronicle eval ner` subcommands while developing
//! the crate, plus a speed measurement:
//!
//! ```text
//! cargo run --release -p chronicle-ner --example ner -- train TRAIN DEV OUT [epochs] [seed]
//! cargo run --release -p chronicle-ner --example ner -- eval MODEL FILE [lower|upper] [PREDICTIONS]
//! cargo run --release -p chronicle-ner --example ner -- speed MODEL FILE [repeats]
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;

use chronicle_ner::{eval_conll_cased, read_conll, train, Case, Progress, Tagger, TrainOptions};

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| -> Result<&str, String> {
        args.get(i)
            .map(String::as_str)
            .ok_or_else(|| "missing argument; see the header of examples/ner.rs".to_string())
    };
    match arg(0)? {
        "train" => {
            let mut opts = TrainOptions::new(arg(1)?.into(), arg(2)?.into(), arg(3)?.into());
            if let Some(e) = args.get(4) {
                opts.epochs = e.parse()?;
            }
            if let Some(s) = args.get(5) {
                opts.seed = s.parse()?;
            }
            if let Ok(b) = std::env::var("NER_BITS") {
                opts.hash_bits = b.parse()?;
            }
            if let Ok(c) = std::env::var("NER_CASE") {
                opts.case_copies = c.parse()?;
            }
            if let Ok(p) = std::env::var("NER_PRUNE") {
                opts.prune = p.parse()?;
            }
            let report = train(&opts, &mut |p| {
                if let Progress::Epoch(e) = p {
                    eprintln!(
                        "epoch {}/{}: {} mistakes in {} sentences, dev F1 {:.2} ({:.1}s)",
                        e.epoch, e.epochs, e.mistakes, e.sentences, e.dev_f1, e.seconds
                    );
                }
            })?;
            println!(
                "best epoch {}, {} bytes, {} rows, {:.1}s\n{}",
                report.best_epoch,
                report.model_bytes,
                report.feature_rows,
                report.seconds,
                report.dev
            );
        }
        "eval" => {
            let tagger = Tagger::load(Path::new(arg(1)?))?;
            let case = match args.get(3).map(String::as_str) {
                Some("lower") => Case::Lower,
                Some("upper") => Case::Upper,
                _ => Case::AsIs,
            };
            let preds = args.get(4).map(PathBuf::from);
            let report = eval_conll_cased(&tagger, Path::new(arg(2)?), preds.as_deref(), case)?;
            print!("{report}");
        }
        "speed" => {
            let tagger = Tagger::load(Path::new(arg(1)?))?;
            let docs = read_conll(Path::new(arg(2)?))?;
            let repeats: usize = args.get(3).map_or(Ok(3), |r| r.parse())?;
            let sentences: Vec<Vec<Vec<&str>>> = docs
                .iter()
                .map(|d| {
                    d.sentences
                        .iter()
                        .map(|s| s.words.iter().map(String::as_str).collect())
                        .collect()
                })
                .collect();
            let tokens: usize = docs
                .iter()
                .flat_map(|d| &d.sentences)
                .map(|s| s.words.len())
                .sum();
            let start = Instant::now();
            let mut entities = 0;
            for _ in 0..repeats {
                for doc in &sentences {
                    for labels in tagger.tag_doc(doc) {
                        entities += chronicle_ner::spans(&labels).len();
                    }
                }
            }
            let secs = start.elapsed().as_secs_f64();
            println!(
                "{} tokens x {repeats} in {secs:.2}s: {:.0} tokens/s, {:.0} docs/s ({entities} entities)",
                tokens,
                (tokens * repeats) as f64 / secs,
                (docs.len() * repeats) as f64 / secs
            );
        }
        other => return Err(format!("unknown command {other:?}; use train, eval or speed").into()),
    }
    Ok(())
}
