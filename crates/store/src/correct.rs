//! Corrections of linking by a person: joining two persons the linker kept apart
//! ([`merge_persons`]) and saying whom a name in one report designates ([`move_name`]).
//!
//! Each correction is kept as decisions in `link_decisions` (a report and a folded name it
//! gives, and the person meant), which ingest follows when it reads the report again with a
//! newer engine: like a value set by hand, a correction is never undone by the machine.
//! The report's event readings follow the name: to a fitting event of the person meant
//! (same type, fitting date and place), else to an event of their own. A merge also gives
//! the person kept the other's surname key (`person_keys`), so that later reports spelling
//! the surname as the other's did are compared with them.

use std::collections::{BTreeSet, HashMap};

use sqlx::{AnyConnection, AnyPool, Row};

use crate::ingest::place_of_row;
use crate::matching::{dates_compatible, places_compatible, PlaceRef};
use crate::names::{self, PersonName};
use crate::values::refresh_events;
use crate::{now_iso, opt_str, Result, StoreError};

/// Whom a name in a report is to designate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveTo {
    /// A stored person, by id.
    Person(i64),
    /// A person of their own, new.
    NewPerson,
}

/// The decisions a person took about a report's names: folded name → person.
pub(crate) async fn decisions_for(
    conn: &mut AnyConnection,
    document: i64,
) -> Result<HashMap<String, i64>> {
    let rows = sqlx::query("SELECT norm, entity_id FROM link_decisions WHERE document_id = $1")
        .bind(document)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("norm")?, r.try_get("entity_id")?)))
        .collect()
}

/// Joins person `other` into person `keep`: every report naming `other` names `keep` from
/// now on, and `other`'s events join `keep`'s fitting events. Returns how many reports.
pub(crate) async fn merge_persons(
    pool: &AnyPool,
    keep: i64,
    other: i64,
    by: &str,
) -> Result<usize> {
    if keep == other {
        return Err(StoreError::Invalid(format!(
            "person #{keep} cannot be merged with itself"
        )));
    }
    let mut tx = pool.begin().await?;
    crate::ingest::take_turn(&mut tx).await?;
    let conn: &mut AnyConnection = &mut tx;
    let keep_row = person_row(conn, keep).await?;
    let other_row = person_row(conn, other).await?;
    // A decision for every report naming `other`, so that reading it again keeps the merge.
    let mentions =
        sqlx::query("SELECT DISTINCT document_id, name FROM mentions WHERE entity_id = $1")
            .bind(other)
            .fetch_all(&mut *conn)
            .await?;
    let mut documents = BTreeSet::new();
    for m in &mentions {
        let document: i64 = m.try_get("document_id")?;
        let name: String = m.try_get("name")?;
        decide(conn, document, &names::fold_name(&name), keep, by).await?;
        documents.insert(document);
    }
    sqlx::query("UPDATE link_decisions SET entity_id = $1 WHERE entity_id = $2")
        .bind(keep)
        .bind(other)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE mentions SET entity_id = $1 WHERE entity_id = $2")
        .bind(keep)
        .bind(other)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO entity_names (entity_id, norm, name)
         SELECT $1, norm, name FROM entity_names WHERE entity_id = $2 ON CONFLICT DO NOTHING",
    )
    .bind(keep)
    .bind(other)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM entity_names WHERE entity_id = $1")
        .bind(other)
        .execute(&mut *conn)
        .await?;
    for table in ["event_subjects", "event_agents"] {
        replace_participant(conn, table, other, keep, None).await?;
    }
    // `other`'s surname keys become `keep`'s too, so that later reports spelling the surname
    // as `other`'s reports did are compared with `keep`.
    sqlx::query(
        "INSERT INTO person_keys (key, entity_id)
         SELECT key, $1 FROM person_keys WHERE entity_id = $2 AND key <> $3
         UNION SELECT $4, $1 WHERE $4 <> $3
         ON CONFLICT DO NOTHING",
    )
    .bind(keep)
    .bind(other)
    .bind(keep_row.key.clone())
    .bind(other_row.key.clone())
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM person_keys WHERE entity_id = $1")
        .bind(other)
        .execute(&mut *conn)
        .await?;
    // The context of both: descriptors together, a country where `keep` had none.
    let mut descriptors = keep_row.descriptors;
    for d in other_row.descriptors {
        if !descriptors.contains(&d) && descriptors.len() < 32 {
            descriptors.push(d);
        }
    }
    sqlx::query(
        "UPDATE entities SET descriptors = $2, country = COALESCE(country, $3) WHERE id = $1",
    )
    .bind(keep)
    .bind(serde_json::to_string(&descriptors)?)
    .bind(other_row.country)
    .execute(&mut *conn)
    .await?;
    // Each event of `other` joins a fitting event of `keep`, or becomes one of `keep`'s.
    let mut touched = BTreeSet::new();
    let mut keeps = events_of(conn, keep).await?;
    for ev in events_of(conn, other).await? {
        match keeps
            .iter()
            .find(|k| k.fits(&ev.kind, ev.date.as_deref(), ev.place.as_ref()))
        {
            Some(k) => {
                move_readings(conn, ev.id, k.id, None).await?;
                touched.insert(k.id);
                touched.insert(ev.id);
            }
            None => {
                sqlx::query("UPDATE events SET subject_id = $1 WHERE id = $2")
                    .bind(keep)
                    .bind(ev.id)
                    .execute(&mut *conn)
                    .await?;
                // Its country may come from its new subject.
                touched.insert(ev.id);
                keeps.push(ev);
            }
        }
    }
    refresh_events(conn, &touched.into_iter().collect::<Vec<_>>()).await?;
    sqlx::query("DELETE FROM entities WHERE id = $1")
        .bind(other)
        .execute(&mut *conn)
        .await?;
    tx.commit().await?;
    Ok(documents.len())
}

/// Says that `name` in report `document` designates `to`; the report's readings of that
/// person's events follow. Returns the person's id (new or given).
pub(crate) async fn move_name(
    pool: &AnyPool,
    document: i64,
    name: &str,
    to: MoveTo,
    by: &str,
) -> Result<i64> {
    let norm = names::fold_name(name);
    let mut tx = pool.begin().await?;
    crate::ingest::take_turn(&mut tx).await?;
    let conn: &mut AnyConnection = &mut tx;
    let hash: String = sqlx::query("SELECT hash FROM documents WHERE id = $1")
        .bind(document)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| {
            StoreError::Invalid(format!(
                "no report #{document}; a dossier (`chronicle person NAME`) shows each source's report number"
            ))
        })?
        .try_get("hash")?;
    let rows = sqlx::query(
        "SELECT m.local_id, m.name, m.entity_id, m.descriptors FROM mentions m
         JOIN entities e ON e.id = m.entity_id
         WHERE m.document_id = $1 AND e.kind = 'person' ORDER BY m.local_id",
    )
    .bind(document)
    .fetch_all(&mut *conn)
    .await?;
    let mut named = Vec::new();
    let mut found: Vec<(String, i64, String)> = Vec::new();
    for r in &rows {
        let mention_name: String = r.try_get("name")?;
        if names::fold_name(&mention_name) == norm {
            found.push((
                r.try_get("local_id")?,
                r.try_get("entity_id")?,
                r.try_get("descriptors")?,
            ));
        }
        named.push(mention_name);
    }
    let Some((_, from, descriptors)) = found.first().cloned() else {
        return Err(StoreError::Invalid(format!(
            "report #{document} names no person {name:?}; it names: {}",
            if named.is_empty() {
                "nobody".to_string()
            } else {
                named.join(", ")
            }
        )));
    };
    let to = match to {
        MoveTo::Person(id) => {
            person_row(conn, id).await?;
            id
        }
        MoveTo::NewPerson => {
            let key = PersonName::parse(name)
                .map(|p| p.surname)
                .ok_or_else(|| StoreError::Invalid(format!("{name:?} is not a name")))?;
            let written: Vec<String> = serde_json::from_str(&descriptors).unwrap_or_default();
            let words = names::descriptor_words(written.iter().map(String::as_str));
            sqlx::query(
                "INSERT INTO entities (kind, key, name, descriptors) VALUES ('person', $1, $2, $3)
                 RETURNING id",
            )
            .bind(key)
            .bind(name.to_string())
            .bind(serde_json::to_string(&words)?)
            .fetch_one(&mut *conn)
            .await?
            .try_get("id")?
        }
    };
    decide(conn, document, &norm, to, by).await?;
    if to == from {
        tx.commit().await?;
        return Ok(to);
    }
    for (local_id, _, _) in &found {
        sqlx::query("UPDATE mentions SET entity_id = $1 WHERE document_id = $2 AND local_id = $3")
            .bind(to)
            .bind(document)
            .bind(local_id.clone())
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("INSERT INTO entity_names (entity_id, norm, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(to)
        .bind(norm.clone())
        .bind(name.to_string())
        .execute(&mut *conn)
        .await?;
    for table in ["event_subjects", "event_agents"] {
        replace_participant(conn, table, from, to, Some(document)).await?;
    }
    // This report's readings of `from`'s events go to `to`.
    let read: Vec<i64> = sqlx::query(
        "SELECT DISTINCT s.event_id FROM event_sources s JOIN events ev ON ev.id = s.event_id
         WHERE s.document_id = $1 AND ev.subject_id = $2 ORDER BY s.event_id",
    )
    .bind(document)
    .bind(from)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.try_get("event_id"))
    .collect::<std::result::Result<_, _>>()?;
    let mut touched = BTreeSet::new();
    let mut targets = events_of(conn, to).await?;
    for event in read {
        let kind: String = sqlx::query("SELECT type FROM events WHERE id = $1")
            .bind(event)
            .fetch_one(&mut *conn)
            .await?
            .try_get("type")?;
        let (date, place) = reading_of(conn, event, document).await?;
        let others: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM event_sources WHERE event_id = $1 AND document_id <> $2",
        )
        .bind(event)
        .bind(document)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
        touched.insert(event);
        let fitting = targets
            .iter()
            .find(|t| t.id != event && t.fits(&kind, date.as_deref(), place.as_ref()));
        if let Some(t) = fitting {
            move_readings(conn, event, t.id, Some(document)).await?;
            touched.insert(t.id);
        } else if others == 0 {
            // Only this report tells of it: the whole event is `to`'s.
            sqlx::query("UPDATE events SET subject_id = $1 WHERE id = $2")
                .bind(to)
                .bind(event)
                .execute(&mut *conn)
                .await?;
            targets.push(KnownEvent {
                id: event,
                kind,
                date,
                place,
            });
        } else {
            let seed = format!("{hash}|{kind}|{norm}|{}", date.as_deref().unwrap_or(""));
            let detached = crate::ingest::NewEvent {
                seed: &seed,
                kind: &kind,
                subject: Some(to),
            };
            let new = crate::ingest::insert_events(conn, &[detached]).await?[0];
            move_readings(conn, event, new, Some(document)).await?;
            touched.insert(new);
            targets.push(KnownEvent {
                id: new,
                kind,
                date,
                place,
            });
        }
    }
    refresh_events(conn, &touched.into_iter().collect::<Vec<_>>()).await?;
    let mut unused = crate::ingest::LinkCache::default();
    crate::ingest::drop_orphans(conn, &[from], &mut unused).await?;
    tx.commit().await?;
    Ok(to)
}

/// Records (or replaces) the decision that `norm` in `document` designates `person`.
async fn decide(
    conn: &mut AnyConnection,
    document: i64,
    norm: &str,
    person: i64,
    by: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO link_decisions (document_id, norm, entity_id, set_by, set_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (document_id, norm) DO UPDATE
         SET entity_id = excluded.entity_id, set_by = excluded.set_by, set_at = excluded.set_at",
    )
    .bind(document)
    .bind(norm.to_string())
    .bind(person)
    .bind(by.to_string())
    .bind(now_iso())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What a merge needs of a stored person.
struct PersonRow {
    /// The surname key.
    key: String,
    country: Option<String>,
    descriptors: Vec<String>,
}

async fn person_row(conn: &mut AnyConnection, id: i64) -> Result<PersonRow> {
    let row = sqlx::query("SELECT kind, key, country, descriptors FROM entities WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    let row = row.filter(|r| r.try_get::<String, _>("kind").is_ok_and(|k| k == "person"));
    let row = row.ok_or_else(|| {
        StoreError::Invalid(format!(
            "no person #{id}; `chronicle person NAME` shows persons' numbers"
        ))
    })?;
    let descriptors: String = row.try_get("descriptors")?;
    Ok(PersonRow {
        key: row.try_get("key")?,
        country: opt_str(&row, "country")?,
        descriptors: serde_json::from_str(&descriptors).unwrap_or_default(),
    })
}

/// Makes `to` a participant wherever `from` was (in one report's readings, or in all).
async fn replace_participant(
    conn: &mut AnyConnection,
    table: &str,
    from: i64,
    to: i64,
    document: Option<i64>,
) -> Result<()> {
    let only = report_condition(document);
    // Insert-and-delete rather than UPDATE: `to` may be there already.
    let statements = [
        format!(
            "INSERT INTO {table} (event_id, entity_id, document_id)
             SELECT event_id, $2, document_id FROM {table} WHERE entity_id = $1{only}
             ON CONFLICT DO NOTHING"
        ),
        format!("DELETE FROM {table} WHERE entity_id = $1 AND entity_id <> $2{only}"),
    ];
    run_moves(conn, &statements, from, to, document).await
}

/// Moves readings of event `from` to event `to`: one report's, or all of them with the
/// values people set.
async fn move_readings(
    conn: &mut AnyConnection,
    from: i64,
    to: i64,
    document: Option<i64>,
) -> Result<()> {
    let only = report_condition(document);
    let mut statements = vec![
        format!("UPDATE event_sources SET event_id = $2 WHERE event_id = $1{only}"),
        format!("UPDATE event_values SET event_id = $2 WHERE event_id = $1{only}"),
    ];
    for table in ["event_subjects", "event_agents"] {
        statements.push(format!(
            "INSERT INTO {table} (event_id, entity_id, document_id)
             SELECT $2, entity_id, document_id FROM {table} WHERE event_id = $1{only}
             ON CONFLICT DO NOTHING"
        ));
        statements.push(format!(
            "DELETE FROM {table} WHERE event_id = $1 AND event_id <> $2{only}"
        ));
    }
    run_moves(conn, &statements, from, to, document).await
}

/// The condition restricting a move to one report's rows (bound as `$3`), if any.
fn report_condition(document: Option<i64>) -> &'static str {
    match document {
        Some(_) => " AND document_id = $3",
        None => "",
    }
}

/// Runs statements that take `$1` from, `$2` to and (if given) `$3` the report.
async fn run_moves(
    conn: &mut AnyConnection,
    statements: &[String],
    from: i64,
    to: i64,
    document: Option<i64>,
) -> Result<()> {
    for sql in statements {
        let mut q = crate::dynamic_query(sql).bind(from).bind(to);
        if let Some(d) = document {
            q = q.bind(d);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// An event as a correction compares it.
struct KnownEvent {
    id: i64,
    kind: String,
    date: Option<String>,
    place: Option<PlaceRef>,
}

impl KnownEvent {
    fn fits(&self, kind: &str, date: Option<&str>, place: Option<&PlaceRef>) -> bool {
        self.kind == kind
            && dates_compatible(date, self.date.as_deref())
            && places_compatible(place, self.place.as_ref())
    }
}

async fn events_of(conn: &mut AnyConnection, person: i64) -> Result<Vec<KnownEvent>> {
    let rows = sqlx::query(
        "SELECT ev.id, ev.type, ev.date, ev.place_id, p.country, p.place_kind, p.admin1
         FROM events ev LEFT JOIN entities p ON p.id = ev.place_id
         WHERE ev.subject_id = $1 ORDER BY ev.id",
    )
    .bind(person)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        out.push(KnownEvent {
            id: r.try_get("id")?,
            kind: r.try_get("type")?,
            date: opt_str(r, "date")?,
            place: place_of_row(r)?,
        });
    }
    Ok(out)
}

/// The date and place one report gives an event.
async fn reading_of(
    conn: &mut AnyConnection,
    event: i64,
    document: i64,
) -> Result<(Option<String>, Option<PlaceRef>)> {
    let rows = sqlx::query(
        "SELECT field, value FROM event_values
         WHERE event_id = $1 AND document_id = $2 AND field IN ('date', 'place')",
    )
    .bind(event)
    .bind(document)
    .fetch_all(&mut *conn)
    .await?;
    let (mut date, mut place_id) = (None, None);
    for r in &rows {
        let field: String = r.try_get("field")?;
        let value: String = r.try_get("value")?;
        let value: serde_json::Value = serde_json::from_str(&value).unwrap_or_default();
        if field == "date" {
            date = value["value"].as_str().map(str::to_string);
        } else {
            place_id = value.as_i64();
        }
    }
    let Some(id) = place_id else {
        return Ok((date, None));
    };
    let row = sqlx::query(
        "SELECT id AS place_id, country, place_kind, admin1 FROM entities WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let place = row.as_ref().map(place_of_row).transpose()?.flatten();
    Ok((date, place))
}
