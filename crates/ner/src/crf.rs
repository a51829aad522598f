//! Experiment (cargo feature `crf-compare`): the same features through a linear-chain CRF
//! trained with L-BFGS by the `crfs` crate, to compare accuracy and speed with the perceptron.
//!
//! The CRF sees the feature buckets as attributes; its document history comes from the gold
//! labels while training (a CRF has no decoding step to take predictions from) and from its own
//! predictions while tagging.

use std::time::Instant;

use crfs::{Attribute, Model};

use crate::conll::{read_conll, Document};
use crate::eval::ConllReport;
use crate::features::{extract, Features};
use crate::hash::Rng;
use crate::history::DocHistory;
use crate::label::Label;
use crate::lexicon::Lexicons;
use crate::train::{case_copies, TrainOptions};
use crate::Error;

/// What the CRF run measured.
#[derive(Debug, Clone)]
pub struct CrfReport {
    pub train_seconds: f64,
    pub dev: ConllReport,
    pub tokens_per_second: f64,
    pub model_bytes: usize,
}

fn attributes(feats: &Features) -> Vec<Vec<Attribute>> {
    (0..feats.len())
        .map(|i| {
            feats
                .token(i)
                .iter()
                .map(|f| Attribute::new(f.to_string(), 1.0))
                .collect()
        })
        .collect()
}

fn crf_err(e: std::io::Error) -> Error {
    Error::Model(format!("crfs: {e}"))
}

/// Trains a CRF on `opts.train` (with the same case copies), scores it on `opts.dev`.
pub fn compare_crf(
    opts: &TrainOptions,
    max_iterations: usize,
    c2: f64,
) -> Result<CrfReport, Error> {
    let mut docs = read_conll(&opts.train)?;
    let dev = read_conll(&opts.dev)?;
    let mut rng = Rng::new(opts.seed);
    let copies = case_copies(&docs, opts.case_copies, &mut rng);
    docs.extend(copies);
    let lex = Lexicons::get();
    let started = Instant::now();
    let mut trainer = crfs::Trainer::lbfgs()
        .with_max_iterations(max_iterations)
        .and_then(|t| t.with_c2(c2))
        .map_err(crf_err)?;
    let mut feats = Features::default();
    for doc in &docs {
        let words: Vec<&[String]> = doc.sentences.iter().map(|s| &s.words[..]).collect();
        let mut history = DocHistory::for_document(&words);
        for s in &doc.sentences {
            extract(&s.words, lex, &history, opts.hash_bits, &mut feats);
            let labels: Vec<String> = s.labels.iter().map(Label::to_string).collect();
            trainer
                .append(&attributes(&feats), &labels)
                .map_err(crf_err)?;
            history.record(feats.lowers(), feats.alpha(), &s.labels);
        }
    }
    trainer.train(&opts.out).map_err(crf_err)?;
    let train_seconds = started.elapsed().as_secs_f64();
    let bytes = std::fs::read(&opts.out).map_err(|e| Error::io(&opts.out, e))?;
    let model = Model::new(&bytes).map_err(crf_err)?;
    let tagger = model.tagger().map_err(crf_err)?;
    let (dev_report, tokens_per_second) = tag_all(&tagger, &dev, lex, opts.hash_bits)?;
    Ok(CrfReport {
        train_seconds,
        dev: dev_report,
        tokens_per_second,
        model_bytes: bytes.len(),
    })
}

fn tag_all(
    tagger: &crfs::Tagger,
    docs: &[Document],
    lex: &Lexicons,
    bits: u8,
) -> Result<(ConllReport, f64), Error> {
    let started = Instant::now();
    let mut report = ConllReport::default();
    let mut feats = Features::default();
    let mut tokens = 0;
    for doc in docs {
        let words: Vec<&[String]> = doc.sentences.iter().map(|s| &s.words[..]).collect();
        let mut history = DocHistory::for_document(&words);
        for s in &doc.sentences {
            extract(&s.words, lex, &history, bits, &mut feats);
            let out = tagger.tag(&attributes(&feats)).map_err(crf_err)?;
            let pred: Vec<Label> = out
                .iter()
                .map(|l| Label::parse(l).unwrap_or(Label::O))
                .collect();
            report.add(&s.labels, &pred);
            history.record(feats.lowers(), feats.alpha(), &pred);
            tokens += s.words.len();
        }
    }
    Ok((report, tokens as f64 / started.elapsed().as_secs_f64()))
}
