//! The words and tokens of the texts one decision reads more than once. A long message is read
//! whole, sentence by sentence and clause by clause, and each reading asks for the words of
//! its text again (the detail checks, the parts, the openings): a message of three sentences
//! had the words of its texts read about forty times and their tokens thirteen, four of them
//! twice. Kept by the thread while a [`Scope`] lives (the matcher enters one a decision, and a
//! decision runs to its end on the thread that started it); outside every scope nothing is
//! kept, so neither a reload of the knowledge nor another message ever meets a stale reading.

use std::cell::RefCell;

use super::Token;

/// Most texts kept a scope, of each kind: a message has a few sentences and clauses, and a
/// paste longer than that reads its later texts afresh rather than holding more.
const MAX_TEXTS: usize = 32;

#[derive(Default)]
struct Memo {
    /// Scopes entered and not yet left on this thread (a decision may start another).
    depth: usize,
    words: Vec<(String, Vec<String>)>,
    /// Keyed by the normalizer too: knowledge that borrows reads with two.
    tokens: Vec<(usize, String, Vec<Token>)>,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// While a `Scope` lives, [`words`] and [`tokens`] keep what they read; when the outermost one
/// ends, all of it is forgotten.
pub(crate) struct Scope(());

impl Scope {
    /// Starts keeping (or goes on keeping, inside another scope).
    pub(crate) fn enter() -> Scope {
        MEMO.with_borrow_mut(|m| m.depth += 1);
        Scope(())
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        MEMO.with_borrow_mut(|m| {
            m.depth -= 1;
            if m.depth == 0 {
                m.words.clear();
                m.tokens.clear();
            }
        });
    }
}

/// `text`'s words: the ones kept in this scope, or `fresh()`'s, kept for the rest of it.
pub(super) fn words(text: &str, fresh: impl FnOnce() -> Vec<String>) -> Vec<String> {
    let kept = MEMO.with_borrow(|m| {
        let (_, kept) = m.words.iter().find(|(t, _)| t == text)?;
        Some(kept.clone())
    });
    if let Some(kept) = kept {
        return kept;
    }
    let words = fresh();
    MEMO.with_borrow_mut(|m| {
        if m.depth > 0 && m.words.len() < MAX_TEXTS {
            m.words.push((text.to_owned(), words.clone()));
        }
    });
    words
}

/// `text`'s tokens by the normalizer at `reader`: kept as [`words`] are.
pub(super) fn tokens(reader: usize, text: &str, fresh: impl FnOnce() -> Vec<Token>) -> Vec<Token> {
    let kept = MEMO.with_borrow(|m| {
        let (_, _, kept) = m
            .tokens
            .iter()
            .find(|(r, t, _)| *r == reader && t == text)?;
        Some(kept.clone())
    });
    if let Some(kept) = kept {
        return kept;
    }
    let tokens = fresh();
    MEMO.with_borrow_mut(|m| {
        if m.depth > 0 && m.tokens.len() < MAX_TEXTS {
            m.tokens.push((reader, text.to_owned(), tokens.clone()));
        }
    });
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_read_once_a_scope_and_forgotten_after_it() {
        let reads = std::cell::Cell::new(0);
        let read = |text: &str| {
            words(text, || {
                reads.set(reads.get() + 1);
                vec![text.to_owned()]
            })
        };
        read("why");
        read("why");
        assert_eq!(reads.get(), 2, "outside a scope nothing is kept");
        {
            let _outer = Scope::enter();
            assert_eq!(read("why"), ["why"]);
            {
                let _inner = Scope::enter();
                assert_eq!(read("why"), ["why"]);
                read("who");
            }
            // The inner scope's end forgets nothing of the outer one.
            read("who");
            assert_eq!(reads.get(), 4);
        }
        read("why");
        assert_eq!(reads.get(), 5, "the outermost scope's end forgets");
    }

    #[test]
    fn tokens_are_kept_by_reader() {
        let _scope = Scope::enter();
        let token = |text: &str| Token {
            text: text.to_owned(),
            stop: false,
        };
        assert_eq!(tokens(1, "ban", || vec![token("ban")])[0].text, "ban");
        assert_eq!(tokens(1, "ban", || vec![token("other")])[0].text, "ban");
        assert_eq!(tokens(2, "ban", || vec![token("bar")])[0].text, "bar");
    }
}
