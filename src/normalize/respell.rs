//! Words typed in a way no edit distance forgives: on another keyboard layout (German QWERTZ
//! swaps "y" and "z": "whz", "everzbodz"; French AZERTY swaps "a" and "q", "w" and "z": "bqn",
//! "zho"), or without their vowels, as in a hurried text ("wht ws th qt abt undrmning dmcrcy").
//! Each is read as the one word it can only be.

/// `word` as typed on each other layout, where that changes it: QWERTZ, then AZERTY.
pub(super) fn other_layouts(word: &str) -> impl Iterator<Item = String> + '_ {
    let qwertz = |c: char| match c {
        'y' => 'z',
        'z' => 'y',
        c => c,
    };
    let azerty = |c: char| match c {
        'a' => 'q',
        'q' => 'a',
        'w' => 'z',
        'z' => 'w',
        c => c,
    };
    [qwertz as fn(char) -> char, azerty]
        .into_iter()
        .map(move |swap| word.chars().map(swap).collect::<String>())
        .filter(move |typed| typed != word)
}

/// Whether `word` looks typed without its vowels: two letters or more, lowercase, no vowel
/// after the first letter ("bn", "dmcrcy", "hmlnd"; "y" may stay, as in "scrty").
pub(super) fn unvowelled(word: &str) -> bool {
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !word.bytes().skip(1).any(|b| b"aeiou".contains(&b))
}

/// The consonants of `word` after its first letter, a doubled one once, after that letter
/// itself: what a word typed without its vowels keeps ("democracy" and "dmcrcy": "dmcrc";
/// "announced" and "annncd": "ancd").
pub(super) fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars();
    if let Some(first) = chars.next() {
        out.push(first);
    }
    let mut last = None;
    for c in chars.filter(|c| !"aeiouy".contains(*c)) {
        if last != Some(c) {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_without_its_vowels_keeps_the_skeleton_of_the_word() {
        for (typed, meant) in [
            ("dmcrcy", "democracy"),
            ("annncd", "announced"),
            ("scrty", "security"),
            ("bn", "ban"),
            ("hmlnd", "homeland"),
            ("abt", "about"),
        ] {
            assert!(unvowelled(typed), "{typed}");
            assert_eq!(skeleton(typed), skeleton(meant), "{typed}");
        }
        assert!(!unvowelled("ban"));
        assert!(!unvowelled("b"));
        assert!(!unvowelled("FBI"));
    }

    #[test]
    fn another_layout_swaps_its_letters() {
        let layouts = |w: &str| other_layouts(w).collect::<Vec<_>>();
        assert_eq!(layouts("whz"), ["why", "zhw"]);
        assert_eq!(layouts("bqn"), ["ban"]);
        assert_eq!(layouts("zho"), ["yho", "who"]);
        assert!(layouts("bit").is_empty());
    }
}
