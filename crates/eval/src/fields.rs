//! Field accuracy: is each field the gold gives right in the predicted event?
//!
//! A gold field that is null (or, for agents, an empty list) is "not given" and is not
//! checked at all: neither right nor wrong. The deserialiser cannot tell an explicit `null`
//! from a missing key, and the spec treats both the same way.

use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

use chronicle_record::{Event, GoldEvent, GoldPenalty, Penalty};
use serde::Serialize;

use crate::names::{entity_agrees, same_place_name, spellings};
use crate::resolve::{describe_entity, Entities};
use crate::PlaceIds;

/// A scored field of an event, in the spec's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Status,
    Date,
    Place,
    Agents,
    Charge,
    Penalty,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Status,
        Field::Date,
        Field::Place,
        Field::Agents,
        Field::Charge,
        Field::Penalty,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Status => "status",
            Field::Date => "date",
            Field::Place => "place",
            Field::Agents => "agents",
            Field::Charge => "charge",
            Field::Penalty => "penalty",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One field of one matched pair: whether it is right, and both values as a person reads them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldCheck {
    pub field: Field,
    pub correct: bool,
    pub gold: String,
    pub predicted: String,
}

/// Checks every field the gold event gives against the predicted event.
pub(crate) fn check_fields(
    gold: &GoldEvent,
    pred: &Event,
    entities: &Entities<'_>,
    places: &dyn PlaceIds,
) -> Vec<FieldCheck> {
    let mut checks = Vec::new();
    if let Some(status) = &gold.status {
        checks.push(FieldCheck {
            field: Field::Status,
            correct: status.trim().eq_ignore_ascii_case(pred.status.trim()),
            gold: status.clone(),
            predicted: pred.status.clone(),
        });
    }
    if let Some(date) = &gold.date {
        let predicted = predicted_date(pred);
        checks.push(FieldCheck {
            field: Field::Date,
            correct: predicted.is_some_and(|p| p == date.trim()),
            gold: date.clone(),
            predicted: predicted.unwrap_or("(none)").to_string(),
        });
    }
    if let Some(place) = &gold.place {
        checks.push(check_place(place, pred, entities, places));
    }
    if !gold.agents.is_empty() {
        let agents = entities.all(&pred.agents);
        checks.push(FieldCheck {
            field: Field::Agents,
            correct: gold
                .agents
                .iter()
                .any(|name| agents.iter().any(|agent| entity_agrees(agent, name))),
            gold: gold.agents.join("; "),
            predicted: entities.describe(&pred.agents),
        });
    }
    if let Some(charge) = &gold.charge {
        checks.push(FieldCheck {
            field: Field::Charge,
            correct: charge_agrees(pred.charge.as_deref(), charge),
            gold: charge.clone(),
            predicted: pred.charge.clone().unwrap_or_else(|| "(none)".to_string()),
        });
    }
    if let Some(penalty) = &gold.penalty {
        checks.push(FieldCheck {
            field: Field::Penalty,
            correct: pred
                .penalty
                .as_ref()
                .is_some_and(|p| penalty_agrees(p, penalty)),
            gold: describe_penalty(&penalty.kind, penalty.amount, penalty.unit.as_deref()),
            predicted: match &pred.penalty {
                Some(p) => describe_penalty(&p.kind, p.amount, p.unit.as_deref()),
                None => "(none)".to_string(),
            },
        });
    }
    checks
}

/// The predicted event's ISO date value, if it has one.
pub(crate) fn predicted_date(pred: &Event) -> Option<&str> {
    pred.date
        .as_ref()
        .and_then(|d| d.value.as_deref())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// Place: the predicted place entity's name or an alias equals a gold spelling (folded for
/// case and diacritics), or the entity's gazetteer id is one the gold spelling resolves to.
fn check_place(
    gold_place: &str,
    pred: &Event,
    entities: &Entities<'_>,
    places: &dyn PlaceIds,
) -> FieldCheck {
    let entity = pred.place.as_deref().and_then(|id| entities.get(id));
    let correct = entity.is_some_and(|entity| {
        let names_match = std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .any(|own| spellings(gold_place).any(|spelling| same_place_name(own, spelling)));
        let ids_match = entity.geonames_id.is_some_and(|id| {
            spellings(gold_place).any(|spelling| places.ids(spelling).contains(&id))
        });
        names_match || ids_match
    });
    let predicted = match (entity, pred.place.as_deref()) {
        (Some(e), _) => match e.geonames_id {
            Some(id) => format!("{} (geonames {id})", e.name),
            None => e.name.clone(),
        },
        (None, Some(id)) => format!("?{id}"),
        (None, None) => "(none)".to_string(),
    };
    FieldCheck {
        field: Field::Place,
        correct,
        gold: gold_place.to_string(),
        predicted,
    }
}

/// Charge: at least half of the gold charge's distinct content words appear among the
/// predicted charge's words (folded; whole words, no stemming). A gold charge made only of
/// stop words asks just that some charge be given.
pub(crate) fn charge_agrees(predicted: Option<&str>, gold: &str) -> bool {
    let Some(predicted) = predicted.filter(|p| !p.trim().is_empty()) else {
        return false;
    };
    let wanted: HashSet<String> = charge_words(gold)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .collect();
    if wanted.is_empty() {
        return true;
    }
    let present: HashSet<String> = charge_words(predicted).into_iter().collect();
    let found = wanted.iter().filter(|w| present.contains(*w)).count();
    found * 2 >= wanted.len()
}

/// The folded words of a charge: ASCII-folded, lower-cased, split at anything but letters,
/// digits and apostrophes, with a possessive "'s" dropped.
fn charge_words(text: &str) -> Vec<String> {
    any_ascii::any_ascii(text)
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.strip_suffix("'s").unwrap_or(w).trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn is_stop_word(word: &str) -> bool {
    static STOP_WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    STOP_WORDS
        .get_or_init(|| {
            include_str!("../data/charge-stopwords.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
        .contains(word)
}

/// Penalty: same kind, same amount (both absent, or equal numbers) and same unit.
fn penalty_agrees(pred: &Penalty, gold: &GoldPenalty) -> bool {
    let same_amount = match (pred.amount, gold.amount) {
        (None, None) => true,
        (Some(p), Some(g)) => (p - g).abs() < 1e-9,
        _ => false,
    };
    let same_unit = match (pred.unit.as_deref(), gold.unit.as_deref()) {
        (None, None) => true,
        (Some(p), Some(g)) => p.trim().eq_ignore_ascii_case(g.trim()),
        _ => false,
    };
    pred.kind.trim().eq_ignore_ascii_case(gold.kind.trim()) && same_amount && same_unit
}

fn describe_penalty(kind: &str, amount: Option<f64>, unit: Option<&str>) -> String {
    let mut text = kind.to_string();
    if let Some(amount) = amount {
        text.push(' ');
        text.push_str(&amount.to_string());
    }
    if let Some(unit) = unit {
        text.push(' ');
        text.push_str(unit);
    }
    text
}

/// Describes a predicted entity reference for people; used for missed/extra listings.
pub(crate) fn describe_ref(entities: &Entities<'_>, id: Option<&str>) -> String {
    match id {
        None => "(none)".to_string(),
        Some(id) => match entities.get(id) {
            Some(entity) => describe_entity(entity),
            None => format!("?{id}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charge_needs_half_of_the_content_words() {
        let gold = "violating regulations on public gatherings";
        // Content words: violating, regulations, public, gatherings (4); "on" is a stop word.
        assert!(charge_agrees(
            Some("violation of regulations on public gatherings"),
            gold
        ));
        assert!(charge_agrees(Some("public gatherings"), gold));
        assert!(!charge_agrees(Some("gatherings"), gold));
        assert!(!charge_agrees(Some("on the of"), gold));
        assert!(!charge_agrees(None, gold));
        assert!(!charge_agrees(Some("  "), gold));
    }

    #[test]
    fn charge_words_fold_case_diacritics_and_punctuation() {
        assert!(charge_agrees(
            Some("“Extremism”, and FRAUD"),
            "extremism and fraud"
        ));
        // organising, mass, riots: two of three is enough, one is not.
        assert!(charge_agrees(
            Some("organising mass unrest"),
            "organising mass riots"
        ));
        assert!(!charge_agrees(
            Some("organising a riot"),
            "organising mass riots"
        ));
        assert!(!charge_agrees(Some("organising"), "organising mass riots"));
    }

    #[test]
    fn stop_word_only_charge_asks_for_any_charge() {
        assert!(charge_agrees(Some("hooliganism"), "of the"));
        assert!(!charge_agrees(None, "of the"));
    }

    #[test]
    fn stop_words_file_loads() {
        assert!(is_stop_word("the"));
        assert!(is_stop_word("of"));
        assert!(is_stop_word("on"));
        assert!(!is_stop_word("extremism"));
        assert!(!is_stop_word("# Articles"));
    }

    #[test]
    fn penalty_compares_kind_amount_and_unit() {
        let gold = GoldPenalty {
            kind: "prison".into(),
            amount: Some(2.5),
            unit: Some("year".into()),
        };
        let mut pred = Penalty {
            kind: "prison".into(),
            amount: Some(2.5),
            unit: Some("year".into()),
            text: Some("two and a half years".into()),
        };
        assert!(penalty_agrees(&pred, &gold));
        pred.amount = Some(30.0);
        pred.unit = Some("month".into());
        assert!(
            !penalty_agrees(&pred, &gold),
            "30 months is not 2.5 years by the spec's rule"
        );
        pred.amount = Some(2.5);
        pred.unit = Some("year".into());
        pred.kind = "suspended".into();
        assert!(!penalty_agrees(&pred, &gold));
        let death = GoldPenalty {
            kind: "death".into(),
            amount: None,
            unit: None,
        };
        let pred_death = Penalty {
            kind: "death".into(),
            amount: None,
            unit: None,
            text: None,
        };
        assert!(penalty_agrees(&pred_death, &death));
        assert!(!penalty_agrees(&pred, &death));
    }

    #[test]
    fn penalty_descriptions_read_naturally() {
        assert_eq!(
            describe_penalty("fine", Some(50000.0), Some("KZT")),
            "fine 50000 KZT"
        );
        assert_eq!(
            describe_penalty("prison", Some(2.5), Some("year")),
            "prison 2.5 year"
        );
        assert_eq!(describe_penalty("death", None, None), "death");
    }
}
