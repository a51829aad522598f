//! Readers for the GeoNames files in the shared data folder and the English word lists used to
//! weed out names that are everyday words.

use std::collections::{HashMap, HashSet};
use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde_json::Value;

pub type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// One entry of `countries.json`.
pub struct CountryRow {
    pub iso: String,
    pub geonameid: u64,
    pub name: String,
    pub capital: String,
    pub population: u64,
}

/// One entry of `cities15000.json`.
pub struct CityRow {
    pub id: u64,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub country: String,
    pub admin1_code: String,
    pub population: u64,
    pub alternates: Vec<String>,
}

/// One row of `rg_cities1000.csv`: a place with its admin1 (region) name.
pub struct RegionalRow {
    pub lat: f64,
    pub lon: f64,
    pub name: String,
    pub admin1: String,
    pub country: String,
}

fn read_json(path: &Path) -> Result<Value> {
    let mut text = String::new();
    File::open(path)
        .map_err(|e| format!("cannot open {}: {e}", path.display()))?
        .read_to_string(&mut text)?;
    Ok(serde_json::from_str(&text)
        .map_err(|e| format!("{} is not valid JSON: {e}", path.display()))?)
}

fn str_field(v: &Value, field: &str) -> String {
    v.get(field)
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string()
}

fn u64_field(v: &Value, field: &str) -> u64 {
    v.get(field).and_then(Value::as_u64).unwrap_or(0)
}

fn f64_field(v: &Value, field: &str) -> Result<f64> {
    v.get(field)
        .and_then(Value::as_f64)
        .ok_or_else(|| format!("a place lacks the number `{field}`: {v}").into())
}

pub fn read_countries(path: &Path) -> Result<Vec<CountryRow>> {
    let json = read_json(path)?;
    let map = json
        .as_object()
        .ok_or("countries.json should be an object keyed by ISO code")?;
    Ok(map
        .values()
        .map(|v| CountryRow {
            iso: str_field(v, "iso"),
            geonameid: u64_field(v, "geonameid"),
            name: str_field(v, "name"),
            capital: str_field(v, "capital"),
            population: u64_field(v, "population"),
        })
        .filter(|c| c.iso.len() == 2)
        .collect())
}

pub fn read_cities(path: &Path) -> Result<Vec<CityRow>> {
    let json = read_json(path)?;
    let map = json
        .as_object()
        .ok_or("cities15000.json should be an object keyed by id")?;
    let mut cities = Vec::with_capacity(map.len());
    for v in map.values() {
        let alternates = v
            .get("alternatenames")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        cities.push(CityRow {
            id: u64_field(v, "geonameid"),
            name: str_field(v, "name"),
            lat: f64_field(v, "latitude")?,
            lon: f64_field(v, "longitude")?,
            country: str_field(v, "countrycode"),
            admin1_code: str_field(v, "admin1code"),
            population: u64_field(v, "population"),
            alternates,
        });
    }
    cities.sort_by_key(|c| c.id);
    Ok(cities)
}

pub fn read_regional(path: &Path) -> Result<Vec<RegionalRow>> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for record in reader.records() {
        let r = record?;
        let field = |i: usize| r.get(i).unwrap_or("").trim().to_string();
        rows.push(RegionalRow {
            lat: field(0).parse()?,
            lon: field(1).parse()?,
            name: field(2),
            admin1: field(3),
            country: field(5),
        });
    }
    Ok(rows)
}

/// Lower-case words of the English lemma table (`lemma_lu.csv.gz`): "court", "police", "split".
pub fn read_english_words(path: &Path) -> Result<HashSet<String>> {
    let file = File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let mut words = HashSet::new();
    for line in BufReader::new(flate2::read::GzDecoder::new(file)).lines() {
        let line = line?;
        let word = line.split(',').next().unwrap_or("");
        if !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase()) {
            words.insert(word.to_string());
        }
    }
    Ok(words)
}

/// How often each word occurs in lower case in CoNLL-2003 `eng.train` (news text): a measure of
/// whether a word is everyday vocabulary in reports.
pub fn read_lowercase_counts(path: &Path) -> Result<HashMap<String, u32>> {
    let file = File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let mut counts = HashMap::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        let word = line.split(' ').next().unwrap_or("");
        if !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase()) {
            *counts.entry(word.to_string()).or_insert(0) += 1;
        }
    }
    Ok(counts)
}
