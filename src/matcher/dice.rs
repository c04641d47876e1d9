//! Character similarity: Sørensen-Dice over character bigrams, exactly as
//! `strsim::sorensen_dice` computes it (a test checks they agree), without its two hash maps per
//! call, so that scoring the leading candidates stays cheap.

/// The character bigrams of a string without its whitespace, sorted.
pub(super) struct Bigrams<'a> {
    text: &'a str,
    /// Byte length of `text` without whitespace.
    len: usize,
    sorted: Vec<u64>,
}

impl<'a> Bigrams<'a> {
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
        Bigrams { text, len, sorted }
    }

    fn stripped(&self) -> impl Iterator<Item = char> + 'a {
        self.text.chars().filter(|c| !c.is_whitespace())
    }

    /// Sørensen-Dice between `self` (sorted once per query) and `other`, whose bigrams are
    /// looked up in ours instead of being sorted; `used` marks the bigrams of ours already
    /// matched, so that repeated bigrams count as often as both sides have them.
    pub(super) fn dice(&self, other: &str, used: &mut Vec<bool>) -> f64 {
        let other_len: usize = other
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(char::len_utf8)
            .sum();
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
        (2 * common) as f64 / (self.len + other_len - 2) as f64
    }
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
        ];
        for a in samples {
            for b in samples {
                let ours = Bigrams::new(a).dice(b, &mut Vec::new());
                let theirs = strsim::sorensen_dice(a, b);
                assert!(
                    (ours - theirs).abs() < 1e-12,
                    "{a:?} {b:?}: {ours} vs {theirs}"
                );
            }
        }
    }
}
