//! Typo-tolerant lookup of stems: a doubled letter or two swapped letters, else the nearest
//! vocabulary stem one or two edits away (`normalize::typo`'s deletion index).

use super::index::Index;

/// Credit for a word matched with zero, one or two typos.
pub(super) const TYPO_CREDIT: [f32; 3] = [1.0, 0.85, 0.7];

/// The vocabulary word closest to an unknown `word`, with its edit distance.
pub(super) fn correct(index: &Index, word: &str) -> Option<(u32, usize)> {
    // A doubled letter ("bann", "fbii") is the commonest slip, and finds short words too.
    let chars: Vec<char> = word.chars().collect();
    for i in 1..chars.len() {
        if chars[i] == chars[i - 1] && chars[i].is_alphabetic() {
            let undoubled: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
            if let Some(&id) = index.vocab.get(&undoubled)
                && !index.terms[id as usize].stop
            {
                return Some((id, 1));
            }
        }
    }
    let len = chars.len();
    // Two letters swapped is the other common slip; short words ("bna", "fbi") have too many
    // neighbours to forgive more.
    if len == 3 {
        for i in 0..len - 1 {
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            let swapped: String = swapped.into_iter().collect();
            if let Some(&id) = index.vocab.get(&swapped)
                && !index.terms[id as usize].stop
            {
                return Some((id, 1));
            }
        }
    }
    index.deletions.nearest(word, |id| index.word(id))
}
