//! What a date mention says, before any anchor is applied, and what it resolves to.

use chrono::Weekday;

/// A calendar date with any of its parts left open: "April 12" has no year, "2019" has only one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// The weekday the text names with the date ("Saturday, April 20"); when the year is open
    /// it picks the year in which the date falls on that weekday.
    pub weekday: Option<Weekday>,
}

impl PartialDate {
    pub fn ymd(year: Option<i32>, month: u32, day: u32) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
            weekday: None,
        }
    }

    pub fn ym(year: Option<i32>, month: u32) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
            weekday: None,
        }
    }

    pub fn year(year: i32) -> Self {
        PartialDate {
            year: Some(year),
            month: None,
            day: None,
            weekday: None,
        }
    }
}

/// "last", "this" or "next" in front of a weekday or month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Last,
    This,
    Next,
}

/// A date stated relative to the moment of writing; it needs the publication date to resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    /// Days from publication: "yesterday" -1, "today" 0, "tomorrow" 1, "three days ago" -3.
    Days(i64),
    /// "on Thursday", "last Thursday", "next Thursday".
    Weekday {
        weekday: Weekday,
        shift: Option<Shift>,
    },
    /// "from Monday to Wednesday": the span ending on the nearest such last day, written as
    /// its first day with precision `range`.
    WeekdaySpan { first: Weekday, last: Weekday },
    /// Weeks from publication's week: "this week" 0, "last week" -1, "two weeks ago" -2.
    Weeks(i64),
    /// "this weekend" 0, "last weekend" -1.
    Weekend(i64),
    /// "at the weekend", "over the weekend": the weekend just past (its Saturday on or before
    /// publication), or the coming one when the text tells the future.
    TheWeekend,
    /// Calendar months from publication's month: "last month" -1, "earlier this month" 0.
    Months(i64),
    /// Calendar years from publication's year: "last year" -1.
    Years(i64),
    /// A month name with "last", "this" or "next": "since last November".
    NamedMonth { month: u32, shift: Shift },
    /// A day of a month told by its ordinal alone: "on the 14th" (publication's month, or the
    /// month before when that day is still to come), "the 4th of this month" (`months` 0),
    /// "the 28th of last month" (`months` -1).
    DayOfMonth { day: u32, months: Option<i64> },
}

/// The year a phrase after a month points at: "March last year", "in June of that year".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// Years from publication's year: "this year" 0, "last year" -1, "next year" 1.
    Published(i64),
    /// Years from the year of the nearest earlier dated mention: "that year" 0, "the following
    /// year" 1, "the previous year" -1.
    Previous(i64),
    /// The year a headline or lede sets the whole report in ("... arrests in 2023"), which a
    /// yearless month or day takes when no publication date gives one.
    Scene(i32),
}

/// The meaning of one date mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// A date with the parts the text gives: "April 12", "12 April 2023", "March 2022", "in 2019".
    Absolute(PartialDate),
    /// A span with both ends: "May 3-5", "between March 1 and 10", "2021-2022".
    Range(PartialDate, PartialDate),
    Relative(Relative),
    /// A month (and day) whose year a phrase names: "September this year", "June of that year".
    InYear(PartialDate, YearRef),
    /// Days after the nearest earlier mention of a day: "the next day" 1, "two days later" 2,
    /// "the same day" / "that day" 0, "the previous day" -1.
    DaysAfterPrevious(i64),
    /// Weeks after the nearest earlier mention of a day: "the following week" 1. Its value
    /// is that week's month, when the whole week lies in one.
    WeeksAfterPrevious(i64),
    /// Calendar months after the month of the nearest earlier dated mention: "later that
    /// month", "the same month" 0, "the following month" 1.
    MonthsAfterPrevious(i64),
    /// Years after the year of the nearest earlier dated mention: "later that year", "the same
    /// year" 0, "the following year" 1, "the previous year" -1.
    YearsAfterPrevious(i64),
    /// "the 1990s": the first year of the decade.
    Decade(i32),
    /// A time no date can be given for: "for years", "recently", "days before the elections".
    Vague,
}

/// How precise a resolved value is, as the `chronicle/1` contract names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    Day,
    Month,
    Year,
    Range,
    Unknown,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Range => "range",
            Precision::Unknown => "unknown",
        }
    }
}

/// A mention's `date.value` and `date.precision` under the contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// ISO 8601: `2023-04-12`, `2023-04`, `2023`, `--04-12`, `--04`, `2023-W14`; `None` when
    /// the text and the anchor do not give one.
    pub value: Option<String>,
    pub precision: Precision,
}

impl Resolved {
    pub fn unknown() -> Self {
        Resolved {
            value: None,
            precision: Precision::Unknown,
        }
    }
}

/// One date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Char (Unicode scalar) offsets into the text, end-exclusive.
    pub start: usize,
    pub end: usize,
    /// The text of the span.
    pub text: String,
    pub expr: DateExpr,
    /// The mention or its clause marks it as future ("will", "next", "scheduled for").
    pub future: bool,
    /// Index of the sentence the mention is in (0-based, in text order).
    pub sentence: usize,
    /// The mention's clause is in the pluperfect ("The city had refused on Jan. 12 to approve
    /// the rally"): background, not a day the narration counts on from.
    pub background: bool,
    /// The mention dates a saying ("told reporters on Friday", "said in a statement on
    /// Monday"): when the report was given, not a day the narration counts on from either.
    pub dates_saying: bool,
    /// The mention is the day a hearing is put off to ("adjourned the trial until March 18",
    /// `data/dates/put_off_verbs.txt`): still to come, and the hearing's alone.
    pub put_off: bool,
    /// The mention names which happening a noun is ("the July 2022 unrest", "the 2021
    /// protests"): its year says when that happening was, not the year of other days told
    /// near it.
    pub names_happening: bool,
}
