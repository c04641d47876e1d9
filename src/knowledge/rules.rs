//! The validation rules that need all the entries, one function each, each returning the
//! problems it finds (line, entry id, message); [`super::parse::Validator`] reports them.

use std::collections::HashMap;
use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};

use super::source::SourceIndex;
use super::{Knowledge, MAX_ID_BYTES, MIN_QUESTIONS};
use crate::normalize::{Normalizer, StemCache};

/// A problem a rule found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found<'k> {
    /// The entry's line, where the problem is in an entry.
    pub(super) line: Option<usize>,
    /// The entry's id.
    pub(super) entry: Option<&'k str>,
    /// What is wrong.
    pub(super) message: String,
}

fn at<'k>(e: &'k super::Entry, with_id: bool, message: impl Into<String>) -> Found<'k> {
    Found {
        line: Some(e.line),
        entry: with_id.then_some(e.id.as_str()),
        message: message.into(),
    }
}

/// `[synonyms]`: no empty word, and no variant under two canonical words.
pub(super) fn synonyms(k: &Knowledge) -> Vec<Found<'_>> {
    let mut found = Vec::new();
    let mut variants: HashMap<&str, &str> = HashMap::new();
    for (canonical, list) in &k.synonyms {
        if canonical.trim().is_empty() || list.iter().any(|v| v.trim().is_empty()) {
            found.push(Found {
                line: None,
                entry: None,
                message: format!("[synonyms]: `{canonical}` has an empty word"),
            });
        }
        for v in list {
            if let Some(other) = variants.insert(v.as_str(), canonical.as_str())
                && other != canonical
            {
                found.push(Found {
                    line: None,
                    entry: None,
                    message: format!(
                        "[synonyms]: `{v}` is a variant of both `{other}` and `{canonical}`"
                    ),
                });
            }
        }
    }
    found
}

/// Ids: not empty, `[a-z0-9-]` of at most [`MAX_ID_BYTES`] (they travel in callback data),
/// unique.
pub(super) fn ids(k: &Knowledge) -> Vec<Found<'_>> {
    let mut found = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for e in &k.entries {
        if e.id.is_empty() {
            found.push(at(e, false, "empty id"));
        } else if e.id.len() > MAX_ID_BYTES
            || !e
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            found.push(at(
                e,
                true,
                format!("id must be [a-z0-9-] and at most {MAX_ID_BYTES} bytes"),
            ));
        }
        if let Some(first) = seen.insert(&e.id, e.line) {
            found.push(at(
                e,
                true,
                format!("duplicate id (first defined at line {first})"),
            ));
        }
    }
    found
}

/// Questions: at least [`MIN_QUESTIONS`] per entry, none empty or without words, and none the
/// same (after normalization) as another question of the entry or of another entry.
pub(super) fn questions(k: &Knowledge) -> Vec<Found<'_>> {
    let normalizer = Normalizer::new(&k.synonyms);
    let mut cache = StemCache::default();
    let mut found = Vec::new();
    // Keyed by a hash of the normalized text, confirmed on a hit: 300,000 keys stay small.
    let mut seen: FxHashMap<u64, (&str, &str)> = FxHashMap::default();
    for e in &k.entries {
        if e.questions.len() < MIN_QUESTIONS {
            let message = format!(
                "needs at least {MIN_QUESTIONS} questions, has {}",
                e.questions.len()
            );
            found.push(at(e, true, message));
        }
        for q in &e.questions {
            if q.trim().is_empty() {
                found.push(at(e, true, "empty question"));
                continue;
            }
            let key = normalizer.key_cached(q, &mut cache);
            if key.is_empty() {
                found.push(at(e, true, format!("question {q:?} has no words to match")));
                continue;
            }
            let hash = FxBuildHasher.hash_one(&key);
            let same = seen
                .get(&hash)
                .filter(|(_, other)| normalizer.key_cached(other, &mut cache) == key)
                .map(|&(owner, _)| owner);
            match same {
                Some(owner) if owner == e.id => {
                    found.push(at(e, true, format!("question {q:?} is repeated")));
                }
                Some(owner) => found.push(at(
                    e,
                    true,
                    format!("question {q:?} is also a question of entry `{owner}`"),
                )),
                None => {
                    seen.entry(hash).or_insert((&e.id, q));
                }
            }
        }
    }
    found
}

/// Answers: not empty.
pub(super) fn answers(k: &Knowledge) -> Vec<Found<'_>> {
    k.entries
        .iter()
        .filter(|e| e.answer.trim().is_empty())
        .map(|e| at(e, true, "empty answer"))
        .collect()
}

/// `related`: ids of other article entries that exist.
pub(super) fn related(k: &Knowledge) -> Vec<Found<'_>> {
    let mut found = Vec::new();
    for e in &k.entries {
        for r in &e.related {
            let message = if r == &e.id {
                "`related` names the entry itself".to_string()
            } else {
                match k.get(r) {
                    None => format!("`related` names unknown id `{r}`"),
                    Some(other) if other.is_smalltalk() => {
                        format!("`related` names small-talk entry `{r}`")
                    }
                    Some(_) => continue,
                }
            };
            found.push(at(e, true, message));
        }
    }
    found
}

/// Sources: not empty, and found verbatim in the article.
pub(super) fn sources<'k>(k: &'k Knowledge, article: &str) -> Vec<Found<'k>> {
    let index = SourceIndex::new(article);
    k.entries
        .iter()
        .filter_map(|e| {
            let source = e.source.as_ref()?;
            let message = if source.trim().is_empty() {
                "empty source".to_string()
            } else if !index.contains(source) {
                format!("source is not found verbatim in the article: {source:?}")
            } else {
                return None;
            };
            Some(at(e, true, message))
        })
        .collect()
}
