//! Shared by the gold-consistency tests: a record built mechanically from an answer file.

use chronicle_record::{
    DocumentInfo, Entity, EntityKind, Event, EventDate, GoldFile, Penalty, Record, SCHEMA,
};

/// Finds or adds the entity of this kind and name, returning its id.
fn entity_id(
    entities: &mut Vec<Entity>,
    kind: EntityKind,
    name: &str,
    category: Option<&str>,
) -> String {
    if let Some(found) = entities.iter().find(|e| e.kind == kind && e.name == name) {
        return found.id.clone();
    }
    let id = format!("x{}", entities.len() + 1);
    entities.push(Entity {
        category: category.map(str::to_string),
        ..Entity::new(id.clone(), kind, name.to_string())
    });
    id
}

/// An agent: `@category` becomes an organisation of that category, a name an organisation
/// named by its first spelling.
fn agent_id(entities: &mut Vec<Entity>, gold_name: &str) -> String {
    match gold_name.strip_prefix('@') {
        Some(category) => entity_id(entities, EntityKind::Organization, category, Some(category)),
        None => entity_id(
            entities,
            EntityKind::Organization,
            first_spelling(gold_name),
            None,
        ),
    }
}

fn first_spelling(gold_name: &str) -> &str {
    gold_name.split('|').next().unwrap_or(gold_name).trim()
}

pub fn record_from_gold(gold: &GoldFile) -> Record {
    let mut entities = Vec::new();
    let mut events = Vec::new();
    for (index, g) in gold.events.iter().enumerate() {
        let subjects = g
            .subjects
            .iter()
            .map(|s| entity_id(&mut entities, EntityKind::Person, first_spelling(s), None))
            .collect();
        let agents = g
            .agents
            .iter()
            .map(|a| agent_id(&mut entities, a))
            .collect();
        let place = g
            .place
            .as_deref()
            .map(|p| entity_id(&mut entities, EntityKind::Place, first_spelling(p), None));
        events.push(Event {
            id: format!("ev{}", index + 1),
            kind: g.kind.clone(),
            status: g.status.clone().unwrap_or_else(|| "occurred".to_string()),
            date: g.date.as_ref().map(|value| EventDate {
                text: value.clone(),
                value: Some(value.clone()),
                precision: "day".to_string(),
            }),
            place,
            agents,
            subjects,
            charge: g.charge.clone(),
            penalty: g.penalty.as_ref().map(|p| Penalty {
                kind: p.kind.clone(),
                amount: p.amount,
                unit: p.unit.clone(),
                text: None,
            }),
            count: None,
            attributed_to: Vec::new(),
            evidence: Vec::new(),
            confidence: 1.0,
        });
    }
    Record {
        schema: SCHEMA.to_string(),
        document: DocumentInfo {
            id: "sha256:seed".to_string(),
            source: Some(gold.document.clone()),
            title: None,
            published: gold.published.clone(),
            language: Some("en".to_string()),
        },
        entities,
        events,
    }
}
