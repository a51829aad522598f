//! Scoring tagged CoNLL data the way conlleval does: exact entity spans, per type and overall.

use std::fmt;
use std::io::Write;
use std::path::Path;

use crate::conll::{read_conll, write_predictions, Document};
use crate::label::{spans, EntityType, Label};
use crate::{Error, Tagger};

/// Entity counts for one type (or all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub found: usize,
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// The result of tagging a CoNLL file; `Display` prints a conlleval-style table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConllReport {
    pub tokens: usize,
    pub tokens_correct: usize,
    pub overall: Counts,
    /// Indexed like [`EntityType::ALL`].
    pub per_type: [Counts; 4],
}

impl ConllReport {
    /// Adds one sentence's gold and predicted labels.
    pub fn add(&mut self, gold: &[Label], predicted: &[Label]) {
        self.tokens += gold.len();
        self.tokens_correct += gold.iter().zip(predicted).filter(|(g, p)| g == p).count();
        let g = spans(gold);
        let p = spans(predicted);
        for &(_, _, t) in &g {
            self.per_type[t as usize].gold += 1;
        }
        for span in &p {
            self.per_type[span.2 as usize].found += 1;
            if g.contains(span) {
                self.per_type[span.2 as usize].correct += 1;
            }
        }
        self.overall = Counts::default();
        for c in &self.per_type {
            self.overall.gold += c.gold;
            self.overall.found += c.found;
            self.overall.correct += c.correct;
        }
    }

    /// Overall F1 in percent.
    pub fn f1(&self) -> f64 {
        self.overall.f1()
    }

    pub fn counts(&self, t: EntityType) -> Counts {
        self.per_type[t as usize]
    }
}

impl fmt::Display for ConllReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let o = &self.overall;
        writeln!(
            f,
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.",
            self.tokens, o.gold, o.found, o.correct
        )?;
        writeln!(
            f,
            "accuracy: {:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}",
            ratio(self.tokens_correct, self.tokens),
            o.precision(),
            o.recall(),
            o.f1()
        )?;
        for t in EntityType::ALL {
            let c = self.counts(t);
            writeln!(
                f,
                "{:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}",
                t.as_str(),
                c.precision(),
                c.recall(),
                c.f1(),
                c.found
            )?;
        }
        Ok(())
    }
}

/// A change of case applied to the words before tagging, to test robustness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Case {
    #[default]
    AsIs,
    Lower,
    Upper,
}

impl Case {
    pub fn apply(self, word: &str) -> String {
        match self {
            Case::AsIs => word.to_string(),
            Case::Lower => word.to_lowercase(),
            Case::Upper => word.to_uppercase(),
        }
    }
}

/// Tags documents with their own tokenisation and scores them; writes `word gold predicted`
/// lines to `predictions` when given.
pub fn evaluate(
    tagger: &Tagger,
    docs: &[Document],
    case: Case,
    mut predictions: Option<&mut dyn Write>,
) -> std::io::Result<ConllReport> {
    let mut report = ConllReport::default();
    for doc in docs {
        let sentences: Vec<Vec<String>> = doc
            .sentences
            .iter()
            .map(|s| s.words.iter().map(|w| case.apply(w)).collect())
            .collect();
        let predicted = tagger.tag_doc(&sentences);
        for (s, p) in doc.sentences.iter().zip(&predicted) {
            report.add(&s.labels, p);
        }
        if let Some(out) = predictions.as_deref_mut() {
            write_predictions(out, doc, &predicted)?;
        }
    }
    Ok(report)
}

/// `chronicle eval ner FILE [--predictions OUT]`: tags a CoNLL file with `tagger`.
pub fn eval_conll(
    tagger: &Tagger,
    file: &Path,
    predictions: Option<&Path>,
) -> Result<ConllReport, Error> {
    eval_conll_cased(tagger, file, predictions, Case::AsIs)
}

/// Like [`eval_conll`], after changing the case of every word.
pub fn eval_conll_cased(
    tagger: &Tagger,
    file: &Path,
    predictions: Option<&Path>,
    case: Case,
) -> Result<ConllReport, Error> {
    let docs = read_conll(file)?;
    match predictions {
        None => evaluate(tagger, &docs, case, None).map_err(|e| Error::io(file, e)),
        Some(path) => {
            let f = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
            let mut w = std::io::BufWriter::new(f);
            let report =
                evaluate(tagger, &docs, case, Some(&mut w)).map_err(|e| Error::io(path, e))?;
            w.flush().map_err(|e| Error::io(path, e))?;
            Ok(report)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(s: &str) -> Vec<Label> {
        s.split_whitespace()
            .map(|t| Label::parse(t).unwrap())
            .collect()
    }

    #[test]
    fn counts_exact_spans_only() {
        let mut r = ConllReport::default();
        r.add(&labels("B-PER I-PER O B-LOC"), &labels("B-PER O O B-LOC"));
        assert_eq!(
            r.overall,
            Counts {
                gold: 2,
                found: 2,
                correct: 1
            }
        );
        assert_eq!(r.counts(EntityType::Loc).f1(), 100.0);
        assert_eq!(r.counts(EntityType::Per).f1(), 0.0);
        assert_eq!(r.tokens_correct, 3);
        let table = r.to_string();
        assert!(table.contains("processed 4 tokens with 2 phrases; found: 2 phrases; correct: 1."));
        assert!(table.contains("FB1:  50.00"), "{table}");
    }
}
