/*!
The `chronicle/1` output contract as Rust types.

# Brief overview

A [`Record`] is what Chronicle produces for one document: the [`DocumentInfo`], the
[`Entity`] list (persons, organisations, places, groups) and the [`Event`] list. Events point
at entities by id; every entity mention and every event's evidence is a [`Span`] of
Unicode-scalar (char) offsets into the document text, end-exclusive.

A [`GoldFile`] is a hand-written answer for one document, in the shape the scoring rules read:
events with entity *names* instead of ids (see `spec/records.md`).

This crate only describes data. Extraction (`chronicle-extract`), scoring (`chronicle-eval`)
and storage (`chronicle-store`) all speak it, so none of them depends on another.
*/

use serde::{Deserialize, Serialize};

/// The schema tag written in every record.
pub const SCHEMA: &str = "chronicle/1";

/// A char-offset span `[start, end)` into the document text, serialised as `[start, end]`.
pub type Span = [usize; 2];

/// One document's extraction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: String,
    pub document: DocumentInfo,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// `sha256:` and the hex digest of the document text.
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    /// ISO date (`YYYY-MM-DD`) if known.
    pub published: Option<String>,
    pub language: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Group,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub descriptors: Vec<String>,
    /// Organisation category: police, court, prosecutor, ... (see the spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    pub mentions: Vec<Span>,
}

impl Entity {
    /// An entity with its id, kind and name only: no aliases, descriptors, category, place
    /// or mentions yet.
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> Entity {
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            descriptors: Vec::new(),
            category: None,
            country: None,
            geonames_id: None,
            lat: None,
            lon: None,
            mentions: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub status: String,
    pub date: Option<EventDate>,
    /// Entity id of a place.
    pub place: Option<String>,
    pub agents: Vec<String>,
    pub subjects: Vec<String>,
    pub charge: Option<String>,
    pub penalty: Option<Penalty>,
    pub count: Option<Count>,
    #[serde(default)]
    pub attributed_to: Vec<String>,
    pub evidence: Vec<Span>,
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    pub text: String,
    pub value: Option<String>,
    /// `day` | `month` | `year` | `range` | `unknown`.
    pub precision: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Penalty {
    /// `administrative_arrest` | `prison` | `suspended` | `fine` | `restricted_freedom` |
    /// `community_work` | `house_arrest` | `death` | `other`.
    pub kind: String,
    pub amount: Option<f64>,
    /// `day` | `month` | `year` | an ISO 4217 currency code.
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub text: String,
}

/// The event types of the contract, in the spec's order.
pub const EVENT_TYPES: [&str; 12] = [
    "protest",
    "detention",
    "charge",
    "trial",
    "sentence",
    "release",
    "violence",
    "raid",
    "censorship",
    "election",
    "legislation",
    "statement",
];

/// Types recorded as one event per named subject.
pub fn is_per_subject_type(kind: &str) -> bool {
    matches!(
        kind,
        "protest" | "detention" | "charge" | "trial" | "sentence" | "release" | "violence" | "raid"
    )
}

/// A hand-annotated answer for one document (`NAME.gold.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldFile {
    pub document: String,
    #[serde(default)]
    pub published: Option<String>,
    pub events: Vec<GoldEvent>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub status: Option<String>,
    /// Names; `|` separates spellings of one name.
    #[serde(default)]
    pub subjects: Vec<String>,
    /// Names, or `@category`.
    #[serde(default)]
    pub agents: Vec<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub charge: Option<String>,
    #[serde(default)]
    pub penalty: Option<GoldPenalty>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldPenalty {
    pub kind: String,
    #[serde(default)]
    pub amount: Option<f64>,
    #[serde(default)]
    pub unit: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_gold_shape_parses() {
        let text = r#"{ "document": "a.txt", "published": null, "events": [
            { "type": "sentence", "status": "occurred", "subjects": ["A B"], "agents": ["@court"],
              "date": null, "place": "Almaty", "charge": null,
              "penalty": { "kind": "administrative_arrest", "amount": 15, "unit": "day" } },
            { "type": "statement", "status": "occurred", "subjects": [], "agents": ["X"],
              "date": null, "place": null, "charge": null, "penalty": null, "optional": true } ] }"#;
        let gold: GoldFile = serde_json::from_str(text).unwrap();
        assert_eq!(gold.events.len(), 2);
        assert_eq!(gold.events[0].penalty.as_ref().unwrap().amount, Some(15.0));
        assert!(gold.events[1].optional);
        assert!(!gold.events[0].optional);
    }

    #[test]
    fn event_serialises_type_field_and_spans() {
        let ev = Event {
            id: "ev1".into(),
            kind: "detention".into(),
            status: "occurred".into(),
            date: None,
            place: None,
            agents: vec!["o1".into()],
            subjects: vec!["p1".into()],
            charge: None,
            penalty: None,
            count: None,
            attributed_to: vec![],
            evidence: vec![[0, 10]],
            confidence: 0.9,
        };
        let v = serde_json::to_value(&ev).unwrap();
        assert_eq!(v["type"], "detention");
        assert_eq!(v["evidence"][0][1], 10);
        let back: Event = serde_json::from_value(v).unwrap();
        assert_eq!(back, ev);
    }
}
