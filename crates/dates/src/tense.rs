//! Whether a date is about the future, read from the clauses around it.
//!
//! A clause (see `token.rs` for where clauses break) is future when it holds a future cue
//! ("will", "scheduled for"), past when it holds a past marker ("was", "said", a lowercase
//! "-ed" verb) and no future cue. A date in a clause with neither takes the signal of the
//! nearest clause of its sentence: the last signal of the clauses before it, else the first of
//! the clauses after it, skipping parentheticals such as ", who was detained last year,".

use crate::lexicon::{phrase_end, Lexicon, Tag, PAST, PUT_OFF, STARTS_FUTURE};
use crate::token::{TokKind, Token};

/// How many clauses a date looks past its own for a tense signal.
const REACH: usize = 8;

#[derive(Debug, Clone, Copy, Default)]
struct ClauseTense {
    sentence: u32,
    future: bool,
    past: bool,
    /// The first and last signal in token order (`true` = future).
    first: Option<bool>,
    last: Option<bool>,
    /// ", who/which ... ," set off inside a sentence.
    parenthetical: bool,
    /// With both a future and a past signal: the token of the first past signal and of the
    /// first future one.
    first_past_at: usize,
    first_future_at: usize,
    /// Where a cue that puts a hearing off ("adjourned until", "postponed to") starts: it
    /// makes only what follows it future.
    put_off_at: Option<usize>,
}

pub(crate) struct Tense {
    clauses: Vec<ClauseTense>,
}

impl Tense {
    pub fn new(text: &str, toks: &[Token], lex: &Lexicon) -> Tense {
        let count = toks.last().map_or(0, |t| t.clause as usize + 1);
        let mut clauses = vec![ClauseTense::default(); count];
        for (i, t) in toks.iter().enumerate() {
            let c = &mut clauses[t.clause as usize];
            let opens = i == 0 || toks[i - 1].clause != t.clause;
            if opens {
                c.sentence = t.sentence;
                let word = &text[t.b0..t.b1];
                c.parenthetical = ["who", "which", "whom", "whose"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(word));
            }
            let closes = toks.get(i + 1).is_none_or(|n| n.clause != t.clause);
            if closes && t.kind != TokKind::Punct(',') {
                c.parenthetical = false;
            }
            let signal = if is_future_cue(text, toks, i, lex) {
                if !c.future {
                    c.first_future_at = i;
                }
                if t.id != 0 && lex.info(t.id).flags & PUT_OFF != 0 && c.put_off_at.is_none() {
                    c.put_off_at = Some(i);
                }
                c.future = true;
                Some(true)
            } else if is_past_marker(text, t, lex) {
                if !c.past {
                    c.first_past_at = i;
                }
                c.past = true;
                Some(false)
            } else {
                None
            };
            if signal.is_some() {
                c.first = c.first.or(signal);
                c.last = signal;
            }
        }
        Tense { clauses }
    }

    /// Whether a date at token `at` of clause `clause` is about the future.
    pub fn future_at(&self, clause: u32, at: usize) -> bool {
        let c = clause as usize;
        let Some(own) = self.clauses.get(c) else {
            return false;
        };
        // "A tribunal on Tuesday adjourned until December 13 the hearing": the day before
        // the putting off is the day it was put off, past.
        if let Some(put_off) = own.put_off_at {
            if at < put_off && own.first_future_at >= put_off {
                return false;
            }
        }
        // "rallied on May 18 against a plan to sell the mine": a past verb before the date
        // and a future cue only after it tell of something else; the date is the verb's.
        if own.future && own.past {
            return !(own.first_past_at < at && own.first_future_at > at);
        }
        if own.future || own.past {
            return own.future;
        }
        let same = |o: &&ClauseTense| o.sentence == own.sentence && !o.parenthetical;
        let before = self.clauses[..c]
            .iter()
            .rev()
            .take(REACH)
            .filter(same)
            .find_map(|o| o.last);
        let after = || {
            self.clauses[c + 1..]
                .iter()
                .take(REACH)
                .filter(same)
                .find_map(|o| o.first)
        };
        before.or_else(after).unwrap_or(false)
    }
}

fn is_future_cue(text: &str, toks: &[Token], i: usize, lex: &Lexicon) -> bool {
    let t = &toks[i];
    if t.id == 0 || lex.info(t.id).flags & STARTS_FUTURE == 0 {
        return false;
    }
    // "the next day" looks back, not forward ("the next elections" does look forward).
    let tag = |k: usize| toks.get(k).and_then(|t| lex.info(t.id).tag);
    let the_next_day = i > 0
        && tag(i) == Some(Tag::Next)
        && tag(i - 1) == Some(Tag::The)
        && matches!(tag(i + 1), Some(Tag::Unit(..) | Tag::DayPart | Tag::Night));
    if the_next_day {
        return false;
    }
    // "protested against a plan to demolish the stalls on Monday", "Protests against plans
    // to mine copper ... since 2012": a plan named as a thing puts nothing of its clause in
    // the future ("the union plans to march" does).
    let word = |k: usize| toks.get(k).map(|t| &text[t.b0..t.b1]);
    let plan_noun = word(i)
        .is_some_and(|w| w.eq_ignore_ascii_case("plan") || w.eq_ignore_ascii_case("plans"))
        && i > 0
        && word(i - 1).is_some_and(|w| {
            [
                "a", "the", "its", "their", "his", "her", "new", "against", "over", "about", "of",
                "amid",
            ]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(w))
        });
    if plan_noun {
        return false;
    }
    lex.future
        .iter()
        .filter(|p| p.first().is_some_and(|f| f.is_word(t.id)))
        .any(|p| phrase_end(toks, i, p).is_some())
}

fn is_past_marker(text: &str, t: &Token, lex: &Lexicon) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    if lex.info(t.id).flags & PAST != 0 {
        return true;
    }
    let word = &text[t.b0..t.b1];
    !t.cap && word.len() >= 5 && word.is_ascii() && word.ends_with("ed") && !word.ends_with("eed")
}
