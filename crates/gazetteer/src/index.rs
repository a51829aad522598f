//! A name index built without one allocation per key: the keys live end to end in one string,
//! a hash table holds key numbers, and each key number maps to a range of one flat array of
//! postings. Loading ~126,000 spellings this way takes a few tens of milliseconds.

use std::hash::BuildHasher;

use foldhash::fast::FixedState;
use hashbrown::hash_table::{Entry, HashTable};

/// A posting: index into the place list, shifted left once, low bit set when the spelling is
/// the place's own name rather than an alternate.
pub(crate) type Posting = u32;

pub(crate) fn posting(place: usize, own_name: bool) -> Posting {
    (place as u32) << 1 | u32::from(own_name)
}

pub(crate) fn place_of(posting: Posting) -> usize {
    (posting >> 1) as usize
}

pub(crate) fn is_own_name(posting: Posting) -> bool {
    posting & 1 == 1
}

/// The keys, stored end to end, and a hash table of key numbers over them.
#[derive(Default)]
struct KeySet {
    text: String,
    /// Per key number: start and end in `text`.
    bounds: Vec<(u32, u32)>,
    table: HashTable<u32>,
    hasher: FixedState,
}

impl KeySet {
    fn key(&self, id: u32) -> &str {
        let (start, end) = self.bounds[id as usize];
        &self.text[start as usize..end as usize]
    }

    fn find(&self, key: &str) -> Option<u32> {
        let hash = self.hasher.hash_one(key);
        self.table.find(hash, |&id| self.key(id) == key).copied()
    }

    /// The number of `key`, adding it if new.
    fn intern(&mut self, key: &str) -> u32 {
        let hash = self.hasher.hash_one(key);
        let KeySet {
            text,
            bounds,
            table,
            hasher,
        } = self;
        let key_of = |id: u32| {
            let (start, end) = bounds[id as usize];
            &text[start as usize..end as usize]
        };
        match table.entry(
            hash,
            |&id| key_of(id) == key,
            |&id| hasher.hash_one(key_of(id)),
        ) {
            Entry::Occupied(entry) => *entry.get(),
            Entry::Vacant(entry) => {
                let id = bounds.len() as u32;
                entry.insert(id);
                let start = text.len() as u32;
                text.push_str(key);
                bounds.push((start, text.len() as u32));
                id
            }
        }
    }

    fn len(&self) -> usize {
        self.bounds.len()
    }
}

/// Keys to the places they name.
#[derive(Default)]
pub(crate) struct NameIndex {
    keys: KeySet,
    /// Per key number: start and length in `postings`.
    ranges: Vec<(u32, u32)>,
    postings: Vec<Posting>,
}

impl NameIndex {
    pub fn get(&self, key: &str) -> &[Posting] {
        match self.keys.find(key) {
            Some(id) => {
                let (start, len) = self.ranges[id as usize];
                &self.postings[start as usize..(start + len) as usize]
            }
            None => &[],
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        (0..self.keys.len() as u32).map(|id| self.keys.key(id))
    }
}

/// Collects (key, posting) pairs, then lays them out as a [`NameIndex`].
pub(crate) struct IndexBuilder {
    keys: KeySet,
    entries: Vec<(u32, Posting)>,
}

impl IndexBuilder {
    pub fn with_capacity(n: usize) -> Self {
        let keys = KeySet {
            text: String::with_capacity(n * 12),
            bounds: Vec::with_capacity(n),
            table: HashTable::with_capacity(n),
            hasher: FixedState::default(),
        };
        IndexBuilder {
            keys,
            entries: Vec::with_capacity(n),
        }
    }

    pub fn add(&mut self, key: &str, posting: Posting) {
        let id = self.keys.intern(key);
        self.entries.push((id, posting));
    }

    /// Lays the postings out key by key, each key's list ordered by `rank` and without repeats
    /// of a place.
    pub fn finish<R: Ord>(self, rank: impl Fn(Posting) -> R) -> NameIndex {
        let keys = self.keys.len();
        let mut starts = vec![0u32; keys + 1];
        for &(id, _) in &self.entries {
            starts[id as usize + 1] += 1;
        }
        for i in 0..keys {
            starts[i + 1] += starts[i];
        }
        let mut fill = starts.clone();
        let mut slots = vec![0; self.entries.len()];
        for &(id, p) in &self.entries {
            slots[fill[id as usize] as usize] = p;
            fill[id as usize] += 1;
        }
        let mut postings = Vec::with_capacity(slots.len());
        let mut ranges = Vec::with_capacity(keys);
        for id in 0..keys {
            let run = &mut slots[starts[id] as usize..starts[id + 1] as usize];
            run.sort_by_key(|&p| (rank(p), !is_own_name(p)));
            let start = postings.len() as u32;
            for &p in run.iter() {
                if postings[start as usize..]
                    .iter()
                    .all(|&q| place_of(q) != place_of(p))
                {
                    postings.push(p);
                }
            }
            ranges.push((start, postings.len() as u32 - start));
        }
        NameIndex {
            keys: self.keys,
            ranges,
            postings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_orders_and_dedups_postings() {
        let mut b = IndexBuilder::with_capacity(4);
        b.add("oral", posting(3, true));
        b.add("uralsk", posting(3, false));
        b.add("oral", posting(1, false));
        b.add("oral", posting(3, false));
        let index = b.finish(place_of);
        let oral: Vec<usize> = index.get("oral").iter().map(|&p| place_of(p)).collect();
        assert_eq!(oral, [1, 3]);
        assert!(
            is_own_name(index.get("oral")[1]),
            "the own-name posting sorts first and is kept"
        );
        assert_eq!(index.get("uralsk").len(), 1);
        assert!(index.get("astana").is_empty());
        assert_eq!(index.keys().count(), 2);
    }
}
