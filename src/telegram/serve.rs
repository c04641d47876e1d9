//! Serving: start-up (reaching Telegram), long polling or the webhook, reload on SIGHUP, and a
//! clean stop on SIGINT or SIGTERM.

use std::fs::OpenOptions;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::update_listeners::webhooks;
use teloxide::utils::command::BotCommands;
use teloxide::{ApiError, RequestError};
use tracing::{error, info, warn};

use crate::matcher::Matcher;

use super::context::ContextStore;
use super::handlers::{Command, schema};
use super::metrics;
use super::settings::{Settings, Webhook};
use super::{App, Error};

/// Runs the bot with long polling until SIGINT or SIGTERM.
pub fn run(matcher: Matcher, settings: Settings) -> Result<(), Error> {
    let mut bot = Bot::new(settings.token.0);
    if let Some(url) = &settings.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let unanswered = match &settings.unanswered_log {
        Some(path) => Some(
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .map_err(|source| Error::UnansweredLog {
                    path: path.clone(),
                    source,
                })?,
        ),
        None => None,
    };
    let metrics = settings
        .metrics_listen
        .map(|_| metrics::install())
        .transpose()?;
    let entries = matcher.knowledge().entries.len();
    let app =
        App::new(matcher, unanswered).with_flood_limit(settings.flood_limit, settings.flood_window);
    ::metrics::gauge!(metrics::KNOWLEDGE_ENTRIES).set(entries as f64);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(Error::Runtime)?;
    runtime.block_on(async move {
        let contexts = match &settings.redis_url {
            Some(url) => {
                let store = ContextStore::redis(url, settings.context_ttl)
                    .await
                    .map_err(Error::Config)?;
                info!(ttl = ?settings.context_ttl, "conversation context in Redis");
                store
            }
            None => {
                info!(ttl = ?settings.context_ttl, "conversation context in memory");
                ContextStore::in_memory(settings.context_ttl)
            }
        };
        let app = Arc::new(app.with_contexts(contexts));
        if let (Some(address), Some(handle)) = (settings.metrics_listen, metrics) {
            metrics::serve(address, handle, app.clone()).await?;
        }
        let knowledge = (settings.knowledge_dir, settings.knowledge_alone);
        serve(bot, app, knowledge, settings.webhook).await
    })
}

async fn serve(
    bot: Bot,
    app: Arc<App>,
    (knowledge_dir, alone): (Option<PathBuf>, bool),
    webhook: Option<Webhook>,
) -> Result<(), Error> {
    tokio::spawn(reload_on_sighup(app.clone(), knowledge_dir, alone));
    let shutdown = Arc::new(tokio::sync::Notify::new());
    tokio::spawn({
        let shutdown = shutdown.clone();
        async move {
            wait_for_signal().await;
            shutdown.notify_waiters();
            shutdown.notify_one();
        }
    });

    let Some(me) = connect(&bot, &app, &shutdown).await? else {
        info!("stopped before Telegram was reachable");
        return Ok(());
    };
    info!(bot = %me.username(), "connected to Telegram");
    tokio::spawn(probe_health(bot.clone(), app.clone()));
    if let Err(e) = bot.set_my_commands(Command::bot_commands()).await {
        warn!("cannot register the command menu: {e}");
    }

    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![app.clone()])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("a handler failed"))
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        shutdown.notified().await;
        info!("shutting down: finishing the replies in flight");
        if let Ok(done) = token.shutdown() {
            done.await;
        }
    });
    match webhook {
        Some(webhook) => {
            // Fail clearly now rather than in teloxide's server task.
            std::net::TcpListener::bind(webhook.listen).map_err(|source| Error::WebhookListen {
                address: webhook.listen,
                source,
            })?;
            let mut options = webhooks::Options::new(webhook.listen, webhook.url.clone());
            if let Some(secret) = webhook.secret {
                options = options.secret_token(secret);
            }
            let listener = webhooks::axum(bot, options)
                .await
                .map_err(Error::Telegram)?;
            info!(url = %webhook.url, listen = %webhook.listen, "serving updates by webhook");
            listen(
                &mut dispatcher,
                listener,
                app.clone(),
                "webhook listener failed",
            )
            .await?;
        }
        None => {
            let listener = teloxide::update_listeners::polling_default(bot).await;
            listen(
                &mut dispatcher,
                listener,
                app.clone(),
                "polling failed, retrying",
            )
            .await?;
        }
    }
    info!("stopped");
    Ok(())
}

/// Dispatches the updates `listener` brings until shutdown; its errors are logged as `failed`.
async fn listen<L>(
    dispatcher: &mut Dispatcher<Bot, RequestError, teloxide::dispatching::DefaultKey>,
    listener: L,
    app: Arc<App>,
    failed: &'static str,
) -> Result<(), Error>
where
    L: teloxide::update_listeners::UpdateListener + Send,
    L::Err: std::fmt::Debug + Send + 'static,
{
    dispatcher
        .try_dispatch_with_listener(listener, Arc::new(ListenerErrors { app, failed }))
        .await
        .map_err(Error::Telegram)
}

/// Errors of the update listener (a failed `getUpdates`): logged, counted with kind `updates`,
/// and `/healthz` says Telegram is not reached until the next contact succeeds.
struct ListenerErrors {
    app: Arc<App>,
    failed: &'static str,
}

impl<E: std::fmt::Debug + Send + 'static> teloxide::error_handlers::ErrorHandler<E>
    for ListenerErrors
{
    fn handle_error(
        self: Arc<Self>,
        error: E,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
        ::metrics::counter!(metrics::TELEGRAM_ERRORS, "kind" => "updates").increment(1);
        self.app.health().telegram(false);
        error!("{}: {error:?}", self.failed);
        Box::pin(async {})
    }
}

/// How often `/healthz`'s view of Telegram is refreshed when no traffic refreshes it.
const HEALTH_PROBE: Duration = Duration::from_secs(30);

/// Asks Telegram `getMe` every [`HEALTH_PROBE`], so that `/healthz` recovers (or notices an
/// outage) without waiting for traffic.
async fn probe_health(bot: Bot, app: Arc<App>) {
    loop {
        tokio::time::sleep(HEALTH_PROBE).await;
        match bot.get_me().await {
            Ok(_) => app.health().telegram(true),
            Err(e) => metrics::telegram_failed(&app, &e),
        }
    }
}

/// On each SIGHUP, re-reads and validates the knowledge and swaps it in; an invalid new file is
/// logged with its problems and the current knowledge keeps serving.
async fn reload_on_sighup(app: Arc<App>, dir: Option<PathBuf>, alone: bool) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut hup = match signal(SignalKind::hangup()) {
            Ok(hup) => hup,
            Err(e) => {
                warn!("cannot listen for SIGHUP ({e}); reloading is off");
                return;
            }
        };
        while hup.recv().await.is_some() {
            let dir = dir.clone();
            let loaded =
                tokio::task::spawn_blocking(move || Matcher::locate(dir.as_deref(), alone)).await;
            match loaded {
                Ok(Ok(matcher)) => {
                    let entries = matcher.knowledge().entries.len();
                    app.replace(matcher);
                    ::metrics::counter!(metrics::RELOADS, "result" => "ok").increment(1);
                    info!(entries, "knowledge reloaded");
                }
                Ok(Err(e)) => {
                    ::metrics::counter!(metrics::RELOADS, "result" => "rejected").increment(1);
                    error!("knowledge reload rejected, keeping the current one: {e}");
                }
                Err(e) => {
                    ::metrics::counter!(metrics::RELOADS, "result" => "failed").increment(1);
                    error!("knowledge reload failed: {e}");
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (app, dir);
}

/// `getMe` until Telegram answers: retries with backoff while it is unreachable, fails on 401,
/// gives up quietly (`None`) on shutdown.
/// First wait before asking Telegram again at start-up; it doubles up to [`MAX_CONNECT_WAIT`].
const FIRST_CONNECT_WAIT: Duration = Duration::from_millis(500);
/// Longest wait between two start-up attempts.
const MAX_CONNECT_WAIT: Duration = Duration::from_secs(30);

async fn connect(
    bot: &Bot,
    app: &App,
    shutdown: &tokio::sync::Notify,
) -> Result<Option<Me>, Error> {
    let mut delay = FIRST_CONNECT_WAIT;
    loop {
        match bot.get_me().await {
            Ok(me) => {
                app.health().telegram(true);
                return Ok(Some(me));
            }
            Err(RequestError::Api(ApiError::InvalidToken)) => return Err(Error::Unauthorized),
            Err(e) => {
                metrics::telegram_failed(app, &e);
                warn!("Telegram is not reachable ({e}); retrying in {delay:?}");
            }
        }
        tokio::select! {
            () = tokio::time::sleep(delay) => {}
            () = shutdown.notified() => return Ok(None),
        }
        delay = (delay * 2).min(MAX_CONNECT_WAIT);
    }
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM (systemd, containers).
async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(e) => {
                warn!("cannot listen for SIGTERM ({e}); only Ctrl-C stops the bot");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
