//! `chronicle eval GOLD_DIR [PRED_DIR]`: the contract's scoring; `chronicle eval ner`: the tagger's.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chronicle_eval::{render_text, score_document, DocumentScore, Totals};
use chronicle_extract::Extractor;
use chronicle_gazetteer::Gazetteer;
use chronicle_record::{GoldFile, Record};
use clap::{Args as ClapArgs, Subcommand};
use rayon::prelude::*;

use super::Outcome;
use crate::input::{self, ReadOptions, Source};

#[derive(Debug, ClapArgs)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    sub: Option<EvalSub>,
    /// Folder of NAME.gold.json answers (with NAME.txt and NAME.meta.json beside them).
    gold_dir: Option<PathBuf>,
    /// Folder of NAME.json predictions; without it the reports beside the answers are extracted.
    pred_dir: Option<PathBuf>,
    /// List misses, extras and wrong fields per document.
    #[arg(short, long)]
    verbose: bool,
    /// Print the totals as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum EvalSub {
    /// Score the named-entity tagger on a CoNLL-2003 file.
    Ner(super::ner::EvalNerArgs),
}

pub fn run(args: Args) -> Outcome {
    if let Some(EvalSub::Ner(a)) = args.sub {
        return super::ner::eval(a);
    }
    let Some(gold_dir) = args.gold_dir else {
        return Err("give the folder of gold answers: chronicle eval GOLD_DIR [PRED_DIR]".into());
    };
    let golds = gold_files(&gold_dir)?;
    if golds.is_empty() {
        return Err(format!(
            "{}: no NAME.gold.json answers found there",
            gold_dir.display()
        ));
    }
    let extractor = args.pred_dir.is_none().then(Extractor::new);
    let gaz = Gazetteer::embedded();
    let place_ids =
        |name: &str| -> Vec<u64> { gaz.candidates(name).iter().map(|p| p.id).collect() };
    let results: Vec<Result<DocumentScore, String>> = golds
        .par_iter()
        .map(|path| {
            let gold = read_gold(path)?;
            let stem = stem_of(path);
            let record = match (&args.pred_dir, &extractor) {
                (Some(dir), _) => read_prediction(&dir.join(format!("{stem}.json")))?,
                (None, Some(x)) => {
                    let txt = path.with_file_name(format!("{stem}.txt"));
                    let opts = ReadOptions {
                        published: gold
                            .published
                            .as_deref()
                            .and_then(|p| input::parse_date(p).ok()),
                        ..ReadOptions::default()
                    };
                    let item = input::read_all(&[Source::Path(txt)], &opts)
                        .next()
                        .ok_or_else(|| format!("{stem}: no report beside the answer"))?;
                    let input = item.map_err(|e| e.to_string())?;
                    super::extract::extract_safely(x, &input).map_err(|e| e.to_string())?
                }
                (None, None) => unreachable!("an extractor exists when no predictions are given"),
            };
            let mut score = score_document(&record, &gold, &place_ids);
            score.document = stem;
            Ok(score)
        })
        .collect();
    let mut scores = Vec::new();
    for r in results {
        scores.push(r?);
    }
    if args.json {
        let totals = Totals::of(&scores);
        let out = if args.verbose {
            serde_json::json!({ "totals": totals, "documents": scores })
        } else {
            serde_json::to_value(&totals).map_err(|e| e.to_string())?
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
    } else {
        print!("{}", render_text(&scores, args.verbose));
    }
    Ok(ExitCode::SUCCESS)
}

fn gold_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot read: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    Ok(files)
}

fn stem_of(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.trim_end_matches(".gold.json").to_string()
}

fn read_gold(path: &Path) -> Result<GoldFile, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    serde_json::from_str(&text)
        .map_err(|e| format!("{}: not a valid answer file: {e}", path.display()))
}

fn read_prediction(path: &Path) -> Result<Record, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: cannot read the prediction: {e} (expected one chronicle/1 JSON per answer)",
            path.display()
        )
    })?;
    serde_json::from_str(&text)
        .map_err(|e| format!("{}: not a chronicle/1 record: {e}", path.display()))
}
