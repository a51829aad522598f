//! A `kill -9` during ingest loses nothing committed and leaves no half-stored document.
//!
//! The test runs itself as a child process that ingests batches without end, kills it with
//! SIGKILL once some batches are in, and checks the database: whole batches only, and every
//! stored document with its event.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chronicle_store::{Filters, Store};
use common::{ingest, report};

const CHILD_ENV: &str = "CHRONICLE_CRASH_CHILD_DB";
const BATCH: usize = 25;

/// A number as a name of syllables, so that no two fold to one spelling (names keep only
/// letters when compared, and doubled letters collapse).
fn letters(mut n: usize) -> String {
    const SYLLABLES: [&str; 10] = ["ba", "ke", "mi", "to", "lu", "ra", "si", "de", "no", "pu"];
    let mut s = String::from("Zo");
    loop {
        s.push_str(SYLLABLES[n % 10]);
        n /= 10;
        if n == 0 {
            return s;
        }
    }
}

/// The child's work: batch after batch of new reports, until killed (or 2,000 batches).
#[test]
fn crash_child_ingests_until_killed() {
    let Ok(db) = std::env::var(CHILD_ENV) else {
        return; // Only does something when started by `kill_9_mid_ingest_loses_nothing`.
    };
    let store = Store::open(&db).unwrap();
    for b in 0..2000 {
        let reports: Vec<_> = (0..BATCH)
            .map(|i| {
                report(
                    &format!("s{b}-{i}"),
                    "detention",
                    &format!("{} {}ov", letters(b), letters(i)),
                )
                .date("2023-01-01")
            })
            .collect();
        ingest(&store, &reports, "engine");
    }
}

#[test]
fn kill_9_mid_ingest_loses_nothing() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db").display().to_string();
    Store::open(&db).unwrap().close();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child_ingests_until_killed", "--nocapture"])
        .env(CHILD_ENV, &db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let store = Store::open(&db).unwrap();
    loop {
        let docs = store.stats(&Filters::default()).unwrap().documents;
        if docs >= (BATCH * 4) as i64 || started.elapsed() > Duration::from_secs(60) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    store.close();

    let store = Store::open(&db).unwrap();
    let stats = store.stats(&Filters::default()).unwrap();
    assert!(
        stats.documents >= (BATCH * 4) as i64,
        "the child stored too little: {stats:?}"
    );
    assert_eq!(
        stats.documents % BATCH as i64,
        0,
        "a batch was half stored: {stats:?}"
    );
    assert_eq!(
        stats.events, stats.documents,
        "a document without its event: {stats:?}"
    );
    assert_eq!(stats.persons, stats.documents);
    // And the database takes new work.
    let r = ingest(&store, &[report("after", "trial", "Late Comer")], "engine");
    assert_eq!(r.added, 1);
}
