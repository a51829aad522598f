//! What goes into the store and what comes out of it.

use std::collections::BTreeMap;

use chronicle_record::{Count, Penalty, Record};
use serde::Serialize;

/// One report to store: its text as read (offsets in the record point into it) and its
/// extraction. `engine` names the extractor that made the record; the same text from the
/// same engine is stored once, from a different engine it replaces the machine reading.
#[derive(Debug, Clone, Copy)]
pub struct NewDocument<'a> {
    pub text: &'a str,
    pub record: &'a Record,
    pub engine: &'a str,
}

/// What an ingest did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct IngestReport {
    /// New documents stored.
    pub added: usize,
    /// Documents already stored by another engine, whose machine reading was replaced.
    pub updated: usize,
    /// Documents already stored by this engine: nothing done.
    pub unchanged: usize,
    /// Events created (not linked to an existing one).
    pub new_events: usize,
    /// Event readings linked to an event already known from another report.
    pub linked_events: usize,
    /// Persons created.
    pub new_persons: usize,
}

impl IngestReport {
    pub fn add(&mut self, other: &IngestReport) {
        self.added += other.added;
        self.updated += other.updated;
        self.unchanged += other.unchanged;
        self.new_events += other.new_events;
        self.linked_events += other.linked_events;
        self.new_persons += other.new_persons;
    }
}

/// Restricts `events`, `search`, `stats` and `export`. Empty: everything.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Event type (`detention`, `sentence`, ...).
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 country of the event.
    pub country: Option<String>,
    /// Earliest event date, ISO (`2023`, `2023-04`, `2023-04-12`).
    pub from: Option<String>,
    /// Latest event date, ISO; `2023-04` includes all of April.
    pub to: Option<String>,
    /// A person's name (any spelling) who must be among the subjects.
    pub person: Option<String>,
    pub status: Option<String>,
    /// Most rows to return; `None` is no limit (search defaults to 20).
    pub limit: Option<usize>,
}

impl Filters {
    pub(crate) fn on_events(&self) -> bool {
        self.kind.is_some()
            || self.country.is_some()
            || self.from.is_some()
            || self.to.is_some()
            || self.person.is_some()
            || self.status.is_some()
    }
}

/// A person as the store knows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonView {
    pub id: i64,
    pub name: String,
    /// Other spellings and forms seen in reports.
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A person's case history: every event with them as a subject, in date order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dossier {
    pub person: PersonView,
    pub events: Vec<EventView>,
}

/// A place as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceView {
    pub name: String,
    pub country: Option<String>,
    /// `country`, `region`, `city` or `unknown` (not in the gazetteer).
    pub level: String,
    /// The first-level region (oblast, province) it lies in.
    pub admin1: Option<String>,
    pub geonames_id: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// One report's account of an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceView {
    /// The stored document's id.
    pub document: i64,
    /// Its content hash (`sha256:...`), the `chronicle/1` document id.
    pub hash: String,
    /// Where it came from (path or URL).
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    /// The sentences the event was read from.
    pub evidence: Vec<String>,
}

/// One value a field has been given, and by whom.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValueView {
    /// The value as JSON.
    pub value: serde_json::Value,
    /// `machine` or `human`.
    pub origin: String,
    /// Documents (store ids) that gave it; empty for a person's value.
    pub documents: Vec<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_by: Option<String>,
    /// Whether this is the value shown.
    pub chosen: bool,
}

/// An event, merged from all its reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventView {
    /// Stable public id.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub status: Option<String>,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    /// The place's name.
    pub place: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_detail: Option<PlaceView>,
    pub country: Option<String>,
    pub subjects: Vec<String>,
    pub agents: Vec<String>,
    pub charge: Option<String>,
    pub penalty: Option<Penalty>,
    pub count: Option<Count>,
    pub sources: Vec<SourceView>,
    /// Fields whose sources disagree: every value with its origin. Absent when all agree.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub conflicts: BTreeMap<String, Vec<ValueView>>,
}

/// A report found by `search`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub document: i64,
    pub hash: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    /// The matching passage, matched words in [brackets].
    pub snippet: String,
}

/// Penalty totals of one country, as OVD-Info and Viasna publish them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PenaltyTotals {
    pub country: Option<String>,
    /// Sentences with a known penalty.
    pub sentences: i64,
    /// Days of administrative arrest.
    pub administrative_arrest_days: f64,
    /// Years of prison (months and days converted).
    pub prison_years: f64,
    /// Suspended sentences, in years.
    pub suspended_years: f64,
    /// Fines by currency (ISO 4217).
    pub fines: BTreeMap<String, f64>,
}

/// Counts and totals over the (filtered) events.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    pub documents: i64,
    pub events: i64,
    pub persons: i64,
    pub by_type: BTreeMap<String, i64>,
    /// `null` country is written as "unknown".
    pub by_country: BTreeMap<String, i64>,
    /// `YYYY-MM`; events without a month are left out.
    pub by_month: BTreeMap<String, i64>,
    pub penalties: Vec<PenaltyTotals>,
}
