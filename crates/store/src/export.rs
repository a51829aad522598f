//! Writing events out: ACLED-style CSV, JSON Lines, or one JSON array.
//!
//! The CSV uses ACLED's column names where they fit, in ACLED's order, then Chronicle's own:
//!
//! | column | from |
//! |---|---|
//! | `event_id_cnty` | the stable event id (`ev-…`) |
//! | `event_date` | the date; a month or a year is written as its first day, as ACLED does |
//! | `year` | the year of the date |
//! | `time_precision` | 1 a day, 3 a month or a year (ACLED's codes); empty if undated |
//! | `disorder_type`, `event_type`, `sub_event_type` | by type, from `data/acled_types.tsv` |
//! | `actor1` | the agents (police, court, …), `; `-separated |
//! | `actor2` | the subjects, `; `-separated |
//! | `country` | the country's English name (GeoNames), else its ISO code |
//! | `admin1` | the first-level region of the place (GeoNames' name) |
//! | `location`, `latitude`, `longitude` | the place and its gazetteer coordinates |
//! | `geo_precision` | 1 a city, 3 a region, a country or a place the gazetteer does not know |
//! | `source` | the sources (outlets, paths or URLs) of all reports, `; `-separated |
//! | `notes` | the first report's evidence sentences |
//! | `fatalities` | empty: not extracted |
//!
//! Chronicle's columns: `country_code` (ISO 3166-1 alpha-2), `chronicle_type`, `status`, `subjects`, `charge`, `penalty` (its
//! words), `penalty_kind`, `penalty_amount`, `penalty_unit`, `sources_count`, `documents`
//! (store ids).

use std::io::Write;

use crate::{EventView, Result, StoreError};

const ACLED_TYPES: &str = include_str!("../data/acled_types.tsv");

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    AcledCsv,
    Jsonl,
    Json,
}

impl std::str::FromStr for ExportFormat {
    type Err = StoreError;

    fn from_str(s: &str) -> Result<ExportFormat> {
        match s {
            "acled-csv" => Ok(ExportFormat::AcledCsv),
            "jsonl" => Ok(ExportFormat::Jsonl),
            "json" => Ok(ExportFormat::Json),
            _ => Err(StoreError::Invalid(format!(
                "unknown export format `{s}`; use acled-csv, jsonl or json"
            ))),
        }
    }
}

/// The CSV header.
pub const CSV_COLUMNS: [&str; 30] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "country_code",
    "chronicle_type",
    "status",
    "subjects",
    "charge",
    "penalty",
    "penalty_kind",
    "penalty_amount",
    "penalty_unit",
    "sources_count",
    "documents",
    "date_as_reported",
];

/// ACLED's (disorder_type, event_type, sub_event_type) for a Chronicle type.
pub fn acled_type(kind: &str) -> (String, String, String) {
    for line in ACLED_TYPES.lines() {
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() == 4 && cols[0] == kind {
            return (cols[1].into(), cols[2].into(), cols[3].into());
        }
    }
    (
        "Strategic developments".into(),
        "Strategic developments".into(),
        "Other".into(),
    )
}

/// ACLED's date and time precision for an ISO value.
fn acled_date(date: Option<&str>) -> (String, String, String) {
    let Some(d) = date.filter(|d| !d.starts_with("--")) else {
        return (String::new(), String::new(), String::new());
    };
    let year = d.get(..4).unwrap_or("").to_string();
    match d.len() {
        10 => (d.to_string(), year, "1".into()),
        7 => (format!("{d}-01"), year, "3".into()),
        4 => (format!("{d}-01-01"), year, "3".into()),
        _ => (String::new(), String::new(), String::new()),
    }
}

fn country_name(code: Option<&str>) -> String {
    let Some(code) = code else {
        return String::new();
    };
    chronicle_gazetteer::Gazetteer::embedded()
        .country_name(code)
        .unwrap_or(code)
        .to_string()
}

fn csv_row(ev: &EventView) -> Vec<String> {
    let (event_date, year, precision) = acled_date(ev.date.as_deref());
    let (disorder, event_type, sub_type) = acled_type(&ev.kind);
    let place = ev.place_detail.as_ref();
    let num = |x: Option<f64>| x.map(|v| format!("{v}")).unwrap_or_default();
    // ACLED: 1 the town itself, 2 near it or a part of a region, 3 a region or larger.
    let geo_precision = match place.map(|p| p.level.as_str()) {
        Some("city") => "1",
        Some(_) => "3",
        None => "",
    };
    let mut sources: Vec<String> = Vec::new();
    for s in &ev.sources {
        let name = s.source.clone().unwrap_or_else(|| s.hash.clone());
        if !sources.contains(&name) {
            sources.push(name);
        }
    }
    let notes = ev
        .sources
        .first()
        .map(|s| s.evidence.join(" "))
        .unwrap_or_default();
    let penalty = ev.penalty.as_ref();
    vec![
        ev.id.clone(),
        event_date,
        year,
        precision,
        disorder,
        event_type,
        sub_type,
        ev.agents.join("; "),
        ev.subjects.join("; "),
        country_name(ev.country.as_deref()),
        place.and_then(|p| p.admin1.clone()).unwrap_or_default(),
        ev.place.clone().unwrap_or_default(),
        num(place.and_then(|p| p.lat)),
        num(place.and_then(|p| p.lon)),
        geo_precision.into(),
        sources.join("; "),
        notes,
        String::new(),
        ev.country.clone().unwrap_or_default(),
        ev.kind.clone(),
        ev.status.clone().unwrap_or_default(),
        ev.subjects.join("; "),
        ev.charge.clone().unwrap_or_default(),
        penalty.and_then(|p| p.text.clone()).unwrap_or_default(),
        penalty.map(|p| p.kind.clone()).unwrap_or_default(),
        num(penalty.and_then(|p| p.amount)),
        penalty.and_then(|p| p.unit.clone()).unwrap_or_default(),
        ev.sources.len().to_string(),
        ev.sources
            .iter()
            .map(|s| s.document.to_string())
            .collect::<Vec<_>>()
            .join(";"),
        ev.date.clone().unwrap_or_default(),
    ]
}

/// Writes events in a format.
pub fn write(events: &[EventView], format: ExportFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        ExportFormat::AcledCsv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(CSV_COLUMNS)?;
            for ev in events {
                w.write_record(csv_row(ev))?;
            }
            w.flush()?;
        }
        ExportFormat::Jsonl => {
            for ev in events {
                serde_json::to_writer(&mut *out, ev)?;
                writeln!(out)?;
            }
        }
        ExportFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, events)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_contract_type_has_an_acled_mapping() {
        for kind in chronicle_record::EVENT_TYPES {
            let mapped = ACLED_TYPES
                .lines()
                .any(|l| l.split('\t').next() == Some(kind));
            assert!(mapped, "{kind} missing from acled_types.tsv");
        }
        assert_eq!(acled_type("detention").2, "Arrests");
        assert_eq!(acled_type("protest").1, "Protests");
    }

    #[test]
    fn dates_follow_acled_precision_codes() {
        assert_eq!(
            acled_date(Some("2023-04-12")),
            ("2023-04-12".into(), "2023".into(), "1".into())
        );
        assert_eq!(
            acled_date(Some("2023-04")),
            ("2023-04-01".into(), "2023".into(), "3".into())
        );
        assert_eq!(acled_date(Some("--04-12")).0, "");
        assert_eq!(acled_date(None).2, "");
    }

    #[test]
    fn formats_parse() {
        assert_eq!(
            "acled-csv".parse::<ExportFormat>().unwrap(),
            ExportFormat::AcledCsv
        );
        assert!("xml".parse::<ExportFormat>().is_err());
    }
}
