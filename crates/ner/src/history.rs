//! Document context: how earlier sentences were tagged, and how each word is capitalised in
//! the document's running text.

use std::collections::HashMap;

use crate::hash::PreHashedBuild;
use crate::label::Label;
use crate::token::{cap_of, lower_hash, Cap, TokenInfo};

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
            h.note_case(caps.iter().copied(), |i| lower_hash(s[i].as_ref()));
        }
        h
    }

    /// [`DocHistory::for_document`] from the facts of each sentence's tokens, already known.
    pub(crate) fn for_token_infos<'a>(
        sentences: impl Iterator<Item = &'a [TokenInfo]>,
        tokens: usize,
    ) -> DocHistory {
        // Room for every token's word up front: grown a word at a time, the tables would be
        // rehashed several times in every report.
        let mut h = DocHistory {
            counts: HashMap::with_capacity_and_hasher(tokens, PreHashedBuild::default()),
            case_seen: HashMap::with_capacity_and_hasher(tokens, PreHashedBuild::default()),
        };
        for s in sentences {
            h.note_case(s.iter().map(|t| t.cap), |i| s[i].lower);
        }
        h
    }

    /// Notes how the words of one sentence are capitalised, given their capitalisations in
    /// order and the hash of the `i`th word's lower-case form (asked only for sentences in
    /// mixed case).
    fn note_case(&mut self, caps: impl Iterator<Item = Cap> + Clone, lower: impl Fn(usize) -> u64) {
        let mixed = caps.clone().any(|c| c == Cap::Lower)
            && caps.clone().any(|c| matches!(c, Cap::Title | Cap::Upper));
        if !mixed {
            return;
        }
        for (i, cap) in caps.enumerate() {
            let bit = match cap {
                Cap::Lower => SEEN_LOWER,
                Cap::Title | Cap::Upper | Cap::Mixed if i > 0 => SEEN_CAPITALISED,
                _ => continue,
            };
            *self.case_seen.entry(lower(i)).or_default() |= bit;
        }
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
    fn token_facts_give_the_same_case_profile_as_words() {
        let doc = vec![
            vec!["\u{201C}POLICE", "DETAIN", "\u{00C9}MILE", "\u{201D}"],
            vec![
                "\u{00C9}mile",
                "Zola",
                "met",
                "the",
                "police",
                "\u{2014}",
                "Zola",
                "said",
                ".",
            ],
            vec!["zola", "\u{00E9}mile", "NATO", "iPhone", "1996"],
        ];
        let lex = crate::lexicon::Lexicons::get();
        let infos: Vec<Vec<TokenInfo>> = doc
            .iter()
            .map(|s| s.iter().map(|w| crate::token::token_info(w, lex)).collect())
            .collect();
        let from_words = DocHistory::for_document(&doc);
        let tokens = infos.iter().map(Vec::len).sum();
        let from_infos = DocHistory::for_token_infos(infos.iter().map(Vec::as_slice), tokens);
        assert_eq!(from_infos.case_seen, from_words.case_seen);
        assert_eq!(
            from_words.case_seen(hash_str("zola")),
            SEEN_LOWER | SEEN_CAPITALISED
        );
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
