//! Legislation: laws signed, adopted or amended.

use super::*;

#[test]
fn laws_are_made_by_who_signs_passes_or_issues_them() {
    let r = extract(
        "A court fined her under a law that President Sadyr Japarov signed in August 2021.\n\n\
         The Cyber Security Act, passed by parliament in September 2023, retains several \
         speech offences.",
        None,
    );
    let laws = events(&r, "legislation");
    assert_eq!(laws.len(), 2);
    let makers: Vec<&str> = laws.iter().map(|e| name(&r, &e.agents[0])).collect();
    assert_eq!(makers, ["Sadyr Japarov", "parliament"]);
    assert!(laws.iter().all(|e| e.subjects.is_empty()));
}

#[test]
fn a_bill_passed_and_then_signed_is_two_dated_acts() {
    let r = extract(
        "Parliament passed the bill in its third and final reading last month, on May 22, by 71 \
         votes to three. President Sadyr Japarov signed it two days later.",
        Some("2025-06-05"),
    );
    let dates: Vec<Option<&str>> = events(&r, "legislation").into_iter().map(date_of).collect();
    assert_eq!(dates, [Some("2025-05-22"), Some("2025-05-24")]);
}

#[test]
fn laws_approved_by_a_parliament_and_regulations_adopted_are_legislation() {
    let r = extract(
        "The monitor notes that the hijab and chastity law approved by parliament in 2024 \
         remained suspended.\nThe regional legislature adopted its \u{201c}de-extremification\
         \u{201d} regulations in March 2017.",
        Some("2025-03-17"),
    );
    let laws: Vec<(Vec<&str>, Option<&str>)> = events(&r, "legislation")
        .into_iter()
        .map(|e| (e.agents.iter().map(|x| name(&r, x)).collect(), date_of(e)))
        .collect();
    assert_eq!(
        laws,
        [
            (vec!["parliament"], Some("2024")),
            (vec!["legislature"], Some("2017-03"))
        ]
    );
}

#[test]
fn a_law_named_with_its_year_was_enacted_that_year() {
    let r = extract(
        "Police said the organisers had not notified them as required by the Public Order \
         Management Act of 2013.\nThe two were charged under the kingdom's 2023 cybercrime law.",
        Some("2025-03-17"),
    );
    let years: Vec<Option<&str>> = events(&r, "legislation").into_iter().map(date_of).collect();
    assert_eq!(years, [Some("2013"), Some("2023")]);
}

#[test]
fn on_the_day_of_the_vote_is_the_day_parliament_voted() {
    let r = extract(
        "YEREVAN \u{2014} The National Assembly, Armenia\u{2019}s parliament, adopted the amendments \
         to the law on assemblies on March 4 by 70 votes to 12. President Vahagn Khachaturyan \
         signed them two days later.\n\n\
         About 40 activists held a silent protest outside the parliament building on the day of \
         the vote. Police detained two of them, Ani Grigoryan and Levon Sargsyan, and released \
         them several hours later.\n",
        Some("2025-03-20"),
    );
    let laws = events(&r, "legislation");
    assert!(
        laws.iter()
            .any(|e| names(&r, &e.agents).contains(&"National Assembly")),
        "{laws:?}"
    );
    assert_all_dated(&r, "protest", "2025-03-04");
    assert_all_dated(&r, "detention", "2025-03-04");
    assert_all_dated(&r, "release", "2025-03-04");
}

#[test]
fn clearing_a_rally_is_no_law_and_leaves_the_date_to_the_beating() {
    let r = extract(
        "Georgian riot police beat protesters with batons and rubber truncheons as they cleared \
         a rally outside parliament in Tbilisi late on Sunday, sending at least 11 people to \
         hospital, according to doctors.",
        Some("2025-12-03"),
    );
    assert!(events(&r, "legislation").is_empty());
    assert_all_dated(&r, "violence", "2025-11-30");
}

#[test]
fn a_reading_may_stand_between_approval_and_the_bill() {
    let r = extract(
        "ALMATY — Kazakhstan's lower house of parliament yesterday approved in the first \
         reading a bill that would oblige bloggers to register.",
        Some("2025-10-09"),
    );
    assert_all_dated(&r, "legislation", "2025-10-08");
}

#[test]
fn a_law_named_by_its_year_is_dated_by_the_month_it_was_signed() {
    let r = extract(
        "Under the 2020 law on peaceful assemblies, signed by President Qasym-Zhomart Toqaev in \
         May of that year, rallies require advance notification.",
        Some("2025-03-01"),
    );
    assert_all_dated(&r, "legislation", "2020-05");
}

#[test]
fn a_verbs_own_date_after_its_by_phrase_beats_the_one_before_and() {
    let r = extract(
        "The amendments were pushed through both houses of parliament in January and signed \
         into law by President Asif Ali Zardari on January 29.",
        Some("2025-03-06"),
    );
    assert_all_dated(&r, "legislation", "2025-01-29");
}

#[test]
fn a_decree_law_issued_is_legislation() {
    let r = extract(
        "TUNIS - Prosecutors in Sfax charged radio journalist Amira Ben Salah with \"spreading \
         false news\" under Decree-Law 54, which President Kais Saied issued in September 2022 \
         to combat what he called rumours.",
        Some("2025-06-20"),
    );
    let laws = events(&r, "legislation");
    assert_eq!(laws.len(), 1);
    assert_eq!(date_of(laws[0]), Some("2022-09"));
    assert!(names(&r, &laws[0].agents).contains(&"Kais Saied"));
}

#[test]
fn a_monarch_is_also_written_with_the_title() {
    let r = extract(
        "AMMAN - King Abdullah II signed the cybercrime law in August 2023 despite objections \
         from journalists.",
        Some("2025-06-20"),
    );
    let laws = events(&r, "legislation");
    assert_eq!(laws.len(), 1);
    let king = entity(&r, &laws[0].agents[0]);
    assert_eq!(king.name, "Abdullah II");
    assert!(
        king.aliases.iter().any(|a| a == "King Abdullah II"),
        "{:?}",
        king.aliases
    );
}

#[test]
fn a_state_of_emergency_extended_or_imposed_is_a_decree() {
    for (text, who, day) in [
        (
            "ADDIS ABABA - Parliament extended the state of emergency in Amhara by four months \
             in February 2024.",
            "parliament",
            "2024-02",
        ),
        (
            "ADDIS ABABA - The government imposed a state of emergency in Amhara in August 2023.",
            "government",
            "2023-08",
        ),
    ] {
        let r = extract(text, Some("2024-06-01"));
        let laws = events(&r, "legislation");
        assert_eq!(laws.len(), 1, "{text}: {laws:?}");
        assert_eq!(names(&r, &laws[0].agents), vec![who]);
        assert_eq!(date_of(laws[0]), Some(day));
    }
}

#[test]
fn a_law_promulgated_and_a_legislative_council_are_legislation() {
    let r = extract(
        "DAKAR - Senegal's National Assembly on Wednesday adopted a law granting amnesty for \
         offences linked to political protests. The president promulgated the law on Thursday.",
        Some("2024-03-08"),
    );
    let days: Vec<_> = events(&r, "legislation")
        .iter()
        .filter_map(|e| e.date.as_ref().and_then(|d| d.value.clone()))
        .collect();
    assert!(days.contains(&"2024-03-07".to_string()), "{days:?}");
    let r = extract(
        "HONG KONG - The ordinance was passed unanimously by the Legislative Council on March 19.",
        Some("2024-03-25"),
    );
    let bodies: Vec<_> = events(&r, "legislation")
        .iter()
        .flat_map(|e| e.agents.iter().map(|g| entity(&r, g).category.as_deref()))
        .collect();
    assert_eq!(bodies, vec![Some("legislature")], "{bodies:?}");
}
