//! Turning a sentence into hashed feature ids, one list per token.
//!
//! Every feature is a template seed combined with the values it looks at (hashes of the word,
//! its shape, its neighbours, what the lexicons and the document history say), finished into a
//! bucket of a table of `2^bits` weight rows. Nothing is interned, so extraction allocates
//! nothing per feature and the model needs no vocabulary.

use crate::hash::{combine, mix};
use crate::history::DocHistory;
use crate::lexicon::Lexicons;
use crate::token::{mark_places, mark_runs, sentence_case, token_infos, TokenInfo};

/// Bumped whenever the templates change, so old model files are refused.
pub(crate) const FEATURE_VERSION: u32 = 5;

/// The starting key of a template, from its seed: computed at compile time, so a feature costs
/// only the folding of its values.
const fn template(seed: u64) -> u64 {
    mix(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

// Template keys. The seeds are part of the model format (see FEATURE_VERSION).
const BIAS: u64 = template(1);
const LOWER: u64 = template(2);
const FORM: u64 = template(3);
const SHAPE: u64 = template(4);
const SHAPE_CASE: u64 = template(5);
const CAP_POS: u64 = template(6);
const PREFIX: [u64; 4] = [template(10), template(11), template(12), template(13)];
const SUFFIX: [u64; 4] = [template(20), template(21), template(22), template(23)];
const PREV1: u64 = template(30);
const NEXT1: u64 = template(31);
const PREV2: u64 = template(32);
const NEXT2: u64 = template(33);
const PREV_FORM: u64 = template(28);
const NEXT_FORM: u64 = template(29);
const BI_PREV: u64 = template(34);
const BI_NEXT: u64 = template(35);
const SH_PREV: u64 = template(36);
const SH_NEXT: u64 = template(37);
const SH_TRI: u64 = template(38);
/// The words on both sides, skipping this one ("Mr _ said").
const AROUND: u64 = template(39);
const CLASS: u64 = template(40);
const CLASS_PREV: u64 = template(41);
const CLASS_NEXT: u64 = template(42);
const PLACE: u64 = template(50);
const HIST_MAJORITY: u64 = template(60);
const HIST_ENTITY: u64 = template(61);
const DOC_CASE: u64 = template(62);
const ORG_WORD: u64 = template(80);
const ORG_AHEAD: u64 = template(81);
const RUN_TAIL: u64 = template(82);
const DEMONYM: u64 = template(83);
/// The value of a neighbour past the start or the end of the sentence.
const BOUNDARY_BEFORE: u64 = 0x0b05;
const BOUNDARY_AFTER: u64 = 0x0e05;

/// Most features a token can have (room reserved up front).
const MAX_PER_TOKEN: usize = 40;

/// Feature ids of one sentence, token by token, with the per-token facts reused afterwards.
#[derive(Default)]
pub(crate) struct Features {
    ids: Vec<u32>,
    offsets: Vec<usize>,
    infos: Vec<TokenInfo>,
    lowers: Vec<u64>,
    alpha: Vec<bool>,
}

impl Features {
    pub(crate) fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub(crate) fn token(&self, i: usize) -> &[u32] {
        &self.ids[self.range(i)]
    }

    /// Where the features of token `i` are in [`Features::ids`].
    pub(crate) fn range(&self, i: usize) -> std::ops::Range<usize> {
        self.offsets[i]..self.offsets[i + 1]
    }

    /// The features of all tokens, one after the other.
    pub(crate) fn ids(&self) -> &[u32] {
        &self.ids
    }

    pub(crate) fn lowers(&self) -> &[u64] {
        &self.lowers
    }

    pub(crate) fn alpha(&self) -> &[bool] {
        &self.alpha
    }
}

struct Sink<'a> {
    ids: &'a mut Vec<u32>,
    shift: u32,
}

impl Sink<'_> {
    #[inline(always)]
    fn push(&mut self, key: u64, values: &[u64]) {
        let mut h = key;
        for &v in values {
            h = combine(h, v);
        }
        self.ids.push((mix(h) >> self.shift) as u32);
    }
}

/// Extracts the features of `tokens` into `out` for a table of `2^bits` rows.
pub(crate) fn extract<S: AsRef<str>>(
    tokens: &[S],
    lex: &Lexicons,
    history: &DocHistory,
    bits: u8,
    out: &mut Features,
) {
    out.infos.clear();
    token_infos(tokens, lex, &mut out.infos);
    extract_marked(tokens, lex, history, bits, out);
}

/// [`extract`] for tokens whose facts were found beforehand with `token_info` (the sentence
/// marks are still to be set).
pub(crate) fn extract_from_infos<S: AsRef<str>>(
    tokens: &[S],
    infos: &[TokenInfo],
    lex: &Lexicons,
    history: &DocHistory,
    bits: u8,
    out: &mut Features,
) {
    out.infos.clear();
    out.infos.extend_from_slice(infos);
    extract_marked(tokens, lex, history, bits, out);
}

/// The rest of [`extract`] once `out.infos` holds the facts of `tokens`.
fn extract_marked<S: AsRef<str>>(
    tokens: &[S],
    lex: &Lexicons,
    history: &DocHistory,
    bits: u8,
    out: &mut Features,
) {
    out.ids.clear();
    out.offsets.clear();
    mark_places(&mut out.infos, lex);
    let sentence_case_value = sentence_case(&out.infos);
    mark_runs(tokens, &mut out.infos, sentence_case_value);
    out.lowers.clear();
    out.lowers.extend(out.infos.iter().map(|t| t.lower));
    out.alpha.clear();
    out.alpha.extend(out.infos.iter().map(|t| t.alpha));
    let case = sentence_case_value as u64;
    let infos = &out.infos;
    let n = infos.len();
    let mut sink = Sink {
        ids: &mut out.ids,
        shift: 64 - u32::from(bits),
    };
    let at =
        |i: isize| -> Option<&TokenInfo> { usize::try_from(i).ok().and_then(|i| infos.get(i)) };
    // Past either end of the sentence a neighbour's value is a boundary marker.
    let value_at = |i: isize, f: fn(&TokenInfo) -> u64| {
        at(i).map_or(
            if i < 0 {
                BOUNDARY_BEFORE
            } else {
                BOUNDARY_AFTER
            },
            f,
        )
    };
    let lower_at = |i: isize| value_at(i, |t| t.lower);
    let shape_at = |i: isize| value_at(i, |t| t.shape);
    let class_at = |i: isize| value_at(i, |t| ((t.class as u64) << 8) | t.cap as u64);
    sink.ids.reserve(n * MAX_PER_TOKEN);
    for (i, t) in infos.iter().enumerate() {
        out.offsets.push(sink.ids.len());
        let si = i as isize;
        let cap = t.cap as u64;
        sink.push(BIAS, &[]);
        sink.push(LOWER, &[t.lower]);
        sink.push(FORM, &[t.form]);
        sink.push(SHAPE, &[t.shape]);
        sink.push(SHAPE_CASE, &[t.shape, case]);
        sink.push(CAP_POS, &[cap, u64::from(i == 0), case]);
        for k in 0..t.affixes {
            sink.push(PREFIX[k], &[t.prefixes[k]]);
            sink.push(SUFFIX[k], &[t.suffixes[k]]);
        }
        sink.push(PREV1, &[lower_at(si - 1)]);
        sink.push(NEXT1, &[lower_at(si + 1)]);
        sink.push(PREV2, &[lower_at(si - 2)]);
        sink.push(NEXT2, &[lower_at(si + 2)]);
        sink.push(BI_PREV, &[lower_at(si - 1), t.lower]);
        sink.push(BI_NEXT, &[t.lower, lower_at(si + 1)]);
        sink.push(SH_PREV, &[shape_at(si - 1), t.shape]);
        sink.push(SH_NEXT, &[t.shape, shape_at(si + 1)]);
        sink.push(SH_TRI, &[shape_at(si - 1), t.shape, shape_at(si + 1)]);
        sink.push(CLASS, &[t.class as u64, cap, case]);
        sink.push(CLASS_PREV, &[class_at(si - 1), case]);
        sink.push(CLASS_NEXT, &[class_at(si + 1), case]);
        if t.place != 0 {
            sink.push(PLACE, &[u64::from(t.place), cap, case]);
        }
        sink.push(ORG_WORD, &[u64::from(t.org), cap, case]);
        if t.demonym {
            sink.push(DEMONYM, &[cap, case]);
        }
        let org_at = |i: isize| at(i).is_some_and(|t| t.org);
        sink.push(
            ORG_AHEAD,
            &[u64::from(org_at(si + 1)), u64::from(org_at(si + 2)), case],
        );
        let continues_run = i > 0 && infos[i - 1].run_end >= i;
        if t.run_end > i || continues_run {
            let first = !continues_run;
            let last = t.run_end == i;
            let tail_org = infos[t.run_end].org;
            sink.push(
                RUN_TAIL,
                &[u64::from(tail_org), u64::from(first), u64::from(last)],
            );
        }
        sink.push(PREV_FORM, &[value_at(si - 1, |t| t.form)]);
        sink.push(NEXT_FORM, &[value_at(si + 1, |t| t.form)]);
        sink.push(AROUND, &[lower_at(si - 1), lower_at(si + 1)]);
        if t.alpha {
            let seen = history.case_seen(t.lower);
            sink.push(DOC_CASE, &[u64::from(seen), cap, u64::from(i == 0), case]);
        }
        if let Some(counts) = history.counts(t.lower) {
            let majority = argmax(counts);
            sink.push(HIST_MAJORITY, &[majority as u64, cap]);
            if counts[1..].iter().any(|&c| c > 0) {
                sink.push(HIST_ENTITY, &[1 + argmax(&counts[1..]) as u64]);
            }
        }
    }
    out.offsets.push(out.ids.len());
    debug_assert_eq!(out.len(), n);
}

/// Index of the largest count, the first on ties.
fn argmax(counts: &[u16]) -> usize {
    let mut best = 0;
    for (i, &c) in counts.iter().enumerate() {
        if c > counts[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::{EntityType, Label};

    fn feats(tokens: &[&str], history: &DocHistory) -> Features {
        let mut f = Features::default();
        extract(tokens, Lexicons::get(), history, 20, &mut f);
        f
    }

    #[test]
    fn curly_and_straight_possessives_share_features() {
        let h = DocHistory::default();
        let a = feats(&["Smith", "\u{2019}s", "car"], &h);
        let b = feats(&["Smith", "'s", "car"], &h);
        assert_eq!(a.token(1), b.token(1));
        assert_eq!(a.token(0), b.token(0));
    }

    #[test]
    fn ids_fit_the_table() {
        let h = DocHistory::default();
        let mut f = Features::default();
        extract(
            &["Qasym-Zhomart", "Tokayev", "signed", "."],
            Lexicons::get(),
            &h,
            12,
            &mut f,
        );
        assert_eq!(f.len(), 4);
        assert!((0..4).all(|i| f.token(i).iter().all(|&id| id < 1 << 12)));
    }

    #[test]
    fn history_adds_features_for_words_seen_before() {
        let empty = DocHistory::default();
        let before = feats(&["Blackburn", "said"], &empty);
        let mut hist = DocHistory::default();
        let earlier = feats(&["Peter", "Blackburn"], &empty);
        hist.record(
            earlier.lowers(),
            earlier.alpha(),
            &[Label::B(EntityType::Per), Label::I(EntityType::Per)],
        );
        let after = feats(&["Blackburn", "said"], &hist);
        assert_eq!(after.token(0).len(), before.token(0).len() + 2);
        assert_eq!(after.token(1), before.token(1));
    }
}
