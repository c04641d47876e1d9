//! The integration tests, as one test binary (as `just` does): the crate, teloxide and actix are
//! linked once instead of once per file.
//!
//! - [`knowledge`]: the shipped knowledge, the labelled sets and their floors, and generated
//!   knowledge of a templated support FAQ;
//! - [`cli`]: the binary through its command line;
//! - [`telegram`]: the handler tree through teloxide_tests' `MockBot`;
//! - [`e2e`]: the real binary against a local Bot API server (and a real Redis);
//! - [`fuzz`]: arbitrary text through the whole engine (proptest).

mod cli;
mod e2e;
mod fuzz;
#[path = "../../benches/support/generate.rs"]
mod generate;
mod knowledge;
mod support;
mod telegram;
