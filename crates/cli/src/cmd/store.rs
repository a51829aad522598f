//! The case-database commands: ingest, person, search, events, stats, export, set, and the
//! corrections of linking, merge and move.
//!
//! Each opens the database given by `--db` (a SQLite file, created when missing, or a
//! `postgres://` URL; default `./chronicle.db`) and prints a table for people or, with
//! `--json`, JSON for programs.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use chronicle_extract::{Extractor, Input};
use chronicle_record::Record;
use chronicle_store::{
    Dossier, EventView, ExportFormat, Filters, IngestReport, MoveTo, NewDocument, Stats, Store,
};
use clap::{Args as ClapArgs, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::Outcome;
use crate::input::{self, InputArgs, InputError};

/// The engine name stored with each document: a document read by another engine is
/// re-read on ingest, one read by this one is skipped.
const ENGINE: &str = chronicle_extract::ENGINE_VERSION;

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Store reports in the case database, linking persons and events across reports.
    Ingest(IngestArgs),
    /// A person's dossier: every event of theirs in date order, with its sources.
    Person(PersonArgs),
    /// Full-text search over stored reports.
    Search(SearchArgs),
    /// List stored events.
    Events(FilteredArgs),
    /// Counts by type, country and month, and penalty totals per country.
    Stats(FilteredArgs),
    /// Write events as ACLED-style CSV, JSON Lines or JSON.
    Export(ExportArgs),
    /// Set an event's field by hand; a machine reading never overwrites it.
    Set(SetArgs),
    /// Join two persons the linker kept apart; kept when reports are ingested again.
    ///
    /// The second person's reports name the first, now and whenever they are ingested again;
    /// the second's events join the first's fitting events, and later reports spelling the
    /// surname as the second's did are compared with the first.
    Merge(MergeArgs),
    /// Say whom a name in one report designates; kept when it is ingested again.
    ///
    /// The name in that report designates another person, or a new one; the report's
    /// readings of the events go with it.
    Move(MoveArgs),
}

#[derive(Debug, Clone, ClapArgs)]
pub struct DbArg {
    /// The database: a SQLite file (created if missing) or a postgres:// URL.
    #[arg(long, value_name = "FILE|URL", default_value = chronicle_store::DEFAULT_DB)]
    db: String,
}

impl DbArg {
    fn open(&self) -> Result<Store, String> {
        Store::open(&self.db).map_err(|e| e.to_string())
    }
}

#[derive(Debug, Clone, ClapArgs)]
pub struct FilterArgs {
    /// Only events of this type (detention, sentence, ...).
    #[arg(long = "type", value_name = "TYPE")]
    kind: Option<String>,
    /// Only events in this country (ISO 3166-1 alpha-2, e.g. KZ).
    #[arg(long)]
    country: Option<String>,
    /// Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only events on or before this date (YYYY-MM takes in the whole month).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only events with this person (any spelling) among the subjects.
    #[arg(long, value_name = "NAME")]
    person: Option<String>,
    /// Only events with this status (occurred, pending, ...).
    #[arg(long)]
    status: Option<String>,
    /// At most this many rows.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl FilterArgs {
    fn filters(&self) -> Filters {
        Filters {
            kind: self.kind.clone(),
            country: self.country.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            person: self.person.clone(),
            status: self.status.clone(),
            limit: self.limit,
        }
    }
}

#[derive(Debug, ClapArgs)]
pub struct IngestArgs {
    #[command(flatten)]
    db: DbArg,
    #[command(flatten)]
    input: InputArgs,
    /// Print what was stored, as JSON, when done.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, ClapArgs)]
pub struct PersonArgs {
    #[command(flatten)]
    db: DbArg,
    /// The person's name, in any spelling; a surname alone lists everyone bearing it.
    #[arg(required_unless_present = "id")]
    name: Option<String>,
    /// The person's id (as shown in a dossier).
    #[arg(long)]
    id: Option<i64>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, ClapArgs)]
pub struct SearchArgs {
    #[command(flatten)]
    db: DbArg,
    /// Words that must all occur in the report.
    text: Vec<String>,
    #[command(flatten)]
    filters: FilterArgs,
    #[arg(long)]
    json: bool,
}

/// The options of `events` and `stats`: a database, filters and the output form.
#[derive(Debug, ClapArgs)]
pub struct FilteredArgs {
    #[command(flatten)]
    db: DbArg,
    #[command(flatten)]
    filters: FilterArgs,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, ClapArgs)]
pub struct ExportArgs {
    #[command(flatten)]
    db: DbArg,
    /// acled-csv, jsonl or json.
    #[arg(long)]
    format: String,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    filters: FilterArgs,
}

#[derive(Debug, ClapArgs)]
pub struct SetArgs {
    #[command(flatten)]
    db: DbArg,
    /// The event's id (ev-...).
    event: String,
    /// status, date, charge, penalty or count.
    field: String,
    /// The value: text for status, date and charge; JSON for penalty and count.
    value: String,
    /// Who sets it (kept with the value).
    #[arg(long, default_value = "editor")]
    by: String,
}

#[derive(Debug, ClapArgs)]
pub struct MergeArgs {
    #[command(flatten)]
    db: DbArg,
    /// The person to keep (`person #ID` in a dossier).
    keep: i64,
    /// The person to join into it; their number disappears.
    other: i64,
    /// Who decides (kept with the decision).
    #[arg(long, default_value = "editor")]
    by: String,
}

#[derive(Debug, ClapArgs)]
pub struct MoveArgs {
    #[command(flatten)]
    db: DbArg,
    /// The report (`[doc N]` beside a source in a dossier).
    document: i64,
    /// The name as the report gives it (case and accents aside).
    name: String,
    /// The person it designates: a number (`person #ID`), or `new` for a person of their own.
    #[arg(long, value_name = "ID|new")]
    to: String,
    /// Who decides (kept with the decision).
    #[arg(long, default_value = "editor")]
    by: String,
}

pub fn run(command: StoreCommand) -> Outcome {
    match command {
        StoreCommand::Ingest(a) => ingest(a),
        StoreCommand::Person(a) => person(a),
        StoreCommand::Search(a) => search(a),
        StoreCommand::Events(a) => events(a),
        StoreCommand::Stats(a) => stats(a),
        StoreCommand::Export(a) => export(a),
        StoreCommand::Set(a) => set(a),
        StoreCommand::Merge(a) => merge(a),
        StoreCommand::Move(a) => move_name(a),
    }
}

fn ingest(args: IngestArgs) -> Outcome {
    let sources = args.input.sources("ingest")?;
    let opts = args.input.read_options();
    let store = args.db.open()?;
    let extractor = Extractor::new();
    let progress = progress_bar();
    let started = Instant::now();
    let mut total = IngestReport::default();
    let mut failed = 0usize;
    for batch in input::read_batches(&sources, &opts) {
        // Documents this engine has stored already are not extracted again.
        let hashes: Vec<String> = batch
            .iter()
            .filter_map(|item| item.as_ref().ok())
            .map(|input| chronicle_extract::document_id(&input.text))
            .collect();
        let known = store
            .already_stored(&hashes, ENGINE)
            .map_err(|e| e.to_string())?;
        let read: Vec<Result<Option<(Input, Record)>, InputError>> = batch
            .into_par_iter()
            .map(|item| {
                item.map(|input| {
                    if known.contains(&chronicle_extract::document_id(&input.text)) {
                        return None;
                    }
                    let record = extractor.extract(&input);
                    Some((input, record))
                })
            })
            .collect();
        let mut docs: Vec<(Input, Record)> = Vec::with_capacity(read.len());
        for r in read {
            match r {
                Ok(Some(pair)) => docs.push(pair),
                Ok(None) => total.unchanged += 1,
                Err(e) => {
                    failed += 1;
                    progress.suspend(|| eprintln!("chronicle: {e}"));
                }
            }
        }
        let batch: Vec<NewDocument<'_>> = docs
            .iter()
            .map(|(input, record)| NewDocument {
                text: &input.text,
                record,
                engine: ENGINE,
            })
            .collect();
        let done = store.ingest(&batch).map_err(|e| {
            format!(
                "{e} (the batch was not stored; {} documents stored before it are kept)",
                total.added + total.updated
            )
        })?;
        total.add(&done);
        progress.inc((batch.len() + known.len()) as u64);
    }
    progress.finish_and_clear();
    // Closing checkpoints SQLite's write-ahead log into the database file.
    store.close();
    let secs = started.elapsed().as_secs_f64();
    if args.json {
        println!(
            "{}",
            serde_json::to_string(&total).map_err(|e| e.to_string())?
        );
    } else if io::stderr().is_terminal() {
        let n = total.added + total.updated + total.unchanged;
        eprintln!(
            "{n} documents in {secs:.1}s ({:.0}/s): {} new, {} re-read, {} already stored; \
             {} new events, {} linked to known events, {} new persons",
            n as f64 / secs.max(1e-9),
            total.added,
            total.updated,
            total.unchanged,
            total.new_events,
            total.linked_events,
            total.new_persons
        );
    }
    if failed > 0 {
        eprintln!("chronicle: {failed} input(s) could not be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// A spinner with documents/s on a terminal; nothing otherwise.
fn progress_bar() -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {pos} documents stored, {per_sec} [{elapsed_precise}]",
    ) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn out() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

fn to_json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| e.to_string())
}

/// Prints `value` as JSON (`--json`) or, for a person at a terminal, as `table` writes it.
fn print(
    json: bool,
    value: &impl serde::Serialize,
    table: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Outcome {
    let mut w = out();
    if json {
        writeln!(w, "{}", to_json(value)?).map_err(|e| e.to_string())?;
    } else {
        table(&mut w).map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn person(args: PersonArgs) -> Outcome {
    let store = args.db.open()?;
    let not_found = || {
        eprintln!(
            "chronicle: no person {} in the database; try the surname alone",
            match (&args.name, args.id) {
                (Some(n), _) => format!("named {n:?}"),
                (None, id) => format!("#{}", id.unwrap_or(0)),
            }
        );
        Ok(ExitCode::from(1))
    };
    let mut w = out();
    if args.json {
        // The best match in full; the others named, for the caller to choose (--id).
        let (best, others) = match (args.id, &args.name) {
            (Some(id), _) => (store.person_by_id(id).map_err(|e| e.to_string())?, vec![]),
            (None, Some(name)) => {
                let matches = store.person_matches(name).map_err(|e| e.to_string())?;
                let Some(first) = matches.first() else {
                    return not_found();
                };
                let best = store.person_by_id(first.id).map_err(|e| e.to_string())?;
                (best, matches[1..].to_vec())
            }
            (None, None) => return Err("give a name or --id".into()),
        };
        let Some(best) = best else {
            return not_found();
        };
        let mut value = serde_json::to_value(&best).map_err(|e| e.to_string())?;
        if !others.is_empty() {
            value["other_matches"] = serde_json::to_value(&others).map_err(|e| e.to_string())?;
        }
        writeln!(w, "{}", to_json(&value)?).map_err(|e| e.to_string())?;
    } else {
        let dossiers: Vec<Dossier> = match (args.id, &args.name) {
            (Some(id), _) => store
                .person_by_id(id)
                .map_err(|e| e.to_string())?
                .into_iter()
                .collect(),
            (None, Some(name)) => store.person(name).map_err(|e| e.to_string())?,
            (None, None) => return Err("give a name or --id".into()),
        };
        if dossiers.is_empty() {
            return not_found();
        }
        for (i, d) in dossiers.iter().enumerate() {
            if i > 0 {
                writeln!(w).map_err(|e| e.to_string())?;
            }
            write_dossier(&mut w, d).map_err(|e| e.to_string())?;
        }
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn write_dossier(w: &mut (impl Write + ?Sized), d: &Dossier) -> io::Result<()> {
    let p = &d.person;
    writeln!(
        w,
        "{} (person #{}{}) — {} event(s)",
        p.name,
        p.id,
        p.country
            .as_deref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default(),
        d.events.len()
    )?;
    if !p.aliases.is_empty() {
        writeln!(w, "  also: {}", p.aliases.join(", "))?;
    }
    for ev in &d.events {
        writeln!(w)?;
        write_event_line(w, ev, false)?;
        for s in &ev.sources {
            let quote = s.evidence.first().map(|e| clip(e, 110)).unwrap_or_default();
            writeln!(
                w,
                "      [doc {}] {} {}: {}",
                s.document,
                s.published.as_deref().unwrap_or("----------"),
                s.source.as_deref().unwrap_or(&s.hash),
                quote
            )?;
        }
        for (field, values) in &ev.conflicts {
            let shown: Vec<String> = values
                .iter()
                .map(|v| {
                    let who = if v.origin == "human" {
                        format!("set by {}", v.set_by.as_deref().unwrap_or("hand"))
                    } else {
                        format!("{} source(s)", v.documents.len())
                    };
                    format!("{}{} ({who})", if v.chosen { "*" } else { "" }, v.value)
                })
                .collect();
            writeln!(w, "      ! {field}: {}", shown.join(" | "))?;
        }
    }
    Ok(())
}

fn penalty_text(ev: &EventView) -> String {
    let Some(p) = &ev.penalty else {
        return String::new();
    };
    if let Some(t) = &p.text {
        return t.clone();
    }
    match (p.amount, &p.unit) {
        (Some(a), Some(u)) => format!("{} {a} {u}", p.kind),
        _ => p.kind.clone(),
    }
}

/// One line an event; `with_subjects` for lists where the subject is not already known.
fn write_event_line(
    w: &mut (impl Write + ?Sized),
    ev: &EventView,
    with_subjects: bool,
) -> io::Result<()> {
    let mut detail = ev.charge.clone().unwrap_or_default();
    let penalty = penalty_text(ev);
    if !penalty.is_empty() {
        if !detail.is_empty() {
            detail.push_str("; ");
        }
        detail.push_str(&penalty);
    }
    if with_subjects {
        let subjects = match (&ev.subjects[..], &ev.count) {
            ([], Some(c)) => c
                .low
                .map_or_else(|| "a group".to_string(), |n| format!("{n} people")),
            ([], None) => "-".to_string(),
            (names, _) => names.join(", "),
        };
        detail = if detail.is_empty() {
            subjects
        } else {
            format!("{subjects} — {detail}")
        };
    }
    let place = match (&ev.place, &ev.country) {
        (Some(p), Some(c)) => format!("{p}, {c}"),
        (Some(p), None) => p.clone(),
        (None, Some(c)) => c.clone(),
        (None, None) => "-".into(),
    };
    writeln!(
        w,
        "  {:<10} {:<10} {:<9} {:<18} {:<16} {:<3} {} {}",
        ev.date.as_deref().unwrap_or("?"),
        ev.kind,
        ev.status.as_deref().unwrap_or("-"),
        clip(&place, 18),
        clip(&ev.agents.join(", "), 16),
        ev.sources.len(),
        ev.id,
        detail
    )
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn search(args: SearchArgs) -> Outcome {
    let store = args.db.open()?;
    let text = args.text.join(" ");
    let hits = store
        .search(&text, &args.filters.filters())
        .map_err(|e| e.to_string())?;
    if hits.is_empty() && !args.json {
        eprintln!("chronicle: no report matches {text:?}");
    }
    print(args.json, &hits, |w| {
        for h in &hits {
            let name = (h.title.as_deref())
                .or(h.source.as_deref())
                .unwrap_or(&h.hash);
            let published = h.published.as_deref().unwrap_or("----------");
            writeln!(
                w,
                "[doc {}] {published} {name}\n    {}",
                h.document, h.snippet
            )?;
        }
        Ok(())
    })
}

fn events(args: FilteredArgs) -> Outcome {
    let store = args.db.open()?;
    let events = store
        .events(&args.filters.filters())
        .map_err(|e| e.to_string())?;
    print(args.json, &events, |w| {
        writeln!(
            w,
            "  {:<10} {:<10} {:<9} {:<18} {:<16} {:<3} {:<15} subjects — charge; penalty",
            "date", "type", "status", "place", "agents", "src", "id"
        )?;
        for ev in &events {
            write_event_line(w, ev, true)?;
        }
        Ok(())
    })
}

fn stats(args: FilteredArgs) -> Outcome {
    let store = args.db.open()?;
    let stats = store
        .stats(&args.filters.filters())
        .map_err(|e| e.to_string())?;
    print(args.json, &stats, |w| write_stats(w, &stats))
}

fn write_stats(w: &mut (impl Write + ?Sized), s: &Stats) -> io::Result<()> {
    writeln!(
        w,
        "documents {}   events {}   persons {}",
        s.documents, s.events, s.persons
    )?;
    for (title, map) in [
        ("by type", &s.by_type),
        ("by country", &s.by_country),
        ("by month", &s.by_month),
    ] {
        writeln!(w, "\n{title}")?;
        for (k, n) in map {
            writeln!(w, "  {k:<24} {n:>8}")?;
        }
    }
    if !s.penalties.is_empty() {
        writeln!(
            w,
            "\npenalties (sentences)\n  {:<8} {:>9} {:>12} {:>12} {:>12}  fines",
            "country", "sentences", "arrest days", "prison yrs", "suspended"
        )?;
        for p in &s.penalties {
            let fines: Vec<String> = p.fines.iter().map(|(c, a)| format!("{a:.0} {c}")).collect();
            writeln!(
                w,
                "  {:<8} {:>9} {:>12.0} {:>12.1} {:>12.1}  {}",
                p.country.as_deref().unwrap_or("unknown"),
                p.sentences,
                p.administrative_arrest_days,
                p.prison_years,
                p.suspended_years,
                fines.join(", ")
            )?;
        }
    }
    Ok(())
}

fn export(args: ExportArgs) -> Outcome {
    let format: ExportFormat = args
        .format
        .parse()
        .map_err(|e: chronicle_store::StoreError| e.to_string())?;
    let store = args.db.open()?;
    let filters = args.filters.filters();
    let mut w: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            std::fs::File::create(path)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        )),
        None => Box::new(out()),
    };
    let n = store
        .export(&filters, format, &mut w)
        .map_err(|e| e.to_string())?;
    w.flush().map_err(|e| e.to_string())?;
    if io::stderr().is_terminal() && args.output.is_some() {
        eprintln!("{n} events written");
    }
    Ok(ExitCode::SUCCESS)
}

fn set(args: SetArgs) -> Outcome {
    let store = args.db.open()?;
    store
        .set_value(&args.event, &args.field, &args.value, &args.by)
        .map_err(|e| e.to_string())?;
    if let Some(ev) = store.event(&args.event).map_err(|e| e.to_string())? {
        let mut w = out();
        write_event_line(&mut w, &ev, true).map_err(|e| e.to_string())?;
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn merge(args: MergeArgs) -> Outcome {
    let store = args.db.open()?;
    let reports = store
        .merge_persons(args.keep, args.other, &args.by)
        .map_err(|e| e.to_string())?;
    eprintln!(
        "person #{} joined into #{}: {reports} report(s) now name #{}",
        args.other, args.keep, args.keep
    );
    show_person(&store, args.keep)
}

fn move_name(args: MoveArgs) -> Outcome {
    let to = match args.to.as_str() {
        "new" => MoveTo::NewPerson,
        id => MoveTo::Person(id.parse().map_err(|_| {
            format!("--to takes a person's number (person #ID in a dossier) or `new`, not {id:?}")
        })?),
    };
    let store = args.db.open()?;
    let person = store
        .move_name(args.document, &args.name, to, &args.by)
        .map_err(|e| e.to_string())?;
    eprintln!(
        "{:?} in report #{} is person #{person}",
        args.name, args.document
    );
    show_person(&store, person)
}

/// Prints a person's dossier after a correction.
fn show_person(store: &Store, id: i64) -> Outcome {
    if let Some(d) = store.person_by_id(id).map_err(|e| e.to_string())? {
        let mut w = out();
        write_dossier(&mut w, &d).map_err(|e| e.to_string())?;
        w.flush().map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::SUCCESS)
}
