//! The word lists that features consult: English words, name-only words and place names.
//!
//! They live in `data/ner/*.txt` (built by `data/ner/build_lexicons.py` from `shared/data`) and
//! are compiled into the binary. A model records [`Lexicons::fingerprint`] so that it is never
//! run against lists other than the ones it was trained with.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::hash::{combine, fnv, hash_ascii_lower, hash_str, mix, PreHashedBuild, FNV_START};

const COMMON_WORDS: &str = include_str!("../../../data/ner/common_words.txt");
const PROPER_WORDS: &str = include_str!("../../../data/ner/proper_words.txt");
const PLACES: &str = include_str!("../../../data/ner/places.txt");
const ORG_WORDS: &str = include_str!("../../../data/ner/org_words.txt");
const DEMONYMS: &str = include_str!("../../../data/ner/demonyms.txt");

/// Longest place name, in tokens, that the gazetteer matches.
pub(crate) const MAX_PLACE_TOKENS: usize = 4;
const PLACE_SEED: u64 = 0x706c_6163_6573;

/// What the word lists say about one lower-cased word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordClass {
    Unknown = 0,
    /// Spelt in lower case in the English word list ("police", "said").
    Common = 1,
    /// Spelt only with a capital in the English word list ("john", "germany").
    Proper = 2,
}

/// What the word lists say about one word, found with one lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordFacts {
    pub(crate) class: WordClass,
    /// Heads or ends organisation names ("ministry").
    pub(crate) org: bool,
    /// Names a nationality or people ("kazakh").
    pub(crate) demonym: bool,
}

// Bits of a word's entry in `Lexicons::words`.
const COMMON: u8 = 1;
const PROPER: u8 = 2;
const ORG: u8 = 4;
const DEMONYM: u8 = 8;

// Bits of a key's entry in `Lexicons::places`.
const PLACE: u8 = 1;
const PLACE_PREFIX: u8 = 2;

pub(crate) struct Lexicons {
    /// Lower-case word hash to the lists it is in (`COMMON`, `PROPER`, `ORG`, `DEMONYM` bits):
    /// tagging asks about every token, so one lookup answers all four lists.
    words: HashMap<u64, u8, PreHashedBuild>,
    /// Place-name key to `PLACE` (a whole name) and `PLACE_PREFIX` (every proper prefix of a
    /// multi-word name, so a scan can stop early) bits.
    places: HashMap<u64, u8, PreHashedBuild>,
    pub(crate) fingerprint: u64,
}

/// Entries of a list file: non-empty lines that are not `#` comments.
fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Key of a list word: the hash of its lower-case form.
fn lower_key(word: &str) -> u64 {
    if word.is_ascii() {
        hash_ascii_lower(word.as_bytes())
    } else {
        hash_str(&word.to_lowercase())
    }
}

/// Key of a place name given the lower-case hashes of its tokens.
pub(crate) fn place_key(prefix: u64, token_hash: u64) -> u64 {
    combine(prefix, token_hash)
}

pub(crate) fn place_seed() -> u64 {
    PLACE_SEED
}

impl Lexicons {
    /// The lists compiled into the crate, parsed once.
    pub(crate) fn get() -> &'static Lexicons {
        static LEX: OnceLock<Lexicons> = OnceLock::new();
        LEX.get_or_init(|| {
            Lexicons::parse(&[COMMON_WORDS, PROPER_WORDS, PLACES, ORG_WORDS, DEMONYMS])
        })
    }

    /// Parses the lists in the order common words, proper words, places, organisation words,
    /// demonyms (missing trailing lists are empty).
    fn parse(lists: &[&str]) -> Lexicons {
        let list = |i: usize| lists.get(i).copied().unwrap_or("");
        let lines = |i: usize| list(i).lines().count();
        let word_lists = [(0, COMMON), (1, PROPER), (3, ORG), (4, DEMONYM)];
        let mut words: HashMap<u64, u8, PreHashedBuild> = HashMap::with_capacity_and_hasher(
            word_lists.iter().map(|&(i, _)| lines(i)).sum(),
            PreHashedBuild::default(),
        );
        for (i, bit) in word_lists {
            for w in entries(list(i)) {
                *words.entry(lower_key(w)).or_default() |= bit;
            }
        }
        // Names and their prefixes, more than the names but not twice as many.
        let mut places: HashMap<u64, u8, PreHashedBuild> =
            HashMap::with_capacity_and_hasher(lines(2), PreHashedBuild::default());
        let mut tokens = Vec::new();
        for name in entries(list(2)) {
            tokens.clear();
            if name.is_ascii() {
                tokens.extend(
                    name.split(' ')
                        .filter(|t| !t.is_empty())
                        .map(|t| hash_ascii_lower(t.as_bytes())),
                );
            } else {
                let lower = name.to_lowercase();
                tokens.extend(lower.split(' ').filter(|t| !t.is_empty()).map(hash_str));
            }
            if tokens.len() > MAX_PLACE_TOKENS {
                continue;
            }
            let mut key = PLACE_SEED;
            for (i, &tok) in tokens.iter().enumerate() {
                key = place_key(key, tok);
                if i + 1 < tokens.len() {
                    *places.entry(key).or_default() |= PLACE_PREFIX;
                }
            }
            *places.entry(key).or_default() |= PLACE;
        }
        let mut fp = FNV_START;
        for text in lists {
            fp = fnv(fp, text.as_bytes());
        }
        Lexicons {
            words,
            places,
            fingerprint: mix(fp),
        }
    }

    /// What the lists say about a word given the hash of its lower-case form.
    pub(crate) fn word(&self, lower_hash: u64) -> WordFacts {
        let bits = self.words.get(&lower_hash).copied().unwrap_or(0);
        let class = if bits & COMMON != 0 {
            WordClass::Common
        } else if bits & PROPER != 0 {
            WordClass::Proper
        } else {
            WordClass::Unknown
        };
        WordFacts {
            class,
            org: bits & ORG != 0,
            demonym: bits & DEMONYM != 0,
        }
    }

    /// Class of a word given the hash of its lower-case form.
    #[cfg(test)]
    pub(crate) fn class(&self, lower_hash: u64) -> WordClass {
        self.word(lower_hash).class
    }

    /// Whether a word (lower-case hash) heads or ends organisation names ("ministry").
    #[cfg(test)]
    pub(crate) fn is_org_word(&self, lower_hash: u64) -> bool {
        self.word(lower_hash).org
    }

    /// Whether a word (lower-case hash) names a nationality or people ("kazakh", "uzbeks").
    #[cfg(test)]
    pub(crate) fn is_demonym(&self, lower_hash: u64) -> bool {
        self.word(lower_hash).demonym
    }

    /// Whether `key` (built with [`place_key`]) is a whole place name and whether it begins a
    /// longer one.
    pub(crate) fn place(&self, key: u64) -> (bool, bool) {
        let bits = self.places.get(&key).copied().unwrap_or(0);
        (bits & PLACE != 0, bits & PLACE_PREFIX != 0)
    }

    #[cfg(test)]
    pub(crate) fn is_place(&self, key: u64) -> bool {
        self.place(key).0
    }

    #[cfg(test)]
    pub(crate) fn is_place_prefix(&self, key: u64) -> bool {
        self.place(key).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lists_know_common_words_names_and_places() {
        let lex = Lexicons::get();
        assert_eq!(lex.class(hash_str("police")), WordClass::Common);
        assert_eq!(lex.class(hash_str("germany")), WordClass::Proper);
        assert_eq!(lex.class(hash_str("xqzzv")), WordClass::Unknown);
        assert!(lex.is_org_word(hash_str("ministry")));
        assert!(!lex.is_org_word(hash_str("said")));
        assert!(lex.is_demonym(hash_str("kazakh")));
        assert!(!lex.is_place(place_key(place_seed(), hash_str("kazakh"))));
        let one = place_key(place_seed(), hash_str("almaty"));
        assert!(lex.is_place(one));
        let new = place_key(place_seed(), hash_str("new"));
        assert!(lex.is_place_prefix(new));
        assert!(lex.is_place(place_key(new, hash_str("york"))));
    }

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let lex = Lexicons::parse(&["# header\n\nrun\n", "", "# x\nSan Jose\n", "watch\n"]);
        assert!(!lex.is_demonym(hash_str("run")));
        assert!(lex.is_org_word(hash_str("watch")));
        assert_eq!(lex.class(hash_str("run")), WordClass::Common);
        assert_eq!(lex.class(hash_str("# header")), WordClass::Unknown);
        let san = place_key(place_seed(), hash_str("san"));
        assert!(lex.is_place(place_key(san, hash_str("jose"))));
        assert!(!lex.is_place(san));
    }
}
