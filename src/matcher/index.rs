//! The index built once per knowledge base: vocabulary with a rarity weight per word, inverted
//! indexes from words to paraphrases and to entries, and a deletion index for typo lookup.

use std::cmp::Ordering;
use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::kinds::KindCredits;
use super::{alias, distinct};
use crate::knowledge::{Entry, Knowledge};
use crate::normalize::lexicon::QUESTION_WORDS;
use crate::normalize::typo::DeletionIndex;
use crate::normalize::{Normalizer, StemCache};

/// Weight of a stop word, against rarity weights (BM25 idf, up to about 3 here) for the others.
///
/// Chosen by hand: low enough that "what is the" never decides a match, high enough that two
/// paraphrases equal in content prefer the one with the same function words.
pub(super) const STOP_WEIGHT: f32 = 0.1;

/// The numbers used when the index is built: changing one means building the index again.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IndexTuning {
    /// How much a word found only in an entry's source sentence (not its questions) counts
    /// towards that entry's coverage.
    pub source_credit: f32,
    /// Weight of a query word unknown to the knowledge, as a multiple of the rarest known
    /// word's. An unknown word ("Germany", "price") is what makes a near-miss out of scope.
    /// Knowledge sparser than the shipped one weighs it less (see [`sparse_scale`]).
    pub unknown_factor: f32,
    /// How much a word found in only one of an entry's questions counts towards explaining a
    /// query (two questions: halfway to full credit; three or more: full credit).
    pub single_use_credit: f32,
}

impl IndexTuning {
    /// The shipped values (see [`super::Tuning::DEFAULT`] for how they were chosen).
    pub const DEFAULT: IndexTuning = IndexTuning {
        source_credit: 0.7,
        unknown_factor: 0.8,
        single_use_credit: 0.6,
    };
}

#[derive(Debug)]
pub(super) struct Term {
    pub(super) text: String,
    pub(super) weight: f32,
    pub(super) stop: bool,
}

#[derive(Debug)]
pub(super) struct Paraphrase {
    pub(super) entry: u32,
    pub(super) question: u32,
    /// Sorted content term ids.
    pub(super) content: Vec<u32>,
    /// Sorted stop-word term ids.
    pub(super) stops: Vec<u32>,
    /// Normalized text, for the character similarity.
    pub(super) key: String,
}

/// What scoring a paraphrase reads of it before its words (see [`Index::para_hot`]).
#[derive(Debug, Clone, Copy)]
pub(super) struct ParaHot {
    pub(super) entry: u32,
    /// The sum of its terms' weights.
    pub(super) weight: f32,
    /// Its function words as a set.
    pub(super) stops: StopSet,
}

/// Entries from this many on are read on two threads.
const PARALLEL_ENTRIES: usize = 4_096;
/// A word of the knowledge in at most this many questions is a plain word's last choice when an
/// unknown word is read as one (see [`Normalizer::know_rare`]).
const RARE_PLAIN_QUESTIONS: usize = 2;

/// Words met while reading entries, each with an id.
#[derive(Debug, Default)]
struct Vocabulary {
    ids: HashMap<String, u32>,
    terms: Vec<Term>,
}

impl Vocabulary {
    /// The id of `text`, a new one the first time (a function word if `stop`).
    fn intern(&mut self, text: &str, stop: bool) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.ids.insert(text.to_string(), id);
        self.terms.push(Term {
            text: text.to_string(),
            weight: 0.0,
            stop,
        });
        id
    }
}

/// Some entries' words, read: their paraphrases and source words, with the words' ids.
struct Read {
    words: Vocabulary,
    paraphrases: Vec<Paraphrase>,
    /// Each entry's source words; its questions' words are in its paraphrases.
    sources: Vec<Vec<u32>>,
    /// Each entry's paraphrases.
    ranges: Vec<Range<usize>>,
    cache: StemCache,
}

impl Read {
    /// Reads `entries`, the first of which is entry `first` of the knowledge.
    fn entries(normalizer: &Normalizer, entries: &[Entry], first: usize) -> Read {
        let mut read = Read {
            words: Vocabulary::default(),
            paraphrases: Vec::new(),
            sources: Vec::with_capacity(entries.len()),
            ranges: Vec::with_capacity(entries.len()),
            cache: StemCache::default(),
        };
        let words = &mut read.words;
        for (e, entry) in entries.iter().enumerate() {
            let start = read.paraphrases.len();
            for (q, question) in entry.questions.iter().enumerate() {
                let mut content = Vec::new();
                let mut stops = Vec::new();
                // The normalized text, for the character similarity.
                let mut key = String::new();
                normalizer.for_each_token_cached(question, &mut read.cache, |text, stop| {
                    let id = words.intern(text, stop);
                    if stop {
                        stops.push(id);
                    } else {
                        content.push(id);
                    }
                    if !key.is_empty() {
                        key.push(' ');
                    }
                    key.push_str(text);
                });
                content.sort_unstable();
                content.dedup();
                stops.sort_unstable();
                stops.dedup();
                read.paraphrases.push(Paraphrase {
                    entry: (first + e) as u32,
                    question: q as u32,
                    content,
                    stops,
                    key,
                });
            }
            let mut extra = Vec::new();
            if let Some(source) = &entry.source {
                normalizer.for_each_token_cached(source, &mut read.cache, |text, stop| {
                    if !stop {
                        extra.push(words.intern(text, stop));
                    }
                });
            }
            read.sources.push(extra);
            read.ranges.push(start..read.paraphrases.len());
        }
        read
    }

    /// Adds `next`, read from the entries after these, with its words' ids made these ones'
    /// (a word both read keeps its first reading, as if all were read in order).
    fn append(&mut self, next: Read) {
        let id: Vec<u32> = next
            .words
            .terms
            .iter()
            .map(|t| self.words.intern(&t.text, t.stop))
            .collect();
        let remap = |ids: &mut Vec<u32>| {
            for t in ids.iter_mut() {
                *t = id[*t as usize];
            }
            ids.sort_unstable();
        };
        let offset = self.paraphrases.len();
        for mut para in next.paraphrases {
            remap(&mut para.content);
            remap(&mut para.stops);
            self.paraphrases.push(para);
        }
        for mut extra in next.sources {
            for t in &mut extra {
                *t = id[*t as usize];
            }
            self.sources.push(extra);
        }
        let shift = |r: Range<usize>| r.start + offset..r.end + offset;
        self.ranges.extend(next.ranges.into_iter().map(shift));
        self.cache.absorb(next.cache);
    }
}

/// A paraphrase's or a query's function words: the commonest 64 of the knowledge as bits, and
/// whether it has any other.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct StopSet {
    common: u64,
    rare: bool,
}

/// Which bit of a [`StopSet`] each function word has: the 64 in the most paraphrases have one.
#[derive(Debug, Default)]
pub(super) struct StopSets {
    /// Term -> its bit (zero for a content word or a rarer function word).
    bits: Vec<u64>,
}

impl StopSets {
    fn new(paraphrases: &[Paraphrase], terms: usize) -> Self {
        let mut uses = vec![0u32; terms];
        for para in paraphrases {
            for &t in &para.stops {
                uses[t as usize] += 1;
            }
        }
        let mut by_use: Vec<u32> = (0..terms as u32)
            .filter(|&t| uses[t as usize] > 0)
            .collect();
        by_use.sort_unstable_by_key(|&t| (std::cmp::Reverse(uses[t as usize]), t));
        let mut bits = vec![0; terms];
        for (bit, &t) in by_use.iter().take(64).enumerate() {
            bits[t as usize] = 1 << bit;
        }
        StopSets { bits }
    }

    /// The set of the function words `stops`.
    pub(super) fn set(&self, stops: &[u32]) -> StopSet {
        let mut set = StopSet::default();
        for &t in stops {
            match self.bits.get(t as usize).copied().unwrap_or(0) {
                0 => set.rare = true,
                bit => set.common |= bit,
            }
        }
        set
    }
}

impl StopSet {
    /// The positions of this set's bits, lowest first.
    pub(super) fn common_bits(self) -> Vec<u32> {
        (0..64).filter(|&i| self.common >> i & 1 == 1).collect()
    }

    /// Whether the set has function words beyond its bits, which only the lists tell.
    pub(super) fn rare(self) -> bool {
        self.rare
    }

    /// How many function words this set and `other` (its bits at `other_bits`,
    /// [`StopSet::common_bits`]) share, when they do not both have rarer ones ([`Self::rare`]:
    /// then only their lists tell, [`count_common`]). A question has a few function words, and
    /// testing each of its bits costs less than counting the bits of a word (the build targets
    /// no `popcnt` instruction); each paraphrase ranked for a question is compared with it.
    pub(super) fn shared_bits(self, other: StopSet, other_bits: &[u32]) -> usize {
        if other_bits.len() <= 8 {
            other_bits
                .iter()
                .map(|&i| (self.common >> i & 1) as usize)
                .sum()
        } else {
            (self.common & other.common).count_ones() as usize
        }
    }
}

/// Number of ids both sorted lists hold.
pub(super) fn count_common(a: &[u32], b: &[u32]) -> usize {
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

/// Everything about the knowledge that matching needs, computed once.
#[derive(Debug)]
pub(super) struct Index {
    pub(super) normalizer: Normalizer,
    pub(super) vocab: HashMap<String, u32>,
    pub(super) terms: Vec<Term>,
    pub(super) paraphrases: Vec<Paraphrase>,
    /// Paraphrase -> what scoring it reads first, apart from [`Paraphrase`]: the walk over a
    /// question's candidates reads 24 bytes of each rather than a scattered struct.
    pub(super) para_hot: Vec<ParaHot>,
    /// The function words' bits in a [`StopSet`].
    pub(super) stop_sets: StopSets,
    /// Entry -> its first paraphrase; one more at the end (the paraphrases' count), so that entry
    /// `e`'s paraphrases are `entry_paraphrases[e]..entry_paraphrases[e + 1]`.
    pub(super) entry_paraphrases: Vec<u32>,
    /// Entry -> the least weight of its paraphrases (for bounding their precision).
    pub(super) entry_min_weights: Vec<f32>,
    /// Content term -> paraphrases containing it.
    pub(super) term_paraphrases: Vec<Vec<u32>>,
    /// Content term -> (entry, credit) for entries whose bag has it.
    pub(super) term_entries: Vec<Vec<(u32, f32)>>,
    /// Content terms by their deletions, for typo lookup.
    pub(super) deletions: DeletionIndex,
    /// Weight of a query word the knowledge does not know.
    pub(super) unknown_weight: f32,
    /// [`sparse_scale`] of the knowledge: 1 for knowledge as full as the shipped one, less for
    /// sparser knowledge.
    pub(super) sparseness: f32,
    /// Term -> the term it is read as (see [`alias`]).
    pub(super) alias: Vec<u32>,
    /// Normalized text -> the small-talk paraphrase that says it ("ok", "got it").
    pub(super) smalltalk_keys: HashMap<String, u32>,
    /// Term -> whether it is a word that only frames a request ("specify", "entity"), which the
    /// knowledge uses: met, it explains the question; not met, it does not change it.
    pub(super) frame: Vec<bool>,
    /// Which entries' questions ask who, when, why or where.
    pub(super) kinds: KindCredits,
}

impl Index {
    /// Indexes `knowledge` (validated or being validated beside).
    pub(super) fn build(knowledge: &Knowledge, tuning: &IndexTuning) -> Self {
        let mut m = Index {
            normalizer: Normalizer::new(&knowledge.synonyms),
            vocab: HashMap::default(),
            terms: Vec::new(),
            paraphrases: Vec::new(),
            para_hot: Vec::new(),
            stop_sets: StopSets::default(),
            entry_paraphrases: Vec::new(),
            entry_min_weights: Vec::new(),
            term_paraphrases: Vec::new(),
            term_entries: Vec::new(),
            deletions: DeletionIndex::default(),
            unknown_weight: 0.0,
            sparseness: 1.0,
            alias: Vec::new(),
            smalltalk_keys: HashMap::default(),
            frame: Vec::new(),
            kinds: KindCredits::default(),
        };
        // Reading the entries' words is most of the work: on large knowledge, each half of the
        // entries is read on its own thread, and the halves join.
        let entries = &knowledge.entries;
        let read = if entries.len() < PARALLEL_ENTRIES {
            Read::entries(&m.normalizer, entries, 0)
        } else {
            let mid = entries.len() / 2;
            let normalizer = &m.normalizer;
            let (mut first, second) = std::thread::scope(|scope| {
                let second = scope.spawn(|| Read::entries(normalizer, &entries[mid..], mid));
                let first = Read::entries(normalizer, &entries[..mid], 0);
                let second = second
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (first, second)
            });
            first.append(second);
            first
        };
        let Read {
            words,
            paraphrases,
            sources,
            ranges,
            cache,
        } = read;
        (m.vocab, m.terms, m.paraphrases) = (words.ids, words.terms, paraphrases);

        m.learn_standin_words(&ranges);
        m.learn_aliases(&ranges);
        m.learn_distinct_function_words(&ranges);
        m.entry_paraphrases = ranges.iter().map(|r| r.start as u32).collect();
        m.entry_paraphrases.push(m.paraphrases.len() as u32);
        for (p, para) in m.paraphrases.iter().enumerate() {
            if knowledge.entries[para.entry as usize].is_smalltalk() {
                m.smalltalk_keys.entry(para.key.clone()).or_insert(p as u32);
            }
        }
        m.sparseness = sparse_scale(novelty(&m.paraphrases, m.terms.len()));
        // Sparse knowledge: an entry's few questions hold few of its topic's words, and its
        // answer names more of them.
        let answer_credit = tuning.source_credit * (1.0 - m.sparseness);
        let mut cache = cache;
        let answers: Vec<Vec<u32>> = if answer_credit > 0.0 {
            knowledge
                .entries
                .iter()
                .map(|e| match e.source {
                    Some(_) => m.answer_words(&e.answer, &mut cache),
                    None => Vec::new(),
                })
                .collect()
        } else {
            Vec::new()
        };

        let single = tuning.single_use_credit;
        m.kinds = KindCredits::new(
            &m.vocab,
            &m.paraphrases,
            &ranges,
            &m.normalizer,
            // Its own cache: the words it stems are no words of the knowledge.
            &mut StemCache::default(),
            single,
        );

        // Entry bags: (term, credit) sorted by term; see `bag`.
        let mut bags: Vec<Vec<(u32, f32)>> = Vec::with_capacity(knowledge.entries.len());
        for (e, (extra, range)) in sources.into_iter().zip(ranges).enumerate() {
            let uses: Vec<u32> = m.paraphrases[range]
                .iter()
                .flat_map(|p| p.content.iter().copied())
                .collect();
            let extra = extra.into_iter().map(|t| m.alias[t as usize]).collect();
            let answer = answers.get(e).map_or(&[][..], Vec::as_slice);
            bags.push(bag(uses, extra, (answer, answer_credit), tuning));
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

        m.term_paraphrases = vec![Vec::new(); m.terms.len()];
        m.term_entries = vec![Vec::new(); m.terms.len()];
        m.stop_sets = StopSets::new(&m.paraphrases, m.terms.len());
        m.para_hot = Vec::with_capacity(m.paraphrases.len());
        for (p, para) in m.paraphrases.iter().enumerate() {
            let weight = para.content.iter().chain(&para.stops);
            m.para_hot.push(ParaHot {
                entry: para.entry,
                weight: weight.map(|&t| m.terms[t as usize].weight).sum(),
                stops: m.stop_sets.set(&para.stops),
            });
            for &t in &para.content {
                m.term_paraphrases[t as usize].push(p as u32);
            }
        }
        m.unknown_weight = tuning.unknown_factor * idf(n, 1.0) * m.sparseness;
        m.entry_min_weights = m
            .entry_paraphrases
            .windows(2)
            .map(|w| {
                let hot = &m.para_hot[w[0] as usize..w[1] as usize];
                hot.iter().map(|h| h.weight).fold(f32::MAX, f32::min)
            })
            .collect();
        for (e, bag) in bags.iter().enumerate() {
            for &(t, credit) in bag {
                m.term_entries[t as usize].push((e as u32, credit));
            }
        }
        for (word, &id) in &m.vocab {
            if !m.terms[id as usize].stop {
                m.deletions.insert(word, id);
            }
        }
        m.normalizer.remember(cache);
        let terms = m
            .vocab
            .iter()
            .filter(|&(_, &id)| !m.terms[id as usize].stop);
        let terms: Vec<String> = terms.map(|(word, _)| word.clone()).collect();
        m.normalizer.know_terms(terms);
        let rare: Vec<String> = m
            .vocab
            .iter()
            .filter(|&(_, &id)| m.term_paraphrases[id as usize].len() <= RARE_PLAIN_QUESTIONS)
            .map(|(word, _)| word.clone())
            .collect();
        m.normalizer.know_rare(rare);
        m.frame = vec![false; m.terms.len()];
        for word in crate::normalize::frame::words() {
            if let Some((stem, false)) = m.normalizer.knowledge_word(word)
                && let Some(&id) = m.vocab.get(stem)
            {
                m.frame[id as usize] = true;
                m.frame[m.alias[id as usize] as usize] = true;
            }
        }
        m
    }

    /// The content terms of an entry's answer, new ones added to the vocabulary (each its own
    /// alias).
    fn answer_words(&mut self, answer: &str, cache: &mut StemCache) -> Vec<u32> {
        let mut out = Vec::new();
        let (vocab, terms, alias) = (&mut self.vocab, &mut self.terms, &mut self.alias);
        self.normalizer
            .for_each_token_cached(answer, cache, |text, stop| {
                if stop {
                    return;
                }
                let id = *vocab.entry(text.to_owned()).or_insert_with(|| {
                    let id = terms.len() as u32;
                    terms.push(Term {
                        text: text.to_owned(),
                        weight: 0.0,
                        stop,
                    });
                    alias.push(id);
                    id
                });
                // A known function word stays one.
                if !terms[id as usize].stop {
                    out.push(alias[id as usize]);
                }
            });
        out
    }

    /// Words the knowledge uses interchangeably index as one (see [`alias`]); `ranges` holds
    /// each entry's paraphrases.
    fn learn_aliases(&mut self, ranges: &[Range<usize>]) {
        let by_entry: Vec<Vec<&[u32]>> = ranges
            .iter()
            .map(|r| {
                let paraphrases = &self.paraphrases[r.clone()];
                paraphrases.iter().map(|p| p.content.as_slice()).collect()
            })
            .collect();
        let question_words = self.question_words();
        self.alias = alias::learn(&by_entry, self.terms.len(), &question_words);
        let alias = &self.alias;
        for (t, &a) in alias.iter().enumerate().filter(|&(t, &a)| a as usize != t) {
            let (word, read_as) = (&self.terms[t].text, &self.terms[a as usize].text);
            tracing::debug!(word, read_as, "alias");
        }
        for para in &mut self.paraphrases {
            if para.content.iter().any(|&t| alias[t as usize] != t) {
                for t in &mut para.content {
                    *t = alias[*t as usize];
                }
                para.content.sort_unstable();
                para.content.dedup();
            }
        }
    }

    /// Each entry's questions as (content terms, function-word terms), for the learners.
    fn questions_by_entry(&self, ranges: &[Range<usize>]) -> Vec<Vec<(&[u32], &[u32])>> {
        ranges
            .iter()
            .map(|r| {
                let paraphrases = &self.paraphrases[r.clone()];
                paraphrases
                    .iter()
                    .map(|p| (p.content.as_slice(), p.stops.as_slice()))
                    .collect()
            })
            .collect()
    }

    /// Function words this knowledge writes in place of content words are content words here
    /// (see [`alias::standins`]); the alias learner then joins them with the words they stand for.
    fn learn_standin_words(&mut self, ranges: &[Range<usize>]) {
        let by_entry = self.questions_by_entry(ranges);
        let mut fixed = self.question_words();
        let grammar = self.terms.iter().enumerate();
        fixed.extend(grammar.filter_map(|(t, term)| {
            crate::normalize::is_grammar_word(&term.text).then_some(t as u32)
        }));
        let standins = alias::standins(&by_entry, self.terms.len(), &fixed);
        self.promote(&standins, "function word standing in for a content word");
    }

    /// Function words that tell entries apart are content words here (see [`distinct`]).
    fn learn_distinct_function_words(&mut self, ranges: &[Range<usize>]) {
        let distinct = distinct::function_words(&self.questions_by_entry(ranges));
        self.promote(&distinct, "function word as content");
    }

    /// Indexes the function words `words` (sorted term ids) as content words.
    fn promote(&mut self, words: &[u32], why: &str) {
        for &t in words {
            self.terms[t as usize].stop = false;
            tracing::debug!(word = self.terms[t as usize].text, why);
        }
        let promoted = |t: &u32| words.binary_search(t).is_ok();
        for para in &mut self.paraphrases {
            if para.stops.iter().any(promoted) {
                para.content
                    .extend(para.stops.iter().filter(|t| promoted(t)));
                para.content.sort_unstable();
                para.stops.retain(|t| !promoted(t));
            }
        }
    }

    /// The knowledge's terms for the question words, which never change how they are read.
    fn question_words(&self) -> Vec<u32> {
        QUESTION_WORDS
            .iter()
            .flat_map(|w| self.normalizer.tokens(w))
            .filter_map(|t| self.vocab.get(&t.text).copied())
            .collect()
    }

    /// The paraphrases of entry `e`.
    pub(super) fn paraphrases_of(&self, e: u32) -> Range<usize> {
        let e = e as usize;
        self.entry_paraphrases[e] as usize..self.entry_paraphrases[e + 1] as usize
    }

    /// The word of term `id`.
    pub(super) fn word(&self, id: u32) -> &str {
        &self.terms[id as usize].text
    }

    /// How much entry `entry`'s questions and source explain term `term`, in `[0, 1]`.
    pub(super) fn bag_credit(&self, term: u32, entry: u32) -> f32 {
        let list = &self.term_entries[term as usize];
        list.binary_search_by_key(&entry, |&(e, _)| e)
            .map_or(0.0, |i| list[i].1)
    }
}

/// An entry's bag: each term of its questions (`uses` holds it once per question using it) or of
/// its source sentence (`extra`), with its credit, sorted by term.
///
/// A word of the questions earns `single_use_credit` from one question, full credit from three:
/// one paraphrase's incidental word ("radio", "exactly") should not fully explain a question.
/// A word of the source alone earns `source_credit`; of the answer alone, `answer.1`.
fn bag(
    mut uses: Vec<u32>,
    mut extra: Vec<u32>,
    answer: (&[u32], f32),
    tuning: &IndexTuning,
) -> Vec<(u32, f32)> {
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
    let extra = extra.into_iter().map(|t| (t, tuning.source_credit));
    for (t, credit) in extra.chain(answer.0.iter().map(|&t| (t, answer.1))) {
        match bag.binary_search_by_key(&t, |&(term, _)| term) {
            Ok(i) => bag[i].1 = bag[i].1.max(credit),
            Err(i) => bag.insert(i, (t, credit)),
        }
    }
    bag
}

/// Share of the paraphrases' content words that no other paraphrase uses: how often the
/// knowledge's own questions say something in words it has nowhere else: 3.6% in the shipped
/// knowledge (1,900 paraphrases), 25-28% in knowledge of 70-110 paraphrases written apart from
/// it, about 0 in large templated or generated knowledge.
fn novelty(paraphrases: &[Paraphrase], terms: usize) -> f32 {
    let mut uses = vec![0u32; terms];
    for para in paraphrases {
        for &t in &para.content {
            uses[t as usize] += 1;
        }
    }
    let words: usize = paraphrases.iter().map(|p| p.content.len()).sum();
    let novel = paraphrases
        .iter()
        .flat_map(|p| &p.content)
        .filter(|&&t| uses[t as usize] == 1)
        .count();
    if words == 0 {
        0.0
    } else {
        novel as f32 / words as f32
    }
}

/// How much an unknown word weighs in knowledge of `novelty` ([`novelty`]), as a share
/// of its weight in knowledge as full as the shipped one. A word unknown to the knowledge is
/// evidence that a question asks about something else only as far as the knowledge's own
/// questions seldom use words it has nowhere else: in sparse knowledge (a few questions an entry)
/// most words of an in-scope question are unknown too.
fn sparse_scale(novelty: f32) -> f32 {
    if novelty <= FULL_NOVELTY {
        1.0
    } else {
        FULL_NOVELTY / novelty
    }
}

/// [`novelty`] up to which knowledge counts as full: the decision was tuned on the
/// shipped knowledge, of novelty 0.036. (At 0.08, knowledge written apart from it answered 177
/// fewer questions right on the tuning sets, for 58 fewer wrong answers and 32 fewer out of scope;
/// at 0.04 its wrong and out-of-scope rates are about the shipped knowledge's.)
const FULL_NOVELTY: f32 = 0.04;

/// BM25's inverse document frequency of a word in `df` of `n` entries.
fn idf(n: f32, df: f32) -> f32 {
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_function_words_counted_by_bits_agree_with_the_lists() {
        // 100 function words, more than a set has bits for, in paraphrases of 0 to 11 of them.
        let mut seed = 7_u64;
        let mut next = move |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        let paraphrases: Vec<Paraphrase> = (0..300)
            .map(|_| {
                let len = next(12);
                // Lower ids are commoner, as function words are.
                let mut stops: Vec<u32> = (0..len)
                    .map(|_| (next(100) * next(100) / 100) as u32)
                    .collect();
                stops.sort_unstable();
                stops.dedup();
                Paraphrase {
                    entry: 0,
                    question: 0,
                    content: Vec::new(),
                    stops,
                    key: String::new(),
                }
            })
            .collect();
        let sets = StopSets::new(&paraphrases, 100);
        let (mut rare, mut one_rare) = (0, 0);
        for a in &paraphrases {
            for b in &paraphrases {
                let (sa, sb) = (sets.set(&a.stops), sets.set(&b.stops));
                if sa.rare() && sb.rare() {
                    // Only the lists tell.
                    rare += 1;
                    continue;
                }
                one_rare += usize::from(sa.rare() || sb.rare());
                assert_eq!(
                    sa.shared_bits(sb, &sb.common_bits()),
                    count_common(&a.stops, &b.stops),
                    "{:?} {:?}",
                    a.stops,
                    b.stops
                );
            }
        }
        assert!(rare > 0, "no pair had rarer function words on both sides");
        assert!(one_rare > 0, "no pair had rarer function words on one side");
    }

    #[test]
    fn unknown_words_weigh_less_in_sparse_knowledge_only() {
        let full = crate::matcher::Matcher::new(crate::knowledge::Knowledge::builtin().unwrap());
        assert!(novelty(&full.index.paraphrases, full.index.terms.len()) <= FULL_NOVELTY);
        assert_eq!(full.index.sparseness, 1.0);
        // Knowledge whose questions share few words: half of them are in one question only.
        assert_eq!(sparse_scale(0.5), FULL_NOVELTY / 0.5);
        assert!(sparse_scale(0.3) > sparse_scale(0.5));
    }

    #[test]
    fn entries_read_in_two_halves_read_as_in_one_go() {
        let words = [
            "rename", "my", "invoice", "on", "the", "app", "bill", "after", "trial",
        ];
        let entries: Vec<Entry> = (0..40)
            .map(|i| Entry {
                id: format!("e{i}"),
                questions: (0..3)
                    .map(|q| format!("{} {} {}", words[(i + q) % 9], words[i % 7], words[q]))
                    .collect(),
                answer: String::new(),
                source: Some(format!("{} number{i}", words[(i * 5) % 9])),
                related: Vec::new(),
                line: 0,
            })
            .collect();
        let normalizer = Normalizer::new(&[]);
        let whole = Read::entries(&normalizer, &entries, 0);
        let mut halves = Read::entries(&normalizer, &entries[..17], 0);
        halves.append(Read::entries(&normalizer, &entries[17..], 17));
        let text = |read: &Read, ids: &[u32]| -> Vec<(String, bool)> {
            let mut out: Vec<_> = ids
                .iter()
                .map(|&t| {
                    let term = &read.words.terms[t as usize];
                    (term.text.clone(), term.stop)
                })
                .collect();
            out.sort();
            out
        };
        assert_eq!(whole.words.terms.len(), halves.words.terms.len());
        assert_eq!(whole.ranges, halves.ranges);
        for (a, b) in whole.paraphrases.iter().zip(&halves.paraphrases) {
            assert_eq!((a.entry, a.question, &a.key), (b.entry, b.question, &b.key));
            assert_eq!(text(&whole, &a.content), text(&halves, &b.content));
            assert_eq!(text(&whole, &a.stops), text(&halves, &b.stops));
            assert!(b.content.is_sorted() && b.stops.is_sorted());
        }
        for (a, b) in whole.sources.iter().zip(&halves.sources) {
            assert_eq!(text(&whole, a), text(&halves, b));
        }
    }

    #[test]
    fn bag_credit_grows_with_the_questions_using_a_word() {
        let t = IndexTuning::DEFAULT;
        // Term 1 in one question, 2 in two, 3 in three, 4 only in the source, 5 in both, 6
        // only in the answer, 7 in the answer and the source.
        let bag = bag(
            vec![3, 1, 2, 3, 2, 3, 5],
            vec![4, 5, 4, 7],
            (&[6, 7], 0.5),
            &t,
        );
        let single = t.single_use_credit;
        assert_eq!(
            bag,
            [
                (1, single),
                (2, (1.0 + single) / 2.0),
                (3, 1.0),
                (4, t.source_credit),
                (5, single.max(t.source_credit)),
                (6, 0.5),
                (7, t.source_credit),
            ]
        );
    }
}
