//! Totals over many documents: counts are summed, and the F1s computed from the sums
//! (micro-averaged), never averaged from per-document F1s.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use crate::fields::Field;
use crate::score::{DocumentScore, FieldTallies};

/// Precision, recall and F1.
///
/// A ratio with a zero denominator is 1.0 (nothing predicted means no false positives; no
/// gold means nothing to miss); F1 is 0.0 when precision and recall are both 0.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn from_counts(hits: usize, predicted: usize, gold: usize) -> Prf {
        let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
        let precision = ratio(hits, predicted);
        let recall = ratio(hits, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// Summed counts over scored documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub docs: usize,
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub fully_correct: usize,
    pub optional_matched: usize,
    pub fields: FieldTallies,
}

impl Totals {
    /// The totals of a set of document scores.
    pub fn of(scores: &[DocumentScore]) -> Totals {
        let mut totals = Totals::default();
        for score in scores {
            totals.add(score);
        }
        totals
    }

    pub fn add(&mut self, score: &DocumentScore) {
        self.docs += 1;
        self.gold += score.gold;
        self.predicted += score.predicted;
        self.matched += score.matched;
        self.fully_correct += score.fully_correct;
        self.optional_matched += score.optional_matched;
        self.fields.add(&score.fields);
    }

    /// Event P/R/F1: matched over predicted and over gold.
    pub fn events(&self) -> Prf {
        Prf::from_counts(self.matched, self.predicted, self.gold)
    }

    /// Record P/R/F1 (the headline): fully correct pairs over predicted and over gold.
    pub fn records(&self) -> Prf {
        Prf::from_counts(self.fully_correct, self.predicted, self.gold)
    }
}

/// The JSON shape of [`Totals`]: the counts plus the figures computed from them.
#[derive(Serialize)]
struct TotalsJson<'a> {
    docs: usize,
    gold: usize,
    predicted: usize,
    matched: usize,
    fully_correct: usize,
    optional_matched: usize,
    events: Prf,
    records: Prf,
    fields: &'a FieldTallies,
    field_accuracy: BTreeMap<&'static str, Option<f64>>,
}

impl Serialize for Totals {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        TotalsJson {
            docs: self.docs,
            gold: self.gold,
            predicted: self.predicted,
            matched: self.matched,
            fully_correct: self.fully_correct,
            optional_matched: self.optional_matched,
            events: self.events(),
            records: self.records(),
            fields: &self.fields,
            field_accuracy: Field::ALL
                .iter()
                .map(|f| (f.as_str(), self.fields.get(*f).accuracy()))
                .collect(),
        }
        .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_from_counts() {
        let prf = Prf::from_counts(8, 10, 16);
        assert!((prf.precision - 0.8).abs() < 1e-12);
        assert!((prf.recall - 0.5).abs() < 1e-12);
        assert!((prf.f1 - 2.0 * 0.8 * 0.5 / 1.3).abs() < 1e-12);
    }

    #[test]
    fn prf_zero_denominators() {
        assert_eq!(Prf::from_counts(0, 0, 0).f1, 1.0);
        let nothing_predicted = Prf::from_counts(0, 0, 5);
        assert_eq!(nothing_predicted.recall, 0.0);
        assert_eq!(nothing_predicted.f1, 0.0);
        assert_eq!(Prf::from_counts(0, 3, 0).f1, 0.0);
    }
}
