//! Words the knowledge itself uses interchangeably, learnt from its paraphrases.
//!
//! A support FAQ writes each entry's questions with the words of its domain in turn: "how do I
//! rename my invoice on the app", "where can I relabel the invoice on the app". Two words that
//! stand in for each other across the questions of one entry (one in a question and not the
//! other, the other the other way round), in most of the entries using them, and never in one
//! question together, are taken as an alias: both then index and match as one word, so that a
//! user who writes "relabel" finds the entry whose questions happen to say only "rename".
//!
//! A handwritten knowledge base of a hundred entries rarely repeats such a pair in
//! [`MIN_ENTRIES`] entries, so aliases matter where the vocabulary is small and repeated, and
//! leave a small, varied knowledge base as it is.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Entries in which two words must stand for each other before they are aliases.
pub(super) const MIN_ENTRIES: u32 = 8;
/// Share of the entries using the commoner word in which the other stands for it.
pub(super) const MIN_SHARE: f32 = 0.3;
/// Questions per entry compared pairwise (bounds the work for an entry with very many).
const MAX_QUESTIONS: usize = 12;
/// Two questions are compared when each has at most this many words the other lacks.
const MAX_DIFFERENCE: usize = 5;
/// Words in one alias class at most: a longer chain is more likely a drift of meaning.
const MAX_CLASS: usize = 6;

/// For each term, the term it is read as (itself unless an alias was learnt).
///
/// `entries` holds, per entry, the sorted content terms of each of its questions; `terms` is the
/// vocabulary size; `fixed` terms (question words) are never aliases.
pub(super) fn learn(entries: &[Vec<&[u32]>], terms: usize, fixed: &[u32]) -> Vec<u32> {
    // Entries whose questions use each term, and entries in which two terms stand for each other.
    let mut used = vec![0u32; terms];
    let mut pairs: HashMap<(u32, u32), u32> = HashMap::default();
    let mut seen: Vec<(u32, u32)> = Vec::new();
    let mut in_entry: Vec<u32> = Vec::new();
    let (mut only_a, mut only_b) = (Vec::new(), Vec::new());
    for questions in entries {
        let questions = &questions[..questions.len().min(MAX_QUESTIONS)];
        let words = questions.iter().flat_map(|q| q.iter().copied());
        count_distinct(&mut used, words, &mut in_entry);
        seen.clear();
        for (i, a) in questions.iter().enumerate() {
            for b in &questions[i + 1..] {
                difference(a, b, &mut only_a, &mut only_b);
                if (1..=MAX_DIFFERENCE).contains(&only_a.len())
                    && (1..=MAX_DIFFERENCE).contains(&only_b.len())
                {
                    for &x in &only_a {
                        seen.extend(only_b.iter().map(|&y| (x.min(y), x.max(y))));
                    }
                }
            }
        }
        count_distinct_pairs(&mut pairs, &mut seen);
    }

    let mut accepted: Vec<((u32, u32), u32)> = pairs
        .into_iter()
        .filter(|&((a, b), n)| {
            // Against the commoner word: "address" stands in for "domain" in every entry
            // about domains, but is mostly used for other things.
            let commoner = used[a as usize].max(used[b as usize]) as f32;
            n >= MIN_ENTRIES
                && n as f32 >= MIN_SHARE * commoner
                && !fixed.contains(&a)
                && !fixed.contains(&b)
        })
        .collect();
    if accepted.is_empty() {
        return (0..terms as u32).collect();
    }
    // Words that share a question say different things ("card" and "credit card"), and so do
    // the words of two classes that would share one once joined.
    let mut involved = vec![false; terms];
    for &((a, b), _) in &accepted {
        involved[a as usize] = true;
        involved[b as usize] = true;
    }
    let mut together: HashSet<(u32, u32)> = HashSet::default();
    for question in entries.iter().flatten() {
        for (i, &x) in question
            .iter()
            .enumerate()
            .filter(|&(_, &x)| involved[x as usize])
        {
            for &y in question[i + 1..].iter().filter(|&&y| involved[y as usize]) {
                together.insert((x, y));
            }
        }
    }
    // Strongest evidence first, so that a class fills with its best pairs before the cap.
    accepted.sort_unstable_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));

    let mut classes = Classes::new(terms);
    for ((a, b), _) in accepted {
        classes.union(a, b, |x, y| together.contains(&(x.min(y), x.max(y))));
    }
    (0..terms as u32).map(|t| classes.find(t)).collect()
}

/// Function words that this knowledge writes in place of content words, sorted.
///
/// A support FAQ's actions can be words that are framing to most knowledge: "need to confirm my
/// timezone" and "how do I verify my timezone" are one entry's questions, and read as a function
/// word "confirm" would leave the first without its action. A function word stands in for a
/// content word when one question of an entry has the function word and not the content word,
/// another the content word and not the function word, in [`MIN_ENTRIES`] entries and
/// [`MIN_SHARE`] of the entries using the commoner of the two. (Whether the two are then one
/// word is the alias learner's call: "sort" stands in for "order", yet "sort my order" says two
/// things.) Grammar and question words (`fixed`: "the", "did", "how") neither stand in nor are
/// stood in for: templates alternate them as freely as the words of their slots. `entries`
/// holds, per entry, each question's sorted content and function-word terms.
pub(super) fn standins(entries: &[Vec<(&[u32], &[u32])>], terms: usize, fixed: &[u32]) -> Vec<u32> {
    let mut is_fixed = vec![false; terms];
    for &t in fixed {
        is_fixed[t as usize] = true;
    }
    let free = |t: &&u32| !is_fixed[**t as usize];
    let mut used = vec![0u32; terms];
    let mut pairs: HashMap<(u32, u32), u32> = HashMap::default();
    let mut seen: Vec<(u32, u32)> = Vec::new();
    let mut in_entry: Vec<u32> = Vec::new();
    let (mut stops_a, mut stops_b) = (Vec::new(), Vec::new());
    let (mut content_a, mut content_b) = (Vec::new(), Vec::new());
    let differs = |words: &Vec<u32>| (1..=MAX_DIFFERENCE).contains(&words.len());
    for questions in entries {
        let questions = &questions[..questions.len().min(MAX_QUESTIONS)];
        let words = questions
            .iter()
            .flat_map(|q| q.0.iter().chain(q.1).copied());
        count_distinct(&mut used, words, &mut in_entry);
        seen.clear();
        for (i, a) in questions.iter().enumerate() {
            for b in &questions[i + 1..] {
                difference(a.1, b.1, &mut stops_a, &mut stops_b);
                difference(a.0, b.0, &mut content_a, &mut content_b);
                for (stops, content) in [(&stops_a, &content_b), (&stops_b, &content_a)] {
                    if differs(stops) && differs(content) {
                        for &s in stops.iter().filter(free) {
                            seen.extend(content.iter().filter(free).map(|&c| (s, c)));
                        }
                    }
                }
            }
        }
        count_distinct_pairs(&mut pairs, &mut seen);
    }
    let mut found: Vec<u32> = pairs
        .into_iter()
        .filter(|&((s, c), n)| {
            let commoner = used[s as usize].max(used[c as usize]) as f32;
            n >= MIN_ENTRIES && n as f32 >= MIN_SHARE * commoner
        })
        .map(|((s, _), _)| s)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Adds one to `used` for each distinct term of `terms` (`scratch` holds them meanwhile).
fn count_distinct(used: &mut [u32], terms: impl Iterator<Item = u32>, scratch: &mut Vec<u32>) {
    scratch.clear();
    scratch.extend(terms);
    scratch.sort_unstable();
    scratch.dedup();
    for &t in scratch.iter() {
        used[t as usize] += 1;
    }
}

/// Adds one to `pairs` for each distinct pair in `seen` (sorted and deduplicated in place).
fn count_distinct_pairs(pairs: &mut HashMap<(u32, u32), u32>, seen: &mut Vec<(u32, u32)>) {
    seen.sort_unstable();
    seen.dedup();
    for &pair in seen.iter() {
        *pairs.entry(pair).or_default() += 1;
    }
}

/// The words of sorted term list `a` missing from `b`, and those of `b` missing from `a`.
fn difference(a: &[u32], b: &[u32], only_a: &mut Vec<u32>, only_b: &mut Vec<u32>) {
    only_a.clear();
    only_b.clear();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                only_a.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                only_b.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    only_a.extend_from_slice(&a[i..]);
    only_b.extend_from_slice(&b[j..]);
}

/// Union-find over terms, the smallest term of a class its representative, with a size cap.
struct Classes {
    parent: Vec<u32>,
    /// The members of each class, at its representative.
    members: Vec<Vec<u32>>,
}

impl Classes {
    fn new(terms: usize) -> Self {
        Classes {
            parent: (0..terms as u32).collect(),
            members: (0..terms as u32).map(|t| vec![t]).collect(),
        }
    }

    fn find(&mut self, mut t: u32) -> u32 {
        while self.parent[t as usize] != t {
            let up = self.parent[self.parent[t as usize] as usize];
            self.parent[t as usize] = up;
            t = up;
        }
        t
    }

    /// Joins the classes of `a` and `b`, unless that makes one too big or joins two words
    /// that `conflict`.
    fn union(&mut self, a: u32, b: u32, conflict: impl Fn(u32, u32) -> bool) {
        let (a, b) = (self.find(a), self.find(b));
        let (ma, mb) = (&self.members[a as usize], &self.members[b as usize]);
        if a == b
            || ma.len() + mb.len() > MAX_CLASS
            || ma.iter().any(|&x| mb.iter().any(|&y| conflict(x, y)))
        {
            return;
        }
        let (root, child) = (a.min(b), a.max(b));
        self.parent[child as usize] = root;
        let moved = std::mem::take(&mut self.members[child as usize]);
        self.members[root as usize].extend(moved);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn difference_lists_the_words_each_side_lacks() {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        difference(&[1, 2, 3, 7], &[2, 4, 7, 9], &mut a, &mut b);
        assert_eq!((a.as_slice(), b.as_slice()), (&[1, 3][..], &[4, 9][..]));
        difference(&[1, 2], &[1, 2], &mut a, &mut b);
        assert!(a.is_empty() && b.is_empty());
    }

    #[test]
    fn aliases_need_repeated_exclusive_evidence() {
        // Terms: 0 rename, 1 relabel, 2 invoice, 3 card, 4 delete, 5 erase (seen once),
        // 6 credit (stands in for nothing: "card" vs "credit card").
        let mut entries: Vec<Vec<&[u32]>> = Vec::new();
        for _ in 0..MIN_ENTRIES {
            entries.push(vec![&[0, 2], &[1, 2]]);
            entries.push(vec![&[0, 3], &[1, 3]]);
            entries.push(vec![&[3, 4], &[3, 4, 6]]);
        }
        entries.push(vec![&[3, 4], &[3, 5]]);
        let alias = learn(&entries, 7, &[]);
        assert_eq!(alias[1], 0, "rename and relabel are one word");
        assert_eq!(alias[2], 2);
        assert_eq!(alias[3], 3, "the objects stay apart");
        assert_eq!(alias[5], 5, "one entry is not enough");
        assert_eq!(alias[6], 6);
        assert_eq!(
            learn(&entries, 7, &[1])[1],
            1,
            "a question word stays itself"
        );
    }

    #[test]
    fn a_function_word_in_place_of_a_content_word_is_content() {
        // Content terms: 0 verify, 1 timezone, 2 invoice; function words: 3 confirm, 4 my
        // (in every question), 5 need (a template's: "need to confirm my timezone", "how do I
        // verify my timezone", and in many other entries), 6 how (fixed).
        let mut entries: Vec<Vec<(&[u32], &[u32])>> = Vec::new();
        for _ in 0..MIN_ENTRIES {
            entries.push(vec![(&[1], &[3, 4, 5]), (&[0, 1, 6], &[4])]);
            entries.push(vec![(&[2], &[3, 4]), (&[0, 2, 6], &[4])]);
        }
        let confirm = entries.clone();
        for _ in 0..4 * MIN_ENTRIES {
            entries.push(vec![(&[2], &[4, 5]), (&[1], &[4, 5])]);
        }
        assert_eq!(
            standins(&entries, 7, &[6]),
            [3],
            "confirm stands in for verify"
        );
        assert!(
            standins(&entries, 7, &[3, 6]).is_empty(),
            "fixed words never do"
        );
        let few = &confirm[..MIN_ENTRIES as usize - 1];
        assert!(!standins(few, 7, &[6]).contains(&3), "too few entries");
    }

    #[test]
    fn words_used_together_are_not_aliases() {
        let mut entries: Vec<Vec<&[u32]>> = Vec::new();
        for _ in 0..MIN_ENTRIES {
            entries.push(vec![&[0, 2], &[1, 2]]);
        }
        entries.push(vec![&[0, 1, 2]]);
        assert_eq!(learn(&entries, 3, &[]), [0, 1, 2]);
    }
}
