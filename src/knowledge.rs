//! Loading and validating the knowledge: `article.txt` plus the hand-written `qa.toml`.
//!
//! Validation is all-or-nothing: [`Knowledge::load`] collects every problem it finds and returns
//! them together, each naming the file, the line where known, the entry id and what is wrong, so
//! that a maintainer can fix a broken file in one pass.

use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::normalize::{Normalizer, StemCache};

/// The article shipped in the binary.
pub const BUILTIN_ARTICLE: &str = include_str!("../knowledge/article.txt");
/// The Q&A file shipped in the binary.
pub const BUILTIN_QA: &str = include_str!("../knowledge/qa.toml");

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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: String,
    questions: Vec<String>,
    answer: String,
    source: String,
    #[serde(default)]
    related: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSmallTalk {
    id: String,
    questions: Vec<String>,
    answer: String,
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
        }
    }

    /// The knowledge compiled into the binary (the Kaspersky article).
    pub fn builtin() -> Result<Self, KnowledgeError> {
        Files::builtin().parse()
    }

    /// Loads `article.txt` and `qa.toml` from `dir`.
    pub fn load(dir: &Path) -> Result<Self, KnowledgeError> {
        Files::read(dir)?.parse()
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
}

struct Validator<'a> {
    qa: &'a str,
    /// Byte offset of every line start of `qa`, to turn offsets into lines in O(log n).
    lines: Vec<usize>,
    qa_name: &'a str,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn problem(&mut self, offset: Option<usize>, entry: Option<&str>, message: impl Into<String>) {
        let line = offset.map(|o| self.line_of(o));
        self.problem_at_line(line, entry, message);
    }

    /// 1-based line of a byte offset of `qa`.
    fn line_of(&self, offset: usize) -> usize {
        self.lines.partition_point(|&start| start <= offset)
    }

    fn problem_at_line(
        &mut self,
        line: Option<usize>,
        entry: Option<&str>,
        message: impl Into<String>,
    ) {
        self.problems.push(Problem {
            file: self.qa_name.to_string(),
            line,
            entry: entry.map(str::to_string),
            message: message.into(),
        });
    }

    fn run(&mut self, article: &str, article_name: &str) -> Knowledge {
        let title = article
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default()
            .to_string();
        let mut knowledge = Knowledge {
            title,
            entries: Vec::new(),
            synonyms: Vec::new(),
            origin: self.qa_name.to_string(),
            ids: FxHashMap::default(),
        };
        if article.trim().is_empty() {
            self.problems.push(Problem {
                file: article_name.to_string(),
                line: None,
                entry: None,
                message: "the article is empty".into(),
            });
        }
        let root = match DeTable::parse(self.qa) {
            Ok(root) => root.into_inner(),
            Err(e) => {
                let msg = format!("TOML syntax error: {}", e.message());
                self.problem(e.span().map(|s| s.start), None, msg);
                return knowledge;
            }
        };
        let mut articles = Vec::new();
        let mut smalltalk = Vec::new();
        for (key, value) in root {
            let offset = key.span().start;
            match key.get_ref().as_ref() {
                "synonyms" => knowledge.synonyms = self.synonyms(value),
                "entry" => articles = self.entries(value, "entry", Self::article),
                "smalltalk" => smalltalk = self.entries(value, "smalltalk", Self::smalltalk),
                other => self.problem(
                    Some(offset),
                    None,
                    format!("unknown key `{other}` (expected `entry`, `smalltalk` or `synonyms`)"),
                ),
            }
        }
        if articles.is_empty() && self.problems.is_empty() {
            self.problem(None, None, "no [[entry]] tables: nothing to answer");
        }
        articles.extend(smalltalk);
        for (i, e) in articles.iter().enumerate() {
            knowledge.ids.entry(e.id.clone()).or_insert(i);
        }
        knowledge.entries = articles;
        knowledge
    }

    fn synonyms(&mut self, value: Spanned<DeValue<'_>>) -> Vec<(String, Vec<String>)> {
        let offset = value.span().start;
        match Vec::<(String, Vec<String>)>::deserialize_map(value) {
            Ok(list) => list,
            Err(e) => {
                let msg = format!("[synonyms]: {}", e.message());
                self.problem(e.span().map(|s| s.start).or(Some(offset)), None, msg);
                Vec::new()
            }
        }
    }

    fn entries(
        &mut self,
        value: Spanned<DeValue<'_>>,
        table: &str,
        convert: fn(&mut Self, Spanned<DeValue<'_>>) -> Option<Entry>,
    ) -> Vec<Entry> {
        let offset = value.span().start;
        match value.into_inner() {
            DeValue::Array(items) => items
                .into_iter()
                .filter_map(|item| convert(self, item))
                .collect(),
            _ => {
                self.problem(
                    Some(offset),
                    None,
                    format!("`{table}` must be an array of tables ([[{table}]])"),
                );
                Vec::new()
            }
        }
    }

    fn article(&mut self, item: Spanned<DeValue<'_>>) -> Option<Entry> {
        let (offset, id) = head(&item);
        match RawEntry::deserialize(ValueDeserializer::from(item)) {
            Ok(raw) => Some(Entry {
                id: raw.id,
                questions: raw.questions,
                answer: raw.answer,
                source: Some(raw.source),
                related: raw.related,
                line: self.line_of(offset),
            }),
            Err(e) => {
                self.problem(
                    Some(e.span().map_or(offset, |s| s.start)),
                    id.as_deref(),
                    e.message().to_string(),
                );
                None
            }
        }
    }

    fn smalltalk(&mut self, item: Spanned<DeValue<'_>>) -> Option<Entry> {
        let (offset, id) = head(&item);
        match RawSmallTalk::deserialize(ValueDeserializer::from(item)) {
            Ok(raw) => Some(Entry {
                id: raw.id,
                questions: raw.questions,
                answer: raw.answer,
                source: None,
                related: Vec::new(),
                line: self.line_of(offset),
            }),
            Err(e) => {
                self.problem(
                    Some(e.span().map_or(offset, |s| s.start)),
                    id.as_deref(),
                    format!("[[smalltalk]]: {}", e.message()),
                );
                None
            }
        }
    }

    /// Checks that need every entry: ids, paraphrases, sources, related ids, synonyms.
    fn check_entries(&mut self, k: &Knowledge, article: &str) {
        // Sources are checked on a second core while the rest is checked here.
        std::thread::scope(|scope| {
            let sources = scope.spawn(|| source_problems(k, article));
            self.check_ids_and_questions(k);
            match sources.join() {
                Ok(found) => {
                    for (line, id, message) in found {
                        self.problem_at_line(Some(line), Some(id), message);
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        // Entry order, whichever check found the problem (stable: same-line order is kept).
        self.problems.sort_by_key(|p| p.line);
    }

    fn check_ids_and_questions(&mut self, k: &Knowledge) {
        let normalizer = Normalizer::new(&k.synonyms);
        let mut cache = StemCache::default();
        let ids: FxHashMap<&str, &Entry> = k.entries.iter().map(|e| (e.id.as_str(), e)).collect();
        let mut seen_ids: HashMap<&str, usize> = HashMap::new();
        // (Keyed by a hash of the normalized text, confirmed on a hit: 300,000 keys stay small.)
        let mut paraphrases: FxHashMap<u64, (&str, &str)> = FxHashMap::default();

        let mut variants: HashMap<&str, &str> = HashMap::new();
        for (canonical, list) in &k.synonyms {
            if canonical.trim().is_empty() || list.iter().any(|v| v.trim().is_empty()) {
                self.problem(
                    None,
                    None,
                    format!("[synonyms]: `{canonical}` has an empty word"),
                );
            }
            for v in list {
                if let Some(other) = variants.insert(v.as_str(), canonical.as_str())
                    && other != canonical
                {
                    self.problem(
                        None,
                        None,
                        format!(
                            "[synonyms]: `{v}` is a variant of both `{other}` and `{canonical}`"
                        ),
                    );
                }
            }
        }

        for e in &k.entries {
            let at = Some(e.line);
            let id = Some(e.id.as_str());
            if e.id.is_empty() {
                self.problem_at_line(at, None, "empty id");
            } else if e.id.len() > MAX_ID_BYTES
                || !e
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                self.problem_at_line(
                    at,
                    id,
                    format!("id must be [a-z0-9-] and at most {MAX_ID_BYTES} bytes"),
                );
            }
            if let Some(first) = seen_ids.insert(&e.id, e.line) {
                self.problem_at_line(
                    at,
                    id,
                    format!("duplicate id (first defined at line {first})"),
                );
            }
            if e.questions.len() < MIN_QUESTIONS {
                self.problem_at_line(
                    at,
                    id,
                    format!(
                        "needs at least {MIN_QUESTIONS} questions, has {}",
                        e.questions.len()
                    ),
                );
            }
            for q in &e.questions {
                if q.trim().is_empty() {
                    self.problem_at_line(at, id, "empty question");
                    continue;
                }
                let key = normalizer.key_cached(q, &mut cache);
                if key.is_empty() {
                    self.problem_at_line(at, id, format!("question {q:?} has no words to match"));
                    continue;
                }
                let hash = FxBuildHasher.hash_one(&key);
                let same = paraphrases
                    .get(&hash)
                    .filter(|(_, other)| normalizer.key_cached(other, &mut cache) == key)
                    .map(|&(owner, _)| owner);
                match same {
                    Some(owner) if owner == e.id => {
                        self.problem_at_line(at, id, format!("question {q:?} is repeated"));
                    }
                    Some(owner) => self.problem_at_line(
                        at,
                        id,
                        format!("question {q:?} is also a question of entry `{owner}`"),
                    ),
                    None => {
                        paraphrases.entry(hash).or_insert((&e.id, q));
                    }
                }
            }
            if e.answer.trim().is_empty() {
                self.problem_at_line(at, id, "empty answer");
            }
            for r in &e.related {
                if r == &e.id {
                    self.problem_at_line(at, id, "`related` names the entry itself");
                } else if !ids.contains_key(r.as_str()) {
                    self.problem_at_line(at, id, format!("`related` names unknown id `{r}`"));
                } else if ids.get(r.as_str()).is_some_and(|e| e.is_smalltalk()) {
                    self.problem_at_line(at, id, format!("`related` names small-talk entry `{r}`"));
                }
            }
        }
    }
}

/// Sources that are empty or not found verbatim in the article: (line, entry id, message).
fn source_problems<'k>(k: &'k Knowledge, article: &str) -> Vec<(usize, &'k str, String)> {
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
            Some((e.line, e.id.as_str(), message))
        })
        .collect()
}

/// Where an array item starts, and its id if it has a string one.
fn head(item: &Spanned<DeValue<'_>>) -> (usize, Option<String>) {
    let id = item
        .get_ref()
        .as_table()
        .and_then(|t| t.get("id"))
        .and_then(|v| v.get_ref().as_str())
        .map(str::to_string);
    (item.span().start, id)
}

trait DeserializeMap: Sized {
    fn deserialize_map(value: Spanned<DeValue<'_>>) -> Result<Self, toml::de::Error>;
}

impl DeserializeMap for Vec<(String, Vec<String>)> {
    /// Deserializes a table keeping its key order (serde maps would not).
    fn deserialize_map(value: Spanned<DeValue<'_>>) -> Result<Self, toml::de::Error> {
        let DeValue::Table(table) = value.into_inner() else {
            return Err(serde::de::Error::custom("must be a table of word lists"));
        };
        table
            .into_iter()
            .map(|(k, v)| {
                let list = Vec::<String>::deserialize(ValueDeserializer::from(v))?;
                Ok((k.into_inner().into_owned(), list))
            })
            .collect()
    }
}

/// Folds what the verbatim comparison ignores: runs of whitespace and typographic quotes.
pub fn fold_for_source(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Finds sources in the article without scanning the whole article per source: the folded
/// article is indexed once by a hash of the first [`SourceIndex::PREFIX`] bytes after every word
/// start, kept as one sorted vector (compact even for a multi-megabyte article).
struct SourceIndex {
    text: String,
    /// (prefix hash, byte offset), sorted.
    starts: Vec<(u64, u32)>,
}

impl SourceIndex {
    const PREFIX: usize = 24;

    fn hash(bytes: &[u8]) -> u64 {
        FxBuildHasher.hash_one(bytes)
    }

    fn new(article: &str) -> Self {
        let text = fold_for_source(article);
        let bytes = text.as_bytes();
        let mut starts: Vec<(u64, u32)> = (0..bytes.len().saturating_sub(Self::PREFIX - 1))
            .filter(|&i| i == 0 || bytes[i - 1] == b' ')
            .map(|i| (Self::hash(&bytes[i..i + Self::PREFIX]), i as u32))
            .collect();
        starts.sort_unstable();
        Self { text, starts }
    }

    fn contains(&self, source: &str) -> bool {
        let source = fold_for_source(source);
        let needle = source.as_bytes();
        if needle.len() >= Self::PREFIX {
            let key = Self::hash(&needle[..Self::PREFIX]);
            let first = self.starts.partition_point(|&(h, _)| h < key);
            let hit = self.starts[first..]
                .iter()
                .take_while(|&&(h, _)| h == key)
                .any(|&(_, p)| self.text.as_bytes()[p as usize..].starts_with(needle));
            if hit {
                return true;
            }
        }
        // Short sources, or ones that do not start at a word: the plain search is rare here.
        self.text.contains(source.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str =
        "Title line\n\nThe ban covers federal agencies.  It was announced “Wednesday”.\n";

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
        let idx = SourceIndex::new(article);
        assert!(idx.contains("three four five six seven eight nine"));
        assert!(idx.contains("six"));
        assert!(!idx.contains("three four five six seven eight nine eleven"));
    }
}
