//! Writes what the decision sees of each labelled question, for fitting the decision's forest
//! (`python3 benches/fit_decision.py features.tsv --write src/matcher/forest.txt`), and measures
//! another forest (`--forest FILE --eval`).
//!
//! ```text
//! cargo run --release --example fit -- tests/styles_tune.tsv tests/questions.tsv > features.tsv
//! cargo run --release --example fit -- --knowledge tests/data/apart/k1 --alone tests/styles_tune.tsv
//! cargo run --release --example fit -- --templated 1000:3000:7 > templated.tsv
//! cargo run --release --example fit -- --forest forest.txt --eval tests/holdout.tsv
//! ```
//! Options, in any order before the files:
//! - `--knowledge DIR`: another knowledge than the built-in one, loaded as faqbot loads it (with
//!   the built-in questions it borrows), or read alone with `--alone`;
//! - `--templated N:QUERIES:SEED`: generated templated support knowledge (`benches/support`)
//!   and its noisy queries instead of labelled files;
//! - `--forest FILE`: decide with another fitted forest (`rule`: the hand-set rule alone);
//! - `--eval`: write each file's `faqbot eval` figures (right, in scope, wrong, questions, out
//!   of scope answered, out of scope, follow-ups right, follow-ups in scope) instead of features.
//!
//! Feature lines: one per question read whole (single questions, first turns): file, line,
//! slice, whether the leader is the first expected entry (`1`), out of scope (`-`) or another
//! entry (`0`), the status faqbot gives, the features of
//! [`faqbot::matcher::DecisionFeatures`], then the content words the leader does not explain
//! (`word:weight`, `?` when the knowledge does not know it) and the question.

#[path = "../benches/support/generate.rs"]
mod generate;

use faqbot::eval;
use faqbot::matcher::Matcher;

fn main() {
    let mut dir = None;
    let (mut alone, mut eval_only) = (false, false);
    let (mut forest, mut templated) = (None, None);
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--knowledge" => dir = args.next(),
            "--alone" => alone = true,
            "--forest" => forest = args.next(),
            "--eval" => eval_only = true,
            "--templated" => templated = args.next(),
            _ => files.push(arg),
        }
    }
    let mut generated = None;
    let mut m = if let Some(spec) = templated {
        let n: Vec<u64> = spec
            .split(':')
            .map(|s| s.parse().expect("N:QUERIES:SEED"))
            .collect();
        let g = generate::templated_fresh(n[0] as usize, n[1] as usize, n[2]);
        let files = faqbot::knowledge::Files {
            article: g.article.clone(),
            qa: g.qa.clone(),
            article_name: "article.txt".into(),
            qa_name: "qa.toml".into(),
        };
        generated = Some(g);
        Matcher::load(&files).expect("generated knowledge is valid")
    } else {
        Matcher::locate(dir.as_deref().map(std::path::Path::new), alone).expect("valid knowledge")
    };
    if let Some(path) = forest {
        let text =
            (path != "rule").then(|| std::fs::read_to_string(&path).expect("readable forest"));
        m.set_forest(text.as_deref()).expect("valid forest");
    }
    if eval_only {
        for path in files {
            let text = std::fs::read_to_string(&path).expect("readable labelled file");
            let r = eval::run(&m, eval::parse(&text, &m).expect("valid labelled file"));
            let f = r.slice("follow-up");
            let count = |rate: f64, of: usize| (rate * of as f64).round() as usize;
            println!(
                "{path}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                count(r.correct_rate(), r.in_scope()),
                r.in_scope(),
                count(r.wrong_rate(), r.cases.len()),
                r.cases.len(),
                count(r.out_of_scope_answered_rate(), r.out_of_scope()),
                r.out_of_scope(),
                count(f.correct_rate(), f.in_scope()),
                f.in_scope(),
            );
        }
        return;
    }
    println!(
        "file\tline\tslice\tleader\tstatus\tscore\tmargin\tlead_third\tmatched\tunexplained\tunknown\ttopic\tdecides\twords\tunexplained_words_n\tunknown_words\theaviest\tlength\tsparseness\tsmalltalk\tunexplained_words\tquestion"
    );
    if let Some(g) = generated {
        for (i, (question, expected)) in g.queries.iter().enumerate() {
            let expected = (expected != "-").then_some(expected.as_str());
            row(&m, "templated", i + 1, "templated", expected, question);
        }
    }
    for path in files {
        let text = std::fs::read_to_string(&path).expect("readable labelled file");
        let questions = eval::parse(&text, &m).expect("valid labelled file");
        for q in questions
            .iter()
            .filter(|q| q.turn.as_ref().is_none_or(|(_, t)| *t == 1))
        {
            let expected = q.expected.first().map(String::as_str);
            row(&m, &path, q.line, &q.slice, expected, &q.question);
        }
    }
}

/// Writes one question's feature line.
fn row(m: &Matcher, path: &str, line: usize, slice: &str, expected: Option<&str>, q: &str) {
    let status = format!("{:?}", m.decide(q).status);
    let Some((f, id)) = m.decision_features(q) else {
        let zeros = ["0"; 15].join("\t");
        println!("{path}\t{line}\t{slice}\t-\t{status}\t{zeros}\t\t{q}");
        return;
    };
    let words: Vec<String> = m
        .unexplained_words(q)
        .into_iter()
        .map(|(w, weight, known)| format!("{w}:{weight:.2}{}", if known { "" } else { "?" }))
        .collect();
    let leader = match expected {
        None => "-",
        Some(e) if e == id => "1",
        Some(_) => "0",
    };
    // The forest's numbers (`DecisionFeatures::as_array`), then the knowledge's sparseness (not
    // fitted on) and whether the leader is small talk; read by column name.
    let numbers: Vec<String> = f.as_array().iter().map(|x| format!("{x:.4}")).collect();
    println!(
        "{path}\t{line}\t{slice}\t{leader}\t{status}\t{}\t{:.4}\t{}\t{}\t{q}",
        numbers.join("\t"),
        f.sparseness,
        u8::from(f.smalltalk),
        words.join(" "),
    );
}
