//! Scoring one document: counts for the F1s, field tallies, and the detail a person reads.

use chronicle_record::{Event, GoldEvent, GoldFile, Record};
use serde::Serialize;

use crate::fields::{describe_ref, predicted_date, Field, FieldCheck};
use crate::matching::pair_events;
use crate::resolve::Entities;
use crate::PlaceIds;

/// How often one field was checked (the gold gave it, in a matched required pair) and right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub checked: usize,
    pub correct: usize,
}

impl Tally {
    /// `correct / checked`, or `None` when the field was never checked.
    pub fn accuracy(&self) -> Option<f64> {
        (self.checked > 0).then(|| self.correct as f64 / self.checked as f64)
    }

    fn add(&mut self, other: Tally) {
        self.checked += other.checked;
        self.correct += other.correct;
    }
}

/// One [`Tally`] per [`Field`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FieldTallies {
    pub status: Tally,
    pub date: Tally,
    pub place: Tally,
    pub agents: Tally,
    pub charge: Tally,
    pub penalty: Tally,
}

impl FieldTallies {
    pub fn get(&self, field: Field) -> Tally {
        match field {
            Field::Status => self.status,
            Field::Date => self.date,
            Field::Place => self.place,
            Field::Agents => self.agents,
            Field::Charge => self.charge,
            Field::Penalty => self.penalty,
        }
    }

    fn get_mut(&mut self, field: Field) -> &mut Tally {
        match field {
            Field::Status => &mut self.status,
            Field::Date => &mut self.date,
            Field::Place => &mut self.place,
            Field::Agents => &mut self.agents,
            Field::Charge => &mut self.charge,
            Field::Penalty => &mut self.penalty,
        }
    }

    pub(crate) fn record(&mut self, check: &FieldCheck) {
        let tally = self.get_mut(check.field);
        tally.checked += 1;
        tally.correct += usize::from(check.correct);
    }

    pub(crate) fn add(&mut self, other: &FieldTallies) {
        for field in Field::ALL {
            self.get_mut(field).add(other.get(field));
        }
    }
}

/// A gold event paired with a prediction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchedPair {
    /// Position of the gold event in the gold file's `events` (0-based).
    pub gold_index: usize,
    /// The predicted event's `id`.
    pub predicted_id: String,
    /// The event type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Paired with an optional gold event: counted nowhere.
    pub optional: bool,
    /// Every field the gold gives is right.
    pub fully_correct: bool,
    /// One check per field the gold gives.
    pub checks: Vec<FieldCheck>,
}

impl MatchedPair {
    /// The checks that failed.
    pub fn wrong_fields(&self) -> impl Iterator<Item = &FieldCheck> {
        self.checks.iter().filter(|c| !c.correct)
    }
}

/// An event on one side with no partner on the other, described for a person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unmatched {
    /// Gold: its 0-based position, as `gold#N`; prediction: its `id`.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub description: String,
}

/// The score of one extraction against its answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentScore {
    /// The gold file's `document`.
    pub document: String,
    /// Required gold events (the recall denominator).
    pub gold: usize,
    /// Predictions not paired with an optional gold event (the precision denominator).
    pub predicted: usize,
    /// Pairs with a required gold event.
    pub matched: usize,
    /// Of those, pairs with every field the gold gives right.
    pub fully_correct: usize,
    /// Pairs with an optional gold event (neither rewarded nor penalised).
    pub optional_matched: usize,
    /// Field accuracy over the required pairs.
    pub fields: FieldTallies,
    /// Every pair, required and optional, in gold order.
    pub pairs: Vec<MatchedPair>,
    /// Required gold events left unpaired.
    pub missed: Vec<Unmatched>,
    /// Predictions left unpaired.
    pub extra: Vec<Unmatched>,
}

/// Scores one predicted [`Record`] against its [`GoldFile`] by the spec's rules.
///
/// `places` resolves a gold place spelling to gazetteer ids, so that a predicted place whose
/// `geonames_id` is one of them counts as right under another name.
pub fn score_document(pred: &Record, gold: &GoldFile, places: &dyn PlaceIds) -> DocumentScore {
    let entities = Entities::of(pred);
    let pairings = pair_events(&gold.events, &pred.events, &entities, places);

    let mut score = DocumentScore {
        document: gold.document.clone(),
        gold: gold.events.iter().filter(|g| !g.optional).count(),
        predicted: 0,
        matched: 0,
        fully_correct: 0,
        optional_matched: 0,
        fields: FieldTallies::default(),
        pairs: Vec::with_capacity(pairings.len()),
        missed: Vec::new(),
        extra: Vec::new(),
    };
    let mut gold_paired = vec![false; gold.events.len()];
    let mut pred_paired = vec![false; pred.events.len()];
    for pairing in pairings {
        let gold_event = &gold.events[pairing.gold];
        let fully_correct = pairing.checks.iter().all(|c| c.correct);
        gold_paired[pairing.gold] = true;
        pred_paired[pairing.predicted] = true;
        if gold_event.optional {
            score.optional_matched += 1;
        } else {
            score.matched += 1;
            score.fully_correct += usize::from(fully_correct);
            for check in &pairing.checks {
                score.fields.record(check);
            }
        }
        score.pairs.push(MatchedPair {
            gold_index: pairing.gold,
            predicted_id: pred.events[pairing.predicted].id.clone(),
            kind: gold_event.kind.clone(),
            optional: gold_event.optional,
            fully_correct,
            checks: pairing.checks,
        });
    }
    score.predicted = pred.events.len() - score.optional_matched;
    for (index, event) in gold.events.iter().enumerate() {
        if !event.optional && !gold_paired[index] {
            score.missed.push(Unmatched {
                id: format!("gold#{index}"),
                kind: event.kind.clone(),
                description: describe_gold(event),
            });
        }
    }
    for (index, event) in pred.events.iter().enumerate() {
        if !pred_paired[index] {
            score.extra.push(Unmatched {
                id: event.id.clone(),
                kind: event.kind.clone(),
                description: describe_prediction(event, &entities),
            });
        }
    }
    score
}

fn describe_gold(event: &GoldEvent) -> String {
    let list = |names: &[String]| {
        if names.is_empty() {
            "(none)".to_string()
        } else {
            names.join("; ")
        }
    };
    format!(
        "subjects={} agents={} date={} place={}",
        list(&event.subjects),
        list(&event.agents),
        event.date.as_deref().unwrap_or("(none)"),
        event.place.as_deref().unwrap_or("(none)"),
    )
}

fn describe_prediction(event: &Event, entities: &Entities<'_>) -> String {
    format!(
        "subjects={} agents={} date={} place={}",
        entities.describe(&event.subjects),
        entities.describe(&event.agents),
        predicted_date(event).unwrap_or("(none)"),
        describe_ref(entities, event.place.as_deref()),
    )
}
