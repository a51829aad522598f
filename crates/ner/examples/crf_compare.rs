//! Trains a linear-chain CRF (crfs, L-BFGS) on the perceptron's features and reports dev F1,
//! training time and tagging speed:
//!
//! ```text
//! cargo run --release -p chronicle-ner --features crf-compare --example crf_compare -- \
//!     TRAIN DEV OUT.crfsuite [max_iterations] [c2]
//! ```

use chronicle_ner::crf::compare_crf;
use chronicle_ner::TrainOptions;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: crf_compare TRAIN DEV OUT [max_iterations] [c2]");
        std::process::exit(2);
    }
    let mut opts = TrainOptions::new(
        args[0].clone().into(),
        args[1].clone().into(),
        args[2].clone().into(),
    );
    if let Ok(b) = std::env::var("NER_BITS") {
        opts.hash_bits = b.parse().expect("NER_BITS is a number");
    }
    let iterations = args
        .get(3)
        .map_or(100, |s| s.parse().expect("iterations is a number"));
    let c2 = args
        .get(4)
        .map_or(1.0, |s| s.parse().expect("c2 is a number"));
    match compare_crf(&opts, iterations, c2) {
        Ok(r) => println!(
            "CRF: trained in {:.1}s, {} model bytes, tags {:.0} tokens/s\n{}",
            r.train_seconds, r.model_bytes, r.tokens_per_second, r.dev
        ),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
