//! The shipped knowledge and the labelled questions: validity, independence, and quality floors.

use faqbot::eval;
use faqbot::knowledge::Knowledge;
use faqbot::matcher::Matcher;
use faqbot::normalize::Normalizer;

fn matcher() -> Matcher {
    Matcher::new(Knowledge::builtin().expect("the shipped knowledge is valid"))
}

#[test]
fn shipped_knowledge_covers_the_article() {
    let k = Knowledge::builtin().unwrap();
    assert_eq!(
        k.title,
        "USA bans Kaspersky software from government agencies"
    );
    assert!(k.articles().count() >= 20);
    for e in k.articles() {
        assert!(
            e.questions.len() >= 6,
            "{} has {} questions",
            e.id,
            e.questions.len()
        );
        let source = e.source.as_deref().unwrap();
        assert!(
            !source.contains("ABC News"),
            "{} cites the cut-off sentence",
            e.id
        );
        assert_ne!(
            e.answer.trim(),
            source.trim(),
            "{}: answer is the source pasted",
            e.id
        );
    }
    assert!(!faqbot::knowledge::BUILTIN_ARTICLE.contains("Dernières nouvelles"));
}

/// Labelled questions must not be (near-)copies of stored paraphrases, or the floors would only
/// measure memory.
#[test]
fn labelled_questions_are_not_copies_of_paraphrases() {
    let k = Knowledge::builtin().unwrap();
    let n = Normalizer::new(&k.synonyms);
    let stored: Vec<(usize, String)> = k
        .entries
        .iter()
        .flat_map(|e| e.questions.iter().map(|q| n.key(q)))
        .map(|key| (key.chars().count(), key))
        .collect();
    let mut copies = Vec::new();
    for file in [
        "tests/questions.tsv",
        "tests/holdout.tsv",
        "tests/fresh.tsv",
        "tests/blind.tsv",
    ] {
        let text = std::fs::read_to_string(file).unwrap();
        for line in text.lines() {
            let question = line.split('\t').next().unwrap();
            let key = n.key(question);
            if key.chars().count() < 12 {
                continue; // "hi", "thanks", junk: too short to be a paraphrase copy
            }
            // Lengths more than 10% apart are at least that many edits apart: skip them.
            let len = key.chars().count();
            if let Some((_, p)) = stored.iter().find(|(plen, p)| {
                len.abs_diff(*plen) * 10 <= len.max(*plen)
                    && strsim::normalized_levenshtein(&key, p) >= 0.9
            }) {
                copies.push(format!("{file}\t{question}\t{p}"));
            }
        }
    }
    assert!(
        copies.is_empty(),
        "near-copies of paraphrases:\n{}",
        copies.join("\n")
    );
}

fn report(file: &str) -> eval::Report {
    let m = matcher();
    let text = std::fs::read_to_string(file).unwrap();
    eval::run(&m, eval::parse(&text, &m).unwrap())
}

/// Floors for one labelled set, as rates: at least `correct` answered correctly, at least
/// `offered` answered correctly or offered as a suggestion, at most `wrong` wrong answers (of all
/// questions), at most `out_of_scope` of the out-of-scope questions answered.
struct Floors {
    correct: f64,
    offered: f64,
    wrong: f64,
    out_of_scope: f64,
}

fn assert_floors(file: &str, f: Floors) -> eval::Report {
    let r = report(file);
    let checks = [
        (
            "answered correctly",
            r.correct_rate(),
            r.correct_rate() >= f.correct,
        ),
        (
            "answered correctly or offered",
            r.correct_rate() + r.suggested_rate(),
            r.correct_rate() + r.suggested_rate() >= f.offered,
        ),
        ("wrong answers", r.wrong_rate(), r.wrong_rate() <= f.wrong),
        (
            "out of scope answered",
            r.out_of_scope_answered_rate(),
            r.out_of_scope_answered_rate() <= f.out_of_scope,
        ),
    ];
    for (name, value, ok) in checks {
        assert!(ok, "{file}: {name} {value:.3}\n{r}");
    }
    r
}

/// The floors the core issue sets, on the tuning set: 90% of in-scope questions answered
/// correctly, at most 3% wrong answers and at most 3% of out-of-scope questions answered.
#[test]
fn labelled_questions_meet_floors() {
    let floors = Floors {
        correct: 0.90,
        offered: 0.97,
        wrong: 0.03,
        out_of_scope: 0.03,
    };
    let r = assert_floors("tests/questions.tsv", floors);
    assert!(r.cases.len() >= 150 && r.out_of_scope() >= 50);
}

/// The held-out set is never tuned on; its floors only catch regressions.
#[test]
fn holdout_questions_meet_floors() {
    let floors = Floors {
        correct: 0.86,
        offered: 0.95,
        wrong: 0.03,
        out_of_scope: 0.04,
    };
    assert_floors("tests/holdout.tsv", floors);
}

/// A third set, by yet another writer, measured once at the end of a session and kept as a
/// regression check (see README).
#[test]
fn fresh_questions_meet_floors() {
    let floors = Floors {
        correct: 0.88,
        offered: 0.97,
        wrong: 0.04,
        out_of_scope: 1.0,
    };
    assert_floors("tests/fresh.tsv", floors);
}

/// A fourth set, written by a writer who saw neither the knowledge nor the other sets, first
/// measured after this session's main changes (see README) and kept as a regression check.
#[test]
fn blind_questions_meet_floors() {
    let floors = Floors {
        correct: 0.90,
        offered: 0.97,
        wrong: 0.03,
        out_of_scope: 0.06,
    };
    assert_floors("tests/blind.tsv", floors);
}

/// Each question is answered, with the entry given.
fn assert_answered(cases: &[(&str, &str)]) {
    let m = matcher();
    for &(q, id) in cases {
        let o = m.decide(q);
        assert_eq!(o.status, faqbot::matcher::Status::Answered, "{q}");
        assert_eq!(m.entry(&o.best.unwrap()).id, id, "{q}");
    }
}

#[test]
fn the_two_most_asked_questions_are_answered() {
    assert_answered(&[
        ("What does the ban cover?", "ban-scope"),
        ("what does the ban cover", "ban-scope"),
        ("Which agencies are affected by the ban?", "ban-scope"),
        ("How did Kaspersky respond?", "kaspersky-response"),
        ("how did kaspersky react to the ban", "kaspersky-response"),
        ("kaspersky response", "kaspersky-response"),
    ]);
}

#[test]
fn typos_chat_spellings_and_elongations_are_read() {
    assert_answered(&[
        ("wat does the bann cover", "ban-scope"),
        ("whyyy did the us ban kaspersky", "ban-reason"),
        ("y did usa ban kaspersky", "ban-reason"),
        ("how did kasperksy respnd", "kaspersky-response"),
    ]);
}

#[test]
fn one_question_wrapped_in_context_is_answered() {
    let q = "My neighbour works in IT and keeps telling me stories about Russian hackers. I don't \
             follow most of it. Anyway, my kid's school had this antivirus on its laptops. \
             What did the company say after the decision?";
    assert_answered(&[(q, "kaspersky-response")]);
}

#[test]
fn near_misses_and_junk_get_no_article_answer() {
    let m = matcher();
    let long = "kaspersky ban ".repeat(300);
    for q in [
        "Did the UK also ban Kaspersky?",
        "Is Kaspersky banned in Germany?",
        "How much does Kaspersky cost?",
        "When does the ban take effect, what is the deadline?",
        "What was that about?",
        "",
        "   ",
        "?!?!",
        "a",
        "😀😀😀",
        "\u{200B}\u{200B}",
        "<b></b>",
        "Привет, как дела?",
        "/start",
        long.as_str(),
    ] {
        let o = m.decide(q);
        assert_ne!(o.status, faqbot::matcher::Status::Answered, "{q:.40}");
    }
}
