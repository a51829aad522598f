//! The lookup key every name is reduced to before it meets the index.
//!
//! Reports spell the same place many ways: "Oral", "O'ral", "ORAL", "Öral"; "Alma-Ata" and
//! "Alma Ata"; "St. Petersburg" and "St Petersburg". The key folds these together: any script is
//! transliterated to ASCII (`any_ascii`), letters are lower-cased, apostrophes, quotes and dots
//! vanish, and every other run of non-alphanumerics (hyphens, spaces, commas) becomes one space.
//! The word "saint" is written "st", so "Saint Petersburg" and "St. Petersburg" are one key.

/// Characters that disappear from a key instead of separating words: "O'ral" is "Oral",
/// "St." is "St", "U.S." is "US".
fn is_silent(c: char) -> bool {
    matches!(c, '\'' | '`' | '.' | '"' | '^')
}

/// Reduces a place name (or any word) to its lookup key.
///
/// ```
/// use chronicle_gazetteer::name_key;
/// assert_eq!(name_key("Alma-Ata"), "alma ata");
/// assert_eq!(name_key("O’ral"), "oral");
/// assert_eq!(name_key("  Mińsk "), "minsk");
/// ```
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    push_key(name, &mut key);
    key
}

/// Writes the key of `name` into `key` (cleared first), reusing its allocation.
pub(crate) fn push_key(name: &str, key: &mut String) {
    key.clear();
    let mut gap = false;
    let mut push = |c: char, key: &mut String| {
        if c.is_ascii_alphanumeric() {
            if gap && !key.is_empty() {
                key.push(' ');
            }
            gap = false;
            key.push(c.to_ascii_lowercase());
        } else if !is_silent(c) {
            gap = true;
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            push(c, key);
        } else {
            // any_ascii works one character at a time, so no whole-string copy is needed.
            for a in any_ascii::any_ascii_char(c).chars() {
                push(a, key);
            }
        }
    }
    if key.contains("saint") {
        *key = abbreviate_saint(key);
    }
}

fn abbreviate_saint(key: &str) -> String {
    key.split(' ')
        .map(|w| if w == "saint" { "st" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An all-capitals abbreviation such as "USA", "U.S." or "UAE", reduced to its letters; `None`
/// for anything else. Abbreviations are matched with their case, so "US" is a country and "us"
/// is not.
pub fn acronym_key(name: &str) -> Option<String> {
    // Cheap refusal first: this runs on every spelling at load time.
    if name.len() > 10 || !name.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') {
        return None;
    }
    let letters: String = name.chars().filter(|c| *c != '.').collect();
    (2..=5).contains(&letters.len()).then_some(letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_apostrophes_and_separators() {
        assert_eq!(name_key("Qarağandı"), "qaragandi");
        assert_eq!(name_key("Ural'sk"), "uralsk");
        assert_eq!(name_key("Oʻzbekiston"), "ozbekiston");
        assert_eq!(name_key("Nur-Sultan"), name_key("Nur Sultan"));
        assert_eq!(name_key("St. Petersburg"), "st petersburg");
        assert_eq!(name_key("Saint-Petersburg"), "st petersburg");
        assert_eq!(name_key("Saintes"), "saintes");
        assert_eq!(name_key("Орал"), "oral");
        assert_eq!(name_key(" - "), "");
    }

    #[test]
    fn acronyms_need_capitals() {
        assert_eq!(acronym_key("U.S.").as_deref(), Some("US"));
        assert_eq!(acronym_key("UAE").as_deref(), Some("UAE"));
        assert_eq!(acronym_key("us"), None);
        assert_eq!(acronym_key("Kazakhstan"), None);
        assert_eq!(acronym_key("A"), None);
    }
}
