/*!
Named-entity tagging for Chronicle: persons, organisations, places and other names (CoNLL-2003
types PER, ORG, LOC, MISC) in tokenised news text, in pure Rust with no ML runtime.

# Brief overview

A [`Tagger`] holds a trained model: a table of quantised weights indexed by hashed features.
[`Tagger::tag`] labels one sentence and [`Tagger::tag_doc`] a whole document, where the way a
word was tagged in earlier sentences, and how it is capitalised elsewhere in the document,
become features of its occurrences. Each token gets a [`Label`] (`O`, `B(EntityType)` or
`I(EntityType)`); [`spans`] turns labels into entity token ranges. Decoding is Viterbi under
IOB2 constraints, so an `I-x` always continues an `x`. [`Tagger::embedded`] is the model
shipped in `models/ner.bin`, compiled into the binary.

How a token looks (module `token`: forms, shape, capitalisation, gazetteer places, capitalised
runs such as "Human Rights Watch") and what the document says (module `history`) meet in module
`features`, which hashes templates over the word, its lower-case form, prefixes and suffixes,
neighbouring words and shapes, the capitalisation of the token and of its whole sentence (so
all-caps headlines and lower-case text still tag) and the lexicons in `data/ner/` (English words,
name-only words, GeoNames places, organisation words, nationalities). Curly quotes and dashes are
read as their ASCII forms. Module `model` holds the weight table, the decoder and the file format.

[`train`] fits the model from [`TrainOptions`] (CoNLL train and dev files, seed, epochs):
averaged structured perceptrons, the dev-best epoch of each, several seeds averaged into one
table; it reports [`Progress`] through a callback and is exactly reproducible. [`eval_conll`]
tags a CoNLL file with its own tokenisation and returns a [`ConllReport`], which prints like
conlleval. [`read_conll`] reads such files into [`Document`]s.
*/

mod conll;
#[cfg(feature = "crf-compare")]
pub mod crf;
mod error;
mod eval;
mod features;
mod hash;
mod history;
mod label;
mod lexicon;
mod model;
mod tagger;
mod token;
mod train;

pub use conll::{parse_conll, read_conll, write_predictions, Document, Sentence};
pub use error::Error;
pub use eval::{eval_conll, eval_conll_cased, evaluate, Case, ConllReport, Counts};
pub use label::{spans, to_iob2, EntityType, Label};
pub use tagger::Tagger;
pub use train::{train, EpochReport, Progress, TrainOptions, TrainReport};
