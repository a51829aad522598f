//! Releases: who was freed, acquitted or pardoned, and by whom.

use super::*;

#[test]
fn a_second_participle_shares_the_passive_subject() {
    let r = extract(
        "Tariq Ahmad Wani, a shopkeeper, was detained for questioning on June 3 and let go three \
         days later. Police arrested Aziz Karimov in May. Karimov spent weeks in detention before \
         being released on bail.",
        None,
    );
    let rel = events(&r, "release");
    let freed: Vec<&str> = rel.iter().map(|e| name(&r, &e.subjects[0])).collect();
    assert!(freed.contains(&"Tariq Ahmad Wani"), "{freed:?}");
    assert!(freed.contains(&"Aziz Karimov"), "{freed:?}");
}

#[test]
fn a_known_given_name_tells_who_she_is() {
    let r = extract(
        "Police detained opposition candidate Nino Beridze in Rustavi on Sunday. Officers later \
         detained Giorgi Kapanadze, a campaign volunteer. She was released on Monday.",
        Some("2025-04-15"),
    );
    assert_only(&r, "release", "Nino Beridze");
}

#[test]
fn a_list_before_a_relative_clause_is_the_verbs_subject_whole() {
    let r = extract(
        "Katsiaryna Lapko, Anastasiya Kruk and Volha Sianko, who were students at the time, \
         were released from custody in the courtroom in Vitebsk on Friday.",
        None,
    );
    assert_eq!(
        subjects_of(&r, "release"),
        ["Katsiaryna Lapko", "Anastasiya Kruk", "Volha Sianko"]
    );
}

#[test]
fn prison_guards_beat_and_walking_out_of_a_named_prison_frees() {
    let r = extract(
        "MASVINGO, Zimbabwe — When Blessing Chiwaridzo walked out of Mutimurefu Prison on \
         Tuesday, her daughters were waiting at the gate. She says prison guards beat her in \
         early 2024.",
        Some("2025-03-06"),
    );
    assert_eq!(subjects_of(&r, "release"), ["Blessing Chiwaridzo"]);
    let v = events(&r, "violence");
    assert_eq!(v.len(), 1);
    assert_eq!(
        entity(&r, &v[0].agents[0]).category.as_deref(),
        Some("police")
    );
}

#[test]
fn they_after_a_groups_saying_or_opening_the_sentence_after_a_group_is_that_group() {
    let r = extract(
        "Police in Aktobe also held about 15 young men who had filmed the rally on their \
         phones. They were let go late Saturday.\nOrganizers said they would rally again on \
         Wednesday.",
        Some("2025-03-17"),
    );
    let freed = events(&r, "release");
    assert_eq!(freed.len(), 1);
    assert_eq!(name(&r, &freed[0].subjects[0]), "about 15 young men");
    assert_eq!(date_of(freed[0]), Some("2025-03-15"));
    let planned = events(&r, "protest");
    assert_eq!(planned.len(), 1);
    assert_eq!(planned[0].status, "planned");
    assert_eq!(name(&r, &planned[0].subjects[0]), "Organizers");
    assert_eq!(date_of(planned[0]), Some("2025-03-19"));
}

#[test]
fn a_negation_does_not_reach_a_verb_with_its_own_auxiliary_after_and() {
    let r = extract(
        "Oksana Dyomina, who was detained with her husband in Chelyabinsk, was not charged and \
         was let go from the station shortly after midnight.",
        None,
    );
    let freed = events(&r, "release");
    assert_eq!(freed.len(), 1);
    assert_eq!(freed[0].status, "occurred");
    let charged = events(&r, "charge");
    assert!(charged.iter().all(|e| e.status == "negated"), "{charged:?}");
}

#[test]
fn those_whom_a_government_freed_are_the_freed() {
    let r = extract(
        "Agronomist Julio César Pineda Ruiz was among the 222 political prisoners whom the \
         government of President Daniel Ortega freed on Thursday.",
        None,
    );
    let freed: Vec<String> = subjects_of(&r, "release");
    assert!(
        freed.contains(&"Julio César Pineda Ruiz".to_string()),
        "{freed:?}"
    );
    assert!(!freed.contains(&"Daniel Ortega".to_string()), "{freed:?}");
    // The government freed them, not its head named after "of".
    let release = events(&r, "release");
    assert!(release
        .iter()
        .all(|e| e.agents.len() == 1 && name(&r, &e.agents[0]) == "government"));
}

#[test]
fn an_aged_description_with_possessive_words_is_the_person_followed() {
    let r = extract(
        "SAMARKAND, Uzbekistan — Shukhrat Rakhimov still flinches when a car stops outside his \
         gate at night. The 52-year-old farmers’ rights activist was freed on June 14.",
        Some("2024-06-20"),
    );
    assert_told(&r, "release", &["Shukhrat Rakhimov"], "2024-06-14");
}

#[test]
fn what_happens_whenever_something_else_does_is_a_habit() {
    let r = extract(
        "Authorities keep the poet Yasser al-Masry behind bars by adding him to new cases \
         whenever courts order his release.",
        None,
    );
    assert!(events(&r, "release").is_empty());
}

#[test]
fn among_those_expelled_were_among_those_released() {
    let r = extract(
        "Nicaraguan authorities released 18 political prisoners yesterday and flew them to \
         Guatemala City. Among those expelled was Félix Antonio Zeledón Blandón, an agronomist \
         from Matagalpa.",
        Some("2025-09-30"),
    );
    assert!(subjects_of(&r, "release").contains(&"Félix Antonio Zeledón Blandón".to_string()));
    assert_all_dated(&r, "release", "2025-09-29");
}

#[test]
fn a_release_on_police_bail_is_the_polices() {
    let r = extract(
        "Police in Mbarara detained Ivan Ssempijja on Thursday. He was released on police bond \
         on Friday afternoon.",
        Some("2025-08-10"),
    );
    let freed = events(&r, "release");
    assert_eq!(freed.len(), 1, "{freed:?}");
    assert_eq!(
        entity(&r, &freed[0].agents[0]).category.as_deref(),
        Some("police")
    );
}

#[test]
fn the_freeing_of_unnamed_detainees_on_a_given_day_is_recorded() {
    let r = extract(
        "Police detained seven activists in Kampala on Monday. Four others were released without \
         charge on Wednesday.",
        Some("2025-06-20"),
    );
    assert_all_dated(&r, "release", "2025-06-18");
}

#[test]
fn an_aside_on_the_subject_names_no_one_freed() {
    let r = extract(
        "The court sentenced brothers Mohammed al-Mubarak and Yasser al-Mubarak to 20 years in \
         prison. Jaafar al-Mubarak, a cousin of the two brothers, was acquitted of all charges \
         and released the same evening.\nPolice detained blogger Pavel Dyomin on Sunday. His \
         wife, Oksana Dyomina, who was detained with him, was not charged and was let go from \
         the station shortly after midnight.",
        Some("2024-09-12"),
    );
    let freed: Vec<Vec<&str>> = events(&r, "release")
        .into_iter()
        .map(|e| e.subjects.iter().map(|s| name(&r, s)).collect())
        .collect();
    assert_eq!(freed, [vec!["Jaafar al-Mubarak"], vec!["Oksana Dyomina"]]);
}

#[test]
fn a_release_called_for_is_no_release() {
    let r = extract(
        "Police detained teachers' union leader José Gregorio Pérez Salazar in Valencia on May \
         4. The Observatorio Carabobeño de Derechos Humanos condemned the arrest and called for \
         Pérez Salazar's immediate release. Rights groups urged Venezuela's allies to press \
         for his release.",
        Some("2025-05-06"),
    );
    assert_none(&r, "release");
}

#[test]
fn a_person_described_then_named_after_a_relative_clause_is_the_named_one() {
    let r = extract(
        "Police detained Abebe Kebede on Monday. A colleague who was detained with him, lawyer \
         Farrukh Nazarov, was released on Tuesday without charge.",
        Some("2024-09-12"),
    );
    assert_eq!(subjects_of(&r, "release"), ["Farrukh Nazarov"]);
    assert_told(
        &r,
        "detention",
        &["Abebe Kebede", "Farrukh Nazarov"],
        "2024-09-09",
    );
}

#[test]
fn a_release_the_court_ordered_after_its_verdict_came_that_day() {
    let r = extract(
        "A court in Van on Tuesday sentenced journalist Dilan Acar to three years in prison \
         for terrorist propaganda.\n\nAcar was tried together with two co-defendants. Baran \
         Yurt, a former party official, received ten months. Siyar Kaya, a student, was \
         sentenced to 11 months; the court converted the term into a fine.\n\nThe court \
         ordered Yurt released pending appeal, citing the time he had already spent in \
         custody.",
        Some("2025-02-13"),
    );
    assert_eq!(
        date_of(event_of(&r, "release", "Baran Yurt")),
        Some("2025-02-11")
    );
}

#[test]
fn a_list_after_the_pardoned_included_runs_past_its_semicolons() {
    let r = extract(
        "President Mirziyoyev pardoned 120 prisoners on Monday. Relatives confirmed that the \
         pardoned included blogger Otabek Sattorov, who had been serving three years for \
         slander; Nodira Karimova, a 48-year-old teacher from Andijan; and Bakhtiyor \
         Yusupov, a farmer jailed after protesting the seizure of his land.",
        Some("2025-03-05"),
    );
    let freed = subjects_and_dates(&r, "release");
    for who in ["Otabek Sattorov", "Nodira Karimova", "Bakhtiyor Yusupov"] {
        assert!(freed.iter().any(|(s, _)| s == who), "{who}: {freed:?}");
    }
}

#[test]
fn one_not_among_those_pardoned_was_not_freed() {
    let r = extract(
        "Anatol Kavalenka died in prison on Monday. He was not among the 30 prisoners pardoned \
         by Lukashenko in September.",
        Some("2025-10-25"),
    );
    let freed: Vec<(&str, &str)> = events(&r, "release")
        .into_iter()
        .map(|e| (name(&r, &e.subjects[0]), e.status.as_str()))
        .collect();
    assert_eq!(
        freed,
        [
            ("Anatol Kavalenka", "negated"),
            ("30 prisoners", "occurred")
        ]
    );
}

#[test]
fn most_of_them_is_part_of_the_group_not_those_named_from_it() {
    let r = extract(
        "Police detained 14 activists on Monday in Nakuru, among them Peter Kamau and Grace \
         Wanjiru. Most of them were released the same evening.",
        Some("2025-03-12"),
    );
    let freed = subjects_of(&r, "release");
    assert_eq!(freed, vec!["14 activists"], "{freed:?}");
}

#[test]
fn he_is_seldom_one_the_report_never_names() {
    let r = extract(
        "Police detained Ali Karimov in Irbid on Monday. A shopkeeper who saw the arrest said \
         it was brutal. He was released on Tuesday.",
        Some("2024-09-17"),
    );
    assert_eq!(subjects_of(&r, "release"), vec!["Ali Karimov".to_string()]);
}

#[test]
fn a_countrys_capital_is_its_capital_city() {
    let r = extract(
        "A district court in Azerbaijan's capital on Tuesday released journalist Nargiz \
         Mammadli on bail of 10,000 manats. Police in the Kazakh capital detained activist \
         Asem Zhaparova on Thursday.",
        Some("2025-11-06"),
    );
    let place = |kind: &str| name(&r, events(&r, kind)[0].place.as_deref().unwrap()).to_string();
    assert_eq!(place("release"), "Baku");
    assert_eq!(place("detention"), "Astana");
}

#[test]
fn where_freed_prisoners_were_flown_is_not_where_they_were_freed() {
    let r = extract(
        "Agronomist Julio Pineda, 64, was among the 222 political prisoners whom the government \
         of Nicaragua freed on Thursday and put on a plane to Washington, his family said.",
        Some("2023-02-10"),
    );
    let places = place_names(&r, "release");
    assert!(
        !places.is_empty() && !places.contains(&"Washington"),
        "{places:?}"
    );
}

#[test]
fn has_before_freed_is_an_auxiliary_not_a_thing_released() {
    let r = extract(
        "Belarusian ruler Alyaksandr Lukashenka has pardoned 14 people jailed for extremist \
         crimes.",
        Some("2025-06-16"),
    );
    let release = events(&r, "release");
    assert_eq!(release.len(), 1, "{release:?}");
    assert_eq!(name(&r, &release[0].agents[0]), "Alyaksandr Lukashenka");
    // (A thing released is still no release: "a tally released on Tuesday".)
    assert_none(
        &extract(
            "The ministry published a report released on Tuesday.",
            Some("2025-06-16"),
        ),
        "release",
    );
}

#[test]
fn people_freed_under_a_pardon_are_freed_not_freeing() {
    let r = extract(
        "Ali Marhoon walked out of Jau prison in April, one of 1,500 inmates freed under a \
         royal pardon issued by King Hamad bin Isa Al Khalifa.",
        Some("2025-06-16"),
    );
    assert_none_of(&r, "release", "Hamad bin Isa Al Khalifa");
    assert_among(&r, "release", &["1,500 inmates"]);
}

#[test]
fn a_descriptor_opening_a_dateline_sentence_is_not_part_of_the_name() {
    let r = extract(
        "MINSK — Blogger Ihar Losik walked out of a penal colony on Friday.",
        Some("2025-06-16"),
    );
    assert_only(&r, "release", "Ihar Losik");
}

#[test]
fn bail_granted_to_a_prison_left_and_a_release_after_but_free_those_named() {
    let r = extract(
        "A Bulawayo magistrate on Thursday granted bail to Sithabile Ncube-Moyo and Blessing \
         Ndlovu.\n\
         Ales Charnyshou, a retired schoolteacher, left the pre-trial prison in Vitebsk that \
         afternoon.\n\
         Reporter Ramazan Ismailov, who was filming the crowd, was also held by police but \
         released about an hour later without charge.",
        Some("2023-08-26"),
    );
    assert_eq!(
        subjects_of(&r, "release"),
        vec![
            "Sithabile Ncube-Moyo",
            "Blessing Ndlovu",
            "Ales Charnyshou",
            "Ramazan Ismailov"
        ]
    );
    assert_only(&r, "detention", "Ramazan Ismailov");
}

#[test]
fn the_pardoned_who_included_those_named_were_released() {
    let r = extract(
        "Lawyers confirmed that the pardoned included Bukhara blogger Farrukh Yunusov and \
         Akmal Qodirov, a farmer.",
        Some("2025-03-21"),
    );
    assert_eq!(
        subjects_of(&r, "release"),
        vec!["Farrukh Yunusov", "Akmal Qodirov"]
    );
}

#[test]
fn questioned_as_witnesses_and_freed_frees_both() {
    let r = extract(
        "Yekaterina Volkova and Marina Khabibullina were questioned as witnesses and freed \
         shortly before midnight.",
        Some("2025-03-02"),
    );
    let freed: Vec<&str> = events(&r, "release")
        .iter()
        .map(|e| name(&r, &e.subjects[0]))
        .collect();
    assert_eq!(freed, ["Yekaterina Volkova", "Marina Khabibullina"]);
}

#[test]
fn held_until_a_day_gone_by_is_a_release_that_day() {
    let r = extract(
        "Gebremedhin Hailu was detained in Mekelle by federal police on March 6 and held \
         without charge until March 15.",
        Some("2025-04-02"),
    );
    assert_told(&r, "release", &["Gebremedhin Hailu"], "2025-03-15");
    // (Held until a day to come, or until trial, is no release yet.)
    for text in [
        "Hailu was detained on March 6 and will be held until April 15.",
        "Hailu was detained on March 6 and is held until his trial.",
    ] {
        assert_none(&extract(text, Some("2025-04-02")), "release");
    }
}

#[test]
fn those_walking_out_of_a_prison_were_released_and_a_release_once_due_is_none() {
    let r = extract(
        "Among those walking out of Yangon's Insein Prison on Saturday afternoon was Zaw Min \
         Htut, a photojournalist who was arrested in Yangon in March 2022. He had been due for \
         release in March.",
        Some("2025-01-06"),
    );
    assert_told(&r, "release", &["Zaw Min Htut"], "2025-01-04");
    assert_eq!(events(&r, "release").len(), 1);
}

#[test]
fn those_freed_after_a_pardon_were_freed_by_the_one_who_pardoned() {
    let r = extract(
        "Aliyev pardons 154 prisoners, four activists among them\n\nBAKU — President Ilham \
         Aliyev on Tuesday signed a decree pardoning 154 prisoners ahead of Independence Day.\n\
         Also freed were Sumgait trade unionist Rauf Gurbanli and journalist Aynur \
         Rzayeva-Mirzaliyeva, who had been in custody since October.",
        Some("2025-05-28"),
    );
    let freed = events(&r, "release");
    assert!(freed.len() >= 2);
    for e in freed {
        let by: Vec<&str> = e.agents.iter().map(|x| name(&r, x)).collect();
        assert_eq!(by, ["Ilham Aliyev"]);
    }
}

#[test]
fn a_pardon_is_placed_in_the_country_not_a_neighbouring_city() {
    let r = extract(
        "BARYSAU (BORISOV). A court in Barysau fined activist Ihar Losik 1,000 rubles on June \
         17.\nOn June 18, Aliaksandr Lukashenka pardoned 16 people convicted of \
         \"extremism\"-related crimes, his press service said.",
        Some("2025-06-23"),
    );
    let freed = events(&r, "release");
    assert!(!freed.is_empty());
    for e in freed {
        assert_eq!(name(&r, e.place.as_deref().unwrap()), "Belarus");
    }
}

#[test]
fn minors_are_a_group_of_people() {
    let r = extract(
        "Opposition leader María Corina Machado called the count a fraud. Twelve minors \
         detained during the protests were released on Wednesday into the custody of their \
         parents, Foro Penal said.",
        Some("2024-08-01"),
    );
    assert_eq!(subjects_of(&r, "release"), ["Twelve minors"]);
}

#[test]
fn granted_bail_is_a_release_and_a_travel_ban_no_censorship() {
    let r = extract(
        "Police detained Tanvir Ahmed Siddiqui on Jan. 5. Siddiqui was granted bail by a \
         Chattogram magistrate on Jan. 9.",
        Some("2024-01-10"),
    );
    assert_told(&r, "release", &["Tanvir Ahmed Siddiqui"], "2024-01-09");
    let r = extract(
        "All 12 were released by a Trabzon court on Sunday under judicial control measures, \
         including a ban on foreign travel.",
        Some("2025-04-29"),
    );
    assert_none(&r, "censorship");
}

#[test]
fn a_second_passive_verb_shares_the_subject_named_in_apposition() {
    let r = extract(
        "A reporter for the online outlet CivilNet, Ani Harutyunyan, was detained for about \
         three hours while filming the detentions and then released without charge.",
        Some("2025-05-16"),
    );
    assert_eq!(subjects_of(&r, "release"), ["Ani Harutyunyan"]);
}

#[test]
fn the_one_a_release_sentence_names_as_granting_the_pardon_frees() {
    let r = extract(
        "Bakhtiyar Seitmuratov, a former schoolteacher, was freed on Monday under a pardon \
         decree that President Shavkat Mirziyoyev signed on April 19.",
        Some("2024-04-24"),
    );
    let freed = events(&r, "release");
    assert_eq!(freed.len(), 1, "{freed:?}");
    let agents: Vec<&str> = freed[0].agents.iter().map(|x| name(&r, x)).collect();
    assert_eq!(agents, ["Shavkat Mirziyoyev"]);
}

#[test]
fn the_releases_a_pardon_frees_are_by_its_giver() {
    let r = extract(
        "TASHKENT — President Shavkat Mirziyoyev on Tuesday signed a decree pardoning 472 \
         prisoners, the presidential press service said.\n\n\
         Blogger Sardor Nematov walked out of a prison colony in Navoi on Wednesday afternoon \
         and was met by his wife.\n\n\
         Separately, a court in Bukhara released activist Aziz Sarsenbayev on bail.",
        Some("2023-08-31"),
    );
    let agents_of = |who: &str| names(&r, &event_of(&r, "release", who).agents);
    assert_eq!(agents_of("Sardor Nematov"), ["Shavkat Mirziyoyev"]);
    assert_ne!(agents_of("Aziz Sarsenbayev"), ["Shavkat Mirziyoyev"]);
}

#[test]
fn the_day_a_case_is_put_off_to_dates_no_release() {
    let r = extract(
        "BULAWAYO — Seventeen vendors arrested at a march on Saturday appeared in court on \
         Wednesday.\n\n\
         Magistrate Rutendo Mhlanga released Nqobile Moyo and Sibusiso Ndlovu on bail of 200 \
         Zimbabwe Gold and remanded the case to March 12.",
        Some("2026-02-19"),
    );
    let releases = events(&r, "release");
    assert!(!releases.is_empty());
    for e in releases {
        assert!(e.date.as_ref().is_none_or(|d| d.text != "March 12"));
    }
}

#[test]
fn a_campaign_for_a_release_is_no_release() {
    let r = extract(
        "His wife, Saba Gebreyesus, who now lives in Stockholm, leads the campaign for his \
         release. Supporters appealed for the release of all the editors.",
        None,
    );
    assert_none(&r, "release");
}

#[test]
fn the_year_that_names_a_happening_is_not_the_year_of_a_day_told_beside_it() {
    let r = extract(
        "The Karakalpak blogger Dauletmurat Tazhimuratov, imprisoned over the July 2022 unrest \
         in Karakalpakstan, was released on 4 July after serving his full sentence, his \
         relatives said.",
        None,
    );
    assert_all_dated(&r, "release", "--07-04");
}

#[test]
fn who_before_a_verb_stands_for_the_one_named_last() {
    let r = extract(
        "BURUNDI - President Évariste Ndayishimiye on Monday pardoned journalist Sandrine \
         Ndikumana, who walked out of Bubanza prison the same day.",
        Some("2025-09-19"),
    );
    assert_eq!(subjects_of(&r, "release"), ["Sandrine Ndikumana"]);
}

#[test]
fn a_counted_part_of_a_group_is_a_group_of_that_count_not_those_named() {
    let r = extract(
        "Police arrested at least 17 people on October 20. Among those arrested were engineer \
         Amr Fathy and lecturer Mariam Abdelrahman.\n\nProsecutors released five of the \
         detainees without charge on October 22.",
        Some("2025-10-25"),
    );
    assert_eq!(subjects_of(&r, "release"), ["five of the detainees"]);
    let count = events(&r, "release")[0].count.as_ref().unwrap();
    assert_eq!((count.low, count.high), (Some(5), Some(5)));
}

#[test]
fn a_person_told_to_be_among_them_shares_the_group_s_happening() {
    let r = extract(
        "Police detained 40 students at the university on Friday. Among those detained were \
         Zeynep Erturk, a sociology student, and Mehmet Can Yildiz, a member of a student \
         collective.\n\nOn Sunday, 36 of the students were released by a court. Erturk was \
         among them. Prosecutors charged Yildiz with resisting police.",
        Some("2025-10-25"),
    );
    let released = subjects_of(&r, "release");
    assert!(
        released.contains(&"Zeynep Erturk".to_string()),
        "{released:?}"
    );
    assert!(
        !released.contains(&"Mehmet Can Yildiz".to_string()),
        "{released:?}"
    );
}

#[test]
fn a_verb_after_a_date_s_day_is_no_adjective_of_the_noun_after_it() {
    let r = extract(
        "President Sisi on October 24 pardoned researcher Nour Eldin Galal, his family said.",
        Some("2025-10-25"),
    );
    assert_eq!(subjects_of(&r, "release"), ["Nour Eldin Galal"]);
    assert_all_dated(&r, "release", "2025-10-24");
}

#[test]
fn a_release_applied_for_is_no_release() {
    let r = extract(
        "Student leader Ibrahima Ba remains in custody. His lawyer, Khadija Sene, said she \
         would apply for his provisional release again this week.",
        Some("2025-06-20"),
    );
    assert_none(&r, "release");
}

#[test]
fn her_before_a_time_or_an_adverb_is_the_object() {
    for text in [
        "Police detained Gulzat Asanova and released her about an hour later.",
        "Police detained Gulzat Asanova and released her some hours later.",
        "Police detained Gulzat Asanova and released her without charge.",
    ] {
        let r = extract(text, Some("2025-03-06"));
        assert_eq!(subjects_of(&r, "release"), ["Gulzat Asanova"], "{text}");
    }
}

#[test]
fn they_include_names_the_members_of_the_group_just_told() {
    let r = extract(
        "BAKU — President Ilham Aliyev on Tuesday signed a decree pardoning 154 prisoners, \
         among them four activists.\n\nThey include Elvin Mammadli, a party member from Ganja, \
         and Tofig Hasanov, a blogger from Sumqayit.",
        Some("2025-05-28"),
    );
    let freed = subjects_of(&r, "release");
    for name in ["Elvin Mammadli", "Tofig Hasanov"] {
        assert!(freed.contains(&name.to_string()), "{freed:?}");
    }
}

#[test]
fn also_freed_were_tells_more_of_the_release_dated_before() {
    let r = extract(
        "BAKU — President Ilham Aliyev on Tuesday signed a decree pardoning 154 prisoners.\n\n\
         They include Tofig Hasanov, a blogger who was arrested in January 2023 and jailed for \
         three years for hooliganism.\n\nAlso freed were trade unionist Rauf Gurbanli and \
         journalist Aynur Rzayeva, who had been in custody since October.",
        Some("2025-05-28"),
    );
    let freed = event_of(&r, "release", "Rauf Gurbanli");
    assert_eq!(date_of(freed), Some("2025-05-27"));
}

#[test]
fn the_one_who_ordered_an_amnesty_frees_those_released_under_it() {
    let r = extract(
        "YANGON — Myanmar's military government pardoned more than 9,000 prisoners on Thursday \
         to mark Independence Day.\n\nThe amnesty was ordered by junta chief Senior General Min \
         Aung Hlaing, state television reported. Among those freed was photojournalist Thet \
         Naing Oo, who walked out of Insein Prison on Thursday afternoon.",
        Some("2024-01-05"),
    );
    let freed = event_of(&r, "release", "Thet Naing Oo");
    assert_eq!(names(&r, &freed.agents), ["Min Aung Hlaing"]);
}

#[test]
fn a_country_acting_is_where_its_act_happens_whatever_the_dateline() {
    let r = extract(
        "GUATEMALA CITY, Feb 13 - Nicaragua released 28 political prisoners on Wednesday and \
         put them on a flight to Guatemala.",
        Some("2025-02-14"),
    );
    assert_eq!(place_names(&r, "release"), ["Nicaragua"]);
}

#[test]
fn a_report_released_frees_no_one() {
    let r = extract(
        "Indonesian police and soldiers detained at least 112 people in Papua last month, \
         according to a tally released on Tuesday by the Papua Justice Foundation (Yayasan \
         Keadilan Papua), a Jayapura-based monitoring group.",
        Some("2024-09-04"),
    );
    assert!(events(&r, "release").is_empty());
    assert_eq!(events(&r, "detention").len(), 1);
}

#[test]
fn being_free_is_no_release() {
    let r = extract(
        "Moradi had been sentenced last month by a Revolutionary Court in Kermanshah to 74 lashes \
         and was free pending his appeal, Hengaw said. Sukhorukova was driven to the FSB's \
         headquarters in Yekaterinburg the same morning and has not been free since.",
        Some("2024-09-04"),
    );
    assert!(events(&r, "release").is_empty());
}

#[test]
fn neither_released_is_a_release_negated() {
    let r = extract(
        "Police in Adama detained Abdi Tola and Gemechu Bayisa on Monday. By Thursday neither Abdi \
         Tola nor Gemechu Bayisa had been released.",
        Some("2024-09-06"),
    );
    let releases = events(&r, "release");
    assert!(!releases.is_empty());
    assert!(releases.iter().all(|e| e.status == "negated"));
}

#[test]
fn a_release_still_to_come_that_times_a_ban_is_no_release() {
    let r = extract(
        "Judge Gorodetskaya sentenced Ivan Shchukin to three years in prison in Krasnodar and \
         barred him from administering websites for four years after he is freed.",
        Some("2024-09-06"),
    );
    assert!(events(&r, "release").is_empty());
    assert_eq!(events(&r, "sentence").len(), 1);
}

#[test]
fn a_second_verb_shares_the_subject_not_one_a_relative_clause_names() {
    let r = extract(
        "Security officers detained blogger Rustam Nazarov in Khujand on Monday. According to \
         his lawyer, officers had detained him on the street outside his flat. A neighbour who \
         was with him that evening, Firdavs Saidov, was detained as well but was released two \
         days later without charge.",
        Some("2025-03-20"),
    );
    assert_only(&r, "release", "Firdavs Saidov");
}

#[test]
fn a_given_name_alone_is_the_one_person_who_bears_it() {
    // ("Amir" is also an English word, so the name finder leaves it alone.)
    let r = extract(
        "Cartoonist Reza Tavakoli was arrested in March together with his younger brother, \
         Amir Tavakoli. Amir was freed on bail in May but remains barred from leaving the \
         country.",
        Some("2025-06-10"),
    );
    assert_only(&r, "release", "Amir Tavakoli");
}

#[test]
fn he_opening_a_sentence_is_the_last_sentences_subject_kin_or_not() {
    let r = extract(
        "Police in Rasht detained activist Sina Bagheri on Monday. Bagheri had organised a \
         strike. Bagheri was taken to Lakan prison.\nHis father, Hossein Bagheri-Fard, a \
         retired teacher, was detained at his home on Tuesday. He was released on bail on \
         Thursday.",
        None,
    );
    assert_only(&r, "release", "Hossein Bagheri-Fard");
}

#[test]
fn a_release_in_the_courtroom_comes_on_the_verdicts_day() {
    let r = extract(
        "Samarkand court jails four over chat group\n\nThe Samarkand regional court on \
         Wednesday sentenced Jasur Ergashev to six years for leading an extremist organisation \
         and gave Ulugbek Toirov five years for taking part in it.\nThe court acquitted Ilhom \
         Nazarov, a 45-year-old shopkeeper, ruling that prosecutors had failed to show he knew \
         what the chat contained. He was released in the courtroom.",
        Some("2025-02-14"),
    );
    assert_eq!(
        subjects_and_dates(&r, "release"),
        [("Ilhom Nazarov".to_string(), Some("2025-02-12"))]
    );
}

#[test]
fn a_small_group_is_not_named_by_people_told_before_it() {
    let r = extract(
        "Police arrested at least 17 people in Alexandria on October 20. Among those arrested \
         were engineer Amr Fathy and lecturer Mariam Abdelrahman.\n\nProsecutors in \
         Alexandria released five of the detainees, including two minors, without charge on \
         October 22. Fathy and Abdelrahman were transferred to Cairo.",
        Some("2025-10-25"),
    );
    let released: Vec<String> = events(&r, "release")
        .iter()
        .flat_map(|e| names(&r, &e.subjects))
        .map(str::to_string)
        .collect();
    assert!(
        !released.iter().any(|n| n.contains("Fathy")),
        "{released:?}"
    );
    assert!(released.iter().any(|n| n == "two minors"), "{released:?}");
}

#[test]
fn a_dateline_filed_from_abroad_does_not_place_the_happenings() {
    let r = extract(
        "BANGKOK, Jan 5 - Myanmar's military government released more than 5,000 prisoners \
         on Saturday under an amnesty, rights groups said.\n\nPolice later detained poet Khin \
         Myo Aye after she read a poem at a tea shop, her family said.",
        Some("2025-01-05"),
    );
    assert_eq!(place_names(&r, "release"), vec!["Myanmar"]);
    assert_eq!(place_names(&r, "detention"), vec!["Myanmar"]);
    // (A country told further on in the lede is not what the report is about.)
    let r = extract(
        "MANAMA, March 12 - A Bahraini court on Tuesday convicted 38 people of forming a \
         terrorist cell with links to Iran's Revolutionary Guards, the prosecution said.",
        Some("2025-03-12"),
    );
    assert_eq!(place_names(&r, "sentence"), vec!["Manama"]);
}

#[test]
fn a_release_from_police_custody_is_by_those_who_held_them() {
    let r = extract(
        "Police detained the journalist Mert Aksoy outside the courthouse in Ankara on \
         Tuesday. Aksoy was released from the police station after giving a statement.",
        Some("2024-12-11"),
    );
    let freed = event_of(&r, "release", "Mert Aksoy");
    assert_eq!(names(&r, &freed.agents), vec!["police"]);
}

#[test]
fn being_free_on_bail_is_no_release_unless_told_since_when() {
    let r = extract(
        "A court in Kurunegala on Tuesday fined schoolteacher Ruwan Dissanayake Rs. 50,000. \
         Dissanayake, who had been free on bail, said he had already deleted the post.",
        Some("2025-02-14"),
    );
    assert_none(&r, "release");
    let r = extract(
        "The court fined blogger Amr Zaki 50,000 Egyptian pounds on Monday. Zaki has been free \
         on bail since last year.",
        Some("2024-05-14"),
    );
    assert_eq!(events(&r, "release").len(), 1);
}

#[test]
fn a_patient_discharged_is_no_prisoner_freed() {
    let r = extract(
        "Police beat the journalist Ana Beridze during the protest on Sunday. She was released \
         from hospital on Monday.\n\nThe activist Giorgi Kapanadze was treated in hospital and \
         released the same night.",
        Some("2025-02-14"),
    );
    assert_none(&r, "release");
    let r = extract(
        "Police detained Giorgi Kapanadze on Sunday. He was released from custody on Monday.",
        Some("2025-02-14"),
    );
    assert_eq!(events(&r, "release").len(), 1);
}

#[test]
fn kin_the_pronouns_own_clause_tells_of_first_is_who_it_means() {
    let r = extract(
        "Police arrested Rashed Chowdhury, 24, and his brother Tanvir Chowdhury, 19, on Dec. 9.\n\n\
         A Chattogram court granted Tanvir bail on Dec. 12, citing his age and his upcoming \
         exams, and he was freed that evening. Rashed was not released.",
        Some("2025-12-20"),
    );
    let freed: Vec<Vec<&str>> = events(&r, "release")
        .iter()
        .filter(|e| e.status == "occurred")
        .map(|e| names(&r, &e.subjects))
        .collect();
    assert_eq!(freed, vec![vec!["Tanvir Chowdhury"]]);
}

#[test]
fn a_release_once_something_had_been_done_is_on_the_day_of_the_detention() {
    let r = extract(
        "Police detained journalists Sok Dara and Chan Vuthy outside the court on Wednesday. \
         Both were released after about an hour, once officers had deleted their footage.",
        Some("2024-09-05"),
    );
    let freed = event_of(&r, "release", "Sok Dara");
    assert_eq!(date_of(freed), Some("2024-09-04"));
}

#[test]
fn a_court_named_as_a_place_releases_no_one() {
    let r = extract(
        "Police detained journalists Sok Dara and Chan Vuthy outside the court on Wednesday. \
         Both were released after about an hour.",
        Some("2024-09-05"),
    );
    let freed = event_of(&r, "release", "Sok Dara");
    assert_eq!(names(&r, &freed.agents), vec!["police"]);
}

#[test]
fn a_verb_of_freeing_after_a_common_noun_still_frees_the_person_after_it() {
    let r = extract(
        "BANGKOK, Oct 9 (Example News) - An appeals court on Wednesday upheld the conviction of \
         activist Siriwan Thongdee. The judges in the same case acquitted her co-defendant, \
         Thanakorn Phromsri, a graphic designer.\n\n\
         A video released on Tuesday showed the courtroom.",
        Some("2025-10-09"),
    );
    assert_eq!(subjects_of(&r, "release"), vec!["Thanakorn Phromsri"]);
}

#[test]
fn names_joined_before_a_plural_site_word_are_sites() {
    let r = extract(
        "Those freed from the Tocoron and Tocuyito prisons on Tuesday included Yorman Castillo, \
         a 19-year-old from Barquisimeto, the rights group Foro Penal said.",
        Some("2025-05-15"),
    );
    let persons = persons(&r);
    assert!(
        !persons.contains(&"Tocuyito") && !persons.contains(&"Tocoron"),
        "{persons:?}"
    );
    assert_eq!(subjects_of(&r, "release"), vec!["Yorman Castillo"]);
}

#[test]
fn a_release_from_a_prison_happens_in_its_town() {
    let r = extract(
        "TUNIS - An appeals court in Tunis on Tuesday reduced the sentence of journalist Mourad \
         Trabelsi to eight months and ordered his release. Trabelsi was released from \
         Mornaguia prison on Wednesday evening, his wife said.",
        Some("2025-06-12"),
    );
    assert_eq!(place_names(&r, "release"), vec!["Mornaguia"]);
}

#[test]
fn they_after_a_count_are_the_persons_counted() {
    // A group named inside what the three did is not who "they" are.
    let r = extract(
        "OSH - A court fined Nurbek Toktosunov, Aizada Mamytova and Ulan Abdyrakhmanov. Osh \
         police detained the three on March 3 after they shared posts alleging that officials \
         had diverted water from smallholders to farms owned by their relatives. They were \
         questioned for several hours and released the same evening.",
        Some("2025-03-13"),
    );
    let mut released = subjects_of(&r, "release");
    released.sort();
    assert_eq!(
        released,
        vec!["Aizada Mamytova", "Nurbek Toktosunov", "Ulan Abdyrakhmanov"]
    );
    // "The two" counts no more than two: "they" in the sentence after are those two.
    let r = extract(
        "OSH - The Osh City Court on Tuesday fined farmer Nurbek Toktosunov 20,000 soms and \
         ordered Aizada Mamytova to pay 10,000 soms. Osh police detained the two on March 3 on \
         suspicion of spreading false information. They were questioned for several hours and \
         released the same evening.",
        Some("2025-03-13"),
    );
    let mut released = subjects_of(&r, "release");
    released.sort();
    assert_eq!(released, vec!["Aizada Mamytova", "Nurbek Toktosunov"]);
}

#[test]
fn a_day_told_later_does_not_keep_the_lede_undated() {
    let r = extract(
        "BAKU - President Ilham Aliyev on Tuesday signed a decree pardoning 154 prisoners ahead \
         of Independence Day, among them four activists whom rights defenders count as \
         political prisoners. They include Elvin Mammadli, a party member from Ganja who was \
         sentenced in 2022 to six years in prison, and Tofig Hasanov, a blogger from Sumqayit \
         who was arrested in January 2023. Also freed were trade unionist Rauf Gurbanli and \
         journalist Aynur Rzayeva-Mirzaliyeva. Mammadli walked out of a prison colony outside \
         the capital on Tuesday evening and was met by his brother.",
        Some("2025-05-29"),
    );
    let released = subjects_and_dates(&r, "release");
    assert!(
        released.iter().all(|(_, d)| *d == Some("2025-05-27")),
        "{released:?}"
    );
    assert!(
        released.iter().any(|(s, _)| s == "Tofig Hasanov"),
        "{released:?}"
    );
}

#[test]
fn an_acquittal_frees_on_the_day_of_the_verdict() {
    let r = extract(
        "BISHKEK - A district court on Tuesday sentenced blogger Aibek Osmonov to two years in \
         prison for calling for mass riots. The court acquitted his co-defendant, Nurlan \
         Toktosunov, ruling that prosecutors had failed to prove he wrote the posts.",
        Some("2025-06-20"),
    );
    let releases = events(&r, "release");
    assert_eq!(releases.len(), 1, "{releases:?}");
    assert_eq!(names(&r, &releases[0].subjects), vec!["Nurlan Toktosunov"]);
    assert_eq!(date_of(releases[0]), Some("2025-06-17"));
}

#[test]
fn a_state_release_is_not_placed_in_the_dateline_city() {
    let r = extract(
        "Turkmenistan frees a poet, keeps his brother in jail\nASHGABAT — Poet Myrat Orazov, \
         51, was among the 140 prisoners whom the government of President Serdar \
         Berdimuhamedov freed on Tuesday under an amnesty, his family said. His brother, Serdar \
         Orazov, remains in jail in Ashgabat.",
        Some("2025-12-12"),
    );
    assert!(
        !place_names(&r, "release").contains(&"Ashgabat"),
        "{:?}",
        place_names(&r, "release")
    );
}

#[test]
fn an_acquittal_names_the_charge_one_is_cleared_of() {
    let r = extract(
        "MUTARE - Student leader Kudakwashe Nyamande was acquitted on Tuesday of undermining \
         the authority of the President, a charge he had faced since his arrest at Mutare \
         Polytechnic in August 2023.",
        Some("2025-06-20"),
    );
    assert_all_charged(&r, "release", "undermining the authority of the President");
    // "Of all charges" names none.
    let r = extract(
        "MUTARE - Student leader Kudakwashe Nyamande was acquitted of all charges on Tuesday.",
        Some("2025-06-20"),
    );
    let charges: Vec<_> = events(&r, "release")
        .iter()
        .map(|e| e.charge.clone())
        .collect();
    assert_eq!(charges, vec![None], "{charges:?}");
}

#[test]
fn where_one_comes_from_is_not_where_one_is_freed() {
    let r = extract(
        "DUSHANBE - Daler Sharifzoda, a 38-year-old blogger from the southern Tajik city of \
         Kulob, walked out of a prison colony in Dushanbe on June 2.",
        Some("2025-06-05"),
    );
    let e = event_of(&r, "release", "Daler Sharifzoda");
    let place = e.place.as_deref().map(|p| name(&r, p));
    assert_eq!(place, Some("Dushanbe"));
}

#[test]
fn a_release_called_for_or_a_term_after_release_is_no_release() {
    for text in [
        "BISHKEK - The Committee to Protect Journalists said on Friday that Kyrgyz authorities \
         should release Adilet Saparbekov.",
        "SAMARQAND - A court sentenced the blogger Dilshod Rahmatulloyev to six years in prison \
         on Monday and barred him from working as a journalist for three years after his \
         release.",
    ] {
        let r = extract(text, Some("2025-03-21"));
        assert_none(&r, "release");
    }
}

#[test]
fn a_hyphened_number_opening_a_sentence_is_no_one_named() {
    let r = extract(
        "ZHANAOZEN - Police detained 40 oil workers at a strike on Monday. Twenty-six of the \
         detained workers were released on Friday morning without charge.",
        Some("2024-07-20"),
    );
    assert!(
        entity_names(&r, EntityKind::Person).is_empty(),
        "{:?}",
        entity_names(&r, EntityKind::Person)
    );
    let freed = events(&r, "release");
    assert_eq!(freed.len(), 1);
    let count = freed[0]
        .count
        .as_ref()
        .expect("the release counts those freed");
    assert_eq!((count.low, count.high), (Some(26), Some(26)));
}

#[test]
fn people_told_of_before_and_freed_on_a_day_are_a_crowd_freed() {
    let r = extract(
        "ZHANAOZEN - Police detained Nurlan Abenov and dozens of striking oil workers at the \
         company's gates on Monday. Most of the other strikers were freed late on Tuesday after \
         police recorded their personal details. Striking workers are often punished, the union \
         said.",
        Some("2024-07-20"),
    );
    let freed: Vec<_> = events(&r, "release")
        .iter()
        .map(|e| (names(&r, &e.subjects), date_of(e)))
        .collect();
    assert_eq!(
        freed,
        vec![(vec!["other strikers"], Some("2024-07-16"))],
        "{freed:?}"
    );
}
