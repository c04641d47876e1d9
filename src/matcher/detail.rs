//! Details the article does not give: a question that asks *when* (or *how many*) about an entry
//! whose source sentence names no time (or no quantity) is answered with what the article does
//! say, after saying that it does not give that detail.

use crate::normalize::lexicon::{DAYS, MONTHS};
use serde::Serialize;

use super::parts::is_question_word;
use crate::normalize;

/// The kind of detail a question asks for, where it can be checked against the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Asked {
    /// A date or time: "when", "what day", "since when".
    When,
    /// A number: "how many".
    Quantity,
    /// An amount: "how much does it cost?" ("few customers" gives how many, not how much).
    Amount,
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
    /// How long something lasted: "how long did the interview last?" ("how long ago" asks
    /// when).
    Duration,
    /// The time of day: "what time was it announced?".
    Time,
    /// Names: "which senators asked?", "what's the name of the official?" (a source naming
    /// someone, "Craig VerColen", gives them).
    Names,
    /// Why the topic just answered is so ("why not?" right after "the company has not been able
    /// to shake off the allegations"), where its source gives no cause or purpose. Only a
    /// conversation asks it; see `conversation::reply`.
    Why,
    /// More about the topic just answered than its answer says ("what changes exactly?" right
    /// after the answer about the changes).
    More,
    /// Proof of a claim: "what evidence does Washington have?", and in a conversation "any
    /// proof?" (see `conversation::reply`). The article reports claims and denials and shows no
    /// proof of any.
    Proof,
    /// Use by people outside the U.S. government: "can I still use it on my home laptop?", "are
    /// ordinary people banned too?", "does it cover contractors?", "which other countries banned
    /// it?". A source that names home users, consumers or such gives it.
    Beyond,
    /// A place: "where did the FBI interview him?", "in which city?". A source that names a
    /// place or a medium ("Boston-based", "on its website", "before Congress") gives it.
    Place,
    /// A comparison with other cases: "did the US ban Huawei for the same reasons?", "is this
    /// the same kind of ban TikTok got?". The article tells of Kaspersky alone.
    Compared,
    /// Someone's age: "how old is he?", "what age is Eugene?". The article gives no one's.
    Age,
    /// How something was done: "how did Russia hack the election?", "how would the backdoor
    /// work?". The article tells that the hacking happened and that Washington fears a
    /// backdoor, never how either works.
    Method,
    /// A link or an address: "what's the link to the statement?", "the url of the tweet?". The
    /// article gives none.
    Link,
}

impl Asked {
    /// How the reply names the missing detail: "The article doesn't say {this}." ([`Asked::More`]
    /// is rendered apart: "That is all the article says about this".)
    pub fn phrase(self) -> &'static str {
        match self {
            Asked::When => "when",
            Asked::Quantity => "how many",
            Asked::Amount => "how much",
            Asked::Day => "the exact day",
            Asked::Date => "the exact date",
            Asked::Year => "the year",
            Asked::Later => "what happened afterwards",
            Asked::Duration => "how long",
            Asked::Time => "the time of day",
            Asked::Names => "who by name",
            Asked::Why => "why",
            Asked::More => "more about that",
            Asked::Proof => "what proof there is",
            Asked::Beyond => "anything about use outside the U.S. government, at home or abroad",
            Asked::Place => "where",
            Asked::Compared => "how it compares with other cases",
            Asked::Age => "anyone's age",
            Asked::Method => "how it was done",
            Asked::Link => "a link to it",
        }
    }
}

/// Words a question may start with before its question word ("so when was that?").
const LEAD_INS: &[&str] = &[
    "and", "but", "exactly", "hey", "ok", "okay", "so", "then", "um", "uh", "well", "wait", "on",
    "at", "in",
];
const PERIODS: &[&str] = &[
    "ago", "years", "year", "months", "month", "weeks", "week", "days", "decade", "decades",
    "since",
];
/// Numbers large enough to give an amount, with or without digits ("a million dollars").
const LARGE_NUMBERS: &[&str] = &[
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
];
/// Numbers in words: a count, as digits are.
#[rustfmt::skip]
const NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
    "dozens",
];
/// Words that tell how many without a number: they answer "how many?" on the topic ("a few
/// customers", "repeatedly denied"), but do not give the number asked for.
#[rustfmt::skip]
const VAGUE_NUMBERS: &[&str] = &[
    "few", "several", "many", "most", "all", "every", "repeatedly",
];

/// The detail `question` asks for, if it is one this module can check.
pub(super) fn asked(question: &str) -> Option<Asked> {
    asked_in(&normalize::words(question))
}

/// [`asked`] on the words of a question ([`normalize::words`]).
pub(super) fn asked_in(words: &[String]) -> Option<Asked> {
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
    // A bare unit follows up on what was just said: "day?", "the date?".
    match w.as_slice() {
        ["day"] | ["the", "day"] => return Some(Asked::Day),
        ["date"] | ["the", "date"] => return Some(Asked::Date),
        ["year"] | ["the", "year"] => return Some(Asked::Year),
        ["month"] | ["the", "month"] => return Some(Asked::When),
        _ => {}
    }
    // Any date ("ban date", "the exact calendar date", "date posted?"), not "to date" or "up to
    // date": only a day's number gives it, and the article gives none. An entry that answers
    // the rest ("the ban was announced on a Wednesday") still answers, saying so.
    let a_date = (0..w.len()).any(|i| w[i] == "date" && (i == 0 || w[i - 1] != "to"));
    // "what day of the month?" asks the date too.
    let day_of_month = w.windows(4).any(|p| p == ["day", "of", "the", "month"]);
    if a_date || day_of_month || w.contains(&"deadline") {
        return Some(Asked::Date);
    }
    if precise(&["day"]) {
        return Some(Asked::Day);
    }
    if precise(&["year"]) {
        return Some(Asked::Year);
    }
    // "has he testified yet?", "did the FBI find any proof?", "did it turn up any actual links?"
    // (within four words): what came of it (not "trying to find links", a purpose).
    // "turn up" finds too: "did the interview turn up any links?".
    let finding = |i: usize| {
        FINDING.contains(&w[i])
            || matches!(w[i], "turn" | "turned" | "turns") && w.get(i + 1) == Some(&"up")
    };
    let found_thing = |x: &&str| {
        matches!(
            *x,
            "proof"
                | "evidence"
                | "anything"
                | "something"
                | "link"
                | "links"
                | "connection"
                | "connections"
                | "wrongdoing"
                | "spyware"
                | "malware"
        )
    };
    // "was any actual spyware found in its code?": the thing found before a passive "found".
    let found = (0..w.len()).any(|i| {
        finding(i)
            && (i == 0 || w[i - 1] != "to")
            && (w[i + 1..w.len().min(i + 5)].iter().any(found_thing)
                || (matches!(w[i], "found" | "discovered" | "uncovered")
                    && w[..i].iter().any(|x| matches!(*x, "was" | "were" | "been"))
                    && w[i.saturating_sub(4)..i].iter().any(found_thing)))
    });
    // "what did the FBI find out?", "what did DHS conclude?", "the outcome of the interview":
    // what came of it (not "what were they trying to find?", a purpose).
    // "what the FBI find out after the interview?": "after" says it was done, as "did" does.
    let completed = w
        .iter()
        .any(|x| matches!(*x, "did" | "has" | "have" | "had" | "after"));
    let outcome = w.iter().enumerate().any(|(i, x)| {
        let after_to = i > 0 && matches!(w[i - 1], "to" | "trying" | "hoping" | "tryna");
        match *x {
            _ if finding(i) || matches!(*x, "conclude" | "concluded") => {
                w[0] == "what" && completed && !after_to
            }
            "outcome" | "conclusion" | "conclusions" | "verdict" | "result" | "results" => {
                i == 0 || !matches!(w[i - 1], "a" | "as")
            }
            _ => false,
        }
    });
    // "In the end, did he testify?": the lead-in "in" is skipped above, so the phrase is read
    // on every word.
    let in_the_end = words.windows(3).any(|p| p == ["in", "the", "end"]);
    let later = outcome || in_the_end || w.windows(3).any(|p| {
        matches!(p[0], "end" | "ended")
            && p[1] == "up"
            && p[2].ends_with("ing")
    }) || w.windows(2).any(|p| p == ["since", "then"])
        // "did LogMeIn stop bundling it after the ban?": what was done after the article.
        // "did LogMeIn drop Kaspersky from its bundle after the ban?" too.
        || (w.iter().any(|x| matches!(*x, "stop" | "stopped" | "stops" | "drop" | "dropped" | "drops"))
            && w.iter().any(|x| matches!(*x, "after" | "since")))
        // "what happened after that?", "what happens next", "what came of it?".
        || (w.iter().any(|x| matches!(*x, "happened" | "happens" | "happen"))
            && w.iter().any(|x| matches!(*x, "after" | "afterwards" | "next" | "later")))
        || w.windows(3).any(|p| {
            matches!(p[0], "came" | "come" | "became" | "become")
                && (p[1] == "of" || p[1..] == ["out", "of"])
        })
        || (w.contains(&"yet") && matches!(w[0], "has" | "have" | "did" | "is" | "are" | "was"))
        // "submitted yet?", "they decide anything yet?": so far, since the article.
        || (w.len() <= 6 && w.last() == Some(&"yet"))
        // "did he ultimately testify?", "was the ban lifted?".
        || w.iter().any(|x| AFTERWARDS.contains(x))
        // "does logmein still bundle kaspersky today?", "is the ban still in force now?": how
        // things stand since the article (every labelled set: 7 fewer out of scope answered,
        // nothing else moved). Not a long message's story ("my late wife's computer still has
        // it, which I use now").
        || (w.len() <= MAX_DETAIL_WORDS
            && w.contains(&"still")
            && w.iter().any(|x| matches!(*x, "today" | "nowadays" | "currently" | "now")))
        || w.windows(2).any(|p| p == ["later", "on"])
        // "was the ban later extended?", "will it cover private firms next?", "... next year?":
        // after the article (not "the next day"). Every labelled set: 6 fewer out of scope
        // answered or wrong, nothing else moved.
        || w.contains(&"later")
        // "is the ban going to be extended to private companies?", "will they widen it?":
        // what comes after the article.
        || (w.iter().any(|x| WIDENED.contains(x))
            && (w.windows(3).any(|p| p == ["going", "to", "be"])
                || w.iter().any(|x| FUTURE.contains(x))))
        // "has the agency responded since?": since the article.
        || (w.last() == Some(&"since") && w.len() > 1)
        || w.last() == Some(&"next")
        || w.windows(2).any(|p| p[0] == "next" && matches!(p[1], "year" | "month" | "week"))
        || asks_what_replaces_it(&w)
        || accepted_or_went_on(&w)
        || found;
    if later {
        return Some(Asked::Later);
    }
    // "what evidence does washington have?", "is there proof it sends data?", "has it been
    // proven?" ("give evidence" is to testify; "to prove" is a purpose).
    let proof = w.iter().enumerate().any(|(i, x)| match *x {
        "proof" | "evidence" => {
            i == 0 || !matches!(w[i - 1], "give" | "giving" | "gave" | "given" | "provide")
        }
        "proven" => true,
        // "did anyone ever prove it sends data?", "nobody proved anything" (not "to prove").
        "prove" | "proved" => i == 0 || w[i - 1] != "to",
        _ => false,
    });
    if proof || fears_came_true(&w) {
        return Some(Asked::Proof);
    }
    if asks_beyond_government(words) {
        return Some(Asked::Beyond);
    }
    if compares(&w) {
        return Some(Asked::Compared);
    }
    if asks_age(&w) {
        return Some(Asked::Age);
    }
    if asks_method(&w) {
        return Some(Asked::Method);
    }
    if asks_link(&w) {
        return Some(Asked::Link);
    }
    if asks_where(&w) {
        return Some(Asked::Place);
    }
    if w.windows(2).any(|p| p == ["how", "long"]) && !w.contains(&"ago") {
        return Some(Asked::Duration);
    }
    if w.windows(2)
        .any(|p| matches!(p[0], "what" | "which" | "whats") && matches!(p[1], "time" | "hour"))
    {
        return Some(Asked::Time);
    }
    // Not "clear its name".
    let names = w.iter().any(|x| matches!(*x, "names" | "named"))
        || w.windows(2).any(|p| {
            p == ["name", "of"]
                || p == ["by", "name"]
                || (p[0] == "which" && PEOPLE.contains(&p[1]))
        })
        // "which FBI agents", "which senior officials".
        || w.windows(3).any(|p| p[0] == "which" && PEOPLE.contains(&p[2]))
        // "which of the officials said ...?"
        || w.windows(4).any(|p| p[..3] == ["which", "of", "the"] && PEOPLE.contains(&p[3]))
        // "who were the officials asked?", "could you name the agents?"
        || w.windows(4).any(|p| {
            let named = |w: &str| PEOPLE.contains(&w) && !matches!(w, "people" | "person");
            matches!(p, ["who", "were" | "are", "the", _] | ["name", "the", _, _])
                && (named(p[3]) || named(p[2]))
        })
        // "who were the top officials asked?", "who are the senior US officials quoted?": a
        // word or two may describe them.
        || w.windows(6).any(|p| {
            matches!(p[..3], ["who", "were" | "are", "the"])
                && p[3..].iter().any(|x| PEOPLE.contains(x) && !matches!(*x, "people" | "person"))
        })
        || (matches!(w[0], "whats" | "what") && w.contains(&"name"))
        // "who is the head of DHS?", "who's in charge of the FSB?": a post's holder; "who was
        // chairing the hearing?", its chair.
        || (matches!(w[0], "who" | "whos")
            && (w.windows(2).any(|p| {
                matches!(p, ["head" | "chief" | "director" | "boss", "of"] | ["in", "charge"])
            }) || w.iter().any(|x| {
                matches!(
                    *x,
                    "chair" | "chaired" | "chairing" | "chairs" | "chairman" | "chairwoman"
                        | "chairperson" | "presided" | "presiding"
                )
            })));
    // "I want a name", "what's his name"; "who signed the order?", "who signed off on it?",
    // "was it Trump himself who signed it?": a person, where the article names the department
    // (every labelled set: 7 fewer out of scope answered, nothing else moved).
    // "who wrote this article?", "can u give me the author's name": the article names no
    // author, journalist or reporter of its own.
    let names = names
        || w.iter().any(|x| {
            matches!(
                *x,
                "author" | "authors" | "journalist" | "journalists" | "reporter" | "byline"
            )
        })
        // "which agencies exactly were running kaspersky?": the article names none that used
        // it, only whose computers the ban covers.
        || (w.windows(2).any(|p| {
            matches!(p[0], "which" | "what")
                && matches!(
                    p[1],
                    "agencies" | "agency" | "departments" | "department" | "offices"
                )
        }) && w.windows(2).any(|p| {
            matches!(p[0], "were" | "was") && matches!(p[1], "using" | "running")
        }))
        || (matches!(w[0], "who" | "whos")
            && w.iter()
                .any(|x| matches!(*x, "wrote" | "written" | "writes"))
            && w.iter()
                .any(|x| matches!(*x, "article" | "story" | "piece" | "this")))
        || w.windows(2)
            .any(|p| matches!(p, ["a" | "his" | "her" | "their", "name"]))
        || (matches!(w[0], "who" | "whos") && w.iter().any(|x| matches!(*x, "signed" | "sign")))
        || w.windows(2).any(|p| p == ["who", "signed"]);
    if names {
        return Some(Asked::Names);
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
    // "how many ...?", and in a short question anywhere: "no clue how many customers actually
    // complained", "I do wonder how many of them took it off".
    // "number of government computers running it?", "total customers who complained?" (not
    // "Total Security", a product).
    let counted = w.windows(2).any(|p| {
        p == ["number", "of"] || p[0] == "total" && !matches!(p[1], "security" | "securty")
    });
    if matches!(w.as_slice(), ["how", "many", ..])
        || (w.len() <= MAX_DETAIL_WORDS && (w.windows(2).any(|p| p == ["how", "many"]) || counted))
    {
        return Some(Asked::Quantity);
    }
    if matches!(w.as_slice(), ["how", "much", ..]) {
        return Some(Asked::Amount);
    }
    None
}

/// Whether the words of a short question ask if the fears came true: "was it ever actually used
/// to spy on anyone?", "has Kaspersky ever been caught passing data?", "was it actually used in
/// the 2016 hack?", "was anybody ever arrested over it?". The article reports fears and
/// denials, and no case of either, nor any arrest or charge. Not "was the election actually
/// hacked?" (the article says it was) nor "I never caught what day it was".
fn fears_came_true(w: &[&str]) -> bool {
    #[rustfmt::skip]
    const DONE: &[&str] = &[
        "used", "caught", "hacked", "breached", "spied", "exploited", "arrested", "arrest",
        "charged", "punished",
    ];
    w.len() <= MAX_DETAIL_WORDS
        && (w.windows(2).any(|p| {
            matches!(p[0], "ever" | "actually")
                && DONE.contains(&p[1])
                && p != ["actually", "hacked"]
        }) || w
            .windows(3)
            .any(|p| p[..2] == ["ever", "been"] && DONE.contains(&p[2]))
            || w.windows(2).any(|p| {
                p[0] == "caught"
                    && matches!(
                        p[1],
                        "spying" | "passing" | "sending" | "stealing" | "snooping"
                    )
            }))
}

/// Whether the words (a short question) ask what replaces the software: "what antivirus will
/// agencies use instead of Kaspersky?", "in place of it", "did LogMeIn replace it with another
/// one?", "any alternatives?". The article tells of the ban, not what came after it. Not a
/// story's "instead of scrolling" (what the asker does) or a long message's "before replacing
/// anything".
fn asks_what_replaces_it(w: &[&str]) -> bool {
    w.len() <= MAX_DETAIL_WORDS
        && (0..w.len()).any(|i| match w[i] {
            "instead" => match w.get(i + 1) {
                Some(&"of") => w.get(i + 2).is_some_and(|n| !n.ends_with("ing")),
                _ => true,
            },
            "place" => i > 0 && w[i - 1] == "in" && w.get(i + 1) == Some(&"of"),
            "replace" | "replaced" | "replacing" | "replacement" | "replacements"
            | "alternative" | "alternatives" => true,
            "switch" | "switched" | "switching" => w.get(i + 1) == Some(&"to"),
            _ => false,
        })
}

/// Whether the words speak of users outside the U.S. government: at home, on one's own device,
/// ordinary people, contractors, states, schools or other countries ("my home laptop", "regular
/// americans", "state and local governments", hospitals, "private companies"). Not companies or
/// businesses alone: the article's LogMeIn customers are some; not "personal info", "their own
/// computers" (the officials') or "phones home".
fn beyond_government(words: &[String]) -> bool {
    #[rustfmt::skip]
    const DEVICES: &[&str] = &[
        "laptop", "laptops", "pc", "pcs", "computer", "computers", "phone", "phones", "machine",
        "machines", "device", "devices",
    ];
    #[rustfmt::skip]
    const PEOPLE: &[&str] = &[
        "people", "users", "user", "americans", "citizens", "consumers", "folks", "persons",
        "customers", "individuals",
    ];
    // What "private" qualifies as not the government.
    #[rustfmt::skip]
    const NOT_GOVERNMENT: &[&str] = &[
        "citizen", "individual", "person", "companies", "company", "firms", "firm", "businesses",
        "business", "sector", "institution", "institutions", "hospital", "hospitals",
        "organizations",
    ];
    let mine = |w: Option<&str>| matches!(w, Some("my" | "our" | "your" | "at"));
    words.iter().enumerate().any(|(i, w)| {
        let before = i.checked_sub(1).map(|b| words[b].as_str());
        let next = words.get(i + 1).map(String::as_str);
        let device =
            next.is_some_and(|n| DEVICES.contains(&n) || matches!(n, "use" | "users" | "user"));
        match w.as_str() {
            // "on my phone", "his gaming pc", "my kids laptop": a device of the asker's or of
            // someone they know. Every labelled set but the 57th and 58th: 8 fewer out of scope
            // answered, nothing else moved. Three words back ("my own home laptop", "my personal
            // gaming pc"), with "should" and "off" as asking about it ("should I take it off my
            // own computer?"), on every labelled set: 10 fewer out of scope answered.
            _ if DEVICES.contains(&w.as_str())
                && (1..=3).any(|k| {
                    i.checked_sub(k).is_some_and(|b| {
                        matches!(words[b].as_str(), "my" | "our" | "your" | "his" | "her")
                    })
                }) =>
            {
                true
            }
            "home" => mine(before) || device,
            "personal" => device,
            "own" => mine(before) && device,
            "household" | "households" | "individuals" | "consumers" | "civilians"
            | "contractors" | "subcontractors" | "schools" | "universities" | "council"
            | "councils" | "municipal" | "municipalities" | "county" | "counties" | "hospital"
            | "hospitals" => true,
            // "any states", "individual states"; not "the United States".
            "states" => matches!(
                before,
                Some("any" | "other" | "individual" | "which" | "some" | "many" | "most" | "all")
            ),
            "ordinary" | "regular" | "normal" | "average" | "everyday" => {
                next.is_some_and(|n| PEOPLE.contains(&n))
            }
            // "private individuals", "a private citizen", "private companies", "the private
            // sector": whoever is not the government (LogMeIn's customers are businesses, but
            // no source says whether the ban reaches them).
            "private" => next.is_some_and(|n| PEOPLE.contains(&n) || NOT_GOVERNMENT.contains(&n)),
            "state" | "local" => next.is_some_and(|n| {
                matches!(
                    n,
                    "governments" | "government" | "agencies" | "and" | "level"
                )
            }),
            // "banned in England too?", "Poland also banned it?": other countries (every
            // labelled set: 3 fewer out of scope answered, nothing else moved). Not where the
            // asker is from ("I'm from Brazil, why did the US ban it?").
            "uk" | "britain" | "england" | "british" | "eu" | "europe" | "european" | "poland"
            | "germany" | "france" | "canada" | "australia" | "lithuania" | "netherlands"
            | "ukraine" | "india" | "japan" | "italy" | "spain" | "nato" | "korea" | "korean"
            | "china" | "chinese" | "israel" | "brazil" | "mexico" | "ireland" | "sweden"
            | "norway" | "denmark" | "finland" | "estonia" | "latvia" | "belgium" | "austria"
            | "switzerland" | "singapore" | "taiwan" | "philippines" | "indonesia" | "turkey"
            | "nigeria" | "kenya" | "argentina" | "chile" | "colombia" | "pakistan" | "vietnam"
            | "egypt" => before != Some("from"),
            "other" => next
                .is_some_and(|n| matches!(n, "countries" | "country" | "nations" | "governments")),
            _ => false,
        }
    })
}

/// Whether a question of at most [`MAX_DETAIL_WORDS`] words asks about users outside the U.S.
/// government ([`beyond_government`]) being covered or allowed: "can I still use it on my home
/// laptop?", "does it extend to contractors?". A long message's home laptop is the asker's
/// story, and "were officials asked about Kaspersky on their own computers?" asks the hearing.
fn asks_beyond_government(words: &[String]) -> bool {
    #[rustfmt::skip]
    const COVERED: &[&str] = &[
        "still", "allowed", "legal", "illegal", "legally", "apply", "applies", "cover", "covers",
        "covered", "extend", "extends", "uninstall", "remove", "delete", "keep", "too", "also",
        "affected", "affect", "affects", "ban", "banned", "banning", "bound", "use", "using",
        "run", "safe", "well", "should", "off",
    ];
    const ADVICE: &[&str] = &["good", "buy", "change", "worth", "trust", "install", "must"];
    words.len() <= MAX_DETAIL_WORDS
        && beyond_government(words)
        && words
            .iter()
            .any(|w| COVERED.contains(&w.as_str()) || ADVICE.contains(&w.as_str()))
}

/// Whether `question` asks for the specifics ("what specific changes?", "which changes
/// exactly?") that `answer` says the article does not give ("The article doesn't say what those
/// changes would be."), or names a word of `left_out` ([`left_out_stems`] of the answer): the
/// answer is all there is.
pub(super) fn asks_what_the_answer_leaves_out(
    question: &str,
    answer: &str,
    left_out: &[String],
) -> bool {
    // Every reading below needs an answer that says the article does not give something.
    if !answer.contains("n't") && !answer.contains("n\u{2019}t") && !answer.contains(" not ") {
        return false;
    }
    let words = normalize::words(question);
    let specific = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "specific"
                | "specifically"
                | "exactly"
                | "exact"
                | "precisely"
                | "precise"
                | "concretely"
                | "specify"
        )
    });
    // "Could you specify the exact changes?": no question word, the thing itself.
    let unasked = !words.iter().any(|w| is_question_word(w));
    // "who said it?" after "The article does not say who said it": the kinds of answer other
    // than "what", which asks too many things without wanting specifics.
    // "in which month?", "what year?" ask when.
    let when = words.windows(2).any(|p| {
        matches!(p[0].as_str(), "which" | "what")
            && matches!(p[1].as_str(), "month" | "year" | "date" | "day")
    });
    // The question words that ask: each clause's first, or one joined on ("..., and from who
    // it come?"); a later one joins a clause ("what were the agents after when they interviewed
    // him?").
    let asks_in = |words: &[String]| -> Vec<String> {
        let first = words.iter().position(|w| is_question_word(w));
        let joined = (1..words.len()).filter(|&i| {
            is_question_word(&words[i]) && matches!(words[i - 1].as_str(), "and" | "or")
        });
        first
            .into_iter()
            .chain(joined)
            .map(|i| words[i].clone())
            .collect()
    };
    const CLAUSE_ENDS: [char; 6] = [',', ';', '.', '?', '!', ':'];
    let asking: Vec<String> = if question
        .trim_end_matches(|c: char| CLAUSE_ENDS.contains(&c) || c.is_whitespace())
        .contains(CLAUSE_ENDS)
    {
        question
            .split(CLAUSE_ENDS)
            .flat_map(|clause| asks_in(&normalize::words(clause)))
            .collect()
    } else {
        asks_in(&words)
    };
    let kinds = asking
        .iter()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "what" | "which"))
        .chain(when.then_some("when"));
    specific
        && (says_it_is_not_given(answer, &words)
            || unasked && says_it_is_not_given(answer, &["what".to_string()]))
        || not_given_for(answer, kinds)
        || asks_which_the_answer_does_not_name(&words, answer)
        || (!left_out.is_empty()
            && words.iter().any(|typed| {
                typed.len() >= 4
                    && !normalize::is_stop_word(typed)
                    && !is_question_word(typed)
                    && left_out.contains(&stem(typed))
            }))
}

/// The English stem of a lowercase word, as [`left_out_stems`] keeps them.
fn stem(word: &str) -> String {
    static STEMMER: std::sync::OnceLock<rust_stemmers::Stemmer> = std::sync::OnceLock::new();
    STEMMER
        .get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English))
        .stem(word)
        .into_owned()
}

/// The stems of the words `answer` holds only where it says what the article does not give
/// ("It does not name the department or official who issued the ban": "depart", "offici";
/// "The article does not quote the tweet": "tweet"), not the words that say so ("article",
/// "say") nor any the rest of the answer tells of. Empty for most answers, which say nothing
/// is left out.
pub(super) fn left_out_stems(answer: &str) -> Vec<String> {
    const FRAME: &[&str] = &[
        "article", "story", "piece", "said", "says", "saying", "reported",
    ];
    let answer = answer.replace('\u{2019}', "'");
    if !answer.contains("n't") && !answer.contains(" not ") {
        return Vec::new();
    }
    let (left_out, told): (Vec<&str>, Vec<&str>) =
        answer.split([';', '.']).partition(|s| says_not_given(s));
    let stems = |sentences: &[&str]| -> Vec<(String, String)> {
        sentences
            .iter()
            .flat_map(|s| normalize::words(s))
            .map(|w| (stem(&w), w))
            .collect()
    };
    // "doesn't say which committee": only a question asking which one is not answered (see
    // `asks_which_the_answer_does_not_name`), not every one naming a committee.
    let unnamed = |sentences: &[&str]| -> Vec<(String, String)> {
        sentences
            .iter()
            .flat_map(|s| {
                let words = normalize::words(s);
                let after_which =
                    |i: usize| words[i.saturating_sub(2)..i].iter().any(|w| w == "which");
                (0..words.len())
                    .filter(|&i| !after_which(i))
                    .map(|i| (stem(&words[i]), words[i].clone()))
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let told: Vec<String> = stems(&told).into_iter().map(|(s, _)| s).collect();
    let tell: Vec<String> = NOT_TOLD.iter().map(|t| stem(t)).collect();
    let mut out: Vec<String> = unnamed(&left_out)
        .into_iter()
        .filter(|(s, w)| {
            !told.contains(s)
                && !tell.contains(s)
                && !FRAME.contains(&w.as_str())
                && !normalize::is_stop_word(w)
        })
        .map(|(s, _)| s)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `answer` says the article does not give what a question word of `words` asks ("which"
/// as "what"): "what exactly?" after "... The article doesn't say what those changes would be".
pub fn says_it_is_not_given(answer: &str, words: &[String]) -> bool {
    not_given_for(
        answer,
        words
            .iter()
            .map(String::as_str)
            .filter(|w| is_question_word(w))
            .map(|w| if w == "which" { "what" } else { w }),
    )
}

/// Whether `answer` says the article doesn't say any of the question words `asked` ("doesn't
/// say when", "doesn't report what"); the answer is read only when there is one.
fn not_given_for<'w>(answer: &str, asked: impl Iterator<Item = &'w str>) -> bool {
    let mut asked = asked.peekable();
    if asked.peek().is_none() {
        return false;
    }
    let answer = answer
        .to_lowercase()
        .replace('\u{2019}', "'")
        .replace("does not", "doesn't");
    asked.any(|w| {
        NOT_TOLD
            .iter()
            .any(|tell| answer.contains(&format!("doesn't {tell} {w}")))
    })
}

/// The verbs with which an answer says what the article does not give ("doesn't say",
/// "doesn't report").
const NOT_TOLD: &[&str] = &["say", "report", "name", "quote", "give", "mention", "tell"];

/// Whether the question asks which one of some kind ("which LogMeIn products?", "before which
/// committee?") and `answer` says the article does not give which one of that kind ("The
/// article doesn't say which products.", "It does not name the department"): the answer is all
/// there is. "Which" opens the question or follows a preposition; the kind is one of the two
/// words after it, past "exact", "specific" and such.
fn asks_which_the_answer_does_not_name(words: &[String], answer: &str) -> bool {
    const BEFORE: &[&str] = &[
        "in", "to", "for", "from", "before", "at", "by", "with", "on", "of", "under", "and",
    ];
    const QUALIFIERS: &[&str] = &[
        "exact",
        "exactly",
        "specific",
        "particular",
        "precise",
        "one",
        "ones",
        "of",
        "the",
    ];
    let kind_after = |words: &[String], i: usize| -> Vec<String> {
        words[i + 1..]
            .iter()
            .filter(|w| !QUALIFIERS.contains(&w.as_str()))
            .take(2)
            .take_while(|w| !normalize::is_stop_word(w))
            .filter(|w| w.len() >= 3)
            .map(|w| stem(w))
            .collect()
    };
    let asked: Vec<String> = (0..words.len())
        .filter(|&i| {
            // "wich", "whcih": reading a typo costs more than the rest of this check.
            let w = words[i].as_str();
            (w == "which"
                || w.starts_with('w')
                    && w.len() <= 6
                    && !normalize::is_stop_word(w)
                    && !is_question_word(w)
                    && normalize::function_word_meant(w) == "which")
                && (i == 0 || BEFORE.contains(&words[i - 1].as_str()))
        })
        .flat_map(|i| kind_after(words, i))
        .collect();
    if asked.is_empty() {
        return false;
    }
    not_given_sentences(answer).any(|sentence| {
        let said = normalize::words(sentence);
        (0..said.len())
            .filter(|&i| said[i] == "which" || said[i] == "name")
            .flat_map(|i| kind_after(&said, i))
            .any(|kind| asked.contains(&kind))
    })
}

/// The sentences of `answer` that say what the article does not give ("The article doesn't say
/// which products.").
fn not_given_sentences(answer: &str) -> impl Iterator<Item = &str> {
    answer.split([';', '.']).filter(|s| says_not_given(s))
}

/// Whether `sentence` says the article does not give something ("doesn't say", "did not
/// name").
fn says_not_given(sentence: &str) -> bool {
    const NOT: &[&str] = &[
        "doesn't", "does not", "don't", "do not", "didn't", "did not",
    ];
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    NOT.iter().any(|not| {
        NOT_TOLD
            .iter()
            .any(|tell| lower.contains(&format!("{not} {tell}")))
    })
}

/// Whether a question of at most [`MAX_DETAIL_WORDS`] words compares with another case: "the
/// same" before a reason, a ban, a way or a kind within three words, or "the same as"; not the
/// same day, time or name ("was the tweet posted the same day as the ban?").
fn compares(w: &[&str]) -> bool {
    const LIKE: &[&str] = &[
        "reason",
        "reasons",
        "ban",
        "way",
        "treatment",
        "deal",
        "thing",
        "kind",
        "sort",
        "fate",
        "prohibition",
    ];
    // "which other russian firms were banned?", "any other antivirus vendors under scrutiny?",
    // "other russian tech bosses": other makers than Kaspersky, or their heads. Not "free with
    // some other software" (what came with it).
    #[rustfmt::skip]
    const MAKERS: &[&str] = &[
        "firm", "firms", "company", "companies", "companys", "vendor", "vendors", "software",
        "softwares", "antivirus", "antiviruses", "product", "products", "app", "apps", "maker",
        "makers", "brand", "brands", "provider", "providers", "bosses", "executives", "ceos",
    ];
    let others = (0..w.len()).any(|i| {
        matches!(w[i], "other" | "another")
            && !(i > 0 && matches!(w[i - 1], "some" | "with"))
            && w[i + 1..w.len().min(i + 4)]
                .iter()
                .any(|n| MAKERS.contains(n))
    });
    w.len() <= MAX_DETAIL_WORDS
        && (others
            || (0..w.len()).any(|i| {
                let next = &w[i + 1..w.len().min(i + 4)];
                w[i] == "same"
                    && !next
                        .first()
                        .is_some_and(|n| matches!(*n, "day" | "time" | "week" | "month" | "name"))
                    && (next.first() == Some(&"as") || next.iter().any(|n| LIKE.contains(n)))
            }))
}

/// Words for a person the article speaks of, as a question names them when it asks about them
/// ("how old is *he*?", "is *the founder* russian?").
#[rustfmt::skip]
const PERSON: &[&str] = &[
    "he", "she", "him", "eugene", "founder", "guy", "man", "ceo", "boss", "owner", "dude",
    "fella", "bloke", "spokesman", "craig", "chap", "oke", "geezer",
];

/// Whether the words of a question ask a person's nationality, which the article gives no one's:
/// "is he russian?", "is eugene russian by birth?", "what nationality is the founder?", "he is
/// russian?". Not "is it a Russian company?" (what the company is).
pub(super) fn asks_nationality(w: &[String]) -> bool {
    let person = |x: &String| PERSON.contains(&x.as_str());
    w.len() <= MAX_DETAIL_WORDS
        && (w.windows(3).any(|p| {
            matches!(p[0].as_str(), "is" | "was" | "isnt")
                && person(&p[1])
                && matches!(p[2].as_str(), "russian" | "american" | "a")
        }) && w
            .iter()
            .any(|x| matches!(x.as_str(), "russian" | "american" | "citizen"))
            // "he is russian?", "he russian?": asked in the word order of a statement.
            || w.windows(3).any(|p| {
                person(&p[0])
                    && matches!(p[1].as_str(), "is" | "was" | "s")
                    && matches!(p[2].as_str(), "russian" | "american")
            })
            || w.len() <= 4
                && w.windows(2).any(|p| {
                    person(&p[0]) && matches!(p[1].as_str(), "russian" | "american")
                })
            || w.iter()
                .any(|x| matches!(x.as_str(), "nationality" | "citizenship"))
                && w.iter().any(person))
}

/// Whether `answer` says that the article does not report someone's reply ("The article
/// doesn't report their answers.").
pub fn reports_no_reply(answer: &str) -> bool {
    const REPLIES: &[&str] = &["answers", "answer", "reply", "replies", "responses"];
    answer.split_inclusive(['.', ';']).any(|sentence| {
        let words = normalize::words(sentence);
        words.windows(2).any(|w| w == ["the", "article"])
            && words.iter().any(|w| REPLIES.contains(&w.as_str()))
    })
}

/// Whether `answer` reports a denial ("Kaspersky denies this", "... an allegation denied by
/// Kaspersky", "called the claims unfounded").
pub fn reports_denial(answer: &str) -> bool {
    let lower = answer.to_lowercase();
    [
        "denies",
        "denied",
        "deny",
        "denial",
        "unfounded",
        "rejects",
        "rejected",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Whether the words of a question ask what someone replied ("did the officials say they'd be
/// fine with it?", "how did they answer?"), which `answer` says the article does not report: the
/// answer is all there is.
pub(super) fn asks_the_reply_it_does_not_report(words: &[String], answer: &str) -> bool {
    use crate::normalize::lexicon::REPLYING;
    words.iter().any(|w| REPLYING.contains(&w.as_str())) && reports_no_reply(answer)
}

/// Whether the words of a question ask what someone asked ("what did the FBI agents ask him?",
/// "what questions did they ask Eugene?") and `source` reports no question asked: the answer is
/// all there is. Not what the questions were about ("which service were they asking about?",
/// which the source may tell), nor the asker's own asking ("if I may ask").
pub(super) fn asks_what_was_asked(words: &[String], source: &str) -> bool {
    const ASKING: &[&str] = &["ask", "asked", "asking", "asks"];
    const OWN: &[&str] = &["i", "may", "my", "im", "we", "me", "you"];
    let Some(q) = words
        .iter()
        .position(|w| matches!(w.as_str(), "what" | "which"))
    else {
        return false;
    };
    let rest = &words[q + 1..];
    let questions = rest.first().is_some_and(|w| w == "questions");
    let asked = (0..rest.len()).any(|i| {
        ASKING.contains(&rest[i].as_str())
            && rest.get(i + 1).is_none_or(|n| n != "about")
            && !(i > 0 && OWN.contains(&rest[i - 1].as_str()))
    });
    let lower = source.to_lowercase();
    (questions || asked) && !lower.contains("ask") && !lower.contains("question")
}

/// Whether the words of a short question ask if it is safe to use ("is kaspersky safe to
/// use?", "would it be safe on the till computer?", "is my steam account safe"): advice the
/// article does not give. Not what someone says or proves of it ("are they saying it's safe?",
/// "to prove the product is safe").
pub(super) fn asks_if_safe(w: &[String]) -> bool {
    #[rustfmt::skip]
    const CLAIMING: &[&str] = &[
        "say", "says", "said", "saying", "claim", "claims", "claimed", "claiming", "prove",
        "proves", "proved", "proving", "insist", "insists", "insisted", "argue", "argues",
    ];
    // The data it may send is the officials' concern: "is my data safe with kaspersky or does
    // it go to russia?" asks it.
    const DATA: &[&str] = &["data", "info", "information", "files", "details"];
    w.len() <= MAX_DETAIL_WORDS
        && !w
            .iter()
            .any(|x| CLAIMING.contains(&x.as_str()) || DATA.contains(&x.as_str()))
        // One question: "why is LogMeIn giving it out, and is it safe?" asks another thing too.
        && !w.iter().any(|x| matches!(x.as_str(), "why" | "what" | "who" | "when" | "how"))
        // Not "just to be safe".
        && w.iter().position(|x| x == "safe").is_some_and(|i| {
            w[..i]
                .iter()
                .any(|x| {
                    matches!(
                        x.as_str(),
                        "is" | "isnt" | "are" | "am" | "its" | "would" | "will"
                    )
                })
        })
}

/// The word before `w[i]`, past a "the" ("to the court", "about the Russian government").
fn word_before(w: &[String], i: usize) -> Option<&str> {
    match i.checked_sub(1).map(|b| w[b].as_str()) {
        Some("the") => i.checked_sub(2).map(|b| w[b].as_str()),
        other => other,
    }
}

/// Whether the words of a short question ask about legal action, which the article never speaks
/// of: "are they gonna sue?", "lawsuit?", "will they take it to court?", "any legal
/// challenge?", "was Kaspersky fined?", "has the FBI charged anyone?". Not "a written appeal
/// to Homeland Security" (the response it tells of), the charges against the company (the
/// allegations), an arrest ("was the founder arrested by the FBI?" is told he was interviewed),
/// nor a long message's story ("for the court record", "as a district court judge").
pub(super) fn asks_about_legal_action(w: &[String]) -> bool {
    w.len() <= MAX_DETAIL_WORDS
        && (0..w.len()).any(|i| match w[i].as_str() {
            "sue" | "sued" | "sues" | "suing" | "lawsuit" | "lawsuits" | "litigation"
            | "litigate" | "litigating" | "fined" | "fines" | "prosecute" | "prosecuted"
            | "prosecution" | "indicted" | "indictment" | "convicted" => true,
            // "charged anyone", "charged him with", not "the charges against them".
            "charged" => w.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "anyone" | "anybody" | "him" | "them" | "with" | "kaspersky" | "eugene"
                )
            }),
            // "to court", "in the courts", not "for the court record".
            "court" | "courts" => {
                matches!(word_before(w, i), Some("to" | "in"))
            }
            "legal" => w
                .get(i + 1)
                .is_some_and(|n| matches!(n.as_str(), "action" | "challenge" | "case" | "fight")),
            _ => false,
        })
}

/// Whether the words of a short question ask about the company's money, of which the article
/// gives nothing: "what's the stock doing?", "did its share price drop?", "how much revenue does
/// it make in the US?", "did the ban hurt their sales?". Not whether it is listed ("is it
/// publicly traded?": the article calls it private), nor a story's "I don't put much stock in
/// him", "the office shares one laptop" or "a sales job".
pub(super) fn asks_about_finances(w: &[String]) -> bool {
    #[rustfmt::skip]
    const MONEY: &[&str] = &[
        "revenue", "revenues", "profit", "profits", "profitable", "earnings", "valuation",
        "shareholders", "shareholder", "finances", "financially", "ipo",
    ];
    #[rustfmt::skip]
    const EARNING: &[&str] = &[
        "make", "makes", "made", "making", "lose", "loses", "lost", "losing", "earn", "earns",
        "earned",
    ];
    const NOT_SALES: &[&str] = &["job", "office", "talk", "team", "rep", "pitch", "person"];
    let at = |i: usize| w.get(i).map(String::as_str);
    w.len() <= MAX_DETAIL_WORDS
        && (0..w.len()).any(|i| match w[i].as_str() {
            x if MONEY.contains(&x) => true,
            // "much stock in", "put stock in": trust, not shares. "Is it on the stock market?"
            // asks whether it is listed, which "private" answers.
            "stock" | "stocks" => {
                let trust = matches!(
                    word_before(w, i),
                    Some("much" | "any" | "no" | "put" | "and")
                );
                !trust && !matches!(at(i + 1), Some("in" | "market" | "exchange" | "markets"))
            }
            "share" | "shares" => matches!(at(i + 1), Some("price" | "prices" | "value")),
            "sales" => {
                !at(i + 1).is_some_and(|n| NOT_SALES.contains(&n))
                    && word_before(w, i) != Some("in")
            }
            // "how much money did they lose?", "are they losing money?".
            "money" => w.iter().any(|x| EARNING.contains(&x.as_str())),
            _ => false,
        })
}

/// Whether the words ask for other texts than the article: "can you recommend other articles
/// about this?", "summarize other news about Russia too?", "any more stories like it?". The
/// bot tells this one article.
pub(super) fn asks_for_other_texts(w: &[String]) -> bool {
    w.windows(2).any(|p| {
        matches!(
            p[0].as_str(),
            "other" | "more" | "similar" | "further" | "related"
        ) && matches!(
            p[1].as_str(),
            "articles" | "news" | "stories" | "sources" | "reading" | "reports" | "coverage"
        )
    })
}

/// Whether the words of a question ask about other countries ("have other countries banned it
/// too?", "did any other country follow the US?"): the article tells of the U.S. alone. Not "was
/// it the US or some other country?", which asks who banned it, nor a long message's story
/// ("... companies of other countries").
pub(super) fn asks_about_other_countries(w: &[String]) -> bool {
    let plural = |x: Option<&String>| {
        x.is_some_and(|x| matches!(x.as_str(), "countries" | "nations" | "governments"))
    };
    let single = |x: Option<&String>| {
        x.is_some_and(|x| matches!(x.as_str(), "country" | "nation" | "government"))
    };
    w.len() <= MAX_DETAIL_WORDS
        && (0..w.len()).any(|i| match w[i].as_str() {
            "other" => plural(w.get(i + 1)) && word_before(w, i) != Some("of"),
            "any" => w.get(i + 1).is_some_and(|x| x == "other") && single(w.get(i + 2)),
            _ => false,
        })
}

/// Whether the words of a question ask how someone whose reaction the article does not report
/// took the ban: Putin, the Kremlin, Russia, the FSB, the President, Congress ("did Putin
/// comment?", "how did the Kremlin react?", "did Russia retaliate?", "has the FSB itself commented
/// on the allegations?", "the Kremlin's response", "what did Congress answer to his offer?"). The
/// article quotes Kaspersky, LogMeIn and U.S. officials only. The actor must be the one reacting,
/// the verb right after it: not "the Moscow firm said" (Kaspersky), "ties to the Kremlin, or they
/// say no?" (what is said of it), "my friend from Moscow says", nor "who banned it, the
/// President?".
pub(super) fn asks_unreported_reaction(w: &[String]) -> bool {
    #[rustfmt::skip]
    const ACTORS: &[&str] = &[
        "putin", "putins", "kremlin", "kremlins", "russia", "russias", "moscow", "moscows", "fsb",
        "fsbs", "trump", "trumps", "president", "presidents", "congress", "congresss",
    ];
    #[rustfmt::skip]
    const REACTING: &[&str] = &[
        "say", "said", "says", "comment", "commented", "comments", "respond", "responded",
        "responds", "response", "react", "reacted", "reaction", "retaliate", "retaliated",
        "retaliation", "reply", "replied", "hit", "answer", "answered", "accept", "accepted",
    ];
    // Between the actor and its verb: "did Putin himself say", "the Russian government
    // officially respond", "did Putin or the Kremlin say", "the Kremlin's response", "is Putin
    // going to retaliate?".
    #[rustfmt::skip]
    const BETWEEN: &[&str] = &[
        "itself", "himself", "personally", "officially", "publicly", "ever", "even", "actually",
        "also", "or", "the", "government", "govt", "house", "s", "then", "first", "going", "to",
        "gonna", "likely", "planning", "expected",
    ];
    (0..w.len()).any(|i| {
        let actor = ACTORS.contains(&w[i].as_str())
            || (matches!(w[i].as_str(), "russian" | "white")
                && w.get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "government" | "house")));
        // "my friend from Moscow says", "that sentence about the Russian government say":
        // the actor is not the one speaking.
        let object = matches!(
            word_before(w, i),
            Some("about" | "from" | "of" | "in" | "on" | "to" | "with")
        );
        actor
            && !object
            && w[i + 1..]
                .iter()
                .find(|x| !BETWEEN.contains(&x.as_str()) && !ACTORS.contains(&x.as_str()))
                .is_some_and(|x| REACTING.contains(&x.as_str()))
    })
}

/// Whether the words ask a person's age: "how old is he?", "how old is eugene kaspersky", "what
/// age is the founder?", "his age?"; not "how old is the Russia thing?" (how long it has gone on).
fn asks_age(w: &[&str]) -> bool {
    let person_soon = |from: usize| {
        w[from..w.len().min(from + 3)]
            .iter()
            .any(|x| PERSON.contains(x))
    };
    // "age?" alone asks one, after an answer about someone.
    w == ["age"]
        || w.windows(2).enumerate().any(|(i, p)| match p {
            ["how", "old"] | ["what", "age"] => person_soon(i + 2),
            ["his" | "her", "age"] => true,
            ["age", "of"] => person_soon(i + 2),
            _ => false,
        })
}

/// Longest question read as comparing or as asking about use outside government: in a long
/// message such words are the asker's story ("we keep records on the same computers", "I've
/// used it at home for years").
const MAX_DETAIL_WORDS: usize = 25;

/// Whether the words ask where: "where did the FBI interview him?", "in which city?"; not "where
/// does the election come in?" (how it relates) or "where is this coming from?" (why).
fn asks_where(w: &[&str]) -> bool {
    let place = |x: &str| matches!(x, "city" | "country" | "place" | "location" | "town");
    let relates = w.windows(2).any(|p| {
        matches!(p[0], "come" | "comes" | "fit" | "fits" | "coming")
            && matches!(p[1], "in" | "from" | "into")
    }) || w
        .iter()
        .any(|x| matches!(*x, "stand" | "stands" | "leave" | "leaves"));
    // "HQ?", "headquarters": where a company sits, asked with a noun alone.
    let seat = w
        .iter()
        .any(|x| matches!(*x, "hq" | "hqs" | "headquarters" | "headquartered"));
    // "..., where was interview": a later question that opens with "where" (not "the shop
    // where I work"; every labelled set: 1 fewer out of scope answered, nothing else moved).
    let later = w.windows(2).any(|p| {
        p[0] == "where" && matches!(p[1], "was" | "were" | "did" | "does" | "do" | "is" | "are")
    });
    let asks = matches!(w.first(), Some(&("where" | "wheres")))
        // "kaspersky offices in usa where": a search typed with its question word last.
        || (w.len() > 1 && w.last() == Some(&"where"))
        || later
        || seat
        || w.windows(2)
            .any(|p| matches!(p[0], "which" | "what") && place(p[1]));
    asks && !relates
}

/// Whether `source` names a place or a medium: a "-based" company, a website, Twitter, Congress
/// or the Senate, or "in" / "at" / "from" before a name (not a month).
fn names_a_place(source: &str, words: &[String]) -> bool {
    let medium = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "website" | "twitter" | "congress" | "senate" | "hearing" | "committee" | "online"
        )
    });
    let raw: Vec<&str> = source.split_whitespace().collect();
    let named = raw.windows(2).any(|p| {
        matches!(p[0], "in" | "at" | "from")
            && p[1].starts_with(|c: char| c.is_uppercase())
            && !MONTHS.contains(
                &p[1]
                    .trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase()
                    .as_str(),
            )
    });
    medium || named || source.contains("-based")
}

/// Whether `source` says where someone or something is based ("Boston-based", "headquartered
/// in"), not only where it spoke ("on its website", "from U.S. government computers").
pub(super) fn names_a_location(source: &str) -> bool {
    ["-based", "based in", "headquartered"]
        .iter()
        .any(|said| source.contains(said))
}

/// Words that ask what came after the article's moment ("ultimately", "was the ban lifted?").
const AFTERWARDS: &[&str] = &[
    "ultimately",
    "eventually",
    "afterwards",
    "afterward",
    "subsequently",
    "lifted",
    "overturned",
    "reversed",
    "rescinded",
];

/// Verbs of a ban widened, which with [`FUTURE`] ask what comes after the article.
#[rustfmt::skip]
const WIDENED: &[&str] = &[
    "extended", "expanded", "widened", "broadened", "extend", "expand", "widen", "broaden",
];
/// Words that tell of what is to come.
const FUTURE: &[&str] = &["will", "gonna", "plan", "plans", "planning"];

/// Verbs of finding something out: what an inquiry found is what came of it.
const FINDING: &[&str] = &[
    "find",
    "found",
    "discover",
    "discovered",
    "uncover",
    "uncovered",
];

/// People a "which ..." question asks to name ("which senators asked?").
const PEOPLE: &[&str] = &[
    "senator",
    "senators",
    "official",
    "officials",
    "agent",
    "agents",
    "officer",
    "officers",
    "lawmaker",
    "lawmakers",
    "politician",
    "politicians",
    "person",
    "people",
    "employee",
    "employees",
    "staff",
    "heads",
    "witnesses",
    "executives",
    "chiefs",
    "directors",
    "leaders",
];
/// Words that give a time of day.
const TIMES_OF_DAY: &[&str] = &[
    "am",
    "pm",
    "noon",
    "midnight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "oclock",
];

/// Whether `source` names the people whose names `question` asks ("which FBI agents
/// interviewed him?"): a name beside the word for them ("spokesman Craig VerColen", "Craig
/// VerColen, a spokesman"). A source naming someone else ("Eugene Kaspersky, the company
/// founder, was interviewed by Federal Bureau of Investigation agents") does not give the
/// agents' names. True when the question names no such people ("what's his name?").
pub(super) fn names_the_people_asked(question: &str, source: &str) -> bool {
    // "what's the name of the US subsidiary?", "who runs the American branch?": a body's name,
    // or its head's, given where a name stands beside the word for it.
    const BODIES: &[&str] = &[
        "subsidiary",
        "subsidiaries",
        "branch",
        "entity",
        "division",
        "unit",
        "arm",
        "product",
        "products",
    ];
    let asked = normalize::words(question);
    let Some(people) = asked
        .iter()
        .find(|w| PEOPLE.contains(&w.as_str()))
        .or_else(|| asked.iter().find(|w| BODIES.contains(&w.as_str())))
    else {
        return true;
    };
    let one = people.trim_end_matches('s');
    let words: Vec<&str> = source.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let is_people = |w: &str| bare(w).to_lowercase().trim_end_matches('s') == one;
    let name_word = |w: &str| capitalized(w) && !normalize::is_stop_word(&bare(w).to_lowercase());
    // A name: two capitalized words, the second closing the name (no "of" after it, which
    // makes it a body: "Federal Bureau of Investigation").
    let name_at = |i: usize| {
        i + 1 < words.len()
            && name_word(words[i])
            && name_word(words[i + 1])
            && words.get(i + 2).is_none_or(|w| bare(w) != "of")
    };
    (0..words.len()).filter(|&i| is_people(words[i])).any(|i| {
        // "spokesman Craig VerColen"
        name_at(i + 1)
            // "Craig VerColen, a spokesman", "Craig VerColen, LogMeIn's spokesman"
            || (2..=4).any(|back| {
                i >= back && name_at(i - back) && words[i - back + 1].ends_with(',')
            })
    })
}

/// Whether `word`, without the punctuation around it, starts with a capital letter.
fn capitalized(word: &str) -> bool {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether `source` names someone: two capitalized words in a row, the first not a function
/// word ("Craig VerColen", "Eugene Kaspersky"; not "The U.S.").
fn names_someone(source: &str) -> bool {
    let words: Vec<&str> = source
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.windows(2).any(|p| {
        capitalized(p[0]) && capitalized(p[1]) && !normalize::is_stop_word(&p[0].to_lowercase())
    })
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

/// Whether a question's stem is a unit of time ("day", "date", "year", "time", "month").
pub(super) fn names_a_unit_of_time(stem: &str) -> bool {
    matches!(
        stem,
        "day" | "date" | "year" | "time" | "month" | "week" | "exact" | "exactli"
    )
}

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

/// Words of a question that ask about an intention itself ("did he really offer to testify?",
/// "what did he offer to show?"), not what came of it.
const INTENDING: &[&str] = &[
    "offer", "offered", "willing", "propose", "proposed", "promise", "promised",
];

/// What marks a source sentence as an intention, not a deed (lowercase, in spaces).
const INTENDED: &[&str] = &["willing to", "would ", "considers", "considering", " will "];

/// Whether the words of a question ask if what `source` reports only as an intention ("was willing
/// to testify", "would be taking advantage of the opportunity", "considers changes") was carried
/// out: "did he actually testify?", "did they ever hand over the source code?", "has it really
/// submitted the response?", "was the code in fact handed over?", "has he testified yet?". The article tells one moment, so it does not say. Not "did he really
/// offer to testify?", which asks the intention itself.
pub(super) fn asks_if_carried_out(w: &[String], source: &str) -> bool {
    let source = format!(" {} ", source.to_lowercase());
    if !INTENDED.iter().any(|i| source.contains(i)) {
        return false;
    }
    let start = w.iter().position(|x| !LEAD_INS.contains(&x.as_str()));
    let Some(start) = start else {
        return false;
    };
    let w = &w[start..];
    // "what did DHS decide after reading Kaspersky's written response?", "what did the written
    // response say?": the intended thing taken as done.
    if takes_the_intended_as_done(w, &source) {
        return true;
    }
    let asks_done = matches!(
        w.first().map(String::as_str),
        Some("did" | "has" | "have" | "had" | "was" | "were")
    ) && (w.iter().any(|x| {
        matches!(
            x.as_str(),
            "actually"
                | "actualy"
                | "ever"
                | "really"
                | "already"
                | "finally"
                | "eventually"
                | "indeed"
                | "truly"
                | "yet"
        )
    }) || w.windows(2).any(|p| p[0] == "in" && p[1] == "fact")
        // "did the source code review happen?", "has the testimony taken place?"
        || w.iter().any(|x| {
            matches!(
                x.as_str(),
                "happen" | "happened" | "occur" | "occurred" | "place" | "ahead"
            )
        }));
    // "did Congress actually take him up on his offer?" asks what came of the offer (every
    // labelled set: 3 fewer out of scope answered, nothing else moved).
    let taken_up = w.windows(2).any(|p| p[0] == "up" && p[1] == "on");
    // "did he ever actually testify after making the offer?", "has anyone reviewed the code
    // since he offered it?": the intention named after "after" or "since" is the moment the
    // question starts from, not what it asks.
    let asked_part = w
        .iter()
        .position(|x| matches!(x.as_str(), "after" | "since"))
        .map_or(w, |end| &w[..end]);
    let asks_intention = !taken_up
        && asked_part
            .iter()
            .any(|x| matches!(x.as_str(), "say" | "said") || INTENDING.contains(&x.as_str()));
    asks_done && !asks_intention
}

/// Whether the words (a question) take the thing `source` (lowercase, in spaces) only intends as
/// done: a moment after it was received ("after" or "once", a word of receiving within two
/// words, a word of the intention within four more: "what did DHS decide after reading the
/// written response?"), or what it said ("what did the written response actually say?", "what
/// did they put in the response?"; not "what did Kaspersky say about a written response?", the
/// intention itself).
fn takes_the_intended_as_done(w: &[String], source: &str) -> bool {
    let Some(from) = INTENDED.iter().filter_map(|i| source.find(i)).min() else {
        return false;
    };
    let intended = normalize::words(&source[from..]);
    let of_intention = |x: &String| x.len() >= 5 && intended.contains(x);
    let after_received = w.iter().enumerate().any(|(i, x)| {
        matches!(x.as_str(), "after" | "once")
            && w[i + 1..w.len().min(i + 3)].iter().any(|r| {
                matches!(
                    r.as_str(),
                    "got" | "get" | "getting" | "received" | "receiving" | "receives" | "read"
                        | "reading" | "reviewed" | "reviewing" | "saw" | "seeing"
                )
            })
            && w[i + 2..w.len().min(i + 7)].iter().any(of_intention)
            // "once the written response arrived", "after it was submitted".
            || matches!(x.as_str(), "after" | "once")
                && w[i + 1..w.len().min(i + 6)].iter().position(of_intention).is_some_and(|j| {
                    w[i + 2 + j..w.len().min(i + 5 + j)].iter().any(|d| {
                        matches!(
                            d.as_str(),
                            "arrived" | "arrives" | "submitted" | "sent" | "delivered" | "filed"
                        )
                    })
                })
    });
    let what_it_said = w.iter().position(of_intention).is_some_and(|j| {
        w[..j].iter().any(|x| x == "what")
            && w[j + 1..].iter().any(|x| {
                matches!(
                    x.as_str(),
                    "say" | "said" | "says" | "contain" | "contained"
                )
            })
    });
    let put_in = w.windows(2).enumerate().any(|(i, p)| {
        p[0] == "put" && p[1] == "in" && w[i + 2..w.len().min(i + 5)].iter().any(of_intention)
    });
    // "what did they find?", "what did the review show?": what came of it; not "what did he
    // offer to show?", the intention itself.
    let what_came_of_it = w.first().is_some_and(|x| x == "what")
        && !w.iter().any(|x| INTENDING.contains(&x.as_str()))
        && w.get(1)
            .is_some_and(|x| matches!(x.as_str(), "did" | "has" | "have"))
        && w.iter().skip(2).any(|x| {
            matches!(
                x.as_str(),
                "find"
                    | "found"
                    | "show"
                    | "showed"
                    | "shown"
                    | "reveal"
                    | "revealed"
                    | "conclude"
                    | "concluded"
                    | "uncover"
                    | "uncovered"
            )
        });
    after_received || what_it_said || put_in || what_came_of_it
}

/// Whether `source` gives the detail asked, of the kind `asked`, as a reply to it must: a
/// number only a count gives. "A few customers" and "repeatedly denied" answer "how many?" on
/// the topic (see [`gives`]), but the reply says the article gives no number.
pub(super) fn gives_exactly(source: &str, asked: Asked) -> bool {
    match asked {
        Asked::Quantity => names_a_number(&normalize::words(source)),
        _ => gives(source, asked),
    }
}

/// Whether the words name a number: a count in digits, or in words ("two", "thousands").
fn names_a_number(words: &[String]) -> bool {
    counts(words)
        || words
            .iter()
            .any(|w| NUMBERS.contains(&w.as_str()) || LARGE_NUMBERS.contains(&w.as_str()))
}

/// Whether the words hold a count in digits ("2016" is a year, not a count).
fn counts(words: &[String]) -> bool {
    let year = |w: &str| w.len() == 4 && w.parse::<u32>().is_ok();
    words
        .iter()
        .any(|w| w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() && !year(w))
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
    let count = counts(&words);
    match asked {
        // "may" is a month only after "in" ("in May"), not in "the software may be".
        Asked::When => {
            digits
                || any(DAYS)
                || any(MONTHS)
                || any(PERIODS)
                || words.windows(2).any(|w| w[0] == "in" && w[1] == "may")
        }
        Asked::Quantity => names_a_number(&words) || any(VAGUE_NUMBERS),
        Asked::Amount => count || any(LARGE_NUMBERS) || any(&["dollars", "percent"]),
        Asked::Day => any(DAYS) || words.iter().any(|w| day_number(w)),
        Asked::Date => words.iter().any(|w| day_number(w)),
        Asked::Year => words.iter().any(|w| year(w)),
        Asked::Later => false,
        Asked::Duration => any(PERIODS) || count,
        Asked::Time => any(TIMES_OF_DAY),
        Asked::Names => names_someone(source),
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
        Asked::Proof => false,
        Asked::Beyond => beyond_government(&words),
        Asked::Place => names_a_place(source, &words),
        Asked::Compared => false,
        Asked::Age => false,
        Asked::Method => false,
        Asked::Link => words.iter().any(|w| w.starts_with("http") || w == "www"),
    }
}

/// Whether the words ask how something was done: "how did the russians hack the election?",
/// "how exactly Russia hack it?", "how would the kremlin backdoor work?"; not how the hacking
/// relates to the ban ("how is the 2016 hack connected?", "how did the hack change things?") or
/// how the LogMeIn perk works (no backdoor named).
fn asks_method(w: &[&str]) -> bool {
    const RELATES: &[&str] = &[
        "connected",
        "connect",
        "related",
        "relate",
        "relates",
        "tie",
        "ties",
        "fit",
        "fits",
        "factor",
        "change",
        "changed",
        "affect",
        "affected",
        "link",
        "linked",
        "come",
    ];
    let hacked = |x: &str| matches!(x, "hack" | "hacked" | "hacking");
    let backdoor = w.iter().any(|x| matches!(*x, "backdoor" | "backdoors"));
    !w.iter().any(|x| RELATES.contains(x))
        && w.iter().enumerate().any(|(i, x)| {
            *x == "how"
                && w[i + 1..w.len().min(i + 8)]
                    .iter()
                    .any(|n| hacked(n) || backdoor && matches!(*n, "work" | "works"))
        })
}

/// Whether the words ask for a link: "the link to the statement", "url of the tweet?"; not
/// links between the company and the Kremlin.
fn asks_link(w: &[&str]) -> bool {
    const TEXTS: &[&str] = &[
        "statement",
        "website",
        "site",
        "tweet",
        "post",
        "article",
        "page",
        "source",
        "story",
        "twitter",
    ];
    w.iter().any(|x| matches!(*x, "url" | "urls"))
        || w.iter().enumerate().any(|(i, x)| {
            matches!(*x, "link" | "links")
                && (w[i + 1..w.len().min(i + 5)]
                    .iter()
                    .any(|n| TEXTS.contains(n))
                    // "the source link", "article link": the text named before.
                    || i > 0 && TEXTS.contains(&w[i - 1]))
        })
}

/// Whether the words ask what came of an offer or a plan: "did Congress accept his offer?",
/// "did they take him up on it?", "did he go on to testify?" (every labelled set: 4 fewer out
/// of scope answered, nothing else moved).
fn accepted_or_went_on(w: &[&str]) -> bool {
    let offer = w
        .iter()
        .any(|x| matches!(*x, "offer" | "offers" | "offered"));
    let accepted = w
        .iter()
        .any(|x| matches!(*x, "accept" | "accepted" | "accepts"));
    accepted && offer
        || w.windows(3).any(|p| {
            matches!(p[0], "go" | "went" | "gone" | "going") && p[1] == "on" && p[2] == "to"
        })
        || w.windows(3)
            .any(|p| matches!(p, ["take" | "took", "him" | "them", "up"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kinds of detail from the out-of-scope questions written by kind in session 81.
    #[test]
    fn details_written_by_kind() {
        for (question, kind) in [
            (
                "who were the top officials asked at the senate hearing",
                Asked::Names,
            ),
            ("can u give me the source link", Asked::Link),
            ("How exactly does the alleged backdoor work?", Asked::Method),
            ("kaspersky offices in usa where", Asked::Place),
            (
                "total customers who complained to logmein?",
                Asked::Quantity,
            ),
            (
                "number of government computers running kaspersky?",
                Asked::Quantity,
            ),
            ("how much does kaspersky total security cost", Asked::Amount),
        ] {
            assert_eq!(asked(question), Some(kind), "{question}");
        }
        let other = |q: &str| asks_for_other_texts(&normalize::words(q));
        assert!(other("can you recommend me other articles about this"));
        assert!(other(
            "Thanks, can you summarize other news about Russia too?"
        ));
        assert!(!other("what does the article say about the ban?"));
    }

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
            (
                "did congress accept his offer to testify",
                Some(Asked::Later),
            ),
            ("did congress take him up on it", Some(Asked::Later)),
            ("did he in fact go on to testify", Some(Asked::Later)),
            ("who signed the order banning kaspersky", Some(Asked::Names)),
            (
                "who was chairing the senate intelligence committee hearing",
                Some(Asked::Names),
            ),
            ("who chaired the hearing in may", Some(Asked::Names)),
            ("who wrote this article", Some(Asked::Names)),
            (
                "Which agencies exactly were running Kaspersky?",
                Some(Asked::Names),
            ),
            (
                "can u give me the author's name for my citation",
                Some(Asked::Names),
            ),
            (
                "who exactly signed off on this ban, i want a name",
                Some(Asked::Names),
            ),
            ("is kaspersky banned in england too", Some(Asked::Beyond)),
            // Session 66: advice for the asker's own device, a passive finding, a widening to
            // come, a proof asked with "prove".
            (
                "Is Kaspersky good antivirus for my home computer, I buy or no?",
                Some(Asked::Beyond),
            ),
            (
                "was any actual spyware found in kaspersky's source code?",
                Some(Asked::Later),
            ),
            (
                "is the ban going to be extended to private companies?",
                Some(Asked::Later),
            ),
            (
                "did anyone ever prove the software sent data to the FSB",
                Some(Asked::Proof),
            ),
            ("he offered the source code to prove it", None),
            (
                "fbi agents meet him in moscow or in usa? where was interview",
                Some(Asked::Place),
            ),
            (
                "how exactly did the russians hack the 2016 election",
                Some(Asked::Method),
            ),
            (
                "technically how would the kremlin backdoor work",
                Some(Asked::Method),
            ),
            ("how is the 2016 election hack connected to this", None),
            ("logmein gives kaspersky for free how does that work", None),
            (
                "can u give me the link to kaspersky's statement",
                Some(Asked::Link),
            ),
            ("is there a link between kaspersky and the kremlin", None),
            ("did the fbi find proof in the end", Some(Asked::Later)),
            ("has the ban been lifted since then", Some(Asked::Later)),
            ("how did logmein end up in this story", None),
            ("what did they say when it was banned", None),
            ("why was it banned", None),
            ("has he testified yet", Some(Asked::Later)),
            ("was the ban later extended to shops", Some(Asked::Later)),
            ("will they ban it for everyone next", Some(Asked::Later)),
            ("will it cover councils next year", Some(Asked::Later)),
            ("has the agency responded since", Some(Asked::Later)),
            ("submitted yet?", Some(Asked::Later)),
            (
                "which other russian software got banned",
                Some(Asked::Compared),
            ),
            ("any other av vendors affected?", Some(Asked::Compared)),
            (
                "which other russian tech companies are under investigation",
                Some(Asked::Compared),
            ),
            (
                "In the end, did Eugene Kaspersky actually testify?",
                Some(Asked::Later),
            ),
            (
                "what antivirus will agencies use instead of kaspersky",
                Some(Asked::Later),
            ),
            ("any alternatives?", Some(Asked::Later)),
            ("reading this instead of sleeping, why was it banned", None),
            ("they got it free with some other software", None),
            ("they decide anything yet?", Some(Asked::Later)),
            (
                "does logmein still bundle kaspersky today",
                Some(Asked::Later),
            ),
            ("what happened after that", Some(Asked::Later)),
            ("what came out of it?", Some(Asked::Later)),
            ("what happened at the hearing", None),
            ("did the fbi find any proof", Some(Asked::Later)),
            (
                "did logmein stop bundling kaspersky after this",
                Some(Asked::Later),
            ),
            ("why did agencies have to stop using it", None),
            (
                "did the fbi find any real connection to the fsb",
                Some(Asked::Later),
            ),
            (
                "did the interview turn up any actual links",
                Some(Asked::Later),
            ),
            (
                "what the fbi find out after the interview",
                Some(Asked::Later),
            ),
            (
                "what did the fbi find out from the interview",
                Some(Asked::Later),
            ),
            (
                "what did dhs conclude after reading the response",
                Some(Asked::Later),
            ),
            ("what was the outcome of the interview", Some(Asked::Later)),
            ("what did they hope to find", None),
            ("as a result, what did kaspersky do", None),
            ("who found kaspersky", None),
            ("how long did the interview last", Some(Asked::Duration)),
            ("how long ago was it", Some(Asked::When)),
            ("what time of day was it announced", Some(Asked::Time)),
            ("which senators asked", Some(Asked::Names)),
            ("what's the name of the official", Some(Asked::Names)),
            ("which agencies are affected", None),
            ("has kaspersky been able to clear its name", None),
            ("what were the agents trying to find out", None),
            ("haven't seen how the company argued its case yet", None),
            ("have they cleared their name yet", Some(Asked::Later)),
            ("whats his name", Some(Asked::Names)),
            ("was the fbi trying to find links to the fsb", None),
            ("from what officials said, is it true", None),
            ("can i still use it on my home laptop", Some(Asked::Beyond)),
            ("are regular americans banned too?", Some(Asked::Beyond)),
            (
                "does it cover state and local governments",
                Some(Asked::Beyond),
            ),
            ("can i keep it on my own pc", Some(Asked::Beyond)),
            (
                "should I take it off my own home laptop",
                Some(Asked::Beyond),
            ),
            (
                "can i still run it on my personal gaming pc",
                Some(Asked::Beyond),
            ),
            (
                "is it still safe to run kaspersky on my phone?",
                Some(Asked::Beyond),
            ),
            ("is it safe for my kids laptop", Some(Asked::Beyond)),
            (
                "should i uninstall it from his computer?",
                Some(Asked::Beyond),
            ),
            (
                "was it ever actually used to spy on anyone?",
                Some(Asked::Proof),
            ),
            (
                "has kaspersky ever been caught passing data?",
                Some(Asked::Proof),
            ),
            ("was the election actually hacked?", None),
            ("are any states banning it too", Some(Asked::Beyond)),
            (
                "is it illegal for me as a private citizen to use it?",
                Some(Asked::Beyond),
            ),
            (
                "does the ban apply to private companies too?",
                Some(Asked::Beyond),
            ),
            ("do hospitals have to remove it too?", Some(Asked::Beyond)),
            ("does it apply to our county office", Some(Asked::Beyond)),
            ("why did the united states ban it", None),
            ("has korea banned it too?", Some(Asked::Beyond)),
            ("I'm from Brazil, why did the US ban it?", None),
            ("were officials asked about it on their own computers", None),
            ("is my personal info going to russia", None),
            ("does it phone home to moscow", None),
            ("what did homeland security ask for", None),
            ("why do small businesses get it free", None),
            ("is it the largest private cybersecurity company", None),
            ("which other countries have banned it", Some(Asked::Beyond)),
            (
                "did he ultimately testify before congress",
                Some(Asked::Later),
            ),
            ("was the ban lifted", Some(Asked::Later)),
            ("which fbi agents interviewed him", Some(Asked::Names)),
            ("who were the officials asked", Some(Asked::Names)),
            (
                "could you name the officials who were questioned",
                Some(Asked::Names),
            ),
            ("who were the people behind the ban", None),
            ("where did the fbi interview him", Some(Asked::Place)),
            ("in which city is logmein", Some(Asked::Place)),
            ("HQ?", Some(Asked::Place)),
            ("where does the 2016 election come in", None),
            (
                "did the us ban huawei for the same reasons",
                Some(Asked::Compared),
            ),
            ("is this the same as the tiktok ban", Some(Asked::Compared)),
            ("kaspersky ban date", Some(Asked::Date)),
            ("what day of the month was that", Some(Asked::Date)),
            ("the exact calendar date of the ban", Some(Asked::Date)),
            ("how old is he", Some(Asked::Age)),
            ("age?", Some(Asked::Age)),
            ("what age is eugene kaspersky", Some(Asked::Age)),
            ("how old is the russia thing", None),
            ("was the tweet posted the same day as the ban", None),
        ] {
            assert_eq!(asked(question), detail, "{question}");
        }
    }

    #[test]
    fn which_one_the_answer_says_the_article_does_not_name() {
        let answer = "LogMeIn offers it to buyers of its products. The article doesn't say which \
                      products.";
        let left_out = left_out_stems(answer);
        for asked in [
            "which LogMeIn products come with it?",
            "Which exact products is it bundled with?",
            "it comes with which products",
        ] {
            assert!(
                asks_what_the_answer_leaves_out(asked, answer, &left_out),
                "{asked}"
            );
        }
        // Naming the kind without asking which one, or asking which one of another kind.
        for asked in [
            "does LogMeIn give kaspersky away with its products?",
            "which company offers it?",
            "the products, which come with it?",
        ] {
            assert!(
                !asks_what_the_answer_leaves_out(asked, answer, &left_out),
                "{asked}"
            );
        }
        let who = "The U.S. banned it. It does not name the department or official who issued it.";
        assert!(asks_which_the_answer_does_not_name(
            &normalize::words("which department signed it"),
            who
        ));
        assert!(!asks_which_the_answer_does_not_name(
            &normalize::words("which government banned it"),
            who
        ));
    }

    #[test]
    fn a_question_word_joining_a_clause_asks_nothing() {
        let interview = "FBI agents interviewed the founder. The article doesn't say when the \
                         interview took place or what it found.";
        let left_out = left_out_stems(interview);
        assert!(!asks_what_the_answer_leaves_out(
            "what were the agents looking for when they interviewed him?",
            interview,
            &left_out
        ));
        assert!(asks_what_the_answer_leaves_out(
            "what did they look for, and when was it?",
            interview,
            &left_out
        ));
        let quote = "The quote calls it concerning. The article does not say who said it.";
        assert!(asks_what_the_answer_leaves_out(
            "what means this quote, who tell it?",
            quote,
            &left_out_stems(quote)
        ));
    }

    #[test]
    fn specifics_the_answer_says_the_article_leaves_out() {
        let answer = "Kaspersky Lab is considering changes. The article doesn't say what they are.";
        assert!(asks_what_the_answer_leaves_out(
            "what specific changes is it planning?",
            answer,
            &left_out_stems(answer)
        ));
        assert!(asks_what_the_answer_leaves_out(
            "which changes exactly",
            answer,
            &left_out_stems(answer)
        ));
        // Asked without wanting specifics, the answer answers it.
        assert!(!asks_what_the_answer_leaves_out(
            "what changes is it planning",
            answer,
            &left_out_stems(answer)
        ));
        assert!(!asks_what_the_answer_leaves_out(
            "what exactly did the US ban?",
            "The U.S. banned Kaspersky software from federal agencies.",
            &left_out_stems("The U.S. banned Kaspersky software from federal agencies.")
        ));
        assert!(asks_what_the_answer_leaves_out(
            "Could you specify the exact changes?",
            answer,
            &left_out_stems(answer)
        ));
        // A word the answer holds only where it says what the article does not give.
        let who = "The U.S. banned it. It does not name the department or official who issued it.";
        assert!(asks_what_the_answer_leaves_out(
            "Which department signed it?",
            who,
            &left_out_stems(who)
        ));
        assert!(!asks_what_the_answer_leaves_out(
            "Who banned it?",
            who,
            &left_out_stems(who)
        ));
        let interview = "FBI agents interviewed the founder. The article doesn't say when the \
                         interview took place or what it found.";
        assert!(asks_what_the_answer_leaves_out(
            "where did the interview take place?",
            interview,
            &left_out_stems(interview)
        ));
        // "in which month?" asks when.
        assert!(asks_what_the_answer_leaves_out(
            "the FBI interview, it was in which month?",
            interview,
            &left_out_stems(interview)
        ));
        // Not a word the answer also tells of, nor a question word.
        assert!(!asks_what_the_answer_leaves_out(
            "did the FBI interview him?",
            interview,
            &left_out_stems(interview)
        ));
        assert!(!asks_what_the_answer_leaves_out(
            "what does the FSB say?",
            interview,
            &left_out_stems(interview)
        ));
        // Nor the words that say it is left out.
        assert!(!asks_what_the_answer_leaves_out(
            "What does the article say about these changes?",
            answer,
            &left_out_stems(answer)
        ));
        let quote = "The quote calls it concerning. The article does not say who said it.";
        assert!(asks_what_the_answer_leaves_out("who said it?", quote, &[]));
    }

    #[test]
    fn what_was_asked_where_the_source_reports_no_question() {
        let fbi = "Eugene Kaspersky was interviewed by FBI agents seeking to identify links.";
        let senate = "Top officials were asked whether they would be comfortable with it.";
        let asks = |q: &str, source: &str| asks_what_was_asked(&normalize::words(q), source);
        assert!(asks("what did the FBI agents ask him?", fbi));
        assert!(asks("what questions did they ask Eugene exactly?", fbi));
        // The source tells what was asked; the topic asked about; the asker's own asking.
        assert!(!asks("what were the officials asked?", senate));
        assert!(!asks(
            "which intelligence service were they asking about?",
            fbi
        ));
        assert!(!asks("which agency was it, may I ask?", fbi));
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
        assert!(!gives("banned from federal agencies", Asked::Beyond));
        assert!(gives("home users may keep it", Asked::Beyond));
        assert!(gives(
            "Boston-based software provider LogMeIn",
            Asked::Place
        ));
        assert!(gives("a statement posted on its website", Asked::Place));
        assert!(!gives("interviewed by FBI agents", Asked::Place));
        assert!(!gives("In July, he said", Asked::Place));
        for time in ["decemb", "friday", "juli", "weekend", "2015"] {
            assert!(names_a_time(time), "{time}");
        }
        for other in ["ban", "mar", "fri", "sun", "2", "kaspersky"] {
            assert!(!names_a_time(other), "{other}");
        }
        for reaction in [
            "Did Putin comment on the Kaspersky decision?",
            "How did the Kremlin officially respond to the American ban?",
            "did russia hit back",
            "Has the FSB itself commented on the allegations?",
            "what was the russian government's reaction",
            "did putin or the kremlin say anything",
            "is the kremlin going to retaliate",
        ] {
            assert!(
                asks_unreported_reaction(&normalize::words(reaction)),
                "{reaction}"
            );
        }
        for person in [
            "is he russian?",
            "is he russian or what 🤔",
            "what nationality is the founder",
            "he is russian?",
            "he russian?",
        ] {
            assert!(asks_nationality(&normalize::words(person)), "{person}");
        }
        for company in [
            "is it a russian company",
            "the firm is russian, so why trust it",
        ] {
            assert!(!asks_nationality(&normalize::words(company)), "{company}");
        }
        for safe in [
            "is kaspersky safe to use",
            "ok and is it safe to use??",
            "grand. would it be safe on the till computer in me pub so?",
        ] {
            assert!(asks_if_safe(&normalize::words(safe)), "{safe}");
        }
        assert!(!asks_if_safe(&normalize::words(
            "how did kaspersky react to getting banned?? are they saying its safe??"
        )));
        for not_advice in [
            "is my data safe wiht kaspersky or does it go ot russia",
            "just to be safe, are they planning to answer homeland security's worries?",
            "Why is LogMeIn giving out Kaspersky, and is it actually safe for my business?",
        ] {
            assert!(!asks_if_safe(&normalize::words(not_advice)), "{not_advice}");
        }
        for legal in [
            "are they gonna sue",
            "lawsuit?",
            "did the company get fined?",
            "have they charged him with anything",
            "They will go to the court?",
            "Are they planning legal action?",
        ] {
            assert!(asks_about_legal_action(&normalize::words(legal)), "{legal}");
        }
        for not_legal in [
            "is kaspersky gonna file like a written appeal to homeland sec",
            "what are the charges against kaspersky",
        ] {
            assert!(
                !asks_about_legal_action(&normalize::words(not_legal)),
                "{not_legal}"
            );
        }
        for money in [
            "what's the stock doing",
            "curious what Kaspersky's stock price did after the ban",
            "did their share price drop?",
            "How much revenue does Kaspersky make in the US?",
            "did the ban hurt their sales",
            "how much money did they lose",
        ] {
            assert!(asks_about_finances(&normalize::words(money)), "{money}");
        }
        for not_money in [
            "I don't put much stock in him, so what did they ban?",
            "the office shares one laptop, do we have to remove it?",
            "I work in sales, who banned it?",
            "is it publicly traded or on the stock market?",
        ] {
            assert!(
                !asks_about_finances(&normalize::words(not_money)),
                "{not_money}"
            );
        }
        for abroad in [
            "have other countries banned it too?",
            "did any other country follow the US?",
        ] {
            assert!(
                asks_about_other_countries(&normalize::words(abroad)),
                "{abroad}"
            );
        }
        for here in [
            "was it the US or some other country that banned it?",
            "is the government more careful with companies of other countries now?",
        ] {
            assert!(
                !asks_about_other_countries(&normalize::words(here)),
                "{here}"
            );
        }
        for not_theirs in [
            "what did the moscow firm have to say after washington axed em",
            "Kaspersky has some connection with Kremlin or they say no?",
            "My friend from Moscow says Kaspersky has nothing to do with the Kremlin",
            "What does that sentence about the Russian government say exactly?",
            "who banned kaspersky, trump?",
            "how did kaspersky respond to the ban",
        ] {
            assert!(
                !asks_unreported_reaction(&normalize::words(not_theirs)),
                "{not_theirs}"
            );
        }
        let willing = "In July, Kaspersky said he was willing to testify before congress";
        assert!(asks_if_carried_out(
            &normalize::words("did he actually testify?"),
            willing
        ));
        assert!(asks_if_carried_out(
            &normalize::words("did congress ever take him up on his offer?"),
            willing
        ));
        assert!(asks_if_carried_out(
            &normalize::words("did they ever hand over the code"),
            willing
        ));
        assert!(!asks_if_carried_out(
            &normalize::words("did he really offer to testify?"),
            willing
        ));
        assert!(!asks_if_carried_out(
            &normalize::words("did he testify?"),
            willing
        ));
        // What came of it, or whether it happened.
        for done in [
            "did the source code review happen",
            "what did they find?",
            "what did the code review show",
        ] {
            assert!(
                asks_if_carried_out(&normalize::words(done), willing),
                "{done}"
            );
        }
        assert!(!asks_if_carried_out(
            &normalize::words("what did he offer to show congress?"),
            willing
        ));
        assert!(asks_if_carried_out(
            &normalize::words("was the source code in fact handed over to the government?"),
            willing
        ));
        assert!(asks_if_carried_out(
            &normalize::words("has he testified yet?"),
            willing
        ));
        // The offer named after "after" is where the question starts from.
        assert!(asks_if_carried_out(
            &normalize::words("did he ever actually testify after making the offer?"),
            willing
        ));
        let dhs = "it would be taking advantage of the opportunity provided by the DHS to submit \
                   a written response";
        assert!(asks_if_carried_out(
            &normalize::words("What did DHS decide after reading Kaspersky's written response?"),
            dhs
        ));
        assert!(asks_if_carried_out(
            &normalize::words("what did the DHS say once it received the response"),
            dhs
        ));
        assert!(!asks_if_carried_out(
            &normalize::words("what will kaspersky send to the DHS?"),
            dhs
        ));
        assert!(!asks_if_carried_out(
            &normalize::words("did he actually testify?"),
            "Eugene Kaspersky was interviewed by FBI agents"
        ));
        // "A few" and "repeatedly" answer how many on the topic, and give no number.
        let denied = "the company has repeatedly denied";
        assert!(gives(denied, Asked::Quantity));
        assert!(!gives_exactly(denied, Asked::Quantity));
        let few = "We've had few customers raise concerns";
        assert!(gives(few, Asked::Quantity));
        assert!(!gives_exactly(few, Asked::Quantity));
        assert!(gives_exactly("two customers complained", Asked::Quantity));
        assert!(gives_exactly("thousands of customers", Asked::Quantity));
        assert!(!gives_exactly("the 2016 election", Asked::Quantity));
        assert!(gives("said Craig VerColen, spokesman", Asked::Names));
        assert!(!gives(
            "At a Senate intelligence committee hearing in May, top USA officials were asked",
            Asked::Names
        ));
        assert!(!gives("The U.S. cited concerns", Asked::Names));
        // The names asked are the people's the question asks about, not anyone's.
        let interview = "Eugene Kaspersky, the company founder, was interviewed by Federal \
                         Bureau of Investigation agents seeking to identify any links";
        assert!(gives(interview, Asked::Names));
        assert!(!names_the_people_asked(
            "which fbi agents talked to him?",
            interview
        ));
        assert!(names_the_people_asked("what's his name?", interview));
        for named in [
            "said Craig VerColen, a LogMeIn official",
            "LogMeIn official Craig VerColen said",
        ] {
            assert!(
                names_the_people_asked("which official said it", named),
                "{named}"
            );
        }
        let unnamed = "top officials from the Department of Homeland Security said";
        assert!(!names_the_people_asked("which official said it", unnamed));
        // A body's name, or its head's: a source naming someone else gives neither.
        let subsidiary = "Under scrutiny, Kaspersky Lab considers changes to US subsidiary";
        assert!(!names_the_people_asked(
            "what is the name of kaspersky's american subsidiary?",
            subsidiary
        ));
        assert!(!names_the_people_asked(
            "who is in charge of the us subsidiary?",
            subsidiary
        ));
        assert!(gives(
            "questioned the connection for years.",
            Asked::Duration
        ));
        assert!(!gives("was interviewed by FBI agents", Asked::Duration));
        assert!(!gives("which was announced Wednesday.", Asked::Time));
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
