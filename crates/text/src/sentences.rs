//! Sentence boundaries over the token layer.

use crate::tokens::is_abbreviation;
use crate::{Sentence, Token, TokenShape};

fn is_closing(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

/// Splits a tokenised text into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let tok = &text[tokens[i].start..tokens[i].end];
        let mut last = i;
        let mut boundary = false;
        if matches!(tok, "." | "!" | "?" | "...") {
            while last + 1 < tokens.len()
                && tokens[last + 1].start == tokens[last].end
                && is_closing(&text[tokens[last + 1].start..tokens[last + 1].end])
            {
                last += 1;
            }
            boundary = true;
        } else if tok.ends_with('.') && tokens[i].shape != TokenShape::Punct {
            // An abbreviation ends a sentence only before a line break (handled below).
            let word = &tok[..tok.len() - 1];
            boundary = !is_abbreviation(word) && !word.contains('.');
        }
        let next_start = tokens.get(last + 1).map(|t| t.start).unwrap_or(text.len());
        let gap = &text[tokens[last].end..next_start];
        if gap.contains('\n') {
            boundary = true;
        } else if boundary {
            // A real boundary is followed by white space and something that can open a sentence.
            let opens = tokens.get(last + 1).is_none_or(|t| {
                let s = &text[t.start..t.end];
                t.shape != TokenShape::Lower || s.starts_with(['“', '"', '‘'])
            });
            boundary = !gap.is_empty() && opens;
        }
        if boundary || last + 1 == tokens.len() {
            sentences.push(Sentence {
                start: tokens[first].start,
                end: tokens[last].end,
                tokens: first..last + 1,
            });
            first = last + 1;
        }
        i = last + 1;
    }
    sentences
}
