//! Organisations named by common nouns, and groups of unnamed people with their counts.

use chronicle_record::{Count, EntityKind};

use crate::analysis::{Analysis, EntityDraft};
use crate::numbers;

/// "police", "a court in Almaty", "prosecutors": one entity per category and phrase.
pub fn add_org_nouns(a: &mut Analysis) {
    let mut i = 0;
    while i < a.len() {
        if a.mention_at[i].is_some() {
            i += 1;
            continue;
        }
        let Some(found) = a.lex.org_nouns.longest_at(a, i, a.len()) else {
            i += 1;
            continue;
        };
        let (start, end) = (found.start, found.end);
        if !a.is_free(start, end) {
            i += 1;
            continue;
        }
        // "officers of the State Security Service": the named organisation stands for them.
        // ("officers of Egypt's National Security Agency": a country's may stand between.)
        if matches!(a.norm(end), "of" | "from") && service_after_of(a, end + 1).is_some() {
            i = end;
            continue;
        }
        let mut category = found.value.category;
        // Plain "officers" in a report about a named security service or police body are its
        // officers: "officers of the Main Directorate ... In Grodno, officers searched".
        if matches!(
            a.norm(end - 1),
            "officer" | "officers" | "agents" | "agent" | "investigator" | "investigators"
        ) && end - start == 1
        {
            let named_service = a.mentions.iter().rev().find_map(|m| {
                let e = &a.entities[m.entity];
                let fits = m.end <= start
                    && e.kind == EntityKind::Organization
                    && matches!(e.category, Some("security_service" | "police"))
                    && e.name.starts_with(|c: char| c.is_uppercase());
                fits.then_some(m.entity)
            });
            if let Some(service) = named_service {
                a.add_mention(start, end, service);
                i = end;
                continue;
            }
            // (Soldiers are no service whose officers police a street.)
            let service = a.mentions.iter().any(|m| {
                m.end <= start
                    && a.entities[m.entity].category == Some("security_service")
                    && !a
                        .lex
                        .org_nouns
                        .longest_at(a, m.start, m.end)
                        .is_some_and(|f| f.end == m.end && f.value.armed)
            });
            if service {
                category = "security_service";
            }
        }
        let country = found
            .value
            .country
            .map(str::to_string)
            .or_else(|| a.country.clone());
        // Entities are keyed by the lemma of the phrase's last word: "police" and "policemen"
        // stay apart only when their categories differ.
        let name = a.span_text(start, end).to_lowercase();
        let existing = a.entities.iter().position(|e| {
            e.kind == EntityKind::Organization
                && e.category == Some(category)
                && e.name.to_lowercase() == name
        });
        let entity = existing.unwrap_or_else(|| {
            let mut e = EntityDraft::new(EntityKind::Organization, &name);
            e.category = Some(category);
            e.country = country;
            a.entities.push(e);
            a.entities.len() - 1
        });
        a.add_mention(start, end, entity);
        i = end;
    }
}

/// The organisation named right after "of" at token `k`: "the State Security Service",
/// "Egypt's National Security Agency".
fn service_after_of(a: &Analysis, k: usize) -> Option<usize> {
    let place_s = a
        .entity_at(k)
        .is_some_and(|e| a.entities[e].kind == EntityKind::Place)
        && a.norm(k + 1) == "'s";
    let at = if place_s { k + 2 } else { k };
    a.entity_at(at)
        .or(a.entity_at(at + 1))
        .filter(|&e| a.entities[e].kind == EntityKind::Organization)
}

/// Groups: an optional quantity, optional modifiers, and a people noun.
pub fn add_groups(a: &mut Analysis) {
    let mut i = 0;
    while i < a.len() {
        let found = a
            .lex
            .group_nouns
            .longest_at(a, i, a.len())
            .map(|f| (f.start, f.end))
            .or_else(|| counted_people(a, i).then_some((i, i + 1)));
        let Some((noun_start, mut end)) = found else {
            i += 1;
            continue;
        };
        // "22 activists, politicians and journalists": one group of several kinds.
        loop {
            let mut j = end;
            if a.norm(j) == "," {
                j += 1;
            }
            if matches!(a.norm(j), "and" | "or") {
                j += 1;
            }
            match a.lex.group_nouns.longest_at(a, j, a.len()) {
                Some(next) if j > end && next.start == j => end = next.end,
                _ => break,
            }
        }
        if !a.is_free(noun_start, end) {
            i = end;
            continue;
        }
        // "members of the Islamic Revolutionary Guard Corps opened fire": the force named
        // after them acts.
        if matches!(a.norm(end - 1), "members" | "member" | "men" | "agents") && a.norm(end) == "of"
        {
            let force = service_after_of(a, end + 1)
                .filter(|&e| matches!(a.entities[e].category, Some("police" | "security_service")));
            if let Some(force) = force {
                a.add_mention(noun_start, end, force);
                i = end;
                continue;
            }
        }
        // Walk left over modifiers ("opposition", "young") to a quantity, if any.
        let sentence_start = a.sentence_range(noun_start).start;
        let mut start = noun_start;
        // ("three BNP supporters", "50 Chadema activists": a party's one-word name too.)
        let party_word = |k: usize| {
            a.mention_at[k].is_some_and(|m| {
                let m = &a.mentions[m];
                m.start == k
                    && m.end == k + 1
                    && a.entities[m.entity].kind == EntityKind::Organization
            })
        };
        // (A quantity opens the phrase: "Police detained several protesters" is no group
        // named "Police detained several protesters".)
        let quantity = |k: usize| {
            matches!(a.norm(k), "several" | "many" | "some" | "few")
                || crate::numbers::number_at(a, k).is_some()
        };
        while start > sentence_start
            && start > noun_start.saturating_sub(3)
            && !(start < noun_start && quantity(start))
            && ((a.mention_at[start - 1].is_none() && is_modifier(a, start - 1))
                || party_word(start - 1))
        {
            start -= 1;
        }
        // "the two activists" points back to persons already named; not a new group.
        if start >= 2
            && a.norm(start - 2) == "the"
            && matches!(a.norm(start - 1), "two" | "three" | "four")
        {
            i = end;
            continue;
        }
        // "released five of the detainees", "36 of the students": a counted part of a group.
        // (Not "one of the detainees", who is one person.)
        // ("two of its reporters, A and B", "two of the station's reporters, A and B": of a
        // body's people, named next.)
        let named_next = a.norm(end) == ","
            && a.entity_at(end + 1)
                .is_some_and(|e| a.entities[e].is_person());
        let of_at = (start >= sentence_start + 3)
            .then(|| {
                let det = start - 1;
                if a.norm(det) == "the"
                    || named_next && matches!(a.norm(det), "its" | "their" | "his" | "her" | "our")
                {
                    return (a.norm(det - 1) == "of").then_some(det - 1);
                }
                if named_next && matches!(a.norm(det), "'s" | "’s" | "'" | "’") {
                    return (det.saturating_sub(4).max(sentence_start)..det)
                        .rev()
                        .find(|&k| a.norm(k) == "of");
                }
                None
            })
            .flatten();
        let part = of_at
            .filter(|&of| of > sentence_start)
            .and_then(|of| numbers::quantity_before(a, of, sentence_start))
            .filter(|&(_, low, high)| low.or(high).is_some_and(|n| n >= 2));
        let quantity = part.or_else(|| numbers::quantity_before(a, start, sentence_start));
        // "Activists Aigerim Nurlanqyzy and Yerlan Sadvakasov were taken ...": a plural
        // without a count right before names describes the people named, no group.
        if quantity.is_none() && a.entity_at(end).is_some_and(|e| a.entities[e].is_person()) {
            i = end;
            continue;
        }
        let (qstart, count) = match quantity {
            Some((qs, low, high)) => {
                let text = a.span_text(qs, end).to_string();
                (qs, Some(Count { low, high, text }))
            }
            None => (start, None),
        };
        // A bare plural with no quantity and no modifier is a group only as a subject; keep
        // it so that events can use it, but named plainly.
        let name = a.span_text(qstart, end).to_string();
        // The same plain description names the same group ("opposition activists").
        let same = count.is_none().then(|| {
            a.entities.iter().position(|e| {
                e.kind == EntityKind::Group
                    && e.count.is_none()
                    && e.name.eq_ignore_ascii_case(&name)
            })
        });
        let entity = match same.flatten() {
            Some(e) => e,
            None => {
                let mut e = EntityDraft::new(EntityKind::Group, &name);
                e.count = count;
                e.country = a.country.clone();
                a.entities.push(e);
                a.entities.len() - 1
            }
        };
        if a.is_free(qstart, end) {
            a.add_mention(qstart, end, entity);
        } else {
            a.add_mention(noun_start, end, entity);
        }
        i = end;
    }
    // "briefly detained three of them": a counted part of those just told, which of them
    // untold.
    for i in 2..a.len() {
        if a.norm(i) != "them" || a.norm(i - 1) != "of" || !a.is_free(i, i + 1) {
            continue;
        }
        let sentence_start = a.sentence_range(i).start;
        let Some((qs, low, high)) = numbers::quantity_before(a, i - 1, sentence_start) else {
            continue;
        };
        if low.or(high).is_none_or(|n| n < 2) || !a.is_free(qs, i + 1) {
            continue;
        }
        add_counted_group(a, qs, i + 1, low, high);
    }
    // "Thousands of Georgians marched", "hundreds of Uyghurs": a counted people by a
    // demonym.
    for i in 2..a.len() {
        let demonym = a.is_capitalised(i)
            && !a.opener[i]
            && a.norm(i).ends_with('s')
            && a.norm(i - 1) == "of"
            && a.is_free(i, i + 1);
        if !demonym {
            continue;
        }
        let sentence_start = a.sentence_range(i).start;
        let Some((qs, low, high)) = numbers::quantity_before(a, i, sentence_start) else {
            continue;
        };
        if !a.is_free(qs, i + 1) {
            continue;
        }
        add_counted_group(a, qs, i + 1, low, high);
    }
}

/// A group of people counted at `start..end` ("three of them", "thousands of Georgians").
fn add_counted_group(
    a: &mut Analysis,
    start: usize,
    end: usize,
    low: Option<u64>,
    high: Option<u64>,
) {
    let text = a.span_text(start, end).to_string();
    let mut e = EntityDraft::new(EntityKind::Group, &text);
    e.count = Some(Count { low, high, text });
    e.country = a.country.clone();
    a.entities.push(e);
    let entity = a.entities.len() - 1;
    a.add_mention(start, end, entity);
}

/// "detained 10 Uyghurs", "freed three Americans", "dozens of Kurds": a people's or a
/// country's plural after a count is a group of people, as "10 activists" is.
fn counted_people(a: &Analysis, i: usize) -> bool {
    let word = a.norm(i);
    // (Cheap tests first: this runs at every token no group noun starts at.)
    let Some(singular) = word.strip_suffix('s') else {
        return false;
    };
    if !a.is_capitalised(i) || a.mention_at[i].is_some() {
        return false;
    }
    let counted = i >= 1
        && (crate::numbers::number_at(a, i - 1).is_some_and(|(_, end)| end == i)
            || (i >= 2
                && a.norm(i - 1) == "of"
                && matches!(a.norm(i - 2), "dozens" | "hundreds" | "thousands")));
    counted
        && (a.lex.peoples.contains(singular)
            || chronicle_gazetteer::Gazetteer::embedded()
                .demonym_country(word)
                .is_some())
}

/// A word that may stand between a count and a group noun (`data/lexicons/group_modifiers.txt`).
fn is_modifier(a: &Analysis, i: usize) -> bool {
    if a.lex.group_modifiers.contains(a.norm(i)) {
        return true;
    }
    // Demonyms and other capitalised adjectives ("Kazakh activists").
    a.is_capitalised(i) && !a.opener[i] && a.mention_at[i].is_none()
}

/// "the Kazakhstan International Bureau for Human Rights ... The bureau criticized": "the"
/// and the head word of an organisation named before ("bureau", "commission", "party")
/// stand for it.
pub fn add_org_references(a: &mut Analysis) {
    for i in 1..a.len() {
        if a.norm(i - 1) != "the"
            || a.mention_at[i].is_some()
            || a.shape(i) != chronicle_text::TokenShape::Lower
            || !a.is_free(i, i + 1)
        {
            continue;
        }
        let mut head = a.norm(i).to_string();
        if let Some(first) = head.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        if !a.lex.org_heads.contains_key(head.as_str()) {
            continue;
        }
        let named = a.mentions.iter().rev().find_map(|m| {
            let e = &a.entities[m.entity];
            let fits = m.end < i
                && e.kind == EntityKind::Organization
                && e.name.split_whitespace().any(|w| w == head);
            fits.then_some(m.entity)
        });
        if let Some(entity) = named {
            a.add_mention(i, i + 1, entity);
        }
    }
}
