//! Places an event takes from its neighbours: where the person was placed, where the court
//! sits, and which court "the court" and "the judges" are.

use chronicle_record::{is_per_subject_type, EntityKind};

use super::super::Draft;
use super::*;
use crate::analysis::Analysis;

/// A person's events happen where the report places that person: an unplaced event takes
/// the place of the same person's nearest placed event (cities before countries).
pub(super) fn inherit_places(a: &Analysis, events: &mut [Draft]) {
    let is_city = |e: usize| !a.entities[e].place.as_ref().is_some_and(|p| p.is_country);
    for i in 0..events.len() {
        if events[i].place.is_some() || !is_per_subject_type(events[i].kind) {
            continue;
        }
        let Some(&subject) = events[i].subjects.first() else {
            continue;
        };
        if a.entities[subject].kind != EntityKind::Person {
            continue;
        }
        let here = events[i].sentences[0];
        // A court's place is where the court sits: it places the person's other hearings,
        // not their arrest or beating.
        let at_court = |e: &Draft| matches!(e.kind, "trial" | "sentence");
        let court_here = at_court(&events[i]);
        // "were detained in June 2021, when police raided the group's office in Mong Kok":
        // one episode told in one sentence happens in one place.
        let in_sentence: Vec<usize> = events
            .iter()
            .filter(|e| e.sentences[0] == here && !at_court(e) && e.status == "occurred")
            .filter(|e| e.kind != "statement")
            .filter_map(|e| e.place)
            .collect();
        let shared = match in_sentence.first() {
            Some(&p) if !court_here && in_sentence.iter().all(|&q| q == p) && is_city(p) => Some(p),
            _ => None,
        };
        let place = shared.or_else(|| {
            events
                .iter()
                .filter(|e| e.subjects.contains(&subject) && e.status == "occurred")
                // ("Vučić, speaking in Belgrade, has called Đorđević ...": where a statement
                // about the person was made.)
                .filter(|e| e.kind != "statement")
                // A hearing takes another hearing's place, an arrest another arrest's.
                .filter(|e| at_court(e) == court_here)
                // "Officers also searched his flat in Sha Tin": a search told after the
                // arrest is where the home is, not where the arrest was.
                .filter(|e| !(e.kind == "raid" && e.sentences[0] > here))
                // A term served in 2019 was not passed by this year's court.
                .filter(|e| dates_compatible(a, e, &events[i]))
                .filter_map(|e| e.place.map(|p| (p, e.sentences[0].abs_diff(here))))
                .min_by_key(|&(p, dist)| (!is_city(p), dist))
                .map(|(p, _)| p)
        });
        events[i].place = place;
    }
}

/// "Sitting in the District Court in Wan Chai, ... The trial of the five, which began in
/// March": a court's hearings and verdicts happen where it sits, more exactly than the city a
/// neighbouring event lent them.
pub(super) fn court_places(a: &Analysis, events: &mut [Draft]) {
    let place_of = |x: usize| a.entities[x].place.as_ref();
    // "A court in Vanadzor has postponed the trial ... Judge X of the Lori Regional Court":
    // a court named after its region sits in the city of that region where the report
    // places a hearing.
    let in_region = |city: usize, region: usize| match (place_of(city), place_of(region)) {
        (Some(c), Some(r)) => {
            r.is_region
                && !c.is_region
                && !c.is_country
                && c.country == r.country
                && c.admin1.is_some()
                && c.admin1 == r.admin1
        }
        _ => false,
    };
    let hearing_cities: Vec<usize> = events
        .iter()
        .filter(|e| matches!(e.kind, "trial" | "sentence"))
        .filter_map(|e| e.place)
        .collect();
    for e in events.iter_mut() {
        // (A court's custody order too: "the Kievsky District Court of Simferopol ordered the
        // three held in custody".)
        // (And a charge a court brings: "the Kisutu Resident Magistrate's Court in Dar es
        // Salaam charged him with sedition".)
        if !matches!(
            e.kind,
            "trial" | "sentence" | "release" | "detention" | "charge"
        ) {
            continue;
        }
        let courts: Vec<usize> = e
            .agents
            .iter()
            .copied()
            .filter(|&x| a.entities[x].category == Some("court"))
            .collect();
        if courts.is_empty() {
            continue;
        }
        let own_seat = courts.iter().find_map(|&c| a.entities[c].seat);
        if matches!(e.kind, "detention" | "charge") && own_seat.is_none() {
            continue;
        }
        let seat = own_seat.or_else(|| crate::events::last_court_seat(a, e.start));
        let Some(seat) = seat else {
            continue;
        };
        let mut cities: Vec<usize> = hearing_cities
            .iter()
            .copied()
            .filter(|&c| in_region(c, seat))
            .collect();
        cities.sort_unstable();
        cities.dedup();
        let seat = match cities[..] {
            [city] => city,
            _ => seat,
        };
        if e.place.is_some_and(|p| in_region(p, seat)) {
            continue;
        }
        // "The verdict, issued by the Tabriz Revolutionary Court ... Karim Rasti was sentenced
        // to two years of internal exile in Zabol. Leila Sadri received five years": a hearing
        // or verdict before a court whose name seats it ("the Tabriz Revolutionary Court",
        // "the Specialized Criminal Court in Riyadh") happened there, not where a neighbour
        // put it; only a place its own sentence names after "in" ("awaits trial separately in
        // Dushanbe", "the appeal would be heard in Kutaisi") says otherwise.
        let sentence = a.sentence_range(e.start);
        let named_here = |p: usize| {
            a.mentions.iter().any(|m| {
                m.entity == p
                    && m.start > sentence.start
                    && m.end <= sentence.end
                    && a.norm(m.start - 1) == "in"
            })
        };
        let replace = match e.place {
            None => true,
            Some(x) => match (place_of(x), place_of(seat)) {
                (Some(p), Some(s)) => {
                    p.is_country
                        || (p.id != s.id && near(p, s))
                        || (own_seat.is_some() && p.id != s.id && !named_here(x))
                }
                _ => false,
            },
        };
        if replace {
            e.place = Some(seat);
        }
    }
}

/// "Saudi Arabia's Specialized Criminal Court ... The judges found the three guilty": "the
/// court" and "the judges" are the court last named before them.
pub(super) fn named_courts(a: &Analysis, events: &mut [Draft]) {
    let generic = |x: usize| {
        let e = &a.entities[x];
        e.category == Some("court") && e.name.chars().next().is_some_and(char::is_lowercase)
    };
    for e in events.iter_mut() {
        let sentence = a.sentence_range(e.start);
        for i in 0..e.agents.len() {
            let x = e.agents[i];
            if !generic(x) {
                continue;
            }
            let Some(m) = a
                .mentions
                .iter()
                .filter(|m| m.entity == x && m.start >= sentence.start && m.end <= sentence.end)
                .min_by_key(|m| m.start.abs_diff(e.start))
                .or_else(|| {
                    a.mentions
                        .iter()
                        .filter(|m| m.entity == x && m.end <= e.end)
                        .max_by_key(|m| m.start)
                })
            else {
                continue;
            };
            let definite = m.start > 0 && a.norm(m.start - 1) == "the"
                || a.entities[x].name.starts_with("judge");
            if !definite {
                continue;
            }
            let named = a
                .mentions
                .iter()
                .filter(|n| n.end <= m.start)
                .filter(|n| {
                    let c = &a.entities[n.entity];
                    c.category == Some("court") && !generic(n.entity)
                })
                .max_by_key(|n| n.start)
                .map(|n| n.entity);
            if let Some(court) = named.filter(|c| !e.agents.contains(c)) {
                e.agents[i] = court;
            }
        }
    }
}

/// "A court in Santiago de Cuba sentenced six people ... Yoandri Castellanos Rizo received
/// two and a half years": a verdict or hearing the report tells with no one handing it down
/// was handed down by the court it last named, or, when it names one only later, by that one.
pub(super) fn court_of_the_report(a: &Analysis, events: &mut [Draft]) {
    let mut courts: Vec<(usize, usize)> = a
        .mentions
        .iter()
        .filter(|m| a.entities[m.entity].category == Some("court"))
        .map(|m| (m.start, m.entity))
        .collect();
    if courts.is_empty() {
        return;
    }
    courts.sort_unstable();
    for e in events.iter_mut() {
        if !matches!(e.kind, "sentence" | "trial") || !e.agents.is_empty() {
            continue;
        }
        let court = courts
            .iter()
            .rev()
            .find(|&&(start, _)| start < e.start)
            .or_else(|| courts.first())
            .map(|&(_, x)| x);
        if let Some(court) = court.filter(|c| !e.subjects.contains(c)) {
            e.agents.push(court);
        }
    }
}

/// Two points within a city's reach of each other (a district and its city).
pub(super) fn near(p: &crate::analysis::PlaceRef, q: &crate::analysis::PlaceRef) -> bool {
    (p.lat - q.lat).abs() < 0.2 && (p.lon - q.lon).abs() < 0.2
}

/// A city named at token `t` and followed by a comma: the place an opening phrase gives.
fn place_then_comma(a: &Analysis, t: usize) -> Option<(usize, std::ops::Range<usize>)> {
    let e = a.entity_at(t)?;
    let m = a.mentions.iter().find(|m| m.start == t && m.entity == e)?;
    let place = a.entities[e].place.as_ref()?;
    (!place.is_country && a.norm(m.end) == ",").then_some((e, m.start..m.end))
}

/// The place a paragraph's events take from its opening words, where nothing closer places
/// them:
/// - "VLADIVOSTOK, Saturday. Officers of the FSB searched ...": a city in capitals opening a
///   later paragraph, as a dateline does (the report's own dateline is read elsewhere);
/// - "In Kutaisi, several hundred people marched ... Police detained two brothers": an earlier
///   sentence of the paragraph opening "In X,".
///
/// National events (elections, laws, statements, censorship) keep their country.
pub(super) fn paragraph_places(a: &Analysis, events: &mut [Draft]) {
    let dateline = |s: usize| {
        let (e, span) = place_then_comma(a, a.doc.sentences[s].tokens.start)?;
        span.clone()
            .all(|k| a.shape(k) == chronicle_text::TokenShape::AllCaps || !a.is_capitalised(k))
            .then_some(e)
    };
    let in_opening = |s: usize| {
        let t = a.doc.sentences[s].tokens.start;
        (a.norm(t) == "in")
            .then(|| place_then_comma(a, t + 1).map(|(e, _)| e))
            .flatten()
    };
    for e in events.iter_mut() {
        let is_country = |p: usize| a.entities[p].place.as_ref().is_some_and(|r| r.is_country);
        let national = matches!(
            e.kind,
            "election" | "legislation" | "statement" | "censorship"
        );
        if national || e.place.is_some_and(|p| !is_country(p)) {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        let mut s = here;
        loop {
            let opens_paragraph = s == 0 || !a.same_paragraph(s - 1, s);
            let found = (s < here)
                .then(|| in_opening(s))
                .flatten()
                .or_else(|| (opens_paragraph && s > 0).then(|| dateline(s)).flatten());
            if found.is_some() || opens_paragraph {
                e.place = found.or(e.place);
                break;
            }
            s -= 1;
        }
    }
}

/// "On March 15, police detained 87 people in Jayapura when students marched to the
/// provincial parliament": a happening placed only in a region or country, or not at all,
/// takes the one city (inside that region or country) where the same sentence places another.
pub(super) fn sharpen_places(a: &Analysis, events: &mut [Draft]) {
    let place = |e: usize| a.entities[e].place.as_ref();
    let within = |city: usize, wide: usize| match (place(city), place(wide)) {
        (Some(c), Some(w)) if !c.is_country && !c.is_region => {
            (w.is_country && c.country == w.country)
                || (w.is_region && (c.lat - w.lat).abs() < 3.0 && (c.lon - w.lon).abs() < 3.0)
        }
        _ => false,
    };
    for i in 0..events.len() {
        if matches!(
            events[i].kind,
            "election" | "legislation" | "censorship" | "statement"
        ) {
            continue;
        }
        // An unplaced one takes the sentence's one city too.
        let wide = events[i].place;
        if wide.is_some_and(|w| a.is_city(w)) {
            continue;
        }
        let here = events[i].sentences[0];
        let mut cities: Vec<usize> = events
            .iter()
            .filter(|e| e.sentences[0] == here && e.kind != "statement")
            .filter_map(|e| e.place)
            .filter(|&c| match wide {
                Some(w) => within(c, w),
                None => a.is_city(c),
            })
            .collect();
        cities.sort_unstable();
        cities.dedup();
        if let [city] = cities[..] {
            events[i].place = Some(city);
        }
    }
}

/// "A court in Oran on Sunday sentenced X ... Police detained dozens of his supporters who
/// gathered outside the courthouse": an unplaced happening takes the one city its paragraph
/// has named before it.
pub(super) fn paragraph_city(a: &Analysis, events: &mut [Draft]) {
    // The first sentence of each sentence's paragraph.
    let mut opening = vec![0; a.doc.sentences.len()];
    for s in 1..opening.len() {
        opening[s] = if a.same_paragraph(s - 1, s) {
            opening[s - 1]
        } else {
            s
        };
    }
    for e in events.iter_mut() {
        let unplaced = e.place.is_none_or(|p| !a.is_city(p));
        if !unplaced || !is_per_subject_type(e.kind) {
            continue;
        }
        let first = opening[a.doc.sentence_of(e.start)];
        let from = a.doc.sentences[first].tokens.start;
        let mut cities: Vec<usize> = a
            .mentions
            .iter()
            .filter(|m| m.start >= from && m.end <= e.start && a.is_city(m.entity))
            // Named as where something is: not "a teacher from Dammam", the dateline
            // ("KIGALI — The trial ...") or "the Versalles police unit".
            .filter(|m| {
                let from = m.start > 0 && a.norm(m.start - 1) == "from";
                let dateline = m.start < 8 && (m.end..m.end + 4).any(|k| a.norm(k) == "--");
                let modifier = m.start > 0
                    && a.norm(m.start - 1) == "the"
                    && a.shape(m.end) == chronicle_text::TokenShape::Lower;
                !from && !dateline && !modifier
            })
            .map(|m| m.entity)
            .collect();
        cities.sort_unstable();
        cities.dedup();
        if let [city] = cities[..] {
            e.place = Some(city);
        }
    }
}

/// "Gunaydin, who won 55 percent of the vote in the March 31 local elections": a city's
/// vote (`data/lexicons/vote_scope_words.tsv`) placed only in its country, or nowhere,
/// happened in the city the report is about: where the winner's own events are placed, or
/// else the dateline's city.
pub(super) fn local_elections(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "election" || e.place.is_some_and(|p| a.is_city(p)) {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let scopes: Vec<bool> = sentence
            .filter_map(|k| a.lex.vote_scope.get(a.norm(k)).copied())
            .collect();
        if scopes.is_empty() || scopes.contains(&false) {
            continue;
        }
        let people = persons_of(a, e);
        let winners_city = events
            .iter()
            .filter(|o| o.subjects.iter().any(|s| people.contains(s)) && o.kind != "statement")
            .filter_map(|o| o.place)
            .find(|&p| a.is_city(p));
        let city = winners_city.or(a.dateline.filter(|&d| a.is_city(d)));
        if city.is_some() {
            events[i].place = city;
        }
    }
}

/// "Riot police cleared protesters from the Adjara regional government building" in a report
/// from Batumi: a happening placed only in a province happened in the one city of that
/// province the report names.
pub(super) fn city_of_region(a: &Analysis, events: &mut [Draft]) {
    let admin1 = |e: usize| {
        a.entities[e]
            .place
            .as_ref()
            .and_then(|p| p.admin1.as_deref())
    };
    for e in events.iter_mut() {
        let Some(region) = e.place.filter(|&p| {
            a.entities[p].place.as_ref().is_some_and(|x| x.is_region) && is_per_subject_type(e.kind)
        }) else {
            continue;
        };
        let Some(province) = admin1(region) else {
            continue;
        };
        // "in the eastern province of Van", "Van province": a province the report calls one
        // (the cue words of `data/gazetteer/cues.tsv`) where it tells the event is meant as
        // the province. Called so elsewhere ("power cuts in Sughd province"), it does not
        // make a trial the "Sughd Regional Court" heard a province's.
        let gaz = chronicle_gazetteer::Gazetteer::embedded();
        let region_cue = Some(chronicle_gazetteer::PlaceKind::Region);
        let called_province = a
            .mentions
            .iter()
            .filter(|m| m.entity == region && e.sentences.contains(&a.doc.sentence_of(m.start)))
            .any(|m| {
                crate::entities::names::prefix_cue(a, gaz, m.start) == region_cue
                    || gaz.suffix_cue(a.norm(m.end)) == region_cue
            });
        if called_province {
            continue;
        }
        let mut cities: Vec<usize> = a
            .mentions
            .iter()
            .map(|m| m.entity)
            .filter(|&c| a.is_city(c) && admin1(c) == Some(province))
            .collect();
        cities.sort_unstable();
        cities.dedup();
        if let [city] = cities[..] {
            e.place = Some(city);
        }
    }
}

/// "... died in the custody of Iran's Intelligence Ministry in Shiraz ... X was taken from his
/// shop by intelligence agents": a happening placed only in the country, by a national body
/// acting or a neighbour's place, not by its own sentence, happened in the city the report
/// is set in (its dateline's, or its lede's), when its paragraph names no other city before
/// it. A protest keeps its country: a whole nation's is told so.
pub(super) fn dateline_city(a: &Analysis, events: &mut [Draft]) {
    let Some(city) = a.dateline.filter(|&d| a.is_city(d)) else {
        return;
    };
    let Some(country) = a.entities[city].place.as_ref().map(|p| p.country.clone()) else {
        return;
    };
    for e in events.iter_mut() {
        let Some(p) = e.place else { continue };
        let national = a.entities[p]
            .place
            .as_ref()
            .is_some_and(|r| r.is_country && r.country == country);
        // (A protest told of a whole country is the country's.)
        if !national || !is_per_subject_type(e.kind) || e.kind == "protest" {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        // ("BANGKOK — Thailand's Criminal Court yesterday sentenced ...": the country whose
        // body acts is not where it sat.)
        let named_here = a.mentions.iter().any(|m| {
            m.entity == p
                && m.start >= sentence.start
                && m.end <= sentence.end
                && !matches!(a.norm(m.end), "'s")
        });
        let paragraph = a.paragraph_range(e.start);
        let other_city = a.mentions.iter().any(|m| {
            m.start >= paragraph.start
                && m.end <= sentence.end
                && m.entity != city
                && a.is_city(m.entity)
                && !both_placed(a, m.entity, city).is_some_and(|(p, q)| near(p, q))
        });
        if !named_here && !other_city {
            e.place = Some(city);
        }
    }
}

/// Happenings placed only by a dateline filed from abroad are placed in the country the
/// report is about (see [`Analysis::filed_about`]).
pub(super) fn foreign_dateline(a: &Analysis, events: &mut [Draft]) {
    let (Some(city), Some(story)) = (a.dateline, a.filed_about) else {
        return;
    };
    for e in events.iter_mut().filter(|e| e.place == Some(city)) {
        e.place = Some(story);
    }
}

/// The gazetteer points of entities `e` and `f`, when both have one.
fn both_placed<'a>(
    a: &'a Analysis,
    e: usize,
    f: usize,
) -> Option<(&'a crate::analysis::PlaceRef, &'a crate::analysis::PlaceRef)> {
    Some((a.entities[e].place.as_ref()?, a.entities[f].place.as_ref()?))
}

/// A pardon or a release the government grants (see [`crate::events::national_release`])
/// keeps only a city its own sentence names; the record then places it in the country.
pub(super) fn national_releases(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        let Some(p) = e.place.filter(|&p| a.is_city(p)) else {
            continue;
        };
        if !crate::events::national_release(a, e) {
            continue;
        }
        let own = a.sentence_range(e.start);
        // (The dateline's city names where the report was filed, not where the state freed
        // them: "MANAGUA — X was among the 222 political prisoners whom the government freed".)
        let from = a.dateline_dash(e.start).map_or(own.start, |d| d + 1);
        let named_here = a
            .mentions
            .iter()
            .any(|m| m.entity == p && m.start >= from && m.end <= own.end);
        if !named_here {
            e.place = None;
        }
    }
}

/// "Trabelsi was released from Mornaguia prison", "freed from the Badr prison complex": a
/// release from a prison the gazetteer knows happens in that prison's town, wherever the
/// court that ordered it sits. (Set once events are merged, so the place does not keep one
/// release told twice from being one.)
pub(super) fn prison_releases(a: &Analysis, events: &mut [Draft]) {
    let release_word = |k: usize| {
        a.lex
            .triggers
            .longest_at(a, k, (k + 3).min(a.len()))
            .is_some_and(|t| t.value.kind == "release")
    };
    for e in events.iter_mut().filter(|e| e.kind == "release") {
        let prison = e.sentences.iter().find_map(|&s| {
            let sentence = a.doc.sentences[s].tokens.clone();
            a.mentions
                .iter()
                .filter(|m| m.start > sentence.start + 1 && m.end <= sentence.end)
                .filter(|m| a.entities[m.entity].kind == EntityKind::Place)
                .filter(|m| {
                    let before = |n: usize| a.norm(m.start.saturating_sub(n));
                    matches!(before(1), "from" | "of")
                        || (before(1) == "the" && matches!(before(2), "from" | "of"))
                })
                .filter(|m| {
                    (m.start.saturating_sub(6).max(sentence.start)..m.start).any(release_word)
                })
                .find(|m| {
                    (m.end..(m.end + 3).min(sentence.end))
                        .take_while(|&k| {
                            a.shape(k) == chronicle_text::TokenShape::Lower || a.norm(k) == "'s"
                        })
                        .any(|k| matches!(a.norm(k), "prison" | "jail" | "colony" | "gaol"))
                })
        });
        if let Some(m) = prison {
            e.place = Some(m.entity);
        }
    }
}

/// "YEKATERINBURG ⏎ • Officers of the FSB searched ...", "Tver. The FSB searched ...",
/// "• Astana: On Monday the Mazhilis adopted ...": a digest whose sections open with a place
/// tells each section's events there, unless the paragraph itself names where they happened.
/// A line holding only a place heads the paragraphs after it, up to the next heading; a place
/// opening a paragraph before a full stop, colon or dash heads that paragraph. (Taken only
/// when a report has two headings or more: one is a dateline, read elsewhere.)
pub(super) fn section_places(a: &Analysis, events: &mut [Draft]) {
    let sentences = &a.doc.sentences;
    let mut heading_of: Vec<Option<usize>> = vec![None; sentences.len()];
    let mut headings = 0;
    let mut section: Option<usize> = None;
    let mut paragraph: Option<usize> = None;
    for (s, sentence) in sentences.iter().enumerate() {
        let tokens = sentence.tokens.clone();
        if s == 0 || !a.same_paragraph(s - 1, s) {
            paragraph = None;
            let mut t = tokens.start;
            while t < tokens.end && matches!(a.norm(t), "•" | "*" | "-" | "--") {
                t += 1;
            }
            let place = a
                .entity_at(t)
                .filter(|&e| a.entities[e].place.is_some())
                .and_then(|e| {
                    let m = a.mentions.iter().find(|m| m.start == t && m.entity == e)?;
                    Some((e, m.end))
                });
            if let Some((e, end)) = place {
                let alone = (end..tokens.end).all(|k| a.is_break(k) || a.norm(k) == ".");
                let next_paragraph = s + 1 < sentences.len() && !a.same_paragraph(s, s + 1);
                if alone && next_paragraph && s > 0 {
                    section = Some(e);
                    headings += 1;
                    continue;
                }
                // ("Tver. The FSB searched ...": a place that is its paragraph's first
                // sentence.)
                let set_off = (matches!(a.norm(end), "." | ":" | "--" | "-")
                    && a.is_capitalised(end + 1))
                    || (alone && !next_paragraph);
                if set_off && s > 0 {
                    paragraph = Some(e);
                    headings += 1;
                }
            }
        }
        heading_of[s] = paragraph.or(section);
    }
    if headings < 2 {
        return;
    }
    let is_country = |p: usize| a.entities[p].place.as_ref().is_some_and(|r| r.is_country);
    for e in events.iter_mut() {
        let s = a.doc.sentence_of(e.start);
        let Some(heading) = heading_of[s] else {
            continue;
        };
        // A place the paragraph itself names stays.
        let paragraph = a.paragraph_range(e.start);
        let told_here = e.place.is_some_and(|p| {
            a.mentions
                .iter()
                .any(|m| m.entity == p && m.start >= paragraph.start && m.end <= paragraph.end)
        });
        // (A country's heading does not take a city's place: "BURUNDI - ... The High Court
        // in Bujumbura".)
        let finer = is_country(heading) && e.place.is_some_and(|p| !is_country(p));
        if !told_here && !finer {
            e.place = Some(heading);
        }
    }
}

/// "Altamirano, an agronomist from Matagalpa, was arrested by the National Police in the city
/// on November 2": "the city" or "the town" the event's clause names is the last one its
/// sentence named before it.
pub(super) fn in_the_city(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if !is_per_subject_type(e.kind) {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let right = (e.end + 12).min(sentence.end);
        let Some(k) = (e.end..right).find(|&k| {
            matches!(a.norm(k), "in" | "at")
                && a.norm(k + 1) == "the"
                && matches!(a.norm(k + 2), "city" | "town")
                && !matches!(a.norm(k + 3), "of" | "'s")
        }) else {
            continue;
        };
        // (Not past another verb of its own: "detained him, and a court in the city ...".)
        if (e.end..k).any(|j| matches!(a.norm(j), ";" | "and" | "but" | "who" | "which")) {
            continue;
        }
        // The city named before it in its sentence, or else in the sentence before ("His
        // relatives in the northern city of Khodjent ... Police held him for two days at the
        // city police department").
        let here = a.doc.sentence_of(sentence.start);
        let from = a.doc.sentences[here.saturating_sub(1)].tokens.start;
        // ("A Revolutionary Court in Sanandaj sentenced X ... Police detained X in the city":
        // or the seat of a body named with its city.)
        let city_of = |e: usize| {
            if a.is_city(e) {
                Some(e)
            } else {
                a.entities[e].seat.filter(|&s| a.is_city(s))
            }
        };
        let city_in = |from: usize| {
            a.mentions
                .iter()
                .filter(|m| m.start >= from && m.end <= k)
                .filter_map(|m| city_of(m.entity).map(|c| (m.start, c)))
                .max_by_key(|&(start, _)| start)
                .map(|(_, c)| c)
        };
        let named = city_in(sentence.start).or_else(|| city_in(from));
        if let Some(city) = named {
            e.place = Some(city);
        }
    }
}

/// "218 people had been arrested around the country", "detained nationwide", "Nicaragua
/// released 28 prisoners": an event its own clause tells of the whole country, or of the
/// country acting, stays the country's, whatever city the passes above lent it from its
/// neighbours or the dateline.
pub(super) fn told_nationwide(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        let left = e.start.saturating_sub(2);
        let right = (e.end + 4).min(a.sentence_range(e.start).end);
        // (Not "arrested during the 2022 nationwide protests": a word that says which
        // protests.)
        let of_a_noun = (left..right).any(|k| {
            a.norm(k) == "nationwide" && a.shape(k + 1) == chronicle_text::TokenShape::Lower
        });
        if of_a_noun {
            continue;
        }
        if let Some(country) = crate::events::nationwide(a, left, right) {
            e.place = Some(country);
        }
        // ("GUATEMALA CITY - Nicaragua released 28 political prisoners": the country acting.)
        if let Some(country) = crate::events::acting_country(a, e.start) {
            e.place = Some(country);
        }
    }
}

/// "arrested at his home in Model Town", "searched his flat in Tuen Mun": a district of a
/// city the report names is told as that city.
pub(super) fn city_of_district(a: &Analysis, events: &mut [Draft]) {
    // Places told as a part of a city: "the capital's Yunusabad district", "Cairo's Nasr City".
    let mut parts: Vec<usize> = a
        .mentions
        .iter()
        .filter(|m| {
            matches!(
                a.norm(m.end),
                "district" | "neighbourhood" | "neighborhood" | "quarter" | "suburb" | "area"
            ) || (m.start > 0 && matches!(a.norm(m.start - 1), "'s" | "'"))
        })
        .map(|m| m.entity)
        .filter(|&e| {
            a.entities[e]
                .place
                .as_ref()
                .is_some_and(|p| !p.is_country && !p.is_region)
        })
        .collect();
    if parts.is_empty() {
        return;
    }
    parts.sort_unstable();
    parts.dedup();
    let cities: Vec<usize> = (0..a.entities.len())
        .filter(|&e| a.is_city(e) && a.mentions.iter().any(|m| m.entity == e))
        .collect();
    for e in events.iter_mut() {
        let Some(p) = e.place.filter(|p| parts.binary_search(p).is_ok()) else {
            continue;
        };
        let Some(here) = a.entities[p].place.as_ref() else {
            continue;
        };
        let bigger = cities.iter().copied().find(|&c| {
            c != p
                && a.entities[c].place.as_ref().is_some_and(|city| {
                    city.population >= 300_000
                        && city.population >= 5 * here.population.max(1)
                        && near(city, here)
                })
        });
        if let Some(c) = bigger {
            e.place = Some(c);
        }
    }
}

/// "The trial, which began on December 4, was held behind closed doors in Samarqand": where
/// the sentence says a trial it opens with was held, past an aside or a manner, is the
/// trial's place, and the place of a verdict given at a trial held there.
pub(super) fn trial_held_in(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if !matches!(e.kind, "trial" | "sentence") || e.status != "occurred" {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        // ("At a trial held behind closed doors in Maladzyechna, the Minsk Regional Court
        // sentenced him": so is a verdict's, given at the trial told before it.)
        let held = if e.kind == "trial" {
            (e.end..sentence.end)
                .find(|&k| a.norm(k) == "held" && crate::events::arguments::is_be(a.norm(k - 1)))
        } else {
            (sentence.start + 1..e.start)
                .find(|&k| a.norm(k) == "held" && matches!(a.norm(k - 1), "trial" | "hearing"))
        };
        let Some(held) = held else {
            continue;
        };
        let place = (held + 1..sentence.end.min(held + 6))
            .take_while(|&k| !a.is_break(k) && a.norm(k) != ",")
            .find(|&k| a.norm(k) == "in")
            .and_then(|k| a.entity_at(k + 1))
            .filter(|&x| a.entities[x].place.as_ref().is_some_and(|p| !p.is_country));
        if place.is_some() {
            e.place = place;
        }
    }
}
