/*!
Places for Chronicle: countries, admin1 regions and cities from GeoNames, with their alternate
spellings ("Oral" = "Uralsk", "Almaty" = "Alma-Ata") and the demonyms of countries ("Kazakh").

# Brief overview

A [`Gazetteer`] holds every [`Place`] (a country, region or city, see [`PlaceKind`]) and an
index from each spelling's folded key ([`name_key`]: lower case, no diacritics or apostrophes,
hyphens as spaces) to the places it names. [`Gazetteer::embedded`] loads the tables compiled
into the crate from `data/gazetteer/` once and shares them.

[`Gazetteer::candidates`] lists every place a name may mean; [`Gazetteer::resolve`] picks one
using a [`Context`]: the countries the document is about and any cue in the text ("region",
"the city of"). [`Gazetteer::demonym_country`] maps "Kazakh" to "KZ".

The tables are generated from GeoNames data (CC BY 4.0, credit "GeoNames") by the
`build-gazetteer` tool of this crate (feature `build`); see `data/gazetteer/README.md`.
*/

mod gazetteer;
mod index;
mod load;
mod normalize;
mod place;
mod resolve;

pub use gazetteer::{Gazetteer, Tables};
pub use load::LoadError;
pub use normalize::{acronym_key, name_key};
pub use place::{Place, PlaceKind};
pub use resolve::Context;

/// Region ids start here; GeoNames ids are far below (see [`Place::geonames_id`]).
pub const REGION_ID_BASE: u64 = 1 << 40;
