//! The index: every place, and every spelling's key pointing at the places it names.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::index::{self, IndexBuilder, NameIndex, Posting};
use crate::load::{self, LoadError, LoadedPlace};
use crate::normalize::{acronym_key, name_key, push_key};
use crate::place::{Place, PlaceKind};

/// The data files, embedded so the binary needs nothing at run time.
mod embedded {
    pub const COUNTRIES: &str = include_str!("../../../data/gazetteer/countries.tsv");
    pub const REGIONS: &str = include_str!("../../../data/gazetteer/regions.tsv");
    pub const CITIES: &str = include_str!("../../../data/gazetteer/cities.tsv");
    pub const DEMONYMS: &str = include_str!("../../../data/gazetteer/demonyms.tsv");
    pub const CUES: &str = include_str!("../../../data/gazetteer/cues.tsv");
}

/// The text of each table, for [`Gazetteer::from_tables`].
#[derive(Debug, Clone, Copy)]
pub struct Tables<'t> {
    pub countries: &'t str,
    pub regions: &'t str,
    pub cities: &'t str,
    pub demonyms: &'t str,
    pub cues: &'t str,
}

impl Tables<'static> {
    /// The tables built into this crate from `data/gazetteer/`.
    pub fn embedded() -> Self {
        Tables {
            countries: embedded::COUNTRIES,
            regions: embedded::REGIONS,
            cities: embedded::CITIES,
            demonyms: embedded::DEMONYMS,
            cues: embedded::CUES,
        }
    }
}

/// A word that turns a name into a cue: "Almaty region", "city of Oral".
pub(crate) struct Cue {
    pub kind: PlaceKind,
    pub prefix: bool,
    /// Key form, e.g. "oblast".
    pub word: String,
}

/// Places and their spellings, indexed for constant-time lookup by name.
pub struct Gazetteer {
    pub(crate) places: Vec<Place>,
    by_key: NameIndex,
    by_acronym: NameIndex,
    by_id: HashMap<u64, u32>,
    by_country: HashMap<String, u32>,
    /// (ISO2, region name) -> region.
    by_region: HashMap<(String, String), u32>,
    demonyms: HashMap<Box<str>, String>,
    /// ISO2 -> the slot of the country's capital city, where the gazetteer holds it.
    capitals: HashMap<String, u32>,
    pub(crate) cues: Vec<Cue>,
    /// The last word of every prefix cue ("of" for "city of"): [`Gazetteer::ends_prefix_cue`]
    /// is asked before every capitalised run, so it looks here instead of splitting each cue.
    prefix_cue_ends: HashSet<String, foldhash::fast::FixedState>,
}

/// A place found under a name, and whether the name is its own (not an alternate spelling).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'g> {
    pub place: &'g Place,
    pub own_name: bool,
}

impl Gazetteer {
    /// The gazetteer built from the embedded data, loaded on first use (tens of milliseconds)
    /// and shared afterwards.
    pub fn embedded() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| {
            // The embedded tables are checked by this crate's tests, so failing here means the
            // data files were edited without running them.
            Gazetteer::from_tables(Tables::embedded())
                .unwrap_or_else(|e| panic!("the embedded gazetteer data is broken: {e}"))
        })
    }

    /// Builds a gazetteer from table texts in the formats of `data/gazetteer/` (useful for tests
    /// and for data edited outside the binary).
    pub fn from_tables(tables: Tables<'_>) -> Result<Gazetteer, LoadError> {
        let mut loaded: Vec<LoadedPlace<'_>> = load::countries(tables.countries)?;
        loaded.extend(load::regions(tables.regions)?);
        loaded.extend(load::cities(tables.cities)?);

        let mut by_key = IndexBuilder::with_capacity(loaded.len() * 4);
        let mut by_acronym = IndexBuilder::with_capacity(64);
        let mut by_id = HashMap::with_capacity(loaded.len());
        let mut by_country = HashMap::new();
        let mut by_region = HashMap::new();
        let mut places = Vec::with_capacity(loaded.len());
        let mut key = String::new();
        for (i, LoadedPlace { place, names }) in loaded.into_iter().enumerate() {
            let own_key = name_key(&place.name);
            for name in load::names(names) {
                if let Some(acronym) = acronym_key(name) {
                    by_acronym.add(&acronym, index::posting(i, false));
                    continue;
                }
                push_key(name, &mut key);
                if !key.is_empty() {
                    let own = key == own_key;
                    by_key.add(&key, index::posting(i, own));
                }
            }
            let slot = i as u32;
            by_id.insert(place.id, slot);
            match place.kind {
                PlaceKind::Country => {
                    by_country.insert(place.country.clone(), slot);
                }
                PlaceKind::Region => {
                    by_region.insert((place.country.clone(), place.name.clone()), slot);
                }
                PlaceKind::City => {}
            }
            places.push(place);
        }

        let mut demonyms = HashMap::new();
        for (form, iso) in load::demonyms(tables.demonyms)? {
            demonyms.insert(name_key(form).into(), iso);
        }
        let cues = load::cues(tables.cues)?
            .into_iter()
            .map(|(kind, prefix, word)| Cue {
                kind,
                prefix,
                word: name_key(word),
            })
            .collect::<Vec<Cue>>();
        let prefix_cue_ends = cues
            .iter()
            .filter(|c| c.prefix)
            .filter_map(|c| c.word.rsplit(' ').next())
            .map(str::to_string)
            .collect();

        // Countries, then regions, then cities; bigger first.
        let rank = |p: Posting| {
            let place = &places[index::place_of(p)];
            (place.kind, std::cmp::Reverse(place.population), place.id)
        };
        let by_key = by_key.finish(rank);
        let by_acronym = by_acronym.finish(rank);
        let mut gazetteer = Gazetteer {
            places,
            by_key,
            by_acronym,
            by_id,
            by_country,
            by_region,
            demonyms,
            capitals: HashMap::new(),
            cues,
            prefix_cue_ends,
        };
        // A capital is the country's most populous city of that name.
        for (iso, name) in load::capitals(tables.countries)? {
            let city = gazetteer
                .candidates(name)
                .into_iter()
                .find(|p| p.kind == PlaceKind::City && p.country == iso)
                .map(|p| p.id);
            if let Some(&slot) = city.and_then(|id| gazetteer.by_id.get(&id)) {
                gazetteer.capitals.insert(iso, slot);
            }
        }
        Ok(gazetteer)
    }

    /// Every place a name may refer to: countries first, then regions, then cities, each by
    /// falling population. Case, diacritics, apostrophes and hyphens do not matter; an
    /// all-capitals abbreviation ("US", "UAE") matches only in capitals.
    pub fn candidates(&self, name: &str) -> Vec<&Place> {
        self.hits(name).map(|h| h.place).collect()
    }

    pub(crate) fn hits(&self, name: &str) -> impl Iterator<Item = Hit<'_>> {
        let acronym = acronym_key(name)
            .map(|a| self.by_acronym.get(&a))
            .unwrap_or_default();
        let plain = self.by_key.get(&name_key(name));
        acronym.iter().chain(plain).map(|&p| self.hit(p))
    }

    /// The places under an already folded key (see [`crate::name_key`]).
    pub(crate) fn hits_by_key(&self, key: &str) -> impl Iterator<Item = Hit<'_>> {
        self.by_key.get(key).iter().map(|&p| self.hit(p))
    }

    fn hit(&self, posting: Posting) -> Hit<'_> {
        Hit {
            place: &self.places[index::place_of(posting)],
            own_name: index::is_own_name(posting),
        }
    }

    /// True when some place goes by this name.
    pub fn is_place_name(&self, name: &str) -> bool {
        self.hits(name).next().is_some()
    }

    /// The kind of place that words before a name announce: "village of" and "the city of"
    /// give [`PlaceKind::City`], "province of" [`PlaceKind::Region`]. `words` are the
    /// lower-cased words just before the name, e.g. "village of".
    pub fn prefix_cue(&self, words: &str) -> Option<PlaceKind> {
        let words = name_key(words);
        self.cues
            .iter()
            .find(|c| c.prefix && c.word == words)
            .map(|c| c.kind)
    }

    /// Whether some prefix cue ends with `word` (lower-case): a cheap test before
    /// [`Gazetteer::prefix_cue`].
    pub fn ends_prefix_cue(&self, word: &str) -> bool {
        self.prefix_cue_ends.contains(word)
    }

    /// The kind of place a word after a name announces: "district" and "region" give
    /// [`PlaceKind::Region`], "neighbourhood" [`PlaceKind::City`].
    pub fn suffix_cue(&self, word: &str) -> Option<PlaceKind> {
        let word = name_key(word);
        self.cues
            .iter()
            .find(|c| !c.prefix && c.word == word)
            .map(|c| c.kind)
    }

    /// The place with this id (a GeoNames id, or a region's own id).
    pub fn by_id(&self, id: u64) -> Option<&Place> {
        self.by_id.get(&id).map(|&i| &self.places[i as usize])
    }

    /// The country with this ISO 3166-1 alpha-2 code, in any case.
    pub fn country(&self, iso2: &str) -> Option<&Place> {
        self.by_country
            .get(&iso2.trim().to_ascii_uppercase())
            .map(|&i| &self.places[i as usize])
    }

    /// The capital city of the country with this code ("AZ" -> Baku), when the gazetteer
    /// holds it.
    pub fn capital(&self, iso2: &str) -> Option<&Place> {
        self.capitals
            .get(&iso2.trim().to_ascii_uppercase())
            .map(|&i| &self.places[i as usize])
    }

    /// The English name of the country with this code ("KZ" -> "Kazakhstan").
    pub fn country_name(&self, iso2: &str) -> Option<&str> {
        self.country(iso2).map(|p| p.name.as_str())
    }

    /// The country a demonym or adjective belongs to: "Kazakh", "Kazakhstani", "Kazakhs" -> "KZ".
    pub fn demonym_country(&self, word: &str) -> Option<&str> {
        let key = name_key(word);
        let found = self.demonyms.get(key.as_str()).or_else(|| {
            let singular = key.strip_suffix('s')?;
            self.demonyms.get(singular)
        });
        found.map(String::as_str)
    }

    /// The region a city lies in, when known.
    pub fn region_of(&self, place: &Place) -> Option<&Place> {
        if place.kind != PlaceKind::City {
            return None;
        }
        let key = (place.country.clone(), place.admin1.clone()?);
        self.by_region.get(&key).map(|&i| &self.places[i as usize])
    }

    /// All places, countries first, then regions, then cities.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Every folded spelling the index holds (for building a text matcher over them).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.by_key.keys()
    }
}
