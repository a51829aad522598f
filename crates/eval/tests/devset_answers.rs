//! Audit of the development answers (`/work/main/devset/*.gold.json`): each must parse and
//! score perfectly against a record built mechanically from itself. A failure names answers
//! the scorer can never reward in full, such as a required event with no names and no date.
//!
//! The answers are written by others while the scorer is built, so this runs on request:
//! `cargo test -p chronicle-eval --test devset_answers -- --ignored`.

mod common;

use std::path::PathBuf;

use chronicle_eval::{score_document, NoPlaceIds};
use chronicle_record::GoldFile;
use common::record_from_gold;

#[test]
#[ignore = "audits the devset answers; run with --ignored"]
fn every_devset_answer_scores_perfectly_against_itself() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../devset");
    let Ok(listing) = std::fs::read_dir(&dir) else {
        println!("skipping: no devset at {}", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = listing
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    paths.sort();
    let mut problems = Vec::new();
    for path in &paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold: GoldFile = match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
        {
            Ok(gold) => gold,
            Err(error) => {
                problems.push(format!("{name}: does not parse: {error}"));
                continue;
            }
        };
        let score = score_document(&record_from_gold(&gold), &gold, &NoPlaceIds);
        for missed in &score.missed {
            problems.push(format!(
                "{name}: {} {} can never match: {}",
                missed.id, missed.kind, missed.description
            ));
        }
        for pair in score.pairs.iter().filter(|p| !p.fully_correct) {
            for check in pair.wrong_fields() {
                problems.push(format!(
                    "{name}: gold#{} {} paired with another event's copy ({} gold={:?} copy={:?})",
                    pair.gold_index, pair.kind, check.field, check.gold, check.predicted
                ));
            }
        }
    }
    println!("audited {} answers", paths.len());
    assert!(
        problems.is_empty(),
        "answer problems:\n{}",
        problems.join("\n")
    );
}
