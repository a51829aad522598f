//! Admin1 regions. `cities15000.json` gives each city only an admin1 *code*; the region *names*
//! come from `rg_cities1000.csv`. We match each city to its row there (same country, same name,
//! nearby; failing that the nearest row within a few kilometres), then name every
//! (country, admin1 code) by the majority of its cities' matches.

use std::collections::{BTreeMap, HashMap};

use chronicle_gazetteer::name_key;

use crate::sources::{CityRow, RegionalRow};

/// Squared degrees: a name match may be this far off (about 30 km)...
const NAME_MATCH_RADIUS2: f64 = 0.3 * 0.3;
/// ...a match by position alone only this far (about 3 km).
const POSITION_MATCH_RADIUS2: f64 = 0.03 * 0.03;

fn dist2(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dlat, dlon) = (a.0 - b.0, a.1 - b.1);
    dlat * dlat + dlon * dlon
}

fn cell(lat: f64, lon: f64) -> (i32, i32) {
    ((lat * 10.0).floor() as i32, (lon * 10.0).floor() as i32)
}

/// Finds the admin1 name of a city from the regional table.
struct RegionalIndex<'a> {
    rows: &'a [RegionalRow],
    by_name: HashMap<(&'a str, String), Vec<usize>>,
    by_cell: HashMap<(&'a str, (i32, i32)), Vec<usize>>,
}

impl<'a> RegionalIndex<'a> {
    fn new(rows: &'a [RegionalRow]) -> Self {
        let mut by_name: HashMap<_, Vec<usize>> = HashMap::new();
        let mut by_cell: HashMap<_, Vec<usize>> = HashMap::new();
        for (i, r) in rows
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.admin1.is_empty())
        {
            by_name
                .entry((r.country.as_str(), name_key(&r.name)))
                .or_default()
                .push(i);
            by_cell
                .entry((r.country.as_str(), cell(r.lat, r.lon)))
                .or_default()
                .push(i);
        }
        RegionalIndex {
            rows,
            by_name,
            by_cell,
        }
    }

    fn nearest(
        &self,
        candidates: impl Iterator<Item = usize>,
        at: (f64, f64),
        radius2: f64,
    ) -> Option<&'a str> {
        candidates
            .map(|i| (dist2(at, (self.rows[i].lat, self.rows[i].lon)), i))
            .filter(|(d, _)| *d <= radius2)
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .map(|(_, i)| self.rows[i].admin1.as_str())
    }

    fn admin1_of(&self, city: &CityRow) -> Option<&'a str> {
        let at = (city.lat, city.lon);
        let country = city.country.as_str();
        let named = self
            .by_name
            .get(&(country, name_key(&city.name)))
            .into_iter()
            .flatten()
            .copied();
        self.nearest(named, at, NAME_MATCH_RADIUS2).or_else(|| {
            let (clat, clon) = cell(city.lat, city.lon);
            let near = (-1..=1)
                .flat_map(|dy| (-1..=1).map(move |dx| (clat + dy, clon + dx)))
                .filter_map(|c| self.by_cell.get(&(country, c)))
                .flatten()
                .copied();
            self.nearest(near, at, POSITION_MATCH_RADIUS2)
        })
    }
}

/// The admin1 region name of each city (parallel to `cities`), `None` where unknown.
pub fn assign(cities: &[CityRow], regional: &[RegionalRow]) -> Vec<Option<String>> {
    let index = RegionalIndex::new(regional);
    let direct: Vec<Option<&str>> = cities.iter().map(|c| index.admin1_of(c)).collect();
    let mut votes: HashMap<(&str, &str), BTreeMap<&str, u32>> = HashMap::new();
    for (city, name) in cities.iter().zip(&direct) {
        if let Some(name) = name {
            *votes
                .entry((&city.country, &city.admin1_code))
                .or_default()
                .entry(name)
                .or_insert(0) += 1;
        }
    }
    // Majority per code; BTreeMap order makes ties go to the alphabetically first name.
    let majority: HashMap<(&str, &str), &str> = votes
        .iter()
        .filter_map(|(code, tally)| {
            let best = tally
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
            Some((*code, *best.0))
        })
        .collect();
    cities
        .iter()
        .zip(&direct)
        .map(|(city, name)| {
            majority
                .get(&(city.country.as_str(), city.admin1_code.as_str()))
                .copied()
                .or(*name)
                .map(str::to_string)
        })
        .collect()
}

/// A region as written to `regions.tsv`.
pub struct Region {
    pub country: String,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// Sum over its cities of 15,000 or more: a lower bound, used only to rank.
    pub population: u64,
}

/// All regions named in the regional table, placed at their most populous city (or, with no
/// city of 15,000, at their first listed place).
pub fn collect(
    cities: &[CityRow],
    admin1: &[Option<String>],
    regional: &[RegionalRow],
) -> Vec<Region> {
    let mut regions: BTreeMap<(String, String), Region> = BTreeMap::new();
    let mut best_city: HashMap<(String, String), u64> = HashMap::new();
    for (city, name) in cities.iter().zip(admin1) {
        let Some(name) = name else { continue };
        let key = (city.country.clone(), name.clone());
        let region = regions.entry(key.clone()).or_insert_with(|| Region {
            country: city.country.clone(),
            name: name.clone(),
            lat: city.lat,
            lon: city.lon,
            population: 0,
        });
        region.population += city.population;
        let best = best_city.entry(key).or_insert(0);
        if city.population > *best {
            *best = city.population;
            region.lat = city.lat;
            region.lon = city.lon;
        }
    }
    for row in regional.iter().filter(|r| !r.admin1.is_empty()) {
        regions
            .entry((row.country.clone(), row.admin1.clone()))
            .or_insert_with(|| Region {
                country: row.country.clone(),
                name: row.admin1.clone(),
                lat: row.lat,
                lon: row.lon,
                population: 0,
            });
    }
    regions.into_values().collect()
}

/// A stable id for a region, which GeoNames' files here do not give: 2^40 plus a 32-bit FNV-1a
/// hash of "ISO2/name", far above any GeoNames id.
pub fn region_id(country: &str, name: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in country.bytes().chain([b'/']).chain(name.bytes()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    chronicle_gazetteer::REGION_ID_BASE + (hash & 0xffff_ffff)
}
