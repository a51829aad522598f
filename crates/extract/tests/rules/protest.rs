//! Protests: who took part, who organised them, when and where.

use super::*;

#[test]
fn a_sentence_opening_with_protests_reads_a_noun() {
    let r = extract(
        "Protests broke out in Aktobe on March 2, 2022, over fuel prices.",
        None,
    );
    let p = events(&r, "protest");
    assert_eq!(p.len(), 1);
    assert_eq!(date_of(p[0]), Some("2022-03-02"));
    assert_eq!(name(&r, p[0].place.as_deref().unwrap()), "Aktobe");
}

#[test]
fn days_counted_from_a_dated_happening_resolve_from_its_date() {
    let r = extract(
        "Opposition parties rejected the results of the Jan. 7 general election. \
         Two days after the vote, some 2,000 opposition supporters marched in Sylhet. \
         The following day, police arrested activist Mohammad Rashedul Islam at his home.",
        Some("2024-01-15"),
    );
    let protest = events(&r, "protest");
    assert_eq!(date_of(protest[0]), Some("2024-01-09"));
    let detention = events(&r, "detention");
    assert_eq!(date_of(detention[0]), Some("2024-01-10"));
    // The vote keeps its own day.
    let election = events(&r, "election");
    assert!(election.iter().all(|e| date_of(e) == Some("2024-01-07")));
}

#[test]
fn a_protest_where_people_were_arrested_is_theirs_on_that_day() {
    let r = extract(
        "Police in Chelyabinsk detained at least 17 people on Sunday at single-person pickets \
         outside the regional court.",
        Some("2025-03-04"),
    );
    let p = events(&r, "protest");
    assert_eq!(p.len(), 1);
    assert_eq!(date_of(p[0]), Some("2025-03-02"));
    let group = entity(&r, &p[0].subjects[0]);
    assert_eq!(group.kind, chronicle_record::EntityKind::Group);
}

#[test]
fn what_happens_as_the_verdict_is_read_happens_that_day() {
    let r = extract(
        "A court in Novosibirsk on Dec. 5 sentenced Olga Semyonova to five years in a penal \
         colony. About 15 people gathered outside the court as the verdict was read.",
        Some("2023-12-08"),
    );
    let p = events(&r, "protest");
    assert_eq!(p.len(), 1);
    assert_eq!(date_of(p[0]), Some("2023-12-05"));
}

#[test]
fn those_taken_from_a_crowd_or_among_the_marchers_protested() {
    let r = extract(
        "Giorgi Beridze, 26, a student, was detained by police late on Tuesday as several \
         thousand people blocked the road outside the government building in Batumi. Among \
         those marching was Milos Radovanovic, a philosophy student.",
        Some("2024-05-16"),
    );
    assert_among(&r, "protest", &["Giorgi Beridze", "Milos Radovanovic"]);
}

#[test]
fn a_counted_group_named_member_by_member_shares_its_other_events() {
    let r = extract(
        "A court in Vitebsk has sentenced three people for joining a protest march in 2020. \
         The trial was closed. Relatives were not allowed in. Reporters waited outside. Andrei \
         Kavaliou got six years, Siarhei Zhuk got five years and Ales Markevich got four years.",
        None,
    );
    assert_eq!(
        subjects_of(&r, "protest"),
        ["Andrei Kavaliou", "Siarhei Zhuk", "Ales Markevich"]
    );
    // The counted verdict is their summary, not a fourth sentence.
    assert_eq!(events(&r, "sentence").len(), 3);
}

#[test]
fn minutes_after_is_the_same_day_and_a_perfect_tense_keeps_its_own_time() {
    let r = extract(
        "Yerlan Dzhaksybekov was detained by police in Aktau on March 10, minutes after he and \
         about 30 colleagues unfurled a banner demanding wages they say have been withheld \
         since December.",
        Some("2025-03-14"),
    );
    let p = events(&r, "protest");
    assert!(!p.is_empty());
    for e in p {
        assert_eq!(date_of(e), Some("2025-03-10"));
    }
}

#[test]
fn a_rally_broken_up_when_people_were_detained_was_on_their_day() {
    let r = extract(
        "At least 20 people were detained in Kazan last month when police broke up a rally \
         against the closure of Tatar-language classes.",
        Some("2025-03-14"),
    );
    let p = events(&r, "protest");
    assert_eq!(p.len(), 1);
    assert_eq!(date_of(p[0]), Some("2025-02"));
}

#[test]
fn protests_someone_urges_others_to_join_have_not_happened() {
    let r = extract(
        "Police detained union leader José Gregorio Parra in Maracaibo on Wednesday, hours after \
         he urges workers on Facebook to join the opposition's protests.",
        Some("2025-01-09"),
    );
    assert!(events(&r, "protest").is_empty());
    assert_eq!(subjects_of(&r, "detention"), ["José Gregorio Parra"]);
    // Where he wrote is no one he wrote about.
    assert!(r
        .events
        .iter()
        .flat_map(|e| e.subjects.iter())
        .all(|s| name(&r, s) != "Facebook"));
}

#[test]
fn those_who_took_part_in_a_march_of_a_crowd_marched_too() {
    let r = extract(
        "A court sentenced Ales Markevich, Dzmitry Lukashevich and Pavel Hrynevich to prison on \
         Friday.\nAll three took part in a march of several thousand people through Vitebsk on \
         Aug. 16, 2020.",
        None,
    );
    let named: Vec<String> = subjects_of(&r, "protest")
        .into_iter()
        .filter(|s| !s.contains("people"))
        .collect();
    assert_eq!(
        named,
        ["Ales Markevich", "Dzmitry Lukashevich", "Pavel Hrynevich"]
    );
    assert_all_dated(&r, "protest", "2020-08-16");
}

#[test]
fn a_saints_name_in_a_sites_name_is_no_town() {
    let r = extract(
        "MARACAIBO, Venezuela — Some 80 protesters gathered on Wednesday in front of the Basilica \
         of Our Lady of Chiquinquirá, chanting slogans.",
        Some("2025-01-09"),
    );
    let p = events(&r, "protest");
    assert_eq!(p.len(), 1);
    assert_eq!(name(&r, p[0].place.as_deref().unwrap()), "Maracaibo");
}

#[test]
fn a_counted_reference_before_the_names_is_the_group_of_that_count() {
    let r = extract(
        "A court in Vitebsk has sentenced four people for joining a protest march. \
         All four took part in a march through Vitebsk on Aug. 16, 2020.\n\
         Ales Markevich got five years, Dzmitry Lukashevich four years, and Pavel Hrynevich and \
         Ihar Shved three years each.",
        None,
    );
    let named: Vec<String> = subjects_of(&r, "protest")
        .into_iter()
        .filter(|s| !s.contains("people"))
        .collect();
    assert_eq!(
        named,
        [
            "Ales Markevich",
            "Dzmitry Lukashevich",
            "Pavel Hrynevich",
            "Ihar Shved"
        ]
    );
    assert_all_dated(&r, "protest", "2020-08-16");
}

#[test]
fn those_who_held_the_pickets_protested() {
    let r = extract(
        "Ilnur Gabdrakhmanov and Alsu Khairullina went on trial in Kazan on Monday. Both \
         defendants were prosecuted over single-person pickets they held near the Kazan Kremlin \
         in March 2023.",
        None,
    );
    assert_told(
        &r,
        "protest",
        &["Ilnur Gabdrakhmanov", "Alsu Khairullina"],
        "2023-03",
    );
}

#[test]
fn the_other_party_of_a_deal_is_no_place_and_a_charge_ends_before_a_new_clause() {
    let r = extract(
        "Thousands of people joined the rally in Yerevan, called to demand the resignation of \
         Prime Minister Nikol Pashinyan over a border deal with Azerbaijan.\nInvestigators charged \
         Gor Sargsyan on Thursday with organizing mass disorder and asked a court to remand him \
         in custody.",
        None,
    );
    let rally = events(&r, "protest");
    assert_eq!(rally.len(), 1);
    assert_eq!(name(&r, rally[0].place.as_deref().unwrap()), "Yerevan");
    let charged = events(&r, "charge");
    assert_eq!(
        charged[0].charge.as_deref(),
        Some("organizing mass disorder")
    );
}

#[test]
fn stopping_work_and_holding_up_banners_are_protests() {
    let r = extract(
        "Some 1,500 workers at the container terminal stopped work on April 13. In Cairo, \
         plainclothes officers detained seven people on Saturday as they held up banners in \
         support of the workers.",
        Some("2026-04-22"),
    );
    let dates: Vec<Option<&str>> = events(&r, "protest").iter().map(|e| date_of(e)).collect();
    assert_eq!(dates, [Some("2026-04-13"), Some("2026-04-18")]);
}

#[test]
fn by_evening_is_the_day_told_last() {
    let r = extract(
        "Officers detained the union leader Ramón Ortega Salas at his home on Wednesday \
         morning.\n\nBy evening some 80 protesters gathered outside the regional prosecutor's \
         office, chanting his name.",
        Some("2025-01-09"),
    );
    assert_all_dated(&r, "protest", "2025-01-08");
}

#[test]
fn a_vague_time_gives_way_to_the_date_beside_it() {
    let r = extract(
        "A court in Osh jailed two mine workers on Tuesday. Weeks earlier, in September 2022, \
         dozens of villagers had blocked the road to the mine to protest against polluted water.",
        Some("2022-10-20"),
    );
    assert_all_dated(&r, "protest", "2022-09");
}

#[test]
fn thousands_of_a_demonym_are_a_crowd_and_the_headlines_march_is_theirs() {
    let r = extract(
        "Wildly different counts for Sunday's Tbilisi march\n\nTBILISI \
         \u{2014} Thousands of Georgians marched down Rustaveli Avenue on Sunday evening to \
         demand new parliamentary elections.",
        Some("2025-12-09"),
    );
    let marches = events(&r, "protest");
    assert_eq!(marches.len(), 1, "{marches:?}");
    assert_eq!(name(&r, &marches[0].subjects[0]), "Thousands of Georgians");
    assert_eq!(date_of(marches[0]), Some("2025-12-07"));
}

#[test]
fn protests_named_only_by_their_year_are_background() {
    let r = extract(
        "A court in Tabriz sentenced the rapper Mehdi Rostamzadeh to death over songs that \
         celebrated the 2022 protests.",
        Some("2024-06-20"),
    );
    assert_none(&r, "protest");
    assert_only(&r, "sentence", "Mehdi Rostamzadeh");
}

#[test]
fn standing_holding_placards_is_a_picket() {
    let r = extract(
        "Dinara Serikqyzy and Almas Zhaqypov stood outside the city akimat in Shymkent on May 28 \
         holding placards that read \u{201c}Water for people, not for villas.\u{201d}",
        Some("2026-06-05"),
    );
    assert_told(
        &r,
        "protest",
        &["Dinara Serikqyzy", "Almas Zhaqypov"],
        "2026-05-28",
    );
}

#[test]
fn a_rally_against_a_plan_keeps_its_day_and_its_town_square() {
    let r = extract(
        "About 300 people rallied on the central square of Naryn on June 3 against a government \
         plan to lease a pasture to a foreign company, before police broke up the gathering.",
        Some("2025-06-05"),
    );
    let p = events(&r, "protest");
    assert_all_dated(&r, "protest", "2025-06-03");
    assert_eq!(name(&r, p[0].place.as_deref().unwrap()), "Naryn");
    assert_eq!(p[0].status, "occurred");
}

#[test]
fn a_protest_told_as_what_came_before_a_dated_arrest_was_that_day() {
    let r = extract(
        "Police in Tabriz detained 25 students late on Saturday after a protest at the city's \
         university, their lawyers said.\nSeveral hundred students had marched to the dean's \
         office, chanting slogans against tuition fees.",
        Some("2025-03-10"),
    );
    assert_all_dated(&r, "protest", "2025-03-08");
}

#[test]
fn the_named_organiser_leads_the_crowd_and_a_caption_tells_nothing_new() {
    let r = extract(
        "About 300 residents rallied in Naryn on June 3 against a new mining licence.\nPhoto: \
         Protesters hold placards outside the regional administration in Naryn, June 3.\nPolice \
         detained the rally's organiser, local teacher Aibek Toktorov, as the crowd dispersed.",
        Some("2025-06-05"),
    );
    let p = events(&r, "protest");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(date_of(p[0]), Some("2025-06-03"));
    let agents: Vec<&str> = p[0].agents.iter().map(|x| name(&r, x)).collect();
    assert_eq!(agents, ["Aibek Toktorov"]);
}

#[test]
fn a_picket_someone_was_punished_for_is_theirs_on_the_day_of_their_arrest() {
    let r = extract(
        "A district court in Almaty on Thursday jailed civic activist Dauren Sarsenbayev for 10 \
         days and fined a second organiser, Aigerim Tulegenova, 150,000 tenge over a small \
         picket against rising utility tariffs.\nOfficers had detained Sarsenbayev and \
         Tulegenova outside the city administration on Monday.",
        Some("2025-03-14"),
    );
    assert_told(
        &r,
        "protest",
        &["Dauren Sarsenbayev", "Aigerim Tulegenova"],
        "2025-03-10",
    );
}

#[test]
fn calling_a_rally_organises_it_and_calling_a_march_legitimate_judges_it() {
    let r = extract(
        "The opposition NUP has called a rally in Gulu for Friday. Interior Minister Rolando \
         Funes Ayala called the march \u{201c}legitimate\u{201d} but accused political actors \
         of trying to destabilise the government.",
        Some("2025-06-04"),
    );
    assert_eq!(speakers(&r), ["Rolando Funes Ayala"]);
    let p = events(&r, "protest");
    assert_eq!(p[0].status, "planned");
    assert_eq!(name(&r, &p[0].agents[0]), "NUP");
}

#[test]
fn a_rule_counted_from_any_rally_tells_of_no_rally() {
    let r = extract(
        "Under the amendment, organisers must notify the police regulating authority 14 days \
         before a gathering, up from seven, and anyone convicted of taking part in an \
         unsanctioned gathering faces up to five years in prison.",
        Some("2025-03-01"),
    );
    assert_none(&r, "protest");
}

#[test]
fn standing_with_placards_is_a_protest() {
    let r = extract(
        "Artyom Zaitsev and Yekaterina Volkova stood with placards on Kirov Street in Chelyabinsk \
         on Nov. 3, according to photos posted by the group.",
        Some("2025-12-10"),
    );
    assert_told(
        &r,
        "protest",
        &["Artyom Zaitsev", "Yekaterina Volkova"],
        "2025-11-03",
    );
}

#[test]
fn a_rule_of_where_people_may_protest_is_no_protest() {
    let r = extract(
        "Under the law, signed in May 2020, organisers must notify the authorities in advance \
         and may protest only at designated sites.",
        Some("2025-03-06"),
    );
    assert_none(&r, "protest");
}

#[test]
fn a_people_counted_in_the_plural_is_no_person() {
    let r = extract(
        "A court in Bakhchysarai on Tuesday ordered two men held for two months. Dozens of \
         Crimean Tatars gathered outside the courthouse in support.",
        Some("2025-02-06"),
    );
    assert!(
        r.entities
            .iter()
            .all(|e| !(e.name.contains("Tatars") && e.kind.as_str() == "person")),
        "{:?}",
        r.entities
    );
    let protests = events(&r, "protest");
    assert_eq!(protests.len(), 1, "{protests:?}");
    assert!(
        protests[0]
            .subjects
            .iter()
            .all(|s| entity(&r, s).kind.as_str() != "person"),
        "{protests:?}"
    );
}

#[test]
fn everyone_a_plural_verb_has_as_subject_took_part_in_the_rally() {
    let r = extract(
        "Temur Abashidze, who ran for mayor in Poti last year, and fellow activist Lasha \
         Kobalia were detained at a rally outside the city council on Monday.",
        Some("2025-03-05"),
    );
    assert_eq!(
        subjects_of(&r, "protest"),
        vec!["Temur Abashidze", "Lasha Kobalia"]
    );
}

#[test]
fn a_crowds_protest_told_without_a_time_was_held_on_the_reports_one_protest_day() {
    let r = extract(
        "MARDIN, Turkey \u{2014} Police in Mardin province detained at least 90 people at \
         protests against the removal of an elected mayor.\n\n\
         Thousands of people marched in the city on Tuesday to demand his return.\n\n\
         In Mardin, the governor\u{2019}s office said it had fined 40 protesters 3,000 lira each \
         for taking part in an unlawful gathering and banned all rallies for ten days.\n",
        Some("2024-06-06"),
    );
    assert_all_dated(&r, "protest", "2024-06-04");
}

#[test]
fn another_rally_called_for_a_weekday_is_planned_for_the_next_one() {
    let r = extract(
        "Opposition groups have called another rally in Poti for Saturday.",
        Some("2024-05-17"),
    );
    assert_eq!(
        statuses_and_dates(&r, "protest"),
        vec![("planned", Some("2024-05-18"))]
    );
}

#[test]
fn who_began_a_hunger_strike_is_its_subject() {
    let r = extract(
        "Olga Petrova, 41, began a hunger strike on March 3 in protest at being denied visits \
         from her lawyer, her mother said.",
        Some("2025-03-10"),
    );
    assert_told(&r, "protest", &["Olga Petrova"], "2025-03-03");
    // Those who joined her strike are its subjects, not she.
    let r = extract(
        "Olga Petrova, 41, began a hunger strike on March 3 in protest at being denied visits \
         from her lawyer, her mother said. Two other women held in the same colony joined her \
         hunger strike on Sunday, a rights group said.",
        Some("2025-03-12"),
    );
    let dates: Vec<(Vec<String>, Option<&str>)> = events(&r, "protest")
        .into_iter()
        .map(|e| {
            let who = e.subjects.iter().map(|s| name(&r, s).to_string()).collect();
            (who, date_of(e))
        })
        .collect();
    assert!(
        dates.contains(&(vec!["Olga Petrova".to_string()], Some("2025-03-03"))),
        "{dates:?}"
    );
    assert!(
        dates
            .iter()
            .any(|(who, d)| *d == Some("2025-03-09") && !who.contains(&"Olga Petrova".to_string())),
        "{dates:?}"
    );
}

#[test]
fn a_person_called_one_of_the_protesters_took_part_in_the_protest() {
    let r = extract(
        "About 40 relatives of detained workers picketed the regional court in Aktau on \
         Monday. Police detained three of them. A fourth protester, 58-year-old Aigul \
         Sarsenova, was not detained after she showed officers a medical certificate.",
        Some("2025-03-12"),
    );
    let who: Vec<String> = subjects_of(&r, "protest");
    assert!(who.iter().any(|s| s == "Aigul Sarsenova"), "{who:?}");
    let hers = event_of(&r, "protest", "Aigul Sarsenova");
    assert_eq!(date_of(hers), Some("2025-03-10"));
}

#[test]
fn a_protest_the_arrests_came_after_was_on_their_day() {
    let r = extract(
        "Police in Aktobe detained dozens of people on Saturday after a crowd gathered outside \
         the regional administration to protest a rise in the price of gas.",
        Some("2025-03-17"),
    );
    assert_eq!(
        statuses_and_dates(&r, "protest"),
        vec![("occurred", Some("2025-03-15"))]
    );
    let r = extract(
        "Elmir Qasimov was detained in Ganja on Oct. 14 after a one-man picket against a rise \
         in gas tariffs.",
        Some("2025-10-20"),
    );
    assert_eq!(
        subjects_of(&r, "protest"),
        vec!["Elmir Qasimov".to_string()]
    );
    assert_all_dated(&r, "protest", "2025-10-14");
    // "days after the rally": another day, not the arrests'.
    let r = extract(
        "Sher Alam Mehsud was arrested in Peshawar on April 20, days after a rally against \
         enforced disappearances.",
        Some("2023-05-01"),
    );
    assert!(
        events(&r, "protest")
            .iter()
            .all(|e| date_of(e) != Some("2023-04-20")),
        "{:?}",
        r.events
    );
}

#[test]
fn a_crowds_protest_told_twice_on_its_day_is_one_protest() {
    let r = extract(
        "GWERU, Zimbabwe: Some 600 workers at the Vungu Chrome mine near Gweru downed tools on \
         Monday in a strike called by the local branch of the mine workers union.\nPolice \
         detained 43 workers along with branch chairman Tafadzwa Chikore and secretary \
         Blessing Mutasa, who had led the strike.",
        Some("2024-09-27"),
    );
    let crowds: Vec<&Event> = events(&r, "protest")
        .into_iter()
        .filter(|e| {
            e.subjects
                .iter()
                .all(|s| entity(&r, s).kind != EntityKind::Person)
        })
        .collect();
    assert_eq!(crowds.len(), 1, "{:?}", r.events);
    assert_eq!(date_of(crowds[0]), Some("2024-09-23"));
    assert_eq!(subjects_of(&r, "protest").len(), 4, "{:?}", r.events);
    // ... and a strike told as called "to protest" is that one strike.
    let r = extract(
        "Shops and offices in Gondar stayed shut for three days this week in a stay-at-home \
         strike called by Fano supporters to protest the arrests.",
        Some("2024-09-27"),
    );
    assert_eq!(events(&r, "protest").len(), 1, "{:?}", r.events);
}

#[test]
fn protests_against_something_are_protests_unless_a_body_speaks() {
    for text in [
        "Students joined protests against the law in Tbilisi on Monday.",
        "Hundreds of traders protested against a plan to demolish their stalls in Namangan on \
         Monday.",
    ] {
        let r = extract(text, Some("2024-09-27"));
        assert_eq!(
            statuses_and_dates(&r, "protest"),
            vec![("occurred", Some("2024-09-23"))],
            "{text}"
        );
        assert!(events(&r, "statement").is_empty(), "{text}: {:?}", r.events);
    }
    let r = extract(
        "The OSCE protested against the verdict on Monday.",
        Some("2024-09-27"),
    );
    assert_eq!(events(&r, "statement").len(), 1, "{:?}", r.events);
    assert!(events(&r, "protest").is_empty(), "{:?}", r.events);
}

#[test]
fn a_blockade_and_a_flash_mob_are_protests() {
    let r = extract(
        "A court in San Pedro Sula convicted two brothers, José Murillo Paz and Marvin Murillo \
         Paz, who led a months-long blockade against a dam in August.",
        Some("2024-11-27"),
    );
    assert_eq!(
        subjects_of(&r, "protest"),
        vec![
            "José Murillo Paz".to_string(),
            "Marvin Murillo Paz".to_string()
        ]
    );
    let r = extract(
        "Soldiers in Monywa detained five students at a flash mob on Monday.",
        Some("2024-11-27"),
    );
    assert_eq!(events(&r, "protest").len(), 1, "{:?}", r.events);
}

#[test]
fn a_gathering_is_a_protest_and_gathering_evidence_is_not() {
    let r = extract(
        "Police detained 20 people at an unsanctioned gathering in Almaty on Monday.",
        Some("2024-11-27"),
    );
    assert_eq!(
        statuses_and_dates(&r, "protest"),
        vec![("occurred", Some("2024-11-25"))]
    );
    for text in [
        "Investigators were gathering evidence against Ali Karimov in Almaty on Monday.",
        "Guards woke Brenda Mercado in Managua before dawn on Thursday and told her to gather \
         her things.",
    ] {
        let r = extract(text, Some("2024-11-27"));
        assert!(events(&r, "protest").is_empty(), "{text}: {:?}", r.events);
    }
}

#[test]
fn the_right_to_protest_is_no_protest() {
    let r = extract(
        "A judge in Guatemala City released Indigenous leaders Juan Pablo Tzoc Ixcoy and Ana \
         Lucía Xiloj de León on Sunday.\n\n\
         Supporters gathered outside the courthouse throughout the hearing. \"They are \
         criminalizing our right to protest,\" said Xiloj after her release.",
        Some("2024-01-08"),
    );
    // The supporters' gathering only, not a protest of the two the quote speaks for.
    assert_eq!(subjects_of(&r, "protest"), ["Supporters"]);
}

#[test]
fn those_named_among_the_detained_from_a_crowd_took_part_in_its_protest() {
    // (A reporter taken while covering it did not.)
    let r = extract(
        "Police in Izmir detained 38 students on Friday night after several hundred students \
         marched to the rectorate building.\n\n\
         Among those detained were Zeynep Erturk, a 22-year-old sociology student, and Ayse \
         Demir, a reporter for Evrensel.",
        Some("2025-06-16"),
    );
    let protesters: Vec<&str> = events(&r, "protest")
        .iter()
        .flat_map(|e| e.subjects.iter().map(|s| name(&r, s)))
        .filter(|n| !n.contains("students"))
        .collect();
    assert_eq!(protesters, ["Zeynep Erturk"]);
    assert_all_dated(&r, "protest", "2025-06-13");
    // The names may come a few sentences after the crowd, past its size and the police's word.
    let r = extract(
        "Police in Aktobe detained dozens of people on Saturday after a crowd gathered outside \
         the regional administration to protest a rise in gas prices. Organizers put the turnout \
         at about 1,200 people. The police said no more than 300 people had come to the square. \
         They called it an unsanctioned event.\n\n\
         Among those detained were Nurlan Zhaqsylyqov, a 41-year-old engineer, and pensioner \
         Serik Amanov.",
        Some("2025-03-17"),
    );
    let protesters: Vec<&str> = events(&r, "protest")
        .iter()
        .flat_map(|e| e.subjects.iter().map(|s| name(&r, s)))
        .filter(|n| !n.contains("people"))
        .collect();
    assert_eq!(protesters, ["Nurlan Zhaqsylyqov", "Serik Amanov"]);
}

#[test]
fn walking_out_of_a_colony_is_a_release_where_the_colony_is() {
    let r = extract(
        "The blogger Ihar Losik walked out of a penal colony in Navapolatsk on Friday. \
         Two days later Maria Kalesnikava walked out of Homel prison, her sister said in Minsk.",
        Some("2025-06-16"),
    );
    assert_none(&r, "protest");
    let places = place_names(&r, "release");
    assert_eq!(places, ["Navapolatsk", "Homel"]);
}

#[test]
fn protests_against_a_ruler_are_not_his_and_he_joins_none() {
    let r = extract(
        "A court sentenced a pensioner over online comments linked to the 2020 protests against \
         Alexander Lukashenko.\n\
         After the election in which Alexander Lukashenko claimed a sixth term, Ivan Kavalenka \
         joined the Sunday marches in Babruysk.",
        Some("2024-05-10"),
    );
    assert_eq!(subjects_of(&r, "protest"), vec!["Ivan Kavalenka"]);
}

#[test]
fn an_event_inside_a_condition_is_not_told() {
    let r = extract(
        "\"They said I would end up like the others if I kept marching,\" Jericho Dela Cruz \
         said.",
        Some("2025-03-01"),
    );
    assert_none(&r, "protest");
    let r = extract(
        "The editor Aigerim Tleuzhan posts daily and says she will go on unless police detain \
         her.",
        Some("2025-03-01"),
    );
    assert_none(&r, "detention");
}

#[test]
fn those_named_among_the_marchers_detained_marched_on_the_crowds_day() {
    let r = extract(
        "An Istanbul court on Wednesday ordered 14 students held after a march.\nSeveral hundred \
         students set off from the Beyazit campus towards Taksim Square on Monday afternoon, \
         chanting \"Expulsions won't silence us\". The march was called by Kampus Dayanismasi, \
         a student collective. Riot police blocked the route and detained 63 students.\nAmong \
         the marchers detained were Ece Karaca, a sociology student, and Mert Aydogan, a \
         member of the student council.",
        Some("2025-10-17"),
    );
    let marched: Vec<(&str, Option<&str>)> = events(&r, "protest")
        .iter()
        .filter(|e| e.subjects.len() == 1 && entity(&r, &e.subjects[0]).kind == EntityKind::Person)
        .map(|e| (name(&r, &e.subjects[0]), date_of(e)))
        .collect();
    assert!(
        marched.contains(&("Ece Karaca", Some("2025-10-13"))),
        "{marched:?}"
    );
    assert!(
        marched.contains(&("Mert Aydogan", Some("2025-10-13"))),
        "{marched:?}"
    );
}

#[test]
fn people_listed_after_a_plural_protest_noun_took_part() {
    let r = extract(
        "Oil workers in Zhanaozen went on strike on March 3.\nOn March 8 a court in Zhanaozen \
         fined two strikers, driller Serik Utegenov and crane operator Baqytgul \
         Nurmaghambetova, 369,200 tenge each for participating in an illegal strike.",
        Some("2025-03-12"),
    );
    assert_among(
        &r,
        "protest",
        &["Serik Utegenov", "Baqytgul Nurmaghambetova"],
    );
}

#[test]
fn someone_punished_for_a_protest_offence_took_part_in_a_protest() {
    let r = extract(
        "Hundreds of people blocked Rustaveli Avenue in Tbilisi on Saturday. On Monday, Judge \
         Giorgi Arevadze found Nino Beridze, a 24-year-old architect, and Levan Kapanadze, a \
         schoolteacher, guilty of “deliberately blocking a roadway” and fined each 5,000 lari.",
        Some("2025-03-12"),
    );
    assert_among(&r, "protest", &["Nino Beridze", "Levan Kapanadze"]);
}

#[test]
fn someone_punished_for_a_protest_told_after_takes_its_day() {
    let r = extract(
        "The Leninski District Court of Hrodna on June 19 fined Siarhei Tsikhanchuk and Volha \
         Maroz 1,680 rubles (about $515) each for \"violating the procedure for holding mass \
         events\". According to the court, both were identified from video footage of an \
         unauthorised march in the city in August 2020 in which they took part.",
        Some("2025-06-23"),
    );
    assert_told(
        &r,
        "protest",
        &["Siarhei Tsikhanchuk", "Volha Maroz"],
        "2020-08",
    );
}

#[test]
fn one_of_the_protesters_took_part_in_the_protest() {
    let r = extract(
        "About 200 residents of Semey rallied outside the city akimat on Tuesday against a \
         rise in heating prices. Police detained activist Serik Baimukhanov, one of the \
         protesters, as the crowd dispersed.",
        Some("2025-05-29"),
    );
    assert!(
        subjects_of(&r, "protest").contains(&"Serik Baimukhanov".to_string()),
        "{:?}",
        subjects_of(&r, "protest")
    );
}

#[test]
fn standing_alone_with_a_placard_or_a_sheet_is_a_picket() {
    for text in [
        "Galina Solovyova was detained by police in central Moscow on January 19 while \
         standing alone with a hand-written placard reading \"No to war\".",
        "On January 26, Yelena Korobeinikova stood alone outside the regional government \
         building in Krasnoyarsk, holding a sheet of cardboard that read \"No to war.\"",
    ] {
        let r = extract(text, Some("2025-02-10"));
        assert_eq!(events(&r, "protest").len(), 1, "{text}");
    }
}

#[test]
fn a_crowd_told_as_an_organisations_people_protests_for_it() {
    let r = extract(
        "Two days after the vote, some 2,000 BNP supporters marched from the party office in \
         Sylhet towards Court Point.",
        Some("2024-01-12"),
    );
    let protest = events(&r, "protest")[0];
    let agents: Vec<&str> = protest.agents.iter().map(|x| name(&r, x)).collect();
    assert_eq!(agents, ["BNP"]);
}

#[test]
fn those_fined_for_an_unannounced_assembly_protested_but_a_reporter_fined_did_not() {
    let r = extract(
        "Police fined two activists, Réka Varga and Bence Szalai, 50,000 forints each on \
         Monday for taking part in an unannounced assembly. Aigerim Tleuzhan, a reporter for \
         the news site Ulys, was fined 150,000 tenge for \"participating in an unsanctioned \
         gathering\".",
        Some("2025-06-04"),
    );
    assert_among(&r, "protest", &["Réka Varga", "Bence Szalai"]);
    assert_none_of(&r, "protest", "Aigerim Tleuzhan");
}

#[test]
fn those_named_out_of_a_crowd_detained_took_part_in_its_protest() {
    let r = extract(
        "In Zugdidi, riot police used pepper spray late on Sunday to disperse about 300 people \
         who had gathered outside the election office to protest. Officers detained eight \
         people, among them Lasha Chkadua, a council candidate, and Eka Todua, a schoolteacher.",
        Some("2025-10-07"),
    );
    assert_among(&r, "protest", &["Lasha Chkadua", "Eka Todua"]);
    assert_all_dated(&r, "protest", "2025-10-05");
}

#[test]
fn relatives_of_the_defendants_picketing_are_not_the_defendants() {
    let r = extract(
        "A court in Ufa sentenced Ilnur Gabdrakhmanov and Rustam Yulbarisov to six years. The \
         day before the verdict, about 20 relatives of the defendants held a silent picket \
         outside the courthouse in Ufa.",
        Some("2025-09-12"),
    );
    assert_none_of(&r, "protest", "Ilnur Gabdrakhmanov");
    assert_none_of(&r, "protest", "Rustam Yulbarisov");
}

#[test]
fn a_crowds_protest_told_at_no_place_on_no_day_is_background() {
    let r = extract(
        "Thousands of people have protested across the country in recent weeks. Police \
         detained the editor Aigul Sadykova on Monday.",
        Some("2025-03-05"),
    );
    assert!(events(&r, "protest").is_empty(), "{:?}", r.events);
    assert_eq!(subjects_of(&r, "detention"), ["Aigul Sadykova"]);
}

#[test]
fn who_took_part_in_a_road_block_protested() {
    let r = extract(
        "GANJA — On Tuesday the Ganja City Court jailed Samir Huseynov, 27, who took part in \
         the road block on Monday and was detained there.",
        Some("2024-04-24"),
    );
    assert_eq!(subjects_of(&r, "protest"), ["Samir Huseynov"]);
}

#[test]
fn blocking_an_entrance_is_a_protest() {
    let r = extract(
        "NOVI SAD – Police on Monday detained five students who were blocking the entrance to \
         the building of the Provincial Government, among them Teodora Milić, a 22-year-old law \
         student.",
        Some("2025-05-17"),
    );
    assert!(subjects_of(&r, "protest")
        .iter()
        .any(|s| s == "Teodora Milić"));
}

#[test]
fn a_road_named_for_two_towns_joined_by_a_dash_is_blocked() {
    let r = extract(SUMGAYIT_ROAD_BLOCK, Some("2024-05-08"));
    assert!(
        subjects_of(&r, "protest")
            .iter()
            .any(|s| s.contains("150 residents")),
        "{:?}",
        subjects_of(&r, "protest")
    );
}

#[test]
fn a_march_s_purpose_to_protest_is_no_second_protest() {
    let r = extract(
        "About 400 people marched through central Batumi on Sunday evening to protest against \
         the government's decision, the latest in a wave of demonstrations that began in \
         Tbilisi last November.",
        Some("2025-04-18"),
    );
    assert_eq!(
        statuses_and_dates(&r, "protest"),
        [("occurred", Some("2025-04-13"))]
    );
}

#[test]
fn those_who_led_a_protest_took_part_in_it() {
    let r = extract(
        "On 11 March, about 200 employees stopped work and gathered in the yard of the base in \
         Zhanaozen. The sit-in was led by drilling foremen Amangeldy Kuanyshev and Nurbek \
         Zhumagaliyev.",
        Some("2025-03-13"),
    );
    let protesters = subjects_of(&r, "protest");
    for leader in ["Amangeldy Kuanyshev", "Nurbek Zhumagaliyev"] {
        assert!(protesters.contains(&leader.to_string()), "{protesters:?}");
    }
}

#[test]
fn a_march_called_for_is_a_planned_protest_of_its_callers() {
    let r = extract(
        "CARACAS — Opposition party Vente Venezuela has called for a march in Maracaibo on \
         Saturday to demand the release of the detainees.",
        Some("2025-03-19"),
    );
    assert_eq!(
        statuses_and_dates(&r, "protest"),
        [("planned", Some("2025-03-22"))]
    );
    let callers: Vec<&str> = events(&r, "protest")
        .iter()
        .flat_map(|e| e.agents.iter().map(|x| name(&r, x)))
        .collect();
    assert_eq!(callers, ["Vente Venezuela"]);
    assert!(events(&r, "statement").is_empty());
    // A release called for is still only wanted.
    assert!(events(&r, "release").is_empty());
}

#[test]
fn a_rally_announced_or_planned_for_a_day_is_planned_for_that_day() {
    let r = extract(
        "ALMATY — As the crowd thins out, opposition leaders announce a new rally for \
         Saturday.\n\nIn Taldykorgan, a rally planned for Sunday in the town's central square \
         has not been approved.",
        Some("2024-08-01"),
    );
    assert_eq!(
        statuses_and_dates(&r, "protest"),
        [
            ("planned", Some("2024-08-03")),
            ("planned", Some("2024-08-04"))
        ]
    );
}

#[test]
fn a_one_woman_picket_is_the_picket_of_the_one_who_opens_the_sentence() {
    let r = extract(
        "KRASNODAR — A court fined a student on Monday.\n\nPolina Zhuravleva first came to the \
         attention of police after a one-woman picket outside Kuban State University on Feb. 24, \
         2023.\n\nTARAZ — A court sentenced \
         blogger Daniyar Adilbekov on Tuesday, less than two weeks after his older brother was \
         fined for a one-man picket demanding his release.",
        Some("2025-04-16"),
    );
    assert_eq!(subjects_of(&r, "protest"), ["Polina Zhuravleva"]);
}

#[test]
fn a_person_who_organised_a_protest_took_part_in_it() {
    let r = extract(
        "IRBID — Teacher Khaled al-Omari organised a sit-in outside the governorate building on \
         Monday.",
        Some("2025-03-19"),
    );
    let sit_in = events(&r, "protest");
    assert_eq!(sit_in.len(), 1);
    assert_eq!(names(&r, &sit_in[0].subjects), ["Khaled al-Omari"]);
    assert_eq!(names(&r, &sit_in[0].agents), ["Khaled al-Omari"]);
}

#[test]
fn an_organiser_named_after_an_aside_leads_the_protest() {
    let r = extract(
        "The strike, at the company's base outside Zhanaozen (also written Janaozen), was \
         called by the independent trade union Adal Enbek.",
        Some("2024-03-08"),
    );
    let strikes = events(&r, "protest");
    assert_eq!(strikes.len(), 1);
    assert_eq!(names(&r, &strikes[0].agents), ["Adal Enbek"]);
}

#[test]
fn one_who_called_the_rally_leads_the_crowds_protest_and_took_part() {
    let r = extract(
        "Hundreds of people rallied in Osh on Monday against a rise in bread prices. \
         Nurzhigit Abdykadyrov, a former city council member who called the rally, was \
         detained on Tuesday.",
        Some("2024-08-08"),
    );
    let rallies = events(&r, "protest");
    assert_eq!(rallies.len(), 2);
    assert_eq!(names(&r, &rallies[0].agents), ["Nurzhigit Abdykadyrov"]);
    assert_eq!(names(&r, &rallies[1].subjects), ["Nurzhigit Abdykadyrov"]);
    assert_eq!(
        statuses_and_dates(&r, "protest"),
        [
            ("occurred", Some("2024-08-05")),
            ("occurred", Some("2024-08-05"))
        ]
    );
}

#[test]
fn one_days_strike_has_the_organiser_it_is_told_with() {
    let r = extract(
        "About 300 employees of a drilling contractor in Mangystau region have been on strike \
         since 3 March. The strike, at the company's base outside Zhanaozen, was called by the \
         independent trade union Adal Enbek. On 8 March a court in Zhanaozen fined two \
         strikers, driller Serik Utegenov and crane operator Baqytgul Nurmaghambetova, for \
         \"participating in an illegal strike\".",
        Some("2025-03-10"),
    );
    let strikers: Vec<_> = events(&r, "protest")
        .into_iter()
        .filter(|e| {
            let who = names(&r, &e.subjects);
            who == ["Serik Utegenov"] || who == ["Baqytgul Nurmaghambetova"]
        })
        .collect();
    assert_eq!(strikers.len(), 2);
    for e in strikers {
        assert_eq!(
            names(&r, &e.agents),
            ["Adal Enbek"],
            "{:?}",
            names(&r, &e.subjects)
        );
    }
}

#[test]
fn members_of_a_union_who_rally_rally_for_it_and_a_crowd_answers_its_callers_call() {
    let r = extract(
        "On Thursday, members of the Karachi Union of Journalists rallied outside the press club \
         in Karachi to demand that the case be dropped.",
        Some("2025-03-10"),
    );
    let rallies = events(&r, "protest");
    assert_eq!(rallies.len(), 1);
    assert_eq!(
        names(&r, &rallies[0].agents),
        ["Karachi Union of Journalists"]
    );

    let r = extract(
        "Thousands of people gathered in Caracas on Thursday, answering a call by the \
         opposition Unitary Platform to reject the official result.",
        Some("2025-03-10"),
    );
    let rallies = events(&r, "protest");
    assert_eq!(rallies.len(), 1);
    assert_eq!(names(&r, &rallies[0].agents), ["Unitary Platform"]);
}

#[test]
fn an_organisations_name_stays_the_organisations_when_it_opens_a_sentence() {
    let r = extract(
        "Police detained Yerlan Bekmukhambetov, head of the independent union Yerkin Enbek, \
         before the rally began in Aktau on Saturday. Yerkin Enbek said its members would rally \
         again in Aktau next Saturday.",
        Some("2025-06-09"),
    );
    assert!(entity_names(&r, EntityKind::Person)
        .iter()
        .all(|n| *n != "Yerkin Enbek"));
    let planned: Vec<_> = events(&r, "protest")
        .into_iter()
        .filter(|e| e.status == "planned")
        .collect();
    assert_eq!(planned.len(), 1);
    assert_eq!(names(&r, &planned[0].agents), ["Yerkin Enbek"]);
}

#[test]
fn one_fined_for_breaking_the_law_on_peaceful_assemblies_was_at_a_protest() {
    let r = extract(
        "A court in Semey on Monday fined Zhanar Abdrakhmanova 196,600 tenge for violating the \
         procedure for organising a peaceful assembly.",
        Some("2025-06-04"),
    );
    let protests = events(&r, "protest");
    assert_eq!(protests.len(), 1);
    assert_eq!(names(&r, &protests[0].subjects), ["Zhanar Abdrakhmanova"]);
}

#[test]
fn gatherings_one_must_not_join_are_no_protest() {
    let r = extract(
        "Police in Khon Kaen detained activists Kittisak Wongsuwan and Phanuphong Srisawat on \
         Sunday. Investigators released both on bail of 150,000 baht each on condition that they \
         not join political gatherings, TLHR said.",
        Some("2024-01-30"),
    );
    assert!(events(&r, "protest").is_empty());
}

#[test]
fn a_border_crossing_a_protest_is_about_is_not_where_it_was() {
    let r = extract(
        "Police arrested at least 17 people in Alexandria on October 20.\n\nSeveral hundred \
         protesters marched towards the corniche, chanting slogans against the government's \
         handling of the Rafah crossing. Police arrested lecturer Mariam Abdelrahman at the \
         march.",
        Some("2025-10-25"),
    );
    assert!(!place_names(&r, "protest").contains(&"Rafah"));
    assert!(place_names(&r, "protest").contains(&"Alexandria"));
}

#[test]
fn a_protest_a_verdict_punishes_is_not_dated_by_the_verdicts_year() {
    let r = extract(
        "Marisleidys Rodriguez, 44, had been sentenced in 2022 to six years in prison for \
         public disorder after she joined the march in Holguin and filmed officers hitting \
         young men.",
        None,
    );
    assert_ne!(
        date_of(event_of(&r, "protest", "Marisleidys Rodriguez")),
        Some("2022")
    );
}

#[test]
fn an_ing_word_after_an_adjective_after_an_article_is_a_noun() {
    let r = extract(
        "Police in Mutare detained 18 vendors on Aug. 14 after a march against the demolition \
         of their stalls. The police spokesperson in Mutare, Inspector Tawanda Dube, said \
         officers had used \"minimum force\" to disperse what he called an unlawful gathering.",
        Some("2025-08-20"),
    );
    assert_none_of(&r, "protest", "Tawanda Dube");
}

#[test]
fn an_organisation_holding_a_protest_organised_it() {
    let r = extract(
        "Police detained 40 people at a rally in Almaty on May 3.\n\nThe Oyan Qazaqstan \
         movement said it would hold a protest outside the city court on Friday against the \
         detentions. The Democratic Party held a rally in Astana on May 5.",
        Some("2024-05-07"),
    );
    let agents_of = |e: &Event| names(&r, &e.agents).join(", ");
    let planned: Vec<_> = events(&r, "protest")
        .into_iter()
        .filter(|e| e.status == "planned")
        .collect();
    assert_eq!(planned.len(), 1, "{:?}", events(&r, "protest"));
    assert_eq!(agents_of(planned[0]), "Oyan Qazaqstan");
    let held = events(&r, "protest")
        .into_iter()
        .find(|e| date_of(e) == Some("2024-05-05"))
        .expect("the party's rally");
    assert_eq!(agents_of(held), "Democratic Party");
    assert!(held.subjects.is_empty(), "{held:?}");
}

#[test]
fn the_organisation_whose_protest_it_is_organised_it() {
    let r = extract(
        "Police detained 30 people after the opposition Bangladesh Nationalist Party's (BNP) \
         rally in Dhaka on October 28.\n\nThe Democratic Choice Party's march in Baku on May 5 \
         was dispersed.",
        Some("2024-11-02"),
    );
    let organisers: Vec<String> = events(&r, "protest")
        .iter()
        .map(|e| names(&r, &e.agents).join(", "))
        .collect();
    assert!(
        organisers
            .iter()
            .any(|o| o == "Bangladesh Nationalist Party"),
        "{organisers:?}"
    );
    assert!(
        organisers.iter().any(|o| o == "Democratic Choice Party"),
        "{organisers:?}"
    );
    assert!(events(&r, "protest").iter().all(|e| e.subjects.is_empty()));
}

#[test]
fn one_who_spoke_at_that_protest_took_part_in_it() {
    let r = extract(
        "Police charged Rashed Chowdhury on Dec. 10 over Facebook posts calling for the Dec. 6 \
         protest, in which some 200 students formed a human chain in Chattogram. Rashed spoke \
         at that protest.",
        Some("2025-12-20"),
    );
    let protest = event_of(&r, "protest", "Rashed Chowdhury");
    assert_eq!(date_of(protest), Some("2025-12-06"));
}

#[test]
fn what_a_protest_is_against_is_not_where_it_is() {
    let r = extract(
        "Protesters took part in a rare street demonstration in Alexandria in solidarity with \
         Gaza, lawyers said.\n\n\
         Police arrested at least 17 people on October 20, when several hundred protesters \
         marched from the Qaed Ibrahim mosque towards the city's corniche, chanting slogans \
         against Israel.",
        Some("2024-10-24"),
    );
    let places = place_names(&r, "protest");
    assert!(!places.contains(&"Israel"), "{places:?}");
}

#[test]
fn a_day_told_in_the_pluperfect_is_not_the_next_sentences() {
    let r = extract(
        "Police broke up a march in Colombo on Friday and detained three people.\n\n\
         About 400 relatives of the disappeared had set off from a temple in defiance of an \
         order that police had obtained the day before. The march was organised by the \
         Association for Relatives of the Enforced Disappearances.",
        Some("2024-08-31"),
    );
    let dates: Vec<Option<&str>> = events(&r, "protest").into_iter().map(date_of).collect();
    assert!(!dates.contains(&Some("2024-08-29")), "{dates:?}");
}

#[test]
fn since_before_a_year_opens_no_clause() {
    let r = extract(
        "BERLIN - Sharofiddin Rahimov, 33, who has lived in Germany since 2019, took part in a \
         picket outside the Tajik embassy in Berlin on March 21.",
        Some("2025-03-28"),
    );
    assert_eq!(subjects_of(&r, "protest"), vec!["Sharofiddin Rahimov"]);
}

#[test]
fn a_strike_called_for_a_day_and_a_trial_awaited_are_ahead() {
    let r = extract(
        "TUNIS - The Tunisian Bar Association has called a nationwide lawyers' strike for \
         February 6.",
        Some("2025-01-20"),
    );
    assert_eq!(
        statuses_and_dates(&r, "protest"),
        vec![("planned", Some("2025-02-06"))]
    );
    let r = extract(
        "DAR ES SALAAM - Mrisho denied the charges and was remanded in custody until his trial \
         on June 19.",
        Some("2025-06-05"),
    );
    assert_eq!(
        statuses_and_dates(&r, "trial"),
        vec![("planned", Some("2025-06-19"))]
    );
}

#[test]
fn one_who_addressed_the_crowd_took_part_in_the_protest() {
    let r = extract(
        "ALMATY - Police detained activist Serik Amanov on Friday. Amanov had addressed the \
         crowd from the steps of city hall.",
        Some("2025-05-03"),
    );
    let protests = events(&r, "protest");
    assert_eq!(protests.len(), 1, "{protests:?}");
    assert_eq!(names(&r, &protests[0].subjects), vec!["Serik Amanov"]);
}

#[test]
fn where_a_rally_will_be_held_is_its_place() {
    let r = extract(
        "NOVI SAD - Thousands of students marched in Novi Sad on Saturday. The student plenum \
         says the next big rally will be held in Kragujevac on Feb. 15.",
        Some("2026-01-31"),
    );
    let planned: Vec<_> = events(&r, "protest")
        .into_iter()
        .filter(|e| e.status == "planned")
        .collect();
    assert_eq!(planned.len(), 1, "{planned:?}");
    assert_eq!(name(&r, planned[0].place.as_deref().unwrap()), "Kragujevac");
}

#[test]
fn joining_the_protest_is_dated_by_the_protest_told_before() {
    let r = extract(
        "OSH, Oct 30 - An appeals court on Tuesday cut the terms of three villagers \
         convicted over a protest against a gold mine.\n\nThe case stems from a protest on \
         May 14, when several hundred villagers blocked the road to a gold deposit. The \
         protest turned violent when police tried to clear the road.\n\nProsecutors accused \
         Mirlan Abdykadyrov of leading the crowd. Asel Toktogulova and Bakyt Ergeshov told \
         the court they had joined the protest but denied taking part in any violence.",
        Some("2024-10-30"),
    );
    let joined: Vec<_> = subjects_and_dates(&r, "protest")
        .into_iter()
        .filter(|(s, _)| s.starts_with("Asel") || s.starts_with("Bakyt"))
        .collect();
    assert_eq!(joined.len(), 2, "{joined:?}");
    assert!(
        joined.iter().all(|(_, d)| *d == Some("2024-05-14")),
        "{joined:?}"
    );
}

#[test]
fn the_two_men_are_two_of_those_just_named() {
    let r = extract(
        "NARYN - The Naryn regional court found Ermek Toktogulov and Aibek Zhumabaev guilty \
         of calling for mass unrest. Toktogulov was given five years in prison and Zhumabaev \
         three years, their lawyer, Cholpon Abdyldaeva, said. The two men had addressed a \
         rally of some 150 residents in the town's central square on March 4.",
        Some("2025-03-20"),
    );
    let marchers: Vec<_> = subjects_and_dates(&r, "protest")
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert!(
        !marchers.iter().any(|s| s.contains("Abdyldaeva")),
        "{marchers:?}"
    );
    assert!(
        marchers.iter().any(|s| s.contains("Toktogulov")),
        "{marchers:?}"
    );
}

#[test]
fn a_picket_that_did_not_take_place_is_negated_and_keeps_its_own_town() {
    // Any cue of `data/lexicons/status_cues.tsv` that negates what comes before it will do.
    for ending in ["did not take place", "was called off"] {
        let r = extract(
            &format!(
                "TALDYKORGAN, Kazakhstan - Some 150 people gathered on the central square of \
                 this southeastern city on Saturday to protest a rise in tariffs. In Kokshetau, \
                 a solidarity picket that activist Marat Kenzhebekov had announced for the same \
                 day {ending}."
            ),
            Some("2026-01-19"),
        );
        let protests: Vec<_> = events(&r, "protest")
            .into_iter()
            .map(|e| {
                (
                    e.status.as_str(),
                    names(&r, &e.subjects),
                    e.place.as_deref().map(|p| name(&r, p)),
                )
            })
            .collect();
        assert!(
            protests.contains(&("occurred", vec!["Some 150 people"], Some("Taldykorgan"))),
            "{ending}: {protests:?}"
        );
        assert!(
            protests.contains(&("negated", vec!["Marat Kenzhebekov"], Some("Kokshetau"))),
            "{ending}: {protests:?}"
        );
    }
}

#[test]
fn a_counted_group_punished_for_the_protest_it_joined_is_the_persons_named_with_verdicts() {
    let r = extract(
        "HOLGUIN, Cuba - Two young men who joined and live-streamed a night-time protest \
         against power cuts in Holguin have been sentenced to prison, and a woman who banged a \
         pot beside them was given house arrest, their families said. Ernesto Vidal Rojas, 24, \
         received two years for public disorder. Yasiel Pupo Marrero, 27, was sentenced to \
         three years. Dayana Cruz Leyva, a nurse, received two years of house arrest.",
        Some("2024-11-20"),
    );
    let protesters = subjects_of(&r, "protest");
    assert_eq!(
        protesters,
        vec!["Ernesto Vidal Rojas", "Yasiel Pupo Marrero"],
        "{protesters:?}"
    );
}

#[test]
fn an_arrest_during_a_years_wave_of_protests_tells_no_protest_joined() {
    let r = extract(
        "HONG KONG - Chan Ka-wai, 31, was charged with sedition on Monday. He was first \
         arrested during the 2019 protests and served ten months in prison. Police detained \
         Lam Siu-fung at a rally in Mong Kok on Saturday.",
        Some("2025-03-12"),
    );
    assert_eq!(subjects_of(&r, "protest"), vec!["Lam Siu-fung"]);
}
