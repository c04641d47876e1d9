//! Learning from use (`docs/design.md` §8): what people asked that the bot was unsure of, and
//! what they chose, logged by every front end; `faqbot review` proposes an entry for each
//! question, and `faqbot review --apply` adds them to `qa.toml`.
//!
//! - [`log`]: the log line (one type owns the format) and its writer;
//! - [`review`]: grouping logged questions and proposing entries;
//! - [`apply`]: adding proposals to `qa.toml`, keeping its layout and comments.

pub mod apply;
pub mod log;
pub mod review;

pub use apply::{Applied, ApplyError, apply};
pub use log::{Event, Log, LogLine, Pending};
pub use review::{Basis, Group, Review, review};
