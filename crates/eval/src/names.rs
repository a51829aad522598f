//! Name agreement: the spec's last-word-and-initial rule, and `@category` agents.
//!
//! Both sides are folded the same way before comparing: transliterated to ASCII with
//! `any_ascii` (so "Ö" and "Ӧ" compare as "o", and curly apostrophes become straight ones),
//! lower-cased, split on whitespace, with punctuation trimmed from each word's ends and a
//! final possessive "'s" dropped from the last word.

use chronicle_record::Entity;

/// The words of a name after folding; empty when nothing word-like is left.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    let folded = any_ascii::any_ascii(name).to_lowercase();
    let mut words: Vec<String> = folded
        .split_whitespace()
        .map(trim_word)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if let Some(last) = words.last_mut() {
        if let Some(stem) = last.strip_suffix("'s") {
            *last = trim_word(stem).to_string();
        }
        if last.is_empty() {
            words.pop();
        }
    }
    words
}

/// Trims punctuation from a word's ends, keeping inner hyphens and apostrophes
/// ("Karimov's," -> "karimov's"; the caller drops the possessive).
fn trim_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The `|`-separated spellings of a gold name, blanks dropped.
pub(crate) fn spellings(gold_name: &str) -> impl Iterator<Item = &str> {
    gold_name
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// `Some("police")` for a gold name written `@police`.
pub(crate) fn category_of(gold_name: &str) -> Option<&str> {
    gold_name
        .trim()
        .strip_prefix('@')
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// The spec's name rule for two single names: same last word and, where both have more than
/// one word, the same initial.
pub fn names_agree(predicted: &str, gold_spelling: &str) -> bool {
    let p = name_words(predicted);
    let g = name_words(gold_spelling);
    let (Some(p_last), Some(g_last)) = (p.last(), g.last()) else {
        return false;
    };
    if p_last != g_last {
        return false;
    }
    if p.len() > 1 && g.len() > 1 {
        return p[0].chars().next() == g[0].chars().next();
    }
    true
}

/// Whether a predicted entity agrees with a gold name (`"A|B"` spellings, or `@category`).
pub fn entity_agrees(entity: &Entity, gold_name: &str) -> bool {
    if let Some(category) = category_of(gold_name) {
        return entity
            .category
            .as_deref()
            .is_some_and(|c| c.trim().eq_ignore_ascii_case(category));
    }
    let own_names =
        std::iter::once(entity.name.as_str()).chain(entity.aliases.iter().map(String::as_str));
    own_names
        .flat_map(|own| spellings(gold_name).map(move |spelling| (own, spelling)))
        .any(|(own, spelling)| names_agree(own, spelling))
}

/// Whether two place names are the same name once folded ("Öskemen" = "oskemen").
pub(crate) fn same_place_name(a: &str, b: &str) -> bool {
    let a = name_words(a);
    !a.is_empty() && a == name_words(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_alone_agrees_with_full_name() {
        assert!(names_agree("Akhmedyarov", "Luqpan Akhmedyarov"));
        assert!(names_agree("Luqpan Akhmedyarov", "Akhmedyarov"));
    }

    #[test]
    fn different_initials_disagree_when_both_are_full_names() {
        assert!(!names_agree("Faraj Karimov", "Siraj Karimov"));
        assert!(names_agree("S. Karimov", "Siraj Karimov"));
        assert!(names_agree("Siraj A. Karimov", "Siraj Karimov"));
    }

    #[test]
    fn different_last_words_disagree() {
        assert!(!names_agree("Mukhtar Taizhan", "Mukhtar Ablyazov"));
        assert!(!names_agree("", "Taizhan"));
        assert!(!names_agree("Taizhan", "   "));
    }

    #[test]
    fn case_diacritics_and_possessive_are_ignored() {
        assert!(names_agree("TOQAEV", "Qasym-Zhomart Toqaev"));
        assert!(names_agree("Ales Bialiatski", "Aleś Bialiatski"));
        assert!(names_agree("Łukasz Nowak", "lukasz nowak"));
        assert!(names_agree("Karimov's", "Siraj Karimov"));
        assert!(names_agree("Siraj Karimov’s", "Siraj Karimov"));
        assert!(names_agree("Karimov,", "Siraj Karimov"));
    }

    #[test]
    fn possessive_is_only_dropped_at_the_end() {
        // "O's" inside a name is not a possessive; the last word still has to match.
        assert_eq!(name_words("D'Souza's"), vec!["d'souza"]);
        assert_eq!(
            name_words("Amnesty International's"),
            vec!["amnesty", "international"]
        );
        assert!(!names_agree("Karimovs", "Karimov"));
    }

    #[test]
    fn category_names_parse() {
        assert_eq!(category_of("@police"), Some("police"));
        assert_eq!(category_of(" @court "), Some("court"));
        assert_eq!(category_of("@"), None);
        assert_eq!(category_of("police"), None);
    }

    #[test]
    fn place_names_compare_folded() {
        assert!(same_place_name("Öskemen", "oskemen"));
        assert!(same_place_name("Nur-Sultan", "NUR-SULTAN"));
        assert!(!same_place_name("Oral", "Uralsk"));
        assert!(!same_place_name("", ""));
    }
}
