//! The date patterns themselves: each looks at the handful of tokens from where it starts and
//! says what they mean, or declines.

use super::{hit, valid, Hit, Scan, MAX_COUNT, YEAR_MAX, YEAR_MIN};
use crate::expr::{DateExpr, PartialDate, Relative, Shift, YearRef};
use crate::lexicon::{phrase_end, PhraseTok, Tag, Unit, STARTS_VAGUE, YEAR_CUE};
use crate::token::TokKind;
use chrono::Weekday;

/// The longest span of years written with a two-digit end ("2019-21").
const MAX_SHORT_SPAN: i32 = 5;

impl Scan<'_> {
    /// The first pattern that matches at token `i`.
    pub(super) fn match_at(&self, i: usize, prev_end: Option<usize>) -> Option<Hit> {
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
                .or_else(|| self.previous_period_led(i))
                .or_else(|| self.same_day_phrase(i))
                .or_else(|| self.count_led(i))
                .or_else(|| self.unit_led(i))
                .or_else(|| self.the_weekend(i))
                .or_else(|| self.vague_phrase(i)),
            TokKind::Number => self
                .iso_date(i)
                .or_else(|| self.year_range(i))
                .or_else(|| self.decade(i))
                .or_else(|| self.numeric_date(i))
                .or_else(|| self.day_month(i))
                .or_else(|| self.ordinal_day(i))
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
        // "in the last week of October": a part of the month named after it, not the week
        // before the report.
        let of_month = self.word_is(k + 1, "of") && self.month_at(k + 2).is_some();
        if of_month && matches!(self.tag(k), Some(Tag::Unit(Unit::Week, false))) {
            return None;
        }
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
        let night = self.night_pair(j + 1);
        if let Some((d, dj)) = night
            .map(|(d, _, _)| (d, j + 1))
            .or_else(|| self.day_at(j + 1))
        {
            let mut second: Option<(u32, u32, usize)> = None;
            if let Some((_, d2, e)) = night {
                second = Some((m, d2, e));
            } else if self.is_range_joiner(dj + 1, between) {
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
        // "detained in 2019 after protests that September": the month of the year just told.
        if let Some(p) = i.checked_sub(1).filter(|&p| self.tag(p) == Some(Tag::That)) {
            return hit(
                p,
                j,
                DateExpr::InYear(PartialDate::ym(None, m), YearRef::Previous(0)),
            );
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
        // "after a Sunday homily", "every Friday": any such day, not one.
        let any_such = i.checked_sub(1).is_some_and(|p| {
            ["a", "an", "every", "each", "any", "some"]
                .iter()
                .any(|w| self.word_is(p, w))
        });
        if any_such {
            return None;
        }
        let k = if self.punct(i + 1) == Some(',') {
            i + 2
        } else {
            i + 1
        };
        let dated = self.month_led(k, None).or_else(|| self.day_month(k));
        if let Some(h) = dated.filter(|h| has_day(&h.expr)) {
            return hit(i, h.last, with_weekday(h.expr, weekday));
        }
        // "closed their shops from Monday to Wednesday": a span of days.
        let from = i
            .checked_sub(1)
            .is_some_and(|p| self.word_is(p, "from") || self.word_is(p, "between"));
        let joined = ["to", "until", "till", "through", "and"]
            .iter()
            .any(|w| self.word_is(i + 1, w));
        let last = (from && joined && self.toks.get(i + 2).is_some_and(|t| t.cap))
            .then(|| self.info(i + 2).weekday)
            .flatten();
        if let Some(last) = last {
            return hit(
                i,
                i + 2,
                DateExpr::Relative(Relative::WeekdaySpan {
                    first: weekday,
                    last,
                }),
            );
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
        // "the day before yesterday", "the day after tomorrow": one day further.
        if i >= 2 && self.word_is(i - 2, "day") {
            let shift = if self.word_is(i - 1, "before") {
                -1
            } else if self.word_is(i - 1, "after") {
                1
            } else {
                0
            };
            if shift != 0 {
                let first = if i >= 3 && self.word_is(i - 3, "the") {
                    i - 3
                } else {
                    i - 2
                };
                return hit(first, i, DateExpr::Relative(Relative::Days(days + shift)));
            }
        }
        hit(i, i, DateExpr::Relative(Relative::Days(days)))
    }

    /// "three days ago", "a year ago" (relative); "two days later", "a week later" (counted
    /// from the day just told); "15 days before" (vague).
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
        // "received six years and six months after being found guilty", "jailed for 15
        // days after the rally": the count is a term handed down, not a span of time.
        if self.tag(i + 2) != Some(Tag::Ago) && self.ends_term(i) {
            return None;
        }
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
            // "On Jan. 28 police detained him. A week later he was charged": weeks count
            // whole days on from the day just told.
            Tag::Later if unit == Unit::Week => hit(i, i + 2, DateExpr::DaysAfterPrevious(7 * n)),
            Tag::Earlier if unit == Unit::Day => hit(i, i + 2, DateExpr::DaysAfterPrevious(-n)),
            // "Two months later she was charged", "a year later": the month or year that many
            // on from the one just told.
            Tag::Later if unit == Unit::Month => hit(i, i + 2, DateExpr::MonthsAfterPrevious(n)),
            Tag::Later if unit == Unit::Year => hit(i, i + 2, DateExpr::YearsAfterPrevious(n)),
            // "sentenced him on Tuesday, a day after he staged a picket": after a comma, what
            // follows happened that many days before the day just told ("two days before the
            // vote": after it). Opening a sentence, the anchor is still to come: vague.
            Tag::After | Tag::Before
                if unit == Unit::Day
                    && (i.checked_sub(1).is_some_and(|p| self.punct(p) == Some(','))
                        || i.checked_sub(2).is_some_and(|p| self.punct(p) == Some(','))) =>
            {
                let days = if self.tag(i + 2) == Some(Tag::After) {
                    -n
                } else {
                    n
                };
                hit(i, i + 2, DateExpr::DaysAfterPrevious(days))
            }
            // "charged them in September 2022, two months after police detained them": months
            // and years count back (or on) from the month or year just told.
            Tag::After | Tag::Before
                if matches!(unit, Unit::Month | Unit::Year)
                    && (i.checked_sub(1).is_some_and(|p| self.punct(p) == Some(','))
                        || i.checked_sub(2).is_some_and(|p| self.punct(p) == Some(','))) =>
            {
                let n = if self.tag(i + 2) == Some(Tag::After) {
                    -n
                } else {
                    n
                };
                let expr = if unit == Unit::Month {
                    DateExpr::MonthsAfterPrevious(n)
                } else {
                    DateExpr::YearsAfterPrevious(n)
                };
                hit(i, i + 2, expr)
            }
            // "a week after that": a week after the day told before.
            Tag::After if unit == Unit::Day && self.that_or_this(i + 3) => {
                hit(i, i + 3, DateExpr::DaysAfterPrevious(n))
            }
            Tag::After if unit == Unit::Week && self.that_or_this(i + 3) => {
                hit(i, i + 3, DateExpr::DaysAfterPrevious(7 * n))
            }
            Tag::Later | Tag::Earlier | Tag::Before | Tag::After => hit(i, i + 2, DateExpr::Vague),
            _ => None,
        }
    }

    /// Whether the count opening at token `i` is a term: after "sentenced to", "jailed for",
    /// "received" (`data/dates/term_leads.txt`), or a bigger unit and "and" ("six years and
    /// six months").
    fn ends_term(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let after_unit =
            p > 0 && self.word_is(p, "and") && matches!(self.tag(p - 1), Some(Tag::Unit(..)));
        after_unit || self.lex.term_leads.iter().any(|w| self.word_is(p, w))
    }

    /// "the next day", "the following day", "the previous day", "the same day", "that day",
    /// "that afternoon", "the same evening", "the next morning".
    fn previous_day_led(&self, i: usize) -> Option<Hit> {
        let day = |k: usize| self.tag(k) == Some(Tag::Unit(Unit::Day, false));
        let part_of_day = |k: usize| {
            ["morning", "afternoon", "evening", "night"]
                .iter()
                .any(|w| self.word_is(k, w))
        };
        // "was detained the day before, hours after posting a video": the day before the one
        // just told. ("the day before the vote" has its anchor after it, and is left alone.)
        if self.tag(i) == Some(Tag::The)
            && day(i + 1)
            && self.tag(i + 2) == Some(Tag::Before)
            && self.toks.get(i + 3).is_none_or(|t| {
                const ANCHORS: &[&str] = &[
                    "the",
                    "a",
                    "an",
                    "his",
                    "her",
                    "their",
                    "its",
                    "this",
                    "that",
                    "he",
                    "she",
                    "they",
                    "it",
                    "we",
                    "i",
                    "yesterday",
                    "tomorrow",
                ];
                t.kind != TokKind::Word
                    || (self.tag(i + 3).is_none()
                        && !self.text[t.b0..t.b1].starts_with(char::is_uppercase)
                        && !ANCHORS.iter().any(|w| self.word_is(i + 3, w)))
            })
        {
            return Some(Hit {
                first: i,
                last: i + 2,
                expr: DateExpr::DaysAfterPrevious(-1),
            });
        }
        // "released in the evening", "took them from the polling station in the early
        // afternoon": a part of the day just told.
        if self.tag(i) == Some(Tag::The) && i > 0 && self.word_is(i - 1, "in") {
            let part = if ["early", "late"].iter().any(|w| self.word_is(i + 1, w)) {
                i + 2
            } else {
                i + 1
            };
            if part_of_day(part) {
                return Some(Hit {
                    first: i,
                    last: part,
                    expr: DateExpr::DaysAfterPrevious(0),
                });
            }
        }
        // "The following week police raided the studio": the week after the day just told.
        // (Not "over the next week", a length of time.)
        let over = i > 0
            && ["over", "for", "within", "during", "in"]
                .iter()
                .any(|w| self.word_is(i - 1, w));
        if self.tag(i) == Some(Tag::The)
            && matches!(self.tag(i + 1), Some(Tag::Next | Tag::Following))
            && self.tag(i + 2) == Some(Tag::Unit(Unit::Week, false))
            && !over
        {
            return Some(Hit {
                first: i,
                last: i + 2,
                expr: DateExpr::WeeksAfterPrevious(1),
            });
        }
        let (days, last) = match (self.tag(i)?, self.tag(i + 1)) {
            (Tag::The, Some(Tag::Next | Tag::Following)) => (1, i + 2),
            (Tag::The, Some(Tag::Previous)) => (-1, i + 2),
            (Tag::The | Tag::That, Some(Tag::Same)) => (0, i + 2),
            (Tag::That, _) => (0, i + 1),
            _ => return None,
        };
        // "that afternoon", "the same evening" are the day just told; "the next morning" the
        // day after it. "The previous night" is left alone: it may be the same date.
        let same_day = days == 0 && part_of_day(last);
        let next_part = days == 1 && part_of_day(last);
        (day(last) || same_day || next_part).then_some(Hit {
            first: i,
            last,
            expr: DateExpr::DaysAfterPrevious(days),
        })
    }

    /// "later that month", "the same month", "the following month", "that year", "earlier that
    /// year", "the next year": a month or year counted from the one just told. (Not "over the
    /// next year", a length of time, nor "that year's election", which names a happening.)
    fn previous_period_led(&self, i: usize) -> Option<Hit> {
        let j = if matches!(self.tag(i), Some(Tag::Earlier | Tag::Later)) {
            i + 1
        } else {
            i
        };
        let (n, unit_at) = match (self.tag(j)?, self.tag(j + 1)) {
            (Tag::The | Tag::That, Some(Tag::Same)) => (0, j + 2),
            (Tag::The, Some(Tag::Following | Tag::Next)) if j == i => (1, j + 2),
            (Tag::The, Some(Tag::Previous)) if j == i => (-1, j + 2),
            (Tag::That, _) => (0, j + 1),
            _ => return None,
        };
        let over = i > 0
            && [
                "over",
                "for",
                "within",
                "during",
                "throughout",
                "until",
                "of",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w));
        let possessive = self.toks.get(unit_at).is_some_and(|t| {
            let rest = &self.text[t.b1..];
            rest.starts_with("'s") || rest.starts_with("’s")
        });
        if over && n != 0 || possessive {
            return None;
        }
        let expr = match self.tag(unit_at)? {
            Tag::Unit(Unit::Month, false) => DateExpr::MonthsAfterPrevious(n),
            Tag::Unit(Unit::Year, false) => DateExpr::YearsAfterPrevious(n),
            _ => return None,
        };
        Some(Hit {
            first: i,
            last: unit_at,
            expr,
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
        // (A counted unit is `count_led`'s: what it leaves, a term served, is no date.)
        let counted = i
            .checked_sub(1)
            .is_some_and(|p| self.toks[p].kind == TokKind::Number || self.info(p).number.is_some());
        if counted {
            return None;
        }
        match self.tag(i + 1)? {
            Tag::Ago | Tag::Later | Tag::Earlier | Tag::Before | Tag::After => {
                hit(i, i + 1, DateExpr::Vague)
            }
            _ => None,
        }
    }

    /// "by evening", "hours later": the day told last (`data/dates/same_day.txt`), unless a
    /// date of its own follows ("in the evening of March 3").
    fn same_day_phrase(&self, i: usize) -> Option<Hit> {
        let id = self.toks[i].id;
        let last = self
            .lex
            .same_day
            .iter()
            .filter(|p| p.first() == Some(&PhraseTok::Word(id)))
            .find_map(|p| phrase_end(self.toks, i, p))?;
        (!self.word_is(last + 1, "of")).then_some(Hit {
            first: i,
            last,
            expr: DateExpr::DaysAfterPrevious(0),
        })
    }

    /// "at the weekend", "over the weekend", "during the weekend" (not "over the weekend of
    /// May 3-4", which the month's pattern reads).
    fn the_weekend(&self, i: usize) -> Option<Hit> {
        let led = ["at", "over", "during"].iter().any(|w| self.word_is(i, w));
        (led && self.word_is(i + 1, "the")
            && self.tag(i + 2) == Some(Tag::Weekend)
            && !self.word_is(i + 3, "of"))
        .then(|| Hit {
            first: i,
            last: i + 2,
            expr: DateExpr::Relative(Relative::TheWeekend),
        })
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
            // "2021-22" is a short span; "No. 2023-45" is a number.
            let y2 = y1 - y1 % 100 + i32::try_from(t2.value?).ok()?;
            if y2 - y1 > MAX_SHORT_SPAN {
                return None;
            }
            (y2, k + 1)
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
    /// "on the 14th", "the 4th of this month", "the 28th of last month": a day told by its
    /// ordinal, in the month of writing unless the text names another.
    fn ordinal_day(&self, i: usize) -> Option<Hit> {
        if i == 0 || self.tag(i - 1) != Some(Tag::The) {
            return None;
        }
        let (day, dj) = self.day_at(i)?;
        // Only a written ordinal ("14th"), not a bare number ("the 14 detainees").
        if dj == i {
            return None;
        }
        // "the 9th High Criminal Court", "the 14th century", "her 30th birthday": an ordinal
        // that goes on as a name or a noun counts something else.
        let next_word = self
            .toks
            .get(dj + 1)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| &self.text[t.b0..t.b1]);
        if next_word.is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || ["century", "centuries", "anniversary", "birthday"]
                    .iter()
                    .any(|n| w.eq_ignore_ascii_case(n))
        }) {
            return None;
        }
        let month_is = |k: usize| matches!(self.tag(k), Some(Tag::Unit(Unit::Month, false)));
        let (months, last) = if self.tag(dj + 1) == Some(Tag::Of) {
            match self.tag(dj + 2) {
                Some(Tag::This) if month_is(dj + 3) => (Some(0), dj + 3),
                Some(Tag::Last) if month_is(dj + 3) => (Some(-1), dj + 3),
                Some(Tag::Next) if month_is(dj + 3) => (Some(1), dj + 3),
                Some(Tag::The) if month_is(dj + 3) => (None, dj + 3),
                _ => (None, dj),
            }
        } else {
            (None, dj)
        };
        hit(
            i - 1,
            last,
            DateExpr::Relative(Relative::DayOfMonth { day, months }),
        )
    }

    fn day_month(&self, i: usize) -> Option<Hit> {
        let night = self.night_pair(i);
        let (d, dj) = match night {
            Some((d, _, _)) => (d, i),
            None => self.day_at(i)?,
        };
        let mut k = dj + 1;
        let mut d2 = None;
        if let Some((_, second, e)) = night {
            d2 = Some(second);
            k = e + 1;
        } else if self.is_range_joiner(k, self.after_between(i)) {
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
        // "... journalists in the regions, 2023" closing a headline or a dateline line.
        let closes_line = i.checked_sub(1).is_some_and(|p| self.punct(p) == Some(','))
            && self
                .toks
                .get(last + 1)
                .is_none_or(|next| self.text[self.toks[last].b1..next.b0].contains('\n'));
        (self.licensed(i, prev_end) || after_determiner || closes_line).then(|| Hit {
            first: i,
            last,
            expr: DateExpr::Absolute(PartialDate::year(y)),
        })
    }
}

fn has_day(expr: &DateExpr) -> bool {
    match expr {
        DateExpr::Absolute(p) | DateExpr::Range(p, _) => p.day.is_some(),
        _ => false,
    }
}

/// The date of `expr` with the weekday the text names beside it.
fn with_weekday(expr: DateExpr, weekday: Weekday) -> DateExpr {
    let named = |p: PartialDate| PartialDate {
        weekday: Some(weekday),
        ..p
    };
    match expr {
        DateExpr::Absolute(p) => DateExpr::Absolute(named(p)),
        DateExpr::InYear(p, y) => DateExpr::InYear(named(p), y),
        DateExpr::Range(a, b) => DateExpr::Range(named(a), b),
        other => other,
    }
}
