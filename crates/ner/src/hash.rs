//! Stable 64-bit hashing for feature keys.
//!
//! Written out here (FNV-1a over bytes, a SplitMix64 finaliser, an Fx-style combiner) rather
//! than taken from `std` so that a model file means the same thing on every platform and
//! compiler version: the hashes are part of the file format.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Hash of a string, well mixed in all bits.
pub(crate) fn hash_str(s: &str) -> u64 {
    mix(fnv(FNV_OFFSET, s.as_bytes()))
}

/// [`hash_str`] of the lower-case form of an ASCII word, without building that form.
pub(crate) fn hash_ascii_lower(word: &[u8]) -> u64 {
    mix(word
        .iter()
        .fold(FNV_OFFSET, |h, b| fnv(h, &[b.to_ascii_lowercase()])))
}

/// Continues an FNV-1a hash over more bytes (used for growing prefixes and suffixes).
#[inline]
pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    h
}

pub(crate) const FNV_START: u64 = FNV_OFFSET;

/// SplitMix64 finaliser: spreads every input bit over the output.
#[inline]
pub(crate) const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Folds one more value into a running key (order matters).
#[inline]
pub(crate) const fn combine(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// A `HashMap` hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct PreHashed(u64);

impl std::hash::Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0 ^ FNV_OFFSET, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type PreHashedBuild = std::hash::BuildHasherDefault<PreHashed>;

/// Small deterministic random numbers (SplitMix64) for shuffling and sampling in training.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }

    /// Uniform in `0..n` (n > 0); the tiny modulo bias does not matter for shuffling.
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Uniform in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_across_builds() {
        // The model file depends on these exact values.
        assert_eq!(fnv(FNV_START, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(hash_str("Paris"), hash_str("paris"));
        assert_ne!(combine(combine(1, 2), 3), combine(combine(1, 3), 2));
    }

    #[test]
    fn rng_is_seeded() {
        let a: Vec<u64> = (0..3).map(|_| Rng::new(7).next_u64()).collect();
        assert_eq!(a[0], a[1]);
        let mut r = Rng::new(7);
        let first = r.next_u64();
        assert_ne!(first, r.next_u64());
        let mut v: Vec<usize> = (0..50).collect();
        Rng::new(1).shuffle(&mut v);
        let mut sorted = v.clone();
        sorted.sort();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert_ne!(v, sorted);
    }
}
