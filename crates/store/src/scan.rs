//! Searching a small set of documents by reading them, instead of the full-text index.
//!
//! When filters leave few documents, asking FTS5 for a common word's matches newest first
//! and testing each against the set reads the word's whole posting list before giving up
//! (hundreds of milliseconds on 100,000 reports). Reading the few documents themselves is
//! bounded by the set's size. Words match as in the index: case-insensitive, whole words.

use sqlx::{AnyConnection, Row};

use crate::{opt_str, Result, SearchHit};

/// Up to this many filtered documents are read rather than searched in the index.
pub const SCAN_LIMIT: usize = 5000;

/// Words of a text as the index sees them: lowercased runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Whether every query word is a word of the text.
fn matches(query: &[String], title: Option<&str>, text: &str) -> bool {
    let mut found = vec![false; query.len()];
    for w in words(title.unwrap_or("")).chain(words(text)) {
        for (i, q) in query.iter().enumerate() {
            if !found[i] && *q == w {
                found[i] = true;
            }
        }
        if found.iter().all(|f| *f) {
            return true;
        }
    }
    false
}

/// Some sixteen words around the first query word, each query word in [brackets].
pub fn snippet(query: &[String], text: &str) -> String {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let is_hit = |t: &str| words(t).any(|w| query.contains(&w));
    let first = tokens.iter().position(|t| is_hit(t)).unwrap_or(0);
    let start = first.saturating_sub(6);
    let end = (start + 16).min(tokens.len());
    let mut out: Vec<String> = tokens[start..end]
        .iter()
        .map(|t| {
            if is_hit(t) {
                format!("[{t}]")
            } else {
                t.to_string()
            }
        })
        .collect();
    if start > 0 {
        out.insert(0, "…".into());
    }
    if end < tokens.len() {
        out.push("…".into());
    }
    out.join(" ")
}

/// The newest `limit` of the documents `ids` (given newest first) containing all `query`
/// words.
pub async fn search_documents(
    conn: &mut AnyConnection,
    ids: &[i64],
    query: &[String],
    limit: usize,
) -> Result<Vec<SearchHit>> {
    let mut hits = Vec::new();
    for chunk in ids.chunks(200) {
        let list = chunk
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let sql = format!(
            "SELECT id, hash, source, title, published, text FROM documents
             WHERE id IN ({list}) ORDER BY id DESC"
        );
        for row in crate::dynamic_query(&sql).fetch_all(&mut *conn).await? {
            let title = opt_str(&row, "title")?;
            let text: String = row.try_get("text")?;
            if !matches(query, title.as_deref(), &text) {
                continue;
            }
            hits.push(SearchHit {
                document: row.try_get("id")?,
                hash: row.try_get("hash")?,
                source: opt_str(&row, "source")?,
                title,
                published: opt_str(&row, "published")?,
                snippet: snippet(query, &text),
            });
            if hits.len() >= limit {
                return Ok(hits);
            }
        }
    }
    Ok(hits)
}

/// The query's words, as [`search_documents`] wants them.
pub fn query_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(text) {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_words_must_occur_as_whole_words() {
        let q = query_words("Court police");
        assert!(matches(&q, None, "The police took him to court."));
        assert!(!matches(&q, None, "The police took him to courtyard."));
        assert!(matches(&q, Some("Court"), "police"));
    }

    #[test]
    fn snippet_brackets_the_words() {
        let q = query_words("detained");
        let s = snippet(&q, "Police in Almaty detained the journalist on Monday.");
        assert_eq!(s, "Police in Almaty [detained] the journalist on Monday.");
    }
}
