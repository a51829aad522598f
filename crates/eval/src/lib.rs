/*!
Scores a `chronicle/1` extraction against a hand-annotated answer, exactly by the rules of
`spec/records.md` ("Scoring an extraction against an answer").

# Brief overview

[`score_document`] takes a predicted [`Record`](chronicle_record::Record), its
[`GoldFile`](chronicle_record::GoldFile) and a [`PlaceIds`] (gazetteer lookup of gold place
names) and returns a [`DocumentScore`]: the counts behind event and record P/R/F1, a
[`FieldTallies`] of per-field accuracy, and the detail a person wants to read: every
[`MatchedPair`] with its [`FieldCheck`]s, the missed gold events and the extra predictions
(both [`Unmatched`]).

Scoring works in three steps. Names agree by the spec's last-word-and-initial rule, folded
for case, diacritics and a final possessive (module `names`). Gold and predicted events are
paired one to one, greedily, best field agreement first, required gold before optional
(module `matching`). Every field the gold gives is checked on each pair (module `fields`).

[`Totals`] sums the counts of many documents and computes micro-averaged [`Prf`] figures;
it serialises (with the figures) for `--json`. [`render_text`] turns scores into the report
for a person, whose last line is [`totals_line`].

Choices where the spec leaves room, stated once here:
- "equal dates" means both events give a date and the ISO strings are equal, so a required
  gold event with no names and no date can never be matched;
- place names compare after the same folding as person names (case, diacritics, punctuation
  at word ends), as whole names;
- a charge's content words are its folded words minus the stop words in
  `data/charge-stopwords.txt`, compared whole (no stemming), distinct words counted;
- a gold field that is null (agents: empty) is not checked; it neither helps nor hurts;
- a predicted reference to a missing entity id agrees with nothing;
- field accuracy counts only pairs with required gold events (optional ones count nowhere);
- "best field agreement first" ranks a candidate pair by: all given fields right, then more
  fields right, then fewer wrong, then gold order, then prediction order.
*/

mod fields;
mod matching;
mod names;
mod render;
mod resolve;
mod score;
mod totals;

pub use fields::{Field, FieldCheck};
pub use names::{entity_agrees, names_agree};
pub use render::{render_text, totals_line};
pub use score::{score_document, DocumentScore, FieldTallies, MatchedPair, Tally, Unmatched};
pub use totals::{Prf, Totals};

/// Gazetteer resolution of a gold place spelling to the ids it may mean.
///
/// The binary wires the real gazetteer; any `Fn(&str) -> Vec<u64>` works too, and
/// [`NoPlaceIds`] resolves nothing (place then compares by name only).
pub trait PlaceIds {
    fn ids(&self, name: &str) -> Vec<u64>;
}

impl<F: Fn(&str) -> Vec<u64>> PlaceIds for F {
    fn ids(&self, name: &str) -> Vec<u64> {
        self(name)
    }
}

/// A [`PlaceIds`] that resolves nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoPlaceIds;

impl PlaceIds for NoPlaceIds {
    fn ids(&self, _name: &str) -> Vec<u64> {
        Vec::new()
    }
}
