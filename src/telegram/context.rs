//! Where conversations' contexts live (`docs/design.md` §7): teloxide's dialogue [`Storage`],
//! in memory by default, or Redis ([`RedisStorage`]) shared by every instance behind one webhook.
//!
//! Teloxide keys a dialogue by chat. A chat's stored value holds one [`Context`] per user, so
//! that in a group each member has their own (a private chat has one user). It holds entry ids,
//! times and user ids, never text.
//!
//! The store never holds up an answer: every call is bounded by [`STORE_TIMEOUT`], and a failed
//! or slow call is logged and counted, and the question is read alone. Redis connections come
//! from a pool that reconnects on the next call, so a Redis that comes back is used again.
//!
//! In Redis, a chat's key expires `CONTEXT_TTL` after its last write (teloxide's
//! [`RedisStorage`] writes keys without one), so that chats that went quiet leave nothing behind.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use teloxide::dispatching::dialogue::{
    ErasedStorage, InMemStorage, RedisStorage, Storage, serializer::Json,
};
use teloxide::types::ChatId;
use tracing::warn;

use crate::conversation::Context;

/// Longest wait for the context store; past it the question is read alone.
pub const STORE_TIMEOUT: Duration = Duration::from_millis(500);
/// Users whose context a group keeps at most (the least recently active go first).
const MAX_USERS_PER_CHAT: usize = 64;

/// The contexts of one chat, one per user, least recently active first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversations {
    users: Vec<(u64, Context)>,
}

impl Conversations {
    /// `user`'s context, if fresh at `now` within `ttl` seconds.
    pub fn get(&self, user: u64, now: u64, ttl: u64) -> Option<&Context> {
        self.users
            .iter()
            .find(|(u, c)| *u == user && c.is_fresh(now, ttl))
            .map(|(_, c)| c)
    }

    /// Stores `user`'s context, dropping stale ones and the least recently active past the cap.
    pub fn set(&mut self, user: u64, context: Context, now: u64, ttl: u64) {
        self.users
            .retain(|(u, c)| *u != user && c.is_fresh(now, ttl));
        self.users.push((user, context));
        let excess = self.users.len().saturating_sub(MAX_USERS_PER_CHAT);
        self.users.drain(..excess);
    }
}

/// Whose conversation a message belongs to: the chat, and in groups the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConversationKey {
    /// The chat.
    pub chat: ChatId,
    /// The user (in a private chat, the chat's own user).
    pub user: u64,
}

/// The contexts of every conversation, with the time they last.
pub struct ContextStore {
    storage: Arc<ErasedStorage<Conversations>>,
    ttl: u64,
    errors: AtomicU64,
    /// For Redis: what sets each written key to expire.
    expiry: Option<Expiry>,
}

/// Sets a chat's Redis key to expire, on a connection opened at first use and again after a
/// failure.
struct Expiry {
    client: redis::Client,
    connection: tokio::sync::Mutex<Option<redis::aio::MultiplexedConnection>>,
}

impl Expiry {
    /// `EXPIRE chat seconds`, on the key teloxide's [`RedisStorage`] writes for `chat`.
    async fn expire(&self, chat: ChatId, seconds: u64) -> redis::RedisResult<()> {
        let mut connection = {
            let mut slot = self.connection.lock().await;
            match &*slot {
                Some(c) => c.clone(),
                None => {
                    let c = self.client.get_multiplexed_async_connection().await?;
                    *slot = Some(c.clone());
                    c
                }
            }
        };
        let set: redis::RedisResult<i64> = redis::cmd("EXPIRE")
            .arg(chat.0)
            .arg(seconds.max(1))
            .query_async(&mut connection)
            .await;
        if set.is_err() {
            *self.connection.lock().await = None;
        }
        set.map(|_| ())
    }
}

impl std::fmt::Debug for ContextStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContextStore")
            .field("ttl", &self.ttl)
            .field("errors", &self.errors)
            .finish()
    }
}

impl ContextStore {
    /// Contexts kept in this process, lasting `ttl`.
    pub fn in_memory(ttl: Duration) -> Self {
        Self::with(InMemStorage::<Conversations>::new().erase(), ttl)
    }

    /// Contexts kept in Redis at `url`, shared by every instance using it. Connects lazily: a
    /// Redis that is down now is used once it is up.
    pub async fn redis(url: &str, ttl: Duration) -> Result<Self, String> {
        let storage = RedisStorage::open(url, Json)
            .await
            .map_err(|e| format!("REDIS_URL: {e}"))?;
        let client = redis::Client::open(url).map_err(|e| format!("REDIS_URL: {e}"))?;
        Ok(ContextStore {
            expiry: Some(Expiry {
                client,
                connection: tokio::sync::Mutex::new(None),
            }),
            ..Self::with(storage.erase(), ttl)
        })
    }

    fn with(storage: Arc<ErasedStorage<Conversations>>, ttl: Duration) -> Self {
        ContextStore {
            storage,
            ttl: ttl.as_secs(),
            errors: AtomicU64::new(0),
            expiry: None,
        }
    }

    /// How many store calls failed or timed out since start.
    pub fn errors(&self) -> u64 {
        self.errors.load(Ordering::Relaxed)
    }

    /// The fresh context of `key`'s conversation; `None` when there is none or the store failed.
    pub async fn get(&self, key: ConversationKey) -> Option<Context> {
        let chat = self.load(key.chat).await?;
        chat.get(key.user, now(), self.ttl).cloned()
    }

    /// Replaces the context of `key`'s conversation with what `update` makes of the current
    /// one (the default context when there is none), stamped with the time now.
    pub async fn update(&self, key: ConversationKey, update: impl FnOnce(Context) -> Context) {
        let now = now();
        // A failed read must not wipe the other users' contexts of a group: skip the write.
        let Some(mut chat) = self.load(key.chat).await else {
            return;
        };
        let current = chat
            .get(key.user, now, self.ttl)
            .cloned()
            .unwrap_or_default();
        let next = Context {
            at: now,
            ..update(current)
        };
        chat.set(key.user, next, now, self.ttl);
        let call = self.storage.clone().update_dialogue(key.chat, chat);
        match tokio::time::timeout(STORE_TIMEOUT, call).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return self.failed(&format!("cannot save the context: {e}")),
            Err(_) => return self.failed("saving the context timed out"),
        }
        if let Some(expiry) = &self.expiry {
            match tokio::time::timeout(STORE_TIMEOUT, expiry.expire(key.chat, self.ttl)).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => self.failed(&format!("cannot set the context to expire: {e}")),
                Err(_) => self.failed("setting the context to expire timed out"),
            }
        }
    }

    /// The chat's stored contexts (empty when none); `None` when the store failed.
    async fn load(&self, chat: ChatId) -> Option<Conversations> {
        let call = self.storage.clone().get_dialogue(chat);
        match tokio::time::timeout(STORE_TIMEOUT, call).await {
            Ok(Ok(found)) => Some(found.unwrap_or_default()),
            Ok(Err(e)) => {
                self.failed(&format!("cannot read the context, reading alone: {e}"));
                None
            }
            Err(_) => {
                self.failed("reading the context timed out, reading alone");
                None
            }
        }
    }

    fn failed(&self, what: &str) {
        self.errors.fetch_add(1, Ordering::Relaxed);
        metrics::counter!(super::metrics::CONTEXT_STORE_ERRORS).increment(1);
        warn!("context store: {what}");
    }
}

/// Seconds since the Unix epoch.
pub(super) fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(at: u64, entry: &str) -> Context {
        Context {
            entry: Some(entry.into()),
            offered: Vec::new(),
            at,
        }
    }

    #[test]
    fn each_user_has_a_context_that_expires() {
        let mut chat = Conversations::default();
        chat.set(1, at(100, "a"), 100, 600);
        chat.set(2, at(200, "b"), 200, 600);
        assert_eq!(
            chat.get(1, 300, 600).and_then(|c| c.entry.as_deref()),
            Some("a")
        );
        assert_eq!(
            chat.get(2, 300, 600).and_then(|c| c.entry.as_deref()),
            Some("b")
        );
        assert!(chat.get(1, 701, 600).is_none(), "expired");
        chat.set(2, at(800, "c"), 800, 600);
        assert_eq!(chat.users.len(), 1, "the expired one is dropped on write");
    }

    #[test]
    fn a_group_keeps_its_most_recent_users() {
        let mut chat = Conversations::default();
        for user in 0..(MAX_USERS_PER_CHAT as u64 + 10) {
            chat.set(user, at(1, "a"), 1, 600);
        }
        assert_eq!(chat.users.len(), MAX_USERS_PER_CHAT);
        assert!(chat.get(0, 1, 600).is_none());
        assert!(chat.get(MAX_USERS_PER_CHAT as u64 + 9, 1, 600).is_some());
    }

    #[tokio::test]
    async fn in_memory_store_round_trips() {
        let store = ContextStore::in_memory(Duration::from_secs(600));
        let key = ConversationKey {
            chat: ChatId(5),
            user: 5,
        };
        assert!(store.get(key).await.is_none());
        store
            .update(key, |c| Context {
                entry: Some("ban-scope".into()),
                ..c
            })
            .await;
        assert_eq!(
            store.get(key).await.and_then(|c| c.entry),
            Some("ban-scope".into())
        );
        assert_eq!(store.errors(), 0);
    }

    #[tokio::test]
    async fn an_unreachable_redis_is_counted_and_never_blocks() {
        // Port 1 on loopback: nothing listens there.
        let store = ContextStore::redis("redis://127.0.0.1:1/", Duration::from_secs(600))
            .await
            .unwrap();
        let key = ConversationKey {
            chat: ChatId(5),
            user: 5,
        };
        let started = std::time::Instant::now();
        assert!(store.get(key).await.is_none());
        store.update(key, |c| c).await;
        assert!(started.elapsed() < 2 * STORE_TIMEOUT + Duration::from_millis(200));
        assert!(store.errors() >= 1);
    }
}
