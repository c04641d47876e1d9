//! What the handlers share: the engine (swapped whole on reload), the conversation contexts,
//! flood control, and the unanswered log (`learn::Log`, written by a thread of its own so that
//! no handler waits on a disk), with the unsure question each conversation may still choose for.

use std::fs::File;
use std::sync::{Arc, RwLock};

use crate::conversation::Turn;
use crate::learn::{Log, Pending};
use crate::matcher::Matcher;

use super::context::{ContextStore, ConversationKey};
use super::flood::{DEFAULT_FLOOD_LIMIT, DEFAULT_FLOOD_WINDOW, FloodControl, Outbox};
use super::metrics::{Health, KNOWLEDGE_ENTRIES};
use super::settings::DEFAULT_CONTEXT_TTL;

/// The handlers' shared state.
#[derive(Debug)]
pub struct App {
    matcher: RwLock<Arc<Matcher>>,
    unanswered: Option<Log>,
    pending: Pending<ConversationKey>,
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
            unanswered: unanswered.map(Log::to_file),
            pending: Pending::default(),
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

    /// Logs what the maintainer can learn from the reply to `question` (no user ids): an unsure
    /// decision, or the choice made after an earlier unsure one.
    pub(super) fn learn(
        &self,
        key: ConversationKey,
        matcher: &Matcher,
        question: &str,
        turn: &Turn,
    ) {
        let Some(log) = &self.unanswered else { return };
        let outcome = &turn.outcome;
        if turn.picked {
            if let (Some(waiting), Some(best)) = (self.pending.take(&key), outcome.best) {
                log.chosen(&waiting, &matcher.entry(&best).id);
            }
            return;
        }
        log.unsure(matcher, question, outcome);
        self.pending.after(key, matcher, question, outcome);
    }

    /// Logs a tapped suggestion (`Some(entry id)`) or "None of these" (`None`) after the unsure
    /// question the conversation is waiting on, if any.
    pub(super) fn learn_choice(&self, key: ConversationKey, chosen: Option<&str>) {
        let Some(log) = &self.unanswered else { return };
        let Some(waiting) = self.pending.take(&key) else {
            return;
        };
        match chosen {
            Some(id) => log.chosen(&waiting, id),
            None => log.none(&waiting),
        }
    }
}
