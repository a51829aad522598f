//! `chronicle train ner` and `chronicle eval ner` (the tagger's commands).

use clap::{Args as ClapArgs, Subcommand};

use super::Outcome;

#[derive(Debug, Subcommand)]
pub enum TrainModel {
    /// Train the named-entity tagger.
    Ner(TrainNerArgs),
}

#[derive(Debug, ClapArgs)]
pub struct TrainNerArgs {}

#[derive(Debug, ClapArgs)]
pub struct EvalNerArgs {}

pub fn train(_model: TrainModel) -> Outcome {
    Err("the tagger is not built yet".into())
}

pub fn eval(_args: EvalNerArgs) -> Outcome {
    Err("the tagger is not built yet".into())
}
