//! Knowledge written apart for the built-in article borrows the built-in questions.
//!
//! An operator who writes their own `qa.toml` for the article writes a few questions an entry;
//! the built-in knowledge holds nearly two thousand, written in the many ways people ask. Where
//! an entry of the operator's knowledge rests on the same article sentence as a built-in entry
//! (or a part of it), most of that built-in entry's questions lead to it in the operator's
//! matcher, and most of its own questions lead to the built-in entry in the built-in matcher,
//! the built-in entry's questions are read as its questions too. The operator's entries, answers
//! and sources stay as written; only the index learns more ways to reach them. Nothing is written
//! back.
//!
//! The test is the two matchers, not ids (the operator's are their own): an article sentence
//! often rests two entries ("... the reason for the ban, which was announced Wednesday" gives
//! why and when), and a built-in entry's questions then go where they lead, or nowhere.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{Matcher, score};
use crate::knowledge::{Knowledge, fold_for_source};

/// What was borrowed: per entry of the knowledge, the built-in questions it reads as its own,
/// and the built-in synonym groups, which those questions are written with.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Borrowed {
    /// (entry index, questions), in entry order.
    pub(super) questions: Vec<(usize, Vec<String>)>,
    /// Synonym groups (`canonical -> variants`) none of whose words the knowledge's own use.
    pub(super) synonyms: Vec<(String, Vec<String>)>,
}

impl Borrowed {
    /// How many questions were borrowed.
    pub(super) fn len(&self) -> usize {
        self.questions.iter().map(|(_, q)| q.len()).sum()
    }

    /// Whether nothing was borrowed.
    pub(super) fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }
}

/// Knowledge of more entries than this is no hand-written Q&A for one article: its sources are
/// compared with the built-in ones whole only, not as parts of them (a sentence's quote without
/// its quotation marks, one clause).
const MAX_ENTRIES_FOR_PARTS: usize = 1_000;

/// Shortest source (in bytes, folded) read as part of a built-in one or the other way round.
const MIN_PART_BYTES: usize = 20;

/// For each entry of the built-in knowledge (by index), the entries of another knowledge resting
/// on the same source sentence.
pub(super) type Shared = HashMap<usize, Vec<usize>>;

/// For each entry of `bank`, the entries of `knowledge` resting on the same source sentence, or
/// on a part of it (or a span holding it); empty for knowledge of another article.
pub(super) fn shared_sources(knowledge: &Knowledge, bank: &Knowledge) -> Shared {
    let bank_sources: Vec<(usize, String)> = bank
        .entries
        .iter()
        .enumerate()
        .filter_map(|(i, b)| Some((i, fold_for_source(b.source.as_deref()?))))
        .collect();
    let whole: HashMap<&str, Vec<usize>> =
        bank_sources
            .iter()
            .fold(HashMap::default(), |mut m, (i, s)| {
                m.entry(s.as_str()).or_insert_with(Vec::new).push(*i);
                m
            });
    let parts = knowledge.entries.len() <= MAX_ENTRIES_FOR_PARTS;
    let mut shared = Shared::default();
    for (k, e) in knowledge.entries.iter().enumerate() {
        let Some(source) = e.source.as_deref().map(fold_for_source) else {
            continue;
        };
        let banks: Vec<usize> = match whole.get(source.as_str()) {
            Some(banks) => banks.clone(),
            None if parts && source.len() >= MIN_PART_BYTES => bank_sources
                .iter()
                .filter(|(_, b)| b.contains(source.as_str()) || source.contains(b.as_str()))
                .map(|(i, _)| *i)
                .collect(),
            None => Vec::new(),
        };
        for b in banks {
            shared.entry(b).or_default().push(k);
        }
    }
    shared
}

/// The entry most of `questions` lead to when `matcher` ranks them, if it leads more of them
/// than any other entry does (small talk aside).
fn leader_of(matcher: &Matcher, questions: &[String]) -> Option<usize> {
    let mut votes: HashMap<usize, usize> = HashMap::default();
    for q in questions {
        let query = matcher.index.analyze(q);
        let ranked = score::rank(&matcher.index, &query, &matcher.tuning.score);
        if let Some(top) = ranked
            .iter()
            .find(|s| !matcher.knowledge.entries[s.entry].is_smalltalk())
        {
            *votes.entry(top.entry).or_default() += 1;
        }
    }
    let mut votes: Vec<(usize, usize)> = votes.into_iter().collect();
    votes.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    match votes.as_slice() {
        [(e, _)] => Some(*e),
        [(e, n), (_, m), ..] if n > m => Some(*e),
        _ => None,
    }
}

/// The questions of `bank` (the built-in knowledge) that `matcher`'s knowledge may borrow. A
/// bank entry's questions go to an entry of the knowledge when both rest on the same source
/// sentence and each side reads the other's questions as its own: most of the bank entry's
/// questions lead to that entry in `matcher`, and most of that entry's questions lead to the
/// bank entry in `bank`. `shared` is [`shared_sources`] of the two. Questions the knowledge
/// already has are left out.
pub(super) fn borrowable(matcher: &Matcher, bank: &Matcher, shared: &Shared) -> Borrowed {
    let knowledge = &matcher.knowledge;
    let mut taken: HashSet<String> = knowledge
        .entries
        .iter()
        .flat_map(|e| &e.questions)
        .map(|q| matcher.index.normalizer.key(q))
        .collect();
    let mut lent: HashMap<usize, Vec<String>> = HashMap::default();
    for (bi, b) in bank.knowledge.entries.iter().enumerate() {
        let Some(candidates) = shared.get(&bi) else {
            continue;
        };
        let Some(winner) = leader_of(matcher, &b.questions) else {
            continue;
        };
        if !candidates.contains(&winner)
            || leader_of(bank, &knowledge.entries[winner].questions) != Some(bi)
        {
            continue;
        }
        let questions = lent.entry(winner).or_default();
        let before = questions.len();
        for q in &b.questions {
            if taken.insert(matcher.index.normalizer.key(q)) {
                questions.push(q.clone());
            }
        }
        tracing::debug!(
            entry = %knowledge.entries[winner].id,
            from = %b.id,
            questions = questions.len() - before,
            "borrowed"
        );
    }
    let mut questions: Vec<(usize, Vec<String>)> =
        lent.into_iter().filter(|(_, q)| !q.is_empty()).collect();
    questions.sort_unstable_by_key(|(e, _)| *e);
    if questions.is_empty() {
        return Borrowed::default();
    }
    // The borrowed questions say "america" where the knowledge says "usa": their synonyms come
    // with them, but never a group that shares a word with one of the knowledge's own.
    let own: HashSet<String> = knowledge
        .synonyms
        .iter()
        .flat_map(|(canonical, variants)| std::iter::once(canonical).chain(variants))
        .map(|w| w.to_lowercase())
        .collect();
    let synonyms = bank
        .knowledge
        .synonyms
        .iter()
        .filter(|(canonical, variants)| {
            std::iter::once(canonical)
                .chain(variants)
                .all(|w| !own.contains(&w.to_lowercase()))
        })
        .cloned()
        .collect();
    Borrowed {
        questions,
        synonyms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{BUILTIN_ARTICLE, Files};

    fn load(qa: &str, article: &str) -> Matcher {
        Matcher::load(&Files {
            article: article.into(),
            qa: qa.into(),
            article_name: "article.txt".into(),
            qa_name: "qa.toml".into(),
        })
        .expect("valid knowledge")
    }

    const REASON: &str = "The U.S. cited concerns about Kaspersky's ties to Russian intelligence services as the reason for the ban, which was announced Wednesday.";

    /// Two entries of their own ids on one sentence (why and when), one on another sentence,
    /// one on a part of a sentence, and one on a sentence no built-in entry rests on.
    fn written_apart() -> String {
        format!(
            r#"
[[entry]]
id = "motive"
questions = ["Why was Kaspersky banned?", "What was the reason for the ban?", "why did the us ban it"]
answer = "Concerns about its ties to Russian intelligence."
source = "{reason}"

[[entry]]
id = "date"
questions = ["When was the ban announced?", "what day did they announce it", "when was it announced"]
answer = "On a Wednesday."
source = "{reason}"

[[entry]]
id = "who-started-it"
questions = ["Who is Eugene Kaspersky?", "who founded the company", "is eugene the founder"]
answer = "Eugene Kaspersky founded the company."
source = "On Tuesday, company founder Eugene Kaspersky took to Twitter to try to calm fears."

[[entry]]
id = "quote"
questions = ["Who said Russia is trying to undermine our democracy?", "whose quote is it about democracy", "what is especially concerning"]
answer = "The article quotes it without saying who said it."
source = "This is especially concerning because the Russian government is actively trying to undermine our democracy"

[[entry]]
id = "headline"
questions = ["what is the headline", "what is the title of the article", "name of the article"]
answer = "USA bans Kaspersky software from government agencies."
source = "USA bans Kaspersky software from government agencies"
"#,
            reason = REASON
        )
    }

    #[test]
    fn entries_on_the_built_in_sentences_read_the_built_in_questions_where_they_lead() {
        let m = load(&written_apart(), BUILTIN_ARTICLE);
        assert!(m.borrowed() > 100, "{}", m.borrowed());
        let asks = |q: &str| {
            let o = m.decide(q);
            assert_eq!(o.status, super::super::Status::Answered, "{q}");
            m.knowledge().entries[o.best.expect("answered").entry]
                .id
                .clone()
        };
        // Worded as no question of theirs is; their ids are their own.
        assert_eq!(asks("how come the feds kicked kaspersky out"), "motive");
        assert_eq!(asks("on which day was the prohibition made public"), "date");
        // The sentence under their founder entry rests the built-in tweet entry, whose questions
        // lead elsewhere in their knowledge: nothing is lent to it from there.
        let mine = m.knowledge().get("who-started-it").expect("entry");
        assert_eq!(mine.questions.len(), 3);
        // A part of a built-in source (the quote without its quotation marks) is its sentence.
        assert!(m.knowledge().get("quote").expect("entry").questions.len() > 3);
        // The built-in synonyms come with the questions.
        assert!(m.borrowed_synonyms() > 10, "{}", m.borrowed_synonyms());
        // Their own questions come first and are kept; nothing is written back.
        let motive = m.knowledge().get("motive").expect("entry");
        assert_eq!(motive.questions[0], "Why was Kaspersky banned?");
        assert!(motive.questions.len() > 3);
    }

    #[test]
    fn a_synonym_group_sharing_a_word_with_one_of_their_own_is_not_borrowed() {
        let own = format!("[synonyms]\nusa = [\"the states\"]\n{}", written_apart());
        let m = load(&own, BUILTIN_ARTICLE);
        let groups_with_usa = m
            .knowledge()
            .synonyms
            .iter()
            .filter(|(canonical, variants)| {
                canonical == "usa" || variants.iter().any(|v| v == "usa")
            })
            .count();
        assert_eq!(groups_with_usa, 1);
        assert!(m.borrowed_synonyms() > 0);
    }

    #[test]
    fn knowledge_of_another_article_and_the_built_in_knowledge_borrow_nothing() {
        let other =
            "Local library extends opening hours\n\nThe library will open at 8 on Saturdays.\n";
        let qa = r#"
[[entry]]
id = "hours"
questions = ["When does the library open?", "opening hours", "what time does it open on saturday"]
answer = "At 8 on Saturdays."
source = "The library will open at 8 on Saturdays."
"#;
        assert_eq!(load(qa, other).borrowed(), 0);
        assert_eq!(
            Matcher::load(&Files::builtin()).expect("valid").borrowed(),
            0
        );
    }
}
