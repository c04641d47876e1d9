//! What the handlers share: the engine (swapped whole on reload), the conversation contexts,
//! and the unanswered log, written by a thread of its own so that no handler waits on a disk.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::sync::{Arc, RwLock};
use std::thread::JoinHandle;

use tracing::warn;

use crate::matcher::{Matcher, Outcome, Status};

use super::context::{ContextStore, now};
use super::flood::{DEFAULT_FLOOD_LIMIT, DEFAULT_FLOOD_WINDOW, FloodControl, Outbox};
use super::metrics::{Health, KNOWLEDGE_ENTRIES};
use super::settings::DEFAULT_CONTEXT_TTL;

/// Lines the unanswered log may have queued before further ones are dropped (and logged).
const LOG_QUEUE: usize = 10_000;

/// The handlers' shared state.
#[derive(Debug)]
pub struct App {
    matcher: RwLock<Arc<Matcher>>,
    unanswered: Option<LineWriter>,
    contexts: ContextStore,
    flood: FloodControl,
    outbox: Outbox,
    health: Health,
}

impl App {
    /// An app answering from `matcher`, appending unsure questions to `unanswered` if given,
    /// with conversation contexts in memory.
    pub fn new(matcher: Matcher, unanswered: Option<File>) -> Self {
        App {
            matcher: RwLock::new(Arc::new(matcher)),
            unanswered: unanswered.map(LineWriter::spawn),
            contexts: ContextStore::in_memory(DEFAULT_CONTEXT_TTL),
            flood: FloodControl::new(DEFAULT_FLOOD_LIMIT, DEFAULT_FLOOD_WINDOW),
            outbox: Outbox::default(),
            health: Health::default(),
        }
    }

    /// The same app letting each conversation send at most `limit` messages within `window`.
    pub fn with_flood_limit(self, limit: usize, window: std::time::Duration) -> Self {
        App {
            flood: FloodControl::new(limit, window),
            ..self
        }
    }

    /// Flood control of incoming messages.
    pub fn flood(&self) -> &FloodControl {
        &self.flood
    }

    /// Telegram's sending limits.
    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    /// What `/healthz` reports.
    pub fn health(&self) -> &Health {
        &self.health
    }

    /// The same app with its contexts in `store`.
    pub fn with_contexts(self, store: ContextStore) -> Self {
        App {
            contexts: store,
            ..self
        }
    }

    /// The engine now serving; a reload does not disturb a reply already using it.
    pub fn matcher(&self) -> Arc<Matcher> {
        self.matcher
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Swaps in a new engine, atomically for every later update.
    pub fn replace(&self, matcher: Matcher) {
        metrics::gauge!(KNOWLEDGE_ENTRIES).set(matcher.knowledge().entries.len() as f64);
        *self.matcher.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(matcher);
    }

    /// The conversation contexts.
    pub fn contexts(&self) -> &ContextStore {
        &self.contexts
    }

    /// Records a `suggest` / `no_match` question for the maintainer (no user ids).
    pub(super) fn record(&self, matcher: &Matcher, question: &str, outcome: &Outcome) {
        let Some(log) = &self.unanswered else { return };
        if !matches!(outcome.status, Status::Suggest | Status::NoMatch) {
            return;
        }
        let record = serde_json::json!({
            "time": now(),
            "text": question,
            "status": outcome.status,
            "best_id": outcome.best.map(|b| matcher.entry(&b).id.as_str()),
            "score": outcome.best.map_or(0.0, |b| b.score),
        });
        log.write(format!("{record}\n"));
    }
}

/// Appends lines to a file from a thread of its own; dropping it writes what is queued first.
#[derive(Debug)]
struct LineWriter {
    queue: Option<SyncSender<String>>,
    thread: Option<JoinHandle<()>>,
}

impl LineWriter {
    fn spawn(file: File) -> Self {
        let (queue, lines) = mpsc::sync_channel::<String>(LOG_QUEUE);
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
        LineWriter {
            queue: Some(queue),
            thread: Some(thread),
        }
    }

    /// Queues `line` without waiting.
    fn write(&self, line: String) {
        let Some(queue) = &self.queue else { return };
        match queue.try_send(line) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => warn!("UNANSWERED_LOG is behind; a line was dropped"),
            Err(TrySendError::Disconnected(_)) => warn!("UNANSWERED_LOG writer stopped"),
        }
    }
}

impl Drop for LineWriter {
    fn drop(&mut self) {
        drop(self.queue.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
