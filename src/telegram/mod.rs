//! The Telegram front end (`docs/design.md` §4.3, §7): teloxide handlers that extract, call the
//! core, and send.
//!
//! - [`handlers`]: the one handler tree, [`schema`], for production and tests;
//! - [`send`]: rendering a reply as HTML with buttons, waiting out 429s;
//! - [`context`]: where conversations' contexts live (memory or Redis);
//! - [`state`]: what the handlers share ([`App`]);
//! - [`settings`]: configuration from the environment;
//! - [`flood`]: flood control of incoming messages, Telegram's limits on outgoing ones;
//! - [`metrics`]: Prometheus metrics and the health check on `METRICS_LISTEN`;
//! - [`serve`]: start-up, polling or webhook, reload on SIGHUP, clean stop.

mod context;
mod flood;
mod handlers;
mod metrics;
mod send;
mod serve;
mod settings;
mod state;

pub use context::{ContextStore, ConversationKey, Conversations, STORE_TIMEOUT};
pub use flood::{Admit, DEFAULT_FLOOD_LIMIT, DEFAULT_FLOOD_WINDOW, FloodControl, Outbox};
pub use handlers::{Command, inline_results, schema};
pub use metrics::Health;
pub use serve::run;
pub use settings::{
    DEFAULT_CONTEXT_TTL, DEFAULT_WEBHOOK_PORT, Settings, TelegramArgs, Webhook, parse_duration,
};
pub use state::App;

use std::path::PathBuf;

use teloxide::RequestError;

type HandlerResult = Result<(), RequestError>;

/// The bot token. Its `Debug` never shows it, and nothing here formats it.
pub struct Token(String);

impl Token {
    /// Wraps a token.
    pub fn new(token: String) -> Self {
        Token(token)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// Why the bot could not run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Telegram answered 401 to `getMe`.
    #[error("Telegram rejected the token (401 Unauthorized): check TELOXIDE_TOKEN")]
    Unauthorized,
    /// `UNANSWERED_LOG` cannot be opened for appending.
    #[error("cannot open UNANSWERED_LOG {}: {source}", path.display())]
    UnansweredLog {
        /// The path.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// A setting is malformed.
    #[error("{0}")]
    Config(String),
    /// The webhook's listening address cannot be bound.
    #[error("cannot listen for the webhook on {address}: {source}")]
    WebhookListen {
        /// The address.
        address: std::net::SocketAddr,
        /// The error.
        source: std::io::Error,
    },
    /// `METRICS_LISTEN` cannot be bound.
    #[error("cannot listen for metrics on {address}: {source}")]
    MetricsListen {
        /// The address.
        address: std::net::SocketAddr,
        /// The error.
        source: std::io::Error,
    },
    /// The async runtime could not start.
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
    /// The dispatcher stopped with an error.
    #[error("Telegram: {0}")]
    Telegram(RequestError),
}

impl Error {
    /// Whether this is a configuration problem (exit code 2) rather than a failed run (1).
    pub fn is_configuration(&self) -> bool {
        matches!(
            self,
            Error::UnansweredLog { .. }
                | Error::Config(_)
                | Error::WebhookListen { .. }
                | Error::MetricsListen { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_debug_is_redacted() {
        let t = Token::new("123456:SECRET".into());
        assert!(!format!("{t:?}").contains("SECRET"));
    }
}
