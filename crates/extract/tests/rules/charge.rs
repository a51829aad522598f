//! Charges: who was charged, by whom, and with what.

use super::*;

#[test]
fn a_subject_before_a_relative_clause_is_not_charged() {
    let r = extract(
        "Police searched the flat of historian Timur Nazarov. Nazarov, who was questioned \
         as a witness, was not charged.",
        None,
    );
    let c = events(&r, "charge");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].status, "negated");
    assert_eq!(name(&r, &c[0].subjects[0]), "Timur Nazarov");
}

#[test]
fn a_count_of_the_offence_points_back_to_the_charge() {
    let r = extract(
        "Police arrested Leung Wai-man on suspicion of sedition. Leung was charged on Friday \
         with one count of the offence and will appear in court on Saturday.",
        Some("2025-05-10"),
    );
    let c = events(&r, "charge");
    assert_eq!(c.len(), 1);
    let charge = c[0].charge.as_deref().unwrap_or_default();
    assert!(!charge.contains("appear"), "{charge}");
}

#[test]
fn he_is_seldom_the_president_told_of_in_passing() {
    let r = extract(
        "Ilnur Gabdrakhmanov is no stranger to the courts. In 2023 a judge handed him a suspended \
         sentence for posts that spread false information, an offense created by a law \
         President Vladimir Putin signed. In January, investigators opened a new criminal case \
         against him.",
        None,
    );
    assert_eq!(subjects_of(&r, "charge"), ["Ilnur Gabdrakhmanov"]);
}

#[test]
fn has_since_is_an_adverb_not_a_clause() {
    let r = extract(
        "The Investigative Committee has since charged Ales Kavalchuk with facilitating \
         extremist activity.",
        None,
    );
    let c = events(&r, "charge");
    assert_eq!(c.len(), 1);
    assert_eq!(name(&r, &c[0].agents[0]), "Investigative Committee");
}

#[test]
fn a_week_gone_by_is_no_future() {
    let r = extract(
        "Two weeks ago, investigators charged Gulnara Sydykova with calling for mass unrest. \
         Sydykova was released from custody last week.",
        Some("2025-03-21"),
    );
    for kind in ["charge", "release"] {
        let e = events(&r, kind);
        assert_eq!(e.len(), 1, "{kind}");
        assert_eq!(e[0].status, "occurred", "{kind}");
    }
}

#[test]
fn a_participle_after_and_stays_passive_across_places_told_between() {
    let r = extract(
        "Julio Andrés Pineda Lacayo was detained by police on Jan. 20 at the family's house in \
         Managua's Altamira neighbourhood and charged three days later with “spreading false \
         news.”",
        None,
    );
    assert_eq!(subjects_of(&r, "charge"), ["Julio Andrés Pineda Lacayo"]);
}

#[test]
fn charged_five_of_them_including_named_ones_with_a_charge() {
    let r = extract(
        "All 12 were released by a Trabzon court on Sunday. The prosecutor’s office has charged \
         five of them, including Zeynep Cakir and local farmer Recep Karaosmanoglu, 61, with \
         violating Law No. 2911 on Meetings and Demonstrations.",
        None,
    );
    let charges: Vec<Option<&str>> = events(&r, "charge")
        .iter()
        .filter(|e| {
            !e.subjects.is_empty()
                && entity(&r, &e.subjects[0]).kind == chronicle_record::EntityKind::Person
        })
        .map(|e| e.charge.as_deref())
        .collect();
    assert!(!charges.is_empty());
    for c in charges {
        assert_eq!(
            c,
            Some("violating Law No. 2911 on Meetings and Demonstrations")
        );
    }
}

#[test]
fn an_accusation_by_those_who_prosecute_is_a_charge() {
    let r = extract(
        "The two activists, Rasha Abdel-Rahman and Omar al-Masri, were questioned by prosecutors \
         overnight and accused of spreading false news. Their lawyer accused the authorities of \
         lying.",
        None,
    );
    assert_eq!(
        subjects_of(&r, "charge"),
        ["Rasha Abdel-Rahman", "Omar al-Masri"]
    );
    for e in events(&r, "charge") {
        assert_eq!(e.charge.as_deref(), Some("spreading false news"));
        assert_eq!(e.status, "occurred");
    }
}

#[test]
fn a_paragraph_letter_in_brackets_is_no_charge() {
    let r = extract(
        "Police arrested schoolteacher Ma Thiri Htun on Monday. She has been charged under \
         Section 50(j) of the Counter-Terrorism Law.",
        None,
    );
    let c = events(&r, "charge");
    assert!(!c.is_empty());
    assert!(c.iter().all(|e| e.charge.as_deref() != Some("j")), "{c:?}");
}

#[test]
fn the_pair_is_the_two_just_named_unless_names_follow() {
    let r = extract(
        "Aqylbek Tureniyazov and Gulnara Seytmuratova were sentenced on Friday. Prosecutors \
         formally charged the pair in September 2022.",
        Some("2025-03-15"),
    );
    assert_told(
        &r,
        "charge",
        &["Aqylbek Tureniyazov", "Gulnara Seytmuratova"],
        "2022-09",
    );
    let r = extract(
        "Aqylbek Tureniyazov and Gulnara Seytmuratova were sentenced on Friday. Turkish police \
         detained both elected co-mayors of Bismil, Rojda Kaplan and Mehmet Aydemir, on Tuesday.",
        Some("2025-03-15"),
    );
    assert_eq!(
        subjects_of(&r, "detention"),
        ["Rojda Kaplan", "Mehmet Aydemir"]
    );
}

#[test]
fn a_charge_under_an_act_is_what_follows_with_and_ends_at_its_closing_quote() {
    let r = extract(
        "Mcolisi Shongwe and Thandeka Masilela have been charged under the Suppression of \
         Terrorism Act with \u{201c}incitement\u{201d} and \u{201c}conspiracy to commit acts of \
         terrorism,\u{201d} police spokesperson Phindile Vilakati confirmed.",
        None,
    );
    assert_all_charged(
        &r,
        "charge",
        "incitement and conspiracy to commit acts of terrorism",
    );
}

#[test]
fn a_pronoun_object_is_each_joined_verbs() {
    let r = extract(
        "The woman, Hadeer Abdel-Rahman, a seamstress, resurfaced on Saturday at the Supreme \
         State Security Prosecution in Cairo. Prosecutors there charged her with \u{201c}joining \
         a terrorist group\u{201d} and ordered her held for 15 days pending investigation.",
        Some("2024-03-12"),
    );
    assert_eq!(subjects_of(&r, "charge"), ["Hadeer Abdel-Rahman"]);
}

#[test]
fn a_report_registered_against_the_two_charges_them() {
    let r = extract(
        "Police detained Zubair Bizenjo and Hani Gul Marri on Tuesday. On Wednesday, the \
         Counter Terrorism Department (CTD) registered a First Information Report against the \
         two under section 124-A of the Pakistan Penal Code.",
        Some("2025-03-14"),
    );
    assert_told(
        &r,
        "charge",
        &["Zubair Bizenjo", "Hani Gul Marri"],
        "2025-03-12",
    );
}

#[test]
fn a_charge_told_with_no_time_of_its_own_goes_on_the_episode_before_it() {
    let r = extract(
        "Police in Kutaisi detained activist Giorgi Beridze on Saturday during a rally outside \
         the city hall. Investigators charged him with group violence.",
        Some("2025-06-12"),
    );
    assert_all_dated(&r, "charge", "2025-06-07");
}

#[test]
fn a_suspicion_told_of_the_detained_is_the_grounds_of_their_detention() {
    let r = extract(
        "Security officers searched the homes of blogger Azamat Bekov and camerawoman Aida \
         Sultanova on Feb. 11 and detained them, their lawyer said. In a \
         statement, the security service said the two were suspected of \u{201c}calls for \
         mass unrest\u{201d}.",
        Some("2025-02-14"),
    );
    assert!(events(&r, "charge").is_empty(), "{:?}", r.events);
    assert_all_charged(&r, "detention", "calls for mass unrest");
    // Told of someone never detained, a suspicion is a charge.
    let r = extract(
        "Prosecutors said blogger Azamat Bekov was suspected of \u{201c}calls for mass \
         unrest\u{201d}.",
        Some("2025-02-14"),
    );
    assert_eq!(subjects_of(&r, "charge"), vec!["Azamat Bekov"]);
}

#[test]
fn a_quoted_gerund_takes_its_object_after_the_quote() {
    let r = extract(
        "On Wednesday, investigators charged Pavel Sorokin with “repeatedly discrediting” the \
         Russian armed forces over three posts on VKontakte.",
        Some("2025-03-07"),
    );
    assert_all_charged(
        &r,
        "charge",
        "repeatedly discrediting the Russian armed forces",
    );
}

#[test]
fn the_subject_stands_before_a_saying_set_off_by_commas() {
    let r = extract(
        "Walid Trabelsi, the union said, was charged with \u{201c}insulting a public \
         official.\u{201d}",
        Some("2025-06-12"),
    );
    assert_only(&r, "charge", "Walid Trabelsi");
}

#[test]
fn charged_with_the_same_offences_takes_the_charge_told_before() {
    let r = extract(
        "Prosecutors charged Juan Lopez Paz with usurpation and aggravated damage on Monday. \
         Two other committee members, Karla Banegas Cruz and her brother Oscar Banegas Cruz, \
         have been charged with the same offences but remain free.",
        Some("2025-03-10"),
    );
    assert_all_charged(&r, "charge", "usurpation and aggravated damage");
}

#[test]
fn a_charge_ends_where_a_present_tense_verb_goes_on() {
    let r = extract(
        "Soldiers arrested teacher Ma Thiri Htun in Monywa in March. She was charged for \
         donating money to the local resistance group and awaits trial in Monywa prison.",
        Some("2025-06-10"),
    );
    assert_all_charged(&r, "charge", "donating money to the local resistance group");
}

#[test]
fn those_who_charged_are_not_the_charge() {
    let r = extract(
        "Police detained eleven villagers at the roadblock, among them Erkinbek Mamat uulu and \
         Gulzat Abdykerimova. The two were formally charged in July by investigators of the \
         Interior Ministry.",
        Some("2025-09-10"),
    );
    let charged = events(&r, "charge");
    assert!(!charged.is_empty());
    for e in charged {
        assert!(
            e.charge.as_deref().is_none_or(|c| !c.contains("Ministry")),
            "{:?}",
            e.charge
        );
    }
}

#[test]
fn a_list_of_quoted_charges_is_one_charge() {
    let r = extract(
        "Prosecutors charged Abdel-Hamid with \"joining a terrorist group\", \"spreading false \
         news\" and \"misusing social media\", and ordered him held for 15 days.\nIn December \
         the Supreme Court in Dushanbe sentenced Jamshed Nurulloev to 14 years in prison for \
         fraud and \"public calls for extremist activity\".",
        Some("2024-05-30"),
    );
    assert_all_charged(
        &r,
        "charge",
        "joining a terrorist group, spreading false news and misusing social media",
    );
    assert_all_charged(
        &r,
        "sentence",
        "fraud and public calls for extremist activity",
    );
}

#[test]
fn a_plural_the_dashes_spell_out_is_the_persons_named_in_them() {
    let r = extract(
        "BATUMI, Georgia — The defendants — nurse Nino Tsiklauri-Beridze, 34, student Giorgi \
         Abashidze, 19, and taxi driver Levan Kharabadze, 45 — are charged with “group \
         violence”, which carries four to six years in prison.",
        Some("2025-02-20"),
    );
    assert_eq!(
        subjects_of(&r, "charge"),
        [
            "Nino Tsiklauri-Beridze",
            "Giorgi Abashidze",
            "Levan Kharabadze"
        ]
    );
    assert_all_charged(&r, "charge", "group violence");
}

#[test]
fn a_tally_of_charges_over_time_is_no_charge() {
    let r = extract(
        "CHIANG MAI — Prosecutors on Monday charged student Thanawat Kaewprasert with \
         lese-majeste over a poster. Lawyers said at least 270 people have been charged with \
         lese-majeste since 2020.",
        Some("2025-08-20"),
    );
    assert_eq!(subjects_of(&r, "charge"), ["Thanawat Kaewprasert"]);
}

#[test]
fn police_charging_with_batons_charge_no_one() {
    let r = extract(
        "CHATTOGRAM — Police fired tear gas and charged with batons to disperse a sit-in by \
         the opposition in the port city on Sunday, leaving at least 60 people injured.",
        Some("2025-01-20"),
    );
    assert_none(&r, "charge");
}

#[test]
fn a_charge_takes_the_offence_the_sentence_before_accuses_its_subjects_of() {
    let r = extract(MACAU_CHAT_GROUP, Some("2025-03-14"));
    assert_all_charged(&r, "charge", "inciting subversion of state power");
}

#[test]
fn a_word_for_a_state_body_opening_a_sentence_is_no_name() {
    let r = extract(
        "BEJAIA — Police sealed the association's offices on Monday. Gendarmes detained its \
         president, Mourad Ait Hamouda, at his home the following day. He was charged on \
         Tuesday night with \"undermining national unity\".",
        Some("2025-06-18"),
    );
    assert_eq!(subjects_of(&r, "charge"), ["Mourad Ait Hamouda"]);
    assert!(
        persons(&r).iter().all(|p| *p != "Gendarmes"),
        "{:?}",
        persons(&r)
    );
}

#[test]
fn a_word_after_a_spaced_dash_opens_the_text_like_a_sentence_start() {
    let r = extract(
        "GIZA - Journalist Mahmoud Ragab, who was arrested in November 2021, was charged on \
         Wednesday with \"financing a terrorist group\".",
        Some("2024-02-16"),
    );
    assert_eq!(subjects_of(&r, "charge"), ["Mahmoud Ragab"]);
}

#[test]
fn a_charge_joined_to_a_dated_arrest_shares_its_day() {
    let r = extract(
        "On April 2 police arrested Tendai Muzondo at the hospital and charged him.",
        Some("2025-08-05"),
    );
    assert_all_dated(&r, "charge", "2025-04-02");
}

#[test]
fn an_opening_date_skips_those_an_earlier_happening_took() {
    let r = extract(
        "Police detained 40 people at a rally on Monday. On Thursday, 12 of those detained, \
         including Sarah Nalubega, were charged before the General Court Martial in Kampala \
         with unlawful possession of military stores.",
        Some("2025-05-30"),
    );
    assert_eq!(
        statuses_and_dates(&r, "charge"),
        [("occurred", Some("2025-05-29"))]
    );
}

#[test]
fn a_doubt_in_the_grounds_of_a_charge_leaves_the_charge_told_as_done() {
    let r = extract(
        "On Wednesday, investigators in Perm charged Pavel Sorokin with justifying terrorism \
         over a comment he allegedly left under a VKontakte post.",
        Some("2025-03-07"),
    );
    let charges = events(&r, "charge");
    assert_eq!(charges.len(), 1);
    assert_eq!(charges[0].status, "occurred");
}

#[test]
fn a_place_with_small_words_inside_ends_a_headline_and_seats_a_court() {
    let r = extract(
        "Party says organiser abducted in Dar es Salaam\n\nPolice in Mwanza detained two \
         Chadema organisers on Monday. The Kisutu Resident Magistrate's Court in Dar es Salaam \
         charged a third, Baraka Mwita, with sedition.",
        Some("2024-06-19"),
    );
    let places = entity_names(&r, EntityKind::Place);
    assert!(places.contains(&"Dar es Salaam"), "{places:?}");
    assert!(!places.contains(&"Dar"), "{places:?}");
    assert_eq!(place_names(&r, "charge"), ["Dar es Salaam"]);
}

#[test]
fn a_charge_brought_at_a_dated_hearing_comes_on_its_day() {
    let r = extract(
        "Police detained Luis Rondon in Caracas on July 30.\nAt a virtual hearing on Aug. 2, \
         prosecutors charged him with terrorism and incitement to hatred.",
        Some("2024-08-20"),
    );
    assert_all_dated(&r, "charge", "2024-08-02");
}

#[test]
fn a_place_the_gazetteer_does_not_know_is_that_place_when_named_again() {
    // The report names "Ashulia" as a place, then again alone in the clause of the charge.
    let text = include_str!("../../../../devset/yj-ashulia-wage-protest-detentions.txt");
    let r = extract(text, Some("2025-03-05"));
    assert_eq!(place_names(&r, "charge"), vec!["Ashulia"]);
}

#[test]
fn the_body_that_says_someone_was_charged_charged_them() {
    let r = extract(
        "BISHKEK - Security officers searched the office of the news site Ayt Media on \
         Monday. On Wednesday, the GKNB said in a statement that editor Bolot Sydykov had \
         been charged with \"public calls for mass riots\".",
        Some("2025-02-14"),
    );
    let charges = events(&r, "charge");
    assert_eq!(charges.len(), 1, "{charges:?}");
    assert_eq!(names(&r, &charges[0].agents), vec!["GKNB"]);
}

#[test]
fn prosecutors_at_a_court_are_the_ones_who_charge() {
    for text in [
        "PHNOM PENH - On Friday prosecutors at the Phnom Penh Municipal Court charged party \
         official Ouk Chanthou with incitement to commit a felony.",
        "BEJAIA - On Wednesday the public prosecutor at the Bejaia court charged activist \
         Karim Belkacemi with undermining national unity.",
    ] {
        let r = extract(text, Some("2026-06-08"));
        let charges = events(&r, "charge");
        assert_eq!(charges.len(), 1, "{charges:?}");
        let categories: Vec<_> = charges[0]
            .agents
            .iter()
            .map(|x| entity(&r, x).category.clone())
            .collect();
        assert_eq!(categories, vec![Some("prosecutor".to_string())], "{text}");
    }
}

#[test]
fn a_group_told_as_prosecuted_is_a_tally_not_a_charge() {
    for text in [
        "MOSCOW - The rights project OVD-Info lists her among more than 1,200 people \
         prosecuted in Russia for opposing the war.",
        "TUNIS - The decree was issued in 2022. More than 200 people have since been \
         prosecuted under it, according to rights groups.",
    ] {
        let r = extract(text, Some("2025-03-21"));
        assert_none(&r, "charge");
    }
}

#[test]
fn an_appeal_filed_against_a_verdict_is_no_charge() {
    let r = extract(
        "HARARE - A magistrate fined Tendai Chikomba and Rutendo Makoni-Chari on Monday. Their \
         lawyer, Nyasha Mubaiwa, said she would file an appeal against both verdicts this week.",
        Some("2025-03-21"),
    );
    assert_none(&r, "charge");
}

#[test]
fn what_should_never_have_been_is_no_happening() {
    let r = extract(
        "BANNU - An anti-terrorism court in Bannu had in March 2024 sentenced Gul Zaman Wazir, \
         Ihsanullah Marwat and Bakht Munir Khan to five years each. On Tuesday the Peshawar \
         High Court set aside Khan's conviction. In Karachi, a magistrate this week fined two \
         PTM supporters, Abdul Wahid Mehsud and Rahim Shah Afridi, Rs 20,000 each. Amnesty \
         International welcomed Khan's release but said none of the three \"should ever have \
         been prosecuted for peaceful speech\".",
        Some("2025-03-20"),
    );
    assert_none(&r, "charge");
}

#[test]
fn neither_of_two_named_had_it_happen() {
    let r = extract(
        "MANAGUA - Father Oscar Benavides was detained by police on Nov. 3. Father Julio Cesar \
         Lanzas was taken from his home by police a week later. Neither priest was formally \
         charged.",
        Some("2024-11-28"),
    );
    let charged: Vec<_> = events(&r, "charge")
        .iter()
        .map(|e| (e.status.as_str(), names(&r, &e.subjects)))
        .collect();
    assert_eq!(
        charged,
        vec![
            ("negated", vec!["Oscar Benavides"]),
            ("negated", vec!["Julio Cesar Lanzas"])
        ],
        "{charged:?}"
    );
}

#[test]
fn an_investigation_opened_against_someone_charges_them() {
    let r = extract(
        "LIMA - Police detained Renzo Huaman Flores, a union member, and Milagros Cardenas, a \
         law student, at the march. Prosecutors opened an investigation against both for \
         disturbances, their lawyer said. Separately, prosecutors opened an investigation into \
         the death of a street vendor.",
        Some("2025-04-03"),
    );
    let charged = subjects_of(&r, "charge");
    assert_eq!(
        charged,
        vec!["Renzo Huaman Flores", "Milagros Cardenas"],
        "{charged:?}"
    );
    assert_eq!(events(&r, "charge").len(), 2);
}
