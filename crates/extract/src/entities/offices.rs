//! Offices of international bodies named in lower case after the body: "the UN human rights
//! office said", "UN human rights experts called for his release". The office is a body of its
//! own, and reports (and the people who code them) name it in full.

use chronicle_record::EntityKind;

use crate::analysis::{Analysis, EntityDraft};

/// How many lower-case words may stand between the body's name and the office's head word.
const MAX_WORDS: usize = 4;

/// Stretches each mention of an international body over the lower-case words naming one of
/// its offices (`data/lexicons/office_heads.txt`), and gives it to an entity of that name.
pub fn name_offices(a: &mut Analysis) {
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for (m, mention) in a.mentions.iter().enumerate() {
        let body = &a.entities[mention.entity];
        if body.kind != EntityKind::Organization || body.category != Some("international") {
            continue;
        }
        let head = (mention.end..(mention.end + MAX_WORDS).min(a.len()))
            .take_while(|&k| a.shape(k) == chronicle_text::TokenShape::Lower && !a.is_break(k))
            .find(|&k| a.lex.office_heads.contains(a.norm(k)));
        // ("the UN experts": one word of the office at least.)
        if let Some(h) = head.filter(|&h| a.is_free(mention.end, h + 1)) {
            found.push((m, h + 1, a.span_text(mention.start, h + 1).to_string()));
        }
    }
    for (m, end, name) in found {
        let office =
            match a.entities.iter().position(|e| {
                e.kind == EntityKind::Organization && e.name.eq_ignore_ascii_case(&name)
            }) {
                Some(e) => e,
                None => {
                    let mut e = EntityDraft::new(EntityKind::Organization, &name);
                    e.category = Some("international");
                    a.entities.push(e);
                    a.entities.len() - 1
                }
            };
        let (start, old_end, body) = (a.mentions[m].start, a.mentions[m].end, a.mentions[m].entity);
        let span = (a.doc.tokens[start].start, a.doc.tokens[old_end - 1].end);
        a.entities[body].mentions.retain(|s| *s != span);
        a.mentions[m].entity = office;
        a.entities[office].mentions.push(span);
        a.extend_mention(start, end);
    }
}
