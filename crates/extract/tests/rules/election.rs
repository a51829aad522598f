//! Elections: votes held, their winners and candidates.

use super::*;

#[test]
fn the_one_elected_wins_and_a_month_with_a_year_dates_the_election() {
    let r = extract(
        "Mayor Leyla Demir was elected in the March 2024 local elections with 62 percent of the vote.",
        Some("2025-10-17"),
    );
    let e = events(&r, "election");
    assert_eq!(e.len(), 1);
    assert_eq!(name(&r, &e[0].agents[0]), "Leyla Demir");
    assert_eq!(date_of(e[0]), Some("2024-03"));
    assert!(
        events(&r, "protest").is_empty(),
        "\"March\" is a month here"
    );
}

#[test]
fn a_city_vote_is_placed_in_the_city_and_a_general_one_in_the_country() {
    let r = extract(
        "RUSTAVI, Georgia — Police detained 31 people on Tuesday. Levan Gogichaishvili won 61 \
         percent of the vote in the March 31 local elections.",
        Some("2024-06-05"),
    );
    let e = events(&r, "election");
    assert_eq!(e.len(), 1);
    assert_eq!(name(&r, e[0].place.as_deref().unwrap()), "Rustavi");
    assert_eq!(date_of(e[0]), Some("2024-03-31"));
    let r = extract(
        "SYLHET, Bangladesh — Police broke up a march against the results of the Jan. 7 general \
         election.",
        Some("2024-01-20"),
    );
    let e = events(&r, "election");
    assert_eq!(name(&r, e[0].place.as_deref().unwrap()), "Bangladesh");
}

#[test]
fn pending_an_appeal_is_the_persons_state_not_the_events() {
    let r = extract(
        "Gunaydin, who won the March 31 local elections in Van, remains free pending appeal.",
        Some("2024-06-05"),
    );
    let e = events(&r, "election");
    assert_eq!(e[0].status, "occurred");
}

#[test]
fn a_bare_plural_election_noun_is_an_election() {
    let r = extract(
        "Cameroon held legislative and municipal elections on Feb. 8. Internet access was cut \
         across the North-West region the same morning.",
        Some("2025-02-12"),
    );
    assert_all_dated(&r, "election", "2025-02-08");
}

#[test]
fn a_parliaments_vote_on_a_bill_is_no_election() {
    let r = extract(
        "Parliament passed the media bill on Tuesday. The vote came a week after police broke \
         up a rally against the bill. Lawmakers of the ruling party later voted to override the \
         president's veto.",
        Some("2025-06-12"),
    );
    assert!(events(&r, "election").is_empty(), "{:?}", r.events);
    // A vote for people is one.
    let r = extract(
        "The ruling party won the vote, the election commission said, with turnout at 41 \
         percent.",
        Some("2025-06-12"),
    );
    assert_eq!(events(&r, "election").len(), 1, "{:?}", r.events);
}

#[test]
fn a_votes_winner_is_read_from_the_clause_that_tells_it() {
    for (text, winner) in [
        (
            "Thousands of workers struck after the disputed presidential election in which \
             Alexander Lukashenko claimed a sixth term.",
            "Alexander Lukashenko",
        ),
        (
            "Protests have spread since the disputed July 28, 2024, presidential election, which \
             the electoral council awarded to Nicolás Maduro over Edmundo González.",
            "Nicolás Maduro",
        ),
        (
            "Yoweri Museveni, in power since 1986, was declared the winner of the January 2021 \
             election, which Bobi Wine said was rigged.",
            "Yoweri Museveni",
        ),
    ] {
        let r = extract(text, Some("2025-03-01"));
        let won = events(&r, "election")
            .into_iter()
            .any(|e| e.agents.iter().map(|x| name(&r, x)).collect::<Vec<_>>() == vec![winner]);
        assert!(won, "{text}: {:?}", r.events);
    }
}

#[test]
fn declared_the_winner_of_a_named_vote_is_that_vote_alone() {
    let r = extract(
        "Yoweri Museveni, in power since 1986, was declared the winner of the January 2021 \
         election, which Bobi Wine said was rigged.",
        Some("2025-03-01"),
    );
    assert_eq!(
        statuses_and_dates(&r, "election"),
        vec![("occurred", Some("2021-01"))]
    );
}

#[test]
fn a_vote_told_of_no_one_on_no_day_is_background() {
    let r = extract(
        "Police detained the blogger Aziz Toktosunov in Bishkek, weeks ahead of parliamentary \
         elections.",
        Some("2025-11-05"),
    );
    assert!(events(&r, "election").is_empty(), "{:?}", r.events);
    assert_eq!(subjects_of(&r, "detention"), ["Aziz Toktosunov"]);
}

#[test]
fn an_election_due_or_ahead_is_planned() {
    let r = extract(
        "KAMPALA — The NUP said the charges were “fabricated to cripple our mobilisation” ahead \
         of the general election due in January 2026, in which its leader intends to challenge \
         President Yoweri Museveni again.",
        None,
    );
    assert_eq!(statuses(&r, "election"), ["planned"]);
}

#[test]
fn a_place_that_tells_where_a_family_lives_is_not_where_a_vote_was() {
    // Headline: "Four years after the vote, a Hrodna family still counts the days".
    let text = include_str!("../../../../devset/zs-belarus-hrodna-feature.txt");
    let r = extract(text, Some("2024-08-09"));
    let places = place_names(&r, "election");
    assert!(!places.contains(&"Hrodna"), "{places:?}");
}

#[test]
fn one_who_will_seek_a_term_in_an_election_is_its_candidate() {
    let r = extract(
        "KAMPALA - President Yoweri Museveni signed the amendment in June.\n\n\
         Museveni, in power since 1986, will seek a seventh term in general elections on \
         January 15.",
        Some("2025-12-03"),
    );
    let vote = events(&r, "election")[0];
    assert_eq!(names(&r, &vote.subjects), vec!["Yoweri Museveni"]);
}

#[test]
fn the_winner_of_an_election_told_in_a_relative_clause() {
    let r = extract(
        "MINSK - Lukashenko, who claimed a seventh term in a January election that Western \
         governments called neither free nor fair, has pardoned more than 300 people.",
        Some("2025-07-04"),
    );
    let winners: Vec<&str> = events(&r, "election")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert!(
        winners.iter().any(|w| w.contains("Lukashenko")),
        "{winners:?}"
    );
}

#[test]
fn the_winner_named_in_a_that_clause_after_the_election() {
    let r = extract(
        "MINSK - Police detained 40 people after the 2020 election that Alexander Lukashenko \
         claimed to have won.",
        Some("2025-07-04"),
    );
    let winners: Vec<&str> = events(&r, "election")
        .iter()
        .flat_map(|e| names(&r, &e.agents))
        .collect();
    assert_eq!(winners, vec!["Alexander Lukashenko"]);
}

#[test]
fn a_vote_told_of_no_one_takes_the_winner_its_result_names() {
    let r = extract(
        "HARARE - Police detained opposition activist Tonderai Moyo on Monday. The August 23 \
         vote returned President Emmerson Mnangagwa to office with 52.6 percent, according to \
         the electoral commission.",
        Some("2023-09-10"),
    );
    let winners = agents_of(&r, "election");
    assert_eq!(winners, vec!["Emmerson Mnangagwa"], "{winners:?}");
    let r = extract(
        "MINSK - Protests followed the Aug. 9 presidential election. Alyaksandr Lukashenka was \
         credited with 80.1 percent of the vote.",
        Some("2020-08-20"),
    );
    let winners = agents_of(&r, "election");
    assert_eq!(winners, vec!["Alyaksandr Lukashenka"], "{winners:?}");
}

#[test]
fn a_party_named_again_wins_the_vote_its_result_gives_it() {
    let r = extract(
        "The ruling Georgian Dream party denied the claims. Protests began after \
         Georgian Dream was declared the winner of the Oct. 26 parliamentary election, which \
         opposition parties say was rigged.",
        Some("2024-12-20"),
    );
    let winners = agents_of(&r, "election");
    assert_eq!(winners, vec!["Georgian Dream"]);
}

#[test]
fn a_party_named_again_without_its_head_word_wins_the_vote() {
    let r = extract(
        "The court dissolved the opposition Move Forward Party on Aug. 7. Move Forward had won \
         the most seats in the May 2023 general election but was blocked from forming a \
         government.",
        Some("2024-08-09"),
    );
    let winners = agents_of(&r, "election");
    assert_eq!(winners, vec!["Move Forward Party"]);
}

#[test]
fn one_who_succeeded_another_in_a_vote_won_it() {
    let r = extract(
        "ASHGABAT - The country is ruled by President Serdar Berdimuhamedov, who succeeded his \
         father, Gurbanguly, in a 2022 election that Western governments said was neither free \
         nor fair.",
        Some("2024-09-10"),
    );
    let winners = agents_of(&r, "election");
    assert_eq!(winners, vec!["Serdar Berdimuhamedov"]);
}
