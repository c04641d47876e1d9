//! Derivational relatives of English words ("argument" and "argue", "denial" and "deny"), from
//! WordNet 3.0 (`derivations.txt`, written by `wordnet.py`), by stem as [`super::Normalizer`]
//! stems content words. Formal questions name by its noun what the knowledge says with a verb
//! ("the justification", "its denial"), so a question word the knowledge never uses is read as a
//! relative that it does use.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Pairs of related words, one pair a line (`#` lines are the source and its license).
const PAIRS: &str = include_str!("derivations.txt");
/// English words of six letters or more, sorted, one a line (`#` lines as above).
const ENGLISH: &str = include_str!("english.txt");
/// English words of three to five letters, WordNet's irregular forms among them ("gave", "hid"),
/// sorted, one a line (`#` lines as above).
const SHORT: &str = include_str!("short.txt");

/// Whether `word` (lowercase), or it without an inflection ("updates", "retweeted",
/// "switching"), is an English word of six letters or more that WordNet knows. Read on first
/// use (about 1 ms), only for long words the knowledge does not use.
pub(crate) fn is_english(word: &str) -> bool {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    listed(WORDS.get_or_init(|| sorted_words(ENGLISH)), word)
}

/// Whether `word` (lowercase), or it without an inflection ("days", "bugs"), is an English word
/// of three to five letters that WordNet knows: a short word no slip of a function word ("day"
/// is not "say", "bug" not "but").
pub(crate) fn is_short_english(word: &str) -> bool {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    listed(WORDS.get_or_init(|| sorted_words(SHORT)), word)
}

/// The words of a list file, without its `#` lines.
fn sorted_words(list: &'static str) -> Vec<&'static str> {
    list.lines().filter(|line| !line.starts_with('#')).collect()
}

/// Whether `word`, or it without an inflection, is one of the sorted `words`.
fn listed(words: &[&str], word: &str) -> bool {
    let known = |w: &str| words.binary_search(&w).is_ok();
    // A bare "d" ends only a word that ends in "e" ("used"): "startd" is a slip of "started".
    known(word)
        || ["s", "es", "ed", "ing", "ly"].iter().any(|ending| {
            word.strip_suffix(ending)
                .is_some_and(|stem| known(stem) || known(&format!("{stem}e")))
        })
        || word
            .strip_suffix('d')
            .is_some_and(|stem| stem.ends_with('e') && known(stem))
        // "galleries", "studied".
        || ["ies", "ied"].iter().any(|ending| {
            word.strip_suffix(ending)
                .is_some_and(|stem| known(&format!("{stem}y")))
        })
        // A consonant doubled before the ending: "swapping", "grabbed".
        || ["ing", "ed"].iter().any(|ending| {
            word.strip_suffix(ending).is_some_and(|stem| {
                let b = stem.as_bytes();
                b.len() >= 3
                    && b[b.len() - 1] == b[b.len() - 2]
                    && !matches!(b[b.len() - 1], b'a' | b'e' | b'i' | b'o' | b'u')
                    && known(&stem[..stem.len() - 1])
            })
        })
}

fn stemmer() -> impl Fn(&str) -> String {
    let stemmer = Stemmer::create(Algorithm::English);
    move |word: &str| stemmer.stem(&super::american(word)).into_owned()
}

/// Stems related to each stem, both ways, stemmed as [`super::Normalizer`] stems content words.
/// Built on first use (about 20 ms, once a process), not at load: most questions never need it.
fn table() -> &'static HashMap<String, Vec<String>> {
    static TABLE: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let stem = stemmer();
        let pairs: Vec<(&str, &str)> = PAIRS
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once(' '))
            .collect();
        // Words that stem alike but belong to two families ("responsible", "responsive") make
        // their stem ambiguous: it relates to nothing. A family is the words linked by pairs.
        let mut family: HashMap<&str, usize> = HashMap::default();
        let mut parent: Vec<usize> = Vec::new();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for &(a, b) in &pairs {
            let [x, y] = [a, b].map(|word| {
                *family.entry(word).or_insert_with(|| {
                    parent.push(parent.len());
                    parent.len() - 1
                })
            });
            let (x, y) = (root(&mut parent, x), root(&mut parent, y));
            parent[x] = y;
        }
        // Each word stemmed once.
        let stem_of: HashMap<&str, String> = family.keys().map(|&w| (w, stem(w))).collect();
        let mut family_of_stem: HashMap<&str, usize> = HashMap::default();
        let mut ambiguous: HashSet<&str> = HashSet::default();
        for (&word, &i) in &family {
            let f = root(&mut parent, i);
            let s = stem_of[word].as_str();
            if *family_of_stem.entry(s).or_insert(f) != f {
                ambiguous.insert(s);
            }
        }
        let mut table: HashMap<String, Vec<String>> = HashMap::default();
        for &(a, b) in &pairs {
            let (a, b) = (stem_of[a].as_str(), stem_of[b].as_str());
            if a != b && !ambiguous.contains(a) && !ambiguous.contains(b) {
                table.entry(a.to_owned()).or_default().push(b.to_owned());
                table.entry(b.to_owned()).or_default().push(a.to_owned());
            }
        }
        for relatives in table.values_mut() {
            relatives.sort_unstable();
            relatives.dedup();
        }
        table
    })
}

/// The stems derivationally related to `stem`, in alphabetical order; none for a word WordNet
/// does not relate (names, typos, other scripts).
pub(crate) fn relatives(stem: &str) -> &'static [String] {
    table().get(stem).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(word: &str) -> String {
        Stemmer::create(Algorithm::English).stem(word).into_owned()
    }

    #[test]
    fn nouns_find_their_verbs_and_back() {
        for (noun, verb) in [
            ("argument", "argue"),
            ("denial", "deny"),
            ("justification", "justify"),
            ("testimony", "testify"),
        ] {
            assert!(relatives(&stem(noun)).contains(&stem(verb)), "{noun}");
            assert!(relatives(&stem(verb)).contains(&stem(noun)), "{verb}");
        }
        assert!(relatives("kaspersky").is_empty());
        assert!(relatives("").is_empty());
    }

    #[test]
    fn words_that_only_stem_alike_relate_to_nothing() {
        // "responsible" and "responsive" both stem to "respons"; only "responsive" is "respond"'s.
        assert!(relatives(&stem("responsible")).is_empty());
    }

    #[test]
    fn a_doer_is_not_its_deed() {
        assert!(!relatives(&stem("sticker")).contains(&stem("stick")));
        assert!(!relatives(&stem("subscriber")).contains(&stem("subscribe")));
    }

    #[test]
    fn english_words_and_their_inflections_are_known_and_run_together_words_are_not() {
        for word in ["weather", "translate", "updates", "switching", "worldwide"] {
            assert!(is_english(word), "{word}");
        }
        for word in ["foundedkaspersky", "kasperskylab", "bitdefender", "whatdid"] {
            assert!(!is_english(word), "{word}");
        }
        for list in [ENGLISH, SHORT] {
            let words = sorted_words(list);
            assert!(
                words.windows(2).all(|w| w[0] < w[1]),
                "sorted for binary search"
            );
        }
    }

    #[test]
    fn short_english_words_are_known_and_slips_are_not() {
        for word in [
            "day", "bug", "hid", "gave", "days", "smart", "used", "swapping", "grabbed",
        ] {
            assert!(is_short_english(word), "{word}");
        }
        // A bare "d" after no "e" is a slip ("startd"), not an inflection.
        for word in ["ehat", "whp", "wgo", "hss", "startd", "swappping"] {
            assert!(!is_short_english(word), "{word}");
        }
    }

    #[test]
    fn every_line_is_a_pair_of_words() {
        for line in PAIRS.lines().filter(|line| !line.starts_with('#')) {
            let words: Vec<&str> = line.split(' ').collect();
            assert_eq!(words.len(), 2, "{line:?}");
            assert!(
                words
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_ascii_lowercase())),
                "{line:?}"
            );
        }
    }
}
