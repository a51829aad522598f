//! Matching lexicon phrases against the token layer, by lemma or by exact word.
//!
//! The lexicons are small and matched at every token, so a phrase set is indexed by its first
//! word's key; matching walks only the phrases that can start at a token. The `aho-corasick`
//! crate matches raw strings, but triggers must match any inflection ("detained" for
//! "detain") and respect token boundaries, so matching is done here over lemmas.

/// A fast, fixed-seed hasher: the keys are our own lexicon words, not attacker input.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

use crate::analysis::Analysis;

/// One word of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// Matches any inflection of this lemma (lower case).
    Lemma(String),
    /// Matches exactly this word (lower case).
    Exact(String),
    /// Matches one to six tokens ("find * guilty").
    Gap,
    /// Written `**`: matches one to thirty tokens, across commas and brackets but not across a
    /// sentence-level stop, for verbs whose object may be a long list of people ("found
    /// Ermek Toktogulov, 41, and Aibek Zhumabaev (also spelled Jumabaev), 35, guilty").
    WideGap,
}

impl Element {
    fn key(&self) -> Option<&str> {
        match self {
            Element::Lemma(w) | Element::Exact(w) => Some(w),
            Element::Gap | Element::WideGap => None,
        }
    }
}

#[derive(Debug)]
struct Phrase<T> {
    elements: Vec<Element>,
    value: T,
}

/// A set of phrases with a value each.
#[derive(Debug)]
pub struct PhraseSet<T> {
    by_first: HashMap<String, Vec<Phrase<T>>>,
    /// The first keys' buckets (see [`first_bucket`]), one bit each: most tokens start no
    /// phrase, and a clear bit turns them away without hashing the word and probing the map.
    first_buckets: Box<[u64; FIRST_BUCKETS / 64]>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            by_first: HashMap::default(),
            first_buckets: Box::new([0; FIRST_BUCKETS / 64]),
        }
    }
}

/// Buckets of the first-key filter: with a few hundred first keys in the largest set, about
/// one bucket in ten is taken.
const FIRST_BUCKETS: usize = 4096;

/// The most tokens a `**` gap spans.
const WIDE_GAP: usize = 30;

/// A word's bucket from its length and first and last bytes: cheaper than a hash of it.
fn first_bucket(key: &str) -> usize {
    let b = key.as_bytes();
    let (first, last) = (b.first().copied(), b.last().copied());
    let mixed =
        (b.len() as u32) << 16 | u32::from(first.unwrap_or(0)) << 8 | u32::from(last.unwrap_or(0));
    (mixed.wrapping_mul(0x9e37_79b1) >> 20) as usize
}

/// A phrase found in the text: tokens `start..end` and its value.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a, T> {
    pub start: usize,
    pub end: usize,
    pub value: &'a T,
}

impl<T> PhraseSet<T> {
    pub fn insert(&mut self, elements: Vec<Element>, value: T) {
        let Some(first) = elements.first().and_then(Element::key) else {
            return;
        };
        let bucket = first_bucket(first);
        self.first_buckets[bucket / 64] |= 1 << (bucket % 64);
        self.by_first
            .entry(first.to_string())
            .or_default()
            .push(Phrase { elements, value });
    }

    /// The phrases whose first word is `key`.
    fn starting_with(&self, key: &str) -> Option<&Vec<Phrase<T>>> {
        let bucket = first_bucket(key);
        if self.first_buckets[bucket / 64] & 1 << (bucket % 64) == 0 {
            return None;
        }
        self.by_first.get(key)
    }

    /// Every phrase starting at token `i`, longest first.
    pub fn all_at<'s>(&'s self, a: &Analysis, i: usize, limit: usize) -> Vec<Found<'s, T>> {
        let mut found = Vec::new();
        // The word and its lemmas, each once, without building a list of them (this runs at
        // every token).
        let norm = a.norm(i);
        let lemmas = a.lemmas(i);
        let keys = std::iter::once(norm).chain(
            lemmas
                .iter()
                .enumerate()
                .filter(|&(j, l)| *l != norm && !lemmas[..j].contains(l))
                .map(|(_, l)| *l),
        );
        for key in keys {
            let Some(phrases) = self.starting_with(key) else {
                continue;
            };
            for p in phrases {
                if let Some(end) = match_from(a, &p.elements, i, limit) {
                    found.push(Found {
                        start: i,
                        end,
                        value: &p.value,
                    });
                }
            }
        }
        found.sort_by_key(|f| std::cmp::Reverse(f.end));
        found
    }

    /// The longest phrase starting at token `i` and ending at or before token `limit`.
    pub fn longest_at<'s>(&'s self, a: &Analysis, i: usize, limit: usize) -> Option<Found<'s, T>> {
        // Called at every token by several passes: no allocation here.
        let mut best: Option<Found<'s, T>> = None;
        let norm = a.norm(i);
        let lemmas = a.lemmas(i);
        let keys = std::iter::once(norm).chain(lemmas.iter().copied().filter(|l| *l != norm));
        for key in keys {
            let Some(phrases) = self.starting_with(key) else {
                continue;
            };
            for p in phrases {
                if let Some(end) = match_from(a, &p.elements, i, limit) {
                    if best.as_ref().is_none_or(|b| end > b.end) {
                        best = Some(Found {
                            start: i,
                            end,
                            value: &p.value,
                        });
                    }
                }
            }
        }
        best
    }

    /// All non-overlapping phrases in tokens `start..end`, scanning left to right.
    pub fn find_in<'s>(&'s self, a: &Analysis, start: usize, end: usize) -> Vec<Found<'s, T>> {
        let mut out = Vec::new();
        let mut i = start;
        while i < end {
            if let Some(f) = self.longest_at(a, i, end) {
                i = f.end;
                out.push(f);
            } else {
                i += 1;
            }
        }
        out
    }
}

fn element_matches(a: &Analysis, e: &Element, i: usize) -> bool {
    match e {
        Element::Exact(w) => a.norm(i) == w,
        Element::Lemma(w) => a.norm(i) == w || a.lemmas(i).iter().any(|l| l == w),
        Element::Gap | Element::WideGap => true,
    }
}

fn match_from(a: &Analysis, elements: &[Element], i: usize, limit: usize) -> Option<usize> {
    let Some((first, rest)) = elements.split_first() else {
        return Some(i);
    };
    if i >= limit {
        return None;
    }
    if *first == Element::Gap {
        // One to six tokens ("found Azamat Kalbayev, 41, guilty"), shortest first, never
        // across a clause break.
        for skip in 1..=6 {
            let j = i + skip;
            // ("blocked the Ganja–Gazakh road": a dash written between two words joins them.)
            if j > limit || (a.is_break(j - 1) && !a.joining_dash(j - 1)) {
                break;
            }
            if let Some(end) = match_from(a, rest, j, limit) {
                return Some(end);
            }
        }
        return None;
    }
    if *first == Element::WideGap {
        for skip in 1..=WIDE_GAP {
            let j = i + skip;
            if j > limit || matches!(a.norm(j - 1), "." | ";" | ":" | "!" | "?") {
                break;
            }
            if let Some(end) = match_from(a, rest, j, limit) {
                return Some(end);
            }
        }
        return None;
    }
    if element_matches(a, first, i) {
        match_from(a, rest, i + 1, limit)
    } else {
        None
    }
}
