//! Writes what the decision sees of each labelled question, for fitting it
//! (`python3 benches/fit_decision.py features.tsv`).
//!
//! ```text
//! cargo run --release --example fit -- tests/styles_tune.tsv tests/questions.tsv > features.tsv
//! ```
//! One line per question read whole: file, line, slice, whether the leader is the first expected
//! entry (`1`), out of scope (`-`) or another entry (`0`), the status faqbot gives, the
//! features of [`faqbot::matcher::DecisionFeatures`], then the content words the leader does not
//! explain (`word:weight`, `?` when the knowledge does not know it) and the question.

use faqbot::eval;
use faqbot::knowledge::Knowledge;
use faqbot::matcher::Matcher;

fn main() {
    let m = Matcher::new(Knowledge::builtin().expect("built-in knowledge is valid"));
    println!(
        "file\tline\tslice\tleader\tstatus\tscore\tmargin\tmatched\tunexplained\tunknown\tdecides\tsmalltalk\tunexplained_words\tquestion"
    );
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable labelled file");
        let questions = eval::parse(&text, &m).expect("valid labelled file");
        for q in questions
            .iter()
            .filter(|q| q.turn.as_ref().is_none_or(|(_, t)| *t == 1))
        {
            let status = format!("{:?}", m.decide(&q.question).status);
            let Some((f, id)) = m.decision_features(&q.question) else {
                println!(
                    "{path}\t{}\t{}\t-\t{status}\t0\t0\t0\t0\t0\t0\t0\t\t{}",
                    q.line, q.slice, q.question
                );
                continue;
            };
            let words: Vec<String> = m
                .unexplained_words(&q.question)
                .into_iter()
                .map(|(w, weight, known)| {
                    format!("{w}:{weight:.2}{}", if known { "" } else { "?" })
                })
                .collect();
            let leader = match q.expected.first() {
                None => "-",
                Some(e) if *e == id => "1",
                Some(_) => "0",
            };
            println!(
                "{path}\t{}\t{}\t{leader}\t{status}\t{:.4}\t{:.4}\t{:.4}\t{:.4}\t{:.4}\t{}\t{}\t{}\t{}",
                q.line,
                q.slice,
                f.score,
                f.margin,
                f.matched,
                f.unexplained,
                f.unknown,
                u8::from(f.decides),
                u8::from(f.smalltalk),
                words.join(" "),
                q.question
            );
        }
    }
}
