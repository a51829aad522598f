//! The editable word lists under `data/`, loaded once.
//!
//! Everything a monitor might want to change when the field changes — trigger words, charge
//! phrases, organisation names and categories, status cues, currencies — is a plain text file
//! under `data/lexicons/`, compiled into the binary with `include_str!`. This module parses
//! them into lookup structures; nothing else in the crate knows the files' layout.

/// Fast fixed-seed hashing for every table here: the keys are our own lexicon words, not
/// attacker input, and the tables are asked at nearly every token.
type HashMap<K, V, S = foldhash::fast::FixedState> = std::collections::HashMap<K, V, S>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;

use crate::phrases::{Element, PhraseSet};

/// How an event trigger's participants stand around it (see `data/lexicons/triggers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Transitive verb: agent left, subjects right; flipped in the passive.
    Act,
    /// Intransitive verb whose doers are the subjects.
    Do,
    /// Verb of saying or judging: its doers are the agents.
    Say,
    /// A noun: "the arrest of X", "X's arrest", "X took part in rallies".
    Noun,
}

#[derive(Debug, Clone)]
pub struct Trigger {
    pub kind: &'static str,
    pub frame: Frame,
    pub status: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub struct OrgInfo {
    pub category: &'static str,
    pub country: Option<&'static str>,
    /// Armed forces ("soldiers", "troops"): enforcers, but no service whose officers police
    /// a street (the fourth column says `armed`).
    pub armed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueWhere {
    Before,
    After,
    Clause,
}

#[derive(Debug, Clone)]
pub struct StatusCue {
    pub status: &'static str,
    pub place: CueWhere,
}

/// All lexicons of the extractor.
#[derive(Debug)]
pub struct Lexicons {
    /// Lower-case word → its lemmas (lemminflect's table), with a fast fixed-seed hasher:
    /// it is looked up for every token.
    lemmas: HashMap<&'static str, Vec<&'static str>, foldhash::fast::FixedState>,
    /// Regular inflections of the trigger and organisation lexicons' words that the English
    /// table lacks ("deregistered" → "deregister", "gendarmes" → "gendarme"), so that a
    /// monitor's new word matches all its forms.
    derived_lemmas: HashMap<String, Vec<&'static str>, foldhash::fast::FixedState>,
    pub triggers: PhraseSet<Trigger>,
    /// Organisations named by common nouns ("police", "a court").
    pub org_nouns: PhraseSet<OrgInfo>,
    /// Organisations named by proper names, keyed by their lower-cased name.
    pub org_names: HashMap<String, OrgInfo>,
    pub org_heads: HashMap<&'static str, &'static str>,
    pub descriptors: HashSet<&'static str>,
    /// Descriptors of those who work for a news outlet ("correspondent", "editor").
    pub media_workers: HashSet<&'static str>,
    /// Titles before names, as word sequences, with the descriptor they give.
    pub titles: PhraseSet<&'static str>,
    pub status_cues: PhraseSet<StatusCue>,
    /// Money word (lower case) → (ISO code, country it belongs to).
    pub currencies: HashMap<String, Vec<(&'static str, Option<&'static str>)>>,
    pub penalty_words: PhraseSet<&'static str>,
    pub group_nouns: PhraseSet<()>,
    /// Lower-case words between a count and a group noun ("two election observers").
    pub group_modifiers: HashSet<&'static str>,
    /// Things a cordon blocks ("the route", "marchers"): blocking them is no censorship.
    pub physical_blocks: HashSet<&'static str>,
    /// Words that end the lower-case name of an international body's office ("the UN human
    /// rights office") (`data/lexicons/office_heads.txt`).
    pub office_heads: HashSet<&'static str>,
    /// Nouns for land or power seized ("seized the peninsula"): no raid
    /// (`data/lexicons/seized_lands.txt`).
    pub seized_lands: HashSet<&'static str>,
    /// Places searched for someone missing ("searched police stations"): no raid
    /// (`data/lexicons/search_places.txt`).
    pub search_places: HashSet<&'static str>,
    /// Lemmas of verbs calling for a release ("urged ... to release")
    /// (`data/lexicons/release_call_verbs.txt`).
    pub release_call_verbs: Vec<&'static str>,
    /// Lemmas of verbs that grant a power ("a law that allows the regulator to block sites"):
    /// what is allowed is not done (`data/lexicons/power_verbs.txt`).
    pub power_verbs: Vec<&'static str>,
    /// Nouns for a quarrel between sides ("a confrontation between"): its sides are no one
    /// acted on.
    pub quarrel_nouns: HashSet<&'static str>,
    /// Lemmas of verbs telling a happening's course ("the trial opened on Wednesday").
    pub course_verbs: Vec<&'static str>,
    /// Words of a charge that tell a protest ("violating the procedure for holding mass events").
    pub protest_offences: Vec<&'static str>,
    /// Lemmas of offences whose object is the one offended ("insulting the president").
    pub victim_verbs: Vec<&'static str>,
    /// Nouns for a statement given out on a day of its own ("in a statement published on
    /// Tuesday").
    pub statement_nouns: HashSet<&'static str>,
    /// Things a body puts out (`data/lexicons/document_nouns.txt`): "released a report".
    pub document_nouns: HashSet<&'static str>,
    /// Words for giving a statement out ("published", "issued"), as written.
    pub publishing_verbs: HashSet<&'static str>,
    /// Verbs for a term running out ("once his arrest ends on January 26"), as written.
    pub term_end_verbs: HashSet<&'static str>,
    pub numbers: HashMap<&'static str, f64>,
    /// Given names and the gender they tell: 'f' or 'm' (`data/lexicons/given_names.tsv`).
    pub given_names: HashMap<&'static str, char>,
    pub charges: PhraseSet<()>,
    /// Phrases whose trigger words report nothing ("behind closed doors").
    pub idioms: PhraseSet<()>,
    /// Lower-case nouns after a name that make it an organisation ("Amanat party").
    pub org_suffixes: PhraseSet<&'static str>,
    /// The one-word nouns of `org_suffixes`, by their word: "newspaper" -> media.
    pub org_suffix_words: HashMap<&'static str, &'static str>,
    /// Last words of names of sites ("Vanak Square").
    pub facility_heads: HashSet<&'static str>,
    /// Words that point back to an organisation named before ("the group", "the paper"), with
    /// the categories it may have (`data/lexicons/org_references.tsv`).
    pub org_references: HashMap<&'static str, Vec<&'static str>>,
    /// Words for the members of a force, with the marks of the force's name
    /// (`data/lexicons/force_members.tsv`).
    pub force_members: HashMap<&'static str, Vec<&'static str>>,
    /// Words for premises a search is of, with their kind: "dwelling" or "workplace"
    /// (`data/lexicons/premises.tsv`).
    pub premises: HashMap<&'static str, &'static str>,
    /// Words that tell a vote's result, with the side its winner stands on: "before" or
    /// "after" (`data/lexicons/vote_results.tsv`).
    pub vote_results: HashMap<&'static str, &'static str>,
    pub law_words: HashSet<&'static str>,
    /// Adjectives that open bodies' names ("National", "Supreme"):
    /// `data/lexicons/name_adjectives.txt`.
    pub name_adjectives: HashSet<&'static str>,
    /// Social networks a post is put on, never a statement's speaker:
    /// `data/lexicons/platforms.txt`.
    pub platforms: HashSet<&'static str>,
    /// Cities abroad a report names without their country ("Geneva"):
    /// `data/lexicons/cities_known_abroad.txt`.
    pub cities_known_abroad: HashSet<&'static str>,
    /// Capitalised words that are never names ("God", "Eid").
    pub not_names: HashSet<&'static str>,
    /// Words of judgement ("unfair", "rigged") that make a plain "said" a statement.
    pub assessment: HashSet<&'static str>,
    /// Words that call an account untrue ("baseless", "a lie"): `data/lexicons/untrue_words.txt`.
    pub untrue: HashSet<&'static str>,
    /// Peoples that are no country's demonym ("Baluch", "Bashkir"): `data/lexicons/peoples.txt`.
    pub peoples: HashSet<&'static str>,
    /// Common nouns for a body whose premises are searched ("a rights group", "four
    /// organisations"): `data/lexicons/body_nouns.txt`.
    pub body_nouns: HashSet<&'static str>,
    /// Words by which an apposition says a place is a settlement ("on the outskirts of",
    /// "a village near"): `data/lexicons/settlement_words.txt`.
    pub settlement_words: HashSet<&'static str>,
    /// Words that tell whose vote an election is: `true` for a city's own ("local",
    /// "mayoral"), `false` for the country's ("general", "presidential").
    pub vote_scope: HashMap<&'static str, bool>,
    /// Nouns that name a happening a day is counted from, by family ("vote" -> "election"),
    /// from `data/lexicons/happenings.tsv`.
    pub happening_nouns: HashMap<&'static str, &'static str>,
    /// The verbs (lemmas) that tell a happening of each family, same file.
    pub happening_verbs: Vec<(&'static str, &'static str)>,
    /// Words that tell how a beating is known (`data/lexicons/violence_cues.tsv`), as (cue,
    /// role, match) rows: see [`Lexicons::violence_cue`].
    pub violence_cues: Vec<(&'static str, &'static str, &'static str)>,
    /// The same rows by cue word, each with its role and whether it matches by lemma.
    violence_words: HashMap<&'static str, Vec<(&'static str, bool)>>,
    /// The rows that match a word's opening, as (prefix, role).
    violence_prefixes: Vec<(&'static str, &'static str)>,
}

impl Lexicons {
    /// Whether token `k` is a cue of `role` ("harm", "casualty", "public", "hidden") in
    /// `data/lexicons/violence_cues.tsv`: by lemma, as written, or as a word's opening.
    pub fn violence_cue(&self, a: &crate::analysis::Analysis, role: &str, k: usize) -> bool {
        let word = a.norm(k);
        let has = |cue: &str, by_lemma: bool| {
            self.violence_words
                .get(cue)
                .is_some_and(|v| v.iter().any(|&(r, l)| r == role && (l || !by_lemma)))
        };
        has(word, false)
            || a.lemmas(k).iter().any(|l| has(l, true))
            || self
                .violence_prefixes
                .iter()
                .any(|&(cue, r)| r == role && word.starts_with(cue))
    }
}

fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The first column of a one-word-a-line list (`physical_blocks.txt`, `law_words.txt` ...).
fn words<C: FromIterator<&'static str>>(text: &'static str) -> C {
    rows(text).map(|r| r[0]).collect()
}

/// A phrase of the lexicon files: words are lemmas unless written in "quotes".
fn phrase_elements(phrase: &str, by_lemma: bool) -> Vec<Element> {
    let mut out = Vec::new();
    for word in phrase.split_whitespace() {
        if word == "*" {
            out.push(Element::Gap);
        } else if word == "**" {
            out.push(Element::WideGap);
        } else if let Some(exact) = word.strip_prefix('"').and_then(|w| w.strip_suffix('"')) {
            out.push(Element::Exact(exact.to_lowercase()));
        } else if by_lemma {
            out.push(Element::Lemma(word.to_lowercase()));
        } else {
            out.push(Element::Exact(word.to_lowercase()));
        }
    }
    out
}

/// The English plural of a one-word noun.
fn plural(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("man") {
        return format!("{stem}men");
    }
    if let Some(stem) = noun.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if noun.ends_with(['s', 'x']) || noun.ends_with("sh") || noun.ends_with("ch") {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

fn event_kind(kind: &str) -> Option<&'static str> {
    chronicle_record::EVENT_TYPES
        .iter()
        .copied()
        .find(|k| *k == kind)
}

impl Lexicons {
    pub fn load() -> Lexicons {
        let mut lemmas: HashMap<&'static str, Vec<&'static str>, foldhash::fast::FixedState> =
            HashMap::default();
        for line in include_str!("../../../data/english/lemmas.tsv").lines() {
            if let Some((word, ls)) = line.split_once('\t') {
                if !word.starts_with('#') {
                    lemmas.insert(word, ls.split('|').collect());
                }
            }
        }

        let mut derived_lemmas: HashMap<String, Vec<&'static str>, foldhash::fast::FixedState> =
            HashMap::default();
        // (The trigger lexicon's words and the common nouns for organisations: "gendarmes".)
        let mut derive = |phrase: &'static str| {
            let words = phrase.split_whitespace().filter(|w| {
                w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !lemmas.contains_key(w)
            });
            for word in words {
                for form in regular_forms(word) {
                    if !lemmas.contains_key(form.as_str()) {
                        derived_lemmas.entry(form).or_insert_with(|| vec![word]);
                    }
                }
            }
        };

        let mut triggers = PhraseSet::default();
        for row in rows(include_str!("../../../data/lexicons/triggers.tsv")) {
            derive(row[0]);
            let (Some(kind), Some(frame)) = (row.get(1).and_then(|k| event_kind(k)), row.get(2))
            else {
                continue;
            };
            let frame = match *frame {
                "act" => Frame::Act,
                "do" => Frame::Do,
                "say" => Frame::Say,
                _ => Frame::Noun,
            };
            let status = row.get(3).copied().filter(|s| !s.is_empty());
            triggers.insert(
                phrase_elements(row[0], true),
                Trigger {
                    kind,
                    frame,
                    status,
                },
            );
        }

        let mut org_nouns = PhraseSet::default();
        let mut org_names = HashMap::default();
        for row in rows(include_str!("../../../data/lexicons/organizations.tsv")) {
            let Some(category) = row.get(1).copied() else {
                continue;
            };
            let info = OrgInfo {
                category,
                country: row.get(2).copied().filter(|c| !c.is_empty()),
                armed: row.get(3) == Some(&"armed"),
            };
            if row[0].starts_with(|c: char| c.is_lowercase()) {
                derive(row[0]);
                org_nouns.insert(phrase_elements(row[0], true), info);
            } else {
                org_names.insert(row[0].to_lowercase(), info);
            }
        }

        let org_heads = rows(include_str!("../../../data/lexicons/org_heads.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0], r[1]))
            .collect();
        let descriptor_rows: Vec<Vec<&'static str>> = rows(include_str!(
            "../../../data/lexicons/person_descriptors.txt"
        ))
        .collect();
        let descriptors: HashSet<&'static str> = descriptor_rows.iter().map(|r| r[0]).collect();
        let media_workers = descriptor_rows
            .iter()
            .filter(|r| r.get(1) == Some(&"media"))
            .map(|r| r[0])
            .collect();
        let mut titles = PhraseSet::default();
        for row in rows(include_str!("../../../data/lexicons/titles.tsv")) {
            titles.insert(
                phrase_elements(row[0], false),
                row.get(1).copied().unwrap_or(""),
            );
        }
        let mut status_cues = PhraseSet::default();
        for row in rows(include_str!("../../../data/lexicons/status_cues.tsv")) {
            if row.len() < 3 {
                continue;
            }
            let place = match row[2] {
                "before" => CueWhere::Before,
                "after" => CueWhere::After,
                _ => CueWhere::Clause,
            };
            status_cues.insert(
                phrase_elements(row[0], false),
                StatusCue {
                    status: row[1],
                    place,
                },
            );
        }
        let mut currencies: HashMap<String, Vec<_>> = HashMap::default();
        for row in rows(include_str!("../../../data/lexicons/currencies.tsv")) {
            if row.len() >= 2 {
                currencies
                    .entry(row[0].to_lowercase())
                    .or_default()
                    .push((row[1], row.get(2).copied().filter(|c| !c.is_empty())));
            }
        }
        let mut penalty_words = PhraseSet::default();
        for row in rows(include_str!("../../../data/lexicons/penalties.tsv")) {
            if row.len() >= 2 {
                penalty_words.insert(phrase_elements(row[0], false), row[1]);
            }
        }
        let mut group_nouns = PhraseSet::default();
        for row in rows(include_str!("../../../data/lexicons/group_nouns.txt")) {
            group_nouns.insert(phrase_elements(row[0], false), ());
        }
        // "four former organisers", "three teachers": the plural of a word describing a
        // person names a group, except for those who act for the state ("officers").
        for row in &descriptor_rows {
            let state_side = row.get(1) == Some(&"state");
            if !row[0].contains(' ') && !state_side {
                group_nouns.insert(vec![Element::Exact(plural(row[0]))], ());
            }
        }
        let numbers = rows(include_str!("../../../data/lexicons/numbers.tsv"))
            .filter_map(|r| Some((r[0], r.get(1)?.parse().ok()?)))
            .collect();
        let given_names = rows(include_str!("../../../data/lexicons/given_names.tsv"))
            .filter_map(|r| Some((r[0], r.get(1)?.chars().next()?)))
            .collect();
        let mut charges = PhraseSet::default();
        for row in rows(include_str!("../../../data/lexicons/charges.txt")) {
            charges.insert(phrase_elements(row[0], false), ());
        }
        let mut idioms = PhraseSet::default();
        for row in rows(include_str!("../../../data/lexicons/idioms.txt")) {
            idioms.insert(phrase_elements(row[0], false), ());
        }
        let mut org_suffixes = PhraseSet::default();
        let mut org_suffix_words = HashMap::default();
        for row in rows(include_str!("../../../data/lexicons/org_suffixes.tsv")) {
            if row.len() >= 2 {
                org_suffixes.insert(phrase_elements(row[0], false), row[1]);
                if !row[0].contains(' ') {
                    org_suffix_words.insert(row[0], row[1]);
                }
            }
        }
        let victim_verbs = words(include_str!("../../../data/lexicons/victim_verbs.txt"));
        let protest_offences = words(include_str!("../../../data/lexicons/protest_offences.txt"));
        let course_verbs = words(include_str!("../../../data/lexicons/course_verbs.txt"));
        let physical_blocks = words(include_str!("../../../data/lexicons/physical_blocks.txt"));
        let office_heads = words(include_str!("../../../data/lexicons/office_heads.txt"));
        let quarrel_nouns = words(include_str!("../../../data/lexicons/quarrel_nouns.txt"));
        let seized_lands = words(include_str!("../../../data/lexicons/seized_lands.txt"));
        let search_places = words(include_str!("../../../data/lexicons/search_places.txt"));
        let release_call_verbs = words(include_str!(
            "../../../data/lexicons/release_call_verbs.txt"
        ));
        let power_verbs = words(include_str!("../../../data/lexicons/power_verbs.txt"));
        let group_modifiers = words(include_str!("../../../data/lexicons/group_modifiers.txt"));
        let statement_nouns = words(include_str!("../../../data/lexicons/statement_nouns.txt"));
        let document_nouns = words(include_str!("../../../data/lexicons/document_nouns.txt"));
        let publishing_verbs = words(include_str!("../../../data/lexicons/publishing_verbs.txt"));
        let term_end_verbs = words(include_str!("../../../data/lexicons/term_end_verbs.txt"));
        let org_references = rows(include_str!("../../../data/lexicons/org_references.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0], r[1].split(',').map(str::trim).collect()))
            .collect();
        let force_members = rows(include_str!("../../../data/lexicons/force_members.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0], r[1].split(',').map(str::trim).collect()))
            .collect();
        let premises = rows(include_str!("../../../data/lexicons/premises.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0], r[1]))
            .collect();
        let vote_results = rows(include_str!("../../../data/lexicons/vote_results.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0], r[1]))
            .collect();
        let facility_heads = words(include_str!("../../../data/lexicons/facility_heads.txt"));
        let law_words = words(include_str!("../../../data/lexicons/law_words.txt"));
        let name_adjectives = words(include_str!("../../../data/lexicons/name_adjectives.txt"));
        let platforms = words(include_str!("../../../data/lexicons/platforms.txt"));
        let cities_known_abroad = words(include_str!(
            "../../../data/lexicons/cities_known_abroad.txt"
        ));
        let not_names = words(include_str!("../../../data/lexicons/not_names.txt"));
        let assessment = words(include_str!("../../../data/lexicons/assessment_words.txt"));
        let untrue = words(include_str!("../../../data/lexicons/untrue_words.txt"));
        let peoples = words(include_str!("../../../data/lexicons/peoples.txt"));
        let body_nouns = words(include_str!("../../../data/lexicons/body_nouns.txt"));
        let settlement_words = words(include_str!("../../../data/lexicons/settlement_words.txt"));
        let vote_scope = rows(include_str!("../../../data/lexicons/vote_scope_words.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0], r[1] == "city"))
            .collect();
        let happenings: Vec<Vec<&'static str>> =
            rows(include_str!("../../../data/lexicons/happenings.tsv"))
                .filter(|r| r.len() >= 3)
                .collect();
        let happening_nouns = happenings
            .iter()
            .filter(|r| r[2] == "noun")
            .map(|r| (r[0], r[1]))
            .collect();
        let happening_verbs = happenings
            .iter()
            .filter(|r| r[2] == "verb")
            .map(|r| (r[0], r[1]))
            .collect();
        let violence_cues: Vec<(&'static str, &'static str, &'static str)> =
            rows(include_str!("../../../data/lexicons/violence_cues.tsv"))
                .filter(|r| r.len() >= 3)
                .map(|r| (r[0], r[1], r[2]))
                .collect();
        let mut violence_words: HashMap<&'static str, Vec<(&'static str, bool)>> =
            HashMap::default();
        for &(cue, role, how) in violence_cues.iter().filter(|r| r.2 != "prefix") {
            violence_words
                .entry(cue)
                .or_default()
                .push((role, how == "lemma"));
        }
        let violence_prefixes = violence_cues
            .iter()
            .filter(|r| r.2 == "prefix")
            .map(|&(cue, role, _)| (cue, role))
            .collect();
        Lexicons {
            violence_cues,
            violence_words,
            violence_prefixes,
            vote_scope,
            happening_nouns,
            happening_verbs,
            given_names,
            assessment,
            untrue,
            peoples,
            body_nouns,
            settlement_words,
            law_words,
            name_adjectives,
            platforms,
            cities_known_abroad,
            not_names,
            org_suffixes,
            org_suffix_words,
            facility_heads,
            org_references,
            force_members,
            premises,
            vote_results,
            group_modifiers,
            physical_blocks,
            office_heads,
            quarrel_nouns,
            seized_lands,
            search_places,
            release_call_verbs,
            power_verbs,
            course_verbs,
            protest_offences,
            victim_verbs,
            statement_nouns,
            document_nouns,
            publishing_verbs,
            term_end_verbs,
            lemmas,
            derived_lemmas,
            triggers,
            org_nouns,
            org_names,
            org_heads,
            descriptors,
            media_workers,
            titles,
            status_cues,
            currencies,
            penalty_words,
            group_nouns,
            numbers,
            charges,
            idioms,
        }
    }

    /// The lemmas of a lower-case word (the word itself when the table does not know it).
    pub fn lemmas_of(&self, lower: &str) -> &[&'static str] {
        self.lemmas
            .get(lower)
            .or_else(|| self.derived_lemmas.get(lower))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Whether a lower-case word is a site's head as written capitalised in a name
    /// (`data/lexicons/facility_heads.txt`: "prison" for "Lefortovo Prison").
    pub fn is_capitalised_facility_head(&self, lower: &str) -> bool {
        let mut chars = lower.chars();
        let title: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        self.facility_heads.contains(title.as_str())
    }

    /// Whether a lower-case word is an ordinary English word.
    pub fn is_english_word(&self, lower: &str) -> bool {
        self.lemmas.contains_key(lower)
    }
}

/// The regular inflections of an English verb or noun the lemma table does not know:
/// "deregister" → "deregisters", "deregistered", "deregistering".
fn regular_forms(word: &str) -> Vec<String> {
    let mut forms = vec![format!("{word}s"), format!("{word}ing")];
    if let Some(stem) = word.strip_suffix('e') {
        forms.extend([format!("{word}d"), format!("{stem}ing")]);
    } else if let Some(stem) = word.strip_suffix('y') {
        forms.extend([format!("{stem}ied"), format!("{stem}ies")]);
    } else {
        forms.extend([format!("{word}ed"), format!("{word}es")]);
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::Lexicons;

    #[test]
    fn every_violence_cue_names_a_known_role_and_way_of_matching() {
        let lex = Lexicons::load();
        assert!(!lex.violence_cues.is_empty());
        for &(cue, role, how) in &lex.violence_cues {
            assert!(
                matches!(role, "harm" | "casualty" | "public" | "hidden"),
                "{cue}: role {role}"
            );
            assert!(
                matches!(how, "lemma" | "word" | "prefix"),
                "{cue}: match {how}"
            );
        }
    }
}
