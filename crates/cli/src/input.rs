//! Turning command-line inputs (files, directories, `-`, JSON Lines) into documents.
//!
//! Every input yields either an [`Input`] or an [`InputError`] naming it, so that one bad file
//! never stops a batch. Text is decoded to UTF-8 here, once; offsets downstream are into the
//! decoded text.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chronicle_extract::{Input, NaiveDate};
use serde::Deserialize;

/// The largest single document read by default (bytes). Larger files are refused without
/// being read whole.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// A failed input: which one, and why, in words a user can act on.
#[derive(Debug, Clone)]
pub struct InputError {
    pub input: String,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.input, self.message)
    }
}

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Publication date for inputs that do not carry their own.
    pub published: Option<NaiveDate>,
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            published: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// One item of a batch, in input order.
pub type Item = Result<Input, InputError>;

/// The input options `extract` and `ingest` share.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Report files, folders (every *.txt below them) or `-` for standard input.
    pub paths: Vec<PathBuf>,
    /// Read documents from a JSON Lines file: {"text", "published"?, "title"?, "source"?} a line.
    #[arg(long, value_name = "FILE")]
    pub jsonl: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub published: Option<NaiveDate>,
    /// Refuse documents larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

impl InputArgs {
    /// The sources named, or an error saying what to give when there are none.
    pub fn sources(&self, verb: &str) -> Result<Vec<Source>, String> {
        let mut sources: Vec<Source> = self.paths.iter().cloned().map(Source::Path).collect();
        sources.extend(self.jsonl.iter().cloned().map(Source::JsonLines));
        if sources.is_empty() {
            return Err(format!(
                "nothing to {verb}: give report files, folders, `-` or --jsonl FILE"
            ));
        }
        Ok(sources)
    }

    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            published: self.published,
            max_bytes: self.max_bytes,
        }
    }
}

/// Where the documents come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file, a directory (all `*.txt` below it) or `-` for standard input.
    Path(PathBuf),
    /// A JSON Lines file (`-` for standard input) of `{"text", "published"?, "title"?, "source"?}`.
    JsonLines(PathBuf),
}

/// How many documents are read ahead at once: a batch is extracted in parallel (and, for
/// `ingest`, stored in one transaction) while memory stays bounded.
pub const BATCH: usize = 256;

/// The documents of `sources` in batches of [`BATCH`], in a stable order.
pub fn read_batches(sources: &[Source], opts: &ReadOptions) -> impl Iterator<Item = Vec<Item>> {
    let mut items = read_all(sources, opts);
    std::iter::from_fn(move || {
        let batch: Vec<Item> = items.by_ref().take(BATCH).collect();
        (!batch.is_empty()).then_some(batch)
    })
}

/// Expands sources into a lazy stream of documents, in a stable order.
pub fn read_all(sources: &[Source], opts: &ReadOptions) -> Box<dyn Iterator<Item = Item>> {
    let mut iters: Vec<Box<dyn Iterator<Item = Item>>> = Vec::new();
    for source in sources {
        match source {
            Source::Path(p) if p.as_os_str() == "-" => {
                let opts = opts.clone();
                iters.push(Box::new(std::iter::once_with(move || read_stdin(&opts))));
            }
            Source::Path(p) => {
                let files = match expand_path(p) {
                    Ok(files) => files,
                    Err(e) => {
                        iters.push(Box::new(std::iter::once(Err(e))));
                        continue;
                    }
                };
                let opts = opts.clone();
                iters.push(Box::new(
                    files.into_iter().map(move |f| read_file(&f, &opts)),
                ));
            }
            Source::JsonLines(p) => iters.push(read_jsonl(p, opts)),
        }
    }
    Box::new(iters.into_iter().flatten())
}

fn expand_path(path: &Path) -> Result<Vec<PathBuf>, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, &e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| io_error(&dir, &e))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    Ok(files)
}

fn io_error(path: &Path, e: &io::Error) -> InputError {
    let hint = match e.kind() {
        io::ErrorKind::NotFound => " (check the path)",
        io::ErrorKind::PermissionDenied => " (check its permissions)",
        _ => "",
    };
    InputError {
        input: path.display().to_string(),
        message: format!("cannot read: {e}{hint}"),
    }
}

/// Sidecar metadata (`NAME.meta.json` beside `NAME.txt`).
#[derive(Debug, Default, Deserialize)]
struct Meta {
    published: Option<String>,
    title: Option<String>,
    source: Option<String>,
}

fn read_file(path: &Path, opts: &ReadOptions) -> Item {
    let name = path.display().to_string();
    let err = |message: String| InputError {
        input: name.clone(),
        message,
    };
    let file = File::open(path).map_err(|e| io_error(path, &e))?;
    let bytes = read_limited(file, opts.max_bytes).map_err(&err)?;
    let text = decode(&bytes).map_err(&err)?;
    let meta_path = path.with_extension("meta.json");
    let meta: Meta = match std::fs::read_to_string(&meta_path) {
        Ok(s) => serde_json::from_str(&s).map_err(|e| InputError {
            input: meta_path.display().to_string(),
            message: format!("not valid metadata JSON ({e}); expected {{\"published\": \"YYYY-MM-DD\", \"title\": ..., \"source\": ...}}"),
        })?,
        Err(_) => Meta::default(),
    };
    let published = match meta.published.as_deref() {
        Some(p) => Some(parse_date(p).map_err(|m| InputError {
            input: meta_path.display().to_string(),
            message: m,
        })?),
        None => opts.published,
    };
    Ok(Input {
        text,
        source: Some(meta.source.unwrap_or(name)),
        title: meta.title,
        published,
    })
}

fn read_stdin(opts: &ReadOptions) -> Item {
    let bytes = read_limited(io::stdin().lock(), opts.max_bytes).map_err(|m| InputError {
        input: "<stdin>".into(),
        message: m,
    })?;
    let text = decode(&bytes).map_err(|m| InputError {
        input: "<stdin>".into(),
        message: m,
    })?;
    Ok(Input {
        text,
        source: None,
        title: None,
        published: opts.published,
    })
}

/// Reads at most `max` bytes; a longer input is an error, found without reading it all.
fn read_limited(reader: impl Read, max: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > max {
        return Err(format!(
            "larger than {} MiB, too large for one report; split it into documents (e.g. JSON Lines with --jsonl) or raise --max-bytes",
            max / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("publication date {s:?} is not a date of the form YYYY-MM-DD"))
}

/// Decodes a document's bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or,
/// when it is clearly so, Windows-1251 (Cyrillic) or Windows-1252 (Latin-1). Anything else is
/// refused with a reason.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("empty file: nothing to read".into());
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        if enc != encoding_rs::UTF_8 {
            let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
            if had_errors {
                return Err(format!("not valid {} text", enc.name()));
            }
            return non_empty(text.into_owned());
        }
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(body) {
        return Err("looks like binary data, not text; give a UTF-8 text report".into());
    }
    if let Ok(text) = std::str::from_utf8(body) {
        return non_empty(text.to_string());
    }
    // Not UTF-8: try the legacy encodings news archives still use, and keep a decoding only
    // when nearly all its non-ASCII letters belong to the script that encoding is for.
    let cyrillic = encoding_rs::WINDOWS_1251
        .decode_without_bom_handling(body)
        .0;
    if script_share(&cyrillic, is_cyrillic) > 0.9 && !mixes_scripts(&cyrillic) {
        return non_empty(cyrillic.into_owned());
    }
    let latin = encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(body)
        .0;
    if script_share(&latin, |c| c.is_alphabetic()) > 0.9 {
        return non_empty(latin.into_owned());
    }
    Err(
        "not UTF-8, and not clearly Windows-1251 or Latin-1; convert it to UTF-8 (e.g. with iconv)"
            .into(),
    )
}

fn non_empty(text: String) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("empty text: nothing to read".into())
    } else {
        Ok(text)
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
        .count();
    sample.contains(&0) || controls * 100 > sample.len()
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Latin-1 text read as Windows-1251 shows Cyrillic letters inside Latin words ("Cafй");
/// real Cyrillic text keeps its words whole.
fn mixes_scripts(text: &str) -> bool {
    let mut cyrillic_words = 0usize;
    let mut mixed = 0usize;
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.chars().any(is_cyrillic) {
            cyrillic_words += 1;
            if word.chars().any(|c| c.is_ascii_alphabetic()) {
                mixed += 1;
            }
        }
    }
    mixed * 5 > cyrillic_words
}

fn script_share(text: &str, in_script: impl Fn(char) -> bool) -> f64 {
    let non_ascii: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
    if non_ascii.is_empty() {
        return 0.0;
    }
    non_ascii.iter().filter(|&&c| in_script(c)).count() as f64 / non_ascii.len() as f64
}

/// One line of a JSON Lines input.
#[derive(Debug, Deserialize)]
struct Line {
    text: String,
    published: Option<String>,
    title: Option<String>,
    source: Option<String>,
}

fn read_jsonl(path: &Path, opts: &ReadOptions) -> Box<dyn Iterator<Item = Item>> {
    let name = path.display().to_string();
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        match File::open(path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => return Box::new(std::iter::once(Err(io_error(path, &e)))),
        }
    };
    let opts = opts.clone();
    let mut line_no = 0usize;
    Box::new(
        reader
            .split(b'\n')
            .filter_map(move |line| {
                line_no += 1;
                let here = format!("{name}:{line_no}");
                let err = |message: String| {
                    Some(Err(InputError {
                        input: here.clone(),
                        message,
                    }))
                };
                let bytes = match line {
                    Ok(b) => b,
                    Err(e) => return err(format!("cannot read: {e}")),
                };
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    return None;
                }
                if bytes.len() as u64 > opts.max_bytes {
                    return err("line larger than --max-bytes; skipped".into());
                }
                let line: Line = match serde_json::from_slice(&bytes) {
                    Ok(l) => l,
                    Err(e) => return err(format!("not a JSON object with a \"text\" field ({e})")),
                };
                if line.text.trim().is_empty() {
                    return err("empty text: nothing to read".into());
                }
                let published = match line.published.as_deref() {
                    Some(p) => match parse_date(p) {
                        Ok(d) => Some(d),
                        Err(m) => return err(m),
                    },
                    None => opts.published,
                };
                Some(Ok(Input {
                    text: line.text,
                    source: line.source.or(Some(here.clone())),
                    title: line.title,
                    published,
                }))
            })
            .fuse(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_cp1251_and_refuses_junk() {
        assert_eq!(decode("Алматы".as_bytes()).unwrap(), "Алматы");
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Полиция задержала журналиста");
        assert_eq!(decode(&cp1251).unwrap(), "Полиция задержала журналиста");
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode("Café in Zürich");
        assert_eq!(decode(&latin).unwrap(), "Café in Zürich");
        assert!(decode(b"").unwrap_err().contains("empty"));
        assert!(decode(b"   \n").unwrap_err().contains("empty"));
        assert!(decode(&[0u8, 159, 146, 150, 0, 1, 2])
            .unwrap_err()
            .contains("binary"));
        assert_eq!(decode(b"\xEF\xBB\xBFHello").unwrap(), "Hello");
    }

    #[test]
    fn size_limit_is_checked_without_reading_everything() {
        let big = std::io::repeat(b'a');
        let err = read_limited(big, 1024).unwrap_err();
        assert!(err.contains("too large"));
    }
}
