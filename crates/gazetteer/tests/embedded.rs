//! Lookups against the real embedded GeoNames tables.

use chronicle_gazetteer::{Context, Gazetteer, PlaceKind};

fn gaz() -> &'static Gazetteer {
    Gazetteer::embedded()
}

fn resolve_id(name: &str, ctx: &Context<'_>) -> Option<u64> {
    gaz().resolve(name, ctx).map(|p| p.id)
}

#[test]
fn oral_and_uralsk_are_one_city_in_kazakhstan() {
    let none = Context::default();
    let oral = gaz().resolve("Oral", &none).expect("Oral is a city");
    assert_eq!(oral.country, "KZ");
    assert_eq!(oral.kind, PlaceKind::City);
    for spelling in ["Uralsk", "Ural'sk", "O‘ral", "URALSK", "oral"] {
        assert_eq!(resolve_id(spelling, &none), Some(oral.id), "{spelling}");
    }
    let kz = [("KZ", 1.0)];
    assert_eq!(
        resolve_id("Oral", &Context::in_countries(&kz)),
        Some(oral.id)
    );
    assert_eq!(oral.geonames_id(), Some(oral.id));
}

#[test]
fn almaty_and_alma_ata_are_one_city() {
    let none = Context::default();
    let almaty = gaz().resolve("Almaty", &none).expect("Almaty is a city");
    assert_eq!(
        (almaty.country.as_str(), almaty.kind),
        ("KZ", PlaceKind::City)
    );
    assert_eq!(resolve_id("Alma-Ata", &none), Some(almaty.id));
    assert_eq!(resolve_id("Alma Ata", &none), Some(almaty.id));
    assert!((almaty.lat - 43.25).abs() < 0.1 && (almaty.lon - 76.92).abs() < 0.1);
}

#[test]
fn region_cue_picks_the_region_over_the_city() {
    let cued = Context {
        countries: &[],
        cue: Some(PlaceKind::Region),
    };
    let region = gaz()
        .resolve("Almaty", &cued)
        .expect("there is an Almaty region");
    assert_eq!(
        (region.kind, region.country.as_str()),
        (PlaceKind::Region, "KZ")
    );
    assert_eq!(region.geonames_id(), None);
    let phrase = gaz()
        .resolve("Almaty region", &Context::default())
        .expect("cue in the phrase");
    assert_eq!(phrase.kind, PlaceKind::Region);
    let west = gaz()
        .resolve("West Kazakhstan region", &Context::default())
        .expect("curated alias");
    assert_eq!(
        (west.kind, west.country.as_str()),
        (PlaceKind::Region, "KZ")
    );
    let oral = gaz()
        .resolve("city of Oral", &Context::default())
        .expect("city cue");
    assert_eq!(gaz().region_of(oral).map(|r| r.id), Some(west.id));
}

#[test]
fn countries_resolve_by_name_alias_and_code() {
    let none = Context::default();
    let kz = gaz().resolve("Kazakhstan", &none).expect("a country");
    assert_eq!((kz.kind, kz.country.as_str()), (PlaceKind::Country, "KZ"));
    assert_eq!(gaz().country("kz").map(|p| p.id), Some(kz.id));
    assert_eq!(gaz().country_name("BY"), Some("Belarus"));
    assert_eq!(
        gaz()
            .resolve("Byelorussia", &none)
            .map(|p| p.country.as_str()),
        Some("BY")
    );
    assert_eq!(
        gaz()
            .resolve("the Netherlands", &none)
            .map(|p| p.country.as_str()),
        Some("NL")
    );
    assert_eq!(
        gaz().resolve("U.S.", &none).map(|p| p.country.as_str()),
        Some("US")
    );
    assert_eq!(
        gaz().resolve("USA", &none).map(|p| p.country.as_str()),
        Some("US")
    );
    assert!(!gaz().is_place_name("us"), "the pronoun is not a country");
}

#[test]
fn a_country_beats_a_city_of_the_same_name() {
    // Kuwait City is also called "Kuwait"; Georgia is only a country in this data.
    let kw = gaz()
        .resolve("Kuwait", &Context::default())
        .expect("Kuwait");
    assert_eq!(kw.kind, PlaceKind::Country);
    let kz = [("KZ", 1.0)];
    let ge = gaz()
        .resolve("Georgia", &Context::in_countries(&kz))
        .expect("Georgia");
    assert_eq!((ge.kind, ge.country.as_str()), (PlaceKind::Country, "GE"));
}

#[test]
fn demonyms_name_their_country() {
    for (word, iso) in [
        ("Kazakh", "KZ"),
        ("Kazakhstani", "KZ"),
        ("Kazakhs", "KZ"),
        ("Belarusian", "BY"),
        ("Russians", "RU"),
        ("Uzbek", "UZ"),
        ("Azerbaijani", "AZ"),
        ("Iranian", "IR"),
        ("Georgian", "GE"),
    ] {
        assert_eq!(gaz().demonym_country(word), Some(iso), "{word}");
    }
    assert_eq!(gaz().demonym_country("Kazakhstan"), None);
    assert_eq!(gaz().demonym_country("police"), None);
}

#[test]
fn capitals_and_transliterations() {
    let none = Context::default();
    let minsk = gaz().resolve("Minsk", &none).expect("Minsk");
    assert_eq!(
        (minsk.country.as_str(), minsk.kind),
        ("BY", PlaceKind::City)
    );
    // Mińsk Mazowiecki in Poland is also called "Minsk"; the capital keeps its own name even
    // in a report about Poland.
    let pl = [("PL", 1.0)];
    assert_eq!(
        resolve_id("Minsk", &Context::in_countries(&pl)),
        Some(minsk.id)
    );
    let khujand = gaz().resolve("Khujand", &none).expect("Khujand");
    assert_eq!(khujand.country, "TJ");
    for spelling in ["Khudzhand", "Leninabad", "Khŭjand", "Hudžand"] {
        assert_eq!(resolve_id(spelling, &none), Some(khujand.id), "{spelling}");
    }
    let karaganda = gaz().resolve("Qaraghandy", &none).expect("Qaraghandy");
    assert_eq!(resolve_id("Karaganda", &none), Some(karaganda.id));
    let shymkent = gaz().resolve("Shymkent", &none).expect("Shymkent");
    assert_eq!(resolve_id("Chimkent", &none), Some(shymkent.id));
    let astana = gaz().resolve("Nur-Sultan", &none).expect("Nur-Sultan");
    assert_eq!(resolve_id("Astana", &none), Some(astana.id));
    assert_eq!(
        gaz().by_id(astana.id).map(|p| p.name.as_str()),
        Some("Astana")
    );
}

#[test]
fn document_country_decides_between_namesakes() {
    let tripolis: Vec<_> = gaz()
        .candidates("Tripoli")
        .into_iter()
        .filter(|p| p.kind == PlaceKind::City)
        .collect();
    assert!(
        tripolis.iter().any(|p| p.country == "LY") && tripolis.iter().any(|p| p.country == "LB")
    );
    let lb = [("LB", 1.0)];
    assert_eq!(
        gaz()
            .resolve("Tripoli", &Context::in_countries(&lb))
            .map(|p| p.country.as_str()),
        Some("LB")
    );
    // With no context the bigger one.
    let biggest = tripolis.iter().max_by_key(|p| p.population).map(|p| p.id);
    assert_eq!(resolve_id("Tripoli", &Context::default()), biggest);
    let ge = [("GE", 1.0)];
    for city in ["Batumi", "Gori", "Tbilisi"] {
        assert_eq!(
            gaz()
                .resolve(city, &Context::in_countries(&ge))
                .map(|p| p.country.as_str()),
            Some("GE"),
            "{city}"
        );
    }
}

#[test]
fn everyday_words_are_not_places() {
    for word in [
        "Police",
        "Court",
        "Justice",
        "Ministry",
        "Central",
        "Of",
        "Independence",
        "March",
    ] {
        assert!(!gaz().is_place_name(word), "{word} should not be a place");
        assert!(gaz().resolve(word, &Context::default()).is_none(), "{word}");
    }
    // Countries that are also words stay countries.
    assert_eq!(
        gaz().resolve("Chad", &Context::default()).map(|p| p.kind),
        Some(PlaceKind::Country)
    );
}

#[test]
fn every_place_is_reachable_by_a_unique_id_and_has_a_sane_point() {
    let ids: std::collections::HashSet<u64> = gaz().places().iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), gaz().places().len(), "ids are unique");
    for place in gaz().places() {
        assert_eq!(gaz().by_id(place.id).map(|p| p.id), Some(place.id));
        assert!(
            (-90.0..=90.0).contains(&place.lat) && (-180.0..=180.0).contains(&place.lon),
            "{place:?}"
        );
        assert_eq!(place.country.len(), 2, "{place:?}");
    }
    assert!(
        gaz()
            .places()
            .iter()
            .filter(|p| p.kind == PlaceKind::Country)
            .count()
            > 240
    );
}

#[test]
fn short_capitals_are_acronyms_unless_a_country_or_a_big_city() {
    let none = Context::default();
    for acronym in ["U.N.", "UN", "PTA", "SIM"] {
        assert_eq!(resolve_id(acronym, &none), None, "{acronym}");
    }
    let us = gaz().resolve("U.S.", &none).expect("the United States");
    assert_eq!(us.kind, PlaceKind::Country);
    let ufa = gaz().resolve("UFA", &none).expect("a dateline's Ufa");
    assert_eq!((ufa.country.as_str(), ufa.kind), ("RU", PlaceKind::City));
}

#[test]
fn a_province_at_home_beats_a_town_abroad_known_by_that_name_as_an_alternate() {
    let ge = [("GE", 0.5)];
    let adjara = gaz()
        .resolve("Adjara", &Context::in_countries(&ge))
        .expect("a place named Adjara");
    assert_eq!(
        (adjara.country.as_str(), adjara.kind),
        ("GE", PlaceKind::Region)
    );
}

#[test]
fn each_country_knows_its_capital_city() {
    let name = |iso: &str| gaz().capital(iso).map(|p| p.name.as_str());
    assert_eq!(name("AZ"), Some("Baku"));
    assert_eq!(name("TH"), Some("Bangkok"));
    // Kazakhstan's row names the capital "Nur-Sultan"; the city is Astana by either name.
    assert_eq!(gaz().capital("KZ").map(|p| p.country.as_str()), Some("KZ"));
    assert!(gaz()
        .capital("kz")
        .is_some_and(|p| p.population > 1_000_000));
}
