//! Informal expressions of several words and plain words for them ("drop the hammer on": "ban",
//! "in cahoots with": "collude", "for nowt": "free"), from `slang.txt`. A question's expression
//! is read as the first of its plain words that the knowledge uses (see
//! [`super::Normalizer`]), as a single informal word is read through `plain.txt`.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::{dropped_g, phrase_keys, same_word};

/// `expression<TAB>plain plain ...`, one a line (`#` lines describe the list).
const LIST: &str = include_str!("slang.txt");

/// An expression's words and its plain words, most likely first.
type Expression = (Vec<String>, Vec<&'static str>);

/// The expressions by their first word, longest first.
fn expressions() -> &'static HashMap<String, Vec<Expression>> {
    static TABLE: OnceLock<HashMap<String, Vec<Expression>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_first: HashMap<String, Vec<Expression>> = HashMap::default();
        for (expression, plain) in LIST
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
        {
            let words = super::words(expression);
            if let Some(first) = words.first() {
                let plain: Vec<&str> = plain.split(' ').filter(|p| !p.is_empty()).collect();
                if let Some(said) = dropped_g(first) {
                    by_first
                        .entry(said.to_owned())
                        .or_default()
                        .push((words.clone(), plain.clone()));
                }
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((words, plain));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        by_first
    })
}

/// The longest expression `words` open with: its length in words and its plain words.
pub(super) fn expression_at(
    words: &[String],
    chat: &[Option<&'static str>],
) -> Option<(usize, &'static [&'static str])> {
    let table = expressions();
    phrase_keys(words.first()?, chat[0])
        .filter_map(|key| table.get(key))
        .flatten()
        // The first word is the key's: only the rest are compared.
        .find(|(e, _)| {
            words.len() >= e.len()
                && (e[1..].iter().zip(&words[1..]).zip(&chat[1..]))
                    .all(|((a, b), c)| same_word(a, b, *c))
        })
        .map(|(e, plain)| (e.len(), plain.as_slice()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_an_expression_and_its_plain_words() {
        for line in LIST.lines().filter(|line| !line.starts_with('#')) {
            let (expression, plain) = line.split_once('\t').expect("a tab");
            assert!(super::super::words(expression).len() >= 2, "{line}");
            assert!(
                expression
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b' '),
                "{line}"
            );
            assert!(
                plain.split(' ').all(|p| !p.is_empty() && !p.contains('\t')),
                "{line}"
            );
        }
    }

    #[test]
    fn the_longest_expression_is_found() {
        let words = |t: &str| super::super::words(t);
        let expression_at = |w: &[String]| expression_at(w, &super::super::chat_forms(w));
        let (len, plain) = expression_at(&words("in cahoots with putin")).unwrap();
        assert_eq!(len, 3);
        assert!(!plain.is_empty());
        assert!(expression_at(&words("in the news")).is_none());
        // As people type it: a dropped "g", a chat spelling.
        let (len, plain) = expression_at(&words("snitchin on the users")).unwrap();
        assert_eq!((len, plain[0]), (2, "informing"));
        assert_eq!(expression_at(&words("drop di hammer")).unwrap().0, 3);
    }
}
