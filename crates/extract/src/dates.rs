//! The date layer: every date expression of the text, resolved against the publication date
//! by `chronicle-dates`, placed on the token layer.

use chronicle_dates::{find_dates, Resolver};

use crate::analysis::{Analysis, DateSpan};
use crate::NaiveDate;

pub fn annotate(a: &mut Analysis, published: Option<NaiveDate>) {
    let mentions = find_dates(a.doc.text());
    let resolver = Resolver::new(published, &mentions);
    let mut spans = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let (bs, be) = (a.doc.byte_offset(m.start), a.doc.byte_offset(m.end));
        let start = a.doc.token_at(bs);
        let end = a.doc.token_at(be);
        if start >= end {
            continue;
        }
        let resolved = resolver.resolve(m);
        // "adjourned the case to June 14", written on May 30: a date after publication is
        // still to come even when no word says so.
        let after_publication = match (published, resolved.value.as_deref()) {
            (Some(p), Some(v)) if v.len() >= 7 && v.starts_with(|c: char| c.is_ascii_digit()) => {
                let p = p.format("%Y-%m-%d").to_string();
                v > &p[..v.len().min(p.len())]
            }
            _ => false,
        };
        spans.push(DateSpan {
            start,
            end,
            text: m.text.clone(),
            value: resolved.value,
            precision: resolved.precision.as_str(),
            future: m.future || after_publication,
        });
    }
    a.dates = spans;
}
