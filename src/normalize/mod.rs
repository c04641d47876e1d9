//! Text normalization, the same for stored paraphrases and for user queries.
//!
//! Unicode NFKC, lowercase, typographic quotes and dashes folded, punctuation and symbols (emoji,
//! markup) turned into word breaks, possessive `'s` dropped, dotted abbreviations joined (`u.s.` →
//! `us`), elongations collapsed (`whyyy` → `why`), chat spellings read as words (`wat` → `what`),
//! English stemming (Snowball), then multi-word synonyms replaced by their canonical word.
//! Stop words are kept but flagged, so that the matcher can weight them low.

use std::sync::{Mutex, PoisonError};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

pub(crate) mod frame;
mod idioms;
pub(crate) mod lexicon;
pub(crate) mod memo;
mod phrases;
pub(crate) mod plain;
mod respell;
mod separable;
mod slang;
pub(crate) mod typo;
pub(crate) mod wordnet;

use idioms::drop_idioms;
use lexicon::{CHAT_SPEAK, FUNCTION_WORDS, STOP_WORDS};
use typo::DeletionIndex;

/// Characters of a query that are looked at; the rest of a longer message is ignored, so that the
/// work per message is bounded whatever its length.
pub const MAX_QUERY_CHARS: usize = 1_000;
/// Words of a query that are looked at, after [`MAX_QUERY_CHARS`]. A long message tells its story
/// first and asks last: at 48 words the question of many was cut off. Every labelled set (181
/// files), against 48: at 64, 12 more right and 13 fewer wrong; at 56, 10 and 9; at 72, 10 and 11;
/// at 80 and 96, 8 and 9.
pub const MAX_QUERY_WORDS: usize = 64;

/// Shortest unknown word corrected to one of the knowledge's own words before stemming.
const SURFACE_TYPO_CHARS: usize = 5;
/// Shortest typo read as a slip of a synonym's variant: five letters have too many neighbours
/// among them ("tweat" is "tweet", not the variant "tweak"; "sayin" is "saying").
const VARIANT_TYPO_CHARS: usize = 6;

/// A normalized word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The stemmed, synonym-mapped form.
    pub text: String,
    /// Whether this is a function word ("the", "does", "me") that says little about the topic.
    pub stop: bool,
}

/// Synonym variants (their stemmed words) with their canonical word.
type Variants = Vec<(Vec<String>, String)>;

/// Normalizes text into [`Token`]s; built once per knowledge base (it owns the synonyms).
pub struct Normalizer {
    stemmer: Stemmer,
    /// Stems of the words the knowledge uses, kept from loading: most query words are there.
    known: StemCache,
    /// First word of a variant -> (variant words, canonical), longest variants first.
    synonyms: HashMap<String, Variants>,
    /// The same variants of two words or more, by their first and second words (a common first
    /// word such as "the" opens a hundred of them), and of one word by the word.
    phrases: HashMap<String, HashMap<String, Variants>>,
    singles: HashMap<String, String>,
    /// The first two words of each variant of two words or more, as typed ("spill" -> "the" of
    /// "spill the beans"), and the most words a variant has: where a question may hold one.
    phrase_openers: HashMap<String, HashSet<String>>,
    longest_phrase: usize,
    /// Whether typos of function words are read as the words: for questions, once the
    /// knowledge's own words are known (so that none of them is ever "corrected").
    fix_function_words: bool,
    /// The knowledge's own surface words (those of `known`), by their deletions: a typo in one
    /// is corrected before stemming hides it.
    surface: DeletionIndex,
    surface_words: Vec<String>,
    /// The synonyms' variants of one word that the knowledge does not use itself, as typed, by
    /// their deletions, and their stems: a typo of one ("prodcut", "reposne") that is none of
    /// the knowledge's own words is corrected as those are, and then read as the synonym.
    variants: DeletionIndex,
    variant_forms: Vec<(String, String)>,
    /// The stems of the knowledge's content words, for reading a word it does not use as a plain
    /// word that it does ([`plain::plain`]).
    known_stems: HashSet<String>,
    /// [`respell::skeleton`] of each of the knowledge's own words and each function word -> the
    /// word, or `None` when two words share it.
    skeletons: HashMap<String, Option<String>>,
    /// The skeletons that two or more function words share and no other word does ("ths":
    /// this, these, those): a word typed so is a function word, whichever it is.
    function_skeletons: HashSet<String>,
    /// The stems the matcher reads as terms of the knowledge (its content words after the
    /// synonyms): a word of the knowledge only within a synonym of several words ("hammer" of
    /// "ban hammer") is none.
    terms: HashSet<String>,
    /// [`Normalizer::plain_stand_in`]'s table.
    plain_stems: HashMap<String, String>,
    /// The knowledge's stems that two of its questions or fewer use ([`Normalizer::know_rare`]).
    rare_stems: HashSet<String>,
    /// What [`Normalizer::stem`] read for words the knowledge does not use, at question time.
    unknown: Mutex<HashMap<String, (String, bool)>>,
}

/// Words [`Normalizer::stem`] remembers at question time before it starts again.
const UNKNOWN_MEMO_WORDS: usize = 4_096;

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("synonyms", &self.synonyms.len())
            .finish()
    }
}

impl Normalizer {
    /// A normalizer applying `synonyms` (`canonical -> variants`).
    pub fn new(synonyms: &[(String, Vec<String>)]) -> Self {
        let mut n = Self {
            stemmer: Stemmer::create(Algorithm::English),
            known: StemCache::default(),
            synonyms: HashMap::default(),
            phrases: HashMap::default(),
            singles: HashMap::default(),
            phrase_openers: HashMap::default(),
            longest_phrase: 0,
            fix_function_words: false,
            surface: DeletionIndex::default(),
            surface_words: Vec::new(),
            variants: DeletionIndex::default(),
            variant_forms: Vec::new(),
            known_stems: HashSet::default(),
            skeletons: HashMap::default(),
            function_skeletons: HashSet::default(),
            terms: HashSet::default(),
            plain_stems: HashMap::default(),
            rare_stems: HashSet::default(),
            unknown: Mutex::default(),
        };
        let mut table: HashMap<String, Variants> = HashMap::default();
        for (canonical, variants) in synonyms {
            let Some(canonical) = n.stems(canonical).into_iter().next() else {
                continue;
            };
            for variant in variants {
                let typed = words(variant);
                if typed.len() >= 2 {
                    n.phrase_openers
                        .entry(typed[0].clone())
                        .or_default()
                        .insert(typed[1].clone());
                    n.longest_phrase = n.longest_phrase.max(typed.len());
                }
                let words: Vec<String> = n.stems(variant);
                if let ([form], [stem]) = (typed.as_slice(), words.as_slice())
                    && form.len() >= SURFACE_TYPO_CHARS
                    && form.bytes().all(|b| b.is_ascii_lowercase())
                {
                    n.variant_forms.push((form.clone(), stem.clone()));
                }
                if let Some(first) = words.first() {
                    table
                        .entry(first.clone())
                        .or_default()
                        .push((words, canonical.clone()));
                }
            }
        }
        for list in table.values_mut() {
            list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        for (first, list) in &table {
            for (words, canonical) in list {
                match words.get(1) {
                    Some(second) => n
                        .phrases
                        .entry(first.clone())
                        .or_default()
                        .entry(second.clone())
                        .or_default()
                        .push((words.clone(), canonical.clone())),
                    None => {
                        n.singles
                            .entry(first.clone())
                            .or_insert_with(|| canonical.clone());
                    }
                }
            }
        }
        n.synonyms = table;
        n
    }

    /// Each informal expression of several words ("drop the hammer on", "in cahoots with") as
    /// the first of its plain words whose stem the knowledge uses, or a synonym of one; kept
    /// where the knowledge's own synonyms hold the expression or a phrase within it ("show the
    /// door", "got the boot": "the boot"), or the knowledge uses all its words as words of its
    /// own ("hammer" only within the synonym "ban hammer" is none). Every labelled set but the
    /// 65th and 66th: 16 more right, 3 fewer. An expression whose plain words are all function
    /// words ("no cap": "honestly") is read as the first of them: it only stresses the question
    /// (every labelled set but the 92nd: 1 more right, none fewer).
    fn read_slang(&self, words: &mut Vec<String>) {
        let stem = |w: &str| self.stemmer.stem(&american(w)).into_owned();
        let known = |s: &str| self.known_stems.contains(s) || self.synonyms.contains_key(s);
        let mut chat = phrases::chat_forms(words);
        let mut i = 0;
        while i < words.len() {
            if let Some((len, plain)) = slang::expression_at(&words[i..], &chat[i..]) {
                // Only an expression with a word the knowledge does not use: one made of its
                // words ("get rid of") it reads as it is.
                let strange = words[i..i + len]
                    .iter()
                    .any(|w| !is_stop_word(w) && !self.reads_as_term(w));
                if strange
                    && self.phrases_within(&words[i..i + len]).next().is_none()
                    && let Some(p) = plain.iter().find(|p| !is_stop_word(p) && known(&stem(p)))
                {
                    words.splice(i..i + len, [(*p).to_string()]);
                    chat.splice(i..i + len, [None]);
                } else if strange && !plain.is_empty() && plain.iter().all(|p| is_stop_word(p)) {
                    words.splice(i..i + len, [plain[0].to_string()]);
                    chat.splice(i..i + len, [None]);
                }
            }
            i += 1;
        }
    }

    /// Whether the knowledge uses `typed` as a word of its own: one it holds, and (once the
    /// matcher has told its terms) one read as a term, not only within a longer synonym.
    fn reads_as_term(&self, typed: &str) -> bool {
        self.known
            .0
            .get(typed)
            .is_some_and(|(stem, _)| self.terms.is_empty() || self.terms.contains(stem))
    }

    /// Keeps the knowledge's stems that few of its questions use (two or fewer): a plain word
    /// for an unknown one is read as one of them only when no other plain word of it is known.
    pub fn know_rare(&mut self, stems: impl IntoIterator<Item = String>) {
        self.rare_stems = stems.into_iter().collect();
        self.forget_unknown();
    }

    /// Keeps the stems the matcher reads as terms of the knowledge.
    pub fn know_terms(&mut self, terms: impl IntoIterator<Item = String>) {
        self.terms = terms.into_iter().collect();
        self.forget_unknown();
        let mut plain_stems = HashMap::default();
        for (typed, (stem, stop)) in &self.known.0 {
            if !*stop
                && !self.terms.contains(stem)
                && !plain_stems.contains_key(stem)
                && let Some(plain) = self.plain_term(typed)
            {
                plain_stems.insert(stem.clone(), plain);
            }
        }
        self.plain_stems = plain_stems;
    }

    /// The term a stem that the knowledge holds only within longer synonyms ("cozi" of "cozy
    /// with", "bureau" of "the bureau") reads as where it stands alone: the first plain word of
    /// its word that is a term ("cozy": "ties"), as an unknown word is read through `plain.txt`.
    /// Every labelled set but the 92nd: 6 fixed, 1 broken (5 more right, 2 more wrong).
    pub(crate) fn plain_stand_in(&self, stem: &str) -> Option<&str> {
        self.plain_stems.get(stem).map(String::as_str)
    }

    /// The first plain word of `typed` ([`plain::plain`]) that the knowledge reads as a term.
    fn plain_term(&self, typed: &str) -> Option<String> {
        if is_stop_word(typed) || chat_speak(typed).is_some() {
            return None;
        }
        plain::plain(typed).iter().find_map(|p| {
            let stem = self.stemmer.stem(&american(p)).into_owned();
            self.terms.contains(&stem).then_some(stem)
        })
    }

    /// Whether a synonym variant of two words or more ends `phrase` (typed words): "the boot"
    /// of "give the boot", "kick out".
    fn holds_phrase(&self, phrase: &[String]) -> bool {
        self.phrases_within(phrase)
            .any(|(k, n)| k + n == phrase.len())
    }

    /// The synonym variants of two words or more within `phrase` (typed words): where each
    /// starts and how many words it has.
    fn phrases_within(&self, phrase: &[String]) -> impl Iterator<Item = (usize, usize)> + '_ {
        let tokens = self.as_typed(phrase);
        (0..tokens.len()).filter_map(move |k| {
            let (n, _) = self.variant_at(&tokens[k..])?;
            (n >= 2).then_some((k, n))
        })
    }

    /// The longest synonym variant `words` open with: its length in words and its canonical
    /// word.
    fn variant_at(&self, words: &[Token]) -> Option<(usize, &String)> {
        let first = &words.first()?.text;
        self.phrase_at(first, words, |_| true)
            .or_else(|| self.singles.get(first).map(|canonical| (1, canonical)))
    }

    /// The longest variant of several words, of a canonical word `of` accepts, that opens with
    /// `first` and goes on with the words after the first of `words`.
    fn phrase_at(
        &self,
        first: &str,
        words: &[Token],
        of: impl Fn(&str) -> bool,
    ) -> Option<(usize, &String)> {
        let list = self.phrases.get(first)?.get(&words.get(1)?.text)?;
        list.iter()
            .find(|(variant, canonical)| {
                of(canonical)
                    && words.len() >= variant.len()
                    && variant[1..]
                        .iter()
                        .zip(&words[1..])
                        .all(|(v, w)| *v == w.text)
            })
            .map(|(variant, canonical)| (variant.len(), canonical))
    }

    /// The length of a variant of `canonical` of several words opening with `canonical` itself
    /// ("kaspersky lab") that `words` spell after their first word, a one-word variant of it
    /// ("kasperksy"): "kasperksy lab" is read as "kaspersky lab" is; 1 when there is none.
    fn respelt_phrase(&self, words: &[Token], canonical: &str) -> usize {
        self.phrase_at(canonical, words, |to| to == canonical)
            .map_or(1, |(len, _)| len)
    }

    /// The positions of `words` (a question's, as typed) that make up a synonym variant of two
    /// words or more, read word for word: no word of "spill the beans" is corrected to another
    /// ("beans": "ban") before the variant is looked up.
    fn phrased(&self, words: &[String]) -> Vec<usize> {
        let mut phrased = Vec::new();
        // Only a word the knowledge does not use is ever read as another.
        if !self.fix_function_words || words.iter().all(|w| self.known.0.contains_key(w)) {
            return phrased;
        }
        for (i, pair) in words.windows(2).enumerate() {
            // Variants are looked for where their first two words are, as typed: only there are
            // the words stemmed.
            if phrased.contains(&i)
                || !self
                    .phrase_openers
                    .get(&pair[0])
                    .is_some_and(|seconds| seconds.contains(&pair[1]))
            {
                continue;
            }
            let end = words.len().min(i + self.longest_phrase);
            let read = self.as_typed(&words[i..end]);
            if let Some((len, _)) = self.variant_at(&read).filter(|&(len, _)| len >= 2) {
                phrased.extend(i..i + len);
            }
        }
        phrased
    }

    /// Typed words as the synonym table reads them, one token each ([`Normalizer::plain_stem`]).
    fn as_typed(&self, words: &[String]) -> Vec<Token> {
        words
            .iter()
            .map(|w| Token {
                text: self.plain_stem(w),
                stop: false,
            })
            .collect()
    }

    /// `typed` as the synonym table reads it: a chat spelling as its word, stemmed unless a
    /// function word.
    fn plain_stem(&self, typed: &str) -> String {
        self.stem_as_is(chat_speak(typed).unwrap_or(typed))
    }

    /// `word`'s stem, as it is typed: a function word or one with digits or other scripts
    /// kept whole.
    fn stem_as_is(&self, word: &str) -> String {
        if is_stop_word(word) || !word.chars().all(|c| c.is_ascii_alphabetic()) {
            word.to_owned()
        } else if let Ok(i) = OWN_STEMS.binary_search_by_key(&word, |&(w, _)| w) {
            OWN_STEMS[i].1.to_owned()
        } else {
            self.stemmer.stem(&american(word)).into_owned()
        }
    }

    /// Normalized tokens of `text`, at most [`MAX_QUERY_WORDS`] of its first [`MAX_QUERY_CHARS`].
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        // One question seldom repeats a word: remembering its stems would cost more than it
        // saves. A decision reads some of its texts more than once, though (see [`memo`]).
        memo::tokens(self as *const Self as usize, text, || {
            self.tokens_with(text, None)
        })
    }

    /// [`Normalizer::tokens`], remembering each word's stem in `cache`: loading a large
    /// knowledge base meets the same words again and again.
    pub fn tokens_cached(&self, text: &str, cache: &mut StemCache) -> Vec<Token> {
        self.tokens_with(text, Some(cache))
    }

    /// [`Normalizer::tokens`], remembering stems in `cache` if one is given.
    fn tokens_with(&self, text: &str, mut cache: Option<&mut StemCache>) -> Vec<Token> {
        let mut words = words(text);
        hearing_as_verb(&mut words);
        if self.fix_function_words {
            why_aye_as_stress(&mut words);
            wen_as_past_marker(&mut words);
            self.respell_function_slips(&mut words);
            telling_others_as_saying(&mut words);
            company_saying_as_response(&mut words);
            resolve_hwo(&mut words);
            the_states_as_usa(&mut words);
            who_are_as_what(&mut words);
            who_is_this_group_as_what(&mut words);
            big_as_stress(&mut words);
            tag_as_stress(&mut words);
            closing_address_as_stress(text, &mut words, |w| self.foreign_to_all(w));
            opening_address_as_stress(text, &mut words);
            deed_for_the_outcome_as_why(&mut words);
            held_against_as_why(&mut words);
            done_for_as_why(&mut words);
            closing_for_what_as_why(&mut words);
            outcome_got_as_why(&mut words);
            what_grounds_as_why(&mut words);
            which_agent_as_who(&mut words);
            who_must_as_which(&mut words);
            // Only for a knowledge that says what something covers: elsewhere "cover" would be
            // a word of the question that no entry explains.
            if self.known_stems.contains("cover") {
                what_banned_as_cover(&mut words);
                must_remove_as_cover(&mut words);
            }
            how_to_rip_out_as_remove(&mut words);
            // "showed kaspersky the door" as "showed the door kaspersky", where the synonyms
            // hold the joined phrase.
            separable::join_separated(&mut words, |phrase| self.holds_phrase(phrase));
            if self.known_stems.contains("compani") {
                group_as_company(&mut words);
            }
            drop_idioms(&mut words);
            self.read_slang(&mut words);
        }
        // What a question supposes is no word of what it asks: the doer of "was it the EU that
        // banned it?" (which asks who); the month of "was the hearing in July?" asks when.
        let premise = if self.fix_function_words {
            let mut premise = cleft_as_who(&mut words);
            premise.extend(self.reporter(&words));
            premise.extend(agents_guessed(&words));
            time_of_the_ban_as_premise(&mut words);
            when_as_conjunction(&mut words);
            cause_as_why(&mut words);
            scope_of_an_agent_question(&mut words);
            supposed_time_as_when(&mut words);
            light_verb_before_deed(&mut words);
            not_knowing_as_what_is(&mut words);
            premise
        } else {
            Vec::new()
        };
        // "wait why did they ban it", "hold on, who ...": an interjection opening a longer
        // message reads as no word of it.
        let skip = match words.as_slice() {
            [first, _, _, ..] if first == "wait" => 1,
            [first, on, _, ..] if matches!(first.as_str(), "hold" | "hang") && on == "on" => 2,
            _ => 0,
        };
        let phrased = self.phrased(&words);
        let mut words: Vec<Token> = words
            .into_iter()
            .enumerate()
            .map(|(i, w)| {
                if i < skip || premise.iter().any(|r| r.contains(&i)) {
                    return Token {
                        text: w,
                        stop: true,
                    };
                }
                if phrased.contains(&i) {
                    let text = self.plain_stem(&w);
                    let stop = is_stop_word(&text);
                    return Token { text, stop };
                }
                let (text, stop) = self.stem(w, cache.as_deref_mut());
                Token { text, stop }
            })
            .collect();
        if self.synonyms.is_empty() {
            return words;
        }
        let mut out = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            let in_premise = premise.iter().any(|r| r.contains(&i));
            match self.variant_at(&words[i..]).filter(|_| !in_premise) {
                Some((len, canonical)) => {
                    let len = if len == 1 {
                        self.respelt_phrase(&words[i..], canonical)
                    } else {
                        len
                    };
                    out.push(Token {
                        stop: false,
                        text: canonical.clone(),
                    });
                    i += len;
                }
                None => {
                    out.push(std::mem::replace(
                        &mut words[i],
                        Token {
                            text: String::new(),
                            stop: false,
                        },
                    ));
                    i += 1;
                }
            }
        }
        out
    }

    /// Calls `f` with each token of `text` (its text and whether it is a function word), as
    /// [`Normalizer::tokens_cached`] gives them, without allocating one per word when the
    /// knowledge has no synonyms (what loading large knowledge meets).
    pub fn for_each_token_cached(
        &self,
        text: &str,
        cache: &mut StemCache,
        mut f: impl FnMut(&str, bool),
    ) {
        if !self.synonyms.is_empty() {
            for t in self.tokens_cached(text, cache) {
                f(&t.text, t.stop);
            }
            return;
        }
        for_each_word(text, |w| {
            match self.known.0.get(w).or_else(|| cache.0.get(w)) {
                Some((stem, stop)) => f(stem, *stop),
                None => {
                    let (stem, stop) = self.stem(w.to_string(), Some(cache));
                    f(&stem, stop);
                }
            }
        });
    }

    /// Keeps the stems of `cache` (filled while loading the knowledge) for every later call.
    pub fn remember(&mut self, cache: StemCache) {
        self.forget_unknown();
        self.fix_function_words = true;
        self.known = StemCache(
            cache
                .0
                .into_iter()
                .filter(|(word, _)| !word.chars().any(|c| c.is_numeric()))
                .collect(),
        );
        for (word, (stem, stop)) in &self.known.0 {
            if !stop {
                self.known_stems.insert(stem.clone());
            }
            if !stop && word.bytes().all(|b| b.is_ascii_lowercase()) {
                self.surface.insert(word, self.surface_words.len() as u32);
                self.surface_words.push(word.clone());
            }
        }
        self.variant_forms
            .retain(|(form, _)| !self.known.0.contains_key(form));
        for (id, (form, _)) in self.variant_forms.iter().enumerate() {
            self.variants.insert(form, id as u32);
        }
        // Two forms of one word ("respond", "responded") are one reading.
        let known = &self.known.0;
        let stem = |w: &str| known.get(w).map_or(w.to_owned(), |(stem, _)| stem.clone());
        let words = known
            .keys()
            .map(String::as_str)
            .chain(STOP_WORDS.iter().copied());
        let mut skeletons: HashMap<String, Option<String>> = HashMap::default();
        // Whether every word of a skeleton is a function word.
        let mut function: HashMap<String, bool> = HashMap::default();
        for word in words.filter(|w| w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase())) {
            let skeleton = respell::skeleton(word);
            *function.entry(skeleton.clone()).or_insert(true) &= is_stop_word(word);
            skeletons
                .entry(skeleton)
                .and_modify(|meant| {
                    if meant.as_deref().is_some_and(|m| stem(m) != stem(word)) {
                        *meant = None;
                    }
                })
                .or_insert_with(|| Some(word.to_owned()));
        }
        self.function_skeletons = function
            .into_iter()
            .filter(|(skeleton, all)| *all && skeletons.get(skeleton) == Some(&None))
            .map(|(skeleton, _)| skeleton)
            .collect();
        self.skeletons = skeletons;
    }

    /// The word an unknown `typed` word can only be: typed on another keyboard layout ("bqn",
    /// "whz") or without its vowels ("dmcrcy"), when that reads as one of the knowledge's own
    /// words or a function word. English words, chat spellings and function words are what they
    /// are.
    fn respelt(&self, typed: &str) -> Option<&str> {
        if !typed.bytes().all(|b| b.is_ascii_lowercase())
            || is_stop_word(typed)
            || chat_speak(typed).is_some()
            || wordnet::is_english(typed)
        {
            return None;
        }
        let known = |w: &str| self.known.0.contains_key(w) || is_stop_word(w);
        let swappable = typed
            .bytes()
            .any(|b| matches!(b, b'y' | b'z' | b'q' | b'w'));
        if swappable && let Some(word) = respell::other_layouts(typed).find(|w| known(w)) {
            return self
                .known
                .0
                .get_key_value(&word)
                .map(|(w, _)| w.as_str())
                .or_else(|| {
                    STOP_WORDS
                        .binary_search(&word.as_str())
                        .ok()
                        .map(|i| STOP_WORDS[i])
                });
        }
        if !respell::unvowelled(typed) {
            return None;
        }
        // A "y" typed is no vowel left out: "wny" is not "wanna".
        self.skeletons
            .get(&respell::skeleton(typed))?
            .as_deref()
            .filter(|word| word.len() > typed.len())
            .filter(|word| !typed.contains('y') || word.contains('y'))
    }

    /// The normalized text as one string: what "the same paraphrase" means.
    pub fn key(&self, text: &str) -> String {
        join(&self.tokens(text))
    }

    /// [`Normalizer::key`] with a [`StemCache`].
    pub fn key_cached(&self, text: &str, cache: &mut StemCache) -> String {
        join(&self.tokens_cached(text, cache))
    }

    /// The canonical word for a stem that is a one-word synonym variant ("prohibit": "ban"), else
    /// the stem itself.
    pub fn canonical<'a>(&'a self, stem: &'a str) -> &'a str {
        self.synonyms
            .get(stem)
            .and_then(|variants| variants.iter().find(|(words, _)| words.len() == 1))
            .map_or(stem, |(_, canonical)| canonical.as_str())
    }

    /// A word's stem (stop words and words with digits or other scripts are kept as they are),
    /// and whether it is a stop word (by its surface form or its stem).
    fn stem(&self, typed: String, cache: Option<&mut StemCache>) -> (String, bool) {
        let cached = || cache.as_ref().and_then(|c| c.0.get(&typed));
        if let Some(hit) = self.known.0.get(&typed).or_else(cached) {
            return hit.clone();
        }
        if cache.is_some() {
            return self.read_unknown(typed, cache);
        }
        // A question's words are read several times (whole, by parts, beside the topic before):
        // a word the knowledge does not use is read once.
        let memo = || self.unknown.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(hit) = memo().get(&typed) {
            return hit.clone();
        }
        let read = self.read_unknown(typed.clone(), None);
        let mut memo = memo();
        if memo.len() >= UNKNOWN_MEMO_WORDS {
            memo.clear();
        }
        memo.insert(typed, read.clone());
        read
    }

    /// Forgets what [`Normalizer::stem`] read of unknown words: the knowledge it reads them
    /// against changed.
    fn forget_unknown(&mut self) {
        self.unknown
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    /// Whether `typed` is a word neither the knowledge, English (WordNet) nor the chat and
    /// function-word lists know.
    fn foreign_to_all(&self, typed: &str) -> bool {
        typed.chars().all(|c| c.is_ascii_alphabetic())
            && !self.known.0.contains_key(typed)
            && !is_stop_word(typed)
            && chat_speak(typed).is_none()
            && !wordnet::is_english(typed)
            && !wordnet::is_short_english(typed)
    }

    /// Each word the knowledge does not use that is a slip of one function word ("abuot",
    /// "teh"), and no English word itself ("wait", "intro"), as that word, before the readers of
    /// phrases look at them: "waht did kaspersky lab say abuot the ban" asks what the company
    /// said about it, as "say about" does. Every labelled set: 13 more right, nothing broken.
    fn respell_function_slips(&self, words: &mut [String]) {
        for w in words.iter_mut() {
            // The cheap checks first: most words are the knowledge's, function words or longer
            // than any function word.
            if w.len() > 8
                || self.known.0.contains_key(w.as_str())
                || is_stop_word(w)
                || chat_speak(w).is_some()
            {
                continue;
            }
            if !wordnet::is_short_english(w)
                && !wordnet::is_english(w)
                && let Some(fixed) = function_word_typo(w).and_then(FunctionTypo::word)
                && !self.is_synonym_form(w)
            {
                *w = fixed.to_owned();
            }
        }
    }

    /// "my sister says kaspersky is shipping everybody's info to moscow", "someone at the dock
    /// told me it was congress that banned it": who passed a claim on, when the message opens
    /// with them and they are nobody the knowledge names, is no word of what is asked (the
    /// claim is); the range of their words and the reporting verb. Every labelled set: 7 more
    /// right, 1 fewer wrong, 1 broken.
    fn reporter(&self, words: &[String]) -> Option<std::ops::Range<usize>> {
        const REPORTING: &[&str] = &[
            "said", "says", "say", "told", "tells", "swears", "swore", "swear", "insists",
            "insisted", "reckons", "claims", "claimed", "thinks", "heard",
        ];
        // Not a question ("who said it?", "did he say ...?", "what does the company say").
        if lexicon::QUESTION_WORDS.contains(&words.first()?.as_str())
            || lexicon::AUXILIARIES.contains(&words[0].as_str())
        {
            return None;
        }
        let v = (1..words.len().min(8)).find(|&i| REPORTING.contains(&words[i].as_str()))?;
        let nobody_known = words[..v]
            .iter()
            .all(|w| is_stop_word(w) || !self.known_stems.contains(&self.stem_as_is(w)));
        if !nobody_known {
            return None;
        }
        let mut end = v + 1;
        if matches!(words.get(end).map(String::as_str), Some("me" | "us")) {
            end += 1;
        }
        if words.get(end).map(String::as_str) == Some("that") {
            end += 1;
        }
        (end < words.len()).then_some(0..end)
    }

    /// [`Normalizer::stem`] of a word the knowledge does not use.
    fn read_unknown(&self, typed: String, cache: Option<&mut StemCache>) -> (String, bool) {
        if self.fix_function_words
            && let Some(full) = self.spoken_form(&typed)
        {
            return self.read_unknown(full, cache);
        }
        // A word the knowledge lists as a synonym ("beef": reason) is read as one, not as a
        // typo of a function word ("been").
        let fixed = if self.fix_function_words && !is_stop_word(&typed) {
            function_word_typo(&typed)
                .or_else(|| stop_word_slip(&typed))
                .filter(|_| !self.is_synonym_form(&typed))
        } else {
            None
        };
        // A formal or informal word the knowledge does not use ("promulgated", "nixed"): the
        // first of its plain words whose stem the knowledge uses, or a synonym of one.
        // Not when the knowledge uses the word's stem or a derivational relative of it ("the
        // affiliation": "affiliate"), which the matcher reads.
        let known =
            |stem: &str| self.known_stems.contains(stem) || self.synonyms.contains_key(stem);
        let reads_itself = || {
            let american = american(&typed);
            let own = self.stemmer.stem(&american);
            known(&own) || wordnet::relatives(&own).iter().any(|r| known(r))
        };
        // A chat spelling is read as such: "dem" is "them", not "democrat"; and a function
        // word as one: "bro" and "mate" address the reader, not "brother" and "friend" (every
        // labelled set but the 61st and 62nd: 13 more right, 1 fewer wrong, 2 more follow-ups).
        let plain_words = match fixed {
            None if self.fix_function_words
                && chat_speak(&typed).is_none()
                && !is_stop_word(&typed) =>
            {
                plain::plain(&typed)
            }
            _ => &[],
        };
        if !plain_words.is_empty() && !reads_itself() {
            // A plain word that few of the knowledge's questions use is the last choice:
            // "crowd" (group, people, company) is not the "group chat" of one question
            // ("is the cyber firm in bed with Putin's crowd"). Every labelled set: 7 fixed,
            // none broken; with one question, 5 and none; with four, 9 and 4; never
            // taking a rare one, 10 and 5.
            let pick = |rare_too: bool| {
                plain_words.iter().find_map(|p| {
                    let american = american(p);
                    let stem = self.stemmer.stem(&american);
                    (known(stem.as_ref()) && (rare_too || !self.rare_stems.contains(stem.as_ref())))
                        .then(|| stem.into_owned())
                })
            };
            let plain = pick(false).or_else(|| pick(true));
            if let Some(stem) = plain {
                return (stem, false);
            }
        }
        // A word that only frames the request ("kindly specify", "the principal arguments"),
        // which the knowledge does not use, nor a plain word of it ("chap": "guy"): a function
        // word, not one that changes the question. (Not where the knowledge uses it: its
        // questions use "entity", "guy" and "grateful" as words of their topics.)
        if fixed.is_none()
            && self.fix_function_words
            && frame::is_frame_word(&typed)
            && !known(&self.stemmer.stem(&american(&typed)))
        {
            return (typed, true);
        }
        // A typo of one of the knowledge's own words ("electoin", "agnecy"): its stem. Words of
        // four letters have too many neighbours among real words ("pass" is not "past"), and an
        // English word is no typo ("happening" is not the knowledge's own slip "hapening",
        // "missing" not "messing"): every labelled set but the 55th and 56th, 1 more right,
        // 4 fewer wrong, 2 more follow-ups right. Nor is one of five letters ("smart" is not
        // "start"): every labelled set but the 73rd and 74th, 2 fewer right, 11 fewer wrong, 7
        // fewer out of scope answered, 1 more follow-up right.
        if fixed.is_none()
            && self.fix_function_words
            && typed.len() >= SURFACE_TYPO_CHARS
            && !is_stop_word(&typed)
            && chat_speak(&typed).is_none()
            && typed.bytes().all(|b| b.is_ascii_lowercase())
            && let Some(hit) = self.typed_form(&typed)
            && !self.is_synonym_form(&typed)
            && !wordnet::is_english(&typed)
            && !wordnet::is_short_english(&typed)
        {
            return hit;
        }
        // Read as typed on another layout or without vowels ("bqn", "dmcrcy"), for questions,
        // when nothing above reads it: the checks cost a typo question 2 µs where they came
        // first.
        if self.fix_function_words
            && fixed.and_then(FunctionTypo::word).is_none()
            && let Some(meant) = self.respelt(&typed)
            && !self.is_synonym_form(&typed)
        {
            return match self.known.0.get(meant) {
                Some(hit) => hit.clone(),
                None => (meant.to_owned(), true),
            };
        }
        // "wen was ths": without its vowels, one of several function words.
        if self.fix_function_words
            && fixed.is_none()
            && respell::unvowelled(&typed)
            && chat_speak(&typed).is_none()
            && !wordnet::is_english(&typed)
            && self.function_skeletons.contains(&respell::skeleton(&typed))
        {
            return (typed, true);
        }
        let word = chat_speak(&typed)
            .or(fixed.and_then(FunctionTypo::word))
            .unwrap_or(&typed);
        // A typo that could be either of two function words ("hwo": how or who) says only
        // that it is one: a stop word.
        let surface_stop = is_stop_word(word) || fixed == Some(FunctionTypo::Ambiguous);
        let stem = if fixed == Some(FunctionTypo::Ambiguous) {
            word.to_owned()
        } else {
            self.stem_as_is(word)
        };
        // "thinking" and "owns" are stop words too, by their stems.
        let stop = surface_stop || is_stop_word(&stem);
        if let Some(cache) = cache
            && cache.0.len() < StemCache::MAX_WORDS
        {
            cache.0.insert(typed, (stem.clone(), stop));
        }
        (stem, stop)
    }

    /// `typed` as said aloud and spelt so, when it is no word itself: with the "g" a speaker
    /// dropped from its "-ing" ("chuckin", "swipin", "mouthin"), with the "th" said as "t" or
    /// "d" ("dere", "tink"), or with the "r" of an "-er" not said ("aftah", "computahs",
    /// "hammah", "betta"; [`dropped_r`]), where the word so restored is English, a function
    /// word, or one the knowledge (or a synonym, or a plain word) uses. `None` otherwise, and for
    /// the chat spellings read on their own ("goin", "dem").
    /// (The index restores a stem's "g" too, `Index::g_restored`, when the full word is a
    /// function word or the knowledge's: "freakin", and "begin", the stem of "beginning".)
    fn spoken_form(&self, typed: &str) -> Option<String> {
        if !typed.bytes().all(|b| b.is_ascii_lowercase())
            || chat_speak(typed).is_some()
            || is_stop_word(typed)
            || wordnet::is_english(typed)
            || wordnet::is_short_english(typed)
        {
            return None;
        }
        let dropped_g = (typed.len() >= 5 && typed.ends_with("in")).then(|| format!("{typed}g"));
        let th = (typed.len() >= 3 && typed.starts_with(['t', 'd']) && !typed.starts_with("th"))
            .then(|| format!("th{}", &typed[1..]));
        [dropped_g, th]
            .into_iter()
            .flatten()
            .chain(dropped_r(typed))
            .find(|full| {
                let stem = self.stemmer.stem(full);
                self.known_stems.contains(stem.as_ref())
                    || self.synonyms.contains_key(stem.as_ref())
                    || is_stop_word(full)
                    || wordnet::is_english(full)
                    || wordnet::is_short_english(full)
                    || !plain::plain(full).is_empty()
            })
    }

    /// What the knowledge's own word `word` (as typed there, lowercase) stems to, and whether
    /// it is a function word; `None` for a word the knowledge does not use. A lookup, no
    /// stemming.
    pub fn knowledge_word(&self, word: &str) -> Option<(&str, bool)> {
        self.known
            .0
            .get(word)
            .map(|(stem, stop)| (stem.as_str(), *stop))
    }

    /// The stem of a stem, when stemming takes a suffix of two letters or more off it again:
    /// "governmental" stems to "government", a word whose own stem is "govern". (One letter
    /// is no suffix: "yankees" stems to "yanke", not a word, and "yank" is another.)
    pub fn stem_again(&self, stem: &str) -> Option<String> {
        if !stem.chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        let again = self.stemmer.stem(stem);
        (again.len() + 2 <= stem.len() && stem.starts_with(again.as_ref()) && !is_stop_word(&again))
            .then(|| again.into_owned())
    }

    /// The reading of `typed` as a typo of one of the knowledge's own words, else (from
    /// [`VARIANT_TYPO_CHARS`] letters on) of a synonym's variant.
    fn typed_form(&self, typed: &str) -> Option<(String, bool)> {
        if let Some((id, _)) = self
            .surface
            .nearest(typed, |id| &self.surface_words[id as usize])
        {
            return self.known.0.get(&self.surface_words[id as usize]).cloned();
        }
        if typed.len() < VARIANT_TYPO_CHARS {
            return None;
        }
        let (id, _) = self
            .variants
            .nearest(typed, |id| &self.variant_forms[id as usize].0)?;
        Some((self.variant_forms[id as usize].1.clone(), false))
    }

    /// Whether `word`'s stem is a synonym variant's ("replying": "reply"), so that it is read
    /// through the synonym rather than as a typo of a similar knowledge word ("relaying"). (Not
    /// the stems of the knowledge's own words: a typo often stems to one, "officals" to
    /// "office".)
    fn is_synonym_form(&self, word: &str) -> bool {
        let american = american(word);
        self.synonyms
            .contains_key(self.stemmer.stem(&american).as_ref())
    }

    /// Words of `text`, stemmed, before synonyms.
    fn stems(&self, text: &str) -> Vec<String> {
        words(text)
            .into_iter()
            .map(|w| self.stem(w, None).0)
            .collect()
    }
}

/// Remembers stems across calls of [`Normalizer::tokens_cached`].
#[derive(Debug, Default)]
pub struct StemCache(HashMap<String, (String, bool)>);

impl StemCache {
    /// Distinct words remembered at most (a bound on memory for huge inputs).
    const MAX_WORDS: usize = 1 << 20;

    /// Adds what `other` remembers (caches filled on several threads), within the bound.
    pub fn absorb(&mut self, other: StemCache) {
        for (word, stem) in other.0 {
            if self.0.len() >= Self::MAX_WORDS {
                break;
            }
            self.0.entry(word).or_insert(stem);
        }
    }
}

/// Tokens joined by single spaces.
pub fn join(tokens: &[Token]) -> String {
    let mut out = String::with_capacity(tokens.iter().map(|t| t.text.len() + 1).sum());
    for t in tokens {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&t.text);
    }
    out
}

/// Lowercased words of the first [`MAX_QUERY_CHARS`] characters of `text`, at most
/// [`MAX_QUERY_WORDS`] of them.
pub fn words(text: &str) -> Vec<String> {
    memo::words(text, || {
        // Room for most questions' words at once: growing a vector word by word reallocates
        // it three times for a question of ten words, and every decision reads a few texts'.
        let mut words = Vec::with_capacity(WORDS_AT_ONCE);
        for_each_word(text, |w| words.push(w.to_string()));
        words
    })
}

/// How many words [`words`] makes room for before it reads any.
const WORDS_AT_ONCE: usize = 16;

/// The part of `text` that is read: its first [`MAX_QUERY_CHARS`] characters.
fn read_prefix(text: &str) -> &str {
    match text.char_indices().nth(MAX_QUERY_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// Calls `f` with each of [`words`]' words, in order, without allocating one per word.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut count = 0usize;
    let mut word = String::new();
    // Length of the current dot-separated segment, to join `u.s.` but split `ban.who`.
    let mut segment = 0usize;
    // NFKC leaves ASCII as it is: skip it for the common case.
    let prefix = read_prefix(text);
    let folded: Box<dyn Iterator<Item = char>> = if prefix.is_ascii() {
        Box::new(prefix.chars().map(|c| c.to_ascii_lowercase()))
    } else {
        Box::new(prefix.chars().nfkc().flat_map(char::to_lowercase))
    };
    let mut chars = folded.peekable();
    // The last character before the current word that is not a space, and whether the word
    // opens the text or a clause (after `.`, `?`, `!`, `,`, `;`, `:` or `(`), where a marker
    // that numbers a question may stand.
    let mut last: Option<char> = None;
    let mut opens = true;
    // Where an apostrophe joined the current word, for "he'd", "they'll", "we've".
    let mut joined: Option<usize> = None;
    let mut flush = |word: &mut String, joined: &mut Option<usize>| {
        if let Some(at) = joined.take() {
            word.truncate(before_contraction(word, at));
        }
        if !word.is_empty() && count < MAX_QUERY_WORDS {
            count += 1;
            f(&collapse_elongation(word));
        }
        word.clear();
    };
    while let Some(c) = chars.next() {
        if word.is_empty() && c.is_alphanumeric() {
            opens = last.is_none_or(|l| matches!(l, '.' | '?' | '!' | ',' | ';' | ':' | '('));
        }
        if !c.is_whitespace() {
            last = Some(c);
        }
        match c {
            c if c.is_alphanumeric() => {
                word.push(c);
                segment += 1;
            }
            // "1) who banned it 2) why", "(a) ...", "1. ...", "first: ...": a marker that
            // numbers the questions of a message is no word of them.
            ')' | '.' | ':' | ','
                if numbers_a_question(&word, c, opens)
                    && chars.peek().is_none_or(|n| n.is_whitespace()) =>
            {
                word.clear();
                joined = None;
                segment = 0;
            }
            // Apostrophes join ("don't" -> "dont"); a possessive "'s" is dropped.
            '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => {
                // Northern English "t'" is "the": "thick wi' t'Kremlin".
                if word == "t"
                    && joined.is_none()
                    && chars.peek().is_some_and(|c| c.is_alphabetic())
                {
                    word.clear();
                    word.push_str("the");
                    flush(&mut word, &mut joined);
                    segment = 0;
                } else if !word.is_empty() && chars.peek() == Some(&'s') {
                    chars.next();
                    if chars.peek().is_some_and(|c| c.is_alphanumeric()) {
                        word.push('s');
                        segment += 1;
                    } else if IS_CONTRACTED.contains(&word.as_str()) {
                        // "who's the founder": "who is", as the question is written in full.
                        flush(&mut word, &mut joined);
                        word.push_str("is");
                    }
                } else if !word.is_empty() {
                    joined = Some(word.len());
                }
            }
            // A dot after a one-letter segment joins an abbreviation ("u.s." -> "us").
            '.' if segment == 1 && !word.is_empty() => segment = 0,
            // "tl;dr" is one word, "tldr".
            ';' if word == "tl" && chars.peek() == Some(&'d') => {}
            // Invisible joiners and marks do not break words.
            '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            c if is_mark(c) => {}
            _ => {
                flush(&mut word, &mut joined);
                segment = 0;
            }
        }
    }
    flush(&mut word, &mut joined);
}

/// Question words whose "'s" is "is", not a possessive: "who's the founder" is read as "who
/// is the founder" (three words read as "who the founder" were less often answered than four:
/// a "Did you mean" beside the founder's tweet). Every labelled set (175 files, `faqbot eval`):
/// 15 lines fixed, 5 broken (10 more right, 1 fewer wrong); "what's" too, 14 fixed and 23
/// broken; "it's", "that's", "there's", "he's", "she's" too, 5 fixed and 10 broken.
const IS_CONTRACTED: &[&str] = &["how", "when", "where", "who", "why"];

/// Where a pronoun's or question word's contraction joined at `at` ends the word: "he'd",
/// "they'll", "we've", "you're", "why've", "how'd" are "he", "they", "we", "you", "why", "how"
/// (joined, "hed" and "theyll" read as rare words, "hell" as a slip of "hello", "wed" as
/// marrying and "whyve" as no word at all); "'d" after a word of three letters or more that no
/// English word then spells ("what day'd they", "exactly'd") is "did" too, and the word stays
/// (every labelled set: 5 fixed, none broken); `word`'s length for any other word.
fn before_contraction(word: &str, at: usize) -> usize {
    const PRONOUNS: &[&str] = &[
        "he", "how", "i", "it", "she", "that", "there", "they", "we", "what", "when", "where",
        "why", "you",
    ];
    let (pronoun, rest) = word.split_at(at.min(word.len()));
    if PRONOUNS.contains(&pronoun) && matches!(rest, "d" | "ll" | "ve" | "re") {
        at
    } else if rest == "d" && pronoun.len() >= 3 && !wordnet::is_english(word) {
        // "what day'd they drop the news": "did" joined to another word, which stays.
        at
    } else {
        word.len()
    }
}

/// Whether `word`, closed by `closing`, numbers a question of a message: one or two digits or a
/// letter closed by `)` ("1) who banned it 2) why"), one or two digits closed by `.` or `:`
/// opening the text or a clause (`opens`), or an ordinal closed by `:` or `,` ("ok so first,
/// when was it announced, second, ...").
fn numbers_a_question(word: &str, closing: char, opens: bool) -> bool {
    let digits = (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    let letter = word.len() == 1 && word.bytes().all(|b| (b'a'..=b'h').contains(&b));
    let ordinal = matches!(
        word,
        "first" | "firstly" | "second" | "secondly" | "third" | "thirdly" | "lastly"
    );
    match closing {
        ')' => digits || letter,
        '.' => opens && digits,
        ':' => opens && digits || ordinal,
        ',' => ordinal,
        _ => false,
    }
}

/// Words a message must have before its parts are tried on their own.
const LONG_MESSAGE_WORDS: usize = 12;

/// The parts of a long message that look like questions: its sentences, and for long sentences
/// their clauses, that end with `?` or contain a question word or "tell me"/"explain".
pub fn question_parts(message: &str) -> Vec<&str> {
    let prefix = read_prefix(message);
    if prefix.split_whitespace().count() < LONG_MESSAGE_WORDS {
        return Vec::new();
    }
    let looks_like_question = |part: &str| {
        let lower = part.to_lowercase();
        part.trim_end().ends_with('?')
            || lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| lexicon::QUESTION_WORDS.contains(&w) || matches!(w, "explain" | "tell"))
    };
    let mut parts = Vec::new();
    for sentence in prefix.split_inclusive(['.', '?', '!', ';', '\n']) {
        let sentence = sentence.trim();
        if sentence.split_whitespace().count() < 2 {
            continue;
        }
        if sentence.split_whitespace().count() > LONG_MESSAGE_WORDS {
            for clause in sentence.split([',', ':']) {
                for piece in and_pieces(clause)
                    .into_iter()
                    .chain(clause.split(" but ").skip(1))
                {
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

/// Words of knowing or asking after which a question word, "whether" or "if" opens an embedded
/// question ("not sure if ...", "no idea why ...", "curious about how ..."), not a relative
/// clause ("the man who started it") or a time ("react when the ban came out").
const ASKING: &[&str] = &[
    "know",
    "knew",
    "sure",
    "wonder",
    "wondering",
    "wondered",
    "ask",
    "asking",
    "asked",
    "idea",
    "clue",
    "clear",
    "certain",
    "check",
    "curious",
    "tell",
    "see",
    "unsure",
    "doubt",
    "confirm",
    "out",
    "understand",
    "understood",
    "remember",
    "recall",
    "forget",
    "forgot",
    "figure",
    "explain",
    "learn",
    "hear",
    "heard",
    "confused",
    "fuzzy",
    "on",
    "about",
    "is",
    "me",
    "us",
    "say",
    "says",
    "said",
    "mention",
    "mentioned",
    "guess",
    "question",
    "puzzled",
];

/// Words that may stand between the word of knowing and the question ("know *exactly* what").
const ASKING_ADVERBS: &[&str] = &["exactly", "really", "quite", "just", "even", "precisely"];

/// Where an embedded question's clause ends (in lowercase text).
const CLAUSE_ENDS: &[&str] = &[
    ".",
    "?",
    "!",
    ";",
    ",",
    "\n",
    " but ",
    " and i ",
    " and we ",
    " because ",
];

/// The question of a message that opens with other words before it, without a stop between:
/// its topic ("kasperskys big defence statement wat did it say") or the asker's own ("my work
/// uses logmein, what r they telling ppl abt kaspersky"): the message from its first question
/// word on; empty when it opens with one, or has none.
pub fn question_after_preamble(message: &str) -> Vec<&str> {
    let lower = message.to_ascii_lowercase();
    let spans = word_spans(&lower);
    let asks = |w: &str| {
        let w = w.trim_end_matches("'s").trim_end_matches('\'');
        let w = chat_speak(w).unwrap_or(w);
        lexicon::QUESTION_WORDS.contains(&w)
    };
    let opens = spans.first().is_some_and(|&(a, b)| {
        let w = &lower[a..b];
        asks(w) || lexicon::QUESTION_STARTS.contains(&chat_speak(w).unwrap_or(w))
    });
    if opens {
        return Vec::new();
    }
    // Two words of preamble at least, and the question word not one a preposition or a
    // joining word asks with ("..., and if so, to what end?", "so who hacked it"); three words
    // of question at least ("looking for what").
    const JOINING: &[&str] = &[
        "to", "for", "by", "in", "on", "at", "from", "of", "with", "about", "and", "or", "so",
        "but", "if", "n",
    ];
    (2..spans.len().saturating_sub(2))
        .find(|&i| {
            let (a, b) = spans[i];
            asks(&lower[a..b]) && !JOINING.contains(&&lower[spans[i - 1].0..spans[i - 1].1])
        })
        .map(|i| vec![&message[spans[i].0..]])
        .unwrap_or_default()
}

/// The question a statement embeds: from a question word, "whether" or "if" after a word of
/// knowing or asking, to the end of its clause ("no idea *why they banned it*, honestly", "my
/// students want to know *what the FBI was after* and I can't say"). Only the first in each
/// sentence, not one nested in it ("how they reacted when it came out"); not a question word
/// that opens the message (it is a question already); not a piece under three words.
pub fn embedded_questions(message: &str) -> Vec<&str> {
    let prefix = read_prefix(message);
    let lower = prefix.to_ascii_lowercase();
    let spans = word_spans(&lower);
    let word = |i: usize| &lower[spans[i].0..spans[i].1];
    let asking = |i: usize| {
        ASKING.contains(&word(i))
            || (i > 0 && ASKING_ADVERBS.contains(&word(i)) && ASKING.contains(&word(i - 1)))
    };
    let mut out: Vec<&str> = Vec::new();
    // Where the piece taken last ends: a question word before it is nested in that piece.
    let mut taken_to = 0;
    for (i, &(from, _)) in spans.iter().enumerate().skip(1) {
        let w = word(i);
        let opens = (lexicon::QUESTION_WORDS.contains(&w) || matches!(w, "whether" | "if"))
            && asking(i - 1);
        if !opens || from < taken_to {
            continue;
        }
        let end = clause_end(&lower, from);
        taken_to = end;
        let piece = prefix[from..end].trim();
        if piece.split_whitespace().count() >= 3 && !out.contains(&piece) {
            out.push(piece);
        }
    }
    out
}

/// Byte spans of the words (letters, digits, apostrophes) of `lower` (lowercase where the spans
/// index a lowercased copy of a text).
pub(crate) fn word_spans(lower: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices().chain([(lower.len(), ' ')]) {
        match (c.is_alphanumeric() || c == '\'', start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    spans
}

/// Where the clause that goes on at byte `from` of lowercase `lower` ends.
fn clause_end(lower: &str, from: usize) -> usize {
    let rest = &lower[from..];
    CLAUSE_ENDS
        .iter()
        .filter_map(|stop| rest.find(stop))
        .min()
        .map_or(lower.len(), |at| from + at)
}

/// Where the clause that byte `at` of lowercase `lower` is in starts.
fn clause_start(lower: &str, at: usize) -> usize {
    let before = &lower[..at];
    CLAUSE_ENDS
        .iter()
        .filter_map(|stop| before.rfind(stop).map(|i| i + stop.len()))
        .max()
        .unwrap_or(0)
}

/// Verbs that report what someone else said or believes: the claim after them is what the
/// message asks about ("my brother *insists* the software ships user data to Moscow").
const REPORTING: &[&str] = &[
    "said",
    "says",
    "mentioned",
    "mentions",
    "swears",
    "swore",
    "claims",
    "claimed",
    "reckons",
    "reckoned",
    "insists",
    "insisted",
    "told",
    "tells",
    "heard",
    "thought",
    "thinks",
];

/// Words before a reporting verb that say nothing was reported.
const NOT_REPORTED_AFTER: &[&str] = &[
    "nobody", "nobody's", "nobodys", "no", "never", "not", "haven't", "havent", "hasn't", "hasnt",
    "didn't", "didnt", "ever",
];

/// Words after a reporting verb that start no claim: "heard *of* it", "mentioned *in* the
/// news", "heard *nothing*".
const NO_CLAIM: &[&str] = &[
    "of",
    "in",
    "on",
    "by",
    "at",
    "from",
    "a",
    "anything",
    "nothing",
    "something",
    "it",
    "so",
];

/// Words between a reporting verb and its claim ("told *me that* ...", "swore *to me* ...").
const REPORTED_TO: &[&str] = &["me", "us", "to", "that"];

/// The claims a message reports, for the asker to have checked: what follows a verb of saying
/// or believing to the end of its clause ("someone at lunch said *it's banned everywhere now*",
/// "a patron swore to me *that the FBI questioned Eugene Kaspersky*"). Not where the clause asks
/// about the saying itself ("what did Kaspersky say about it?", "who said that?"): a question word
/// before the verb; not a piece under three words.
pub fn reported_claims(message: &str) -> Vec<&str> {
    let prefix = read_prefix(message);
    let lower = prefix.to_ascii_lowercase();
    let spans = word_spans(&lower);
    let word = |i: usize| &lower[spans[i].0..spans[i].1];
    let mut out: Vec<&str> = Vec::new();
    for (i, &(at, after)) in spans.iter().enumerate().skip(1) {
        if !REPORTING.contains(&word(i)) {
            continue;
        }
        let start = clause_start(&lower, at);
        let asks_the_saying = (0..i)
            .filter(|&j| spans[j].0 >= start)
            .any(|j| lexicon::QUESTION_WORDS.contains(&word(j)) || word(j) == "did");
        // "nobody's told me", "never heard of it", "the election mentioned in articles".
        let denied = NOT_REPORTED_AFTER.contains(&word(i - 1));
        let no_claim = spans
            .get(i + 1)
            .is_some_and(|_| NO_CLAIM.contains(&word(i + 1)));
        if asks_the_saying || denied || no_claim {
            continue;
        }
        let from = (i + 1..spans.len())
            .take_while(|&j| REPORTED_TO.contains(&word(j)))
            .last()
            .map_or(after, |j| spans[j].1);
        let piece = prefix[from..clause_end(&lower, from)].trim();
        if piece.split_whitespace().count() >= 3 && !out.contains(&piece) {
            out.push(piece);
        }
    }
    out
}

/// `clause` cut at each " and " that a question starts after ("... the ban and why did they"),
/// not at one that joins two things ("which products and systems fall under it").
fn and_pieces(clause: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    for (at, _) in clause.match_indices(" and ") {
        let next = clause[at + 5..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or_default()
            .to_lowercase();
        if lexicon::QUESTION_STARTS.contains(&next.as_str()) {
            cuts.push(at);
        }
    }
    cuts.push(clause.len());
    cuts.windows(2)
        .map(|w| {
            let piece = &clause[w[0]..w[1]];
            piece.strip_prefix(" and ").unwrap_or(piece)
        })
        .collect()
}

/// A letter typed three or more times in a row, which no English word has, is one letter:
/// chat elongation ("whyyy", "sooo") read as the word. A word of one letter alone ("zzzzzz",
/// "yyyy") is a key held down, no word: it stays as typed, not "y" (why).
fn collapse_elongation(word: &str) -> std::borrow::Cow<'_, str> {
    let b = word.as_bytes();
    let elongated = b
        .windows(3)
        .any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_ascii_alphabetic());
    if !elongated || b.iter().all(|&c| c == b[0]) {
        return std::borrow::Cow::Borrowed(word);
    }
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    for run in chars.chunk_by(|a, b| a == b) {
        let keep = if run.len() >= 3 && run[0].is_ascii_alphabetic() {
            1
        } else {
            run.len()
        };
        out.extend(&run[..keep]);
    }
    std::borrow::Cow::Owned(out)
}

/// Combining marks (accents left after NFKC, emoji variation selectors): not word breaks.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{FE00}'..='\u{FE0F}' | '\u{1AB0}'..='\u{1AFF}')
}

/// Whether `message` thanks the bot and closes ("cool thanks, that's enough for the intro",
/// "ok thank you, very helpful"): small talk, never a follow-up, whatever words it has. Every
/// labelled set: 1 fixed, none broken (one wrong answer and one out of scope fewer).
pub fn thanks_closing(message: &str) -> bool {
    const CLOSING: &[&str] = &[
        "that",
        "thats",
        "this",
        "it",
        "its",
        "very",
        "so",
        "really",
        "much",
        "appreciated",
        "appreciate",
        "helpful",
        "bot",
        "mate",
        "man",
        "buddy",
        "bro",
        "dude",
        "again",
        "all",
        "enough",
        "perfect",
        "great",
        "bye",
        "cheers",
        "for",
        "will",
        "i",
        "ill",
        "im",
    ];
    if message.contains('?') {
        return false;
    }
    let words = words(message);
    let opening = thanks_opening_len(&words);
    opening > 0
        && words
            .get(opening)
            .is_none_or(|w| CLOSING.contains(&w.as_str()))
        && !words[opening..].iter().any(|w| {
            lexicon::QUESTION_WORDS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "tell" | "explain" | "more" | "and" | "but" | "also"
                )
        })
}

/// Whether `words` only thank ("ok thanks", "great, thank you so much").
pub fn only_thanks(words: &[String]) -> bool {
    !words.is_empty() && thanks_opening_len(words) == words.len()
}

/// `text` without the HTML tags and the web addresses typed or pasted into it ("<b>why</b> was
/// it banned?", "https://example.com/news why was it banned"): the question's words; borrowed
/// when it has none. See [`without_tags`] and [`without_links`].
pub fn without_markup(text: &str) -> std::borrow::Cow<'_, str> {
    match without_tags(text) {
        std::borrow::Cow::Borrowed(text) => without_links(text),
        std::borrow::Cow::Owned(plain) => {
            std::borrow::Cow::Owned(without_links(&plain).into_owned())
        }
    }
}

/// `text` with each web address (a word that opens with "http://", "https://" or "www.", or
/// holds "://") as a space; borrowed when it has none.
fn without_links(text: &str) -> std::borrow::Cow<'_, str> {
    let is_link = |w: &str| {
        let w = w.trim_start_matches(['(', '[', '<', '"', '\'']).as_bytes();
        let opens = |p: &str| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p.as_bytes());
        opens("http://") || opens("https://") || opens("www.") || w.windows(3).any(|x| x == b"://")
    };
    // Most messages hold neither: two substring searches, not a look at each word.
    let may_hold = text.contains("://") || text.contains("www.") || text.contains("WWW.");
    if !may_hold || !text.split_whitespace().any(is_link) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        out.push_str(if is_link(word) { " " } else { word });
        rest = &rest[end..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `text` without the HTML tags typed or pasted into it ("<b>why</b> was it banned?": "why was
/// it banned?"); borrowed when it has none. A tag opens with `<` and a letter (or `</` and a
/// letter) and closes at the next `>`, with no `<` between: "<3" and "a < b" are no tags.
fn without_tags(text: &str) -> std::borrow::Cow<'_, str> {
    let tag_at = |i: usize| -> Option<usize> {
        let rest = &text[i + 1..];
        let name = rest.strip_prefix('/').unwrap_or(rest);
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let end = rest.find(['<', '>'])?;
        (rest.as_bytes()[end] == b'>').then_some(i + 1 + end + 1)
    };
    let Some(first) = text
        .match_indices('<')
        .map(|(i, _)| i)
        .find(|&i| tag_at(i).is_some())
    else {
        return std::borrow::Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut i = first;
    while i < text.len() {
        match text[i..].starts_with('<').then(|| tag_at(i)).flatten() {
            Some(end) => {
                // A tag between two words parts them ("kaspersky<br>ban").
                out.push(' ');
                i = end;
            }
            None => {
                let c = text[i..].chars().next().expect("inside the text");
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// What follows a first sentence that only thanks ("ok thanks. why was it banned?": "why was it
/// banned?"), when something does; `None` otherwise. A thanks joined on by a comma stays: "thanks,
/// and did that work?" reads whole.
pub fn after_thanks_sentence(message: &str) -> Option<&str> {
    let end = message.find(['.', '!', '?'])?;
    let (opening, rest) = message.split_at(end + 1);
    let rest = rest.trim_start();
    (!opening.ends_with('?') && only_thanks(&words(opening)) && !words(rest).is_empty())
        .then_some(rest)
}

/// What precedes a last sentence that only thanks ("what is kaspersky lab please. Thank you":
/// "what is kaspersky lab please."), when that is a question of three words or more; `None`
/// otherwise ("hm. thanks", "ugh ok. thanks" thank).
pub fn before_thanks_sentence(message: &str) -> Option<&str> {
    const MIN_QUESTION_WORDS: usize = 3;
    // A thanks is a few words ("thank you so much again"): its sentence break is among the
    // last bytes, and a long message is not scanned back further.
    const MAX_THANKS_BYTES: usize = 40;
    let body =
        message.trim_end_matches(|c: char| matches!(c, '.' | '!' | '?') || c.is_whitespace());
    let end = body
        .bytes()
        .rev()
        .take(MAX_THANKS_BYTES)
        .position(|b| matches!(b, b'.' | b'!' | b'?'))
        .map(|back| body.len() - 1 - back)?;
    let (question, closing) = body.split_at(end + 1);
    (only_thanks(&words(closing)) && words(question).len() >= MIN_QUESTION_WORDS)
        .then_some(question)
}

/// The words of an opening thanks ("ok thanks", "cool thank you so much"): none when the
/// message does not open so.
fn thanks_opening_len(words: &[String]) -> usize {
    const ACKNOWLEDGING: &[&str] = &[
        "ok", "okay", "k", "kk", "cool", "great", "nice", "perfect", "alright", "awesome", "got",
        "it", "right", "oh",
    ];
    const AFTER_THANKS: &[&str] = &["a", "lot", "so", "much", "very", "you", "again"];
    let is = |i: usize, list: &[&str]| words.get(i).is_some_and(|w| list.contains(&w.as_str()));
    let mut i = 0;
    while is(i, ACKNOWLEDGING) {
        i += 1;
    }
    if !is(
        i,
        &[
            "thanks", "thank", "thx", "thnx", "tnx", "ty", "cheers", "ta",
        ],
    ) {
        return 0;
    }
    i += 1;
    while is(i, AFTER_THANKS) {
        i += 1;
    }
    i
}

/// "so they still can't clear their name hey?": a "hey" closing a longer message is a tag
/// asking to agree, not a greeting. Every labelled set (185 files): 2 fixed, none broken.
fn tag_as_stress(words: &mut [String]) {
    if words.len() >= 4
        && let Some(last) = words.last_mut()
        && matches!(last.as_str(), "hey" | "ay")
    {
        *last = "the".to_owned();
    }
}

/// Terms of address ("..., boy?", "Boss, ..."), which speak to the reader.
#[rustfmt::skip]
const ADDRESS: &[&str] = &[
    "boy", "boyo", "boyos", "son", "lad", "laddie", "lass", "man", "bud", "buddy", "pet",
    "hon", "honey", "sugar", "cher", "partner", "pardner", "chief", "boss", "cuz", "cousin",
    "folks", "charlie", "kid", "kiddo", "champ", "sport", "doc", "chap", "amigo", "hombre",
    "bhai", "bhaiya", "bredda", "bredren", "chale", "chum", "squire", "sunshine", "treacle",
    "duck", "hen", "petal", "bach", "butt", "cobber", "dawg", "homie", "brah",
    // Session 80: the forms of address of the dialect list's helpers (see `dialect.txt`).
    "boet", "braddah", "bruddah", "brudda", "bruvva", "bruvver", "brotha", "brutha", "brither",
    "bezza", "bezzie", "chaley", "marra", "machan", "kuya", "podna", "pardna", "bwoy", "gyal",
    "sista", "sistah", "bor", "kaibigan", "gadgie",
];

/// "Boss, what was the grounds for ...", "Howay man, what've they ...": a term of address
/// opening a message before its first comma, alone or after an interjection, speaks to the
/// reader and reads as a function word. Every labelled set: 1 fixed, none broken. Session 81:
/// a greeting before it ("Hey boy, which computers ...?") reads so too before a question (every
/// labelled set: 1 fixed, none broken; before any text, "hi folks, first time caller" was
/// answered).
fn opening_address_as_stress(text: &str, words: &mut [String]) {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "this", "that", "my", "your", "our", "their", "his", "her", "its",
    ];
    let Some((opening, _)) = text.split_once(',') else {
        return;
    };
    let opening = self::words(opening);
    // A greeting before the term ("Hey boy, which computers ...?") speaks to the reader too.
    let greeting = |w: &str| matches!(w, "hey" | "hi" | "hello" | "yo" | "oi" | "ey" | "hiya");
    let at = match opening.as_slice() {
        [_] => 0,
        // An interjection ("hey", "ag"), not a determiner ("the boss, who is he?").
        [hey, _]
            if (is_stop_word(hey) || greeting(hey)) && !DETERMINERS.contains(&hey.as_str()) =>
        {
            1
        }
        _ => return,
    };
    if words.len() >= 4 && ADDRESS.contains(&opening[at].as_str()) && words[at] == opening[at] {
        words[at] = "the".to_owned();
        // Only before a question: "hi folks, first time caller" is small talk.
        if at == 1 && greeting(&opening[0]) && words[0] == opening[0] && text.contains('?') {
            words[0] = "the".to_owned();
        }
    }
}

/// "why'd the feds give it the boot, boy?", "is it proper big then, Charlie?": a term of address
/// alone after the message's last comma speaks to the reader, and reads as a function word (not
/// "boy" or "charlie" as words of the question, which weighed as words no entry explains). So
/// does a word there that neither the knowledge nor English knows (`foreign`: "..., mun?",
/// "..., boet"): a name of something else closing a question comes with a word before it ("what
/// about Huawei"). Every labelled set: none moved; a dialect set of 60 lines: 1 fixed. Two words
/// do too, a possessive before an endearment ("..., me 'ansum?"), "sweet as", and a tag asking
/// for assent ("..., d'ye ken?", "..., you betcha?").
fn closing_address_as_stress(text: &str, words: &mut [String], foreign: impl Fn(&str) -> bool) {
    let tail = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    let Some((before, last)) = tail.rsplit_once(',') else {
        return;
    };
    if words.len() < 4 || before.trim().is_empty() {
        return;
    }
    let closing = self::words(last);
    let n = words.len();
    let at = match closing.as_slice() {
        [w] if ADDRESS.contains(&w.as_str()) || foreign(w) => n - 1,
        // "..., me 'ansum?", "..., my friend": a possessive before an endearment or a word no
        // one knows (not "..., my boss?", who may be meant); "..., sweet as?", a tag that only
        // says all is well; "..., you know?", "..., d'ye ken?", "..., you betcha?", a tag that
        // asks for assent.
        [my, w]
            if matches!(my.as_str(), "me" | "my" | "mi")
                && (ENDEARMENTS.contains(&w.as_str()) || foreign(w))
                || my == "sweet" && w == "as"
                || matches!(my.as_str(), "you" | "ya" | "ye" | "dye" | "dya")
                    && matches!(w.as_str(), "know" | "ken" | "see" | "betcha") =>
        {
            n - 2
        }
        _ => return,
    };
    if words[at..] == closing[..] {
        for word in &mut words[at..] {
            *word = "the".to_owned();
        }
    }
}

/// Words that follow "my" or "me" to speak to the reader at a message's close ("..., my
/// friend", "..., me 'ansum"): endearments, not the roles of [`ADDRESS`] ("my boss").
const ENDEARMENTS: &[&str] = &[
    "friend", "dear", "love", "luv", "darling", "darlin", "handsome", "ansum", "lovely", "brother",
    "bro", "mate", "guy", "boy", "man", "son", "lad", "dude",
];

/// "its big long rebuttal", "a big old statement": "big" before another word of size only
/// stresses it, and reads as a function word (not the size of "the world's biggest"). Every
/// labelled set (185 files): 6 fixed, none broken.
fn big_as_stress(words: &mut [String]) {
    for i in 0..words.len().saturating_sub(1) {
        if words[i] == "big" && matches!(words[i + 1].as_str(), "long" | "old" | "ol" | "fat") {
            words[i] = "the".to_owned();
        }
    }
}

/// "what did Kaspersky do to get banned?", "wtf did they do to deserve this": the deed that
/// brought a ban about, or deserved something, asks why it came about; the question word reads
/// as "why". Not "what did he do to get people to calm down?", which asks what was done. Every
/// labelled set (183 files): 2 fixed, none broken.
fn deed_for_the_outcome_as_why(words: &mut [String]) {
    let Some(q) = words
        .iter()
        .take(3)
        .position(|w| matches!(w.as_str(), "what" | "wtf" | "wat" | "waht"))
    else {
        return;
    };
    // What it brought: deserved, or a ban got ("to get people to calm down" asks what was done).
    let brought = |rest: &[String]| match rest {
        [verb, ..] if matches!(verb.as_str(), "deserve" | "earn" | "warrant") => true,
        [verb, outcome, ..] if matches!(verb.as_str(), "get" | "be") => {
            BANNED.contains(&outcome.as_str())
        }
        _ => false,
    };
    let brought = (q + 1..words.len().saturating_sub(2)).any(|i| {
        matches!(words[i].as_str(), "do" | "done")
            && words[i + 1] == "to"
            && brought(&words[i + 2..])
    });
    if brought {
        words[q] = "why".to_owned();
    }
}

/// "on what grounds was it imposed?", "for what reason did they ban it": a question word that
/// asks for a ground asks why; it reads as "why", without the preposition before it, so that
/// the answer kind is read as asked ("..., and on what grounds was it imposed?" had taken the
/// entry that says who imposed it). Not "basis", which may ask an arrangement ("on what basis
/// is it distributed?") or evidence. Every labelled set (217 files): 32 fixed, 4 broken (a
/// reason asked of the FBI interview now adds the ban's), 5 fewer wrong.
fn what_grounds_as_why(words: &mut Vec<String>) {
    const GROUNDS: &[&str] = &[
        "grounds",
        "ground",
        "reason",
        "reasons",
        "justification",
        "motive",
        "motives",
    ];
    let Some(q) = (0..words.len().saturating_sub(1)).find(|&i| {
        matches!(words[i].as_str(), "what" | "which") && GROUNDS.contains(&words[i + 1].as_str())
    }) else {
        return;
    };
    words[q] = "why".to_owned();
    if q > 0 && matches!(words[q - 1].as_str(), "on" | "for" | "with" | "under") {
        words.remove(q - 1);
    }
}

/// "what got Kaspersky kicked off government machines?", "what's got the Russian antivirus
/// booted?": what got something banned or thrown out asks why it was; the question word reads as
/// "why". Something must come between: "what got banned" asks what the ban covers. Every
/// labelled set (217 files): 4 fixed, none broken, 1 fewer wrong.
fn outcome_got_as_why(words: &mut [String]) {
    #[rustfmt::skip]
    const THROWN_OUT: &[&str] = &[
        "kicked", "booted", "turfed", "blackballed", "yeeted", "axed", "dumped", "ditched",
        "chucked", "thrown", "tossed", "run", "removed", "pulled", "nixed", "canned", "binned",
        "expelled", "ousted", "dropped", "scrapped", "excluded", "banished", "evicted", "shut",
    ];
    let thrown_out = |w: &str| BANNED.contains(&w) || THROWN_OUT.contains(&w);
    for q in 0..words.len() {
        if !matches!(words[q].as_str(), "what" | "whats" | "wat" | "wats" | "wot") {
            continue;
        }
        let mut g = q + 1;
        while words.get(g).is_some_and(|w| {
            matches!(
                w.as_str(),
                "s" | "has" | "had" | "actually" | "exactly" | "really" | "even"
            )
        }) {
            g += 1;
        }
        if !words
            .get(g)
            .is_some_and(|w| matches!(w.as_str(), "got" | "gets" | "gotten"))
        {
            continue;
        }
        // One to four words of what was thrown out, then how.
        let how = (g + 2..words.len().min(g + 6)).find(|&i| thrown_out(&words[i]));
        if how.is_some_and(|i| !words[g + 1..i].iter().any(|w| thrown_out(w) || w == "to")) {
            words[q] = "why".to_owned();
            return;
        }
    }
}

/// "what did the Yanks have against the Kaspersky crowd?", "what's Washington got against them":
/// what someone has against another asks why they act against them; the question word reads as
/// "why" and "have against" as nothing. Not "what do they have on them" (evidence) or "the case
/// they have against it", where no question word opens the clause.
fn held_against_as_why(words: &mut Vec<String>) {
    let Some(q) = words
        .iter()
        .take(3)
        .position(|w| matches!(w.as_str(), "what" | "whats" | "wat" | "wats" | "wot"))
    else {
        return;
    };
    let Some(h) = (q + 1..words.len().saturating_sub(2)).find(|&i| {
        matches!(words[i].as_str(), "have" | "has" | "had" | "got" | "gotten")
            && words[i + 1] == "against"
    }) else {
        return;
    };
    words[q] = "why".to_owned();
    words.drain(h..h + 2);
}

/// What something is known, used or asked for: words before a closing "for" that ask no reason
/// ("what is kaspersky known for", "used for what?").
#[rustfmt::skip]
const NOT_A_REASON: &[&str] = &[
    "known", "famous", "used", "use", "good", "stand", "stands", "ask", "asked", "asking",
    "look", "looking", "wait", "waiting", "hope", "hoping", "pay", "paid", "paying",
    "responsible", "available", "go", "going", "vote", "voted", "apply", "applied", "search",
    "searching", "call", "calling", "called", "account", "fall", "fell", "fight", "fighting",
    "work", "works", "working", "worked", "made", "make", "built", "designed", "meant",
];

/// "eh the americans ban kaspersky for what one ah", "LogMeIn gives it free for what?": a
/// closing "for what" (before nothing but particles: "one ah", "lah", "exactly") asks why, as in
/// Singapore and Malaysian English and in many learners' English, and reads as "why". Not what
/// something is known, used or good for ("kaspersky is known for what?"). Every labelled set
/// (221 files): 4 fixed, 1 broken ("... forbid kaspersky for what exactly, all computers or only
/// of government?" asks what, not why), 4 fewer wrong.
fn closing_for_what_as_why(words: &mut Vec<String>) {
    #[rustfmt::skip]
    const PARTICLES: &[&str] = &[
        "one", "ah", "ar", "lah", "la", "leh", "lor", "meh", "mah", "hor", "sia", "huh", "eh",
        "then", "exactly", "again", "anyway", "tho", "though", "lol", "bro", "man", "ya", "sir",
    ];
    let end = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| PARTICLES.contains(&w.as_str()))
            .count();
    if end < 3 || words[end - 2] != "for" || words[end - 1] != "what" {
        return;
    }
    if NOT_A_REASON.contains(&words[end - 3].as_str()) {
        return;
    }
    words[end - 2] = "why".to_owned();
    words.remove(end - 1);
}

/// "why aye, when did they put the block on it then": Geordie "why aye" (of course, yes) asks
/// no "why"; it reads as nothing. Every labelled set (221 files): the one line fixed.
fn why_aye_as_stress(words: &mut Vec<String>) {
    if let Some(i) = words
        .windows(2)
        .position(|w| matches!(w[0].as_str(), "why" | "whey" | "wey") && w[1] == "aye")
    {
        words.drain(i..i + 2);
    }
}

/// "what was the ban for?", "what did they ban it for", "what did the us say the ban was for":
/// a "what" that a closing "for" takes asks what a deed was done for, why; the question word
/// reads as "why" and the "for" as nothing. Not what something is known, used or asked for
/// ("what is kaspersky known for", "what do they stand for"), which asks what it is.
fn done_for_as_why(words: &mut Vec<String>) {
    if words.len() < 3 || words.len() > MAX_WHAT_FOR_WORDS {
        return;
    }
    let Some(q) = words
        .iter()
        .take(2)
        .position(|w| matches!(w.as_str(), "what" | "whats" | "wat" | "wats" | "wot"))
    else {
        return;
    };
    let n = words.len();
    // What a deed was done for: "what" asks with an auxiliary ("what company ... for" asks which
    // one), and something is named besides pronouns ("whats it for" after the DHS response asks
    // the purpose of that response, not why the ban).
    let names_nothing = |w: &String| {
        matches!(
            w.as_str(),
            "it" | "that" | "this" | "they" | "them" | "he" | "him" | "she" | "her" | "s" | "all"
        ) || lexicon::AUXILIARIES.contains(&w.as_str())
    };
    if words[n - 1] != "for"
        || n - 2 <= q
        || !(matches!(words[q].as_str(), "whats" | "wats")
            // "what's the ban for", its "s" read already.
            || matches!(words[q + 1].as_str(), "s" | "the" | "this" | "that")
            || lexicon::AUXILIARIES.contains(&words[q + 1].as_str()))
        || words[q + 1..n - 1].iter().all(names_nothing)
        || NOT_A_REASON.contains(&words[n - 2].as_str())
        || words[q + 1..n - 1].iter().any(|w| w == "for")
    {
        return;
    }
    words[q] = "why".to_owned();
    words.pop();
}

/// Most words a "what ... for" question has (see [`done_for_as_why`]).
const MAX_WHAT_FOR_WORDS: usize = 12;

/// "who are these Kaspersky lads anyway?", "this outfit, who are they?": who a group is, asked
/// at the start of a clause, asks what it is; not "customers who are worried", whose "who"
/// only joins. Every labelled set (183 files): 3 fixed, none broken, 2 fewer wrong.
fn who_are_as_what(words: &mut [String]) {
    for i in 0..words.len().saturating_sub(1) {
        if words[i] == "who"
            && matches!(words[i + 1].as_str(), "are" | "r" | "were")
            && (i == 0
                || matches!(
                    words[i - 1].as_str(),
                    "and"
                        | "so"
                        | "but"
                        | "ok"
                        | "okay"
                        | "then"
                        | "like"
                        | "wait"
                        | "anyway"
                        | "outfit"
                        | "company"
                        | "firm"
                        | "lot"
                ))
        {
            words[i] = "what".to_owned();
        }
    }
}

/// "Who exactly is this Kaspersky crowd, lah?", "who is this kaspersky lot anyway": who the
/// group named after "this" or "that" is asks what it is, when nothing after the group names a
/// person in it or what one did ("who is this company's founder", "who is that outfit's boss").
/// Every labelled set: 2 fixed (a line each of blind sets 97 and 98, read after their one
/// measurement), none broken.
fn who_is_this_group_as_what(words: &mut [String]) {
    #[rustfmt::skip]
    const GROUP: &[&str] = &[
        "crowd", "lot", "mob", "outfit", "company", "firm", "bunch", "crew", "gang", "shower",
        "lads", "guys", "people", "folks", "operation",
    ];
    const PERSON: &[&str] = &[
        "founder", "boss", "owner", "head", "ceo", "chief", "man", "guy", "person", "behind",
        "charge", "leader", "started", "founded", "made", "created", "runs", "running", "owns",
    ];
    let Some(who) = words.iter().position(|w| w == "who") else {
        return;
    };
    let mut i = who + 1;
    if words.get(i).is_some_and(|w| w == "exactly") {
        i += 1;
    }
    if !words.get(i).is_some_and(|w| w == "is" || w == "s")
        || !words
            .get(i + 1)
            .is_some_and(|w| matches!(w.as_str(), "this" | "that"))
    {
        return;
    }
    let rest = &words[i + 2..];
    let Some(g) = rest
        .iter()
        .take(3)
        .position(|w| GROUP.contains(&w.as_str()))
    else {
        return;
    };
    if (who == 0
        || matches!(
            words[who - 1].as_str(),
            "so" | "and" | "but" | "ok" | "okay"
        ))
        && !rest[g + 1..].iter().any(|w| PERSON.contains(&w.as_str()))
    {
        words[who] = "what".to_owned();
    }
}

/// "hwo", a slip of both "who" and "how", read by the word after it: "hwo banned it" asks who
/// (a past tense), "hwo long", "hwo did they react" ask how; before anything else ("hwo is ...")
/// it stays a slip of either.
fn resolve_hwo(words: &mut [String]) {
    const HOW: &[&str] = &[
        "long", "many", "much", "come", "to", "do", "does", "did", "can", "could", "would",
        "should", "often", "far", "old", "big",
    ];
    for i in 0..words.len() {
        if words[i] != "hwo" {
            continue;
        }
        let mut next = words[i + 1..]
            .iter()
            .map(String::as_str)
            .filter(|w| !matches!(*w, "actually" | "actualy" | "really" | "exactly"));
        let meant = match next.next() {
            Some(w) if HOW.contains(&w) => "how",
            Some(w) if w.len() > 4 && w.ends_with("ed") => "who",
            // "hwo startd kaspersky lab": a past tense with its "e" dropped.
            Some(w) if w.len() > 4 && w.ends_with('d') && !is_stop_word(w) => "who",
            Some("made" | "said" | "put" | "ran" | "began" | "wrote" | "told" | "gave") => "who",
            // "hwo is behind the ban", "hwo was responsible", "hwo is banning it": who; "hwo is
            // logmein connected" stays either.
            Some("is" | "was" | "are" | "were") => match next.next() {
                Some("behind" | "responsible") => "who",
                Some(w) if w.len() > 5 && w.ends_with("ing") => "who",
                _ => continue,
            },
            _ => continue,
        };
        words[i] = meant.to_owned();
    }
}

/// "was it the US government that banned it?", "is it true that it was the FBI who questioned
/// him?": whether a body or someone did something asks who did it. Its "was" reads as "who";
/// the words naming the one it asks about, and any other it names in contrast ("..., not some
/// private company?"), are returned, to be read as function words: the answer says who did it,
/// whoever the message names (not "is it only federal agencies that have to stop?", which asks
/// no deed).
fn cleft_as_who(words: &mut [String]) -> Vec<std::ops::Range<usize>> {
    const SKIP: &[&str] = &["actually", "really", "just", "only", "itself", "himself"];
    if let Some(named) = who_it_was(words) {
        words[0] = "who".to_owned();
        return vec![named];
    }
    if let Some(named) = agent_supposed(words) {
        words[0] = "who".to_owned();
        return vec![named];
    }
    for i in 0..words.len().saturating_sub(3) {
        let copula = match (words[i].as_str(), words[i + 1].as_str()) {
            ("was" | "is" | "were", "it") => i,
            ("it", "was" | "is") => i + 1,
            _ => continue,
        };
        let Some(that) = (i + 3..(i + 9).min(words.len()))
            .find(|&j| matches!(words[j].as_str(), "that" | "who" | "which"))
        else {
            continue;
        };
        // The one named, not a deed or a second question ("when was it announced, and who
        // founded it?").
        let named = &words[copula + 1..that];
        if named[0].ends_with("ed")
            || named.iter().any(|w| {
                matches!(w.as_str(), "and" | "or" | "but")
                    || lexicon::QUESTION_WORDS.contains(&w.as_str())
            })
        {
            continue;
        }
        let deed = words[that + 1..]
            .iter()
            .map(String::as_str)
            .find(|w| !SKIP.contains(w));
        if deed.is_some_and(|w| w.len() > 4 && w.ends_with("ed") || PAST_DEEDS.contains(&w)) {
            words[copula] = "who".to_owned();
            let contrast = (that + 2..words.len().saturating_sub(1))
                .find(|&j| {
                    matches!(words[j].as_str(), "not" | "or")
                        && matches!(
                            words[j + 1].as_str(),
                            "some" | "a" | "an" | "just" | "another"
                        )
                })
                .map_or(0..0, |j| j..words.len());
            return vec![copula + 1..that + 1, contrast];
        }
    }
    Vec::new()
}

/// "who pulled the plug on kaspersky for govt use", "who banned it from government computers":
/// a question of who did it names where it was done as its premise; the words of the ban's
/// scope after the deed read as function words ("the"), so that they do not pull the question
/// to what the ban covers. Every labelled set (183 files): 5 more right, 4 fewer wrong, nothing
/// broken; with "made" a deed ("who made the crack about Moscow"), 1 broken.
fn scope_of_an_agent_question(words: &mut [String]) {
    const DEEDS: &[&str] = &[
        "decided",
        "ordered",
        "kicked",
        "yanked",
        "pulled",
        "issued",
        "announced",
    ];
    const SCOPE: &[&str] = &[
        "government",
        "govt",
        "gov",
        "goverment",
        "federal",
        "fed",
        "computers",
        "computer",
        "pcs",
        "pc",
        "machines",
        "machine",
        "systems",
        "devices",
        "use",
        "agencies",
    ];
    let Some(i) = (0..words.len().saturating_sub(1)).find(|&i| {
        words[i] == "who"
            && (BANNED.contains(&words[i + 1].as_str()) || DEEDS.contains(&words[i + 1].as_str()))
    }) else {
        return;
    };
    for word in &mut words[i + 2..] {
        if SCOPE.contains(&word.as_str()) {
            *word = "the".to_owned();
        }
    }
}

/// Verbs of banning, as typed.
#[rustfmt::skip]
const BANNED: &[&str] = &[
    "ban", "bans", "banned", "banning", "prohibit", "prohibited", "forbid", "forbade",
    "forbidden", "block", "blocked", "bar", "barred", "outlaw", "outlawed", "restrict",
    "restricted", "blacklist", "blacklisted",
];

/// Words that name a body or someone who may have done something: "was it the US government
/// behind the ban?", "was the ban handed down by Washington?".
#[rustfmt::skip]
const AGENT_WORDS: &[&str] = &[
    "administration", "agency", "america", "biden", "congress", "dhs", "fbi", "feds",
    "government", "govt", "house", "obama", "pentagon", "president", "senate", "state",
    "states", "trump", "us", "usa", "washington",
];

/// "who even banned it, trump??", "who actually banned it, trump?? congress??", "who banned it,
/// like trump or congress or who": the bodies or
/// people guessed after a question of who banned it are what it supposes, not what it asks; the
/// range of the guesses, read as function words (the answer says who, or that the article does
/// not say).
fn agents_guessed(words: &[String]) -> Option<std::ops::Range<usize>> {
    const BETWEEN: &[&str] = &[
        "or",
        "the",
        "was",
        "is",
        "it",
        "maybe",
        "like",
        "some",
        "u",
        "s",
        "a",
        "and",
        "even",
        "prez",
        "guy",
        "himself",
        "itself",
        "lol",
        "who",
        "else",
        "someone",
        "somebody",
        "something",
        "smth",
        "idk",
    ];
    let who = words.iter().position(|w| w == "who")?;
    let verb =
        (who + 1..words.len().min(who + 4)).find(|&i| BANNED.contains(&words[i].as_str()))?;
    let start = (verb + 1..words.len())
        .find(|&i| !matches!(words[i].as_str(), "it" | "this" | "them" | "kaspersky"))?;
    let tail = &words[start..];
    (tail.iter().any(|w| AGENT_WORDS.contains(&w.as_str()))
        && tail
            .iter()
            .all(|w| AGENT_WORDS.contains(&w.as_str()) || BETWEEN.contains(&w.as_str())))
    .then_some(start..words.len())
}

/// A yes/no question that names who did it as "the one" ("is the US government the one behind
/// this ban?", "was Washington the one that put the ban on it?"), with "behind" ("was it the US
/// government behind the ban?"), with "by" ("was the ban handed down by Washington?") or before
/// the deed of ordering it ("did Washington issue the ban?"; every labelled set: 1 fixed, none
/// broken; with "sign" too, 1 broken: "did Trump sign the order?" asks a name): the
/// range of the words naming the one it supposes, which asks who did it.
fn agent_supposed(words: &[String]) -> Option<std::ops::Range<usize>> {
    // "did Washington issue the ban?", "did the government order it?": the one named
    // before the deed of ordering it.
    if words.first().is_some_and(|w| w == "did") {
        const ORDERING: &[&str] = &["issue", "impose", "order", "decree", "mandate"];
        let deed = (2..words.len().min(6)).find(|&j| ORDERING.contains(&words[j].as_str()))?;
        return (words[1..deed].iter().all(|w| {
            AGENT_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "the" | "u" | "s")
        }) && words[1..deed]
            .iter()
            .any(|w| AGENT_WORDS.contains(&w.as_str())))
        .then_some(1..deed);
    }
    if !matches!(words.first()?.as_str(), "was" | "is" | "were" | "are") || words.len() < 4 {
        return None;
    }
    let names_agent =
        |r: std::ops::Range<usize>| words[r].iter().any(|w| AGENT_WORDS.contains(&w.as_str()));
    let start = if words[1] == "it" { 2 } else { 1 };
    // "... the one that/who/behind ...".
    if let Some(j) =
        (start..words.len().saturating_sub(2)).find(|&j| words[j] == "the" && words[j + 1] == "one")
        && j > start
        && matches!(words[j + 2].as_str(), "that" | "who" | "behind")
    {
        let end = if words[j + 2] == "behind" {
            j + 2
        } else {
            j + 3
        };
        return Some(1..end);
    }
    // "was it X behind ...".
    if let Some(j) = (start + 1..words.len().min(start + 6)).find(|&j| words[j] == "behind")
        && names_agent(start..j)
    {
        return Some(1..j);
    }
    // "was the ban handed down by X?": X at the end, of a message about the ban (not "was he
    // interviewed by the FBI?", "is it owned by the state?").
    let by = words.iter().rposition(|w| w == "by")?;
    (by + 1 < words.len()
        && words.len() - by <= 4
        && by >= 3
        && names_agent(by + 1..words.len())
        && words[..by].iter().any(|w| {
            BANNED.contains(&w.as_str())
                || matches!(w.as_str(), "decision" | "order" | "ordered" | "prohibition")
        }))
    .then_some(by..words.len())
}

/// "was it a senator?", "is this person one of the officials?": a message that only asks
/// whether the one just spoken of is some kind of person asks who it was; the words naming the
/// kind are returned, to be read as function words, as [`cleft_as_who`] does (the answer says
/// who, or that the article does not say).
fn who_it_was(words: &[String]) -> Option<std::ops::Range<usize>> {
    const PERSONS: &[&str] = &[
        "senator",
        "senators",
        "president",
        "official",
        "officials",
        "spy",
        "spies",
        "agent",
        "agents",
        "congressman",
        "congresswoman",
        "lawmaker",
        "lawmakers",
        "politician",
        "politicians",
        "minister",
        "diplomat",
        "journalist",
        "reporter",
    ];
    const FILLERS: &[&str] = &[
        "a", "an", "the", "one", "of", "those", "these", "them", "some", "us", "american",
        "himself", "herself", "then", "maybe", "perhaps", "person", "guy", "man", "woman",
    ];
    let [copula, subject, rest @ ..] = words else {
        return None;
    };
    let asks = matches!(copula.as_str(), "was" | "is" | "were")
        && matches!(
            subject.as_str(),
            "it" | "that" | "this" | "he" | "she" | "they"
        );
    let person = rest.iter().any(|w| PERSONS.contains(&w.as_str()));
    let only = rest
        .iter()
        .all(|w| PERSONS.contains(&w.as_str()) || FILLERS.contains(&w.as_str()));
    (asks && person && only).then_some(1..words.len())
}

/// "was the hearing in July?", "was it announced on Tuesday?": the day or month of a yes/no
/// question is the time it supposes, which the answer settles, not a word of what it asks (July
/// is when the founder offered to testify, not when the hearing was); the question asks when,
/// and the time reads as "when" where the question names something besides. Read as "when"
/// rather than as no word at all, on every labelled set but the 65th
/// and 66th: 13 more right ("was the ban announced on a Friday?" had offered a list), none
/// fewer; with knowledge written apart (k1-k6), 5 more right and 5 more wrong ("was that Senate
/// hearing back in March?" now offers a list where the hearing's questions never ask when).
fn supposed_time_as_when(words: &mut [String]) {
    const ASKS_IF: &[&str] = &[
        "was", "were", "is", "are", "did", "does", "do", "has", "had", "have",
    ];
    // Not "today" or "tomorrow": "are schools closed tomorrow?" supposes no time of the article.
    let is_time = |w: &str| {
        (lexicon::DAYS.contains(&w) && !matches!(w, "yesterday" | "today" | "tomorrow"))
            || lexicon::MONTHS.contains(&w)
    };
    let first = words
        .iter()
        .find(|w| !matches!(w.as_str(), "so" | "and" | "but" | "ok" | "okay" | "wait"));
    let names_more = || {
        words.iter().any(|w| {
            !is_stop_word(w)
                && !frame::is_frame_word(w)
                && !is_time(w)
                && !ASKS_IF.contains(&w.as_str())
        })
    };
    if !first.is_some_and(|w| ASKS_IF.contains(&w.as_str())) || !names_more() {
        return;
    }
    for word in words.iter_mut().filter(|w| is_time(w)) {
        *word = "when".to_owned();
    }
}

/// "what did Kaspersky say after the ban came out?", "how did they react once it was announced?":
/// a clause that places what is asked after the ban tells when it was said, not a question of
/// when the ban came; the words of the ban's coming ("came out", "announced") read as a function
/// word ("the") where the message asks what someone said (a word of a premise the knowledge
/// uses would still read as its word).
fn time_of_the_ban_as_premise(words: &mut [String]) {
    #[rustfmt::skip]
    const SAYING: &[&str] = &[
        "say", "said", "says", "saying", "react", "reacted", "reaction", "respond",
        "responded", "response", "reply", "replied", "comment", "commented", "statement",
        "comeback", "put", "post", "posted", "took", "take",
    ];
    #[rustfmt::skip]
    const COMING: &[&str] = &[
        "came", "come", "comes", "dropped", "announced", "announcement", "landed", "broke",
        "hit", "went", "made", "known", "public",
    ];
    let after = |w: &str| matches!(w, "after" | "once" | "when" | "following");
    let Some(at) = (0..words.len()).find(|&j| after(&words[j])) else {
        return;
    };
    let saying = |w: &[String]| w.iter().any(|w| SAYING.contains(&w.as_str()));
    // "when the ban came out, what did they say?": the clause of time comes first.
    let clause_first = || when_clause_first(&words[at + 1..]) && saying(&words[at + 1..]);
    if !saying(&words[..at]) && !clause_first() {
        return;
    }
    let end = (at + 1..words.len())
        .find(|&j| {
            matches!(words[j].as_str(), "and" | "or" | "but")
                || lexicon::QUESTION_WORDS.contains(&words[j].as_str())
        })
        .unwrap_or(words.len())
        .min(at + 8);
    for word in &mut words[at + 1..end] {
        if COMING.contains(&word.as_str()) {
            *word = "the".to_owned();
        }
    }
}

/// "da feds wen kick dat Russian virus stuff off", "whos da guy who wen start it": in Hawaiian
/// Pidgin and some Caribbean English "wen" before a verb marks the past, as "did" does; as a
/// chat spelling it is "when". Read as "did" where a subject stands before it (a pronoun, or a
/// word no function word) and a word no function word after it; "wen was it", "and wen did
/// they" and "what did they say wen da ban came" keep it "when".
fn wen_as_past_marker(words: &mut [String]) {
    const SUBJECTS: &[&str] = &[
        "who", "they", "dey", "dem", "he", "she", "we", "i", "you", "u", "it",
    ];
    for i in 1..words.len().saturating_sub(1) {
        if words[i] != "wen" {
            continue;
        }
        let before = words[i - 1].as_str();
        let after = words[i + 1].as_str();
        let subject = SUBJECTS.contains(&before) || !is_stop_word(before);
        if subject && !is_stop_word(after) && chat_speak(after).is_none() {
            words[i] = "did".to_owned();
        }
    }
}

/// "what was the US worried about when it banned Kaspersky?", "how did they react when the
/// Americans kicked them out?": in a question another question word opened, "when" joins a clause
/// of time and asks nothing, and reads as a function word ("the"); it would pull the question
/// towards the entries that ask when. "since when", "and when was it?" and a clause of its own
/// ("who banned it, and when") still ask when.
fn when_as_conjunction(words: &mut [String]) {
    let mut opens = true;
    let mut asked_other = false;
    for i in 0..words.len() {
        let word = words[i].as_str();
        if matches!(word, "and" | "or" | "but" | "plus" | "also") {
            (opens, asked_other) = (true, false);
        } else if opens {
            if !matches!(word, "so" | "ok" | "okay" | "wait" | "hey" | "hi" | "well") {
                asked_other = word != "when" && lexicon::QUESTION_WORDS.contains(&word);
                opens = false;
                if opens_with_when_clause(&words[i..]) {
                    words[i] = "the".to_owned();
                }
            }
        } else if word == "when"
            && (asked_other || when_clause_first(&words[i + 1..]))
            && i + 1 < words.len()
            && !matches!(words[i - 1].as_str(), "since" | "from" | "until" | "till")
        {
            words[i] = "the".to_owned();
        }
    }
}

/// Whether `words` open with a "when" that is a clause of time (see [`when_clause_first`]):
/// "when the US banned it, how did Kaspersky respond?".
pub(crate) fn opens_with_when_clause(words: &[String]) -> bool {
    matches!(words, [when, after @ ..] if when == "when" && when_clause_first(after))
}

/// Whether the words after a "when" make it a clause of time that a question of something else
/// follows ("when the US banned it, how did Kaspersky respond?", "when the ban came out what was
/// their reaction"): a subject follows the "when", not an auxiliary ("when was it announced?"),
/// and another question word follows within the clause, before any "and", "or" or "but".
pub(crate) fn when_clause_first(after: &[String]) -> bool {
    const SUBJECTS: &[&str] = &[
        "the", "they", "it", "he", "she", "we", "you", "i", "this", "that", "a", "an", "its",
        "their", "his",
    ];
    let Some(first) = after.first() else {
        return false;
    };
    SUBJECTS.contains(&first.as_str())
        && after
            .iter()
            .skip(2)
            .take(12)
            .take_while(|w| !matches!(w.as_str(), "and" | "or" | "but"))
            .any(|w| w != "when" && lexicon::QUESTION_WORDS.contains(&w.as_str()))
}

/// "who pulled the plug on Kaspersky in the States?", "is it banned across the states or only
/// federal?": "the States" ending a phrase is the country, read as "usa" (the knowledge's word
/// for it); not "the states that ...", "the states' own offices", nor "stated".
fn the_states_as_usa(words: &mut [String]) {
    for i in 1..words.len() {
        if words[i] == "states"
            && words[i - 1] == "the"
            && words
                .get(i + 1)
                .is_none_or(|n| is_stop_word(n) && !matches!(n.as_str(), "that" | "which" | "who"))
        {
            words[i] = "usa".to_owned();
        }
    }
}

/// "was it because of the spying?", "was the ban due to Russian intelligence?", "was it over
/// spying fears?": a yes/no question that supposes a cause asks why, and its cause is what it
/// checks; the word giving the cause reads as "why". Every labelled set (183 files): 3 more
/// right, 2 fewer wrong (6 fixed, 2 broken).
fn cause_as_why(words: &mut [String]) {
    if !words
        .first()
        .is_some_and(|w| lexicon::AUXILIARIES.contains(&w.as_str()))
    {
        return;
    }
    // What the cause names: not what came before ("because of this"), nor the ban itself
    // ("because of the ban", which asks what follows from it), nor the asker's own reason.
    let names_a_cause = |rest: &[String]| {
        let rest: Vec<&str> = rest
            .iter()
            .map(String::as_str)
            .skip_while(|w| matches!(*w, "of" | "to"))
            .collect();
        match rest.as_slice() {
            [] => false,
            ["the", next, ..] => !matches!(*next, "ban" | "decision" | "ban's"),
            [first, ..] => !matches!(
                *first,
                "this"
                    | "that"
                    | "it"
                    | "all"
                    | "these"
                    | "those"
                    | "i"
                    | "we"
                    | "my"
                    | "our"
                    | "me"
                    | "they"
                    | "the"
            ),
        }
    };
    for i in 1..words.len() {
        let next = words.get(i + 1).map(String::as_str);
        let cause = match words[i].as_str() {
            "because" => true,
            "due" | "owing" => next == Some("to"),
            "over" => {
                matches!(
                    words[i - 1].as_str(),
                    "it" | "this" | "that" | "ban" | "banned" | "all"
                ) && next.is_some_and(|n| !is_stop_word(n))
            }
            _ => false,
        } && names_a_cause(&words[i + 1..]);
        if cause {
            words[i] = "why".to_owned();
            return;
        }
    }
}

/// "never heard of kaspersky before today", "i know almost nothing about the company": who has
/// never heard of something, or knows nothing of it, asks what it is. The words saying so read as
/// "what is", and a time before which they had not heard of it ("before today", "until this
/// week") as nothing: it is no question of when. Every labelled set but the 73rd and 74th: 22
/// fixed for 3 broken (19 more right, 10 fewer wrong); "barely know" and "hardly know" (session
/// 72): 2 fixed, none broken.
fn not_knowing_as_what_is(words: &mut Vec<String>) {
    #[rustfmt::skip]
    const NOT_KNOWING: &[&[&str]] = &[
        &["never", "heard", "of"], &["never", "even", "heard", "of"],
        &["never", "actually", "heard", "of"], &["never", "really", "heard", "of"],
        &["not", "heard", "of"], &["havent", "heard", "of"], &["hadnt", "heard", "of"],
        &["know", "nothing", "about"], &["knew", "nothing", "about"],
        &["know", "almost", "nothing", "about"], &["know", "next", "to", "nothing", "about"],
        &["know", "very", "little", "about"], &["know", "little", "about"],
        &["know", "so", "little", "about"], &["dont", "know", "anything", "about"],
        &["didnt", "know", "anything", "about"], &["dont", "know", "much", "about"],
        &["dont", "really", "know", "anything", "about"], &["dont", "know", "a", "thing", "about"],
        &["barely", "know", "anything", "about"], &["hardly", "know", "anything", "about"],
        &["barely", "know", "about"], &["barely", "know", "much", "about"],
        &["hardly", "know", "much", "about"], &["barely", "know", "what"],
        &["hardly", "know", "what"],
    ];
    const UNTIL: &[&str] = &["before", "until", "till", "til"];
    const NOW: &[&str] = &["today", "now", "yesterday", "tonight"];
    let opens = |i: usize, p: &[&str]| {
        words.len() - i >= p.len() && words[i..].iter().zip(p).all(|(w, p)| w == p)
    };
    let Some((at, len)) = (0..words.len()).find_map(|i| {
        NOT_KNOWING
            .iter()
            .find(|p| opens(i, p))
            .map(|p| (i, p.len()))
    }) else {
        return;
    };
    words.splice(at..at + len, ["what".to_owned(), "is".to_owned()]);
    if let Some(u) = (at + 2..words.len()).find(|&i| UNTIL.contains(&words[i].as_str())) {
        let this_week = words.get(u + 1).is_some_and(|w| w == "this")
            && words
                .get(u + 2)
                .is_some_and(|w| matches!(w.as_str(), "week" | "morning" | "month"));
        if this_week {
            words.drain(u..u + 3);
        } else if words.get(u + 1).is_some_and(|w| NOW.contains(&w.as_str())) {
            words.drain(u..u + 2);
        }
    }
}

/// "why was the ban imposed?", "on what grounds did they impose the prohibition?": imposing a
/// ban is banning, and "impose" a light verb before or after the ban's noun. Not where who
/// imposed it is asked ("who imposed the restriction", "which authority imposed the ban?", "did
/// Washington itself impose the ban?"): there the verb names the deed whose doer is asked.
/// Every labelled set: 13 fixed, none broken, 2 fewer wrong.
fn imposed_ban(words: &mut [String]) {
    let imposes = |w: &String| matches!(w.as_str(), "impose" | "imposes" | "imposed" | "imposing");
    // Most questions impose nothing: their words are read once more, no further.
    if !words.iter().any(imposes) {
        return;
    }
    let asks_the_doer = words
        .iter()
        .any(|w| matches!(w.as_str(), "who" | "whom" | "whose" | "which"))
        || words
            .first()
            .is_some_and(|w| lexicon::AUXILIARIES.contains(&w.as_str()));
    if asks_the_doer {
        return;
    }
    for i in 0..words.len() {
        if !imposes(&words[i]) {
            continue;
        }
        let ban_at = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| BAN_NOUNS.contains(&w.as_str()))
        };
        let before = (i >= 1 && ban_at(i - 1))
            || (i >= 2
                && ban_at(i - 2)
                && matches!(
                    words[i - 1].as_str(),
                    "was" | "is" | "been" | "be" | "being"
                ));
        let determiner = words
            .get(i + 1)
            .is_some_and(|w| matches!(w.as_str(), "the" | "this" | "that" | "a" | "such" | "its"));
        if before || ban_at(i + 1) || (determiner && ban_at(i + 2)) {
            words[i] = "the".to_owned();
        }
    }
}

/// Nouns of a ban that a light verb may carry ("impose the prohibition").
const BAN_NOUNS: &[&str] = &[
    "ban",
    "bans",
    "prohibition",
    "prohibitions",
    "restriction",
    "restrictions",
    "embargo",
    "blacklisting",
    "exclusion",
];

/// "who made the ban", "which authority took this decision": a verb that only carries the deed
/// its noun names asks nothing of its own, and reads as a function word ("take" only before a
/// decision or a step: "how did kaspersky take the ban" asks how it reacted). Not before "call":
/// "who made the call" is a phrase the knowledge's own questions use. Every labelled set but the
/// 73rd and 74th: 18 fixed for 1 broken (16 more right, 2 fewer wrong).
fn light_verb_before_deed(words: &mut [String]) {
    imposed_ban(words);
    for i in 0..words.len() {
        let takes = matches!(
            words[i].as_str(),
            "take" | "takes" | "took" | "taken" | "taking"
        );
        let makes = matches!(words[i].as_str(), "make" | "makes" | "made" | "making");
        if !takes && !makes {
            continue;
        }
        let mut j = i + 1;
        if words
            .get(j)
            .is_some_and(|w| matches!(w.as_str(), "the" | "this" | "that" | "a" | "such"))
        {
            j += 1;
        }
        let deed = words.get(j).is_some_and(|w| match w.as_str() {
            "decision" | "step" => true,
            "ban" | "bans" => makes,
            _ => false,
        });
        if deed {
            words[i] = "the".to_owned();
        }
    }
}

/// "who has to uninstall it?", "who must stop using it?", "who is required to remove it?":
/// whoever must do something the ban asks of them, which asks which ones (what the ban covers),
/// not who did it. Every labelled set: 2 more right, 2 fewer wrong, nothing broken.
fn who_must_as_which(words: &mut [String]) {
    for i in 0..words.len().saturating_sub(2) {
        if words[i] != "who" {
            continue;
        }
        let (a, b) = (words[i + 1].as_str(), words[i + 2].as_str());
        let must = matches!((a, b), ("has" | "have" | "needs" | "need" | "got", "to"))
            || a == "must"
            || a == "gotta"
            || (matches!(a, "is" | "are") && matches!(b, "required" | "supposed" | "obliged"));
        if must {
            words[i] = "which".to_owned();
        }
    }
}

/// "LogMeIn told folks how to rip Kaspersky out", "showing customers how to ditch the virus
/// scanner": a removal asked or told how to make is removing software from one's computers, the
/// advice LogMeIn gave; the verb reads as "remove", not as one of the ban's words ("rip out" is
/// one when the feds do it). Not "how to ban it" or "how to block it", which name no removal.
fn how_to_rip_out_as_remove(words: &mut [String]) {
    const RIP: &[&str] = &[
        "rip", "ditch", "dump", "scrap", "bin", "yank", "chuck", "junk",
    ];
    for i in 2..words.len() {
        if words[i - 2] == "how" && words[i - 1] == "to" && RIP.contains(&words[i].as_str()) {
            words[i] = "remove".to_owned();
        }
    }
}

/// "do federal agencies have to remove it?", "which offices must get rid of kaspersky?", "do
/// government workers need to stop using it?": a removal someone is obliged to make is what the
/// ban covers, not how to remove it (LogMeIn's advice), and reads so (the removing verb as
/// "cover"). Not when the asker or a private party is the one ("do I need to uninstall it?"),
/// nor when the question asks why or when they must. Every labelled set: 25 fixed, 2 broken
/// ("do hospitals have to rip it off their workstations too?"); without the why and when, 25
/// and 3, and the knowledge written apart read "on what grounds were agencies ordered to stop
/// using it?" as what the ban covers.
fn must_remove_as_cover(words: &mut [String]) {
    #[rustfmt::skip]
    const REMOVE: &[&str] = &[
        "remove", "uninstall", "delete", "ditch", "dump", "purge", "wipe", "scrap", "bin", "rip",
        "drop", "stop", "quit", "rid", "axe", "erase", "junk", "toss", "trash", "abandon",
    ];
    #[rustfmt::skip]
    const BETWEEN: &[&str] = &[
        "now", "all", "also", "actually", "really", "just", "immediately", "then", "basically",
        "get", "go", "and", "completely", "fully", "totally",
    ];
    // "do I need to uninstall it from my laptop?", "are private businesses required to stop
    // using it?": whether the asker or others must is what the article does not say.
    #[rustfmt::skip]
    const OTHERS: &[&str] = &[
        "i", "im", "my", "me", "mine", "myself", "personal", "home", "private", "privately",
    ];
    // Cheap checks first: most messages name no removal. Slips of function words were
    // respelt before this reads them ("hvae to remove"), chat spellings are read here.
    fn meant(w: &str) -> &str {
        chat_speak(w).unwrap_or(w)
    }
    // "on what grounds were agencies ordered to stop using it?", "when do they have to remove
    // it?": why or when they must, not what.
    const ASKS_ELSE: &[&str] = &["why", "grounds", "reason", "reasons", "basis", "when"];
    if !words.iter().any(|w| REMOVE.contains(&w.as_str()))
        || words
            .iter()
            .any(|w| OTHERS.contains(&meant(w)) || ASKS_ELSE.contains(&meant(w)))
    {
        return;
    }
    for i in 0..words.len() {
        let (a, b) = (meant(&words[i]), words.get(i + 1).map_or("", |w| meant(w)));
        let start = if matches!(
            a,
            "have"
                | "has"
                | "had"
                | "need"
                | "needs"
                | "got"
                | "forced"
                | "required"
                | "supposed"
                | "obliged"
                | "ordered"
                | "told"
        ) && b == "to"
        {
            i + 2
        } else if matches!(a, "must" | "gotta" | "hafta" | "hasta") {
            i + 1
        } else {
            continue;
        };
        let verb = words[start.min(words.len())..]
            .iter()
            .take(3)
            .position(|w| !BETWEEN.contains(&w.as_str()))
            .map(|k| start + k);
        if let Some(v) = verb
            && REMOVE.contains(&words[v].as_str())
        {
            words[v] = "cover".to_owned();
        }
    }
}

/// Past tenses that do not end in "-ed", of deeds a cleft question asks who did (not "made": "was
/// it the hacking that made them nervous?" asks what, not who).
const PAST_DEEDS: &[&str] = &[
    "put", "did", "gave", "took", "said", "told", "wrote", "forbid", "forbade", "ban",
];

/// "which government banned it?", "what agency put the ban in place": which body did something
/// asks who did it, and reads as "who" ("which agencies are affected?" asks which, and stays).
fn which_agent_as_who(words: &mut [String]) {
    const AGENTS: &[&str] = &[
        "government",
        "govt",
        "gov",
        "goverment",
        "agency",
        "agencies",
        "department",
        "dept",
        "organisation",
        "organization",
        "body",
        "authority",
        "authorities",
        "office",
        "administration",
        "admin",
        "crowd",
        "lot",
        "mob",
        "outfit",
        "ministry",
        "entity",
        "country",
        "official",
        "officials",
        // Session 46 ("which branch of the US government pulled the plug"): every labelled set
        // but the 67th and 68th, with `part` read for branch, organ, arm, division and section
        // in the built-in synonyms, 13 more right, 1 more wrong; "part" itself here cost 11
        // right on knowledge written apart, whose questions ask "which part".
        "branch",
        "arm",
        "organ",
        "wing",
        "division",
        "section",
        "bunch",
        "group",
        "team",
        "institution",
        "bureau",
    ];
    const DID: &[&str] = &[
        "made",
        "put",
        "did",
        "gave",
        "took",
        "ran",
        "pulled",
        "issued",
        "decided",
        "announced",
        "banned",
        "blocked",
        "ordered",
        "imposed",
        "forbade",
        "forbidden",
        // Non-native or chat present for past: "which govment ban kaspersky", "which office has
        // forbid it".
        "ban",
        "bans",
        "forbid",
    ];
    for i in 0..words.len().saturating_sub(2) {
        // The noun first, or after one word ("which us agency"): reading a word as a function
        // word's slip is the dearer check.
        let Some(agent) = (i + 1..(i + 3).min(words.len())).find(|&j| {
            let w = words[j].as_str();
            AGENTS.contains(&chat_speak(w).unwrap_or(w))
        }) else {
            continue;
        };
        // Not "what were officials asked?": a verb before the noun makes it the verb's subject.
        let verb_first = agent == i + 2
            && matches!(
                words[i + 1].as_str(),
                "was" | "were" | "is" | "are" | "did" | "do" | "does" | "has" | "have" | "had"
            );
        if verb_first || !matches!(function_word_meant(&words[i]), "which" | "what") {
            continue;
        }
        // Past what the body is of or where it is, and an auxiliary of the deed: "which
        // organisation of America has banned it", "which crowd in DC dropped the hammer on it".
        let deed = |w: &str| DID.contains(&w) || (w.len() > 4 && w.ends_with("ed"));
        let mut rest: Vec<&str> = words[agent + 1..].iter().map(String::as_str).collect();
        if matches!(rest.first(), Some(&("of" | "in" | "from")))
            && let Some(end) = rest[1..].iter().take(4).position(|w| {
                matches!(*w, "has" | "have" | "had" | "is" | "are" | "was" | "were") || deed(w)
            })
        {
            rest.drain(..=end);
        }
        let mut after = rest.into_iter().skip_while(|w| {
            matches!(
                *w,
                "actually" | "actualy" | "really" | "exactly" | "just" | "has" | "have" | "had"
            )
        });
        let next = after.next();
        // "which agency is behind the decision?": who is behind it is who did it.
        let behind =
            matches!(next, Some("is" | "was" | "are" | "were")) && after.next() == Some("behind");
        if next.is_some_and(deed) || behind {
            words[i] = "who".to_owned();
        }
    }
}

/// The function word `word` stands for, spelt as in chat ("wat", "r") or with a slip ("waht",
/// "teh"); `word` itself otherwise, or when it could be two ("hwo").
pub fn function_word_meant(word: &str) -> &str {
    chat_speak(word)
        .or_else(|| function_word_typo(word).and_then(FunctionTypo::word))
        .unwrap_or(word)
}

/// A word read as a typo of a function word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FunctionTypo {
    /// One function word it can be.
    Word(&'static str),
    /// Two or more.
    Ambiguous,
}

impl FunctionTypo {
    fn word(self) -> Option<&'static str> {
        match self {
            FunctionTypo::Word(w) => Some(w),
            FunctionTypo::Ambiguous => None,
        }
    }
}

/// The function word `word` is a typo of, if any: two neighbouring letters swapped ("teh",
/// "ot", "thye") or a letter doubled ("thee") at any length; from four letters on also a
/// letter dropped, added or replaced, keeping the first letter ("abot", "becuase" is two swaps
/// apart and stays unknown). Short words are never read through a replaced letter: "buy" is
/// not "but".
fn function_word_typo(word: &str) -> Option<FunctionTypo> {
    let len = word.chars().count();
    if !(2..=8).contains(&len) || !word.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let b = word.as_bytes();
    let mut found: Option<&'static str> = None;
    let mut near_found: Option<&'static str> = None;
    let mut near_ambiguous = false;
    for &candidate in FUNCTION_WORDS {
        let c = candidate.as_bytes();
        // Neither a slip nor a near miss is more than a letter longer or shorter.
        if c.len().abs_diff(b.len()) > 1 {
            continue;
        }
        let near = len >= 4
            && b[0] == c[0]
            && typo::one_edit_apart(word, candidate)
            && strsim::osa_distance(word, candidate) == 1;
        // A swap or a doubling is the likelier slip: it wins over a dropped or added letter
        // ("thye" is "they", not "the").
        if slip(b, c) {
            match found {
                None => found = Some(candidate),
                Some(other) if other != candidate => return Some(FunctionTypo::Ambiguous),
                Some(_) => {}
            }
        } else if near {
            near_ambiguous |= near_found.is_some_and(|other| other != candidate);
            near_found = Some(candidate);
        }
    }
    match (found, near_found) {
        (Some(w), _) => Some(FunctionTypo::Word(w)),
        (None, Some(_)) if near_ambiguous => Some(FunctionTypo::Ambiguous),
        (None, Some(w)) => Some(FunctionTypo::Word(w)),
        (None, None) => next_key_typo(word),
    }
}

/// The function word `word` is with one letter replaced by the key beside it on a phone's
/// QWERTY keyboard, the first letter too ("ehat", "whp", "wgo", "whu"): a word of three to five
/// letters that is no English word ("day" is not "say", "hoe" not "how"), no function word of its
/// own, and no function word typed without its vowels, which is read as that ("wht": "what").
/// `None` when it could be two.
fn next_key_typo(word: &str) -> Option<FunctionTypo> {
    let b = word.as_bytes();
    if !(3..=5).contains(&b.len())
        || is_stop_word(word)
        || FUNCTION_WORDS.contains(&word)
        || wordnet::is_short_english(word)
    {
        return None;
    }
    // The function words' skeletons, built on first use; a "y" typed is no vowel left out, so
    // a word with one is read so only as a function word with one ("wny" is not "wanna").
    static SKELETONS: std::sync::OnceLock<[HashSet<String>; 2]> = std::sync::OnceLock::new();
    if respell::unvowelled(word) {
        let [all, with_y] = SKELETONS.get_or_init(|| {
            let of = |words: &mut dyn Iterator<Item = &&str>| {
                words.map(|w| respell::skeleton(w)).collect::<HashSet<_>>()
            };
            [
                of(&mut FUNCTION_WORDS.iter()),
                of(&mut FUNCTION_WORDS.iter().filter(|w| w.contains('y'))),
            ]
        });
        let skeletons = if word.contains('y') { with_y } else { all };
        if skeletons.contains(&respell::skeleton(word)) {
            return None;
        }
    }
    let mut meant = FUNCTION_WORDS.iter().filter(|c| {
        let c = c.as_bytes();
        c.len() == b.len() && {
            let mut differ = b.iter().zip(c).filter(|(x, y)| x != y);
            matches!((differ.next(), differ.next()), (Some((&x, &y)), None) if next_keys(x, y))
        }
    });
    match (meant.next(), meant.next()) {
        (Some(w), None) => Some(FunctionTypo::Word(w)),
        _ => None,
    }
}

/// Whether lowercase letters `a` and `b` are keys beside each other on a QWERTY keyboard, in
/// one row or in the rows above and below (each row set off half a key to the right).
fn next_keys(a: u8, b: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let at = |k: u8| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, row)| Some((r, row.iter().position(|&c| c == k)?)))
    };
    let (Some((ra, ia)), Some((rb, ib))) = (at(a), at(b)) else {
        return false;
    };
    match (ra as isize - rb as isize, ia as isize - ib as isize) {
        (0, d) => d.abs() == 1,
        // A key sits below the key of its own place in the row above and the next one.
        (1, d) => d == 0 || d == -1,
        (-1, d) => d == 0 || d == 1,
        _ => false,
    }
}

/// The stop word of six letters or more that `word` is with two neighbouring letters swapped,
/// one doubled or one after the first left out ("exaclty", "acutally", "probalby", "exacly"),
/// when `word` is no English word itself. The letter left out, on every labelled set but the
/// 55th and 56th: 3 more right ("what is kaspersky exacly": "exac" read "exact", the word of
/// the tweet's exact wording), nothing else moved.
fn stop_word_slip(word: &str) -> Option<FunctionTypo> {
    let b = word.as_bytes();
    if b.len() < 6 || !b.iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    // The stop words of six letters or more, a quarter of them.
    static LONG: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let long = LONG.get_or_init(|| {
        STOP_WORDS
            .iter()
            .copied()
            .filter(|w| w.len() >= 6)
            .collect()
    });
    // A slip keeps the first letter, or swaps it with the second.
    let mut slips = long.iter().filter(|c| {
        let c = c.as_bytes();
        (c[0] == b[0] || c[0] == b[1])
            && c.len().abs_diff(b.len()) <= 1
            && (slip(b, c) || dropped_letter(b, c))
    });
    let found = match (slips.next(), slips.next()) {
        (Some(w), None) => FunctionTypo::Word(w),
        (Some(_), Some(_)) => FunctionTypo::Ambiguous,
        (None, _) => return None,
    };
    (!wordnet::is_english(word)).then_some(found)
}

/// Whether `typed` is `word` with one letter after the first left out ("exacly").
fn dropped_letter(typed: &[u8], word: &[u8]) -> bool {
    typed.len() + 1 == word.len() && {
        let i = typed
            .iter()
            .zip(word)
            .position(|(x, y)| x != y)
            .unwrap_or(typed.len());
        i >= 1 && typed[i..] == word[i + 1..]
    }
}

/// Whether `typed` is `word` with two neighbouring letters swapped ("teh"), a letter doubled
/// ("thee") or a doubled letter typed once ("tel", "stil").
fn slip(typed: &[u8], word: &[u8]) -> bool {
    let (b, c) = (typed, word);
    // The first place they differ, then what must follow it.
    let first = b.iter().zip(c).position(|(x, y)| x != y);
    if b.len() == c.len() {
        first.is_some_and(|i| {
            i + 1 < b.len() && b[i] == c[i + 1] && b[i + 1] == c[i] && b[i + 2..] == c[i + 2..]
        })
    } else if b.len() == c.len() + 1 {
        let i = first.unwrap_or(c.len());
        i >= 1 && b[i] == b[i - 1] && b[i + 1..] == c[i..]
    } else if b.len() + 1 == c.len() {
        // A doubled letter typed once ("tel", "stil", "realy").
        let i = first.unwrap_or(b.len());
        i >= 1 && c[i] == c[i - 1] && b[i..] == c[i + 1..]
    } else {
        false
    }
}

/// Whether `word` is a function word with two letters swapped or one doubled ("hte", "adn",
/// "whcih", "saidd"). A paraphrase written with such a slip makes it a word of the knowledge,
/// and a rare one; the matcher reads it as the function word where the knowledge uses it
/// rarely (see `matcher::query`).
pub fn is_slip_of_function_word(word: &str) -> bool {
    let b = word.as_bytes();
    (2..=8).contains(&b.len())
        && b.iter().all(u8::is_ascii_lowercase)
        && FUNCTION_WORDS.iter().any(|c| {
            let c = c.as_bytes();
            // Most function words are told apart before being compared: a slip is at most a
            // letter longer or shorter, and keeps the first letter or swaps it with the second.
            c.len().abs_diff(b.len()) <= 1 && (c[0] == b[0] || c[0] == b[1]) && slip(b, c)
        })
}

/// Whether `word` is a grammar word ("the", "did", "of"), not a framing word a knowledge base
/// may use for its topic ("confirm", "get").
pub fn is_grammar_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word)
}

/// Words the stemmer merges with another word, with the stem they keep instead: with a function
/// word ("the Senate hearing" with "hear", "willing to testify" with "will"), where they would
/// weigh nothing, or with a word of another meaning ("a security suite" with "suit", and so
/// "sue": "did they sue?" is no question about the software; "who is responsible for the ban"
/// with "response").
const OWN_STEMS: &[(&str, &str)] = &[
    ("hearing", "hearing"),
    ("hearings", "hearing"),
    ("responsibility", "responsib"),
    ("responsible", "responsib"),
    ("suite", "suite"),
    ("suites", "suite"),
    ("willing", "willing"),
    ("willingness", "willing"),
];

/// "I keep hearing", "after hearing it": the verb, a function word as "heard" is, not the
/// hearing the article tells of (see [`OWN_STEMS`]).
fn hearing_as_verb(words: &mut [String]) {
    const BEFORE: &[&str] = &[
        "after", "am", "been", "by", "i", "im", "keep", "keeping", "keeps", "kept", "m", "start",
        "started", "still", "stop", "stopped", "they", "upon", "we", "without",
    ];
    for i in 1..words.len() {
        if words[i] == "hearing" && BEFORE.contains(&words[i - 1].as_str()) {
            words[i] = "heard".to_owned();
        }
    }
}

/// "what did LogMeIn tell its customers", "what's logmein telling ppl": telling someone other
/// than the bot is saying, a word of what is asked (read as "say"), where "tell me", "please
/// tell", "I was told" and "can't tell if" are no word of it. Every labelled set (168 files):
/// 40 more right, 10 fewer wrong, 4 more follow-ups right; knowledge written apart (k1-k6):
/// alone 2 fewer wrong, borrowing 6 more right. Read as "said" (a stem of its own), 12 more
/// right and 5 fewer wrong; "tell" no stop word at all, 1 more right, 5 fewer wrong and 4
/// fewer follow-ups ("tell me what the company said" lost).
fn telling_others_as_saying(words: &mut [String]) {
    const NOT_TOLD: &[&str] = &[
        "me", "us", "you", "u", "ya", "if", "whether", "apart", "the", "a", "more", "anything",
    ];
    const TOLD_BY: &[&str] = &[
        "i", "we", "was", "were", "been", "being", "get", "got", "getting", "please", "pls", "plz",
        "kindly",
    ];
    for i in 1..words.len() {
        // "what's LogMeIn been tellin folks": an auxiliary before "telling" is no passive.
        let progressive = matches!(words[i].as_str(), "telling" | "tellin");
        let told = matches!(words[i].as_str(), "tell" | "tells" | "told")
            && !TOLD_BY.contains(&words[i - 1].as_str());
        if (progressive || told)
            && words
                .get(i + 1)
                .is_none_or(|n| !NOT_TOLD.contains(&n.as_str()))
        {
            words[i] = "say".to_owned();
        }
    }
}

/// "what did Kaspersky say about the ban", "what did the company itself say after it": what the
/// company says about the ban (or "about it", "after ...") is its response, read as "respond";
/// what it says about its ties or the backdoor claim stays a saying. Every labelled set (168
/// files): 20 more right, 2 fewer wrong, 3 more follow-ups right (25 fixed, 5 broken); knowledge
/// written apart unchanged. With any object: 15 more right and 3 more wrong ("what does the
/// company say about its relationship with the Kremlin" lost the denial); without "it", "that",
/// "this": 11 more right ("what did kaspersky say about it" after who banned it lost). What it
/// thinks or feels about the ban ("what does kaspersky think about the ban", which offered the
/// ban's scope first) is read so too: no labelled line moved.
fn company_saying_as_response(words: &mut [String]) {
    const SAYING: &[&str] = &[
        "say", "said", "says", "saying", "think", "thinks", "thought", "feel", "feels", "felt",
    ];
    #[rustfmt::skip]
    const COMPANY: &[&str] = &[
        "kaspersky", "kasperskys", "company", "lab", "labs", "firm", "itself",
    ];
    const ABOUT: &[&str] = &["about", "abt", "bout", "after", "regarding", "following"];
    // What follows "about": the ban, in the words people use for it, or a pronoun for it.
    #[rustfmt::skip]
    const OF_THE_BAN: &[&str] = &[
        "ban", "bans", "banned", "banning", "decision", "getting", "being", "blacklisted",
        "blocked", "kicked", "barred", "prohibition", "it", "that", "this", "all",
    ];
    for i in 1..words.len().saturating_sub(1) {
        // "itself" stands for "the company itself". The saying first: most words are none.
        if !SAYING.contains(&words[i].as_str())
            || !COMPANY.contains(&words[i - 1].as_str())
            || !ABOUT.contains(&words[i + 1].as_str())
        {
            continue;
        }
        let object = &words[i + 2..words.len().min(i + 6)];
        if matches!(words[i + 1].as_str(), "after" | "following")
            || object.iter().any(|w| OF_THE_BAN.contains(&w.as_str()))
        {
            words[i] = "respond".to_owned();
        }
    }
}

/// "the Russian antivirus folks", "that cyber crew", "the security lot": a word for a
/// group of people after words that describe a business is the company (for a knowledge that
/// uses "company"). Session 44, every labelled set but the 63rd and 64th: 18 more right, no more
/// wrong; knowledge written apart (k1-k6): 13 to 19 more right, 0 to 3 more wrong.
fn group_as_company(words: &mut [String]) {
    #[rustfmt::skip]
    const DESCRIBING: &[&str] = &[
        "russian", "moscow", "antivirus", "virus", "av", "security", "cyber", "software",
        "kaspersky", "kasperskys", "malware", "scanner", "checker", "tech", "infosec",
        "cybersecurity",
    ];
    #[rustfmt::skip]
    const GROUPS: &[&str] = &[
        "folks", "folk", "guys", "people", "peeps", "crew", "lot", "bunch", "gang", "group",
        "shop", "mob", "boys", "lads", "okes", "team", "crowd", "fellas", "dudes", "outfit",
        "operation", "squad",
    ];
    for i in 1..words.len() {
        // "the homeland security people" are the department's.
        let homeland = i >= 2 && words[i - 2] == "homeland";
        if GROUPS.contains(&words[i].as_str())
            && DESCRIBING.contains(&words[i - 1].as_str())
            && !homeland
        {
            words[i] = "company".to_owned();
        }
    }
}

/// Function words: they carry grammar, not topic, so they are weighted low.
///
/// Question words (who, why, when, where, how, what, which) are deliberately *not* here: in a
/// Q&A over one article they tell "why was it banned" from "when was it banned".
///
/// The function words of other languages ([`lexicon::OTHER_LANGUAGE_WORDS`]) are function words
/// too: an English question with a few of them ("hi po, ano exactly yung na-ban, federal agencies
/// lang ba?") is read by its English words, where they had weighed as unknown words against
/// every answer; a message mostly of them is still told apart as another language.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
        || lexicon::OTHER_LANGUAGE_WORDS.binary_search(&word).is_ok()
}

/// `word` in American spelling where British spelling differs by a regular ending
/// ("summarise", "organisation", "behaviour", "analyse", "centre", "defence"), so that both
/// stem alike: the stemmer reads "summarise" as "summaris" and "summarize" as "summar". Applied
/// to the knowledge and to questions alike, a word that has no American twin ("advise",
/// "precise") only changes in both places. Short words ("rise", "four", "our") are left alone.
fn american(word: &str) -> std::borrow::Cow<'_, str> {
    const ENDINGS: &[(&str, &str)] = &[
        ("isations", "izations"),
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("isers", "izers"),
        ("iser", "izer"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("ysing", "yzing"),
        ("ours", "ors"),
        ("our", "or"),
        ("tres", "ters"),
        ("tre", "ter"),
    ];
    const WORDS: &[(&str, &str)] = &[
        ("defence", "defense"),
        ("defences", "defenses"),
        ("offence", "offense"),
        ("offences", "offenses"),
        ("licence", "license"),
        ("pretence", "pretense"),
        ("programme", "program"),
        ("programmes", "programs"),
    ];
    if let Some(&(_, us)) = WORDS.iter().find(|(uk, _)| *uk == word) {
        return us.into();
    }
    if word.len() < 6 {
        return word.into();
    }
    match ENDINGS.iter().find(|(uk, _)| word.ends_with(uk)) {
        Some((uk, us)) => format!("{}{us}", &word[..word.len() - uk.len()]).into(),
        None => word.into(),
    }
}

/// "what did the US ban?", "what exactly got banned?", "what has Washington prohibited
/// regarding Kaspersky?": a "what" that is what was banned asks what the ban covers, and reads
/// so ("cover" added after the verb). Not "what did they ban it for?" (why) nor "what did the
/// US ban mean for Kaspersky?": only the banning body, auxiliaries and stress between, and only
/// stress or what it concerns after, up to a word that offers what it might cover ("what did
/// the US ban, just government computers or everything?"). Every labelled set but the 61st and
/// 62nd: 34 more right, 12 fewer wrong, 7 more follow-ups right; the offers, session 44: 11 more
/// right. A word between of seven letters or more typed with one slip ("goverment") is that
/// word: every labelled set (219 files), 3 fixed, one wrong answer offered instead.
fn what_banned_as_cover(words: &mut Vec<String>) {
    #[rustfmt::skip]
    const BETWEEN: &[&str] = &[
        "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "got", "get",
        "gets", "exactly", "actually", "precisely", "really", "just", "the", "us", "usa",
        "america", "american", "americans", "united", "states", "government", "govt", "gov",
        "washington", "they", "feds", "federal", "administration", "dc", "end", "up", "ending",
        "yanks", "uncle", "sam", "authorities",
    ];
    #[rustfmt::skip]
    const AFTER: &[&str] = &[
        "exactly", "precisely", "actually", "then", "here", "now", "rn", "lol", "tho", "though",
        "kaspersky", "kaspersky's", "kasperskys", "regarding", "concerning", "about", "in",
        "relation", "respect", "regard", "with", "to", "when", "it", "comes", "of", "this",
        "story", "matter", "case",
    ];
    // From the last such verb back: a message without one costs a look at each word.
    let Some(j) = words.iter().rposition(|w| BANNED.contains(&w.as_str())) else {
        return;
    };
    // "what did the US ban, just government computers?": after a word that offers what it
    // might cover, anything.
    #[rustfmt::skip]
    const OFFERS: &[&str] = &["just", "only", "or", "all", "everything", "everyone", "is", "was"];
    let offered = words[j + 1..]
        .iter()
        .position(|w| !AFTER.contains(&w.as_str()))
        .is_none_or(|k| OFFERS.contains(&words[j + 1 + k].as_str()));
    if !offered {
        return;
    }
    // A long word of them typed with a slip ("what did the goverment ban") is that word.
    let slip_of_long = |w: &str| {
        w.len() >= 7
            && BETWEEN
                .iter()
                .any(|b| b.len() >= 7 && strsim::damerau_levenshtein(w, b) == 1)
    };
    let between = words[..j]
        .iter()
        .rev()
        .take_while(|w| BETWEEN.contains(&function_word_meant(w)) || slip_of_long(w))
        .count();
    if j > between && function_word_meant(&words[j - between - 1]) == "what" {
        words.insert(j + 1, "cover".to_owned());
    }
}

/// The words `typed` may be with an "r" not said, as non-rhotic speakers spell them ("aftah",
/// "computahs", "hammah", "betta": after, computers, hammer, better; "hammahed": hammered;
/// "doah", "befoah": door, before); four letters or more. Only candidates, the likelier first:
/// the caller keeps the first that is a word.
fn dropped_r(typed: &str) -> Vec<String> {
    if typed.len() < 4 {
        return Vec::new();
    }
    if let Some(base) = typed.strip_suffix("oah") {
        vec![format!("{base}ore"), format!("{base}oor")]
    } else if let Some(base) = typed.strip_suffix("ahed") {
        vec![format!("{base}ered")]
    } else if let Some(base) = typed.strip_suffix("ahs") {
        vec![format!("{base}ers")]
    } else if let Some(base) = typed.strip_suffix("ah") {
        vec![format!("{base}er")]
    } else {
        typed
            .strip_suffix('a')
            .map(|base| format!("{base}er"))
            .into_iter()
            .collect()
    }
}

/// The full word for a chat spelling ("wat" -> "what", "ppl" -> "people") or a question word's
/// contraction without its apostrophe ("why'd" -> "whyd" -> "why"), if `word` is one.
///
/// Only spellings with no other reading in English questions: "us" and "it" stay as they are.
pub fn chat_speak(word: &str) -> Option<&'static str> {
    // Asked of every word several times in a question: a hash lookup, not a binary search.
    static TABLE: std::sync::OnceLock<HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    // No chat spelling is longer than ten letters.
    if word.len() > 10 {
        return None;
    }
    TABLE
        .get_or_init(|| {
            // The hand-kept chat spellings win over a dialect list's reading of the same word.
            let mut table: HashMap<&'static str, &'static str> = dialect_spellings().collect();
            table.extend(CHAT_SPEAK.iter().copied());
            table
        })
        .get(word)
        .copied()
}

/// Dialect spellings of everyday words ("guvmint", "wot", "dey", "telt") and the word each is,
/// from `dialect.txt`.
fn dialect_spellings() -> impl Iterator<Item = (&'static str, &'static str)> {
    const LIST: &str = include_str!("dialect.txt");
    LIST.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
}

#[cfg(test)]
mod tests {
    #[test]
    fn dialect_spellings_are_read_as_their_words() {
        use super::chat_speak;
        assert_eq!(chat_speak("guvmint"), Some("government"));
        assert_eq!(chat_speak("telt"), Some("told"));
        // The hand-kept chat spellings win ("ar" is "are"), and English words are no spellings.
        assert_eq!(chat_speak("ar"), Some("are"));
        assert_eq!(chat_speak("fur"), Some("for"));
        assert_eq!(chat_speak("lang"), None);
        assert_eq!(chat_speak("government"), None);
    }

    #[test]
    fn northern_t_is_the() {
        assert_eq!(
            super::words("thick wi' t'Kremlin, who set t'firm up?"),
            [
                "thick", "wi", "the", "kremlin", "who", "set", "the", "firm", "up"
            ]
        );
        // Not a contraction's "t": "don't", "can't".
        assert_eq!(super::words("don't, can't"), ["dont", "cant"]);
    }

    #[test]
    fn markup_is_no_words() {
        use super::without_markup;
        assert_eq!(
            without_markup("<b>why</b> was it banned?"),
            " why  was it banned?"
        );
        assert_eq!(
            without_markup("who banned <a href=\"https://x.y\">kaspersky</a>"),
            "who banned  kaspersky "
        );
        assert_eq!(without_markup("kaspersky<br/>ban"), "kaspersky ban");
        // Web addresses are no words either.
        assert_eq!(
            without_markup("why was it banned https://www.bbc.co.uk/news/123?"),
            "why was it banned  "
        );
        assert_eq!(
            without_markup("www.example.com who banned it"),
            "  who banned it"
        );
        assert_eq!(
            without_markup("<p>see (https://x.y/z) why</p>"),
            " see   why "
        );
        // No tags: borrowed, as it was.
        for text in [
            "i <3 this",
            "is a < b > c?",
            "<",
            "why <",
            "a <b",
            "<>",
            "</>",
        ] {
            assert!(
                matches!(without_markup(text), std::borrow::Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
    }

    use super::*;

    #[test]
    fn unknown_words_read_once_are_read_again_when_the_knowledge_changes() {
        let mut n = Normalizer::new(&[]);
        // Before the knowledge's words are known, a slip of a function word stays as typed.
        let before = n.tokens("teh ban");
        assert_eq!(before[0].text, "teh");
        assert_eq!(n.tokens("teh ban"), before);
        n.remember(StemCache::default());
        let after = n.tokens("teh ban");
        assert_eq!(after[0].text, "the");
        assert_eq!(n.tokens("teh ban"), after);
    }

    #[test]
    fn a_word_as_said_is_read_back() {
        let mut n = Normalizer::new(&[]);
        n.remember(StemCache::default());
        let text = |s: &str| n.tokens(s).into_iter().map(|t| t.text).collect::<Vec<_>>();
        assert_eq!(text("chuckin shakin"), text("chucking shaking"));
        assert_eq!(text("up dere"), text("up there"));
        assert_eq!(text("da feds wen kick it"), text("da feds did kick it"));
        assert_eq!(text("who wen start it"), text("who did start it"));
        for when in [
            "wen was it",
            "and wen did they",
            "what did dey say wen da ban came",
        ] {
            // A "wen" that asks or joins stays "when".
            let did = |s: &str| text(s).iter().filter(|w| *w == "did").count();
            assert_eq!(did(when), when.matches("did").count(), "{when}");
        }
        assert_eq!(
            text("aftah dem computahs betta"),
            text("after dem computers better")
        );
        assert_eq!(
            text("a back doah befoah they got hammahed"),
            text("a back door before they got hammered")
        );
        // Words of their own, and names, stay as typed.
        for word in ["data", "russia", "kinda"] {
            assert_eq!(text(word), text(&format!("{word} ")), "{word}");
        }
        assert_ne!(text("dave"), text("thave"));
        for word in ["putin", "admin", "kremlin", "within"] {
            assert_eq!(text(word), text(&format!("{word} ")), "{word}");
            assert_ne!(text(word), text(&format!("{word}g")), "{word}");
        }
    }

    #[test]
    fn a_question_after_a_preamble_is_the_message_from_its_question_word() {
        for (message, question) in [
            (
                "kids asleep finally wats kasperskys reaction to gettin banned",
                vec!["wats kasperskys reaction to gettin banned"],
            ),
            (
                "on break rn whats teh reason fro the ban",
                vec!["whats teh reason fro the ban"],
            ),
            // A message that opens with its question, a question word a preposition or a
            // joining word asks with, too little before or after it: none.
            ("why did they ban it", vec![]),
            ("did they say why they banned it", vec![]),
            ("and if so, to what end?", vec![]),
            ("so who hacked it", vec![]),
            ("looking for what", vec![]),
            ("kaspersky ban why", vec![]),
        ] {
            assert_eq!(question_after_preamble(message), question, "{message}");
        }
    }

    #[test]
    fn a_statement_embeds_its_question_after_a_word_of_knowing() {
        for (message, embedded) in [
            (
                "no idea why they banned it, honestly",
                vec!["why they banned it"],
            ),
            (
                "my students want to know what the FBI was digging for and I can't say",
                vec!["what the FBI was digging for"],
            ),
            (
                "The backdoor theory keeps popping up and I can't tell whether anyone denied it",
                vec!["whether anyone denied it"],
            ),
            // The question nested in it is not another one; a relative clause, a time and a
            // question that opens the message are none.
            (
                "no idea how Kaspersky reacted when the ban came out",
                vec!["how Kaspersky reacted when the ban came out"],
            ),
            ("did the feds question the guy who started it", vec![]),
            ("how did Kaspersky react when the ban came out?", vec![]),
            ("not sure why", vec![]),
        ] {
            assert_eq!(embedded_questions(message), embedded, "{message}");
        }
    }

    #[test]
    fn a_message_reports_the_claims_after_a_verb_of_saying() {
        for (message, claims) in [
            (
                "someone at lunch said it's banned everywhere now... not sure that's right",
                vec!["it's banned everywhere now"],
            ),
            (
                "A patron swore to me that the FBI questioned Eugene Kaspersky. Is that true?",
                vec!["the FBI questioned Eugene Kaspersky"],
            ),
            (
                "my brother insists the software ships user data to Moscow, I doubt it",
                vec!["the software ships user data to Moscow"],
            ),
            // A question about the saying itself, nothing reported, or no claim after the verb.
            ("what did kaspersky say about the ban?", vec![]),
            (
                "who said the russians are out to wreck our democracy",
                vec![],
            ),
            ("nobody's told me if my info goes to Moscow", vec![]),
            (
                "honestly I've never heard of Kaspersky before today",
                vec![],
            ),
            (
                "I keep seeing the 2016 election mentioned in articles",
                vec![],
            ),
        ] {
            assert_eq!(reported_claims(message), claims, "{message}");
        }
    }

    #[test]
    fn long_sentences_are_cut_where_a_question_starts() {
        let long =
            "I run IT for a small office, so tell me what the ban covers and why did they do it";
        assert_eq!(
            question_parts(long),
            [
                "so tell me what the ban covers",
                "why did they do it",
                "I run IT for a small office, so tell me what the ban covers and why did they do it"
            ]
        );
        // "and" joining two things is no new question.
        let one = "Could you tell me which products and systems fall within the scope of the ban?";
        assert_eq!(
            question_parts(one),
            [
                "Could you tell me which products and systems fall within the scope of the ban?",
                one
            ]
        );
    }

    #[test]
    fn british_and_american_spellings_stem_alike() {
        let n = Normalizer::new(&[]);
        for (uk, us) in [
            ("summarise", "summarize"),
            ("organisation", "organization"),
            ("behaviour", "behavior"),
            ("defence", "defense"),
            ("analysed", "analyzed"),
            ("centre", "center"),
        ] {
            assert_eq!(n.key(uk), n.key(us), "{uk}");
        }
        assert_eq!(american("rise"), "rise");
        assert_eq!(american("four"), "four");
    }

    #[test]
    fn a_respelt_first_word_of_a_phrase_variant_is_read_with_the_phrase() {
        let k = crate::knowledge::Knowledge::builtin().unwrap();
        let n = Normalizer::new(&k.synonyms);
        assert_eq!(
            n.key("what did kasperksy lab say"),
            n.key("what did kaspersky lab say")
        );
        assert_eq!(n.key("kasperksy lab"), n.key("kaspersky"));
        // Only a phrase of the same canonical word: "lab" stays after another word.
        assert_eq!(n.key("kasperksy said lab"), n.key("kaspersky said lab"));
        assert_eq!(texts(&n, "kasperksy said lab").len(), 3);
    }

    fn texts(n: &Normalizer, s: &str) -> Vec<String> {
        n.tokens(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn tokens_walked_one_by_one_are_the_tokens() {
        let plain = Normalizer::new(&[]);
        let synonyms = vec![("ban".to_string(), vec!["kick out".to_string()])];
        let with_synonyms = Normalizer::new(&synonyms);
        for text in [
            "Why did the U.S. kick out Kaspersky's software?",
            "sooooo whyyy did they ban it ??? don't know",
            "Ünïcödé café naïve — ｆｕｌｌｗｉｄｔｈ ban.who",
            "",
            "🙂🙂",
        ] {
            for n in [&plain, &with_synonyms] {
                let mut cache = StemCache::default();
                let mut walked = Vec::new();
                n.for_each_token_cached(text, &mut cache, |t, stop| {
                    walked.push((t.to_string(), stop))
                });
                let tokens: Vec<(String, bool)> = n
                    .tokens(text)
                    .into_iter()
                    .map(|t| (t.text, t.stop))
                    .collect();
                assert_eq!(walked, tokens, "{text}");
                // Again, from the cache.
                let mut again = Vec::new();
                n.for_each_token_cached(text, &mut cache, |t, stop| {
                    again.push((t.to_string(), stop))
                });
                assert_eq!(again, tokens, "{text}, cached");
            }
        }
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(CHAT_SPEAK.windows(2).all(|w| w[0].0 < w[1].0));
        // `chat_speak` looks up no word longer.
        assert!(CHAT_SPEAK.iter().all(|(short, _)| short.len() <= 10));
        assert!(super::dialect_spellings().all(|(spelling, word)| {
            (3..=10).contains(&spelling.len())
                && spelling.bytes().all(|b| b.is_ascii_lowercase())
                && !word.is_empty()
                && word.bytes().all(|b| b.is_ascii_lowercase())
        }));
        assert!(
            lexicon::OTHER_LANGUAGE_WORDS
                .windows(2)
                .all(|w| w[0] < w[1])
        );
    }

    #[test]
    fn messages_in_another_language_are_told_apart_from_english() {
        let other = |t: &str| lexicon::reads_as_other_language(&words(t));
        assert!(other("sino nag ban po? us govt lang ba talaga"));
        assert!(other("y qué dijo en twitter?"));
        assert!(other("por qué el gobierno de USA está tan paranoico?"));
        assert!(other(
            "warum wurde Kaspersky verboten und wer hat es entschieden?"
        ));
        assert!(other("warum wurde kaspersky verboten?"));
        assert!(other("waarom heeft de VS kaspersky verboden?"));
        // English, with a particle of Philippine English, a place or a name.
        assert!(!other("what did the us ban po?"));
        assert!(!other("who banned it in Los Angeles and Las Vegas?"));
        assert!(!other("que?"));
    }

    #[test]
    fn discourse_particles_and_chat_emotes_ask_nothing() {
        // Politeness particles of Philippine, Malaysian and Indian English, forms of address,
        // and the emote names of chat ("what did eugene tweet LULW").
        for word in [
            "po", "lah", "ji", "yaar", "sir", "madam", "dear", "lulw", "pogchamp",
        ] {
            assert!(is_stop_word(word), "{word}");
        }
    }

    #[test]
    fn chat_spellings_read_as_the_words() {
        let n = Normalizer::new(&[]);
        assert_eq!(texts(&n, "y they ban it"), texts(&n, "why they ban it"));
        assert_eq!(texts(&n, "whn was it"), texts(&n, "when was it"));
        // A short word typed without its last letter.
        assert_eq!(
            texts(&n, "wa it jus th us"),
            texts(&n, "was it just the us")
        );
        assert_eq!(
            texts(&n, "whr did he say it"),
            texts(&n, "where did he say it")
        );
        assert_eq!(
            texts(&n, "wat did govt ban"),
            texts(&n, "what did government ban")
        );
        assert!(n.tokens("lol huh").iter().all(|t| t.stop));
        assert!(!n.tokens("y").iter().any(|t| t.stop));
        // Jamaican and Nigerian English: "di" is "the", "mi wan" "me want"; "abeg", "sef" and
        // "oga" only colour the message.
        assert_eq!(
            texts(&n, "wat di founder tweet"),
            texts(&n, "what the founder tweet")
        );
        assert_eq!(texts(&n, "mi wan know"), texts(&n, "me want know"));
        // A "y" typed is no vowel left out: "wny" is a slip of "why" or "any", not "wanna".
        assert_ne!(texts(&n, "wny"), texts(&n, "wanna"));
        assert!(n.tokens("abeg sef oga").iter().all(|t| t.stop));
    }

    /// `text`'s words after `rewrite`, joined.
    /// A normalizer with `synonyms` that has read `text` as its knowledge.
    fn knowing(synonyms: &[(String, Vec<String>)], text: &str) -> Normalizer {
        let mut n = Normalizer::new(synonyms);
        let mut cache = StemCache::default();
        n.tokens_cached(text, &mut cache);
        n.remember(cache);
        n
    }

    fn normalize_words_joined(text: &str) -> String {
        words(text).join(" ")
    }

    fn rewritten(text: &str, rewrite: impl Fn(&mut Vec<String>)) -> String {
        let mut w = words(text);
        rewrite(&mut w);
        w.join(" ")
    }

    #[test]
    fn the_bans_coming_after_what_was_said_is_no_question_of_when() {
        let read = |text: &str| rewritten(text, |w| time_of_the_ban_as_premise(w));
        assert_eq!(
            read("what did kaspersky say after the ban came out"),
            "what did kaspersky say after the ban the out"
        );
        assert_eq!(
            read("how did they react once it was announced, and who banned it"),
            "how did they react once it was the and who banned it"
        );
        // Asked when, or with no saying before the clause, the words stay.
        assert_eq!(
            read("when did the ban come out"),
            "when did the ban come out"
        );
        assert_eq!(
            read("the ban came out after the hearing"),
            "the ban came out after the hearing"
        );
    }

    #[test]
    fn not_knowing_something_asks_what_it_is() {
        let read = |text: &str| rewritten(text, not_knowing_as_what_is);
        assert_eq!(
            read("never heard of kaspersky before today"),
            "what is kaspersky"
        );
        assert_eq!(
            read("i know almost nothing about the company until this week"),
            "i what is the company"
        );
        // Any other time stays: it may be what is asked.
        assert_eq!(
            read("never heard of it before the ban"),
            "what is it before the ban"
        );
        assert_eq!(read("who banned it"), "who banned it");
    }

    #[test]
    fn a_verb_that_only_carries_its_deed_asks_nothing() {
        let read = |text: &str| rewritten(text, |w| light_verb_before_deed(w));
        assert_eq!(
            read("who is make this ban to kaspersky"),
            "who is the this ban to kaspersky"
        );
        assert_eq!(
            read("which authority has taken the decision"),
            "which authority has the the decision"
        );
        // Taking the ban is reacting to it; "made the call" is the knowledge's own phrase.
        for text in ["how did kaspersky take the ban", "who made the call"] {
            assert_eq!(read(text), text);
        }
        // Imposing a ban is banning, unless who or which body imposed it is asked.
        assert_eq!(read("why was the ban imposed"), "why was the ban the");
        assert_eq!(
            read("on what grounds did they impose the prohibition"),
            "on what grounds did they the the prohibition"
        );
        for text in [
            "who imposed the restriction",
            "did washington itself impose the ban",
        ] {
            assert_eq!(read(text), text);
        }
    }

    #[test]
    fn the_scope_of_a_question_of_who_did_it_is_its_premise() {
        let read = |text: &str| rewritten(text, |w| scope_of_an_agent_question(w));
        assert_eq!(
            read("who banned kaspersky from government computers"),
            "who banned kaspersky from the the"
        );
        // Who the ban covers keeps its words.
        for text in [
            "who is no longer allowed to use it on government computers",
            "who cant use it",
        ] {
            assert_eq!(read(text), text);
        }
    }

    #[test]
    fn agents_guessed_after_who_banned_it_are_supposed() {
        let guessed = |text: &str| {
            let w = words(text);
            agents_guessed(&w).map(|r| w[r].join(" "))
        };
        assert_eq!(
            guessed("who even banned it, trump??").as_deref(),
            Some("trump")
        );
        assert_eq!(
            guessed("who actually banned it, trump?? congress??").as_deref(),
            Some("trump congress")
        );
        assert_eq!(
            guessed("who banned kaspersky, trump?").as_deref(),
            Some("trump")
        );
        assert_eq!(
            guessed("who even banned it, like trump or congress or who").as_deref(),
            Some("like trump or congress or who")
        );
        // What follows asks more than a guess.
        assert_eq!(guessed("who banned it and why"), None);
        assert_eq!(guessed("who banned it from government computers"), None);
    }

    #[test]
    fn a_hey_closing_a_message_is_a_tag() {
        let read = |text: &str| rewritten(text, |w| tag_as_stress(w));
        assert_eq!(
            read("so they still can't clear their name hey?"),
            normalize_words_joined("so they still can't clear their name the")
        );
        assert_eq!(read("hey"), "hey");
        assert_eq!(read("hey, who banned it"), "hey who banned it");
    }

    #[test]
    fn a_term_of_address_closing_a_message_speaks_to_the_reader() {
        let read = |text: &str| {
            let mut words = words(text);
            closing_address_as_stress(text, &mut words, |_| false);
            words.join(" ")
        };
        assert_eq!(
            read("Why'd the feds give it the boot, boy?"),
            "why the feds give it the boot the"
        );
        assert_eq!(
            read("is it big in security then, Charlie?"),
            "is it big in security then the"
        );
        // Not a word of the question, nor one after no comma.
        assert_eq!(read("who is the boss"), "who is the boss");
        assert_eq!(read("who banned it, the boss?"), "who banned it the boss");
        // Two words: an endearment after "me" or "my", and "sweet as".
        assert_eq!(
            read("how did they take it, me 'ansum?"),
            "how did they take it the the"
        );
        assert_eq!(
            read("still under a cloud, sweet as?"),
            "still under a cloud the the"
        );
        assert_eq!(
            read("who sends data to moscow, d'ye ken?"),
            "who sends data to moscow the the"
        );
        assert_eq!(read("who banned it, my boss?"), "who banned it my boss");
        assert_eq!(read("who banned it, you?"), "who banned it you");
        assert_eq!(read("who banned it, me?"), "who banned it me");
        // A word neither the knowledge nor English knows, alone after the last comma.
        let n = knowing(&[], "who are this outfit anyway");
        let stop = |text: &str| n.tokens(text).last().is_some_and(|t| t.stop);
        assert!(stop("who are this outfit anyway, never heard of em, mun"));
        assert!(stop("who banned it, boet?"));
        // Not an English word there ("..., Germany?"), nor one of the knowledge's.
        assert!(!stop("who are this outfit anyway, germany?"));
        assert!(!stop("who are this lot anyway, outfit?"));
    }

    #[test]
    fn a_term_of_address_opening_a_message_speaks_to_the_reader() {
        let read = |text: &str| rewritten(text, |w| opening_address_as_stress(text, w));
        assert_eq!(
            read("Boss, what was the grounds for it?"),
            "the what was the grounds for it"
        );
        assert_eq!(
            read("Ag man, are the Yanks scared?"),
            "ag the are the yanks scared"
        );
        // A greeting before it too, when a question follows; not in small talk.
        assert_eq!(
            read("Hey boy, which computers they stoppin it on?"),
            "the the which computers they stoppin it on"
        );
        assert_eq!(
            read("hi folks, first time caller"),
            "hi the first time caller"
        );
        // Not a word of the question, nor one without a comma after it.
        assert_eq!(read("the boss, who is he"), "the boss who is he");
        assert_eq!(read("boss said what"), "boss said what");
    }

    #[test]
    fn big_before_a_word_of_size_only_stresses_it() {
        let read = |text: &str| rewritten(text, |w| big_as_stress(w));
        assert_eq!(read("their big long rebuttal"), "their the long rebuttal");
        assert_eq!(read("is kaspersky big"), "is kaspersky big");
    }

    #[test]
    fn a_question_word_asking_for_grounds_asks_why() {
        let read = |text: &str| rewritten(text, what_grounds_as_why);
        assert_eq!(
            read("and on what grounds was it imposed"),
            "and why grounds was it imposed"
        );
        assert_eq!(
            read("For which reason USA decided"),
            "why reason usa decided"
        );
        for text in ["on what basis is it distributed", "what was the reason"] {
            assert_eq!(read(text), normalize_words_joined(text));
        }
    }

    #[test]
    fn what_got_it_thrown_out_asks_why() {
        let read = |text: &str| rewritten(text, |w| outcome_got_as_why(w));
        assert_eq!(
            read("what actually got Kaspersky kicked off government machines"),
            "why actually got kaspersky kicked off government machines"
        );
        assert_eq!(
            read("so what's got the antivirus booted"),
            "so why got the antivirus booted"
        );
        for text in [
            "what got banned",
            "what got banned exactly and where",
            "what got the government so worried",
            "what gets people to drop it",
        ] {
            assert_eq!(read(text), normalize_words_joined(text));
        }
    }

    #[test]
    fn the_deed_that_brought_a_ban_asks_why() {
        let read = |text: &str| rewritten(text, |w| deed_for_the_outcome_as_why(w));
        assert_eq!(
            read("wtf did kaspersky do to get banned"),
            "why did kaspersky do to get banned"
        );
        assert_eq!(
            read("what have they done to deserve this"),
            "why have they done to deserve this"
        );
        for text in [
            "what did the founder do to get people to calm down",
            "what did he offer to do to prove it",
        ] {
            assert_eq!(read(text), normalize_words_joined(text));
        }
    }

    #[test]
    fn a_removal_told_how_to_make_is_removing() {
        let read = |text: &str| rewritten(text, |w| how_to_rip_out_as_remove(w));
        assert_eq!(
            read("told folks how to rip kaspersky out"),
            "told folks how to remove kaspersky out"
        );
        for text in ["how to ban it", "do agencies have to rip it out"] {
            assert_eq!(read(text), normalize_words_joined(text));
        }
    }

    #[test]
    fn what_someone_has_against_another_asks_why() {
        let read = |text: &str| rewritten(text, held_against_as_why);
        assert_eq!(
            read("what did the yanks have against the kaspersky crowd"),
            "why did the yanks the kaspersky crowd"
        );
        assert_eq!(
            read("whats washington got against them"),
            "why washington them"
        );
        for text in [
            "what do they have on kaspersky",
            "is the case they have against it strong",
        ] {
            assert_eq!(read(text), normalize_words_joined(text));
        }
    }

    #[test]
    fn who_a_group_is_asks_what_it_is() {
        let read = |text: &str| {
            rewritten(text, |w| {
                who_are_as_what(w);
                who_is_this_group_as_what(w);
            })
        };
        assert_eq!(
            read("who are these kaspersky lads anyway"),
            "what are these kaspersky lads anyway"
        );
        assert_eq!(
            read("this kaspersky outfit, who are they"),
            "this kaspersky outfit what are they"
        );
        assert_eq!(
            read("Who exactly is this Kaspersky crowd, lah?"),
            "what exactly is this kaspersky crowd lah"
        );
        for text in [
            "what did logmein tell customers who are worried",
            "who is the founder",
            // A person of the group.
            "who is this company's founder",
            "who is that outfit's boss",
        ] {
            assert_eq!(read(text), normalize_words_joined(text));
        }
    }

    #[test]
    fn the_states_ending_a_phrase_are_the_country() {
        let read = |text: &str| rewritten(text, |w| the_states_as_usa(w));
        assert_eq!(
            read("who pulled the plug on kaspersky in the states"),
            "who pulled the plug on kaspersky in the usa"
        );
        assert_eq!(
            read("is it banned in the States or only federal?"),
            "is it banned in the usa or only federal"
        );
        for text in [
            "which states banned it",
            "the states that banned it",
            "did the states government ban it",
            "the grounds it stated",
        ] {
            assert_eq!(read(text), normalize_words_joined(text));
        }
    }

    #[test]
    fn what_a_deed_was_done_for_asks_why() {
        let read = |text: &str| rewritten(text, done_for_as_why);
        assert_eq!(read("what was the ban for"), "why was the ban");
        assert_eq!(read("whats the ban for?"), "why the ban");
        assert_eq!(
            read("what did the us say the ban was for"),
            "why did the us say the ban was"
        );
        // What something is known or used for, which company, what a pronoun is for: no reason.
        for text in [
            "what is kaspersky known for",
            "whats it used for",
            "what company does he speak for",
            "whats it for",
            "what for",
            "what was the reason for the ban",
        ] {
            assert_eq!(read(text), words(text).join(" "), "{text}");
        }
    }

    #[test]
    fn a_cause_supposed_in_a_yes_no_question_asks_why() {
        let read = |text: &str| rewritten(text, |w| cause_as_why(w));
        assert_eq!(read("was it over spying fears"), "was it why spying fears");
        assert_eq!(
            read("did they ban it because of russian spying"),
            "did they ban it why of russian spying"
        );
        assert_eq!(
            read("was the ban due to russian intelligence"),
            "was the ban why to russian intelligence"
        );
        // What came before, the ban itself, a statement, "is that over": no cause asked.
        for text in [
            "is that because of the ban",
            "do people have to uninstall it because of this",
            "it was because of spying",
            "is kaspersky still under suspicion or is that over",
        ] {
            assert_eq!(read(text), text);
        }
    }

    #[test]
    fn when_inside_a_question_of_something_else_asks_nothing() {
        let read = |text: &str| rewritten(text, |w| when_as_conjunction(w));
        assert_eq!(
            read("what was the us worried about when it banned kaspersky"),
            "what was the us worried about the it banned kaspersky"
        );
        assert_eq!(
            read("how did they react when the americans kicked them out"),
            "how did they react the the americans kicked them out"
        );
        // A clause of time before the question asks nothing either.
        assert_eq!(
            read("when the us banned it how did kaspersky respond"),
            "the the us banned it how did kaspersky respond"
        );
        // Its own question, a clause of its own, "since when" and a last word still ask when.
        for text in [
            "when was the ban announced",
            "who banned it and when was that",
            "what has it been questioned since when",
            "who banned it and when",
            "what happened when",
            "when the ban announced",
            "when they banned it and why",
        ] {
            assert_eq!(read(text), text);
        }
    }

    #[test]
    fn a_closing_for_what_asks_why() {
        let read = |text: &str| rewritten(text, closing_for_what_as_why);
        assert_eq!(
            read("eh the americans ban kaspersky for what one ah"),
            "eh the americans ban kaspersky why one ah"
        );
        assert_eq!(read("kaspersky banned for what"), "kaspersky banned why");
        // What it is known or used for asks what it is.
        assert_eq!(
            read("kaspersky is known for what"),
            "kaspersky is known for what"
        );
        assert_eq!(read("for what"), "for what");
    }

    #[test]
    fn why_aye_asks_no_why() {
        let read = |text: &str| rewritten(text, why_aye_as_stress);
        assert_eq!(
            read("why aye when did they block it"),
            "when did they block it"
        );
        assert_eq!(read("why did they block it"), "why did they block it");
    }

    #[test]
    fn what_was_banned_asks_what_the_ban_covers() {
        let read = |text: &str| rewritten(text, what_banned_as_cover);
        assert_eq!(read("what did the us ban"), "what did the us ban cover");
        assert_eq!(
            read("wat exactly got banned lol"),
            "wat exactly got banned cover lol"
        );
        assert_eq!(
            read("ok so what has washington prohibited regarding kaspersky"),
            "ok so what has washington prohibited cover regarding kaspersky"
        );
        assert_eq!(
            read("what did the yanks ban, just govt computers or everything"),
            "what did the yanks ban cover just govt computers or everything"
        );
        // Typos of the words between too: 12 more right on every set but the 73rd and 74th.
        assert_eq!(
            read("waht exactly did teh us ban"),
            "waht exactly did teh us ban cover"
        );
        // And a slip in a long one (session 83: 3 fixed, none broken).
        assert_eq!(
            read("what did the goverment ban"),
            "what did the goverment ban cover"
        );
        // Why, and a ban that is the subject: left as they are.
        assert_eq!(read("what did they ban it for"), "what did they ban it for");
        assert_eq!(
            read("what did the ban mean for kaspersky"),
            "what did the ban mean for kaspersky"
        );
    }

    #[test]
    fn a_group_described_as_the_business_is_the_company() {
        let read = |text: &str| rewritten(text, |w| group_as_company(w));
        assert_eq!(
            read("are these antivirus folks cozy with putin"),
            "are these antivirus company cozy with putin"
        );
        assert_eq!(
            read("what did the russian cyber crew say"),
            "what did the russian cyber company say"
        );
        // People who are no business, and the department's people, stay.
        assert_eq!(read("what do people think"), "what do people think");
        assert_eq!(
            read("did they write to the homeland security people"),
            "did they write to the homeland security people"
        );
    }

    #[test]
    fn a_pronouns_contraction_is_the_pronoun() {
        assert_eq!(words("he'd testify"), ["he", "testify"]);
        assert_eq!(words("they’ll say"), ["they", "say"]);
        assert_eq!(words("we've heard"), ["we", "heard"]);
        assert_eq!(words("why've they"), ["why", "they"]);
        // Other words keep theirs, and "who've" stays unread as a question.
        assert_eq!(words("don't"), ["dont"]);
        assert_eq!(words("who've"), ["whove"]);
        assert_eq!(words("o'clock"), ["oclock"]);
        // "did" joined to another word that no English word then spells: the word alone.
        assert_eq!(words("what day'd they"), ["what", "day", "they"]);
        assert_eq!(
            words("What exactly'd they kick"),
            ["what", "exactly", "they", "kick"]
        );
    }

    #[test]
    fn a_question_words_s_is_is() {
        assert_eq!(words("Who's the founder?"), ["who", "is", "the", "founder"]);
        assert_eq!(words("where’s it banned"), ["where", "is", "it", "banned"]);
        // A possessive stays dropped, and "what's" is read as before (see `IS_CONTRACTED`).
        assert_eq!(words("kaspersky's ban"), ["kaspersky", "ban"]);
        assert_eq!(words("what's banned"), ["what", "banned"]);
    }

    #[test]
    fn folds_case_punctuation_quotes_and_dashes() {
        assert_eq!(words("Kaspersky’s BAN—why?!"), ["kaspersky", "ban", "why"]);
        assert_eq!(words("don't"), ["dont"]);
        assert_eq!(words("  many   spaces\t\n"), ["many", "spaces"]);
    }

    #[test]
    fn joins_dotted_abbreviations_but_not_sentences() {
        assert_eq!(words("the U.S. ban"), ["the", "us", "ban"]);
        assert_eq!(words("ban.who did it"), ["ban", "who", "did", "it"]);
        assert_eq!(words("statement tl;dr"), ["statement", "tldr"]);
    }

    #[test]
    fn elongated_letters_collapse() {
        assert_eq!(words("whyyy sooo bannned"), ["why", "so", "baned"]);
        assert_eq!(words("good 2000 xxxl"), ["good", "2000", "xl"]);
        assert_eq!(words("zzzzzz yyyy"), ["zzzzzz", "yyyy"]);
    }

    #[test]
    fn nfkc_and_invisible_characters() {
        assert_eq!(words("ｂａｎ"), ["ban"]);
        assert_eq!(words("ba\u{200D}n"), ["ban"]);
        assert_eq!(words("ban\u{200B}scope"), ["ban", "scope"]);
    }

    #[test]
    fn junk_has_no_words() {
        for junk in [
            "",
            "   ",
            "???",
            "😀😀😀",
            "<>/",
            "\u{200B}\u{200B}",
            "!!!...,,,",
        ] {
            assert!(words(junk).is_empty(), "{junk:?}");
        }
    }

    #[test]
    fn markers_that_number_questions_are_no_words() {
        assert_eq!(
            words("1) who banned it 2) why"),
            ["who", "banned", "it", "why"]
        );
        assert_eq!(words("(a) who (b) when"), ["who", "when"]);
        assert_eq!(words("1. who banned it"), ["who", "banned", "it"]);
        assert_eq!(
            words("ok so first, when? second: why"),
            ["ok", "so", "when", "why"]
        );
        // Numbers that count something stay, and so do the words.
        assert_eq!(
            words("in 2017. 3 agencies"),
            ["in", "2017", "3", "agencies"]
        );
        assert_eq!(words("who came first"), ["who", "came", "first"]);
        assert_eq!(words("the u.s. ban"), ["the", "us", "ban"]);
    }

    #[test]
    fn other_scripts_are_words() {
        assert_eq!(words("Привет, мир"), ["привет", "мир"]);
        assert_eq!(words("你好"), ["你好"]);
    }

    #[test]
    fn work_is_bounded() {
        let long = "word ".repeat(10_000);
        assert_eq!(words(&long).len(), MAX_QUERY_WORDS);
        let one = "ab".repeat(50_000);
        assert_eq!(words(&one)[0].len(), MAX_QUERY_CHARS);
    }

    #[test]
    fn typos_of_the_knowledge_words_are_corrected_before_stemming() {
        let n = knowing(&[], "the election agency past agent");
        // "agnecy" stems to "agneci", two edits from the stem "agenc": corrected as a word.
        assert_eq!(n.key("electoin agnecy"), n.key("election agency"));
        // Four letters: "pass" is a word of its own, not a typo of "past".
        assert_ne!(n.key("pass"), n.key("past"));
        // An English word is itself, not a typo of a knowledge word written with one.
        let n = knowing(&[], "what is hapening");
        assert_eq!(n.key("hapening happening"), "hapen happen");
        // Five letters too: "smart" is no slip of the knowledge's "start"; "startd" is.
        let n = knowing(&[], "who started it");
        assert_eq!(n.key("smart startd"), "smart start");
        // A function word is itself, not a typo of a knowledge word ("aren't": "agent").
        assert_eq!(n.key("they aren't new"), "they arent new");
        // A typo of a synonym's variant ("prodcut" of "product") is read as the synonym, from
        // six letters on, and after the knowledge's own words ("tweat" is its "tweet").
        let synonyms = vec![(
            "software".to_string(),
            vec!["product".to_string(), "tweak".to_string()],
        )];
        let n = knowing(&synonyms, "what software did they tweet about");
        assert_eq!(n.key("every prodcut"), n.key("every software"));
        assert_eq!(n.key("did he tweat"), n.key("did he tweet"));
        assert_ne!(n.key("a tweek"), n.key("a software"));
    }

    #[test]
    fn an_informal_expression_is_read_as_a_plain_word_the_knowledge_uses() {
        let synonyms = vec![("ban".to_string(), vec!["show the door".to_string()])];
        let n = knowing(&synonyms, "when was the ban, who got rid of it, is it free");
        // "drop the hammer on": "punish", unknown, then "ban"; "for nowt": "free".
        assert_eq!(n.key("they drop the hammer on it"), n.key("they ban it"));
        assert_eq!(n.key("given for nowt"), n.key("given free"));
        // One whose plain words are all function words only stresses the question.
        assert_eq!(
            n.key("who got rid of it no cap"),
            n.key("who got rid of it honestly")
        );
        // The knowledge's own synonym, and an expression of the knowledge's words, stay.
        assert_eq!(n.key("show the door"), n.key("ban"));
        assert_eq!(n.key("who got rid of it"), "who got rid of it");
        // A word of the knowledge only within a longer synonym ("hammer" of "ban hammer") is
        // none of its own; a synonym within the expression ("the boot" of "got the boot") keeps
        // the expression.
        let synonyms = vec![(
            "ban".to_string(),
            vec!["ban hammer".to_string(), "the boot".to_string()],
        )];
        let mut n = knowing(&synonyms, "when was the ban hammer");
        n.know_terms(["when", "ban"].map(String::from));
        assert_eq!(n.key("they drop the hammer on it"), n.key("they ban it"));
        assert_eq!(n.key("they got the boot"), n.key("they got ban"));
    }

    #[test]
    fn a_word_only_within_a_longer_synonym_stands_in_for_its_plain_word() {
        let synonyms = vec![("ties".to_string(), vec!["cozy with".to_string()])];
        let mut n = knowing(&synonyms, "did they deny ties cozy with");
        n.know_terms(["deni", "tie"].map(String::from));
        assert_eq!(n.plain_stand_in("cozi"), Some("tie"));
        assert_eq!(n.plain_stand_in("deni"), None);
        assert_eq!(n.plain_stand_in("tie"), None);
    }

    #[test]
    fn a_function_word_is_not_read_as_its_plain_word() {
        let n = knowing(&[], "my brother asked a friend who banned it");
        // "bro" and "mate" address the reader: no "brother" or "friend" of the question.
        assert!(n.tokens("bro mate").iter().all(|t| t.stop));
        assert_eq!(n.key("bro"), "bro");
        // "much" is a function word, not the rare word of "much appreciated" ("I don't know
        // much about the company" is no thanks).
        assert!(n.tokens("much").iter().all(|t| t.stop));
    }

    #[test]
    fn long_stop_words_typed_with_a_slip_are_read_as_the_words() {
        assert_eq!(
            stop_word_slip("exaclty"),
            Some(FunctionTypo::Word("exactly"))
        );
        assert_eq!(
            stop_word_slip("somethign"),
            Some(FunctionTypo::Word("something"))
        );
        assert_eq!(
            stop_word_slip("exacly"),
            Some(FunctionTypo::Word("exactly"))
        );
        // Short words have real-word neighbours ("quiet", "quite"); English words stay.
        assert_eq!(stop_word_slip("quiet"), None);
        assert_eq!(stop_word_slip("weather"), None);
    }

    #[test]
    fn function_word_typos_are_read_as_the_words() {
        let fix = |w: &str| function_word_typo(w);
        assert_eq!(fix("teh"), Some(FunctionTypo::Word("the")));
        assert_eq!(fix("ot"), Some(FunctionTypo::Word("to")));
        assert_eq!(fix("thye"), Some(FunctionTypo::Word("they")));
        assert_eq!(fix("abotu"), Some(FunctionTypo::Word("about")));
        assert_eq!(fix("hwo"), Some(FunctionTypo::Ambiguous));
        assert_eq!(fix("tel"), Some(FunctionTypo::Word("tell")));
        assert_eq!(fix("stil"), Some(FunctionTypo::Word("still")));
        // Content words near-misses depend on stay unknown.
        for word in ["uk", "buy", "cost", "price", "germany", "eu", "tax"] {
            assert_eq!(fix(word), None, "{word}");
        }
    }

    #[test]
    fn a_key_beside_the_right_one_slips_into_a_function_word() {
        let fix = |w: &str| function_word_typo(w);
        assert_eq!(fix("ehat"), Some(FunctionTypo::Word("what")));
        assert_eq!(fix("whp"), Some(FunctionTypo::Word("who")));
        assert_eq!(fix("whu"), Some(FunctionTypo::Word("why")));
        assert_eq!(fix("qre"), Some(FunctionTypo::Word("are")));
        // English words, function words, and a word typed without its vowels stay themselves.
        for word in ["day", "bug", "hot", "gave", "hoe", "has", "now", "wht"] {
            assert_eq!(fix(word), None, "{word}");
        }
        assert!(next_keys(b'q', b'a') && next_keys(b'a', b'z') && next_keys(b's', b'w'));
        assert!(!next_keys(b'q', b'z') && !next_keys(b'a', b'e') && !next_keys(b'o', b'u'));
    }

    #[test]
    fn stems_and_flags_stop_words() {
        let n = Normalizer::new(&[]);
        let t = n.tokens("Why was Kaspersky banned from the agencies");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            ["whi", "was", "kasperski", "ban", "from", "the", "agenc"]
        );
        let stops: Vec<bool> = t.iter().map(|t| t.stop).collect();
        assert_eq!(stops, [false, true, false, false, true, true, false]);
    }

    #[test]
    fn own_stems_are_sorted() {
        assert!(OWN_STEMS.is_sorted_by_key(|&(word, _)| word));
    }

    #[test]
    fn a_word_the_stemmer_would_merge_with_another_keeps_a_stem_of_its_own() {
        let n = Normalizer::new(&[]);
        let read = |text: &str| -> Vec<(String, bool)> {
            n.tokens(text)
                .into_iter()
                .map(|t| (t.text, t.stop))
                .collect()
        };
        assert_eq!(read("hearings"), [("hearing".to_owned(), false)]);
        assert_eq!(read("willingness"), [("willing".to_owned(), false)]);
        assert_ne!(read("suite"), read("suit"));
        // The verb is still one: "I keep hearing" asks nothing about a hearing.
        assert!(read("I keep hearing it").iter().all(|(_, stop)| *stop));
        assert!(!read("what happened at the hearing")[4].1);
    }

    #[test]
    fn telling_someone_else_is_saying() {
        let read = |text: &str| rewritten(text, |w| telling_others_as_saying(w));
        assert_eq!(
            read("what did logmein tell its customers"),
            "what did logmein say its customers"
        );
        assert_eq!(read("what's logmein telling ppl"), "what logmein say ppl");
        assert_eq!(read("what LogMeIn told them?"), "what logmein say them");
        // Telling, after an auxiliary, is still what they do.
        assert_eq!(
            read("what's logmein been tellin folks"),
            "what logmein been say folks"
        );
        // Asking the bot, or being told, says nothing of the topic.
        for text in [
            "tell me why it was banned",
            "can you tell me who banned it",
            "please tell what was banned",
            "I was told it was banned",
            "what do I tell him",
            "I can't tell if it is every agency",
        ] {
            assert_eq!(read(text), words(text).join(" "), "{text}");
        }
    }

    #[test]
    fn what_the_company_says_about_the_ban_is_its_response() {
        let read = |text: &str| rewritten(text, |w| company_saying_as_response(w));
        assert_eq!(
            read("What did Kaspersky say about the ban?"),
            "what did kaspersky respond about the ban"
        );
        assert_eq!(
            read("what does kaspersky think about the ban"),
            "what does kaspersky respond about the ban"
        );
        assert_eq!(
            read("what did the company itself say after getting kicked off"),
            "what did the company itself respond after getting kicked off"
        );
        for text in [
            "what does the company say about its ties to the kremlin",
            "did the US say why it banned kaspersky",
            "what did kaspersky say",
        ] {
            assert_eq!(read(text), words(text).join(" "), "{text}");
        }
    }

    #[test]
    fn who_must_do_something_asks_which() {
        let read = |text: &str| rewritten(text, |w| who_must_as_which(w));
        assert_eq!(read("who has to uninstall it"), "which has to uninstall it");
        assert_eq!(
            read("who is required to remove it"),
            "which is required to remove it"
        );
        assert_eq!(read("who banned it"), "who banned it");
    }

    #[test]
    fn a_removal_someone_must_make_is_what_the_ban_covers() {
        let read = |text: &str| rewritten(text, |w| must_remove_as_cover(w));
        assert_eq!(
            read("do federal agencies have to get rid of it"),
            "do federal agencies have to get cover of it"
        );
        assert_eq!(
            read("which offices must stop using it"),
            "which offices must cover using it"
        );
        assert_eq!(read("how do i remove it"), "how do i remove it");
        assert_eq!(
            read("do i need to uninstall it at home"),
            "do i need to uninstall it at home"
        );
    }

    #[test]
    fn which_body_did_something_asks_who() {
        let read = |text: &str| rewritten(text, |w| which_agent_as_who(w));
        assert_eq!(
            read("which government banned it"),
            "who government banned it"
        );
        assert_eq!(
            read("whihc agency actually did the ban"),
            "who agency actually did the ban"
        );
        assert_eq!(
            read("which agencies are affected"),
            "which agencies are affected"
        );
        assert_eq!(read("what agency is it"), "what agency is it");
        assert_eq!(read("which us agency banned it"), "who us agency banned it");
        // A chat spelling of the body, and a present tense for the past.
        assert_eq!(
            read("which govment ban kaspersky"),
            "who govment ban kaspersky"
        );
        assert_eq!(
            read("Which organisation of America has banned Kaspersky?"),
            "who organisation of america has banned kaspersky"
        );
        // Where the body is, between it and its deed.
        assert_eq!(
            read("which outfit in DC blackballed them"),
            "who outfit in dc blackballed them"
        );
        assert_eq!(
            read("Which government has forbid the Kaspersky antivirus?"),
            "who government has forbid the kaspersky antivirus"
        );
        assert_eq!(
            read("which agencies in the us are affected"),
            "which agencies in the us are affected"
        );
        // Being behind it is doing it.
        assert_eq!(
            read("which agency is behind the decision"),
            "who agency is behind the decision"
        );
        assert_eq!(
            read("which agency is in charge now"),
            "which agency is in charge now"
        );
    }

    #[test]
    fn what_a_question_supposes_is_no_word_of_it() {
        let mut n = Normalizer::new(&[]);
        n.remember(StemCache::default());
        // The words the matcher reads: "EU" and "some private outfit" are no words of it.
        let read = |text: &str| {
            n.tokens(text)
                .into_iter()
                .filter(|t| !t.stop)
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            read("was it the EU that banned kaspersky?"),
            read("who banned kaspersky")
        );
        assert_eq!(
            read("Was it the US government itself that banned it, or some private outfit?"),
            read("who banned it")
        );
        assert_eq!(
            read("is it true that it was the FBI who questioned him"),
            read("is it true that who questioned him")
        );
        // A slip of a function word is read as it before the phrases are: "say abuot" asks what
        // was said, as "say about" does; an English word ("wait") stays.
        assert_eq!(
            read("waht did kaspersky lab say abuot teh ban"),
            read("what did kaspersky lab say about the ban")
        );
        assert_ne!(read("wait who banned it"), read("what who banned it"));
        // Who passed a claim on, nobody the knowledge names, is no word of it; the company is.
        assert_eq!(
            read("somebody at the dock said it was congress that banned kaspersky"),
            read("who banned kaspersky")
        );
        assert_ne!(
            read("who said the russian government undermines democracy"),
            read("the russian government undermines democracy")
        );
        // "The one", "behind" and "by" name the one a yes/no question supposes did it.
        assert_eq!(
            read("Is the US government the one behind this ban?"),
            read("who behind this ban")
        );
        assert_eq!(
            read("was Washington the one that put the ban on Kaspersky?"),
            read("who put the ban on Kaspersky")
        );
        assert_eq!(
            read("Was it the US government behind the ban?"),
            read("who behind the ban")
        );
        assert_eq!(
            read("Was the Kaspersky ban handed down by Washington?"),
            read("who the Kaspersky ban handed down")
        );
        assert_eq!(
            read("Did Washington issue the ban?"),
            read("who issue the ban")
        );
        assert_ne!(read("Did the US ban Kaspersky?"), read("who ban Kaspersky"));
        assert_ne!(
            read("Were Kaspersky staff interviewed by the FBI?"),
            read("who Kaspersky staff interviewed")
        );
        assert_ne!(
            read("was it the hacking behind the ban?"),
            read("who behind the ban")
        );
        // Whether the one spoken of is some kind of person asks who it was.
        assert_eq!(read("Was it one of those senators?"), read("who was it"));
        assert_eq!(read("is this person a senator"), read("who is it"));
        assert_ne!(read("is it a russian company?"), read("who is it"));
        assert_ne!(read("was it a senator who said it?"), read("who was it"));
        // The day or month a yes/no question supposes is no word of it either: it asks when.
        assert_eq!(
            read("Was the Senate hearing in July?"),
            read("was the Senate hearing when")
        );
        assert_ne!(read("what happened in July?"), read("what happened"));
        assert_ne!(
            read("are schools closed tomorrow?"),
            read("are schools closed")
        );
        // No deed asked, or a second question: read as written.
        for text in [
            "is it only federal agencies that have to stop using it?",
            "when was it announced, and who founded the company?",
        ] {
            let mut w = words(text);
            assert!(cleft_as_who(&mut w).is_empty(), "{text}");
            assert_eq!(w, words(text));
        }
    }

    #[test]
    fn hwo_is_read_by_the_word_after_it() {
        let read = |text: &str| {
            let mut w = words(text);
            resolve_hwo(&mut w);
            w[0].clone()
        };
        assert_eq!(read("hwo banned kaspersky"), "who");
        assert_eq!(read("hwo actually announced it"), "who");
        assert_eq!(read("hwo long has it been questioned"), "how");
        assert_eq!(read("hwo did kaspersky react"), "how");
        assert_eq!(read("hwo is eugene"), "hwo");
        assert_eq!(read("hwo startd kaspersky lab"), "who");
        assert_eq!(read("hwo is actualy behind the decision"), "who");
        assert_eq!(read("hwo is banning kasperksy"), "who");
        assert_eq!(read("hwo is logmein connected"), "hwo");
    }

    #[test]
    fn an_opening_interjection_is_no_word_of_the_question() {
        let n = Normalizer::new(&[]);
        let stops = |text: &str| -> Vec<bool> { n.tokens(text).iter().map(|t| t.stop).collect() };
        assert!(stops("wait why did they ban it")[0]);
        assert!(stops("hold on, who banned it")[..2].iter().all(|&s| s));
        // Alone or as the question's own word, it is a word.
        assert!(!stops("wait time")[0]);
        assert!(!stops("how long is the wait")[4]);
    }

    #[test]
    fn thanks_that_asks_nothing_closes() {
        for text in [
            "cool thanks, that's enough for the intro",
            "ok thank you very much bot",
            "thanks",
            "thx mate",
        ] {
            assert!(thanks_closing(text), "{text}");
        }
        for text in [
            "thanks, and why was it banned",
            "thanks! who banned it?",
            "thanks, tell me more about the ban",
            "ok what was banned",
            "thanks for the info, when was that",
        ] {
            assert!(!thanks_closing(text), "{text}");
        }
    }

    #[test]
    fn a_synonym_is_no_typo_of_a_function_word() {
        let n = knowing(
            &[
                ("reason".into(), vec!["beef".into()]),
                ("unfounded".into(), vec!["myth".into()]),
            ],
            "the reason it is unfounded mouth",
        );
        // "beef" is one letter from "been"; "myth" has the skeleton of "mouth", typed without
        // its vowels.
        assert_eq!(texts(&n, "what's the beef"), ["what", "the", "reason"]);
        assert_eq!(texts(&n, "a myth"), ["a", "unfound"]);
    }

    #[test]
    fn no_word_of_a_synonym_phrase_is_corrected_to_another() {
        let n = knowing(
            &[
                ("testify".into(), vec!["spill the beans".into()]),
                ("company".into(), vec!["that crowd".into()]),
            ],
            "the ban bans were banned by the group",
        );
        // Alone, "baens" is a typo of "bans" ("beans" is an English word, no typo) and "crowd"
        // a plain word for "group".
        assert_eq!(texts(&n, "baens beans crowd"), ["ban", "bean", "group"]);
        assert_eq!(
            texts(&n, "will he spill the beans"),
            ["will", "he", "testifi"]
        );
        assert_eq!(texts(&n, "that crowd"), ["compani"]);
    }

    #[test]
    fn a_phrase_with_its_object_inside_reads_as_its_synonym() {
        let n = knowing(
            &[(
                "ban".into(),
                vec!["show the door".into(), "kick out".into()],
            )],
            "who banned the firm",
        );
        assert_eq!(
            texts(&n, "who showed the russian firm the door"),
            ["who", "ban", "the", "russian", "firm"]
        );
        assert_eq!(texts(&n, "why kick it out"), ["whi", "ban", "it"]);
        // A phrase the synonyms do not hold stays apart.
        assert_eq!(
            texts(&n, "they laughed it off"),
            ["they", "laugh", "it", "off"]
        );
    }

    #[test]
    fn synonyms_replace_longest_variant_first() {
        let n = Normalizer::new(&[
            (
                "usa".into(),
                vec!["us".into(), "united states".into(), "u.s.".into()],
            ),
            ("ban".into(), vec!["prohibited".into()]),
        ]);
        assert_eq!(
            texts(&n, "United States prohibits it"),
            ["usa", "ban", "it"]
        );
        assert_eq!(texts(&n, "the U.S."), ["the", "usa"]);
        assert!(!n.tokens("us").into_iter().next().unwrap().stop);
    }
}
