//! The weights of a tagger, Viterbi decoding under IOB2 constraints, and the model file format.
//!
//! Emission weights are a table of `2^bits` rows of [`N`] `i16`s, one row per feature bucket;
//! transition weights are an `(N + 1) × N` matrix whose last row scores the sentence start.
//! The file stores only non-zero rows, so a pruned model is small on disk; training works on the
//! full table ([`Weights`]), while a tagger keeps only the non-zero rows ([`RowTable`]), found
//! through a bitmap small enough to stay in the cache.

use crate::features::{Features, FEATURE_VERSION};
use crate::label::Label;
use crate::Error;

/// Number of labels.
pub(crate) const N: usize = Label::COUNT;
/// Size of the transition matrix, the start row included.
pub(crate) const TRANS: usize = (N + 1) * N;
const START: usize = N;
const MAGIC: &[u8; 8] = b"CHRNER\0\x01";

/// For each label, the labels that may precede it in ascending order, and whether it may open a
/// sentence; built once, as Viterbi asks at every token.
struct Transitions {
    preds: [[u8; N]; N],
    pred_count: [usize; N],
    at_start: [bool; N],
    /// The constraints are those of IOB2 with the labels in [`Label::index`] order: `O` and
    /// the five `B-x` open a sentence and follow anything, `I-x` (index `x + 4`) only `B-x`
    /// (index `x`) and `I-x`. Then [`iob2_step`] may decode.
    iob2: bool,
}

/// Labels that may open a sentence and follow anything under IOB2 (`O` and the `B-x`).
const OPEN: usize = 5;

fn transitions() -> &'static Transitions {
    static TABLE: std::sync::OnceLock<Transitions> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Transitions {
            preds: [[0; N]; N],
            pred_count: [0; N],
            at_start: [false; N],
            iob2: false,
        };
        for y in 0..N {
            let next = Label::from_index(y);
            t.at_start[y] = Label::may_follow(None, next);
            for p in 0..N {
                if Label::may_follow(Some(Label::from_index(p)), next) {
                    t.preds[y][t.pred_count[y]] = p as u8;
                    t.pred_count[y] += 1;
                }
            }
        }
        t.iob2 = (0..N).all(|y| {
            let preds = &t.preds[y][..t.pred_count[y]];
            if y < OPEN {
                t.at_start[y] && preds.iter().copied().eq(0..N as u8)
            } else {
                !t.at_start[y] && preds == [(y - 4) as u8, y as u8]
            }
        });
        t
    })
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

/// The emission weights of a tagger with only their non-zero rows kept: most buckets of the
/// table are empty, and a compact table stays in the cache where the full one would not.
///
/// A bucket's row is found from a bitmap of the buckets that have one, in blocks of 64 that
/// each know where their first row is. Row 0 is all zeros and stands for every empty bucket, so
/// summing needs no branch on whether a row exists (a branch the processor would mispredict
/// often, stalling the loads of the other rows).
pub(crate) struct RowTable {
    blocks: Vec<Block>,
    rows: Vec<[i16; N]>,
}

#[derive(Clone, Copy, Default)]
struct Block {
    /// Bit `k` set: bucket `64 * block + k` has a row.
    present: u64,
    /// Index in `rows` of the block's first row.
    first: u32,
}

impl RowTable {
    /// Keeps the non-zero rows of a full table of `N` weights per bucket.
    pub(crate) fn from_dense(emit: &[i16]) -> RowTable {
        let mut table = RowTableBuilder::new(emit.len() / N);
        for (bucket, row) in emit.chunks_exact(N).enumerate() {
            if row.iter().any(|&w| w != 0) {
                let mut r = [0i16; N];
                r.copy_from_slice(row);
                table.push(bucket, r);
            }
        }
        table.finish()
    }

    /// Reads the rows of a model file straight into a compact table (the full table is never
    /// built, so loading needs no more memory than tagging).
    pub(crate) fn from_file(file: ModelFile<'_>) -> Result<RowTable, Error> {
        let mut table = RowTableBuilder::new(file.buckets());
        file.read_rows(|bucket, row| table.push(bucket, row))?;
        Ok(table.finish())
    }

    /// Number of non-zero rows.
    pub(crate) fn len(&self) -> usize {
        self.rows.len() - 1
    }

    /// Index in `rows` of a bucket's row, 0 (the zero row) if it has none.
    #[inline(always)]
    fn row_index(&self, bucket: u32) -> usize {
        let block = self.blocks[(bucket / 64) as usize];
        let bit = 1u64 << (bucket % 64);
        let before = (block.present & (bit - 1)).count_ones();
        let present_mask = 0u32.wrapping_sub(u32::from(block.present & bit != 0));
        ((block.first + before) & present_mask) as usize
    }

    /// [`emissions`] over this table (the same sums: the rows left out are zeros). `rows` is a
    /// buffer for the row indices of the sentence: they are all found, and their rows fetched
    /// into the cache, before the first sum needs one.
    pub(crate) fn emissions(&self, feats: &Features, rows: &mut Vec<u32>, out: &mut Vec<[i32; N]>) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("popcnt") {
            // SAFETY: the processor has just been found to have the popcnt instruction.
            unsafe { self.emissions_popcnt(feats, rows, out) };
            return;
        }
        self.emissions_portable(feats, rows, out);
    }

    /// [`RowTable::emissions`] compiled with the processor's population count instruction, which
    /// finding a row's index needs for every feature (the baseline x86_64 target lacks it).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "popcnt")]
    fn emissions_popcnt(&self, feats: &Features, rows: &mut Vec<u32>, out: &mut Vec<[i32; N]>) {
        self.emissions_portable(feats, rows, out);
    }

    #[inline(always)]
    fn emissions_portable(&self, feats: &Features, rows: &mut Vec<u32>, out: &mut Vec<[i32; N]>) {
        // A plain loop, not `extend`: the iterator's code would not be compiled with popcnt.
        rows.clear();
        rows.resize(feats.ids().len(), 0);
        for (row, &f) in rows.iter_mut().zip(feats.ids()) {
            let index = self.row_index(f);
            prefetch(&self.rows[index]);
            *row = index as u32;
        }
        out.clear();
        for i in 0..feats.len() {
            let mut s = [0i32; N];
            for &r in &rows[feats.range(i)] {
                for (acc, &w) in s.iter_mut().zip(&self.rows[r as usize]) {
                    *acc += i32::from(w);
                }
            }
            out.push(s);
        }
    }
}

/// Asks the processor to start loading `row` into the cache without waiting for it.
#[inline(always)]
fn prefetch(row: &[i16; N]) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: SSE is part of every x86_64 processor, and a prefetch is only a hint: it
        // reads nothing the program sees and cannot fault (the address is a live row anyway).
        unsafe { _mm_prefetch::<_MM_HINT_T0>(row.as_ptr().cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = row;
}

/// Builds a [`RowTable`] from rows given in ascending bucket order.
struct RowTableBuilder {
    table: RowTable,
    /// Blocks before this one know their first row.
    next_block: usize,
    last_bucket: Option<usize>,
}

impl RowTableBuilder {
    fn new(buckets: usize) -> RowTableBuilder {
        RowTableBuilder {
            table: RowTable {
                blocks: vec![Block::default(); buckets.div_ceil(64)],
                rows: vec![[0; N]],
            },
            next_block: 0,
            last_bucket: None,
        }
    }

    /// Adds the row of `bucket`, which must not be below the last one; the same bucket again
    /// replaces its row.
    fn push(&mut self, bucket: usize, row: [i16; N]) {
        let RowTable { blocks, rows } = &mut self.table;
        if self.last_bucket == Some(bucket) {
            if let Some(last) = rows.last_mut() {
                *last = row;
            }
            return;
        }
        debug_assert!(self.last_bucket.is_none_or(|b| b < bucket));
        self.last_bucket = Some(bucket);
        let block = bucket / 64;
        for b in &mut blocks[self.next_block..=block] {
            b.first = rows.len() as u32;
        }
        self.next_block = block + 1;
        blocks[block].present |= 1 << (bucket % 64);
        rows.push(row);
    }

    fn finish(mut self) -> RowTable {
        let RowTable { blocks, rows } = &mut self.table;
        for b in &mut blocks[self.next_block..] {
            b.first = rows.len() as u32;
        }
        self.table
    }
}

/// Score and back-pointer arrays of Viterbi, kept between sentences.
#[derive(Default)]
pub(crate) struct Lattice {
    score: Vec<[i64; N]>,
    back: Vec<[u8; N]>,
}

/// Best label sequence under the scores, never producing an `I-x` that does not continue `x`.
pub(crate) fn viterbi<T: Copy + Into<i64>>(em: &[[i32; N]], trans: &[T; TRANS]) -> Vec<Label> {
    viterbi_in(em, trans, &mut Lattice::default())
}

/// [`viterbi`] reusing the arrays of `lattice`.
pub(crate) fn viterbi_in<T: Copy + Into<i64>>(
    em: &[[i32; N]],
    trans: &[T; TRANS],
    lattice: &mut Lattice,
) -> Vec<Label> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let allowed = transitions();
    let mut t = [0i64; TRANS];
    for (d, &s) in t.iter_mut().zip(trans.iter()) {
        *d = s.into();
    }
    let (score, back) = (&mut lattice.score, &mut lattice.back);
    score.clear();
    score.resize(n, [NEG; N]);
    back.clear();
    back.resize(n, [0u8; N]);
    for y in 0..N {
        if allowed.at_start[y] {
            score[0][y] = t[START * N + y] + i64::from(em[0][y]);
        }
    }
    for i in 1..n {
        let prev_scores = score[i - 1];
        let step = if allowed.iob2 {
            iob2_step
        } else {
            general_step
        };
        step(&prev_scores, &t, &em[i], &mut score[i], &mut back[i]);
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

/// Scores impossible paths: far below every real score, and far enough above i64::MIN that
/// adding two of them cannot overflow.
const NEG: i64 = i64::MIN / 4;

/// One step of Viterbi: the best score of each label at a token (`score`, left at `NEG` if no
/// path reaches it) and the previous label it comes from (`back`), given the scores at the
/// previous token, the transition scores and the token's emission scores.
fn general_step(
    prev: &[i64; N],
    t: &[i64; TRANS],
    em: &[i32; N],
    score: &mut [i64; N],
    back: &mut [u8; N],
) {
    let allowed = transitions();
    for y in 0..N {
        let mut best = NEG;
        let mut arg = 0;
        for &p in &allowed.preds[y][..allowed.pred_count[y]] {
            let p = p as usize;
            if prev[p] == NEG {
                continue;
            }
            let s = prev[p] + t[p * N + y];
            if s > best {
                best = s;
                arg = p;
            }
        }
        if best > NEG {
            score[y] = best + i64::from(em[y]);
            back[y] = arg as u8;
        }
    }
}

/// [`general_step`] under IOB2 constraints ([`Transitions::iob2`]), written out for them: the
/// same scores and back pointers as the general loop, with fewer instructions.
///
/// After the first token no `O` or `B-x` score is impossible (they may follow anything), so
/// every label has a possible predecessor; a candidate through an impossible `I-x` (only at the
/// first token) sums to about `NEG` and never beats it. Ties go to the first predecessor, as in
/// the general loop.
fn iob2_step(
    prev: &[i64; N],
    t: &[i64; TRANS],
    em: &[i32; N],
    score: &mut [i64; N],
    back: &mut [u8; N],
) {
    for y in 0..OPEN {
        let mut best = prev[0] + t[y];
        let mut arg = 0;
        for p in 1..N {
            let s = prev[p] + t[p * N + y];
            if s > best {
                best = s;
                arg = p;
            }
        }
        score[y] = best + i64::from(em[y]);
        back[y] = arg as u8;
    }
    for y in OPEN..N {
        let b = y - 4;
        let from_b = prev[b] + t[b * N + y];
        let from_i = prev[y] + t[y * N + y];
        let (best, arg) = if from_i > from_b {
            (from_i, y)
        } else {
            (from_b, b)
        };
        score[y] = best + i64::from(em[y]);
        back[y] = arg as u8;
    }
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

    /// The full table of a model file (tagging reads one with [`RowTable::from_file`]).
    #[cfg(test)]
    pub(crate) fn from_bytes(bytes: &[u8], lexicon_fingerprint: u64) -> Result<Weights, Error> {
        let file = ModelFile::open(bytes, lexicon_fingerprint)?;
        let (bits, trans) = (file.bits, file.trans);
        let mut emit = vec![0i16; file.buckets() * N];
        file.read_rows(|bucket, row| emit[bucket * N..bucket * N + N].copy_from_slice(&row))?;
        Ok(Weights { bits, emit, trans })
    }
}

/// A model file whose header has been read and checked, its rows still to come.
pub(crate) struct ModelFile<'a> {
    pub(crate) bits: u8,
    pub(crate) trans: [i16; TRANS],
    rows: usize,
    reader: Reader<'a>,
}

impl<'a> ModelFile<'a> {
    pub(crate) fn open(bytes: &'a [u8], lexicon_fingerprint: u64) -> Result<ModelFile<'a>, Error> {
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
        Ok(ModelFile {
            bits,
            trans,
            rows,
            reader: r,
        })
    }

    /// Buckets of the table: `2^bits`.
    pub(crate) fn buckets(&self) -> usize {
        1usize << self.bits
    }

    /// Hands each stored row to `row` with its bucket, in ascending bucket order (a damaged
    /// file may repeat a bucket: the later row counts), then checks that the file ends there.
    pub(crate) fn read_rows(mut self, mut row: impl FnMut(usize, [i16; N])) -> Result<(), Error> {
        let buckets = self.buckets();
        let r = &mut self.reader;
        let mut bucket = 0usize;
        for _ in 0..self.rows {
            bucket = bucket
                .checked_add(r.varint()? as usize)
                .filter(|&b| b < buckets)
                .ok_or_else(|| Error::Model("row index past the end of the table".into()))?;
            let mut weights = [0i16; N];
            for w in &mut weights {
                *w = i16::from_le_bytes(r.array()?);
            }
            row(bucket, weights);
        }
        if r.pos != r.bytes.len() {
            return Err(Error::Model("trailing bytes after the last row".into()));
        }
        Ok(())
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
    use crate::features::extract;
    use crate::hash::Rng;
    use crate::history::DocHistory;
    use crate::label::EntityType;
    use crate::lexicon::Lexicons;

    #[test]
    fn iob2_step_matches_the_general_step() {
        assert!(
            transitions().iob2,
            "the labels no longer have the IOB2 layout"
        );
        let mut rng = Rng::new(5);
        let w = random_weights(&mut rng);
        let t: [i64; TRANS] = std::array::from_fn(|k| w.trans[k].into());
        for round in 0..200 {
            let mut prev: [i64; N] = std::array::from_fn(|_| rng.below(20_001) as i64 - 10_000);
            if round % 2 == 0 {
                // As after the first token: no path reaches an I-x there.
                prev[OPEN..].fill(NEG);
            }
            if round % 3 == 0 {
                // Ties between predecessors go to the first.
                prev = [prev[0]; N];
            }
            let em: [i32; N] = std::array::from_fn(|_| rng.below(2001) as i32 - 1000);
            let (mut s1, mut b1) = ([NEG; N], [0u8; N]);
            let (mut s2, mut b2) = ([NEG; N], [0u8; N]);
            general_step(&prev, &t, &em, &mut s1, &mut b1);
            iob2_step(&prev, &t, &em, &mut s2, &mut b2);
            assert_eq!((s1, b1), (s2, b2), "round {round}");
        }
    }

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

    /// A table of `2^10` buckets with about a third of the rows filled, on block edges too.
    fn random_weights(rng: &mut Rng) -> Weights {
        let mut emit = vec![0i16; 1024 * N];
        for bucket in 0..1024 {
            if bucket % 64 == 0 || bucket % 64 == 63 || rng.below(3) == 0 {
                for w in &mut emit[bucket * N..bucket * N + N] {
                    *w = rng.below(2001) as i16 - 1000;
                }
            }
        }
        let mut trans = [0i16; TRANS];
        for w in &mut trans {
            *w = rng.below(201) as i16 - 100;
        }
        Weights {
            bits: 10,
            emit,
            trans,
        }
    }

    #[test]
    fn compact_rows_sum_like_the_full_table() {
        let mut rng = Rng::new(3);
        let w = random_weights(&mut rng);
        let from_dense = RowTable::from_dense(&w.emit);
        let file = w.to_bytes(42);
        let from_file = RowTable::from_file(ModelFile::open(&file, 42).unwrap()).unwrap();
        assert_eq!(from_dense.len(), w.nonzero_rows());
        assert_eq!(from_file.len(), w.nonzero_rows());
        let words =
            "The Almaty court of Kazakhstan sentenced the activist Marat Zhanuzakov , 46 , \
                     to five years on Tuesday , HUMAN RIGHTS WATCH said in a statement .";
        let tokens: Vec<&str> = words.split_whitespace().collect();
        let mut feats = Features::default();
        let history = DocHistory::default();
        extract(&tokens, Lexicons::get(), &history, w.bits, &mut feats);
        let (mut full, mut a, mut b, mut rows) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        emissions(&w.emit, &feats, &mut full);
        from_dense.emissions(&feats, &mut rows, &mut a);
        from_file.emissions(&feats, &mut rows, &mut b);
        assert_eq!(full.len(), tokens.len());
        assert!(full.iter().any(|s| s.iter().any(|&x| x != 0)));
        assert_eq!(a, full);
        assert_eq!(b, full);
        // Every bucket, one by one, finds its own row.
        for bucket in 0..1024 {
            let expected = &w.emit[bucket * N..bucket * N + N];
            assert_eq!(
                &from_file.rows[from_file.row_index(bucket as u32)],
                expected
            );
        }
    }

    /// Score of a label sequence, `None` if it breaks IOB2.
    fn path_score(em: &[[i32; N]], trans: &[i16; TRANS], path: &[usize]) -> Option<i64> {
        let mut prev = START;
        let mut total = 0i64;
        for (i, &y) in path.iter().enumerate() {
            let after = (prev < N).then(|| Label::from_index(prev));
            if !Label::may_follow(after, Label::from_index(y)) {
                return None;
            }
            total += i64::from(trans[prev * N + y]) + i64::from(em[i][y]);
            prev = y;
        }
        Some(total)
    }

    #[test]
    fn viterbi_finds_the_best_valid_path_with_a_reused_lattice() {
        let mut rng = Rng::new(11);
        let w = random_weights(&mut rng);
        let mut lattice = Lattice::default();
        for len in [3, 1, 4, 2, 4] {
            let em: Vec<[i32; N]> = (0..len)
                .map(|_| std::array::from_fn(|_| rng.below(4001) as i32 - 2000))
                .collect();
            let labels = viterbi_in(&em, &w.trans, &mut lattice);
            let path: Vec<usize> = labels.iter().map(|l| l.index()).collect();
            let mut best = i64::MIN;
            for code in 0..N.pow(len as u32) {
                let candidate: Vec<usize> = (0..len).map(|i| code / N.pow(i as u32) % N).collect();
                if let Some(s) = path_score(&em, &w.trans, &candidate) {
                    best = best.max(s);
                }
            }
            assert_eq!(path_score(&em, &w.trans, &path), Some(best), "length {len}");
            assert_eq!(labels, viterbi(&em, &w.trans));
        }
    }
}
