//! `build-gazetteer`: turns the GeoNames files into the compact TSV files the
//! `chronicle-gazetteer` library embeds.
//!
//! ```text
//! cargo run --release -p chronicle-gazetteer --features build --bin build-gazetteer -- \
//!     --shared ../shared/data --out data/gazetteer
//! ```
//!
//! Reads `geonames/{countries.json,cities15000.json,rg_cities1000.csv}`,
//! `lemmas/lemma_lu.csv.gz` and `conll2003/eng.train` under `--shared`, and the hand-edited lists
//! in `<out>/curated/`; writes `<out>/{countries,regions,cities}.tsv`, sorted, so a rebuild from
//! the same inputs gives the same bytes.

mod curated;
mod names;
mod regions;
mod sources;
mod write;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use chronicle_gazetteer::name_key;

use names::{Blocklist, NameSet};
use sources::Result;
use write::Row;

const USAGE: &str =
    "usage: build-gazetteer --shared <path to shared/data> --out <path to data/gazetteer>";

struct Args {
    shared: PathBuf,
    out: PathBuf,
}

fn parse_args() -> Result<Args> {
    let mut shared = None;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--shared" => shared = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown argument {flag}\n{USAGE}").into()),
        }
    }
    match (shared, out) {
        (Some(shared), Some(out)) => Ok(Args { shared, out }),
        _ => Err(USAGE.into()),
    }
}

fn main() -> ExitCode {
    match parse_args().and_then(|args| run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build-gazetteer: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<()> {
    let geonames = args.shared.join("geonames");
    let countries = sources::read_countries(&geonames.join("countries.json"))?;
    let cities = sources::read_cities(&geonames.join("cities15000.json"))?;
    let regional = sources::read_regional(&geonames.join("rg_cities1000.csv"))?;
    let curated = curated::read(&args.out.join("curated"))?;
    let block = Blocklist {
        stopwords: curated.stopwords.clone(),
        keep: curated.keep.clone(),
        english: sources::read_english_words(&args.shared.join("lemmas/lemma_lu.csv.gz"))?,
        lowercase_counts: sources::read_lowercase_counts(&args.shared.join("conll2003/eng.train"))?,
    };
    // Country names are never blocked: "Chad" and "Jordan" stay countries.
    let no_block = Blocklist {
        stopwords: Default::default(),
        keep: Default::default(),
        english: Default::default(),
        lowercase_counts: Default::default(),
    };

    let admin1 = regions::assign(&cities, &regional);
    let city_rows = city_rows(&cities, &admin1, &block);
    let region_rows = region_rows(&cities, &admin1, &regional, &curated, &block)?;
    let country_rows = country_rows(&countries, &cities, &regional, &curated, &no_block);

    write::table(
        &args.out.join("countries.tsv"),
        write::Table::Countries,
        country_rows,
    )?;
    write::table(
        &args.out.join("regions.tsv"),
        write::Table::Regions,
        region_rows,
    )?;
    write::table(
        &args.out.join("cities.tsv"),
        write::Table::Cities,
        city_rows,
    )?;
    Ok(())
}

fn city_rows(
    cities: &[sources::CityRow],
    admin1: &[Option<String>],
    block: &Blocklist,
) -> Vec<Row> {
    let mut transliterated = 0;
    let mut unnamed = 0;
    let rows: Vec<Row> = cities
        .iter()
        .zip(admin1)
        .map(|(c, region)| {
            let (names, added) = names::city_names(&c.name, &c.alternates, block);
            transliterated += added;
            unnamed += usize::from(names.is_empty());
            Row {
                id: c.id,
                country: c.country.clone(),
                admin1: region.clone().unwrap_or_default(),
                name: c.name.clone(),
                lat: c.lat,
                lon: c.lon,
                population: c.population,
                names,
            }
        })
        .collect();
    let regioned = admin1.iter().filter(|a| a.is_some()).count();
    eprintln!(
        "cities: {} ({} with a region; {} names added by transliterating Cyrillic; {} left unmatchable as common words)",
        rows.len(),
        regioned,
        transliterated,
        unnamed
    );
    rows
}

fn region_rows(
    cities: &[sources::CityRow],
    admin1: &[Option<String>],
    regional: &[sources::RegionalRow],
    curated: &curated::Curated,
    block: &Blocklist,
) -> Result<Vec<Row>> {
    let regions = regions::collect(cities, admin1, regional);
    let mut rows = Vec::with_capacity(regions.len());
    let mut seen_ids = HashMap::new();
    for r in regions {
        let id = regions::region_id(&r.country, &r.name);
        if let Some(other) = seen_ids.insert(id, r.name.clone()) {
            return Err(format!("region id collision between {other} and {}", r.name).into());
        }
        let mut names = NameSet::default();
        names.add(&r.name, block);
        if let Some(core) = names::region_core(&r.name) {
            names.add(&core, block);
        }
        for alias in curated
            .region_aliases
            .get(&(r.country.clone(), r.name.clone()))
            .into_iter()
            .flatten()
        {
            names.add(alias, block);
        }
        rows.push(Row {
            id,
            country: r.country,
            admin1: r.name.clone(),
            name: r.name,
            lat: r.lat,
            lon: r.lon,
            population: r.population,
            names: names.names,
        });
    }
    let known: std::collections::HashSet<(&str, &str)> = rows
        .iter()
        .map(|r| (r.country.as_str(), r.name.as_str()))
        .collect();
    for (country, region) in curated.region_aliases.keys() {
        if !known.contains(&(country.as_str(), region.as_str())) {
            eprintln!(
                "warning: region_aliases.tsv names {country} `{region}`, which the data lacks"
            );
        }
    }
    eprintln!("regions: {}", rows.len());
    Ok(rows)
}

/// The point that stands for a country: its capital, else its most populous city, else the first
/// place the regional table lists for it.
fn country_point(
    country: &sources::CountryRow,
    cities: &[sources::CityRow],
    regional: &[sources::RegionalRow],
) -> Option<(f64, f64)> {
    let capital = name_key(&country.capital);
    let in_country = || cities.iter().filter(|c| c.country == country.iso);
    let is_capital = |c: &&sources::CityRow| {
        !capital.is_empty()
            && (name_key(&c.name) == capital || c.alternates.iter().any(|a| name_key(a) == capital))
    };
    in_country()
        .filter(is_capital)
        .max_by_key(|c| (c.population, std::cmp::Reverse(c.id)))
        .or_else(|| in_country().max_by_key(|c| (c.population, std::cmp::Reverse(c.id))))
        .map(|c| (c.lat, c.lon))
        .or_else(|| {
            regional
                .iter()
                .find(|r| r.country == country.iso)
                .map(|r| (r.lat, r.lon))
        })
}

fn country_rows(
    countries: &[sources::CountryRow],
    cities: &[sources::CityRow],
    regional: &[sources::RegionalRow],
    curated: &curated::Curated,
    no_block: &Blocklist,
) -> Vec<Row> {
    let mut rows = Vec::new();
    for c in countries {
        let Some((lat, lon)) = country_point(c, cities, regional) else {
            eprintln!(
                "skipping country {} ({}): no place in the data to locate it",
                c.iso, c.name
            );
            continue;
        };
        let mut names = NameSet::default();
        names.add(&c.name, no_block);
        if let Some(rest) = c.name.strip_prefix("The ") {
            names.add(rest, no_block);
        }
        for alias in curated.country_aliases.get(&c.iso).into_iter().flatten() {
            names.add(alias, no_block);
        }
        rows.push(Row {
            id: c.geonameid,
            country: c.iso.clone(),
            admin1: c.capital.clone(),
            name: c.name.clone(),
            lat,
            lon,
            population: c.population,
            names: names.names,
        });
    }
    eprintln!("countries: {}", rows.len());
    rows
}
