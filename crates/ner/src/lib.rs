/*!
Named-entity tagging for Chronicle: persons, organisations, places and other names (CoNLL-2003
types PER, ORG, LOC, MISC) in tokenised news text, in pure Rust.

# Brief overview

A [`Tagger`] holds a trained model: a table of quantised weights indexed by hashed features.
[`Tagger::tag`] labels one sentence and [`Tagger::tag_doc`] a whole document, where the way a
word was tagged in earlier sentences becomes a feature of its later occurrences. Each token gets
a [`Label`] (`O`, `B(EntityType)` or `I(EntityType)`); [`spans`] turns labels into entity token
ranges. Decoding is Viterbi under IOB2 constraints, so an `I-x` always continues an `x`.

Features (module `features`) look at the word and its lower-case form, shape, prefixes and
suffixes, neighbouring words and shapes, the capitalisation of the token and of its whole
sentence (so all-caps headlines and lower-case text still tag), the lexicons in `data/ner/`
(English words, name-only words, GeoNames places) and the document history. Curly quotes and
dashes are read as their ASCII forms.

[`train`] fits the model with an averaged structured perceptron from [`TrainOptions`] (CoNLL
train and dev files, seed, epochs), reporting [`Progress`] through a callback; it is exactly
reproducible. [`eval_conll`] tags a CoNLL file with its own tokenisation and returns a
[`ConllReport`], which prints like conlleval. [`read_conll`] reads such files into
[`Document`]s.
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
