//! The extractor never panics, whatever the text: shuffled news words, punctuation at the
//! end of the text, stray Unicode. (A fault found this way ran a rule past the last token.)

use chronicle_extract::{Extractor, Input};

/// A small deterministic generator, so that a failure names a reproducible case.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

const WORDS: &[&str] = &[
    "Police",
    "detained",
    "journalist",
    "Ruslan",
    "Tagiev",
    "in",
    "Almaty",
    "on",
    "Dec.",
    "5",
    "2023",
    "sentenced",
    "to",
    "two",
    "and",
    "a",
    "half",
    "years",
    "fined",
    "50,000",
    "tenge",
    "“",
    "”",
    "—",
    "(",
    ")",
    ",",
    ".",
    "’s",
    "'s",
    "the",
    "court",
    "was",
    "not",
    "denied",
    "beating",
    "them",
    "Both",
    "he",
    "she",
    "their",
    "among",
    "those",
    "who",
    "which",
    "rally",
    "protesters",
    "at",
    "least",
    "dozens",
    "of",
    "charged",
    "with",
    "Ministry",
    "OSCE",
    "said",
    "Алматы",
    "Ж.",
    "...",
    ";",
    "\n",
    "--",
    "$",
    "€",
    "uulu",
    "ut-Tahrir",
    "Prosecutor",
    "General",
    "Office",
    "found",
    "guilty",
    "the",
    "two",
    "all",
    "four",
    "Saturday",
    "last",
    "month",
];

#[test]
fn random_texts_never_panic() {
    let extractor = Extractor::new();
    let mut rng = Lcg(20261125);
    for case in 0..600 {
        let n = (rng.next() % 60) as usize;
        let mut text: String = (0..n)
            .map(|_| WORDS[(rng.next() % WORDS.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(" ");
        if case % 5 == 0 {
            text = (0..(rng.next() % 120))
                .filter_map(|_| char::from_u32((rng.next() % 0x2FFF) as u32 + 1))
                .collect();
        }
        let input = Input {
            text: text.clone(),
            ..Input::default()
        };
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extractor.extract(&input)));
        let record = result.unwrap_or_else(|_| panic!("case {case} panicked on {text:?}"));
        // Every span points inside the text.
        let chars = text.chars().count();
        for e in &record.entities {
            assert!(
                e.mentions.iter().all(|m| m[0] < m[1] && m[1] <= chars),
                "case {case}"
            );
        }
        for ev in &record.events {
            assert!(
                ev.evidence.iter().all(|s| s[0] <= s[1] && s[1] <= chars),
                "case {case}"
            );
        }
    }
}
