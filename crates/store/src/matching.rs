//! When two reports describe one event: date and place compatibility, free of the database.
//!
//! Two reports of the same type about the same subject are one event when their dates and
//! places do not contradict each other. Dates are compared on the parts both give ("2023-04"
//! fits "2023-04-12"; "--04-12" fits "2023-04-12"), with one day of slack between two full
//! dates, since outlets resolve "yesterday" against different publication times. Places
//! are compared by level: a country fits any place in it, a region the cities in it, and two
//! different cities never fit.

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

/// How specific a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceLevel {
    Country,
    /// A first-level division (oblast, province, state).
    Region,
    City,
    /// Not found in the gazetteer: compared by country only.
    Unknown,
}

impl PlaceLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceLevel::Country => "country",
            PlaceLevel::Region => "region",
            PlaceLevel::City => "city",
            PlaceLevel::Unknown => "unknown",
        }
    }

    pub fn parse(s: Option<&str>) -> PlaceLevel {
        match s {
            Some("country") => PlaceLevel::Country,
            Some("region") => PlaceLevel::Region,
            Some("city") => PlaceLevel::City,
            _ => PlaceLevel::Unknown,
        }
    }
}

/// A place as the matcher sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRef {
    pub id: i64,
    pub country: Option<String>,
    pub level: PlaceLevel,
    /// The region a city lies in, or a region's own name.
    pub admin1: Option<String>,
}

/// Whether two event places can be the same: the same place, an unknown one, a country and
/// something in it, or a region and a city in it. Two different cities never are.
pub fn places_compatible(a: Option<&PlaceRef>, b: Option<&PlaceRef>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    if a.id == b.id {
        return true;
    }
    if let (Some(x), Some(y)) = (&a.country, &b.country) {
        if x != y {
            return false;
        }
    }
    use PlaceLevel::*;
    match (a.level, b.level) {
        (Country | Unknown, _) | (_, Country | Unknown) => true,
        (Region, City) | (City, Region) => {
            matches!((&a.admin1, &b.admin1), (Some(x), Some(y)) if x == y)
        }
        _ => false,
    }
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

    fn place(id: i64, country: &str, level: PlaceLevel, admin1: Option<&str>) -> PlaceRef {
        PlaceRef {
            id,
            country: Some(country.into()),
            level,
            admin1: admin1.map(str::to_string),
        }
    }

    #[test]
    fn places_conflict_only_when_both_precise_and_different() {
        let almaty = place(1, "KZ", PlaceLevel::City, Some("Almaty Qalasy"));
        let oral = place(2, "KZ", PlaceLevel::City, Some("Batys Qazaqstan"));
        let kz = place(3, "KZ", PlaceLevel::Country, None);
        let west = place(5, "KZ", PlaceLevel::Region, Some("Batys Qazaqstan"));
        let moscow = place(4, "RU", PlaceLevel::City, Some("Moscow"));
        let loose = place(6, "KZ", PlaceLevel::Unknown, None);
        assert!(places_compatible(Some(&almaty), Some(&almaty)));
        assert!(places_compatible(Some(&almaty), None));
        assert!(places_compatible(Some(&kz), Some(&oral)));
        assert!(places_compatible(Some(&west), Some(&oral)));
        assert!(places_compatible(Some(&loose), Some(&oral)));
        assert!(!places_compatible(Some(&west), Some(&almaty)));
        assert!(!places_compatible(Some(&almaty), Some(&oral)));
        assert!(!places_compatible(Some(&kz), Some(&moscow)));
    }
}
