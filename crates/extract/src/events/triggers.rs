//! Finding event triggers: the words that say something happened ("detained", "rallies").
//!
//! The trigger lexicon lists lemmas with a frame; a word that can be a verb or a noun
//! ("arrest", "protest", "search") is read as a noun after a determiner or before "of", and
//! as a verb elsewhere. A bare base-form verb ("free", "state", "close") counts only where a
//! verb can stand: after "to", a modal, a negation, or a name.

use crate::analysis::Analysis;
use crate::lexicon::{Frame, Trigger};

/// A trigger in the text.
#[derive(Debug, Clone)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub trigger: Trigger,
}

/// Past participles not ending in "-ed": after "those" they tell of people a thing was done
/// to ("those taken away", "those held"); after a name, of what was done to them ("Hoda
/// Mansour, held since 2022").
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "taken", "held", "kept", "beaten", "brought", "thrown", "caught", "sent", "led", "seen", "let",
    "put", "shot", "hit",
];

/// Whether a word is a past participle: "detained", "beaten", "held".
pub(crate) fn is_past_participle(form: &str) -> bool {
    form.ends_with("ed") || form.ends_with("en") || IRREGULAR_PARTICIPLES.contains(&form)
}

pub(crate) const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "'s",
    "this",
    "that",
    "these",
    "those",
    "new",
    "recent",
    "latest",
    "mass",
    "further",
    "any",
    "no",
    "every",
    "first",
    "second",
    "same",
    "another",
    "such",
    "planned",
    "upcoming",
    "unsanctioned",
    "peaceful",
    "street",
    "parliamentary",
    "presidential",
    "local",
    "snap",
    "early",
    "previous",
    "last",
    "weekly",
    "daily",
    "several",
    "many",
    "two",
    "three",
    "four",
    "five",
];

/// Verbs whose past participle is spelled as their base: "was let go", "were put on trial".
const SAME_FORM_PARTICIPLES: &[&str] = &[
    "let",
    "put",
    "set",
    "cut",
    "shut",
    "hit",
    "beat",
    "quit",
    "cast",
    "hurt",
    "spread",
    "read",
    "upset",
    "bid",
    "burst",
    "thrust",
    "broadcast",
    "forecast",
    "split",
];

const VERB_OPENERS: &[&str] = &[
    "and",
    "to",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "did",
    "do",
    "does",
    "not",
    "n't",
    "never",
    "they",
    "we",
    "i",
    "you",
    "police",
    "authorities",
    "officers",
];

/// Words that may follow "gathered" when people gather ("gathered outside", "gathered
/// again"), not when something is gathered ("gathered evidence").
const GATHERED_WHERE: &[&str] = &[
    "in",
    "at",
    "on",
    "outside",
    "near",
    "to",
    "for",
    "around",
    "before",
    "behind",
    "by",
    "from",
    "inside",
    "along",
    "across",
    "again",
    "peacefully",
    "there",
    "here",
    "and",
    "despite",
    "early",
    "late",
    "every",
    "each",
    "under",
    "opposite",
    "after",
    "with",
    "together",
    "once",
    "daily",
    "nightly",
    "silently",
    "quietly",
    "spontaneously",
    "overnight",
    "throughout",
    "into",
    "onto",
    "beside",
    "against",
    "over",
    "until",
];

/// Finds triggers in tokens `start..end` (one sentence), left to right, not overlapping.
/// A trigger marked by a cue as no event at all ("demanding the release of") is left out.
pub fn find(a: &Analysis, start: usize, end: usize) -> Vec<Hit> {
    let mut hits = find_all(a, start, end);
    hits.retain(|h| !demanded(a, h.start, start) || called_for_protest(a, h).is_some());
    // "a corruption case that he says is politically motivated", "what he calls a fabricated
    // case": a view put in passing inside a noun's clause is no statement of its own.
    hits.retain(|h| {
        !(h.trigger.kind == "statement"
            && h.start >= start + 2
            && matches!(a.norm(h.start - 1), "he" | "she" | "they" | "it" | "we")
            && matches!(a.norm(h.start - 2), "that" | "which" | "what"))
    });
    // "He had written on Facebook that the government was planning to raise fuel prices":
    // what someone had written before is what they were punished for, no statement of
    // record.
    hits.retain(|h| {
        !(h.trigger.kind == "statement"
            && h.start > start
            && a.norm(h.start - 1) == "had"
            && ["write", "post", "publish", "share", "tweet"]
                .iter()
                .any(|l| a.has_lemma(h.start, l)))
    });
    // Words of a kind that tell no happening of it (see `tells_no_happening`).
    hits.retain(|h| !tells_no_happening(a, h, start, end));
    // "organisers must notify the authorities and may protest only at designated sites": a
    // rule of what people may do is no protest held.
    hits.retain(|h| {
        let modal = |k: usize| matches!(a.norm(k), "may" | "can" | "cannot" | "must" | "should");
        !(h.trigger.kind == "protest"
            && h.trigger.frame == Frame::Do
            && h.start > start
            && (modal(h.start - 1)
                || (h.start > start + 1
                    && modal(h.start - 2)
                    && matches!(a.norm(h.start - 1), "not" | "only" | "no"))))
    });
    // "About 400 people marched through Batumi to protest against the decision": the
    // purpose of a protest already told is no second one.
    let told: Vec<usize> = hits
        .iter()
        .filter(|h| h.trigger.kind == "protest" && h.trigger.frame == Frame::Do)
        .map(|h| h.start)
        .collect();
    hits.retain(|h| {
        !(h.trigger.kind == "protest"
            && h.start > start
            && a.norm(h.start - 1) == "to"
            && told.iter().any(|&t| t < h.start - 1))
    });
    // "Kazakh court jails Zhanaozen strike leaders": the noun "strike" before a word for
    // people is the labour strike they lead, not a blow ("struck protesters" is one).
    hits.retain(|h| {
        let people_after = || {
            a.lex.group_nouns.longest_at(a, h.end, h.end + 3).is_some()
                || a.lex.descriptors.contains(a.norm(h.end))
                || matches!(a.norm(h.end), "committee" | "leader" | "leaders")
        };
        !(h.trigger.kind == "violence"
            && h.end == h.start + 1
            && a.norm(h.start) == "strike"
            && people_after())
    });
    // "a tally released on Tuesday", "released a report on the arrests": a document put out
    // frees no one.
    hits.retain(|h| {
        let document = |k: usize| a.lex.document_nouns.contains(a.norm(k));
        let object = matches!(
            a.norm(h.end),
            "a" | "an" | "the" | "its" | "their" | "his" | "her"
        ) && (document(h.end + 1) || document(h.end + 2));
        !(h.trigger.kind == "release"
            && h.end == h.start + 1
            && a.has_lemma(h.start, "release")
            && ((h.start > start && document(h.start - 1)) || document(h.end) || object))
    });
    // "on condition that they not join political gatherings", "no rallies": a protest told
    // only as one that is not to be is none.
    hits.retain(|h| {
        !(h.trigger.kind == "protest"
            && h.trigger.frame == Frame::Noun
            && (h.start.saturating_sub(3).max(start)..h.start)
                .any(|k| matches!(a.norm(k), "not" | "never" | "no")))
    });
    // "barred from running websites for four years after he is freed": a time told by a
    // happening still to come is no happening.
    hits.retain(|h| {
        let present = h.start > start + 2 && matches!(a.norm(h.start - 1), "is" | "are");
        !(present
            && (h.start.saturating_sub(5).max(start)..h.start - 1)
                .any(|k| matches!(a.norm(k), "after" | "once" | "until" | "when" | "before")))
    });
    // "was free pending his appeal", "who had been free on bail": being free is a state, no
    // release. (But "has been free on bail since last year" tells when it began.)
    hits.retain(|h| {
        let since =
            h.end > h.start + 1 && (h.end..(h.end + 2).min(end)).any(|k| a.norm(k) == "since");
        !(h.trigger.kind == "release"
            && (h.end == h.start + 1 || !since)
            && a.norm(h.start) == "free"
            && h.start > start
            && matches!(
                a.norm(h.start - 1),
                "was" | "is" | "were" | "are" | "been" | "be" | "remains" | "remained"
            ))
    });
    // "She was released from hospital on Monday", "was treated in hospital and released the
    // same night": a patient discharged is no prisoner freed.
    hits.retain(|h| {
        let ward = |k: usize| matches!(a.norm(k), "hospital" | "clinic" | "hospitals");
        let from_ward = a.norm(h.end) == "from" && (h.end + 1..(h.end + 3).min(end)).any(ward);
        let treated = (h.start.saturating_sub(8).max(start)..h.start)
            .rev()
            .take_while(|&k| !a.is_break(k))
            .any(ward)
            && !(h.start.saturating_sub(8).max(start)..h.start).any(|k| {
                matches!(
                    a.norm(k),
                    "custody" | "detention" | "prison" | "jail" | "police" | "arrest"
                )
            });
        !(h.trigger.kind == "release" && (from_ward || treated))
    });
    // "journalists should not be detained for their work", "must be released": a norm or a
    // demand of what ought to be done tells no happening.
    hits.retain(|h| {
        let mut k = h.start;
        if k > start && a.norm(k - 1) == "be" {
            k -= 1;
            if k > start && a.norm(k - 1) == "not" {
                k -= 1;
            }
            let ought = k > start + 1 && a.norm(k - 1) == "to" && a.norm(k - 2) == "ought";
            !(ought || (k > start && matches!(a.norm(k - 1), "should" | "must")))
        } else {
            true
        }
    });
    // "denied that detainees are beaten in custody", "where prisoners are routinely
    // tortured": a present passive tells what is said to happen as a rule, no one happening.
    hits.retain(|h| {
        let mut k = h.start;
        while k > start
            && matches!(
                a.norm(k - 1),
                "routinely" | "regularly" | "systematically" | "often"
            )
        {
            k -= 1;
        }
        !(h.trigger.kind == "violence"
            && h.trigger.frame == Frame::Act
            && k > start
            && matches!(a.norm(k - 1), "are" | "is"))
    });
    // "Investigators were gathering evidence": gathering something is no crowd gathering
    // ("gathered outside the akimat", "gathered on Monday", "had gathered peacefully").
    hits.retain(|h| {
        let gathers_something = h.trigger.kind == "protest"
            && h.trigger.frame == Frame::Do
            && a.has_lemma(h.start, "gather")
            && h.end == h.start + 1
            && a.shape(h.end) == chronicle_text::TokenShape::Lower
            && a.entity_at(h.end).is_none()
            && !a.dates.iter().any(|d| d.start == h.end)
            && !GATHERED_WHERE.contains(&a.norm(h.end));
        !gathers_something
    });
    // "The NUP has called a rally for Friday", "protests called by the union": calling a
    // protest organises it; the protest is the event, not a statement. ("called the march
    // “legitimate”" judges one.)
    // ("Vente Venezuela has called for a march on Saturday": the same, with "for".)
    let called_for = |h: &Hit| {
        h.trigger.kind == "statement"
            && h.end == h.start + 2
            && a.has_lemma(h.start, "call")
            && hits
                .iter()
                .any(|p| called_for_protest(a, p) == Some(h.start + 1))
    };
    let calls_protest = |h: &Hit| {
        let organises = a.norm(h.end) == "by"
            || (matches!(a.norm(h.end), "a" | "an" | "new" | "another" | "fresh")
                && hits.iter().any(|p| {
                    p.trigger.kind == "protest" && p.start > h.end && p.start <= h.end + 3
                }))
            || hits
                .iter()
                .any(|p| p.trigger.kind == "protest" && p.start == h.end);
        h.trigger.kind == "statement"
            && h.end == h.start + 1
            && a.has_lemma(h.start, "call")
            && organises
    };
    let called: Vec<bool> = hits
        .iter()
        .map(|h| calls_protest(h) || called_for(h))
        .collect();
    let mut called = called.into_iter();
    hits.retain(|_| !called.next().unwrap_or(false));
    // "the funerals of Penza men killed in Ukraine", "a vigil for the 16 people killed when
    // the canopy fell": a participle after the people a phrase is about recalls deaths as
    // who they were, no attack told here ("protesters killed by police" names one).
    hits.retain(|h| {
        let participle = h.trigger.kind == "violence"
            && h.trigger.frame == Frame::Act
            && h.end == h.start + 1
            && matches!(a.norm(h.start), "killed" | "injured" | "wounded")
            && a.norm(h.end) != "by";
        let about_people = participle
            && h.start >= start + 2
            && !be_or_joiner(a.norm(h.start - 1))
            && a.shape(h.start - 1) != chronicle_text::TokenShape::Punct
            && (h.start.saturating_sub(4).max(start)..h.start - 1)
                .rev()
                .take_while(|&k| a.norm(k) != ",")
                .any(|k| matches!(a.norm(k), "of" | "for"));
        !about_people
    });
    // "organisers must notify the police 14 days before a gathering,", "five working days
    // before a rally.": a rule's time counted from any protest tells of none.
    hits.retain(|h| {
        let generic = h.trigger.kind == "protest"
            && h.trigger.frame == Frame::Noun
            && h.start >= start + 2
            && matches!(a.norm(h.start - 1), "a" | "an" | "any")
            && a.norm(h.start - 2) == "before"
            && (h.end >= end || a.is_break(h.end) || matches!(a.norm(h.end), "," | "and"));
        !generic
    });
    hits.extend(those_of_others(a, &hits, end));
    hits.sort_by_key(|h| h.start);
    hits
}

/// "were killed", "and killed", "who killed": a word before which a participle is a verb of
/// its own clause.
fn be_or_joiner(w: &str) -> bool {
    crate::events::arguments::is_be(w) || matches!(w, "and" | "or" | "not" | "who" | "that")
}

/// "cut the sentence of X from five years to three, and that of Y from four years to two":
/// "that of" after a sentence's "term of" tells the same of another person, a hit of its own.
fn those_of_others(a: &Analysis, hits: &[Hit], end: usize) -> Vec<Hit> {
    let term_of = |j: usize| {
        matches!(
            a.norm(j),
            "sentence" | "sentences" | "term" | "terms" | "penalty"
        ) && a.norm(j + 1) == "of"
    };
    let mut more = Vec::new();
    for h in hits {
        if h.trigger.kind != "sentence" {
            continue;
        }
        let mut k = h.end;
        while k + 2 < end {
            let elided = a.norm(k) == "and"
                && a.norm(k + 1) == "that"
                && a.norm(k + 2) == "of"
                && (h.start..k).any(term_of)
                && !hits.iter().any(|o| o.start > h.start && o.start < k);
            if elided {
                more.push(Hit {
                    start: k + 1,
                    end: k + 2,
                    trigger: h.trigger.clone(),
                });
            }
            k += 1;
        }
    }
    more
}

/// "called for a march in Maracaibo on Saturday", "have called for another march", "calls
/// for a nationwide strike": a protest called for is one its callers organise, to come; no
/// demand of what others should do. Gives the "for" before the protest noun of hit `h`.
pub(crate) fn called_for_protest(a: &Analysis, h: &Hit) -> Option<usize> {
    // ("posts calling for a boycott of the celebrations" urge people not to take part.)
    if h.trigger.kind != "protest"
        || h.trigger.frame != Frame::Noun
        || h.start < 2
        || a.has_lemma(h.start, "boycott")
    {
        return None;
    }
    let mut k = h.start;
    while k > 0
        && h.start - k < 3
        && matches!(
            a.norm(k - 1),
            "a" | "an"
                | "another"
                | "new"
                | "fresh"
                | "mass"
                | "nationwide"
                | "general"
                | "peaceful"
                | "further"
                | "more"
        )
    {
        k -= 1;
    }
    (k >= 2 && a.norm(k - 1) == "for" && a.has_lemma(k - 2, "call")).then_some(k - 1)
}

/// Whether token `k` is a verb of saying ("said", "told", "criticised"): a trigger of the
/// `say` frame in `data/lexicons/triggers.tsv`.
pub fn says_at(a: &Analysis, k: usize) -> bool {
    a.lex
        .triggers
        .longest_at(a, k, k + 1)
        .is_some_and(|t| t.value.frame == Frame::Say)
}

/// "demanding the release of", "calls for the release of", "urges workers on Facebook to
/// join the opposition's protests": wanted, not happened. The cue stands a few words before,
/// or further back when "to" leads from it to the trigger within one clause.
fn demanded(a: &Analysis, at: usize, floor: usize) -> bool {
    (at.saturating_sub(9).max(floor)..at).any(|k| {
        let found = a
            .lex
            .status_cues
            .longest_at(a, k, at)
            .filter(|f| f.value.status == "-");
        let cue = found.is_some();
        // ("urged them to free X"; "called for Pérez Salazar's immediate release".)
        let asked_for = found.is_some_and(|f| a.norm(f.end - 1) == "for");
        let led = || {
            (k..at).any(|j| a.norm(j) == "to" || (asked_for && matches!(a.norm(j), "'s")))
                && !(k..at).any(|j| a.is_break(j) || a.norm(j) == ",")
        };
        cue && (k + 4 >= at || led())
    })
}

fn find_all(a: &Analysis, start: usize, end: usize) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut i = start;
    while i < end {
        // Words inside names of organisations ("Freedom March Committee", "riot police")
        // are not triggers.
        if a.entity_at(i).is_some_and(|e| {
            let kind = a.entities[e].kind;
            kind == chronicle_record::EntityKind::Organization
                || (kind != chronicle_record::EntityKind::Group && a.is_capitalised(i))
        }) {
            i += 1;
            continue;
        }
        // Nor are words inside dates ("the March 19 balloting").
        if let Some(d) = a.dates.iter().find(|d| d.start <= i && i < d.end) {
            i = d.end.max(i + 1);
            continue;
        }
        // Nor words of an idiom ("tried behind closed doors").
        if let Some(f) = a.lex.idioms.longest_at(a, i, end) {
            i = f.end;
            continue;
        }
        // Nor what happens "whenever" something else does: a habit, not a happening
        // ("adding them to new cases whenever courts order their release").
        let habitual = (i.saturating_sub(6).max(start)..i)
            .rev()
            .take_while(|&k| !a.is_break(k) && a.norm(k) != ",")
            .any(|k| a.norm(k) == "whenever");
        if habitual {
            i += 1;
            continue;
        }
        let found = a.lex.triggers.all_at(a, i, end);
        let Some(longest) = found.first().map(|f| f.end) else {
            i += 1;
            continue;
        };
        // "on strike", "on hunger strike"; but "those detained" is a verb.
        let prev_word = if i > start { a.norm(i - 1) } else { "" };
        // "the arrest", "arrest of", "the April 9 rallies"; but "on Tuesday sentenced" is a verb,
        // and so is "those walking out of Insein Prison".
        // ("Among those taken away were ...": or an irregular participle after "those".)
        let participle = a.norm(i).ends_with("ed")
            || ((a.norm(i).ends_with("ing") || IRREGULAR_PARTICIPLES.contains(&a.norm(i)))
                && matches!(prev_word, "those" | "these"));
        // ("was first arrested": "first" is an adverb after "was", no determiner.)
        let after_be = i >= start + 2 && crate::events::arguments::is_be(a.norm(i - 2));
        // ("the pardoned included X": a participle standing for those it was done to.)
        let those_done_to = participle && prev_word == "the" && is_include(a.norm(longest));
        // ("to disperse what he called an unlawful gathering": an "-ing" word after an
        // adjective after an article is a noun.)
        let adjective_before = a.norm(i).ends_with("ing")
            && i >= start + 2
            && matches!(a.norm(i - 2), "a" | "an" | "the")
            && a.shape(i - 1) == chronicle_text::TokenShape::Lower
            && ["ful", "al", "ised", "ized", "ous", "ive", "ic", "less"]
                .iter()
                .any(|x| prev_word.ends_with(x));
        // ("stage a nationwide student strike": a noun after the words that describe it.)
        // (Only where the verb tells another kind of happening than the noun: "strike".)
        let has_noun_reading = found.iter().any(|f| {
            f.value.frame == Frame::Noun
                && f.end == i + 1
                && found.iter().any(|g| {
                    g.end == i + 1 && g.value.frame != Frame::Noun && g.value.kind != f.value.kind
                })
        });
        let described = |k: usize| {
            k > start
                && a.shape(k) == chronicle_text::TokenShape::Lower
                && !crate::entities::names::function_words().contains(a.norm(k))
                && !crate::events::arguments::is_be(a.norm(k))
                && !a.norm(k).ends_with("ed")
                && !a.norm(k).ends_with("ly")
        };
        let compound = has_noun_reading
            && !participle
            && a.lemmas(i).iter().all(|l| *l == a.norm(i))
            && !a.norm(i).ends_with('s')
            && i >= start + 2
            && described(i - 1)
            && (matches!(a.norm(i - 2), "a" | "an")
                || (described(i - 2) && i >= start + 3 && matches!(a.norm(i - 3), "a" | "an")));
        let noun_context = (DETERMINERS.contains(&prev_word)
            || prev_word == "on"
            || adjective_before
            || compound)
            && !(participle
                && (matches!(prev_word, "those" | "these") || after_be || those_done_to))
            // "the arrest of X"; but "convicted of" is a verb.
            || (a.norm(longest) == "of" && longest == i + 1 && !participle)
            || (!participle && a.dates.iter().any(|d| d.end == i && modifies_noun(a, d.start)));
        // "The OSCE protested against the verdict" is said; "hundreds of traders protested
        // against the plan" is a protest: a reading marked `+body` needs a person or an
        // organisation before it.
        let body_before = || {
            (start..i)
                .rev()
                .find_map(|k| a.entity_at(k))
                .is_some_and(|e| {
                    matches!(
                        a.entities[e].kind,
                        chronicle_record::EntityKind::Organization
                            | chronicle_record::EntityKind::Person
                    )
                })
        };
        // The reading of the words from `i` to `to` that the context allows.
        let reading_to = |to: usize| {
            let mut readings = found
                .iter()
                .filter(|f| f.end == to)
                .filter(|f| f.value.status != Some("+body") || body_before());
            if let Some(f) = readings
                .clone()
                .find(|f| (f.value.frame == Frame::Noun) == noun_context)
            {
                return Some(f);
            }
            // A single reading: accept it unless the context clearly says otherwise. (Two
            // entries of one frame, "election" and "elections", are one reading.)
            let first = readings.next()?;
            let one_reading = readings.all(|f| f.value.frame == first.value.frame);
            let ok = first.value.frame == Frame::Noun || !noun_context;
            (one_reading && ok).then_some(first)
        };
        // "protests against the law": when the longest phrase ("protest against", a verb of
        // saying that needs a body to say it) does not fit, a shorter one may ("protests", a
        // noun).
        // (`found` is longest first; each length is tried once, without collecting them.)
        let chosen = found
            .iter()
            .enumerate()
            .filter(|&(n, f)| n == 0 || found[n - 1].end != f.end)
            .find_map(|(_, f)| reading_to(f.end));
        let Some(f) = chosen else {
            i += 1;
            continue;
        };
        // "wounded protesters", "detained activists": a participle used as an adjective.
        let prev = if f.start > start {
            a.norm(f.start - 1)
        } else {
            ""
        };
        // "the banned opposition movement Group 24", "a banned Kurdish party": a ban the
        // report leans on, not one it tells (read as the verb or as the noun "ban").
        let banned_before_a_name = f.value.kind == "censorship"
            && participle
            && f.end == f.start + 1
            && matches!(prev, "the" | "a" | "an")
            && f.end < end
            && !a.is_break(f.end);
        if banned_before_a_name {
            i = f.end;
            continue;
        }
        let adjectival = f.end == f.start + 1
            && participle
            && (f.start == start
                || matches!(
                    prev,
                    "the"
                        | "a"
                        | "an"
                        | "of"
                        | "for"
                        | "with"
                        | "and"
                        | "or"
                        | ","
                        | "--"
                        | "two"
                        | "three"
                )
                // ("12 detained students", but not "on October 24 pardoned researcher X":
                // a date's day counts no one.)
                || (a.shape(f.start - 1) == chronicle_text::TokenShape::Number
                    && !a.dates.iter().any(|d| d.end == f.start)))
            && (a.lex.group_nouns.longest_at(a, f.end, end).is_some()
                || a.lex.descriptors.contains(a.norm(f.end)))
            // ("jailed Nurlan Zhaksylykov for 15 days and fined journalist Aigerim
            // Tursunbayeva": after a person's name, and the term given them, "and" joins a
            // second verb of the clause.)
            && !(prev == "and"
                && f.start >= 2
                && (f.start.saturating_sub(7).max(start)..f.start - 1)
                    .rev()
                    .take_while(|&k| !a.is_break(k) && a.norm(k) != ",")
                    .find_map(|k| a.mention_at[k])
                    .is_some_and(|m| {
                    a.entities[a.mentions[m].entity].is_person()
                        && (start..a.mentions[m].start).any(|k| {
                            a.lex
                                .triggers
                                .longest_at(a, k, k + 1)
                                .is_some_and(|t| t.value.frame == Frame::Act)
                        })
                }));
        // "the death in custody of Mahsa Amini": being held is no arrest.
        if f.value.frame == Frame::Noun
            && a.norm(f.start) == "custody"
            && f.start > 0
            && matches!(a.norm(f.start - 1), "in" | "from")
        {
            i = f.end;
            continue;
        }
        // "by 214 votes to 31": votes counted in a chamber are no election.
        if f.value.frame == Frame::Noun
            && a.norm(f.start) == "votes"
            && f.start > 0
            && a.shape(f.start - 1) == chronicle_text::TokenShape::Number
        {
            i = f.end;
            continue;
        }
        // "a polling station", "a protest site", "election observers", "a detention
        // centre": the noun names a
        // place or people of the event, not the event.
        if f.value.frame == Frame::Noun
            && matches!(
                a.norm(f.end),
                "station"
                    | "stations"
                    | "booth"
                    | "booths"
                    | "site"
                    | "sites"
                    | "zone"
                    | "zones"
                    | "commission"
                    | "commissions"
                    | "observer"
                    | "observers"
                    | "monitor"
                    | "monitors"
                    | "officials"
                    | "workers"
                    | "center"
                    | "centre"
                    | "centers"
                    | "centres"
                    | "facility"
                    | "facilities"
                    | "cell"
                    | "cells"
                    | "ward"
            )
        {
            i = f.end;
            continue;
        }
        let mut f = f;
        if f.value.frame != Frame::Noun
            && (adjectival || !verb_form_ok(a, f.start, f.end - f.start, start))
        {
            // "Protests erupted ...": no verb can stand here, but the noun can ("joined
            // protests against the law": a shorter noun than the verb phrase).
            let noun = found.iter().find(|n| n.value.frame == Frame::Noun);
            match noun {
                Some(n) if !adjectival && !participle => f = n,
                _ => {
                    i += 1;
                    continue;
                }
            }
        }
        hits.push(Hit {
            start: f.start,
            end: f.end,
            trigger: f.value.clone(),
        });
        i = f.end;
    }
    hits
}

/// Whether a date starting at token `start` stands as a noun's modifier ("the April 9
/// rallies", "March 19 balloting"), not as a time told before a verb ("on Wednesday found",
/// "Wednesday gave").
fn modifies_noun(a: &Analysis, start: usize) -> bool {
    let before = if start > 0 { a.norm(start - 1) } else { "" };
    if matches!(before, "on" | "in" | "since" | "by" | "until") {
        return false;
    }
    let weekday_or_day = matches!(
        a.norm(start),
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "on"
    );
    !weekday_or_day || matches!(before, "the" | "'s" | "a")
}

/// Whether hit `h`, in tokens `start..end`, reports no happening of its kind, each for a
/// reason below.
fn tells_no_happening(a: &Analysis, h: &Hit, start: usize, end: usize) -> bool {
    release_not_made(a, h, start)
        || should_not_have_been(a, h, start)
        || appeal_filed(a, h)
        || court_named_for_its_task(a, h)
        || land_seized(a, h, end)
        || searched_for_someone(a, h, end)
}

/// "Kyrgyz authorities should release Saparbekov", "urged the government ... to release Luc
/// and Hoa": a release called for is none made; nor is the one a term or ban runs from
/// ("barred from working as a journalist for three years after his release").
fn release_not_made(a: &Analysis, h: &Hit, start: usize) -> bool {
    if h.trigger.kind != "release" || h.start <= start {
        return false;
    }
    let before = a.norm(h.start - 1);
    let modal = matches!(before, "should" | "must");
    let called = before == "to"
        && (start.max(h.start.saturating_sub(14))..h.start - 1)
            .any(|k| a.lex.release_call_verbs.iter().any(|l| a.has_lemma(k, l)));
    let runs_from = h.trigger.frame == Frame::Noun
        && h.start >= start + 3
        && matches!(before, "his" | "her" | "their")
        && a.norm(h.start - 2) == "after"
        && matches!(
            a.norm(h.start - 3),
            "years" | "months" | "year" | "begin" | "start"
        );
    modal || called || runs_from
}

/// "none of the three should ever have been prosecuted for peaceful speech": what should not
/// have been is told as a wrong done, not as a happening of its own.
fn should_not_have_been(a: &Analysis, h: &Hit, start: usize) -> bool {
    h.start >= start + 3
        && a.norm(h.start - 1) == "been"
        && a.norm(h.start - 2) == "have"
        && (matches!(a.norm(h.start - 3), "should" | "would")
            || (h.start >= start + 4
                && matches!(a.norm(h.start - 3), "ever" | "never")
                && matches!(a.norm(h.start - 4), "should" | "would")))
}

/// "said she would file an appeal against both verdicts": an appeal or a petition filed is no
/// charge (a complaint police file is one).
fn appeal_filed(a: &Analysis, h: &Hit) -> bool {
    h.trigger.kind == "charge"
        && a.has_lemma(h.start, "file")
        && (h.start..h.end)
            .any(|k| matches!(a.norm(k), "appeal" | "appeals" | "petition" | "motion"))
}

/// "finding that the trial court had given excessive sentences": a court named for its task
/// is no trial held.
fn court_named_for_its_task(a: &Analysis, h: &Hit) -> bool {
    h.trigger.kind == "trial"
        && h.trigger.frame == Frame::Noun
        && a.norm(h.start) == "trial"
        && matches!(a.norm(h.end), "court" | "courts")
}

/// "Since Russia seized the peninsula in 2014": a land or power seized is no one's premises
/// searched, and no one held.
fn land_seized(a: &Analysis, h: &Hit, end: usize) -> bool {
    // (`data/lexicons/seized_lands.txt`.)
    let land = |k: usize| {
        a.lex.seized_lands.contains(a.norm(k))
            || a.entity_at(k)
                .is_some_and(|e| a.entities[e].kind == chronicle_record::EntityKind::Place)
    };
    let object = if a.norm(h.end) == "the" {
        h.end + 1
    } else {
        h.end
    };
    h.trigger.kind == "raid"
        && h.end == h.start + 1
        && a.has_lemma(h.start, "seize")
        && object < end
        && land(object)
}

/// "Their families searched police stations for days": a search for someone held is no raid
/// on anyone's premises.
fn searched_for_someone(a: &Analysis, h: &Hit, end: usize) -> bool {
    h.trigger.kind == "raid"
        && h.end == h.start + 1
        && a.has_lemma(h.start, "search")
        && (h.end..(h.end + 3).min(end)).any(|k| a.lex.search_places.contains(a.norm(k)))
}

/// A verb reading needs an inflected form, or a place where a base form can stand.
fn verb_form_ok(a: &Analysis, i: usize, words: usize, sentence_start: usize) -> bool {
    let norm = a.norm(i);
    // "tried to", "freed" ... "free and fair".
    if a.norm(i + 1) == "to" && a.has_lemma(i, "try") {
        return false;
    }
    let lemmas = a.lemmas(i);
    // "found" is the base of "to found" but here the past of "find": a word with another
    // lemma besides itself is read as that lemma's inflected form.
    let is_base = lemmas.is_empty() || (lemmas.contains(&norm) && lemmas.len() == 1);
    // "charges", "arrests", "protests" are far more often nouns than present-tense verbs:
    // a verb only right after its subject.
    // ("Her mother says he was beaten": "says" and "tells" are never nouns.)
    if !is_base && norm.ends_with('s') && !norm.ends_with("ss") && !matches!(norm, "says" | "tells")
    {
        if i == sentence_start {
            return false;
        }
        let prev = a.norm(i - 1);
        // ("a court in Oral — also known as Uralsk — finds": an aside closed before it.)
        let aside_closed = prev == "--" && (sentence_start..i - 1).any(|k| a.norm(k) == "--");
        // ("Sharif Nazarov, 29, a construction worker, awaits trial": after the apposition
        // on a person.)
        let apposition_closed = prev == ","
            && (sentence_start + 1..i - 1).any(|k| {
                a.norm(k) == ","
                    && a.entity_at(k - 1)
                        .is_some_and(|e| a.entities[e].is_person())
            });
        return a.entity_at(i - 1).is_some()
            || aside_closed
            || apposition_closed
            || matches!(
                prev,
                "he" | "she" | "it" | "who" | "also" | "which" | "and" | "still" | "now"
            );
    }
    if !is_base || norm.ends_with("ed") || norm.ends_with("ing") {
        return true;
    }
    if i == sentence_start {
        return false;
    }
    let prev = a.norm(i - 1);
    // "was let go", "were put on trial": a participle with the base's form. ("which is close
    // to the Guards", "are free to leave": after "be", a regular verb's base alone is an
    // adjective; "is due back in court" is a phrase of its own.)
    let be = matches!(
        prev,
        "was" | "were" | "been" | "be" | "is" | "are" | "being"
    ) && (words > 1 || SAME_FORM_PARTICIPLES.contains(&norm));
    VERB_OPENERS.contains(&prev) || be || a.entity_at(i - 1).is_some() || dated_doer_before(a, i)
}

/// "The high court on Monday cut the terms": a day told between the doer and its verb.
fn dated_doer_before(a: &Analysis, i: usize) -> bool {
    let Some(day) = a.dates.iter().find(|d| d.end == i) else {
        return false;
    };
    let mut k = day.start;
    if k > 0 && matches!(a.norm(k - 1), "on" | "last" | "this" | "in") {
        k -= 1;
    }
    k > 0 && a.entity_at(k - 1).is_some()
}

/// "include" in any form: "the pardoned included X".
pub(crate) fn is_include(word: &str) -> bool {
    matches!(word, "include" | "included" | "includes" | "including")
}
