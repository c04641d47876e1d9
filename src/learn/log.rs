//! The unanswered log: one JSON line per unsure question (`suggest` or `no_match`) and per
//! choice people made after one, with no user ids:
//!
//! ```json
//! {"time":1732900000,"text":"...","status":"suggest","best_id":"ban-scope","score":0.41,"event":"unsure","chosen_id":null}
//! {"time":1732900009,"text":"...","status":"suggest","best_id":"ban-scope","score":0.41,"event":"chosen","chosen_id":"ban-who"}
//! ```
//!
//! Lines are written by a thread of their own, so that no caller waits on a disk; dropping the
//! [`Log`] writes what is queued. A write that fails later (a full disk) is reported, never fatal.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::hash::Hash;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::Mutex;
use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::thread::JoinHandle;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use tracing::warn;

use crate::matcher::{Matcher, Outcome, Status};

/// What a log line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// The bot was unsure (`suggest`) or found nothing (`no_match`).
    #[default]
    Unsure,
    /// After an unsure answer, the person picked an entry (a button, a number, "yes").
    Chosen,
    /// After an unsure answer, the person said "None of these".
    None,
}

/// One line of the log. Lines written before `event` existed read as `unsure`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogLine {
    /// Seconds since the Unix epoch.
    pub time: u64,
    /// The question as asked.
    pub text: String,
    /// The decision on it (`suggest` or `no_match`).
    pub status: Option<String>,
    /// The leading entry, if any.
    pub best_id: Option<String>,
    /// The leading score.
    #[serde(default)]
    pub score: f32,
    /// What happened.
    #[serde(default)]
    pub event: Event,
    /// For `chosen`: the entry picked.
    #[serde(default)]
    pub chosen_id: Option<String>,
}

/// Queue length after which lines are dropped (and a warning logged) rather than waited for.
const QUEUE: usize = 10_000;

/// Appends log lines from a thread of its own.
#[derive(Debug)]
pub struct Log {
    queue: Option<SyncSender<String>>,
    thread: Option<JoinHandle<()>>,
}

impl Log {
    /// Opens `path` for appending (created if missing): fails now, at start, if it cannot.
    pub fn open(path: &Path) -> io::Result<Self> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Self::to_file(file))
    }

    /// Appends to an open file.
    pub fn to_file(file: File) -> Self {
        let (queue, lines) = mpsc::sync_channel::<String>(QUEUE);
        let thread = std::thread::spawn(move || {
            let mut out = BufWriter::new(file);
            // Write what is queued, then flush: lines reach the disk promptly, in batches.
            while let Ok(line) = lines.recv() {
                let result = std::iter::once(line)
                    .chain(lines.try_iter())
                    .try_for_each(|l| out.write_all(l.as_bytes()))
                    .and_then(|()| out.flush());
                if let Err(e) = result {
                    warn!("cannot append to UNANSWERED_LOG: {e}");
                }
            }
        });
        Log {
            queue: Some(queue),
            thread: Some(thread),
        }
    }

    /// Records the decision on `question` if it was unsure (`suggest` or `no_match`).
    pub fn unsure(&self, matcher: &Matcher, question: &str, outcome: &Outcome) {
        if matches!(outcome.status, Status::Suggest | Status::NoMatch) {
            self.write(&line(matcher, question, outcome, Event::Unsure, None));
        }
    }

    /// Records that after the unsure `question`, the person picked `chosen_id`.
    pub fn chosen(&self, question: &Unsure, chosen_id: &str) {
        self.write(&LogLine {
            event: Event::Chosen,
            chosen_id: Some(chosen_id.to_string()),
            time: now(),
            ..question.line.clone()
        });
    }

    /// Records that after the unsure `question`, the person said "None of these".
    pub fn none(&self, question: &Unsure) {
        self.write(&LogLine {
            event: Event::None,
            time: now(),
            ..question.line.clone()
        });
    }

    fn write(&self, line: &LogLine) {
        let Some(queue) = &self.queue else { return };
        // Serializing plain strings and numbers cannot fail.
        let text = format!("{}\n", serde_json::to_string(line).unwrap_or_default());
        match queue.try_send(text) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => warn!("UNANSWERED_LOG is behind; a line was dropped"),
            Err(TrySendError::Disconnected(_)) => warn!("UNANSWERED_LOG writer stopped"),
        }
    }
}

impl Drop for Log {
    fn drop(&mut self) {
        drop(self.queue.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn line(
    matcher: &Matcher,
    question: &str,
    outcome: &Outcome,
    event: Event,
    chosen_id: Option<String>,
) -> LogLine {
    LogLine {
        time: now(),
        text: question.to_string(),
        status: Some(outcome.status.as_str().to_string()),
        best_id: outcome.best.map(|b| matcher.entry(&b).id.clone()),
        score: outcome.best.map_or(0.0, |b| b.score),
        event,
        chosen_id,
    }
}

/// An unsure question waiting for the person's choice.
#[derive(Debug, Clone, PartialEq)]
pub struct Unsure {
    line: LogLine,
}

/// The last unsure question of each conversation, until the person chooses (or moves on), so
/// that the choice can be logged with the question. Kept in this process only, for
/// [`Pending::TTL_SECONDS`].
#[derive(Debug)]
pub struct Pending<K> {
    questions: Mutex<HashMap<K, Unsure>>,
}

impl<K> Default for Pending<K> {
    fn default() -> Self {
        Pending {
            questions: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Hash + Eq> Pending<K> {
    /// How long a question waits for a choice.
    pub const TTL_SECONDS: u64 = 600;
    /// Conversations remembered before the stale ones are swept out.
    const SWEEP_AT: usize = 10_000;

    /// After a reply to `question` in conversation `key`: a `suggest` waits for a choice;
    /// anything else ends the wait.
    pub fn after(&self, key: K, matcher: &Matcher, question: &str, outcome: &Outcome) {
        let mut questions = self.questions.lock().unwrap_or_else(|e| e.into_inner());
        if outcome.status != Status::Suggest {
            questions.remove(&key);
            return;
        }
        if questions.len() >= Self::SWEEP_AT {
            let now = now();
            questions.retain(|_, q| now.saturating_sub(q.line.time) < Self::TTL_SECONDS);
        }
        let line = line(matcher, question, outcome, Event::Unsure, None);
        questions.insert(key, Unsure { line });
    }

    /// The unsure question `key`'s conversation is waiting on, if any (it stops waiting).
    pub fn take(&self, key: &K) -> Option<Unsure> {
        let mut questions = self.questions.lock().unwrap_or_else(|e| e.into_inner());
        questions
            .remove(key)
            .filter(|q| now().saturating_sub(q.line.time) < Self::TTL_SECONDS)
    }
}

/// Seconds since the Unix epoch.
fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    #[test]
    fn a_line_round_trips_and_old_lines_read_as_unsure() {
        let line = LogLine {
            time: 1,
            text: "the ban".into(),
            status: Some("suggest".into()),
            best_id: Some("ban-scope".into()),
            score: 0.4,
            event: Event::Chosen,
            chosen_id: Some("ban-who".into()),
        };
        let json = serde_json::to_string(&line).unwrap();
        assert_eq!(serde_json::from_str::<LogLine>(&json).unwrap(), line);
        let old = r#"{"time":1,"text":"x","status":"no_match","best_id":null,"score":0.1}"#;
        assert_eq!(
            serde_json::from_str::<LogLine>(old).unwrap().event,
            Event::Unsure
        );
    }

    #[test]
    fn choices_are_logged_with_their_question_and_flushed_on_drop() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let path = std::env::temp_dir().join(format!("faqbot-log-{}.jsonl", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let pending = Pending::default();
        {
            let log = Log::open(&path).unwrap();
            let outcome = m.decide("the ban");
            assert_eq!(outcome.status, Status::Suggest);
            log.unsure(&m, "the ban", &outcome);
            pending.after(1, &m, "the ban", &outcome);
            let waiting = pending.take(&1).unwrap();
            log.chosen(&waiting, "ban-who");
            assert!(pending.take(&1).is_none(), "a choice ends the wait");
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<LogLine> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].event, Event::Unsure);
        assert_eq!(lines[1].event, Event::Chosen);
        assert_eq!(lines[1].text, "the ban");
        assert_eq!(lines[1].chosen_id.as_deref(), Some("ban-who"));
        let _ = std::fs::remove_file(&path);
    }
}
