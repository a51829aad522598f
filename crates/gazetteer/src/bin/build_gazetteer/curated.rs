//! The hand-edited lists in `data/gazetteer/curated/`: extra spellings for countries and
//! regions, words that must never be places, and place names to keep although they are words.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use chronicle_gazetteer::name_key;

use crate::sources::Result;

/// Everything a monitor may edit to steer the build.
pub struct Curated {
    /// ISO2 -> extra names ("US" -> "United States of America", "USA", "America").
    pub country_aliases: HashMap<String, Vec<String>>,
    /// (ISO2, region name as GeoNames gives it) -> extra names.
    pub region_aliases: HashMap<(String, String), Vec<String>>,
    /// Keys that are never a place ("court", "justice").
    pub stopwords: HashSet<String>,
    /// Keys kept although they are English words ("nice", "split").
    pub keep: HashSet<String>,
}

fn data_lines(path: &Path) -> Result<Vec<String>> {
    let text = fs::read_to_string(path).map_err(|e| {
        format!(
            "cannot read {} (the curated lists live beside the output): {e}",
            path.display()
        )
    })?;
    Ok(text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

fn split_names(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

fn word_set(path: &Path) -> Result<HashSet<String>> {
    Ok(data_lines(path)?
        .iter()
        .map(|l| name_key(l))
        .filter(|k| !k.is_empty())
        .collect())
}

pub fn read(dir: &Path) -> Result<Curated> {
    let mut country_aliases: HashMap<String, Vec<String>> = HashMap::new();
    for line in data_lines(&dir.join("country_aliases.tsv"))? {
        let (iso, names) = line
            .split_once('\t')
            .ok_or_else(|| format!("country_aliases.tsv: expected `ISO2<TAB>names`: {line}"))?;
        country_aliases
            .entry(iso.trim().to_string())
            .or_default()
            .extend(split_names(names));
    }
    let mut region_aliases: HashMap<(String, String), Vec<String>> = HashMap::new();
    for line in data_lines(&dir.join("region_aliases.tsv"))? {
        let fields: Vec<&str> = line.split('\t').collect();
        let [iso, region, names] = fields[..] else {
            return Err(format!(
                "region_aliases.tsv: expected `ISO2<TAB>region<TAB>names`: {line}"
            )
            .into());
        };
        region_aliases
            .entry((iso.trim().to_string(), region.trim().to_string()))
            .or_default()
            .extend(split_names(names));
    }
    Ok(Curated {
        country_aliases,
        region_aliases,
        stopwords: word_set(&dir.join("stopwords.txt"))?,
        keep: word_set(&dir.join("keep_names.txt"))?,
    })
}
