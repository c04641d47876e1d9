//! Scoring a question against the knowledge and deciding what to do with it.
//!
//! Everything about the knowledge is computed once, in [`Matcher::new`] (or [`Matcher::load`],
//! which validates beside it): the vocabulary with a rarity weight per word, inverted indexes
//! from words to paraphrases and to entries, and a deletion index for typo-tolerant word lookup.
//! A question then costs work proportional to its (bounded) length and to the paraphrases that
//! share one of its rarer words, not to the knowledge size.
//!
//! Per entry the score combines, all in `[0, 1]`:
//! - **token similarity**: weighted F1 between the question's words and the best paraphrase's
//!   words, rare words weighing more than common ones and stop words very little;
//! - **coverage**: how much of the question's weight the entry's paraphrases and source sentence
//!   explain together (not its answer, which is written for the reader and says what the article
//!   leaves out: "doesn't say when" must not make "when was the interview?" look covered);
//! - **character similarity**: Sørensen-Dice over the normalized strings (as
//!   `strsim::sorensen_dice` computes it), for the best paraphrase of the six leading entries.
//!
//! The decision then looks at the leader's score, its lead over the runner-up, and how much of
//! the question it leaves unexplained (see [`Tuning`]).
//!
//! Typos are forgiven at word level: a word missing from the vocabulary is looked up by
//! Damerau-Levenshtein distance (`strsim`) among the words one or two edits away.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::cmp::Ordering;

use crate::knowledge::{Entry, Files, Knowledge, KnowledgeError};
use crate::normalize::{self, MAX_QUERY_CHARS, Normalizer, StemCache, Token};

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
}

impl Outcome {
    /// The outcome of picking `entry` by hand (a button, a number, a deep link).
    pub fn chosen(entry: usize) -> Self {
        Outcome {
            status: Status::Answered,
            best: Some(Scored {
                entry,
                question: 0,
                score: 1.0,
            }),
            suggestions: Vec::new(),
        }
    }
}

/// Weight of a stop word, against rarity weights (BM25 idf, up to about 3 here) for the others.
///
/// Chosen by hand: low enough that "what is the" never decides a match, high enough that two
/// paraphrases equal in content prefer the one with the same function words.
const STOP_WEIGHT: f32 = 0.1;

/// The tunable numbers of the matcher. [`Tuning::DEFAULT`] is what ships; other values exist for
/// `examples/tune.rs`, which sweeps them over the labelled questions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// How much a word found only in an entry's source sentence (not its questions) counts
    /// towards that entry's coverage.
    pub source_credit: f32,
    /// Weight of a query word unknown to the knowledge, as a multiple of the rarest known
    /// word's. An unknown word ("Germany", "price") is what makes a near-miss out of scope.
    pub unknown_factor: f32,
    /// Share of the token similarity (weighted F1 against the best paraphrase) in the score.
    pub w_tokens: f32,
    /// Share of the coverage (question weight explained by the entry's words) in the score.
    pub w_coverage: f32,
    /// Share of the character similarity (Sørensen-Dice) in the score.
    pub w_chars: f32,
    /// Score at or above which the best entry is answered (if also `margin` ahead and not gated).
    pub answer_floor: f32,
    /// Lead over the best other entry needed to answer rather than suggest.
    pub margin: f32,
    /// Score at or above which entries are suggested; below it, no match.
    pub suggest_floor: f32,
    /// Score at or above which a small-talk entry is taken.
    pub smalltalk_floor: f32,
    /// The best entry's explained weight must be at least this multiple of the weight of the
    /// question words it does not explain; otherwise those words ("UK" in "did the UK ban it
    /// too?") change the question, and it is not answered.
    pub gate: f32,
    /// Below this multiple of the weight of the question words unknown to the knowledge
    /// altogether, the question is a near-miss the article does not cover: no match rather than
    /// suggest.
    pub gate_no_match: f32,
    /// How much a word found in only one of an entry's questions counts towards explaining a
    /// query (two questions: halfway to full credit; three or more: full credit).
    pub single_use_credit: f32,
}

impl Tuning {
    /// The shipped values, chosen with `cargo run --release --example tune` on
    /// `tests/questions.tsv` only: the most correct answers with at most 3% wrong ones and at
    /// most 3% of out-of-scope questions answered, preferring round values in the middle of a
    /// plateau so that they do not hinge on single questions (the other labelled sets are then
    /// checked, never tuned on).
    pub const DEFAULT: Tuning = Tuning {
        source_credit: 0.7,
        unknown_factor: 0.8,
        w_tokens: 0.7,
        w_coverage: 0.15,
        w_chars: 0.15,
        answer_floor: 0.45,
        margin: 0.05,
        suggest_floor: 0.3,
        smalltalk_floor: 0.5,
        gate: 4.0,
        gate_no_match: 1.0,
        single_use_credit: 0.6,
    };
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning::DEFAULT
    }
}

/// Weight of matched content words a question needs before any article entry answers it.
const MIN_ANSWER_WEIGHT: f32 = 0.3;

/// Credit for a word matched with zero, one or two typos.
const TYPO_CREDIT: [f32; 3] = [1.0, 0.85, 0.7];
/// Words in more paraphrases than this are not walked to find candidates (see `rank`).
const POSTINGS_CAP: usize = 2_000;
/// How many entries a `suggest` offers at most.
const MAX_SUGGESTIONS: usize = 3;
/// Entries kept after the token scores, best first; they get the (costlier) character
/// similarity, and the decision, suggestions and inline answers come from them.
const RANKED: usize = 6;

#[derive(Debug)]
struct Term {
    text: String,
    weight: f32,
    stop: bool,
}

#[derive(Debug)]
struct Paraphrase {
    entry: u32,
    question: u32,
    /// Sorted content term ids.
    content: Vec<u32>,
    /// Sorted stop-word term ids.
    stops: Vec<u32>,
    /// Sum of the weights of all its terms.
    weight: f32,
    /// Normalized text, for the character similarity.
    key: String,
}

/// A query word after lookup.
#[derive(Debug, Clone, Copy)]
struct QueryTerm {
    term: Option<u32>,
    weight: f32,
    credit: f32,
    stop: bool,
}

/// Accumulator per paraphrase while scoring one query.
#[derive(Debug, Clone, Copy, Default)]
struct Acc {
    /// Query-side matched weight.
    query: f32,
    /// Paraphrase-side matched weight.
    para: f32,
}

thread_local! {
    /// Reused per-paraphrase accumulators (only the touched ones are reset after a query).
    static SCRATCH: RefCell<Vec<Acc>> = const { RefCell::new(Vec::new()) };
}

/// The matching engine over one knowledge base.
#[derive(Debug)]
pub struct Matcher {
    tuning: Tuning,
    knowledge: Knowledge,
    normalizer: Normalizer,
    /// Entry id -> index into the knowledge's entries.
    ids: HashMap<String, usize>,
    vocab: HashMap<String, u32>,
    terms: Vec<Term>,
    paraphrases: Vec<Paraphrase>,
    /// Content term -> paraphrases containing it.
    term_paraphrases: Vec<Vec<u32>>,
    /// Content term -> (entry, credit) for entries whose bag has it.
    term_entries: Vec<Vec<(u32, f32)>>,
    /// Word or word-with-one-deletion -> content terms, for typo lookup.
    deletions: HashMap<String, Vec<u32>>,
    unknown_weight: f32,
}

impl Matcher {
    /// Indexes `knowledge` (already validated) with the shipped [`Tuning`].
    pub fn new(knowledge: Knowledge) -> Self {
        Self::with_tuning(knowledge, Tuning::DEFAULT)
    }

    /// Indexes `knowledge` with other tuning values (for `examples/tune.rs`).
    pub fn with_tuning(knowledge: Knowledge, tuning: Tuning) -> Self {
        let mut m = Self::index(&knowledge, tuning);
        m.knowledge = knowledge;
        m
    }

    /// Validates and indexes knowledge files at once, on two cores: what start-up uses.
    pub fn load(files: &Files) -> Result<Self, KnowledgeError> {
        let (knowledge, mut m) = Knowledge::parse_with(
            &files.article,
            &files.qa,
            &files.article_name,
            &files.qa_name,
            |k| Self::index(k, Tuning::DEFAULT),
        )?;
        m.knowledge = knowledge;
        Ok(m)
    }

    /// Everything but the knowledge itself, which the caller moves in.
    fn index(knowledge: &Knowledge, tuning: Tuning) -> Self {
        let normalizer = Normalizer::new(&knowledge.synonyms);
        let mut m = Matcher {
            tuning,
            normalizer,
            ids: knowledge
                .entries
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.clone(), i))
                .collect(),
            vocab: HashMap::default(),
            terms: Vec::new(),
            paraphrases: Vec::new(),
            term_paraphrases: Vec::new(),
            term_entries: Vec::new(),
            deletions: HashMap::default(),
            unknown_weight: 0.0,
            knowledge: Knowledge {
                title: String::new(),
                entries: Vec::new(),
                synonyms: Vec::new(),
                origin: String::new(),
            },
        };
        // Entry bags: (term, credit) sorted by term; see `bag`.
        let mut bags: Vec<Vec<(u32, f32)>> = Vec::with_capacity(knowledge.entries.len());
        let mut cache = StemCache::default();
        for (e, entry) in knowledge.entries.iter().enumerate() {
            // One term per question using it, then the terms of the source sentence.
            let mut uses: Vec<u32> = Vec::new();
            let mut extra: Vec<u32> = Vec::new();
            for (q, question) in entry.questions.iter().enumerate() {
                let tokens = m.normalizer.tokens_cached(question, &mut cache);
                let mut content = Vec::new();
                let mut stops = Vec::new();
                for t in &tokens {
                    let id = m.intern(t);
                    if t.stop {
                        stops.push(id);
                    } else {
                        content.push(id);
                    }
                }
                content.sort_unstable();
                content.dedup();
                uses.extend(&content);
                stops.sort_unstable();
                stops.dedup();
                m.paraphrases.push(Paraphrase {
                    entry: e as u32,
                    question: q as u32,
                    content,
                    stops,
                    weight: 0.0,
                    key: normalize::join(&tokens),
                });
            }
            if let Some(source) = &entry.source {
                for t in m.normalizer.tokens_cached(source, &mut cache) {
                    if !t.stop {
                        extra.push(m.intern(&t));
                    }
                }
            }
            bags.push(bag(uses, extra, &tuning));
        }

        // Rarity: BM25's idf, ln(1 + (N - df + 0.5) / (df + 0.5)), df counted over entry bags:
        // a word in nearly every entry ("kaspersky") weighs almost nothing.
        let n = knowledge.entries.len().max(1) as f32;
        let mut df = vec![0u32; m.terms.len()];
        for bag in &bags {
            for &(t, _) in bag {
                df[t as usize] += 1;
            }
        }
        for (t, term) in m.terms.iter_mut().enumerate() {
            term.weight = if term.stop {
                STOP_WEIGHT
            } else {
                idf(n, df[t] as f32)
            };
        }
        m.unknown_weight = tuning.unknown_factor * idf(n, 1.0);

        m.term_paraphrases = vec![Vec::new(); m.terms.len()];
        m.term_entries = vec![Vec::new(); m.terms.len()];
        for (p, para) in m.paraphrases.iter_mut().enumerate() {
            para.weight = para
                .content
                .iter()
                .chain(&para.stops)
                .map(|&t| m.terms[t as usize].weight)
                .sum();
            for &t in &para.content {
                m.term_paraphrases[t as usize].push(p as u32);
            }
        }
        for (e, bag) in bags.iter().enumerate() {
            for &(t, credit) in bag {
                m.term_entries[t as usize].push((e as u32, credit));
            }
        }
        let words: Vec<(String, u32)> = m
            .vocab
            .iter()
            .filter(|(_, id)| !m.terms[**id as usize].stop)
            .map(|(w, id)| (w.clone(), *id))
            .collect();
        for (word, id) in words {
            // Typos are looked up among words of four letters or more; numbers are not words.
            if word.chars().count() >= 4 && !word.chars().any(|c| c.is_numeric()) {
                for key in deletions(&word) {
                    m.deletions.entry(key).or_default().push(id);
                }
            }
        }
        m.normalizer.remember(cache);
        m
    }

    fn intern(&mut self, token: &Token) -> u32 {
        if let Some(&id) = self.vocab.get(&token.text) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.vocab.insert(token.text.clone(), id);
        self.terms.push(Term {
            text: token.text.clone(),
            weight: 0.0,
            stop: token.stop,
        });
        id
    }

    /// The knowledge this matcher answers from.
    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// The entry with this id, without scanning the knowledge.
    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.ids.get(id).map(|&i| &self.knowledge.entries[i])
    }

    /// The entry a [`Scored`] refers to.
    pub fn entry(&self, scored: &Scored) -> &Entry {
        &self.knowledge.entries[scored.entry]
    }

    /// Scores `question` and decides.
    ///
    /// Text starting with `/` is a bot command, not a question: no entry answers it.
    pub fn decide(&self, question: &str) -> Outcome {
        if question.trim_start().starts_with('/') {
            return Outcome {
                status: Status::NoMatch,
                best: None,
                suggestions: Vec::new(),
            };
        }
        let (query, key) = self.analyze(question);
        let ranked = self.rank(&query, &key);
        let mut outcome = self.choose(&query, &ranked);
        if outcome.status == Status::NoMatch || outcome.status == Status::Suggest {
            // A long message often wraps its question in context ("I read that ... Could you
            // tell me why?"): the question-like parts may be clear where the whole is not.
            if let Some(better) = self.best_part(question) {
                outcome = better;
            }
        }
        // Only the first MAX_QUERY_CHARS were read: a longer paste is never answered outright,
        // at most the entries it seems to be about are offered.
        if question.chars().nth(MAX_QUERY_CHARS).is_some() && outcome.status == Status::Answered {
            outcome.status = Status::Suggest;
            outcome.suggestions = self.suggestions(&ranked);
            if outcome.suggestions.is_empty() {
                outcome.status = Status::NoMatch;
            }
        }
        outcome
    }

    /// The best answered article entry among the question-like parts of a long message, if any.
    fn best_part(&self, message: &str) -> Option<Outcome> {
        let parts = question_parts(message);
        // One part that is the whole message would only repeat the decision just made.
        if parts.is_empty() || parts == [message.trim()] {
            return None;
        }
        parts
            .into_iter()
            .filter_map(|part| {
                let (query, key) = self.analyze(part);
                let ranked = self.rank(&query, &key);
                let o = self.choose(&query, &ranked);
                (o.status == Status::Answered).then_some(o)
            })
            .max_by(|a, b| {
                let score = |o: &Outcome| o.best.map_or(0.0, |b| b.score);
                score(a).total_cmp(&score(b))
            })
    }

    /// The leading entries for `question` (at most six) with their scores, best first.
    pub fn ranked(&self, question: &str) -> Vec<Scored> {
        let (query, key) = self.analyze(question);
        self.rank(&query, &key)
    }

    /// Looks up each distinct query word: exactly, else within one or two typos, else unknown.
    /// Also returns the normalized question, for the character similarity.
    fn analyze(&self, question: &str) -> (Vec<QueryTerm>, String) {
        let tokens = self.normalizer.tokens(question);
        let mut out: Vec<QueryTerm> = Vec::with_capacity(tokens.len());
        let mut seen: Vec<&str> = Vec::with_capacity(tokens.len());
        for t in &tokens {
            if seen.contains(&t.text.as_str()) {
                continue;
            }
            seen.push(&t.text);
            let (term, credit) = match self.vocab.get(&t.text) {
                Some(&id) => (Some(id), 1.0),
                None if t.stop => (None, 0.0),
                None => match self.correct(&t.text) {
                    Some((id, distance)) => (Some(id), TYPO_CREDIT[distance]),
                    None => (None, 0.0),
                },
            };
            let weight = match term {
                Some(id) => self.terms[id as usize].weight,
                None if t.stop => STOP_WEIGHT,
                None => self.unknown_weight,
            };
            out.push(QueryTerm {
                term,
                weight,
                credit,
                stop: t.stop || term.is_some_and(|id| self.terms[id as usize].stop),
            });
        }
        (out, normalize::join(&tokens))
    }

    /// The vocabulary word closest to an unknown `word`, with its edit distance.
    fn correct(&self, word: &str) -> Option<(u32, usize)> {
        // A doubled letter ("bann", "fbii") is the commonest slip, and finds short words too.
        let chars: Vec<char> = word.chars().collect();
        for i in 1..chars.len() {
            if chars[i] == chars[i - 1] && chars[i].is_alphabetic() {
                let undoubled: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
                if let Some(&id) = self.vocab.get(&undoubled)
                    && !self.terms[id as usize].stop
                {
                    return Some((id, 1));
                }
            }
        }
        let len = chars.len();
        if len < 4 || word.chars().any(|c| c.is_numeric()) {
            return None;
        }
        let max = if len >= 8 { 2 } else { 1 };
        let mut best: Option<(u32, usize, f64)> = None;
        for key in deletions(word) {
            for &id in self.deletions.get(&key).into_iter().flatten() {
                let candidate = self.word(id);
                let d = strsim::damerau_levenshtein(word, candidate);
                // Words a letter apart at the start are usually different words ("cost" /
                // "post", "deadline" / "headline", "effect" / "affect"), and people seldom
                // mistype the first letter: a typo must keep it.
                if d == 0 || d > max || word.chars().next() != candidate.chars().next() {
                    continue;
                }
                let jw = strsim::jaro_winkler(word, candidate);
                let better = match best {
                    None => true,
                    Some((_, bd, bjw)) => d < bd || (d == bd && jw > bjw),
                };
                if better {
                    best = Some((id, d, jw));
                }
            }
        }
        best.map(|(id, d, _)| (id, d))
    }

    fn word(&self, id: u32) -> &str {
        &self.terms[id as usize].text
    }

    /// Entries sharing a content word with the query, best first, with their best paraphrase.
    fn rank(&self, query: &[QueryTerm], query_key: &str) -> Vec<Scored> {
        let tune = &self.tuning;
        let total: f32 = query.iter().map(|q| q.weight).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        let mut stops: Vec<u32> = query
            .iter()
            .filter(|q| q.stop)
            .filter_map(|q| q.term)
            .collect();
        stops.sort_unstable();

        // Candidates come from the postings of the query's rarer words. A word in more than
        // POSTINGS_CAP paraphrases, or a quarter of them ("work" in a big help centre, "kaspersky"
        // here), is instead looked up in each candidate (binary search), so it costs
        // O(candidates · log n) rather than O(n). Only a query of common words alone walks them.
        let content: Vec<(u32, &QueryTerm)> = query
            .iter()
            .filter(|q| !q.stop)
            .filter_map(|q| q.term.map(|t| (t, q)))
            .collect();
        let cap = POSTINGS_CAP.min(self.paraphrases.len() / 4);
        let rare = |t: u32| self.term_paraphrases[t as usize].len() <= cap;
        let any_rare = content.iter().any(|&(t, _)| rare(t));
        let (walk, check): (Vec<_>, Vec<_>) =
            content.iter().partition(|&&(t, _)| !any_rare || rare(t));

        // Weighted F1 per paraphrase; best per entry.
        let mut best: HashMap<u32, (u32, f32)> = HashMap::default();
        SCRATCH.with(|scratch| {
            let mut acc = scratch.borrow_mut();
            if acc.len() < self.paraphrases.len() {
                acc.resize(self.paraphrases.len(), Acc::default());
            }
            let mut touched: Vec<u32> = Vec::new();
            for &&(t, q) in &walk {
                let tw = self.terms[t as usize].weight;
                for &p in &self.term_paraphrases[t as usize] {
                    let a = &mut acc[p as usize];
                    if a.query == 0.0 {
                        touched.push(p);
                    }
                    a.query += q.weight * q.credit;
                    a.para += tw * q.credit;
                }
            }
            for &p in &touched {
                let mut a = std::mem::take(&mut acc[p as usize]);
                let para = &self.paraphrases[p as usize];
                for &&(t, q) in &check {
                    if para.content.binary_search(&t).is_ok() {
                        a.query += q.weight * q.credit;
                        a.para += self.terms[t as usize].weight * q.credit;
                    }
                }
                let shared_stops = count_common(&para.stops, &stops) as f32 * STOP_WEIGHT;
                let recall = (a.query + shared_stops) / total;
                let precision = (a.para + shared_stops) / para.weight.max(f32::EPSILON);
                let f1 = if recall + precision > 0.0 {
                    2.0 * recall * precision / (recall + precision)
                } else {
                    0.0
                };
                let slot = best.entry(para.entry).or_insert((p, -1.0));
                if f1 > slot.1 {
                    *slot = (p, f1);
                }
            }
        });
        // Coverage of the candidate entries.
        let coverage = |e: u32| -> f32 {
            content
                .iter()
                .map(|&(t, q)| q.weight * q.credit * self.bag_credit(t, e))
                .sum()
        };

        let mut ranked: Vec<(Scored, u32)> = best
            .into_iter()
            .map(|(e, (p, f1))| {
                let cov = coverage(e) / total;
                let para = &self.paraphrases[p as usize];
                let score = tune.w_tokens * f1 + tune.w_coverage * cov.min(1.0);
                (
                    Scored {
                        entry: e as usize,
                        question: para.question as usize,
                        score,
                    },
                    p,
                )
            })
            .collect();
        // Only the leaders matter to the decision: select them without sorting every candidate.
        if ranked.len() > RANKED {
            ranked.select_nth_unstable_by(RANKED - 1, |a, b| by_score(&a.0, &b.0));
            ranked.truncate(RANKED);
        }
        let query_bigrams = Bigrams::new(query_key);
        let mut used = Vec::new();
        for (scored, p) in &mut ranked {
            let chars = query_bigrams.dice(&self.paraphrases[*p as usize].key, &mut used);
            scored.score = (scored.score + tune.w_chars * chars as f32).clamp(0.0, 1.0);
        }
        ranked.sort_by(|a, b| by_score(&a.0, &b.0));
        ranked.into_iter().map(|(s, _)| s).collect()
    }

    fn choose(&self, query: &[QueryTerm], ranked: &[Scored]) -> Outcome {
        let tune = &self.tuning;
        let no_match = |best| Outcome {
            status: Status::NoMatch,
            best,
            suggestions: Vec::new(),
        };
        let Some(&top) = ranked.first() else {
            return no_match(None);
        };
        let second = ranked.get(1).map_or(0.0, |s| s.score);
        let entry = &self.knowledge.entries[top.entry];

        if entry.is_smalltalk() {
            return if top.score >= tune.smalltalk_floor {
                Outcome {
                    status: Status::Smalltalk,
                    best: Some(top),
                    suggestions: Vec::new(),
                }
            } else {
                no_match(Some(top))
            };
        }

        let Explained {
            matched,
            unexplained_sum,
            unknown_sum,
            ..
        } = self.explained(query, top.entry);
        // Too little of the question is about anything ("what was that about?", "what is
        // it?"): a lone question word or "kaspersky" weighs about 0.2.
        let gated = matched < tune.gate * unexplained_sum || matched < MIN_ANSWER_WEIGHT;
        let near_miss = matched < tune.gate_no_match * unknown_sum;

        if top.score >= tune.answer_floor && top.score - second >= tune.margin && !gated {
            return Outcome {
                status: Status::Answered,
                best: Some(top),
                suggestions: Vec::new(),
            };
        }
        if top.score < tune.suggest_floor || near_miss {
            return no_match(Some(top));
        }
        Outcome {
            status: Status::Suggest,
            best: Some(top),
            suggestions: self.suggestions(ranked),
        }
    }

    /// What of the query entry `entry` explains, and the heaviest word it does not.
    fn explained(&self, query: &[QueryTerm], entry: usize) -> Explained {
        let mut e = Explained::default();
        for (i, q) in query.iter().enumerate().filter(|(_, q)| !q.stop) {
            let credit = q.term.map_or(0.0, |t| self.bag_credit(t, entry as u32));
            if credit > 0.0 {
                e.matched += q.weight * q.credit * credit;
                // A word only partly explained (met in one paraphrase) is partly unexplained.
                e.unexplained_sum += q.weight * (1.0 - credit);
                continue;
            }
            e.unexplained_sum += q.weight;
            if q.term.is_none() {
                e.unknown_sum += q.weight;
            }
            if q.weight > e.unexplained {
                e.unexplained = q.weight;
                e.unknown = q.term.is_none();
                e.word = Some(i);
            }
        }
        e
    }

    /// A human-readable account of how `question` was scored (for `examples/tune.rs`).
    pub fn explain(&self, question: &str) -> String {
        use std::fmt::Write;
        let (query, key) = self.analyze(question);
        let words = normalize::join(&self.normalizer.tokens(question));
        let mut s = format!("{:?} -> {:?}\n  words:", self.decide(question).status, key);
        let texts: Vec<&str> = words.split(' ').collect();
        let mut seen = Vec::new();
        for t in &texts {
            if !seen.contains(t) {
                seen.push(*t);
            }
        }
        for (q, text) in query.iter().zip(&seen) {
            let known = match q.term {
                Some(t) if self.word(t) != *text => format!("~{}", self.word(t)),
                Some(_) => String::new(),
                None => "?".into(),
            };
            let _ = write!(
                s,
                " {text}{known}({:.2}{})",
                q.weight,
                if q.stop { "s" } else { "" }
            );
        }
        let ranked = self.rank(&query, &key);
        for r in ranked.iter().take(4) {
            let e = self.explained(&query, r.entry);
            let missing = e.word.and_then(|i| seen.get(i)).copied().unwrap_or("-");
            let _ = write!(
                s,
                "\n  {:.3} {:<26} matched {:.2} unexplained {:.2}, heaviest {missing}({:.2}{}) {:?}",
                r.score,
                self.knowledge.entries[r.entry].id,
                e.matched,
                e.unexplained_sum,
                e.unexplained,
                if e.unknown { ",unknown" } else { "" },
                self.knowledge.entries[r.entry].questions[r.question],
            );
        }
        s
    }

    /// The article entries worth offering, best first.
    fn suggestions(&self, ranked: &[Scored]) -> Vec<Scored> {
        ranked
            .iter()
            .filter(|s| !self.knowledge.entries[s.entry].is_smalltalk())
            .filter(|s| s.score >= self.tuning.suggest_floor)
            .take(MAX_SUGGESTIONS)
            .copied()
            .collect()
    }

    fn bag_credit(&self, term: u32, entry: u32) -> f32 {
        let list = &self.term_entries[term as usize];
        list.binary_search_by_key(&entry, |&(e, _)| e)
            .map_or(0.0, |i| list[i].1)
    }
}

/// The character bigrams of a string without its whitespace, sorted: Sørensen-Dice exactly as
/// `strsim::sorensen_dice` computes it (a test checks they agree), without its two hash maps
/// per call, so that scoring the leading candidates stays cheap.
struct Bigrams<'a> {
    text: &'a str,
    /// Byte length of `text` without whitespace.
    len: usize,
    sorted: Vec<u64>,
}

impl<'a> Bigrams<'a> {
    fn new(text: &'a str) -> Self {
        let mut sorted = Vec::with_capacity(text.len());
        let mut len = 0;
        let mut previous: Option<char> = None;
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            len += c.len_utf8();
            if let Some(p) = previous {
                sorted.push((u64::from(p) << 32) | u64::from(c));
            }
            previous = Some(c);
        }
        sorted.sort_unstable();
        Bigrams { text, len, sorted }
    }

    fn stripped(&self) -> impl Iterator<Item = char> + 'a {
        self.text.chars().filter(|c| !c.is_whitespace())
    }

    /// Sørensen-Dice between `self` (sorted once per query) and `other`, whose bigrams are
    /// looked up in ours instead of being sorted; `used` marks the bigrams of ours already
    /// matched, so that repeated bigrams count as often as both sides have them.
    fn dice(&self, other: &str, used: &mut Vec<bool>) -> f64 {
        let other_len: usize = other
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(char::len_utf8)
            .sum();
        if self.len == other_len
            && self
                .stripped()
                .eq(other.chars().filter(|c| !c.is_whitespace()))
        {
            return 1.0;
        }
        // strsim divides by byte lengths; so do we, to agree with it exactly.
        if self.len < 2 || other_len < 2 {
            return 0.0;
        }
        used.clear();
        used.resize(self.sorted.len(), false);
        let mut common = 0usize;
        let mut previous: Option<char> = None;
        for c in other.chars().filter(|c| !c.is_whitespace()) {
            if let Some(p) = previous {
                let bigram = (u64::from(p) << 32) | u64::from(c);
                let first = self.sorted.partition_point(|&b| b < bigram);
                if let Some(i) = (first..self.sorted.len())
                    .take_while(|&i| self.sorted[i] == bigram)
                    .find(|&i| !used[i])
                {
                    used[i] = true;
                    common += 1;
                }
            }
            previous = Some(c);
        }
        (2 * common) as f64 / (self.len + other_len - 2) as f64
    }
}

/// How much of a query an entry explains.
#[derive(Debug, Default)]
struct Explained {
    /// Weight of the query words the entry's questions or source contain.
    matched: f32,
    /// Weight of the heaviest query word it does not contain.
    unexplained: f32,
    /// Whether that word is unknown to the whole knowledge.
    unknown: bool,
    /// Its index in the query.
    word: Option<usize>,
    /// Weight of all the query words it does not contain.
    unexplained_sum: f32,
    /// Weight of those of them unknown to the whole knowledge.
    unknown_sum: f32,
}

/// An entry's bag: each term of its questions (`uses` holds it once per question using it) or of
/// its source sentence (`extra`), with its credit, sorted by term.
///
/// A word of the questions earns `single_use_credit` from one question, full credit from three:
/// one paraphrase's incidental word ("radio", "exactly") should not fully explain a question.
/// A word of the source alone earns `source_credit`.
fn bag(mut uses: Vec<u32>, mut extra: Vec<u32>, tuning: &Tuning) -> Vec<(u32, f32)> {
    uses.sort_unstable();
    extra.sort_unstable();
    extra.dedup();
    let single = tuning.single_use_credit;
    let mut bag: Vec<(u32, f32)> = uses
        .chunk_by(|a, b| a == b)
        .map(|g| {
            let n = g.len() as f32;
            (g[0], (single + (1.0 - single) * (n - 1.0) / 2.0).min(1.0))
        })
        .collect();
    for t in extra {
        match bag.binary_search_by_key(&t, |&(term, _)| term) {
            Ok(i) => bag[i].1 = bag[i].1.max(tuning.source_credit),
            Err(i) => bag.insert(i, (t, tuning.source_credit)),
        }
    }
    bag
}

/// BM25's inverse document frequency of a word in `df` of `n` entries.
fn idf(n: f32, df: f32) -> f32 {
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

fn by_score(a: &Scored, b: &Scored) -> Ordering {
    b.score
        .partial_cmp(&a.score)
        .unwrap_or(Ordering::Equal)
        .then(a.entry.cmp(&b.entry))
}

/// Words a message must have before its parts are tried on their own.
const LONG_MESSAGE_WORDS: usize = 12;

/// The parts of a long message that look like questions: its sentences, and for long sentences
/// their clauses, that end with `?` or contain a question word or "tell me"/"explain".
fn question_parts(message: &str) -> Vec<&str> {
    let prefix = match message.char_indices().nth(MAX_QUERY_CHARS) {
        Some((end, _)) => &message[..end],
        None => message,
    };
    if prefix.split_whitespace().count() < LONG_MESSAGE_WORDS {
        return Vec::new();
    }
    let looks_like_question = |part: &str| {
        let lower = part.to_lowercase();
        part.trim_end().ends_with('?')
            || lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
                matches!(
                    w,
                    "what"
                        | "why"
                        | "how"
                        | "when"
                        | "who"
                        | "where"
                        | "which"
                        | "whom"
                        | "whose"
                        | "explain"
                        | "tell"
                )
            })
    };
    let mut parts = Vec::new();
    for sentence in prefix.split_inclusive(['.', '?', '!', ';', '\n']) {
        let sentence = sentence.trim();
        if sentence.split_whitespace().count() < 2 {
            continue;
        }
        if sentence.split_whitespace().count() > LONG_MESSAGE_WORDS {
            for clause in sentence.split([',', ':']) {
                for piece in clause.split(" and ").chain(clause.split(" but ").skip(1)) {
                    if piece.split_whitespace().count() >= 2 && looks_like_question(piece) {
                        parts.push(piece.trim());
                    }
                }
            }
        }
        if looks_like_question(sentence) {
            parts.push(sentence);
        }
    }
    parts
}

/// Number of ids both sorted lists hold.
fn count_common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The word itself and every way of deleting one of its characters.
fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::with_capacity(chars.len() + 1);
    out.push(word.to_string());
    for i in 0..chars.len() {
        let s: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bag_credit_grows_with_the_questions_using_a_word() {
        let t = Tuning::DEFAULT;
        // Term 1 in one question, 2 in two, 3 in three, 4 only in the source, 5 in both.
        let bag = bag(vec![3, 1, 2, 3, 2, 3, 5], vec![4, 5, 4], &t);
        let single = t.single_use_credit;
        assert_eq!(
            bag,
            [
                (1, single),
                (2, (1.0 + single) / 2.0),
                (3, 1.0),
                (4, t.source_credit),
                (5, single.max(t.source_credit)),
            ]
        );
    }

    #[test]
    fn bigram_dice_agrees_with_strsim() {
        let samples = [
            "",
            "a",
            "ab",
            "what does the ban cover",
            "whi ban kasperski",
            "ban ban ban",
            "aaaa",
            "aa aa",
            "kasperski respond",
            "kasperski reaction",
            "прив ет",
            "ba",
        ];
        for a in samples {
            for b in samples {
                let ours = Bigrams::new(a).dice(b, &mut Vec::new());
                let theirs = strsim::sorensen_dice(a, b);
                assert!(
                    (ours - theirs).abs() < 1e-12,
                    "{a:?} {b:?}: {ours} vs {theirs}"
                );
            }
        }
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
}
