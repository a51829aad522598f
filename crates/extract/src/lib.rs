/*!
Extraction: a news report in, a `chronicle/1` [`Record`] out.

# Brief overview

An [`Input`] (text and what is known about it) goes to an [`Extractor`], which builds an
[`analysis::Analysis`] over a stand-off [`chronicle_text::Doc`] and runs the pipeline stages
over it, each adding one layer and none changing the text:

1. tokens and sentences (`chronicle-text`);
2. [`dates`]: date expressions, resolved against the publication date (`chronicle-dates`);
3. [`entities`]: persons, organisations, places (resolved in `chronicle-gazetteer`) and groups;
4. [`events`]: triggers, their agents and subjects, status, charge, penalty, date and place,
   one event per named subject, joined across sentences;
5. [`output`]: ids, char offsets, evidence spans and confidence.

The word lists each stage uses (triggers, organisations, titles, status cues, currencies,
penalties, charges) are plain files under `data/lexicons/`, loaded by [`lexicon`].
*/

pub mod analysis;
pub mod dates;
pub mod entities;
pub mod events;
pub mod lexicon;
pub mod numbers;
pub mod output;
pub mod phrases;

use chronicle_gazetteer::Gazetteer;
use chronicle_record::{DocumentInfo, EntityKind, Record, SCHEMA};
use chronicle_text::Doc;

use crate::analysis::{Analysis, EntityDraft, PlaceRef};
use crate::lexicon::Lexicons;
use sha2::{Digest, Sha256};

pub use chrono::NaiveDate;

/// The extraction engine's version, stored with every document it read: bump it whenever the
/// engine's output changes, so that `chronicle ingest` reads stored reports again.
pub const ENGINE_VERSION: &str = "extract-2026.11.29.82";

/// One document to read, with what its source says about it.
#[derive(Debug, Clone, Default)]
pub struct Input {
    pub text: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
}

/// `sha256:` and the hex digest of the normalised text (line ends unified, surrounding white
/// space trimmed): the same text always gets the same id.
pub fn document_id(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n");
    let digest = Sha256::digest(normalised.trim().as_bytes());
    let mut id = String::with_capacity(7 + 64);
    id.push_str("sha256:");
    for b in digest {
        id.push_str(&format!("{b:02x}"));
    }
    id
}

/// The extraction pipeline, with its lexicons and gazetteer loaded once.
pub struct Extractor {
    lex: Lexicons,
    gaz: &'static Gazetteer,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor {
            lex: Lexicons::load(),
            gaz: Gazetteer::embedded(),
        }
    }

    pub fn extract(&self, input: &Input) -> Record {
        let mut a = Analysis::new(Doc::new(input.text.clone()), &self.lex);
        dates::annotate(&mut a, input.published);
        dates::anchor_to_happenings(&mut a);
        dates::eve_of_happenings(&mut a);
        dates::clock_times(&mut a, input.published);
        entities::annotate(&mut a, self.gaz);
        let drafts = events::annotate(&a);
        let national = self.national_place(&mut a);
        let (entities, events) = output::build(&a, &drafts, national);
        Record {
            schema: SCHEMA.to_string(),
            document: DocumentInfo {
                id: document_id(&input.text),
                source: input.source.clone(),
                title: input.title.clone(),
                published: input.published.map(|d| d.to_string()),
                language: Some("en".to_string()),
            },
            entities,
            events,
        }
    }

    /// The document's country as a place entity, for events of national scope (elections,
    /// laws) that the text places nowhere more precisely.
    fn national_place(&self, a: &mut Analysis) -> Option<usize> {
        let code = a.country.clone()?;
        if let Some(i) = a.entities.iter().position(|e| {
            e.place
                .as_ref()
                .is_some_and(|p| p.is_country && p.country == code)
        }) {
            return Some(i);
        }
        let p = self.gaz.country(&code)?;
        let mut e = EntityDraft::new(EntityKind::Place, &p.name);
        e.country = Some(code);
        e.place = Some(PlaceRef {
            id: p.id,
            country: p.country.clone(),
            lat: p.lat,
            lon: p.lon,
            is_country: true,
            is_region: false,
            admin1: None,
            population: p.population,
        });
        a.entities.push(e);
        Some(a.entities.len() - 1)
    }
}
