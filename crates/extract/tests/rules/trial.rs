//! Trials and hearings: who was tried, where and when.

use super::*;

#[test]
fn a_hearing_set_for_a_later_day_is_planned_in_the_coming_months() {
    let r = extract(
        "Police detained lawyer Selin Kaya in Izmir on Monday. Her first hearing is set for Dec. 9.",
        Some("2025-10-17"),
    );
    let t = events(&r, "trial");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].status, "planned");
    assert_eq!(date_of(t[0]), Some("2025-12-09"));
}

#[test]
fn a_counted_reference_to_the_defendants_is_the_persons_tried() {
    let r = extract(
        "A court in Tabriz sentenced Yashar Nasirzadeh to death.\n\
         The three defendants were tried together at a single hearing on Aug. 27, lawyer Hamid \
         Karimi said.\n\
         Ali Rasti was sentenced to two years in prison. Maryam Sadeghi received five years in \
         prison.",
        Some("2024-09-18"),
    );
    let mut tried = subjects_of(&r, "trial");
    tried.sort();
    assert_eq!(tried, ["Ali Rasti", "Maryam Sadeghi", "Yashar Nasirzadeh"]);
    // The saying after the comma does not take the hearing's date.
    assert_all_dated(&r, "trial", "2024-08-27");
}

#[test]
fn a_hearing_of_the_counted_defendants_is_theirs_even_if_lent_to_one_unnamed() {
    let r = extract(
        "A court in Tabriz has sentenced an activist to death and jailed two others tried with \
         him.\nYashar Nasirzadeh, 29, was arrested in November 2022.\nThe three defendants were \
         tried together at a single hearing on Aug. 27. Ali Rasti was sentenced to two years in \
         prison. Maryam Sadeghi received five years in prison. Nasirzadeh's lawyer has appealed \
         his death sentence.",
        None,
    );
    let mut tried = subjects_of(&r, "trial");
    tried.sort();
    assert_eq!(tried, ["Ali Rasti", "Maryam Sadeghi", "Yashar Nasirzadeh"]);
    assert_all_dated(&r, "trial", "--08-27");
}

#[test]
fn a_court_that_heard_the_case_tried_those_it_sentenced() {
    let r = extract(
        "A district court in Kazan on Wednesday sentenced activist Ilnur Gabdrakhmanov to two \
         years in a penal colony, while his fellow defendant, the teacher Alsu Khairullina, was \
         given one year of restricted freedom.\nThe Vakhitovsky District Court heard the case \
         from Nov. 18 to 20 and delivered its verdict a week later.",
        None,
    );
    assert_told(
        &r,
        "trial",
        &["Ilnur Gabdrakhmanov", "Alsu Khairullina"],
        "--11-18",
    );
}

#[test]
fn the_next_hearing_of_an_adjourned_case_is_its_defendants() {
    let r = extract(
        "Judge Karen Manukyan of the Lori Regional Court adjourned the case of Arman Hovsepyan \
         on Tuesday after the prosecutor failed to appear. The next hearing is set for Nov. 19.",
        Some("2024-10-24"),
    );
    let hearings: Vec<(String, Option<&str>, &str)> = events(&r, "trial")
        .iter()
        .map(|e| {
            (
                name(&r, &e.subjects[0]).to_string(),
                date_of(e),
                e.status.as_str(),
            )
        })
        .collect();
    assert_eq!(
        hearings,
        [
            ("Arman Hovsepyan".into(), Some("2024-10-22"), "occurred"),
            ("Arman Hovsepyan".into(), Some("2024-11-19"), "planned"),
        ]
    );
}

#[test]
fn a_court_named_after_its_region_sits_in_the_city_the_report_gives() {
    let r = extract(
        "A court in Vanadzor has again postponed the trial of activist Arman Hovsepyan.\n\n\
         Judge Karen Manukyan of the Lori Regional Court adjourned the case of Arman Hovsepyan \
         on Tuesday. The trial opened on Sept. 10.",
        Some("2024-10-24"),
    );
    let places: Vec<&str> = events(&r, "trial")
        .iter()
        .map(|e| name(&r, e.place.as_deref().unwrap()))
        .collect();
    assert!(
        !places.is_empty() && places.iter().all(|p| *p == "Vanadzor"),
        "{places:?}"
    );
}

#[test]
fn appearing_before_a_magistrate_is_a_hearing() {
    let r = extract(
        "Chikore and Mutasa were charged with participating in a gathering with intent to \
         promote public violence. They appeared before a Gweru magistrate on Friday.",
        Some("2024-09-27"),
    );
    assert_told(&r, "trial", &["Chikore", "Mutasa"], "2024-09-27");
}

#[test]
fn the_acquitted_are_freed_and_no_hearing_is_added_for_them() {
    let r = extract(
        "A court in Al Hoceima on Wednesday convicted three fishermen. The fourth defendant, the \
         student Salma El Ouariachi, was acquitted of all charges and walked out of the \
         courthouse in tears.",
        Some("2025-07-10"),
    );
    // (A hearing the text does not tell is not added: annotators record the acquittal.)
    assert!(subjects_of(&r, "trial").is_empty());
    assert_told(&r, "release", &["Salma El Ouariachi"], "2025-07-09");
    assert!(
        events(&r, "protest").is_empty(),
        "walking out of court is no walkout"
    );
}

#[test]
fn hearings_still_to_come_are_planned_trials() {
    let r = extract(
        "A Yaroslavl court sentenced the musician Artyom Lebedev to five years. Lebedev rejects \
         the verdict; his appeal will be heard by the regional court on March 27.",
        Some("2025-03-05"),
    );
    assert_eq!(
        statuses_and_dates(&r, "trial"),
        [("planned", Some("2025-03-27"))]
    );
    let r = extract(
        "Patrick Opiyo pleaded not guilty, and his trial was adjourned to 6 May. The other 19 \
         vendors, who are out on bail, are due back in court on Sept. 3.",
        Some("2025-03-05"),
    );
    // (The hearing at which he pleaded and was adjourned happened, on a day not told.)
    assert_eq!(
        statuses_and_dates(&r, "trial"),
        [
            ("occurred", None),
            ("planned", Some("2025-05-06")),
            ("planned", Some("2025-09-03"))
        ]
    );
}

#[test]
fn the_trial_told_after_a_dated_verdict_is_that_hearing() {
    let r = extract(
        "A court in Hanoi on Dec. 5 sentenced the Facebook commentator Nguyen Van Khuong to \
         five years in prison. The trial, which lasted less than four hours, was closed to the \
         public.",
        None,
    );
    assert_all_dated(&r, "trial", "--12-05");
}

#[test]
fn an_appeal_courts_new_term_is_a_sentence_of_that_day() {
    let r = extract(
        "The Samarkand Regional Court on Tuesday replaced the prison sentence of the blogger \
         Dilmurod Khasanov with two and a half years of restricted freedom.",
        Some("2025-04-10"),
    );
    assert!(subjects_of(&r, "trial").is_empty());
    assert_told(&r, "sentence", &["Dilmurod Khasanov"], "2025-04-08");
    assert_first_penalty(&r, "restricted_freedom", Some(2.5), Some("year"));
}

#[test]
fn appearing_before_a_court_is_a_hearing_and_its_adjournment_plans_the_next() {
    let r = extract(
        "Ahmad al-Khatib, a teacher from Irbid, appeared in a wheelchair before the State \
         Security Court in Amman on Sunday, his family said. The court adjourned the hearing \
         until June 3 after his lawyer asked for a medical examination.",
        Some("2025-05-27"),
    );
    assert_eq!(
        statuses_and_dates(&r, "trial"),
        [
            ("occurred", Some("2025-05-25")),
            ("planned", Some("2025-06-03"))
        ]
    );
    assert_eq!(
        subjects_of(&r, "trial"),
        ["Ahmad al-Khatib", "Ahmad al-Khatib"]
    );
}

#[test]
fn an_appeal_hearing_told_later_is_the_convicted_ones() {
    let r = extract(
        "The Naryn regional court on Wednesday found Ermek Toktogulov and Aibek Zhumabaev guilty \
         of calling for mass unrest and sentenced them to five years in prison.\nBoth men deny \
         wrongdoing. Dozens of relatives gathered outside the courthouse. Their lawyer, \
         Cholpon Abdyldaeva, called the verdict revenge for a peaceful rally.\nShe said an \
         appeal hearing had been scheduled for April 2.",
        Some("2025-03-21"),
    );
    let trials: Vec<(&str, &str, Option<&str>)> = events(&r, "trial")
        .into_iter()
        .map(|e| (name(&r, &e.subjects[0]), e.status.as_str(), date_of(e)))
        .collect();
    assert_eq!(
        trials,
        [
            ("Ermek Toktogulov", "planned", Some("2025-04-02")),
            ("Aibek Zhumabaev", "planned", Some("2025-04-02"))
        ]
    );
}

#[test]
fn those_who_appeared_at_a_hearing_were_tried() {
    let r = extract(
        "Student activists Ko Thant Zin Htun and Ma Hnin Ei Phyu appeared at a hearing in \
         Mandalay on Thursday, their lawyer said.",
        Some("2025-10-25"),
    );
    assert_told(
        &r,
        "trial",
        &["Ko Thant Zin Htun", "Ma Hnin Ei Phyu"],
        "2025-10-23",
    );
}

#[test]
fn what_was_expected_to_be_the_final_hearing_was_held() {
    let r = extract(
        "Ko Thant Zin Htun and Ma Hnin Ei Phyu appeared at what was expected to be the final \
         hearing on Thursday, when prosecutors made their closing arguments.",
        Some("2025-10-25"),
    );
    let trials = statuses_and_dates(&r, "trial");
    assert!(!trials.is_empty());
    assert!(
        trials
            .iter()
            .all(|&t| t == ("occurred", Some("2025-10-23"))),
        "{trials:?}"
    );
}

#[test]
fn denying_wrongdoing_denies_no_hearing() {
    let r = extract(
        "Police detained Artyom Zaitsev and Ilya Gorbunov on Dec. 5. The two activists deny \
         wrongdoing and await trial.",
        Some("2025-10-25"),
    );
    let t = statuses_and_dates(&r, "trial");
    assert_eq!(t, [("pending", None), ("pending", None)]);
}

#[test]
fn a_hearing_awaited_on_a_day_to_come_is_planned() {
    let r = extract(
        "Zelaya and a second student, Josué Mejía Cáceres, were charged with \u{201c}public \
         disorder\u{201d} and will face a first hearing on Monday before a court in Tegucigalpa, \
         their lawyer said.",
        Some("2024-11-08"),
    );
    let t = statuses_and_dates(&r, "trial");
    assert!(!t.is_empty());
    assert!(
        t.iter().all(|&x| x == ("planned", Some("2024-11-11"))),
        "{t:?}"
    );
}

#[test]
fn awaiting_a_separate_trial_is_a_pending_trial() {
    let r = extract(
        "A court in Hrodna sentenced four men to prison on Friday. The case of a fifth \
         defendant, pensioner Aliaksei Mazur, was split off; he awaits a separate trial.",
        Some("2025-06-02"),
    );
    let trials = events(&r, "trial");
    assert!(
        trials
            .iter()
            .any(|e| e.status == "pending"
                && e.subjects.iter().any(|s| name(&r, s) == "Aliaksei Mazur")),
        "{trials:?}"
    );
}

#[test]
fn a_trial_the_verdict_came_after_is_the_trial_of_those_sentenced() {
    let r = extract(
        "Farai Moyo, 41, and Chipo Dube, 36, were convicted on 20 June of public violence after \
         a two-day trial held on 12-13 June at the Harare Magistrates\u{2019} Court.\n",
        Some("2025-06-24"),
    );
    assert_eq!(subjects_of(&r, "trial"), vec!["Farai Moyo", "Chipo Dube"]);
    assert_all_dated(&r, "trial", "2025-06-12");
    // "told reporters after the hearing" names no trial of its own.
    let r = extract(
        "Judge Ilnur Safin found Timur Galiev guilty of disobeying a police officer, his lawyer \
         told reporters after the hearing.\n",
        Some("2025-06-24"),
    );
    assert!(events(&r, "trial").is_empty(), "{:?}", r.events);
}

#[test]
fn he_is_seldom_a_head_of_state_named_once_in_passing() {
    let r = extract(
        "Gabdrakhmanov is no stranger to the courts. In 2023 a Kazan judge handed him a \
         suspended sentence for Telegram posts about the army, an offense created by a law \
         President Vladimir Putin signed days after the invasion began. In January, \
         investigators opened a new criminal case against him. He awaits trial in that case, \
         his lawyer said.",
        Some("2025-03-17"),
    );
    assert_eq!(subjects_of(&r, "trial"), vec!["Gabdrakhmanov".to_string()]);
}

#[test]
fn a_verb_after_an_apposition_on_a_person_is_a_verb() {
    let r = extract(
        "Sharif Nazarov, 29, a construction worker, awaits trial in Dushanbe.",
        Some("2024-09-17"),
    );
    assert_eq!(subjects_of(&r, "trial"), vec!["Sharif Nazarov".to_string()]);
    assert_eq!(statuses_and_dates(&r, "trial"), vec![("pending", None)]);
}

#[test]
fn the_trial_of_a_group_is_the_trial_of_its_members_named_after_it() {
    let r = extract(
        "ALMATY, Kazakhstan \u{2014} A court on Friday sentenced six members of a reading club \
         to prison terms of up to four years for inciting social discord.\n\
         The club met weekly in a flat in the city's Bostandyk district.\n\
         The trial opened on May 12 and was closed to the press.\n\
         Aigerim Sultanova, 29, was jailed for four years.\n\
         Daulet Abenov, 35, received three years.\n",
        Some("2025-06-21"),
    );
    assert_told(
        &r,
        "trial",
        &["Aigerim Sultanova", "Daulet Abenov"],
        "2025-05-12",
    );
    // A hearing closed to the press silences no outlet.
    assert_none(&r, "censorship");
}

#[test]
fn a_trial_that_opened_on_a_day_is_dated_by_it_not_the_arrest_in_its_description() {
    let r = extract(
        "BATUMI, Georgia — The trial of three people arrested during last year’s pro-European \
         protests in Batumi opened at the Batumi City Court on Wednesday and was adjourned \
         after less than an hour.",
        Some("2025-02-20"),
    );
    assert_all_dated(&r, "trial", "2025-02-19");
    assert!(
        events(&r, "detention")
            .iter()
            .all(|e| date_of(e) != Some("2025-02-19")),
        "{:?}",
        statuses_and_dates(&r, "detention")
    );
}

#[test]
fn an_appeal_heard_and_a_trial_in_absentia_are_the_defendants_trials() {
    let r = extract(
        "A three-judge appeals panel heard the appeals of Rinat Galiullin and Aigul Nurieva at \
         the court's building in Kazan.\nOn June 17, the Minsk Regional Court opened the trial \
         in absentia of exiled blogger Dzmitry Kaliada.",
        Some("2025-06-20"),
    );
    assert_among(
        &r,
        "trial",
        &["Rinat Galiullin", "Aigul Nurieva", "Dzmitry Kaliada"],
    );
}

#[test]
fn a_trial_adjourned_until_a_day_tells_the_hearing_to_come() {
    let r = extract(
        "BISHKEK — The Pervomaisky District Court in Bishkek on Tuesday adjourned the trial of \
         journalist Aibek Toktogulov until March 18, after prosecutors asked for time to \
         summon two more witnesses.",
        Some("2025-03-05"),
    );
    assert_eq!(
        statuses_and_dates(&r, "trial"),
        [
            ("occurred", Some("2025-03-04")),
            ("planned", Some("2025-03-18"))
        ]
    );
}

#[test]
fn a_case_adjourned_to_a_day_looks_forward_from_publication() {
    let r = extract(
        "Prosecutors charged Elia Mwanjali on Monday at the Kisutu court with publishing false \
         information. The magistrate adjourned the case to October 14 without ruling on bail.",
        Some("2024-10-03"),
    );
    assert!(
        statuses_and_dates(&r, "trial").contains(&("planned", Some("2024-10-14"))),
        "{:?}",
        statuses_and_dates(&r, "trial")
    );
}

#[test]
fn a_day_the_hearing_was_put_off_to_that_came_is_no_coming_hearing() {
    let r = extract(
        "The trial of Arman Hovsepyan opened on Sept. 10 but was adjourned until Oct. 1 \
         because the judge was ill. On Oct. 1 it was adjourned again.",
        Some("2024-11-05"),
    );
    assert!(
        !statuses(&r, "trial").contains(&"planned"),
        "{:?}",
        statuses_and_dates(&r, "trial")
    );
}

#[test]
fn brought_before_a_court_is_a_hearing() {
    let r = extract(
        "KAMPALA — Musa Ssekandi, Joan Nakato and 16 other opposition supporters were brought \
         before the General Court Martial on Tuesday and remanded to Luzira prison.",
        Some("2025-11-20"),
    );
    // The two named, and the unnamed others as a group beside them.
    assert_told(
        &r,
        "trial",
        &[
            "Musa Ssekandi",
            "Joan Nakato",
            "16 other opposition supporters",
        ],
        "2025-11-18",
    );
}

#[test]
fn released_pending_trial_tells_no_hearing() {
    let r = extract(
        "NOVI SAD — Police detained student Miloš Radovanović on Tuesday. He was held for 48 \
         hours and released pending trial.",
        Some("2024-11-08"),
    );
    assert_none(&r, "trial");
}

#[test]
fn a_negation_does_not_reach_past_and_awaits() {
    let r = extract(VITSEBSK_VERDICT, Some("2025-03-01"));
    assert_eq!(
        event_of(&r, "trial", "Aliaksandr Kavalenka").status,
        "pending"
    );
    assert_eq!(
        event_of(&r, "detention", "Aliaksandr Kavalenka").status,
        "negated"
    );
}

#[test]
fn a_court_named_for_a_side_of_a_place_does_not_sit_in_that_place() {
    let r = extract(HONG_KONG_HEARING, Some("2025-03-14"));
    let places = place_names(&r, "trial");
    assert_eq!(places, ["Hong Kong", "Hong Kong"]);
}

#[test]
fn those_accused_of_an_offence_did_appear_in_court() {
    let r = extract(HONG_KONG_HEARING, Some("2025-03-14"));
    assert_eq!(statuses(&r, "trial"), ["occurred", "occurred"]);
}

#[test]
fn accusations_a_court_remands_on_are_the_charge() {
    let r = extract(
        "KAMPALA — Musa Ssekandi and 16 other opposition supporters were brought before the \
         General Court Martial on Tuesday and remanded to Luzira prison on accusations of \
         \"unlawful possession of military stores\".",
        Some("2025-11-20"),
    );
    assert_all_charged(&r, "trial", "unlawful possession of military stores");
}

#[test]
fn a_verdict_at_the_end_of_a_trial_is_that_trial_s() {
    let r = extract(
        "The Hrodna Regional Court found Ihar Marchuk and Dzmitry Sasnouski guilty of \
         \"facilitating extremist activity\" at the end of a closed trial that began on 12 April \
         2023.",
        None,
    );
    let mut tried = subjects_of(&r, "trial");
    tried.sort();
    assert_eq!(tried, ["Dzmitry Sasnouski", "Ihar Marchuk"]);
}

#[test]
fn what_the_named_are_accused_of_is_the_charge_of_their_hearings_told_before() {
    let r = extract(
        "BISHKEK — The Pervomaisky District Court in Bishkek on Tuesday adjourned the trial of \
         three journalists from Ayna Media until March 18.\n\nEditor Aibek Toktogulov, reporter \
         Nurzhan Asanova and cameraman Bakyt Sydykov are accused of \"calls for mass riots\" \
         over a documentary.\n\nGKNB officers detained the three journalists on January 16. Two \
         days later, investigators formally charged them.",
        Some("2025-03-06"),
    );
    for kind in ["trial", "charge"] {
        assert_all_charged(&r, kind, "calls for mass riots");
    }
}

#[test]
fn a_case_adjourned_to_a_day_is_a_hearing_planned_for_its_defendants() {
    let r = extract(
        "HONG KONG — Police charged Chan Ka-wai and Lam Siu-ming with sedition on Tuesday. \
         The magistrate refused them bail on Thursday. The case was adjourned to April 17.",
        Some("2025-03-14"),
    );
    let planned: Vec<(&str, Option<&str>, Vec<&str>)> = events(&r, "trial")
        .into_iter()
        .filter(|e| e.status == "planned")
        .map(|e| (e.status.as_str(), date_of(e), names(&r, &e.subjects)))
        .collect();
    assert_eq!(
        planned,
        [
            ("planned", Some("2025-04-17"), vec!["Chan Ka-wai"]),
            ("planned", Some("2025-04-17"), vec!["Lam Siu-ming"])
        ]
    );
}

#[test]
fn a_case_to_be_mentioned_or_pleas_to_be_heard_is_a_planned_hearing() {
    let r = extract(
        "MOMBASA — Police arrested activist Khadija Mwinyi on Monday. Her case will next be \
         mentioned on Aug. 4.\n\nHONG KONG — The High Court convicted Ng Hoi-lam and Kwan \
         Tsz-yeung on Monday. The court will hear mitigation pleas for both on December 2.",
        Some("2025-08-01"),
    );
    let planned: Vec<(Option<&str>, Vec<&str>)> = events(&r, "trial")
        .into_iter()
        .filter(|e| e.status == "planned")
        .map(|e| (date_of(e), names(&r, &e.subjects)))
        .collect();
    assert_eq!(
        planned,
        [
            (Some("2025-08-04"), vec!["Khadija Mwinyi"]),
            (Some("2025-12-02"), vec!["Ng Hoi-lam"]),
            (Some("2025-12-02"), vec!["Kwan Tsz-yeung"])
        ]
    );
}

#[test]
fn a_trial_postponed_until_a_day_told_before_the_noun_sat_and_is_to_come() {
    let r = extract(
        "BOKHTAR — A court in Bokhtar on Monday postponed until June 2 the trial of lawyer \
         Farrukh Saidzoda and journalist Daler Rahimov.",
        Some("2025-05-14"),
    );
    let saidzoda: Vec<(&str, Option<&str>)> = events(&r, "trial")
        .into_iter()
        .filter(|e| names(&r, &e.subjects) == ["Farrukh Saidzoda"])
        .map(|e| (e.status.as_str(), date_of(e)))
        .collect();
    assert_eq!(
        saidzoda,
        [
            ("occurred", Some("2025-05-12")),
            ("planned", Some("2025-06-02"))
        ]
    );
}

#[test]
fn what_someone_is_expected_to_do_is_planned() {
    let r = extract(
        "Police in Matagalpa detained Father Jose Luis Diaz on Monday. The priest is expected \
         to appear before a judge on Thursday, and President Ortega is expected to sign the \
         amendments into law next week.",
        Some("2025-03-18"),
    );
    assert_eq!(statuses(&r, "trial"), ["planned"]);
    assert_eq!(statuses(&r, "legislation"), ["planned"]);
}

#[test]
fn he_is_the_one_named_after_a_possessor_not_the_possessor() {
    let r = extract(
        "Ethiopia has expelled Ugandan correspondent Peter Okello, his employer said.\nOkello \
         was detained by federal police at his hotel in Gondar on May 3. On May 6 he was put \
         on a flight to Entebbe.\nOkello’s Ethiopian fixer, Solomon Tesfaye, was detained with \
         him and remains in custody in Gondar. At a remand hearing on May 8, a local court \
         granted police 14 more days to investigate him; he is due back in court on May 22.",
        None,
    );
    let tried: Vec<_> = events(&r, "trial")
        .into_iter()
        .map(|e| names(&r, &e.subjects))
        .collect();
    assert!(!tried.is_empty());
    assert!(tried.iter().all(|n| n == &["Solomon Tesfaye"]), "{tried:?}");
}

#[test]
fn the_counted_group_pointing_back_at_no_one_named_is_itself_tried() {
    let r = extract(
        "DAKAR — The twelve students were tried before a Dakar court on Monday on charges of \
         destroying public property.",
        Some("2025-06-20"),
    );
    let tried = &events(&r, "trial")[0];
    assert_eq!(names(&r, &tried.subjects), vec!["twelve students"]);
}

#[test]
fn released_without_trial_tells_no_trial() {
    let r = extract(
        "The translator Mona Fathy was detained in 2019 after protests that September and \
         spent 18 months in pretrial detention before being released without trial in March \
         2021.",
        Some("2024-05-01"),
    );
    assert_none(&r, "trial");
    let freed = event_of(&r, "release", "Mona Fathy");
    assert_eq!(date_of(freed), Some("2021-03"));
}

#[test]
fn a_charge_ends_before_the_verb_of_the_happening_it_describes() {
    let r = extract(
        "The trial of four student activists accused of organising a protest over tuition fees \
         opened at the Harare Magistrates Court on Tuesday.",
        Some("2025-07-24"),
    );
    let trial = events(&r, "trial")[0];
    assert_eq!(
        trial.charge.as_deref(),
        Some("organising a protest over tuition fees")
    );
}

#[test]
fn a_ledes_dated_verdict_dates_the_hearing_told_next() {
    let r = extract(
        "The Supreme Court of Tatarstan on Wednesday reduced the prison sentence of Kazan \
         activist Rinat Galiullin from six years to four years and six months, lawyers said.\n\n\
         A three-judge appeals panel heard the appeals of Galiullin and his co-defendant Timur \
         Zakirov at the court's building in Kazan, in a session that was closed to the public.",
        Some("2024-11-14"),
    );
    let hearing = event_of(&r, "trial", "Timur Zakirov");
    assert_eq!(date_of(hearing), Some("2024-11-13"));
}

#[test]
fn the_defendants_named_after_a_trial_were_tried() {
    let r = extract(
        "CAMAGUEY, Cuba, June 14 (Example News) - A court in Camaguey on Tuesday tried five \
         people accused of sedition over a street protest last August, relatives said.\n\n\
         Among the defendants were Lazaro Yoel Batista, 34, a taxi driver, and his cousin \
         Dayana Batista Pena, 27. The other three have not been publicly identified.",
        Some("2023-06-14"),
    );
    assert_eq!(
        date_of(event_of(&r, "trial", "Lazaro Yoel Batista")),
        Some("2023-06-13")
    );
    assert_eq!(
        date_of(event_of(&r, "trial", "Dayana Batista Pena")),
        Some("2023-06-13")
    );
}

#[test]
fn the_trial_is_of_every_defendant_of_the_opening_case() {
    let r = extract(
        "Court jails Urgut men\n\nSAMARKAND, Uzbekistan - The Samarkand regional criminal \
         court on February 12 sentenced four men from Urgut to prison and acquitted a fifth \
         defendant, relatives said.\n\nJamshid Rakhmatullayev received seven years in prison. \
         Bekzod Ergashev and Ulugbek Saidov were each sentenced to five years. Farrukh Normatov \
         was given three years of restricted freedom.\n\nThe court acquitted Ilhom \
         Toshpulatov, a shopkeeper.\n\nDefence lawyers argued that none of the men had called \
         for violence. The trial, which began on December 4, was held behind closed doors.",
        Some("2025-02-14"),
    );
    let mut tried = subjects_of(&r, "trial");
    tried.sort();
    assert_eq!(
        tried,
        vec![
            "Bekzod Ergashev",
            "Farrukh Normatov",
            "Ilhom Toshpulatov",
            "Jamshid Rakhmatullayev",
            "Ulugbek Saidov"
        ]
    );
}

#[test]
fn a_trial_takes_the_place_it_was_held_in() {
    let r = extract(
        "DUSHANBE - The closed trial of Farrukh Davlatzoda began on May 12 and was held in \
         Khujand, the regional capital, his relatives said.",
        Some("2025-06-16"),
    );
    assert_eq!(place_names(&r, "trial"), vec!["Khujand"]);
}

#[test]
fn a_dateline_set_off_by_a_hyphen_is_not_the_clause_s_place() {
    let r = extract(
        "DUSHANBE - The trial of Farrukh Davlatzoda was held in Khujand.",
        Some("2025-06-16"),
    );
    assert_eq!(place_names(&r, "trial"), vec!["Khujand"]);
}

#[test]
fn before_a_court_is_where_not_when() {
    let r = extract(
        "YAOUNDE - Emmanuel Tanjong was arrested in May. His trial before the military \
         tribunal in Bamenda is set to open on Oct. 14.",
        Some("2025-06-18"),
    );
    assert_eq!(place_names(&r, "trial"), vec!["Bamenda"]);
}

#[test]
fn a_trial_the_verdict_closed_is_the_trial_of_those_it_sentenced() {
    let r = extract(
        "HANOI - A court in Hanoi on Tuesday sentenced blogger Nguyen Van Binh to seven years \
         in prison for anti-state propaganda, in a one-day trial that diplomats were barred \
         from attending.",
        Some("2024-11-22"),
    );
    let trials = events(&r, "trial");
    assert_eq!(trials.len(), 1, "{trials:?}");
    assert_eq!(names(&r, &trials[0].subjects), vec!["Nguyen Van Binh"]);
}

#[test]
fn a_trial_that_did_not_take_place_is_negated() {
    let r = extract(
        "OSH - The trial of two farmers accused of blocking a road to the mine did not take \
         place on Wednesday as scheduled, their lawyer said.",
        Some("2025-03-14"),
    );
    let trials = events(&r, "trial");
    assert!(!trials.is_empty());
    assert!(trials.iter().all(|t| t.status == "negated"), "{trials:?}");
}

#[test]
fn rulings_announced_at_a_hearing_tell_the_trial() {
    let r = extract(
        "BREST - The Brest Regional Court on Thursday upheld a four-year prison sentence \
         for trade unionist Ales Kruk. Judge Vadzim Ramanchuk announced the ruling at a \
         closed appeal hearing in Brest, Viasna said.",
        Some("2024-06-07"),
    );
    let trials = subjects_and_dates(&r, "trial");
    assert_eq!(
        trials,
        vec![("Ales Kruk".to_string(), Some("2024-06-06"))],
        "{trials:?}"
    );
}

#[test]
fn where_a_trial_was_held_past_its_manner_is_its_place() {
    let r = extract(
        "URGUT - A court sentenced Bekzod Ergashev and Ulugbek Saidov to five years on \
         Friday. The trial, which began on December 4, was held behind closed doors in \
         Samarkand.",
        Some("2024-12-20"),
    );
    let trials = events(&r, "trial");
    assert!(!trials.is_empty());
    assert!(trials
        .iter()
        .all(|t| t.place.as_deref().map(|p| name(&r, p)) == Some("Samarkand")));
}

#[test]
fn one_who_goes_on_trial_at_a_court_is_tried_by_it_where_it_sits() {
    let r = extract(
        "CHIANG MAI - A court in Chiang Mai jailed activist Siriwan Thongdee on Monday. \
         Another organizer of the 2020 protests, Nattapong Rakchat, will go on trial at the \
         Criminal Court in Bangkok on Aug. 20.",
        Some("2025-07-10"),
    );
    let trials = events(&r, "trial");
    assert_eq!(trials.len(), 1, "{trials:?}");
    assert_eq!(
        names(&r, &trials[0].agents),
        vec!["Criminal Court in Bangkok"]
    );
    assert_eq!(
        trials[0].place.as_deref().map(|p| name(&r, p)),
        Some("Bangkok")
    );
}

#[test]
fn a_date_after_a_relative_clause_closes_is_the_main_verbs() {
    let r = extract(
        "SIMFEROPOL - The same court will open the trial of citizen journalist Server \
         Osmanov, who was detained in Sevastopol last year, on Sept. 20.",
        Some("2024-08-20"),
    );
    assert_eq!(
        date_of(event_of(&r, "trial", "Server Osmanov")),
        Some("2024-09-20")
    );
    let held = event_of(&r, "detention", "Server Osmanov");
    assert_eq!(
        (held.status.as_str(), date_of(held)),
        ("occurred", Some("2023"))
    );
}

#[test]
fn a_trial_court_is_no_trial_held() {
    let r = extract(
        "PESHAWAR - The high court cut the terms of Gul Zaman Wazir and Ihsanullah Marwat to \
         three years, finding that the trial court had given excessive sentences.",
        Some("2024-03-20"),
    );
    assert_none(&r, "trial");
    assert_eq!(events(&r, "sentence").len(), 2);
}
