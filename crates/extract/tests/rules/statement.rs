//! Statements: who said what, about whom.

use super::*;

#[test]
fn a_rights_group_before_its_relative_clause_is_the_speaker() {
    let r = extract(
        "A court in Viciebsk sentenced Uladzimir Kavalchuk to six years on Tuesday. Viasna, which \
         recognises all five as political prisoners, called the verdict “a punishment for words \
         typed in a chat.”",
        None,
    );
    let s = events(&r, "statement");
    assert_eq!(s.len(), 1);
    assert_eq!(name(&r, &s[0].agents[0]), "Viasna");
}

#[test]
fn speakers_before_an_aside_or_after_by_are_found() {
    let r = extract(
        "The Adolat Monitoring Group, a network of volunteer trial observers, called the verdicts \
         “a punishment for private prayer.”\n\n\
         The dispersal was condemned by the human rights movement Bir Duino.\n\n\
         Viasna, whose own leader is serving ten years, has recognised all three as political \
         prisoners.",
        None,
    );
    let speakers: Vec<&str> = events(&r, "statement")
        .iter()
        .flat_map(|e| e.agents.iter().map(|x| name(&r, x)))
        .collect();
    for who in ["Adolat Monitoring Group", "Bir Duino", "Viasna"] {
        assert!(speakers.contains(&who), "{who} in {speakers:?}");
    }
}

#[test]
fn a_saying_of_people_no_one_names_is_no_statement() {
    let r = extract(
        "A court in Lankaran sentenced Nijat Agayev to four years, ending a closed-door trial \
         that rights defenders called punishment for a Facebook page. Human Rights Watch said \
         the verdict was arbitrary.",
        None,
    );
    let agents: Vec<&str> = events(&r, "statement")
        .iter()
        .flat_map(|e| e.agents.iter().map(|x| name(&r, x)))
        .collect();
    assert_eq!(agents, ["Human Rights Watch"]);
}

#[test]
fn a_rights_group_that_only_reports_a_charge_in_quotes_makes_no_statement() {
    let r = extract(
        "A court in Sagaing sentenced teacher Ko Min Thu to three years in prison for \
         \u{201c}incitement\u{201d}, the Assistance Association for Political Prisoners said.",
        Some("2025-04-01"),
    );
    assert!(events(&r, "statement").is_empty(), "{:?}", r.events);
    assert_eq!(events(&r, "sentence").len(), 1);
}

#[test]
fn claiming_victory_is_no_statement() {
    let r = extract(
        "Khatskevich took part in the mass protests of August 2020 against the official \
         results of that month's presidential election, in which Alyaksandr Lukashenka \
         claimed a sixth term. Zhukavets was jailed in 2021 over the protests that followed \
         the election, which Lukashenka claimed to have won with 80% of the vote.",
        Some("2025-10-10"),
    );
    assert_none(&r, "statement");
}

#[test]
fn the_day_a_statement_was_published_dates_nothing_it_reports() {
    let r = extract(
        "At least 14 people were detained in Vitebsk last month.\n\n\
         In a statement published on Tuesday, Viasna said officers of the KGB searched the \
         homes of at least nine of the detainees before taking them to the regional KGB \
         directorate for questioning.",
        Some("2024-11-21"),
    );
    let days: Vec<Option<&str>> = r
        .events
        .iter()
        .filter(|e| e.kind != "statement")
        .map(date_of)
        .collect();
    assert!(
        !days.contains(&Some("2024-11-19")),
        "no happening on the statement's day: {days:?}"
    );
}

#[test]
fn a_statement_is_placed_where_the_speaker_made_it() {
    // The speaker's place, before or after the saying; the arrest it speaks of keeps its own.
    let r = extract(
        "NOVI SAD, Serbia — Police detained student Marko Ilić near the Varadin Bridge on \
         Saturday.\n\
         President Aleksandar Vučić, speaking in Belgrade, called Ilić and the other protesters \
         “a violent minority paid from abroad.”",
        None,
    );
    let s = events(&r, "statement");
    assert_eq!(name(&r, s[0].place.as_deref().unwrap()), "Belgrade");
    let d = events(&r, "detention");
    assert_eq!(name(&r, d[0].place.as_deref().unwrap()), "Novi Sad");
    let r = extract(
        "Police in Jaffna detained at least 14 people after a vigil.\n\
         The Office of the U.N. High Commissioner for Human Rights said in Geneva on Tuesday \
         that it was “deeply concerned” by the detentions.",
        None,
    );
    let s = events(&r, "statement");
    assert_eq!(name(&r, s[0].place.as_deref().unwrap()), "Geneva");
}

#[test]
fn a_rights_group_troubled_by_a_decision_makes_a_statement() {
    let r = extract(
        "Amnesty International said it was deeply troubled by the decision to block the \
         website.",
        Some("2025-03-01"),
    );
    assert_eq!(events(&r, "statement").len(), 1);
}

#[test]
fn a_question_states_nothing() {
    let r = extract(
        "Two volunteers, Pedro Sicajá and Marta Cuc, were arrested with her.\n\nQ: What is she \
         accused of?\n\nA: Prosecutors say she incited violence.",
        Some("2024-03-10"),
    );
    assert_none(&r, "statement");
}

#[test]
fn an_outlet_named_beside_a_saying_is_not_its_speaker() {
    let r = extract(
        "ORAL — On Sept. 20, the Information Ministry ordered internet providers to block \
         access to the Zhaiyq Times website, saying it had published content that undermined \
         public order.\n\n\
         Prime Minister Hun Manet welcomed the ruling on Facebook.",
        Some("2024-09-25"),
    );
    for e in events(&r, "statement") {
        for g in &e.agents {
            assert!(!["Zhaiyq Times", "Facebook"].contains(&name(&r, g)));
        }
    }
}

#[test]
fn a_sentence_opening_with_a_named_groups_name_is_the_groups_statement() {
    let r = extract(
        "Ahmed Babiker Ali walked free in Omdurman on Sunday, according to the Emergency Lawyers \
         group.\n\nEmergency Lawyers called the prosecutions an attempt to criminalise \
         humanitarian work.",
        Some("2025-02-11"),
    );
    let said: Vec<_> = events(&r, "statement")
        .into_iter()
        .map(|e| names(&r, &e.agents))
        .collect();
    assert!(said.iter().any(|a| a == &["Emergency Lawyers"]), "{said:?}");
}

#[test]
fn a_saying_told_with_its_statements_day_was_made_that_day() {
    let r = extract(
        "Police detained two election observers in Osh on Sunday. In a preliminary statement \
         issued on Monday evening, the Open Vote Network said it had recorded ballot \
         stuffing at three polling stations and condemned the arrests as unlawful.",
        Some("2025-10-08"),
    );
    let said = events(&r, "statement");
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(date_of(said[0]), Some("2025-10-06"));
}

#[test]
fn what_a_body_says_of_a_happening_told_before_is_a_statement() {
    let r = extract(
        "A court in Homel sentenced blogger Ihar Losik to three years in prison on Monday. \
         Viasna said the verdict was part of a pattern of reprisals against bloggers.",
        Some("2024-11-06"),
    );
    let said: Vec<String> = events(&r, "statement")
        .iter()
        .map(|e| names(&r, &e.agents).join(", "))
        .collect();
    assert_eq!(said, vec!["Viasna"]);
    // News the body passes on is still only its source.
    let r = extract(
        "Viasna said police detained blogger Ihar Losik in Homel on Monday.",
        Some("2024-11-06"),
    );
    assert_none(&r, "statement");
}

#[test]
fn a_view_put_in_passing_is_no_statement() {
    let r = extract(
        "ISLAMABAD - Imran Khan was sentenced in January 2025 to 14 years in prison in a \
         corruption case that he says is politically motivated. Boukhriss began a hunger \
         strike the same day to protest what he calls a fabricated case.",
        Some("2025-05-10"),
    );
    assert!(events(&r, "statement").is_empty());
}

#[test]
fn an_embassy_is_a_body_that_speaks() {
    let r = extract(
        "HANOI - A court jailed blogger Nguyen Thi Thu Trang on Tuesday. The U.S. Embassy in \
         Hanoi said it was \"deeply concerned\" by the verdict.",
        Some("2024-09-20"),
    );
    assert!(entity_names(&r, EntityKind::Person)
        .iter()
        .all(|n| !n.contains("Embassy")));
    let speakers: Vec<_> = events(&r, "statement")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert_eq!(speakers, vec!["U.S. Embassy"]);
}

#[test]
fn the_speaker_is_found_past_the_day_it_spoke() {
    let r = extract(
        "MINSK - A court jailed Siarhei Kavalchuk on Tuesday. The Viasna human rights centre, \
         whose own leader is in prison, on Thursday called the trial \"a textbook case of \
         criminalizing solidarity\".",
        Some("2024-09-20"),
    );
    let said: Vec<_> = events(&r, "statement")
        .iter()
        .map(|e| (names(&r, &e.agents), date_of(e)))
        .collect();
    assert_eq!(said, vec![(vec!["Viasna"], Some("2024-09-19"))]);
}

#[test]
fn a_group_that_gives_a_tally_makes_a_statement() {
    let r = extract(
        "TUNIS - A court jailed radio presenter Hamza Jlassi on Tuesday. The National \
         Syndicate of Tunisian Journalists (SNJT) said more than 60 people had been \
         prosecuted under Decree 54.",
        Some("2025-06-20"),
    );
    let speakers: Vec<_> = events(&r, "statement")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert_eq!(speakers, vec!["National Syndicate of Tunisian Journalists"]);
    assert!(
        events(&r, "charge").is_empty(),
        "{:?}",
        events(&r, "charge")
    );
}

#[test]
fn rights_groups_named_in_the_lexicon_speak() {
    let r = extract(
        "ZAHEDAN - Police detained teacher Hamid Baluch on Tuesday. Hengaw called the \
         arrest \"a message to every teacher\". Reprieve said the case was \"a disgrace\".",
        Some("2025-06-20"),
    );
    let speakers: Vec<_> = events(&r, "statement")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert_eq!(speakers, vec!["Hengaw", "Reprieve"]);
}

#[test]
fn after_a_quote_the_speaker_follows_its_description() {
    let r = extract(
        "DHAKA - Police detained union leader Rafiq Islam on Tuesday. \"The workers asked for \
         their own wages,\" said the human rights group Ain o Salish Kendra.",
        Some("2025-06-20"),
    );
    let speakers: Vec<_> = events(&r, "statement")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert_eq!(speakers, vec!["Ain o Salish Kendra"]);
}

#[test]
fn one_who_speaks_for_the_police_makes_no_statement_of_record() {
    let r = extract(
        "MOMBASA - Police detained activist Ali Salim on Tuesday. Police spokeswoman Mercy \
         Wanjiru said any complaints should be taken to the oversight authority.",
        Some("2025-06-20"),
    );
    assert!(
        events(&r, "statement").is_empty(),
        "{:?}",
        events(&r, "statement")
    );
}

#[test]
fn the_one_spoken_to_is_no_speaker() {
    let r = extract(
        "TEMIRTAU - Police said the strike had ended. Several workers who spoke to RFE/RL \
         rejected that account.",
        Some("2024-10-20"),
    );
    let speakers: Vec<_> = events(&r, "statement")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert!(!speakers.contains(&"RFE/RL"), "{speakers:?}");
}

#[test]
fn what_a_gathering_crowd_demands_is_no_bodys_statement() {
    let r = extract(
        "CHATTOGRAM - Thousands of BNP supporters had gathered outside the Nasimon Bhaban \
         party office from May 3 to 5, demanding the release of jailed party leaders.",
        Some("2024-05-06"),
    );
    assert_none(&r, "statement");
    assert!(!events(&r, "protest").is_empty());
}

#[test]
fn what_one_had_written_before_is_no_statement_of_record() {
    let r = extract(
        "AMMAN - A court fined teacher Tareq Nimer Hattab 5,000 dinars on Monday under the \
         cybercrime law. He had written on Facebook that the government was planning to raise \
         fuel prices.",
        Some("2025-03-04"),
    );
    assert_none(&r, "statement");
    assert!(!events(&r, "sentence").is_empty());
}

#[test]
fn a_body_for_one_cause_and_the_rule_of_law_is_one_name() {
    let r = extract(
        "ALMATY - The Kazakhstan International Bureau for Human Rights and the Rule of Law \
         condemned the court decisions as punishment for a peaceful expression of opinion. \
         Police searched the Centre for Civic Dialogue and the Open Square Foundation.",
        Some("2025-03-01"),
    );
    let orgs = entity_names(&r, EntityKind::Organization);
    assert!(
        orgs.contains(&"Kazakhstan International Bureau for Human Rights and the Rule of Law"),
        "{orgs:?}"
    );
    assert!(orgs.contains(&"Open Square Foundation"), "{orgs:?}");
    let speakers: Vec<_> = events(&r, "statement")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert_eq!(speakers.len(), 1, "{speakers:?}");
}

#[test]
fn an_office_of_an_international_body_is_named_in_full() {
    let r = extract(
        "The U.N. human rights office said on Wednesday the verdict against Aung Ko was unjust. \
         UN human rights experts called for his release.",
        Some("2025-03-10"),
    );
    let speakers: Vec<_> = events(&r, "statement")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert_eq!(
        speakers,
        vec!["U.N. human rights office", "UN human rights experts"],
        "{speakers:?}"
    );
}
