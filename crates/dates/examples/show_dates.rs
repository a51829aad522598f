//! Prints the date mentions of a text file and their resolution.
//!
//! `cargo run -p chronicle-dates --example show_dates -- FILE [PUBLISHED]`, PUBLISHED as `YYYY-MM-DD`.

use chronicle_dates::{find_dates, Resolver};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: show_dates FILE [PUBLISHED as YYYY-MM-DD]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let published = match args
        .next()
        .map(|p| chrono::NaiveDate::parse_from_str(&p, "%Y-%m-%d"))
    {
        None => None,
        Some(Ok(d)) => Some(d),
        Some(Err(e)) => {
            eprintln!("PUBLISHED must be YYYY-MM-DD: {e}");
            std::process::exit(2);
        }
    };
    let mentions = find_dates(&text);
    let resolver = Resolver::new(published, &mentions);
    for m in &mentions {
        let r = resolver.resolve(m);
        println!(
            "{:>6}..{:<6} {:<28} {:<12} {:<8} {}{:?}",
            m.start,
            m.end,
            format!("{:?}", m.text),
            r.value.as_deref().unwrap_or("null"),
            r.precision.as_str(),
            if m.future { "future " } else { "" },
            m.expr
        );
    }
}
