//! The kind of answer a question asks for: a person ("who"), a time ("when"), a cause ("why"),
//! a place ("where"), and which entries' questions ask for it.
//!
//! An entry asks for a kind where its questions use the word to ask ("when was the ban
//! announced?", "do you know when the ban was announced?", "and when?"), not where the word only
//! joins two clauses ("what did the company say when the US banned it?"): the reaction's
//! questions say "when" seven times and none of them asks for a time.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::index::Paraphrase;
use super::query::Query;
use crate::normalize::{Normalizer, StemCache};

/// The answer-kind question words, as stems ("why" is "whi").
pub(super) const ANSWER_KINDS: [&str; 4] = ["who", "when", "whi", "where"];

/// Words after which a kind word asks, though inside a sentence: "and when?", "since when",
/// "do you know when the ban was announced", "not sure who said it", "tell me why".
const ASKING_BEFORE: &[&str] = &[
    "and", "or", "but", "so", "since", "from", "till", "until", "me", "know", "wonder", "idea",
    "sure", "specify", "ask", "tell", "explain", "remember", "recall", "question", "out", "learn",
    "curious", "clue", "guess", "see",
];

/// Words after which a kind word asks wherever it stands: "when did", "who is", "when exactly".
const ASKING_AFTER: &[&str] = &[
    "and",
    "or",
    "did",
    "was",
    "is",
    "are",
    "were",
    "has",
    "have",
    "had",
    "does",
    "do",
    "will",
    "would",
    "could",
    "can",
    "exactly",
    "precisely",
    "actually",
];

/// Per answer kind, the entries whose questions ask for it and those whose questions say the
/// word only to join clauses, each with a credit as an entry bag's: one question earns
/// `single_use_credit`, three or more full credit.
#[derive(Debug, Default)]
pub(super) struct KindCredits {
    asks: [Vec<(u32, f32)>; 4],
    joins: [Vec<(u32, f32)>; 4],
    /// Each kind's term in the vocabulary, if the knowledge uses its word.
    terms: [Option<u32>; 4],
    /// The stems of [`ASKING_BEFORE`] and [`ASKING_AFTER`].
    before: Vec<String>,
    after: Vec<String>,
}

impl KindCredits {
    /// The credits of the entries whose paraphrases are `ranges` of `paraphrases` (`vocab`:
    /// the knowledge's words and their terms).
    pub(super) fn new(
        vocab: &HashMap<String, u32>,
        paraphrases: &[Paraphrase],
        ranges: &[Range<usize>],
        normalizer: &Normalizer,
        cache: &mut StemCache,
        single_use_credit: f32,
    ) -> Self {
        let mut stems = |words: &[&str]| -> Vec<String> {
            let mut stems = Vec::with_capacity(words.len());
            for word in words {
                normalizer.for_each_token_cached(word, cache, |stem, _| stems.push(stem.into()));
            }
            stems
        };
        let mut credits = KindCredits {
            before: stems(ASKING_BEFORE),
            after: stems(ASKING_AFTER),
            terms: ANSWER_KINDS.map(|k| vocab.get(k).copied()),
            ..KindCredits::default()
        };
        let credit = |n: u32| {
            let n = n as f32;
            (single_use_credit + (1.0 - single_use_credit) * (n - 1.0) / 2.0).min(1.0)
        };
        for (e, range) in ranges.iter().enumerate() {
            let (mut asking, mut joining) = ([0u32; 4], [0u32; 4]);
            for para in &paraphrases[range.clone()] {
                for (kind, uses) in credits.uses(&para.key).into_iter().enumerate() {
                    match uses {
                        Some(true) => asking[kind] += 1,
                        Some(false) => joining[kind] += 1,
                        None => {}
                    }
                }
            }
            for kind in 0..ANSWER_KINDS.len() {
                if asking[kind] > 0 {
                    credits.asks[kind].push((e as u32, credit(asking[kind])));
                }
                if joining[kind] > 0 {
                    credits.joins[kind].push((e as u32, credit(joining[kind])));
                }
            }
        }
        credits
    }

    /// The one answer kind `query` asks for (an index of [`ANSWER_KINDS`]) and whether it
    /// plainly asks for it: "who founded it" does, "the man who started the company" may not.
    /// `None` when it names no kind or more than one.
    pub(super) fn asked(&self, query: &Query) -> Option<(usize, bool)> {
        let uses = self.uses(&query.key);
        let mut asking = (0..uses.len()).filter(|&k| uses[k] == Some(true));
        if let Some(first) = asking.next() {
            return asking.next().is_none().then_some((first, true));
        }
        let mut named = (0..uses.len()).filter(|&k| uses[k].is_some());
        let first = named.next()?;
        named.next().is_none().then_some((first, false))
    }

    /// The term of answer kind `kind`'s word, if the knowledge uses it.
    pub(super) fn term(&self, kind: usize) -> Option<u32> {
        self.terms[kind]
    }

    /// How fully entry `entry`'s questions ask for answer kind `kind`, in `[0, 1]`.
    pub(super) fn asks(&self, kind: usize, entry: u32) -> f32 {
        credit_of(&self.asks[kind], entry)
    }

    /// How fully entry `entry`'s questions say the word of answer kind `kind` without asking
    /// for it ("what did they say when it was banned"), in `[0, 1]`.
    pub(super) fn joins(&self, kind: usize, entry: u32) -> f32 {
        credit_of(&self.joins[kind], entry)
    }

    /// Per answer kind, whether the normalized text `key` says its word: `Some(true)` where it
    /// asks for it, `Some(false)` where it only joins clauses.
    fn uses(&self, key: &str) -> [Option<bool>; 4] {
        let mut uses = [None; 4];
        let mut words = key.split(' ').peekable();
        let mut before: Option<&str> = None;
        while let Some(word) = words.next() {
            if let Some(kind) = ANSWER_KINDS.iter().position(|k| *k == word) {
                let opens = before.is_none_or(|b| self.before.iter().any(|w| w == b));
                let asked = words
                    .peek()
                    .is_none_or(|next| self.after.iter().any(|w| w == next));
                uses[kind] = Some(uses[kind] == Some(true) || opens || asked);
            }
            before = Some(word);
        }
        uses
    }
}

/// The credit of `entry` in a list sorted by entry.
fn credit_of(list: &[(u32, f32)], entry: u32) -> f32 {
    list.binary_search_by_key(&entry, |&(e, _)| e)
        .map_or(0.0, |i| list[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses(key: &str) -> [Option<bool>; 4] {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let credits = KindCredits {
            before: words(ASKING_BEFORE),
            after: words(ASKING_AFTER),
            ..KindCredits::default()
        };
        credits.uses(key)
    }

    #[test]
    fn a_kind_word_asks_where_it_opens_a_question_not_where_it_joins_clauses() {
        let when = |key| uses(key)[1];
        assert_eq!(when("when was the ban announced"), Some(true));
        assert_eq!(when("do you know when the ban was announced"), Some(true));
        assert_eq!(when("which committee asked officials and when"), Some(true));
        assert_eq!(
            when("since when has the government been on alert"),
            Some(true)
        );
        assert_eq!(
            when("how recent is this ban when did it come out"),
            Some(true)
        );
        assert_eq!(
            when("what did the company say when the usa banned it"),
            Some(false)
        );
        assert_eq!(
            when("what were fbi agents looking for when they interviewed him"),
            Some(false)
        );
        assert_eq!(
            when("is kaspersky free when you buy logmein stuff"),
            Some(false)
        );
        assert_eq!(when("who founded kaspersky"), None);
        assert_eq!(uses("who founded kaspersky")[0], Some(true));
        assert_eq!(uses("the customers who raised concerns")[0], Some(false));
        assert_eq!(uses("vercolen who and what did he say")[0], Some(true));
        assert_eq!(
            uses("tell me whi and where"),
            [None, None, Some(true), Some(true)]
        );
    }
}
