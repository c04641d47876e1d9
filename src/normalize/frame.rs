//! Words that only frame a request ("could you kindly *specify* ...", "the *principal*
//! arguments", "for the *record*"), from `frame.txt`. A question word the knowledge does not use
//! that is one of these is read as a function word (see [`super::Normalizer`]): it says nothing
//! about what is asked, so it must not count against a match as a word that changes the question
//! would ("did the UK ban it?").

use std::sync::OnceLock;

use rustc_hash::FxHashSet as HashSet;

/// One lowercase word a line (`#` lines describe the list).
const LIST: &str = include_str!("frame.txt");

/// Every word of the list.
pub(crate) fn words() -> impl Iterator<Item = &'static str> {
    LIST.lines().filter(|line| !line.starts_with('#'))
}

/// Whether `word` (lowercase, as typed) only frames a request.
pub(crate) fn is_frame_word(word: &str) -> bool {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| words().collect()).contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_words_frame_and_topic_words_do_not() {
        for word in [
            "specify",
            "kindly",
            "principal",
            "grateful",
            "elaborate",
            "tbh",
        ] {
            assert!(is_frame_word(word), "{word}");
        }
        // What is asked, or a detail of it, is never a frame.
        for word in [
            "exact", "exactly", "when", "who", "evidence", "proof", "first", "uk", "party", "tell",
            "",
        ] {
            assert!(!is_frame_word(word), "{word}");
        }
    }

    #[test]
    fn every_line_is_one_lowercase_word() {
        for line in LIST.lines().filter(|line| !line.starts_with('#')) {
            assert!(
                !line.is_empty()
                    && line
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                "{line:?}"
            );
        }
    }
}
