//! The word lists of `data/dates/`, compiled once into a vocabulary the tokenizer looks words up in.
//!
//! Every word the finder cares about gets a small integer id and a [`WordInfo`] saying what it can
//! be (a month, a weekday, a number word, a cue ...). Phrases (vague spans, future cues) are kept as
//! sequences of [`PhraseTok`] so they can be compared with the token stream without allocating.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use chrono::Weekday;

use crate::token::{tokenize_raw, TokKind, Token};

/// A grammatical role fixed by the code (not a monitor-editable list): these words steer the
/// patterns in `scan.rs` themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Last,
    This,
    Next,
    Earlier,
    Later,
    Ago,
    Unit(Unit, bool),
    Weekend,
    Night,
    DayPart,
    Between,
    To,
    And,
    The,
    Of,
    Before,
    After,
    Ordinal,
    PluralS,
    On,
    Following,
    Previous,
    That,
    Same,
}

/// A unit of time as counted in "two weeks ago".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// Bit flags from the plain word lists.
pub(crate) const DATE_CUE: u16 = 1;
pub(crate) const CLAUSE_BREAK: u16 = 2;
pub(crate) const REPORTING: u16 = 4;
pub(crate) const COUNT_NOUN: u16 = 8;
pub(crate) const PAST: u16 = 16;
/// The word starts some vague phrase / some future cue (saves trying the phrase lists).
pub(crate) const STARTS_VAGUE: u16 = 32;
pub(crate) const STARTS_FUTURE: u16 = 64;
pub(crate) const YEAR_CUE: u16 = 128;
/// A verb that puts a hearing off: a date after "until" or "to" in its sentence is to come.
pub(crate) const PUT_OFF: u16 = 256;

/// What one vocabulary word can be.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordInfo {
    /// Month number and whether this spelling is an abbreviation ("Dec").
    pub month: Option<(u32, bool)>,
    pub weekday: Option<Weekday>,
    pub number: Option<u32>,
    pub rel_day: Option<i64>,
    pub tag: Option<Tag>,
    pub flags: u16,
}

/// One token of a phrase: a vocabulary word or a punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhraseTok {
    Word(u32),
    Punct(char),
}

impl PhraseTok {
    pub fn is_word(self, id: u32) -> bool {
        self == PhraseTok::Word(id)
    }
}

/// The last token of `phrase` when the tokens from `i` spell it.
pub(crate) fn phrase_end(toks: &[Token], i: usize, phrase: &[PhraseTok]) -> Option<usize> {
    for (k, p) in phrase.iter().enumerate() {
        let t = toks.get(i + k)?;
        let same = match (p, t.kind) {
            (PhraseTok::Word(id), TokKind::Word) => *id == t.id,
            (PhraseTok::Punct(c), TokKind::Punct(d)) => *c == d,
            _ => false,
        };
        if !same {
            return None;
        }
    }
    Some(i + phrase.len().checked_sub(1)?)
}

/// FNV-1a: the vocabulary is looked up once per word of every document, and its keys are short
/// trusted words, so a simple fast hash beats the default DoS-resistant one.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) struct Lexicon {
    /// Lower-case word (as bytes, so that a lookup needs no UTF-8 check) to its id.
    ids: HashMap<Box<[u8]>, u32, BuildHasherDefault<Fnv>>,
    /// Indexed by word id; id 0 is "not a known word".
    pub infos: Vec<WordInfo>,
    /// Vague phrases, longest first.
    pub vague: Vec<Vec<PhraseTok>>,
    /// Phrases meaning the day just told ("by evening"), longest first.
    pub same_day: Vec<Vec<PhraseTok>>,
    pub future: Vec<Vec<PhraseTok>>,
    /// Words before a count that make it a term handed down ("sentenced to six years").
    pub term_leads: Vec<&'static str>,
    /// Length in bytes of the longest vocabulary word (longer words are never looked up).
    pub max_len: usize,
}

const MONTHS: &str = include_str!("../../../data/dates/months.txt");
const WEEKDAYS: &str = include_str!("../../../data/dates/weekdays.txt");
const NUMBERS: &str = include_str!("../../../data/dates/numbers.txt");
const RELATIVE_DAYS: &str = include_str!("../../../data/dates/relative_days.txt");
const VAGUE: &str = include_str!("../../../data/dates/vague.txt");
const SAME_DAY: &str = include_str!("../../../data/dates/same_day.txt");
const FUTURE: &str = include_str!("../../../data/dates/future_cues.txt");
const REPORTING_VERBS: &str = include_str!("../../../data/dates/reporting_verbs.txt");
const DATE_CUES: &str = include_str!("../../../data/dates/date_cues.txt");
const CLAUSE_BREAKS: &str = include_str!("../../../data/dates/clause_breaks.txt");
const COUNT_NOUNS: &str = include_str!("../../../data/dates/count_nouns.txt");
const YEAR_CUES: &str = include_str!("../../../data/dates/year_cues.txt");
const PAST_MARKERS: &str = include_str!("../../../data/dates/past_markers.txt");
const TERM_LEADS: &str = include_str!("../../../data/dates/term_leads.txt");
const PUT_OFF_VERBS: &str = include_str!("../../../data/dates/put_off_verbs.txt");

/// Grammar words and their roles.
const TAGS: &[(&str, Tag)] = &[
    ("last", Tag::Last),
    ("this", Tag::This),
    ("next", Tag::Next),
    ("earlier", Tag::Earlier),
    ("later", Tag::Later),
    ("ago", Tag::Ago),
    ("day", Tag::Unit(Unit::Day, false)),
    ("days", Tag::Unit(Unit::Day, true)),
    ("week", Tag::Unit(Unit::Week, false)),
    ("weeks", Tag::Unit(Unit::Week, true)),
    ("month", Tag::Unit(Unit::Month, false)),
    ("months", Tag::Unit(Unit::Month, true)),
    ("year", Tag::Unit(Unit::Year, false)),
    ("years", Tag::Unit(Unit::Year, true)),
    ("decade", Tag::Unit(Unit::Decade, false)),
    ("decades", Tag::Unit(Unit::Decade, true)),
    ("weekend", Tag::Weekend),
    ("night", Tag::Night),
    ("morning", Tag::DayPart),
    ("afternoon", Tag::DayPart),
    ("evening", Tag::DayPart),
    ("between", Tag::Between),
    ("to", Tag::To),
    ("through", Tag::To),
    ("until", Tag::To),
    ("till", Tag::To),
    ("and", Tag::And),
    ("the", Tag::The),
    ("of", Tag::Of),
    ("before", Tag::Before),
    ("after", Tag::After),
    ("st", Tag::Ordinal),
    ("nd", Tag::Ordinal),
    ("rd", Tag::Ordinal),
    ("th", Tag::Ordinal),
    ("s", Tag::PluralS),
    ("on", Tag::On),
    ("following", Tag::Following),
    ("previous", Tag::Previous),
    ("that", Tag::That),
    ("same", Tag::Same),
];

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// The non-comment, non-blank lines of a data file.
fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            ids: HashMap::default(),
            infos: vec![WordInfo::default()],
            vague: Vec::new(),
            same_day: Vec::new(),
            future: Vec::new(),
            term_leads: lines(TERM_LEADS).collect(),
            max_len: 0,
        };
        for line in lines(MONTHS) {
            let mut parts = line.split_whitespace();
            let Some(Ok(n)) = parts.next().map(str::parse::<u32>) else {
                continue;
            };
            for (k, name) in parts.enumerate() {
                lex.info_mut(name).month = Some((n, k > 0));
            }
        }
        for line in lines(WEEKDAYS) {
            let mut parts = line.split_whitespace();
            let Some(Ok(n)) = parts.next().map(str::parse::<u8>) else {
                continue;
            };
            let Ok(day) = Weekday::try_from(n.wrapping_sub(1)) else {
                continue;
            };
            for name in parts {
                lex.info_mut(name).weekday = Some(day);
            }
        }
        for (word, value) in lines(NUMBERS).filter_map(|l| l.split_once(char::is_whitespace)) {
            if let Ok(v) = value.trim().parse() {
                lex.info_mut(word).number = Some(v);
            }
        }
        for (word, value) in lines(RELATIVE_DAYS).filter_map(|l| l.split_once(char::is_whitespace))
        {
            if let Ok(v) = value.trim().parse() {
                lex.info_mut(word).rel_day = Some(v);
            }
        }
        for (list, flag) in [
            (DATE_CUES, DATE_CUE),
            (CLAUSE_BREAKS, CLAUSE_BREAK),
            (REPORTING_VERBS, REPORTING),
            (COUNT_NOUNS, COUNT_NOUN),
            (PAST_MARKERS, PAST),
            (YEAR_CUES, YEAR_CUE),
            (PUT_OFF_VERBS, PUT_OFF),
        ] {
            for word in lines(list) {
                lex.info_mut(word).flags |= flag;
            }
        }
        for &(word, tag) in TAGS {
            lex.info_mut(word).tag = Some(tag);
        }
        let mut vague: Vec<_> = lines(VAGUE).map(|l| lex.phrase(l)).collect();
        vague.sort_by_key(|p| std::cmp::Reverse(p.len()));
        lex.vague = vague;
        let mut same_day: Vec<_> = lines(SAME_DAY).map(|l| lex.phrase(l)).collect();
        same_day.sort_by_key(|p| std::cmp::Reverse(p.len()));
        lex.same_day = same_day;
        lex.future = lines(FUTURE).map(|l| lex.phrase(l)).collect();
        for (list, flag) in [(&lex.vague, STARTS_VAGUE), (&lex.future, STARTS_FUTURE)] {
            let firsts: Vec<u32> = list
                .iter()
                .filter_map(|p| match p.first() {
                    Some(PhraseTok::Word(id)) => Some(*id),
                    _ => None,
                })
                .collect();
            for id in firsts {
                if let Some(info) = lex.infos.get_mut(id as usize) {
                    info.flags |= flag;
                }
            }
        }
        lex
    }

    fn intern(&mut self, word: &str) -> u32 {
        let key = word.to_lowercase();
        if let Some(&id) = self.ids.get(key.as_bytes()) {
            return id;
        }
        let id = self.infos.len() as u32;
        self.max_len = self.max_len.max(key.len());
        self.ids.insert(key.into_bytes().into_boxed_slice(), id);
        self.infos.push(WordInfo::default());
        id
    }

    fn info_mut(&mut self, word: &str) -> &mut WordInfo {
        let id = self.intern(word) as usize;
        &mut self.infos[id]
    }

    /// Splits a phrase with the document tokenizer so both sides compare token for token.
    fn phrase(&mut self, text: &str) -> Vec<PhraseTok> {
        tokenize_raw(text)
            .into_iter()
            .map(|t| match t.kind {
                TokKind::Punct(c) => PhraseTok::Punct(c),
                _ => PhraseTok::Word(self.intern(&text[t.b0..t.b1])),
            })
            .collect()
    }

    /// The id of an ASCII word (case-insensitive), 0 when it is not in the vocabulary.
    pub fn lookup(&self, word: &str) -> u32 {
        if word.len() > self.max_len || !word.is_ascii() {
            return 0;
        }
        let mut buf = [0u8; 32];
        let Some(slot) = buf.get_mut(..word.len()) else {
            return 0;
        };
        slot.copy_from_slice(word.as_bytes());
        slot.make_ascii_lowercase();
        self.ids.get(&*slot).copied().unwrap_or(0)
    }

    pub fn info(&self, id: u32) -> &WordInfo {
        self.infos.get(id as usize).unwrap_or(&self.infos[0])
    }
}
