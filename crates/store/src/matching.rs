//! When two reports describe one event: date and place compatibility, free of the database.
//!
//! Two reports of the same type about the same subject are one event when their dates and
//! places do not contradict each other. Dates are compared on the parts both give ("2023-04"
//! fits "2023-04-12"; "--04-12" fits "2023-04-12"), with one day of slack between two full
//! dates, since outlets resolve "yesterday" against different publication times.

use chrono::NaiveDate;

/// The parts of an ISO date value (`2023-04-12`, `2023-04`, `2023`, `--04-12`, `--04`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateParts {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl DateParts {
    /// Reads a date value; `None` for anything that is not one of the contract's forms.
    pub fn parse(value: &str) -> Option<DateParts> {
        let (year, rest) = if let Some(rest) = value.strip_prefix("--") {
            (None, rest)
        } else {
            let (y, rest) = value.split_at(value.find('-').unwrap_or(value.len()));
            if y.len() != 4 {
                return None;
            }
            (
                Some(y.parse().ok()?),
                rest.strip_prefix('-').unwrap_or(rest),
            )
        };
        let mut parts = rest.split('-').filter(|p| !p.is_empty());
        let month = parts.next().map(|m| m.parse::<u32>()).transpose().ok()?;
        let day = parts.next().map(|d| d.parse::<u32>()).transpose().ok()?;
        if parts.next().is_some() || month.is_some_and(|m| !(1..=12).contains(&m)) {
            return None;
        }
        if year.is_none() && month.is_none() {
            return None;
        }
        Some(DateParts { year, month, day })
    }

    fn full(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)
    }
}

/// Whether two event dates can be the same day. Unknown or unreadable dates fit anything.
pub fn dates_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a.and_then(DateParts::parse), b.and_then(DateParts::parse)) else {
        return true;
    };
    if let (Some(x), Some(y)) = (a.full(), b.full()) {
        return (x - y).num_days().abs() <= 1;
    }
    let agree = |x: Option<u32>, y: Option<u32>| x.is_none() || y.is_none() || x == y;
    (a.year.is_none() || b.year.is_none() || a.year == b.year)
        && agree(a.month, b.month)
        && agree(a.day, b.day)
}

/// How precise a date value is: 3 day, 2 month, 1 year, 0 unknown. A later report's more
/// precise date is preferred to an earlier vaguer one.
pub fn date_precision_rank(value: &str) -> u8 {
    match DateParts::parse(value) {
        Some(DateParts { day: Some(_), .. }) => 3,
        Some(DateParts { month: Some(_), .. }) => 2,
        Some(_) => 1,
        None => 0,
    }
}

/// A place as the matcher sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRef {
    pub id: i64,
    pub country: Option<String>,
    /// Resolved in the gazetteer (a city or region), not just a country or a loose name.
    pub resolved: bool,
}

/// Whether two event places can be the same: the same place, an unknown one, or a coarse
/// place (not resolved in the gazetteer) in the other's country.
pub fn places_compatible(a: Option<&PlaceRef>, b: Option<&PlaceRef>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    if a.id == b.id {
        return true;
    }
    let same_country = matches!((&a.country, &b.country), (Some(x), Some(y)) if x == y);
    same_country && (!a.resolved || !b.resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_contract_forms() {
        assert_eq!(
            DateParts::parse("2023-04-12"),
            Some(DateParts {
                year: Some(2023),
                month: Some(4),
                day: Some(12)
            })
        );
        assert_eq!(DateParts::parse("2023").unwrap().month, None);
        assert_eq!(
            DateParts::parse("--04").unwrap(),
            DateParts {
                year: None,
                month: Some(4),
                day: None
            }
        );
        assert_eq!(DateParts::parse("April"), None);
        assert_eq!(DateParts::parse("2023-13"), None);
        assert_eq!(DateParts::parse("--"), None);
    }

    #[test]
    fn dates_agree_on_shared_parts() {
        assert!(dates_compatible(Some("2023-04-12"), Some("2023-04")));
        assert!(dates_compatible(Some("--04-12"), Some("2023-04-12")));
        assert!(dates_compatible(Some("2023-04-12"), Some("2023-04-13")));
        assert!(dates_compatible(None, Some("2023-04-13")));
        assert!(!dates_compatible(Some("2023-04-12"), Some("2023-04-20")));
        assert!(!dates_compatible(Some("2023-04"), Some("2023-05-01")));
        assert!(!dates_compatible(Some("2022"), Some("2023-04")));
        assert!(!dates_compatible(Some("--04-12"), Some("2023-05-12")));
    }

    #[test]
    fn precision_ranks() {
        assert!(date_precision_rank("2023-04-12") > date_precision_rank("2023-04"));
        assert!(date_precision_rank("2023-04") > date_precision_rank("2023"));
        assert_eq!(date_precision_rank("soon"), 0);
    }

    #[test]
    fn places_conflict_only_when_both_precise_and_different() {
        let almaty = PlaceRef {
            id: 1,
            country: Some("KZ".into()),
            resolved: true,
        };
        let oral = PlaceRef {
            id: 2,
            country: Some("KZ".into()),
            resolved: true,
        };
        let kz = PlaceRef {
            id: 3,
            country: Some("KZ".into()),
            resolved: false,
        };
        let moscow = PlaceRef {
            id: 4,
            country: Some("RU".into()),
            resolved: true,
        };
        assert!(places_compatible(Some(&almaty), Some(&almaty)));
        assert!(places_compatible(Some(&almaty), None));
        assert!(places_compatible(Some(&kz), Some(&oral)));
        assert!(!places_compatible(Some(&almaty), Some(&oral)));
        assert!(!places_compatible(Some(&kz), Some(&moscow)));
    }
}
