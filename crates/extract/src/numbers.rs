//! Numbers in words and digits, quantities of people, and lengths of time.

use crate::analysis::Analysis;

/// Parses a number starting at token `i`: "15", "50,000", "2.5", "fifteen", "twenty-five",
/// "two hundred", "two and a half", "a half". Returns the value and the token after it.
pub fn number_at(a: &Analysis, i: usize) -> Option<(f64, usize)> {
    if i >= a.len() {
        return None;
    }
    let n = a.norm(i);
    let first = if n.starts_with(|c: char| c.is_ascii_digit()) {
        let digits: String = n.chars().filter(|c| *c != ',').collect();
        digits.parse::<f64>().ok()?
    } else {
        word_value(a, n)?
    };
    let (mut value, mut next) = scaled(a, first, i + 1);
    // "two and a half"
    if a.norm(next) == "and"
        && matches!(a.norm(next + 1), "a" | "one")
        && a.norm(next + 2) == "half"
    {
        value += 0.5;
        next += 3;
    }
    Some((value, next))
}

/// `value` times the scale words from token `next` on ("two hundred", "five thousand", "2
/// million"), and the token after them.
fn scaled(a: &Analysis, mut value: f64, mut next: usize) -> (f64, usize) {
    while let Some(m) = match a.norm(next) {
        "hundred" => Some(100.0),
        "thousand" => Some(1000.0),
        "million" => Some(1_000_000.0),
        "billion" => Some(1_000_000_000.0),
        _ => None,
    } {
        value *= m;
        next += 1;
    }
    (value, next)
}

/// A money sign written onto its amount ("Shs2 million", "N250,000", "Rs20,000"): the sign as
/// the currency list writes it, the amount, and the token after the amount.
pub fn glued_money<'a>(a: &'a Analysis, i: usize) -> Option<(&'a str, f64, usize)> {
    let n = a.norm(i);
    let digit = n.find(|c: char| c.is_ascii_digit())?;
    let (sign, digits) = n.split_at(digit);
    if sign.is_empty() || !a.text(i).starts_with(|c: char| !c.is_lowercase()) {
        return None;
    }
    let sign = sign.trim_end_matches('.');
    a.lex.currencies.get(sign)?;
    let digits: String = digits.chars().filter(|c| *c != ',').collect();
    let (value, next) = scaled(a, digits.parse::<f64>().ok()?, i + 1);
    Some((sign, value, next))
}

fn word_value(a: &Analysis, n: &str) -> Option<f64> {
    if let Some(v) = a.lex.numbers.get(n) {
        return Some(*v);
    }
    // "twenty-five"
    let (tens, ones) = n.split_once('-')?;
    Some(a.lex.numbers.get(tens)? + a.lex.numbers.get(ones)?)
}

/// A quantity ending right before token `start` (and not before `floor`):
/// "80", "at least 500", "dozens of", "between 50 and 100". Returns (first token, low, high).
pub fn quantity_before(
    a: &Analysis,
    start: usize,
    floor: usize,
) -> Option<(usize, Option<u64>, Option<u64>)> {
    if start == 0 || start <= floor {
        return None;
    }
    // "dozens of", "hundreds of", "thousands of", "tens of thousands of"
    if a.norm(start - 1) == "of" && start >= 2 {
        let vague = match a.norm(start - 2) {
            "dozens" => Some(24),
            "scores" => Some(40),
            "hundreds" => Some(200),
            "thousands" => Some(2000),
            "millions" => Some(2_000_000),
            _ => None,
        };
        if let Some(low) = vague {
            let mut qs = start - 2;
            let mut low = low;
            if qs >= 2 && a.norm(qs - 1) == "of" && a.norm(qs - 2) == "tens" {
                qs -= 2;
                low *= 10;
            }
            return Some((modifier_start(a, qs, floor).0, Some(low), None));
        }
    }
    // A number right before: find where it starts (numbers may be two tokens: "two hundred").
    for len in (1..=4).rev() {
        let Some(s) = start.checked_sub(len) else {
            continue;
        };
        if s < floor {
            continue;
        }
        if let Some((v, next)) = number_at(a, s) {
            if next == start && v >= 1.0 && v.fract() == 0.0 {
                let v = v as u64;
                // Not "a protester": a lone article is no count.
                if matches!(a.norm(s), "a" | "an") {
                    return None;
                }
                // "between 50 and 100"
                if s >= 3 && a.norm(s - 1) == "and" {
                    if let Some((lowv, n2)) = number_at(a, s.saturating_sub(2)) {
                        if n2 == s - 1 && a.norm(s - 3) == "between" {
                            return Some((s - 3, Some(lowv as u64), Some(v)));
                        }
                    }
                }
                let (qs, kind) = modifier_start(a, s, floor);
                return Some(match kind {
                    Bound::AtLeast => (qs, Some(v), None),
                    Bound::AtMost => (qs, None, Some(v)),
                    Bound::Exact => (qs, Some(v), Some(v)),
                });
            }
        }
    }
    None
}

enum Bound {
    Exact,
    AtLeast,
    AtMost,
}

fn modifier_start(a: &Analysis, s: usize, floor: usize) -> (usize, Bound) {
    let two = |x: &str, y: &str| s >= floor + 2 && a.norm(s - 2) == x && a.norm(s - 1) == y;
    if two("at", "least") || two("more", "than") || two("as", "many") {
        return (s - 2, Bound::AtLeast);
    }
    if two("up", "to") || two("fewer", "than") || two("less", "than") {
        return (s - 2, Bound::AtMost);
    }
    if s > floor {
        match a.norm(s - 1) {
            "over" => return (s - 1, Bound::AtLeast),
            "some" | "about" | "around" | "approximately" | "roughly" | "nearly" | "almost" => {
                return (s - 1, Bound::Exact)
            }
            _ => {}
        }
    }
    (s, Bound::Exact)
}

/// A length of time starting at token `i`: "15 days", "two and a half years", "six years
/// and six months", "a year", "15-day". Returns (amount, unit, token after).
pub fn duration_at(a: &Analysis, i: usize) -> Option<(f64, &'static str, usize)> {
    // "15-day", "10-year"
    let n = a.norm(i);
    if let Some((num, unit)) = n.rsplit_once('-') {
        let value = num.parse::<f64>().ok().or_else(|| word_value(a, num));
        if let (Some(v), Some(u)) = (value, unit_of(unit)) {
            if u == "week" {
                return Some((v * 7.0, "day", i + 1));
            }
            return Some((v, u, i + 1));
        }
    }
    let (mut amount, next) = number_at(a, i)?;
    let mut unit = unit_of(a.norm(next))?;
    let mut end = next + 1;
    // "a year and a half"
    if a.norm(end) == "and" && a.norm(end + 1) == "a" && a.norm(end + 2) == "half" {
        amount += 0.5;
        end += 3;
    }
    // "six years and six months" -> months
    if a.norm(end) == "and" || a.norm(end) == "," {
        if let Some((v2, n2)) = number_at(a, end + 1) {
            if let Some(u2) = unit_of(a.norm(n2)) {
                if unit == "year" && u2 == "month" {
                    amount = amount * 12.0 + v2;
                    unit = "month";
                    end = n2 + 1;
                } else if unit == "month" && u2 == "day" {
                    end = n2 + 1;
                }
            }
        }
    }
    if unit == "week" {
        return Some((amount * 7.0, "day", end));
    }
    Some((amount, unit, end))
}

fn unit_of(word: &str) -> Option<&'static str> {
    match word {
        "day" | "days" => Some("day"),
        "week" | "weeks" => Some("week"),
        "month" | "months" => Some("month"),
        "year" | "years" => Some("year"),
        _ => None,
    }
}

/// The terms told in order in tokens `from..to`, a bare number taking the unit of the term
/// it is joined to: "to 20 years ... and B and C to 15 and 12 years respectively" gives
/// 20, 15 and 12 years.
pub fn terms_in(a: &Analysis, from: usize, to: usize) -> Vec<(f64, &'static str)> {
    let mut out = Vec::new();
    let mut pending: Vec<f64> = Vec::new();
    let mut k = from;
    while k < to {
        if let Some((amount, unit, end)) = duration_at(a, k) {
            for p in pending.drain(..) {
                out.push((p, unit));
            }
            out.push((amount, unit));
            k = end;
            continue;
        }
        if let Some((v, next)) = number_at(a, k) {
            if matches!(a.norm(next), "and" | ",") {
                pending.push(v);
                k = next + 1;
                continue;
            }
        }
        if !matches!(a.norm(k), "and" | ",") {
            pending.clear();
        }
        k += 1;
    }
    out
}
