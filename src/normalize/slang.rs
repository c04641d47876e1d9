//! Informal expressions of several words and plain words for them ("drop the hammer on": "ban",
//! "in cahoots with": "collude", "for nowt": "free"), from `slang.txt`. A question's expression
//! is read as the first of its plain words that the knowledge uses (see
//! [`super::Normalizer`]), as a single informal word is read through `plain.txt`.

use std::sync::OnceLock;

use super::phrases::Phrases;

/// `expression<TAB>plain plain ...`, one a line (`#` lines describe the list).
const LIST: &str = include_str!("slang.txt");

/// The expressions: their words and their plain words.
fn expressions() -> &'static Phrases<Vec<&'static str>> {
    static TABLE: OnceLock<Phrases<Vec<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Phrases::new(
            LIST.lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| line.split_once('\t'))
                .map(|(expression, plain)| {
                    let plain = plain.split(' ').filter(|p| !p.is_empty()).collect();
                    (super::words(expression), plain)
                }),
        )
    })
}

/// The longest expression `words` open with (`chat`: their chat forms): its length in words and
/// its plain words.
pub(super) fn expression_at(
    words: &[String],
    chat: &[Option<&'static str>],
) -> Option<(usize, &'static [&'static str])> {
    expressions()
        .longest_at(words, chat)
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
        let expression_at = |w: &[String]| expression_at(w, &super::super::phrases::chat_forms(w));
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
