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
