//! Sweeps the matcher's decision numbers over labelled files and prints the best settings.
//!
//! ```text
//! cargo run --release --example tune -- tests/styles_tune.tsv tests/questions.tsv   # sweep
//! cargo run --release --example tune -- --explain "why was it banned"               # ranking
//! KNOWLEDGE_DIR=DIR cargo run --release --example tune -- --explain "..."           # on DIR (or sweep)
//! ```
//! Settings are kept when wrong answers stay at or under `WRONG_LIMIT` (default 0.02) of all
//! questions and out-of-scope answers at or under `OOS_LIMIT` (default 0.03) of the out-of-scope
//! ones; the best by in-scope questions answered correctly are printed first. Tune on the tuning
//! sets only (`tests/styles_tune.tsv`, `tests/questions.tsv`, `tests/dialogs_tune.tsv`); the blind
//! sets are measured once, after.

use faqbot::eval::{self, Report};
use faqbot::knowledge::Files;
use faqbot::matcher::{DecisionTuning, Matcher, Tuning};

fn limit(var: &str, default: f64) -> f64 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // KNOWLEDGE_DIR, as for faqbot itself, explains and sweeps on other knowledge.
    let dir = std::env::var_os("KNOWLEDGE_DIR").map(std::path::PathBuf::from);
    let files = Files::locate(dir.as_deref()).expect("knowledge files are readable");
    if args.first().map(String::as_str) == Some("--explain") {
        let m = Matcher::load(&files).expect("knowledge is valid");
        for q in &args[1..] {
            println!("{}", m.explain(q));
        }
        return;
    }
    let knowledge = files.parse().expect("knowledge is valid");
    let paths: Vec<&str> = if args.is_empty() {
        vec!["tests/styles_tune.tsv", "tests/questions.tsv"]
    } else {
        args.iter().map(String::as_str).collect()
    };
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("readable labelled file"))
        .collect();
    let mut results = Vec::new();
    for answer_floor in [0.35, 0.4, 0.45, 0.5] {
        for margin in [0.0, 0.02, 0.05, 0.08] {
            for gate in [1.0, 1.5, 2.0, 2.5, 3.0, 4.0] {
                for gate_no_match in [0.5, 1.0, 1.5] {
                    let tuning = Tuning {
                        decision: DecisionTuning {
                            answer_floor,
                            margin,
                            gate,
                            gate_no_match,
                            ..DecisionTuning::DEFAULT
                        },
                        ..Tuning::DEFAULT
                    };
                    let m = Matcher::with_tuning(knowledge.clone(), tuning);
                    let cases = texts
                        .iter()
                        .flat_map(|t| {
                            let qs = eval::parse(t, &m).expect("valid labelled file");
                            eval::run(&m, qs).cases
                        })
                        .collect();
                    let r = Report { cases };
                    results.push((
                        r.correct_rate(),
                        r.wrong_rate(),
                        r.out_of_scope_answered_rate(),
                        tuning.decision,
                    ));
                }
            }
        }
    }
    if let Some((correct, wrong, oos, _)) = results.iter().find(|r| r.3 == DecisionTuning::DEFAULT)
    {
        println!("shipped: correct {correct:.3} wrong {wrong:.3} oos {oos:.3}");
    }
    let (wrong, oos) = (limit("WRONG_LIMIT", 0.02), limit("OOS_LIMIT", 0.03));
    results.retain(|r| r.1 <= wrong && r.2 <= oos);
    results.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.total_cmp(&b.1)));
    for (correct, wrong, oos, t) in results.iter().take(25) {
        println!("correct {correct:.3} wrong {wrong:.3} oos {oos:.3}  {t:?}");
    }
}
