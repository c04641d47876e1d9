//! The Telegram front end: teloxide handlers that extract, call the core, and send.
//!
//! One handler tree, [`schema`], serves production ([`run`]) and the tests (teloxide_tests'
//! `MockBot`). Handlers never panic and never return a send failure to the dispatcher: a failed
//! send is retried once Telegram's `retry_after` has passed (429), otherwise logged.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use teloxide::dispatching::{UpdateHandler, dialogue::GetChatId};
use teloxide::prelude::*;
use teloxide::types::{
    ChatKind, InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResult,
    InlineQueryResultArticle, InputMessageContent, InputMessageContentText, LinkPreviewOptions, Me,
    MessageId, ParseMode, ReplyParameters,
};
use teloxide::update_listeners::webhooks;
use teloxide::utils::command::BotCommands;
use teloxide::{ApiError, RequestError};
use tracing::{debug, error, info, warn};

use crate::knowledge::Files;
use crate::matcher::{Matcher, Outcome, Status};
use crate::reply::{self, limits};

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
    /// `TELOXIDE_API_URL` is not a URL.
    #[error("TELOXIDE_API_URL is not a valid URL: {0}")]
    ApiUrl(String),
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
            Error::ApiUrl(_)
                | Error::UnansweredLog { .. }
                | Error::Config(_)
                | Error::WebhookListen { .. }
        )
    }
}

/// The commands, as shown in Telegram's menu.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Greeting and example questions.
    #[command(description = "what I know, with example questions")]
    Start(String),
    /// How to ask.
    #[command(description = "how to ask")]
    Help,
    /// Every question the bot knows.
    #[command(description = "everything I can answer")]
    Topics,
    /// Ask a question (the way to ask in groups).
    #[command(description = "ask a question, e.g. /ask why was Kaspersky banned?")]
    Ask(String),
}

/// What the handlers share: the engine (swapped whole on reload) and the unanswered log.
pub struct App {
    matcher: RwLock<Arc<Matcher>>,
    unanswered: Option<Mutex<File>>,
}

impl App {
    /// An app answering from `matcher`, appending unsure questions to `unanswered` if given.
    pub fn new(matcher: Matcher, unanswered: Option<File>) -> Self {
        App {
            matcher: RwLock::new(Arc::new(matcher)),
            unanswered: unanswered.map(Mutex::new),
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
        *self.matcher.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(matcher);
    }

    /// Records a `suggest` / `no_match` question for the maintainer (no user ids).
    fn record(&self, matcher: &Matcher, question: &str, outcome: &Outcome) {
        let Some(file) = &self.unanswered else { return };
        if !matches!(outcome.status, Status::Suggest | Status::NoMatch) {
            return;
        }
        let time = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let record = serde_json::json!({
            "time": time,
            "text": question,
            "status": outcome.status,
            "best_id": outcome.best.map(|b| matcher.entry(&b).id.as_str()),
            "score": outcome.best.map_or(0.0, |b| b.score),
        });
        let line = format!("{record}\n");
        match file.lock() {
            Ok(mut f) => {
                if let Err(e) = f.write_all(line.as_bytes()) {
                    warn!("cannot append to UNANSWERED_LOG: {e}");
                }
            }
            Err(_) => warn!("UNANSWERED_LOG lock poisoned"),
        }
    }
}

type HandlerResult = Result<(), RequestError>;

/// The handler tree, shared by production and tests. Needs `Arc<App>` as a dependency (and `Me`,
/// which the dispatcher provides).
pub fn schema() -> UpdateHandler<RequestError> {
    dptree::entry()
        .branch(
            Update::filter_message()
                .branch(
                    dptree::entry()
                        .filter_command::<Command>()
                        .endpoint(on_command),
                )
                .branch(dptree::endpoint(on_message)),
        )
        .branch(Update::filter_edited_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback))
        .branch(Update::filter_inline_query().endpoint(on_inline))
}

fn chat_kind(msg: &Message) -> &'static str {
    match &msg.chat.kind {
        ChatKind::Private(_) => "private",
        ChatKind::Public(p) => match p.kind {
            teloxide::types::PublicChatKind::Group => "group",
            teloxide::types::PublicChatKind::Supergroup(_) => "supergroup",
            teloxide::types::PublicChatKind::Channel(_) => "channel",
        },
    }
}

async fn on_command(bot: Bot, msg: Message, cmd: Command, app: Arc<App>) -> HandlerResult {
    let m = &*app.matcher();
    let reply_to = (!msg.chat.is_private()).then_some(msg.id);
    match cmd {
        Command::Start(payload) => {
            let payload = payload.trim();
            match m.find(payload).filter(|e| !e.is_smalltalk()) {
                Some(entry) => {
                    info!(chat = chat_kind(&msg), command = "start", entry = %entry.id, "deep link");
                    send(&bot, msg.chat.id, reply_to, &reply::entry_message(m, entry)).await
                }
                None => send(&bot, msg.chat.id, reply_to, &reply::start(m)).await,
            }
        }
        Command::Help => send(&bot, msg.chat.id, reply_to, &reply::help(m)).await,
        Command::Topics => send(&bot, msg.chat.id, reply_to, &reply::topics(m)).await,
        Command::Ask(question) if question.trim().is_empty() => {
            let usage = reply::Message::text(
                "Put your question after the command, for example:\n<code>/ask why was Kaspersky banned?</code>",
            );
            send(&bot, msg.chat.id, reply_to, &usage).await
        }
        Command::Ask(question) => answer(&bot, &msg, &app, &question).await,
    }
}

/// Text messages that are not one of our commands, edited messages, and non-text messages.
async fn on_message(bot: Bot, msg: Message, me: Me, app: Arc<App>) -> HandlerResult {
    let private = msg.chat.is_private();
    let Some(text) = msg.text() else {
        if private {
            let not_text = reply::Message::text(reply::NOT_TEXT);
            return send(&bot, msg.chat.id, None, &not_text).await;
        }
        return Ok(());
    };
    if text.trim_start().starts_with('/') {
        // A command for another bot, or one we do not know.
        let first = text.split_whitespace().next().unwrap_or_default();
        let for_us = first
            .split_once('@')
            .is_none_or(|(_, bot_name)| bot_name.eq_ignore_ascii_case(me.username()));
        if private && for_us {
            let unknown = reply::Message::text(
                "I don't know that command. Send /help to see what I understand.",
            );
            return send(&bot, msg.chat.id, None, &unknown).await;
        }
        return Ok(());
    }
    if private {
        return answer(&bot, &msg, &app, text).await;
    }
    if !matches!(msg.chat.kind, ChatKind::Public(_)) || msg.chat.is_channel() {
        return Ok(());
    }
    // Groups: only mentions of the bot and replies to it.
    let mention = format!("@{}", me.username());
    let mentioned = text.to_lowercase().contains(&mention.to_lowercase());
    let replied = msg
        .reply_to_message()
        .and_then(|r| r.from.as_ref())
        .is_some_and(|u| u.id == me.id);
    if mentioned || replied {
        let question = strip_mention(text, &mention);
        return answer(&bot, &msg, &app, &question).await;
    }
    Ok(())
}

/// `text` without any case-insensitive occurrence of `mention`.
fn strip_mention(text: &str, mention: &str) -> String {
    let lower = text.to_lowercase();
    let needle = mention.to_lowercase();
    if lower.len() != text.len() {
        // Lowercasing changed byte lengths (rare scripts): fall back to an exact removal.
        return text.replace(mention, " ");
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (i, _) in lower.match_indices(&needle) {
        out.push_str(&text[rest..i]);
        out.push(' ');
        rest = i + needle.len();
    }
    out.push_str(&text[rest..]);
    out
}

/// Answers a question in the message's chat, logging one line.
async fn answer(bot: &Bot, msg: &Message, app: &App, question: &str) -> HandlerResult {
    let matcher = app.matcher();
    let started = Instant::now();
    let outcome = matcher.decide(question);
    let micros = started.elapsed().as_micros();
    let entry = outcome.best.map(|b| matcher.entry(&b).id.as_str());
    info!(
        chat = chat_kind(msg),
        status = outcome.status.as_str(),
        entry = entry.unwrap_or("-"),
        score = outcome.best.map_or(0.0, |b| b.score),
        micros,
        "answered"
    );
    debug!(text = question, "question");
    app.record(&matcher, question, &outcome);
    let reply_to = (!msg.chat.is_private()).then_some(msg.id);
    send(
        bot,
        msg.chat.id,
        reply_to,
        &reply::message(&matcher, &outcome),
    )
    .await
}

async fn on_callback(bot: Bot, q: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let m = &*app.matcher();
    let data = q.data.as_deref().unwrap_or_default();
    let entry = data
        .strip_prefix(reply::CALLBACK_ANSWER)
        .and_then(|id| m.find(id));
    // Always acknowledge, so that the client's spinner stops.
    let mut ack = bot.answer_callback_query(q.id.clone());
    if entry.is_none() && data != reply::CALLBACK_NONE {
        ack = ack.text("That button is out of date. Send /topics for the current list.");
    }
    if let Err(e) = ack.await {
        warn!("cannot answer callback query: {e}");
    }
    let Some(chat) = q.chat_id() else {
        return Ok(());
    };
    info!(callback = data, "button");
    match entry {
        Some(entry) => send(&bot, chat, None, &reply::entry_message(m, entry)).await,
        None if data == reply::CALLBACK_NONE => {
            let none = reply::Message::text(reply::NONE_OF_THESE);
            send(&bot, chat, None, &none).await
        }
        None => Ok(()),
    }
}

/// How many answers an inline query offers.
const INLINE_ANSWERS: usize = 5;

/// The inline-mode results for `query`: the best article entries, ready to share.
pub fn inline_results(matcher: &Matcher, query: &str) -> Vec<InlineQueryResult> {
    let ids: Vec<usize> = if query.trim().is_empty() {
        (0..matcher.knowledge().entries.len()).collect()
    } else {
        matcher.ranked(query).into_iter().map(|s| s.entry).collect()
    };
    ids.into_iter()
        .filter(|&i| !matcher.knowledge().entries[i].is_smalltalk())
        .take(INLINE_ANSWERS.min(limits::INLINE_RESULTS))
        .map(|i| {
            let entry = &matcher.knowledge().entries[i];
            let message = reply::entry_message(matcher, entry);
            let content = InputMessageContentText::new(message.html)
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            InlineQueryResult::Article(
                InlineQueryResultArticle::new(
                    entry.id.clone(),
                    reply::truncate(&entry.questions[0], limits::INLINE_TITLE_CHARS),
                    InputMessageContent::Text(content),
                )
                .description(reply::truncate(&entry.answer, limits::INLINE_TITLE_CHARS)),
            )
        })
        .collect()
}

async fn on_inline(bot: Bot, q: InlineQuery, app: Arc<App>) -> HandlerResult {
    let results = inline_results(&app.matcher(), &q.query);
    info!(results = results.len(), "inline query");
    if let Err(e) = bot.answer_inline_query(q.id, results).cache_time(300).await {
        warn!("cannot answer inline query: {e}");
    }
    Ok(())
}

fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// How often a send is retried after a 429.
const SEND_ATTEMPTS: u32 = 3;
/// Longest `retry_after` honoured inside a handler; longer waits drop the reply (and log it).
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Sends one rendered message as HTML with its buttons; waits out 429s, logs other failures.
async fn send(
    bot: &Bot,
    chat: ChatId,
    reply_to: Option<MessageId>,
    message: &reply::Message,
) -> HandlerResult {
    let keyboard = (!message.buttons.is_empty()).then(|| {
        InlineKeyboardMarkup::new(message.buttons.iter().map(|b| {
            vec![InlineKeyboardButton::callback(
                b.label.clone(),
                b.data.clone(),
            )]
        }))
    });
    for attempt in 1..=SEND_ATTEMPTS {
        let mut request = bot
            .send_message(chat, message.html.clone())
            .parse_mode(ParseMode::Html)
            .link_preview_options(no_preview());
        if let Some(id) = reply_to {
            request =
                request.reply_parameters(ReplyParameters::new(id).allow_sending_without_reply());
        }
        if let Some(keyboard) = &keyboard {
            request = request.reply_markup(keyboard.clone());
        }
        match request.await {
            Ok(_) => return Ok(()),
            Err(RequestError::RetryAfter(wait))
                if attempt < SEND_ATTEMPTS && wait.duration() <= MAX_RETRY_AFTER =>
            {
                warn!(
                    "Telegram asked to wait {:?} before sending",
                    wait.duration()
                );
                tokio::time::sleep(wait.duration()).await;
            }
            Err(e) => {
                warn!("cannot send a reply: {e}");
                return Ok(());
            }
        }
    }
    Ok(())
}

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
        Ok(Settings {
            token,
            api_url: var("TELOXIDE_API_URL"),
            unanswered_log: var("UNANSWERED_LOG").map(PathBuf::from),
            knowledge_dir,
            webhook,
        })
    }
}

/// Runs the bot with long polling until SIGINT or SIGTERM.
pub fn run(matcher: Matcher, settings: Settings) -> Result<(), Error> {
    let mut bot = Bot::new(settings.token.0);
    if let Some(url) = &settings.api_url {
        let url = url::Url::parse(url.trim_end_matches('/'))
            .map_err(|e| Error::ApiUrl(format!("{url}: {e}")))?;
        bot = bot.set_api_url(url);
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
    let app = Arc::new(App::new(matcher, unanswered));
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(Error::Runtime)?
        .block_on(serve(bot, app, settings.knowledge_dir, settings.webhook))
}

async fn serve(
    bot: Bot,
    app: Arc<App>,
    knowledge_dir: Option<PathBuf>,
    webhook: Option<Webhook>,
) -> Result<(), Error> {
    tokio::spawn(reload_on_sighup(app.clone(), knowledge_dir));
    let shutdown = Arc::new(tokio::sync::Notify::new());
    tokio::spawn({
        let shutdown = shutdown.clone();
        async move {
            wait_for_signal().await;
            shutdown.notify_waiters();
            shutdown.notify_one();
        }
    });

    let Some(me) = connect(&bot, &shutdown).await? else {
        info!("stopped before Telegram was reachable");
        return Ok(());
    };
    info!(bot = %me.username(), "connected to Telegram");
    if let Err(e) = bot.set_my_commands(Command::bot_commands()).await {
        warn!("cannot register the command menu: {e}");
    }

    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![app])
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
            listen(&mut dispatcher, listener, "webhook listener failed").await?;
        }
        None => {
            let listener = teloxide::update_listeners::polling_default(bot).await;
            listen(&mut dispatcher, listener, "polling failed, retrying").await?;
        }
    }
    info!("stopped");
    Ok(())
}

/// Dispatches the updates `listener` brings until shutdown; its errors are logged as `failed`.
async fn listen<L>(
    dispatcher: &mut Dispatcher<Bot, RequestError, teloxide::dispatching::DefaultKey>,
    listener: L,
    failed: &'static str,
) -> Result<(), Error>
where
    L: teloxide::update_listeners::UpdateListener + Send,
    L::Err: std::fmt::Debug,
{
    dispatcher
        .try_dispatch_with_listener(listener, LoggingErrorHandler::with_custom_text(failed))
        .await
        .map_err(Error::Telegram)
}

/// On each SIGHUP, re-reads and validates the knowledge and swaps it in; an invalid new file is
/// logged with its problems and the current knowledge keeps serving.
async fn reload_on_sighup(app: Arc<App>, dir: Option<PathBuf>) {
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
            let loaded = tokio::task::spawn_blocking(move || {
                Files::locate(dir.as_deref()).and_then(|files| Matcher::load(&files))
            })
            .await;
            match loaded {
                Ok(Ok(matcher)) => {
                    let entries = matcher.knowledge().entries.len();
                    app.replace(matcher);
                    info!(entries, "knowledge reloaded");
                }
                Ok(Err(e)) => error!("knowledge reload rejected, keeping the current one: {e}"),
                Err(e) => error!("knowledge reload failed: {e}"),
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (app, dir);
}

/// `getMe` until Telegram answers: retries with backoff while it is unreachable, fails on 401,
/// gives up quietly (`None`) on shutdown.
async fn connect(bot: &Bot, shutdown: &tokio::sync::Notify) -> Result<Option<Me>, Error> {
    let mut delay = Duration::from_millis(500);
    loop {
        match bot.get_me().await {
            Ok(me) => return Ok(Some(me)),
            Err(RequestError::Api(ApiError::InvalidToken)) => return Err(Error::Unauthorized),
            Err(e) => warn!("Telegram is not reachable ({e}); retrying in {delay:?}"),
        }
        tokio::select! {
            () = tokio::time::sleep(delay) => {}
            () = shutdown.notified() => return Ok(None),
        }
        delay = (delay * 2).min(Duration::from_secs(30));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

    #[test]
    fn token_debug_is_redacted() {
        let t = Token::new("123456:SECRET".into());
        assert!(!format!("{t:?}").contains("SECRET"));
    }

    #[test]
    fn mention_is_stripped_case_insensitively() {
        assert_eq!(
            strip_mention("@FaqBot why was it banned?", "@faqbot").trim(),
            "why was it banned?"
        );
    }

    #[test]
    fn inline_results_are_bounded() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        for q in ["", "ban", "why was kaspersky banned", "zzzz"] {
            let r = inline_results(&m, q);
            assert!(r.len() <= INLINE_ANSWERS && r.len() <= limits::INLINE_RESULTS);
        }
        assert!(!inline_results(&m, "why was kaspersky banned").is_empty());
    }
}
