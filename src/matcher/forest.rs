//! The answer/suggest decision fitted to the labelled sets: a forest of small gradient-boosted
//! trees over [`DecisionFeatures`], written by `benches/fit_decision.py` to `forest.txt` and
//! compiled in.

use std::sync::{Arc, LazyLock};

use super::decide::DecisionFeatures;

/// One node of a tree: a split on `feature` at `threshold` (at or below goes `left`), or a leaf
/// (`feature` negative) adding `value` to the log-odds.
#[derive(Debug, Clone, Copy)]
struct Node {
    feature: i32,
    threshold: f32,
    left: u32,
    right: u32,
    value: f32,
}

/// The fitted trees, each a run of nodes in `nodes` starting at one of `roots`.
#[derive(Debug)]
pub(super) struct Forest {
    base: f32,
    nodes: Vec<Node>,
    roots: Vec<u32>,
}

/// The forest faqbot ships.
pub(super) static FOREST: LazyLock<Arc<Forest>> = LazyLock::new(|| {
    Arc::new(Forest::parse(include_str!("forest.txt")).expect("the shipped forest parses"))
});

impl Forest {
    /// Reads the text `benches/fit_decision.py` writes: the baseline log-odds, then `tree` before
    /// each tree's nodes, one a line (`feature threshold left right value`, indices within the
    /// tree); `#` lines are comments.
    pub(super) fn parse(text: &str) -> Result<Forest, String> {
        let mut lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        let base = lines
            .next()
            .and_then(|l| l.trim().parse().ok())
            .ok_or("no baseline")?;
        let mut forest = Forest {
            base,
            nodes: Vec::new(),
            roots: Vec::new(),
        };
        let mut root = 0;
        for line in lines {
            if line.trim() == "tree" {
                root = forest.nodes.len() as u32;
                forest.roots.push(root);
                continue;
            }
            let bad = || format!("bad node line: {line}");
            let f: Vec<&str> = line.split_whitespace().collect();
            let [feature, threshold, left, right, value] = f[..] else {
                return Err(bad());
            };
            let index = |s: &str| s.parse::<u32>().map(|i| root + i).map_err(|_| bad());
            forest.nodes.push(Node {
                feature: feature.parse().map_err(|_| bad())?,
                threshold: threshold.parse().map_err(|_| bad())?,
                left: index(left)?,
                right: index(right)?,
                value: value.parse().map_err(|_| bad())?,
            });
        }
        let features = DecisionFeatures::COUNT as i32;
        let n = forest.nodes.len() as u32;
        if forest.roots.is_empty()
            || forest.nodes.iter().any(|node| {
                node.feature >= features
                    || (node.feature >= 0 && (node.left >= n || node.right >= n))
            })
        {
            return Err("a node points outside the forest".into());
        }
        Ok(forest)
    }

    /// The probability that the leader is the entry asked for.
    pub(super) fn probability(&self, features: &DecisionFeatures) -> f32 {
        let x = features.as_array();
        let mut log_odds = self.base;
        for &root in &self.roots {
            let mut node = self.nodes[root as usize];
            while node.feature >= 0 {
                let next = if x[node.feature as usize] <= node.threshold {
                    node.left
                } else {
                    node.right
                };
                node = self.nodes[next as usize];
            }
            log_odds += node.value;
        }
        1.0 / (1.0 + (-log_odds).exp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forest_adds_the_leaves_its_features_reach() {
        // One tree: score at or below 0.5 adds -2, above adds +2.
        let f = Forest::parse("# c\n0.5\ntree\n0 0.5 1 2 0\n-1 0 0 0 -2\n-1 0 0 0 2\n").unwrap();
        let at = |score| DecisionFeatures {
            score,
            ..Default::default()
        };
        assert!((f.probability(&at(0.4)) - 1.0 / (1.0 + 1.5f32.exp())).abs() < 1e-6);
        assert!((f.probability(&at(0.6)) - 1.0 / (1.0 + (-2.5f32).exp())).abs() < 1e-6);
        assert!(Forest::parse("0.5\ntree\n0 0.5 1 7 0\n-1 0 0 0 1\n").is_err());
        assert!(Forest::parse("0.5\ntree\n99 0.5 1 2 0\n").is_err());
        assert!(FOREST.roots.len() >= 10);
    }
}
