//! From drafts to events: one event per named subject, and one event for what several
//! sentences say about the same happening.
//!
//! The contract records `protest`, `detention`, `charge`, `trial`, `sentence`, `release`,
//! `violence` and `raid` once per named subject, so a draft with two subjects becomes two
//! events, each placed where the sentence places its subject. Then drafts of one type about
//! the same subject with compatible dates, statuses and penalties are joined, their evidence
//! pooled and their missing fields filled; elections, laws, statements and censorship join
//! by shared participants.

use chronicle_record::{is_per_subject_type, EntityKind};

use super::Draft;
use crate::analysis::Analysis;

pub fn finish(a: &Analysis, drafts: Vec<Draft>, places: &[Vec<(usize, usize)>]) -> Vec<Draft> {
    let mut drafts = drafts;
    caused_dates(a, &mut drafts);
    searched_with_arrest(a, &mut drafts);
    among_them(a, &mut drafts);
    let mut split = name_the_unnamed(a, split_per_subject(a, drafts, places));
    share_enforcers(a, &mut split);
    let mut merged: Vec<Draft> = Vec::new();
    for d in split {
        if let Some(m) = merged.iter_mut().find(|m| same_event(a, m, &d)) {
            absorb(a, m, d);
        } else {
            merged.push(d);
        }
    }
    among_those(a, &mut merged);
    same_charge(a, &mut merged);
    inherit_charges(&mut merged);
    // A group's own account of the same happening says more than a neighbour's date.
    details_from_the_group(a, &mut merged);
    same_hearing(a, &mut merged);
    inherit_dates(a, &mut merged);
    inherit_places(a, &mut merged);
    orphan_dates(a, &mut merged);
    share_sentence_dates(a, &mut merged);
    carry_dates_forward(a, &mut merged);
    court_places(a, &mut merged);
    named_courts(a, &mut merged);
    drop_told_groups(a, merged)
}

/// "The court sentenced three journalists ... A received nine years; B got eight": once
/// the report names the group's members with their own events, in the same sentence or the
/// next two, the group's event is their summary, not another happening.
fn drop_told_groups(a: &Analysis, events: Vec<Draft>) -> Vec<Draft> {
    let is_group = |d: &Draft| {
        !d.subjects.is_empty()
            && d.subjects
                .iter()
                .all(|&s| a.entities[s].kind == EntityKind::Group)
    };
    let told: Vec<bool> = events
        .iter()
        .map(|g| {
            if !is_group(g) || !is_per_subject_type(g.kind) {
                return false;
            }
            let gs = a.doc.sentence_of(g.start);
            let mut members: Vec<usize> = Vec::new();
            for e in &events {
                let es = a.doc.sentence_of(e.start);
                // "Two other activists, Pavel Zhuk and Ihar Lenski, were fined": the members
                // may be named in the same sentence too.
                if e.kind == g.kind && e.status == g.status && es >= gs && es <= gs + 2 {
                    for &s in &e.subjects {
                        if a.entities[s].is_person() && !members.contains(&s) {
                            members.push(s);
                        }
                    }
                }
            }
            // Only a counted group the named members make up whole: "11 staff detained"
            // with four of them named stays an event of its own.
            let wanted = g
                .subjects
                .iter()
                .filter_map(|&s| a.entities[s].count.as_ref()?.low)
                .sum::<u64>() as usize;
            wanted >= 2 && members.len() >= wanted
        })
        .collect();
    events
        .into_iter()
        .zip(told)
        .filter(|(_, t)| !t)
        .map(|(e, _)| e)
        .collect()
}

/// "The court on Thursday sentenced three journalists for smuggling ... Editor Nargiz
/// Mammadova received nine years": a named person's event, told in the two sentences after
/// one of the same kind about a group, is that group's event told person by person, and takes
/// the group's date, charge and term where it gives none of its own.
fn details_from_the_group(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        let named = e
            .subjects
            .first()
            .is_some_and(|&s| a.entities[s].is_person() && !a.entities[s].unnamed);
        let complete = e.date.is_some()
            && e.charge.is_some()
            && e.penalty.is_some()
            && !e.agents.is_empty()
            && e.place.is_some();
        if complete || !named || !is_per_subject_type(e.kind) {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        let range = a.doc.sentences[here].tokens.clone();
        let own_date = a
            .dates
            .iter()
            .any(|d| d.start >= range.start && d.end <= range.end);
        let Some(group) = events.iter().position(|g| {
            let gs = a.doc.sentence_of(g.start);
            let about_group = g
                .subjects
                .iter()
                .all(|&s| a.entities[s].kind == EntityKind::Group || a.entities[s].unnamed);
            g.kind == e.kind && g.status == e.status && gs < here && gs + 2 >= here && about_group
        }) else {
            continue;
        };
        let (date, charge) = (events[group].date, events[group].charge.clone());
        let penalty = events[group].penalty.clone();
        // "The Hrodna Regional Court has sentenced three members of the family ... X was
        // sentenced on Tuesday to four years": the court and its seat are the members' too.
        if events[i].agents.is_empty() {
            events[i].agents = events[group].agents.clone();
        }
        if events[i].place.is_none() {
            events[i].place = events[group].place;
        }
        let dated = date.is_some_and(|d| a.dates[d].value.is_some());
        if events[i].date.is_none() && !own_date && dated {
            events[i].date = date;
        }
        if events[i].charge.is_none() {
            events[i].charge = charge;
        }
        // "jailed two activists for 10 days each": each member's term.
        let each = penalty.as_ref().is_some_and(|p| {
            p.text.as_deref().is_some_and(|t| {
                let t = t.to_lowercase();
                !t.contains("between") && !t.contains("up to")
            })
        });
        if events[i].penalty.is_none() && each {
            events[i].penalty = penalty;
        }
    }
}

/// An undated happening that takes the date of the episode told around it: a protest,
/// detention, beating, search or release, told as happened or as not happened.
fn wants_episode_date(e: &Draft) -> bool {
    e.date.is_none()
        && matches!(e.status, "occurred" | "negated")
        && matches!(
            e.kind,
            "protest" | "detention" | "violence" | "raid" | "release"
        )
}

/// "Police detained 40 people on Monday. Several of them were beaten": a sentence that names
/// no time of its own goes on telling the episode of the sentence before it, in the same
/// paragraph, when that sentence has one date.
fn carry_dates_forward(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if !wants_episode_date(e) {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        if here == 0 || !same_paragraph(a, here - 1, here) {
            continue;
        }
        if has_own_time(a, here) {
            continue;
        }
        let before: Vec<usize> = events
            .iter()
            .filter(|o| a.doc.sentence_of(o.start) == here - 1 && o.kind != "statement")
            .filter_map(|o| o.date)
            .collect();
        // "It happened again on Sunday. Police detained him ...": a sentence that tells no
        // happening of its own but one day.
        let before = if before.is_empty() {
            let range = a.doc.sentences[here - 1].tokens.clone();
            a.dates
                .iter()
                .enumerate()
                .filter(|(_, d)| {
                    d.start >= range.start && d.end <= range.end && d.precision == "day"
                })
                .map(|(i, _)| i)
                .collect()
        } else {
            before
        };
        let Some(&date) = before.first() else {
            continue;
        };
        if before.iter().all(|&d| d == date) && a.dates[date].value.is_some() {
            events[i].date = Some(date);
        }
    }
}

/// Whether sentence `here` names a time of its own or a word that moves it in time.
fn has_own_time(a: &Analysis, here: usize) -> bool {
    let range = a.doc.sentences[here].tokens.clone();
    a.dates
        .iter()
        .any(|d| d.start >= range.start && d.end <= range.end)
        || range.clone().any(|k| {
            matches!(
                a.norm(k),
                "after"
                    | "before"
                    | "since"
                    | "later"
                    | "earlier"
                    | "previously"
                    | "until"
                    | "had"
                    | "ago"
                    | "then"
                    | "again"
                    | "once"
            )
        })
}

/// "A court in Izmir on Thursday handed X a suspended sentence ... The band's drummer, Y, was
/// fined 25,000 lira": a verdict told with no court, time or place of its own, in the
/// sentence after a court's dated verdict in the same paragraph, came from the same hearing.
fn same_hearing(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        let court = |x: usize| a.entities[x].category == Some("court");
        if e.kind != "sentence"
            || e.status != "occurred"
            || e.date.is_some()
            || !e.agents.iter().all(|&x| court(x))
        {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        if here == 0 || !same_paragraph(a, here - 1, here) || has_own_time(a, here) {
            continue;
        }
        let hearing = events.iter().find(|o| {
            o.kind == "sentence"
                && a.doc.sentence_of(o.start) == here - 1
                && o.date.is_some()
                && o.agents.iter().any(|&x| court(x))
        });
        if let Some(h) = hearing {
            let (date, place, agents) = (h.date, h.place, h.agents.clone());
            let e = &mut events[i];
            e.date = date;
            e.agents = agents;
            if e.place.is_none() {
                e.place = place;
            }
        }
    }
}

/// "Five of those detained were charged with treason. Among them are a student leader, X, and
/// his aunt, Y": the persons a sentence opening with "Among them" names share the events
/// the sentence before tells of a group.
fn among_them(a: &Analysis, drafts: &mut [Draft]) {
    for (si, sentence) in a.doc.sentences.iter().enumerate() {
        let t = sentence.tokens.start;
        // "Among those freed were ..." names its own happening; "Among them" the last one.
        let them = a.norm(t + 1) == "them"
            || (a.norm(t + 1) == "those" && matches!(a.norm(t + 2), "are" | "were"));
        if si == 0 || a.norm(t) != "among" || !them {
            continue;
        }
        let persons: Vec<usize> = a
            .mentions
            .iter()
            .filter(|m| m.start >= t && m.end <= sentence.tokens.end)
            .map(|m| m.entity)
            .filter(|&e| a.entities[e].is_person() && !a.entities[e].unnamed)
            .fold(Vec::new(), |mut v, e| {
                if !v.contains(&e) {
                    v.push(e);
                }
                v
            });
        if persons.is_empty() {
            continue;
        }
        for d in drafts.iter_mut() {
            let unnamed = d.subjects.iter().all(|&x| !a.entities[x].is_person());
            if d.sentences[0] + 1 == si && is_per_subject_type(d.kind) && unnamed {
                for &p in &persons {
                    if !d.subjects.contains(&p) {
                        d.subjects.push(p);
                    }
                }
            }
        }
    }
}

/// "Police detained X on Sept. 12 and searched the family's home", "searched the parish
/// house and led away the Rev. X": a search told with an arrest, and no owner of its own,
/// is of the arrested person's premises.
fn searched_with_arrest(a: &Analysis, drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        if drafts[i].kind != "raid" || !drafts[i].subjects.is_empty() || drafts[i].agents.is_empty()
        {
            continue;
        }
        let here = drafts[i].sentences[0];
        // "searched his apartment ... and took away his phone": one search told twice.
        let searched: Vec<usize> = drafts
            .iter()
            .filter(|d| d.kind == "raid" && d.sentences[0] == here)
            .flat_map(|d| d.subjects.iter().copied())
            .collect();
        let arrested: Vec<usize> = drafts
            .iter()
            .filter(|d| d.kind == "detention" && d.sentences[0] == here && d.status == "occurred")
            .flat_map(|d| d.subjects.iter().copied())
            .filter(|&e| a.entities[e].kind == EntityKind::Person)
            .collect();
        if !searched.is_empty() {
            drafts[i].subjects = searched;
        } else if arrested.len() == 1 {
            drafts[i].subjects = arrested;
        }
    }
}

/// "X's re-election in August 2020 set off months of mass protests": what a happening set
/// off began in the same month or year, when the report gives no more.
fn caused_dates(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        if events[i].date.is_some() || events[i].status != "occurred" {
            continue;
        }
        let start = events[i].start;
        let floor = a.sentence_range(start).start.max(start.saturating_sub(6));
        let Some(verb) = (floor..start).rev().find(|&k| {
            ["spark", "trigger", "prompt", "provoke"]
                .iter()
                .any(|l| a.has_lemma(k, l))
                || (a.has_lemma(k, "set") && a.norm(k + 1) == "off")
        }) else {
            continue;
        };
        let cause = events
            .iter()
            .filter(|o| o.end <= verb && a.doc.sentence_of(o.start) == a.doc.sentence_of(start))
            .filter_map(|o| o.date)
            .next_back();
        if let Some(d) = cause.filter(|&d| matches!(a.dates[d].precision, "month" | "year")) {
            events[i].date = Some(d);
        }
    }
}

/// Whether two sentences stand in one paragraph (no line break between them).
fn same_paragraph(a: &Analysis, first: usize, second: usize) -> bool {
    let from = a.doc.sentences[first].end;
    let to = a.doc.sentences[second].start;
    from <= to && !a.doc.slice(from, to).contains('\n')
}

/// "Police detained him on Monday and questioned him for three hours before releasing him":
/// one sentence telling one episode in linked clauses gives its date to every happening in
/// it. Only when the sentence's dated events share one date, and no word such as "after",
/// "since" or "later" puts the undated one at another time.
fn share_sentence_dates(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if !wants_episode_date(e) {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        let dated: Vec<(usize, usize)> = events
            .iter()
            // A saying's date is when it was said, not when what it tells happened.
            .filter(|o| {
                o.date.is_some() && o.kind != "statement" && a.doc.sentence_of(o.start) == here
            })
            .map(|o| (o.start, o.date.unwrap_or_default()))
            .collect();
        let Some(&(anchor, date)) = dated.first() else {
            continue;
        };
        if dated.iter().any(|&(_, d)| d != date) || a.dates[date].value.is_none() {
            continue;
        }
        if !time_shift_between(a, anchor, e) {
            events[i].date = Some(date);
        }
    }
}

/// Whether a word between the trigger at `anchor` and event `e` of the same sentence moves
/// `e` to another time: "sentenced two women who had staged pickets", "detained after".
fn time_shift_between(a: &Analysis, anchor: usize, e: &Draft) -> bool {
    // Only the words in the later one's own clause say that it moved in time: "held her ...
    // after she filmed a picket ...; she was released that evening" is one episode.
    let (from, to) = if anchor < e.start {
        let clause_start = (anchor..e.start)
            .rev()
            .find(|&k| a.is_break(k))
            .map_or(anchor, |k| k + 1);
        (clause_start, e.start)
    } else {
        (e.end, anchor)
    };
    // "... before releasing him": a gerund right after the word is the same episode.
    let gerund_after = |k: usize| k + 1 == e.start && a.norm(e.start).ends_with("ing");
    // "In 2021, he served 20 days after taking part in a march": a day or two apart stays
    // within the year.
    let coarse = e.date.is_none() && events_date_precision(a, anchor).is_some_and(|p| p == "year");
    (from..to).any(|k| {
        let word = a.norm(k);
        let near_in_time = matches!(word, "after" | "before" | "until" | "then");
        let far_in_time = matches!(
            word,
            "since" | "later" | "earlier" | "previously" | "had" | "ago"
        );
        let excused = gerund_after(k) || (coarse && near_in_time);
        !excused && (near_in_time || far_in_time)
    })
}

/// The precision of the date nearest token `anchor` in its sentence, if any.
fn events_date_precision(a: &Analysis, anchor: usize) -> Option<&'static str> {
    let range = a.sentence_range(anchor);
    a.dates
        .iter()
        .filter(|d| d.start >= range.start && d.end <= range.end)
        .min_by_key(|d| d.start.abs_diff(anchor))
        .map(|d| d.precision)
}

/// A sentence's only date, left unused when the trigger it went to made no event ("villagers
/// blocked the road to protest", where the blocking is no censorship), dates the sentence's
/// undated event.
fn orphan_dates(a: &Analysis, events: &mut [Draft]) {
    let used: Vec<usize> = events.iter().filter_map(|e| e.date).collect();
    for i in 0..events.len() {
        if events[i].date.is_some() || events[i].status != "occurred" {
            continue;
        }
        let range = a.sentence_range(events[i].start);
        let in_sentence: Vec<usize> = (0..a.dates.len())
            .filter(|&d| a.dates[d].start >= range.start && a.dates[d].end <= range.end)
            .collect();
        if let [only] = in_sentence[..] {
            let undated_here = events
                .iter()
                .filter(|e| e.date.is_none() && e.sentences[0] == events[i].sentences[0])
                .count();
            if !used.contains(&only) && undated_here == 1 && a.dates[only].value.is_some() {
                events[i].date = Some(only);
            }
        }
    }
}

/// A person's events happen where the report places that person: an unplaced event takes
/// the place of the same person's nearest placed event (cities before countries).
fn inherit_places(a: &Analysis, events: &mut [Draft]) {
    let is_city = |e: usize| !a.entities[e].place.as_ref().is_some_and(|p| p.is_country);
    for i in 0..events.len() {
        if events[i].place.is_some()
            || !is_per_subject_type(events[i].kind)
            || events[i].status != "occurred"
        {
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
                // A hearing takes another hearing's place, an arrest another arrest's.
                .filter(|e| at_court(e) == court_here)
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
fn court_places(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if !matches!(e.kind, "trial" | "sentence" | "release") {
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
        let seat = courts
            .iter()
            .find_map(|&c| a.entities[c].seat)
            .or_else(|| super::last_court_seat(a, e.start));
        let Some(seat) = seat else {
            continue;
        };
        let place_of = |x: usize| a.entities[x].place.as_ref();
        let replace = match e.place {
            None => true,
            Some(p) => match (place_of(p), place_of(seat)) {
                (Some(p), Some(s)) => p.is_country || (p.id != s.id && near(p, s)),
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
fn named_courts(a: &Analysis, events: &mut [Draft]) {
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

/// Two points within a city's reach of each other (a district and its city).
fn near(p: &crate::analysis::PlaceRef, q: &crate::analysis::PlaceRef) -> bool {
    (p.lat - q.lat).abs() < 0.2 && (p.lon - q.lon).abs() < 0.2
}

/// "X was detained on Feb. 24 ... Officers accused her of ...": an undated event of a person
/// told in the sentence right after a dated one of the same person happened then too.
fn inherit_dates(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        // Courts and releases keep their own calendar; "later" says so outright.
        let later = (events[i].start.saturating_sub(4)..events[i].end + 2)
            .any(|k| matches!(a.norm(k), "later" | "subsequently" | "afterwards" | "since"));
        if events[i].date.is_some()
            || !matches!(
                events[i].kind,
                "protest" | "detention" | "violence" | "raid"
            )
            || events[i].status != "occurred"
            || later
        {
            continue;
        }
        let Some(&subject) = events[i].subjects.first() else {
            continue;
        };
        let first = events[i].sentences[0];
        let date = events
            .iter()
            .filter(|e| {
                e.subjects.contains(&subject)
                    // A verdict comes after the arrest it follows: it dates no arrest.
                    && !matches!(e.kind, "sentence" | "trial" | "charge")
                    && e.sentences.iter().any(|&s| s + 1 == first || s == first)
                    // The date itself is told in this sentence or the one before.
                    && e.date.is_some_and(|d| {
                        let ds = a.doc.sentence_of(a.dates[d].start);
                        a.dates[d].precision == "day" && (ds == first || ds + 1 == first)
                    })
                    && !(a.doc.sentence_of(e.start) == a.doc.sentence_of(events[i].start)
                        && time_shift_between(a, e.start, &events[i]))
            })
            .filter_map(|e| e.date);
        // "She had been detained at the scene": the pluperfect goes back to the earliest
        // of the times just told.
        let pluperfect =
            (events[i].start.saturating_sub(4)..events[i].start).any(|k| a.norm(k) == "had");
        let date = if pluperfect {
            date.min_by(|&x, &y| a.dates[x].value.cmp(&a.dates[y].value))
        } else {
            date.take(1).next()
        };
        if date.is_some() {
            events[i].date = date;
        }
    }
}

fn split_per_subject(
    a: &Analysis,
    drafts: Vec<Draft>,
    places: &[Vec<(usize, usize)>],
) -> Vec<Draft> {
    let mut out = Vec::new();
    for d in drafts {
        if !is_per_subject_type(d.kind) {
            // Censorship is done by institutions: "protesters blocked a road" is no censorship.
            let org_agent = d
                .agents
                .iter()
                .any(|&e| a.entities[e].kind == EntityKind::Organization);
            let keep = match d.kind {
                "statement" => !d.agents.is_empty(),
                "censorship" => org_agent || (d.agents.is_empty() && !d.subjects.is_empty()),
                _ => true,
            };
            if keep {
                out.push(d);
            }
            continue;
        }
        let si = d.sentences[0];
        // "Toktosunov and Dzhumabaeva are among 22 activists who were detained": those named
        // among a group share its events.
        let mut d = d;
        let group = d
            .subjects
            .iter()
            .copied()
            .find(|&g| a.entities[g].kind == EntityKind::Group);
        if let Some(g) = group {
            {
                if let Some(m) = a.mentions.iter().find(|m| m.entity == g && m.start > 0) {
                    let among = (m.start.saturating_sub(2)..m.start).any(|k| a.norm(k) == "among");
                    if among {
                        let sentence = a.sentence_range(m.start);
                        for x in a
                            .mentions
                            .iter()
                            .filter(|x| x.start >= sentence.start && x.end <= m.start)
                        {
                            if a.entities[x.entity].is_person() && !d.subjects.contains(&x.entity) {
                                d.subjects.push(x.entity);
                            }
                        }
                        // "He was among 32 Nubian activists arrested": the one "he" is.
                        let t = sentence.start;
                        if matches!(a.norm(t), "he" | "she") && a.norm(t + 1) == "was" {
                            if let Some((r, _)) = crate::entities::people::reference_at(a, t) {
                                for p in crate::entities::people::resolve_reference(a, t, r) {
                                    if !d.subjects.contains(&p) {
                                        d.subjects.push(p);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Searches are made by police and security services, not by the persons the text
        // happens to name before "searched".
        if d.kind == "raid" {
            d.agents
                .retain(|&e| a.entities[e].kind != EntityKind::Person);
        }
        // Raids on businesses, beatings of people the text does not count, protests of
        // unnamed crowds: recorded without subjects when their agent, date or place is given.
        if d.subjects.is_empty() {
            let anchored = d.date.is_some() || d.place.is_some();
            let keep = match d.kind {
                "raid" | "violence" => !d.agents.is_empty() && anchored,
                // "a rally ... organised by the opposition party Chadema"
                "protest" => {
                    d.date.is_some()
                        || d.agents
                            .iter()
                            .any(|&e| a.entities[e].kind == EntityKind::Organization)
                }
                _ => false,
            };
            if keep {
                out.push(d);
            }
            continue;
        }
        for &s in &d.subjects {
            // Courts sentence, charge and free counted people; "journalists" or "political
            // prisoners" without a number is talk about a kind of person, not an event.
            let ent = &a.entities[s];
            let generic = ent.kind == EntityKind::Group && ent.count.is_none();
            if generic && matches!(d.kind, "sentence" | "charge" | "trial" | "release") {
                continue;
            }
            let mut one = d.clone();
            one.subjects = vec![s];
            one.agents.retain(|x| *x != s);
            // A court's hearing or verdict stays where the court sits, wherever the person is
            // from ("the party's deputy chief in the province of Battambang").
            let at_court = matches!(d.kind, "trial" | "sentence")
                && d.place.is_some()
                && d.agents
                    .iter()
                    .any(|&x| a.entities[x].category == Some("court"));
            if let Some(p) = places
                .get(si)
                .and_then(|ps| ps.iter().find(|p| p.0 == s))
                .map(|p| p.1)
                .filter(|_| !at_court)
            {
                one.place = Some(p);
            }
            out.push(one);
        }
    }
    out
}

fn date_value<'a>(a: &'a Analysis, d: &Draft) -> Option<&'a str> {
    d.date.and_then(|i| a.dates[i].value.as_deref())
}

fn dates_compatible(a: &Analysis, x: &Draft, y: &Draft) -> bool {
    match (date_value(a, x), date_value(a, y)) {
        (Some(p), Some(q)) => p.starts_with(q) || q.starts_with(p),
        _ => true,
    }
}

fn places_compatible(a: &Analysis, x: &Draft, y: &Draft) -> bool {
    match (x.place, y.place) {
        (Some(p), Some(q)) if p != q => {
            let country = |e: usize| a.entities[e].place.as_ref().is_some_and(|r| r.is_country);
            country(p) || country(q)
        }
        _ => true,
    }
}

fn same_event(a: &Analysis, m: &Draft, d: &Draft) -> bool {
    if m.kind != d.kind || !dates_compatible(a, m, d) {
        return false;
    }
    if is_per_subject_type(d.kind) {
        let Some(&subject) = d.subjects.first() else {
            // Subject-less events join what the same sentence says of them, or another
            // mention of a happening on the very same date ("the 2021 protests").
            let same_date = date_value(a, m).is_some() && date_value(a, m) == date_value(a, d);
            return m.subjects.is_empty()
                && (m.sentences.contains(&d.sentences[0])
                    || (same_date && m.status == d.status && places_compatible(a, m, d)));
        };
        if m.subjects != d.subjects || m.status != d.status || !places_compatible(a, m, d) {
            return false;
        }
        // A person protests often: two undated protests far apart in the report are two.
        let far = m.sentences.iter().all(|&s| s.abs_diff(d.sentences[0]) > 3);
        if d.kind == "protest" && (m.date.is_none() || d.date.is_none()) && far {
            return false;
        }
        if let (Some(p), Some(q)) = (&m.penalty, &d.penalty) {
            if p.kind != q.kind || p.amount != q.amount {
                return false;
            }
        }
        // Unnamed groups join only within one sentence.
        if a.entities[subject].kind == EntityKind::Group {
            return m.sentences.contains(&d.sentences[0]);
        }
        return true;
    }
    let shared = |x: &[usize], y: &[usize]| x.iter().any(|e| y.contains(e));
    match d.kind {
        "election" => true,
        "legislation" => d.agents.is_empty() || m.agents.is_empty() || shared(&m.agents, &d.agents),
        "statement" => shared(&m.agents, &d.agents),
        _ => {
            shared(&m.subjects, &d.subjects)
                || (d.subjects.is_empty() && shared(&m.agents, &d.agents))
        }
    }
}

fn absorb(a: &Analysis, m: &mut Draft, d: Draft) {
    for &e in &d.agents {
        if !m.agents.contains(&e) && !m.subjects.contains(&e) {
            m.agents.push(e);
        }
    }
    for &e in &d.subjects {
        if !m.subjects.contains(&e) {
            m.subjects.push(e);
        }
    }
    let is_country = |e: usize| a.entities[e].place.as_ref().is_some_and(|r| r.is_country);
    match (m.place, d.place) {
        (None, p) => m.place = p,
        (Some(p), Some(q)) if is_country(p) && !is_country(q) => m.place = Some(q),
        _ => {}
    }
    let more_precise = match (date_value(a, m), date_value(a, &d)) {
        (None, Some(_)) => true,
        (Some(p), Some(q)) => q.len() > p.len(),
        _ => m.date.is_none() && d.date.is_some(),
    };
    if more_precise {
        m.date = d.date;
    }
    if m.charge.is_none() {
        m.charge = d.charge;
    }
    if m.penalty.is_none() {
        m.penalty = d.penalty;
    }
    for e in d.attributed_to {
        if !m.attributed_to.contains(&e) {
            m.attributed_to.push(e);
        }
    }
    for s in d.sentences {
        if !m.sentences.contains(&s) {
            m.sentences.push(s);
        }
    }
    m.sentences.sort_unstable();
}

/// "found him guilty on the charge": a sentence or trial with no charge of its own takes the
/// charge its subject was last reported to face.
fn inherit_charges(events: &mut [Draft]) {
    for i in 0..events.len() {
        if events[i].charge.is_some() || !matches!(events[i].kind, "sentence" | "trial" | "charge")
        {
            continue;
        }
        if !is_per_subject_type(events[i].kind) || events[i].subjects.is_empty() {
            continue;
        }
        let subject = events[i].subjects[0];
        let first = events[i].sentences[0];
        let charge = events
            .iter()
            .filter(|e| e.subjects.contains(&subject) && e.sentences[0] <= first)
            .filter_map(|e| e.charge.clone())
            .next_back();
        if charge.is_some() && events[i].status == "occurred" {
            events[i].charge = charge;
        }
    }
}

/// Events of a person the text has only described ("sentenced a Karakalpak blogger") go to
/// the person it names next: joined to that person's event of the same type in the next two
/// sentences, or else given the first person newly named there. With no one named, the
/// event is dropped, since no record can say who it was.
fn name_the_unnamed(a: &Analysis, drafts: Vec<Draft>) -> Vec<Draft> {
    let unnamed = |d: &Draft| {
        is_per_subject_type(d.kind) && d.subjects.first().is_some_and(|&s| a.entities[s].unnamed)
    };
    // "Two journalists ... will go on trial": a small counted group the next sentence names.
    let small_group = |d: &Draft| -> Option<usize> {
        let &s = d.subjects.first()?;
        let e = &a.entities[s];
        let c = e.count.as_ref()?;
        let n = c
            .low
            .filter(|&l| Some(l) == c.high && (2..=6).contains(&l))?;
        let first = a.mentions.iter().find(|m| m.entity == s)?;
        (first.start == 0 || a.norm(first.start - 1) != "the").then_some(n as usize)
    };
    // Who the report gives events of their own, and who acts (judges, officers).
    let told: Vec<(usize, &'static str, usize)> = drafts
        .iter()
        .flat_map(|d| d.subjects.iter().map(move |&x| (d.sentences[0], d.kind, x)))
        .collect();
    let acting: Vec<usize> = drafts
        .iter()
        .flat_map(|d| d.agents.iter().copied())
        .collect();
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    let mut pending: Vec<Draft> = Vec::new();
    for d in drafts {
        if unnamed(&d) {
            pending.push(d);
        } else if let Some(n) = is_per_subject_type(d.kind)
            .then(|| small_group(&d))
            .flatten()
        {
            let s = d.sentences[0];
            let mut named: Vec<usize> = Vec::new();
            for m in &a.mentions {
                let e = &a.entities[m.entity];
                let sm = a.doc.sentence_of(m.start);
                if e.is_person()
                    && !e.unnamed
                    && sm > s
                    && sm <= s + 1
                    && !named.contains(&m.entity)
                    && !acting.contains(&m.entity)
                {
                    named.push(m.entity);
                }
            }
            // "sentenced four members ... The judge sentenced A to six years and B to four":
            // members told with events of their own make the group's event a summary.
            let own = named.iter().any(|&p| {
                told.iter()
                    .any(|&(ts, k, x)| x == p && k == d.kind && ts > s && ts <= s + 2)
            });
            if named.len() >= n && !own {
                for &p in &named[..n] {
                    let mut one = d.clone();
                    one.subjects = vec![p];
                    out.push(one);
                }
            } else {
                out.push(d);
            }
        } else {
            out.push(d);
        }
    }
    // "a schoolteacher" is not the one introduced as "a design student".
    let fits = |described: usize, named: usize| {
        let noun = a.entities[described]
            .name
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        let told = &a.entities[named].descriptors;
        told.is_empty() || told.iter().any(|d| d.split_whitespace().any(|w| w == noun))
    };
    for p in pending {
        let s = p.sentences[0];
        let described = p.subjects[0];
        let target = out.iter().position(|d| {
            d.kind == p.kind
                && d.sentences[0] > s
                && d.sentences[0] <= s + 2
                && d.subjects.first().is_some_and(|&x| {
                    a.entities[x].is_person() && !a.entities[x].unnamed && fits(described, x)
                })
        });
        if let Some(t) = target {
            // The named event's own details come first; the described one fills the gaps.
            let mut p = p;
            p.subjects = out[t].subjects.clone();
            absorb(a, &mut out[t], p);
            continue;
        }
        let first_named = a.mentions.iter().find(|m| {
            let e = &a.entities[m.entity];
            let sm = a.doc.sentence_of(m.start);
            e.is_person()
                && !e.unnamed
                && sm > s
                && sm <= s + 2
                && fits(described, m.entity)
                && a.mentions
                    .iter()
                    .find(|x| x.entity == m.entity)
                    .is_some_and(|x| x.start == m.start)
        });
        if let Some(m) = first_named {
            let mut p = p;
            p.subjects = vec![m.entity];
            out.push(p);
        }
    }
    out.sort_by_key(|d| (d.sentences[0], d.start));
    out
}

/// "Police detained some 80 workers on Tuesday ... Among those detained were X and Y": the
/// named ones share the group event's agent, date, place and charge.
fn among_those(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        if events[i].start == 0 || a.norm(events[i].start - 1) != "those" {
            continue;
        }
        let Some(j) = (0..i).rev().find(|&j| events[j].kind == events[i].kind) else {
            continue;
        };
        let group = events[j].clone();
        let e = &mut events[i];
        if e.agents.is_empty() {
            e.agents = group.agents;
        }
        e.date = e.date.or(group.date);
        e.place = e.place.or(group.place);
        if e.charge.is_none() {
            e.charge = group.charge;
        }
    }
}

/// "fined ... on the same charge": the charge last named in the report.
fn same_charge(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        if events[i].charge.is_some() {
            continue;
        }
        let range = a.sentence_range(events[i].start);
        let same = range.clone().any(|k| {
            a.norm(k) == "same"
                && matches!(a.norm(k + 1), "charge" | "charges" | "offense" | "offence")
        });
        if !same {
            continue;
        }
        let here = events[i].start;
        let earlier = events
            .iter()
            .filter(|e| e.start < here && e.charge.is_some())
            .max_by_key(|e| e.start)
            .and_then(|e| e.charge.clone());
        events[i].charge = earlier;
    }
}

/// "detained on Jan. 16, when police raided the outlet's office": a detention or search with
/// no agent of its own was made by the police or security service acting in the same sentence.
fn share_enforcers(a: &Analysis, events: &mut [Draft]) {
    let enforcer = |e: usize| matches!(a.entities[e].category, Some("police" | "security_service"));
    for i in 0..events.len() {
        // "Police detained him and questioned him before releasing him": the release is theirs.
        if !events[i].agents.is_empty()
            || !matches!(
                events[i].kind,
                "detention" | "raid" | "release" | "violence"
            )
        {
            continue;
        }
        let s = events[i].sentences[0];
        let found = events.iter().find_map(|e| {
            (e.sentences[0] == s && matches!(e.kind, "detention" | "raid" | "violence"))
                .then(|| e.agents.iter().copied().find(|&x| enforcer(x)))
                .flatten()
        });
        // "... were detained in October. GKNB officers picked most of them up at home": the
        // next sentence's detainers, when it names no one new.
        let found = found.or_else(|| {
            if events[i].kind != "detention" {
                return None;
            }
            events.iter().find_map(|e| {
                let unnamed = e.subjects.iter().all(|&x| !a.entities[x].is_person());
                (e.sentences[0] == s + 1 && e.kind == "detention" && unnamed)
                    .then(|| e.agents.iter().copied().find(|&x| enforcer(x)))
                    .flatten()
            })
        });
        // "Police broke up the rally. X was arrested on stage": the one enforcement body
        // named around a detention in its paragraph made it.
        let found = found.or_else(|| {
            if events[i].kind != "detention" || events[i].status != "occurred" {
                return None;
            }
            let near = |t: usize| {
                (s.saturating_sub(1)..=s + 1).contains(&t) && {
                    let (x, y) = if t < s { (t, s) } else { (s, t) };
                    x == y || same_paragraph(a, x, y)
                }
            };
            let mut bodies: Vec<usize> = a
                .mentions
                .iter()
                .filter(|m| enforcer(m.entity) && near(a.doc.sentence_of(m.start)))
                .map(|m| m.entity)
                .collect();
            bodies.dedup();
            (bodies.len() == 1).then(|| bodies[0])
        });
        if let Some(agent) = found {
            events[i].agents.push(agent);
        }
    }
}
