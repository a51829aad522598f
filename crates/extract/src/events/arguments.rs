//! Who did it and to whom: agents and subjects of a trigger, read from its clause.
//!
//! A clause here is the stretch of a sentence around the trigger up to words that open another
//! clause ("after", "because", "said", "that") or punctuation that closes one. Within it:
//! a transitive verb's agent is the nearest actor on its left and its subjects stand on its
//! right; in the passive ("was detained") the subjects stand on the left and the agent after
//! "by"; an intransitive verb's doers stand on its left; a noun takes its possessor ("X's
//! arrest"), its "of" phrase ("the arrest of X"), or the doers of a verb of taking part ("X took
//! part in rallies"). Pronouns and descriptions ("him", "both", "the journalist") are resolved
//! to persons.

use chronicle_record::{is_per_subject_type, EntityKind};

use crate::analysis::Analysis;
use crate::entities::people::{reference_at, resolve_reference};
use crate::lexicon::Frame;

/// Words that open a new clause: argument search stops there.
const CLAUSE_OPENERS: &[&str] = &[
    "after",
    "before",
    "because",
    "while",
    "but",
    "although",
    "though",
    "when",
    "where",
    "since",
    "until",
    "whereas",
    "that",
    "said",
    "says",
    "told",
    "according",
    "whom",
    "whose",
    "if",
    "unless",
    "as",
    "despite",
    "citing",
];

/// Words that carry no role and may stand between a verb and its arguments.
const ADVERBS: &[&str] = &[
    // ("was himself detained": a reflexive of emphasis stands where an adverb would.)
    "himself",
    "herself",
    "themselves",
    "later",
    "also",
    "then",
    "reportedly",
    "allegedly",
    "already",
    "subsequently",
    "briefly",
    "again",
    "recently",
    "eventually",
    "ultimately",
    "previously",
    "initially",
    "first",
    "twice",
    "not",
    "never",
    "n't",
    "formally",
    "officially",
    "illegally",
    "forcibly",
    "violently",
    "temporarily",
    "repeatedly",
    "apparently",
    "still",
    "both",
    "all",
    "each",
    "finally",
    "since",
    "instead",
    "soon",
];

const BE: &[&str] = &[
    "was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting", "remains",
    "remained",
];

/// Whether `word` is a form of "be" (or "get", "remain") that makes a participle passive.
pub fn is_be(word: &str) -> bool {
    BE.contains(&word)
}

/// Verbs whose doers take part in an event named by a noun.
const PARTICIPATION: &[&str] = &[
    "participate",
    "participation",
    "take",
    "join",
    "attend",
    "stage",
    "hold",
    "go",
    "run",
    "contest",
    "boycott",
    "lead",
    "involvement",
    "role",
];

/// Verbs of starting, going on with or ending a protest: "began a hunger strike".
const STARTING: &[&str] = &["begin", "start", "launch", "declare", "continue", "end"];

/// Verbs of a vote's winner: "which Georgian Dream won", "in which X claimed a sixth term".
const WINNING: &[&str] = &["win", "claim", "sweep", "retain", "hold"];

/// Verbs of a vote given to its winner: "that handed X a sixth term", "awarded to X",
/// "declared X the winner".
const GIVING: &[&str] = &["hand", "award", "declare", "give"];

/// Verbs whose doers organise an event named by a noun: its agents.
const ORGANISING: &[&str] = &["organize", "organise", "announce", "plan", "call"];

/// Verbs of those who held a protest ("pickets they held", "the rally she led"): not
/// announcing or calling one, which may never happen.
const HOLDING: &[&str] = &[
    "hold", "stage", "organise", "organize", "lead", "join", "attend",
];

/// What an argument search found.
#[derive(Debug, Default, Clone)]
pub struct Arguments {
    pub agents: Vec<usize>,
    pub subjects: Vec<usize>,
    /// True when the trigger is a passive verb.
    pub passive: bool,
}

/// The clause around a trigger: `(left_start, right_end)` in tokens.
pub fn clause(a: &Analysis, start: usize, end: usize) -> (usize, usize) {
    let sentence = a.sentence_range(start);
    let mut left = start;
    while left > sentence.start {
        let k = left - 1;
        if is_clause_break(a, k) {
            break;
        }
        left -= 1;
    }
    let mut right = end;
    while right < sentence.end {
        // "fined three of them — A, B and C — 3.4 million soums each": dashes that set off
        // the names of those just counted do not end the clause.
        if a.norm(right) == "--" && right >= 2 && a.norm(right - 1) == "them" {
            let close = (right + 1..sentence.end.min(right + 24)).find(|&k| a.norm(k) == "--");
            if let Some(close) = close {
                right = close + 1;
                continue;
            }
        }
        if is_clause_break(a, right) || reporting_clause_at(a, right, sentence.end) {
            break;
        }
        right += 1;
    }
    (left, right)
}

/// Whether a comma at `k` opens the clause that says who tells ("..., local activists said.",
/// "..., his lawyer told reporters"): what follows is the teller, no participant.
fn reporting_clause_at(a: &Analysis, k: usize, sentence_end: usize) -> bool {
    a.norm(k) == ","
        && (k + 2..(k + 8).min(sentence_end)).any(|j| {
            crate::events::triggers::says_at(a, j)
                && (k + 1..j).all(|i| a.shape(i) != chronicle_text::TokenShape::Number)
                && (j + 1 >= sentence_end || matches!(a.norm(j + 1), "." | "," | ";" | "on" | "in"))
        })
}

/// Whether token `k` is a word that opens a new clause ("after", "when", "said").
pub fn opens_clause(a: &Analysis, k: usize) -> bool {
    // "The Investigative Committee has since charged ...": an adverb, not "since" opening
    // a clause.
    let adverb = a.norm(k) == "since" && k > 0 && matches!(a.norm(k - 1), "has" | "have" | "had");
    // ("X, who has lived in Germany since 2019, took part in a picket": a preposition before
    // a date opens no clause.)
    let before_date = a.norm(k) == "since" && a.dates.iter().any(|d| d.start == k + 1);
    // ("His trial before a military tribunal in Bamenda": "before" a court is where.)
    let before_court = a.norm(k) == "before"
        && (k + 1..(k + 5).min(a.len())).any(|j| {
            a.lex.org_heads.get(a.text(j)) == Some(&"court")
                || matches!(a.norm(j), "court" | "tribunal" | "judge" | "judges")
        });
    CLAUSE_OPENERS.contains(&a.norm(k))
        && !adverb
        && !before_date
        && !before_court
        && !naming_as(a, k)
        && !role_as(a, k)
}

/// "were questioned as witnesses and freed", "held as a suspect": "as" at `k` giving the
/// role someone is treated in opens no clause.
fn role_as(a: &Analysis, k: usize) -> bool {
    let role = |w: &str| matches!(w, "witness" | "witnesses" | "suspect" | "suspects");
    a.norm(k) == "as"
        && (role(a.norm(k + 1)) || (matches!(a.norm(k + 1), "a" | "an") && role(a.norm(k + 2))))
}

/// "a commentator known as Domullo", "an outlet designated as extremist", "known only as":
/// "as" at `k` after a participle of naming says what one is called, in the same clause.
fn naming_as(a: &Analysis, k: usize) -> bool {
    if a.norm(k) != "as" || k == 0 {
        return false;
    }
    let before = if k > 1 && matches!(a.norm(k - 1), "only" | "simply" | "widely") {
        k - 2
    } else {
        k - 1
    };
    matches!(
        a.norm(before),
        "known" | "described" | "designated" | "listed" | "identified" | "named"
    )
}

/// Whether "among those" stands right before the verb at `start` ("Among those detained
/// were X and Y").
pub fn among_those_before(a: &Analysis, start: usize) -> bool {
    start >= 2 && a.norm(start - 1) == "those" && a.norm(start - 2) == "among"
}

/// Quotation marks and brackets do not end a clause: charges and titles stand in them.
fn is_clause_break(a: &Analysis, k: usize) -> bool {
    a.is_break(k) && !matches!(a.norm(k), "(" | ")" | "\"") || opens_clause(a, k)
}

/// Whether the verb at `start` is passive ("was later sentenced", "X, detained on ...").
pub fn is_passive(a: &Analysis, start: usize) -> bool {
    let floor = a.sentence_range(start).start;
    let mut j = start;
    while j > floor {
        j -= 1;
        let n = a.norm(j);
        if ADVERBS.contains(&n)
            || n.ends_with("ly") && a.shape(j) == chronicle_text::TokenShape::Lower
        {
            continue;
        }
        if BE.contains(&n) {
            return true;
        }
        // "was questioned for six hours and released", "was detained that June and let go":
        // a participle joined to a passive one.
        let form = a.norm(start);
        let participle_form = crate::events::triggers::is_past_participle(form);
        // ("was questioned but not detained", "was held by police but released about an hour
        // later": "but" joins a participle too.)
        let joined = n == "and"
            || n == "but"
            || (n == "not" && j > floor && matches!(a.norm(j - 1), "but" | "and"));
        if joined && participle_form {
            // ("was detained by police on Jan. 20 at the family's house in Managua's Altamira
            // neighbourhood and charged": places and bodies do not start a new subject.)
            let floor2 = floor.max(j.saturating_sub(20));
            return (floor2..j)
                .rev()
                // Quotes hold a charge's words: "charged with “unlawful assembly” and released";
                // brackets another name ("detained in Ghulja (Yining) in 2018 and sentenced");
                // "was kept out of government and then dissolved".
                .take_while(|&k| {
                    a.entity_at(k).is_none_or(|e| {
                        matches!(
                            a.entities[e].kind,
                            EntityKind::Organization | EntityKind::Place
                        )
                    }) && (!a.is_break(k)
                        || matches!(a.norm(k), "\"" | "(" | ")")
                        || a.dates.iter().any(|d| d.start <= k && k < d.end))
                })
                // ("where the delegates were to meet, and detained X": "were to" tells a
                // plan, not a passive; "where a book club was meeting and detained X" an
                // ongoing doing.)
                // ("who was not at home, and briefly detained her two sons": a "was" with no
                // participle after it, and a comma before "and", is no passive the second
                // verb joins.)
                .any(|k| {
                    let next = a.norm(k + 1);
                    BE.contains(&a.norm(k))
                        && next != "to"
                        && !(next.ends_with("ing") && next != "being")
                        && (a.norm(j - 1) != ","
                            || (k + 1..j)
                                .any(|x| crate::events::triggers::is_past_participle(a.norm(x))))
                });
        }
        // "activists detained in Minsk", "Taizhan, detained on Monday,"
        // ("Hoda Mansour, held since September 2022,": an irregular one too.)
        let form = a.norm(start);
        let participle = crate::events::triggers::is_past_participle(form);
        // "the Act, passed by parliament in 2023": a participle with its doer after "by".
        if participle && n == "," && a.norm(start + 1) == "by" {
            return true;
        }
        // ("four residents of Nariman, convicted in July by the district court": with a time
        // or a place before the doer.)
        if participle
            && n == ","
            && (start + 1..start + 6)
                .take_while(|&k| !a.is_break(k))
                // (Not "approved the bill last Thursday by 57 votes to 3".)
                .any(|k| a.norm(k) == "by" && crate::numbers::number_at(a, k + 1).is_none())
        {
            return true;
        }
        // "Meseret Tadesse, a secondary school teacher detained with him, was released", "Pape
        // Sagna, a motorcycle-taxi driver picked up the same evening": a participle right after
        // the apposition's noun tells of the one described.
        if participle
            && a.lex.descriptors.contains(n)
            && (floor..j)
                .rev()
                .take(6)
                .any(|k| matches!(a.norm(k), "a" | "an") && k > floor && a.norm(k - 1) == ",")
        {
            return true;
        }
        // "the hijab and chastity law approved by parliament in 2024": so with no comma after
        // a law's noun.
        if participle && a.norm(start + 1) == "by" && a.lex.law_words.contains(n) {
            return true;
        }
        if participle {
            if n == "," && j > floor && is_actor(a, j - 1, false) {
                return true;
            }
            // "the Ubumwe Bushya party arrested in ...": the name before its kind's noun.
            let named = a.entity_at(j).or_else(|| {
                (j > floor && a.lex.org_suffixes.longest_at(a, j, j + 1).is_some())
                    .then(|| a.entity_at(j - 1))
                    .flatten()
            });
            // "the prisoners whom the government of Daniel Ortega freed on Thursday": the
            // doer of a relative clause on its object.
            let relative_object = (j.saturating_sub(8).max(floor)..j).any(|k| a.norm(k) == "whom");
            if let Some(e) = named.filter(|_| !relative_object) {
                let kind = a.entities[e].kind;
                // "activists detained in Minsk", "four protesters detained the same night":
                // a place, a time or a clause follows, not an object.
                let next = start + 1;
                let adjunct = matches!(
                    a.norm(next),
                    "in" | "on"
                        | "at"
                        | "for"
                        | "by"
                        | "after"
                        | "during"
                        | "under"
                        | ","
                        | "last"
                        | "earlier"
                        // ("Two brothers detained with him", "a dozen people pushed into a
                        // police truck", "A cousin arrested alongside him".)
                        | "with"
                        | "alongside"
                        | "along"
                        | "together"
                        | "into"
                        | "from"
                        | "outside"
                        | "near"
                ) || (a.norm(next) == "the" && a.norm(next + 1) == "same")
                    || a.dates.iter().any(|d| d.start == next);
                // "members of the Ubumwe Bushya party arrested in Musanze": a party or an
                // outlet does not arrest; only the state's bodies act with no object.
                let non_state_org = kind == EntityKind::Organization
                    && !is_state(a.entities[e].category)
                    && a.norm(next) != "by";
                return (kind == EntityKind::Person || kind == EntityKind::Group || non_state_org)
                    && adjunct;
            }
        }
        return false;
    }
    false
}

/// An entity that can act or be acted on at token `k` (persons, groups, organisations).
fn is_actor(a: &Analysis, k: usize, orgs: bool) -> bool {
    a.entity_at(k).is_some_and(|e| match a.entities[e].kind {
        EntityKind::Person | EntityKind::Group => true,
        EntityKind::Organization => orgs,
        EntityKind::Place => false,
    })
}

/// A trigger read as an event of `kind` in `frame`, at tokens `start..end`; `floor` is where
/// the previous trigger of the sentence ends: an active verb's agent is never looked for
/// beyond it.
#[derive(Debug, Clone, Copy)]
pub struct TriggerAt<'k> {
    pub kind: &'k str,
    pub frame: Frame,
    pub start: usize,
    pub end: usize,
    pub floor: usize,
}

/// The participants of a trigger.
pub fn find(a: &Analysis, at: TriggerAt) -> Arguments {
    let TriggerAt {
        kind,
        frame,
        start,
        end,
        ..
    } = at;
    let mut args = find_around(a, at);
    // "registered a First Information Report against the two": those it is against, not
    // what the gap names.
    if end > start + 2 && a.norm(end - 1) == "against" {
        args.subjects.retain(|&s| {
            !a.mentions
                .iter()
                .any(|m| m.entity == s && m.start > start && m.end < end)
        });
    }
    // "Police broke up the sit-in on Tuesday and detained 40 people": the second verb of a
    // clause whose first verb is no trigger has the clause's subject for its doer, when that
    // is an enforcing body.
    let joined = frame == Frame::Act
        && args.agents.is_empty()
        && !args.passive
        && start > 0
        && a.norm(start - 1) == "and";
    if joined {
        if let Some(doer) = main_clause_subject(a, start).filter(|&e| is_enforcer(a, e)) {
            args.agents = vec![doer];
        }
    }
    // "At least 12 people were killed when shells struck the market, volunteers said,
    // blaming the Rapid Support Forces": the body the tellers blame.
    if kind == "violence" && args.agents.is_empty() {
        let sentence = a.sentence_range(start);
        let blamed = (end..sentence.end)
            .find(|&k| matches!(a.norm(k), "blaming" | "blamed"))
            .and_then(|k| {
                (k + 1..(k + 4).min(sentence.end))
                    .filter_map(|j| a.entity_at(j))
                    .find(|&e| a.entities[e].kind == chronicle_record::EntityKind::Organization)
            });
        args.agents.extend(blamed);
    }
    // "a physician who had treated injured participants": a participle that describes the
    // object of another verb tells nothing of who hurt them.
    let attributive = kind == "violence"
        && end == start + 1
        && start > 0
        && a.norm(start).ends_with("ed")
        && a.entity_at(start + 1).is_some()
        && a.shape(start - 1) == chronicle_text::TokenShape::Lower
        && a.norm(start - 1).ends_with("ed")
        && !BE.contains(&a.norm(start - 1))
        && !ADVERBS.contains(&a.norm(start - 1));
    if attributive {
        args.agents.clear();
    }
    // "were taken to the city police department", "taken to the Main Police Department":
    // the body whose station they were taken to holds them.
    if kind == "detention" && args.agents.is_empty() && end > start + 2 {
        args.agents = enforcer_at(a, start + 1..end);
    }
    args
}

/// Where the auxiliaries and adverbs before the verb at `start` begin ("has since been
/// blocked"), not before `floor`.
fn auxiliaries_start(a: &Analysis, start: usize, floor: usize) -> usize {
    let mut k = start;
    while k > floor && (BE.contains(&a.norm(k - 1)) || ADVERBS.contains(&a.norm(k - 1))) {
        k -= 1;
    }
    k
}

/// "X, who according to Y had never ..., was VERBed": when the verb group at `start` follows
/// the comma closing a relative clause that opens before `left` (where a clause opener inside
/// it cut the clause), the actor the relative pronoun stands for.
fn relative_cut_short(
    a: &Analysis,
    floor: usize,
    left: usize,
    start: usize,
    orgs: bool,
) -> Option<Vec<usize>> {
    let verb_group = auxiliaries_start(a, start, floor);
    if verb_group <= left || a.norm(verb_group - 1) != "," {
        return None;
    }
    // ("Rind, 27, a medical student who has campaigned for men she says were abducted, was
    // detained": or after the apposition that follows the name.)
    let who = (floor + 1..left).find(|&k| {
        matches!(a.norm(k), "who" | "whose")
            && (a.norm(k - 1) == ","
                || (k.saturating_sub(5).max(floor)..k - 1).any(|j| a.norm(j) == ","))
    })?;
    Some(last_actor_in(a, floor, who - 1, orgs)).filter(|named| !named.is_empty())
}

/// The named persons heading the items of a list that follows a colon at `right`, when only a
/// few words without names stand between the verb's end `end` and the colon.
fn listed_after_colon(a: &Analysis, end: usize, right: usize) -> Vec<usize> {
    if a.norm(right) != ":" || right > end + 3 || (end..right).any(|k| a.entity_at(k).is_some()) {
        return vec![];
    }
    let sentence_end = a.sentence_range(right).end;
    named_persons_in(a, right + 1, sentence_end, |m| {
        m.start == right + 1 || matches!(a.norm(m.start - 1), "," | ";" | "and")
    })
}

/// The persons named (not only described) in tokens `from..to` whose mention `keep` accepts,
/// in order, once each.
pub(crate) fn named_persons_in(
    a: &Analysis,
    from: usize,
    to: usize,
    keep: impl Fn(&crate::analysis::Mention) -> bool,
) -> Vec<usize> {
    let mut named = Vec::new();
    for m in a.mentions.iter().filter(|m| m.start >= from && m.end <= to) {
        let e = &a.entities[m.entity];
        if e.is_person() && !e.unnamed && keep(m) {
            push(&mut named, m.entity);
        }
    }
    named
}

/// The last actor named in tokens `from..to`, if any.
fn last_actor_in(a: &Analysis, from: usize, to: usize, orgs: bool) -> Vec<usize> {
    actors_in(a, from, to, orgs).pop().into_iter().collect()
}

/// Whether entity `e` is a police or security body.
pub(crate) fn is_enforcer(a: &Analysis, e: usize) -> bool {
    let e = &a.entities[e];
    e.kind == EntityKind::Organization && matches!(e.category, Some("police" | "security_service"))
}

/// The first police or security body named at the tokens `at`, in their order.
fn enforcer_at(a: &Analysis, at: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut at = at;
    at.find_map(|k| a.entity_at(k).filter(|&e| is_enforcer(a, e)))
        .into_iter()
        .collect()
}

/// The arguments of the trigger as its frame places them (see [`find`]).
fn find_around(a: &Analysis, at: TriggerAt) -> Arguments {
    let TriggerAt {
        kind,
        frame,
        start,
        end,
        floor,
    } = at;
    let (left, right) = clause(a, start, end);
    let agent_left = left.max(floor);
    let org_subjects = matches!(kind, "censorship" | "raid" | "statement" | "election");
    // "Among those detained were X and Y", "Among those marching was Z": the subjects follow;
    // "X was among those acquitted": the subject stands before.
    let the_done_to =
        start > 0 && a.norm(start - 1) == "the" && crate::events::triggers::is_include(a.norm(end));
    // ("Among the marchers detained were X and Y": so for the crowd's own word.)
    let among_the_crowd = start >= 3
        && a.norm(start - 3) == "among"
        && a.norm(start - 2) == "the"
        && a.entity_at(start - 1)
            .is_some_and(|e| a.entities[e].kind == EntityKind::Group);
    if start > 0
        && (a.norm(start - 1) == "those" || the_done_to || among_the_crowd)
        && frame != Frame::Say
    {
        // "Among those detained were his widow, A; the party's coordinator, B; and C": a
        // list whose items carry commas runs on past its semicolons to the sentence's end.
        // ("..., activist B — also written C — and D": and past an aside's dashes.)
        let among_first = among_those_before(a, start);
        // ("the pardoned included A, who ...; B, a teacher ...; and C": so does one after
        // "included".)
        let right = if (among_first || the_done_to) && matches!(a.norm(right), ";" | "--") {
            a.sentence_range(start).end
        } else {
            right
        };
        let mut subjects = actors_in(a, end, right, org_subjects);
        // "Three of the organisers — A, 26, B, 31, and C, 23 — were among those detained":
        // all the persons the plural subject lists.
        if subjects.is_empty() && start >= 3 && a.norm(start - 3) == "were" {
            let floor = a.sentence_range(start).start;
            subjects = named_persons_in(a, floor, start - 3, |m| a.norm(m.end) != "'s");
        }
        // (But "Mbuh said all those convicted would appeal": the speaker is not among them.)
        if subjects.is_empty() && among_first {
            subjects = first_actor_before(a, start - 1);
        }
        return if frame == Frame::Act {
            passive_arguments(a, subjects, end, right)
        } else {
            Arguments {
                subjects,
                agents: vec![],
                passive: false,
            }
        };
    }
    match frame {
        Frame::Act => {
            // "— Yelena Gaiduk, 61, a retired schoolteacher: fined 30,000 rubles": a list
            // item's participle after a colon tells of the one the item names.
            // ("• Yerlan Kabdoshev, 52, a retired coal miner -- fined 98,300 tenge": or after
            // the dash of a list's line.)
            let sentence_start = a.sentence_range(start).start;
            let item_dash = start > sentence_start + 1
                && a.norm(start - 1) == "--"
                && crate::events::is_list_marker(a, sentence_start)
                && !(sentence_start + 1..start - 1).any(|k| a.norm(k) == "--");
            if start > sentence_start + 1
                && (a.norm(start - 1) == ":" || item_dash)
                && (a.norm(start).ends_with("ed") || a.has_lemma(start, "send"))
            {
                let subjects = first_actor_before(a, start - 1);
                return passive_arguments(a, subjects, end, right);
            }
            if is_passive(a, start) {
                // "Two younger monks, whose names the group withheld out of concern for their
                // families, were detained": not those "their" stands for.
                let sentence = a.sentence_range(start);
                let whose = (sentence.start + 1..left)
                    .rev()
                    .find(|&k| a.norm(k) == "whose" && a.norm(k - 1) == ",")
                    .map(|w| last_actor_in(a, sentence.start, w - 1, org_subjects))
                    .filter(|named| !named.is_empty());
                // "His relatives say he was beaten": those who say it are not those it was
                // done to; the one told of stands after the verb of saying.
                // ("Trang, who ran a page criticising land seizures, was arrested", "X, a
                // former imam who had become a blogger by criticizing officials, was led
                // away": a saying inside a relative clause the comma closes tells no one.)
                let told_after = floor > left
                    && floor < start
                    && crate::events::triggers::says_at(a, floor - 1)
                    && !((left + 1..floor).any(|k| {
                        a.norm(k) == "who" || (a.norm(k - 1) == "," && a.norm(k) == "which")
                    }) && (floor..start).any(|k| a.norm(k) == ","));
                let from = if told_after { floor } else { left };
                let mut subjects =
                    whose.unwrap_or_else(|| actors_left(a, from, start, org_subjects));
                // "Obukhova, who according to her daughter had never attended a rally, was
                // found guilty": a word opening a clause inside the relative clause cuts it
                // short; the relative clause's antecedent is the subject.
                if let Some(named) =
                    relative_cut_short(a, sentence.start, left, start, org_subjects)
                {
                    subjects = named;
                }
                // "X ... was questioned for hours but was not detained": a second verb with
                // no subject of its own shares the first one's.
                if subjects.is_empty()
                    && (left.saturating_sub(1)..start).any(|k| matches!(a.norm(k), "but" | "and"))
                {
                    let mut actors = actors_in(a, sentence.start, left, org_subjects);
                    // ("A friend who was with him that evening, Umed Qurbonov, was detained as
                    // well but was released": not one a relative clause tells of.)
                    let relatives: Vec<(usize, usize)> = (sentence.start + 1..left)
                        .filter(|&k| matches!(a.norm(k), "who" | "whom" | "which"))
                        .filter_map(|k| {
                            (k + 1..left)
                                .find(|&j| a.norm(j) == ",")
                                .map(|comma| (k, comma))
                        })
                        .collect();
                    if !relatives.is_empty() {
                        let told_outside = |e: usize| {
                            a.mentions.iter().any(|m| {
                                m.entity == e
                                    && m.start >= sentence.start
                                    && m.end <= left
                                    && !relatives.iter().any(|&(r, c)| m.start > r && m.end <= c)
                            })
                        };
                        if actors.iter().any(|&e| told_outside(e)) {
                            actors.retain(|&e| told_outside(e));
                        }
                    }
                    // ("A reporter for CivilNet, Ani Harutyunyan, was detained ... and then
                    // released": the first with the name in apposition to it.)
                    let apposed = actors.len() >= 2
                        && a.entities[actors[0]].unnamed
                        && a.entities[actors[1]].is_person()
                        && a.mentions
                            .iter()
                            .find(|m| m.entity == actors[0])
                            .and_then(|m| (m.end..m.end + 8).find(|&k| a.norm(k) == ","))
                            .is_some_and(|k| a.entity_at(k + 1) == Some(actors[1]));
                    subjects = actors
                        .into_iter()
                        .take(if apposed { 2 } else { 1 })
                        .collect();
                }
                // "His apartment was searched the same day": whose premises.
                if subjects.is_empty() && kind == "raid" && start >= 3 {
                    let owner = start - 3;
                    let premises = a.lex.premises.contains_key(a.norm(owner + 1))
                        && BE.contains(&a.norm(owner + 2));
                    if premises && matches!(a.norm(owner), "his" | "her" | "their") {
                        if let Some((refers, _)) = reference_at(a, owner) {
                            subjects = resolve_reference(a, owner, refers);
                        }
                    }
                }
                // "Kavaliou's flat in the city's Pershamaiski district was searched".
                if subjects.is_empty() && kind == "raid" {
                    let owned = (sentence.start + 2..start)
                        .rev()
                        .find(|&p| a.lex.premises.contains_key(a.norm(p)) && a.norm(p - 1) == "'s");
                    if let Some(e) = owned.and_then(|p| a.entity_at(p - 2)) {
                        if a.entities[e].kind != EntityKind::Place {
                            subjects = vec![e];
                        }
                    }
                }
                // "Both women spent weeks in detention before being released", "spent seven
                // years in prison after being convicted in 2005": the main clause's subject.
                if subjects.is_empty()
                    && matches!(
                        kind,
                        "release" | "detention" | "sentence" | "charge" | "violence"
                    )
                    && start >= 2
                    && a.norm(start - 1) == "being"
                    && matches!(a.norm(start - 2), "before" | "after" | "until" | "without")
                {
                    subjects = first_actor_before(a, start - 2);
                }
                // "Ahmed Adam Abdelrahman — written Ahmed Adam Abdel Rahman in the court
                // record — was convicted": the subject stands before the dashes' aside.
                let verb_group = auxiliaries_start(a, start, sentence.start);
                if subjects.is_empty() {
                    subjects = before_dashed_aside(a, start, org_subjects);
                }
                // "Ambartsumyan, who was questioned as a witness, was not charged": the
                // subject stands before the relative clause.
                if subjects.is_empty() {
                    let relative = (sentence.start + 1..left).rev().find(|&k| {
                        (matches!(a.norm(k), "who" | "which" | "whose")
                            || (a.norm(k) == "whom" && a.norm(start - 1) != "being"))
                            && a.norm(k - 1) == ","
                    });
                    if let Some(w) = relative {
                        subjects = last_actor_in(a, sentence.start, w - 1, org_subjects);
                    }
                }
                // "Trabelsi, the SNJT said, was charged with ...": the subject stands before
                // a saying set off by commas.
                if subjects.is_empty() && left > sentence.start + 2 {
                    let said = if a.norm(left) == "," { left } else { left - 1 };
                    let comma = (sentence.start + 1..said.saturating_sub(1))
                        .rev()
                        .take(6)
                        .find(|&k| a.norm(k) == ",");
                    if let Some(c) = comma.filter(|_| {
                        a.norm(said) == "," && crate::events::triggers::says_at(a, said - 1)
                    }) {
                        subjects = last_actor_in(a, sentence.start, c, org_subjects);
                    }
                }
                // "Sughd Khabar, an independent news site that was blocked in 2022": "that"
                // stands for the one named before it.
                if subjects.is_empty()
                    && verb_group > sentence.start + 1
                    && verb_group < start
                    && a.norm(verb_group - 1) == "that"
                {
                    subjects = last_actor_in(a, sentence.start, verb_group - 1, org_subjects);
                }
                // "Three were kept overnight: A, a retired nurse; B, a student; and C": the
                // persons the list after the colon names.
                if subjects.is_empty() {
                    subjects = listed_after_colon(a, end, right);
                }
                // "was arrested in November together with his brother, Amir Sharifian"
                if let Some(w) = (end..right)
                    .find(|&k| matches!(a.norm(k), "together" | "along") && a.norm(k + 1) == "with")
                {
                    for e in actors_in(a, w + 2, right.min(w + 9), false) {
                        push(&mut subjects, e);
                    }
                }
                Arguments {
                    subjects,
                    agents: by_agent(a, end, right),
                    passive: true,
                }
            } else {
                let mut agents = nearest_agent_left(a, agent_left, start);
                // "A court ... convicted two brothers who led a blockade, sentencing José to
                // two years": the participle's doer is the main clause's subject.
                if a.norm(start).ends_with("ing") && start > 0 && a.norm(start - 1) == "," {
                    if let Some(doer) = main_clause_subject(a, start) {
                        agents = vec![doer];
                    }
                }
                // "masked agents forced Abdulaev to the floor and beat him": the one before
                // "and" is the first verb's object; both verbs share the first one's doer.
                if start > 0 && a.norm(start - 1) == "and" {
                    let object_of = agents.first().and_then(|&e| {
                        let m =
                            a.mentions.iter().rev().find(|m| {
                                m.entity == e && m.end <= start && m.start >= agent_left
                            })?;
                        // ("searched the flat of Andrei Miskevich and detained him": the
                        // object may stand inside the first verb's object.)
                        // (The first verb itself ends where this verb's doer may start.)
                        let floor = agent_left.saturating_sub(1);
                        let mut before = m.start.checked_sub(1)?;
                        while before > floor
                            && before + 6 > m.start
                            && a.shape(before) == chronicle_text::TokenShape::Lower
                            && !a.norm(before).ends_with("ed")
                            && !matches!(a.norm(before), "and" | "or" | "but")
                        {
                            before -= 1;
                        }
                        let verb = a.norm(before);
                        (before >= floor
                            && before > 0
                            && a.shape(before) == chronicle_text::TokenShape::Lower
                            && verb.ends_with("ed"))
                        .then_some(before)
                    });
                    // "searched the homes of blogger A and camerawoman B on Feb. 11 and
                    // detained them": a person named after the clause's first trigger verb
                    // is that verb's object; both verbs share its doer.
                    let object_of = object_of.or_else(|| {
                        let first = agents.first()?;
                        let m = a.mentions.iter().rev().find(|m| {
                            m.entity == *first && m.end <= start && m.start >= agent_left
                        })?;
                        if !a.entities[*first].is_person() {
                            return None;
                        }
                        // (The verb may stand before this one's floor: then the joined
                        // verbs' doer is found where the clause's verbs are joined.)
                        (a.sentence_range(start).start..m.start).rev().find(|&v| {
                            a.lex.triggers.longest_at(a, v, m.start).is_some_and(|t| {
                                t.value.frame == Frame::Act && a.norm(v).ends_with("ed")
                            })
                        })
                    });
                    if let Some(verb) = object_of {
                        agents = if verb > agent_left {
                            nearest_agent_left(a, agent_left, verb)
                        } else {
                            vec![]
                        };
                    }
                }
                // "sentenced X, who had posted videos of wounded protesters": the relative
                // clause tells about X; its people are not sentenced.
                // ", his lawyer, Gaukhar Imasheva, told reporters": an attribution follows.
                // "detained four men on suspicion of belonging to Hizb ut-Tahrir": the grounds
                // name no one detained.
                // ", relatives and church sources said.": those who tell it are no objects.
                let sentence_end = a.sentence_range(start).end;
                let attribution = (start + 1..right).find(|&k| {
                    a.norm(k) == ","
                        && (k + 1..(k + 8).min(sentence_end)).any(|j| {
                            matches!(a.norm(j), "said" | "say" | "says" | "told" | "reported")
                                && j + 7 >= sentence_end
                        })
                });
                // "The court, which was set up to try terrorism cases, sentenced ...": a verb
                // inside a relative clause takes its objects before the clause's comma.
                let in_relative = (left..start).any(|k| {
                    matches!(a.norm(k), "which" | "who")
                        && k > 0
                        && a.norm(k - 1) == ","
                        && !(k..start).any(|j| a.norm(j) == ",")
                });
                let right = if in_relative {
                    (start + 1..right)
                        .find(|&k| a.norm(k) == ",")
                        .unwrap_or(right)
                } else {
                    right
                };
                let object_end = (start + 1..attribution.unwrap_or(right))
                    .find(|&k| {
                        matches!(a.norm(k), "who" | "which" | "whose")
                            || (a.norm(k) == "on"
                                && matches!(
                                    a.norm(k + 1),
                                    "suspicion" | "charges" | "charge" | "a"
                                ))
                            || (a.norm(k) == "for" && a.norm(k + 1).ends_with("ing"))
                            // "detained X outside the offices of Tighremt Info"
                            || matches!(a.norm(k), "outside" | "near" | "inside")
                            // "sentenced three members over donations linked to protests
                            // against X": the grounds name no one sentenced.
                            || (a.norm(k) == "over" && a.entity_at(k + 1).is_none())
                            // "jailed two others tried with him": a participle after the
                            // object opens a clause about it.
                            || (k > start + 1
                                && a.shape(k) == chronicle_text::TokenShape::Lower
                                && a.norm(k).ends_with("ed")
                                && a.entity_at(k - 1).is_some()
                                && matches!(a.norm(k + 1), "with" | "by"))
                            // "jailed a student and fined a second protester": the next
                            // verb has objects of its own.
                            || (a.norm(k) == "and"
                                && a.norm(k + 1).ends_with("ed")
                                && a.lex.triggers.longest_at(a, k + 1, right).is_some())
                            || (a.norm(k) == ","
                                && matches!(
                                    a.norm(k + 1 + usize::from(a.norm(k + 1) == "\"")),
                                    "his" | "her" | "their" | "its"
                                ))
                    })
                    .unwrap_or(attribution.unwrap_or(right));
                // "searched her apartment", "raided Qorgau's office": whose premises.
                // "cut Sharipov's term to two years", "upheld the sentences of X and Y": whose
                // term.
                let owners = match kind {
                    "raid" => {
                        owner_after(a, end, right, &|w| a.lex.premises.contains_key(w), false)
                    }
                    "sentence" => owner_after(a, end, right, &|w| TERMS.contains(&w), true),
                    _ => vec![],
                };
                let mut subjects = if owners.is_empty() {
                    actors_in(a, start + 1, object_end, org_subjects)
                } else {
                    owners
                };
                // "Memorial, which the Supreme Court ordered liquidated": the relative pronoun
                // stands for the object.
                // (The pronoun may open the clause: "prisoners whom the government freed".)
                let floor = a.sentence_range(start).start;
                let relative = (left
                    .saturating_sub(1)
                    .max(floor)
                    .max(start.saturating_sub(8))..start)
                    .rev()
                    .find(|&k| matches!(a.norm(k), "which" | "whom"));
                if let Some(w) = relative.filter(|_| subjects.is_empty()) {
                    let floor = a.sentence_range(w).start;
                    subjects = (floor..w)
                        .rev()
                        .find_map(|j| {
                            a.entity_at(j).filter(|&e| match a.entities[e].kind {
                                EntityKind::Person | EntityKind::Group => true,
                                EntityKind::Organization => org_subjects,
                                EntityKind::Place => false,
                            })
                        })
                        .into_iter()
                        .collect();
                }
                subjects.retain(|s| !agents.contains(s));
                Arguments {
                    agents,
                    subjects,
                    passive: false,
                }
            }
        }
        Frame::Do => {
            // "pardoned journalist X, who walked out of prison the same day": the relative
            // pronoun right before the verb stands for the one named last before it.
            let who = auxiliaries_start(a, start, left)
                .checked_sub(1)
                .filter(|&k| a.norm(k) == "who" && k > 0 && a.norm(k - 1) == ",");
            let mut subjects = match who {
                Some(k) => antecedent(a, k),
                None => actors_left(a, left, start, false),
            };
            // "Blogger Khursand Mamadnazarzoda -- who until 2021 went by another surname --
            // received 12 years": the doer stands before the dashes' aside.
            if subjects.is_empty() {
                subjects = before_dashed_aside(a, start, false);
            }
            // "Artyom Kovalenko, whom prosecutors described as the group's organizer, received
            // six years": a relative clause that ends right before the verb tells of the doer.
            if subjects.is_empty() {
                let verb = auxiliaries_start(a, start, left);
                if let Some(pronoun) =
                    relative_clause_before(a, verb).or_else(|| participle_aside_before(a, verb))
                {
                    subjects = antecedent(a, pronoun);
                }
            }
            // "was freed on Monday after serving four years of a five-year sentence": the
            // main clause's subject does what the "-ing" clause tells.
            if subjects.is_empty()
                && start > 0
                && matches!(a.norm(start - 1), "after" | "before" | "while")
                && a.norm(start).ends_with("ing")
            {
                subjects = first_actor_before(a, start - 1);
            }
            // "will go on trial at the Criminal Court in Bangkok": the court that tries them.
            let court = (kind == "trial" && matches!(a.norm(end), "at" | "before"))
                .then(|| {
                    (end + 1..right.min(end + 3)).find_map(|k| {
                        a.entity_at(k)
                            .filter(|&e| a.entities[e].category == Some("court"))
                    })
                })
                .flatten();
            Arguments {
                subjects,
                agents: court.into_iter().collect(),
                passive: false,
            }
        }
        // "The dispersal was condemned by the movement Bir Duino": the speaker follows "by".
        Frame::Say if a.norm(end) == "by" && is_passive(a, start) => Arguments {
            agents: by_agent(a, end, right),
            subjects: vec![],
            passive: true,
        },
        Frame::Say => Arguments {
            agents: speaker(a, agent_left, start, end),
            subjects: vec![],
            passive: false,
        },
        Frame::Noun => noun_arguments(a, kind, start, end, left, right),
    }
}

/// The last actor before an aside in dashes that ends right before the verb group at
/// `start` ("X -- written Y in the court record -- was convicted"), if there is one.
fn before_dashed_aside(a: &Analysis, start: usize, orgs: bool) -> Vec<usize> {
    let sentence = a.sentence_range(start);
    let verb_group = auxiliaries_start(a, start, sentence.start);
    if verb_group <= sentence.start + 1 || a.norm(verb_group - 1) != "--" {
        return Vec::new();
    }
    let Some(open) = (sentence.start + 1..verb_group - 1)
        .rev()
        .find(|&j| a.norm(j) == "--")
    else {
        return Vec::new();
    };
    let before = last_actor_in(a, sentence.start, open, orgs);
    // "The defendants — nurse A, 34, student B, 19, and taxi driver C, 45 — are charged":
    // a plural the dashes spell out is the persons they name.
    let plural = a.shape(open - 1) == chronicle_text::TokenShape::Lower
        && (a.norm(open - 1).ends_with('s') || a.lex.numbers.contains_key(a.norm(open - 1)));
    if !before.is_empty() || !plural {
        return before;
    }
    let named = named_persons_in(a, open + 1, verb_group - 1, |_| true);
    if named.len() > 1 {
        named
    } else {
        Vec::new()
    }
}

/// The first person or group of the sentence, before token `at`: the subject a list item,
/// or "X was among those acquitted", tells of.
fn first_actor_before(a: &Analysis, at: usize) -> Vec<usize> {
    let sentence = a.sentence_range(at);
    actors_in(a, sentence.start, at, false)
        .into_iter()
        .take(1)
        .collect()
}

/// A passive verb's participants: `subjects`, and the agent after "by".
fn passive_arguments(a: &Analysis, subjects: Vec<usize>, end: usize, right: usize) -> Arguments {
    Arguments {
        subjects,
        agents: by_agent(a, end, right),
        passive: true,
    }
}

/// Whether token `k` stands in a quotation that opens right after "for" or "of", as a
/// charge's wording does ("for “insulting the president”").
fn quoted_charge_at(a: &Analysis, k: usize) -> bool {
    let open = (k.saturating_sub(12)..k)
        .rev()
        .find(|&j| a.norm(j) == "\"" && !a.in_quotes(j.saturating_sub(1)));
    open.is_some_and(|j| j > 0 && matches!(a.norm(j - 1), "for" | "of"))
}

/// Persons and groups (and organisations when `orgs`) in `from..to`, pronouns resolved.
pub fn actors_in(a: &Analysis, from: usize, to: usize, orgs: bool) -> Vec<usize> {
    let mut out = Vec::new();
    // Where the last actor's mention ends.
    let mut last_end: Option<usize> = None;
    // Inside a relative clause told of a person named before ("the flat of Darya Fomina, a
    // volunteer who helps people write letters to political prisoners"): its groups are not
    // the verb's.
    let mut in_relative = false;
    // Whether a relative of someone was told as the one acted on ("his father").
    let mut kin_told = false;
    let mut k = from;
    while k < to {
        if !out.is_empty() && matches!(a.norm(k), "who" | "whom" | "whose") {
            in_relative = true;
        } else if a.is_break(k) && a.norm(k) != "\"" {
            in_relative = false;
        }
        // "slapped him to make him name other members": a purpose clause acts on others.
        if (!out.is_empty() || kin_told)
            && a.norm(k) == "to"
            && matches!(
                a.norm(k + 1),
                "make" | "force" | "get" | "extract" | "compel" | "coerce" | "obtain" | "pressure"
            )
        {
            break;
        }
        // "said her mother was beaten", "slapped her son": the relative meant.
        // Not "His father, Serikbai Tokhtarbekuly,": the name that follows says who.
        let named_next = a.norm(k + 2) == ","
            && a.entity_at(k + 3)
                .is_some_and(|e| a.entities[e].is_person());
        if matches!(a.norm(k), "his" | "her" | "their")
            && k + 1 < to
            && crate::entities::people::is_kin(a.norm(k + 1))
            && !named_next
            && a.entity_at(k + 2).is_none()
        {
            if let Some(p) = crate::entities::people::kin_of(a, k) {
                push(&mut out, p);
                last_end = Some(k + 2);
            }
            kin_told = true;
            k += 2;
            continue;
        }
        // (What a pronoun or description here points back to, asked once for the checks
        // below.)
        let reference = reference_at(a, k);
        // ("detained the blogger's father, Rustam Karimov": nor is a possessor.)
        let possessor_end = a.mention_at[k]
            .map(|m| a.mentions[m].end)
            .or(reference.map(|(_, e)| e));
        if let Some(e) = possessor_end
            .filter(|&e| a.norm(e) == "'s" && crate::entities::people::is_kin(a.norm(e + 1)))
        {
            kin_told = true;
            k = e + 2;
            continue;
        }
        // "detained the father of exiled blogger X": the one whose kin was taken is not the
        // one taken. (Not "the father of two, X,": the name that follows says who.)
        if matches!(a.norm(k), "the" | "a")
            && crate::entities::people::is_kin(a.norm(k + 1))
            && a.norm(k + 2) == "of"
        {
            let owner_end = (k + 3..to.min(k + 8))
                .find_map(|j| a.mention_at[j].map(|m| a.mentions[m].end))
                .filter(|&e| {
                    a.entity_at(e - 1)
                        .is_some_and(|x| a.entities[x].is_person())
                });
            if let Some(e) = owner_end {
                kin_told = true;
                k = e;
                continue;
            }
        }
        // "detained X for “defaming the prime minister”": those a quoted charge names are
        // not the verb's.
        if a.in_quotes(k) && quoted_charge_at(a, k) {
            k += 1;
            continue;
        }
        // ("the latest moves against independent media under President Daniel Ortega and
        // Vice-President Rosario Murillo": those under whom it happened are no one acted on.)
        if a.norm(k) == "under"
            && (k + 1..(k + 3).min(to))
                .any(|j| a.entity_at(j).is_some_and(|e| a.entities[e].is_person()))
        {
            break;
        }
        // ("detained Ales Sushko at a rally against the re-election of Alexander Lukashenko":
        // whom a protest is against is no one acted on.)
        if a.norm(k) == "against"
            && !out.is_empty()
            && crate::events::triggers::find(a, k.saturating_sub(4).max(from), k)
                .iter()
                .any(|h| h.trigger.kind == "protest" && h.trigger.frame == Frame::Noun)
            // (Unless it is against what was done to someone: "a protest against the arrest
            // of X".)
            && !crate::events::triggers::find(a, k + 1, (k + 4).min(to))
                .iter()
                .any(|h| is_per_subject_type(h.trigger.kind) && h.trigger.kind != "protest")
        {
            break;
        }
        // ("detained dozens of worshippers, in the latest confrontation between the government
        // of President Daniel Ortega and the Church": the sides of a quarrel are no one acted
        // on; `data/lexicons/quarrel_nouns.txt`.)
        if !out.is_empty()
            && k > 0
            && matches!(a.norm(k), "between" | "with")
            && a.lex.quarrel_nouns.contains(a.norm(k - 1))
        {
            break;
        }
        // "arrested 27 people, among them X": "them" is the group just told, not others.
        if a.norm(k) == "them" && k > 0 && a.norm(k - 1) == "among" {
            k += 1;
            continue;
        }
        // ("about 20 relatives of the defendants held a picket": those the group is told by
        // are not the doers.)
        let of_group = k > from
            && a.norm(k - 1) == "of"
            && !out.is_empty()
            && last_end.is_some_and(|e| e + 1 >= k);
        if of_group {
            if let Some((_, next)) = reference {
                k = next;
                continue;
            }
        }
        if let Some((refers, next)) = reference {
            // "his" is always a possessive; "her" is one before a noun ("her lawyer") and an
            // object elsewhere ("fined her 30,000 rubles").
            let object_her = a.norm(k) == "her"
                && (k + 1 == to
                    || a.shape(k + 1) != chronicle_text::TokenShape::Lower
                    || matches!(
                        a.norm(k + 1),
                        "to" | "for"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "with"
                            | "after"
                            | "and"
                            | "guilty"
                            | "over"
                            | "by"
                            | "a"
                            | "an"
                            | "the"
                            | "into"
                            | "from"
                            | "out"
                            | "off"
                            | "away"
                            | "up"
                            | "down"
                            | "back"
                            | "around"
                            | "through"
                            | "repeatedly"
                            | "until"
                            | "while"
                            | "when"
                            | "during"
                            | "before"
                            | "because"
                            // ("released her about an hour later", "freed her some days
                            // later", "released her without charge")
                            | "about"
                            | "some"
                            | "without"
                            | "later"
                            | "shortly"
                            | "briefly"
                            | "again"
                            | "overnight"
                            | "immediately"
                    )
                    || a.dates.iter().any(|d| d.start == k + 1));
            // "detained both elected co-mayors of Bismil, Rojda Kaplan and Mehmet Aydemir":
            // the names after the comma say who they are.
            let named_after = refers == crate::entities::people::Refers::Many
                && (next..(next + 5).min(to)).any(|j| {
                    matches!(a.norm(j), "," | "--")
                        && a.entity_at(j + 1)
                            .is_some_and(|e| a.entities[e].is_person())
                });
            if named_after {
                k = next;
                continue;
            }
            if a.norm(k) != "his" && a.norm(k) != "her"
                || object_her
                || next == k + 2
                || (a.norm(k) == "his" && k + 1 == to)
            {
                let resolved = resolve_reference(a, k, refers);
                // "The twelve students were detained": a counted group that points back at no
                // one named is itself those acted on.
                let counted_group = (resolved.is_empty() && a.norm(k) == "the")
                    .then(|| a.entity_at(k + 1))
                    .flatten()
                    .filter(|&g| a.entities[g].kind == EntityKind::Group);
                for e in resolved.into_iter().chain(counted_group) {
                    push(&mut out, e);
                }
            }
            k = next;
            continue;
        }
        if let Some(e) = a.entity_at(k) {
            let ent = &a.entities[e];
            let ok = match ent.kind {
                EntityKind::Person | EntityKind::Group => true,
                EntityKind::Organization => orgs && !is_state(ent.category),
                EntityKind::Place => false,
            };
            // A possessor ("Taizhan's lawyer") is not the one acted on; but the owner of a
            // site, channel or office is ("blocked access to Sheki Xeber's website").
            let owned = a.norm(mention_end(a, k) + 1);
            let owner_of_outlet = orgs
                && matches!(
                    owned,
                    "website"
                        | "site"
                        | "page"
                        | "channel"
                        | "account"
                        | "accounts"
                        | "newspaper"
                        | "licence"
                        | "license"
                        | "registration"
                        | "office"
                        | "offices"
                        | "newsroom"
                );
            // ("at his parents' home": a plural's too.)
            let possessor = (a.norm(mention_end(a, k)) == "'s"
                || (matches!(a.norm(mention_end(a, k)), "'" | "’")
                    && a.norm(mention_end(a, k) - 1).ends_with('s')))
                && !owner_of_outlet;
            // Nor the one an actor is told by ("a supporter of opposition leader Bobi Wine").
            let mut j = k;
            while j > from.max(k.saturating_sub(4))
                && a.shape(j - 1) == chronicle_text::TokenShape::Lower
                && a.norm(j - 1) != "of"
            {
                j -= 1;
            }
            let of_complement = j > from
                && a.norm(j - 1) == "of"
                && !out.is_empty()
                && (last_end == Some(j - 1)
                    // "X, a former board member of the dissolved Teachers' Syndicate"
                    || (j >= 2 && a.lex.descriptors.contains(a.norm(j - 2))));
            // "told reporters": those told are no participants.
            let told = k > 0 && a.has_lemma(k - 1, "tell");
            // "urged workers on Facebook", "wrote via Telegram": where it was said.
            let medium = k > 0
                && matches!(a.norm(k - 1), "on" | "via")
                && ent.kind == EntityKind::Organization;
            // "the homes of A and B, volunteers with a local project": a group set off by a
            // comma right after the persons says who they are.
            let group = ent.kind == EntityKind::Group;
            let apposed = group && k > 0 && a.norm(k - 1) == "," && last_end == Some(k - 1);
            let related = group && in_relative;
            if ok && !possessor && !of_complement && !told && !medium && !apposed && !related {
                let kin = kin_named(a, e);
                if kin.is_empty() {
                    push(&mut out, e);
                } else {
                    for p in kin {
                        push(&mut out, p);
                    }
                }
                last_end = Some(mention_end(a, k));
            }
            k = mention_end(a, k);
            continue;
        }
        k += 1;
    }
    out
}

/// "the Toktogulov cousins", "the Sequeira siblings": the persons of that surname.
fn kin_named(a: &Analysis, group: usize) -> Vec<usize> {
    let g = &a.entities[group];
    if g.kind != EntityKind::Group {
        return vec![];
    }
    let words: Vec<&str> = g.name.split_whitespace().collect();
    let [surname, kin] = words[..] else {
        return vec![];
    };
    let kin_word = matches!(
        kin.to_lowercase().as_str(),
        "brothers" | "sisters" | "cousins" | "siblings" | "couple" | "family" | "spouses"
    );
    if !kin_word || !surname.starts_with(char::is_uppercase) {
        return vec![];
    }
    let key = Some(crate::entities::names::fold(surname));
    (0..a.entities.len())
        .filter(|&e| {
            let p = &a.entities[e];
            p.is_person() && !p.unnamed && crate::entities::people::surname(p) == key
        })
        .collect()
}

/// Bodies of the state: police, security services, courts, prosecutors, governments, heads of
/// state and legislatures.
pub(crate) fn is_state(category: Option<&str>) -> bool {
    matches!(
        category,
        Some(
            "police"
                | "security_service"
                | "court"
                | "prosecutor"
                | "government"
                | "head_of_state"
                | "legislature"
        )
    )
}

fn mention_end(a: &Analysis, k: usize) -> usize {
    a.mention_at[k].map(|m| a.mentions[m].end).unwrap_or(k + 1)
}

fn push(v: &mut Vec<usize>, e: usize) {
    if !v.contains(&e) {
        v.push(e);
    }
}

/// The subjects standing left of a verb: the nearest actors, with those coordinated to them.
fn actors_left(a: &Analysis, left: usize, start: usize, orgs: bool) -> Vec<usize> {
    // "X, who was detained ..." : the relative pronoun stands for X.
    let mut floor = left;
    if left > 0 && matches!(a.norm(left.saturating_sub(1)), "who" | "which") {
        floor = a.sentence_range(left).start;
        // "X and Y, the two men who led the walkout": the antecedent is a reference to both.
        let mut k = left - 1;
        while k > floor + 2 && k + 5 > left {
            k -= 1;
            if let Some((refers, end)) = reference_at(a, k) {
                if end + 1 >= left && refers == crate::entities::people::Refers::Many {
                    return resolve_reference(a, k, refers);
                }
            }
        }
    }
    // "Ouk, a driver, received a suspended sentence, and farmer Meas Dara was fined": a verb
    // of its own ends the run of subjects, so only those after it are this verb's.
    let mut found = actors_in(a, floor, start, orgs);
    // "After the election, which Alexander Lukashenko claimed to have won, Kukharchyk helped
    // lead the marches": a name inside a relative clause on a thing, set off by commas, does
    // not act here.
    if found.len() > 1 {
        let inside_relative = |e: usize| {
            let mut here = a
                .mentions
                .iter()
                .filter(|m| m.entity == e && m.start >= floor && m.end <= start)
                .peekable();
            // (A person "they" or "his" stands for is named elsewhere.)
            here.peek().is_some()
                && here.all(|m| {
                    let comma = (floor..m.start).rev().find(|&k| a.norm(k) == ",");
                    let closed = (m.end..start).any(|k| a.norm(k) == ",");
                    // ("After the election in which Lukashenko claimed a sixth term, X
                    // joined the marches": or one a preposition opens.)
                    let in_which = (comma.map_or(floor, |c| c + 1) + 1..m.start).any(|k| {
                        a.norm(k) == "which"
                            && matches!(a.norm(k - 1), "in" | "during" | "at" | "after" | "under")
                    });
                    (comma.is_some_and(|c| a.norm(c + 1) == "which") || in_which) && closed
                })
        };
        let outside: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&e| !inside_relative(e))
            .collect();
        if !outside.is_empty() {
            found = outside;
        }
    }
    // "Three reporters covering a strike by unpaid miners were detained": those inside the
    // participle phrase that describes the first are not held with them.
    if found.len() > 1 && floor == left {
        if let Some(m) = a
            .mentions
            .iter()
            .find(|m| m.entity == found[0] && m.start >= floor && m.end < start)
        {
            let w = a.norm(m.end);
            let participle = a.shape(m.end) == chronicle_text::TokenShape::Lower
                && w.len() > 5
                && w.ends_with("ing")
                && !matches!(
                    w,
                    "including"
                        | "during"
                        | "according"
                        | "following"
                        | "regarding"
                        | "concerning"
                        | "being"
                        | "having"
                );
            if participle {
                let first = found[0];
                // (But "and" after the phrase joins another: "workers demanding wages, and
                // two union leaders who led the walkout".)
                found.retain(|&e| {
                    e == first
                        || a.mentions.iter().any(|x| {
                            x.entity == e
                                && x.start >= floor
                                && (x.end <= m.end
                                    || (x.start < start
                                        && (m.end..x.start).any(|k| a.norm(k) == "and")))
                        })
                });
            }
        }
    }
    let k = auxiliaries_start(a, start, floor);
    let named_right_before = k > floor && is_actor(a, k - 1, orgs);
    // "His wife, Oksana Dyomina, who was detained with him, was not charged": the relative
    // clause ends at the comma before the verb; its antecedent is the subject. So does an
    // apposition: "Jaafar al-Mubarak, a cousin of the two brothers, was acquitted".
    if k > floor && a.norm(k - 1) == "," && floor == left {
        // (Not a list of people each described: "X, 33, a leader of ..., and Y, 29, a trade
        // union organizer, were taken".)
        // "A colleague who was detained with him, lawyer Farrukh Nazarov, was released": the
        // one the relative clause opening the sentence is about.
        let opening_relative = (floor + 1..k - 1).find(|&j| {
            a.norm(j) == "who"
                && j <= floor + 4
                && a.entity_at(j - 1)
                    .is_some_and(|e| a.entities[e].is_person())
        });
        if let Some(e) = opening_relative
            .and_then(|j| a.entity_at(j - 1))
            .filter(|&e| !a.entities[e].unnamed)
        {
            return vec![e];
        }
        let one_before = |j: usize| actors_in(a, floor, j - 1, orgs).len() == 1;
        if let Some(w) = (floor + 1..k - 1).rev().find(|&j| {
            a.norm(j - 1) == ","
                && (matches!(a.norm(j), "who" | "whom" | "which" | "whose")
                    || (matches!(a.norm(j), "a" | "an")
                        && !(j + 1..k - 1).any(|i| a.norm(i) == ",")
                        && one_before(j)))
        }) {
            if let Some(&e) = actors_in(a, floor, w - 1, orgs).last() {
                // "Lapko, Kruk and Sianko, who were students at the time, received ...":
                // a list joined by "and" is the antecedent whole.
                let last = a
                    .mentions
                    .iter()
                    .filter(|m| m.entity == e && m.end < w)
                    .max_by_key(|m| m.start);
                if let Some(m) = last {
                    let list = with_coordinated(a, floor, m.start, e);
                    let joined = list.len() > 1 && m.start > 0 && a.norm(m.start - 1) == "and";
                    if joined {
                        return list;
                    }
                }
                return vec![e];
            }
        }
    }
    // ("X received 15 years for “...,” and Y, a trader who sold rice, was given 10 years":
    // a verb and ", and" between them part the two, apposition or not.)
    // (The comma may stand inside a closing quotation mark: "for “...,” and Y".)
    let new_clause = (floor..start)
        .rev()
        .find(|&k| {
            a.norm(k) == "and"
                && k >= 2
                && (a.norm(k - 1) == "," || (a.norm(k - 1) == "\"" && a.norm(k - 2) == ","))
        })
        .filter(|&k| {
            (floor..k).any(|j| {
                let w = a.norm(j);
                a.shape(j) == chronicle_text::TokenShape::Lower
                    && (BE.contains(&w)
                        || (w.ends_with("ed") && a.lex.triggers.longest_at(a, j, j + 1).is_some()))
            })
        });
    if let Some(k) = new_clause.filter(|_| found.len() > 1 && floor == left) {
        let after = actors_in(a, k + 1, start, orgs);
        if !after.is_empty() {
            found = after;
        }
    }
    if found.len() > 1 && floor == left && named_right_before {
        if let Some(verb) = crate::events::triggers::find(a, floor, start)
            .iter()
            .filter(|h| h.trigger.frame != Frame::Noun)
            .map(|h| h.end)
            .next_back()
        {
            let after = actors_in(a, verb, start, orgs);
            if !after.is_empty() {
                found = after;
            }
        }
    }
    if found.len() <= 1 || floor != left {
        return found
            .into_iter()
            .rev()
            .take(1)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
    }
    found
}

/// The agent after "by" ("was detained by police", "detained at his home on July 5 by officers
/// of the State Security Service"): the first actor after the nearest "by" in the clause,
/// preferring a named organisation to the officers who belong to it.
fn by_agent(a: &Analysis, end: usize, right: usize) -> Vec<usize> {
    // "by X", "on the orders of X", "at the request of X".
    // Not inside the charge: "charged with smuggling by a group of persons".
    let right = (end..right)
        .find(|&k| matches!(a.norm(k), "with" | "\"") || (a.norm(k) == "of" && k == end))
        .unwrap_or(right);
    let Some(by) = (end..right).find(|&k| {
        a.norm(k) == "by"
            || (a.norm(k) == "of"
                && matches!(
                    a.norm(k.saturating_sub(1)),
                    "orders" | "order" | "request" | "decision"
                ))
    }) else {
        return vec![];
    };
    let actors: Vec<usize> = (by + 1..right.min(by + 10))
        .filter_map(|k| {
            a.entity_at(k)
                .filter(|&e| a.entities[e].kind != EntityKind::Place)
        })
        .collect();
    let Some(&first) = actors.first() else {
        return vec![];
    };
    // "officers of the State Security Service": the service acts.
    // (A common word for those who serve, not a body's own one-word name: "by GUBOPiK, the
    // organized-crime police unit" is GUBOPiK.)
    let member = a.entities[first].kind == EntityKind::Organization
        && a.entities[first].name.split_whitespace().count() == 1
        && !a.entities[first].name.starts_with(char::is_uppercase);
    // (Only the body they are "of": not "by police outside the Quetta Press Club", nor "by
    // police outside the KGB building", whose body only names the building.)
    let of_body = |e: usize| {
        a.mentions.iter().any(|m| {
            m.entity == e
                && m.start > by
                && m.start < by + 10
                && !(a.norm(m.end) == "building" || a.lex.premises.contains_key(a.norm(m.end)))
                && (matches!(a.norm(m.start - 1), "of" | "from")
                    || (m.start >= 2
                        && a.norm(m.start - 1) == "the"
                        && matches!(a.norm(m.start - 2), "of" | "from"))
                    // ("by national security police in Hong Kong's National Security
                    // Department": a unit named as such.)
                    || matches!(a.entities[e].category, Some("security_service" | "police")))
        })
    };
    let named = actors
        .iter()
        .copied()
        .find(|&e| e != first && a.entities[e].kind == EntityKind::Organization && of_body(e));
    match named {
        Some(org) if member => vec![org],
        _ => vec![first],
    }
}

/// The body of the kind `fits` named last before token `k`, in its sentence or the one before:
/// what "it" or "they" stands for when a body acts.
fn body_named_last(a: &Analysis, k: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    let floor = a.doc.sentences[a.doc.sentence_of(k).saturating_sub(1)]
        .tokens
        .start;
    a.mentions
        .iter()
        .filter(|m| m.start >= floor && m.end <= k && fits(m.entity))
        .max_by_key(|m| m.start)
        .map(|m| m.entity)
}

/// "prosecutors at the Phnom Penh Municipal Court charged": the prosecutors named right before
/// the court found as the doer of the verb at `start`, whose court only says where they sit.
fn prosecutor_at(a: &Analysis, court: usize, start: usize) -> Option<usize> {
    if a.entities[court].category != Some("court") {
        return None;
    }
    let seat = a
        .mentions
        .iter()
        .filter(|m| m.entity == court && m.end <= start && m.start >= 3)
        .map(|m| m.start)
        .max()?;
    // ("the public prosecutor at the Bejaia court": past the court's city.)
    let seat = a
        .mentions
        .iter()
        .find(|m| m.end == seat && m.start >= 3 && a.entities[m.entity].kind == EntityKind::Place)
        .map_or(seat, |m| m.start);
    (a.norm(seat - 1) == "the" && matches!(a.norm(seat - 2), "at" | "of"))
        .then(|| a.entity_at(seat - 3))
        .flatten()
        .filter(|&e| a.entities[e].category == Some("prosecutor"))
}

/// The nearest actor left of a verb, skipping a relative clause between commas; prosecutors
/// rather than the court they sit at.
fn nearest_agent_left(a: &Analysis, left: usize, start: usize) -> Vec<usize> {
    let agents = nearest_actor_left(a, left, start);
    if let [court] = agents[..] {
        if let Some(p) = prosecutor_at(a, court, start) {
            return vec![p];
        }
    }
    agents
}

fn nearest_actor_left(a: &Analysis, left: usize, start: usize) -> Vec<usize> {
    if let Some(pronoun) = relative_clause_before(a, start) {
        return antecedent(a, pronoun);
    }
    let mut k = start;
    while k > left {
        k -= 1;
        if a.norm(k) == "," {
            // ", which had an observer mission present at the elections," : skip back over it.
            if let Some(open) = (left..k).rev().find(|&j| a.norm(j) == ",") {
                if matches!(a.norm(open + 1), "which" | "who") {
                    k = open;
                    continue;
                }
                // "Officers of GUBOPiK, the Interior Ministry's anti-extremism directorate,
                // searched": the body named before its description acts.
                // ("The Jogorku Kenesh, Kyrgyzstan's parliament, passed".)
                let country_s = a.mention_at[open + 1].is_some_and(|m| {
                    let m = &a.mentions[m];
                    a.entities[m.entity].kind == EntityKind::Place
                        && m.start == open + 1
                        && a.norm(m.end) == "'s"
                });
                let described = open > left
                    && (matches!(a.norm(open + 1), "the" | "a" | "an") || country_s)
                    && a.entity_at(open - 1).is_some_and(|e| {
                        a.entities[e].kind == EntityKind::Organization
                            && a.entities[e].category.is_some()
                    });
                if described {
                    k = open;
                    continue;
                }
            }
        }
        // "The Van Governor's Office said it had fined 37 protesters": "it" is the body
        // named last, in this sentence or the one before.
        if a.norm(k) == "it" && k + 1 < start {
            return body_named_last(a, k, |e| a.entities[e].kind == EntityKind::Organization)
                .into_iter()
                .collect();
        }
        if let Some(e) = a.entity_at(k) {
            if a.entities[e].kind != EntityKind::Place {
                // "GKNB officers", "FSB agents": the body the officers serve.
                let first = a
                    .mentions
                    .iter()
                    .find(|m| m.entity == e && m.start <= k && k < m.end)
                    .map_or(k, |m| m.start);
                // "Police dispersed a rally by opposition supporters and detained 20
                // people": who a noun's "by" names is not who acts next.
                let by = (first.saturating_sub(2).max(left)..first)
                    .rev()
                    .find(|&j| !matches!(a.norm(j), "the" | "a" | "an"))
                    // (Not a participle's: "the opposition, led by María Corina Machado".)
                    .is_some_and(|j| {
                        (a.norm(j) == "by" && j > 0 && !a.norm(j - 1).ends_with("ed"))
                            // ("dispersed a march of traders and arrested 12 people": nor
                            // whose happening an "of" names.)
                            || (a.norm(j) == "of"
                                && j > 0
                                && a.lex.triggers.longest_at(a, j - 1, j).is_some())
                    });
                if by && !is_passive(a, start) {
                    k = first;
                    continue;
                }
                let body = first
                    .checked_sub(1)
                    .filter(|&j| j >= left)
                    .and_then(|j| a.entity_at(j))
                    .filter(|&b| {
                        b != e
                            && a.entities[b].kind == EntityKind::Organization
                            && a.entities[b].category.is_some()
                            && a.entities[e].name.chars().all(|c| !c.is_uppercase())
                    });
                if let Some(b) = body {
                    return vec![b];
                }
                // "the government of President Daniel Ortega freed": the body acts, not its
                // head named after "of".
                if a.entities[e].is_person() {
                    let mut j = first;
                    while j > left
                        && j + 3 > first
                        && a.entity_at(j - 1).is_none()
                        && a.is_capitalised(j - 1)
                    {
                        j -= 1;
                    }
                    let of_body = j >= 2
                        && a.norm(j - 1) == "of"
                        && a.entity_at(j - 2).is_some_and(|b| {
                            a.entities[b].kind == EntityKind::Organization
                                && is_state(a.entities[b].category)
                        });
                    if of_body {
                        return a.entity_at(j - 2).into_iter().collect();
                    }
                }
                return with_coordinated(a, left, k, e);
            }
        }
        if let Some((refers, _)) = reference_at(a, k) {
            // "officers of the Anti-Corruption Committee detained him ... The following day
            // they searched the home": "they" who act are the state body just told acting.
            if a.norm(k) == "they" {
                let body = body_named_last(a, k, |e| is_state(a.entities[e].category));
                if let Some(b) = body {
                    return vec![b];
                }
            }
            if matches!(a.norm(k), "he" | "she" | "they") {
                return resolve_reference(a, k, refers);
            }
        }
    }
    // "Lukashenka, in power since 1994, won": the actor before an aside set off by commas.
    if left > 0 && CLAUSE_OPENERS.contains(&a.norm(left - 1)) {
        let floor = a.sentence_range(left).start;
        if let Some(comma) = (floor.max(left.saturating_sub(6))..left)
            .rev()
            .find(|&j| a.norm(j) == ",")
        {
            if comma > 0 {
                if let Some(e) = a.entity_at(comma - 1) {
                    if a.entities[e].kind != EntityKind::Place {
                        return vec![e];
                    }
                }
            }
        }
    }
    // The relative clause's antecedent: "X, which ..., noted".
    if left > 0 && matches!(a.norm(left - 1), "which" | "who") {
        return antecedent(a, left - 1);
    }
    vec![]
}

/// The first one the sentence names before a participle clause at `at` (places aside): who
/// does what ", sentencing ..." or ", calling on ..." tells.
pub(crate) fn main_clause_subject(a: &Analysis, at: usize) -> Option<usize> {
    // ("KIBHR recalls that in 2011 police opened fire on strikers, killing 16": the clause
    // after "that".)
    // (But ", noting that ...", ", calling on ...": a saying is the speaker's, after all.)
    let saying = a
        .lex
        .triggers
        .longest_at(a, at, at + 1)
        .is_some_and(|t| t.value.frame == Frame::Say);
    let sentence = a.sentence_range(at).start;
    // ("The rights group Haalvsh said members of the IRGC opened fire on the crowd, killing
    // a teenager": or the clause a verb of saying reports.)
    let from = (sentence + 1..at)
        .filter(|_| !saying)
        .rev()
        .find(|&j| {
            (a.norm(j) == "that" && a.shape(j - 1) == chronicle_text::TokenShape::Lower)
                || (crate::events::triggers::says_at(a, j)
                    && a.shape(j) == chronicle_text::TokenShape::Lower
                    && a.entity_at(j + 1)
                        .is_some_and(|e| a.entities[e].kind != EntityKind::Place))
        })
        .map_or(sentence, |j| j + 1);
    (from..at).find_map(|j| {
        a.entity_at(j)
            .filter(|&e| a.entities[e].kind != EntityKind::Place)
    })
}

/// The first word of an aside set off by commas that closes right before the verb at `verb`
/// ("Viasna, which recognises all five as political prisoners, called ...").
fn aside_before(a: &Analysis, verb: usize) -> Option<usize> {
    if verb < 3 || a.norm(verb - 1) != "," {
        return None;
    }
    let floor = a.sentence_range(verb).start.max(verb.saturating_sub(30));
    let open = (floor..verb - 1).rev().find(|&j| a.norm(j) == ",")?;
    Some(open + 1)
}

/// "Viasna, whose leader is jailed, has ...", "The Adolat Monitoring Group, a network of
/// observers, called ...": the first word of a relative clause or apposition about the one
/// named before it, closing right before the verb at `verb`.
fn relative_clause_before(a: &Analysis, verb: usize) -> Option<usize> {
    aside_before(a, verb)
        .filter(|&k| matches!(a.norm(k), "which" | "who" | "whom" | "whose" | "a" | "an"))
}

/// "Jamshid Rakhmatullayev, 29, identified by prosecutors as the group's leader, received
/// seven years": the first word of a participle's aside closing right before the verb at
/// `verb`.
fn participle_aside_before(a: &Analysis, verb: usize) -> Option<usize> {
    aside_before(a, verb).filter(|&k| {
        a.shape(k) == chronicle_text::TokenShape::Lower
            && crate::events::triggers::is_past_participle(a.norm(k))
    })
}

/// The actor a relative pronoun at token `pronoun` stands for: the last one named before it.
fn antecedent(a: &Analysis, pronoun: usize) -> Vec<usize> {
    let floor = a.sentence_range(pronoun).start;
    (floor..pronoun)
        .rev()
        .find_map(|j| {
            a.entity_at(j)
                .filter(|&e| a.entities[e].kind != EntityKind::Place)
        })
        .into_iter()
        .collect()
}

/// The one who says: right before the verb ("the OSCE said", "Taizhan and Akhmedyarov said"),
/// an organisation a few words before it ("UN human rights experts said"), before a relative
/// clause or apposition ("X, which ..., noted"), or right after an inverted verb (", said
/// Ivanov"). A speaker named by a common noun ("his lawyer said") is nobody the record can
/// point to.
fn speaker(a: &Analysis, left: usize, start: usize, end: usize) -> Vec<usize> {
    // "Observers from the OSCE said": the organisation they speak for.
    speaker_as_written(a, left, start, end)
        .into_iter()
        .map(|e| {
            if a.entities[e].kind != EntityKind::Group {
                return e;
            }
            let Some(m) = a
                .mentions
                .iter()
                .rev()
                .find(|m| m.entity == e && m.end <= start)
            else {
                return e;
            };
            let k = m.end;
            if !matches!(a.norm(k), "from" | "of" | "with") {
                return e;
            }
            (k + 1..(k + 3).min(start))
                .find_map(|j| {
                    a.entity_at(j)
                        .filter(|&o| a.entities[o].kind == EntityKind::Organization)
                })
                .unwrap_or(e)
        })
        .collect()
}

fn speaker_as_written(a: &Analysis, left: usize, start: usize, end: usize) -> Vec<usize> {
    // ", calling on the authorities to ...": the one who spoke in the main clause.
    let sentence = a.sentence_range(start);
    let spoken_before = (sentence.start..start).any(|j| {
        [
            "say",
            "state",
            "condemn",
            "criticize",
            "criticise",
            "urge",
            "note",
            "denounce",
            "statement",
        ]
        .iter()
        .any(|l| a.has_lemma(j, l))
    });
    if a.norm(start).ends_with("ing") && start > 0 && a.norm(start - 1) == "," && spoken_before {
        if let Some(e) = main_clause_subject(a, start) {
            return vec![e];
        }
    }
    // ("Thousands of supporters had gathered outside the party office, demanding the release
    // of its leaders": what a crowd demands as it gathers is its protest's, said by no one
    // named before.)
    let gathered_before = (sentence.start..start).any(|j| {
        a.lex
            .triggers
            .longest_at(a, j, start)
            .is_some_and(|t| t.value.kind == "protest" && t.value.frame != Frame::Noun)
    });
    if a.norm(start).ends_with("ing") && start > 0 && a.norm(start - 1) == "," && gathered_before {
        return vec![];
    }
    let mut k = start;
    while k > left {
        let n = a.norm(k - 1);
        if ADVERBS.contains(&n) || matches!(n, "has" | "have" | "had" | "also" | "later") {
            k -= 1;
            continue;
        }
        // ("Viasna, whose own leader is jailed, on Thursday called ...": the saying's time.)
        if let Some(d) = a.dates.iter().find(|d| d.end == k && d.start > left) {
            k = d.start;
            if k > left && matches!(a.norm(k - 1), "on" | "in" | "last" | "this") {
                k -= 1;
            }
            continue;
        }
        break;
    }
    if k > left {
        let p = k - 1;
        // "Ana Restrepo, the UN special rapporteur on ..., said": the person the apposition
        // describes speaks, not a body named inside it.
        if a.norm(p) == "," {
            let opening = (left..p).find(|&j| a.norm(j) == ",");
            let described = opening.filter(|&c| {
                matches!(a.norm(c + 1), "the" | "a" | "an")
                    && !(c + 1..p).any(|j| matches!(a.norm(j), "who" | "which"))
            });
            if let Some(c) = described {
                let person = c
                    .checked_sub(1)
                    .and_then(|j| a.entity_at(j))
                    .filter(|&e| a.entities[e].is_person());
                if let Some(e) = person {
                    return vec![e];
                }
            }
        }
        // ("“The workers asked for their wages,” said the human rights group Ain o Salish
        // Kendra": after a quote the speaker follows the verb, past its description.)
        if a.norm(p) == "\"" && a.norm(start + 1) == "the" {
            let sentence = a.sentence_range(start);
            let named = (end..sentence.end.min(end + 7))
                .take_while(|&k| {
                    a.entity_at(k).is_some() || a.shape(k) == chronicle_text::TokenShape::Lower
                })
                .find_map(|k| {
                    a.entity_at(k)
                        .filter(|&e| a.entities[e].kind != EntityKind::Place)
                });
            if let Some(e) = named {
                return vec![e];
            }
        }
        if a.norm(p) == "," || a.norm(p) == ")" {
            return nearest_agent_left(a, left, k);
        }
        if let Some(e) = a
            .entity_at(p)
            .filter(|&e| a.entities[e].kind != EntityKind::Place)
        {
            // ("Several protesters who spoke to RFE/RL rejected that account": the one
            // spoken to is no speaker.)
            let spoken_to = a.mention_at[p].is_some_and(|m| {
                let m = &a.mentions[m];
                m.start > 0 && a.norm(m.start - 1) == "to"
            });
            return if spoken_to {
                vec![]
            } else {
                with_coordinated(a, left, p, e)
            };
        }
        if let Some((refers, _)) = reference_at(a, p) {
            return resolve_reference(a, p, refers);
        }
        // "the group said", "the ministry said": the organisation last named of that kind.
        if p > 0 && a.norm(p - 1) == "the" {
            let wanted: &[&str] = match a.norm(p) {
                "group" | "organization" | "organisation" | "watchdog" | "monitor"
                | "foundation" => &["ngo", "international", "media"],
                "ministry" | "government" => &["government", "police"],
                "party" | "movement" => &["party"],
                "outlet" | "channel" | "newspaper" | "website" => &["media"],
                _ => &[],
            };
            if !wanted.is_empty() {
                let found = a.mentions.iter().rev().filter(|m| m.end <= p).find(|m| {
                    a.entities[m.entity]
                        .category
                        .is_some_and(|c| wanted.contains(&c))
                });
                return found.map(|m| m.entity).into_iter().collect();
            }
        }
        // "UN human rights experts said", "Uzbek officials said": the organisation they speak for.
        let floor = left.max(p.saturating_sub(4));
        for j in (floor..p).rev() {
            // "the European Union's delegation said": the organisation; "Taizhan's lawyer
            // said": not Taizhan.
            if a.norm(j) == "'s" && j > 0 {
                if let Some(e) = a.entity_at(j - 1) {
                    if a.entities[e].kind == EntityKind::Organization {
                        return vec![e];
                    }
                }
                break;
            }
            if a.is_break(j) || a.norm(j) == "," {
                break;
            }
            if let Some(e) = a.entity_at(j) {
                if a.entities[e].kind == EntityKind::Organization {
                    return vec![e];
                }
                break;
            }
        }
        return vec![];
    }
    if k == left && left > 0 && matches!(a.norm(left - 1), "which" | "who") {
        return nearest_agent_left(a, left, start);
    }
    // "The Adolat Monitoring Group, a network of observers, called ...": the clause opens
    // after an aside; the speaker stands before it.
    if k == left && left > 0 && a.norm(left - 1) == "," {
        if let Some(pronoun) = relative_clause_before(a, k) {
            return antecedent(a, pronoun);
        }
    }
    let sentence = a.sentence_range(start);
    (end..sentence.end.min(end + 4))
        .find_map(|k| {
            a.entity_at(k)
                .filter(|&e| a.entities[e].kind != EntityKind::Place)
        })
        .into_iter()
        .collect()
}

fn noun_arguments(
    a: &Analysis,
    kind: &str,
    start: usize,
    end: usize,
    left: usize,
    right: usize,
) -> Arguments {
    let mut args = Arguments::default();
    let orgs = matches!(kind, "censorship" | "raid");
    // Possessor: "Akhmedyarov's sentencing", "his arrest", "their detention".
    let mut k = start;
    while k > left && (is_noun_modifier(a, k - 1) || a.dates.iter().any(|d| d.end == k)) {
        k = a
            .dates
            .iter()
            .find(|d| d.end == k)
            .map(|d| d.start)
            .unwrap_or(k - 1);
    }
    // "the Bangladesh Nationalist Party's (BNP) rally": past the bracketed short name.
    if k >= left + 4 && a.norm(k - 1) == ")" && a.norm(k - 3) == "(" && a.norm(k - 4) == "'s" {
        k -= 3;
    }
    if k > left {
        let p = k - 1;
        if a.norm(p) == "'s" && p > 0 {
            args.subjects = actors_in(a, p - 1, p, orgs);
            if args.subjects.is_empty() {
                if let Some(m) = a.mention_at[p - 1] {
                    let e = a.mentions[m].entity;
                    if a.entities[e].kind != EntityKind::Place {
                        args.subjects.push(e);
                    }
                }
            }
        } else if matches!(a.norm(p), "his" | "her" | "their")
            // "Two other women joined her hunger strike": those who joined it, below.
            && !(kind == "protest" && p > 0 && a.has_lemma(p - 1, "join"))
        {
            args.subjects = actors_in(a, p, p + 1, orgs);
            if a.norm(p) == "his" || a.norm(p) == "her" {
                if let Some((r, _)) = reference_at(a, p) {
                    args.subjects = resolve_reference(a, p, r);
                }
            }
        }
    }
    // "the Democratic Choice Party's march": a protest an organisation owns it organised.
    if kind == "protest" {
        let (bodies, people): (Vec<usize>, Vec<usize>) = std::mem::take(&mut args.subjects)
            .into_iter()
            .partition(|&e| a.entities[e].kind == EntityKind::Organization);
        args.agents = bodies;
        args.subjects = people;
    }
    // "Lukashenka's re-election": the one re-elected won.
    if kind == "election" && matches!(a.norm(start), "re-election" | "reelection") {
        args.agents = std::mem::take(&mut args.subjects);
    }
    // "the arrest of X", "a rally of 500 people", "a protest by farmers"; "the trial in
    // absentia of X".
    let end = if a.norm(end) == "in" && a.norm(end + 1) == "absentia" {
        end + 2
    } else {
        end
    };
    // ("ordered the release on bail of 5,000 Egyptian pounds each of six residents": past
    // the bail and its sum.)
    let end = if a.norm(end) == "on" && a.norm(end + 1) == "bail" {
        let after = end + 2;
        if a.norm(after) == "of" {
            (after + 1..(after + 8).min(right))
                .find(|&k| a.norm(k) == "of")
                .unwrap_or(after)
        } else {
            after
        }
    } else {
        end
    };
    if args.subjects.is_empty() && matches!(a.norm(end), "of" | "by") {
        let to = right.min(end + 8);
        // ("a rally by farmers on Tuesday and detained 20 people": not past the next verb.)
        let to = (end + 2..to)
            .find(|&k| a.norm(k) == "and" && a.lex.triggers.longest_at(a, k + 1, k + 2).is_some())
            .unwrap_or(to);
        // "a search of his apartment": whose premises.
        if matches!(a.norm(end + 1), "his" | "her" | "their") {
            if let Some((r, _)) = reference_at(a, end + 1) {
                args.subjects = resolve_reference(a, end + 1, r);
            }
        } else {
            args.subjects = actors_in(a, end + 1, to, orgs);
        }
    }
    // "pickets they held near the Kremlin", "the rally that she organised": those who held it.
    if kind == "protest" && args.subjects.is_empty() {
        let mut k = end;
        if matches!(a.norm(k), "that" | "which") {
            k += 1;
        }
        let doer = if let Some((refers, next)) = reference_at(a, k) {
            Some((resolve_reference(a, k, refers), next))
        } else {
            a.mention_at.get(k).copied().flatten().map(|m| {
                let m = &a.mentions[m];
                (vec![m.entity], m.end)
            })
        };
        if let Some((who, next)) = doer {
            let held = HOLDING.iter().any(|l| a.has_lemma(next, l));
            if held && who.iter().all(|&e| a.entities[e].kind != EntityKind::Place) {
                args.subjects = who;
            }
        }
    }
    // "All ten took part in a march of several thousand people": the crowd the march was
    // of, and those the sentence tells took part in it.
    let crowd = if kind == "protest"
        && !args.subjects.is_empty()
        && args
            .subjects
            .iter()
            .all(|&e| a.entities[e].kind == EntityKind::Group)
    {
        std::mem::take(&mut args.subjects)
    } else {
        Vec::new()
    };
    // "hearings in the case of Pavel Vinnik", "a case against X"; but "the 2020 protests
    // against Alexander Lukashenko" are not his.
    if args.subjects.is_empty() && crowd.is_empty() && kind != "protest" {
        let to = right.min(end + 8);
        if let Some(k) = (end..to)
            .find(|&k| (a.norm(k) == "case" && a.norm(k + 1) == "of") || a.norm(k) == "against")
        {
            let from = if a.norm(k) == "case" { k + 2 } else { k + 1 };
            args.subjects = actors_in(a, from, right.min(from + 5), orgs);
        }
    }
    // "The heaviest sentence, 25 years in a maximum-security colony, went to Alibek
    // Shodmonbekov": the one a term went to.
    if kind == "sentence" && args.subjects.is_empty() {
        let went =
            (end..right.min(end + 16)).find(|&k| a.has_lemma(k, "go") && a.norm(k + 1) == "to");
        if let Some(v) = went {
            args.subjects = actors_in(a, v + 2, right.min(v + 8), false)
                .into_iter()
                .take(1)
                .collect();
        }
    }
    // "a rally against the bill organised by the opposition party Chadema", "The strike, at
    // the company's base outside Zhanaozen, was called by the union Adal Enbek"
    if kind == "protest" && args.agents.is_empty() {
        if let Some(v) = (end..right.min(end + 20)).find(|&k| {
            matches!(a.norm(k), "organised" | "organized" | "called" | "led")
                && a.norm(k + 1) == "by"
        }) {
            args.agents = by_agent(a, v + 1, right);
            // ("led by drilling foremen A and B": all the persons listed.)
            if let Some(&first) = args.agents.first().filter(|&&e| a.entities[e].is_person()) {
                let mut last_end = a
                    .mentions
                    .iter()
                    .filter(|m| m.entity == first && m.start > v)
                    .map(|m| m.end)
                    .min()
                    .unwrap_or(right);
                while let Some(m) = a.mentions.iter().find(|m| {
                    m.start > last_end
                        && m.start <= last_end + 2
                        && (last_end..m.start).all(|k| matches!(a.norm(k), "and" | ","))
                        && a.entities[m.entity].is_person()
                }) {
                    if !args.agents.contains(&m.entity) {
                        args.agents.push(m.entity);
                    }
                    last_end = m.end;
                }
                // (Those who lead a protest take part in it.)
                if args.subjects.is_empty() {
                    args.subjects = args.agents.clone();
                }
            }
        }
    }
    // "officers took his laptop during a search", "police used force at the rally": the
    // state body acting in the clause is the agent of a raid, a beating or a detention.
    if matches!(kind, "raid" | "violence" | "detention") && args.agents.is_empty() {
        args.agents = enforcer_at(a, (left..start).rev());
    }
    // "X led the Communities Alliance bloc to victory in Gyumri's Nov. 17 municipal
    // election": those who won it are its winners.
    if kind == "election" && args.agents.is_empty() {
        let floor = left.max(start.saturating_sub(10));
        if let Some(v) = (floor..start).rev().find(|&k| a.norm(k) == "victory") {
            let sentence = a.sentence_range(start);
            args.agents = actors_in(a, sentence.start.max(v.saturating_sub(12)), v, true);
        }
    }
    // "the August 2023 general election, won by President Emmerson Mnangagwa"
    if kind == "election"
        && args.agents.is_empty()
        && a.norm(end) == ","
        && a.has_lemma(end + 1, "win")
    {
        args.agents = by_agent(
            a,
            end + 1,
            right.max(end + 6).min(a.sentence_range(end).end),
        );
    }
    // "the elections, which the ruling Georgian Dream party won", "the election in which
    // Lukashenko claimed a sixth term", "the election that handed X a sixth term", "which the
    // electoral council awarded to X", "in which the CNE declared X the winner".
    // ("elections that Georgian Dream won": "that" may open a clause of its own.)
    let sentence_end = a.sentence_range(end.saturating_sub(1)).end;
    if kind == "election" && args.agents.is_empty() {
        if let Some(w) = (end..right.max(end + 3).min(sentence_end))
            .find(|&k| matches!(a.norm(k), "which" | "that"))
        {
            let not_place = |k: usize| {
                a.entity_at(k)
                    .filter(|&e| a.entities[e].kind != EntityKind::Place)
            };
            let stop = a.sentence_range(w).end.min(w + 12);
            let won = (w + 1..stop).find(|&k| WINNING.iter().any(|l| a.has_lemma(k, l)));
            let given = (w + 1..stop).find(|&k| GIVING.iter().any(|l| a.has_lemma(k, l)));
            args.agents = match (won, given) {
                // The winner does the winning...
                (Some(v), g) if g.is_none_or(|g| v < g) => (w + 1..v).rev().find_map(not_place),
                // ... and is given the win.
                (_, Some(v)) => (v + 1..(v + 6).min(stop)).find_map(not_place),
                _ => None,
            }
            .into_iter()
            .collect();
        }
    }
    // "Lukashenko, who claimed a seventh term in a January election": the one a relative
    // clause of winning is about won the election it names.
    if kind == "election" && args.agents.is_empty() {
        let floor = a.sentence_range(start).start.max(start.saturating_sub(10));
        let won = (floor..start)
            .rev()
            .find(|&k| WINNING.iter().any(|l| a.has_lemma(k, l)));
        if let Some(v) = won.filter(|&v| v > 0 && matches!(a.norm(v - 1), "who" | "which")) {
            args.agents = antecedent(a, v - 1);
        }
    }
    // "X took part in rallies", "their participation in April 9 rallies", "Amanat won the elections".
    if args.subjects.is_empty() {
        // "X had run unsuccessfully as an independent candidate in the November 2021
        // parliamentary elections": an election's candidates stand further back.
        let floor = if kind == "election" {
            a.sentence_range(start).start.max(start.saturating_sub(14))
        } else {
            left.max(start.saturating_sub(10))
        };
        let organiser = (floor..start)
            .rev()
            .find(|&j| ORGANISING.iter().any(|p| a.has_lemma(j, p)));
        if let Some(v) = organiser.filter(|_| kind == "protest") {
            args.agents = nearest_agent_left(a, left, v);
            // "the Hayreniq movement that organized the protest"
            if args.agents.is_empty() && v > 0 && matches!(a.norm(v - 1), "that" | "which" | "who")
            {
                args.agents = antecedent(a, v - 1);
            }
        }
        // "he smashed a windshield during a protest": the one acting at the protest took part.
        // "arrested ... at a street protest in Rasht": one lower-case word may stand between.
        // ("Rashed and Tanvir both spoke at that protest": the one told before.)
        let at = if start >= 2
            && matches!(a.norm(start - 2), "during" | "at")
            && matches!(a.norm(start - 1), "a" | "the" | "that" | "this")
        {
            Some(start - 2)
        } else if start >= 3
            && matches!(a.norm(start - 3), "during" | "at")
            && matches!(a.norm(start - 2), "a" | "the")
            && a.shape(start - 1) == chronicle_text::TokenShape::Lower
        {
            Some(start - 3)
        } else {
            None
        };
        if let Some(at) = at.filter(|_| kind == "protest") {
            let sentence = a.sentence_range(start);
            let who: Vec<usize> = actors_in(a, sentence.start, at, false)
                .into_iter()
                .filter(|&e| a.entities[e].is_person())
                .collect();
            // The clause's subject, not a name inside its object ("convicted of waging war
            // against God ... during the demonstrations").
            if let Some(&first) = who.first() {
                args.subjects = vec![first];
                // "A, who ran for the UNM, and fellow activist B were detained at a rally":
                // a plural verb has every person named before it as its subject.
                let plural = (sentence.start..at)
                    .find(|&k| matches!(a.norm(k), "were" | "are"))
                    .filter(|&k| a.has_lemma(k + 1, "detain") || a.has_lemma(k + 1, "arrest"));
                if let Some(were) = plural {
                    args.subjects = actors_in(a, sentence.start, were, false)
                        .into_iter()
                        .filter(|&e| a.entities[e].is_person())
                        .collect();
                }
            }
        }
        // "X and Y appeared at a hearing on Thursday", "appeared at what was expected to be
        // the final hearing": those who appeared are tried.
        if kind == "trial" && args.subjects.is_empty() {
            let sentence = a.sentence_range(start);
            let appeared = (sentence.start.max(start.saturating_sub(9))..start)
                .find(|&k| a.has_lemma(k, "appear") && a.norm(k + 1) == "at");
            if let Some(v) = appeared {
                args.subjects = actors_in(a, sentence.start, v, false)
                    .into_iter()
                    .filter(|&e| a.entities[e].is_person())
                    .collect();
            }
        }
        // "had been on strike", "is on hunger strike", "went on strike": its doers.
        // ... and "has been in pretrial detention", "remains in custody".
        let mut before = start;
        while before > left
            && matches!(
                a.norm(before - 1),
                "pretrial" | "pre-trial" | "police" | "administrative"
            )
        {
            before -= 1;
        }
        let on_strike = before >= 2
            && matches!(a.norm(before - 1), "on" | "in")
            && (BE.contains(&a.norm(before - 2))
                || a.has_lemma(before - 2, "go")
                || a.has_lemma(before - 2, "remain"));
        if on_strike {
            let mut who = actors_left(a, left, before - 1, false);
            if who.is_empty() && left > 0 && matches!(a.norm(left - 1), "who" | "which") {
                who = actors_in(a, a.sentence_range(left).start, left - 1, false)
                    .into_iter()
                    .last()
                    .into_iter()
                    .collect();
            }
            args.subjects = who;
        } else if let Some(v) = (floor..start).rev().find(|&j| {
            PARTICIPATION.iter().any(|p| a.has_lemma(j, p))
                    || a.has_lemma(j, "win")
                    // "X was declared the winner of the January 2021 election".
                    || (kind == "election" && a.norm(j) == "winner")
                    // "Museveni will seek a seventh term in general elections": its candidate.
                    || (kind == "election" && a.has_lemma(j, "seek"))
                    // "began a hunger strike", "declared a sit-in": who did is its doer.
                    || (kind == "protest" && STARTING.iter().any(|p| a.has_lemma(j, p)))
        }) {
            let doers = if matches!(a.norm(v), "participation" | "involvement" | "role") {
                let mut d = Vec::new();
                if v > 0 {
                    d = actors_in(a, v - 1, v, true);
                    if d.is_empty() && a.norm(v - 1) == "'s" && v >= 2 {
                        d = actors_in(a, v - 2, v - 1, true);
                    }
                }
                d
            } else if v > 0
                && a.norm(v).ends_with("ing")
                && matches!(a.norm(v - 1), "after" | "before" | "for" | "while" | "over")
            {
                // "he served 20 days after taking part in a march": the main clause's subject.
                let sentence = a.sentence_range(v);
                actors_in(a, sentence.start, v - 1, false)
                    .into_iter()
                    .take(1)
                    .collect()
            } else {
                // The verb may stand before the clause the election noun is in.
                actors_left(a, left.min(floor), v, true)
            };
            if a.has_lemma(v, "win") || a.norm(v) == "winner" {
                args.agents = nearest_agent_left(a, left, v);
            } else if kind == "election"
                && !a.has_lemma(v, "participate")
                && !a.has_lemma(v, "run")
                && !a.has_lemma(v, "contest")
            {
                // "held elections": the holder is no candidate.
                if a.has_lemma(v, "hold") || a.has_lemma(v, "call") || a.has_lemma(v, "announce") {
                    args.agents = vec![];
                } else {
                    args.subjects = doers;
                }
            } else if kind == "protest"
                && ["hold", "stage", "lead", "organise", "organize"]
                    .iter()
                    .any(|l| a.has_lemma(v, l))
            {
                // "The Democratic Party held a rally": an organisation holding a protest
                // organised it; the people it brought out are its participants.
                let (orgs, people): (Vec<usize>, Vec<usize>) = doers.into_iter().partition(|&e| {
                    a.entities[e].kind == chronicle_record::EntityKind::Organization
                });
                // "The committee said it would hold a protest": "it" is the body named last.
                let it = (v.saturating_sub(3)..v).rev().find(|&j| a.norm(j) == "it");
                let orgs = match it {
                    Some(it) if orgs.is_empty() && people.is_empty() => {
                        body_named_last(a, it, |e| a.entities[e].kind == EntityKind::Organization)
                            .into_iter()
                            .collect()
                    }
                    _ => orgs,
                };
                if !orgs.is_empty() {
                    args.agents = orgs;
                }
                args.subjects = people;
            } else {
                args.subjects = doers;
            }
        }
    }
    if kind == "censorship" {
        // "the Justice Ministry designated X a foreign agent", "X was labelled extremist".
        let (l, r) = (left, right);
        let designation = (l..r).any(|j| {
            [
                "designate",
                "declare",
                "label",
                "brand",
                "add",
                "list",
                "recognize",
                "recognise",
                "name",
                "include",
                "ban",
                "outlaw",
                "register",
            ]
            .iter()
            .any(|v| a.has_lemma(j, v))
        });
        if !designation {
            return Arguments::default();
        }
        let mut agents = Vec::new();
        let mut subjects = Vec::new();
        // "in protest at a ban on family visits": a ban on something is a ban on what follows
        // "on", not on the people the clause tells of.
        let banned_from = (a.has_lemma(start, "ban") && a.norm(end) == "on").then_some(end + 1);
        for j in l..r {
            if let Some(e) = a.entity_at(j) {
                let ent = &a.entities[e];
                match ent.kind {
                    EntityKind::Organization if is_state(ent.category) => push(&mut agents, e),
                    EntityKind::Place => {}
                    _ if banned_from.is_some_and(|b| j < b) => {}
                    _ => push(&mut subjects, e),
                }
            }
        }
        args.agents = agents;
        if args.subjects.is_empty() {
            args.subjects = subjects;
        }
    }
    for e in crowd {
        push(&mut args.subjects, e);
    }
    args
}

fn is_noun_modifier(a: &Analysis, k: usize) -> bool {
    let n = a.norm(k);
    !a.is_break(k)
        && n != ","
        && n != "'s"
        && !matches!(
            n,
            "his" | "her" | "their" | "of" | "in" | "and" | "the" | "a" | "an"
        )
        && a.entity_at(k).is_none()
        && (a.shape(k) == chronicle_text::TokenShape::Lower
            || a.shape(k) == chronicle_text::TokenShape::Number)
        && !CLAUSE_OPENERS.contains(&n)
        && a.lex.triggers.longest_at(a, k, k + 1).is_none()
        && !BE.contains(&n)
        && (a.shape(k) == chronicle_text::TokenShape::Number || !a.lex.lemmas_of(n).contains(&"be"))
}

/// The actor at token `k` with the persons (or, for a police or security body, the other
/// such bodies) joined to it by "and" on its left ("Taizhan and Akhmedyarov said").
fn with_coordinated(a: &Analysis, left: usize, k: usize, e: usize) -> Vec<usize> {
    let mut out = vec![e];
    // "Police and army troops raided": enforcing bodies act together as persons do.
    let enforcer = is_enforcer(a, e);
    if !a.entities[e].is_person() && !enforcer {
        return out;
    }
    let mut start = a.mention_at[k].map(|m| a.mentions[m].start).unwrap_or(k);
    while start >= left + 2 && matches!(a.norm(start - 1), "and" | ",") {
        let Some(m) = a.mention_at[start - 2] else {
            break;
        };
        let other = a.mentions[m].entity;
        let alike = if enforcer {
            is_enforcer(a, other)
        } else {
            a.entities[other].is_person()
        };
        if !alike || out.contains(&other) {
            break;
        }
        out.insert(0, other);
        start = a.mentions[m].start;
    }
    out
}

/// What an appeal court cuts or upholds: "Sharipov's term", "the sentences of X and Y".
const TERMS: &[&str] = &["term", "terms", "sentence", "sentences"];

/// The owner named right after a verb of what it acts on (`heads`): "her apartment",
/// "Sydykov's home", "the outlet's office", "the homes of Abdykalykova and Sydykov". With
/// `strict`, a possessive counts only before one of `heads` ("cut Sharipov's term", not
/// "sentenced Taizhan's lawyer").
fn owner_after(
    a: &Analysis,
    end: usize,
    right: usize,
    heads: &dyn Fn(&str) -> bool,
    strict: bool,
) -> Vec<usize> {
    for k in end..right.min(end + 4) {
        let head_at = |j: usize| heads(a.norm(j));
        if strict && !(end..right.min(end + 6)).any(head_at) {
            return vec![];
        }
        if head_at(k) && a.norm(k + 1) == "of" {
            // "the office of Ayan Media and the homes of its editor-in-chief, Aibek
            // Toktogulov, and camerawoman Nurzhan Asanova": each owner of each premises.
            let next_head = (k + 2..right.min(k + 12))
                .find(|&j| a.norm(j) == "and" && head_at(j + 2) && a.norm(j + 3) == "of");
            // ("the houses of Enver Seitmemetov, a 34-year-old builder in Bakhchysarai, and
            // Ruslan Abdulaev": owners described at length, up to the next verb.)
            let next_verb = (k + 2..right.min(k + 24)).find(|&j| {
                a.norm(j) == "and"
                    && (a.norm(j + 1).ends_with("ed")
                        || a.lex.triggers.longest_at(a, j + 1, right).is_some())
            });
            let to = next_head.unwrap_or(next_verb.unwrap_or(right.min(k + 24)));
            let mut owners = Vec::new();
            for (from, until) in outside_appositions(a, k + 2, to) {
                for e in actors_in(a, from, until, true) {
                    push(&mut owners, e);
                }
            }
            if let Some(j) = next_head {
                for e in actors_in(a, j + 4, right.min(j + 20), true) {
                    push(&mut owners, e);
                }
            }
            if !owners.is_empty() {
                return owners;
            }
        }
        if strict && !head_at(k + 1) && !head_at(k + 3) {
            continue;
        }
        if a.norm(k + 2) == "'s" {
            if let Some(e) = org_reference(a, k) {
                return vec![e];
            }
            // "the blogger's home"
            if let Some((r, _)) = reference_at(a, k) {
                let who = resolve_reference(a, k, r);
                if !who.is_empty() {
                    return who;
                }
            }
        }
        if matches!(a.norm(k), "his" | "her" | "their") {
            if let Some((r, _)) = reference_at(a, k) {
                return resolve_reference(a, k, r);
            }
        }
        // "Police searched the office the same day", "raided its newsroom": the workplace of
        // the outlet or group the report named last.
        if matches!(a.norm(k), "the" | "its")
            && a.lex.premises.get(a.norm(k + 1)) == Some(&"workplace")
            && a.norm(k + 2) != "of"
        {
            if let Some(e) = workplace_owner(a, k) {
                return vec![e];
            }
        }
        if a.norm(k) == "'s" && k > 0 {
            if let Some(e) = a.entity_at(k - 1) {
                return vec![e];
            }
        }
    }
    vec![]
}

/// The stretches of `from..to` outside the appositions that describe someone named ("X, a
/// student arrested during pro-European Union protests in December, and Y"): what an
/// apposition names is not the one it describes.
fn outside_appositions(a: &Analysis, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = from;
    let mut k = from;
    while k < to {
        if a.norm(k) == "," && matches!(a.norm(k + 1), "a" | "an") && k > start {
            out.push((start, k));
            k = (k + 1..to).find(|&j| a.norm(j) == ",").unwrap_or(to);
            start = k;
        }
        k += 1;
    }
    if start < to {
        out.push((start, to));
    }
    out
}

/// The outlet, group or party named last before token `k`, in its sentence or the two
/// before: whose workplace "the office" is.
fn workplace_owner(a: &Analysis, k: usize) -> Option<usize> {
    let here = a.doc.sentence_of(k);
    let from = a.doc.sentences[here.saturating_sub(2)].tokens.start;
    org_named_last(a, from, k, &["media", "ngo", "party", "other"])
}

/// The organisation of one of `categories` named last in tokens `from..k`.
fn org_named_last(a: &Analysis, from: usize, k: usize, categories: &[&str]) -> Option<usize> {
    a.mentions
        .iter()
        .rev()
        .filter(|m| m.end <= k && m.start >= from)
        .find(|m| {
            a.entities[m.entity]
                .category
                .is_some_and(|c| categories.contains(&c))
        })
        .map(|m| m.entity)
}

/// "the group", "the outlet", "the ministry": the organisation of that kind named last
/// before token `k` (the words and their kinds: `data/lexicons/org_references.tsv`).
pub fn org_reference(a: &Analysis, k: usize) -> Option<usize> {
    if a.norm(k) != "the" {
        return None;
    }
    let wanted = a.lex.org_references.get(a.norm(k + 1))?;
    org_named_last(a, 0, k, wanted)
}
