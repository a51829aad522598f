//! The contract's conventions, each checked on a short report written for the test.
//!
//! One module per event type, holding the rules whose events a test checks (`detention.rs`,
//! `sentence.rs` ...), and `entities.rs` for the layers no one type owns: names, places,
//! dates. The helpers here extract a report and read the record back by names; the texts a
//! few tests share are defined here too. Run one area with `cargo test -p chronicle-extract
//! --test rules detention::`.

use chronicle_extract::{Extractor, Input, NaiveDate};
use chronicle_record::{Entity, EntityKind, Event, Record};

fn extract(text: &str, published: Option<&str>) -> Record {
    let input = Input {
        text: text.to_string(),
        source: None,
        title: None,
        published: published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap()),
    };
    Extractor::new().extract(&input)
}

fn entity<'r>(r: &'r Record, id: &str) -> &'r Entity {
    r.entities.iter().find(|e| e.id == id).unwrap()
}

fn name<'r>(r: &'r Record, id: &str) -> &'r str {
    &entity(r, id).name
}

/// The names of the entities `ids` stands for.
fn names<'r>(r: &'r Record, ids: &[String]) -> Vec<&'r str> {
    ids.iter().map(|id| name(r, id)).collect()
}

/// The names of the report's entities of `kind`, in order.
fn entity_names(r: &Record, kind: EntityKind) -> Vec<&str> {
    r.entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name.as_str())
        .collect()
}

/// The resolved value of an event's date ("2024-03-12", "--05-03").
fn date_of(e: &Event) -> Option<&str> {
    e.date.as_ref()?.value.as_deref()
}

fn events<'r>(r: &'r Record, kind: &str) -> Vec<&'r Event> {
    r.events.iter().filter(|e| e.kind == kind).collect()
}

/// Each event of `kind` as its subjects' names joined and its date value, sorted.
fn subjects_and_dates<'r>(r: &'r Record, kind: &str) -> Vec<(String, Option<&'r str>)> {
    let mut dated: Vec<_> = events(r, kind)
        .into_iter()
        .map(|e| (names(r, &e.subjects).join(", "), date_of(e)))
        .collect();
    dated.sort();
    dated
}

/// The status and date value of each event of `kind`, in order.
fn statuses_and_dates<'r>(r: &'r Record, kind: &str) -> Vec<(&'r str, Option<&'r str>)> {
    events(r, kind)
        .into_iter()
        .map(|e| (e.status.as_str(), date_of(e)))
        .collect()
}

/// The status of each event of `kind`, in order.
fn statuses<'r>(r: &'r Record, kind: &str) -> Vec<&'r str> {
    events(r, kind)
        .into_iter()
        .map(|e| e.status.as_str())
        .collect()
}

/// Asserts that the report has events of `kind` and that every one of them bears `date`.
fn assert_all_dated(r: &Record, kind: &str, date: &str) {
    let dates: Vec<Option<&str>> = events(r, kind).into_iter().map(date_of).collect();
    assert!(
        !dates.is_empty() && dates.iter().all(|d| *d == Some(date)),
        "{kind}: {dates:?}"
    );
}

/// The event of `kind` told of the person named `who`.
fn event_of<'r>(r: &'r Record, kind: &str, who: &str) -> &'r Event {
    events(r, kind)
        .into_iter()
        .find(|e| e.subjects.iter().any(|s| name(r, s) == who))
        .unwrap_or_else(|| panic!("no {kind} of {who}"))
}

/// The events of `kind` told of the person named `who` alone.
fn events_of_one<'r>(r: &'r Record, kind: &str, who: &str) -> Vec<&'r Event> {
    events(r, kind)
        .into_iter()
        .filter(|e| names(r, &e.subjects) == vec![who])
        .collect()
}

/// Asserts that each of `who` is among the subjects of the events of `kind`.
fn assert_among(r: &Record, kind: &str, who: &[&str]) {
    let told = subjects_of(r, kind);
    for w in who {
        assert!(told.iter().any(|s| s == w), "{kind} of {w}: {told:?}");
    }
}

/// Asserts that no event of `kind` is told of the person named `who`.
fn assert_none_of(r: &Record, kind: &str, who: &str) {
    let e = events(r, kind);
    assert!(
        e.iter().all(|e| !names(r, &e.subjects).contains(&who)),
        "{kind} of {who}: {e:?}"
    );
}

/// Asserts that the report has events of `kind` and that every one of them bears `charge`.
fn assert_all_charged(r: &Record, kind: &str, charge: &str) {
    let charges: Vec<Option<&str>> = events(r, kind)
        .into_iter()
        .map(|e| e.charge.as_deref())
        .collect();
    assert!(
        !charges.is_empty() && charges.iter().all(|c| *c == Some(charge)),
        "{kind}: {charges:?}"
    );
}

/// Asserts that the report tells events of `kind` of exactly `subjects`, in order, all on `date`.
fn assert_told(r: &Record, kind: &str, subjects: &[&str], date: &str) {
    assert_eq!(subjects_of(r, kind), subjects, "{kind}");
    assert_all_dated(r, kind, date);
}

/// Asserts that the report tells no event of `kind`.
fn assert_none(r: &Record, kind: &str) {
    let e = events(r, kind);
    assert!(e.is_empty(), "{kind}: {e:?}");
}

/// Asserts that the report tells exactly one event of `kind`, of the person or group `subject`.
fn assert_only(r: &Record, kind: &str, subject: &str) {
    let e = events(r, kind);
    assert_eq!(e.len(), 1, "{kind}: {e:?}");
    assert_eq!(name(r, &e[0].subjects[0]), subject);
}

/// Asserts the kind, amount and unit of an event's penalty.
fn assert_penalty(e: &Event, kind: &str, amount: Option<f64>, unit: Option<&str>) {
    let p = e.penalty.as_ref().unwrap();
    assert_eq!(
        (p.kind.as_str(), p.amount, p.unit.as_deref()),
        (kind, amount, unit)
    );
}

/// Asserts the kind, amount and unit of the first sentence's penalty.
fn assert_first_penalty(r: &Record, kind: &str, amount: Option<f64>, unit: Option<&str>) {
    assert_penalty(events(r, "sentence")[0], kind, amount, unit);
}

/// The names of the places of `kind`'s events, one per placed event.
fn place_names<'r>(r: &'r Record, kind: &str) -> Vec<&'r str> {
    events(r, kind)
        .iter()
        .filter_map(|e| e.place.as_deref())
        .map(|p| name(r, p))
        .collect()
}

/// The names of the report's persons, in order.
fn persons(r: &Record) -> Vec<&str> {
    entity_names(r, EntityKind::Person)
}

/// The first agent of each statement: who spoke.
fn speakers(r: &Record) -> Vec<&str> {
    events(r, "statement")
        .iter()
        .map(|e| name(r, &e.agents[0]))
        .collect()
}

/// The subjects of the events of `kind`, by name, in order.
fn subjects_of(r: &Record, kind: &str) -> Vec<String> {
    events(r, kind)
        .iter()
        .flat_map(|e| e.subjects.iter().map(|s| name(r, s).to_string()))
        .collect()
}

/// The agents of the events of `kind`, by name, in order.
fn agents_of(r: &Record, kind: &str) -> Vec<String> {
    events(r, kind)
        .iter()
        .flat_map(|e| e.agents.iter().map(|s| name(r, s).to_string()))
        .collect()
}

/// A verdict told as a list, one line per defendant, after a count of them.
const LISTED_VERDICTS: &str = "A court in Tabriz has sentenced four people over last year's \
    protests.\nThe four were arrested in Tabriz in October 2022. Their trial, held behind closed \
    doors from Nov. 25 to 27, lasted barely three days, and the verdicts were handed to their \
    lawyers on Dec. 5.\nAccording to the verdicts:\n\
    - Behrouz Nasirzadeh, 29, mechanic: death, for “moharebeh”;\n\
    - Ramin Aghazadeh, 34, teacher: six years in prison for “propaganda against the state”;\n\
    - Saeed Kheirkhah, 41, shopkeeper: 74 lashes for “disturbing public order”;\n\
    - Parisa Jafari, 22, nursing student: a fine of 150 million rials.\n";

const VITSEBSK_VERDICT: &str = "VITSEBSK — A court in Vitsebsk has sentenced three men accused of \
     posting photographs of military trains to an opposition channel to six, four and two years \
     in prison respectively, rights defenders said on Friday.\n\n\
     The Vitsebsk Regional Court found Siarhei Kavalenka, 38, Mikita Lapo, 27, and Yury \
     Dzmitryieu, 22, guilty of \"facilitating extremist activity\" after a closed trial.\n\n\
     Kavalenka's brother, Aliaksandr Kavalenka, has not been detained and awaits trial on the \
     same charge.";

const MACAU_CHAT_GROUP: &str = "Two people accused of running a \"subversive\" chat group \
     appeared in a Macau court on Thursday, a week after police detained them in dawn raids.\n\n\
     Ho Weng-kit, 41, and Leong Sio-man, 29, are accused of \"inciting subversion of state \
     power\". Police formally charged the two on Tuesday.";

const SITRA_VERDICT: &str = "MANAMA, Nov 29 (Example News) - A Bahraini court on Tuesday jailed \
     Ali Hasan Radhi and Sayed Majid Jaafar for three years each over a protest in Sitra last \
     month.\n\n\
     Most of the defendants were arrested in raids on homes in Sitra in the last week of \
     October, lawyers said.";

const SUMGAYIT_ROAD_BLOCK: &str = "SUMGAYIT, May 8 — About 150 residents blocked the \
     Sumgayit–Baku highway for several hours on Monday to protest against water cuts. Police \
     dispersed the crowd in the evening.\n\n\
     On Tuesday the Sumgayit City Court sentenced Elvin Mammadli, 31, and Rashad Guliyev, 44, \
     who both took part in the road block and were detained there, to 25 days and 15 days of \
     administrative arrest respectively.";

const HONG_KONG_HEARING: &str = "HONG KONG — Three people accused of sedition appeared before \
     the West Kowloon Magistrates' Courts on Thursday. The magistrate refused bail for Chan \
     Ka-wai.";

/// The charges of `kind`'s events, one per event.
fn charges_of<'r>(r: &'r Record, kind: &str) -> Vec<Option<&'r str>> {
    events(r, kind)
        .iter()
        .map(|e| e.charge.as_deref())
        .collect()
}

mod censorship;
mod charge;
mod detention;
mod election;
mod entities;
mod legislation;
mod protest;
mod raid;
mod release;
mod sentence;
mod statement;
mod trial;
mod violence;
