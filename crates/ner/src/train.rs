//! Training: an averaged structured perceptron over the hashed features.
//!
//! Each epoch visits the training documents in a seeded shuffled order; each sentence is decoded
//! with the current weights (the document history holding the model's own earlier predictions,
//! as at tagging time) and, when wrong, the gold features are rewarded and the predicted ones
//! penalised. Weights are integers, so training is exactly reproducible; the averaged weights of
//! the epoch that scores best on the dev file are quantised and written.

use std::path::PathBuf;
use std::time::Instant;

use crate::conll::{read_conll, Document, Sentence};
use crate::eval::{evaluate, Case, ConllReport};
use crate::features::{extract, Features};
use crate::hash::Rng;
use crate::history::DocHistory;
use crate::label::Label;
use crate::lexicon::Lexicons;
use crate::model::{emissions, viterbi, Weights, N, TRANS};
use crate::{Error, Tagger};

/// What `chronicle train ner` needs.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub train: PathBuf,
    pub dev: PathBuf,
    pub out: PathBuf,
    pub epochs: usize,
    pub seed: u64,
    /// The weight table has `2^hash_bits` rows.
    pub hash_bits: u8,
    /// Share of training documents added once more in lower case, and (drawn apart) in upper case.
    pub case_copies: f64,
    /// Rows whose quantised weights are all at most this in magnitude are dropped.
    pub prune: i16,
    /// Number of perceptrons (different seeds) whose weights are averaged into the model.
    pub ensemble: usize,
}

impl TrainOptions {
    /// The options of the shipped model.
    pub fn new(train: PathBuf, dev: PathBuf, out: PathBuf) -> TrainOptions {
        TrainOptions {
            train,
            dev,
            out,
            epochs: 12,
            seed: 1,
            hash_bits: 19,
            case_copies: 0.5,
            prune: 2,
            ensemble: 3,
        }
    }
}

/// One finished epoch.
#[derive(Debug, Clone)]
pub struct EpochReport {
    /// Which ensemble member (0-based) this epoch trained.
    pub member: usize,
    pub epoch: usize,
    pub epochs: usize,
    /// Training sentences (case copies included) decoded wrongly during the epoch.
    pub mistakes: usize,
    pub sentences: usize,
    pub dev_f1: f64,
    pub seconds: f64,
}

/// Progress notices for a progress bar.
#[derive(Debug)]
pub enum Progress<'a> {
    /// `done` of `total` training sentences of the running epoch (1-based) are through.
    Sentences {
        member: usize,
        epoch: usize,
        done: usize,
        total: usize,
    },
    Epoch(&'a EpochReport),
}

/// The outcome of [`train`].
#[derive(Debug, Clone)]
pub struct TrainReport {
    pub epochs: Vec<EpochReport>,
    /// 1-based epoch whose averaged weights were kept (of the last ensemble member).
    pub best_epoch: usize,
    /// Dev scores of the written model.
    pub dev: ConllReport,
    pub model_bytes: usize,
    pub feature_rows: usize,
    pub seconds: f64,
}

/// Integer perceptron weights with the running sums for averaging.
struct Learner {
    emit: Vec<i32>,
    emit_sum: Vec<i64>,
    trans: [i32; TRANS],
    trans_sum: [i64; TRANS],
    /// Number of sentences seen; the sums weight each update by the time it was made.
    clock: i64,
}

impl Learner {
    fn new(bits: u8) -> Learner {
        let size = (1usize << bits) * N;
        Learner {
            emit: vec![0; size],
            emit_sum: vec![0; size],
            trans: [0; TRANS],
            trans_sum: [0; TRANS],
            clock: 1,
        }
    }

    fn bump_emit(&mut self, feats: &[u32], label: usize, d: i32) {
        for &f in feats {
            let k = f as usize * N + label;
            self.emit[k] += d;
            self.emit_sum[k] += self.clock * i64::from(d);
        }
    }

    fn bump_trans(&mut self, prev: usize, next: usize, d: i32) {
        let k = prev * N + next;
        self.trans[k] += d;
        self.trans_sum[k] += self.clock * i64::from(d);
    }

    /// Perceptron update towards `gold` and away from `pred`; true if they differed.
    fn update(&mut self, feats: &Features, gold: &[Label], pred: &[Label]) -> bool {
        if gold == pred {
            return false;
        }
        let mut prev_g = N; // the start row
        let mut prev_p = N;
        for i in 0..gold.len() {
            let (g, p) = (gold[i].index(), pred[i].index());
            if g != p {
                self.bump_emit(feats.token(i), g, 1);
                self.bump_emit(feats.token(i), p, -1);
            }
            if (prev_g, g) != (prev_p, p) {
                self.bump_trans(prev_g, g, 1);
                self.bump_trans(prev_p, p, -1);
            }
            prev_g = g;
            prev_p = p;
        }
        true
    }

    /// The averaged weights.
    fn averaged(&self) -> MemberWeights {
        let c = self.clock as f64;
        let emit: Vec<f64> = self
            .emit
            .iter()
            .zip(&self.emit_sum)
            .map(|(&w, &s)| f64::from(w) - s as f64 / c)
            .collect();
        let mut trans = [0.0; TRANS];
        for (k, t) in trans.iter_mut().enumerate() {
            *t = f64::from(self.trans[k]) - self.trans_sum[k] as f64 / c;
        }
        MemberWeights { emit, trans }
    }
}

/// Lower- and upper-case copies of a seeded share of the documents, labels unchanged.
pub(crate) fn case_copies(docs: &[Document], share: f64, rng: &mut Rng) -> Vec<Document> {
    let mut out = Vec::new();
    for case in [Case::Lower, Case::Upper] {
        for doc in docs {
            if rng.unit() < share {
                out.push(Document {
                    sentences: doc
                        .sentences
                        .iter()
                        .map(|s| Sentence {
                            words: s.words.iter().map(|w| case.apply(w)).collect(),
                            labels: s.labels.clone(),
                        })
                        .collect(),
                    marked: doc.marked,
                });
            }
        }
    }
    out
}

/// The dev-best averaged weights of one ensemble member, unquantised.
struct MemberWeights {
    emit: Vec<f64>,
    trans: [f64; TRANS],
}

/// Trains a model on `opts.train`, picks the epoch best on `opts.dev`, writes it to `opts.out`.
///
/// With `opts.ensemble > 1`, that many perceptrons are trained with different seeds (shuffles
/// and case copies) and their weights averaged into one model of the same size and speed.
pub fn train(
    opts: &TrainOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<TrainReport, Error> {
    if !(10..=24).contains(&opts.hash_bits) {
        return Err(Error::Options(format!(
            "hash_bits {} out of range; use 10 to 24 (19 is the default)",
            opts.hash_bits
        )));
    }
    if opts.epochs == 0 || opts.ensemble == 0 {
        return Err(Error::Options(
            "epochs and ensemble must be at least 1".into(),
        ));
    }
    let started = Instant::now();
    let train_docs = read_conll(&opts.train)?;
    let dev = read_conll(&opts.dev)?;
    if train_docs.is_empty() {
        return Err(Error::Options(format!(
            "{} holds no sentences",
            opts.train.display()
        )));
    }
    let mut reports = Vec::new();
    let mut sum: Option<MemberWeights> = None;
    let mut best_epoch = 0;
    for member in 0..opts.ensemble {
        let (weights, epoch) =
            train_member(opts, &train_docs, &dev, member, &mut reports, progress)?;
        best_epoch = epoch;
        match sum.as_mut() {
            None => sum = Some(weights),
            Some(acc) => {
                for (a, w) in acc.emit.iter_mut().zip(&weights.emit) {
                    *a += w;
                }
                for (a, w) in acc.trans.iter_mut().zip(&weights.trans) {
                    *a += w;
                }
            }
        }
    }
    let sum = sum.ok_or_else(|| Error::Options("no model was trained".into()))?;
    // Scaling all weights alike changes no decision, so the sum needs no division.
    let weights = Weights::quantize(opts.hash_bits, &sum.emit, &sum.trans, opts.prune);
    let bytes = weights.to_bytes(Lexicons::get().fingerprint);
    let tagger = Tagger::from_weights(weights);
    let dev_report =
        evaluate(&tagger, &dev, Case::AsIs, None).map_err(|e| Error::io(&opts.dev, e))?;
    if let Some(dir) = opts.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(&opts.out, &bytes).map_err(|e| Error::io(&opts.out, e))?;
    Ok(TrainReport {
        epochs: reports,
        best_epoch,
        dev: dev_report,
        model_bytes: bytes.len(),
        feature_rows: tagger.feature_rows(),
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Trains one perceptron; returns its dev-best averaged weights and that epoch.
fn train_member(
    opts: &TrainOptions,
    train_docs: &[Document],
    dev: &[Document],
    member: usize,
    reports: &mut Vec<EpochReport>,
    progress: &mut dyn FnMut(Progress),
) -> Result<(MemberWeights, usize), Error> {
    let mut rng = Rng::new(opts.seed.wrapping_add(member as u64));
    let mut docs = train_docs.to_vec();
    let copies = case_copies(&docs, opts.case_copies, &mut rng);
    docs.extend(copies);
    let total: usize = docs.iter().map(|d| d.sentences.len()).sum();
    let lex = Lexicons::get();
    let mut learner = Learner::new(opts.hash_bits);
    let mut feats = Features::default();
    let mut em = Vec::new();
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut best: Option<(f64, usize, MemberWeights)> = None;
    for epoch in 1..=opts.epochs {
        let epoch_start = Instant::now();
        rng.shuffle(&mut order);
        let mut mistakes = 0;
        let mut done = 0;
        for &d in &order {
            let words: Vec<&[String]> = docs[d].sentences.iter().map(|s| &s.words[..]).collect();
            let mut history = DocHistory::for_document(&words);
            for s in &docs[d].sentences {
                extract(&s.words, lex, &history, opts.hash_bits, &mut feats);
                emissions(&learner.emit, &feats, &mut em);
                let pred = viterbi(&em, &learner.trans);
                if learner.update(&feats, &s.labels, &pred) {
                    mistakes += 1;
                }
                learner.clock += 1;
                history.record(feats.lowers(), feats.alpha(), &pred);
                done += 1;
                if done % 1000 == 0 {
                    progress(Progress::Sentences {
                        member,
                        epoch,
                        done,
                        total,
                    });
                }
            }
        }
        let averaged = learner.averaged();
        let weights =
            Weights::quantize(opts.hash_bits, &averaged.emit, &averaged.trans, opts.prune);
        let tagger = Tagger::from_weights(weights);
        let dev_report =
            evaluate(&tagger, dev, Case::AsIs, None).map_err(|e| Error::io(&opts.dev, e))?;
        let report = EpochReport {
            member,
            epoch,
            epochs: opts.epochs,
            mistakes,
            sentences: total,
            dev_f1: dev_report.f1(),
            seconds: epoch_start.elapsed().as_secs_f64(),
        };
        progress(Progress::Epoch(&report));
        if best.as_ref().is_none_or(|b| report.dev_f1 > b.0) {
            best = Some((report.dev_f1, epoch, averaged));
        }
        reports.push(report);
    }
    let (_, epoch, weights) = best.ok_or_else(|| Error::Options("no epoch ran".into()))?;
    Ok((weights, epoch))
}
