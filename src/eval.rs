//! `faqbot eval`: runs a labelled question file and measures the decisions (DESIGN §6).
//!
//! The file is UTF-8 text, one `question<TAB>expected id` per line, `-` as the id of questions
//! the article does not answer (they must not get an article answer; small talk and junk are `-`
//! too). Empty lines and lines starting with `#` are skipped.

use std::collections::BTreeMap;
use std::fmt;

use crate::matcher::{Matcher, Status};

/// The label of an out-of-scope question.
pub const OUT_OF_SCOPE: &str = "-";

/// A labelled question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    /// 1-based line in the file.
    pub line: usize,
    /// The question.
    pub question: String,
    /// Expected entry id, or `None` when out of scope.
    pub expected: Option<String>,
}

/// Why a labelled file could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EvalError {
    /// A line is not `question<TAB>label`.
    #[error("line {line}: expected `question<TAB>id`")]
    Format {
        /// 1-based line.
        line: usize,
    },
    /// A label names no entry of the knowledge.
    #[error("line {line}: unknown id `{id}`")]
    UnknownId {
        /// 1-based line.
        line: usize,
        /// The label.
        id: String,
    },
}

/// Parses a labelled file, checking the labels against the matcher's knowledge.
pub fn parse(text: &str, matcher: &Matcher) -> Result<Vec<Labelled>, EvalError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let (question, label) = raw.rsplit_once('\t').ok_or(EvalError::Format { line })?;
        let label = label.trim();
        let expected = if label == OUT_OF_SCOPE {
            None
        } else if matcher.find(label).is_some_and(|e| !e.is_smalltalk()) {
            Some(label.to_string())
        } else {
            return Err(EvalError::UnknownId {
                line,
                id: label.to_string(),
            });
        };
        out.push(Labelled {
            line,
            question: question.to_string(),
            expected,
        });
    }
    Ok(out)
}

/// What happened to one labelled question.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    /// The question.
    pub question: Labelled,
    /// The decision.
    pub status: Status,
    /// The entry answered, or the first suggested.
    pub got: Option<String>,
    /// Whether the expected entry was among the suggestions.
    pub suggested_expected: bool,
    /// The best score.
    pub score: f32,
}

impl Case {
    fn in_scope(&self) -> bool {
        self.question.expected.is_some()
    }

    /// Answered with the expected entry.
    pub fn correct(&self) -> bool {
        self.status == Status::Answered && self.got == self.question.expected
    }

    /// Answered with an article entry that is not the expected one (or answered out of scope).
    pub fn wrong(&self) -> bool {
        self.status == Status::Answered && self.got != self.question.expected
    }
}

/// The measured figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every case, in file order.
    pub cases: Vec<Case>,
}

impl Report {
    fn count(&self, f: impl Fn(&Case) -> bool) -> usize {
        self.cases.iter().filter(|c| f(c)).count()
    }

    /// In-scope questions.
    pub fn in_scope(&self) -> usize {
        self.count(Case::in_scope)
    }

    /// Out-of-scope questions.
    pub fn out_of_scope(&self) -> usize {
        self.cases.len() - self.in_scope()
    }

    /// Share of in-scope questions answered with the right entry.
    pub fn correct_rate(&self) -> f64 {
        ratio(self.count(Case::correct), self.in_scope())
    }

    /// Share of all questions that got a wrong article answer (wrong entry, or answered although
    /// out of scope).
    pub fn wrong_rate(&self) -> f64 {
        ratio(self.count(Case::wrong), self.cases.len())
    }

    /// Share of out-of-scope questions answered with an article entry.
    pub fn out_of_scope_answered_rate(&self) -> f64 {
        ratio(
            self.count(|c| !c.in_scope() && c.status == Status::Answered),
            self.out_of_scope(),
        )
    }

    /// Share of out-of-scope questions not answered with an article entry.
    pub fn abstention_rate(&self) -> f64 {
        1.0 - self.out_of_scope_answered_rate()
    }

    /// Share of in-scope questions that got a `suggest` listing the right entry.
    pub fn suggested_rate(&self) -> f64 {
        ratio(
            self.count(|c| c.in_scope() && c.status == Status::Suggest && c.suggested_expected),
            self.in_scope(),
        )
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

/// Runs every labelled question through the matcher.
pub fn run(matcher: &Matcher, questions: Vec<Labelled>) -> Report {
    let cases = questions
        .into_iter()
        .map(|q| {
            let outcome = matcher.decide(&q.question);
            let id_of = |i: usize| matcher.knowledge().entries[i].id.clone();
            let got = match outcome.status {
                Status::Answered | Status::Smalltalk => outcome.best.map(|b| id_of(b.entry)),
                Status::Suggest => outcome.suggestions.first().map(|s| id_of(s.entry)),
                Status::NoMatch => None,
            };
            let suggested_expected = outcome
                .suggestions
                .iter()
                .any(|s| Some(id_of(s.entry)) == q.expected);
            Case {
                question: q,
                status: outcome.status,
                got,
                suggested_expected,
                score: outcome.best.map_or(0.0, |b| b.score),
            }
        })
        .collect();
    Report { cases }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |r: f64| format!("{:5.1}%", r * 100.0);
        writeln!(
            f,
            "questions: {} ({} in scope, {} out of scope)",
            self.cases.len(),
            self.in_scope(),
            self.out_of_scope()
        )?;
        writeln!(
            f,
            "answered correctly (in scope):   {}  ({}/{})",
            pct(self.correct_rate()),
            self.count(Case::correct),
            self.in_scope()
        )?;
        writeln!(
            f,
            "suggested, right one offered:    {}",
            pct(self.suggested_rate())
        )?;
        writeln!(
            f,
            "wrong answers (of all):          {}  ({}/{})",
            pct(self.wrong_rate()),
            self.count(Case::wrong),
            self.cases.len()
        )?;
        writeln!(
            f,
            "out of scope answered:           {}",
            pct(self.out_of_scope_answered_rate())
        )?;
        writeln!(
            f,
            "abstention on out of scope:      {}",
            pct(self.abstention_rate())
        )?;

        writeln!(
            f,
            "\nper entry:  id  questions  correct  suggested  missed  wrong"
        )?;
        let mut per: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
        for c in &self.cases {
            let key = c.question.expected.as_deref().unwrap_or(OUT_OF_SCOPE);
            let row = per.entry(key).or_default();
            row[0] += 1;
            if c.correct() || (!c.in_scope() && c.status != Status::Answered) {
                row[1] += 1;
            } else if c.status == Status::Suggest && c.suggested_expected {
                row[2] += 1;
            } else if c.wrong() {
                row[4] += 1;
            } else {
                row[3] += 1;
            }
        }
        for (id, [n, ok, sug, miss, wrong]) in per {
            writeln!(
                f,
                "  {id:<28} {n:>3} {ok:>8} {sug:>10} {miss:>7} {wrong:>6}"
            )?;
        }

        let misses: Vec<&Case> = self
            .cases
            .iter()
            .filter(|c| {
                if c.in_scope() {
                    !c.correct()
                } else {
                    c.status == Status::Answered
                }
            })
            .collect();
        writeln!(f, "\nmisses ({}):", misses.len())?;
        for c in misses {
            writeln!(
                f,
                "  line {:>3}: {:?} expected {} got {} {} ({:.3})",
                c.question.line,
                c.question.question,
                c.question.expected.as_deref().unwrap_or(OUT_OF_SCOPE),
                c.status.as_str(),
                c.got.as_deref().unwrap_or("-"),
                c.score
            )?;
        }
        Ok(())
    }
}
