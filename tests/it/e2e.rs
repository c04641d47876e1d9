//! The real `faqbot` binary against a local Bot API server, with faults.

use std::time::Duration;

use crate::support::fake_telegram::{FakeTelegram, Faults, free_port};
use crate::support::{Running, SECRET};

const WAIT: Duration = Duration::from_secs(15);

fn answered(t: &FakeTelegram, n: usize) -> bool {
    t.wait_for(WAIT, |s| s.sent.len() >= n)
}

#[test]
fn answers_a_question_over_long_polling() {
    let t = FakeTelegram::start(Faults::default());
    let bot = Running::start(&t.url(), &[], &[]);
    t.message(7, "Why was Kaspersky banned?");
    assert!(answered(&t, 1), "no reply; output:\n{}", bot.output());
    let s = t.state();
    assert_eq!(s.sent[0].chat_id, 7);
    assert!(
        s.sent[0]
            .text
            .contains("<blockquote>The U.S. cited concerns")
    );
    assert!(s.calls.contains(&"setmycommands".to_string()));
    assert!(s.rejected.is_empty(), "{:?}", s.rejected);
}

#[test]
fn waits_out_a_429_then_sends() {
    let t = FakeTelegram::start(Faults {
        send_429: 1,
        ..Faults::default()
    });
    let bot = Running::start(&t.url(), &[], &[]);
    t.message(7, "who is craig vercolen");
    assert!(answered(&t, 1), "no reply; output:\n{}", bot.output());
    let s = t.state();
    assert_eq!(s.send_attempts, 2, "one 429, then the reply");
    let gap = s.send_times[1] - s.send_times[0];
    assert!(
        gap >= Duration::from_millis(950),
        "retry_after is 1 s; waited {gap:?}"
    );
}

/// teloxide waits 10 s after a 5xx, then polling backs off 1 s, 2 s...: two 502s take ~23 s.
#[test]
fn polling_survives_bad_gateways() {
    let t = FakeTelegram::start(Faults {
        updates_502: 2,
        ..Faults::default()
    });
    let bot = Running::start(&t.url(), &[], &[]);
    t.message(7, "what did eugene kaspersky tweet");
    assert!(
        t.wait_for(Duration::from_secs(45), |s| !s.sent.is_empty()),
        "no reply; output:\n{}",
        bot.output()
    );
    assert_eq!(t.state().faults.updates_502, 0);
}

#[test]
fn waits_for_telegram_at_start_up() {
    let port = free_port();
    let mut bot = Running::start(&format!("http://127.0.0.1:{port}"), &[], &[]);
    assert!(bot.wait_output("not reachable", WAIT), "{}", bot.output());
    assert!(
        bot.wait_exit(Duration::from_millis(1500)).is_none(),
        "it must not exit"
    );
    let t = FakeTelegram::start_on(port, Faults::default());
    t.message(7, "what does the ban cover");
    assert!(answered(&t, 1), "no reply; output:\n{}", bot.output());
}

#[test]
fn rejected_token_exits_1_with_a_clear_message() {
    let t = FakeTelegram::start(Faults {
        unauthorized: true,
        ..Faults::default()
    });
    let mut bot = Running::start(&t.url(), &[], &[]);
    let (code, _) = bot.wait_exit(WAIT).expect("exits");
    assert_eq!(code, Some(1));
    let out = bot.output();
    assert!(
        out.contains("Telegram rejected the token (401 Unauthorized): check TELOXIDE_TOKEN"),
        "{out}"
    );
    assert!(!out.contains(SECRET));
}

/// SIGTERM while a reply is in flight (the Bot API server holds `sendMessage` for 800 ms): the
/// reply still goes out, the update is confirmed to Telegram after the signal, and the process
/// exits 0 within two seconds.
#[test]
fn sigterm_finishes_the_reply_in_flight_and_confirms_it() {
    let t = FakeTelegram::start(Faults {
        send_delay: Some(Duration::from_millis(800)),
        ..Faults::default()
    });
    let mut bot = Running::start(&t.url(), &[], &[]);
    let id = t.message(7, "why was kaspersky banned");
    assert!(
        t.wait_for(WAIT, |s| s.sends_arrived >= 1),
        "no reply started; output:\n{}",
        bot.output()
    );
    let signalled = std::time::Instant::now();
    bot.signal("TERM");
    let (code, took) = bot.wait_exit(Duration::from_secs(5)).expect("exits");
    assert_eq!(code, Some(0), "{}", bot.output());
    assert!(took < Duration::from_secs(2), "took {took:?}");
    let s = t.state();
    assert_eq!(s.sent.len(), 1, "the reply in flight was sent");
    assert!(
        s.sent[0].at > signalled,
        "it was still in flight at the signal"
    );
    assert!(
        s.confirmations
            .iter()
            .any(|&(offset, at)| offset > id && at > signalled),
        "update {id} confirmed after the signal: {:?}",
        s.confirmations
    );
}

#[test]
fn a_burst_from_many_chats_is_answered_once_each_in_order() {
    let t = FakeTelegram::start(Faults::default());
    let bot = Running::start(&t.url(), &[], &[]);
    // Three distinct questions per chat, whose answers can be told apart.
    let questions = [
        ("why was kaspersky banned", "Russian intelligence services"),
        ("who is craig vercolen", "LogMeIn spokesman"),
        ("what did eugene kaspersky tweet", "absurdly ridiculous"),
    ];
    for round in &questions {
        for chat in 1..=200 {
            t.message(chat, round.0);
        }
    }
    assert!(
        t.wait_for(Duration::from_secs(60), |s| s.sent.len() >= 600),
        "{} of 600 answered; output tail:\n{}",
        t.state().sent.len(),
        bot.output().chars().rev().take(2000).collect::<String>()
    );
    // Every update confirmed and polled past: nothing is delivered again.
    assert!(t.wait_for(WAIT, |s| s.idle()), "not idle");
    let s = t.state();
    assert_eq!(s.sent.len(), 600, "each exactly once");
    for chat in 1..=200 {
        let replies: Vec<&str> = s
            .sent
            .iter()
            .filter(|m| m.chat_id == chat)
            .map(|m| m.text.as_str())
            .collect();
        assert_eq!(replies.len(), 3, "chat {chat}");
        for (reply, (_, marker)) in replies.iter().zip(&questions) {
            assert!(
                reply.contains(marker),
                "chat {chat} out of order: {reply:.60}"
            );
        }
    }
}

#[test]
fn sighup_reloads_valid_knowledge_and_keeps_serving_on_invalid() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("reload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    std::fs::copy(root.join("article.txt"), dir.join("article.txt")).unwrap();
    let qa = std::fs::read_to_string(root.join("qa.toml")).unwrap();
    std::fs::write(dir.join("qa.toml"), &qa).unwrap();

    let t = FakeTelegram::start(Faults::default());
    let bot = Running::start(&t.url(), &["--knowledge", dir.to_str().unwrap()], &[]);
    t.message(7, "who is craig vercolen");
    assert!(answered(&t, 1), "no reply; output:\n{}", bot.output());
    assert!(!t.state().sent[0].text.contains("RELOADED"));

    // A valid change is picked up.
    let changed = qa.replace(
        "LogMeIn spokesman Craig VerColen said",
        "RELOADED: LogMeIn spokesman Craig VerColen said",
    );
    assert_ne!(changed, qa, "the test edits a real answer");
    std::fs::write(dir.join("qa.toml"), &changed).unwrap();
    bot.signal("HUP");
    assert!(
        bot.wait_output("knowledge reloaded", WAIT),
        "{}",
        bot.output()
    );
    t.message(7, "who is craig vercolen");
    assert!(answered(&t, 2), "no reply; output:\n{}", bot.output());
    assert!(t.state().sent[1].text.contains("RELOADED"));

    // An invalid one is rejected with its problems, and the last good knowledge serves on.
    let broken = changed.replace("source = \"US bans use", "source = \"US bans all use");
    std::fs::write(dir.join("qa.toml"), broken).unwrap();
    bot.signal("HUP");
    assert!(
        bot.wait_output("knowledge reload rejected", WAIT),
        "{}",
        bot.output()
    );
    assert!(
        bot.output()
            .contains("entry `ban-scope`: source is not found verbatim")
    );
    t.message(7, "who is craig vercolen");
    assert!(answered(&t, 3), "no reply; output:\n{}", bot.output());
    assert!(t.state().sent[2].text.contains("RELOADED"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// POSTs `body` to the bot's webhook; the HTTP status, or `None` if it is not listening yet.
fn post_update(listen: &str, path: &str, secret: Option<&str>, body: &str) -> Option<u16> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(listen).ok()?;
    let header = secret
        .map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {listen}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{header}Connection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    response.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn webhook_mode_registers_a_secret_and_refuses_requests_without_it() {
    let t = FakeTelegram::start(Faults::default());
    let listen = format!("127.0.0.1:{}", free_port());
    let url = format!("http://{listen}/telegram");
    let secret = "webhook-secret_123";
    let bot = Running::start(
        &t.url(),
        &[],
        &[
            ("WEBHOOK_URL", url.as_str()),
            ("WEBHOOK_LISTEN", listen.as_str()),
            ("WEBHOOK_SECRET", secret),
        ],
    );
    assert!(
        t.wait_for(WAIT, |s| s.webhook.is_some()),
        "no setWebhook; output:\n{}",
        bot.output()
    );
    let registered = t.state().webhook.clone().unwrap();
    assert_eq!(registered["url"], url.as_str());
    assert_eq!(registered["secret_token"], secret);

    let update = |id: i64| {
        format!(
            r#"{{"update_id":{id},"message":{{"message_id":{id},"date":1700000000,"chat":{{"id":9,"type":"private","first_name":"U"}},"from":{{"id":9,"is_bot":false,"first_name":"U"}},"text":"why was kaspersky banned"}}}}"#
        )
    };
    // Wait until the listener is up, using a request that must be refused anyway.
    let mut refused = None;
    for _ in 0..200 {
        refused = post_update(&listen, "/telegram", Some("wrong"), &update(1));
        if refused.is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    assert_eq!(
        refused,
        Some(401),
        "wrong secret; output:\n{}",
        bot.output()
    );
    assert_eq!(
        post_update(&listen, "/telegram", None, &update(2)),
        Some(401)
    );
    assert_eq!(
        post_update(&listen, "/telegram", Some(secret), &update(3)),
        Some(200)
    );
    assert!(answered(&t, 1), "no reply; output:\n{}", bot.output());
    // One more valid update in the same chat: chats are answered in order, so once its reply is
    // there, a reply to the refused ones would have come before it.
    assert_eq!(
        post_update(&listen, "/telegram", Some(secret), &update(4)),
        Some(200)
    );
    assert!(answered(&t, 2), "no reply; output:\n{}", bot.output());
    let s = t.state();
    assert_eq!(
        s.sent.len(),
        2,
        "only the requests with the secret were processed"
    );
    assert!(s.sent[0].text.contains("<blockquote>"));
    assert!(
        !s.calls.contains(&"getupdates".to_string()),
        "no polling in webhook mode"
    );
}

#[test]
fn inline_query_offers_up_to_five_shareable_answers() {
    let t = FakeTelegram::start(Faults::default());
    let bot = Running::start(&t.url(), &[], &[]);
    t.inline_query(7, "why was kaspersky banned");
    assert!(
        t.wait_for(WAIT, |s| !s.inline_answers.is_empty()),
        "no answerInlineQuery; output:\n{}",
        bot.output()
    );
    let s = t.state();
    let results = s.inline_answers[0]["results"].as_array().unwrap();
    assert!(!results.is_empty() && results.len() <= 5, "{results:?}");
    assert_eq!(results[0]["id"], "ban-reason");
    let content = &results[0]["input_message_content"];
    assert_eq!(content["parse_mode"], "HTML");
    let text = content["message_text"].as_str().unwrap();
    assert!(text.contains("<blockquote>"));
    crate::support::fake_telegram::check_html(text).unwrap();
}

#[test]
fn unsure_and_unanswered_questions_go_to_the_unanswered_log() {
    let log = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("unanswered-{}.jsonl", std::process::id()));
    let _ = std::fs::remove_file(&log);
    let t = FakeTelegram::start(Faults::default());
    let bot = Running::start(&t.url(), &[], &[("UNANSWERED_LOG", log.to_str().unwrap())]);
    t.message(123_456_789, "Is Kaspersky banned in Germany?");
    t.message(123_456_789, "why was kaspersky banned");
    assert!(answered(&t, 2), "no replies; output:\n{}", bot.output());
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON lines"))
        .collect();
    assert_eq!(lines.len(), 1, "only the unanswered question: {text}");
    assert_eq!(lines[0]["text"], "Is Kaspersky banned in Germany?");
    assert_eq!(lines[0]["status"], "no_match");
    assert!(lines[0]["time"].as_u64().is_some() && lines[0].get("score").is_some());
    assert!(!text.contains("123456789"), "no user ids");
    let _ = std::fs::remove_file(&log);
}

#[test]
fn polling_survives_dropped_connections() {
    let t = FakeTelegram::start(Faults::default());
    let proxy = crate::support::dropping_proxy(t.addr, "etUpdates", 2);
    let bot = Running::start(&proxy, &[], &[]);
    t.message(7, "who is craig vercolen");
    assert!(
        t.wait_for(Duration::from_secs(30), |s| !s.sent.is_empty()),
        "no reply; output:\n{}",
        bot.output()
    );
    assert!(
        bot.output().contains("retrying getting updates"),
        "the drops were seen"
    );
}

/// A Telegram update carrying a private message.
fn message_update(update_id: i64, chat: i64, text: &str) -> String {
    let text = serde_json::to_string(text).unwrap();
    format!(
        r#"{{"update_id":{update_id},"message":{{"message_id":{update_id},"date":1700000000,"chat":{{"id":{chat},"type":"private","first_name":"U"}},"from":{{"id":{chat},"is_bot":false,"first_name":"U"}},"text":{text}}}}}"#
    )
}

/// A bot instance in webhook mode sharing `redis`; its listening address.
fn webhook_instance(t: &FakeTelegram, redis_url: &str) -> (Running, String) {
    let listen = format!("127.0.0.1:{}", free_port());
    let url = format!("http://{listen}/telegram");
    let bot = Running::start(
        &t.url(),
        &[],
        &[
            ("WEBHOOK_URL", url.as_str()),
            ("WEBHOOK_LISTEN", listen.as_str()),
            ("WEBHOOK_SECRET", "shared_secret"),
            ("REDIS_URL", redis_url),
        ],
    );
    (bot, listen)
}

/// POSTs an update to an instance, waiting until it listens; the HTTP status.
fn deliver(listen: &str, update: &str) -> Option<u16> {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        if let Some(status) = post_update(listen, "/telegram", Some("shared_secret"), update) {
            return Some(status);
        }
        if std::time::Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// The source sentence of an entry, as a reply quotes it.
fn quoted(id: &str) -> String {
    let k = faqbot::knowledge::Knowledge::builtin().unwrap();
    let source = k.get(id).and_then(|e| e.source.clone()).unwrap();
    format!(
        "<blockquote>{}</blockquote>",
        faqbot::reply::escape(&source)
    )
}

/// Two instances behind one webhook share the conversation through a real Redis: the first turn
/// reaches one, the follow-up the other. Redis stopped: answers keep coming (read alone).
/// Redis back: context resumes.
#[test]
fn two_webhook_instances_share_the_context_through_redis() {
    let redis = crate::support::Redis::start();
    let port = redis.port;
    let t = FakeTelegram::start(Faults::default());
    let (a, listen_a) = webhook_instance(&t, &redis.url());
    let (b, listen_b) = webhook_instance(&t, &redis.url());
    let output = || format!("A:\n{}\nB:\n{}", a.output(), b.output());

    assert_eq!(
        deliver(
            &listen_a,
            &message_update(1, 31, "Is Kaspersky willing to testify before Congress?")
        ),
        Some(200)
    );
    assert!(answered(&t, 1), "no reply; {}", output());
    assert_eq!(
        deliver(&listen_b, &message_update(2, 31, "why?")),
        Some(200)
    );
    assert!(answered(&t, 2), "no reply; {}", output());
    let follow_up = t.state().sent[1].text.clone();
    assert!(
        follow_up.contains(&quoted("testify-congress")),
        "the other instance read 'why?' against the first turn: {follow_up}\n{}",
        output()
    );
    // The chat's key expires CONTEXT_TTL (10 minutes by default) after its last write.
    let ttl = redis_ttl(port, "31");
    assert!((1..=600).contains(&ttl), "TTL of the chat's key: {ttl}");

    // Redis goes away: questions are still answered, read alone, and the failure is logged.
    drop(redis);
    assert_eq!(
        deliver(&listen_a, &message_update(3, 32, "What did the US ban?")),
        Some(200)
    );
    assert!(answered(&t, 3), "no reply without Redis; {}", output());
    assert!(t.state().sent[2].text.contains(&quoted("ban-scope")));
    assert!(a.wait_output("context store", WAIT), "{}", output());

    // Redis comes back on the same address: context works again, across instances.
    let _redis = crate::support::Redis::start_on(port);
    assert_eq!(
        deliver(
            &listen_b,
            &message_update(4, 33, "Is Kaspersky willing to testify before Congress?")
        ),
        Some(200)
    );
    assert!(answered(&t, 4), "no reply; {}", output());
    assert_eq!(
        deliver(&listen_a, &message_update(5, 33, "why?")),
        Some(200)
    );
    assert!(answered(&t, 5), "no reply; {}", output());
    let s = t.state();
    assert!(
        s.sent[4].text.contains(&quoted("testify-congress")),
        "{}",
        s.sent[4].text
    );
    assert!(s.rejected.is_empty(), "{:?}", s.rejected);
    assert!(!output().contains(crate::support::SECRET));
}

/// `TTL key` on the Redis at `port` (-1: no expiry, -2: no such key).
fn redis_ttl(port: u16, key: &str) -> i64 {
    use std::io::{BufRead, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "TTL {key}\r\n").unwrap();
    let mut line = String::new();
    std::io::BufReader::new(stream)
        .read_line(&mut line)
        .unwrap();
    line.trim()
        .strip_prefix(':')
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unexpected reply to TTL: {line:?}"))
}

/// `GET path` on `address`: the status and the body, or `None` while nothing listens.
fn http_get(address: &str, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(address).ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split_whitespace().nth(1)?.parse().ok()?;
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())?;
    Some((status, body))
}

/// The samples of a Prometheus text-format scrape, parsed by a Prometheus text parser.
fn scrape(address: &str) -> prometheus_parse::Scrape {
    let (status, body) = http_get(address, "/metrics").expect("/metrics answers");
    assert_eq!(status, 200);
    prometheus_parse::Scrape::parse(body.lines().map(|l| Ok(l.to_string())))
        .expect("valid text format")
}

/// The value of the sample `name` whose labels include `labels`.
fn sample(scrape: &prometheus_parse::Scrape, name: &str, labels: &[(&str, &str)]) -> f64 {
    scrape
        .samples
        .iter()
        .filter(|s| s.metric == name)
        .filter(|s| labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
        .map(|s| match s.value {
            prometheus_parse::Value::Counter(v) | prometheus_parse::Value::Gauge(v) => v,
            prometheus_parse::Value::Untyped(v) => v,
            _ => f64::NAN,
        })
        .next()
        .unwrap_or(0.0)
}

#[test]
fn metrics_and_health_follow_real_traffic() {
    let t = FakeTelegram::start(Faults::default());
    let metrics = format!("127.0.0.1:{}", free_port());
    let bot = Running::start(&t.url(), &[], &[("METRICS_LISTEN", metrics.as_str())]);
    t.message(41, "Why was Kaspersky banned?");
    t.message(42, "the ban");
    t.message(43, "Is Kaspersky banned in Germany?");
    assert!(answered(&t, 3), "no replies; output:\n{}", bot.output());
    assert!(
        t.wait_for(WAIT, |_| http_get(&metrics, "/healthz")
            .is_some_and(|(s, _)| s == 200)),
        "healthz; output:\n{}",
        bot.output()
    );

    let m = scrape(&metrics);
    assert_eq!(
        sample(&m, "faqbot_questions_total", &[("status", "answered")]),
        1.0
    );
    assert_eq!(
        sample(&m, "faqbot_questions_total", &[("status", "suggest")]),
        1.0
    );
    assert_eq!(
        sample(&m, "faqbot_questions_total", &[("status", "no_match")]),
        1.0
    );
    assert_eq!(
        sample(&m, "faqbot_updates_total", &[("kind", "message")]),
        3.0
    );
    let entries = faqbot::knowledge::Knowledge::builtin()
        .unwrap()
        .entries
        .len();
    assert_eq!(sample(&m, "faqbot_knowledge_entries", &[]), entries as f64);
    let durations = m
        .samples
        .iter()
        .find(|s| s.metric == "faqbot_answer_duration_seconds")
        .expect("the duration histogram");
    match &durations.value {
        prometheus_parse::Value::Histogram(buckets) => {
            assert_eq!(buckets.last().map(|b| b.count), Some(3.0), "{buckets:?}");
        }
        other => panic!("not a histogram: {other:?}"),
    }
    assert!(m.samples.iter().all(|s| s.labels.get("text").is_none()));

    // Telegram goes away: the health check says so once the bot notices.
    t.stop();
    assert!(
        t.wait_for(Duration::from_secs(30), |_| http_get(&metrics, "/healthz")
            .is_some_and(|(s, _)| s == 503)),
        "healthz after Telegram went away; output:\n{}",
        bot.output()
    );
    assert!(
        sample(
            &scrape(&metrics),
            "faqbot_telegram_errors_total",
            &[("kind", "updates")]
        ) >= 1.0
    );
}

#[test]
fn a_flooding_chat_is_slowed_down_and_delays_no_other() {
    let t = FakeTelegram::start(Faults::default());
    let metrics = format!("127.0.0.1:{}", free_port());
    let bot = Running::start(
        &t.url(),
        &[],
        &[
            ("METRICS_LISTEN", metrics.as_str()),
            ("FLOOD_LIMIT", "5"),
            ("FLOOD_WINDOW", "60s"),
        ],
    );
    for _ in 0..60 {
        t.message(51, "why was kaspersky banned");
    }
    let asked = std::time::Instant::now();
    t.message(52, "who is craig vercolen");
    assert!(
        t.wait_for(Duration::from_secs(5), |s| s
            .sent
            .iter()
            .any(|m| m.chat_id == 52)),
        "the other chat waited more than 5 s; output:\n{}",
        bot.output()
    );
    let waited = asked.elapsed();
    // Let the flooding chat's replies that are coming arrive (paced at about one a second).
    assert!(t.wait_for(Duration::from_secs(20), |s| {
        s.sent.iter().filter(|m| m.chat_id == 51).count() >= 6
    }));
    std::thread::sleep(Duration::from_millis(1500));
    let s = t.state();
    let flood: Vec<&str> = s
        .sent
        .iter()
        .filter(|m| m.chat_id == 51)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(
        flood.len(),
        6,
        "FLOOD_LIMIT answers and one slow-down: {flood:?}"
    );
    assert_eq!(
        flood
            .iter()
            .filter(|t| t.contains("faster than I can read"))
            .count(),
        1
    );
    drop(s);
    let m = scrape(&metrics);
    assert_eq!(sample(&m, "faqbot_throttled_total", &[]), 55.0);
    assert_eq!(
        sample(&m, "faqbot_updates_total", &[("kind", "message")]),
        61.0
    );
    eprintln!("the other chat was answered after {waited:?}");
}
