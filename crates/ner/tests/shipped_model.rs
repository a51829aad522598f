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
    let tokens = [
        "Police",
        "in",
        "Almaty",
        "detained",
        "opposition",
        "activist",
        "Marat",
        "Zhanuzakov",
        "on",
        "Tuesday",
        ",",
        "the",
        "Interior",
        "Ministry",
        "said",
        ".",
    ];
    let found = entities(tagger, &tokens);
    assert!(
        found.contains(&("Almaty".into(), EntityType::Loc)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Marat Zhanuzakov".into(), EntityType::Per)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Interior Ministry".into(), EntityType::Org)),
        "{found:?}"
    );

    let tokens = [
        "Human",
        "Rights",
        "Watch",
        "criticised",
        "the",
        "court",
        "\u{2019}s",
        "ruling",
        "against",
        "journalist",
        "Anna",
        "Petrova",
        "in",
        "Moscow",
        ".",
    ];
    let found = entities(tagger, &tokens);
    assert!(
        found.contains(&("Human Rights Watch".into(), EntityType::Org)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Anna Petrova".into(), EntityType::Per)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Moscow".into(), EntityType::Loc)),
        "{found:?}"
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
