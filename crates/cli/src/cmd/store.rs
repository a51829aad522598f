//! The case-database commands: ingest, person, search, events, stats, export.

use clap::Subcommand;

use super::Outcome;

#[derive(Debug, Subcommand)]
pub enum StoreCommand {}

pub fn run(command: StoreCommand) -> Outcome {
    match command {}
}
