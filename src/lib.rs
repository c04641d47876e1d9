//! faqbot answers people's questions about one news article, on Telegram or in a terminal.
//!
//! The data flows through one module per step:
//! [`knowledge`] loads and validates the article and its hand-written Q&A file;
//! [`normalize`] turns text into comparable words; [`matcher`] scores a question against every
//! plausible paraphrase with `strsim` measures and decides between answering, suggesting,
//! small talk and admitting the article does not say; [`reply`] renders that decision for
//! Telegram, the terminal or JSON; [`telegram`] and [`cli`] are the two front ends, and [`eval`]
//! measures the decisions on labelled questions.
//!
//! How the matcher decides: every entry gets a score in `[0, 1]` mixing a rarity-weighted token
//! F1 against its best paraphrase, how much of the question its words explain, and character
//! similarity. The best entry is *answered* when its score clears a floor, it leads the best other
//! entry by a margin, and the question words it leaves unexplained weigh little next to those it
//! explains (an unknown "UK" or "price" makes a near-miss out of scope); a weaker or closer call
//! *suggests* the leading entries; below that, *no match*. A long message whose whole is unclear
//! is also tried sentence by sentence.

pub mod cli;
pub mod conversation;
pub mod eval;
pub mod knowledge;
pub mod learn;
pub mod matcher;
pub mod normalize;
pub mod reply;
pub mod telegram;
