//! `chronicle extract`: reports in, `chronicle/1` records out.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use chronicle_extract::{Extractor, Input};
use chronicle_record::Record;
use clap::{Args as ClapArgs, ValueEnum};
use rayon::prelude::*;

use super::Outcome;
use crate::input::{self, InputArgs, InputError};

#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output format; default: pretty JSON for one document, JSON Lines for several.
    #[arg(long, value_enum)]
    format: Option<Format>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Jsonl,
    Table,
}

pub fn run(args: Args) -> Outcome {
    let sources = args.input.sources("read")?;
    let opts = args.input.read_options();
    let (paths, jsonl) = (&args.input.paths, &args.input.jsonl);
    let single =
        jsonl.is_empty() && paths.len() == 1 && (paths[0].as_os_str() == "-" || paths[0].is_file());
    let format = args
        .format
        .unwrap_or(if single { Format::Json } else { Format::Jsonl });
    let extractor = Extractor::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for batch in input::read_batches(&sources, &opts) {
        let results: Vec<Result<Record, InputError>> = batch
            .into_par_iter()
            .map(|item| item.and_then(|input: Input| extract_safely(&extractor, &input)))
            .collect();
        for result in results {
            match result {
                Ok(record) => write_record(&mut out, &record, format).map_err(|e| e.to_string())?,
                Err(e) => {
                    failed += 1;
                    out.flush().map_err(|e| e.to_string())?;
                    eprintln!("chronicle: {e}");
                }
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    if failed > 0 {
        eprintln!("chronicle: {failed} input(s) could not be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn write_record(out: &mut impl Write, record: &Record, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, record)?;
            writeln!(out)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, record)?;
            writeln!(out)
        }
        Format::Table => write_table(out, record),
    }
}

/// A summary a person can read at a terminal: one line an event.
fn write_table(out: &mut impl Write, record: &Record) -> io::Result<()> {
    let name = |id: &str| {
        record
            .entities
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let names = |ids: &[String]| ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(", ");
    writeln!(
        out,
        "== {} ({} events)",
        record
            .document
            .source
            .as_deref()
            .unwrap_or(&record.document.id),
        record.events.len()
    )?;
    writeln!(
        out,
        "{:<5} {:<11} {:<9} {:<11} {:<14} {:<22} {:<22} charge / penalty",
        "id", "type", "status", "date", "place", "agents", "subjects"
    )?;
    for ev in &record.events {
        let date = ev
            .date
            .as_ref()
            .and_then(|d| d.value.clone())
            .unwrap_or_else(|| "-".into());
        let place = ev.place.as_deref().map(name).unwrap_or_else(|| "-".into());
        let mut detail = ev.charge.clone().unwrap_or_default();
        if let Some(p) = &ev.penalty {
            if !detail.is_empty() {
                detail.push_str(" / ");
            }
            detail.push_str(p.text.as_deref().unwrap_or(&p.kind));
        }
        let mut subjects = names(&ev.subjects);
        if let Some(c) = &ev.count {
            subjects = format!("{subjects} ({})", c.text);
        }
        writeln!(
            out,
            "{:<5} {:<11} {:<9} {:<11} {:<14} {:<22} {:<22} {}",
            ev.id,
            ev.kind,
            ev.status,
            date,
            clip(&place, 14),
            clip(&names(&ev.agents), 22),
            clip(&subjects, 22),
            detail
        )?;
    }
    Ok(())
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width - 1).collect();
        t.push('…');
        t
    }
}

/// Extracts one document; a fault in the engine becomes an error naming the input instead of
/// ending the whole batch.
pub fn extract_safely(extractor: &Extractor, input: &Input) -> Result<Record, InputError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extractor.extract(input))).map_err(
        |panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            InputError {
                input: input.source.clone().unwrap_or_else(|| "<input>".into()),
                message: format!(
                    "internal error while extracting ({what}); please report it with this document"
                ),
            }
        },
    )
}
