//! Reading and writing CoNLL-2003 style files.
//!
//! One token a line (`word POS chunk NER` or `word NER`: the first column is the word, the last
//! the tag), blank lines between sentences, `-DOCSTART-` lines between documents.

use std::path::Path;

use crate::label::{to_iob2, Label};
use crate::Error;

/// A sentence with its gold labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<Label>,
}

/// A run of sentences that share document-level context.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub sentences: Vec<Sentence>,
    /// Whether the file marked this document's start with a `-DOCSTART-` line.
    pub marked: bool,
}

/// Reads a CoNLL file into documents.
pub fn read_conll(path: &Path) -> Result<Vec<Document>, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse_conll(&text, path)
}

/// Parses CoNLL text; `path` only names the source in error messages.
///
/// Files without `-DOCSTART-` lines (such as the copy of CoNLL-2003 in `shared/data`) are cut into
/// documents at Reuters datelines ("BRUSSELS 1996-08-22"), whose headline comes just before them.
pub fn parse_conll(text: &str, path: &Path) -> Result<Vec<Document>, Error> {
    let mut docs: Vec<Document> = Vec::new();
    let mut current = Document::default();
    let mut sentence = Sentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    let mut any_marker = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            end_sentence(&mut sentence, &mut current);
            continue;
        }
        let mut cols = line.split_whitespace();
        let word = cols.next().unwrap_or_default();
        if word == "-DOCSTART-" {
            end_sentence(&mut sentence, &mut current);
            if !current.sentences.is_empty() || current.marked {
                docs.push(std::mem::take(&mut current));
            }
            current.marked = true;
            any_marker = true;
            continue;
        }
        let tag = cols.last().ok_or_else(|| Error::Parse {
            path: path.to_path_buf(),
            line: n + 1,
            message: format!("expected `word ... TAG`, found only {word:?}"),
        })?;
        let label = Label::parse(tag).ok_or_else(|| Error::Parse {
            path: path.to_path_buf(),
            line: n + 1,
            message: format!("unknown tag {tag:?}; expected O, B-/I- with PER, ORG, LOC or MISC"),
        })?;
        sentence.words.push(word.to_string());
        sentence.labels.push(label);
    }
    end_sentence(&mut sentence, &mut current);
    if !current.sentences.is_empty() || current.marked {
        docs.push(current);
    }
    if any_marker {
        Ok(docs)
    } else {
        Ok(docs.into_iter().flat_map(split_at_datelines).collect())
    }
}

fn end_sentence(sentence: &mut Sentence, doc: &mut Document) {
    if !sentence.words.is_empty() {
        to_iob2(&mut sentence.labels);
        doc.sentences.push(std::mem::replace(
            sentence,
            Sentence {
                words: Vec::new(),
                labels: Vec::new(),
            },
        ));
    }
}

/// A Reuters dateline: a few upper-case words then an ISO date.
fn is_dateline(s: &Sentence) -> bool {
    let Some((last, rest)) = s.words.split_last() else {
        return false;
    };
    let date = last.len() == 10
        && last.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    date && !rest.is_empty() && rest.len() <= 6
}

/// A byline: one to four capitalised words ("Peter Blackburn").
fn is_byline(s: &Sentence) -> bool {
    (1..=4).contains(&s.words.len())
        && s.words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

fn split_at_datelines(doc: Document) -> Vec<Document> {
    let sentences = doc.sentences;
    let mut starts = vec![0];
    for i in 1..sentences.len() {
        if !is_dateline(&sentences[i]) {
            continue;
        }
        let floor = *starts.last().unwrap_or(&0);
        let mut start = i - 1;
        if start >= floor + 2 && is_byline(&sentences[start]) {
            start -= 1;
        }
        if start > floor {
            starts.push(start);
        }
    }
    starts.push(sentences.len());
    let mut out = Vec::with_capacity(starts.len());
    let mut iter = sentences.into_iter();
    for w in starts.windows(2) {
        let part: Vec<Sentence> = iter.by_ref().take(w[1] - w[0]).collect();
        if !part.is_empty() {
            out.push(Document {
                sentences: part,
                marked: false,
            });
        }
    }
    out
}

/// Writes `word gold predicted` per token, a blank line after each sentence.
pub fn write_predictions(
    out: &mut (impl std::io::Write + ?Sized),
    doc: &Document,
    predicted: &[Vec<Label>],
) -> std::io::Result<()> {
    if doc.marked {
        writeln!(out, "-DOCSTART- O O\n")?;
    }
    for (s, pred) in doc.sentences.iter().zip(predicted) {
        for ((w, g), p) in s.words.iter().zip(&s.labels).zip(pred) {
            writeln!(out, "{w} {g} {p}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::EntityType;

    #[test]
    fn reads_both_column_layouts_and_docstarts() {
        let text = "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP I-PER\nruns VBZ B-VP O\n\n\
                    -DOCSTART- -X- -X- O\n\nParis B-LOC\n";
        let docs = parse_conll(text, Path::new("t")).unwrap();
        assert_eq!(docs.len(), 2);
        assert!(docs[0].marked);
        assert_eq!(docs[0].sentences[0].words, ["Anna", "runs"]);
        // IOB1 `I-PER` opening an entity is read as `B-PER`.
        assert_eq!(
            docs[0].sentences[0].labels,
            [Label::B(EntityType::Per), Label::O]
        );
        assert_eq!(docs[1].sentences[0].labels, [Label::B(EntityType::Loc)]);
    }

    #[test]
    fn bad_tag_names_the_line() {
        let err = parse_conll("a O\nb B-XYZ\n", Path::new("f.conll")).unwrap_err();
        assert!(err.to_string().starts_with("f.conll:2:"), "{err}");
    }

    #[test]
    fn datelines_cut_documents_before_the_headline_and_byline() {
        let text = "Old O\nnews O\n\nHeadline O\nhere O\n\nJane B-PER\nRoe I-PER\n\n\
                    OSLO B-LOC\n1996-08-22 O\n\nBody O\n\nNext O\nheadline O\n\nROME B-LOC\n1996-08-23 O\n";
        let docs = parse_conll(text, Path::new("t")).unwrap();
        let firsts: Vec<&str> = docs
            .iter()
            .map(|d| d.sentences[0].words[0].as_str())
            .collect();
        assert_eq!(firsts, ["Old", "Headline", "Next"]);
    }
}
