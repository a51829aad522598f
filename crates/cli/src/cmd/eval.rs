//! `chronicle eval GOLD_DIR [PRED_DIR]`: the contract's scoring; `chronicle eval ner`: the tagger's.

use std::path::PathBuf;

use clap::{Args as ClapArgs, Subcommand};

use super::Outcome;

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
    let Some(_gold) = args.gold_dir else {
        return Err("give the folder of gold answers: chronicle eval GOLD_DIR [PRED_DIR]".into());
    };
    Err("scoring is not wired yet".into())
}
