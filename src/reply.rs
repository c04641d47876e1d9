//! Rendering decisions for people and programs: Telegram HTML with buttons, terminal text, and the
//! JSON lines of `faqbot ask --json`. Pure functions of the [`Outcome`]; nothing here sends.

use serde::Serialize;

use crate::knowledge::Entry;
use crate::matcher::{Asked, Matcher, Outcome, Scored, Status, Why};

/// Telegram's limits, in one place.
pub mod limits {
    /// Length of one message, as Telegram counts it: UTF-16 code units (see [`length`]).
    pub const MESSAGE_LENGTH: usize = 4096;
    /// Bytes of callback data on one button.
    pub const CALLBACK_BYTES: usize = 64;
    /// Results in one inline-query answer.
    pub const INLINE_RESULTS: usize = 50;
    /// Characters of an inline result's title or description that fit on a phone.
    pub const INLINE_TITLE_CHARS: usize = 100;

    /// A text's length as Telegram counts it, in UTF-16 code units: an emoji outside the Basic
    /// Multilingual Plane counts twice. Counted on our HTML, markup included, which can only
    /// over-count what Telegram sees.
    pub fn length(text: &str) -> usize {
        text.encode_utf16().count()
    }
}

/// What a button asks for. The one owner of the callback-data format: `a:<entry id>` for an
/// entry's answer, `none` for "None of these".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    /// Answer the entry with this id.
    Answer(String),
    /// "None of these": the suggestions missed.
    NoneOfThese,
}

impl Callback {
    const ANSWER: &str = "a:";
    const NONE: &str = "none";

    /// The button's callback data: at most [`limits::CALLBACK_BYTES`] bytes for any entry id
    /// validation accepts (a test checks it at the longest).
    pub fn encode(&self) -> String {
        match self {
            Callback::Answer(id) => format!("{}{id}", Self::ANSWER),
            Callback::NoneOfThese => Self::NONE.to_string(),
        }
    }

    /// What callback data asks for; `None` for data no button of ours carries.
    pub fn parse(data: &str) -> Option<Self> {
        if data == Self::NONE {
            return Some(Callback::NoneOfThese);
        }
        data.strip_prefix(Self::ANSWER)
            .filter(|id| !id.is_empty())
            .map(|id| Callback::Answer(id.to_string()))
    }
}

/// Reply to a question that no entry answers.
pub const NO_MATCH: &str =
    "Sorry, the article doesn't cover that. Send /topics to see what I can answer.";
/// Reply to a message with no words at all (emoji, punctuation, empty).
pub const NO_WORDS: &str = "Please type your question in words, for example: What does the ban cover? Send /topics for all I can answer.";
/// Reply to a message written in another script than the article's (Latin), or in another
/// language.
pub const OTHER_SCRIPT: &str = "Sorry, I can only answer questions in English about the article. Send /topics to see what I can answer.";
/// Reply to "None of these".
pub const NONE_OF_THESE: &str =
    "OK. Try asking in other words, or send /topics to see everything I can answer.";
/// The one reply to a conversation that sends too many messages too fast (flood control).
pub const SLOW_DOWN: &str =
    "You're sending messages faster than I can read them. Please wait a minute, then ask again.";
/// Reply to a message that is not text, in a private chat.
pub const NOT_TEXT: &str = "I can only read text questions. Type your question, or send /topics.";

/// A button under a Telegram message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    /// What the button shows.
    pub label: String,
    /// Callback data, at most [`limits::CALLBACK_BYTES`] bytes.
    pub data: String,
}

/// A Telegram message: HTML text (within [`limits::MESSAGE_LENGTH`]) and one button per row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// `ParseMode::Html` text, every dynamic piece escaped.
    pub html: String,
    /// Buttons, one per row.
    pub buttons: Vec<Button>,
}

impl Message {
    /// A message of fixed HTML text and no buttons.
    pub fn text(html: impl Into<String>) -> Self {
        Message {
            html: html.into(),
            buttons: Vec::new(),
        }
    }
}

/// Escapes `&`, `<` and `>` for Telegram HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

fn entry_button(entry: &Entry) -> Button {
    Button {
        label: truncate(&entry.questions[0], 60),
        data: Callback::Answer(entry.id.clone()).encode(),
    }
}

/// The answer to one entry: answer, source as a quotation, buttons for related entries.
pub fn entry_message(matcher: &Matcher, entry: &Entry) -> Message {
    answer_message(matcher, parts(matcher, entry, None, &[]), &[])
}

/// The reader's text of an answer: the answer itself, after saying which detail the article
/// does not give when the question asked for one.
pub fn answer_text(entry: &Entry, not_given: Option<Asked>) -> String {
    match not_given {
        // True whether or not the answer already covers the follow-up: nothing more is there.
        Some(Asked::More) => format!("That is all the article says about this: {}", entry.answer),
        Some(asked) => format!(
            "The article doesn't say {}. What it does say: {}",
            asked.phrase(),
            entry.answer
        ),
        None => entry.answer.clone(),
    }
}

/// The answered parts of a reply, first `entry` (with the detail it lacks, if any), then the
/// further parts of a multi-part question.
fn parts<'a>(
    matcher: &'a Matcher,
    entry: &'a Entry,
    not_given: Option<Asked>,
    also: &'a [Scored],
) -> impl Iterator<Item = (&'a Entry, Option<Asked>)> {
    std::iter::once((entry, not_given)).chain(also.iter().map(|s| (matcher.entry(s), None)))
}

/// Each answered part with its source as a quotation, then the parts nothing answered, then
/// buttons for the first part's related entries.
fn answer_message<'a>(
    matcher: &'a Matcher,
    parts: impl Iterator<Item = (&'a Entry, Option<Asked>)>,
    uncovered: &[String],
) -> Message {
    let mut html = String::new();
    let mut first: Option<&Entry> = None;
    for (part, not_given) in parts {
        if first.is_some() {
            html.push_str("\n\n");
        }
        first.get_or_insert(part);
        html.push_str(&escape(&answer_text(part, not_given)));
        if let Some(source) = &part.source {
            html.push_str("\n\n<blockquote>");
            html.push_str(&escape(source));
            html.push_str("</blockquote>");
        }
    }
    for part in uncovered {
        html.push_str("\n\nThe article doesn't cover: <i>");
        html.push_str(&escape(&truncate(part, 200)));
        html.push_str("</i>");
    }
    let Some(entry) = first else {
        return Message::text(html);
    };
    let buttons = entry
        .related
        .iter()
        .filter_map(|id| matcher.find(id))
        .map(entry_button)
        .collect();
    fit(Message { html, buttons }, entry)
}

/// Keeps a message within Telegram's limit by shortening the answer and source, never the markup.
fn fit(message: Message, entry: &Entry) -> Message {
    if limits::length(&message.html) <= limits::MESSAGE_LENGTH {
        return message;
    }
    // A character becomes at most five UTF-16 units once escaped ("&amp;"; an emoji is two):
    // budget each piece by that.
    let budget = (limits::MESSAGE_LENGTH - 64) / 2 / 5;
    let mut html = escape(&truncate(&entry.answer, budget));
    if let Some(source) = &entry.source {
        html.push_str("\n\n<blockquote>");
        html.push_str(&escape(&truncate(source, budget)));
        html.push_str("</blockquote>");
    }
    Message { html, ..message }
}

/// The Telegram reply to the decision on `question`.
pub fn message(matcher: &Matcher, outcome: &Outcome) -> Message {
    match (outcome.status, &outcome.best) {
        (Status::Answered | Status::Smalltalk, Some(best)) => {
            let entry = matcher.entry(best);
            answer_message(
                matcher,
                parts(matcher, entry, outcome.not_given, &outcome.also),
                &outcome.uncovered,
            )
        }
        (Status::Suggest, _) if !outcome.suggestions.is_empty() => {
            let mut buttons: Vec<Button> = outcome
                .suggestions
                .iter()
                .map(|s| entry_button(matcher.entry(s)))
                .collect();
            buttons.push(Button {
                label: "None of these".into(),
                data: Callback::NoneOfThese.encode(),
            });
            Message {
                html: "I'm not sure I understood. Did you mean…".into(),
                buttons,
            }
        }
        _ => Message::text(escape(&no_match(outcome))),
    }
}

/// What to say when nothing matched: the article does not cover it (naming what it does not
/// cover, where the question asked about something it never names), or there was nothing to
/// read. Plain text: the Telegram reply escapes it.
fn no_match(outcome: &Outcome) -> String {
    match (outcome.why, outcome.uncovered.as_slice()) {
        (Some(Why::NoWords), _) => NO_WORDS.into(),
        (Some(Why::OtherScript | Why::OtherLanguage), _) => OTHER_SCRIPT.into(),
        (Some(Why::NotCovered), [another]) => format!(
            "Sorry, the article doesn't cover that: it says nothing about {another}. Send /topics \
             to see what I can answer."
        ),
        (Some(Why::Command | Why::NotCovered) | None, _) => NO_MATCH.into(),
    }
}

/// `/start`: greeting, what the bot knows, and example questions as buttons.
pub fn start(matcher: &Matcher) -> Message {
    let k = matcher.knowledge();
    let html = format!(
        "Hi! I answer questions about one news article:\n<b>{}</b>\n\n\
         Ask me anything about it in your own words, and I'll reply with the answer and the \
         sentence of the article it comes from. Here are a few questions to start with, or send \
         /topics for all of them.",
        escape(&k.title)
    );
    Message {
        html,
        buttons: k.articles().take(3).map(entry_button).collect(),
    }
}

/// `/help`: how to ask, and the commands.
pub fn help(matcher: &Matcher) -> Message {
    let html = format!(
        "Ask a question about <b>{}</b> in your own words, for example \
         <i>{}</i>\n\n\
         I answer from the article only, quoting the sentence each answer rests on. If the article \
         doesn't say, I tell you so.\n\n\
         /topics – everything I can answer\n\
         /ask &lt;question&gt; – ask in a group\n\
         /help – this message\n\n\
         In groups, mention me or reply to my message to ask.",
        escape(&matcher.knowledge().title),
        escape(
            matcher
                .knowledge()
                .articles()
                .next()
                .map_or("", |e| &e.questions[0])
        ),
    );
    Message {
        html,
        buttons: Vec::new(),
    }
}

/// `/topics`: every entry's first question as a button.
pub fn topics(matcher: &Matcher) -> Message {
    Message {
        html: "Here is everything I can answer. Tap a question:".into(),
        buttons: matcher.knowledge().articles().map(entry_button).collect(),
    }
}

/// The terminal rendering of the decision on `question` (the `chat` and plain `ask` output).
pub fn text(matcher: &Matcher, outcome: &Outcome) -> String {
    match (outcome.status, &outcome.best) {
        (Status::Answered | Status::Smalltalk, Some(best)) => {
            let entry = matcher.entry(best);
            let mut s = String::new();
            for (i, (part, not_given)) in
                parts(matcher, entry, outcome.not_given, &outcome.also).enumerate()
            {
                if i > 0 {
                    s.push_str("\n\n");
                }
                s.push_str(&answer_text(part, not_given));
                if let Some(source) = &part.source {
                    s.push_str("\n  > ");
                    s.push_str(source);
                }
            }
            for part in &outcome.uncovered {
                s.push_str("\n\nThe article doesn't cover: ");
                s.push_str(part);
            }
            let related: Vec<&str> = entry
                .related
                .iter()
                .filter_map(|id| matcher.find(id))
                .map(|e| e.questions[0].as_str())
                .collect();
            if !related.is_empty() {
                s.push_str("\n  See also: ");
                for (n, q) in related.iter().enumerate() {
                    if n > 0 {
                        s.push_str(" | ");
                    }
                    s.push_str(&format!("{}. {q}", n + 1));
                }
            }
            s
        }
        (Status::Suggest, _) if !outcome.suggestions.is_empty() => {
            let mut s = String::from("I'm not sure I understood. Did you mean:");
            for (n, suggestion) in outcome.suggestions.iter().enumerate() {
                s.push_str(&format!("\n  {}. ", n + 1));
                s.push_str(&matcher.entry(suggestion).questions[0]);
            }
            s
        }
        _ => no_match(outcome),
    }
}

/// One line of `faqbot ask --json` (`docs/design.md` §4.2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JsonAnswer<'a> {
    /// The question as asked.
    pub question: &'a str,
    /// `answered`, `suggest`, `smalltalk` or `no_match`.
    pub status: Status,
    /// The entry answered (answered, smalltalk).
    pub id: Option<&'a str>,
    /// The best score, in `[0, 1]`.
    pub score: f32,
    /// The paraphrase that matched (answered, smalltalk).
    pub matched_question: Option<&'a str>,
    /// The answer (answered, smalltalk).
    pub answer: Option<&'a str>,
    /// The verbatim source sentence; non-null exactly when answered.
    pub source: Option<&'a str>,
    /// For suggest: the entries offered.
    pub suggestions: Vec<JsonSuggestion<'a>>,
    /// The further parts of a multi-part question that were answered.
    pub also: Vec<JsonPart<'a>>,
    /// The detail asked for that the source does not give (`when`, `quantity`), if any.
    pub not_given: Option<Asked>,
    /// With `--dialog`: the entry the turn was read against (null: read alone).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<Option<&'a str>>,
}

/// One further answered part in [`JsonAnswer`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JsonPart<'a> {
    /// Entry id.
    pub id: &'a str,
    /// Its answer.
    pub answer: &'a str,
    /// Its verbatim source sentence.
    pub source: Option<&'a str>,
    /// Its score.
    pub score: f32,
}

/// One suggestion in [`JsonAnswer`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JsonSuggestion<'a> {
    /// Entry id.
    pub id: &'a str,
    /// Its first question.
    pub question: &'a str,
    /// Its score.
    pub score: f32,
}

/// The JSON record of a decision.
pub fn json<'a>(matcher: &'a Matcher, question: &'a str, outcome: &Outcome) -> JsonAnswer<'a> {
    let answered = matches!(outcome.status, Status::Answered | Status::Smalltalk);
    let best: Option<(&Entry, &Scored)> = outcome
        .best
        .as_ref()
        .filter(|_| answered)
        .map(|b| (matcher.entry(b), b));
    JsonAnswer {
        question,
        status: outcome.status,
        id: best.map(|(e, _)| e.id.as_str()),
        score: round(outcome.best.map_or(0.0, |b| b.score)),
        matched_question: best.map(|(e, b)| e.questions[b.question].as_str()),
        answer: best.map(|(e, _)| e.answer.as_str()),
        not_given: outcome
            .not_given
            .filter(|_| outcome.status == Status::Answered),
        also: outcome
            .also
            .iter()
            .map(|s| {
                let e = matcher.entry(s);
                JsonPart {
                    id: &e.id,
                    answer: &e.answer,
                    source: e.source.as_deref(),
                    score: round(s.score),
                }
            })
            .collect(),
        context: None,
        source: best
            .filter(|_| outcome.status == Status::Answered)
            .and_then(|(e, _)| e.source.as_deref()),
        suggestions: outcome
            .suggestions
            .iter()
            .map(|s| JsonSuggestion {
                id: &matcher.entry(s).id,
                question: &matcher.entry(s).questions[0],
                score: round(s.score),
            })
            .collect(),
    }
}

fn round(score: f32) -> f32 {
    ((score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_count_twice_as_telegram_counts_them() {
        assert_eq!(limits::length("ab"), 2);
        assert_eq!(limits::length("🙂"), 2);
        // An answer of 3,000 emoji is 3,000 chars but 6,000 UTF-16 units: it must be shortened.
        let k = crate::knowledge::Knowledge::builtin().unwrap();
        let mut entry = k.entries[0].clone();
        entry.answer = "🙂".repeat(3_000);
        let m = Matcher::new(k);
        let msg = entry_message(&m, &entry);
        assert!(msg.html.chars().count() < limits::MESSAGE_LENGTH * 2);
        assert!(
            limits::length(&msg.html) <= limits::MESSAGE_LENGTH,
            "{}",
            limits::length(&msg.html)
        );
    }

    #[test]
    fn callback_data_round_trips_within_the_limit_at_the_longest_id() {
        let longest = "x".repeat(crate::knowledge::MAX_ID_BYTES);
        for callback in [
            Callback::Answer(longest),
            Callback::Answer("ban-scope".into()),
            Callback::NoneOfThese,
        ] {
            let data = callback.encode();
            assert!(data.len() <= limits::CALLBACK_BYTES, "{data}");
            assert_eq!(Callback::parse(&data), Some(callback));
        }
        assert_eq!(Callback::parse("a:"), None);
        assert_eq!(Callback::parse("bogus"), None);
    }
    use crate::knowledge::Knowledge;

    fn matcher() -> Matcher {
        Matcher::new(Knowledge::builtin().expect("built-in knowledge is valid"))
    }

    fn hostile() -> Matcher {
        let qa = r#"
[[entry]]
id = "tags"
questions = ["what about <b> & </b>", "tags & co", "markup <i>"]
answer = "Use <b>bold</b> & <script>x</script> > all"
source = "a <tag> & b > c"
related = ["long"]

[[entry]]
id = "long"
questions = ["long one", "very long", "longest"]
answer = "LONGANSWER"
source = "LONGSOURCE"
"#;
        let long = "&<>".repeat(3000);
        let qa = qa
            .replace("LONGANSWER", &long)
            .replace("LONGSOURCE", &format!("x{long}"));
        let article = format!("T\na <tag> & b > c\nx{long}\n");
        Matcher::new(Knowledge::parse(&article, &qa, "a", "q").unwrap())
    }

    #[test]
    fn a_question_about_something_else_is_told_what_the_article_does_not_cover() {
        let m = matcher();
        let outcome = m.decide("Did they ban TikTok for the same reason?");
        assert_eq!(outcome.status, crate::matcher::Status::NoMatch);
        let said = "Sorry, the article doesn't cover that: it says nothing about TikTok.";
        assert!(text(&m, &outcome).starts_with(said));
        assert!(message(&m, &outcome).html.starts_with(said));
        // Nothing named: the plain reply.
        assert_eq!(text(&m, &m.decide("what's the weather like?")), NO_MATCH);
    }

    #[test]
    fn escapes_every_dynamic_piece() {
        let m = hostile();
        let msg = entry_message(&m, &m.knowledge().entries[0]);
        assert!(
            msg.html
                .contains("Use &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;")
        );
        assert!(
            msg.html
                .contains("<blockquote>a &lt;tag&gt; &amp; b &gt; c</blockquote>")
        );
        let stripped = msg
            .html
            .replace("<blockquote>", "")
            .replace("</blockquote>", "");
        assert!(!stripped.contains('<') && !stripped.contains('>'));
    }

    #[test]
    fn long_entries_fit_one_message() {
        let m = hostile();
        let msg = entry_message(&m, &m.knowledge().entries[1]);
        assert!(limits::length(&msg.html) <= limits::MESSAGE_LENGTH);
        assert!(msg.html.ends_with("</blockquote>"));
        assert!(!msg.html.contains("&am…"), "never cuts inside an escape");
    }

    #[test]
    fn every_shipped_reply_fits_telegram() {
        let m = matcher();
        for entry in &m.knowledge().entries {
            let msg = entry_message(&m, entry);
            assert!(limits::length(&msg.html) <= limits::MESSAGE_LENGTH);
            for b in &msg.buttons {
                assert!(b.data.len() <= limits::CALLBACK_BYTES, "{}", b.data);
            }
            assert!(Callback::Answer(entry.id.clone()).encode().len() <= limits::CALLBACK_BYTES);
        }
        for msg in [start(&m), help(&m), topics(&m)] {
            assert!(limits::length(&msg.html) <= limits::MESSAGE_LENGTH);
        }
    }

    #[test]
    fn start_offers_three_examples() {
        let m = matcher();
        let msg = start(&m);
        assert_eq!(msg.buttons.len(), 3);
        assert!(
            msg.html
                .contains("USA bans Kaspersky software from government agencies")
        );
    }

    #[test]
    fn topics_lists_every_article_entry() {
        let m = matcher();
        assert_eq!(topics(&m).buttons.len(), m.knowledge().articles().count());
    }

    #[test]
    fn json_source_only_when_answered() {
        let m = matcher();
        for q in [
            "what does the ban cover",
            "hello",
            "asdfgh",
            "",
            "kaspersky",
        ] {
            let outcome = m.decide(q);
            let j = json(&m, q, &outcome);
            assert_eq!(j.source.is_some(), j.status == Status::Answered, "{q}");
            assert!((0.0..=1.0).contains(&j.score));
            assert_eq!(j.suggestions.is_empty(), j.status != Status::Suggest, "{q}");
        }
    }

    #[test]
    fn truncate_counts_characters() {
        assert_eq!(truncate("héllo", 10), "héllo");
        assert_eq!(truncate("héllo wörld", 5), "héll…");
    }
}
