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
    } else {
        "occurred"
    };
    let before_floor = left.max(start.saturating_sub(5));
    for f in a.lex.status_cues.find_in(a, left, right) {
        let ok = match f.value.place {
            CueWhere::Before => f.end <= start && f.start >= before_floor,
            CueWhere::After => f.start >= end,
            // "sentenced to death for allegedly funding fighters": the doubt is about the
            // grounds, not the sentence.
            CueWhere::Clause => {
                !(f.start >= end
                    && f.start > 0
                    && matches!(a.norm(f.start - 1), "for" | "over" | "of" | "with"))
            }
        };
        if ok && rank(f.value.status) > rank(best) {
            best = f.value.status;
        }
    }
    best
}

/// An event dated by a date the text marks as still to come ("will go on trial on May 20")
/// is planned, unless its cues already said otherwise.
pub fn upgrade_for_future(status: &'static str, future: bool) -> &'static str {
    if future && status == "occurred" {
        "planned"
    } else {
        status
    }
}
