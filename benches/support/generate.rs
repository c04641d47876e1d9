//! Deterministic synthetic knowledge for benchmarks: `n` entries with 3 paraphrases each, an
//! article holding every source, and noisy queries with their expected ids.
//!
//! Words come from a pseudo-vocabulary of a few thousand syllable words drawn with a Zipf-like
//! law, so that most words are rare and a few are everywhere, as in real FAQ files.

#![allow(dead_code)] // each user of this module uses part of it

use std::fmt::Write;

/// A small, seeded, dependency-free random generator (SplitMix64).
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Index in `0..n` with probability falling like 1/(rank+1).
    pub(crate) fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64 + 1.0).powf(u) - 1.0) as usize % n
    }

    pub(crate) fn chance(&mut self, p: f64) -> bool {
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
pub(crate) fn vocabulary(size: usize, seed: u64) -> Vec<String> {
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
pub(crate) struct Generated {
    pub article: String,
    pub qa: String,
    /// `(question, expected id or "-")`.
    pub queries: Vec<(String, String)>,
    /// Per query, whether its noise dropped a word that tells its entry from a neighbour (an
    /// action, object or context word of a templated query): such a query is ambiguous, and
    /// which entry comes first is luck. Empty for the Zipf shape.
    pub lost_slot: Vec<bool>,
}

/// `n` entries, `queries` noisy queries (20% unrelated), all from `seed`.
pub(crate) fn generate(n: usize, queries: usize, seed: u64) -> Generated {
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
        let answer = format!("Entry {i}: {a} {b} concerns {c}.");
        write_entry(
            &mut article,
            &mut qa,
            &format!("e{i}"),
            &qs,
            &answer,
            &source,
        );
        paraphrases.push(qs);
    }
    let mut out = Vec::with_capacity(queries);
    for _ in 0..queries {
        if rng.chance(0.2) {
            out.push((
                word_salad(&foreign, 3 + rng.below(3), &mut rng),
                "-".to_string(),
            ));
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
        lost_slot: Vec::new(),
    }
}

/// An unrelated query: `len` words drawn from `words`.
fn word_salad(words: &[String], len: usize, rng: &mut Rng) -> String {
    let q: Vec<&str> = (0..len)
        .map(|_| words[rng.below(words.len())].as_str())
        .collect();
    q.join(" ")
}

/// Appends an entry to `qa` and its source sentence to `article`.
fn write_entry(
    article: &mut String,
    qa: &mut String,
    id: &str,
    questions: &[String],
    answer: &str,
    source: &str,
) {
    let _ = writeln!(article, "{source}");
    let questions: Vec<String> = questions.iter().map(|q| format!("\"{q}\"")).collect();
    let _ = writeln!(
        qa,
        "[[entry]]\nid = \"{id}\"\nquestions = [{}]\nanswer = \"{answer}\"\nsource = \"{source}\"\n",
        questions.join(", ")
    );
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

/// Actions of a templated support FAQ, each written two to four ways.
const ACTIONS: &[&[&str]] = &[
    &["rename", "relabel", "retitle"],
    &["update", "change", "modify"],
    &["download", "save", "get"],
    &["delete", "remove", "erase"],
    &["reset", "restore"],
    &["cancel", "stop", "end"],
    &["export", "extract"],
    &["share", "send"],
    &["verify", "confirm", "validate"],
    &["add", "create", "set up"],
    &["find", "locate", "look up"],
    &["print", "print out"],
    &["upload", "attach"],
    &["lock", "freeze"],
    &["unlock", "unfreeze"],
    &["transfer", "move"],
    &["merge", "combine"],
    &["split", "divide"],
    &["archive", "store"],
    &["recover", "retrieve"],
    &["hide", "conceal"],
    &["show", "display"],
    &["edit", "adjust"],
    &["copy", "duplicate"],
    &["sync", "synchronize"],
    &["schedule", "plan"],
    &["pause", "suspend"],
    &["resume", "restart"],
    &["link", "connect"],
    &["unlink", "disconnect"],
    &["report", "flag"],
    &["translate", "convert"],
    &["sort", "order"],
    &["filter", "narrow"],
    &["approve", "accept"],
    &["reject", "decline"],
    &["renew", "extend"],
    &["upgrade", "improve"],
    &["downgrade", "reduce"],
    &["check", "review"],
];

/// Objects, each written two to four ways.
const OBJECTS: &[&[&str]] = &[
    &["shipping address", "delivery address"],
    &["invoice", "bill"],
    &["password", "passcode"],
    &["account", "profile"],
    &["card", "credit card"],
    &["order", "purchase"],
    &["subscription", "plan membership"],
    &["email address", "email"],
    &["phone number", "mobile number"],
    &["receipt", "proof of payment"],
    &["refund", "reimbursement"],
    &["wishlist", "saved items"],
    &["cart", "basket"],
    &["coupon", "voucher", "promo code"],
    &["gift card", "gift voucher"],
    &["return", "return request"],
    &["review", "rating"],
    &["notification", "alert"],
    &["username", "login name"],
    &["photo", "picture", "image"],
    &["document", "file"],
    &["report", "statement"],
    &["contract", "agreement"],
    &["payment method", "payment option"],
    &["bank account", "bank details"],
    &["delivery date", "arrival date"],
    &["tracking number", "parcel number"],
    &["language", "locale"],
    &["currency", "money unit"],
    &["time zone", "timezone"],
    &["newsletter", "mailing list"],
    &["team", "group"],
    &["member", "user"],
    &["role", "permission"],
    &["project", "workspace"],
    &["calendar", "agenda"],
    &["contact", "address book entry"],
    &["device", "gadget"],
    &["backup", "copy of data"],
    &["tax id", "vat number"],
    &["billing cycle", "billing period"],
    &["loyalty points", "reward points"],
    &["ticket", "support request"],
    &["message", "chat message"],
    &["signature", "sign off"],
    &["avatar", "profile picture"],
    &["theme", "color scheme"],
    &["api key", "access token"],
    &["webhook", "callback url"],
    &["domain", "web address"],
];

/// Where or when, each written two ways: 20 places after one of 3 prepositions.
const PLACES: &[&[&str]] = &[
    &["mobile app", "phone app"],
    &["website", "web page"],
    &["desktop app", "computer app"],
    &["tablet", "ipad"],
    &["checkout", "payment page"],
    &["dashboard", "home screen"],
    &["settings page", "preferences"],
    &["admin panel", "admin console"],
    &["help center", "support site"],
    &["old browser", "legacy browser"],
    &["new version", "latest release"],
    &["trial", "free trial"],
    &["business account", "company account"],
    &["family plan", "shared plan"],
    &["abroad", "another country"],
    &["weekend", "holiday"],
    &["night", "evening"],
    &["outage", "downtime"],
    &["move", "relocation"],
    &["card expired", "card expiry"],
];
const PREPOSITIONS: &[&str] = &["on the", "during the", "after the"];

const SUPPORT_TEMPLATES: &[&str] = &[
    "how do i {a} my {o} {c}",
    "where can i {a} the {o} {c}",
    "i want to {a} my {o} {c}",
    "can you help me {a} my {o} {c}",
    "{a} {o} {c}",
    "is it possible to {a} a {o} {c}",
    "what is the way to {a} my {o} {c}",
    "steps to {a} the {o} {c}",
    "how can i {a} my {o} {c}",
    "need to {a} my {o} {c}",
];

/// A templated support FAQ of `n` entries (at most 40 x 50 x 60): every entry an action, an
/// object and a context, three paraphrases from ten templates, each slot written in one of its
/// ways; under 500 distinct words, so that every word is common and an entry differs from its
/// neighbours in one slot. Queries: one to three of a dropped word, swapped neighbours, a
/// keyboard typo, case and punctuation, over one of the entry's own paraphrases; 20% unrelated
/// word salad.
pub(crate) fn templated(n: usize, queries: usize, seed: u64) -> Generated {
    templated_with(n, queries, seed, Wording::Stored)
}

/// [`templated`], with queries worded afresh: a template and a way of writing each slot drawn
/// anew, so that a query rarely repeats one of its entry's paraphrases (how people who never saw
/// the FAQ write).
pub(crate) fn templated_fresh(n: usize, queries: usize, seed: u64) -> Generated {
    templated_with(n, queries, seed, Wording::Fresh)
}

/// Where a templated query's words come from, before the noise.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Wording {
    /// One of the entry's paraphrases.
    Stored,
    /// A template and slot wordings drawn anew.
    Fresh,
}

fn templated_with(n: usize, queries: usize, seed: u64, wording: Wording) -> Generated {
    let contexts = PLACES.len() * PREPOSITIONS.len();
    let total = ACTIONS.len() * OBJECTS.len() * contexts;
    assert!(n <= total, "at most {total} templated entries");
    let mut rng = Rng::new(seed);
    // Spread the entries over all combinations, so that neighbours differ in one slot.
    let stride = (1..total)
        .rev()
        .find(|s| gcd(*s, total) == 1 && s * 2 < total)
        .unwrap_or(1);
    let slots = |i: usize| {
        let k = (i * stride) % total;
        (
            k % ACTIONS.len(),
            (k / ACTIONS.len()) % OBJECTS.len(),
            k / (ACTIONS.len() * OBJECTS.len()),
        )
    };
    let context_text = |c: usize, rng: &mut Rng| {
        let place = PLACES[c % PLACES.len()];
        format!(
            "{} {}",
            PREPOSITIONS[c / PLACES.len()],
            place[rng.below(place.len())]
        )
    };
    let fill = |template: &str, a: usize, o: usize, c: usize, rng: &mut Rng| {
        let action = ACTIONS[a][rng.below(ACTIONS[a].len())];
        let object = OBJECTS[o][rng.below(OBJECTS[o].len())];
        template
            .replace("{a}", action)
            .replace("{o}", object)
            .replace("{c}", &context_text(c, rng))
    };
    let mut article = String::from("Generated support FAQ for benchmarks\n\n");
    let mut qa = String::with_capacity(n * 400);
    let mut paraphrases: Vec<Vec<String>> = Vec::with_capacity(n);
    for i in 0..n {
        let (a, o, c) = slots(i);
        let mut qs: Vec<String> = Vec::with_capacity(3);
        let mut t = rng.below(SUPPORT_TEMPLATES.len());
        let mut tries = 0;
        while qs.len() < 3 && tries < 50 {
            let q = fill(
                SUPPORT_TEMPLATES[t % SUPPORT_TEMPLATES.len()],
                a,
                o,
                c,
                &mut rng,
            );
            if !qs.contains(&q) {
                qs.push(q);
            }
            t += 1 + rng.below(3);
            tries += 1;
        }
        let place = PLACES[c % PLACES.len()][0];
        let source = format!(
            "Answer {i}: to {} your {} {} {place}, open the {} section.",
            ACTIONS[a][0],
            OBJECTS[o][0],
            PREPOSITIONS[c / PLACES.len()],
            OBJECTS[o][0]
        );
        let answer = format!("Step by step for entry {i}.");
        write_entry(
            &mut article,
            &mut qa,
            &format!("t{i}"),
            &qs,
            &answer,
            &source,
        );
        paraphrases.push(qs);
    }
    let salad = vocabulary(300, seed ^ 0xFACE);
    let template_words: Vec<&str> = SUPPORT_TEMPLATES
        .iter()
        .flat_map(|t| t.split(' '))
        .filter(|w| !w.starts_with('{'))
        .collect();
    let mut out = Vec::with_capacity(queries);
    let mut lost_slot = Vec::with_capacity(queries);
    for _ in 0..queries {
        if rng.chance(0.2) {
            lost_slot.push(false);
            out.push((
                word_salad(&salad, 3 + rng.below(4), &mut rng),
                "-".to_string(),
            ));
            continue;
        }
        let e = rng.below(n);
        let question = match wording {
            Wording::Stored => {
                let own = &paraphrases[e];
                own[rng.below(own.len())].clone()
            }
            Wording::Fresh => {
                let (a, o, c) = slots(e);
                let template = SUPPORT_TEMPLATES[rng.below(SUPPORT_TEMPLATES.len())];
                fill(template, a, o, c, &mut rng)
            }
        };
        let (noisy, dropped) = support_noise(&question, &mut rng);
        // "the" also follows a preposition; dropping it loses nothing.
        lost_slot.push(
            dropped
                .iter()
                .any(|w| !template_words.contains(&w.as_str())),
        );
        out.push((noisy, format!("t{e}")));
    }
    Generated {
        article,
        qa,
        queries: out,
        lost_slot,
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Neighbours of each key on a QWERTY keyboard, for typos.
const KEYBOARD: &[&str] = &["qwertyuiop", "asdfghjkl", "zxcvbnm"];

fn neighbour(c: char, rng: &mut Rng) -> char {
    for row in KEYBOARD {
        if let Some(i) = row.find(c) {
            let bytes = row.as_bytes();
            let j = if i == 0 {
                1
            } else if i + 1 == bytes.len() || rng.chance(0.5) {
                i - 1
            } else {
                i + 1
            };
            return bytes[j] as char;
        }
    }
    c
}

/// One to three of: a dropped word, two neighbours swapped, a keyboard typo in a word of four
/// letters or more, capitals and a question mark. With the words dropped.
fn support_noise(question: &str, rng: &mut Rng) -> (String, Vec<String>) {
    let mut words: Vec<String> = question.split(' ').map(str::to_string).collect();
    let mut dropped = Vec::new();
    for _ in 0..1 + rng.below(3) {
        match rng.below(4) {
            0 if words.len() > 4 => {
                dropped.push(words.remove(rng.below(words.len())));
            }
            1 => {
                let i = rng.below(words.len() - 1);
                words.swap(i, i + 1);
            }
            2 => {
                let long: Vec<usize> = (0..words.len()).filter(|&i| words[i].len() >= 4).collect();
                if !long.is_empty() {
                    let i = long[rng.below(long.len())];
                    let mut chars: Vec<char> = words[i].chars().collect();
                    let p = 1 + rng.below(chars.len() - 1);
                    chars[p] = neighbour(chars[p], rng);
                    words[i] = chars.into_iter().collect();
                }
            }
            _ => {
                if let Some(first) = words.first_mut() {
                    let mut c = first.chars();
                    if let Some(f) = c.next() {
                        *first = f.to_uppercase().chain(c).collect();
                    }
                }
                if let Some(last) = words.last_mut() {
                    last.push('?');
                }
            }
        }
    }
    (words.join(" "), dropped)
}

/// How a matcher did on generated queries (`-` marks an unrelated one).
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// Queries about an entry.
    pub(crate) related: usize,
    /// Of those, the right entry answered or suggested first.
    pub(crate) first: usize,
    /// Of those, answered with the right entry.
    pub(crate) right: usize,
    /// Of those, answered with another entry.
    pub(crate) wrong: usize,
    /// Related queries that kept every word telling their entry apart.
    pub(crate) whole: usize,
    /// Of those, the right entry answered or suggested first.
    pub(crate) whole_first: usize,
    /// Unrelated queries.
    pub(crate) unrelated: usize,
    /// Of those, answered.
    pub(crate) unrelated_answered: usize,
}

impl Tally {
    /// Counts one query's outcome against the `expected` entry id; `lost_slot` as in
    /// [`Generated::lost_slot`].
    pub(crate) fn add(
        &mut self,
        matcher: &faqbot::matcher::Matcher,
        outcome: &faqbot::matcher::Outcome,
        expected: &str,
        lost_slot: bool,
    ) {
        use faqbot::matcher::Status;
        let answered = outcome.status == Status::Answered;
        if expected == "-" {
            self.unrelated += 1;
            self.unrelated_answered += usize::from(answered);
            return;
        }
        let top = match outcome.status {
            Status::Answered => outcome.best,
            Status::Suggest => outcome.suggestions.first().copied(),
            _ => None,
        };
        let is_right = top.is_some_and(|s| matcher.entry(&s).id == expected);
        self.related += 1;
        self.first += usize::from(is_right);
        self.right += usize::from(answered && is_right);
        self.wrong += usize::from(answered && !is_right);
        if !lost_slot {
            self.whole += 1;
            self.whole_first += usize::from(is_right);
        }
    }

    /// `n` as a share of the related queries.
    pub(crate) fn share(&self, n: usize) -> f64 {
        n as f64 / self.related.max(1) as f64
    }
}
