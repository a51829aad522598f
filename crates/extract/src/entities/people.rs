//! Persons beyond their names: descriptors from appositions, and who a pronoun or a
//! description ("the journalist") points to.

use chronicle_record::EntityKind;

use crate::analysis::{Analysis, EntityDraft};

/// "opposition politician Mukhtar Taizhan", "Luqpan Akhmedyarov, a journalist from Oral".
/// "his co-defendants Mohammed and Yasser al-Mubarak": a lone given name joined by "and" to a
/// full name shares its surname. Names are introduced in full in news prose, so a one-word
/// name right before another person's full name is that person's kin, not a surname.
pub fn share_surnames(a: &mut Analysis) {
    let mut renames: Vec<(usize, String)> = Vec::new();
    for m in &a.mentions {
        let e = &a.entities[m.entity];
        if !e.is_person() || e.unnamed || e.name.split_whitespace().count() != 1 {
            continue;
        }
        if a.norm(m.end) != "and" || renames.iter().any(|(x, _)| *x == m.entity) {
            continue;
        }
        // ("Aline Ndikumana and Thierry Bigirimana were acquitted": a capitalised word that
        // opens the sentence right before it, read as no name, may be its given name.)
        if m.start > 0 && a.opener[m.start - 1] && a.is_capitalised(m.start - 1) {
            continue;
        }
        let Some(next) = a.mention_at.get(m.end + 1).copied().flatten() else {
            continue;
        };
        let other = &a.mentions[next];
        let full = &a.entities[other.entity];
        let words: Vec<&str> = full.name.split_whitespace().collect();
        if other.start != m.end + 1 || !full.is_person() || full.unnamed || words.len() != 2 {
            continue;
        }
        renames.push((m.entity, format!("{} {}", e.name, words[1])));
    }
    // "Kholmatov's younger brother, Jasur,": a lone given name set off after a named person's
    // kin is that kin's, with the family's surname (in its feminine form for a woman, where
    // the surname has one: "-ov", "-ev").
    for m in &a.mentions {
        let e = &a.entities[m.entity];
        if !e.is_person() || e.unnamed || e.name.split_whitespace().count() != 1 || m.start < 4 {
            continue;
        }
        if a.norm(m.start - 1) != "," || renames.iter().any(|(x, _)| *x == m.entity) {
            continue;
        }
        let kin = a.norm(m.start - 2);
        if !is_kin(kin) {
            continue;
        }
        let mut k = m.start - 3;
        if matches!(
            a.norm(k),
            "younger" | "elder" | "older" | "eldest" | "youngest" | "little" | "big"
        ) {
            k -= 1;
        }
        if k == 0 || !matches!(a.norm(k), "'s") {
            continue;
        }
        let Some(owner) = a.entity_at(k - 1).filter(|&o| o != m.entity) else {
            continue;
        };
        let o = &a.entities[owner];
        let words: Vec<&str> = o.name.split_whitespace().collect();
        if !o.is_person() || o.unnamed || words.len() < 2 {
            continue;
        }
        let surname = words[words.len() - 1];
        // Blood kin share a family name in most naming traditions; a spouse or a mother does
        // where surnames are Slavic or Central Asian in form ("-ov", "-ev", Belarusian "-ou"),
        // not, say, in Arab or Iranian ones.
        let slavic = ["ov", "ev", "ou"].iter().any(|end| surname.ends_with(end));
        if matches!(kin, "wife" | "husband" | "mother") && !slavic {
            continue;
        }
        let woman = matches!(kin, "wife" | "sister" | "daughter" | "mother");
        let feminine = woman && (surname.ends_with("ov") || surname.ends_with("ev"));
        let family = if feminine {
            format!("{surname}a")
        } else {
            surname.to_string()
        };
        renames.push((m.entity, format!("{} {family}", e.name)));
    }
    for (e, name) in renames {
        let given = std::mem::replace(&mut a.entities[e].name, name);
        if !a.entities[e].aliases.contains(&given) {
            a.entities[e].aliases.push(given);
        }
    }
    // "His two brothers, Suhrob and Jamshed Davlatov": a capitalised word the tagger left
    // alone, right before "and" and a two-word name, after a comma or kin, is a given name
    // sharing that surname.
    // (The tagger may have taken the lone word for a body: "Suhrob" alone looks like one.)
    let mut born: Vec<(usize, Option<usize>, String)> = Vec::new();
    for m in &a.mentions {
        let full = &a.entities[m.entity];
        let words: Vec<&str> = full.name.split_whitespace().collect();
        if !full.is_person() || full.unnamed || words.len() != 2 || m.start < 3 {
            continue;
        }
        let given = m.start - 2;
        let tagged = a.entity_at(given);
        let untaken = tagged.is_none_or(|e| {
            let x = &a.entities[e];
            x.kind == EntityKind::Organization
                && x.category == Some("other")
                && x.mentions.len() == 1
                && !x.name.contains(' ')
        });
        let lone = a.norm(m.start - 1) == "and"
            && a.shape(given) == chronicle_text::TokenShape::Capitalized
            && untaken
            && !a.lex.is_english_word(a.norm(given))
            && (a.norm(given - 1) == "," || is_kin(a.norm(given - 1).trim_end_matches('s')));
        if lone {
            born.push((given, tagged, format!("{} {}", a.text(given), words[1])));
        }
    }
    // "taking away Mikalai Zhuk, 63, ... and his sons Ihar and Paval": given names alone after
    // "his sons" or "her brothers" are the kin's, with the surname of the one just named.
    for m in &a.mentions {
        let parent = &a.entities[m.entity];
        let words: Vec<&str> = parent.name.split_whitespace().collect();
        if !parent.is_person() || parent.unnamed || words.len() < 2 {
            continue;
        }
        let surname = words[words.len() - 1];
        let sentence_end = a.sentence_range(m.start).end;
        let Some(kin) = (m.end..sentence_end.min(m.end + 16)).find(|&k| {
            matches!(a.norm(k), "his" | "her")
                && is_kin(a.norm(k + 1).trim_end_matches('s'))
                && a.norm(k + 1).ends_with('s')
        }) else {
            continue;
        };
        let mut k = kin + 2 + usize::from(a.norm(kin + 2) == ",");
        while k < sentence_end {
            let lone = a.shape(k) == chronicle_text::TokenShape::Capitalized
                && !a.lex.is_english_word(a.norm(k))
                && a.entity_at(k + 1).is_none()
                && a.entity_at(k).is_none_or(|e| {
                    let x = &a.entities[e];
                    !x.name.contains(' ') && x.mentions.len() == 1
                });
            if !lone {
                break;
            }
            if !born.iter().any(|(at, _, _)| *at == k) {
                born.push((k, a.entity_at(k), format!("{} {surname}", a.text(k))));
            }
            if a.norm(k + 1) != "and" {
                break;
            }
            k += 2;
        }
    }
    for (k, tagged, name) in born {
        match tagged {
            Some(e) => {
                let x = &mut a.entities[e];
                x.kind = EntityKind::Person;
                x.category = None;
                x.name = name;
            }
            None => {
                a.entities.push(EntityDraft::new(EntityKind::Person, &name));
                let e = a.entities.len() - 1;
                a.add_mention(k, k + 1, e);
            }
        }
    }
    a.sort_mentions();
}

pub fn add_descriptors(a: &mut Analysis) {
    let mentions: Vec<(usize, usize, usize)> = a
        .mentions
        .iter()
        .filter(|m| a.entities[m.entity].is_person())
        .map(|m| (m.start, m.end, m.entity))
        .collect();
    for (start, end, entity) in mentions {
        let mut found = Vec::new();
        // Before: up to three lower-case words ending in a descriptor noun.
        if start > 0 && a.lex.descriptors.contains(a.norm(start - 1)) {
            let floor = a.sentence_range(start).start;
            let mut s = start - 1;
            while s > floor
                && s + 3 > start
                && a.mention_at[s - 1].is_none()
                && is_descriptor_modifier(a, s - 1)
            {
                s -= 1;
            }
            found.push(a.span_text(s, start).to_lowercase());
        }
        // "Her lawyer, Davit Chkhaidze, said": the role before the comma.
        if start >= 2 && a.norm(start - 1) == "," && a.lex.descriptors.contains(a.norm(start - 2)) {
            found.push(a.norm(start - 2).to_string());
        }
        // After: ", a blogger", ", the head of ..."
        if a.norm(end) == "," && matches!(a.norm(end + 1), "a" | "an" | "the") {
            let limit = a.sentence_range(start).end.min(end + 6);
            if let Some(k) = (end + 2..limit).find(|&k| a.lex.descriptors.contains(a.norm(k))) {
                // ("the UN special rapporteur": a body named inside the role is part of it.)
                let inside = |j: usize| {
                    a.entity_at(j).is_none_or(|e| {
                        a.entities[e].kind == chronicle_record::EntityKind::Organization
                    })
                };
                if (end + 2..k).all(|j| inside(j) && !a.is_break(j)) {
                    found.push(a.span_text(end + 2, k + 1).to_lowercase());
                    // ", the founder and editor-in-chief of ...": both roles are theirs.
                    if a.norm(k + 1) == "and" && a.lex.descriptors.contains(a.norm(k + 2)) {
                        found.push(a.norm(k + 2).to_string());
                    }
                }
            }
        }
        for d in found {
            let e = &mut a.entities[entity];
            if !e.descriptors.contains(&d) {
                e.descriptors.push(d);
            }
        }
    }
}

fn is_descriptor_modifier(a: &Analysis, i: usize) -> bool {
    let n = a.norm(i);
    // ("has placed civic activist X under house arrest": a verb after its auxiliary.)
    let after_auxiliary = i > 0 && matches!(a.norm(i - 1), "has" | "have" | "had");
    !a.is_break(i)
        && !after_auxiliary
        && n != ","
        && !matches!(
            n,
            "a" | "an"
                | "the"
                | "and"
                | "of"
                | "in"
                | "on"
                | "by"
                | "that"
                | "detained"
                | "arrested"
                | "jailed"
                | "sentenced"
                | "said"
                | "says"
                | "with"
                | "for"
                | "to"
                | "as"
                | "was"
                | "were"
                | "is"
                | "are"
        )
        && (a.shape(i) == chronicle_text::TokenShape::Lower
            || a.lex.descriptors.contains(n)
            || a.is_capitalised(i))
}

/// Pronouns and descriptions that may stand for persons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refers {
    /// he, him, his, she, her, the journalist: one person.
    One,
    /// they, them, their, both, the two: two or more persons.
    Many,
}

/// Whether "most of", "some of", "the rest of" ... stands right before token `i`: what
/// follows is an uncounted part of a group.
fn uncounted_part_before(a: &Analysis, i: usize) -> bool {
    i >= 2
        && a.norm(i - 1) == "of"
        && (matches!(
            a.norm(i - 2),
            "most" | "some" | "many" | "several" | "rest" | "majority" | "half" | "few"
        ) || counted_part(a, i - 2))
}

/// "released five of the detainees": a counted part of a group, which of them untold.
/// (Not "one of the two", whose number is a name's own: "one of them, Amr Fathy".)
fn counted_part(a: &Analysis, k: usize) -> bool {
    crate::numbers::number_at(a, k).is_some_and(|(n, end)| end == k + 1 && n >= 2.0)
}

/// Whether token `i` starts a reference to persons, and how long it is.
pub fn reference_at(a: &Analysis, i: usize) -> Option<(Refers, usize)> {
    // "Most of the defendants were arrested in raids": an uncounted part of those named is
    // no one of them in particular.
    // ("detained three of them": a counted part of those told; but "several of them" are
    // still those told, as a group.)
    let counted_of_them = a.norm(i) == "them" && i >= 2 && counted_part(a, i - 2);
    if (uncounted_part_before(a, i) && matches!(a.norm(i), "the" | "those")) || counted_of_them {
        return None;
    }
    match a.norm(i) {
        // "his client" is the one a lawyer speaks for.
        "his" | "her" if a.norm(i + 1) == "client" => Some((Refers::One, i + 2)),
        "he" | "him" | "his" | "she" | "her" | "himself" | "herself" => Some((Refers::One, i + 1)),
        // "“They put a bag over my head,” she said": the one quoted.
        "i" | "me" | "my" | "myself" if quote_speaker(a, i).is_some() => Some((Refers::One, i + 1)),
        // "both journalists", "both men": the noun is part of the reference. ("Neither priest
        // was charged": so it is of the two that nothing happened to.)
        "both" | "neither"
            if a.lex.group_nouns.longest_at(a, i + 1, a.len()).is_some()
                || a.lex
                    .descriptors
                    .contains(a.norm(i + 1).trim_end_matches('s')) =>
        {
            let end = a
                .lex
                .group_nouns
                .longest_at(a, i + 1, a.len())
                .map_or(i + 2, |f| f.end);
            Some((Refers::Many, end))
        }
        "they" | "them" | "their" | "both" | "neither" => Some((Refers::Many, i + 1)),
        // "The 58-year-old was detained at his home": the person the story follows.
        // (Not "the 34-year-old teacher": a noun after the age describes someone.)
        "the"
            if a.norm(i + 1).ends_with("-year-old")
                && (a.shape(i + 2) != chronicle_text::TokenShape::Lower
                    || crate::events::arguments::is_be(a.norm(i + 2))) =>
        {
            Some((Refers::One, i + 2))
        }
        // "The pair denied the charges", "the couple were detained": two just told of.
        "the" if matches!(a.norm(i + 1), "pair" | "couple" | "duo") => Some((Refers::Many, i + 2)),
        // "All four were charged"
        "all" if count_word(a, i + 1) > 2 || a.norm(i + 1) == "two" => Some((Refers::Many, i + 2)),
        "the"
            if (count_word(a, i + 1) > 2 || a.norm(i + 1) == "two")
                && (a.lex.group_nouns.longest_at(a, i + 2, a.len()).is_some()
                    || !a.norm(i + 2).chars().all(char::is_alphabetic)
                    || matches!(
                        a.norm(i + 2),
                        "were"
                            | "was"
                            | "are"
                            | "have"
                            | "had"
                            | "men"
                            | "women"
                            | "with"
                            | "to"
                            | "on"
                            | "for"
                            | "in"
                            | "at"
                            | "under"
                            | "over"
                            | "of"
                            | "and"
                            | "after"
                            | "before"
                            | "without"
                            // "found the three guilty"
                            | "guilty"
                    )
                    || a.lex
                        .descriptors
                        .contains(a.norm(i + 2).trim_end_matches('s'))) =>
        {
            // "the two", "the two activists"
            let end = if a.lex.group_nouns.longest_at(a, i + 2, a.len()).is_some()
                || a.lex
                    .descriptors
                    .contains(a.norm(i + 2).trim_end_matches('s'))
            {
                i + 3
            } else {
                i + 2
            };
            Some((Refers::Many, end))
        }
        // "the family", "the brothers": kin who share a surname.
        "the" if KIN_GROUPS.contains(&a.norm(i + 1)) => Some((Refers::Many, i + 2)),
        // "charged the pair", "the couple": the two just named.
        "the" if matches!(a.norm(i + 1), "pair" | "duo" | "couple") => Some((Refers::Many, i + 2)),
        // "the three Ncubes", "the Ncubes".
        "the" if namesakes(a, i).is_some() => {
            let counted = a.lex.numbers.contains_key(a.norm(i + 1));
            Some((Refers::Many, i + 2 + usize::from(counted)))
        }
        // "the activists", "the journalists": the persons just named.
        "the"
            if a.lex
                .descriptors
                .contains(a.norm(i + 1).trim_end_matches('s'))
                && a.norm(i + 1).ends_with('s')
                && !a.norm(i + 1).ends_with("ss") =>
        {
            Some((Refers::Many, i + 2))
        }
        // "the journalist", "the young activist", "the second activist"
        // ("The 52-year-old farmers' rights activist": a possessive group inside the
        // description is part of it.)
        "the" => (i + 1..(i + 6).min(a.len()))
            .take_while(|&k| {
                let possessive_group = a.entity_at(k).is_some_and(|e| {
                    a.entities[e].kind == chronicle_record::EntityKind::Group
                        && a.entities[e].count.is_none()
                }) && matches!(a.norm(k + 1), "'" | "'s");
                let mark = matches!(a.norm(k), "'" | "'s") && k > i + 1;
                let age = k == i + 1 && a.norm(k).ends_with("-year-old");
                (a.mention_at[k].is_none() && a.shape(k) == chronicle_text::TokenShape::Lower)
                    || possessive_group
                    || mark
                    || age
            })
            .find(|&k| a.lex.descriptors.contains(a.norm(k)))
            // "The second activist, Leyla Nabiyeva,": the name that follows says who; and
            // "the other activist" is not the one just named.
            .filter(|&k| {
                let named_next = a.norm(k + 1) == ","
                    && a.mention_at
                        .get(k + 2)
                        .copied()
                        .flatten()
                        .is_some_and(|m| a.entities[a.mentions[m].entity].is_person());
                let another = (i + 1..k).any(|j| {
                    matches!(
                        a.norm(j),
                        "second" | "third" | "fourth" | "fifth" | "other" | "remaining"
                    )
                });
                !named_next && !another
            })
            .map(|k| (Refers::One, k + 1)),
        _ => None,
    }
}

/// The persons a reference at token `i` points to: for one, the latest person mentioned
/// before it (with that descriptor, for "the journalist"); for many, the latest set of
/// persons named together ("Taizhan and Akhmedyarov").
pub fn resolve_reference(a: &Analysis, i: usize, refers: Refers) -> Vec<usize> {
    let described = (a.norm(i) == "the")
        .then(|| {
            (i + 1..(i + 6).min(a.len()))
                .find(|&k| a.lex.descriptors.contains(a.norm(k)))
                .map(|k| a.norm(k).to_string())
        })
        .flatten();
    // "The 52-year-old farmers' rights activist": an age picks out the person the story
    // follows even when no one was called an activist before.
    let aged = a.norm(i) == "the" && a.norm(i + 1).ends_with("-year-old");
    match refers {
        Refers::One => {
            if matches!(a.norm(i), "i" | "me" | "my" | "myself") {
                return quote_speaker(a, i).into_iter().collect();
            }
            // "Nazarzoda's lawyer, Dilbar Kholova, said officers beat her client".
            if a.norm(i + 1) == "client" {
                if let Some(p) = client_of(a, i) {
                    return vec![p];
                }
            }
            if let Some(d) = &described {
                for m in a.mentions.iter().rev().filter(|m| m.end <= i) {
                    let e = &a.entities[m.entity];
                    let has = e
                        .descriptors
                        .iter()
                        // "the teacher" for "a 34-year-old schoolteacher".
                        .any(|x| {
                            x.split_whitespace()
                                .any(|w| w == d || w.ends_with(d.as_str()))
                        });
                    if e.is_person() && has {
                        return vec![m.entity];
                    }
                }
                if !aged {
                    return vec![];
                }
            }
            if let Some(p) = speaker_goes_on(a, i) {
                return vec![p];
            }
            most_salient(a, i).into_iter().collect()
        }
        Refers::Many => {
            // "Their mother told reporters that the pair had been beaten": the last two
            // persons told of before this sentence, not the one telling.
            if a.norm(i) == "the" && matches!(a.norm(i + 1), "pair" | "couple" | "duo") {
                let floor = a.sentence_range(i).start;
                let mut two: Vec<usize> = Vec::new();
                for m in a.mentions.iter().rev().filter(|m| m.end <= floor) {
                    let e = &a.entities[m.entity];
                    if e.is_person() && !e.unnamed && !two.contains(&m.entity) {
                        two.push(m.entity);
                        if two.len() == 2 {
                            two.reverse();
                            return two;
                        }
                    }
                }
            }
            // "Police detained 14 activists, among them X and Y. Most of them were released
            // the same evening": a part of the group, not those named from it.
            // ("Around 30 relatives gathered outside the courthouse; police detained two of
            // them": or a count of them.)
            let part_of = a.norm(i) == "them"
                && (uncounted_part_before(a, i)
                    || (i >= 2
                        && a.norm(i - 1) == "of"
                        && a.lex.numbers.contains_key(a.norm(i - 2))));
            if part_of {
                let here = a.doc.sentence_of(i);
                let floor = a.doc.sentences[here.saturating_sub(2)].tokens.start;
                if let Some(g) = last_group_in(a, floor, i) {
                    return vec![g];
                }
            }
            if let Some(members) = group_members(a, i) {
                return members;
            }
            if let Some(group) = speaking_or_told_group(a, i) {
                return vec![group];
            }
            // "All ten had been held since police rounded them up": "them" is the counted
            // reference its sentence opened with.
            // "The four were arrested in October. Their trial ...": or the sentence before.
            if matches!(a.norm(i), "they" | "them" | "their") {
                let here = a.doc.sentence_of(i);
                let from = a.doc.sentences[here.saturating_sub(1)].tokens.start;
                // ("Both defendants were prosecuted over pickets they held".)
                let counted = (from..i).rev().find(|&k| {
                    (matches!(a.norm(k), "all" | "the") && count_word(a, k + 1) > 2
                        || a.norm(k) == "both"
                        // "charged the pair ... after police detained them"
                        || a.norm(k) == "the"
                            && matches!(a.norm(k + 1), "pair" | "couple" | "duo"))
                        && reference_at(a, k).is_some()
                });
                if let Some(k) = counted {
                    return resolve_reference(a, k, Refers::Many);
                }
            }
            // "the four", "all three": as many persons as the number says.
            let wanted = count_word(a, i + 1);
            // Walk back over sentences; in each, the persons named together last.
            let mut sentence_end = i;
            let first_sentence = a.doc.sentence_of(i.min(a.len().saturating_sub(1)));
            for s in (first_sentence.saturating_sub(5)..=first_sentence).rev() {
                let range = a.doc.sentences[s].tokens.clone();
                let upto = sentence_end.min(range.end);
                let mut persons = coordinated_persons_before(a, range.start, upto);
                if persons.len() >= wanted {
                    // ("X and Y were jailed ..., their lawyer, Z, said. The two men had
                    // addressed a rally": a number says how many of them are meant, the first
                    // told.)
                    if a.lex.numbers.contains_key(a.norm(i + 1)) {
                        persons.truncate(wanted);
                    }
                    return persons;
                }
                sentence_end = range.start;
            }
            // "the two activists", "both": the two persons mentioned last, even apart.
            if matches!(a.norm(i), "both" | "neither" | "the" | "all") {
                let n = wanted;
                let mut last: Vec<usize> = Vec::new();
                // Lawyers and spokespeople tell of "the three"; they are not among them, nor is
                // the judge who "found both guilty".
                for m in a.mentions.iter().rev().filter(|m| m.end <= i) {
                    let e = &a.entities[m.entity];
                    if e.is_person()
                        && !e.unnamed
                        && !has_role(e, TELLERS)
                        && !has_role(e, BENCH)
                        && !last.contains(&m.entity)
                    {
                        last.push(m.entity);
                        if last.len() == n {
                            last.reverse();
                            return last;
                        }
                    }
                }
            }
            // "sentenced ten people ... All ten took part in a march": before the persons
            // are named, the counted reference is the group of that very count.
            if matches!(a.norm(i), "all" | "the") && wanted > 2 {
                let counted = a.mentions.iter().rev().filter(|m| m.end <= i).find(|m| {
                    let e = &a.entities[m.entity];
                    e.kind == chronicle_record::EntityKind::Group
                        && e.count.as_ref().is_some_and(|c| {
                            c.low == Some(wanted as u64) && c.high == Some(wanted as u64)
                        })
                });
                if let Some(m) = counted {
                    return vec![m.entity];
                }
            }
            // "Several of her supporters say police beat them": the people of the sentence
            // itself, when no persons were found.
            if a.norm(i) == "them" {
                let here = a.sentence_range(i);
                let persons = a
                    .mentions
                    .iter()
                    .filter(|m| m.start >= here.start && m.end <= i)
                    .any(|m| a.entities[m.entity].is_person());
                if let (false, Some(g)) = (persons, last_group_in(a, here.start, i)) {
                    return vec![g];
                }
            }
            vec![]
        }
    }
}

/// "Organizers said they would gather again": "they" after a group's verb of saying is that
/// group. "Police also held about 15 young men. They were let go late Saturday": "They"
/// opening a sentence after one that names a group and no person is that group.
fn speaking_or_told_group(a: &Analysis, i: usize) -> Option<usize> {
    if !matches!(a.norm(i), "they" | "them" | "their") {
        return None;
    }
    let group_ending_at = |end: usize| {
        a.mentions
            .iter()
            .find(|m| m.end == end)
            .filter(|m| a.entities[m.entity].kind == chronicle_record::EntityKind::Group)
            .map(|m| m.entity)
    };
    if a.norm(i) == "they" && i >= 2 && crate::events::triggers::says_at(a, i - 1) {
        return group_ending_at(i - 1);
    }
    // "Several protesters told the news site that police dragged them across the square":
    // those the speaking group tells of are themselves.
    let sentence_start = a.sentence_range(i).start;
    let told_by_group = (sentence_start + 1..i)
        .rev()
        .find(|&v| crate::events::triggers::says_at(a, v))
        .filter(|&v| (v..i).any(|k| a.norm(k) == "that"))
        .and_then(group_ending_at);
    if let Some(g) = told_by_group {
        let person_between = a
            .mentions
            .iter()
            .any(|m| m.start > sentence_start && m.end <= i && a.entities[m.entity].is_person());
        if !person_between {
            return Some(g);
        }
    }
    let here = a.doc.sentence_of(i);
    if a.norm(i) != "they" || a.doc.sentences[here].tokens.start != i || here == 0 {
        return None;
    }
    let before = a.doc.sentences[here - 1].tokens.clone();
    let in_before = || {
        a.mentions
            .iter()
            .filter(move |m| m.start >= before.start && m.end <= before.end)
    };
    if in_before().any(|m| a.entities[m.entity].is_person()) {
        return None;
    }
    // ("Osh police detained the three on March 3 after they shared posts alleging that
    // officials diverted water to farms owned by their relatives. They were questioned": the
    // persons the count stands for, not a group named in what they did.)
    let counted = before.clone().any(|k| {
        matches!(a.norm(k), "the" | "all")
            && count_word(a, k + 1) >= 2
            && reference_at(a, k).is_some()
    });
    if counted {
        return None;
    }
    let groups: Vec<usize> = in_before()
        .filter(|m| a.entities[m.entity].kind == chronicle_record::EntityKind::Group)
        .map(|m| m.entity)
        .collect();
    match groups[..] {
        [g] => Some(g),
        _ => None,
    }
}

/// "the Ncubes", "the three Ncubes": the persons named before token `i` whose surname the
/// plural is.
fn namesakes(a: &Analysis, i: usize) -> Option<Vec<usize>> {
    let k = if a.lex.numbers.contains_key(a.norm(i + 1)) {
        i + 2
    } else {
        i + 1
    };
    if !a.is_capitalised(k) || !a.text(k).ends_with('s') {
        return None;
    }
    let plural = crate::entities::names::fold(a.text(k));
    let stem = plural
        .strip_suffix("es")
        .filter(|s| s.ends_with('s'))
        .or_else(|| plural.strip_suffix('s'))?;
    let mut family: Vec<usize> = Vec::new();
    for m in a.mentions.iter().filter(|m| m.end <= i) {
        let e = &a.entities[m.entity];
        if e.is_person()
            && !e.unnamed
            && surname(e).as_deref() == Some(stem)
            && !family.contains(&m.entity)
        {
            family.push(m.entity);
        }
    }
    (family.len() >= 2).then_some(family)
}

/// Nouns for kin taken together: "the family", "the siblings".
const KIN_GROUPS: &[&str] = &["family", "siblings", "brothers", "sisters", "cousins"];

/// Those who tell of others: they are seldom the one a story follows.
const TELLERS: &[&str] = &[
    "lawyer",
    "attorney",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Those who sit in judgement, who do to "him" what a court does.
const BENCH: &[&str] = &["judge", "magistrate", "prosecutor", "investigator"];

/// Relatives and colleagues, who speak about the one a story follows.
const KIN_ROLES: &[&str] = &[
    "wife",
    "husband",
    "brother",
    "sister",
    "son",
    "daughter",
    "mother",
    "father",
    "relative",
    "colleague",
    "cousin",
];

/// Whether a word of one of `e`'s descriptors is one of `roles`.
fn has_role(e: &crate::analysis::EntityDraft, roles: &[&str]) -> bool {
    e.descriptors
        .iter()
        .any(|d| d.split_whitespace().any(|w| roles.contains(&w)))
}

/// A person's surname as persons are compared: the last word of a name of two or more.
pub fn surname(e: &crate::analysis::EntityDraft) -> Option<String> {
    let mut words = e.name.split_whitespace();
    let last = words.next_back()?;
    words.next().map(|_| crate::entities::names::fold(last))
}

/// Kin nouns a possessive points through: "her mother", "his wife".
pub fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "mother" | "father" | "son" | "daughter" | "husband" | "wife" | "brother" | "sister"
    )
}

/// "Dzhumabaeva's daughter, Aizhan Sultanova, said her mother was beaten": the person "her
/// mother" at tokens `i, i + 1` is: the one whose kin the speaker was introduced as, else the
/// report's main figure other than those named in this sentence.
pub fn kin_of(a: &Analysis, i: usize) -> Option<usize> {
    let here = a.doc.sentence_of(i);
    // "X's daughter", told last before the reference.
    let owner = owner_before(a, i, is_kin);
    if owner.is_some() {
        return owner;
    }
    let sentence_start = a.doc.sentences[here].tokens.start;
    let in_sentence: Vec<usize> = a
        .mentions
        .iter()
        .filter(|m| m.start >= sentence_start && m.end <= i)
        .map(|m| m.entity)
        .collect();
    let mut best: Option<(usize, usize)> = None;
    for m in a.mentions.iter().filter(|m| m.end <= i) {
        let e = &a.entities[m.entity];
        if !e.is_person() || e.unnamed || in_sentence.contains(&m.entity) {
            continue;
        }
        if here - a.doc.sentence_of(m.start) > 4 {
            continue;
        }
        let weight = e.mentions.len();
        if best.is_none_or(|(_, w)| weight > w) {
            best = Some((m.entity, weight));
        }
    }
    best.map(|b| b.0)
}

/// "X's lawyer ... her client": the person whose lawyer was named last.
fn client_of(a: &Analysis, i: usize) -> Option<usize> {
    let lawyer = |w: &str| matches!(w, "lawyer" | "attorney");
    owner_before(a, i, lawyer).or_else(|| {
        // "His lawyer, Elvira Sadykova, told reporters that her client ...": whom "his" of
        // "his lawyer" stands for.
        let here = a.doc.sentence_of(i);
        let floor = a.doc.sentences[here.saturating_sub(1)].tokens.start;
        let his = (floor..i)
            .rev()
            .find(|&j| matches!(a.norm(j), "his" | "her") && lawyer(a.norm(j + 1)))?;
        most_salient(a, his)
    })
}

/// The person last named as the owner of a `role` ("X's daughter", "X's lawyer") in the two
/// sentences before token `i`.
fn owner_before(a: &Analysis, i: usize, role: impl Fn(&str) -> bool) -> Option<usize> {
    let here = a.doc.sentence_of(i);
    let floor = a.doc.sentences[here.saturating_sub(2)].tokens.start;
    a.mentions
        .iter()
        .filter(|m| m.start >= floor && m.end < i)
        .filter(|m| a.norm(m.end) == "'s" && role(a.norm(m.end + 1)))
        .filter(|m| a.entities[m.entity].is_person())
        .max_by_key(|m| m.start)
        .map(|m| m.entity)
}

/// How many persons "the six", "all three" or "both" at token `k` name (two by default).
pub fn count_word(a: &Analysis, k: usize) -> usize {
    a.lex
        .numbers
        .get(a.norm(k))
        .map(|&n| n as usize)
        .filter(|n| (2..=12).contains(n))
        .unwrap_or(2)
}

/// Whether the bracket at `k` opens or closes an aside that lies wholly inside `from..to`.
fn closed_aside(a: &Analysis, from: usize, to: usize, k: usize) -> bool {
    match a.norm(k) {
        "(" => (k + 1..to).any(|j| a.norm(j) == ")"),
        ")" => (from..k).any(|j| a.norm(j) == "("),
        _ => false,
    }
}

/// The last pair or list of persons in tokens `start..end` joined by "and" or commas.
fn coordinated_persons_before(a: &Analysis, start: usize, end: usize) -> Vec<usize> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut last_end = start;
    for m in a
        .mentions
        .iter()
        .filter(|m| m.start >= start && m.end <= end)
    {
        if !a.entities[m.entity].is_person() {
            continue;
        }
        let joined = !current.is_empty()
            && (last_end..m.start).any(|k| matches!(a.norm(k), "and" | "," | "&" | ";"))
            // "A, 44, a head teacher; B, 33, a tailor; and C": semicolons part a long list.
            // ("A, an agronomist (six years in prison), and B": a closed aside is part of it.)
            && (last_end..m.start).all(|k| {
                !a.is_break(k) || a.norm(k) == ";" || closed_aside(a, last_end, m.start, k)
            })
            // ("King X granted pardons to two activists, A and B, at the request of Y": a verb
            // or a preposition between tells of another role, not of one list.)
            && !(last_end..m.start).any(|k| {
                let verb =
                    a.shape(k) == chronicle_text::TokenShape::Lower && a.norm(k).ends_with("ed");
                verb || matches!(a.norm(k), "at" | "by" | "for" | "from" | "with")
            })
            && m.start - last_end <= 12;
        if !joined && !current.is_empty() {
            groups.push(std::mem::take(&mut current));
        }
        if !current.contains(&m.entity) {
            current.push(m.entity);
        }
        last_end = m.end;
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups
        .into_iter()
        .rev()
        .find(|g| g.len() >= 2)
        .unwrap_or_default()
}

/// "sentenced three journalists ... A received nine years. The court sentenced B ... and C
/// ... The journalists were detained in November": "the journalists" at token `i` are the
/// members of the counted group of that noun named last before it, the persons first named
/// after the group, as many as its count.
fn group_members(a: &Analysis, i: usize) -> Option<Vec<usize>> {
    if a.norm(i) != "the" {
        return None;
    }
    if let Some(family) = namesakes(a, i) {
        return Some(family);
    }
    let noun = a.norm(i + 1);
    // "the siblings", "the brothers", "the family": the persons last named who share a
    // surname.
    if KIN_GROUPS.contains(&noun) {
        let mut seen: Vec<usize> = Vec::new();
        for m in a.mentions.iter().rev().filter(|m| m.end <= i) {
            let e = &a.entities[m.entity];
            if e.is_person() && !e.unnamed && surname(e).is_some() && !seen.contains(&m.entity) {
                seen.push(m.entity);
            }
        }
        let last = |e: usize| surname(&a.entities[e]);
        for &p in &seen {
            let kin: Vec<usize> = seen
                .iter()
                .copied()
                .filter(|&q| last(q) == last(p))
                .collect();
            if kin.len() >= 2 {
                return Some(kin);
            }
        }
        return None;
    }
    if !noun.ends_with('s') {
        return None;
    }
    let group = a.mentions.iter().rev().find(|m| {
        let e = &a.entities[m.entity];
        m.end <= i
            && e.kind == chronicle_record::EntityKind::Group
            && e.name
                .split_whitespace()
                .last()
                .is_some_and(|w| w.eq_ignore_ascii_case(noun))
            && e.count
                .as_ref()
                .is_some_and(|c| c.low.is_some() && c.low == c.high)
    })?;
    let count = a.entities[group.entity].count.as_ref()?.low? as usize;
    if !(2..=12).contains(&count) {
        return None;
    }
    let mut members: Vec<usize> = Vec::new();
    for m in a
        .mentions
        .iter()
        .filter(|m| m.start >= group.end && m.end <= i)
    {
        let e = &a.entities[m.entity];
        // "Məmmədova's husband": a possessor's kin are no member.
        let possessor = a.norm(m.end) == "'s";
        if e.is_person() && !e.unnamed && !possessor && !members.contains(&m.entity) {
            members.push(m.entity);
            if members.len() == count {
                return Some(members);
            }
        }
    }
    None
}

/// A person's grammatical gender guessed from the surname's ending, common in the region's
/// names: "-ova", "-eva", "-ina", "-skaya" are female; "-ov", "-ev", "-in", "-sky" male.
/// A given name listed in `data/lexicons/given_names.tsv` decides first; endings alone would
/// mislead ("Shalva", "Nikita" are men's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    Unknown,
}

pub fn gender_of(lex: &crate::lexicon::Lexicons, name: &str) -> Gender {
    let words: Vec<String> = name.split_whitespace().map(|w| w.to_lowercase()).collect();
    let Some(last) = words.last() else {
        return Gender::Unknown;
    };
    // A known given name tells more than a surname's ending ("Nino Beridze").
    if words.len() >= 2 {
        match lex.given_names.get(words[0].as_str()) {
            Some('f') => return Gender::Female,
            Some('m') => return Gender::Male,
            _ => {}
        }
    }
    // ("-ava" is a Georgian man's surname as often as a Belarusian woman's: "Jgharkava".)
    let female = ["ova", "eva", "yova", "ina", "aya", "ayte", "kaya"];
    let male = [
        "ov", "ev", "in", "sky", "skiy", "iy", "yev", "uly", "uulu", "ogly", "oglu", "zoda", "zade",
    ];
    if female.iter().any(|s| last.ends_with(s)) {
        return Gender::Female;
    }
    if male.iter().any(|s| last.ends_with(s)) {
        return Gender::Male;
    }
    Gender::Unknown
}

/// The person "he" or "she" at token `i` most likely means: among persons of the last three
/// sentences, recent mentions, sentence subjects and the report's main figures weigh most;
/// a name of the other gender is passed over.
fn most_salient(a: &Analysis, i: usize) -> Option<usize> {
    let want = match a.norm(i) {
        "he" | "him" | "his" | "himself" => Gender::Male,
        "she" | "her" | "herself" => Gender::Female,
        _ => Gender::Unknown,
    };
    let here = a.doc.sentence_of(i.min(a.len().saturating_sub(1)));
    let continued = subject_going_on(a, i, here);
    let mut best: Option<(i32, usize)> = None;
    for m in a.mentions.iter().filter(|m| m.end <= i) {
        let e = &a.entities[m.entity];
        if !e.is_person() {
            continue;
        }
        let s = a.doc.sentence_of(m.start);
        if here - s > 3 {
            continue;
        }
        let g = gender_of(a.lex, &e.name);
        if want != Gender::Unknown && g != Gender::Unknown && g != want {
            continue;
        }
        // "Judge Tsintsadze found him guilty": the doer of the verb right before an object
        // pronoun is someone else, or the text would say "himself". So is the one who opens
        // the sentence, when no comma or clause word stands between ("Judge X of the Y
        // District Court found him guilty").
        // ... but "Gimadiev said officers beat him": one who tells of it may be the one it
        // was done to.
        // (Only a mention in the pronoun's own sentence is checked: this runs for every
        // mention before every pronoun.)
        let told = s == here && (m.end..i).any(|k| crate::events::triggers::says_at(a, k));
        let object = matches!(a.norm(i), "him" | "her" | "them") && !told;
        let opens_sentence = s == here
            && (a.doc.sentences[s].tokens.start..m.start)
                .all(|k| a.is_capitalised(k) || a.norm(k) == ".")
            && (m.end..i).all(|k| {
                !a.is_break(k)
                    && a.norm(k) != ","
                    && !crate::events::arguments::opens_clause(a, k)
                    && a.entity_at(k).is_none_or(|x| {
                        a.entities[x].kind == chronicle_record::EntityKind::Organization
                    })
            });
        if object && opens_sentence {
            continue;
        }
        if object
            && m.end < i
            && i - m.end <= 3
            && (m.end..i).all(|k| {
                a.shape(k) == chronicle_text::TokenShape::Lower
                    && !matches!(a.norm(k), "and" | "or" | "that" | "of" | "to" | "with")
            })
        {
            continue;
        }
        let sentence_start = a.doc.sentences[s].tokens.start;
        // ("Abdel-Rahman's husband, Tamer Shawky, was arrested ... He was freed": a possessor
        // whose kin or colleague is then named opens the sentence but is not its subject.)
        let possessor_of_named = |x: &crate::analysis::Mention| {
            a.norm(x.end) == "'s"
                && (x.end + 2..x.end + 4).any(|c| {
                    a.norm(c) == ","
                        && a.entity_at(c + 1)
                            .is_some_and(|p| a.entities[p].is_person() && !a.entities[p].unnamed)
                })
        };
        let first_in_sentence = a.mentions.iter().find(|x| {
            x.start >= sentence_start && a.entities[x.entity].is_person() && !possessor_of_named(x)
        });
        // "After the election, which Alexander Lukashenko claimed to have won, Kukharchyk
        // helped lead the marches": a name inside a relative clause is told in passing.
        let clause_start = (sentence_start..m.start)
            .rev()
            .find(|&k| a.norm(k) == ",")
            .map_or(sentence_start, |k| k + 1);
        let in_relative =
            (clause_start..m.start).any(|k| matches!(a.norm(k), "which" | "whom" | "whose"));
        let mut score = 12 - 4 * (here - s) as i32;
        // "he" opening a sentence goes on with the last sentence's subject, kin or not.
        if continued == Some(m.start) {
            score += 8;
        }
        if in_relative {
            score -= 3;
        } else if first_in_sentence.is_some_and(|x| x.start == m.start) {
            score += 3;
        }
        // After "of" or "against" a name is seldom the one the story follows.
        if m.start > 0 && matches!(a.norm(m.start - 1), "of" | "against" | "to" | "with") {
            score -= 3;
        }
        score += (e.mentions.len() as i32).min(4);
        // Lawyers, relatives and spokespeople speak about the one the story follows; they
        // are seldom who "he" or "she" is.
        // ("police arrested X and his brother Y ... A court granted Y bail, and he was freed":
        // kin the pronoun's own clause tells of first, with no one telling, is who it means.)
        let kin_acted_on = s == here
            && !told
            && !has_role(e, TELLERS)
            && first_in_sentence.is_some_and(|x| x.start == m.start)
            && !(m.end..i).any(|k| {
                a.norm(k) == "." || a.entity_at(k).is_some_and(|x| a.entities[x].is_person())
            });
        let by_role = has_role(e, TELLERS) || (has_role(e, KIN_ROLES) && !kin_acted_on);
        if by_role {
            score -= 6;
            // ("Police spokesperson Nyaga denied that officers had shot him": a spokesperson
            // or a lawyer telling of "him" tells of someone else.)
            if told && matches!(a.norm(i), "him" | "her") {
                score -= 10;
            }
        }
        // "Judge Irakli Sichinava of the Zugdidi District Court found Gogokhia guilty and
        // sentenced him": the bench tries "him"; it is not who is tried.
        if object && has_role(e, BENCH) {
            score -= 10;
        }
        // "a family member was told by telephone, and he now awaits trial": one the report
        // never names is seldom the one it follows.
        if e.unnamed {
            score -= 6;
        }
        // Heads of state and ministers are told of in passing; "he" is seldom one of them.
        let office = e.descriptors.iter().any(|d| {
            d.split_whitespace()
                .any(|w| matches!(w, "president" | "minister" | "king" | "premier"))
        });
        // And "him" whom someone arrests, charges or tries is hardly one in office.
        let former = e.descriptors.iter().any(|d| d.contains("former"));
        // ... least of all one named once, in passing ("a law President Putin signed").
        let in_passing = e.mentions.len() == 1;
        if office {
            score -= if (object || in_passing) && !former {
                10
            } else {
                3
            };
        }
        score += (m.start as i32 - i as i32) / 40;
        if best.is_none_or(|b| score >= b.0) {
            best = Some((score, m.entity));
        }
    }
    best.map(|b| b.1).or_else(|| protagonist(a, i, want))
}

/// "X's husband, Tamer Shawky, a microbus driver, was arrested in 2019. He was freed in
/// January": where the pronoun at `i` opens sentence `here`, where the last sentence's subject
/// starts, when it is a named person (not a possessor: "Abdel-Rahman's husband") whose verb
/// follows it, past an apposition ("A second employee, camera operator Nigar Hasanova, was
/// detained").
fn subject_going_on(a: &Analysis, i: usize, here: usize) -> Option<usize> {
    if here == 0 || i != a.doc.sentences[here].tokens.start {
        return None;
    }
    let before = a.doc.sentences[here - 1].tokens.clone();
    let m = a.mentions.iter().find(|x| {
        x.start >= before.start
            && x.end <= before.end
            && a.entities[x.entity].is_person()
            && !a.entities[x.entity].unnamed
            && a.norm(x.end) != "'s"
    })?;
    let closes =
        |k: usize| crate::events::arguments::is_be(a.norm(k)) || matches!(a.norm(k), "has" | "had");
    let mut after = m.end;
    if a.norm(after) == "," && !closes(after + 1) {
        after = (after + 1..(after + 12).min(a.len()))
            .find(|&k| a.norm(k) == ",")
            .map_or(after, |k| k + 1);
    }
    if a.norm(after) == "," {
        after += 1;
    }
    closes(after).then_some(m.start)
}

/// With no one named in the last few sentences, "she" in a report's background paragraph
/// is the person the report is about: the one named most often before it, when that person
/// is named at least three times and no one else as often, or twice and no one else of that
/// gender at all.
fn protagonist(a: &Analysis, i: usize, want: Gender) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for m in a.mentions.iter().filter(|m| m.end <= i) {
        let e = &a.entities[m.entity];
        let g = gender_of(a.lex, &e.name);
        if !e.is_person() || e.unnamed || (want != Gender::Unknown && g != want) {
            continue;
        }
        match counts.iter_mut().find(|(x, _)| *x == m.entity) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.entity, 1)),
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    match counts[..] {
        [(e, n), ..] if n >= 3 && counts.get(1).is_none_or(|&(_, m)| m < n) => Some(e),
        // The only person of that gender named so far, named twice.
        [(e, n)] if n >= 2 && want != Gender::Unknown => Some(e),
        _ => None,
    }
}

/// "a Karakalpak blogger", "a volunteer for Viasna": persons the lede describes before it
/// names them. Each becomes an unnamed person entity that events may later hand on to the
/// person the report names.
pub fn add_unnamed(a: &mut Analysis) {
    let mut k = 0;
    while k + 1 < a.len() {
        if !matches!(a.norm(k), "a" | "an") {
            k += 1;
            continue;
        }
        let limit = (k + 5).min(a.len());
        // "a 28-year-old mobile phone repairman": an age makes the noun after it a person,
        // listed descriptor or not.
        let aged = a.norm(k + 1).ends_with("-year-old");
        let by_age = aged
            .then(|| {
                (k + 2..(k + 6).min(a.len()))
                    .take_while(|&j| {
                        // ("a 24-year-old Baluch man", "a 30-year-old Kazakh man": a people
                        // or a nation before the noun.)
                        let nation = a.shape(j) == chronicle_text::TokenShape::Capitalized
                            && a.shape(j + 1) == chronicle_text::TokenShape::Lower
                            && (a.lex.peoples.contains(a.norm(j))
                                || a.mention_at[j].is_some_and(|m| {
                                    let m = &a.mentions[m];
                                    m.start == j
                                        && m.end == j + 1
                                        && a.entities[m.entity]
                                            .place
                                            .as_ref()
                                            .is_some_and(|p| p.is_country)
                                }));
                        nation
                            || (a.shape(j) == chronicle_text::TokenShape::Lower
                                && a.mention_at[j].is_none()
                                && !crate::entities::names::is_function_word(a.norm(j))
                                && !a.norm(j).ends_with("ed"))
                    })
                    .filter(|&j| a.shape(j) == chronicle_text::TokenShape::Lower)
                    .last()
            })
            .flatten();
        // "a TikTok commentator", "a Radio Azattyk reporter": an outlet or platform named
        // before the noun says whom the person works for.
        let outlet_before_noun = |j: usize| {
            a.mention_at[j].is_some_and(|m| {
                let m = &a.mentions[m];
                a.entities[m.entity].kind == chronicle_record::EntityKind::Organization
                    && a.entities[m.entity].category == Some("media")
                    && a.lex.descriptors.contains(a.norm(m.end))
            })
        };
        let Some(noun) = by_age.or_else(|| {
            (k + 1..limit)
                // "a video describing her father" describes no person.
                .take_while(|&j| {
                    (a.mention_at[j].is_none() || outlet_before_noun(j))
                        && !a.is_break(j)
                        && !matches!(
                            a.norm(j),
                            "," | "his" | "her" | "their" | "its" | "my" | "our" | "your" | "of"
                        )
                })
                .find(|&j| a.lex.descriptors.contains(a.norm(j)))
        }) else {
            k += 1;
            continue;
        };
        // "a student leader, Jericho Dela Cruz,": the noun goes on over the words that head
        // the description.
        let mut noun = noun;
        while noun + 1 < (k + 6).min(a.len())
            && a.shape(noun + 1) == chronicle_text::TokenShape::Lower
            && a.mention_at[noun + 1].is_none()
            && a.lex.descriptors.contains(a.norm(noun + 1))
        {
            noun += 1;
        }
        // "X, a blogger" / "X, 24, a student" / "X (also Y), a teacher" describes X; "a
        // blogger, X," or "a blogger named X" names one.
        let apposition = k >= 2 && a.norm(k - 1) == "," && {
            let mut j = k - 1;
            let mut depth = 0;
            while j > 0 && k - j < 12 {
                j -= 1;
                match a.norm(j) {
                    ")" => depth += 1,
                    "(" => depth -= 1,
                    _ => {}
                }
                if depth > 0
                    || a.norm(j) == "("
                    || a.norm(j) == ","
                    || a.shape(j) == chronicle_text::TokenShape::Number
                {
                    continue;
                }
                break;
            }
            a.entity_at(j).is_some()
        };
        // ("A photographer who was in the office, Palina Sidarenka, was questioned": the
        // name after a short relative clause.)
        let named_after_clause = a.norm(noun + 1) == "who"
            && (noun + 2..(noun + 10).min(a.len()))
                .find(|&j| a.norm(j) == "," || a.is_break(j))
                .is_some_and(|j| {
                    a.norm(j) == ","
                        && a.entity_at(j + 1)
                            .is_some_and(|e| a.entities[e].is_person())
                });
        let named_next = a.entity_at(noun + 1).is_some()
            || (a.norm(noun + 1) == "," && a.entity_at(noun + 2).is_some())
            || a.norm(noun + 1) == "named"
            || named_after_clause;
        let subject_of_copula = k >= 1 && matches!(a.norm(k - 1), "is" | "was" | "as" | "became");
        if apposition || named_next || subject_of_copula {
            k = noun + 1;
            continue;
        }
        let mut e = EntityDraft::new(EntityKind::Person, a.span_text(k, noun + 1));
        e.unnamed = true;
        a.entities.push(e);
        let entity = a.entities.len() - 1;
        a.add_mention(k, noun + 1, entity);
        k = noun + 1;
    }
}

/// "sentenced a refinery electrician to 30 months ... The electrician, Alyaksandr Drazdou,
/// 44, worked at the refinery": a person told first by what they do and named later in
/// apposition to "the" and the same noun is one person; the description's mentions go to
/// the name.
pub fn name_the_described(a: &mut Analysis) {
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for k in 0..a.len().saturating_sub(3) {
        if a.norm(k) != "the" || a.norm(k + 2) != "," || a.mention_at[k + 1].is_some() {
            continue;
        }
        let noun = a.norm(k + 1);
        if !a.lex.descriptors.contains(noun) {
            continue;
        }
        let Some(named) = a
            .entity_at(k + 3)
            .filter(|&e| a.entities[e].is_person() && !a.entities[e].unnamed)
        else {
            continue;
        };
        let here = a.doc.tokens[k].start;
        let described: Vec<usize> = (0..a.entities.len())
            .filter(|&e| {
                let ent = &a.entities[e];
                ent.unnamed
                    && ent.name.split_whitespace().last() == Some(noun)
                    && ent.mentions.iter().all(|m| m.0 < here)
            })
            .collect();
        if let [one] = described[..] {
            moves.push((one, named));
        }
    }
    // "A colleague who was detained with him in Khodjent, lawyer Farrukh Nazarov, was
    // released": a person described, then a relative clause, then the name in apposition.
    for m in &a.mentions {
        let described = &a.entities[m.entity];
        if !described.unnamed || !described.is_person() || a.norm(m.end) != "who" {
            continue;
        }
        let sentence_end = a.sentence_range(m.start).end;
        let Some(comma) = (m.end + 1..(m.end + 16).min(sentence_end))
            .find(|&k| a.norm(k) == "," || a.norm(k) == "--")
        else {
            continue;
        };
        // (", known only by his religious name Jampa,": a naming aside may run longer.)
        let naming = (comma + 1..(comma + 8).min(sentence_end))
            .any(|k| matches!(a.norm(k), "name" | "named" | "known" | "called"));
        let reach = if naming { 9 } else { 3 };
        let named = (comma + 1..(comma + reach).min(sentence_end))
            .find_map(|k| a.entity_at(k))
            .filter(|&e| a.entities[e].is_person() && !a.entities[e].unnamed);
        if let Some(named) = named {
            moves.push((m.entity, named));
        }
    }
    for (from, to) in moves {
        if from == to {
            continue;
        }
        a.move_mentions(from, to);
    }
}

/// The person whose words token `i` stands in, when it is inside quotation marks: the person
/// (or "he"/"she") next to a verb of saying outside the quotes of the same paragraph
/// ("“They came at six,” Kovalchuk said", "“... my head,” she said").
fn quote_speaker(a: &Analysis, i: usize) -> Option<usize> {
    if !a.in_quotes(i) {
        return None;
    }
    let range = a.paragraph_range(i);
    let (from, to) = (range.start, range.end);
    let quote = |k: usize| a.norm(k) == "\"";
    let says = |k: usize| crate::events::triggers::says_at(a, k);
    // "“... one of them kicked me ...,” Zeynep Çakır, a student at ..., told reporters": the
    // person named right after the closing quote, before a verb of saying, said it.
    if let Some(close) = (i + 1..to).find(|&k| quote(k)) {
        let first = close + 1 + usize::from(a.norm(close + 1) == ",");
        let named = a.entity_at(first).filter(|&e| a.entities[e].is_person());
        let saying_follows = (first..(first + 16).min(to)).any(says);
        if let Some(e) = named.filter(|_| saying_follows) {
            return Some(e);
        }
    }
    let mut inside = false;
    for k in from..to {
        if quote(k) {
            inside = !inside;
            continue;
        }
        if inside || !says(k) {
            continue;
        }
        // The teller stands right before the verb or right after it ("said Kovalchuk"),
        // an age or a title aside ("Kovalchuk, 47, said") allowed.
        let before = (k.saturating_sub(5).max(from)..k).rev().find_map(|j| {
            let e = a.entity_at(j)?;
            a.entities[e].is_person().then_some((j, e))
        });
        let after = a
            .entity_at(k + 1)
            .filter(|&e| a.entities[e].is_person())
            .map(|e| (k + 1, e));
        if let Some((_, e)) = before.or(after) {
            return Some(e);
        }
        if k > from && matches!(a.norm(k - 1), "he" | "she") {
            // An interview's "she said" points back further than a pronoun in running
            // text: to the last person of that gender the report named.
            let want = if a.norm(k - 1) == "he" {
                Gender::Male
            } else {
                Gender::Female
            };
            return most_salient(a, k - 1).or_else(|| {
                a.mentions
                    .iter()
                    .filter(|m| m.end < k && a.entities[m.entity].is_person())
                    .filter(|m| !a.entities[m.entity].unnamed)
                    .filter(|m| {
                        let g = gender_of(a.lex, &a.entities[m.entity].name);
                        g == want || g == Gender::Unknown
                    })
                    .max_by_key(|m| m.start)
                    .map(|m| m.entity)
            });
        }
    }
    None
}

/// "..., according to lawyer Khaled Ali-Hassan. He said several workers were beaten": "he"
/// who goes on saying is the one the sentence before was attributed to.
fn speaker_goes_on(a: &Analysis, i: usize) -> Option<usize> {
    let says = matches!(a.norm(i), "he" | "she")
        && matches!(a.norm(i + 1), "said" | "says" | "added" | "told");
    let here = a.doc.sentence_of(i);
    if !says || here == 0 || a.doc.sentences[here].tokens.start != i {
        return None;
    }
    let before = a.doc.sentences[here - 1].tokens.clone();
    let last = a.mentions.iter().rfind(|m| {
        m.start >= before.start && m.end <= before.end && a.entities[m.entity].is_person()
    })?;
    // (The attribution closes the sentence: nothing but the full stop after the name.)
    let closes = a.norm(last.end) == "." && last.end + 1 == before.end;
    let according = (last.start.saturating_sub(4).max(before.start)..last.start)
        .any(|k| a.norm(k) == "according" && a.norm(k + 1) == "to");
    let want = if a.norm(i) == "he" {
        Gender::Male
    } else {
        Gender::Female
    };
    let g = gender_of(a.lex, &a.entities[last.entity].name);
    (closes && according && (g == want || g == Gender::Unknown)).then_some(last.entity)
}

/// The group named last in tokens `from..to`.
fn last_group_in(a: &Analysis, from: usize, to: usize) -> Option<usize> {
    a.mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= to)
        .filter(|m| a.entities[m.entity].kind == chronicle_record::EntityKind::Group)
        .max_by_key(|m| m.start)
        .map(|m| m.entity)
}
