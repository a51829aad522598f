//! Resolves names given on the command line: `lookup [--in KZ] [--cue region] NAME...`.
//! Prints every candidate and the choice, for checking the data by hand.

use chronicle_gazetteer::{Context, Gazetteer, PlaceKind};

fn main() {
    let mut countries: Vec<(String, f32)> = Vec::new();
    let mut cue = None;
    let mut names = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--in" => countries.extend(args.next().map(|c| (c, 1.0))),
            "--cue" => {
                cue = match args.next().as_deref() {
                    Some("country") => Some(PlaceKind::Country),
                    Some("region") => Some(PlaceKind::Region),
                    Some("city") => Some(PlaceKind::City),
                    _ => None,
                }
            }
            _ => names.push(arg),
        }
    }
    let weighted: Vec<(&str, f32)> = countries.iter().map(|(c, w)| (c.as_str(), *w)).collect();
    let ctx = Context {
        countries: &weighted,
        cue,
    };
    let g = Gazetteer::embedded();
    for name in &names {
        let choice = g.resolve(name, &ctx);
        let all = g.candidates(name);
        let show = |p: &chronicle_gazetteer::Place| {
            format!(
                "{} {} {} ({}) pop {} id {}",
                p.kind.as_str(),
                p.name,
                p.country,
                p.admin1.as_deref().unwrap_or("-"),
                p.population,
                p.id
            )
        };
        println!(
            "{name:?} -> {}",
            choice.map(show).unwrap_or_else(|| "none".into())
        );
        for p in all.iter().take(6) {
            println!("      {}", show(p));
        }
        if all.len() > 6 {
            println!("      ... {} more", all.len() - 6);
        }
        if let Some(iso) = g.demonym_country(name) {
            println!("      demonym of {iso}");
        }
    }
}
