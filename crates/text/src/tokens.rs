//! Cutting a text into tokens without touching it.

use std::collections::HashSet;
use std::sync::OnceLock;

/// What a token looks like, decided once so later layers need not re-read its chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenShape {
    /// Starts with an upper-case letter and has a lower-case one ("Almaty", "McDonald").
    Capitalized,
    /// Letters all upper case, two or more ("OSCE", "KGB").
    AllCaps,
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with a digit ("15", "50,000", "2023-04-12").
    Number,
    /// Anything else: punctuation, quotes, dashes, symbols.
    Punct,
}

fn abbreviations() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../../data/text/abbreviations.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether `word` (without its final period) is a listed abbreviation or an initial.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    abbreviations().contains(word)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Uzbek and Karakalpak Latin write "o‘" and "g‘" with a turned comma inside the word
/// ("Yo‘li", "O‘zbekiston"); between two letters it is part of the word, not a quote.
fn is_letter_mark(c: char) -> bool {
    matches!(c, '‘' | 'ʻ' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '‐' || c == '‑'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_mark(c))
}

fn is_mark(c: char) -> bool {
    // Combining diacritical marks keep a decomposed letter in its word.
    matches!(c as u32, 0x0300..=0x036F)
}

fn shape_of(word: &str) -> TokenShape {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return TokenShape::Punct;
    };
    if first.is_numeric() {
        TokenShape::Number
    } else if first.is_uppercase() {
        // Counted without collecting the letters: this runs for every capitalised token.
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let all_upper = letters.clone().all(char::is_uppercase);
        if letters.nth(1).is_some() && all_upper {
            TokenShape::AllCaps
        } else {
            TokenShape::Capitalized
        }
    } else if first.is_alphabetic() {
        TokenShape::Lower
    } else {
        TokenShape::Punct
    }
}

/// Cuts `text` into tokens (byte ranges).
pub fn tokenize(text: &str) -> Vec<crate::Token> {
    // Room for every char up front: collecting grows the vector from a quarter of the bytes.
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(text.len());
    chars.extend(text.char_indices());
    let end_of = |i: usize| chars.get(i).map(|&(b, _)| b).unwrap_or(text.len());
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() || c.is_control() {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                // Most chars of a word: ASCII letters and digits, settled before the neighbours
                // the rarer cases below look at are read.
                if c.is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                let next = chars.get(j + 1).map(|p| p.1);
                let prev = chars[j - 1].1;
                if is_word_char(c) {
                    j += 1;
                } else if is_hyphen(c) && next.is_some_and(is_word_char) {
                    j += 2;
                } else if (is_apostrophe(c) || is_letter_mark(c))
                    && next.is_some_and(char::is_alphabetic)
                {
                    // A possessive 's ends the word; O'Brien and don't stay whole.
                    let after = chars.get(j + 2).map(|p| p.1);
                    if matches!(next, Some('s') | Some('S')) && !after.is_some_and(is_word_char) {
                        break;
                    }
                    j += 2;
                } else if (c == ',' || c == '.' || c == ':')
                    && prev.is_ascii_digit()
                    && next.is_some_and(|n| n.is_ascii_digit())
                {
                    j += 2;
                } else if c == '.' && prev.is_alphabetic() && next.is_some_and(char::is_alphabetic)
                {
                    // "U.S", "a.m": letters joined by periods.
                    let after = chars.get(j + 2).map(|p| p.1);
                    if after.is_some_and(|a| a == '.' || !a.is_alphabetic()) {
                        j += 2;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // A period closing an abbreviation or initial belongs to the word.
            if chars.get(j).map(|p| p.1) == Some('.') {
                let word = &text[start..end_of(j)];
                if word.contains('.') || is_abbreviation(word) {
                    j += 1;
                }
            }
            let end = end_of(j);
            tokens.push(crate::Token {
                start,
                end,
                shape: shape_of(&text[start..end]),
            });
            i = j;
            continue;
        }
        // Possessive 's standing after a word.
        if is_apostrophe(c)
            && i > 0
            && is_word_char(chars[i - 1].1)
            && matches!(chars.get(i + 1).map(|p| p.1), Some('s') | Some('S'))
            && !chars.get(i + 2).is_some_and(|p| is_word_char(p.1))
        {
            tokens.push(crate::Token {
                start,
                end: end_of(i + 2),
                shape: TokenShape::Punct,
            });
            i += 2;
            continue;
        }
        // Runs of the same dash or period ("--", "...") are one token.
        let mut j = i + 1;
        if c == '-' || c == '.' {
            while j < chars.len() && chars[j].1 == c {
                j += 1;
            }
        }
        tokens.push(crate::Token {
            start,
            end: end_of(j),
            shape: TokenShape::Punct,
        });
        i = j;
    }
    tokens
}
