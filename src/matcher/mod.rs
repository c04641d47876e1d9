//! Scoring a question against the knowledge and deciding what to do with it.
//!
//! Everything about the knowledge is computed once, by [`index`] (in [`Matcher::load`], beside
//! validation): the vocabulary with a rarity weight per word, inverted indexes from words to
//! paraphrases and to entries, and a deletion index for typo-tolerant word lookup ([`typo`]).
//! A question then costs work proportional to its (bounded) length and to the paraphrases that
//! share one of its rarer words, not to the knowledge size.
//!
//! - [`query`] reads the question's words against the index;
//! - [`score`] ranks the entries (token similarity, coverage, character similarity from [`dice`]);
//! - [`decide`] answers, suggests or refuses, from the leader's score, its lead over the
//!   runner-up, and how much of the question it leaves unexplained;
//! - [`parts`] reads long messages and multi-part questions part by part;
//! - [`detail`] notices a question for a detail (a date, a number) the source does not give;
//! - [`explain`] prints how a question was scored, for tuning by hand.
//!
//! The contract these implement is `docs/design.md` §3.

mod alias;
mod borrow;
mod decide;
mod detail;
mod dice;
mod distinct;
mod explain;
mod forest;
mod index;
mod kinds;
mod overview;
mod parts;
mod query;
mod readings;
mod score;
mod typo;

pub use decide::{DecisionFeatures, DecisionTuning};
pub use detail::{Asked, reports_denial, reports_no_reply, says_it_is_not_given};
pub use index::IndexTuning;
pub use parts::{
    asks_a_question_word, elliptical, is_question_word, points_back, question_word,
    starts_a_question, what_for_as_why,
};
pub use score::ScoreWeights;

use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use rustc_hash::FxHashMap as HashMap;

use crate::knowledge::{Entry, Files, Knowledge, KnowledgeError};
use crate::normalize::MAX_QUERY_CHARS;
use index::Index;

/// Most sentences of small talk left out before a message's question ([`Matcher::decide`]).
const MAX_OPENINGS: usize = 3;

/// Most words of small talk read as an opening without a stop after them ("hey bot what got
/// banned"; see [`Matcher::after_small_talk_words`]).
const MAX_OPENING_WORDS: usize = 3;

/// Most words between small talk opening a question and the question ("hey so what ...", "hi
/// quick one, who ..."), each one of [`OPENING_FILLERS`] or "quick one".
const MAX_FILLER_WORDS: usize = 3;

/// Words that may come between small talk and the question it opens: the reader addressed, or
/// a pause ("hey ladies what did ...", "good morning all, why ...", "hey so which ..."). The
/// reader addressed as "mate", "bro", "pal" and the like too ("alright mate whats all this
/// about ..."): every labelled set (210 files), 2 fixed (a first turn and the follow-up it
/// leads), none broken.
#[rustfmt::skip]
const OPENING_FILLERS: &[&str] = &[
    "so", "all", "folks", "guys", "ladies", "everyone", "everybody", "people", "um", "uh", "erm",
    "again", "bot", "mate", "mates", "bro", "bruh", "dude", "pal", "buddy", "lads", "fam",
    "friend", "sir", "madam", "yall",
];

/// How much higher than the whole message the best of its question-like parts must score, with
/// another of the whole's three leading entries, for a long message answered whole to be
/// answered with that part ("... I thought LogMeIn was just a remote access tool. Can you
/// explain what LogMeIn has to do with Kaspersky?": the whole leads with LogMeIn's advice at
/// 0.33, the question reads as its connection at 0.87). Every labelled set, against keeping the
/// whole's answer: at 0.35, 17 more right and 17 fewer wrong; at 0.3, 18 and 17 (1 more out of
/// scope answered); at 0.45, 12 and 12; at 0.25, 7 and 6. Any part, not only one among the
/// whole's leading entries, at 0.35: 16 and 16; a part that points back ("did the company deny
/// it?") left out too: 6 fewer right.
const PART_OVER_WHOLE: f32 = 0.35;

/// What the bot decided to do with a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The best entry is confident and clearly ahead of the others.
    Answered,
    /// Plausible but unsure: offer the leading entries to choose from.
    Suggest,
    /// A small-talk entry matched.
    Smalltalk,
    /// Nothing plausible: the article does not cover it.
    NoMatch,
}

impl Status {
    /// The name used in JSON and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Answered => "answered",
            Status::Suggest => "suggest",
            Status::Smalltalk => "smalltalk",
            Status::NoMatch => "no_match",
        }
    }
}

/// Why a question got no answer and no suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// A bot command (`/...`), not a question.
    Command,
    /// No words at all (empty, emoji, punctuation).
    NoWords,
    /// Words, but none in the Latin script: the bot reads English.
    OtherScript,
    /// Words of another language in the Latin script ("sino nag ban po?", "y qué dijo?"): the
    /// bot reads English.
    OtherLanguage,
    /// Words the knowledge does not cover.
    NotCovered,
}

/// An entry with its score and the paraphrase that matched best.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// Index into [`Knowledge::entries`].
    pub entry: usize,
    /// Index into that entry's `questions`.
    pub question: usize,
    /// In `[0, 1]`.
    pub score: f32,
}

/// The decision for one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// What to do.
    pub status: Status,
    /// The leading entry, if any entry was plausible at all.
    pub best: Option<Scored>,
    /// For [`Status::Suggest`]: the entries to offer, best first; empty otherwise.
    pub suggestions: Vec<Scored>,
    /// For [`Status::NoMatch`]: why.
    pub why: Option<Why>,
    /// For [`Status::Answered`]: the further parts of a multi-part question that were answered,
    /// each with another entry than `best`.
    pub also: Vec<Scored>,
    /// Parts of a multi-part question that nothing answered; for [`Status::NoMatch`], the other
    /// thing the question asks about, which the knowledge never names ("Huawei" in "is Huawei
    /// banned too?").
    pub uncovered: Vec<String>,
    /// For [`Status::Answered`]: the question asks for a detail (a date, a number) that the
    /// answer's source sentence does not give.
    pub not_given: Option<Asked>,
}

impl Outcome {
    fn new(status: Status, best: Option<Scored>) -> Self {
        Outcome {
            status,
            best,
            suggestions: Vec::new(),
            why: None,
            also: Vec::new(),
            uncovered: Vec::new(),
            not_given: None,
        }
    }

    fn no_match(best: Option<Scored>, why: Why) -> Self {
        Outcome {
            why: Some(why),
            ..Outcome::new(Status::NoMatch, best)
        }
    }

    /// Whether it leads with entry `entry` or offers it among its suggestions.
    pub fn offers(&self, entry: usize) -> bool {
        self.best.is_some_and(|b| b.entry == entry)
            || self.suggestions.iter().any(|s| s.entry == entry)
    }

    /// The outcome of picking `entry` by hand (a button, a number, a deep link).
    pub fn chosen(entry: usize) -> Self {
        Outcome::new(
            Status::Answered,
            Some(Scored {
                entry,
                question: 0,
                score: 1.0,
            }),
        )
    }
}

/// All the tunable numbers of the matcher: [`Tuning::DEFAULT`] is what ships; other values exist
/// for `examples/tune.rs`, which sweeps them over the labelled questions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// Used when the index is built.
    pub index: IndexTuning,
    /// Used per question, to score.
    pub score: ScoreWeights,
    /// Used per question, to decide.
    pub decision: DecisionTuning,
}

impl Tuning {
    /// The shipped values, chosen with `cargo run --release --example tune` on
    /// `tests/questions.tsv` only: the most correct answers with at most 3% wrong ones and at
    /// most 3% of out-of-scope questions answered, preferring round values in the middle of a
    /// plateau so that they do not hinge on single questions (the other labelled sets are then
    /// checked, never tuned on).
    pub const DEFAULT: Tuning = Tuning {
        index: IndexTuning::DEFAULT,
        score: ScoreWeights::DEFAULT,
        decision: DecisionTuning::DEFAULT,
    };
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning::DEFAULT
    }
}

/// A text's words as a question's are read: each with its term, if the knowledge uses it.
type SaidWords = Arc<[(Option<u32>, String)]>;

/// The matching engine over one knowledge base.
#[derive(Debug)]
pub struct Matcher {
    tuning: Tuning,
    knowledge: Knowledge,
    index: Index,
    /// How many of the knowledge's questions were borrowed from the built-in knowledge.
    borrowed: usize,
    /// How many of its synonym groups were.
    borrowed_synonyms: usize,
    /// Texts of answers read as questions are ([`Matcher::words_said`]), by text: a follow-up
    /// reads the answer it follows, and most follow-ups follow the same few answers. Filled on
    /// first use, at most two texts an entry.
    said: Mutex<HashMap<String, SaidWords>>,
    /// [`detail::left_out_stems`] of each entry's answer, by entry, filled on first use.
    left_out: Mutex<HashMap<usize, Arc<[String]>>>,
    /// The fitted answer/suggest decision ([`forest`]); `None` for the hand-set rule alone.
    forest: Option<Arc<forest::Forest>>,
    /// The terms of "denied" and "respond", which a part asking the reply to a claim holds
    /// (see `asks_the_denial_it_gives`), read once.
    reply_terms: OnceLock<Option<(u32, u32)>>,
}

impl Matcher {
    /// Indexes `knowledge` (already validated) with the shipped [`Tuning`].
    pub fn new(knowledge: Knowledge) -> Self {
        Self::with_tuning(knowledge, Tuning::DEFAULT)
    }

    /// Indexes `knowledge` with other tuning values (for `examples/tune.rs`).
    pub fn with_tuning(knowledge: Knowledge, tuning: Tuning) -> Self {
        let index = Index::build(&knowledge, &tuning.index);
        Matcher {
            tuning,
            knowledge,
            index,
            borrowed: 0,
            borrowed_synonyms: 0,
            said: Mutex::default(),
            left_out: Mutex::default(),
            forest: Some(forest::FOREST.clone()),
            reply_terms: OnceLock::new(),
        }
    }

    /// Decides with another fitted forest, in the text `benches/fit_decision.py` writes, or
    /// with the hand-set rule alone for `None` (for cross-validating it: `examples/fit.rs
    /// --forest`).
    #[doc(hidden)]
    pub fn set_forest(&mut self, text: Option<&str>) -> Result<(), String> {
        self.forest = text.map(forest::Forest::parse).transpose()?.map(Arc::new);
        Ok(())
    }

    /// Validates and indexes knowledge files at once, on two cores: what start-up uses.
    /// Knowledge written apart for the built-in article also reads the built-in questions of
    /// the entries that rest on its sources ([`borrow`]).
    pub fn load(files: &Files) -> Result<Self, KnowledgeError> {
        Self::load_with(files, true)
    }

    /// The knowledge in `dir` (or the built-in one) loaded as [`Matcher::load`] does, or read
    /// alone, without borrowing (`--knowledge-alone`): what the command line and a reload read.
    pub fn locate(dir: Option<&std::path::Path>, alone: bool) -> Result<Self, KnowledgeError> {
        Self::load_with(&Files::locate(dir)?, !alone)
    }

    fn load_with(files: &Files, borrow: bool) -> Result<Self, KnowledgeError> {
        let tuning = Tuning::DEFAULT;
        let (knowledge, index) = Knowledge::parse_with(
            &files.article,
            &files.qa,
            &files.article_name,
            &files.qa_name,
            |k| Index::build(k, &tuning.index),
        )?;
        let matcher = Matcher {
            tuning,
            knowledge,
            index,
            borrowed: 0,
            borrowed_synonyms: 0,
            said: Mutex::default(),
            left_out: Mutex::default(),
            forest: Some(forest::FOREST.clone()),
            reply_terms: OnceLock::new(),
        };
        if !borrow || files.qa == crate::knowledge::BUILTIN_QA {
            return Ok(matcher);
        }
        let bank = Knowledge::builtin()?;
        let shared = borrow::shared_sources(&matcher.knowledge, &bank);
        // Knowledge of another article: nothing to borrow, and no built-in index to build.
        if shared.is_empty() {
            return Ok(matcher);
        }
        Ok(matcher.borrowing(&Matcher::new(bank), &shared))
    }

    /// This matcher with the questions its knowledge may borrow from `bank`, the built-in
    /// knowledge's, for the entries of `shared` ([`borrow`]).
    fn borrowing(self, bank: &Matcher, shared: &borrow::Shared) -> Self {
        let lent = borrow::borrowable(&self, bank, shared);
        if lent.is_empty() {
            return self;
        }
        let mut knowledge = self.knowledge;
        for (entry, questions) in &lent.questions {
            knowledge.entries[*entry]
                .questions
                .extend(questions.iter().cloned());
        }
        knowledge.synonyms.extend(lent.synonyms.iter().cloned());
        tracing::info!(
            borrowed = lent.len(),
            entries = lent.questions.len(),
            synonym_groups = lent.synonyms.len(),
            "knowledge reads built-in questions for entries that rest on the same sentences"
        );
        Matcher {
            borrowed: lent.len(),
            borrowed_synonyms: lent.synonyms.len(),
            ..Matcher::with_tuning(knowledge, self.tuning)
        }
    }

    /// How many of the knowledge's questions were borrowed from the built-in knowledge.
    pub fn borrowed(&self) -> usize {
        self.borrowed
    }

    /// How many of the knowledge's synonym groups were borrowed from the built-in knowledge.
    pub fn borrowed_synonyms(&self) -> usize {
        self.borrowed_synonyms
    }

    /// The knowledge this matcher answers from.
    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// The entry with this id, without scanning the knowledge.
    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.knowledge.get(id)
    }

    /// Whether entry `entry`'s source sentence (its answer, when it has none) gives the kind of
    /// detail `asked`.
    pub fn source_gives(&self, entry: usize, asked: detail::Asked) -> bool {
        let e = &self.knowledge.entries[entry];
        detail::gives(e.source.as_deref().unwrap_or(&e.answer), asked)
    }

    /// Whether entry `entry`'s answer gives the detail `asked` (its source may give more:
    /// entries share sources).
    pub fn answer_gives(&self, entry: usize, asked: detail::Asked) -> bool {
        detail::gives(&self.knowledge.entries[entry].answer, asked)
    }

    /// Whether entry `entry`'s answer names where someone or something is ("Boston-based"),
    /// not only a medium ("took to Twitter").
    pub fn answer_names_a_location(&self, entry: usize) -> bool {
        detail::names_a_location(&self.knowledge.entries[entry].answer)
    }

    /// Whether `text` names content words and entry `entry` contains none of them ("and
    /// congress?" after the FBI interview): then it asks about something else.
    pub fn names_other_words(&self, text: &str, entry: usize) -> bool {
        let query = self.index.analyze(text);
        let mut content = query.terms.iter().filter(|q| !q.stop).peekable();
        content.peek().is_some()
            && content.all(|q| {
                q.term
                    .is_none_or(|t| self.index.bag_credit(t, entry as u32) == 0.0)
            })
    }

    /// Whether `text` names a content word (not a question word) that entry `own` holds and
    /// entry `beside` does not: it asks about a topic of its own, not more of `beside`'s ("...,
    /// and when was it announced?" after the ban's reason, not "and to whom?" or "what else
    /// did he offer?" after the founder's offer).
    pub(super) fn names_beside(&self, text: &str, beside: usize, own: usize) -> bool {
        let query = self.index.analyze(text);
        query
            .terms
            .iter()
            .zip(&query.words)
            .filter(|(q, w)| !q.stop && !is_question_word(w))
            .filter_map(|(q, _)| q.term)
            .any(|t| {
                self.index.bag_credit(t, beside as u32) == 0.0
                    && self.index.bag_credit(t, own as u32) > 0.0
            })
    }

    /// Whether every content word of `text` is in at least half of the entries ("kaspersky"
    /// here), so that it names no topic: "what did kaspersky say about it?" points back like
    /// "what did they say about it?".
    pub fn names_no_topic(&self, text: &str) -> bool {
        let query = self.index.analyze(text);
        let entries = self.index.entry_paraphrases.len().saturating_sub(1);
        let mut content = query.terms.iter().filter(|q| !q.stop).peekable();
        content.peek().is_some()
            && content.all(|q| {
                q.term
                    .is_some_and(|t| 2 * self.index.term_entries[t as usize].len() >= entries)
            })
    }

    /// Whether `text` has words and none of them is a word of the knowledge (or a slip of one),
    /// a function word, an English word or one of four letters or fewer: keys mashed ("asdfgh",
    /// "qwerty lkjhg"), which ask nothing of the topic before them either. A short word may be an
    /// abbreviation ("hq?" after LogMeIn asks where it is based: 3 such follow-ups in the
    /// labelled dialogs).
    pub fn reads_as_junk(&self, text: &str) -> bool {
        const MIN_JUNK_CHARS: usize = 5;
        // Every follow-up passes here: the words as typed are looked at before any analysis.
        let typed = crate::normalize::words(text);
        !typed.is_empty()
            && typed.iter().all(|w| {
                w.chars().count() >= MIN_JUNK_CHARS && !crate::normalize::wordnet::is_english(w)
            })
            && {
                let query = self.index.analyze(text);
                !query.words.is_empty() && query.terms.iter().all(|q| q.term.is_none() && !q.stop)
            }
    }

    /// Whether every word of `text`, as the matcher reads it, is a function word or a question
    /// word: "who owns it?" reads as "who ... it", as "who is it?" does ("owns" is a function
    /// word by its stem, as in "my own").
    pub fn reads_as_pointing_only(&self, text: &str) -> bool {
        let query = self.index.analyze(text);
        !query.words.is_empty()
            && query
                .terms
                .iter()
                .zip(&query.words)
                .all(|(q, w)| q.stop || parts::is_question_word(w))
    }

    /// Whether `text` names content words and entry `entry`'s answer holds every one of them:
    /// "did kaspersky deny it?" after "Kaspersky denies this" is answered by what was just said,
    /// not by another entry about denials. The answer, not the source sentence: a sentence that
    /// two entries share says more than either answers ("... and is it true the FBI sat down
    /// with him?" after who founded it asks the interview's entry, though the founder's source
    /// tells of it). Every labelled set but the 61st and 62nd: 7 more right, 1 fewer wrong,
    /// nothing worse.
    pub fn answer_says_all(&self, text: &str, entry: usize) -> bool {
        let query = self.index.analyze(text);
        let said = self.read_said(&self.knowledge.entries[entry].answer);
        let mut content = query.terms.iter().filter(|q| !q.stop).peekable();
        content.peek().is_some()
            && content.all(|q| {
                q.term
                    .is_some_and(|t| said.iter().any(|(s, _)| *s == Some(t)))
            })
    }

    /// Of the content words of `text` besides its question words, how many `said` holds, and
    /// how many there are, as the matcher reads words (stems, synonyms, typos; a word the
    /// knowledge's questions never use by its stem). "why" stems to "whi" and counts: a
    /// reason asked for must be in `said` too.
    pub fn words_said(&self, text: &str, said: &str) -> (usize, usize) {
        let query = self.index.analyze(text);
        let content: Vec<_> = query
            .terms
            .iter()
            .zip(&query.words)
            .filter(|(q, w)| !q.stop && !is_question_word(w))
            .collect();
        // Nothing to look for ("what?"): `said` is not read.
        if content.is_empty() {
            return (0, 0);
        }
        let said = self.read_said(said);
        content.into_iter().fold((0, 0), |(held, all), (q, w)| {
            let is_held = said.iter().any(|(term, word)| match q.term {
                Some(t) => *term == Some(t),
                None => word == w,
            });
            (held + usize::from(is_held), all + 1)
        })
    }

    /// `said` read as a question is (its terms and words), once per text.
    fn read_said(&self, said: &str) -> SaidWords {
        let mut cache = self.said.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(read) = cache.get(said) {
            return Arc::clone(read);
        }
        let query = self.index.analyze(said);
        let read: SaidWords = query
            .terms
            .iter()
            .map(|q| q.term)
            .zip(query.words)
            .collect();
        cache.insert(said.to_owned(), Arc::clone(&read));
        read
    }

    /// Whether `text` asks when (the day, the date, the year) or how many, and entry `entry`'s
    /// answer gives it, with no content word the entry lacks: "which day?", "wehn", "when did he
    /// post it?" after the founder's tweet ("On Tuesday, ...") ask about the tweet, not about the
    /// ban; "how many complained?" after "only a few customers had raised concerns" (the topic
    /// holds it; the reply still says the article gives no number).
    pub fn asks_a_detail_it_gives(&self, text: &str, entry: usize) -> bool {
        // The normalized text: typos of question words ("wehn") read as the words.
        // "how many" reads as "quantiti" once normalized: that one from the words as written.
        // Not "how many exactly?" after "a few".
        // "exact date?" as written: the normalized text reads a date as a day ("date" is
        // asked as "day" is), which a weekday gives.
        let as_written = detail::asked(text);
        let normalized = match as_written {
            Some(detail::Asked::Date) => as_written,
            _ => detail::asked(&self.index.normalizer.key(text)),
        };
        let Some(asked) = normalized.or_else(|| {
            as_written.filter(|&a| {
                a == detail::Asked::Quantity
                    && !crate::normalize::words(text)
                        .iter()
                        .any(|w| w.starts_with("exact") || w.starts_with("precise"))
            })
        }) else {
            return false;
        };
        let timely = matches!(
            asked,
            detail::Asked::When
                | detail::Asked::Day
                | detail::Asked::Date
                | detail::Asked::Year
                | detail::Asked::Quantity
        );
        // Its answer, not its source: entries share a source ("... the ban, which was announced
        // Wednesday" is the reason's, the announcer's and the day's), and "when?" after the
        // reason asks the day, another entry.
        timely
            && self.holds_detail_words(text, entry)
            && detail::gives(&self.knowledge.entries[entry].answer, asked)
    }

    /// Whether every word of `text` is a function word, a question word, a unit of time or a
    /// word of entry `entry`: it asks a detail of that entry and of no other topic.
    pub(super) fn holds_detail_words(&self, text: &str, entry: usize) -> bool {
        let query = self.index.analyze(text);
        query.terms.iter().zip(&query.words).all(|(q, w)| {
            q.stop
                || detail::names_a_unit_of_time(w)
                || matches!(
                    w.as_str(),
                    // "how many" reads as "quantiti"; "it" and "that" point at the entry.
                    "when"
                        | "what"
                        | "which"
                        | "since"
                        | "how"
                        | "many"
                        | "quantiti"
                        | "times"
                        | "it"
                        | "that"
                        | "this"
                )
                || q.term
                    .is_some_and(|t| self.index.bag_credit(t, entry as u32) > 0.0)
        })
    }

    /// Whether `text` names content words besides its question words and entry `entry` contains
    /// every one of them ("who announced it?" after when the ban was announced): then it asks
    /// about that entry's topic.
    pub fn names_only_words_of(&self, text: &str, entry: usize) -> bool {
        self.holds_all(&self.index.analyze(text), entry)
    }

    /// [`Matcher::names_only_words_of`] on an analyzed question.
    fn holds_all(&self, query: &query::Query, entry: usize) -> bool {
        let mut content = query
            .terms
            .iter()
            .zip(&query.words)
            .filter(|(q, w)| !q.stop && !elliptical(w))
            .peekable();
        content.peek().is_some()
            && content.all(|(q, _)| {
                q.term
                    .is_some_and(|t| self.index.bag_credit(t, entry as u32) > 0.0)
            })
    }

    /// Of the entries `among`, the one `text` read alone ranks first among those that contain
    /// every content word of `text` and score at least the suggestion floor ("did it work?"
    /// after Kaspersky's defence: whether the denials worked).
    pub fn leading_among(&self, text: &str, among: &[usize]) -> Option<usize> {
        let query = self.index.analyze(text);
        score::rank(&self.index, &query, &self.tuning.score)
            .into_iter()
            .take_while(|s| s.score >= self.tuning.decision.suggest_floor)
            .map(|s| s.entry)
            .find(|e| among.contains(e) && self.holds_all(&query, *e))
    }

    /// The score below which nothing is answered outright (see [`DecisionTuning::answer_floor`]).
    pub fn answer_floor(&self) -> f32 {
        self.tuning.decision.answer_floor
    }

    /// The lead over the runner-up an answer needs (see [`DecisionTuning::margin`]).
    pub fn answer_margin(&self) -> f32 {
        self.tuning.decision.margin
    }

    /// The entry a [`Scored`] refers to.
    pub fn entry(&self, scored: &Scored) -> &Entry {
        &self.knowledge.entries[scored.entry]
    }

    /// Scores `question` and decides.
    ///
    /// Text starting with `/` is a bot command, not a question: no entry answers it.
    pub fn decide(&self, question: &str) -> Outcome {
        // "<b>why</b> was it banned?": the tags are no words of the question.
        if let std::borrow::Cow::Owned(plain) = crate::normalize::without_markup(question) {
            return self.decide(&plain);
        }
        if question.trim_start().starts_with('/') {
            return Outcome::no_match(None, Why::Command);
        }
        let _readings = readings::Scope::enter();
        let query = self.index.analyze(question);
        if let Some(said) = self.smalltalk_said(&query.key) {
            return Outcome::new(Status::Smalltalk, Some(said));
        }
        // "do you work for kaspersky?", "are you made by a russian company?": the asker asks
        // about the bot, whatever words of the article's topic it names. The small talk that
        // answers "who are you", when the knowledge has it. One sentence only: "are you from
        // kaspersky? who banned it" asks the article too.
        if asks_about_the_bot(&crate::normalize::words(question))
            && query::sentences(question).nth(1).is_none()
            && let Some(said) = self.smalltalk_said(&self.index.normalizer.key("who are you"))
        {
            return Outcome::new(Status::Smalltalk, Some(said));
        }
        // "Fair enough. What did the Americans ban then?": small talk opening a message is no
        // word of its question. At most a few sentences of it, and without recursion: a flood
        // of "ok. ok. ok. ..." costs one reading more, not one a sentence.
        let mut rest = question;
        for _ in 0..MAX_OPENINGS {
            match self.after_small_talk(rest) {
                Some(after) => rest = after,
                None => break,
            }
        }
        // "what is kaspersky lab please. Thank you": nor is a thanks closing it.
        let rest = crate::normalize::before_thanks_sentence(rest).unwrap_or(rest);
        if rest.len() < question.len() {
            return self.decide_after_openings(rest);
        }
        self.decide_read(question, query)
    }

    /// [`Matcher::decide`] on what follows the small talk opening a message.
    fn decide_after_openings(&self, question: &str) -> Outcome {
        let query = self.index.analyze(question);
        if let Some(said) = self.smalltalk_said(&query.key) {
            return Outcome::new(Status::Smalltalk, Some(said));
        }
        self.decide_read(question, query)
    }

    /// [`Matcher::decide`] past small talk: the ranking, the readings and the details.
    fn decide_read(&self, question: &str, query: query::Query) -> Outcome {
        let ranked = score::rank(&self.index, &query, &self.tuning.score);
        let mut outcome = self.read(&query, &ranked, question);
        // Whole messages only: in a part of one, a claim is the context of another part.
        if matches!(outcome.status, Status::NoMatch | Status::Suggest)
            && let Some(claimed) = self.claim_reading(question)
        {
            outcome = claimed;
        }
        // "what is this article about?": the article's lead, where no entry answers.
        if outcome.status != Status::Answered
            && let Some(lead) = self.overview(question)
        {
            outcome = lead;
        }
        if let Some(parts) = self.multi_part(question, &outcome, query.another.is_some()) {
            outcome = parts;
        }
        if outcome.also.is_empty()
            && matches!(outcome.status, Status::Answered | Status::Suggest)
            && let Some(pair) = self.joined_topics(question)
        {
            outcome = pair;
        }
        if outcome.also.is_empty()
            && let Some(pair) = self.paired_question_words(question)
        {
            outcome = pair;
        }
        // Only the first MAX_QUERY_CHARS were read: a longer paste is never answered outright,
        // at most the entries it seems to be about are offered.
        if question.chars().nth(MAX_QUERY_CHARS).is_some() && outcome.status == Status::Answered {
            outcome = Outcome {
                suggestions: self.suggestions(&ranked),
                ..Outcome::new(Status::Suggest, outcome.best)
            };
            if outcome.suggestions.is_empty() {
                outcome.status = Status::NoMatch;
            }
        }
        self.finish(question, &query.words, outcome)
    }

    /// What follows a first sentence that is small talk word for word ("Fair enough.", "Good
    /// morning!", "Greetings from Korea!") or an aside of up to three words the knowledge does
    /// not use ("useless.", "phew."), when it has words.
    fn after_small_talk<'q>(&self, question: &'q str) -> Option<&'q str> {
        self.after_small_talk_sentence(question)
            .or_else(|| self.after_small_talk_words(question))
    }

    /// What follows up to [`MAX_OPENING_WORDS`] words of small talk, word for word, that open a
    /// question without a stop between them ("hey what got banned", "hi bot why was it banned"):
    /// a question word or an auxiliary must follow, so that "ok cool" or "hey there" stay small
    /// talk and "thanks for nothing" is no opening. Words that address the reader or pause may
    /// come between ("hey so what ...", "hi quick one, who ..."): every labelled set (171
    /// files), 5 more right, 1 more out of scope answered (a turn after one now answered).
    fn after_small_talk_words<'q>(&self, question: &'q str) -> Option<&'q str> {
        let all: Vec<&str> = question
            .split_whitespace()
            .take(MAX_OPENING_WORDS + 1 + MAX_FILLER_WORDS)
            .collect();
        let words = &all[..all.len().min(MAX_OPENING_WORDS + 1)];
        let end = |w: &str| w.as_ptr() as usize - question.as_ptr() as usize + w.len();
        // The opening as typed, lowercase and without its punctuation, is looked up first: a
        // question opening with no small talk costs a lookup a word, not a reading.
        let mut typed = String::new();
        let mut typed_ends = Vec::with_capacity(MAX_OPENING_WORDS);
        for w in &words[..words.len().saturating_sub(1)] {
            if !typed.is_empty() {
                typed.push(' ');
            }
            typed.extend(
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase),
            );
            typed_ends.push(typed.len());
        }
        let first = |w: &str| crate::normalize::words(w).into_iter().next();
        (1..words.len()).rev().find_map(|n| {
            let said = self
                .index
                .smalltalk_keys
                .contains_key(&typed[..typed_ends[n - 1]]);
            if !said {
                return None;
            }
            // "hey so what did ...", "hi quick one, who is ...", "good morning all, why ...":
            // words that address the reader or say how short the question is may come between.
            let mut m = n;
            while m < all.len() && m - n < MAX_FILLER_WORDS {
                match first(all[m]).as_deref() {
                    Some("quick")
                        if all
                            .get(m + 1)
                            .and_then(|w| first(w))
                            .is_some_and(|w| matches!(w.as_str(), "one" | "question" | "q")) =>
                    {
                        m += 2
                    }
                    Some(w) if OPENING_FILLERS.contains(&w) => m += 1,
                    _ => break,
                }
            }
            // After a comma, a request may follow too ("Good day, please what is it?", "hi,
            // tell me who banned it").
            let asks = all.get(m).and_then(|w| first(w)).is_some_and(|w| {
                parts::starts_a_question(&w) || (all[m - 1].ends_with(',') && parts::requests(&w))
            });
            asks.then(|| question[end(all[m - 1])..].trim_start())
        })
    }

    /// What follows a first sentence of small talk (see [`Matcher::after_small_talk`]).
    fn after_small_talk_sentence<'q>(&self, question: &'q str) -> Option<&'q str> {
        let end = question.find(['.', '!', '?'])?;
        let (opening, rest) = question.split_at(end + 1);
        let rest = rest.trim_start();
        if crate::normalize::words(rest).is_empty() {
            return None;
        }
        // Or an aside of a few words the knowledge does not use ("useless.", "boring!").
        let words = crate::normalize::words(opening);
        if !opening.ends_with('?')
            && (introduces_oneself(&words) || crate::normalize::only_thanks(&words))
        {
            return Some(rest);
        }
        let aside = (1..=3).contains(&words.len())
            && !parts::asks_a_question_word(&words)
            && self
                .index
                .analyze(opening)
                .terms
                .iter()
                .all(|q| q.term.is_none() && !q.stop);
        // "greetings from Korea!", "hi all from Lagos.": a greeting from a place.
        let from_a_place = || {
            let from = words.iter().position(|w| w == "from")?;
            (from > 0 && words.len() - from <= 4)
                .then(|| self.smalltalk_said(&self.index.normalizer.key(&words[..from].join(" "))))
                .flatten()
        };
        if !aside && from_a_place().is_none() {
            self.smalltalk_said(&self.index.normalizer.key(opening))?;
        }
        Some(rest)
    }

    /// Whether `message` asks about something the knowledge never names, as like what it is
    /// about ("is Huawei banned too?", see `Index::names_another`), or joins it on and says
    /// nothing else ("and TikTok?", "or ZTE"): a follow-up so is not about the topic before it.
    pub fn asks_about_another(&self, message: &str) -> bool {
        let words = crate::normalize::words(message);
        let joined =
            matches!(words.first().map(String::as_str), Some("and" | "or")) && words.len() <= 3;
        // Most follow-ups ("why?", "when was that?") have no word the knowledge does not know:
        // the lookup that tells is left for those that might ask so.
        if !joined && !query::may_name_another(&words) {
            return false;
        }
        let query = self.index.analyze(message);
        query.another.is_some()
            || (joined
                && query.terms.iter().all(|q| q.stop || q.term.is_none())
                && self.index.names_unknown(message))
    }

    /// Whether `message` asks what the article never speaks of, though in its words: how
    /// Putin, the Kremlin or the FSB reacted ("did Putin comment?"; it reports Kaspersky's,
    /// LogMeIn's and U.S. officials' words only), legal action ("are they gonna sue?"),
    /// someone's nationality ("is he russian?"), or whether it is safe to use ("is kaspersky safe
    /// to use?": advice it does not give). Such a question is not covered, alone or as a
    /// follow-up.
    pub fn asks_what_the_article_never_tells(&self, message: &str) -> bool {
        never_told(&crate::normalize::words(message))
    }

    /// Small talk when `message` is one of the small-talk questions word for word ("ok cool",
    /// "thanks"): a conversation takes it so before reading it as a follow-up.
    pub fn small_talk(&self, message: &str) -> Option<Outcome> {
        // The normalized words alone, without looking them up: what a query's key is.
        let said = self.smalltalk_said(&self.index.normalizer.key(message))?;
        Some(Outcome::new(Status::Smalltalk, Some(said)))
    }

    /// The small-talk question whose normalized text is `key` ("ok", "got it"): taken even when
    /// every word of it is a function word, which the scores do not count.
    fn smalltalk_said(&self, key: &str) -> Option<Scored> {
        let &p = self.index.smalltalk_keys.get(key)?;
        let p = &self.index.paraphrases[p as usize];
        Some(Scored {
            entry: p.entry as usize,
            question: p.question as usize,
            score: 1.0,
        })
    }

    /// Entry `entry` chosen for `question` by the conversation, saying whether its source lacks
    /// the detail asked ("how many customers complained?" is told the article gives no number).
    pub fn chosen_for(&self, question: &str, entry: usize) -> Outcome {
        self.finish(question, &[], Outcome::chosen(entry))
    }

    /// Decides on `question` as a follow-up about entry `context` ("why?" after an answer):
    /// the question is read together with that entry's first question.
    pub fn decide_about(&self, question: &str, context: usize) -> Outcome {
        let Some(entry) = self.knowledge.entries.get(context) else {
            return self.decide(question);
        };
        // The context lends its topic, not its question: "when was that?" after "why was it
        // banned?" asks when it was banned.
        let topic: Vec<String> = crate::normalize::words(&entry.questions[0])
            .into_iter()
            .filter(|w| !elliptical(w))
            .collect();
        let combined = format!("{question} {}", topic.join(" "));
        let query = query::Query {
            reread: true,
            ..self.index.analyze(&combined)
        };
        let ranked = score::rank(&self.index, &query, &self.tuning.score);
        let outcome = self.read(&query, &ranked, &combined);
        self.finish(question, &query.words, outcome)
    }

    /// One question's decision, without the multi-part reading.
    fn decide_one(&self, question: &str) -> Outcome {
        let reading = self.reading(question);
        let (query, ranked) = &*reading;
        self.read(query, ranked, question)
    }

    /// `text` analyzed and ranked, once a decision (see [`readings`]).
    fn reading(&self, text: &str) -> readings::Reading {
        readings::read(text, || {
            let query = self.index.analyze(text);
            let ranked = score::rank(&self.index, &query, &self.tuning.score);
            (query, ranked)
        })
    }

    /// The decision on an analyzed question; a long message whose whole is unclear is also
    /// tried part by part.
    fn read(&self, query: &query::Query, ranked: &[Scored], question: &str) -> Outcome {
        let outcome = self.choose(query, ranked);
        // A long message answered whole, at a low score, whose question reads as another of the
        // whole's leading entries far more surely: the question, not the story around it.
        // (Not a paste longer than is read: it is never answered outright, and reading each of
        // its parts would cost the 4,096-character message twice its time.)
        if outcome.status == Status::Answered
            && question.chars().nth(MAX_QUERY_CHARS).is_none()
            && let Some(whole) = outcome.best
            // No score passes 1: a whole scoring over 1 - PART_OVER_WHOLE keeps its answer
            // without its parts being read.
            && whole.score + PART_OVER_WHOLE <= 1.0
            && let Some(better) = self.best_part(question, !query.reread)
            && let Some(b) = better.best
            && b.entry != whole.entry
            && b.score >= whole.score + PART_OVER_WHOLE
            && ranked.iter().take(3).any(|r| r.entry == b.entry)
        {
            return better;
        }
        // "What about ESET, is it also a problem?": no part of it is about the article.
        if query.another.is_some() {
            return outcome;
        }
        if outcome.status == Status::NoMatch || outcome.status == Status::Suggest {
            // A long message often wraps its question in context ("I read that ... Could you
            // tell me why?"): the question-like parts may be clear where the whole is not.
            if let Some(better) = self.best_part(question, !query.reread) {
                return better;
            }
            if let Some(better) = self.embedded_reading(query, ranked, question) {
                return better;
            }
        }
        outcome
    }

    /// A statement that embeds its question ("the backdoor theory keeps popping up and I can't
    /// tell whether anyone has denied it"), read whole, with the words around the question
    /// counted where an entry has them and not against one that lacks them: they hold the
    /// topic ("the backdoor theory") or the asker's own story ("my students want to know"),
    /// never what is asked. Answered only if that reading answers.
    fn embedded_reading(
        &self,
        query: &query::Query,
        ranked: &[Scored],
        question: &str,
    ) -> Option<Outcome> {
        let read_around = |pieces: Vec<&str>| {
            if pieces.is_empty() {
                return None;
            }
            let inside: Vec<String> = pieces
                .iter()
                .flat_map(|piece| self.index.analyze(piece).words)
                .collect();
            let mut around = query.clone();
            around.reread = true;
            for (term, word) in around.terms.iter_mut().zip(&query.words) {
                if !inside.contains(word) {
                    term.frame = true;
                }
            }
            let o = self.choose(&around, ranked);
            (o.status == Status::Answered).then_some(o)
        };
        read_around(crate::normalize::embedded_questions(question))
            .or_else(|| read_around(crate::normalize::question_parts(question)))
            // "kasperskys big defence statement wat did it say", "my work uses logmein, what r
            // they telling ppl abt kaspersky" (the words before the question word count where
            // an entry has them, not against one that lacks them; a message whose whole scores
            // too low, "kids asleep finally wats kasperskys reaction", is not reached): every
            // labelled set but the 67th and 68th, 48 more right, no more wrong, 2 fewer out of scope
            // answered, 2 more follow-ups right; knowledge written apart (k1-k6, alone) 55 to
            // 76 more right for 9 to 23 more wrong. Without its limits (two words before the
            // question word, none joining it, three words from it): 63 more right for 41 more
            // wrong, most of them later parts ("..., and if so, to what end?").
            .or_else(|| read_around(crate::normalize::question_after_preamble(question)))
    }

    /// The detail `question` asks for, if it is one the article can be checked for ("how old
    /// is he?" asks an age).
    pub fn asked(&self, question: &str) -> Option<Asked> {
        detail::asked(question)
    }

    /// Says why nothing matched, and whether the answer lacks the detail asked for.
    fn finish(&self, question: &str, words: &[String], mut outcome: Outcome) -> Outcome {
        match (outcome.status, outcome.best) {
            (Status::NoMatch, _) => {
                outcome.why = Some(if words.is_empty() {
                    Why::NoWords
                } else if !words
                    .iter()
                    .any(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                {
                    Why::OtherScript
                } else if crate::normalize::lexicon::reads_as_other_language(
                    &crate::normalize::words(question),
                ) {
                    Why::OtherLanguage
                } else {
                    outcome.why.unwrap_or(Why::NotCovered)
                });
            }
            // "did Putin comment on the ban?" led by what Kaspersky said: not covered, rather
            // than a "Did you mean" of what the article does tell.
            (Status::Suggest, _) if never_told(&crate::normalize::words(question)) => {
                return Outcome::no_match(outcome.best, Why::NotCovered);
            }
            // A multi-part answer: the detail asked belongs to one part, which may not be the
            // first ("how long has it been questioned, and what has the election to do with it?").
            (Status::Answered, Some(best)) if outcome.also.is_empty() => {
                let said = crate::normalize::words(question);
                let asked = detail::asked_in(&said);
                // "how old is eugene kaspersky?": the article gives no one's age, and the entry
                // that leads does so on other words ("is the Russia thing old news?").
                if asked == Some(Asked::Age) || never_told(&said) {
                    return self
                        .told_beside_untold(question, best.entry, &outcome)
                        .unwrap_or_else(|| Outcome::no_match(outcome.best, Why::NotCovered));
                }
                let entry = &self.knowledge.entries[best.entry];
                // A check of the question's words against the entry's source sentence.
                let in_source = |check: fn(&[String], &str) -> bool| {
                    entry
                        .source
                        .as_deref()
                        .is_some_and(|source| check(&said, source))
                };
                outcome.not_given = asked
                    .filter(|&asked| {
                        entry.source.as_deref().is_some_and(|source| {
                            !detail::gives_exactly(source, asked)
                                || asked == Asked::Names
                                    && !detail::names_the_people_asked(question, source)
                        })
                    })
                    .or_else(|| {
                        // "I'm a beekeeper and read the whole article twice. ... Has any
                        // government actually reviewed the code and what did they find?": a
                        // long message asks in one of its sentences.
                        let carried_out = |source: &str| {
                            detail::asks_if_carried_out(&said, source)
                                || query::sentences(question).nth(1).is_some()
                                    && query::sentences(question).any(|s| {
                                        detail::asks_if_carried_out(
                                            &crate::normalize::words(s),
                                            source,
                                        )
                                    })
                        };
                        entry
                            .source
                            .as_deref()
                            .is_some_and(carried_out)
                            .then_some(Asked::Later)
                    })
                    .or_else(|| {
                        detail::asks_the_reply_it_does_not_report(&said, &entry.answer)
                            .then_some(Asked::More)
                    })
                    .or_else(|| in_source(detail::asks_what_was_asked).then_some(Asked::More))
                    .or_else(|| {
                        let left_out = self.left_out(best.entry);
                        detail::asks_what_the_answer_leaves_out(question, &entry.answer, &left_out)
                            .then_some(detail::Asked::More)
                    });
            }
            _ => {}
        }
        outcome
    }

    /// "who started kaspersky lab and is he russian?": a message of parts, one asking what the
    /// article never tells of a person (a nationality, an age) and the others answered alone
    /// with `entry`, keeps `entry`'s answer and says the untold part is not covered, rather than
    /// refusing it whole.
    fn told_beside_untold(&self, question: &str, entry: usize, whole: &Outcome) -> Option<Outcome> {
        let parts = parts::split(question);
        if parts.len() < 2 {
            return None;
        }
        // A person's nationality or age only: a part beside a stock price or a safety question
        // ("is kaspersky publicly traded, what's the stock doing") is a near-miss itself.
        let untold = |part: &&str| {
            let words = crate::normalize::words(part);
            detail::asks_nationality(&words) || detail::asked_in(&words) == Some(Asked::Age)
        };
        let (untold, told): (Vec<&str>, Vec<&str>) = parts.into_iter().partition(untold);
        let answered = |part: &&str| {
            let o = self.decide_one(part);
            o.status == Status::Answered && o.best.is_some_and(|b| b.entry == entry)
        };
        (!untold.is_empty() && !told.is_empty() && told.iter().all(answered)).then(|| Outcome {
            uncovered: untold.into_iter().map(str::to_owned).collect(),
            ..whole.clone()
        })
    }

    /// [`detail::left_out_stems`] of entry `entry`'s answer, read once.
    pub(super) fn left_out(&self, entry: usize) -> Arc<[String]> {
        let mut cache = self.left_out.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(cache.entry(entry).or_insert_with(|| {
            detail::left_out_stems(&self.knowledge.entries[entry].answer).into()
        }))
    }

    /// The leading entries for `question` (at most six) with their scores, best first.
    pub fn ranked(&self, question: &str) -> Vec<Scored> {
        let query = self.index.analyze(question);
        score::rank(&self.index, &query, &self.tuning.score)
    }
}

/// Most words of a message read as asking about the bot itself (see [`asks_about_the_bot`]):
/// a longer one asks something else too.
const MAX_ABOUT_BOT_WORDS: usize = 10;

/// Whether a short message asks about the bot itself, not the article: who made it, who it
/// works for, where it comes from ("do you work for kaspersky lol", "are u russian?", "who
/// built this bot?"). Not a request ("can you tell me who made the ban?"), nor "who made this
/// decision".
fn asks_about_the_bot(words: &[String]) -> bool {
    #[rustfmt::skip]
    const ORIGIN: &[&str] = &[
        "made", "built", "created", "programmed", "from", "paid", "owned", "run", "part",
        "affiliated", "working", "russian", "american", "connected", "sponsored", "funded",
        "linked", "related", "employed",
    ];
    if words.len() > MAX_ABOUT_BOT_WORDS {
        return false;
    }
    let you = |w: &str| matches!(w, "you" | "u" | "ya");
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let maker = |w: &str| {
        matches!(
            w,
            "made" | "built" | "created" | "programmed" | "owns" | "runs" | "funds" | "pays"
        )
    };
    w.windows(3).any(|p| match p {
        ["are" | "r", y, origin] => you(y) && ORIGIN.contains(origin),
        ["do" | "did", y, "work" | "belong"] => you(y),
        ["who", m, y] => maker(m) && you(y),
        _ => false,
    }) || w
        .windows(4)
        .any(|p| matches!(p, ["who", m, "this" | "the", "bot"] if maker(m)))
}

/// Whether the words of a message ask what the article never tells (see
/// [`Matcher::asks_what_the_article_never_tells`]).
fn never_told(words: &[String]) -> bool {
    detail::asks_unreported_reaction(words)
        || detail::asks_about_legal_action(words)
        || detail::asks_nationality(words)
        || detail::asks_if_safe(words)
        || detail::asks_about_other_countries(words)
        || detail::asks_about_finances(words)
        || detail::asks_for_other_texts(words)
}

/// "hi, teacher from poland here.", "Retired nurse here!": a first sentence in which someone
/// says who they are, after any greeting, in a few words that end with "here" and ask nothing.
/// What follows is the question; where the writer is from or what they do is no word of it.
fn introduces_oneself(words: &[String]) -> bool {
    const GREETINGS: &[&str] = &[
        "hi", "hello", "hey", "hiya", "yo", "good", "morning", "evening",
    ];
    let start = words
        .iter()
        .take_while(|w| GREETINGS.contains(&w.as_str()))
        .count();
    let said = &words[start..];
    (2..=6).contains(&said.len())
        && said.last().is_some_and(|w| w == "here")
        && !parts::asks_a_question_word(said)
        && !said
            .iter()
            .any(|w| matches!(w.as_str(), "what" | "so" | "it" | "ban" | "banned"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_the_article_never_tells_leaves_the_other_answered() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let o = m.decide("who started kaspersky lab and is he russian?");
        assert_eq!(o.status, Status::Answered);
        assert_eq!(m.entry(&o.best.unwrap()).id, "founder");
        assert_eq!(o.uncovered, ["is he russian?"]);
        // Asked alone, or as the only question, it is not covered.
        for question in ["is he russian?", "how old is he and is he russian?"] {
            assert_eq!(m.decide(question).status, Status::NoMatch, "{question}");
        }
    }

    #[test]
    fn a_name_only_one_topic_uses_is_answered_alone() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for (question, id) in [("VerColen", "logmein-advice"), ("FSB", "fbi-interview")] {
            let o = m.decide(question);
            assert_eq!(o.status, Status::Answered, "{question}");
            assert_eq!(m.entry(&o.best.unwrap()).id, id, "{question}");
        }
        assert_ne!(m.decide("timeline?").status, Status::Answered);
    }

    #[test]
    fn small_talk_opening_a_question_is_no_word_of_it() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for (question, id) in [
            ("Fair enough. What did the Americans ban then?", "ban-scope"),
            ("Good afternoon. Who is responsible for the ban?", "ban-who"),
            // Without a stop, when a question starts after it.
            ("hey what exactly got banned?", "ban-scope"),
            ("hey bot what exactly got banned?", "ban-scope"),
            // Or after words that address the reader or pause.
            (
                "hey so what did kaspersky say back about the ban",
                "kaspersky-response",
            ),
            ("hi quick one, who is eugene kaspersky", "founder"),
            // Or the reader addressed.
            (
                "alright mate whats all this about kaspersky gettin banned in the states",
                "ban-scope",
            ),
            (
                "hey ladies what did kaspersky say back after the ban?",
                "kaspersky-response",
            ),
            // Or after a comma, a request.
            (
                "Good day, please what exactly did the US forbid?",
                "ban-scope",
            ),
            // A thanks closing it.
            ("what is kaspersky lab please. Thank you", "company-profile"),
            // A greeting from a place.
            ("greetings from Korea! who banned kaspersky?", "ban-who"),
            ("hi from the Philippines. why was it banned?", "ban-reason"),
        ] {
            let o = m.decide(question);
            assert_eq!(o.status, Status::Answered, "{question}");
            assert_eq!(m.entry(&o.best.unwrap()).id, id, "{question}");
        }
        // So does an aside of words the knowledge does not use.
        let o = m.decide("useless. who founded kaspersky then");
        assert_eq!(m.entry(&o.best.unwrap()).id, "founder");
        assert_eq!(o.status, Status::Answered);
        // So does saying who one is.
        let o = m.decide("hi, teacher from poland here. who banned kaspersky");
        assert_eq!(m.entry(&o.best.unwrap()).id, "ban-who");
        assert_eq!(o.status, Status::Answered);
        // Small talk alone stays small talk.
        assert_eq!(m.decide("Thanks! Bye.").status, Status::Smalltalk);
        assert_eq!(m.decide("hm. thanks").status, Status::Smalltalk);
        assert_eq!(m.decide("hey there").status, Status::Smalltalk);
        assert_ne!(
            m.decide("hi folks, first time caller").status,
            Status::Answered
        );
        assert_eq!(
            m.decide("Thank you, that clears it up.").status,
            Status::Smalltalk
        );
        // Small talk about the bot is not what a message pointing elsewhere asks ("who make
        // it?" is not "who are you?", "did any of that work" not "how does this work?").
        for question in ["who make it?", "so who did it", "did any of that work"] {
            assert_ne!(m.decide(question).status, Status::Smalltalk, "{question}");
        }
        assert_eq!(m.decide("what can you do").status, Status::Smalltalk);
        // A flood of it is read without a call a sentence: a small stack holds it.
        let flood = format!("{}who banned it?", "ok. ".repeat(1_000));
        let read = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || m.decide(&flood).status)
            .unwrap();
        assert!(read.join().is_ok());
    }

    #[test]
    fn markup_and_links_in_a_question_are_no_words_of_it() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for (question, id) in [
            ("<b>why</b> was it banned?", "ban-reason"),
            (
                "who banned <a href=\"https://example.com\">kaspersky</a>",
                "ban-who",
            ),
            // A web address pasted with it neither.
            (
                "why was it banned https://www.example.com/news/123",
                "ban-reason",
            ),
        ] {
            let o = m.decide(question);
            assert_eq!(o.status, Status::Answered, "{question}");
            assert_eq!(m.entry(&o.best.unwrap()).id, id, "{question}");
        }
    }

    #[test]
    fn a_keyword_its_entry_leads_by_far_is_answered() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        // The forest doubts a lone word; the founder leads his tweet by a quarter.
        for question in ["founder?", "company founder"] {
            let o = m.decide(question);
            assert_eq!(o.status, Status::Answered, "{question}");
            assert_eq!(m.entry(&o.best.unwrap()).id, "founder", "{question}");
        }
        // A question to the bot is not read as one about the article's people.
        assert!(decide::addresses_the_bot(&crate::normalize::words(
            "who made you?"
        )));
        assert!(!decide::addresses_the_bot(&crate::normalize::words(
            "who founded it?"
        )));
    }

    #[test]
    fn the_words_around_an_embedded_question_do_not_change_it() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let statement = "The backdoor theory keeps popping up and I can't tell whether anyone \
                         has actually denied it";
        let o = m.decide(statement);
        assert_eq!(o.status, Status::Answered, "{statement}");
        assert_eq!(m.entry(&o.best.unwrap()).id, "kremlin-backdoor");
        // What is asked still counts: the article says nothing of the states.
        let near_miss =
            "Our city council isn't federal but I'd like to know if any states are banning it too";
        assert_ne!(m.decide(near_miss).status, Status::Answered, "{near_miss}");
    }

    #[test]
    fn a_reported_claim_is_read_as_the_question() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for (message, id) in [
            (
                "my brother insists the software ships user data straight to Moscow, not sure I \
                 believe him",
                "data-to-russia",
            ),
            (
                "A lady at my church said the FBI went and talked to the Kaspersky founder \
                 himself. That sounded like a spy novel to me. Did that really happen?",
                "fbi-interview",
            ),
        ] {
            let o = m.decide(message);
            assert_eq!(o.status, Status::Answered, "{message}");
            assert_eq!(m.entry(&o.best.unwrap()).id, id, "{message}");
        }
        // A claim the article does not cover stays unanswered.
        let near_miss = "my cousin says the UK banned it too, not sure I believe him";
        assert_ne!(m.decide(near_miss).status, Status::Answered, "{near_miss}");
    }

    #[test]
    fn words_that_only_frame_a_request_do_not_change_the_question() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let framed = "Could you kindly elucidate the principal reason for the ban?";
        assert!(m.unexplained_words(framed).is_empty(), "{framed}");
        assert_eq!(m.decide(framed).status, Status::Answered);
        // A word that changes the question still counts.
        let changed = m.unexplained_words("Did the UK ban it too?");
        assert!(changed.iter().any(|(w, _, _)| w == "uk"), "{changed:?}");
    }

    #[test]
    fn who_or_why_a_question_supposes_is_settled_by_the_answer() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for (question, id) in [
            ("Was it Trump personally who banned Kaspersky?", "ban-who"),
            ("was it the EU that banned kaspersky?", "ban-who"),
            ("Was it the CIA that interviewed him?", "fbi-interview"),
            // The cause supposed, where the source gives one.
            ("was kaspersky banned because of its prices?", "ban-reason"),
        ] {
            let o = m.decide(question);
            assert_eq!(o.status, Status::Answered, "{question}");
            assert_eq!(m.entry(&o.best.unwrap()).id, id, "{question}");
        }
        assert_ne!(m.decide("did the UK ban it too?").status, Status::Answered);
    }

    #[test]
    fn a_piece_of_a_long_message_needs_a_topic_of_its_own() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        // "..., which sounds off to me" shares only "which" with "which hearing was it".
        let o = m.decide(
            "someone told me the whole country can't use Kaspersky now, which sounds off to me",
        );
        let answered = o.best.filter(|_| o.status == Status::Answered);
        assert!(
            answered.is_none_or(|b| m.entry(&b).id != "senate-hearing"),
            "{o:?}"
        );
    }

    #[test]
    fn decisions_on_junk_never_panic() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for q in [
            "",
            " ",
            "\u{0}",
            "🙂",
            "a\u{301}",
            "ǅ",
            "ß",
            "İ",
            "\u{FEFF}x",
            "x".repeat(5000).as_str(),
        ] {
            let o = m.decide(q);
            assert!(o.best.is_none_or(|b| (0.0..=1.0).contains(&b.score)));
        }
    }

    /// A later part that the part before answers ("... did kaspersky deny it?" after the
    /// backdoor claim, whose answer says so) adds no answer of its own.
    #[test]
    fn a_later_part_its_first_part_answers_adds_nothing() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let o = m.decide("what is the backdoor claim, and did kaspersky deny it?");
        assert_eq!(o.status, Status::Answered);
        assert_eq!(m.entry(&o.best.unwrap()).id, "kremlin-backdoor");
        assert!(o.also.is_empty(), "its answer says Kaspersky denies it");
        // The founder's source sentence tells of the FBI interview; his answer does not.
        let mut ids = answered_ids(
            &m,
            "Who founded Kaspersky, and is it true the FBI sat down with him?",
        );
        ids.sort();
        assert_eq!(ids, ["fbi-interview", "founder"]);
    }

    /// "who announced the ban?" shares every topic word with "when was the ban announced?"; its
    /// question word tells them apart.
    #[test]
    fn the_question_word_picks_between_entries_sharing_the_topic_words() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        assert_eq!(answered_ids(&m, "who announced the ban"), ["ban-who"]);
        assert_eq!(answered_ids(&m, "when was the ban announced"), ["ban-when"]);
        assert_eq!(
            answered_ids(&m, "who announced the ban and when"),
            ["ban-when", "ban-who"]
        );
        // The scope's questions share more of the words, the reason's ask why too: answered, or
        // offered first.
        let question = "why did tehy ban kaspersky form government agencies";
        assert_eq!(answered_ids(&m, question), ["ban-reason"]);
        let o = m.decide("why they kick kaspersky off govt computers tho");
        assert_eq!(m.entry(&o.best.unwrap()).id, "ban-reason");
    }

    /// "what does LogMeIn have to do with Kaspersky?" is all function words but the two names,
    /// which every LogMeIn question shares; the knowledge reads "have to do with" as
    /// "connection", the word of its perk's topic question.
    #[test]
    fn having_to_do_with_asks_the_connection() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for q in [
            "what does logmein have to do with kaspersky",
            "whats logmein got to do with kaspersky",
        ] {
            assert_eq!(answered_ids(&m, q), ["logmein-perk"], "{q}");
        }
    }

    /// The entries `q` is answered with, in order (the first and the further parts).
    fn answered_ids(m: &Matcher, q: &str) -> Vec<String> {
        let o = m.decide(q);
        assert_eq!(o.status, Status::Answered, "{q}");
        let mut ids: Vec<String> = o.best.iter().map(|b| m.entry(b).id.clone()).collect();
        ids.extend(o.also.iter().map(|b| m.entry(b).id.clone()));
        ids
    }

    /// A later part of a multi-part question may ask about the one before with a question
    /// word its topic does not ask: it moves to the see-also topic that asks it.
    #[test]
    fn a_later_part_about_the_one_before_moves_to_its_see_also() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let ids = |q: &str| answered_ids(&m, q);
        assert_eq!(
            ids("what did eugene kaspersky tweet and who is he?"),
            ["founder-tweet", "founder"]
        );
        assert_eq!(
            ids("when was the ban announced and who announced it?"),
            ["ban-when", "ban-who"]
        );
        assert_eq!(ids("who banned it, and why?"), ["ban-who", "ban-reason"]);
        // The whole message reads as the reason (its "why" asks; the scope's questions ask
        // where), and the part before adds the scope.
        assert_eq!(
            ids("what is the ban, why is it in place"),
            ["ban-reason", "ban-scope"]
        );
        // Offered second alone ("who was behind it?" leads with who founded Kaspersky).
        assert_eq!(
            ids("does the ban cover all government computers, and who was behind it?"),
            ["ban-scope", "ban-who"]
        );
        assert_eq!(
            ids("who is announce the ban? it was american government?"),
            ["ban-who"]
        );
        assert_eq!(
            ids("what did the founder tweet / has the company denied the kremlin ties"),
            ["founder-tweet", "kremlin-ties-denied"]
        );
        // The other part's entry trails the unsure part's leader by a clear lead.
        let mut both = ids("who is founder and what he tweet tuesday");
        both.sort();
        assert_eq!(both, ["founder", "founder-tweet"]);
    }

    /// A part unsure alone whose words decide its leader against the answered parts and its own
    /// runner-up is answered beside them; one that points back at them is not.
    #[test]
    fn an_unsure_part_whose_words_decide_it_is_answered_beside_the_others() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let ids = |q: &str| answered_ids(&m, q);
        assert_eq!(
            ids(
                "whats the deal with logmein giving kaspersky away and what happened at the hearing in may"
            ),
            ["senate-hearing", "logmein-perk"]
        );
        assert_eq!(
            ids("who even started kaspersky, is it literally a guy called kaspersky lol"),
            ["founder"]
        );
    }

    /// An elliptical part after one that only offered a list asks about what the list led with.
    #[test]
    fn an_elliptical_part_after_an_unsure_one_asks_about_its_leader() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let lead = m.decide("feds went to see the kaspersky founder");
        assert_eq!(lead.status, Status::Suggest);
        assert_eq!(m.entry(&lead.best.unwrap()).id, "fbi-interview");
        assert_eq!(m.decide("what for?").status, Status::Answered);
        assert_eq!(
            answered_ids(&m, "feds went to see the kaspersky founder?? what for?"),
            ["fbi-interview"]
        );
    }

    /// A part unsure alone but led by the entry the whole message is answered with is answered
    /// beside the other parts: the two readings agree.
    #[test]
    fn an_unsure_part_led_by_the_whole_messages_answer_is_answered() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let part = m.decide("whats the cause");
        assert_eq!(part.status, Status::Suggest);
        assert_eq!(m.entry(&part.best.unwrap()).id, "ban-reason");
        assert_eq!(
            answered_ids(
                &m,
                "what computers can't run it anymore and whats the cause"
            ),
            ["ban-reason", "ban-scope"]
        );
    }

    /// A long message answered whole at a low score takes its question's far surer reading.
    #[test]
    fn a_long_message_takes_its_questions_surer_reading() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let o = m.decide(
            "Weird thing: I never bought Kaspersky, but I found it installed on my office \
             laptop. Our IT guy said it came through LogMeIn somehow. I thought LogMeIn was \
             just a remote access tool. Can you explain what LogMeIn has to do with Kaspersky? \
             I'm confused about how the two are connected.",
        );
        assert_eq!(o.status, Status::Answered);
        assert_eq!(m.entry(&o.best.unwrap()).id, "logmein-perk");
    }

    /// Topics listed with "+" are answered one by one; a closing part about "both" adds none.
    #[test]
    fn listed_topics_are_answered_each() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let ids = |q: &str| answered_ids(&m, q);
        assert_eq!(
            ids("senate hearing details + the democracy quote pls"),
            ["senate-hearing", "democracy-quote"]
        );
        assert_eq!(
            ids("source code offer + fbi interview, what's the story with both"),
            ["testify-congress", "fbi-interview"]
        );
    }

    /// A part unsure alone is read beside the answered part after it, and where no part is
    /// sure alone, beside the whole message's answer.
    #[test]
    fn an_unsure_part_is_read_beside_the_answered_one() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let ids = |q: &str| answered_ids(&m, q);
        assert_eq!(
            ids("who was behind it / how did kaspersky react"),
            ["ban-who", "kaspersky-response"]
        );
        assert_eq!(
            ids("what got axed, and who's behind it?"),
            ["ban-who", "ban-scope"]
        );
        // Alone, each part only offers a list ("what got banned" now answers alone).
        for part in ["who was behind it", "what got axed", "who's behind it?"] {
            assert_eq!(m.decide(part).status, Status::Suggest, "{part}");
        }
    }

    /// A later part that asks nothing ("I'd hate to misattribute it in front of the whole
    /// class.") is the asker's context,
    /// and "Also," alone asks nothing: neither adds an answer.
    #[test]
    fn a_later_part_that_asks_nothing_adds_nothing() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let ids = |q: &str| answered_ids(&m, q);
        assert_eq!(
            ids(
                "Who said the line about undermining democracy? I'd hate to misattribute it in \
                 front of the whole class."
            ),
            ["democracy-quote"]
        );
        assert_eq!(
            ids("Why did the US ban Kaspersky? Also, how did Kaspersky respond?"),
            ["ban-reason", "kaspersky-response"]
        );
    }

    /// A later part in no question form still asks when it opens with a joining word or a
    /// request ("plus stated reason"), or with a question word spelt as in chat ("wat").
    #[test]
    fn a_later_part_joined_requested_or_chatted_asks() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        // Both, the whole message's answer first (see `Matcher::multi_part`).
        let mut ids = answered_ids(&m, "scope of the ban? plus stated reason");
        ids.sort();
        assert_eq!(ids, ["ban-reason", "ban-scope"]);
        // "plus" is a joining word, no word of what the part asks.
        assert_eq!(
            answered_ids(
                &m,
                "is this only govt computers? plus did kaspersky respond at all"
            ),
            ["kaspersky-response", "ban-scope"]
        );
        let mut ids = answered_ids(&m, "did kaspersky deny kremlin ties? wat did the fbi want");
        ids.sort();
        assert_eq!(ids, ["fbi-interview", "kremlin-ties-denied"]);
        // A preposition before the question word, and "if so" before it, ask too.
        let mut ids = answered_ids(&m, "who banned it and on what grounds");
        ids.sort();
        assert_eq!(ids, ["ban-reason", "ban-who"]);
        // A doubting "since when" after a statement asks nothing more.
        assert_eq!(
            answered_ids(&m, "logmein gives kaspersky away for free?? since when"),
            ["logmein-perk"]
        );
    }

    /// A later part that points at the part before ("how did the firm answer it?" after the
    /// backdoor claim, whose answer says Kaspersky denies it) asks more of it, not another
    /// entry; a later part with a question word of its own still asks its own.
    #[test]
    fn a_later_part_pointing_at_the_one_before_asks_more_of_it() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        assert_eq!(
            answered_ids(
                &m,
                "What is the backdoor claim, and how did the firm answer it?"
            ),
            ["kremlin-backdoor"]
        );
        assert_eq!(
            answered_ids(&m, "what was the backdoor claim, and when did they ban it?"),
            ["kremlin-backdoor", "ban-when"]
        );
        // One that names the words of another entry, read alone as that entry, asks its own.
        let mut ids = answered_ids(
            &m,
            "Did the FBI talk to Mr. Kaspersky himself? And what was that tweet he sent?",
        );
        ids.sort();
        assert_eq!(ids, ["fbi-interview", "founder-tweet"]);
    }

    #[test]
    fn questions_about_the_bot_itself() {
        let asks = |q: &str| asks_about_the_bot(&crate::normalize::words(q));
        for q in [
            "do you work for kaspersky lol",
            "are you made by a russian company?",
            "r u russian",
            "who built this bot?",
            "who made you",
        ] {
            assert!(asks(q), "{q}");
        }
        for q in [
            "who made this decision",
            "can you tell me who made the ban?",
            "are you sure?",
            "does kaspersky work for the kremlin?",
        ] {
            assert!(!asks(q), "{q}");
        }
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let o = m.decide("do you work for kaspersky?");
        assert_eq!(o.status, Status::Smalltalk);
        assert_eq!(m.entry(&o.best.unwrap()).id, "about-bot");
        // A second sentence asks the article too.
        assert_ne!(
            m.decide("are you from kaspersky? who banned it").status,
            Status::Smalltalk
        );
    }

    /// Words the knowledge uses in passing elsewhere, which no candidate contains, do not keep
    /// the leader from being answered; words unknown to the knowledge still make a near-miss.
    #[test]
    fn stray_words_do_not_gate_unknown_words_do() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let id = |q: &str| {
            let o = m.decide(q);
            (o.status, o.best.map(|b| m.entry(&b).id.clone()))
        };
        // Words of other entries that are no candidate here do not keep it from being answered.
        assert_eq!(
            id("did many customers of logmein complain"),
            (Status::Answered, Some("logmein-advice".to_string()))
        );
        assert_eq!(id("Did the UK ban Kaspersky too?").0, Status::NoMatch);
    }
}
