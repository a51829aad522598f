//! Turning a [`DateExpr`] into the contract's `value` and `precision`, against the publication
//! date and the document's own chronology.

use chrono::{Datelike, Days, NaiveDate};

use crate::expr::{DateExpr, DateMention, PartialDate, Precision, Relative, Resolved, Shift};
use crate::scan::{days_in_month, valid};

/// How many sentences back an explicit "Nov. 12, 2019" still fixes the year of a yearless
/// "November" when the publication date is known (without one, the whole document counts).
const CONTEXT_SENTENCES: usize = 3;

/// Resolves the date mentions of one document.
///
/// Built from all the document's mentions, it lets a year the text states for a month ("arrested
/// on Nov. 12, 2019 ... since last November") or for a sentence ("In 2019, ... on May 3") fix
/// the year of a yearless mention, ahead of the publication-date defaults.
#[derive(Debug, Clone, Default)]
pub struct Resolver {
    published: Option<NaiveDate>,
    explicit: Vec<Explicit>,
}

/// A year the text states, with the month it goes with (if any) and where it is.
#[derive(Debug, Clone, Copy)]
struct Explicit {
    start: usize,
    sentence: usize,
    month: Option<u32>,
    year: i32,
}

impl Resolver {
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
                        year,
                    });
                }
            }
        }
        Resolver {
            published,
            explicit,
        }
    }

    pub fn published(&self) -> Option<NaiveDate> {
        self.published
    }

    /// The mention's `value` and `precision`.
    pub fn resolve(&self, m: &DateMention) -> Resolved {
        let expr = match m.expr {
            DateExpr::Absolute(p) if p.year.is_none() => {
                self.with_context_year(m, p).map(DateExpr::Absolute)
            }
            DateExpr::Range(a, b) if a.year.is_none() => self
                .with_context_year(m, a)
                .map(|a| DateExpr::Range(a, PartialDate { year: a.year, ..b })),
            DateExpr::Relative(Relative::NamedMonth { month, .. }) => self
                .with_context_year(m, PartialDate::ym(None, month))
                .map(DateExpr::Absolute),
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

    /// `p` with the year the document gives it, if it gives one.
    fn with_context_year(&self, m: &DateMention, p: PartialDate) -> Option<PartialDate> {
        let month = p.month?;
        let year = self
            .sentence_year(m)
            .or_else(|| self.month_year(m, month))?;
        let dated = PartialDate {
            year: Some(year),
            ..p
        };
        valid(dated).then_some(dated)
    }

    /// A bare year stated earlier in the same sentence: "In 2019, he was detained on Nov. 12".
    fn sentence_year(&self, m: &DateMention) -> Option<i32> {
        self.explicit
            .iter()
            .filter(|e| e.month.is_none() && e.sentence == m.sentence && e.start < m.start)
            .max_by_key(|e| e.start)
            .map(|e| e.year)
    }

    /// The year stated elsewhere for the same month: the nearest one before the mention, else
    /// the nearest after it. With a publication date, only a nearby one counts.
    fn month_year(&self, m: &DateMention, month: u32) -> Option<i32> {
        let same = self.explicit.iter().filter(|e| e.month == Some(month));
        let near = |e: &&Explicit| {
            self.published.is_none()
                || (e.start < m.start && e.sentence + CONTEXT_SENTENCES >= m.sentence)
                || e.sentence == m.sentence
        };
        let before = same
            .clone()
            .filter(near)
            .filter(|e| e.start < m.start)
            .max_by_key(|e| e.start);
        let after = same
            .filter(near)
            .filter(|e| e.start > m.start)
            .min_by_key(|e| e.start);
        before.or(after).map(|e| e.year)
    }
}

/// Resolves one expression without document context. `future` makes yearless dates, weekdays
/// and "this ..." resolve forward from `published` instead of back.
///
/// Rules (the `chronicle/1` contract): a value is as precise as the text allows; a missing year
/// comes from `published`, else the value is written `--MM-DD` / `--MM`; a range takes its start
/// as the value with precision `range`; a week is an ISO week (`2023-W14`, precision `range`);
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
        DateExpr::Decade(_) | DateExpr::Vague => Resolved::unknown(),
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
        (None, Some(m), Some(pub_date)) => pick_year(pub_date, m, p.day, future),
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
        Relative::Weeks(n) => {
            let monday = add_days(p, -i64::from(p.weekday().num_days_from_monday()))?;
            let week = add_days(monday, n.checked_mul(7)?)?.iso_week();
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
        Relative::Months(n) => {
            let index = i64::from(p.year()) * 12 + i64::from(p.month0()) + n;
            let (year, month0) = (index.div_euclid(12), index.rem_euclid(12));
            resolved(format!("{year:04}-{:02}", month0 + 1), Precision::Month)
        }
        Relative::Years(n) => resolved(format!("{:04}", i64::from(p.year()) + n), Precision::Year),
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
