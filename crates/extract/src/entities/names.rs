//! Proper names: runs of capitalised words, classified as person, organisation or place.
//!
//! A run is cut at sentence openers that are ordinary words ("Police", "Both"), titles are
//! split off as descriptors ("President"), connectors ("of", "for", "and") are kept only inside
//! organisation names ("Organization for Security and Cooperation in Europe"). What a run is
//! decides, in order: the organisation list, an organisation head word ("Ministry", "Court"),
//! a following "party", an acronym, the gazetteer, and otherwise a person.

use chronicle_gazetteer::{Context, Gazetteer, PlaceKind};
use chronicle_record::EntityKind;

use crate::analysis::{Analysis, EntityDraft, PlaceRef};

/// What a capitalised run turned out to be, before entities are merged.
#[derive(Debug, Clone)]
pub enum NameKind {
    Person {
        title: Option<String>,
    },
    Org {
        category: &'static str,
        country: Option<&'static str>,
    },
    Place,
    /// A demonym ("Kazakh"): no entity, but evidence of the document's country.
    Demonym(String),
}

#[derive(Debug, Clone)]
pub struct NameRun {
    pub start: usize,
    pub end: usize,
    pub kind: NameKind,
}

const MONTHS_AND_DAYS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const CONNECTORS: &[&str] = &["of", "for", "and", "the", "in", "to", "on", "'s", "&"];
/// Lower-case particles inside personal names ("Ibn", "al-") and titles ("Sauti ya Kaskazini").
const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "al", "el", "de", "del", "los", "las", "la", "da", "do", "dos", "van", "von",
    "der", "ul", "ya",
];

pub(crate) fn function_words() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../../../data/english/function_words.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

fn is_namey(a: &Analysis, i: usize) -> bool {
    // (It depends on the tokens alone, which no stage changes.)
    let namey = a
        .namey
        .get_or_init(|| (0..a.len()).map(|k| namey_at(a, k)).collect());
    namey.get(i).copied().unwrap_or_else(|| namey_at(a, i))
}

/// "Twenty-six", "thirty-two": a number written as two number words joined by a hyphen.
fn compound_number(a: &Analysis, word: &str) -> bool {
    word.split_once('-').is_some_and(|(tens, ones)| {
        a.lex.numbers.get(tens).is_some_and(|&n| n >= 20.0)
            && a.lex.numbers.get(ones).is_some_and(|&n| n < 10.0)
    })
}

fn namey_at(a: &Analysis, i: usize) -> bool {
    (a.is_capitalised(i) || is_particle_name(a.text(i)))
        && !MONTHS_AND_DAYS.contains(&a.norm(i))
        // "mid-August", "early-March": a date, not "al-Qaeda".
        && !(has_hyphen(a.norm(i))
            && a.norm(i)
                .split_once('-')
                .is_some_and(|(_, rest)| MONTHS_AND_DAYS.contains(&rest)))
        && a.norm(i) != "i"
        && !a.lex.not_names.contains(a.norm(i))
        // "Eighteen people were detained", "Tens of thousands marched": a number opening a
        // sentence. (Not "An", a given name, nor "A." an initial; nor "Ruslan Ten".)
        && !(a.opener[i]
            && (a.lex.numbers.get(a.norm(i)).is_some_and(|&n| n >= 2.0)
                || compound_number(a, a.norm(i))
                || matches!(a.norm(i), "tens" | "hundreds" | "thousands" | "dozens" | "scores")))
        // "on New Year's Eve": a feast's eve, no one's name.
        && !(a.norm(i) == "eve" && i > 0 && a.norm(i - 1) == "'s")
        // "Passers-by filmed her": a hyphened group noun opening a sentence.
        && !(has_hyphen(a.norm(i)) && a.lex.group_nouns.longest_at(a, i, i + 1).is_some())
        // "posts on X": a lone capital letter is no name, an initial has its full stop.
        && !(a.text(i).chars().count() == 1
            && a.norm(i + 1) != "."
            && !a.lex.org_names.contains_key(a.norm(i)))
        && !is_compound_adjective(a, a.text(i))
        // "posts on X." closing a sentence: the platform, no initial.
        && !(a.text(i).trim_end_matches('.').chars().count() == 1
            && i > 0
            && matches!(a.norm(i - 1), "on" | "via"))
        // "fined Sajib Kumar Das Tk 5,000", "Ngwenya US$100": a money sign.
        && !((a.norm(i) == "us" || a.lex.currencies.contains_key(a.norm(i)))
            && (a.norm(i + 1) == "$" || a.shape(i + 1) == chronicle_text::TokenShape::Number))
        // "fined comedian Aminu Danbatta N250,000", "fined Shs2 million".
        && crate::numbers::glued_money(a, i).is_none()
        // "bail of 200 Zimbabwe Gold", "500 Belarusian rubles": money's words after its amount.
        && !money_words_after_amount(a, i)
        // "polling station No. 12", "Penal Colony No. 2": a number's sign.
        && !(matches!(a.norm(i), "no." | "no" | "nos.")
            && a.shape(i + 1 + usize::from(a.norm(i + 1) == ".")) == chronicle_text::TokenShape::Number)
}

/// Whether token `i` is a word of a money's name told after its amount: "200 Zimbabwe Gold".
fn money_words_after_amount(a: &Analysis, i: usize) -> bool {
    let number = |k: usize| a.shape(k) == chronicle_text::TokenShape::Number;
    let two = |k: usize| {
        a.lex
            .currencies
            .contains_key(format!("{} {}", a.norm(k), a.norm(k + 1)).as_str())
    };
    (i > 0 && number(i - 1) && (a.lex.currencies.contains_key(a.norm(i)) || two(i)))
        || (i > 1 && number(i - 2) && two(i - 1))
}

/// Whether a word has a hyphen: a byte scan, far cheaper than `split_once('-')` on the short
/// words of `is_namey`, which runs at every token and mostly meets none.
fn has_hyphen(word: &str) -> bool {
    word.bytes().any(|b| b == b'-')
}

/// "ut-Tahrir", "al-Qaeda": a lower-case particle joined to a capitalised name.
fn is_particle_name(word: &str) -> bool {
    has_hyphen(word)
        && word.split_once('-').is_some_and(|(p, rest)| {
            p.len() <= 3
                && p.chars().all(char::is_lowercase)
                && rest.starts_with(char::is_uppercase)
        })
}

/// "Ka-wing", "Hoi-yan", "Jong-un": a given name of two syllables joined by a hyphen, the
/// second in lower case.
fn is_syllabic_given_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, rest)| {
        let (f, r) = (first.chars().count(), rest.chars().count());
        first.starts_with(char::is_uppercase)
            && (2..=4).contains(&f)
            && (1..=5).contains(&r)
            && rest.chars().all(|c| c.is_lowercase())
            && !is_english_prefix(first)
    })
}

/// "Co-founder", "Ex-minister", "Pro-Kremlin": a prefix English joins by a hyphen.
fn is_english_prefix(first: &str) -> bool {
    [
        "co", "ex", "re", "pre", "non", "pro", "mid", "sub", "de", "un",
    ]
    .iter()
    .any(|p| first.eq_ignore_ascii_case(p))
}

/// "Russian-occupied", "Kremlin-backed", "Chinese-funded": adjectives, not names. But
/// "Ka-wai", "Hoi-lam", "Jong-un": given names whose second syllable is no English word.
/// ("Ka-wing", "Siu-ming": nor when the first syllable is a short one English does not
/// know, as "Co-", "Ex-" or "Pro-" are known.)
fn is_compound_adjective(a: &Analysis, word: &str) -> bool {
    has_hyphen(word)
        && word.split_once('-').is_some_and(|(first, rest)| {
            let syllable = first.chars().count() <= 3
                && !a.lex.is_english_word(&first.to_lowercase())
                && !is_english_prefix(first);
            rest.starts_with(|c: char| c.is_lowercase())
                && rest.len() > 3
                && a.lex.is_english_word(rest)
                && !syllable
        })
}

/// Whether `word` is a closed-class English word ("the", "to", "of").
pub fn is_function_word(word: &str) -> bool {
    function_words().contains(word)
}

fn is_common_word(a: &Analysis, i: usize) -> bool {
    let n = a.norm(i);
    function_words().contains(n) || a.lex.is_english_word(n)
}

/// Finds every capitalised run in the document.
pub fn find_runs(a: &Analysis, gaz: &Gazetteer) -> Vec<NameRun> {
    find_runs_within(a, gaz, 0..a.len())
}

/// Finds the capitalised runs that start in tokens `within`.
pub fn find_runs_within(
    a: &Analysis,
    gaz: &Gazetteer,
    within: std::ops::Range<usize>,
) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut i = within.start;
    while i < within.end {
        if !is_namey(a, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if is_namey(a, end) && !a.opener[end] {
                end += 1;
                continue;
            }
            // "San Antonio de los Baños", "Juan de la Cruz": two particles inside a name.
            if NAME_PARTICLES.contains(&a.norm(end))
                && NAME_PARTICLES.contains(&a.norm(end + 1))
                && is_namey(a, end + 2)
                && !a.opener[end + 2]
            {
                end += 3;
                continue;
            }
            // "Dar es Salaam", "Santiago de Cuba": a place the gazetteer knows by a name with
            // short lower-case words inside.
            let place_to = (1..=2).find_map(|n| {
                let last = end + n;
                let inner = (end..last).all(|k| {
                    a.shape(k) == chronicle_text::TokenShape::Lower && a.norm(k).len() <= 4
                });
                // ("In Dar es Salaam, ...": past a capitalised word opening the sentence.)
                let from = if end - start > 1 && is_function_word(a.norm(start)) {
                    start + 1
                } else {
                    start
                };
                // ("the Kisutu Resident Magistrate's Court in Dar es Salaam": or from the
                // name's last word, a place inside a longer name.)
                if !(inner && is_namey(a, last) && !a.opener[last]) {
                    return None;
                }
                let to = run_end(a, last);
                (gaz.is_place_name(a.span_text(from, to))
                    || (end - 1 > from && gaz.is_place_name(a.span_text(end - 1, to))))
                .then_some(to)
            });
            if let Some(to) = place_to {
                end = to;
                continue;
            }
            // "Visayas Workers’ Alliance", "Journalists' Union": a plural's possessive inside a
            // name that goes on to an organisation's head word.
            if a.norm(end) == "'"
                && a.norm(end - 1).ends_with('s')
                && is_namey(a, end + 1)
                && has_org_head(a, end + 1, run_end(a, end + 1))
            {
                end = run_end(a, end + 1);
                continue;
            }
            // "Pimchanok “Mook” Saengthong": a nickname in quotation marks between a given
            // name and a surname belongs to the person's name.
            if nickname_at(a, end) && end - start <= 3 && !has_org_head(a, start, end) {
                end += 4;
                continue;
            }
            // "Network of Human Rights Defenders of the North-West", "Organisation of the
            // Islamic Cooperation": "of the" goes on with a name that has a head word.
            if a.norm(end) == "of"
                && a.norm(end + 1) == "the"
                && is_namey(a, end + 2)
                && !a.opener[end + 2]
                && has_org_head(a, start, end)
            {
                end = run_end(a, end + 2);
                continue;
            }
            // "Kazakhstan International Bureau for Human Rights and the Rule of Law": a body
            // "for" one cause goes on with "and the" another.
            if a.norm(end) == "and"
                && a.norm(end + 1) == "the"
                && is_namey(a, end + 2)
                && !a.opener[end + 2]
                && has_org_head(a, start, end)
                && (start..end).any(|k| a.norm(k) == "for")
                // (Not a second body: "the Centre for Civic Dialogue and the Open Square
                // Foundation".)
                && !has_org_head(a, end + 2, run_end(a, end + 2))
            {
                end = run_end(a, end + 2);
                continue;
            }
            // "Van 5th High Criminal Court", "Istanbul 6th Criminal Judgeship of Peace": a
            // court's number inside its name, which goes on to its head word.
            let ordinal = {
                let w = a.norm(end);
                w.len() >= 3
                    && w.starts_with(|c: char| c.is_ascii_digit())
                    && ["st", "nd", "rd", "th"].iter().any(|s| {
                        w.strip_suffix(s)
                            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
                    })
            };
            if ordinal
                && is_namey(a, end + 1)
                && !a.opener[end + 1]
                && has_org_head(a, end + 1, run_end(a, end + 1))
            {
                end = run_end(a, end + 1);
                continue;
            }
            // "Group 24", "School No. 118": a body named by its number.
            if a.shape(end) == chronicle_text::TokenShape::Number
                && a.lex.org_heads.contains_key(a.text(end - 1))
                && a.doc.tokens[end].start == a.doc.tokens[end - 1].end + 1
            {
                end += 1;
                break;
            }
            // "Ministry of Culture, Information, Sports and Youth Policy": the fields a
            // ministry is "of" listed with commas, the last joined by "and".
            if a.norm(end) == ","
                && is_namey(a, end + 1)
                && has_org_head(a, start, end)
                && (start..end).any(|k| a.norm(k) == "of")
            {
                let mut k = end;
                while a.norm(k) == "," && is_namey(a, k + 1) {
                    k = run_end(a, k + 1);
                }
                if a.norm(k) == "and" && is_namey(a, k + 1) && !a.opener[k + 1] {
                    end = run_end(a, k + 1);
                    continue;
                }
            }
            // "RFE/RL": capitals joined by a slash.
            if a.norm(end) == "/"
                && a.shape(end - 1) == chronicle_text::TokenShape::AllCaps
                && a.shape(end + 1) == chronicle_text::TokenShape::AllCaps
                && a.doc.tokens[end].start == a.doc.tokens[end - 1].end
                && a.doc.tokens[end + 1].start == a.doc.tokens[end].end
            {
                end += 2;
                continue;
            }
            // Connectors continue an organisation's name: "Ministry of Justice".
            // ("Ain o Salish Kendra": any short word inside a name the lexicon lists.)
            let connector = CONNECTORS.contains(&a.norm(end))
                || NAME_PARTICLES.contains(&a.norm(end))
                || (a.norm(end).len() <= 3
                    && a.shape(end) == chronicle_text::TokenShape::Lower
                    && is_namey(a, end + 1)
                    && a.lex
                        .org_names
                        .contains_key(&org_key(a.span_text(start, run_end(a, end + 1)))));
            // ("blocked Facebook and Telegram": two platforms are two names, though
            // "Telegram" also ends a channel's name.)
            let two_platforms = a.norm(end) == "and"
                && a.lex.platforms.contains(a.span_text(start, end))
                && a.lex
                    .platforms
                    .contains(a.span_text(end + 1, run_end(a, end + 1)));
            if connector && is_namey(a, end + 1) && !two_platforms {
                // "in", "on", "to" join only long names ("Cooperation in Europe"), never a
                // lone head to a place ("Police in Kazakhstan").
                let weak = matches!(a.norm(end), "in" | "on" | "to" | "the");
                // A listed name joins whatever its words: "Committee to Protect Journalists".
                let listed = a
                    .lex
                    .org_names
                    .contains_key(&org_key(a.span_text(start, run_end(a, end + 1))));
                if listed {
                    end = run_end(a, end + 1);
                    continue;
                }
                // "the Visayas Workers’ Alliance in Cebu City": a body's city is where it
                // is, not part of its name; a court's stays ("Specialized Criminal Court in
                // Riyadh", read for its seat).
                let located = a.norm(end) == "in"
                    && gaz.is_place_name(a.span_text(end + 1, run_end(a, end + 1)))
                    && !matches!(org_category(a, start, end), Some("court"));
                // "the Law on Transparency of Foreign Influence": a law's title goes on.
                let law_title = a.lex.law_words.contains(a.norm(start))
                    && matches!(a.norm(end), "on" | "of" | "for")
                    && a.is_capitalised(start);
                let orgish = law_title
                    || !located && (has_org_head(a, start, end) && (!weak || end - start >= 2))
                    || (!weak && has_org_head(a, end + 1, run_end(a, end + 1)))
                    || NAME_PARTICLES.contains(&a.norm(end));
                // "Prosecutor's Office" is one name; "Tajikistan's State Committee" is two.
                let possessive = a.norm(end) == "'s";
                // "Uganda People's Defence Forces", "Workers' Party": a collective noun's
                // possessive inside a name that ends with an organisation's head word.
                // ("National Assembly of People's Power": or after the "of" of a body named.)
                let collective = matches!(
                    a.norm(end - 1),
                    "people" | "peoples" | "workers" | "women" | "citizens" | "children"
                ) && (has_org_head(a, end + 1, run_end(a, end + 1))
                    || (end >= start + 3
                        && a.norm(end - 2) == "of"
                        && has_org_head(a, start, end - 2)));
                let in_name = possessive
                    && (a.lex.org_heads.contains_key(a.text(end - 1))
                        || a.text(end + 1) == "Office"
                        || collective);
                if (orgish && !possessive) || in_name {
                    end += 2;
                    continue;
                }
            }
            break;
        }
        // Central Asian patronymics written in lower case belong to the name: "Kanybek
        // Asylbek uulu", "Aida Kasymaly kyzy", "Ali Hasan oglu".
        if matches!(
            a.norm(end),
            "uulu" | "kyzy" | "ogly" | "oglu" | "qizi" | "kizi" | "uly" | "qyzy"
        ) {
            end += 1;
            // ("Elnur Zakir oglu Mammadli": the surname after the patronymic.)
            if is_namey(a, end) && a.sentence_range(start).contains(&end) {
                end = run_end(a, end);
            }
        }
        i = end;
        if let Some(run) = classify(a, gaz, start, end) {
            runs.extend(run);
        }
    }
    runs
}

/// A quoted nickname at token `k` with a name word after it: `“Mook” Saengthong`.
fn nickname_at(a: &Analysis, k: usize) -> bool {
    a.norm(k) == "\""
        && is_namey(a, k + 1)
        && a.norm(k + 2) == "\""
        && is_namey(a, k + 3)
        && a.sentence_range(k).contains(&(k + 3))
}

fn run_end(a: &Analysis, mut i: usize) -> usize {
    let first = i;
    // (A headline ending "... abducted in Dar es Salaam" runs on to no capital opening the
    // next sentence.)
    while is_namey(a, i) && !(i > first && a.opener[i]) {
        i += 1;
    }
    i
}

/// The person of several words already named whose name holds `word` ("Fonseca" of "Reinier
/// Fonseca Garrido").
fn person_with_word(a: &Analysis, persons: &[usize], word: &str) -> Option<usize> {
    let word = fold(word);
    persons.iter().copied().find(|&e| {
        let name = &a.entities[e].name;
        name.split_whitespace().count() > 1 && name.split_whitespace().any(|w| fold(w) == word)
    })
}

fn has_org_head(a: &Analysis, start: usize, end: usize) -> bool {
    (start..end).any(|i| a.lex.org_heads.contains_key(a.text(i)))
}

fn org_category(a: &Analysis, start: usize, end: usize) -> Option<&'static str> {
    // "the FSB Directorate for the Rostov region": a known service named inside the name is
    // what it is a part of.
    let enforcer = |c: &str| matches!(c, "security_service" | "police" | "court" | "prosecutor");
    let known_part = (start..end)
        .filter(|&i| a.shape(i) == chronicle_text::TokenShape::AllCaps)
        .filter_map(|i| a.lex.org_names.get(&a.text(i).to_lowercase()))
        .map(|info| info.category)
        .find(|c| enforcer(c));
    if known_part.is_some() {
        return known_part;
    }
    let mut found = (start..end)
        .rev()
        .filter_map(|i| a.lex.org_heads.get(a.text(i)).copied());
    let last = found.next()?;
    // "National Security Agency", "State Security Service": a word of force or justice
    // earlier in the name says more than a generic last word.
    if matches!(last, "government" | "media" | "other") {
        if let Some(c) = found.find(|c| enforcer(c)) {
            return Some(c);
        }
    }
    Some(last)
}

/// The tagger's type for most tokens of a run.
fn tagged_type(a: &Analysis, start: usize, end: usize) -> Option<chronicle_ner::EntityType> {
    use chronicle_ner::EntityType;
    let mut counts = [0usize; 4];
    for t in a.ner.get(start..end).into_iter().flatten().flatten() {
        if let Some(i) = EntityType::ALL.iter().position(|x| x == t) {
            counts[i] += 1;
        }
    }
    let (best, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
    (*n * 2 > end - start).then(|| EntityType::ALL[best])
}

fn classify(a: &Analysis, gaz: &Gazetteer, start: usize, end: usize) -> Option<Vec<NameRun>> {
    use chronicle_ner::EntityType;
    // "DAR ES SALAAM, Oct 3 (Example News) -": a month's name inside a date names no one.
    if a.dates.iter().any(|d| d.start <= start && end <= d.end) {
        return None;
    }
    // ... nor the agency a dateline credits in brackets before its dash.
    let bracketed = start > 0 && a.norm(start - 1) == "(" || start > 1 && a.norm(start - 2) == "(";
    if bracketed && a.dateline_dash(start).is_some_and(|dash| end < dash) {
        return None;
    }
    // "Gorno-Badakhshan Autonomous Region", "Sughd Province": a region's name followed by
    // the word for a region is the region; the name alone is what the gazetteer knows.
    let region_word = |k: usize| {
        matches!(
            a.norm(k),
            "region" | "oblast" | "province" | "governorate" | "prefecture" | "krai" | "territory"
        )
    };
    if end - start >= 2 && region_word(end - 1) {
        let mut name_end = end - 1;
        if name_end > start + 1 && a.norm(name_end - 1) == "autonomous" {
            name_end -= 1;
        }
        if gaz.is_place_name(a.span_text(start, name_end)) {
            return Some(vec![NameRun {
                start,
                end: name_end,
                kind: NameKind::Place,
            }]);
        }
    }
    // "Bashkir activist Rinat Khalikov", "a Baluch construction worker", "Azerbaijani-Turkic
    // rights activist": a people's name before a common noun names no one.
    if end - start == 1 && a.shape(end) == chronicle_text::TokenShape::Lower {
        let word = a.norm(start);
        let known = |w: &str| {
            a.lex.peoples.contains(w)
                || w.strip_suffix('s')
                    .is_some_and(|s| a.lex.peoples.contains(s))
        };
        let people = |w: &str| known(w) || gaz.demonym_country(w).is_some();
        if known(word) || (word.contains('-') && word.split('-').all(people)) {
            return None;
        }
    }
    // ("Crimean Tatar citizen journalist Enver Kurtseitov": two words ending in a people's
    // name, before a role, name no one either.)
    if end - start == 2
        && a.shape(end) == chronicle_text::TokenShape::Lower
        && a.lex.peoples.contains(a.norm(end - 1))
        && (end..end + 2).any(|k| a.lex.descriptors.contains(a.norm(k)))
    {
        return None;
    }
    let runs = classify_by_rules(a, gaz, start, end)?;
    // The tagger, trained on news, overrules the rules' weakest guess: a name that is in no
    // list and has no head word defaults to a person; the tagger may know it is an
    // organisation ("Qorgau", "Täze Habar"), a place, or neither ("Hizb", "Karakalpak").
    let out = runs
        .into_iter()
        .filter_map(|run| {
            // A place name the tagger reads as a person, with no locative word before it:
            // "Mary", "Florence", "Lenin".
            if matches!(run.kind, NameKind::Place) {
                let locative = run.start > 0
                    && matches!(
                        a.norm(run.start - 1),
                        "in" | "of" | "from" | "to" | "near" | "at" | "outside"
                    );
                let person = tagged_type(a, run.start, run.end) == Some(EntityType::Per);
                let country = gaz
                    .candidates(a.span_text(run.start, run.end))
                    .first()
                    .is_some_and(|p| p.kind == PlaceKind::Country);
                // "CHIANG MAI, Thailand —": a dateline's city, whatever the tagger makes of
                // capitals.
                // (At the top of the report, or opening the paragraph after a headline.)
                let opens_paragraph = run.start < 3
                    || (a.doc.sentences[a.doc.sentence_of(run.start)].tokens.start == run.start
                        && matches!(a.norm(run.end), "--" | ","));
                let dateline = opens_paragraph
                    && (run.start..run.end)
                        .all(|k| a.shape(k) == chronicle_text::TokenShape::AllCaps);
                // "Chiang Mai activist gets two years": a place standing before a word for
                // people is said of where they are from.
                // ("charged by Chiang Mai police": nor before a body's common noun.)
                // ("the Termez city criminal court", "the Kazan regional court": nor before a
                // word for a kind of place or its tier.)
                let attributive = a.shape(run.end) == chronicle_text::TokenShape::Lower
                    && (a.lex.descriptors.contains(a.norm(run.end))
                        || a.lex.group_nouns.longest_at(a, run.end, a.len()).is_some()
                        || a.lex.org_nouns.longest_at(a, run.end, a.len()).is_some()
                        || gaz.suffix_cue(a.norm(run.end)).is_some()
                        || matches!(a.norm(run.end), "regional" | "municipal" | "provincial"));
                let spelling = spelling_of_place(a, gaz, run.start);
                // ("Tver bookseller searched": a big city the tagger misreads in a headline.)
                let big_city = || big_city_not_surname(a, gaz, run.start, run.end);
                if person
                    && !locative
                    && !country
                    && !dateline
                    && !attributive
                    && !spelling
                    && !big_city()
                {
                    return Some(NameRun {
                        kind: NameKind::Person { title: None },
                        ..run
                    });
                }
                return Some(run);
            }
            let NameKind::Person { title: None } = &run.kind else {
                return Some(run);
            };
            if after_person_cue(a, run.start) {
                return Some(run);
            }
            // "banned all private newspapers, including Setit, Tsigenay and Meqaleh": names
            // listed as examples of a kind of body are such bodies.
            if let Some(category) = listed_as_kind(a, run.start) {
                return Some(NameRun {
                    kind: NameKind::Org {
                        category,
                        country: None,
                    },
                    ..run
                });
            }
            // "Gendarmes detained the association's president": a word for a body of the state
            // (`data/lexicons/organizations.tsv`) capitalised only because it opens the sentence.
            let opens_sentence =
                a.doc.sentences[a.doc.sentence_of(run.start)].tokens.start == run.start;
            if opens_sentence
                && run.end - run.start == 1
                && a.lex.org_nouns.longest_at(a, run.start, run.end).is_some()
            {
                return None;
            }
            // "the Managua jail known as El Chipote": a site's byname names no one.
            let known_as = run.start >= 2
                && a.norm(run.start - 1) == "as"
                && matches!(a.norm(run.start - 2), "known" | "nicknamed" | "dubbed");
            let site_word = |k: usize| a.lex.is_capitalised_facility_head(a.norm(k));
            let site_before =
                known_as && (run.start.saturating_sub(6)..run.start - 2).any(site_word);
            if site_before {
                return None;
            }
            // "HOW THE CASE BEGAN": a section heading in capitals names no one.
            if in_capitals_heading(a, run.start) {
                return None;
            }
            // "along the Corniche", "Aswan General Prison", "Lake Nasser": no person is
            // named after "the" alone, nor by a site's head word.
            let next = a.norm(run.end);
            let modifier = a.shape(run.end) == chronicle_text::TokenShape::Lower
                && !function_words().contains(next)
                && !next.ends_with("ed")
                && !matches!(next, "was" | "were" | "is" | "are" | "has" | "had" | "have");
            let after_the = run.end - run.start == 1
                && run.start > 0
                && a.norm(run.start - 1) == "the"
                && !modifier;
            // "the Khatai court remanded both", "the Asayish security forces": a name between
            // "the" and the common noun of a state body (`data/lexicons/organizations.tsv`)
            // names that body.
            let body_noun = (run.end - run.start == 1
                && run.start > 0
                && a.norm(run.start - 1) == "the"
                && a.shape(run.end) == chronicle_text::TokenShape::Lower)
                .then(|| a.lex.org_nouns.longest_at(a, run.end, a.len()))
                .flatten()
                .filter(|f| crate::events::arguments::is_state(Some(f.value.category)));
            if let Some(f) = body_noun {
                return Some(NameRun {
                    kind: NameKind::Org {
                        category: f.value.category,
                        country: None,
                    },
                    ..run
                });
            }
            // "Decree-Law 54": a hyphenated name counts by its last part.
            let site = (run.start..run.end).any(|k| {
                let t = a.text(k);
                a.lex.facility_heads.contains(t)
                    || t.rsplit_once('-')
                        .is_some_and(|(_, last)| a.lex.facility_heads.contains(last))
            });
            if site {
                return None;
            }
            // "The song was “Chervona Kalyna,” a folk tune": a name standing alone in
            // quotation marks is a title, not a person.
            let titled = run.start > 0
                && a.norm(run.start - 1) == "\""
                && (a.norm(run.end) == "\""
                    || (a.norm(run.end) == "," && a.norm(run.end + 1) == "\""));
            if titled {
                return None;
            }
            // "Muslim minorities", "Uyghur activists": one capitalised word before a word for
            // people says what they are; it names no one.
            let describes_people = run.end - run.start == 1
                && a.shape(run.end) == chronicle_text::TokenShape::Lower
                && (a.lex.group_nouns.longest_at(a, run.end, a.len()).is_some()
                    || a.lex
                        .descriptors
                        .contains(a.norm(run.end).trim_end_matches('s')));
            if describes_people && !after_person_cue(a, run.start) {
                return None;
            }
            // "Dozens of Crimean Tatars", "hundreds of Uyghurs": a people counted, in the
            // plural, is no one person.
            let counted = run.start >= 2
                && a.norm(run.start - 1) == "of"
                && (matches!(
                    a.norm(run.start - 2),
                    "dozens" | "hundreds" | "thousands" | "scores" | "many" | "some" | "several"
                ) || crate::numbers::number_at(a, run.start - 2)
                    .is_some_and(|(_, n)| n == run.start - 1));
            if counted && a.norm(run.end - 1).ends_with('s') {
                return None;
            }
            // "the Mejlis" names a body, not a person.
            if after_the {
                return Some(NameRun {
                    kind: NameKind::Org {
                        category: "other",
                        country: None,
                    },
                    ..run
                });
            }
            // "Karapatan, a national rights alliance,": an apposition that says what kind of
            // body it is. (Not "Ivan Petrov, a member of the network,": the phrase's noun came
            // before the preposition; the body after it is the one he belongs to.)
            if a.norm(run.end) == "," && matches!(a.norm(run.end + 1), "a" | "an" | "the") {
                let apposed = (run.end + 2..(run.end + 7).min(a.len()))
                    .take_while(|&k| {
                        a.shape(k) == chronicle_text::TokenShape::Lower
                            && (a.norm(k) == "and" || !is_function_word(a.norm(k)))
                    })
                    .find_map(|k| {
                        a.lex
                            .org_suffixes
                            .longest_at(a, k, a.len())
                            .filter(|f| matches!(a.norm(f.end), "," | "."))
                    });
                if let Some(f) = apposed {
                    return Some(NameRun {
                        kind: NameKind::Org {
                            category: f.value,
                            country: None,
                        },
                        ..run
                    });
                }
            }
            // "met blogger Azamat Bekov ... and detained Bekov": a lone word the report has
            // used as a surname is that person again, whatever the tagger reads.
            // (Looked for only when the tagger disagrees, and a few pages back at most.)
            let tagged = tagged_type(a, run.start, run.end);
            let surname_again = || {
                run.end - run.start == 1
                    && (run.start.saturating_sub(3000).max(1)..run.start).any(|k| {
                        a.text(k) == a.text(run.start) && is_namey(a, k - 1) && !is_namey(a, k + 1)
                    })
            };
            if tagged.is_some_and(|t| t != EntityType::Per) && surname_again() {
                return Some(run);
            }
            // "Awa Diop, a sociology student, was fined": an apposition that says what
            // kind of person it is.
            if tagged.is_some_and(|t| t != EntityType::Per) && apposed_person(a, run.end) {
                return Some(run);
            }
            // "sentenced Reza Ahmadi": a known given name opening a name of two or more
            // words names a person, whatever the tagger makes of a surname that is also a
            // town ("Ahmadi", Kuwait).
            let given_name = run.end - run.start >= 2
                && a.lex.given_names.contains_key(a.norm(run.start))
                && gaz.is_place_name(a.text(run.end - 1));
            if tagged.is_some_and(|t| t != EntityType::Per) && given_name {
                return Some(run);
            }
            match tagged {
                Some(EntityType::Org) => Some(NameRun {
                    kind: NameKind::Org {
                        category: "other",
                        country: None,
                    },
                    ..run
                }),
                Some(EntityType::Misc) => None,
                Some(EntityType::Loc) if !gaz.is_place_name(a.span_text(run.start, run.end)) => {
                    None
                }
                _ => Some(run),
            }
        })
        .collect::<Vec<_>>();
    Some(out)
}

fn classify_by_rules(
    a: &Analysis,
    gaz: &Gazetteer,
    mut start: usize,
    end: usize,
) -> Option<Vec<NameRun>> {
    // Known organisations first, under their full written name.
    if let Some(org) = known_org(a, start, end) {
        return Some(vec![org]);
    }
    // Titles split off: "President Qasym-Zhomart Toqaev".
    let mut title = None;
    // Not in "Prosecutor General's Office": a name with a head word after the title is an
    // organisation's.
    // The title may follow the body it belongs to: "Parliament Speaker Shalva Papuashvili".
    for s in start..(start + 3).min(end) {
        if let Some(t) = a.lex.titles.longest_at(a, s, end) {
            if t.end < end && !has_org_head(a, t.end, end) {
                let body = a.span_text(start, s).to_lowercase();
                let t_text = t.value.to_string();
                title = Some(if body.is_empty() {
                    t_text
                } else {
                    format!("{body} {t_text}")
                })
                .filter(|t| !t.trim().is_empty());
                start = t.end;
                break;
            }
        }
    }
    // Ordinary words opening a sentence are not names ("Police", "Both", "Days").
    if end - start == 1 && a.opener[start] && is_common_word(a, start) {
        return None;
    }
    // ("MINSK — Blogger Ihar Losik": a descriptor opening the sentence describes the name.)
    let opening_word =
        |k: usize| is_common_word(a, k) || (end - k > 1 && a.lex.descriptors.contains(a.norm(k)));
    while start < end && title.is_none() && a.opener[start] && opening_word(start) {
        // "Ales Markevich got five years": a given name (`data/lexicons/given_names.tsv`)
        // before another name word opens the name, whatever else the word means.
        if end - start > 1 && a.lex.given_names.contains_key(a.norm(start)) {
            break;
        }
        // "Lam Ka-wing was arrested": a surname before a syllabic given name.
        if end - start == 2 && is_syllabic_given_name(a.text(start + 1)) {
            break;
        }
        // ("National Security Agency officers arrested him": an adjective that opens many
        // bodies' names stays in the name.)
        let name_adjective =
            a.lex.name_adjectives.contains(a.norm(start)) && has_org_head(a, start + 1, end);
        // ("China Labor Watch said": nor a country's name that is also a common word.)
        let country_first = end - start > 1
            && has_org_head(a, start + 1, end)
            && gaz
                .candidates(a.text(start))
                .first()
                .is_some_and(|p| p.kind == PlaceKind::Country);
        if name_adjective || country_first {
            break;
        }
        let rest_is_org = has_org_head(a, start + 1, end);
        if rest_is_org || !has_org_head(a, start, end) {
            start += 1;
        } else {
            break;
        }
    }
    // A leading "The" inside a sentence.
    while start < end && function_words().contains(a.norm(start)) {
        start += 1;
    }
    if start >= end {
        return None;
    }
    if let Some(org) = known_org(a, start, end) {
        return Some(vec![org]);
    }
    let text = a.span_text(start, end);
    if title.is_none() {
        // "the Cyber Security Act", "Decree 54": a law, not the body its words name.
        // ("the Supreme Council for Media Regulation": a body whose field is a law word.)
        let body_for = (start + 1..end - 1)
            .any(|k| matches!(a.norm(k), "for" | "of") && has_org_head(a, start, k));
        if end - start >= 2
            && !body_for
            && (a.lex.law_words.contains(a.norm(end - 1))
                || (a.lex.law_words.contains(a.norm(start))
                    && matches!(a.norm(start + 1), "on" | "of" | "for")))
        {
            return None;
        }
        // "at Tbilisi International Airport", "Heydar Aliyev International Airport": a site
        // whose name holds a body's head word is a site, and a city opening it is the place.
        // (A physical site: not "... for Human Rights and Rule of Law", "... Day".)
        let last = a.norm(end - 1);
        let physical = !a.lex.law_words.contains(last)
            && !matches!(
                last,
                "day"
                    | "week"
                    | "year"
                    | "games"
                    | "cup"
                    | "festival"
                    | "olympics"
                    | "proclamation"
            );
        let category = org_category(a, start, end);
        if end - start >= 2
            && physical
            && a.lex.facility_heads.contains(a.text(end - 1))
            && a.shape(end - 1) != chronicle_text::TokenShape::Lower
            && !a.lex.org_heads.contains_key(a.text(end - 1))
            && category.is_some()
        {
            return named_after_city(a, gaz, start, end);
        }
        if let Some(category) = category {
            // "RFE/RL's Kyrgyz Service", "the BBC Russian Service": a broadcaster's service
            // in a people's language is a newsroom, not a security service.
            let language_service = end - start == 2
                && a.norm(end - 1) == "service"
                && gaz.demonym_country(a.text(start)).is_some();
            let category = if language_service { "media" } else { category };
            return Some(vec![org_run(start, end, category)]);
        }
        // "the ruling Amanat party", "the Hengaw rights group".
        // (Not "the Islamic group Hizb ut-Tahrir": there the name follows the noun.)
        if let Some(f) = a
            .lex
            .org_suffixes
            .longest_at(a, end, a.len())
            .filter(|f| !a.is_capitalised(f.end))
            // ("the Conakry radio station Kaloum Horizon FM": a town the outlet is in, its
            // own name after the noun.)
            .filter(|f| {
                !(gaz.is_place_name(text) && (f.end..f.end + 2).any(|k| a.is_capitalised(k)))
            })
            // ("a Kyrgyz rights group", "Venezuelan union leader": a people's adjective says
            // where the body is, not its name.)
            .filter(|_| !(end - start == 1 && gaz.demonym_country(text).is_some()))
        {
            return Some(vec![org_run(start, end, f.value)]);
        }
        // "the online channel Adjara Today", "the rights group Viasna": the noun before names
        // what it is.
        if start > 0 && a.shape(start - 1) == chronicle_text::TokenShape::Lower {
            if let Some(f) = a
                .lex
                .org_suffixes
                .longest_at(a, start - 1, start)
                .filter(|f| f.end == start)
            {
                return Some(vec![org_run(start, end, f.value)]);
            }
        }
        // Sites are neither persons nor organisations: "Vanak Square". But "Minsk National
        // Airport" is in the city it is named after. (Streets and squares are often named
        // after other cities: "Tbilisi Avenue" is in Baku.)
        if a.lex.facility_heads.contains(a.text(end - 1)) {
            let street = matches!(
                a.norm(end - 1),
                "square"
                    | "street"
                    | "avenue"
                    | "prospekt"
                    | "boulevard"
                    | "road"
                    | "highway"
                    | "bridge"
                    | "park"
            );
            return if street {
                None
            } else {
                named_after_city(a, gaz, start, end)
            };
        }
        // "Myanmar" is an adjective in "Myanmar soldiers" but the country in "out of
        // Myanmar:" and "in Myanmar".
        let country_named = gaz.is_place_name(text)
            && (matches!(
                a.norm(start.saturating_sub(1)),
                "in" | "of" | "from" | "to" | "into" | "across" | "inside" | "throughout"
            ) || a.shape(end) != chronicle_text::TokenShape::Lower);
        if end - start == 1 && !country_named {
            if let Some(country) = gaz.demonym_country(text) {
                return Some(vec![NameRun {
                    start,
                    end,
                    kind: NameKind::Demonym(country.to_string()),
                }]);
            }
        }
        // "the village of El Carmen": the words before say it is a place, known or not.
        if (gaz.is_place_name(text) && !after_person_cue(a, start))
            || dateline_head(a, gaz, start, end)
            || spelling_of_place(a, gaz, start)
            || prefix_cue(a, gaz, start).is_some()
            || settlement_apposed(a, start, end)
        {
            return Some(vec![NameRun {
                start,
                end,
                kind: NameKind::Place,
            }]);
        }
        // "a correspondent for Semanario Frontera", "an editor at Novaya Gazeta": the name
        // a newsworker works for is an outlet's.
        let employer = start >= 2
            && matches!(a.norm(start - 1), "for" | "at" | "with")
            && a.lex.media_workers.contains(a.norm(start - 2));
        if employer {
            return Some(vec![org_run(start, end, "media")]);
        }
        // "a reporter for the online news site Kampüs Gazetesi": a name right after the
        // common noun of an organisation (`data/lexicons/org_suffixes.tsv`) names it.
        // ("the online outlet The Harare Ledger": the name's own "The" between.)
        let name_start = if start > 0 && a.text(start - 1) == "The" {
            start - 1
        } else {
            start
        };
        let named_after_noun = (name_start.saturating_sub(3)..name_start)
            .find_map(|j| a.lex.org_suffixes.longest_at(a, j, name_start))
            .filter(|f| {
                f.end == name_start && a.shape(f.start) == chronicle_text::TokenShape::Lower
            })
            .filter(|f| {
                (f.start.saturating_sub(3)..f.start)
                    .any(|k| matches!(a.norm(k), "the" | "a" | "an"))
            });
        if let Some(f) = named_after_noun {
            return Some(vec![org_run(start, end, f.value)]);
        }
        // "Sughd Khabar, an independent news site that ...", "his news site, Paik, has been
        // blocked": an apposition says what the name is.
        if let Some(category) = described_by_apposition(a, start, end) {
            return Some(vec![org_run(start, end, category)]);
        }
        // "the city's Pershamaiski district", "the Kebele 14 neighbourhood": a part of a
        // place the gazetteer does not know names no person.
        let part_of_place = a.shape(end) == chronicle_text::TokenShape::Lower
            && gaz.suffix_cue(a.norm(end)).is_some()
            && start > 0
            && matches!(a.norm(start - 1), "the" | "'s" | "in" | "from");
        if part_of_place {
            return None;
        }
        // "Obo prison", "Evin jail": a name before a site word is the site's.
        let site_after = !matches!(
            a.norm(end),
            "day" | "week" | "year" | "code" | "constitution"
        ) && a
            .lex
            .facility_heads
            .iter()
            .any(|h| h.eq_ignore_ascii_case(a.norm(end)));
        if site_after && a.shape(end) == chronicle_text::TokenShape::Lower {
            return None;
        }
        // "the Tocorón and Tocuyito prisons", "the Nkwen and Mankon neighbourhoods": names
        // joined before a plural site or settlement word are each such a site. (The plural
        // must be in `data/english/lemmas.tsv`: "sub-cities" is not, and stays unread.)
        let head = if a.norm(end) == "and" {
            (end + 1..a.len()).find(|&k| !a.is_capitalised(k))
        } else {
            Some(end)
        };
        // (After "and", at least one name must stand before the site word.)
        if let Some(k) = head.filter(|&k| a.norm(end) != "and" || k > end + 1) {
            match plural_site(a, k) {
                Some(Site::Facility) => return None,
                Some(Site::Settlement) => {
                    return Some(vec![NameRun {
                        start,
                        end,
                        kind: NameKind::Place,
                    }])
                }
                None => {}
            }
        }
        if end - start == 1 && a.shape(start) == chronicle_text::TokenShape::AllCaps {
            return Some(vec![org_run(start, end, "other")]);
        }
        // "a Karakalpak blogger", "Pamiri activists", "Crimean Tatar men": an adjective of
        // origin, not a name.
        let before_noun = a.lex.descriptors.contains(a.norm(end))
            || a.lex.group_nouns.longest_at(a, end, a.len()).is_some()
            || matches!(
                a.norm(end),
                "men"
                    | "woman"
                    | "women"
                    | "man"
                    | "family"
                    | "families"
                    | "community"
                    | "language"
            );
        if end - start <= 2 && before_noun && !a.opener[start] {
            return None;
        }
        // A single ordinary English word, capitalised, is rarely a name on its own.
        if end - start == 1 && is_common_word(a, start) && !after_person_cue(a, start) {
            return None;
        }
    }
    Some(vec![NameRun {
        start,
        end,
        kind: NameKind::Person { title },
    }])
}

/// The city a site's name (`start..end`, its head word last) opens with, as a place run:
/// "Minsk National Airport" is in Minsk.
fn named_after_city(
    a: &Analysis,
    gaz: &Gazetteer,
    start: usize,
    end: usize,
) -> Option<Vec<NameRun>> {
    let city = (start + 1..end - 1)
        .rev()
        .find(|&k| gaz.is_place_name(a.span_text(start, k)))?;
    Some(vec![NameRun {
        start,
        end: city,
        kind: NameKind::Place,
    }])
}

/// Whether tokens `start..end` name a city of 200,000 people or more that the report does not
/// use as a given name ("Mary") or as someone's surname ("Aydın" after "Rojda Aydın").
fn big_city_not_surname(a: &Analysis, gaz: &Gazetteer, start: usize, end: usize) -> bool {
    let big = gaz
        .candidates(a.span_text(start, end))
        .first()
        .is_some_and(|p| p.population >= 200_000);
    let word = a.norm(start);
    let surname = || {
        (1..a.len()).any(|k| {
            k != start
                && a.norm(k) == word
                && a.is_capitalised(k - 1)
                && !a.opener[k - 1]
                && gaz.candidates(a.text(k - 1)).is_empty()
        })
    };
    big && !a.lex.given_names.contains_key(word) && !surname()
}

/// "Mahilyow — also spelled Mogilev —": another spelling of the place just named.
/// ("Ganja, Azerbaijan's second-largest city, also spelled Gəncə": across an apposition
/// that describes it.)
fn spelling_of_place(a: &Analysis, gaz: &Gazetteer, start: usize) -> bool {
    if start == 0 || !matches!(a.norm(start - 1), "spelled" | "transliterated") {
        return false;
    }
    let named = (0..start - 1)
        .rev()
        .take(4)
        .find(|&k| !matches!(a.norm(k), "also" | "--" | "-" | "," | "(" | "or"));
    if named.is_some_and(|k| gaz.is_place_name(a.text(k))) {
        return true;
    }
    // The apposition: lower-case words and possessives, opened by a comma after the place.
    let Some(close) =
        named.filter(|&k| a.shape(k) == chronicle_text::TokenShape::Lower && a.norm(k + 1) == ",")
    else {
        return false;
    };
    (close.saturating_sub(8)..close)
        .rev()
        .find(|&k| a.norm(k) == ",")
        .filter(|&open| {
            (open + 1..close)
                .all(|k| !a.is_capitalised(k) || a.norm(k + 1) == "'s" || a.norm(k) == "'s")
        })
        .is_some_and(|open| open > 0 && gaz.is_place_name(a.text(open - 1)))
}

/// The category of the kind of body a list of names beginning "including" or "such as"
/// gives examples of, when the name at `start` is in that list: "private newspapers,
/// including Setit, Tsigenay and Meqaleh" (`data/lexicons/org_suffixes.tsv`).
fn listed_as_kind(a: &Analysis, start: usize) -> Option<&'static str> {
    let floor = a.sentence_range(start).start;
    let mut k = start;
    while k > floor && start - k < 16 {
        let w = a.norm(k - 1);
        if w == "including" || (w == "as" && k >= 2 && a.norm(k - 2) == "such") {
            break;
        }
        if !(matches!(w, "," | "and") || a.is_capitalised(k - 1)) {
            return None;
        }
        k -= 1;
    }
    if k <= floor + 1 || !matches!(a.norm(k - 1), "including" | "as") {
        return None;
    }
    let mut noun = k - 1;
    if a.norm(noun) == "as" {
        noun -= 1;
    }
    while noun > floor && a.norm(noun - 1) == "," {
        noun -= 1;
    }
    let plural = a.norm(noun.checked_sub(1)?).strip_suffix('s')?;
    a.lex.org_suffix_words.get(plural).copied()
}

/// Whether token `k` is in a line of capitals, not the report's first, with no word in lower
/// case and no full stop: a section heading such as "WHAT THE COURT DECIDED".
fn in_capitals_heading(a: &Analysis, k: usize) -> bool {
    let si = a.doc.sentence_of(k);
    let range = a.doc.sentences[si].tokens.clone();
    let words = range
        .clone()
        .filter(|&j| a.norm(j).chars().any(char::is_alphabetic))
        .count();
    si > 0
        && words >= 2
        && range.clone().all(|j| {
            !matches!(
                a.shape(j),
                chronicle_text::TokenShape::Lower | chronicle_text::TokenShape::Capitalized
            ) && a.norm(j) != "."
        })
}

/// Whether the name ending before `end` is followed by an apposition that describes a
/// person: ", a sociology student,", ", a 23-year-old lawyer.".
fn apposed_person(a: &Analysis, end: usize) -> bool {
    if a.norm(end) != "," || !matches!(a.norm(end + 1), "a" | "an") {
        return false;
    }
    (end + 2..(end + 6).min(a.len()))
        .take_while(|&k| {
            !matches!(
                a.shape(k),
                chronicle_text::TokenShape::Capitalized | chronicle_text::TokenShape::AllCaps
            )
        })
        .find(|&k| a.lex.descriptors.contains(a.norm(k)))
        .is_some_and(|k| matches!(a.norm(k + 1), "," | "." | "who" | "from" | "at" | "in"))
}

/// "in Ashulia, on the industrial outskirts of Dhaka", "Kirants, a village near the border":
/// an apposition after the name at `start..end` says it is a settlement, known or not.
fn settlement_apposed(a: &Analysis, start: usize, end: usize) -> bool {
    start > 0
        && matches!(a.norm(start - 1), "in" | "from" | "of")
        && settlement_apposition(a, end).is_some()
}

/// The apposition that opens with the comma at `comma` after a place's name and calls it a
/// settlement (`data/lexicons/settlement_words.txt`): ", on the industrial outskirts of",
/// ", a village near". Gives the token after the settlement word ("of", "near"), where the
/// place it is set by would follow.
pub(crate) fn settlement_apposition(a: &Analysis, comma: usize) -> Option<usize> {
    if a.norm(comma) != "," {
        return None;
    }
    let opens = match (a.norm(comma + 1), a.norm(comma + 2)) {
        ("a" | "an", _) => comma + 2,
        ("on" | "at", "the") => comma + 3,
        _ => return None,
    };
    (opens..opens + 3)
        .take_while(|&k| a.shape(k) == chronicle_text::TokenShape::Lower)
        .find(|&k| {
            a.lex.settlement_words.contains(a.norm(k))
                && matches!(a.norm(k + 1), "of" | "near" | "outside" | "in" | "on" | ",")
        })
        .map(|k| k + 1)
}

/// "KILINOCHCHI, Sri Lanka —", "KARA-SUU, Oct 3 —": a name in capitals that opens a
/// dateline, a country or a date after its comma, names the town the report is filed from,
/// whether or not the gazetteer knows it.
fn dateline_head(a: &Analysis, gaz: &Gazetteer, start: usize, end: usize) -> bool {
    let opens = a.doc.sentences[a.doc.sentence_of(start)].tokens.start == start;
    if !opens
        || a.norm(end) != ","
        || !(start..end).all(|k| a.shape(k) == chronicle_text::TokenShape::AllCaps)
    {
        return false;
    }
    let Some(dash) = a.dateline_dash(start) else {
        return false;
    };
    let dated = a.dates.iter().any(|d| d.start == end + 1 && d.end <= dash);
    let country_end = (end + 1..dash)
        .find(|&k| !a.is_capitalised(k))
        .unwrap_or(dash);
    let country = country_end > end + 1
        && gaz
            .candidates(a.span_text(end + 1, country_end))
            .first()
            .is_some_and(|p| p.kind == PlaceKind::Country);
    dated || country
}

/// The spelling in lower and upper case that the report gives elsewhere to a name it also
/// writes in capitals.
fn as_written_elsewhere(a: &Analysis, capitals: &str) -> Option<String> {
    let folded = capitals.to_lowercase();
    (0..a.len()).find_map(|k| {
        (k + 1..(k + 8).min(a.len() + 1)).find_map(|end| {
            let span = a.span_text(k, end);
            (span.chars().any(char::is_lowercase) && span.to_lowercase() == folded)
                .then(|| span.to_string())
        })
    })
}

/// What a plural site word names: buildings ("prisons") or settlements ("neighbourhoods").
enum Site {
    Facility,
    Settlement,
}

/// The kind of site the plural word at token `k` names, if it is one ("prisons",
/// "districts"; its singular from `data/english/lemmas.tsv`, the kinds from
/// `data/lexicons/facility_heads.txt` and `settlement_words.txt`).
fn plural_site(a: &Analysis, k: usize) -> Option<Site> {
    let word = a.norm(k);
    if a.shape(k) != chronicle_text::TokenShape::Lower || !word.ends_with('s') {
        return None;
    }
    let one = *a.lemmas(k).iter().find(|&&l| l != word)?;
    if a.lex.is_capitalised_facility_head(one) && !matches!(one, "day" | "week" | "year") {
        Some(Site::Facility)
    } else if a.lex.settlement_words.contains(one) {
        Some(Site::Settlement)
    } else {
        None
    }
}

/// "KARA-SUU" as it is written in running text: "Kara-Suu".
fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word_start = true;
    for c in text.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphanumeric() && c != '\'';
    }
    out
}

/// Whether a descriptor stands right before: "journalist Oral ...".
fn after_person_cue(a: &Analysis, start: usize) -> bool {
    // "blogger X", and "X (also spelled Y)" right after a person's name.
    // "his daughter, Rania al-Omari,": a descriptor set off by a comma names the next person.
    // (Not across a line: "... detained his sister\n\nISTANBUL —".)
    let same_line = start > 0 && {
        let (from, to) = (a.doc.tokens[start - 1].end, a.doc.tokens[start].start);
        !a.doc.slice(from, to).contains('\n')
    };
    if !same_line {
        return false;
    }
    let apposed = start >= 2
        && a.norm(start - 1) == ","
        && a.lex.descriptors.contains(a.norm(start - 2))
        && a.norm(start.saturating_sub(3)) != "a";
    start > 0
        && (a.lex.descriptors.contains(a.norm(start - 1))
            || matches!(a.norm(start - 1), "spelled" | "transliterated")
            || apposed)
}

/// The key of a name in the organisations' lexicon: lower case, curly apostrophes straight.
fn org_key(name: &str) -> String {
    let lower = name.to_lowercase();
    // Most names have no curly apostrophe: no second copy for them.
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

fn known_org(a: &Analysis, start: usize, end: usize) -> Option<NameRun> {
    // The longest known name inside the run that starts at its first word.
    for e in (start + 1..=end).rev() {
        let name = org_key(a.span_text(start, e));
        if let Some(info) = a.lex.org_names.get(&name) {
            // "Amnesty International Kenya": a known body's national branch.
            let branch = e < end
                && end - e <= 2
                && (e..end).all(|k| a.is_capitalised(k))
                && (e..end).all(|k| a.lex.titles.longest_at(a, k, end).is_none())
                && a.lex
                    .org_names
                    .get(&name)
                    .is_some_and(|i| i.country.is_none());
            if e == end || branch {
                return Some(NameRun {
                    start,
                    end,
                    kind: NameKind::Org {
                        category: info.category,
                        country: info.country,
                    },
                });
            }
        }
    }
    None
}

/// Adds entities for the runs: one entity per organisation name, per place, per person
/// (surname-only and first-name-only mentions join the full name).
pub fn add_entities(a: &mut Analysis, gaz: &Gazetteer, runs: &[NameRun]) {
    // The document's countries: places named and demonyms used, weighted by frequency.
    let mut votes: Vec<(String, f32)> = Vec::new();
    let mut vote = |c: &str, w: f32| match votes.iter_mut().find(|(k, _)| k == c) {
        Some((_, v)) => *v += w,
        None => votes.push((c.to_string(), w)),
    };
    // What names each country: its own name or demonym (""), or the names of its places.
    let mut named_by: Vec<(String, String)> = Vec::new();
    // The dateline and the lede say most about where a report is set.
    let lede_end = a.doc.sentences.first().map(|s| s.tokens.end).unwrap_or(0);
    for run in runs {
        let weight = if run.start < 8 {
            3.0
        } else if run.start < lede_end {
            1.5
        } else {
            1.0
        };
        match &run.kind {
            NameKind::Demonym(c) => {
                vote(c, weight);
                named_by.push((c.clone(), String::new()));
            }
            NameKind::Place => {
                let text = a.span_text(run.start, run.end);
                let cands = gaz.plausible_candidates(text);
                if let Some(p) = cands.first() {
                    let w = if p.kind == PlaceKind::Country {
                        2.0
                    } else {
                        0.5
                    };
                    vote(&p.country, w * weight);
                }
                for p in &cands {
                    let by = if p.kind == PlaceKind::Country {
                        String::new()
                    } else {
                        text.to_string()
                    };
                    named_by.push((p.country.clone(), by));
                }
            }
            _ => {}
        }
    }
    votes.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    let total: f32 = votes.iter().map(|v| v.1).sum::<f32>().max(1.0);
    let weights: Vec<(String, f32)> = votes
        .iter()
        .map(|(c, v)| (c.clone(), (v / total * 2.0).min(1.0)))
        .collect();
    a.country = votes.first().map(|v| v.0.clone());
    let countries: Vec<(&str, f32)> = weights.iter().map(|(c, w)| (c.as_str(), *w)).collect();

    // Persons with more words first, so that "Taizhan" finds "Mukhtar Taizhan".
    let mut order: Vec<usize> = (0..runs.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(runs[i].end - runs[i].start),
            runs[i].start,
        )
    });
    let mut person_entities: Vec<usize> = Vec::new();
    let acronyms = defined_acronyms(a);
    // Where a headline (the first line) ends.
    let headline_end = a.doc.text().find('\n').unwrap_or(0);
    // Person names compare by their spelling-folded words ("Annamuhammedow" is
    // "Annamuhammedov"), each word folded once.
    let mut spellings: foldhash::HashMap<String, String> = Default::default();
    let mut spelling = |w: &str| -> String {
        let w = fold(w);
        if let Some(k) = spellings.get(&w) {
            return k.clone();
        }
        let key = chronicle_text::spelling::fold_word(&w);
        let key = if key.is_empty() { w.clone() } else { key };
        spellings.insert(w, key.clone());
        key
    };
    for &r in &order {
        let run = &runs[r];
        if !a.is_free(run.start, run.end) {
            continue;
        }
        let nickname = (run.start + 1..run.end.saturating_sub(3)).find(|&k| nickname_at(a, k));
        // The name without its nickname: "Pimchanok Saengthong".
        let text = match nickname {
            Some(k) => format!(
                "{} {}",
                a.span_text(run.start, k),
                a.span_text(k + 3, run.end)
            ),
            None => a.span_text(run.start, run.end).to_string(),
        };
        match &run.kind {
            NameKind::Demonym(_) => {}
            NameKind::Org { category, country } => {
                // "Pimchanok, 24, was granted bail": a lone word the tagger took for a body
                // is the person whose name it is part of.
                let person = (*category == "other" && run.end - run.start == 1)
                    .then(|| person_with_word(a, &person_entities, &text))
                    .flatten();
                if let Some(e) = person {
                    a.add_mention(run.start, run.end, e);
                    continue;
                }
                let entity = org_entity(a, &text, category, *country);
                a.add_mention(run.start, run.end, entity);
                link_acronym(a, run.end, entity);
                if *category == "court" && a.entities[entity].seat.is_none() {
                    let ctx = Context {
                        countries: &countries,
                        cue: None,
                    };
                    a.entities[entity].seat = court_seat(a, gaz, &ctx, run.start, run.end);
                    // "Specialized Criminal Court in Riyadh", "Leninsky District Court of
                    // Voronezh" are also called by their names alone.
                    if let Some((name, _)) = text.split_once(" in ") {
                        let name = name.to_string();
                        if a.entities[entity].seat.is_some()
                            && !a.entities[entity].aliases.contains(&name)
                        {
                            a.entities[entity].aliases.push(name);
                        }
                    }
                    if let (Some((name, tail)), Some(seat)) =
                        (text.rsplit_once(" of "), a.entities[entity].seat)
                    {
                        let seat = &a.entities[seat];
                        let named = seat.name == tail || seat.aliases.iter().any(|x| x == tail);
                        let name = name.to_string();
                        if named && !a.entities[entity].aliases.contains(&name) {
                            a.entities[entity].aliases.push(name);
                        }
                    }
                }
            }
            NameKind::Place => {
                // The words around say what kind of place it is: "the village of X", "X
                // region" (`data/gazetteer/cues.tsv`).
                let prefix = prefix_cue(a, gaz, run.start);
                let cue = prefix.or_else(|| gaz.suffix_cue(a.norm(run.end)));
                let ctx = Context {
                    countries: &countries,
                    cue,
                };
                // "the village of El Carmen" in a report on Honduras is a Honduran village
                // the gazetteer does not know, not Colombia's El Carmen.
                let settlement = prefix.is_some() || settlement_apposed(a, run.start, run.end);
                // ("KILINOCHCHI, Sri Lanka —": so is a dateline's town.)
                let dateline_town = dateline_head(a, gaz, run.start, run.end);
                let foreign = |p: &chronicle_gazetteer::Place| {
                    a.country.as_ref().is_some_and(|c| *c != p.country)
                };
                // "Police arrested Castellanos and Fonseca": a lone word that is part of the
                // name of a person already named, and no place of the report's country, is
                // that person (Colombia's Fonseca is no town of a report on Cuba).
                let person = (run.end - run.start == 1)
                    .then(|| person_with_word(a, &person_entities, &text))
                    .flatten();
                // "the Prevention of Electronic Crimes Act (PECA)": the name's initials, not
                // the Hungarian city of Pécs.
                if acronyms.contains(&text) {
                    continue;
                }
                let resolved = gaz.resolve(&text, &ctx);
                // ("Police detained Chen days later" after "Chen Yuhua": nor a place the word
                // only begins the name of, such as Chenzhou.)
                let shortened = |p: &chronicle_gazetteer::Place| {
                    p.name.len() > text.len() && p.name.to_lowercase().starts_with(&fold(&text))
                };
                let not_the_place = resolved.is_none_or(|p| foreign(p) || shortened(p));
                if let Some(e) = person.filter(|_| not_the_place) {
                    a.add_mention(run.start, run.end, e);
                    continue;
                }
                // "Jau prison" in a report on Bahrain, "Altamira" in one on Nicaragua: a town
                // abroad that nothing else in the report points to (its country, a demonym,
                // another of its places) is not that town. Capitals, cities of a million and
                // the cities of `data/lexicons/cities_known_abroad.txt` are named abroad as
                // themselves.
                let stray = resolved.is_some_and(|p| {
                    p.kind != PlaceKind::Country
                        && foreign(p)
                        && p.population < 1_000_000
                        && gaz.capital(&p.country).is_none_or(|c| c.id != p.id)
                        && !a.lex.cities_known_abroad.contains(p.name.as_str())
                        && named_by
                            .iter()
                            .all(|(c, by)| *c != p.country || *by == text)
                });
                if stray {
                    // Told as where something is ("at Jau", "in La Esperanza", "the Altamira
                    // district"), it is a place of the report's own country the gazetteer
                    // lacks; else ("the Fano militia", "the Formosa toxic spill") the name of
                    // something else, or a word of a person's name, and no place at all.
                    let site = |k: usize| {
                        let w = a.norm(k);
                        a.lex.settlement_words.contains(w) || a.lex.is_capitalised_facility_head(w)
                    };
                    let mut before = run.start;
                    while before > 0 && matches!(a.norm(before - 1), "the" | "a") {
                        before -= 1;
                    }
                    let located = settlement
                        || (before > 0
                            && matches!(
                                a.norm(before - 1),
                                "in" | "at" | "from" | "near" | "to" | "outside" | "inside"
                            ))
                        || (run.end < a.len() && site(run.end));
                    if located {
                        let entity = local_place_entity(a, &text);
                        a.add_mention(run.start, run.end, entity);
                    }
                    continue;
                }
                let entity = match resolved {
                    Some(p) if !(settlement && foreign(p)) => place_entity(a, p, &text),
                    None if dateline_town => local_place_entity(a, &text),
                    _ if settlement => local_place_entity(a, &text),
                    _ => continue,
                };
                if a.entities[entity].name != text && !a.entities[entity].aliases.contains(&text) {
                    a.entities[entity].aliases.push(text.clone());
                }
                a.add_mention(run.start, run.end, entity);
            }
            NameKind::Person { title } => {
                // "the independent union Yerkin Enbek ... Yerkin Enbek said its members would
                // rally": a name the report has given an organisation stays the organisation's.
                let organisation = title.is_none().then(|| {
                    a.entities.iter().position(|e| {
                        e.kind == EntityKind::Organization
                            && (e.name == text || e.aliases.contains(&text))
                    })
                });
                if let Some(o) = organisation.flatten() {
                    a.add_mention(run.start, run.end, o);
                    continue;
                }

                // "Lysenko G.P.": initials after a surname stand for the given names.
                let is_initials =
                    |t: &str| t.contains('.') && t.chars().all(|c| c == '.' || c.is_uppercase());
                let initials: Vec<char> = (run.start..run.end)
                    .filter(|&i| is_initials(a.text(i)))
                    .flat_map(|i| a.text(i).chars().filter(|c| c.is_alphabetic()))
                    .flat_map(char::to_lowercase)
                    .collect();
                let words: Vec<String> = (run.start..run.end)
                    .filter(|&i| nickname.is_none_or(|k| i < k || i >= k + 3))
                    .filter(|&i| initials.is_empty() || !is_initials(a.text(i)))
                    .map(|i| spelling(a.text(i)))
                    .filter(|w| !w.is_empty())
                    .collect();
                // "Dmitry Lozovoi (also spelled Lozovoy)", "Pashinian (Pashinyan)", "Kavaliou
                // (Kovalev in Russian-language documents)": another spelling of the person
                // just named.
                // ("who records under the name Kavir", "nicknamed Domullo": a name of their own.)
                let spelled = run.start >= 2
                    && (matches!(
                        a.norm(run.start - 1),
                        "spelled" | "known" | "as" | "nicknamed" | "pseudonym" | "alias"
                    ) || (a.norm(run.start - 1) == "name"
                        && matches!(a.norm(run.start - 2), "the" | "stage" | "pen" | "screen"))
                        || (a.norm(run.start - 1) == "("
                            && matches!(a.norm(run.end), ")" | "in" | "or")));
                let previous = spelled
                    .then(|| {
                        (0..run.start)
                            .rev()
                            .take(10)
                            .find_map(|k| a.entity_at(k).filter(|&e| a.entities[e].is_person()))
                            // ("Zhumabekuly, 38, whose name appears as Askar Zhumabekov": or
                            // a surname not yet linked to the one named in full before.)
                            .or_else(|| {
                                (0..run.start).rev().take(10).find_map(|k| {
                                    let word = a.text(k);
                                    if !a.is_capitalised(k) || word.len() < 4 {
                                        return None;
                                    }
                                    person_entities.iter().copied().find(|&e| {
                                        let name = &a.entities[e].name;
                                        name.contains(' ')
                                            && name.split_whitespace().last() == Some(word)
                                    })
                                })
                            })
                    })
                    .flatten();
                // A surname shared by relatives goes to the one introduced first, who is
                // usually the one the report is about.
                // Among namesakes, the one named before this mention: "Police charged Ncube"
                // is not the "Inspector Abednico Ncube" the report names later.
                let here = a.doc.tokens[run.start].start;
                let candidates: Vec<usize> = person_entities
                    .iter()
                    .copied()
                    .filter(|&e| {
                        let name_words: Vec<String> = a.entities[e]
                            .name
                            .split_whitespace()
                            .map(&mut spelling)
                            .collect();
                        let given: Vec<char> = name_words
                            .iter()
                            .filter(|n| !words.contains(n))
                            .filter_map(|n| n.chars().next())
                            .collect();
                        // "Abdullah bin Hassan al-Mubarak ... His son, Hassan al-Mubarak": a
                        // name that opens with a father's name is the son's.
                        let fathers_name = words.len() >= 2
                            && name_words.windows(2).any(|p| {
                                p[1] == words[0]
                                    && matches!(
                                        p[0].as_str(),
                                        "bin" | "ibn" | "bint" | "binti" | "ben" | "ould"
                                    )
                            });
                        words.iter().all(|w| name_words.contains(w))
                            && initials.iter().all(|c| given.contains(c))
                            && !fathers_name
                    })
                    .collect();
                let named_before = |e: usize| a.entities[e].mentions.iter().any(|m| m.0 < here);
                // "Mehdi Rostamzadeh, a rapper who records under the name Kavir ... Kavir, 27,
                // was convicted": a name given as someone's other name is theirs from then on.
                // (Only over a namesake the headline alone named: "Iranian rapper “Kavir”
                // sentenced".)
                let headline_only = candidates
                    .iter()
                    .all(|&e| a.entities[e].mentions.iter().all(|m| m.1 <= headline_end));
                let alias_of = person_entities
                    .iter()
                    .copied()
                    .filter(|_| headline_only)
                    .find(|&e| a.entities[e].aliases.contains(&text));
                let same = previous.or(alias_of).or_else(|| {
                    candidates
                        .iter()
                        .copied()
                        .find(|&e| named_before(e))
                        .or_else(|| candidates.first().copied())
                });
                let entity = same.unwrap_or_else(|| {
                    a.entities.push(EntityDraft::new(EntityKind::Person, &text));
                    person_entities.push(a.entities.len() - 1);
                    a.entities.len() - 1
                });
                let e = &mut a.entities[entity];
                if e.name != text && !e.aliases.contains(&text) {
                    e.aliases.push(text.clone());
                }
                if let Some(t) = title {
                    if !e.descriptors.contains(t) {
                        e.descriptors.push(t.clone());
                    }
                    // "King Abdullah II", "Emir Tamim bin Hamad": a monarch's title is part of
                    // how the name is written and cited.
                    if matches!(t.as_str(), "king" | "queen" | "emir" | "sultan") {
                        let mut chars = t.chars();
                        let titled = chars.next().map_or_else(String::new, |c| {
                            format!("{}{} {text}", c.to_uppercase(), chars.as_str())
                        });
                        if !e.aliases.contains(&titled) {
                            e.aliases.push(titled);
                        }
                    }
                }
                a.add_mention(run.start, run.end, entity);
            }
        }
    }
}

/// "Lê Văn Hùng ... Hung received 18 months": a capitalised word the name finder left alone
/// because it is also an English word ("hung", "long") is the person already named in full
/// whose surname it spells, when a verb follows it as it follows a subject.
pub fn link_lone_surnames(a: &mut Analysis) {
    // ("Amir was freed on bail": a given name alone, after "his brother, Amir Sharifian",
    // opens a sentence as a surname does. A word no one's given name could be is none: a
    // cheap look before folding.)
    let given_names: Vec<String> = a
        .entities
        .iter()
        .filter(|x| x.is_person() && !x.unnamed)
        .filter_map(|x| {
            let mut words = x.name.split_whitespace();
            let first = words.next()?;
            words.next()?;
            Some(first.to_lowercase())
        })
        .collect();
    if given_names.is_empty() {
        return;
    }
    // The candidates first: folding spellings is costly and most reports have none.
    let candidates: Vec<(usize, bool)> = (0..a.len().saturating_sub(1))
        .filter(|&i| {
            a.shape(i) == chronicle_text::TokenShape::Capitalized && a.entity_at(i).is_none()
        })
        .filter_map(|i| {
            let english = a.lex.is_english_word(a.norm(i));
            let given = || given_names.iter().any(|g| g == a.norm(i));
            ((english || given()) && !is_function_word(a.norm(i))).then_some((i, english))
        })
        .filter(|&(i, _)| {
            let next = a.norm(i + 1);
            crate::events::arguments::is_be(next)
                || matches!(next, "has" | "had")
                || crate::events::triggers::says_at(a, i + 1)
                || (next.ends_with("ed") && a.lemmas(i + 1).iter().any(|l| *l != next))
                // "Rind, 27, a medical student ...": an age set off by commas is a person's,
                // and so is "Rind's lawyer".
                || matches!(next, "'s" | "’s")
                || (next == ","
                    && a.norm(i + 3) == ","
                    && a.norm(i + 2).parse::<u8>().is_ok_and(|age| (12..=100).contains(&age)))
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    // Each named person's surname and given name, folded, and where the person is first named.
    let mut names: Vec<(String, String, usize, usize)> = Vec::new();
    for (e, x) in a.entities.iter().enumerate() {
        let mut words = x.name.split_whitespace();
        let (Some(given), Some(last)) = (words.next(), words.next_back()) else {
            continue;
        };
        if !x.is_person() || x.unnamed {
            continue;
        }
        let key = chronicle_text::spelling::fold_word(&fold(last));
        let given = chronicle_text::spelling::fold_word(&fold(given));
        let first = x.mentions.iter().map(|m| m.0).min().unwrap_or(usize::MAX);
        names.push((key, given, e, first));
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, english) in candidates {
        let key = chronicle_text::spelling::fold_word(&fold(a.text(i)));
        let here = a.doc.tokens[i].start;
        let one = |hits: Vec<usize>| match hits[..] {
            [e] => Some(e),
            _ => None,
        };
        let by_surname = one(names
            .iter()
            .filter(|(k, _, _, first)| *k == key && *first < here)
            .map(|n| n.2)
            .collect());
        // (A given name only when it is no one's surname and one person bears it.)
        let by_given = || {
            let surname = names.iter().any(|n| n.0 == key);
            one(names
                .iter()
                .filter(|(_, g, _, first)| *g == key && *first < here)
                .map(|n| n.2)
                .collect())
            .filter(|_| !surname && names.iter().filter(|n| n.1 == key).count() == 1)
        };
        // (Surnames that are no English word the name finder has linked already.)
        let person = if english { by_surname } else { None }.or_else(by_given);
        if let Some(e) = person {
            found.push((i, e));
        }
    }
    if found.is_empty() {
        return;
    }
    for (i, e) in found {
        let text = a.text(i).to_string();
        if !a.entities[e].aliases.contains(&text) {
            a.entities[e].aliases.push(text);
        }
        a.add_mention(i, i + 1, e);
    }
    a.sort_mentions();
}

/// "the Emergency Lawyers group said ... Emergency Lawyers called the prosecutions": a
/// sentence that opens with an organisation's name names it again, though the name finder,
/// wary of a sentence's capitalised first word, left it out.
pub fn sentence_initial_organisations(a: &mut Analysis) {
    let names: Vec<(usize, Vec<String>)> = a
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Organization && e.name.contains(' '))
        .map(|(i, e)| {
            (
                i,
                e.name.split_whitespace().map(str::to_lowercase).collect(),
            )
        })
        .collect();
    if names.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for s in &a.doc.sentences {
        let k = s.tokens.start;
        for (o, words) in &names {
            let end = k + words.len();
            if end <= s.tokens.end
                && words.iter().enumerate().all(|(j, w)| a.norm(k + j) == w)
                && a.is_free(k, end)
            {
                found.push((k, end, *o));
                break;
            }
        }
    }
    for (start, end, o) in found {
        a.add_mention(start, end, o);
    }
    a.sort_mentions();
}

/// "a district court in Azerbaijan's capital", "the Kazakh capital": the country's capital
/// city, named by the word "capital" (the gazetteer knows each country's capital).
pub fn capital_mentions(a: &mut Analysis, gaz: &Gazetteer) {
    let mut found: Vec<(usize, &chronicle_gazetteer::Place)> = Vec::new();
    for k in 2..a.len() {
        if a.norm(k) != "capital" || a.entity_at(k).is_some() {
            continue;
        }
        // "the Kazakh capital Astana", "the capital, Astana": the name itself says it.
        let named_after = (k + 1..(k + 3).min(a.len())).any(|j| {
            a.entity_at(j)
                .is_some_and(|e| a.entities[e].kind == EntityKind::Place)
        });
        if named_after {
            continue;
        }
        let possessive = matches!(a.norm(k - 1), "'s");
        let country = if possessive {
            a.entity_at(k - 2).and_then(|e| {
                let place = a.entities[e].place.as_ref()?;
                place.is_country.then(|| place.country.clone())
            })
        } else if a.norm(k - 2) == "the" {
            gaz.demonym_country(a.text(k - 1)).map(str::to_string)
        } else {
            None
        };
        if let Some(city) = country.and_then(|iso| gaz.capital(&iso)) {
            found.push((k, city));
        }
    }
    for (k, city) in found {
        let e = place_entity(a, city, &city.name);
        a.add_mention(k, k + 1, e);
    }
    a.sort_mentions();
}

/// The acronyms the report defines in brackets after the words they abbreviate: "(PECA)"
/// after "Prevention of Electronic Crimes Act", whose capitalised words' initials spell it.
fn defined_acronyms(a: &Analysis) -> Vec<String> {
    let mut found = Vec::new();
    for k in 1..a.len().saturating_sub(2) {
        if a.norm(k - 1) != "("
            || a.norm(k + 1) != ")"
            || a.shape(k) != chronicle_text::TokenShape::AllCaps
        {
            continue;
        }
        let acronym: Vec<char> = a.text(k).chars().collect();
        if acronym.len() < 2 {
            continue;
        }
        // The capitalised words before the bracket, last first, function words skipped.
        let floor = a.sentence_range(k).start;
        let initials: String = (floor..k - 1)
            .rev()
            .filter(|&j| !is_function_word(a.norm(j)))
            .take_while(|&j| a.is_capitalised(j))
            .take(acronym.len())
            .filter_map(|j| a.text(j).chars().next())
            .collect::<Vec<char>>()
            .into_iter()
            .rev()
            .collect();
        if initials.chars().count() == acronym.len()
            && initials.chars().zip(&acronym).all(|(x, y)| x == *y)
        {
            found.push(a.text(k).to_string());
        }
    }
    found
}

/// Lower case, possessive and punctuation folded: the key persons are compared by.
pub fn fold(word: &str) -> String {
    // (`strip_suffix` in a loop, not `trim_end_matches`: a string pattern builds a searcher on
    // every call, and persons are folded tens of thousands of times a megabyte.)
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w.chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A run read as an organisation of `category`, with no country of its own.
fn org_run(start: usize, end: usize, category: &'static str) -> NameRun {
    NameRun {
        start,
        end,
        kind: NameKind::Org {
            category,
            country: None,
        },
    }
}

/// The kind of place the words before `start` announce ("the village of", "city of"), as
/// `data/gazetteer/cues.tsv` lists them.
pub(crate) fn prefix_cue(a: &Analysis, gaz: &Gazetteer, start: usize) -> Option<PlaceKind> {
    if start == 0 || !gaz.ends_prefix_cue(a.norm(start - 1)) {
        return None;
    }
    (1..=3.min(start)).find_map(|n| {
        let words: Vec<&str> = (start - n..start).map(|k| a.norm(k)).collect();
        gaz.prefix_cue(&words.join(" "))
    })
}

fn org_entity(
    a: &mut Analysis,
    name: &str,
    category: &'static str,
    country: Option<&'static str>,
) -> usize {
    let key = name.to_lowercase();
    if let Some(i) = a.entities.iter().position(|e| {
        e.kind == EntityKind::Organization
            && (e.name.to_lowercase() == key || e.aliases.iter().any(|x| x.to_lowercase() == key))
    }) {
        return i;
    }
    let mut e = EntityDraft::new(EntityKind::Organization, name);
    e.category = Some(category);
    // A state body named in a report about a country is that country's.
    let national = matches!(
        category,
        "police" | "security_service" | "court" | "prosecutor" | "government" | "legislature"
    );
    e.country = country
        .map(str::to_string)
        .or_else(|| national.then(|| a.country.clone()).flatten());
    a.entities.push(e);
    a.entities.len() - 1
}

/// A place the report names but the gazetteer does not know: it keeps the document's country
/// and no coordinates.
fn local_place_entity(a: &mut Analysis, text: &str) -> usize {
    // ("KILINOCHCHI" in a dateline is the Kilinochchi of the text, "MAHALLA AL-KUBRA" its
    // "Mahalla al-Kubra".)
    let written;
    let text = if text.chars().any(char::is_lowercase) {
        text
    } else {
        written = as_written_elsewhere(a, text).unwrap_or_else(|| title_case(text));
        written.as_str()
    };
    if let Some(i) = a
        .entities
        .iter()
        .position(|e| e.kind == EntityKind::Place && e.place.is_none() && e.name == text)
    {
        return i;
    }
    let mut e = EntityDraft::new(EntityKind::Place, text);
    e.country = a.country.clone();
    a.entities.push(e);
    a.entities.len() - 1
}

/// The place entity of a gazetteer place, made on first use.
fn place_entity(a: &mut Analysis, p: &chronicle_gazetteer::Place, text: &str) -> usize {
    if let Some(i) = a
        .entities
        .iter()
        .position(|e| e.place.as_ref().is_some_and(|r| r.id == p.id))
    {
        return i;
    }
    // A dateline in capitals ("GANJA") is named as the gazetteer names it.
    let shown = if text.chars().any(char::is_lowercase) {
        text
    } else {
        p.name.as_str()
    };
    let mut e = EntityDraft::new(EntityKind::Place, shown);
    e.country = Some(p.country.clone());
    e.place = Some(PlaceRef {
        id: p.id,
        country: p.country.clone(),
        lat: p.lat,
        lon: p.lon,
        is_country: p.kind == PlaceKind::Country,
        is_region: p.kind == PlaceKind::Region,
        admin1: p.admin1.clone(),
        population: p.population,
    });
    if p.name != text {
        e.aliases.push(p.name.clone());
    }
    a.entities.push(e);
    a.entities.len() - 1
}

/// Where a court sits, when its name says so: "Bukhara Regional Court", "Baku Court of
/// Appeal", "District Court in Wan Chai". A word before "District" names a city's district,
/// not a city ("Pervomaisky District Court"), and a country is no seat.
fn court_seat(
    a: &mut Analysis,
    gaz: &Gazetteer,
    ctx: &Context<'_>,
    start: usize,
    end: usize,
) -> Option<usize> {
    // "Rostov-on-Don" is five tokens, its particle joined by hyphens.
    let hyphened = |k: usize| k > 0 && a.norm(k - 1) == "-" && a.norm(k + 1) == "-";
    for len in (1..=5).rev() {
        for i in start..end.saturating_sub(len - 1) {
            let j = i + len;
            // ("Court in Dar es Salaam": short lower-case words inside a place's name.)
            let inner_particle = |k: usize| {
                k > i
                    && k + 1 < j
                    && a.shape(k) == chronicle_text::TokenShape::Lower
                    && a.norm(k).len() <= 4
            };
            let capitalised = a.is_capitalised(i)
                && a.is_capitalised(j - 1)
                && (i..j).all(|k| {
                    a.is_capitalised(k) || a.norm(k) == "-" || hyphened(k) || inner_particle(k)
                });
            // "Jayapura District Court" sits in Jayapura: the seat is named without the
            // word for its kind.
            if len > 1 && gaz.suffix_cue(a.norm(j - 1)).is_some() {
                continue;
            }
            let head = (i..j).any(|k| a.lex.org_heads.contains_key(a.text(k)));
            if !capitalised || head {
                continue;
            }
            // "West Kowloon Magistrates' Courts": a quarter named by its side of a place
            // the gazetteer knows is not that place.
            let side = i > 0
                && a.is_capitalised(i - 1)
                && matches!(
                    a.norm(i - 1),
                    "west" | "east" | "north" | "south" | "central"
                );
            if side {
                continue;
            }
            let text = a.span_text(i, j).to_string();
            let Some(p) = gaz.resolve(&text, ctx) else {
                continue;
            };
            // "Pervomaisky District Court" names a city's district; "Jayapura District
            // Court" sits in the city the gazetteer knows.
            if matches!(a.norm(j), "district" | "raion" | "rayon") && p.kind != PlaceKind::City {
                continue;
            }
            // "Oktyabrsky District Court", "Leninski District Court": a district named by an
            // adjective is a part of a city, even where a town bears the same name.
            let adjective = ["sky", "skiy", "skyi", "skii", "ski"]
                .iter()
                .any(|end| a.norm(j - 1).ends_with(end));
            if matches!(a.norm(j), "district" | "raion" | "rayon") && adjective {
                continue;
            }
            // ("the Southern District Military Court in Rostov-on-Don" in a report set in
            // Crimea: a court named with "in" sits there, whatever the report's country.)
            let local = a.country.as_deref().is_none_or(|c| c == p.country)
                || (i > start && a.norm(i - 1) == "in");
            if p.kind != PlaceKind::Country && local {
                let p = p.clone();
                let place = place_entity(a, &p, &text);
                // The words inside the court's name are where the place is said; they stay
                // the court's mention for every other layer.
                let span = (a.doc.tokens[i].start, a.doc.tokens[j - 1].end);
                if !a.entities[place].mentions.contains(&span) {
                    a.entities[place].mentions.push(span);
                }
                return Some(place);
            }
        }
    }
    None
}

/// "(OSCE)" right after an organisation's name is its acronym; ", known as GUBOPiK" another
/// name.
fn link_acronym(a: &mut Analysis, end: usize, entity: usize) {
    if a.norm(end) == "("
        && a.norm(end + 2) == ")"
        && a.shape(end + 1) == chronicle_text::TokenShape::AllCaps
    {
        let acronym = a.text(end + 1).to_string();
        if !a.entities[entity].aliases.contains(&acronym) {
            a.entities[entity].aliases.push(acronym);
        }
    }
    // "the Main Directorate for Combating Organized Crime, known as GUBOPiK": the name it
    // goes by.
    let k = end + usize::from(a.norm(end) == ",");
    if a.norm(k) == "known"
        && a.norm(k + 1) == "as"
        && a.text(k + 2).starts_with(char::is_uppercase)
    {
        let name = a.text(k + 2).to_string();
        if !a.entities[entity].aliases.contains(&name) {
            a.entities[entity].aliases.push(name);
        }
    }
}

/// The organisation category an apposition gives the name at `start..end`: after it, ", an
/// independent news site that ..." (`data/lexicons/org_suffixes.tsv`, the noun closing its
/// phrase, not "a party member"); or before it, "his news site, Paik,".
fn described_by_apposition(a: &Analysis, start: usize, end: usize) -> Option<&'static str> {
    if a.norm(end) == "," && matches!(a.norm(end + 1), "a" | "an") {
        let mut j = end + 2;
        while j < (end + 6).min(a.len()) && a.shape(j) == chronicle_text::TokenShape::Lower {
            // ("Dániel Szabó, a reporter for the news site Telex": the phrase's noun came
            // before the preposition; what follows it is another's.)
            if is_function_word(a.norm(j)) {
                break;
            }
            if let Some(f) = a.lex.org_suffixes.longest_at(a, j, a.len()) {
                let next = a.norm(f.end);
                let closes = a.shape(f.end) != chronicle_text::TokenShape::Lower
                    || is_function_word(next)
                    || next.ends_with("ed");
                return closes.then_some(f.value);
            }
            j += 1;
        }
    }
    // ("their channel, Vodiy Haqiqati (“Truth of the Valley”), published": or a bracket.)
    if start >= 2
        && a.norm(start - 1) == ","
        && matches!(a.norm(end), "," | "(")
        && end - start <= 3
    {
        let f = (start.saturating_sub(4)..start - 1)
            .find_map(|j| a.lex.org_suffixes.longest_at(a, j, start - 1))
            .filter(|f| f.end == start - 1)?;
        // (Only one owned: "his news site, Paik,", not "a reporter for the site, Zhanna Kim,".)
        let owned =
            f.start > 0 && matches!(a.norm(f.start - 1), "'s" | "his" | "her" | "its" | "their");
        // ("declared the channel, Hrodna Zvon, an “extremist formation”": or "the" after a
        // verb, where no preposition makes the noun someone's workplace.)
        let the_object = f.start > 1
            && a.norm(f.start - 1) == "the"
            && a.shape(f.start - 2) == chronicle_text::TokenShape::Lower
            && a.norm(f.start - 2).ends_with("ed")
            && !is_function_word(a.norm(f.start - 2));
        return (owned || the_object).then_some(f.value);
    }
    None
}
