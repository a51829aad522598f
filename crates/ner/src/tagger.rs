//! The loaded model and the tagging entry points.

use std::path::Path;
use std::sync::OnceLock;

use crate::features::{extract, extract_from_infos, Features};
use crate::history::DocHistory;
use crate::label::Label;
use crate::lexicon::Lexicons;
use crate::model::{viterbi_in, Lattice, ModelFile, RowTable, Weights, N, TRANS};
use crate::token::token_infos;
use crate::Error;

/// The model shipped in the repository (`models/ner.bin`), compiled into the binary.
static EMBEDDED: &[u8] = include_bytes!("../../../models/ner.bin");

/// A named-entity tagger: quantised weights plus the lexicons its features consult.
pub struct Tagger {
    /// Hash size of the features: the table has `2^bits` buckets.
    bits: u8,
    rows: RowTable,
    trans: [i16; TRANS],
    lex: &'static Lexicons,
}

/// Reusable buffers for tagging one document.
#[derive(Default)]
pub(crate) struct Scratch {
    feats: Features,
    rows: Vec<u32>,
    em: Vec<[i32; N]>,
    lattice: Lattice,
}

impl Tagger {
    /// Loads a model file written by [`crate::train`].
    pub fn load(path: &Path) -> Result<Tagger, Error> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Tagger::from_bytes(&bytes)
    }

    /// Reads a model from the bytes of a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, Error> {
        let lex = Lexicons::get();
        let file = ModelFile::open(bytes, lex.fingerprint)?;
        Ok(Tagger {
            bits: file.bits,
            trans: file.trans,
            rows: RowTable::from_file(file)?,
            lex,
        })
    }

    pub(crate) fn from_weights(weights: Weights) -> Tagger {
        Tagger {
            bits: weights.bits,
            rows: RowTable::from_dense(&weights.emit),
            trans: weights.trans,
            lex: Lexicons::get(),
        }
    }

    /// The shipped model, parsed on first use and shared afterwards.
    pub fn embedded() -> Result<&'static Tagger, Error> {
        static TAGGER: OnceLock<Result<Tagger, String>> = OnceLock::new();
        TAGGER
            .get_or_init(|| Tagger::from_bytes(EMBEDDED).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Model(format!("the model compiled into this binary: {e}")))
    }

    /// Tags one sentence on its own (no document context).
    pub fn tag<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Label> {
        let mut scratch = Scratch::default();
        let history = DocHistory::for_document(&[tokens]);
        self.tag_sentence(tokens, &history, &mut scratch)
    }

    /// Tags the sentences of one document in order; how a word was tagged in earlier sentences
    /// informs later ones ("Peter Blackburn" … "Blackburn said").
    pub fn tag_doc<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<Label>> {
        let mut scratch = Scratch::default();
        // The facts of every token, found once: the document history reads them too.
        let mut infos = Vec::new();
        let mut starts = Vec::with_capacity(sentences.len() + 1);
        starts.push(0);
        for s in sentences {
            token_infos(s, self.lex, &mut infos);
            starts.push(infos.len());
        }
        let sentence_infos = |k: usize| &infos[starts[k]..starts[k + 1]];
        let mut history =
            DocHistory::for_token_infos((0..sentences.len()).map(sentence_infos), infos.len());
        sentences
            .iter()
            .enumerate()
            .map(|(k, s)| {
                extract_from_infos(
                    s,
                    sentence_infos(k),
                    self.lex,
                    &history,
                    self.bits,
                    &mut scratch.feats,
                );
                let labels = self.decode(&mut scratch);
                history.record(scratch.feats.lowers(), scratch.feats.alpha(), &labels);
                labels
            })
            .collect()
    }

    fn tag_sentence<S: AsRef<str>>(
        &self,
        tokens: &[S],
        history: &DocHistory,
        scratch: &mut Scratch,
    ) -> Vec<Label> {
        extract(tokens, self.lex, history, self.bits, &mut scratch.feats);
        self.decode(scratch)
    }

    /// Labels the sentence whose features are in `scratch`.
    fn decode(&self, scratch: &mut Scratch) -> Vec<Label> {
        self.rows
            .emissions(&scratch.feats, &mut scratch.rows, &mut scratch.em);
        viterbi_in(&scratch.em, &self.trans, &mut scratch.lattice)
    }

    /// Rows of the weight table that carry weights (a size measure).
    pub fn feature_rows(&self) -> usize {
        self.rows.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_alone_is_tagged_as_a_one_sentence_document() {
        // `tag` finds the token facts while extracting features, `tag_doc` finds them first for
        // the whole document: both must see the same.
        let tagger = Tagger::embedded().unwrap();
        let sentences = [
            "Police in Almaty detained activist Marat Zhanuzakov \u{2014} a \u{201C}blogger\u{201D} .",
            "HUMAN RIGHTS WATCH CONDEMNS ARREST OF \u{00C9}MILE DUPONT",
            "the committee to protect journalists said on tuesday that zhanuzakov was freed",
        ];
        let mut names = 0;
        for s in sentences {
            let tokens: Vec<&str> = s.split(' ').collect();
            let alone = tagger.tag(&tokens);
            names += alone.iter().filter(|l| **l != Label::O).count();
            assert_eq!(tagger.tag_doc(&[tokens]), vec![alone], "{s}");
        }
        assert!(names > 0);
    }
}
