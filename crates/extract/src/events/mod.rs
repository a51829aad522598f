//! The event layer: triggers, their participants, and the details that complete them.
//!
//! For each sentence: [`triggers`] finds the words that report an event; [`arguments`] reads
//! agents and subjects from the trigger's clause; [`status`] reads negation, denial, allegation
//! and plans; [`details`] reads charge and penalty; dates and places come from the layers
//! already built. [`merge`] then makes one event per named subject and joins what several
//! sentences say about the same event ("detained ... in Oral" + "detained them on April 12").

pub mod arguments;
pub mod details;
pub mod merge;
pub mod status;
pub mod triggers;

use chronicle_record::{EntityKind, Penalty};

use crate::analysis::Analysis;
use crate::lexicon::Frame;

/// An event as the pipeline builds it, before ids are given.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: &'static str,
    pub status: &'static str,
    /// Trigger token range.
    pub start: usize,
    pub end: usize,
    pub agents: Vec<usize>,
    pub subjects: Vec<usize>,
    /// Entity index of the place.
    pub place: Option<usize>,
    /// Index into `Analysis::dates`.
    pub date: Option<usize>,
    pub charge: Option<String>,
    pub penalty: Option<Penalty>,
    pub attributed_to: Vec<usize>,
    /// Sentence indices the event was read from.
    pub sentences: Vec<usize>,
}

/// Whether token `k` is a word of a pardon or an amnesty ("pardoned", "amnesties").
pub(crate) fn pardon_word(a: &Analysis, k: usize) -> bool {
    // (The spelling first: it rules out nearly every word without a lemma lookup.)
    let w = a.norm(k);
    (w.starts_with("pardon") || w.starts_with("amnest"))
        && (a.has_lemma(k, "pardon") || a.has_lemma(k, "amnesty"))
}

/// Whether the event's trigger is a pardon or an amnesty ("pardoned", "amnestied").
pub(crate) fn tells_pardon(a: &Analysis, d: &Draft) -> bool {
    (d.start..d.end).any(|k| pardon_word(a, k))
}

/// "Lukashenka pardoned 16 people", "the government released 12 political prisoners and put
/// them on a flight": a pardon, or a release the government itself grants, is the state's
/// act, placed in the country, not in the city a neighbouring sentence names.
pub(crate) fn national_release(a: &Analysis, d: &Draft) -> bool {
    let pardon = tells_pardon(a, d);
    let by_state = d
        .agents
        .iter()
        .any(|&x| matches!(a.entities[x].category, Some("government" | "head_of_state")));
    d.kind == "release" && (pardon || by_state)
}

impl Draft {
    /// Whether the event is told of unnamed groups alone ("about 40 protesters"), and of
    /// someone.
    pub(crate) fn of_groups_only(&self, a: &Analysis) -> bool {
        !self.subjects.is_empty()
            && self
                .subjects
                .iter()
                .all(|&s| a.entities[s].kind == EntityKind::Group)
    }

    /// The persons among the subjects, in order (not the groups or organisations).
    pub(crate) fn persons(&self, a: &Analysis) -> Vec<usize> {
        self.subjects
            .iter()
            .copied()
            .filter(|&e| a.entities[e].is_person())
            .collect()
    }
}

/// Whether entity `e` is a person holding office: described by one of [`OFFICIAL_TITLES`]
/// ("President Nicolás Maduro", "the interior minister"), or a head of state.
pub(crate) fn is_official(a: &Analysis, e: usize) -> bool {
    let ent = &a.entities[e];
    ent.category == Some("head_of_state")
        || (ent.kind == EntityKind::Person
            && ent
                .descriptors
                .iter()
                .any(|d| d.split_whitespace().any(|w| OFFICIAL_TITLES.contains(&w))))
}

/// Descriptors of persons whose public words are news in themselves.
const OFFICIAL_TITLES: &[&str] = &[
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "official",
    "ombudsman",
    "governor",
    "mayor",
    "prosecutor",
    "chairman",
    "chairwoman",
    "speaker",
    "head",
    "ambassador",
    "rapporteur",
    "commissioner",
    "envoy",
];

/// Builds the event drafts of a document.
pub fn annotate(a: &Analysis) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    // `CHRONICLE_DEBUG=1` prints each sentence's triggers and drafts: a look at what the word
    // lists found.
    let debug = std::env::var_os("CHRONICLE_DEBUG").is_some();
    // For each sentence, the persons placed in it ("Taizhan in Almaty").
    let mut places: Vec<Vec<(usize, usize)>> = Vec::new();
    for (si, sentence) in a.doc.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let hits = triggers::find(a, range.start, range.end);
        if debug {
            for h in &hits {
                eprintln!(
                    "s{si} hit {} {:?}",
                    h.trigger.kind,
                    a.span_text(h.start, h.end)
                );
            }
        }
        let all_args: Vec<arguments::Arguments> = hits
            .iter()
            .enumerate()
            .map(|(h, hit)| {
                let floor = if h > 0 { hits[h - 1].end } else { range.start };
                arguments::find(
                    a,
                    arguments::TriggerAt {
                        kind: hit.trigger.kind,
                        frame: hit.trigger.frame,
                        start: hit.start,
                        end: hit.end,
                        floor,
                    },
                )
            })
            .collect();
        let mut all_args = all_args;
        // "took her away", "picked them up": the object inside a verb's gap; "sent him to
        // pre-trial detention, a decision his supporters called ...": a pronoun there, before
        // any found after the phrase.
        for (hit, args) in hits.iter().zip(all_args.iter_mut()) {
            if hit.trigger.frame != Frame::Act || hit.end < hit.start + 3 {
                continue;
            }
            let mut inside = arguments::actors_in(a, hit.start + 1, hit.end - 1, false);
            // ("ordered 14 of them, including Karaca, jailed": the one named, not all
            // "them" stands for.)
            if let Some(k) = (hit.start + 1..hit.end - 1).find(|&k| a.norm(k) == "including") {
                let named_after = |e: &usize| {
                    a.mentions
                        .iter()
                        .any(|m| m.entity == *e && m.start > k && m.end < hit.end)
                };
                if inside.iter().any(named_after) {
                    inside.retain(named_after);
                }
            }
            let pronoun =
                (hit.start + 1..hit.end - 1).any(|k| matches!(a.norm(k), "him" | "her" | "them"));
            // ("ordered Arslan, who had spoken at the rally, and Tekin, who had filmed it,
            // jailed": all the gap names, past the relative clauses.)
            let more = (hit.start + 1..hit.end - 1).any(|k| a.norm(k) == ",")
                && inside.len() > args.subjects.len()
                && args.subjects.iter().all(|e| inside.contains(e));
            if (pronoun && !inside.is_empty()) || args.subjects.is_empty() || more {
                args.agents.retain(|e| !inside.contains(e));
                args.subjects = inside;
            }
        }
        // "The Cairo Criminal Court on Monday renewed for 45 days the detention of 23
        // defendants": the body that renews or extends a detention holds the detained.
        for (hit, args) in hits.iter().zip(all_args.iter_mut()) {
            if hit.trigger.frame != Frame::Noun
                || hit.trigger.kind != "detention"
                || !args.agents.is_empty()
            {
                continue;
            }
            let floor = hit.start.saturating_sub(12).max(range.start);
            let Some(verb) = (floor..hit.start).rev().find(|&k| {
                a.has_lemma(k, "renew") || a.has_lemma(k, "extend") || a.has_lemma(k, "prolong")
            }) else {
                continue;
            };
            if (verb..hit.start).any(|k| a.is_break(k)) {
                continue;
            }
            let holder = (range.start..verb).rev().find_map(|k| {
                a.entity_at(k).filter(|&e| {
                    matches!(
                        a.entities[e].category,
                        Some("court" | "prosecutor" | "security_service")
                    )
                })
            });
            if let Some(e) = holder {
                args.agents = vec![e];
            }
        }
        widen_arguments(a, &hits, &mut all_args, range.clone());
        objects_before_next_verb(a, &hits, &mut all_args);
        // "A court jailed a student and fined a second protester": a verb joined by "and"
        // to the one before it shares its doer.
        // The saying a joined saying goes on from ("said on Thursday ... and urged").
        let mut said_before: Vec<Option<usize>> = vec![None; hits.len()];
        for h in 1..hits.len() {
            // ("The court rejected a police request to detain the nine and granted them
            // bail": an infinitive inside the first clause is not the verb joined to.)
            let infinitive = hits[h - 1].start > 0 && a.norm(hits[h - 1].start - 1) == "to";
            let prev = if infinitive
                && h >= 2
                && matches!(hits[h - 2].trigger.frame, Frame::Act | Frame::Say)
            {
                h - 2
            } else {
                h - 1
            };
            let joined = hits[h].start > 0
                && a.norm(hits[h].start - 1) == "and"
                && (hits[prev].trigger.frame == Frame::Act || prev != h - 1)
                && hits[h].trigger.frame == Frame::Act
                && !all_args[prev].passive
                && !all_args[h].passive
                && !all_args[prev].agents.is_empty();
            if joined {
                let agents = all_args[prev].agents.clone();
                all_args[h].subjects.retain(|s| !agents.contains(s));
                all_args[h].agents = agents;
            }
            // "was acquitted of all charges and released the same evening", "was not charged
            // and was let go": a passive joined to the passive before it tells of the same
            // people.
            let joined_passive = all_args[h].passive
                && all_args[h - 1].passive
                && !all_args[h - 1].subjects.is_empty()
                && hits[h - 1].trigger.frame == Frame::Act
                && hits[h].trigger.frame == Frame::Act
                && hits[h].start > 1
                && (a.norm(hits[h].start - 1) == "and"
                    || (arguments::is_be(a.norm(hits[h].start - 1))
                        && a.norm(hits[h].start - 2) == "and"));
            if joined_passive {
                all_args[h].subjects = all_args[h - 1].subjects.clone();
            }
            // "Amnesty International said ... and urged the authorities to quash the verdict":
            // the speaker of the first saying speaks the second.
            let says_again = hits[h].trigger.frame == Frame::Say
                && all_args[h].agents.is_empty()
                && hits[h].start > 1
                && a.norm(hits[h].start - 1) == "and"
                && a.norm(hits[h].start - 2) == ",";
            if says_again {
                if let Some(p) = (0..h).rev().find(|&p| {
                    hits[p].trigger.frame == Frame::Say && !all_args[p].agents.is_empty()
                }) {
                    all_args[h].agents = all_args[p].agents.clone();
                    said_before[h] = Some(p);
                }
            }
        }
        // Dates go only to triggers that can become events: ones with participants.
        let viable: Vec<bool> = hits
            .iter()
            .zip(&all_args)
            .map(|(hit, args)| {
                // "the July 11, 2021, protests", "protests in January 2022": a noun dated
                // where it stands tells a happening even with no one named in it.
                let dated_noun = hit.trigger.frame == Frame::Noun
                    && a.dates.iter().any(|d| {
                        d.end == hit.start
                            || (d.end + 1 == hit.start && a.norm(d.end) == ",")
                            // "the 2018 anti-government protests"
                            || (d.end + 1 == hit.start
                                && a.shape(d.end) == chronicle_text::TokenShape::Lower
                                && a.norm(d.end).contains('-'))
                            || (d.start == hit.end + 1
                                && matches!(a.norm(hit.end), "in" | "on" | "of"))
                            || set_for(a, hit) == Some(d.start)
                    });
                (!args.subjects.is_empty()
                    || !args.agents.is_empty()
                    || dated_noun
                    || triggers::called_for_protest(a, hit).is_some()
                    || matches!(hit.trigger.kind, "election" | "legislation" | "trial"))
                    // ("riot police cleared a rally late on Sunday": no law was cleared.)
                    && law_beside(a, si, hit)
                    && penalty_beside(a, &hits, hit)
                    && !names_a_term(a, hit)
            })
            .collect();
        let date_owner = assign_dates(a, &hits, &viable, range.clone());
        let subject_places = subject_places(a, range.clone());
        let mut sentence_drafts: Vec<(Draft, Frame)> = Vec::new();
        for (h, (hit, mut args)) in hits.iter().zip(all_args).enumerate() {
            // "If convicted, they face up to ten years", "if I kept marching": a condition
            // tells of nothing done.
            let condition = (hit.start.saturating_sub(5).max(range.start)..hit.start)
                .rev()
                .take_while(|&k| !a.is_break(k))
                .any(|k| matches!(a.norm(k), "if" | "unless"));
            if condition && hit.trigger.frame != Frame::Noun {
                continue;
            }
            // "a law that lets the authorities block websites without a court order", "gives
            // officials sweeping powers to shut down groups": a power granted, not its use.
            // ("Before letting him go, police fined him" lets someone go, and "allows the
            // state to strip those convicted of ..." tells of the convicted.)
            // ("a reform that allows the National Telecommunications Commission (CONATEL) to
            // revoke licences": the one allowed may take a long name.)
            let floor = hit.start.saturating_sub(8).max(range.start);
            let wide_floor = hit.start.saturating_sub(12).max(range.start);
            let to_verb = hit.start > 0 && a.norm(hit.start - 1) == "to";
            // (`data/lexicons/power_verbs.txt`.)
            let allowed = to_verb
                && (wide_floor..hit.start).any(|k| {
                    a.lex.power_verbs.iter().any(|l| a.has_lemma(k, l))
                        || (a.norm(k) == "powers" && a.norm(k + 1) == "to")
                });
            // (A bracketed short name between is no break: "(CONATEL)".)
            let broken = |from: usize| {
                (from..hit.start).any(|k| {
                    (a.is_break(k) && !matches!(a.norm(k), "(" | ")")) || a.norm(k) == "go"
                })
            };
            let empowered = (allowed && !broken(wide_floor))
                || ((floor..hit.start).any(|k| a.has_lemma(k, "let")) && !broken(floor));
            if empowered && hit.trigger.frame == Frame::Act {
                continue;
            }
            // "Nine supporters were seized by armed men": people seized are detained; a
            // seized office or laptop is a raid's.
            // ("seizing his phone", "seized Aslan's cameras" seize a thing.)
            let owner = a
                .mention_at
                .get(hit.end)
                .copied()
                .flatten()
                .is_some_and(|m| matches!(a.norm(a.mentions[m].end), "'s" | "'"))
                // ("seized both brothers' phones".)
                || crate::entities::people::reference_at(a, hit.end)
                    .is_some_and(|(_, end)| matches!(a.norm(end), "'s" | "'"));
            let kind = if hit.trigger.kind == "raid"
                && a.has_lemma(hit.start, "seize")
                && !matches!(a.norm(hit.end), "his" | "her" | "their" | "its")
                && !owner
                && !args.subjects.is_empty()
                && args
                    .subjects
                    .iter()
                    .all(|&e| matches!(a.entities[e].kind, EntityKind::Person | EntityKind::Group))
            {
                "detention"
            // "took away two laptops": things taken are a search's seizure. ("took away ten
            // computers, external drives and the phones of several employees": the first
            // thing named after "away" is what was taken.)
            } else if hit.trigger.kind == "detention"
                && ((hit.end > hit.start + 1
                    && args.subjects.is_empty()
                    && (hit.start..hit.end).all(|k| a.entity_at(k).is_none())
                    && (hit.start..hit.end)
                        .all(|k| crate::entities::people::reference_at(a, k).is_none())
                    && !counts_people(a, hit.start..hit.end))
                    || (!args.passive && takes_away_things(a, hit)))
            {
                "raid"
            } else {
                hit.trigger.kind
            };
            let (left, right) = arguments::clause(a, hit.start, hit.end);
            // "The commission declared X of the ruling party the winner": an election's
            // result, not a group declared extremist.
            let winner = (hit.end..right).find(|&k| a.norm(k) == "winner");
            let declared_winner = a.has_lemma(hit.start, "declare") && winner.is_some();
            // ("X was declared the winner of the January 2021 election": the vote named after
            // is the election, and this verb no second one.)
            let of_a_vote = |w: usize| {
                a.norm(w + 1) == "of"
                    && (w + 2..(w + 7).min(right)).any(|k| {
                        a.lex
                            .triggers
                            .longest_at(a, k, k + 1)
                            .is_some_and(|t| t.value.kind == "election")
                    })
            };
            if declared_winner && winner.is_some_and(of_a_vote) {
                continue;
            }
            let kind = if declared_winner { "election" } else { kind };
            // "The broadcasting regulator fined the channel Kanal Deniz 3% of its revenue": a
            // fine that no court passes on an outlet is censorship of it.
            let fined_outlet = (kind == "sentence"
                && a.has_lemma(hit.start, "fine")
                && !args.agents.is_empty()
                && args
                    .agents
                    .iter()
                    .all(|&e| is_regulator(a.entities[e].category)))
            .then(|| {
                (hit.end..right.min(hit.end + 6)).find_map(|k| {
                    a.entity_at(k)
                        .filter(|&e| a.entities[e].category == Some("media"))
                })
            })
            .flatten();
            let kind = if fined_outlet.is_some() {
                "censorship"
            } else {
                kind
            };
            // "Police accused the blogger of spreading hate speech", "were questioned by
            // prosecutors and accused of spreading false news": an accusation by those who
            // prosecute is a charge, of the ones accused.
            let enforcer = |e: usize| {
                matches!(
                    a.entities[e].category,
                    Some("police" | "prosecutor" | "security_service")
                )
            };
            let accusation = kind == "statement"
                && a.has_lemma(hit.start, "accuse")
                && args.agents.iter().any(|&e| enforcer(e));
            let kind = if accusation {
                let accused = arguments::find(
                    a,
                    arguments::TriggerAt {
                        kind: "charge",
                        frame: Frame::Act,
                        start: hit.start,
                        end: hit.end,
                        floor: left,
                    },
                );
                if accused.subjects.is_empty() {
                    kind
                } else {
                    args.subjects = accused.subjects;
                    "charge"
                }
            } else {
                kind
            };
            let mut status = status::status_of(a, hit.start, hit.end, left, right);
            if kind == "charge" && hit.trigger.frame == Frame::Say && status == "alleged" {
                status = "occurred";
            }
            // "a solidarity picket that X had announced for the same day did not take place":
            // past the noun's relative clause, the sentence says it never happened.
            if status == "occurred"
                && hit.trigger.frame == Frame::Noun
                && status::did_not_take_place(a, hit.end)
            {
                status = "negated";
                // (Its subject is the one the clause says announced or called it.)
                if kind == "protest" && args.subjects.is_empty() {
                    let announcer = a.mentions.iter().find(|m| {
                        m.start > hit.end
                            && m.start <= hit.end + 4
                            && a.entities[m.entity].is_person()
                            && (m.end..m.end + 3).any(|k| {
                                ["announce", "call", "organise", "organize", "plan"]
                                    .iter()
                                    .any(|l| a.has_lemma(k, l))
                            })
                    });
                    args.subjects.extend(announcer.map(|m| m.entity));
                }
            }
            if status == "occurred" && triggers::called_for_protest(a, hit).is_some() {
                status = "planned";
            }
            // A hit owning several dates takes the one that modifies it: "the weeks after
            // the August 2023 general election".
            let owned = || date_owner.iter().filter(|&&(_, owner)| owner == Some(h));
            let first_saying = said_before[h].and_then(|p| {
                date_owner
                    .iter()
                    .find(|&&(_, owner)| owner == Some(p))
                    .map(|&(d, _)| d)
            });
            // "last month, on May 22": a date told again more exactly right after a comma.
            let restated = |d: usize| {
                owned().find(|&&(x, _)| {
                    let (p, q) = (&a.dates[d], &a.dates[x]);
                    q.start > p.end
                        && q.start <= p.end + 2
                        && a.norm(p.end) == ","
                        && q.precision == "day"
                        && q.value.is_some()
                        && p.precision != "day"
                })
            };
            // ("in jail since August 2023 and was sentenced in January 2025": a date before
            // "and" gives way to the verb's own right after it.)
            let own_after = owned().any(|&(y, _)| {
                a.dates[y].start == hit.end + 1
                    && a.dates[y].value.is_some()
                    && matches!(a.norm(hit.end), "in" | "on")
            });
            let date = first_saying.or_else(|| {
                owned()
                    .find(|&&(d, _)| {
                        let x = &a.dates[d];
                        let across_and =
                            own_after && (x.end..hit.start).any(|k| a.norm(k) == "and");
                        x.value.is_some()
                            && ((x.end <= hit.start && x.end + 3 >= hit.start && !across_and)
                                || (x.start == hit.end + 1
                                    && matches!(a.norm(hit.end), "in" | "on" | "of"))
                                || set_for(a, hit) == Some(x.start))
                    })
                    // "Weeks earlier, in September 2022, ...": a vague time gives way to the
                    // date that has a value ("two days after the vote, on July 30" counts
                    // from the vote: it is no vague time of the vote's own).
                    .or_else(|| {
                        let vague = owned().next().is_some_and(|&(d, _)| {
                            let x = &a.dates[d];
                            // ("The ruling came days after officers detained him ... on
                            // March 4": a vague count before the happening gives way to
                            // the day told after it.)
                            // (Not "the vote" in "two days after the vote, on July 30",
                            // nor "weeks before X was detained, and amended them in
                            // October": only a day told with the verb itself.)
                            let counted_to = x.end <= hit.start
                                && owned().any(|&(y, _)| {
                                    let y = &a.dates[y];
                                    y.start >= hit.end
                                        && y.value.is_some()
                                        && (hit.trigger.frame != Frame::Noun
                                            || !(hit.end..y.start).any(|k| a.norm(k) == ","))
                                        && !(hit.end..y.start)
                                            .any(|k| matches!(a.norm(k), "and" | ";" | "but"))
                                });
                            x.value.is_none()
                                && x.days_after_previous.is_none()
                                && (counted_to || !matches!(a.norm(x.end - 1), "after" | "before"))
                        });
                        owned()
                            .find(|&&(d, _)| a.dates[d].value.is_some())
                            .filter(|_| vague)
                    })
                    .or_else(|| owned().next())
                    .map(|&(d, _)| restated(d).map_or(d, |&(x, _)| x))
            });
            if let Some(d) = date {
                status = status::upgrade_for_future(kind, status, a.dates[d].future);
            }
            // Nation-wide events are placed only by a place named with them ("local elections
            // in Almaty"); others by the nearest place of their clause.
            let place = if matches!(kind, "election" | "legislation" | "statement") {
                clause_place(a, hit.end, right.min(hit.end + 4), hit.start, false, false)
                    .or_else(|| possessive_place(a, left, hit.start))
            } else {
                nationwide(
                    a,
                    left.max(hit.start.saturating_sub(2)),
                    right.min(hit.end + 4),
                )
                .or_else(|| acting_country(a, hit.start))
                .or_else(|| {
                    let court = matches!(kind, "trial" | "sentence" | "release");
                    let gathering = kind == "protest" && hit.trigger.frame == Frame::Noun;
                    clause_place(a, left, right, hit.start, court, gathering)
                })
                .or_else(|| opener_place(a, range.start, hit.start))
            };
            // A court's own hearing or verdict happens where the court sits.
            // "The court", "the judge": the court last named before them.
            let place = match kind {
                "trial" | "sentence" | "release" => args
                    .agents
                    .iter()
                    .find_map(|&e| a.entities[e].seat)
                    .or_else(|| place_before_court(a, &args.agents, range.clone()))
                    .or(place)
                    .or_else(|| {
                        args.agents
                            .iter()
                            .any(|&e| a.entities[e].category == Some("court"))
                            .then(|| last_court_seat(a, hit.start))
                            .flatten()
                    }),
                // ("The Hrodna Regional Court ordered the liquidation of Zialiony Dom, one of
                // the oldest groups in western Belarus": a court's ban is where it sits.)
                "censorship" => args
                    .agents
                    .iter()
                    .filter(|&&e| a.entities[e].category == Some("court"))
                    .find_map(|&e| a.entities[e].seat)
                    .or(place),
                _ => place,
            };
            let (charge, mut penalty) = match kind {
                "detention" | "charge" | "trial" | "sentence" | "release" => (
                    // Charges are often quoted, and quotes end clauses: read to the sentence end.
                    // ("were not detained for their work but for “obstructing voters”": a
                    // rebuttal of the motive re-tells the arrest; the grounds it offers are
                    // one side's word.)
                    if (left..hit.start).any(|k| a.norm(k) == "not")
                        && status::grounds_denied_instead(a, hit.end)
                    {
                        None
                    } else {
                        details::charge_in(a, hit.start, range.end)
                            .or_else(|| details::charge_in(a, left, hit.start))
                    },
                    if kind == "sentence" {
                        details::penalty_in(a, hit.start, right, a.country.as_deref())
                            .or_else(|| {
                                details::penalty_after_aside(
                                    a,
                                    right,
                                    range.end,
                                    a.country.as_deref(),
                                )
                            })
                            // ("a death sentence handed down on Tuesday ... to X": the
                            // penalty named just before the verb.)
                            .or_else(|| {
                                let from = hit.start.saturating_sub(3).max(left);
                                details::penalty_in(a, from, hit.start, a.country.as_deref())
                                    .filter(|p| p.kind == "death")
                            })
                    } else {
                        None
                    },
                ),
                _ => (None, None),
            };
            // "sentenced her to five years in prison ..., then halved the term because she
            // had pleaded guilty": the term served is half the one pronounced.
            // (Its text then runs from the term to the halving, so that both stay in view.)
            if let Some(p) = penalty.as_mut() {
                // ("four years ..., a term it had halved from eight": the term told is the
                // halved one already.)
                let halved = (hit.end..range.end)
                    .find(|&k| a.has_lemma(k, "halve"))
                    .filter(|&k| !(k + 1..(k + 3).min(range.end)).any(|j| a.norm(j) == "from"));
                if let (Some(h), Some(amount)) = (halved, p.amount) {
                    p.amount = Some(amount / 2.0);
                    let told = p.text.clone().unwrap_or_default();
                    let term_start = (hit.end..h)
                        .find(|&k| (k + 1..(k + 8).min(h)).any(|j| a.span_text(k, j) == told));
                    if let Some(k) = term_start {
                        p.text = Some(a.span_text(k, (h + 3).min(range.end)).to_string());
                    }
                }
            }
            // Light verbs report a sentence only with a penalty beside them, and verbs of
            // approval report legislation only with a law beside them.
            if hit.trigger.status == Some("+penalty") && penalty.is_none() {
                continue;
            }
            // (A verb of approval is viable only with a law beside it: `law_beside`.)
            if hit.trigger.status == Some("+law") && !viable[h] {
                continue;
            }
            if kind == "statement" && !says_someone(a, hit.start, &args.agents) {
                continue;
            }
            // "The vote came a week after police broke up a rally against the bill",
            // "lawmakers voted to override the veto": a vote on a law in a parliament is no
            // election.
            if kind == "election" && legislative_vote(a, hit.start, si) {
                continue;
            }
            // "fined for “participating in an unsanctioned picket”": a noun inside a quoted
            // charge names the offence, not a happening; so does a gerund ("held for
            // “blocking a roadway”").
            let gerund = a.norm(hit.start).ends_with("ing")
                && a.shape(hit.start) == chronicle_text::TokenShape::Lower;
            if (hit.trigger.frame == Frame::Noun || gerund)
                && in_quoted_charge(a, range.start, hit.start)
            {
                continue;
            }
            // "a tally released on Tuesday", "a video published": things released are no
            // people freed.
            if kind == "release"
                && hit.start > range.start
                && hit.end == hit.start + 1
                && a.norm(hit.start).ends_with("ed")
            {
                let prev = hit.start - 1;
                let p = a.norm(prev);
                let thing = a.shape(prev) == chronicle_text::TokenShape::Lower
                    && a.entity_at(prev).is_none()
                    && a.lex.is_english_word(p)
                    && !a.lex.descriptors.contains(p.trim_end_matches('s'))
                    && a.lex.group_nouns.longest_at(a, prev, prev + 1).is_none()
                    && !arguments::is_be(p)
                    // ("Lukashenka has freed 14 people": an auxiliary, not a thing.)
                    && !matches!(
                        p,
                        "and" | "later" | "has" | "have" | "had" | "also" | "then" | "not"
                    )
                    && !p.ends_with("ly");
                // ("The judges in the case acquitted Thanakorn Phromsri": a verb with a person
                // after it frees someone.)
                let frees_someone = (hit.end..(hit.end + 4).min(range.end)).any(|k| {
                    a.entity_at(k).is_some_and(|e| {
                        a.entities[e].is_person() || a.entities[e].kind == EntityKind::Group
                    })
                });
                if thing && !frees_someone {
                    continue;
                }
            }
            // "X was elected", "declared X the winner": the one elected won.
            let mut args = args;
            if let Some(outlet) = fined_outlet {
                args.subjects = vec![outlet];
            }
            if kind == "election" && (args.passive || declared_winner) {
                let winners: Vec<usize> = args
                    .subjects
                    .iter()
                    .copied()
                    .filter(|&e| a.entities[e].kind != EntityKind::Group)
                    .collect();
                if declared_winner || args.agents.is_empty() {
                    args.agents = winners;
                }
            }
            // "the law, which President Tokayev signed in May 2020": who signs a law enacts
            // it; a law has no one it is done to.
            // (Read as a reduced relative, "Japarov signed in August" even looks passive; and
            // "the Act, passed by parliament" must not make the act its own maker.)
            if kind == "legislation" && args.agents.is_empty() {
                let enacts = |e: usize| {
                    let x = &a.entities[e];
                    x.is_person()
                        || matches!(
                            x.category,
                            Some("legislature" | "government" | "head_of_state")
                        )
                };
                args.agents = args
                    .subjects
                    .iter()
                    .copied()
                    .filter(|&e| enacts(e))
                    .collect();
                args.subjects.retain(|&e| !enacts(e));
            }
            // "dozens of elected mayors": only "X was elected" tells an election.
            if a.has_lemma(hit.start, "elect") && !args.passive {
                continue;
            }
            let mut d = Draft {
                kind,
                status,
                start: hit.start,
                end: hit.end,
                agents: args.agents,
                subjects: args.subjects,
                place,
                date,
                charge,
                penalty,
                attributed_to: vec![],
                sentences: vec![si],
            };
            if kind == "statement" {
                d.status = "occurred";
            } else if let Some(s) = hit.trigger.status.filter(|s| !s.starts_with('+')) {
                if hit.trigger.frame != Frame::Say && d.status == "occurred" {
                    d.status = s;
                }
            }
            // "“One of them kept hitting me,” she said": a beating told in someone's own
            // quoted words is their account.
            if kind == "violence" && d.status == "occurred" && a.in_quotes(hit.start) {
                d.status = "alleged";
            }
            // (An accusation made a charge reports no saying.)
            let frame = if accusation && kind == "charge" {
                Frame::Act
            } else {
                hit.trigger.frame
            };
            for part in penalty_per_subject(a, d, range.end) {
                sentence_drafts.push((part, frame));
            }
        }
        gapped_verdicts(a, &mut sentence_drafts, range.end);
        gapped_subjects(a, &hits, &mut sentence_drafts, range.end);
        changed_terms(a, &mut sentence_drafts);
        if sentence_drafts.iter().all(|(d, _)| d.kind != "sentence") {
            if let Some(d) = listed_verdict(a, range.clone(), si, &drafts) {
                sentence_drafts.push((d, Frame::Do));
            }
        }
        if debug {
            for (d, f) in &sentence_drafts {
                eprintln!(
                    "s{si} {:?} {} {:?} '{}' agents={:?} subjects={:?} place={:?} date={:?} \
                     penalty={:?}",
                    f,
                    d.kind,
                    d.status,
                    a.span_text(d.start, d.end),
                    d.agents
                        .iter()
                        .map(|&e| &a.entities[e].name)
                        .collect::<Vec<_>>(),
                    d.subjects
                        .iter()
                        .map(|&e| &a.entities[e].name)
                        .collect::<Vec<_>>(),
                    d.place.map(|e| &a.entities[e].name),
                    d.date.map(|x| &a.dates[x].text),
                    d.penalty
                        .as_ref()
                        .map(|p| (&p.kind, p.amount, p.unit.as_deref()))
                );
            }
        }
        trial_of_the_verdict(a, &mut sentence_drafts);
        // "searched her home, seizing laptops", "detained relatives, holding them for hours":
        // a participle after a comma goes on telling the happening of the same kind before it.
        let told_again: Vec<bool> = sentence_drafts
            .iter()
            .map(|(d, _)| {
                d.kind != "statement"
                    && d.start > 0
                    && a.norm(d.start).ends_with("ing")
                    && a.norm(d.start - 1) == ","
                    && sentence_drafts
                        .iter()
                        .any(|(o, _)| o.kind == d.kind && o.end < d.start)
            })
            .collect();
        // "fire tear gas and buckshot to disperse them, injuring at least three people":
        // those the participle names are the happening's when it named no one.
        for j in 0..sentence_drafts.len() {
            if !told_again[j] {
                continue;
            }
            let (kind, start) = (sentence_drafts[j].0.kind, sentence_drafts[j].0.start);
            let subjects = sentence_drafts[j].0.subjects.clone();
            let penalty = sentence_drafts[j].0.penalty.clone();
            if let Some((first, _)) = sentence_drafts
                .iter_mut()
                .find(|(o, _)| o.kind == kind && o.end < start)
            {
                // ("jailed one organiser ..., sentencing X to 20 days": and the term.)
                if first.subjects.is_empty() {
                    first.subjects = subjects;
                    if first.penalty.is_none() {
                        first.penalty = penalty;
                    }
                }
            }
        }
        // "convicted two brothers ..., sentencing José Murillo Paz to two years and his
        // brother, Marvin Murillo Paz, to six months": the participle names the group's
        // members, each with a term of their own; they stand for the group.
        let mut told_again = told_again;
        // (group draft, a member's draft)
        let mut told_for: Vec<(usize, usize)> = Vec::new();
        for j in 0..sentence_drafts.len() {
            if !told_again[j] {
                continue;
            }
            let (d, _) = &sentence_drafts[j];
            let named =
                !d.subjects.is_empty() && d.subjects.iter().all(|&e| a.entities[e].is_person());
            let first = sentence_drafts.iter().position(|(o, _)| {
                o.kind == d.kind
                    && o.end < d.start
                    && !o.subjects.is_empty()
                    && o.subjects
                        .iter()
                        .all(|&e| a.entities[e].kind == EntityKind::Group)
            });
            if let (true, Some(f)) = (named && d.kind == "sentence", first) {
                told_for.push((f, j));
            }
        }
        // The group is told by its members, who take its date and charge.
        for &(f, j) in &told_for {
            told_again[j] = false;
            told_again[f] = true;
            let (date, charge) = (
                sentence_drafts[f].0.date,
                sentence_drafts[f].0.charge.clone(),
            );
            let member = &mut sentence_drafts[j].0;
            member.date = member.date.or(date);
            if member.charge.is_none() {
                member.charge = charge;
            }
        }
        // "during a search of his apartment in March, when he and Dubrouskaya were
        // detained": what ", when" tells happened at the time just named.
        for (d, _) in sentence_drafts.iter_mut() {
            if d.date.is_some() || d.kind == "statement" {
                continue;
            }
            let sentence = a.sentence_range(d.start);
            let when = (sentence.start + 1..d.start)
                .rev()
                .find(|&k| a.norm(k) == "when" && a.norm(k - 1) == ",");
            if let Some(w) = when {
                d.date = a
                    .dates
                    .iter()
                    .position(|x| x.end + 1 == w && x.start >= sentence.start);
            }
        }
        day_of_the_verb_before(a, &mut sentence_drafts);
        // "sentenced her to three years, then halved the term to 18 months", "four years,
        // reduced to two years and eight months": the term the court settled on.
        for j in 0..sentence_drafts.len() {
            let d = &sentence_drafts[j].0;
            if d.kind != "sentence" || d.penalty.is_none() {
                continue;
            }
            let changes = |k: usize| {
                details::changes_a_term(a, k)
                    || a.has_lemma(k, "halve")
                    || a.has_lemma(k, "convert")
            };
            // (A verdict verb of the same people after it, "found X guilty and sentenced her",
            // or the change told as a verdict of its own, is this verdict.)
            let same_people = |o: &Draft| o.subjects.is_empty() || o.subjects == d.subjects;
            let next_verdict = sentence_drafts
                .iter()
                .filter(|(o, _)| o.kind == "sentence" && o.start > d.end)
                .filter(|(o, _)| !same_people(o))
                .map(|(o, _)| o.start)
                .min()
                .unwrap_or(range.end);
            let Some(k) = (d.end..next_verdict).find(|&k| changes(k)) else {
                continue;
            };
            // ("sentenced in 2024 to one year, a term an appeals court later reduced to eight
            // months": a later court's change is a verdict of its own, not this one's term.)
            if (d.end..k)
                .any(|j| matches!(a.norm(j), "later" | "subsequently" | "appeals" | "appeal"))
            {
                continue;
            }
            let to = (k + 1..(k + 6).min(range.end)).find(|&t| matches!(a.norm(t), "to" | "into"));
            let Some(t) = to else {
                continue;
            };
            let end = arguments::clause(a, t, t + 1).1.max(t + 2).min(range.end);
            if let Some(p) = details::penalty_in(a, t, end, a.country.as_deref()) {
                sentence_drafts[j].0.penalty = Some(p);
                if let Some(o) = sentence_drafts.iter().position(|(o, _)| o.start == k) {
                    if o != j {
                        told_again[o] = true;
                    }
                }
            }
        }
        // "X, a driver convicted as an accomplice, was sentenced to one year of house arrest":
        // a verdict verb that found no one of its own gives its term to the one before it.
        for j in 0..sentence_drafts.len() {
            let d = &sentence_drafts[j].0;
            if d.kind != "sentence" || !d.subjects.is_empty() || d.penalty.is_none() {
                continue;
            }
            let before = (0..j).rev().find(|&o| {
                let o = &sentence_drafts[o].0;
                o.kind == "sentence" && !o.subjects.is_empty() && o.penalty.is_none()
            });
            if let Some(o) = before {
                let penalty = sentence_drafts[j].0.penalty.take();
                sentence_drafts[o].0.penalty = penalty;
                if let Some(t) = told_again.get_mut(j) {
                    *t = true;
                }
            }
        }
        // "received a two-year suspended sentence in 2022": the verdict noun a verb of the
        // same kind takes as its object is that verdict, and its day is the verb's.
        for j in 0..sentence_drafts.len() {
            let (d, frame) = &sentence_drafts[j];
            if *frame != Frame::Noun || !d.subjects.is_empty() || d.date.is_none() {
                continue;
            }
            let verb = sentence_drafts.iter().position(|(v, vf)| {
                *vf != Frame::Noun
                    && v.kind == d.kind
                    && v.date.is_none()
                    && !v.subjects.is_empty()
                    && v.end <= d.start
                    && d.start <= v.end + 6
                    && !(v.end..d.start).any(|k| a.is_break(k) || a.norm(k) == ",")
            });
            if let Some(v) = verb {
                sentence_drafts[v].0.date = sentence_drafts[j].0.date;
                told_again[j] = true;
            }
        }
        let mut told_again = told_again.into_iter();
        sentence_drafts.retain(|_| !told_again.next().unwrap_or(false));
        share_defendants(a, &mut sentence_drafts);
        attribute(a, &mut sentence_drafts, &hits, range.clone());
        drafts.extend(sentence_drafts.into_iter().map(|(d, _)| d));
        places.push(subject_places);
    }
    find_defendants(a, &mut drafts);
    apply_denials(a, &mut drafts);
    dated_laws(a, &mut drafts);
    merge::finish(a, drafts, &places)
}

/// "under the kingdom's 2023 cybercrime law", "the Public Order Management Act of 2013": a
/// law named with its year was enacted that year, a background event of its own, when the
/// sentence tells no enactment.
fn dated_laws(a: &Analysis, drafts: &mut Vec<Draft>) {
    let law_word = |k: usize| a.lex.law_words.contains(a.norm(k));
    // "Under the 2020 law, signed by President Toqaev in May 2020": the year that names the
    // law gives way to the month or day the sentence tells of its making in that year.
    for d in drafts.iter_mut().filter(|d| d.kind == "legislation") {
        let Some(di) = d.date else {
            continue;
        };
        let year = &a.dates[di];
        let names_law = year.precision == "year"
            && (year.end..(year.end + 4).min(a.len()))
                .take_while(|&k| a.shape(k) == chronicle_text::TokenShape::Lower)
                .any(&law_word);
        if !names_law {
            continue;
        }
        let sentence = a.sentence_range(year.start);
        let value = year.value.clone().unwrap_or_default();
        let sharper = a.dates.iter().position(|x| {
            x.start >= year.end
                && x.end <= sentence.end
                && matches!(x.precision, "month" | "day")
                && x.value.as_deref().is_some_and(|v| v.starts_with(&value))
        });
        if let Some(x) = sharper {
            d.date = Some(x);
        }
    }
    let mut found: Vec<Draft> = Vec::new();
    for (di, d) in a.dates.iter().enumerate() {
        if d.precision != "year" || d.value.is_none() {
            continue;
        }
        // "the 2023 cybercrime law": a year before the law's noun, plain words between.
        let before = (d.start > 0 && matches!(a.norm(d.start - 1), "the" | "'s"))
            .then(|| {
                (d.end..(d.end + 4).min(a.len()))
                    .take_while(|&k| a.shape(k) == chronicle_text::TokenShape::Lower)
                    .find(|&k| law_word(k))
            })
            .flatten();
        // "the Public Order Management Act of 2013": a law's name, then its year.
        let after = if d.start >= 2
            && a.norm(d.start - 1) == "of"
            && a.is_capitalised(d.start - 2)
            && law_word(d.start - 2)
        {
            Some(d.start - 2)
        } else {
            None
        };
        let Some(noun) = before.or(after) else {
            continue;
        };
        let s = a.doc.sentence_of(noun);
        if drafts
            .iter()
            .chain(&found)
            .any(|o| o.kind == "legislation" && o.sentences.contains(&s))
        {
            continue;
        }
        found.push(Draft {
            kind: "legislation",
            status: "occurred",
            start: noun,
            end: noun + 1,
            agents: Vec::new(),
            subjects: Vec::new(),
            place: None,
            date: Some(di),
            charge: None,
            penalty: None,
            attributed_to: Vec::new(),
            sentences: vec![s],
        });
    }
    if !found.is_empty() {
        drafts.extend(found);
        drafts.sort_by_key(|d| d.start);
    }
}

/// "killing at least 66 people, according to Amnesty", "at least 15 people were injured,
/// according to the BNP": the dead and wounded a report counts are told as fact, whoever
/// counted them; a beating told by its victim's side stays their account.
fn casualty_count(a: &Analysis, at: usize) -> bool {
    let sentence = a.sentence_range(at);
    let casualty = sentence
        .clone()
        .any(|k| a.lex.violence_cue(a, "casualty", k));
    casualty
        && sentence
            .clone()
            .any(|k| crate::numbers::number_at(a, k).is_some())
}

/// "Riot police beat protesters as they cleared the rally, sending 11 to hospital, according
/// to doctors": a beating in the open, at a gathering, or one a hospital treated, is told as
/// seen, whoever tells it; one in a van, a cell or under questioning only its victim's side
/// can tell.
fn seen_in_public(a: &Analysis, at: usize) -> bool {
    let sentence = a.sentence_range(at);
    let public = sentence.clone().any(|k| {
        a.lex.violence_cue(a, "public", k)
            || a.lex.happening_nouns.get(a.norm(k)) == Some(&"protest")
    });
    let hidden = sentence.clone().any(|k| a.lex.violence_cue(a, "hidden", k));
    public && !hidden
}

/// "commuted the death sentences of Rahimi and Dehghani to 10 years", "reduced the two-year
/// sentence of Abu Zeid to one year": the old sentence a court changes is the object of the
/// change, not a verdict of its own; its people are those the new term is for.
fn changed_terms(a: &Analysis, drafts: &mut Vec<(Draft, Frame)>) {
    let changes = |d: &Draft| d.kind == "sentence" && details::changes_a_term(a, d.start);
    let mut dropped: Vec<usize> = Vec::new();
    for c in 0..drafts.len() {
        if !changes(&drafts[c].0) {
            continue;
        }
        let verb_end = drafts[c].0.end;
        let old = (0..drafts.len()).find(|&o| {
            let (d, f) = &drafts[o];
            o != c
                && *f == Frame::Noun
                && d.kind == "sentence"
                && d.start >= verb_end
                && d.start <= verb_end + 4
        });
        if let Some(o) = old {
            let people = drafts[o].0.subjects.clone();
            // The new term follows "to" ("... to 10 years in prison") or, after "replaced",
            // "with".
            let end = a.sentence_range(verb_end).end;
            // ("from 10 years to seven, but left unchanged the eight-year term of his
            // co-defendant": not past the clause.)
            let term = (drafts[o].0.end..end)
                .filter(|&k| matches!(a.norm(k), "to" | "with"))
                .find_map(|k| {
                    let stop = (k + 1..end)
                        .find(|&j| matches!(a.norm(j), ";" | "but" | "while" | "whereas"))
                        .unwrap_or(end);
                    details::penalty_in(a, k, stop, a.country.as_deref())
                });
            let new = &mut drafts[c].0;
            if term.is_some() {
                new.penalty = term;
            }
            for p in people {
                if !new.subjects.contains(&p) {
                    new.subjects.push(p);
                }
            }
            dropped.push(o);
        }
    }
    let mut k = 0;
    drafts.retain(|_| {
        k += 1;
        !dropped.contains(&(k - 1))
    });
}

/// Bodies that punish outlets without a court: ministries, regulators, agencies.
fn is_regulator(category: Option<&str>) -> bool {
    matches!(category, Some("government" | "other"))
}

/// "Nicaragua released 28 political prisoners": a country named as the one doing the verb
/// at `start` acts where it rules, wherever the report is filed from.
pub(crate) fn acting_country(a: &Analysis, start: usize) -> Option<usize> {
    let mut k = start;
    // (Over an auxiliary: "Belarus has freed".)
    while k > 0 && matches!(a.norm(k - 1), "has" | "have" | "had") {
        k -= 1;
    }
    let e = a.entity_at(k.checked_sub(1)?)?;
    if !a.entities[e].place.as_ref().is_some_and(|p| p.is_country) {
        return None;
    }
    // (Not "in Nicaragua released": a place told with a preposition is where, not who.)
    let m = &a.mentions[a.mention_at[k - 1]?];
    let bare =
        m.start == 0 || !matches!(a.norm(m.start - 1), "in" | "from" | "to" | "of" | "across");
    bare.then_some(e)
}

/// "across the country", "nationwide": the document's country, when the report names it.
pub(crate) fn nationwide(a: &Analysis, left: usize, right: usize) -> Option<usize> {
    let said = (left..right).any(|k| {
        a.norm(k) == "nationwide"
            || (matches!(a.norm(k), "across" | "throughout" | "around")
                && a.norm(k + 1) == "the"
                && a.norm(k + 2) == "country")
    });
    if !said {
        return None;
    }
    let country = a.country.as_deref()?;
    a.entities.iter().position(|e| {
        e.place
            .as_ref()
            .is_some_and(|p| p.is_country && p.country == country)
    })
}

/// "The Bukhara regional court", "a Moscow city court": a place named right before a court
/// the sentence mentions is where that court sits.
fn place_before_court(
    a: &Analysis,
    agents: &[usize],
    sentence: std::ops::Range<usize>,
) -> Option<usize> {
    let court = |e: usize| a.entities[e].category == Some("court");
    a.mentions
        .iter()
        .filter(|m| agents.contains(&m.entity) && court(m.entity))
        .filter(|m| m.start >= sentence.start && m.end <= sentence.end)
        .find_map(|m| {
            let before = place_named_before(a, m.start, sentence.start)?;
            // "The Sughd regional court in Khujand": the region names the court, the city
            // after "in" is where it sits.
            let region = a.entities[before]
                .place
                .as_ref()
                .is_some_and(|p| p.is_region);
            let city_after = place_after_in(a, m.end).filter(|&c| a.is_city(c));
            Some(city_after.filter(|_| region).unwrap_or(before))
        })
}

/// The city or region named right before token `at`, over a few lower-case words ("Bukhara
/// regional court").
fn place_named_before(a: &Analysis, at: usize, floor: usize) -> Option<usize> {
    let mut k = at;
    while k > floor
        && k + 3 > at
        && a.shape(k - 1) == chronicle_text::TokenShape::Lower
        && a.entity_at(k - 1).is_none()
    {
        k -= 1;
    }
    let before = a.entity_at(k.checked_sub(1)?)?;
    let p = a.entities[before].place.as_ref()?;
    (!p.is_country).then_some(before)
}

/// Where the court named last before token `before` sits: its seat, or the place named
/// right before it ("The same court" after "the Bukhara regional court"). None when the
/// sentence brings in a court of its own: "In a separate case, a court on Tuesday jailed
/// ..." is not the one named before.
pub(crate) fn last_court_seat(a: &Analysis, before: usize) -> Option<usize> {
    let sentence = a.sentence_range(before);
    let new_court = a.mentions.iter().any(|m| {
        m.start > sentence.start
            && m.end <= sentence.end
            && a.entities[m.entity].category == Some("court")
            // ("a court", "an appeals court")
            && (m.start.saturating_sub(2)..=m.start)
                .any(|k| matches!(a.norm(k), "a" | "an" | "another"))
    });
    if new_court {
        return None;
    }
    // Mentions are stored in the order names were settled, not in text order.
    let mut courts: Vec<&crate::analysis::Mention> = a
        .mentions
        .iter()
        .filter(|m| m.end <= before && a.entities[m.entity].category == Some("court"))
        .collect();
    courts.sort_by_key(|m| std::cmp::Reverse(m.start));
    courts.into_iter().find_map(|m| {
        a.entities[m.entity].seat.or_else(|| {
            let sentence = a.sentence_range(m.start);
            place_named_before(a, m.start, sentence.start).or_else(|| place_after_in(a, m.end))
        })
    })
}

/// "an appeals court in Port Said": the city named right after "in".
fn place_after_in(a: &Analysis, at: usize) -> Option<usize> {
    if a.norm(at) != "in" {
        return None;
    }
    let e = a.entity_at(at + 1)?;
    let p = a.entities[e].place.as_ref()?;
    (!p.is_country).then_some(e)
}

/// A hearing told with no defendant of its own takes the sentence's:
/// - "The trial of three members ... was adjourned by the court, which set the next hearing
///   for Sept. 16": the defendants, court and place of the trial told beside it;
/// - "At a hearing on Wednesday, Dawit told the judge ...": whoever speaks to the court;
/// - "At an appeal hearing, the court upheld the sentence of X": whoever it judged.
fn share_defendants(a: &Analysis, drafts: &mut [(Draft, Frame)]) {
    let case = drafts
        .iter()
        .find(|(d, _)| d.kind == "trial" && !d.subjects.is_empty())
        .map(|(d, _)| (d.subjects.clone(), d.agents.clone(), d.place));
    let to_court = || {
        let speakers: Vec<usize> = drafts
            .iter()
            .filter(|(d, f)| {
                *f == Frame::Say
                    && a.norm(d.end) == "the"
                    && matches!(a.norm(d.end + 1), "judge" | "court" | "tribunal" | "judges")
            })
            .flat_map(|(d, _)| d.agents.iter().copied())
            .filter(|&e| a.entities[e].is_person())
            .collect();
        (!speakers.is_empty()).then(|| (speakers, vec![], None))
    };
    // "At an appeal hearing on Tuesday, the court upheld the sentence of X": those whose
    // verdict the hearing gave.
    let appeal = drafts
        .iter()
        .any(|(d, _)| d.kind == "trial" && (d.start..d.end).any(|k| a.norm(k) == "appeal"));
    let judged = || {
        if !appeal {
            return None;
        }
        let persons: Vec<usize> = drafts
            .iter()
            .filter(|(d, _)| d.kind == "sentence")
            .flat_map(|(d, _)| d.subjects.iter().copied())
            .filter(|&e| a.entities[e].is_person())
            .fold(Vec::new(), |mut v, e| {
                if !v.contains(&e) {
                    v.push(e);
                }
                v
            });
        (!persons.is_empty()).then(|| (persons, vec![], None))
    };
    let Some((defendants, court, place)) = case.or_else(to_court).or_else(judged) else {
        return;
    };
    for (d, _) in drafts.iter_mut() {
        if d.kind == "trial" && d.subjects.is_empty() {
            d.subjects = defendants.clone();
            if d.agents.is_empty() {
                d.agents = court.clone();
            }
            d.place = d.place.or(place);
        }
    }
}

/// Whether token `at` stands inside quotation marks opened right after a charge's
/// preposition ("for “...", "of “...").
fn in_quoted_charge(a: &Analysis, sentence_start: usize, at: usize) -> bool {
    let quotes: Vec<usize> = (sentence_start..at)
        .filter(|&k| a.norm(k) == "\"")
        .collect();
    quotes.len() % 2 == 1
        && quotes
            .last()
            .is_some_and(|&q| q > 0 && matches!(a.norm(q - 1), "for" | "of" | "with" | "over"))
}

/// "Gyumri's Nov. 17 municipal election": a place owning the noun phrase before `at`.
fn possessive_place(a: &Analysis, left: usize, at: usize) -> Option<usize> {
    let k = (left.max(at.saturating_sub(6))..at)
        .rev()
        .find(|&k| a.norm(k) == "'s")?;
    let e = a.entity_at(k.checked_sub(1)?)?;
    (a.entities[e].kind == EntityKind::Place).then_some(e)
}

/// "a Foreign Ministry spokesperson in Beijing said", "Vučić, speaking in Belgrade, has
/// called", "said in Geneva that": where the speaker is, told just before or after the
/// saying, is where the statement was made.
fn speaker_place(a: &Analysis, left: usize, at: usize) -> Option<usize> {
    // ("said in Geneva on Tuesday that ...", "told reporters in Phnom Penh")
    let after = [at + 1, at + 2]
        .into_iter()
        .find(|&k| a.norm(k) == "in" && (k == at + 1 || a.norm(k - 1) == "reporters"));
    let k = after.or_else(|| {
        (left.max(at.saturating_sub(5))..at)
            .rev()
            .find(|&k| a.norm(k) == "in" && a.entity_at(k + 1).is_some())
    })?;
    let e = a.entity_at(k + 1)?;
    (a.entities[e].kind == EntityKind::Place).then_some(e)
}

/// "Sitting in the District Court in Wan Chai, Judge Kwok sentenced ...": a phrase opening
/// the sentence, up to its first comma, places what the sentence then tells.
fn opener_place(a: &Analysis, sentence_start: usize, trigger: usize) -> Option<usize> {
    let comma = (sentence_start..trigger).find(|&k| a.norm(k) == ",")?;
    if comma > sentence_start + 10 {
        return None;
    }
    let mut found = None;
    for k in sentence_start + 1..comma {
        if !matches!(a.norm(k - 1), "in" | "at") {
            continue;
        }
        if let Some(e) = a.entity_at(k) {
            if a.entities[e].kind == EntityKind::Place {
                found = Some(e);
            } else if let Some(seat) = a.entities[e].seat {
                // "Sitting in the District Court in Wan Chai,"
                found = Some(seat);
            }
        }
    }
    found
}

/// Whether the "vote" at token `at`, in sentence `si`, is a parliament's vote on a law: no
/// word of an election near it, and a law, a veto or lawmakers named in its sentence or the
/// one before.
fn legislative_vote(a: &Analysis, at: usize, si: usize) -> bool {
    let vote_word = |k: usize| matches!(a.norm(k), "vote" | "votes" | "voted" | "voting");
    if !vote_word(at) {
        return false;
    }
    let sentence = a.sentence_range(at);
    let from = a.doc.sentences[si.saturating_sub(1)].tokens.start;
    // A word of an election other than a vote's (a trigger such as "ballot", "poll",
    // "runoff"), of whose vote it is (`vote_scope_words.tsv`: "presidential", "municipal"), or
    // of those who stand and vote.
    let electoral = sentence.clone().any(|k| {
        let election_noun = !vote_word(k)
            && a.lex
                .triggers
                .longest_at(a, k, k + 1)
                .is_some_and(|t| t.value.kind == "election");
        election_noun
            || a.lex.vote_scope.contains_key(a.norm(k))
            || matches!(a.norm(k), "candidate" | "candidates" | "voters" | "turnout")
    });
    let lawmaking = (from..sentence.end).any(|k| {
        a.lex.law_words.contains(a.norm(k))
            || matches!(
                a.norm(k),
                "veto" | "lawmakers" | "deputies" | "mps" | "reading"
            )
    });
    !electoral && lawmaking
}

/// Whether a saying has a speaker who can say things: "posts criticising a land deal" is
/// said by the posts, and "what people in Bahir Dar told him" by no place.
fn says_someone(a: &Analysis, trigger: usize, agents: &[usize]) -> bool {
    let by_a_thing = trigger > 0
        && a.norm(trigger).ends_with("ing")
        && a.shape(trigger - 1) == chronicle_text::TokenShape::Lower
        && a.entity_at(trigger - 1).is_none()
        && a.lex.is_english_word(a.norm(trigger - 1));
    let only_places = !agents.is_empty()
        && agents
            .iter()
            .all(|&e| a.entities[e].kind == EntityKind::Place);
    !by_a_thing && !only_places
}

/// "sentenced A to five years, and B and C to two and a half years each": each subject takes
/// the first term told after it, so one draft becomes one per distinct penalty.
fn penalty_per_subject(a: &Analysis, d: Draft, right: usize) -> Vec<Draft> {
    if d.kind != "sentence" || d.subjects.is_empty() {
        return vec![d];
    }
    if let Some(parts) = parenthesised_terms(a, &d, right) {
        return parts;
    }
    if d.subjects.len() < 2 {
        return vec![d];
    }
    // "A to 20 years in prison and B and C to 15 and 12 years respectively": terms in the
    // order of the names.
    // (The terms counted are those before "respectively": "..., Yulbarisov to three years
    // suspended" after it is another's.)
    // ("sentenced A and B to 12 and 11 years respectively": a sentence's terms with no kind
    // told are prison terms.)
    if let Some(resp) = (d.end..right).find(|&k| a.norm(k) == "respectively") {
        let terms = crate::numbers::terms_in(a, d.end, resp);
        let kind = d
            .penalty
            .as_ref()
            .map_or_else(|| "prison".to_string(), |p| p.kind.clone());
        let persons = d.persons(a);
        // ("to 30 days and 20 days of administrative arrest respectively": custody either
        // way, its kind by the 30-day rule.)
        let custody = matches!(kind.as_str(), "prison" | "administrative_arrest");
        if terms.len() == persons.len() && (custody || kind == "suspended") {
            return persons
                .iter()
                .zip(terms)
                .map(|(&s, (amount, unit))| {
                    let kind = details::custody_term_kind(&kind, amount, unit);
                    Draft {
                        subjects: vec![s],
                        penalty: Some(Penalty {
                            kind,
                            amount: Some(amount),
                            unit: Some(unit.to_string()),
                            text: None,
                        }),
                        ..d.clone()
                    }
                })
                .collect();
        }
    }
    if d.penalty.is_none() {
        return vec![d];
    }
    let country = a.country.as_deref();
    // ("... and his younger brother, Shohrukh Davlatmamadov, 24, to two and a half years": a
    // subject named past the verb's clause reads its term to the sentence's end.)
    let sentence_end = a.sentence_range(d.start).end;
    let mut parts: Vec<(Option<Penalty>, Vec<usize>)> = Vec::new();
    for &s in &d.subjects {
        let at = a
            .mentions
            .iter()
            .find(|m| m.entity == s && m.start >= d.end && m.end <= sentence_end)
            .map(|m| m.end);
        let penalty = match at {
            // "Serikbaiuly to five years in prison, Tolegenkyzy to four": a bare number
            // after "to" counts in the unit of the term before it.
            Some(at) if elided_unit(a, at) => parts.last().and_then(|(p, _)| {
                let (amount, _) = crate::numbers::number_at(a, at + 1)?;
                let p = p.as_ref()?;
                term_like(p, amount, p.unit.clone()?)
            }),
            Some(at) => {
                let end = if at <= right { right } else { sentence_end };
                // ("A to six years and six months, while B received four years": a term
                // told in the next clause is another's.)
                let end = (at..end)
                    .find(|&k| matches!(a.norm(k), "while" | "whereas" | ";"))
                    .unwrap_or(end);
                // ("gave A 15 days and B 13 days of administrative arrest": A's own term
                // stands before the next one sentenced; "A and B to two years each" share
                // the one after both.)
                let next_named = a
                    .mentions
                    .iter()
                    .filter(|m| m.start >= at && m.end <= end && m.entity != s)
                    .filter(|m| d.subjects.contains(&m.entity))
                    .map(|m| m.start)
                    .min();
                let own = |end: usize| {
                    details::penalty_in(a, at, end, country)
                        .or_else(|| bare_term(a, at, end, d.penalty.as_ref()?))
                };
                // ("and B, as his name is spelled in the ruling, to 10 days": past an aside
                // set off by commas.)
                let after_aside = || {
                    if a.norm(at) != "," {
                        return None;
                    }
                    let close = (at + 1..(at + 14).min(sentence_end))
                        .take_while(|&k| a.entity_at(k).is_none())
                        .find(|&k| a.norm(k) == ",")?;
                    bare_term(a, close + 1, sentence_end, d.penalty.as_ref()?)
                        .filter(|_| a.norm(close + 1) == "to")
                };
                next_named
                    .and_then(|stop| {
                        own(stop).or_else(|| term_after_name(a, at, stop, d.penalty.as_ref()?))
                    })
                    .or_else(|| own(end))
                    .or_else(after_aside)
                    .or_else(|| d.penalty.clone())
            }
            None => d.penalty.clone(),
        };
        match parts.iter_mut().find(|(p, _)| *p == penalty) {
            Some((_, subjects)) => subjects.push(s),
            None => parts.push((penalty, vec![s])),
        }
    }
    if parts.len() < 2 {
        return vec![d];
    }
    parts
        .into_iter()
        .map(|(penalty, subjects)| Draft {
            penalty,
            subjects,
            ..d.clone()
        })
        .collect()
}

/// "..., Shohrukh Davlatmamadov, 24, to two and a half years": a term told after "to" with
/// no word for its kind is of the kind of the verdict's first term.
fn bare_term(a: &Analysis, at: usize, end: usize, first: &Penalty) -> Option<Penalty> {
    let to = (at..end.min(at + 6)).find(|&k| a.norm(k) == "to")?;
    let (amount, unit, _) = crate::numbers::duration_at(a, to + 1)?;
    term_like(first, amount, unit.to_string())
}

/// "gave Khatskevich 15 days and Sidarenka 13 days of administrative arrest": a term right
/// after the name, in no words of its own kind, is of the kind of the verdict's term.
fn term_after_name(a: &Analysis, at: usize, end: usize, first: &Penalty) -> Option<Penalty> {
    let (amount, unit, term_end) = crate::numbers::duration_at(a, at)?;
    (term_end <= end).then_some(())?;
    term_like(first, amount, unit.to_string())
}

/// A term of `amount` `unit` of the kind of `first`, a term counted in time (not a fine, whose
/// unit is a currency, nor a death sentence, which has none).
fn term_like(first: &Penalty, amount: f64, unit: String) -> Option<Penalty> {
    let counted = first
        .unit
        .as_deref()
        .is_some_and(|u| matches!(u, "day" | "month" | "year"));
    counted.then(|| Penalty {
        amount: Some(amount),
        unit: Some(unit),
        text: None,
        ..first.clone()
    })
}

/// Whether "to" and a bare number stand at `at`, with no unit after the number: "to four and
/// ...".
fn elided_unit(a: &Analysis, at: usize) -> bool {
    let Some((_, end)) = (a.norm(at) == "to")
        .then(|| crate::numbers::number_at(a, at + 1))
        .flatten()
    else {
        return false;
    };
    crate::numbers::duration_at(a, at + 1).is_none()
        && matches!(a.norm(end), "and" | "," | "." | ";" | "each")
}

/// "sentenced two activists: Aqylbek Tureniyazov, an agronomist (six years and six months in
/// prison), and Gulnara Seytmuratova (three years of restricted freedom)": each person's term
/// in brackets after their name. `None` unless every person has one.
fn parenthesised_terms(a: &Analysis, d: &Draft, right: usize) -> Option<Vec<Draft>> {
    let named_after = |s: usize| {
        a.mentions
            .iter()
            .find(|m| m.entity == s && m.start >= d.end && m.end <= right)
            .map(|m| (m.end, s))
    };
    let mut starts: Vec<(usize, usize)> = d
        .subjects
        .iter()
        .filter(|&&s| a.entities[s].is_person())
        .filter_map(|&s| named_after(s))
        .collect();
    // "sentenced two activists ...: A (six years), and B (three years)": a counted group
    // named person by person after a colon.
    if let [group] = d.subjects[..] {
        let count = a.entities[group].count.as_ref().and_then(|c| c.low);
        let colon = (d.end..right).find(|&k| a.norm(k) == ":");
        if let (Some(n), Some(colon)) = (count, colon) {
            let mut persons: Vec<usize> = a
                .mentions
                .iter()
                .filter(|m| m.start > colon && m.end <= right && a.entities[m.entity].is_person())
                .map(|m| m.entity)
                .collect();
            persons.dedup();
            if persons.len() as u64 == n {
                starts = persons.into_iter().filter_map(named_after).collect();
            }
        }
    } else if starts.len() != d.subjects.len() {
        return None;
    }
    if starts.len() < 2 {
        return None;
    }
    starts.sort_unstable();
    let country = a.country.as_deref();
    let mut parts = Vec::new();
    for (i, &(at, s)) in starts.iter().enumerate() {
        let until = starts.get(i + 1).map_or(right, |&(next, _)| next);
        let open = (at..until.min(at + 14)).find(|&k| a.norm(k) == "(")?;
        let close = (open + 1..until).find(|&k| a.norm(k) == ")")?;
        let penalty = details::penalty_in(a, open + 1, close, country)?;
        parts.push(Draft {
            subjects: vec![s],
            penalty: Some(penalty),
            ..d.clone()
        });
    }
    Some(parts)
}

/// The persons a counted group `group` is, when the sentence closes on a colon and exactly
/// as many persons' names: "three activists ...: Asel Nurbolatqyzy, Daniyar Adilbekuly and
/// Timur Yerzhanov".
fn named_after_colon(
    a: &Analysis,
    group: usize,
    range: std::ops::Range<usize>,
) -> Option<Vec<usize>> {
    let e = &a.entities[group];
    let count = e.count.as_ref()?;
    if e.kind != EntityKind::Group || count.low != count.high {
        return None;
    }
    let n = count.low? as usize;
    if !(2..=12).contains(&n) {
        return None;
    }
    let at = a
        .mentions
        .iter()
        .find(|m| m.entity == group && m.start >= range.start && m.end <= range.end)?;
    let colon = (at.end..range.end).find(|&k| a.norm(k) == ":")?;
    // Only names, commas and "and" after the colon, to the sentence's end.
    let mut named: Vec<usize> = Vec::new();
    let mut k = colon + 1;
    while k < range.end {
        if let Some(m) = a.mention_at[k].map(|m| &a.mentions[m]) {
            let p = &a.entities[m.entity];
            if !p.is_person() || p.unnamed || named.contains(&m.entity) {
                return None;
            }
            named.push(m.entity);
            k = m.end;
            continue;
        }
        if !matches!(a.norm(k), "," | "and" | ".") {
            return None;
        }
        k += 1;
    }
    (named.len() == n).then_some(named)
}

/// Participants a verb's own clause leaves out, found around it: the persons opening a
/// semicolon list after its first object, the people named right before its doer ("19 people
/// police detained"), and the state body a comma series of verbs began with.
fn widen_arguments(
    a: &Analysis,
    hits: &[triggers::Hit],
    args: &mut [arguments::Arguments],
    range: std::ops::Range<usize>,
) {
    // "detained three activists who had staged pickets against the bill: A, B and C": the
    // names closing the sentence after a colon are the counted group's.
    for arg in args.iter_mut() {
        for k in 0..arg.subjects.len() {
            if let Some(named) = named_after_colon(a, arg.subjects[k], range.clone()) {
                arg.subjects.splice(k..=k, named);
                break;
            }
        }
    }
    for (h, hit) in hits.iter().enumerate() {
        if hit.trigger.frame == Frame::Act && !args[h].passive {
            let more = semicolon_list(a, &args[h].subjects, hit.end, range.end);
            for e in more {
                if !args[h].subjects.contains(&e) {
                    args[h].subjects.push(e);
                }
            }
        }
    }
    // "She and Kaya were among 19 people police detained": the people named right before
    // a doer and its verb are the ones it acted on, and so are those "among" them.
    for (h, hit) in hits.iter().enumerate() {
        if hit.trigger.frame != Frame::Act
            || args[h].passive
            || !args[h].subjects.is_empty()
            || args[h].agents.is_empty()
        {
            continue;
        }
        let Some(doer) = a
            .mentions
            .iter()
            .find(|m| m.end == hit.start && args[h].agents.contains(&m.entity))
        else {
            continue;
        };
        let Some(people) = doer.start.checked_sub(1).and_then(|k| {
            let m = a.mention_at[k].map(|m| &a.mentions[m])?;
            matches!(
                a.entities[m.entity].kind,
                EntityKind::Group | EntityKind::Person
            )
            .then_some(m)
        }) else {
            continue;
        };
        let mut subjects = vec![people.entity];
        if people.start > 0 && a.norm(people.start - 1) == "among" {
            let named = arguments::actors_in(a, range.start, people.start - 1, false);
            subjects.splice(
                0..0,
                named.into_iter().filter(|&e| a.entities[e].is_person()),
            );
        }
        args[h].subjects = subjects;
    }
    // "Garcés, Pérez and Labrada were among dozens arrested by state security agents":
    // those counted among the ones a participle tells of are its subjects, and its doer
    // follows "by".
    for (h, hit) in hits.iter().enumerate() {
        if hit.trigger.frame != Frame::Act || !args[h].subjects.is_empty() || hit.start < 3 {
            continue;
        }
        let Some(among) = (hit.start.saturating_sub(4)..hit.start)
            .rev()
            .find(|&k| a.norm(k) == "among")
        else {
            continue;
        };
        if among == 0
            || !matches!(a.norm(among - 1), "was" | "were")
            || (among + 1..hit.start).any(|k| a.is_break(k) || a.norm(k) == ",")
        {
            continue;
        }
        let named: Vec<usize> = arguments::actors_in(a, range.start, among - 1, false)
            .into_iter()
            .filter(|&e| a.entities[e].is_person())
            .collect();
        if named.is_empty() {
            continue;
        }
        let by = (a.norm(hit.end) == "by")
            .then(|| a.entity_at(hit.end + 1))
            .flatten()
            .filter(|&e| a.entities[e].kind == EntityKind::Organization);
        args[h].agents = by.into_iter().collect();
        args[h].subjects = named;
        args[h].passive = true;
    }
    // "FSB officers arrived at his flat before dawn, searched it for six hours, took
    // away his laptop": a verb in a series set off by commas is done by the state body
    // the sentence opens with.
    // ("raided her flat before dawn on Feb. 27, confiscated her phone ..., and took her
    // away": a series closes with ", and", and an item may end with a date.)
    for (h, hit) in hits.iter().enumerate() {
        let comma =
            if hit.start > 2 && a.norm(hit.start - 1) == "and" && a.norm(hit.start - 2) == "," {
                hit.start - 2
            } else {
                hit.start - usize::from(hit.start > 0)
            };
        let before = comma.saturating_sub(1);
        let in_series = comma > 0
            && a.norm(comma) == ","
            && a.entity_at(before).is_none()
            && (a.shape(before) == chronicle_text::TokenShape::Lower
                || a.dates.iter().any(|d| d.end == comma));
        if hit.trigger.frame != Frame::Act
            || args[h].passive
            || !args[h].agents.is_empty()
            || !in_series
        {
            continue;
        }
        let opener = arguments::main_clause_subject(a, hit.start)
            .filter(|&e| arguments::is_state(a.entities[e].category));
        if let Some(e) = opener {
            args[h].subjects.retain(|&s| s != e);
            args[h].agents = vec![e];
        }
    }
}

/// "took from their homes Ales Kavalchuk, 58, a retired engineer who ...; Tatsiana
/// Hrynevich, 34, a music teacher ...; and Dzmitry Savitski, 27, a courier": the persons
/// opening each part of a list set off by semicolons after a verb's first object are its
/// objects too.
fn semicolon_list(a: &Analysis, objects: &[usize], from: usize, to: usize) -> Vec<usize> {
    let person = |k: usize| a.entity_at(k).filter(|&e| a.entities[e].is_person());
    // The first object must itself be a named person, told right after the verb.
    let Some(&first) = objects.first() else {
        return Vec::new();
    };
    if !a.entities[first].is_person() || a.entities[first].unnamed {
        return Vec::new();
    }
    let mut out = Vec::new();
    for k in from..to {
        if a.norm(k) != ";" {
            continue;
        }
        let start = if a.norm(k + 1) == "and" { k + 2 } else { k + 1 };
        match person(start) {
            // Each part opens with a name and goes on to describe it.
            Some(e) if a.norm(mention_end_at(a, start)) == "," => out.push(e),
            _ => return out,
        }
    }
    out
}

/// Where the mention at token `k` ends.
fn mention_end_at(a: &Analysis, k: usize) -> usize {
    a.mention_at[k].map_or(k + 1, |m| a.mentions[m].end)
}

/// "raided the office, seizing computers and taking its staff away": the objects of an
/// active verb stand before the next verb of the series; the staff were taken, not seized.
fn objects_before_next_verb(
    a: &Analysis,
    hits: &[triggers::Hit],
    args: &mut [arguments::Arguments],
) {
    for h in 0..hits.len().saturating_sub(1) {
        let (hit, next) = (&hits[h], &hits[h + 1]);
        let series = next.trigger.frame == Frame::Act
            && hit.trigger.frame == Frame::Act
            && !args[h].passive
            && !args[h + 1].passive
            && next.start > hit.end
            && matches!(a.norm(next.start - 1), "and" | ",");
        if !series {
            continue;
        }
        let before_next = |e: &usize| {
            a.mentions
                .iter()
                .any(|m| m.entity == *e && m.start > hit.start && m.end <= next.start)
        };
        let objects: Vec<usize> = args[h]
            .subjects
            .iter()
            .copied()
            .filter(before_next)
            .collect();
        // Only objects met again after the next verb are moved; pronouns and references
        // resolved before it have no mention of their own there. ("kicked her and dragged
        // her into a van": a pronoun object before the next verb is the first verb's too.)
        // (The object may stand in the verb's gap: "convicted him of X and sentenced him".)
        // ("detained the three and searched their flats": so is a reference, "the three",
        // "both", "all four", when the next verb's object is only theirs.)
        let theirs_next = matches!(a.norm(next.end), "their" | "his" | "her");
        let pronoun_object = (hit.start + 1..next.start).any(|k| {
            matches!(a.norm(k), "him" | "her" | "them" | "us" | "me")
                || (theirs_next
                    && k >= hit.end
                    && a.mention_at[k].is_none()
                    && crate::entities::people::reference_at(a, k).is_some())
        });
        if objects.len() < args[h].subjects.len()
            && !pronoun_object
            && args[h]
                .subjects
                .iter()
                .filter(|e| !before_next(e))
                .all(|&e| args[h + 1].subjects.contains(&e))
        {
            args[h].subjects = objects;
        }
    }
}

/// "Ales Markevich got five years, Dzmitry Lukashevich and Pavel Hrynevich four years each,
/// and Yauhen Bandarenka two and a half years": after a verdict with its term, names each
/// followed by a term of their own, with no verb between, share the verdict's verb.
fn gapped_verdicts(a: &Analysis, drafts: &mut Vec<(Draft, Frame)>, right: usize) {
    let Some((verdict, frame)) = drafts
        .iter()
        .find(|(d, _)| d.kind == "sentence" && d.penalty.is_some())
        .cloned()
    else {
        return;
    };
    let judged: Vec<usize> = drafts
        .iter()
        .filter(|(d, _)| d.kind == "sentence")
        .flat_map(|(d, _)| d.subjects.iter().copied())
        .collect();
    let mut persons: Vec<&crate::analysis::Mention> = a
        .mentions
        .iter()
        .filter(|m| m.start >= verdict.end && m.end <= right)
        .filter(|m| a.entities[m.entity].is_person() && !judged.contains(&m.entity))
        .collect();
    persons.sort_by_key(|m| m.start);
    let verdict_at = drafts.iter().position(|(d, _)| d.start == verdict.start);
    // The verdicts in the order told, each with the stretch after its term where a charge
    // of its own may stand.
    let mut told: Vec<(Option<usize>, usize, usize)> = vec![(verdict_at, verdict.end, right)];
    let mut group: Vec<usize> = Vec::new();
    for (i, m) in persons.iter().enumerate() {
        if !group.contains(&m.entity) {
            group.push(m.entity);
        }
        let next = persons.get(i + 1).map_or(right, |n| n.start);
        // "X and Y four years each": the names coordinated before one term share it.
        if next == m.end + 1 && matches!(a.norm(m.end), "and" | ",") {
            continue;
        }
        let window = next.min(m.end + 12);
        let verb_between = triggers::find(a, m.end, window)
            .iter()
            .any(|h| h.trigger.frame != Frame::Noun);
        // The term right after the name, or after an aside about the person: "Trần Thị Lan,
        // 38, seven and a half years", "Lê Đình Quang, 29, a student, three years".
        // ("Sevinj Huseynova, a 52-year-old kindergarten cook, ten days": any words of an
        // apposition opened by "a".)
        // ("and his cousin, Hiwa Karimi, to two years": the verb's "to" after the aside of
        // a name "and" joins, not after one a relative clause tells of.)
        let coordinated = (m.start.saturating_sub(6)..m.start).any(|k| a.norm(k) == "and");
        let aside = |k: usize| {
            matches!(a.norm(k), "," | "a" | "an")
                || (a.norm(k) == "to" && a.norm(k - 1) == "," && coordinated)
                || a.shape(k) == chronicle_text::TokenShape::Number
                || (a.shape(k) == chronicle_text::TokenShape::Lower
                    && (a.lex.descriptors.contains(a.norm(k))
                        || (m.end..k).any(|j| matches!(a.norm(j), "a" | "an"))))
        };
        // ("..., Yulbarisov to three years suspended": the verb's "to" before the term.)
        let to = usize::from(a.norm(m.end) == "to");
        let term_at = (m.end + to..window)
            .take_while(|&k| crate::numbers::duration_at(a, k).is_some() || aside(k))
            .find(|&k| crate::numbers::duration_at(a, k).is_some())
            .filter(|&k| k == m.end + to || a.norm(m.end) == ",");
        let term = term_at.and_then(|k| crate::numbers::duration_at(a, k));
        // A bare term is of the verdict's kind ("four years each" after "got five years in
        // a penal colony").
        let penalty = details::penalty_in(a, m.end, window, a.country.as_deref()).or_else(|| {
            let (amount, unit, end) = term?;
            let kind = verdict.penalty.as_ref()?.kind.clone();
            let kind = if unit == "day" && amount <= 30.0 && kind == "prison" {
                "administrative_arrest".to_string()
            } else {
                kind
            };
            Some(Penalty {
                kind,
                amount: Some(amount),
                unit: Some(unit.into()),
                text: Some(a.span_text(term_at?, end).to_string()),
            })
        });
        // ("and Y to death", "and Y to 74 lashes": a penalty that is no term.)
        let direct = if coordinated && a.norm(m.end) == "," && a.norm(m.end + 1) == "to" {
            m.end + 2
        } else {
            m.end + to
        };
        let untimed = if a.norm(direct) == "death" {
            Some(direct + 1)
        } else if a.shape(direct) == chronicle_text::TokenShape::Number
            && a.norm(direct + 1) == "lashes"
        {
            Some(direct + 2)
        } else {
            None
        };
        let term_end = term.map(|(_, _, end)| end).or(untimed);
        if let (Some(penalty), Some(term_end), false) = (penalty, term_end, verb_between) {
            if let Some(last) = told.last_mut() {
                last.2 = last.2.min(m.start);
            }
            told.push((Some(drafts.len()), term_end, next));
            drafts.push((
                Draft {
                    subjects: std::mem::take(&mut group),
                    penalty: Some(penalty),
                    ..verdict.clone()
                },
                frame,
            ));
        }
        group.clear();
    }
    shared_list_charges(a, drafts, &told);
}

/// "Baimukhanov and Tulegenova were detained in Oskemen in November, and Zhumabayev and
/// Akhmetov in Semey": names after ", and" with a place of their own and no verb of their own
/// are the verb's subjects too ([`subject_places`] places each).
fn gapped_subjects(
    a: &Analysis,
    hits: &[triggers::Hit],
    drafts: &mut [(Draft, Frame)],
    right: usize,
) {
    let told: Vec<usize> = drafts
        .iter()
        .flat_map(|(d, _)| d.subjects.iter().copied())
        .collect();
    for (d, frame) in drafts.iter_mut() {
        // ("X and Y were detained in ...": the subjects told before the verb.)
        let before_verb = |e: &usize| {
            a.entities[*e]
                .mentions
                .iter()
                .any(|&(s, _)| s < a.doc.tokens[d.start].start)
        };
        let persons_told = !d.subjects.is_empty()
            && d.subjects
                .iter()
                .all(|e| a.entities[*e].is_person() && before_verb(e));
        if !chronicle_record::is_per_subject_type(d.kind) || *frame == Frame::Noun || !persons_told
        {
            continue;
        }
        let Some(k) =
            (d.end..right.saturating_sub(1)).find(|&k| a.norm(k) == "," && a.norm(k + 1) == "and")
        else {
            continue;
        };
        // The conjunct tells no verb of its own (the sentence's triggers, found once).
        let verb = hits
            .iter()
            .any(|h| h.start >= k && h.trigger.frame != Frame::Noun)
            || (k..right).any(|j| {
                arguments::is_be(a.norm(j)) || matches!(a.norm(j), "has" | "had" | "have")
            });
        if verb {
            continue;
        }
        let mut persons = Vec::new();
        let mut j = k + 2;
        while let Some(e) = a.entity_at(j).filter(|&e| a.entities[e].is_person()) {
            persons.push(e);
            j = mention_end_at(a, j);
            if matches!(a.norm(j), "and" | ",") && a.entity_at(j + 1).is_some() {
                j += 1;
            } else {
                break;
            }
        }
        // "in Semey", "in the southern city of Osh".
        let placed = matches!(a.norm(j), "in" | "at")
            && (j + 1..(j + 6).min(right))
                .take_while(|&x| {
                    a.entity_at(x)
                        .is_none_or(|e| a.entities[e].kind == EntityKind::Place)
                })
                .any(|x| a.entity_at(x).is_some());
        // ... and a time of their own: "in the same week", "on the same day", "on May 4".
        let timed = a.dates.iter().any(|x| x.start > j && x.end <= right)
            || (j..right).any(|x| a.norm(x) == "same");
        if placed && timed && !persons.is_empty() && persons.iter().all(|e| !told.contains(e)) {
            d.subjects.extend(persons);
        }
    }
}

/// "X, nine years; Y, six years — all three for “A”; Z, three years, and W, two years, both
/// for “B”": a charge told after a term, with "both" or "all three", is the charge of that
/// many verdicts told last; without them, of its own verdict.
fn shared_list_charges(
    a: &Analysis,
    drafts: &mut [(Draft, Frame)],
    told: &[(Option<usize>, usize, usize)],
) {
    if told.len() < 2 {
        return;
    }
    for (n, &(_, from, to)) in told.iter().enumerate() {
        let Some(charge) = details::charge_in(a, from, to) else {
            continue;
        };
        let shared = (from..to).find_map(|k| match a.norm(k) {
            "both" => Some(2),
            "all" => a.lex.numbers.get(a.norm(k + 1)).map(|&v| v as usize),
            _ => None,
        });
        let count = shared.unwrap_or(1).min(n + 1);
        for &(index, _, _) in &told[n + 1 - count..=n] {
            if let Some(i) = index {
                drafts[i].0.charge = Some(charge.clone());
            }
        }
    }
}

/// Whether the span `start..end` stands inside an aside set off by dashes in its sentence:
/// "Khursand Mamadnazarzoda -- who until 2021 went by another surname -- received 12 years".
pub(crate) fn in_dashed_aside(a: &Analysis, start: usize, end: usize) -> bool {
    let sentence = a.sentence_range(start);
    (sentence.start..start).any(|k| a.norm(k) == "--")
        && (end..sentence.end).any(|k| a.norm(k) == "--")
}

/// Whether token `k` is the dash or bullet that opens a line of a list.
pub(crate) fn is_list_marker(a: &Analysis, k: usize) -> bool {
    matches!(a.norm(k), "-" | "--" | "*" | "•" | "–" | "—")
}

/// The person a line of a list opens with ("— Yelena Gaiduk, 61, a retired schoolteacher:
/// fined ..."), when sentence `si` is such a line.
pub(crate) fn list_item_person(a: &Analysis, si: usize) -> Option<usize> {
    let line = a.doc.sentences[si].tokens.clone();
    if !is_list_marker(a, line.start) {
        return None;
    }
    a.entity_at(line.start + 1)
        .filter(|&e| a.entities[e].is_person())
}

/// "- Ramin Aghazadeh, 34, teacher: six years in prison for “assembly and collusion”": a
/// line of a list that opens with a person and gives a term after a colon or dash is that
/// person's sentence, passed by the court of the verdicts told before the list, on the
/// charge told right before it ("found the three guilty of ...").
fn listed_verdict(
    a: &Analysis,
    line: std::ops::Range<usize>,
    si: usize,
    before: &[Draft],
) -> Option<Draft> {
    let marker = is_list_marker(a, line.start);
    let first = if marker { line.start + 1 } else { line.start };
    let person = a.entity_at(first).filter(|&e| a.entities[e].is_person())?;
    // The colon or dash that ends the person's description, before any verb.
    let colon = (first + 1..line.end.min(first + 16))
        .take_while(|&k| a.norm(k) != ".")
        .find(|&k| matches!(a.norm(k), ":" | "--" | "–" | "—"))?;
    if !marker && a.norm(colon) != ":" {
        return None;
    }
    if triggers::find(a, first, colon)
        .iter()
        .any(|h| h.trigger.frame != Frame::Noun)
    {
        return None;
    }
    let penalty = details::penalty_in(a, colon + 1, line.end, a.country.as_deref())?;
    let verdicts = || before.iter().rev().filter(|d| d.kind == "sentence");
    let agents = verdicts()
        .find(|d| !d.agents.is_empty())
        .map(|d| d.agents.clone())
        .unwrap_or_default();
    let place = verdicts().find_map(|d| d.place);
    // The list's first line, and the sentences that lead into it.
    let mut first_line = si;
    while first_line > 0 && is_list_marker(a, a.doc.sentences[first_line - 1].tokens.start) {
        first_line -= 1;
    }
    let told_charge = verdicts()
        .filter(|d| d.sentences[0] < first_line)
        .take_while(|d| d.sentences[0] + 3 >= first_line)
        .find_map(|d| d.charge.clone());
    Some(Draft {
        kind: "sentence",
        status: "occurred",
        start: colon + 1,
        end: colon + 2,
        agents,
        subjects: vec![person],
        place,
        date: None,
        charge: details::charge_in(a, colon + 1, line.end).or(told_charge),
        penalty: Some(penalty),
        attributed_to: vec![],
        sentences: vec![si],
    })
}

/// "The Interior Ministry denied the allegation", "police denied that officers had used force":
/// a beating alleged in this or the previous sentence is denied, and the denier, when it
/// answers for the alleged perpetrators, is their agent.
fn apply_denials(a: &Analysis, drafts: &mut [Draft]) {
    for k in 0..a.len() {
        // "The Interior Ministry said that no force had been used": a denial in other words.
        let no_force = a.norm(k) == "no"
            && (matches!(a.norm(k + 1), "force" | "violence")
                || (matches!(a.norm(k + 1), "physical" | "excessive" | "unlawful")
                    && a.norm(k + 2) == "force"));
        if !no_force
            && !matches!(
                a.norm(k),
                "denied" | "denies" | "deny" | "rejected" | "rejects"
            )
        {
            continue;
        }
        let object = a.norm(k + 1);
        let about_claim = no_force
            || matches!(
                object,
                "that"
                    | "the"
                    | "any"
                    | "allegations"
                    | "claims"
                    | "this"
                    | "it"
                    | "these"
                    | "those"
            ) && !matches!(
                a.norm(k + 2),
                "charge" | "charges" | "accusation" | "accusations"
            );
        if !about_claim {
            continue;
        }
        let here = a.doc.sentence_of(k);
        let denier = (a.sentence_range(k).start..k).rev().find_map(|j| {
            a.entity_at(j)
                .filter(|&e| a.entities[e].kind == chronicle_record::EntityKind::Organization)
        });
        for d in drafts.iter_mut() {
            let s = d.sentences[0];
            let before = s == here && d.start < k || s + 1 == here;
            // A beating someone alleged a few sentences before ("His brother said Daniyar was
            // struck by a gas canister ... The police department denied that officers had
            // fired at anyone") is denied too.
            // (Only by those the beating is told of: the army's denial of shooting does not
            // answer for a police beating.)
            let answers = d.agents.is_empty()
                || denier.is_some_and(|x| {
                    d.agents.contains(&x)
                        || d.agents
                            .iter()
                            .any(|&g| a.entities[g].category == a.entities[x].category)
                });
            let alleged_before = d.status == "alleged" && s < here && s + 3 >= here && answers;
            if d.kind == "violence"
                && (before || alleged_before)
                && matches!(d.status, "occurred" | "alleged")
            {
                d.status = "denied";
                if d.agents.is_empty() {
                    d.agents.extend(denier);
                }
            }
        }
    }
}

/// Whether the trial noun at `k` follows "in a", "after a" or "following a", with at most
/// three words that describe the trial between ("in a one-day trial", "after a closed trial").
fn verdicts_trial(a: &Analysis, k: usize) -> bool {
    (k.saturating_sub(4)..k).any(|j| {
        j > 0
            && a.norm(j) == "a"
            && matches!(a.norm(j - 1), "in" | "after" | "following")
            && (j + 1..k).all(|m| !a.is_break(m) && a.norm(m) != ",")
    })
}

/// Whether the hearing noun that ends at `end` is where a verdict was given: "announced both
/// rulings at a closed appeal hearing", "handed down the verdict at the end of a hearing".
fn verdicts_hearing(a: &Analysis, start: usize, end: usize) -> bool {
    let sentence = a.sentence_range(start);
    let ruling = |k: usize| matches!(a.norm(k), "verdict" | "verdicts" | "ruling" | "rulings");
    a.norm(end - 1) == "hearing"
        && (start.saturating_sub(3)..start).any(|j| {
            j > 1
                && a.norm(j) == "a"
                && (a.norm(j - 1) == "at"
                    || (a.norm(j - 1) == "of" && matches!(a.norm(j - 2), "end" | "close")))
                && (j + 1..start).all(|m| !a.is_break(m) && a.norm(m) != ",")
        })
        && (sentence.start..start).any(ruling)
}

/// "The trial, which opened in June, was closed": a trial named without its defendants is the
/// trial of those the report has just charged, sentenced or acquitted.
fn find_defendants(a: &Analysis, drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        // "The trial", "the hearing", "an appeal would be heard": a court's session told
        // without its defendants is theirs.
        if drafts[i].kind != "trial" || !drafts[i].subjects.is_empty() {
            continue;
        }
        // ("The court heard the case from Nov. 18 to 20": the case is the one just told.)
        let definite_trial = (matches!(a.norm(drafts[i].start), "trial" | "trials")
            && drafts[i].start > 0
            && a.norm(drafts[i].start - 1) == "the")
            || (drafts[i].end > drafts[i].start + 2
                && a.norm(drafts[i].end - 1) == "case"
                && a.norm(drafts[i].end - 2) == "the");
        // Other words for a session point back only to a dated or coming one held apart
        // from any verdict: "at a separate hearing the court fined her" is the verdict's.
        let here = drafts[i].sentences[0];
        let verdict_here = drafts
            .iter()
            .any(|d| d.sentences[0] == here && matches!(d.kind, "sentence" | "release"));
        let dated_or_coming = drafts[i].date.is_some() || drafts[i].status == "planned";
        // The persons the drafts that `tell` of the case are about.
        let persons_of = |tell: &dyn Fn(&Draft) -> bool| {
            let mut persons: Vec<usize> = Vec::new();
            for &s in drafts.iter().filter(|d| tell(d)).flat_map(|d| &d.subjects) {
                if a.entities[s].is_person() && !persons.contains(&s) {
                    persons.push(s);
                }
            }
            persons
        };
        // "sentenced X to seven years in a one-day trial", "jailed X after a closed trial": a
        // trial the verdict closed, held for those the verdict names.
        let trial_of_the_verdict = verdict_here
            && matches!(a.norm(drafts[i].start), "trial")
            && verdicts_trial(a, drafts[i].start);
        if trial_of_the_verdict {
            drafts[i].subjects = persons_of(&|d: &Draft| {
                d.sentences[0] == here
                    && d.status == "occurred"
                    && matches!(d.kind, "sentence" | "release")
            });
            continue;
        }
        // "Judge X announced both rulings at a closed appeal hearing": the hearing of those
        // the verdicts just told name, on their day.
        if drafts[i].status == "occurred" && verdicts_hearing(a, drafts[i].start, drafts[i].end) {
            let verdict = |d: &Draft| {
                d.status == "occurred"
                    && d.kind == "sentence"
                    && d.sentences[0] <= here
                    && d.sentences[0] + 1 >= here
            };
            let told = (here.saturating_sub(1)..=here).rev().find(|&s| {
                drafts
                    .iter()
                    .any(|d| verdict(d) && d.sentences[0] == s && !d.subjects.is_empty())
            });
            if let Some(s) = told {
                let of_then = |d: &Draft| verdict(d) && d.sentences[0] == s;
                drafts[i].subjects = persons_of(&of_then);
                if drafts[i].date.is_none() {
                    drafts[i].date = drafts.iter().filter(|d| of_then(d)).find_map(|d| d.date);
                }
                continue;
            }
        }
        if !definite_trial && (verdict_here || !dated_or_coming) {
            continue;
        }
        // "an appeal hearing had been scheduled for April 2": the appeal of those the report
        // told were convicted, however far back.
        let appeal = (drafts[i].start..drafts[i].end).any(|k| a.has_lemma(k, "appeal"));
        let mut defendants = persons_of(&|d: &Draft| {
            let near = d.sentences[0] <= here
                && (d.sentences[0] + 3 >= here || (appeal && d.kind == "sentence"));
            // ("adjourned the case of Arman Hovsepyan ... The next hearing is set for Nov. 19":
            // the case's own defendant.)
            let case_told = matches!(d.kind, "sentence" | "charge" | "release")
                || (d.kind == "trial" && dated_or_coming);
            near && case_told
        });
        // "The trial opened in October": with no one charged or sentenced just before, the
        // trial of the case the report opens with, or of the members of a group sentenced
        // as one and named after it ("The trial opened on June 3 and ran for 41 days. ...
        // Kwok Wai-lun was jailed for two and a half years").
        let trial_noun = matches!(a.norm(drafts[i].start), "trial" | "trials");
        // (The opening case runs on past the lede while each sentence tells another verdict
        // of it: "Bekzod Ergashev and Ulugbek Saidov were each sentenced to five and a half
        // years ... The court acquitted Ilhom Toshpulatov".)
        let verdict_of_case = |d: &Draft| {
            d.status == "occurred"
                && (matches!(d.kind, "sentence" | "charge")
                    || (d.kind == "release"
                        && matches!(a.norm(d.start), "acquitted" | "acquittal")))
        };
        let opening_case = (0..here)
            .take_while(|&s| {
                s <= 2
                    || drafts
                        .iter()
                        .any(|d| d.sentences[0] == s && verdict_of_case(d))
            })
            .last()
            .unwrap_or(0);
        let case_defendants =
            persons_of(&|d: &Draft| d.sentences[0] <= opening_case && verdict_of_case(d));
        // ("... Farrukh Normatov was given three years. The court acquitted Ilhom Toshpulatov.
        // The trial began on December 4": the trial of them all, not of the last ones told.)
        let part_of_case =
            !defendants.is_empty() && defendants.iter().all(|p| case_defendants.contains(p));
        if definite_trial && (defendants.is_empty() || part_of_case) {
            defendants = case_defendants;
        }
        if defendants.is_empty() && definite_trial && trial_noun {
            defendants = persons_of(&|d: &Draft| {
                (here..=here + 4).contains(&d.sentences[0])
                    && d.kind == "sentence"
                    && d.status == "occurred"
            });
        }
        drafts[i].subjects = defendants;
        // "The trial, which lasted less than four hours, was closed to the public": the
        // trial just told of is the hearing whose verdict the report dated.
        let sentence = a.doc.sentences[here].tokens.clone();
        let timeless = !a
            .dates
            .iter()
            .any(|d| d.start >= sentence.start && d.end <= sentence.end)
            && !sentence.clone().any(|k| {
                matches!(
                    a.norm(k),
                    "opened" | "began" | "started" | "resumed" | "adjourned" | "postponed"
                )
            });
        if definite_trial && drafts[i].date.is_none() && drafts[i].status == "occurred" && timeless
        {
            let told = drafts
                .iter()
                .filter(|d| {
                    matches!(d.kind, "sentence" | "trial")
                        && d.status == "occurred"
                        && d.sentences[0] < here
                        && d.sentences[0] + 3 >= here
                })
                .filter_map(|d| d.date)
                .next_back();
            drafts[i].date = told;
        }
    }
    // A trial, sentence or acquittal that names no court was held by the court the report
    // names around it.
    // "Judge Kwok Tin-yan sentenced ...": a judge acts for the court named around.
    let judge = |e: usize| {
        a.mentions.iter().any(|m| {
            m.entity == e && m.start > 0 && matches!(a.norm(m.start - 1), "judge" | "magistrate")
        })
    };
    for d in drafts.iter_mut() {
        let only_judges = !d.agents.is_empty() && d.agents.iter().all(|&e| judge(e));
        if (!d.agents.is_empty() && !only_judges)
            || d.status != "occurred"
            || !matches!(d.kind, "trial" | "sentence" | "release")
        {
            continue;
        }
        if d.kind == "release" && !matches!(a.norm(d.start), "acquitted" | "acquittal" | "released")
        {
            continue;
        }
        let here = d.sentences[0];
        // "The trial, which opened in June": the court may be named a few sentences back.
        let back = if d.kind == "trial" { 5 } else { 1 };
        let floor = a.doc.sentences[here.saturating_sub(back)].tokens.start;
        let until = a.doc.sentences[here].tokens.end;
        // ("detained them outside the court": a court named as a place did nothing.)
        let as_place = |m: &crate::analysis::Mention| {
            (m.start.saturating_sub(3)..m.start).any(|k| {
                matches!(
                    a.norm(k),
                    "outside" | "near" | "front" | "opposite" | "around" | "towards" | "toward"
                )
            })
        };
        let court = a.mentions.iter().rev().find(|m| {
            m.start >= floor
                && m.end <= until
                && a.entities[m.entity].category == Some("court")
                && !as_place(m)
        });
        if let Some(m) = court {
            d.agents.push(m.entity);
        }
    }
}

/// Gives each date of the sentence to the trigger it belongs to: a date right before a noun
/// trigger ("April 9 rallies") is that trigger's; otherwise the nearest trigger's, preferring
/// the one the date follows. Returns (index into `Analysis::dates`, owning hit).
/// "served 15 days of administrative arrest in January": a noun inside the words of a
/// penalty, after "of", names the term, not a happening; the date is the verb's.
fn names_a_term(a: &Analysis, hit: &triggers::Hit) -> bool {
    if hit.trigger.frame != Frame::Noun {
        return false;
    }
    let from = hit.start.saturating_sub(2);
    // (Most nouns have no "of" before them: no phrase search for those.)
    if !(from.saturating_sub(1)..hit.start).any(|k| a.norm(k) == "of") {
        return false;
    }
    a.lex
        .penalty_words
        .find_in(a, from, hit.end)
        .iter()
        .any(|f| {
            f.start > 0 && f.start <= hit.start && f.end >= hit.end && a.norm(f.start - 1) == "of"
        })
}

/// Whether a light verb marked `+penalty` ("ordered", "gave") has a penalty after it, as it
/// must to report a sentence; true for every other trigger. ("On Sept. 20, the ministry
/// ordered providers to block the site": the day is the blocking's, not an order's.)
fn penalty_beside(a: &Analysis, hits: &[triggers::Hit], hit: &triggers::Hit) -> bool {
    if hit.trigger.status != Some("+penalty") {
        return true;
    }
    let range = a.sentence_range(hit.start);
    let (_, right) = arguments::clause(a, hit.start, hit.end);
    // ("A judge on Saturday ordered nine months of preventive detention for X", "upheld the
    // prison sentences of two activists": the day is the order's, the happening the noun's.)
    let noun_object = hits.iter().any(|h| {
        h.trigger.frame == Frame::Noun && h.start > hit.end && h.start < right.min(hit.end + 8)
    });
    // ("upholding the five-year sentence handed to her in December": a participle telling
    // of the sentence named before it keeps its day from the upholding.)
    let describes_noun = hits
        .iter()
        .any(|h| h.trigger.frame == Frame::Noun && h.end == hit.start);
    noun_object
        || describes_noun
        || details::penalty_in(a, hit.start, right, a.country.as_deref()).is_some()
        || details::penalty_after_aside(a, right, range.end, a.country.as_deref()).is_some()
}

/// Whether a verb of approval marked `+law` ("cleared", "signed") has a law beside it, as it
/// must to report legislation; true for every other trigger.
fn law_beside(a: &Analysis, si: usize, hit: &triggers::Hit) -> bool {
    if hit.trigger.status != Some("+law") {
        return true;
    }
    let range = a.doc.sentences[si].tokens.clone();
    let (_, right) = arguments::clause(a, hit.start, hit.end);
    // "a law that President Japarov signed": the law may stand before the clause.
    // ("approved in the first reading a bill": a reading may stand between.)
    let mut near = range.start.max(hit.start.saturating_sub(10))..right.min(hit.end + 7);
    // "... passed the bill on May 22. Japarov signed it two days later."
    let it_the_law = a.norm(hit.end) == "it"
        && si > 0
        && a.doc.sentences[si - 1]
            .tokens
            .clone()
            .any(|k| a.lex.law_words.contains(a.norm(k)));
    it_the_law || near.any(|k| a.lex.law_words.contains(a.norm(k)))
}

/// "a new rally for Saturday", "a rally planned for Saturday": where the day a protest is set
/// for would start.
fn set_for(a: &Analysis, hit: &triggers::Hit) -> Option<usize> {
    if hit.trigger.kind != "protest" || hit.trigger.frame != Frame::Noun {
        return None;
    }
    match a.norm(hit.end) {
        "for" => Some(hit.end + 1),
        "planned" | "scheduled" | "set" if a.norm(hit.end + 1) == "for" => Some(hit.end + 2),
        _ => None,
    }
}

/// A verb that goes on from the one before it happened on that one's day:
/// - "carried out house-to-house searches from March 3 to 5 ..., detaining at least 11 young
///   men": a participle after a comma, whatever the verb before;
/// - "Police raided the home of X before dawn on Tuesday and detained her": a verb joined by
///   "and" to the verb before it, with no subject of its own and nothing between that tells
///   another time.
///
/// (Participles first, all of them, then the joined verbs: a joined verb may take a day a
/// participle has just taken.)
fn day_of_the_verb_before(a: &Analysis, sentence_drafts: &mut [(Draft, Frame)]) {
    // The last draft before token `start` (of a verb, when `act_only`), other than a saying.
    let before = |drafts: &[(Draft, Frame)], start: usize, act_only: bool| -> Option<usize> {
        (0..drafts.len())
            .filter(|&o| {
                let (d, f) = &drafts[o];
                d.end < start && d.kind != "statement" && (!act_only || *f == Frame::Act)
            })
            .max_by_key(|&o| drafts[o].0.start)
    };
    let undated = |d: &Draft| d.date.is_none() && d.kind != "statement" && d.start > 0;
    for j in 0..sentence_drafts.len() {
        let d = &sentence_drafts[j].0;
        let participle =
            undated(d) && a.norm(d.start).ends_with("ing") && a.norm(d.start - 1) == ",";
        if let Some(o) = participle
            .then(|| before(sentence_drafts, d.start, false))
            .flatten()
        {
            if sentence_drafts[o].0.date.is_some() {
                sentence_drafts[j].0.date = sentence_drafts[o].0.date;
            }
        }
    }
    for j in 0..sentence_drafts.len() {
        let (d, frame) = &sentence_drafts[j];
        let joined = *frame == Frame::Act && undated(d) && a.norm(d.start - 1) == "and";
        let Some(o) = joined
            .then(|| before(sentence_drafts, d.start, true))
            .flatten()
        else {
            continue;
        };
        let (start, o) = (d.start, &sentence_drafts[o].0);
        let apart = (o.end..start)
            .any(|k| a.is_break(k) || matches!(a.norm(k), ";" | "but" | "later" | "then"))
            || a.dates
                .iter()
                .enumerate()
                .any(|(i, x)| Some(i) != o.date && x.start >= o.end && x.end <= start);
        if !apart && o.date.is_some() {
            sentence_drafts[j].0.date = o.date;
        }
    }
}

fn assign_dates(
    a: &Analysis,
    hits: &[triggers::Hit],
    viable: &[bool],
    range: std::ops::Range<usize>,
) -> Vec<(usize, Option<usize>)> {
    let any_viable = viable.iter().any(|&v| v);
    let usable = |i: usize| !any_viable || viable[i];
    a.dates
        .iter()
        .enumerate()
        .filter(|(_, d)| d.start >= range.start && d.end <= range.end)
        .map(|(di, d)| (di, owner_of(a, d, hits, &usable)))
        .collect()
}

/// The noun hit a verb of course before the date tells of (see [`owner_of`]).
fn course_owner(
    a: &Analysis,
    d: &crate::analysis::DateSpan,
    hits: &[triggers::Hit],
    usable: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let sentence = a.sentence_range(d.start);
    let from = d.start.saturating_sub(8).max(sentence.start);
    let verb = (from..d.start)
        .rev()
        .find(|&k| a.lex.course_verbs.iter().any(|v| a.has_lemma(k, v)))?;
    // Nothing but the verb's place stands between it and the date.
    if (verb + 1..d.start).any(|k| {
        a.is_break(k) || arguments::opens_clause(a, k) || matches!(a.norm(k), "," | "and" | "but")
    }) || hits.iter().any(|h| h.start > verb && h.start < d.start)
    {
        return None;
    }
    // The happening is the first noun of the sentence, with no verb hit before it.
    let (i, h) = hits
        .iter()
        .enumerate()
        .filter(|(_, h)| h.start >= sentence.start && h.end <= verb)
        .min_by_key(|(_, h)| h.start)?;
    (usable(i) && h.trigger.frame == Frame::Noun).then_some(i)
}

/// "took away ten computers", "took away the family's phones": "away" followed by a thing
/// (a lower-case word that names no people), not by whom they took.
fn takes_away_things(a: &Analysis, hit: &triggers::Hit) -> bool {
    // ("Among those taken away were X": a participle's ones taken stand before it; "took
    // them away in a van": the ones taken stand inside the phrase.)
    let participle = hit.start > 0 && matches!(a.norm(hit.start - 1), "those" | "people" | "men");
    if participle
        || !(a.has_lemma(hit.start, "take")
            && hit.end == hit.start + 2
            && a.norm(hit.end - 1) == "away")
    {
        return false;
    }
    let mut k = hit.end;
    // ("taking away the kitchen's coordinator, X": past a possessor.)
    while k < a.len()
        && (triggers::DETERMINERS.contains(&a.norm(k))
            || matches!(a.norm(k + 1), "'s" | "'")
            || a.lex.numbers.contains_key(a.norm(k))
            || a.shape(k) == chronicle_text::TokenShape::Number
            || a.mention_at[k].is_some_and(|m| matches!(a.norm(a.mentions[m].end), "'s" | "'")))
    {
        k += 1;
    }
    k < a.len()
        && a.shape(k) == chronicle_text::TokenShape::Lower
        && a.entity_at(k).is_none()
        && a.lex.group_nouns.longest_at(a, k, k + 1).is_none()
        && !a.lex.descriptors.contains(a.norm(k))
        && !counts_people(a, k..k + 1)
}

/// Whether the words in `range` count people rather than name things: "ordered the three
/// held in custody", "ordered two others held", "placed a fourth under house arrest".
fn counts_people(a: &Analysis, range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|k| {
        let number = a.lex.numbers.contains_key(a.norm(k));
        (a.norm(k) == "the" && a.lex.numbers.contains_key(a.norm(k + 1)))
            || (number
                && (matches!(a.norm(k + 1), "others" | "people" | "men" | "women")
                    || a.lex.group_nouns.longest_at(a, k + 1, k + 2).is_some()))
            || matches!(
                a.norm(k),
                "another"
                    | "others"
                    | "both"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "sixth"
                    | "seventh"
                    | "eighth"
            )
    })
}

/// Whether the date stands in a dateline, after its place ("KAMPALA, Oct 17 —").
fn in_dateline(a: &Analysis, d: &crate::analysis::DateSpan) -> bool {
    d.start > a.sentence_range(d.start).start + 1
        && a.norm(d.start - 1) == ","
        && a.dateline_dash(d.start).is_some_and(|dash| d.end <= dash)
}

/// The hit a date belongs to (see [`assign_dates`]).
fn owner_of(
    a: &Analysis,
    d: &crate::analysis::DateSpan,
    hits: &[triggers::Hit],
    usable: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    // "once his arrest ends on January 26": the day a term runs out dates no happening
    // (`data/lexicons/term_end_verbs.txt`).
    let before = |n: usize| d.start.checked_sub(n).map(|k| a.norm(k));
    let verb = if before(1) == Some("on") {
        before(2)
    } else {
        before(1)
    };
    if verb.is_some_and(|v| a.lex.term_end_verbs.contains(v)) {
        return None;
    }
    // "BAKU, Dec 6 (example-news) — Police searched the office on Wednesday": a dateline's
    // day is when the report was filed, no happening's.
    if in_dateline(a, d) {
        return None;
    }
    // "The Interior Ministry on Wednesday denied that police had beaten residents", "denied
    // on Wednesday that ...": the denial's day, not that of what it denies.
    let denial = |k: usize| a.has_lemma(k, "deny") || a.norm(k) == "denied";
    if denial(d.end) || (before(1) == Some("on") && d.start >= 2 && denial(d.start - 2)) {
        return None;
    }
    // "President Yoweri Museveni, in power since 1986": how long someone has held office.
    if before(1) == Some("since")
        && matches!(before(2), Some("power" | "office" | "ruled" | "governed"))
    {
        return None;
    }
    // "his lawyer said on Wednesday": the saying's date, no one else's.
    if let Some(h) = hits.iter().rposition(|h| {
        h.trigger.frame == Frame::Say
            && (h.end == d.start
                || (h.end + 1 == d.start && a.norm(h.end) == "on")
                // "told reporters on Friday": only whom or how it was said between.
                || (d.dates_saying && h.end < d.start && d.start - h.end <= 6))
    }) {
        return Some(h);
    }
    // "The U.N. human rights office on Wednesday condemned the sentencing of X": a date
    // right before a verb of saying or judging is the saying's, not the sentencing's.
    if let Some(h) = hits
        .iter()
        .position(|h| h.trigger.frame == Frame::Say && h.start == d.end)
    {
        return Some(h);
    }
    // "The trial of three people arrested during last year's protests opened at the City
    // Court on Wednesday": a date after a verb telling a happening's course is the happening's,
    // named first in the sentence, not that of a verb in its description.
    if let Some(h) = course_owner(a, d, hits, usable) {
        return Some(h);
    }
    // "one of the harshest since the 2022 “Woman, Life, Freedom” protests": a year after
    // "the" names which protests; only a noun after it can own it.
    // ("the 2021 law, which parliament adopted ...": a law's year is its enactment's.)
    // ("under Egypt's 2018 cybercrime law": a possessive names which law as "the" does.)
    let determined = d.start > 0 && matches!(a.norm(d.start - 1), "the" | "'s" | "its" | "their");
    if d.precision == "year" && determined {
        let law = (d.end..d.end + 3).any(|k| a.lex.law_words.contains(a.norm(k)));
        return hits.iter().enumerate().position(|(i, h)| {
            usable(i)
                // (A quoted name may stand between: "the 2022 “Woman, Life, Freedom” protests".)
                && ((h.trigger.frame == Frame::Noun && h.start >= d.end && h.start <= d.end + 9)
                    || (law && h.trigger.kind == "legislation"))
        });
    }
    // "Two days after the vote, supporters marched": not the happening counted from.
    let counted_from = d.end > d.start && matches!(a.norm(d.end - 1), "after" | "before");
    // ... nor "the Oct. 26 parliamentary election" it is counted from.
    let dated_anchor_end = a
        .dates
        .iter()
        .find(|x| x.start == d.end + 1 && a.norm(d.end) == "the")
        .map(|x| x.end);
    let anchor = |h: &triggers::Hit| {
        counted_from
            && h.trigger.frame == Frame::Noun
            && (h.start == d.end
                || (h.start == d.end + 1 && a.norm(d.end) == "the")
                || dated_anchor_end.is_some_and(|e| h.start >= e && h.start <= e + 3))
    };
    // "..., a day after he staged a picket": the date tells when what follows happened.
    // (Not when what follows reports no happening: "detained last month, two days after he
    // gave an interview" -- the interview's day is no one's. But "two days after his wife
    // said officers had led him away" tells of the leading away.)
    if counted_from && d.value.is_some() {
        if let Some(h) = hits.iter().enumerate().position(|(i, h)| {
            h.start >= d.end
                && h.start <= d.end + 8
                && !anchor(h)
                && (usable(i) || h.trigger.frame != Frame::Say)
        }) {
            return usable(h).then_some(h);
        }
    }
    // "On March 11, the authorities blocked ...": an opening date is the main verb's.
    let opening = d.start <= a.sentence_range(d.start).start + 1 && a.norm(d.end) == ",";
    if opening {
        if let Some(h) = hits.iter().enumerate().position(|(i, h)| {
            usable(i)
                    && h.start > d.end
                    && h.trigger.frame != Frame::Noun
                    // (Not "those detained" in "On Thursday, 12 of those detained were
                    // charged": a reference to the ones an earlier happening took.)
                    && !(h.start > 0 && a.norm(h.start - 1) == "those")
                    // (Nor a verb inside a relative clause the commas set off: "In January
                    // 2023, the regional court, which heard the case, sentenced X".)
                    && !(d.end..h.start).any(|k| {
                        a.norm(k) == ","
                            && matches!(a.norm(k + 1), "which" | "who")
                            && !(k + 1..h.start).any(|j| a.norm(j) == ",")
                    })
        }) {
            return Some(h);
        }
    }
    // "arrested on Thursday, election day": a noun after the date's comma only names the day
    // (not "the July 11, 2021, protests", whose comma closes the year).
    let names_the_day = |h: &triggers::Hit| {
        h.trigger.frame == Frame::Noun
            && h.start == d.end + 1
            && a.norm(d.end) == ","
            && !a.norm(d.end - 1).chars().all(|c| c.is_ascii_digit())
    };
    // A relative clause between them ("who had ruled since 2006") keeps them apart.
    let date_in_aside = in_dashed_aside(a, d.start, d.end);
    // "released them on bail and adjourned the case to May 14".
    let put_off_to = d.put_off;
    // "were remanded to Luzira prison until April 4": the day custody or a ban runs to.
    let runs_to = d.start > 0 && matches!(a.norm(d.start - 1), "until" | "till");
    // The relative pronoun ("who", "whom", "whose") that opens the clause the date stands
    // in: no comma stands between them but the one before the pronoun.
    let relative_open = (a.sentence_range(d.start).start..d.start)
        .rev()
        .take_while(|&k| a.norm(k) != "," || matches!(a.norm(k + 1), "who" | "whom" | "whose"))
        .find(|&k| {
            k > 0
                && matches!(a.norm(k), "who" | "whom" | "whose")
                && (a.norm(k - 1) == "," || a.shape(k - 1) == chronicle_text::TokenShape::Lower)
        });
    // ... closed by a comma before every happening the sentence tells after it. ("Arina
    // Lyubimova, who was filming with him on Sunday, was held": not one that tells what was
    // going on when the happening came.)
    let ongoing = relative_open.is_some_and(|r| {
        (r..d.start).any(|k| matches!(a.norm(k), "was" | "were") && a.norm(k + 1).ends_with("ing"))
    });
    let relative_closed = relative_open.is_some()
        && !ongoing
        && hits.iter().all(|h| h.start >= d.end)
        && hits
            .iter()
            .all(|h| (d.end..h.start).any(|k| a.norm(k) == ","));
    let apart = |h: &triggers::Hit| {
        let (lo, hi) = if d.start >= h.end {
            (h.end, d.start)
        } else {
            (d.end, h.start)
        };
        // ("Khursand Mamadnazarzoda -- who until 2021 went by another surname -- received 12
        // years": a date inside a dashes' aside is the aside's.)
        let in_aside = date_in_aside && (lo..hi).any(|k| a.norm(k) == "--");
        anchor(h)
            || names_the_day(h)
            || in_aside
            || (lo..hi).any(|k| {
                matches!(a.norm(k), "who" | "whom" | "which" | "whose")
                    // ("sentenced Tran Minh Duc, a blogger who wrote about corruption, to
                    // seven years on Tuesday": a clause a comma closes before the date
                    // leaves the date to the verb.)
                    && !(h.end <= d.start && (k + 1..hi).any(|j| a.norm(j) == ","))
            })
            // "Aliaksei Shved, a developer who moved to Vilnius in 2021, was detained on 2
            // August": a date inside a relative clause the comma closes is the clause's.
            || (h.start >= d.end
                && (d.end..h.start).any(|k| a.norm(k) == ",")
                && relative_open.is_some()
                && !ongoing)
            // ("will open the trial of X, who was detained in Sevastopol last year, on Sept.
            // 20": a date after the comma that closes a relative clause is not the clause's.)
            || (h.end <= d.start
                && (lo..hi).any(|k| a.norm(k) == ",")
                && (a.sentence_range(h.start).start + 1..h.start).any(|k| {
                    matches!(a.norm(k), "who" | "whom" | "whose" | "which")
                        && a.norm(k - 1) == ","
                        && !(k..h.start).any(|j| a.norm(j) == ",")
                }))
            // "were tried at a hearing on Aug. 27, lawyer Hamid Karimi said": the saying after
            // the comma is not when the hearing was.
            || (h.trigger.frame == Frame::Say
                && h.start >= d.end
                && (lo..hi).any(|k| a.norm(k) == ",")
                && hits.iter().any(|o| o.end <= d.start && o.trigger.frame != Frame::Say))
            // "unfurled a banner demanding wages they say have been withheld since
            // December": a perfect tense opens a clause of its own time ("a hearing has been
            // set for July 24" is the noun's own verb).
            || (h.end <= d.start
                && h.trigger.frame != Frame::Noun
                && (lo..hi).any(|k| {
                    matches!(a.norm(k), "have" | "has" | "had") && a.norm(k + 1) == "been"
                }))
            // "searched the newsroom on Sept. 14, seizing laptops": the participle after the
            // comma tells more of the main verb's happening, which owns the date.
            || (h.start > d.end
                && a.norm(h.start).ends_with("ing")
                && a.norm(h.start - 1) == ","
                && hits.iter().any(|o| o.end <= d.start && o.trigger.frame != Frame::Noun))
            // "his mother said that the same evening four men searched ...": a date inside
            // what was said is not the saying's.
            || (h.trigger.frame == Frame::Say
                && h.end <= d.start
                && (h.end..d.start).any(|k| a.norm(k) == "that"))
            // "raided her flat before dawn on Feb. 27, confiscated her phone": a date that
            // closes one item of a series of verbs is that item's.
            || (h.start > d.end
                && h.trigger.frame == Frame::Act
                && a.norm(d.end) == ","
                && hits
                    .iter()
                    .any(|o| o.end <= d.start && o.trigger.frame == Frame::Act))
            // "She was not detained, but on March 20 the same court fined her": a date after
            // "but" is the verb's that follows it.
            || (h.end <= d.start
                && (lo..hi).any(|k| a.norm(k) == "but")
                && hits
                    .iter()
                    .any(|o| o.start >= d.end && o.trigger.frame != Frame::Noun))
            // "Police took him to the station within minutes; the next day a court fined
            // him": nor a semicolon, either way.
            || (lo..hi).any(|k| a.norm(k) == ";")
            // A date never crosses "after", "when" ... to reach a verb on its right.
            || (h.start >= d.end && (lo..hi).any(|k| arguments::opens_clause(a, k)))
            // "rallied in Karakol on May 18 against a government plan to hand a company the
            // rights": an infinitive after the date tells what was meant, not what happened
            // on it, when a verb before the date told what did.
            || (h.start > d.end
                && a.norm(h.start - 1) == "to"
                && hits
                    .iter()
                    .any(|o| o.end <= d.start && o.trigger.frame != Frame::Noun))
            // "arrested in November 2022 and sentenced in January 2024": nor "and".
            || (h.start >= d.end
                && h.trigger.frame != Frame::Noun
                && (lo..hi).any(|k| a.norm(k) == "and")
                && hits.iter().any(|o| o.end <= d.start && o.trigger.frame != Frame::Noun))
            // ("took part in the protest on July 11, 2021, and was sentenced in 2022": nor to
            // a verb with a date of its own.)
            || (h.start >= d.end
                && h.trigger.frame != Frame::Noun
                && (lo..hi).any(|k| a.norm(k) == "and")
                && a.dates.iter().any(|x| x.start >= h.end && x.start <= h.end + 2))

            // "served 15 days of administrative arrest in January for organizing a rally":
            // nor are the grounds told after the date ("sentenced in February over protests
            // in September 2022").
            || (h.start >= d.end
                && (lo..hi).any(|k| matches!(a.norm(k), "for" | "over"))
                && hits
                    .iter()
                    .any(|o| o.end <= d.start && o.trigger.frame != Frame::Noun))
            // "were remanded in custody to Oct. 4": the day custody runs to is not the day
            // it began.
            // ("denied the charge and were remanded until April 4": nor is it the day of
            // anything else told before it, but a hearing put off to it.)
            || (d.start >= h.end
                && ((h.trigger.kind == "detention" && d.start > 0 && a.norm(d.start - 1) == "to")
                    || (h.trigger.kind != "trial" && runs_to)))
            // "released them on bail and adjourned the case to May 14": the day a hearing is
            // put off to is the hearing's, no other happening's.
            || (h.trigger.kind != "trial" && put_off_to)
            // "sentenced three members over comments linked to the 2020 protests": the
            // grounds' time is not the verdict's.
            // ("the homes of five people linked to the outlet Kyzyl-Tuu in Osh at dawn on
            // Jan. 22": a participle's only a date close after it.)
            || (h.end <= d.start
                && (lo..hi).any(|k| {
                    a.norm(k) == "over" || (a.norm(k) == "linked" && d.start <= k + 5)
                }))
            // "Lukashenka, in power since 1994, won a seventh term": an aside's time.
            || (h.start >= d.end
                && a.norm(d.end) == ","
                && d.start >= 2
                && a.norm(d.start - 1) == "since"
                && a.sentence_range(d.start).start + 1 < d.start)
    };
    // "were pushed through parliament in January and signed into law by the president on
    // January 29": a date before "and" whose verb after has its own date, told at the close of
    // its by-phrase, is the first verb's, which tells no happening here.
    let next_verb_dated = hits.iter().any(|h| {
        h.start > d.end
            && h.start <= d.end + 3
            && h.trigger.frame == Frame::Act
            && (d.end..h.start).any(|k| a.norm(k) == "and")
            && a.dates.iter().any(|x| {
                x.start >= h.end
                    && x.start <= h.end + 10
                    && x.value.is_some()
                    && (h.end..x.start).any(|k| a.norm(k) == "by")
                    && !(h.end..x.start).any(|k| a.is_break(k) || a.norm(k) == "and")
            })
    });
    if next_verb_dated
        && !hits
            .iter()
            .any(|h| h.end <= d.start && h.end + 8 >= d.start)
    {
        return None;
    }
    // "the March 19 balloting", "the July 11, 2021, protests"; "the Feb. 8 legislative and
    // municipal elections" (plain modifiers between).
    let modifiers_to = |to: usize| {
        d.start > 0
            && a.norm(d.start - 1) == "the"
            && to <= d.end + 4
            && (d.end..to).all(|k| {
                let w = a.norm(k);
                w == "and"
                    || (a.shape(k) == chronicle_text::TokenShape::Lower
                        && !w.ends_with("ed")
                        && !arguments::is_be(w)
                        && !crate::entities::names::function_words().contains(w))
            })
    };
    if let Some(h) = hits.iter().enumerate().position(|(i, h)| {
        usable(i)
            && h.trigger.frame == Frame::Noun
            && (h.start == d.end
                || (h.start == d.end + 1 && !matches!(a.norm(d.end), "over" | "for"))
                || modifiers_to(h.start))
            && !names_the_day(h)
    }) {
        return Some(h);
    }
    hits.iter()
        .enumerate()
        .filter(|(i, h)| usable(*i) && !apart(h))
        .map(|(i, h)| {
            let dist = if d.start >= h.end {
                (d.start - h.end) * 2
            } else {
                h.start.saturating_sub(d.end) * 2 + 1
            };
            // ("Police took him to the district department within minutes; the next day a
            // court fined him": a semicolon parts a date from what came before it.)
            let (lo, hi) = if d.start >= h.end {
                (h.end, d.start)
            } else {
                (d.end, h.start)
            };
            let parted = (lo..hi).any(|k| a.norm(k) == ";");
            let dist = dist + if parted { 40 } else { 0 };
            // A date never crosses a clause opener to reach a trigger on its right.
            (dist, i)
        })
        .min()
        .map(|(_, i)| i)
        .or_else(|| {
            // Only statements in the sentence, or dates kept apart by the rules above: the
            // first hit's. But not a date told in a relative clause after every happening:
            // "detained 120 people ..., a politician who won the post in March" ("The trial,
            // which began in March" is told of the happening itself).
            let before = hits
                .iter()
                .filter(|h| h.end <= d.start)
                .map(|h| h.end)
                .max();
            // (Nor the grounds' time: "sentenced two activists over the unrest that shook
            // the region in the summer of 2022".)
            let relative = before.is_some_and(|end| {
                (end..d.start).any(|k| matches!(a.norm(k), "who" | "whose" | "over" | "linked"))
            });
            // Nor the day a remand or ban runs to.
            (!hits.is_empty()
                && !relative
                && !date_in_aside
                && !relative_closed
                && !put_off_to
                && !runs_to)
                .then_some(0)
        })
}

/// Person → place pairs of a sentence: "Taizhan in ... Almaty, and Akhmedyarov in ... Oral".
fn subject_places(a: &Analysis, range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let persons: Vec<(usize, usize, usize)> = a
        .mentions
        .iter()
        .filter(|m| m.start >= range.start && m.end <= range.end)
        .filter(|m| a.entities[m.entity].is_person())
        .map(|m| (m.start, m.end, m.entity))
        .collect();
    for (i, &(_, end, entity)) in persons.iter().enumerate() {
        // "Zhumabayev and Akhmetov in Semey": persons joined by "and" share the place told
        // after the last of them.
        let mut last = i;
        while persons
            .get(last + 1)
            .is_some_and(|p| p.0 == persons[last].1 + 1 && a.norm(persons[last].1) == "and")
        {
            last += 1;
        }
        let end = persons[last].1.max(end);
        let limit = persons
            .get(last + 1)
            .map(|p| p.0)
            .unwrap_or(range.end)
            .min(end + 12);
        let mut k = end;
        let mut saw_in = false;
        while k < limit
            && !a.is_break(k)
            && !a
                .lex
                .triggers
                .longest_at(a, k, k + 1)
                .is_some_and(|_| k > end + 1 && a.norm(k - 1) != "the")
        {
            if matches!(a.norm(k), "in" | "of") {
                saw_in = true;
            }
            if let Some(e) = a.entity_at(k) {
                // ("Father X in the parish house of San José church in Matagalpa": a site's
                // name is no place; the town follows.)
                let site = a.mention_at[k].is_some_and(|m| {
                    let end = a.mentions[m].end;
                    a.shape(end) == chronicle_text::TokenShape::Lower
                        && a.lex.facility_heads.contains(a.norm(end))
                });
                let part_of_city =
                    a.mention_at[k].is_some_and(|m| names_part_of_city(a, a.mentions[m].end));
                // ("X, a blogger from the southern Tajik city of Kulob, walked out of a prison
                // colony in Dushanbe": where X comes from is not where X is.)
                let home = a.mention_at[k]
                    .is_some_and(|m| comes_from(a, a.mentions[m].start, a.mentions[m].end));
                if a.entities[e].kind == EntityKind::Place
                    && saw_in
                    && !site
                    && !part_of_city
                    && !home
                {
                    out.push((entity, e));
                    break;
                }
            }
            k += 1;
        }
    }
    out
}

/// Whether the place at `start..end` tells where a person comes from: "from the northern
/// city of Petropavl", "a Grodno native", "a native of Khujand".
fn comes_from(a: &Analysis, start: usize, end: usize) -> bool {
    if matches!(a.norm(end), "native" | "natives") {
        return true;
    }
    if start < 2 || a.norm(start - 1) != "of" {
        return false;
    }
    // Back over "the northern city" to "from", or to "native".
    let lead = (start.saturating_sub(6)..start - 1)
        .rev()
        .take_while(|&k| !a.is_break(k) && a.norm(k) != ",")
        .find(|&k| matches!(a.norm(k), "from" | "native" | "natives"));
    lead.is_some_and(|k| {
        // ("from the southern Tajik city of Kulob": a people's adjective among the words.)
        let demonym = |j: usize| {
            chronicle_gazetteer::Gazetteer::embedded()
                .demonym_country(a.text(j))
                .is_some()
        };
        a.norm(k) != "from"
            || (k + 1..start - 1).all(|j| {
                (a.shape(j) == chronicle_text::TokenShape::Lower || demonym(j))
                    && !a.lex.facility_heads.contains(a.norm(j))
            }) && (k + 1..start - 1).any(|j| {
                matches!(
                    a.norm(j),
                    "city" | "town" | "village" | "region" | "province" | "district"
                )
            })
    })
}

/// Whether the place mention ending at `end` names a part of a city, named like a place
/// elsewhere: "the Mexico area of the capital".
fn names_part_of_city(a: &Analysis, end: usize) -> bool {
    matches!(
        a.norm(end),
        "area" | "neighbourhood" | "neighborhood" | "quarter" | "suburb"
    ) && a.norm(end + 1) == "of"
}

/// Whether the place at `start` is only a point of reference: "the town south-west of
/// Havana", "about 30 km west of Gweru", "in Ashulia, on the industrial outskirts of Dhaka".
fn reference_point(a: &Analysis, start: usize) -> bool {
    start >= 2
        && a.norm(start - 1) == "of"
        && matches!(
            a.norm(start - 2).replace('-', "").as_str(),
            "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        )
        || outskirts_apposed(a, start)
}

/// "in Ashulia, on the industrial outskirts of Dhaka": the city an apposition after a place
/// sets it by says where that place is, not where it happened.
fn outskirts_apposed(a: &Analysis, start: usize) -> bool {
    (start.saturating_sub(8).max(1)..start).any(|comma| {
        a.entity_at(comma - 1)
            .is_some_and(|e| a.entities[e].kind == chronicle_record::EntityKind::Place)
            && crate::entities::names::settlement_apposition(a, comma) == Some(start - 1)
    })
}

/// The most specific place in the clause, nearest the trigger: that of a court's hearing or
/// verdict when `court`, of a protest told by its noun ("the rally") when `gathering`.
fn clause_place(
    a: &Analysis,
    left: usize,
    right: usize,
    trigger: usize,
    court: bool,
    gathering: bool,
) -> Option<usize> {
    let mut best: Option<(u8, usize, usize)> = None;
    for m in a
        .mentions
        .iter()
        .filter(|m| m.start >= left && m.end <= right)
    {
        let e = &a.entities[m.entity];
        if e.kind != EntityKind::Place {
            continue;
        }
        // ("DUSHANBE - The trial ... was held in Khujand": a dateline set off by a hyphen is
        // where the report was filed, no part of the clause.)
        if a.dateline_dash(trigger)
            .is_some_and(|dash| m.end <= dash && dash < trigger)
        {
            continue;
        }
        // "from Oral" tells where someone comes from, not where it happened; "Dastgerd
        // prison" names a prison.
        // ("a border deal with Azerbaijan", "talks with Russia": the other party, not the
        // place.)
        // ("chanting slogans against Israel": what a protest is against, not where.)
        if m.start > 0 && matches!(a.norm(m.start - 1), "from" | "with" | "against") {
            continue;
        }
        // ("Four years after the vote, a Hrodna family still counts the days": where a family
        // or a group lives, not where the vote was; but "a Hrodna court" sits there.)
        if m.start > 0
            && matches!(a.norm(m.start - 1), "a" | "an")
            && a.shape(m.end) == chronicle_text::TokenShape::Lower
            // (Words for people who meet or live together; not `body_nouns`, which holds
            // premises such as "a Srinagar police station".)
            && (m.end..(m.end + 3).min(right)).any(|k| {
                a.lex.group_nouns.longest_at(a, k, k + 1).is_some()
                    || matches!(
                        a.norm(k),
                        "group" | "club" | "collective" | "circle" | "family"
                    )
            })
        {
            continue;
        }
        // ("a taxi driver from the northern city of Petropavl", "a Grodno native", "a native
        // of Khujand": where a person comes from.)
        if comes_from(a, m.start, m.end) || names_part_of_city(a, m.end) {
            continue;
        }
        // "taken to the city's Almaty district police station": a district of the city the
        // report is in, named like a town elsewhere.
        // (The part's word is one of the gazetteer's suffix cues, `data/gazetteer/cues.tsv`.)
        // ("stood near the city's Aurora cinema": so is a site a common noun follows.)
        let site_word = a.shape(m.end) == chronicle_text::TokenShape::Lower
            && !crate::entities::names::function_words().contains(a.norm(m.end));
        if m.start >= 2
            && matches!(a.norm(m.start - 2), "city" | "town" | "capital")
            && matches!(a.norm(m.start - 1), "'s")
            && (site_word
                || chronicle_gazetteer::Gazetteer::embedded()
                    .suffix_cue(a.norm(m.end))
                    .is_some())
        {
            continue;
        }
        // "the government's handling of the Rafah crossing": a site named for a place, which
        // may be far from where the happening was.
        if m.start >= 2
            && a.norm(m.start - 1) == "the"
            && a.norm(m.start - 2) == "of"
            && matches!(
                a.norm(m.end),
                "crossing" | "border" | "checkpoint" | "frontier"
            )
        {
            continue;
        }
        // "the removal of the elected mayor of Erciş": the place an office is of.
        if m.start >= 2
            && a.norm(m.start - 1) == "of"
            && a.lex
                .titles
                .longest_at(a, m.start - 2, m.start - 1)
                .is_some()
        {
            continue;
        }
        // "the parish of San Ramón", "the Church of St. Paul", "the Basilica of Our Lady of
        // Chiquinquirá": a site's name (`data/lexicons/facility_heads.txt`), not a town.
        // ("the central square of Karakol" is in the town: in lower case only the heads
        // the list gives in lower case name a site.)
        let site = |k: usize| {
            if !a.is_capitalised(k) {
                return a.lex.facility_heads.contains(a.norm(k));
            }
            a.lex.is_capitalised_facility_head(a.norm(k))
        };
        if m.start > 1
            && a.norm(m.start - 1) == "of"
            && (m.start.saturating_sub(6)..m.start - 1).any(site)
        {
            continue;
        }
        // ("the parish house of San José church in Matagalpa": nor a church; the site heads
        // `data/lexicons/facility_heads.txt` writes in lower case.)
        if matches!(
            a.norm(m.end),
            "prison" | "jail" | "colony" | "camp" | "detention"
        ) || (a.shape(m.end) == chronicle_text::TokenShape::Lower
            && a.lex.facility_heads.contains(a.norm(m.end)))
        {
            continue;
        }
        // "freed and flew to the United States", "deported to Turkey", "put on a plane to
        // Washington": where they went;
        // "two years of internal exile in Zabol": where the term is served.
        let gone_to = m.start >= 2
            && matches!(a.norm(m.start - 1), "to" | "the" | "in")
            && (m.start.saturating_sub(4)..m.start).any(|k| {
                matches!(
                    a.norm(k),
                    "flew"
                        | "flown"
                        | "deported"
                        | "expelled"
                        | "exiled"
                        | "fled"
                        | "sent"
                        | "exile"
                        | "banished"
                        | "plane"
                        | "flight"
                        | "driven"
                )
            });
        if gone_to {
            continue;
        }
        // "sentenced Gulnara Seytmuratova, who had posted videos ... in Nukus": a relative
        // clause tells about a person, not where the event happened.
        if m.start > trigger
            && (trigger..m.start).any(|k| matches!(a.norm(k), "who" | "whose" | "which"))
        {
            continue;
        }
        // "X, who teaches at a lycée in the city's Lazaret district, was taken from his
        // classroom": a relative clause closed before the trigger tells about X.
        // ("X, a researcher at Samara University who had signed a letter against the war in
        // Ukraine, was arrested": "who" after the person's description too.)
        // (The clause may open just after that "who": "X, 44, whose bookshop in Mong Kok
        // hosted the meetings, was jailed".)
        if m.end <= trigger
            && (left.saturating_sub(1)..m.start).any(|k| {
                k > 0
                    && ((matches!(a.norm(k), "who" | "whose" | "which") && a.norm(k - 1) == ",")
                        || (matches!(a.norm(k), "who" | "whose")
                            && (left..k).any(|j| a.norm(j) == ",")))
            })
            && (m.end..trigger).any(|k| a.norm(k) == ",")
        {
            continue;
        }
        // "holding a placard reading “Peace to Ukraine”": a place in quoted words is not
        // where the event told outside them happened.
        if a.in_quotes(m.start) != a.in_quotes(trigger) {
            continue;
        }
        // "relatives of Xinjiang detainees": a place describing people says where they are
        // from, not where the event happened.
        let describes_people = a
            .entity_at(m.end)
            .is_some_and(|e| matches!(a.entities[e].kind, EntityKind::Group | EntityKind::Person))
            || a.lex.group_nouns.longest_at(a, m.end, m.end + 3).is_some()
            || a.lex.descriptors.contains(a.norm(m.end));
        if describes_people {
            continue;
        }
        // "to demand news of relatives held in Xinjiang": another verb's place; "is believed
        // to be in Thailand": where someone is, not where the event happened.
        if m.start >= trigger + 3 && matches!(a.norm(m.start - 1), "in" | "at") {
            let verb = a.norm(m.start - 2);
            let other_verb = verb.ends_with("ed")
                || verb.ends_with("ing")
                || arguments::is_be(verb)
                || matches!(
                    verb,
                    "held"
                        | "born"
                        | "kept"
                        | "built"
                        | "live"
                        | "lives"
                        | "remain"
                        | "stays"
                        | "hiding"
                );
            // ("The closed trial began on May 12 and was held in Khujand": where a hearing
            // was held is the hearing's own place.)
            // ("the next big rally will be held in Kragujevac": so is a gathering's.)
            let hearing_held = verb == "held"
                && arguments::is_be(a.norm(m.start - 3))
                && ((court
                    && matches!(a.norm(trigger), "trial" | "hearing" | "hearings" | "trials"))
                    || gathering);
            if other_verb
                && !hearing_held
                && a.lex
                    .triggers
                    .longest_at(a, m.start - 2, m.start - 1)
                    .is_none()
            {
                continue;
            }
        }
        // "jailed 19 people over a protest in the village of Diraz": where what they were
        // punished for happened, not where the court sat.
        if court && over_what_happened_in(a, m.start) {
            continue;
        }
        // A city is more exact than its region, a region than its country.
        let exactness = match &e.place {
            Some(p) if p.is_country => 0,
            Some(p) if p.is_region => 1,
            _ => 2,
        };
        // A place named only to say where another lies comes last of all.
        let exactness = if reference_point(a, m.start) {
            0
        } else {
            exactness + 1
        };
        let dist = m.start.abs_diff(trigger);
        let key = (exactness, usize::MAX - dist, m.entity);
        if best.is_none_or(|b| (key.0, key.1) > (b.0, b.1)) {
            best = Some(key);
        }
    }
    best.map(|b| b.2)
}

/// Whether the place named at `start` is told of a happening a court punished: "over a
/// protest in the village of Diraz", "for a march in Minsk".
fn over_what_happened_in(a: &Analysis, start: usize) -> bool {
    // Back over "the village of", "the northern city of" to the preposition.
    let mut k = start;
    while k > start.saturating_sub(6)
        && k > 0
        && (a.shape(k - 1) == chronicle_text::TokenShape::Lower && a.norm(k - 1) != "in")
    {
        k -= 1;
    }
    if k < 3 || a.norm(k - 1) != "in" {
        return false;
    }
    let noun = k - 2;
    let happening = a.lex.triggers.longest_at(a, noun, noun + 1).is_some();
    happening && (noun.saturating_sub(4)..noun).any(|j| matches!(a.norm(j), "over" | "for"))
}

/// "were convicted on 20 June after a two-day trial held on 14-15 June", "was sentenced at
/// the same trial": a trial the verdict's sentence names as where or after what it came is
/// the trial of those it sentenced, before the same court, on its own day.
fn trial_of_the_verdict(a: &Analysis, drafts: &mut [(Draft, Frame)]) {
    let sentenced: Vec<(Vec<usize>, Vec<usize>, usize)> = drafts
        .iter()
        .filter(|(d, _)| d.kind == "sentence" && d.status == "occurred")
        .map(|(d, _)| (d.persons(a), d.agents.clone(), d.start))
        .filter(|(persons, _, _)| !persons.is_empty())
        .collect();
    if sentenced.is_empty() {
        return;
    }
    for (d, frame) in drafts.iter_mut() {
        // (Not "after the hearing", which tells when someone spoke or was let go; but "at the
        // end of a hearing that lasted most of the day" is the verdict's own.)
        let trial_noun = matches!(a.norm(d.start), "trial" | "trials" | "hearing");
        if d.kind != "trial" || *frame != Frame::Noun || !d.subjects.is_empty() || !trial_noun {
            continue;
        }
        // The preposition before the noun, over its article and modifiers ("after a two-day
        // trial", "at the same trial").
        let floor = d.start.saturating_sub(4);
        let mut k = d.start;
        while k > floor
            && (matches!(
                a.norm(k - 1),
                "a" | "an" | "the" | "same" | "closed" | "mass"
            ) || a.norm(k - 1).contains('-'))
        {
            k -= 1;
        }
        // ("at the end of a closed trial")
        let end_of = k >= 2 && a.norm(k - 1) == "of" && a.norm(k - 2) == "end";
        let hearing = a.norm(d.start) == "hearing";
        let linked =
            end_of || (!hearing && k > 0 && matches!(a.norm(k - 1), "after" | "at" | "following"));
        // Only a verdict told before the noun: "sentenced X ... after a trial".
        let verdict = sentenced
            .iter()
            .rev()
            .find(|(_, _, start)| *start < d.start);
        if let (true, Some((persons, agents, _))) = (linked, verdict) {
            d.subjects = persons.clone();
            if d.agents.is_empty() {
                d.agents = agents.clone();
            }
        }
    }
}

/// Saying verbs: statements where the saying is the news, attribution where it reports
/// another event ("X said police detained him").
fn attribute(
    a: &Analysis,
    drafts: &mut Vec<(Draft, Frame)>,
    hits: &[triggers::Hit],
    range: std::ops::Range<usize>,
) {
    // "according to X"
    let according: Vec<usize> = (range.start..range.end)
        .filter(|&k| a.norm(k) == "according" && a.norm(k + 1) == "to")
        .flat_map(|k| {
            (k + 2..range.end.min(k + 8)).find_map(|j| {
                a.entity_at(j)
                    .filter(|&e| a.entities[e].kind != EntityKind::Place)
            })
        })
        .collect();
    let say_idx: Vec<usize> = (0..drafts.len())
        .filter(|&i| drafts[i].1 == Frame::Say)
        .collect();
    let mut drop = vec![false; drafts.len()];
    for &si in &say_idx {
        let speaker = drafts[si].0.agents.clone();
        let (s_start, s_end) = (drafts[si].0.start, drafts[si].0.end);
        // The complement: after the verb, or before it when the verb closes the sentence.
        let after_has_event = drafts
            .iter()
            .any(|(d, f)| *f != Frame::Say && d.start >= s_end);
        let mut complement = if after_has_event || s_end + 3 < range.end {
            (s_end, range.end)
        } else {
            (range.start, s_start)
        };
        // "Three people accused of running a channel appeared in court, a week after police
        // detained them": an accusation told of a noun reaches only the offence; the
        // sentence's own verb and what follows it are no part of it.
        // (The noun may have been read as the speaker.)
        let noun_before = || {
            speaker.is_empty()
                || a.entity_at(s_start - 1)
                    .is_some_and(|e| speaker.contains(&e))
        };
        let reduced = s_start > 0
            && complement.0 == s_end
            && noun_before()
            && matches!(a.norm(s_start), "accused" | "suspected")
            && !arguments::is_be(a.norm(s_start - 1))
            && !matches!(
                a.norm(s_start - 1),
                "has" | "have" | "had" | "who" | "that" | "and" | "is" | "are" | "was" | "were"
            );
        if reduced {
            if let Some(main) = drafts
                .iter()
                .filter(|(d, f)| !matches!(f, Frame::Say | Frame::Noun) && d.start > s_end + 1)
                .filter(|(d, _)| !matches!(a.norm(d.start - 1), "of" | "and" | "for"))
                .map(|(d, _)| d.start)
                .chain((s_end + 2..range.end).filter(|&k| a.norm(k) == ","))
                .min()
            {
                complement.1 = main;
            }
        }
        let mut reports_event = false;
        let alleging = hits
            .iter()
            .find(|h| h.start == s_start)
            .and_then(|h| h.trigger.status)
            .filter(|s| !s.starts_with('+'));
        for (j, (d, f)) in drafts.iter_mut().enumerate() {
            if j == si || *f == Frame::Say {
                continue;
            }
            if d.start >= complement.0 && d.end <= complement.1 {
                let judged = *f == Frame::Noun && told_already(a, d.start);
                // ("The SNJT said more than 60 people had been prosecuted under the decree
                // since 2022": a tally over time is the speaker's account, no event of it.)
                let tally = d.kind == "charge" && merge::charge_tally(a, d);
                if !matches!(d.kind, "election" | "legislation") && !judged && !tally {
                    reports_event = true;
                }
                for &s in &speaker {
                    if !d.attributed_to.contains(&s) {
                        d.attributed_to.push(s);
                    }
                }
                // ("the GKNB said in a statement that X and Y had been charged": the body
                // that charges says so of its own charge.)
                let charging_body = speaker.iter().all(|&e| {
                    matches!(
                        a.entities[e].category,
                        Some("police" | "security_service" | "prosecutor")
                    )
                });
                if d.kind == "charge" && d.agents.is_empty() && !speaker.is_empty() && charging_body
                {
                    d.agents = speaker.clone();
                }
                if let Some(st) = alleging {
                    if d.status == "occurred" {
                        d.status = st;
                    }
                }
                // A beating told by the victim's side is an allegation until confirmed.
                let state_speaker = speaker
                    .iter()
                    .any(|&e| arguments::is_state(a.entities[e].category));
                if d.kind == "violence"
                    && d.status == "occurred"
                    && !state_speaker
                    && !casualty_count(a, d.start)
                    && !seen_in_public(a, d.start)
                {
                    d.status = "alleged";
                }
            }
        }
        let verb = a.norm(s_start);
        let plain = [
            "say", "said", "says", "saying", "state", "stated", "states", "note", "noted", "notes",
            "told", "tells", "tell",
        ]
        .contains(&verb);
        let speaker_category = speaker.first().and_then(|&e| a.entities[e].category);
        let institutional = matches!(speaker_category, Some("international" | "ngo"));
        // A rights group's words quoted are its judgement ("said the sentence was
        // “punishment for a strike”").
        // Not a charge or a name in quotes: "sentenced him for “incitement”, the group said",
        // "declared “extremist”". (Quotation marks pair up: every other one opens.)
        let quoted = institutional
            && (complement.0..complement.1)
                .filter(|&k| a.norm(k) == "\"")
                .step_by(2)
                .any(|k| {
                    k == 0
                        || !matches!(
                            a.norm(k - 1),
                            "for" | "of" | "with" | "as" | "called" | "named"
                        )
                });
        let assessing =
            quoted || (complement.0..complement.1).any(|k| a.lex.assessment.contains(a.norm(k)));
        // Officials and organisations speak as news; a private person's words are mostly the
        // source of other events.
        let official = speaker
            .iter()
            .any(|&e| a.entities[e].kind == EntityKind::Organization || is_official(a, e));
        // Police, security services, courts and prosecutors accusing someone charge them;
        // that is not a statement the record keeps apart.
        // ("Police spokeswoman Mercy Wanjiru said": so does one who speaks for them.)
        let speaks_for_enforcers = speaker.iter().all(|&e| {
            a.entities[e].is_person()
                && a.mentions.iter().any(|m| {
                    m.entity == e
                        && m.start >= 2
                        && crate::events::status::speaks_for_a_body(a.norm(m.start - 1))
                        && matches!(a.norm(m.start - 2), "police" | "prosecution" | "army")
                })
        });
        let enforcer = matches!(
            speaker_category,
            Some("police" | "security_service" | "court" | "prosecutor")
        ) || (!speaker.is_empty() && speaks_for_enforcers);
        // A rights group that only reports what happened ("..., Hengaw said") is a source,
        // not a statement; one that judges ("condemned", "called ... unfair") makes one.
        let organisation = speaker
            .iter()
            .any(|&e| a.entities[e].kind == EntityKind::Organization);
        let keep = !speaker.is_empty()
            && !enforcer
            && ((!plain && (institutional || official || organisation))
                || ((institutional || organisation) && assessing)
                || (!reports_event && (institutional || !plain || assessing || official)));
        if keep {
            // Whom it is about: the persons and organisations named in what was said.
            let about = arguments::actors_in(a, complement.0, complement.1, true);
            drafts[si].0.subjects = about
                .into_iter()
                .filter(|e| !speaker.contains(e) && a.entities[*e].kind != EntityKind::Group)
                .collect();
            // Not a place in what was said; where the speaker was when saying it.
            drafts[si].0.place = speaker_place(a, range.start, s_start);
        } else {
            drop[si] = true;
        }
    }
    let mut j = 0;
    drafts.retain(|_| {
        j += 1;
        !drop[j - 1]
    });
    // "several supporters were beaten, according to witnesses": a beating the state's side
    // does not vouch for is an allegation.
    let told_by_others = (range.start..range.end)
        .any(|k| a.norm(k) == "according" && a.norm(k + 1) == "to")
        && !according
            .iter()
            .any(|&e| arguments::is_state(a.entities[e].category));
    for (d, f) in drafts.iter_mut() {
        if *f != Frame::Say {
            for &s in &according {
                if !d.attributed_to.contains(&s) {
                    d.attributed_to.push(s);
                }
            }
            if told_by_others
                && d.kind == "violence"
                && d.status == "occurred"
                && !casualty_count(a, d.start)
                && !seen_in_public(a, d.start)
            {
                d.status = "alleged";
            }
        }
    }
}

/// A happening noun that points back at one already told ("said the pardons did not change the
/// picture", "the Belarusian releases"): what is said of it is a judgement, not news of it.
fn told_already(a: &Analysis, start: usize) -> bool {
    let definite = |k: usize| matches!(a.norm(k), "the" | "these" | "those" | "this" | "that");
    (start >= 1 && definite(start - 1))
        || (start >= 2
            && definite(start - 2)
            && a.entity_at(start - 1)
                .is_none_or(|e| a.entities[e].kind != EntityKind::Person)
            && a.lex.triggers.longest_at(a, start - 1, start).is_none())
}
