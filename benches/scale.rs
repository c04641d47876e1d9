//! Per-question latency and load time on generated knowledge of 1k, 10k and 100k entries, in two
//! shapes: a Zipf vocabulary of random words (`generated/...`) and a templated support FAQ where
//! every word is common (`templated/...`).
//!
//! `cargo bench --bench scale`. Median and p99 per question, hit@1 and peak memory are printed by
//! `cargo run --release --example generate -- report 1000 10000 100000` (and `report-templated`).

#![allow(missing_docs)] // criterion_group! defines an undocumented function

#[path = "support/generate.rs"]
mod generate;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use faqbot::knowledge::Files;
use faqbot::matcher::Matcher;

type Shape = fn(usize, usize, u64) -> generate::Generated;

fn files(shape: Shape, n: usize) -> (Files, Vec<String>) {
    let g = shape(n, 500, 20_171_025);
    let files = Files {
        article: g.article,
        qa: g.qa,
        article_name: "article.txt".into(),
        qa_name: "qa.toml".into(),
    };
    (files, g.queries.into_iter().map(|(q, _)| q).collect())
}

fn scale(c: &mut Criterion) {
    let shapes: [(&str, Shape); 2] = [
        ("generated", generate::generate),
        ("templated", generate::templated),
    ];
    for (name, shape) in shapes {
        one_shape(c, name, shape);
    }
}

fn one_shape(c: &mut Criterion, name: &str, shape: Shape) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    for n in [1_000, 10_000, 100_000] {
        let (files, queries) = files(shape, n);
        group.bench_with_input(BenchmarkId::new("load", n), &files, |b, f| {
            b.iter(|| Matcher::load(black_box(f)).expect("valid"))
        });
        let matcher = Matcher::load(&files).expect("valid");
        let mut i = 0;
        group.bench_function(BenchmarkId::new("question", n), |b| {
            b.iter(|| {
                i = (i + 1) % queries.len();
                matcher.decide(black_box(&queries[i]))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
