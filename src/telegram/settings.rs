//! Settings of the Telegram mode (`docs/design.md` §5): one clap struct, flags and environment
//! variables alike, so that `faqbot --help` lists them all and a malformed value stops the
//! start with a clear message (exit 2).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use super::Token;
use super::flood::DEFAULT_FLOOD_LIMIT;

/// How long a conversation's context lasts when `CONTEXT_TTL` does not say.
pub const DEFAULT_CONTEXT_TTL: Duration = Duration::from_secs(10 * 60);
/// Port the webhook listens on when neither `WEBHOOK_LISTEN` nor `PORT` says.
pub const DEFAULT_WEBHOOK_PORT: u16 = 8443;
/// Longest webhook secret Telegram accepts.
const MAX_SECRET_BYTES: usize = 256;

/// The Telegram bot's settings, as flags or environment variables.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Telegram bot (faqbot run)")]
pub struct TelegramArgs {
    /// Bot token from @BotFather; without it, `run` starts the terminal chat.
    #[arg(
        long,
        global = true,
        env = "TELOXIDE_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub token: Option<String>,
    /// Another Bot API server (a self-hosted telegram-bot-api, a local test server).
    #[arg(long, global = true, env = "TELOXIDE_API_URL", value_name = "URL", value_parser = parse_api_url)]
    pub api_url: Option<url::Url>,
    /// Serve updates by webhook at this public HTTPS URL instead of long polling.
    #[arg(long, global = true, env = "WEBHOOK_URL", value_name = "URL")]
    pub webhook_url: Option<url::Url>,
    /// Where the webhook listens (default 0.0.0.0:$PORT).
    #[arg(long, global = true, env = "WEBHOOK_LISTEN", value_name = "ADDR")]
    pub webhook_listen: Option<SocketAddr>,
    /// The webhook's port when WEBHOOK_LISTEN is not set.
    #[arg(long, global = true, env = "PORT", default_value_t = DEFAULT_WEBHOOK_PORT)]
    pub port: u16,
    /// The webhook secret token (A-Z a-z 0-9 _ -); random per start when unset. Set the same
    /// value on every instance serving one webhook.
    #[arg(long, global = true, env = "WEBHOOK_SECRET", hide_env_values = true, value_name = "SECRET", value_parser = parse_secret)]
    pub webhook_secret: Option<String>,
    /// Keep conversation contexts in Redis (redis://host:6379/0), shared by every instance; in
    /// memory when unset.
    #[arg(long, global = true, env = "REDIS_URL", value_name = "URL", value_parser = parse_redis_url)]
    pub redis_url: Option<String>,
    /// How long a conversation's context lasts after its last message (600, 90s, 10m, 1h).
    #[arg(long, global = true, env = "CONTEXT_TTL", value_name = "DURATION", default_value = "10m", value_parser = parse_duration_arg)]
    pub context_ttl: Duration,
    /// Serve GET /metrics (Prometheus) and GET /healthz on this address, e.g. 127.0.0.1:9090.
    #[arg(long, global = true, env = "METRICS_LISTEN", value_name = "ADDR")]
    pub metrics_listen: Option<SocketAddr>,
    /// Messages a conversation may send within FLOOD_WINDOW before it is slowed down.
    #[arg(long, global = true, env = "FLOOD_LIMIT", value_name = "N", default_value_t = DEFAULT_FLOOD_LIMIT, value_parser = parse_positive)]
    pub flood_limit: usize,
    /// The window FLOOD_LIMIT counts in (60, 60s, 2m).
    #[arg(long, global = true, env = "FLOOD_WINDOW", value_name = "DURATION", default_value = "60s", value_parser = parse_duration_arg)]
    pub flood_window: Duration,
}

/// Settings of the Telegram mode, ready to run.
#[derive(Debug)]
pub struct Settings {
    /// `TELOXIDE_TOKEN`.
    pub token: Token,
    /// `TELOXIDE_API_URL`, if set.
    pub api_url: Option<url::Url>,
    /// `UNANSWERED_LOG`, if set.
    pub unanswered_log: Option<PathBuf>,
    /// The knowledge directory to re-read on SIGHUP (`None`: the built-in knowledge).
    pub knowledge_dir: Option<PathBuf>,
    /// `KNOWLEDGE_ALONE`: re-read it without borrowing the built-in questions.
    pub knowledge_alone: bool,
    /// Webhook mode, when `WEBHOOK_URL` is set; long polling otherwise.
    pub webhook: Option<Webhook>,
    /// `REDIS_URL`: conversation context shared by every instance; in memory when unset.
    pub redis_url: Option<String>,
    /// `CONTEXT_TTL`: how long a conversation's context lasts after its last message.
    pub context_ttl: Duration,
    /// `METRICS_LISTEN`: where `/metrics` and `/healthz` are served, if anywhere.
    pub metrics_listen: Option<SocketAddr>,
    /// `FLOOD_LIMIT`: messages a conversation may send within `flood_window`.
    pub flood_limit: usize,
    /// `FLOOD_WINDOW`.
    pub flood_window: Duration,
}

/// Webhook settings: `WEBHOOK_URL`, `WEBHOOK_LISTEN` or `PORT`, `WEBHOOK_SECRET`.
#[derive(Debug, Clone)]
pub struct Webhook {
    /// The public HTTPS URL Telegram posts updates to (behind a reverse proxy, its URL).
    pub url: url::Url,
    /// Where this process listens.
    pub listen: SocketAddr,
    /// The `X-Telegram-Bot-Api-Secret-Token` to require; random per start when unset, so
    /// instances sharing one webhook behind a load balancer must set the same one.
    pub secret: Option<String>,
}

impl Settings {
    /// The settings to run with `token`, from the parsed arguments.
    pub fn new(
        token: Token,
        args: TelegramArgs,
        knowledge_dir: Option<PathBuf>,
        knowledge_alone: bool,
        unanswered_log: Option<PathBuf>,
    ) -> Self {
        let webhook = args.webhook_url.map(|url| Webhook {
            url,
            listen: args
                .webhook_listen
                .unwrap_or_else(|| SocketAddr::from(([0, 0, 0, 0], args.port))),
            secret: args.webhook_secret,
        });
        Settings {
            token,
            api_url: args.api_url,
            unanswered_log,
            knowledge_dir,
            knowledge_alone,
            webhook,
            redis_url: args.redis_url,
            context_ttl: args.context_ttl,
            metrics_listen: args.metrics_listen,
            flood_limit: args.flood_limit,
            flood_window: args.flood_window,
        }
    }
}

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

fn parse_duration_arg(text: &str) -> Result<Duration, String> {
    parse_duration(text)
        .filter(|d| !d.is_zero())
        .ok_or_else(|| "expected seconds above 0, or a number with s, m or h (90s, 10m, 1h)".into())
}

fn parse_positive(text: &str) -> Result<usize, String> {
    text.trim()
        .parse::<usize>()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| "expected a whole number above 0".into())
}

fn parse_api_url(text: &str) -> Result<url::Url, String> {
    url::Url::parse(text.trim().trim_end_matches('/')).map_err(|e| e.to_string())
}

fn parse_secret(text: &str) -> Result<String, String> {
    let valid = !text.is_empty()
        && text.len() <= MAX_SECRET_BYTES
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if valid {
        Ok(text.to_string())
    } else {
        Err("must be 1-256 characters of A-Z, a-z, 0-9, _ and -".into())
    }
}

fn parse_redis_url(text: &str) -> Result<String, String> {
    let scheme = text.split_once("://").map(|(s, _)| s);
    if matches!(scheme, Some("redis" | "rediss" | "redis+unix" | "unix")) {
        Ok(text.to_string())
    } else {
        Err("expected redis://host:6379/0 (or rediss://, unix://)".into())
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
        assert!(parse_duration_arg("0").is_err());
        // The defaults written as text in the clap attributes are the named ones.
        assert_eq!(parse_duration_arg("10m"), Ok(DEFAULT_CONTEXT_TTL));
        assert_eq!(
            parse_duration_arg("60s"),
            Ok(super::super::flood::DEFAULT_FLOOD_WINDOW)
        );
    }

    #[test]
    fn secrets_and_redis_urls() {
        assert!(parse_secret("abc_DEF-123").is_ok());
        assert!(parse_secret("has space").is_err());
        assert!(parse_secret(&"x".repeat(257)).is_err());
        assert!(parse_redis_url("redis://127.0.0.1:6379/0").is_ok());
        assert!(parse_redis_url("127.0.0.1:6379").is_err());
    }
}
