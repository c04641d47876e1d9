//! Sweeps the matcher's [`Tuning`] over a labelled question file and prints the best settings.
//!
//! ```text
//! cargo run --release --example tune -- tests/questions.tsv            # sweep
//! cargo run --release --example tune -- --explain "why was it banned"  # show the ranking
//! ```
//! Settings are kept when wrong answers stay at or under 3% of all questions and out-of-scope
//! answers at or under `OOS_LIMIT` (default 0.03) of the out-of-scope ones; the best by answered
//! correctly are printed first. Tune on `tests/questions.tsv` only; check the chosen values on
//! `tests/holdout.tsv`.

use faqbot::eval;
use faqbot::knowledge::Knowledge;
use faqbot::matcher::{DecisionTuning, IndexTuning, Matcher, ScoreWeights, Tuning};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let knowledge = Knowledge::builtin().expect("built-in knowledge is valid");
    if args.first().map(String::as_str) == Some("--explain") {
        let m = Matcher::new(knowledge);
        for q in &args[1..] {
            println!("{}", m.explain(q));
        }
        return;
    }
    let path = args.first().map_or("tests/questions.tsv", String::as_str);
    let text = std::fs::read_to_string(path).expect("readable labelled file");
    let mut results = Vec::new();
    for answer_floor in [0.4, 0.45, 0.5] {
        for margin in [0.03, 0.05, 0.08] {
            for gate in [2.0, 2.5, 3.0, 3.5, 4.0] {
                for unknown_factor in [0.8, 1.0, 1.2] {
                    for (w_tokens, w_coverage) in [(0.7, 0.15), (0.55, 0.3), (0.4, 0.45)] {
                        for source_credit in [0.4, 0.7] {
                            for single_use_credit in [1.0, 0.8, 0.6, 0.4] {
                                let tuning = Tuning {
                                    index: IndexTuning {
                                        single_use_credit,
                                        unknown_factor,
                                        source_credit,
                                    },
                                    score: ScoreWeights {
                                        w_tokens,
                                        w_coverage,
                                        w_chars: 1.0 - w_tokens - w_coverage,
                                    },
                                    decision: DecisionTuning {
                                        answer_floor,
                                        margin,
                                        gate,
                                        ..DecisionTuning::DEFAULT
                                    },
                                };
                                let m = Matcher::with_tuning(knowledge.clone(), tuning);
                                let qs = eval::parse(&text, &m).expect("valid labelled file");
                                let r = eval::run(&m, qs);
                                results.push((
                                    r.correct_rate(),
                                    r.wrong_rate(),
                                    r.out_of_scope_answered_rate(),
                                    tuning,
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    let limit: f64 = std::env::var("OOS_LIMIT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.03);
    results.retain(|r| r.1 <= 0.03 && r.2 <= limit);
    results.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.total_cmp(&b.1)));
    for (correct, wrong, oos, t) in results.iter().take(25) {
        println!(
            "correct {:.3} wrong {:.3} oos {:.3}  {t:?}",
            correct, wrong, oos
        );
    }
}
