//! What the gazetteer knows about one place.

use crate::REGION_ID_BASE;

/// The three kinds of place the gazetteer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    Country,
    /// A first-level division: oblast, province, state, region.
    Region,
    City,
}

impl PlaceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::City => "city",
        }
    }
}

/// A country, region or city.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The GeoNames id for countries and cities; regions, which the source gives no GeoNames
    /// id, get a stable id of their own at or above [`REGION_ID_BASE`] (see
    /// [`Place::geonames_id`]).
    pub id: u64,
    /// The name GeoNames gives ("Oral", "Almaty", "Batys Qazaqstan", "Kazakhstan").
    pub name: String,
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of the country (its own code for a country).
    pub country: String,
    /// The admin1 region a city lies in, as GeoNames names it ("Batys Qazaqstan"); a region's
    /// own name; `None` for countries and for the few cities whose region is unknown.
    pub admin1: Option<String>,
    /// A representative point: the city itself, a region's most populous city, a country's capital.
    pub lat: f64,
    pub lon: f64,
    /// People living there (for a region, only those in its cities of 15,000 or more).
    pub population: u64,
}

impl Place {
    /// The id to put in a record's `geonames_id`: `None` for regions, whose ids are our own.
    pub fn geonames_id(&self) -> Option<u64> {
        (self.id < REGION_ID_BASE).then_some(self.id)
    }
}
