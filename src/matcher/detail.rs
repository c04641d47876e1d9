//! Details the article does not give: a question that asks *when* (or *how many*) about an entry
//! whose source sentence names no time (or no quantity) is answered with what the article does
//! say, after saying that it does not give that detail.

use serde::Serialize;

use crate::normalize;

/// The kind of detail a question asks for, where it can be checked against the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Asked {
    /// A date or time: "when", "what day", "since when".
    When,
    /// A number: "how many", "how much".
    Quantity,
    /// The day: "what day", "which day in May" (a weekday gives it; a month or "for years"
    /// does not).
    Day,
    /// The calendar date: "what exact date", "the deadline" (only a day's number gives it).
    Date,
    /// The year: "what year", "since which year".
    Year,
    /// What happened after the article: "did he end up testifying?", "in the end", "since
    /// then". The article tells one moment; no source gives this.
    Later,
    /// Why the topic just answered is so ("why not?" right after "the company has not been able
    /// to shake off the allegations"), where its source gives no cause or purpose. Only a
    /// conversation asks it; see `conversation::reply`.
    Why,
    /// More about the topic just answered than its answer says ("what changes exactly?" right
    /// after the answer about the changes).
    More,
}

impl Asked {
    /// How the reply names the missing detail: "The article doesn't say {this}." ([`Asked::More`]
    /// is rendered apart: "That is all the article says about this".)
    pub fn phrase(self) -> &'static str {
        match self {
            Asked::When => "when",
            Asked::Quantity => "how many or how much",
            Asked::Day => "the exact day",
            Asked::Date => "the exact date",
            Asked::Year => "the year",
            Asked::Later => "what happened afterwards",
            Asked::Why => "why",
            Asked::More => "more about that",
        }
    }
}

/// Words a question may start with before its question word ("so when was that?").
const LEAD_INS: &[&str] = &[
    "and", "but", "exactly", "hey", "ok", "okay", "so", "then", "um", "uh", "well", "wait", "on",
    "at", "in",
];
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tomorrow",
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const PERIODS: &[&str] = &[
    "ago", "years", "year", "months", "month", "weeks", "week", "days", "decade", "decades",
    "since",
];
const NUMBERS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "few",
    "several",
    "many",
    "most",
    "all",
    "every",
];

/// The detail `question` asks for, if it is one this module can check.
pub(super) fn asked(question: &str) -> Option<Asked> {
    let words = normalize::words(question);
    let start = words.iter().position(|w| !LEAD_INS.contains(&w.as_str()))?;
    let w: Vec<&str> = words[start..].iter().map(String::as_str).collect();
    // "what exact day in july ...", "since what year", "what's the deadline".
    let precise = |unit: &[&str]| {
        w.windows(2).any(|p| {
            matches!(
                p[0],
                "what" | "which" | "whats" | "exact" | "specific" | "precise"
            ) && unit.contains(&p[1])
        }) || w.windows(3).any(|p| {
            matches!(p[0], "what" | "which" | "whats")
                && matches!(p[1], "exact" | "exactly" | "specific" | "precise")
                && unit.contains(&p[2])
        })
    };
    if precise(&["date"]) || w.contains(&"deadline") {
        return Some(Asked::Date);
    }
    if precise(&["day"]) {
        return Some(Asked::Day);
    }
    if precise(&["year"]) {
        return Some(Asked::Year);
    }
    let later = w.windows(3).any(|p| {
        p == ["in", "the", "end"]
            || matches!(p[0], "end" | "ended") && p[1] == "up" && p[2].ends_with("ing")
    }) || w.windows(2).any(|p| p == ["since", "then"]);
    if later {
        return Some(Asked::Later);
    }
    let when_first = matches!(
        w.as_slice(),
        ["when", ..]
            | ["wen", ..]
            | ["since", "when", ..]
            | [
                "what" | "which",
                "day" | "date" | "time" | "year" | "month" | "week",
                ..
            ]
            | ["how", "long", "ago", ..]
    );
    // "... interviewed when?" or "... and when?"
    let when_last = w.len() > 1 && matches!(w.last(), Some(&"when"));
    if when_first || when_last {
        return Some(Asked::When);
    }
    if matches!(w.as_slice(), ["how", "many" | "much", ..]) {
        return Some(Asked::Quantity);
    }
    None
}

/// Words that give a cause or a purpose.
const CAUSES: &[&str] = &[
    "because",
    "reason",
    "reasons",
    "amid",
    "due",
    "owing",
    "following",
    "order",
    "seeking",
    "aiming",
    "aimed",
    "scrutiny",
    "pressure",
];
/// Verbs that after "to" give a purpose ("to prove that ...", "to try to calm fears").
const PURPOSES: &[&str] = &[
    "prove", "try", "calm", "mitigate", "confirm", "show", "help", "avoid", "protect", "ensure",
    "address", "identify", "reassure", "ease", "counter", "stop", "prevent", "keep", "make",
];

/// Whether a question's stem names a day, a month or a year ("decemb", "friday", "2015"): a
/// time the question supposes ("was the hearing in December?"), which an answer that gives the
/// time settles.
pub(super) fn names_a_time(stem: &str) -> bool {
    if stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // The stemmer writes "july" as "juli". Shorter words are other words ("mar", "sun").
    let prefix = stem.strip_suffix('i').unwrap_or(stem);
    stem.len() >= 4
        && DAYS
            .iter()
            .chain(MONTHS)
            .chain(&["weekend"])
            .any(|w| w.starts_with(prefix))
}

/// Whether `source` gives that kind of detail.
pub(super) fn gives(source: &str, asked: Asked) -> bool {
    let words = normalize::words(source);
    let any = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let digits = words
        .iter()
        .any(|w| w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty());
    let year = |w: &str| w.len() == 4 && w.parse::<u32>().is_ok();
    let day_number =
        |w: &str| w.len() <= 2 && w.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n));
    // "2016" is a year, not a count.
    let count = words
        .iter()
        .any(|w| w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() && !year(w));
    match asked {
        // "may" is a month only after "in" ("in May"), not in "the software may be".
        Asked::When => {
            digits
                || any(DAYS)
                || any(MONTHS)
                || any(PERIODS)
                || words.windows(2).any(|w| w[0] == "in" && w[1] == "may")
        }
        Asked::Quantity => count || any(NUMBERS),
        Asked::Day => any(DAYS) || words.iter().any(|w| day_number(w)),
        Asked::Date => words.iter().any(|w| day_number(w)),
        Asked::Year => words.iter().any(|w| year(w)),
        Asked::Later => false,
        // "because", "amid concerns", "following the hacking", "seeking to identify", "to try
        // to calm fears", "to prove that": a cause or a purpose.
        Asked::Why => {
            any(CAUSES)
                || words
                    .windows(2)
                    .any(|w| w[0] == "to" && PURPOSES.contains(&w[1].as_str()))
        }
        // Only a conversation can tell; see `conversation::reply`.
        Asked::More => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn when_questions_are_recognized_but_not_when_as_a_conjunction() {
        for (question, detail) in [
            ("When exactly was he interviewed?", Some(Asked::When)),
            ("so when was that", Some(Asked::When)),
            ("the FBI talked to him when?", Some(Asked::When)),
            ("what day was it announced", Some(Asked::Day)),
            ("how many agencies", Some(Asked::Quantity)),
            ("which day in may was the hearing", Some(Asked::Day)),
            ("what exact day in july did he say it", Some(Asked::Day)),
            ("what's the deadline for the response", Some(Asked::Date)),
            ("what exact date was it announced", Some(Asked::Date)),
            ("since what year have people doubted it", Some(Asked::Year)),
            ("in which year did it start", Some(Asked::Year)),
            ("did he end up testifying", Some(Asked::Later)),
            ("did the fbi find proof in the end", Some(Asked::Later)),
            ("has the ban been lifted since then", Some(Asked::Later)),
            ("how did logmein end up in this story", None),
            ("what did they say when it was banned", None),
            ("why was it banned", None),
        ] {
            assert_eq!(asked(question), detail, "{question}");
        }
    }

    #[test]
    fn sources_with_and_without_the_detail() {
        assert!(gives(
            "the ban, which was announced Wednesday.",
            Asked::When
        ));
        assert!(gives("At a hearing in May, officials", Asked::When));
        assert!(gives("questioned the connection for years.", Asked::When));
        assert!(!gives(
            "Eugene Kaspersky was interviewed by FBI agents.",
            Asked::When
        ));
        assert!(!gives(
            "the software may be feeding user information",
            Asked::When
        ));
        assert!(gives(
            "We've had few customers raise concerns",
            Asked::Quantity
        ));
        assert!(!gives("The company denied it.", Asked::Quantity));
        assert!(!gives("At a hearing in May, officials", Asked::Day));
        assert!(gives("the ban, which was announced Wednesday.", Asked::Day));
        assert!(gives("on July 3, he said", Asked::Day));
        assert!(!gives(
            "the ban, which was announced Wednesday.",
            Asked::Date
        ));
        assert!(gives("on July 3, he said", Asked::Date));
        assert!(!gives("hacking in the 2016 election", Asked::Quantity));
        assert!(!gives("questioned the connection for years.", Asked::Year));
        assert!(gives("the 2016 election", Asked::Year));
        for time in ["decemb", "friday", "juli", "weekend", "2015"] {
            assert!(names_a_time(time), "{time}");
        }
        for other in ["ban", "mar", "fri", "sun", "2", "kaspersky"] {
            assert!(!names_a_time(other), "{other}");
        }
        assert!(gives("concerns as the reason for the ban", Asked::Why));
        assert!(gives("took to Twitter to try to calm fears.", Asked::Why));
        assert!(gives("under scrutiny, it considers changes", Asked::Why));
        assert!(!gives(
            "the company has not been able to shake off the allegations.",
            Asked::Why
        ));
        assert!(!gives("the decision to ban its products", Asked::Why));
    }
}
