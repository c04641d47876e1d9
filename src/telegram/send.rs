//! Sending: one rendered message as Telegram HTML with its buttons, waiting out 429s.

use std::time::Duration;

use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, MessageId, ParseMode,
    ReplyParameters,
};
use tracing::warn;

use crate::reply;

use super::{App, HandlerResult, metrics};

/// Link previews off: answers quote the article, they link nowhere.
pub(super) fn no_preview() -> LinkPreviewOptions {
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
pub(super) async fn send(
    bot: &Bot,
    app: &App,
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
        app.outbox().ready(chat).await;
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
        let result = request.await;
        match &result {
            Ok(_) => app.health().telegram(true),
            Err(e) => metrics::telegram_failed(app, e),
        }
        match result {
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
