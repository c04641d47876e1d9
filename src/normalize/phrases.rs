//! Tables of phrases by their first word, as the idiom and slang readers look them up. The
//! tables are written in full words; a question's words match them also as people type them:
//! in a chat or dialect spelling ("in di first place"), with an "-ing"'s "g" dropped
//! ("snitchin on") or an "-er"'s "r" not said ("drop the hammah").

use rustc_hash::FxHashMap as HashMap;

use super::chat_speak;

/// Phrases, each with what its table says of it, by first word, longest first.
pub(super) struct Phrases<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
}

impl<T: Clone> Phrases<T> {
    /// The table of `entries` (a phrase's words and what is said of it). A phrase opening with
    /// an "-ing" is kept under that word without its "g" too, and one opening with an "-er"
    /// under that word without its "r" ("afta", "aftah"), so that a lookup is the typed word
    /// and its chat spelling only.
    pub(super) fn new(entries: impl IntoIterator<Item = (Vec<String>, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<(Vec<String>, T)>> = HashMap::default();
        for (words, said) in entries {
            let Some(first) = words.first() else {
                continue;
            };
            let without_r = first
                .strip_suffix("er")
                .filter(|_| first.len() >= 4)
                .map(|base| [format!("{base}ah"), format!("{base}a")]);
            for spoken in dropped_g(first)
                .map(str::to_owned)
                .into_iter()
                .chain(without_r.into_iter().flatten())
            {
                by_first
                    .entry(spoken)
                    .or_default()
                    .push((words.clone(), said.clone()));
            }
            by_first
                .entry(first.clone())
                .or_default()
                .push((words, said));
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        Phrases { by_first }
    }

    /// The longest phrase `words` open with, `chat` being their chat forms ([`chat_forms`]).
    pub(super) fn longest_at(
        &self,
        words: &[String],
        chat: &[Option<&'static str>],
    ) -> Option<&(Vec<String>, T)> {
        let first = words.first()?;
        std::iter::once(first.as_str())
            .chain(chat[0])
            .filter_map(|key| self.by_first.get(key))
            .flatten()
            // The first word is the key's: only the rest are compared.
            .find(|(phrase, _)| {
                words.len() >= phrase.len()
                    && (phrase[1..].iter().zip(&words[1..]).zip(&chat[1..]))
                        .all(|((a, b), c)| same_word(a, b, *c))
            })
    }
}

/// The full word of each chat or dialect spelling among `words` ([`chat_speak`]), looked up once
/// for a reading of the phrase tables.
pub(super) fn chat_forms(words: &[String]) -> Vec<Option<&'static str>> {
    words.iter().map(|w| chat_speak(w)).collect()
}

/// Whether `typed` (with `chat`, its chat spelling's full word) is a phrase's word `phrase_word`
/// as people type it: itself, its chat spelling, its "-ing" with the "g" dropped, or its "-er"
/// with the "r" not said.
#[inline]
fn same_word(phrase_word: &str, typed: &str, chat: Option<&str>) -> bool {
    phrase_word == typed
        || chat == Some(phrase_word)
        || dropped_g(phrase_word) == Some(typed)
        || said_without_r(phrase_word, typed)
}

/// Whether `typed` is the "-er" word `phrase_word` with its "r" not said ("hammer" as
/// "hammah" or "hamma", "after" as "aftah").
fn said_without_r(phrase_word: &str, typed: &str) -> bool {
    phrase_word.len() >= 4
        && phrase_word
            .strip_suffix("er")
            .and_then(|base| typed.strip_prefix(base))
            .is_some_and(|end| end == "ah" || end == "a")
}

/// An "-ing" word as said with its "g" dropped ("kicking" -> "kickin").
fn dropped_g(word: &str) -> Option<&str> {
    (word.len() >= 5 && word.ends_with("ing")).then(|| &word[..word.len() - 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_as_typed_and_the_longest_first() {
        let words = |t: &str| super::super::words(t);
        let table = Phrases::new(
            [
                "kicking up a stink",
                "kicking up",
                "in the first place",
                "drop the hammer",
                "after all",
            ]
            .map(|p| (words(p), p.len())),
        );
        let at = |t: &str| {
            let w = words(t);
            table.longest_at(&w, &chat_forms(&w)).map(|(p, _)| p.len())
        };
        assert_eq!(at("kickin up a stink about it"), Some(4));
        assert_eq!(at("kicking up dust"), Some(2));
        assert_eq!(at("in di first place"), Some(4));
        assert_eq!(at("in the first"), None);
        assert_eq!(at("kick up a stink"), None);
        assert_eq!(at("drop the hammah on it"), Some(3));
        assert_eq!(at("drop the hamma"), Some(3));
        assert_eq!(at("aftah all"), Some(2));
        assert_eq!(at("drop the ham"), None);
    }
}
