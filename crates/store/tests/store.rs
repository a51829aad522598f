//! The store end to end, on SQLite and (when configured) PostgreSQL.

mod common;

use chronicle_store::{ExportFormat, Filters, Store};
use common::{databases, ingest, report, Report};

const ENGINE: &str = "test-engine 1";

/// Ten outlets report one detention under several spellings; a later one adds the charge and a
/// sentence follows.
fn one_detention_ten_sources() -> Vec<Report> {
    let spellings = [
        "Lukpan Akhmedyarov",
        "Luqpan Akhmedyarov",
        "Лукпан Ахмедьяров",
        "Lukpan Ahmediarov",
        "Lukpan Akhmediarov",
        "Luqpan Ahmedyarov",
        "Lukpan Akhmedyarov",
        "Лукпан Ахмедьяров",
        "Luqpan Akhmedyarov",
        "Lukpan Akhmedyarov",
    ];
    let mut out: Vec<Report> = spellings
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let r = report(&format!("outlet{i}.example/news/{i}"), "detention", name)
                .text(&format!(
                    "Outlet {i}: police in Uralsk detained {name} on April 12."
                ))
                .published("2023-04-13")
                .place("Uralsk", "KZ", Some(610611))
                .agent("police", "police");
            // Some outlets give the day without a year, one only the month.
            match i {
                3 => r.date("--04-12"),
                4 => r.date("2023-04"),
                _ => r.date("2023-04-12"),
            }
        })
        .collect();
    out[9] = out[9]
        .clone()
        .charge("violating regulations on public gatherings");
    out.push(
        report("later.example/1", "sentence", "Lukpan Akhmedyarov")
            .text("A court in Uralsk sentenced Lukpan Akhmedyarov to 15 days of arrest.")
            .published("2023-04-14")
            .date("2023-04-14")
            .place("Uralsk", "KZ", Some(610611))
            .agent("court", "court")
            .penalty("administrative_arrest", Some(15.0), Some("day")),
    );
    out
}

#[test]
fn one_person_one_event_many_sources() {
    for db in databases("one_person") {
        let store = db.open();
        let reports = one_detention_ten_sources();
        let done = ingest(&store, &reports, ENGINE);
        assert_eq!(done.added, 11, "{}", db.label);
        assert_eq!(done.new_persons, 1, "{}", db.label);

        for query in [
            "Luqpan Akhmedyarov",
            "Лукпан Ахмедьяров",
            "lukpan ahmediarov",
        ] {
            let dossiers = store.person(query).unwrap();
            assert_eq!(dossiers.len(), 1, "{}: {query}", db.label);
        }
        let dossier = &store.person("Lukpan Akhmedyarov").unwrap()[0];
        assert!(dossier
            .person
            .aliases
            .iter()
            .any(|a| a == "Лукпан Ахмедьяров"));
        let kinds: Vec<&str> = dossier.events.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["detention", "sentence"], "{}", db.label);
        let detention = &dossier.events[0];
        assert_eq!(detention.sources.len(), 10, "{}", db.label);
        assert_eq!(detention.date.as_deref(), Some("2023-04-12"));
        assert_eq!(detention.place.as_deref(), Some("Uralsk"));
        assert_eq!(detention.agents, ["police"]);
        // The later report's charge enriches the event.
        assert_eq!(
            detention.charge.as_deref(),
            Some("violating regulations on public gatherings")
        );
        assert!(detention.sources[0].evidence[0].contains("detained"));
        // Dates that merely differ in precision are kept as readings, the precise one shown.
        assert!(detention.conflicts.contains_key("date"));
        let sentence = &dossier.events[1];
        assert_eq!(sentence.penalty.as_ref().unwrap().amount, Some(15.0));

        let json = serde_json::to_value(dossier).unwrap();
        assert!(json["person"]["id"].is_i64());
        assert_eq!(json["events"][0]["type"], "detention");
        assert!(json["events"][0]["sources"][0]["document"].is_i64());
        assert!(json["events"][0]["sources"][0]["evidence"].is_array());
    }
}

#[test]
fn namesakes_stay_apart() {
    for db in databases("namesakes") {
        let store = db.open();
        let reports = vec![
            report("a.example", "detention", "Ivan Petrov")
                .date("2023-05-01")
                .place("Moscow", "RU", Some(524901)),
            report("b.example", "sentence", "Ivan Petrov")
                .date("2023-06-01")
                .place("Almaty", "KZ", Some(1526384)),
            report("c.example", "detention", "Faraj Karimov").date("2023-05-02"),
            report("d.example", "detention", "Siraj Karimov").date("2023-05-02"),
            // A bare surname with nothing else to go on joins nobody.
            report("e.example", "trial", "Karimov").date("2023-07-01"),
        ];
        ingest(&store, &reports, ENGINE);
        assert_eq!(
            store.person("Ivan Petrov").unwrap().len(),
            2,
            "{}",
            db.label
        );
        let karimovs = store.person("Karimov").unwrap();
        assert_eq!(karimovs.len(), 3, "{}", db.label);
        for d in &karimovs {
            assert_eq!(d.events.len(), 1, "{}: {:?}", db.label, d.person);
        }
        assert_eq!(store.person("Faraj Karimov").unwrap().len(), 1);
        let stats = store.stats(&Filters::default()).unwrap();
        assert_eq!(stats.persons, 5, "{}", db.label);
        assert_eq!(stats.events, 5, "{}", db.label);
    }
}

#[test]
fn bare_surname_joins_a_person_given_context() {
    for db in databases("context") {
        let store = db.open();
        let reports = vec![
            report("a.example", "detention", "Mukhtar Taizhan")
                .descriptor("opposition politician")
                .date("2023-05-01"),
            report("b.example", "trial", "Taizhan")
                .descriptor("the politician")
                .date("2023-06-01"),
        ];
        ingest(&store, &reports, ENGINE);
        let d = store.person("Mukhtar Tayzhan").unwrap();
        assert_eq!(d.len(), 1, "{}", db.label);
        assert_eq!(d[0].events.len(), 2, "{}", db.label);
    }
}

#[test]
fn the_same_text_twice_stores_nothing_new() {
    for db in databases("idempotent") {
        let store = db.open();
        let reports = one_detention_ten_sources();
        ingest(&store, &reports, ENGINE);
        let before = store.stats(&Filters::default()).unwrap();
        let again = ingest(&store, &reports, ENGINE);
        assert_eq!(again.unchanged, reports.len(), "{}", db.label);
        assert_eq!(again.added + again.updated + again.new_events, 0);
        assert_eq!(
            store.stats(&Filters::default()).unwrap(),
            before,
            "{}",
            db.label
        );
        let hashes: Vec<String> = reports.iter().map(|r| r.record().document.id).collect();
        let known = store.already_stored(&hashes, ENGINE).unwrap();
        assert_eq!(known.len(), reports.len(), "{}", db.label);
        assert!(store
            .already_stored(&hashes, "another engine")
            .unwrap()
            .is_empty());
        // Also within one batch.
        let twice = vec![report("x", "raid", "Ruslan Abdurakhmanov"); 2];
        let r = ingest(&store, &twice, ENGINE);
        assert_eq!((r.added, r.unchanged), (1, 1), "{}", db.label);
    }
}

#[test]
fn a_newer_engine_updates_machine_values_but_not_human_ones() {
    for db in databases("reextract") {
        let store = db.open();
        let old = report("a.example", "sentence", "Aigul Utepova")
            .date("2023-02-01")
            .charge("spreading false information")
            .penalty("prison", Some(2.0), Some("year"));
        ingest(&store, std::slice::from_ref(&old), "engine 1");
        let id = store.person("Aigul Utepova").unwrap()[0].events[0]
            .id
            .clone();
        store
            .set_value(
                &id,
                "charge",
                "\"disseminating false information\"",
                "editor",
            )
            .unwrap();
        let newer =
            old.clone()
                .charge("false information")
                .penalty("prison", Some(3.0), Some("year"));
        let r = ingest(&store, &[newer], "engine 2");
        assert_eq!(r.updated, 1, "{}", db.label);
        let ev = store
            .event(&id)
            .unwrap()
            .expect("same event id after re-extraction");
        assert_eq!(
            ev.charge.as_deref(),
            Some("disseminating false information"),
            "{}",
            db.label
        );
        assert_eq!(
            ev.penalty.as_ref().unwrap().amount,
            Some(3.0),
            "{}",
            db.label
        );
        assert_eq!(ev.sources.len(), 1);
        // The human value and the new machine value stand side by side; the old machine one is gone.
        let charges = &ev.conflicts["charge"];
        assert_eq!(charges.len(), 2, "{}: {charges:?}", db.label);
        assert!(charges.iter().any(|v| v.origin == "human" && v.chosen));
        assert!(charges
            .iter()
            .any(|v| v.origin == "machine" && v.value == "false information"));
        assert!(store.set_value(&id, "charge", "", "editor").is_ok());
        assert!(store
            .set_value("ev-nonexistent", "charge", "\"x\"", "editor")
            .is_err());
        assert!(store
            .set_value(&id, "status", "\"perhaps\"", "editor")
            .is_err());
    }
}

#[test]
fn conflicting_values_are_kept_with_their_sources() {
    for db in databases("conflicts") {
        let store = db.open();
        let base = report("a.example", "sentence", "Maxim Znak").date("2021-09-06");
        let reports = vec![
            base.clone()
                .text("A: ten years")
                .penalty("prison", Some(10.0), Some("year")),
            base.clone()
                .text("B: ten years")
                .penalty("prison", Some(10.0), Some("year")),
            base.clone()
                .text("C: eleven years")
                .penalty("prison", Some(11.0), Some("year")),
        ];
        ingest(&store, &reports, ENGINE);
        let d = &store.person("Maxim Znak").unwrap()[0];
        assert_eq!(d.events.len(), 1, "{}", db.label);
        let ev = &d.events[0];
        assert_eq!(ev.penalty.as_ref().unwrap().amount, Some(10.0));
        let values = &ev.conflicts["penalty"];
        assert_eq!(values.len(), 2);
        let ten = values.iter().find(|v| v.value["amount"] == 10.0).unwrap();
        assert_eq!((ten.documents.len(), ten.chosen), (2, true));
        let eleven = values.iter().find(|v| v.value["amount"] == 11.0).unwrap();
        assert_eq!((eleven.documents.len(), eleven.chosen), (1, false));
    }
}

#[test]
fn different_dates_and_places_are_different_events() {
    for db in databases("distinct_events") {
        let store = db.open();
        let reports = vec![
            report("a", "detention", "Yana Pinchuk")
                .date("2022-11-01")
                .place("Minsk", "BY", Some(625144)),
            report("b", "detention", "Yana Pinchuk")
                .date("2022-12-20")
                .place("Minsk", "BY", Some(625144)),
            report("c", "detention", "Yana Pinchuk")
                .date("2022-11-01")
                .place("Hrodna", "BY", Some(627904)),
            // Unnamed groups: linked only on equal day and place.
            report("d", "protest", "")
                .group(80)
                .date("2022-11-05")
                .place("Minsk", "BY", Some(625144)),
            report("e", "protest", "")
                .group(100)
                .date("2022-11-05")
                .place("Minsk", "BY", Some(625144)),
            report("f", "protest", "")
                .group(50)
                .date("2022-11-06")
                .place("Minsk", "BY", Some(625144)),
        ];
        ingest(&store, &reports, ENGINE);
        assert_eq!(
            store.person("Yana Pinchuk").unwrap()[0].events.len(),
            3,
            "{}",
            db.label
        );
        let protests = store
            .events(&Filters {
                kind: Some("protest".into()),
                ..Filters::default()
            })
            .unwrap();
        assert_eq!(protests.len(), 2, "{}", db.label);
        assert_eq!(protests[0].sources.len(), 2);
        assert!(protests[0].conflicts.contains_key("count"));
    }
}

#[test]
fn events_search_stats_and_filters() {
    for db in databases("queries") {
        let store = db.open();
        let mut reports = one_detention_ten_sources();
        reports.push(
            report("ru.example", "sentence", "Ilya Yashin")
                .text("A Moscow court sentenced opposition politician Ilya Yashin to eight and a half years.")
                .date("2022-12-09")
                .place("Moscow", "RU", Some(524901))
                .penalty("prison", Some(102.0), Some("month")),
        );
        reports.push(
            report("ru2.example", "sentence", "Oleg Orlov")
                .text("Oleg Orlov was fined 150000 roubles by a Moscow court.")
                .date("2023-10-11")
                .place("Moscow", "RU", Some(524901))
                .penalty("fine", Some(150000.0), Some("RUB")),
        );
        ingest(&store, &reports, ENGINE);

        let all = store.events(&Filters::default()).unwrap();
        assert_eq!(all.len(), 4, "{}", db.label);
        assert!(all.windows(2).all(|w| w[0].date <= w[1].date));
        let ru = Filters {
            country: Some("ru".into()),
            ..Filters::default()
        };
        assert_eq!(store.events(&ru).unwrap().len(), 2);
        let april = Filters {
            from: Some("2023-04".into()),
            to: Some("2023-04".into()),
            ..Filters::default()
        };
        assert_eq!(store.events(&april).unwrap().len(), 2, "{}", db.label);
        let by_person = Filters {
            person: Some("Luqpan Ahmedyarov".into()),
            ..Filters::default()
        };
        assert_eq!(store.events(&by_person).unwrap().len(), 2);

        let hits = store
            .search("Yashin sentenced", &Filters::default())
            .unwrap();
        assert_eq!(hits.len(), 1, "{}", db.label);
        assert!(
            hits[0].snippet.contains("[Yashin]") || hits[0].snippet.contains("[sentenced]"),
            "{}",
            hits[0].snippet
        );
        assert_eq!(
            store.search("court", &Filters::default()).unwrap().len(),
            3,
            "{}",
            db.label
        );
        let kz = Filters {
            country: Some("KZ".into()),
            ..Filters::default()
        };
        assert_eq!(store.search("court", &kz).unwrap().len(), 1, "{}", db.label);
        let typed = Filters {
            kind: Some("detention".into()),
            ..Filters::default()
        };
        assert_eq!(store.search("police", &typed).unwrap().len(), 10);
        assert!(store.search("  ", &Filters::default()).is_err());
        assert!(store
            .search("nonexistentword", &Filters::default())
            .unwrap()
            .is_empty());

        let stats = store.stats(&Filters::default()).unwrap();
        assert_eq!(
            (stats.documents, stats.events, stats.persons),
            (13, 4, 3),
            "{}",
            db.label
        );
        assert_eq!(stats.by_type["sentence"], 3);
        assert_eq!(stats.by_country["RU"], 2);
        assert_eq!(stats.by_month["2023-04"], 2);
        let kz_totals = stats
            .penalties
            .iter()
            .find(|p| p.country.as_deref() == Some("KZ"))
            .unwrap();
        assert_eq!(kz_totals.administrative_arrest_days, 15.0);
        let ru_totals = stats
            .penalties
            .iter()
            .find(|p| p.country.as_deref() == Some("RU"))
            .unwrap();
        assert!((ru_totals.prison_years - 8.5).abs() < 1e-9);
        assert_eq!(ru_totals.fines["RUB"], 150000.0);
        let json = serde_json::to_value(&stats).unwrap();
        for key in ["documents", "events", "persons"] {
            assert!(json[key].is_i64(), "{key}");
        }
    }
}

#[test]
fn export_is_acled_shaped_and_ids_are_stable() {
    let mut first_ids: Option<Vec<String>> = None;
    for db in databases("export") {
        for round in 0..2 {
            let store = db.open();
            ingest(&store, &one_detention_ten_sources(), ENGINE);
            let mut csv = Vec::new();
            let n = store
                .export(&Filters::default(), ExportFormat::AcledCsv, &mut csv)
                .unwrap();
            assert_eq!(n, 2);
            let text = String::from_utf8(csv).unwrap();
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let header = reader.headers().unwrap().clone();
            for col in [
                "event_id_cnty",
                "event_date",
                "event_type",
                "actor1",
                "country",
                "latitude",
                "source",
                "notes",
                "charge",
                "penalty",
            ] {
                assert!(header.iter().any(|h| h == col), "{col}");
            }
            let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
            let col = |name: &str| header.iter().position(|h| h == name).unwrap();
            assert_eq!(&rows[0][col("sub_event_type")], "Arrests");
            assert_eq!(&rows[0][col("event_date")], "2023-04-12");
            assert_eq!(&rows[0][col("actor2")], "Lukpan Akhmedyarov");
            assert_eq!(&rows[0][col("sources_count")], "10");
            let ids: Vec<String> = rows
                .iter()
                .map(|r| r[col("event_id_cnty")].to_string())
                .collect();
            // Same reports, same ids: re-ingesting, on another database, on another backend.
            match &first_ids {
                None => first_ids = Some(ids),
                Some(first) => assert_eq!(first, &ids, "{} round {round}", db.label),
            }
            let mut jsonl = Vec::new();
            store
                .export(&Filters::default(), ExportFormat::Jsonl, &mut jsonl)
                .unwrap();
            let lines: Vec<serde_json::Value> = String::from_utf8(jsonl)
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            assert_eq!(lines.len(), 2);
            assert_eq!(lines[1]["penalty"]["kind"], "administrative_arrest");
            store.close();
        }
    }
}

#[test]
fn an_old_schema_migrates_and_keeps_its_data() {
    for db in databases("migration") {
        let old = Store::open_at_version(&db.url, 1).unwrap();
        assert_eq!(old.schema_version().unwrap(), 1);
        old.execute_raw(
            "INSERT INTO documents (hash, source, title, published, language, text, engine, ingested_at)
             VALUES ('sha256:00', 'old.example', 'Old report', '2020-01-01', 'en',
                     'Activists were detained at a picket in Khabarovsk.', 'engine 0', '2020-01-02T00:00:00Z');
             INSERT INTO entities (kind, key, name, descriptors) VALUES ('person', 'furgal', 'Sergei Furgal', '[]');
             INSERT INTO entity_names (entity_id, norm, name) SELECT id, 'sergei furgal', 'Sergei Furgal' FROM entities;",
        )
        .unwrap();
        old.close();
        let store = db.open();
        assert_eq!(
            store.schema_version().unwrap(),
            chronicle_store::migrate::latest_version()
        );
        let hits = store
            .search("picket Khabarovsk", &Filters::default())
            .unwrap();
        assert_eq!(hits.len(), 1, "{}", db.label);
        assert_eq!(hits[0].source.as_deref(), Some("old.example"));
        assert_eq!(
            store.person("Sergey Furgal").unwrap().len(),
            1,
            "{}",
            db.label
        );
        // Opening again changes nothing.
        store.close();
        assert_eq!(
            db.open().schema_version().unwrap(),
            chronicle_store::migrate::latest_version()
        );
    }
}

#[test]
fn concurrent_ingesters_do_not_duplicate() {
    for db in databases("concurrent") {
        db.open().close();
        let reports = one_detention_ten_sources();
        std::thread::scope(|s| {
            for worker in 0..4 {
                let reports = &reports;
                let url = &db.url;
                s.spawn(move || {
                    let store = Store::open(url).unwrap();
                    // Each worker ingests everything, one document a batch, in its own order.
                    for i in 0..reports.len() {
                        let r = &reports[(i + worker * 3) % reports.len()];
                        ingest(&store, std::slice::from_ref(r), ENGINE);
                    }
                });
            }
        });
        let store = db.open();
        let stats = store.stats(&Filters::default()).unwrap();
        assert_eq!(
            (stats.documents, stats.persons, stats.events),
            (11, 1, 2),
            "{}",
            db.label
        );
        assert_eq!(
            store.person("Lukpan Akhmedyarov").unwrap()[0].events[0]
                .sources
                .len(),
            10
        );
    }
}

#[test]
fn an_ingester_sees_what_another_stored_between_its_batches() {
    for db in databases("alternating") {
        db.open().close();
        // Two ingesters of one database, taking turns batch by batch: the first must not
        // link from what it remembers of its own last batch alone.
        let first = db.open();
        let second = db.open();
        let marat = report("a.example", "detention", "Marat Sokolov").date("2023-05-01");
        ingest(&first, &[marat], ENGINE);
        let timur = report("b.example", "detention", "Timur Sokolov").date("2023-05-02");
        ingest(&second, &[timur], ENGINE);
        let timur_again = report("c.example", "trial", "Timur Sokolov").date("2023-06-01");
        ingest(&first, &[timur_again], ENGINE);
        let found = first.person("Timur Sokolov").unwrap();
        assert_eq!(found.len(), 1, "{}", db.label);
        assert_eq!(found[0].events.len(), 2, "{}", db.label);
        assert_eq!(first.stats(&Filters::default()).unwrap().persons, 2);
    }
}
