//! `faqbot review`: groups the logged questions (the same text after normalization) and
//! proposes an entry for each: what people chose first, else the top suggestion, else none.
//!
//! Logs are read line by line; memory grows with the distinct questions only, up to
//! [`MAX_GROUPS`]. Malformed or truncated lines are skipped and counted, never fatal; questions
//! longer than the matcher reads are not proposed.

use std::collections::HashMap;
use std::io::{self, BufRead};

use serde::Serialize;

use super::log::{Event, LogLine};
use crate::normalize::{self, MAX_QUERY_CHARS};

/// Distinct questions kept at most; lines of further ones are counted in
/// [`Review::beyond_limit`].
pub const MAX_GROUPS: usize = 200_000;
/// Longest log line read, in bytes: a longer one cannot hold a question the bot would read.
const MAX_LINE_BYTES: usize = 64 * 1024;

/// Why a group got its proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// People picked this entry after the unsure answer.
    Chosen,
    /// The bot's top suggestion (nobody chose, and nobody said "None of these" more often).
    Suggested,
    /// Nothing to propose.
    None,
}

/// One group of logged questions with its proposal (a line of `review --json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The question, as first logged.
    pub question: String,
    /// How often it was asked (unsure lines; at least 1).
    pub count: usize,
    /// The entry proposed.
    pub proposal: Option<String>,
    /// Why.
    pub basis: Basis,
    /// The best score the bot gave it.
    pub score: f32,
}

/// The result of reading logs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Review {
    /// The groups, most frequent first.
    pub groups: Vec<Group>,
    /// Lines read.
    pub lines: usize,
    /// Lines skipped as malformed, truncated or over-long.
    pub malformed: usize,
    /// Lines of questions longer than the matcher reads (not proposed).
    pub too_long: usize,
    /// Lines of questions beyond [`MAX_GROUPS`] distinct ones (not reviewed).
    pub beyond_limit: usize,
}

#[derive(Debug, Default)]
struct Tally {
    question: String,
    asked: usize,
    chosen: HashMap<String, (usize, u64)>,
    suggested: HashMap<String, usize>,
    none: usize,
    score: f32,
}

/// Reviews the lines of every reader, in order.
pub fn review<R: BufRead>(readers: impl IntoIterator<Item = R>) -> io::Result<Review> {
    let mut r = Review::default();
    let mut tallies: HashMap<String, Tally> = HashMap::new();
    let mut buf = Vec::new();
    for mut reader in readers {
        loop {
            buf.clear();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            r.lines += 1;
            if buf.len() > MAX_LINE_BYTES {
                r.malformed += 1;
                continue;
            }
            let Ok(line) = serde_json::from_slice::<LogLine>(&buf) else {
                // Blank lines are not malformed, just nothing.
                if buf.iter().all(u8::is_ascii_whitespace) {
                    r.lines -= 1;
                } else {
                    r.malformed += 1;
                }
                continue;
            };
            if line.text.chars().nth(MAX_QUERY_CHARS).is_some() {
                r.too_long += 1;
                continue;
            }
            let key = normalize::words(&line.text).join(" ");
            if key.is_empty() {
                continue;
            }
            let full = tallies.len() >= MAX_GROUPS;
            let tally = match tallies.get_mut(&key) {
                Some(t) => t,
                None if full => {
                    r.beyond_limit += 1;
                    continue;
                }
                None => tallies.entry(key).or_insert_with(|| Tally {
                    question: line.text.trim().to_string(),
                    ..Tally::default()
                }),
            };
            tally.score = tally.score.max(line.score);
            match line.event {
                Event::Unsure => {
                    tally.asked += 1;
                    if line.status.as_deref() == Some("suggest")
                        && let Some(id) = line.best_id
                    {
                        *tally.suggested.entry(id).or_default() += 1;
                    }
                }
                Event::Chosen => {
                    if let Some(id) = line.chosen_id {
                        let slot = tally.chosen.entry(id).or_insert((0, line.time));
                        slot.0 += 1;
                        slot.1 = slot.1.min(line.time);
                    }
                }
                Event::None => tally.none += 1,
            }
        }
    }
    r.groups = tallies.into_values().map(propose).collect();
    r.groups.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.question.cmp(&b.question))
    });
    Ok(r)
}

/// The proposal of one group: the entry people chose most often (the earliest chosen on a
/// tie), else the suggestion the bot led with most often unless "None of these" was said as
/// often, else none.
fn propose(t: Tally) -> Group {
    let most = |counts: &HashMap<String, usize>| {
        counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(id, n)| (id.clone(), *n))
    };
    let chosen = t
        .chosen
        .iter()
        .max_by(|a, b| (a.1.0, std::cmp::Reverse(a.1.1)).cmp(&(b.1.0, std::cmp::Reverse(b.1.1))))
        .map(|(id, _)| id.clone());
    let (proposal, basis) = match (chosen, most(&t.suggested)) {
        (Some(id), _) => (Some(id), Basis::Chosen),
        (None, Some((id, n))) if n > t.none => (Some(id), Basis::Suggested),
        _ => (None, Basis::None),
    };
    Group {
        question: t.question,
        count: t.asked.max(1),
        proposal,
        basis,
        score: (t.score * 1000.0).round() / 1000.0,
    }
}

impl Review {
    /// A readable table, most frequent first, then what was skipped.
    pub fn table(&self) -> String {
        use std::fmt::Write;
        let mut s = format!(
            "{:>5}  {:<28} {:<9} question\n",
            "count", "proposal", "basis"
        );
        for g in &self.groups {
            let basis = match g.basis {
                Basis::Chosen => "chosen",
                Basis::Suggested => "suggested",
                Basis::None => "-",
            };
            let question: String = g.question.chars().take(80).collect();
            let _ = writeln!(
                s,
                "{:>5}  {:<28} {:<9} {}",
                g.count,
                g.proposal.as_deref().unwrap_or("-"),
                basis,
                question.replace(['\n', '\r', '\t'], " ")
            );
        }
        s.push_str(&self.summary());
        s.push('\n');
        s
    }

    /// One line: what was read and what was skipped.
    pub fn summary(&self) -> String {
        format!(
            "{} lines, {} questions; skipped: {} malformed, {} too long, {} beyond {} distinct questions",
            self.lines,
            self.groups.len(),
            self.malformed,
            self.too_long,
            self.beyond_limit,
            MAX_GROUPS
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Review {
        review([text.as_bytes()]).unwrap()
    }

    #[test]
    fn groups_by_normalized_text_and_prefers_what_people_chose() {
        let log = concat!(
            r#"{"time":1,"text":"The ban?","status":"suggest","best_id":"ban-scope","score":0.4,"event":"unsure","chosen_id":null}"#,
            "\n",
            r#"{"time":2,"text":"the BAN","status":"suggest","best_id":"ban-scope","score":0.45,"event":"unsure","chosen_id":null}"#,
            "\n",
            r#"{"time":3,"text":"the ban","status":"suggest","best_id":"ban-scope","score":0.4,"event":"chosen","chosen_id":"ban-who"}"#,
            "\n",
            r#"{"time":4,"text":"who is putin","status":"no_match","best_id":null,"score":0.1,"event":"unsure","chosen_id":null}"#,
            "\n",
            r#"{"time":5,"text":"kaspersky stock","status":"suggest","best_id":"company-profile","score":0.35,"event":"unsure","chosen_id":null}"#,
            "\n",
            r#"{"time":6,"text":"kaspersky stock","status":"suggest","best_id":"company-profile","score":0.35,"event":"none","chosen_id":null}"#,
            "\n",
            r#"{"time":7,"text":"why ban","status":"suggest","best_id":"ban-reason","score":0.42}"#,
            "\n",
        );
        let r = run(log);
        assert_eq!(r.malformed, 0);
        let first = &r.groups[0];
        assert_eq!(
            (first.count, first.proposal.as_deref(), first.basis),
            (2, Some("ban-who"), Basis::Chosen)
        );
        assert_eq!(first.question, "The ban?");
        let by = |q: &str| r.groups.iter().find(|g| g.question == q).unwrap();
        assert_eq!(by("who is putin").basis, Basis::None);
        assert_eq!(
            by("kaspersky stock").basis,
            Basis::None,
            "None of these outweighs the suggestion"
        );
        assert_eq!(by("why ban").proposal.as_deref(), Some("ban-reason"));
        assert_eq!(by("why ban").basis, Basis::Suggested);
    }

    #[test]
    fn malformed_truncated_and_over_long_lines_are_skipped_and_counted() {
        let long = "x ".repeat(MAX_QUERY_CHARS);
        let log = format!(
            "not json\n{{\"time\":1,\"text\":\"the ban\",\"sta\n\n{}\n{}\n",
            format_args!(
                r#"{{"time":1,"text":"{long}","status":"no_match","best_id":null,"score":0}}"#
            ),
            r#"{"time":1,"text":"the ban","status":"suggest","best_id":"ban-scope","score":0.4}"#,
        );
        let r = run(&log);
        assert_eq!(r.malformed, 2);
        assert_eq!(r.too_long, 1);
        assert_eq!(r.lines, 4);
        assert_eq!(r.groups.len(), 1);
    }
}
