//! Deterministic synthetic knowledge for benchmarks: `n` entries with 3 paraphrases each, an
//! article holding every source, and noisy queries with their expected ids.
//!
//! Words come from a pseudo-vocabulary of a few thousand syllable words drawn with a Zipf-like
//! law, so that most words are rare and a few are everywhere, as in real FAQ files.

#![allow(dead_code)] // each user of this module uses part of it

use std::fmt::Write;

/// A small, seeded, dependency-free random generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Index in `0..n` with probability falling like 1/(rank+1).
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64 + 1.0).powf(u) - 1.0) as usize % n
    }

    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

const ONSETS: &[&str] = &[
    "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr",
    "pl", "st", "tr", "sk",
];
const VOWELS: &[&str] = &["a", "o", "u", "i", "ai", "ou"];
const CODAS: &[&str] = &["", "n", "m", "k", "t", "l", "x"];

/// `size` distinct pseudo-words of 2-3 syllables.
pub fn vocabulary(size: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut seen = std::collections::HashSet::new();
    let mut words = Vec::with_capacity(size);
    while words.len() < size {
        let syllables = 2 + rng.below(2);
        let mut w = String::new();
        for _ in 0..syllables {
            w.push_str(ONSETS[rng.below(ONSETS.len())]);
            w.push_str(VOWELS[rng.below(VOWELS.len())]);
        }
        w.push_str(CODAS[rng.below(CODAS.len())]);
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    words
}

const TEMPLATES: &[&str] = &[
    "what is the {a} {b}",
    "how does {a} {b} {c} work",
    "{a} {b} {c}?",
    "why is {b} {a} so {c}",
    "can i {a} the {b} with {c}",
    "where do i find {a} {b}",
    "tell me about {c} {a} and {b}",
    "is {a} {b} allowed for {c}",
];

/// A generated knowledge base and its queries.
pub struct Generated {
    pub article: String,
    pub qa: String,
    /// `(question, expected id or "-")`.
    pub queries: Vec<(String, String)>,
}

/// `n` entries, `queries` noisy queries (20% unrelated), all from `seed`.
pub fn generate(n: usize, queries: usize, seed: u64) -> Generated {
    let vocab = vocabulary(4000, seed);
    // Words that never appear in the knowledge, for unrelated queries.
    let foreign = vocabulary(4400, seed ^ 0xDEAD_BEEF)
        .into_iter()
        .filter(|w| !vocab.contains(w))
        .take(300)
        .collect::<Vec<_>>();
    let mut rng = Rng::new(seed);
    let mut article = String::from("Generated knowledge for benchmarks\n\n");
    let mut qa = String::with_capacity(n * 400);
    let mut paraphrases: Vec<Vec<String>> = Vec::with_capacity(n);
    for i in 0..n {
        // Two words that identify the entry (a pair no other entry has), one shared topic word.
        let a = &vocab[i % vocab.len()];
        let b = &vocab[(i / vocab.len() * 7 + i * 13 + 1) % vocab.len()];
        let c = &vocab[rng.zipf(vocab.len())];
        let mut qs = Vec::with_capacity(3);
        let mut t = rng.below(TEMPLATES.len());
        while qs.len() < 3 {
            let q = TEMPLATES[t % TEMPLATES.len()]
                .replace("{a}", a)
                .replace("{b}", b)
                .replace("{c}", c);
            if !qs.contains(&q) {
                qs.push(q);
            }
            t += 1 + rng.below(3);
        }
        let source = format!("The {a} {b} entry number {i} is about {c} and nothing else.");
        let _ = writeln!(article, "{source}");
        let _ = writeln!(
            qa,
            "[[entry]]\nid = \"e{i}\"\nquestions = [{}]\nanswer = \"Entry {i}: {a} {b} concerns {c}.\"\nsource = \"{source}\"\n",
            qs.iter()
                .map(|q| format!("\"{q}\""))
                .collect::<Vec<_>>()
                .join(", ")
        );
        paraphrases.push(qs);
    }
    let mut out = Vec::with_capacity(queries);
    for _ in 0..queries {
        if rng.chance(0.2) {
            let len = 3 + rng.below(3);
            let q: Vec<&str> = (0..len)
                .map(|_| foreign[rng.below(foreign.len())].as_str())
                .collect();
            out.push((q.join(" "), "-".to_string()));
            continue;
        }
        let e = rng.below(n);
        let base = &paraphrases[e][rng.below(3)];
        out.push((noisy(base, &mut rng), format!("e{e}")));
    }
    Generated {
        article,
        qa,
        queries: out,
    }
}

/// One or two of: a typo in a long word, a dropped word, two words swapped, an extra word.
fn noisy(question: &str, rng: &mut Rng) -> String {
    let mut words: Vec<String> = question
        .trim_end_matches('?')
        .split(' ')
        .map(str::to_string)
        .collect();
    for _ in 0..1 + rng.below(2) {
        match rng.below(4) {
            0 => {
                let long: Vec<usize> = (0..words.len()).filter(|&i| words[i].len() >= 6).collect();
                if let Some(&i) = long.get(rng.below(long.len().max(1))) {
                    let mut chars: Vec<char> = words[i].chars().collect();
                    let p = 1 + rng.below(chars.len() - 2);
                    match rng.below(3) {
                        0 => chars.swap(p, p + 1),
                        1 => {
                            chars.remove(p);
                        }
                        _ => chars.insert(p, chars[p]),
                    }
                    words[i] = chars.into_iter().collect();
                }
            }
            1 if words.len() > 3 => {
                words.remove(rng.below(words.len()));
            }
            2 => {
                let i = rng.below(words.len() - 1);
                words.swap(i, i + 1);
            }
            _ => words.insert(rng.below(words.len()), "please".to_string()),
        }
    }
    words.join(" ")
}
