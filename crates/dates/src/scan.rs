//! The date patterns, tried left to right over the token stream.
//!
//! At each token the scanner tries the patterns that can start there (a modifier such as "last",
//! a month name, a weekday, a number, a relative word, a vague phrase); the first that matches
//! is kept and the scan resumes after it, so mentions never overlap. Each pattern looks at a
//! handful of tokens, which keeps the whole scan linear in the length of the text.

use crate::expr::{DateExpr, DateMention, PartialDate, Relative, Shift, YearRef};
use crate::lexicon::{
    phrase_end, Lexicon, PhraseTok, Tag, Unit, WordInfo, COUNT_NOUN, DATE_CUE, LEXICON, REPORTING,
    STARTS_VAGUE, YEAR_CUE,
};
use crate::tense::Tense;
use crate::token::{tokenize, TokKind, Token};

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
    let mut i = 0;
    while i < toks.len() {
        if i > 0 && toks[i].sentence != toks[i - 1].sentence {
            sentence_start = i;
        }
        match scan.match_at(i, prev_end) {
            Some(mut hit) => {
                let sentence = toks[hit.first].sentence;
                if year_opened == Some(sentence) {
                    hit.expr = in_stated_year(hit.expr);
                } else if hit.first <= sentence_start + 2
                    && states_year(&hit.expr)
                    && scan.punct(hit.last + 1) == Some(',')
                {
                    year_opened = Some(sentence);
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
        // "to 5 years", "3 to 15 days": a count, not a day.
        let next = self.info(i + 1);
        if matches!(next.tag, Some(Tag::Unit(..))) || next.flags & COUNT_NOUN != 0 {
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
        if self.info(i + 1).flags & COUNT_NOUN != 0 {
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

    // ---- patterns ----

    fn match_at(&self, i: usize, prev_end: Option<usize>) -> Option<Hit> {
        let t = &self.toks[i];
        match t.kind {
            TokKind::Punct(_) => None,
            TokKind::Word if t.id == 0 => None,
            TokKind::Word => self
                .relative_led(i)
                .or_else(|| self.month_led(i, prev_end))
                .or_else(|| self.weekday_led(i))
                .or_else(|| self.relative_day(i))
                .or_else(|| self.previous_day_led(i))
                .or_else(|| self.count_led(i))
                .or_else(|| self.unit_led(i))
                .or_else(|| self.vague_phrase(i)),
            TokKind::Number => self
                .iso_date(i)
                .or_else(|| self.year_range(i))
                .or_else(|| self.decade(i))
                .or_else(|| self.numeric_date(i))
                .or_else(|| self.day_month(i))
                .or_else(|| self.count_led(i))
                .or_else(|| self.bare_year(i, prev_end)),
        }
    }

    /// "last week", "this month", "next year", "earlier this month", "last Thursday",
    /// "last November", "last night", "this morning".
    fn relative_led(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if matches!(self.tag(j), Some(Tag::Earlier | Tag::Later))
            && self.tag(j + 1) == Some(Tag::This)
        {
            j += 1;
        }
        let (shift, offset) = match self.tag(j)? {
            Tag::Last => (Shift::Last, -1),
            Tag::This => (Shift::This, 0),
            Tag::Next => (Shift::Next, 1),
            _ => return None,
        };
        let k = j + 1;
        let rel = match self.tag(k) {
            Some(Tag::Unit(Unit::Week, false)) => Relative::Weeks(offset),
            Some(Tag::Unit(Unit::Month, false)) => Relative::Months(offset),
            Some(Tag::Unit(Unit::Year, false)) => Relative::Years(offset),
            Some(Tag::Weekend) => Relative::Weekend(offset),
            Some(Tag::Night) if shift == Shift::Last => Relative::Days(-1),
            Some(Tag::Night | Tag::DayPart) if shift == Shift::This => Relative::Days(0),
            _ => {
                if let Some(weekday) = self.info(k).weekday.filter(|_| self.toks[k].cap) {
                    let last = self.daypart_after(k);
                    return hit(
                        i,
                        last,
                        DateExpr::Relative(Relative::Weekday {
                            weekday,
                            shift: Some(shift),
                        }),
                    );
                }
                let (month, abbrev, last) = self.month_at(k)?;
                // "last May 5" is read by the month pattern; an abbreviation needs a day.
                if abbrev || self.day_at(last + 1).is_some() {
                    return None;
                }
                return hit(
                    i,
                    last,
                    DateExpr::Relative(Relative::NamedMonth { month, shift }),
                );
            }
        };
        hit(i, k, DateExpr::Relative(rel))
    }

    /// The last token of a weekday with an optional "night"/"morning" after it.
    fn daypart_after(&self, k: usize) -> usize {
        if matches!(self.tag(k + 1), Some(Tag::Night | Tag::DayPart)) {
            k + 1
        } else {
            k
        }
    }

    /// "April 12", "April 12, 2023", "Dec. 5", "May 3-5", "May 3 to June 5", "March 2022",
    /// "in March", "from March to May".
    fn month_led(&self, i: usize, prev_end: Option<usize>) -> Option<Hit> {
        let (m, abbrev, j) = self.month_at(i)?;
        let between = self.after_between(i);
        if let Some((d, dj)) = self.day_at(j + 1) {
            let mut second: Option<(u32, u32, usize)> = None;
            if self.is_range_joiner(dj + 1, between) {
                if let Some((d2, e)) = self.day_at(dj + 2).filter(|&(d2, _)| d2 > d) {
                    second = Some((m, d2, e));
                } else if let Some((m2, _, mj)) = self.month_at(dj + 2) {
                    second = self.day_at(mj + 1).map(|(d2, e)| (m2, d2, e));
                }
            }
            let second = second.filter(|&(m2, d2, _)| valid(PartialDate::ymd(None, m2, d2)));
            let mut end = second.map_or(dj, |(_, _, e)| e);
            let year = self.year_after(end + 1);
            let y = year.map(|(y, _)| y);
            end = year.map_or(end, |(_, yj)| yj);
            let start = PartialDate::ymd(y, m, d);
            if !valid(start) {
                return None;
            }
            let expr = match second.map(|(m2, d2, _)| PartialDate::ymd(y, m2, d2)) {
                Some(to) if valid(to) => DateExpr::Range(start, to),
                _ => DateExpr::Absolute(start),
            };
            if let (DateExpr::Absolute(_), None) = (expr, y) {
                if let Some((year_ref, e)) = self.year_ref_at(end + 1) {
                    return hit(i, e, DateExpr::InYear(start, year_ref));
                }
            }
            return hit(i, end, expr);
        }
        if let Some((y, yj)) = self.year_at(j + 1) {
            return hit(i, yj, DateExpr::Absolute(PartialDate::ym(Some(y), m)));
        }
        if abbrev || self.possessive(i) {
            return None;
        }
        let licensed = self.licensed(i, prev_end) || self.the_month_noun(i);
        if let Some((year_ref, e)) = self.year_ref_at(j + 1) {
            let after_name = i
                .checked_sub(1)
                .is_some_and(|p| self.toks[p].kind == TokKind::Word && self.toks[p].cap);
            if licensed || !after_name {
                return hit(i, e, DateExpr::InYear(PartialDate::ym(None, m), year_ref));
            }
        }
        if !licensed {
            return None;
        }
        if self.is_range_joiner(j + 1, between) {
            if let Some((m2, false, mj)) = self.month_at(j + 2) {
                if self.day_at(mj + 1).is_none() {
                    let year = self.year_at(mj + 1);
                    let y = year.map(|(y, _)| y);
                    let end = year.map_or(mj, |(_, yj)| yj);
                    return hit(
                        i,
                        end,
                        DateExpr::Range(PartialDate::ym(y, m), PartialDate::ym(y, m2)),
                    );
                }
            }
        }
        hit(i, j, DateExpr::Absolute(PartialDate::ym(None, m)))
    }

    /// "the March elections" (a month as a modifier), but not "the March of Dimes".
    fn the_month_noun(&self, i: usize) -> bool {
        let after_the = i
            .checked_sub(1)
            .is_some_and(|p| self.tag(p) == Some(Tag::The));
        let next_lower_noun = self
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
            && !matches!(self.tag(i + 1), Some(Tag::Of | Tag::On | Tag::To))
            && !self.word_is(i + 1, "for")
            && !self.word_is(i + 1, "against");
        after_the && next_lower_noun
    }

    /// "Thursday", "on Thursday night", "Thursday, April 12".
    fn weekday_led(&self, i: usize) -> Option<Hit> {
        if !self.toks[i].cap {
            return None;
        }
        let weekday = self.info(i).weekday?;
        let k = if self.punct(i + 1) == Some(',') {
            i + 2
        } else {
            i + 1
        };
        let dated = self.month_led(k, None).or_else(|| self.day_month(k));
        if let Some(h) = dated.filter(|h| has_day(&h.expr)) {
            return hit(i, h.last, h.expr);
        }
        hit(
            i,
            self.daypart_after(i),
            DateExpr::Relative(Relative::Weekday {
                weekday,
                shift: None,
            }),
        )
    }

    /// "yesterday", "today", "tomorrow", "tonight".
    fn relative_day(&self, i: usize) -> Option<Hit> {
        let days = self.info(i).rel_day?;
        // "Adjara Today" is a name.
        let t = &self.toks[i];
        let in_name = t.cap
            && i.checked_sub(1).is_some_and(|p| {
                let prev = &self.toks[p];
                prev.kind == TokKind::Word && prev.cap && prev.sentence == t.sentence
            });
        if in_name {
            return None;
        }
        hit(i, i, DateExpr::Relative(Relative::Days(days)))
    }

    /// "three days ago", "a year ago" (relative); "two days later", "15 days before" (vague).
    fn count_led(&self, i: usize) -> Option<Hit> {
        let t = &self.toks[i];
        let n = match t.kind {
            TokKind::Number if !self.number_preceded(i) => t.value?,
            TokKind::Word => self.info(i).number?,
            _ => return None,
        };
        if n > MAX_COUNT {
            return None;
        }
        let Some(Tag::Unit(unit, _)) = self.tag(i + 1) else {
            return None;
        };
        let n = i64::from(n);
        match self.tag(i + 2)? {
            Tag::Ago => {
                let rel = match unit {
                    Unit::Day => Relative::Days(-n),
                    Unit::Week => Relative::Weeks(-n),
                    Unit::Month => Relative::Months(-n),
                    Unit::Year => Relative::Years(-n),
                    Unit::Decade => return hit(i, i + 2, DateExpr::Vague),
                };
                hit(i, i + 2, DateExpr::Relative(rel))
            }
            Tag::Later if unit == Unit::Day => hit(i, i + 2, DateExpr::DaysAfterPrevious(n)),
            Tag::Earlier if unit == Unit::Day => hit(i, i + 2, DateExpr::DaysAfterPrevious(-n)),
            Tag::Later | Tag::Earlier | Tag::Before | Tag::After => hit(i, i + 2, DateExpr::Vague),
            _ => None,
        }
    }

    /// "the next day", "the following day", "the previous day", "the same day", "that day".
    fn previous_day_led(&self, i: usize) -> Option<Hit> {
        let day = |k: usize| self.tag(k) == Some(Tag::Unit(Unit::Day, false));
        let (days, last) = match (self.tag(i)?, self.tag(i + 1)) {
            (Tag::The, Some(Tag::Next | Tag::Following)) => (1, i + 2),
            (Tag::The, Some(Tag::Previous)) => (-1, i + 2),
            (Tag::The | Tag::That, Some(Tag::Same)) => (0, i + 2),
            (Tag::That, _) => (0, i + 1),
            _ => return None,
        };
        day(last).then_some(Hit {
            first: i,
            last,
            expr: DateExpr::DaysAfterPrevious(days),
        })
    }

    /// "this year", "of last year", "of that year", "the following year" after a month.
    fn year_ref_at(&self, k: usize) -> Option<(YearRef, usize)> {
        let k = if self.tag(k) == Some(Tag::Of) {
            k + 1
        } else {
            k
        };
        let year = |j: usize| self.tag(j) == Some(Tag::Unit(Unit::Year, false));
        let found = match (self.tag(k)?, self.tag(k + 1)) {
            (Tag::This, _) => (YearRef::Published(0), k + 1),
            (Tag::Last, _) => (YearRef::Published(-1), k + 1),
            (Tag::Next, _) => (YearRef::Published(1), k + 1),
            (Tag::That, _) => (YearRef::Previous(0), k + 1),
            (Tag::The, Some(Tag::Same)) => (YearRef::Previous(0), k + 2),
            (Tag::The, Some(Tag::Following | Tag::Next)) => (YearRef::Previous(1), k + 2),
            (Tag::The, Some(Tag::Previous)) => (YearRef::Previous(-1), k + 2),
            _ => return None,
        };
        year(found.1).then_some(found)
    }

    /// "days before the elections", "weeks later", "years ago".
    fn unit_led(&self, i: usize) -> Option<Hit> {
        let Some(Tag::Unit(_, true)) = self.tag(i) else {
            return None;
        };
        match self.tag(i + 1)? {
            Tag::Ago | Tag::Later | Tag::Earlier | Tag::Before | Tag::After => {
                hit(i, i + 1, DateExpr::Vague)
            }
            _ => None,
        }
    }

    /// The longest phrase of `vague.txt` starting at `i`.
    fn vague_phrase(&self, i: usize) -> Option<Hit> {
        if self.info(i).flags & STARTS_VAGUE == 0 {
            return None;
        }
        let id = self.toks[i].id;
        self.lex
            .vague
            .iter()
            .filter(|p| p.first() == Some(&PhraseTok::Word(id)))
            .find_map(|p| phrase_end(self.toks, i, p))
            .map(|last| Hit {
                first: i,
                last,
                expr: DateExpr::Vague,
            })
    }

    /// "2023-04-12", "2023/04/12", "2023-04".
    fn iso_date(&self, i: usize) -> Option<Hit> {
        let t = &self.toks[i];
        if t.digits != 4 || self.number_preceded(i) {
            return None;
        }
        let y = i32::try_from(t.value?).ok()?;
        let sep = self.punct(i + 1).filter(|c| matches!(c, '-' | '/'))?;
        let two = |k: usize| {
            let t = self.toks.get(k)?;
            (t.kind == TokKind::Number && t.digits == 2 && self.touches(k - 1)).then_some(t.value?)
        };
        if !self.touches(i) || !(YEAR_MIN..=YEAR_MAX).contains(&y) {
            return None;
        }
        let m = two(i + 2)?;
        if self.punct(i + 3) == Some(sep) && self.touches(i + 2) {
            let d = two(i + 4)?;
            if self.number_continues(i + 4) {
                return None;
            }
            let date = PartialDate::ymd(Some(y), m, d);
            return valid(date).then(|| Hit {
                first: i,
                last: i + 4,
                expr: DateExpr::Absolute(date),
            });
        }
        // "2023-04" is a month unless it reads as a span of years ("2010-11").
        let is_year_span = i64::from(m) > i64::from(y % 100);
        let leading_zero = self.toks[i + 2].b0 < self.text.len()
            && self.text.as_bytes()[self.toks[i + 2].b0] == b'0';
        if sep == '-'
            && (1..=12).contains(&m)
            && !self.number_continues(i + 2)
            && (leading_zero || !is_year_span)
        {
            return hit(i, i + 2, DateExpr::Absolute(PartialDate::ym(Some(y), m)));
        }
        None
    }

    /// "12.04.2023" (day first), "25/12/2023" or "12/25/2023" (only when one part cannot be a month).
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let small = |k: usize| {
            let t = self.toks.get(k)?;
            (t.kind == TokKind::Number && t.digits <= 2).then_some(t.value?)
        };
        let (a, b) = (small(i)?, small(i + 2)?);
        let sep = self.punct(i + 1).filter(|c| matches!(c, '.' | '/'))?;
        let joined = (i..i + 4).all(|k| self.touches(k));
        if !joined || self.punct(i + 3) != Some(sep) || self.number_preceded(i) {
            return None;
        }
        let (y, _) = self.year_at(i + 4)?;
        let (day, month) = match sep {
            '.' => (a, b),
            _ if a > 12 => (a, b),
            _ if b > 12 => (b, a),
            _ => return None,
        };
        let date = PartialDate::ymd(Some(y), month, day);
        valid(date).then(|| Hit {
            first: i,
            last: i + 4,
            expr: DateExpr::Absolute(date),
        })
    }

    /// "2021-2022", "2021-22", "from 2019 to 2021", "between 2019 and 2021".
    fn year_range(&self, i: usize) -> Option<Hit> {
        if self.number_preceded(i) {
            return None;
        }
        let t = &self.toks[i];
        if t.digits != 4 {
            return None;
        }
        let y1 = i32::try_from(t.value?).ok()?;
        if !(YEAR_MIN..=YEAR_MAX).contains(&y1) {
            return None;
        }
        let k = i + 1;
        if !(self.is_range_joiner(k, self.after_between(i))
            || (self.punct(k) == Some('/') && self.touches(i)))
        {
            return None;
        }
        let t2 = self.toks.get(k + 1)?;
        let (y2, last) = if t2.digits == 4 {
            self.year_at(k + 1)?
        } else if t2.digits == 2
            && self.touches(i)
            && self.touches(k)
            && !self.number_continues(k + 1)
        {
            (y1 - y1 % 100 + i32::try_from(t2.value?).ok()?, k + 1)
        } else {
            return None;
        };
        (y2 > y1).then(|| Hit {
            first: i,
            last,
            expr: DateExpr::Range(PartialDate::year(y1), PartialDate::year(y2)),
        })
    }

    /// "the 1990s", "1990's".
    fn decade(&self, i: usize) -> Option<Hit> {
        let t = &self.toks[i];
        let y = i32::try_from(t.value?).ok()?;
        if t.digits != 4 || y % 10 != 0 || !(YEAR_MIN..=YEAR_MAX).contains(&y) || !self.touches(i) {
            return None;
        }
        if self.tag(i + 1) == Some(Tag::PluralS) {
            return hit(i, i + 1, DateExpr::Decade(y));
        }
        if self.punct(i + 1) == Some('\'') && self.touches(i + 1) && self.word_is(i + 2, "s") {
            return hit(i, i + 2, DateExpr::Decade(y));
        }
        None
    }

    /// "12 April", "12 April 2023", "12th of April", "3-5 May", "3 to 5 May 2023".
    fn day_month(&self, i: usize) -> Option<Hit> {
        let (d, dj) = self.day_at(i)?;
        let mut k = dj + 1;
        let mut d2 = None;
        if self.is_range_joiner(k, self.after_between(i)) {
            if let Some((d2v, e)) = self.day_at(k + 1) {
                if d2v > d {
                    d2 = Some(d2v);
                    k = e + 1;
                }
            }
        }
        if self.tag(k) == Some(Tag::Of) {
            k += 1;
        }
        let (m, _, mj) = self.month_at(k)?;
        let year = self.year_after(mj + 1);
        let y = year.map(|(y, _)| y);
        let last = year.map_or(mj, |(_, yj)| yj);
        let start = PartialDate::ymd(y, m, d);
        if !valid(start) {
            return None;
        }
        let expr = match d2.map(|d2| PartialDate::ymd(y, m, d2)) {
            Some(to) if valid(to) => DateExpr::Range(start, to),
            Some(_) => return None,
            None => DateExpr::Absolute(start),
        };
        hit(i, last, expr)
    }

    /// "in 2019", "since 2019", "the 2019 elections", "(2019)".
    fn bare_year(&self, i: usize, prev_end: Option<usize>) -> Option<Hit> {
        if self.number_preceded(i) {
            return None;
        }
        let (y, last) = self.year_at(i)?;
        // "the 2019 elections", "a 2019 law"
        let after_determiner = i
            .checked_sub(1)
            .is_some_and(|p| self.tag(p) == Some(Tag::The) || self.info(p).flags & YEAR_CUE != 0);
        (self.licensed(i, prev_end) || after_determiner).then(|| Hit {
            first: i,
            last,
            expr: DateExpr::Absolute(PartialDate::year(y)),
        })
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
        }
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
        // "said on Monday": the date of the saying, whatever the clause says about the future.
        let mut p = h.first.checked_sub(1);
        if let Some(q) = p.filter(|&q| self.tag(q) == Some(Tag::On)) {
            p = q.checked_sub(1);
        }
        if p.is_some_and(|q| self.info(q).flags & REPORTING != 0) {
            return false;
        }
        tense.future_at(self.toks[h.first].clause)
    }
}

fn has_day(expr: &DateExpr) -> bool {
    match expr {
        DateExpr::Absolute(p) | DateExpr::Range(p, _) => p.day.is_some(),
        _ => false,
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
