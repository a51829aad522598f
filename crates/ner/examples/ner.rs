//! Stand-in for the `chronicle train ner` / `chronicle eval ner` subcommands while developing
//! the crate, plus a speed measurement:
//!
//! ```text
//! cargo run --release -p chronicle-ner --example ner -- train TRAIN DEV OUT [epochs] [seed]
//! cargo run --release -p chronicle-ner --example ner -- eval MODEL FILE [lower|upper] [PREDICTIONS]
//! cargo run --release -p chronicle-ner --example ner -- speed MODEL FILE [repeats]   (JSON line)
//! cargo run --release -p chronicle-ner --example ner -- tag MODEL "one sentence" ["another" ...]
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;

use chronicle_ner::{
    eval_conll_cased, evaluate, read_conll, train, Case, Counts, EntityType, Progress, Tagger,
    TrainOptions,
};

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
            if let Ok(n) = std::env::var("NER_ENSEMBLE") {
                opts.ensemble = n.parse()?;
            }
            if let Ok(p) = std::env::var("NER_PRUNE") {
                opts.prune = p.parse()?;
            }
            let report = train(&opts, &mut |p| {
                if let Progress::Epoch(e) = p {
                    eprintln!(
                        "member {} epoch {}/{}: {} mistakes in {} sentences, dev F1 {:.2} ({:.1}s)",
                        e.member, e.epoch, e.epochs, e.mistakes, e.sentences, e.dev_f1, e.seconds
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
            // Prints one JSON line in the shape bench/ner/spacy_ner.py prints.
            let tagger = Tagger::load(Path::new(arg(1)?))?;
            let docs = read_conll(Path::new(arg(2)?))?;
            let repeats: usize = args.get(3).map_or(Ok(3), |r| r.parse())?;
            let report = evaluate(&tagger, &docs, Case::AsIs, None)?;
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
            let mut best = f64::INFINITY;
            let mut entities = 0;
            for _ in 0..repeats.max(1) {
                let start = Instant::now();
                for doc in &sentences {
                    for labels in tagger.tag_doc(doc) {
                        entities += chronicle_ner::spans(&labels).len();
                    }
                }
                best = best.min(start.elapsed().as_secs_f64());
            }
            let prf = |c: Counts| format!("[{}, {}, {}]", c.precision(), c.recall(), c.f1());
            let per_type: Vec<String> = EntityType::ALL
                .iter()
                .map(|&t| format!("\"{t}\": {}", prf(report.counts(t))))
                .collect();
            println!(
                "{{\"tokens\": {tokens}, \"docs\": {}, \"tokens_per_s\": {}, \"docs_per_s\": {}, \
                 \"overall\": {}, \"per_type\": {{{}}}, \"entities\": {}}}",
                docs.len(),
                tokens as f64 / best,
                docs.len() as f64 / best,
                prf(report.overall),
                per_type.join(", "),
                entities / repeats.max(1)
            );
        }
        "tag" => {
            // Tags whitespace-separated tokens given as one argument per sentence.
            let tagger = Tagger::load(Path::new(arg(1)?))?;
            let doc: Vec<Vec<&str>> = args[2..]
                .iter()
                .map(|s| s.split_whitespace().collect())
                .collect();
            for (tokens, labels) in doc.iter().zip(tagger.tag_doc(&doc)) {
                let line: Vec<String> = tokens
                    .iter()
                    .zip(labels)
                    .map(|(t, l)| {
                        if l == chronicle_ner::Label::O {
                            t.to_string()
                        } else {
                            format!("{t}/{l}")
                        }
                    })
                    .collect();
                println!("{}", line.join(" "));
            }
        }
        other => return Err(format!("unknown command {other:?}; use train, eval or speed").into()),
    }
    Ok(())
}
