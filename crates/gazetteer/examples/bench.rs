//! Load time and lookup speed of the embedded gazetteer.
//!
//! `cargo run --release -p chronicle-gazetteer --example bench` (add `load` to stop after
//! loading, e.g. to time the process with `/usr/bin/time`).

use std::hint::black_box;
use std::time::Instant;

use chronicle_gazetteer::{Context, Gazetteer, Tables};

fn main() {
    let start = Instant::now();
    let gazetteer = Gazetteer::from_tables(Tables::embedded()).expect("embedded tables load");
    let load = start.elapsed();
    println!(
        "load: {:.1} ms ({} places, {} keys)",
        load.as_secs_f64() * 1e3,
        gazetteer.places().len(),
        gazetteer.keys().count()
    );

    if std::env::args().nth(1).as_deref() == Some("load") {
        return;
    }

    let names = [
        "Almaty",
        "Oral",
        "Uralsk",
        "Kazakhstan",
        "Minsk",
        "Tripoli",
        "Police",
        "Qaraghandy",
        "Nowhereville",
        "Alma-Ata",
    ];
    let kz = [("KZ", 1.0)];
    let ctx = Context::in_countries(&kz);
    let rounds = 100_000;
    let start = Instant::now();
    for _ in 0..rounds {
        for name in names {
            black_box(gazetteer.resolve(black_box(name), &ctx));
        }
    }
    let per = start.elapsed().as_secs_f64() / (rounds * names.len()) as f64;
    println!("resolve: {:.0} ns per name", per * 1e9);

    let start = Instant::now();
    for _ in 0..rounds {
        for name in names {
            black_box(gazetteer.is_place_name(black_box(name)));
        }
    }
    let per = start.elapsed().as_secs_f64() / (rounds * names.len()) as f64;
    println!("is_place_name: {:.0} ns per name", per * 1e9);
}
