//! Entity types, IOB2 labels and the spans they describe.

use std::fmt;

/// The four CoNLL-2003 entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityType {
    pub const ALL: [EntityType; 4] = [
        EntityType::Per,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Misc,
    ];

    /// The CoNLL name: `PER`, `ORG`, `LOC`, `MISC`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The `chronicle/1` entity kind, if the type has one (MISC has none).
    pub fn kind(self) -> Option<chronicle_record::EntityKind> {
        use chronicle_record::EntityKind;
        match self {
            EntityType::Per => Some(EntityKind::Person),
            EntityType::Org => Some(EntityKind::Organization),
            EntityType::Loc => Some(EntityKind::Place),
            EntityType::Misc => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One token's tag in the IOB2 scheme: outside, beginning or inside of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    O,
    B(EntityType),
    I(EntityType),
}

impl Label {
    /// Number of distinct labels; [`Label::index`] maps into `0..COUNT`.
    pub const COUNT: usize = 9;

    /// Dense index: O = 0, B-x = 1..=4, I-x = 5..=8.
    pub fn index(self) -> usize {
        match self {
            Label::O => 0,
            Label::B(t) => 1 + t.index(),
            Label::I(t) => 5 + t.index(),
        }
    }

    /// Inverse of [`Label::index`]; indices past the end give `O`.
    pub fn from_index(i: usize) -> Label {
        match i {
            1..=4 => Label::B(EntityType::ALL[i - 1]),
            5..=8 => Label::I(EntityType::ALL[i - 5]),
            _ => Label::O,
        }
    }

    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Label::O => None,
            Label::B(t) | Label::I(t) => Some(t),
        }
    }

    /// Parses `O`, `B-PER`, `I-LOC`, … (`E-`/`S-` of IOBES read as `I-`/`B-`).
    pub fn parse(s: &str) -> Option<Label> {
        if s == "O" {
            return Some(Label::O);
        }
        let (prefix, ty) = s.split_once('-')?;
        let ty = EntityType::parse(ty)?;
        match prefix {
            "B" | "S" => Some(Label::B(ty)),
            "I" | "E" => Some(Label::I(ty)),
            _ => None,
        }
    }

    /// Whether `next` may follow `prev` in valid IOB2 (`None` = sentence start).
    pub fn may_follow(prev: Option<Label>, next: Label) -> bool {
        match next {
            Label::I(t) => matches!(prev, Some(Label::B(p) | Label::I(p)) if p == t),
            _ => true,
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Label::O => f.write_str("O"),
            Label::B(t) => write!(f, "B-{t}"),
            Label::I(t) => write!(f, "I-{t}"),
        }
    }
}

/// Rewrites IOB1 (an `I-` that opens an entity) into IOB2, in place.
pub fn to_iob2(labels: &mut [Label]) {
    let mut prev = None;
    for label in labels.iter_mut() {
        if let Label::I(t) = *label {
            if !Label::may_follow(prev, *label) {
                *label = Label::B(t);
            }
        }
        prev = Some(*label);
    }
}

/// The entities a label sequence describes, as token ranges `[start, end)` with their type.
///
/// Reads like conlleval: an `I-x` that does not continue an `x` entity opens a new one.
pub fn spans(labels: &[Label]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &label) in labels.iter().enumerate() {
        let continues = matches!((label, open), (Label::I(t), Some((_, o))) if t == o);
        if continues {
            continue;
        }
        if let Some((start, t)) = open.take() {
            out.push((start, i, t));
        }
        if let Some(t) = label.entity_type() {
            open = Some((i, t));
        }
    }
    if let Some((start, t)) = open {
        out.push((start, labels.len(), t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(s: &str) -> Vec<Label> {
        s.split_whitespace()
            .map(|t| Label::parse(t).unwrap())
            .collect()
    }

    #[test]
    fn index_round_trips() {
        for i in 0..Label::COUNT {
            assert_eq!(Label::from_index(i).index(), i);
        }
        assert_eq!(Label::parse("B-MISC"), Some(Label::B(EntityType::Misc)));
        assert_eq!(Label::parse("X-PER"), None);
        assert_eq!(Label::parse("B-FOO"), None);
    }

    #[test]
    fn spans_follow_conlleval() {
        let labels = parse_all("B-PER I-PER O I-LOC I-LOC B-LOC I-ORG O");
        assert_eq!(
            spans(&labels),
            vec![
                (0, 2, EntityType::Per),
                (3, 5, EntityType::Loc),
                (5, 6, EntityType::Loc),
                (6, 7, EntityType::Org)
            ]
        );
    }

    #[test]
    fn iob1_becomes_iob2() {
        let mut labels = parse_all("I-PER I-PER B-PER O I-ORG");
        to_iob2(&mut labels);
        assert_eq!(labels, parse_all("B-PER I-PER B-PER O B-ORG"));
    }
}
