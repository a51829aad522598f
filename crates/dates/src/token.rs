//! A single linear pass that cuts text into words, digit runs and punctuation, keeping both byte
//! and char offsets, and marks sentence and clause boundaries.

use crate::lexicon::{Lexicon, Tag, CLAUSE_BREAK};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Number,
    /// Any other single non-space character (curly apostrophes read as `'`).
    Punct(char),
}

#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub kind: TokKind,
    /// Byte offsets into the text, end-exclusive.
    pub b0: usize,
    pub b1: usize,
    /// Char offsets into the text, end-exclusive.
    pub c0: usize,
    pub c1: usize,
    /// Vocabulary id of a word (0 = unknown word, or not a word).
    pub id: u32,
    /// Value of a digit run of at most 9 digits.
    pub value: Option<u32>,
    /// Number of digits of a digit run (saturating).
    pub digits: u8,
    /// The first character is uppercase.
    pub cap: bool,
    /// Newlines in the gap before this token (saturating).
    pub newlines: u8,
    pub sentence: u32,
    pub clause: u32,
}

impl Token {
    /// Whether `next` starts exactly where this token ends (no space between).
    pub fn touches(&self, next: &Token) -> bool {
        self.b1 == next.b0
    }
}

/// Cuts text into tokens with offsets only: no vocabulary, no sentence marks.
pub(crate) fn tokenize_raw(text: &str) -> Vec<Token> {
    let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    let mut char_pos = 0usize;
    let mut newlines = 0u8;
    while let Some((b0, c)) = chars.next() {
        let c0 = char_pos;
        char_pos += 1;
        if c.is_whitespace() {
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokKind::Number
        } else if c.is_alphabetic() {
            TokKind::Word
        } else if c == '\u{2019}' || c == '\u{2018}' {
            TokKind::Punct('\'')
        } else {
            TokKind::Punct(c)
        };
        let mut b1 = b0 + c.len_utf8();
        if kind == TokKind::Number || kind == TokKind::Word {
            while let Some(&(b, n)) = chars.peek() {
                let same = if kind == TokKind::Number {
                    n.is_ascii_digit()
                } else {
                    n.is_alphabetic()
                };
                if !same {
                    break;
                }
                b1 = b + n.len_utf8();
                char_pos += 1;
                chars.next();
            }
        }
        let (value, digits) = if kind == TokKind::Number {
            let s = &text[b0..b1];
            let digits = u8::try_from(s.len()).unwrap_or(u8::MAX);
            (if s.len() <= 9 { s.parse().ok() } else { None }, digits)
        } else {
            (None, 0)
        };
        toks.push(Token {
            kind,
            b0,
            b1,
            c0,
            c1: char_pos,
            id: 0,
            value,
            digits,
            cap: c.is_uppercase(),
            newlines,
            sentence: 0,
            clause: 0,
        });
        newlines = 0;
    }
    toks
}

/// Abbreviations whose full stop does not end a sentence (besides month abbreviations and
/// single letters, which are recognised by shape).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "rep", "sen", "gov", "prof", "jr",
    "sr", "no", "vs", "capt", "maj", "inc", "co", "corp", "ltd",
];

/// Tokens with vocabulary ids, sentence numbers and clause numbers.
pub(crate) fn tokenize(text: &str, lex: &Lexicon) -> Vec<Token> {
    let mut toks = tokenize_raw(text);
    for t in toks.iter_mut() {
        if t.kind == TokKind::Word {
            t.id = lex.lookup(&text[t.b0..t.b1]);
        }
    }
    let (mut sentence, mut clause) = (0u32, 0u32);
    for i in 0..toks.len() {
        let starts_sentence =
            i > 0 && (ends_sentence(text, &toks, i - 1, lex) || toks[i].newlines >= 2);
        if starts_sentence {
            sentence += 1;
            clause += 1;
        } else if i > 0 && breaks_clause(&toks[i - 1], &toks[i], lex) {
            clause += 1;
        }
        toks[i].sentence = sentence;
        toks[i].clause = clause;
    }
    toks
}

/// Whether token `i` is the last one of a sentence.
fn ends_sentence(text: &str, toks: &[Token], i: usize, lex: &Lexicon) -> bool {
    let t = &toks[i];
    let next = toks.get(i + 1);
    if next.is_some_and(|n| n.newlines >= 1)
        && matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ':' | '"'))
    {
        return true;
    }
    match t.kind {
        TokKind::Punct('!' | '?') => true,
        TokKind::Punct('.') => {
            let Some(next) = next else { return true };
            if next.kind == TokKind::Punct('.') || t.touches(next) {
                return false;
            }
            if !(next.cap || matches!(next.kind, TokKind::Punct('"' | '\'' | '\u{201c}'))) {
                return false;
            }
            let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else {
                return true;
            };
            if prev.kind != TokKind::Word || !prev.touches(t) {
                return true;
            }
            let word = &text[prev.b0..prev.b1];
            let info = lex.info(prev.id);
            let is_abbrev = word.chars().count() == 1
                || info.month.is_some_and(|(_, abbrev)| abbrev)
                || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
            !is_abbrev
        }
        _ => false,
    }
}

/// Whether a new clause starts at `cur` (right after `prev`) for the purpose of future cues.
fn breaks_clause(prev: &Token, cur: &Token, lex: &Lexicon) -> bool {
    match prev.kind {
        TokKind::Punct(';' | ':' | '(' | ')' | ',' | '\u{2014}') => return true,
        // A spaced dash sets off a clause; "May 3-5" keeps its dash.
        TokKind::Punct('-' | '\u{2013}') if !prev.touches(cur) => return true,
        _ => {}
    }
    // "between March 1 and 10" keeps its "and" inside the clause.
    if lex.info(cur.id).tag == Some(Tag::And) && prev.kind == TokKind::Number {
        return false;
    }
    cur.kind == TokKind::Word && lex.info(cur.id).flags & CLAUSE_BREAK != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LEXICON;

    /// The sentence number of each word, in order.
    fn sentences(text: &str) -> Vec<(String, u32)> {
        tokenize(text, &LEXICON)
            .iter()
            .filter(|t| t.kind != TokKind::Punct('.'))
            .map(|t| (text[t.b0..t.b1].to_string(), t.sentence))
            .collect()
    }

    #[test]
    fn abbreviation_stops_do_not_end_sentences() {
        let got = sentences("He was seized on Dec. 5 by Mr. Ivanov. Then U.S. officials spoke.");
        let ends: Vec<u32> = got.iter().map(|(_, s)| *s).collect();
        let then = got
            .iter()
            .position(|(w, _)| w == "Then")
            .expect("word present");
        assert!(ends[..then].iter().all(|&s| s == 0), "{got:?}");
        assert!(ends[then..].iter().all(|&s| s == 1), "{got:?}");
    }

    #[test]
    fn offsets_are_kept_in_bytes_and_chars() {
        let text = "«Ба» 12";
        let toks = tokenize_raw(text);
        let number = toks
            .iter()
            .find(|t| t.kind == TokKind::Number)
            .expect("a number");
        assert_eq!((number.c0, number.c1), (5, 7));
        assert_eq!(&text[number.b0..number.b1], "12");
        assert_eq!(number.value, Some(12));
    }

    #[test]
    fn commas_and_conjunctions_open_clauses_but_day_ranges_do_not() {
        let text = "between March 1 and 10, and later";
        let toks = tokenize(text, &LEXICON);
        let clause_of = |w: &str| {
            toks.iter()
                .find(|t| &text[t.b0..t.b1] == w)
                .map(|t| t.clause)
        };
        assert_eq!(clause_of("March"), clause_of("10"));
        assert_ne!(clause_of("10"), clause_of("later"));
    }
}
