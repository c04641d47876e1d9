//! Flood control (`docs/design.md` §9): a conversation sending more than `FLOOD_LIMIT`
//! messages within `FLOOD_WINDOW` gets one "slow down" reply, and its messages are then dropped
//! until the window passes, without delaying any other chat. Outgoing messages keep within
//! Telegram's limits (about 30 a second overall, one a second per chat, 20 a minute per group)
//! rather than only reacting to 429s.

use std::collections::{HashMap, VecDeque};
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota};
use teloxide::types::ChatId;

use super::context::ConversationKey;

/// Messages a conversation may send within [`DEFAULT_FLOOD_WINDOW`] when `FLOOD_LIMIT` does not
/// say.
pub const DEFAULT_FLOOD_LIMIT: usize = 20;
/// The window flood control counts in when `FLOOD_WINDOW` does not say.
pub const DEFAULT_FLOOD_WINDOW: Duration = Duration::from_secs(60);
/// Conversations remembered before the quiet ones are swept out.
const SWEEP_AT: usize = 10_000;

/// What to do with an incoming message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admit {
    /// Answer it.
    Yes,
    /// The first one over the limit: reply "slow down" once.
    SlowDown,
    /// Over the limit and already told: drop it.
    Drop,
}

/// Counts each conversation's recent messages.
#[derive(Debug)]
pub struct FloodControl {
    limit: usize,
    window: Duration,
    recent: Mutex<HashMap<ConversationKey, Recent>>,
}

#[derive(Debug, Default)]
struct Recent {
    /// Times of the admitted messages within the window, oldest first.
    times: VecDeque<Instant>,
    /// Whether "slow down" was sent since the conversation went over the limit.
    warned: bool,
}

impl FloodControl {
    /// At most `limit` messages per conversation within `window`.
    pub fn new(limit: usize, window: Duration) -> Self {
        FloodControl {
            limit: limit.max(1),
            window,
            recent: Mutex::new(HashMap::new()),
        }
    }

    /// Whether a message of `key`'s conversation arriving at `now` is answered.
    pub fn admit(&self, key: ConversationKey, now: Instant) -> Admit {
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if recent.len() >= SWEEP_AT {
            let window = self.window;
            recent.retain(|_, r| {
                r.times
                    .back()
                    .is_some_and(|&t| now.duration_since(t) < window)
            });
        }
        let r = recent.entry(key).or_default();
        while r
            .times
            .front()
            .is_some_and(|&t| now.duration_since(t) >= self.window)
        {
            r.times.pop_front();
        }
        if r.times.len() < self.limit {
            r.times.push_back(now);
            r.warned = false;
            Admit::Yes
        } else if !r.warned {
            r.warned = true;
            Admit::SlowDown
        } else {
            Admit::Drop
        }
    }
}

/// Telegram's sending limits, waited for before each message.
#[derive(Debug)]
pub struct Outbox {
    overall: DefaultDirectRateLimiter,
    private: DefaultKeyedRateLimiter<ChatId>,
    groups: DefaultKeyedRateLimiter<ChatId>,
}

/// Messages a second to all chats together.
const OVERALL_PER_SECOND: u32 = 30;
/// Messages a second to one private chat, with a short burst allowed.
const PRIVATE_PER_SECOND: u32 = 1;
const PRIVATE_BURST: u32 = 3;
/// Messages a minute to one group, with a short burst allowed.
const GROUP_PER_MINUTE: u32 = 20;
const GROUP_BURST: u32 = 3;

fn nonzero(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl Default for Outbox {
    fn default() -> Self {
        Outbox {
            overall: governor::RateLimiter::direct(Quota::per_second(nonzero(OVERALL_PER_SECOND))),
            private: governor::RateLimiter::keyed(
                Quota::per_second(nonzero(PRIVATE_PER_SECOND)).allow_burst(nonzero(PRIVATE_BURST)),
            ),
            groups: governor::RateLimiter::keyed(
                Quota::per_minute(nonzero(GROUP_PER_MINUTE)).allow_burst(nonzero(GROUP_BURST)),
            ),
        }
    }
}

impl Outbox {
    /// Waits until a message may go to `chat` (groups have negative ids).
    pub async fn ready(&self, chat: ChatId) {
        if chat.0 < 0 {
            self.groups.until_key_ready(&chat).await;
        } else {
            self.private.until_key_ready(&chat).await;
        }
        self.overall.until_ready().await;
        if self.private.len() + self.groups.len() >= SWEEP_AT {
            self.private.retain_recent();
            self.groups.retain_recent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(chat: i64) -> ConversationKey {
        ConversationKey {
            chat: ChatId(chat),
            user: chat.unsigned_abs(),
        }
    }

    #[test]
    fn one_slow_down_then_drops_until_the_window_passes() {
        let flood = FloodControl::new(3, Duration::from_secs(60));
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(flood.admit(key(1), t0), Admit::Yes);
        }
        assert_eq!(flood.admit(key(1), t0), Admit::SlowDown);
        assert_eq!(flood.admit(key(1), t0), Admit::Drop);
        assert_eq!(
            flood.admit(key(2), t0),
            Admit::Yes,
            "other chats are not affected"
        );
        let later = t0 + Duration::from_secs(61);
        assert_eq!(flood.admit(key(1), later), Admit::Yes);
    }

    #[tokio::test]
    async fn a_burst_to_one_private_chat_is_paced() {
        let outbox = Outbox::default();
        let started = tokio::time::Instant::now();
        for _ in 0..PRIVATE_BURST + 1 {
            outbox.ready(ChatId(7)).await;
        }
        assert!(
            started.elapsed() >= Duration::from_millis(900),
            "{:?}",
            started.elapsed()
        );
        let other = tokio::time::Instant::now();
        outbox.ready(ChatId(8)).await;
        assert!(
            other.elapsed() < Duration::from_millis(100),
            "other chats do not wait"
        );
    }
}
