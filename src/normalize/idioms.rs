//! Set phrases that only frame, hedge, stress or soften a question ("in the first place", "why
//! on earth", "to be fair", "in plain English"), from `idioms.txt`. Their words would weigh as
//! words of what is asked ("first", "earth", "plain") and hold a clear answer back; a question
//! is read without them (see [`drop_idioms`]).

use std::ops::Range;
use std::sync::OnceLock;

use super::lexicon::QUESTION_WORDS;
use super::phrases::{Phrases, chat_forms};

/// One phrase a line, lowercase (`#` lines describe the list).
const LIST: &str = include_str!("idioms.txt");

/// The phrases as [`super::words`] reads them.
fn phrases() -> &'static Phrases<()> {
    static PHRASES: OnceLock<Phrases<()>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        Phrases::new(
            LIST.lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .map(|line| (super::words(line), ())),
        )
    })
}

/// The ranges of `words` that are set phrases (a phrase's opening question word excluded), and
/// "in place" after "put" ("who put the ban in place": who imposed it).
fn idiom_ranges(words: &[String]) -> Vec<Range<usize>> {
    let phrases = phrases();
    let chat = chat_forms(words);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let found = phrases.longest_at(&words[i..], &chat[i..]).map(|(p, ())| p);
        if let Some(p) = found {
            // "whats the deal with ..." keeps its "whats", as "what on earth" its "what".
            let from = if QUESTION_WORDS.contains(&p[0].as_str()) || p[0] == "whats" {
                i + 1
            } else {
                i
            };
            out.push(from..i + p.len());
            i += p.len();
            continue;
        }
        if let Some(end) = purpose_end(words, i) {
            out.push(i..end);
            i = end;
            continue;
        }
        if words[i] == "in"
            && words.get(i + 1).is_some_and(|w| w == "place")
            && words[i.saturating_sub(4)..i]
                .iter()
                .any(|w| matches!(w.as_str(), "put" | "puts" | "putting"))
        {
            out.push(i..i + 2);
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

/// What the asker will use the answer for or where ("for my seminar notes", "for our vendor
/// risk register", "before the staff meeting"): the asker's purpose, no word of what is asked.
/// The nouns are kinds of document, occasion and audience; none names a topic of the article
/// ("committee", "hearing", "customers", "tweet" and "statement" are left out).
#[rustfmt::skip]
const PURPOSE_NOUNS: &[&str] = &[
    "notes", "note", "file", "files", "record", "records", "report", "reports", "paper", "papers",
    "essay", "essays", "article", "piece", "story", "post", "blog", "column", "episode", "show",
    "podcast", "segment", "broadcast", "briefing", "brief", "memo", "meeting", "class", "lecture",
    "seminar", "presentation", "slides", "deck", "newsletter", "register", "log", "trail",
    "minutes", "thesis", "dissertation", "assignment", "homework", "project", "chapter",
    "glossary", "translation", "intro", "introduction", "copy", "listeners", "viewers",
    "readers", "students", "audience", "team", "boss", "manager", "supervisor", "clients",
    "colleagues", "board", "pack", "sheet", "notebook", "diary", "journal",
    "newsroom", "desk", "channel", "course", "exam", "quiz", "workshop", "webinar", "debate",
];

/// Determiners that open a purpose ("for *my* class", "before *the* meeting").
const PURPOSE_DETERMINERS: &[&str] = &[
    "my", "our", "your", "the", "a", "an", "this", "that", "his", "her", "their",
];

/// The end of a purpose phrase opening at `i`: "for" or "before", a determiner, up to three
/// words that are not function words, and a purpose noun (and any purpose noun after it: "for
/// the show notes").
fn purpose_end(words: &[String], i: usize) -> Option<usize> {
    if !matches!(words[i].as_str(), "for" | "before") {
        return None;
    }
    if !PURPOSE_DETERMINERS.contains(&words.get(i + 1)?.as_str()) {
        return None;
    }
    let is_noun = |w: &String| PURPOSE_NOUNS.contains(&w.as_str());
    let from = i + 2;
    let head = (from..words.len().min(from + 4))
        .take_while(|&j| is_noun(&words[j]) || !super::is_stop_word(&words[j]))
        .find(|&j| is_noun(&words[j]))?;
    let end = (head + 1..words.len())
        .find(|&j| !is_noun(&words[j]))
        .unwrap_or(words.len());
    Some(end)
}

/// `words` without their set phrases, unless nothing else is left ("quick question" alone,
/// "thanks in advance" is still small talk).
pub(super) fn drop_idioms(words: &mut Vec<String>) {
    let ranges = idiom_ranges(words);
    let dropped: usize = ranges.iter().map(|r| r.len()).sum();
    if ranges.is_empty() || dropped == words.len() {
        return;
    }
    let mut i = 0;
    words.retain(|_| {
        i += 1;
        !ranges.iter().any(|r| r.contains(&(i - 1)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_phrases_that_only_frame_are_left_out() {
        let read = |text: &str| {
            let mut w = super::super::words(text);
            drop_idioms(&mut w);
            w.join(" ")
        };
        assert_eq!(read("who founded it in the first place"), "who founded it");
        // A phrase's words also in their chat or dialect spelling.
        assert_eq!(
            read("who set up dat company in di first place"),
            "who set up dat company"
        );
        assert_eq!(read("whats the deal with the senate"), "whats the senate");
        assert_eq!(read("what's the deal with the senate"), "what the senate");
        assert_eq!(read("why on earth did they ban it"), "why did they ban it");
        assert_eq!(read("what in the world is kaspersky"), "what is kaspersky");
        assert_eq!(
            read("explain the claim in plain english"),
            "explain the claim"
        );
        assert_eq!(read("in layman's terms, why?"), "why");
        assert_eq!(read("who put the ban in place"), "who put the ban");
        assert_eq!(read("I'm just curious, who founded it"), "who founded it");
        // Words of what is asked stay: the company's place in the world, a place.
        assert_eq!(
            read("is it the biggest firm in the world"),
            "is it the biggest firm in the world"
        );
        assert_eq!(read("what is in place of it"), "what is in place of it");
        assert_eq!(read("in english please"), "in english please");
        // A message of nothing else keeps it.
        assert_eq!(read("thanks in advance"), "thanks in advance");
        // What the asker will use the answer for.
        assert_eq!(
            read("need the official reason for the ban for our cyber risk file"),
            "need the official reason for the ban"
        );
        assert_eq!(
            read("who banned it, for my show notes please"),
            "who banned it please"
        );
        assert_eq!(
            read("the day it was announced, before the staff meeting"),
            "the day it was announced"
        );
        // Not a purpose: the ban's reason, the Senate's committee, a tweet.
        assert_eq!(read("the reason for the ban"), "the reason for the ban");
        assert_eq!(
            read("did he speak before the senate committee"),
            "did he speak before the senate committee"
        );
        assert_eq!(read("the reason for his tweet"), "the reason for his tweet");
    }
}
