//! Parsing the TSV tables into places and demonyms.

use std::fmt;

use crate::place::{Place, PlaceKind};

/// A line of gazetteer data that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub table: &'static str,
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "gazetteer table {} line {}: {} (regenerate data/gazetteer with build-gazetteer, or fix the hand-edited file)",
            self.table, self.line, self.message
        )
    }
}

impl std::error::Error for LoadError {}

/// A place with the spellings it is indexed under.
pub(crate) struct LoadedPlace<'t> {
    pub place: Place,
    /// The `|`-separated spellings column.
    pub names: &'t str,
}

/// The spellings of a `|`-separated column.
pub(crate) fn names(column: &str) -> impl Iterator<Item = &str> {
    column.split('|').map(str::trim).filter(|n| !n.is_empty())
}

/// The non-comment, non-blank lines of a table with their 1-based numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

struct Fields<'t> {
    table: &'static str,
    line: usize,
    fields: Vec<&'t str>,
}

impl<'t> Fields<'t> {
    fn new(
        table: &'static str,
        line: usize,
        text: &'t str,
        expected: usize,
    ) -> Result<Self, LoadError> {
        let fields: Vec<&str> = text.split('\t').collect();
        let me = Fields {
            table,
            line,
            fields,
        };
        if me.fields.len() != expected {
            return Err(me.error(format!(
                "expected {expected} tab-separated columns, found {}",
                me.fields.len()
            )));
        }
        Ok(me)
    }

    fn error(&self, message: String) -> LoadError {
        LoadError {
            table: self.table,
            line: self.line,
            message,
        }
    }

    fn text(&self, i: usize) -> &'t str {
        self.fields[i].trim()
    }

    fn number<T: std::str::FromStr>(&self, i: usize, what: &str) -> Result<T, LoadError> {
        self.text(i).parse().map_err(|_| {
            self.error(format!(
                "column {} ({what}) is not a number: {:?}",
                i + 1,
                self.text(i)
            ))
        })
    }

    fn names(&self, i: usize) -> impl Iterator<Item = &'t str> {
        names(self.text(i))
    }
}

/// `countries.tsv`: iso2, geonameid, name, capital, lat, lon, population, names.
pub(crate) fn countries(text: &str) -> Result<Vec<LoadedPlace<'_>>, LoadError> {
    data_lines(text)
        .map(|(n, line)| {
            let f = Fields::new("countries.tsv", n, line, 8)?;
            Ok(LoadedPlace {
                place: Place {
                    id: f.number(1, "geonameid")?,
                    name: f.text(2).to_string(),
                    kind: PlaceKind::Country,
                    country: f.text(0).to_ascii_uppercase(),
                    admin1: None,
                    lat: f.number(4, "latitude")?,
                    lon: f.number(5, "longitude")?,
                    population: f.number(6, "population")?,
                },
                names: f.text(7),
            })
        })
        .collect()
}

/// The capital each country row of `countries.tsv` names: (iso2, capital's name).
pub(crate) fn capitals(text: &str) -> Result<Vec<(String, &str)>, LoadError> {
    data_lines(text)
        .map(|(n, line)| {
            let f = Fields::new("countries.tsv", n, line, 8)?;
            Ok((f.text(0).to_ascii_uppercase(), f.text(3)))
        })
        .collect()
}

/// `regions.tsv`: id, iso2, name, lat, lon, population, names.
pub(crate) fn regions(text: &str) -> Result<Vec<LoadedPlace<'_>>, LoadError> {
    data_lines(text)
        .map(|(n, line)| {
            let f = Fields::new("regions.tsv", n, line, 7)?;
            Ok(LoadedPlace {
                place: Place {
                    id: f.number(0, "id")?,
                    name: f.text(2).to_string(),
                    kind: PlaceKind::Region,
                    country: f.text(1).to_ascii_uppercase(),
                    admin1: Some(f.text(2).to_string()),
                    lat: f.number(3, "latitude")?,
                    lon: f.number(4, "longitude")?,
                    population: f.number(5, "population")?,
                },
                names: f.text(6),
            })
        })
        .collect()
}

/// `cities.tsv`: geonameid, iso2, admin1, name, lat, lon, population, names.
pub(crate) fn cities(text: &str) -> Result<Vec<LoadedPlace<'_>>, LoadError> {
    data_lines(text)
        .map(|(n, line)| {
            let f = Fields::new("cities.tsv", n, line, 8)?;
            let admin1 = f.text(2);
            Ok(LoadedPlace {
                place: Place {
                    id: f.number(0, "geonameid")?,
                    name: f.text(3).to_string(),
                    kind: PlaceKind::City,
                    country: f.text(1).to_ascii_uppercase(),
                    admin1: (!admin1.is_empty()).then(|| admin1.to_string()),
                    lat: f.number(4, "latitude")?,
                    lon: f.number(5, "longitude")?,
                    population: f.number(6, "population")?,
                },
                names: f.text(7),
            })
        })
        .collect()
}

/// `demonyms.tsv`: iso2, forms. Returns (form, ISO2) pairs.
pub(crate) fn demonyms(text: &str) -> Result<Vec<(&str, String)>, LoadError> {
    let mut pairs = Vec::new();
    for (n, line) in data_lines(text) {
        let f = Fields::new("demonyms.tsv", n, line, 2)?;
        let iso = f.text(0).to_ascii_uppercase();
        if iso.len() != 2 {
            return Err(f.error(format!("{iso:?} is not a two-letter country code")));
        }
        pairs.extend(f.names(1).map(|form| (form, iso.clone())));
    }
    Ok(pairs)
}

/// `cues.tsv`: kind, position (prefix|suffix), words. Returns (kind, is_prefix, words).
pub(crate) fn cues(text: &str) -> Result<Vec<(PlaceKind, bool, &str)>, LoadError> {
    let mut cues = Vec::new();
    for (n, line) in data_lines(text) {
        let f = Fields::new("cues.tsv", n, line, 3)?;
        let kind = match f.text(0) {
            "country" => PlaceKind::Country,
            "region" => PlaceKind::Region,
            "city" => PlaceKind::City,
            other => {
                return Err(f.error(format!(
                    "unknown place kind {other:?} (country, region or city)"
                )))
            }
        };
        let prefix = match f.text(1) {
            "prefix" => true,
            "suffix" => false,
            other => return Err(f.error(format!("position {other:?} should be prefix or suffix"))),
        };
        cues.push((kind, prefix, f.text(2)));
    }
    Ok(cues)
}
