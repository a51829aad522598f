//! Spelling variants of personal names, folded to one key: "Toqaev" and "Tokayev", Cyrillic
//! "Токаев" and Latin "Tokayev", "Annamuhammedov" and "Annamuhammedow" fold alike.
//!
//! Folding transliterates to ASCII (the `any_ascii` crate), keeps letters, lowercases, then
//! applies the rules of `data/translit/variants.txt` (q/k, zh/j, -iy/-y, ye/e ...), which a
//! monitor may edit, and collapses doubled letters. Extraction compares the persons of one
//! report by it; the store compares persons across reports by it.

use std::sync::OnceLock;

const VARIANTS: &str = include_str!("../../../data/translit/variants.txt");

/// One folding rule of the variants file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    from: String,
    to: String,
    at_start: bool,
    at_end: bool,
}

fn parse_rules(text: &str) -> Result<Vec<Rule>, String> {
    let mut rules = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(from), Some(to), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("line {}: expected `FROM TO`, got `{line}`", n + 1));
        };
        let at_start = from.starts_with('^');
        let at_end = from.ends_with('$');
        let from = from.trim_start_matches('^').trim_end_matches('$');
        if from.is_empty() {
            return Err(format!("line {}: empty FROM", n + 1));
        }
        rules.push(Rule {
            from: from.to_string(),
            to: if to == "-" {
                String::new()
            } else {
                to.to_string()
            },
            at_start,
            at_end,
        });
    }
    Ok(rules)
}

fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    // The file is part of the binary and checked by a unit test, so it always parses.
    RULES.get_or_init(|| parse_rules(VARIANTS).unwrap_or_default())
}

fn apply(rule: &Rule, word: &str) -> String {
    match (rule.at_start, rule.at_end) {
        (true, true) if word == rule.from => rule.to.clone(),
        (true, _) if !rule.at_end && word.starts_with(&rule.from) => {
            format!("{}{}", rule.to, &word[rule.from.len()..])
        }
        (_, true) if !rule.at_start && word.ends_with(&rule.from) => {
            format!("{}{}", &word[..word.len() - rule.from.len()], rule.to)
        }
        (false, false) => word.replace(&rule.from, &rule.to),
        _ => word.to_string(),
    }
}

/// Folds one word: ASCII, lowercase, letters only, variant rules, doubled letters collapsed.
pub fn fold_word(word: &str) -> String {
    let ascii = any_ascii::any_ascii(word).to_ascii_lowercase();
    let mut w: String = ascii.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if w.len() <= 1 {
        return w;
    }
    for rule in rules() {
        w = apply(rule, &w);
    }
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_file_parses() {
        let rules = parse_rules(VARIANTS).unwrap();
        assert!(rules.len() > 10);
        assert!(rules.iter().any(|r| r.from == "iy" && r.at_end));
        assert!(parse_rules("a b c").is_err());
    }
}
