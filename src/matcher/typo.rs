//! Typo-tolerant word lookup: a word missing from the vocabulary is looked up among the words one
//! or two edits away (a deletion index, verified with `strsim`'s Damerau-Levenshtein distance).

use rustc_hash::FxHashMap as HashMap;

use super::index::Index;

/// Credit for a word matched with zero, one or two typos.
pub(super) const TYPO_CREDIT: [f32; 3] = [1.0, 0.85, 0.7];
/// Shortest word looked up by edit distance (shorter ones have too many neighbours); a doubled
/// letter is undone at any length.
const MIN_TYPO_CHARS: usize = 4;
/// From this length on, two edits are forgiven; below it, one.
const TWO_TYPO_CHARS: usize = 8;

/// Word or word-with-one-deletion -> the terms it comes from.
pub(super) fn deletion_index<'a>(
    words: impl Iterator<Item = (&'a str, u32)>,
) -> HashMap<String, Vec<u32>> {
    let mut index: HashMap<String, Vec<u32>> = HashMap::default();
    for (word, id) in words {
        // Numbers are not words.
        if word.chars().count() >= MIN_TYPO_CHARS && !word.chars().any(|c| c.is_numeric()) {
            for key in deletions(word) {
                index.entry(key).or_default().push(id);
            }
        }
    }
    index
}

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
    if len < MIN_TYPO_CHARS || word.chars().any(|c| c.is_numeric()) {
        return None;
    }
    let max = if len >= TWO_TYPO_CHARS { 2 } else { 1 };
    let mut best: Option<(u32, usize, f64)> = None;
    for key in deletions(word) {
        for &id in index.deletions.get(&key).into_iter().flatten() {
            let candidate = index.word(id);
            let d = strsim::damerau_levenshtein(word, candidate);
            // Words a letter apart at the start are usually different words ("cost" /
            // "post", "deadline" / "headline", "effect" / "affect"), and people seldom
            // mistype the first letter: a typo must keep it.
            if d == 0 || d > max || word.chars().next() != candidate.chars().next() {
                continue;
            }
            let jw = strsim::jaro_winkler(word, candidate);
            let better = match best {
                None => true,
                Some((_, bd, bjw)) => d < bd || (d == bd && jw > bjw),
            };
            if better {
                best = Some((id, d, jw));
            }
        }
    }
    best.map(|(id, d, _)| (id, d))
}

/// The word itself and every way of deleting one of its characters.
fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::with_capacity(chars.len() + 1);
    out.push(word.to_string());
    for i in 0..chars.len() {
        let s: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}
