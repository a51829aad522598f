//! Detentions: who was held, by whom, when and where.

use super::*;

#[test]
fn one_event_per_named_subject_with_their_own_places() {
    let r = extract(
        "Police detained activist Arman Zhunusov in Almaty and blogger Dana Serikova in Shymkent on May 3.",
        None,
    );
    let d = events(&r, "detention");
    assert_eq!(d.len(), 2);
    let places: Vec<&str> = d
        .iter()
        .map(|e| name(&r, e.place.as_deref().unwrap()))
        .collect();
    assert_eq!(places, ["Almaty", "Shymkent"]);
    for e in d {
        assert_eq!(date_of(e), Some("--05-03"));
        assert_eq!(name(&r, &e.agents[0]), "police");
    }
}

#[test]
fn status_follows_negation_denial_and_pending() {
    let r = extract(
        "Opposition leader Ruslan Tagiev was not detained. \
         Police denied beating journalist Emin Rzayev. \
         The sentencing of activist Leyla Mammadova is pending.",
        None,
    );
    assert_eq!(events(&r, "detention")[0].status, "negated");
    assert_eq!(events(&r, "violence")[0].status, "denied");
    assert_eq!(events(&r, "sentence")[0].status, "pending");
}

#[test]
fn groups_get_counts_and_relative_dates_resolve_against_publication() {
    let r = extract(
        "Police detained at least 50 protesters in Tbilisi on Saturday.",
        Some("2024-05-15"),
    );
    let d = events(&r, "detention")[0];
    let count = d.count.as_ref().unwrap();
    assert_eq!((count.low, count.high), (Some(50), None));
    // 2024-05-15 is a Wednesday: the Saturday on or before it is May 11.
    assert_eq!(date_of(d), Some("2024-05-11"));
}

#[test]
fn a_charge_given_as_grounds_fills_the_event_and_evidence_points_into_the_text() {
    let text = "Police detained Marat Ospanov on a charge of insulting the president.";
    let r = extract(text, None);
    let d = events(&r, "detention")[0];
    assert_eq!(d.charge.as_deref(), Some("insulting the president"));
    let [s, e] = d.evidence[0];
    let quoted: String = text.chars().skip(s).take(e - s).collect();
    assert_eq!(quoted, text);
    assert!(
        events(&r, "charge").is_empty(),
        "no charging is reported, only its grounds"
    );
}

#[test]
fn no_year_is_invented_without_a_publication_date() {
    let r = extract("Police detained activist Timur Bekov on March 4.", None);
    assert_eq!(date_of(events(&r, "detention")[0]), Some("--03-04"));
}

#[test]
fn one_episode_gives_its_date_to_every_happening_in_it() {
    let r = extract(
        "Police in Kokshetau detained lawyer Bakyt Omarov on Monday and questioned him for \
         three hours before releasing him.",
        Some("2024-03-14"),
    );
    let detention = events(&r, "detention");
    let release = events(&r, "release");
    assert_eq!(detention.len(), 1);
    assert_eq!(release.len(), 1);
    for e in [detention[0], release[0]] {
        assert_eq!(date_of(e), Some("2024-03-11"));
        assert_eq!(name(&r, &e.agents[0]), "police");
    }
}

#[test]
fn a_live_blog_entry_opened_by_a_clock_time_tells_of_the_day_of_publication() {
    let text = "LIVE: Protests in Sfax\n\n10:40 a.m. — Police detained union organiser Amine Ben Salah outside the regional office.\n\nBy 3 p.m., police had detained at least 40 people.";
    let r = extract(text, Some("2025-01-14"));
    let d = events(&r, "detention");
    assert_eq!(d.len(), 2);
    for e in d {
        assert_eq!(date_of(e), Some("2025-01-14"));
    }
    // Without a publication date no day is invented.
    let r = extract(text, None);
    assert!(events(&r, "detention").iter().all(|e| e.date.is_none()));
}

#[test]
fn a_village_the_gazetteer_lacks_is_still_the_place() {
    // Colombia has towns called El Carmen; a Honduran village of that name is not one of them.
    let r = extract(
        "TEGUCIGALPA, Honduras — Police in Honduras detained two land defenders in the village of \
         El Carmen on Oct. 8. Honduran rights groups condemned the arrests.",
        None,
    );
    let place = r
        .entities
        .iter()
        .find(|e| e.name == "El Carmen")
        .expect("the village is a place entity");
    assert_eq!(place.country.as_deref(), Some("HN"));
    assert_eq!(place.geonames_id, None, "no gazetteer id is invented");
    let d = events(&r, "detention");
    assert!(!d.is_empty());
    assert_eq!(d[0].place.as_deref(), Some(place.id.as_str()));
}

#[test]
fn a_charge_told_briefly_takes_its_fuller_wording() {
    let r = extract(
        "Police arrested reporter Sevinj Mammadli in Sumqayit on currency smuggling charges on \
         Saturday. Officers accused her of “smuggling foreign currency by a group of persons.”",
        None,
    );
    let d = events(&r, "detention");
    assert_eq!(
        d[0].charge.as_deref(),
        Some("smuggling foreign currency by a group of persons")
    );
}

#[test]
fn the_three_namesakes_arrested_that_afternoon_are_the_family_on_that_day() {
    let r = extract(
        "Thabani Ncube, his sister Nomvula Ncube and their uncle Sipho Ncube joined residents who \
         blocked a road in Bulawayo on Aug. 16. Police arrested the three Ncubes that afternoon.",
        None,
    );
    let d = events(&r, "detention");
    assert_eq!(d.len(), 3);
    for e in d {
        assert_eq!(date_of(e), Some("--08-16"));
    }
}

#[test]
fn a_happening_takes_the_city_its_sentence_gives_another() {
    let r = extract(
        "On March 15, police detained 87 people in Jayapura when students marched towards the \
         provincial parliament in Papua.",
        Some("2025-04-08"),
    );
    let d = events(&r, "detention");
    let p = events(&r, "protest");
    assert_eq!(p.len(), 1);
    assert_eq!(name(&r, d[0].place.as_deref().unwrap()), "Jayapura");
    assert_eq!(p[0].place, d[0].place);
}

#[test]
fn an_unplaced_happening_takes_the_city_its_paragraph_named() {
    let r = extract(
        "ALGIERS — A court in Oran on Sunday sentenced Kaddour Benamina to 18 months in prison. \
         Police detained dozens of his supporters who gathered outside the courthouse.\n\n\
         In Algiers, officials said nothing.",
        Some("2025-12-09"),
    );
    let d = events(&r, "detention");
    assert_eq!(d.len(), 1);
    assert_eq!(name(&r, d[0].place.as_deref().unwrap()), "Oran");
}

#[test]
fn a_relative_clause_does_not_move_the_arrest_in_time() {
    let r = extract(
        "Police in Chattogram arrested two brothers who had helped organise a student human \
         chain, raiding their father's house before dawn on Dec. 9.\n\n\
         Rashed Chowdhury and his brother Tanvir Chowdhury were taken from the home of their \
         father.",
        None,
    );
    let d = events(&r, "detention");
    assert!(d.len() >= 2);
    for e in d {
        assert_eq!(date_of(e), Some("--12-09"));
    }
}

#[test]
fn a_search_told_after_an_arrest_does_not_place_the_arrest() {
    let r = extract(
        "HONG KONG — Police on Thursday arrested a retired teacher, Leung Wai-man, over Facebook \
         posts. Officers also searched his flat in Sha Tin and seized a computer.",
        Some("2025-05-10"),
    );
    let d = events(&r, "detention");
    assert_eq!(d.len(), 1);
    assert_eq!(name(&r, d[0].place.as_deref().unwrap()), "Hong Kong");
    let raid = events(&r, "raid");
    assert_eq!(name(&r, raid[0].place.as_deref().unwrap()), "Sha Tin");
}

#[test]
fn a_place_in_quoted_words_does_not_place_the_event() {
    let r = extract(
        "KAZAN, Russia — Ilnur Gabdrakhmanov was detained on Wednesday as he held a placard \
         reading “Peace to Ukraine, freedom to Russia.”",
        None,
    );
    for e in events(&r, "detention") {
        assert_eq!(name(&r, e.place.as_deref().unwrap()), "Kazan");
    }
}

#[test]
fn persons_opening_the_parts_of_a_semicolon_list_are_all_objects() {
    let r = extract(
        "Officers in Brest on Feb. 18 detained Ales Kavalchuk, 58, a retired railway engineer \
         who had spent four decades at the depot; Tatsiana Hrynevich, 34, a music teacher; and \
         Dzmitry Savitski, 27, a courier.",
        None,
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Ales Kavalchuk", "Tatsiana Hrynevich", "Dzmitry Savitski"]
    );
}

#[test]
fn those_named_among_the_people_police_detained_were_detained() {
    let r = extract(
        "Rojda Aydin and Mehmet Kaya were among 19 people police detained in Diyarbakir in a dawn \
         operation on Feb. 27, 2023.",
        None,
    );
    let d = events(&r, "detention");
    assert_eq!(d.len(), 3, "the two named and the 19");
    for e in d {
        assert_eq!(date_of(e), Some("2023-02-27"));
        assert_eq!(name(&r, &e.agents[0]), "police");
    }
}

#[test]
fn them_after_a_counted_reference_is_the_whole_count() {
    let named = [
        "Ales Markevich",
        "Dzmitry Lukashevich",
        "Pavel Hrynevich",
        "Ihar Shved",
        "Volha Sianko",
        "Anastasiya Kruk",
        "Katsiaryna Lapko",
    ];
    let r = extract(
        &format!(
            "A court in Vitebsk sentenced {}, {}, {}, {}, {}, {} and {} to prison on Friday. All \
             seven had been held since police rounded them up in Vitebsk in May 2023.",
            named[0], named[1], named[2], named[3], named[4], named[5], named[6]
        ),
        None,
    );
    assert_eq!(subjects_of(&r, "detention"), named);
    assert_all_dated(&r, "detention", "2023-05");
}

#[test]
fn days_counted_from_a_dated_vote_and_the_next_morning_after_them() {
    let r = extract(
        "Police in Zugdidi detained activist Levan Chikovani two days after the Oct. 26 \
         parliamentary election.\n\
         The next morning, the Zugdidi District Court jailed Chikovani for 12 days.",
        Some("2024-11-01"),
    );
    let d = events(&r, "detention");
    assert_eq!(date_of(d[0]), Some("2024-10-28"));
    let s = events(&r, "sentence");
    assert_eq!(date_of(s[0]), Some("2024-10-29"));
    let e = events(&r, "election");
    assert_eq!(date_of(e[0]), Some("2024-10-26"));
}

#[test]
fn the_count_told_before_a_list_and_their_go_on_to_its_persons() {
    let r = extract(LISTED_VERDICTS, None);
    let listed = [
        "Behrouz Nasirzadeh",
        "Ramin Aghazadeh",
        "Saeed Kheirkhah",
        "Parisa Jafari",
    ];
    for kind in ["detention", "trial"] {
        let mut who = subjects_of(&r, kind);
        who.sort();
        let mut want = listed.to_vec();
        want.sort();
        assert_eq!(who, want, "{kind}");
    }
    assert_all_dated(&r, "detention", "2022-10");
    assert_all_dated(&r, "trial", "--11-25");
}

#[test]
fn persons_listed_right_after_a_groups_arrest_were_arrested_with_it() {
    let r = extract(
        "Police in Chelyabinsk detained at least 17 people on Sunday at pickets outside the \
         regional court. OVD-Info compiled the following roll:\n\
         — Yelena Gaiduk, 61, a retired schoolteacher: fined 30,000 rubles.\n\
         — Timur Rakhimov, 22, a student: jailed for 10 days.\n",
        Some("2025-03-04"),
    );
    let held: Vec<String> = subjects_of(&r, "detention")
        .into_iter()
        .filter(|s| !s.contains("people"))
        .collect();
    assert_eq!(held, ["Yelena Gaiduk", "Timur Rakhimov"]);
    assert_all_dated(&r, "detention", "2025-03-02");
}

#[test]
fn a_headline_that_sets_the_year_dates_the_months_told_after_it() {
    let r = extract(
        "Kazakhstan: rights groups document arrests of oil workers in 2023\nAccording to NGOs, \
         authorities in 2023 continued to detain protesters. In January police in Zhanaozen \
         detained activist Bolat Amanov. On March 14, a court in Uralsk sentenced him to 25 days \
         of administrative arrest.",
        None,
    );
    let of_amanov = |kind: &str| -> Vec<Option<String>> {
        events(&r, kind)
            .into_iter()
            .filter(|e| e.subjects.iter().any(|s| name(&r, s) == "Bolat Amanov"))
            .map(|e| date_of(e).map(String::from))
            .collect()
    };
    assert_eq!(of_amanov("detention"), [Some("2023-01".to_string())]);
    assert_eq!(of_amanov("sentence"), [Some("2023-03-14".to_string())]);
    // A year that only names a past happening sets no scene.
    let r = extract(
        "Court jails Tatar activist over the 2020 protests\nIn January police in Kazan detained \
         activist Ilnur Gabdrakhmanov.",
        None,
    );
    assert_all_dated(&r, "detention", "--01");
}

#[test]
fn the_age_alone_and_a_second_role_of_an_apposition_refer_to_the_person() {
    let r = extract(
        "A court in Khorugh has sentenced Qurbonali Mamadnazarov, the founder and \
         editor-in-chief of the weekly Sadoi Pomir, to 11 years in prison.\nThe 58-year-old was \
         detained at his home on Jan. 17. In February prosecutors formally charged the \
         editor-in-chief.",
        None,
    );
    assert_eq!(subjects_of(&r, "detention"), ["Qurbonali Mamadnazarov"]);
    assert_eq!(subjects_of(&r, "charge"), ["Qurbonali Mamadnazarov"]);
}

#[test]
fn a_year_before_an_adjective_and_a_noun_dates_the_noun_not_the_clause() {
    let r = extract(
        "Julio Andrés Pineda Lacayo, a student leader during the 2018 anti-government protests, \
         was detained by police on Jan. 20 at his house in Managua.",
        None,
    );
    assert_all_dated(&r, "detention", "--01-20");
}

#[test]
fn those_named_after_among_them_share_the_groups_arrest() {
    let r = extract(
        "Police in Kermanshah fired tear gas on Saturday, injuring two men, Ali Rezaei and Reza \
         Ahmadi. Both were shot in the legs. At least 60 people were detained there, among them \
         teachers’ union activist Farhad Moradi and university student Shirin Karimi.",
        Some("2025-03-10"),
    );
    let named: Vec<String> = subjects_of(&r, "detention")
        .into_iter()
        .filter(|s| !s.contains("people"))
        .collect();
    assert_eq!(named, ["Farhad Moradi", "Shirin Karimi"]);
}

#[test]
fn intelligence_agents_are_a_security_service() {
    let r = extract(
        "Ebrahim Narouei was arrested by intelligence agents in Zahedan on Oct. 28, 2022.",
        None,
    );
    let held = events(&r, "detention");
    assert_eq!(held.len(), 1);
    let agent = entity(&r, &held[0].agents[0]);
    assert_eq!(agent.category.as_deref(), Some("security_service"));
}

#[test]
fn entries_of_a_live_report_happen_on_its_headline_day() {
    let r = extract(
        "LIVE: Protest over border deal in Osh — Saturday, Oct. 4\n\n\
         Our correspondents are following the rally in Osh. All times are local.\n\n\
         12:20 — Abdykadyrov has been detained. Video shows four officers pushing him into a \
         police van.\n\n\
         16:00 — A district court in Osh has sentenced Nurzhigit Abdykadyrov to 10 days of \
         administrative arrest, his lawyer said.",
        None,
    );
    assert_all_dated(&r, "detention", "--10-04");
    assert_all_dated(&r, "sentence", "--10-04");
}

#[test]
fn were_to_tells_a_plan_not_a_passive_and_an_uzbek_name_stays_whole() {
    let r = extract(
        "Early on Sunday, police searched the wedding hall owned by party member Bakhodir \
         Normatov, where the delegates of the Adolat Yo‘li party were to meet, and detained \
         party chairman Akmal Turgunov. At least 15 delegates were held overnight.",
        None,
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Akmal Turgunov", "At least 15 delegates"]
    );
    assert!(r.entities.iter().any(|e| e.name == "Adolat Yo‘li"));
}

#[test]
fn a_date_in_a_persons_relative_clause_and_the_place_an_office_is_of_stay_apart() {
    let r = extract(
        "Police in the eastern province of Van detained at least 120 people at protests against \
         the removal of the elected mayor of Ercis, a pro-Kurdish politician who won the post in \
         March, and the authorities banned all demonstrations in the province for 15 days.",
        Some("2024-06-05"),
    );
    let d = events(&r, "detention")[0];
    assert_eq!(date_of(d), None);
    assert_eq!(name(&r, d.place.as_deref().unwrap()), "Van");
}

#[test]
fn a_name_inside_a_relative_clause_is_not_who_him_is() {
    let r = extract(
        "Ales Kukharchyk, a veteran opposition activist, died on Saturday. After the disputed \
         Aug. 9, 2020, presidential election, which Alexander Lukashenko claimed to have won, \
         Kukharchyk helped lead the evening marches in Baranavichy. Riot police detained him \
         on Aug. 12, 2020.",
        None,
    );
    assert_told(&r, "detention", &["Ales Kukharchyk"], "2020-08-12");
    assert_eq!(subjects_of(&r, "protest"), ["Ales Kukharchyk"]);
}

#[test]
fn what_happened_on_polling_day_happened_on_the_day_of_the_vote() {
    let r = extract(
        "The Electoral Commission declared Patrick Tumwesigye the winner of Thursday’s vote in \
         Mbarara. On polling day, police detained two election observers, Sarah Nakato and \
         Brian Kizza, as they photographed a ballot box.",
        Some("2025-08-09"),
    );
    assert_told(
        &r,
        "detention",
        &["Sarah Nakato", "Brian Kizza"],
        "2025-08-07",
    );
}

#[test]
fn a_georgian_surname_in_ava_does_not_make_a_woman_of_him() {
    let r = extract(
        "Nika Jgharkava was detained by police on Wednesday. His lawyer, Eka Kvaratskhelia, \
         said video shows Jgharkava away from the officers. Today a court ordered him held in \
         pretrial detention.",
        None,
    );
    // The police's arrest and the custody the court ordered: both his.
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Nika Jgharkava", "Nika Jgharkava"]
    );
}

#[test]
fn an_arrest_opening_a_paragraph_goes_on_with_the_day_told_before() {
    let r = extract(
        "Some 600 workers downed tools in a strike near Gweru.\n\n\
         On Wednesday anti-riot police arrived in two trucks and fired tear gas.\n\n\
         Police detained 43 workers along with branch chairman Tafadzwa Chikore.",
        Some("2024-09-27"),
    );
    assert_all_dated(&r, "detention", "2024-09-25");
}

#[test]
fn arrests_told_after_a_lede_that_dates_the_gathering_happened_that_day() {
    let r = extract(
        "TALDYKORGAN, Kazakhstan — Some 150 people gathered on the central square on Saturday to \
         protest a rise in tariffs, before police broke up the rally.\n\n\
         The three organizers — retired engineer Daulet Mukhametzhanov, civic activist Gulnara \
         Sarsenbayeva and lawyer Yerlan Baimukhanov — addressed the crowd. All three were \
         detained.",
        Some("2026-01-19"),
    );
    assert_all_dated(&r, "detention", "2026-01-17");
}

#[test]
fn questioned_but_not_detained_is_a_negated_detention_of_the_one_named() {
    let r = extract(
        "A photographer who was in the office, Palina Sidarenka, was questioned but not \
         detained, BAJ said.",
        None,
    );
    let d = events(&r, "detention");
    assert_eq!(subjects_of(&r, "detention"), ["Palina Sidarenka"]);
    assert_eq!(d[0].status, "negated");
}

#[test]
fn taken_from_home_by_masked_men_and_a_candidate_barred_from_running() {
    let r = extract(
        "The whereabouts of activist Karim Baloch have been unknown since masked men took him \
         from his home in Quetta on Monday. The election commission barred opposition candidate \
         Hun Sokha from running in the vote.",
        Some("2025-03-01"),
    );
    assert_told(&r, "detention", &["Karim Baloch"], "2025-02-24");
    assert_eq!(subjects_of(&r, "censorship"), ["Hun Sokha"]);
}

#[test]
fn both_journalists_are_the_two_named_not_a_group_of_their_own() {
    let r = extract(
        "GKNB officers searched the Tokmok office of Ayan Media and the homes of its \
         editor-in-chief, Aibek Toktogulov, and camerawoman Nurzhan Asanova on Feb. 11, seizing \
         computers, and detained both journalists.",
        None,
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Aibek Toktogulov", "Nurzhan Asanova"]
    );
}

#[test]
fn a_counted_group_keeps_its_count_past_a_comparative() {
    let r = extract(
        "Two younger monks were detained on Monday and released three days later.",
        Some("2025-07-10"),
    );
    assert_only(&r, "detention", "Two younger monks");
    assert_only(&r, "release", "Two younger monks");
}

#[test]
fn a_happening_placed_in_a_province_takes_the_provinces_one_city_named() {
    let r = extract(
        "BATUMI, Georgia — Riot police on Sunday cleared dozens of protesters who had blocked the \
         entrance to the Adjara regional government building, and detained the student leader \
         Nika Beridze.",
        Some("2024-12-02"),
    );
    let detention = events(&r, "detention")[0];
    assert_eq!(name(&r, detention.place.as_deref().unwrap()), "Batumi");
}

#[test]
fn detained_with_him_is_when_he_was_detained() {
    let r = extract(
        "Police detained the lawyer Rustam Karimov on Monday. His colleague Farrukh Nazarov, who \
         was detained with him, was released on Tuesday without charge.",
        Some("2025-03-05"),
    );
    assert_told(
        &r,
        "detention",
        &["Rustam Karimov", "Farrukh Nazarov"],
        "2025-03-03",
    );
    assert_all_dated(&r, "release", "2025-03-04");
}

#[test]
fn a_lone_given_name_before_a_brothers_full_name_shares_the_surname() {
    let r = extract(
        "Police detained Sherzod Davlatov on Monday. His two brothers, Suhrob and Jamshed \
         Davlatov, were detained alongside him.",
        Some("2025-03-05"),
    );
    assert_told(
        &r,
        "detention",
        &["Sherzod Davlatov", "Suhrob Davlatov", "Jamshed Davlatov"],
        "2025-03-03",
    );
}

#[test]
fn first_after_was_is_an_adverb_not_a_determiner() {
    let r = extract(
        "Kirill Demchenko, 24, was first arrested in Moscow on Dec. 5.",
        Some("2025-03-05"),
    );
    assert_told(&r, "detention", &["Kirill Demchenko"], "2024-12-05");
}

#[test]
fn minutes_or_hours_later_keep_the_day() {
    let r = extract(
        "Aigerim Serikqyzy stood outside the regional akimat in Pavlodar on Monday morning \
         holding a sheet of cardboard. Officers detained her after about ten minutes and took \
         her to the city's central police department.",
        Some("2025-09-19"),
    );
    assert_told(&r, "detention", &["Aigerim Serikqyzy"], "2025-09-15");
}

#[test]
fn taken_to_a_police_station_is_detained() {
    let r = extract(
        "Anti-terrorism officers searched the homes of Rojda Kaplan and Mehmet Aydemir in Bismil \
         and took them to the police headquarters in Diyarbakir, the party said.",
        None,
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Rojda Kaplan", "Mehmet Aydemir"]
    );
}

#[test]
fn passive_forms_of_gapped_triggers_are_found() {
    let r = extract(
        "Farid Aliyev was held incommunicado for a week. His brother Rashad Aliyev was thrown to \
         the ground by officers.",
        None,
    );
    assert_only(&r, "detention", "Farid Aliyev");
    assert_only(&r, "violence", "Rashad Aliyev");
}

#[test]
fn a_broadcasters_language_service_is_a_newsroom() {
    let r = extract(
        "Officers detained activist Nurlan Asanov in Osh on Monday, RFE/RL's Kyrgyz Service \
         reported.",
        Some("2025-06-04"),
    );
    let service = r
        .entities
        .iter()
        .find(|e| e.name == "Kyrgyz Service")
        .expect("the service is named");
    assert_eq!(service.category.as_deref(), Some("media"));
    let d = events(&r, "detention");
    assert!(
        d.iter()
            .all(|e| e.agents.iter().all(|x| name(&r, x) != "Kyrgyz Service")),
        "{d:?}"
    );
}

#[test]
fn taken_to_a_police_department_is_a_detention_of_the_people_named() {
    let r = extract(
        "Activists Gulzhan Amanova and Serik Tolegenov were taken to the city police department \
         in Semey on Monday.\nA third man, Arman Beisenov, picketed the akimat that afternoon. \
         Police took him to the district department within minutes; the next day a court fined \
         him 200,000 tenge.",
        Some("2025-03-05"),
    );
    assert_told(
        &r,
        "detention",
        &["Gulzhan Amanova", "Serik Tolegenov", "Arman Beisenov"],
        "2025-03-03",
    );
    // (The police whose department they were taken to hold them.)
    for e in events(&r, "detention") {
        let agents: Vec<&str> = e.agents.iter().map(|x| name(&r, x)).collect();
        assert_eq!(agents, ["police"], "{e:?}");
    }
    assert_all_dated(&r, "sentence", "2025-03-04");
}

#[test]
fn a_first_surname_alone_is_the_person_not_a_foreign_town() {
    let r = extract(
        "A court in Holguín sentenced Yoandri Castellanos Pupo and Reinier Fonseca Garrido, 27, \
         to three years for public disorder.\nPolice arrested Castellanos and Fonseca at their \
         homes on Aug. 2.",
        Some("2025-09-10"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Yoandri Castellanos Pupo", "Reinier Fonseca Garrido"]
    );
    assert!(
        r.entities.iter().all(|e| e.name != "Fonseca"),
        "{:?}",
        r.entities
    );
    let d = events(&r, "detention");
    assert_eq!(name(&r, d[0].place.as_deref().unwrap()), "Holguín");
}

#[test]
fn a_district_of_the_city_is_the_city_not_a_town_of_that_name() {
    let r = extract(
        "A rally against gas prices in the western Kazakh city of Aktobe ended on Saturday when \
         police moved in.\nAmong those detained was activist Gulzhan Beisenova, who was taken \
         to the city's Almaty district police station, her relatives said.",
        Some("2025-03-10"),
    );
    let d = events(&r, "detention");
    assert!(!d.is_empty());
    for e in d {
        assert_eq!(name(&r, e.place.as_deref().unwrap()), "Aktobe");
    }
}

#[test]
fn a_participle_after_an_apposition_tells_of_the_one_described() {
    let r = extract(
        "Police detained Abebe Kebede on Monday. Meseret Tadesse, a secondary school teacher \
         detained with him, was released on bail on Tuesday.",
        Some("2024-09-12"),
    );
    assert_told(
        &r,
        "detention",
        &["Abebe Kebede", "Meseret Tadesse"],
        "2024-09-09",
    );
}

#[test]
fn detained_at_the_scene_is_the_day_of_the_scene() {
    let r = extract(
        "Officers of the KGB searched the Grodno office of the outlet Kurier Hrodna on Tuesday, \
         seizing computers and a server.\n\nReporter Yauhen Klimovich was detained at the scene \
         and taken to the KGB's regional department, according to Viasna.",
        Some("2024-10-03"),
    );
    assert_all_dated(&r, "detention", "2024-10-01");
}

#[test]
fn detained_with_him_is_the_day_of_the_man_the_sentence_names() {
    let r = extract(
        "Kenyan journalist Daniel Mwangi was detained by federal police at his hotel in Bahir \
         Dar on May 3, the Monitor said. Officers questioned him about his contacts.\nHe was \
         expelled on May 9. The Monitor said he was never charged. Colleagues in Nairobi \
         protested.\nMwangi's Ethiopian fixer, Getachew Alemu, was detained with him and \
         remains in custody in Bahir Dar.",
        Some("2025-05-12"),
    );
    assert_all_dated(&r, "detention", "2025-05-03");
}

#[test]
fn gendarmes_arrest_and_one_picked_up_the_same_evening_was_detained() {
    let r = extract(
        "Lamine Diatta, 23, was arrested on Feb. 9 when gendarmes broke up a march in Ziguinchor. \
         Pape Sagna, a motorcycle-taxi driver picked up the same evening, received a suspended \
         term.",
        Some("2024-02-20"),
    );
    assert_told(
        &r,
        "detention",
        &["Lamine Diatta", "Pape Sagna"],
        "2024-02-09",
    );
    let d = events(&r, "detention");
    assert_eq!(name(&r, &d[0].agents[0]), "gendarmes");
}

#[test]
fn initials_in_a_police_statement_are_the_people_named_in_full() {
    let r = extract(
        "\u{201c}Officers detained citizens R.G., born 1990, and L.Sh., born 1987, on \
         Tuesday,\u{201d} the ministry said.\nOVD-Info identified the pair as Rustem Ilgizovich \
         Gilmutdinov and Liliya Shakirova.",
        Some("2025-04-16"),
    );
    assert_told(
        &r,
        "detention",
        &["Rustem Ilgizovich Gilmutdinov", "Liliya Shakirova"],
        "2025-04-15",
    );
    assert!(
        persons(&r).iter().all(|p| !p.contains('.')),
        "{:?}",
        persons(&r)
    );
}

#[test]
fn initials_told_with_an_age_or_as_what_someone_is_identified_by_are_a_person() {
    let r = extract(
        "Police in Vitebsk detained two pensioners on Monday, the rights group Viasna said. \
         Viasna named them only by their initials: T.M., 67, a retired nurse, and her \
         neighbour R.Zh., 70. A court fined T.M. the next day. A teacher identified as \
         N.Yu. was detained on Friday.",
        Some("2025-03-01"),
    );
    let detained = subjects_and_dates(&r, "detention");
    let who: Vec<&str> = detained.iter().map(|(s, _)| s.as_str()).collect();
    assert!(
        who.contains(&"T.M.") && who.contains(&"R.Zh.") && who.contains(&"N.Yu."),
        "{detained:?}"
    );
    assert_eq!(
        date_of(event_of(&r, "sentence", "T.M.")),
        Some("2025-02-25")
    );
    for initials in ["T.M.", "R.Zh."] {
        assert!(persons(&r).contains(&initials), "{:?}", persons(&r));
    }
}

#[test]
fn people_pushed_or_dragged_into_a_police_truck_are_detained() {
    let r = extract(
        "Riot police cleared the market road in Kampong Cham on Tuesday. Officers pushed \
         vendor Chea Sophal into a police truck, and her neighbour Keo Rith was dragged into \
         an unmarked van.",
        Some("2025-07-17"),
    );
    assert_told(&r, "detention", &["Chea Sophal", "Keo Rith"], "2025-07-15");
}

#[test]
fn police_who_broke_up_a_sit_in_and_detained_people_detained_them() {
    let r = extract(
        "Police and plainclothes personnel broke up the sit-in shortly after 2 a.m. on Tuesday \
         and detained at least 40 people.",
        Some("2025-03-14"),
    );
    let d = events(&r, "detention");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(name(&r, &d[0].agents[0]), "police");
}

#[test]
fn none_of_them_detained_is_a_negated_detention() {
    let r = extract(
        "Editor Hanna Lasouskaya and two of her colleagues, Ihar Barysevich and Zmitser \
         Latushka, were charged in absentia last month. None of the three has been detained; all \
         live in Lithuania.",
        Some("2025-03-12"),
    );
    let d = statuses_and_dates(&r, "detention");
    assert!(!d.is_empty());
    assert!(d.iter().all(|(s, _)| *s == "negated"), "{d:?}");
}

#[test]
fn an_undated_arrest_goes_on_with_the_day_of_the_story() {
    let r = extract(
        "KISUMU, Kenya \u{2014} Riot police fired tear gas at hundreds of traders who marched \
         through Kisumu on Saturday against new market levies, and officers detained 30 people.\n\n\
         Opposition politicians said several detainees were beaten inside police vans. The \
         county police commander denied the claim on Monday.\n\n\
         Among those detained was market committee chairman Brian Otieno Ouma, a 52-year-old \
         grain seller.\n",
        Some("2025-03-12"),
    );
    assert_all_dated(&r, "detention", "2025-03-08");
}

#[test]
fn a_place_name_with_lower_case_words_is_one_place() {
    let r = extract(
        "Police in Dar es Salaam detained opposition organiser Neema Mushi on March 3.",
        Some("2025-03-12"),
    );
    let d = events(&r, "detention");
    assert_eq!(d.len(), 1, "{d:?}");
    let place = d[0].place.as_deref().expect("a place");
    assert_eq!(name(&r, place), "Dar es Salaam");
}

#[test]
fn an_arrest_told_with_no_one_making_it_is_the_police_the_report_named() {
    let r = extract(
        "Officers in Mwanza broke up a sit-in by fishermen outside the regional offices on \
         Monday, witnesses said.\n\n\
         The fishermen had demanded compensation for nets seized in a crackdown on illegal \
         fishing. A regional official called the sit-in unlawful.\n\n\
         Two of their leaders, Juma Masanja and Paulo Kisena, were detained and held overnight.\n",
        Some("2025-03-12"),
    );
    let named: Vec<&Event> = events(&r, "detention")
        .into_iter()
        .filter(|e| e.subjects.iter().any(|s| name(&r, s) == "Juma Masanja"))
        .collect();
    assert_eq!(named.len(), 1, "{named:?}");
    let agents: Vec<Option<&str>> = named[0]
        .agents
        .iter()
        .map(|x| entity(&r, x).category.as_deref())
        .collect();
    assert_eq!(agents, vec![Some("police")]);
    // The official who calls the sit-in unlawful held no protest.
    assert_eq!(
        events(&r, "protest").len(),
        1,
        "{:?}",
        events(&r, "protest")
    );
}

#[test]
fn who_holds_a_rally_is_not_who_detains_after_it() {
    let r = extract(
        "Police in Gulu dispersed a rally by opposition supporters on Tuesday and detained 20 \
         people, party officials said.",
        Some("2025-03-12"),
    );
    let d = events(&r, "detention");
    assert_eq!(d.len(), 1, "{d:?}");
    let agents: Vec<&str> = d[0].agents.iter().map(|x| name(&r, x)).collect();
    assert_eq!(agents, vec!["police"]);
    assert_eq!(
        events(&r, "protest").len(),
        1,
        "{:?}",
        events(&r, "protest")
    );
}

#[test]
fn people_named_between_dashes_are_of_the_group_taken_for_questioning() {
    let r = extract(
        "HRODNA, Belarus \u{2014} Officers of GUBOPiK, the Interior Ministry\u{2019}s \
         anti-extremism directorate, searched the office of the independent trade union in \
         Hrodna on the morning of Oct. 7.\n\n\
         Three union members \u{2014} its chairman, Mikalai Sharko, accountant Alena Dubina and a \
         driver whose name was not released \u{2014} were taken to the regional KGB building for \
         questioning.\n\n\
         Sharko\u{2019}s flat on Sovetskaya Street was searched the same day, the union said.\n",
        Some("2025-10-10"),
    );
    let held = subjects_of(&r, "detention");
    assert!(
        ["Mikalai Sharko", "Alena Dubina"]
            .iter()
            .all(|p| held.iter().any(|h| h == p)),
        "{held:?}"
    );
    assert_all_dated(&r, "detention", "2025-10-07");
    // The body named before its description searched; the flat's owner was searched.
    let raids = events(&r, "raid");
    assert!(
        raids
            .iter()
            .all(|e| names(&r, &e.agents).contains(&"GUBOPiK")),
        "{raids:?}"
    );
    assert!(
        raids
            .iter()
            .any(|e| names(&r, &e.subjects).contains(&"Mikalai Sharko")),
        "{raids:?}"
    );
}

#[test]
fn detained_the_same_night_is_the_night_of_the_arrest_told_before() {
    let r = extract(
        "Officials have denied that Tenzin Dorje, a teacher at Drepung monastery, is in custody, \
         but a rights group says state security officers detained him on the night of June 17.\n\
         Reached by telephone on July 3, a police official said no such person had been \
         arrested.\n\
         According to the group, Tenzin Dorje had refused to sign a pledge denouncing the Dalai \
         Lama. Two younger monks from Drepung, whose names the group withheld out of concern for \
         their families, were detained the same night.\n",
        None,
    );
    assert_all_dated(&r, "detention", "--06-17");
    let held = subjects_of(&r, "detention");
    assert_eq!(held, vec!["Tenzin Dorje", "Two younger monks"], "{held:?}");
}

#[test]
fn what_a_comma_when_tells_happened_at_the_time_just_named() {
    let r = extract(
        "Two officers testified that they had found the leaflets during a search of Ihar \
         Kavalenka\u{2019}s flat in Mahilyow in March, when he and his wife, Alena Kavalenka, were \
         detained.",
        None,
    );
    assert_told(
        &r,
        "detention",
        &["Ihar Kavalenka", "Alena Kavalenka"],
        "--03",
    );
}

#[test]
fn a_list_of_the_detained_runs_on_past_its_semicolons() {
    let r = extract(
        "Police in Samara on Saturday detained at least nine people at a vigil for a jailed \
         scientist. Among those detained were his daughter, Irina Volkova; the local Yabloko \
         organiser, Pyotr Sergeyevich Lapin; and student Artyom Kuzin. They were held on \
         suspicion of taking part in an unauthorised public event.",
        Some("2025-05-12"),
    );
    let held = subjects_of(&r, "detention");
    for person in ["Irina Volkova", "Pyotr Sergeyevich Lapin", "Artyom Kuzin"] {
        assert!(held.iter().any(|s| s == person), "{person}: {held:?}");
    }
    // "They" are those just named: their detentions carry the grounds.
    let named = events(&r, "detention")
        .into_iter()
        .filter(|e| {
            e.subjects
                .iter()
                .any(|s| entity(&r, s).kind.as_str() == "person")
        })
        .collect::<Vec<_>>();
    assert_eq!(named.len(), 3, "{named:?}");
    for e in named {
        let charge = e.charge.as_deref().unwrap_or_default();
        assert!(charge.contains("unauthorised public event"), "{e:?}");
    }
}

#[test]
fn a_year_after_publication_does_not_make_the_report_background() {
    // The events are placed where the report is filed; a later year the report names as a
    // plan ("until 2029") does not turn them into old background placed only in the country.
    let r = extract(
        "KUTAISI, Georgia \u{2014} Police broke up a rally in Kutaisi early on Sunday.\n\n\
         The Interior Ministry said officers detained 31 people during the operation.\n\n\
         The prime minister said the government would not seek membership talks until 2029.\n",
        Some("2025-12-01"),
    );
    let detentions = events(&r, "detention");
    assert_eq!(detentions.len(), 1, "{detentions:?}");
    let place = detentions[0].place.as_deref().unwrap();
    assert_eq!(name(&r, place), "Kutaisi");
}

#[test]
fn a_happening_placed_only_in_the_country_happened_in_the_city_the_report_is_set_in() {
    let r = extract(
        "A 41-year-old baker has died in the custody of Iran\u{2019}s Intelligence Ministry in \
         Tabriz days after his arrest, his family said.\n\n\
         Mehdi Rostamzadeh was taken from his bakery near the Grand Bazaar on May 3 by \
         plainclothes intelligence agents, a relative said.\n",
        Some("2025-05-12"),
    );
    let named = events(&r, "detention")
        .into_iter()
        .filter(|e| {
            e.subjects
                .iter()
                .any(|s| name(&r, s) == "Mehdi Rostamzadeh")
        })
        .collect::<Vec<_>>();
    assert_eq!(named.len(), 1, "{:?}", r.events);
    let place = named[0].place.as_deref().unwrap();
    assert_eq!(name(&r, place), "Tabriz");
}

#[test]
fn soldiers_who_detain_and_beat_are_their_agents() {
    let r = extract(
        "Soldiers detained at least 30 villagers in Sagaing on Tuesday and beat two of them \
         with rifle butts, residents said. In Dhaka, police and army troops raided the home \
         of activist Rafiqul Islam on Wednesday.",
        Some("2025-06-12"),
    );
    let detention = events(&r, "detention");
    assert_eq!(detention.len(), 1, "{detention:?}");
    let agent = entity(&r, &detention[0].agents[0]);
    assert_eq!(
        (agent.name.as_str(), agent.category.as_deref()),
        ("soldiers", Some("security_service"))
    );
    let raid = events(&r, "raid");
    assert_eq!(raid.len(), 1, "{raid:?}");
    let agents: Vec<&str> = raid[0].agents.iter().map(|x| name(&r, x)).collect();
    assert_eq!(agents, vec!["police", "army troops"]);
}

#[test]
fn a_surname_repeated_in_its_sentence_is_the_same_person() {
    let r = extract(
        "Police questioned blogger Azamat Bekov on Feb. 11 and detained Bekov on Monday.",
        Some("2025-02-14"),
    );
    assert_eq!(subjects_of(&r, "detention"), vec!["Azamat Bekov"]);
}

#[test]
fn those_a_first_verb_acted_on_are_no_doers_of_the_verb_joined_to_it() {
    let r = extract(
        "Police searched the homes of blogger Azamat Bekov and camerawoman Aida Sultanova on \
         Feb. 11 and detained them.",
        Some("2025-02-14"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        vec!["Azamat Bekov", "Aida Sultanova"]
    );
    for e in events(&r, "detention") {
        assert_eq!(name(&r, &e.agents[0]), "police");
    }
}

#[test]
fn the_eve_of_a_vote_dated_in_its_own_phrase_is_the_day_before() {
    let r = extract(
        "Police in Gweru arrested opposition candidate Tendai Moyo on the eve of the Aug. 23 \
         general election, his lawyer said.",
        Some("2023-08-25"),
    );
    assert_all_dated(&r, "detention", "2023-08-22");
}

#[test]
fn days_before_an_election_dated_after_its_noun_count_from_that_date() {
    let r = extract(
        "The case dates back to the municipal election of 12 April 2023, which the ruling \
         party won. Two days before the vote, officers searched the bloc\u{2019}s headquarters \
         and detained its campaign manager, Aram Petrosyan.",
        Some("2023-10-20"),
    );
    assert_all_dated(&r, "detention", "2023-04-10");
}

#[test]
fn a_numbers_sign_is_no_name() {
    let r = extract(
        "Police took Giorgi Kapanadze and Mariam Tsiklauri from polling station No. 12 in the \
         early afternoon.",
        Some("2025-04-14"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        vec!["Giorgi Kapanadze", "Mariam Tsiklauri"]
    );
}

#[test]
fn a_saying_inside_a_relative_clause_does_not_hide_the_one_it_is_about() {
    let r = extract(
        "Court jails blogger\n\nA court sentenced Nguyen Thi Thu Trang to three years.\n\n\
         Trang, who ran a popular page criticising land seizures, was arrested on May 17, 2023.",
        Some("2024-12-06"),
    );
    assert_told(&r, "detention", &["Nguyen Thi Thu Trang"], "2023-05-17");
}

#[test]
fn shortly_before_midnight_goes_on_with_the_day_just_told() {
    let r = extract(
        "Police dispersed a rally in Tbilisi on Sunday evening. Shortly before midnight, \
         officers detained 20 people near the parliament building.",
        Some("2025-12-03"),
    );
    assert_all_dated(&r, "detention", "2025-11-30");
}

#[test]
fn names_after_a_colon_are_the_counted_group() {
    let r = extract(
        "Hours before the vote, police in Almaty detained three activists who had staged \
         one-person pickets against the bill: Asel Nurbolatqyzy, Daniyar Adilbekuly and \
         Timur Yerzhanov.",
        Some("2025-10-09"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Asel Nurbolatqyzy", "Daniyar Adilbekuly", "Timur Yerzhanov"]
    );
}

#[test]
fn a_listed_plural_subject_were_all_among_those_detained() {
    let r = extract(
        "Police dispersed the road blockade in Aqtau on June 10.\n\n\
         Three of the organisers — Amanzhol Kuanyshev, 26, Saule Yesengeldiyeva, 31, and \
         Daniyar Oraz, 23 — were among those detained.",
        Some("2025-06-12"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Amanzhol Kuanyshev", "Saule Yesengeldiyeva", "Daniyar Oraz"]
    );
}

#[test]
fn days_counted_from_a_happening_told_by_its_verb() {
    let r = extract(
        "Some 80 protesters gathered outside the Ganja city executive authority on Feb. 10. \
         Three days after the rally, police officers detained Elvin Mammadli at his home.\n\n\
         Another activist, Shahin Aliyev, was held for several hours on the day of the rally.",
        Some("2025-02-24"),
    );
    let dates: Vec<(&str, Option<&str>)> = events(&r, "detention")
        .into_iter()
        .map(|e| (name(&r, &e.subjects[0]), date_of(e)))
        .collect();
    assert_eq!(
        dates,
        [
            ("Elvin Mammadli", Some("2025-02-13")),
            ("Shahin Aliyev", Some("2025-02-10"))
        ]
    );
    let r = extract(
        "Police raided the newspaper's office in Dushanbe on Wednesday, March 12.\n\n\
         The day after the raid, police in Istaravshan detained the paper's correspondent, \
         Bakhtiyor Nurov, outside his home.",
        None,
    );
    assert_all_dated(&r, "detention", "--03-13");
}

#[test]
fn custody_a_court_orders_is_a_detention_apart_from_the_arrest() {
    let r = extract(
        "Wilmer Orellana, 38, leads a residents' committee. He was arrested by the National \
         Police on Jan. 9 in San Pedro Sula. On Jan. 12 a first-instance court placed him under \
         house arrest.",
        None,
    );
    let dates: Vec<Option<&str>> = events(&r, "detention").into_iter().map(date_of).collect();
    assert_eq!(dates, [Some("--01-09"), Some("--01-12")]);
    let r = extract(
        "A judge in San Pedro Sula has revoked the house arrest of Wilmer Orellana and sent him \
         to pre-trial detention, a decision his supporters called a punishment.",
        None,
    );
    assert_eq!(subjects_of(&r, "detention"), ["Wilmer Orellana"]);
}

#[test]
fn the_day_custody_runs_to_is_not_the_arrest_day() {
    let r = extract(
        "Police detained union leaders Tafadzwa Chikore and Blessing Mutasa on Wednesday. \
         They appeared before a Gweru magistrate on Friday and were remanded in custody to \
         Oct. 4.",
        Some("2024-09-27"),
    );
    assert!(
        events(&r, "detention")
            .iter()
            .all(|e| date_of(e) != Some("2024-10-04") && date_of(e) != Some("2023-10-04")),
        "{:?}",
        statuses_and_dates(&r, "detention")
    );
}

#[test]
fn driven_to_a_police_station_is_detained() {
    let r = extract(
        "Researcher Karim Abu Bakr was driven to a police station in Alexandria on Tuesday, \
         where he was questioned about the center's funding.",
        Some("2025-06-05"),
    );
    assert_told(&r, "detention", &["Karim Abu Bakr"], "2025-06-03");
}

#[test]
fn hours_before_a_vote_told_by_its_verb_is_its_day() {
    let r = extract(
        "ALMATY — Kazakhstan's lower house of parliament yesterday approved in the first \
         reading a bill on foreign funding.\n\n\
         Hours before the vote, police in Almaty detained activist Asel Nurbolatqyzy outside \
         the city's akimat.",
        Some("2025-10-09"),
    );
    assert_all_dated(&r, "detention", "2025-10-08");
}

#[test]
fn what_a_detainee_did_just_before_moves_no_day() {
    // "released after being warned", "shortly after the crowd began marching": the same
    // episode as the sentence before, so the same day.
    let r = extract(
        "About 150 residents blocked the road to the city hall in Mingachevir on Monday to \
         protest water cuts. Police detained at least 20 people as they dispersed the crowd; \
         most were released after being warned, the ministry said.",
        Some("2025-08-22"),
    );
    assert_all_dated(&r, "detention", "2025-08-18");
    let r = extract(
        "About 200 people rallied in Karakol on May 18 against a mine deal. \
         Witnesses said officers detained the organiser, environmentalist Emil Zhoomart uulu, \
         shortly after the crowd began marching towards the administration building.",
        Some("2025-05-21"),
    );
    assert_all_dated(&r, "detention", "2025-05-18");
    let r = extract(
        "Residents of Vladivostok marked the anniversary at the monument on Friday. \
         Valentina Gorbunova, 71, was detained by police after she laid carnations there.",
        Some("2025-01-20"),
    );
    assert_all_dated(&r, "detention", "2025-01-17");
    // "After midnight" is the next day: the detentions are not Saturday's.
    let r = extract(
        "A rally in Batumi began peacefully on Saturday night. After midnight, riot police \
         moved in and officers detained 43 people.",
        Some("2024-12-02"),
    );
    let dates: Vec<Option<&str>> = events(&r, "detention").into_iter().map(date_of).collect();
    assert!(!dates.contains(&Some("2024-11-30")), "{dates:?}");
}

#[test]
fn held_for_days_or_briefly_held_is_a_detention() {
    let r = extract(
        "Andrea Solis, a correspondent for Semanario Frontera, was stopped by police at a \
         checkpoint near Leon on Saturday and held for two days at the police headquarters.",
        Some("2025-06-10"),
    );
    assert_told(&r, "detention", &["Andrea Solis"], "2025-06-07");
    let r = extract(
        "In 2023 Turkish authorities briefly held the Turkmen activist Ogulsapar Durdyyeva.",
        Some("2025-06-10"),
    );
    assert_only(&r, "detention", "Ogulsapar Durdyyeva");
}

#[test]
fn a_verb_joined_to_an_ongoing_doing_is_not_passive() {
    // "where a book club was meeting and detained X": the police detained X.
    let r = extract(
        "Police on Oct. 8 burst into a private flat in Brest where a book club was meeting and \
         detained local activist Uladzimir Khatskevich.",
        Some("2025-10-12"),
    );
    assert_only(&r, "detention", "Uladzimir Khatskevich");
}

#[test]
fn a_plan_told_before_a_comma_is_not_the_next_verbs() {
    // "the day of his planned release, X was detained": the release was planned, the
    // arrest happened.
    let r = extract(
        "Police on Oct. 8 detained local activist Uladzimir Khatskevich in Brest.\n\n\
         On Oct. 23, the day of his planned release, Khatskevich was detained.",
        Some("2025-11-10"),
    );
    assert_eq!(
        statuses_and_dates(&r, "detention"),
        [
            ("occurred", Some("2025-10-08")),
            ("occurred", Some("2025-10-23"))
        ]
    );
    let r = extract(
        "Khatskevich was re-arrested at the gates of the detention center on Oct. 23.",
        Some("2025-11-10"),
    );
    assert_eq!(
        statuses_and_dates(&r, "detention"),
        [("occurred", Some("2025-10-23"))]
    );
}

#[test]
fn a_place_in_a_relative_clause_on_the_person_is_not_where_they_were_arrested() {
    let r = extract(
        "SAMARA, Russia — Physicist Oleg Sorokin, 58, a senior researcher at Samara University \
         who had signed an open letter against the war in Ukraine, was arrested by officers of \
         the Federal Security Service on Aug. 14, 2024.",
        Some("2025-02-10"),
    );
    let places = place_names(&r, "detention");
    assert_eq!(places, ["Samara"]);
}

#[test]
fn a_name_that_opens_with_the_fathers_name_after_bin_is_the_sons() {
    let r = extract(
        "State security officers arrested Sheikh Abdullah bin Hassan al-Mubarak at his home in \
         Dammam on Tuesday night. His son, Hassan al-Mubarak, was also taken away but was \
         released before dawn.",
        Some("2025-02-06"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        vec!["Abdullah bin Hassan al-Mubarak", "Hassan al-Mubarak"]
    );
    assert_only(&r, "release", "Hassan al-Mubarak");
}

#[test]
fn a_saying_inside_an_appositions_relative_clause_tells_no_one() {
    let r = extract(
        "Her husband, Sherzod Kholmatov, a 41-year-old former imam who had become a popular \
         blogger by criticizing local officials on Facebook, was led away in handcuffs.",
        Some("2025-10-20"),
    );
    assert_only(&r, "detention", "Sherzod Kholmatov");
}

#[test]
fn a_day_told_after_a_semicolon_dates_only_what_follows_it() {
    let r = extract(
        "TARAZ, Kazakhstan \u{2014} Nurlan Adilbekov stood outside the regional akimat on \
         April 25 holding a sheet of paper. Police took him to the city's district department \
         within minutes; the next day an administrative court fined him 369,200 tenge.",
        Some("2025-05-02"),
    );
    assert_all_dated(&r, "detention", "2025-04-25");
    assert_all_dated(&r, "sentence", "2025-04-26");
}

#[test]
fn a_known_service_inside_a_name_decides_its_category() {
    let r = extract(
        "Officers of the FSB Directorate for the Rostov region detained Svetlana Mironova on July \
         19. Officers of the regional police's Center for Combating Extremism searched the flat \
         of Galina Sokolova.",
        Some("2023-08-01"),
    );
    let category = |kind: &str| {
        let e = events(&r, kind)[0];
        entity(&r, &e.agents[0]).category.clone()
    };
    assert_eq!(category("detention").as_deref(), Some("security_service"));
    assert_eq!(category("raid").as_deref(), Some("police"));
}

#[test]
fn a_happening_at_the_protest_told_before_takes_its_day() {
    // (Even when the sentence's only time, "by nightfall", counts on from a day the report
    // cannot date: "on Friday" with no publication date.)
    let r = extract(
        "A court in Makhachkala on Friday jailed a 31-year-old man for 15 days after \
         police said he had \"resisted arrest\" at a rally over water shortages in the \
         Dagestani capital. His lawyer says he was beaten in a police van.\n\n\
         Timur Aliyev was detained on Oct. 14, when several hundred residents gathered \
         outside the regional government building to protest against water outages that \
         had lasted for days.\n\n\
         In a statement, the Dagestani Interior Ministry said Aliyev had \"refused to \
         comply with the lawful demands of officers.\"\n\n\
         His lawyer, Aida Karimova, told the weekly Chernovik that officers beat Aliyev \
         with truncheons inside the van that took him to the Sovetsky district police \
         station. “He has bruises across his back. None of this happened in front of \
         cameras — it happened in the van,” she said. The ministry denied that any force \
         had been used.\n\n\
         Judge Rustam Alibekov found Aliyev guilty of disobeying the lawful orders of \
         police officers. Investigators have also opened a criminal case against him for \
         \"using violence against a representative of the authorities.\"\n\n\
         Police detained at least 30 other people at the rally, according to the rights \
         project OVD-Info; most were let go by nightfall after being written up for \
         taking part in an unauthorised public event. Reporter Ramazan Ismailov, who was \
         filming the crowd, was also held by police but released about an hour later \
         without charge.",
        None,
    );
    let detained: Vec<_> = events(&r, "detention")
        .into_iter()
        .filter(|e| name(&r, &e.subjects[0]).contains("30"))
        .collect();
    assert_eq!(detained.len(), 1, "{detained:?}");
    assert_eq!(date_of(detained[0]), Some("--10-14"));
}

#[test]
fn what_refuted_reports_said_did_not_happen() {
    let r = extract(
        "Another organizer, lawyer Lilit Sargsian, was not detained, despite early reports on \
         Telegram channels that she had been taken to a police station.",
        Some("2025-03-02"),
    );
    assert_eq!(statuses(&r, "detention"), ["negated"]);
    let r = extract(
        "The group also disputed early media reports that her lawyer, Kanybek Abdrakhmanov, \
         had been taken into custody alongside her.",
        Some("2025-03-02"),
    );
    assert_eq!(statuses(&r, "detention"), ["negated"]);
}

#[test]
fn an_arrest_or_verdict_takes_the_charge_the_next_sentence_gives_its_people() {
    let r = extract(
        "Police took Giorgi Kapanadze and Mariam Tsiklauri from polling station No. 12 in the \
         early afternoon. Both were accused of \"petty hooliganism.\"",
        Some("2025-04-14"),
    );
    assert_eq!(events(&r, "detention").len(), 2);
    assert_all_charged(&r, "detention", "petty hooliganism");
    let r = extract(
        "On Monday, police officers detained Ana Perez at her home in Masaya. She is being held \
         at the El Chipote jail on a charge of \"undermining national integrity.\"",
        Some("2025-04-14"),
    );
    assert_all_charged(&r, "detention", "undermining national integrity");
    // So does a verdict.
    let r = extract(
        "A court in Chelyabinsk fined Yelena Gaiduk 30,000 rubles on Monday. She had posted an \
         anti-war comment, according to prosecutors, who accused her of \"discrediting the \
         army.\"",
        Some("2025-04-14"),
    );
    assert_all_charged(&r, "sentence", "discrediting the army");
    // (Someone else's charge is not theirs.)
    let r = extract(
        "On Monday, police officers detained Ana Perez in Masaya. Her brother Luis Perez was \
         accused of \"treason\" last year.",
        Some("2025-04-14"),
    );
    let d: Vec<_> = events(&r, "detention")
        .into_iter()
        .filter(|e| name(&r, &e.subjects[0]) == "Ana Perez")
        .collect();
    assert_eq!(d[0].charge, None);
}

#[test]
fn the_day_a_term_ends_dates_no_arrest() {
    let r = extract(
        "Police detained Berik Zhaksylykov at the rally on January 11. If convicted, he could \
         face five years once his arrest ends on January 26.",
        Some("2025-01-17"),
    );
    assert_eq!(
        statuses_and_dates(&r, "detention"),
        [("occurred", Some("2025-01-11"))]
    );
}

#[test]
fn a_happening_named_by_its_date_lends_it_to_no_arrest_beside_it() {
    let r = extract(
        "In Vitebsk, officers of the GUBOPiK unit took Alena Sidarovich, 63, from her apartment \
         early in the morning after identifying her in photographs from an August 2020 march.",
        Some("2025-06-05"),
    );
    assert_eq!(statuses_and_dates(&r, "detention"), [("occurred", None)]);
    assert_all_dated(&r, "protest", "2020-08");
}

#[test]
fn officers_or_members_of_a_named_service_are_that_service() {
    for opening in [
        "Plainclothes officers of Egypt's National Security Agency",
        "Members of the National Security Agency",
    ] {
        let r = extract(
            &format!(
                "{opening} raided the Alexandria office of a local rights group on Tuesday \
                 afternoon, seizing computers and hard drives and taking its staff away."
            ),
            Some("2025-06-05"),
        );
        let agents: Vec<&str> = events(&r, "detention")
            .iter()
            .flat_map(|e| e.agents.iter().map(|x| name(&r, x)))
            .collect();
        assert_eq!(agents, ["National Security Agency"], "{opening}");
    }
}

#[test]
fn a_court_ordering_someone_held_before_trial_detains_them() {
    let r = extract(
        "A court in Tomsk on Tuesday placed Pavel Shestakov, a geography lecturer and longtime \
         environmental campaigner, under house arrest for two months.\nIn Algiers, an \
         investigating judge placed Nabil Amara in pretrial detention in March.\nOn Wednesday a \
         judge ordered Ece Karaca jailed pending trial.",
        Some("2025-11-20"),
    );
    assert_among(
        &r,
        "detention",
        &["Pavel Shestakov", "Nabil Amara", "Ece Karaca"],
    );
}

#[test]
fn names_listed_after_a_colon_are_those_kept_in_custody() {
    let r = extract(
        "Most of the 30 people police rounded up in Volgograd were let go. Three were kept \
         overnight: Valentina Obukhova, a 71-year-old retired nurse; Artyom Lisitsyn, a student \
         at Volgograd State University; and Rinat Fayzullin, a volunteer.",
        Some("2025-02-18"),
    );
    let detained = subjects_of(&r, "detention");
    for name in ["Valentina Obukhova", "Artyom Lisitsyn", "Rinat Fayzullin"] {
        assert!(detained.iter().any(|d| d == name), "{detained:?}");
    }
    assert_none(&r, "raid");
}

#[test]
fn those_taken_away_is_a_participle_of_detention() {
    let r = extract(
        "Soldiers raided the Chanayethazan ward of Mandalay on Friday. Among those taken away \
         were Ko Min Khant Zaw, 22, a motorbike-taxi driver, and his neighbour Ko Aung Thu \
         Lwin, 19, a university student.",
        Some("2024-12-07"),
    );
    let detained = subjects_of(&r, "detention");
    for name in ["Ko Min Khant Zaw", "Ko Aung Thu Lwin"] {
        assert!(detained.iter().any(|d| d == name), "{detained:?}");
    }
}

#[test]
fn a_name_before_a_common_noun_in_the_citys_is_a_site_not_a_town() {
    let r = extract(
        "KRASNODAR, Russia — Anna Kovrigina was detained by police on Feb. 24 as she stood \
         near the city’s Aurora cinema holding blank sheets of paper, OVD-Info said.",
        Some("2024-02-26"),
    );
    let detention = &events(&r, "detention")[0];
    assert_eq!(name(&r, detention.place.as_deref().unwrap()), "Krasnodar");
}

#[test]
fn a_reporter_for_a_news_site_is_a_person() {
    let r = extract(
        "Police detained Dániel Szabó, a reporter for the news site Telex, as he filmed \
         officers removing a banner in Budapest on Saturday.",
        Some("2025-11-17"),
    );
    assert_eq!(subjects_of(&r, "detention"), ["Dániel Szabó"]);
}

#[test]
fn a_pronoun_between_take_and_into_custody_is_the_one_detained() {
    let r = extract(
        "Police raided the Lahore home of Hina Shaukat, the head of the party's women's wing, \
         and took her into custody.",
        Some("2025-08-05"),
    );
    assert_eq!(subjects_of(&r, "detention"), ["Hina Shaukat"]);
}

#[test]
fn persons_named_among_the_detained_share_the_groups_arrest() {
    let r = extract(
        "Police in Brest detained at least six people on Wednesday. Among the detained are IT \
         specialist Andrei Paulau and schoolteacher Ihar Sakalouski.",
        Some("2025-09-12"),
    );
    let detained = subjects_of(&r, "detention");
    for name in ["Andrei Paulau", "Ihar Sakalouski"] {
        assert!(detained.iter().any(|d| d == name), "{detained:?}");
    }
    assert_all_dated(&r, "detention", "2025-09-10");
}

#[test]
fn a_count_of_them_is_part_of_the_crowd_just_told() {
    let r = extract(
        "The detained men are Rustem Abduraimov, Server Memetov and Lenur Osmanov. On July 11 \
         a court in Simferopol ordered them held in custody. Around 30 relatives gathered \
         outside the courthouse; police detained two of them for several hours.",
        Some("2024-07-12"),
    );
    let police = events(&r, "detention")
        .into_iter()
        .filter(|e| e.agents.iter().any(|g| name(&r, g) == "police"))
        .flat_map(|e| e.subjects.iter().map(|s| name(&r, s).to_string()))
        .collect::<Vec<_>>();
    // (Two of the relatives, counted as told: not the three men named before.)
    assert_eq!(police, ["two of them"]);
}

#[test]
fn the_three_held_in_custody_are_the_three_just_named() {
    let r = extract(
        "The FSB searched the homes of four Crimean Tatar men in Dzhankoi on July 9 and \
         detained three of them. The detained men are Rustem Abduraimov, Server Memetov and \
         Lenur Osmanov. On July 11, the Kievsky District Court of \
         Simferopol ordered the three held in custody for two months.",
        Some("2024-07-12"),
    );
    let by_court: Vec<&Event> = events(&r, "detention")
        .into_iter()
        .filter(|e| e.agents.iter().any(|g| name(&r, g).contains("Court")))
        .collect();
    let held: Vec<&str> = by_court
        .iter()
        .flat_map(|e| e.subjects.iter().map(|s| name(&r, s)))
        .collect();
    assert_eq!(
        held,
        ["Rustem Abduraimov", "Server Memetov", "Lenur Osmanov"]
    );
    for e in by_court {
        assert_eq!(name(&r, e.place.as_deref().unwrap()), "Simferopol");
    }
    assert_eq!(events(&r, "raid").len(), 1, "only the search is a raid");
}

#[test]
fn the_year_someone_came_to_power_dates_nothing_else() {
    let r = extract(
        "KAMPALA, Jan 15 (Example News) - Security forces detained at least three opposition \
         candidates as Ugandans went to the polls in an election in which President Yoweri \
         Museveni, in power since 1986, is seeking another term.",
        Some("2026-01-15"),
    );
    let dates: Vec<Option<&str>> = events(&r, "detention").into_iter().map(date_of).collect();
    assert!(!dates.contains(&Some("1986")), "{dates:?}");
}

#[test]
fn a_custody_order_told_again_by_its_noun_is_one_detention() {
    let r = extract(
        "Police detained Dicle Ertaş on Tuesday. The court released Ertaş under judicial \
         control and ordered Mehmet Aydın and three colleagues held in pre-trial detention.",
        Some("2023-05-06"),
    );
    let aydin: Vec<&Event> = events(&r, "detention")
        .into_iter()
        .filter(|e| e.subjects.iter().any(|s| name(&r, s) == "Mehmet Aydın"))
        .collect();
    assert_eq!(aydin.len(), 1, "{aydin:?}");
}

#[test]
fn a_name_right_after_an_outlets_common_noun_is_the_outlet() {
    let r = extract(
        "Police raided the Istanbul home of Selin Koç, a reporter for the online news site \
         Kampüs Gazetesi, before dawn on Tuesday and detained her.",
        Some("2025-10-16"),
    );
    let outlet = r
        .entities
        .iter()
        .find(|e| e.name == "Kampüs Gazetesi")
        .unwrap();
    assert_eq!(outlet.kind, EntityKind::Organization);
    assert_eq!(subjects_of(&r, "detention"), ["Selin Koç"]);
}

#[test]
fn the_channel_a_verb_names_in_apposition_is_an_outlet() {
    let r = extract(
        "The KGB had earlier declared the channel, Hrodna Zvon, an “extremist formation.” \
         Volha Marchuk was charged last week with financing it. She has not been detained.",
        Some("2024-05-10"),
    );
    let channel = r.entities.iter().find(|e| e.name == "Hrodna Zvon").unwrap();
    assert_eq!(channel.kind, EntityKind::Organization);
    assert_eq!(subjects_of(&r, "detention"), ["Volha Marchuk"]);
}

#[test]
fn the_agency_a_dateline_credits_is_no_participant() {
    let r = extract(
        "SANTA CRUZ, Bolivia, May 29 (Example News) - A judge in La Paz has ordered a leader of \
         the civic movement, Marcelo Suárez Roca, held in pretrial detention for six months.",
        Some("2024-05-29"),
    );
    assert!(r
        .entities
        .iter()
        .all(|e| e.name != "News" && e.name != "Example News"));
    assert_eq!(subjects_of(&r, "detention"), ["Marcelo Suárez Roca"]);
}

#[test]
fn a_person_a_quoted_charge_names_is_no_subject() {
    let r = extract(
        "Prime Minister Sheikh Hasina visited Rajshahi in July. In August, police in Rajshahi \
         detained university lecturer Mahbub Alam for \"defaming the prime minister\" in a \
         classroom remark.",
        Some("2023-12-30"),
    );
    assert_eq!(subjects_of(&r, "detention"), ["Mahbub Alam"]);
}

#[test]
fn a_syllabic_given_name_that_is_an_english_word_still_names() {
    let r = extract(
        "Lam Ka-wing was arrested by officers from the police National Security Department at \
         his home on Monday. Police later arrested Chan Ka-wing, a student.",
        Some("2026-01-21"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Lam Ka-wing", "Chan Ka-wing"]
    );
}

#[test]
fn taken_for_questioning_is_a_detention() {
    let r = extract(
        "National security police searched the office of the Labour Rights Concern Group on \
         Wednesday morning and took its coordinator, Cheung Mei-ling, in for questioning. On \
         Thursday officers searched the flat of Anastasia Kirsanova and took her for \
         questioning.",
        Some("2026-01-23"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Cheung Mei-ling", "Anastasia Kirsanova"]
    );
}

#[test]
fn a_hyphened_group_noun_opening_a_sentence_names_no_one() {
    let r = extract(
        "Galina Solovyova, 67, stood outside the railway station with a piece of cardboard on \
         February 2. Passers-by filmed her. She was detained on February 11.",
        Some("2025-02-14"),
    );
    assert!(persons(&r).iter().all(|p| *p != "Passers-by"));
    assert_eq!(subjects_of(&r, "detention"), ["Galina Solovyova"]);
}

#[test]
fn names_after_and_with_a_place_of_their_own_share_the_verb_there() {
    let r = extract(
        "Nurzhan Baimukhanov and Raushan Tulegenova were detained in Oskemen in November, and \
         Serik Zhumabayev and Yerbol Akhmetov in Semey, the city formerly known as Semipalatinsk, in the same week.\n\n\
         Officers detained Bakyt Toktogulov and Aidai Sydykova in Bishkek on January 16, and \
         Gulzat Asanalieva and Emil Mamytov in the southern city of Osh on the same day.",
        Some("2025-03-06"),
    );
    let place_of = |who: &str| {
        events(&r, "detention")
            .into_iter()
            .find(|e| e.subjects.iter().any(|s| name(&r, s) == who))
            .and_then(|e| e.place.as_deref().map(|p| name(&r, p).to_string()))
    };
    for (who, place) in [
        ("Nurzhan Baimukhanov", "Oskemen"),
        ("Raushan Tulegenova", "Oskemen"),
        ("Serik Zhumabayev", "Semey"),
        ("Yerbol Akhmetov", "Semey"),
        ("Bakyt Toktogulov", "Bishkek"),
        ("Aidai Sydykova", "Bishkek"),
        ("Gulzat Asanalieva", "Osh"),
        ("Emil Mamytov", "Osh"),
    ] {
        assert_eq!(place_of(who).as_deref(), Some(place), "{who}");
    }
}

#[test]
fn a_spelling_after_a_places_apposition_is_that_place() {
    let r = extract(
        "Separately, police in Ganja, Azerbaijan's second-largest city, also spelled Gəncə, \
         detained the head of the party's local branch, Ilgar Abbasov, on Sunday as he left \
         his home.",
        Some("2025-10-14"),
    );
    assert!(persons(&r).iter().all(|p| *p != "Gəncə"));
    assert_eq!(subjects_of(&r, "detention"), ["Ilgar Abbasov"]);
}

#[test]
fn a_list_of_the_detained_runs_past_a_dashed_aside() {
    let r = extract(
        "Police in Baku detained about 20 people at a picket on Saturday. Among those detained \
         at the picket were party board member Elshan Rzayev, activist Nijat Gurbanov — also \
         written Nicat Qurbanov — and Samira Huseynova, a retired teacher.",
        Some("2025-10-13"),
    );
    let named: Vec<_> = subjects_of(&r, "detention")
        .into_iter()
        .filter(|s| !s.contains("people"))
        .collect();
    assert_eq!(
        named,
        ["Elshan Rzayev", "Nijat Gurbanov", "Samira Huseynova"]
    );
}

#[test]
fn a_search_first_told_in_the_headline_lends_its_day_to_the_arrest_beside_it() {
    let r = extract(
        "Kyrgyz security service raids broadcaster Ordo TV\n\nBISHKEK (example-news) — \
         Officers of Kyrgyzstan's State Committee for National Security searched the offices \
         of the independent broadcaster Ordo TV in Bishkek on January 22 and detained five of \
         its employees, colleagues said.",
        Some("2025-01-25"),
    );
    assert_all_dated(&r, "detention", "2025-01-22");
}

#[test]
fn a_plural_possessor_and_a_feasts_eve_are_no_subjects() {
    let r = extract(
        "Police detained Irina Morozova in a café on New Year's Eve. Police arrested Tanvir \
         Ahmed at his parents' home in Rajshahi on Monday.",
        Some("2024-01-10"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Irina Morozova", "Tanvir Ahmed"]
    );
}

#[test]
fn what_should_not_be_done_tells_no_happening() {
    let r = extract(
        "The Ethiopian Human Rights Commission called for the restoration of internet access \
         and said journalists \"should not be detained for their work\".",
        Some("2024-08-06"),
    );
    assert_none(&r, "detention");
}

#[test]
fn an_arrest_told_with_a_raid_by_two_bodies_is_both_bodies() {
    let r = extract(
        "Ko Aung Kyaw Moe was arrested on Oct. 28 when soldiers and police raided his flat in \
         Mandalay.",
        Some("2024-11-02"),
    );
    let detention = events(&r, "detention")[0];
    let agents: Vec<&str> = detention.agents.iter().map(|x| name(&r, x)).collect();
    assert_eq!(agents, ["soldiers", "police"]);
}

#[test]
fn sebin_and_the_dgre_are_security_services() {
    let r = extract(
        "María Fernanda Rondón, a neighbourhood organiser, was taken from her home on July 31 by \
         agents of the SEBIN intelligence service. Mbarga Essomba was arrested in Douala on \
         Feb. 9 by agents of the General Directorate for External Research (DGRE).",
        Some("2024-08-10"),
    );
    for e in events(&r, "detention") {
        assert!(
            e.agents
                .iter()
                .any(|x| entity(&r, x).category.as_deref() == Some("security_service")),
            "{:?}",
            e.agents
        );
    }
}

#[test]
fn a_date_in_a_relative_clause_before_the_verb_is_the_clauses() {
    let r = extract(
        "Aliaksei Shved, a software developer who moved to Vilnius in 2021, was detained by \
         police at the Kamenny Log border crossing on 2 August as he drove back to visit his \
         mother. Arina Lyubimova, who was filming with him on Sunday, was held for three hours.",
        Some("2025-08-05"),
    );
    let date_of_subject = |who: &str| {
        events(&r, "detention")
            .into_iter()
            .find(|e| e.subjects.iter().any(|s| name(&r, s) == who))
            .and_then(|e| date_of(e).map(str::to_string))
    };
    assert_eq!(
        date_of_subject("Aliaksei Shved").as_deref(),
        Some("2025-08-02")
    );
    assert_eq!(
        date_of_subject("Arina Lyubimova").as_deref(),
        Some("2025-08-03")
    );
}

#[test]
fn custody_a_court_orders_over_a_long_list_is_its_own_detention() {
    let r = extract(
        "Police in Izmir detained eleven students on Monday. Among those detained were Deniz \
         Arslan, a 20-year-old law student, and Burak Tekin, a member of the student council.\n\n\
         On Wednesday a criminal judgeship of peace ordered Arslan, who had spoken at the \
         rally, and Tekin, who had filmed it, jailed pending trial on charges of \"resisting \
         police officers\".",
        Some("2025-03-14"),
    );
    let by_court = |e: &Event| e.agents.iter().any(|x| name(&r, x).contains("judgeship"));
    let detentions = events(&r, "detention");
    let ordered: Vec<_> = detentions.iter().filter(|e| by_court(e)).collect();
    assert_eq!(ordered.len(), 2, "{detentions:?}");
    assert!(ordered.iter().all(|e| date_of(e) == Some("2025-03-12")));
    // The arrests by police stay events of their own.
    assert!(
        detentions
            .iter()
            .filter(|e| !by_court(e) && date_of(e) == Some("2025-03-10"))
            .count()
            >= 2,
        "{detentions:?}"
    );
}

#[test]
fn those_included_in_a_count_are_the_named_only() {
    let r = extract(
        "Among the marchers detained on Monday were Ece Yalçın, a sociology student, and Mert \
         Kaya, a council member. On Wednesday a court ordered 14 of them, including Yalçın, \
         jailed pending trial. The others, among them Kaya, were released under judicial \
         control.",
        Some("2025-10-17"),
    );
    let ordered: Vec<_> = events(&r, "detention")
        .into_iter()
        .filter(|e| date_of(e) == Some("2025-10-15"))
        .collect();
    assert!(!ordered.is_empty());
    assert!(
        ordered
            .iter()
            .all(|e| e.subjects.iter().all(|x| name(&r, x) != "Mert Kaya")),
        "{ordered:?}"
    );
}

#[test]
fn those_who_were_among_dozens_arrested_were_arrested() {
    let r = extract(
        "Yoandri Garcés Matos, a motorcycle taxi driver, was sentenced to ten years. Dayana \
         Pérez Rivero was sentenced to eight years.\n\nGarcés and Pérez were among dozens \
         arrested by state security agents in the days that followed.",
        Some("2025-03-20"),
    );
    let detained = events(&r, "detention");
    let names: Vec<&str> = detained
        .iter()
        .flat_map(|e| e.subjects.iter().map(|s| name(&r, s)))
        .collect();
    assert_eq!(names, ["Yoandri Garcés Matos", "Dayana Pérez Rivero"]);
    assert!(detained.iter().all(|e| e
        .agents
        .iter()
        .all(|x| name(&r, x) != "Yoandri Garcés Matos")));
}

#[test]
fn the_court_that_renews_a_detention_holds_the_detained_and_grants_bail_itself() {
    let r = extract(
        "An investigating judge at the Tunis Court of First Instance on Tuesday extended by \
         four months the pre-trial detention of Slim Jebali, a union official.",
        Some("2024-02-09"),
    );
    let held = events(&r, "detention");
    assert_eq!(held.len(), 1, "{held:?}");
    assert!(held[0]
        .agents
        .iter()
        .any(|x| name(&r, x).contains("Court") || name(&r, x) == "judge"));
    let r = extract(
        "Police detained nine activists in Bangkok on Friday. On Sunday the Criminal Court \
         rejected a police request to detain the nine for 12 days and granted them bail on a \
         surety of 35,000 baht each.",
        Some("2025-03-04"),
    );
    let freed = events(&r, "release");
    assert!(!freed.is_empty());
    assert!(
        freed
            .iter()
            .all(|e| names(&r, &e.agents).iter().all(|&x| x == "Criminal Court")),
        "{freed:?}"
    );
}

#[test]
fn a_district_told_as_part_of_a_city_is_placed_in_the_city() {
    let r = extract(
        "TASHKENT - Police detained blogger Dilshod Rakhimov on October 2 outside his home in \
         the capital's Yunusabad district and searched his flat.",
        Some("2025-10-10"),
    );
    let detained = events(&r, "detention");
    assert!(!detained.is_empty());
    assert!(detained
        .iter()
        .all(|e| e.place.as_deref().map(|p| name(&r, p)) == Some("Tashkent")));
}

#[test]
fn an_airport_is_a_site_in_its_city_not_a_body() {
    let r = extract(
        "Kirill Mokhov, 31, a former IT engineer from Chelyabinsk, was detained by Georgian \
         border police at Tbilisi International Airport on Tuesday as he returned from a \
         conference in Yerevan.",
        Some("2026-02-05"),
    );
    let held = events(&r, "detention");
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(name(&r, held[0].place.as_deref().unwrap()), "Tbilisi");
    let agents: Vec<&str> = held[0].agents.iter().map(|x| name(&r, x)).collect();
    assert!(!agents.iter().any(|n| n.contains("Airport")), "{agents:?}");
}

#[test]
fn the_day_a_report_was_given_dates_no_happening() {
    // "told reporters on Friday" dates the telling; the searches and detentions are
    // Tuesday's, and so is what "the same day" tells after them.
    let r = extract(
        "BISHKEK — Officers of the State Committee for National Security on Tuesday searched \
         the office of the online outlet Bashat Media and detained its editor, Ulan Sydykov, \
         the outlet's lawyer told reporters on Friday.\n\n\
         A video editor, Kanykei Mamytova, was detained the same day in Osh, the lawyer said.",
        Some("2026-01-16"),
    );
    assert_all_dated(&r, "detention", "2026-01-13");
    assert_all_dated(&r, "raid", "2026-01-13");
}

#[test]
fn what_happened_to_someone_before_is_another_episode() {
    let r = extract(
        "Three weeks after police took the lay leader Ernesto Obando from his home in \
         Matagalpa, his family has still not been allowed to see him.\n\n\
         It is not the first time Obando has been jailed. He was arrested in 2018 during the \
         protests against the government and freed in June 2019 under an amnesty law.",
        Some("2025-06-12"),
    );
    // The recent arrest, undated, is not the 2018 one.
    let dates: Vec<_> = events(&r, "detention").into_iter().map(date_of).collect();
    assert_eq!(dates.len(), 2);
    assert!(dates.contains(&None) && dates.contains(&Some("2018")));
}

#[test]
fn taken_to_a_police_bureau_in_a_part_of_the_capital() {
    let r = extract(
        "Ethiopian federal police raided the Addis Ababa office of the weekly Addis Negat on \
         March 10, colleagues said.\n\n\
         Its editor, Bekele Alemu, was taken to the Federal Police Crime Investigation Bureau \
         in the Mexico area of the capital.",
        Some("2025-03-14"),
    );
    let e = event_of(&r, "detention", "Bekele Alemu");
    assert_eq!(name(&r, e.place.as_deref().unwrap()), "Addis Ababa");
}

#[test]
fn custody_a_court_orders_is_on_the_charge_told_before() {
    let r = extract(
        "BISHKEK — Security officers on Tuesday detained the editor of Ayt Media, Aizada \
         Beishenova, and its cameraman, Erlan Moldokulov.\n\n\
         Both were charged on Wednesday with \"public calls for mass riots\". On Thursday, the \
         Pervomaisky district court ordered both held in pre-trial detention for two months.",
        Some("2025-02-21"),
    );
    let court_ordered: Vec<_> = events(&r, "detention")
        .into_iter()
        .filter(|e| e.agents.iter().any(|g| name(&r, g).contains("court")))
        .collect();
    assert_eq!(court_ordered.len(), 2);
    for e in court_ordered {
        assert_eq!(e.charge.as_deref(), Some("public calls for mass riots"));
    }
}

#[test]
fn persons_in_apposition_to_a_group_share_its_arrest() {
    let r = extract(
        "BULAWAYO — Police arrested 17 vendors at a march on Saturday.\n\n\
         Two other traders arrested on Saturday, Precious Dube and Lovemore Sibanda, were not \
         taken to court.",
        Some("2026-02-19"),
    );
    let named: Vec<_> = subjects_of(&r, "detention")
        .into_iter()
        .filter(|s| s == "Precious Dube" || s == "Lovemore Sibanda")
        .collect();
    assert_eq!(named, ["Precious Dube", "Lovemore Sibanda"]);
}

#[test]
fn an_accusation_told_of_a_noun_does_not_make_the_arrest_after_it_alleged() {
    let r = extract(MACAU_CHAT_GROUP, Some("2025-03-14"));
    let statuses = statuses(&r, "detention");
    assert!(
        !statuses.is_empty() && statuses.iter().all(|s| *s == "occurred"),
        "{statuses:?}"
    );
}

#[test]
fn the_last_week_of_a_month_is_in_that_month() {
    let r = extract(SITRA_VERDICT, Some("2023-11-29"));
    assert_all_dated(&r, "detention", "2023-10");
}

#[test]
fn most_of_the_defendants_are_none_of_them_in_particular() {
    let r = extract(SITRA_VERDICT, Some("2023-11-29"));
    let arrested = subjects_of(&r, "detention");
    assert!(
        !arrested.is_empty()
            && !arrested
                .iter()
                .any(|s| s.contains("Radhi") || s.contains("Jaafar")),
        "{arrested:?}"
    );
}

#[test]
fn a_relative_clause_about_the_protest_is_dated_by_the_protest_not_the_verdict() {
    let r = extract(SUMGAYIT_ROAD_BLOCK, Some("2024-05-08"));
    assert_all_dated(&r, "detention", "2024-05-06");
    assert_eq!(
        date_of(event_of(&r, "protest", "Elvin Mammadli")),
        Some("2024-05-06")
    );
}

#[test]
fn among_the_counted_are_members_of_the_group_of_that_count() {
    let r = extract(
        "MUTARE — Police dispersed a march of traders with tear gas on Saturday and arrested 12 \
         people.\n\nThe 12 were taken to Mutare Central Police Station. Among the 12 are \
         Tendai Mushonga, a vendors' leader, and Rufaro Chikore, a student.",
        Some("2026-02-19"),
    );
    let arrested = subjects_of(&r, "detention");
    for who in ["Tendai Mushonga", "Rufaro Chikore"] {
        assert!(arrested.iter().any(|s| s == who), "{arrested:?}");
    }
}

#[test]
fn those_whose_march_was_dispersed_did_not_make_the_arrests() {
    let r = extract(
        "Police dispersed a march of traders with tear gas on Saturday and arrested 12 people.",
        None,
    );
    let agents: Vec<&str> = events(&r, "detention")
        .iter()
        .flat_map(|e| e.agents.iter())
        .map(|x| name(&r, x))
        .collect();
    assert_eq!(agents, ["police"]);
}

#[test]
fn an_offence_in_a_body_s_name_is_no_charge() {
    let r = extract(
        "QUETTA — Men in plain clothes belonging to the Counter Terrorism Department detained \
         activist Gul Bibi in Turbat on Friday.",
        None,
    );
    assert_eq!(charges_of(&r, "detention"), [None]);
}

#[test]
fn what_did_not_happen_is_dated_by_the_day_its_sentence_tells() {
    let r = extract(
        "SFAX — The lawyer Aboubakr Jlassi had been called in for questioning over the same \
         post on May 9, but he was not detained.",
        Some("2025-05-16"),
    );
    assert_eq!(
        statuses_and_dates(&r, "detention"),
        [("negated", Some("2025-05-09"))]
    );
}

#[test]
fn a_family_name_told_alone_is_the_person_not_a_town_it_begins() {
    let r = extract(
        "URUMQI — Chen Yuhua, a music teacher, joined hundreds of residents who gathered outside \
         the city government on Nov. 25, 2022. Police detained Chen days later, and a court in \
         Urumqi sentenced her to three years.",
        None,
    );
    assert_eq!(subjects_of(&r, "detention"), ["Chen Yuhua"]);
    assert!(
        entity_names(&r, EntityKind::Place)
            .iter()
            .all(|p| !p.starts_with("Chen")),
        "{:?}",
        entity_names(&r, EntityKind::Place)
    );
}

#[test]
fn an_arrest_the_police_say_did_not_happen_is_denied_not_told_twice() {
    let r = extract(
        "DAR ES SALAAM — Men in police uniform bundled the opposition youth leader Deusdedit \
         Mushi into a car outside his home on Tuesday night, his family said. Police said in a \
         statement on Wednesday that Mushi \"has not been arrested by the police\".",
        Some("2024-06-20"),
    );
    assert_eq!(statuses(&r, "detention"), ["denied"]);
}

#[test]
fn not_her_first_arrest_tells_no_arrest_of_its_own() {
    let r = extract(
        "RASHT — Police detained the reporter Mahsa Khorramdel at her home on Monday, her \
         family said. It was not her first arrest, police told reporters.",
        Some("2023-04-20"),
    );
    assert_eq!(statuses(&r, "detention"), ["occurred"]);
}

#[test]
fn a_month_written_with_mid_and_a_hyphen_dates_its_event() {
    let r = extract(
        "CAIRO — Officers of the public morals police arrested the TikTok creator Mariam Adel at \
         her home in Giza in mid-April.",
        Some("2023-08-10"),
    );
    assert_all_dated(&r, "detention", "2023-04");
}

#[test]
fn an_arrest_told_before_any_enforcer_is_by_the_one_named_just_after() {
    let r = extract(
        "\"They put a hood over my head,\" said Rosa Condori, a peasant leader who was detained \
         on Friday in Cochabamba.\n\nCondori was among at least 60 people arrested when police \
         moved in to clear highway blockades.",
        Some("2024-11-04"),
    );
    let e = event_of(&r, "detention", "Rosa Condori");
    let agents: Vec<&str> = e.agents.iter().map(|x| name(&r, x)).collect();
    assert_eq!(agents, ["police"]);
}

#[test]
fn all_those_named_among_a_group_share_its_arrest_past_a_relative_clause() {
    let r = extract(
        "ZUGDIDI — Officers detained eight people, among them Lasha Chkadua, who had stood for \
         the city council for an opposition list, and Eka Todua, a schoolteacher.",
        Some("2025-10-06"),
    );
    let arrested = subjects_of(&r, "detention");
    for who in ["Lasha Chkadua", "Eka Todua"] {
        assert!(arrested.iter().any(|s| s == who), "{arrested:?}");
    }
}

#[test]
fn not_her_first_encounter_starts_another_episode() {
    let r = extract(
        "BISHKEK — On Tuesday, GKNB officers searched the office of Ayt Media in Bishkek. They \
         detained its editor, Aizada Beishenova.\n\nFor Beishenova, 36, it is not the first \
         encounter with the security service. In October 2022 she was detained for two days \
         after reporting on the reservoir deal.",
        Some("2025-02-20"),
    );
    let mut dates: Vec<Option<&str>> = events(&r, "detention").iter().map(|e| date_of(e)).collect();
    dates.sort();
    assert_eq!(dates, [Some("2022-10"), Some("2025-02-18")]);
}

#[test]
fn a_report_the_state_denies_is_denied() {
    let r = extract(
        "BAKU — Police detained the journalist Elnur Gasimov at the airport on Sunday. The \
         Interior Ministry denied reports that his wife, Leyla Gasimova, had been detained with \
         him, saying she had left the terminal freely.",
        Some("2025-06-18"),
    );
    assert_eq!(event_of(&r, "detention", "Leyla Gasimova").status, "denied");
}

#[test]
fn a_denied_detention_with_someone_is_dated_by_theirs() {
    let r = extract(
        "BAKU — Police detained the journalist Elnur Gasimov at the airport on Sunday. The \
         Interior Ministry denied reports that his wife, Leyla Gasimova, had been detained with \
         him, saying she had left the terminal freely.",
        Some("2025-06-18"),
    );
    assert_eq!(
        date_of(event_of(&r, "detention", "Leyla Gasimova")),
        Some("2025-06-15")
    );
}

#[test]
fn a_place_named_to_say_where_another_lies_is_not_the_event_s() {
    let r = extract(
        "Police in Sumgait, an industrial town north of Baku, detained the activist Elnur \
         Mammadov on Tuesday, his lawyer said.",
        Some("2025-03-06"),
    );
    assert_eq!(place_names(&r, "detention"), ["Sumgait"]);
}

#[test]
fn an_irregular_participle_after_a_name_tells_of_that_name() {
    let r = extract(
        "The court renewed the detention of 23 defendants. Among them are translator Hoda \
         Mansour, held since September 2022, and pharmacist Tarek el-Sayed.",
        Some("2024-02-16"),
    );
    let held = events(&r, "detention")
        .into_iter()
        .find(|e| date_of(e) == Some("2022-09"))
        .expect("a detention since September 2022");
    assert_eq!(names(&r, &held.subjects), ["Hoda Mansour"]);
    assert!(
        !names(&r, &held.agents).contains(&"Hoda Mansour"),
        "{:?}",
        names(&r, &held.agents)
    );
}

#[test]
fn all_three_are_accused_of_gives_the_three_last_named_their_charge() {
    let r = extract(
        "Mahmudul Hasan Rony and Farzana Akter Mitu were arrested in Dhaka on November 19 by \
         the Detective Branch. Abu Sayeed Bhuiyan was picked up by police in Narayanganj on \
         November 21. All three are accused under the Cyber Security Act of \"spreading \
         propaganda against the Liberation War\" and \"publishing false and offensive \
         information\".",
        Some("2023-12-06"),
    );
    assert_all_charged(
        &r,
        "detention",
        "spreading propaganda against the Liberation War and publishing false and offensive \
         information",
    );
}

#[test]
fn a_place_s_body_after_the_doer_is_not_the_body_it_serves() {
    let r = extract(
        "Samina Rind was detained by police outside the Quetta Press Club on Feb. 3 as she \
         addressed relatives of missing persons.",
        Some("2025-02-20"),
    );
    let held = event_of(&r, "detention", "Samina Rind");
    assert_eq!(names(&r, &held.agents), ["police"]);
}

#[test]
fn a_doer_told_as_no_one_negates_and_the_state_s_side_denies() {
    let r = extract(
        "The rally demanded the return of organiser Shahzain Baloch, who his family says was \
         taken away from a bus terminal in Turbat on October 11 by men in plain clothes. A \
         spokesman for the Balochistan government said on Sunday evening that \"no state \
         agency\" had detained Shahzain.",
        Some("2025-10-20"),
    );
    assert_eq!(statuses(&r, "detention"), ["denied"]);
}

#[test]
fn a_counted_part_of_them_is_a_group_of_that_count() {
    let r = extract(
        "Journalists Elif Kocabas and Mert Demir joined about 50 colleagues who protested \
         outside the offices in Ankara on Friday. Police used pepper spray to push them back \
         and briefly detained three of them, the union said.",
        Some("2025-12-06"),
    );
    assert_eq!(subjects_of(&r, "detention"), ["three of them"]);
    let count = events(&r, "detention")[0].count.as_ref().unwrap();
    assert_eq!((count.low, count.high), (Some(3), Some(3)));
}

#[test]
fn a_participle_set_off_after_a_name_keeps_its_own_day() {
    let r = extract(
        "BATUMI — Police detained 12 people at a rally on Saturday. Activist Davit Abuladze, \
         detained at the same rally, was fined 5,000 lari by a court on Sunday for disobeying \
         police orders.",
        Some("2025-03-17"),
    );
    assert_eq!(
        date_of(event_of(&r, "detention", "Davit Abuladze")),
        Some("2025-03-15")
    );
    assert_eq!(
        date_of(event_of(&r, "sentence", "Davit Abuladze")),
        Some("2025-03-16")
    );
}

#[test]
fn a_persons_past_happening_is_placed_where_the_report_is_set() {
    let r = extract(
        "YEKATERINBURG — Anastasia Krivosheina keeps a packed bag by the door.\n\nShe became a \
         familiar face in Russia's fourth-largest city in May 2019, when Krivosheina was \
         detained in a park where residents camped out to stop a cathedral from being \
         built.\n\nIn the September 2021 vote she came second to a United Russia candidate.",
        Some("2025-03-05"),
    );
    let places: Vec<(Option<&str>, &str)> = events(&r, "detention")
        .into_iter()
        .map(|e| (date_of(e), name(&r, e.place.as_deref().unwrap())))
        .collect();
    assert_eq!(places, [(Some("2019-05"), "Yekaterinburg")]);
}

#[test]
fn a_place_set_on_a_citys_outskirts_is_kept_by_its_name() {
    let r = extract(
        "DHAKA — Two union leaders were sent to jail on Wednesday, a day after police in \
         Ashulia, on the industrial outskirts of Dhaka, detained at least 38 garment workers.",
        Some("2025-03-06"),
    );
    assert_eq!(place_names(&r, "detention"), ["Ashulia"]);
}

#[test]
fn a_vague_count_before_a_verb_gives_way_to_the_day_told_with_it() {
    let r = extract(
        "The ruling came days after intelligence officers detained the poet Sultan al-Nuaimi \
         at the airport near Amman on March 4, as he arrived from Istanbul.",
        Some("2025-03-20"),
    );
    assert_eq!(
        statuses_and_dates(&r, "detention"),
        [("occurred", Some("2025-03-04"))]
    );
}

#[test]
fn arrests_told_around_the_country_stay_the_countrys() {
    let r = extract(
        "MAPUTO — Mozambique's police killed 11 people in Nampula on Monday. A police \
         spokesman said 218 people had been arrested around the country since the protests \
         began, while Rui Mondlane was arrested during the nationwide protests in Nampula.",
        Some("2024-11-08"),
    );
    assert_eq!(place_names(&r, "detention"), ["Mozambique", "Nampula"]);
}

#[test]
fn the_city_of_an_arrest_is_the_one_its_sentence_named() {
    let r = extract(
        "MANAGUA — Freddy Altamirano was freed from La Modelo prison in Tipitapa on Monday. \
         Altamirano, a 58-year-old agronomist from Matagalpa, was arrested by the National \
         Police in the city on November 2, 2023, after criticising the government.",
        Some("2024-11-08"),
    );
    assert_eq!(place_names(&r, "detention"), ["Matagalpa"]);
}

#[test]
fn soldiers_act_for_the_army_the_report_named() {
    let r = extract(
        "KAMPALA — The Uganda People's Defence Forces said it was hunting critics online. \
         Soldiers detained TikToker Edward Awebwa at his home in Jinja on Monday.",
        Some("2024-06-20"),
    );
    let arrests = events(&r, "detention");
    assert_eq!(arrests.len(), 1);
    assert!(names(&r, &arrests[0].agents).contains(&"Uganda People's Defence Forces"));
}

#[test]
fn later_that_month_and_the_following_year_count_from_the_date_just_told() {
    let r = extract(
        "Security officers detained Farrukh Nazarov in Khujand on September 4, 2023. \
         His sister Gulnora Qodirova was detained in Khujand later that month. \
         Their cousin Umed Rustamov was arrested the following year.",
        Some("2025-02-10"),
    );
    assert_eq!(
        subjects_and_dates(&r, "detention"),
        [
            ("Farrukh Nazarov".to_string(), Some("2023-09-04")),
            ("Gulnora Qodirova".to_string(), Some("2023-09")),
            ("Umed Rustamov".to_string(), Some("2024")),
        ]
    );
}

#[test]
fn a_headlines_undated_arrest_of_a_bare_group_is_the_bodys_arrest() {
    let r = extract(
        "Observers detained in Rustavi as ruling party claims mayoralty\n\n\
         RUSTAVI, Georgia — Police detained two election observers, Nino Beridze and Levan \
         Kapanadze, at a polling station in Rustavi on Sunday.",
        Some("2025-10-06"),
    );
    let arrests = events(&r, "detention");
    assert_eq!(
        arrests.len(),
        2,
        "{:?}",
        arrests
            .iter()
            .map(|e| names(&r, &e.subjects))
            .collect::<Vec<_>>()
    );
    for e in arrests {
        assert_eq!(names(&r, &e.subjects).len(), 1);
    }
}

#[test]
fn a_first_paragraph_ending_in_a_quotation_is_no_headline() {
    let r = extract(
        "Police in Brest have detained at least 14 people in a sweep against subscribers of a \
         banned Telegram channel, the rights centre Viasna said, calling it “a punitive raid.”\n\n\
         Officers took Ales Kavalchuk and Tatsiana Hrynevich from their homes.",
        Some("2024-02-19"),
    );
    let arrests = events(&r, "detention");
    assert!(
        arrests
            .iter()
            .any(|e| names(&r, &e.subjects) == ["at least 14 people"]),
        "{:?}",
        arrests
            .iter()
            .map(|e| names(&r, &e.subjects))
            .collect::<Vec<_>>()
    );
}

#[test]
fn two_of_its_reporters_named_next_are_those_two_and_no_third_record() {
    let r = extract(
        "ISTANBUL - Anti-terrorism police on Tuesday raided the office of the news agency \
         Kizilirmak Haber and detained two of its reporters, Rojda Aslan and Berk Yildiz.",
        Some("2025-09-25"),
    );
    let mut detained: Vec<_> = events(&r, "detention")
        .into_iter()
        .map(|e| names(&r, &e.subjects).join(", "))
        .collect();
    detained.sort();
    assert_eq!(detained, ["Berk Yildiz", "Rojda Aslan"]);
}

#[test]
fn a_day_or_hours_after_the_verdict_count_from_the_verdicts_day() {
    let r = extract(
        "A court in Batumi fined activist Tamar Beridze on Jan. 18. A day after the verdict, \
         police arrested her brother Levan Beridze.\n\n\
         A court in Kutaisi jailed Giorgi Lomidze on Jan. 20. Protesters gathered outside the \
         courthouse on Jan. 22. Hours after the verdict, police had detained his lawyer, Nino \
         Kapanadze.",
        Some("2026-01-25"),
    );
    assert_eq!(
        subjects_and_dates(&r, "detention"),
        [
            ("Levan Beridze".to_string(), Some("2026-01-19")),
            ("Nino Kapanadze".to_string(), Some("2026-01-20")),
        ]
    );
}

#[test]
fn a_relative_clause_after_an_apposition_leaves_the_named_person_the_detained() {
    let r = extract(
        "Samina Rind, 27, a medical student who has campaigned for the return of men she says \
         were abducted by security agencies, was detained by police outside the Quetta Press \
         Club on Feb. 3.",
        Some("2025-02-20"),
    );
    let arrests = events(&r, "detention");
    assert_eq!(arrests.len(), 1);
    assert_eq!(names(&r, &arrests[0].subjects), ["Samina Rind"]);
}

#[test]
fn was_himself_detained_is_a_passive_arrest() {
    let r = extract(
        "The brother, Hamid Ghasemi-Nejad, was himself detained by intelligence agents at his \
         home in Shiraz yesterday.",
        Some("2025-06-11"),
    );
    let arrests = events(&r, "detention");
    assert_eq!(arrests.len(), 1);
    assert_eq!(names(&r, &arrests[0].subjects), ["Hamid Ghasemi-Nejad"]);
    assert!(names(&r, &arrests[0].agents).contains(&"intelligence agents"));
}

#[test]
fn three_of_the_marchers_are_a_group_and_among_the_marchers_detained_no_doers() {
    let r = extract(
        "Thousands of students marched through Belgrade on Monday. Police detained three of the \
         marchers after scuffles at the entrance, among them Djordje Petrovic, a student.",
        Some("2025-01-29"),
    );
    let detained: Vec<_> = events(&r, "detention")
        .into_iter()
        .map(|e| names(&r, &e.subjects).join(", "))
        .collect();
    assert!(
        detained.contains(&"Djordje Petrovic".to_string()),
        "{detained:?}"
    );

    let r = extract(
        "Police broke up the march in Istanbul on Monday. Among the protesters detained were Ece \
         Karaca, a student, and Mert Aydogan.",
        Some("2025-01-29"),
    );
    let arrests = events(&r, "detention");
    assert_eq!(arrests.len(), 2);
    for e in arrests {
        assert_eq!(names(&r, &e.agents), ["police"]);
    }
}

#[test]
fn a_when_clause_sets_the_protest_on_the_day_before_it() {
    let r = extract(
        "They were among more than 40 students detained in Dakar on June 3, when gendarmes \
         entered the campus to break up a protest by several hundred students. Student union \
         leader Ibrahima Ba, who was arrested two days after the protest, remains in custody.",
        None,
    );
    let dated: Vec<_> = events(&r, "detention")
        .into_iter()
        .filter(|e| names(&r, &e.subjects) == ["Ibrahima Ba"])
        .map(date_of)
        .collect();
    assert_eq!(dated, [Some("--06-05")]);
}

#[test]
fn a_day_counted_from_an_unrecorded_deed_dates_nothing() {
    let r = extract(
        "Farhad Karimi, a retired teacher, was detained by security agents at his home in \
         Sari last month, two days after he gave an interview to a television channel based \
         abroad.",
        Some("2025-01-15"),
    );
    assert_all_dated(&r, "detention", "2024-12");
}

#[test]
fn an_airport_named_after_a_city_is_in_it_but_a_street_need_not_be() {
    let r = extract(
        "Pavel Lukashevich, who returned from Georgia, was detained on arrival at Minsk \
         National Airport on 17 July.",
        None,
    );
    assert_eq!(place_names(&r, "detention"), ["Minsk"]);
    let r = extract(
        "Police in Baku detained activist Elnur Aliyev on Tbilisi Avenue on Monday.",
        None,
    );
    assert_eq!(place_names(&r, "detention"), ["Baku"]);
}

#[test]
fn custody_told_with_no_charge_is_on_the_charge_laid_on_its_people_just_after() {
    let r = extract(
        "OSH, Kyrgyzstan — Security officers searched the office of the regional news site \
         Jarchy on Monday.\n\nThey detained its editor, Nurlan Toktosunov, and the reporter \
         Aizada Mamytova, who had been filming the search.\n\nOn Tuesday a district court \
         ordered both held for two months. Their lawyer said both had been charged with calls \
         for mass unrest, which carries up to eight years in prison.",
        Some("2025-04-16"),
    );
    let held: Vec<&Event> = events(&r, "detention")
        .into_iter()
        .filter(|e| date_of(e) == Some("2025-04-15"))
        .collect();
    assert_eq!(held.len(), 2);
    for e in held {
        assert_eq!(e.charge.as_deref(), Some("calls for mass unrest"));
    }
}

#[test]
fn all_charged_in_the_next_sentence_charges_each_arrested_person() {
    let r = extract(
        "HARARE — The bail hearing of opposition activists Godfrey Chikwanha and Rutendo Moyo \
         was postponed on Monday. The two were among 17 people arrested on June 16 when police \
         raided a home in Harare. All are charged with \"participating in a gathering with \
         intent to promote public violence\".",
        Some("2025-07-02"),
    );
    for who in ["Godfrey Chikwanha", "Rutendo Moyo"] {
        assert_eq!(
            event_of(&r, "detention", who).charge.as_deref(),
            Some("participating in a gathering with intent to promote public violence"),
            "{who}"
        );
    }
}

#[test]
fn the_counted_defendants_among_a_sweep_were_each_arrested_in_it() {
    let r = extract(
        "A Gweru magistrate on Tuesday convicted two vendors over a protest against the \
         demolition of market stalls, while a third vendor was acquitted.\n\nThe three were \
         among 19 vendors arrested on Aug. 14 when police broke up a march to the city \
         hall.\n\nFarai Ncube was fined 200 US dollars. Rudo Sibanda received a suspended \
         jail term of three months. Tapiwa Dube was acquitted after the magistrate ruled that \
         the state had failed to place him at the march.",
        Some("2025-09-10"),
    );
    assert_told(
        &r,
        "detention",
        &["19 vendors", "Farai Ncube", "Rudo Sibanda", "Tapiwa Dube"],
        "2025-08-14",
    );
    // (Or told as "They were among ...".)
    let r = extract(
        "A Dakar court on Monday gave a suspended sentence to one student and fined another. \
         They were among more than 40 students detained on June 3 when gendarmes entered the \
         campus.\n\nThe court sentenced Mamadou Sarr to two months in prison, suspended. Awa \
         Ndiaye was fined 50,000 CFA francs.",
        Some("2025-06-20"),
    );
    assert_told(
        &r,
        "detention",
        &["more than 40 students", "Mamadou Sarr", "Awa Ndiaye"],
        "2025-06-03",
    );
}

#[test]
fn one_named_among_a_crowd_is_held_on_the_crowds_charge() {
    let r = extract(
        "Police in Quetta detained dozens of protesters outside the press club on Sunday. \
         Among those detained was student leader Waseem Marri, who had led a march from the \
         university. A senior police officer said 38 people had been detained for violating a \
         ban on gatherings.",
        None,
    );
    let held = event_of(&r, "detention", "Waseem Marri");
    assert_eq!(
        held.charge.as_deref(),
        Some("violating a ban on gatherings")
    );
}

#[test]
fn them_after_the_pair_are_the_two_listed_with_asides() {
    let r = extract(
        "A regional court on Friday sentenced two activists: Aqylbek Tureniyazov, a \
         41-year-old agronomist (six years in prison), and Gulnara Seytmuratova, a retired \
         librarian (three years of restricted freedom).\nThe verdict was read out in a \
         courtroom in Nukus that was closed to journalists. Prosecutors charged the pair in \
         September 2022, two months after police detained them at their homes in Nukus.",
        Some("2023-03-20"),
    );
    for name in ["Aqylbek Tureniyazov", "Gulnara Seytmuratova"] {
        assert_eq!(date_of(event_of(&r, "detention", name)), Some("2022-07"));
    }
}

#[test]
fn a_subject_named_with_a_date_of_its_own_takes_it() {
    let r = extract(
        "Police arrested the activists Reinaldo Castellanos and Yoandri Fonseca at their homes \
         in Santiago on Aug. 18, and the blogger Dayana Díaz two days later.",
        Some("2024-08-25"),
    );
    assert_eq!(
        date_of(event_of(&r, "detention", "Yoandri Fonseca")),
        Some("2024-08-18")
    );
    assert_eq!(
        date_of(event_of(&r, "detention", "Dayana Díaz")),
        Some("2024-08-20")
    );
}

#[test]
fn a_small_detained_group_is_the_persons_told_of_next() {
    let r = extract(
        "Three reporters covering a strike by unpaid miners in Karaganda were detained by \
         police on Tuesday, colleagues said.\nMarat Seitov, a reporter for an independent \
         site, was fined 100,000 tenge for taking part in an unsanctioned gathering. \"They did \
         not care about my press card,\" Seitov said.\nPhotographer Dana Amirova was given \
         seven days of administrative arrest by a city court. Her lawyer said she would \
         appeal.\nThe third reporter, Ruslan Tokhtarov, was released without charge late on \
         Tuesday.",
        Some("2024-03-14"),
    );
    for name in ["Marat Seitov", "Dana Amirova", "Ruslan Tokhtarov"] {
        assert_eq!(date_of(event_of(&r, "detention", name)), Some("2024-03-12"));
    }
}

#[test]
fn those_inside_a_participle_phrase_on_the_held_are_not_held() {
    let r = extract(
        "Three reporters covering a strike by unpaid miners in Karaganda were detained by \
         police on Tuesday.",
        Some("2024-03-14"),
    );
    let held: Vec<String> = subjects_and_dates(&r, "detention")
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(held, vec!["Three reporters".to_string()]);
}

#[test]
fn a_detention_the_police_deny_is_one_detention_denied() {
    let r = extract(
        "Gulzar Baloch was seized from his hostel in Karachi on March 3 by men in plain \
         clothes, his sister said. A police spokesman denied that officers had detained Baloch, saying \
         he had left the hostel of his own accord.",
        Some("2025-03-09"),
    );
    assert_eq!(statuses(&r, "detention"), vec!["denied"]);
}

#[test]
fn the_one_excepted_from_a_denial_is_still_held() {
    let r = extract(
        "Police in Zhanaozen detained the strike leader Erlan Kasymov on Monday. The regional \
         police department denied that anyone other than Kasymov had been detained, saying \
         the others had left of their own accord.",
        Some("2025-03-09"),
    );
    assert_eq!(statuses(&r, "detention").first(), Some(&"occurred"));
}

#[test]
fn no_record_of_an_arrest_denies_it() {
    let r = extract(
        "Hamza Khokhar was picked up on March 9 by officers of the Counter Terrorism Department \
         (CTD), his family said. The CTD told the family's lawyer it had no record of his \
         arrest.",
        Some("2025-03-12"),
    );
    assert_eq!(statuses(&r, "detention"), vec!["denied"]);
}

#[test]
fn a_blanket_denial_by_the_police_denies_the_detention_told_before() {
    let r = extract(
        "About 50 journalists protested outside the ministry in Ankara on Friday. Police \
         briefly detained three of them, the journalists' union said. The Ankara police \
         department denied that any journalist had been detained.",
        Some("2024-12-08"),
    );
    assert_eq!(statuses(&r, "detention"), vec!["denied"]);
}

#[test]
fn a_counted_people_or_nationality_is_a_group() {
    let r = extract(
        "Police in Almaty detained 10 Uyghurs on Friday. Venezuela freed three Americans on \
         Saturday.",
        Some("2025-03-10"),
    );
    assert_eq!(
        subjects_and_dates(&r, "detention"),
        vec![("10 Uyghurs".to_string(), Some("2025-03-07"))]
    );
    assert_eq!(events(&r, "release").len(), 1);
}

#[test]
fn a_rebuttal_of_the_grounds_does_not_undo_the_arrest() {
    let r = extract(
        "Police detained the activists Anna Petrova and Irina Sokolova in Kazan on Monday. A \
         police spokesman said they were not detained for their posters but for \
         \u{201c}blocking traffic.\u{201d}",
        Some("2025-05-14"),
    );
    let held = events(&r, "detention");
    assert_eq!(held.len(), 2, "one detention each: {held:?}");
    assert!(held.iter().all(|e| e.status == "occurred"), "{held:?}");
}

#[test]
fn the_detention_of_its_observers_is_the_named_observers_detention() {
    let r = extract(
        "Voting in Osh was marred by the detention of two observers from the Open Vote \
         Network, an independent watchdog. Police took Aibek Usenov and Nurlan Toktogulov \
         from polling station No. 4 in the afternoon.\n\nIn a statement issued on Sunday \
         evening, the Open Vote Network said it had recorded ballot stuffing at two polling \
         stations, and called the detention of its observers \u{201c}a crude attempt to \
         silence us.\u{201d} Interior Ministry spokesman Almaz Beishenov said the observers \
         were not detained for their work but for \u{201c}obstructing voters.\u{201d}",
        Some("2025-10-06"),
    );
    let held = events(&r, "detention");
    assert_eq!(held.len(), 2, "{held:?}");
    assert!(held.iter().all(|e| e.status == "occurred"), "{held:?}");
    assert_eq!(names(&r, &held[0].subjects), vec!["Aibek Usenov"]);
    assert_eq!(names(&r, &held[1].subjects), vec!["Nurlan Toktogulov"]);
}

#[test]
fn continued_detention_is_no_new_arrest() {
    let r = extract(
        "Karachi/Geneva, 14 March 2025 \u{2014} The Sindh Rights Forum (SRF) today condemned \
         the continued detention of Dr. Imran Soomro and Sadia Baloch, two organisers of a \
         peaceful sit-in by families of the disappeared outside the Karachi Press Club, and \
         called for their immediate release.\n\nPolice broke up the sit-in shortly after 2 \
         a.m. on Tuesday and detained at least 30 people, among them Dr. Soomro, a physician \
         who had treated injured participants, and Ms. Baloch, a university student.",
        Some("2025-03-14"),
    );
    for name in ["Imran Soomro", "Sadia Baloch"] {
        let held = events_of_one(&r, "detention", name);
        assert_eq!(held.len(), 1, "{name}: {held:?}");
        assert_eq!(date_of(held[0]), Some("2025-03-11"));
    }
}

#[test]
fn a_relative_clause_about_the_ban_is_no_part_of_the_charge() {
    let r = extract(
        "Police in Sukkur detained 21 people for violating a ban on gatherings that the \
         district administration imposed last week.",
        Some("2025-10-20"),
    );
    let held = events(&r, "detention");
    assert_eq!(held.len(), 1, "{held:?}");
    assert_eq!(
        held[0].charge.as_deref(),
        Some("violating a ban on gatherings")
    );
}

#[test]
fn a_town_abroad_nothing_points_to_is_a_local_place_or_none() {
    let r = extract(
        "MANAMA, Bahrain - Guards at Jau beat two political prisoners on Sunday, the Bahrain \
         Institute for Rights and Democracy said.",
        Some("2025-08-20"),
    );
    let jau = r.entities.iter().find(|e| e.name == "Jau").expect("Jau");
    assert_eq!(jau.country.as_deref(), Some("BH"));
    assert_eq!(jau.geonames_id, None, "no Brazilian town: {jau:?}");

    let r = extract(
        "GONDAR, Ethiopia - Police detained 12 young men accused of supporting the Fano \
         militia on Monday, relatives said.",
        Some("2025-02-12"),
    );
    assert!(
        !entity_names(&r, EntityKind::Place).contains(&"Fano"),
        "{:?}",
        entity_names(&r, EntityKind::Place)
    );
    assert_eq!(place_names(&r, "detention"), vec!["Gonder"]);
}

#[test]
fn men_told_as_a_bodys_officers_act_for_that_body() {
    let r = extract(
        "Mirza Ali Baloch was taken away from a bus terminal in Gwadar on October 11 by men \
         in plain clothes belonging to the Counter Terrorism Department (CTD), his family \
         said.",
        Some("2025-10-20"),
    );
    let held = event_of(&r, "detention", "Mirza Ali Baloch");
    assert_eq!(
        names(&r, &held.agents),
        vec!["Counter Terrorism Department"]
    );
}

#[test]
fn the_city_an_event_happens_in_may_be_named_in_the_sentence_before() {
    // "His relatives in the northern city of Khodjent, also spelled Khujand, have paid a
    // price. Police searched the flat of his younger brother, Firuz Davlatov, last Friday and
    // held him for two days at the city police department ...": the city is Khujand, not
    // the dateline's Dushanbe.
    let text = include_str!("../../../../devset/y-dushanbe-absentia.txt");
    let r = extract(text, Some("2025-03-12"));
    let held = event_of(&r, "detention", "Firuz Davlatov");
    assert_eq!(name(&r, held.place.as_deref().unwrap()), "Khujand");
}

#[test]
fn things_seized_from_a_counted_pair_are_a_search_not_a_detention() {
    // "Officers searched every room and seized both brothers' phones and a laptop belonging
    // to their father, the family said": no one is detained by that seizure.
    let text = include_str!("../../../../devset/h-chattogram-brothers.txt");
    let r = extract(text, Some("2025-12-20"));
    let held: Vec<&str> = events(&r, "detention")
        .iter()
        .flat_map(|e| names(&r, &e.subjects))
        .collect();
    assert!(!held.contains(&"Abdul Karim Chowdhury"), "{held:?}");
}

#[test]
fn an_acronym_that_names_no_place_sets_no_country() {
    // "U.N." is also the key of a town Un in Gujarat; it must not make India the report's
    // country.
    let r = extract(
        "The U.N. human rights office condemned the arrest of poet Aung Lin.",
        None,
    );
    let arrest = event_of(&r, "detention", "Aung Lin");
    assert_eq!(arrest.place, None);
}

#[test]
fn a_surname_that_is_an_english_word_before_an_age_is_the_person() {
    let r = extract(
        "QUETTA, Pakistan - A court freed Samina Rind on bail.\n\n\
         Rind, 27, a medical student, was detained by police outside the Quetta Press Club on \
         Feb. 3.",
        Some("2025-02-20"),
    );
    let held = event_of(&r, "detention", "Samina Rind");
    assert_eq!(date_of(held), Some("2025-02-03"));
}

#[test]
fn a_step_told_with_then_goes_on_the_day_just_told() {
    let r = extract(
        "Officers of the Federal Security Service came to the flat of lecturer Pavel Shestakov \
         in Tomsk on Monday night and searched it for five hours. Shestakov was then taken to \
         the regional FSB building and held overnight.\n\n\
         Back then, in 2023, police detained his neighbour Oleg Rudnev at a picket.",
        Some("2025-11-21"),
    );
    let held = event_of(&r, "detention", "Pavel Shestakov");
    assert_eq!(date_of(held), Some("2025-11-17"));
}

#[test]
fn a_dateline_town_the_gazetteer_lacks_is_still_the_place() {
    let r = extract(
        "Three held at march of relatives of the disappeared\n\n\
         KILINOCHCHI, Sri Lanka \u{2014} Police detained three people on Friday when they broke \
         up a march in Kilinochchi by relatives of the disappeared.",
        Some("2024-08-31"),
    );
    assert_eq!(place_names(&r, "detention"), vec!["Kilinochchi"]);
}

#[test]
fn men_who_identified_themselves_as_a_bodys_officers_act_for_it() {
    let r = extract(
        "Kevin Mutua, a convener of the protests, was picked up from his home in Nairobi on \
         Tuesday night by men who identified themselves as officers of the Directorate of \
         Criminal Investigations (DCI), his wife said.\n\n\
         BOKHTAR - Men in civilian clothes bundled Bahrom Sharifzoda into a car outside his \
         shop on Nov. 14. Relatives believe the men were officers of the State Committee for \
         National Security (GKNB).",
        Some("2025-11-20"),
    );
    let agents = |who: &str| names(&r, &event_of(&r, "detention", who).agents);
    assert_eq!(
        agents("Kevin Mutua"),
        vec!["Directorate of Criminal Investigations"]
    );
    assert_eq!(
        agents("Bahrom Sharifzoda"),
        vec!["State Committee for National Security"]
    );
}

#[test]
fn people_before_a_participle_with_with_or_into_are_its_subjects() {
    let r = extract(
        "Police in Hanoi arrested blogger Le Dinh Quang on June 3. Two other bloggers arrested \
         with him in Hanoi, Nguyen Thi Hoa and Dang Van Tung, are still awaiting trial.\n\n\
         In Barquisimeto, soldiers of the Bolivarian National Guard detained Jesus Rondon on \
         July 30. A cousin arrested alongside him, Luis Carrasquel, was released by a court in \
         November.",
        Some("2024-12-02"),
    );
    let subjects = subjects_of(&r, "detention");
    for who in ["Nguyen Thi Hoa", "Dang Van Tung", "Luis Carrasquel"] {
        assert!(subjects.iter().any(|s| s == who), "{who}: {subjects:?}");
    }
    for e in events(&r, "detention") {
        let agents = names(&r, &e.agents);
        assert!(
            !agents
                .iter()
                .any(|n| n.contains("bloggers") || n.contains("cousin")),
            "{agents:?}"
        );
    }
}

#[test]
fn a_name_before_a_state_bodys_noun_is_that_body() {
    let r = extract(
        "The outlet's director, Tural Guliyev, was detained on November 27 after police searched \
         its office in Baku. The following day, the Khatai court remanded him in custody for \
         four months on smuggling charges.",
        Some("2023-12-15"),
    );
    let remand = events_of_one(&r, "detention", "Tural Guliyev")
        .into_iter()
        .find(|e| date_of(e) == Some("2023-11-28"))
        .expect("the remand");
    let court = entity(&r, &remand.agents[0]);
    assert_eq!(court.category.as_deref(), Some("court"), "{court:?}");
}

#[test]
fn a_remand_is_not_the_arrest_before_it() {
    let r = extract(
        "HONG KONG, March 14 (Example News) - Police arrested Chan Ka-wai and Wong Hoi-yan on \
         March 6 over online posts.\n\n\
         On Thursday the two appeared at West Kowloon Magistrates Courts charged with doing acts \
         with seditious intention. Chan, who was remanded in custody at Lai Chi Kok Reception \
         Centre, did not enter a plea. Wong was released on bail.",
        Some("2025-03-14"),
    );
    let held = events_of_one(&r, "detention", "Chan Ka-wai");
    assert_eq!(held.len(), 2, "{held:?}");
}

#[test]
fn whom_a_protest_is_against_is_not_detained_with_the_protester() {
    let r = extract(
        "MINSK - On August 10, 2020, riot police detained Ales Sushko at a rally in Minsk \
         against the disputed re-election of Alexander Lukashenko.\n\n\
         Police in Masaka arrested Sarah Nakato in November 2020 at a protest against the arrest \
         of opposition leader Robert Kyagulanyi.",
        Some("2025-03-06"),
    );
    let held = subjects_of(&r, "detention");
    assert!(
        !held.iter().any(|s| s == "Alexander Lukashenko"),
        "{held:?}"
    );
    assert!(held.iter().any(|s| s == "Robert Kyagulanyi"), "{held:?}");
}

#[test]
fn a_member_of_a_body_is_a_person_not_the_body() {
    let r = extract(
        "CONAKRY - Police detained Mamadou Saliou Diallo, a coordinator for the network, at \
         his home. In Kindia, officers detained Ivan Petrov, a member of the group, on Monday.",
        Some("2025-12-29"),
    );
    let detained = subjects_of(&r, "detention");
    assert!(
        detained.iter().any(|s| s == "Mamadou Saliou Diallo"),
        "{detained:?}"
    );
    assert!(detained.iter().any(|s| s == "Ivan Petrov"), "{detained:?}");
    let people = entity_names(&r, EntityKind::Person);
    assert!(people.contains(&"Ivan Petrov"), "{people:?}");
}

#[test]
fn a_release_does_not_date_the_arrest_before_it() {
    let r = extract(
        "KAMPALA - About 200 supporters marched through Nansana on May 30. Police fired tear \
         gas to break up the procession. A third supporter, Mugisha Ivan, who was detained at \
         the march, was released on police bond the following day.",
        Some("2025-06-04"),
    );
    let detained = subjects_and_dates(&r, "detention");
    assert_eq!(
        detained,
        vec![("Mugisha Ivan".to_string(), Some("2025-05-30"))]
    );
    let released = subjects_and_dates(&r, "release");
    assert_eq!(
        released,
        vec![("Mugisha Ivan".to_string(), Some("2025-05-31"))]
    );
}

#[test]
fn the_sides_of_a_quarrel_are_not_detained() {
    let r = extract(
        "LEON, Nicaragua - Riot police on Sunday broke up a religious procession and detained \
         dozens of worshippers, in the latest confrontation between the government of \
         President Daniel Ortega and the Catholic Church. The court handed the defendants \
         terms of between three and 15 years.",
        Some("2025-06-16"),
    );
    let detained = subjects_of(&r, "detention");
    assert_eq!(detained, vec!["dozens of worshippers"]);
}

#[test]
fn the_city_is_the_seat_of_the_court_just_named() {
    let r = extract(
        "TEHRAN - A Revolutionary Court in Sanandaj sentenced Kurdish rapper Hiwa Rostami to two \
         years in prison. Intelligence agents detained Rostami at his home in the city on \
         Saturday.",
        Some("2025-06-16"),
    );
    assert_eq!(place_names(&r, "detention"), vec!["Sanandaj"]);
}

#[test]
fn a_body_named_in_one_word_acts_itself() {
    let r = extract(
        "MINSK - Zhukavets was detained in August by GUBOPiK, the organized-crime police unit.",
        Some("2025-06-16"),
    );
    let agents: Vec<&str> = events(&r, "detention")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert_eq!(agents, vec!["GUBOPiK"]);
}

#[test]
fn a_two_word_people_before_a_role_names_no_one() {
    let r = extract(
        "SIMFEROPOL - Police detained Crimean Tatar citizen journalist Enver Kurtseitov on \
         Monday.",
        Some("2025-03-01"),
    );
    assert_eq!(persons(&r), vec!["Enver Kurtseitov"]);
    assert_eq!(events(&r, "detention").len(), 1);
}

#[test]
fn a_listed_detainee_takes_the_day_of_the_dated_sweep() {
    let r = extract(
        "Belarus: KGB detains Mogilev residents\n\nAt least 11 people were detained in \
         Mogilev from Nov. 5 to 7 over donations to groups abroad.\n\nIn a statement \
         published on Tuesday, Viasna said officers of the KGB searched the homes of at least \
         six of the detainees before taking them away. The group named three of those \
         held:\n\n• Siarhei Hrynko, 52, a bus driver;\n• Alena Matsuk, 38, a teacher;\n• Pavel \
         Lisouski, 29, a programmer.",
        Some("2024-11-12"),
    );
    for who in ["Siarhei Hrynko", "Alena Matsuk", "Pavel Lisouski"] {
        let held = events_of_one(&r, "detention", who);
        assert_eq!(held.len(), 1, "{who}: {held:?}");
        assert_eq!(date_of(held[0]), Some("2024-11-05"), "{who}");
    }
}

#[test]
fn one_of_them_names_one_person_only() {
    let r = extract(
        "NUKUS - Police detained dozens of protesters on July 1. One of them, lawyer Aziz \
         Qodirov, was freed in December under a pardon signed by President Bakhtiyor \
         Saidov.",
        Some("2025-03-10"),
    );
    assert_none_of(&r, "detention", "Bakhtiyor Saidov");
}

#[test]
fn the_day_custody_runs_until_is_not_the_arrest_day() {
    let r = extract(
        "CAIRO - Journalist Karim Elsayed was detained at his home in Giza. He was held \
         incommunicado until Tuesday, when he was brought before prosecutors.",
        Some("2024-03-14"),
    );
    let held = subjects_and_dates(&r, "detention");
    assert!(!held.is_empty());
    assert!(held.iter().all(|(_, d)| d.is_none()), "{held:?}");
}

#[test]
fn detained_at_the_scene_takes_the_day_of_the_dispersal() {
    let r = extract(
        "MWANZA, July 9 - Police fired tear gas at an opposition rally in Mwanza on Sunday. \
         Party official Peter Massawe and 11 others were detained at the scene on suspicion \
         of unlawful assembly and released on police bail on Monday evening, the party said.",
        Some("2024-07-09"),
    );
    let held = subjects_and_dates(&r, "detention");
    assert!(!held.is_empty());
    assert!(
        held.iter().all(|(_, d)| *d == Some("2024-07-07")),
        "{held:?}"
    );
    assert!(subjects_and_dates(&r, "release")
        .iter()
        .all(|(_, d)| *d == Some("2024-07-08")));
}

#[test]
fn those_who_remain_in_detention_were_not_detained_again() {
    let r = extract(
        "YANGON - The Assistance Association for Political Prisoners said on Saturday that \
         more than 21,000 people remained in detention on political grounds.",
        Some("2025-01-06"),
    );
    assert!(events(&r, "detention").is_empty(), "{:?}", r.events);
}

#[test]
fn a_body_that_names_a_building_is_not_the_one_who_acts() {
    let r = extract(
        "HOMEL - On Wednesday the nurse Yuliya Tsvirko was detained by police outside the KGB \
         building in Homel, where she had gone to ask about her friend.",
        Some("2025-03-21"),
    );
    let e = event_of(&r, "detention", "Yuliya Tsvirko");
    let agents: Vec<_> = e
        .agents
        .iter()
        .map(|x| entity(&r, x).category.clone())
        .collect();
    assert_eq!(
        agents,
        vec![Some("police".to_string())],
        "{:?}",
        names(&r, &e.agents)
    );
}

#[test]
fn military_intelligence_is_a_security_service() {
    let r = extract(
        "OMDURMAN - Volunteer Ahmed Ali Osman was arrested by military intelligence on Feb. 9 \
         at a checkpoint on the road to Karari.",
        Some("2025-03-21"),
    );
    let e = event_of(&r, "detention", "Ahmed Ali Osman");
    let agents: Vec<_> = e
        .agents
        .iter()
        .map(|x| entity(&r, x).category.clone())
        .collect();
    assert_eq!(agents, vec![Some("security_service".to_string())]);
}

#[test]
fn a_verb_joined_by_and_happened_on_the_day_of_the_one_before() {
    let r = extract(
        "Police raided the Istanbul home of Selin Koc, a reporter for the online news site \
         Kampus Gazetesi, before dawn on Tuesday and detained her over her live broadcast of the \
         march.",
        Some("2025-10-17"),
    );
    let days: Vec<_> = events(&r, "detention")
        .iter()
        .map(|e| e.date.as_ref().and_then(|d| d.value.clone()))
        .collect();
    assert_eq!(days, vec![Some("2025-10-14".to_string())], "{days:?}");
}

#[test]
fn a_case_over_something_names_the_charge() {
    let r = extract(
        "Police arrested Nasrin Sultana Jui at her home on October 30 in a case over arson \
         attacks on buses.",
        Some("2023-12-10"),
    );
    let charges = charges_of(&r, "detention");
    assert_eq!(charges, vec![Some("arson attacks on buses")], "{charges:?}");
}

#[test]
fn a_reference_detained_keeps_its_people_when_their_homes_are_searched() {
    let r = extract(
        "BISHKEK - The court jailed Aibek Toktorov for five years. Nurzat Sadyrbekova received a \
         suspended sentence. Kanat Asanov remains under house arrest. Officers of the State \
         Committee for National Security detained the three in Bishkek on September 12 and \
         searched their flats.",
        Some("2024-10-09"),
    );
    let mut detained: Vec<_> = events(&r, "detention")
        .iter()
        .filter(|e| date_of(e) == Some("2024-09-12"))
        .flat_map(|e| names(&r, &e.subjects))
        .collect();
    detained.sort_unstable();
    assert_eq!(
        detained,
        vec!["Aibek Toktorov", "Kanat Asanov", "Nurzat Sadyrbekova"],
        "{detained:?}"
    );
}

#[test]
fn things_taken_away_are_no_one_detained() {
    let r = extract(
        "BISHKEK - GKNB officers searched the Aikyn Media newsroom on Wednesday and took away \
         ten computers and the phones of several employees. In Osh, police took away the \
         editor's deputy, Aibek Toktogulov, in handcuffs.",
        Some("2025-04-18"),
    );
    assert_eq!(subjects_of(&r, "detention"), vec!["Aibek Toktogulov"]);
}

#[test]
fn a_relative_taken_is_not_the_one_whose_relative_they_are() {
    let r = extract(
        "ISTANBUL - A Uyghur video blogger living in Turkey, Abdurehim Tursun, says police in \
         Urumqi have detained his father and sister to pressure him. In Ashgabat, security \
         officers detained the father of exiled blogger Serdar Annayev on Monday. Police in \
         Mary detained activist Maral Orazova on Tuesday.",
        Some("2025-02-05"),
    );
    assert_eq!(subjects_of(&r, "detention"), vec!["Maral Orazova"]);
}

#[test]
fn a_possessor_of_a_relative_taken_is_not_taken() {
    let r = extract(
        "TASHKENT - Exiled blogger Ali Karimov said police harassed his family. Police detained \
         the blogger's father, Rustam Karimov, on Monday.",
        Some("2024-05-11"),
    );
    assert_eq!(subjects_of(&r, "detention"), vec!["Rustam Karimov"]);
}

#[test]
fn a_verb_after_a_relative_clause_and_a_comma_is_no_passive() {
    let r = extract(
        "LAHORE - Police in Lahore on Friday night raided the home of PTI lawmaker Aliya \
         Rasheed Khan, who was not at home, and briefly detained her two sons.",
        Some("2024-05-11"),
    );
    assert_eq!(subjects_of(&r, "detention"), vec!["two sons"]);
}
