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
    s += DOCUMENT_COUNTRY * ctx.country_weight(&place.country);
    if hit.own_name {
        s += OWN_NAME;
    }
    s
}

impl Gazetteer {
    /// The place a name most likely means in this context, or `None` when no place has the name.
    ///
    /// A name that carries its own cue is understood too: "Almaty region", "Almaty Oblast" and
    /// "city of Oral" are looked up as "Almaty" cued region and "Oral" cued city, when the
    /// whole phrase is not itself a name.
    pub fn resolve(&self, name: &str, ctx: &Context<'_>) -> Option<&Place> {
        let mut hits: Vec<Hit<'_>> = self.hits(name).collect();
        let mut cue = ctx.cue;
        if hits.is_empty() {
            let key = name_key(name);
            let key = key.strip_prefix("the ").unwrap_or(&key);
            hits = self.hits_by_key(key).collect();
        }
        if hits.is_empty() {
            let key = name_key(name);
            let (core, implied) = self.split_cue(key.strip_prefix("the ").unwrap_or(&key))?;
            hits = self.hits_by_key(&core).collect();
            cue = ctx.cue.or(Some(implied));
        }
        hits.iter()
            .map(|h| (score(h, ctx, cue), h.place))
            .max_by(|a, b| {
                a.0.total_cmp(&b.0)
                    .then(a.1.population.cmp(&b.1.population))
                    .then(b.1.id.cmp(&a.1.id))
            })
            .map(|(_, place)| place)
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
