//! `faqbot review --apply`: adds proposed questions to their entries' `questions` in the
//! knowledge directory's `qa.toml`, keeping its layout and comments (`toml_edit`). A question
//! that validation would refuse (already a paraphrase of some entry, after normalization) is
//! skipped with its reason; the file is written only if the whole result validates, atomically
//! (a temporary file renamed over it), keeping the previous one as `qa.toml.bak`.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Value};

use super::review::Group;
use crate::knowledge::{Files, Knowledge, KnowledgeError};
use crate::normalize::Normalizer;

/// Why nothing was applied.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// The knowledge directory cannot be read or is invalid as it is.
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
    /// `qa.toml` is not TOML `toml_edit` can keep the layout of.
    #[error("{path}: {message}")]
    Toml {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// With the additions, the knowledge would not validate: nothing was written.
    #[error(
        "with the proposed questions the knowledge would not validate, so nothing was written:\n{0}"
    )]
    Invalid(KnowledgeError),
    /// Writing the file failed; the previous file is left as it was.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

/// What `apply` did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Applied {
    /// `(question, entry id)` added.
    pub added: Vec<(String, String)>,
    /// `(question, why)` not added.
    pub skipped: Vec<(String, String)>,
}

/// Adds the proposed questions of `groups` asked at least `min_count` times to `dir/qa.toml`,
/// each one `confirm` accepts.
pub fn apply(
    dir: &Path,
    groups: &[Group],
    min_count: usize,
    mut confirm: impl FnMut(&Group) -> bool,
) -> Result<Applied, ApplyError> {
    let files = Files::read(dir)?;
    let knowledge = files.parse()?;
    let qa_path = dir.join("qa.toml");
    let mut doc: DocumentMut =
        files
            .qa
            .parse()
            .map_err(|e: toml_edit::TomlError| ApplyError::Toml {
                path: qa_path.clone(),
                message: e.to_string(),
            })?;
    let normalizer = Normalizer::new(&knowledge.synonyms);
    // Every paraphrase, normalized, with its entry: what validation compares.
    let mut known: HashMap<String, String> = knowledge
        .entries
        .iter()
        .flat_map(|e| e.questions.iter().map(move |q| (q, &e.id)))
        .map(|(q, id)| (normalizer.key(q), id.clone()))
        .collect();
    let mut applied = Applied::default();
    for group in groups.iter().filter(|g| g.count >= min_count) {
        let question = group.question.trim();
        let Some(id) = group.proposal.as_deref() else {
            continue;
        };
        let skip = |why: String| (question.to_string(), why);
        let key = normalizer.key(question);
        if key.is_empty() {
            applied.skipped.push(skip("no words to match".into()));
            continue;
        }
        if let Some(owner) = known.get(&key) {
            let why = if owner == id {
                format!("already a question of `{id}`")
            } else {
                format!("already a question of `{owner}`, not `{id}`")
            };
            applied.skipped.push(skip(why));
            continue;
        }
        if knowledge.get(id).is_none_or(|e| e.is_smalltalk()) {
            applied
                .skipped
                .push(skip(format!("no entry `{id}` in this knowledge")));
            continue;
        }
        if !confirm(group) {
            applied.skipped.push(skip("declined".into()));
            continue;
        }
        let Some(questions) = questions_of(&mut doc, id) else {
            applied.skipped.push(skip(format!(
                "entry `{id}` has no `questions` array to add to"
            )));
            continue;
        };
        push_like_the_others(questions, question);
        known.insert(key, id.to_string());
        applied.added.push((question.to_string(), id.to_string()));
    }
    if applied.added.is_empty() {
        return Ok(applied);
    }
    let text = doc.to_string();
    Knowledge::parse(&files.article, &text, &files.article_name, &files.qa_name)
        .map_err(ApplyError::Invalid)?;
    write_atomically(&qa_path, &files.qa, &text)?;
    Ok(applied)
}

/// The `questions` array of the `[[entry]]` with this id.
fn questions_of<'d>(doc: &'d mut DocumentMut, id: &str) -> Option<&'d mut toml_edit::Array> {
    doc.get_mut("entry")?
        .as_array_of_tables_mut()?
        .iter_mut()
        .find(|t| t.get("id").and_then(|v| v.as_str()) == Some(id))?
        .get_mut("questions")?
        .as_array_mut()
}

/// Appends `question` with the same spacing as the array's last item (one per line, indented,
/// as `qa.toml` writes them), keeping a trailing comma if the array has one.
fn push_like_the_others(array: &mut toml_edit::Array, question: &str) {
    let prefix = array
        .iter()
        .last()
        .and_then(|v| v.decor().prefix())
        .and_then(|p| p.as_str())
        .map(str::to_string);
    let mut value = Value::from(question);
    if let Some(prefix) = prefix {
        value.decor_mut().set_prefix(prefix);
    }
    array.push_formatted(value);
}

/// Keeps `old` as `path.bak`, then replaces `path` by `new` through a renamed temporary file, so
/// that a reader (or a crash) never sees half a file.
fn write_atomically(path: &Path, old: &str, new: &str) -> Result<(), ApplyError> {
    let failed = |source| ApplyError::Write {
        path: path.to_path_buf(),
        source,
    };
    let backup = path.with_extension("toml.bak");
    std::fs::write(&backup, old).map_err(failed)?;
    let temporary = path.with_extension("toml.tmp");
    let mut file = std::fs::File::create(&temporary).map_err(failed)?;
    file.write_all(new.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(failed)?;
    std::fs::rename(&temporary, path).map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::review::Basis;

    const ARTICLE: &str = "Title\n\nThe ban was announced Wednesday. The company denied it.\n";
    const QA: &str = r#"# a comment that must stay
[[entry]]
id = "ban-when"
questions = [
  "When was the ban announced?",  # trailing comment
  "when was it announced",
  "what day was the ban",
]
answer = "Wednesday."
source = "The ban was announced Wednesday."

[[entry]]
id = "denial"
questions = ["did they deny it", "was it denied", "any denial"]
answer = "It denied it."
source = "The company denied it."
"#;

    fn dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("faqbot-apply-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("article.txt"), ARTICLE).unwrap();
        std::fs::write(dir.join("qa.toml"), QA).unwrap();
        dir
    }

    fn group(question: &str, id: &str, count: usize) -> Group {
        Group {
            question: question.into(),
            count,
            proposal: Some(id.into()),
            basis: Basis::Chosen,
            score: 0.4,
        }
    }

    #[test]
    fn adds_keeping_comments_and_layout_and_skips_what_validation_refuses() {
        let dir = dir("adds");
        let groups = [
            group("wen did they anounce it", "ban-when", 3),
            group("did they deny it", "ban-when", 2),
            group("rare question", "denial", 1),
            group("denied or not", "denial", 2),
        ];
        let applied = apply(&dir, &groups, 2, |_| true).unwrap();
        assert_eq!(
            applied.added,
            [
                (
                    "wen did they anounce it".to_string(),
                    "ban-when".to_string()
                ),
                ("denied or not".to_string(), "denial".to_string()),
            ]
        );
        assert_eq!(applied.skipped.len(), 1, "{:?}", applied.skipped);
        assert!(
            applied.skipped[0]
                .1
                .contains("already a question of `denial`")
        );
        let text = std::fs::read_to_string(dir.join("qa.toml")).unwrap();
        assert!(text.starts_with("# a comment that must stay\n"));
        assert!(text.contains("  \"When was the ban announced?\",  # trailing comment\n"));
        assert!(
            text.contains("  \"what day was the ban\",\n  \"wen did they anounce it\",\n]"),
            "{text}"
        );
        assert!(text.contains(r#""any denial", "denied or not"]"#), "{text}");
        assert_eq!(
            std::fs::read_to_string(dir.join("qa.toml.bak")).unwrap(),
            QA
        );
        assert!(!dir.join("qa.toml.tmp").exists());
        Files::read(&dir).unwrap().parse().expect("still valid");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn nothing_is_written_when_nothing_is_added() {
        let dir = dir("nothing");
        let applied = apply(&dir, &[group("did they deny it", "denial", 5)], 1, |_| true).unwrap();
        assert!(applied.added.is_empty());
        assert!(!dir.join("qa.toml.bak").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
