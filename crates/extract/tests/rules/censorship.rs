//! Censorship: outlets, sites and groups blocked, banned or listed.

use super::*;

#[test]
fn the_judges_are_the_court_named_before_them() {
    let r = extract(
        "The State Security Court in Manama on Monday sentenced Ali Hassan to ten years in prison. \
         The judges also ordered his blog blocked.",
        Some("2025-03-05"),
    );
    let c = events(&r, "censorship");
    assert_eq!(c.len(), 1);
    let agents: Vec<&str> = c[0].agents.iter().map(|x| name(&r, x)).collect();
    assert!(
        agents.iter().any(|n| n.starts_with("State Security Court")),
        "{agents:?}"
    );
    assert!(!agents.contains(&"judges"), "{agents:?}");
}

#[test]
fn declaring_a_winner_is_an_election_the_declared_won() {
    let r = extract(
        "The Electoral Commission declared Geoffrey Opiyo Lukwiya of the ruling National \
         Resistance Movement the winner of the seat on Saturday.",
        Some("2026-01-20"),
    );
    assert!(events(&r, "censorship").is_empty());
    let e = events(&r, "election");
    assert_eq!(e.len(), 1);
    assert!(e[0]
        .agents
        .iter()
        .any(|x| name(&r, x) == "Geoffrey Opiyo Lukwiya"));
}

#[test]
fn a_trial_behind_closed_doors_closes_nothing() {
    let r = extract(
        "The trial of Ramin Aghazadeh and Leila Bagheri, held behind closed doors from Nov. 25 \
         to 27, ended with prison terms for both, their lawyers said.",
        None,
    );
    assert!(events(&r, "censorship").is_empty(), "{:?}", r.events);
    assert_all_dated(&r, "trial", "--11-25");
}

#[test]
fn a_revoked_press_card_and_a_regulators_fine_on_an_outlet_are_censorship() {
    let r = extract(
        "In Ankara, the Directorate of Communications revoked the press card of Elif Kocabaş, who \
         has covered parliament for 18 years. The Radio and Television Supreme Council fined the \
         channel Kanal Deniz 3% of its monthly revenue.",
        None,
    );
    let mut censored: Vec<&str> = events(&r, "censorship")
        .iter()
        .map(|e| name(&r, &e.subjects[0]))
        .collect();
    censored.sort();
    assert_eq!(censored, ["Elif Kocabaş", "Kanal Deniz"]);
    assert!(events(&r, "sentence").is_empty());
}

#[test]
fn the_owner_of_a_blocked_website_is_what_was_censored() {
    let r = extract(
        "In November authorities blocked access to Sheki Xeber’s website inside the country.",
        None,
    );
    assert_eq!(subjects_of(&r, "censorship"), ["Sheki Xeber"]);
}

#[test]
fn a_register_of_foreign_agents_and_a_deregistered_group_are_censorship() {
    let r = extract(
        "On Friday, the Justice Ministry added the Perm news site Zvezda Online and its editor, \
         Olga Sokolova, to its register of \u{201c}foreign agents.\u{201d}\nEarlier this month \
         the Registrar of Public Associations deregistered the Kama Human Rights Centre.",
        Some("2025-03-17"),
    );
    let subjects: Vec<Vec<&str>> = events(&r, "censorship")
        .into_iter()
        .map(|e| e.subjects.iter().map(|s| name(&r, s)).collect())
        .collect();
    assert_eq!(
        subjects,
        [
            vec!["Zvezda Online", "Olga Sokolova"],
            vec!["Kama Human Rights Centre"]
        ]
    );
}

#[test]
fn a_site_ordered_shut_down_is_censored() {
    let r = extract(
        "In 2018 the Information Ministry ordered the Uyghur-language literary website \
         Qutadghu, which published many of his poems, shut down.",
        Some("2025-03-17"),
    );
    let e = events(&r, "censorship");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(name(&r, &e[0].subjects[0]), "Qutadghu");
    assert_eq!(date_of(e[0]), Some("2018"));
}

#[test]
fn an_outlet_named_in_an_apposition_is_censored() {
    let r = extract(
        "Nazarov wrote for Sughd Khabar, an independent news site that was blocked inside \
         Tajikistan in 2022.\n\n\
         Qurbonzoda\u{2019}s news site, Paik, has been blocked inside Tajikistan since 2019.\n\n\
         In March, the ministry suspended the Arusha-based weekly Sauti ya Kaskazini for 30 days \
         over an article on land disputes.\n",
        None,
    );
    let censored = subjects_of(&r, "censorship");
    assert_eq!(
        censored,
        vec!["Sughd Khabar", "Paik", "Sauti ya Kaskazini"],
        "{censored:?}"
    );
    for e in events(&r, "censorship") {
        assert_eq!(
            entity(&r, &e.subjects[0]).category.as_deref(),
            Some("media"),
            "{e:?}"
        );
    }
}

#[test]
fn a_travel_ban_handed_down_is_a_penalty_not_censorship() {
    for text in [
        "A cousin, Fatemeh Chaabi, received a two-year ban on leaving the country.",
        "Her brother, Turki al-Shammari, was given a two-year travel ban by the same court.",
    ] {
        let r = extract(text, Some("2025-03-02"));
        assert_none(&r, "censorship");
        assert_first_penalty(&r, "other", Some(2.0), Some("year"));
    }
}

#[test]
fn a_banned_movement_named_in_passing_is_no_censorship() {
    for text in [
        "Farrukh Sharipov was convicted of participation in an extremist organization -- the \
         banned opposition movement Group 24 -- and received five years.",
        "Hiva Rostami was sentenced to death over his alleged membership of a banned Kurdish \
         party.",
    ] {
        let r = extract(text, Some("2025-03-02"));
        assert_none(&r, "censorship");
        assert_eq!(events(&r, "sentence").len(), 1);
    }
    // A ban told is still one.
    let r = extract(
        "The Supreme Court banned the opposition movement Group 24 as extremist in 2014.",
        Some("2025-03-02"),
    );
    assert_eq!(events(&r, "censorship").len(), 1);
}

#[test]
fn a_block_is_done_by_the_body_that_ordered_it() {
    let r = extract(
        "On Sept. 20, the Information Ministry ordered internet providers to block access to \
         the Zhaiyq Times website.",
        Some("2025-10-01"),
    );
    let c = events(&r, "censorship");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(name(&r, &c[0].agents[0]), "Information Ministry");
    let r = extract(
        "The news site of exiled journalist Sharofiddin Qurbonzoda, Paik, has been blocked \
         inside Tajikistan since 2019 on the orders of the state Communications Service, \
         although it remains widely read through VPNs.",
        Some("2025-10-01"),
    );
    let c = events(&r, "censorship");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(name(&r, &c[0].agents[0]), "Communications Service");
}

#[test]
fn a_ban_from_an_activity_handed_down_is_a_penalty() {
    let r = extract(
        "On March 3 a Dashoguz city court found Annagul Meredova guilty of \"disseminating false \
         information\" and banned her from traveling abroad for two years, the site reported.",
        Some("2025-03-20"),
    );
    assert_none(&r, "censorship");
    assert_first_penalty(&r, "other", Some(2.0), Some("year"));
    let r = extract(
        "Yelena Pechnikova was convicted in August 2024 of the same offense and banned from \
         administering websites for three years.",
        Some("2025-03-20"),
    );
    assert_none(&r, "censorship");
    assert_first_penalty(&r, "other", Some(3.0), Some("year"));
}

#[test]
fn a_cordon_across_a_route_is_no_censorship() {
    let r = extract(
        "Riot police blocked the route with barricades and detained 63 students on Monday.\n\
         Police blocked marchers with water cannon near the city centre.",
        Some("2025-10-17"),
    );
    assert_none(&r, "censorship");
    let r = extract(
        "The news site Tighremt Info has been inaccessible inside Algeria since the \
         authorities blocked it in March 2023.",
        Some("2025-10-17"),
    );
    assert_eq!(events(&r, "censorship").len(), 1);
}

#[test]
fn a_ministry_of_several_fields_is_one_name_and_restricting_access_censors() {
    let r = extract(
        "The Ministry of Culture, Information, Sports and Youth Policy blocked Ordo TV's website \
         on January 23. On October 11, the Agency of Information and Mass Communications \
         restricted access to the channel Toshkent Ovozi.",
        Some("2025-11-02"),
    );
    assert!(r
        .entities
        .iter()
        .any(|e| e.name == "Ministry of Culture, Information, Sports and Youth Policy"));
    assert!(r.entities.iter().all(|e| e.name != "Youth Policy"));
    let censored: Vec<Vec<&str>> = events(&r, "censorship")
        .iter()
        .map(|e| e.subjects.iter().map(|s| name(&r, s)).collect())
        .collect();
    assert!(
        censored.iter().any(|s| s.contains(&"Toshkent Ovozi")),
        "{censored:?}"
    );
}

#[test]
fn a_body_for_a_field_named_by_a_law_word_is_still_a_body() {
    let r = extract(
        "On Monday, the Supreme Council for Media Regulation ordered Al-Tariq's website \
         blocked inside Egypt.",
        Some("2024-11-19"),
    );
    let censorship = events(&r, "censorship")[0];
    let agents: Vec<&str> = censorship.agents.iter().map(|x| name(&r, x)).collect();
    assert_eq!(agents, ["Supreme Council for Media Regulation"]);
}

#[test]
fn a_power_a_law_grants_is_not_its_use() {
    let r = extract(
        "The law, signed by President Sadyr Japarov in 2021, lets the authorities block \
         websites without a court order. Rights lawyers say it gives officials sweeping powers \
         to shut down groups they consider political.",
        Some("2025-03-05"),
    );
    assert!(events(&r, "censorship").is_empty(), "{:?}", r.events);
    // Letting someone go is no power granted.
    let r = extract(
        "Before letting him go, police fined Yoandri Pérez Labrada 5,000 pesos for public \
         disorder on Sunday.",
        Some("2025-07-14"),
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Yoandri Pérez Labrada"]);
}

#[test]
fn a_court_s_ban_is_placed_where_the_court_sits() {
    let r = extract(
        "Belarus keeps widening its lists of banned media. The Central District Court of Gomel \
         declared Homiel Live \"extremist material\" in November 2022.",
        Some("2025-03-20"),
    );
    let places = place_names(&r, "censorship");
    assert_eq!(places, ["Gomel"]);
}

#[test]
fn a_town_before_an_outlet_s_noun_and_name_is_a_place() {
    let r = extract(
        "GUINEA - The High Authority for Communication on Wednesday suspended the Conakry \
         radio station Kaloum Horizon FM for one month for \"undermining national unity\".",
        Some("2025-08-05"),
    );
    assert_eq!(place_names(&r, "censorship"), ["Conakry"]);
}

#[test]
fn cutting_the_internet_is_censorship() {
    let r = extract(
        "On the first night, the state telecoms monopoly ETECSA cut mobile internet across the \
         city, residents said.",
        Some("2025-02-20"),
    );
    let cut = &events(&r, "censorship")[0];
    assert_eq!(names(&r, &cut.agents), ["ETECSA"]);
}

#[test]
fn censorship_ordered_by_an_office_holder_is_recorded() {
    let r = extract(
        "CARACAS — President Nicolás Maduro won a third term. In August, Maduro ordered the \
         social network X blocked for ten days.",
        Some("2024-09-02"),
    );
    let blocked = events(&r, "censorship");
    assert_eq!(blocked.len(), 1);
    assert_eq!(names(&r, &blocked[0].agents), ["Nicolás Maduro"]);
    assert_eq!(names(&r, &blocked[0].subjects), ["X"]);
}

#[test]
fn a_registrar_deregisters_and_outlets_stripped_of_licences_are_censored() {
    let r = extract(
        "MUTARE — The Registrar of Private Voluntary Organisations deregistered two groups, the \
         Chimanimani Youth Forum and the Sakubva Women's Network.\n\nYANGON — The military \
         stripped the outlet Khit Thit Media, which had covered the protests, of its publishing \
         licence in March 2021.",
        Some("2025-03-17"),
    );
    let censored = subjects_of(&r, "censorship");
    for name in [
        "Chimanimani Youth Forum",
        "Sakubva Women's Network",
        "Khit Thit Media",
    ] {
        assert!(
            censored.contains(&name.to_string()),
            "{name} in {censored:?}"
        );
    }
    let registrar = r.entities.iter().find(|e| e.name.starts_with("Registrar"));
    assert_eq!(
        registrar.and_then(|e| e.category.as_deref()),
        Some("government")
    );
}

#[test]
fn an_order_without_a_penalty_leaves_the_day_to_what_it_orders() {
    let r = extract(
        "On Sept. 20, the Information Ministry ordered internet providers to block access to \
         the Kokshe Vesti website, calling its reporting extremist.",
        Some("2025-10-02"),
    );
    assert_all_dated(&r, "censorship", "2025-09-20");
}

#[test]
fn a_regulator_that_orders_data_services_suspended_censors() {
    let r = extract(
        "The Bangladesh Telecommunication Regulatory Commission (BTRC) ordered mobile \
         operators to suspend 4G and 3G data services across Rajshahi city on Tuesday night.",
        Some("2025-10-16"),
    );
    let cut = events(&r, "censorship");
    assert_eq!(cut.len(), 1);
    assert_eq!(
        names(&r, &cut[0].agents),
        vec!["Bangladesh Telecommunication Regulatory Commission"]
    );
}

#[test]
fn a_suspended_programme_is_censored() {
    let r = extract(
        "Hours later, the Uganda Communications Commission suspended the radio programme for \
         30 days.",
        Some("2025-04-24"),
    );
    assert_eq!(events(&r, "censorship").len(), 1);
}

#[test]
fn a_regulator_that_tells_providers_to_block_a_site_censors() {
    let r = extract(
        "Our website has been unreachable since Dec. 5, when the Telecommunications Regulatory \
         Commission of Sri Lanka (TRCSL) told internet providers to block it.",
        Some("2025-12-20"),
    );
    let cut = events(&r, "censorship");
    assert_eq!(cut.len(), 1);
    assert_eq!(
        names(&r, &cut[0].agents),
        vec!["Telecommunications Regulatory Commission of Sri Lanka"]
    );
}

#[test]
fn a_name_after_the_word_regulator_is_a_state_body() {
    let r = extract(
        "On September 5 the communications regulator Uzkomnazorat blocked his Telegram channel, \
         Samarqand Ovozi, which had about 60,000 subscribers.",
        Some("2025-02-14"),
    );
    let block = events(&r, "censorship")[0];
    assert_eq!(names(&r, &block.agents), vec!["Uzkomnazorat"]);
    assert_eq!(
        entity(&r, &block.agents[0]).category.as_deref(),
        Some("government")
    );
}

#[test]
fn those_under_whom_it_happened_are_not_acted_on() {
    let r = extract(
        "MANAGUA - Nicaraguan authorities have stripped a community radio station in Masaya of \
         its broadcasting licence, in the latest moves against independent media under \
         President Daniel Ortega and Vice-President Rosario Murillo.",
        Some("2025-08-20"),
    );
    for e in events(&r, "censorship") {
        let subjects = names(&r, &e.subjects);
        assert!(!subjects.contains(&"Daniel Ortega"), "{subjects:?}");
    }
}

#[test]
fn a_gerund_inside_a_quoted_charge_tells_no_happening() {
    let r = extract(
        "TBILISI, June 5 (Example News) - Police detained Nino Beridze and Giorgi Tsintsadze on \
         Rustaveli Avenue on Tuesday. The ministry said they were held for \"blocking a \
         roadway\" and \"disobeying lawful orders of police officers\".",
        Some("2025-06-05"),
    );
    assert!(events(&r, "censorship").is_empty(), "{:?}", r.events);
}

#[test]
fn closing_a_bridge_or_holding_closed_hearings_is_no_censorship() {
    for text in [
        "TBILISI - Traffic police have closed the Liberty Bridge ahead of the evening march.",
        "BISHKEK - The Pervomaisky District Court held closed hearings in the case from May 3 \
         to 5.",
        "YEREVAN - Police detained 46 people in Vagharshapat late on Monday as a crowd tried \
         to block a convoy carrying a priest.",
    ] {
        let r = extract(text, Some("2025-06-10"));
        assert_none(&r, "censorship");
    }
}

#[test]
fn a_travel_ban_or_a_closed_case_is_no_censorship() {
    for text in [
        "BAKU - Nurlan Ahmadov was released after ten hours of questioning, but was told he \
         was banned from leaving the country, his father said.",
        "RIYADH - The court upheld the sentence and a 20-year travel ban on the teacher, ALQST \
         said.",
        "AKTAU - The court ordered the regional police department to close the criminal case \
         against Amangeldy Kuanyshev.",
    ] {
        let r = extract(text, Some("2025-06-10"));
        assert_none(&r, "censorship");
    }
}

#[test]
fn a_bar_on_what_one_person_may_do_is_part_of_a_penalty() {
    let r = extract(
        "TASHKENT - A court sentenced blogger Daniyar Adilbekov to two years of restricted \
         freedom on Tuesday and banned him from posting on social networks for three years.",
        Some("2025-06-12"),
    );
    assert_none(&r, "censorship");
    assert!(!events(&r, "sentence").is_empty());
}

#[test]
fn a_state_of_emergency_declared_is_a_decree() {
    let r = extract(
        "BAHIR DAR - The detentions were carried out under the state of emergency that the \
         Council of Ministers declared in the Amhara region in August 2023.",
        Some("2024-03-01"),
    );
    assert_none(&r, "censorship");
    let laws = events(&r, "legislation");
    assert_eq!(laws.len(), 1, "{laws:?}");
    assert_eq!(names(&r, &laws[0].agents), vec!["Council of Ministers"]);
    assert_eq!(date_of(laws[0]), Some("2023-08"));
}

#[test]
fn a_ban_told_as_what_a_law_does_is_the_law() {
    let r = extract(
        "BISHKEK - The Culture Ministry blocked the news site Aprel on Monday. The ministry acted \
         under a law on false information that President Sadyr Japarov signed in August 2021, \
         which allows websites to be blocked without a court order.",
        Some("2025-03-05"),
    );
    let blocked: Vec<_> = events(&r, "censorship")
        .iter()
        .flat_map(|e| names(&r, &e.subjects))
        .collect();
    assert_eq!(blocked, vec!["Aprel"], "{blocked:?}");
    let signers: Vec<_> = events(&r, "legislation")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert!(signers.contains(&"Sadyr Japarov"), "{signers:?}");
}

#[test]
fn a_regular_verb_after_be_is_an_adjective() {
    let r = extract(
        "The Tasnim news agency, which is close to the Revolutionary Guards, quoted an informed \
         source as saying the claims were fabrications. The news site Zeitoon was shut down on \
         Monday.",
        Some("2025-03-05"),
    );
    let closed: Vec<_> = events(&r, "censorship")
        .iter()
        .flat_map(|e| names(&r, &e.subjects))
        .collect();
    assert_eq!(closed, vec!["Zeitoon"], "{closed:?}");
}

#[test]
fn a_ban_on_something_bans_what_follows_on() {
    let r = extract(
        "Relatives said Arman Seitkali and Dauren Omarov began refusing food on January 10 in \
         protest at a ban on family visits. On Monday the ministry announced a ban on the \
         newspaper Aina.",
        Some("2025-02-01"),
    );
    let banned: Vec<_> = events(&r, "censorship")
        .iter()
        .flat_map(|e| names(&r, &e.subjects))
        .collect();
    assert_eq!(banned, vec!["Aina"], "{banned:?}");
}

#[test]
fn a_door_closed_in_a_saying_and_a_party_blocked_from_governing_are_no_censorship() {
    let r = extract(
        "LOME - \"Every time we try to speak, they close the doors,\" opposition member Afi \
         Djossou told reporters. The Reform Party had won the most seats but was blocked from \
         forming a government by the Senate. Police closed the newspaper Aina on Monday.",
        Some("2024-04-25"),
    );
    let closed: Vec<_> = events(&r, "censorship")
        .iter()
        .flat_map(|e| names(&r, &e.subjects))
        .collect();
    assert_eq!(closed, vec!["Aina"], "{closed:?}");
    assert_eq!(events(&r, "censorship").len(), 1);
}

#[test]
fn a_block_a_law_allows_is_no_block() {
    let r = extract(
        "CARACAS - Maduro on Tuesday signed a reform of the Organic Law on Telecommunications, \
         approved by the National Assembly last week, that allows the National \
         Telecommunications Commission (CONATEL) to revoke the licences of broadcasters. On \
         Monday CONATEL closed the radio station Onda Libre.",
        Some("2025-03-05"),
    );
    let blocked: Vec<_> = events(&r, "censorship")
        .iter()
        .map(|e| names(&r, &e.subjects))
        .collect();
    assert_eq!(blocked, vec![vec!["Onda Libre"]], "{blocked:?}");
}

#[test]
fn two_platforms_joined_by_and_are_two_names() {
    let r = extract(
        "DHAKA - The Bangladesh Telecommunication Regulatory Commission blocked Facebook and \
         Telegram across the Rajshahi division on Wednesday.",
        Some("2025-10-16"),
    );
    assert_eq!(subjects_of(&r, "censorship"), vec!["Facebook", "Telegram"]);
}
