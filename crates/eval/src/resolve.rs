//! Looking up the entities a predicted event points at.

use std::collections::HashMap;

use chronicle_record::{Entity, Record};

/// The predicted record's entities by id. Ids that point nowhere resolve to nothing, so a
/// dangling reference simply fails to agree with any gold name.
pub(crate) struct Entities<'a> {
    by_id: HashMap<&'a str, &'a Entity>,
}

impl<'a> Entities<'a> {
    pub(crate) fn of(record: &'a Record) -> Self {
        let mut by_id = HashMap::with_capacity(record.entities.len());
        for entity in &record.entities {
            // The first entity with an id wins, as a reader of the JSON would find it.
            by_id.entry(entity.id.as_str()).or_insert(entity);
        }
        Entities { by_id }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&'a Entity> {
        self.by_id.get(id).copied()
    }

    /// The entities behind a list of ids, skipping ids that point nowhere.
    pub(crate) fn all(&self, ids: &[String]) -> Vec<&'a Entity> {
        ids.iter().filter_map(|id| self.get(id)).collect()
    }

    /// How an id list reads to a person: entity names, or the raw id when it points nowhere.
    pub(crate) fn describe(&self, ids: &[String]) -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|id| match self.get(id) {
                Some(entity) => describe_entity(entity),
                None => format!("?{id}"),
            })
            .collect();
        if names.is_empty() {
            "(none)".to_string()
        } else {
            names.join("; ")
        }
    }
}

/// An entity as a person reads it: its name, and its category when it has one.
pub(crate) fn describe_entity(entity: &Entity) -> String {
    match &entity.category {
        Some(category) => format!("{} [@{category}]", entity.name),
        None => entity.name.clone(),
    }
}
