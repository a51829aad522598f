//! Sentences: who was convicted, by which court, with what penalty.

use super::*;

#[test]
fn short_custody_is_administrative_arrest_and_terms_are_counted() {
    let r = extract(
        "A court in Minsk sentenced Ales Karpenka to 15 days in jail. \
         A court in Gomel sentenced Iryna Sidarenka to two and a half years in prison. \
         A court in Brest sentenced Pavel Lutski to six years and six months in a penal colony.",
        None,
    );
    let p: Vec<(String, Option<f64>, Option<String>)> = events(&r, "sentence")
        .iter()
        .map(|e| {
            let p = e.penalty.as_ref().unwrap();
            (p.kind.clone(), p.amount, p.unit.clone())
        })
        .collect();
    assert_eq!(
        p[0],
        (
            "administrative_arrest".into(),
            Some(15.0),
            Some("day".into())
        )
    );
    assert_eq!(p[1], ("prison".into(), Some(2.5), Some("year".into())));
    assert_eq!(p[2], ("prison".into(), Some(78.0), Some("month".into())));
}

#[test]
fn the_subject_named_after_a_description_gets_the_event() {
    let r = extract(
        "A court has sentenced a Tajik blogger to five years in prison. \
         Farhod Nazarov, 33, was convicted of insulting the president.",
        None,
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 1);
    assert_eq!(name(&r, &s[0].subjects[0]), "Farhod Nazarov");
    assert_eq!(s[0].penalty.as_ref().unwrap().amount, Some(5.0));
}

#[test]
fn co_defendants_take_the_term_told_after_their_names() {
    let r = extract(
        "The court sentenced Li Wai-kit to four years, and Ho Man-yee and Tse Ka-lok to \
         eighteen months each.",
        None,
    );
    let mut terms: Vec<(String, Option<f64>, Option<String>)> = events(&r, "sentence")
        .iter()
        .map(|e| {
            let p = e.penalty.as_ref().expect("each sentence has its term");
            (
                name(&r, &e.subjects[0]).to_string(),
                p.amount,
                p.unit.clone(),
            )
        })
        .collect();
    terms.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        terms,
        [
            (
                "Ho Man-yee".to_string(),
                Some(18.0),
                Some("month".to_string())
            ),
            (
                "Li Wai-kit".to_string(),
                Some(4.0),
                Some("year".to_string())
            ),
            (
                "Tse Ka-lok".to_string(),
                Some(18.0),
                Some("month".to_string())
            ),
        ]
    );
}

#[test]
fn a_court_judges_where_its_name_says_it_sits() {
    let r = extract(
        "Karakalpak blogger Daulet Seitov was detained at his home in Nukus in July. \
         The Bukhara Regional Court sentenced Seitov to seven years in prison on Tuesday.",
        None,
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 1);
    assert_eq!(name(&r, s[0].place.as_deref().unwrap()), "Bukhara");
    let d = events(&r, "detention");
    assert_eq!(name(&r, d[0].place.as_deref().unwrap()), "Nukus");
}

#[test]
fn members_named_after_a_group_take_its_date_and_term() {
    let r = extract(
        "A court in Shymkent on Wednesday jailed two activists for 10 days each. \
         Nurlan Sarsenov and Aida Bekova were found guilty of violating the procedure for \
         holding peaceful assemblies.",
        Some("2025-03-14"),
    );
    let s = events(&r, "sentence");
    assert_eq!(
        s.len(),
        2,
        "one sentence each, the group's own folded into them"
    );
    for e in s {
        assert_eq!(date_of(e), Some("2025-03-12"));
        assert_penalty(e, "administrative_arrest", Some(10.0), Some("day"));
    }
}

#[test]
fn money_words_follow_the_country_of_the_report() {
    let r = extract(
        "KAMPALA, Uganda — A magistrate's court fined Sharon Nabukenya 1 million shillings \
         (about $270) for a video.",
        None,
    );
    let p = events(&r, "sentence")[0].penalty.as_ref().unwrap();
    assert_eq!(
        (p.kind.as_str(), p.amount, p.unit.as_deref()),
        ("fine", Some(1_000_000.0), Some("UGX"))
    );
}

#[test]
fn a_second_verdict_told_without_court_or_time_comes_from_the_same_hearing() {
    let r = extract(
        "A court in Tabriz on Monday sentenced poet Reza Alavi to three years in prison. \
         His publisher, Nasrin Jafari, was fined 20 million rials for the same offence. \
         Another court in Shiraz acquitted teacher Omid Kazemi.",
        Some("2025-06-11"),
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 2);
    for e in &s {
        assert_eq!(date_of(e), Some("2025-06-09"));
        assert_eq!(name(&r, e.place.as_deref().unwrap()), "Tabriz");
    }
    let fine = s
        .iter()
        .find(|e| name(&r, &e.subjects[0]) == "Nasrin Jafari")
        .unwrap();
    assert_eq!(name(&r, &fine.agents[0]), "court");
    assert_eq!(fine.penalty.as_ref().unwrap().kind, "fine");
}

#[test]
fn a_new_subject_after_a_verb_of_its_own_takes_the_passive_alone() {
    let r = extract(
        "Karim Aliyev, a driver, received an 18-month suspended sentence, and farmer Ilham Rzayev was fined 2,000 manats.",
        None,
    );
    let s = events(&r, "sentence");
    let fined: Vec<&str> = s
        .iter()
        .filter(|e| e.penalty.as_ref().is_some_and(|p| p.kind == "fine"))
        .map(|e| name(&r, &e.subjects[0]))
        .collect();
    assert_eq!(fined, ["Ilham Rzayev"]);
}

#[test]
fn kin_named_together_share_a_surname() {
    let r = extract(
        "The State Security Court in Manama on Monday sentenced Ali Hassan to ten years in prison \
         and his co-defendants Ahmed and Sayed al-Ghanimi to five years each.",
        Some("2025-03-05"),
    );
    let mut sentenced: Vec<&str> = events(&r, "sentence")
        .iter()
        .map(|e| name(&r, &e.subjects[0]))
        .collect();
    sentenced.sort_unstable();
    assert_eq!(
        sentenced,
        ["Ahmed al-Ghanimi", "Ali Hassan", "Sayed al-Ghanimi"]
    );
}

#[test]
fn terms_told_respectively_follow_the_order_of_the_names() {
    let r = extract(
        "A court in Tashkent sentenced Bakhtiyor Umarov to 20 years in prison and his \
         co-defendants Anvar and Jasur Karimov to 15 and 12 years respectively.",
        None,
    );
    let mut terms: Vec<(String, f64)> = events(&r, "sentence")
        .iter()
        .map(|e| {
            let p = e.penalty.as_ref().unwrap();
            (name(&r, &e.subjects[0]).to_string(), p.amount.unwrap())
        })
        .collect();
    terms.sort_by(|x, y| x.0.cmp(&y.0));
    assert_eq!(
        terms,
        [
            ("Anvar Karimov".to_string(), 15.0),
            ("Bakhtiyor Umarov".to_string(), 20.0),
            ("Jasur Karimov".to_string(), 12.0)
        ]
    );
}

#[test]
fn a_verdict_with_no_one_passing_it_is_the_court_named_before() {
    let r = extract(
        "A court in the Kyrgyz city of Osh on Wednesday convicted two activists. \
         Journalist Aibek Joldoshbekov received a three-year suspended sentence.",
        None,
    );
    let s = events(&r, "sentence");
    let j = s
        .iter()
        .find(|e| {
            e.subjects
                .iter()
                .any(|x| name(&r, x) == "Aibek Joldoshbekov")
        })
        .expect("the journalist's sentence");
    assert_eq!(j.agents.len(), 1);
    let court = entity(&r, &j.agents[0]);
    assert_eq!(court.category.as_deref(), Some("court"));
}

#[test]
fn an_appeal_ruling_is_a_sentence_given_at_the_defendants_hearing() {
    let r = extract(
        "At an appeal hearing in Khujand on Tuesday, the regional court upheld the seven-year \
         prison sentence of journalist Rustam Nazarzoda.",
        Some("2024-05-10"),
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 1);
    let p = s[0].penalty.as_ref().unwrap();
    assert_eq!((p.kind.as_str(), p.amount), ("prison", Some(7.0)));
    let t = events(&r, "trial");
    assert_eq!(t.len(), 1);
    assert_eq!(name(&r, &t[0].subjects[0]), "Rustam Nazarzoda");
    assert_eq!(date_of(t[0]), Some("2024-05-07"));
}

#[test]
fn names_followed_by_their_own_terms_share_the_verdicts_verb() {
    let r = extract(
        "A court in Vitebsk read out the verdict on Friday. Ales Markevich got five years in a \
         penal colony, Dzmitry Lukashevich and Pavel Hrynevich four years each, and Yauhen \
         Bandarenka 20 days.",
        None,
    );
    let terms: Vec<(String, String, Option<f64>)> = events(&r, "sentence")
        .iter()
        .filter(|e| !e.subjects.is_empty())
        .map(|e| {
            let p = e.penalty.as_ref().unwrap();
            (
                name(&r, &e.subjects[0]).to_string(),
                p.kind.clone(),
                p.amount,
            )
        })
        .collect();
    assert_eq!(
        terms,
        [
            ("Ales Markevich".into(), "prison".into(), Some(5.0)),
            ("Dzmitry Lukashevich".into(), "prison".into(), Some(4.0)),
            ("Pavel Hrynevich".into(), "prison".into(), Some(4.0)),
            (
                "Yauhen Bandarenka".into(),
                "administrative_arrest".into(),
                Some(20.0)
            ),
        ]
    );
}

#[test]
fn a_court_brought_in_anew_does_not_sit_where_the_last_one_did() {
    let r = extract(
        "Leung was charged on Friday and appeared at West Kowloon Magistrates' Courts, police \
         said. In a separate case, a court on Tuesday jailed former councillor Wong Ka-yee for \
         10 months.",
        Some("2025-05-12"),
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 1);
    assert!(
        s[0].place
            .as_deref()
            .is_none_or(|p| name(&r, p) != "Kowloon"),
        "{:?}",
        s[0].place
    );
}

#[test]
fn a_name_alone_in_quotation_marks_is_a_title() {
    let r = extract(
        "The song was “Chervona Kalyna,” a folk tune. A judge in Sevastopol fined Olena \
         Kovalchuk 40,000 rubles over it.",
        None,
    );
    assert!(r.entities.iter().all(|e| e.name != "Chervona Kalyna"));
    assert_eq!(subjects_of(&r, "sentence"), ["Olena Kovalchuk"]);
}

#[test]
fn exile_is_another_kind_of_penalty_served_elsewhere() {
    let r = extract(
        "A court in Tabriz sentenced Ali Rasti to two years of internal exile in Zabol.",
        None,
    );
    let s = events(&r, "sentence");
    let p = s[0].penalty.as_ref().unwrap();
    assert_eq!((p.kind.as_str(), p.amount), ("other", Some(2.0)));
    assert_eq!(name(&r, s[0].place.as_deref().unwrap()), "Tabriz");
}

#[test]
fn dates_left_by_a_trigger_that_made_no_event_go_to_the_nearest_event() {
    let r = extract(
        "The verdict against Ali Rasti, issued by the Tabriz Revolutionary Court on Sunday, was \
         communicated to the lawyers yesterday.",
        Some("2024-09-18"),
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 1);
    assert_eq!(date_of(s[0]), Some("2024-09-15"));
}

#[test]
fn one_hearings_verdicts_share_its_day_across_a_sentence_and_a_paragraph() {
    let r = extract(
        "SEMEY, Kazakhstan — A district court in Semey yesterday fined activist Aigerim \
         Tleuzhan 147,680 tenge and jailed her colleague Nurlan Baimukhanov for 10 days.",
        Some("2025-03-14"),
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 2);
    for e in s {
        assert_eq!(date_of(e), Some("2025-03-13"));
    }
    let r = extract(
        "A court in Al Hoceima on Wednesday acquitted Salma El Ouariachi and convicted three \
         others.\n\
         The court found Nabil Amezzian guilty of insulting public officials and gave him two \
         years in prison.",
        Some("2025-07-10"),
    );
    let s = events(&r, "sentence");
    assert_eq!(subjects_of(&r, "sentence"), ["Nabil Amezzian"]);
    assert_eq!(date_of(s[0]), Some("2025-07-09"));
}

#[test]
fn a_relative_clauses_own_past_does_not_move_the_verdict() {
    let r = extract(
        "Judge Oleg Vasilenko of the Krasnodar Regional Court on Thursday sentenced Yegor \
         Lyashenko to three years in a penal colony. Marina Sokolova, a retired teacher who \
         had let the group print leaflets in her flat, was given a two-year suspended sentence.",
        Some("2024-10-18"),
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 2);
    for e in s {
        assert_eq!(date_of(e), Some("2024-10-17"));
    }
}

#[test]
fn a_term_served_and_the_verdict_that_passed_it_are_one_sentence() {
    // The opening of `devset/d-khujand-journalist.txt`.
    let text = include_str!("../../../../devset/d-khujand-journalist.txt");
    let opening: Vec<&str> = text.lines().take(2).collect();
    let r = extract(&opening.join("\n"), None);
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(date_of(s[0]), Some("2023-10"));
    assert_eq!(s[0].penalty.as_ref().and_then(|p| p.amount), Some(90.0));
}

#[test]
fn a_court_named_with_its_city_is_also_called_by_its_name_alone() {
    let r = extract(
        "The Leninsky District Court of Voronezh fined activist Pavel Orlov 30,000 rubles on \
         Tuesday.",
        None,
    );
    let s = events(&r, "sentence");
    let court = entity(&r, &s[0].agents[0]);
    assert!(
        court.aliases.iter().any(|x| x == "Leninsky District Court"),
        "{court:?}"
    );
}

#[test]
fn each_line_of_a_verdict_list_is_its_persons_sentence() {
    let r = extract(LISTED_VERDICTS, None);
    let sentences: Vec<(String, String, Option<String>)> = events(&r, "sentence")
        .iter()
        .map(|e| {
            let p = e.penalty.as_ref().unwrap();
            (
                name(&r, &e.subjects[0]).to_string(),
                p.kind.clone(),
                e.charge.clone(),
            )
        })
        .collect();
    let want = [
        ("Behrouz Nasirzadeh", "death", Some("moharebeh")),
        (
            "Ramin Aghazadeh",
            "prison",
            Some("propaganda against the state"),
        ),
        ("Saeed Kheirkhah", "other", Some("disturbing public order")),
        ("Parisa Jafari", "fine", None),
    ];
    let want: Vec<(String, String, Option<String>)> = want
        .iter()
        .map(|(n, k, c)| (n.to_string(), k.to_string(), c.map(String::from)))
        .collect();
    assert_eq!(sentences, want);
    // "the verdicts were handed to their lawyers on Dec. 5" dates every verdict.
    assert_all_dated(&r, "sentence", "--12-05");
}

#[test]
fn a_listed_verdict_without_its_own_charge_takes_the_one_found_before_the_list() {
    let r = extract(
        "A magistrate in Bulawayo on Tuesday convicted two traders over a protest.\nMagistrate \
         Sithembiso Mthethwa found the two guilty of “participating in a gathering with intent \
         to promote public violence.” The sentences were:\n\
         - Sibusiso Ncube, 31, vegetable seller: three months of community service;\n\
         - Thabani Moyo, 27, airtime vendor: a fine of US$200.\n",
        None,
    );
    let listed: Vec<(&str, Option<&str>)> = events(&r, "sentence")
        .iter()
        .map(|e| {
            (
                e.penalty.as_ref().unwrap().kind.as_str(),
                e.charge.as_deref(),
            )
        })
        .collect();
    let charge = Some("participating in a gathering with intent to promote public violence");
    assert_eq!(listed, [("community_work", charge), ("fine", charge)]);
}

#[test]
fn an_adverb_between_be_and_the_participle_keeps_it_passive() {
    let r = extract(
        "A court in Aktobe sentenced activist Gulzhan Beisenova to 10 days in jail. Pensioner \
         Serik Amanov, 67, was spared arrest because of his age and was instead fined 184,600 \
         tenge.",
        None,
    );
    let fined: Vec<&Event> = events(&r, "sentence")
        .into_iter()
        .filter(|e| e.penalty.as_ref().is_some_and(|p| p.kind == "fine"))
        .collect();
    assert_eq!(fined.len(), 1);
    assert_eq!(name(&r, &fined[0].subjects[0]), "Serik Amanov");
    assert_eq!(
        fined[0].penalty.as_ref().unwrap().unit.as_deref(),
        Some("KZT")
    );
}

#[test]
fn a_new_court_in_a_city_holds_its_hearings_there() {
    let r = extract(
        "The Cairo Criminal Court sentenced lawyer Tarek Abu el-Ezz to five years in prison.\nIn a \
         separate case, an appeals court in Port Said on Sunday upheld the three-year prison \
         sentence handed to blogger Nour al-Din Fathy. The same appeals court reduced the \
         two-year sentence of Ayman Abu Zeid to one year.",
        None,
    );
    let mut places: Vec<(String, &str)> = events(&r, "sentence")
        .iter()
        .filter(|e| !name(&r, &e.subjects[0]).contains("Abu el-Ezz"))
        .map(|e| {
            (
                name(&r, &e.subjects[0]).to_string(),
                name(&r, e.place.as_deref().unwrap()),
            )
        })
        .collect();
    places.dedup();
    assert_eq!(
        places,
        [
            ("Nour al-Din Fathy".to_string(), "Port Said"),
            ("Ayman Abu Zeid".to_string(), "Port Said")
        ]
    );
}

#[test]
fn a_verdict_naming_a_long_list_of_defendants_gives_each_sentence_its_charge() {
    let r = extract(
        "The Naryn regional court found Ermek Toktogulov, 41, and Aibek Zhumabaev (also spelled \
         Jumabaev), 35, guilty of “calling for mass unrest.” Toktogulov was given five years in \
         prison and Zhumabaev three years and six months.",
        None,
    );
    let s = events(&r, "sentence");
    assert_eq!(
        subjects_of(&r, "sentence"),
        ["Ermek Toktogulov", "Aibek Zhumabaev"]
    );
    for e in s {
        assert_eq!(e.charge.as_deref(), Some("calling for mass unrest"));
    }
}

#[test]
fn a_probation_rhythm_is_no_term_and_joins_the_suspended_sentence() {
    let r = extract(
        "The court found Pakorn Wongsuwan guilty of violating the Computer Crime Act and gave him \
         a two-year prison term suspended for two years. Pakorn was also ordered to report to a \
         probation officer every three months.",
        None,
    );
    let s = events(&r, "sentence");
    assert_eq!(s.len(), 1, "{s:?}");
    assert_penalty(s[0], "suspended", Some(2.0), Some("year"));
}

#[test]
fn a_quoted_nickname_stays_inside_the_name_and_a_lone_given_name_is_the_person() {
    let r = extract(
        "Chiang Mai activist jailed for royal insult\n\nThe Chiang Mai Provincial Court on \
         Wednesday sentenced activist Pimchanok “Mook” Saengthong to three years in prison. \
         Pimchanok, 24, was granted bail of 150,000 baht pending appeal.",
        None,
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Pimchanok Saengthong"]);
    assert_eq!(persons(&r), ["Pimchanok Saengthong"]);
    let place = events(&r, "sentence")[0].place.as_deref().unwrap();
    assert_eq!(name(&r, place), "Chiang Mai");
}

#[test]
fn a_regional_court_in_a_city_sits_in_the_city() {
    let r = extract(
        "The Sughd regional court in Khujand on Tuesday sentenced brothers Rustam Jurazoda and \
         Daler Jurazoda to eight and six years in prison respectively.\n\n\
         The closed-door trial had begun on Aug. 26.",
        None,
    );
    for kind in ["sentence", "trial"] {
        let e = events(&r, kind);
        assert!(!e.is_empty(), "{kind}");
        assert_eq!(
            name(&r, e[0].place.as_deref().unwrap()),
            "Khujand",
            "{kind}"
        );
    }
}

#[test]
fn a_charge_in_brackets_after_an_article_and_a_hearing_told_across_sentences() {
    let r = extract(
        "A Diyarbakir high criminal court on Tuesday sentenced journalist Rezan Aslan to six \
         years and three months in prison under Article 314/2 of the Turkish Penal Code \
         (membership of an armed terrorist organisation).\n\n\
         Aslan was tried together with two co-defendants. Zelal Demir, a former official, \
         received two and a half years under Article 7/2 of the Anti-Terror Law (making \
         propaganda for a terrorist organisation).",
        Some("2024-11-20"),
    );
    let charges: Vec<Option<&str>> = events(&r, "sentence")
        .iter()
        .map(|e| e.charge.as_deref())
        .collect();
    assert_eq!(
        charges,
        [
            Some("membership of an armed terrorist organisation"),
            Some("making propaganda for a terrorist organisation")
        ]
    );
    assert_all_dated(&r, "sentence", "2024-11-19");
}

#[test]
fn verdicts_listed_with_semicolons_give_each_term_and_each_shared_charge() {
    let r = extract(
        "The People’s Court heard the case from May 5 to 7 and delivered its verdicts on \
         Wednesday: Nguyễn Văn Hùng, 52, the group’s founder, received nine years in prison; \
         Trần Thị Lan, 38, seven and a half years; Hồ Sỹ Tâm, 45, six years — all three for \
         “making materials against the State”; Lê Đình Quang, 29, a student, three years, \
         suspended, and Phan Thị Ngọc, 61, two years of non-custodial reform, both for \
         “abusing democratic freedoms.”",
        Some("2025-05-09"),
    );
    let verdicts: Vec<(String, String, Option<f64>, Option<&str>)> = events(&r, "sentence")
        .iter()
        .map(|e| {
            let p = e.penalty.as_ref().unwrap();
            (
                name(&r, &e.subjects[0]).to_string(),
                p.kind.clone(),
                p.amount,
                e.charge.as_deref(),
            )
        })
        .collect();
    let against = Some("making materials against the State");
    let abusing = Some("abusing democratic freedoms");
    assert_eq!(
        verdicts,
        [
            (
                "Nguyễn Văn Hùng".into(),
                "prison".into(),
                Some(9.0),
                against
            ),
            ("Trần Thị Lan".into(), "prison".into(), Some(7.5), against),
            ("Hồ Sỹ Tâm".into(), "prison".into(), Some(6.0), against),
            (
                "Lê Đình Quang".into(),
                "suspended".into(),
                Some(3.0),
                abusing
            ),
            (
                "Phan Thị Ngọc".into(),
                "restricted_freedom".into(),
                Some(2.0),
                abusing
            ),
        ]
    );
    assert_all_dated(&r, "sentence", "2025-05-07");
}

#[test]
fn it_is_the_body_that_speaks_and_a_post_on_x_is_a_saying() {
    let r = extract(
        "The Van Governor’s Office said it had fined 37 protesters 3,427 lira each. Interior \
         Minister Ali Yerlikaya wrote on X that “no one convicted of terrorism can run a \
         municipality.” The Council of Europe’s Congress of Local and Regional Authorities \
         condemned the move.",
        None,
    );
    let fine = events(&r, "sentence")[0];
    assert_eq!(name(&r, &fine.agents[0]), "Van Governor’s Office");
    assert_eq!(
        speakers(&r),
        [
            "Ali Yerlikaya",
            "Congress of Local and Regional Authorities"
        ]
    );
}

#[test]
fn a_person_before_a_whose_clause_is_who_was_fined() {
    let r = extract(
        "Sherzod Rakhimov, whose Telegram channel on life in Kokand has some 40,000 subscribers, \
         was fined 3.4 million soums by a court in Fergana in 2024.",
        None,
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Sherzod Rakhimov"]);
}

#[test]
fn a_person_described_first_and_named_later_is_one_person() {
    let r = extract(
        "A court in Mahilyow on Tuesday sentenced a refinery electrician to 30 months in a penal \
         colony and a nurse to 18 months of restricted freedom over comments in an online chat. \
         Judge Ala Paulouskaya read the verdict over a video link. The electrician, Alyaksandr \
         Drazdou, 44, worked at the Naftan oil refinery. The nurse, Nadzeya Kavalenka, 39, was \
         convicted of insulting a government official.",
        None,
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        ["Alyaksandr Drazdou", "Nadzeya Kavalenka"]
    );
    let s = events(&r, "sentence");
    assert_penalty(s[0], "prison", Some(30.0), Some("month"));
    assert_penalty(s[1], "restricted_freedom", Some(18.0), Some("month"));
}

#[test]
fn a_case_convicted_under_an_article_gives_its_wording_to_each_verdict() {
    let r = extract(
        "The defendants were convicted under Article 342 of the Criminal Code, which punishes \
         \u{201c}organizing actions that grossly violate public order.\u{201d} Judge Inna \
         Sakovich read out the verdict on Friday. Andrei Kavaliou was sentenced to six years. \
         Pavel Hrynevich was given four years.",
        Some("2024-02-10"),
    );
    assert!(events(&r, "sentence").len() >= 2);
    assert_all_charged(
        &r,
        "sentence",
        "organizing actions that grossly violate public order",
    );
}

#[test]
fn a_charge_stops_before_a_hedged_date() {
    let r = extract(
        "A court in Vitebsk sentenced the nurse Volha Sianko to two years of restricted freedom \
         for joining a protest march more than three years ago.",
        Some("2024-02-10"),
    );
    assert_eq!(
        events(&r, "sentence")[0].charge.as_deref(),
        Some("joining a protest march")
    );
}

#[test]
fn a_verdict_at_the_same_hearing_shares_its_day() {
    let r = extract(
        "Iran's Supreme Court upheld the death sentence of the protester Mehdi Khosravinejad \
         earlier this month, his family said.\n\nIn the same ruling, the court commuted the death \
         sentences of his co-defendants Farzad Rahimi and Sina Dehghani to 10 years in prison.",
        Some("2025-02-20"),
    );
    assert_all_dated(&r, "sentence", "2025-02");
}

#[test]
fn a_changed_term_is_the_new_one_for_everyone_whose_sentence_changed() {
    let r = extract(
        "The court commuted the death sentences of Farzad Rahimi and Sina Dehghani to 10 years \
         in prison each.",
        Some("2025-02-20"),
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        ["Farzad Rahimi", "Sina Dehghani"]
    );
    for e in events(&r, "sentence") {
        assert_penalty(e, "prison", Some(10.0), Some("year"));
    }
    let r = extract(
        "The appeals court reduced the two-year sentence of Ayman Abu Zeid to one year.",
        Some("2024-02-13"),
    );
    assert_only(&r, "sentence", "Ayman Abu Zeid");
    assert_first_penalty(&r, "prison", Some(1.0), Some("year"));
}

#[test]
fn the_subject_stands_before_an_aside_in_dashes() {
    let r = extract(
        "Ahmed Adam Abdelrahman \u{2014} written Ahmed Adam Abdel Rahman in the court record \
         \u{2014} was convicted of \u{201c}waging war against the state\u{201d} and sentenced to \
         death.",
        None,
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Ahmed Adam Abdelrahman"]);
}

#[test]
fn a_year_naming_which_protests_or_how_long_a_state_lasted_dates_no_verdict() {
    let r = extract(
        "A Revolutionary Court in Sanandaj has sentenced the labour activist Kaveh Rostami to \
         death, capping one of the harshest weeks since the 2022 \u{201c}Woman, Life, \
         Freedom\u{201d} protests.",
        Some("2025-01-22"),
    );
    assert_eq!(date_of(events(&r, "sentence")[0]), None);
    let r = extract(
        "A court in Dushanbe has sentenced Suhrob Davlatzoda, a video blogger who has lived in \
         Germany since 2019, to 15 years in prison in absentia.",
        None,
    );
    assert_eq!(date_of(events(&r, "sentence")[0]), None);
}

#[test]
fn verdicts_told_after_a_whole_case_was_found_guilty_share_its_day_and_charge() {
    let r = extract(
        "On Monday, a specialized administrative court in Oral \u{2014} also known as Uralsk \
         \u{2014} finds both guilty of violating the procedure for organizing peaceful \
         assemblies. The judge jails Marat Zhylqybaev for 10 days and fines Dinara Ermekqyzy \
         147,680 tenge.",
        Some("2025-02-11"),
    );
    assert_told(
        &r,
        "sentence",
        &["Marat Zhylqybaev", "Dinara Ermekqyzy"],
        "2025-02-10",
    );
    assert_all_charged(
        &r,
        "sentence",
        "violating the procedure for organizing peaceful assemblies",
    );
}

#[test]
fn each_persons_term_in_brackets_after_their_name_is_theirs() {
    let r = extract(
        "A regional court in Nukus on Friday sentenced two activists over the unrest that shook \
         the region in the summer of 2022: Aqylbek Tureniyazov, a 41-year-old agronomist (six \
         years and six months in prison), and Gulnara Seytmuratova, a retired librarian (three \
         years of restricted freedom).",
        Some("2025-03-15"),
    );
    assert_told(
        &r,
        "sentence",
        &["Aqylbek Tureniyazov", "Gulnara Seytmuratova"],
        "2025-03-14",
    );
    let verdicts = events(&r, "sentence");
    assert_penalty(verdicts[0], "prison", Some(78.0), Some("month"));
    assert_penalty(verdicts[1], "restricted_freedom", Some(3.0), Some("year"));
}

#[test]
fn a_stage_name_given_in_the_report_is_the_same_person() {
    let r = extract(
        "Iranian rapper \u{201c}Kavir\u{201d} sentenced to death in Tabriz\n\nA Revolutionary \
         Court in Tabriz has sentenced Mehdi Rostamzadeh, a rapper who records under the name \
         Kavir, to death, his lawyer said on Wednesday. Kavir, 27, was arrested in November \
         2022.",
        Some("2024-06-20"),
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Mehdi Rostamzadeh"]);
    assert_eq!(subjects_of(&r, "detention"), ["Mehdi Rostamzadeh"]);
}

#[test]
fn a_participle_naming_the_convicted_stands_for_the_group() {
    let r = extract(
        "A court in San Pedro Sula on Wednesday convicted two brothers who led a blockade, \
         sentencing Jose Murillo Paz to two years of house arrest and his younger brother, Marvin \
         Murillo Paz, to six months of community service for \u{201c}usurpation.\u{201d}",
        Some("2025-11-20"),
    );
    assert_told(
        &r,
        "sentence",
        &["Jose Murillo Paz", "Marvin Murillo Paz"],
        "2025-11-19",
    );
    assert_all_charged(&r, "sentence", "usurpation");
}

#[test]
fn what_follows_the_verdict_within_hours_happens_on_its_day() {
    let r = extract(
        "A court in Battambang on Tuesday sentenced opposition activist Chea Sokha to five years \
         in prison for incitement.\nHours after the verdict, police arrested his brother, Chea \
         Vanna, outside the courthouse. Vanna's wife, who had come to hear the verdict, was \
         detained with him.",
        Some("2025-06-12"),
    );
    assert_all_dated(&r, "sentence", "2025-06-10");
    assert_all_dated(&r, "detention", "2025-06-10");
}

#[test]
fn terms_told_respectively_and_a_gapped_term_after_them() {
    let r = extract(
        "Judge Rustem Khabibullin found Ilgiz Gabdrakhmanov, 44, Azat Minnikhanov, 29, and \
         Ruslan Yulbarisov, 61, guilty of \u{201c}participation in mass riots.\u{201d} \
         Gabdrakhmanov and Minnikhanov were sentenced to five and seven years respectively in a \
         general-regime penal colony, Yulbarisov to three years suspended.",
        Some("2025-03-14"),
    );
    let terms: Vec<(&str, &str, Option<f64>)> = events(&r, "sentence")
        .into_iter()
        .map(|e| {
            let p = e.penalty.as_ref().unwrap();
            (name(&r, &e.subjects[0]), p.kind.as_str(), p.amount)
        })
        .collect();
    assert_eq!(
        terms,
        [
            ("Ilgiz Gabdrakhmanov", "prison", Some(5.0)),
            ("Azat Minnikhanov", "prison", Some(7.0)),
            ("Ruslan Yulbarisov", "suspended", Some(3.0))
        ]
    );
}

#[test]
fn those_named_as_some_of_them_were_in_the_group_and_are_sentenced() {
    let r = extract(
        "Police detained about a dozen people on Saturday. On Sunday, a Samarkand city court \
         fined three of them \u{2014} Dilnoza Rakhimova, Mavluda Tursunova and Shahnoza \
         Ergasheva \u{2014} 3.4 million soums each.",
        Some("2025-04-07"),
    );
    let named = [
        "Dilnoza Rakhimova",
        "Mavluda Tursunova",
        "Shahnoza Ergasheva",
    ];
    assert_told(&r, "sentence", &named, "2025-04-06");
    let detained = subjects_of(&r, "detention");
    assert!(
        named.iter().all(|n| detained.iter().any(|d| d == n)),
        "{detained:?}"
    );
}

#[test]
fn the_term_that_went_to_someone_is_their_sentence() {
    let r = extract(
        "A court in Khorog on Friday sentenced 27 residents to prison terms. The heaviest \
         sentence, 25 years in a maximum-security colony, went to Alibek Shodmonbekov, a former \
         member of the city council.",
        Some("2025-11-16"),
    );
    let s: Vec<&Event> = events(&r, "sentence")
        .into_iter()
        .filter(|e| {
            e.subjects
                .iter()
                .any(|x| name(&r, x) == "Alibek Shodmonbekov")
        })
        .collect();
    assert_eq!(s.len(), 1, "{:?}", events(&r, "sentence"));
    assert_penalty(s[0], "prison", Some(25.0), Some("year"));
}

#[test]
fn and_that_of_after_a_term_of_one_person_is_the_sentence_of_another() {
    let r = extract(
        "The Supreme Court in Tashkent on Tuesday reduced the term of blogger Otabek \
         Sattorov from ten years to six years, and that of farmer Dilshod Yusupov from \
         eight years to five years, their lawyers said.",
        Some("2025-03-06"),
    );
    assert_told(
        &r,
        "sentence",
        &["Otabek Sattorov", "Dilshod Yusupov"],
        "2025-03-04",
    );
    assert_penalty(
        event_of(&r, "sentence", "Dilshod Yusupov"),
        "prison",
        Some(5.0),
        Some("year"),
    );
}

#[test]
fn a_term_raised_past_the_charge_is_the_term_it_was_raised_to() {
    let r = extract(
        "An appeals court in Phnom Penh on Monday increased the prison sentence of unionist \
         Sok Dara for incitement to three years and six months, his lawyer said.",
        Some("2025-06-04"),
    );
    assert_penalty(
        event_of(&r, "sentence", "Sok Dara"),
        "prison",
        Some(42.0),
        Some("month"),
    );
}

#[test]
fn a_verdict_received_takes_the_year_told_with_its_noun() {
    let r = extract(
        "The paper's photographer, Arkady Semin, received a two-year suspended sentence in \
         2022 on a charge of hooliganism after he was detained at an anti-war picket.",
        Some("2025-03-01"),
    );
    assert_eq!(
        date_of(event_of(&r, "sentence", "Arkady Semin")),
        Some("2022")
    );
    assert_only(&r, "sentence", "Arkady Semin");
}

#[test]
fn each_of_two_clauses_joined_by_and_has_its_own_sentenced_person() {
    let r = extract(
        "Emmanuel Tabe Ayuk, 41, whom prosecutors described as a courier for an armed group, was \
         sentenced to death for secession and financing of terrorism. Comfort Ewane Mbua, a \
         trader, received 12 years for \u{201c}complicity in acts of terrorism,\u{201d} and \
         Patience Ndi Nkeng, a nurse who treated wounded fighters, was given eight years.",
        None,
    );
    let sentenced = subjects_of(&r, "sentence");
    assert_eq!(
        sentenced,
        vec![
            "Emmanuel Tabe Ayuk",
            "Comfort Ewane Mbua",
            "Patience Ndi Nkeng"
        ],
        "{sentenced:?}"
    );
    let first = events(&r, "sentence")[0];
    assert_eq!(
        first.charge.as_deref(),
        Some("secession and financing of terrorism")
    );
    assert_penalty(first, "death", None, None);
}

#[test]
fn a_listed_offence_after_for_is_the_charge() {
    let r = extract(
        "A Revolutionary Court in Zahedan sentenced Baloch activist Abdolmalek Rigi-Nejad to \
         death for moharebeh, his family said.",
        None,
    );
    assert_all_charged(&r, "sentence", "moharebeh");
}

#[test]
fn a_pronoun_in_the_verbs_gap_is_its_object_before_and() {
    let r = extract(
        "Police arrested Ali Rezaei in May.\n\nOn 12 April 2023, the Shiraz Revolutionary \
         Court convicted him of \u{201c}moharebeh\u{201d} and sentenced him to death, together \
         with two co-defendants, Farzad Rahimi and Sina Dehghani.\n",
        Some("2023-05-02"),
    );
    assert_told(
        &r,
        "sentence",
        &["Ali Rezaei", "Farzad Rahimi", "Sina Dehghani"],
        "2023-04-12",
    );
}

#[test]
fn a_person_described_by_platform_and_known_by_a_nickname_takes_the_term() {
    let r = extract(
        "A court in southern Kazakhstan has jailed a YouTube blogger known as \u{201c}Zhelaev\u{201d} for four \
         years.\n\nThe blogger, whose real name is Nurlan Dzhaksybekov, 34, was convicted on \
         Tuesday by the Turkistan Regional Court.\n",
        Some("2025-05-16"),
    );
    let sentences = events(&r, "sentence");
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert_eq!(name(&r, &sentences[0].subjects[0]), "Nurlan Dzhaksybekov");
    assert_penalty(sentences[0], "prison", Some(4.0), Some("year"));
}

#[test]
fn a_money_sign_after_a_name_ends_it() {
    let r = extract(
        "On May 4, a mobile court fined rickshaw-puller Sajib Kumar Das Tk 5,000 for \
         obstructing traffic. A magistrate fined activist Themba Ngwenya US$100 for blocking a \
         road.",
        Some("2025-05-08"),
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        vec!["Sajib Kumar Das", "Themba Ngwenya"]
    );
    let fines: Vec<_> = events(&r, "sentence")
        .into_iter()
        .map(|e| e.penalty.as_ref().map(|p| (p.amount, p.unit.clone())))
        .collect();
    assert_eq!(
        fines,
        vec![
            Some((Some(5000.0), Some("BDT".to_string()))),
            Some((Some(100.0), Some("USD".to_string())))
        ]
    );
}

#[test]
fn a_plain_words_gloss_after_a_quoted_charge_is_part_of_it() {
    let r = extract(
        "A Revolutionary Court in Urmia has sentenced Kurdish activist Soran Azizi to death on \
         a charge of \u{201c}baghi\u{201d} (armed rebellion against the state), his family said.",
        Some("2025-02-10"),
    );
    assert_all_charged(&r, "sentence", "baghi (armed rebellion against the state)");
    let r = extract(
        "In January 2024, a court in Ahvaz convicted poet Hamid Kaabi of \u{201c}moharebeh\u{201d} \
         (waging war against God) and \u{201c}membership in a separatist group,\u{201d} and \
         sentenced him to death.",
        Some("2024-03-01"),
    );
    assert_all_charged(
        &r,
        "sentence",
        "moharebeh (waging war against God) and membership in a separatist group",
    );
}

#[test]
fn the_three_found_guilty_are_those_just_sentenced() {
    let r = extract(
        "The court sentenced Ali al-Harbi, a 41-year-old teacher from Qatif, to 20 years in \
         prison and his co-defendants Fahd and Saad al-Otaibi, who are brothers, to 15 and 12 \
         years respectively, each term followed by a travel ban of equal length. The judges \
         found the three guilty of \u{201c}disturbing public order\u{201d} through their posts.",
        Some("2025-03-10"),
    );
    assert_all_charged(&r, "sentence", "disturbing public order");
    assert_eq!(events(&r, "sentence").len(), 3);
}

#[test]
fn posts_on_x_name_a_platform_not_a_person() {
    let r = extract(
        "The judges found Ali al-Harbi guilty of disturbing public order through posts on X.",
        Some("2025-03-10"),
    );
    assert_eq!(subjects_of(&r, "sentence"), vec!["Ali al-Harbi"]);
}

#[test]
fn the_term_a_court_settles_on_in_the_same_sentence_is_the_penalty() {
    let r = extract(
        "The Chiang Mai Provincial Court on Wednesday sentenced activist Chonticha Saengdao to \
         three years in prison for insulting the monarchy, then halved the term to 18 months \
         because she had cooperated with the court.",
        Some("2024-09-27"),
    );
    assert_first_penalty(&r, "prison", Some(18.0), Some("month"));
    let r = extract(
        "The court on Tuesday found student activist Siriwan Thongkham guilty of insulting the \
         monarchy and sentenced her to four years in prison, reduced to two years and eight \
         months because she had given useful testimony.",
        Some("2024-09-27"),
    );
    assert_eq!(events(&r, "sentence").len(), 1, "{:?}", r.events);
    assert_first_penalty(&r, "prison", Some(32.0), Some("month"));
    let r = extract(
        "Siyar Oral, a university student, was sentenced in Istanbul to 11 months and 20 days \
         for insulting the president; the court converted the term into a judicial fine of \
         60,000 lira.",
        Some("2024-09-27"),
    );
    assert_first_penalty(&r, "fine", Some(60000.0), Some("TRY"));
}

#[test]
fn an_article_cited_is_the_charge_when_no_offence_is_named() {
    let r = extract(
        "A military-appointed court in Mawlamyine convicted Nai Zaw Lin Htet, 36, on Feb. 12 \
         under Section 52(a) of the Counter-Terrorism Law over poems posted on Facebook.",
        Some("2025-03-01"),
    );
    assert_all_charged(&r, "sentence", "Section 52(a) of the Counter-Terrorism Law");
    // An offence told elsewhere about the same verdict is the charge, not the article.
    let r = extract(
        "A court in Chiang Mai on Wednesday sentenced activist Pimchanok Saengthong to three \
         years in prison under Article 112 of the Criminal Code. She was convicted of insulting \
         the monarchy.",
        Some("2025-03-01"),
    );
    assert_all_charged(&r, "sentence", "insulting the monarchy");
}

#[test]
fn fined_for_an_unauthorised_picket_is_the_charge() {
    let r = extract(
        "On March 20 a court in Mahilyow fined Volha Kukharchyk 840 rubles for an unauthorised \
         picket.",
        Some("2025-03-25"),
    );
    assert_all_charged(&r, "sentence", "unauthorised picket");
}

#[test]
fn charges_joined_by_and_are_one_charge() {
    let r = extract(
        "A court in Ziguinchor on Monday sentenced Pape Sagna and Moussa Diatta to three months \
         suspended.\nThe court convicted both of “unlawful assembly” and “disturbing public \
         order.”",
        Some("2024-09-27"),
    );
    assert_all_charged(
        &r,
        "sentence",
        "unlawful assembly and disturbing public order",
    );
    let r = extract(
        "A court in Harare on Monday fined Tendai Moyo $100 for hooliganism and blocking a road.",
        Some("2024-09-27"),
    );
    assert_all_charged(&r, "sentence", "hooliganism and blocking a road");
}

#[test]
fn a_surname_that_is_also_an_english_word_is_the_person_named_in_full() {
    let r = extract(
        "A court in Hanoi tried retired teacher Lê Văn Hùng, 71, on Monday.\n\n\
         Hung received 18 months of house arrest. Hung was detained in March.",
        Some("2024-12-06"),
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Lê Văn Hùng"]);
    assert_eq!(subjects_of(&r, "detention"), ["Lê Văn Hùng"]);
}

#[test]
fn the_term_served_takes_the_date_not_the_arrest_it_names() {
    let r = extract(
        "Sadykov served 15 days of administrative arrest in January for organizing a similar \
         rally in Astana, when, according to the movement, around 60 people gathered before \
         police dispersed them.",
        Some("2025-09-05"),
    );
    assert_all_dated(&r, "sentence", "2025-01");
}

#[test]
fn a_countrys_court_sits_in_the_dateline_city() {
    let r = extract(
        "BANGKOK — Thailand's Criminal Court yesterday sentenced pro-democracy activist \
         Chanoknan Suwannarat to five years in prison for royal defamation.",
        Some("2025-08-28"),
    );
    let s = events(&r, "sentence");
    assert_eq!(name(&r, s[0].place.as_deref().unwrap()), "Bangkok");
}

#[test]
fn a_term_after_to_counts_for_the_one_named_before_it() {
    let r = extract(
        "The regional court in Khorog sentenced Mamadsho Davlatmamadov, 31, to six years and \
         six months in a high-security prison and his younger brother, Shohrukh Davlatmamadov, \
         24, to two and a half years.",
        Some("2025-01-10"),
    );
    let s = events(&r, "sentence");
    assert_penalty(s[0], "prison", Some(78.0), Some("month"));
    assert_penalty(s[1], "prison", Some(2.5), Some("year"));
    let r = extract(
        "The Al-Farabi District Court sentenced Nurlan Serikbaiuly to five years in prison, \
         Aigerim Tolegenkyzy to four and Bakhyt Zhumabekov to a fine of 1.5 million tenge.",
        Some("2025-03-03"),
    );
    let s = events(&r, "sentence");
    assert_penalty(s[1], "prison", Some(4.0), Some("year"));
    assert_penalty(s[2], "fine", Some(1_500_000.0), Some("KZT"));
}

#[test]
fn each_defendant_keeps_the_term_told_beside_their_name() {
    let r = extract(
        "Judge Alena Parkhomenka gave Uladzimir Khatskevich 15 days and Pavel Sidarenka 13 days \
         of administrative arrest for distributing extremist materials.",
        Some("2025-10-12"),
    );
    let terms: Vec<(&str, Option<f64>)> = events(&r, "sentence")
        .iter()
        .map(|e| {
            (
                name(&r, &e.subjects[0]),
                e.penalty.as_ref().and_then(|p| p.amount),
            )
        })
        .collect();
    assert_eq!(
        terms,
        [
            ("Uladzimir Khatskevich", Some(15.0)),
            ("Pavel Sidarenka", Some(13.0))
        ]
    );
    let r = extract(
        "Judge Farid Gasimov sentenced Elvin Mammadli to seven years in prison and the circle's \
         founder, Ilgar Huseynzade, to six years and six months, while Samir Rzayev received \
         four years.",
        Some("2025-10-12"),
    );
    let founder = events(&r, "sentence")
        .into_iter()
        .find(|e| name(&r, &e.subjects[0]) == "Ilgar Huseynzade")
        .unwrap();
    assert_penalty(founder, "prison", Some(78.0), Some("month"));
}

#[test]
fn community_work_told_first_is_not_the_fine_told_after_it() {
    let r = extract(
        "A day later an Aqtau court found all three guilty. Askar Kuanyshev was given 10 days \
         of administrative arrest, Dana Yesengeldiyeva was ordered to do 80 hours of community \
         work, and Marat Oraz was fined 184,600 tenge.",
        Some("2025-06-12"),
    );
    let kinds: Vec<(&str, &str)> = events(&r, "sentence")
        .iter()
        .filter_map(|e| {
            Some((
                name(&r, e.subjects.first()?),
                e.penalty.as_ref()?.kind.as_str(),
            ))
        })
        .collect();
    assert!(
        kinds.contains(&("Dana Yesengeldiyeva", "community_work")),
        "{kinds:?}"
    );
    assert!(kinds.contains(&("Marat Oraz", "fine")), "{kinds:?}");
}

#[test]
fn a_sum_in_brackets_after_an_article_is_not_the_offence() {
    let r = extract(
        "Aliya Shakirova was found guilty the same day by the same court of “discrediting” the \
         army under Article 20.3.3 of the Administrative Code, fined 40,000 rubles (about $490) \
         and released.",
        Some("2025-04-18"),
    );
    let charges: Vec<Option<&str>> = events(&r, "sentence")
        .iter()
        .map(|e| e.charge.as_deref())
        .collect();
    assert!(!charges.is_empty(), "{charges:?}");
    assert!(
        charges.iter().all(|c| !c.is_some_and(|c| c.contains('$'))),
        "{charges:?}"
    );
}

#[test]
fn those_convicted_are_not_the_one_who_speaks_of_them() {
    let r = extract(
        "Defence lawyer Marat Zhylanbayev said all those convicted would appeal.",
        Some("2025-06-21"),
    );
    assert_none(&r, "sentence");
}

#[test]
fn a_co_defendants_verdict_came_at_the_last_dated_hearing() {
    let r = extract(
        "A court in Krasnodar on Thursday sentenced Pavel Shchukin, a history teacher, to six \
         years in a penal colony for \u{201c}justifying terrorism.\u{201d}\n\n\
         Judge Marina Gorodetskaya read out the verdict to a half-empty courtroom. She said the \
         defendant had shown no remorse. The court's press service released a transcript. \
         Relatives wept in the corridor.\n\n\
         His co-defendant, 23-year-old student Yelizaveta Kim, was given two years of \
         restricted freedom.",
        Some("2025-10-17"),
    );
    assert_told(
        &r,
        "sentence",
        &["Pavel Shchukin", "Yelizaveta Kim"],
        "2025-10-16",
    );
}

#[test]
fn him_whom_a_judge_sentences_is_not_the_judge() {
    let r = extract(
        "Judge Irakli Sichinava of the Zugdidi District Court found Nikoloz Gogokhia, 27, guilty \
         of petty hooliganism and sentenced him to 12 days of administrative detention.",
        Some("2024-12-05"),
    );
    assert_only(&r, "sentence", "Nikoloz Gogokhia");
}

#[test]
fn a_gapped_verdict_may_follow_an_apposition_opened_by_a() {
    let r = extract(
        "Rauf Guliyev received 15 days and Sevinj Huseynova, a 52-year-old kindergarten cook, \
         ten days on the same charge.",
        Some("2025-08-20"),
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        vec!["Rauf Guliyev", "Sevinj Huseynova"]
    );
    assert_penalty(
        events(&r, "sentence")[1],
        "administrative_arrest",
        Some(10.0),
        Some("day"),
    );
}

#[test]
fn the_doer_stands_before_a_dashes_aside_whose_year_is_its_own() {
    let r = extract(
        "Blogger Khursand Mamadnazarzoda \u{2014} who until 2021 went by the Russified surname \
         Mamadnazarov \u{2014} received 12 years.",
        Some("2025-11-20"),
    );
    assert_only(&r, "sentence", "Khursand Mamadnazarzoda");
    assert_eq!(statuses_and_dates(&r, "sentence"), vec![("occurred", None)]);
}

#[test]
fn a_line_of_a_list_of_verdicts_came_at_the_dated_hearing_before_it() {
    let r = extract(
        "PAVLODAR, Kazakhstan \u{2014} A court in Pavlodar on Monday fined Marat Seitov, a \
         rally organiser, 200,000 tenge.\n\n\
         At least 40 people had gathered outside the akimat holding handmade signs. Police \
         broke up the gathering after about 20 minutes.\n\n\
         The court also punished the following:\n\n\
         \u{2022} Yerlan Kabdoshev, 52, a retired coal miner \u{2014} fined 98,300 tenge;\n\
         \u{2022} Daniyar Serikuly, 27, a taxi driver \u{2014} 10 days of administrative arrest.\n",
        Some("2025-12-10"),
    );
    let named: Vec<(String, Option<&str>)> = events(&r, "sentence")
        .iter()
        .map(|e| (name(&r, &e.subjects[0]).to_string(), date_of(e)))
        .collect();
    assert!(
        named.contains(&("Daniyar Serikuly".to_string(), Some("2025-12-08"))),
        "{named:?}"
    );
}

#[test]
fn a_verb_after_the_dash_of_a_list_line_tells_of_the_one_it_names() {
    let r = extract(
        "A court in Pavlodar on Monday punished the following:\n\n\
         \u{2022} Yerlan Kabdoshev, 52, a retired coal miner \u{2014} fined 98,300 tenge;\n\
         \u{2022} Asel Zhaksybekova, 34, a teacher \u{2014} fined 196,600 tenge.\n",
        Some("2025-12-10"),
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        vec!["Yerlan Kabdoshev", "Asel Zhaksybekova"]
    );
}

#[test]
fn a_verdict_after_if_is_a_condition_not_a_verdict() {
    let r = extract(
        "Ko Thant Zin Htun and Ma Hnin Ei Phyu are charged under the Counter-Terrorism Law. If \
         convicted they face sentences ranging from ten years to life in prison.",
        Some("2025-10-24"),
    );
    assert_none(&r, "sentence");
    assert_eq!(
        subjects_of(&r, "charge"),
        vec!["Ko Thant Zin Htun", "Ma Hnin Ei Phyu"]
    );
}

#[test]
fn a_relative_clause_opening_the_subject_clause_places_what_it_tells() {
    // "whose channel on life in Kokand": where the channel is about, not where the court sat.
    let r = extract(
        "TASHKENT — Police in Kokand detained blogger Olim Rakhimov on Monday.\n\n\
         Rakhimov, whose Telegram channel on life in Kokand has some 40,000 subscribers, was \
         fined 3.4 million soums by a court in Fergana in 2024 over an earlier post.",
        Some("2025-06-18"),
    );
    let sentence = events(&r, "sentence");
    assert_eq!(sentence.len(), 1, "{sentence:?}");
    assert_eq!(name(&r, sentence[0].place.as_deref().unwrap()), "Fergana");
}

#[test]
fn a_verdict_is_not_placed_where_the_term_was_served() {
    // The colony she walked out of placed her release; her verdict is told in the next
    // sentence, with the town of her protest.
    let r = extract(
        "Natallia Hrynkevich walked out of Penal Colony No. 4 in Homel on Thursday after serving \
         her full term of three years. Hrynkevich, a nurse, took part in the August 2020 \
         protests in Maladzyechna and was sentenced in March 2022 under Article 342 of the \
         Criminal Code.",
        Some("2025-06-16"),
    );
    let sentence = events(&r, "sentence");
    assert_eq!(sentence.len(), 1, "{sentence:?}");
    assert_eq!(
        name(&r, sentence[0].place.as_deref().unwrap()),
        "Maladzyechna"
    );
}

#[test]
fn a_participle_joined_after_a_bracketed_name_shares_the_passive() {
    let r = extract(
        "His father, Serikbai Tokhtarbekuly, a retired veterinarian, was detained in the city \
         of Ghulja (Yining) in 2018 and later sentenced to 13 years in prison for \"inciting \
         ethnic hatred,\" the family said.",
        Some("2025-03-02"),
    );
    assert_only(&r, "sentence", "Serikbai Tokhtarbekuly");
    assert_first_penalty(&r, "prison", Some(13.0), Some("year"));
}

#[test]
fn after_being_convicted_is_the_main_subjects_verdict() {
    let r = extract(
        "Turgunov, 58, a former agronomist, spent seven years in prison after being convicted \
         in 2005 of \"attempting to overthrow the constitutional order.\"",
        Some("2025-03-02"),
    );
    assert_only(&r, "sentence", "Turgunov");
    assert_all_dated(&r, "sentence", "2005");
    // Leaving a country is no release from prison, though a term in prison follows.
    let r = extract(
        "Turgunov left the country after being sentenced to two years in prison.",
        Some("2025-03-02"),
    );
    assert_none(&r, "release");
    assert_only(&r, "sentence", "Turgunov");
}

#[test]
fn a_verdict_with_no_one_handing_it_down_is_the_named_courts() {
    let r = extract(
        "A municipal court in Santiago de Cuba on Monday sentenced six people over a protest \
         against power cuts.\n\n\
         Yoandri Castellanos Rizo, 24, a bicycle-taxi driver, received two and a half years for \
         \"public disorder.\"",
        Some("2025-08-06"),
    );
    let s: Vec<_> = events(&r, "sentence")
        .into_iter()
        .filter(|e| name(&r, &e.subjects[0]) == "Yoandri Castellanos Rizo")
        .collect();
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(
        entity(&r, &s[0].agents[0]).category.as_deref(),
        Some("court")
    );
    // A court named only after the hearing's verb is still its court.
    let r = extract(
        "Giorgi Beridze is due to appear before Batumi City Court on Tuesday.",
        Some("2025-08-06"),
    );
    let t = events(&r, "trial");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(name(&r, &t[0].agents[0]), "Batumi City Court");
}

#[test]
fn verdicts_told_one_by_one_after_a_dated_hearing_share_its_day() {
    let r = extract(
        "Court jails anti-war activists\n\n\
         A court in the southern city of Krasnodar on Thursday convicted four members of an \
         anti-war group that distributed leaflets.\n\
         Judge Oleg Vasilenko of the Krasnodar Regional Court sentenced Yegor Lyashenko to \
         three years in a penal colony. Artyom Kovalenko received six years and six months \
         after being found guilty of creating an extremist community.\n\
         Marina Belova, a retired teacher who had let the group print leaflets in her flat, \
         was given a two-year suspended sentence. The youngest defendant, student Timur \
         Gasanov, was sentenced to two years of restricted freedom.",
        Some("2024-10-18"),
    );
    assert_eq!(events(&r, "sentence").len(), 4);
    assert_all_dated(&r, "sentence", "2024-10-17");
}

#[test]
fn a_relative_clause_with_whom_before_the_verb_tells_of_the_one_sentenced() {
    let r = extract(
        "Judge Oleg Vasilenko sentenced Yegor Lyashenko to three years in a penal colony. \
         Artyom Kovalenko, whom prosecutors described as the group's organizer, received six \
         years and six months after being found guilty of the same charge.",
        Some("2024-10-18"),
    );
    let kovalenko = event_of(&r, "sentence", "Artyom Kovalenko");
    assert_penalty(kovalenko, "prison", Some(78.0), Some("month"));
}

#[test]
fn charges_told_by_a_gerund_a_plea_or_after_an_adverb() {
    let cases = [
        (
            "A magistrate in Harare on Monday jailed opposition activist Tendai Chikomba for six \
             weeks, after convicting him of “participating in a gathering with intent to promote \
             public violence.”",
            "sentence",
            "participating in a gathering with intent to promote public violence",
        ),
        (
            "A magistrate last week sentenced Patience Ainembabazi to 120 hours of community \
             service after she pleaded guilty to “inciting violence” at a rally.",
            "sentence",
            "inciting violence",
        ),
        (
            "A district court in Kazan on Wednesday sentenced Ilnur Gabdrakhmanov to two and a \
             half years in a penal colony for repeatedly “discrediting” the Russian armed forces.",
            "sentence",
            "repeatedly discrediting the Russian armed forces",
        ),
        (
            "Police in Bulawayo arrested opposition candidate Tendai Moyo on Tuesday, accusing \
             him of “unlawfully tabulating and announcing results.”",
            "detention",
            "unlawfully tabulating and announcing results",
        ),
        (
            "Police arrested six people for allegedly sharing “seditious” online calls to \
             commemorate the anniversary.",
            "detention",
            "sharing seditious online calls to commemorate the anniversary",
        ),
    ];
    for (text, kind, charge) in cases {
        let r = extract(text, Some("2025-03-10"));
        assert_all_charged(&r, kind, charge);
    }
}

#[test]
fn a_roll_of_verdicts_takes_the_day_the_courts_worked_through_the_cases() {
    let r = extract(
        "Police in Perm detained at least 12 people on Saturday at pickets outside the city \
         hall. District courts in the city heard the cases on Monday. The monitoring project \
         compiled the following list:\n\n\
         — Igor Petrovich Sokolov, 41, a welder: jailed for 10 days for “disobeying a police \
         officer.”\n\
         — Anna Belova, 58, a librarian: fined 20,000 rubles.",
        Some("2025-03-05"),
    );
    assert_eq!(events(&r, "sentence").len(), 2);
    assert_all_dated(&r, "sentence", "2025-03-03");
}

#[test]
fn a_term_the_court_then_halved_is_half_the_one_pronounced() {
    let r = extract(
        "Thailand's Criminal Court yesterday sentenced activist Chanoknan Suwannarat to five \
         years in prison for royal defamation over a speech, then halved the term because she \
         had pleaded guilty.",
        Some("2025-06-10"),
    );
    assert_first_penalty(&r, "prison", Some(2.5), Some("year"));
    // The penalty's text shows the halving beside the term pronounced.
    let text = events(&r, "sentence")[0]
        .penalty
        .as_ref()
        .unwrap()
        .text
        .clone();
    assert_eq!(
        text.as_deref(),
        Some("five years in prison for royal defamation over a speech, then halved the term")
    );
    // A term told as the halved one already stands as told.
    let r = extract(
        "A Bangkok criminal court sentenced activist Pornthip Saengsuk to four years in prison \
         for lèse-majesté, a term the court said it had halved from eight years.",
        Some("2025-06-10"),
    );
    assert_first_penalty(&r, "prison", Some(4.0), Some("year"));
}

#[test]
fn a_present_tense_fine_before_another_term_is_a_fine() {
    let r = extract(
        "The same evening a judge fines Yulia Sorokina 30,000 rubles for “discrediting the \
         armed forces” and gives Pavel Kholodov 12 days of administrative arrest for \
         “disobeying a police officer.”",
        Some("2025-06-10"),
    );
    let sentences = events(&r, "sentence");
    assert_eq!(sentences.len(), 2);
    assert_penalty(sentences[0], "fine", Some(30000.0), Some("RUB"));
    assert_penalty(
        sentences[1],
        "administrative_arrest",
        Some(12.0),
        Some("day"),
    );
}

#[test]
fn a_verdict_before_a_court_its_name_seats_happened_where_the_court_sits() {
    let r = extract(
        "A Revolutionary Court in Tabriz has sentenced a poet to death on a charge of armed \
         rebellion, his lawyer said.\n\
         The three defendants were tried together at one hearing on Aug. 27. The verdict, issued \
         by the Tabriz Revolutionary Court on Sunday, reached the lawyers yesterday.\n\
         Karim Rasti, a shopkeeper, was sentenced to two years of internal exile in Zabol, a town \
         far from his home. Leila Sadri, a teacher, received five years in prison.",
        None,
    );
    for e in events(&r, "sentence") {
        assert_eq!(name(&r, e.place.as_deref().unwrap()), "Tabriz");
    }
}

#[test]
fn custody_ordered_before_a_trial_is_no_sentence() {
    let r = extract(
        "The Khatai District Court in Baku on Thursday ordered two reporters of the \
         independent investigative outlet Açıq Söz held in pre-trial detention for four \
         months, bringing to four the number of the outlet's journalists behind bars.",
        Some("2023-12-16"),
    );
    assert_none(&r, "sentence");
    assert_eq!(events(&r, "detention").len(), 1);
}

#[test]
fn the_one_insulted_is_not_the_one_sentenced() {
    let r = extract(
        "The Gomel Regional Court on Wednesday sentenced exiled blogger Pavel Karnaukh in \
         absentia to 10 years in a high-security penal colony, finding him guilty of creating \
         an extremist formation and insulting President Alexander Lukashenko, the Viasna human \
         rights centre reported.",
        Some("2024-06-21"),
    );
    assert_only(&r, "sentence", "Pavel Karnaukh");
}

#[test]
fn a_quoted_charge_keeps_the_plain_words_that_gloss_it() {
    let r = extract(
        "A Revolutionary Court in Sanandaj has sentenced Kurdish labour activist Hiwa Moradi to \
         death on a charge of \"baghi\", or armed rebellion, his lawyer said.",
        Some("2024-05-30"),
    );
    assert_all_charged(&r, "sentence", "baghi, or armed rebellion");
}

#[test]
fn a_clause_opener_inside_a_relative_clause_keeps_its_antecedent_the_subject() {
    let r = extract(
        "Police detained Valentina Obukhova and Rinat Fayzullin in Volgograd on Monday. The \
         next day a judge sentenced Fayzullin to 10 days. Obukhova, who according to her \
         daughter had never attended a rally in her life, was found guilty of violating the \
         rules for public events.",
        Some("2025-02-18"),
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        ["Rinat Fayzullin", "Valentina Obukhova"]
    );
}

#[test]
fn a_ban_from_practising_a_trade_is_a_sentence_unless_a_term_came_with_it() {
    let r = extract(
        "A court in Samarkand on Monday sentenced blogger Jasur Qodirov to five years in \
         prison for extortion. The same court banned his co-author, Nodira Ergasheva-Yusupova, \
         from practising journalism for two years but spared her a prison term. It also barred \
         Qodirov from administering websites for three years after his release.",
        Some("2025-03-05"),
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        ["Jasur Qodirov", "Nodira Ergasheva-Yusupova"]
    );
    let ban = events(&r, "sentence")[1];
    assert_penalty(ban, "other", Some(2.0), Some("year"));
}

#[test]
fn a_gapped_verdict_after_an_aside_or_with_lashes_is_its_own() {
    let r = extract(
        "In the same ruling, Soran Karimi was sentenced to six years in prison for \
         “assembly and collusion,” and Karimi’s 17-year-old cousin, Hiwa Karimi, to 74 lashes \
         for “disturbing public order.”",
        Some("2024-11-12"),
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Soran Karimi", "Hiwa Karimi"]);
    assert_penalty(events(&r, "sentence")[1], "other", None, None);
    // A name a relative clause tells of shares no verdict.
    let r = extract(
        "A court in Gyumri on Oct. 19 sentenced Levon Harutyunyan, who ran the campaign of \
         candidate Tigran Sahakyan, to one year of house arrest for vote buying.",
        Some("2023-10-20"),
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Levon Harutyunyan"]);
}

#[test]
fn co_defendants_sentenced_beside_a_lede_verdict_share_its_day() {
    let r = extract(
        "Iran's Supreme Court has upheld the death sentence of Arash Kamali, a protester from \
         Shiraz, his family said.\n\nKamali was arrested in October 2022. On 12 April 2023, \
         the Shiraz Revolutionary Court convicted him of \"moharebeh\" and sentenced him to \
         death, together with two co-defendants, Omid Farahani and Saman Yazdi.",
        Some("2025-02-20"),
    );
    for who in ["Omid Farahani", "Saman Yazdi"] {
        let theirs: Vec<_> = events(&r, "sentence")
            .into_iter()
            .filter(|e| e.subjects.iter().any(|s| name(&r, s) == who))
            .collect();
        assert_eq!(theirs.len(), 1, "{who}");
        assert_eq!(date_of(theirs[0]), Some("2023-04-12"), "{who}");
    }
}

#[test]
fn a_date_after_but_is_the_next_verbs() {
    let r = extract(
        "Police in Mahilyow detained Siarhei Kukharchyk at a picket on March 12. His wife, \
         Volha Kukharchyk, stood beside him. She was not detained, but on March 20 the \
         Leninsky District Court fined her 840 rubles for an unauthorised picket.",
        Some("2025-04-02"),
    );
    assert_all_dated(&r, "sentence", "2025-03-20");
}

#[test]
fn a_person_described_in_other_words_is_the_one_left_named_next() {
    let r = extract(
        "PESHAWAR, Pakistan — An anti-terrorism court in Peshawar on Thursday sentenced a \
         Pashtun rights activist to three years in prison and ordered a student who shared the \
         stage with him to spend six months under house arrest.\nJudge Shaukatullah Khan \
         convicted Sher Alam Mehsud, a 36-year-old organizer for the Pashtun Tahaffuz \
         Movement, of \"inciting hatred against state institutions.\" The same court found \
         Zarmina Wazir, a 22-year-old law student, guilty of the same offence.",
        Some("2024-04-12"),
    );
    let mehsud = event_of(&r, "sentence", "Sher Alam Mehsud");
    assert_penalty(mehsud, "prison", Some(3.0), Some("year"));
}

#[test]
fn a_counted_term_told_of_the_described_person_fills_a_bare_term_told_by_name() {
    let r = extract(
        "CHIANG MAI, Thailand — A court in Chiang Mai on Tuesday sentenced a 24-year-old \
         university student to four years in prison for insulting the monarchy, then cut the \
         term to two years and eight months, her lawyers said.\nSirinthip Chaiwong was \
         sentenced under Article 112, which provides for terms of between three and 15 years \
         in prison.",
        Some("2025-01-22"),
    );
    let theirs = events(&r, "sentence")
        .into_iter()
        .find(|e| {
            e.subjects
                .iter()
                .any(|s| name(&r, s) == "Sirinthip Chaiwong")
        })
        .expect("her sentence");
    assert_penalty(theirs, "prison", Some(32.0), Some("month"));
}

#[test]
fn the_term_a_law_provides_is_no_sentence() {
    let r = extract(
        "Sirinthip Chaiwong was convicted under Article 112 of the Criminal Code, which \
         punishes anyone who insults the King with three to 15 years in prison.",
        Some("2025-01-22"),
    );
    assert!(events(&r, "sentence").iter().all(|e| e.penalty.is_none()));
}

#[test]
fn a_term_changed_on_appeal_is_the_term_it_was_changed_to() {
    let r = extract(
        "The Tunis Court of Appeal on Tuesday cut the sentence of presenter Hamza Jlassi from \
         18 months to eight months in prison.",
        Some("2025-06-27"),
    );
    let sentences = events(&r, "sentence");
    assert_eq!(sentences.len(), 1, "{sentences:?}");
    assert_penalty(sentences[0], "prison", Some(8.0), Some("month"));
}

#[test]
fn a_verdict_read_out_at_a_dated_time_dates_the_sentences_that_follow() {
    let r = extract(
        "Three defendants stood in a metal cage at the Sughd Regional Court on March 4 as the \
         judge read out the verdict.\n\nFarrukh Nazarov, a mathematics teacher, was sentenced \
         to 10 years in a strict-regime colony. His former student Sharofiddin Rahimov \
         received seven years and six months.",
        None,
    );
    assert_all_dated(&r, "sentence", "--03-04");
    assert_eq!(events(&r, "sentence").len(), 2);
}

#[test]
fn terms_told_respectively_with_no_kind_are_prison_terms_in_the_order_of_the_names() {
    let r = extract(
        "In Minsk, the Minsk City Court sentenced two exiled members of the opposition \
         Coordination Council, Alesya Kavalchuk and Ihar Drozd, to 12 and 11 years \
         respectively for \"conspiracy to seize state power\".",
        Some("2025-03-14"),
    );
    let terms: Vec<(String, Option<f64>)> = events(&r, "sentence")
        .iter()
        .map(|e| {
            (
                name(&r, &e.subjects[0]).to_string(),
                e.penalty.as_ref().and_then(|p| p.amount),
            )
        })
        .collect();
    assert_eq!(
        terms,
        [
            ("Alesya Kavalchuk".to_string(), Some(12.0)),
            ("Ihar Drozd".to_string(), Some(11.0))
        ]
    );
}

#[test]
fn the_of_of_a_groups_people_names_no_charge() {
    let r = extract(
        "A Bulawayo magistrate on Wednesday convicted four members of the opposition Citizens \
         Coalition for Change (CCC) of participating in a gathering with intent to promote \
         public violence. Among them was Sipho Dube.",
        Some("2023-10-05"),
    );
    assert_all_charged(
        &r,
        "sentence",
        "participating in a gathering with intent to promote public violence",
    );
    let r = extract(
        "Police detained Anna Orlova and Irina Belova in Krasnodar on Monday. Officers accused \
         the two activists of \"discrediting\" the Russian armed forces.",
        Some("2024-03-05"),
    );
    assert_all_charged(&r, "detention", "discrediting the Russian armed forces");
}

#[test]
fn what_the_punished_said_of_others_is_no_charge() {
    let r = extract(
        "Blogger Nurlan Yesimov was fined 196,600 tenge by a Shymkent court on Wednesday for a \
         video in which he accused city officials of embezzling funds meant for a new hospital.",
        Some("2024-05-10"),
    );
    let charges: Vec<Option<&str>> = events(&r, "sentence")
        .iter()
        .map(|e| e.charge.as_deref())
        .collect();
    assert!(!charges.is_empty());
    assert!(
        charges
            .iter()
            .all(|c| !c.is_some_and(|c| c.contains("embezzling"))),
        "{charges:?}"
    );
}

#[test]
fn a_verdict_read_out_or_handed_down_on_a_day_dates_the_sentences() {
    let r = extract(
        "A court in Tajikistan has sentenced Alibek Shodmonbekov and Nigina Davlatmamadova to \
         prison terms of up to 25 years.\n\nThe verdicts were read out on Nov. 14 by a panel of \
         the Supreme Court.",
        None,
    );
    assert_all_dated(&r, "sentence", "--11-14");
    let r = extract(
        "A court in Dushanbe has sentenced the blogger Suhrob Davlatzoda to 15 years in prison \
         in absentia.\n\nThe Dushanbe City Court handed down the verdict on 3 March 2025 after a \
         closed trial.",
        Some("2025-03-10"),
    );
    assert_all_dated(&r, "sentence", "2025-03-03");
}

#[test]
fn where_a_defendant_comes_from_is_not_where_the_court_sat() {
    let r = extract(
        "ASTANA — A district court in Astana on Tuesday jailed two activists of the unregistered \
         Democratic Choice movement for five years each for \"financing extremism\".\n\n\
         The third defendant, Serik Dauletov, a taxi driver from the northern city of \
         Petropavl, received an 18-month suspended sentence on the same charge.",
        Some("2025-04-10"),
    );
    let e = event_of(&r, "sentence", "Serik Dauletov");
    assert_eq!(name(&r, e.place.as_deref().unwrap()), "Astana");
}

#[test]
fn money_signs_written_onto_the_amount_or_named_by_country() {
    let r = extract(
        "KAMPALA — TikTok user Brian Kasule was fined Shs2 million on Wednesday for a video \
         mocking a minister.",
        Some("2024-03-22"),
    );
    assert_first_penalty(&r, "fine", Some(2_000_000.0), Some("UGX"));
    let r = extract(
        "KANO — An Upper Sharia Court on Monday fined comedian Aminu Sani Danbatta N250,000 for \
         injurious falsehood.",
        Some("2024-03-22"),
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        ["Aminu Sani Danbatta"],
        "the sign is no part of the name"
    );
    assert_first_penalty(&r, "fine", Some(250_000.0), Some("NGN"));
    let r = extract(
        "COLOMBO — A court in Kurunegala on Tuesday fined schoolteacher Ruwan Dissanayake Rs. \
         50,000 over a Facebook post.",
        Some("2024-03-22"),
    );
    assert_first_penalty(&r, "fine", Some(50_000.0), Some("LKR"));
    // The money a report converts into dollars is still in dinars.
    let r = extract(
        "MANAMA — A Bahraini court on Tuesday fined Yasser Abdulhussain 200 Bahraini dinars \
         (about $530) for \"participating in an unlicensed gathering\", lawyers said.",
        Some("2024-03-22"),
    );
    assert_first_penalty(&r, "fine", Some(200.0), Some("BHD"));
}

#[test]
fn short_terms_told_respectively_follow_the_names() {
    let r = extract(
        "On Tuesday the Ganja City Court sentenced Samir Huseynov, 27, and Javid Mammadov, 35, \
         who both took part in the road block, to 30 days and 20 days of administrative arrest \
         respectively for \"disobeying a lawful demand of a police officer\".",
        Some("2025-05-15"),
    );
    assert_penalty(
        event_of(&r, "sentence", "Samir Huseynov"),
        "administrative_arrest",
        Some(30.0),
        Some("day"),
    );
    assert_penalty(
        event_of(&r, "sentence", "Javid Mammadov"),
        "administrative_arrest",
        Some(20.0),
        Some("day"),
    );
}

#[test]
fn a_verb_with_a_date_of_its_own_takes_no_date_across_and() {
    let r = extract(
        "HAVANA — State security agents detained two dissidents on Monday.\n\n\
         One of them, Luis Fonseca Pérez, took part in the protest in the town on July 11, \
         2021, and was sentenced in 2022 to 12 years in prison for sedition.",
        Some("2025-07-09"),
    );
    assert_eq!(
        date_of(event_of(&r, "sentence", "Luis Fonseca Pérez")),
        Some("2022")
    );
}

#[test]
fn a_money_named_after_its_amount_is_no_one_fined() {
    let r = extract(
        "HARARE — A magistrate on Monday fined activist Tendai Moyo 500 Zimbabwe Gold for \
         blocking a road.",
        Some("2026-02-19"),
    );
    assert_eq!(subjects_of(&r, "sentence"), ["Tendai Moyo"]);
    assert_first_penalty(&r, "fine", Some(500.0), Some("ZWG"));
}

#[test]
fn the_term_an_unpaid_fine_turns_into_is_no_sentence() {
    let r = extract(
        "SYLHET — A cyber tribunal on Monday fined editor Jahangir Alam Chowdhury 50,000 taka \
         for a report on a local official. The judge said Chowdhury would serve three months \
         in jail if he failed to pay.",
        Some("2025-06-10"),
    );
    assert_eq!(events(&r, "sentence").len(), 1);
    assert_first_penalty(&r, "fine", Some(50_000.0), Some("BDT"));
}

#[test]
fn a_name_apposed_to_a_word_for_a_person_is_a_person() {
    let r = extract(
        "A Dakar court on Monday gave a suspended prison sentence to one student and fined \
         another over clashes at Cheikh Anta Diop University (UCAD), lawyers said.\n\n\
         The court sentenced Ousmane Ndiaye, a second-year history student, to three months in \
         prison, suspended. Awa Diop, a sociology student, was fined 50,000 CFA francs. The \
         other eight, including Cheikh Tidiane Fall, were acquitted.",
        Some("2025-07-01"),
    );
    assert!(persons(&r).contains(&"Awa Diop"), "{:?}", persons(&r));
    assert_penalty(
        event_of(&r, "sentence", "Awa Diop"),
        "fine",
        Some(50000.0),
        Some("XOF"),
    );
}

#[test]
fn terms_told_respectively_for_a_group_fall_to_its_members_in_the_order_named() {
    let r = extract(VITSEBSK_VERDICT, Some("2025-03-01"));
    for (who, years) in [
        ("Siarhei Kavalenka", 6.0),
        ("Mikita Lapo", 4.0),
        ("Yury Dzmitryieu", 2.0),
    ] {
        assert_penalty(
            event_of(&r, "sentence", who),
            "prison",
            Some(years),
            Some("year"),
        );
    }
}

#[test]
fn a_charge_ends_where_the_terms_of_the_verdict_begin() {
    let r = extract(
        "A court in Vitsebsk has sentenced three men accused of posting photographs of \
         military trains to an opposition channel to six, four and two years in prison \
         respectively.",
        Some("2025-03-01"),
    );
    assert_all_charged(
        &r,
        "sentence",
        "posting photographs of military trains to an opposition channel",
    );
}

#[test]
fn the_place_of_what_a_court_punished_is_not_where_it_sat() {
    let r = extract(
        "MANAMA, Nov 29 (Example News) - A Bahraini court on Tuesday jailed 12 people over a \
         protest in the village of Sitra, fined four other defendants and acquitted two, \
         lawyers said.\n\nThe court sentenced Ali Hasan Radhi to five years in prison.",
        Some("2023-11-29"),
    );
    let places = place_names(&r, "sentence");
    assert!(
        places.len() == 3 && places.iter().all(|p| *p == "Manama"),
        "{places:?}"
    );
}

#[test]
fn those_named_in_other_roles_are_not_one_list_with_the_pardoned() {
    let r = extract(
        "King Norodom Sihamoni granted royal pardons on Tuesday to two land rights activists, \
         Nuon Sophea and Yim Sarath, at the request of Prime Minister Hun Manet. Both walked \
         out of Koh Kong provincial prison the same afternoon. The Koh Kong Provincial Court \
         had sentenced them in 2024 to two years each for \"incitement\".",
        None,
    );
    let mut sentenced = subjects_of(&r, "sentence");
    sentenced.sort();
    assert_eq!(sentenced, ["Nuon Sophea", "Yim Sarath"]);
}

#[test]
fn a_charge_ends_where_the_term_changed_from_begins() {
    let r = extract(
        "PHNOM PENH — Cambodia's Appeal Court on Wednesday cut the prison sentence of Ven \
         Sreymom, a union leader convicted of incitement from three years to 18 months, her \
         lawyer said.",
        None,
    );
    assert_all_charged(&r, "sentence", "incitement");
}

#[test]
fn a_law_named_after_an_offence_is_not_the_charge() {
    let r = extract(
        "AMMAN — The Amman Magistrate Court on Sunday convicted Hiba Obeidat, a reporter for a \
         local radio station, of \"spreading false news\" under the 2023 cybercrime law and \
         fined her 5,000 dinars.",
        Some("2024-08-08"),
    );
    assert_all_charged(&r, "sentence", "spreading false news");
}

#[test]
fn an_offence_in_the_name_of_a_law_or_unit_charges_no_one() {
    let r = extract(
        "AMMAN — A court in Amman has fined journalist Rana Saleh 5,000 dinars over a Facebook \
         post under the 2023 cybercrime law, her lawyer said.",
        Some("2024-08-08"),
    );
    let charges: Vec<Option<&str>> = events(&r, "sentence")
        .iter()
        .map(|e| e.charge.as_deref())
        .collect();
    assert_eq!(charges, [None]);
}

#[test]
fn what_the_punished_one_accused_others_of_is_no_charge() {
    let r = extract(
        "TASHKENT — Sardor Nematov, a blogger from Termez who was jailed in 2021 after accusing \
         local officials of corruption, was freed on Wednesday.",
        None,
    );
    assert_eq!(charges_of(&r, "sentence"), [None]);
}

#[test]
fn what_a_blogger_reported_about_is_no_charge() {
    let r = extract(
        "TASHKENT — The Tashkent City Court sentenced Jasurbek Ismoilov, a blogger known for \
         videos about corruption in the capital, to seven years in prison.",
        None,
    );
    assert_eq!(charges_of(&r, "sentence"), [None]);
}

#[test]
fn the_same_court_is_the_court_last_named() {
    let r = extract(
        "On 14 April the Vakhitovsky District Court of Kazan sentenced Rustem Galiullin to 14 \
         days of administrative arrest.\n\nOn 22 April, Timur Sadykov, another protester, was \
         fined 20,000 rubles by the same court.",
        Some("2025-04-30"),
    );
    let fined = event_of(&r, "sentence", "Timur Sadykov");
    assert_eq!(
        names(&r, &fined.agents),
        ["Vakhitovsky District Court of Kazan"]
    );
}

#[test]
fn a_date_after_an_article_stays_inside_the_charge() {
    let r = extract(
        "A court in Gomel sentenced beekeeper Halina Savitskaya to three years of restricted \
         freedom for taking part in an August 2020 rally in the city, Viasna said.",
        Some("2025-05-01"),
    );
    assert_all_charged(
        &r,
        "sentence",
        "taking part in an August 2020 rally in the city",
    );
}

#[test]
fn the_clause_s_own_verb_ends_a_charge() {
    let r = extract(
        "Relatives said prisoners convicted of religious extremism are routinely beaten in the \
         Jaslyk colony, where Bahodir Tursunov was sentenced to eight years in 2019.",
        Some("2025-05-01"),
    );
    assert_all_charged(&r, "sentence", "religious extremism");
}

#[test]
fn a_person_fined_along_with_others_takes_the_group_s_fine_told_further_back() {
    let r = extract(
        "BATUMI, April 18 — Batumi City Court on Thursday fined six people who took part in a \
         march last weekend 5,000 lari each for blocking a roadway.\n\nAbout 400 people marched \
         through central Batumi on Sunday evening. Police detained seven people after marchers \
         briefly stopped traffic.\n\nAmong them was Nino Tsintsadze, a student, who told \
         reporters she had joined the march with classmates. Tsintsadze was fined along with \
         five other protesters, whose names were not disclosed.",
        Some("2025-04-18"),
    );
    let fined = event_of(&r, "sentence", "Nino Tsintsadze");
    assert_penalty(fined, "fine", Some(5000.0), Some("GEL"));
    assert_eq!(date_of(fined), Some("2025-04-17"));
}

#[test]
fn a_release_on_bail_of_a_sum_is_a_release_not_a_fine() {
    let r = extract(
        "GIZA - A Giza misdemeanour court on Thursday ordered the release on bail of 5,000 \
         Egyptian pounds each of six residents of Warraq Island, among them fisherman Saber \
         Abu Zeid.",
        Some("2024-02-16"),
    );
    assert_none(&r, "sentence");
    assert_eq!(
        subjects_of(&r, "release"),
        ["six residents", "Saber Abu Zeid"]
    );
}

#[test]
fn a_participle_after_a_comma_with_its_doer_later_is_passive() {
    let r = extract(
        "The appeal concerned four residents of the village of Nariman, convicted in July by \
         the Kara-Suu district court.",
        Some("2024-10-30"),
    );
    assert_eq!(subjects_of(&r, "sentence"), ["four residents"]);
    assert_all_dated(&r, "sentence", "2024-07");
    // (Not "approved the bill last Thursday by 57 votes to 3".)
    let r = extract(
        "The Assembly, where the ruling party holds 54 of 60 seats, approved the bill last \
         Thursday by 57 votes to 3.",
        Some("2026-02-10"),
    );
    let law = &events(&r, "legislation")[0];
    assert_eq!(names(&r, &law.agents), ["Assembly"]);
}

#[test]
fn an_appeals_panel_is_a_court() {
    let r = extract(
        "That court sentenced Mirlan Abdykadyrov to six years and six months in prison. On \
         Tuesday the appeals panel cut Abdykadyrov's term to four years.",
        Some("2024-10-30"),
    );
    let cut = events(&r, "sentence")
        .into_iter()
        .find(|e| date_of(e) == Some("2024-10-29"))
        .expect("the appeal's verdict");
    assert_penalty(cut, "prison", Some(4.0), Some("year"));
}

#[test]
fn a_term_after_an_aside_on_the_name_is_that_person_s() {
    let r = extract(
        "On 12 March, the court sentenced Amangeldy Kuanyshev to 15 days of administrative \
         arrest and Nurbek Jumagaliev, as his name is spelled in the ruling, to 10 days, for \
         \"violating the procedure\".",
        Some("2025-03-13"),
    );
    assert_penalty(
        event_of(&r, "sentence", "Nurbek Jumagaliev"),
        "administrative_arrest",
        Some(10.0),
        Some("day"),
    );
}

#[test]
fn a_party_s_name_may_stand_between_a_count_and_its_people() {
    let r = extract(
        "In Rajshahi, a mobile court headed by an executive magistrate on Monday fined three BNP \
         supporters Tk 5,000 each for blocking the Dhaka-Rajshahi highway.",
        Some("2023-12-06"),
    );
    assert_eq!(subjects_of(&r, "sentence"), ["three BNP supporters"]);
    let fined = &events(&r, "sentence")[0];
    assert_penalty(fined, "fine", Some(5000.0), Some("BDT"));
    let count = fined.count.as_ref().unwrap();
    assert_eq!((count.low, count.high), (Some(3), Some(3)));
}

#[test]
fn a_court_named_in_a_city_abroad_sits_there() {
    let r = extract(
        "Security officers searched the homes of four Crimean Tatar men in the northern \
         Crimean town of Dzhankoi on July 9, the Crimean Tatar Resource Center reported.\n\n\
         Last month, the Southern District Military Court in Rostov-on-Don sentenced Melitopol \
         resident Oleksandr Tkachenko to 14 years in a maximum-security colony for \
         \"espionage.\"",
        Some("2025-05-01"),
    );
    assert_eq!(place_names(&r, "sentence"), ["Rostov-on-Don"]);
}

#[test]
fn a_death_sentence_named_before_its_verb_is_the_penalty() {
    let r = extract(
        "The commission also condemned a death sentence handed down on Tuesday by a sessions \
         court in Lahore to Zeeshan Arif, 24, a student convicted of blasphemy.",
        Some("2025-02-20"),
    );
    assert_penalty(
        event_of(&r, "sentence", "Zeeshan Arif"),
        "death",
        None,
        None,
    );
}

#[test]
fn a_verdict_joined_to_a_dated_acquittal_shares_its_day() {
    let r = extract(
        "A court in the eastern Kazakh city of Oskemen on Thursday acquitted civic activist \
         Saltanat Mukhametzhanova and convicted her fellow campaigner Yerlan Qaliev of \
         spreading false information.",
        Some("2024-11-22"),
    );
    assert_eq!(
        date_of(event_of(&r, "sentence", "Yerlan Qaliev")),
        Some("2024-11-21")
    );
}

#[test]
fn a_list_of_offences_closed_by_and_is_one_charge() {
    let r = extract(
        "BAKU — The Baku Grave Crimes Court convicted Ulvi Hasanli on 20 June of smuggling by a \
         group of persons, illegal entrepreneurship and money laundering.",
        Some("2025-07-01"),
    );
    assert_all_charged(
        &r,
        "sentence",
        "smuggling by a group of persons, illegal entrepreneurship and money laundering",
    );
    // An aside after the comma is no further offence.
    let r = extract(
        "BAKU — Police charged Ulvi Hasanli with hooliganism, his lawyer said, and released him.",
        Some("2025-07-01"),
    );
    assert_all_charged(&r, "charge", "hooliganism");
}

#[test]
fn and_after_a_name_and_its_term_joins_a_second_verb_not_an_adjective() {
    let r = extract(
        "SHYMKENT — A court on Thursday jailed civic activist Nurlan Zhaksylykov for 15 days \
         and fined blogger Aigerim Tursunbayeva 150,000 tenge.",
        Some("2025-03-15"),
    );
    let fined = event_of(&r, "sentence", "Aigerim Tursunbayeva");
    let fine = fined.penalty.as_ref().unwrap();
    assert_eq!((fine.kind.as_str(), fine.amount), ("fine", Some(150000.0)));
    assert_eq!(date_of(fined), Some("2025-03-13"));
}

#[test]
fn a_province_called_so_elsewhere_leaves_a_regional_courts_verdict_to_its_city() {
    let r = extract(
        "The Khatlon Regional Court on Monday sentenced Davron Saidov, a blogger from Bokhtar, \
         to seven years in prison on extremism charges, his lawyer said.\n\n\
         His posts dealt mostly with water shortages in Khatlon province, his brother said.",
        Some("2025-03-19"),
    );
    assert_eq!(place_names(&r, "sentence"), ["Bokhtar"]);
}

#[test]
fn a_relative_clause_closed_before_the_date_leaves_the_date_to_the_verb() {
    let r = extract(
        "A court in Hanoi sentenced Tran Van Binh, a blogger who wrote about land seizures, \
         to seven years in prison on Tuesday.\n\n\
         Police detained Le Thi Hoa, who had filmed the hearing, on Wednesday.",
        Some("2025-09-19"),
    );
    assert_eq!(
        statuses_and_dates(&r, "sentence"),
        [("occurred", Some("2025-09-16"))]
    );
    assert_eq!(
        statuses_and_dates(&r, "detention"),
        [("occurred", Some("2025-09-17"))]
    );
}

#[test]
fn a_life_term_is_prison_with_no_term_to_count() {
    let r = extract(
        "A court in Manama on Tuesday sentenced Sayed Ali Hashem to life in prison and Jawad \
         Radhi to 15 years.",
        Some("2024-03-14"),
    );
    let verdicts = events(&r, "sentence");
    assert_eq!(verdicts.len(), 2);
    assert_penalty(verdicts[0], "prison", None, None);
    assert_penalty(verdicts[1], "prison", Some(15.0), Some("year"));
}

#[test]
fn a_given_name_before_a_surname_that_is_also_a_town_names_a_person() {
    let r = extract(
        "A Revolutionary Court in Tabriz sentenced Reza Ahmadi to death on Monday.",
        Some("2024-12-06"),
    );
    let verdicts = events(&r, "sentence");
    assert_eq!(verdicts.len(), 1);
    assert_eq!(names(&r, &verdicts[0].subjects), ["Reza Ahmadi"]);
    assert_eq!(entity_names(&r, EntityKind::Person), ["Reza Ahmadi"]);
}

#[test]
fn a_laws_year_after_a_possessive_dates_no_verdict() {
    let r = extract(
        "A court in Cairo sentenced Salma Gaber to two years in prison under Egypt's 2018 \
         cybercrime law.",
        Some("2023-08-07"),
    );
    assert_eq!(statuses_and_dates(&r, "sentence"), [("occurred", None)]);
}

#[test]
fn an_opening_date_passes_over_a_relative_clause_to_the_main_verb() {
    let r = extract(
        "In January 2023, the Bukhara regional court, which heard the main case against 22 \
         defendants, sentenced Dauletmurat Utepbergenov to eight years in prison.",
        Some("2023-08-07"),
    );
    let dated: Vec<_> = events(&r, "sentence")
        .into_iter()
        .filter(|e| names(&r, &e.subjects) == ["Dauletmurat Utepbergenov"])
        .map(date_of)
        .collect();
    assert_eq!(dated, [Some("2023-01")]);
}

#[test]
fn fined_with_no_sum_is_a_fine_of_no_amount() {
    let r = extract(
        "Nino Kapanadze, 31, a dentist, was fined in Batumi for blocking traffic, her lawyer said.",
        Some("2025-01-29"),
    );
    let verdicts = events(&r, "sentence");
    assert_eq!(verdicts.len(), 1);
    let penalty = verdicts[0].penalty.as_ref().expect("a penalty");
    assert_eq!((penalty.kind.as_str(), penalty.amount), ("fine", None));
}

#[test]
fn jailed_with_no_term_is_prison_of_no_length() {
    let r = extract(
        "Sardor Qurbonov, a blogger from Urgench, was jailed in 2021 for disseminating false \
         information about the regional governor.",
        Some("2025-09-02"),
    );
    let verdicts = events(&r, "sentence");
    assert_eq!(verdicts.len(), 1);
    let penalty = verdicts[0].penalty.as_ref().expect("a penalty");
    assert_eq!((penalty.kind.as_str(), penalty.amount), ("prison", None));
}

#[test]
fn a_term_changed_on_appeal_is_the_new_one_on_the_charge_told_after() {
    let r = extract(
        "The Kutaisi Court of Appeals on March 3 cut the prison sentence of Levan Abashidze, \
         a 30-year-old taxi driver detained during pro-European Union protests in Batumi, \
         from three years and six months to 18 months. A city court had convicted Abashidze in January of \
         organising group violence and sentenced him to three years and six months in prison.",
        Some("2025-03-05"),
    );
    let appeal = events(&r, "sentence")
        .into_iter()
        .find(|e| date_of(e) == Some("2025-03-03"))
        .expect("the appeal's sentence");
    assert_eq!(names(&r, &appeal.subjects), ["Levan Abashidze"]);
    assert_penalty(appeal, "prison", Some(18.0), Some("month"));
    assert_eq!(appeal.charge.as_deref(), Some("organising group violence"));
}

#[test]
fn a_lede_dating_verdicts_on_no_one_named_dates_those_told_next() {
    let r = extract(
        "Georgian court jails protester\n\nA court in the western Georgian city of Poti on \
         Wednesday jailed one opposition protester for 12 days and fined another.\nJudge Levan \
         Kiria found Giorgi Jgerenaia, 27, guilty of petty hooliganism and sentenced him to 12 \
         days of administrative detention. Nino Lomia, a 41-year-old schoolteacher, was fined \
         2,000 lari for blocking a road.",
        Some("2024-12-06"),
    );
    assert_eq!(
        subjects_and_dates(&r, "sentence"),
        [
            ("Giorgi Jgerenaia".to_string(), Some("2024-12-04")),
            ("Nino Lomia".to_string(), Some("2024-12-04"))
        ]
    );
}

#[test]
fn a_term_told_later_without_its_length_takes_the_ledes() {
    let r = extract(
        "A court in Kolda on Thursday sentenced two students to six weeks in jail for joining \
         a protest against the election delay, and gave a third man a four-month suspended \
         sentence, defence lawyers said.\nMamadou Sane, 22, and Ibou Faye, 20, were arrested \
         on Feb. 9 when gendarmes broke up a march. Ansou Mane, a motorcycle-taxi driver picked \
         up the same evening, received the suspended term on the same charges.",
        Some("2024-02-16"),
    );
    assert_penalty(
        event_of(&r, "sentence", "Ansou Mane"),
        "suspended",
        Some(4.0),
        Some("month"),
    );
}

#[test]
fn lede_verdicts_go_to_the_persons_named_with_their_kind_of_penalty() {
    let r = extract(
        "Batumi court jails student\n\nA court in the Black Sea city of Batumi on Thursday \
         jailed a student for seven days and fined a second protester 5,000 lari over \
         demonstrations against the bill.\nNino Kapanadze, 31, a dentist, was fined for \
         blocking traffic, her lawyer said. Giorgi Beridze, 20, was jailed for insulting \
         police officers.",
        Some("2024-05-17"),
    );
    let fined = event_of(&r, "sentence", "Nino Kapanadze");
    assert_penalty(fined, "fine", Some(5000.0), Some("GEL"));
    assert_eq!(date_of(fined), Some("2024-05-16"));
    let jailed = event_of(&r, "sentence", "Giorgi Beridze");
    assert_penalty(jailed, "administrative_arrest", Some(7.0), Some("day"));
}

#[test]
fn a_named_fine_of_no_sum_takes_the_ledes_sum_before_it_is_left_without_one() {
    let r = extract(
        "SHYMKENT, Kazakhstan — A district court in Shymkent on Friday jailed two farmers for \
         15 days each and fined a third 200,000 tenge after they blocked a highway to protest \
         against water cuts, their relatives said.\nBolat Nurmagambetov, 52, and Yerlan \
         Sadykov, 47, were found guilty of \"violating the procedure for holding peaceful \
         assemblies.\" The same judge fined Marat Omarov, a 63-year-old retired teacher, on \
         the same charge, citing his age.",
        Some("2025-06-14"),
    );
    let fined = event_of(&r, "sentence", "Marat Omarov");
    assert_penalty(fined, "fine", Some(200000.0), Some("KZT"));
    let jailed = event_of(&r, "sentence", "Yerlan Sadykov");
    assert_penalty(jailed, "administrative_arrest", Some(15.0), Some("day"));
}

#[test]
fn a_cases_verdict_day_dates_the_named_verdicts_opening_the_next_paragraph() {
    let r = extract(
        "Georgian opposition parties said on Thursday they would keep up their nightly rallies \
         in western Georgia.\n\nA court in the western city of Zugdidi on Wednesday jailed one \
         opposition protester for 12 days and fined another.\n\nJudge Irakli Beridze found \
         Nika Kvaratskhelia, 27, guilty of petty hooliganism and sentenced him to 12 days of \
         administrative detention. Tamar Shengelia, a 41-year-old schoolteacher, was fined \
         2,000 lari for blocking a road.",
        Some("2024-12-06"),
    );
    for who in ["Nika Kvaratskhelia", "Tamar Shengelia"] {
        assert_eq!(
            date_of(event_of(&r, "sentence", who)),
            Some("2024-12-04"),
            "{who}"
        );
    }
}

#[test]
fn a_term_between_dashes_given_to_a_person_is_their_verdicts() {
    let r = extract(
        "SAFI, Morocco — A court in Safi on Tuesday convicted three dockworkers over a strike \
         at the port, giving the longest term — 18 months in prison — to union steward Karim \
         Alaoui.\n\nThe court found Alaoui, 41, guilty of obstructing traffic.",
        Some("2025-05-10"),
    );
    let verdict = event_of(&r, "sentence", "Karim Alaoui");
    assert_penalty(verdict, "prison", Some(18.0), Some("month"));
}

#[test]
fn counted_mobilisers_are_a_group_the_next_sentence_names() {
    let r = extract(
        "A magistrate's court in Gulu on Tuesday ordered two opposition mobilisers to do three \
         months of community service each after convicting them of unlawful assembly.\n\
         Geoffrey Ocen, 35, and Beatrice Lakot, 29, will sweep the grounds of the regional \
         hospital, the magistrate ruled.",
        Some("2025-04-24"),
    );
    for name in ["Geoffrey Ocen", "Beatrice Lakot"] {
        assert_penalty(
            event_of(&r, "sentence", name),
            "community_work",
            Some(3.0),
            Some("month"),
        );
    }
}

#[test]
fn a_group_named_in_its_own_sentence_is_not_named_again_from_the_next() {
    let r = extract(
        "In Mbarara, a magistrate last week sentenced two mobilisers of the opposition party, \
         Patience Ainembabazi and Joseph Tumusiime, to 120 hours of community service each.\n\
         The seat was won by Gideon Tumwine, who defeated Stella Atuhaire by about 6,000 votes.",
        Some("2025-11-03"),
    );
    let sentenced: Vec<String> = subjects_and_dates(&r, "sentence")
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(sentenced, vec!["Joseph Tumusiime", "Patience Ainembabazi"]);
}

#[test]
fn a_court_stripping_nationality_hands_down_a_penalty_a_government_does_not() {
    let r = extract(
        "At the same hearing the court declared three exiled journalists -- Ana Cerda, \
         Ernesto Rivas and Felix Mairena -- traitors to the homeland in absentia and stripped \
         them of their Nicaraguan nationality. In February 2023 the government of Daniel \
         Ortega stripped the journalist Roger Mendoza of his citizenship.",
        Some("2025-02-13"),
    );
    for name in ["Ana Cerda", "Ernesto Rivas", "Felix Mairena"] {
        assert_penalty(event_of(&r, "sentence", name), "other", None, None);
    }
    assert_eq!(events(&r, "sentence").len(), 3);
}

#[test]
fn a_longer_reporting_clause_tells_who_told_not_who_was_sentenced() {
    let r = extract(
        "The Supreme Court of Tatarstan on Wednesday reduced the prison sentence of activist \
         Rinat Galiullin from six years to four years, but upheld the five-year term of his \
         co-defendant Timur Zakirov, lawyers for the two men said.",
        Some("2024-11-15"),
    );
    let sentenced = subjects_and_dates(&r, "sentence");
    assert_eq!(sentenced.len(), 2, "{sentenced:?}");
}

#[test]
fn punished_by_a_court_is_a_verdict_that_dates_those_named_next() {
    let r = extract(
        "Three reporters covering a strike in Karaganda were detained by police on Tuesday, \
         and two of them were punished by a court the same day, colleagues said.\nMarat \
         Seitov, a reporter for an independent site, was fined 100,000 tenge for taking part \
         in an unsanctioned gathering.",
        Some("2024-03-14"),
    );
    assert_eq!(
        date_of(event_of(&r, "sentence", "Marat Seitov")),
        Some("2024-03-12")
    );
}

#[test]
fn a_verdict_an_appeal_upheld_had_the_term_upheld() {
    let r = extract(
        "The Brest Regional Court on Thursday upheld a four-year prison sentence for Ales \
         Kruk, a trade unionist from Baranovichi.\nKruk was found guilty in March by the \
         Baranavichy District Court of organizing actions that grossly violate public order.",
        Some("2024-06-08"),
    );
    let first = events(&r, "sentence")
        .into_iter()
        .find(|e| date_of(e) == Some("2024-03"))
        .expect("the March verdict");
    assert_penalty(first, "prison", Some(4.0), Some("year"));
}

#[test]
fn the_it_of_a_charge_is_what_the_sentence_before_named() {
    let r = extract(
        "The Fergana regional court on Tuesday sentenced three men. Anvar Tursunov received \
         eight years in prison for founding a banned religious group. Sherzod Aliyev and \
         Rustam Nabiyev were each sentenced to six years for joining it.",
        Some("2025-03-06"),
    );
    for who in ["Sherzod Aliyev", "Rustam Nabiyev"] {
        let verdict = event_of(&r, "sentence", who);
        assert_eq!(
            verdict.charge.as_deref(),
            Some("joining a banned religious group"),
            "{who}"
        );
    }
}

#[test]
fn a_participles_aside_before_the_verb_tells_of_its_doer() {
    let r = extract(
        "The Namangan regional court on March 3 sentenced four men.\n\nOybek Karimov, 31, \
         described by prosecutors as the cell's organiser, received eight years in prison for \
         founding a banned religious group.",
        Some("2025-03-06"),
    );
    let verdict = event_of(&r, "sentence", "Oybek Karimov");
    assert_penalty(verdict, "prison", Some(8.0), Some("year"));
}

#[test]
fn a_fine_told_apart_is_another_verdict_than_a_prison_term() {
    let r = extract(
        "A court in Samara on Thursday sentenced Darya Belova to three years in a penal colony \
         for spreading false information about the army.\n\nBelova first came to the \
         attention of police after a one-woman picket outside Samara University on Feb. 24, \
         2023, for which she was fined.",
        Some("2024-10-18"),
    );
    let verdicts = events_of_one(&r, "sentence", "Darya Belova");
    assert_eq!(verdicts.len(), 2, "{verdicts:?}");
}

#[test]
fn gulnar_is_a_womans_name() {
    let r = extract(
        "\u{201c}He had a return ticket,\u{201d} his lawyer Gulnar Seitqali said. In March, a \
         court in Aktobe fined him 184,600 tenge for taking part in a rally.",
        Some("2024-11-20"),
    );
    assert_none_of(&r, "sentence", "Gulnar Seitqali");
}

#[test]
fn a_conviction_charge_after_names_and_a_date() {
    let r = extract(
        "The Partyzanski District Court of Minsk convicted Artsiom Hrybouski, Nastassia \
         Kuzmich and Vital Sakalou on 17 January 2025 of \"participation in group actions \
         grossly violating public order\".",
        None,
    );
    assert_all_charged(
        &r,
        "sentence",
        "participation in group actions grossly violating public order",
    );
    assert_eq!(events(&r, "sentence").len(), 3);
    let r = extract(
        "The Amman Magistrates Court convicted Anas Khalil al-Jamal, 31, on Tuesday of \
         \"spreading false news\" and \"inciting strife\" over three posts.",
        Some("2024-06-20"),
    );
    assert_all_charged(&r, "sentence", "spreading false news and inciting strife");
}

#[test]
fn an_aged_person_of_a_people_is_an_unnamed_person() {
    let r = extract(
        "A court in Zahedan has sentenced a 24-year-old Baluch man to death. Abdolmajid \
         Rigi-Narouei was convicted by the court after a single hearing.",
        None,
    );
    let verdict = event_of(&r, "sentence", "Abdolmajid Rigi-Narouei");
    assert_eq!(
        verdict.penalty.as_ref().map(|p| p.kind.as_str()),
        Some("death")
    );
}

#[test]
fn a_man_sentenced_is_the_one_named_with_his_verdict() {
    let r = extract(
        "A Revolutionary Court in Isfahan has sentenced a 27-year-old man to death and two \
         others to prison, the Mizan news agency said.\n\nMizan named the man sentenced to \
         death as Reza Kazemi, a mechanic, and said he had been convicted of \"moharebeh\". \
         Amir-Hossein Tavakoli received 10 years in prison for \"assembly and collusion \
         against national security\".",
        Some("2024-01-25"),
    );
    let kazemi = event_of(&r, "sentence", "Reza Kazemi");
    assert_eq!(
        kazemi.penalty.as_ref().map(|p| p.kind.as_str()),
        Some("death")
    );
    let kinds: Vec<&str> = events_of_one(&r, "sentence", "Amir-Hossein Tavakoli")
        .iter()
        .filter_map(|e| e.penalty.as_ref().map(|p| p.kind.as_str()))
        .collect();
    assert_eq!(kinds, vec!["prison"]);
}

#[test]
fn a_term_changed_from_one_to_another() {
    let r = extract(
        "DUSHANBE, May 15 - Tajikistan's Supreme Court on Wednesday reduced the prison \
         sentence of journalist Daler Alibakhshov from 10 years to seven, but left unchanged \
         the eight-year term of his co-defendant, civil activist Shuhrat Gulomshoev, relatives \
         said.\n\nAlibakhshov was convicted by the Dushanbe City Court in November of \
         \"public calls for extremist activity\".",
        Some("2024-05-15"),
    );
    let terms: Vec<(Option<&str>, Option<f64>)> =
        events_of_one(&r, "sentence", "Daler Alibakhshov")
            .iter()
            .map(|e| (date_of(e), e.penalty.as_ref().and_then(|p| p.amount)))
            .collect();
    assert_eq!(
        terms,
        vec![
            (Some("2024-05-15"), Some(7.0)),
            (Some("2023-11"), Some(10.0))
        ]
    );
}

#[test]
fn a_date_right_before_a_verb_of_judging_is_the_judgements() {
    let r = extract(
        "The U.N. human rights office on Wednesday condemned the sentencing of Mon-language \
         poet Nai Zaw Lin Htet to 20 years in prison with hard labor, calling the verdict \
         \"a grotesque abuse of the justice system\".\n\n\
         A military court in Mawlamyine convicted Nai Zaw Lin Htet on Feb. 12 of incitement, \
         his family said.",
        Some("2025-02-20"),
    );
    let verdicts = events(&r, "sentence");
    assert_eq!(verdicts.len(), 1, "{verdicts:?}");
    assert_eq!(date_of(verdicts[0]), Some("2025-02-12"));
}

#[test]
fn the_offence_one_is_convicted_for_is_read_whole() {
    let r = extract(
        "A court in Ganja on Monday convicted Elmir Qasimov for illegal possession of drugs.",
        Some("2024-09-05"),
    );
    let verdict = event_of(&r, "sentence", "Elmir Qasimov");
    assert_eq!(
        verdict.charge.as_deref(),
        Some("illegal possession of drugs")
    );
}

#[test]
fn the_judge_who_found_both_guilty_is_not_one_of_them() {
    let r = extract(
        "SHYMKENT - A court in Shymkent yesterday fined civic activist Dinara Serikqyzy 432,500 \
         tenge for a picket.\n\n\
         Serikqyzy (also spelled Serikkyzy), 31, and Almas Nurlanuly Zhaqypov stood outside the \
         city akimat on May 28 holding placards. Police detained both within ten minutes.\n\n\
         Judge Aigul Bekmukhanbetova found both guilty of \u{201c}violating the procedure for \
         organizing and holding peaceful assemblies,\u{201d} ruling that the picket had not been \
         notified.",
        Some("2026-06-05"),
    );
    let verdict = event_of(&r, "sentence", "Dinara Serikqyzy");
    assert_eq!(
        verdict.charge.as_deref(),
        Some("violating the procedure for organizing and holding peaceful assemblies")
    );
}

#[test]
fn receiving_the_lighter_sentence_is_a_verdict() {
    let r = extract(
        "MANAGUA - His sister, Rosa Amelia Sequeira Gaitán, 71, received the lighter sentence \
         for the same offences because of her age and health, the group said.",
        Some("2025-06-14"),
    );
    assert_eq!(
        subjects_of(&r, "sentence"),
        vec!["Rosa Amelia Sequeira Gaitán"]
    );
}

#[test]
fn lese_majeste_is_a_charge_however_it_is_spelled() {
    for (spelling, text) in [
        (
            "lèse-majesté",
            "to four years in prison for lèse-majesté over two posts.",
        ),
        ("lese majeste", "to four years in prison for lese majeste."),
    ] {
        let r = extract(
            &format!("BANGKOK - A criminal court sentenced Pornthip Saengsuk {text}"),
            Some("2025-06-16"),
        );
        let charges: Vec<&str> = events(&r, "sentence")
            .iter()
            .filter_map(|e| e.charge.as_deref())
            .collect();
        assert_eq!(charges, vec![spelling]);
    }
}

#[test]
fn a_date_before_the_grounds_is_the_verdicts() {
    let r = extract(
        "TEHRAN - Parisa Karimi was sentenced in February over protests in September 2022.",
        Some("2025-03-10"),
    );
    let verdicts = events(&r, "sentence");
    assert_eq!(verdicts.len(), 1);
    assert_eq!(date_of(verdicts[0]), Some("2025-02"));
    let protests = events(&r, "protest");
    assert_eq!(protests.len(), 1);
    assert_eq!(date_of(protests[0]), Some("2022-09"));
}

#[test]
fn a_verb_after_and_keeps_its_own_date() {
    let r = extract(
        "DHAKA - Opposition leader Rafiqul Alam has been in custody since March 2023 and was \
         sentenced in October 2024 to ten years in prison for sedition.",
        Some("2025-02-10"),
    );
    let verdicts = events(&r, "sentence");
    assert_eq!(verdicts.len(), 1);
    assert_eq!(date_of(verdicts[0]), Some("2024-10"));
}

#[test]
fn home_confinement_and_correctional_labour_are_kinds_of_their_own() {
    let r = extract(
        "HOLGUIN - A municipal court in Holguin on Monday sentenced Pedro Ramos Leyva to three \
         years of home confinement over Facebook posts. His neighbour Ana Ruiz Pupo was \
         sentenced to two years of correctional labour.",
        Some("2025-01-10"),
    );
    let kinds: Vec<_> = events(&r, "sentence")
        .iter()
        .map(|e| {
            let p = e.penalty.as_ref().expect("each verdict has its term");
            (p.kind.clone(), p.amount)
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("house_arrest".to_string(), Some(3.0)),
            ("community_work".to_string(), Some(2.0))
        ]
    );
}

#[test]
fn a_verdict_given_at_a_trial_held_somewhere_is_placed_there() {
    let r = extract(
        "MINSK - Ales Kukharchyk died in prison on Monday. At a trial held behind closed \
         doors in Maladzyechna, the Minsk Regional Court in February 2023 sentenced him to \
         four years in a penal colony.",
        Some("2025-03-12"),
    );
    let verdicts = events(&r, "sentence");
    assert_eq!(verdicts.len(), 1, "{verdicts:?}");
    assert_eq!(
        verdicts[0].place.as_deref().map(|p| name(&r, p)),
        Some("Maladzyechna")
    );
}

#[test]
fn a_verdict_verb_after_the_court_and_its_day_is_read() {
    let r = extract(
        "Maryam Karimova was sentenced to seven years in May. The high court on Monday cut \
         the terms of Maryam Karimova and Davron Aliyev to three years.",
        Some("2025-06-18"),
    );
    let sentenced: Vec<_> = events(&r, "sentence")
        .iter()
        .flat_map(|e| {
            let day = e.date.as_ref().and_then(|d| d.value.clone());
            names(&r, &e.subjects)
                .into_iter()
                .map(move |n| (n, day.clone()))
        })
        .collect();
    assert!(
        sentenced.contains(&("Davron Aliyev", Some("2025-06-16".to_string()))),
        "{sentenced:?}"
    );
}

#[test]
fn a_law_cited_by_name_or_number_is_the_charge_when_none_is_named() {
    let r = extract(
        "A military court sentenced Ko Aung Min in 2022 to seven years in prison under the \
         Counter-Terrorism Law. Blogger Hoang Thi Nga was sentenced in 2020 to four years under \
         Article 117.",
        Some("2025-05-30"),
    );
    let charges = charges_of(&r, "sentence");
    assert_eq!(
        charges,
        vec![Some("Counter-Terrorism Law"), Some("Article 117")],
        "{charges:?}"
    );
}

#[test]
fn common_offences_are_charges_when_named_alone() {
    let r = extract(
        "A municipal court in Holguin on March 12 sentenced rapper Ernesto Rizo Pantoja to three \
         years of \"limitation of liberty\" for contempt over a song mocking government leaders. \
         A court in Tunis jailed blogger Amine Gharbi for two years for spreading false news.",
        Some("2025-03-20"),
    );
    let charges = charges_of(&r, "sentence");
    assert_eq!(
        charges,
        vec![Some("contempt"), Some("spreading false news")],
        "{charges:?}"
    );
}

#[test]
fn a_charge_keeps_its_qualifier_and_where_one_was_to_appear() {
    let r = extract(
        "NUKUS - A court on Thursday sentenced blogger Azamat Seytmuratov to eight years in \
         prison for public calls to seize power. Tbilisi City Court on Monday sentenced Davit \
         Lomidze to eight months in prison for refusing to appear before a parliamentary \
         investigative commission.",
        Some("2025-03-14"),
    );
    let charges = charges_of(&r, "sentence");
    assert_eq!(
        charges,
        vec![
            Some("public calls to seize power"),
            Some("refusing to appear before a parliamentary investigative commission")
        ],
        "{charges:?}"
    );
}

#[test]
fn a_term_told_with_also_belongs_to_the_verdict_told() {
    let r = extract(
        "BUJUMBURA - A court on Tuesday sentenced journalist Claudine Nshimirimana to ten years \
         in prison for undermining state security. Nshimirimana was also ordered to pay a fine \
         of 1 million Burundian francs.",
        Some("2024-10-17"),
    );
    let verdicts: Vec<_> = events(&r, "sentence")
        .iter()
        .map(|e| names(&r, &e.subjects))
        .collect();
    assert_eq!(
        verdicts,
        vec![vec!["Claudine Nshimirimana"]],
        "{verdicts:?}"
    );
    // (The sentence that adds the fine is part of the verdict's evidence.)
    assert_eq!(events(&r, "sentence")[0].evidence.len(), 2);
}

#[test]
fn found_not_guilty_is_an_acquittal_not_a_verdict() {
    let r = extract(
        "NGOZI - The High Court of Ngozi on Monday found Prosper Ntahomvukiye guilty of \
         rebellion. Aline Ndikumana and Thierry Bigirimana were found not guilty on all counts.",
        Some("2025-07-08"),
    );
    assert_eq!(subjects_of(&r, "sentence"), vec!["Prosper Ntahomvukiye"]);
    assert_among(&r, "release", &["Thierry Bigirimana"]);
}
