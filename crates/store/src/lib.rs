/*!
The case database: reports, and the persons and events they describe, linked across reports.

# Brief overview

A [`Store`] is one database, SQLite (a file, nothing to install) or PostgreSQL (a shared
server), behind one interface and one body of SQL (sqlx's `Any` driver). [`Store::open`]
applies the numbered migrations of `migrations/` ([`migrate`]).

[`Store::ingest`] takes a batch of [`NewDocument`]s (a report's text and its
`chronicle/1` [`Record`](chronicle_record::Record)) in one transaction. Each document's
persons are linked to the persons already known by [`names`] (transliteration-aware name
folding and given-name/surname/context agreement), its organisations and places by identity
keys, and each of its events to a known event of the same type and subject whose date and
place fit ([`matching`]). Every value an event field gets is kept in `event_values` with its
origin (a source document, or a person via [`Store::set_value`]); the value shown is chosen
from them, a person's over the machine's, and conflicting values stay side by side.

A person corrects the linker with [`Store::merge_persons`] (two persons are one) and
[`Store::move_name`] (whom a name in one report designates); the `correct` module keeps
these as decisions that ingest follows when it reads those reports again.

Reading back: [`Store::person`] gives [`Dossier`]s ([`Store::person_matches`] just the
persons), [`Store::events`] and [`Store::search`] take [`Filters`], [`Store::stats`] gives
[`Stats`], and [`Store::export`] writes ACLED-style CSV or JSON ([`export`]).

Concurrency and crashes: each ingest batch is one transaction that first takes the
`ingest_lock` row, so concurrent ingesters (processes, or threads with their own `Store`)
link in turn and never duplicate a document, person or event; a killed process loses only
its open batch (SQLite runs in WAL mode). Statements are kept to a few per document and to
a few shapes (`rows`), since each costs a round trip to sqlx's database thread or server.
Between batches, an ingester remembers the persons, places and names it has read (the
`LinkCache` of `ingest`), for as long as no one else has written: every write takes the
next turn number of `ingest_lock`, so a gap in the numbers says someone did.
*/

mod correct;
mod error;
pub mod export;
mod ingest;
pub mod matching;
pub mod migrate;
mod model;
pub mod names;
mod query;
mod rows;
mod scan;
mod stats;
mod values;

use std::sync::{Mutex, Once};
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};
use tokio::runtime::Runtime;

pub use correct::MoveTo;
pub use error::StoreError;
pub use export::ExportFormat;
pub use model::*;

/// What a store call returns.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Which database a store is on; the few statements that differ depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The default database location for the command line.
pub const DEFAULT_DB: &str = "chronicle.db";

/// A case database. Calls block; the store runs its own single-threaded async runtime.
pub struct Store {
    rt: Runtime,
    pool: AnyPool,
    backend: Backend,
    /// What ingest knows of the stored entities, kept between batches (see `ingest`).
    link_cache: Mutex<ingest::LinkCache>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .finish()
    }
}

/// Turns what a user typed (`chronicle.db`, `sqlite://x.db`, `postgres://...`) into a
/// connection URL and its backend.
pub fn resolve_url(db: &str) -> (String, Backend) {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        (db.to_string(), Backend::Postgres)
    } else if db.starts_with("sqlite:") {
        (db.to_string(), Backend::Sqlite)
    } else {
        (format!("sqlite://{db}?mode=rwc"), Backend::Sqlite)
    }
}

impl Store {
    /// Opens (creating a SQLite file if needed) and brings the schema up to date.
    pub fn open(db: &str) -> Result<Store> {
        let store = Store::connect(db)?;
        store
            .rt
            .block_on(migrate::migrate(&store.pool, store.backend, None))?;
        Ok(store)
    }

    /// Opens and migrates only up to `version`: for testing migrations from an old schema.
    #[doc(hidden)]
    pub fn open_at_version(db: &str, version: i64) -> Result<Store> {
        let store = Store::connect(db)?;
        store
            .rt
            .block_on(migrate::migrate(&store.pool, store.backend, Some(version)))?;
        Ok(store)
    }

    fn connect(db: &str) -> Result<Store> {
        static DRIVERS: Once = Once::new();
        DRIVERS.call_once(sqlx::any::install_default_drivers);
        let (url, backend) = resolve_url(db);
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let options = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 1 } else { 2 })
            .acquire_timeout(Duration::from_secs(60))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL: readers never wait for a writer, and a killed process loses
                        // only its uncommitted transaction.
                        // A 64 MiB page cache and memory-mapped reads: the indexes of a
                        // large database are hit at random (content hashes, names).
                        sqlx::raw_sql(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA busy_timeout = 60000; PRAGMA foreign_keys = ON; \
                             PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456; \
                             PRAGMA temp_store = MEMORY;",
                        )
                        .execute(conn)
                        .await?;
                    }
                    Ok(())
                })
            });
        let pool = rt
            .block_on(options.connect(&url))
            .map_err(|source| StoreError::Open {
                db: db.to_string(),
                source,
            })?;
        Ok(Store {
            rt,
            pool,
            backend,
            link_cache: Mutex::default(),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The highest migration applied.
    pub fn schema_version(&self) -> Result<i64> {
        self.rt.block_on(migrate::current_version(&self.pool))
    }

    /// Stores a batch of documents in one transaction: all of it, or (on error) none.
    /// Documents already stored by the same engine are skipped; by another engine, their
    /// machine-made values are replaced and values a person set are kept.
    pub fn ingest(&self, batch: &[NewDocument<'_>]) -> Result<IngestReport> {
        // A batch that panicked never committed: the next batch takes its turn number again,
        // finds that it does not follow, and empties whatever the cache learnt.
        let mut cache = self
            .link_cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.rt
            .block_on(ingest::ingest(&self.pool, self.backend, batch, &mut cache))
    }

    /// Which of these document hashes (`sha256:...`) are stored already by `engine`: ingesting
    /// them again would do nothing, so a caller can skip extracting them.
    pub fn already_stored(
        &self,
        hashes: &[String],
        engine: &str,
    ) -> Result<std::collections::HashSet<String>> {
        self.rt
            .block_on(ingest::already_stored(&self.pool, hashes, engine))
    }

    /// The dossiers of the persons a name designates, the best match first (most events).
    /// A full name finds that person under any spelling; a bare surname finds everyone
    /// bearing it.
    pub fn person(&self, name: &str) -> Result<Vec<Dossier>> {
        self.rt.block_on(query::person(&self.pool, name))
    }

    /// The persons a name designates (as [`Store::person`]), without their events: cheap,
    /// for choosing one.
    pub fn person_matches(&self, name: &str) -> Result<Vec<PersonView>> {
        self.rt.block_on(query::person_matches(&self.pool, name))
    }

    /// One person's dossier by id.
    pub fn person_by_id(&self, id: i64) -> Result<Option<Dossier>> {
        self.rt.block_on(query::person_by_id(&self.pool, id))
    }

    /// Events matching the filters, in date order.
    pub fn events(&self, filters: &Filters) -> Result<Vec<EventView>> {
        self.rt.block_on(query::events(&self.pool, filters))
    }

    /// One event by its public id.
    pub fn event(&self, uid: &str) -> Result<Option<EventView>> {
        self.rt.block_on(query::event(&self.pool, uid))
    }

    /// Reports whose text matches `text` (all its words), the most recently stored first,
    /// restricted to those with an event matching the filters when any is given. (Recency,
    /// not relevance: ranking every match of a common word costs hundreds of milliseconds on
    /// a large database, and a monitor looks for the latest reports first.)
    pub fn search(&self, text: &str, filters: &Filters) -> Result<Vec<SearchHit>> {
        self.rt
            .block_on(query::search(&self.pool, self.backend, text, filters))
    }

    /// Counts by type, country and month, and the penalty totals monitors publish.
    pub fn stats(&self, filters: &Filters) -> Result<Stats> {
        self.rt.block_on(stats::stats(&self.pool, filters))
    }

    /// Writes the filtered events in `format`; returns how many.
    pub fn export(
        &self,
        filters: &Filters,
        format: ExportFormat,
        out: &mut dyn std::io::Write,
    ) -> Result<usize> {
        let events = self.events(filters)?;
        export::write(&events, format, out)?;
        Ok(events.len())
    }

    /// Joins person `other` into person `keep` (a person's correction of the linker): the
    /// reports naming `other` name `keep`, now and whenever they are read again, and
    /// `other`'s events join `keep`'s fitting ones. Returns how many reports named `other`.
    pub fn merge_persons(&self, keep: i64, other: i64, by: &str) -> Result<usize> {
        self.rt
            .block_on(correct::merge_persons(&self.pool, keep, other, by))
    }

    /// Says whom `name` in report `document` designates (a person's correction of the
    /// linker), now and whenever the report is read again; the report's readings of the
    /// events follow. Returns the person's id.
    pub fn move_name(&self, document: i64, name: &str, to: MoveTo, by: &str) -> Result<i64> {
        self.rt
            .block_on(correct::move_name(&self.pool, document, name, to, by))
    }

    /// Sets an event field by hand (`status`, `date`, `charge`, `penalty`, `count`; `value`
    /// as JSON). A value a person set is never replaced by a machine reading.
    pub fn set_value(&self, uid: &str, field: &str, value: &str, by: &str) -> Result<()> {
        self.rt
            .block_on(values::set_by_hand(&self.pool, uid, field, value, by))
    }
}

/// Seconds-resolution UTC timestamp for `*_at` columns.
pub(crate) fn now_iso() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

/// Reads an optional text column, treating a decoding failure as a database error.
pub(crate) fn opt_str(row: &AnyRow, col: &str) -> Result<Option<String>> {
    Ok(row.try_get::<Option<String>, _>(col)?)
}

/// An optional number bound as text and CAST in SQL. (sqlx 0.9's `Any` driver binds a
/// NULL `f64` as a PostgreSQL `float4`, and the statement cache then rejects a later
/// non-NULL `f64` for the same parameter; text has no such problem.)
pub(crate) fn real(x: Option<f64>) -> Option<String> {
    x.map(|v| format!("{v:?}"))
}

/// A query whose text is put together at run time, from constant text, integer ids and `$n`
/// placeholders only; whatever a user typed is always bound, never spliced in.
pub(crate) fn dynamic_query<'a>(
    sql: &str,
) -> sqlx::query::Query<'a, sqlx::Any, sqlx::any::AnyArguments> {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
}

impl Store {
    /// Runs SQL as is: for tests that build an old schema's data by hand.
    #[doc(hidden)]
    pub fn execute_raw(&self, sql: &str) -> Result<()> {
        self.rt.block_on(async {
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string()))
                .execute(&self.pool)
                .await
        })?;
        Ok(())
    }

    /// Closes the connections (a SQLite file can then be reopened or removed).
    pub fn close(self) {
        self.rt.block_on(self.pool.close());
    }
}

/// Helpers for tests that need a database of their own on a PostgreSQL server.
#[doc(hidden)]
pub mod testing {
    use sqlx::Connection;

    use crate::Result;

    /// Makes an empty database `name` on the server of `server_url` (dropping an old one)
    /// and returns its URL.
    pub fn fresh_postgres_database(server_url: &str, name: &str) -> Result<String> {
        static DRIVERS: std::sync::Once = std::sync::Once::new();
        DRIVERS.call_once(sqlx::any::install_default_drivers);
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        rt.block_on(async {
            let mut conn = sqlx::AnyConnection::connect(server_url).await?;
            let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            sqlx::raw_sql(sqlx::AssertSqlSafe(drop))
                .execute(&mut conn)
                .await?;
            let create = format!("CREATE DATABASE {name}");
            sqlx::raw_sql(sqlx::AssertSqlSafe(create))
                .execute(&mut conn)
                .await?;
            conn.close().await?;
            Ok::<_, sqlx::Error>(())
        })?;
        let base = match server_url.rfind('/') {
            Some(i) if i > "postgres://".len() => &server_url[..i],
            _ => server_url,
        };
        let query = server_url.find('?').map(|i| &server_url[i..]).unwrap_or("");
        Ok(format!("{base}/{name}{query}"))
    }
}
