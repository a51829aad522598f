//! The entity layer: persons, organisations, places and groups, and who "he" and "they" are.
//!
//! [`names`] finds proper names; [`nouns`] finds organisations named by common nouns ("police",
//! "a court") and groups of unnamed people ("80 protesters"); [`initials`] links a statement's
//! "R.G., born 1990" to the person named in full; [`offices`] names the offices of
//! international bodies ("the UN human rights office"); [`people`] adds descriptors from
//! appositions and resolves pronouns and descriptions to persons when events ask for them.

mod initials;
pub mod names;
pub mod nouns;
mod offices;
pub mod people;

use chronicle_gazetteer::Gazetteer;

use crate::analysis::Analysis;

/// Adds the entity layer to an analysis.
pub fn annotate(a: &mut Analysis, gaz: &Gazetteer) {
    // The tagger only settles names the rules leave open (a default person, a place), so it
    // reads only the sentences that have one: tagging is the costliest step.
    let first = names::find_runs(a, gaz);
    let open = first
        .iter()
        .filter(|r| {
            matches!(
                r.kind,
                names::NameKind::Person { title: None } | names::NameKind::Place
            )
        })
        .map(|r| a.doc.sentence_of(r.start))
        .collect::<std::collections::BTreeSet<usize>>();
    tag_names(a, &open);
    // Only the tagged sentences can read differently now.
    let mut runs: Vec<names::NameRun> = first
        .into_iter()
        .filter(|r| !open.contains(&a.doc.sentence_of(r.start)))
        .collect();
    for &s in &open {
        let tokens = a.doc.sentences[s].tokens.clone();
        runs.extend(names::find_runs_within(a, gaz, tokens));
    }
    runs.sort_by_key(|r| r.start);
    names::add_entities(a, gaz, &runs);
    names::link_lone_surnames(a);
    names::sentence_initial_organisations(a);
    names::capital_mentions(a, gaz);
    repeated_local_places(a);
    national_names(a, gaz);
    initials::link_initials(a);
    offices::name_offices(a);
    nouns::add_org_nouns(a);
    a.sort_mentions();
    nouns::add_org_references(a);
    nouns::add_groups(a);
    people::add_unnamed(a);
    a.sort_mentions();
    people::name_the_described(a);
    people::share_surnames(a);
    forget_headline_only_persons(a);
    forget_holidays(a);
    people::add_descriptors(a);
    a.dateline = dateline(a);
    a.filed_about = filed_from_abroad(a);
}

/// "on March 27, the country's Armed Forces Day": a capitalised name that ends in "Day"
/// names a day, not the body its other words name; it is no one who acts or is acted on.
fn forget_holidays(a: &mut Analysis) {
    let holiday = |e: &crate::analysis::EntityDraft| {
        e.kind == chronicle_record::EntityKind::Organization
            && e.name.split_whitespace().count() > 1
            && e.name.ends_with(" Day")
    };
    if !a.entities.iter().any(holiday) {
        return;
    }
    let gone: Vec<bool> = a.entities.iter().map(holiday).collect();
    for (e, x) in a.entities.iter_mut().enumerate() {
        if gone[e] {
            x.mentions.clear();
        }
    }
    a.mentions.retain(|m| !gone[m.entity]);
    a.sort_mentions();
}

/// "four residents of the village of Nariman ... several hundred Nariman residents blocked
/// the road": a place the gazetteer does not know, once the report has named it as a place,
/// is that place wherever the same capitalised word stands alone again.
fn repeated_local_places(a: &mut Analysis) {
    let local: Vec<(String, usize)> = a
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.kind == chronicle_record::EntityKind::Place
                && e.place.is_none()
                && !e.name.contains(' ')
                && !e.mentions.is_empty()
        })
        .map(|(i, e)| (e.name.clone(), i))
        .collect();
    if local.is_empty() {
        return;
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for k in 0..a.len() {
        if a.entity_at(k).is_some() || !a.is_capitalised(k) {
            continue;
        }
        // (A word opening a sentence may be any word.)
        if a.sentence_range(k).start == k {
            continue;
        }
        if let Some(&(_, e)) = local.iter().find(|(name, _)| name == a.text(k)) {
            let first = a.entities[e].mentions[0].0;
            if a.doc.tokens[k].start > first {
                found.push((k, e));
            }
        }
    }
    for (k, e) in found {
        a.add_mention(k, k + 1, e);
    }
    a.sort_mentions();
}

/// "Cuban State Security", "the Belarusian KGB": a body named with its nation's adjective is
/// also known by the rest of its name, as other reports write it.
fn national_names(a: &mut Analysis, gaz: &Gazetteer) {
    for e in a.entities.iter_mut() {
        if e.kind != chronicle_record::EntityKind::Organization {
            continue;
        }
        let Some((first, rest)) = e.name.split_once(' ') else {
            continue;
        };
        if gaz.demonym_country(first).is_some()
            && rest.starts_with(|c: char| c.is_uppercase())
            && !e.aliases.iter().any(|x| x == rest)
        {
            e.aliases.push(rest.to_string());
        }
    }
}

/// "BANGKOK, Jan 5 - Myanmar's military government released more than 5,000 prisoners": a
/// dateline in one country over a lede that opens on another is where the report was filed,
/// not where its happenings were. The country the lede opens on, when the dateline is such a
/// one and the report does not name its city again.
fn filed_from_abroad(a: &Analysis) -> Option<usize> {
    let city = a.dateline.filter(|&d| a.is_city(d))?;
    let home = a.entities[city].place.as_ref()?.country.as_str();
    let dateline_at = a.mentions.iter().find(|m| m.entity == city)?;
    let lede = a.sentence_range(dateline_at.start);
    // ("Myanmar's military government": a country the lede's first words are of; not one
    // told further on, "with links to Iran's Revolutionary Guards".)
    let story = a
        .mentions
        .iter()
        .filter(|m| m.start > dateline_at.end && m.start <= dateline_at.end + 8)
        .filter(|m| m.end <= lede.end && a.norm(m.end) == "'s")
        .map(|m| m.entity)
        .find(|&e| a.entities[e].place.as_ref().is_some_and(|p| p.is_country))?;
    let abroad = a.entities[story]
        .place
        .as_ref()
        .is_some_and(|p| p.country != home);
    let named_again = a
        .mentions
        .iter()
        .any(|m| m.entity == city && m.start > dateline_at.end);
    (abroad && !named_again).then_some(story)
}

/// "Uyghur YouTuber in Istanbul says China jailed him": a headline's capitals make names of
/// ordinary words, and the people a headline names the report names again. A person named
/// only in the headline is no one the events can be about.
fn forget_headline_only_persons(a: &mut Analysis) {
    let text = a.doc.text();
    let first_line = text.find('\n').unwrap_or(text.len());
    let headline = first_line < text.len()
        && !text[..first_line]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”']);
    if !headline || a.doc.sentences.len() < 2 {
        return;
    }
    let end = a.doc.sentences[0].tokens.end;
    let mut forgotten: Vec<usize> = Vec::new();
    for e in 0..a.entities.len() {
        if !a.entities[e].is_person() {
            continue;
        }
        let mentions: Vec<usize> = (0..a.mentions.len())
            .filter(|&m| a.mentions[m].entity == e)
            .collect();
        if mentions.iter().all(|&m| a.mentions[m].end <= end) {
            forgotten.extend(mentions);
        }
    }
    if forgotten.is_empty() {
        return;
    }
    let mut k = 0;
    a.mentions.retain(|_| {
        k += 1;
        !forgotten.contains(&(k - 1))
    });
    a.sort_mentions();
}

/// Runs the trained tagger over the sentences, one type per token. Without a usable model
/// the rules work alone.
fn tag_names(a: &mut Analysis, which: &std::collections::BTreeSet<usize>) {
    let Ok(tagger) = chronicle_ner::Tagger::embedded() else {
        return;
    };
    if which.is_empty() {
        return;
    }
    let sentences: Vec<Vec<&str>> = which
        .iter()
        .map(|&s| {
            a.doc.sentences[s]
                .tokens
                .clone()
                .map(|i| a.doc.token_text(i))
                .collect()
        })
        .collect();
    let labels = tagger.tag_doc(&sentences);
    let mut ner = vec![None; a.len()];
    for (&s, labels) in which.iter().zip(labels) {
        for (i, label) in a.doc.sentences[s].tokens.clone().zip(labels) {
            ner[i] = label.entity_type();
        }
    }
    a.ner = ner;
}

/// Where the report is set: a dateline ("GANJA, Azerbaijan — ...") or else the first city
/// its headline or lede names ("A court in the southern Russian city of Krasnodar ...").
fn dateline(a: &Analysis) -> Option<usize> {
    let is_place = |e: usize| a.entities[e].kind == chronicle_record::EntityKind::Place;
    let is_city =
        |e: usize| is_place(e) && !a.entities[e].place.as_ref().is_some_and(|p| p.is_country);
    if let Some(dash) = (0..a.len().min(8)).find(|&k| a.norm(k) == "--") {
        if let Some(e) = (0..dash).find_map(|k| a.entity_at(k).filter(|&e| is_place(e))) {
            return Some(e);
        }
    }
    // A headline that names no city is followed by the lede that does.
    a.doc
        .sentences
        .iter()
        .take(2)
        .flat_map(|s| s.tokens.clone())
        .filter_map(|k| a.entity_at(k))
        .find(|&e| is_city(e))
}
