//! Turning the layers into a `chronicle/1` record: ids, char offsets, evidence, confidence.

use chronicle_record::{Entity, EntityKind, Event, EventDate};

use crate::analysis::Analysis;
use crate::events::Draft;

/// Builds entities and events. Entities are numbered by kind in order of first mention
/// (`p1`, `o1`, `l1`, `g1`); entities no event uses and no text mentions are left out.
pub fn build(a: &Analysis, drafts: &[Draft], national: Option<usize>) -> (Vec<Entity>, Vec<Event>) {
    let mut order: Vec<usize> = (0..a.entities.len())
        .filter(|&e| {
            let wanted =
                !a.entities[e].mentions.is_empty() || used(drafts, e) || Some(e) == national;
            wanted && (!a.entities[e].unnamed || used(drafts, e))
        })
        .collect();
    order.sort_by_key(|&e| {
        a.entities[e]
            .mentions
            .iter()
            .map(|m| m.0)
            .min()
            .unwrap_or(usize::MAX)
    });
    let mut ids = vec![String::new(); a.entities.len()];
    let mut counters = [0usize; 4];
    let mut entities = Vec::with_capacity(order.len());
    for &e in &order {
        let d = &a.entities[e];
        let (slot, prefix) = match d.kind {
            EntityKind::Person => (0, "p"),
            EntityKind::Organization => (1, "o"),
            EntityKind::Place => (2, "l"),
            EntityKind::Group => (3, "g"),
        };
        counters[slot] += 1;
        ids[e] = format!("{prefix}{}", counters[slot]);
        let mut mentions: Vec<[usize; 2]> = d
            .mentions
            .iter()
            .map(|&(s, e)| a.doc.char_span(s, e))
            .collect();
        mentions.sort_unstable();
        mentions.dedup();
        entities.push(Entity {
            id: ids[e].clone(),
            kind: d.kind,
            name: d.name.clone(),
            aliases: d.aliases.clone(),
            descriptors: d.descriptors.clone(),
            category: d.category.map(str::to_string),
            country: d.country.clone(),
            // Regions carry ids of our own, not GeoNames'.
            geonames_id: d
                .place
                .as_ref()
                .map(|p| p.id)
                .filter(|&id| id < chronicle_gazetteer::REGION_ID_BASE),
            lat: d.place.as_ref().map(|p| p.lat),
            lon: d.place.as_ref().map(|p| p.lon),
            mentions,
        });
    }
    let id_of = |e: usize| ids[e].clone();
    // The newest year the report names as past: events two or more years before it are
    // background, not placed where the report was filed.
    let year_of = |k: usize| -> Option<u32> { a.dates[k].value.as_deref()?.get(..4)?.parse().ok() };
    let newest_year = (0..a.dates.len())
        .filter(|&k| !a.dates[k].future)
        .filter_map(year_of)
        .max();
    let events = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // Unplaced events of people take the dateline's city, where the report was filed
            // (or, filed from abroad, the country it is about).
            let place = d.place.or(match d.kind {
                "election" | "legislation" | "censorship" => national,
                _ if crate::events::national_release(a, d) => national,
                // ... and failing that, the country the report is about.
                k if chronicle_record::is_per_subject_type(k) => {
                    let background = d
                        .date
                        .and_then(year_of)
                        .zip(newest_year)
                        .is_some_and(|(y, newest)| y + 2 <= newest);
                    // (A person's own past happening is told of where the report is
                    // set: "she was detained on the third night" of a Yekaterinburg
                    // protest in 2019.)
                    let of_a_person = d.subjects.iter().any(|&s| a.entities[s].is_person());
                    if background && !of_a_person {
                        national
                    } else {
                        a.filed_about.or(a.dateline).or(national)
                    }
                }
                _ => None,
            });
            let date = d.date.map(|k| {
                let ds = &a.dates[k];
                EventDate {
                    text: ds.text.clone(),
                    value: ds.value.clone(),
                    precision: ds.precision.to_string(),
                }
            });
            let count = d.subjects.iter().find_map(|&s| a.entities[s].count.clone());
            let evidence = d
                .sentences
                .iter()
                .map(|&s| {
                    let sent = &a.doc.sentences[s];
                    a.doc.char_span(sent.start, sent.end)
                })
                .collect();
            Event {
                id: format!("ev{}", i + 1),
                kind: d.kind.to_string(),
                status: d.status.to_string(),
                date,
                place: place.map(id_of),
                agents: d.agents.iter().map(|&e| id_of(e)).collect(),
                subjects: d.subjects.iter().map(|&e| id_of(e)).collect(),
                charge: d.charge.clone(),
                penalty: d.penalty.clone(),
                count,
                attributed_to: d.attributed_to.iter().map(|&e| id_of(e)).collect(),
                evidence,
                confidence: confidence(a, d),
            }
        })
        .collect();
    (entities, events)
}

fn used(drafts: &[Draft], e: usize) -> bool {
    drafts.iter().any(|d| {
        d.place == Some(e)
            || d.agents.contains(&e)
            || d.subjects.contains(&e)
            || d.attributed_to.contains(&e)
    })
}

/// A rough belief in the record: named participants, a date and several sentences agreeing
/// raise it; reported speech and uncertain status lower it.
fn confidence(a: &Analysis, d: &Draft) -> f64 {
    let mut c: f64 = 0.55;
    if d.subjects.iter().any(|&s| a.entities[s].is_person()) {
        c += 0.15;
    }
    if !d.agents.is_empty() {
        c += 0.1;
    }
    if d.date.is_some() {
        c += 0.05;
    }
    if d.sentences.len() > 1 {
        c += 0.1;
    }
    if d.status != "occurred" {
        c -= 0.1;
    }
    (c.clamp(0.05, 0.95) * 100.0).round() / 100.0
}
