//! Time to answer one question on the shipped knowledge, and to load and index it.
//!
//! `cargo bench --bench matching` (criterion prints the median with its confidence interval).

#![allow(missing_docs)] // criterion_group! defines an undocumented function

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use faqbot::conversation::Context;
use faqbot::knowledge::Knowledge;
use faqbot::matcher::Matcher;

fn questions(c: &mut Criterion) {
    let m = Matcher::new(Knowledge::builtin().expect("valid"));
    let long = "please tell me what the ban on kaspersky covers ".repeat(90);
    let cases = [
        ("answered", "What does the ban cover?"),
        ("typo", "why was kaspresky bannned"),
        ("suggested", "the ban"),
        ("unrelated", "what's the weather in Paris tomorrow?"),
        // How people write: a formal message of two sentences, one of them context, read
        // whole, by its parts and beside its openings.
        (
            "formal_two_sentences",
            "I am preparing a short briefing for our board on this story. Could you tell me \
             which computers the ban applies to, and why it was imposed?",
        ),
        ("4096_chars", &long[..4096]),
    ];
    for (name, q) in cases {
        c.bench_function(&format!("decide/{name}"), |b| {
            b.iter(|| m.decide(black_box(q)))
        });
    }
}

/// Every single question of a labelled set written by people who never saw the knowledge, in
/// turn: the time a question of the mix people write takes, on average (criterion's throughput
/// in questions a second). A set's questions are read whole, by their parts and beside their
/// openings as any question is.
fn labelled_mix(c: &mut Criterion) {
    let m = Matcher::new(Knowledge::builtin().expect("valid"));
    let text = include_str!("../tests/styles_blind99.tsv");
    let set: Vec<&str> = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split('\t').next())
        .filter(|q| !q.is_empty())
        .collect();
    let mut group = c.benchmark_group("mix");
    group.throughput(Throughput::Elements(set.len() as u64));
    group.bench_function("styles_blind99", |b| {
        b.iter(|| {
            for q in &set {
                black_box(m.decide(black_box(q)));
            }
        })
    });
    group.finish();
}

/// A follow-up read against the conversation ("why?" after an answer) against the same
/// conversation's plain question: issue 11 wants at most twice the cost.
fn conversation(c: &mut Criterion) {
    let m = Matcher::new(Knowledge::builtin().expect("valid"));
    let first =
        faqbot::conversation::reply(&m, "Is Kaspersky willing to testify before Congress?", None);
    let context = Context::default().after(&m, &first, 0);
    for (name, q) in [
        ("follow_up", "why?"),
        // Words of its own that point at a see-also topic: the costliest reading.
        ("follow_up_own_words", "and the FBI?"),
        ("plain_in_context", "What does the ban cover?"),
        ("pick", "the second one"),
    ] {
        c.bench_function(&format!("conversation/{name}"), |b| {
            b.iter(|| faqbot::conversation::reply(&m, black_box(q), Some(&context)))
        });
    }
}

fn load(c: &mut Criterion) {
    c.bench_function("load/builtin_validate_and_index", |b| {
        b.iter(|| Matcher::new(Knowledge::builtin().expect("valid")))
    });
}

criterion_group!(benches, questions, labelled_mix, conversation, load);
criterion_main!(benches);
