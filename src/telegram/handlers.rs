//! The handler tree: extract, call the core, send. One [`schema`] serves production and the
//! tests (teloxide_tests' `MockBot`). Handlers never panic and never return a send failure to
//! the dispatcher.

use std::sync::Arc;
use std::time::Instant;

use teloxide::RequestError;
use teloxide::dispatching::{UpdateHandler, dialogue::GetChatId};
use teloxide::prelude::*;
use teloxide::types::{
    ChatKind, InlineQueryResult, InlineQueryResultArticle, InputMessageContent,
    InputMessageContentText, Me, ParseMode,
};
use teloxide::utils::command::BotCommands;
use tracing::{debug, info, warn};

use crate::conversation::{self, Turn};
use crate::matcher::{Matcher, Outcome};
use crate::reply::{self, Callback, limits};

use super::context::{ConversationKey, now};
use super::flood::Admit;
use super::metrics::{ANSWER_DURATION, QUESTIONS, THROTTLED, UPDATES};
use super::send::{no_preview, send};
use super::{App, HandlerResult};

/// The commands, as shown in Telegram's menu. Each variant's doc comment is its menu
/// description (teloxide takes it from there; a `description` attribute would be appended to it).
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// what I know, with example questions
    Start(String),
    /// how to ask
    Help,
    /// everything I can answer
    Topics,
    /// ask a question, e.g. /ask why was Kaspersky banned?
    Ask(String),
}

/// How many answers an inline query offers.
const INLINE_ANSWERS: usize = 5;
/// Seconds Telegram may cache an inline answer: the knowledge changes only on reload.
const INLINE_CACHE_SECONDS: u32 = 300;

/// The handler tree, shared by production and tests. Needs `Arc<App>` as a dependency (and `Me`,
/// which the dispatcher provides).
pub fn schema() -> UpdateHandler<RequestError> {
    dptree::entry()
        .inspect(count_update)
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

/// Counts every update by kind (a bounded label).
fn count_update(update: Update) {
    use teloxide::types::UpdateKind;
    let kind = match update.kind {
        UpdateKind::Message(_) => "message",
        UpdateKind::EditedMessage(_) => "edited_message",
        UpdateKind::CallbackQuery(_) => "callback_query",
        UpdateKind::InlineQuery(_) => "inline_query",
        _ => "other",
    };
    metrics::counter!(UPDATES, "kind" => kind).increment(1);
}

/// Flood control: whether a message of `key`'s conversation in `chat` is answered. The first
/// one over the limit gets "slow down"; the rest are dropped until the window passes.
async fn admitted(bot: &Bot, app: &App, key: ConversationKey) -> bool {
    match app.flood().admit(key, Instant::now()) {
        Admit::Yes => true,
        Admit::SlowDown => {
            metrics::counter!(THROTTLED).increment(1);
            info!("flood control: slowing a conversation down");
            let _ = send(
                bot,
                app,
                key.chat,
                None,
                &reply::Message::text(reply::SLOW_DOWN),
            )
            .await;
            false
        }
        Admit::Drop => {
            metrics::counter!(THROTTLED).increment(1);
            false
        }
    }
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

/// The conversation a message belongs to: its chat, and in groups its sender.
fn conversation_of(msg: &Message) -> ConversationKey {
    ConversationKey {
        chat: msg.chat.id,
        user: msg
            .from
            .as_ref()
            .map_or(msg.chat.id.0.unsigned_abs(), |u| u.id.0),
    }
}

async fn on_command(bot: Bot, msg: Message, cmd: Command, app: Arc<App>) -> HandlerResult {
    let m = &*app.matcher();
    let reply_to = (!msg.chat.is_private()).then_some(msg.id);
    let key = conversation_of(&msg);
    if !admitted(&bot, &app, key).await {
        return Ok(());
    }
    match cmd {
        Command::Start(payload) => {
            let payload = payload.trim();
            let found = m
                .knowledge()
                .position(payload)
                .filter(|&i| !m.knowledge().entries[i].is_smalltalk());
            match found {
                Some(entry) => {
                    let entry_id = &m.knowledge().entries[entry].id;
                    info!(chat = chat_kind(&msg), command = "start", entry = %entry_id, "deep link");
                    remember_choice(&app, m, key, entry).await;
                    let message = reply::entry_message(m, &m.knowledge().entries[entry]);
                    send(&bot, &app, msg.chat.id, reply_to, &message).await
                }
                None => send(&bot, &app, msg.chat.id, reply_to, &reply::start(m)).await,
            }
        }
        Command::Help => send(&bot, &app, msg.chat.id, reply_to, &reply::help(m)).await,
        Command::Topics => {
            let topics = conversation::topics(m);
            app.contexts()
                .update(key, |c| c.offering(m, &topics, now()))
                .await;
            send(&bot, &app, msg.chat.id, reply_to, &reply::topics(m)).await
        }
        Command::Ask(question) if question.trim().is_empty() => {
            let usage = reply::Message::text(
                "Put your question after the command, for example:\n<code>/ask why was Kaspersky banned?</code>",
            );
            send(&bot, &app, msg.chat.id, reply_to, &usage).await
        }
        Command::Ask(question) => answer(&bot, &msg, &app, &question).await,
    }
}

/// Text messages that are not one of our commands, edited messages, and non-text messages.
async fn on_message(bot: Bot, msg: Message, me: Me, app: Arc<App>) -> HandlerResult {
    let private = msg.chat.is_private();
    let Some(text) = msg.text() else {
        if private && admitted(&bot, &app, conversation_of(&msg)).await {
            let not_text = reply::Message::text(reply::NOT_TEXT);
            return send(&bot, &app, msg.chat.id, None, &not_text).await;
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
            return send(&bot, &app, msg.chat.id, None, &unknown).await;
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

/// Answers a question in its conversation (read against the context, which it then updates),
/// logging one line.
async fn answer(bot: &Bot, msg: &Message, app: &App, question: &str) -> HandlerResult {
    let key = conversation_of(msg);
    if !admitted(bot, app, key).await {
        return Ok(());
    }
    let matcher = app.matcher();
    let context = app.contexts().get(key).await;
    let started = Instant::now();
    let turn = conversation::reply(&matcher, question, context.as_ref());
    let elapsed = started.elapsed();
    let micros = elapsed.as_micros();
    metrics::histogram!(ANSWER_DURATION).record(elapsed.as_secs_f64());
    metrics::counter!(QUESTIONS, "status" => turn.outcome.status.as_str()).increment(1);
    let outcome = &turn.outcome;
    let id_of = |i: usize| matcher.knowledge().entries[i].id.as_str();
    info!(
        chat = chat_kind(msg),
        status = outcome.status.as_str(),
        entry = outcome.best.map_or("-", |b| id_of(b.entry)),
        context = turn.context.map_or("-", id_of),
        score = outcome.best.map_or(0.0, |b| b.score),
        micros,
        "answered"
    );
    debug!(text = question, "question");
    app.learn(key, &matcher, question, &turn);
    app.contexts()
        .update(key, |c| c.after(&matcher, &turn, now()))
        .await;
    let reply_to = (!msg.chat.is_private()).then_some(msg.id);
    send(
        bot,
        app,
        msg.chat.id,
        reply_to,
        &reply::message(&matcher, outcome),
    )
    .await
}

/// The conversation now talks about `entry`, picked by hand (a button, a deep link).
async fn remember_choice(app: &App, matcher: &Matcher, key: ConversationKey, entry: usize) {
    let turn = Turn::alone(matcher, Outcome::chosen(entry));
    app.contexts()
        .update(key, |c| c.after(matcher, &turn, now()))
        .await;
}

async fn on_callback(bot: Bot, q: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let m = &*app.matcher();
    let data = q.data.as_deref().unwrap_or_default();
    let callback = Callback::parse(data);
    let entry = match &callback {
        Some(Callback::Answer(id)) => m.knowledge().position(id),
        _ => None,
    };
    // Always acknowledge, so that the client's spinner stops.
    let mut ack = bot.answer_callback_query(q.id.clone());
    if entry.is_none() && callback != Some(Callback::NoneOfThese) {
        ack = ack.text("That button is out of date. Send /topics for the current list.");
    }
    if let Err(e) = ack.await {
        warn!("cannot answer callback query: {e}");
    }
    let Some(chat) = q.chat_id() else {
        return Ok(());
    };
    let key = ConversationKey {
        chat,
        user: q.from.id.0,
    };
    if !admitted(&bot, &app, key).await {
        return Ok(());
    }
    info!(callback = data, "button");
    match (entry, callback) {
        (Some(entry), _) => {
            app.learn_choice(key, Some(&m.knowledge().entries[entry].id));
            remember_choice(&app, m, key, entry).await;
            let message = reply::entry_message(m, &m.knowledge().entries[entry]);
            send(&bot, &app, chat, None, &message).await
        }
        (None, Some(Callback::NoneOfThese)) => {
            app.learn_choice(key, None);
            app.contexts()
                .update(key, |c| c.offering(m, &[], now()))
                .await;
            let none = reply::Message::text(reply::NONE_OF_THESE);
            send(&bot, &app, chat, None, &none).await
        }
        _ => Ok(()),
    }
}

/// The inline-mode results for `query`: the best article entries, ready to share. Inline mode
/// has no conversation: each query is read alone.
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
    if let Err(e) = bot
        .answer_inline_query(q.id, results)
        .cache_time(INLINE_CACHE_SECONDS)
        .await
    {
        warn!("cannot answer inline query: {e}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;

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
