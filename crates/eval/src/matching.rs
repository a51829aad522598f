//! Which predicted events may match which gold events, and the one-to-one greedy pairing.
//!
//! Eligibility follows the spec's rule 1. "Equal dates" means both events give a date and the
//! ISO strings are equal: a gold event with no date cannot be matched on its date, so a
//! required gold event with nothing to match on (no names, no date) is never matched; only
//! an optional one takes "any remaining prediction of its type that fits".

use chronicle_record::{is_per_subject_type, EntityKind, Event, GoldEvent};

use crate::fields::{check_fields, predicted_date, FieldCheck};
use crate::names::entity_agrees;
use crate::resolve::Entities;
use crate::PlaceIds;

/// What a gold event can be matched on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Basis {
    /// Per-subject type naming its subjects: a predicted subject must agree.
    NamedSubjects,
    /// Per-subject type about unnamed people: an agent agrees, or failing that the dates are equal.
    UnnamedPeople,
    /// Election, legislation, statement, censorship naming someone: some name must agree.
    OccurrenceNames,
    /// Election, legislation, statement, censorship naming nobody: the dates must be equal.
    OccurrenceDate,
    /// No names and no date.
    Nothing,
}

fn basis(gold: &GoldEvent) -> Basis {
    let has_date = gold.date.as_deref().is_some_and(|d| !d.trim().is_empty());
    if is_per_subject_type(gold.kind.trim()) {
        if !gold.subjects.is_empty() {
            Basis::NamedSubjects
        } else if !gold.agents.is_empty() || has_date {
            Basis::UnnamedPeople
        } else {
            Basis::Nothing
        }
    } else if !gold.subjects.is_empty() || !gold.agents.is_empty() {
        Basis::OccurrenceNames
    } else if has_date {
        Basis::OccurrenceDate
    } else {
        Basis::Nothing
    }
}

fn same_type(gold: &GoldEvent, pred: &Event) -> bool {
    gold.kind.trim().eq_ignore_ascii_case(pred.kind.trim())
}

fn dates_equal(gold: &GoldEvent, pred: &Event) -> bool {
    match (gold.date.as_deref().map(str::trim), predicted_date(pred)) {
        (Some(g), Some(p)) => !g.is_empty() && g == p,
        _ => false,
    }
}

/// A gold event about unnamed people takes only a prediction naming no person among its subjects.
fn names_no_person(pred: &Event, entities: &Entities<'_>) -> bool {
    !entities
        .all(&pred.subjects)
        .iter()
        .any(|e| e.kind == EntityKind::Person)
}

fn any_agrees(gold_names: &[String], pred_ids: &[String], entities: &Entities<'_>) -> bool {
    let predicted = entities.all(pred_ids);
    gold_names
        .iter()
        .any(|name| predicted.iter().any(|entity| entity_agrees(entity, name)))
}

/// Whether `pred` may be paired with `gold` under the spec's matching rules.
fn eligible(gold: &GoldEvent, pred: &Event, entities: &Entities<'_>) -> bool {
    if !same_type(gold, pred) {
        return false;
    }
    match basis(gold) {
        Basis::NamedSubjects => any_agrees(&gold.subjects, &pred.subjects, entities),
        Basis::UnnamedPeople => {
            names_no_person(pred, entities)
                && (any_agrees(&gold.agents, &pred.agents, entities) || dates_equal(gold, pred))
        }
        Basis::OccurrenceNames => {
            let gold_names: Vec<String> =
                gold.subjects.iter().chain(&gold.agents).cloned().collect();
            let pred_ids: Vec<String> = pred.subjects.iter().chain(&pred.agents).cloned().collect();
            any_agrees(&gold_names, &pred_ids, entities)
        }
        Basis::OccurrenceDate => dates_equal(gold, pred),
        Basis::Nothing => {
            gold.optional
                && (!is_per_subject_type(gold.kind.trim()) || names_no_person(pred, entities))
        }
    }
}

/// One gold event paired with one prediction, with the fields the gold gives checked.
pub(crate) struct Pairing {
    pub gold: usize,
    pub predicted: usize,
    pub checks: Vec<FieldCheck>,
}

/// Pairs gold and predicted events one to one, greedily, best field agreement first, in three
/// rounds: required gold events, then optional ones that have something to match on, then
/// optional ones with nothing to match on (which take whatever fitting prediction remains).
///
/// "Best field agreement" orders candidate pairs by: every given field right first, then more
/// right fields, then fewer wrong ones, then document order of gold, then of prediction.
pub(crate) fn pair_events(
    gold: &[GoldEvent],
    preds: &[Event],
    entities: &Entities<'_>,
    places: &dyn PlaceIds,
) -> Vec<Pairing> {
    let mut gold_taken = vec![false; gold.len()];
    let mut pred_taken = vec![false; preds.len()];
    let mut pairings = Vec::new();
    for round in 0..3 {
        let in_round = |g: &GoldEvent| match round {
            0 => !g.optional,
            1 => g.optional && basis(g) != Basis::Nothing,
            _ => g.optional && basis(g) == Basis::Nothing,
        };
        let mut candidates: Vec<Pairing> = Vec::new();
        for (gi, g) in gold.iter().enumerate().filter(|(_, g)| in_round(g)) {
            for (pi, p) in preds.iter().enumerate() {
                if !pred_taken[pi] && eligible(g, p, entities) {
                    candidates.push(Pairing {
                        gold: gi,
                        predicted: pi,
                        checks: check_fields(g, p, entities, places),
                    });
                }
            }
        }
        candidates.sort_by_key(|c| {
            let right = c.checks.iter().filter(|f| f.correct).count();
            let wrong = c.checks.len() - right;
            (
                std::cmp::Reverse(wrong == 0),
                std::cmp::Reverse(right),
                wrong,
                c.gold,
                c.predicted,
            )
        });
        for candidate in candidates {
            if !gold_taken[candidate.gold] && !pred_taken[candidate.predicted] {
                gold_taken[candidate.gold] = true;
                pred_taken[candidate.predicted] = true;
                pairings.push(candidate);
            }
        }
    }
    pairings.sort_by_key(|p| p.gold);
    pairings
}
