//! Questions about the whole article ("what is this article about?", "tl;dr?", "give me the
//! gist"), answered with its lead: the knowledge's first entry and the first entry it relates
//! to (here what the ban covers and why it was imposed). Only for a message no entry answers:
//! "what is happening with Kaspersky in the US?" may ask what was banned alone.

use rustc_hash::FxHashSet as HashSet;

use super::{Matcher, Outcome, Scored, Status, points_back};
use crate::normalize;

/// Words that ask about the whole story wherever they stand.
#[rustfmt::skip]
const WHOLE: &[&str] = &[
    "article", "story", "news", "gist", "summary", "summarize", "summarise", "summarized",
    "summarised", "summarizing", "summarising", "sum", "tldr", "tl", "rundown", "overview",
    "lowdown", "nutshell", "headline", "headlines", "recap", "synopsis",
];

/// Words that ask about the whole story unless the message points back at something said
/// before ("what's that about?" after an answer asks about that answer).
const OPEN: &[&str] = &["happening", "happened", "going", "deal"];

/// Words that ask or request (a message without them or a question mark is a remark: "this
/// whole story is wild").
#[rustfmt::skip]
const ASKS: &[&str] = &[
    "what", "whats", "wat", "wats", "wht", "tell", "give", "explain", "summarize", "summarise",
    "sum", "tldr", "tl", "recap", "rundown", "gist", "overview", "lowdown", "synopsis",
];

/// Words that point back at something said before, beside [`points_back`]'s.
const BACK: &[&str] = &["these", "those", "him", "her", "there"];

/// Words that frame such a question and name no topic of it.
#[rustfmt::skip]
const FRAME: &[&str] = &[
    "what", "whats", "give", "tell", "explain", "quick", "quickly", "short", "brief", "briefly",
    "basically", "main", "point", "points", "core", "whole", "entire", "general", "generally",
    "going",
    "on", "happen", "happening", "happened", "deal", "up", "please", "pls", "plz", "need",
    "want", "like", "exactly", "actually", "really", "here", "read", "piece", "topic",
    "subject", "context", "background", "key", "dr",
];

impl Matcher {
    /// The lead for a message that asks what the article is about and names no topic of it
    /// ("what's the kaspersky story?"); `None` otherwise.
    pub(super) fn overview(&self, message: &str) -> Option<Outcome> {
        // Cheap checks first: most messages name no such word.
        let typed = normalize::words(message);
        let whole = typed.iter().any(|w| WHOLE.contains(&w.as_str()));
        let open = typed.iter().any(|w| OPEN.contains(&w.as_str()))
            && (typed.windows(2).any(|p| p[0] == "all" && p[1] == "this")
                || !(points_back(&typed) || typed.iter().any(|w| BACK.contains(&w.as_str()))));
        let asks = message.contains('?') || typed.iter().any(|w| ASKS.contains(&w.as_str()));
        if !(whole || open) || !asks || typed.len() > 16 {
            return None;
        }
        let knowledge = self.knowledge();
        if knowledge.entries.first().is_none_or(|e| e.is_smalltalk()) {
            return None;
        }
        let normalizer = &self.index.normalizer;
        let mut framing: HashSet<String> = HashSet::default();
        for text in WHOLE.iter().chain(FRAME) {
            framing.extend(normalizer.tokens(text).into_iter().map(|t| t.text));
        }
        // Words of most entries ("kaspersky") name no topic of the article.
        let words: String = normalizer
            .tokens(message)
            .into_iter()
            .filter(|t| !t.stop && !framing.contains(&t.text))
            .map(|t| t.text + " ")
            .collect();
        if !words.trim().is_empty() && !self.names_no_topic(&words) {
            return None;
        }
        let scored = |entry| Scored {
            entry,
            question: 0,
            score: 1.0,
        };
        let also = knowledge.related(0).take(1).map(scored).collect();
        Some(Outcome {
            also,
            ..Outcome::new(Status::Answered, Some(scored(0)))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::knowledge::Knowledge;
    use crate::matcher::{Matcher, Status};

    fn ids(m: &Matcher, question: &str) -> Vec<String> {
        let o = m.decide(question);
        assert_eq!(o.status, Status::Answered, "{question}");
        o.best
            .iter()
            .chain(&o.also)
            .map(|s| m.entry(s).id.clone())
            .collect()
    }

    #[test]
    fn a_question_about_the_whole_article_is_answered_with_its_lead() {
        let m = Matcher::new(Knowledge::builtin().expect("built-in knowledge"));
        for q in [
            "what is this article about?",
            "tl;dr",
            "give me the gist",
            "what happened?",
        ] {
            assert_eq!(ids(&m, q), ["ban-scope", "ban-reason"], "{q}");
        }
        // A topic of its own, a remark, or small talk is not about the whole article.
        assert_eq!(
            ids(&m, "what did eugene kaspersky tweet?"),
            ["founder-tweet"]
        );
        assert!(m.overview("this whole story is wild").is_none());
        assert!(m.overview("what's up").is_none());
        assert!(m.overview("what's that about?").is_none());
    }
}
