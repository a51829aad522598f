//! Raids: whose premises were searched and what was seized.

use super::*;

#[test]
fn a_search_told_with_an_arrest_is_of_the_arrested_by_the_arresters() {
    let r = extract(
        "Officers of the State Committee for National Security (GKNB) detained Rustam Nazarov on \
         12 April 2023 outside his home in Khujand — still called Khodzhent by many — and \
         searched the flat for five hours, seizing his phone.",
        None,
    );
    let raids = events(&r, "raid");
    assert_eq!(raids.len(), 1);
    assert_eq!(name(&r, &raids[0].subjects[0]), "Rustam Nazarov");
    assert!(!raids[0].agents.is_empty());
    assert_eq!(
        events(&r, "detention").len(),
        1,
        "a phone seized is no arrest"
    );
}

#[test]
fn those_named_after_including_share_the_groups_event() {
    let r = extract(
        "On Wednesday, police searched the Novosibirsk apartments of three local Memorial \
         volunteers, including historian Viktor Ambartsumyan, and seized archives.",
        Some("2023-12-08"),
    );
    let raids = events(&r, "raid");
    assert!(raids.iter().any(|e| e
        .subjects
        .iter()
        .any(|x| name(&r, x) == "Viktor Ambartsumyan")));
}

#[test]
fn she_in_a_later_paragraph_is_the_only_woman_named() {
    let r = extract(
        "YEKATERINBURG — Anastasia Krivosheina keeps a packed bag by the door.\n\n\
         Krivosheina became known in 2019. The park was green. The city grew. The river froze.\n\n\
         Last October, officers of the Center for Combating Extremism searched her flat.",
        Some("2025-06-20"),
    );
    assert_only(&r, "raid", "Anastasia Krivosheina");
}

#[test]
fn a_verb_in_a_comma_series_is_done_by_the_state_body_the_sentence_opens_with() {
    let r = extract(
        "On Dec. 24, FSB officers arrived at the flat of Kirill Demchenko in Novosibirsk before \
         dawn, searched it for six hours, took away his laptop and phones.",
        None,
    );
    let raids = events(&r, "raid");
    assert!(!raids.is_empty());
    for e in raids {
        assert_eq!(
            entity(&r, &e.agents[0]).category.as_deref(),
            Some("security_service")
        );
    }
}

#[test]
fn a_search_told_after_a_monthly_arrest_falls_in_the_same_month() {
    let r = extract(
        "Director Rauf Aliyarov was detained in Baku in November after police raided the \
         offices of Sahil Media.",
        Some("2024-01-10"),
    );
    let raid = events(&r, "raid");
    assert_eq!(raid.len(), 1);
    assert_eq!(date_of(raid[0]), Some("2023-11"));
}

#[test]
fn the_eve_of_a_dated_vote_is_the_day_before_it() {
    let r = extract(
        "Bangladesh voted in the Jan. 7 general election. Two days after the vote, supporters \
         marched in Sylhet. On the eve of the vote, police had searched the BNP's district \
         office in Sylhet.",
        Some("2024-01-15"),
    );
    let raid = events(&r, "raid");
    assert_eq!(raid.len(), 1);
    assert_eq!(date_of(raid[0]), Some("2024-01-06"));
    // The vote named in "the eve of the vote" is no second election.
    assert_eq!(events(&r, "election").len(), 1);
}

#[test]
fn objects_of_a_verb_stand_before_the_next_verb_of_its_series() {
    let r = extract(
        "Officers of the National Security Agency raided the Alexandria office of a rights group \
         on Tuesday, seizing computers and taking its director, Hoda al-Sharqawi, away for \
         questioning.",
        None,
    );
    let raids = events(&r, "raid");
    assert!(!raids.is_empty());
    assert!(raids.iter().all(|e| e.subjects.is_empty()), "{raids:?}");
    let taken = events(&r, "detention");
    assert_eq!(subjects_of(&r, "detention"), ["Hoda al-Sharqawi"]);
    // Taken away "for questioning": why she was held, not what she is charged with.
    assert_eq!(taken[0].charge, None);
}

#[test]
fn the_parts_of_a_sweep_the_lede_dates_happened_that_day() {
    let r = extract(
        "Security officers searched the homes of at least three journalists in Belarus early on \
         Tuesday, the Belarusian Association of Journalists said.\nThe searches began at about 6 \
         a.m. and were carried out by officers of the Main Directorate for Combating Organized \
         Crime.\nThe association said the journalists had worked for outlets the authorities \
         call extremist.\nIn Grodno, officers searched the flat of reporter Andrei Miskevich for \
         almost four hours.\nIn Vitebsk, police searched the apartment of photographer Volha \
         Radzivonava.",
        Some("2024-10-10"),
    );
    let named: Vec<&Event> = events(&r, "raid")
        .into_iter()
        .filter(|e| {
            !e.subjects.is_empty()
                && entity(&r, &e.subjects[0]).kind == chronicle_record::EntityKind::Person
        })
        .collect();
    assert_eq!(named.len(), 2);
    assert!(
        named.iter().all(|e| date_of(e) == Some("2024-10-08")),
        "{named:?}"
    );
}

#[test]
fn plain_officers_after_a_named_service_are_its_officers() {
    let r = extract(
        "The searches were carried out by officers of the Main Directorate for Combating \
         Organized Crime, known as GUBOPiK.\nIn Grodno, officers searched the flat of reporter \
         Andrei Miskevich and detained him.",
        None,
    );
    for kind in ["raid", "detention"] {
        let e = events(&r, kind);
        assert!(!e.is_empty(), "{kind}");
        assert!(
            e.iter()
                .all(|e| e.agents.len() == 1
                    && name(&r, &e.agents[0]).starts_with("Main Directorate")),
            "{kind}: {e:?}"
        );
    }
}

#[test]
fn his_searched_apartment_is_his() {
    let r = extract(
        "Valiantsin Karaliou was detained in Gomel on Oct. 8. His apartment was searched the \
         same day.",
        None,
    );
    assert_told(&r, "raid", &["Valiantsin Karaliou"], "--10-08");
}

#[test]
fn a_sentence_without_happening_or_time_does_not_break_the_episode() {
    let r = extract(
        "Olena Kovalchuk taught music in Sevastopol. “They came at six in the morning on 12 April \
         2023,” Kovalchuk said. “Four men from the FSB and two in police uniform. They searched \
         the whole flat and took my laptop.”",
        None,
    );
    assert_all_dated(&r, "raid", "2023-04-12");
}

#[test]
fn raids_on_their_homes_search_each_arrested_persons_home() {
    let r = extract(
        "A court sentenced journalist Rezan Aslan and activist Zelal Demir on Tuesday.\n\n\
         Both had been detained in dawn raids on their homes in Diyarbakir on Feb. 6, when \
         police also seized Aslan's cameras and hard drives.",
        None,
    );
    assert_told(&r, "raid", &["Rezan Aslan", "Zelal Demir"], "--02-06");
    assert_eq!(subjects_of(&r, "detention"), ["Rezan Aslan", "Zelal Demir"]);
}

#[test]
fn filipino_names_and_a_workers_alliance_located_in_its_city() {
    let r = extract(
        "Police raided the office of the Visayas Workers’ Alliance in Cebu City on Monday and \
         arrested its coordinator, Ma. Teresa “Tess” Villanueva. Hours after the raid, a student \
         leader, Jericho Dela Cruz, was picked up by plainclothes men. He was released on \
         Wednesday evening without charge.",
        None,
    );
    assert_eq!(subjects_of(&r, "raid"), ["Visayas Workers’ Alliance"]);
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Ma. Teresa Villanueva", "Jericho Dela Cruz"]
    );
    assert_eq!(subjects_of(&r, "release"), ["Jericho Dela Cruz"]);
    let raid = events(&r, "raid")[0];
    assert_eq!(name(&r, raid.place.as_deref().unwrap()), "Cebu City");
}

#[test]
fn searches_of_an_office_and_of_homes_are_of_each_owner() {
    let r = extract(
        "GKNB officers searched the Tokmok office of Ayan Media and the homes of its \
         editor-in-chief, Aibek Toktogulov, and camerawoman Nurzhan Asanova on Feb. 11.",
        None,
    );
    assert_told(
        &r,
        "raid",
        &["Ayan Media", "Aibek Toktogulov", "Nurzhan Asanova"],
        "--02-11",
    );
}

#[test]
fn each_verb_of_a_series_is_done_by_the_body_it_opens_with() {
    let r = extract(
        "Officers of the National Security Agency raided the flat of Hadeer Abdel-Rahman in \
         Alexandria before dawn on Feb. 27, confiscated her phone, and took her away in an \
         unmarked minibus.",
        Some("2024-03-12"),
    );
    assert_all_dated(&r, "raid", "2024-02-27");
    let taken = events(&r, "detention");
    assert_eq!(taken.len(), 1, "{taken:?}");
    assert_eq!(name(&r, &taken[0].subjects[0]), "Hadeer Abdel-Rahman");
    assert_eq!(name(&r, &taken[0].agents[0]), "National Security Agency");
}

#[test]
fn among_those_whose_homes_were_searched_are_the_searched() {
    let r = extract(
        "Officers of the National Security Service searched the homes of at least five members \
         of the opposition movement in Yerevan on Tuesday.\nAmong those whose homes were searched \
         were the movement's spokeswoman, Ani Danielyan-Karapetyan, and its coordinator, Hayk \
         Melkonyan.",
        Some("2026-03-12"),
    );
    let searched = subjects_of(&r, "raid");
    assert!(
        searched.contains(&"Ani Danielyan-Karapetyan".to_string())
            && searched.contains(&"Hayk Melkonyan".to_string()),
        "{searched:?}"
    );
}

#[test]
fn owners_described_at_length_all_had_their_homes_searched() {
    let r = extract(
        "Officers of the FSB searched the houses of Enver Seitmemetov, a 34-year-old builder in \
         Bakhchysarai, and Ruslan Abdulaev, a father of five in Dzhankoi, on Tuesday.",
        Some("2024-09-12"),
    );
    assert_eq!(
        subjects_of(&r, "raid"),
        ["Enver Seitmemetov", "Ruslan Abdulaev"]
    );
}

#[test]
fn an_unknown_township_of_a_city_names_no_one() {
    let r = extract(
        "Soldiers and police raided a rented house in Mandalay's Chanmyathazi township on \
         Tuesday and arrested student Ko Zaw Min Htet.",
        Some("2025-04-10"),
    );
    assert!(
        persons(&r).iter().all(|p| *p != "Chanmyathazi"),
        "{:?}",
        persons(&r)
    );
    assert!(events(&r, "raid")
        .iter()
        .all(|e| e.subjects.iter().all(|s| name(&r, s) != "Chanmyathazi")));
}

#[test]
fn a_participle_after_a_comma_happened_when_the_verb_before_it_did() {
    let r = extract(
        "In Gondar, regional police carried out house-to-house searches in the Arada \
         neighbourhood on March 3 after an attack on a checkpoint, detaining at least 11 young \
         men, the report said.",
        Some("2025-04-01"),
    );
    assert_all_dated(&r, "raid", "2025-03-03");
    assert_all_dated(&r, "detention", "2025-03-03");
}

#[test]
fn the_office_searched_is_the_outlet_named_last() {
    let r = extract(
        "Police in Sumgait detained the editor of the news site Sumqayit Xeberleri on Monday, \
         colleagues said. Officers searched the office the same day and took away three \
         computers.",
        Some("2025-03-12"),
    );
    assert_eq!(subjects_of(&r, "raid"), vec!["Sumqayit Xeberleri"]);
}

#[test]
fn a_date_alone_in_its_sentence_dates_each_person_of_one_happening() {
    let r = extract(
        "Officers of the State Committee for National Security (GKNB) searched the homes of \
         at least five people linked to the independent outlet Kyzyl-Tuu in the southern city \
         of Osh at dawn on Jan. 22 and took the residents for questioning, colleagues said.\n\
         Among those whose homes were searched were editor Nurzhamal Abdykadyrova and the \
         outlet's former lawyer, Azamat Tashiev.",
        Some("2025-01-25"),
    );
    assert_all_dated(&r, "raid", "2025-01-22");
}

#[test]
fn a_datelines_day_is_no_happenings() {
    let r = extract(
        "BAKU, Dec 6 (example-news) — Police in Azerbaijan's second city, Ganja, searched the \
         office of the news website Ganja Xeber on Wednesday and detained three of its \
         journalists.",
        Some("2024-12-06"),
    );
    assert_all_dated(&r, "raid", "2024-12-04");
    assert_all_dated(&r, "detention", "2024-12-04");
}

#[test]
fn a_churchs_name_is_no_town() {
    let r = extract(
        "On August 10, National Police officers searched the home of Father Óscar Benavides in \
         the parish house of San José church in Matagalpa and detained the priest.",
        Some("2024-08-20"),
    );
    for kind in ["raid", "detention"] {
        let e = &events(&r, kind)[0];
        assert_eq!(name(&r, e.place.as_deref().unwrap()), "Matagalpa", "{kind}");
    }
}

#[test]
fn a_date_far_after_linked_is_still_the_search_day() {
    let r = extract(
        "OSH, Kyrgyzstan — Officers of the State Committee for National Security searched the \
         homes of at least five people linked to the independent outlet Kyzyl-Tuu in the \
         southern city of Osh at dawn on Jan. 22 and took the residents for questioning.",
        Some("2025-01-24"),
    );
    assert_all_dated(&r, "raid", "2025-01-22");
}

#[test]
fn groups_describing_the_persons_searched_are_not_searched() {
    let r = extract(
        "Police searched the flat of Darya Fomina, a volunteer who helps people write letters \
         to political prisoners, early on Wednesday. On 13 February FSB officers searched the \
         homes of Nikita Rudakov and Olga Tretyakova, volunteers with a local project.",
        Some("2024-03-14"),
    );
    assert_eq!(
        subjects_of(&r, "raid"),
        ["Darya Fomina", "Nikita Rudakov", "Olga Tretyakova"]
    );
}

#[test]
fn a_raid_told_only_in_the_headline_is_the_bodys_raid() {
    let r = extract(
        "KGB raids Hrodna newsroom; website blocked a day later\n\nOfficers of the KGB searched \
         the office of the news site Hrodna Plus on Tuesday and seized computers, the \
         Belarusian Association of Journalists said.",
        Some("2024-10-10"),
    );
    let raids = events(&r, "raid");
    assert_eq!(raids.len(), 1, "{raids:?}");
    assert_eq!(date_of(raids[0]), Some("2024-10-08"));
    // Without a headline, the first sentence is the report's own.
    let r = extract(
        "Police raided a newsroom in Hrodna. Officers of the KGB searched the office of the \
         news site Hrodna Plus on Tuesday and seized computers.",
        Some("2024-10-10"),
    );
    assert!(!events(&r, "raid").is_empty());
}

#[test]
fn a_search_told_after_a_dated_arrest_came_the_same_day() {
    let r = extract(
        "ROSTOV-ON-DON — Officers of the FSB detained the pensioner Svetlana Mironova on July \
         19 after a search of her apartment, a court document shows.",
        Some("2023-11-10"),
    );
    assert_all_dated(&r, "raid", "2023-07-19");
}

#[test]
fn the_following_week_is_the_month_of_the_week_after_the_day_told() {
    let r = extract(
        "Police detained the editor Anis Trabelsi at the airport on January 9. The following \
         week police raided the studio in central Tunis, detaining two journalists.",
        Some("2025-06-27"),
    );
    assert_all_dated(&r, "raid", "2025-01");
    // (A week that runs into the next month is no one month.)
    let r = extract(
        "Police detained the editor Anis Trabelsi at the airport on January 24. The following \
         week police raided the studio in central Tunis, detaining two journalists.",
        Some("2025-06-27"),
    );
    assert_eq!(statuses_and_dates(&r, "raid"), [("occurred", None)]);
}

#[test]
fn the_home_searched_after_an_arrest_is_the_arrested_persons() {
    let r = extract(
        "HANOI — Police detained blogger Dang Van Khoa at his home on Monday. Officers \
         searched the apartment and took away two laptops, his wife said.\n\nLHASA — Police \
         detained monk Ngawang Tsultrim on Tuesday. His room was searched and two laptops were \
         confiscated.",
        Some("2025-03-19"),
    );
    assert_eq!(
        subjects_of(&r, "raid"),
        ["Dang Van Khoa", "Ngawang Tsultrim"]
    );
}

#[test]
fn the_papers_office_is_the_outlet_named_before() {
    let r = extract(
        "MEKELLE — Police detained Tesfaye Gebru, editor of the weekly Mekelle Mirror, on \
         Monday. On the day of his arrest, officers also raided the paper's office and seized \
         four computers.",
        Some("2025-03-17"),
    );
    assert_eq!(subjects_of(&r, "raid"), ["Mekelle Mirror"]);
}

#[test]
fn the_day_of_a_denial_is_not_the_day_of_what_it_denies() {
    let r = extract(
        "CAIRO, May 21 - Egypt's Interior Ministry on Wednesday denied that police had raided \
         the home of economist Hesham Abdel-Fattah in Cairo.",
        Some("2025-05-21"),
    );
    let raids = events(&r, "raid");
    assert_eq!(raids.len(), 1);
    assert_eq!(raids[0].status, "denied");
    assert_eq!(date_of(raids[0]), None);
}

#[test]
fn police_occupying_or_storming_an_office_raid_it() {
    let r = extract(
        "Nicaraguan police occupied the offices of Radio Voz del Norte in the northern city of \
         Estelí on the night of June 3 and seized its transmitter, his colleagues said.",
        Some("2025-06-05"),
    );
    let raid = event_of(&r, "raid", "Radio Voz del Norte");
    assert_eq!(names(&r, &raid.agents), vec!["police"]);
}

#[test]
fn a_search_of_described_premises_is_of_the_organisations_named_next() {
    let r = extract(
        "BELGRADE, Feb 27 - Serbian police on Tuesday searched the offices of two civil society \
         organisations in Belgrade, a day after lawmakers tabled a foreign agents bill.\n\n\
         Officers spent most of the day at the premises of the Centre for Civic Dialogue and \
         the Open Square Foundation, the groups said.",
        Some("2025-02-27"),
    );
    let searched: Vec<String> = events(&r, "raid")
        .iter()
        .map(|e| names(&r, &e.subjects).join(", "))
        .collect();
    assert_eq!(
        searched,
        vec!["Centre for Civic Dialogue", "Open Square Foundation"]
    );
}

#[test]
fn described_premises_may_be_of_a_forum_or_a_lab() {
    let r = extract(
        "TBILISI, Aug 14 - Investigators from Georgia's Prosecutor's Office on Tuesday searched \
         the Tbilisi offices of two civil society groups, the organisations said.\n\n\
         The searches at the Kartli Civic Forum and the Media Freedom Lab are part of a \
         criminal case opened in July.",
        Some("2025-08-14"),
    );
    let searched: Vec<String> = events(&r, "raid")
        .iter()
        .map(|e| names(&r, &e.subjects).join(", "))
        .collect();
    assert_eq!(searched, vec!["Kartli Civic Forum", "Media Freedom Lab"]);
}

#[test]
fn officers_entering_a_home_raid_it() {
    let r = extract(
        "Russia's Federal Security Service searched the homes of Crimean Tatar families on March \
         5. Masked officers entered the Simferopol home of Enver Seitumerov, a 38-year-old \
         builder, shortly after 5 a.m., his wife said.",
        Some("2025-03-07"),
    );
    let raided = subjects_of(&r, "raid");
    assert!(raided.iter().any(|s| s == "Enver Seitumerov"), "{raided:?}");
}

#[test]
fn people_counted_in_a_custody_order_are_no_things_taken() {
    for text in [
        "TBILISI - Courts in Tbilisi on Wednesday fined at least 15 protesters 5,000 lari each \
         and ordered two others held in administrative detention.",
        "ISTANBUL - Courts in Istanbul and Ankara on Wednesday released three journalists under \
         judicial control and placed a fourth under house arrest.",
    ] {
        let r = extract(text, Some("2025-06-05"));
        assert_none(&r, "raid");
    }
}

#[test]
fn a_family_searching_police_stations_makes_no_raid() {
    let r = extract(
        "KAMPALA - Ivan Ssemakula and Joseph Kibuuka were picked up by soldiers on March 2. \
         Their families searched police stations for days without finding them.",
        Some("2024-03-20"),
    );
    assert_none(&r, "raid");
}

#[test]
fn a_land_or_power_seized_is_no_raid_and_no_arrest() {
    for text in [
        "SIMFEROPOL - Since Russia seized the peninsula in 2014, more than 100 Crimean Tatars \
         have been prosecuted in Hizb ut-Tahrir cases.",
        "YANGON - More than 20,000 people have been jailed since the military seized power in \
         February 2021.",
    ] {
        let r = extract(text, Some("2025-03-01"));
        assert_none(&r, "raid");
        let held: Vec<_> = subjects_and_dates(&r, "detention");
        assert!(
            held.iter()
                .all(|(_, d)| !matches!(d, Some("2014" | "2021-02"))),
            "{held:?}"
        );
    }
}
