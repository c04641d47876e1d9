//! Time per question over a labelled file, question by question: what the mix people write
//! costs, beside `cargo bench`'s few chosen questions.
//!
//! ```text
//! cargo run --release --example timing -- tests/styles_blind99.tsv
//! ```
//! Each question is decided 15 times and its median kept; the summary gives the mean, median,
//! 90th percentile and slowest of those, and the slowest questions.

use std::hint::black_box;
use std::time::Instant;

use faqbot::knowledge::Knowledge;
use faqbot::matcher::Matcher;

/// Times each question is decided; its median is its time.
const RUNS: usize = 15;

fn main() {
    let path = std::env::args().nth(1).expect("usage: timing FILE.tsv");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let m = Matcher::new(Knowledge::builtin().expect("valid"));
    let mut times: Vec<(f64, &str)> = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split('\t').next())
        .filter(|q| !q.is_empty())
        .map(|q| {
            let mut runs: Vec<f64> = (0..RUNS)
                .map(|_| {
                    let start = Instant::now();
                    black_box(m.decide(black_box(q)));
                    start.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            runs.sort_by(f64::total_cmp);
            (runs[RUNS / 2], q)
        })
        .collect();
    assert!(!times.is_empty(), "no questions in {path}");
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    let n = times.len();
    let mean = times.iter().map(|t| t.0).sum::<f64>() / n as f64;
    let at = |share: f64| times[((n - 1) as f64 * share).round() as usize].0;
    println!(
        "{n} questions: mean {mean:.1} µs, median {:.1} µs, 90th percentile {:.1} µs, slowest {:.1} µs",
        at(0.5),
        at(0.9),
        at(1.0)
    );
    for (t, q) in times.iter().rev().take(5) {
        println!("{t:8.1} µs  {q}");
    }
}
