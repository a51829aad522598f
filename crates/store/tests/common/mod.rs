//! Test helpers: databases on every backend, and reports built by hand.
#![allow(dead_code)]

use chronicle_record::{
    Count, DocumentInfo, Entity, EntityKind, Event, EventDate, Penalty, Record, SCHEMA,
};
use chronicle_store::{NewDocument, Store};
use sha2::{Digest, Sha256};

/// A database for one test, removed afterwards (SQLite) or recreated each run (PostgreSQL).
pub struct TestDb {
    pub label: &'static str,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub fn open(&self) -> Store {
        Store::open(&self.url).unwrap_or_else(|e| panic!("{}: {e}", self.label))
    }
}

/// SQLite always; PostgreSQL when CHRONICLE_TEST_POSTGRES names a server (required under CI).
pub fn databases(test: &str) -> Vec<TestDb> {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("test.db");
    let mut out = vec![TestDb {
        label: "sqlite",
        url: path.display().to_string(),
        _dir: Some(dir),
    }];
    match std::env::var("CHRONICLE_TEST_POSTGRES") {
        Ok(server) if !server.is_empty() => {
            let name = format!("chronicle_test_{test}");
            let url = chronicle_store::testing::fresh_postgres_database(&server, &name)
                .unwrap_or_else(|e| panic!("cannot make database {name} on {server}: {e}"));
            out.push(TestDb {
                label: "postgres",
                url,
                _dir: None,
            });
        }
        _ if std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false") => {
            panic!("CI is set but CHRONICLE_TEST_POSTGRES is not: the PostgreSQL store tests must run in CI (see .ci/run)")
        }
        _ => eprintln!(
            "{test}: PostgreSQL skipped; set CHRONICLE_TEST_POSTGRES=postgres://user@127.0.0.1:PORT/postgres to run it"
        ),
    }
    out
}

/// A report built by hand: one event about one named subject (or a group).
#[derive(Debug, Clone)]
pub struct Report {
    pub text: String,
    pub source: String,
    pub published: Option<String>,
    pub kind: String,
    pub status: String,
    pub subject: Option<(String, Vec<String>)>,
    pub descriptors: Vec<String>,
    pub date: Option<String>,
    /// name, country, geonames id
    pub place: Option<(String, String, Option<u64>)>,
    pub agent: Option<(String, String)>,
    pub charge: Option<String>,
    pub penalty: Option<(String, Option<f64>, Option<String>)>,
    pub count: Option<u64>,
}

pub fn report(source: &str, kind: &str, subject: &str) -> Report {
    Report {
        text: format!("{source} reports a {kind} of {subject}."),
        source: source.into(),
        published: None,
        kind: kind.into(),
        status: "occurred".into(),
        subject: (!subject.is_empty()).then(|| (subject.to_string(), vec![])),
        descriptors: vec![],
        date: None,
        place: None,
        agent: None,
        charge: None,
        penalty: None,
        count: None,
    }
}

impl Report {
    pub fn text(mut self, t: &str) -> Self {
        self.text = t.into();
        self
    }
    pub fn published(mut self, d: &str) -> Self {
        self.published = Some(d.into());
        self
    }
    pub fn date(mut self, d: &str) -> Self {
        self.date = Some(d.into());
        self
    }
    pub fn alias(mut self, a: &str) -> Self {
        if let Some((_, aliases)) = &mut self.subject {
            aliases.push(a.into());
        }
        self
    }
    pub fn descriptor(mut self, d: &str) -> Self {
        self.descriptors.push(d.into());
        self
    }
    pub fn place(mut self, name: &str, country: &str, geonames: Option<u64>) -> Self {
        self.place = Some((name.into(), country.into(), geonames));
        self
    }
    pub fn agent(mut self, name: &str, category: &str) -> Self {
        self.agent = Some((name.into(), category.into()));
        self
    }
    pub fn charge(mut self, c: &str) -> Self {
        self.charge = Some(c.into());
        self
    }
    pub fn penalty(mut self, kind: &str, amount: Option<f64>, unit: Option<&str>) -> Self {
        self.penalty = Some((kind.into(), amount, unit.map(str::to_string)));
        self
    }
    pub fn status(mut self, s: &str) -> Self {
        self.status = s.into();
        self
    }
    pub fn group(mut self, n: u64) -> Self {
        self.subject = None;
        self.count = Some(n);
        self
    }

    pub fn record(&self) -> Record {
        let mut entities = Vec::new();
        let mut subjects = Vec::new();
        let len = self.text.chars().count();
        if let Some((name, aliases)) = &self.subject {
            entities.push(Entity {
                aliases: aliases.clone(),
                descriptors: self.descriptors.clone(),
                mentions: vec![[0, 1]],
                ..Entity::new("p1", EntityKind::Person, name.clone())
            });
            subjects.push("p1".to_string());
        }
        if let Some(n) = self.count {
            entities.push(Entity {
                mentions: vec![[0, 1]],
                ..Entity::new("g1", EntityKind::Group, format!("{n} protesters"))
            });
            subjects.push("g1".to_string());
        }
        let mut place = None;
        if let Some((name, country, gn)) = &self.place {
            entities.push(Entity {
                country: Some(country.clone()),
                geonames_id: *gn,
                lat: gn.map(|_| 43.25),
                lon: gn.map(|_| 76.92),
                mentions: vec![[0, 1]],
                ..Entity::new("l1", EntityKind::Place, name.clone())
            });
            place = Some("l1".to_string());
        }
        let mut agents = Vec::new();
        if let Some((name, category)) = &self.agent {
            entities.push(Entity {
                category: Some(category.clone()),
                country: self.place.as_ref().map(|p| p.1.clone()),
                mentions: vec![[0, 1]],
                ..Entity::new("o1", EntityKind::Organization, name.clone())
            });
            agents.push("o1".to_string());
        }
        let event = Event {
            id: "ev1".into(),
            kind: self.kind.clone(),
            status: self.status.clone(),
            date: self.date.as_ref().map(|d| EventDate {
                text: d.clone(),
                value: Some(d.clone()),
                precision: match d.trim_start_matches('-').len() {
                    10 | 5 => "day",
                    7 | 2 => "month",
                    _ => "year",
                }
                .into(),
            }),
            place,
            agents,
            subjects,
            charge: self.charge.clone(),
            penalty: self.penalty.as_ref().map(|(kind, amount, unit)| Penalty {
                kind: kind.clone(),
                amount: *amount,
                unit: unit.clone(),
                text: Some(format!("{kind} {amount:?} {unit:?}")),
            }),
            count: self.count.map(|n| Count {
                low: Some(n),
                high: Some(n),
                text: format!("{n} people"),
            }),
            attributed_to: vec![],
            evidence: vec![[0, len]],
            confidence: 0.9,
        };
        Record {
            schema: SCHEMA.into(),
            document: DocumentInfo {
                id: document_id(&self.text),
                source: Some(self.source.clone()),
                title: None,
                published: self.published.clone(),
                language: Some("en".into()),
            },
            entities,
            events: vec![event],
        }
    }
}

pub fn document_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256:{}",
        digest
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )
}

/// Ingests reports as one batch with the given engine name.
pub fn ingest(store: &Store, reports: &[Report], engine: &str) -> chronicle_store::IngestReport {
    let records: Vec<Record> = reports.iter().map(Report::record).collect();
    let batch: Vec<NewDocument<'_>> = reports
        .iter()
        .zip(&records)
        .map(|(r, rec)| NewDocument {
            text: &r.text,
            record: rec,
            engine,
        })
        .collect();
    store.ingest(&batch).expect("ingest")
}
