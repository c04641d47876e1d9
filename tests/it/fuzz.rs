//! Property tests: arbitrary Unicode up to 10,000 characters through normalization, matching,
//! conversations and rendering never panics, and every reply is HTML Telegram accepts, within
//! 4,096 characters.

use crate::support::fake_telegram::check_html;
use faqbot::conversation::{self, Context};
use faqbot::knowledge::{Entry, Knowledge};
use faqbot::matcher::Matcher;
use faqbot::normalize::{self, Normalizer};
use faqbot::reply;
use proptest::prelude::*;
use std::sync::LazyLock;

static MATCHER: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(Knowledge::builtin().expect("valid")));

/// Text mixing article words, markup, odd Unicode and plain random characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "kaspersky", "ban", "why", "who", "FBI", "U.S.", "don't", "<b>", "</i>", "&amp;",
            "&", "<", ">", "\u{200B}", "\u{202E}", "😀", "ǅ", "İ", "ß", "\u{301}", "\n", "?",
            "/start", "@faqbot_test", "Привет", "中文", "  ",
        ]).prop_map(str::to_string),
        3 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-z]{1,12}",
    ];
    prop::collection::vec(piece, 0..400).prop_map(|parts| {
        let mut s = parts.join(" ");
        if s.chars().count() > 10_000 {
            s = s.chars().take(10_000).collect();
        }
        s
    })
}

fn check_reply(message: &reply::Message) -> Result<(), TestCaseError> {
    prop_assert!(reply::limits::length(&message.html) <= reply::limits::MESSAGE_LENGTH);
    prop_assert!(!message.html.is_empty());
    if let Err(why) = check_html(&message.html) {
        return Err(TestCaseError::fail(format!("{why}: {:?}", message.html)));
    }
    for b in &message.buttons {
        prop_assert!(!b.data.is_empty() && b.data.len() <= reply::limits::CALLBACK_BYTES);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_question_gets_a_well_formed_reply(q in text()) {
        let n = Normalizer::new(&[]);
        let tokens = n.tokens(&q);
        prop_assert!(tokens.len() <= normalize::MAX_QUERY_WORDS);
        let outcome = MATCHER.decide(&q);
        if let Some(best) = outcome.best {
            prop_assert!((0.0..=1.0).contains(&best.score));
        }
        check_reply(&reply::message(&MATCHER, &outcome))?;
        let json = serde_json::to_string(&reply::json(&MATCHER, &q, &outcome)).unwrap();
        prop_assert!(!json.contains('\n'));
        let _ = reply::text(&MATCHER, &outcome);
    }

    /// In a conversation too: after any topic's answer, any message gets a well-formed reply.
    #[test]
    fn any_follow_up_gets_a_well_formed_reply(q in text(), topic in 0usize..64) {
        let k = MATCHER.knowledge();
        let first = k.entries[topic % k.entries.len()].questions[0].clone();
        let turn = conversation::reply(&MATCHER, &first, None);
        let context = Context::default().after(&MATCHER, &turn, 0);
        let turn = conversation::reply(&MATCHER, &q, Some(&context));
        if let Some(best) = turn.outcome.best {
            prop_assert!((0.0..=1.0).contains(&best.score));
        }
        check_reply(&reply::message(&MATCHER, &turn.outcome))?;
    }

    #[test]
    fn any_entry_text_renders_safely(answer in text(), source in text(), question in text()) {
        let entry = |id: &str, source: Option<String>| Entry {
            id: id.into(),
            questions: vec![format!("q {question}"), "second".into(), "third".into()],
            answer: format!("a{answer}"),
            source,
            related: vec!["other".into()],
            line: 1,
        };
        let k = Knowledge::from_parts(
            format!("t{source}"),
            vec![entry("one", Some(format!("s{source}"))), entry("other", None)],
            Vec::new(),
            "fuzz".into(),
        );
        let m = Matcher::new(k);
        for e in &m.knowledge().entries {
            check_reply(&reply::entry_message(&m, e))?;
        }
        check_reply(&reply::start(&m))?;
        check_reply(&reply::help(&m))?;
        check_reply(&reply::topics(&m))?;
        let _ = m.decide(&question);
    }
}
