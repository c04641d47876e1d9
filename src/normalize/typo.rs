//! Typo lookup, shared by the normalizer (the knowledge's surface words, before stemming hides a
//! typo: "agnecy" stems to "agneci", two edits from "agenc") and the matcher (stems): a deletion
//! index of words, verified with `strsim`'s Damerau-Levenshtein distance.

use rustc_hash::FxHashMap as HashMap;

/// Shortest word looked up by edit distance (shorter ones have too many neighbours).
pub(crate) const MIN_TYPO_CHARS: usize = 4;
/// From this length on, two edits are forgiven; below it, one.
pub(crate) const TWO_TYPO_CHARS: usize = 8;

/// Word or word-with-one-deletion -> the ids of the words it comes from.
#[derive(Debug, Default)]
pub(crate) struct DeletionIndex {
    keys: HashMap<String, Vec<u32>>,
}

impl DeletionIndex {
    /// Indexes `word` under `id`; words shorter than [`MIN_TYPO_CHARS`] or with digits (numbers
    /// are not words) are left out.
    pub(crate) fn insert(&mut self, word: &str, id: u32) {
        if word.chars().count() >= MIN_TYPO_CHARS && !word.chars().any(|c| c.is_numeric()) {
            for_each_deletion(word, |key| {
                // `get_mut` first: most keys are met again, and need no allocation then.
                match self.keys.get_mut(key) {
                    Some(ids) => ids.push(id),
                    None => {
                        self.keys.insert(key.to_owned(), vec![id]);
                    }
                }
            });
        }
    }

    /// The indexed word nearest to `word` (`text_of` gives an id's text) and its distance: one
    /// edit, two from [`TWO_TYPO_CHARS`] letters; the first letter kept, since words a letter
    /// apart at the start are usually different words ("cost" / "post", "deadline" /
    /// "headline") and people seldom mistype it. Ties go to the higher Jaro-Winkler similarity.
    pub(crate) fn nearest<'w>(
        &self,
        word: &str,
        text_of: impl Fn(u32) -> &'w str,
    ) -> Option<(u32, usize)> {
        let len = word.chars().count();
        if len < MIN_TYPO_CHARS || word.chars().any(|c| c.is_numeric()) {
            return None;
        }
        let max = if len >= TWO_TYPO_CHARS { 2 } else { 1 };
        let first = word.chars().next();
        let mut best: Option<(u32, usize, f64)> = None;
        // A candidate shares several deletions with the word: it is measured once.
        let mut seen: Vec<u32> = Vec::new();
        for_each_deletion(word, |key| {
            for &id in self.keys.get(key).into_iter().flatten() {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let candidate = text_of(id);
                if first != candidate.chars().next() {
                    continue;
                }
                let d = strsim::damerau_levenshtein(word, candidate);
                if d == 0 || d > max {
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
        });
        best.map(|(id, d, _)| (id, d))
    }
}

/// Calls `f` with the word itself and every distinct way of deleting one of its characters,
/// written into one buffer.
fn for_each_deletion(word: &str, mut f: impl FnMut(&str)) {
    f(word);
    let mut buffer = String::with_capacity(word.len());
    let mut previous = None;
    for (i, c) in word.char_indices() {
        // Deleting any letter of a run ("nnn") gives the same word: only the first is tried.
        if previous == Some(c) {
            continue;
        }
        previous = Some(c);
        buffer.clear();
        buffer.push_str(&word[..i]);
        buffer.push_str(&word[i + c.len_utf8()..]);
        f(&buffer);
    }
}
