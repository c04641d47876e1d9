//! The bot's handler tree through teloxide's real dispatcher (teloxide_tests' `MockBot`).

use std::sync::Arc;

use faqbot::knowledge::Knowledge;
use faqbot::matcher::Matcher;
use faqbot::reply;
use faqbot::telegram::{App, schema};
use teloxide::dptree::deps;
use teloxide::types::{ParseMode, ReplyMarkup};
use teloxide_tests::{
    MockBot, MockCallbackQuery, MockEditedMessage, MockGroupChat, MockMe, MockMessageSticker,
    MockMessageText, MockPrivateChat, MockSupergroupChat, MockUser,
};

type Bot = MockBot<teloxide::RequestError, teloxide_tests::mock_bot::DistributionKey>;

fn app() -> Arc<App> {
    Arc::new(App::new(
        Matcher::new(Knowledge::builtin().expect("built-in knowledge is valid")),
        None,
    ))
}

fn bot<T: teloxide_tests::IntoUpdate>(update: T) -> Bot {
    let mut bot = MockBot::new(update, schema());
    bot.dependencies(deps![app()]);
    bot
}

/// The texts and request bodies the bot sent in the last dispatch.
struct Sent {
    texts: Vec<String>,
    html: Vec<bool>,
    buttons: Vec<Vec<(String, String)>>,
}

fn sent(bot: &Bot) -> Sent {
    let responses = bot.get_responses();
    let mut s = Sent {
        texts: Vec::new(),
        html: Vec::new(),
        buttons: Vec::new(),
    };
    for m in &responses.sent_messages_text {
        s.texts.push(m.bot_request.text.clone());
        s.html
            .push(m.bot_request.parse_mode == Some(ParseMode::Html));
        let buttons = match &m.bot_request.reply_markup {
            Some(ReplyMarkup::InlineKeyboard(k)) => k
                .inline_keyboard
                .iter()
                .flatten()
                .map(|b| {
                    let data = match &b.kind {
                        teloxide::types::InlineKeyboardButtonKind::CallbackData(d) => d.clone(),
                        _ => String::new(),
                    };
                    (b.text.clone(), data)
                })
                .collect(),
            _ => Vec::new(),
        };
        s.buttons.push(buttons);
    }
    s
}

#[tokio::test]
async fn start_greets_with_headline_and_three_examples() {
    let mut bot = bot(MockMessageText::new().text("/start"));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts.len(), 1);
    assert!(s.texts[0].contains("USA bans Kaspersky software from government agencies"));
    assert!(s.html[0]);
    assert_eq!(s.buttons[0].len(), 3);
    assert!(
        s.buttons[0]
            .iter()
            .all(|(_, d)| matches!(reply::Callback::parse(d), Some(reply::Callback::Answer(_))))
    );
}

#[tokio::test]
async fn start_with_payload_answers_that_entry() {
    let mut bot = bot(MockMessageText::new().text("/start ban-reason"));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts.len(), 1);
    assert!(
        s.texts[0].contains("<blockquote>The U.S. cited concerns"),
        "{}",
        s.texts[0]
    );
}

#[tokio::test]
async fn help_lists_commands() {
    let mut bot = bot(MockMessageText::new().text("/help"));
    bot.dispatch().await;
    let s = sent(&bot);
    assert!(s.texts[0].contains("/topics") && s.texts[0].contains("/ask"));
}

#[tokio::test]
async fn topics_then_tap_answers_the_entry() {
    let mut bot = bot(MockMessageText::new().text("/topics"));
    bot.dispatch().await;
    let s = sent(&bot);
    let k = Knowledge::builtin().unwrap();
    assert_eq!(s.buttons[0].len(), k.articles().count());
    let (_, data) = s.buttons[0][0].clone();

    bot.update(MockCallbackQuery::new().data(data.clone()));
    bot.dispatch().await;
    let responses = bot.get_responses();
    assert_eq!(
        responses.answered_callback_queries.len(),
        1,
        "callback acknowledged"
    );
    let s = sent(&bot);
    let first = k.articles().next().unwrap();
    assert_eq!(
        reply::Callback::parse(&data),
        Some(reply::Callback::Answer(first.id.clone()))
    );
    assert_eq!(s.texts.len(), 1);
    assert!(s.texts[0].contains("<blockquote>"));
}

#[tokio::test]
async fn question_is_answered_with_quoted_source_and_related_buttons() {
    let mut bot = bot(MockMessageText::new().text("Why was Kaspersky banned?"));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts.len(), 1);
    let text = &s.texts[0];
    assert!(text.contains("Russian intelligence"), "{text}");
    assert!(
        text.contains("<blockquote>The U.S. cited concerns about Kaspersky's ties to Russian intelligence services as the reason for the ban, which was announced Wednesday.</blockquote>"),
        "{text}"
    );
    assert!(s.html[0]);
    assert!(!s.buttons[0].is_empty(), "related entries as buttons");
}

#[tokio::test]
async fn markup_in_the_question_is_never_echoed_raw() {
    let mut bot =
        bot(MockMessageText::new().text("<b>why</b> & was <script>kaspersky</script> banned?"));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts.len(), 1);
    assert!(!s.texts[0].contains("<script>") && !s.texts[0].contains("<b>why"));
}

#[tokio::test]
async fn unsure_question_suggests_and_a_tap_answers() {
    let mut bot = bot(MockMessageText::new().text("the ban"));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts.len(), 1);
    assert!(s.texts[0].contains("Did you mean"), "{}", s.texts[0]);
    let buttons = &s.buttons[0];
    assert!(buttons.len() >= 2 && buttons.len() <= 4, "{buttons:?}");
    assert_eq!(
        buttons.last().unwrap().1,
        reply::Callback::NoneOfThese.encode()
    );

    bot.update(MockCallbackQuery::new().data(buttons[0].1.clone()));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts.len(), 1);
    assert!(s.texts[0].contains("<blockquote>"));
    assert_eq!(bot.get_responses().answered_callback_queries.len(), 1);

    bot.update(MockCallbackQuery::new().data(reply::Callback::NoneOfThese.encode()));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts, [reply::NONE_OF_THESE]);
    assert_eq!(bot.get_responses().answered_callback_queries.len(), 1);
}

#[tokio::test]
async fn out_of_scope_says_so_and_points_to_topics() {
    let mut bot = bot(MockMessageText::new().text("Is Kaspersky banned in Germany?"));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts, [reply::NO_MATCH]);
}

#[tokio::test]
async fn small_talk_is_answered_without_source() {
    let mut bot = bot(MockMessageText::new().text("hello"));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts.len(), 1);
    assert!(s.texts[0].starts_with("Hi!"), "{}", s.texts[0]);
    assert!(!s.texts[0].contains("<blockquote>"));
}

#[tokio::test]
async fn group_chatter_is_ignored() {
    let chat = MockGroupChat::new().build();
    let mut bot = bot(MockMessageText::new()
        .text("why was kaspersky banned?")
        .chat(chat));
    bot.dispatch().await;
    assert!(sent(&bot).texts.is_empty());
}

#[tokio::test]
async fn group_ask_command_and_mention_are_answered() {
    let chat = MockSupergroupChat::new().build();
    let mut bot = bot(MockMessageText::new()
        .text("/ask why was kaspersky banned?")
        .chat(chat.clone()));
    bot.dispatch().await;
    assert!(sent(&bot).texts[0].contains("<blockquote>"));

    let mention = format!("@{} why was kaspersky banned?", MockMe::USERNAME);
    bot.update(MockMessageText::new().text(mention).chat(chat));
    bot.dispatch().await;
    let s = sent(&bot);
    assert_eq!(s.texts.len(), 1);
    assert!(s.texts[0].contains("<blockquote>"));
}

#[tokio::test]
async fn group_reply_to_the_bot_is_answered() {
    let chat = MockGroupChat::new().build();
    let me = MockUser::new().id(MockMe::ID).is_bot(true).build();
    let bot_message = MockMessageText::new()
        .text("earlier answer")
        .from(me)
        .chat(chat.clone())
        .build();
    let mut bot = bot(MockMessageText::new()
        .text("and why was it banned?")
        .chat(chat)
        .reply_to_message(bot_message));
    bot.dispatch().await;
    assert_eq!(sent(&bot).texts.len(), 1);
}

#[tokio::test]
async fn commands_for_other_bots_are_ignored() {
    let mut bot = bot(MockMessageText::new().text("/start@otherbot"));
    bot.dispatch().await;
    assert!(sent(&bot).texts.is_empty());

    let ours = format!("/start@{}", MockMe::USERNAME);
    bot.update(MockMessageText::new().text(ours));
    bot.dispatch().await;
    assert_eq!(sent(&bot).texts.len(), 1, "addressed to us");
}

#[tokio::test]
async fn sticker_gets_a_hint_in_private_and_silence_in_groups() {
    let mut bot = bot(MockMessageSticker::new());
    bot.dispatch().await;
    assert_eq!(sent(&bot).texts, [reply::NOT_TEXT]);

    bot.update(MockMessageSticker::new().chat(MockGroupChat::new().build()));
    bot.dispatch().await;
    assert!(sent(&bot).texts.is_empty(), "no reply in the group");
}

#[tokio::test]
async fn edited_message_is_answered_again() {
    let edited = MockEditedMessage::new(
        MockMessageText::new()
            .text("why was kaspersky banned?")
            .build(),
    );
    let mut bot = bot(edited);
    bot.dispatch().await;
    assert_eq!(sent(&bot).texts.len(), 1);
}

/// The texts the bot sends back to one private text message.
async fn replies_to(text: &str) -> Vec<String> {
    let mut bot = bot(MockMessageText::new().text(text));
    bot.dispatch().await;
    sent(&bot).texts
}

#[tokio::test]
async fn wordless_messages_are_asked_for_words() {
    for text in ["😀😀😀", "???", "\u{200B}"] {
        assert_eq!(replies_to(text).await, [reply::NO_WORDS], "{text:?}");
    }
}

#[tokio::test]
async fn other_scripts_are_told_the_bot_reads_english() {
    for text in ["Привет, как дела?", "你好", "مرحبا"] {
        assert_eq!(replies_to(text).await, [reply::OTHER_SCRIPT], "{text:?}");
    }
    // Another language in the Latin script (Tagalog, Spanish), which nothing matched.
    for text in [
        "ano ang nangyari sa kanila kahapon?",
        "por qué el gobierno de USA está tan paranoico con empresas extranjeras?",
    ] {
        assert_eq!(replies_to(text).await, [reply::OTHER_SCRIPT], "{text:?}");
    }
    // English words among another language's function words are read: who banned it is offered.
    let replies = replies_to("sino nag ban po? us govt lang ba talaga").await;
    assert_ne!(replies, [reply::OTHER_SCRIPT]);
    assert!(
        replies[0].starts_with("I'm not sure I understood"),
        "{replies:?}"
    );
}

#[tokio::test]
async fn huge_and_junk_messages_get_a_clear_reply() {
    for text in [
        "x".repeat(4000),
        "😀😀😀".into(),
        "???".into(),
        "Привет".into(),
    ] {
        let texts = replies_to(&text).await;
        assert_eq!(texts.len(), 1, "{text:.20}");
        assert!(!texts[0].contains("<blockquote>"), "{text:.20}");
        assert!(reply::limits::length(&texts[0]) <= reply::limits::MESSAGE_LENGTH);
    }
}

#[tokio::test]
async fn stale_button_is_acknowledged() {
    let mut bot = bot(
        MockCallbackQuery::new().data(reply::Callback::Answer("no-such-entry".into()).encode())
    );
    bot.dispatch().await;
    let r = bot.get_responses();
    assert_eq!(r.answered_callback_queries.len(), 1);
    assert!(r.answered_callback_queries[0].text.is_some());
    assert!(r.sent_messages_text.is_empty());
}

/// The texts the bot sends to `messages`, sent one after another in one private chat.
async fn conversation(messages: &[&str]) -> Vec<String> {
    let mut bot = bot(MockMessageText::new().text(messages[0]));
    let mut replies = Vec::new();
    for (i, text) in messages.iter().enumerate() {
        if i > 0 {
            bot.update(MockMessageText::new().text(*text));
        }
        bot.dispatch().await;
        replies.extend(sent(&bot).texts);
    }
    replies
}

/// The source sentence an entry's reply quotes.
fn source_of(id: &str) -> String {
    let k = Knowledge::builtin().unwrap();
    let source = k.get(id).and_then(|e| e.source.clone()).unwrap();
    format!("<blockquote>{}</blockquote>", reply::escape(&source))
}

#[tokio::test]
async fn a_follow_up_is_read_against_the_last_answer() {
    let after_ban = conversation(&["What did the US ban?", "why?"]).await;
    assert!(
        after_ban[1].contains(&source_of("ban-reason")),
        "{}",
        after_ban[1]
    );
    let after_testify =
        conversation(&["Is Kaspersky willing to testify before Congress?", "why?"]).await;
    assert!(
        !after_testify[1].contains(&source_of("ban-reason")),
        "the same words after another topic: {}",
        after_testify[1]
    );
    assert!(after_testify[1].contains(&source_of("testify-congress")));
}

#[tokio::test]
async fn a_number_picks_from_the_list_last_offered() {
    let k = Knowledge::builtin().unwrap();
    // After /topics, "3" is the third topic.
    let replies = conversation(&["/topics", "3"]).await;
    let third = k.articles().nth(2).unwrap();
    assert!(replies[1].contains(&source_of(&third.id)), "{}", replies[1]);
    // After an answer, "the second one" is its second related entry.
    let replies = conversation(&["What did the US ban?", "the second one"]).await;
    let second = &k.get("ban-scope").unwrap().related[1];
    assert!(replies[1].contains(&source_of(second)), "{}", replies[1]);
    // Without a list, a number is not a question.
    let replies = conversation(&["2"]).await;
    assert!(!replies[0].contains("<blockquote>"), "{}", replies[0]);
}

#[tokio::test]
async fn a_tapped_button_becomes_the_context() {
    let mut bot = bot(MockMessageText::new().text("/topics"));
    bot.dispatch().await;
    let (_, data) = sent(&bot).buttons[0][2].clone();
    bot.update(MockCallbackQuery::new().data(data));
    bot.dispatch().await;
    bot.update(MockMessageText::new().text("source?"));
    bot.dispatch().await;
    let k = Knowledge::builtin().unwrap();
    let third = k.articles().nth(2).unwrap();
    assert!(sent(&bot).texts[0].contains(&source_of(&third.id)));
}

#[tokio::test]
async fn group_members_have_their_own_context() {
    let group = MockGroupChat::new().build();
    let alice = MockUser::new().id(101).build();
    let bob = MockUser::new().id(102).build();
    let ask = |user: &teloxide::types::User, text: &str| {
        MockMessageText::new()
            .chat(group.clone())
            .from(user.clone())
            .text(format!("/ask {text}"))
    };
    let mut bot = bot(ask(&alice, "What did the US ban?"));
    bot.dispatch().await;
    bot.update(ask(
        &bob,
        "Is Kaspersky willing to testify before Congress?",
    ));
    bot.dispatch().await;
    bot.update(ask(&alice, "why?"));
    bot.dispatch().await;
    let alice_why = sent(&bot).texts[0].clone();
    bot.update(ask(&bob, "why?"));
    bot.dispatch().await;
    let bob_why = sent(&bot).texts[0].clone();
    assert!(alice_why.contains(&source_of("ban-reason")), "{alice_why}");
    assert!(
        bob_why.contains(&source_of("testify-congress")),
        "{bob_why}"
    );
}

/// The log lines written so far to `path`, waiting (bounded) until `n` are there: the log is
/// written by a thread of its own.
fn log_lines(path: &std::path::Path, n: usize) -> Vec<serde_json::Value> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("each log line is JSON"))
            .collect();
        if lines.len() >= n || std::time::Instant::now() > deadline {
            return lines;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[tokio::test]
async fn unsure_questions_and_the_choices_after_them_are_logged_without_user_ids() {
    let path = std::env::temp_dir().join(format!("faqbot-mock-log-{}.jsonl", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let file = std::fs::File::create(&path).unwrap();
    let app = Arc::new(App::new(
        Matcher::new(Knowledge::builtin().unwrap()),
        Some(file),
    ));
    let mut bot = MockBot::new(MockMessageText::new().text("the ban"), schema());
    bot.dependencies(deps![app]);
    bot.dispatch().await;
    let buttons = sent(&bot).buttons[0].clone();
    let (_, tapped) = buttons[1].clone();
    bot.update(MockCallbackQuery::new().data(tapped.clone()));
    bot.dispatch().await;
    // Another person, in another private chat, finds none of the suggestions right.
    let other = MockUser::new().id(77).build();
    let chat = MockPrivateChat::new().id(77).build();
    bot.update(
        MockMessageText::new()
            .chat(chat.clone())
            .from(other.clone())
            .text("the ban"),
    );
    bot.dispatch().await;
    bot.update(
        MockCallbackQuery::new()
            .from(other)
            .message(MockMessageText::new().chat(chat).build())
            .data(reply::Callback::NoneOfThese.encode()),
    );
    bot.dispatch().await;

    let lines = log_lines(&path, 4);
    let events: Vec<&str> = lines.iter().map(|l| l["event"].as_str().unwrap()).collect();
    assert_eq!(events, ["unsure", "chosen", "unsure", "none"], "{lines:?}");
    let Some(reply::Callback::Answer(id)) = reply::Callback::parse(&tapped) else {
        panic!("an answer button");
    };
    assert_eq!(lines[1]["chosen_id"], id.as_str());
    assert!(lines.iter().all(|l| l["text"] == "the ban"));
    let text = std::fs::read_to_string(&path).unwrap();
    for user in [MockUser::ID, 77] {
        assert!(!text.contains(&format!(":{user},")), "no user ids: {text}");
    }
    let _ = std::fs::remove_file(&path);
}
