//! Plain words for formal and informal ones ("promulgate": "announce", "nixed": "cancelled"),
//! from `plain.txt`. A question word the knowledge never uses is read as a plain word that it does
//! use (see [`super::Normalizer`]).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

/// `word<TAB>plain plain ...`, one word a line (`#` lines describe the list).
const LIST: &str = include_str!("plain.txt");

/// The plain words for `word` (lowercase, as typed) or the word it inflects, most likely first;
/// none for a word the list does not hold. By the word as typed, not its stem: "evident" is
/// listed, and "evidence", which stems alike, means something else.
pub(crate) fn plain(word: &str) -> &'static [&'static str] {
    static TABLE: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        LIST.lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(word, plain)| (word, plain.split(' ').collect()))
            .collect()
    });
    let get = |w: &str| table.get(w).filter(|list| !list.is_empty());
    // The word as listed, or an inflection of it ("repudiated", "promulgates").
    let found = get(word).or_else(|| {
        ["s", "es", "ed", "d", "ing", "ly"]
            .iter()
            .find_map(|ending| {
                let stem = word.strip_suffix(ending)?;
                get(stem).or_else(|| get(&format!("{stem}e")))
            })
    });
    found.map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formal_and_informal_words_have_plain_ones() {
        for (word, plain_word) in [
            ("promulgated", "announced"),
            ("repudiate", "deny"),
            ("endeavour", "try"),
            ("nixed", "cancelled"),
            ("repudiated", "denied"),
            ("repudiates", "deny"),
            ("snooping", "spying"),
            // Session 28's additions: bureaucratic words and abbreviations.
            ("enterprises", "companies"),
            ("dc", "washington"),
        ] {
            assert!(plain(word).contains(&plain_word), "{word}");
        }
        assert!(plain("evidence").is_empty());
        assert!(plain("kaspersky").is_empty());
        assert!(plain("").is_empty());
    }

    #[test]
    fn every_line_is_a_word_and_its_plain_words() {
        for line in LIST.lines().filter(|line| !line.starts_with('#')) {
            let (word, plain) = line.split_once('\t').expect("a tab");
            assert!(word.bytes().all(|b| b.is_ascii_lowercase()), "{line}");
            assert!(plain.split(' ').all(|p| !p.is_empty()), "{line}");
        }
    }
}
