//! Who acted: agents a report tells by a common word, resolved to the body it names.

use chronicle_record::EntityKind;

use super::super::Draft;
use crate::analysis::Analysis;

/// "a soldier shot him in the leg ... A spokesperson for the Uganda People's Defence Forces
/// denied it": an agent told only as members of a force ("soldiers", "guards") is the force
/// the report names, when it names exactly one police, security or prosecuting body whose name
/// ends as such members' body does (`data/lexicons/force_members.tsv`); "investigators" are the
/// Investigative Committee's.
pub(super) fn members_of_the_named_force(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        let mut changed = false;
        for g in e.agents.iter_mut() {
            let Some(marks) = a.lex.force_members.get(a.entities[*g].name.as_str()) else {
                continue;
            };
            let mut forces = a.entities.iter().enumerate().filter(|(_, f)| {
                f.kind == EntityKind::Organization
                    && matches!(
                        f.category,
                        Some("police" | "security_service" | "prosecutor")
                    )
                    && !f.unnamed
                    && f.name.starts_with(char::is_uppercase)
                    && {
                        let name = f.name.to_lowercase();
                        marks.iter().any(|m| name.ends_with(m))
                    }
            });
            if let (Some((force, _)), None) = (forces.next(), forces.next()) {
                *g = force;
                changed = true;
            }
        }
        // (Two members' words for one force leave it once.)
        if changed {
            let mut seen = Vec::new();
            e.agents.retain(|&g| {
                let first = !seen.contains(&g);
                seen.push(g);
                first
            });
        }
    }
}

/// "taken away by men in plain clothes belonging to the Counter Terrorism Department", "by men
/// who identified themselves as SEBIN intelligence officers", "by men they identified as officers
/// of the CTD", "by members of the special forces": plain "men" or "members" told as a body's
/// people act for that body.
pub(super) fn men_of_the_named_body(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        for g in e.agents.iter_mut() {
            let group = &a.entities[*g];
            if group.kind != EntityKind::Group || !matches!(group.name.as_str(), "men" | "members")
            {
                continue;
            }
            // The mention of "men" nearest after the trigger, in its sentence, or else
            // before it ("men in civilian clothes bundled him into a car").
            let sentence = a.sentence_range(e.start);
            let Some(men) = (e.end..sentence.end)
                .find(|&k| a.entity_at(k) == Some(*g))
                .or_else(|| (sentence.start..e.start).rfind(|&k| a.entity_at(k) == Some(*g)))
            else {
                continue;
            };
            let stop = sentence.end.min(men + 14);
            // ("allegedly by members of the Amhara regional special forces": "of" ties them
            // too, right after.)
            let tie = (men + 1..stop)
                .find(|&k| {
                    matches!(
                        (a.norm(k), a.norm(k + 1)),
                        ("belonging", "to")
                            | ("identifying" | "identified" | "introduced", "themselves")
                            | ("identified", "as")
                    )
                })
                .or_else(|| (group.name == "members" && a.norm(men + 1) == "of").then_some(men));
            // ("... bundled him into a car. Relatives believe the men were officers of the
            // GKNB": or the next sentence says whose they were.)
            let next = a.doc.sentence_of(e.start) + 1;
            let told_next = || {
                let range = a.doc.sentences.get(next)?.tokens.clone();
                let were = range.clone().find(|&k| {
                    a.norm(k) == "the" && a.norm(k + 1) == "men" && a.norm(k + 2) == "were"
                })?;
                Some((were + 1, range.end.min(were + 12)))
            };
            let Some((tie, stop)) = tie.map(|t| (t, stop)).or_else(told_next) else {
                continue;
            };
            let body = (tie + 2..stop).find_map(|k| {
                a.entity_at(k).filter(|&o| {
                    a.entities[o].kind == EntityKind::Organization
                        && matches!(
                            a.entities[o].category,
                            Some("police" | "security_service" | "prosecutor")
                        )
                })
            });
            if let Some(body) = body {
                *g = body;
            }
        }
    }
}
