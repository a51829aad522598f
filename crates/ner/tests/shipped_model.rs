//! The model in `models/ner.bin` loads and finds the names in a short news report.

use chronicle_ner::{spans, EntityType, Tagger};

fn entities(tagger: &Tagger, tokens: &[&str]) -> Vec<(String, EntityType)> {
    let labels = tagger.tag(tokens);
    spans(&labels)
        .into_iter()
        .map(|(s, e, t)| (tokens[s..e].join(" "), t))
        .collect()
}

#[test]
fn shipped_model_finds_people_places_and_organisations() {
    let tagger = Tagger::embedded().expect("models/ner.bin is compiled in and valid");
    // Tokenised as Chronicle's tokenizer does: possessive split off, curly quotes kept.
    let report: Vec<Vec<&str>> = vec![
        "Police in Almaty detained opposition activist Marat Zhanuzakov on Tuesday , the Interior Ministry said .",
        "Human Rights Watch criticised the court \u{2019}s ruling against journalist Anna Petrova in Moscow .",
        "Zhanuzakov \u{2019}s lawyer said he would appeal .",
    ]
    .into_iter()
    .map(|s| s.split(' ').collect())
    .collect();
    let labels = tagger.tag_doc(&report);
    let found: Vec<(String, EntityType)> = report
        .iter()
        .zip(&labels)
        .flat_map(|(tokens, labels)| {
            spans(labels)
                .into_iter()
                .map(|(s, e, t)| (tokens[s..e].join(" "), t))
        })
        .collect();
    for expected in [
        ("Almaty", EntityType::Loc),
        ("Marat Zhanuzakov", EntityType::Per),
        ("Interior Ministry", EntityType::Org),
        ("Human Rights Watch", EntityType::Org),
        ("Anna Petrova", EntityType::Per),
        ("Moscow", EntityType::Loc),
        ("Zhanuzakov", EntityType::Per),
    ] {
        assert!(
            found.contains(&(expected.0.to_string(), expected.1)),
            "{expected:?} not in {found:?}"
        );
    }
    // A sentence on its own is tagged too.
    let alone = entities(tagger, &report[0]);
    assert!(
        alone.contains(&("Almaty".into(), EntityType::Loc)),
        "{alone:?}"
    );
}

#[test]
fn loading_a_file_checks_it() {
    let dir = std::env::temp_dir().join(format!("chronicle-ner-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.bin");
    std::fs::write(&path, b"CHRNER\0\x01 truncated").unwrap();
    let err = Tagger::load(&path)
        .err()
        .expect("a truncated model is refused");
    assert!(err.to_string().contains("NER model"), "{err}");
    let missing = Tagger::load(&dir.join("absent.bin"))
        .err()
        .expect("missing file");
    assert!(missing.to_string().contains("absent.bin"), "{missing}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn document_context_and_empty_input() {
    let tagger = Tagger::embedded().unwrap();
    assert!(tagger.tag::<&str>(&[]).is_empty());
    let doc = vec![
        vec!["Lawyer", "Dmitry", "Sokolov", "was", "arrested", "."],
        vec!["Sokolov", "denied", "the", "charges", "."],
    ];
    let labels = tagger.tag_doc(&doc);
    assert_eq!(labels.len(), 2);
    assert_eq!(labels[1].len(), 5);
    assert_eq!(spans(&labels[1]), vec![(0, 1, EntityType::Per)]);
}
