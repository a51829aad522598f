//! Reading cases back: person dossiers, filtered event lists, full-text search.

use std::collections::{BTreeMap, HashMap};

use chronicle_record::{Count, Penalty, Span};
use serde_json::Value;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use crate::names::{self, Context, PersonName};
use crate::scan;
use crate::values::{choose, stored_value, StoredValue, FIELDS};
use crate::{
    opt_str, Backend, Dossier, EventView, Filters, PersonView, PlaceView, Result, SearchHit,
    SourceView, StoreError, ValueView,
};

/// How many ids go into one `IN (...)` list.
const CHUNK: usize = 500;

/// Default number of search results.
pub const DEFAULT_SEARCH_LIMIT: usize = 20;

/// SQL conditions on events (`ev`) and their bind values, numbered from `first`.
pub(crate) struct EventFilter {
    pub sql: String,
    pub binds: Vec<String>,
}

pub(crate) async fn event_filter(
    conn: &mut AnyConnection,
    f: &Filters,
    first: usize,
) -> Result<EventFilter> {
    let mut clauses: Vec<String> = Vec::new();
    let mut binds: Vec<String> = Vec::new();
    let mut add = |clause: &str, value: String| {
        binds.push(value);
        clauses.push(clause.replace('?', &format!("${}", first + binds.len() - 1)));
    };
    if let Some(k) = &f.kind {
        add("ev.type = ?", k.to_lowercase());
    }
    if let Some(c) = &f.country {
        add("ev.country = ?", c.to_uppercase());
    }
    if let Some(s) = &f.status {
        add("ev.status = ?", s.to_lowercase());
    }
    if let Some(d) = &f.from {
        add("ev.date >= ?", d.clone());
    }
    if let Some(d) = &f.to {
        // "~" sorts after every digit and "-": "2023-04" takes in all of April.
        add("ev.date <= ?", format!("{d}~"));
    }
    if let Some(p) = &f.person {
        let ids = person_ids(conn, p).await?;
        if ids.is_empty() {
            clauses.push("1 = 0".into());
        } else {
            clauses.push(format!(
                "ev.id IN (SELECT event_id FROM event_subjects WHERE entity_id IN ({}))",
                join_ids(&ids)
            ));
        }
    }
    let sql = if clauses.is_empty() {
        "1 = 1".to_string()
    } else {
        clauses.join(" AND ")
    };
    Ok(EventFilter { sql, binds })
}

fn join_ids(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// Persons a name designates: an exact folded name, else everyone with the surname whose
/// given name fits.
async fn person_ids(conn: &mut AnyConnection, name: &str) -> Result<Vec<i64>> {
    let norm = names::fold_name(name);
    if norm.is_empty() {
        return Err(StoreError::Invalid(format!("`{name}` is not a name")));
    }
    let exact: Vec<i64> = sqlx::query(
        "SELECT DISTINCT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
         WHERE n.norm = $1 AND e.kind = 'person' ORDER BY e.id",
    )
    .bind(&norm)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.try_get("id"))
    .collect::<std::result::Result<_, _>>()?;
    let Some(wanted) = PersonName::parse(name) else {
        return Ok(vec![]);
    };
    if !exact.is_empty() && wanted.given.is_some() {
        return Ok(exact);
    }
    let rows = sqlx::query(
        "SELECT e.id, n.name FROM entities e JOIN entity_names n ON n.entity_id = e.id
         WHERE e.kind = 'person' AND e.key = $1
         UNION
         SELECT k.entity_id, n.name FROM person_keys k JOIN entity_names n ON n.entity_id = k.entity_id
         WHERE k.key = $1
         ORDER BY 1, 2",
    )
    .bind(&wanted.surname)
    .fetch_all(&mut *conn)
    .await?;
    let mut ids = Vec::new();
    let none = Context::default();
    for row in rows {
        let id: i64 = row.try_get("id")?;
        let known: String = row.try_get("name")?;
        let fits = wanted.given.is_none()
            || PersonName::parse(&known)
                .is_some_and(|k| names::agreement(&wanted, &none, &k, &none).is_some());
        if fits && !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The persons a name designates, the one with most events first.
pub(crate) async fn person_matches(pool: &AnyPool, name: &str) -> Result<Vec<PersonView>> {
    let mut conn = pool.acquire().await?;
    let ids = person_ids(&mut conn, name).await?;
    let mut found = Vec::new();
    for id in ids {
        let Some(view) = person_view(&mut conn, id).await? else {
            continue;
        };
        let events: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM (SELECT id FROM events WHERE subject_id = $1
             UNION SELECT event_id AS id FROM event_subjects WHERE entity_id = $1) t",
        )
        .bind(id)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
        found.push((events, view));
    }
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
    Ok(found.into_iter().map(|(_, v)| v).collect())
}

pub(crate) async fn person(pool: &AnyPool, name: &str) -> Result<Vec<Dossier>> {
    let matches = person_matches(pool, name).await?;
    let mut conn = pool.acquire().await?;
    let mut out = Vec::new();
    for m in matches {
        if let Some(d) = dossier(&mut conn, m.id).await? {
            out.push(d);
        }
    }
    Ok(out)
}

pub(crate) async fn person_by_id(pool: &AnyPool, id: i64) -> Result<Option<Dossier>> {
    let mut conn = pool.acquire().await?;
    dossier(&mut conn, id).await
}

async fn person_view(conn: &mut AnyConnection, id: i64) -> Result<Option<PersonView>> {
    let Some(row) =
        sqlx::query("SELECT id, name, country FROM entities WHERE id = $1 AND kind = 'person'")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
    else {
        return Ok(None);
    };
    let name: String = row.try_get("name")?;
    let country = opt_str(&row, "country")?;
    let mut aliases: Vec<String> = Vec::new();
    for r in sqlx::query(
        "SELECT name FROM entity_names WHERE entity_id = $1
         UNION SELECT name FROM mentions WHERE entity_id = $1",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    {
        let a: String = r.try_get("name")?;
        if a != name && !aliases.contains(&a) {
            aliases.push(a);
        }
    }
    aliases.sort();
    Ok(Some(PersonView {
        id,
        name,
        aliases,
        country,
    }))
}

async fn dossier(conn: &mut AnyConnection, id: i64) -> Result<Option<Dossier>> {
    let Some(person) = person_view(conn, id).await? else {
        return Ok(None);
    };
    let event_ids: Vec<i64> = sqlx::query(
        "SELECT id FROM events WHERE subject_id = $1
         UNION SELECT event_id AS id FROM event_subjects WHERE entity_id = $1",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.try_get("id"))
    .collect::<std::result::Result<_, _>>()?;
    let mut events = load_events(conn, &event_ids).await?;
    events.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.id).cmp(&(b.date.is_none(), &b.date, &b.id))
    });
    Ok(Some(Dossier { person, events }))
}

pub(crate) async fn events(pool: &AnyPool, filters: &Filters) -> Result<Vec<EventView>> {
    let mut conn = pool.acquire().await?;
    let filter = event_filter(&mut conn, filters, 1).await?;
    let limit = filters
        .limit
        .map(|n| format!(" LIMIT {n}"))
        .unwrap_or_default();
    let sql = format!(
        "SELECT ev.id FROM events ev WHERE {} ORDER BY CASE WHEN ev.date IS NULL THEN 1 ELSE 0 END, ev.date, ev.id{limit}",
        filter.sql
    );
    let ids = fetch_ids(&mut conn, &sql, &filter.binds).await?;
    load_events(&mut conn, &ids).await
}

pub(crate) async fn event(pool: &AnyPool, uid: &str) -> Result<Option<EventView>> {
    let mut conn = pool.acquire().await?;
    let id: Option<i64> = sqlx::query("SELECT id FROM events WHERE uid = $1")
        .bind(uid.to_string())
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| r.try_get("id"))
        .transpose()?;
    let Some(id) = id else {
        return Ok(None);
    };
    Ok(load_events(&mut conn, &[id]).await?.pop())
}

/// Full views of events, in the order of `ids`.
pub(crate) async fn load_events(conn: &mut AnyConnection, ids: &[i64]) -> Result<Vec<EventView>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(CHUNK) {
        out.extend(load_chunk(conn, chunk).await?);
    }
    Ok(out)
}

async fn load_chunk(conn: &mut AnyConnection, ids: &[i64]) -> Result<Vec<EventView>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    let list = join_ids(ids);
    let mut views: HashMap<i64, EventView> = HashMap::new();
    for row in crate::dynamic_query(&format!(
        "SELECT ev.id, ev.uid, ev.type, ev.status, ev.date, ev.date_precision, ev.country,
                ev.charge, ev.penalty_kind, ev.penalty_amount, ev.penalty_unit, ev.penalty_text,
                ev.count_low, ev.count_high, p.name AS place_name, p.country AS place_country,
                p.geonames_id, p.lat, p.lon, p.place_kind, p.admin1
         FROM events ev LEFT JOIN entities p ON p.id = ev.place_id WHERE ev.id IN ({list})"
    ))
    .fetch_all(&mut *conn)
    .await?
    {
        views.insert(row.try_get("id")?, event_view(&row)?);
    }
    for (table, is_subject) in [("event_subjects", true), ("event_agents", false)] {
        for row in crate::dynamic_query(&format!(
            "SELECT DISTINCT t.event_id, e.id, e.name FROM {table} t JOIN entities e ON e.id = t.entity_id
             WHERE t.event_id IN ({list}) ORDER BY e.id"
        ))
        .fetch_all(&mut *conn)
        .await?
        {
            let event_id: i64 = row.try_get("event_id")?;
            let name: String = row.try_get("name")?;
            if let Some(v) = views.get_mut(&event_id) {
                let list = if is_subject { &mut v.subjects } else { &mut v.agents };
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
    }
    for row in crate::dynamic_query(&format!(
        "SELECT es.event_id, es.evidence, d.id, d.hash, d.source, d.title, d.published, d.text
         FROM event_sources es JOIN documents d ON d.id = es.document_id
         WHERE es.event_id IN ({list}) ORDER BY d.published, d.id, es.local_id"
    ))
    .fetch_all(&mut *conn)
    .await?
    {
        let event_id: i64 = row.try_get("event_id")?;
        let spans: Vec<Span> = serde_json::from_str(&row.try_get::<String, _>("evidence")?)?;
        let text: String = row.try_get("text")?;
        let source = SourceView {
            document: row.try_get("id")?,
            hash: row.try_get("hash")?,
            source: opt_str(&row, "source")?,
            title: opt_str(&row, "title")?,
            published: opt_str(&row, "published")?,
            evidence: evidence_text(&text, &spans),
        };
        if let Some(v) = views.get_mut(&event_id) {
            if !v.sources.iter().any(|s| s.document == source.document) {
                v.sources.push(source);
            } else if let Some(s) = v.sources.iter_mut().find(|s| s.document == source.document) {
                s.evidence.extend(source.evidence);
            }
        }
    }
    let mut values: HashMap<i64, Vec<StoredValue>> = HashMap::new();
    for row in crate::dynamic_query(&format!(
        "SELECT v.event_id, v.id, v.field, v.value, v.detail, v.origin, v.document_id, v.set_by, d.published
         FROM event_values v LEFT JOIN documents d ON d.id = v.document_id
         WHERE v.event_id IN ({list}) ORDER BY v.id"
    ))
    .fetch_all(&mut *conn)
    .await?
    {
        values.entry(row.try_get("event_id")?).or_default().push(stored_value(&row)?);
    }
    for (id, rows) in &values {
        if let Some(v) = views.get_mut(id) {
            v.conflicts = conflicts(conn, rows).await?;
        }
    }
    Ok(ids.iter().filter_map(|id| views.remove(id)).collect())
}

fn event_view(row: &AnyRow) -> Result<EventView> {
    let penalty = opt_str(row, "penalty_kind")?
        .map(|kind| -> Result<Penalty> {
            Ok(Penalty {
                kind,
                amount: row.try_get("penalty_amount")?,
                unit: opt_str(row, "penalty_unit")?,
                text: opt_str(row, "penalty_text")?,
            })
        })
        .transpose()?;
    let low: Option<i64> = row.try_get("count_low")?;
    let high: Option<i64> = row.try_get("count_high")?;
    let count = (low.is_some() || high.is_some()).then(|| Count {
        low: low.map(|n| n.max(0) as u64),
        high: high.map(|n| n.max(0) as u64),
        text: String::new(),
    });
    let place_detail = opt_str(row, "place_name")?
        .map(|name| -> Result<PlaceView> {
            Ok(PlaceView {
                name,
                country: opt_str(row, "place_country")?,
                level: opt_str(row, "place_kind")?.unwrap_or_else(|| "unknown".into()),
                admin1: opt_str(row, "admin1")?,
                geonames_id: row.try_get("geonames_id")?,
                lat: row.try_get("lat")?,
                lon: row.try_get("lon")?,
            })
        })
        .transpose()?;
    Ok(EventView {
        id: row.try_get("uid")?,
        kind: row.try_get("type")?,
        status: opt_str(row, "status")?,
        date: opt_str(row, "date")?,
        date_precision: opt_str(row, "date_precision")?,
        place: place_detail.as_ref().map(|p| p.name.clone()),
        place_detail,
        country: opt_str(row, "country")?,
        subjects: vec![],
        agents: vec![],
        charge: opt_str(row, "charge")?,
        penalty,
        count,
        sources: vec![],
        conflicts: BTreeMap::new(),
    })
}

/// The sentences behind spans of char offsets.
fn evidence_text(text: &str, spans: &[Span]) -> Vec<String> {
    spans
        .iter()
        .filter(|s| s[0] < s[1])
        .map(|s| {
            text.chars()
                .skip(s[0])
                .take(s[1] - s[0])
                .collect::<String>()
        })
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Fields with more than one distinct value, each value with its origin and documents.
async fn conflicts(
    conn: &mut AnyConnection,
    rows: &[StoredValue],
) -> Result<BTreeMap<String, Vec<ValueView>>> {
    let mut out = BTreeMap::new();
    for field in FIELDS {
        let of_field: Vec<&StoredValue> = rows.iter().filter(|r| r.field == field).collect();
        let Some(choice) = choose(field, &of_field) else {
            continue;
        };
        if choice.groups.len() < 2 {
            continue;
        }
        let mut list = Vec::new();
        for (i, (value, group)) in choice.groups.iter().enumerate() {
            let mut value: Value = serde_json::from_str(value)?;
            if field == "place" {
                if let Some(id) = value.as_i64() {
                    let name: Option<String> =
                        sqlx::query("SELECT name FROM entities WHERE id = $1")
                            .bind(id)
                            .fetch_optional(&mut *conn)
                            .await?
                            .map(|r| r.try_get("name"))
                            .transpose()?;
                    value = name.map(Value::String).unwrap_or(value);
                }
            }
            let mut documents: Vec<i64> = group.iter().filter_map(|r| r.document).collect();
            documents.dedup();
            list.push(ValueView {
                value,
                origin: group[0].origin.clone(),
                documents,
                set_by: group.iter().rev().find_map(|r| r.set_by.clone()),
                chosen: i == choice.chosen,
            });
        }
        out.insert(field.to_string(), list);
    }
    Ok(out)
}

/// The words of a search as an FTS5 query: each word quoted, all required.
fn fts5_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

pub(crate) async fn search(
    pool: &AnyPool,
    backend: Backend,
    text: &str,
    filters: &Filters,
) -> Result<Vec<SearchHit>> {
    let Some(fts) = fts5_query(text) else {
        return Err(StoreError::Invalid(
            "nothing to search for: give one or more words".into(),
        ));
    };
    let mut conn = pool.acquire().await?;
    let limit = filters.limit.unwrap_or(DEFAULT_SEARCH_LIMIT);
    if filters.on_events() {
        // Few documents pass the filters: read them rather than scan the index (see scan.rs).
        let filter = event_filter(&mut conn, filters, 1).await?;
        let sql = format!(
            "SELECT DISTINCT es.document_id AS id FROM event_sources es JOIN events ev ON ev.id = es.event_id
             WHERE {} ORDER BY es.document_id DESC LIMIT {}",
            filter.sql,
            scan::SCAN_LIMIT + 1
        );
        let ids = fetch_ids(&mut conn, &sql, &filter.binds).await?;
        if ids.len() <= scan::SCAN_LIMIT {
            return scan::search_documents(&mut conn, &ids, &scan::query_words(text), limit).await;
        }
    }
    let filter = event_filter(&mut conn, filters, 2).await?;
    let restrict = if filters.on_events() {
        format!(
            " AND d.id IN (SELECT es.document_id FROM event_sources es JOIN events ev ON ev.id = es.event_id WHERE {})",
            filter.sql
        )
    } else {
        String::new()
    };
    let sql = match backend {
        Backend::Sqlite => format!(
            "SELECT d.id, d.hash, d.source, d.title, d.published,
                    snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
             FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE documents_fts MATCH $1{restrict}
             ORDER BY documents_fts.rowid DESC LIMIT {limit}"
        ),
        Backend::Postgres => format!(
            "SELECT h.id, h.hash, h.source, h.title, h.published,
                    ts_headline('simple', h.text, plainto_tsquery('simple', $1),
                        'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1') AS snippet
             FROM (SELECT d.id, d.hash, d.source, d.title, d.published, d.text
                   FROM documents d
                   WHERE d.search @@ plainto_tsquery('simple', $1){restrict}
                   ORDER BY d.id DESC LIMIT {limit}) h
             ORDER BY h.id DESC"
        ),
    };
    let mut q = crate::dynamic_query(&sql).bind(match backend {
        Backend::Sqlite => fts,
        Backend::Postgres => text.to_string(),
    });
    for b in &filter.binds {
        q = q.bind(b.clone());
    }
    let mut hits = Vec::new();
    for row in q.fetch_all(&mut *conn).await? {
        hits.push(SearchHit {
            document: row.try_get("id")?,
            hash: row.try_get("hash")?,
            source: opt_str(&row, "source")?,
            title: opt_str(&row, "title")?,
            published: opt_str(&row, "published")?,
            snippet: opt_str(&row, "snippet")?
                .unwrap_or_default()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        });
    }
    Ok(hits)
}

/// Runs a filtered query whose rows are `id`s, binding the filter's values in order.
async fn fetch_ids(conn: &mut AnyConnection, sql: &str, binds: &[String]) -> Result<Vec<i64>> {
    let mut q = crate::dynamic_query(sql);
    for b in binds {
        q = q.bind(b.clone());
    }
    let ids = q
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<std::result::Result<_, _>>()?;
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_uses_char_offsets() {
        let text = "Ақтөбе: police came. Then they left.";
        assert_eq!(evidence_text(text, &[[8, 20]]), vec!["police came."]);
        assert!(evidence_text(text, &[[5, 5]]).is_empty());
    }

    #[test]
    fn fts_queries_quote_every_word() {
        assert_eq!(
            fts5_query("Akhmedyarov OR \"x").as_deref(),
            Some("\"Akhmedyarov\" \"OR\" \"x\"")
        );
        assert_eq!(fts5_query(" -- "), None);
    }
}
