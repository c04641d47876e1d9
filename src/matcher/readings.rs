//! The texts one decision reads more than once, each analyzed and ranked once: a message's
//! part is read by the whole message's question-like parts, again as a part of the multi-part
//! reading and again by its own parts ("Could you tell me which computers the ban applies to"
//! in "I am preparing a briefing. Could you tell me which computers the ban applies to, and
//! why it was imposed?"). Kept by the thread for the length of one decision ([`Scope`]): a
//! decision runs to its end on the thread that started it, and the next one starts afresh, so
//! neither a reload of the knowledge nor another conversation ever meets a stale reading.

use std::cell::RefCell;
use std::rc::Rc;

use super::Scored;
use super::query::Query;

/// Most texts kept a decision: a message has at most a few parts, and a paste longer than that
/// reads its later parts afresh rather than holding more.
const MAX_TEXTS: usize = 16;

/// A text's query and its ranked entries.
pub(super) type Reading = Rc<(Query, Vec<Scored>)>;

#[derive(Default)]
struct Readings {
    /// Scopes entered and not yet left on this thread (a decision may start another).
    depth: usize,
    texts: Vec<(String, Reading)>,
}

thread_local! {
    static READINGS: RefCell<Readings> = RefCell::new(Readings::default());
}

/// While a `Scope` lives, [`read`] keeps what it reads; when the outermost one ends, all of it
/// is forgotten.
/// It keeps the words and tokens its texts are read into too ([`crate::normalize::memo`]).
pub(super) struct Scope {
    _words: crate::normalize::memo::Scope,
}

impl Scope {
    pub(super) fn enter() -> Scope {
        READINGS.with_borrow_mut(|r| r.depth += 1);
        Scope {
            _words: crate::normalize::memo::Scope::enter(),
        }
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        READINGS.with_borrow_mut(|r| {
            r.depth -= 1;
            if r.depth == 0 {
                r.texts.clear();
            }
        });
    }
}

/// `text`'s reading: the one kept in this scope, or `fresh()`'s, kept for the rest of it.
/// Outside every scope, `fresh()`'s, kept for nobody.
pub(super) fn read(text: &str, fresh: impl FnOnce() -> (Query, Vec<Scored>)) -> Reading {
    // Nothing is kept outside a scope: the lookup finds nothing there.
    let kept = READINGS.with_borrow(|r| {
        let (_, kept) = r.texts.iter().find(|(t, _)| t == text)?;
        Some(kept.clone())
    });
    if let Some(kept) = kept {
        return kept;
    }
    let reading = Rc::new(fresh());
    READINGS.with_borrow_mut(|r| {
        if r.depth > 0 && r.texts.len() < MAX_TEXTS {
            r.texts.push((text.to_owned(), reading.clone()));
        }
    });
    reading
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;
    use crate::matcher::Matcher;

    #[test]
    fn a_text_is_read_once_a_scope_and_forgotten_after_it() {
        let m = Matcher::new(Knowledge::builtin().unwrap());
        let reads = std::cell::Cell::new(0);
        let read_counting = |text: &str| {
            read(text, || {
                reads.set(reads.get() + 1);
                (m.index.analyze(text), Vec::new())
            })
        };
        read_counting("why was it banned");
        read_counting("why was it banned");
        assert_eq!(reads.get(), 2, "outside a scope nothing is kept");
        {
            let _outer = Scope::enter();
            read_counting("why was it banned");
            {
                let _inner = Scope::enter();
                read_counting("why was it banned");
                read_counting("who banned it");
            }
            // The inner scope's end forgets nothing of the outer one.
            read_counting("who banned it");
            assert_eq!(reads.get(), 4);
        }
        read_counting("why was it banned");
        assert_eq!(reads.get(), 5, "the outermost scope's end forgets");
    }
}
