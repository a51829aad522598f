//! The weights of a tagger, Viterbi decoding under IOB2 constraints, and the model file format.
//!
//! Emission weights are a table of `2^bits` rows of [`N`] `i16`s, one row per feature bucket;
//! transition weights are an `(N + 1) × N` matrix whose last row scores the sentence start.
//! The file stores only non-zero rows, so a pruned model is small on disk while tagging reads a
//! flat table with one memory access per feature.

use crate::features::{Features, FEATURE_VERSION};
use crate::label::Label;
use crate::Error;

/// Number of labels.
pub(crate) const N: usize = Label::COUNT;
/// Size of the transition matrix, the start row included.
pub(crate) const TRANS: usize = (N + 1) * N;
const START: usize = N;
const MAGIC: &[u8; 8] = b"CHRNER\0\x01";

/// Whether label `next` may follow `prev` (`prev == START` at the sentence start), looked up
/// in a table built once: Viterbi asks for every label pair at every token.
fn allowed(prev: usize, next: usize) -> bool {
    static TABLE: std::sync::OnceLock<[[bool; N]; N + 1]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [[false; N]; N + 1];
        for (p, row) in t.iter_mut().enumerate() {
            for (y, cell) in row.iter_mut().enumerate() {
                let prev = (p < N).then(|| Label::from_index(p));
                *cell = Label::may_follow(prev, Label::from_index(y));
            }
        }
        t
    });
    table[prev.min(N)][next]
}

/// Sums the rows of each token's features: one score per label and token.
pub(crate) fn emissions<W: Copy + Into<i32>>(
    table: &[W],
    feats: &Features,
    out: &mut Vec<[i32; N]>,
) {
    out.clear();
    for i in 0..feats.len() {
        let mut s = [0i32; N];
        for &f in feats.token(i) {
            let row = &table[f as usize * N..f as usize * N + N];
            for (acc, &w) in s.iter_mut().zip(row) {
                *acc += w.into();
            }
        }
        out.push(s);
    }
}

/// Best label sequence under the scores, never producing an `I-x` that does not continue `x`.
pub(crate) fn viterbi<T: Copy + Into<i64>>(em: &[[i32; N]], trans: &[T; TRANS]) -> Vec<Label> {
    const NEG: i64 = i64::MIN / 4;
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let t = |p: usize, y: usize| -> i64 { trans[p * N + y].into() };
    let mut score = vec![[NEG; N]; n];
    let mut back = vec![[0u8; N]; n];
    for y in 0..N {
        if allowed(START, y) {
            score[0][y] = t(START, y) + i64::from(em[0][y]);
        }
    }
    for i in 1..n {
        for y in 0..N {
            let mut best = NEG;
            let mut arg = 0;
            for (p, &prev) in score[i - 1].iter().enumerate() {
                if prev == NEG || !allowed(p, y) {
                    continue;
                }
                let s = prev + t(p, y);
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            if best > NEG {
                score[i][y] = best + i64::from(em[i][y]);
                back[i][y] = arg as u8;
            }
        }
    }
    let mut y = 0;
    for k in 1..N {
        if score[n - 1][k] > score[n - 1][y] {
            y = k;
        }
    }
    let mut out = vec![Label::O; n];
    for i in (0..n).rev() {
        out[i] = Label::from_index(y);
        y = back[i][y] as usize;
    }
    out
}

/// Quantised weights, ready to tag.
pub(crate) struct Weights {
    pub(crate) bits: u8,
    pub(crate) emit: Vec<i16>,
    pub(crate) trans: [i16; TRANS],
}

impl Weights {
    /// Quantises float weights to `i16`, zeroing rows whose weights all round to at most
    /// `prune` in magnitude.
    pub(crate) fn quantize(bits: u8, emit: &[f64], trans: &[f64; TRANS], prune: i16) -> Weights {
        let max = emit
            .iter()
            .chain(trans.iter())
            .fold(0.0f64, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
        let q = |w: f64| (w * scale).round() as i16;
        let mut out = vec![0i16; emit.len()];
        for (src, dst) in emit.chunks_exact(N).zip(out.chunks_exact_mut(N)) {
            let row: Vec<i16> = src.iter().map(|&w| q(w)).collect();
            if row.iter().any(|w| w.unsigned_abs() > prune.unsigned_abs()) {
                dst.copy_from_slice(&row);
            }
        }
        let mut tq = [0i16; TRANS];
        for (d, &s) in tq.iter_mut().zip(trans.iter()) {
            *d = q(s);
        }
        Weights {
            bits,
            emit: out,
            trans: tq,
        }
    }

    pub(crate) fn nonzero_rows(&self) -> usize {
        self.emit
            .chunks_exact(N)
            .filter(|r| r.iter().any(|&w| w != 0))
            .count()
    }

    /// The model file: header, transitions, then the non-zero rows with gap-coded bucket numbers.
    pub(crate) fn to_bytes(&self, lexicon_fingerprint: u64) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.push(self.bits);
        out.extend_from_slice(&lexicon_fingerprint.to_le_bytes());
        for w in self.trans {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(self.nonzero_rows() as u32).to_le_bytes());
        let mut last = 0usize;
        for (bucket, row) in self.emit.chunks_exact(N).enumerate() {
            if row.iter().all(|&w| w == 0) {
                continue;
            }
            write_varint(&mut out, (bucket - last) as u64);
            last = bucket;
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    pub(crate) fn from_bytes(bytes: &[u8], lexicon_fingerprint: u64) -> Result<Weights, Error> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(Error::Model(
                "not a chronicle NER model (wrong magic bytes); train one with `chronicle train ner`"
                    .into(),
            ));
        }
        let version = u32::from_le_bytes(r.array()?);
        if version != FEATURE_VERSION {
            return Err(Error::Model(format!(
                "model has feature version {version}, this build expects {FEATURE_VERSION}; retrain it"
            )));
        }
        let bits = r.take(1)?[0];
        if !(8..=26).contains(&bits) {
            return Err(Error::Model(format!("hash size 2^{bits} out of range")));
        }
        let fp = u64::from_le_bytes(r.array()?);
        if fp != lexicon_fingerprint {
            return Err(Error::Model(
                "model was trained with other lexicons than data/ner/*.txt in this build; retrain it"
                    .into(),
            ));
        }
        let mut trans = [0i16; TRANS];
        for w in trans.iter_mut() {
            *w = i16::from_le_bytes(r.array()?);
        }
        let rows = u32::from_le_bytes(r.array()?) as usize;
        let buckets = 1usize << bits;
        let mut emit = vec![0i16; buckets * N];
        let mut bucket = 0usize;
        for _ in 0..rows {
            bucket = bucket
                .checked_add(r.varint()? as usize)
                .filter(|&b| b < buckets)
                .ok_or_else(|| Error::Model("row index past the end of the table".into()))?;
            for w in &mut emit[bucket * N..bucket * N + N] {
                *w = i16::from_le_bytes(r.array()?);
            }
        }
        if r.pos != bytes.len() {
            return Err(Error::Model("trailing bytes after the last row".into()));
        }
        Ok(Weights { bits, emit, trans })
    }
}

fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.pos + n;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| Error::Model("file ends too early (truncated?)".into()))?;
        self.pos = end;
        Ok(s)
    }

    fn array<const K: usize>(&mut self) -> Result<[u8; K], Error> {
        let mut a = [0u8; K];
        a.copy_from_slice(self.take(K)?);
        Ok(a)
    }

    fn varint(&mut self) -> Result<u64, Error> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(Error::Model("malformed row index".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::EntityType;

    #[test]
    fn viterbi_never_opens_with_inside() {
        // I-PER scores best everywhere, but may only continue a B-PER.
        let mut em = [[0i32; N]; 3];
        for row in &mut em {
            row[Label::I(EntityType::Per).index()] = 10;
        }
        em[0][Label::B(EntityType::Per).index()] = 5;
        let labels = viterbi(&em, &[0i32; TRANS]);
        assert_eq!(
            labels,
            [
                Label::B(EntityType::Per),
                Label::I(EntityType::Per),
                Label::I(EntityType::Per)
            ]
        );
    }

    #[test]
    fn file_round_trips_and_rejects_damage() {
        let mut emit = vec![0.0; 256 * N];
        emit[3 * N + 2] = 1.5;
        emit[255 * N] = -0.25;
        emit[7 * N + 1] = 0.0001; // pruned away
        let trans = [0.5; TRANS];
        let w = Weights::quantize(8, &emit, &trans, 5);
        let bytes = w.to_bytes(42);
        let back = Weights::from_bytes(&bytes, 42).unwrap();
        assert_eq!(back.emit, w.emit);
        assert_eq!(back.trans, w.trans);
        assert_eq!(back.nonzero_rows(), 2);
        assert!(Weights::from_bytes(&bytes, 43).is_err());
        assert!(Weights::from_bytes(&bytes[..bytes.len() - 1], 42).is_err());
        assert!(Weights::from_bytes(b"garbage!", 42).is_err());
    }
}
