//! Who an event is about when the sentence only describes, counts or points: members of
//! a group, the person named next, the enforcers acting around it, the charge last named.

use chronicle_record::{is_per_subject_type, EntityKind, Penalty};

use super::super::Draft;
use super::*;
use crate::analysis::Analysis;
use crate::events::arguments::named_persons_in;

/// "The court sentenced three journalists ... A received nine years; B got eight": once
/// the report names the group's members with their own events, in the same sentence or the
/// next two, the group's event is their summary, not another happening.
pub(super) fn drop_told_groups(a: &Analysis, events: Vec<Draft>) -> Vec<Draft> {
    let told: Vec<bool> = events
        .iter()
        .map(|g| {
            if !g.of_groups_only(a) || !is_per_subject_type(g.kind) {
                return false;
            }
            let gs = a.doc.sentence_of(g.start);
            let mut members: Vec<usize> = Vec::new();
            for e in &events {
                // "Two other activists, Pavel Zhuk and Ihar Lenski, were fined": the members
                // may be named in the same sentence too (and in a headline before).
                let near = e.sentences.iter().any(|&es| es >= gs && es <= gs + 2);
                if e.kind == g.kind && e.status == g.status && near {
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

/// "A court has sentenced ten people for joining a protest march ... X and Y got six
/// years each, Z five years ...": a counted group whose members the report goes on to name,
/// exactly as many as it counts, each with an event of the group's own kind, is those
/// persons. Its other events ("for joining a protest march") are theirs, person by person.
pub(super) fn events_of_named_groups(a: &Analysis, events: Vec<Draft>) -> Vec<Draft> {
    let is_counted_group = |x: usize| {
        let e = &a.entities[x];
        e.kind == EntityKind::Group
            && e.count
                .as_ref()
                .is_some_and(|c| c.low.is_some_and(|n| n >= 2) && c.low == c.high)
    };
    // (group, the kind its members are told with, the members)
    let mut named: Vec<(usize, &str, Vec<usize>)> = Vec::new();
    for g in &events {
        let [group] = g.subjects[..] else {
            continue;
        };
        if !is_counted_group(group)
            || !is_per_subject_type(g.kind)
            || named.iter().any(|n| n.0 == group)
        {
            continue;
        }
        let wanted = a.entities[group]
            .count
            .as_ref()
            .and_then(|c| c.low)
            .unwrap_or(0) as usize;
        let members = named_subjects(
            a,
            events
                .iter()
                .filter(|e| e.kind == g.kind && e.status == g.status && e.start > g.start),
        );
        // "sentenced one man to death and five other people to prison terms": the named
        // verdicts that follow cover the others and the one or two told before them.
        let others = a.entities[group]
            .name
            .split_whitespace()
            .any(|w| w == "other");
        let whole = members.len() == wanted
            || (others && members.len() > wanted && members.len() <= wanted + 2);
        if whole {
            named.push((group, g.kind, members));
        }
    }
    if named.is_empty() {
        return events;
    }
    // Each event with whether it was made here for a group's member.
    let mut out: Vec<(Draft, bool)> = Vec::new();
    for e in events {
        // The summary of the members' own events ("sentenced ten people") is no event of
        // its own, however far from it the members are named.
        let summary = matches!(e.subjects[..], [group] if named.iter().any(|n| n.0 == group && n.1 == e.kind));
        if summary {
            continue;
        }
        let members = match e.subjects[..] {
            [group] if is_per_subject_type(e.kind) => named
                .iter()
                .find(|n| n.0 == group && n.1 != e.kind)
                .map(|n| n.2.clone()),
            _ => None,
        };
        let Some(members) = members else {
            out.push((e, false));
            continue;
        };
        for m in members {
            let own = Draft {
                subjects: vec![m],
                ..e.clone()
            };
            out.push((own, true));
        }
    }
    // A member's event made here joins what the report already tells of that person, told
    // before or after the group ("sentenced ten people for joining a march ... Kavaliou
    // took part in the march on Aug. 16").
    let mut joined: Vec<(Draft, bool)> = Vec::new();
    for (d, made) in out {
        match joined
            .iter_mut()
            .find(|(o, o_made)| (made || *o_made) && same_event(a, o, &d))
        {
            Some((o, o_made)) => {
                absorb(a, o, d);
                *o_made |= made;
            }
            None => joined.push((d, made)),
        }
    }
    joined.into_iter().map(|(d, _)| d).collect()
}

/// "The detained men are A, B and C. ... the court ordered the three held in custody": the
/// `n` persons the latest sentence before `here` to name persons in a detention, charge, trial
/// or sentence named there together, if it named exactly `n`.
fn last_told_together(a: &Analysis, drafts: &[Draft], here: usize, n: usize) -> Option<Vec<usize>> {
    let told = |d: &&Draft| {
        d.sentences[0] < here
            && matches!(d.kind, "detention" | "charge" | "trial" | "sentence")
            && d.subjects
                .iter()
                .any(|&s| a.entities[s].is_person() && !a.entities[s].unnamed)
    };
    let last = drafts.iter().filter(told).map(|d| d.sentences[0]).max()?;
    let persons = named_subjects(
        a,
        drafts
            .iter()
            .filter(told)
            .filter(|d| d.sentences[0] == last),
    );
    (persons.len() == n).then_some(persons)
}

/// The persons named (not only described) among the subjects of `events`, in order, once
/// each.
fn named_subjects<'d>(a: &Analysis, events: impl Iterator<Item = &'d Draft>) -> Vec<usize> {
    let mut persons: Vec<usize> = Vec::new();
    for e in events {
        for &s in &e.subjects {
            if a.entities[s].is_person() && !a.entities[s].unnamed && !persons.contains(&s) {
                persons.push(s);
            }
        }
    }
    persons
}

/// The count of a reference at `k` to persons told of before: "the three", "all four".
fn counted_at(a: &Analysis, k: usize) -> Option<usize> {
    let n = *a.lex.numbers.get(a.norm(k + 1))?;
    (matches!(a.norm(k), "the" | "all") && n >= 2.0 && n.fract() == 0.0).then_some(n as usize)
}

/// "The three defendants were tried together at a single hearing on Aug. 27": a hearing or
/// verdict told of a counted reference and no one by name is that of the persons the report
/// tries, exactly as many as the reference counts: those with a verdict, or else with a
/// trial, a charge or an arrest.
pub(super) fn counted_references(a: &Analysis, drafts: &mut [Draft]) {
    let case_of =
        |kinds: &[&str]| named_subjects(a, drafts.iter().filter(|d| kinds.contains(&d.kind)));
    let cases = [
        case_of(&["sentence"]),
        case_of(&["sentence", "trial", "charge", "detention"]),
    ];
    let mut found: Vec<(usize, &str, Vec<usize>)> = Vec::new();
    for d in drafts.iter() {
        // Hearings and verdicts: a court tries and sentences the whole case at once; and
        // "The six were arrested" before the six verdicts are told.
        if !d.subjects.is_empty() || !matches!(d.kind, "trial" | "sentence" | "detention") {
            continue;
        }
        // "The six were arrested ... Their trial": "their" goes on with the count just told.
        if d.start > 0 && a.norm(d.start - 1) == "their" {
            let told = found
                .last()
                .filter(|(s, _, _)| s + 2 >= d.sentences[0])
                .map(|(_, _, case)| case.clone());
            if let Some(case) = told {
                found.push((d.sentences[0], d.kind, case));
                continue;
            }
        }
        // ("ordered the three held in custody": or inside the trigger's words.)
        let clause = a
            .sentence_range(d.start)
            .start
            .max(d.start.saturating_sub(6))..d.end;
        let counted = clause.clone().find_map(|k| counted_at(a, k));
        let Some(n) = counted else {
            continue;
        };
        if let Some(case) = cases.iter().find(|c| c.len() == n) {
            found.push((d.sentences[0], d.kind, case.clone()));
        } else if let Some(told) = last_told_together(a, drafts, d.sentences[0], n) {
            found.push((d.sentences[0], d.kind, told));
        }
    }
    // "were tried together at a single hearing on Aug. 27": the sentence's other words for
    // the same hearing are theirs too, whoever else they were lent to.
    for d in drafts.iter_mut() {
        if let Some((_, _, case)) = found.iter().find(|(s, kind, case)| {
            // (Lent perhaps a person the report has not named yet: "sentenced an activist".)
            let theirs = |x: &usize| case.contains(x) || a.entities[*x].unnamed;
            *s == d.sentences[0] && *kind == d.kind && d.subjects.iter().all(theirs)
        }) {
            d.subjects = case.clone();
        }
    }
    // "Osh police detained the three on March 3 ... They were questioned for several hours
    // and released the same evening": "they" opening the next sentence goes on with the
    // persons the count stood for.
    let persons_told: Vec<(usize, Vec<usize>)> = drafts
        .iter()
        .filter(|d| is_per_subject_type(d.kind) && d.subjects.len() >= 2)
        .filter(|d| d.subjects.iter().all(|&s| a.entities[s].is_person()))
        .filter(|d| {
            let sentence = a.doc.sentences[d.sentences[0]].tokens.clone();
            (sentence.start..(d.end + 2).min(sentence.end)).any(|k| counted_at(a, k).is_some())
        })
        .map(|d| (d.sentences[0], d.subjects.clone()))
        .collect();
    for d in drafts.iter_mut() {
        let here = d.sentences[0];
        let sentence = a.doc.sentences[here].tokens.clone();
        if !d.subjects.is_empty()
            || !matches!(d.kind, "release" | "charge" | "trial" | "sentence")
            || a.norm(sentence.start) != "they"
            || (sentence.start + 1..d.start).any(|k| a.is_break(k) || a.mention_at[k].is_some())
        {
            continue;
        }
        let counted = found
            .iter()
            .rev()
            .map(|(s, _, case)| (*s, case))
            .chain(persons_told.iter().rev().map(|(s, case)| (*s, case)))
            .find(|(s, _)| s + 1 == here);
        if let Some((_, case)) = counted {
            d.subjects = case.clone();
        }
    }
}

/// "The court on Thursday sentenced three journalists for smuggling ... Editor Nargiz
/// Mammadova received nine years": a named person's event, told in the two sentences after
/// one of the same kind about a group, is that group's event told person by person, and takes
/// the group's date, charge and term where it gives none of its own.
pub(super) fn details_from_the_group(a: &Analysis, events: &mut [Draft]) {
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
        // ("Batumi City Court fined six people ... 5,000 lari each ... Tsintsadze and
        // Abashidze were fined along with four other protesters": further back, the group's
        // verdict told with the same verb.)
        let same_verb = |g: &Draft| {
            let lemmas = |d: &Draft| {
                let mut l: Vec<&str> = a.lemmas(d.start).to_vec();
                l.push(a.norm(d.start));
                l
            };
            let mine = lemmas(e);
            e.penalty.is_none() && g.penalty.is_some() && lemmas(g).iter().any(|l| mine.contains(l))
        };
        // The nearest such group event: a headline's is less exact than the lede's.
        let Some(group) = (0..events.len())
            .filter(|&j| {
                let g = &events[j];
                let gs = a.doc.sentence_of(g.start);
                let about_group = g
                    .subjects
                    .iter()
                    .all(|&s| a.entities[s].kind == EntityKind::Group || a.entities[s].unnamed);
                g.kind == e.kind
                    && g.status == e.status
                    && gs < here
                    && (gs + 2 >= here || same_verb(g))
                    && about_group
            })
            .max_by_key(|&j| events[j].start)
        else {
            continue;
        };
        let (date, charge) = (events[group].date, events[group].charge.clone());
        let penalty = events[group].penalty.clone();
        let respective = respective_term(a, events, group, i);
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
        if events[i].penalty.is_none() && respective.is_some() {
            events[i].penalty = respective;
        } else if events[i].penalty.is_none() && each {
            events[i].penalty = penalty;
        }
    }
}

/// "sentenced three men ... to seven, five and three years in prison respectively. The court
/// found A, B and C guilty": the term of the group's verdict that falls to member `i` in the
/// order the members are named in the sentences after it, when there are as many terms as
/// members.
fn respective_term(a: &Analysis, events: &[Draft], group: usize, i: usize) -> Option<Penalty> {
    let g = &events[group];
    let first = g.penalty.as_ref()?;
    let sentence = a.sentence_range(g.start);
    let resp = (g.end..sentence.end).find(|&k| a.norm(k) == "respectively")?;
    let terms = crate::numbers::terms_in(a, g.end, resp);
    let gs = a.doc.sentence_of(g.start);
    let mut members: Vec<(usize, usize)> = Vec::new();
    for e in events {
        let es = a.doc.sentence_of(e.start);
        let [s] = e.subjects[..] else {
            continue;
        };
        let named = a.entities[s].is_person() && !a.entities[s].unnamed;
        if e.kind != g.kind || e.status != g.status || !named || es <= gs || es > gs + 2 {
            continue;
        }
        let Some(at) = a
            .mentions
            .iter()
            .filter(|m| m.entity == s && m.start >= sentence.end)
            .map(|m| m.start)
            .min()
        else {
            continue;
        };
        if !members.iter().any(|&(_, x)| x == s) {
            members.push((at, s));
        }
    }
    if terms.len() < 2 || terms.len() != members.len() {
        return None;
    }
    members.sort();
    let [subject] = events[i].subjects[..] else {
        return None;
    };
    let (amount, unit) = terms[members.iter().position(|&(_, s)| s == subject)?];
    Some(Penalty {
        kind: crate::events::details::custody_term_kind(&first.kind, amount, unit),
        amount: Some(amount),
        unit: Some(unit.to_string()),
        text: None,
    })
}

/// "Five of those detained were charged with treason. Among them are a student leader, X, and
/// his aunt, Y": the persons a sentence opening with "Among them" names share the events
/// the sentence before tells of a group.
pub(super) fn among_them(a: &Analysis, drafts: &mut [Draft]) {
    for (si, sentence) in a.doc.sentences.iter().enumerate() {
        let t = sentence.tokens.start;
        // "Among those freed were ..." names its own happening; "Among them" the last one.
        // ("Among those expelled was X": a word for the happening the text has no trigger
        // for, "expelled" after "released 18 prisoners", names no other one.)
        let untriggered = a.shape(t + 2) == chronicle_text::TokenShape::Lower
            && crate::events::triggers::find(a, t + 2, t + 3).is_empty()
            && matches!(a.norm(t + 3), "was" | "were");
        // ("Among those whose homes were searched were X and Y": the searched premises'
        // owners.)
        let them = a.norm(t + 1) == "them"
            || (a.norm(t + 1) == "those"
                && (matches!(a.norm(t + 2), "are" | "were" | "whose") || untriggered));
        // "Among the 17 are X and Y": the members of the group of that count, whatever
        // sentence told its happenings.
        let counted = (a.norm(t + 1) == "the" && matches!(a.norm(t + 3), "are" | "were"))
            .then(|| crate::numbers::number_at(a, t + 2))
            .flatten()
            .filter(|&(_, next)| next == t + 3)
            .map(|(n, _)| n);
        if si > 0 && a.norm(t) == "among" {
            if let Some(n) = counted {
                among_the_counted(a, drafts, si, n);
                continue;
            }
        }
        // ("36 of the students were released ... Ertürk was among them.": the same, told
        // after the names.)
        let end = sentence.tokens.end;
        let closing = end >= t + 4
            && matches!(a.norm(end - 1), "." | "!")
            && a.norm(end - 2) == "them"
            && a.norm(end - 3) == "among"
            && matches!(a.norm(end - 4), "was" | "were" | "is" | "are")
            // (Not "None of the 73 political prisoners was among them".)
            && !(t..end).any(|k| matches!(a.norm(k), "none" | "no" | "not" | "n't" | "neither"));
        // ("They include X, ..., and Y, ...": the same, told as a list.)
        let include = matches!(a.norm(t), "they" | "these" | "those")
            && matches!(a.norm(t + 1), "include" | "included" | "includes");
        // ("A court tried five people accused of sedition ... Among the defendants were X
        // and Y": the same, of what a court did to the defendants.)
        let defendants = a.norm(t) == "among"
            && a.norm(t + 1) == "the"
            && matches!(a.norm(t + 2), "defendants" | "accused")
            && matches!(a.norm(t + 3), "are" | "were");
        if si == 0 || !(closing || include || defendants || (a.norm(t) == "among" && them)) {
            continue;
        }
        let persons = named_persons_in(a, t, sentence.tokens.end, |_| true);
        if persons.is_empty() {
            continue;
        }
        for d in drafts.iter_mut() {
            let unnamed = d.subjects.iter().all(|&x| !a.entities[x].is_person());
            let of_defendants = !defendants || matches!(d.kind, "trial" | "sentence" | "charge");
            if d.sentences[0] + 1 == si && is_per_subject_type(d.kind) && unnamed && of_defendants {
                for &p in &persons {
                    if !d.subjects.contains(&p) {
                        d.subjects.push(p);
                    }
                }
            }
        }
    }
}

/// "Police arrested 17 people ... Among the 17 are X and Y": the persons sentence `si` names
/// share the happenings told before it of a group of exactly `n`.
fn among_the_counted(a: &Analysis, drafts: &mut [Draft], si: usize, n: f64) {
    let sentence = a.doc.sentences[si].tokens.clone();
    let persons = named_persons_in(a, sentence.start, sentence.end, |_| true);
    if persons.is_empty() {
        return;
    }
    let of_n = |x: usize| {
        let e = &a.entities[x];
        e.kind == EntityKind::Group
            && e.count
                .as_ref()
                .is_some_and(|c| c.low == Some(n as u64) && c.high == Some(n as u64))
    };
    for d in drafts.iter_mut() {
        let group_of_n = !d.subjects.is_empty() && d.subjects.iter().all(|&x| of_n(x));
        if d.sentences[0] < si && is_per_subject_type(d.kind) && group_of_n {
            for &p in &persons {
                if !d.subjects.contains(&p) {
                    d.subjects.push(p);
                }
            }
        }
    }
}

/// "At least 60 people were detained there, among them activist Farhad Moradi and student
/// Shirin Karimi": the persons named after ", among them" share the group's events told
/// before it in the sentence.
pub(super) fn among_them_within(a: &Analysis, drafts: &mut [Draft]) {
    for k in 1..a.len() {
        if a.norm(k) != "among" || a.norm(k + 1) != "them" || a.norm(k - 1) != "," {
            continue;
        }
        let sentence = a.sentence_range(k);
        let persons = named_persons_in(a, k + 1, sentence.end, |_| true);
        // (The arguments may have read the first of them already: "detained eight people,
        // among them A, who had stood for the council, and B".)
        let of_a_group = |d: &Draft| {
            d.subjects
                .iter()
                .any(|&x| a.entities[x].kind == EntityKind::Group)
                && d.subjects
                    .iter()
                    .all(|&x| a.entities[x].kind == EntityKind::Group || persons.contains(&x))
        };
        for d in drafts.iter_mut() {
            if of_a_group(d)
                && d.end <= k
                && d.start >= sentence.start
                && is_per_subject_type(d.kind)
            {
                for &p in &persons {
                    if !d.subjects.contains(&p) {
                        d.subjects.push(p);
                    }
                }
            }
        }
    }
}

/// "Two other traders arrested on Saturday, Precious Dube and Lovemore Sibanda, were not taken
/// to court": the persons an apposition names after a group told with its participle are
/// that group's members, and share what the participle tells of it.
pub(super) fn group_apposition(a: &Analysis, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        // ("A cousin arrested alongside him, Luis Carrasquel, was released": so is the one
        // person a description told.)
        let described =
            matches!(d.subjects[..], [s] if a.entities[s].is_person() && a.entities[s].unnamed);
        if !(d.of_groups_only(a) || described) || !is_per_subject_type(d.kind) {
            continue;
        }
        let sentence = a.sentence_range(d.start);
        // The group stands right before the participle: "Two other traders arrested ...".
        let group_before = d.start > sentence.start
            && a.entity_at(d.start - 1)
                .is_some_and(|e| d.subjects.contains(&e));
        if !group_before {
            continue;
        }
        let Some(open) = (d.end..sentence.end).find(|&k| a.norm(k) == ",") else {
            continue;
        };
        let Some(close) = (open + 1..sentence.end).find(|&k| a.norm(k) == ",") else {
            continue;
        };
        // Only names and "and" between the commas, and a verb of the group's after them.
        let only_names = (open + 1..close).all(|k| {
            a.norm(k) == "and"
                || a.entity_at(k)
                    .is_some_and(|e| a.entities[e].is_person() && !a.entities[e].unnamed)
        });
        // ("..., are still awaiting trial", "..., described their treatment".)
        let next = a.norm(close + 1);
        let verb_after = matches!(
            next,
            "were" | "was" | "are" | "is" | "have" | "has" | "had" | "remain" | "remains"
        ) || (next.len() > 4
            && next.ends_with("ed")
            && a.shape(close + 1) == chronicle_text::TokenShape::Lower);
        if !only_names || !verb_after || close == open + 1 {
            continue;
        }
        let named = crate::events::arguments::named_persons_in(a, open + 1, close, |_| true);
        if described {
            if let [p] = named[..] {
                d.subjects = vec![p];
            }
            continue;
        }
        for p in named {
            if !d.subjects.contains(&p) {
                d.subjects.push(p);
            }
        }
    }
}

/// "Police detained X on Sept. 12 and searched the family's home", "searched the parish
/// house and led away the Rev. X": a search told with an arrest, and no owner of its own,
/// is of the arrested person's premises.
pub(super) fn searched_with_arrest(a: &Analysis, drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        if drafts[i].kind != "raid" || !drafts[i].subjects.is_empty() {
            continue;
        }
        // "Hours after the raid, a student leader was picked up": a search told as a time
        // is one already told, not a search of this arrest ("two days after the raid on his
        // home" says whose).
        let start = drafts[i].start;
        if start >= 2
            && a.norm(start - 1) == "the"
            && matches!(a.norm(start - 2), "after" | "before" | "since" | "during")
            && !matches!(a.norm(drafts[i].end), "on" | "of")
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
        let arrests = || {
            drafts.iter().filter(|d| {
                d.kind == "detention" && d.sentences[0] == here && d.status == "occurred"
            })
        };
        let mut arrested: Vec<usize> = arrests()
            .flat_map(|d| d.subjects.iter().copied())
            .filter(|&e| a.entities[e].kind == EntityKind::Person)
            .collect();
        arrested.sort_unstable();
        arrested.dedup();
        // "GKNB officers detained Nazarov ... and searched the flat": the arresting body's.
        let arresters: Vec<usize> = arrests().flat_map(|d| d.agents.iter().copied()).collect();
        // "raided the office of a rights group ..., taking its director away": an
        // organisation's premises are not the arrested person's.
        let object = drafts[i].end..a.sentence_range(drafts[i].end).end.min(drafts[i].end + 5);
        let premises_of = |kind: &str| {
            object
                .clone()
                .any(|k| a.lex.premises.get(a.norm(k)) == Some(&kind))
        };
        let organisations = premises_of("workplace");
        // "Police detained blogger X on Monday. Officers searched the apartment": a home
        // named by "the" or "his"/"her" alone, with no arrest in its own sentence, is the
        // home of the one person the sentence before, in its paragraph, told arrested.
        if arrested.is_empty() && here > 0 && a.same_paragraph(here - 1, here) {
            let owner_told = object.clone().any(|k| {
                matches!(a.norm(k), "the" | "his" | "her")
                    && a.lex.premises.get(a.norm(k + 1)) == Some(&"dwelling")
            });
            let before: Vec<usize> = drafts
                .iter()
                .filter(|d| {
                    d.kind == "detention" && d.sentences[0] == here - 1 && d.status == "occurred"
                })
                .flat_map(|d| d.subjects.iter().copied())
                .collect();
            if owner_told && before.len() == 1 && a.entities[before[0]].is_person() {
                drafts[i].subjects = before;
                continue;
            }
        }
        // "All three had been detained in dawn raids on their homes": each one's home.
        let their_homes = object.clone().any(|k| a.norm(k) == "their") && premises_of("dwelling");
        let each_home = their_homes && arrested.len() > 1;
        if !searched.is_empty() && !each_home {
            drafts[i].subjects = searched;
        } else if (arrested.len() == 1 || their_homes) && !organisations {
            drafts[i].subjects = arrested;
            if drafts[i].agents.is_empty() {
                drafts[i].agents = arresters;
            }
        }
    }
}

/// "Hundreds of people rallied in Osh ... Nurzhigit Abdykadyrov, a former council member who
/// called the rally, is addressing the crowd": the one a relative clause says called, led or
/// organised "the rally" leads the crowd's protest told before, and took part in it.
pub(super) fn organiser_of_the_protest(a: &Analysis, drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        let d = &drafts[i];
        if d.kind != "protest" || d.status != "occurred" || d.start < 3 {
            continue;
        }
        // "who called the rally", "who had helped organise the protest", "and led the march".
        let organising = a.norm(d.start - 1) == "the"
            && ["call", "lead", "organise", "organize"]
                .iter()
                .any(|v| a.has_lemma(d.start - 2, v));
        let relative =
            (d.start.saturating_sub(6)..d.start - 2).any(|k| matches!(a.norm(k), "who" | "and"));
        if !organising || !relative {
            continue;
        }
        let mut people = persons_of(a, d);
        people.sort_unstable();
        people.dedup();
        let [person] = people[..] else {
            continue;
        };
        // The crowd's protest the clause looks back to: the last one told before it.
        // (Not "a speech at a 2020 rally": a protest told only by its year is an old one
        // the report recalls, whose organisers it does not mean.)
        let day_told = |q: &Draft| q.date.is_some_and(|x| a.dates[x].precision == "day");
        let crowd = (0..i).rev().find(|&j| {
            let q = &drafts[j];
            q.kind == "protest"
                && q.status == "occurred"
                && q.agents.is_empty()
                && !q.subjects.iter().any(|&x| a.entities[x].is_person())
        });
        let Some(j) = crowd.filter(|&j| drafts[j].date.is_none() || day_told(&drafts[j])) else {
            continue;
        };
        let (date, place) = (drafts[j].date, drafts[j].place);
        drafts[j].agents.push(person);
        let d = &mut drafts[i];
        d.subjects = vec![person];
        d.agents.clear();
        if date.is_some() {
            d.date = date;
        }
        d.place = place.or(d.place);
    }
}

/// "Zhuravleva first came to the attention of police after a one-woman picket": a picket one
/// person holds alone is the picket of the one person its sentence names.
pub(super) fn solo_protest(a: &Analysis, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.kind != "protest" || !d.subjects.is_empty() || !d.agents.is_empty() {
            continue;
        }
        let alone = (d.start.saturating_sub(2)..d.start).any(|k| {
            matches!(
                a.norm(k),
                "one-man" | "one-woman" | "one-person" | "single-person" | "solo" | "lone"
            )
        });
        if !alone {
            continue;
        }
        // (The one who opens the sentence: "... after his older brother was fined for a
        // one-man picket" is the brother's.)
        let sentence = a.sentence_range(d.start);
        let opener = a.mention_at[sentence.start]
            .map(|m| a.mentions[m].entity)
            .filter(|&e| a.entities[e].is_person());
        let kin_between =
            (sentence.start..d.start).any(|k| crate::entities::people::is_kin(a.norm(k)));
        if let (Some(one), false) = (opener, kin_between) {
            d.subjects = vec![one];
        }
    }
}

/// "Police detained at least 17 people on Sunday at single-person pickets", "were arrested
/// during a rally": a protest told as where an arrest was made is the arrested people's, on
/// the arrest's day; and those arrested "as the crowd blocked the road" were in the crowd.
pub(super) fn arrested_at_protest(a: &Analysis, drafts: &mut Vec<Draft>) {
    // The arrests its sentence tells before a protest.
    let arrests_before = |d: &Draft| -> Vec<(Vec<usize>, Option<usize>)> {
        drafts
            .iter()
            .filter(|o| {
                o.kind == "detention"
                    && o.sentences[0] == d.sentences[0]
                    && o.end <= d.start
                    && o.status == "occurred"
                    && !o.subjects.is_empty()
            })
            .map(|o| (o.subjects.clone(), o.date))
            .collect()
    };
    // "detained ... after a crowd gathered": the protest told just after the arrests' verb;
    // "days after the rally" is another day.
    let after = |d: &Draft| {
        (d.start.saturating_sub(6)..d.start).any(|k| {
            a.norm(k) == "after"
                && !(k > 0 && matches!(a.norm(k - 1), "days" | "weeks" | "months" | "years"))
        })
    };
    let mut joined: Vec<Draft> = Vec::new();
    let mut taken_at: Vec<(usize, Vec<usize>, Option<usize>)> = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        if d.kind != "protest" {
            continue;
        }
        // "X was detained by police as several thousand people blocked the road": whom police
        // took out of a crowd was in it.
        let during = (d.start.saturating_sub(6)..d.start)
            .any(|k| matches!(a.norm(k), "as" | "while" | "when"));
        if during && d.of_groups_only(a) && d.status == "occurred" {
            let persons = arrests_before(d)
                .into_iter()
                .flat_map(|(subjects, _)| subjects)
                .filter(|&p| a.entities[p].is_person());
            for p in persons {
                joined.push(Draft {
                    subjects: vec![p],
                    ..d.clone()
                });
            }
            continue;
        }
        // "jailed X for 10 days and fined Y over a small picket", "fined for participating in
        // an unsanctioned rally": the protest punished is theirs, on its own day.
        if d.subjects.is_empty() && d.status == "occurred" && punished_for(a, d) {
            let punished: Vec<usize> = drafts
                .iter()
                .filter(|o| {
                    matches!(o.kind, "sentence" | "detention" | "charge")
                        && o.sentences[0] == d.sentences[0]
                        && o.end <= d.start
                        && o.status == "occurred"
                })
                .flat_map(|o| o.subjects.iter().copied())
                .filter(|&p| a.entities[p].is_person())
                .collect();
            if !punished.is_empty() {
                taken_at.push((i, punished, d.date));
                continue;
            }
        }
        // "detained at least 17 people at single-person pickets": the protest is theirs.
        let at = (d.start.saturating_sub(4)..d.start).any(|k| matches!(a.norm(k), "at" | "during"));
        // ("first arrested during the 2019 protests", "during the September 2023 protests":
        // a wave of protests dated by a year or a month, as the date layer reads it, is when
        // the arrest was, not a gathering the arrested are told to have joined.)
        let wave = a.norm(d.start).ends_with('s')
            && a.dates.iter().any(|x| {
                matches!(x.precision, "year" | "month") && x.end <= d.start && x.end + 2 >= d.start
            });
        if d.subjects.is_empty() && at && !wave {
            if let Some((subjects, date)) = arrests_before(d).into_iter().next() {
                taken_at.push((i, subjects, date));
            }
        } else if d.subjects.is_empty() && during && d.date.is_none() {
            // "At least 20 people were detained last month when police broke up a rally":
            // the rally was on the arrests' day.
            if let Some((_, Some(date))) = arrests_before(d).into_iter().next() {
                taken_at.push((i, Vec::new(), Some(date)));
            }
        } else if d.date.is_none() && (d.subjects.is_empty() || d.of_groups_only(a)) && after(d) {
            // "detained X on Oct. 14 after a one-man picket", "detained dozens on Saturday
            // after a crowd gathered to protest": those taken had been at the protest, held
            // that day, unless the report already dates a protest there.
            if let Some((taken, Some(date))) = arrests_before(d).into_iter().next() {
                let told = drafts
                    .iter()
                    .any(|o| o.kind == "protest" && o.date == Some(date) && o.status == "occurred");
                let who = if d.subjects.is_empty() {
                    taken
                } else {
                    d.subjects.clone()
                };
                if !told {
                    taken_at.push((i, who, Some(date)));
                }
            }
        }
    }
    for (i, subjects, date) in taken_at {
        drafts[i].subjects = subjects;
        drafts[i].date = drafts[i].date.or(date);
    }
    drafts.extend(joined);
}

/// Events of a person the text has only described ("sentenced a Karakalpak blogger") go to
/// the person it names next: joined to that person's event of the same type in the next two
/// sentences, or else given the first person newly named there. With no one named, the
/// event is dropped, since no record can say who it was.
pub(super) fn name_the_unnamed(a: &Analysis, drafts: Vec<Draft>) -> Vec<Draft> {
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
    // ... and on what day, when told.
    let told_on: Vec<Option<&str>> = drafts
        .iter()
        .flat_map(|d| d.subjects.iter().map(move |_| super::date_value(a, d)))
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
            // "sentenced two mobilisers of the party, A and B, to 120 hours": the group's own
            // sentence names them, and the group's event is theirs told again.
            let mut here: Vec<usize> = told
                .iter()
                .filter(|&&(ts, k, x)| ts == s && k == d.kind && a.entities[x].is_person())
                .map(|&(_, _, x)| x)
                .collect();
            here.sort_unstable();
            here.dedup();
            if here.len() >= n {
                continue;
            }
            // (Those named before the group are not what it counts: "Among those arrested were
            // A and B ... released five of the detainees, including two minors ... A and B
            // were transferred".)
            let first_told = |p: usize| {
                a.mentions
                    .iter()
                    .find(|m| m.entity == p)
                    .map(|m| a.doc.sentence_of(m.start))
            };
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
                    && first_told(m.entity).is_none_or(|f| f > s)
                {
                    named.push(m.entity);
                }
            }
            // "Three journalists ... were detained ... A was fined ... Cameraman B was given
            // 10 days ... The third journalist, C, was released": when the next sentence names
            // too few, the persons first named in the next few with events of their own.
            if named.len() < n && d.kind == "detention" {
                let introduced = |p: usize| {
                    a.mentions
                        .iter()
                        .find(|m| m.entity == p)
                        .map(|m| a.doc.sentence_of(m.start))
                        .is_some_and(|f| f > s && f <= s + 5)
                };
                // (Not those whose events are of another time: "In 2019 a court sentenced
                // another teacher".)
                let day = super::date_value(a, &d);
                let same_time = |on: Option<&str>| match (day, on) {
                    (Some(p), Some(q)) => p.get(..4) == q.get(..4),
                    _ => true,
                };
                let mut with_events: Vec<usize> = Vec::new();
                for (&(ts, _, x), &on) in told.iter().zip(&told_on) {
                    if ts > s
                        && same_time(on)
                        && ts <= s + 5
                        && a.entities[x].is_person()
                        && !a.entities[x].unnamed
                        && !acting.contains(&x)
                        && introduced(x)
                        && !with_events.contains(&x)
                    {
                        with_events.push(x);
                    }
                }
                // (Not when they are told held on their own nearby: that detention names
                // them.)
                let held = with_events.iter().any(|&p| {
                    told.iter()
                        .any(|&(ts, k, x)| x == p && k == "detention" && ts >= s && ts <= s + 5)
                });
                if with_events.len() == n && !held {
                    named = with_events;
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
    // The noun a described person is told by: "a design student" is a student.
    let noun_of = |described: usize| {
        a.entities[described]
            .name
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase()
    };
    // "a schoolteacher" is not the one introduced as "a design student".
    let fits = |described: usize, named: usize| {
        let noun = noun_of(described);
        let told = &a.entities[named].descriptors;
        told.is_empty() || told.iter().any(|d| d.split_whitespace().any(|w| w == noun))
    };
    // ("sentenced a 27-year-old man to death ... named the man as Reza Kazemi, a mechanic,
    // and said he had been convicted": a man told of by his own verdict is anyone.)
    let fits_verdict = |described: usize, named: usize| {
        matches!(noun_of(described).as_str(), "man" | "woman" | "person") || fits(described, named)
    };
    // ("jailed a student for seven days and fined a second protester 5,000 lari ... X was
    // fined for blocking traffic": the fined one, whatever order they come in.)
    // (A verdict told with no term yet says its kind by its verb: "was fined", "was jailed".)
    let kind_of = |d: &Draft| -> Option<String> {
        match &d.penalty {
            Some(p) => Some(p.kind.clone()),
            None => super::verb_penalty_kind(a, d.start).map(String::from),
        }
    };
    let same_penalty = |d: &Draft, p: &Draft| match (kind_of(d), kind_of(p)) {
        (Some(x), Some(y)) => {
            let custody = |k: &str| matches!(k, "prison" | "administrative_arrest");
            x == y || (custody(&x) && custody(&y))
        }
        _ => true,
    };
    let named_event = |d: &Draft, p: &Draft| {
        let s = p.sentences[0];
        d.kind == p.kind
            && same_penalty(d, p)
            && d.sentences[0] > s
            && d.sentences[0] <= s + 2
            && d.subjects
                .first()
                .is_some_and(|&x| a.entities[x].is_person() && !a.entities[x].unnamed)
    };
    // ("on Thursday jailed a student ... and fined a second protester": one hearing's
    // verdicts share its day before they go to the persons named.)
    let verdict_days: Vec<(usize, usize)> = pending
        .iter()
        .filter(|p| p.kind == "sentence")
        .filter_map(|p| Some((p.sentences[0], p.date?)))
        .collect();
    for p in pending
        .iter_mut()
        .filter(|p| p.kind == "sentence" && p.date.is_none())
    {
        let mut same = verdict_days.iter().filter(|(s, _)| *s == p.sentences[0]);
        if let (Some(&(_, d)), None) = (same.next(), same.next()) {
            p.date = Some(d);
        }
    }
    let mut absorbed: Vec<usize> = Vec::new();
    let mut unplaced: Vec<Draft> = Vec::new();
    for p in pending {
        let s = p.sentences[0];
        let described = p.subjects[0];
        let target = out
            .iter()
            .position(|d| named_event(d, &p) && fits_verdict(described, d.subjects[0]));
        if let Some(t) = target {
            // The named event's own details come first; the described one fills the gaps.
            let mut p = p;
            p.subjects = out[t].subjects.clone();
            absorb(a, &mut out[t], p);
            absorbed.push(t);
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
        } else {
            unplaced.push(p);
        }
    }
    // "sentenced a Pashtun rights activist to three years and ordered a student ... \n Judge
    // X convicted Sher Alam Mehsud, a 36-year-old organizer ...": described in other words,
    // the one person whose event of that type no described one has joined.
    for p in unplaced {
        // (Not one whose event of that type the same sentence already tells by name.)
        let told_before = |x: usize| {
            out.iter().any(|o| {
                o.kind == p.kind && o.sentences[0] <= p.sentences[0] && o.subjects.contains(&x)
            })
        };
        let targets: Vec<usize> = (0..out.len())
            .filter(|&t| named_event(&out[t], &p) && !absorbed.contains(&t))
            .filter(|&t| !told_before(out[t].subjects[0]))
            .collect();
        if let [t] = targets[..] {
            let mut p = p;
            p.subjects = out[t].subjects.clone();
            absorb(a, &mut out[t], p);
            absorbed.push(t);
        }
    }
    out.sort_by_key(|d| (d.sentences[0], d.start));
    out
}

/// "Police detained some 80 workers on Tuesday ... Among those detained were X and Y": the
/// named ones share the group event's agent, date, place and charge.
pub(super) fn among_those(a: &Analysis, events: &mut [Draft]) {
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

/// Whether person `s` is described as a newsworker ("a reporter for the news site Ulys"): one
/// taken or fined at a protest covered it.
fn is_reporter(a: &Analysis, s: usize) -> bool {
    a.entities[s].descriptors.iter().any(|d| {
        d.split_whitespace()
            .any(|w| a.lex.media_workers.contains(w))
    })
}

/// The crowd's protest given to one person in it: its day, place, doers and sentences, with
/// no charge, penalty or attribution of its own.
fn protest_of(crowd: &Draft, person: usize) -> Draft {
    Draft {
        kind: "protest",
        subjects: vec![person],
        charge: None,
        penalty: None,
        attributed_to: vec![],
        ..crowd.clone()
    }
}

/// Whether the events, or those joined to them so far, tell a protest of `person`.
fn protesting(events: &[Draft], joined: &[Draft], person: usize) -> bool {
    events
        .iter()
        .chain(joined)
        .any(|p| p.kind == "protest" && p.subjects.contains(&person))
}

/// "Police detained some 80 protesters as demonstrators blocked streets ... Among those
/// detained was Vahagn Ter-Grigoryan": those named among the ones taken from a crowd were
/// in it, so each took part in its protest, on its day and at its place.
pub(super) fn protesters_among_the_detained(a: &Analysis, events: &mut Vec<Draft>) {
    let mut joined = Vec::new();
    for e in events.iter() {
        // ("Among the marchers detained were X and Y" says as much.)
        let among = crate::events::arguments::among_those_before(a, e.start)
            || e.start >= 3
                && a.norm(e.start - 3) == "among"
                && a.norm(e.start - 2) == "the"
                && protester_word(a.norm(e.start - 1));
        if e.kind != "detention" || e.status != "occurred" {
            continue;
        }
        // ("Police detained activist Serik Baimukhanov, one of the protesters, as the crowd
        // dispersed": or a subject's apposition says so.)
        let one_of = |s: usize| {
            a.mentions.iter().any(|m| {
                m.entity == s
                    && a.doc.sentence_of(m.start) == a.doc.sentence_of(e.start)
                    && a.norm(m.end) == ","
                    && a.norm(m.end + 1) == "one"
                    && a.norm(m.end + 2) == "of"
                    && a.norm(m.end + 3) == "the"
                    && protester_word(a.norm(m.end + 4))
            })
        };
        // ("Officers detained eight people, among them X and Y", "detained several people,
        // including the dead man's cousin, X": or those named out of the crowd detained.)
        let sentence = a.sentence_range(e.start);
        let out_of = (e.start..sentence.end).find(|&k| {
            (a.norm(k) == "among" && a.norm(k + 1) == "them")
                || (a.norm(k) == "including" && k > 0 && a.norm(k - 1) == ",")
        });
        let named_out_of = |s: usize| {
            out_of.is_some_and(|k| {
                a.mentions
                    .iter()
                    .any(|m| m.entity == s && m.start > k && m.end <= sentence.end)
            })
        };
        if !among && !e.subjects.iter().any(|&s| one_of(s) || named_out_of(s)) {
            continue;
        }
        let here = e.sentences[0];
        // The crowd's protest, told in this sentence or the four before.
        let Some(protest) = events
            .iter()
            .filter(|p| {
                p.kind == "protest"
                    && p.status == "occurred"
                    && p.start < e.start
                    && here.saturating_sub(p.sentences[0]) <= 4
                    && p.subjects
                        .iter()
                        .all(|&s| a.entities[s].kind == EntityKind::Group || a.entities[s].unnamed)
            })
            .max_by_key(|p| p.start)
        else {
            continue;
        };
        // (A reporter taken while filming it covered the protest.)
        for &s in e.subjects.iter().filter(|&&s| {
            a.entities[s].is_person()
                && !is_reporter(a, s)
                && (among || one_of(s) || named_out_of(s))
        }) {
            if !protesting(events, &joined, s) {
                joined.push(protest_of(protest, s));
            }
        }
    }
    events.extend(joined);
}

/// "The court fined Siarhei Tsikhanchuk 1,680 rubles for “violating the procedure for
/// holding mass events”", "found X guilty of “deliberately blocking a roadway”": a person
/// punished or held for taking part in a protest took part in one. They join the crowd's
/// protest the report told before, or, with none, a protest of their own with no day.
pub(super) fn protesters_by_charge(a: &Analysis, events: &mut Vec<Draft>) {
    let mut joined: Vec<Draft> = Vec::new();
    for e in events.iter() {
        if !matches!(e.kind, "sentence" | "detention" | "charge") || e.status != "occurred" {
            continue;
        }
        let Some(charge) = e.charge.as_deref().map(str::to_lowercase) else {
            continue;
        };
        if !a.lex.protest_offences.iter().any(|w| charge.contains(w)) {
            continue;
        }
        let crowds = || {
            events.iter().filter(|p| {
                p.kind == "protest"
                    && p.status == "occurred"
                    && p.subjects
                        .iter()
                        .all(|&s| a.entities[s].kind == EntityKind::Group || a.entities[s].unnamed)
            })
        };
        // (Or the one told just after: "... for “violating the procedure for holding mass
        // events” over the August 2020 protests in the city".)
        let here = e.sentences[0];
        let crowd = crowds()
            .filter(|p| p.start < e.start)
            .max_by_key(|p| p.start)
            .or_else(|| {
                crowds()
                    .filter(|p| p.start > e.start && p.sentences[0] <= here + 2)
                    .min_by_key(|p| p.start)
            });
        for &s in e
            .subjects
            .iter()
            .filter(|&&s| a.entities[s].is_person() && !is_reporter(a, s))
        {
            if protesting(events, &joined, s) {
                continue;
            }
            let draft = match crowd {
                Some(p) => Draft {
                    agents: vec![],
                    ..protest_of(p, s)
                },
                None => Draft {
                    agents: vec![],
                    date: None,
                    ..protest_of(e, s)
                },
            };
            joined.push(draft);
        }
    }
    events.extend(joined);
}

/// "was fined 20,000 rubles by the same court": the court last named in the report.
pub(super) fn same_court(a: &Analysis, events: &mut [Draft]) {
    let court = |e: usize| a.entities[e].category == Some("court");
    let named = |e: usize| court(e) && a.entities[e].name.starts_with(char::is_uppercase);
    for i in 0..events.len() {
        let range = a.sentence_range(events[i].start);
        let same = range.clone().any(|k| {
            a.norm(k) == "same" && matches!(a.norm(k + 1), "court" | "tribunal" | "judge")
        });
        if !same || events[i].agents.iter().any(|&e| named(e)) {
            continue;
        }
        let here = range.start;
        let last = events
            .iter()
            .filter(|e| e.start < here)
            .flat_map(|e| e.agents.iter().map(move |&x| (e.start, x)))
            .filter(|&(_, x)| named(x))
            .max_by_key(|&(start, _)| start)
            .map(|(_, x)| x);
        if let Some(last) = last {
            events[i].agents.retain(|&e| !court(e));
            events[i].agents.insert(0, last);
        }
    }
}

/// "fined ... on the same charge": the charge last named in the report.
pub(super) fn same_charge(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        if events[i].charge.is_some() {
            continue;
        }
        let range = a.sentence_range(events[i].start);
        let same = range.clone().any(|k| {
            a.norm(k) == "same"
                && matches!(
                    a.norm(k + 1),
                    "charge" | "charges" | "offense" | "offence" | "offenses" | "offences"
                )
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

/// "arrested on currency smuggling charges ... accused her of “smuggling foreign currency by
/// a group of persons”": a charge told in a few words takes the fuller wording the report
/// gives of it elsewhere.
pub(super) fn fuller_charges(a: &Analysis, events: &mut [Draft]) {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    // A charge of one or two words ("smuggling", "mass riots") may have a fuller wording,
    // and only sentences holding its words can hold it.
    let brief = |c: &str| c.split_whitespace().count() <= 2;
    let mut wanted: Vec<String> = events
        .iter()
        .filter_map(|e| e.charge.as_deref())
        .filter(|c| brief(c))
        .flat_map(words)
        .filter(|w| w.len() > 3)
        .collect();
    if wanted.is_empty() {
        return;
    }
    wanted.sort_unstable();
    wanted.dedup();
    let stated: Vec<String> = a
        .doc
        .sentences
        .iter()
        .filter(|s| {
            s.tokens.clone().any(|k| {
                wanted
                    .binary_search_by(|w| w.as_str().cmp(a.norm(k)))
                    .is_ok()
            })
        })
        .filter_map(|s| crate::events::details::charge_in(a, s.tokens.start, s.tokens.end))
        .collect();
    for e in events.iter_mut() {
        let Some(short) = e.charge.as_deref().filter(|c| brief(c)) else {
            continue;
        };
        let short_words = words(short);
        let fuller = stated
            .iter()
            .filter(|p| p.len() > short.len())
            .filter(|p| {
                let w = words(p);
                short_words.iter().all(|s| w.contains(s))
            })
            .max_by_key(|p| p.len());
        if let Some(f) = fuller {
            e.charge = Some(f.clone());
        }
    }
}

/// "detained on Jan. 16, when police raided the outlet's office": a detention or search with
/// no agent of its own was made by the police or security service acting in the same sentence.
pub(super) fn share_enforcers(a: &Analysis, events: &mut [Draft]) {
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
        // ("ordered X held in pre-trial detention": a court's custody order, told again by its
        // noun, is the court's.)
        let ordered_by_court = events[i].kind == "detention"
            && events.iter().any(|e| {
                e.sentences[0] == s
                    && e.kind == "detention"
                    && e.end <= events[i].start
                    && events[i].start <= e.end + 3
                    && e.agents
                        .iter()
                        .any(|&x| a.entities[x].category == Some("court"))
            });
        if ordered_by_court {
            continue;
        }
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
                    x == y || a.same_paragraph(x, y)
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
        // "was released on police bail": the police let them go.
        let found = found.or_else(|| {
            if events[i].kind != "release" {
                return None;
            }
            let sentence = a.sentence_range(events[i].start);
            a.mentions
                .iter()
                .find(|m| {
                    m.start >= sentence.start
                        && m.end < sentence.end
                        && enforcer(m.entity)
                        && matches!(a.norm(m.end), "bail" | "bond")
                })
                .map(|m| m.entity)
        });
        // ("when soldiers and police raided his flat": all the bodies that acted together.)
        let together: Vec<usize> = found
            .and_then(|x| {
                events.iter().find(|e| {
                    e.sentences[0] == s
                        && matches!(e.kind, "detention" | "raid" | "violence")
                        && e.agents.contains(&x)
                })
            })
            .map(|e| e.agents.iter().copied().filter(|&x| enforcer(x)).collect())
            .unwrap_or_default();
        if together.len() > 1 {
            events[i].agents = together;
        } else if let Some(agent) = found {
            events[i].agents.push(agent);
        }
    }
}

/// "A court in Osh ... convicted two others. Journalist Aibek Joldoshbekov received a
/// three-year suspended sentence": a hearing or verdict told with no one passing it is the
/// court's the report last named (or names in the same sentence). So is a release told with
/// an acquittal or in a courtroom.
pub(super) fn hearing_courts(a: &Analysis, events: &mut [Draft]) {
    let court = |e: usize| a.entities[e].category == Some("court");
    for e in events.iter_mut() {
        let sentence = a.sentence_range(e.start);
        // "was acquitted and walked free", "was freed in the courtroom": a release the court
        // gave.
        let by_court = e.kind == "release"
            && sentence.clone().any(|k| {
                a.has_lemma(k, "acquit")
                    || matches!(a.norm(k), "courtroom" | "verdict")
                    || a.entity_at(k).is_some_and(court)
            });
        if !e.agents.is_empty() || !(matches!(e.kind, "trial" | "sentence") || by_court) {
            continue;
        }
        let before = a
            .mentions
            .iter()
            .filter(|m| m.end <= e.start && court(m.entity))
            .max_by_key(|m| m.start);
        let beside = || {
            a.mentions
                .iter()
                .filter(|m| m.start >= e.end && m.end <= sentence.end && court(m.entity))
                .min_by_key(|m| m.start)
        };
        if let Some(m) = before.or_else(beside) {
            e.agents.push(m.entity);
        }
    }
}

/// "Police took Kapanadze and Tsiklauri from polling station No. 12 ... Both were accused of
/// “petty hooliganism”": an arrest, charge, hearing or verdict told with no charge takes the
/// one the next sentence of its paragraph gives the same people, by name or by a pronoun for
/// them.
pub(super) fn charge_told_next(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        let kinds = ["detention", "sentence", "charge", "trial"];
        if !kinds.contains(&e.kind) || e.status != "occurred" || e.charge.is_some() {
            continue;
        }
        let persons = e.persons(a);
        if persons.is_empty() {
            continue;
        }
        let (Some(&first), Some(&last)) = (e.sentences.iter().min(), e.sentences.iter().max())
        else {
            continue;
        };
        let next = last + 1;
        if next < a.doc.sentences.len() && a.same_paragraph(last, next) {
            let range = a.doc.sentences[next].tokens.clone();
            let named = a.mentions.iter().any(|m| {
                m.start >= range.start && m.end <= range.end && persons.contains(&m.entity)
            });
            // ("Her brother was accused of ...": a possessive points at someone else.)
            let meant = || {
                (range.start..(range.start + 3).min(range.end)).any(|k| {
                    let possessive = matches!(a.norm(k), "his" | "her" | "their" | "its");
                    !possessive
                        && crate::entities::people::reference_at(a, k).is_some_and(|(r, _)| {
                            crate::entities::people::resolve_reference(a, k, r)
                                .iter()
                                .any(|p| persons.contains(p))
                        })
                })
            };
            // ("The two were among 17 people arrested ... All are charged with ...": every one
            // of those just told of.)
            let all = a.norm(range.start) == "all"
                && matches!(a.norm(range.start + 1), "are" | "were" | "have" | "had");
            if named || meant() || all {
                e.charge = crate::events::details::charge_in(a, range.start, range.end);
            }
        }
        // "A, B and C are accused of “doing acts with seditious intention”. Police formally
        // charged the three on Tuesday": or the sentence before, in the same paragraph, when
        // it names them all and says what they are accused of.
        if e.charge.is_some() || first == 0 || !a.same_paragraph(first - 1, first) {
            continue;
        }
        let range = a.doc.sentences[first - 1].tokens.clone();
        let all_named = persons.iter().all(|p| {
            a.mentions
                .iter()
                .any(|m| m.entity == *p && m.start >= range.start && m.end <= range.end)
        });
        let accused = range.clone().any(|k| {
            matches!(a.norm(k), "accused" | "suspected" | "charged")
                && a.norm(k + 1) == "of"
                && k > 0
                && crate::events::arguments::is_be(a.norm(k - 1))
        });
        if all_named && accused {
            e.charge = crate::events::details::charge_in(a, range.start, range.end);
        }
    }
}

/// "The court adjourned the trial of three journalists ... \n\n A, B and C are accused of
/// “calls for mass riots”": what a sentence of the report says the persons it names are
/// accused of is the charge of their arrests, charges, hearings and verdicts told with none.
pub(super) fn accused_of_in_the_report(a: &Analysis, events: &mut [Draft]) {
    let mut accused: Vec<(usize, String)> = Vec::new();
    for sentence in &a.doc.sentences {
        let range = sentence.tokens.clone();
        // ("are accused under the Cyber Security Act of ...": the law may come first.)
        let Some(verb) = range.clone().find(|&k| {
            matches!(a.norm(k), "accused" | "suspected")
                && (k + 1..(k + 9).min(range.end))
                    .take_while(|&j| !a.is_break(j))
                    .any(|j| a.norm(j) == "of")
                && k > range.start
                && crate::events::arguments::is_be(a.norm(k - 1))
        }) else {
            continue;
        };
        // The persons named before the verb, and nothing else but their descriptions.
        let mut persons: Vec<usize> = a
            .mentions
            .iter()
            .filter(|m| m.start >= range.start && m.end <= verb)
            .map(|m| m.entity)
            .filter(|&e| a.entities[e].is_person())
            .collect();
        // ("All four are accused of ...", "Both are accused of ...": those meant.)
        if persons.is_empty() {
            let t = range.start;
            let lead = t + usize::from(matches!(a.norm(t), "all" | "the"));
            let n = match crate::numbers::number_at(a, lead) {
                Some((n, end)) if end + 1 >= verb && lead > t => n as usize,
                _ if a.norm(t) == "both" && t + 2 >= verb => 2,
                _ => 0,
            };
            // The last `n` persons named before the sentence.
            let mut before: Vec<&crate::analysis::Mention> = a
                .mentions
                .iter()
                .filter(|m| m.end <= t && a.entities[m.entity].is_person())
                .collect();
            before.sort_by_key(|m| std::cmp::Reverse(m.start));
            for m in before {
                if persons.len() == n {
                    break;
                }
                if !persons.contains(&m.entity) {
                    persons.push(m.entity);
                }
            }
            if persons.len() != n {
                persons.clear();
            }
        }
        if persons.is_empty() {
            continue;
        }
        // (Read from the "of": "accused under the Cyber Security Act of “spreading ...”".)
        let of = (verb + 1..range.end)
            .find(|&j| a.norm(j) == "of")
            .unwrap_or(verb);
        let charge = if of == verb + 1 {
            crate::events::details::charge_in(a, verb, range.end)
        } else {
            crate::events::details::charge_at(a, of + 1, range.end)
        };
        let Some(charge) = charge else {
            continue;
        };
        for p in persons {
            if !accused.iter().any(|(q, _)| *q == p) {
                accused.push((p, charge.clone()));
            }
        }
    }
    for e in events.iter_mut() {
        let kinds = ["detention", "sentence", "charge", "trial"];
        if !kinds.contains(&e.kind) || e.status == "negated" {
            continue;
        }
        let theirs = e
            .subjects
            .iter()
            .find_map(|s| accused.iter().find(|(p, _)| p == s).map(|(_, c)| c.clone()));
        // (Or the same offence told more fully: "spreading propaganda" is "spreading
        // propaganda against the Liberation War and ...".)
        let fuller = |c: &String| {
            e.charge
                .as_ref()
                .is_none_or(|own| c.len() > own.len() && c.starts_with(own.as_str()))
        };
        if let Some(c) = theirs.filter(fuller) {
            e.charge = Some(c);
        }
    }
}

/// "found him guilty on the charge", "ordered both held in pre-trial detention": a sentence,
/// trial or custody with no charge of its own takes the charge its subject was last reported
/// to face.
pub(super) fn inherit_charges(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        // ("charged with X ... The court ordered both held in pre-trial detention": custody
        // too is on the charge told before it.)
        if events[i].charge.is_some()
            || !matches!(
                events[i].kind,
                "sentence" | "trial" | "charge" | "detention"
            )
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
            .next_back()
            // "An appeals court reduced X's sentence from one year to eight months ... A
            // first-instance court convicted him in February of spreading false news": a term
            // changed on appeal stands on the charge of the verdict told after it.
            .or_else(|| {
                let appeal = events[i].kind == "sentence"
                    && (crate::events::details::changes_a_term(a, events[i].start)
                        || a.has_lemma(events[i].start, "uphold"));
                let later = events.iter().filter(|e| {
                    e.kind == "sentence" && e.subjects.contains(&subject) && e.sentences[0] > first
                });
                later
                    .filter_map(|e| e.charge.clone())
                    .next()
                    .filter(|_| appeal)
            });
        if charge.is_some() && events[i].status == "occurred" {
            events[i].charge = charge;
        }
    }
}

/// "They detained Beishenova and the outlet's cameraman ... Their lawyer said both had been
/// charged with public calls for mass riots": an arrest told with no charge is on the charge
/// the next few sentences lay on all its people, when no other arrest of theirs comes between.
pub(super) fn charged_after_arrest(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "detention" || e.status != "occurred" || e.charge.is_some() {
            continue;
        }
        let persons = e.persons(a);
        if persons.is_empty() {
            continue;
        }
        let here = e.sentences[0];
        let theirs = |o: &Draft| persons.iter().all(|p| o.subjects.contains(p));
        let later = events
            .iter()
            .filter(|o| o.sentences[0] > here && o.sentences[0] <= here + 4 && theirs(o))
            .find(|o| o.kind == "detention" || (o.kind == "charge" && o.charge.is_some()));
        if let Some(o) = later.filter(|o| o.kind == "charge" && o.status == "occurred") {
            events[i].charge = o.charge.clone();
        }
    }
}

/// "sentenced X to six years ... The judge also barred X from administering websites for four
/// years": a ban beside a term for the same person is part of that verdict, not one of its own.
pub(super) fn drop_bans_beside_terms(a: &Analysis, events: &mut Vec<Draft>) {
    let termed: Vec<usize> = events
        .iter()
        .filter(|e| e.kind == "sentence" && e.penalty.as_ref().is_some_and(|p| p.kind != "other"))
        .flat_map(|e| e.subjects.iter().copied())
        .collect();
    events.retain(|e| {
        let ban = a.has_lemma(e.start, "ban") || a.has_lemma(e.start, "bar");
        !(e.kind == "sentence" && ban && e.subjects.iter().all(|s| termed.contains(s)))
    });
}

/// "Police detained at least 17 people on Sunday ... OVD-Info compiled the following roll:
/// — Yelena Gaiduk, 61: fined ...": the persons a list names right after a group's arrest
/// were among those arrested, by the same hands, on the same day, in the same place.
pub(super) fn listed_detainees(a: &Analysis, drafts: &mut Vec<Draft>) {
    let sentences = a.doc.sentences.len();
    let mut si = 0;
    while si < sentences {
        let Some(_) = crate::events::list_item_person(a, si) else {
            si += 1;
            continue;
        };
        let first = si;
        let mut listed: Vec<(usize, usize)> = Vec::new();
        while let Some(p) = (si < sentences)
            .then(|| crate::events::list_item_person(a, si))
            .flatten()
        {
            listed.push((si, p));
            si += 1;
        }
        let Some(arrest) = group_arrest_before(a, drafts, first) else {
            continue;
        };
        for (line, person) in listed {
            let start = a.doc.sentences[line].tokens.start + 1;
            detained_with_the_group(drafts, &arrest, person, start, line);
        }
    }
}

/// The last arrest of an unnamed group told in the three sentences before sentence `here`;
/// with no day of its own, the day of the last such arrest that has one ("At least 14 people
/// were detained from Nov. 12 to 14 ... officers searched the homes of nine of the detainees
/// before taking them ... named four of those held:").
fn group_arrest_before(a: &Analysis, drafts: &[Draft], here: usize) -> Option<Draft> {
    let mut arrests = drafts.iter().rev().filter(|d| {
        d.kind == "detention"
            && d.status == "occurred"
            && d.sentences[0] < here
            && d.sentences[0] + 3 >= here
            && matches!(d.subjects[..], [g] if a.entities[g].kind == EntityKind::Group)
    });
    let mut arrest = arrests.next()?.clone();
    if arrest.date.is_none() {
        arrest.date = arrests.find_map(|d| d.date);
    }
    Some(arrest)
}

/// Adds the detention of `person`, named at token `start` of sentence `line`, as one of those
/// the group's `arrest` took, unless the report already tells their detention.
fn detained_with_the_group(
    drafts: &mut Vec<Draft>,
    arrest: &Draft,
    person: usize,
    start: usize,
    line: usize,
) {
    let told = drafts
        .iter()
        .any(|d| d.kind == "detention" && d.subjects.contains(&person));
    if !told {
        drafts.push(Draft {
            subjects: vec![person],
            start,
            end: start + 1,
            sentences: vec![line],
            charge: None,
            ..arrest.clone()
        });
    }
}

/// "Police detained at least six people ... Among the detained are X and Y", "The detained
/// men are A, B and C": persons named as the detained were among those the group's arrest
/// took, by the same hands, on the same day, in the same place.
pub(super) fn named_as_the_detained(a: &Analysis, drafts: &mut Vec<Draft>) {
    for si in 0..a.doc.sentences.len() {
        let range = a.doc.sentences[si].tokens.clone();
        let mut k = range.start;
        if a.norm(k) == "among" {
            k += 1;
        }
        let participle = a.norm(k + 1);
        if a.norm(k) != "the"
            || !(a.has_lemma(k + 1, "detain") || a.has_lemma(k + 1, "arrest"))
            || !participle.ends_with("ed")
        {
            continue;
        }
        let mut verb = k + 2;
        if a.shape(verb) == chronicle_text::TokenShape::Lower
            && !crate::events::arguments::is_be(a.norm(verb))
        {
            verb += 1;
        }
        if !(crate::events::arguments::is_be(a.norm(verb)) || a.has_lemma(verb, "include")) {
            continue;
        }
        let Some(arrest) = group_arrest_before(a, drafts, si) else {
            continue;
        };
        let named = crate::events::arguments::named_persons_in(a, verb + 1, range.end, |_| true);
        for person in named {
            detained_with_the_group(drafts, &arrest, person, k + 1, si);
        }
    }
}

/// "Activists say Karimi was beaten with batons as she was pushed into a police van": a
/// beating told with no doer, of someone the report says police or a security service
/// arrested, is told of those who held them: the last arrest of theirs before it.
pub(super) fn custody_agents(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "violence" || !e.agents.is_empty() || e.subjects.is_empty() {
            continue;
        }
        if let Some(holders) = holders_of(a, events, e) {
            events[i].agents = holders;
        }
    }
}

/// A verdict of one person told with no term takes the term `term_of` finds for it in a later
/// ruling on that person's sentence (`term_of(verdict, ruling)`).
fn earlier_verdict_terms(
    events: &mut [Draft],
    term_of: impl Fn(&Draft, &Draft) -> Option<chronicle_record::Penalty>,
) {
    for i in 0..events.len() {
        let e = &events[i];
        let [s] = e.subjects[..] else {
            continue;
        };
        if e.kind != "sentence" || e.penalty.is_some() || e.status != "occurred" {
            continue;
        }
        let found = events
            .iter()
            .filter(|o| o.kind == "sentence" && o.subjects.contains(&s))
            .find_map(|o| term_of(e, o));
        if let Some(p) = found {
            events[i].penalty = Some(p);
        }
    }
}

/// "The regional court on Thursday upheld a four-year prison sentence for X ... X was found
/// guilty in March": the verdict an appeal upheld had the term the appeal upheld.
pub(super) fn upheld_term(a: &Analysis, events: &mut [Draft]) {
    earlier_verdict_terms(events, |e, o| {
        let upheld = o.subjects.len() == 1
            && o.penalty.as_ref().is_some_and(|p| p.amount.is_some())
            && a.has_lemma(o.start, "uphold")
            // (The verdict came before the appeal that upheld it.)
            && match (date_value(a, e), date_value(a, o)) {
                (Some(x), Some(y)) => x < y && !y.starts_with(x),
                _ => o.start != e.start,
            };
        upheld.then(|| o.penalty.clone()).flatten()
    });
}

/// "reduced the prison sentence of X from 10 years to seven ... X was convicted in November":
/// the verdict the appeal changed carried the term it was changed from, when the report gives
/// that verdict no term of its own.
pub(super) fn changed_from_term(a: &Analysis, events: &mut [Draft]) {
    earlier_verdict_terms(events, |e, o| {
        if o.sentences[0] == e.sentences[0] || !crate::events::details::changes_a_term(a, o.start) {
            return None;
        }
        // (The verdict came before the ruling that changed it.)
        if let (Some(x), Some(y)) = (date_value(a, e), date_value(a, o)) {
            if x >= y || y.starts_with(x) {
                return None;
            }
        }
        let end = a.sentence_range(o.start).end.min(o.end + 30);
        let from = (o.end..end).find(|&k| a.norm(k) == "from")?;
        let to = (from + 2..(from + 10).min(end)).find(|&k| a.norm(k) == "to")?;
        crate::events::details::penalty_in(a, from, to, a.country.as_deref())
            .filter(|p| p.amount.is_some())
    });
}

/// The police or security service of the last arrest, told before `e`, of someone `e` is
/// about: those who held them.
fn holders_of(a: &Analysis, events: &[Draft], e: &Draft) -> Option<Vec<usize>> {
    let enforcer = |x: usize| matches!(a.entities[x].category, Some("police" | "security_service"));
    let holders: Vec<usize> = super::arrests_before(events, e)
        .max_by_key(|o| o.start)?
        .agents
        .iter()
        .copied()
        .filter(|&x| enforcer(x))
        .collect();
    (!holders.is_empty()).then_some(holders)
}

/// "Police detained Aksoy at the rally ... Aksoy has been released from the police station":
/// a release told with no doer, of someone police or a security service arrested, and with
/// no court, pardon or amnesty in its sentence, is theirs.
pub(super) fn release_agents(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "release"
            || e.status != "occurred"
            || !e.agents.is_empty()
            || e.subjects.is_empty()
        {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let ruled = sentence.clone().any(|k| {
            matches!(
                a.norm(k),
                "court"
                    | "judge"
                    | "magistrate"
                    | "tribunal"
                    | "acquitted"
                    | "pardon"
                    | "pardoned"
                    | "amnesty"
                    | "decree"
                    | "served"
                    | "serving"
                    | "term"
            )
        });
        if ruled {
            continue;
        }
        if let Some(holders) = holders_of(a, events, e) {
            events[i].agents = holders;
        }
    }
}

/// The charges of verdicts told of a whole case, no one named ("The defendants were
/// convicted under Article 342 ..., which punishes “...”"), with where each is told.
pub(super) fn case_charges(a: &Analysis, drafts: &[Draft]) -> Vec<(usize, String)> {
    case_verdicts(a, drafts)
        .filter_map(|d| Some((d.start, d.charge.clone()?)))
        .collect()
}

/// Verdicts told of a whole case, no one named: "found both guilty", "convicted the five".
fn case_verdicts<'d>(a: &'d Analysis, drafts: &'d [Draft]) -> impl Iterator<Item = &'d Draft> {
    drafts.iter().filter(|d| d.kind == "sentence").filter(|d| {
        d.subjects
            .iter()
            .all(|&s| a.entities[s].kind == EntityKind::Group || a.entities[s].unnamed)
    })
}

/// The days of verdicts told of a whole case: (sentence index, date).
pub(super) fn case_days(a: &Analysis, drafts: &[Draft]) -> Vec<(usize, usize)> {
    case_verdicts(a, drafts)
        .filter(|d| d.subjects.is_empty() && d.status == "occurred")
        .filter_map(|d| Some((d.sentences[0], d.date?)))
        .filter(|&(_, date)| a.dates[date].precision == "day")
        .collect()
}

/// "On Monday a court in Oral finds both guilty of ... The judge jails Zhylqybaev for 10
/// days and fines Ermekqyzy": undated verdicts of the persons told in the next sentence came
/// on the day the case's verdict was told, whether that sentence goes on with the paragraph or
/// opens the next one.
pub(super) fn give_case_day(days: &[(usize, usize)], events: &mut [Draft]) {
    for e in events.iter_mut() {
        if e.date.is_some() || e.kind != "sentence" || e.subjects.is_empty() {
            continue;
        }
        let here = e.sentences[0];
        if let Some(&(_, date)) = days.iter().find(|&&(s, _)| s + 1 == here) {
            e.date = Some(date);
        }
    }
}

/// "... which punishes “...” ... Kavaliou and Zhuk were sentenced to six years": a
/// defendant's verdict or trial told with no charge after the case's charge has it.
pub(super) fn give_case_charge(case: &[(usize, String)], events: &mut [Draft]) {
    for e in events.iter_mut() {
        if e.charge.is_some()
            || !matches!(e.kind, "sentence" | "trial")
            || e.status != "occurred"
            || e.subjects.is_empty()
        {
            continue;
        }
        // The last told before it: "sentenced ten people for joining a march ... The
        // defendants were convicted under Article 342, which punishes “...”" words it closer.
        if let Some((_, charge)) = case.iter().rfind(|(at, _)| *at < e.start) {
            e.charge = Some(charge.clone());
        }
    }
}

/// Words that name someone as a protest's organiser: "the rally's organiser, X".
const ORGANISER_WORDS: &[&str] = &["organiser", "organizer", "organisers", "organizers"];

/// "Witnesses said officers detained the rally's organiser, local environmentalist Emil
/// Zhoomart uulu": a person the report calls a protest's organiser, or who "organised" or
/// "led" it, is the agent of the crowd's protest told nearest, when no one else is.
pub(super) fn organisers_lead(a: &Analysis, events: &mut [Draft]) {
    let crowd_protest = |d: &Draft| {
        d.kind == "protest"
            && d.agents.is_empty()
            && matches!(d.status, "occurred" | "planned")
            && d.subjects.iter().all(|&s| !a.entities[s].is_person())
    };
    if !events.iter().any(crowd_protest) {
        return;
    }
    let mut organisers: Vec<(usize, usize)> = Vec::new();
    for m in &a.mentions {
        if !a.entities[m.entity].is_person() {
            continue;
        }
        let sentence = a.sentence_range(m.start);
        // "the rally's organiser, local environmentalist X", "trade union organizer X".
        let before = (sentence.start.max(m.start.saturating_sub(6))..m.start)
            .rev()
            .take_while(|&k| a.entity_at(k).is_none() && !matches!(a.norm(k), "and" | ";"))
            .any(|k| ORGANISER_WORDS.contains(&a.norm(k)));
        // "X, who organised the march", "X, who led the walkout".
        let after = a.norm(m.end) == ","
            && a.norm(m.end + 1) == "who"
            && (a.has_lemma(m.end + 2, "organise")
                || a.has_lemma(m.end + 2, "organize")
                || (a.has_lemma(m.end + 2, "lead")
                    && events.iter().any(|d| {
                        d.kind == "protest" && d.start > m.end + 2 && d.start <= m.end + 6
                    })));
        if (before || after) && !organisers.iter().any(|&(e, _)| e == m.entity) {
            organisers.push((m.entity, a.doc.sentence_of(m.start)));
        }
    }
    for (person, told) in organisers {
        // The crowd's protest told nearest before the naming, or in the sentence after.
        let nearest = events
            .iter()
            .enumerate()
            .filter(|(_, d)| crowd_protest(d))
            .filter_map(|(i, d)| {
                let s = *d.sentences.iter().min()?;
                let gap = if s <= told {
                    (told - s) * 2
                } else {
                    (s - told) * 2 + 1
                };
                (gap <= 6).then_some((gap, i))
            })
            .min();
        if let Some((_, i)) = nearest {
            events[i].agents.push(person);
        }
    }
}

/// Whether the protest at `d` is told as what someone was punished for: "fined Y over a
/// small picket", "for participating in an unsanctioned rally".
fn punished_for(a: &Analysis, d: &Draft) -> bool {
    (d.start.saturating_sub(5)..d.start).any(|k| {
        a.norm(k) == "over"
            || (a.norm(k) == "in"
                && k > 0
                && matches!(a.norm(k - 1), "participating" | "participation" | "part"))
    })
}

/// "jailed X for 10 days over a small picket ... Officers broke it up within minutes and
/// detained X": the protest someone was punished for was held the day they were detained at
/// it, not the day of the verdict told beside it.
pub(super) fn punished_protest_days(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "protest" || e.subjects.len() != 1 || !punished_for(a, e) {
            continue;
        }
        let person = e.subjects[0];
        // (A date told at the protest itself is its own: "over a picket on March 3".)
        let own = e.date.is_some_and(|x| {
            let x = &a.dates[x];
            x.start >= e.end && x.start <= e.end + 6
        });
        if own {
            continue;
        }
        let verdict_day = events
            .iter()
            .filter(|o| {
                matches!(o.kind, "sentence" | "charge")
                    && o.subjects.contains(&person)
                    && o.sentences.contains(&e.sentences[0])
            })
            .find_map(|o| o.date);
        // (Only an arrest in the days before the verdict was made at the protest: one
        // months after "the protests" was not.)
        let day_of = |x: usize| {
            let x = &a.dates[x];
            (x.precision == "day")
                .then_some(x.value.as_deref())
                .flatten()
                .and_then(|v| chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
        };
        let verdict_on = verdict_day.and_then(day_of);
        let detained_on = events
            .iter()
            .filter(|o| o.kind == "detention" && o.status == "occurred")
            .filter(|o| o.subjects.contains(&person))
            .filter_map(|o| o.date)
            .filter(|&x| match (day_of(x), verdict_on) {
                (Some(arrest), Some(verdict)) => (0..=15).contains(&(verdict - arrest).num_days()),
                _ => false,
            });
        let day = super::single_day(a, detained_on);
        // (A year or a month told for both may hold both.)
        let from_verdict = match (e.date, verdict_day) {
            (Some(x), Some(v)) => {
                a.dates[x].value == a.dates[v].value && a.dates[x].precision == "day"
            }
            _ => false,
        };
        if day.is_some() || from_verdict {
            events[i].date = day;
        }
    }
}

/// "A magistrate convicted three traders ... while a fourth was acquitted. The four were
/// among 23 vendors arrested on Aug. 14 ... Sibusiso Ncube was fined ...": the case's
/// defendants, named later with their verdicts, were each arrested in that sweep, when the
/// report names no more of them than it counts.
pub(super) fn defendants_among_the_arrested(a: &Analysis, events: &mut Vec<Draft>) {
    let defendants: Vec<usize> = {
        let mut found: Vec<usize> = events
            .iter()
            .filter(|e| {
                e.status == "occurred"
                    && (e.kind == "sentence"
                        || (e.kind == "release" && a.has_lemma(e.start, "acquit")))
            })
            .flat_map(|e| e.persons(a))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    };
    if defendants.is_empty() {
        return;
    }
    let mut joined: Vec<Draft> = Vec::new();
    for e in events.iter() {
        if e.kind != "detention"
            || e.status != "occurred"
            || e.subjects.is_empty()
            || !e.of_groups_only(a)
        {
            continue;
        }
        // "The four were among ...", "All twelve were among ...".
        let t = a.doc.sentences[e.sentences[0]].tokens.start;
        let counted = matches!(a.norm(t), "the" | "all")
            && a.lex.numbers.contains_key(a.norm(t + 1))
            && matches!(a.norm(t + 2), "were" | "are")
            && a.norm(t + 3) == "among";
        // ("They were among more than 40 students detained": the defendants just told of.)
        let they = a.norm(t) == "they" && a.norm(t + 1) == "were" && a.norm(t + 2) == "among";
        let too_many = counted && defendants.len() > crate::entities::people::count_word(a, t + 1);
        if !(counted || they) || too_many {
            continue;
        }
        // ("The two were among 17 people arrested", the two just named: theirs is told.)
        let named_here = events.iter().any(|o| {
            o.kind == "detention" && o.sentences[0] == e.sentences[0] && !o.persons(a).is_empty()
        });
        if named_here {
            continue;
        }
        for &p in &defendants {
            let held = events
                .iter()
                .chain(&joined)
                .any(|o| o.kind == "detention" && o.subjects.contains(&p));
            if !held {
                joined.push(Draft {
                    subjects: vec![p],
                    ..e.clone()
                });
            }
        }
    }
    events.extend(joined);
}

/// "Two young men who joined and live-streamed a night-time protest ... have been sentenced",
/// "convicted two brothers who led a months-long blockade ..., sentencing José Murillo Paz
/// ... and his younger brother, Marvin Murillo Paz": a counted group punished in the sentence
/// that tells its protest is the persons the report names with their punishments, from that
/// sentence on. The protest is theirs, when the report names at least as many as it counts.
pub(super) fn punished_group_protest(a: &Analysis, drafts: &mut [Draft]) {
    let punishment = |k: &str| matches!(k, "sentence" | "detention" | "charge" | "trial");
    for i in 0..drafts.len() {
        let d = &drafts[i];
        let [group] = d.subjects[..] else {
            continue;
        };
        if d.kind != "protest" || d.status != "occurred" || !d.of_groups_only(a) {
            continue;
        }
        let Some(n) = a.entities[group]
            .count
            .as_ref()
            .filter(|c| c.low == c.high)
            .and_then(|c| c.low)
            .filter(|n| (2..=6).contains(n))
        else {
            continue;
        };
        // ("... who joined and live-streamed a night-time protest": the protest told in the
        // group's own relative clause, not one the verdict is "over".)
        let who = a.mentions.iter().any(|m| {
            m.entity == group
                && m.end + 1 < d.start
                && a.norm(m.end) == "who"
                && d.start <= m.end + 8
                && !(m.end..d.start).any(|k| a.is_break(k) || a.norm(k) == ",")
        });
        if !who {
            continue;
        }
        let s = d.sentences[0];
        let kinds: Vec<&str> = drafts
            .iter()
            .filter(|o| o.sentences[0] == s && punishment(o.kind) && o.subjects.contains(&group))
            .map(|o| o.kind)
            .collect();
        if kinds.is_empty() {
            continue;
        }
        let mut told: Vec<&Draft> = drafts
            .iter()
            .filter(|o| kinds.contains(&o.kind) && (s..=s + 4).contains(&o.sentences[0]))
            .collect();
        told.sort_by_key(|o| o.start);
        let mut persons: Vec<usize> = Vec::new();
        for p in told.iter().flat_map(|o| o.persons(a)) {
            if !persons.contains(&p) {
                persons.push(p);
            }
        }
        if persons.len() < n as usize {
            continue;
        }
        persons.truncate(n as usize);
        drafts[i].subjects = persons;
    }
}

/// "Police detained about a dozen people. On Sunday, a court fined three of them — A, B and
/// C —": the people named as some "of them" were among the group the sentence before told of.
pub(super) fn named_of_them(a: &Analysis, drafts: &mut [Draft]) {
    for (si, sentence) in a.doc.sentences.iter().enumerate().skip(1) {
        let range = sentence.tokens.clone();
        let Some(them) = range.clone().find(|&k| {
            a.norm(k) == "them"
                && k > 0
                && a.norm(k - 1) == "of"
                && matches!(a.norm(k + 1), "--" | "," | ":")
        }) else {
            continue;
        };
        let close = (them + 2..range.end.min(them + 24))
            .find(|&k| matches!(a.norm(k), "--" | ";" | "."))
            .unwrap_or(range.end);
        let mut persons = named_persons_in(a, them + 2, close, |_| true);
        // ("One of them, lawyer X, was freed under a pardon signed by President Y": as many
        // as the count says, the first named.)
        if let Some((n, _)) = them
            .checked_sub(2)
            .and_then(|k| crate::numbers::number_at(a, k))
            .filter(|&(_, end)| end + 1 == them)
        {
            persons.truncate(n as usize);
        }
        if persons.len() < 2 {
            continue;
        }
        for d in drafts.iter_mut() {
            if d.sentences[0] + 1 == si && is_per_subject_type(d.kind) && d.of_groups_only(a) {
                for &p in &persons {
                    if !d.subjects.contains(&p) {
                        d.subjects.push(p);
                    }
                }
            }
        }
    }
}

/// "Soldiers detained him at a checkpoint", "investigators searched the flat": a body told
/// only by a common noun is the body of that kind the report has named before it (the Uganda
/// People's Defence Forces, the Investigative Committee), which is added as its agent.
pub(super) fn named_body_of_the_kind(a: &Analysis, events: &mut [Draft]) {
    let generic = |x: usize| {
        let e = &a.entities[x];
        e.kind == EntityKind::Organization
            && e.category.is_some()
            && e.name.starts_with(|c: char| c.is_lowercase())
    };
    let proper = |x: usize| {
        let e = &a.entities[x];
        e.kind == EntityKind::Organization && e.name.starts_with(|c: char| c.is_uppercase())
    };
    for e in events.iter_mut() {
        if !matches!(e.kind, "detention" | "raid" | "violence" | "charge") {
            continue;
        }
        let [agent] = e.agents[..] else {
            continue;
        };
        if !generic(agent) {
            continue;
        }
        let category = a.entities[agent].category;
        let named = a
            .mentions
            .iter()
            .filter(|m| m.end <= e.start && proper(m.entity))
            .filter(|m| a.entities[m.entity].category == category)
            .map(|m| m.entity)
            .next_back();
        if let Some(body) = named {
            e.agents.push(body);
        }
    }
}

/// "Among those detained was ...", "was detained with him": an arrest told with no one
/// making it was made by the police or security service the report last named making one,
/// or failing that, last named at all before it.
pub(super) fn last_enforcer(a: &Analysis, events: &mut [Draft]) {
    let enforcer = |e: usize| crate::events::arguments::is_enforcer(a, e);
    for i in 0..events.len() {
        let e = &events[i];
        if !e.agents.is_empty()
            || !matches!(e.kind, "detention" | "raid" | "violence")
            || e.status == "planned"
        {
            continue;
        }
        let start = e.start;
        let acted = events
            .iter()
            .filter(|o| o.start < start && matches!(o.kind, "detention" | "raid" | "violence"))
            .filter_map(|o| {
                o.agents
                    .iter()
                    .copied()
                    .find(|&x| enforcer(x))
                    .map(|x| (o.start, x))
            })
            .max_by_key(|&(s, _)| s)
            .map(|(_, x)| x);
        let named = || {
            a.mentions
                .iter()
                .filter(|m| m.end <= start && enforcer(m.entity))
                .map(|m| m.entity)
                .next_back()
        };
        // ("X, who was detained on Friday in Cochabamba. ... was among at least 60 people
        // arrested when police and soldiers moved in": or the first named after it, in the
        // next two sentences, when none was named before.)
        let named_after = || {
            let here = a.doc.sentence_of(start);
            let last = (here + 2).min(a.doc.sentences.len().checked_sub(1)?);
            let until = a.doc.sentences[last].tokens.end;
            a.mentions
                .iter()
                .filter(|m| m.start > start && m.end <= until && enforcer(m.entity))
                .map(|m| m.entity)
                .next()
        };
        let detention = e.kind == "detention";
        if let Some(x) = acted
            .or_else(named)
            .or_else(|| named_after().filter(|_| detention))
        {
            events[i].agents.push(x);
        }
    }
}

/// "Aliyev pardons 154 prisoners ... Also freed were X and Y", "Among those pardoned was X":
/// a release told with no one granting it, after a pardon or amnesty its head of state
/// granted, was granted by them, unless bail or a court sets it apart.
pub(super) fn pardoner_frees(a: &Analysis, events: &mut [Draft]) {
    // (A person granting a pardon is a head of state, whether or not the report says so.)
    let head = |x: usize| {
        a.entities[x].is_person() || matches!(a.entities[x].category, Some("head_of_state"))
    };
    let pardon_at = |e: &Draft| crate::events::tells_pardon(a, e);
    // (Read once, and only for a report that tells of a release.)
    let orderer = events
        .iter()
        .any(|e| e.kind == "release")
        .then(|| amnesty_orderer(a))
        .flatten();
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "release" || e.status == "negated" {
            continue;
        }
        let court = e
            .agents
            .iter()
            .any(|&x| a.entities[x].category == Some("court"));
        let range = a.sentence_range(e.start);
        // ("Myanmar's military government pardoned more than 9,000 prisoners ... The amnesty
        // was ordered by junta chief Min Aung Hlaing", "was freed under the amnesty but was
        // detained again by police": the one who ordered it grants it, not the state at large
        // or the police of another clause.)
        // ("Among those freed was photojournalist Thet Naing Oo": one of the amnesty's.)
        let amnesty_told = pardon_at(e)
            || range.clone().any(|k| {
                crate::events::pardon_word(a, k)
                    || (a.norm(k) == "among" && a.norm(k + 1) == "those")
            });
        let ordered = amnesty_told && !court && orderer.is_some();
        // ("Among those pardoned was X": the pardon itself, though a court was named.)
        if !(e.agents.is_empty() || court && pardon_at(e) || ordered) {
            continue;
        }
        if range
            .clone()
            .any(|k| matches!(a.norm(k), "bail" | "acquitted" | "court"))
            && !pardon_at(e)
        {
            continue;
        }
        // "freed under a pardon decree that President Shavkat Mirziyoyev signed", "under a
        // prisoner amnesty announced by junta chief Min Aung Hlaing": the one its sentence
        // names as granting the pardon.
        let granted_here = (range.start..range.end)
            .find(|&k| {
                matches!(a.norm(k), "pardon" | "amnesty" | "pardons" | "amnesties") && k > e.start
            })
            .and_then(|k| {
                (k + 1..range.end.min(k + 10)).find_map(|j| {
                    a.entity_at(j)
                        .filter(|&x| head(x) && !e.subjects.contains(&x))
                })
            });
        if let Some(x) = granted_here {
            events[i].agents = vec![x];
            continue;
        }
        let here = e.sentences[0];
        let pardoner = events
            .iter()
            .filter(|o| {
                o.kind == "release"
                    && o.start < e.start
                    && pardon_at(o)
                    && here.saturating_sub(o.sentences[0]) <= 8
            })
            .filter_map(|o| o.agents.iter().copied().find(|&x| head(x)))
            .next_back();
        if let Some(x) = pardoner.or(orderer) {
            events[i].agents = vec![x];
        }
    }
}

/// "The amnesty was ordered by junta chief Senior General Min Aung Hlaing": the person the
/// report names as ordering, granting or signing the amnesty or pardon.
fn amnesty_orderer(a: &Analysis) -> Option<usize> {
    (0..a.doc.tokens.len())
        .filter(|&k| crate::events::pardon_word(a, k))
        .find_map(|k| {
            let sentence = a.sentence_range(k);
            let by = (k + 1..sentence.end.min(k + 5)).find(|&j| a.norm(j) == "by")?;
            let verb = (k + 1..by).any(|j| {
                ["order", "grant", "sign", "announce", "decree", "declare"]
                    .iter()
                    .any(|l| a.has_lemma(j, l))
            });
            if !verb {
                return None;
            }
            (by + 1..sentence.end.min(by + 7))
                .take_while(|&j| a.norm(j) != ",")
                .find_map(|j| a.entity_at(j).filter(|&x| a.entities[x].is_person()))
        })
}

/// "... detained both journalists. The GKNB said the two were suspected of “calls for mass
/// unrest”": a suspicion told of people the report has detained is the grounds of their
/// detention, not a charge of its own.
pub(super) fn suspicion_of_the_detained(a: &Analysis, events: Vec<Draft>) -> Vec<Draft> {
    let detained_before = |p: usize, at: usize| {
        events
            .iter()
            .any(|o| o.kind == "detention" && o.subjects.contains(&p) && o.start < at)
    };
    let grounds_only: Vec<bool> = events
        .iter()
        .map(|e| {
            e.kind == "charge"
                && a.norm(e.start) == "suspected"
                && !e.subjects.is_empty()
                && e.subjects.iter().all(|&p| detained_before(p, e.start))
        })
        .collect();
    // Each suspected person's grounds, from the first suspicion told of them.
    let grounds: Vec<(usize, String)> = events
        .iter()
        .zip(&grounds_only)
        .filter(|(_, &only)| only)
        .filter_map(|(e, _)| Some((e, e.charge.clone()?)))
        .flat_map(|(e, c)| e.subjects.iter().map(move |&p| (p, c.clone())))
        .collect();
    let mut kept: Vec<Draft> = events
        .into_iter()
        .zip(grounds_only)
        .filter_map(|(e, only)| (!only).then_some(e))
        .collect();
    for e in kept.iter_mut() {
        if e.kind != "detention" || e.charge.is_some() {
            continue;
        }
        if let Some((_, c)) = grounds.iter().find(|(p, _)| e.subjects.contains(p)) {
            e.charge = Some(c.clone());
        }
    }
    kept
}

/// Words that describe someone as taking part in a protest: "a fourth protester, X", "another
/// picket participant, X".
const PROTESTER_WORDS: &[&str] = &[
    "protester",
    "protestor",
    "demonstrator",
    "picketer",
    "marcher",
    "participant",
    "striker",
];

/// Whether a word calls people protest-goers, in the singular or the plural.
fn protester_word(w: &str) -> bool {
    PROTESTER_WORDS.contains(&w)
        || w.strip_suffix('s')
            .is_some_and(|w| PROTESTER_WORDS.contains(&w))
}

/// Where a person named at `at` stands in a list a plural protest noun opens: "fined two
/// strikers, driller X and crane operator Y": the list runs over names, descriptors, ages
/// and "and" back to the comma after the noun.
fn in_protesters_list(a: &Analysis, at: usize) -> bool {
    let floor = a.sentence_range(at).start;
    for k in (floor + 1..at).rev().take(16) {
        let n = a.norm(k);
        if n == "," && a.norm(k - 1).ends_with('s') && protester_word(a.norm(k - 1)) {
            return true;
        }
        let inside = n == "and"
            || n == ","
            || n.ends_with("-year-old")
            || n.chars().all(|c| c.is_ascii_digit())
            || a.entity_at(k).is_some_and(|p| a.entities[p].is_person())
            || a.shape(k) == chronicle_text::TokenShape::Lower && !a.is_break(k);
        if !inside {
            return false;
        }
    }
    false
}

/// "A fourth protester, 62-year-old X, was not detained", "Another picket participant, X,
/// was fined": a person the report calls one of a protest's people took part in the protest
/// it told last before naming them.
pub(super) fn named_protesters(a: &Analysis, events: &mut Vec<Draft>) {
    let mut joined: Vec<Draft> = Vec::new();
    for m in &a.mentions {
        let person = m.entity;
        if !a.entities[person].is_person() {
            continue;
        }
        // The noun stands just before the name, set off by a comma (an age may come between).
        let at = if m.start > 0 && a.norm(m.start - 1).ends_with("-year-old") {
            m.start - 1
        } else {
            m.start
        };
        let called = at >= 2 && a.norm(at - 1) == "," && PROTESTER_WORDS.contains(&a.norm(at - 2))
            || in_protesters_list(a, at);
        if !called || protesting(events, &joined, person) {
            continue;
        }
        let told = events
            .iter()
            .filter(|d| d.kind == "protest" && d.status == "occurred" && d.start < m.start)
            .max_by_key(|d| d.start);
        if let Some(d) = told {
            let mut sentences = d.sentences.clone();
            sentences.push(a.doc.sentence_of(m.start));
            sentences.sort_unstable();
            sentences.dedup();
            joined.push(Draft {
                agents: vec![],
                sentences,
                ..protest_of(d, person)
            });
        }
    }
    events.extend(joined);
}

/// "for insulting President Alexander Lukashenko": an event whose one subject is named only
/// as the object of an offence (`data/lexicons/victim_verbs.txt`) is about the one offended,
/// not a person arrested, tried or punished.
pub(super) fn only_the_offended(a: &Analysis, e: &Draft) -> bool {
    let [p] = e.subjects[..] else { return false };
    if !a.entities[p].is_person() || !is_per_subject_type(e.kind) {
        return false;
    }
    let mut here = e
        .sentences
        .iter()
        .flat_map(|&s| a.doc.sentences[s].tokens.clone())
        .filter(|&k| a.entity_at(k) == Some(p) && (k == 0 || a.entity_at(k - 1) != Some(p)))
        .peekable();
    if here.peek().is_none() {
        return false;
    }
    here.all(|k| {
        // (The verb right before the name, titles between: not "“slander”; Rakhimberdiyev
        // received ...".)
        (k.saturating_sub(3)..k).any(|j| {
            a.norm(j).ends_with("ing")
                && a.lex.victim_verbs.iter().any(|l| a.has_lemma(j, l))
                && (j + 1..k)
                    .all(|m| a.norm(m) == "the" || a.shape(m) != chronicle_text::TokenShape::Lower)
                && !(j + 1..k).any(|m| a.is_break(m))
        })
    })
}

/// "some 2,000 BNP supporters marched", "NUP supporters gathered": a crowd told as an
/// organisation's people marches for it; the organisation leads the protest.
pub(super) fn organisers_of_the_crowd(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if e.kind != "protest" || !e.agents.is_empty() {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let movement = |k: usize| {
            a.entity_at(k).filter(|&o| {
                let o = &a.entities[o];
                o.kind == EntityKind::Organization
                    && !crate::events::arguments::is_state(o.category)
            })
        };
        // ("members of the Karachi Union of Journalists rallied", "supporters of the KNPB
        // who marched": or the organisation after "of".)
        let after_of = |end: usize| {
            let k = if a.norm(end + 1) == "the" {
                end + 2
            } else {
                end + 1
            };
            (a.norm(end) == "of").then(|| movement(k)).flatten()
        };
        let organiser = e.subjects.iter().find_map(|&g| {
            if a.entities[g].kind != EntityKind::Group {
                return None;
            }
            let m = a
                .mentions
                .iter()
                .find(|m| m.entity == g && m.start > sentence.start && m.end <= sentence.end)?;
            // ("Yerkin Enbek said its members would rally again": the body "its" points to.)
            let its = || {
                (m.start >= 2 && matches!(a.norm(m.start - 1), "its" | "their"))
                    .then(|| {
                        (sentence.start..m.start - 1)
                            .rev()
                            .find(|&k| a.entity_at(k).is_some())
                            .and_then(movement)
                    })
                    .flatten()
            };
            movement(m.start - 1)
                .or_else(|| after_of(m.end))
                .or_else(its)
        });
        // ("answering a call by the Unitary Platform", "at the call of the union": the one
        // who called the crowd out.)
        let called_by = || {
            (sentence.start..sentence.end.saturating_sub(3)).find_map(|k| {
                let call = a.norm(k) == "call" || a.norm(k) == "invitation";
                let by = matches!(a.norm(k + 1), "by" | "of" | "from");
                // ("by the opposition Unitary Platform": a word or two may come first.)
                (call && by)
                    .then(|| {
                        (k + 2..(k + 5).min(sentence.end))
                            .take_while(|&j| !a.is_break(j) && a.norm(j) != ",")
                            .find(|&j| a.entity_at(j).is_some())
                            .and_then(movement)
                    })
                    .flatten()
            })
        };
        if let Some(o) = organiser.or_else(called_by) {
            e.agents.push(o);
        }
    }
}

/// "President Shavkat Mirziyoyev signed a decree pardoning 472 convicts ... Nematov walked out
/// of a prison colony in Navoi": the releases a report tells beside one pardon or amnesty, with
/// no one named as releasing them, are that pardon's, by the one who granted it. (Not a release
/// on bail, on parole or at the end of a term, nor one a court or prosecutor orders.)
pub(super) fn pardon_giver(a: &Analysis, events: &mut [Draft]) {
    // "signed a decree pardoning 472 convicts": the decree's signer pardons.
    for i in 0..events.len() {
        let e = &events[i];
        let by_decree = e.kind == "release"
            && e.agents.is_empty()
            && a.norm(e.start).ends_with("ing")
            && (e.start.saturating_sub(2)..e.start)
                .any(|k| matches!(a.norm(k), "decree" | "order" | "edict"));
        if !by_decree {
            continue;
        }
        let signer = events.iter().find(|d| {
            d.kind == "legislation"
                && d.end <= e.start
                && d.end + 2 >= e.start
                && !d.agents.is_empty()
        });
        if let Some(agents) = signer.map(|d| d.agents.clone()) {
            events[i].agents = agents;
        }
    }
    let givers: Vec<&Vec<usize>> = events
        .iter()
        .filter(|e| e.kind == "release" && e.status == "occurred" && !e.agents.is_empty())
        .filter(|e| crate::events::tells_pardon(a, e))
        .map(|e| &e.agents)
        .collect();
    let Some(&giver) = givers.first() else {
        return;
    };
    if givers.iter().any(|g| *g != giver) {
        return;
    }
    let giver = giver.clone();
    let granted_by_state = giver.iter().all(|&g| {
        a.entities[g].is_person()
            || matches!(a.entities[g].category, Some("government" | "head_of_state"))
    });
    if !granted_by_state {
        return;
    }
    for e in events.iter_mut() {
        if e.kind != "release" || e.status != "occurred" || !e.agents.is_empty() {
            continue;
        }
        let other_way = a.sentence_range(e.start).any(|k| {
            matches!(
                a.norm(k),
                "bail"
                    | "parole"
                    | "court"
                    | "judge"
                    | "prosecutor"
                    | "prosecutors"
                    | "acquitted"
                    | "served"
                    | "serving"
                    | "completing"
                    | "completed"
                    | "swap"
                    | "exchange"
                    | "charge"
            )
        });
        if !other_way {
            e.agents = giver.clone();
        }
    }
}

/// "A court in Batumi on Thursday jailed a student for seven days and fined a second
/// protester 5,000 lari ... Nino Kapanadze, 31, a dentist, was fined for blocking traffic":
/// the lede's terms for people it does not name, one of each kind.
pub(super) fn lede_terms(a: &Analysis, drafts: &[Draft]) -> Vec<Penalty> {
    let lede = super::lede_sentence(a);
    let terms: Vec<Penalty> = case_verdicts(a, drafts)
        .filter(|d| d.status == "occurred" && d.sentences[0] == lede)
        .filter_map(|d| d.penalty.clone())
        .filter(|p| p.amount.is_some())
        .collect();
    // One of each kind, or the kind says nothing of which.
    terms
        .iter()
        .filter(|p| terms.iter().filter(|q| q.kind == p.kind).count() == 1)
        .cloned()
        .collect()
}

/// A verdict the next few sentences tell of a named person with the lede's kind of penalty
/// but no amount takes the lede's amount (see [`lede_terms`]).
pub(super) fn give_lede_terms(a: &Analysis, terms: &[Penalty], events: &mut [Draft]) {
    let lede = super::lede_sentence(a);
    for e in events.iter_mut() {
        let here = e.sentences[0];
        if e.kind != "sentence" || e.status != "occurred" || here <= lede || here > lede + 4 {
            continue;
        }
        // ("was fined for blocking traffic": the verb's own kind, before the later pass
        // gives such a verdict a fine of no amount.)
        let Some(mut p) = e.penalty.clone().or_else(|| super::verb_penalty(a, e)) else {
            continue;
        };
        if p.amount.is_some() {
            continue;
        }
        let Some(t) = terms.iter().find(|t| t.kind == p.kind) else {
            continue;
        };
        p.amount = t.amount;
        p.unit = t.unit.clone();
        e.penalty = Some(p);
    }
}

/// "convicted the other three, giving the longest term — two years in prison — to activist
/// Nabil Amezzian": a term set off by dashes and given "to" a person is the term of that
/// person's verdict, when the report tells it with none.
pub(super) fn term_given_to(a: &Analysis, events: &mut [Draft]) {
    for s in &a.doc.sentences {
        let end = s.tokens.end;
        // (Most sentences hold no dash: no lemma lookups for them.)
        if !s.tokens.clone().any(|k| a.norm(k) == "--") {
            continue;
        }
        for g in s.tokens.clone().filter(|&g| a.has_lemma(g, "give")) {
            let Some(open) = (g + 1..(g + 6).min(end)).find(|&k| a.norm(k) == "--") else {
                continue;
            };
            let Some(close) = (open + 1..(open + 12).min(end)).find(|&k| a.norm(k) == "--") else {
                continue;
            };
            if a.norm(close + 1) != "to" {
                continue;
            }
            let country = a.country.as_deref();
            let Some(term) = crate::events::details::penalty_in(a, open + 1, close, country) else {
                continue;
            };
            // ("to activist Nabil Amezzian": past a word or two that describe them.)
            let Some(person) = a
                .mentions
                .iter()
                .filter(|m| (close + 2..close + 6).contains(&m.start))
                .map(|m| m.entity)
                .find(|&x| a.entities[x].is_person())
            else {
                continue;
            };
            for e in events.iter_mut().filter(|e| {
                e.kind == "sentence"
                    && e.status == "occurred"
                    && e.penalty.is_none()
                    && e.subjects == [person]
            }) {
                e.penalty = Some(term.clone());
            }
        }
    }
}

/// "Among those detained was BYC organiser Gulnaz Baloch ... A senior police officer said 38
/// people had been detained for violating a ban on gatherings": a named detention told with
/// no charge is on the charge the report gives the crowd's detention, when it gives one and
/// the two are not told on different days or in different places.
pub(super) fn crowd_charge(a: &Analysis, events: &mut [Draft]) {
    let crowds: Vec<(String, Option<usize>, Option<usize>)> = events
        .iter()
        .filter(|e| e.kind == "detention" && e.status == "occurred" && e.of_groups_only(a))
        .filter_map(|e| Some((e.charge.clone()?, e.date, e.place)))
        .collect();
    let Some((charge, date, place)) = crowds.first().cloned() else {
        return;
    };
    if crowds.iter().any(|(c, _, _)| *c != charge) {
        return;
    }
    let value = |d: Option<usize>| d.and_then(|d| a.dates[d].value.clone());
    for e in events.iter_mut() {
        if e.kind != "detention" || e.status != "occurred" || e.charge.is_some() {
            continue;
        }
        if e.persons(a).is_empty() {
            continue;
        }
        let same_day = e.date.is_none() || date.is_none() || value(e.date) == value(date);
        let same_place = e.place.is_none() || place.is_none() || e.place == place;
        if same_day && same_place {
            e.charge = Some(charge.clone());
        }
    }
}
