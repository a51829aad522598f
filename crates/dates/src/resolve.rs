//! Turning a [`DateExpr`] into the contract's `value` and `precision`, against the publication
//! date and the document's own chronology.

use chrono::{Datelike, Days, NaiveDate};

use crate::expr::{
    DateExpr, DateMention, PartialDate, Precision, Relative, Resolved, Shift, YearRef,
};
use crate::scan::{days_in_month, valid};

/// How many sentences back an explicit "Nov. 12, 2019" still fixes the year of a yearless
/// "November" (a background paragraph's years do not reach the report's own days), and
/// how far back "the next day" or "that year" look for the date they lean on.
const CONTEXT_SENTENCES: usize = 3;

/// How many sentences back "the next day" or "the same day" look for the day they count from.
const DAY_CONTEXT_SENTENCES: usize = 6;

/// How many earlier mentions "the next day" or "that year" look through.
const LOOK_BACK: usize = 12;

/// Resolves the date mentions of one document.
///
/// Built from all the document's mentions (in text order), it applies the document's own
/// chronology ahead of the publication-date defaults: a year the text states for the same month
/// ("arrested on Nov. 12, 2019 ... since last November" gives 2019-11); "that year" takes the
/// year of the nearest earlier dated mention; "the next day" / "two days later" count from the
/// nearest earlier mention of a day.
#[derive(Debug, Clone, Default)]
pub struct Resolver {
    published: Option<NaiveDate>,
    explicit: Vec<Explicit>,
    /// Weekdays the text dates ("Sunday, Oct. 6"), each with its one date.
    weekdays: Vec<(chrono::Weekday, PartialDate)>,
    /// The document's mentions resolved in text order, for phrases that lean on an earlier date.
    earlier: Vec<Anchor>,
}

/// A year the text states, with the month it goes with (if any) and where it is.
#[derive(Debug, Clone, Copy)]
struct Explicit {
    start: usize,
    sentence: usize,
    month: Option<u32>,
    day: Option<u32>,
    year: i32,
    /// Told of which happening a noun is ("the July 2022 unrest").
    names_happening: bool,
}

/// A mention already resolved.
#[derive(Debug, Clone)]
struct Anchor {
    start: usize,
    sentence: usize,
    /// The text names one day (resolvable or not): "the next day" can only lean on such a mention.
    names_day: bool,
    /// Told in the pluperfect: no day that "the next day" counts from.
    background: bool,
    resolved: Resolved,
    /// A range's last day ("from June 8 to 10": June 10), what "a day later" counts from.
    last_day: Option<Resolved>,
}

/// Whether an expression names a single day.
fn names_day(expr: &DateExpr) -> bool {
    match expr {
        DateExpr::Absolute(p) | DateExpr::InYear(p, _) | DateExpr::Range(p, _) => p.day.is_some(),
        DateExpr::Relative(
            Relative::Days(_)
            | Relative::Weekday { .. }
            | Relative::WeekdaySpan { .. }
            | Relative::DayOfMonth { .. },
        ) => true,
        DateExpr::DaysAfterPrevious(_) => true,
        _ => false,
    }
}

impl Resolver {
    /// A resolver for one document: its publication date, if known, and all its mentions.
    pub fn new(published: Option<NaiveDate>, mentions: &[DateMention]) -> Self {
        let mut explicit = Vec::new();
        for m in mentions {
            let parts: &[PartialDate] = match &m.expr {
                DateExpr::Absolute(p) => std::slice::from_ref(p),
                DateExpr::Range(a, b) => &[*a, *b],
                _ => &[],
            };
            for p in parts {
                if let Some(year) = p.year {
                    explicit.push(Explicit {
                        start: m.start,
                        sentence: m.sentence,
                        month: p.month,
                        day: p.day,
                        year,
                        names_happening: m.names_happening,
                    });
                }
            }
        }
        // "The congress, set for Sunday, Oct. 6 ... Early on Sunday, police searched the hall":
        // with no publication date, a weekday the text has dated stands for that date.
        let mut weekdays: Vec<(chrono::Weekday, PartialDate)> = Vec::new();
        for m in mentions {
            if let DateExpr::Absolute(p) = m.expr {
                if let (Some(w), Some(_), Some(_)) = (p.weekday, p.month, p.day) {
                    if !weekdays.iter().any(|(x, q)| *x == w && *q != p) {
                        weekdays.push((w, p));
                    } else {
                        // Two dates on one weekday: the bare weekday is ambiguous.
                        weekdays.retain(|(x, _)| *x != w);
                    }
                }
            }
        }
        let mut resolver = Resolver {
            published,
            explicit,
            weekdays,
            earlier: Vec::with_capacity(mentions.len()),
        };
        // Text order, so each mention sees the ones before it (find_dates already gives it).
        let mut ordered: Vec<&DateMention> = mentions.iter().collect();
        ordered.sort_by_key(|m| (m.start, m.end));
        for m in ordered {
            let resolved = resolver.resolve(m);
            let last_day = match m.expr {
                DateExpr::Range(first, last) if resolved.precision == Precision::Range => {
                    // The last day takes the first's month and year where it names none.
                    let last = PartialDate {
                        year: last.year.or(first.year),
                        month: last.month.or(first.month),
                        ..last
                    };
                    let end = DateMention {
                        expr: DateExpr::Absolute(last),
                        ..m.clone()
                    };
                    Some(resolver.resolve(&end)).filter(|r| r.precision == Precision::Day)
                }
                _ => None,
            };
            resolver.earlier.push(Anchor {
                start: m.start,
                sentence: m.sentence,
                names_day: names_day(&m.expr),
                background: m.background || m.dates_saying,
                resolved,
                last_day,
            });
        }
        resolver
    }

    pub fn published(&self) -> Option<NaiveDate> {
        self.published
    }

    /// The mention's `value` and `precision`. The mention need not be one of those the resolver
    /// was built from; the document context it uses is that of the mentions before it.
    pub fn resolve(&self, m: &DateMention) -> Resolved {
        let expr = match m.expr {
            DateExpr::Absolute(p) if p.year.is_none() => {
                self.with_month_year(m, p).map(DateExpr::Absolute)
            }
            DateExpr::Range(a, b) if a.year.is_none() => self
                .with_month_year(m, a)
                .map(|a| DateExpr::Range(a, PartialDate { year: a.year, ..b })),
            DateExpr::Relative(Relative::NamedMonth { month, .. }) => self
                .with_month_year(m, PartialDate::ym(None, month))
                .map(DateExpr::Absolute),
            // The report's scene year is the text's own chronology; with a publication date
            // the usual defaults stand.
            DateExpr::InYear(p, YearRef::Scene(year)) => Some(DateExpr::Absolute(PartialDate {
                year: self.published.is_none().then_some(year),
                ..p
            })),
            DateExpr::InYear(p, YearRef::Previous(n)) => {
                let year = self
                    .earlier_year(m)
                    .and_then(|y| y.checked_add(i32::try_from(n).ok()?));
                Some(DateExpr::Absolute(PartialDate { year, ..p }))
            }
            DateExpr::Relative(Relative::Weekday {
                weekday,
                shift: None,
            }) if self.published.is_none() => self
                .weekdays
                .iter()
                .find(|(w, _)| *w == weekday)
                .map(|&(_, p)| DateExpr::Absolute(PartialDate { weekday: None, ..p })),
            DateExpr::DaysAfterPrevious(n) => {
                return self
                    .days_after_earlier(m, n)
                    .unwrap_or_else(Resolved::unknown)
            }
            DateExpr::WeeksAfterPrevious(n) => {
                return self
                    .days_after_earlier(m, 7 * n)
                    .and_then(|day| month_of_week(&day))
                    .unwrap_or_else(Resolved::unknown)
            }
            DateExpr::MonthsAfterPrevious(n) => {
                return self
                    .months_after_earlier(m, n)
                    .unwrap_or_else(Resolved::unknown)
            }
            DateExpr::YearsAfterPrevious(n) => {
                return self
                    .earlier_year(m)
                    .and_then(|y| y.checked_add(i32::try_from(n).ok()?))
                    .filter(|y| (1900..=2100).contains(y))
                    .map(|y| resolved(y.to_string(), Precision::Year))
                    .unwrap_or_else(Resolved::unknown)
            }
            _ => None,
        };
        resolve_expr(&expr.unwrap_or(m.expr), m.future, self.published)
    }

    /// The mention as the contract's `date` object.
    pub fn event_date(&self, m: &DateMention) -> chronicle_record::EventDate {
        let r = self.resolve(m);
        chronicle_record::EventDate {
            text: m.text.clone(),
            value: r.value,
            precision: r.precision.as_str().to_string(),
        }
    }

    /// `p` with the year the document states for the same month: the nearest statement a few
    /// sentences before the mention, else one after it in its own sentence or, without a
    /// publication date, in the next two ("on July 1 and 2 ... detained on July 5, 2022"). A statement further on may tell of
    /// another year: "detained on 12 April ... before the war, a sit-in on 6 April 2023".
    fn with_month_year(&self, m: &DateMention, p: PartialDate) -> Option<PartialDate> {
        let month = p.month?;
        let same = self.explicit.iter().filter(|e| e.month == Some(month));
        // ("A blogger imprisoned over the July 2022 unrest was released on 4 July": the
        // unrest's year is not the release's.)
        let near = |e: &&Explicit| {
            let told_near = (e.start < m.start && e.sentence + CONTEXT_SENTENCES >= m.sentence)
                || e.sentence == m.sentence
                || (self.published.is_none() && e.start > m.start);
            told_near && !(e.names_happening && p.day.is_some() && e.day.is_none())
        };
        let before = same
            .clone()
            .filter(near)
            .filter(|e| e.start < m.start)
            .max_by_key(|e| e.start);
        let after = same
            .filter(near)
            .filter(|e| {
                e.start > m.start
                    && (e.sentence == m.sentence
                        || (self.published.is_none() && e.sentence <= m.sentence + 2))
            })
            .min_by_key(|e| e.start);
        // "the July 11, 2021, protests ... took part in the July 11 march": a day the text has
        // given a year names that day again, however far back.
        let same_day = || {
            p.day.and_then(|day| {
                self.explicit
                    .iter()
                    .filter(|e| e.start < m.start && e.month == Some(month) && e.day == Some(day))
                    .max_by_key(|e| e.start)
            })
        };
        let year = before.or(after).or_else(same_day)?.year;
        let dated = PartialDate {
            year: Some(year),
            ..p
        };
        valid(dated).then_some(dated)
    }

    /// The earlier anchors a mention may lean on, nearest first.
    fn anchors_before<'a>(&'a self, m: &'a DateMention) -> impl Iterator<Item = &'a Anchor> + 'a {
        let end = self.earlier.partition_point(|a| a.start < m.start);
        self.earlier[..end]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .take_while(move |a| a.sentence + CONTEXT_SENTENCES >= m.sentence)
    }

    /// The year of the nearest earlier mention that has one ("in June of that year").
    fn earlier_year(&self, m: &DateMention) -> Option<i32> {
        self.anchors_before(m).find_map(|a| {
            let value = a.resolved.value.as_deref()?;
            value
                .get(..4)?
                .parse()
                .ok()
                .filter(|_| !value.starts_with('-'))
        })
    }

    /// `n` calendar months after the month of the nearest earlier mention that names one
    /// ("in September 2023 ... later that month"). A yearless month stays yearless.
    fn months_after_earlier(&self, m: &DateMention, n: i64) -> Option<Resolved> {
        let value = self.anchors_before(m).find_map(|a| {
            matches!(
                a.resolved.precision,
                Precision::Day | Precision::Month | Precision::Range
            )
            .then_some(a.resolved.value.as_deref())
            .flatten()
            .filter(|v| !v.contains('W'))
        })?;
        let (year, month) = match value.strip_prefix("--") {
            Some(rest) => (None, rest.get(..2)?.parse::<i64>().ok()?),
            None => (
                Some(value.get(..4)?.parse::<i64>().ok()?),
                value.get(5..7)?.parse::<i64>().ok()?,
            ),
        };
        let index = month - 1 + n;
        let shifted = index.rem_euclid(12) + 1;
        let value = match year {
            Some(y) => format!("{}-{:02}", y + index.div_euclid(12), shifted),
            // (Without a year, a count past December cannot be told.)
            None if (0..12).contains(&index) => format!("--{shifted:02}"),
            None => return None,
        };
        Some(resolved(value, Precision::Month))
    }

    /// `n` days after the nearest earlier mention of a day ("the next day", "two days later").
    /// The nearest earlier mention of a day must itself resolve to one ("on Monday" without a
    /// publication date does not, and an older date behind it is not the one meant).
    fn days_after_earlier(&self, m: &DateMention, n: i64) -> Option<Resolved> {
        // A day counted from reaches further back than a year does: "He was detained in
        // Yerevan on May 27 ... His co-defendant, who was detained the same day".
        let end = self.earlier.partition_point(|a| a.start < m.start);
        let window = || {
            self.earlier[..end]
                .iter()
                .rev()
                .take(LOOK_BACK)
                .take_while(|a| a.sentence + DAY_CONTEXT_SENTENCES >= m.sentence)
                .filter(|a| !a.background)
        };
        let day = window().find(|a| a.names_day);
        // "In September 2023 officers searched their homes. The two men were detained the same
        // day": a day of that month. (Not "hours later", which leans on a day; nor a month told
        // after the day in the same sentence: "sentenced on 6 February over the protests of
        // November 2022 ... acquitted the same day".)
        let same = n == 0 && m.text.to_lowercase().contains("same");
        let month = window().find(|a| {
            same && a.resolved.precision == Precision::Month && a.sentence + 1 >= m.sentence
        });
        let anchor = match (day, month) {
            (Some(d), Some(mo)) if mo.start > d.start && mo.sentence > d.sentence => mo,
            (Some(d), _) => d,
            (None, Some(mo)) => mo,
            (None, None) => return None,
        };
        if anchor.resolved.precision == Precision::Month && !anchor.names_day {
            return Some(anchor.resolved.clone());
        }
        // "The blockade ran from June 8 to 10 ... A day later": counted on from its last day
        // (a few days only: "two weeks later" after a span of days is told loosely).
        let day = match &anchor.last_day {
            Some(last) if (1..=3).contains(&n) => last,
            _ => &anchor.resolved,
        };
        if day.precision != Precision::Day {
            return None;
        }
        let value = day.value.as_deref()?;
        Some(resolved(shift_day_value(value, n)?, Precision::Day))
    }
}

/// The month of the Monday-to-Sunday week holding a resolved day, when the whole week lies in
/// that month: "the following week" after January 9, 2025 is January 2025, after January 24
/// no one month.
fn month_of_week(day: &Resolved) -> Option<Resolved> {
    let value = day.value.as_deref()?;
    let (date, yearless) = match value.strip_prefix("--") {
        Some(month_day) => (
            NaiveDate::parse_from_str(&format!("2000-{month_day}"), "%Y-%m-%d").ok()?,
            true,
        ),
        None => (NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?, false),
    };
    // (A yearless day's weekday is unknown: only a day far from the month's ends will do.)
    let (first, last) = if yearless {
        (add_days(date, -6)?, add_days(date, 6)?)
    } else {
        let monday = add_days(date, -i64::from(date.weekday().num_days_from_monday()))?;
        (monday, add_days(monday, 6)?)
    };
    if first.month() != last.month() {
        return None;
    }
    let value = if yearless {
        format!("--{:02}", date.month())
    } else {
        format!("{}-{:02}", date.year(), date.month())
    };
    Some(resolved(value, Precision::Month))
}

/// A day value (`2024-01-07`, or `--01-07` with no year) moved by `n` days, keeping its form.
/// With no year the count runs in a leap year, so that February 29 exists, and the year stays
/// out (Dec. 31 plus a day is `--01-01` whatever the year).
pub fn shift_day_value(value: &str, n: i64) -> Option<String> {
    if let Some(month_day) = value.strip_prefix("--") {
        let date = NaiveDate::parse_from_str(&format!("2000-{month_day}"), "%Y-%m-%d").ok()?;
        let moved = add_days(date, n)?;
        return Some(format!("--{:02}-{:02}", moved.month(), moved.day()));
    }
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    Some(day_string(add_days(date, n)?))
}

/// Resolves one expression without document context. `future` makes yearless dates, weekdays
/// and "this ..." resolve forward from `published` instead of back.
///
/// Rules (the `chronicle/1` contract): a value is as precise as the text allows; a missing year
/// comes from `published`, else the value is written `--MM-DD` / `--MM`; a range takes its start
/// as the value with precision `range`; a week is its month when it lies in one (precision
/// `month`), else an ISO week (`2023-W14`, precision `range`);
/// relative expressions without `published`, decades and vague spans get no value.
pub fn resolve_expr(expr: &DateExpr, future: bool, published: Option<NaiveDate>) -> Resolved {
    match *expr {
        DateExpr::Absolute(p) => resolve_partial(p, future, published),
        DateExpr::Range(a, b) => {
            let start = PartialDate {
                year: a.year.or(b.year),
                ..a
            };
            let r = resolve_partial(start, future, published);
            Resolved {
                precision: if r.value.is_some() {
                    Precision::Range
                } else {
                    Precision::Unknown
                },
                ..r
            }
        }
        DateExpr::Relative(rel) => match published {
            Some(p) => resolve_relative(rel, future, p).unwrap_or_else(Resolved::unknown),
            None => Resolved::unknown(),
        },
        DateExpr::InYear(p, YearRef::Published(n)) => {
            let year = published.and_then(|d| d.year().checked_add(i32::try_from(n).ok()?));
            resolve_partial(PartialDate { year, ..p }, future, published)
        }
        DateExpr::InYear(p, YearRef::Previous(_) | YearRef::Scene(_)) => {
            resolve_partial(p, future, published)
        }
        DateExpr::DaysAfterPrevious(_)
        | DateExpr::WeeksAfterPrevious(_)
        | DateExpr::MonthsAfterPrevious(_)
        | DateExpr::YearsAfterPrevious(_)
        | DateExpr::Decade(_)
        | DateExpr::Vague => Resolved::unknown(),
    }
}

fn resolved(value: String, precision: Precision) -> Resolved {
    Resolved {
        value: Some(value),
        precision,
    }
}

fn resolve_partial(p: PartialDate, future: bool, published: Option<NaiveDate>) -> Resolved {
    if !valid(p) {
        return Resolved::unknown();
    }
    let year = match (p.year, p.month, published) {
        (Some(y), _, _) => y,
        (None, None, _) => return Resolved::unknown(),
        (None, Some(m), None) => {
            return match p.day {
                Some(d) => resolved(format!("--{m:02}-{d:02}"), Precision::Day),
                None => resolved(format!("--{m:02}"), Precision::Month),
            }
        }
        (None, Some(m), Some(pub_date)) => {
            let year = pick_year(pub_date, m, p.day, future);
            match (p.day, p.weekday) {
                (Some(d), Some(w)) => year_on_weekday(year, m, d, w, future),
                _ => year,
            }
        }
    };
    match (p.month, p.day) {
        (Some(m), Some(d)) => resolved(format!("{year:04}-{m:02}-{d:02}"), Precision::Day),
        (Some(m), None) => resolved(format!("{year:04}-{m:02}"), Precision::Month),
        _ => resolved(format!("{year:04}"), Precision::Year),
    }
}

/// The year of a yearless month (and day): publication's year, or the year before when that
/// would fall after publication; forward instead for future mentions. February 29 moves to the
/// nearest leap year in the same direction.
fn pick_year(p: NaiveDate, month: u32, day: Option<u32>, future: bool) -> i32 {
    let here = (month, day.unwrap_or(0));
    let now = (p.month(), if day.is_some() { p.day() } else { 0 });
    let mut year = p.year();
    if !future && here > now {
        year -= 1;
    } else if future && here < now {
        year += 1;
    }
    if let Some(d) = day {
        let step = if future { 1 } else { -1 };
        for _ in 0..8 {
            if d <= days_in_month(year, month) {
                break;
            }
            year += step;
        }
    }
    year
}

/// The year nearest `year` (trying it, then the neighbour in the reading's direction, then the
/// other) in which month `m` day `d` falls on weekday `w`; `year` itself when none does.
fn year_on_weekday(year: i32, m: u32, d: u32, w: chrono::Weekday, future: bool) -> i32 {
    let step = if future { 1 } else { -1 };
    [year, year + step, year - step]
        .into_iter()
        .find(|&y| NaiveDate::from_ymd_opt(y, m, d).is_some_and(|date| date.weekday() == w))
        .unwrap_or(year)
}

fn resolve_relative(rel: Relative, future: bool, p: NaiveDate) -> Option<Resolved> {
    Some(match rel {
        Relative::Days(n) => resolved(day_string(add_days(p, n)?), Precision::Day),
        Relative::Weekday { weekday, shift } => {
            let now = i64::from(p.weekday().num_days_from_monday());
            let then = i64::from(weekday.num_days_from_monday());
            let back = (now - then).rem_euclid(7);
            let fwd = (then - now).rem_euclid(7);
            let offset = match shift {
                Some(Shift::Last) => -(if back == 0 { 7 } else { back }),
                Some(Shift::Next) => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                _ if future => fwd,
                _ => -back,
            };
            resolved(day_string(add_days(p, offset)?), Precision::Day)
        }
        Relative::WeekdaySpan { first, last } => {
            let end = resolve_relative(
                Relative::Weekday {
                    weekday: last,
                    shift: None,
                },
                future,
                p,
            )?;
            let end = NaiveDate::parse_from_str(end.value.as_deref()?, "%Y-%m-%d").ok()?;
            let length =
                i64::from(last.num_days_from_monday()) - i64::from(first.num_days_from_monday());
            resolved(
                day_string(add_days(end, -length.rem_euclid(7))?),
                Precision::Range,
            )
        }
        Relative::Weeks(n) => {
            let monday = add_days(p, -i64::from(p.weekday().num_days_from_monday()))?;
            let first = add_days(monday, n.checked_mul(7)?)?;
            let last = add_days(first, 6)?;
            // "last week" within one month is that month, as the contract's precisions go
            // (day, month, year, range); a week across two months keeps its ISO week.
            if first.month() == last.month() {
                return Some(resolved(
                    format!("{:04}-{:02}", first.year(), first.month()),
                    Precision::Month,
                ));
            }
            let week = first.iso_week();
            resolved(
                format!("{:04}-W{:02}", week.year(), week.week()),
                Precision::Range,
            )
        }
        Relative::Weekend(n) => {
            let saturday = add_days(p, 5 - i64::from(p.weekday().num_days_from_monday()))?;
            resolved(
                day_string(add_days(saturday, n.checked_mul(7)?)?),
                Precision::Range,
            )
        }
        Relative::TheWeekend => {
            let now = i64::from(p.weekday().num_days_from_monday());
            let offset = if future {
                (5 - now).rem_euclid(7)
            } else {
                -(now - 5).rem_euclid(7)
            };
            resolved(day_string(add_days(p, offset)?), Precision::Range)
        }
        Relative::Months(n) => {
            let index = i64::from(p.year()) * 12 + i64::from(p.month0()) + n;
            let (year, month0) = (index.div_euclid(12), index.rem_euclid(12));
            resolved(format!("{year:04}-{:02}", month0 + 1), Precision::Month)
        }
        Relative::Years(n) => resolved(format!("{:04}", i64::from(p.year()) + n), Precision::Year),
        Relative::DayOfMonth { day, months } => {
            let month_from_p = match months {
                Some(n) => n,
                None if future && day < p.day() => 1,
                None if !future && day > p.day() => -1,
                None => 0,
            };
            let index = i64::from(p.year()) * 12 + i64::from(p.month0()) + month_from_p;
            let (year, month0) = (index.div_euclid(12), index.rem_euclid(12));
            let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month0 as u32 + 1, day)?;
            resolved(day_string(date), Precision::Day)
        }
        Relative::NamedMonth { month, shift } => {
            let year = match shift {
                Shift::Last if month < p.month() => p.year(),
                Shift::Last => p.year() - 1,
                Shift::This => p.year(),
                Shift::Next if month > p.month() => p.year(),
                Shift::Next => p.year() + 1,
            };
            resolved(format!("{year:04}-{month:02}"), Precision::Month)
        }
    })
}

fn add_days(p: NaiveDate, n: i64) -> Option<NaiveDate> {
    let magnitude = Days::new(n.unsigned_abs());
    if n >= 0 {
        p.checked_add_days(magnitude)
    } else {
        p.checked_sub_days(magnitude)
    }
}

fn day_string(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}
