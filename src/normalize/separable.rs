//! Phrasal verbs and verb idioms with their object inside ("showed kaspersky the door", "kicked
//! them out", "laughed the claims off"), from `separable.txt`. The synonym and slang tables
//! hold such a phrase joined ("show the door", "kick out", "laugh off"); [`join_separated`]
//! moves the rest of the phrase up to its verb so that they read it.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

/// `form form ...<TAB>rest`, one a line (`#` lines describe the list).
const LIST: &str = include_str!("separable.txt");

/// The most words an object inside a phrase may have ("the russian cyber security firm").
const MAX_OBJECT: usize = 5;

/// Words that end a phrase's object: a question or a new clause starts there ("gave it to them
/// and why did they throw ..." has no object between "gave" and "the").
#[rustfmt::skip]
const BREAKS: &[&str] = &[
    "who", "what", "why", "when", "where", "how", "which", "and", "or", "but", "because", "so",
    "if", "after", "before", "since", "while", "then", "than", "did", "does", "do", "is", "was",
    "were", "are", "has", "have", "had", "will", "would", "to", "for", "from", "with",
];

/// The rests of the phrases, by each form of their verb.
fn table() -> &'static HashMap<&'static str, Vec<Vec<&'static str>>> {
    static TABLE: OnceLock<HashMap<&'static str, Vec<Vec<&'static str>>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_form: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::default();
        for (forms, rest) in LIST
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
        {
            let rest: Vec<&str> = rest.split(' ').collect();
            for form in forms.split(' ') {
                by_form.entry(form).or_default().push(rest.clone());
            }
        }
        by_form
    })
}

/// `words` with each phrase whose object stands inside it joined, where `read` reads the joined
/// phrase (its verb and the rest): "showed the russian firm the door" reads "showed the door the
/// russian firm".
pub(super) fn join_separated(words: &mut [String], read: impl Fn(&[String]) -> bool) {
    let table = table();
    let mut i = 0;
    while i < words.len() {
        let Some(rests) = table.get(words[i].as_str()) else {
            i += 1;
            continue;
        };
        let found = rests.iter().find_map(|rest| {
            (i + 2..=words.len().min(i + 1 + MAX_OBJECT))
                .take_while(|&j| !BREAKS.contains(&words[j - 1].as_str()))
                .find(|&j| {
                    words.len() >= j + rest.len()
                        && rest.iter().zip(&words[j..]).all(|(r, w)| r == w)
                })
                .map(|j| (j, rest.len()))
        });
        let read = |&(j, len): &(usize, usize)| {
            let phrase: Vec<String> = std::iter::once(&words[i])
                .chain(&words[j..j + len])
                .cloned()
                .collect();
            read(&phrase)
        };
        if let Some((j, len)) = found.filter(read) {
            // Rotate the rest of the phrase to stand right after the verb.
            words[i + 1..j + len].rotate_right(len);
            i += len;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str) -> String {
        let mut w = super::super::words(text);
        join_separated(&mut w, |_| true);
        w.join(" ")
    }

    #[test]
    fn every_line_is_forms_and_a_rest() {
        for line in LIST.lines().filter(|l| !l.starts_with('#')) {
            let (forms, rest) = line.split_once('\t').expect("a tab");
            assert!(!forms.is_empty() && !rest.is_empty(), "{line}");
            assert!(
                line.bytes()
                    .all(|b| b.is_ascii_lowercase() || b" \t".contains(&b)),
                "{line}"
            );
        }
    }

    #[test]
    fn a_phrase_with_its_object_inside_is_joined() {
        assert_eq!(
            joined("who showed the Russian anti-malware the door?"),
            "who showed the door the russian anti malware"
        );
        assert_eq!(
            joined("why'd they give kaspersky the heave-ho"),
            "why they give the heave ho kaspersky"
        );
        assert_eq!(
            joined("why did they kick it out"),
            "why did they kick out it"
        );
        assert_eq!(
            joined("did he laugh the claims off"),
            "did he laugh off the claims"
        );
        // Already joined, too far apart, or across a new clause: as it is.
        assert_eq!(
            joined("they kicked out kaspersky"),
            "they kicked out kaspersky"
        );
        assert_eq!(
            joined("they kicked a ball in the park and went out"),
            "they kicked a ball in the park and went out"
        );
        assert_eq!(
            joined("who did they give it to and who threw the boot"),
            "who did they give it to and who threw the boot"
        );
    }
}
