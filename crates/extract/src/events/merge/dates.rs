//! Dates an event takes from its neighbours: one episode told in one sentence or paragraph,
//! the same hearing, what a happening set off, a person's next sentence.

use super::super::Draft;
use crate::analysis::Analysis;

/// An undated happening that takes the date of the episode told around it: a protest,
/// detention, beating, search or release, told as happened or as not happened.
pub(super) fn wants_episode_date(e: &Draft) -> bool {
    e.date.is_none()
        && (matches!(e.status, "occurred" | "negated")
            // (A beating its victim tells of happened when it did, whoever vouches for it.)
            || (e.kind == "violence" && matches!(e.status, "alleged" | "denied")))
        && is_episode_kind(e.kind)
}

/// The kinds of happening an episode is told by: protests, detentions, beatings, searches
/// and releases.
fn is_episode_kind(kind: &str) -> bool {
    matches!(
        kind,
        "protest" | "detention" | "violence" | "raid" | "release"
    )
}

/// "Police detained 40 people on Monday. Several of them were beaten", "... Investigators
/// charged him with group violence": a sentence that names no time of its own goes on
/// telling the episode of the sentence before it, in the same paragraph, when that sentence
/// has one date. (A charge, trial or verdict too, when told as happened.)
pub(super) fn carry_dates_forward(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        let court = e.date.is_none()
            && e.status == "occurred"
            && matches!(e.kind, "sentence" | "charge" | "trial");
        if !wants_episode_date(e) && !court {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        if here == 0 || clause_has_own_time(a, e.start) {
            continue;
        }
        // "On Wednesday anti-riot police arrived ... \n Police detained 43 workers": a
        // paragraph that opens with an arrest and no time of its own goes on with the last
        // day the paragraph before told, when it told one.
        if !a.same_paragraph(here - 1, here) {
            let opens = a.doc.sentences[here].tokens.start;
            // ("Reporter Yauhen Klimovich was detained at the scene": the scene just told.)
            let sentence = a.doc.sentences[here].tokens.clone();
            let at_the_scene = sentence.clone().any(|k| {
                k >= 2 && a.norm(k) == "scene" && a.norm(k - 1) == "the" && a.norm(k - 2) == "at"
            });
            let opens_with_arrest = e.start <= opens + 1
                || matches!(a.norm(opens), "police" | "officers" | "security")
                || at_the_scene;
            if e.kind != "detention" || !opens_with_arrest {
                continue;
            }
            let previous = here - 1;
            let mut first = previous;
            while first > 0 && a.same_paragraph(first - 1, first) {
                first -= 1;
            }
            let range = a.doc.sentences[first].tokens.start..a.doc.sentences[previous].tokens.end;
            // (The day of a happening, not of a saying: "in a statement on Wednesday".)
            let sayings: Vec<usize> = events
                .iter()
                .filter(|o| o.kind == "statement")
                .filter_map(|o| o.date)
                .collect();
            let mut days: Vec<usize> = (0..a.dates.len())
                .filter(|&d| {
                    let m = &a.dates[d];
                    m.start >= range.start
                        && m.end <= range.end
                        && m.precision == "day"
                        && m.value.is_some()
                        && !sayings.contains(&d)
                        && !statement_day(a, d)
                        && !pluperfect_day(a, d)
                })
                .collect();
            days.dedup_by_key(|&mut d| a.dates[d].value.clone());
            if let [day] = days[..] {
                events[i].date = Some(day);
            }
            continue;
        }
        let tells_happening = |s: usize| {
            events
                .iter()
                .any(|o| a.doc.sentence_of(o.start) == s && o.kind != "statement")
        };
        // "“They came at six in the morning on 12 April 2023,” she said. “Four men from the
        // FSB and two in police uniform. They searched the whole flat”": a sentence that tells
        // no happening and no time of its own does not break the episode.
        let mut prev = here - 1;
        for _ in 0..2 {
            if prev > 0
                && a.same_paragraph(prev - 1, prev)
                && !tells_happening(prev)
                && !has_own_time(a, prev)
            {
                prev -= 1;
            }
        }
        let before: Vec<usize> = events
            .iter()
            .filter(|o| a.doc.sentence_of(o.start) == prev && o.kind != "statement")
            .filter_map(|o| o.date)
            .collect();
        // "It happened again on Sunday. Police detained him ...": a sentence that tells no
        // happening of its own but one day.
        let before = if before.is_empty() {
            let range = a.doc.sentences[prev].tokens.clone();
            dates_in(a, &range)
                .filter(|&(i, d)| {
                    d.precision == "day" && !statement_day(a, i) && !pluperfect_day(a, i)
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

/// "a magistrate's order that police had obtained the day before": a day the pluperfect puts
/// before the episode told around it.
fn pluperfect_day(a: &Analysis, d: usize) -> bool {
    let start = a.dates[d].start;
    let sentence = a.sentence_range(start);
    (start.saturating_sub(5).max(sentence.start)..start).any(|k| a.norm(k) == "had")
}

/// Whether sentence `here` names a time of its own or a word that moves it in time.
pub(super) fn has_own_time(a: &Analysis, here: usize) -> bool {
    has_own_time_in(a, a.doc.sentences[here].tokens.clone())
}

/// Whether the sentence of token `at` names a time of its own for it: "Police took him to
/// the station within minutes; the next day a court fined him" dates only the fine, a day
/// told in another clause that semicolons part from this one belonging to that clause.
pub(super) fn clause_has_own_time(a: &Analysis, at: usize) -> bool {
    let sentence = a.sentence_range(at);
    let start = (sentence.start..at)
        .rev()
        .find(|&k| a.norm(k) == ";")
        .map_or(sentence.start, |k| k + 1);
    let end = (at..sentence.end)
        .find(|&k| a.norm(k) == ";")
        .unwrap_or(sentence.end);
    let dated_elsewhere = a.dates.iter().any(|d| {
        d.start >= sentence.start && d.end <= sentence.end && (d.end <= start || d.start >= end)
    });
    if dated_elsewhere {
        has_own_time_in(a, start..end)
    } else {
        has_own_time_in(a, sentence)
    }
}

/// Whether tokens `range` name a time of their own or a word that moves them in time.
fn has_own_time_in(a: &Analysis, range: std::ops::Range<usize>) -> bool {
    // "X, a teacher who had let the group print leaflets in her flat, was given ...": a
    // relative clause's own past tells of the person, not of the sentence's event.
    let in_relative = |k: usize| {
        (k.saturating_sub(6).max(range.start)..k)
            .any(|j| matches!(a.norm(j), "who" | "which" | "whom" | "whose"))
    };
    // ("released by evening" names the day just told: no time of its own.)
    a.dates
        .iter()
        .any(|d| d.start >= range.start && d.end <= range.end && d.days_after_previous != Some(0))
        || range.clone().any(|k| {
            // ("detained her after about ten minutes", "shortly before midnight": minutes
            // or hours move no day, nor does the night before it ends; "after midnight" does.)
            let within_day = matches!(a.norm(k), "after" | "later" | "before")
                && (k + 1..(k + 4).min(range.end)).any(|j| {
                    matches!(a.norm(j), "minutes" | "minute" | "hours" | "hour")
                        || (a.norm(j) == "midnight" && a.norm(k) == "before")
                });
            // ("detained before filming the march": what the person did just before.)
            let gerund = a.norm(k) == "before"
                && k + 1 < range.end
                && a.norm(k + 1).len() > 4
                && a.norm(k + 1).ends_with("ing")
                && a.text(k + 1).chars().all(|c| c.is_lowercase());
            // ("released after being warned", "detained after she laid flowers", "shortly
            // after the crowd began marching": what led to it, on the day just told; "two
            // days after" and "after midnight" do move the day.)
            // ("received six years and six months after being found guilty": a term the
            // count ends does not.)
            let counted = (k.saturating_sub(2).max(range.start)..k).any(|j| {
                matches!(
                    a.norm(j),
                    "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"
                ) && !is_term(a, j, range.start)
            });
            let leads_to_it = a.norm(k) == "after" && !counted && a.norm(k + 1) != "midnight";
            // ("released after about an hour, once officers had deleted their footage": a
            // clause of what it waited for, told in the past perfect, on the same day.)
            let once_opens =
                |i: usize| i > range.start && a.norm(i) == "once" && a.norm(i - 1) == ",";
            let waited_for = once_opens(k)
                || (a.norm(k) == "had"
                    && (k.saturating_sub(4).max(range.start)..k).any(once_opens));
            // ("was then taken to the FSB building": the next step of the episode just
            // told; "back then" goes back.)
            let back_then = a.norm(k) == "then" && k > range.start && a.norm(k - 1) == "back";
            back_then
                || !(within_day
                    || gerund
                    || leads_to_it
                    || waited_for
                    || (a.norm(k) == "had" && in_relative(k)))
                    && moves_in_time(a.norm(k))
        })
}

/// Whether the count noun at `unit` ends a term served or handed down ("sentenced to two
/// years", "six years and six months", "jailed for 15 days") rather than a span of time.
fn is_term(a: &Analysis, unit: usize, from: usize) -> bool {
    let Some(number) = unit.checked_sub(1).filter(|&n| n > from) else {
        return false;
    };
    matches!(
        a.norm(number - 1),
        "to" | "for" | "received" | "receives" | "got" | "given" | "serving" | "serve" | "and"
    )
}

/// A word that puts its clause at another time than the one just told: "after", "since",
/// "later", "had" ...
fn moves_in_time(word: &str) -> bool {
    matches!(
        word,
        "after"
            | "before"
            | "since"
            | "later"
            | "earlier"
            | "previously"
            | "until"
            | "had"
            | "ago"
            | "again"
            | "once"
    )
}

/// "A court in Izmir on Thursday handed X a suspended sentence ... The band's drummer, Y, was
/// fined 25,000 lira": a verdict told with no court, time or place of its own, in the
/// sentence after a court's dated verdict in the same paragraph, came from the same hearing.
pub(super) fn same_hearing(a: &Analysis, events: &mut [Draft]) {
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
        if here == 0 || has_own_time(a, here) {
            continue;
        }
        let is_hearing = |o: &Draft| {
            matches!(o.kind, "sentence" | "release")
                && o.date.is_some()
                && o.agents.iter().any(|&x| court(x))
        };
        // The verdict of the sentence before, in the same paragraph; or, for a paragraph's
        // opening, a verdict of the last few sentences told with its day: "A court in Al
        // Hoceima on Wednesday acquitted one of four people ... \n The court found
        // Amezzian guilty ...".
        // ("Aslan was tried together with two co-defendants. Zelal Demir received two and a
        // half years": a sentence between that tells no verdict does not break the hearing.)
        let verdict_before = events.iter().any(|o| {
            matches!(o.kind, "sentence" | "release") && a.doc.sentence_of(o.start) == here - 1
        });
        let hearing = if a.same_paragraph(here - 1, here) && verdict_before {
            events.iter().find(|o| {
                is_hearing(o) && o.kind == "sentence" && a.doc.sentence_of(o.start) == here - 1
            })
        } else {
            events
                .iter()
                .filter(|o| {
                    let s = a.doc.sentence_of(o.start);
                    is_hearing(o) && s < here && s + 3 >= here
                })
                .max_by_key(|o| o.start)
                .filter(|o| o.date.is_some_and(|d| a.dates[d].precision == "day"))
        };
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

/// "The court on Tuesday adjourned the trial of three journalists until March 18": a hearing
/// dated and adjourned "until" or "to" a later day tells two hearings, the one held and the
/// one to come.
pub(super) fn adjourned_until(a: &Analysis, drafts: &mut Vec<Draft>) {
    let day_of = |x: usize| {
        let v = a.dates[x].value.as_deref().unwrap_or("");
        v.get(v.len().saturating_sub(5)..).unwrap_or("").to_string()
    };
    let mut coming = Vec::new();
    for d in drafts.iter_mut() {
        // (A hearing dated by the day it was put off to reads as still to come; the
        // adjourning itself happened.)
        if d.kind != "trial" || !matches!(d.status, "occurred" | "planned") || d.subjects.is_empty()
        {
            continue;
        }
        let sentence = a.sentence_range(d.start);
        // ("postponed until June 2 the trial of X": the verb may stand before the noun.)
        let adjourned = (d.start.saturating_sub(6).max(sentence.start)..sentence.end)
            .find(|&k| a.has_lemma(k, "adjourn") || a.has_lemma(k, "postpone"));
        let Some(adjourned) = adjourned else {
            continue;
        };
        let Some(next) = a.dates.iter().position(|x| {
            x.start > adjourned
                && x.end <= sentence.end
                && matches!(a.norm(x.start - 1), "until" | "till" | "to")
                && x.precision == "day"
        }) else {
            continue;
        };
        // ("... adjourned until Oct. 1. On Oct. 1 it was adjourned again": the day came.)
        let came =
            a.dates.iter().enumerate().any(|(i, x)| {
                i != next && x.start > a.dates[next].end && day_of(i) == day_of(next)
            });
        if came {
            continue;
        }
        // ("adjourned the trial until March 18": the day it was put off to is not the day
        // it sat.)
        if d.date == Some(next) {
            // ("A court on Monday postponed until June 2 the trial": the day it sat stands
            // before the verb.)
            d.date = a.dates.iter().position(|x| {
                x.start >= sentence.start
                    && x.end <= adjourned
                    && x.end + 3 >= adjourned
                    && x.value.is_some()
            });
            d.status = "occurred";
        } else if d.status != "occurred" {
            continue;
        }
        coming.push(Draft {
            status: "planned",
            date: Some(next),
            ..d.clone()
        });
    }
    drafts.extend(coming);
}

/// "X's re-election in August 2020 set off months of mass protests": what a happening set
/// off began in the same month or year, when the report gives no more.
pub(super) fn caused_dates(a: &Analysis, events: &mut [Draft]) {
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

/// "Police detained him on Monday and questioned him for three hours before releasing him":
/// one sentence telling one episode in linked clauses gives its date to every happening in
/// it. Only when the sentence's dated events share one date, and no word such as "after",
/// "since" or "later" puts the undated one at another time.
pub(super) fn share_sentence_dates(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        // "fined X ... and jailed her colleague Y": one hearing's verdicts share its day.
        let verdict = e.kind == "sentence" && e.status == "occurred" && e.date.is_none();
        // ("On April 2 police arrested X at the hospital and charged him": a charge joined
        // to the arrest's verb.)
        let joined_charge = e.kind == "charge"
            && e.status == "occurred"
            && e.date.is_none()
            && e.start > 0
            && a.norm(e.start - 1) == "and";
        if !wants_episode_date(e) && !verdict && !joined_charge {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        let dated: Vec<(usize, usize)> = events
            .iter()
            // A saying's date is when it was said, not when what it tells happened.
            .filter(|o| o.date.is_some() && o.kind != "statement" && dated_in(a, o, here))
            // ("released them on bail and adjourned the case to March 12": the hearing's day.)
            .filter(|o| e.kind == "trial" || !o.date.is_some_and(|d| a.dates[d].put_off))
            // ("on Thursday acquitted X and convicted Y": an acquittal is a verdict too.)
            .filter(|o| {
                let ruling = o.kind == "sentence"
                    || (o.kind == "release" && matches!(a.norm(o.start), "acquitted" | "acquits"));
                !verdict || (ruling && !o.date.is_some_and(|d| said_on(a, d)))
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

/// Whether event `o` is told in sentence `s`: first told there, or told there again with
/// the date it has. ("Iran's Supreme Court has upheld the death sentence of X ... On 12 April
/// 2023, the court convicted him and sentenced him to death, together with two co-defendants,
/// Y and Z"; "raids broadcaster ... \n ... searched the offices on January 22 and detained
/// five of its employees": an event first told in the headline or lede is dated there.)
fn dated_in(a: &Analysis, o: &Draft, s: usize) -> bool {
    // (Not by a day told only later: "pardoning 154 prisoners ..., among them four
    // activists ... Mammadli walked out of a prison colony on Tuesday evening".)
    let told_later = o
        .date
        .is_some_and(|d| a.doc.sentence_of(a.dates[d].start) > s);
    (a.doc.sentence_of(o.start) == s && !told_later)
        || (o.sentences.contains(&s)
            && o.date
                .is_some_and(|d| a.doc.sentence_of(a.dates[d].start) == s))
}

/// "Activist Davit Abuladze, detained at the same rally, was fined": the words of a participle
/// set off by commas after a person's name, when event `e` is told in them.
fn participle_aside(a: &Analysis, e: &Draft) -> Option<std::ops::Range<usize>> {
    let sentence = a.sentence_range(e.start);
    let opening = (e.start.saturating_sub(6).max(sentence.start)..e.start)
        .rev()
        .take_while(|&k| !a.is_break(k) || a.norm(k) == ",")
        .find(|&k| a.norm(k) == ",")?;
    let participle = a.norm(opening + 1);
    let set_off = opening > 0
        && a.shape(opening + 1) == chronicle_text::TokenShape::Lower
        && (participle.ends_with("ed")
            || crate::events::triggers::IRREGULAR_PARTICIPLES.contains(&participle))
        && a.mention_at[opening - 1].is_some_and(|m| a.entities[a.mentions[m].entity].is_person());
    let closing = (e.end..sentence.end.min(e.end + 8)).find(|&k| a.norm(k) == ",")?;
    set_off.then_some(opening + 1..closing)
}

/// Whether a word between the trigger at `anchor` and event `e` of the same sentence moves
/// `e` to another time: "sentenced two women who had staged pickets", "detained after".
pub(super) fn time_shift_between(a: &Analysis, anchor: usize, e: &Draft) -> bool {
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
    // "In 2021, he served 20 days after taking part in a march", "were detained in November
    // after police raided the office": a day or two apart stays within the year or month.
    // ("took her from her flat after identifying her in photographs from an August 2020
    // march": not a happening the date names as its own.)
    let named_by_its_date = a.dates.iter().any(|d| {
        d.end == anchor
            || (d.end + 1 == anchor && a.shape(d.end) == chronicle_text::TokenShape::Lower)
    });
    // (Not a protest a verdict punishes: "had been sentenced in 2022 to six years ... after
    // she joined the march" -- the march came long before the verdict.)
    let verdict_on_protest = e.kind == "protest"
        && ["sentence", "convict", "jail", "imprison"]
            .iter()
            .any(|l| a.has_lemma(anchor, l));
    let coarse = e.date.is_none()
        && !named_by_its_date
        && !verdict_on_protest
        && events_date_precision(a, anchor).is_some_and(|p| matches!(p, "year" | "month"));
    // "Activist Davit Abuladze, detained at the same rally, was fined ... on Sunday": a
    // participle set off after a name tells what befell the person before; the main verb's
    // day is the fine's.
    if participle_aside(a, e).is_some_and(|aside| anchor >= aside.end) {
        return true;
    }
    // "arrested two brothers who had helped organise a protest, raiding their father's house
    // on Dec. 9": a relative clause tells of the people, not when the arrest was.
    let mut relative = false;
    (from..to).any(|k| {
        let word = a.norm(k);
        if matches!(word, "who" | "whom" | "whose") {
            relative = true;
        } else if a.is_break(k) {
            relative = false;
        }
        if relative {
            return false;
        }
        let near_in_time = matches!(word, "after" | "before" | "until" | "then");
        // ("he later told Viasna that officers beat him": the saying came later.)
        let says_next = crate::events::triggers::says_at(a, k + 1);
        let far_in_time = matches!(
            word,
            "since" | "later" | "earlier" | "previously" | "had" | "ago"
        ) && !says_next;
        // "detained on March 10, minutes after he unfurled a banner": the same day.
        let moments = near_in_time
            && k > 0
            && matches!(
                a.norm(k - 1),
                "minutes" | "hours" | "moments" | "shortly" | "soon" | "immediately" | "right"
            );
        let excused = gerund_after(k) || moments || (coarse && near_in_time);
        !excused && (near_in_time || far_in_time)
    }) || (anchor > e.start
        // "Police took him to the station within minutes; the next day a court fined him":
        // a day counted on from the one before belongs to what follows it.
        && a.dates.iter().any(|d| {
            (from..to).contains(&d.start) && d.days_after_previous.is_some_and(|n| n != 0)
        }))
}

/// The precision of the date nearest token `anchor` in its sentence, if any.
pub(super) fn events_date_precision(a: &Analysis, anchor: usize) -> Option<&'static str> {
    let range = a.sentence_range(anchor);
    a.dates
        .iter()
        .filter(|d| d.start >= range.start && d.end <= range.end)
        .min_by_key(|d| d.start.abs_diff(anchor))
        .map(|d| d.precision)
}

/// The dates of a sentence left unused when the trigger they went to made no event
/// ("villagers blocked the road to protest", where the blocking is no censorship; "The
/// verdict, issued by the court on Sunday, was communicated to the lawyers yesterday") date
/// the sentence's one undated event: the nearest of them to its trigger.
pub(super) fn orphan_dates(a: &Analysis, events: &mut [Draft]) {
    let used: Vec<usize> = events.iter().filter_map(|e| e.date).collect();
    for i in 0..events.len() {
        // ("was called in for questioning on May 9, but he was not detained": what did not
        // happen was told of that day too.)
        if events[i].date.is_some() || !matches!(events[i].status, "occurred" | "negated") {
            continue;
        }
        let range = a.sentence_range(events[i].start);
        let in_sentence: Vec<usize> = (0..a.dates.len())
            .filter(|&d| a.dates[d].start >= range.start && a.dates[d].end <= range.end)
            .collect();
        // (Events copied from one trigger, such as a crowd's protest given to each person
        // named in it, are one happening here.)
        let mut undated: Vec<usize> = events
            .iter()
            .filter(|e| e.date.is_none() && e.sentences[0] == events[i].sentences[0])
            .map(|e| e.start)
            .collect();
        undated.sort_unstable();
        undated.dedup();
        let undated_here = undated.len();
        if undated_here != 1 || in_sentence.iter().any(|d| used.contains(d)) {
            continue;
        }
        let start = events[i].start;
        let kind = events[i].kind;
        // "a blogger who has lived in Germany since 2019": a relative clause's time, or the
        // time since which a state has lasted, is no happening's day.
        let kept_apart = |d: usize| {
            let x = &a.dates[d];
            let (lo, hi) = if x.start > start {
                (start, x.start)
            } else {
                (x.end, start)
            };
            // ("X -- who until 2021 went by another surname -- received 12 years": nor an
            // aside's between dashes.)
            let in_aside = crate::events::in_dashed_aside(a, x.start, x.end)
                && (lo..hi).any(|k| a.norm(k) == "--");
            // ("released them on bail and remanded the case to March 12": the hearing's.)
            let put_off = kind != "trial" && x.put_off;
            put_off
                || (x.start > 0 && a.norm(x.start - 1) == "since")
                || (x.start > 1 && a.norm(x.start - 1) == "the" && a.norm(x.start - 2) == "since")
                || (lo..hi).any(|k| matches!(a.norm(k), "who" | "which" | "whose"))
                || in_aside
        };
        // (Nor the day a saying the record leaves out was said: "In a statement published on
        // Tuesday, Viasna said officers searched ...".)
        let nearest = in_sentence
            .into_iter()
            .filter(|&d| a.dates[d].value.is_some() && !kept_apart(d) && !statement_day(a, d))
            .min_by_key(|&d| a.dates[d].start.abs_diff(start));
        if nearest.is_some() {
            events[i].date = nearest;
        }
    }
}

/// "X was detained on Feb. 24 ... Officers accused her of ...": an undated event of a person
/// told in the sentence right after a dated one of the same person happened then too.
pub(super) fn inherit_dates(a: &Analysis, events: &mut [Draft]) {
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
        // "two women who had staged pickets ... They were detained on Feb. 24 as they stood
        // holding blank sheets": a protester's arrest told next dates the protest.
        let protest = events[i].kind == "protest";
        let next_arrest = |e: &Draft, s: usize| protest && e.kind == "detention" && s == first + 1;
        let date = events
            .iter()
            .filter(|e| {
                e.subjects.contains(&subject)
                    // A verdict comes after the arrest it follows: it dates no arrest.
                    && !matches!(e.kind, "sentence" | "trial" | "charge")
                    // ... nor does a release: "were detained at the scene ... and released on
                    // police bail on Monday evening".
                    && !(events[i].kind == "detention" && e.kind == "release")
                    && e.sentences.iter().any(|&s| s + 1 == first || s == first || next_arrest(e, s))
                    // The date itself is told in this sentence or the one before.
                    && e.date.is_some_and(|d| {
                        let ds = a.doc.sentence_of(a.dates[d].start);
                        a.dates[d].precision == "day"
                            && (ds == first || ds + 1 == first || next_arrest(e, ds))
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
            // A day told in this sentence before one told in the last.
            date.min_by_key(|&d| a.doc.sentence_of(a.dates[d].start) != first)
        };
        if date.is_some() {
            events[i].date = date;
        }
    }
}

/// "About 15 people gathered outside the court as the verdict was read; police detained two
/// of them": what happened as a verdict was given happened on the verdict's day.
pub(super) fn verdict_day(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        if !wants_episode_date(&events[i]) {
            continue;
        }
        let range = a.sentence_range(events[i].start);
        let during = range.clone().any(|k| {
            matches!(a.norm(k), "as" | "when" | "while")
                && (k + 1..(k + 4).min(range.end))
                    .any(|j| matches!(a.norm(j), "verdict" | "sentence" | "ruling"))
        });
        if !during {
            continue;
        }
        let verdict = events
            .iter()
            .filter(|e| e.kind == "sentence" && e.status == "occurred" && e.start < range.start)
            .filter(|e| e.date.is_some_and(|d| a.dates[d].precision == "day"))
            .max_by_key(|e| e.start)
            .and_then(|e| e.date);
        if verdict.is_some() {
            events[i].date = verdict;
        }
    }
}

/// Whether date `d` tells when something was said ("the group said on Monday").
fn said_on(a: &Analysis, d: usize) -> bool {
    let start = a.dates[d].start;
    a.dates[d].dates_saying
        || (start.saturating_sub(2)..start).any(|k| crate::events::triggers::says_at(a, k))
}

/// Whether date `d` tells when a statement was given out: "In a statement published on
/// Tuesday". (Unlike "said on Thursday, after a court sentenced them", which often is the
/// day of what it tells, a statement's own day stands apart.) The nouns and verbs are in
/// `data/lexicons/statement_nouns.txt` and `publishing_verbs.txt`.
fn statement_day(a: &Analysis, d: usize) -> bool {
    let start = a.dates[d].start;
    (start.saturating_sub(3)..start).any(|k| {
        a.lex.statement_nouns.contains(a.norm(k))
            && (k + 1..start).all(|j| {
                let w = a.norm(j);
                w == "on" || a.lex.publishing_verbs.contains(w)
            })
    })
}

/// "In a preliminary statement issued on Sunday evening, the monitor said ...", "said in a
/// preliminary statement on Monday that ...", "said in an October speech": a saying told
/// with the day its statement was given out was made that day.
pub(super) fn statement_given_out(a: &Analysis, events: &mut [Draft]) {
    for e in events.iter_mut() {
        if e.kind != "statement" || e.date.is_some() || e.status != "occurred" {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let given = (0..a.dates.len()).find(|&d| {
            let x = &a.dates[d];
            x.start >= sentence.start
                && x.end <= sentence.end
                && x.value.is_some()
                && (statement_day(a, d)
                    || (x.end < sentence.end && a.lex.statement_nouns.contains(a.norm(x.end))))
        });
        if given.is_some() {
            e.date = given;
        }
    }
}

/// "officers had beaten him on the night of his detention", "several of the men were beaten
/// during the searches", "police also searched her office on the night of her arrest": what
/// happened during an arrest or a search happened on its day, the day of the last such
/// arrest or search the report dated, the person's own first.
pub(super) fn during_the_arrest(a: &Analysis, events: &mut [Draft]) {
    let episode_noun = |k: usize| {
        matches!(
            a.norm(k),
            "detention" | "arrest" | "search" | "searches" | "raid" | "raids" | "operation"
        )
    };
    for i in 0..events.len() {
        let e = &events[i];
        if e.date.is_some()
            || !matches!(e.kind, "violence" | "raid" | "detention")
            || e.status == "planned"
        {
            continue;
        }
        let range = a.sentence_range(e.start);
        let during = range.clone().any(|k| {
            let opens = matches!(a.norm(k), "during" | "while")
                || (a.norm(k) == "of"
                    && k > 0
                    && matches!(a.norm(k - 1), "night" | "day" | "evening" | "morning"));
            opens && (k + 1..(k + 5).min(range.end)).any(episode_noun)
        });
        if !during {
            continue;
        }
        let subjects = e.subjects.clone();
        let start = e.start;
        let episode = events
            .iter()
            // ("fired water cannon to break up a rally ... detained 43 people during the
            // operation": a dispersal is an operation too.)
            .filter(|o| {
                matches!(o.kind, "detention" | "raid" | "violence")
                    && o.status == "occurred"
                    && o.start != start
            })
            .filter(|o| o.start < start || a.doc.sentence_of(o.start) == a.doc.sentence_of(start))
            .filter(|o| o.date.is_some_and(|d| a.dates[d].precision == "day"))
            .max_by_key(|o| (o.subjects.iter().any(|s| subjects.contains(s)), o.start))
            .and_then(|o| o.date);
        if episode.is_some() {
            events[i].date = episode;
        }
    }
}

/// "The verdict, issued by the court on Sunday, ...", "the verdicts were handed to their
/// lawyers on Dec. 5": a report that dates its one verdict apart from the persons it
/// sentences dates each of their undated sentences by it.
pub(super) fn dated_verdict(a: &Analysis, events: &mut [Draft]) {
    let mut dated = (0..a.len()).filter_map(|k| {
        if !matches!(a.norm(k), "verdict" | "verdicts") {
            return None;
        }
        let clause = k + 1..a.sentence_range(k).end.min(k + 14);
        // "delivered its verdicts on Wednesday": the verb before the noun, the day after.
        let mut before = k;
        while before > 0 && matches!(a.norm(before - 1), "its" | "the" | "their" | "his" | "her") {
            before -= 1;
        }
        // ("handed down the verdict on 3 March", "read out the verdicts on Nov. 14".)
        let verb_before = before > 0
            && (a.norm(before - 1).ends_with("ed")
                || (matches!(a.norm(before - 1), "down" | "out")
                    && before > 1
                    && (a.norm(before - 2).ends_with("ed") || a.norm(before - 2) == "read")));
        // Or a verb told of the verdict before its date: "issued ... on Sunday".
        let verb = if verb_before {
            Some(k)
        } else {
            clause.clone().find(|&j| {
                (a.norm(j).ends_with("ed") || a.norm(j) == "read")
                    && (j == k + 1 || matches!(a.norm(j - 1), "," | "was" | "were"))
            })
        };
        let after = verb.and_then(|verb| {
            a.dates.iter().position(|d| {
                d.start > verb && d.start < clause.end && d.precision == "day" && d.value.is_some()
            })
        });
        // "stood in the dock on March 4 as the judge read out the verdict": the day of the
        // clause the verdict is told at the time of.
        let at_the_time = || {
            let sentence = a.sentence_range(k);
            let d = a.dates.iter().rposition(|d| {
                d.start >= sentence.start && d.end < k && d.precision == "day" && d.value.is_some()
            })?;
            // ("On the same day as the son's verdict": a comparison, not a time.)
            if a.dates[d].days_after_previous == Some(0) {
                return None;
            }
            let between = a.dates[d].end..k;
            (between.clone().any(|j| matches!(a.norm(j), "as" | "when"))
                && !between.clone().any(|j| a.is_break(j)))
            .then_some(d)
        };
        after.or_else(at_the_time)
    });
    let Some(date) = dated.next() else {
        return;
    };
    // Two dated verdicts may be two cases.
    if dated.any(|d| a.dates[d].value != a.dates[date].value) {
        return;
    }
    for e in events.iter_mut() {
        if e.kind == "sentence" && e.status == "occurred" && e.date.is_none() {
            e.date = Some(date);
        }
    }
}

/// "Security officers searched the homes of at least five journalists in four cities early on
/// Tuesday ... In Grodno, officers went through the flat of Andrei Miskevich": a report whose
/// lede dates a sweep told of many (a group or no one named) tells its parts, in paragraphs
/// that name no time of their own, as happening that day.
pub(super) fn lede_sweep(a: &Analysis, events: &mut [Draft]) {
    let Some(lede_end) = a.doc.sentences.first().map(|s| s.tokens.end) else {
        return;
    };
    let sweeps: Vec<(&'static str, usize)> = events
        .iter()
        .filter(|g| g.start < lede_end && g.status == "occurred")
        .filter(|g| {
            g.subjects.iter().all(|&s| {
                a.entities[s].kind == chronicle_record::EntityKind::Group || a.entities[s].unnamed
            })
        })
        .filter_map(|g| {
            let d = g.date?;
            (a.dates[d].precision == "day" && a.dates[d].value.is_some()).then_some((g.kind, d))
        })
        .collect();
    for e in events.iter_mut() {
        if !wants_episode_date(e) || e.start < lede_end {
            continue;
        }
        // "Some 150 people gathered on Saturday ... before police broke up the rally and
        // detained dozens": the lede's one dated gathering is the day of its arrests too.
        let protest_day = || {
            let days: Vec<usize> = sweeps
                .iter()
                .filter(|(kind, _)| *kind == "protest")
                .map(|&(_, d)| d)
                .collect();
            match days[..] {
                [d] if matches!(e.kind, "detention" | "violence" | "release") => Some((e.kind, d)),
                _ => None,
            }
        };
        let Some((_, date)) = sweeps
            .iter()
            .find(|(kind, _)| *kind == e.kind)
            .copied()
            .or_else(protest_day)
        else {
            continue;
        };
        let paragraph = a.paragraph_range(e.start);
        let timeless = !a.dates.iter().any(|d| {
            d.start >= paragraph.start && d.end <= paragraph.end && d.days_after_previous != Some(0)
        });
        if timeless {
            e.date = Some(date);
        }
    }
}

/// "A court in Zugdidi on Wednesday jailed one opposition protester for 12 days and fined
/// another ... Tamar Shengelia was fined 2,000 lari": a lede that dates its verdicts, on
/// people it names or not, dates the verdicts and hearings the next few sentences tell, in
/// paragraphs that name no time of their own.
/// (`case_days` holds the lede's verdicts on no one at all, which are no events by now.)
pub(super) fn lede_verdicts(a: &Analysis, case_days: &[(usize, usize)], events: &mut [Draft]) {
    let lede = super::lede_sentence(a);
    let Some(range) = a.doc.sentences.get(lede).map(|s| s.tokens.clone()) else {
        return;
    };
    let is_verdict = |g: &Draft| g.kind == "sentence" && g.status == "occurred";
    let days: Vec<usize> = events
        .iter()
        .filter(|g| is_verdict(g) && g.start >= range.start && g.start < range.end)
        .filter_map(|g| g.date)
        .chain(
            case_days
                .iter()
                .filter(|&&(s, _)| s == lede)
                .map(|&(_, d)| d),
        )
        .filter(|&d| a.dates[d].precision == "day" && a.dates[d].value.is_some())
        .collect();
    let Some(&day) = days.first() else {
        return;
    };
    if days.iter().any(|&d| a.dates[d].value != a.dates[day].value) {
        return;
    }
    for e in events.iter_mut() {
        let here = a.doc.sentence_of(e.start);
        // ("The Supreme Court of Tatarstan on Wednesday reduced the sentence of X ... A
        // three-judge appeals panel heard the appeals of X, Y and Z": the hearing of that day.)
        let hearing = e.kind == "trial" && e.status == "occurred";
        if !(is_verdict(e) || hearing) || e.date.is_some() || here <= lede || here > lede + 4 {
            continue;
        }
        let paragraph = a.paragraph_range(e.start);
        let timeless = !a
            .dates
            .iter()
            .any(|d| d.start >= paragraph.start.max(range.end) && d.end <= paragraph.end);
        if timeless {
            e.date = Some(day);
        }
    }
}

/// "LIVE: Protest over border deal in Osh — Saturday, Oct. 4 ... 12:20 — Abdykadyrov has been
/// detained": a live report whose entries open with the time of day tells, in those entries,
/// what happened on the day its headline gives.
pub(super) fn live_blog_day(a: &Analysis, events: &mut [Draft]) {
    if a.doc.sentences.is_empty() {
        return;
    }
    // The day is told before the first timed entry: in the headline, or in the lines under it
    // ("This page followed Saturday's rallies", "Our running coverage of today's protest").
    let first_entry = a
        .doc
        .sentences
        .iter()
        .position(|s| opens_with_clock_time(a, s.tokens.start));
    let Some(first_entry) = first_entry.filter(|&s| s > 0) else {
        return;
    };
    let preamble = a.doc.sentences[0].tokens.start..a.doc.sentences[first_entry].tokens.start;
    let Some(day) = (0..a.dates.len()).find(|&d| {
        let m = &a.dates[d];
        m.start >= preamble.start && m.end <= preamble.end && m.precision == "day"
    }) else {
        return;
    };
    for e in events.iter_mut() {
        if e.date.is_some() || !matches!(e.status, "occurred" | "negated" | "denied" | "alleged") {
            continue;
        }
        let mut first = a.doc.sentence_of(e.start);
        while first > 0 && a.same_paragraph(first - 1, first) {
            first -= 1;
        }
        if first > 0 && opens_with_clock_time(a, a.doc.sentences[first].tokens.start) {
            e.date = Some(day);
        }
    }
}

/// Whether token `k` opens an entry with a time of day and a dash: "09:40 —", "14.05 -".
fn opens_with_clock_time(a: &Analysis, k: usize) -> bool {
    let is_clock = |t: &str| {
        t.split_once([':', '.']).is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        })
    };
    // (The text layer keeps "09:40" one token.)
    is_clock(a.text(k)) && matches!(a.norm(k + 1), "-" | "--" | "–" | "—")
}

/// "On polling day, police detained two election observers": what happened on "election
/// day", "polling day" or "voting day" happened on the day of the report's vote, when the
/// report dates one.
pub(super) fn election_day(a: &Analysis, events: &mut [Draft]) {
    let vote_day = events
        .iter()
        .filter(|e| e.kind == "election" && e.status == "occurred")
        .filter_map(|e| e.date)
        .find(|&d| a.dates[d].precision == "day" && a.dates[d].value.is_some());
    let Some(day) = vote_day else {
        return;
    };
    for e in events.iter_mut() {
        if e.date.is_some() || e.kind == "election" || e.status == "planned" {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let on_vote_day = sentence.clone().any(|k| {
            matches!(a.norm(k), "polling" | "election" | "voting" | "ballot")
                && a.norm(k + 1) == "day"
                && k + 1 < sentence.end
        });
        // ("on Thursday, election day": the sentence's own date says which day.)
        let own_date = a
            .dates
            .iter()
            .any(|d| d.start >= sentence.start && d.end <= sentence.end);
        if on_vote_day && !own_date {
            e.date = Some(day);
        }
    }
}

/// "Beridze told the court that officers had kicked him in the back of a police van": a
/// beating of someone the report says was arrested, told with no time of its own, happened
/// on the day of that arrest, when the report gives the person's arrests one day.
pub(super) fn custody_violence(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "violence"
            || e.date.is_some()
            || e.status == "planned"
            || e.subjects.is_empty()
        {
            continue;
        }
        // (The pluperfect of "officers had kicked him" tells the same episode; a span of days
        // or more, "in the weeks after his arrest", another time.)
        let range = a.sentence_range(e.start);
        let own_time = a
            .dates
            .iter()
            .any(|d| d.start >= range.start && d.end <= range.end)
            || range.clone().any(|k| {
                let w = a.norm(k);
                (moves_in_time(w) && !matches!(w, "had" | "before" | "until" | "once"))
                    || matches!(w, "weeks" | "months" | "years" | "days")
            });
        if own_time {
            continue;
        }
        let day = super::single_day(a, super::arrests_before(events, e).filter_map(|o| o.date));
        if let Some(day) = day {
            events[i].date = Some(day);
        }
    }
}

/// "His colleague, who was detained with him, was released on Tuesday", "were detained
/// alongside him": a detention told as shared with someone the report has just said was
/// detained happened when theirs did, by the same hands.
pub(super) fn detained_with(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        // ("denied reports that his wife had been detained with him": the day denied is his.)
        if e.kind != "detention" || !matches!(e.status, "occurred" | "denied" | "negated") {
            continue;
        }
        let mut k = e.end;
        if matches!(a.norm(k), "along" | "together") {
            k += 1;
        }
        let shared = matches!(a.norm(k), "with" | "alongside")
            && matches!(a.norm(k + 1), "him" | "her" | "them");
        if !shared {
            continue;
        }
        let (start, subjects) = (e.start, e.subjects.clone());
        // ("Mwangi's fixer, Getachew Alemu, was detained with him": "him" is the other person
        // the sentence names, however far back his arrest was told.)
        let sentence = a.sentence_range(e.start);
        let named_here: Vec<usize> = a
            .mentions
            .iter()
            .filter(|m| m.start >= sentence.start && m.end <= start)
            .map(|m| m.entity)
            .filter(|&x| a.entities[x].is_person() && !subjects.contains(&x))
            .collect();
        let arrest_of = |who: &dyn Fn(&Draft) -> bool| {
            events
                .iter()
                .filter(|o| {
                    o.kind == "detention"
                        && o.status == "occurred"
                        && o.start < start
                        && !o.subjects.iter().any(|s| subjects.contains(s))
                        && who(o)
                })
                .max_by_key(|o| o.start)
                .map(|o| (o.date, o.agents.clone(), o.place))
        };
        // (Else "him" is someone just told of: this sentence or the two before.)
        let here = e.sentences[0];
        let theirs = arrest_of(&|o: &Draft| o.subjects.iter().any(|s| named_here.contains(s)))
            .or_else(|| {
                arrest_of(&|o: &Draft| {
                    o.sentences[0] + 2 >= here
                        && o.subjects.iter().any(|&s| a.entities[s].is_person())
                })
            });
        let Some((date, agents, place)) = theirs else {
            continue;
        };
        let e = &mut events[i];
        if date.is_some() {
            e.date = date;
        }
        if e.agents.is_empty() {
            e.agents = agents;
        }
        if e.place.is_none() {
            e.place = place;
        }
    }
}

/// "At the same hearing, his brother was sentenced to five years", "In the same ruling, the
/// court commuted ...": a verdict told of "the same" hearing or ruling came on the day of the
/// last hearing or verdict the report dated, from the same court.
pub(super) fn same_ruling(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.date.is_some() || !matches!(e.kind, "sentence" | "trial" | "release") {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let same = sentence.clone().any(|k| {
            a.norm(k) == "same"
                && matches!(
                    a.norm(k + 1),
                    "ruling" | "hearing" | "verdict" | "session" | "trial" | "decision"
                )
        });
        if !same {
            continue;
        }
        let start = sentence.start;
        let Some((date, agents)) = events
            .iter()
            .filter(|o| {
                matches!(o.kind, "sentence" | "trial" | "release")
                    && o.start < start
                    && o.date.is_some()
            })
            .max_by_key(|o| o.start)
            .map(|o| (o.date, o.agents.clone()))
        else {
            continue;
        };
        let e = &mut events[i];
        e.date = date;
        if e.agents.is_empty() {
            e.agents = agents;
        }
    }
}

/// "Police detained 38 students late on Friday after a protest at Ege University. \n Several
/// hundred students had marched to the rectorate": a protest told with no time of its own,
/// as what came just before a dated arrest or shooting ("after a protest", or a pluperfect
/// sentence right after the arrest's), was held that day.
pub(super) fn protest_before_crackdown(a: &Analysis, events: &mut [Draft]) {
    let crackdown_day = |events: &[Draft], s: usize| {
        super::single_day(
            a,
            events
                .iter()
                .filter(|o| {
                    matches!(o.kind, "detention" | "violence")
                        && o.status == "occurred"
                        && a.doc.sentence_of(o.start) == s
                })
                .filter_map(|o| o.date),
        )
    };
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "protest" || e.date.is_some() || e.status != "occurred" {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        let range = a.sentence_range(e.start);
        if dated_sentence(a, &range) {
            continue;
        }
        // "detained 38 students on Friday after a protest": the protest the arrest followed.
        let after = (e.start.saturating_sub(3).max(range.start)..e.start)
            .any(|k| matches!(a.norm(k), "after" | "following"));
        if after {
            if let Some(day) = crackdown_day(events, here) {
                events[i].date = Some(day);
            }
            continue;
        }
        // "Several hundred people had gathered near the clock tower when troops arrived": the
        // pluperfect right after the crackdown's sentence tells how that day began.
        let pluperfect = (range.start..e.start).any(|k| a.norm(k) == "had")
            && !range.clone().any(|k| {
                let w = a.norm(k);
                (moves_in_time(w) && !matches!(w, "had" | "before" | "when"))
                    || matches!(w, "weeks" | "months" | "years" | "days")
            });
        if pluperfect && here > 0 {
            if let Some(day) = crackdown_day(events, here - 1) {
                events[i].date = Some(day);
            }
        }
    }
}

/// "Hours after the verdict, police in Siem Reap arrested the party's deputy president", "X,
/// who came to hear the verdict, was detained outside the courthouse": a happening told as
/// following the verdict within the day took place on the verdict's day.
pub(super) fn after_the_verdict(a: &Analysis, events: &mut [Draft]) {
    let verdict_day = super::single_day(
        a,
        events
            .iter()
            .filter(|o| o.kind == "sentence" && o.status == "occurred")
            .filter_map(|o| o.date),
    );
    let Some(day) = verdict_day else {
        return;
    };
    for e in events.iter_mut() {
        if e.date.is_some()
            || e.status != "occurred"
            || !matches!(
                e.kind,
                "detention" | "violence" | "protest" | "release" | "raid"
            )
        {
            continue;
        }
        let range = a.sentence_range(e.start);
        if dated_sentence(a, &range) {
            continue;
        }
        let same_day = range.clone().any(|k| {
            if !matches!(a.norm(k), "verdict" | "ruling" | "sentencing")
                || k < range.start + 2
                || a.norm(k - 1) != "the"
            {
                return false;
            }
            let heard = a.has_lemma(k - 2, "hear");
            // ("hours after", "shortly after", "minutes after"; not "days after".)
            let soon_after = a.norm(k - 2) == "after"
                && (k < range.start + 3
                    || !matches!(
                        a.norm(k - 3),
                        "days" | "day" | "weeks" | "week" | "months" | "month" | "years" | "year"
                    ));
            heard || soon_after
        });
        if same_day {
            e.date = Some(day);
        }
    }
}

/// The dates told in token range `range`.
fn dates_in<'a>(
    a: &'a Analysis,
    range: &std::ops::Range<usize>,
) -> impl Iterator<Item = (usize, &'a crate::analysis::DateSpan)> {
    let (from, to) = (range.start, range.end);
    a.dates
        .iter()
        .enumerate()
        .filter(move |(_, d)| d.start >= from && d.end <= to)
}

/// Whether the sentence of token range `range` tells a date of its own.
fn dated_sentence(a: &Analysis, range: &std::ops::Range<usize>) -> bool {
    dates_in(a, range).next().is_some()
}

/// "The Interior Ministry said officers detained 43 people on Sunday. ... \n Police arrested
/// 16 people, including ...": an undated happening in a sentence that names no time of its
/// own goes on with the day of the last happening the report told before it.
pub(super) fn story_day(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        if !wants_episode_date(&events[i]) {
            continue;
        }
        let here = a.doc.sentence_of(events[i].start);
        if has_own_time(a, here) {
            continue;
        }
        let prior = last_day_before(a, events, events[i].start, |o, d| {
            is_episode_kind(o.kind) && o.status == "occurred" && !a.dates[d].future
        });
        if prior.is_some() {
            events[i].date = prior;
        }
    }
}

/// "Shamil Gadzhimuradov was detained on Oct. 14, when several hundred residents gathered
/// ... Police detained at least 30 other people at the rally": a happening told with no time
/// of its own at "the" protest the report has told of happened on that protest's day.
pub(super) fn at_the_protest(a: &Analysis, events: &mut [Draft]) {
    let kinds = ["detention", "violence", "protest", "raid"];
    // ("the road block": a trigger of more than one word.)
    let protest_noun = |k: usize| {
        a.lex
            .triggers
            .longest_at(a, k, (k + 3).min(a.len()))
            .is_some_and(|t| t.value.kind == "protest")
    };
    for i in 0..events.len() {
        let e = &events[i];
        // (A time no value could be given for does not date it.)
        let dated = e.date.is_some_and(|d| a.dates[d].value.is_some());
        if dated || e.status != "occurred" || !kinds.contains(&e.kind) {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        // "On Tuesday the court sentenced A and B, who both took part in the road block and
        // were detained there, to 30 days": a relative clause tells of its own time; the
        // main clause's day is the verdict's.
        let relative = (sentence.start..e.start)
            .rev()
            .find(|&k| a.norm(k) == "who" && k > 0 && a.norm(k - 1) == ",");
        // ("Activist Davit Abuladze, detained at the same rally, was fined ... on Sunday":
        // so does a participle set off after the name.)
        let told = participle_aside(a, e)
            .unwrap_or_else(|| relative.map_or(sentence.clone(), |r| r..sentence.end));
        // ("detained at the scene ... and released on police bail on Monday evening": but a
        // day that dates a later happening of the sentence is that one's.)
        let later_ones = |di: usize| {
            events
                .iter()
                .any(|o| o.start > e.end && o.date == Some(di) && sentence.contains(&o.start))
        };
        // (A time counted on from the happening, "let go by nightfall", is not its own.)
        if dates_in(a, &told).any(|(di, d)| d.days_after_previous.is_none() && !later_ones(di)) {
            continue;
        }
        let at_the = (told.start..told.end.saturating_sub(2)).any(|k| {
            (matches!(a.norm(k), "at" | "during")
                || (relative.is_some() && a.norm(k) == "in" && a.norm(k - 1) == "part"))
                && a.norm(k + 1) == "the"
                && (protest_noun(k + 2) || (a.norm(k + 2) == "same" && protest_noun(k + 3)))
        });
        // "were detained at the scene": where the crowd just told met, or was broken up.
        let at_the_scene = e.end + 3 <= told.end
            && a.norm(e.end) == "at"
            && a.norm(e.end + 1) == "the"
            && a.norm(e.end + 2) == "scene";
        if !at_the && !at_the_scene {
            continue;
        }
        let day = last_day_before(a, events, sentence.start, |o, _| {
            o.status == "occurred"
                && (o.kind == "protest" || (at_the_scene && o.kind == "violence"))
        });
        if let Some(day) = day {
            events[i].date = Some(day);
        }
    }
}

/// The day of the latest happening told before token `start` that `fits` (given the
/// happening and its date), when its date is a known day.
fn last_day_before(
    a: &Analysis,
    events: &[Draft],
    start: usize,
    fits: impl Fn(&Draft, usize) -> bool,
) -> Option<usize> {
    events
        .iter()
        .filter(|o| o.start < start)
        .filter_map(|o| o.date.map(|d| (o, d)))
        .filter(|&(o, d)| a.dates[d].precision == "day" && a.dates[d].value.is_some() && fits(o, d))
        .max_by_key(|(o, _)| o.start)
        .map(|(_, d)| d)
}

/// "A court in Krasnodar on Thursday sentenced Pavel Shchukin ... \n His co-defendant,
/// Yelizaveta Kim-Orlova, was given two years of restricted freedom": a co-defendant's
/// verdict told with no time of its own, or a line of a list of verdicts, came at the
/// hearing of the last dated verdict, however many sentences the report spent between.
pub(super) fn co_defendants_verdict(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "sentence" || e.status != "occurred" || e.date.is_some() {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        let range = a.doc.sentences[here].tokens.clone();
        let co_defendant = (range.start..e.start.max(range.start)).any(|k| {
            matches!(
                a.norm(k),
                "co-defendant" | "co-defendants" | "codefendant" | "codefendants"
            )
        });
        // ("Judges on Monday handed down penalties to five residents ... \n • Daniyar
        // Serikuly, 27, a taxi driver -- 10 days of administrative arrest": so is a line of
        // the list of verdicts that follows one.)
        let list_line = crate::events::is_list_marker(a, range.start);
        if !(co_defendant || list_line) || has_own_time(a, here) {
            continue;
        }
        let verdict = last_day_before(a, events, range.start, |o, _| {
            o.kind == "sentence" && o.status == "occurred"
        })
        .or_else(|| list_line.then(|| courts_day_before(a, here)).flatten());
        if verdict.is_some() {
            events[i].date = verdict;
        }
    }
}

/// "Magistrates' courts in the Urals city worked through the cases on Monday. The OVD-Info
/// project compiled the following roll: \n — X, 34: jailed for 15 days": the one day a
/// sentence naming a court told, a few sentences before the list line `here`.
fn courts_day_before(a: &Analysis, here: usize) -> Option<usize> {
    (here.saturating_sub(4)..here).rev().find_map(|s| {
        let range = a.doc.sentences[s].tokens.clone();
        let court = range.clone().any(|k| {
            a.entity_at(k)
                .is_some_and(|e| a.entities[e].category == Some("court"))
        });
        if !court {
            return None;
        }
        let days: Vec<usize> = dates_in(a, &range)
            .filter(|(_, x)| x.precision == "day" && x.value.is_some())
            .map(|(d, _)| d)
            .collect();
        match days[..] {
            [d] => Some(d),
            _ => None,
        }
    })
}

/// "held a silent picket outside parliament on the day of the vote": what happened "on the
/// day of" a happening the report has dated happened on that happening's day.
pub(super) fn day_of_the(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.date.is_some() || e.status == "planned" {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let named = sentence.clone().find_map(|k| {
            (a.norm(k) == "day"
                && a.norm(k + 1) == "of"
                && a.norm(k + 2) == "the"
                && k + 3 < sentence.end)
                .then(|| a.norm(k + 3))
        });
        let kinds: &[&str] = match named {
            Some("vote" | "voting" | "ballot") => &["legislation", "election"],
            Some("election" | "elections" | "referendum" | "polls") => &["election"],
            Some("verdict" | "sentencing") => &["sentence"],
            Some("hearing" | "trial") => &["trial"],
            Some("rally" | "protest" | "march" | "demonstration") => &["protest"],
            Some("arrest" | "arrests" | "detention" | "raid" | "search") => &["detention", "raid"],
            _ => continue,
        };
        let day = last_day_before(a, events, e.start, |o, _| {
            kinds.contains(&o.kind)
                && o.status == "occurred"
                // (A law's vote is its passing by the legislature, not its signing.)
                && (o.kind != "legislation"
                    || o.agents
                        .iter()
                        .any(|&x| a.entities[x].category == Some("legislature")))
        });
        if let Some(day) = day {
            events[i].date = Some(day);
        }
    }
}

/// "Police detained three of them ... and released them several hours later": a time counted
/// on within the day from what came before is the day of the happening told just before it
/// in the paragraph, which may have been dated by the passes above rather than by a date the
/// text wrote.
pub(super) fn same_day_as_before(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let Some(d) = events[i].date else {
            continue;
        };
        // (Only what is counted on from it: "hours later", not "within hours".)
        let dm = &a.dates[d];
        if dm.days_after_previous != Some(0) {
            continue;
        }
        // "Two younger monks ... were detained the same night": the night of the arrest told
        // before, not of the last date the text wrote.
        // (Told right after the verb it dates: not a release's evening a detention shares.)
        let own = dm.start >= events[i].end && dm.start <= events[i].end + 3;
        if own && (dm.start..dm.end).any(|k| a.norm(k) == "same") {
            let kind = events[i].kind;
            let same_kind = last_day_before(a, events, dm.start, |o, x| {
                o.kind == kind && o.status != "planned" && x != d
            });
            if let Some(day) = same_kind {
                events[i].date = Some(day);
            }
            continue;
        }
        if a.norm(dm.end.saturating_sub(1)) != "later" {
            continue;
        }
        // (Counted from where the time is told: an event told in several sentences starts
        // where it was first told.)
        let start = a.dates[d].start;
        let here = a.doc.sentence_of(start);
        let before = last_day_before(a, events, start, |o, x| {
            let s = a.doc.sentence_of(o.start);
            o.kind != "statement"
                && o.status == "occurred"
                && x != d
                && s + 1 >= here
                && (s == here || a.same_paragraph(s, here))
        });
        if let Some(day) = before {
            events[i].date = Some(day);
        }
    }
}

/// "Police detained 120 people at protests in Van on Tuesday ... The governor's office fined
/// 37 protesters for taking part in an unlawful gathering": a crowd's protest told with no
/// time of its own, in a report whose protests in that place were all held on one day, was
/// held that day.
pub(super) fn one_protest_day(a: &Analysis, events: &mut [Draft]) {
    let crowd = |e: &Draft| super::crowd_protest(a, e);
    for i in 0..events.len() {
        let e = &events[i];
        if !crowd(e) || e.date.is_some() {
            continue;
        }
        let day = super::single_day(
            a,
            events
                .iter()
                .filter(|o| crowd(o) && super::places_compatible(a, o, e))
                .filter_map(|o| o.date),
        );
        // (Every dated protest of the report, not only those placed alike, on that day.)
        let all = events
            .iter()
            .filter(|o| o.kind == "protest" && o.status == "occurred")
            .filter_map(|o| o.date)
            .all(|d| day.is_some_and(|day| a.dates[d].value == a.dates[day].value));
        if let Some(day) = day.filter(|_| all) {
            events[i].date = Some(day);
        }
    }
}

/// "The case stems from a protest on May 14 ... Toktogulov, Sydykova and Ergeshov all told
/// the court they had joined the protest": a person's part in "the protest", told with no
/// time of its own, was taken on the day of the protest last told before it.
pub(super) fn joined_the_protest(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        let definite = e.start > 0 && matches!(a.norm(e.start - 1), "the" | "that");
        if e.kind != "protest" || e.status != "occurred" || e.date.is_some() || !definite {
            continue;
        }
        let person = e.subjects.iter().any(|&s| a.entities[s].is_person());
        if !person {
            continue;
        }
        let day = events
            .iter()
            .filter(|o| o.kind == "protest" && o.status == "occurred" && o.start < e.start)
            .filter(|o| o.date.is_some_and(|d| a.dates[d].value.is_some()))
            .max_by_key(|o| o.start)
            .and_then(|o| o.date);
        if day.is_some() {
            events[i].date = day;
        }
    }
}

/// "detained her on July 19 after a search of her apartment": a happening told right after
/// "after" in the clause of a dated one, with no day of its own, came the same day.
pub(super) fn happening_just_before(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.date.is_some() || e.status != "occurred" || e.start < 2 {
            continue;
        }
        let after = (e.start.saturating_sub(3)..e.start).find(|&k| a.norm(k) == "after");
        let Some(after) = after else {
            continue;
        };
        // Only articles and possessives between: "after a search", "after the raid on".
        if !(after + 1..e.start).all(|k| {
            matches!(
                a.norm(k),
                "a" | "an" | "the" | "his" | "her" | "their" | "its"
            )
        }) {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        let day = events.iter().find_map(|o| {
            let d = o.date?;
            let x = &a.dates[d];
            (o.end <= after
                && sentence.contains(&o.start)
                && x.precision == "day"
                && x.end <= after
                && !(x.end..after).any(|k| a.is_break(k) || a.norm(k) == ","))
            .then_some(d)
        });
        if let Some(d) = day {
            events[i].date = Some(d);
        }
    }
}

/// "Aliyev ... on Tuesday signed a decree pardoning 154 prisoners ... Also freed were X and Y":
/// a sentence opening with "Also" tells more of the same happening as the last one of its kind
/// the report dated.
pub(super) fn also_the_same(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        let dated = e.date.is_some_and(|d| a.dates[d].value.is_some());
        if dated || e.status != "occurred" {
            continue;
        }
        let sentence = a.sentence_range(e.start);
        if a.norm(sentence.start) != "also" {
            continue;
        }
        let earlier = events
            .iter()
            .filter(|o| o.kind == e.kind && o.start < sentence.start && o.status == "occurred")
            .filter(|o| o.date.is_some_and(|d| a.dates[d].value.is_some()))
            .max_by_key(|o| o.start)
            .and_then(|o| o.date);
        if let Some(d) = earlier {
            events[i].date = Some(d);
        }
    }
}

/// "The court acquitted Ilhom Toshpulatov ... He was released in the courtroom", "X, who had
/// spent ten months in pretrial detention, was freed in the courtroom", "The court ordered X
/// released": a release in court
/// came on the day of the verdict told just before it, the released person's own when there
/// is one.
pub(super) fn released_in_court(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "release" || e.status != "occurred" || e.date.is_some() {
            continue;
        }
        // (In any sentence telling it: "The court acquitted X ... He was released in the
        // courtroom" is one release.)
        // ("The court ordered Demir released pending appeal": so is one the court that gave
        // the verdict ordered.)
        let ordered_by_the_court = |k: usize| {
            matches!(
                a.norm(k),
                "court" | "judge" | "judges" | "tribunal" | "magistrate"
            ) && k > 0
                && a.norm(k - 1) == "the"
                && a.has_lemma(k + 1, "order")
        };
        let in_court = e.sentences.iter().any(|&s| {
            a.doc.sentences[s].tokens.clone().any(|k| {
                matches!(a.norm(k), "courtroom" | "dock")
                    || (a.norm(k) == "court" && k > 0 && matches!(a.norm(k - 1), "in" | "from"))
                    || ordered_by_the_court(k)
            })
        });
        // ("The court acquitted Lau Chi-keung": an acquittal is a verdict's release itself.)
        let acquitted = (e.start..e.end).any(|k| a.has_lemma(k, "acquit"));
        if !in_court && !acquitted {
            continue;
        }
        let here = e.sentences[0];
        let is_verdict = |v: &Draft| {
            (v.kind == "sentence" || (v.kind == "release" && a.has_lemma(v.start, "acquit")))
                && v.status == "occurred"
        };
        // ("had her term replaced with a suspended sentence and was released in the
        // courtroom": the verdict of its own sentence, dated or not.)
        if events.iter().enumerate().any(|(j, v)| {
            j != i && is_verdict(v) && v.sentences.contains(&here) && v.date.is_none()
        }) {
            continue;
        }
        let verdicts: Vec<&Draft> = events
            .iter()
            .filter(|v| {
                is_verdict(v)
                    && v.sentences[0] <= here
                    && v.sentences[0] + 3 >= here
                    && v.date.is_some_and(|d| {
                        a.dates[d].value.is_some() && a.dates[d].precision == "day"
                    })
            })
            .collect();
        let own = verdicts
            .iter()
            .filter(|v| v.subjects.iter().any(|s| e.subjects.contains(s)))
            .max_by_key(|v| v.start);
        let date = own
            .or_else(|| verdicts.iter().max_by_key(|v| v.start))
            .and_then(|v| v.date);
        events[i].date = date;
    }
}

/// "At a virtual hearing on Aug. 2, prosecutors charged him with terrorism", "was brought
/// before a court on May 6, where prosecutors charged him": a charge brought at a hearing the
/// same sentence dates came on the hearing's day.
pub(super) fn charged_at_the_hearing(a: &Analysis, events: &mut [Draft]) {
    for i in 0..events.len() {
        let e = &events[i];
        if e.kind != "charge" || e.status != "occurred" || e.date.is_some() {
            continue;
        }
        let here = a.doc.sentence_of(e.start);
        let hearing = events.iter().find(|h| {
            h.kind == "trial"
                && h.status == "occurred"
                && h.start < e.start
                && a.doc.sentence_of(h.start) == here
                && h.date
                    .is_some_and(|d| a.dates[d].value.is_some() && a.dates[d].end <= e.start)
        });
        if let Some(date) = hearing.and_then(|h| h.date) {
            events[i].date = Some(date);
        }
    }
}
