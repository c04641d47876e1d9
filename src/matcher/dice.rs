//! Character similarity: Sørensen-Dice over character bigrams, exactly as
//! `strsim::sorensen_dice` computes it (a test checks they agree), without its two hash maps per
//! call, so that scoring the leading candidates stays cheap: an ASCII question's bigrams are
//! counted in a table once, and each candidate's looked up in it.

/// The character bigrams of a string without its whitespace, sorted; for an ASCII string, also
/// counted in a table, which the ASCII strings it is compared with look up directly.
pub(super) struct Bigrams<'a> {
    text: &'a str,
    /// Byte length of `text` without whitespace.
    len: usize,
    sorted: Vec<u64>,
    /// For an ASCII `text`: how often each bigram occurs, at `ascii_bigram(a, b)` (the thread's
    /// [`TABLE`], unless another `Bigrams` of the thread holds it).
    counts: Option<Box<[u8]>>,
}

thread_local! {
    /// The table of counts an ASCII question's [`Bigrams`] fill (128 · 128, all zero when not
    /// lent): one per thread, so that a question neither allocates nor clears its 16 KiB.
    static TABLE: std::cell::Cell<Option<Box<[u8]>>> =
        std::cell::Cell::new(Some(vec![0; 128 * 128].into_boxed_slice()));
}

/// Sets the counts of `bigrams` in `table` back to zero.
fn clear(table: &mut [u8], bigrams: &[u64]) {
    for &b in bigrams {
        table[ascii_bigram((b >> 32) as u8, b as u8)] = 0;
    }
}

impl Drop for Bigrams<'_> {
    fn drop(&mut self) {
        if let Some(mut table) = self.counts.take() {
            clear(&mut table, &self.sorted);
            TABLE.set(Some(table));
        }
    }
}

/// The index of an ASCII bigram in [`Bigrams::counts`].
fn ascii_bigram(a: u8, b: u8) -> usize {
    (usize::from(a) << 7) | usize::from(b)
}

/// Whether an ASCII byte is whitespace as [`char::is_whitespace`] reads it.
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// What [`Bigrams::dice`] reuses from one call to the next.
#[derive(Default)]
pub(super) struct DiceScratch {
    /// The bigrams of ours already matched, by position in `sorted`.
    used: Vec<bool>,
    /// The counts taken from [`Bigrams::counts`], to give back.
    taken: Vec<u16>,
}

impl DiceScratch {
    /// Room for `bigrams` matched at once.
    pub(super) fn with_capacity(bigrams: usize) -> Self {
        DiceScratch {
            used: Vec::with_capacity(bigrams),
            taken: Vec::with_capacity(bigrams),
        }
    }
}

impl<'a> Bigrams<'a> {
    /// How many bigrams the text has.
    pub(super) fn count(&self) -> usize {
        self.sorted.len()
    }

    pub(super) fn new(text: &'a str) -> Self {
        let mut sorted = Vec::with_capacity(text.len());
        let mut len = 0;
        let mut previous: Option<char> = None;
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            len += c.len_utf8();
            if let Some(p) = previous {
                sorted.push((u64::from(p) << 32) | u64::from(c));
            }
            previous = Some(c);
        }
        sorted.sort_unstable();
        let mut counts = text.is_ascii().then(|| TABLE.take()).flatten();
        if let Some(table) = &mut counts {
            for (i, &b) in sorted.iter().enumerate() {
                let slot = &mut table[ascii_bigram((b >> 32) as u8, b as u8)];
                match slot.checked_add(1) {
                    Some(n) => *slot = n,
                    // A bigram more often than a count holds: the sorted bigrams serve.
                    None => {
                        clear(table, &sorted[..i]);
                        TABLE.set(counts.take());
                        break;
                    }
                }
            }
        }
        Bigrams {
            text,
            len,
            sorted,
            counts,
        }
    }

    fn stripped(&self) -> impl Iterator<Item = char> + 'a {
        self.text.chars().filter(|c| !c.is_whitespace())
    }

    /// Sørensen-Dice between `self` (counted once per query) and `other`, whose bigrams are
    /// looked up in ours; each of ours matches once, so that repeated bigrams count as often as
    /// both sides have them.
    pub(super) fn dice(&mut self, other: &str, scratch: &mut DiceScratch) -> f64 {
        // Both ASCII: the length and the bigrams in common in one pass over `other`.
        let (other_len, common) = match self.counts.as_deref_mut() {
            Some(counts) if other.is_ascii() => {
                let (len, common) = ascii_common(counts, other.as_bytes(), scratch);
                (len, Some(common))
            }
            _ => (stripped_len(other), None),
        };
        if self.len == other_len
            && self
                .stripped()
                .eq(other.chars().filter(|c| !c.is_whitespace()))
        {
            return 1.0;
        }
        // strsim divides by byte lengths; so do we, to agree with it exactly.
        if self.len < 2 || other_len < 2 {
            return 0.0;
        }
        let common = common.unwrap_or_else(|| self.sorted_common(other, &mut scratch.used));
        (2 * common) as f64 / (self.len + other_len - 2) as f64
    }

    /// The bigrams of `other` matched in `sorted`, each of ours at most once.
    fn sorted_common(&self, other: &str, used: &mut Vec<bool>) -> usize {
        used.clear();
        used.resize(self.sorted.len(), false);
        let mut common = 0usize;
        let mut previous: Option<char> = None;
        for c in other.chars().filter(|c| !c.is_whitespace()) {
            if let Some(p) = previous {
                let bigram = (u64::from(p) << 32) | u64::from(c);
                let first = self.sorted.partition_point(|&b| b < bigram);
                if let Some(i) = (first..self.sorted.len())
                    .take_while(|&i| self.sorted[i] == bigram)
                    .find(|&i| !used[i])
                {
                    used[i] = true;
                    common += 1;
                }
            }
            previous = Some(c);
        }
        common
    }
}

/// Byte length of `text` without its whitespace.
fn stripped_len(text: &str) -> usize {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(char::len_utf8)
        .sum()
}

/// The byte length of the ASCII `other` without whitespace, and its bigrams found in `counts`
/// (each count taken once), which are left as they were found.
fn ascii_common(counts: &mut [u8], other: &[u8], scratch: &mut DiceScratch) -> (usize, usize) {
    let taken = &mut scratch.taken;
    taken.clear();
    let mut len = 0;
    let mut previous: Option<u8> = None;
    for &c in other.iter().filter(|&&c| !ascii_space(c)) {
        len += 1;
        if let Some(p) = previous {
            let i = ascii_bigram(p, c);
            if counts[i] > 0 {
                counts[i] -= 1;
                taken.push(i as u16);
            }
        }
        previous = Some(c);
    }
    for &i in taken.iter() {
        counts[usize::from(i)] += 1;
    }
    (len, taken.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigram_dice_agrees_with_strsim() {
        let samples = [
            "",
            "a",
            "ab",
            "what does the ban cover",
            "whi ban kasperski",
            "ban ban ban",
            "aaaa",
            "aa aa",
            "kasperski respond",
            "kasperski reaction",
            "прив ет",
            "ba",
            "a\u{b}b c\td",
            "ab\u{a0}cd",
        ];
        for a in samples {
            for b in samples {
                let ours = Bigrams::new(a).dice(b, &mut DiceScratch::default());
                let theirs = strsim::sorensen_dice(a, b);
                assert!(
                    (ours - theirs).abs() < 1e-12,
                    "{a:?} {b:?}: {ours} vs {theirs}"
                );
            }
        }
    }
}
