//! Storing a batch of documents: the document, its entities linked to known ones, its events
//! linked to known events, and every value with its source.
//!
//! A batch is one transaction. It starts by updating the single `ingest_lock` row, which
//! takes the database's write lock (SQLite) or a row lock (PostgreSQL) at once: concurrent
//! ingesters take turns for the linking, so two of them can never both create one person.
//! (Extraction, the slow part, happens before, in parallel.)

use std::collections::{BTreeSet, HashMap, HashSet};

use chronicle_record::{Entity, EntityKind, Event, Record};
use sha2::{Digest, Sha256};
use sqlx::{Any, AnyConnection, AnyPool, Row, Transaction};

use chronicle_gazetteer::{name_key, Gazetteer, PlaceKind};

use crate::matching::{dates_compatible, places_compatible, PlaceLevel, PlaceRef};
use crate::names::{self, Candidate, Context, PersonName};
use crate::rows::{padded_list, statement_sizes, Rows, Val};
use crate::values::{machine_values, refresh_events};
use crate::{now_iso, opt_str, Backend, IngestReport, NewDocument, Result};

/// Waits for this transaction's turn to write (see the module comment), and returns the
/// turn's number: every write of the database takes one, so an ingester whose next turn
/// follows its last knows that nobody else wrote in between.
pub(crate) async fn take_turn(tx: &mut Transaction<'_, Any>) -> Result<i64> {
    Ok(
        sqlx::query("UPDATE ingest_lock SET turns = turns + 1 WHERE id = 1 RETURNING turns")
            .fetch_one(&mut **tx)
            .await?
            .try_get("turns")?,
    )
}

pub(crate) async fn ingest(
    pool: &AnyPool,
    backend: Backend,
    batch: &[NewDocument<'_>],
    cache: &mut LinkCache,
) -> Result<IngestReport> {
    if batch.is_empty() {
        return Ok(IngestReport::default());
    }
    let stored = ingest_batch(pool, backend, batch, cache).await;
    if stored.is_err() {
        // Rolled back: what the cache learnt in this batch was never stored.
        *cache = LinkCache::default();
    }
    stored
}

async fn ingest_batch(
    pool: &AnyPool,
    backend: Backend,
    batch: &[NewDocument<'_>],
    cache: &mut LinkCache,
) -> Result<IngestReport> {
    let mut report = IngestReport::default();
    let mut tx = pool.begin().await?;
    let turn = take_turn(&mut tx).await?;
    if cache.turn.map(|t| t + 1) != Some(turn) {
        // Someone else wrote since our last batch (or this is the first).
        *cache = LinkCache::default();
    }
    cache.turn = Some(turn);
    let mut search = Rows::new("documents_fts", &["rowid", "title", "text"], "");
    for doc in batch {
        store_document(&mut tx, backend, doc, &mut report, cache, &mut search).await?;
    }
    // The full-text index last: FTS5 writes out what it holds at every statement that
    // follows a write to it, so one late insert keeps a batch's index in one segment.
    search.flush(&mut tx).await?;
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

/// What ingest has looked up or written of the entities, kept from batch to batch while
/// nobody else writes the database (the turns of `ingest_lock` follow each other; see
/// [`take_turn`]); emptied otherwise. A process ingesting alone then reads each surname's
/// persons and each place once, not once a document.
#[derive(Debug, Default)]
pub(crate) struct LinkCache {
    /// The turn of the last batch stored.
    turn: Option<i64>,
    /// Organisations and places by (kind, identity key).
    keyed: HashMap<(EntityKind, String), Linked>,
    /// Names already recorded for an entity: (entity id, folded name).
    names: HashSet<(i64, String)>,
    /// Stored persons read so far, by id.
    persons: HashMap<i64, KnownPerson>,
    /// The persons bearing each surname key read so far, in id order.
    surnames: HashMap<String, Vec<i64>>,
}

/// A stored person as the linker compares them.
#[derive(Debug, Clone)]
struct KnownPerson {
    id: i64,
    /// The name shown.
    main: String,
    context: Context,
    /// Folded names, sorted, each with its parts.
    names: Vec<(String, PersonName)>,
}

impl LinkCache {
    /// Adds names to the persons they were recorded for. (Called once a document's
    /// entities are all linked: two persons of one report are never linked to each other
    /// through a name that report gave.)
    fn learn_names(&mut self, names: &[(i64, String)]) {
        for (id, norm) in names {
            if let Some(p) = self.persons.get_mut(id) {
                let parsed = PersonName::from_folded(norm);
                if let (Err(i), Some(parsed)) =
                    (p.names.binary_search_by(|(n, _)| n.cmp(norm)), parsed)
                {
                    p.names.insert(i, (norm.clone(), parsed));
                }
            }
        }
    }

    /// Forgets a deleted entity.
    fn forget(&mut self, id: i64) {
        self.keyed.retain(|_, l| l.id != id);
        self.names.retain(|(e, _)| *e != id);
        if self.persons.remove(&id).is_some() {
            for list in self.surnames.values_mut() {
                list.retain(|p| *p != id);
            }
        }
    }
}

/// A document's rows, written together once its entities and events are linked.
struct DocRows {
    names: Rows,
    mentions: Rows,
    sources: Rows,
    subjects: Rows,
    agents: Rows,
    values: Rows,
}

impl DocRows {
    fn new() -> DocRows {
        const DO_NOTHING: &str = "ON CONFLICT DO NOTHING";
        DocRows {
            names: Rows::new("entity_names", &["entity_id", "norm", "name"], DO_NOTHING),
            mentions: Rows::new(
                "mentions",
                &[
                    "document_id",
                    "local_id",
                    "entity_id",
                    "name",
                    "descriptors",
                    "spans",
                ],
                DO_NOTHING,
            ),
            sources: Rows::new(
                "event_sources",
                &[
                    "event_id",
                    "document_id",
                    "local_id",
                    "evidence",
                    "attributed_to",
                    "confidence",
                ],
                DO_NOTHING,
            ),
            subjects: Rows::new(
                "event_subjects",
                &["event_id", "entity_id", "document_id"],
                DO_NOTHING,
            ),
            agents: Rows::new(
                "event_agents",
                &["event_id", "entity_id", "document_id"],
                DO_NOTHING,
            ),
            values: Rows::new(
                "event_values",
                &[
                    "event_id",
                    "field",
                    "value",
                    "detail",
                    "origin",
                    "document_id",
                    "published",
                    "set_at",
                ],
                "",
            ),
        }
    }

    async fn flush(&mut self, conn: &mut AnyConnection) -> Result<()> {
        self.names.flush(conn).await?;
        self.mentions.flush(conn).await?;
        self.sources.flush(conn).await?;
        self.subjects.flush(conn).await?;
        self.agents.flush(conn).await?;
        self.values.flush(conn).await
    }
}

fn document_hash(doc: &NewDocument<'_>) -> String {
    if doc.record.document.id.starts_with("sha256:") {
        return doc.record.document.id.clone();
    }
    let digest = Sha256::digest(doc.text.as_bytes());
    format!("sha256:{}", hex(&digest))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn store_document(
    conn: &mut AnyConnection,
    backend: Backend,
    doc: &NewDocument<'_>,
    report: &mut IngestReport,
    cache: &mut LinkCache,
    search: &mut Rows,
) -> Result<()> {
    let hash = document_hash(doc);
    let existing = sqlx::query("SELECT id, engine, published FROM documents WHERE hash = $1")
        .bind(&hash)
        .fetch_optional(&mut *conn)
        .await?;
    let info = &doc.record.document;
    let mut touched: BTreeSet<i64> = BTreeSet::new();
    let mut old_entities: Vec<i64> = Vec::new();
    // The publication date the stored document has (the first ingest's), kept with its values.
    let mut published = info.published.clone();
    // Whom a person decided the report's names designate (only a stored report has any).
    let mut decided: HashMap<String, i64> = HashMap::new();
    let doc_id: i64 = match existing {
        Some(row) => {
            let id: i64 = row.try_get("id")?;
            let engine: String = row.try_get("engine")?;
            published = opt_str(&row, "published")?;
            if engine == doc.engine {
                report.unchanged += 1;
                return Ok(());
            }
            forget_machine_reading(conn, id, &mut touched, &mut old_entities).await?;
            decided = crate::correct::decisions_for(conn, id).await?;
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
                search.push(vec![id.into(), info.title.clone().into(), doc.text.into()]);
            }
            report.added += 1;
            id
        }
    };
    let mut rows = DocRows::new();
    let linked =
        link_entities(conn, doc_id, doc.record, &decided, report, cache, &mut rows).await?;
    let local_names: HashMap<&str, &str> = (doc.record.entities.iter())
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect();
    let ids = link_events(conn, &hash, doc.record, &linked, report).await?;
    for (ev, &event_id) in doc.record.events.iter().zip(&ids) {
        record_reading(
            doc_id,
            published.as_deref(),
            ev,
            event_id,
            &linked,
            &local_names,
            &mut rows,
        )?;
        touched.insert(event_id);
    }
    rows.flush(conn).await?;
    refresh_events(conn, &touched.into_iter().collect::<Vec<_>>()).await?;
    drop_orphans(conn, &old_entities, cache).await?;
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
pub(crate) async fn drop_orphans(
    conn: &mut AnyConnection,
    ids: &[i64],
    cache: &mut LinkCache,
) -> Result<()> {
    for &id in ids {
        let used: i64 = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM mentions WHERE entity_id = $1)
                  + (SELECT COUNT(*) FROM events WHERE subject_id = $1 OR place_id = $1)
                  + (SELECT COUNT(*) FROM event_subjects WHERE entity_id = $1)
                  + (SELECT COUNT(*) FROM event_agents WHERE entity_id = $1)
                  + (SELECT COUNT(*) FROM link_decisions WHERE entity_id = $1) AS n",
        )
        .bind(id)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
        if used == 0 {
            for sql in [
                "DELETE FROM entity_names WHERE entity_id = $1",
                "DELETE FROM person_keys WHERE entity_id = $1",
            ] {
                sqlx::query(sql).bind(id).execute(&mut *conn).await?;
            }
            sqlx::query("DELETE FROM entities WHERE id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await?;
            cache.forget(id);
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
    decided: &HashMap<String, i64>,
    report: &mut IngestReport,
    cache: &mut LinkCache,
    rows: &mut DocRows,
) -> Result<HashMap<String, Linked>> {
    let countries = subject_countries(record);
    let mut linked: HashMap<String, Linked> = HashMap::new();
    let mut new_names: Vec<(i64, String)> = Vec::new();
    for ent in &record.entities {
        let found = match ent.kind {
            EntityKind::Group => None,
            EntityKind::Person => match decided_person(ent, decided) {
                Some(l) => Some(l),
                None => {
                    let country = ent
                        .country
                        .clone()
                        .or_else(|| countries.get(&ent.id).cloned());
                    link_person(conn, ent, country, report, cache).await?
                }
            },
            EntityKind::Organization | EntityKind::Place => {
                Some(link_keyed(conn, ent, cache).await?)
            }
        };
        let Some(l) = found else {
            continue;
        };
        for n in names_of(ent) {
            let norm = names::fold_name(n);
            if cache.names.insert((l.id, norm.clone())) {
                rows.names
                    .push(vec![l.id.into(), norm.as_str().into(), n.into()]);
                new_names.push((l.id, norm));
            }
        }
        rows.mentions.push(vec![
            doc_id.into(),
            ent.id.as_str().into(),
            l.id.into(),
            ent.name.as_str().into(),
            serde_json::to_string(&ent.descriptors)?.into(),
            serde_json::to_string(&ent.mentions)?.into(),
        ]);
        linked.insert(ent.id.clone(), l);
    }
    cache.learn_names(&new_names);
    Ok(linked)
}

/// The person a person decided this entity's name designates in this report, if any.
fn decided_person(ent: &Entity, decided: &HashMap<String, i64>) -> Option<Linked> {
    let names = names_of(ent);
    let id = names
        .iter()
        .find_map(|n| decided.get(&names::fold_name(n)))?;
    Some(Linked {
        id: *id,
        norm: names::fold_name(names.first()?),
        place: None,
    })
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

async fn link_person(
    conn: &mut AnyConnection,
    ent: &Entity,
    country: Option<String>,
    report: &mut IngestReport,
    cache: &mut LinkCache,
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
    let key = pname.surname.clone();
    if !cache.surnames.contains_key(&key) {
        let known = persons_by_surname(conn, &key).await?;
        cache
            .surnames
            .insert(key.clone(), known.iter().map(|p| p.id).collect());
        for p in known {
            cache.persons.entry(p.id).or_insert(p);
        }
    }
    let bearers = cache.surnames.get(&key).map(Vec::as_slice).unwrap_or(&[]);
    // Only names that could agree: the bare surname, or a given name with the same initial
    // (a common surname is borne by many people; comparing with all of them made ingest
    // slow down as the database grew).
    let initial = pname.given.as_ref().and_then(|g| g.chars().next());
    let could_agree = |n: &str| n == key || initial.is_none_or(|c| n.starts_with(c));
    let candidates: Vec<Candidate> = (bearers.iter())
        .filter_map(|id| cache.persons.get(id))
        .filter_map(|p| {
            let names: Vec<&PersonName> = (p.names.iter())
                .filter(|(n, _)| could_agree(n))
                .map(|(_, parsed)| parsed)
                .collect();
            (!names.is_empty()).then_some(Candidate {
                id: p.id,
                names,
                context: &p.context,
            })
        })
        .collect();
    let norm = names::fold_name(fullest);
    let id = match names::best_match(&pname, &ctx, &candidates) {
        Some(id) => {
            let Some(known) = cache.persons.get_mut(&id) else {
                return Err(crate::StoreError::Invalid(format!(
                    "person {id} matched but not among the candidates"
                )));
            };
            let mut descriptors = known.context.descriptors.clone();
            for d in &ctx.descriptors {
                if !descriptors.contains(d) && descriptors.len() < 32 {
                    descriptors.push(d.clone());
                }
            }
            // A fuller name than the one shown (a given name where there was none) replaces it.
            let fuller = PersonName::parse(&known.main).is_some_and(|m| m.given.is_none())
                && pname.given.is_some();
            let changed = fuller
                || known.context.descriptors.len() != descriptors.len()
                || (known.context.country.is_none() && ctx.country.is_some());
            if changed {
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
                known.context.descriptors = descriptors;
                if known.context.country.is_none() {
                    known.context.country = ctx.country.clone();
                }
                if fuller {
                    known.main = fullest.to_string();
                }
            }
            id
        }
        None => {
            report.new_persons += 1;
            let id: i64 = sqlx::query(
                "INSERT INTO entities (kind, key, name, country, descriptors)
                 VALUES ('person', $1, $2, $3, $4) RETURNING id",
            )
            .bind(&key)
            .bind(fullest.to_string())
            .bind(ctx.country.clone())
            .bind(serde_json::to_string(&ctx.descriptors)?)
            .fetch_one(&mut *conn)
            .await?
            .try_get("id")?;
            cache.persons.insert(
                id,
                KnownPerson {
                    id,
                    main: fullest.to_string(),
                    context: ctx,
                    names: Vec::new(),
                },
            );
            cache.surnames.entry(key).or_default().push(id);
            id
        }
    };
    Ok(Some(Linked {
        id,
        norm,
        place: None,
    }))
}

/// Every stored person whose surname key is `key` (their own, or one they took in a merge
/// by hand), with all their names.
async fn persons_by_surname(conn: &mut AnyConnection, key: &str) -> Result<Vec<KnownPerson>> {
    let rows = sqlx::query(
        "SELECT e.id, e.name AS main, e.country, e.descriptors, n.norm
         FROM entities e JOIN entity_names n ON n.entity_id = e.id
         WHERE e.kind = 'person' AND e.key = $1
         UNION
         SELECT e.id, e.name AS main, e.country, e.descriptors, n.norm
         FROM person_keys k JOIN entities e ON e.id = k.entity_id
              JOIN entity_names n ON n.entity_id = e.id
         WHERE k.key = $1
         ORDER BY 1, 5",
    )
    .bind(key)
    .fetch_all(&mut *conn)
    .await?;
    let mut known: Vec<KnownPerson> = Vec::new();
    for row in &rows {
        let id: i64 = row.try_get("id")?;
        if known.last().map(|p| p.id) != Some(id) {
            let descriptors: String = row.try_get("descriptors")?;
            known.push(KnownPerson {
                id,
                main: row.try_get("main")?,
                context: Context {
                    country: opt_str(row, "country")?,
                    descriptors: serde_json::from_str(&descriptors).unwrap_or_default(),
                },
                names: Vec::new(),
            });
        }
        if let Some(p) = known.last_mut() {
            let norm: String = row.try_get("norm")?;
            if let Some(parsed) = PersonName::from_folded(&norm) {
                p.names.push((norm, parsed));
            }
        }
    }
    Ok(known)
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

async fn link_keyed(
    conn: &mut AnyConnection,
    ent: &Entity,
    cache: &mut LinkCache,
) -> Result<Linked> {
    let kind = ent.kind.as_str();
    let key = identity_key(ent);
    if let Some(l) = cache.keyed.get(&(ent.kind, key.clone())) {
        return Ok(l.clone());
    }
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
    let place = (ent.kind == EntityKind::Place).then_some(PlaceRef {
        id,
        country,
        level,
        admin1,
    });
    let linked = Linked {
        id,
        norm: names::fold_name(&ent.name),
        place,
    };
    cache.keyed.insert((ent.kind, key), linked.clone());
    Ok(linked)
}

/// What the linker needs of one event reading.
struct Reading<'a> {
    ev: &'a Event,
    primary: Option<&'a Linked>,
    place: Option<PlaceRef>,
    date: Option<String>,
}

impl<'a> Reading<'a> {
    fn new(ev: &'a Event, linked: &'a HashMap<String, Linked>) -> Reading<'a> {
        let first = |ids: &[String]| ids.iter().find_map(|s| linked.get(s));
        // Per-subject types are about their subject; the others (statement, election, ...)
        // about their subject or, lacking one, their agent.
        let primary = first(&ev.subjects).or_else(|| {
            (!chronicle_record::is_per_subject_type(&ev.kind))
                .then(|| first(&ev.agents))
                .flatten()
        });
        Reading {
            ev,
            primary,
            place: ev
                .place
                .as_ref()
                .and_then(|p| linked.get(p))
                .and_then(|p| p.place.clone()),
            date: ev.date.as_ref().and_then(|d| d.value.clone()),
        }
    }
}

/// An event as the linker compares it.
struct EventCandidate {
    id: Option<i64>,
    kind: String,
    subject: Option<i64>,
    date: Option<String>,
    place: Option<PlaceRef>,
}

/// The candidate this reading describes: same type and subject, fitting date and place; an
/// equal date first, then the most recent. Events without a named subject need an equal full
/// date and the same place.
fn best_fit(reading: &Reading<'_>, candidates: &[EventCandidate]) -> Option<usize> {
    let subject = reading.primary.map(|p| p.id);
    let date = reading.date.as_deref();
    let mut best: Option<(bool, usize)> = None;
    for (i, c) in candidates.iter().enumerate() {
        if c.kind != reading.ev.kind || c.subject != subject {
            continue;
        }
        let fits = if subject.is_some() {
            dates_compatible(date, c.date.as_deref())
                && places_compatible(reading.place.as_ref(), c.place.as_ref())
        } else {
            date.is_some_and(|d| crate::matching::date_precision_rank(d) == 3)
                && date == c.date.as_deref()
                && reading.place.is_some()
                && reading.place.as_ref().map(|p| p.id) == c.place.as_ref().map(|p| p.id)
        };
        if !fits {
            continue;
        }
        let exact = date.is_some() && date == c.date.as_deref();
        if best.is_none_or(|b| (exact, i) > b) {
            best = Some((exact, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Known events that readings of this document may describe, in one query.
async fn known_events(
    conn: &mut AnyConnection,
    readings: &[Reading<'_>],
) -> Result<Vec<EventCandidate>> {
    let subjects: BTreeSet<i64> = readings
        .iter()
        .filter_map(|r| r.primary.map(|p| p.id))
        .collect();
    // Events without a named subject link only on the same day and place (see best_fit).
    let anonymous: BTreeSet<&str> = readings
        .iter()
        .filter(|r| r.primary.is_none() && r.place.is_some())
        .filter_map(|r| r.date.as_deref())
        .filter(|d| crate::matching::date_precision_rank(d) == 3)
        .collect();
    // Bound lists padded to a few lengths, so that the statement is prepared once per shape.
    let mut conditions = Vec::new();
    let mut ids: Vec<i64> = Vec::new();
    let mut dates: Vec<String> = Vec::new();
    if !subjects.is_empty() {
        let list: Vec<i64> = subjects.into_iter().collect();
        let (marks, padded) = padded_list(&list, 1);
        conditions.push(format!("ev.subject_id IN ({marks})"));
        ids = padded;
    }
    // Only the types read here: an organisation may be the subject of hundreds of events.
    let kinds: BTreeSet<&str> = readings.iter().map(|r| r.ev.kind.as_str()).collect();
    let mut kinds: Vec<String> = kinds.into_iter().map(str::to_string).collect();
    let len = [4, 16]
        .into_iter()
        .find(|&n| n >= kinds.len())
        .unwrap_or(kinds.len());
    let last = kinds.last().cloned().unwrap_or_default();
    kinds.resize(len, last);
    if !anonymous.is_empty() {
        let mut list: Vec<String> = anonymous.into_iter().map(str::to_string).collect();
        let len = [4, 16, 64]
            .into_iter()
            .find(|&n| n >= list.len())
            .unwrap_or(list.len());
        let last = list.last().cloned().unwrap_or_default();
        list.resize(len, last);
        let marks: Vec<String> = (0..list.len())
            .map(|i| format!("${}", ids.len() + kinds.len() + i + 1))
            .collect();
        // `+subject_id`: SQLite would otherwise look these up by subject (NULL) and type,
        // reading every unnamed event of the types, thousands on a large database, instead
        // of going by type and date.
        conditions.push(format!(
            "(+ev.subject_id IS NULL AND ev.date IN ({}))",
            marks.join(", ")
        ));
        dates = list;
    }
    if conditions.is_empty() {
        return Ok(vec![]);
    }
    let kind_marks: Vec<String> = (0..kinds.len())
        .map(|i| format!("${}", ids.len() + i + 1))
        .collect();
    // One SELECT per condition, not an OR: with an OR the planner scans every event of the
    // types instead of using the subject and date indexes.
    let selects: Vec<String> = conditions
        .iter()
        .map(|c| {
            format!(
                "SELECT ev.id, ev.type, ev.subject_id, ev.date, ev.place_id, p.country, p.place_kind, p.admin1
                 FROM events ev LEFT JOIN entities p ON p.id = ev.place_id
                 WHERE {c} AND ev.type IN ({})",
                kind_marks.join(", ")
            )
        })
        .collect();
    let sql = format!("{} ORDER BY 1", selects.join(" UNION ALL "));
    let mut q = crate::dynamic_query(&sql);
    for id in ids {
        q = q.bind(id);
    }
    for k in kinds {
        q = q.bind(k);
    }
    for d in dates {
        q = q.bind(d);
    }
    let mut out = Vec::new();
    for row in q.fetch_all(&mut *conn).await? {
        let place = place_of_row(&row)?;
        out.push(EventCandidate {
            id: Some(row.try_get("id")?),
            kind: row.try_get("type")?,
            subject: row.try_get("subject_id")?,
            date: opt_str(&row, "date")?,
            place,
        });
    }
    Ok(out)
}

/// The place of a row with the columns `place_id`, `country`, `place_kind` and `admin1`.
pub(crate) fn place_of_row(row: &sqlx::any::AnyRow) -> Result<Option<PlaceRef>> {
    let Some(id) = row.try_get::<Option<i64>, _>("place_id")? else {
        return Ok(None);
    };
    Ok(Some(PlaceRef {
        id,
        country: opt_str(row, "country")?,
        level: PlaceLevel::parse(opt_str(row, "place_kind")?.as_deref()),
        admin1: opt_str(row, "admin1")?,
    }))
}

/// Links each event reading of a document to a known event, to one read earlier in the same
/// document, or to a new event. Returns the event row id of each reading, in order.
async fn link_events(
    conn: &mut AnyConnection,
    doc_hash: &str,
    record: &Record,
    linked: &HashMap<String, Linked>,
    report: &mut IngestReport,
) -> Result<Vec<i64>> {
    let readings: Vec<Reading<'_>> = record
        .events
        .iter()
        .map(|ev| Reading::new(ev, linked))
        .collect();
    let mut candidates = known_events(conn, &readings).await?;
    let known = candidates.len();
    // For each reading, the index of its candidate; new events are appended.
    let mut targets: Vec<usize> = Vec::with_capacity(readings.len());
    let mut seeds: Vec<String> = Vec::new();
    for r in &readings {
        match best_fit(r, &candidates) {
            Some(i) => {
                if i < known {
                    report.linked_events += 1;
                }
                targets.push(i);
            }
            None => {
                report.new_events += 1;
                seeds.push(format!(
                    "{doc_hash}|{}|{}|{}",
                    r.ev.kind,
                    r.primary.map(|p| p.norm.as_str()).unwrap_or(""),
                    r.date.as_deref().unwrap_or("")
                ));
                candidates.push(EventCandidate {
                    id: None,
                    kind: r.ev.kind.clone(),
                    subject: r.primary.map(|p| p.id),
                    date: r.date.clone(),
                    place: r.place.clone(),
                });
                targets.push(candidates.len() - 1);
            }
        }
    }
    let new: Vec<NewEvent<'_>> = (seeds.iter().zip(&candidates[known..]))
        .map(|(seed, c)| NewEvent {
            seed,
            kind: &c.kind,
            subject: c.subject,
        })
        .collect();
    let ids = insert_events(conn, &new).await?;
    for (c, id) in candidates[known..].iter_mut().zip(ids) {
        c.id = Some(id);
    }
    Ok(targets.iter().filter_map(|&i| candidates[i].id).collect())
}

/// Queues what one reading says of its event: the source, subjects, agents and values.
fn record_reading(
    doc_id: i64,
    published: Option<&str>,
    ev: &Event,
    event_id: i64,
    linked: &HashMap<String, Linked>,
    local_names: &HashMap<&str, &str>,
    rows: &mut DocRows,
) -> Result<()> {
    let attributed: Vec<&str> = ev
        .attributed_to
        .iter()
        .map(|a| local_names.get(a.as_str()).copied().unwrap_or(a.as_str()))
        .collect();
    rows.sources.push(vec![
        event_id.into(),
        doc_id.into(),
        ev.id.as_str().into(),
        serde_json::to_string(&ev.evidence)?.into(),
        serde_json::to_string(&attributed)?.into(),
        Val::Real(ev.confidence),
    ]);
    for l in ev.subjects.iter().filter_map(|s| linked.get(s)) {
        rows.subjects
            .push(vec![event_id.into(), l.id.into(), doc_id.into()]);
    }
    for l in ev.agents.iter().filter_map(|a| linked.get(a)) {
        rows.agents
            .push(vec![event_id.into(), l.id.into(), doc_id.into()]);
    }
    let place = ev.place.as_ref().and_then(|p| linked.get(p)).map(|p| p.id);
    let now = now_iso();
    for v in machine_values(ev, place) {
        rows.values.push(vec![
            event_id.into(),
            v.field.into(),
            v.value.into(),
            v.detail.into(),
            "machine".into(),
            doc_id.into(),
            published.map(str::to_string).into(),
            now.clone().into(),
        ]);
    }
    Ok(())
}

/// An event to create: the seed of its public id, its type and subject.
pub(crate) struct NewEvent<'a> {
    pub seed: &'a str,
    pub kind: &'a str,
    pub subject: Option<i64>,
}

/// The public id of an event from its seed, on the `attempt`th try (a later try when the
/// id is taken).
fn event_uid(seed: &str, attempt: u32) -> String {
    let input = if attempt == 0 {
        seed.to_string()
    } else {
        format!("{seed}|{attempt}")
    };
    format!("ev-{}", &hex(&Sha256::digest(input.as_bytes()))[..12])
}

/// Creates events with public ids derived from their first report, so that ingesting the
/// same reports again (into this or a fresh database) gives the same ids; all of a report's
/// in a few statements. Returns their row ids, in order.
pub(crate) async fn insert_events(
    conn: &mut AnyConnection,
    new: &[NewEvent<'_>],
) -> Result<Vec<i64>> {
    let mut ids: Vec<Option<i64>> = vec![None; new.len()];
    let mut attempt: Vec<u32> = vec![0; new.len()];
    let now = now_iso();
    loop {
        let pending: Vec<usize> = (0..new.len()).filter(|&i| ids[i].is_none()).collect();
        if pending.is_empty() {
            break;
        }
        let mut start = 0;
        for size in statement_sizes(pending.len()) {
            let chunk = &pending[start..start + size];
            start += size;
            let uids: Vec<String> = (chunk.iter())
                .map(|&i| event_uid(new[i].seed, attempt[i]))
                .collect();
            let tuples: Vec<String> = (0..chunk.len())
                .map(|r| {
                    let n = r * 4;
                    format!("(${}, ${}, ${}, ${})", n + 1, n + 2, n + 3, n + 4)
                })
                .collect();
            let sql = format!(
                "INSERT INTO events (uid, type, subject_id, created_at) VALUES {}
                 ON CONFLICT (uid) DO NOTHING RETURNING id, uid",
                tuples.join(", ")
            );
            let mut q = crate::dynamic_query(&sql);
            for (&i, uid) in chunk.iter().zip(&uids) {
                q = q
                    .bind(uid.clone())
                    .bind(new[i].kind.to_string())
                    .bind(new[i].subject)
                    .bind(now.clone());
            }
            for row in q.fetch_all(&mut *conn).await? {
                let uid: String = row.try_get("uid")?;
                // The first of the chunk with this id got it (rows go in in order).
                let first = (chunk.iter().zip(&uids))
                    .find(|(&i, u)| **u == uid && ids[i].is_none())
                    .map(|(&i, _)| i);
                if let Some(i) = first {
                    ids[i] = Some(row.try_get("id")?);
                }
            }
            for &i in chunk {
                if ids[i].is_none() {
                    attempt[i] += 1;
                }
            }
        }
    }
    Ok(ids.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    /// The public ids of events, read back in row order.
    fn uids(store: &Store) -> Vec<String> {
        store.rt.block_on(async {
            sqlx::query("SELECT uid FROM events ORDER BY id")
                .fetch_all(&store.pool)
                .await
                .unwrap()
                .iter()
                .map(|r| r.try_get("uid").unwrap())
                .collect()
        })
    }

    #[test]
    fn events_with_one_seed_get_the_next_free_ids_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.db").display().to_string()).unwrap();
        let event = |seed| NewEvent {
            seed,
            kind: "detention",
            subject: None,
        };
        let insert = |events: &[NewEvent<'_>]| {
            store.rt.block_on(async {
                let mut conn = store.pool.acquire().await.unwrap();
                insert_events(&mut conn, events).await.unwrap()
            })
        };
        let first = insert(&[event("a"), event("b"), event("a")]);
        assert_eq!(first.len(), 3);
        // Taken ids move on to the seed's next try, the earlier event keeping the plain one.
        let again = insert(&[event("a")]);
        assert_eq!(
            uids(&store),
            vec![
                event_uid("a", 0),
                event_uid("b", 0),
                event_uid("a", 1),
                event_uid("a", 2)
            ]
        );
        assert!(!first.contains(&again[0]));
        assert_ne!(first[0], first[2]);
    }
}
