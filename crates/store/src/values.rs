//! Event field values with their origin, and the choice of the value an event shows.
//!
//! Every reading of a field (from a report, or set by a person) is a row of `event_values`.
//! The shown value is chosen, field by field: a person's latest value, else the machine value
//! given by the most documents (for dates, the most precise first), ties to the most recent
//! report. The chosen values are copied into the `events` row for queries.

use std::collections::{BTreeMap, BTreeSet};

use chronicle_record::{Count, Event, Penalty};
use serde_json::{json, Value};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::matching::date_precision_rank;
use crate::{now_iso, opt_str, Result, StoreError};

/// The fields kept with origins.
pub const FIELDS: [&str; 6] = ["status", "date", "place", "charge", "penalty", "count"];

/// The statuses of the contract.
const STATUSES: [&str; 6] = [
    "occurred", "pending", "planned", "alleged", "denied", "negated",
];

/// A field value ready to store: canonical JSON (compared for agreement) and the words.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldValue {
    pub field: &'static str,
    pub value: String,
    pub detail: Option<String>,
}

/// The machine values one report gives an event. `place` is the stored place's id.
pub fn machine_values(ev: &Event, place: Option<i64>) -> Vec<FieldValue> {
    let mut out = vec![FieldValue {
        field: "status",
        value: Value::String(ev.status.clone()).to_string(),
        detail: None,
    }];
    if let Some(d) = &ev.date {
        if let Some(v) = &d.value {
            out.push(FieldValue {
                field: "date",
                value: date_json(v, &d.precision).to_string(),
                detail: Some(d.text.clone()),
            });
        }
    }
    if let Some(p) = place {
        out.push(FieldValue {
            field: "place",
            value: json!(p).to_string(),
            detail: None,
        });
    }
    if let Some(c) = ev
        .charge
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        out.push(FieldValue {
            field: "charge",
            value: Value::String(c.to_string()).to_string(),
            detail: None,
        });
    }
    if let Some(p) = &ev.penalty {
        out.push(FieldValue {
            field: "penalty",
            value: penalty_json(p).to_string(),
            detail: p.text.clone(),
        });
    }
    if let Some(c) = &ev.count {
        out.push(FieldValue {
            field: "count",
            value: json!({"low": c.low, "high": c.high}).to_string(),
            detail: Some(c.text.clone()),
        });
    }
    out
}

fn date_json(value: &str, precision: &str) -> Value {
    json!({"value": value, "precision": precision})
}

fn penalty_json(p: &Penalty) -> Value {
    json!({"kind": p.kind, "amount": p.amount, "unit": p.unit})
}

/// One stored value row.
#[derive(Debug, Clone)]
pub struct StoredValue {
    pub id: i64,
    pub field: String,
    pub value: String,
    pub detail: Option<String>,
    pub origin: String,
    pub document: Option<i64>,
    pub published: Option<String>,
    pub set_by: Option<String>,
}

pub async fn load(conn: &mut AnyConnection, event_id: i64) -> Result<Vec<StoredValue>> {
    let rows = sqlx::query(
        "SELECT v.id, v.field, v.value, v.detail, v.origin, v.document_id, v.set_by, d.published
         FROM event_values v LEFT JOIN documents d ON d.id = v.document_id
         WHERE v.event_id = $1 ORDER BY v.id",
    )
    .bind(event_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(stored_value).collect()
}

pub fn stored_value(row: &sqlx::any::AnyRow) -> Result<StoredValue> {
    Ok(StoredValue {
        id: row.try_get("id")?,
        field: row.try_get("field")?,
        value: row.try_get("value")?,
        detail: opt_str(row, "detail")?,
        origin: row.try_get("origin")?,
        document: row.try_get("document_id")?,
        published: opt_str(row, "published")?,
        set_by: opt_str(row, "set_by")?,
    })
}

/// The distinct values of one field, each with its rows, and which is chosen.
#[derive(Debug, Clone)]
pub struct FieldChoice<'a> {
    pub groups: Vec<(String, Vec<&'a StoredValue>)>,
    pub chosen: usize,
}

/// Groups a field's rows by value and picks the value to show.
pub fn choose<'a>(field: &str, rows: &[&'a StoredValue]) -> Option<FieldChoice<'a>> {
    let mut groups: Vec<(String, Vec<&StoredValue>)> = Vec::new();
    for r in rows {
        let key = format!("{}\u{0}{}", r.origin, r.value);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => g.push(r),
            None => groups.push((key, vec![r])),
        }
    }
    if groups.is_empty() {
        return None;
    }
    let rank = |g: &Vec<&StoredValue>| {
        let human = g.iter().any(|r| r.origin == "human");
        let last_id = g.iter().map(|r| r.id).max().unwrap_or(0);
        if human {
            return (1u8, 0u8, 0usize, String::new(), last_id);
        }
        let precision = if field == "date" {
            serde_json::from_str::<Value>(&g[0].value)
                .ok()
                .and_then(|v| v["value"].as_str().map(date_precision_rank))
                .unwrap_or(0)
        } else {
            0
        };
        let support = g
            .iter()
            .filter_map(|r| r.document)
            .collect::<BTreeSet<_>>()
            .len();
        let latest = g
            .iter()
            .filter_map(|r| r.published.clone())
            .max()
            .unwrap_or_default();
        (0u8, precision, support, latest, last_id)
    };
    let chosen = (0..groups.len()).max_by_key(|&i| rank(&groups[i].1))?;
    let groups = groups
        .into_iter()
        .map(|(k, g)| (k.split('\u{0}').nth(1).unwrap_or("").to_string(), g))
        .collect();
    Some(FieldChoice { groups, chosen })
}

/// The chosen value of every field: (canonical JSON, the words of its latest row).
pub fn chosen(rows: &[StoredValue]) -> BTreeMap<String, (Value, Option<String>)> {
    let mut out = BTreeMap::new();
    for field in FIELDS {
        let of_field: Vec<&StoredValue> = rows.iter().filter(|r| r.field == field).collect();
        if let Some(choice) = choose(field, &of_field) {
            let (value, group) = &choice.groups[choice.chosen];
            let detail = group.iter().rev().find_map(|r| r.detail.clone());
            if let Ok(v) = serde_json::from_str(value) {
                out.insert(field.to_string(), (v, detail));
            }
        }
    }
    out
}

/// Recomputes an event's shown values from its value rows, or deletes the event when no
/// report and no person supports it any more. Returns whether it still exists.
pub async fn refresh_event(conn: &mut AnyConnection, event_id: i64) -> Result<bool> {
    let sources: i64 = sqlx::query("SELECT COUNT(*) AS n FROM event_sources WHERE event_id = $1")
        .bind(event_id)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
    let rows = load(conn, event_id).await?;
    if sources == 0 && !rows.iter().any(|r| r.origin == "human") {
        for table in ["event_values", "event_subjects", "event_agents"] {
            crate::dynamic_query(&format!("DELETE FROM {table} WHERE event_id = $1"))
                .bind(event_id)
                .execute(&mut *conn)
                .await?;
        }
        sqlx::query("DELETE FROM events WHERE id = $1")
            .bind(event_id)
            .execute(&mut *conn)
            .await?;
        return Ok(false);
    }
    let chosen = chosen(&rows);
    let get = |f: &str| chosen.get(f).map(|(v, _)| v);
    let status = get("status").and_then(Value::as_str).map(str::to_string);
    let date = get("date")
        .and_then(|d| d["value"].as_str())
        .map(str::to_string);
    let precision = get("date")
        .and_then(|d| d["precision"].as_str())
        .map(str::to_string);
    let place = get("place").and_then(Value::as_i64);
    let charge = get("charge").and_then(Value::as_str).map(str::to_string);
    let penalty = get("penalty");
    let penalty_text = chosen.get("penalty").and_then(|(_, d)| d.clone());
    let count = get("count");
    let country: Option<String> = sqlx::query(
        "SELECT COALESCE(
             (SELECT country FROM entities WHERE id = $2),
             (SELECT s.country FROM events e JOIN entities s ON s.id = e.subject_id WHERE e.id = $1)
         ) AS c",
    )
    .bind(event_id)
    .bind(place)
    .fetch_one(&mut *conn)
    .await?
    .try_get("c")?;
    sqlx::query(
        "UPDATE events SET status = $2, date = $3, date_precision = $4, place_id = $5,
             country = $6, charge = $7, penalty_kind = $8, penalty_amount = CAST($9 AS DOUBLE PRECISION),
             penalty_unit = $10, penalty_text = $11, count_low = $12, count_high = $13
         WHERE id = $1",
    )
    .bind(event_id)
    .bind(status)
    .bind(date)
    .bind(precision)
    .bind(place)
    .bind(country)
    .bind(charge)
    .bind(penalty.and_then(|p| p["kind"].as_str()).map(str::to_string))
    .bind(crate::real(penalty.and_then(|p| p["amount"].as_f64())))
    .bind(penalty.and_then(|p| p["unit"].as_str()).map(str::to_string))
    .bind(penalty_text)
    .bind(count.and_then(|c| c["low"].as_i64()))
    .bind(count.and_then(|c| c["high"].as_i64()))
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// Checks and canonicalises a value a person gives, as JSON text.
pub fn human_value(field: &str, value: &str) -> Result<String> {
    let bad = |what: &str| StoreError::Invalid(format!("{field}: {what}"));
    let v: Value = serde_json::from_str(value)
        .or_else(|_| serde_json::from_str(&Value::String(value.to_string()).to_string()))
        .map_err(|e| bad(&e.to_string()))?;
    let canonical = match field {
        "status" => {
            let s = v.as_str().filter(|s| STATUSES.contains(s));
            json!(s.ok_or_else(|| bad(&format!("expected one of {}", STATUSES.join(", "))))?)
        }
        "date" => {
            let text = v.as_str().or_else(|| v["value"].as_str());
            let text = text.ok_or_else(|| bad("expected an ISO date such as 2023-04-12"))?;
            let precision = match date_precision_rank(text) {
                3 => "day",
                2 => "month",
                1 => "year",
                _ => {
                    return Err(bad(
                        "expected an ISO date such as 2023-04-12, 2023-04 or 2023",
                    ))
                }
            };
            date_json(text, precision)
        }
        "charge" => json!(v.as_str().ok_or_else(|| bad("expected text"))?.trim()),
        "penalty" => {
            let p: Penalty = serde_json::from_value(v).map_err(|e| {
                bad(&format!(
                    "{e}; expected {{\"kind\": \"prison\", \"amount\": 2, \"unit\": \"year\"}}"
                ))
            })?;
            penalty_json(&p)
        }
        "count" => {
            let c: Count = serde_json::from_value(v).map_err(|e| {
                bad(&format!(
                    "{e}; expected {{\"low\": 80, \"high\": null, \"text\": \"80 people\"}}"
                ))
            })?;
            json!({"low": c.low, "high": c.high})
        }
        _ => {
            return Err(StoreError::Invalid(format!(
                "cannot set `{field}` by hand; fields: status, date, charge, penalty, count"
            )))
        }
    };
    Ok(canonical.to_string())
}

pub(crate) async fn set_by_hand(
    pool: &AnyPool,
    uid: &str,
    field: &str,
    value: &str,
    by: &str,
) -> Result<()> {
    let canonical = human_value(field, value)?;
    let mut tx = pool.begin().await?;
    crate::ingest::take_turn(&mut tx).await?;
    let id: Option<i64> = sqlx::query("SELECT id FROM events WHERE uid = $1")
        .bind(uid)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| r.try_get("id"))
        .transpose()?;
    let id = id.ok_or_else(|| {
        StoreError::Invalid(format!(
            "no event `{uid}`; `chronicle events` lists event ids"
        ))
    })?;
    sqlx::query(
        "INSERT INTO event_values (event_id, field, value, detail, origin, document_id, set_by, set_at)
         VALUES ($1, $2, $3, NULL, 'human', NULL, $4, $5)",
    )
    .bind(id)
    .bind(field.to_string())
    .bind(canonical)
    .bind(by.to_string())
    .bind(now_iso())
    .execute(&mut *tx)
    .await?;
    refresh_event(&mut tx, id).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(
        id: i64,
        field: &str,
        value: &str,
        origin: &str,
        doc: Option<i64>,
        published: &str,
    ) -> StoredValue {
        StoredValue {
            id,
            field: field.into(),
            value: value.into(),
            detail: None,
            origin: origin.into(),
            document: doc,
            published: Some(published.into()),
            set_by: None,
        }
    }

    #[test]
    fn most_supported_machine_value_wins_and_a_person_beats_all() {
        let rows = vec![
            row(
                1,
                "charge",
                "\"hooliganism\"",
                "machine",
                Some(1),
                "2023-01-01",
            ),
            row(
                2,
                "charge",
                "\"extremism\"",
                "machine",
                Some(2),
                "2023-01-02",
            ),
            row(
                3,
                "charge",
                "\"hooliganism\"",
                "machine",
                Some(3),
                "2023-01-03",
            ),
        ];
        assert_eq!(chosen(&rows)["charge"].0, json!("hooliganism"));
        let mut with_human = rows.clone();
        with_human.push(row(4, "charge", "\"treason\"", "human", None, ""));
        assert_eq!(chosen(&with_human)["charge"].0, json!("treason"));
    }

    #[test]
    fn a_more_precise_date_wins() {
        let rows = vec![
            row(
                1,
                "date",
                r#"{"precision":"month","value":"2023-04"}"#,
                "machine",
                Some(1),
                "2023-04-20",
            ),
            row(
                2,
                "date",
                r#"{"precision":"month","value":"2023-04"}"#,
                "machine",
                Some(2),
                "2023-04-21",
            ),
            row(
                3,
                "date",
                r#"{"precision":"day","value":"2023-04-12"}"#,
                "machine",
                Some(3),
                "2023-04-13",
            ),
        ];
        assert_eq!(chosen(&rows)["date"].0["value"], "2023-04-12");
    }

    #[test]
    fn human_values_are_checked() {
        assert_eq!(
            human_value("date", "2023-04").unwrap(),
            r#"{"precision":"month","value":"2023-04"}"#
        );
        assert!(human_value("status", "\"maybe\"").is_err());
        assert_eq!(
            human_value("charge", "hooliganism").unwrap(),
            "\"hooliganism\""
        );
        assert!(human_value("penalty", r#"{"amount": 2}"#).is_err());
        assert!(human_value("place", "1").is_err());
    }
}
