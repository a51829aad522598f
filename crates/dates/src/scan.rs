//! The scan: date patterns (in `patterns.rs`) tried left to right over the token stream, and
//! the building blocks they share (a month name, a day, a year, what licenses a bare month).
//!
//! At each token the scanner tries the patterns that can start there (a modifier such as "last",
//! a month name, a weekday, a number, a relative word, a vague phrase); the first that matches
//! is kept and the scan resumes after it, so mentions never overlap. Each pattern looks at a
//! handful of tokens, which keeps the whole scan linear in the length of the text.

use crate::expr::{DateExpr, DateMention, PartialDate, Relative, Shift, YearRef};
use crate::lexicon::{
    Lexicon, Tag, Unit, WordInfo, CLAUSE_BREAK, COUNT_NOUN, DATE_CUE, LEXICON, PUT_OFF, REPORTING,
};
use crate::tense::Tense;
use crate::token::{tokenize, TokKind, Token};

mod patterns;

/// Years a four-digit number may stand for.
pub(crate) const YEAR_MIN: i32 = 1800;
pub(crate) const YEAR_MAX: i32 = 2099;

/// Largest count accepted in "N days ago" (larger ones are not dates).
const MAX_COUNT: u32 = 10_000;

/// Finds the date expressions in `text`, sorted by position and non-overlapping, with char offsets.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let lex = &*LEXICON;
    let toks = tokenize(text, lex);
    let scan = Scan {
        text,
        toks: &toks,
        lex,
    };
    let tense = Tense::new(text, &toks, lex);
    let mut out = Vec::new();
    let mut prev_end: Option<usize> = None;
    let mut sentence_start = 0;
    // The sentence opens with a stated year ("In 2019, ..."): later yearless dates in it share it.
    let mut year_opened: Option<u32> = None;
    // The year a headline (a first line with no closing full stop) sets the report in:
    // "Kazakhstan: rights groups document arrests in 2023".
    let first_line = text.find('\n').unwrap_or(text.len());
    let headline = !text[..first_line]
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”']);
    let first_paragraph_end = if headline { first_line } else { 0 };
    let mut scene: Option<i32> = None;
    let mut i = 0;
    while i < toks.len() {
        if i > 0 && toks[i].sentence != toks[i - 1].sentence {
            sentence_start = i;
        }
        match scan.match_at(i, prev_end) {
            Some(mut hit) => {
                let sentence = toks[hit.first].sentence;
                scene = scene_year(&scan, &hit, first_paragraph_end, scene);
                if year_opened == Some(sentence) {
                    hit.expr = in_stated_year(hit.expr);
                } else if hit.first <= sentence_start + 2
                    && states_year(&hit.expr)
                    && scan.punct(hit.last + 1) == Some(',')
                {
                    year_opened = Some(sentence);
                } else if let (Some(year), DateExpr::Absolute(p)) = (scene, hit.expr) {
                    if p.year.is_none() && p.month.is_some() {
                        hit.expr = DateExpr::InYear(p, YearRef::Scene(year));
                    }
                }
                out.push(scan.mention(&hit, &tense));
                prev_end = Some(hit.last);
                i = hit.last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// The report's scene year after `hit`: set by a year told alone after "in" in the headline
/// ("arrests of oil workers in 2023", not "the 2020 protests"); kept by the same year told
/// again; ended by another.
fn scene_year(
    scan: &Scan,
    hit: &Hit,
    first_paragraph_end: usize,
    scene: Option<i32>,
) -> Option<i32> {
    let DateExpr::Absolute(p) = hit.expr else {
        return scene;
    };
    let Some(year) = p.year else {
        return scene;
    };
    // "... in 2023", "... during 2023", or a year closing the headline after a comma:
    // "Azerbaijan: arrests and pressure on journalists in the regions, 2023".
    let closes_headline = scan.punct(hit.first.wrapping_sub(1)) == Some(',')
        && scan
            .toks
            .get(hit.last + 1)
            .is_none_or(|t| t.b0 >= first_paragraph_end);
    let sets = p.month.is_none()
        && scan.toks[hit.last].b1 <= first_paragraph_end
        && hit.first > 0
        && (scan.word_is(hit.first - 1, "in")
            || scan.word_is(hit.first - 1, "during")
            || closes_headline
            // "rights monitor's 2025 summary", "the 2023 annual report": a report on a year.
            || ["summary", "report", "review", "roundup", "round-up", "annual", "overview"]
                .iter()
                .any(|w| scan.word_is(hit.last + 1, w)));
    if sets {
        Some(year)
    } else if scene == Some(year) {
        scene
    } else {
        None
    }
}

fn states_year(expr: &DateExpr) -> bool {
    matches!(expr, DateExpr::Absolute(p) | DateExpr::Range(p, _) if p.year.is_some())
}

/// A yearless month (and day) in a sentence that opened with a year takes that year.
fn in_stated_year(expr: DateExpr) -> DateExpr {
    match expr {
        DateExpr::Absolute(p) if p.year.is_none() && p.month.is_some() => {
            DateExpr::InYear(p, YearRef::Previous(0))
        }
        other => other,
    }
}

/// A match: tokens `first..=last` and what they mean.
struct Hit {
    first: usize,
    last: usize,
    expr: DateExpr,
}

fn hit(first: usize, last: usize, expr: DateExpr) -> Option<Hit> {
    Some(Hit { first, last, expr })
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'a Lexicon,
}

const NO_INFO: WordInfo = WordInfo {
    month: None,
    weekday: None,
    number: None,
    rel_day: None,
    tag: None,
    flags: 0,
};

impl Scan<'_> {
    // ---- token helpers ----

    fn info(&self, i: usize) -> &WordInfo {
        match self.toks.get(i) {
            Some(t) if t.id != 0 => self.lex.info(t.id),
            _ => &NO_INFO,
        }
    }

    fn tag(&self, i: usize) -> Option<Tag> {
        self.info(i).tag
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            TokKind::Punct(c) => Some(c),
            _ => None,
        }
    }

    fn is_number(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Number)
    }

    /// Token `i` exists and token `i + 1` starts right where it ends.
    fn touches(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.touches(b),
            _ => false,
        }
    }

    fn is_dash(&self, i: usize) -> bool {
        matches!(
            self.punct(i),
            Some('-' | '\u{2013}' | '\u{2010}' | '\u{2011}')
        )
    }

    /// "to", "through", "until", or a dash: what joins the two ends of a range.
    fn is_range_joiner(&self, i: usize, after_between: bool) -> bool {
        self.is_dash(i)
            || self.tag(i) == Some(Tag::To)
            || (after_between && self.tag(i) == Some(Tag::And))
    }

    /// "5/6 March", "March 5/6": a night told by the two days it spans, written with a slash
    /// and no spaces, from token `i`: the two days and the last token. (Not "5/6/2024", a
    /// date in numbers.)
    fn night_pair(&self, i: usize) -> Option<(u32, u32, usize)> {
        let small = |k: usize| {
            let t = self.toks.get(k)?;
            (t.kind == TokKind::Number && t.digits <= 2).then_some(t.value?)
        };
        let (d, d2) = (small(i)?, small(i + 2)?);
        let joined = self.touches(i) && self.touches(i + 1);
        let more = self.touches(i + 2)
            && (self.punct(i + 3) == Some('/') || self.is_number(i + 3) || self.is_dash(i + 3));
        (joined
            && !more
            && self.punct(i + 1) == Some('/')
            && !self.number_preceded(i)
            && (1..=30).contains(&d)
            && d2 == d + 1)
            .then_some((d, d2, i + 2))
    }

    /// The word before token `first` is "between".
    fn after_between(&self, first: usize) -> bool {
        first
            .checked_sub(1)
            .is_some_and(|p| self.tag(p) == Some(Tag::Between))
    }

    /// Token `i` is followed by a possessive "'s".
    fn possessive(&self, i: usize) -> bool {
        self.touches(i)
            && self.punct(i + 1) == Some('\'')
            && self.touches(i + 1)
            && self.word_is(i + 2, "s")
    }

    /// "that" or "this" standing for the happening just told ("a week after that, ..."), not
    /// a determiner ("a week after that vote").
    fn that_or_this(&self, i: usize) -> bool {
        const CLAUSE_OPENERS: &[&str] = &["he", "she", "they", "it", "we", "a", "an", "the"];
        (self.word_is(i, "that") || self.word_is(i, "this"))
            && self.toks.get(i + 1).is_none_or(|t| {
                t.kind != TokKind::Word || CLAUSE_OPENERS.iter().any(|w| self.word_is(i + 1, w))
            })
    }

    fn word_is(&self, i: usize, word: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokKind::Word && self.text[t.b0..t.b1].eq_ignore_ascii_case(word)
        })
    }

    /// A number token continues as a bigger number ("1,000", "3.5") or a measure ("5%", "3km").
    fn number_continues(&self, i: usize) -> bool {
        if !self.touches(i) {
            return false;
        }
        match self.toks.get(i + 1).map(|t| t.kind) {
            Some(TokKind::Punct(',' | '.' | ':' | '/')) => {
                self.touches(i + 1) && self.is_number(i + 2)
            }
            Some(TokKind::Punct('%')) | Some(TokKind::Number) => true,
            Some(TokKind::Word) => self.tag(i + 1) != Some(Tag::Ordinal),
            _ => false,
        }
    }

    /// A number token is the tail of a bigger number ("1.5", "3,000") or glued to a word or sign.
    fn number_preceded(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if !self.touches(p) {
            return false;
        }
        match self.toks[p].kind {
            TokKind::Punct('(' | '"' | '\'' | '\u{201c}' | '[') => false,
            TokKind::Punct('-' | '\u{2013}') => {
                // "mid-2022" and the "5" of "3-5 May" are dates; "A-2019" is not.
                p.checked_sub(1)
                    .is_none_or(|w| self.info(w).flags & DATE_CUE == 0 && !self.is_number(w))
            }
            _ => true,
        }
    }

    // ---- building blocks ----

    /// A capitalised month name at `i`: (month, is abbreviation, last token incl. a trailing
    /// abbreviation full stop).
    fn month_at(&self, i: usize) -> Option<(u32, bool, usize)> {
        let t = self.toks.get(i)?;
        if !t.cap || t.kind != TokKind::Word {
            return None;
        }
        let (m, abbrev) = self.info(i).month?;
        let last = if abbrev && self.touches(i) && self.punct(i + 1) == Some('.') {
            i + 1
        } else {
            i
        };
        Some((m, abbrev, last))
    }

    /// A day of the month at `i` ("12", "12th"): (day, last token).
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Number || t.digits > 2 {
            return None;
        }
        let d = t.value?;
        if !(1..=31).contains(&d) || self.number_continues(i) || self.number_preceded(i) {
            return None;
        }
        if self.touches(i) && self.tag(i + 1) == Some(Tag::Ordinal) {
            return Some((d, i + 1));
        }
        // "to 5 years", "3 to 15 days": a count, not a day; but "the March 31 local
        // elections" and "on March 10 police searched" are days ("in March 31 people were
        // detained" is not).
        let next = self.info(i + 1);
        let after_the_month = i.checked_sub(1).is_some_and(|p| {
            (p.saturating_sub(1)..=p).any(|q| {
                q > 0
                    && matches!(self.tag(q - 1), Some(Tag::The | Tag::On))
                    && self.month_at(q).is_some_and(|(_, _, e)| e == p)
            })
        });
        if matches!(next.tag, Some(Tag::Unit(..)))
            || (next.flags & COUNT_NOUN != 0 && !after_the_month)
        {
            return None;
        }
        Some((d, i))
    }

    /// A four-digit year at `i` that is not part of a bigger number or a count ("2000 people").
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Number || t.digits != 4 {
            return None;
        }
        let y = i32::try_from(t.value?).ok()?;
        if !(YEAR_MIN..=YEAR_MAX).contains(&y) || self.number_continues(i) {
            return None;
        }
        // "2024 local elections" after a month or "the" is a year; "2024 local residents"
        // alone is a count.
        let after_month_or_the = i.checked_sub(1).is_some_and(|p| {
            self.tag(p) == Some(Tag::The)
                || (p.saturating_sub(1)..=p)
                    .any(|q| self.month_at(q).is_some_and(|(_, _, e)| e == p))
        });
        // ("the March 31, 2024 local elections": so is one after a month, a day and a comma.)
        let after_month_day = i >= 3
            && self.punct(i - 1) == Some(',')
            && self.day_at(i - 2).is_some()
            && self.month_at(i - 3).is_some();
        let after_month_or_the = after_month_or_the || after_month_day;
        if self.info(i + 1).flags & COUNT_NOUN != 0 && !after_month_or_the {
            return None;
        }
        Some((y, i))
    }

    /// A year right after a date, optionally after a comma: "April 12, 2023".
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        if self.punct(i) == Some(',') {
            self.year_at(i + 1)
        } else {
            self.year_at(i)
        }
    }

    /// The word before `i` lets a bare month or year at `i` be a date ("in March", "since 2019").
    fn licensed(&self, i: usize, prev_end: Option<usize>) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let prev = self.info(p);
        if prev.flags & DATE_CUE != 0 || prev.tag == Some(Tag::Unit(Unit::Year, false)) {
            return true;
        }
        // "mid-March", "early-2020"
        if self.is_dash(p)
            && self.touches(p)
            && p.checked_sub(1)
                .is_some_and(|w| self.info(w).flags & DATE_CUE != 0)
        {
            return true;
        }
        // "March and April", "2019, 2020": continues a list that starts with a date.
        let joins = matches!(prev.tag, Some(Tag::And | Tag::To))
            || self.word_is(p, "or")
            || self.punct(p) == Some(',');
        if joins && prev_end.is_some() && prev_end == p.checked_sub(1) {
            return true;
        }
        // "Russia's 2024 election"
        let after_possessive = prev.tag == Some(Tag::PluralS)
            && p.checked_sub(1)
                .is_some_and(|q| self.punct(q) == Some('\'') && self.touches(q));
        after_possessive || self.punct(p) == Some('(')
    }

    // ---- the mention ----

    fn mention(&self, h: &Hit, tense: &Tense) -> DateMention {
        let (a, b) = (&self.toks[h.first], &self.toks[h.last]);
        DateMention {
            start: a.c0,
            end: b.c1,
            text: self.text[a.b0..b.b1].to_string(),
            expr: h.expr,
            future: self.is_future(h, tense),
            sentence: a.sentence as usize,
            background: self.in_pluperfect(h),
            dates_saying: self.dates_a_saying(h),
            put_off: self.put_off_to(h),
            names_happening: self.names_happening(h),
        }
    }

    /// "the July 2022 unrest": "the" before the mention and a noun after it. (A word of the
    /// date cues or clause breaks, `data/dates/`, or one of a few verbs and prepositions is no
    /// noun.)
    fn names_happening(&self, h: &Hit) -> bool {
        let next = h.last + 1;
        let noun_after = self.toks.get(next).is_some_and(|t| {
            let w = &self.text[t.b0..t.b1];
            t.kind == TokKind::Word
                && w.starts_with(|c: char| c.is_lowercase())
                && self.info(next).flags & (DATE_CUE | CLAUSE_BREAK) == 0
                && !matches!(
                    w,
                    "or" | "to"
                        | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "had"
                        | "the"
                        | "a"
                        | "an"
                )
        });
        h.first > 0 && self.word_is(h.first - 1, "the") && noun_after
    }

    /// "adjourned the trial of journalist X until March 18": the day a hearing is put off to
    /// (`data/dates/put_off_verbs.txt`), however many words stand between; "remanded the case
    /// to March 12" too (not "remanded in custody until April 4", custody's end).
    fn put_off_to(&self, h: &Hit) -> bool {
        let sentence = self.toks[h.first].sentence;
        let remands_the_case = |k: usize| {
            ["remand", "remands", "remanded"]
                .iter()
                .any(|w| self.word_is(k, w))
                && ["case", "hearing"].iter().any(|w| self.word_is(k + 2, w))
        };
        h.first > 0
            && ["until", "till", "to"]
                .iter()
                .any(|w| self.word_is(h.first - 1, w))
            && (h.first.saturating_sub(14)..h.first - 1).any(|k| {
                self.toks[k].sentence == sentence
                    && (self.info(k).flags & PUT_OFF != 0 || remands_the_case(k))
            })
    }

    /// "the outlet's lawyer told reporters on Friday", "said in a statement on Monday": the day
    /// a report was given, not a day its narration counts on from ("detained the same day").
    fn dates_a_saying(&self, h: &Hit) -> bool {
        let Some(on) = h.first.checked_sub(1).filter(|&k| self.word_is(k, "on")) else {
            return false;
        };
        let sentence = self.toks[h.first].sentence;
        // (`data/dates/reporting_verbs.txt`.)
        let said = (on.saturating_sub(5)..on)
            .rev()
            .find(|&k| self.info(k).flags & REPORTING != 0);
        said.is_some_and(|s| {
            (s + 1..on).all(|k| {
                let t = &self.toks[k];
                let word = &self.text[t.b0..t.b1];
                t.sentence == sentence
                    && t.kind == TokKind::Word
                    && (word.starts_with(char::is_uppercase)
                        || [
                            "reporters",
                            "journalists",
                            "a",
                            "the",
                            "in",
                            "at",
                            "by",
                            "statement",
                            "news",
                            "conference",
                            "briefing",
                            "telephone",
                            "phone",
                        ]
                        .contains(&word))
            })
        })
    }

    /// "had refused on Jan. 12": a "had" a few words before the mention, in its clause.
    fn in_pluperfect(&self, h: &Hit) -> bool {
        let sentence = self.toks[h.first].sentence;
        (h.first.saturating_sub(8)..h.first)
            .rev()
            .take_while(|&k| {
                self.toks[k].sentence == sentence && !matches!(self.punct(k), Some(',' | ';'))
            })
            .any(|k| self.word_is(k, "had"))
    }

    fn is_future(&self, h: &Hit, tense: &Tense) -> bool {
        if let DateExpr::Relative(rel) = h.expr {
            match rel {
                Relative::Days(n)
                | Relative::Weeks(n)
                | Relative::Weekend(n)
                | Relative::Months(n)
                | Relative::Years(n)
                    if n != 0 =>
                {
                    return n > 0
                }
                Relative::Weekday { shift: Some(s), .. }
                | Relative::NamedMonth { shift: s, .. }
                    if s != Shift::This =>
                {
                    return s == Shift::Next
                }
                _ => {}
            }
        }
        if let DateExpr::InYear(_, YearRef::Published(n)) = h.expr {
            if n != 0 {
                return n > 0;
            }
        }
        // The day a hearing is put off to is still to come.
        if self.put_off_to(h) {
            return true;
        }
        // "said on Monday": the date of the saying, whatever the clause says about the future.
        let mut p = h.first.checked_sub(1);
        if let Some(q) = p.filter(|&q| self.tag(q) == Some(Tag::On)) {
            p = q.checked_sub(1);
        }
        if p.is_some_and(|q| self.info(q).flags & REPORTING != 0) {
            return false;
        }
        tense.future_at(self.toks[h.first].clause, h.first)
    }
}

/// Whether a partial date can exist (February 29 needs a leap year only when the year is given).
pub(crate) fn valid(p: PartialDate) -> bool {
    let Some(m) = p.month else {
        return p.day.is_none();
    };
    let Some(d) = p.day else {
        return (1..=12).contains(&m);
    };
    d >= 1 && d <= days_in_month(p.year.unwrap_or(2000), m)
}

pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}
