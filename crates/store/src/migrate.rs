//! Numbered schema migrations, embedded in the binary: one SQL file per step in
//! `migrations/common/` when both backends take the same SQL, else one per backend in
//! `migrations/sqlite/` and `migrations/postgres/` (row ids, full-text search and indexes differ).
//!
//! `schema_migrations` records what was applied. Pending steps run in one transaction that
//! first takes a lock (an advisory lock on PostgreSQL; SQLite's write lock, taken by the
//! first statement), so two processes opening a new database at once migrate it once.

use sqlx::{AnyPool, Row};

use crate::{now_iso, Backend, Result, StoreError};

/// One schema step.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

/// Every migration, in order. Append; never edit one that has shipped.
pub const MIGRATIONS: [Migration; 7] = [
    Migration {
        version: 1,
        name: "cases",
        sqlite: include_str!("../migrations/sqlite/0001_cases.sql"),
        postgres: include_str!("../migrations/postgres/0001_cases.sql"),
    },
    Migration {
        version: 2,
        name: "search",
        sqlite: include_str!("../migrations/sqlite/0002_search.sql"),
        postgres: include_str!("../migrations/postgres/0002_search.sql"),
    },
    Migration {
        version: 3,
        name: "place_levels",
        sqlite: include_str!("../migrations/common/0003_place_levels.sql"),
        postgres: include_str!("../migrations/common/0003_place_levels.sql"),
    },
    Migration {
        version: 4,
        name: "event_filters",
        sqlite: include_str!("../migrations/common/0004_event_filters.sql"),
        postgres: include_str!("../migrations/common/0004_event_filters.sql"),
    },
    Migration {
        version: 5,
        name: "value_choice",
        sqlite: include_str!("../migrations/sqlite/0005_value_choice.sql"),
        postgres: include_str!("../migrations/postgres/0005_value_choice.sql"),
    },
    Migration {
        version: 6,
        name: "link_decisions",
        sqlite: include_str!("../migrations/common/0006_link_decisions.sql"),
        postgres: include_str!("../migrations/common/0006_link_decisions.sql"),
    },
    Migration {
        version: 7,
        name: "person_keys",
        sqlite: include_str!("../migrations/common/0007_person_keys.sql"),
        postgres: include_str!("../migrations/common/0007_person_keys.sql"),
    },
];

/// The newest schema this build knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// Arbitrary key of the PostgreSQL advisory lock held while migrating.
const MIGRATION_LOCK: i64 = 0x6368_726f_6e69;

/// Applies pending migrations up to `target` (all when `None`).
pub(crate) async fn migrate(pool: &AnyPool, backend: Backend, target: Option<i64>) -> Result<()> {
    let mut tx = pool.begin().await?;
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(MIGRATION_LOCK)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    )
    .execute(&mut *tx)
    .await?;
    let found: Option<i64> = sqlx::query("SELECT MAX(version) AS v FROM schema_migrations")
        .fetch_one(&mut *tx)
        .await?
        .try_get("v")?;
    let found = found.unwrap_or(0);
    if found > latest_version() {
        return Err(StoreError::TooNew {
            found,
            known: latest_version(),
        });
    }
    let target = target.unwrap_or_else(latest_version);
    for m in MIGRATIONS
        .iter()
        .filter(|m| m.version > found && m.version <= target)
    {
        let sql = match backend {
            Backend::Sqlite => m.sqlite,
            Backend::Postgres => m.postgres,
        };
        sqlx::raw_sql(sql).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        )
        .bind(m.version)
        .bind(m.name)
        .bind(now_iso())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn current_version(pool: &AnyPool) -> Result<i64> {
    let v: Option<i64> = sqlx::query("SELECT MAX(version) AS v FROM schema_migrations")
        .fetch_one(pool)
        .await?
        .try_get("v")?;
    Ok(v.unwrap_or(0))
}
