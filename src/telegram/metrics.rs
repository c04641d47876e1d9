//! Operations (`docs/design.md` §9): Prometheus metrics and a health check on `METRICS_LISTEN`,
//! in polling and webhook mode alike. Label values are bounded (statuses, kinds, results),
//! never user text or ids.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use metrics_exporter_prometheus::{Matcher as MetricMatcher, PrometheusBuilder, PrometheusHandle};
use teloxide::RequestError;
use tracing::{info, warn};

use super::{App, Error};

/// Questions answered, by `status` (answered, suggest, smalltalk, no_match).
pub(super) const QUESTIONS: &str = "faqbot_questions_total";
/// Updates received, by `kind` (message, edited_message, callback_query, inline_query, other).
pub(super) const UPDATES: &str = "faqbot_updates_total";
/// Time to read and decide one question, in seconds.
pub(super) const ANSWER_DURATION: &str = "faqbot_answer_duration_seconds";
/// Failed calls to Telegram, by `kind` (retry_after, network, api, other).
pub(super) const TELEGRAM_ERRORS: &str = "faqbot_telegram_errors_total";
/// Messages not answered because their conversation flooded the bot.
pub(super) const THROTTLED: &str = "faqbot_throttled_total";
/// Entries of the knowledge now serving.
pub(super) const KNOWLEDGE_ENTRIES: &str = "faqbot_knowledge_entries";
/// Knowledge reloads (SIGHUP), by `result` (ok, rejected, failed).
pub(super) const RELOADS: &str = "faqbot_knowledge_reloads_total";
/// Context store calls that failed or timed out.
pub(super) const CONTEXT_STORE_ERRORS: &str = "faqbot_context_store_errors_total";

/// Histogram buckets of [`ANSWER_DURATION`]: a question takes microseconds; a long one, a
/// slow machine or a huge knowledge base milliseconds.
const DURATION_BUCKETS: &[f64] = &[
    0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.05,
];

/// Installs the Prometheus recorder for this process; the handle renders the text format.
pub(super) fn install() -> Result<PrometheusHandle, Error> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(
            MetricMatcher::Full(ANSWER_DURATION.to_string()),
            DURATION_BUCKETS,
        )
        .map_err(|e| Error::Config(format!("metrics: {e}")))?
        .install_recorder()
        .map_err(|e| Error::Config(format!("metrics: {e}")))?;
    describe();
    Ok(handle)
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram};
    describe_counter!(QUESTIONS, "Questions answered, by decision status");
    describe_counter!(UPDATES, "Telegram updates received, by kind");
    describe_histogram!(
        ANSWER_DURATION,
        metrics::Unit::Seconds,
        "Time to read and decide one question"
    );
    describe_counter!(TELEGRAM_ERRORS, "Failed calls to Telegram, by kind");
    describe_counter!(THROTTLED, "Messages dropped by flood control");
    describe_gauge!(KNOWLEDGE_ENTRIES, "Entries of the knowledge now serving");
    describe_counter!(RELOADS, "Knowledge reloads, by result");
    describe_counter!(
        CONTEXT_STORE_ERRORS,
        "Context store calls that failed or timed out"
    );
}

/// The kind label of a failed Telegram call.
pub(super) fn error_kind(e: &RequestError) -> &'static str {
    match e {
        RequestError::RetryAfter(_) => "retry_after",
        RequestError::Network(_) | RequestError::Io(_) => "network",
        RequestError::Api(_) => "api",
        _ => "other",
    }
}

/// Counts a failed Telegram call and notes whether Telegram was reached at all.
pub(super) fn telegram_failed(app: &App, e: &RequestError) {
    let kind = error_kind(e);
    metrics::counter!(TELEGRAM_ERRORS, "kind" => kind).increment(1);
    // An API error (a chat that blocked the bot) or a 429 is an answer: Telegram is there.
    if kind == "network" || kind == "other" {
        app.health().telegram(false);
    }
}

/// What `/healthz` reports: the knowledge is loaded and the last contact with Telegram
/// succeeded.
#[derive(Debug, Default)]
pub struct Health {
    telegram: AtomicBool,
}

impl Health {
    /// Notes the outcome of the latest contact with Telegram.
    pub fn telegram(&self, ok: bool) {
        self.telegram.store(ok, Ordering::Relaxed);
    }

    /// Whether the latest contact with Telegram succeeded.
    pub fn telegram_ok(&self) -> bool {
        self.telegram.load(Ordering::Relaxed)
    }
}

/// Serves `GET /metrics` and `GET /healthz` on `address` until the process ends.
pub(super) async fn serve(
    address: SocketAddr,
    handle: PrometheusHandle,
    app: Arc<App>,
) -> Result<(), Error> {
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|source| Error::MetricsListen { address, source })?;
    info!(%address, "serving /metrics and /healthz");
    let router = Router::new()
        .route("/metrics", get(move || std::future::ready(handle.render())))
        .route("/healthz", get(healthz))
        .with_state(app);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            warn!("metrics listener stopped: {e}");
        }
    });
    Ok(())
}

async fn healthz(State(app): State<Arc<App>>) -> (StatusCode, &'static str) {
    let knowledge = !app.matcher().knowledge().entries.is_empty();
    match (knowledge, app.health().telegram_ok()) {
        (true, true) => (StatusCode::OK, "ok\n"),
        (false, _) => (StatusCode::SERVICE_UNAVAILABLE, "no knowledge loaded\n"),
        (true, false) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "the last contact with Telegram failed\n",
        ),
    }
}
