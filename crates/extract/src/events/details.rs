//! The charge and the penalty of an event, read from its sentence.

use chronicle_record::Penalty;

use crate::analysis::Analysis;
use crate::numbers::{duration_at, number_at};

/// Words that end a charge phrase. A charge's own words may hold "and", "of", "in", "on"
/// ("organizing a criminal community and public calls for ..."), and the scoring rewards a
/// phrase that holds them, so only clause boundaries end it.
const CHARGE_END: &[&str] = &[
    ",",
    ".",
    ";",
    ":",
    "after",
    "but",
    "because",
    "while",
    "when",
    "which",
    "who",
    "--",
    "(",
    ")",
    "before",
    "last",
    "earlier",
    "and was",
    "said",
    "says",
    "according",
    "than",
];

/// The charge stated in tokens `from..to`: "on a charge of X", "charged with X", "accused of
/// X", "guilty of X", "convicted of X", or a listed offence ("jailed for hooliganism").
pub fn charge_in(a: &Analysis, from: usize, to: usize) -> Option<String> {
    let mut k = from;
    // ", which carries a mandatory death sentence for insulting ...": a relative clause
    // tells about the law, not the charge.
    let clause_end = to;
    let to = (from..to)
        .find(|&j| a.norm(j) == "," && a.norm(j + 1) == "which")
        .unwrap_or(to);
    while k < to {
        let n = a.norm(k);
        let opener = match n {
            "charge" | "charges" | "counts" | "count" if a.norm(k + 1) == "of" => Some(k + 2),
            // "remanded on accusations of “unlawful possession of military stores”" (not
            // "denied accusations of torture": what is said of the state is no charge).
            "accusations" | "accusation"
                if a.norm(k + 1) == "of" && k > 0 && matches!(a.norm(k - 1), "on" | "over") =>
            {
                Some(k + 2)
            }
            // "charged with X", "charged on Wednesday with X", "charged him with X".
            // ("after convicting him of X", "accusing them of X": the same, told as a gerund;
            // "pleaded guilty to X".)
            // ("fined for a video in which he accused city officials of embezzling funds":
            // what the punished person said of others is no charge.)
            "accused" | "accusing"
                if (k.saturating_sub(4)..k).any(|j| {
                    matches!(a.norm(j), "which" | "where") && j > 0 && a.norm(j - 1) == "in"
                }) =>
            {
                None
            }
            // ("granted bail to 17 vendors, as one of them accused police of assaulting her in
            // the cells": nor what is said of the state's bodies.)
            "accused" | "accusing"
                if (k + 1..(k + 3).min(to)).any(|j| {
                    a.entity_at(j).is_some_and(|e| {
                        a.entities[e].kind == chronicle_record::EntityKind::Organization
                            && crate::events::arguments::is_state(a.entities[e].category)
                    })
                }) =>
            {
                None
            }
            // ("jailed after accusing local officials of corruption": the same.)
            "accusing" if k > 0 && matches!(a.norm(k - 1), "after" | "for" | "over") => None,
            // "was acquitted on Tuesday of undermining the authority of the President": the
            // charge one is cleared of (not "of all charges", "of the same charge", which name
            // none).
            "acquitted" | "cleared" => {
                let dated = |j: usize| a.dates.iter().any(|d| d.start <= j && j < d.end);
                (k + 1..(k + 6).min(to))
                    .take_while(|&j| a.norm(j) == "of" || a.norm(j) == "on" || dated(j))
                    .find(|&j| a.norm(j) == "of")
                    .filter(|&j| {
                        !matches!(
                            a.norm(j + 1),
                            "all" | "both" | "any" | "every" | "the" | "charges" | "charge"
                        )
                    })
                    .map(|j| j + 1)
            }
            "charged" | "accused" | "suspected" | "convicted" | "guilty" | "suspicion"
            | "indicted" | "convicting" | "accusing" | "charging" => (k + 1..(k + 20).min(to))
                .take_while(|&j| !a.is_break(j) || matches!(a.norm(j), "\"" | "(" | ")"))
                // ("charged five of them": a part of a group, not the charge.)
                .find(|&j| {
                    // ("convicted both of “unlawful assembly”": the charge after all.)
                    let partitive = (crate::numbers::number_at(a, j - 1)
                        .is_some_and(|(_, n)| n == j)
                        && !a.dates.iter().any(|d| d.start < j && j <= d.end)
                        || matches!(a.norm(j - 1), "all" | "some" | "both" | "each" | "most"))
                        && a.norm(j + 1) != "\"";
                    // ("convicted under Section 295-C of the penal code": a law's article.)
                    let under = (k + 1..j).any(|g| a.norm(g) == "under");
                    // ("charged in July by investigators of the Interior Ministry": the
                    // "of" of those who charged.)
                    let by_agent = (k + 1..j).any(|g| a.norm(g) == "by");
                    let pleaded = n == "guilty" && j == k + 1 && a.norm(j) == "to";
                    // ("convicted 19 members of the dissolved CNRP who live abroad of
                    // incitement": the "of" of a group's people names no charge.)
                    let group_of = |g: usize| {
                        a.norm(g) == "of"
                            && g > 0
                            && (matches!(a.norm(g + 1), "the" | "a" | "an" | "its" | "their")
                                || (a.is_capitalised(g + 1) && a.norm(g + 1) != "\""))
                            && (a.lex.group_nouns.longest_at(a, g - 1, g).is_some()
                                || a.lex
                                    .descriptors
                                    .contains(a.norm(g - 1).trim_end_matches('s')))
                    };
                    let past_group = (k + 1..j).any(group_of);
                    // ("convicted Hiba Obeidat, a reporter for a local radio station, of
                    // “spreading false news”": past the person's description.)
                    let past_description = a.norm(j - 1) == ","
                        && a.mentions.iter().any(|m| {
                            m.start == k + 1
                                && a.entities[m.entity].is_person()
                                && a.norm(m.end) == ","
                                && (m.end + 1..j - 1).all(|g| a.norm(g) != ",")
                        });
                    // ("convicted Artsiom Hrybouski on 17 January 2025 of ...": a date
                    // between takes no room.)
                    let dated: usize = a
                        .dates
                        .iter()
                        .filter(|d| d.start > k && d.end <= j)
                        .map(|d| d.end - d.start + usize::from(a.norm(d.start - 1) == "on"))
                        .sum::<usize>()
                        // (Nor do the names of those convicted: "convicted A, B and C of".)
                        + a.mentions
                            .iter()
                            .filter(|m| m.start > k && m.end <= j && a.entities[m.entity].is_person())
                            .map(|m| m.end - m.start)
                            .sum::<usize>();
                    // ("convicting him for illegal possession of drugs": the offence after
                    // "for", not the "of" inside it.)
                    let convicted_for = matches!(n, "convicted" | "convicting")
                        && a.norm(j) == "for"
                        && j < k + 7 + dated
                        && a.shape(j + 1) == chronicle_text::TokenShape::Lower
                        && !matches!(a.norm(j + 1), "the" | "a" | "an" | "his" | "her" | "their");
                    a.norm(j) == "with"
                        || pleaded
                        || convicted_for
                        || (a.norm(j) == "of"
                            && !group_of(j)
                            && (j < k + 7 + dated || past_group || past_description)
                            && !partitive
                            && !under
                            && !by_agent)
                })
                // The words between are the accused: names, ages and "including".
                .filter(|&j| {
                    (k + 1..j).all(|g| {
                        a.norm(g) != ","
                            || a.entity_at(g + 1).is_some()
                            || matches!(a.norm(g + 1), "including" | "among")
                            || number_at(a, g + 1).is_some()
                            || a.norm(g + 1) == "with"
                            // ("convicted A, a reporter for a radio station, of ...")
                            || (g + 1 == j && a.norm(j) == "of")
                            // ("convicted A, 31, on Tuesday of ...")
                            || (a.norm(g + 1) == "on" && a.dates.iter().any(|d| d.start == g + 2))
                            || matches!(a.norm(g + 1), "a" | "an")
                    })
                })
                .map(|j| j + 1),
            // "arrested her in a case over arson attacks on buses": what the case is about.
            "case"
                if k >= 2
                    && matches!(a.norm(k - 1), "a" | "the")
                    && a.norm(k - 2) == "in"
                    && matches!(a.norm(k + 1), "over" | "about") =>
            {
                Some(k + 2)
            }
            // "jailed for “disobeying a lawful police order”", "fined for taking part in ..."
            // ("taken away for questioning" is why one is held, not a charge.)
            "for"
                if a.norm(k + 1) == "\""
                    || (a.norm(k + 1).ends_with("ing") && a.norm(k + 1) != "questioning") =>
            {
                Some(k + 1)
            }
            // "for repeatedly “discrediting” the armed forces": an adverb may come first
            // ("for allegedly sharing “seditious” calls": one that only says who claims it
            // is no part of the charge).
            "for"
                if a.norm(k + 1).len() > 4
                    && a.norm(k + 1).ends_with("ly")
                    && a.shape(k + 1) == chronicle_text::TokenShape::Lower
                    && (a.norm(k + 2) == "\"" || a.norm(k + 2).ends_with("ing")) =>
            {
                let claimed = matches!(a.norm(k + 1), "allegedly" | "reportedly" | "purportedly");
                Some(k + 1 + usize::from(claimed))
            }
            // "under Article 314/2 of the Turkish Penal Code (membership of an armed
            // terrorist organisation)": the law's words for the offence, in brackets.
            "under"
                if matches!(
                    a.norm(k + 1),
                    "article" | "articles" | "section" | "sections" | "paragraph"
                ) =>
            {
                (k + 2..(k + 14).min(to))
                    .take_while(|&j| !matches!(a.norm(j), "." | ";" | ")"))
                    .find(|&j| a.norm(j) == "(")
                    // Words, not a letter: "Section 50(j)" is a paragraph's mark.
                    // (Nor a sum: "fined 40,000 rubles (about $490)".)
                    .filter(|&j| {
                        a.shape(j + 1) == chronicle_text::TokenShape::Lower
                            && a.norm(j + 2) != ")"
                            && !(j + 1..(j + 5).min(to)).any(|g| {
                                a.norm(g)
                                    .starts_with(|c: char| c == '$' || c.is_ascii_digit())
                            })
                    })
                    .map(|j| j + 1)
            }
            _ => None,
        };
        if let Some(start) = opener {
            if let Some(text) = phrase_until_end(a, start, to) {
                return Some(text);
            }
        }
        k += 1;
    }
    // A listed offence anywhere in the clause, with those joined to it by "and" ("for
    // secession and financing of terrorism"), or the wording of the article cited.
    // ("under the 2023 cybercrime law", "Decree-Law 54 on cybercrime", "the cybercrime unit":
    // an offence naming a law or a body is no charge.)
    let mut found = a.lex.charges.find_in(a, from, to);
    found.retain(|f| {
        let names_law = a.lex.law_words.contains(a.norm(f.end))
            || matches!(
                a.norm(f.end),
                "unit" | "units" | "prosecutions" | "police" | "court"
            );
        let law_on = f.start >= 2
            && a.norm(f.start - 1) == "on"
            && (f.start.saturating_sub(5)..f.start - 1).any(|k| {
                a.lex.law_words.contains(a.norm(k))
                    || a.norm(k)
                        .rsplit('-')
                        .next()
                        .is_some_and(|w| a.lex.law_words.contains(w))
            });
        // ("the Counter Terrorism Department", "the Prevention of Terrorism Act": a name.)
        let in_name = a.is_capitalised(f.start)
            && (a.is_capitalised(f.end)
                || (f.start > 1 && a.is_capitalised(f.start - 1))
                || (f.start >= 2 && a.norm(f.start - 1) == "of" && a.is_capitalised(f.start - 2)));
        // ("videos about corruption in the capital's housing projects": a topic; "jailed
        // after accusing local officials of corruption": what the punished one said.)
        let topic = (f.start.saturating_sub(4)..f.start).any(|k| {
            matches!(
                a.norm(k),
                "about" | "exposing" | "investigating" | "against" | "accusing" | "alleging"
            )
        });
        !names_law && !law_on && !in_name && !topic
    });
    found
        .first()
        .map(|f| {
            // "for public calls to seize power": a word that qualifies the offence listed,
            // right after the "for" that opens it, is part of it.
            let qualifier = f.start >= 2
                && matches!(a.norm(f.start - 2), "for" | "of" | "with")
                && a.shape(f.start - 1) == chronicle_text::TokenShape::Lower
                && !crate::entities::names::function_words().contains(a.norm(f.start - 1))
                && a.lex.triggers.longest_at(a, f.start - 1, f.start).is_none();
            let f_start = if qualifier { f.start - 1 } else { f.start };
            let mut end = f.end;
            for g in &found[1..] {
                if g.start == end + 1 && matches!(a.norm(end), "and" | ",") {
                    end = g.end;
                }
            }
            // "for unlawful assembly and disturbing public order": an offence told as a verb;
            // "for fraud and “public calls for extremist activity”", one quoted.
            let quoted_next = a.norm(end) == "and" && a.norm(end + 1) == "\"";
            if (quoted_next || a.norm(end) == "and" && a.norm(end + 1).ends_with("ing"))
                && end + 1 < to
            {
                if let Some(more) = phrase_until_end(a, end + 1, to) {
                    return format!("{} and {more}", a.span_text(f_start, end));
                }
            }
            a.span_text(f_start, end).to_string()
        })
        .or_else(|| article_wording(a, from, clause_end))
}

/// "sentenced ... under Article 112 of the Criminal Code": with no offence named anywhere
/// the event was told, the article cited in tokens `from..to` is the charge; with no article
/// cited, the law named there ([`law_cited`]).
pub(crate) fn article_cited(a: &Analysis, from: usize, to: usize) -> Option<String> {
    let under = (from..to).find(|&k| {
        a.norm(k) == "under"
            && matches!(
                a.norm(k + 1),
                "article" | "articles" | "section" | "sections"
            )
    });
    let Some(under) = under else {
        return law_cited(a, from, to);
    };
    let start = under + 1;
    let mut end = start + 1;
    while end < to && end < start + 14 {
        // "Section 52(a)": a paragraph's mark, part of the article.
        if a.norm(end) == "(" && a.norm(end + 2) == ")" && a.norm(end + 1).len() <= 3 {
            end += 3;
            continue;
        }
        let n = a.norm(end);
        if matches!(
            n,
            "," | "." | ";" | "for" | "which" | "(" | "over" | "after" | "--" | "\""
        ) {
            break;
        }
        end += 1;
    }
    // The law it is of: "of the Criminal Code", "of the Counter-Terrorism Law"; or its
    // number alone, "under Article 117", "under Section 505A".
    let of_law = (start..end).any(|k| a.norm(k) == "of");
    let numbered = end == start + 2 && a.norm(start + 1).starts_with(|c: char| c.is_ascii_digit());
    (of_law || numbered).then(|| a.span_text(start, end).to_string())
}

/// "arrested under the Prevention of Terrorism Act", "jailed under the Counter-Terrorism
/// Law": the law cited by its capitalised name, in tokens `from..to`.
fn law_cited(a: &Analysis, from: usize, to: usize) -> Option<String> {
    (from..to).filter(|&k| a.norm(k) == "under").find_map(|k| {
        let mut start = k + 1;
        // ("under the country's Online Safety Act", "under Sri Lanka's ...".)
        if a.norm(start) == "the" {
            start += 1;
        }
        if let Some(s) = (start..(start + 4).min(to)).find(|&j| a.norm(j) == "'s") {
            start = s + 1;
        }
        if !a.is_capitalised(start) {
            return None;
        }
        // The name runs over capitalised words and the "of", "on", "and" inside it, to the
        // law word that ends it.
        let mut end = start;
        let mut last_law = None;
        while end < to && end < start + 10 {
            let n = a.norm(end);
            if a.is_capitalised(end) || a.shape(end) == chronicle_text::TokenShape::Number {
                if a.lex.law_words.contains(n) {
                    last_law = Some(end + 1);
                }
            } else if !matches!(n, "of" | "on" | "and" | "(" | ")" | "-") {
                break;
            }
            end += 1;
        }
        last_law.map(|e| a.span_text(start, e).to_string())
    })
}

/// Whether the verb at `k` changes a term a court gave before: "reduced", "cut", "commuted",
/// "replaced".
pub(crate) fn changes_a_term(a: &Analysis, k: usize) -> bool {
    ["reduce", "cut", "commute", "lower", "replace"]
        .iter()
        .any(|l| a.has_lemma(k, l))
}

/// "sentenced X, described by neighbours as the organiser, to 30 days of administrative
/// arrest", "gave X — spelled Y in the court papers — two and a half years in a colony": a
/// term told after an aside on the sentenced person, past the clause end `right`.
pub(crate) fn penalty_after_aside(
    a: &Analysis,
    right: usize,
    to: usize,
    country: Option<&str>,
) -> Option<Penalty> {
    let term_at = |k: usize| number_at(a, k).is_some() || matches!(a.norm(k), "death" | "life");
    if a.norm(right) == "--" {
        let close = (right + 1..to.min(right + 25)).find(|&k| a.norm(k) == "--");
        // ("sentenced X -- Y in the court papers -- to six years": the "to" of the term.)
        let past_to = |k: usize| if a.norm(k) == "to" { k + 1 } else { k };
        // ("was fined 40 base units -- 1,480 Belarusian rubles -- by the same court": the
        // sum told in money inside the aside.)
        if let Some(close) =
            close.filter(|_| (right.saturating_sub(8)..right).any(|k| a.has_lemma(k, "fine")))
        {
            if let Some(p) = money_at(a, right + 1, close, country) {
                return Some(p);
            }
        }
        if let Some(at) = close.map(|k| past_to(k + 1)).filter(|&k| term_at(k)) {
            let end = crate::events::arguments::clause(a, at, at + 1)
                .1
                .min(at + 10);
            return penalty_in(a, at, end, country);
        }
    }
    // "jailed a commentator known only as “Domullo” for six years": a short quote ended the
    // clause before the term.
    let quote_closed = |k: usize| a.norm(k) == "\"";
    if let Some(at) = (right..(right + 8).min(to))
        .find(|&k| quote_closed(k) && matches!(a.norm(k + 1), "for" | "to") && term_at(k + 2))
        .map(|k| k + 1)
    {
        let end = crate::events::arguments::clause(a, at + 1, at + 2)
            .1
            .min(at + 10);
        return penalty_in(a, at, end, country);
    }
    // "reduced the sentence of X, a student arrested in December, from four years and six
    // months to two years": a term changed, told after the aside.
    if let Some(at) = (right..to)
        .find(|&k| a.norm(k) == "from" && k > 0 && a.norm(k - 1) == "," && term_at(k + 1))
    {
        let end = crate::events::arguments::clause(a, at + 1, at + 2)
            .1
            .min(at + 16);
        if let Some(p) = penalty_in(a, at, end, country) {
            return Some(p);
        }
    }
    let at = (right..to).find(|&k| a.norm(k) == "to" && k > 0 && a.norm(k - 1) == ",")?;
    let term = term_at(at + 1);
    let end = crate::events::arguments::clause(a, at + 1, at + 2)
        .1
        .min(at + 10);
    term.then(|| penalty_in(a, at, end, country)).flatten()
}

/// "convicted under Article 342 of the Criminal Code, which punishes “organizing ... public
/// order”": the quoted wording of the article a verdict cites is its charge.
fn article_wording(a: &Analysis, from: usize, to: usize) -> Option<String> {
    let under = (from..to).find(|&k| {
        a.norm(k) == "under" && matches!(a.norm(k + 1), "article" | "section" | "paragraph")
    })?;
    let which = (under + 2..(under + 12).min(to))
        .take_while(|&j| !matches!(a.norm(j), "." | ";"))
        .find(|&j| a.norm(j) == "," && a.norm(j + 1) == "which")?;
    let verb = which + 2;
    let defines = [
        "punish",
        "criminalise",
        "criminalize",
        "prohibit",
        "penalise",
        "penalize",
    ]
    .iter()
    .any(|l| a.has_lemma(verb, l));
    if !defines {
        return None;
    }
    // (Not "which punishes anyone who “defames ...”": the law's reach, not the offence.)
    if a.norm(verb + 1) != "\"" || verb + 1 >= to {
        return None;
    }
    phrase_until_end(a, verb + 1, to)
}

/// The charge whose words start at token `start`: "of “spreading false news”" read from
/// after the "of".
pub fn charge_at(a: &Analysis, start: usize, to: usize) -> Option<String> {
    phrase_until_end(a, start, to)
}

fn phrase_until_end(a: &Analysis, start: usize, to: usize) -> Option<String> {
    let mut start = start;
    let quoted = a.norm(start) == "\"";
    if quoted {
        start += 1;
    }
    let mut end = start;
    while end < to && end < start + 20 {
        let n = a.norm(end);
        if n == "\"" {
            // An opening quote inside the phrase: “attempting ...” and “organizing ...”,
            // spreading “knowingly false information” about ...
            // (In a quoted charge a curly quote says which way it faces: "terrorism,” police
            // said" closes it.)
            let faces = match a.text(end) {
                "\u{201c}" if quoted => Some(true),
                "\u{201d}" if quoted => Some(false),
                _ => None,
            };
            // ("“moharebeh,” or waging war against God": a gloss goes on; so it does after
            // "“baghi”, or armed rebellion".)
            if quoted && a.norm(end + 1) == "," && a.norm(end + 2) == "or" && end + 3 < to {
                end += 3;
                while end < to && !CHARGE_END.contains(&a.norm(end)) && !a.is_break(end) {
                    end += 1;
                }
                break;
            }
            let faces = faces.filter(|_| a.norm(end + 1) != "or");
            let opening = faces.unwrap_or(
                end > start && matches!(a.norm(end - 1), "and" | "," | "or")
                    || !quoted && !matches!(a.norm(end + 1), "," | "." | ";" | "\""),
            );
            if opening && end + 1 < to {
                end += 1;
                continue;
            }
            // “attempting ...” and “organizing mass riots”: both quoted charges.
            // (And a list: “joining a terrorist group”, “spreading false news” and ....)
            let more = (a.norm(end + 1) == "and" && a.norm(end + 2) == "\"")
                || (a.norm(end + 1) == "," && a.norm(end + 2) == "and" && a.norm(end + 3) == "\"")
                || (a.norm(end + 1) == "," && a.norm(end + 2) == "\"" && quoted);
            // "“baghi” (armed rebellion against the state)": the gloss after a quoted charge
            // says it in plain words.
            if quoted && !more && a.norm(end + 1) == "(" {
                let close = (end + 2..(end + 12).min(to)).find(|&k| a.norm(k) == ")");
                let gloss = close
                    .filter(|&c| (end + 2..c).all(|k| a.norm(k).chars().all(char::is_alphabetic)));
                if let Some(c) = gloss {
                    end = c + 1;
                    // ("... (waging war against God) and “membership in a separatist
                    // group”": another quoted charge goes on.)
                    if a.norm(end) == "and" && a.norm(end + 1) == "\"" {
                        continue;
                    }
                    break;
                }
            }
            // "for “repeatedly discrediting” the Russian armed forces over three posts": a
            // quoted gerund's object stands after the quote.
            let dangling = quoted
                && !more
                && end > start
                && a.norm(end - 1).ends_with("ing")
                && (matches!(a.norm(end + 1), "the" | "a" | "an")
                    // ("for “encouraging” members of the armed resistance")
                    || (a.shape(end + 1) == chronicle_text::TokenShape::Lower
                        && !crate::entities::names::function_words().contains(a.norm(end + 1))
                        && !a.norm(end + 1).ends_with("ed")
                        && a.norm(end + 2) == "of"));
            if dangling {
                let mut k = end + 2;
                while k < to
                    && k < end + 8
                    && !CHARGE_END.contains(&a.norm(k))
                    && !matches!(
                        a.norm(k),
                        "under" | "over" | "in" | "for" | "by" | "on" | "with" | "and" | "\"" | "("
                    )
                {
                    k += 1;
                }
                end = k;
                break;
            }
            if !more || !quoted {
                break;
            }
            end += 1;
            continue;
        }
        // ("for refusing to appear before a parliamentary commission": where one appears, not
        // when.)
        let appear_before = n == "before"
            && end > start
            && (a.has_lemma(end - 1, "appear") || a.has_lemma(end - 1, "testify"));
        let goes_on = (n == "," && (quoted || listed(a, end, to))) || appear_before;
        if CHARGE_END.contains(&n) && !goes_on {
            break;
        }
        // "sentenced three men accused of sending videos to a channel to seven, five and three
        // years", "convicted of incitement from three years to 18 months": the verdict's terms
        // go on after the offence.
        let counted = number_at(a, end + 1).is_some() && !matches!(a.norm(end + 1), "a" | "an");
        if matches!(n, "to" | "from") && end > start && !quoted && counted {
            break;
        }
        let next_verb = matches!(
            a.norm(end + 1),
            "was"
                | "were"
                | "is"
                | "has"
                | "had"
                | "will"
                | "would"
                | "sentenced"
                | "released"
                | "fined"
                | "jailed"
                // ("for donating money to the group and awaits trial")
                | "awaits"
                | "remains"
                | "faces"
                | "denies"
        );
        // "with organizing mass disorder and asked a court to remand him": a past verb with an
        // object of its own after "and" starts a new clause ("and aggravated assault" does not).
        let new_clause = a.norm(end + 1).ends_with("ed")
            && a.shape(end + 1) == chronicle_text::TokenShape::Lower
            && matches!(
                a.norm(end + 2),
                "a" | "an" | "the" | "him" | "her" | "them" | "his" | "their" | "to"
            );
        if n == "and" && (next_verb || new_clause) {
            break;
        }
        // ("for violating a ban on gatherings that the district administration imposed":
        // a relative clause with its own subject tells of the ban, not the offence.)
        if !quoted
            && end > start
            && n == "that"
            && matches!(
                a.norm(end + 1),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "police" | "authorities"
            )
        {
            break;
        }
        // ("prisoners convicted of religious extremism are routinely beaten": the clause's
        // own verb ends the offence.)
        if !quoted && end > start && matches!(n, "is" | "are" | "was" | "were") {
            break;
        }
        // ("the trial of four students accused of organising a protest opened at the court":
        // the verb of the happening's course is the sentence's own.)
        if !quoted
            && end > start
            && a.shape(end) == chronicle_text::TokenShape::Lower
            && a.lex.course_verbs.iter().any(|v| a.has_lemma(end, v))
            && !matches!(a.norm(end - 1), "a" | "an" | "the" | "to")
            // (Not the bare word: "an open letter".)
            && !a.lex.course_verbs.contains(&a.norm(end))
        {
            break;
        }
        // A verb ends the charge, but not one standing as an adjective ("membership in a
        // banned religious organization").
        let adjective = end > 0 && matches!(a.norm(end - 1), "a" | "an" | "the");
        let trigger = a
            .lex
            .triggers
            .longest_at(a, end, to)
            .is_some_and(|t| t.value.frame != crate::lexicon::Frame::Noun)
            && a.shape(end) == chronicle_text::TokenShape::Lower
            && a.norm(end).ends_with("ed")
            && !adjective;
        // ("for joining a march more than three years ago": the date's hedge goes with it.)
        let date_here = a.dates.iter().any(|d| {
            d.start == end
                || (d.start == end + 1 && matches!(n, "about" | "nearly" | "almost" | "over"))
                // ("with usurpation and aggravated damage on Monday")
                || (d.start == end + 1 && n == "on" && d.value.is_some())
                || (d.start == end + 2 && matches!(n, "more" | "less") && a.norm(end + 1) == "than")
        });
        // ("for taking part in an August 2020 rally", "joining the 2020 strike": a date after
        // an article names which happening, inside the charge.)
        let names_which = matches!(a.norm(end.saturating_sub(1)), "a" | "an" | "the");
        if end > start && (trigger || (date_here && !names_which)) {
            break;
        }
        end += 1;
    }
    // Drop leading articles and trailing quotes, commas and conjunctions.
    let mut s = start;
    while s < end && matches!(a.norm(s), "a" | "an" | "the") {
        s += 1;
    }
    // "one count of X": the count says how many, X is the charge.
    if s + 2 < end && matches!(a.norm(s + 1), "count" | "counts") && a.norm(s + 2) == "of" {
        s += 3;
        while s < end && matches!(a.norm(s), "a" | "an" | "the") {
            s += 1;
        }
    }
    // "the same charge", "one count of the offence" point back; the caller finds what
    // they point to.
    let pointer = matches!(a.norm(s), "same" | "similar" | "those" | "these")
        || (s > start
            && a.norm(s - 1) == "the"
            && matches!(a.norm(s), "offence" | "offense" | "crime" | "charge")
            && (s + 1 == end || CHARGE_END.contains(&a.norm(s + 1))));
    if pointer {
        return None;
    }
    while end > s && matches!(a.norm(end - 1), "\"" | "," | "and") {
        end -= 1;
    }
    (end > s).then(|| a.span_text(s, end).replace(['“', '”', '"'], ""))
}

/// "of smuggling by a group of persons, illegal entrepreneurship and money laundering": the
/// comma at `comma` goes on with a list of offences that "and" closes, each of plain
/// lower-case words; no aside ("treason, a crime punishable by death"), no saying ("hooliganism,
/// police said") and no new verb ("extremism, sentenced him to ... and").
fn listed(a: &Analysis, comma: usize, to: usize) -> bool {
    let plain = |k: usize| {
        a.shape(k) == chronicle_text::TokenShape::Lower
            && a.norm(k).chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(
                a.norm(k),
                "a" | "an"
                    | "the"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "that"
                    | "according"
                    | "punishable"
                    | "carrying"
                    | "said"
                    | "says"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "as"
                    | "then"
            )
            && a.lex
                .triggers
                .longest_at(a, k, to)
                .is_none_or(|t| t.value.frame == crate::lexicon::Frame::Noun)
    };
    let mut k = comma + 1;
    let mut words = 0;
    while k < to && k < comma + 12 {
        match a.norm(k) {
            "and" if words > 0 => return k + 1 < to && plain(k + 1),
            "," if words > 0 => words = 0,
            _ if plain(k) => words += 1,
            _ => return false,
        }
        k += 1;
    }
    false
}

/// The kind of a term told of custody (`prison` or `administrative_arrest`), by the contract's
/// 30-day rule: up to 30 days is administrative arrest, longer is prison. Other kinds stay.
pub(crate) fn custody_term_kind(kind: &str, amount: f64, unit: &str) -> String {
    match kind {
        "prison" | "administrative_arrest" if unit == "day" && amount <= 30.0 => {
            "administrative_arrest".to_string()
        }
        "prison" | "administrative_arrest" => "prison".to_string(),
        other => other.to_string(),
    }
}

/// The penalty stated in tokens `from..to`, kind decided by the words around the term and
/// the 30-day rule.
pub fn penalty_in(a: &Analysis, from: usize, to: usize, country: Option<&str>) -> Option<Penalty> {
    // The kind from the longest penalty phrase in the clause.
    let found = a.lex.penalty_words.find_in(a, from, to);
    let kinds: Vec<&str> = found.iter().map(|f| *f.value).collect();
    let has = |k: &str| kinds.contains(&k);
    // Money: "fined 50,000 tenge", "a fine of $500" -- unless a term comes first ("received a
    // three-year suspended sentence, and X was fined 100,000 soms").
    // (Nor a penalty of another kind: "was ordered to do 80 hours of community work, and X
    // was fined 184,600 tenge".)
    let first_other_kind = found
        .iter()
        .filter(|f| !matches!(*f.value, "fine"))
        .map(|f| f.start)
        .min()
        .unwrap_or(to);
    let first_duration = (from..to).find(|&k| duration_at(a, k).is_some());
    let first_term = first_duration.unwrap_or(to).min(first_other_kind);
    for k in from..to {
        let fined_here = a.has_lemma(k.saturating_sub(1), "fine");
        if k > first_term && !fined_here {
            break;
        }
        // ("ordered the release on bail of 5,000 Egyptian pounds", "a surety of 150,000 baht":
        // money that buys freedom is no fine.)
        let bail = (k.saturating_sub(3)..k).any(|j| {
            matches!(
                a.norm(j),
                "bail" | "surety" | "sureties" | "bond" | "guarantee" | "security"
            )
        });
        if bail {
            continue;
        }
        if let Some(p) = money_at(a, k, to, country) {
            // ("a judge fines Sorokina 30,000 rubles ... and gives Kholodov 12 days": the
            // verb told from `from` fines.)
            if has("fine")
                || a.has_lemma(k.saturating_sub(1), "fine")
                || a.has_lemma(from, "fine")
                || kinds.is_empty()
            {
                return Some(p);
            }
        }
    }
    // "sentencing seven of them to life in prison": prison, no term to count, when no term
    // is told before it.
    if let Some(f) = found
        .iter()
        .find(|f| *f.value == "life" && first_duration.is_none_or(|d| f.start < d))
    {
        return Some(Penalty {
            kind: "prison".into(),
            amount: None,
            unit: None,
            text: Some(a.span_text(f.start, f.end).to_string()),
        });
    }
    if has("death") {
        let f = found.iter().find(|f| *f.value == "death")?;
        return Some(Penalty {
            kind: "death".into(),
            amount: None,
            unit: None,
            text: Some(a.span_text(f.start, f.end).to_string()),
        });
    }
    // A term: "15 days", "two and a half years", "six years and six months".
    for k in from..to {
        let Some((mut amount, unit, mut end)) = duration_at(a, k) else {
            continue;
        };
        // A term changed: "cut the sentence of X from 18 months to eight months" tells the
        // term now second; "reduced it from six years to four", in the first one's unit.
        if k > from && a.norm(k - 1) == "from" && a.norm(end) == "to" {
            if end + 1 < to && duration_at(a, end + 1).is_some() {
                continue;
            }
            if let Some((v, next)) = number_at(a, end + 1).filter(|&(_, next)| next <= to) {
                amount = v;
                end = next;
            }
        }
        // "Article 112, which punishes anyone who insults the King with three to 15 years in
        // prison": what the law provides, not what the court gave.
        let by_law = (k.saturating_sub(16).max(from)..k).any(|j| {
            a.norm(j) == "which" && (a.has_lemma(j + 1, "punish") || a.has_lemma(j + 1, "carry"))
        });
        if by_law {
            continue;
        }
        // "to report to a probation officer every three months": a rhythm, not a term.
        if k > from && matches!(a.norm(k - 1), "every" | "each") {
            continue;
        }
        // "after serving four years of a five-year sentence": the part served is no term.
        if a.norm(end) == "of"
            && matches!(
                a.norm(end + 1),
                "a" | "an" | "his" | "her" | "their" | "the"
            )
            && duration_at(a, end + 2).is_some()
        {
            continue;
        }
        // The kind told beside this term, when one is: "A to six years and six months in a
        // colony ..., while B was given two and a half years of restricted freedom".
        let person_between = |x: usize, y: usize| {
            (x.min(y)..x.max(y)).any(|j| a.entity_at(j).is_some_and(|e| a.entities[e].is_person()))
        };
        let local: Vec<&str> = found
            .iter()
            .filter(|f| f.start + 5 >= k && f.start <= end + 5)
            .filter(|f| !person_between(f.start, k))
            .map(|f| *f.value)
            .collect();
        // Else a kind told anywhere in the clause, but not across another person's name.
        let unshared: Vec<&str> = found
            .iter()
            .filter(|f| !person_between(f.start, k))
            .map(|f| *f.value)
            .collect();
        let has = |x: &str| {
            if local.is_empty() {
                unshared.contains(&x)
            } else {
                local.contains(&x)
            }
        };
        // "in 15 days", "for two years now" are not terms when no penalty word is near.
        let kind = if has("suspended") {
            "suspended"
        } else if has("restricted_freedom") {
            "restricted_freedom"
        } else if has("house_arrest") {
            "house_arrest"
        } else if has("community_work") {
            "community_work"
        } else if has("other") {
            "other"
        } else if has("administrative_arrest")
            || has("prison")
            || sentenced_to(a, k, from)
            // "reduced the sentence of X from six years to four"
            || (k > 0 && a.norm(k - 1) == "from" && term_changed_before(a, k))
            // "increased the prison sentence of X for royal defamation to four years and six
            // months": the term it was changed to, past the charge.
            || (k > 0 && a.norm(k - 1) == "to" && term_changed_before(a, k))
            // "reduced the prison sentence of X from one year to eight months": the kind
            // told before the name holds for the term it now is.
            || (changed_to(a, k) && term_changed_before(a, k))
            // "serving a four-year sentence"
            || matches!(a.norm(end), "sentence" | "term" | "prison" | "jail")
        {
            "prison"
        } else {
            continue;
        };
        // "between 10 and 14 months", "from two to five years" for a group: the kind is known,
        // the term is not one.
        // ("cut the sentence from seven to six years": a term changed, not a range.)
        let changed =
            k >= 3 && a.norm(k - 1) == "to" && a.norm(k - 3) == "from" && term_changed_before(a, k);
        let range = k >= 2
            && !changed
            && matches!(a.norm(k - 1), "and" | "to")
            && crate::numbers::number_at(a, k - 2)
                .is_some_and(|(v, next)| next == k - 1 && v < 100.0)
            && !a.dates.iter().any(|d| d.start <= k - 2 && k - 2 < d.end);
        // "prison terms of up to 20 years", "sentences ranging from community service to
        // nearly four years": a bound, not the term.
        let bound = (k >= 2 && a.norm(k - 1) == "to" && a.norm(k - 2) == "up")
            || (k.saturating_sub(8).max(from)..k).any(|j| a.norm(j) == "ranging");
        let range = range || bound;
        if range && kind != "administrative_arrest" {
            return Some(Penalty {
                kind: kind.into(),
                amount: None,
                unit: None,
                text: Some(a.span_text(k - 2, end).to_string()),
            });
        }
        let kind = if kind == "prison" && unit == "day" && amount <= 30.0 {
            "administrative_arrest"
        } else {
            kind
        };
        let mut text_end = end;
        if let Some(f) = found.iter().find(|f| f.start >= end && f.start <= end + 2) {
            text_end = f.end;
        }
        return Some(Penalty {
            kind: kind.into(),
            amount: Some(amount),
            unit: Some(unit.into()),
            text: Some(a.span_text(k, text_end).to_string()),
        });
    }
    // A kind without a term: "sentenced to house arrest", "lengthy prison terms".
    let kind = [
        "house_arrest",
        "community_work",
        "restricted_freedom",
        "suspended",
        "other",
    ]
    .into_iter()
    .find(|k| has(k))?;
    let f = found.iter().find(|f| *f.value == kind)?;
    Some(Penalty {
        kind: kind.into(),
        amount: None,
        unit: None,
        text: Some(a.span_text(f.start, f.end).to_string()),
    })
}

/// Whether a verb that changes a term ("cut", "reduced", "raised") stands shortly before
/// token `k` in its sentence.
fn term_changed_before(a: &Analysis, k: usize) -> bool {
    // (An aside on the person may stand between: "reduced the sentence of X, a student
    // arrested in December, from four years to two".)
    (a.sentence_range(k).start.max(k.saturating_sub(30))..k).any(|j| {
        changes_a_term(a, j)
            || ["raise", "increase", "extend", "shorten"]
                .iter()
                .any(|l| a.has_lemma(j, l))
    })
}

/// Whether the term at `k` is the second of "from one year to eight months".
fn changed_to(a: &Analysis, k: usize) -> bool {
    k >= 3
        && a.norm(k - 1) == "to"
        && (k.saturating_sub(9)..k - 2).any(|j| {
            a.norm(j) == "from" && duration_at(a, j + 1).is_some_and(|(_, _, e)| e == k - 1)
        })
}

/// "sentenced to", "jailed for", "a term of" right before a term.
fn sentenced_to(a: &Analysis, k: usize, from: usize) -> bool {
    let before = |d: usize| k.checked_sub(d).filter(|&i| i >= from).map(|i| a.norm(i));
    matches!(before(1), Some("to" | "for" | "of"))
        && matches!(
            before(2),
            Some(
                "sentenced"
                    | "jailed"
                    | "imprisoned"
                    | "term"
                    | "sentence"
                    | "years"
                    | "handed"
                    | "given"
                    | "them"
                    | "him"
                    | "her"
            )
        )
        || matches!(
            before(1),
            Some(
                "sentenced"
                    | "jailed"
                    | "received"
                    | "receives"
                    | "given"
                    | "got"
                    | "gets"
                    | "served"
                    | "serving"
            )
        )
        // "sentenced Leung Siu-ming to five years": the clause opens with the sentencing verb.
        || (matches!(before(1), Some("to" | "for"))
            && ["sentence", "jail", "imprison", "hand", "give"]
                .iter()
                .any(|v| a.has_lemma(from, v)))
        // "... and Tsang Hoi-lam to two and a half years each", read from the name on.
        || (matches!(before(1), Some("to" | "for"))
            && (k == from + 1 || person_before(a, k - 1)))
}

/// Whether a person's name ends right before token `k` ("Tsang Hoi-lam to", "Rashad
/// Huseynli (Rəşad Hüseynli) to").
fn person_before(a: &Analysis, k: usize) -> bool {
    let is_person = |i: usize| {
        a.entity_at(i)
            .is_some_and(|e| a.entities[e].kind == chronicle_record::EntityKind::Person)
    };
    match k.checked_sub(1) {
        Some(i) if a.norm(i) == ")" => i.checked_sub(1).is_some_and(is_person),
        Some(i) => is_person(i),
        None => false,
    }
}

fn money_at(a: &Analysis, k: usize, to: usize, country: Option<&str>) -> Option<Penalty> {
    // "$500", "Tk 5,000", "500 tenge", "50,000 Belarusian rubles", "Shs2 million"
    if let Some((sign, amount, next)) = crate::numbers::glued_money(a, k) {
        return Some(Penalty {
            kind: "fine".into(),
            amount: Some(amount),
            unit: Some(currency(a, sign, country)?.to_string()),
            text: Some(a.span_text(k, next).to_string()),
        });
    }
    let sign = matches!(a.norm(k), "$" | "€" | "£")
        || (a.shape(k) != chronicle_text::TokenShape::Lower
            && a.lex.currencies.contains_key(a.norm(k))
            && number_at(a, k + 1).is_some());
    let (amount, next, code) = if sign {
        let (v, n) = number_at(a, k + 1)?;
        (v, n, currency(a, a.norm(k), country)?)
    } else {
        let (v, n) = number_at(a, k)?;
        if n >= to {
            return None;
        }
        let two = format!("{} {}", a.norm(n), a.norm(n + 1));
        // "200 Bahraini dinars", "100,000 Algerian dinars": the country the adjective names.
        let named = chronicle_gazetteer::Gazetteer::embedded().demonym_country(a.text(n));
        if let Some(c) = currency(a, &two, country) {
            (v, n + 2, c)
        } else if let Some(c) = named.and_then(|named| {
            let options = a.lex.currencies.get(a.norm(n + 1))?;
            options
                .iter()
                .find(|(_, c)| *c == Some(named))
                .map(|(code, _)| *code)
        }) {
            (v, n + 2, c)
        } else {
            (v, n + 1, currency(a, a.norm(n), country)?)
        }
    };
    Some(Penalty {
        kind: "fine".into(),
        amount: Some(amount),
        unit: Some(code.to_string()),
        text: Some(a.span_text(k, next).to_string()),
    })
}

fn currency(a: &Analysis, word: &str, country: Option<&str>) -> Option<&'static str> {
    let options = a.lex.currencies.get(word)?;
    options
        .iter()
        .find(|(_, c)| c.is_some() && *c == country)
        .or_else(|| options.first())
        .map(|(code, _)| *code)
}
