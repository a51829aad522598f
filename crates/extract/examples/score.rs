//! Scores the extractor on a folder of answers without building the `chronicle` binary:
//! `cargo run -p chronicle-extract --example score -- devset [-v]`. The binary's
//! `chronicle eval` does the same for users.

use chronicle_eval::{render_text, score_document};
use chronicle_extract::{Extractor, Input, NaiveDate};
use chronicle_gazetteer::Gazetteer;
use chronicle_record::GoldFile;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().map(String::as_str).unwrap_or("devset");
    let verbose = args.iter().any(|a| a == "-v");
    let extractor = Extractor::new();
    let gaz = Gazetteer::embedded();
    let place_ids =
        |name: &str| -> Vec<u64> { gaz.candidates(name).iter().map(|p| p.id).collect() };
    let mut golds: Vec<_> = std::fs::read_dir(dir)
        .expect("a folder of NAME.gold.json answers")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    let scores: Vec<_> = golds
        .iter()
        .map(|path| {
            let gold: GoldFile =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let name = path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".gold.json", "");
            let input = Input {
                text: std::fs::read_to_string(path.with_file_name(format!("{name}.txt"))).unwrap(),
                source: None,
                title: None,
                published: gold
                    .published
                    .as_deref()
                    .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok()),
            };
            let mut s = score_document(&extractor.extract(&input), &gold, &place_ids);
            s.document = name;
            s
        })
        .collect();
    print!("{}", render_text(&scores, verbose));
}
