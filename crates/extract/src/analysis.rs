//! The layered analysis of one document: the [`Doc`] and every layer the pipeline adds.
//!
//! Each pipeline stage reads the layers before it and adds its own: token norms and lemmas
//! here, then dates, entity mentions, and event drafts. All spans are token ranges or byte
//! ranges into the one immutable text.

use chronicle_text::{Doc, TokenShape};

use crate::lexicon::Lexicons;

/// A date expression found in the text, resolved against the document's anchor.
#[derive(Debug, Clone)]
pub struct DateSpan {
    /// Token range.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Option<String>,
    pub precision: &'static str,
    /// The text marks it as still to come ("will", "upcoming").
    pub future: bool,
    /// Days it counts from the day told before it ("the next day" 1, "two days later" 2).
    pub days_after_previous: Option<i64>,
    /// It dates a saying: "told reporters on Friday".
    pub dates_saying: bool,
    /// It is the day a hearing is put off to: "adjourned the case to May 14".
    pub put_off: bool,
}

/// One mention of an entity: a token range.
#[derive(Debug, Clone)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
}

/// Where an entity draft comes from in the gazetteer, if anywhere.
#[derive(Debug, Clone)]
pub struct PlaceRef {
    pub id: u64,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub is_country: bool,
    /// A province or oblast: less exact than a city inside it.
    pub is_region: bool,
    /// The province a city lies in, or a province's own name, as GeoNames names it.
    pub admin1: Option<String>,
    /// People living there, as the gazetteer counts them.
    pub population: u64,
}

/// An entity as the pipeline builds it.
#[derive(Debug, Clone)]
pub struct EntityDraft {
    pub kind: chronicle_record::EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub descriptors: Vec<String>,
    pub category: Option<&'static str>,
    pub country: Option<String>,
    pub place: Option<PlaceRef>,
    pub count: Option<chronicle_record::Count>,
    /// Byte spans of its mentions.
    pub mentions: Vec<(usize, usize)>,
    /// A person described but not yet named ("a Karakalpak blogger"); the report usually
    /// names them in a later sentence.
    pub unnamed: bool,
    /// For a court, the place entity its name gives as its seat ("Bukhara Regional Court").
    pub seat: Option<usize>,
}

impl EntityDraft {
    pub fn new(kind: chronicle_record::EntityKind, name: &str) -> EntityDraft {
        EntityDraft {
            kind,
            name: name.to_string(),
            aliases: vec![],
            descriptors: vec![],
            category: None,
            country: None,
            place: None,
            count: None,
            mentions: vec![],
            unnamed: false,
            seat: None,
        }
    }

    pub fn is_person(&self) -> bool {
        self.kind == chronicle_record::EntityKind::Person
    }
}

/// A document and its layers.
pub struct Analysis<'l> {
    pub doc: Doc,
    pub lex: &'l Lexicons,
    norms: Vec<String>,
    lemmas: Vec<&'l [&'static str]>,
    /// For each token, whether it stands inside quotation marks (see [`Analysis::in_quotes`]).
    quoted: Vec<bool>,
    pub dates: Vec<DateSpan>,
    pub mentions: Vec<Mention>,
    /// For each token, the mention covering it.
    pub mention_at: Vec<Option<usize>>,
    pub entities: Vec<EntityDraft>,
    /// Tokens that open a sentence or a quotation (capitals there say little).
    pub opener: Vec<bool>,
    /// The country the document is mostly about.
    pub country: Option<String>,
    /// The place of a dateline ("GANJA, Azerbaijan —"), where the report was filed.
    pub dateline: Option<usize>,
    /// For a dateline filed from abroad ("BANGKOK - Myanmar's military government ..."), the
    /// country the report is about: its happenings are there, not in the dateline's city.
    pub filed_about: Option<usize>,
    /// The trained tagger's entity type for each token, if it tagged one.
    pub ner: Vec<Option<chronicle_ner::EntityType>>,
    /// For each token, whether it can be a word of a name (see `entities::names`): asked
    /// several times of most tokens, and worked out once.
    pub(crate) namey: std::cell::OnceCell<Vec<bool>>,
    /// For each token, whether it ends a clause (see [`Analysis::is_break`]): asked of every
    /// token many times over, and worked out once.
    breaks: Vec<bool>,
}

impl<'l> Analysis<'l> {
    pub fn new(doc: Doc, lex: &'l Lexicons) -> Analysis<'l> {
        let norms: Vec<String> = (0..doc.tokens.len())
            .map(|i| normalise(doc.token_text(i)))
            .collect();
        let lemmas = norms.iter().map(|n| lex.lemmas_of(n)).collect();
        let mut opener = vec![false; doc.tokens.len()];
        for s in &doc.sentences {
            if s.tokens.start < opener.len() {
                opener[s.tokens.start] = true;
            }
        }
        for i in 1..norms.len() {
            if matches!(norms[i - 1].as_str(), "\"" | ":" | "--" | "(" | "—") {
                opener[i] = true;
            }
            // "GIZA - Journalist Mahmoud Ragab ...": a hyphen standing apart as a dash
            // (not the joint of "Rostov-on-Don").
            let spaced = |k: usize| k > 0 && doc.tokens[k].start > doc.tokens[k - 1].end;
            if norms[i - 1] == "-" && spaced(i - 1) && spaced(i) {
                opener[i] = true;
            }
        }
        let n = doc.tokens.len();
        let mut a = Analysis {
            doc,
            lex,
            norms,
            quoted: vec![],
            lemmas,
            dates: vec![],
            mentions: vec![],
            mention_at: vec![None; n],
            entities: vec![],
            opener,
            country: None,
            dateline: None,
            filed_about: None,
            ner: vec![None; n],
            namey: std::cell::OnceCell::new(),
            breaks: vec![],
        };
        a.quoted = a.quotation_marks();
        a.breaks = (0..n).map(|i| a.ends_clause(i)).collect();
        a
    }

    /// For each token, whether quotation marks opened earlier in its paragraph are still
    /// open there.
    fn quotation_marks(&self) -> Vec<bool> {
        let mut quoted = vec![false; self.len()];
        let mut inside = false;
        for (si, s) in self.doc.sentences.iter().enumerate() {
            if si == 0 || !self.same_paragraph(si - 1, si) {
                inside = false;
            }
            for k in s.tokens.clone() {
                quoted[k] = inside;
                if self.norm(k) == "\"" {
                    inside = !inside;
                }
            }
        }
        quoted
    }

    pub fn len(&self) -> usize {
        self.norms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.norms.is_empty()
    }

    /// The token's lower-case form with typographic quotes and dashes folded to ASCII.
    pub fn norm(&self, i: usize) -> &str {
        self.norms.get(i).map(String::as_str).unwrap_or("")
    }

    pub fn lemmas(&self, i: usize) -> &[&'static str] {
        self.lemmas.get(i).copied().unwrap_or(&[])
    }

    pub fn has_lemma(&self, i: usize, lemma: &str) -> bool {
        self.norm(i) == lemma || self.lemmas(i).contains(&lemma)
    }

    /// Token `i` as written; past the end, the empty string (rules look a few tokens ahead).
    pub fn text(&self, i: usize) -> &str {
        if i < self.len() {
            self.doc.token_text(i)
        } else {
            ""
        }
    }

    /// Token `i`'s shape; past the end, punctuation.
    pub fn shape(&self, i: usize) -> TokenShape {
        self.doc
            .tokens
            .get(i)
            .map(|t| t.shape)
            .unwrap_or(TokenShape::Punct)
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        i < self.len() && matches!(self.shape(i), TokenShape::Capitalized | TokenShape::AllCaps)
    }

    /// Text of tokens `start..end` as written.
    pub fn span_text(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let s = self.doc.tokens[start].start;
        let e = self.doc.tokens[end - 1].end;
        self.doc.slice(s, e)
    }

    /// Whether token `i` is a dash written between two words with no space: "Ganja–Gazakh".
    pub fn joining_dash(&self, i: usize) -> bool {
        let t = &self.doc.tokens;
        self.norm(i) == "--"
            && i > 0
            && i + 1 < t.len()
            && t[i - 1].end == t[i].start
            && t[i].end == t[i + 1].start
    }

    /// Punctuation that ends a clause.
    pub fn is_break(&self, i: usize) -> bool {
        self.breaks.get(i).copied().unwrap_or(false)
    }

    fn ends_clause(&self, i: usize) -> bool {
        match self.norm(i) {
            "." => !self.in_initials(i),
            n => matches!(n, ";" | ":" | "!" | "?" | "--" | "(" | ")" | "\"" | "..."),
        }
    }

    /// Whether the full stop at `i` belongs to initials written without spaces ("N.Yu.",
    /// "A.K."): a name, not the end of a clause.
    fn in_initials(&self, i: usize) -> bool {
        let tokens = &self.doc.tokens;
        let glued = |j: usize| j > 0 && j < tokens.len() && tokens[j].start == tokens[j - 1].end;
        let initial = |j: usize| {
            self.is_capitalised(j) && self.text(j).chars().count() <= 2 && self.text(j) != "I"
        };
        // The letter before it, itself after a glued full stop ("N" "." "Yu" ".", or "N."
        // "Yu" ".") or before a glued letter.
        i > 0
            && glued(i)
            && initial(i - 1)
            && ((i >= 2 && glued(i - 1) && self.norm(i - 2).ends_with('.'))
                || (glued(i + 1) && initial(i + 1)))
    }

    /// Whether entity `e` is a place finer than a region: a city, a town or a village the
    /// gazetteer may not know.
    pub fn is_city(&self, e: usize) -> bool {
        let entity = &self.entities[e];
        entity.kind == chronicle_record::EntityKind::Place
            && !entity
                .place
                .as_ref()
                .is_some_and(|p| p.is_country || p.is_region)
    }

    /// The tokens of the paragraph holding token `i`.
    pub fn paragraph_range(&self, i: usize) -> std::ops::Range<usize> {
        let here = self.doc.sentence_of(i.min(self.len().saturating_sub(1)));
        let mut first = here;
        while first > 0 && self.same_paragraph(first - 1, first) {
            first -= 1;
        }
        let mut last = here;
        while last + 1 < self.doc.sentences.len() && self.same_paragraph(last, last + 1) {
            last += 1;
        }
        self.doc.sentences[first].tokens.start..self.doc.sentences[last].tokens.end
    }

    /// Whether token `i` stands in a picture's caption: a paragraph opening "Photo:",
    /// "Caption:" or "Pictured:" describes an image of what the report tells.
    pub fn in_caption(&self, i: usize) -> bool {
        let p = self.paragraph_range(i);
        p.len() > 2
            && matches!(
                self.norm(p.start),
                "photo" | "caption" | "pictured" | "photograph"
            )
            && self.norm(p.start + 1) == ":"
    }

    /// Whether token `i` stands inside quotation marks opened earlier in its paragraph.
    pub fn in_quotes(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    /// Whether sentence `second` follows `first` in one paragraph (no line break between).
    pub fn same_paragraph(&self, first: usize, second: usize) -> bool {
        let from = self.doc.sentences[first].end;
        let to = self.doc.sentences[second].start;
        from <= to && !self.doc.slice(from, to).contains('\n')
    }

    /// The sentence's token range holding token `i`.
    pub fn sentence_range(&self, i: usize) -> std::ops::Range<usize> {
        let s = self.doc.sentence_of(i);
        self.doc.sentences[s].tokens.clone()
    }

    /// The dash that closes the dateline opening the sentence of token `i` ("KAMPALA, Oct 17 —",
    /// "SANTA CRUZ, Bolivia, May 29 (Example News) -"): the sentence opens with a word in
    /// capitals and a dash follows within its first words.
    pub fn dateline_dash(&self, i: usize) -> Option<usize> {
        let sentence = self.sentence_range(i);
        if self.shape(sentence.start) != chronicle_text::TokenShape::AllCaps {
            return None;
        }
        (sentence.start + 1..sentence.end.min(sentence.start + 14))
            .find(|&k| matches!(self.norm(k), "--" | "-"))
    }

    /// The entity mentioned at token `i`, if any.
    pub fn entity_at(&self, i: usize) -> Option<usize> {
        self.mention_at
            .get(i)
            .copied()
            .flatten()
            .map(|m| self.mentions[m].entity)
    }

    /// Gives every mention of entity `from` to entity `to`: two names found to be one
    /// person's.
    pub fn move_mentions(&mut self, from: usize, to: usize) {
        for m in self.mentions.iter_mut().filter(|m| m.entity == from) {
            m.entity = to;
        }
        let spans = std::mem::take(&mut self.entities[from].mentions);
        self.entities[to].mentions.extend(spans);
        self.entities[to].mentions.sort_unstable();
    }

    pub fn add_mention(&mut self, start: usize, end: usize, entity: usize) {
        let m = self.mentions.len();
        self.mentions.push(Mention { start, end, entity });
        for slot in &mut self.mention_at[start..end] {
            *slot = Some(m);
        }
        let (s, e) = (self.doc.tokens[start].start, self.doc.tokens[end - 1].end);
        self.entities[entity].mentions.push((s, e));
    }

    /// Stretches the mention starting at token `start` to end at token `end`: "N.Yu" taken
    /// by the names layer without its final full stop.
    pub fn extend_mention(&mut self, start: usize, end: usize) {
        let Some(m) = self.mention_at.get(start).copied().flatten() else {
            return;
        };
        let old = (self.mentions[m].start, self.mentions[m].end);
        if old.0 != start || old.1 >= end || self.mention_at[old.1..end].iter().any(Option::is_some)
        {
            return;
        }
        self.mentions[m].end = end;
        for slot in &mut self.mention_at[old.1..end] {
            *slot = Some(m);
        }
        let (s, e_old, e_new) = (
            self.doc.tokens[start].start,
            self.doc.tokens[old.1 - 1].end,
            self.doc.tokens[end - 1].end,
        );
        let entity = self.mentions[m].entity;
        if let Some(span) = self.entities[entity]
            .mentions
            .iter_mut()
            .find(|span| **span == (s, e_old))
        {
            span.1 = e_new;
        }
    }

    /// Puts mentions in text order (stages add them in their own order).
    pub fn sort_mentions(&mut self) {
        self.mentions.sort_by_key(|m| (m.start, m.end));
        self.mention_at.iter_mut().for_each(|s| *s = None);
        for (i, m) in self.mentions.iter().enumerate() {
            for slot in &mut self.mention_at[m.start..m.end] {
                *slot = Some(i);
            }
        }
    }

    pub fn is_free(&self, start: usize, end: usize) -> bool {
        end <= self.len() && self.mention_at[start..end].iter().all(Option::is_none)
    }
}

fn normalise(token: &str) -> String {
    if token.is_ascii() && !token.contains('`') {
        // Most tokens: for ASCII, lower-casing is the ASCII one, and the backquote is the only
        // ASCII character folded below.
        return token.to_ascii_lowercase();
    }
    let mut s = String::with_capacity(token.len());
    for c in token.chars() {
        match c {
            '’' | '‘' | '`' | 'ʼ' => s.push('\''),
            '“' | '”' | '«' | '»' | '„' => s.push('"'),
            '—' | '–' => s.push_str("--"),
            c => s.extend(c.to_lowercase()),
        }
    }
    s
}
