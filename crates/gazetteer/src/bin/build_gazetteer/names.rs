//! Which spellings of a place are worth matching in English news text.
//!
//! GeoNames lists, for a city, names in many scripts, airport codes, machine romanisations in
//! lower case ("awral", "wu la er") and sometimes everyday words. We keep Latin-script names
//! that look like names, add ASCII transliterations of Cyrillic names (which give "Shymkent",
//! "Qaraghandy"), and drop keys that are common English words in news.

use std::collections::{HashMap, HashSet};

use chronicle_gazetteer::name_key;

/// True when every letter is Latin (with any diacritics).
pub fn is_latin(name: &str) -> bool {
    name.chars().all(|c| {
        !c.is_alphabetic()
            || (c as u32) < 0x0300
            || ('\u{1E00}'..='\u{1EFF}').contains(&c)
            || ('\u{2C60}'..='\u{2C7F}').contains(&c)
            || ('\u{A720}'..='\u{A7FF}').contains(&c)
    })
}

/// True when every letter is Cyrillic.
pub fn is_cyrillic(name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| ('\u{0400}'..='\u{052F}').contains(&c))
}

/// Codes, numbers, addresses and lower-case romanisations: not how a report names a place.
pub fn is_junk(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let lower = name.to_lowercase();
    letters.len() < 3
        || name.chars().count() > 60
        || name.contains(['\t', '|', '\n', '/', '@', '(', ')', ','])
        || name.chars().any(|c| c.is_ascii_digit())
        || lower.contains("www")
        || lower.contains("http")
        || lower.contains(".com")
        || !letters.iter().any(|c| c.is_uppercase())
        || (letters.len() <= 4 && letters.iter().all(|c| c.is_uppercase()))
        || name_key(name).split(' ').count() > 6
}

/// Decides which keys are everyday English rather than place names.
pub struct Blocklist {
    pub stopwords: HashSet<String>,
    pub keep: HashSet<String>,
    pub english: HashSet<String>,
    pub lowercase_counts: HashMap<String, u32>,
}

impl Blocklist {
    /// A key is blocked when the curated stop list names it, or, unless the keep list saves it,
    /// when it is an English word and either an alternate spelling (GeoNames' alternates that are
    /// English words are folk translations and puns: "Lion" for Lyon, "Soul" for Seoul) or a
    /// place's own name that news text uses in lower case at least twice (CoNLL `eng.train`:
    /// "Police", "Best", "Deal").
    pub fn blocks(&self, key: &str, alternate: bool) -> bool {
        self.stopwords.contains(key)
            || (!self.keep.contains(key)
                && self.english.contains(key)
                && (alternate || self.lowercase_counts.get(key).copied().unwrap_or(0) >= 2))
    }
}

/// Collects display spellings, one per key, in the order offered.
#[derive(Default)]
pub struct NameSet {
    keys: HashSet<String>,
    /// Whether a name has been offered yet (the first is the place's own).
    offered: bool,
    pub names: Vec<String>,
}

impl NameSet {
    /// Adds `name` unless its key is empty, already present, or blocked. The first name added is
    /// the place's own; later ones are alternates, judged more strictly. Returns whether added.
    pub fn add(&mut self, name: &str, block: &Blocklist) -> bool {
        let alternate = self.offered;
        self.offered = true;
        let name = name.trim();
        if name.contains(['\t', '|', '\n']) {
            return false;
        }
        let key = name_key(name);
        if key.is_empty() || block.blocks(&key, alternate) || !self.keys.insert(key) {
            return false;
        }
        self.names.push(name.to_string());
        true
    }
}

/// The matchable names of a city: its own name, Latin alternates, then Cyrillic ones
/// transliterated. Returns the names and how many came only from transliteration.
pub fn city_names(name: &str, alternates: &[String], block: &Blocklist) -> (Vec<String>, usize) {
    let mut set = NameSet::default();
    set.add(name, block);
    for alt in alternates.iter().filter(|a| is_latin(a) && !is_junk(a)) {
        set.add(alt, block);
    }
    let mut transliterated = 0;
    for alt in alternates.iter().filter(|a| is_cyrillic(a)) {
        let ascii = any_ascii::any_ascii(alt);
        if !is_junk(&ascii) && set.add(&ascii, block) {
            transliterated += 1;
        }
    }
    (set.names, transliterated)
}

/// Generic words that wrap a region's proper name: "Almaty Oblysy", "Respublika Buryatiya",
/// "Xinjiang Uygur Zizhiqu". Longer suffixes first; they are stripped repeatedly.
const REGION_SUFFIXES: &[&str] = &[
    " autonomous region",
    " autonomous oblast",
    " autonomous okrug",
    " avtonomnyy okrug",
    " uygur zizhiqu",
    " zhuangzu zizhiqu",
    " huizu zizhiqu",
    " zizhiqu",
    " oblysy",
    " oblasti",
    " oblast",
    " qalasy",
    " province",
    " region",
    " governorate",
    " krai",
    " kray",
    " district",
    " county",
    " prefecture",
    " state",
    " territory",
    " voblasts",
    " viloyati",
    " wilayah",
    " sheng",
    " shi",
    " rayonu",
    " rayon",
    " marz",
    " city",
    " shahri",
    " sahari",
];
const REGION_PREFIXES: &[&str] = &[
    "respublika ",
    "republic of ",
    "province of ",
    "provincia de ",
    "provincia di ",
    "estado de ",
    "departamento de ",
    "region de ",
    "misto ",
    "gorod ",
    "city of ",
    "viloyati ",
];

/// A region's name with its generic wrappers removed, when it has any.
pub fn region_core(name: &str) -> Option<String> {
    let full = name_key(name);
    let mut core = full.as_str();
    loop {
        let before = core;
        for suffix in REGION_SUFFIXES {
            core = core.strip_suffix(suffix).unwrap_or(core);
        }
        for prefix in REGION_PREFIXES {
            core = core.strip_prefix(prefix).unwrap_or(core);
        }
        if core == before {
            break;
        }
    }
    (core != full && core.len() >= 3).then(|| title_case(core))
}

fn title_case(key: &str) -> String {
    key.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| f.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocklist() -> Blocklist {
        Blocklist {
            stopwords: ["court".to_string()].into(),
            keep: ["nice".to_string()].into(),
            english: ["lion", "police", "nice", "court"].map(String::from).into(),
            lowercase_counts: [("police".to_string(), 224), ("nice".to_string(), 3)].into(),
        }
    }

    #[test]
    fn scripts() {
        assert!(is_latin("Qarağandı") && is_latin("Oʻzbekiston") && is_latin("Ural'sk"));
        assert!(!is_latin("Орал") && !is_latin("阿拉木图"));
        assert!(is_cyrillic("Шымкент") && !is_cyrillic("Shymkent") && !is_cyrillic("-"));
    }

    #[test]
    fn junk_names() {
        for junk in [
            "URA",
            "wu la er",
            "Ab",
            "Paris 01 Louvre",
            "http://x.org",
            "A/B",
        ] {
            assert!(is_junk(junk), "{junk}");
        }
        for good in ["Uralsk", "Alma-Ata", "les Escaldes", "Ust-Kamenogorsk"] {
            assert!(!is_junk(good), "{good}");
        }
    }

    #[test]
    fn english_words_blocked_strictly_for_alternates() {
        let b = blocklist();
        assert!(b.blocks("court", false), "stop list");
        assert!(b.blocks("police", false), "everyday word as an own name");
        assert!(!b.blocks("lion", false), "rare in news as an own name");
        assert!(b.blocks("lion", true), "any English word as an alternate");
        assert!(!b.blocks("nice", true), "keep list");
        let (names, _) = city_names("Lyon", &["Lion".into(), "Lione".into(), "LYS".into()], &b);
        assert_eq!(names, ["Lyon", "Lione"]);
    }

    #[test]
    fn region_cores() {
        assert_eq!(region_core("Almaty Oblysy").as_deref(), Some("Almaty"));
        assert_eq!(
            region_core("Xinjiang Uygur Zizhiqu").as_deref(),
            Some("Xinjiang")
        );
        assert_eq!(
            region_core("Respublika Buryatiya").as_deref(),
            Some("Buryatiya")
        );
        assert_eq!(
            region_core("Tibet Autonomous Region").as_deref(),
            Some("Tibet")
        );
        assert_eq!(region_core("Pavlodar"), None);
    }
}
