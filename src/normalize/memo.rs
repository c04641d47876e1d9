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

/// Texts kept with who read them and what they were read into. The reader is a normalizer's
/// address for tokens (knowledge that borrows reads with two), none for words, which depend on
/// the text alone.
type Shelf<T> = Vec<(usize, String, T)>;

#[derive(Default)]
struct Memo {
    /// Scopes entered and not yet left on this thread (a decision may start another).
    depth: usize,
    words: Shelf<Vec<String>>,
    tokens: Shelf<Vec<Token>>,
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
    kept(|m| &mut m.words, 0, text, fresh)
}

/// `text`'s tokens by the normalizer at `reader`: kept as [`words`] are.
pub(super) fn tokens(reader: usize, text: &str, fresh: impl FnOnce() -> Vec<Token>) -> Vec<Token> {
    kept(|m| &mut m.tokens, reader, text, fresh)
}

/// What `reader` read `text` into: kept on `shelf` in this scope, or `fresh()`, kept for the rest
/// of it. `fresh` may read other texts, so nothing is borrowed while it runs.
fn kept<T: Clone>(
    shelf: fn(&mut Memo) -> &mut Shelf<T>,
    reader: usize,
    text: &str,
    fresh: impl FnOnce() -> T,
) -> T {
    let kept = MEMO.with_borrow_mut(|m| {
        let (.., kept) = shelf(m)
            .iter()
            .find(|(r, t, _)| *r == reader && t == text)?;
        Some(kept.clone())
    });
    if let Some(kept) = kept {
        return kept;
    }
    let read = fresh();
    MEMO.with_borrow_mut(|m| {
        if m.depth > 0 && shelf(m).len() < MAX_TEXTS {
            shelf(m).push((reader, text.to_owned(), read.clone()));
        }
    });
    read
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
