//! `chronicle train ner` and `chronicle eval ner`: the name tagger's commands.

use std::path::PathBuf;
use std::process::ExitCode;

use chronicle_ner::{eval_conll_cased, train as train_model, Case, Progress, Tagger, TrainOptions};
use clap::{Args as ClapArgs, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Outcome;

#[derive(Debug, Subcommand)]
pub enum TrainModel {
    /// Train the named-entity tagger on CoNLL-2003 files (deterministic for a given seed).
    Ner(TrainNerArgs),
}

#[derive(Debug, ClapArgs)]
pub struct TrainNerArgs {
    /// Training file (CoNLL-2003 columns).
    #[arg(long)]
    train: PathBuf,
    /// Development file, scored after every epoch to keep the best one.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "models/ner.bin")]
    out: PathBuf,
    /// Passes over the training data (default: the shipped model's).
    #[arg(long)]
    epochs: Option<usize>,
    /// Seed of the sentence shuffles.
    #[arg(long)]
    seed: Option<u64>,
}

#[derive(Debug, ClapArgs)]
pub struct EvalNerArgs {
    /// A CoNLL-2003 file (`word POS chunk NER` or `word NER` a line).
    file: PathBuf,
    /// Write `word gold predicted` a token here, for conlleval.
    #[arg(long, value_name = "OUT")]
    predictions: Option<PathBuf>,
    /// Score a lower- or upper-case copy of the file (headlines and social media).
    #[arg(long, value_enum, default_value = "as-is")]
    case: CaseArg,
    /// A model file instead of the one built into this binary.
    #[arg(long)]
    model: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CaseArg {
    AsIs,
    Lower,
    Upper,
}

pub fn train(model: TrainModel) -> Outcome {
    let TrainModel::Ner(args) = model;
    let mut opts = TrainOptions::new(args.train, args.dev, args.out.clone());
    if let Some(e) = args.epochs {
        opts.epochs = e;
    }
    if let Some(s) = args.seed {
        opts.seed = s;
    }
    let bar = ProgressBar::new(0);
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} sentences")
            .map_err(|e| e.to_string())?
            .progress_chars("=> "),
    );
    let report = train_model(&opts, &mut |p| match p {
        Progress::Sentences {
            member,
            epoch,
            done,
            total,
        } => {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
            bar.set_message(format!("model {} epoch {epoch}", member + 1));
        }
        Progress::Epoch(e) => bar.println(format!(
            "model {} epoch {:>2}/{}: dev F1 {:.2}  ({} mistakes, {:.0} s)",
            e.member + 1,
            e.epoch,
            e.epochs,
            e.dev_f1,
            e.mistakes,
            e.seconds
        )),
    })
    .map_err(|e| e.to_string())?;
    bar.finish_and_clear();
    println!(
        "wrote {} ({} bytes, {} feature rows) in {:.0} s; best epoch {}",
        args.out.display(),
        report.model_bytes,
        report.feature_rows,
        report.seconds,
        report.best_epoch
    );
    print!("{}", report.dev);
    Ok(ExitCode::SUCCESS)
}

pub fn eval(args: EvalNerArgs) -> Outcome {
    let loaded;
    let tagger: &Tagger = match &args.model {
        Some(path) => {
            loaded = Tagger::load(path).map_err(|e| e.to_string())?;
            &loaded
        }
        None => Tagger::embedded().map_err(|e| e.to_string())?,
    };
    let case = match args.case {
        CaseArg::AsIs => Case::AsIs,
        CaseArg::Lower => Case::Lower,
        CaseArg::Upper => Case::Upper,
    };
    let report = eval_conll_cased(tagger, &args.file, args.predictions.as_deref(), case)
        .map_err(|e| e.to_string())?;
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}
