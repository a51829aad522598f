//! Choosing one place for a name, given what the document is about.
//!
//! The rules, strongest first: a cue ("the city of", "region") picks its kind; a country beats
//! a city or region of the same name; a place in a country the document is about beats a bigger
//! one elsewhere; a place's own name beats another place's alternate spelling; then the bigger
//! place wins. They are weights in one score so that they can trade off where they meet.

use crate::gazetteer::{Gazetteer, Hit};
use crate::normalize::name_key;
use crate::place::{Place, PlaceKind};

/// What the caller knows about the document a name comes from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// ISO2 codes of the countries the document is about, each weighted 0..=1 (1: certainly).
    pub countries: &'a [(&'a str, f32)],
    /// The kind of place the text itself signals ("the city of", "region", "province").
    pub cue: Option<PlaceKind>,
}

impl<'a> Context<'a> {
    /// A context with document countries and no cue.
    pub fn in_countries(countries: &'a [(&'a str, f32)]) -> Self {
        Context {
            countries,
            cue: None,
        }
    }

    fn country_weight(&self, iso2: &str) -> f32 {
        self.countries
            .iter()
            .filter(|(c, _)| c.eq_ignore_ascii_case(iso2))
            .map(|(_, w)| w.clamp(0.0, 1.0))
            .fold(0.0, f32::max)
    }
}

/// A cue outweighs everything else.
const CUE_MATCH: f32 = 100.0;
/// Countries win over same-named cities even in a document about the city's country.
const COUNTRY_BONUS: f32 = 6.0;
/// Uncued, a region loses to a city of the same name (even one that only has it as an
/// alternate spelling, "Qaraghandy") unless the region is a hundred times bigger.
const REGION_PENALTY: f32 = -4.0;
/// Full weight of a document country: worth a 1000-fold population difference.
const DOCUMENT_COUNTRY: f32 = 3.0;
/// The place's own name rather than an alternate: "Minsk" is Minsk before Mińsk Mazowiecki.
const OWN_NAME: f32 = 2.0;
/// A city abroad known by the name only as one of its alternates: "Adjara" in a report on
/// Georgia is the Georgian province, not Adjarra in Benin.
const FOREIGN_ALTERNATE: f32 = -3.0;

/// Short capitals are mostly acronyms: "U.N." is no town Un, "PTA" (an act) no Pretoria,
/// "SIM cards" no Sim. A dotted one names only a country ("U.S."); two capitals only a country
/// ("UK"); three a country or a big city by its own name ("UFA, Russia —" in a dateline).
fn acronym_may_name(name: &str, hit: &Hit<'_>) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters > 0
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '.' || c == ' ');
    if !capitals || letters > 3 {
        return true;
    }
    let place = hit.place;
    if place.kind == PlaceKind::Country {
        return true;
    }
    letters == 3
        && !name.contains('.')
        && hit.own_name
        && place.name.eq_ignore_ascii_case(name)
        && place.population >= 100_000
}

fn score(hit: &Hit<'_>, ctx: &Context<'_>, cue: Option<PlaceKind>) -> f32 {
    let place = hit.place;
    let mut s = (place.population.max(1) as f32).log10();
    if cue == Some(place.kind) {
        s += CUE_MATCH;
    }
    s += match place.kind {
        PlaceKind::Country => COUNTRY_BONUS,
        PlaceKind::Region => REGION_PENALTY,
        PlaceKind::City => 0.0,
    };
    let weight = ctx.country_weight(&place.country);
    s += DOCUMENT_COUNTRY * weight;
    if hit.own_name {
        s += OWN_NAME;
    } else if place.kind == PlaceKind::City && weight == 0.0 && !ctx.countries.is_empty() {
        s += FOREIGN_ALTERNATE;
    }
    s
}

impl Gazetteer {
    /// The place a name most likely means in this context, or `None` when no place has the name.
    ///
    /// When the name as given is unknown, looser readings are tried in turn: without a leading
    /// "the" or a possessive "'s" ("Kazakhstan's"), then with a cue word taken off and obeyed
    /// ("Almaty region", "Almaty Oblast", "city of Oral").
    pub fn resolve(&self, name: &str, ctx: &Context<'_>) -> Option<&Place> {
        let (hits, cue) = self.readings(name, ctx.cue)?;
        hits.iter()
            .filter(|h| acronym_may_name(name, h))
            .map(|h| (score(h, ctx, cue), h.place))
            .max_by(|a, b| {
                a.0.total_cmp(&b.0)
                    .then(a.1.population.cmp(&b.1.population))
                    .then(b.1.id.cmp(&a.1.id))
            })
            .map(|(_, place)| place)
    }

    /// The places `name` may mean as written: its candidates, less those an acronym cannot
    /// name ("U.N." is no town Un, so it tells nothing of India).
    pub fn plausible_candidates(&self, name: &str) -> Vec<&Place> {
        self.hits(name)
            .filter(|h| acronym_may_name(name, h))
            .map(|h| h.place)
            .collect()
    }

    /// The first reading of `name` that names some place, with the cue it implies.
    fn readings(
        &self,
        name: &str,
        cue: Option<PlaceKind>,
    ) -> Option<(Vec<Hit<'_>>, Option<PlaceKind>)> {
        let exact: Vec<Hit<'_>> = self.hits(name).collect();
        if !exact.is_empty() {
            return Some((exact, cue));
        }
        let name = name.trim();
        let name = ["'s", "’s", "'", "’"]
            .iter()
            .find_map(|p| name.strip_suffix(p))
            .unwrap_or(name);
        let key = name_key(name);
        let key = key.strip_prefix("the ").unwrap_or(&key);
        let loose: Vec<Hit<'_>> = self.hits_by_key(key).collect();
        if !loose.is_empty() {
            return Some((loose, cue));
        }
        let (core, implied) = self.split_cue(key)?;
        let cued: Vec<Hit<'_>> = self.hits_by_key(&core).collect();
        (!cued.is_empty()).then_some((cued, cue.or(Some(implied))))
    }

    /// Splits "almaty region" into ("almaty", Region) and "city of oral" into ("oral", City).
    fn split_cue(&self, key: &str) -> Option<(String, PlaceKind)> {
        self.cues.iter().find_map(|cue| {
            let core = if cue.prefix {
                key.strip_prefix(cue.word.as_str())?.strip_prefix(' ')?
            } else {
                key.strip_suffix(cue.word.as_str())?.strip_suffix(' ')?
            };
            (!core.is_empty()).then(|| (core.to_string(), cue.kind))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Tables;

    /// A small world: two countries, a region and city sharing a name, namesake cities in two
    /// countries, and a town whose alternate spelling is a big city's name.
    const COUNTRIES: &str = "KZ\t1522867\tKazakhstan\tAstana\t51.18\t71.45\t18000000\tKazakhstan\n\
        GE\t614540\tGeorgia\tTbilisi\t41.69\t44.83\t3700000\tGeorgia\n\
        PL\t798544\tPoland\tWarsaw\t52.23\t21.01\t38000000\tPoland\n";
    const REGIONS: &str =
        "1099511627777\tKZ\tAlmaty Oblysy\t45.0\t78.4\t2000000\tAlmaty Oblysy|Almaty\n";
    const CITIES: &str =
        "1526384\tKZ\tAlmaty Qalasy\tAlmaty\t43.25\t76.92\t1977011\tAlmaty|Alma-Ata\n\
        100\tKZ\tAlmaty Oblysy\tGeorgia\t44.0\t77.0\t20000\tGeorgia\n\
        201\tKZ\t\tSpringfield\t45.0\t70.0\t30000\tSpringfield\n\
        202\tGE\t\tSpringfield\t42.0\t43.0\t90000\tSpringfield\n\
        625144\tBY\t\tMinsk\t53.9\t27.57\t1742124\tMinsk\n\
        764679\tPL\t\tMinsk Mazowiecki\t52.18\t21.56\t37027\tMinsk Mazowiecki|Minsk\n";

    fn world() -> Gazetteer {
        Gazetteer::from_tables(Tables {
            countries: COUNTRIES,
            regions: REGIONS,
            cities: CITIES,
            demonyms: "KZ\tKazakh|Kazakhstani\n",
            cues: "region\tsuffix\tregion\ncity\tprefix\tcity of\n",
        })
        .expect("the test tables are well formed")
    }

    fn pick(g: &Gazetteer, name: &str, ctx: &Context<'_>) -> Option<u64> {
        g.resolve(name, ctx).map(|p| p.id)
    }

    #[test]
    fn words_before_a_name_announce_its_kind() {
        let g = world();
        assert_eq!(g.prefix_cue("City  of"), Some(PlaceKind::City));
        assert_eq!(g.prefix_cue("of"), None);
        assert!(g.ends_prefix_cue("of"), "\"city of\" ends with \"of\"");
        assert!(!g.ends_prefix_cue("city"));
        assert_eq!(g.prefix_cue("region"), None, "a suffix cue is no prefix");
        assert_eq!(g.suffix_cue("Region"), Some(PlaceKind::Region));
        assert_eq!(g.suffix_cue("city of"), None);
    }

    #[test]
    fn country_beats_same_named_city_unless_cued() {
        let g = world();
        let kz = [("KZ", 1.0)];
        assert_eq!(
            pick(&g, "Georgia", &Context::in_countries(&kz)),
            Some(614540)
        );
        let cued = Context {
            countries: &kz,
            cue: Some(PlaceKind::City),
        };
        assert_eq!(pick(&g, "Georgia", &cued), Some(100));
        assert_eq!(pick(&g, "city of Georgia", &Context::default()), Some(100));
    }

    #[test]
    fn document_country_beats_population() {
        let g = world();
        assert_eq!(pick(&g, "Springfield", &Context::default()), Some(202));
        let kz = [("KZ", 1.0)];
        assert_eq!(
            pick(&g, "Springfield", &Context::in_countries(&kz)),
            Some(201)
        );
        // A weak hint (weight 0.1) does not outweigh a threefold population difference.
        let hint = [("KZ", 0.1)];
        assert_eq!(
            pick(&g, "Springfield", &Context::in_countries(&hint)),
            Some(202)
        );
    }

    #[test]
    fn own_name_beats_another_places_alternate_spelling() {
        let g = world();
        let pl = [("PL", 1.0)];
        assert_eq!(pick(&g, "Minsk", &Context::in_countries(&pl)), Some(625144));
        assert_eq!(
            pick(&g, "Minsk Mazowiecki", &Context::in_countries(&pl)),
            Some(764679)
        );
    }

    #[test]
    fn region_needs_a_cue_against_a_city() {
        let g = world();
        assert_eq!(pick(&g, "Almaty", &Context::default()), Some(1526384));
        assert_eq!(
            pick(&g, "Almaty region", &Context::default()),
            Some(1099511627777)
        );
        let region = Some(1099511627777);
        assert_eq!(pick(&g, "the Almaty region's", &Context::default()), region);
        assert_eq!(pick(&g, "Almaty's", &Context::default()), Some(1526384));
        let cued = Context {
            countries: &[],
            cue: Some(PlaceKind::Region),
        };
        assert_eq!(pick(&g, "Almaty", &cued), Some(1099511627777));
        assert_eq!(g.by_id(1099511627777).and_then(Place::geonames_id), None);
        let city = g.by_id(1526384).expect("Almaty");
        assert_eq!(
            g.region_of(g.by_id(100).expect("town")).map(|r| r.id),
            Some(1099511627777)
        );
        assert_eq!(city.geonames_id(), Some(1526384));
    }

    #[test]
    fn unknown_names_resolve_to_nothing() {
        let g = world();
        assert_eq!(pick(&g, "Atlantis", &Context::default()), None);
        assert_eq!(pick(&g, "Atlantis region", &Context::default()), None);
        assert_eq!(pick(&g, "", &Context::default()), None);
        assert_eq!(pick(&g, "'s", &Context::default()), None);
        assert!(g.candidates("  ").is_empty());
    }

    #[test]
    fn bad_tables_report_the_line() {
        let err = Gazetteer::from_tables(Tables {
            countries: COUNTRIES,
            regions: REGIONS,
            cities: "# header\n1\tKZ\t\tX\tnorth\t70.0\t5\tX\n",
            demonyms: "",
            cues: "",
        })
        .err()
        .expect("a latitude of `north` is refused");
        assert_eq!((err.table, err.line), ("cities.tsv", 2));
        assert!(err.to_string().contains("latitude"), "{err}");
    }
}
