//! Finding `source` sentences verbatim in the article (after folding whitespace and typographic
//! quotes only).

use std::hash::BuildHasher;

use rustc_hash::FxBuildHasher;

/// Folds what the verbatim comparison ignores: runs of whitespace and typographic quotes.
pub fn fold_for_source(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Finds sources in the article without scanning the whole article per source: the folded
/// article is indexed once by a hash of the first [`SourceIndex::PREFIX`] bytes after every word
/// start, kept as one sorted vector (compact even for a multi-megabyte article).
pub(super) struct SourceIndex {
    text: String,
    /// (prefix hash, byte offset), sorted.
    starts: Vec<(u64, u32)>,
}

impl SourceIndex {
    const PREFIX: usize = 24;

    fn hash(bytes: &[u8]) -> u64 {
        FxBuildHasher.hash_one(bytes)
    }

    /// Indexes the article.
    pub(super) fn new(article: &str) -> Self {
        let text = fold_for_source(article);
        let bytes = text.as_bytes();
        let mut starts: Vec<(u64, u32)> = (0..bytes.len().saturating_sub(Self::PREFIX - 1))
            .filter(|&i| i == 0 || bytes[i - 1] == b' ')
            .map(|i| (Self::hash(&bytes[i..i + Self::PREFIX]), i as u32))
            .collect();
        starts.sort_unstable();
        Self { text, starts }
    }

    /// Whether `source` is in the article, after folding whitespace and quotes.
    pub(super) fn contains(&self, source: &str) -> bool {
        let source = fold_for_source(source);
        let needle = source.as_bytes();
        if needle.len() >= Self::PREFIX {
            let key = Self::hash(&needle[..Self::PREFIX]);
            let first = self.starts.partition_point(|&(h, _)| h < key);
            let hit = self.starts[first..]
                .iter()
                .take_while(|&&(h, _)| h == key)
                .any(|&(_, p)| self.text.as_bytes()[p as usize..].starts_with(needle));
            if hit {
                return true;
            }
        }
        // Short sources, or ones that do not start at a word: the plain search is rare here.
        self.text.contains(source.as_str())
    }
}
