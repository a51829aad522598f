//! Event field values with their origin, and the choice of the value an event shows.
//!
//! Every reading of a field (from a report, or set by a person) is a row of `event_values`.
//! The shown value is chosen, field by field: a person's latest value, else the machine value
//! given by the most documents (for dates, the most precise first), ties to the most recent
//! report. The chosen values are copied into the `events` row for queries.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chronicle_record::{Count, Event, Penalty};
use serde_json::{json, Value};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::matching::date_precision_rank;
use crate::rows::{bind_rows, padded_list, statement_sizes, Val};
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
    let summaries: Vec<ValueGroup> = groups
        .iter()
        .map(|(_, g)| ValueGroup {
            origin: g[0].origin.clone(),
            value: g[0].value.clone(),
            support: g
                .iter()
                .filter_map(|r| r.document)
                .collect::<BTreeSet<_>>()
                .len(),
            latest: g
                .iter()
                .filter_map(|r| r.published.clone())
                .max()
                .unwrap_or_default(),
            last_id: g.iter().map(|r| r.id).max().unwrap_or(0),
            detail: g.iter().rev().find_map(|r| r.detail.clone()),
        })
        .collect();
    let chosen = pick(field, &summaries)?;
    let groups = groups
        .into_iter()
        .map(|(k, g)| (k.split('\u{0}').nth(1).unwrap_or("").to_string(), g))
        .collect();
    Some(FieldChoice { groups, chosen })
}

/// One distinct value of a field, summed over the rows that give it.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueGroup {
    pub origin: String,
    pub value: String,
    /// Documents giving it.
    pub support: usize,
    /// The latest publication date among them ("" if none known).
    pub latest: String,
    /// The newest row (a person's latest value wins).
    pub last_id: i64,
    pub detail: Option<String>,
}

/// Which value to show: a person's (the latest), else for dates the most precise, then the
/// best supported, then the most recently published, then the newest.
pub fn pick(field: &str, groups: &[ValueGroup]) -> Option<usize> {
    let rank = |g: &ValueGroup| {
        if g.origin == "human" {
            return (1u8, 0u8, 0usize, String::new(), g.last_id);
        }
        let precision = if field == "date" {
            serde_json::from_str::<Value>(&g.value)
                .ok()
                .and_then(|v| v["value"].as_str().map(date_precision_rank))
                .unwrap_or(0)
        } else {
            0
        };
        (0u8, precision, g.support, g.latest.clone(), g.last_id)
    };
    (0..groups.len()).max_by_key(|&i| rank(&groups[i]))
}

/// The chosen value of every field (as `refresh_events` computes it in SQL): (canonical JSON, the words of its latest row).
#[cfg(test)]
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

/// Recomputes the shown values of events from their value rows, and deletes those that no
/// report and no person supports any more.
pub async fn refresh_events(conn: &mut AnyConnection, ids: &[i64]) -> Result<()> {
    for chunk in ids.chunks(256) {
        refresh_chunk(conn, chunk).await?;
    }
    Ok(())
}

/// Runs `sql` (with `{ids}` standing for the bound id list) and maps each row by its `id`.
async fn id_map<T>(
    conn: &mut AnyConnection,
    sql: &str,
    ids: &[i64],
    get: impl Fn(&sqlx::any::AnyRow) -> Result<T>,
) -> Result<HashMap<i64, T>> {
    let (marks, values) = padded_list(ids, 1);
    let mut q = crate::dynamic_query(&sql.replace("{ids}", &marks));
    for v in values {
        q = q.bind(v);
    }
    let mut out = HashMap::new();
    for row in q.fetch_all(&mut *conn).await? {
        out.insert(row.try_get("id")?, get(&row)?);
    }
    Ok(out)
}

async fn refresh_chunk(conn: &mut AnyConnection, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let sources = id_map(
        conn,
        "SELECT event_id AS id, COUNT(*) AS n FROM event_sources WHERE event_id IN ({ids}) GROUP BY event_id",
        ids,
        |r| Ok(r.try_get::<i64, _>("n")?),
    )
    .await?;
    let subject_country = id_map(
        conn,
        "SELECT e.id, s.country FROM events e JOIN entities s ON s.id = e.subject_id WHERE e.id IN ({ids})",
        ids,
        |r| opt_str(r, "country"),
    )
    .await?;
    // One row per distinct value, not per reading: a much-reported event has hundreds.
    let (marks, padded) = padded_list(ids, 1);
    let mut q = crate::dynamic_query(&format!(
        "SELECT v.event_id, v.field, v.value, v.origin, COUNT(DISTINCT v.document_id) AS support,
                MAX(v.id) AS last_id, MAX(v.detail) AS detail, MAX(v.published) AS latest
         FROM event_values v
         WHERE v.event_id IN ({marks})
         GROUP BY v.event_id, v.field, v.value, v.origin"
    ));
    for v in padded {
        q = q.bind(v);
    }
    let mut groups: HashMap<i64, HashMap<String, Vec<ValueGroup>>> = HashMap::new();
    for row in q.fetch_all(&mut *conn).await? {
        let field: String = row.try_get("field")?;
        groups
            .entry(row.try_get("event_id")?)
            .or_default()
            .entry(field)
            .or_default()
            .push(ValueGroup {
                origin: row.try_get("origin")?,
                value: row.try_get("value")?,
                support: row.try_get::<i64, _>("support")?.max(0) as usize,
                latest: opt_str(&row, "latest")?.unwrap_or_default(),
                last_id: row.try_get("last_id")?,
                detail: opt_str(&row, "detail")?,
            });
    }
    let chosen_by_event: HashMap<i64, BTreeMap<String, (Value, Option<String>)>> = groups
        .iter()
        .map(|(id, fields)| {
            let mut chosen = BTreeMap::new();
            for (field, list) in fields {
                let Some(i) = pick(field, list) else { continue };
                if let Ok(v) = serde_json::from_str(&list[i].value) {
                    chosen.insert(field.clone(), (v, list[i].detail.clone()));
                }
            }
            (*id, chosen)
        })
        .collect();
    let places: BTreeSet<i64> = chosen_by_event
        .values()
        .filter_map(|c| c.get("place").and_then(|(v, _)| v.as_i64()))
        .collect();
    let place_country = if places.is_empty() {
        HashMap::new()
    } else {
        let places: Vec<i64> = places.into_iter().collect();
        id_map(
            conn,
            "SELECT id, country FROM entities WHERE id IN ({ids})",
            &places,
            |r| opt_str(r, "country"),
        )
        .await?
    };
    let mut updates: Vec<Vec<Val>> = Vec::new();
    for &event_id in ids {
        let human = groups
            .get(&event_id)
            .is_some_and(|f| f.values().flatten().any(|g| g.origin == "human"));
        if sources.get(&event_id).copied().unwrap_or(0) == 0 && !human {
            delete_event(conn, event_id).await?;
            continue;
        }
        let no_values = BTreeMap::new();
        let chosen = chosen_by_event.get(&event_id).unwrap_or(&no_values);
        let get = |f: &str| chosen.get(f).map(|(v, _)| v);
        let text = |v: Option<&Value>| Val::Text(v.and_then(Value::as_str).map(str::to_string));
        let place = get("place").and_then(Value::as_i64);
        let country = place
            .and_then(|p| place_country.get(&p).cloned().flatten())
            .or_else(|| subject_country.get(&event_id).cloned().flatten());
        let penalty = get("penalty");
        let count = get("count");
        updates.push(vec![
            event_id.into(),
            text(get("status")),
            text(get("date").map(|d| &d["value"])),
            text(get("date").map(|d| &d["precision"])),
            place.into(),
            country.into(),
            text(get("charge")),
            text(penalty.map(|p| &p["kind"])),
            crate::real(penalty.and_then(|p| p["amount"].as_f64())).into(),
            text(penalty.map(|p| &p["unit"])),
            chosen.get("penalty").and_then(|(_, d)| d.clone()).into(),
            count.and_then(|c| c["low"].as_i64()).into(),
            count.and_then(|c| c["high"].as_i64()).into(),
        ]);
    }
    // All of them in a few statements: an UPDATE from a list of VALUES.
    let mut start = 0;
    for size in statement_sizes(updates.len()) {
        let chunk = &updates[start..start + size];
        start += size;
        let tuples: Vec<String> = (0..chunk.len())
            .map(|r| {
                let marks: Vec<String> = (0..13).map(|c| format!("${}", r * 13 + c + 1)).collect();
                format!("({})", marks.join(", "))
            })
            .collect();
        let sql = format!(
            "WITH v (id, status, date, date_precision, place_id, country, charge, penalty_kind,
                     penalty_amount, penalty_unit, penalty_text, count_low, count_high)
             AS (VALUES {})
             UPDATE events SET status = v.status, date = v.date, date_precision = v.date_precision,
                 place_id = v.place_id, country = v.country, charge = v.charge,
                 penalty_kind = v.penalty_kind,
                 penalty_amount = CAST(v.penalty_amount AS DOUBLE PRECISION),
                 penalty_unit = v.penalty_unit, penalty_text = v.penalty_text,
                 count_low = v.count_low, count_high = v.count_high
             FROM v WHERE events.id = v.id",
            tuples.join(", ")
        );
        bind_rows(crate::dynamic_query(&sql), chunk)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

async fn delete_event(conn: &mut AnyConnection, event_id: i64) -> Result<()> {
    for sql in [
        "DELETE FROM event_values WHERE event_id = $1",
        "DELETE FROM event_subjects WHERE event_id = $1",
        "DELETE FROM event_agents WHERE event_id = $1",
        "DELETE FROM events WHERE id = $1",
    ] {
        sqlx::query(sql).bind(event_id).execute(&mut *conn).await?;
    }
    Ok(())
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
    refresh_events(&mut tx, &[id]).await?;
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
