//! The date layer: every date expression of the text, resolved against the publication date
//! by `chronicle-dates`, placed on the token layer.

use chronicle_dates::{find_dates, shift_day_value, Resolver};

use crate::analysis::{Analysis, DateSpan};
use crate::NaiveDate;

pub fn annotate(a: &mut Analysis, published: Option<NaiveDate>) {
    let mentions = find_dates(a.doc.text());
    let resolver = Resolver::new(published, &mentions);
    let mut spans = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let (bs, be) = (a.doc.byte_offset(m.start), a.doc.byte_offset(m.end));
        let mut start = a.doc.token_at(bs);
        // "in mid-April": a date inside a hyphenated token spans that token.
        if start > 0 && a.doc.tokens[start - 1].end > bs {
            start -= 1;
        }
        let end = a.doc.token_at(be);
        if start >= end {
            continue;
        }
        let resolved = resolver.resolve(m);
        // "adjourned the case to June 14", written on May 30: a date after publication is
        // still to come even when no word says so.
        let after_publication = match (published, resolved.value.as_deref()) {
            // (Not an ISO week "2025-W10", which is no calendar date to compare.)
            (Some(p), Some(v))
                if v.len() >= 7
                    && v.starts_with(|c: char| c.is_ascii_digit())
                    && v.as_bytes()[5].is_ascii_digit() =>
            {
                let p = p.format("%Y-%m-%d").to_string();
                v > &p[..v.len().min(p.len())]
            }
            // "would not seek accession talks until 2028", written in 2024: a later year.
            (Some(p), Some(v)) if v.len() == 4 => v
                .parse::<i32>()
                .is_ok_and(|y| y > chrono::Datelike::year(&p)),
            _ => false,
        };
        spans.push(DateSpan {
            start,
            end,
            text: m.text.clone(),
            value: resolved.value,
            precision: resolved.precision.as_str(),
            future: m.future || after_publication,
            days_after_previous: match m.expr {
                chronicle_dates::DateExpr::DaysAfterPrevious(n) => Some(n),
                chronicle_dates::DateExpr::WeeksAfterPrevious(n) => Some(7 * n),
                _ => None,
            },
            dates_saying: m.dates_saying,
            put_off: m.put_off,
        });
    }
    a.dates = spans;
}

/// The family of happening a noun names ("the vote" finds "the Jan. 7 general election"),
/// as `data/lexicons/happenings.tsv` groups them.
fn happening_family(a: &Analysis, noun: &str) -> Option<&'static str> {
    a.lex.happening_nouns.get(noun).copied()
}

/// A small count of days told at token `k` ("two", "3").
fn count_at(a: &Analysis, k: usize) -> Option<i64> {
    let (n, _) = crate::numbers::number_at(a, k)?;
    (n.fract() == 0.0 && (0.0..=60.0).contains(&n)).then_some(n as i64)
}

/// "... the results of the Jan. 7 general election ... Two days after the vote, supporters
/// marched": a span counted from a happening the report has dated is resolved from that
/// date; and "the following day" after it counts from the day so found.
pub fn anchor_to_happenings(a: &mut Analysis) {
    let mut resolved: Vec<usize> = Vec::new();
    // Days told only as what a count starts from ("the Oct. 26 election" in "two days after
    // the Oct. 26 election"): a later "the next morning" counts from the day counted to.
    let mut anchors: Vec<usize> = Vec::new();
    for i in 0..a.dates.len() {
        let d = &a.dates[i];
        if d.value.is_some() || d.end < d.start + 2 {
            continue;
        }
        let words: Vec<&str> = (d.start..d.end).map(|k| a.norm(k)).collect();
        // "Hours after the verdict, police arrested ...": the verdict's day.
        let (n, unit, dir) = match words[..] {
            ["hours", dir] => (0, "day", dir),
            [count, unit, dir] => {
                let n = match count {
                    "a" | "an" => Some(1),
                    _ => count_at(a, d.start),
                };
                let Some(n) = n else {
                    continue;
                };
                (n, unit, dir)
            }
            _ => continue,
        };
        // Weeks are told loosely ("four weeks after the vote, on Aug. 27"): days only.
        let per = match unit {
            "day" | "days" => 1,
            _ => continue,
        };
        let sign = match dir {
            "after" => 1,
            "before" => -1,
            _ => continue,
        };
        let noun_at = if a.norm(d.end) == "the" {
            d.end + 1
        } else {
            d.end
        };
        // "two days after the Oct. 26 parliamentary election": the day is told right there.
        let told_here = a.dates.iter().position(|x| {
            x.start == noun_at
                && x.value.is_some()
                && x.precision == "day"
                && (x.end..x.end + 4).any(|t| happening_family(a, a.norm(t)).is_some())
        });
        let anchor = match told_here {
            Some(j) => Some(j),
            None => {
                let Some(family) = happening_family(a, a.norm(noun_at)) else {
                    continue;
                };
                happening_day(a, family, a.dates[i].start)
            }
        };
        let Some(value) = anchor.and_then(|j| a.dates[j].value.clone()) else {
            continue;
        };
        if let Some(v) = shift_day_value(&value, sign * n * per) {
            a.dates[i].value = Some(v);
            a.dates[i].precision = "day";
            resolved.push(i);
            anchors.extend(told_here);
        }
    }
    // "The following day, detectives arrested ...": count again from a day found above.
    for i in 0..a.dates.len() {
        let Some(days) = a.dates[i].days_after_previous else {
            continue;
        };
        let previous = (0..i).rev().find(|&j| {
            a.dates[j].precision == "day" && a.dates[j].value.is_some() && !anchors.contains(&j)
        });
        let Some(j) = previous.filter(|j| resolved.contains(j)) else {
            continue;
        };
        let value = a.dates[j].value.clone().unwrap_or_default();
        if let Some(v) = shift_day_value(&value, days) {
            a.dates[i].value = Some(v);
            a.dates[i].precision = "day";
            resolved.push(i);
        }
    }
}

/// The latest date before token `before` that is the very day of a happening of `family`
/// ("the Jan. 7 general election", "the election of 12 April 2023"), not a day counted from
/// one ("two days after the vote").
fn happening_day(a: &Analysis, family: &str, before: usize) -> Option<usize> {
    (0..a.dates.len()).rev().find(|&j| {
        let x = &a.dates[j];
        x.end <= before
            && x.value.is_some()
            && x.precision == "day"
            && !matches!(a.norm(x.end - 1), "after" | "before")
            && ((x.end..x.end + 4).any(|t| happening_family(a, a.norm(t)) == Some(family))
                // "the municipal election of 12 April 2023", "the vote on March 5".
                || (x.start >= 2
                    && matches!(a.norm(x.start - 1), "of" | "on")
                    && happening_family(a, a.norm(x.start - 2)) == Some(family))
                // "Some 80 protesters gathered outside the city hall on Feb. 10": the day of
                // the verb that tells the happening, in the date's sentence.
                || told_by_verb(a, family, x)
                // "detained on June 3, when gendarmes entered the campus to break up a
                // protest": the day a clause after it sets the happening on.
                || (a.norm(x.end) == ","
                    && a.norm(x.end + 1) == "when"
                    && (x.end + 2..(x.end + 16).min(a.sentence_range(x.start).end))
                        .any(|t| happening_family(a, a.norm(t)) == Some(family))))
    })
}

/// Whether a verb telling a happening of `family` stands within a few words of the date `x`,
/// in its sentence.
fn told_by_verb(a: &Analysis, family: &str, x: &DateSpan) -> bool {
    let sentence = a.sentence_range(x.start);
    let near = sentence.start.max(x.start.saturating_sub(10))..sentence.end.min(x.end + 6);
    near.into_iter().any(|k| {
        a.shape(k) == chronicle_text::TokenShape::Lower
            && a.norm(k).ends_with("ed")
            && a.lex
                .happening_verbs
                .iter()
                .any(|&(verb, of)| of == family && a.has_lemma(k, verb))
    })
}

/// "On the eve of the vote, police searched the party's office", "Hours before the vote,
/// police detained ...", "The day after the raid, police detained ...": a day told from a
/// happening the report has dated, added as a day-precision date over those words.
pub fn eve_of_happenings(a: &mut Analysis) {
    let mut found = Vec::new();
    for k in 1..a.len().saturating_sub(3) {
        // The words' first token, the token after them, and the days they shift by.
        let (first, after, shift) = match (a.norm(k - 1), a.norm(k), a.norm(k + 1)) {
            ("the", "eve", "of") => (k - 1, k + 2, -1),
            // ("48 hours after the vote" may be another day.)
            (count, "hours" | "minutes", "before" | "after")
                if a.shape(k - 1) != chronicle_text::TokenShape::Number
                    && !a.lex.numbers.contains_key(count) =>
            {
                (k, k + 2, 0)
            }
            ("the", "day", "before") => (k - 1, k + 2, -1),
            ("the", "day", "after") => (k - 1, k + 2, 1),
            // "was held on the day of the rally"
            ("the", "day", "of") => (k - 1, k + 2, 0),
            _ => continue,
        };
        // (Not what a date already holds: "two days after the vote".)
        if a.dates.iter().any(|d| d.start <= k && d.end > k) {
            continue;
        }
        let noun_at = if a.norm(after) == "the" {
            after + 1
        } else {
            after
        };
        // "on the eve of the Aug. 23 general election": the happening's own date, then its
        // noun after a word or two.
        let dated = a
            .dates
            .iter()
            .position(|d| d.start == noun_at && d.value.is_some());
        let (noun_at, anchor) = match dated {
            Some(d) => {
                let end = a.dates[d].end;
                let Some(noun) = (end..(end + 3).min(a.len()))
                    .find(|&j| happening_family(a, a.norm(j)).is_some())
                else {
                    continue;
                };
                (noun, Some(d))
            }
            None => {
                let Some(family) = happening_family(a, a.norm(noun_at)) else {
                    continue;
                };
                (noun_at, happening_day(a, family, k))
            }
        };
        let Some(value) = anchor.and_then(|j| a.dates[j].value.as_deref()) else {
            continue;
        };
        if let Some(v) = shift_day_value(value, shift) {
            // The span holds the happening counted from, which is no event of its own here.
            found.push(DateSpan {
                start: first,
                end: noun_at + 1,
                text: a.span_text(first, noun_at + 1).to_string(),
                value: Some(v),
                precision: "day",
                future: false,
                days_after_previous: None,
                dates_saying: false,
                put_off: false,
            });
        }
    }
    a.dates.extend(found);
    a.dates.sort_by_key(|d| d.start);
}

/// "10:40 a.m. — Police have detained ...", "By 3 p.m., police had detained ...": a clock
/// time opening a paragraph of a report tells of the day it was published (a live blog's
/// entries). Added as a day-precision date over the time's tokens.
pub fn clock_times(a: &mut Analysis, published: Option<NaiveDate>) {
    let Some(p) = published else {
        return;
    };
    let mut found = Vec::new();
    for s in 0..a.doc.sentences.len() {
        let range = a.doc.sentences[s].tokens.clone();
        let opens_paragraph = s == 0 || !a.same_paragraph(s - 1, s);
        if !opens_paragraph {
            continue;
        }
        let mut k = range.start;
        if matches!(a.norm(k), "by" | "at" | "around" | "shortly") {
            k += 1;
        }
        let Some(end) = clock_at(a, k) else {
            continue;
        };
        if a.dates.iter().any(|d| d.start < end && k < d.end) {
            continue;
        }
        found.push(DateSpan {
            start: k,
            end,
            text: a.span_text(k, end).to_string(),
            value: Some(p.format("%Y-%m-%d").to_string()),
            precision: "day",
            future: false,
            days_after_previous: None,
            dates_saying: false,
            put_off: false,
        });
    }
    a.dates.extend(found);
    a.dates.sort_by_key(|d| d.start);
}

/// The end of a clock time at token `k` ("10:40 a.m.", "3 p.m.", "15:30").
fn clock_at(a: &Analysis, k: usize) -> Option<usize> {
    let t = a.text(k);
    let hour_minute = t.split_once(':').is_some_and(|(h, m)| {
        h.len() <= 2
            && m.len() == 2
            && h.chars().all(|c| c.is_ascii_digit())
            && m.chars().all(|c| c.is_ascii_digit())
    });
    let mut end = if hour_minute {
        k + 1
    } else if t.len() <= 2 && t.chars().all(|c| c.is_ascii_digit()) {
        // "10 : 40" split in three, or "3" before "p.m."
        if a.norm(k + 1) == ":" && a.text(k + 2).len() == 2 {
            k + 3
        } else {
            k + 1
        }
    } else {
        return None;
    };
    let meridiem = |w: &str| matches!(w, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m");
    if meridiem(a.norm(end)) {
        end += 1;
    } else if a.norm(end) == "a" || a.norm(end) == "p" {
        // "a.m." split into "a", ".", "m", "."
        while end < a.len() && matches!(a.norm(end), "a" | "p" | "." | "m") {
            end += 1;
        }
    } else if !hour_minute {
        return None;
    }
    Some(end)
}
