//! The entity layer: persons, organisations, places and groups, and who "he" and "they" are.
//!
//! [`names`] finds proper names; [`nouns`] finds organisations named by common nouns ("police",
//! "a court") and groups of unnamed people ("80 protesters"); [`people`] adds descriptors from
//! appositions and resolves pronouns and descriptions to persons when events ask for them.

pub mod names;
pub mod nouns;
pub mod people;

use chronicle_gazetteer::Gazetteer;

use crate::analysis::Analysis;

/// Adds the entity layer to an analysis.
pub fn annotate(a: &mut Analysis, gaz: &Gazetteer) {
    let runs = names::find_runs(a, gaz);
    names::add_entities(a, gaz, &runs);
    nouns::add_org_nouns(a);
    nouns::add_groups(a);
    people::add_unnamed(a);
    a.sort_mentions();
    people::add_descriptors(a);
    a.dateline = dateline(a);
}

/// "GANJA, Azerbaijan — ...", "TASHKENT — ...": a place opening the text before a dash.
fn dateline(a: &Analysis) -> Option<usize> {
    let dash = (0..a.len().min(8)).find(|&k| a.norm(k) == "--")?;
    (0..dash).find_map(|k| {
        a.entity_at(k)
            .filter(|&e| a.entities[e].kind == chronicle_record::EntityKind::Place)
    })
}
