//! The `faqbot` command line (`docs/design.md` §4.1): `run`, `ask`, `chat`, `check`, `eval`,
//! `review`; [`talk`] holds the commands that answer, [`review`] the learning loop.

use std::io::{self, IsTerminal, Write};
use std::mem::ManuallyDrop;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod review;
mod talk;

use crate::eval::{self, EvalError};
use crate::knowledge::{Knowledge, KnowledgeError};
use crate::learn::{self, Log};
use crate::matcher::Matcher;
use crate::telegram;

/// Answers questions about one news article, on Telegram or in the terminal.
#[derive(Debug, Parser)]
#[command(name = "faqbot", version, about, long_about = None)]
pub struct Cli {
    /// Use the article.txt and qa.toml in DIR instead of the built-in knowledge.
    #[arg(long, global = true, env = "KNOWLEDGE_DIR", value_name = "DIR")]
    pub knowledge: Option<PathBuf>,

    /// Read --knowledge DIR alone: its entries do not borrow the built-in questions and synonyms
    /// (which they do where they rest on the built-in article's sentences).
    #[arg(long, global = true, env = "KNOWLEDGE_ALONE")]
    pub knowledge_alone: bool,

    /// Append a JSON line for each unsure question and each choice made after one (`run`,
    /// `ask`, `chat`), for `faqbot review`.
    #[arg(long, global = true, env = "UNANSWERED_LOG", value_name = "FILE")]
    pub unanswered_log: Option<PathBuf>,

    /// Log filter (tracing's EnvFilter syntax); user text is logged only at debug.
    #[arg(
        long = "log",
        global = true,
        env = "RUST_LOG",
        value_name = "FILTER",
        default_value = "info"
    )]
    pub log_filter: String,

    /// The Telegram bot's settings.
    #[command(flatten)]
    pub telegram: telegram::TelegramArgs,

    /// What to do (default: run).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Telegram bot (needs TELOXIDE_TOKEN); without a token, chat in the terminal.
    Run,
    /// Answer each QUESTION, or each line of standard input when none is given.
    Ask {
        /// One JSON object per question, one per line.
        #[arg(long)]
        json: bool,
        /// Read the questions as the turns of a conversation: each is read against the ones
        /// before it; an empty line starts a new conversation (and prints nothing).
        #[arg(long)]
        dialog: bool,
        /// The questions.
        questions: Vec<String>,
    },
    /// Talk to the bot in the terminal.
    Chat,
    /// Validate the knowledge and print a summary.
    Check,
    /// Run a labelled question file (`question<TAB>id` per line) and print the metrics.
    Eval {
        /// The labelled file, e.g. tests/questions.tsv.
        file: PathBuf,
    },
    /// Group the questions of UNANSWERED_LOG files and propose an entry for each; with
    /// --apply, add them to the knowledge directory's qa.toml.
    Review {
        /// One JSON object per question group, most frequent first.
        #[arg(long)]
        json: bool,
        /// Add the proposed questions to qa.toml in --knowledge DIR (kept as qa.toml.bak).
        #[arg(long)]
        apply: bool,
        /// With --apply: add every proposal without asking.
        #[arg(long, requires = "apply")]
        yes: bool,
        /// With --apply: only questions asked at least N times.
        #[arg(long, value_name = "N", default_value_t = 1, requires = "apply")]
        min_count: usize,
        /// The log files.
        #[arg(required = true, value_name = "LOG")]
        logs: Vec<PathBuf>,
    },
}

/// Why a command failed; [`CliError::exit_code`] maps it to the process exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The knowledge is invalid or unreadable (exit 1).
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
    /// No token and no terminal to chat in (exit 2).
    #[error(
        "TELOXIDE_TOKEN is not set: get a token from @BotFather on Telegram and put \
         TELOXIDE_TOKEN=... in the environment or in .env (or run `faqbot chat` to try it in a terminal)"
    )]
    NoToken,
    /// The labelled file cannot be read (exit 2) or is malformed (exit 1).
    #[error("{}: {source}", path.display())]
    EvalRead {
        /// The file.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
    /// The labelled file is malformed (exit 1).
    #[error("{}: {source}", path.display())]
    EvalFile {
        /// The file.
        path: PathBuf,
        /// The error.
        source: EvalError,
    },
    /// `UNANSWERED_LOG` cannot be opened for appending (exit 2).
    #[error("cannot open UNANSWERED_LOG {}: {source}", path.display())]
    UnansweredLog {
        /// The path.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
    /// A log given to `review` cannot be read (exit 2).
    #[error("cannot read {}: {source}", path.display())]
    ReviewRead {
        /// The file.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
    /// `review --apply` cannot edit the built-in knowledge (exit 2).
    #[error(
        "review --apply edits a knowledge directory's qa.toml: give --knowledge DIR (or KNOWLEDGE_DIR); the built-in knowledge cannot be edited"
    )]
    ApplyBuiltin,
    /// `review --apply` without `--yes` and without a terminal to ask in (exit 2).
    #[error("review --apply asks before each addition: run it in a terminal, or add --yes")]
    ApplyNeedsYes,
    /// `review --apply` failed; nothing was written (exit 1).
    #[error(transparent)]
    Apply(#[from] learn::ApplyError),
    /// The Telegram bot failed (exit 1) or is misconfigured (exit 2).
    #[error(transparent)]
    Telegram(#[from] telegram::Error),
    /// Reading standard input or writing standard output failed (exit 1).
    #[error("I/O error: {0}")]
    Io(#[from] io::Error),
}

impl CliError {
    /// 1 for invalid knowledge or a failed run, 2 for usage or configuration errors.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::NoToken
            | CliError::EvalRead { .. }
            | CliError::UnansweredLog { .. }
            | CliError::ReviewRead { .. }
            | CliError::ApplyBuiltin
            | CliError::ApplyNeedsYes => 2,
            CliError::Telegram(e) if e.is_configuration() => 2,
            _ => 1,
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    // Not freed when a command ends: the process ends with it, and freeing an index of 100,000
    // entries one allocation at a time took 0.2 s after the answer was out. The bot owns it.
    let matcher = ManuallyDrop::new(Matcher::locate(
        cli.knowledge.as_deref(),
        cli.knowledge_alone,
    )?);
    // Opened now, before anything is answered: a log that cannot be written stops the start.
    let open_log = |path: &Path| {
        Log::open(path).map_err(|source| CliError::UnansweredLog {
            path: path.to_path_buf(),
            source,
        })
    };
    let command = cli.command.unwrap_or(Command::Run);
    let log = match (&command, &cli.unanswered_log) {
        (Command::Ask { .. } | Command::Chat, Some(path)) => Some(open_log(path)?),
        (Command::Run, Some(path)) if cli.telegram.token.is_none() => Some(open_log(path)?),
        _ => None,
    };
    match command {
        Command::Run => match cli.telegram.token.clone().filter(|t| !t.trim().is_empty()) {
            Some(token) => {
                if let Some(path) = &cli.unanswered_log {
                    // Checked now, for a clear message; the bot opens its own writer.
                    drop(open_log(path)?);
                }
                let settings = telegram::Settings::new(
                    telegram::Token::new(token),
                    cli.telegram,
                    cli.knowledge,
                    cli.knowledge_alone,
                    cli.unanswered_log,
                );
                telegram::run(ManuallyDrop::into_inner(matcher), settings)?;
                Ok(ExitCode::SUCCESS)
            }
            None if io::stdin().is_terminal() && io::stdout().is_terminal() => {
                eprintln!(
                    "No TELOXIDE_TOKEN set, so here is the terminal chat. To run the Telegram \
                     bot, get a token from @BotFather and put TELOXIDE_TOKEN=... in .env."
                );
                talk::chat(&matcher, log.as_ref())
            }
            None => Err(CliError::NoToken),
        },
        Command::Ask {
            json,
            dialog: true,
            questions,
        } => talk::dialog(&matcher, json, &questions, log.as_ref()),
        Command::Ask {
            json, questions, ..
        } => talk::ask(&matcher, json, &questions, log.as_ref()),
        Command::Review {
            json,
            apply,
            yes,
            min_count,
            logs,
        } => review::review(
            &logs,
            json,
            apply.then_some((yes, min_count)),
            cli.knowledge.as_deref(),
        ),
        Command::Chat => talk::chat(&matcher, log.as_ref()),
        Command::Check => write_stdout(&format!(
            "{}\n",
            summary(
                matcher.knowledge(),
                matcher.borrowed(),
                matcher.borrowed_synonyms()
            )
        )),
        Command::Eval { file } => {
            let text = std::fs::read_to_string(&file).map_err(|source| CliError::EvalRead {
                path: file.clone(),
                source,
            })?;
            let questions = eval::parse(&text, &matcher)
                .map_err(|source| CliError::EvalFile { path: file, source })?;
            let report = eval::run(&matcher, questions).to_string();
            write_stdout(&report)
        }
    }
}

/// Writes to standard output; a closed pipe (`faqbot eval ... | head`) is not an error.
fn write_stdout(text: &str) -> Result<ExitCode, CliError> {
    io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_or_else(broken_pipe_is_success, |()| Ok(ExitCode::SUCCESS))
}

fn broken_pipe_is_success(e: io::Error) -> Result<ExitCode, CliError> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(e.into())
    }
}

/// What `faqbot check` prints for valid knowledge.
pub fn summary(k: &Knowledge, borrowed: usize, borrowed_synonyms: usize) -> String {
    let articles: Vec<_> = k.articles().collect();
    let smalltalk = k.entries.len() - articles.len();
    let paraphrases = |small: bool| -> usize {
        k.entries
            .iter()
            .filter(|e| e.is_smalltalk() == small)
            .map(|e| e.questions.len())
            .sum()
    };
    let entry_paraphrases = match borrowed {
        0 => format!("{} paraphrases", paraphrases(false)),
        n => format!(
            "{} paraphrases, and {n} borrowed from the built-in knowledge for entries that rest on its sentences",
            paraphrases(false) - n
        ),
    };
    let synonyms = match borrowed_synonyms {
        0 => k.synonyms.len().to_string(),
        n => format!(
            "{}, and {n} borrowed from the built-in knowledge",
            k.synonyms.len() - n
        ),
    };
    format!(
        "{}: OK\n  article: {}\n  entries: {} ({})\n  sources: {} found verbatim in the article\n  small talk: {} ({} paraphrases)\n  synonym groups: {}",
        k.origin,
        k.title,
        articles.len(),
        entry_paraphrases,
        articles.len(),
        smalltalk,
        paraphrases(true),
        synonyms,
    )
}
