//! Offsets are char offsets; nothing panics on odd input; mentions stay sorted and disjoint.

use chronicle_dates::{find_dates, DateExpr, DateMention, Resolver};
use chrono::NaiveDate;

/// The mention spans as the text's own chars, checked against `text` and each other.
fn check_spans(text: &str, mentions: &[DateMention]) {
    let chars: Vec<char> = text.chars().collect();
    let mut prev_end = 0;
    for m in mentions {
        assert!(m.start < m.end, "empty span {m:?}");
        assert!(m.end <= chars.len(), "span past the end {m:?}");
        assert!(m.start >= prev_end, "overlapping or unsorted {m:?}");
        let slice: String = chars[m.start..m.end].iter().collect();
        assert_eq!(slice, m.text, "span text differs for {m:?}");
        prev_end = m.end;
    }
}

#[test]
fn offsets_count_chars_not_bytes() {
    let text = "Полиция «задержала» — Taizhan’s café 🚓 on April 12, and 中文 since 2019.";
    let mentions = find_dates(text);
    check_spans(text, &mentions);
    let april = mentions
        .iter()
        .find(|m| m.text == "April 12")
        .expect("April 12 is found");
    let byte_start = text.find("April 12").expect("present");
    assert_eq!(april.start, text[..byte_start].chars().count());
    assert_eq!(april.end, april.start + "April 12".len());
    assert!(
        april.start < byte_start,
        "multibyte chars precede the match"
    );
    assert!(mentions.iter().any(|m| m.text == "2019"));
}

#[test]
fn curly_apostrophes_and_dashes_are_read_like_plain_ones() {
    let mentions = find_dates("Rallies on May 3–5 and in the 1990’s.");
    assert_eq!(mentions.len(), 2, "{mentions:?}");
    assert!(matches!(mentions[0].expr, DateExpr::Range(..)));
    assert!(matches!(mentions[1].expr, DateExpr::Decade(1990)));
}

#[test]
fn empty_and_tiny_inputs() {
    for text in [
        "", " ", "\n\n", "May", "12", "-", "’", "Dec.", "last", "ago", "2023-", "2023-04-",
    ] {
        let mentions = find_dates(text);
        check_spans(text, &mentions);
    }
}

#[test]
fn huge_numbers_are_not_dates() {
    let text = "99999999999999999999 days ago, 4294967296 years ago, May 99999999999, 12345 April";
    let mentions = find_dates(text);
    check_spans(text, &mentions);
    let p = NaiveDate::from_ymd_opt(2023, 4, 13);
    let resolver = Resolver::new(p, &mentions);
    for m in &mentions {
        let _ = resolver.resolve(m);
    }
    assert!(
        mentions.iter().all(|m| !m.text.contains("99999999999")),
        "{mentions:?}"
    );
}

/// A small deterministic generator (xorshift) so the test needs no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "May",
    "may",
    "12",
    "31",
    "32",
    "0",
    "-",
    "–",
    "—",
    "2023",
    "1990",
    "s",
    "'",
    "’",
    ",",
    ".",
    "Dec",
    "Sept",
    "last",
    "this",
    "next",
    "earlier",
    "week",
    "weeks",
    "month",
    "year",
    "years",
    "ago",
    "later",
    "the",
    "day",
    "Thursday",
    "yesterday",
    "from",
    "to",
    "between",
    "and",
    "of",
    "that",
    "will",
    "was",
    "who",
    ",",
    "in",
    "mid",
    "th",
    "Feb",
    "29",
    "\n",
    " ",
    " ",
    " ",
    "年",
    "😀",
    "\u{0}",
    "é",
    "999999999999",
    "4294967295",
];

#[test]
fn random_token_soup_never_panics() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let anchors = [
        None,
        NaiveDate::from_ymd_opt(2024, 2, 29),
        NaiveDate::from_ymd_opt(2023, 1, 1),
        Some(NaiveDate::MIN),
        Some(NaiveDate::MAX),
    ];
    for round in 0..400 {
        let mut text = String::new();
        for _ in 0..rng.below(60) {
            let piece = PIECES[rng.below(PIECES.len())];
            text.push_str(piece);
            if rng.below(3) > 0 {
                text.push(' ');
            }
        }
        let mentions = find_dates(&text);
        check_spans(&text, &mentions);
        let resolver = Resolver::new(anchors[round % anchors.len()], &mentions);
        for m in &mentions {
            let r = resolver.resolve(m);
            if let Some(v) = r.value {
                assert!(!v.is_empty());
            }
        }
    }
}

#[test]
fn random_unicode_never_panics() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..200 {
        let text: String = (0..rng.below(200))
            .map(|_| {
                let pick = rng.below(4);
                let code = match pick {
                    0 => 0x20 + rng.below(0x5F) as u32,
                    1 => 0x30 + rng.below(10) as u32,
                    2 => rng.below(0x3000) as u32,
                    _ => rng.below(0x11_0000) as u32,
                };
                char::from_u32(code).unwrap_or('?')
            })
            .collect();
        let mentions = find_dates(&text);
        check_spans(&text, &mentions);
        let resolver = Resolver::new(NaiveDate::from_ymd_opt(2023, 4, 13), &mentions);
        for m in &mentions {
            let _ = resolver.resolve(m);
        }
    }
}
