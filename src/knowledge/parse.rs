//! Reading `qa.toml` with positions: TOML syntax, unknown or missing fields, empty strings, each
//! problem with its line; then the rules of [`super::rules`] over all the entries.

use rustc_hash::FxHashMap;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::{Entry, Knowledge, Problem, rules};

/// An `[[entry]]` as written.
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

/// A `[[smalltalk]]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSmallTalk {
    id: String,
    questions: Vec<String>,
    answer: String,
}

/// Reads `qa.toml` with positions into a [`Knowledge`], collecting every problem with its line.
pub(super) struct Validator<'a> {
    pub(super) qa: &'a str,
    /// Byte offset of every line start of `qa`, to turn offsets into lines in O(log n).
    pub(super) lines: Vec<usize>,
    pub(super) qa_name: &'a str,
    pub(super) problems: Vec<Problem>,
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

    /// Parses the files into a [`Knowledge`] (what could be read of it), noting problems.
    pub(super) fn run(&mut self, article: &str, article_name: &str) -> Knowledge {
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
            antecedents: FxHashMap::default(),
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
        knowledge.antecedents = antecedents(article, &articles);
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

    /// Runs every rule of [`rules`] that needs all the entries; the article's sources are
    /// checked on a second core meanwhile. Problems are kept in entry order (stable: same-line
    /// order is kept).
    pub(super) fn check_entries(&mut self, k: &Knowledge, article: &str) {
        let found = std::thread::scope(|scope| {
            let sources = scope.spawn(|| rules::sources(k, article));
            let mut found = rules::synonyms(k);
            found.extend(rules::ids(k));
            found.extend(rules::questions(k));
            found.extend(rules::answers(k));
            found.extend(rules::related(k));
            match sources.join() {
                Ok(sources) => found.extend(sources),
                Err(panic) => std::panic::resume_unwind(panic),
            }
            found
        });
        for f in found {
            self.problem_at_line(f.line, f.entry, f.message);
        }
        self.problems.sort_by_key(|p| p.line);
    }
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

/// Words a sentence may open with to point back at the one before it.
const POINTING_BACK: &[&str] = &["This", "These", "That", "Those", "It", "Such"];

/// Entry -> the entry whose source sentence comes just before its own in the article, for each
/// entry whose source opens with a word pointing back ("This is especially concerning ...").
/// Of entries sharing a source, the first.
///
/// Each such source is looked for in the article and every other source tried against what
/// precedes it, so the work grows with their number times the knowledge's size: past
/// [`MAX_POINTING_SOURCES`] of them (a large FAQ rather than an article) none is linked. Knowledge
/// without any costs one look at each source's first word.
fn antecedents(article: &str, entries: &[Entry]) -> FxHashMap<usize, usize> {
    let mut found = FxHashMap::default();
    let pointing: Vec<(usize, &str)> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, e.source.as_deref()?)))
        .filter(|(_, source)| {
            let opening = source.trim_start_matches(|c: char| !c.is_alphanumeric());
            POINTING_BACK.contains(&opening.split_whitespace().next().unwrap_or(""))
        })
        .collect();
    if pointing.len() > MAX_POINTING_SOURCES {
        return found;
    }
    for (i, source) in pointing {
        let Some(start) = article.find(source) else {
            continue;
        };
        // Only quotes, spaces and punctuation between the two sentences.
        let before = article[..start].trim_end_matches(|c: char| !c.is_alphanumeric());
        let previous = entries.iter().enumerate().find(|&(j, e)| {
            j != i
                && e.source.as_deref().is_some_and(|s| {
                    let s = s.trim_end_matches(|c: char| !c.is_alphanumeric());
                    !s.is_empty() && before.ends_with(s)
                })
        });
        if let Some((j, _)) = previous {
            found.insert(i, j);
        }
    }
    found
}

/// How many sources opening with a word pointing back [`antecedents`] links at most.
const MAX_POINTING_SOURCES: usize = 256;
