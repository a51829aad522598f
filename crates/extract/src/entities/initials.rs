//! Initials in official statements: "detained citizens R.G., born 1990, and L.Sh., born
//! 1987" stand for the people the report names in full elsewhere ("Rustem Gilmutdinov",
//! "Liliya Shakirova"). Russian and Central Asian police statements name suspects this way.

use chronicle_record::EntityKind;

use crate::analysis::{Analysis, EntityDraft};

/// Finds initials told as a person's (before ", born", after "citizen") and makes each a
/// mention of the person whose name has those initials, or of a person of its own.
pub fn link_initials(a: &mut Analysis) {
    let mut found: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let mut k = 0;
    while k < a.len() {
        let Some((end, parts)) = initials_at(a, k) else {
            k += 1;
            continue;
        };
        let born_after = a.norm(end) == "," && a.norm(end + 1) == "born";
        let citizen_before = k > 0 && matches!(a.norm(k - 1), "citizen" | "citizens");
        if born_after || citizen_before {
            found.push((k, end, parts));
        }
        k = end;
    }
    for (start, end, parts) in found {
        let text = a.span_text(start, end).to_string();
        let named = (0..a.entities.len()).find(|&e| {
            let ent = &a.entities[e];
            ent.is_person() && !ent.unnamed && has_initials(&ent.name, &parts)
        });
        // The names layer may have taken the initials for a name of their own: that
        // person is the one named in full.
        // (Or, "R.G.", for an organisation's acronym.)
        let taken = (start..end).find_map(|t| a.entity_at(t));
        if let Some(old) = taken {
            let initials_only = a.entities[old].name.replace('.', "") == text.replace('.', "");
            if let Some(full) = named.filter(|&f| f != old && initials_only) {
                a.move_mentions(old, full);
                let alias = a.entities[old].name.clone();
                if !a.entities[full].aliases.contains(&alias) {
                    a.entities[full].aliases.push(alias);
                }
            }
            continue;
        }
        let entity = named.unwrap_or_else(|| {
            let mut e = EntityDraft::new(EntityKind::Person, &text);
            e.country = a.country.clone();
            a.entities.push(e);
            a.entities.len() - 1
        });
        if a.entities[entity].name != text && !a.entities[entity].aliases.contains(&text) {
            a.entities[entity].aliases.push(text);
        }
        a.add_mention(start, end, entity);
    }
}

/// The initials written from token `k` without spaces ("R.G.", "L.Sh."): where they end and
/// their parts ("R", "G").
fn initials_at(a: &Analysis, k: usize) -> Option<(usize, Vec<String>)> {
    let tokens = &a.doc.tokens;
    let mut end = k + 1;
    while end < tokens.len()
        && tokens[end].start == tokens[end - 1].end
        && end < k + 6
        && (a.norm(end) == "." || a.is_capitalised(end))
    {
        end += 1;
    }
    let text = a.span_text(k, end);
    if !text.ends_with('.') {
        return None;
    }
    let parts: Vec<String> = text
        .split('.')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let initial = |p: &String| {
        let mut chars = p.chars();
        chars.next().is_some_and(char::is_uppercase)
            && p.chars().count() <= 2
            && chars.all(char::is_lowercase)
    };
    (parts.len() >= 2 && parts.iter().all(initial)).then_some((end, parts))
}

/// Whether a full name has these initials: the first for the given name, the last for the
/// surname ("Liliya Shakirova" is "L.Sh."; a patronymic may stand between).
fn has_initials(name: &str, parts: &[String]) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let (Some(given), Some(surname)) = (parts.first(), parts.last()) else {
        return false;
    };
    words.len() >= 2 && first.starts_with(given.as_str()) && last.starts_with(surname.as_str())
}
