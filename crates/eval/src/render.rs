//! The plain-text report for a person.

use std::fmt::Write;

use crate::fields::Field;
use crate::score::DocumentScore;
use crate::totals::Totals;

/// Renders scores as text: when `verbose`, one block per document listing misses, extras and
/// wrong fields with both values; then the per-field table; the totals line comes last.
pub fn render_text(scores: &[DocumentScore], verbose: bool) -> String {
    let mut out = String::new();
    if verbose {
        for score in scores {
            render_document(&mut out, score);
        }
    }
    let totals = Totals::of(scores);
    render_field_table(&mut out, &totals);
    out.push_str(&totals_line(&totals));
    out.push('\n');
    out
}

fn render_document(out: &mut String, score: &DocumentScore) {
    let _ = writeln!(
        out,
        "{}  gold={} predicted={} matched={} correct={} optional_matched={}",
        score.document,
        score.gold,
        score.predicted,
        score.matched,
        score.fully_correct,
        score.optional_matched
    );
    for missed in &score.missed {
        let _ = writeln!(
            out,
            "  missed {} {}: {}",
            missed.id, missed.kind, missed.description
        );
    }
    for extra in &score.extra {
        let _ = writeln!(
            out,
            "  extra  {} {}: {}",
            extra.id, extra.kind, extra.description
        );
    }
    for pair in score
        .pairs
        .iter()
        .filter(|p| !p.fully_correct && !p.optional)
    {
        let wrong: Vec<String> = pair
            .wrong_fields()
            .map(|c| format!("{} gold={:?} predicted={:?}", c.field, c.gold, c.predicted))
            .collect();
        let _ = writeln!(
            out,
            "  wrong  gold#{} ~ {} {}: {}",
            pair.gold_index,
            pair.predicted_id,
            pair.kind,
            wrong.join("; ")
        );
    }
}

fn render_field_table(out: &mut String, totals: &Totals) {
    let _ = writeln!(
        out,
        "{:<8} {:>8} {:>8} {:>9}",
        "field", "checked", "correct", "accuracy"
    );
    for field in Field::ALL {
        let tally = totals.fields.get(field);
        let accuracy = match tally.accuracy() {
            Some(a) => format!("{a:.3}"),
            None => "-".to_string(),
        };
        let _ = writeln!(
            out,
            "{:<8} {:>8} {:>8} {:>9}",
            field.as_str(),
            tally.checked,
            tally.correct,
            accuracy
        );
    }
}

/// `events P=0.950 R=0.930 F1=0.940  records P=.. R=.. F1=..  (docs=.. gold=.. predicted=.. matched=..)`
pub fn totals_line(totals: &Totals) -> String {
    let e = totals.events();
    let r = totals.records();
    format!(
        "events P={:.3} R={:.3} F1={:.3}  records P={:.3} R={:.3} F1={:.3}  \
         (docs={} gold={} predicted={} matched={} correct={})",
        e.precision,
        e.recall,
        e.f1,
        r.precision,
        r.recall,
        r.f1,
        totals.docs,
        totals.gold,
        totals.predicted,
        totals.matched,
        totals.fully_correct
    )
}
