//! Storing a batch of documents: the document, its entities linked to known ones, its events
//! linked to known events, and every value with its source.
//!
//! A batch is one transaction. It starts by updating the single `ingest_lock` row, which
//! takes the database's write lock (SQLite) or a row lock (PostgreSQL) at once: concurrent
//! ingesters take turns for the linking, so two of them can never both create one person.
//! (Extraction, the slow part, happens before, in parallel.)

use std::collections::{BTreeSet, HashMap};

use chronicle_record::{Entity, EntityKind, Event, Record};
use sha2::{Digest, Sha256};
use sqlx::{Any, AnyConnection, AnyPool, Row, Transaction};

use chronicle_gazetteer::{name_key, Gazetteer, PlaceKind};

use crate::matching::{dates_compatible, places_compatible, PlaceLevel, PlaceRef};
use crate::names::{self, Candidate, Context, PersonName};
use crate::values::{machine_values, refresh_event};
use crate::{now_iso, opt_str, Backend, IngestReport, NewDocument, Result};

/// Waits for this transaction's turn to write (see the module comment).
pub(crate) async fn take_turn(tx: &mut Transaction<'_, Any>) -> Result<()> {
    sqlx::query("UPDATE ingest_lock SET turns = turns + 1 WHERE id = 1")
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub(crate) async fn ingest(
    pool: &AnyPool,
    backend: Backend,
    batch: &[NewDocument<'_>],
) -> Result<IngestReport> {
    let mut report = IngestReport::default();
    if batch.is_empty() {
        return Ok(report);
    }
    let mut tx = pool.begin().await?;
    take_turn(&mut tx).await?;
    for doc in batch {
        store_document(&mut tx, backend, doc, &mut report).await?;
    }
    tx.commit().await?;
    Ok(report)
}

pub(crate) async fn already_stored(
    pool: &AnyPool,
    hashes: &[String],
    engine: &str,
) -> Result<std::collections::HashSet<String>> {
    let mut found = std::collections::HashSet::new();
    for chunk in hashes.chunks(500) {
        let marks: Vec<String> = (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = format!(
            "SELECT hash FROM documents WHERE engine = $1 AND hash IN ({})",
            marks.join(", ")
        );
        let mut q = crate::dynamic_query(&sql).bind(engine.to_string());
        for h in chunk {
            q = q.bind(h.clone());
        }
        for row in q.fetch_all(pool).await? {
            found.insert(row.try_get("hash")?);
        }
    }
    Ok(found)
}

fn document_hash(doc: &NewDocument<'_>) -> String {
    if doc.record.document.id.starts_with("sha256:") {
        return doc.record.document.id.clone();
    }
    let digest = Sha256::digest(doc.text.as_bytes());
    format!("sha256:{}", hex(&digest))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn store_document(
    conn: &mut AnyConnection,
    backend: Backend,
    doc: &NewDocument<'_>,
    report: &mut IngestReport,
) -> Result<()> {
    let hash = document_hash(doc);
    let existing = sqlx::query("SELECT id, engine FROM documents WHERE hash = $1")
        .bind(&hash)
        .fetch_optional(&mut *conn)
        .await?;
    let info = &doc.record.document;
    let mut touched: BTreeSet<i64> = BTreeSet::new();
    let mut old_entities: Vec<i64> = Vec::new();
    let doc_id: i64 = match existing {
        Some(row) => {
            let id: i64 = row.try_get("id")?;
            let engine: String = row.try_get("engine")?;
            if engine == doc.engine {
                report.unchanged += 1;
                return Ok(());
            }
            forget_machine_reading(conn, id, &mut touched, &mut old_entities).await?;
            sqlx::query("UPDATE documents SET engine = $2, language = $3 WHERE id = $1")
                .bind(id)
                .bind(doc.engine)
                .bind(info.language.clone())
                .execute(&mut *conn)
                .await?;
            report.updated += 1;
            id
        }
        None => {
            let id: i64 = sqlx::query(
                "INSERT INTO documents (hash, source, title, published, language, text, engine, ingested_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(&hash)
            .bind(info.source.clone())
            .bind(info.title.clone())
            .bind(info.published.clone())
            .bind(info.language.clone())
            .bind(doc.text)
            .bind(doc.engine)
            .bind(now_iso())
            .fetch_one(&mut *conn)
            .await?
            .try_get("id")?;
            if backend == Backend::Sqlite {
                sqlx::query("INSERT INTO documents_fts (rowid, title, text) VALUES ($1, $2, $3)")
                    .bind(id)
                    .bind(info.title.clone())
                    .bind(doc.text)
                    .execute(&mut *conn)
                    .await?;
            }
            report.added += 1;
            id
        }
    };
    let linked = link_entities(conn, doc_id, doc.record, report).await?;
    let local_names: HashMap<&str, &str> = (doc.record.entities.iter())
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    for ev in &doc.record.events {
        let event_id = link_event(conn, doc_id, &hash, ev, &linked, &local_names, report).await?;
        touched.insert(event_id);
    }
    for id in touched {
        refresh_event(conn, id).await?;
    }
    drop_orphans(conn, &old_entities).await?;
    Ok(())
}

/// Removes what a previous engine read from a document, keeping every value a person set.
async fn forget_machine_reading(
    conn: &mut AnyConnection,
    doc_id: i64,
    touched: &mut BTreeSet<i64>,
    old_entities: &mut Vec<i64>,
) -> Result<()> {
    for row in sqlx::query("SELECT DISTINCT event_id FROM event_sources WHERE document_id = $1")
        .bind(doc_id)
        .fetch_all(&mut *conn)
        .await?
    {
        touched.insert(row.try_get("event_id")?);
    }
    for row in sqlx::query("SELECT entity_id FROM mentions WHERE document_id = $1")
        .bind(doc_id)
        .fetch_all(&mut *conn)
        .await?
    {
        old_entities.push(row.try_get("entity_id")?);
    }
    sqlx::query("DELETE FROM event_values WHERE document_id = $1 AND origin = 'machine'")
        .bind(doc_id)
        .execute(&mut *conn)
        .await?;
    for table in [
        "event_sources",
        "event_subjects",
        "event_agents",
        "mentions",
    ] {
        crate::dynamic_query(&format!("DELETE FROM {table} WHERE document_id = $1"))
            .bind(doc_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Deletes entities no report mentions and no event refers to any more.
async fn drop_orphans(conn: &mut AnyConnection, ids: &[i64]) -> Result<()> {
    for &id in ids {
        let used: i64 = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM mentions WHERE entity_id = $1)
                  + (SELECT COUNT(*) FROM events WHERE subject_id = $1 OR place_id = $1)
                  + (SELECT COUNT(*) FROM event_subjects WHERE entity_id = $1)
                  + (SELECT COUNT(*) FROM event_agents WHERE entity_id = $1) AS n",
        )
        .bind(id)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
        if used == 0 {
            sqlx::query("DELETE FROM entity_names WHERE entity_id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
            sqlx::query("DELETE FROM entities WHERE id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

/// A document's entity after linking.
#[derive(Debug, Clone)]
struct Linked {
    id: i64,
    /// Folded name, for stable event ids.
    norm: String,
    place: Option<PlaceRef>,
}

/// Links every entity of a record (groups stay local) and records the mentions.
async fn link_entities(
    conn: &mut AnyConnection,
    doc_id: i64,
    record: &Record,
    report: &mut IngestReport,
) -> Result<HashMap<String, Linked>> {
    let countries = subject_countries(record);
    let mut linked: HashMap<String, Linked> = HashMap::new();
    for ent in &record.entities {
        let found = match ent.kind {
            EntityKind::Group => None,
            EntityKind::Person => {
                let country = ent
                    .country
                    .clone()
                    .or_else(|| countries.get(&ent.id).cloned());
                link_person(conn, ent, country, report).await?
            }
            EntityKind::Organization | EntityKind::Place => Some(link_keyed(conn, ent).await?),
        };
        let Some(l) = found else {
            continue;
        };
        sqlx::query(
            "INSERT INTO mentions (document_id, local_id, entity_id, name, descriptors, spans)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(doc_id)
        .bind(ent.id.clone())
        .bind(l.id)
        .bind(ent.name.clone())
        .bind(serde_json::to_string(&ent.descriptors)?)
        .bind(serde_json::to_string(&ent.mentions)?)
        .execute(&mut *conn)
        .await?;
        linked.insert(ent.id.clone(), l);
    }
    Ok(linked)
}

/// For each person, the country of the places of the events they are a subject of.
fn subject_countries(record: &Record) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for ev in &record.events {
        let country = ev
            .place
            .as_ref()
            .and_then(|p| record.entities.iter().find(|e| &e.id == p))
            .and_then(|p| p.country.clone());
        if let Some(c) = country {
            for s in &ev.subjects {
                out.entry(s.clone()).or_insert_with(|| c.clone());
            }
        }
    }
    out
}

/// The name and aliases of an entity, the fullest first.
fn names_of(ent: &Entity) -> Vec<&str> {
    let mut all: Vec<&str> = std::iter::once(ent.name.as_str())
        .chain(ent.aliases.iter().map(String::as_str))
        .filter(|n| !names::fold_name(n).is_empty())
        .collect();
    all.sort_by_key(|n| std::cmp::Reverse((names::fold_words(n).len(), n.len())));
    all.dedup();
    all
}

async fn add_names(conn: &mut AnyConnection, entity: i64, names: &[&str]) -> Result<()> {
    for n in names {
        sqlx::query(
            "INSERT INTO entity_names (entity_id, norm, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(entity)
        .bind(names::fold_name(n))
        .bind(n.to_string())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

async fn link_person(
    conn: &mut AnyConnection,
    ent: &Entity,
    country: Option<String>,
    report: &mut IngestReport,
) -> Result<Option<Linked>> {
    let all = names_of(ent);
    let Some(fullest) = all.first().copied() else {
        return Ok(None);
    };
    let Some(pname) = PersonName::best_of(all.iter().copied()) else {
        return Ok(None);
    };
    let ctx = Context {
        country,
        descriptors: names::descriptor_words(ent.descriptors.iter().map(String::as_str)),
    };
    let rows = sqlx::query(
        "SELECT e.id, e.name AS main, e.country, e.descriptors, n.name
         FROM entities e JOIN entity_names n ON n.entity_id = e.id
         WHERE e.kind = 'person' AND e.key = $1 ORDER BY e.id",
    )
    .bind(&pname.surname)
    .fetch_all(&mut *conn)
    .await?;
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut mains: HashMap<i64, String> = HashMap::new();
    for row in &rows {
        let id: i64 = row.try_get("id")?;
        let name: String = row.try_get("name")?;
        let parsed = PersonName::parse(&name);
        if candidates.last().map(|c| c.id) != Some(id) {
            let descriptors: String = row.try_get("descriptors")?;
            candidates.push(Candidate {
                id,
                names: Vec::new(),
                context: Context {
                    country: opt_str(row, "country")?,
                    descriptors: serde_json::from_str(&descriptors).unwrap_or_default(),
                },
            });
            mains.insert(id, row.try_get("main")?);
        }
        if let (Some(c), Some(p)) = (candidates.last_mut(), parsed) {
            c.names.push(p);
        }
    }
    let norm = names::fold_name(fullest);
    let id = match names::best_match(&pname, &ctx, &candidates) {
        Some(id) => {
            let cand = candidates.iter().find(|c| c.id == id);
            let mut descriptors = cand
                .map(|c| c.context.descriptors.clone())
                .unwrap_or_default();
            for d in &ctx.descriptors {
                if !descriptors.contains(d) && descriptors.len() < 32 {
                    descriptors.push(d.clone());
                }
            }
            // A fuller name than the one shown (a given name where there was none) replaces it.
            let main = mains.get(&id).cloned().unwrap_or_default();
            let fuller = PersonName::parse(&main).is_some_and(|m| m.given.is_none())
                && pname.given.is_some();
            sqlx::query(
                "UPDATE entities SET descriptors = $2, country = COALESCE(country, $3),
                     name = CASE WHEN $4 = 1 THEN $5 ELSE name END
                 WHERE id = $1",
            )
            .bind(id)
            .bind(serde_json::to_string(&descriptors)?)
            .bind(ctx.country.clone())
            .bind(i64::from(fuller))
            .bind(fullest.to_string())
            .execute(&mut *conn)
            .await?;
            id
        }
        None => {
            report.new_persons += 1;
            sqlx::query(
                "INSERT INTO entities (kind, key, name, country, descriptors)
                 VALUES ('person', $1, $2, $3, $4) RETURNING id",
            )
            .bind(&pname.surname)
            .bind(fullest.to_string())
            .bind(ctx.country.clone())
            .bind(serde_json::to_string(&ctx.descriptors)?)
            .fetch_one(&mut *conn)
            .await?
            .try_get("id")?
        }
    };
    add_names(conn, id, &all).await?;
    Ok(Some(Linked {
        id,
        norm,
        place: None,
    }))
}

/// The identity of an organisation (name and country) or a place (gazetteer id, else name and
/// country).
fn identity_key(ent: &Entity) -> String {
    let name = names::fold_name(&ent.name);
    let name = if name.is_empty() {
        ent.name.to_lowercase()
    } else {
        name
    };
    match (ent.kind, ent.geonames_id) {
        (EntityKind::Place, Some(g)) => format!("gn:{g}"),
        _ => format!("{name}|{}", ent.country.as_deref().unwrap_or("")),
    }
}

/// What the gazetteer says about a place: its level and region, and its country.
fn place_facts(ent: &Entity) -> (PlaceLevel, Option<String>, Option<String>) {
    let gaz = Gazetteer::embedded();
    let level = |k: PlaceKind| match k {
        PlaceKind::Country => PlaceLevel::Country,
        PlaceKind::Region => PlaceLevel::Region,
        PlaceKind::City => PlaceLevel::City,
    };
    if let Some(p) = ent.geonames_id.and_then(|id| gaz.by_id(id)) {
        return (level(p.kind), p.admin1.clone(), Some(p.country.clone()));
    }
    // Regions carry no GeoNames id: find one by name in the entity's country.
    let key = name_key(&ent.name);
    for p in gaz.candidates(&ent.name) {
        if ent.country.as_deref().is_none_or(|c| c == p.country) && name_key(&p.name) == key {
            return (level(p.kind), p.admin1.clone(), Some(p.country.clone()));
        }
    }
    (PlaceLevel::Unknown, None, ent.country.clone())
}

async fn link_keyed(conn: &mut AnyConnection, ent: &Entity) -> Result<Linked> {
    let kind = ent.kind.as_str();
    let key = identity_key(ent);
    let (level, admin1, country) = if ent.kind == EntityKind::Place {
        place_facts(ent)
    } else {
        (PlaceLevel::Unknown, None, ent.country.clone())
    };
    let place_kind = (ent.kind == EntityKind::Place).then(|| level.as_str().to_string());
    let found = sqlx::query("SELECT id FROM entities WHERE kind = $1 AND key = $2")
        .bind(kind)
        .bind(&key)
        .fetch_optional(&mut *conn)
        .await?;
    let id: i64 = match found {
        Some(row) => row.try_get("id")?,
        None => sqlx::query(
            "INSERT INTO entities (kind, key, name, category, country, geonames_id, lat, lon, place_kind, admin1)
             VALUES ($1, $2, $3, $4, $5, $6, CAST($7 AS DOUBLE PRECISION),
                     CAST($8 AS DOUBLE PRECISION), $9, $10) RETURNING id",
        )
        .bind(kind)
        .bind(&key)
        .bind(ent.name.clone())
        .bind(ent.category.clone())
        .bind(country.clone())
        .bind(ent.geonames_id.map(|g| g as i64))
        .bind(crate::real(ent.lat))
        .bind(crate::real(ent.lon))
        .bind(place_kind)
        .bind(admin1.clone())
        .fetch_one(&mut *conn)
        .await?
        .try_get("id")?,
    };
    add_names(conn, id, &names_of(ent)).await?;
    let place = (ent.kind == EntityKind::Place).then_some(PlaceRef {
        id,
        country,
        level,
        admin1,
    });
    Ok(Linked {
        id,
        norm: names::fold_name(&ent.name),
        place,
    })
}

/// Links one event reading to a known event or creates one; stores its source, subjects,
/// agents and values. Returns the event's row id.
async fn link_event(
    conn: &mut AnyConnection,
    doc_id: i64,
    doc_hash: &str,
    ev: &Event,
    linked: &HashMap<String, Linked>,
    local_names: &HashMap<&str, &str>,
    report: &mut IngestReport,
) -> Result<i64> {
    let subjects: Vec<&Linked> = ev.subjects.iter().filter_map(|s| linked.get(s)).collect();
    let agents: Vec<&Linked> = ev.agents.iter().filter_map(|a| linked.get(a)).collect();
    let primary = subjects.first().copied().or_else(|| {
        (!chronicle_record::is_per_subject_type(&ev.kind))
            .then(|| agents.first().copied())
            .flatten()
    });
    let place = ev.place.as_ref().and_then(|p| linked.get(p));
    let place_ref = place.and_then(|p| p.place.clone());
    let date = ev.date.as_ref().and_then(|d| d.value.clone());

    let existing = find_event(
        conn,
        &ev.kind,
        primary.map(|p| p.id),
        date.as_deref(),
        place_ref.as_ref(),
    )
    .await?;
    let event_id = match existing {
        Some(id) => {
            report.linked_events += 1;
            id
        }
        None => {
            report.new_events += 1;
            let seed = format!(
                "{doc_hash}|{}|{}|{}",
                ev.kind,
                primary.map(|p| p.norm.as_str()).unwrap_or(""),
                date.as_deref().unwrap_or("")
            );
            let uid = free_uid(conn, &seed).await?;
            sqlx::query(
                "INSERT INTO events (uid, type, subject_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(uid)
            .bind(ev.kind.clone())
            .bind(primary.map(|p| p.id))
            .bind(now_iso())
            .fetch_one(&mut *conn)
            .await?
            .try_get("id")?
        }
    };
    let attributed: Vec<&str> = ev
        .attributed_to
        .iter()
        .map(|a| local_names.get(a.as_str()).copied().unwrap_or(a.as_str()))
        .collect();
    sqlx::query(
        "INSERT INTO event_sources (event_id, document_id, local_id, evidence, attributed_to, confidence)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(event_id)
    .bind(doc_id)
    .bind(ev.id.clone())
    .bind(serde_json::to_string(&ev.evidence)?)
    .bind(serde_json::to_string(&attributed)?)
    .bind(ev.confidence)
    .execute(&mut *conn)
    .await?;
    for (table, list) in [("event_subjects", &subjects), ("event_agents", &agents)] {
        for l in list.iter() {
            crate::dynamic_query(&format!(
                "INSERT INTO {table} (event_id, entity_id, document_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"
            ))
            .bind(event_id)
            .bind(l.id)
            .bind(doc_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    let now = now_iso();
    for v in machine_values(ev, place.map(|p| p.id)) {
        sqlx::query(
            "INSERT INTO event_values (event_id, field, value, detail, origin, document_id, set_by, set_at)
             VALUES ($1, $2, $3, $4, 'machine', $5, NULL, $6)",
        )
        .bind(event_id)
        .bind(v.field)
        .bind(v.value)
        .bind(v.detail)
        .bind(doc_id)
        .bind(now.clone())
        .execute(&mut *conn)
        .await?;
    }
    Ok(event_id)
}

/// A known event this reading describes: same type and subject, fitting date and place. An
/// event without a named subject is linked only on an equal full date and the same place.
async fn find_event(
    conn: &mut AnyConnection,
    kind: &str,
    subject: Option<i64>,
    date: Option<&str>,
    place: Option<&PlaceRef>,
) -> Result<Option<i64>> {
    let select = "SELECT ev.id, ev.date, ev.place_id, p.country, p.place_kind, p.admin1
                  FROM events ev LEFT JOIN entities p ON p.id = ev.place_id";
    let rows = match subject {
        Some(s) => {
            crate::dynamic_query(&format!(
                "{select} WHERE ev.subject_id = $1 AND ev.type = $2 ORDER BY ev.id"
            ))
            .bind(s)
            .bind(kind.to_string())
            .fetch_all(&mut *conn)
            .await?
        }
        None => {
            let (Some(date), Some(place)) = (date, place) else {
                return Ok(None);
            };
            if crate::matching::date_precision_rank(date) < 3 {
                return Ok(None);
            }
            crate::dynamic_query(&format!(
                "{select} WHERE ev.subject_id IS NULL AND ev.type = $1 AND ev.date = $2 AND ev.place_id = $3 ORDER BY ev.id"
            ))
            .bind(kind.to_string())
            .bind(date.to_string())
            .bind(place.id)
            .fetch_all(&mut *conn)
            .await?
        }
    };
    let mut best: Option<(bool, i64)> = None;
    for row in rows {
        let id: i64 = row.try_get("id")?;
        let known_date = opt_str(&row, "date")?;
        let known_place = row
            .try_get::<Option<i64>, _>("place_id")?
            .map(|pid| -> Result<PlaceRef> {
                Ok(PlaceRef {
                    id: pid,
                    country: opt_str(&row, "country")?,
                    level: PlaceLevel::parse(opt_str(&row, "place_kind")?.as_deref()),
                    admin1: opt_str(&row, "admin1")?,
                })
            })
            .transpose()?;
        if !dates_compatible(date, known_date.as_deref())
            || !places_compatible(place, known_place.as_ref())
        {
            continue;
        }
        let exact = date.is_some() && date == known_date.as_deref();
        // Prefer an equal date, then the most recent event.
        if best.is_none_or(|b| (exact, id) > b) {
            best = Some((exact, id));
        }
    }
    Ok(best.map(|(_, id)| id))
}

/// A public event id derived from the first report of the event, so that ingesting the same
/// reports again (into this or a fresh database) gives the same ids.
async fn free_uid(conn: &mut AnyConnection, seed: &str) -> Result<String> {
    let mut n = 0u32;
    loop {
        let input = if n == 0 {
            seed.to_string()
        } else {
            format!("{seed}|{n}")
        };
        n += 1;
        let uid = format!("ev-{}", &hex(&Sha256::digest(input.as_bytes()))[..12]);
        let taken = sqlx::query("SELECT 1 AS x FROM events WHERE uid = $1")
            .bind(&uid)
            .fetch_optional(&mut *conn)
            .await?
            .is_some();
        if !taken {
            return Ok(uid);
        }
    }
}
