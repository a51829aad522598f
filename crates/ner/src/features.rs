//! Turning a sentence into hashed feature ids, one list per token.
//!
//! Every feature is a template seed combined with the values it looks at (hashes of the word,
//! its shape, its neighbours, what the lexicons and the document history say), finished into a
//! bucket of a table of `2^bits` weight rows. Nothing is interned, so extraction allocates
//! nothing per feature and the model needs no vocabulary.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::hash::{combine, fnv, hash_str, mix, PreHashedBuild, FNV_START};
use crate::label::Label;
use crate::lexicon::{place_key, place_seed, Lexicons, WordClass, MAX_PLACE_TOKENS};

/// Bumped whenever the templates change, so old model files are refused.
pub(crate) const FEATURE_VERSION: u32 = 5;

/// Capitalisation of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cap {
    NoLetters = 0,
    Lower = 1,
    Title = 2,
    Upper = 3,
    Mixed = 4,
}

/// Capitalisation of the whole sentence: in an all-caps headline or an all-lower-case text,
/// a token's own capitalisation says nothing about whether it is a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SentenceCase {
    Mixed = 0,
    Upper = 1,
    Lower = 2,
}

// Template seeds. Their values are part of the model format (see FEATURE_VERSION).
const BIAS: u64 = 1;
const LOWER: u64 = 2;
const FORM: u64 = 3;
const SHAPE: u64 = 4;
const SHAPE_CASE: u64 = 5;
const CAP_POS: u64 = 6;
const PREFIX: u64 = 10; // 10..14
const SUFFIX: u64 = 20; // 20..24
const PREV1: u64 = 30;
const NEXT1: u64 = 31;
const PREV2: u64 = 32;
const NEXT2: u64 = 33;
const PREV_FORM: u64 = 28;
const NEXT_FORM: u64 = 29;
const BI_PREV: u64 = 34;
const BI_NEXT: u64 = 35;
const SH_PREV: u64 = 36;
const SH_NEXT: u64 = 37;
const SH_TRI: u64 = 38;
/// The words on both sides, skipping this one ("Mr _ said").
const AROUND: u64 = 39;
const CLASS: u64 = 40;
const CLASS_PREV: u64 = 41;
const CLASS_NEXT: u64 = 42;
const PLACE: u64 = 50;
const HIST_MAJORITY: u64 = 60;
const HIST_ENTITY: u64 = 61;
const DOC_CASE: u64 = 62;
const ORG_WORD: u64 = 80;
const ORG_AHEAD: u64 = 81;
const RUN_TAIL: u64 = 82;
const DEMONYM: u64 = 83;
const BOUNDARY_BEFORE: u64 = 0x0b05;
const BOUNDARY_AFTER: u64 = 0x0e05;
const AFFIXES: usize = 4;

/// Map typographic quotes and dashes to their ASCII forms, as CoNLL writes them.
pub(crate) fn normalize(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                other => other,
            })
            .collect(),
    )
}

#[derive(Debug, Clone, Copy)]
struct TokenInfo {
    lower: u64,
    form: u64,
    shape: u64,
    prefixes: [u64; AFFIXES],
    suffixes: [u64; AFFIXES],
    affixes: usize,
    cap: Cap,
    class: WordClass,
    alpha: bool,
    /// 0 none, 1 first token of a gazetteer place, 2 later token.
    place: u8,
    /// Heads or ends organisation names ("ministry", "watch").
    org: bool,
    /// Names a nationality or people ("Kazakh").
    demonym: bool,
    /// Index of the last token of the capitalised run this token is in (itself if none).
    run_end: usize,
}

fn cap_of(word: &str) -> Cap {
    let mut upper = 0;
    let mut lower = 0;
    let mut first_upper = false;
    for (i, c) in word.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            if i == 0 {
                first_upper = true;
            }
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    match (upper, lower) {
        (0, 0) => Cap::NoLetters,
        (0, _) => Cap::Lower,
        (_, 0) => Cap::Upper,
        (1, _) if first_upper => Cap::Title,
        _ => Cap::Mixed,
    }
}

/// Short shape: X for upper, x for lower, d for digit, other chars as they are, runs collapsed.
fn shape_hash(word: &str) -> u64 {
    let mut h = FNV_START;
    let mut last = '\0';
    let mut len = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if s != last {
            let mut buf = [0u8; 4];
            h = fnv(h, s.encode_utf8(&mut buf).as_bytes());
            last = s;
            len += 1;
            if len == 8 {
                break;
            }
        }
    }
    mix(h)
}

fn token_info(word: &str, lex: &Lexicons) -> TokenInfo {
    let norm = normalize(word);
    let lower = norm.to_lowercase();
    let lower_hash = hash_str(&lower);
    let mut prefixes = [0; AFFIXES];
    let mut suffixes = [0; AFFIXES];
    let chars = lower.chars().count();
    let affixes = chars.min(AFFIXES);
    let mut h = FNV_START;
    let mut buf = [0u8; 4];
    for (k, c) in lower.chars().take(affixes).enumerate() {
        h = fnv(h, c.encode_utf8(&mut buf).as_bytes());
        prefixes[k] = mix(h);
    }
    let mut h = FNV_START;
    for (k, c) in lower.chars().rev().take(affixes).enumerate() {
        h = fnv(h, c.encode_utf8(&mut buf).as_bytes());
        suffixes[k] = mix(h);
    }
    TokenInfo {
        lower: lower_hash,
        form: hash_str(&norm),
        shape: shape_hash(&norm),
        prefixes,
        suffixes,
        affixes,
        cap: cap_of(&norm),
        class: lex.class(lower_hash),
        alpha: lower.chars().any(char::is_alphabetic),
        place: 0,
        org: lex.is_org_word(lower_hash),
        demonym: lex.is_demonym(lower_hash),
        run_end: 0,
    }
}

/// Words that may join the capitalised words of one name ("Committee to Protect Journalists").
fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "the" | "to" | "de")
}

/// Finds runs of capitalised tokens (joined by connectors) in mixed-case text, so every token of
/// "Human Rights Watch" knows the run ends in an organisation word.
fn mark_runs<S: AsRef<str>>(tokens: &[S], infos: &mut [TokenInfo], case: SentenceCase) {
    for (i, t) in infos.iter_mut().enumerate() {
        t.run_end = i;
    }
    if case != SentenceCase::Mixed {
        return;
    }
    let capitalised = |t: &TokenInfo| matches!(t.cap, Cap::Title | Cap::Upper | Cap::Mixed);
    let mut i = 0;
    while i < infos.len() {
        if !capitalised(&infos[i]) {
            i += 1;
            continue;
        }
        let mut end = i;
        let mut j = i + 1;
        while j < infos.len() {
            if capitalised(&infos[j]) {
                end = j;
                j += 1;
            } else if is_connector(tokens[j].as_ref()) && infos.get(j + 1).is_some_and(capitalised)
            {
                j += 1;
            } else {
                break;
            }
        }
        for t in &mut infos[i..=end] {
            t.run_end = end;
        }
        i = end + 1;
    }
}

fn sentence_case(infos: &[TokenInfo]) -> SentenceCase {
    let mut letters = 0;
    let mut upper = 0;
    let mut lower = 0;
    for t in infos {
        match t.cap {
            Cap::NoLetters => continue,
            Cap::Upper => upper += 1,
            Cap::Lower => lower += 1,
            _ => {}
        }
        letters += 1;
    }
    if letters == 0 {
        SentenceCase::Mixed
    } else if upper == letters {
        SentenceCase::Upper
    } else if lower == letters {
        SentenceCase::Lower
    } else {
        SentenceCase::Mixed
    }
}

/// Marks gazetteer places, longest match first, left to right.
fn mark_places(infos: &mut [TokenInfo], lex: &Lexicons) {
    let mut i = 0;
    while i < infos.len() {
        let mut key = place_seed();
        let mut end = None;
        for (j, t) in infos.iter().enumerate().skip(i).take(MAX_PLACE_TOKENS) {
            if !t.alpha {
                break;
            }
            key = place_key(key, t.lower);
            if lex.is_place(key) {
                end = Some(j + 1);
            }
            if !lex.is_place_prefix(key) {
                break;
            }
        }
        match end {
            Some(end) => {
                infos[i].place = 1;
                for t in &mut infos[i + 1..end] {
                    t.place = 2;
                }
                i = end;
            }
            None => i += 1,
        }
    }
}

/// What the document says about its words: how earlier sentences were tagged, and how each
/// word is capitalised elsewhere in running (mixed-case) text.
#[derive(Default)]
pub(crate) struct DocHistory {
    /// Counts of O, PER, ORG, LOC, MISC.
    counts: HashMap<u64, [u16; 5], PreHashedBuild>,
    /// Bit 1: seen in lower case; bit 2: seen capitalised away from the sentence start.
    case_seen: HashMap<u64, u8, PreHashedBuild>,
}

const SEEN_LOWER: u8 = 1;
const SEEN_CAPITALISED: u8 = 2;

impl DocHistory {
    /// A history for a document, knowing the capitalisation of all its words up front: a word
    /// capitalised mid-sentence elsewhere is likely a name in an all-caps headline or at a
    /// sentence start, one written in lower case elsewhere likely not.
    pub(crate) fn for_document<T: AsRef<[S]>, S: AsRef<str>>(sentences: &[T]) -> DocHistory {
        let mut h = DocHistory::default();
        let mut caps = Vec::new();
        for s in sentences {
            let s = s.as_ref();
            caps.clear();
            caps.extend(s.iter().map(|w| cap_of(w.as_ref())));
            let mixed = caps.contains(&Cap::Lower)
                && caps.iter().any(|&c| matches!(c, Cap::Title | Cap::Upper));
            if !mixed {
                continue;
            }
            for (i, (w, &cap)) in s.iter().zip(&caps).enumerate() {
                let bit = match cap {
                    Cap::Lower => SEEN_LOWER,
                    Cap::Title | Cap::Upper | Cap::Mixed if i > 0 => SEEN_CAPITALISED,
                    _ => continue,
                };
                let lower = normalize(w.as_ref()).to_lowercase();
                *h.case_seen.entry(hash_str(&lower)).or_default() |= bit;
            }
        }
        h
    }

    /// Remembers a tagged sentence (`lowers` from [`Features::lowers`]).
    pub(crate) fn record(&mut self, lowers: &[u64], alpha: &[bool], labels: &[Label]) {
        for ((&h, &a), label) in lowers.iter().zip(alpha).zip(labels) {
            if !a {
                continue;
            }
            let slot = label.entity_type().map_or(0, |t| 1 + t as usize);
            let c = self.counts.entry(h).or_default();
            c[slot] = c[slot].saturating_add(1);
        }
    }
}

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
        &self.ids[self.offsets[i]..self.offsets[i + 1]]
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
    fn push(&mut self, seed: u64, values: &[u64]) {
        let mut h = mix(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
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
    out.ids.clear();
    out.offsets.clear();
    out.infos.clear();
    out.infos
        .extend(tokens.iter().map(|t| token_info(t.as_ref(), lex)));
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
    let lower_at = |i: isize| {
        at(i).map_or(
            if i < 0 {
                BOUNDARY_BEFORE
            } else {
                BOUNDARY_AFTER
            },
            |t| t.lower,
        )
    };
    let shape_at = |i: isize| {
        at(i).map_or(
            if i < 0 {
                BOUNDARY_BEFORE
            } else {
                BOUNDARY_AFTER
            },
            |t| t.shape,
        )
    };
    let class_at = |i: isize| {
        at(i).map_or(
            if i < 0 {
                BOUNDARY_BEFORE
            } else {
                BOUNDARY_AFTER
            },
            |t| ((t.class as u64) << 8) | t.cap as u64,
        )
    };
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
            sink.push(PREFIX + k as u64, &[t.prefixes[k]]);
            sink.push(SUFFIX + k as u64, &[t.suffixes[k]]);
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
        sink.push(PREV_FORM, &[at(si - 1).map_or(BOUNDARY_BEFORE, |t| t.form)]);
        sink.push(NEXT_FORM, &[at(si + 1).map_or(BOUNDARY_AFTER, |t| t.form)]);
        sink.push(AROUND, &[lower_at(si - 1), lower_at(si + 1)]);
        if t.alpha {
            let seen = history.case_seen.get(&t.lower).copied().unwrap_or(0);
            sink.push(DOC_CASE, &[u64::from(seen), cap, u64::from(i == 0), case]);
        }
        if let Some(counts) = history.counts.get(&t.lower) {
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

    fn feats(tokens: &[&str], history: &DocHistory) -> Features {
        let mut f = Features::default();
        extract(tokens, Lexicons::get(), history, 20, &mut f);
        f
    }

    #[test]
    fn curly_quotes_and_dashes_become_ascii() {
        assert_eq!(normalize("\u{2019}s"), "'s");
        assert_eq!(normalize("\u{201C}Free\u{201D}"), "\"Free\"");
        assert_eq!(normalize("a\u{2014}b"), "a-b");
        assert!(matches!(normalize("plain"), Cow::Borrowed(_)));
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
    fn capitalisation_classes() {
        assert_eq!(cap_of("Almaty"), Cap::Title);
        assert_eq!(cap_of("NATO"), Cap::Upper);
        assert_eq!(cap_of("iPhone"), Cap::Mixed);
        assert_eq!(cap_of("police"), Cap::Lower);
        assert_eq!(cap_of("1996"), Cap::NoLetters);
    }

    #[test]
    fn places_are_marked_longest_first() {
        let lex = Lexicons::get();
        let mut infos: Vec<TokenInfo> = ["in", "New", "York", "today"]
            .iter()
            .map(|w| token_info(w, lex))
            .collect();
        mark_places(&mut infos, lex);
        let marks: Vec<u8> = infos.iter().map(|t| t.place).collect();
        assert_eq!(marks, [0, 1, 2, 0]);
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
            &[
                Label::B(crate::EntityType::Per),
                Label::I(crate::EntityType::Per),
            ],
        );
        let after = feats(&["Blackburn", "said"], &hist);
        assert_eq!(after.token(0).len(), before.token(0).len() + 2);
        assert_eq!(after.token(1), before.token(1));
    }
}
