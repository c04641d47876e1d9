//! Ranking: the entries sharing a content word with the query, scored, best first.
//!
//! Per entry the score combines, all in `[0, 1]`:
//! - **token similarity**: weighted F1 between the question's words and the best paraphrase's
//!   words, rare words weighing more than common ones and stop words very little;
//! - **coverage**: how much of the question's weight the entry's paraphrases and source sentence
//!   explain together;
//! - **character similarity**: Sørensen-Dice over the normalized strings (see [`super::dice`]),
//!   for the best paraphrase of the [`RANKED`] leading entries.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::cmp::Ordering;

use super::Scored;
use super::dice::Bigrams;
use super::index::{Index, Paraphrase, STOP_WEIGHT};
use super::query::Query;

/// How the three similarities add up to a score (their sum is 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreWeights {
    /// Share of the token similarity (weighted F1 against the best paraphrase).
    pub w_tokens: f32,
    /// Share of the coverage (question weight explained by the entry's words).
    pub w_coverage: f32,
    /// Share of the character similarity (Sørensen-Dice).
    pub w_chars: f32,
}

impl ScoreWeights {
    /// The shipped values (see [`super::Tuning::DEFAULT`]).
    pub const DEFAULT: ScoreWeights = ScoreWeights {
        w_tokens: 0.7,
        w_coverage: 0.15,
        w_chars: 0.15,
    };
}

/// Words in more paraphrases than this are not walked to find candidates (see [`walk_all`]).
const POSTINGS_CAP: usize = 2_000;
/// Postings a query's content words may have in all before the walk is bounded
/// ([`walk_bounded`]); the shipped knowledge and most questions on large, varied knowledge stay
/// under it and are scored exactly.
const WALK_BUDGET: usize = 16_384;
/// How far below the leaders' F1 a paraphrase's bound may be and still be looked for: the
/// coverage and character similarity can lift an entry a little past its F1 (measured on the
/// templated generator: the same right-entry-first rate as the unbounded walk).
const BOUND_SLACK: f32 = 0.1;
/// Entries kept after the token scores, best first; they get the (costlier) character
/// similarity, and the decision, suggestions and inline answers come from them.
pub(super) const RANKED: usize = 6;

/// Accumulator per paraphrase while scoring one query.
#[derive(Debug, Clone, Copy, Default)]
struct Acc {
    /// Query-side matched weight.
    query: f32,
    /// Paraphrase-side matched weight.
    para: f32,
}

impl Acc {
    /// Adds the query words (term, weight, credit) that `para` holds (binary search in it).
    fn add_held<'q>(
        &mut self,
        index: &Index,
        para: &Paraphrase,
        words: impl IntoIterator<Item = &'q (u32, f32, f32)>,
    ) {
        for &(t, weight, credit) in words {
            if para.content.binary_search(&t).is_ok() {
                self.query += weight * credit;
                self.para += index.terms[t as usize].weight * credit;
            }
        }
    }
}

thread_local! {
    /// Reused per-paraphrase accumulators (only the touched ones are reset after a query).
    static SCRATCH: RefCell<Vec<Acc>> = const { RefCell::new(Vec::new()) };
}

/// Entries sharing a content word with the query, best first, with their best paraphrase.
pub(super) fn rank(index: &Index, query: &Query, weights: &ScoreWeights) -> Vec<Scored> {
    let terms = &query.terms;
    let total: f32 = terms.iter().map(|q| q.weight).sum();
    if total <= 0.0 {
        return Vec::new();
    }
    let mut stops: Vec<u32> = terms
        .iter()
        .filter(|q| q.stop)
        .filter_map(|q| q.term)
        .collect();
    stops.sort_unstable();

    let content: Vec<(u32, f32, f32)> = terms
        .iter()
        .filter(|q| !q.stop)
        .filter_map(|q| q.term.map(|t| (t, q.weight, q.credit)))
        .collect();
    // A word in more than POSTINGS_CAP paraphrases, or a quarter of them ("kaspersky" here), is
    // looked up in each candidate (binary search) rather than walked, when rarer words find the
    // candidates: it then costs O(candidates · log n) rather than O(n).
    let cap = POSTINGS_CAP.min(index.paraphrases.len() / 4);
    let postings = |t: u32| index.term_paraphrases[t as usize].len();
    let any_rare = content.iter().any(|&(t, ..)| postings(t) <= cap);
    let (walk, check): (Vec<_>, Vec<_>) = content
        .iter()
        .partition(|&&(t, ..)| !any_rare || postings(t) <= cap);
    let volume: usize = walk.iter().map(|&&(t, ..)| postings(t)).sum();
    let best = if volume <= WALK_BUDGET {
        walk_all(index, &walk, &check, &stops, total)
    } else {
        walk_bounded(index, &content, &stops, total)
    };
    // Coverage of the candidate entries.
    let coverage = |e: u32| -> f32 {
        content
            .iter()
            .map(|&(t, weight, credit)| weight * credit * index.bag_credit(t, e))
            .sum()
    };

    // Before the character similarity, an entry scores between `w_tokens · f1` and that plus
    // `w_coverage`: one whose best cannot reach the RANKED-th lower bound is never a leader, and
    // its coverage need not be computed (with thousands of candidates, most of the work).
    let mut candidates: Vec<(u32, (u32, f32))> = best.into_iter().collect();
    if candidates.len() > RANKED {
        let mut lower: Vec<f32> = candidates.iter().map(|&(_, (_, f1))| f1).collect();
        lower.select_nth_unstable_by(RANKED - 1, |a, b| b.total_cmp(a));
        let bar = weights.w_tokens * lower[RANKED - 1];
        candidates.retain(|&(_, (_, f1))| weights.w_tokens * f1 + weights.w_coverage >= bar);
    }
    let mut ranked: Vec<(Scored, u32)> = candidates
        .into_iter()
        .map(|(e, (p, f1))| {
            let cov = coverage(e) / total;
            let para = &index.paraphrases[p as usize];
            let score = weights.w_tokens * f1 + weights.w_coverage * cov.min(1.0);
            (
                Scored {
                    entry: e as usize,
                    question: para.question as usize,
                    score,
                },
                p,
            )
        })
        .collect();
    // Only the leaders matter to the decision: select them without sorting every candidate.
    if ranked.len() > RANKED {
        ranked.select_nth_unstable_by(RANKED - 1, |a, b| by_score(&a.0, &b.0));
        ranked.truncate(RANKED);
    }
    let query_bigrams = Bigrams::new(&query.key);
    let mut used = Vec::new();
    for (scored, p) in &mut ranked {
        let chars = query_bigrams.dice(&index.paraphrases[*p as usize].key, &mut used);
        scored.score = (scored.score + weights.w_chars * chars as f32).clamp(0.0, 1.0);
    }
    ranked.sort_by(|a, b| by_score(&a.0, &b.0));
    ranked.into_iter().map(|(s, _)| s).collect()
}

/// Weighted F1 per paraphrase touched by the query's words, best per entry: (paraphrase, F1).
type Best = HashMap<u32, (u32, f32)>;

/// Every candidate, exactly: the paraphrases holding a word of `walk`, scored on those and the
/// words of `check`.
fn walk_all(
    index: &Index,
    walk: &[&(u32, f32, f32)],
    check: &[&(u32, f32, f32)],
    stops: &[u32],
    total: f32,
) -> Best {
    let mut best: Best = HashMap::default();
    SCRATCH.with(|scratch| {
        let mut acc = scratch.borrow_mut();
        if acc.len() < index.paraphrases.len() {
            acc.resize(index.paraphrases.len(), Acc::default());
        }
        let mut touched: Vec<u32> = Vec::new();
        for &&(t, weight, credit) in walk {
            let tw = index.terms[t as usize].weight;
            for &p in &index.term_paraphrases[t as usize] {
                let a = &mut acc[p as usize];
                if a.query == 0.0 {
                    touched.push(p);
                }
                a.query += weight * credit;
                a.para += tw * credit;
            }
        }
        for &p in &touched {
            let mut a = std::mem::take(&mut acc[p as usize]);
            let para = &index.paraphrases[p as usize];
            a.add_held(index, para, check.iter().copied());
            keep_best(&mut best, para.entry, p, f1(a, para, stops, total));
        }
    });
    best
}

/// The candidates that can lead, when every query word is common (a templated support FAQ):
/// MaxScore over the words, rarest first.
///
/// Each paraphrase met is scored in full, once. After each word, a paraphrase holding none of the
/// words walked so far explains at most the rest of the query's weight, which bounds its F1 (its
/// precision at most 1); once that bound, plus [`BOUND_SLACK`], falls below the F1 of the
/// [`RANKED`]-th best entry so far, the longer lists are not walked.
fn walk_bounded(index: &Index, content: &[(u32, f32, f32)], stops: &[u32], total: f32) -> Best {
    let mut order: Vec<(u32, f32, f32)> = content.to_vec();
    order.sort_by_key(|&(t, ..)| index.term_paraphrases[t as usize].len());
    let mut rest: f32 = total - order.iter().map(|&(_, w, c)| w * (1.0 - c)).sum::<f32>();
    let mut best: Best = HashMap::default();
    let mut walked: Vec<u32> = Vec::with_capacity(order.len());
    for &(t, weight, credit) in &order {
        if best.len() >= RANKED {
            let recall = (rest / total).clamp(0.0, 1.0);
            let bound = 2.0 * recall / (1.0 + recall);
            let mut f1s: Vec<f32> = best.values().map(|&(_, f1)| f1).collect();
            f1s.select_nth_unstable_by(RANKED - 1, |a, b| b.total_cmp(a));
            if bound + BOUND_SLACK < f1s[RANKED - 1] {
                break;
            }
        }
        for &p in &index.term_paraphrases[t as usize] {
            let para = &index.paraphrases[p as usize];
            // Scored already, with a rarer word.
            if walked.iter().any(|u| para.content.binary_search(u).is_ok()) {
                continue;
            }
            let mut a = Acc::default();
            a.add_held(index, para, content);
            keep_best(&mut best, para.entry, p, f1(a, para, stops, total));
        }
        walked.push(t);
        rest -= weight * credit;
    }
    best
}

/// Weighted F1 of a paraphrase from its matched weights, with the function words both share.
fn f1(a: Acc, para: &Paraphrase, stops: &[u32], total: f32) -> f32 {
    let shared_stops = count_common(&para.stops, stops) as f32 * STOP_WEIGHT;
    let recall = (a.query + shared_stops) / total;
    let precision = (a.para + shared_stops) / para.weight.max(f32::EPSILON);
    if recall + precision > 0.0 {
        2.0 * recall * precision / (recall + precision)
    } else {
        0.0
    }
}

fn keep_best(best: &mut Best, entry: u32, p: u32, f1: f32) {
    let slot = best.entry(entry).or_insert((p, -1.0));
    if f1 > slot.1 {
        *slot = (p, f1);
    }
}

/// Best score first; ties by entry order, so that ranking is deterministic.
fn by_score(a: &Scored, b: &Scored) -> Ordering {
    b.score
        .partial_cmp(&a.score)
        .unwrap_or(Ordering::Equal)
        .then(a.entry.cmp(&b.entry))
}

/// Number of ids both sorted lists hold.
fn count_common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}
