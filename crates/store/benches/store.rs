//! Store benchmark: builds a database of generated reports (100,000 by default) and times
//! `person` and `search` on it, plus the store's own ingest rate (extraction not included;
//! `bench/store/run.sh` measures `chronicle ingest` with extraction).
//!
//! Run: `cargo bench -p chronicle-store --bench store`
//! Environment: STORE_BENCH_DOCS (reports, default 100000), STORE_BENCH_DB (database file or
//! postgres:// URL; default target/store-bench-N.db, reused when it already holds N reports),
//! STORE_BENCH_QUERIES (queries of each kind, default 200).
//!
//! Reports are generated deterministically: cases (a person, a city, a date) each told by
//! one to four reports, under variant spellings of the person's name (Luqpan/Lukpan,
//! -ev/-yev, kh/h), with filler text drawn from a fixed vocabulary so that full-text search
//! sees common and rare words.

use std::time::{Duration, Instant};

use chronicle_gazetteer::{Gazetteer, PlaceKind};
use chronicle_record::{
    Count, DocumentInfo, Entity, EntityKind, Event, EventDate, Penalty, Record, SCHEMA,
};
use chronicle_store::{Filters, NewDocument, Store};
use sha2::{Digest, Sha256};

const GIVEN: [&str; 40] = [
    "Lukpan",
    "Mukhtar",
    "Aigul",
    "Ivan",
    "Sergei",
    "Alexei",
    "Yana",
    "Maxim",
    "Ilya",
    "Oleg",
    "Nurlan",
    "Dinara",
    "Bakhyt",
    "Zhanbolat",
    "Marina",
    "Olga",
    "Anvar",
    "Farid",
    "Rustam",
    "Kamila",
    "Timur",
    "Aliya",
    "Yerlan",
    "Dmitry",
    "Natalya",
    "Pavel",
    "Svetlana",
    "Vladimir",
    "Galym",
    "Saule",
    "Arman",
    "Madina",
    "Yevgeny",
    "Tatiana",
    "Bolat",
    "Gulnara",
    "Askar",
    "Leila",
    "Ruslan",
    "Zarina",
];
const ROOTS: [&str; 30] = [
    "Akhmed", "Tokay", "Karim", "Petr", "Ivan", "Sidor", "Zhuman", "Nazar", "Abdull", "Bek",
    "Serik", "Orl", "Yash", "Naval", "Znak", "Pinch", "Utep", "Tair", "Kurman", "Sultan", "Dosym",
    "Esen", "Kuzmin", "Belyak", "Morozov", "Khasan", "Ismail", "Rakhim", "Zhakup", "Mamyt",
];
const SUFFIXES: [&str; 8] = ["ov", "ev", "yarov", "baev", "enko", "uk", "bekov", "in"];
const DESCRIPTORS: [&str; 8] = [
    "journalist",
    "opposition politician",
    "human rights activist",
    "blogger",
    "lawyer",
    "civic activist",
    "trade union leader",
    "poet",
];
const OUTLETS: [&str; 8] = [
    "rferl.example",
    "vlast.example",
    "mediazona.example",
    "ovd.example",
    "viasna.example",
    "kloop.example",
    "azattyq.example",
    "eurasianet.example",
];
const VOCABULARY: [&str; 60] = [
    "court",
    "hearing",
    "lawyer",
    "appeal",
    "rally",
    "protest",
    "square",
    "authorities",
    "statement",
    "human",
    "rights",
    "organisation",
    "election",
    "parliament",
    "opposition",
    "activist",
    "journalist",
    "newspaper",
    "website",
    "blocked",
    "prosecutor",
    "investigation",
    "extremism",
    "sanctioned",
    "unsanctioned",
    "gathering",
    "regulations",
    "administrative",
    "criminal",
    "case",
    "sentence",
    "prison",
    "colony",
    "release",
    "hunger",
    "strike",
    "detention",
    "police",
    "officers",
    "arrested",
    "family",
    "wife",
    "children",
    "supporters",
    "international",
    "observers",
    "condemned",
    "government",
    "president",
    "decree",
    "law",
    "amendment",
    "freedom",
    "speech",
    "assembly",
    "pressure",
    "independent",
    "media",
    "interview",
    "region",
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// A spelling of a name as another outlet might write it.
fn variant(name: &str, rng: &mut Rng) -> String {
    let swaps = [
        ("k", "q"),
        ("kh", "h"),
        ("ev", "yev"),
        ("y", "i"),
        ("zh", "j"),
    ];
    let (from, to) = swaps[rng.below(swaps.len())];
    name.replacen(from, to, 1)
}

struct City {
    name: String,
    country: String,
    id: u64,
    lat: f64,
    lon: f64,
}

fn cities() -> Vec<City> {
    let wanted = ["KZ", "RU", "BY", "UZ", "AZ", "KG", "TJ", "AM", "GE", "TM"];
    let mut out: Vec<City> = Vec::new();
    for p in Gazetteer::embedded().places() {
        let per_country = out.iter().filter(|c| c.country == p.country).count();
        if p.kind == PlaceKind::City && wanted.contains(&p.country.as_str()) && per_country < 30 {
            out.push(City {
                name: p.name.clone(),
                country: p.country.clone(),
                id: p.id,
                lat: p.lat,
                lon: p.lon,
            });
        }
    }
    out
}

/// A case: who, where, when; its events are told by several reports.
struct Case {
    given: &'static str,
    surname: String,
    descriptor: &'static str,
    city: usize,
    day: i64,
}

fn date(day: i64) -> String {
    let d = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Duration::days(day);
    d.to_string()
}

fn entity(id: &str, kind: EntityKind, name: &str) -> Entity {
    Entity {
        mentions: vec![[0, 1]],
        ..Entity::new(id, kind, name)
    }
}

/// One generated report about one case: (text, record).
fn report(n: usize, case: &Case, step: usize, city: &City, rng: &mut Rng) -> (String, Record) {
    let mut name = format!("{} {}", case.given, case.surname);
    if rng.chance(35) {
        name = variant(&name, rng);
    }
    let (kind, verb, day_offset) = [
        ("detention", "detained", 0),
        ("charge", "charged", 2),
        ("trial", "put on trial", 30),
        ("sentence", "sentenced", 45),
    ][step];
    let day = date(case.day + day_offset);
    let outlet = *rng.pick(&OUTLETS);
    let first = format!(
        "Police in {} {verb} {name}, a {}, on {day}.",
        city.name, case.descriptor
    );
    let mut text = first.clone();
    for _ in 0..(4 + rng.below(6)) {
        let words: Vec<&str> = (0..(8 + rng.below(10)))
            .map(|_| *rng.pick(&VOCABULARY))
            .collect();
        text.push(' ');
        text.push_str(&words.join(" "));
        text.push('.');
    }
    text.push_str(&format!(" Report {n}."));
    let mut person = entity("p1", EntityKind::Person, &name);
    person.aliases = vec![case.surname.clone()];
    person.descriptors = vec![case.descriptor.to_string()];
    let mut place = entity("l1", EntityKind::Place, &city.name);
    place.country = Some(city.country.clone());
    place.geonames_id = Some(city.id);
    place.lat = Some(city.lat);
    place.lon = Some(city.lon);
    let mut agent = entity(
        "o1",
        EntityKind::Organization,
        if step >= 2 { "court" } else { "police" },
    );
    agent.category = Some(if step >= 2 { "court" } else { "police" }.into());
    agent.country = Some(city.country.clone());
    let penalty = (kind == "sentence").then(|| match rng.below(3) {
        0 => Penalty {
            kind: "administrative_arrest".into(),
            amount: Some((5 + rng.below(26)) as f64),
            unit: Some("day".into()),
            text: None,
        },
        1 => Penalty {
            kind: "prison".into(),
            amount: Some((1 + rng.below(10)) as f64),
            unit: Some("year".into()),
            text: None,
        },
        _ => Penalty {
            kind: "fine".into(),
            amount: Some((50_000 * (1 + rng.below(10))) as f64),
            unit: Some(if city.country == "KZ" { "KZT" } else { "RUB" }.into()),
            text: None,
        },
    });
    let event = Event {
        id: "ev1".into(),
        kind: kind.into(),
        status: "occurred".into(),
        date: Some(EventDate {
            text: day.clone(),
            value: Some(day.clone()),
            precision: "day".into(),
        }),
        place: Some("l1".into()),
        agents: vec!["o1".into()],
        subjects: vec!["p1".into()],
        charge: (step >= 1).then(|| "participation in an unsanctioned gathering".to_string()),
        penalty,
        count: None::<Count>,
        attributed_to: vec![],
        evidence: vec![[0, first.chars().count()]],
        confidence: 0.9,
    };
    let id = format!(
        "sha256:{}",
        Sha256::digest(text.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    let record = Record {
        schema: SCHEMA.into(),
        document: DocumentInfo {
            id,
            source: Some(format!("https://{outlet}/news/{n}")),
            title: None,
            published: Some(date(case.day + day_offset + 1)),
            language: Some("en".into()),
        },
        entities: vec![person, place, agent],
        events: vec![event],
    };
    (text, record)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn summary(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label:<44} n={:<4} median {:>7.2} ms  p95 {:>7.2} ms  max {:>7.2} ms",
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().unwrap())
    );
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let docs = env_usize("STORE_BENCH_DOCS", 100_000);
    let queries = env_usize("STORE_BENCH_QUERIES", 200);
    let db = std::env::var("STORE_BENCH_DB").unwrap_or_else(|_| {
        let dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "../../target".into());
        format!("{dir}/store-bench-{docs}.db")
    });
    let cities = cities();
    let mut rng = Rng(0x5eed_cafe);
    // Cases: one per 4 reports, each a detention told twice, a charge and a sentence.
    let n_cases = (docs / 4).max(1);
    let cases: Vec<Case> = (0..n_cases)
        .map(|_| Case {
            given: GIVEN[rng.below(GIVEN.len())],
            surname: format!("{}{}", rng.pick(&ROOTS), rng.pick(&SUFFIXES)),
            descriptor: DESCRIPTORS[rng.below(DESCRIPTORS.len())],
            city: rng.below(cities.len()),
            day: rng.below(3600) as i64,
        })
        .collect();

    let store = Store::open(&db).expect("open the benchmark database");
    let have = store.stats(&Filters::default()).expect("stats").documents as usize;
    if have < docs {
        println!("building {db}: {docs} generated reports ({have} already there)");
        let started = Instant::now();
        let mut done = 0usize;
        let mut n = 0usize;
        while done < docs {
            let mut batch: Vec<(String, Record)> = Vec::with_capacity(500);
            while batch.len() < 500 && done + batch.len() < docs {
                let case = &cases[n % cases.len()];
                // Detentions are told twice (by two outlets, often spelt differently), charges
                // and sentences once.
                let step = [0, 0, 1, 3][(n / cases.len()) % 4];
                batch.push(report(n, case, step, &cities[case.city], &mut rng));
                n += 1;
            }
            let docs_batch: Vec<NewDocument<'_>> = batch
                .iter()
                .map(|(text, record)| NewDocument {
                    text,
                    record,
                    engine: "bench",
                })
                .collect();
            store.ingest(&docs_batch).expect("ingest");
            done += batch.len();
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "store ingest (no extraction): {done} reports in {secs:.1} s = {:.0} reports/s",
            done as f64 / secs
        );
    }
    let stats = store.stats(&Filters::default()).expect("stats");
    println!(
        "database: {} documents, {} events, {} persons",
        stats.documents, stats.events, stats.persons
    );

    let mut q = Rng(42);
    let mut times = Vec::new();
    let mut events_seen = 0usize;
    for _ in 0..queries {
        let case = q.pick(&cases);
        let name = format!("{} {}", case.given, case.surname);
        let name = if q.chance(50) {
            variant(&name, &mut q)
        } else {
            name
        };
        // What `chronicle person --json NAME` does: the matches, then the best one's dossier.
        let t = Instant::now();
        let matches = store.person_matches(&name).expect("person");
        let best = matches
            .first()
            .map(|p| store.person_by_id(p.id).expect("dossier"));
        times.push(t.elapsed());
        events_seen += best.flatten().map_or(0, |d| d.events.len());
    }
    summary("person FULL NAME (any spelling) --json", times);
    println!(
        "  (average {:.1} events in the best dossier)",
        events_seen as f64 / queries as f64
    );

    let mut times = Vec::new();
    for _ in 0..queries.min(50) {
        let case = q.pick(&cases);
        let t = Instant::now();
        let matches = store.person_matches(&case.surname).expect("person");
        let best = matches
            .first()
            .map(|p| store.person_by_id(p.id).expect("dossier"));
        times.push(t.elapsed());
        assert!(best.is_some());
    }
    summary("person SURNAME --json (best of everyone)", times);

    let mut times = Vec::new();
    for _ in 0..queries {
        let case = q.pick(&cases);
        let t = Instant::now();
        store
            .search(&case.surname, &Filters::default())
            .expect("search");
        times.push(t.elapsed());
    }
    summary("search SURNAME (top 20)", times);

    let mut times = Vec::new();
    for _ in 0..queries {
        let words = format!("{} {}", q.pick(&VOCABULARY), q.pick(&VOCABULARY));
        let t = Instant::now();
        store.search(&words, &Filters::default()).expect("search");
        times.push(t.elapsed());
    }
    summary("search TWO COMMON WORDS (top 20)", times);

    let mut times = Vec::new();
    for _ in 0..queries {
        let city = q.pick(&cities);
        let filters = Filters {
            country: Some(city.country.clone()),
            kind: Some("sentence".into()),
            from: Some("2018".into()),
            to: Some("2020".into()),
            ..Filters::default()
        };
        let t = Instant::now();
        store
            .search(VOCABULARY[q.below(VOCABULARY.len())], &filters)
            .expect("search");
        times.push(t.elapsed());
    }
    summary("search WORD + country, type, date range", times);
}
