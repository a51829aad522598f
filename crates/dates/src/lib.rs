/*!
Finds date expressions in English news text and resolves them to the ISO 8601 values of the
`chronicle/1` contract.

# Brief overview

[`find_dates`] scans a text once and returns its [`DateMention`]s: char-offset spans (Unicode
scalars, end-exclusive), sorted and non-overlapping, each with a [`DateExpr`] saying what the text
states (an absolute [`PartialDate`] such as "April 12", "12 April 2023" or "2023-04-12"; a range
such as "May 3-5"; a [`Relative`] expression such as "last Thursday" or "two weeks ago"; a month
whose year a phrase names, "June of that year" ([`YearRef`]); a count of days from the previous
dated mention, "the next day"; a decade; or a vague span such as "for years"), the index of its
sentence, and a `future` flag. The flag comes from the mention itself ("next week") or from its
clause: a future cue ("will", "upcoming", "scheduled for") makes it future, a past marker ("was",
"said", an "-ed" verb) past, and a clause with neither takes the nearest signal of its sentence.

A [`Resolver`] is built from the publication date (if known) and all the mentions of one
document; [`Resolver::resolve`] turns a mention into a [`Resolved`] `value` and [`Precision`]:

- as precise as the text allows: `2023-04-12` (day), `2023-04` (month), `2023` (year);
- a missing year comes from the publication date P (P's year, or the year before when that would
  fall after P; forward for future mentions; a weekday named beside the date, "Saturday, April
  20", picks the nearby year it falls on); without P it is left out: `--04-12`, `--04`;
- a year the document itself states for the same month wins over P ("Nov. 12, 2019 ... since
  last November" gives 2019-11; with P known the statement must be within three sentences
  before, or in the same sentence); "June of that year" takes the year of the nearest earlier
  dated mention, and so does a yearless date in a sentence that opens with a year ("In 2019,
  he was detained on Nov. 12"); without P, a yearless month or day takes the year a headline sets
  the report in ("Kazakhstan: arrests of oil workers in 2023"), until the text names another
  year; "the next day" and "two days later" count from the nearest earlier day told as the
  narration's own (not one told in the pluperfect, "had refused on Jan. 12");
- weekdays, "yesterday", "last month", "N days ago" need P; without it the value is null and the
  precision `unknown` (but a weekday the text dates elsewhere, "set for Sunday, Oct. 6", stands
  for that date); so does a day told by its ordinal alone ("on the 14th" is in P's month, or
  the month before when that day is after P; "the 4th of this month", "the 28th of last month");
- a range ("from May 3 to 5", "2021-2022") takes its **start** as the value, precision `range`;
  a week ("last week") is its month when all seven days lie in one (`2023-04`, precision
  `month`), else an ISO week (`2023-W14`), precision `range`; a weekend is its Saturday,
  precision `range` ("at the weekend", "over the weekend": the one just past, or the coming one
  in the future tense);
- decades ("the 1990s") and vague spans ("recently", "days before the elections") get no value.

```
use chronicle_dates::{find_dates, Precision, Resolver};

let text = "Police detained him on April 12. He was released the next day.";
let mentions = find_dates(text);
let published = chrono::NaiveDate::from_ymd_opt(2023, 4, 13);
let resolver = Resolver::new(published, &mentions);
let first = resolver.resolve(&mentions[0]);
assert_eq!((mentions[0].start, mentions[0].end), (23, 31));
assert_eq!(first.value.as_deref(), Some("2023-04-12"));
assert_eq!(first.precision, Precision::Day);
assert_eq!(resolver.resolve(&mentions[1]).value.as_deref(), Some("2023-04-13"));
// Without a publication date the year stays out.
let undated = Resolver::new(None, &mentions);
assert_eq!(undated.resolve(&mentions[0]).value.as_deref(), Some("--04-12"));
```

[`resolve_expr`] applies the same rules to one expression without document context.

The word lists (month and weekday names, vague phrases, future cues, ...) are plain text files in
`data/dates/`, compiled in. Scanning is a linear pass over tokens with no regular expressions.
*/

mod expr;
mod lexicon;
mod resolve;
mod scan;
mod tense;
mod token;

pub use expr::{DateExpr, DateMention, PartialDate, Precision, Relative, Resolved, Shift, YearRef};
pub use resolve::{resolve_expr, shift_day_value, Resolver};
pub use scan::find_dates;
