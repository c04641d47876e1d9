//! Settings of the Telegram mode, read from the environment (`docs/design.md` §5).

use std::path::PathBuf;
use std::time::Duration;

use super::flood::{DEFAULT_FLOOD_LIMIT, DEFAULT_FLOOD_WINDOW};
use super::{Error, Token};

/// Settings of the Telegram mode, from the environment (`docs/design.md` §5).
#[derive(Debug)]
pub struct Settings {
    /// `TELOXIDE_TOKEN`.
    pub token: Token,
    /// `TELOXIDE_API_URL`, if set.
    pub api_url: Option<String>,
    /// `UNANSWERED_LOG`, if set.
    pub unanswered_log: Option<PathBuf>,
    /// The knowledge directory to re-read on SIGHUP (`None`: the built-in knowledge).
    pub knowledge_dir: Option<PathBuf>,
    /// Webhook mode, when `WEBHOOK_URL` is set; long polling otherwise.
    pub webhook: Option<Webhook>,
    /// `REDIS_URL`: conversation context shared by every instance; in memory when unset.
    pub redis_url: Option<String>,
    /// `CONTEXT_TTL`: how long a conversation's context lasts after its last message.
    pub context_ttl: Duration,
    /// `METRICS_LISTEN`: where `/metrics` and `/healthz` are served, if anywhere.
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// `FLOOD_LIMIT`: messages a conversation may send within `flood_window`.
    pub flood_limit: usize,
    /// `FLOOD_WINDOW`.
    pub flood_window: Duration,
}

/// How long a conversation's context lasts when `CONTEXT_TTL` does not say.
pub const DEFAULT_CONTEXT_TTL: Duration = Duration::from_secs(10 * 60);

/// A duration as `600`, `600s`, `10m` or `1h`.
pub fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => text.split_at(i),
        None => (text, "s"),
    };
    let n: u64 = number.parse().ok()?;
    let seconds = match unit.trim() {
        "s" => n,
        "m" => n.checked_mul(60)?,
        "h" => n.checked_mul(3600)?,
        _ => return None,
    };
    Some(Duration::from_secs(seconds))
}

/// Webhook settings: `WEBHOOK_URL`, `WEBHOOK_LISTEN` or `PORT`, `WEBHOOK_SECRET`.
#[derive(Debug, Clone)]
pub struct Webhook {
    /// The public HTTPS URL Telegram posts updates to (behind a reverse proxy, its URL).
    pub url: url::Url,
    /// Where this process listens.
    pub listen: std::net::SocketAddr,
    /// The `X-Telegram-Bot-Api-Secret-Token` to require; random per start when unset, so
    /// instances sharing one webhook behind a load balancer must set the same one.
    pub secret: Option<String>,
}

/// Port the webhook listens on when neither `WEBHOOK_LISTEN` nor `PORT` says.
pub const DEFAULT_WEBHOOK_PORT: u16 = 8443;

impl Settings {
    /// Reads the optional settings from the environment around `token`.
    pub fn from_env(token: Token, knowledge_dir: Option<PathBuf>) -> Result<Self, Error> {
        let var = |name| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let webhook = match var("WEBHOOK_URL") {
            None => None,
            Some(url) => {
                let url = url::Url::parse(&url)
                    .map_err(|e| Error::Config(format!("WEBHOOK_URL {url:?}: {e}")))?;
                let listen = match (var("WEBHOOK_LISTEN"), var("PORT")) {
                    (Some(addr), _) => addr
                        .parse()
                        .map_err(|e| Error::Config(format!("WEBHOOK_LISTEN {addr:?}: {e}")))?,
                    (None, Some(port)) => std::net::SocketAddr::from((
                        [0, 0, 0, 0],
                        port.parse::<u16>()
                            .map_err(|e| Error::Config(format!("PORT {port:?}: {e}")))?,
                    )),
                    (None, None) => {
                        std::net::SocketAddr::from(([0, 0, 0, 0], DEFAULT_WEBHOOK_PORT))
                    }
                };
                let secret = var("WEBHOOK_SECRET");
                if let Some(secret) = &secret {
                    let valid = secret.len() <= 256
                        && secret
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                    if !valid {
                        return Err(Error::Config(
                            "WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
                                .into(),
                        ));
                    }
                }
                Some(Webhook {
                    url,
                    listen,
                    secret,
                })
            }
        };
        let context_ttl = match var("CONTEXT_TTL") {
            None => DEFAULT_CONTEXT_TTL,
            Some(ttl) => parse_duration(&ttl).ok_or_else(|| {
                Error::Config(format!(
                    "CONTEXT_TTL {ttl:?}: expected seconds, or a number with s, m or h (10m)"
                ))
            })?,
        };
        let metrics_listen = match var("METRICS_LISTEN") {
            None => None,
            Some(addr) => Some(addr.parse().map_err(|e| {
                Error::Config(format!(
                    "METRICS_LISTEN {addr:?}: {e} (expected e.g. 127.0.0.1:9090)"
                ))
            })?),
        };
        let flood_limit = match var("FLOOD_LIMIT") {
            None => DEFAULT_FLOOD_LIMIT,
            Some(n) => n
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| {
                    Error::Config(format!(
                        "FLOOD_LIMIT {n:?}: expected a whole number above 0"
                    ))
                })?,
        };
        let flood_window = match var("FLOOD_WINDOW") {
            None => DEFAULT_FLOOD_WINDOW,
            Some(w) => parse_duration(&w).filter(|d| !d.is_zero()).ok_or_else(|| {
                Error::Config(format!(
                    "FLOOD_WINDOW {w:?}: expected seconds, or a number with s, m or h (60s)"
                ))
            })?,
        };
        let redis_url = var("REDIS_URL");
        if let Some(url) = &redis_url {
            let scheme = url.split("://").next().unwrap_or_default();
            if !matches!(scheme, "redis" | "rediss" | "redis+unix" | "unix") || !url.contains("://")
            {
                return Err(Error::Config(format!(
                    "REDIS_URL must look like redis://host:6379/0, not {:?}",
                    url.split('@').next_back().unwrap_or_default()
                )));
            }
        }
        Ok(Settings {
            metrics_listen,
            flood_limit,
            flood_window,
            redis_url,
            context_ttl,
            token,
            api_url: var("TELOXIDE_API_URL"),
            unanswered_log: var("UNANSWERED_LOG").map(PathBuf::from),
            knowledge_dir,
            webhook,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("600"), Some(Duration::from_secs(600)));
        assert_eq!(parse_duration("10m"), Some(Duration::from_secs(600)));
        assert_eq!(parse_duration("1h"), Some(Duration::from_secs(3600)));
        assert_eq!(parse_duration("45s"), Some(Duration::from_secs(45)));
        assert_eq!(parse_duration("ten"), None);
        assert_eq!(parse_duration("5d"), None);
    }
}
