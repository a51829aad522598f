//! Scoring rules on small hand-made extractions and answers.

use chronicle_eval::{
    render_text, score_document, DocumentScore, Field, NoPlaceIds, PlaceIds, Totals,
};
use chronicle_record::{
    DocumentInfo, Entity, EntityKind, Event, EventDate, GoldFile, Penalty, Record, SCHEMA,
};
use serde_json::json;

/// Builds a predicted record entity by entity, event by event.
struct Doc {
    record: Record,
}

impl Doc {
    fn new() -> Doc {
        Doc {
            record: Record {
                schema: SCHEMA.to_string(),
                document: DocumentInfo {
                    id: "sha256:test".into(),
                    source: None,
                    title: None,
                    published: None,
                    language: Some("en".into()),
                },
                entities: Vec::new(),
                events: Vec::new(),
            },
        }
    }

    fn entity(&mut self, kind: EntityKind, name: &str) -> &mut Entity {
        let id = format!("e{}", self.record.entities.len() + 1);
        self.record.entities.push(Entity {
            mentions: vec![[0, 1]],
            ..Entity::new(id, kind, name)
        });
        self.record.entities.last_mut().expect("just pushed")
    }

    fn person(&mut self, name: &str) -> String {
        self.entity(EntityKind::Person, name).id.clone()
    }

    fn group(&mut self, name: &str) -> String {
        self.entity(EntityKind::Group, name).id.clone()
    }

    fn org(&mut self, name: &str, category: &str) -> String {
        let entity = self.entity(EntityKind::Organization, name);
        entity.category = Some(category.to_string());
        entity.id.clone()
    }

    fn place(&mut self, name: &str, geonames_id: Option<u64>) -> String {
        let entity = self.entity(EntityKind::Place, name);
        entity.geonames_id = geonames_id;
        entity.id.clone()
    }

    /// Adds an event and returns it for the caller to fill in.
    fn event(&mut self, kind: &str, subjects: &[&String], agents: &[&String]) -> &mut Event {
        let id = format!("ev{}", self.record.events.len() + 1);
        self.record.events.push(Event {
            id,
            kind: kind.to_string(),
            status: "occurred".to_string(),
            date: None,
            place: None,
            agents: agents.iter().map(|s| s.to_string()).collect(),
            subjects: subjects.iter().map(|s| s.to_string()).collect(),
            charge: None,
            penalty: None,
            count: None,
            attributed_to: Vec::new(),
            evidence: vec![[0, 1]],
            confidence: 0.9,
        });
        self.record.events.last_mut().expect("just pushed")
    }
}

fn date(value: &str) -> Option<EventDate> {
    Some(EventDate {
        text: value.to_string(),
        value: Some(value.to_string()),
        precision: "day".to_string(),
    })
}

fn gold(events: serde_json::Value) -> GoldFile {
    serde_json::from_value(json!({ "document": "test.txt", "published": null, "events": events }))
        .expect("test gold parses")
}

fn score(doc: &Doc, gold: &GoldFile) -> DocumentScore {
    score_document(&doc.record, gold, &NoPlaceIds)
}

fn field_right(score: &DocumentScore, field: Field) -> bool {
    let pair = score.pairs.first().expect("a pair");
    let check = pair
        .checks
        .iter()
        .find(|c| c.field == field)
        .expect("field checked");
    check.correct
}

#[test]
fn surname_matches_full_gold_name() {
    let mut doc = Doc::new();
    let p = doc.person("Akhmedyarov");
    doc.event("detention", &[&p], &[]);
    let g = gold(
        json!([{ "type": "detention", "subjects": ["Luqpan Akhmedyarov|Lukpan Akhmedyarov"] }]),
    );
    let s = score(&doc, &g);
    assert_eq!((s.gold, s.predicted, s.matched), (1, 1, 1));
    assert!(s.missed.is_empty() && s.extra.is_empty());
}

#[test]
fn alias_can_carry_the_agreement() {
    let mut doc = Doc::new();
    let p = doc.person("the blogger");
    doc.record.entities[0].aliases = vec!["Lukpan Akhmedyarov".into()];
    doc.event("detention", &[&p], &[]);
    let g = gold(
        json!([{ "type": "detention", "subjects": ["Luqpan Akhmedyarov|Lukpan Akhmedyarov"] }]),
    );
    assert_eq!(score(&doc, &g).matched, 1);
}

#[test]
fn different_initial_does_not_match() {
    let mut doc = Doc::new();
    let p = doc.person("Faraj Karimov");
    doc.event("sentence", &[&p], &[]);
    let g = gold(json!([{ "type": "sentence", "subjects": ["Siraj Karimov"] }]));
    let s = score(&doc, &g);
    assert_eq!(s.matched, 0);
    assert_eq!(s.missed.len(), 1);
    assert_eq!(s.extra.len(), 1);
    assert_eq!(s.extra[0].id, "ev1");
}

#[test]
fn diacritics_and_possessive_do_not_block_a_match() {
    let mut doc = Doc::new();
    let p = doc.person("Bialiatski’s");
    doc.event("raid", &[&p], &[]);
    let g = gold(json!([{ "type": "raid", "subjects": ["Aleś Bialiatskí"] }]));
    assert_eq!(score(&doc, &g).matched, 1);
}

#[test]
fn type_must_be_equal() {
    let mut doc = Doc::new();
    let p = doc.person("Mukhtar Taizhan");
    doc.event("charge", &[&p], &[]);
    let g = gold(json!([{ "type": "detention", "subjects": ["Mukhtar Taizhan"] }]));
    assert_eq!(score(&doc, &g).matched, 0);
}

#[test]
fn category_agent_agrees_with_any_entity_of_that_category() {
    let mut doc = Doc::new();
    let p = doc.person("Mukhtar Taizhan");
    let police = doc.org("Almaty city police department", "police");
    doc.event("detention", &[&p], &[&police]);
    let g = gold(
        json!([{ "type": "detention", "subjects": ["Mukhtar Taizhan"], "agents": ["@police"] }]),
    );
    assert!(field_right(&score(&doc, &g), Field::Agents));

    let mut doc = Doc::new();
    let p = doc.person("Mukhtar Taizhan");
    let court = doc.org("police court", "court");
    doc.event("detention", &[&p], &[&court]);
    let s = score(&doc, &g);
    assert!(
        !field_right(&s, Field::Agents),
        "a court named 'police court' is not @police"
    );
    assert_eq!(s.fully_correct, 0);
}

#[test]
fn named_agent_agrees_by_last_word() {
    let mut doc = Doc::new();
    let p = doc.person("Taizhan");
    let knb = doc.org("National Security Committee", "security_service");
    doc.event("detention", &[&p], &[&knb]);
    let g = gold(
        json!([{ "type": "detention", "subjects": ["Mukhtar Taizhan"],
                          "agents": ["National Security Committee|KNB"] }]),
    );
    assert!(field_right(&score(&doc, &g), Field::Agents));
}

#[test]
fn unnamed_group_event_refuses_predictions_naming_a_person() {
    let g = gold(
        json!([{ "type": "detention", "subjects": [], "agents": ["@police"], "date": "2023-04-12" }]),
    );

    let mut doc = Doc::new();
    let crowd = doc.group("80 protesters");
    let police = doc.org("police", "police");
    doc.event("detention", &[&crowd], &[&police]);
    assert_eq!(
        score(&doc, &g).matched,
        1,
        "group subject with agreeing agent"
    );

    let mut doc = Doc::new();
    let crowd = doc.group("80 protesters");
    let person = doc.person("Mukhtar Taizhan");
    let police = doc.org("police", "police");
    doc.event("detention", &[&crowd, &person], &[&police]);
    assert_eq!(score(&doc, &g).matched, 0, "a person among the subjects");
}

#[test]
fn unnamed_group_event_falls_back_to_equal_dates() {
    let g = gold(
        json!([{ "type": "protest", "subjects": [], "agents": ["Democratic Choice"], "date": "--04-09" }]),
    );

    let mut doc = Doc::new();
    let crowd = doc.group("hundreds");
    doc.event("protest", &[&crowd], &[]).date = date("--04-09");
    assert_eq!(score(&doc, &g).matched, 1, "no agent, but the same date");

    let mut doc = Doc::new();
    let crowd = doc.group("hundreds");
    doc.event("protest", &[&crowd], &[]).date = date("--04-10");
    assert_eq!(score(&doc, &g).matched, 0, "no agent and another date");

    let mut doc = Doc::new();
    doc.event("protest", &[], &[]);
    assert_eq!(score(&doc, &g).matched, 0, "no agent and no date");
}

#[test]
fn required_gold_with_nothing_to_match_on_is_missed() {
    let g = gold(json!([{ "type": "detention", "subjects": [], "agents": [], "date": null }]));
    let mut doc = Doc::new();
    let crowd = doc.group("dozens");
    doc.event("detention", &[&crowd], &[]);
    let s = score(&doc, &g);
    assert_eq!((s.gold, s.predicted, s.matched), (1, 1, 0));
}

#[test]
fn occurrence_types_match_on_any_name_in_either_role() {
    let g = gold(
        json!([{ "type": "election", "subjects": ["Mukhtar Taizhan"], "agents": ["Amanat"] }]),
    );

    let mut doc = Doc::new();
    let amanat = doc.org("Amanat", "party");
    doc.event("election", &[&amanat], &[]);
    assert_eq!(
        score(&doc, &g).matched,
        1,
        "gold agent named as a predicted subject"
    );

    let mut doc = Doc::new();
    let other = doc.org("Ak Zhol", "party");
    doc.event("election", &[], &[&other]);
    assert_eq!(score(&doc, &g).matched, 0);
}

#[test]
fn occurrence_naming_nobody_needs_equal_dates() {
    let g = gold(json!([{ "type": "election", "subjects": [], "agents": [], "date": "--03-19" }]));

    let mut doc = Doc::new();
    doc.event("election", &[], &[]).date = date("--03-19");
    assert_eq!(score(&doc, &g).matched, 1);

    let mut doc = Doc::new();
    doc.event("election", &[], &[]).date = date("--03-20");
    assert_eq!(score(&doc, &g).matched, 0);
}

#[test]
fn optional_events_are_neither_rewarded_nor_penalised() {
    let g = gold(json!([
        { "type": "detention", "subjects": ["Mukhtar Taizhan"] },
        { "type": "statement", "subjects": [], "agents": ["OSCE"], "optional": true }
    ]));

    // Matching the optional event changes nothing.
    let mut doc = Doc::new();
    let p = doc.person("Taizhan");
    let osce = doc.org("OSCE", "international");
    doc.event("detention", &[&p], &[]);
    doc.event("statement", &[], &[&osce]);
    let with = score(&doc, &g);
    assert_eq!((with.gold, with.predicted, with.matched), (1, 1, 1));
    assert_eq!(with.optional_matched, 1);

    // Leaving it out changes nothing either: it is not a miss.
    let mut doc = Doc::new();
    let p = doc.person("Taizhan");
    doc.event("detention", &[&p], &[]);
    let without = score(&doc, &g);
    assert_eq!(
        (without.gold, without.predicted, without.matched),
        (1, 1, 1)
    );
    assert!(without.missed.is_empty());
}

#[test]
fn optional_gold_with_nothing_to_match_on_takes_a_remaining_prediction() {
    let g = gold(json!([
        { "type": "statement", "subjects": [], "agents": ["OSCE"] },
        { "type": "statement", "subjects": [], "agents": [], "optional": true }
    ]));
    let mut doc = Doc::new();
    let anyone = doc.org("Freedom House", "ngo");
    let osce = doc.org("OSCE", "international");
    doc.event("statement", &[], &[&anyone]);
    doc.event("statement", &[], &[&osce]);
    let s = score(&doc, &g);
    // The OSCE statement goes to the required gold; the other is absorbed by the optional one.
    assert_eq!(
        (s.gold, s.predicted, s.matched, s.optional_matched),
        (1, 1, 1, 1)
    );
    assert!(s.extra.is_empty());
    let required = s.pairs.iter().find(|p| !p.optional).expect("required pair");
    assert_eq!(required.predicted_id, "ev2");
}

#[test]
fn required_gold_is_paired_before_optional() {
    // Both gold events would take the one prediction; the required one must get it, even
    // though the optional one agrees on more fields.
    let g = gold(json!([
        { "type": "trial", "subjects": ["Siraj Karimov"], "optional": true, "date": "--05-20", "status": "planned" },
        { "type": "trial", "subjects": ["Karimov"], "date": "--05-21", "status": "occurred" }
    ]));
    let mut doc = Doc::new();
    let p = doc.person("Siraj Karimov");
    let ev = doc.event("trial", &[&p], &[]);
    ev.status = "planned".into();
    ev.date = date("--05-20");
    let s = score(&doc, &g);
    assert_eq!(
        (s.gold, s.predicted, s.matched, s.optional_matched),
        (1, 1, 1, 0)
    );
    assert_eq!(s.pairs[0].gold_index, 1);
    assert_eq!(s.fully_correct, 0);
}

#[test]
fn greedy_pairing_prefers_the_better_field_agreement() {
    let g = gold(json!([
        { "type": "detention", "subjects": ["Mukhtar Taizhan"], "date": "--04-12", "place": "Almaty" },
        { "type": "detention", "subjects": ["Mukhtar Taizhan"], "date": "--01-05", "place": "Astana" }
    ]));
    let mut doc = Doc::new();
    let p = doc.person("Taizhan");
    let astana = doc.place("Astana", None);
    let almaty = doc.place("Almaty", None);
    // Listed in the opposite order to the gold: document order alone would pair them wrongly.
    let first = doc.event("detention", &[&p], &[]);
    first.date = date("--01-05");
    first.place = Some(astana);
    let second = doc.event("detention", &[&p], &[]);
    second.date = date("--04-12");
    second.place = Some(almaty);
    let s = score(&doc, &g);
    assert_eq!(s.matched, 2);
    assert_eq!(s.fully_correct, 2);
    let gold_of = |id: &str| {
        s.pairs
            .iter()
            .find(|p| p.predicted_id == id)
            .map(|p| p.gold_index)
    };
    assert_eq!(gold_of("ev1"), Some(1));
    assert_eq!(gold_of("ev2"), Some(0));
}

#[test]
fn place_matches_by_name_alias_or_gazetteer_id() {
    let g =
        gold(json!([{ "type": "protest", "subjects": ["Akhmedyarov"], "place": "Oral|Uralsk" }]));
    let gazetteer = |name: &str| -> Vec<u64> {
        match name {
            "Oral" | "Uralsk" => vec![609655],
            _ => Vec::new(),
        }
    };
    let build = |name: &str, id: Option<u64>, alias: Option<&str>| {
        let mut doc = Doc::new();
        let p = doc.person("Akhmedyarov");
        let l = doc.place(name, id);
        if let Some(alias) = alias {
            doc.record.entities[1].aliases.push(alias.to_string());
        }
        doc.event("protest", &[&p], &[]).place = Some(l);
        doc
    };
    let place_right = |doc: &Doc, places: &dyn PlaceIds| {
        field_right(&score_document(&doc.record, &g, places), Field::Place)
    };

    assert!(
        place_right(&build("URALSK", None, None), &NoPlaceIds),
        "name, case folded"
    );
    assert!(
        place_right(&build("Zapadno", None, Some("Oral")), &NoPlaceIds),
        "alias"
    );
    assert!(
        !place_right(&build("Ural'sk", None, None), &NoPlaceIds),
        "another name, no id"
    );
    assert!(
        place_right(&build("Ural'sk", Some(609655), None), &gazetteer),
        "same gazetteer id"
    );
    assert!(
        !place_right(&build("Aktobe", Some(610612), None), &gazetteer),
        "another id"
    );

    let mut doc = Doc::new();
    let p = doc.person("Akhmedyarov");
    doc.event("protest", &[&p], &[]);
    assert!(!place_right(&doc, &gazetteer), "no predicted place");
}

#[test]
fn charge_needs_half_of_the_gold_content_words() {
    let g = gold(json!([{ "type": "detention", "subjects": ["Taizhan"],
                          "charge": "violating regulations on public gatherings" }]));
    let with_charge = |charge: Option<&str>| {
        let mut doc = Doc::new();
        let p = doc.person("Taizhan");
        doc.event("detention", &[&p], &[]).charge = charge.map(str::to_string);
        field_right(&score(&doc, &g), Field::Charge)
    };
    assert!(with_charge(Some(
        "violating the regulations on holding public gatherings"
    )));
    assert!(with_charge(Some("public gatherings")));
    assert!(!with_charge(Some("organising unsanctioned gatherings")));
    assert!(!with_charge(None));
}

#[test]
fn penalty_needs_same_kind_amount_and_unit() {
    let g = gold(json!([{ "type": "sentence", "subjects": ["Taizhan"],
                          "penalty": { "kind": "administrative_arrest", "amount": 15, "unit": "day" } }]));
    let with_penalty = |kind: &str, amount: Option<f64>, unit: Option<&str>| {
        let mut doc = Doc::new();
        let p = doc.person("Taizhan");
        doc.event("sentence", &[&p], &[]).penalty = Some(Penalty {
            kind: kind.to_string(),
            amount,
            unit: unit.map(str::to_string),
            text: None,
        });
        field_right(&score(&doc, &g), Field::Penalty)
    };
    assert!(with_penalty(
        "administrative_arrest",
        Some(15.0),
        Some("day")
    ));
    assert!(!with_penalty("prison", Some(15.0), Some("day")));
    assert!(!with_penalty(
        "administrative_arrest",
        Some(10.0),
        Some("day")
    ));
    assert!(!with_penalty("administrative_arrest", Some(15.0), None));
}

#[test]
fn fields_the_gold_leaves_null_are_not_checked() {
    let g = gold(
        json!([{ "type": "sentence", "status": "pending", "subjects": ["Akhmedyarov"],
                          "agents": [], "date": null, "place": null, "charge": null, "penalty": null }]),
    );
    let mut doc = Doc::new();
    let p = doc.person("Akhmedyarov");
    let court = doc.org("court", "court");
    let ev = doc.event("sentence", &[&p], &[&court]);
    ev.status = "pending".into();
    ev.date = date("2023-04-20");
    ev.charge = Some("anything at all".into());
    let s = score(&doc, &g);
    let checked: Vec<Field> = s.pairs[0].checks.iter().map(|c| c.field).collect();
    assert_eq!(checked, vec![Field::Status]);
    assert_eq!(s.fully_correct, 1);
    assert_eq!(s.fields.date.checked, 0);
}

#[test]
fn record_correctness_needs_every_given_field_right() {
    let g = gold(json!([
        { "type": "detention", "status": "occurred", "subjects": ["Mukhtar Taizhan"],
          "agents": ["@police"], "date": "--04-12", "place": "Almaty" },
        { "type": "detention", "status": "occurred", "subjects": ["Luqpan Akhmedyarov"],
          "agents": ["@police"], "date": "--04-12", "place": "Oral" },
        { "type": "sentence", "subjects": ["Mukhtar Taizhan"] }
    ]));
    let mut doc = Doc::new();
    let taizhan = doc.person("Taizhan");
    let akhmedyarov = doc.person("Akhmedyarov");
    let police = doc.org("police", "police");
    let almaty = doc.place("Almaty", None);
    let oral = doc.place("Oral", None);
    let right = doc.event("detention", &[&taizhan], &[&police]);
    right.date = date("--04-12");
    right.place = Some(almaty);
    let wrong_date = doc.event("detention", &[&akhmedyarov], &[&police]);
    wrong_date.date = date("--04-11");
    wrong_date.place = Some(oral);
    doc.event("release", &[&taizhan], &[]);
    let s = score(&doc, &g);
    assert_eq!(
        (s.gold, s.predicted, s.matched, s.fully_correct),
        (3, 3, 2, 1)
    );
    assert_eq!(s.fields.date.checked, 2);
    assert_eq!(s.fields.date.correct, 1);
    assert_eq!(s.fields.place.correct, 2);

    let totals = Totals::of(std::slice::from_ref(&s));
    assert!((totals.events().f1 - 2.0 / 3.0).abs() < 1e-12);
    assert!((totals.records().precision - 1.0 / 3.0).abs() < 1e-12);
    assert!((totals.records().recall - 1.0 / 3.0).abs() < 1e-12);

    let wrong = s
        .pairs
        .iter()
        .find(|p| !p.fully_correct)
        .expect("a wrong pair");
    let wrong_fields: Vec<_> = wrong.wrong_fields().collect();
    assert_eq!(wrong_fields.len(), 1);
    assert_eq!(wrong_fields[0].field, Field::Date);
    assert_eq!(
        (
            wrong_fields[0].gold.as_str(),
            wrong_fields[0].predicted.as_str()
        ),
        ("--04-12", "--04-11")
    );
}

#[test]
fn dangling_entity_ids_agree_with_nothing() {
    let g = gold(json!([{ "type": "detention", "subjects": ["Taizhan"], "place": "Almaty" }]));
    let mut doc = Doc::new();
    let p = doc.person("Taizhan");
    let ghost = "e99".to_string();
    doc.event("detention", &[&ghost], &[]);
    doc.event("detention", &[&p], &[&ghost]).place = Some("e98".into());
    let s = score(&doc, &g);
    assert_eq!(s.matched, 1);
    assert_eq!(s.pairs[0].predicted_id, "ev2");
    assert!(!field_right(&s, Field::Place));
    assert!(s.extra[0].description.contains("?e99"));
}

#[test]
fn totals_add_counts_not_f1s() {
    // Document one: 1 gold, 1 right prediction. Document two: 3 gold, nothing predicted.
    // Averaging F1s would give 0.5; the counts give P=1, R=0.25.
    let one = gold(json!([{ "type": "detention", "subjects": ["Taizhan"] }]));
    let mut doc = Doc::new();
    let p = doc.person("Taizhan");
    doc.event("detention", &[&p], &[]);
    let first = score(&doc, &one);
    let three = gold(json!([
        { "type": "detention", "subjects": ["A Alpha"] },
        { "type": "detention", "subjects": ["B Beta"] },
        { "type": "detention", "subjects": ["C Gamma"] }
    ]));
    let second = score(&Doc::new(), &three);
    let totals = Totals::of(&[first, second]);
    assert_eq!(
        (totals.docs, totals.gold, totals.predicted, totals.matched),
        (2, 4, 1, 1)
    );
    let events = totals.events();
    assert_eq!(events.precision, 1.0);
    assert_eq!(events.recall, 0.25);
    assert!((events.f1 - 0.4).abs() < 1e-12);
}

#[test]
fn text_report_lists_detail_when_verbose_and_ends_with_totals() {
    let g = gold(json!([
        { "type": "detention", "subjects": ["Mukhtar Taizhan"], "date": "--04-12" },
        { "type": "sentence", "subjects": ["Mukhtar Taizhan"] }
    ]));
    let mut doc = Doc::new();
    let p = doc.person("Taizhan");
    doc.event("detention", &[&p], &[]).date = date("--04-11");
    doc.event("raid", &[&p], &[]);
    let scores = vec![score(&doc, &g)];

    let verbose = render_text(&scores, true);
    assert!(verbose.contains("missed gold#1 sentence"), "{verbose}");
    assert!(verbose.contains("extra  ev2 raid"), "{verbose}");
    assert!(
        verbose.contains(r#"date gold="--04-12" predicted="--04-11""#),
        "{verbose}"
    );
    let last = verbose.lines().last().expect("a last line");
    assert!(
        last.starts_with("events P=0.500 R=0.500 F1=0.500  records P=0.000"),
        "{last}"
    );
    assert!(
        last.contains("docs=1 gold=2 predicted=2 matched=1"),
        "{last}"
    );

    let quiet = render_text(&scores, false);
    assert!(!quiet.contains("missed"));
    assert!(
        quiet
            .lines()
            .any(|l| l.starts_with("date") && l.ends_with("0.000")),
        "{quiet}"
    );
    assert_eq!(quiet.lines().last(), Some(last));
}

#[test]
fn totals_serialise_with_figures() {
    let g = gold(json!([{ "type": "detention", "subjects": ["Taizhan"], "status": "occurred" }]));
    let mut doc = Doc::new();
    let p = doc.person("Taizhan");
    doc.event("detention", &[&p], &[]);
    let totals = Totals::of(&[score(&doc, &g)]);
    let value = serde_json::to_value(&totals).expect("serialises");
    assert_eq!(value["events"]["f1"], 1.0);
    assert_eq!(value["records"]["recall"], 1.0);
    assert_eq!(value["fields"]["status"]["checked"], 1);
    assert_eq!(value["field_accuracy"]["status"], 1.0);
    assert!(value["field_accuracy"]["date"].is_null());
}
