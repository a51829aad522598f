//! An event's status from the words around its trigger: "was not detained" (negated), "denied
//! beating" (denied), "reportedly" (alleged), "is pending" (pending), "will go on trial"
//! (planned). The cue list is `data/lexicons/status_cues.tsv`.

use crate::analysis::Analysis;
use crate::lexicon::CueWhere;

/// How strongly a status overrides another found in the same clause.
fn rank(status: &str) -> u8 {
    match status {
        "negated" => 5,
        "denied" => 4,
        "pending" => 3,
        "planned" => 2,
        "alleged" => 1,
        _ => 0,
    }
}

/// The status the cues in the clause `left..right` give the trigger at `start..end`.
pub fn status_of(
    a: &Analysis,
    start: usize,
    end: usize,
    left: usize,
    right: usize,
) -> &'static str {
    // "A spokesman denied that any of them had been mistreated": the clause denied.
    let mut best: &'static str = if left >= 2
        && a.norm(left - 1) == "that"
        && (a.has_lemma(left - 2, "deny") || a.has_lemma(left - 2, "reject"))
    {
        "denied"
    } else if let Some(refuted) = refuted_report(a, left) {
        refuted
    } else {
        "occurred"
    };
    // "said that “no state agency” had detained him": a doer told as no one.
    if best == "occurred" {
        let mut k = start;
        while k > left
            && matches!(
                a.norm(k - 1),
                "had" | "has" | "have" | "was" | "were" | "\""
            )
        {
            k -= 1;
        }
        let no_doer = (k.saturating_sub(4).max(left)..k).find(|&j| {
            a.norm(j) == "no"
                && (j + 1..k)
                    .all(|m| a.shape(m) == chronicle_text::TokenShape::Lower || a.norm(m) == "\"")
        });
        if no_doer.is_some() && k < start {
            best = "negated";
        }
    }
    let before_floor = left.max(start.saturating_sub(5));
    for f in a.lex.status_cues.find_in(a, left, right) {
        let ok = match f.value.place {
            // "was not charged and was let go": a verb with its own "was" after "and" is
            // out of the cue's reach.
            // ("pleaded not guilty" denies guilt, not the hearing.)
            CueWhere::Before if a.norm(f.end) == "guilty" => false,
            // ("The two deny wrongdoing and await trial": denying the charges denies no
            // hearing.)
            CueWhere::Before
                if f.value.status == "denied"
                    && (matches!(a.norm(f.end), "wrongdoing" | "guilt" | "charges")
                        || (matches!(a.norm(f.end), "the" | "any" | "all")
                            && matches!(
                                a.norm(f.end + 1),
                                "charges" | "charge" | "accusations" | "wrongdoing"
                            ))) =>
            {
                false
            }
            // "appeared at what was expected to be the final hearing": the expectation names
            // the hearing; it does not put it off.
            CueWhere::Before
                if a.norm(f.end) == "to"
                    && a.norm(f.end + 1) == "be"
                    && a.norm(f.end + 2) == "the" =>
            {
                false
            }
            // "accused of beating him" doubts the beating; "three people accused of sedition
            // appeared in court" does not doubt the hearing.
            CueWhere::Before
                if a.norm(f.start) == "accused"
                    && !(f.end..start).all(|k| matches!(a.norm(k), "of" | "having" | "being")) =>
            {
                false
            }
            // "were not detained for their work but for obstructing voters": the "not"
            // denies the grounds, not the detention.
            CueWhere::Before if f.value.status == "negated" && grounds_denied_instead(a, end) => {
                false
            }
            CueWhere::Before => {
                // ("to demand new elections and the release of jailed protesters": what is
                // demanded may be the second thing named.)
                let floor = if f.value.status == "-" {
                    left.max(start.saturating_sub(10))
                } else {
                    before_floor
                };
                f.end <= start
                    && f.start >= floor
                    && !(f.end..start).any(|k| {
                        matches!(a.norm(k), "and" | "but")
                            && (crate::events::arguments::is_be(a.norm(k + 1))
                                // ("has not been detained and awaits trial")
                                || matches!(
                                    a.norm(k + 1),
                                    "awaits" | "await" | "faces" | "face" | "remains" | "remain"
                                ))
                    })
                    // ("the day he was due to be freed, X was detained": the cue's own verb
                    // stands before the comma.)
                    && !(f.end..start).any(|k| a.norm(k) == ",")
            }
            CueWhere::After => f.start >= end,
            // "sentenced to death for allegedly funding fighters": the doubt is about the
            // grounds, not the sentence.
            // ("charged him over comments he allegedly posted": so is a doubt in the clause
            // that tells the grounds.)
            CueWhere::Clause => {
                !(f.start >= end
                    && (end..f.start).any(|k| matches!(a.norm(k), "for" | "over" | "of" | "with")))
            }
        };
        if ok && rank(f.value.status) > rank(best) {
            best = f.value.status;
        }
    }
    best
}

/// Whether the words after a trigger ending at `end` give grounds that the sentence then
/// trades for others: "for X but for Y", "over X but because of Y".
pub(crate) fn grounds_denied_instead(a: &Analysis, end: usize) -> bool {
    let stop = a.sentence_range(end.min(a.len().saturating_sub(1))).end;
    // The word at `k`, past any quotation marks.
    let past_quotes = |k: usize| (k..stop).find(|&n| a.norm(n) != "\"");
    let grounds =
        |k: usize| past_quotes(k).is_some_and(|n| matches!(a.norm(n), "for" | "over" | "because"));
    grounds(end) && (end + 1..stop).any(|m| a.norm(m) == "but" && grounds(m + 1))
}

/// The status of a clause opening at `left` that tells what reports said, when the text
/// answers them: negated when it refutes them ("was not detained, despite early reports that
/// she had been taken to a police station", "the group disputed media reports that her lawyer
/// had been taken into custody"), denied when the state's side denies them ("The ministry
/// denied reports that his wife had been detained").
fn refuted_report(a: &Analysis, left: usize) -> Option<&'static str> {
    if left < 2 || a.norm(left - 1) != "that" {
        return None;
    }
    let r = (left.saturating_sub(7)..left - 1).rev().find(|&k| {
        matches!(
            a.norm(k),
            "reports" | "report" | "claims" | "rumours" | "rumors"
        )
    })?;
    let verb = (r.saturating_sub(4)..r).find(|&k| {
        a.norm(k) == "despite"
            || ["dispute", "dismiss", "refute", "deny", "reject"]
                .iter()
                .any(|l| a.has_lemma(k, l))
    })?;
    // ("The ministry denied reports that his wife had been detained with him": the state's
    // side denying is a denial, not the report's own word that it did not happen.)
    let floor = a.sentence_range(verb).start;
    let by_state = (floor..verb).any(|k| {
        a.entity_at(k)
            .is_some_and(|e| crate::events::arguments::is_state(a.entities[e].category))
    });
    let denying = a.has_lemma(verb, "deny") || a.has_lemma(verb, "reject");
    Some(if by_state && denying {
        "denied"
    } else {
        "negated"
    })
}

/// An event dated by a date the text marks as still to come ("will go on trial on May 20")
/// is planned, unless its cues said it did not or may not happen.
pub fn upgrade_for_future(kind: &str, status: &'static str, future: bool) -> &'static str {
    // ("is expected to appear before a judge on Thursday", "will face a first hearing on
    // Monday": a day to come makes the hearing awaited planned; "his sentencing is pending"
    // stays pending whenever mitigation is heard.)
    let awaited_hearing = kind == "trial" && status == "pending";
    if future && (status == "occurred" || awaited_hearing) {
        "planned"
    } else {
        status
    }
}

/// Whether a word names one who speaks for a body: "spokesman", "spokesperson".
pub(crate) fn speaks_for_a_body(word: &str) -> bool {
    matches!(word, "spokesman" | "spokeswoman" | "spokesperson")
}

/// Whether token `k` names the state's side: a state body, one who speaks for a body
/// ("spokesman"), or "officials".
fn speaks_for_the_state(a: &Analysis, k: usize) -> bool {
    a.entity_at(k)
        .is_some_and(|e| crate::events::arguments::is_state(a.entities[e].category))
        || speaks_for_a_body(a.norm(k))
        || matches!(a.norm(k), "official" | "officials")
}

/// "Thach's wife said police beat her husband ... A provincial police spokesman denied that any
/// force was used": a beating the state's side denies in the next sentence of the paragraph,
/// or later in its own sentence ("an allegation that an RIB spokesperson denied"), is denied.
pub fn denied_after(a: &Analysis, kind: &str, status: &str, start: usize) -> bool {
    if kind != "violence" || !matches!(status, "alleged" | "occurred") {
        return false;
    }
    let here = a.doc.sentence_of(start);
    // "the FSIN denied the account", "dismissed the claim as a fabrication" (the speaker
    // before the verb; or after it, "the claim was dismissed ... by the Ministry").
    // (Only the enforcers' side dismissing a claim denies it: a prosecutor who dismisses
    // torture claims does not speak for the guards.)
    let enforcer = |k: usize| {
        a.entity_at(k)
            .is_some_and(|e| crate::events::arguments::is_enforcer(a, e))
            || speaks_for_a_body(a.norm(k))
    };
    let denies = |range: std::ops::Range<usize>| {
        let deny = range
            .clone()
            .find(|&k| a.has_lemma(k, "deny") || a.has_lemma(k, "reject"));
        let dismiss = range
            .clone()
            .find(|&k| a.has_lemma(k, "dismiss") || a.has_lemma(k, "refute"));
        // ("A police spokesman said the claim was “baseless”", "called the allegations
        // “propaganda”": a word that calls the account untrue.)
        let untrue = range.clone().find(|&k| a.lex.untrue.contains(a.norm(k)));
        deny.is_some_and(|d| (range.start..d).any(|k| speaks_for_the_state(a, k)))
            || dismiss.is_some_and(|d| range.clone().filter(|&k| k != d).any(enforcer))
            || untrue.is_some_and(|u| range.clone().filter(|&k| k != u).any(enforcer))
    };
    // "A police spokesman told us no journalist was beaten", "“No one was assaulted,” the
    // police spokesperson said": the state's side saying no one was hurt.
    let none_hurt = |range: std::ops::Range<usize>| {
        let no = range.clone().find(|&k| {
            matches!(a.norm(k), "no" | "nobody")
                && (k + 1..(k + 5).min(range.end)).any(|j| tells_harm(a, j))
        });
        no.is_some() && range.clone().any(|k| speaks_for_the_state(a, k))
    };
    let told = |range: std::ops::Range<usize>| denies(range.clone()) || none_hurt(range);
    let sentence = a.doc.sentences[here].tokens.clone();
    // (The answer may come a sentence later, past one that tells no other violence: "“He
    // showed me bruises,” she said. The FSIN denied the account." That sentence's triggers
    // are read again only when such an answer is there.)
    let other_violence = |n: usize| {
        let tokens = a.doc.sentences[n].tokens.clone();
        crate::events::triggers::find(a, tokens.start, tokens.end)
            .iter()
            .any(|h| h.trigger.kind == "violence")
    };
    let next = here + 1;
    let within = |n: usize| n < a.doc.sentences.len() && a.same_paragraph(here, n);
    // "The ministry denied that any force had been used", "“No one was beaten,” the police
    // said": a denial that covers everyone answers every beating told before it, however
    // far back. (A beating told as certain is left to the nearer answers above.)
    let blanket = |n: usize| {
        let tokens = a.doc.sentences[n].tokens.clone();
        let everyone = tokens.clone().find(|&k| {
            matches!(a.norm(k), "anyone" | "anybody" | "nobody")
                || (matches!(a.norm(k), "any" | "no")
                    && matches!(a.norm(k + 1), "one" | "force" | "of"))
        });
        let Some(at) = everyone else {
            return false;
        };
        // (Of harm: "detained no one", "nobody responsible has been sentenced" deny none.)
        let harm = (at + 1..(at + 7).min(tokens.end)).any(|j| tells_harm(a, j));
        if !harm {
            return false;
        }
        let denying = a.norm(at) == "nobody"
            || a.norm(at) == "no"
            || (tokens.start..at).any(|k| a.has_lemma(k, "deny") || a.has_lemma(k, "reject"));
        // (The speaker may be the sentence before's: "a ministry spokesman told a briefing
        // ... He said no force had been used".)
        let speaker_from = if n > 0 && a.same_paragraph(n - 1, n) {
            a.doc.sentences[n - 1].tokens.start
        } else {
            tokens.start
        };
        denying && (speaker_from..tokens.end).any(|k| speaks_for_the_state(a, k))
    };
    // "... as the country's prison service rejected their claims that guards had beaten him":
    // the state's answer told in the lede covers the beating the report goes on to allege.
    let lede = crate::events::merge::lede_sentence(a);
    let denied_in_lede = || {
        let tokens = a.doc.sentences[lede].tokens.clone();
        lede < here
            && tokens.clone().any(|k| {
                (a.has_lemma(k, "deny") || a.has_lemma(k, "reject"))
                    && (tokens.start..k).any(|j| speaks_for_the_state(a, j))
                    && (k + 1..(k + 8).min(tokens.end)).any(|j| tells_harm(a, j))
            })
    };
    // "The police department said ... the allegation had been checked and “not confirmed”".
    let not_confirmed = |n: usize| {
        let tokens = a.doc.sentences[n].tokens.clone();
        tokens.clone().any(|k| {
            a.norm(k) == "confirmed"
                && k >= 2
                && (a.norm(k - 1) == "not" || a.norm(k - 2) == "not")
                && (tokens.start..k)
                    .any(|j| matches!(a.norm(j), "allegation" | "allegations" | "claim" | "claims"))
                && (tokens.start..k).any(|j| speaks_for_the_state(a, j))
        })
    };
    // An allegation is answered by a blanket denial after it, a "not confirmed" from its own
    // sentence on, or a denial in the lede; each read only as far as needed.
    let answered = status == "alleged"
        && ((here + 1..a.doc.sentences.len()).any(blanket)
            || (here..a.doc.sentences.len()).any(not_confirmed)
            || denied_in_lede());
    answered
        || told(start..sentence.end)
        || (within(next) && told(a.doc.sentences[next].tokens.clone()))
        || (within(next + 1)
            && told(a.doc.sentences[next + 1].tokens.clone())
            && !other_violence(next))
}

/// "Police briefly detained three of them, the union said. ... The Ankara police department
/// denied that any journalist had been detained": a detention the state's side answers, a
/// few sentences on, with a denial that covers everyone.
/// (Not one that excepts someone: "denied that anyone other than Kasymov had been held".)
pub fn detention_denied_after(a: &Analysis, status: &str, start: usize) -> bool {
    if !matches!(status, "alleged" | "occurred") {
        return false;
    }
    let here = a.doc.sentence_of(start);
    let blanket = |n: usize| {
        let tokens = a.doc.sentences[n].tokens.clone();
        let Some(deny) = tokens.clone().find(|&k| a.has_lemma(k, "deny")) else {
            return false;
        };
        let everyone = (deny + 1..(deny + 4).min(tokens.end)).find(|&k| {
            matches!(a.norm(k), "anyone" | "anybody")
                || (a.norm(k) == "any" && a.norm(k + 1) != "of")
        });
        let Some(at) = everyone else {
            return false;
        };
        let excepting = (at..tokens.end)
            .any(|k| a.norm(k) == "except" || (a.norm(k) == "other" && a.norm(k + 1) == "than"));
        let held = (at + 1..(at + 7).min(tokens.end))
            .any(|j| matches!(a.norm(j), "detained" | "arrested" | "held"));
        held && !excepting && (tokens.start..deny).any(|k| speaks_for_the_state(a, k))
    };
    // (In the paragraph that tells the detention: a roundup's next item is another story.)
    (here + 1..(here + 5).min(a.doc.sentences.len()))
        .take_while(|&n| a.same_paragraph(here, n))
        .any(blanket)
}

/// Whether token `k` is a word for hurting someone: "beaten", "assaulted", "mistreated",
/// "force", "harm" (`data/lexicons/violence_cues.tsv`).
fn tells_harm(a: &Analysis, k: usize) -> bool {
    a.lex.violence_cue(a, "harm", k)
}

/// Whether the words after a noun's relative clause, from token `end` on, say the happening
/// never came about, by a cue `data/lexicons/status_cues.tsv` marks as negating what comes
/// before it: "a picket that X had announced for the same day did not take place".
pub(crate) fn did_not_take_place(a: &Analysis, end: usize) -> bool {
    let sentence = a.sentence_range(end);
    let relative = matches!(a.norm(end), "that" | "which")
        || (end + 1 < sentence.end && a.norm(end) == "," && a.norm(end + 1) == "which");
    if !relative {
        return false;
    }
    // The clause's verb: before another clause joined by "and", "but" or a semicolon.
    let to = (end..sentence.end.min(end + 16))
        .find(|&k| matches!(a.norm(k), ";" | "but" | "and"))
        .unwrap_or(sentence.end.min(end + 16));
    a.lex
        .status_cues
        .find_in(a, end, to)
        .iter()
        .any(|f| f.value.status == "negated" && matches!(f.value.place, CueWhere::After))
}
