/*!
The stand-off document that every extraction layer points into.

# Brief overview

A [`Doc`] owns one immutable text. [`Doc::new`] cuts it into [`Token`]s and [`Sentence`]s,
each a byte range into that text; nothing in the pipeline ever rewrites the text, it only adds
layers of spans on top (as spaCy's `Doc` does). Byte offsets keep slicing cheap inside the
program; [`Doc::char_offset`] turns them into the Unicode-scalar offsets that the `chronicle/1`
contract speaks.

Tokenisation rules that matter for news about people:

- hyphenated names stay whole ("Qasym-Zhomart", "Alma-Ata", "anti-government");
- a possessive `'s` / `’s` is its own token, so "Akhmedyarov’s" yields the name "Akhmedyarov";
- abbreviations and initials keep their period ("Dr.", "Jan.", "U.S.", "A."), listed in
  `data/text/abbreviations.txt`;
- numbers keep their separators ("50,000", "2.5", "2023-04-12");
- curly quotes and dashes are tokens of their own, their offsets untouched.

Sentences end at `.`, `!`, `?` (with any closing quotes) before white space, unless the token
is an abbreviation or an initial, and always at a line break.

[`spelling::fold_word`] folds the spelling variants of a personal name to one key.
*/

mod sentences;
pub mod spelling;
mod tokens;

pub use sentences::split_sentences;
pub use tokens::{tokenize, TokenShape};

/// A token: a byte range into the document text and its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub shape: TokenShape,
}

/// A sentence: a byte range and the token indices it covers (`tokens.start..tokens.end`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: std::ops::Range<usize>,
}

/// One immutable document text with its token and sentence layers.
#[derive(Debug, Clone)]
pub struct Doc {
    text: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Every multi-byte char as (byte offset, char offset, bytes saved by all wide chars up to
    /// and including it), for offset conversion in O(log n).
    wide_chars: Vec<(usize, usize, usize)>,
    /// For each token, what [`Doc::sentence_of`] answers: the pipeline asks it for nearly
    /// every token, many times over, so it is found once here rather than searched each time.
    sentence_of_token: Vec<u32>,
}

impl Doc {
    pub fn new(text: String) -> Doc {
        let tokens = tokenize(&text);
        let sentences = split_sentences(&text, &tokens);
        let mut wide_chars = Vec::new();
        let mut extra = 0;
        for (i, c) in text.char_indices() {
            if c.len_utf8() > 1 {
                let at = i - extra;
                extra += c.len_utf8() - 1;
                wide_chars.push((i, at, extra));
            }
        }
        let sentence_of_token = sentence_of_each_token(&tokens, &sentences);
        Doc {
            text,
            tokens,
            sentences,
            wide_chars,
            sentence_of_token,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The text of a byte range.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[start..end]
    }

    /// Converts a byte offset (on a char boundary) to a char offset.
    pub fn char_offset(&self, byte: usize) -> usize {
        // Every multi-byte char before `byte` makes the char offset smaller by (len - 1).
        let n = self.wide_chars.partition_point(|&(at, _, _)| at < byte);
        let extra = if n == 0 { 0 } else { self.wide_chars[n - 1].2 };
        byte - extra
    }

    /// Converts a char offset to a byte offset (clamped to the text's end).
    pub fn byte_offset(&self, chars: usize) -> usize {
        let n = self.wide_chars.partition_point(|&(_, at, _)| at < chars);
        let extra = if n == 0 { 0 } else { self.wide_chars[n - 1].2 };
        (chars + extra).min(self.text.len())
    }

    /// A byte span as a `[start, end)` char span.
    pub fn char_span(&self, start: usize, end: usize) -> [usize; 2] {
        [self.char_offset(start), self.char_offset(end)]
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, token: usize) -> usize {
        match self.sentence_of_token.get(token) {
            Some(&s) => s as usize,
            None => self
                .sentences
                .partition_point(|s| s.tokens.end <= token)
                .min(self.sentences.len().saturating_sub(1)),
        }
    }

    /// The index of the first token starting at or after byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }
}

/// [`Doc::sentence_of`] for every token in one pass: the first sentence ending after the token
/// (sentences come in text order), or the last one.
fn sentence_of_each_token(tokens: &[Token], sentences: &[Sentence]) -> Vec<u32> {
    let last = sentences.len().saturating_sub(1);
    let mut k = 0;
    (0..tokens.len())
        .map(|t| {
            while k < sentences.len() && sentences[k].tokens.end <= t {
                k += 1;
            }
            k.min(last) as u32
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(doc: &Doc) -> Vec<&str> {
        (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect()
    }

    #[test]
    fn names_possessives_and_quotes() {
        let doc = Doc::new("President Qasym-Zhomart Toqaev’s “law” -- signed.".to_string());
        assert_eq!(
            words(&doc),
            [
                "President",
                "Qasym-Zhomart",
                "Toqaev",
                "’s",
                "“",
                "law",
                "”",
                "--",
                "signed",
                "."
            ]
        );
    }

    #[test]
    fn char_offsets_survive_multibyte_text() {
        let doc = Doc::new("country’s largest city, Almaty".to_string());
        let i = (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == "Almaty")
            .unwrap();
        let t = doc.tokens[i];
        let span = doc.char_span(t.start, t.end);
        let chars: String = doc
            .text()
            .chars()
            .skip(span[0])
            .take(span[1] - span[0])
            .collect();
        assert_eq!(chars, "Almaty");
        assert_eq!(doc.byte_offset(span[0]), t.start);
    }

    #[test]
    fn sentences_respect_abbreviations_and_initials() {
        let doc = Doc::new(
            "Dr. A. Smith met U.S. officials on Jan. 5 in Minsk. They left.\nA new line"
                .to_string(),
        );
        let texts: Vec<&str> = doc
            .sentences
            .iter()
            .map(|s| doc.slice(s.start, s.end))
            .collect();
        assert_eq!(
            texts,
            [
                "Dr. A. Smith met U.S. officials on Jan. 5 in Minsk.",
                "They left.",
                "A new line"
            ]
        );
    }

    #[test]
    fn a_turned_comma_inside_an_uzbek_word_keeps_it_whole() {
        let doc = Doc::new("the Adolat Yo‘li party, ‘unregistered’ by Ma. Teresa".to_string());
        let w = words(&doc);
        assert!(w.contains(&"Yo‘li"), "{w:?}");
        assert!(w.contains(&"unregistered"), "{w:?}");
        assert!(w.contains(&"Ma."), "{w:?}");
    }

    #[test]
    fn every_token_knows_its_sentence() {
        let doc =
            Doc::new("Police came. They took him away!\n\nHis wife: \"Why?\" Nobody said.".into());
        assert!(doc.sentences.len() >= 4);
        for t in 0..doc.tokens.len() {
            let s = doc.sentence_of(t);
            assert!(
                doc.sentences[s].tokens.contains(&t),
                "token {t} in sentence {s}"
            );
        }
        // Past the last token: the last sentence.
        assert_eq!(
            doc.sentence_of(doc.tokens.len() + 3),
            doc.sentences.len() - 1
        );
    }

    #[test]
    fn numbers_keep_separators() {
        let doc = Doc::new("fined 50,000 tenge, 2.5 years, on 2023-04-12.".to_string());
        let w = words(&doc);
        assert!(w.contains(&"50,000"));
        assert!(w.contains(&"2.5"));
        assert!(w.contains(&"2023-04-12"));
        assert_eq!(w.last(), Some(&"."));
    }

    #[test]
    fn empty_and_odd_text_do_not_panic() {
        for text in [
            "",
            " ",
            "\n\n",
            "...",
            "’",
            "a.b.c.",
            "-- --",
            "\u{0}\u{1}x",
            "Ж. Ж.",
        ] {
            let doc = Doc::new(text.to_string());
            for t in &doc.tokens {
                assert!(t.start < t.end && t.end <= text.len());
            }
        }
    }
}
