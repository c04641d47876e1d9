//! Typo lookup, shared by the normalizer (the knowledge's surface words, before stemming hides a
//! typo: "agnecy" stems to "agneci", two edits from "agenc") and the matcher (stems): a deletion
//! index of words, verified with `strsim`'s optimal string alignment distance (Damerau-Levenshtein
//! where no letter is edited twice).

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
        let mut best: Option<(u32, usize, Option<f64>)> = None;
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
                if max == 1 && !one_edit_apart(word, candidate) {
                    continue;
                }
                let d = strsim::osa_distance(word, candidate);
                if d == 0 || d > max {
                    continue;
                }
                // Jaro-Winkler only breaks ties: measured when there is one.
                let better = match &mut best {
                    None => true,
                    Some((_, bd, _)) if d != *bd => d < *bd,
                    Some((bid, _, bjw)) => {
                        let bjw =
                            *bjw.get_or_insert_with(|| strsim::jaro_winkler(word, text_of(*bid)));
                        strsim::jaro_winkler(word, candidate) > bjw
                    }
                };
                if better {
                    best = Some((id, d, None));
                }
            }
        });
        best.map(|(id, d, _)| (id, d))
    }
}

/// Whether `a` and `b` may be one edit apart (a letter replaced, added, dropped, or two
/// neighbours swapped): then outside one place, at most two letters wide, they are the same, so
/// the letters they share at the start and at the end make up all but two of the longer one. A
/// cheap test before [`strsim::osa_distance`], which it never contradicts; words that are not
/// ASCII are left to the distance.
pub(crate) fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if !a.is_ascii() || !b.is_ascii() {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let suffix = short[prefix..]
        .iter()
        .rev()
        .zip(long.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix + 2 >= long.len()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_apart_never_contradicts_the_distance() {
        let words = [
            "ban",
            "bans",
            "bna",
            "abn",
            "band",
            "bannned",
            "banned",
            "banner",
            "because",
            "becuase",
            "kaspersky",
            "kaspresky",
            "kasperky",
            "the",
            "teh",
            "hte",
            "they",
            "thye",
            "their",
            "thier",
            "über",
            "uber",
            "a",
            "",
            "ab",
            "ba",
            "abc",
            "axc",
            "abxc",
        ];
        for a in words {
            for b in words {
                let d = strsim::osa_distance(a, b);
                if d <= 1 {
                    assert!(one_edit_apart(a, b), "{a} / {b}");
                }
            }
        }
        assert!(!one_edit_apart("bannned", "because"));
        assert!(!one_edit_apart("kaspersky", "kazpersgy"));
    }

    #[test]
    fn nearest_prefers_fewer_edits_then_the_closer_word() {
        let words = ["banned", "banner", "bonnet"];
        let mut index = DeletionIndex::default();
        for (id, w) in words.iter().enumerate() {
            index.insert(w, id as u32);
        }
        let nearest = |w: &str| index.nearest(w, |id| words[id as usize]);
        assert_eq!(nearest("bannned"), Some((0, 1)));
        assert_eq!(nearest("banndr"), Some((1, 1)));
        // A word is not its own typo.
        assert_eq!(nearest("banned"), Some((1, 1)));
        assert_eq!(nearest("xanned"), None);
    }
}
