//! From drafts to events: one event per named subject, and one event for what several
//! sentences say about the same happening.
//!
//! The contract records `protest`, `detention`, `charge`, `trial`, `sentence`, `release`,
//! `violence` and `raid` once per named subject, so a draft with two subjects becomes two
//! events, each placed where the sentence places its subject. Then drafts of one type about
//! the same subject with compatible dates, statuses and penalties are joined, their evidence
//! pooled and their missing fields filled; elections, laws, statements and censorship join
//! by shared participants.
//!
//! After joining, three passes fill what a report tells only around an event: `people`
//! (members of a group, the person named next, the enforcers acting around it), `dates`
//! (one episode's day, the same hearing, days counted on) and `places` (where a person
//! was placed, where the court sits).

mod agents;
mod dates;
mod people;
mod places;
mod votes;

use chronicle_record::{is_per_subject_type, EntityKind};

use agents::*;
use dates::*;
use people::*;
use places::*;
use votes::*;

use super::Draft;
use crate::analysis::Analysis;

pub fn finish(a: &Analysis, drafts: Vec<Draft>, places: &[Vec<(usize, usize)>]) -> Vec<Draft> {
    // A caption tells again, beside a picture, what the report tells: not another happening.
    let laws: Vec<(usize, Vec<usize>)> = drafts
        .iter()
        .filter(|d| d.kind == "legislation")
        .map(|d| (d.sentences[0], d.agents.clone()))
        .collect();
    let mut drafts: Vec<Draft> = drafts
        .into_iter()
        .filter(|d| !a.in_caption(d.start) && !custody_goes_on(a, d) && !law_content(d, &laws))
        .collect();
    caused_dates(a, &mut drafts);
    adjourned_until(a, &mut drafts);
    searched_with_arrest(a, &mut drafts);
    arrested_at_protest(a, &mut drafts);
    solo_protest(a, &mut drafts);
    organiser_of_the_protest(a, &mut drafts);
    among_them(a, &mut drafts);
    among_them_within(a, &mut drafts);
    group_apposition(a, &mut drafts);
    named_of_them(a, &mut drafts);
    punished_group_protest(a, &mut drafts);
    named_as_the_detained(a, &mut drafts);
    counted_references(a, &mut drafts);
    listed_detainees(a, &mut drafts);
    let case = case_charges(a, &drafts);
    let case_day = case_days(a, &drafts);
    let lede_term = lede_terms(a, &drafts);
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
    defendants_among_the_arrested(a, &mut merged);
    let mut merged = suspicion_of_the_detained(a, merged);
    charge_told_as_it(a, &mut merged);
    same_charge(a, &mut merged);
    same_court(a, &mut merged);
    charge_told_next(a, &mut merged);
    inherit_charges(a, &mut merged);
    charged_after_arrest(a, &mut merged);
    accused_of_in_the_report(a, &mut merged);
    give_case_charge(&case, &mut merged);
    give_case_day(&case_day, &mut merged);
    lede_verdicts(a, &case_day, &mut merged);
    give_lede_terms(a, &lede_term, &mut merged);
    term_given_to(a, &mut merged);
    fuller_charges(a, &mut merged);
    // A group's own account of the same happening says more than a neighbour's date.
    details_from_the_group(a, &mut merged);
    same_hearing(a, &mut merged);
    same_ruling(a, &mut merged);
    also_the_same(a, &mut merged);
    dated_verdict(a, &mut merged);
    inherit_dates(a, &mut merged);
    inherit_places(a, &mut merged);
    paragraph_places(a, &mut merged);
    sharpen_places(a, &mut merged);
    paragraph_city(a, &mut merged);
    local_elections(a, &mut merged);
    vote_results(a, &mut merged);
    orphan_dates(a, &mut merged);
    statement_given_out(a, &mut merged);
    happening_just_before(a, &mut merged);
    lede_sweep(a, &mut merged);
    live_blog_day(a, &mut merged);
    election_day(a, &mut merged);
    day_of_the(a, &mut merged);
    at_the_protest(a, &mut merged);
    organisers_of_the_crowd(a, &mut merged);
    same_day_as_before(a, &mut merged);
    verdict_day(a, &mut merged);
    released_in_court(a, &mut merged);
    share_sentence_dates(a, &mut merged);
    charged_at_the_hearing(a, &mut merged);
    carry_dates_forward(a, &mut merged);
    protest_before_crackdown(a, &mut merged);
    one_protest_day(a, &mut merged);
    joined_the_protest(a, &mut merged);
    after_the_verdict(a, &mut merged);
    during_the_arrest(a, &mut merged);
    custody_violence(a, &mut merged);
    custody_agents(a, &mut merged);
    release_agents(a, &mut merged);
    upheld_term(a, &mut merged);
    changed_from_term(a, &mut merged);
    last_enforcer(a, &mut merged);
    named_body_of_the_kind(a, &mut merged);
    pardoner_frees(a, &mut merged);
    detained_with(a, &mut merged);
    punished_protest_days(a, &mut merged);
    story_day(a, &mut merged);
    co_defendants_verdict(a, &mut merged);
    // A verdict's day found only by the passes above reaches the verdicts told after it.
    same_hearing(a, &mut merged);
    held_until(a, &mut merged);
    // The crowd's protest is dated by now: those named among its detained take that day.
    protesters_among_the_detained(a, &mut merged);
    protesters_by_charge(a, &mut merged);
    // (After it: a charge the crowd was given tells nothing of what each named one did.)
    crowd_charge(a, &mut merged);
    // A group's date found only by the passes above reaches its members too.
    details_from_the_group(a, &mut merged);
    // (And once more, now that more of the happenings it looks back to are dated.)
    also_the_same(a, &mut merged);
    hearing_courts(a, &mut merged);
    court_places(a, &mut merged);
    named_courts(a, &mut merged);
    court_of_the_report(a, &mut merged);
    // A court the two passes above found ("Jaafar al-Mubarak was acquitted" after "The court
    // ... The judges") seats its hearings too.
    court_places(a, &mut merged);
    who_ordered_the_block(a, &mut merged);
    city_of_region(a, &mut merged);
    dateline_city(a, &mut merged);
    foreign_dateline(a, &mut merged);
    section_places(a, &mut merged);
    city_of_district(a, &mut merged);
    in_the_city(a, &mut merged);
    told_nationwide(a, &mut merged);
    national_releases(a, &mut merged);
    prison_releases(a, &mut merged);
    trial_held_in(a, &mut merged);
    pardon_giver(a, &mut merged);
    for e in merged.iter_mut() {
        if crate::events::status::denied_after(a, e.kind, e.status, e.start)
            || (e.kind == "detention"
                && crate::events::status::detention_denied_after(a, e.status, e.start))
        {
            e.status = "denied";
        }
    }
    // "He was not among the 30 prisoners pardoned": the group's pardon happened, his did not.
    for e in merged.iter_mut() {
        let person = e.subjects.len() == 1 && a.entities[e.subjects[0]].is_person();
        let range = a.sentence_range(e.start);
        let not_among =
            (range.start + 1..e.start).any(|k| a.norm(k) == "among" && a.norm(k - 1) == "not");
        if person && e.status == "occurred" && not_among {
            e.status = "negated";
        }
    }
    // The passes above name the people of some events ("the detention of two observers ...
    // Police took X and Y"): an event now told twice of one person is one.
    let mut once: Vec<Draft> = Vec::new();
    for d in merged {
        let named = d.subjects.len() == 1 && a.entities[d.subjects[0]].is_person();
        match once.iter_mut().find(|m| named && same_event(a, m, &d)) {
            Some(m) => absorb(a, m, d),
            None => once.push(d),
        }
    }
    let once = drop_retold_of_the_described(a, once);
    let mut once = denied_by_the_state(a, once);
    once.retain(|e| !only_the_offended(a, e));
    if has_headline(a) {
        once.retain(|e| !headline_only(a, e));
    }
    once.retain(|e| !too_vague(a, e) && !no_such_event(a, e));
    drop_bans_beside_terms(a, &mut once);
    join_added_terms(a, &mut once);
    // "Q: What is she accused of?": a question states nothing.
    once.retain(|e| {
        let sentence = a.sentence_range(e.start);
        !(e.kind == "statement" && sentence.end > 0 && a.norm(sentence.end - 1) == "?")
    });
    // "since the 2022 protests": a protest named only by its year, with no one in it, is
    // background the report leans on, not a happening it records.
    once.retain(|e| {
        !(e.kind == "protest"
            && e.subjects.is_empty()
            && e.agents.is_empty()
            && e.date.is_some_and(|d| a.dates[d].precision == "year"))
    });
    // "A regional official called the sit-in unlawful": a protest a state body speaks of is
    // the protest told elsewhere, not one the body held.
    once.retain(|e| {
        !(e.kind == "protest"
            && e.subjects.is_empty()
            && !e.agents.is_empty()
            && e.agents
                .iter()
                .all(|&x| crate::events::arguments::is_state(a.entities[x].category)))
    });
    let mut once = described_premises(a, once);
    organisers_lead(a, &mut once);
    named_protesters(a, &mut once);
    let merged = events_of_named_groups(a, once);
    let merged = drop_told_groups(a, merged);
    let mut merged = one_crowd_a_day(a, merged);
    articles_as_charges(a, &mut merged);
    fined_without_a_sum(a, &mut merged);
    members_of_the_named_force(a, &mut merged);
    men_of_the_named_body(a, &mut merged);
    organiser_took_part(a, &mut merged);
    one_protest_one_organiser(a, &mut merged);
    // "Activists say ...", "the brothers said": a saying of people no one names is how a
    // report attributes, not a statement a monitor records.
    merged.retain(|e| {
        e.kind != "statement"
            || e.agents.is_empty()
            || e.agents.iter().any(|&x| {
                let x = &a.entities[x];
                // ("the authorities said", "officials said": a body no one names.)
                x.kind != EntityKind::Group
                    && !x.unnamed
                    && x.name.starts_with(|c: char| !c.is_lowercase())
            })
    });
    merged
}

/// "Police raided the offices of a residents' rights group ... Officers arrived at the
/// Manicaland Residents' Trust": a search of premises described, not named, is of the
/// organisations the next sentences name first; "the offices of four civil society
/// organisations" of the first four, each a raid of its own.
fn described_premises(a: &Analysis, events: Vec<Draft>) -> Vec<Draft> {
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        if e.kind != "raid" || !e.subjects.is_empty() || e.status != "occurred" {
            out.push(e);
            continue;
        }
        let sentence = a.sentence_range(e.start);
        // "the offices of a residents' rights group", "the offices of four ... organisations".
        let of = (e.end..sentence.end.min(e.end + 4)).find(|&k| a.norm(k) == "of");
        let described = of.and_then(|of| {
            let det = of + 1;
            let count = match a.norm(det) {
                "a" | "an" => Some(1),
                _ => crate::numbers::number_at(a, det)
                    .filter(|&(n, _)| (2.0..=6.0).contains(&n))
                    .map(|(n, _)| n as usize),
            }?;
            (det + 1..sentence.end.min(det + 7))
                .take_while(|&k| a.entity_at(k).is_none() && !a.is_break(k))
                .any(|k| a.lex.body_nouns.contains(a.norm(k)))
                .then_some(count)
        });
        let Some(count) = described else {
            out.push(e);
            continue;
        };
        let s = e.sentences[0];
        let mut named: Vec<usize> = Vec::new();
        // (Mentions come in text order: the first of an entity is the one that names it.)
        let mut seen = std::collections::HashSet::new();
        for m in &a.mentions {
            let x = &a.entities[m.entity];
            let sm = a.doc.sentence_of(m.start);
            let first = seen.insert(m.entity);
            if sm > s
                && sm <= s + 2
                && first
                && x.kind == EntityKind::Organization
                && matches!(x.category, Some("ngo" | "media" | "party" | "other"))
                && !e.agents.contains(&m.entity)
                && !named.contains(&m.entity)
            {
                named.push(m.entity);
            }
        }
        if named.len() < count {
            out.push(e);
            continue;
        }
        for &o in &named[..count] {
            let mut one = e.clone();
            one.subjects = vec![o];
            out.push(one);
        }
    }
    out
}

/// The kind of penalty a verdict's verb at `k` says by itself: "fined", "jailed".
pub(super) fn verb_penalty_kind(a: &Analysis, k: usize) -> Option<&'static str> {
    if a.has_lemma(k, "fine") {
        Some("fine")
    } else if a.has_lemma(k, "jail") || a.has_lemma(k, "imprison") {
        Some("prison")
    } else {
        None
    }
}

/// "Nino Kapanadze was fined for blocking traffic", "had been jailed in 2021 for ...": a
/// verdict told by "fined" or "jailed" and no sum or term is a fine or a prison term all the
/// same, of an amount the report does not give.
fn fined_without_a_sum(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if e.kind == "sentence" && e.status == "occurred" && e.penalty.is_none() {
            e.penalty = verb_penalty(a, e);
        }
    }
}

/// The penalty of no amount that a verdict's verb alone tells, when its trigger is that one
/// word ("was fined", "jailed"): see [`verb_penalty_kind`].
pub(super) fn verb_penalty(a: &Analysis, e: &Draft) -> Option<chronicle_record::Penalty> {
    if e.end != e.start + 1 {
        return None;
    }
    Some(chronicle_record::Penalty {
        kind: verb_penalty_kind(a, e.start)?.into(),
        amount: None,
        unit: None,
        text: Some(a.text(e.start).to_string()),
    })
}

/// "Khaled al-Omari organised a sit-in outside the governorate building", "had organised a
/// picket outside the town hall": a person who organised a protest that happened took part
/// in it.
fn organiser_took_part(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if e.kind != "protest" || e.status != "occurred" {
            continue;
        }
        // (A crowd the organiser led is told as the crowd's: "about 2,000 people marched in
        // a rally organised by X".)
        if !e.subjects.is_empty() {
            continue;
        }
        let organised = (e.start.saturating_sub(4)..e.start)
            .any(|k| a.has_lemma(k, "organise") || a.has_lemma(k, "organize"));
        // (Its subjects are none: the persons are its agents.)
        let persons = persons_of(a, e);
        if organised && !persons.is_empty() {
            e.subjects.extend(persons);
        }
    }
}

/// "About 300 employees have been on strike since 3 March ... The strike was called by the
/// union Adal Enbek ... fined two strikers, A and B": the protests of one day and place are
/// one protest, and the organiser it is told with leads each record of it that names no one
/// leading it.
fn one_protest_one_organiser(a: &Analysis, events: &mut [Draft]) {
    let day = |e: &Draft| e.date.and_then(|d| a.dates[d].value.clone());
    let organisers: Vec<(Option<String>, Option<usize>, Vec<usize>)> = events
        .iter()
        .filter(|e| e.kind == "protest" && !e.agents.is_empty() && day(e).is_some())
        .filter(|e| {
            e.agents
                .iter()
                .all(|&x| !crate::events::arguments::is_state(a.entities[x].category))
        })
        .map(|e| (day(e), e.place, e.agents.clone()))
        .collect();
    for e in events.iter_mut() {
        if e.kind != "protest" || !e.agents.is_empty() || e.status != "occurred" {
            continue;
        }
        let (when, place) = (day(e), e.place);
        if when.is_none() {
            continue;
        }
        let mut leading = organisers
            .iter()
            .filter(|(d, p, _)| *d == when && (*p == place || p.is_none() || place.is_none()));
        // (Two organisers of that day are two protests: leave it.)
        if let (Some((_, _, agents)), None) = (leading.next(), leading.next()) {
            e.agents = agents
                .iter()
                .copied()
                .filter(|x| !e.subjects.contains(x))
                .collect();
        }
    }
}

/// "Mushi was abducted by men in police uniform ... Police said Mushi “has not been
/// arrested”": a detention the state's side says did not happen is the detention told
/// before, denied, not a second one negated.
fn denied_by_the_state(a: &Analysis, events: Vec<Draft>) -> Vec<Draft> {
    let mut events = events;
    let mut answered: Vec<usize> = Vec::new();
    for n in 0..events.len() {
        let e = &events[n];
        let [person] = e.subjects[..] else {
            continue;
        };
        let by_state = !e.agents.is_empty()
            && e.agents
                .iter()
                .all(|&x| crate::events::arguments::is_enforcer(a, x));
        // Said by the state's side; not "were not detained for their work but for
        // obstructing voters" (a reason denied, not the arrest).
        let sentence = a.sentence_range(e.start);
        // ("A spokesman for the government said that “no state agency” had detained him":
        // no doer named, but the state's side speaking.)
        let state_speaks = e.agents.is_empty()
            && sentence.clone().any(|k| {
                a.entity_at(k)
                    .is_some_and(|x| crate::events::arguments::is_state(a.entities[x].category))
                    || crate::events::status::speaks_for_a_body(a.norm(k))
            });
        // ("Police have denied detaining him": or the detention itself told as denied.)
        if e.kind != "detention"
            || !matches!(e.status, "negated" | "denied")
            || !(by_state || state_speaks)
        {
            continue;
        }
        let said = sentence
            .clone()
            .any(|k| a.has_lemma(k, "say") || a.has_lemma(k, "tell") || a.norm(k) == "statement");
        let other_point = sentence
            .clone()
            .any(|k| a.norm(k) == "but" && matches!(a.norm(k + 1), "for" | "over" | "because"));
        // ("denied that anyone other than Kasymov had been detained": he is the one held.)
        let excepted = a.mentions.iter().any(|m| {
            m.entity == person
                && sentence.contains(&m.start)
                && m.start >= 2
                && (matches!(a.norm(m.start - 1), "except" | "besides")
                    || (a.norm(m.start - 1) == "than" && a.norm(m.start - 2) == "other"))
        });
        if !said || other_point || excepted {
            continue;
        }
        let told = (0..events.len())
            .filter(|&o| {
                let o = &events[o];
                o.kind == "detention"
                    && o.status == "occurred"
                    && o.subjects == [person]
                    && o.start < events[n].start
            })
            .max_by_key(|&o| events[o].start);
        if let Some(o) = told {
            events[o].status = "denied";
            answered.push(n);
        }
    }
    let mut i = 0;
    events.retain(|_| {
        i += 1;
        !answered.contains(&(i - 1))
    });
    events
}

/// "sentenced ... under Article 112 of the Criminal Code": an event no pass above found an
/// offence for, in its own sentence or another, is charged under the article its sentence cites.
fn articles_as_charges(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if e.charge.is_none() && matches!(e.kind, "charge" | "trial" | "sentence" | "detention") {
            let sentence = a.sentence_range(e.start);
            e.charge = crate::events::details::article_cited(a, sentence.start, sentence.end);
        }
    }
}

/// "was detained by federal police on March 6 and held without charge until March 15": a
/// detention told as lasting until a day gone by ended that day, in a release.
fn held_until(a: &Analysis, events: &mut Vec<Draft>) {
    let mut freed: Vec<Draft> = Vec::new();
    for e in events.iter() {
        if e.kind != "detention" || e.status != "occurred" || e.subjects.is_empty() {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let until = (e.end..sentence.end).find(|&k| {
            a.norm(k) == "until"
                && (k.saturating_sub(5)..k)
                    .any(|j| a.has_lemma(j, "hold") || a.has_lemma(j, "keep"))
        });
        let Some(k) = until else {
            continue;
        };
        let day = a.dates.iter().position(|d| {
            d.start == k + 1 && d.value.is_some() && !d.future && d.precision == "day"
        });
        let Some(day) = day else {
            continue;
        };
        let told = events
            .iter()
            .chain(freed.iter())
            .any(|o| o.kind == "release" && o.subjects.iter().any(|s| e.subjects.contains(s)));
        if !told {
            freed.push(Draft {
                kind: "release",
                start: k,
                end: k + 1,
                agents: vec![],
                date: Some(day),
                charge: None,
                penalty: None,
                ..e.clone()
            });
        }
    }
    events.extend(freed);
}

/// "X ordered ... to block", "X ordered his channel blocked", "X told providers to block
/// it": the body that orders, named before the verb of ordering (not the noun "orders")
/// shortly before the trigger at `start`.
fn orderer_before(a: &Analysis, start: usize) -> Option<usize> {
    let sentence = a.sentence_range(start);
    let ordered = (sentence.start..start).rev().take(10).find(|&k| {
        // ("instructed operators to block", "told internet providers to block it".)
        let told_to = a.has_lemma(k, "tell") && start > 0 && a.norm(start - 1) == "to";
        (a.has_lemma(k, "order")
            || a.has_lemma(k, "instruct")
            || a.has_lemma(k, "direct")
            || told_to)
            && a.norm(k) != "orders"
    })?;
    a.mentions
        .iter()
        .filter(|m| m.start >= sentence.start && m.end <= ordered)
        .filter(|m| a.entities[m.entity].kind == EntityKind::Organization)
        .max_by_key(|m| m.start)
        .map(|m| m.entity)
}

/// "the Information Ministry ordered internet providers to block access to the Zhaiyq Times
/// website", "blocked since 2017 on the orders of the Ministry of Digital Development": a
/// block no one is told doing was done by the body that ordered it.
fn who_ordered_the_block(a: &Analysis, events: &mut [Draft]) {
    let body = |e: usize| a.entities[e].kind == EntityKind::Organization;
    // The bodies named in tokens `from..to`, with where each is named.
    let bodies_in = |from: usize, to: usize| {
        a.mentions
            .iter()
            .filter(move |m| m.start >= from && m.end <= to && body(m.entity))
            .map(|m| (m.start, m.entity))
    };
    for e in events.iter_mut() {
        if e.kind != "censorship" || e.agents.iter().any(|&x| body(x)) {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let before = orderer_before(a, e.start);
        // "on the orders of X" after it.
        let after = || {
            let k = (e.end..sentence.end.saturating_sub(3))
                .find(|&k| a.norm(k) == "orders" && a.norm(k + 1) == "of")?;
            bodies_in(k + 2, (k + 10).min(sentence.end))
                .min()
                .map(|(_, x)| x)
        };
        if let Some(x) = before.or_else(after) {
            e.agents = vec![x];
        }
    }
}

/// A protest that happened, of a crowd: no person is named among its subjects.
pub(super) fn crowd_protest(a: &Analysis, d: &Draft) -> bool {
    d.kind == "protest"
        && d.status == "occurred"
        && d.subjects.iter().all(|&s| !a.entities[s].is_person())
}

/// "Some 600 workers downed tools on Monday ... Police detained 43 workers who had led the
/// strike": a crowd's protest told again on its day and in its place is one protest.
fn one_crowd_a_day(a: &Analysis, drafts: Vec<Draft>) -> Vec<Draft> {
    let crowd = |d: &Draft| crowd_protest(a, d);
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts {
        let day = date_value(a, &d);
        let alike = |m: &Draft| crowd(m) && crowd(&d) && m.place == d.place;
        let told = if day.is_some() {
            out.iter_mut().find(|m| alike(m) && date_value(a, m) == day)
        } else {
            // ("Hundreds had gathered outside the akimat": undated, the crowd just told.)
            out.iter_mut().rev().find(|m| {
                alike(m) && m.sentences[0] <= d.sentences[0] && d.sentences[0] <= m.sentences[0] + 3
            })
        };
        match told {
            Some(m) => absorb(a, m, d),
            None => out.push(d),
        }
    }
    out
}

/// "KGB raids Hrodna newsroom; website blocked a day later": a raid, sentence, beating or
/// block told only in the headline, of no one named and on no day, is the body's event
/// said in short; where the body tells it in other words the two seldom meet, and the
/// headline's is mostly a second record of one happening.
fn headline_only(a: &Analysis, e: &Draft) -> bool {
    let Some(headline) = a.doc.sentences.first() else {
        return false;
    };
    // (An arrest, release, protest or vote the headline tells as done; "PTI plans rally" may
    // be the only record of the rally to come.)
    let told_as_done = matches!(e.kind, "detention" | "release" | "protest" | "election")
        && e.status == "occurred";
    (matches!(e.kind, "raid" | "sentence" | "violence" | "censorship") || told_as_done)
        && e.sentences.iter().all(|&s| s == 0)
        && e.start < headline.tokens.end
        && e.date.is_none_or(|d| a.dates[d].value.is_none())
        && !e.subjects.iter().any(|&s| a.entities[s].is_person())
        // ("Armenian court fines four sit-in protesters": a counted group may be the only
        // record of those people.)
        && !(e.kind == "sentence" && e.subjects.iter().any(|&s| a.entities[s].count.is_some()))
}

/// The sentence the report's lede is: the first of the body, after a headline if it has one.
pub(super) fn lede_sentence(a: &Analysis) -> usize {
    usize::from(has_headline(a))
}

/// Whether the report opens with a headline: a line of its own with a blank line after it and
/// no full stop, and a body below.
fn has_headline(a: &Analysis) -> bool {
    let text = a.doc.text();
    let line_end = text.find('\n').unwrap_or(text.len());
    text[line_end..].starts_with("\n\n")
        && !text[..line_end]
            .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)".contains(c))
            .ends_with('.')
        && a.doc.sentences.len() > 1
}

/// "He would serve six months in prison if he did not pay": the term a fine turns into if
/// unpaid is no sentence of its own.
fn default_term(a: &Analysis, e: &Draft) -> bool {
    let sentence = a.sentence_range(e.start);
    a.has_lemma(e.start, "serve")
        && (e.start.saturating_sub(3).max(sentence.start)..e.start)
            .any(|k| matches!(a.norm(k), "would" | "will" | "must"))
        && (e.end..sentence.end.min(e.end + 10)).any(|k| matches!(a.norm(k), "if" | "unless"))
}

/// A statement whose only speakers are outlets tells where a report came from, not an
/// assessment, when it is an outlet's "saying" after the ban it reports ("blocked the website
/// of X, saying it had published ...": the censor says it), a platform a post was put on
/// ("welcomed the ruling on Facebook") or a press club outside which people gathered.
fn outlet_only_reports(a: &Analysis, e: &Draft) -> bool {
    let outlets = !e.agents.is_empty()
        && e.agents
            .iter()
            .all(|&g| a.entities[g].category == Some("media"));
    if !outlets {
        return false;
    }
    let platform_or_club = e.agents.iter().all(|&g| {
        let name = a.entities[g].name.as_str();
        a.lex.platforms.contains(name) || name.ends_with("Press Club")
    });
    platform_or_club || a.norm(e.start) == "saying"
}

/// "Police fired tear gas and charged with batons", "charged the crowd on horseback": a
/// charge at people, not of an offence.
fn charged_at(a: &Analysis, e: &Draft) -> bool {
    let sentence = a.sentence_range(e.start);
    a.has_lemma(e.start, "charge")
        && (e.end..sentence.end.min(e.end + 5)).any(|k| {
            matches!(
                a.norm(k),
                "batons" | "truncheons" | "clubs" | "sticks" | "horseback" | "horses" | "shields"
            )
        })
}

/// "Police took Giorgi Kapanadze and Mariam Tsiklauri ... called the detention of its
/// observers an attempt to blind the public": the happening named again by the word that
/// described its people before they were named ("two observers from the Civic Ballot
/// Monitor") is theirs told again, not a second happening.
fn drop_retold_of_the_described(a: &Analysis, events: Vec<Draft>) -> Vec<Draft> {
    let retold = |e: &Draft| {
        let [g] = e.subjects[..] else {
            return false;
        };
        let group = &a.entities[g];
        let word = group.name.as_str();
        if group.kind != EntityKind::Group
            || group.count.is_some()
            || word.contains(' ')
            || e.start == 0
            || a.norm(e.start - 1) != "the"
            || a.norm(e.end) != "of"
            || !matches!(a.norm(e.end + 1), "its" | "their" | "the")
            || a.norm(e.end + 2) != word
        {
            return false;
        }
        // The people's own telling of it, before, with the word that described them told
        // at or before it.
        events.iter().any(|m| {
            m.kind == e.kind
                && m.status == e.status
                && m.start < e.start
                && a.sentence_range(m.start).end <= e.start
                && !m.subjects.is_empty()
                && m.subjects.iter().all(|&x| a.entities[x].is_person())
                && (0..a.sentence_range(m.start).end).any(|k| a.norm(k) == word)
        })
    };
    let keep: Vec<bool> = events.iter().map(|e| !retold(e)).collect();
    events
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
        .collect()
}

/// "received seven years for creating and leading an extremist organisation. X and Y were
/// each sentenced to five and a half years for participating in it.": the "it" of a charge
/// is the thing the charge of the sentence before names ("participating in an extremist
/// organisation").
fn charge_told_as_it(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        let Some(charge) = e.charge.as_deref() else {
            continue;
        };
        let Some(head) = charge.strip_suffix(" it") else {
            continue;
        };
        let here = a.doc.sentence_of(e.start);
        if here == 0 {
            continue;
        }
        let before = a.doc.sentences[here - 1].tokens.clone();
        let thing = crate::events::details::charge_in(a, before.start, before.end)
            .filter(|c| !c.ends_with(" it"))
            .and_then(|c| {
                let words: Vec<&str> = c.split(' ').collect();
                let k = words
                    .iter()
                    .rposition(|w| matches!(*w, "a" | "an" | "the"))?;
                (k + 1 < words.len()).then(|| words[k..].join(" "))
            });
        if let Some(thing) = thing {
            e.charge = Some(format!("{head} {thing}"));
        }
    }
}

/// "a law that President Sadyr Japarov signed in August 2021, which allows websites to be
/// blocked": a ban the sentence tells as what a law does, whose only "subject" is the law's
/// signer, is the law's content (its own `legislation` event), not a ban that happened.
fn law_content(d: &Draft, laws: &[(usize, Vec<usize>)]) -> bool {
    d.kind == "censorship"
        && !d.subjects.is_empty()
        && laws.iter().any(|(s, signers)| {
            d.sentences.contains(s) && d.subjects.iter().all(|e| signers.contains(e))
        })
}

/// "condemned the continued detention of X", "his prolonged detention": custody that goes
/// on, not an arrest. (Dropped before the merge, so that it neither dates nor hides the
/// arrest told beside it.)
fn custody_goes_on(a: &Analysis, d: &Draft) -> bool {
    // ("more than 21,000 people remained in detention": custody that lasts is no new
    // arrest.)
    let remains = d.start > 1 && a.norm(d.start - 1) == "in" && a.has_lemma(d.start - 2, "remain");
    d.kind == "detention"
        && d.start > 0
        && (matches!(
            a.norm(d.start - 1),
            "continued" | "continuing" | "ongoing" | "prolonged"
        ) || remains)
}

/// An event told of no one a record can point to, by no one, on no day: a block, a vote whose
/// result the sentence does not tell, or a crowd's protest at no place ("crowds have
/// gathered", "sites have been blocked", "ahead of elections"). Such sayings are the report's
/// background, and on the development set most were not events its readers record.
fn too_vague(a: &Analysis, e: &Draft) -> bool {
    let undated = e.date.is_none_or(|d| a.dates[d].value.is_none());
    let nobody = e.subjects.is_empty();
    let crowd = e.of_groups_only(a);
    let unplaced = e
        .place
        .is_none_or(|p| a.entities[p].place.as_ref().is_some_and(|r| r.is_country));
    let by_no_one = e.agents.is_empty();
    // ("The ruling party won the vote": a result told is the vote's record.)
    let result_told = || {
        a.sentence_range(e.start)
            .any(|k| matches!(a.norm(k), "won" | "win" | "wins" | "winner" | "victory"))
    };
    match e.kind {
        "censorship" => nobody && undated && by_no_one,
        "election" => nobody && undated && by_no_one && !result_told(),
        "protest" => crowd && undated && by_no_one && unplaced,
        _ => false,
    }
}

/// Words of an event's kind that tell no event of it: a term an unpaid fine turns into, an
/// outlet named beside a saying, police charging with batons, a tally of people charged over
/// time, custody "pending trial".
fn no_such_event(a: &Analysis, e: &Draft) -> bool {
    match e.kind {
        "sentence" => default_term(a, e),
        "statement" => outlet_only_reports(a, e),
        "charge" => charged_at(a, e) || charge_tally(a, e),
        // "held pending trial", "released pending trial": custody's term, no hearing.
        "trial" => e.start > 0 && a.norm(e.start - 1) == "pending" && a.norm(e.start) == "trial",
        "violence" => execution_tally(a, e),
        _ => false,
    }
}

/// "At least 30 people have been executed in Iran this year": executions counted over time,
/// of no one named, are a tally, not a happening (a named person executed is one); and one
/// feared ("could be executed at any time") is a death sentence's threat, told by its verdict.
fn execution_tally(a: &Analysis, e: &Draft) -> bool {
    let feared = matches!(e.status, "pending" | "planned");
    a.has_lemma(e.start, "execute") && (e.subjects.is_empty() || e.of_groups_only(a) || feared)
}

/// "X was sentenced to ten years ... X was also ordered to pay a fine of 1 million francs", "was
/// also given three years of probation": a term told with "also" for one whose verdict the
/// report has told is part of that verdict, not another; its sentence joins that verdict's
/// evidence.
fn join_added_terms(a: &Analysis, events: &mut Vec<Draft>) {
    let mut i = 0;
    while i < events.len() {
        let e = &events[i];
        let added = e.kind == "sentence"
            && e.subjects.len() == 1
            && (e.start.saturating_sub(3)..e.start).any(|k| a.norm(k) == "also");
        if !added {
            i += 1;
            continue;
        }
        let verdict = events.iter().position(|o| {
            o.kind == "sentence"
                && o.start < e.start
                && o.subjects == e.subjects
                && o.status == e.status
                && o.penalty.is_some()
        });
        match verdict {
            Some(o) => {
                let told = events.remove(i);
                let o = if o > i { o - 1 } else { o };
                events[o].sentences.extend(told.sentences);
                events[o].sentences.sort_unstable();
                events[o].sentences.dedup();
            }
            None => i += 1,
        }
    }
}

/// "more than 1,000 people prosecuted for anti-war statements since 2022", "more than 60
/// journalists have been prosecuted under the decree": a tally of a group's charges over time.
/// ("More than 200 people have since been prosecuted under it", "lists her among more than
/// 1,200 people prosecuted in Russia", "used to prosecute hundreds of people": so is a group
/// told as prosecuted, with no one day.)
pub(super) fn charge_tally(a: &Analysis, e: &Draft) -> bool {
    let sentence = a.sentence_range(e.start);
    let perfect = |k: usize| {
        matches!(a.norm(k), "have" | "has" | "had")
            && (a.norm(k + 1) == "been" || (a.norm(k + 1) == "since" && a.norm(k + 2) == "been"))
    };
    e.of_groups_only(a)
        && ((e.end..sentence.end).any(|k| a.norm(k) == "since")
            || (e.start.saturating_sub(4).max(sentence.start)..e.start).any(perfect)
            || a.has_lemma(e.start, "prosecute"))
}

/// "ordered two reporters held in pre-trial detention for four months", "ordered 14 of them
/// jailed pending trial": custody before a verdict is a detention, not a sentence.
fn custody_before_trial(a: &Analysis, d: &Draft) -> bool {
    let sentence = a.sentence_range(d.start);
    let to = sentence.end.min(d.end + 14);
    (d.start..to).any(|k| {
        matches!(a.norm(k), "pre-trial" | "pretrial")
            || (a.norm(k) == "pending"
                && matches!(a.norm(k + 1), "trial" | "investigation" | "the"))
    })
}

/// "Riot police blocked the route", "police blocked marchers with water cannon", "Traffic
/// police have closed the Liberty Bridge": a cordon across a way or a crowd is no censorship.
fn blocks_a_way(a: &Analysis, d: &Draft) -> bool {
    if !a.has_lemma(d.start, "block") && !a.has_lemma(d.start, "close") {
        return false;
    }
    let end = a.sentence_range(d.start).end.min(d.end + 3);
    (d.end..end)
        .take_while(|&k| !a.is_break(k) && a.norm(k) != "access")
        // ("blocked it in March" names a month, not a march.)
        .filter(|&k| {
            !(a.shape(k) != chronicle_text::TokenShape::Lower
                && matches!(a.norm(k), "march" | "marches"))
        })
        .any(|k| a.lex.physical_blocks.contains(a.norm(k)))
}

/// "The court held closed hearings in the case": a hearing closed to the public is no ban.
fn closed_hearing(a: &Analysis, d: &Draft) -> bool {
    a.norm(d.start) == "closed"
        && matches!(
            a.norm(d.end),
            "hearing" | "hearings" | "session" | "sessions" | "trial" | "trials"
        )
}

/// "was told he was banned from leaving the country", "a travel ban", "a two-year ban on
/// administering websites": a bar on what a person may do (travel, post, work) is no ban of
/// an outlet or a group.
fn bars_a_person(a: &Analysis, d: &Draft) -> bool {
    let banned_from = a.has_lemma(d.start, "ban")
        && a.norm(d.end) == "from"
        && matches!(
            a.norm(d.end + 1),
            "leaving" | "travelling" | "traveling" | "travel" | "exiting" | "going"
        );
    let travel_ban = d.start > 0
        && matches!(a.norm(d.start - 1), "travel" | "exit")
        && matches!(a.norm(d.start), "ban" | "bans");
    // (A bar on what one person may do is part of a penalty.)
    let personal = a.has_lemma(d.start, "ban")
        && (d.end..(d.end + 3).min(a.sentence_range(d.start).end))
            .find(|&k| matches!(a.norm(k), "on" | "from"))
            .is_some_and(|k| a.norm(k + 1).ends_with("ing"))
        && d.subjects.iter().all(|&e| a.entities[e].is_person());
    banned_from || travel_ban || personal
}

/// Whether the censorship verb of `d` declares a state of emergency ("declared a state of
/// emergency", "the state of emergency that X declared").
fn declares_emergency(a: &Analysis, d: &Draft) -> bool {
    if !a.has_lemma(d.start, "declare") {
        return false;
    }
    let sentence = a.sentence_range(d.start);
    let near = sentence.start.max(d.start.saturating_sub(8))..sentence.end.min(d.end + 5);
    near.into_iter().any(|k| {
        a.norm(k) == "emergency" && k >= 2 && a.norm(k - 1) == "of" && a.norm(k - 2) == "state"
    })
}

/// "ordered police to close the criminal case against Kuanyshev": a case closed ends a
/// prosecution, it silences no one.
fn closes_a_case(a: &Analysis, d: &Draft) -> bool {
    a.has_lemma(d.start, "close")
        && (d.end..(d.end + 4).min(a.sentence_range(d.start).end)).any(|k| {
            matches!(
                a.norm(k),
                "case" | "cases" | "investigation" | "proceedings"
            )
        })
}

pub(super) fn split_per_subject(
    a: &Analysis,
    drafts: Vec<Draft>,
    places: &[Vec<(usize, usize)>],
) -> Vec<Draft> {
    let mut out = Vec::new();
    for mut d in drafts {
        // "the state of emergency that the Council of Ministers declared in August 2023": an
        // emergency declared is a decree, not a ban; whoever declared it enacted it.
        // (`data/lexicons/triggers.tsv` reads "declared a state of emergency" so already; this
        // catches the order where the verb comes last.)
        if d.kind == "censorship" && declares_emergency(a, &d) {
            d.kind = "legislation";
            if d.agents.is_empty() {
                d.agents = std::mem::take(&mut d.subjects);
            }
            d.subjects.clear();
        }
        if !is_per_subject_type(d.kind) {
            // Censorship is done by institutions, or by those who hold office ("Maduro
            // ordered the social network X blocked"): "protesters blocked a road" is none.
            let org_agent = d.agents.iter().any(|&e| {
                a.entities[e].kind == EntityKind::Organization || crate::events::is_official(a, e)
            });
            let keep = match d.kind {
                "statement" => !d.agents.is_empty(),
                // ("The regulator ordered mobile operators to suspend data services": the
                // body that ordered it, whom `who_ordered_the_block` makes the agent.)
                "censorship" => {
                    (org_agent
                        || (d.agents.is_empty() && !d.subjects.is_empty())
                        || orderer_before(a, d.start).is_some())
                        && !blocks_a_way(a, &d)
                        && !closed_hearing(a, &d)
                        && !bars_a_person(a, &d)
                        && !closes_a_case(a, &d)
                }
                _ => true,
            };
            if keep {
                out.push(d);
            }
            continue;
        }
        if d.kind == "sentence" && custody_before_trial(a, &d) {
            continue;
        }
        // "a court ... stripped them of their nationality" is a verdict; a government that
        // strips its critics of their citizenship, or a law that allows it, hands down none.
        let by_court = d
            .agents
            .iter()
            .any(|&e| a.entities[e].category == Some("court"));
        if d.kind == "sentence" && a.has_lemma(d.start, "strip") && !by_court {
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
            // "the apartments of three Memorial volunteers, including historian Viktor
            // Ambartsumyan": those named after "including" are of the group.
            if let Some(m) = a.mentions.iter().find(|m| m.entity == g) {
                // The persons named in tokens `from..to` are the group's.
                let mut add_members = |from: usize, to: usize| {
                    for p in crate::events::arguments::actors_in(a, from, to, false) {
                        if a.entities[p].is_person() && !d.subjects.contains(&p) {
                            d.subjects.push(p);
                        }
                    }
                };
                let k = m.end + usize::from(a.norm(m.end) == ",");
                if a.norm(k) == "including" {
                    let to = a.sentence_range(k).end.min(k + 16);
                    let end = (k + 1..to)
                        .find(|&j| a.is_break(j) && a.norm(j) != ",")
                        .unwrap_or(to);
                    add_members(k + 1, end);
                }
                // "Four staff members — the group's coordinator, X, lawyer Y and two
                // volunteers — were taken ...": those named between the dashes are of it.
                if a.norm(m.end) == "--" {
                    let to = a.sentence_range(m.end).end.min(m.end + 40);
                    if let Some(close) = (m.end + 1..to).find(|&j| a.norm(j) == "--") {
                        add_members(m.end + 1, close);
                    }
                }
            }
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
                // "Four others were released without charge on Wednesday": the freeing of
                // people the report counted before, on a day it gives.
                "release" => d.status == "occurred" && d.date.is_some(),
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
            // ("Most of the other strikers were freed late on Tuesday": people the report told
            // of before, freed on a day it gives, are no kind of person but a crowd.)
            let freed_on_a_day = d.kind == "release"
                && d.status == "occurred"
                && d.date.is_some()
                && a.mentions.iter().any(|m| {
                    m.entity == s && m.start > 0 && matches!(a.norm(m.start - 1), "the" | "other")
                });
            if generic
                && !freed_on_a_day
                && matches!(d.kind, "sentence" | "charge" | "trial" | "release")
            {
                continue;
            }
            let mut one = d.clone();
            one.subjects = vec![s];
            one.agents.retain(|x| *x != s);
            // A court's hearing or verdict stays where the court sits, wherever the person is
            // from ("the party's deputy chief in the province of Battambang") or served the
            // term ("walked out of Penal Colony No. 4 in Homel"); when the sentence names no
            // court, the places of neighbouring events and the dateline place it later.
            let at_court = matches!(d.kind, "trial" | "sentence");
            if let Some(p) = places
                .get(si)
                .and_then(|ps| ps.iter().find(|p| p.0 == s))
                .map(|p| p.1)
                .filter(|_| !at_court)
            {
                one.place = Some(p);
            }
            if let Some(day) = own_date_after(a, &d, s) {
                one.date = Some(day);
            }
            out.push(one);
        }
    }
    out
}

/// "Police arrested A and B on Aug. 18, and C two days later": a subject named after the
/// event's date, with a date of its own right after the name, takes that date.
fn own_date_after(a: &Analysis, d: &Draft, s: usize) -> Option<usize> {
    let told = &a.dates[d.date?];
    let sentence = a.sentence_range(told.start);
    let m = a
        .mentions
        .iter()
        .find(|m| m.entity == s && m.start > told.end && m.end <= sentence.end)?;
    // Only "and" (a comma, a descriptor) joins the named one to the clause that told the
    // first date: no verb of its own.
    let gap = told.end..m.start;
    let joined = gap.len() <= 6
        && gap.clone().any(|k| a.norm(k) == "and")
        && gap
            .clone()
            .all(|k| a.mention_at[k].is_none() && a.lex.triggers.longest_at(a, k, k + 1).is_none());
    if !joined {
        return None;
    }
    let k = m.end + usize::from(a.norm(m.end) == "on");
    a.dates
        .iter()
        .position(|x| x.start == k && x.value.is_some() && x.start < sentence.end)
}

/// The detentions, told before `e`, of someone `e` is about: whom a beating in custody
/// follows.
pub(super) fn arrests_before<'d>(
    events: &'d [Draft],
    e: &'d Draft,
) -> impl Iterator<Item = &'d Draft> + 'd {
    events.iter().filter(move |o| {
        o.kind == "detention"
            && o.status == "occurred"
            && o.start < e.start
            && o.subjects.iter().any(|s| e.subjects.contains(s))
    })
}

/// The one day the given dates all tell, when they tell days and agree: the first of them.
pub(super) fn single_day(a: &Analysis, dates: impl IntoIterator<Item = usize>) -> Option<usize> {
    let days: Vec<usize> = dates
        .into_iter()
        .filter(|&d| a.dates[d].precision == "day" && a.dates[d].value.is_some())
        .collect();
    let &day = days.first()?;
    days.iter()
        .all(|&d| a.dates[d].value == a.dates[day].value)
        .then_some(day)
}

pub(super) fn date_value<'a>(a: &'a Analysis, d: &Draft) -> Option<&'a str> {
    d.date.and_then(|i| a.dates[i].value.as_deref())
}

pub(super) fn dates_compatible(a: &Analysis, x: &Draft, y: &Draft) -> bool {
    match (date_value(a, x), date_value(a, y)) {
        (Some(p), Some(q)) => p.starts_with(q) || q.starts_with(p),
        _ => true,
    }
}

pub(super) fn places_compatible(a: &Analysis, x: &Draft, y: &Draft) -> bool {
    match (x.place, y.place) {
        (Some(p), Some(q)) if p != q => {
            let country = |e: usize| a.entities[e].place.as_ref().is_some_and(|r| r.is_country);
            country(p) || country(q)
        }
        _ => true,
    }
}

/// The sentence just before sentence `s` that tells that what follows happened to the person
/// before: "It is not the first time ...", "It is the second time ...", "... is no stranger
/// to the courts". (The cue's own "has been jailed" is the report's happening told again.)
fn another_time_cue(a: &Analysis, s: usize) -> Option<usize> {
    let cue = |s: usize| {
        let t = a.doc.sentences[s].tokens.clone();
        // ("It is not the first encounter with the security service", "It was not her first
        // arrest": whatever the noun after "first".)
        t.clone().any(|k| {
            (a.norm(k) == "time"
                && k > t.start + 1
                && matches!(a.norm(k - 1), "second" | "third" | "fourth"))
                || (a.norm(k) == "first"
                    && k >= t.start + 2
                    && matches!(a.norm(k - 1), "the" | "her" | "his" | "their")
                    && matches!(a.norm(k - 2), "not" | "n't"))
                || (a.norm(k) == "stranger" && a.norm(k.saturating_sub(1)) == "no")
        })
    };
    s.checked_sub(1).filter(|&c| cue(c))
}

pub(super) fn same_event(a: &Analysis, m: &Draft, d: &Draft) -> bool {
    if m.kind != d.kind || !dates_compatible(a, m, d) {
        return false;
    }
    if is_per_subject_type(d.kind) {
        let same_date = date_value(a, m).is_some() && date_value(a, m) == date_value(a, d);
        let groups_only = |x: &Draft| {
            x.subjects
                .iter()
                .all(|&e| a.entities[e].kind == EntityKind::Group)
        };
        let Some(&subject) = d.subjects.first() else {
            // Subject-less events join what the same sentence says of them, or another
            // mention of a happening on the very same date ("the 2021 protests"), also one
            // told of an unnamed crowd ("Sunday's Tbilisi march ... Thousands of Georgians
            // marched on Sunday evening").
            return (m.subjects.is_empty() && m.sentences.contains(&d.sentences[0]))
                || ((m.subjects.is_empty() || (d.kind == "protest" && groups_only(m)))
                    && same_date
                    && m.status == d.status
                    && places_compatible(a, m, d));
        };
        if d.kind == "protest"
            && m.subjects.is_empty()
            && groups_only(d)
            && same_date
            && m.status == d.status
            && places_compatible(a, m, d)
        {
            return true;
        }
        if m.subjects != d.subjects || m.status != d.status || !places_compatible(a, m, d) {
            return false;
        }
        // ("sentenced X to three years in a penal colony ... a picket, for which she was
        // fined": a fine is another verdict than a prison term.)
        if d.kind == "sentence" && a.entities[subject].is_person() {
            let fine_told = |x: &Draft| x.penalty.is_none() && a.has_lemma(x.start, "fine");
            let other_term = |x: &Draft| x.penalty.as_ref().is_some_and(|p| p.kind != "fine");
            if (fine_told(d) && other_term(m)) || (fine_told(m) && other_term(d)) {
                return false;
            }
        }
        // "arrested by the National Police on Jan. 9 ... a court placed him under house
        // arrest": the arrest and the custody a court orders are two detentions.
        // ("who were remanded in custody": a remand is a court's, whoever the text names.)
        let by_court = |x: &Draft| {
            x.agents
                .iter()
                .any(|&e| matches!(a.entities[e].category, Some("court" | "prosecutor")))
                || (x.agents.is_empty() && a.has_lemma(x.start, "remand"))
        };
        // ("Among the marchers detained were Ece Karaca ... a judgeship ordered 14 of them,
        // including Karaca, jailed pending trial": an arrest told without its agent is not the
        // custody the court orders, unless it too is custody awaiting trial.)
        if d.kind == "detention" && by_court(m) != by_court(d) {
            let (other, ordered) = if by_court(m) { (d, m) } else { (m, d) };
            let told_together = other
                .sentences
                .iter()
                .any(|s| ordered.sentences.contains(s));
            if !other.agents.is_empty() || !(told_together || custody_before_trial(a, other)) {
                return false;
            }
        }
        // "It is not the first time Obando has been jailed. He was arrested in 2018 ...": what
        // follows such a cue is another episode than what was told before it.
        if let Some(cue) = another_time_cue(a, d.sentences[0]) {
            if m.sentences.iter().all(|&s| s < cue) {
                return false;
            }
        }
        // A person protests often: two undated protests far apart in the report are two.
        let far = m.sentences.iter().all(|&s| s.abs_diff(d.sentences[0]) > 3);
        if d.kind == "protest" && (m.date.is_none() || d.date.is_none()) && far {
            return false;
        }
        // A kind told without its term ("ordered to report to a probation officer") is the
        // same penalty as the term of that kind told beside it.
        if let (Some(p), Some(q)) = (&m.penalty, &d.penalty) {
            let amounts_differ = p.amount.is_some() && q.amount.is_some() && p.amount != q.amount;
            if p.kind != q.kind || amounts_differ {
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

/// The persons among an event's agents and subjects, in that order.
pub(super) fn persons_of(a: &Analysis, d: &Draft) -> Vec<usize> {
    d.agents
        .iter()
        .chain(&d.subjects)
        .copied()
        .filter(|&x| a.entities[x].is_person())
        .collect()
}

pub(super) fn absorb(a: &Analysis, m: &mut Draft, d: Draft) {
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
    // ("was sent to prison" told beside "to two years and eight months": the term that
    // says how long.)
    let counted = match (&m.penalty, &d.penalty) {
        (None, Some(_)) => true,
        (Some(p), Some(q)) => p.kind == q.kind && p.amount.is_none() && q.amount.is_some(),
        _ => false,
    };
    if counted {
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
