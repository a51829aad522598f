//! Person names across spellings: folding a name to a comparable key, and deciding whether
//! two mentions can be one person.
//!
//! Nothing here touches the database. Folding transliterates to ASCII (so Cyrillic "Токаев"
//! meets Latin "Tokayev"), then applies the variant rules of `data/translit/variants.txt`
//! (q/k, zh/j, -iy/-y, ye/e, ...). Matching then asks for the same folded surname AND
//! compatible given names or, failing a given name, corroborating context: a shared surname
//! alone never makes two people one.

pub use chronicle_text::spelling::fold_word;

/// Honorifics dropped before a name is split into given name and surname.
const TITLES: [&str; 8] = ["mr", "mrs", "ms", "dr", "sir", "madam", "mister", "miss"];

/// The folded words of a name, without titles or a final possessive "'s".
pub fn fold_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .map(fold_word)
        .filter(|w| !w.is_empty() && !TITLES.contains(&w.as_str()))
        .collect()
}

/// A whole name folded to one string, for exact look-ups ("Luqpan Akhmedyarov" and
/// "Lukpan Akhmediarov" give the same).
pub fn fold_name(name: &str) -> String {
    fold_words(name).join(" ")
}

/// A person's name split into the parts the matcher compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// Folded given name (first word), when the name has more than one word.
    pub given: Option<String>,
    /// Folded surname (last word).
    pub surname: String,
}

impl PersonName {
    /// Reads a name; `None` when nothing in it is a letter.
    pub fn parse(name: &str) -> Option<PersonName> {
        let words = fold_words(name);
        let surname = words.last()?.clone();
        let given = (words.len() > 1).then(|| words[0].clone());
        Some(PersonName { given, surname })
    }

    /// Reads a name already folded by [`fold_name`] (as stored), without folding it again.
    pub fn from_folded(norm: &str) -> Option<PersonName> {
        let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
        let surname = words.last()?.to_string();
        let given = (words.len() > 1).then(|| words[0].to_string());
        Some(PersonName { given, surname })
    }

    /// The fullest name among a name and its aliases: the one with a given name, if any.
    pub fn best_of<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<PersonName> {
        let mut best: Option<PersonName> = None;
        for n in names {
            let Some(p) = PersonName::parse(n) else {
                continue;
            };
            let better = match &best {
                None => true,
                Some(b) => b.given.is_none() && p.given.is_some() || given_len(&p) > given_len(b),
            };
            if better {
                best = Some(p);
            }
        }
        best
    }
}

fn given_len(p: &PersonName) -> usize {
    p.given.as_ref().map_or(0, |g| g.len())
}

/// What is known about a person beyond the name, from a report or from the store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// ISO 3166-1 alpha-2 where the person's events took place (or the entity's own country).
    pub country: Option<String>,
    /// Folded content words of descriptors ("opposition politician" -> opposition, politician).
    pub descriptors: Vec<String>,
}

/// How strongly two names with the same surname agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Agreement {
    /// Only the surname is shared, but the context says it is the same person.
    SurnameWithContext,
    /// One given name is an initial of the other ("A. Navalny" / "Alexei Navalny").
    Initial,
    /// Same given name and surname, up to spelling.
    FullName,
}

/// Whether a mention (`name`, `ctx`) can be the known person (`known`, `known_ctx`), and how
/// strongly. `None`: not the same person.
pub fn agreement(
    name: &PersonName,
    ctx: &Context,
    known: &PersonName,
    known_ctx: &Context,
) -> Option<Agreement> {
    if name.surname != known.surname {
        return None;
    }
    if let (Some(a), Some(b)) = (&ctx.country, &known_ctx.country) {
        if a != b {
            return None;
        }
    }
    match (&name.given, &known.given) {
        (Some(a), Some(b)) if a == b => Some(Agreement::FullName),
        (Some(a), Some(b)) if is_initial_of(a, b) || is_initial_of(b, a) => {
            Some(Agreement::Initial)
        }
        (Some(_), Some(_)) => None,
        // A bare surname on either side: only with corroborating context.
        _ => corroborated(ctx, known_ctx).then_some(Agreement::SurnameWithContext),
    }
}

fn is_initial_of(initial: &str, given: &str) -> bool {
    initial.len() == 1 && given.len() > 1 && given.starts_with(initial)
}

/// Context that makes a bare surname the known person: the same country, or a shared
/// descriptor word.
fn corroborated(a: &Context, b: &Context) -> bool {
    let same_country = matches!((&a.country, &b.country), (Some(x), Some(y)) if x == y);
    let shared_descriptor = a.descriptors.iter().any(|d| b.descriptors.contains(d));
    same_country || shared_descriptor
}

/// Words of descriptors too common to tell people apart.
const WEAK_DESCRIPTOR_WORDS: [&str; 12] = [
    "a", "an", "the", "of", "and", "local", "former", "well", "known", "man", "woman", "year",
];

/// Folded content words of descriptors, for [`Context::descriptors`].
pub fn descriptor_words<'a>(descriptors: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for d in descriptors {
        for w in d.split(|c: char| !c.is_alphanumeric()) {
            let w = w.to_lowercase();
            if w.len() > 2
                && !w.chars().all(|c| c.is_ascii_digit())
                && !WEAK_DESCRIPTOR_WORDS.contains(&w.as_str())
                && !words.contains(&w)
            {
                words.push(w);
            }
        }
    }
    words
}

/// A known person offered to [`best_match`].
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    pub id: i64,
    /// The names the person is known by (those worth comparing).
    pub names: Vec<&'a PersonName>,
    pub context: &'a Context,
}

/// The known person a mention belongs to, if any: the strongest agreement over all of a
/// candidate's names. A tie between two people on a bare surname or an initial is no match
/// (the mention is ambiguous); a tie on the full name goes to the oldest (lowest id).
pub fn best_match(name: &PersonName, ctx: &Context, candidates: &[Candidate<'_>]) -> Option<i64> {
    let mut scored: Vec<(Agreement, i64)> = candidates
        .iter()
        .filter_map(|c| {
            c.names
                .iter()
                .filter_map(|n| agreement(name, ctx, n, c.context))
                .max()
                .map(|a| (a, c.id))
        })
        .collect();
    scored.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    let (top, id) = *scored.first()?;
    let tied = scored.iter().filter(|(a, _)| *a == top).count();
    if tied > 1 && top != Agreement::FullName {
        return None;
    }
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: &str) -> PersonName {
        PersonName::parse(name).unwrap()
    }

    fn ctx(country: Option<&str>) -> Context {
        Context {
            country: country.map(str::to_string),
            descriptors: vec![],
        }
    }

    #[test]
    fn transliteration_variants_fold_together() {
        for (a, b) in [
            ("Toqaev", "Tokayev"),
            ("Luqpan", "Lukpan"),
            ("Navalny", "Navalnyy"),
            ("Navalniy", "Навальный"),
            ("Токаев", "Tokayev"),
            ("Akhmedyarov", "Ахмедьяров"),
            ("Yevgeny", "Евгений"),
            ("Alexei", "Aleksey"),
            ("Zhumabaev", "Dzhumabaev"),
            ("Taizhan", "Tayzhan"),
        ] {
            assert_eq!(fold_word(a), fold_word(b), "{a} / {b}");
        }
        for (a, b) in [
            ("Karimov", "Karimova"),
            ("Faraj", "Siraj"),
            ("Ivanov", "Ivanova"),
        ] {
            assert_ne!(fold_word(a), fold_word(b), "{a} / {b}");
        }
    }

    #[test]
    fn names_drop_titles_and_possessives() {
        assert_eq!(fold_name("Mr. Navalny's"), fold_name("Navalny"));
        assert_eq!(p("Dr. Alexei Navalny").given.as_deref(), Some("aleksei"));
    }

    #[test]
    fn full_names_agree_across_spellings() {
        let a = agreement(
            &p("Luqpan Akhmedyarov"),
            &ctx(None),
            &p("Lukpan Ahmediarov"),
            &ctx(Some("KZ")),
        );
        assert_eq!(a, Some(Agreement::FullName));
        let a = agreement(
            &p("A. Navalny"),
            &ctx(None),
            &p("Alexei Navalnyy"),
            &ctx(None),
        );
        assert_eq!(a, Some(Agreement::Initial));
    }

    #[test]
    fn a_shared_surname_alone_is_not_enough() {
        assert_eq!(
            agreement(
                &p("Faraj Karimov"),
                &ctx(None),
                &p("Siraj Karimov"),
                &ctx(None)
            ),
            None
        );
        // Bare surname, no context: not linked.
        assert_eq!(
            agreement(&p("Karimov"), &ctx(None), &p("Siraj Karimov"), &ctx(None)),
            None
        );
        // Bare surname in the same country: linked, weakly.
        assert_eq!(
            agreement(
                &p("Karimov"),
                &ctx(Some("UZ")),
                &p("Siraj Karimov"),
                &ctx(Some("UZ"))
            ),
            Some(Agreement::SurnameWithContext)
        );
    }

    #[test]
    fn different_countries_keep_namesakes_apart() {
        assert_eq!(
            agreement(
                &p("Ivan Petrov"),
                &ctx(Some("RU")),
                &p("Ivan Petrov"),
                &ctx(Some("KZ"))
            ),
            None
        );
    }

    #[test]
    fn descriptors_corroborate_a_bare_surname() {
        let mention = Context {
            country: None,
            descriptors: descriptor_words(["the journalist"]),
        };
        let known = Context {
            country: None,
            descriptors: descriptor_words(["independent journalist"]),
        };
        assert_eq!(
            agreement(
                &p("Akhmedyarov"),
                &mention,
                &p("Lukpan Akhmedyarov"),
                &known
            ),
            Some(Agreement::SurnameWithContext)
        );
    }

    #[test]
    fn best_match_refuses_ambiguous_surnames() {
        let (faraj, siraj, uz) = (p("Faraj Karimov"), p("Siraj Karimov"), ctx(Some("UZ")));
        let cands = vec![
            Candidate {
                id: 1,
                names: vec![&faraj],
                context: &uz,
            },
            Candidate {
                id: 2,
                names: vec![&siraj],
                context: &uz,
            },
        ];
        assert_eq!(best_match(&p("Karimov"), &ctx(Some("UZ")), &cands), None);
        assert_eq!(best_match(&p("Siraj Karimov"), &ctx(None), &cands), Some(2));
        assert_eq!(best_match(&p("Anvar Karimov"), &ctx(None), &cands), None);
    }

    #[test]
    fn folded_names_read_back_the_same() {
        for name in [
            "Lukpan Akhmedyarov",
            "Dr. Alexei Anatolyevich Navalny",
            "Taizhan",
        ] {
            assert_eq!(
                PersonName::from_folded(&fold_name(name)),
                PersonName::parse(name)
            );
        }
        assert_eq!(PersonName::from_folded(""), None);
    }

    #[test]
    fn best_of_prefers_a_name_with_a_given_name() {
        let best = PersonName::best_of(["Taizhan", "Mukhtar Taizhan"]).unwrap();
        assert_eq!(best.given.as_deref(), Some("muhtar"));
        assert_eq!(PersonName::best_of(["", "---"]), None);
    }
}
