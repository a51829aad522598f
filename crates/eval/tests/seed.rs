//! Consistency check of the scorer (not of extraction): a record built mechanically from the
//! seed answer must score perfectly against that answer.

mod common;

use std::path::PathBuf;

use chronicle_eval::{score_document, NoPlaceIds, Totals};
use chronicle_record::GoldFile;
use common::record_from_gold;

fn seed_gold_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/seed/article.gold.json")
}

#[test]
fn seed_gold_scores_perfectly_against_itself() {
    let path = seed_gold_path();
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!(
            "skipping: no seed answer at {} (../shared absent)",
            path.display()
        );
        return;
    };
    let gold: GoldFile = serde_json::from_str(&text).expect("the seed answer parses");
    let record = record_from_gold(&gold);
    let score = score_document(&record, &gold, &NoPlaceIds);
    assert!(score.missed.is_empty(), "missed: {:?}", score.missed);
    assert!(score.extra.is_empty(), "extra: {:?}", score.extra);
    let totals = Totals::of(std::slice::from_ref(&score));
    assert_eq!(
        totals.gold,
        gold.events.iter().filter(|e| !e.optional).count()
    );
    assert_eq!(totals.events().f1, 1.0);
    assert_eq!(totals.records().f1, 1.0, "wrong fields: {:?}", score.pairs);
    for field in chronicle_eval::Field::ALL {
        let tally = score.fields.get(field);
        assert_eq!(tally.checked, tally.correct, "{field}");
    }
}
