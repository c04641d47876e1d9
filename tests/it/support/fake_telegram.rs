//! A local Bot API server for end-to-end tests of the real `faqbot` binary (on 127.0.0.1).
//!
//! It serves what the bot uses (`getMe`, `getUpdates` with offsets and long polling,
//! `sendMessage`, `answerCallbackQuery`, `answerInlineQuery`, `setMyCommands`,
//! `deleteWebhook`, `getWebhookInfo`, `setWebhook`), injects faults on request, and checks what
//! Telegram checks: text of 1-4,096 characters, well-formed HTML in the tags Telegram allows,
//! callback data of at most 64 bytes. What it rejects is recorded in `State::rejected`.

use std::net::{SocketAddr, TcpListener};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use actix_web::{App, HttpResponse, HttpServer, web};
use serde_json::{Value, json};

/// Faults to inject; each counter is used up one request at a time.
#[derive(Debug, Default, Clone)]
pub(crate) struct Faults {
    /// `sendMessage` answers 429 with `retry_after` = 1 this many times.
    pub send_429: u32,
    /// `getUpdates` answers 502 this many times.
    pub updates_502: u32,
    /// `getMe` answers 401.
    pub unauthorized: bool,
    /// `sendMessage` answers only after this long (a reply in flight).
    pub send_delay: Option<Duration>,
}

/// A message the bot sent.
#[derive(Debug, Clone)]
pub(crate) struct Sent {
    pub chat_id: i64,
    pub text: String,
    pub at: Instant,
}

/// Everything the server saw.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub faults: Faults,
    pending: Vec<Value>,
    next_update_id: i64,
    next_message_id: i64,
    pub sent: Vec<Sent>,
    pub calls: Vec<String>,
    /// The highest `offset` a `getUpdates` confirmed.
    pub confirmed_offset: i64,
    /// Every `getUpdates` offset, with when it came.
    pub confirmations: Vec<(i64, Instant)>,
    pub send_attempts: u32,
    /// When each `sendMessage` came, answered or not.
    pub send_times: Vec<Instant>,
    /// `sendMessage` requests that arrived, counted before any `send_delay`.
    pub sends_arrived: u32,
    pub webhook: Option<Value>,
    /// Bodies of `answerInlineQuery` calls.
    pub inline_answers: Vec<Value>,
    /// What Telegram would have refused, and calls of methods Telegram does not have.
    pub rejected: Vec<String>,
}

impl State {
    /// Whether the bot confirmed every update so far and asked for more since: all it was sent
    /// is handled, and nothing of it will be delivered again.
    pub(crate) fn idle(&self) -> bool {
        let last = self.next_update_id - 1;
        self.confirmations
            .iter()
            .filter(|(offset, _)| *offset > last)
            .nth(1)
            .is_some()
    }
}

impl Drop for FakeTelegram {
    /// Every test asserts that Telegram would have accepted every call the bot made.
    fn drop(&mut self) {
        drop(self.server.stop(false));
        if !std::thread::panicking() {
            let s = self.state();
            assert!(
                s.rejected.is_empty(),
                "Telegram would refuse: {:?}",
                s.rejected
            );
        }
    }
}

/// A running fake Bot API.
pub(crate) struct FakeTelegram {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    server: actix_web::dev::ServerHandle,
}

impl FakeTelegram {
    /// Starts on a free port.
    pub(crate) fn start(faults: Faults) -> Self {
        Self::start_on(free_port(), faults)
    }

    /// Starts on `port`.
    pub(crate) fn start_on(port: u16, faults: Faults) -> Self {
        let state = Arc::new(Mutex::new(State {
            faults,
            next_update_id: 1,
            ..State::default()
        }));
        let (tx, rx) = std::sync::mpsc::channel();
        let shared = state.clone();
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let data = web::Data::new(shared);
                let server = HttpServer::new(move || {
                    App::new()
                        .app_data(data.clone())
                        .app_data(web::JsonConfig::default().limit(1 << 20))
                        .route("/bot{token}/{method}", web::post().to(handle))
                })
                .workers(2)
                .bind(("127.0.0.1", port))
                .expect("bind the fake Bot API")
                .run();
                tx.send(server.handle()).expect("report the handle");
                let _ = server.await;
            });
        });
        let server = rx.recv().expect("server started");
        FakeTelegram {
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            state,
            server,
        }
    }

    /// Stops answering, as Telegram going away: returns once the port refuses connections.
    pub(crate) fn stop(&self) {
        // The stop command is sent at once; the returned future only reports completion.
        drop(self.server.stop(false));
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(self.addr).is_ok() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The URL to give the bot as `TELOXIDE_API_URL`.
    pub(crate) fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues a private text message from user `chat`; returns its update id.
    pub(crate) fn message(&self, chat: i64, text: &str) -> i64 {
        let mut s = self.state();
        let id = s.next_update_id;
        s.next_update_id += 1;
        let message_id = id;
        s.pending.push(json!({
            "update_id": id,
            "message": {
                "message_id": message_id,
                "date": 1_700_000_000,
                "chat": {"id": chat, "type": "private", "first_name": "User"},
                "from": {"id": chat, "is_bot": false, "first_name": "User"},
                "text": text,
            }
        }));
        id
    }

    /// Queues an inline query `query` from user `user`.
    pub(crate) fn inline_query(&self, user: i64, query: &str) {
        let mut s = self.state();
        let id = s.next_update_id;
        s.next_update_id += 1;
        s.pending.push(json!({
            "update_id": id,
            "inline_query": {
                "id": format!("iq{id}"),
                "from": {"id": user, "is_bot": false, "first_name": "User"},
                "query": query,
                "offset": "",
            }
        }));
    }

    /// Waits until `done` holds for the state, or `timeout` passes; returns whether it held.
    pub(crate) fn wait_for(&self, timeout: Duration, done: impl Fn(&State) -> bool) -> bool {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if done(&self.state()) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        done(&self.state())
    }
}

/// A port nothing listens on right now.
pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The text fields of a multipart/form-data body, as a JSON object.
fn multipart_fields(body: &[u8]) -> Value {
    let text = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in text
        .split("Content-Disposition: form-data; name=\"")
        .skip(1)
    {
        let Some((name, rest)) = part.split_once('"') else {
            continue;
        };
        let Some((_, value)) = rest.split_once("\r\n\r\n") else {
            continue;
        };
        let value = value.split("\r\n--").next().unwrap_or_default();
        fields.insert(name.to_string(), Value::String(value.to_string()));
    }
    Value::Object(fields)
}

fn ok(result: Value) -> HttpResponse {
    HttpResponse::Ok().json(json!({"ok": true, "result": result}))
}

fn error(status: u16, description: &str, extra: Value) -> HttpResponse {
    let mut body = json!({"ok": false, "error_code": status, "description": description});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap()).json(body)
}

async fn handle(
    path: web::Path<(String, String)>,
    body: web::Bytes,
    state: web::Data<Arc<Mutex<State>>>,
) -> HttpResponse {
    let (_token, method) = path.into_inner();
    // Telegram matches method names case-insensitively (teloxide sends "GetMe").
    let method = method.to_ascii_lowercase();
    // JSON, or multipart/form-data (teloxide's setWebhook, which may carry a certificate).
    let body: Value = serde_json::from_slice(&body).unwrap_or_else(|_| multipart_fields(&body));
    state
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .calls
        .push(method.clone());
    match method.as_str() {
        "getme" => {
            if state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .faults
                .unauthorized
            {
                return error(401, "Unauthorized", json!({}));
            }
            ok(json!({
                "id": 4242, "is_bot": true, "first_name": "faqbot", "username": "faqbot_test",
                "can_join_groups": true, "can_read_all_group_messages": false,
                "supports_inline_queries": true, "can_connect_to_business": false,
                "has_main_web_app": false
            }))
        }
        "getupdates" => get_updates(&body, &state).await,
        "sendmessage" => {
            let delay = {
                let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                s.sends_arrived += 1;
                s.faults.send_delay
            };
            if let Some(delay) = delay {
                actix_web::rt::time::sleep(delay).await;
            }
            send_message(&body, &state)
        }
        "setwebhook" => {
            state.lock().unwrap_or_else(|e| e.into_inner()).webhook = Some(body);
            ok(json!(true))
        }
        "getwebhookinfo" => {
            ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}))
        }
        "answerinlinequery" => {
            let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
            if let Err(why) = check_inline_answer(&body) {
                s.rejected.push(why.clone());
                return error(400, &format!("Bad Request: {why}"), json!({}));
            }
            s.inline_answers.push(body);
            ok(json!(true))
        }
        "setmycommands" => checked(&state, check_commands(&body)),
        "answercallbackquery" => checked(&state, check_callback_answer(&body)),
        "deletewebhook" => ok(json!(true)),
        other => {
            state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .rejected
                .push(format!("unknown method {other}"));
            error(404, &format!("Not Found: method {other}"), json!({}))
        }
    }
}

/// `true`, or 400 with the reason recorded as rejected.
fn checked(state: &Arc<Mutex<State>>, check: Result<(), String>) -> HttpResponse {
    match check {
        Ok(()) => ok(json!(true)),
        Err(why) => {
            state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .rejected
                .push(why.clone());
            error(400, &format!("Bad Request: {why}"), json!({}))
        }
    }
}

/// What Telegram would refuse in a `setMyCommands`: 1-100 commands of 1-32 characters of
/// `a-z0-9_` (a leading `/`, which teloxide sends, is accepted), each with a one-line
/// description of 1-256 characters.
pub(crate) fn check_commands(body: &Value) -> Result<(), String> {
    let commands = body["commands"]
        .as_array()
        .ok_or("setMyCommands: no commands array")?;
    if commands.is_empty() || commands.len() > 100 {
        return Err(format!("setMyCommands: {} commands", commands.len()));
    }
    for c in commands {
        let name = c["command"].as_str().unwrap_or_default();
        let name = name.strip_prefix('/').unwrap_or(name);
        let valid = (1..=32).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        let description = c["description"].as_str().unwrap_or_default();
        if !valid || !(1..=256).contains(&description.chars().count()) || description.contains('\n')
        {
            return Err(format!("setMyCommands: bad command {c}"));
        }
    }
    Ok(())
}

/// What Telegram would refuse in an `answerCallbackQuery`: no query id, or a notification of
/// more than 200 characters.
pub(crate) fn check_callback_answer(body: &Value) -> Result<(), String> {
    if body["callback_query_id"].as_str().is_none_or(str::is_empty) {
        return Err("answerCallbackQuery: no callback_query_id".into());
    }
    if body["text"]
        .as_str()
        .is_some_and(|t| t.chars().count() > 200)
    {
        return Err("answerCallbackQuery: text over 200 characters".into());
    }
    Ok(())
}

/// What Telegram would refuse in an `answerInlineQuery`: no query id, more than 50 results,
/// result ids over 64 bytes or repeated, or a message text Telegram would refuse.
pub(crate) fn check_inline_answer(body: &Value) -> Result<(), String> {
    if body["inline_query_id"].as_str().is_none_or(str::is_empty) {
        return Err("answerInlineQuery: no inline_query_id".into());
    }
    let results = body["results"]
        .as_array()
        .ok_or("answerInlineQuery: no results array")?;
    if results.len() > 50 {
        return Err(format!("answerInlineQuery: {} results", results.len()));
    }
    let mut ids = std::collections::HashSet::new();
    for r in results {
        let id = r["id"].as_str().unwrap_or_default();
        if id.is_empty() || id.len() > 64 || !ids.insert(id.to_string()) {
            return Err(format!("answerInlineQuery: bad result id {id:?}"));
        }
        let content = &r["input_message_content"];
        let text = json!({"text": content["message_text"], "parse_mode": content["parse_mode"]});
        check_message(&text).map_err(|why| format!("answerInlineQuery: {why}"))?;
    }
    Ok(())
}

async fn get_updates(body: &Value, state: &Arc<Mutex<State>>) -> HttpResponse {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let timeout = body["timeout"].as_u64().unwrap_or(0).min(1);
    let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    {
        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
        if s.faults.updates_502 > 0 {
            s.faults.updates_502 -= 1;
            return HttpResponse::BadGateway().body("<html>502 Bad Gateway</html>");
        }
        s.confirmed_offset = s.confirmed_offset.max(offset);
        s.confirmations.push((offset, Instant::now()));
        s.pending
            .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
    }
    let deadline = Instant::now() + Duration::from_secs(timeout);
    loop {
        {
            let s = state.lock().unwrap_or_else(|e| e.into_inner());
            if !s.pending.is_empty() || Instant::now() >= deadline {
                let batch: Vec<Value> = s.pending.iter().take(limit).cloned().collect();
                return ok(Value::Array(batch));
            }
        }
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    }
}

fn send_message(body: &Value, state: &Arc<Mutex<State>>) -> HttpResponse {
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    s.send_attempts += 1;
    s.send_times.push(Instant::now());
    if s.faults.send_429 > 0 {
        s.faults.send_429 -= 1;
        return error(
            429,
            "Too Many Requests: retry after 1",
            json!({"parameters": {"retry_after": 1}}),
        );
    }
    let chat_id = body["chat_id"].as_i64().unwrap_or(0);
    let text = body["text"].as_str().unwrap_or_default().to_string();
    if let Err(why) = check_message(body) {
        s.rejected.push(why.clone());
        return error(400, &format!("Bad Request: {why}"), json!({}));
    }
    s.next_message_id += 1;
    let id = s.next_message_id;
    s.sent.push(Sent {
        chat_id,
        text: text.clone(),
        at: Instant::now(),
    });
    ok(json!({
        "message_id": id,
        "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private", "first_name": "User"},
        "from": {"id": 4242, "is_bot": true, "first_name": "faqbot", "username": "faqbot_test"},
        "text": strip_tags(&text),
    }))
}

/// What Telegram would refuse in a `sendMessage`.
pub(crate) fn check_message(body: &Value) -> Result<(), String> {
    let text = body["text"].as_str().ok_or("no text")?;
    let html = body["parse_mode"].as_str() == Some("HTML");
    let visible = if html {
        unescape(&strip_tags(text))
    } else {
        text.to_string()
    };
    let units = visible.encode_utf16().count();
    if units == 0 || units > 4096 {
        return Err(format!("message text is {units} UTF-16 units long"));
    }
    if html {
        check_html(text)?;
    }
    if let Some(rows) = body["reply_markup"]["inline_keyboard"].as_array() {
        for button in rows.iter().filter_map(Value::as_array).flatten() {
            if let Some(data) = button["callback_data"].as_str()
                && (data.is_empty() || data.len() > 64)
            {
                return Err(format!("callback data of {} bytes", data.len()));
            }
        }
    }
    Ok(())
}

const TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "code",
    "pre",
    "a",
    "blockquote",
    "tg-spoiler",
    "span",
];

/// Tags Telegram knows, properly nested; `&` only in entities; no stray `<` or `>`.
pub(crate) fn check_html(text: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '>', '&']) {
        let c = rest.as_bytes()[i];
        rest = &rest[i..];
        match c {
            b'>' => return Err("stray '>'".into()),
            b'&' => {
                let end = rest.find(';').ok_or("unterminated entity")?;
                let entity = &rest[1..end];
                let known =
                    matches!(entity, "amp" | "lt" | "gt" | "quot") || entity.starts_with('#');
                if !known {
                    return Err(format!("unknown entity &{entity};"));
                }
                rest = &rest[end + 1..];
            }
            _ => {
                let end = rest.find('>').ok_or("unterminated tag")?;
                let tag = &rest[1..end];
                let (closing, name) = match tag.strip_prefix('/') {
                    Some(n) => (true, n),
                    None => (false, tag.split_whitespace().next().unwrap_or_default()),
                };
                if !TAGS.contains(&name) {
                    return Err(format!("unsupported tag <{tag}>"));
                }
                if closing {
                    if stack.pop().as_deref() != Some(name) {
                        return Err(format!("mismatched </{name}>"));
                    }
                } else {
                    stack.push(name.to_string());
                }
                rest = &rest[end + 1..];
            }
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!("unclosed <{open}>"));
    }
    Ok(())
}

fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}
