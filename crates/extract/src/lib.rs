/*!
Extraction: a news report in, a `chronicle/1` [`Record`] out.

# Brief overview

An [`Input`] (text and what is known about it) goes to an [`Extractor`], which runs the
pipeline over a stand-off [`chronicle_text::Doc`] and returns a [`Record`].
*/

use chronicle_record::{DocumentInfo, Record, SCHEMA};
use sha2::{Digest, Sha256};

pub use chrono::NaiveDate;

/// One document to read, with what its source says about it.
#[derive(Debug, Clone, Default)]
pub struct Input {
    pub text: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
}

/// `sha256:` and the hex digest of the text: the same text always gets the same id.
pub fn document_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut id = String::with_capacity(7 + 64);
    id.push_str("sha256:");
    for b in digest {
        id.push_str(&format!("{b:02x}"));
    }
    id
}

/// The extraction pipeline, with its lexicons loaded once.
#[derive(Debug, Default)]
pub struct Extractor {}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor {}
    }

    pub fn extract(&self, input: &Input) -> Record {
        Record {
            schema: SCHEMA.to_string(),
            document: DocumentInfo {
                id: document_id(&input.text),
                source: input.source.clone(),
                title: input.title.clone(),
                published: input.published.map(|d| d.to_string()),
                language: Some("en".to_string()),
            },
            entities: vec![],
            events: vec![],
        }
    }
}
