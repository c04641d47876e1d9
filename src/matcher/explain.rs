//! A human-readable account of how a question was scored, for tuning by hand.

use std::fmt::Write;

use super::Matcher;
use super::decide::explained;
use super::score::rank;

impl Matcher {
    /// How `question` was read and scored: each word with its weight (`~word`: read as a typo
    /// of it, `?`: unknown, `s`: stop word), then the four leading entries with what they
    /// explain; for a message of several parts, each part as it is decided alone. Used by
    /// `examples/tune.rs`.
    pub fn explain(&self, question: &str) -> String {
        let query = self.index.analyze(question);
        let mut s = format!(
            "{:?} -> {:?}\n  words:",
            self.decide(question).status,
            query.key
        );
        for (q, text) in query.terms.iter().zip(&query.words) {
            let known = match q.term {
                Some(t) if self.index.word(t) != text => format!("~{}", self.index.word(t)),
                Some(_) => String::new(),
                None => "?".into(),
            };
            let _ = write!(
                s,
                " {text}{known}({:.2}{})",
                q.weight,
                if q.stop { "s" } else { "" }
            );
        }
        let ranked = rank(&self.index, &query, &self.tuning.score);
        for r in ranked.iter().take(4) {
            let e = explained(&self.index, &query.terms, r.entry);
            let missing = e
                .word
                .and_then(|i| query.words.get(i))
                .map_or("-", String::as_str);
            let _ = write!(
                s,
                "\n  {:.3} {:<26} matched {:.2} unexplained {:.2}, heaviest {missing}({:.2}{}) {:?}",
                r.score,
                self.knowledge.entries[r.entry].id,
                e.matched,
                e.unexplained_sum,
                e.unexplained,
                if e.unknown { ",unknown" } else { "" },
                self.knowledge.entries[r.entry].questions[r.question],
            );
        }
        if let Some((_, f)) = self.features(&query, &ranked) {
            let p = self
                .forest
                .as_ref()
                .map_or(f32::NAN, |forest| forest.probability(&f));
            let _ = write!(
                s,
                "\n  forest {p:.2}: margin {:.2} unexplained {:.2} unknown {:.2} topic {:.2} decides {}",
                f.margin, f.unexplained, f.unknown, f.topic, f.decides
            );
        }
        let parts = super::parts::split(question);
        if parts.len() > 1 {
            for part in parts {
                let o = self.decide_one(part);
                let _ = write!(s, "\n  part {part:?}: {:?}", o.status);
                for r in o.best.iter().chain(o.suggestions.iter().skip(1)).take(3) {
                    let _ = write!(s, " {} {:.3}", self.knowledge.entries[r.entry].id, r.score);
                }
            }
        }
        s
    }
}
