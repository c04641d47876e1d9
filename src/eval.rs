//! `faqbot eval`: runs a labelled file and measures the decisions (`docs/design.md` §6).
//!
//! Two formats, told apart by their first line:
//! - questions: `question<TAB>label[<TAB>slice[<TAB>about]]`. The label is an entry id, `-` for
//!   a question the article does not answer (small talk and junk are `-` too), or ids joined by
//!   `+` for a multi-part question (`ban-who+ban-reason`; a `-` part is one the article does not
//!   answer). The slice names the way it is written (`typos`, `multipart`, `detail`...), and is
//!   reported apart. `about` names the entry a `detail` question asks about.
//! - dialogs: `dialog<TAB>turn<TAB>question<TAB>label`, the turns of each dialog in order; turn 1
//!   is read alone, later turns against the conversation so far. Follow-ups are reported apart.
//!
//! Empty lines and lines starting with `#` are skipped.

use std::collections::BTreeMap;
use std::fmt;

use crate::conversation::{self, Context};
use crate::matcher::{Matcher, Outcome, Status};

/// The label of an out-of-scope question.
pub const OUT_OF_SCOPE: &str = "-";

/// A labelled question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    /// 1-based line in the file.
    pub line: usize,
    /// The question.
    pub question: String,
    /// Expected entry ids, in the order asked; empty when out of scope.
    pub expected: Vec<String>,
    /// A multi-part question with a part the article does not answer.
    pub uncovered_part: bool,
    /// The slice (style) it belongs to; `-` when the file gives none.
    pub slice: String,
    /// For dialogs: the dialog and the 1-based turn.
    pub turn: Option<(String, usize)>,
}

/// Why a labelled file could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EvalError {
    /// A line is not in the file's format.
    #[error(
        "line {line}: expected `question<TAB>id[<TAB>slice]` or `dialog<TAB>turn<TAB>question<TAB>id`"
    )]
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
    let lines = text
        .lines()
        .enumerate()
        .filter(|(_, raw)| !raw.trim().is_empty() && !raw.starts_with('#'));
    let mut dialogs: Option<bool> = None;
    let mut out = Vec::new();
    for (i, raw) in lines {
        let line = i + 1;
        let fields: Vec<&str> = raw.split('\t').collect();
        let is_dialog = *dialogs
            .get_or_insert_with(|| fields.len() == 4 && fields[1].trim().parse::<usize>().is_ok());
        let (question, label, slice, turn) = if is_dialog {
            let [dialog, turn, question, label] = fields[..] else {
                return Err(EvalError::Format { line });
            };
            let turn: usize = turn
                .trim()
                .parse()
                .map_err(|_| EvalError::Format { line })?;
            let slice = if turn == 1 { "first turn" } else { "follow-up" };
            (question, label, slice, Some((dialog.to_string(), turn)))
        } else {
            match fields[..] {
                [q, l] => (q, l, OUT_OF_SCOPE, None),
                [q, l, s] | [q, l, s, _] => (q, l, s, None),
                _ => return Err(EvalError::Format { line }),
            }
        };
        let mut expected = Vec::new();
        let mut uncovered_part = false;
        for id in label.trim().split('+').map(str::trim) {
            if id == OUT_OF_SCOPE {
                uncovered_part = true;
            } else if matcher.find(id).is_some_and(|e| !e.is_smalltalk()) {
                expected.push(id.to_string());
            } else {
                return Err(EvalError::UnknownId {
                    line,
                    id: id.to_string(),
                });
            }
        }
        out.push(Labelled {
            line,
            question: question.to_string(),
            uncovered_part: uncovered_part && !expected.is_empty(),
            expected,
            slice: slice.trim().to_string(),
            turn,
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
    /// The entries answered (the first and the further parts), or the first suggested.
    pub got: Vec<String>,
    /// Whether the expected entry was among the suggestions.
    pub suggested_expected: bool,
    /// The reply said the article does not give the detail asked for.
    pub not_given: bool,
    /// The best score.
    pub score: f32,
}

impl Case {
    fn in_scope(&self) -> bool {
        !self.question.expected.is_empty()
    }

    /// Answered with the expected entries (every part of a multi-part question, and no other).
    pub fn correct(&self) -> bool {
        if self.status != Status::Answered {
            return false;
        }
        let mut got = self.got.clone();
        let mut expected = self.question.expected.clone();
        got.sort();
        expected.sort();
        got == expected
    }

    /// An article answer out of scope, or one naming an entry that was not expected. A reply
    /// that says the article does not give the detail asked for is not an answer.
    pub fn wrong(&self) -> bool {
        self.status == Status::Answered
            && if self.in_scope() {
                self.got.iter().any(|g| !self.question.expected.contains(g))
            } else {
                !self.not_given
            }
    }

    /// An out-of-scope question that got an article answer.
    fn answered_out_of_scope(&self) -> bool {
        !self.in_scope() && self.wrong()
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

    /// Share of out-of-scope questions answered with an article entry (a reply saying the
    /// article does not give the detail asked for does not count).
    pub fn out_of_scope_answered_rate(&self) -> f64 {
        ratio(self.count(Case::answered_out_of_scope), self.out_of_scope())
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

    /// The report of the cases of one slice.
    pub fn slice(&self, name: &str) -> Report {
        Report {
            cases: self
                .cases
                .iter()
                .filter(|c| c.question.slice == name)
                .cloned()
                .collect(),
        }
    }

    /// The slices, in order of first appearance.
    pub fn slices(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in &self.cases {
            if !out.contains(&c.question.slice.as_str()) {
                out.push(&c.question.slice);
            }
        }
        out
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

/// Runs every labelled question through the matcher; dialog turns in their conversations.
pub fn run(matcher: &Matcher, questions: Vec<Labelled>) -> Report {
    let mut context: Option<(String, Context)> = None;
    let cases = questions
        .into_iter()
        .map(|q| {
            let outcome = match &q.turn {
                None => matcher.decide(&q.question),
                Some((dialog, _)) => {
                    let ctx = context
                        .as_ref()
                        .filter(|(d, _)| d == dialog)
                        .map(|(_, c)| c);
                    let turn = conversation::reply(matcher, &q.question, ctx);
                    let next = ctx.cloned().unwrap_or_default().after(matcher, &turn, 0);
                    context = Some((dialog.clone(), next));
                    turn.outcome
                }
            };
            case(matcher, q, &outcome)
        })
        .collect();
    Report { cases }
}

fn case(matcher: &Matcher, q: Labelled, outcome: &Outcome) -> Case {
    let id_of = |i: usize| matcher.knowledge().entries[i].id.clone();
    let got = match outcome.status {
        Status::Answered | Status::Smalltalk => outcome
            .best
            .iter()
            .chain(&outcome.also)
            .map(|b| id_of(b.entry))
            .collect(),
        Status::Suggest => outcome
            .suggestions
            .first()
            .map(|s| id_of(s.entry))
            .into_iter()
            .collect(),
        Status::NoMatch => Vec::new(),
    };
    let suggested_expected = outcome
        .suggestions
        .iter()
        .any(|s| q.expected.contains(&id_of(s.entry)));
    Case {
        question: q,
        status: outcome.status,
        got,
        suggested_expected,
        not_given: outcome.not_given.is_some(),
        score: outcome.best.map_or(0.0, |b| b.score),
    }
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
            "out of scope answered:           {}  ({}/{})",
            pct(self.out_of_scope_answered_rate()),
            self.count(Case::answered_out_of_scope),
            self.out_of_scope()
        )?;
        writeln!(
            f,
            "abstention on out of scope:      {}",
            pct(self.abstention_rate())
        )?;

        let slices = self.slices();
        if slices.len() > 1 || slices.first().is_some_and(|s| *s != OUT_OF_SCOPE) {
            writeln!(
                f,
                "\nper slice:  slice  questions  correct  offered  wrong  out-of-scope answered"
            )?;
            for name in slices {
                let s = self.slice(name);
                let scope = if s.in_scope() > 0 {
                    format!(
                        "{:>3}/{:<3} {}  {}  {:>3}",
                        s.count(Case::correct),
                        s.in_scope(),
                        pct(s.correct_rate()),
                        pct(s.suggested_rate()),
                        s.count(Case::wrong),
                    )
                } else {
                    format!("{:>31}", "")
                };
                let oos = if s.out_of_scope() > 0 {
                    format!(
                        "{}/{}",
                        s.count(Case::answered_out_of_scope),
                        s.out_of_scope()
                    )
                } else {
                    String::new()
                };
                writeln!(f, "  {name:<12} {:>4}  {scope}  {oos}", s.cases.len())?;
            }
        }

        writeln!(
            f,
            "\nper entry:  id  questions  correct  suggested  missed  wrong"
        )?;
        let mut per: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
        for c in &self.cases {
            let key = c
                .question
                .expected
                .first()
                .map_or(OUT_OF_SCOPE, String::as_str);
            let row = per.entry(key).or_default();
            row[0] += 1;
            if c.correct() || (!c.in_scope() && !c.wrong()) {
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
                    c.wrong()
                }
            })
            .collect();
        writeln!(f, "\nmisses ({}):", misses.len())?;
        for c in misses {
            let turn = c
                .question
                .turn
                .as_ref()
                .map(|(d, t)| format!(" {d}#{t}"))
                .unwrap_or_default();
            let expected = if c.question.expected.is_empty() {
                OUT_OF_SCOPE.to_string()
            } else {
                c.question.expected.join("+")
            };
            let got = if c.got.is_empty() {
                "-".to_string()
            } else {
                c.got.join("+")
            };
            writeln!(
                f,
                "  line {:>3}{turn} [{}]: {:?} expected {expected} got {} {got} ({:.3})",
                c.question.line,
                c.question.slice,
                c.question.question,
                c.status.as_str(),
                c.score
            )?;
        }
        Ok(())
    }
}
