//! The Telegram front end (teloxide).

use std::path::PathBuf;

use crate::knowledge::Knowledge;

/// The bot token; never printed.
pub struct Token(String);

impl Token {
    /// Wraps a token.
    pub fn new(token: String) -> Self {
        Token(token)
    }
}

/// Why the bot stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Not built yet.
    #[error("the Telegram mode is not built yet")]
    NotBuilt,
}

impl Error {
    /// Whether this is a configuration problem (exit 2).
    pub fn is_configuration(&self) -> bool {
        true
    }
}

/// Runs the bot.
pub fn run(_k: Knowledge, _dir: Option<PathBuf>, _token: Token) -> Result<(), Error> {
    Err(Error::NotBuilt)
}
