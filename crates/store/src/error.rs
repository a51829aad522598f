//! What can go wrong in the store, said so that the user knows what to do.

/// A store failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "cannot open the database `{db}`: {source}. Give a writable file path or a URL like \
         postgres://user:password@localhost/chronicle of a running server"
    )]
    Open { db: String, source: sqlx::Error },
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error(
        "the database is at schema version {found}, newer than this chronicle knows \
         (up to {known}); use a newer chronicle"
    )]
    TooNew { found: i64, known: i64 },
    #[error("{0}")]
    Invalid(String),
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
}
