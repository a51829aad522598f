//! A person's corrections of linking (merge two persons, say whom a name in a report
//! designates), kept when the reports are read again by a newer engine; on SQLite and (when
//! configured) PostgreSQL.

mod common;

use chronicle_store::{Dossier, Filters, MoveTo, Store};
use common::{databases, ingest, report, Report};

const ENGINE: &str = "test-engine 1";
const NEWER: &str = "test-engine 2";

fn counts(store: &Store) -> (i64, i64) {
    let stats = store.stats(&Filters::default()).unwrap();
    (stats.persons, stats.events)
}

/// The report a source came from, by its outlet.
fn document_of(dossier: &Dossier, outlet: &str) -> i64 {
    dossier
        .events
        .iter()
        .flat_map(|e| &e.sources)
        .find(|s| s.source.as_deref() == Some(outlet))
        .map(|s| s.document)
        .unwrap_or_else(|| panic!("no source {outlet} in {:?}", dossier.person))
}

fn sources(dossier: &Dossier, kind: &str) -> usize {
    dossier
        .events
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.sources.len())
        .sum()
}

/// Two outlets give the detainee different given names, so the linker keeps two persons.
fn two_given_names() -> Vec<Report> {
    vec![
        report("a.example", "detention", "Faraj Karimov")
            .date("2023-05-02")
            .place("Tashkent", "UZ", Some(1512569)),
        report("b.example", "detention", "Siraj Karimov")
            .date("2023-05-02")
            .place("Tashkent", "UZ", Some(1512569)),
        report("c.example", "sentence", "Siraj Karimov")
            .date("2023-06-01")
            .place("Tashkent", "UZ", Some(1512569))
            .penalty("prison", Some(3.0), Some("year")),
    ]
}

#[test]
fn merged_persons_stay_merged_when_reports_are_read_again() {
    for db in databases("merge") {
        let store = db.open();
        let reports = two_given_names();
        ingest(&store, &reports, ENGINE);
        assert_eq!(
            counts(&store),
            (2, 3),
            "{}: the linker keeps them apart",
            db.label
        );
        let faraj = store.person("Faraj Karimov").unwrap()[0].person.id;
        let siraj = store.person("Siraj Karimov").unwrap()[0].person.id;
        assert_ne!(faraj, siraj);

        assert_eq!(store.merge_persons(faraj, siraj, "editor").unwrap(), 2);
        let check = |store: &Store, when: &str| {
            assert_eq!(counts(store), (1, 2), "{}: {when}", db.label);
            let dossier = &store.person("Siraj Karimov").unwrap()[0];
            assert_eq!(dossier.person.id, faraj, "{}: {when}", db.label);
            // One detention told by both outlets, and the sentence.
            assert_eq!(sources(dossier, "detention"), 2, "{}: {when}", db.label);
            assert_eq!(dossier.events.len(), 2, "{}: {when}", db.label);
        };
        check(&store, "after the merge");
        ingest(&store, &reports, NEWER);
        check(&store, "after reading the reports again");
    }
}

#[test]
fn a_merge_teaches_the_linker_the_other_spelling() {
    for db in databases("merge_spelling") {
        let store = db.open();
        let minsk = |r: Report| r.date("2023-05-02").place("Minsk", "BY", Some(625144));
        let reports = vec![
            minsk(report("a.example", "detention", "Timur Sokolov")),
            minsk(report("b.example", "detention", "Timur Sakalou")),
        ];
        ingest(&store, &reports, ENGINE);
        assert_eq!(
            counts(&store),
            (2, 2),
            "{}: the spellings fold apart",
            db.label
        );
        let sokolov = store.person("Timur Sokolov").unwrap()[0].person.id;
        let sakalou = store.person("Timur Sakalou").unwrap()[0].person.id;
        store.merge_persons(sokolov, sakalou, "editor").unwrap();
        assert_eq!(counts(&store), (1, 1), "{}", db.label);

        // A later report with the other spelling finds the merged person.
        let later = report("c.example", "sentence", "Timur Sakalou")
            .date("2023-06-10")
            .place("Minsk", "BY", Some(625144));
        ingest(&store, &[later], ENGINE);
        assert_eq!(counts(&store), (1, 2), "{}", db.label);
        let found = store.person("Sakalou").unwrap();
        assert_eq!(found.len(), 1, "{}", db.label);
        assert_eq!(found[0].person.id, sokolov, "{}", db.label);
        assert_eq!(found[0].events.len(), 2, "{}", db.label);
    }
}

/// Three outlets report a detention of "Lukpan Akhmedyarov" in Uralsk on one day.
fn three_reports() -> Vec<Report> {
    ["a.example", "b.example", "c.example"]
        .iter()
        .map(|outlet| {
            report(outlet, "detention", "Lukpan Akhmedyarov")
                .date("2023-04-12")
                .place("Uralsk", "KZ", Some(610611))
        })
        .collect()
}

#[test]
fn a_name_moved_to_another_person_stays_there_when_read_again() {
    for db in databases("move") {
        let store = db.open();
        let reports = three_reports();
        ingest(&store, &reports, ENGINE);
        assert_eq!(counts(&store), (1, 1), "{}", db.label);
        let first = &store.person("Lukpan Akhmedyarov").unwrap()[0];
        let original = first.person.id;
        let report_c = document_of(first, "c.example");

        // A monitor knows that c.example wrote of a namesake.
        let namesake = store
            .move_name(report_c, "Lukpan Akhmedyarov", MoveTo::NewPerson, "editor")
            .unwrap();
        assert_ne!(namesake, original);
        let check = |store: &Store, when: &str| {
            assert_eq!(counts(store), (2, 2), "{}: {when}", db.label);
            let first = store.person_by_id(original).unwrap().unwrap();
            assert_eq!(sources(&first, "detention"), 2, "{}: {when}", db.label);
            let second = store.person_by_id(namesake).unwrap().unwrap();
            assert_eq!(sources(&second, "detention"), 1, "{}: {when}", db.label);
            assert_eq!(document_of(&second, "c.example"), report_c);
        };
        check(&store, "after the move");
        ingest(&store, &reports, NEWER);
        check(&store, "after reading the reports again");

        // Moved back, the report joins the first person's detention again, and the namesake,
        // named nowhere any more, is gone.
        let back = store
            .move_name(
                report_c,
                "Lukpan Akhmedyarov",
                MoveTo::Person(original),
                "editor",
            )
            .unwrap();
        assert_eq!(back, original);
        assert_eq!(counts(&store), (1, 1), "{}", db.label);
        let first = store.person_by_id(original).unwrap().unwrap();
        assert_eq!(sources(&first, "detention"), 3, "{}", db.label);
        assert!(store.person_by_id(namesake).unwrap().is_none());
    }
}

#[test]
fn corrections_say_what_is_wrong() {
    for db in databases("correction_errors") {
        let store = db.open();
        ingest(&store, &three_reports(), ENGINE);
        let dossier = &store.person("Lukpan Akhmedyarov").unwrap()[0];
        let person = dossier.person.id;
        let report_a = document_of(dossier, "a.example");

        let err = store.merge_persons(person, person, "editor").unwrap_err();
        assert!(err.to_string().contains("itself"), "{}: {err}", db.label);
        let err = store.merge_persons(person, 999_999, "editor").unwrap_err();
        assert!(
            err.to_string().contains("no person #999999"),
            "{}: {err}",
            db.label
        );
        let err = store
            .move_name(report_a, "Ivan Petrov", MoveTo::NewPerson, "editor")
            .unwrap_err();
        assert!(
            err.to_string().contains("it names: Lukpan Akhmedyarov"),
            "{}: {err}",
            db.label
        );
        let err = store
            .move_name(999_999, "Lukpan Akhmedyarov", MoveTo::NewPerson, "editor")
            .unwrap_err();
        assert!(
            err.to_string().contains("no report #999999"),
            "{}: {err}",
            db.label
        );
        // Nothing changed.
        assert_eq!(counts(&store), (1, 1), "{}", db.label);
    }
}
