//! Every resolution rule of the contract, as (text, publication date, mention, value, precision).

use chronicle_dates::{find_dates, Precision, Resolver};
use chrono::NaiveDate;

struct Case {
    text: &'static str,
    published: Option<&'static str>,
    /// The mention's exact text (which also checks its span).
    mention: &'static str,
    value: Option<&'static str>,
    precision: Precision,
}

const fn case(
    text: &'static str,
    published: Option<&'static str>,
    mention: &'static str,
    value: Option<&'static str>,
    precision: Precision,
) -> Case {
    Case {
        text,
        published,
        mention,
        value,
        precision,
    }
}

use Precision::{Day, Month, Range, Unknown, Year};

const P: Option<&str> = Some("2023-04-13"); // a Thursday
const NO_P: Option<&str> = None;

const CASES: &[Case] = &[
    // what someone said they "would" do is still to come
    case(
        "The group said it would resume the sit-in on Friday.",
        P,
        "Friday",
        Some("2023-04-14"),
        Day,
    ),
    // month and day, with and without a publication date
    case(
        "Police detained him on April 12.",
        P,
        "April 12",
        Some("2023-04-12"),
        Day,
    ),
    case(
        "Police detained him on April 12.",
        NO_P,
        "April 12",
        Some("--04-12"),
        Day,
    ),
    case(
        "He was detained on 12 April 2023 in Almaty.",
        NO_P,
        "12 April 2023",
        Some("2023-04-12"),
        Day,
    ),
    case(
        "He was detained on April 12, 2023, in Almaty.",
        P,
        "April 12, 2023",
        Some("2023-04-12"),
        Day,
    ),
    case(
        "He was detained on the 12th of April.",
        NO_P,
        "12th of April",
        Some("--04-12"),
        Day,
    ),
    case(
        "The raid took place on Dec. 5 in Oral.",
        NO_P,
        "Dec. 5",
        Some("--12-05"),
        Day,
    ),
    case(
        "The raid took place on Sept. 30.",
        Some("2023-10-02"),
        "Sept. 30",
        Some("2023-09-30"),
        Day,
    ),
    case("They met on 5 May.", NO_P, "5 May", Some("--05-05"), Day),
    case(
        "The vote was held on 2023-04-12.",
        NO_P,
        "2023-04-12",
        Some("2023-04-12"),
        Day,
    ),
    // year rollover: a yearless date after P belongs to the year before
    case(
        "He was arrested on Dec. 28.",
        Some("2024-01-10"),
        "Dec. 28",
        Some("2023-12-28"),
        Day,
    ),
    case(
        "He was arrested on Jan. 9.",
        Some("2024-01-10"),
        "Jan. 9",
        Some("2024-01-09"),
        Day,
    ),
    case(
        "The two were charged the day before yesterday with spreading false information.",
        Some("2025-03-06"),
        "the day before yesterday",
        Some("2025-03-04"),
        Day,
    ),
    // ... and forward when the clause is about the future
    case(
        "The trial will start on May 20.",
        Some("2023-06-01"),
        "May 20",
        Some("2024-05-20"),
        Day,
    ),
    case(
        "The trial started on May 20.",
        Some("2023-06-01"),
        "May 20",
        Some("2023-05-20"),
        Day,
    ),
    // a past verb before the date, and a future cue only in what the verb is about
    case(
        "About 200 people rallied in Karakol on May 18 against a plan to sell the mine.",
        Some("2025-05-20"),
        "May 18",
        Some("2025-05-18"),
        Day,
    ),
    // a future cue before the date still wins over a past verb after it
    case(
        "The court will rule on May 18 on whether the ban imposed last year stands.",
        Some("2025-05-20"),
        "May 18",
        Some("2026-05-18"),
        Day,
    ),
    case(
        "The hearing is scheduled for Jan. 5.",
        Some("2023-12-20"),
        "Jan. 5",
        Some("2024-01-05"),
        Day,
    ),
    // a day the text gave a year long before names that day again
    case(
        "He spoke on the anniversary of the July 11, 2021, protests. His mother said agents \
         took him from home. They took his phone. They took a laptop. She said one agent \
         pushed her. He took part in the July 11 march in his town.",
        Some("2025-07-19"),
        "July 11",
        Some("2021-07-11"),
        Day,
    ),
    // a year after a day and a comma, before a count noun
    case(
        "They were elected in the March 31, 2024 local elections.",
        Some("2025-02-16"),
        "March 31, 2024",
        Some("2024-03-31"),
        Day,
    ),
    // a trial that "resumes" or "opens" on a day is told in the present for the future
    case(
        "Her trial resumes on March 12, and prosecutors have asked for three years.",
        Some("2025-03-04"),
        "March 12",
        Some("2025-03-12"),
        Day,
    ),
    case(
        "The trial opens on Jan. 9 in Minsk.",
        Some("2023-12-20"),
        "Jan. 9",
        Some("2024-01-09"),
        Day,
    ),
    case(
        "On May 20, the court will hear the case.",
        Some("2023-06-01"),
        "May 20",
        Some("2024-05-20"),
        Day,
    ),
    case(
        "The court will hear the appeal of Ivanov, who was arrested in May, on Sept. 20.",
        Some("2024-09-12"),
        "Sept. 20",
        Some("2024-09-20"),
        Day,
    ),
    case(
        "The court will hear the appeal of Ivanov, who was arrested in May, on Sept. 20.",
        Some("2024-09-12"),
        "May",
        Some("2024-05"),
        Month,
    ),
    case(
        "The next elections are due in June.",
        P,
        "June",
        Some("2023-06"),
        Month,
    ),
    case(
        "He was detained in June. He was freed the next day.",
        P,
        "June",
        Some("2022-06"),
        Month,
    ),
    // a weekday beside a yearless date picks the year it falls on
    case(
        "The authorities banned the rally scheduled for Saturday, April 20.",
        Some("2024-05-15"),
        "Saturday, April 20",
        Some("2024-04-20"),
        Day,
    ),
    case(
        "Police detained him on Friday, Dec. 29.",
        Some("2024-01-10"),
        "Friday, Dec. 29",
        Some("2023-12-29"),
        Day,
    ),
    // months alone and with a year
    case(
        "Protests broke out in March.",
        P,
        "March",
        Some("2023-03"),
        Month,
    ),
    case(
        "Protests broke out in March.",
        Some("2023-02-10"),
        "March",
        Some("2022-03"),
        Month,
    ),
    case(
        "Protests broke out in March.",
        NO_P,
        "March",
        Some("--03"),
        Month,
    ),
    case(
        "New protests will be held in March.",
        P,
        "March",
        Some("2024-03"),
        Month,
    ),
    case(
        "The law was adopted in March 2022.",
        P,
        "March 2022",
        Some("2022-03"),
        Month,
    ),
    case(
        "Rallies resumed in mid-March.",
        P,
        "March",
        Some("2023-03"),
        Month,
    ),
    case(
        "Both took part in the March 19 balloting.",
        NO_P,
        "March 19",
        Some("--03-19"),
        Day,
    ),
    case(
        "It was cleared in September this year.",
        Some("2024-12-16"),
        "September this year",
        Some("2024-09"),
        Month,
    ),
    case(
        "It was cleared in September last year.",
        Some("2024-12-16"),
        "September last year",
        Some("2023-09"),
        Month,
    ),
    case(
        "It was cleared in September this year.",
        NO_P,
        "September this year",
        Some("--09"),
        Month,
    ),
    case(
        "He was sentenced on May 3 to 5 years in prison.",
        NO_P,
        "May 3",
        Some("--05-03"),
        Day,
    ),
    // with no publication date, a year the text stated earlier for the month holds; one it
    // states later, for something else that month, does not
    case(
        "The war began in April 2023. He was detained on 12 April.",
        NO_P,
        "12 April",
        Some("2023-04-12"),
        Day,
    ),
    case(
        "Crowds took to the streets on July 1. He was detained on July 5, 2022.",
        NO_P,
        "July 1",
        Some("2022-07-01"),
        Day,
    ),
    case(
        "He was detained on 12 April. His lawyer appealed. The family is afraid. Before the \
         war he joined a sit-in on 6 April 2023.",
        NO_P,
        "12 April",
        Some("--04-12"),
        Day,
    ),
    case(
        "He was jailed on April 2 for 15 days.",
        NO_P,
        "April 2",
        Some("--04-02"),
        Day,
    ),
    // numeric dates: dots are day first; slashes only when one part cannot be a month
    case(
        "He was detained on 12.04.2023 in Almaty.",
        NO_P,
        "12.04.2023",
        Some("2023-04-12"),
        Day,
    ),
    case(
        "He was detained on 25/12/2023.",
        NO_P,
        "25/12/2023",
        Some("2023-12-25"),
        Day,
    ),
    case(
        "He was detained on 12/25/2023.",
        NO_P,
        "12/25/2023",
        Some("2023-12-25"),
        Day,
    ),
    // years
    case(
        "Observers criticised Russia's 2024 election.",
        NO_P,
        "2024",
        Some("2024"),
        Year,
    ),
    case(
        "Parliament passed a 2019 law on rallies.",
        NO_P,
        "2019",
        Some("2019"),
        Year,
    ),
    case(
        "He was first jailed in 2019.",
        P,
        "2019",
        Some("2019"),
        Year,
    ),
    case(
        "He has been in exile since 2019.",
        NO_P,
        "2019",
        Some("2019"),
        Year,
    ),
    case(
        "Turnout in the 2021 elections was low.",
        NO_P,
        "2021",
        Some("2021"),
        Year,
    ),
    // ranges take their start
    case(
        "Rallies were held from May 3 to 5.",
        Some("2023-05-10"),
        "May 3 to 5",
        Some("2023-05-03"),
        Range,
    ),
    case(
        "Rallies were held between March 1 and 10.",
        NO_P,
        "March 1 and 10",
        Some("--03-01"),
        Range,
    ),
    case(
        "Rallies were held on May 3-5.",
        NO_P,
        "May 3-5",
        Some("--05-03"),
        Range,
    ),
    // a night told by the two days it spans, with a slash
    case(
        "Officers detained them on the night of 5/6 March.",
        P,
        "5/6 March",
        Some("2023-03-05"),
        Range,
    ),
    case(
        "Officers detained them on the night of March 5/6.",
        NO_P,
        "March 5/6",
        Some("--03-05"),
        Range,
    ),
    case(
        "Rallies were held on 3-5 May 2022.",
        NO_P,
        "3-5 May 2022",
        Some("2022-05-03"),
        Range,
    ),
    case(
        "Voting ran from March 15 to 17.",
        Some("2024-03-19"),
        "March 15 to 17",
        Some("2024-03-15"),
        Range,
    ),
    case(
        "The drought of 2021-2022 hit farmers.",
        NO_P,
        "2021-2022",
        Some("2021"),
        Range,
    ),
    case(
        "The 2021-22 season was cancelled.",
        NO_P,
        "2021-22",
        Some("2021"),
        Range,
    ),
    case(
        "He served from 2015 to 2019.",
        NO_P,
        "2015 to 2019",
        Some("2015"),
        Range,
    ),
    // weekdays: the latest such day on or before P, forward when future
    case(
        "Police detained him on Thursday.",
        P,
        "Thursday",
        Some("2023-04-13"),
        Day,
    ),
    case(
        "Police detained him on Monday.",
        P,
        "Monday",
        Some("2023-04-10"),
        Day,
    ),
    case(
        "Police detained him on Monday.",
        Some("2024-01-15"),
        "Monday",
        Some("2024-01-15"),
        Day,
    ),
    case(
        "Police detained him on Monday.",
        NO_P,
        "Monday",
        None,
        Unknown,
    ),
    case(
        "Police detained him last Thursday.",
        P,
        "last Thursday",
        Some("2023-04-06"),
        Day,
    ),
    case(
        "The rally is planned for next Thursday.",
        P,
        "next Thursday",
        Some("2023-04-20"),
        Day,
    ),
    case(
        "Supporters will hold a rally on Saturday.",
        P,
        "Saturday",
        Some("2023-04-15"),
        Day,
    ),
    case(
        "His lawyer said on Monday that the trial will begin soon.",
        P,
        "Monday",
        Some("2023-04-10"),
        Day,
    ),
    case(
        "He was detained on Tuesday night.",
        P,
        "Tuesday night",
        Some("2023-04-11"),
        Day,
    ),
    case(
        "He was detained on Thursday, April 6.",
        P,
        "Thursday, April 6",
        Some("2023-04-06"),
        Day,
    ),
    // days relative to P
    case(
        "He was released yesterday.",
        P,
        "yesterday",
        Some("2023-04-12"),
        Day,
    ),
    case(
        "He was released yesterday.",
        NO_P,
        "yesterday",
        None,
        Unknown,
    ),
    case(
        "The court rules today.",
        P,
        "today",
        Some("2023-04-13"),
        Day,
    ),
    case(
        "The court rules tomorrow.",
        P,
        "tomorrow",
        Some("2023-04-14"),
        Day,
    ),
    case(
        "He was detained last night.",
        P,
        "last night",
        Some("2023-04-12"),
        Day,
    ),
    case(
        "He was detained three days ago.",
        P,
        "three days ago",
        Some("2023-04-10"),
        Day,
    ),
    case(
        "He was detained 10 days ago.",
        P,
        "10 days ago",
        Some("2023-04-03"),
        Day,
    ),
    // weeks, months, years relative to P
    case(
        "Elections were held last month.",
        P,
        "last month",
        Some("2023-03"),
        Month,
    ),
    case(
        "Elections were held last month.",
        Some("2024-01-10"),
        "last month",
        Some("2023-12"),
        Month,
    ),
    case(
        "Elections were held last month.",
        NO_P,
        "last month",
        None,
        Unknown,
    ),
    case(
        "He was detained earlier this month.",
        P,
        "earlier this month",
        Some("2023-04"),
        Month,
    ),
    case(
        "He was fined last year.",
        P,
        "last year",
        Some("2022"),
        Year,
    ),
    case(
        "He was fined two years ago.",
        P,
        "two years ago",
        Some("2021"),
        Year,
    ),
    case(
        "He was fined a month ago.",
        Some("2024-01-10"),
        "a month ago",
        Some("2023-12"),
        Month,
    ),
    case(
        "Talks resume next year.",
        P,
        "next year",
        Some("2024"),
        Year,
    ),
    case(
        "Protests continued this week.",
        P,
        "this week",
        Some("2023-04"),
        Month,
    ),
    case(
        "Protests continued last week.",
        Some("2024-01-03"),
        "last week",
        Some("2023-12"),
        Month,
    ),
    case(
        "A vote is due next week.",
        P,
        "next week",
        Some("2023-04"),
        Month,
    ),
    case(
        "He was detained two weeks ago.",
        P,
        "two weeks ago",
        Some("2023-W13"),
        Range,
    ),
    case(
        "Rallies were held last weekend.",
        Some("2023-04-17"),
        "last weekend",
        Some("2023-04-15"),
        Range,
    ),
    // "at the weekend": the one just past, even from a Tuesday; the coming one in the future
    case(
        "Police detained some 80 people at the weekend.",
        Some("2023-04-18"),
        "at the weekend",
        Some("2023-04-15"),
        Range,
    ),
    case(
        "Police detained 12 people over the weekend, the group said on Sunday.",
        Some("2023-04-16"),
        "over the weekend",
        Some("2023-04-15"),
        Range,
    ),
    case(
        "Organisers will march again at the weekend.",
        Some("2023-04-18"),
        "at the weekend",
        Some("2023-04-22"),
        Range,
    ),
    case(
        "He was arrested last November.",
        Some("2023-04-13"),
        "last November",
        Some("2022-11"),
        Month,
    ),
    case(
        "He was arrested last March.",
        Some("2023-04-13"),
        "last March",
        Some("2023-03"),
        Month,
    ),
    // the document's own chronology beats the defaults
    case(
        "He was arrested on Nov. 12, 2019. He has been in custody since last November.",
        NO_P,
        "last November",
        Some("2019-11"),
        Month,
    ),
    case(
        "He was arrested on Nov. 12, 2019. He has been in custody since last November.",
        Some("2020-03-01"),
        "last November",
        Some("2019-11"),
        Month,
    ),
    case(
        "He was arrested on Nov. 12, 2019. A court heard his case on Nov. 20.",
        NO_P,
        "Nov. 20",
        Some("2019-11-20"),
        Day,
    ),
    case(
        "He was detained on May 20, 2022. His wife was arrested in June of that year.",
        NO_P,
        "June of that year",
        Some("2022-06"),
        Month,
    ),
    case(
        "Hundreds of traders protested against a plan to demolish their stalls on Monday.",
        Some("2024-09-27"),
        "Monday",
        Some("2024-09-23"),
        Day,
    ),
    case(
        "Protests against plans to build a dam in the valley have flared since March.",
        Some("2025-06-21"),
        "March",
        Some("2025-03"),
        Month,
    ),
    case(
        "The blockade ran from June 8 to 10 on the airport road. A day later a court found all \
         three organisers guilty.",
        NO_P,
        "A day later",
        Some("--06-11"),
        Day,
    ),
    case(
        "On March 10 police searched his flat in the city.",
        Some("2025-03-17"),
        "March 10",
        Some("2025-03-10"),
        Day,
    ),
    case(
        "Police detained him on May 2, 2024. A week after that, a judge jailed him for 15 days.",
        NO_P,
        "A week after that",
        Some("2024-05-09"),
        Day,
    ),
    case(
        "Police detained him on May 2, 2024. Two days after that vote, he was freed.",
        NO_P,
        "Two days after",
        None,
        Unknown,
    ),
    case(
        "She was detained in 2019 after protests that September against the president.",
        NO_P,
        "that September",
        Some("2019-09"),
        Month,
    ),
    case(
        "Kazakhstan: rights groups document arrests of oil workers in 2023\nIn January police \
         detained at least 30 workers.",
        NO_P,
        "January",
        Some("2023-01"),
        Month,
    ),
    case(
        "Azerbaijan: arrests and pressure on journalists in the regions, 2023\nIn February \
         police in Sheki detained Elvin Mammadli.",
        NO_P,
        "February",
        Some("2023-02"),
        Month,
    ),
    case(
        "Iran: a year of arrests in numbers — rights monitor’s 2025 summary\nIn September \
         police detained Leila Mousavi.",
        NO_P,
        "September",
        Some("2025-09"),
        Month,
    ),
    case(
        "The judge adjourned until March 3 because a witness was ill.",
        Some("2025-03-01"),
        "March 3",
        Some("2025-03-03"),
        Day,
    ),
    case(
        "He was detained in Yerevan on May 27 after scuffles. The court released him on bail. \
         His lawyer spoke. He says officers beat him. His complaint is unanswered. His \
         co-defendant, who was detained the same day, pleaded guilty.",
        NO_P,
        "the same day",
        Some("--05-27"),
        Day,
    ),
    case(
        "The pair joined student strikes in Monywa in February 2021. Kyaw Thiha was briefly \
         held in April 2021. His sister visited him last year. Their lawyer was not allowed \
         in. The family fears for his health. Separately, a military tribunal in Mandalay on \
         February 26 sentenced a tea shop owner to death.",
        NO_P,
        "February 26",
        Some("--02-26"),
        Day,
    ),
    case(
        "Voters in Rustavi went to the polls on Sunday, April 13. Police took two observers \
         from polling station No. 12 in the early afternoon.",
        Some("2025-04-15"),
        "the early afternoon",
        Some("2025-04-13"),
        Day,
    ),
    case(
        "The case began in September 2023, when officers searched the homes of the two men. \
         They were detained the same day.",
        Some("2025-06-01"),
        "the same day",
        Some("2023-09"),
        Month,
    ),
    case(
        "The case began in September 2023, when officers searched their homes. Qodirova was \
         detained in Khujand later that month.",
        Some("2025-06-01"),
        "later that month",
        Some("2023-09"),
        Month,
    ),
    case(
        "Police detained Aliev on Dec. 4, 2021. His brother was detained the following month.",
        Some("2025-06-01"),
        "the following month",
        Some("2022-01"),
        Month,
    ),
    case(
        "Police detained Aliev on May 4. His brother was detained the following month.",
        NO_P,
        "the following month",
        Some("--06"),
        Month,
    ),
    case(
        "Five activists were detained in June 2021, when police raided their office; Lam was \
         arrested two months later.",
        Some("2025-06-01"),
        "two months later",
        Some("2021-08"),
        Month,
    ),
    case(
        "She was first detained in 2019. Two years later she ran for the city council.",
        Some("2025-06-01"),
        "Two years later",
        Some("2021"),
        Year,
    ),
    case(
        "Traders closed their shops from Monday to Wednesday in protest.",
        P,
        "Monday to Wednesday",
        Some("2023-04-10"),
        Range,
    ),
    case(
        "Traders closed their shops from Monday to Wednesday in protest.",
        NO_P,
        "Monday to Wednesday",
        None,
        Unknown,
    ),
    case(
        "Police detained him at the rally on Jan. 5. He was released about an hour later.",
        Some("2025-01-10"),
        "an hour later",
        Some("2025-01-05"),
        Day,
    ),
    case(
        "Three men were sentenced to death on 6 February 2024 over the protests of November \
         2022. A fourth was acquitted and released the same day.",
        Some("2024-02-20"),
        "the same day",
        Some("2024-02-06"),
        Day,
    ),
    case(
        "She was first detained in 2020. She was arrested again the following year.",
        Some("2025-06-01"),
        "the following year",
        Some("2021"),
        Year,
    ),
    case(
        "She was first detained in 2019. Her husband was detained later that year.",
        Some("2025-06-01"),
        "later that year",
        Some("2019"),
        Year,
    ),
    case(
        "The protests followed the October 2024 election. Two employees were released about \
         eight hours later.",
        Some("2025-08-14"),
        "hours later",
        None,
        Unknown,
    ),
    case(
        "Officers searched the office on Tuesday, the outlet's lawyer told reporters on Friday. \
         A fifth employee was detained the same day in Osh.",
        Some("2026-01-16"),
        "the same day",
        Some("2026-01-13"),
        Day,
    ),
    case(
        "Some 150 people gathered on the square on Saturday. The city had refused on Jan. 12 to \
         approve the rally. The next day, a court fined the organizers.",
        Some("2026-01-19"),
        "The next day",
        Some("2026-01-18"),
        Day,
    ),
    case(
        "The congress, set for Sunday, Oct. 6, was called off. Early on Sunday, police searched \
         the hall.",
        NO_P,
        "Sunday",
        Some("--10-06"),
        Day,
    ),
    case(
        "A court jailed him, years after a security law was imposed in 2020.\nThe trial began \
         in March.",
        NO_P,
        "March",
        Some("--03"),
        Month,
    ),
    case(
        "The trial of the two activists opened on the 14th.",
        Some("2025-03-21"),
        "the 14th",
        Some("2025-03-14"),
        Day,
    ),
    case(
        "The two men had addressed a rally on the 4th of this month.",
        Some("2025-03-21"),
        "the 4th of this month",
        Some("2025-03-04"),
        Day,
    ),
    case(
        "She was detained on the 28th of last month.",
        Some("2025-03-21"),
        "the 28th of last month",
        Some("2025-02-28"),
        Day,
    ),
    case(
        "The hearing began on the 25th.",
        Some("2025-03-21"),
        "the 25th",
        Some("2025-02-25"),
        Day,
    ),
    case(
        "They addressed a rally on the 4th of this month. The following day, police detained them.",
        Some("2025-03-21"),
        "The following day",
        Some("2025-03-05"),
        Day,
    ),
    case(
        "A court fined him on Feb. 6. He was detained the day before outside city hall.",
        NO_P,
        "the day before",
        Some("--02-05"),
        Day,
    ),
    // The day a hearing was put off on is past; only the day it was put off to is to come.
    case(
        "A tribunal in Dhaka on Tuesday adjourned until December 13 the hearing.",
        Some("2023-12-06"),
        "Tuesday",
        Some("2023-12-05"),
        Day,
    ),
    case(
        "A tribunal in Dhaka on Tuesday adjourned until December 13 the hearing.",
        Some("2023-12-06"),
        "December 13",
        Some("2023-12-13"),
        Day,
    ),
    // The week after a day: its month, when the whole week lies in one.
    case(
        "Police detained him on January 9. The following week police raided the studio.",
        Some("2025-06-27"),
        "The following week",
        Some("2025-01"),
        Month,
    ),
    case(
        "Police detained him on January 24. The following week police raided the studio.",
        Some("2025-06-27"),
        "The following week",
        None,
        Unknown,
    ),
    case(
        "Police detained him on May 12. The next week a court fined him.",
        NO_P,
        "The next week",
        Some("--05"),
        Month,
    ),
    case(
        "Police detained her on Jan. 5. A judge sentenced her the next day.",
        NO_P,
        "the next day",
        Some("--01-06"),
        Day,
    ),
    case(
        "Police detained him on Oct. 28. The next morning, a court fined him 2,000 lari.",
        NO_P,
        "The next morning",
        Some("--10-29"),
        Day,
    ),
    case(
        "Residents blocked a road on Aug. 16. Police arrested three of them that afternoon.",
        NO_P,
        "that afternoon",
        Some("--08-16"),
        Day,
    ),
    case(
        "Police detained him outside his home on Wednesday morning. By evening some 80 protesters had gathered.",
        Some("2025-01-09"),
        "By evening",
        Some("2025-01-08"),
        Day,
    ),
    case(
        "She was detained on March 4 and questioned for seven hours before being released in the evening.",
        NO_P,
        "in the evening",
        Some("--03-04"),
        Day,
    ),
    case(
        "Riot police dispersed the crowd on Oct. 2. Hours later, officers detained two organisers.",
        NO_P,
        "Hours later",
        Some("--10-02"),
        Day,
    ),
    case(
        "Police detained her on Jan. 30, 2024. All were charged two days later.",
        NO_P,
        "two days later",
        Some("2024-02-01"),
        Day,
    ),
    case(
        "On Jan. 28, officers detained him at a petrol station. A week later he was charged.",
        Some("2025-06-12"),
        "A week later",
        Some("2025-02-04"),
        Day,
    ),
    // (a range is no single day to count from)
    case(
        "The court heard the case from Nov. 18 to 20 and delivered its verdict two weeks later.",
        Some("2024-12-20"),
        "two weeks later",
        None,
        Unknown,
    ),
    case(
        "A court jailed him on Tuesday for \u{201c}hooliganism,\u{201d} a day after he staged a picket.",
        Some("2023-09-20"),
        "a day after",
        Some("2023-09-18"),
        Day,
    ),
    case(
        "On Monday an activist stood alone outside the court with a placard. Police detained \
         him within minutes.",
        Some("2025-02-19"),
        "within minutes",
        Some("2025-02-17"),
        Day,
    ),
    case(
        "Prosecutors charged the pair in September 2022, two months after police detained them.",
        Some("2023-03-20"),
        "two months after",
        Some("2022-07"),
        Month,
    ),
    case(
        "He was freed in May 2021, a year before the election.",
        Some("2023-03-20"),
        "a year before",
        Some("2022"),
        Year,
    ),
    case(
        "Police detained him on Friday, two days before the vote.",
        Some("2023-09-20"),
        "two days before",
        Some("2023-09-17"),
        Day,
    ),
    case(
        "A day after the vote, police detained him.",
        P,
        "A day after",
        None,
        Unknown,
    ),
    case(
        "All were charged two days later.",
        P,
        "two days later",
        None,
        Unknown,
    ),
    case(
        "In 2019, he was detained on Nov. 12 in Almaty.",
        Some("2024-01-10"),
        "Nov. 12",
        Some("2019-11-12"),
        Day,
    ),
    case(
        "He was jailed until 2028, weeks after the Oct. 26 vote.",
        NO_P,
        "Oct. 26",
        Some("--10-26"),
        Day,
    ),
    // a rally called or promised for a weekday is still to come
    case(
        "Opposition parties have called a rally in Tbilisi for Saturday.",
        P,
        "Saturday",
        Some("2023-04-15"),
        Day,
    ),
    case(
        "She said the alliance would hold another march on Saturday.",
        P,
        "Saturday",
        Some("2023-04-15"),
        Day,
    ),
    // a day before a word that may count people: a day after "the" and a month, a count
    // after a bare month
    case(
        "She won the March 31 local elections.",
        P,
        "March 31",
        Some("2023-03-31"),
        Day,
    ),
    case(
        "In March 31 local residents were detained.",
        P,
        "March",
        Some("2023-03"),
        Month,
    ),
    // February 29 without a year goes to the nearest leap year
    case(
        "He was detained on Feb. 29.",
        Some("2023-04-01"),
        "Feb. 29",
        Some("2020-02-29"),
        Day,
    ),
    // spans no date can be given for
    case(
        "They have complained for years.",
        P,
        "for years",
        None,
        Unknown,
    ),
    case("He was recently released.", P, "recently", None, Unknown),
    case(
        "Days before the elections, the law was signed.",
        P,
        "Days before",
        None,
        Unknown,
    ),
    case("Repression grew in the 1990s.", P, "1990s", None, Unknown),
];

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test dates are valid")
}

#[test]
fn every_rule_resolves_as_the_contract_says() {
    let mut failures = Vec::new();
    for c in CASES {
        let mentions = find_dates(c.text);
        let resolver = Resolver::new(c.published.map(date), &mentions);
        let Some(m) = mentions.iter().find(|m| m.text == c.mention) else {
            let found: Vec<_> = mentions.iter().map(|m| m.text.as_str()).collect();
            failures.push(format!(
                "{:?}: no mention {:?}, found {:?}",
                c.text, c.mention, found
            ));
            continue;
        };
        let r = resolver.resolve(m);
        if r.value.as_deref() != c.value || r.precision != c.precision {
            failures.push(format!(
                "{:?} (P {:?}) {:?}: got {:?}/{}, want {:?}/{} ({:?}, future {})",
                c.text,
                c.published,
                c.mention,
                r.value,
                r.precision.as_str(),
                c.value,
                c.precision.as_str(),
                m.expr,
                m.future
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn numbers_and_names_that_are_not_dates_are_left_alone() {
    for text in [
        "He was jailed for 15 days.",
        "He faces seven years in prison.",
        "He was charged under Article 341 of the criminal code.",
        "Theresa May said the talks had failed.",
        "Officials may be punished.",
        "She spoke at the March of Dimes gala.",
        "Some 2000 protesters gathered.",
        "Police detained 1,000 people.",
        "Turnout rose by 3.5 percent.",
        "She works for the channel Adjara Today.",
        "May God help them, she said.",
        "He is 31 and lives in Batumi.",
        "The ballot was 04/05/2023 or so.",
        "The minister spoke to May on the phone.",
        "Decree 2023-45 was published.",
        "Johnson and May disagreed.",
        "Pressure on May grew.",
        "The 14 detainees were freed on bail.",
        "She finished 4th in the race.",
        "The 9th High Criminal Court of Diyarbakir handed down the verdict.",
        "The church dates from the 14th century.",
        "He received six years and six months after being found guilty.",
        "She was jailed for 15 days after the rally.",
        "Campaigners will keep watch over the following year.",
        "Rights groups criticised that year's election.",
        "He was detained after a Sunday homily.",
        "Families gather outside the prison every Friday.",
    ] {
        let found: Vec<_> = find_dates(text).into_iter().map(|m| m.text).collect();
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
}

#[test]
fn the_seed_article_dates_match_its_answer() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/seed");
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(dir.join("article.txt")),
        std::fs::read_to_string(dir.join("article.gold.json")),
    ) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let mentions = find_dates(&text);
    let resolver = Resolver::new(None, &mentions);
    let values: Vec<_> = mentions
        .iter()
        .filter_map(|m| resolver.resolve(m).value)
        .collect();
    let mut checked = 0;
    for part in gold.split("\"date\": \"").skip(1) {
        let value = part.split('"').next().unwrap_or_default();
        assert!(
            values.iter().any(|v| v == value),
            "gold date {value} not among {values:?}"
        );
        checked += 1;
    }
    assert!(checked > 0, "the seed answer has dates");
}
