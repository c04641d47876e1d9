//! Query analysis: each distinct word of a question looked up in the index, exactly,
//! else as a derivational relative the knowledge uses, else within one or two typos, else
//! unknown.

use super::index::{Index, STOP_WEIGHT};
use super::typo::{self, TYPO_CREDIT};
use crate::normalize;

/// A query word after lookup.
#[derive(Debug, Clone, Copy)]
pub(super) struct QueryTerm {
    /// The vocabulary term it matched, if any.
    pub(super) term: Option<u32>,
    /// Its rarity weight (or the unknown-word weight).
    pub(super) weight: f32,
    /// How sure the lookup is: 1 for an exact match, less for a typo.
    pub(super) credit: f32,
    /// A function word.
    pub(super) stop: bool,
    /// A word of the knowledge that only frames a request ("specify", "entity"): it explains a
    /// question where met and changes nothing where not.
    pub(super) frame: bool,
}

/// A question after analysis.
#[derive(Debug, Clone)]
pub(super) struct Query {
    /// The distinct words, in order.
    pub(super) terms: Vec<QueryTerm>,
    /// Their surface forms after normalization, parallel to `terms`.
    pub(super) words: Vec<String>,
    /// The normalized question, for the character similarity.
    pub(super) key: String,
    /// A reading the decision's forest was not fitted on, which the hand-set rule decides: a
    /// follow-up read with the words of the topic it follows ([`super::Matcher::decide_about`]),
    /// or a message read with the words around its embedded question as frame words.
    pub(super) reread: bool,
    /// What the question asks about that the knowledge never names, as written, when it asks
    /// whether that is like what the knowledge is about (see [`Index::names_another`]).
    pub(super) another: Option<String>,
}

/// Credit for a word read as a derivational relative the knowledge uses ("argument" as
/// "argue"): full, as for the word itself. At 0.85 (a typo's) the tuning styles sets answered 2
/// fewer right and no fewer wrong.
const DERIVED_CREDIT: f32 = 1.0;

/// A knowledge word in at most this many paraphrases that is a function word with a slip
/// ("hte") is read as that function word: the paraphrase was typed with the slip. A word the
/// knowledge uses more often ("form" in a tax FAQ) is its own word.
const RARE_SLIP: usize = 2;

/// How similar (Jaro-Winkler) an unknown word must be to a word of the knowledge to be read as
/// a slip of it rather than a name of something else (see `Index::resembles_a_term`).
const SLIP_SIMILARITY: f64 = 0.85;

/// Shortest unknown word tried as two words typed without the space between them.
const MIN_RUN_TOGETHER: usize = 6;

impl Index {
    /// The knowledge's content term for a derivational relative of an unknown stem
    /// ("argument": "argu"; "prohibition": "ban" through the synonym "prohibit"), or for the
    /// stem of the stem ("governmental": "government": "govern"). The second measured +2 right
    /// answers on the tuning sets and no other change.
    fn derived(&self, stem: &str) -> Option<u32> {
        let content = |word: &str| {
            let id = *self.vocab.get(self.normalizer.canonical(word))?;
            (!self.terms[id as usize].stop).then_some(id)
        };
        normalize::wordnet::relatives(stem)
            .iter()
            .find_map(|relative| content(relative))
            .or_else(|| content(&self.normalizer.stem_again(stem)?))
            .or_else(|| content(self.normalizer.plain_stand_in(stem)?))
    }

    /// Whether `word` is one known word: `Some(false)` for a function word, `Some(true)` for
    /// a content word the knowledge uses as written; `None` otherwise. Lookups only, no
    /// stemming: it is asked of every way to cut a word in two.
    fn known_word(&self, word: &str) -> Option<bool> {
        if normalize::is_stop_word(word) {
            return Some(false);
        }
        let (stem, stop) = self.normalizer.knowledge_word(word)?;
        (!stop && self.vocab.contains_key(stem)).then_some(true)
    }

    /// `question` with each word typed without the space between two words ("foundedkaspersky",
    /// "kasperskylab", "whois") read as the two, when the word is unknown and both halves are
    /// known, one of them a word of the knowledge; `None` when no word is so split.
    fn split_run_together(&self, question: &str) -> Option<String> {
        let words = normalize::words(question);
        let mut split_any = false;
        let mut out: Vec<String> = Vec::with_capacity(words.len() + 1);
        for w in words {
            let n = w.len();
            let candidate = n >= MIN_RUN_TOGETHER
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !normalize::wordnet::is_english(&w)
                && self.known_word(&w).is_none();
            let best = candidate
                .then(|| {
                    (2..=n - 2)
                        .filter_map(|i| {
                            let (a, b) = w.split_at(i);
                            let (ka, kb) = (self.known_word(a)?, self.known_word(b)?);
                            // A half that is no word of the knowledge is a grammar word ("is",
                            // "did"), not any function word ("bit" + "defender", "re" + "tweets").
                            // A word of the knowledge has three letters or more ("exacl" + "ty").
                            let grammar = |half: &str, content: bool| {
                                if content {
                                    half.len() > 2
                                } else {
                                    normalize::is_grammar_word(half)
                                }
                            };
                            ((ka || kb) && grammar(a, ka) && grammar(b, kb))
                                .then_some((a.len().min(b.len()), i))
                        })
                        .max()
                })
                .flatten();
            match best {
                Some((_, i)) => {
                    split_any = true;
                    out.push(w[..i].to_owned());
                    out.push(w[i..].to_owned());
                }
                None => out.push(w),
            }
        }
        split_any.then(|| out.join(" "))
    }

    /// A word typed without its final "g" ("gettin", "replyin", "sayin") as the full word, when
    /// the word is unknown and the full word is a function word or one the knowledge uses.
    fn g_restored(&self, stem: &str) -> Option<normalize::Token> {
        if stem.len() < 5 || !stem.ends_with("in") {
            return None;
        }
        let full = self.normalizer.tokens(&format!("{stem}g"));
        let [word] = <[normalize::Token; 1]>::try_from(full).ok()?;
        (word.stop || self.vocab.contains_key(&word.text)).then_some(word)
    }

    /// Looks up each distinct query word.
    pub(super) fn analyze(&self, question: &str) -> Query {
        let query = self.analyze_tokens(self.normalizer.tokens(question));
        // Only a long word that stays unknown (no typo of a knowledge word) may be two run
        // together.
        let unknown_long = query.terms.iter().zip(&query.words).any(|(q, w)| {
            q.term.is_none()
                    && !q.stop
                    && w.len() >= MIN_RUN_TOGETHER - 1
                    // Most such words are English ones the knowledge does not use ("weather"),
                    // whose stem is often the word.
                    && !normalize::wordnet::is_english(w)
        });
        let mut query = if unknown_long && let Some(split) = self.split_run_together(question) {
            self.analyze_tokens(self.normalizer.tokens(&split))
        } else {
            query
        };
        query.another = self.names_another(question, &query);
        query
    }

    /// What `question` asks about that the knowledge never names, as written: a name (a word of
    /// letters that neither the knowledge nor WordNet knows, "Huawei", "ESET", or one written
    /// with a capital inside its sentence, "Poland") that a yes/no question opens on ("is Norton
    /// safe?") or that a sentence that asks holds beside words that compare ("too", "also", "as
    /// well", "the same", "what about", "instead", a closing "next"): "is Huawei banned too?",
    /// "what about ESET?", "did TikTok get banned for the same reason?", "I'd like to know
    /// whether Norton is affected as well". The question is about that other thing, a
    /// near-miss however much of it an entry explains; "is it banned for home users too?" names
    /// nothing unknown, and "we use it in Abuja, what's the worry?" compares nothing.
    ///
    /// Every labelled set (`faqbot eval`): the comparing words took out of scope answered from
    /// 386 to 365 and cost 1 right answer ("every Joe at home too"); the subject a yes/no
    /// question opens on, 2 more out of scope (with "alot" read as chat for "lot", which it
    /// first took for a name: 1 more right).
    fn names_another(&self, question: &str, query: &Query) -> Option<String> {
        if !query.terms.iter().any(|q| q.term.is_none() && !q.stop) {
            return None;
        }
        sentences(question).find_map(|sentence| {
            let words = normalize::words(sentence);
            let compares = compares(&words);
            let asks = sentence.trim_end().ends_with('?')
                || words
                    .first()
                    .is_some_and(|w| super::parts::starts_a_question(w))
                || words.iter().any(|w| w == "whether" || w == "if");
            // A capital inside the sentence marks a name that is also a word ("Poland").
            let capitals = capitalized(sentence);
            let is_name = |w: &String| self.is_name(w, query, capitals.contains(w));
            // "Is Norton safe?", "did Putin comment?": the name is what the question is about.
            let subject = match words.as_slice() {
                [aux, subject, ..] if normalize::lexicon::AUXILIARIES.contains(&aux.as_str()) => {
                    Some(subject).filter(|w| is_name(w))
                }
                _ => None,
            };
            let name = match subject {
                Some(name) => name,
                None if compares && asks => words.iter().find(|w| is_name(w))?,
                None => return None,
            };
            // As written: "ESET", "TikTok".
            let written = sentence
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| w.eq_ignore_ascii_case(name))
                .unwrap_or(name);
            Some(written.to_string())
        })
    }

    /// Whether `text` names something the knowledge never names (see [`Index::is_name`]).
    pub(super) fn names_unknown(&self, text: &str) -> bool {
        let query = self.analyze(text);
        normalize::words(text)
            .iter()
            .any(|w| self.is_name(w, &query, false))
    }

    /// Whether `word` of `query` is a name the knowledge never uses: a word of letters that
    /// neither the knowledge (nor a typo of one of its words) nor WordNet knows, or that WordNet
    /// knows but was written `capitalized` inside a sentence ("Poland").
    fn is_name(&self, word: &str, query: &Query, capitalized: bool) -> bool {
        let unknown = |stem: &str| {
            query
                .terms
                .iter()
                .zip(&query.words)
                .any(|(q, w)| q.term.is_none() && !q.stop && w == stem)
        };
        if word.len() < 3
            || !word.bytes().all(|b| b.is_ascii_alphabetic())
            || normalize::is_stop_word(word)
            // "sittin", "talkin": a word typed without its final "g".
            || (word.ends_with("in") && english(&format!("{word}g")))
        {
            return false;
        }
        let english = english(word);
        (capitalized || !english)
            && matches!(&self.normalizer.tokens(word)[..], [t] if unknown(&t.text)
                // A word no English one may be a slip too heavy to correct; an English word
                // with a capital is a name as written ("Chinese", "Argentina").
                && (english || !self.resembles_a_term(&t.text)))
    }

    /// Whether the unknown `stem` is close to a content word of the knowledge, as a slip too
    /// heavy to correct is ("kaspreskey" of "kaspersky"): Jaro-Winkler similarity at least
    /// [`SLIP_SIMILARITY`] to a word of four letters or more that starts with the same letter.
    /// Not a name of something else, then.
    fn resembles_a_term(&self, stem: &str) -> bool {
        let first = stem.as_bytes().first();
        self.terms.iter().any(|t| {
            !t.stop
                && t.text.len() >= 4
                && t.text.as_bytes().first() == first
                && strsim::jaro_winkler(stem, &t.text) >= SLIP_SIMILARITY
        })
    }

    /// Looks up each distinct word of a tokenized question.
    fn analyze_tokens(&self, tokens: Vec<normalize::Token>) -> Query {
        let mut terms: Vec<QueryTerm> = Vec::with_capacity(tokens.len());
        let mut words: Vec<String> = Vec::with_capacity(tokens.len());
        for t in &tokens {
            let restored;
            let t = if self.vocab.contains_key(&t.text) || t.stop {
                t
            } else if let Some(full) = self.g_restored(&t.text) {
                restored = full;
                &restored
            } else {
                t
            };
            if words.contains(&t.text) {
                continue;
            }
            words.push(t.text.clone());
            let (term, credit) = match self.vocab.get(&t.text) {
                // "hte" in one typed paraphrase is still "the" in a question.
                Some(&id)
                    if self.term_paraphrases[id as usize].len() <= RARE_SLIP
                        && normalize::is_slip_of_function_word(&t.text) =>
                {
                    (None, 0.0)
                }
                Some(&id) => (Some(id), 1.0),
                None if t.stop => (None, 0.0),
                None => match self.derived(&t.text) {
                    Some(id) => (Some(id), DERIVED_CREDIT),
                    None => match typo::correct(self, &t.text) {
                        Some((id, distance)) => (Some(id), TYPO_CREDIT[distance]),
                        None => (None, 0.0),
                    },
                },
            };
            // Words the knowledge uses interchangeably are one term; a second one adds nothing.
            let term = term.map(|id| self.alias[id as usize]);
            if term.is_some() && terms.iter().any(|q| q.term == term) {
                words.pop();
                continue;
            }
            let slip = term.is_none() && self.vocab.contains_key(&t.text);
            let weight = match term {
                Some(id) => self.terms[id as usize].weight,
                None if t.stop || slip => STOP_WEIGHT,
                None => self.unknown_weight,
            };
            terms.push(QueryTerm {
                term,
                weight,
                credit,
                // The index's word decides: a function word that tells entries apart is content.
                stop: term.map_or(t.stop || slip, |id| self.terms[id as usize].stop),
                frame: term.is_some_and(|id| self.frame[id as usize]),
            });
        }
        Query {
            terms,
            words,
            key: normalize::join(&tokens),
            reread: false,
            another: None,
        }
    }
}

/// Whether the words of a sentence compare ("too", "also", "as well", "the same", "what about",
/// "instead", a closing "next").
fn compares(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).map(String::as_str);
        match w.as_str() {
            "too" | "also" | "same" | "instead" | "either" | "similar" => true,
            "next" => next.is_none(),
            // "Bitdefender got any problems like this?"
            "like" => matches!(next, Some("this" | "that")),
            "as" => next == Some("well"),
            "what" | "how" => next == Some("about"),
            _ => false,
        }
    })
}

/// Whether a message of `words` may ask about something the knowledge never names (see
/// `Index::names_another`): it compares, or opens with an auxiliary. Words only, no lookup.
pub(super) fn may_name_another(words: &[String]) -> bool {
    compares(words)
        || words
            .first()
            .is_some_and(|w| normalize::lexicon::AUXILIARIES.contains(&w.as_str()))
}

/// Whether WordNet knows `word` (lowercase), or it without an inflection.
fn english(word: &str) -> bool {
    normalize::wordnet::is_english(word) || normalize::wordnet::is_short_english(word)
}

/// The words of `sentence` written with a capital that do not open it, lowercased.
fn capitalized(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip(1)
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(str::to_lowercase)
        .collect()
}

/// The sentences of `text`: up to each `?`, line break, `:` before a space, and `.` or `!`
/// before a space and a capital ("Is it banned in the U.S. too?" is one).
pub(super) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut chars = text.char_indices();
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            let closes = match c {
                '?' | '\n' => true,
                // "engineer from casablanca, question: is it only government or private
                // companies also?": what precedes a colon introduces what follows (every
                // labelled set: 2 fixed, none broken).
                ':' => text[i + 1..].starts_with(' '),
                '.' | '!' => {
                    let rest = text[i + 1..].trim_start();
                    rest.len() < text.len() - i - 1
                        && rest.chars().next().is_some_and(char::is_uppercase)
                }
                _ => false,
            };
            if closes {
                let sentence = &text[start..=i];
                start = i + c.len_utf8();
                return Some(sentence);
            }
        }
        (start < text.len()).then(|| {
            let sentence = &text[start..];
            start = text.len();
            sentence
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::knowledge::Knowledge;
    use crate::matcher::Matcher;

    #[test]
    fn a_stem_that_is_a_word_of_its_own_is_read_as_that_words_stem() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let governmental = m.index.analyze("governmental");
        let government = m.index.analyze("government");
        assert!(governmental.terms[0].term.is_some());
        assert_eq!(governmental.terms[0].term, government.terms[0].term);
        // A letter is no suffix: "yankees" is not "yank", which the synonyms read as "ban"; it
        // is the US, as the synonyms list it.
        let yankees = m.index.analyze("yankees").terms[0].term;
        assert_ne!(yankees, m.index.analyze("yank").terms[0].term);
        assert_eq!(yankees, m.index.analyze("usa").terms[0].term);
    }

    #[test]
    fn words_typed_on_another_layout_or_without_vowels_are_read_as_meant() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for (typed, meant) in [
            ("zho qnnounced the bqn", "who announced the ban"),
            ("whz did thez ban it", "why did they ban it"),
            ("the dmcrcy quote", "the democracy quote"),
        ] {
            assert_eq!(m.index.analyze(typed).words, m.index.analyze(meant).words);
        }
        // English words stay themselves, and a skeleton two words share is no one's.
        for word in ["zoo", "bn"] {
            assert!(m.index.analyze(word).terms[0].term.is_none(), "{word}");
        }
        // A skeleton only function words share is a function word's, whichever it is.
        let ths = m.index.analyze("wen was ths");
        assert!(ths.terms[2].stop, "{:?}", ths.words);
    }

    #[test]
    fn a_question_about_something_else_the_knowledge_never_names() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for asked in [
            "Is Huawei banned from US government networks as well?",
            "what about ESET, is it also a problem?",
            "tiktok next??",
            "Did they ban TikTok for the same reason?",
            "I'd like to know whether Norton is affected as well.",
            "omg is Kaspersky banned in Poland too? lol",
            // What a yes/no question is about.
            "Is Norton safe to use?",
            "is Bitdefender or ESET safer than kaspersky?",
        ] {
            assert!(m.index.analyze(asked).another.is_some(), "{asked}");
        }
        for asked in [
            // Nothing unknown, or the unknown word is English.
            "is it banned for home users too?",
            "are schools banned from it too?",
            // Compares nothing, or not in the sentence that asks.
            "we use it in Abuja, why was it banned?",
            "My uncle Yannis says Russians and Greeks are the same. Why was it banned?",
            "Which day was it announced? Our paper goes out next Thursday in Leeds.",
            // A name the knowledge uses; chat and a dropped "g" are no names.
            "did LogMeIn also give it away?",
            "Did Eugene testify?",
            "did alot of logmein customers complain",
            // A slip of a word of the knowledge too heavy to correct is no name either.
            "did kaspreskey also deny ties to the kremlin?",
            "Was sittin at the dock when I saw it. Why was it banned?",
        ] {
            assert_eq!(m.index.analyze(asked).another, None, "{asked}");
        }
    }

    #[test]
    fn sentences_end_at_a_question_mark_or_before_a_capital() {
        let split: Vec<&str> =
            super::sentences("Is it banned in the U.S. too? Yes. I think so! ok. i do").collect();
        assert_eq!(
            split,
            [
                "Is it banned in the U.S. too?",
                " Yes.",
                " I think so! ok. i do"
            ]
        );
        // A colon closes what introduces the question (not one inside a time, "10:30").
        let split: Vec<&str> =
            super::sentences("from casablanca, question: at 10:30 also?").collect();
        assert_eq!(split, ["from casablanca, question:", " at 10:30 also?"]);
    }

    #[test]
    fn two_words_typed_without_a_space_are_read_as_two() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for (typed, meant) in [
            ("who foundedkaspersky", "who founded kaspersky"),
            ("whatdid logmein tell them", "what did logmein tell them"),
        ] {
            assert_eq!(m.index.analyze(typed).words, m.index.analyze(meant).words);
        }
        // English words, brand names and typos of one word stay whole.
        for word in ["weather", "worldwide", "bitdefender", "retweets", "exaclty"] {
            assert_eq!(m.index.analyze(word).words.len(), 1, "{word}");
        }
    }
}
