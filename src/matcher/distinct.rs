//! Function words that tell this knowledge's entries apart.
//!
//! "After" and "during" are function words to most knowledge, but a support FAQ may hold "how do
//! I pause my plan during the trial" and "... after the trial" as two entries that differ in
//! nothing else. When entries with the same core words differ by a function word in most of the
//! groups where it occurs, the word carries meaning here, and it is indexed as a content word.
//! A small, varied knowledge base has no such groups and keeps its function words as they are.

use rustc_hash::FxHashMap as HashMap;

/// Groups of entries with the same core words in which a function word must tell them apart.
pub(super) const MIN_GROUPS: u32 = 8;
/// Share of the groups holding the word in which it tells the entries apart.
pub(super) const MIN_SHARE: f32 = 0.5;

/// The function words that separate otherwise equal entries, sorted.
///
/// `entries` holds, per entry, each question's sorted content and function-word term ids.
pub(super) fn function_words(entries: &[Vec<(&[u32], &[u32])>]) -> Vec<u32> {
    // Entries by their core: the content words most of their questions use.
    let mut groups: HashMap<Vec<u32>, Vec<usize>> = HashMap::default();
    let cores: Vec<(Vec<u32>, Vec<u32>)> = entries
        .iter()
        .map(|questions| {
            let content = core(questions.iter().map(|q| q.0));
            let stops = core(questions.iter().map(|q| q.1));
            (content, stops)
        })
        .collect();
    for (e, (content, _)) in cores.iter().enumerate() {
        if !content.is_empty() {
            groups.entry(content.clone()).or_default().push(e);
        }
    }
    // Per function word: groups where some entry's core has it, and where another entry of the
    // group uses it in none of its questions.
    let mut present: HashMap<u32, u32> = HashMap::default();
    let mut separating: HashMap<u32, u32> = HashMap::default();
    let mut words: Vec<u32> = Vec::new();
    for members in groups.values().filter(|m| m.len() > 1) {
        words.clear();
        words.extend(members.iter().flat_map(|&e| cores[e].1.iter().copied()));
        words.sort_unstable();
        words.dedup();
        for &w in &words {
            *present.entry(w).or_default() += 1;
            let missing_somewhere = members
                .iter()
                .any(|&e| entries[e].iter().all(|q| q.1.binary_search(&w).is_err()));
            if missing_somewhere {
                *separating.entry(w).or_default() += 1;
            }
        }
    }
    let mut found: Vec<u32> = separating
        .into_iter()
        .filter(|&(w, n)| n >= MIN_GROUPS && n as f32 >= MIN_SHARE * present[&w] as f32)
        .map(|(w, _)| w)
        .collect();
    found.sort_unstable();
    found
}

/// The terms that at least half of the lists hold (all of them for a single list), sorted.
fn core<'a>(lists: impl Iterator<Item = &'a [u32]> + Clone) -> Vec<u32> {
    let n = lists.clone().count();
    let mut all: Vec<u32> = lists.flat_map(|l| l.iter().copied()).collect();
    all.sort_unstable();
    all.chunk_by(|a, b| a == b)
        .filter(|g| 2 * g.len() >= n)
        .map(|g| g[0])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_function_word_that_separates_equal_entries_is_found() {
        // Content: 0 pause, 1 plan, 2 trial. Function words: 10 after, 11 during, 12 my.
        // Groups of two entries, apart from each other group by one more content word.
        let distinct: Vec<Vec<(Vec<u32>, Vec<u32>)>> = (0..MIN_GROUPS)
            .flat_map(|g| {
                let c = vec![0, 1, 2, 100 + g];
                [
                    vec![(c.clone(), vec![10, 12]), (c.clone(), vec![10])],
                    vec![(c.clone(), vec![11, 12]), (c, vec![11])],
                ]
            })
            .collect();
        let entries: Vec<Vec<(&[u32], &[u32])>> = distinct
            .iter()
            .map(|e| {
                e.iter()
                    .map(|(c, s)| (c.as_slice(), s.as_slice()))
                    .collect()
            })
            .collect();
        assert_eq!(
            function_words(&entries),
            [10, 11],
            "\"my\" tells nothing apart"
        );
    }

    #[test]
    fn varied_entries_keep_their_function_words() {
        let entries: Vec<Vec<(&[u32], &[u32])>> =
            vec![vec![(&[0, 1], &[10])], vec![(&[2, 3], &[11])]];
        assert!(function_words(&entries).is_empty());
    }

    #[test]
    fn the_core_is_what_half_the_questions_hold() {
        let lists: [&[u32]; 3] = [&[1, 2, 3], &[1, 2], &[1, 4]];
        assert_eq!(core(lists.iter().copied()), [1, 2]);
    }
}
