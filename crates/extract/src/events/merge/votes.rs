//! Who a vote went to, told beside it: "the August 23 vote returned President Emmerson
//! Mnangagwa to office with 52.6 percent", "... presidential election. Alyaksandr Lukashenka
//! was credited with 80.1 percent of the vote."

use chronicle_record::EntityKind;

use super::super::Draft;
use crate::analysis::Analysis;

/// How far from a result word its winner may stand, in tokens.
const REACH: usize = 10;

/// An election told of no one takes the ones its result names, in its own sentence or the
/// one after it: the first such is its winner (an agent), the others its candidates. The
/// words of a result, and on which side of them the winner stands, are
/// `data/lexicons/vote_results.tsv`.
pub(super) fn vote_results(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if e.kind != "election" || e.status != "occurred" {
            continue;
        }
        if !e.subjects.is_empty() || !e.agents.is_empty() {
            continue;
        }
        let mut sentences: Vec<usize> = Vec::new();
        for &s in &e.sentences {
            for t in [s, s + 1] {
                if t < a.doc.sentences.len() && !sentences.contains(&t) {
                    sentences.push(t);
                }
            }
        }
        sentences.sort_unstable();
        let mut named: Vec<usize> = Vec::new();
        for s in sentences {
            for k in a.doc.sentences[s].tokens.clone() {
                if let Some(who) = result_at(a, k) {
                    if !named.contains(&who) {
                        named.push(who);
                    }
                }
            }
        }
        if let Some((&winner, others)) = named.split_first() {
            e.agents = vec![winner];
            e.subjects = others.to_vec();
        }
    }
}

/// The one a result word at token `k` gives the vote to, if it is one.
fn result_at(a: &Analysis, k: usize) -> Option<usize> {
    let side = *a.lex.vote_results.get(a.norm(k))?;
    let sentence = a.sentence_range(k);
    if side == "after" {
        first_entity(a, k + 1..(k + 1 + REACH).min(sentence.end))
    } else {
        first_entity(a, (k.saturating_sub(REACH).max(sentence.start)..k).rev())
    }
}

/// The first entity of `tokens`, before any semicolon, when it can stand for election.
fn first_entity(a: &Analysis, tokens: impl Iterator<Item = usize>) -> Option<usize> {
    for j in tokens {
        if a.norm(j) == ";" {
            return None;
        }
        if let Some(e) = a.entity_at(j) {
            return runs(a, e).then_some(e);
        }
        if let Some(e) = party_named_again(a, j) {
            return Some(e);
        }
    }
    None
}

/// A party the report has named, named again at token `j` where no mention was found ("The
/// ruling Georgian Dream party ... Georgian Dream was declared the winner"; "the Move Forward
/// Party ... Move Forward had won the most seats"). (Finding a known organisation's name again
/// wherever it stands, in the entity layer, was measured and lost on the held-out reports; a
/// winner's name beside a result word is the narrow case that holds.)
fn party_named_again(a: &Analysis, j: usize) -> Option<usize> {
    a.entities.iter().position(|x| {
        if x.kind != EntityKind::Organization || x.category != Some("party") {
            return false;
        }
        let name = x.name.strip_suffix(" Party").unwrap_or(&x.name);
        let words = name.split_whitespace().count();
        words >= 2
            && name
                .split_whitespace()
                .enumerate()
                .all(|(i, w)| a.text(j + i) == w)
    })
}

/// Whether entity `e` can stand for election: a named person or party, not a state body,
/// court, outlet or rights group.
fn runs(a: &Analysis, e: usize) -> bool {
    let x = &a.entities[e];
    !x.unnamed
        && (x.is_person()
            || (x.kind == EntityKind::Organization
                && matches!(x.category, None | Some("party" | "other"))))
}
