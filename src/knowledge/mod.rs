//! Loading and validating the knowledge: `article.txt` plus the hand-written `qa.toml`.
//!
//! One way in: [`Files`] (the built-in files, or a directory's), then [`Files::parse`] (or
//! `Matcher::load`, which indexes beside validation). Modules: [`parse`] reads `qa.toml` with
//! positions; [`rules`] holds one function per validation rule; [`source`] finds sources in the
//! article.
//!
//! Validation is all-or-nothing: it collects every problem it finds and returns
//! them together, each naming the file, the line where known, the entry id and what is wrong, so
//! that a maintainer can fix a broken file in one pass.

use std::fmt;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

mod parse;
mod rules;
mod source;

pub use source::fold_for_source;

use parse::Validator;

/// The article shipped in the binary.
pub const BUILTIN_ARTICLE: &str = include_str!("../../knowledge/article.txt");
/// The Q&A file shipped in the binary.
pub const BUILTIN_QA: &str = include_str!("../../knowledge/qa.toml");

/// Longest entry id, in bytes: ids travel in Telegram callback data (64 bytes at most).
pub const MAX_ID_BYTES: usize = 32;
/// Fewest paraphrases an entry may have.
pub const MIN_QUESTIONS: usize = 3;

/// One question/answer entry, or one small-talk entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Unique id (`[a-z0-9-]`, at most [`MAX_ID_BYTES`]).
    pub id: String,
    /// Paraphrases of the question; the first is the one shown in menus.
    pub questions: Vec<String>,
    /// The reply, plain text.
    pub answer: String,
    /// The verbatim article sentence the answer rests on; `None` exactly for small talk.
    pub source: Option<String>,
    /// Ids of follow-up entries.
    pub related: Vec<String>,
    /// Line of `qa.toml` where the entry starts.
    pub line: usize,
}

impl Entry {
    /// Whether this is a small-talk entry (greeting, thanks...), which states no article fact.
    pub fn is_smalltalk(&self) -> bool {
        self.source.is_none()
    }
}

/// A validated knowledge base.
#[derive(Debug, Clone)]
pub struct Knowledge {
    /// The article's headline (its first non-empty line).
    pub title: String,
    /// Article entries first, in file order, then small-talk entries.
    pub entries: Vec<Entry>,
    /// `canonical -> variants`, in file order.
    pub synonyms: Vec<(String, Vec<String>)>,
    /// Where the Q&A came from, for messages.
    pub origin: String,
    /// Entry id -> index into `entries` (the first entry with that id).
    ids: FxHashMap<String, usize>,
    /// Entry -> the entry its source points back to (see [`Knowledge::antecedent`]).
    antecedents: FxHashMap<usize, usize>,
}

/// One problem found in the knowledge files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in.
    pub file: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// The entry the problem belongs to, where known.
    pub entry: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(id) = &self.entry {
            write!(f, ": entry `{id}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Why the knowledge could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    /// A file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The files were read but are invalid.
    #[error("invalid knowledge ({} problem{}):\n{}", .0.len(), if .0.len() == 1 { "" } else { "s" }, ProblemList(.0))]
    Invalid(Vec<Problem>),
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "  {p}")?;
        }
        Ok(())
    }
}

/// The two knowledge files' text and the names to report problems under.
#[derive(Debug, Clone)]
pub struct Files {
    /// The article.
    pub article: String,
    /// The Q&A TOML.
    pub qa: String,
    /// Name of the article in messages.
    pub article_name: String,
    /// Name of the Q&A file in messages.
    pub qa_name: String,
}

impl Files {
    /// The files compiled into the binary.
    pub fn builtin() -> Self {
        Files {
            article: BUILTIN_ARTICLE.to_string(),
            qa: BUILTIN_QA.to_string(),
            article_name: "knowledge/article.txt".into(),
            qa_name: "knowledge/qa.toml".into(),
        }
    }

    /// `article.txt` and `qa.toml` in `dir`.
    pub fn read(dir: &Path) -> Result<Self, KnowledgeError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| KnowledgeError::Read { path, source })
        };
        Ok(Files {
            article: read("article.txt")?,
            qa: read("qa.toml")?,
            article_name: dir.join("article.txt").display().to_string(),
            qa_name: dir.join("qa.toml").display().to_string(),
        })
    }

    /// The files in `dir`, or the built-in ones.
    pub fn locate(dir: Option<&Path>) -> Result<Self, KnowledgeError> {
        dir.map_or_else(|| Ok(Self::builtin()), Self::read)
    }

    /// Validates them.
    pub fn parse(&self) -> Result<Knowledge, KnowledgeError> {
        Knowledge::parse(&self.article, &self.qa, &self.article_name, &self.qa_name)
    }
}

impl Knowledge {
    /// Knowledge made of these parts as they are, without validation (for generated knowledge
    /// and tests); everything read from files goes through [`Knowledge::parse`].
    pub fn from_parts(
        title: String,
        entries: Vec<Entry>,
        synonyms: Vec<(String, Vec<String>)>,
        origin: String,
    ) -> Self {
        let mut ids = FxHashMap::default();
        for (i, e) in entries.iter().enumerate() {
            ids.entry(e.id.clone()).or_insert(i);
        }
        Knowledge {
            title,
            entries,
            synonyms,
            origin,
            ids,
            antecedents: FxHashMap::default(),
        }
    }

    /// The knowledge compiled into the binary (the Kaspersky article).
    pub fn builtin() -> Result<Self, KnowledgeError> {
        Files::builtin().parse()
    }

    /// Validates an article and a Q&A text; the names are used in problem reports.
    pub fn parse(
        article: &str,
        qa: &str,
        article_name: &str,
        qa_name: &str,
    ) -> Result<Self, KnowledgeError> {
        Self::parse_with(article, qa, article_name, qa_name, |_| ()).map(|(k, ())| k)
    }

    /// [`Knowledge::parse`], running `alongside` on the parsed entries on another thread while
    /// they are validated (the matcher builds its index there); its result is returned only if
    /// the knowledge is valid.
    pub fn parse_with<T: Send>(
        article: &str,
        qa: &str,
        article_name: &str,
        qa_name: &str,
        alongside: impl FnOnce(&Knowledge) -> T + Send,
    ) -> Result<(Self, T), KnowledgeError> {
        let mut v = Validator {
            qa,
            lines: std::iter::once(0)
                .chain(qa.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
            qa_name,
            problems: Vec::new(),
        };
        let knowledge = v.run(article, article_name);
        let extra = std::thread::scope(|scope| {
            let extra = scope.spawn(|| alongside(&knowledge));
            v.check_entries(&knowledge, article);
            extra
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        });
        if v.problems.is_empty() {
            Ok((knowledge, extra))
        } else {
            Err(KnowledgeError::Invalid(v.problems))
        }
    }

    /// The article entries (not small talk).
    pub fn articles(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.is_smalltalk())
    }

    /// The entry with this id, without scanning the entries.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.ids.get(id).map(|&i| &self.entries[i])
    }

    /// The index into [`Knowledge::entries`] of the entry with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// For an entry whose source opens by pointing back ("This is especially concerning
    /// because ..."), the entry whose source is the sentence just before it in the article: what
    /// "this" is.
    pub fn antecedent(&self, entry: usize) -> Option<usize> {
        self.antecedents.get(&entry).copied()
    }

    /// The entry whose source opens by pointing back at `entry`'s (see
    /// [`Knowledge::antecedent`]): what the article goes on to say of it.
    pub fn consequent(&self, entry: usize) -> Option<usize> {
        self.antecedents
            .iter()
            .filter(|&(_, &before)| before == entry)
            .map(|(&after, _)| after)
            .min()
    }

    /// The positions of entry `entry`'s related entries (its see-also), in order.
    pub fn related(&self, entry: usize) -> impl Iterator<Item = usize> + '_ {
        self.entries[entry]
            .related
            .iter()
            .filter_map(|id| self.position(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str =
        "Title line\n\nThe ban covers federal agencies.  It was announced “Wednesday”.\n";

    #[test]
    fn a_source_opening_with_this_points_at_the_sentence_before() {
        let k = Knowledge::builtin().unwrap();
        let pointing: Vec<(&str, &str)> = (0..k.entries.len())
            .filter_map(|e| {
                let before = k.antecedent(e)?;
                Some((k.entries[e].id.as_str(), k.entries[before].id.as_str()))
            })
            .collect();
        // "This is especially concerning ..." follows "Federal officials are concerned the
        // software may be feeding user information to Russian intelligence."
        assert_eq!(pointing, [("democracy-quote", "data-to-russia")]);
    }

    fn qa(body: &str) -> String {
        format!(
            r#"
[[entry]]
id = "scope"
questions = ["what does the ban cover", "ban scope", "where does it apply"]
answer = "Federal agencies."
source = "The ban covers federal agencies."
{body}
"#
        )
    }

    fn problems(qa: &str) -> Vec<Problem> {
        match Knowledge::parse(ARTICLE, qa, "a.txt", "qa.toml") {
            Ok(_) => Vec::new(),
            Err(KnowledgeError::Invalid(p)) => p,
            Err(e) => panic!("unexpected error {e}"),
        }
    }

    fn only_problem(qa: &str) -> Problem {
        let p = problems(qa);
        assert_eq!(p.len(), 1, "{p:#?}");
        p.into_iter().next().unwrap()
    }

    #[test]
    fn valid_file_loads() {
        let k = Knowledge::parse(ARTICLE, &qa(""), "a.txt", "qa.toml").unwrap();
        assert_eq!(k.title, "Title line");
        assert_eq!(k.entries.len(), 1);
        assert_eq!(k.entries[0].line, 2, "the line of its [[entry]] header");
    }

    #[test]
    fn source_must_be_verbatim() {
        let bad = qa("").replace(
            "source = \"The ban covers federal agencies.\"",
            "source = \"The ban covers all agencies.\"",
        );
        let p = only_problem(&bad);
        assert_eq!(p.file, "qa.toml");
        assert_eq!(p.entry.as_deref(), Some("scope"));
        assert_eq!(p.line, Some(2));
        assert!(p.message.contains("not found verbatim"), "{p}");
        assert!(
            p.to_string()
                .starts_with("qa.toml:2: entry `scope`: source")
        );
    }

    #[test]
    fn source_comparison_folds_whitespace_and_quotes_only() {
        let ok = qa(r#"
[[entry]]
id = "when"
questions = ["when", "what day", "which day"]
answer = "Wednesday."
source = 'It was   announced "Wednesday".'
"#);
        assert!(problems(&ok).is_empty());
        let case = ok.replace("It was   announced", "it was announced");
        assert_eq!(only_problem(&case).entry.as_deref(), Some("when"));
    }

    #[test]
    fn syntax_error_names_line() {
        let p = only_problem("[[entry]]\nid = \"x\"\nquestions = [\n");
        assert_eq!(p.file, "qa.toml");
        assert!(p.line.is_some());
        assert!(p.message.contains("TOML syntax error"), "{p}");
    }

    #[test]
    fn unknown_field_names_entry_and_line() {
        let p = only_problem(&qa("answr = \"typo\""));
        assert_eq!(p.entry.as_deref(), Some("scope"));
        assert_eq!(p.line, Some(7));
        assert!(p.message.contains("answr"), "{p}");
    }

    #[test]
    fn missing_field_names_entry() {
        let bad = qa("").replace("answer = \"Federal agencies.\"\n", "");
        let p = only_problem(&bad);
        assert_eq!(p.entry.as_deref(), Some("scope"));
        assert!(p.message.contains("answer"), "{p}");
    }

    #[test]
    fn empty_strings_are_refused() {
        let bad = qa("").replace("\"Federal agencies.\"", "\"  \"");
        assert!(only_problem(&bad).message.contains("empty answer"));
        let bad = qa("").replace("\"ban scope\"", "\"\"");
        assert!(only_problem(&bad).message.contains("empty question"));
    }

    #[test]
    fn duplicate_id_is_refused() {
        let p = only_problem(&qa(r#"
[[smalltalk]]
id = "scope"
questions = ["hi", "hello", "hey"]
answer = "Hello!"
"#));
        assert_eq!(p.entry.as_deref(), Some("scope"));
        assert!(p.message.contains("duplicate id"), "{p}");
        assert_eq!(p.line, Some(8));
    }

    #[test]
    fn paraphrase_under_two_entries_is_refused() {
        let p = only_problem(&qa(r#"
[[smalltalk]]
id = "hello"
questions = ["hi", "hello", "Ban scope?"]
answer = "Hello!"
"#));
        assert_eq!(p.entry.as_deref(), Some("hello"));
        assert!(
            p.message.contains("also a question of entry `scope`"),
            "{p}"
        );
    }

    #[test]
    fn unknown_related_is_refused() {
        let p = only_problem(&qa("related = [\"nope\"]"));
        assert_eq!(p.entry.as_deref(), Some("scope"));
        assert!(p.message.contains("unknown id `nope`"), "{p}");
    }

    #[test]
    fn bad_ids_are_refused() {
        let long = "x".repeat(MAX_ID_BYTES + 1);
        for bad in ["Scope", "a b", long.as_str()] {
            let p = only_problem(&qa("").replace("id = \"scope\"", &format!("id = \"{bad}\"")));
            assert!(p.message.contains("[a-z0-9-]"), "{p}");
        }
    }

    #[test]
    fn too_few_questions_is_refused() {
        let bad = qa("").replace(", \"where does it apply\"", "");
        assert!(only_problem(&bad).message.contains("at least 3 questions"));
    }

    #[test]
    fn smalltalk_may_not_have_a_source() {
        let p = only_problem(&qa(r#"
[[smalltalk]]
id = "hello"
questions = ["hi", "hello", "hey"]
answer = "Hello!"
source = "The ban covers federal agencies."
"#));
        assert_eq!(p.entry.as_deref(), Some("hello"));
        assert!(p.message.contains("source"), "{p}");
    }

    #[test]
    fn unknown_top_level_key_is_refused() {
        let p = only_problem(&qa("").replace("[[entry]]", "[[entries]]"));
        assert!(p.message.contains("unknown key `entries`"), "{p}");
    }

    #[test]
    fn several_problems_are_reported_together() {
        let bad =
            qa("related = [\"nope\"]").replace("The ban covers federal", "The ban covers all");
        let p = problems(&bad);
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(p.iter().all(|p| p.entry.as_deref() == Some("scope")));
    }

    #[test]
    fn conflicting_synonyms_are_refused() {
        let p = only_problem(&qa("[synonyms]\nusa = [\"us\"]\nunited = [\"us\"]\n"));
        assert!(p.message.contains("variant of both"), "{p}");
    }

    #[test]
    fn source_index_finds_every_word_start() {
        let article = "One two three four five six seven eight nine ten eleven twelve.";
        let idx = source::SourceIndex::new(article);
        assert!(idx.contains("three four five six seven eight nine"));
        assert!(idx.contains("six"));
        assert!(!idx.contains("three four five six seven eight nine eleven"));
    }
}
