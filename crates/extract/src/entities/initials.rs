//! Initials in official statements: "detained citizens R.G., born 1990, and L.Sh., born
//! 1987" stand for the people the report names in full elsewhere ("Rustem Gilmutdinov",
//! "Liliya Shakirova"). Russian and Central Asian police statements name suspects this way,
//! and rights groups name people who asked not to be named: "A.K., 34, a canteen worker",
//! "a doctor identified as V.Ya.". Once told as a person's, the same initials further on
//! ("A.K. was sentenced the next day") are that person again.

use chronicle_record::EntityKind;

use crate::analysis::{Analysis, EntityDraft};

/// Finds initials told as a person's (before ", born" or an age, after "citizen" or
/// "identified as") and makes each a mention of the person whose name has those initials, or
/// of a person of its own; later occurrences of the same initials follow.
pub fn link_initials(a: &mut Analysis) {
    let mut found: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let mut told: Vec<String> = Vec::new();
    let mut k = 0;
    while k < a.len() {
        let Some((end, parts)) = initials_at(a, k) else {
            k += 1;
            continue;
        };
        let text = a.span_text(k, end);
        let again = told.iter().any(|t| t == text);
        if again || told_as_person(a, k, end) {
            if !again {
                told.push(text.to_string());
            }
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
            } else if initials_only {
                // Told as a person's ("A.K., 34,"), the initials are no organisation's, and
                // their last full stop is theirs ("N.Yu. was detained").
                a.extend_mention(start, end);
                let ent = &mut a.entities[old];
                if !ent.is_person() {
                    ent.kind = EntityKind::Person;
                    ent.category = None;
                }
                if ent.name.len() < text.len() {
                    ent.name = text;
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

/// Whether the initials at `start..end` are told as a person's: "R.G., born 1990", "A.K., 34,",
/// "(M.K., 41 years old)", "citizen R.G.", "a doctor identified as V.Ya.".
fn told_as_person(a: &Analysis, start: usize, end: usize) -> bool {
    let born_after = a.norm(end) == "," && a.norm(end + 1) == "born";
    let age_after = a.norm(end) == ","
        && a.norm(end + 1).len() <= 2
        && a.norm(end + 1).bytes().all(|b| b.is_ascii_digit())
        && matches!(a.norm(end + 2), "," | "." | ";" | ")" | "years" | "year");
    let citizen_before = start > 0 && matches!(a.norm(start - 1), "citizen" | "citizens");
    let named_before = start > 1
        && a.norm(start - 1) == "as"
        && matches!(
            a.norm(start - 2),
            "identified" | "named" | "known" | "referred"
        );
    born_after || age_after || citizen_before || named_before
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
