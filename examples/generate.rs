//! Writes a generated knowledge directory, or measures faqbot on generated knowledge.
//!
//! ```text
//! cargo run --release --example generate -- write DIR N      # DIR/article.txt, qa.toml, queries.tsv
//! cargo run --release --example generate -- report N [N...]  # load time, latency, hit@1, memory
//! ... -- write-templated DIR N / report-templated N [N...]    # the same for a templated support FAQ
//! ... -- write-templated-fresh DIR N / report-templated-fresh N [N...]  # its queries worded afresh
//! ```

#[path = "../benches/support/generate.rs"]
mod generate;

use std::time::Instant;

use faqbot::knowledge::Files;
use faqbot::matcher::Matcher;

const SEED: u64 = 20_171_025;
const QUERIES: usize = 2_000;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some(verb @ ("write" | "write-templated" | "write-templated-fresh")) if args.len() == 3 => {
            let dir = std::path::Path::new(&args[1]);
            let n: usize = args[2].parse().expect("N is a number");
            let g = shape(verb)(n, QUERIES, SEED);
            std::fs::create_dir_all(dir).expect("create DIR");
            std::fs::write(dir.join("article.txt"), &g.article).expect("write article");
            std::fs::write(dir.join("qa.toml"), &g.qa).expect("write qa");
            let tsv: String = g
                .queries
                .iter()
                .map(|(q, id)| format!("{q}\t{id}\n"))
                .collect();
            std::fs::write(dir.join("queries.tsv"), tsv).expect("write queries");
            println!(
                "wrote {n} entries and {QUERIES} queries to {}",
                dir.display()
            );
        }
        Some(verb @ ("report" | "report-templated" | "report-templated-fresh")) => {
            println!(
                "| entries | load + index | median | p99 | hit@1 | hit@1, no slot word lost | answered right | wrong | unrelated abstained | peak RSS |"
            );
            println!("|---|---|---|---|---|---|---|---|---|---|");
            for n in &args[1..] {
                report(shape(verb), n.parse().expect("N is a number"));
            }
        }
        _ => eprintln!(
            "usage: generate write|write-templated|write-templated-fresh DIR N | generate report|report-templated|report-templated-fresh N [N...]"
        ),
    }
}

type Shape = fn(usize, usize, u64) -> generate::Generated;

/// The Zipf shape, or the templated support FAQ (its queries from its paraphrases, or worded
/// afresh).
fn shape(verb: &str) -> Shape {
    if verb.ends_with("templated-fresh") {
        generate::templated_fresh
    } else if verb.ends_with("templated") {
        generate::templated
    } else {
        generate::generate
    }
}

fn report(shape: Shape, n: usize) {
    let g = shape(n, QUERIES, SEED);
    let files = Files {
        article: g.article,
        qa: g.qa,
        article_name: "article.txt".into(),
        qa_name: "qa.toml".into(),
    };
    let started = Instant::now();
    let matcher =
        Matcher::load(&files).unwrap_or_else(|e| panic!("generated knowledge is valid: {e}"));
    let load = started.elapsed();
    let mut times = Vec::with_capacity(g.queries.len());
    let mut tally = generate::Tally::default();
    for (i, (q, expected)) in g.queries.iter().enumerate() {
        let t = Instant::now();
        let outcome = matcher.decide(q);
        times.push(t.elapsed());
        let lost_slot = g.lost_slot.get(i).copied().unwrap_or(false);
        tally.add(&matcher, &outcome, expected, lost_slot);
    }
    times.sort();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    println!(
        "| {n} | {:.0} ms | {:.1} µs | {:.1} µs | {:.1}% | {:.1}% ({}/{}) | {:.1}% | {:.1}% | {:.1}% | {} MB |",
        load.as_secs_f64() * 1e3,
        pct(0.5).as_secs_f64() * 1e6,
        pct(0.99).as_secs_f64() * 1e6,
        100.0 * tally.share(tally.first),
        100.0 * tally.whole_first as f64 / tally.whole.max(1) as f64,
        tally.whole_first,
        tally.whole,
        100.0 * tally.share(tally.right),
        100.0 * tally.share(tally.wrong),
        100.0 * (tally.unrelated - tally.unrelated_answered) as f64 / tally.unrelated.max(1) as f64,
        peak_rss_mb(),
    );
}

/// Peak resident memory of this process so far (Linux), in MB.
fn peak_rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}
