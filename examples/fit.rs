//! Writes what the decision sees of each labelled question, for fitting it
//! (`python3 benches/fit_decision.py features.tsv`).
//!
//! ```text
//! cargo run --release --example fit -- tests/styles_tune.tsv tests/questions.tsv > features.tsv
//! cargo run --release --example fit -- --knowledge tests/data/apart/k1 tests/styles_tune.tsv
//! ```
//! One line per question read whole: file, line, slice, whether the leader is the first expected
//! entry (`1`), out of scope (`-`) or another entry (`0`), the status faqbot gives, the
//! features of [`faqbot::matcher::DecisionFeatures`], then the content words the leader does not
//! explain (`word:weight`, `?` when the knowledge does not know it) and the question.

use faqbot::eval;
use faqbot::matcher::Matcher;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--knowledge DIR` first: another knowledge than the built-in one, loaded as faqbot loads
    // it (with the built-in questions it borrows).
    let files = if args.first().is_some_and(|a| a == "--knowledge") && args.len() > 1 {
        let dir = args.drain(..2).nth(1).expect("two drained");
        faqbot::knowledge::Files::read(std::path::Path::new(&dir)).expect("readable knowledge")
    } else {
        faqbot::knowledge::Files::builtin()
    };
    let m = Matcher::load(&files).expect("valid knowledge");
    println!(
        "file\tline\tslice\tleader\tstatus\tscore\tmargin\tmatched\tunexplained\tunknown\tdecides\tsmalltalk\tunexplained_words\tquestion"
    );
    for path in args {
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
