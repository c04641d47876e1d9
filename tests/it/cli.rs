//! The `faqbot` binary through its command line (`docs/design.md` §4.1, §4.2).

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

fn faqbot(args: &[&str], stdin: &str) -> Output {
    faqbot_with(args, &[], stdin)
}

fn faqbot_with(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut child = spawn(args, env);
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The binary started with piped standard streams, no token and no knowledge directory.
fn spawn(args: &[&str], env: &[(&str, &str)]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_faqbot"))
        .args(args)
        .env_remove("UNANSWERED_LOG")
        .env_remove("KNOWLEDGE_ALONE")
        .envs(env.iter().copied())
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("KNOWLEDGE_DIR")
        .env("RUST_LOG", "warn")
        .current_dir(env!("CARGO_TARGET_TMPDIR")) // no .env here
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn ask_json_follows_the_contract_line_for_line() {
    let input =
        "What does the ban cover?\n\nhello\nIs Kaspersky banned in Germany?\nthe ban\n   \n";
    let out = faqbot(&["ask", "--json"], input);
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 6, "one object per input line");
    let keys = [
        "question",
        "status",
        "id",
        "score",
        "matched_question",
        "answer",
        "source",
        "suggestions",
        "also",
        "not_given",
    ];
    for (v, q) in lines.iter().zip(input.lines()) {
        let obj = v.as_object().unwrap();
        for k in keys {
            assert!(obj.contains_key(k), "{k} missing in {v}");
        }
        assert_eq!(obj.len(), keys.len());
        assert_eq!(v["question"], q);
        let score = v["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        assert_eq!(v["source"].is_null(), v["status"] != "answered", "{v}");
        assert!(v["suggestions"].is_array());
    }
    assert_eq!(lines[0]["status"], "answered");
    assert_eq!(lines[0]["id"], "ban-scope");
    assert_eq!(
        lines[0]["source"],
        "US bans use of Kaspersky software in federal agencies amid concerns of Russian espionage"
    );
    assert_eq!(lines[1]["status"], "no_match");
    assert_eq!(lines[2]["status"], "smalltalk");
    assert!(lines[2]["source"].is_null());
    assert_eq!(lines[3]["status"], "no_match");
    assert_eq!(lines[4]["status"], "suggest");
    assert!(lines[4]["suggestions"].as_array().unwrap().len() >= 2);
    assert_eq!(lines[5]["status"], "no_match");
}

#[test]
fn ask_takes_questions_as_arguments() {
    let out = faqbot(&["ask", "--json", "why was kaspersky banned?", "hi"], "");
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "ban-reason");
    let plain = faqbot(&["ask", "why was kaspersky banned?"], "");
    let text = String::from_utf8(plain.stdout).unwrap();
    assert!(text.contains("> The U.S. cited concerns"), "{text}");
}

#[test]
fn check_summarizes_the_knowledge() {
    let out = faqbot(&["check"], "");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("OK") && text.contains("entries: 23"),
        "{text}"
    );
}

/// Knowledge written apart for the article borrows the built-in questions and synonyms, and
/// `faqbot check` says so; `--knowledge-alone` (`KNOWLEDGE_ALONE`) reads it as written.
#[test]
fn knowledge_written_apart_borrows_unless_read_alone() {
    let check = |args: &[&str], env: &[(&str, &str)]| {
        let out = faqbot_with(args, env, "");
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let k6 = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/apart/k6");
    let dir = ["--knowledge", k6, "check"];
    let borrowing = check(&dir, &[]);
    assert!(
        borrowing.contains("entries: 23 (89 paraphrases, and ")
            && borrowing.contains("borrowed from the built-in knowledge"),
        "{borrowing}"
    );
    let alone = check(&[&dir[..], &["--knowledge-alone"]].concat(), &[]);
    assert!(alone.contains("entries: 23 (89 paraphrases)\n"), "{alone}");
    assert!(alone.contains("synonym groups: 4\n"), "{alone}");
    assert_eq!(check(&dir, &[("KNOWLEDGE_ALONE", "true")]), alone);
}

#[test]
fn broken_knowledge_refuses_to_start_naming_file_line_and_entry() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken");
    for args in [vec!["check"], vec!["ask", "hi"], vec!["run"]] {
        let mut full = vec!["--knowledge", dir.to_str().unwrap()];
        full.extend(args);
        let out = faqbot(&full, "");
        assert_eq!(out.status.code(), Some(1), "{full:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("qa.toml:8: entry `scope`: source is not found verbatim"),
            "{err}"
        );
    }
}

#[test]
fn run_without_token_and_terminal_exits_2_naming_the_variable() {
    let out = faqbot(&["run"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("TELOXIDE_TOKEN")
    );
    assert_eq!(faqbot(&[], "").status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(faqbot(&["frobnicate"], "").status.code(), Some(2));
    assert_eq!(
        faqbot(&["eval", "/no/such/file.tsv"], "").status.code(),
        Some(2)
    );
}

#[test]
fn eval_prints_the_metrics() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions.tsv");
    let out = faqbot(&["eval", file.to_str().unwrap()], "");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "answered correctly",
        "wrong answers",
        "abstention on out of scope",
        "per entry",
        "misses",
    ] {
        assert!(text.contains(needle), "{needle} missing");
    }
}

#[test]
fn chat_answers_from_standard_input() {
    let out = faqbot(&["chat"], "why was kaspersky banned?\n/topics\n1\n/quit\n");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Russian intelligence services"), "{text}");
    assert!(text.contains("1. "), "{text}");
}

/// `faqbot chat | head -1`: a reader that stops reading ends the chat as the end of input does,
/// with no panic over the closed pipe.
#[test]
fn chat_ends_quietly_when_its_reader_goes() {
    let mut child = spawn(&["chat"], &[]);
    let mut stdout = child.stdout.take().unwrap();
    let mut greeting = [0u8; 16];
    stdout.read_exact(&mut greeting).unwrap();
    drop(stdout);
    let mut stdin = child.stdin.take().unwrap();
    for _ in 0..200 {
        if stdin.write_all(b"why was it banned?\n").is_err() {
            break;
        }
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// `ask --json --dialog`: one object per non-empty line, each with `context`; an empty line
/// starts a new conversation; the same follow-up after two topics gets two answers.
#[test]
fn ask_dialog_reads_follow_ups_against_the_conversation() {
    let input = "Is Kaspersky willing to testify before Congress?\nwhy?\n\n\nWhat did the US ban?\nwhy?\n2\nsource?\n";
    let out = faqbot(&["ask", "--json", "--dialog"], input);
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 6, "one object per non-empty line");
    for v in &lines {
        assert!(v.as_object().unwrap().contains_key("context"), "{v}");
    }
    assert_eq!(lines[0]["context"], serde_json::Value::Null);
    assert_eq!(lines[1]["context"], "testify-congress");
    assert_eq!(
        lines[2]["context"],
        serde_json::Value::Null,
        "a new conversation"
    );
    assert_eq!(lines[3]["id"], "ban-reason");
    assert_ne!(
        lines[1]["id"], lines[3]["id"],
        "the same words after two topics"
    );
    // "2" picks the second entry offered with the ban's reason; "source?" repeats it.
    assert_eq!(lines[4]["status"], "answered");
    assert_eq!(lines[5]["id"], lines[4]["id"]);
    assert!(!lines[5]["source"].is_null());
}

/// A multi-part question is answered part by part, each part with its own source.
#[test]
fn ask_json_answers_each_part_of_a_multi_part_question() {
    let out = faqbot(&["ask", "--json"], "who banned kaspersky, and why?\n");
    let lines = json_lines(&out);
    assert_eq!(lines[0]["status"], "answered", "{}", lines[0]);
    let also = lines[0]["also"].as_array().unwrap();
    assert_eq!(also.len(), 1, "{}", lines[0]);
    assert_ne!(also[0]["id"], lines[0]["id"]);
    assert!(!also[0]["source"].is_null());
}

/// A knowledge directory holding the built-in knowledge, to edit.
fn knowledge_dir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("article.txt"), faqbot::knowledge::BUILTIN_ARTICLE).unwrap();
    std::fs::write(dir.join("qa.toml"), faqbot::knowledge::BUILTIN_QA).unwrap();
    dir
}

/// The maintainer's loop: questions the bot was unsure of are logged by `ask` (with the pick
/// made after one), proposed by `review`, added by `review --apply --yes`, and then answered
/// with the proposed entry; `qa.toml` keeps every comment and still validates.
#[test]
fn unsure_questions_become_knowledge_in_one_command() {
    let dir = knowledge_dir("learn-loop");
    let knowledge = dir.to_str().unwrap();
    let log = dir.join("unanswered.jsonl");
    let env = [("UNANSWERED_LOG", log.to_str().unwrap())];

    // Unsure, then the person picks the second suggestion.
    let out = faqbot_with(
        &["--knowledge", knowledge, "ask", "--json", "--dialog"],
        &env,
        "the ban\n2\n",
    );
    let turns = json_lines(&out);
    assert_eq!(turns[0]["status"], "suggest", "{}", turns[0]);
    let picked = turns[0]["suggestions"][1]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(turns[1]["id"], picked.as_str());
    // Plain `ask` logs too.
    faqbot_with(
        &[
            "--knowledge",
            knowledge,
            "ask",
            "Is Kaspersky banned in Germany?",
        ],
        &env,
        "",
    );

    let out = faqbot(&["review", "--json", log.to_str().unwrap()], "");
    assert!(out.status.success());
    let groups = json_lines(&out);
    let ban = groups
        .iter()
        .find(|g| g["question"] == "the ban")
        .expect("grouped");
    assert_eq!(ban["proposal"], picked.as_str());
    assert_eq!(ban["basis"], "chosen");
    let germany = groups
        .iter()
        .find(|g| g["question"] == "Is Kaspersky banned in Germany?")
        .unwrap();
    assert_eq!(germany["proposal"], serde_json::Value::Null);

    // The built-in knowledge cannot be edited; without --yes there must be a terminal.
    assert_eq!(
        faqbot(&["review", "--apply", "--yes", log.to_str().unwrap()], "")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        faqbot(
            &[
                "--knowledge",
                knowledge,
                "review",
                "--apply",
                log.to_str().unwrap()
            ],
            ""
        )
        .status
        .code(),
        Some(2)
    );

    let apply = || {
        faqbot(
            &[
                "--knowledge",
                knowledge,
                "review",
                "--apply",
                "--yes",
                log.to_str().unwrap(),
            ],
            "",
        )
    };
    let out = apply();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 added"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let applied = std::fs::read_to_string(dir.join("qa.toml")).unwrap();
    for comment in faqbot::knowledge::BUILTIN_QA
        .lines()
        .filter(|l| l.trim_start().starts_with('#'))
    {
        assert!(applied.contains(comment), "comment lost: {comment}");
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("qa.toml.bak")).unwrap(),
        faqbot::knowledge::BUILTIN_QA
    );
    assert!(
        faqbot(&["--knowledge", knowledge, "check"], "")
            .status
            .success()
    );

    let out = faqbot(&["--knowledge", knowledge, "ask", "--json", "the ban"], "");
    let answer = &json_lines(&out)[0];
    assert_eq!(answer["status"], "answered", "{answer}");
    assert_eq!(answer["id"], picked.as_str());

    // Applying again adds nothing: it is a question of that entry now.
    let out = apply();
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 added"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Malformed and truncated lines are skipped and counted, never fatal, and a log of a million
/// lines is reviewed (its figures, in release, are in the README).
#[test]
fn review_skips_malformed_lines_and_reads_a_million() {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("huge-unanswered.jsonl");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        for i in 0..1_000_000u32 {
            if i % 1000 == 999 {
                writeln!(f, r#"{{"time":1,"text":"cut off"#).unwrap();
                continue;
            }
            let event = if i % 7 == 0 {
                r#","event":"chosen","chosen_id":"ban-who""#
            } else {
                ""
            };
            writeln!(
                f,
                r#"{{"time":{i},"text":"question {} about the ban","status":"suggest","best_id":"ban-scope","score":0.4{event}}}"#,
                i % 5000
            )
            .unwrap();
        }
        writeln!(f, "not json at all").unwrap();
    }
    let out = faqbot(&["review", "--json", path.to_str().unwrap()], "");
    assert!(out.status.success());
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("1000001 lines"), "{summary}");
    assert!(summary.contains("1001 malformed"), "{summary}");
    let groups = json_lines(&out);
    // Questions 999, 1999, ... 4999 fall only on cut-off lines: 4,995 questions remain.
    assert_eq!(groups.len(), 4995);
    assert!(
        groups
            .iter()
            .all(|g| g["proposal"] == "ban-who" && g["basis"] == "chosen")
    );
    let _ = std::fs::remove_file(&path);
}
