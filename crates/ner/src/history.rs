//! Document context: how earlier sentences were tagged, and how each word is capitalised in
//! the document's running text.

use std::collections::HashMap;

use crate::hash::PreHashedBuild;
use crate::label::Label;
use crate::token::{cap_of, lower_hash, Cap};

/// What the document says about its words: how earlier sentences were tagged, and how each
/// word is capitalised elsewhere in running (mixed-case) text.
#[derive(Default)]
pub(crate) struct DocHistory {
    /// Counts of O, PER, ORG, LOC, MISC.
    counts: HashMap<u64, [u16; 5], PreHashedBuild>,
    /// Bit 1: seen in lower case; bit 2: seen capitalised away from the sentence start.
    case_seen: HashMap<u64, u8, PreHashedBuild>,
}

pub(crate) const SEEN_LOWER: u8 = 1;
pub(crate) const SEEN_CAPITALISED: u8 = 2;

impl DocHistory {
    /// A history for a document, knowing the capitalisation of all its words up front: a word
    /// capitalised mid-sentence elsewhere is likely a name in an all-caps headline or at a
    /// sentence start, one written in lower case elsewhere likely not.
    pub(crate) fn for_document<T: AsRef<[S]>, S: AsRef<str>>(sentences: &[T]) -> DocHistory {
        let mut h = DocHistory::default();
        let mut caps = Vec::new();
        for s in sentences {
            let s = s.as_ref();
            caps.clear();
            caps.extend(s.iter().map(|w| cap_of(w.as_ref())));
            let mixed = caps.contains(&Cap::Lower)
                && caps.iter().any(|&c| matches!(c, Cap::Title | Cap::Upper));
            if !mixed {
                continue;
            }
            for (i, (w, &cap)) in s.iter().zip(&caps).enumerate() {
                let bit = match cap {
                    Cap::Lower => SEEN_LOWER,
                    Cap::Title | Cap::Upper | Cap::Mixed if i > 0 => SEEN_CAPITALISED,
                    _ => continue,
                };
                *h.case_seen.entry(lower_hash(w.as_ref())).or_default() |= bit;
            }
        }
        h
    }

    /// Counts of O, PER, ORG, LOC, MISC for a word seen in earlier sentences.
    pub(crate) fn counts(&self, lower_hash: u64) -> Option<&[u16; 5]> {
        self.counts.get(&lower_hash)
    }

    /// How the word is capitalised elsewhere: [`SEEN_LOWER`] and [`SEEN_CAPITALISED`] bits.
    pub(crate) fn case_seen(&self, lower_hash: u64) -> u8 {
        self.case_seen.get(&lower_hash).copied().unwrap_or(0)
    }

    /// Remembers a tagged sentence (`lowers` from `Features::lowers`).
    pub(crate) fn record(&mut self, lowers: &[u64], alpha: &[bool], labels: &[Label]) {
        for ((&h, &a), label) in lowers.iter().zip(alpha).zip(labels) {
            if !a {
                continue;
            }
            let slot = label.entity_type().map_or(0, |t| 1 + t as usize);
            let c = self.counts.entry(h).or_default();
            c[slot] = c[slot].saturating_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::hash_str;
    use crate::EntityType;

    #[test]
    fn case_profile_reads_mixed_case_sentences_only() {
        let doc = vec![
            vec!["POLICE", "DETAIN", "BLACKBURN"],
            vec!["Peter", "Blackburn", "met", "the", "police", "."],
        ];
        let h = DocHistory::for_document(&doc);
        assert_eq!(h.case_seen(hash_str("blackburn")), SEEN_CAPITALISED);
        assert_eq!(h.case_seen(hash_str("police")), SEEN_LOWER);
        // Sentence-initial capitals say nothing.
        assert_eq!(h.case_seen(hash_str("peter")), 0);
        assert_eq!(h.case_seen(hash_str("detain")), 0);
    }

    #[test]
    fn records_labels_of_words_with_letters() {
        let mut h = DocHistory::default();
        let lowers = [hash_str("anna"), hash_str("1996")];
        h.record(
            &lowers,
            &[true, false],
            &[Label::B(EntityType::Per), Label::O],
        );
        assert_eq!(h.counts(lowers[0]), Some(&[0, 1, 0, 0, 0]));
        assert_eq!(h.counts(lowers[1]), None);
    }
}
