//! What one token looks like to the features: its forms, shape, capitalisation and what the
//! lexicons say about it, plus the sentence-level marks (gazetteer places, capitalised runs).

use std::borrow::Cow;

use crate::hash::{fnv, hash_ascii_lower, hash_str, mix, FNV_START};
use crate::lexicon::{place_key, place_seed, Lexicons, WordClass, MAX_PLACE_TOKENS};

/// Number of prefixes and suffixes (lengths 1 to 4) a token contributes.
pub(crate) const AFFIXES: usize = 4;

/// Capitalisation of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cap {
    NoLetters = 0,
    Lower = 1,
    Title = 2,
    Upper = 3,
    Mixed = 4,
}

/// Capitalisation of the whole sentence: in an all-caps headline or an all-lower-case text,
/// a token's own capitalisation says nothing about whether it is a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SentenceCase {
    Mixed = 0,
    Upper = 1,
    Lower = 2,
}

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
pub(crate) struct TokenInfo {
    pub(crate) lower: u64,
    pub(crate) form: u64,
    pub(crate) shape: u64,
    pub(crate) prefixes: [u64; AFFIXES],
    pub(crate) suffixes: [u64; AFFIXES],
    pub(crate) affixes: usize,
    pub(crate) cap: Cap,
    pub(crate) class: WordClass,
    pub(crate) alpha: bool,
    /// 0 none, 1 first token of a gazetteer place, 2 later token.
    pub(crate) place: u8,
    /// Heads or ends organisation names ("ministry", "watch").
    pub(crate) org: bool,
    /// Names a nationality or people ("Kazakh").
    pub(crate) demonym: bool,
    /// Index of the last token of the capitalised run this token is in (itself if none).
    pub(crate) run_end: usize,
}

pub(crate) fn cap_of(word: &str) -> Cap {
    if word.is_ascii() {
        let b = word.as_bytes();
        let upper = b.iter().filter(|c| c.is_ascii_uppercase()).count();
        let lower = b.iter().filter(|c| c.is_ascii_lowercase()).count();
        return cap_from_counts(upper, lower, b.first().is_some_and(u8::is_ascii_uppercase));
    }
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
    cap_from_counts(upper, lower, first_upper)
}

/// Capitalisation from the numbers of upper- and lower-case letters and whether the first
/// char is upper-case.
fn cap_from_counts(upper: usize, lower: usize, first_upper: bool) -> Cap {
    match (upper, lower) {
        (0, 0) => Cap::NoLetters,
        (0, _) => Cap::Lower,
        (_, 0) => Cap::Upper,
        (1, _) if first_upper => Cap::Title,
        _ => Cap::Mixed,
    }
}

/// Runs of a shape that are hashed; the rest of a long word is ignored.
const SHAPE_RUNS: usize = 8;

/// Short shape: X for upper, x for lower, d for digit, other chars as they are, runs collapsed.
pub(crate) fn shape_hash(word: &str) -> u64 {
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
            if len == SHAPE_RUNS {
                break;
            }
        }
    }
    mix(h)
}

/// What the token looks like and what the lexicons say about it.
#[cfg(test)]
pub(crate) fn token_info(word: &str, lex: &Lexicons) -> TokenInfo {
    let mut info = token_looks(word);
    add_word_facts(std::slice::from_mut(&mut info), lex);
    info
}

/// The facts of tokens: [`token_info`] for each, with the lexicon lookups made one after
/// another at the end, where the processor can wait for several cache misses at once.
pub(crate) fn token_infos<S: AsRef<str>>(tokens: &[S], lex: &Lexicons, out: &mut Vec<TokenInfo>) {
    let start = out.len();
    out.extend(tokens.iter().map(|w| token_looks(w.as_ref())));
    add_word_facts(&mut out[start..], lex);
}

/// What the token looks like, with no lexicon facts yet.
fn token_looks(word: &str) -> TokenInfo {
    let looks = if word.is_ascii() {
        ascii_looks(word.as_bytes())
    } else {
        unicode_looks(word)
    };
    TokenInfo {
        lower: looks.lower,
        form: looks.form,
        shape: looks.shape,
        prefixes: looks.prefixes,
        suffixes: looks.suffixes,
        affixes: looks.affixes,
        cap: looks.cap,
        class: WordClass::Unknown,
        alpha: looks.alpha,
        place: 0,
        org: false,
        demonym: false,
        run_end: 0,
    }
}

/// Sets what the word lists say about each token.
fn add_word_facts(infos: &mut [TokenInfo], lex: &Lexicons) {
    for t in infos {
        let facts = lex.word(t.lower);
        t.class = facts.class;
        t.org = facts.org;
        t.demonym = facts.demonym;
    }
}

/// Hash of the normalised lower-case form of a word (what [`TokenInfo::lower`] holds).
pub(crate) fn lower_hash(word: &str) -> u64 {
    if word.is_ascii() {
        hash_ascii_lower(word.as_bytes())
    } else {
        hash_str(&normalize(word).to_lowercase())
    }
}

/// The parts of [`TokenInfo`] that depend on the word alone.
#[derive(Debug, PartialEq, Eq)]
struct Looks {
    lower: u64,
    form: u64,
    shape: u64,
    prefixes: [u64; AFFIXES],
    suffixes: [u64; AFFIXES],
    affixes: usize,
    cap: Cap,
    alpha: bool,
}

/// [`unicode_looks`] for an ASCII word in one pass over its bytes, without allocating: for ASCII
/// the Unicode case, letter and digit tests and lower-casing are the byte tests, and every char
/// is one byte, so the hashes come out the same.
fn ascii_looks(word: &[u8]) -> Looks {
    let mut lower = FNV_START;
    let mut form = FNV_START;
    let mut shape = FNV_START;
    let (mut last_shape, mut shape_len) = (0u8, 0);
    let (mut upper_count, mut lower_count) = (0, 0);
    let mut first_upper = false;
    let mut prefixes = [0; AFFIXES];
    let affixes = word.len().min(AFFIXES);
    for (i, &b) in word.iter().enumerate() {
        form = fnv(form, &[b]);
        let l = b.to_ascii_lowercase();
        lower = fnv(lower, &[l]);
        if i < AFFIXES {
            prefixes[i] = mix(lower);
        }
        let s = if b.is_ascii_uppercase() {
            upper_count += 1;
            first_upper |= i == 0;
            b'X'
        } else if b.is_ascii_lowercase() {
            lower_count += 1;
            b'x'
        } else if b.is_ascii_digit() {
            b'd'
        } else {
            b
        };
        if s != last_shape && shape_len < SHAPE_RUNS {
            shape = fnv(shape, &[s]);
            last_shape = s;
            shape_len += 1;
        }
    }
    let mut suffixes = [0; AFFIXES];
    let mut h = FNV_START;
    for (k, &b) in word.iter().rev().take(affixes).enumerate() {
        h = fnv(h, &[b.to_ascii_lowercase()]);
        suffixes[k] = mix(h);
    }
    Looks {
        lower: mix(lower),
        form: mix(form),
        shape: mix(shape),
        prefixes,
        suffixes,
        affixes,
        cap: cap_from_counts(upper_count, lower_count, first_upper),
        alpha: upper_count + lower_count > 0,
    }
}

/// The general case: normalise, lower-case, then hash char by char.
fn unicode_looks(word: &str) -> Looks {
    let norm = normalize(word);
    let lower = norm.to_lowercase();
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
    Looks {
        lower: hash_str(&lower),
        form: hash_str(&norm),
        shape: shape_hash(&norm),
        prefixes,
        suffixes,
        affixes,
        cap: cap_of(&norm),
        alpha: lower.chars().any(char::is_alphabetic),
    }
}

/// Words that may join the capitalised words of one name ("Committee to Protect Journalists").
pub(crate) fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "the" | "to" | "de")
}

/// Finds runs of capitalised tokens (joined by connectors) in mixed-case text, so every token of
/// "Human Rights Watch" knows the run ends in an organisation word.
pub(crate) fn mark_runs<S: AsRef<str>>(tokens: &[S], infos: &mut [TokenInfo], case: SentenceCase) {
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

pub(crate) fn sentence_case(infos: &[TokenInfo]) -> SentenceCase {
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
pub(crate) fn mark_places(infos: &mut [TokenInfo], lex: &Lexicons) {
    let mut i = 0;
    while i < infos.len() {
        let mut key = place_seed();
        let mut end = None;
        for (j, t) in infos.iter().enumerate().skip(i).take(MAX_PLACE_TOKENS) {
            if !t.alpha {
                break;
            }
            key = place_key(key, t.lower);
            let (whole, prefix) = lex.place(key);
            if whole {
                end = Some(j + 1);
            }
            if !prefix {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_quotes_and_dashes_become_ascii() {
        assert_eq!(normalize("\u{2019}s"), "'s");
        assert_eq!(normalize("\u{201C}Free\u{201D}"), "\"Free\"");
        assert_eq!(normalize("a\u{2014}b"), "a-b");
        assert!(matches!(normalize("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn ascii_words_look_the_same_on_the_fast_path() {
        let words = [
            "Almaty",
            "NATO",
            "iPhone",
            "police",
            "1996",
            "",
            "a",
            "Ab",
            "x1",
            "O'Brien",
            "U.S.",
            "co-founder",
            "Qasym-Zhomart",
            "aaAA11..--__zzZZ99",
            "A1b2C3d4E5f6G7h8",
            "\0",
            "\0a",
            "'s",
            "--",
            "MIXEDcase",
            "-",
        ];
        for w in words {
            assert_eq!(ascii_looks(w.as_bytes()), unicode_looks(w), "{w:?}");
            assert_eq!(lower_hash(w), hash_str(&w.to_lowercase()), "{w:?}");
            // A closing curly quote changes no capitalisation but takes the general path.
            assert_eq!(cap_of(w), cap_of(&format!("{w}\u{2019}")), "{w:?}");
        }
        // Curly quotes and non-ASCII letters take the general path and still normalise.
        let lex = Lexicons::get();
        assert_eq!(
            token_info("\u{2019}s", lex).form,
            token_info("'s", lex).form
        );
        assert_eq!(lower_hash("\u{00C9}COLE"), hash_str("\u{00E9}cole"));
    }

    #[test]
    fn capitalisation_classes() {
        assert_eq!(cap_of("Almaty"), Cap::Title);
        assert_eq!(cap_of("NATO"), Cap::Upper);
        assert_eq!(cap_of("iPhone"), Cap::Mixed);
        assert_eq!(cap_of("police"), Cap::Lower);
        assert_eq!(cap_of("1996"), Cap::NoLetters);
    }

    fn infos(words: &[&str]) -> Vec<TokenInfo> {
        let lex = Lexicons::get();
        words.iter().map(|w| token_info(w, lex)).collect()
    }

    #[test]
    fn places_are_marked_longest_first() {
        let mut t = infos(&["in", "New", "York", "today"]);
        mark_places(&mut t, Lexicons::get());
        let marks: Vec<u8> = t.iter().map(|t| t.place).collect();
        assert_eq!(marks, [0, 1, 2, 0]);
    }

    #[test]
    fn capitalised_runs_span_connectors() {
        let words = [
            "the",
            "Committee",
            "to",
            "Protect",
            "Journalists",
            "said",
            "to",
            "Reuters",
        ];
        let mut t = infos(&words);
        let case = sentence_case(&t);
        assert_eq!(case, SentenceCase::Mixed);
        mark_runs(&words, &mut t, case);
        let ends: Vec<usize> = t.iter().map(|t| t.run_end).collect();
        assert_eq!(ends, [0, 4, 4, 4, 4, 5, 6, 7]);
        // In an all-caps headline every token stands alone.
        let words = ["POLICE", "DETAIN", "ACTIVIST"];
        let mut t = infos(&words);
        let case = sentence_case(&t);
        assert_eq!(case, SentenceCase::Upper);
        mark_runs(&words, &mut t, case);
        assert_eq!(t.iter().map(|t| t.run_end).collect::<Vec<_>>(), [0, 1, 2]);
    }
}
