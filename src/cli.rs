//! The `faqbot` command line (`docs/design.md` §4.1): `run`, `ask`, `chat`, `check`, `eval`.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::conversation::{self, Context, Turn};
use crate::eval::{self, EvalError};
use crate::knowledge::{Files, Knowledge, KnowledgeError};
use crate::learn::{self, Log, Pending};
use crate::matcher::{Matcher, Status, Why};
use crate::reply;
use crate::telegram;

/// Answers questions about one news article, on Telegram or in the terminal.
#[derive(Debug, Parser)]
#[command(name = "faqbot", version, about, long_about = None)]
pub struct Cli {
    /// Use the article.txt and qa.toml in DIR instead of the built-in knowledge.
    #[arg(long, global = true, env = "KNOWLEDGE_DIR", value_name = "DIR")]
    pub knowledge: Option<PathBuf>,

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

/// Loads and indexes the knowledge named on the command line, or the built-in one.
pub fn load_matcher(dir: Option<&Path>) -> Result<Matcher, KnowledgeError> {
    Matcher::load(&Files::locate(dir)?)
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    let matcher = load_matcher(cli.knowledge.as_deref())?;
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
                    cli.unanswered_log,
                );
                telegram::run(matcher, settings)?;
                Ok(ExitCode::SUCCESS)
            }
            None if io::stdin().is_terminal() && io::stdout().is_terminal() => {
                eprintln!(
                    "No TELOXIDE_TOKEN set, so here is the terminal chat. To run the Telegram \
                     bot, get a token from @BotFather and put TELOXIDE_TOKEN=... in .env."
                );
                chat(&matcher, log.as_ref())
            }
            None => Err(CliError::NoToken),
        },
        Command::Ask {
            json,
            dialog: true,
            questions,
        } => self::dialog(&matcher, json, &questions, log.as_ref()),
        Command::Ask {
            json, questions, ..
        } => ask(&matcher, json, &questions, log.as_ref()),
        Command::Review {
            json,
            apply,
            yes,
            min_count,
            logs,
        } => review(
            &logs,
            json,
            apply.then_some((yes, min_count)),
            cli.knowledge.as_deref(),
        ),
        Command::Chat => chat(&matcher, log.as_ref()),
        Command::Check => write_stdout(&format!("{}\n", summary(matcher.knowledge()))),
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
pub fn summary(k: &Knowledge) -> String {
    let articles: Vec<_> = k.articles().collect();
    let smalltalk = k.entries.len() - articles.len();
    let paraphrases = |small: bool| -> usize {
        k.entries
            .iter()
            .filter(|e| e.is_smalltalk() == small)
            .map(|e| e.questions.len())
            .sum()
    };
    format!(
        "{}: OK\n  article: {}\n  entries: {} ({} paraphrases)\n  sources: {} found verbatim in the article\n  small talk: {} ({} paraphrases)\n  synonym groups: {}",
        k.origin,
        k.title,
        articles.len(),
        paraphrases(false),
        articles.len(),
        smalltalk,
        paraphrases(true),
        k.synonyms.len(),
    )
}

/// Questions read from standard input per batch; each batch is answered on every core, then
/// written in input order.
const ASK_BATCH: usize = 4096;

fn ask(
    matcher: &Matcher,
    json: bool,
    questions: &[String],
    log: Option<&Log>,
) -> Result<ExitCode, CliError> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if questions.is_empty() {
        let mut stdin = io::stdin().lock();
        let mut batch: Vec<String> = Vec::with_capacity(ASK_BATCH);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let eof = stdin.read_until(b'\n', &mut buf)? == 0;
            if !eof {
                let line = String::from_utf8_lossy(&buf);
                batch.push(line.trim_end_matches(['\n', '\r']).to_string());
            }
            if batch.len() == ASK_BATCH || (eof && !batch.is_empty()) {
                let written = out.write_all(answer_all(matcher, json, &batch, log).as_bytes());
                if written.is_err() {
                    break written;
                }
                batch.clear();
            }
            if eof {
                break Ok(());
            }
        }
    } else {
        out.write_all(answer_all(matcher, json, questions, log).as_bytes())
    };
    result
        .and_then(|()| out.flush())
        .map_or_else(broken_pipe_is_success, |()| Ok(ExitCode::SUCCESS))
}

/// The rendered answers to `questions`, in order, computed on all available cores.
fn answer_all(matcher: &Matcher, json: bool, questions: &[String], log: Option<&Log>) -> String {
    let render = |question: &str, out: &mut String| {
        let outcome = matcher.decide(question);
        if let Some(log) = log {
            log.unsure(matcher, question, &outcome);
        }
        if json {
            let record = reply::json(matcher, question, &outcome);
            // Serializing plain strings and numbers cannot fail.
            out.push_str(&serde_json::to_string(&record).unwrap_or_default());
            out.push('\n');
        } else {
            out.push_str(&reply::text(matcher, &outcome));
            out.push_str("\n\n");
        }
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = questions.len().div_ceil(cores).max(256);
    std::thread::scope(|scope| {
        let parts: Vec<_> = questions
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut out = String::new();
                    for q in part {
                        render(q, &mut out);
                    }
                    out
                })
            })
            .collect();
        parts
            .into_iter()
            .map(|p| {
                p.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// `ask --dialog`: the questions (or standard input's lines) as turns of conversations, one
/// answer per non-empty line, in order; an empty line starts the next conversation.
fn dialog(
    matcher: &Matcher,
    json: bool,
    questions: &[String],
    log: Option<&Log>,
) -> Result<ExitCode, CliError> {
    let pending = Pending::default();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut context: Option<Context> = None;
    let mut turn = |line: &str, out: &mut BufWriter<io::StdoutLock>| -> io::Result<()> {
        if line.trim().is_empty() {
            context = None;
            pending.take(&());
            return Ok(());
        }
        let t = conversation::reply(matcher, line, context.as_ref());
        learn(log, &pending, matcher, line, &t);
        if json {
            let mut record = reply::json(matcher, line, &t.outcome);
            record.context = Some(
                t.context
                    .map(|e| matcher.knowledge().entries[e].id.as_str()),
            );
            writeln!(
                out,
                "{}",
                serde_json::to_string(&record).unwrap_or_default()
            )?;
        } else {
            writeln!(out, "{}\n", turn_text(matcher, &t))?;
        }
        context = Some(context.take().unwrap_or_default().after(matcher, &t, 0));
        Ok(())
    };
    let result = if questions.is_empty() {
        let mut stdin = io::stdin().lock();
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match stdin.read_until(b'\n', &mut buf) {
                Ok(0) => break Ok(()),
                Ok(_) => {
                    let line = String::from_utf8_lossy(&buf);
                    if let Err(e) = turn(line.trim_end_matches(['\n', '\r']), &mut out) {
                        break Err(e);
                    }
                }
                Err(e) => break Err(e),
            }
        }
    } else {
        questions.iter().try_for_each(|q| turn(q, &mut out))
    };
    result
        .and_then(|()| out.flush())
        .map_or_else(broken_pipe_is_success, |()| Ok(ExitCode::SUCCESS))
}

/// The terminal text of a conversation turn: the reply, and how to pick from what it offers.
fn turn_text(matcher: &Matcher, turn: &Turn) -> String {
    let k = matcher.knowledge();
    if turn.outcome.why == Some(Why::Command) && !turn.offered.is_empty() {
        let mut s = String::from("Here is everything I can answer:");
        for (n, &i) in turn.offered.iter().enumerate() {
            s.push_str(&format!("\n  {}. {}", n + 1, k.entries[i].questions[0]));
        }
        s.push_str("\nType a number to read its answer.");
        return s;
    }
    let mut s = reply::text(matcher, &turn.outcome);
    if turn.outcome.status == Status::Suggest && !turn.offered.is_empty() {
        s.push_str(&format!("\nType 1-{} to pick one.", turn.offered.len()));
    }
    s
}

/// The interactive terminal conversation: same engine, same answers as Telegram, with the
/// conversation's context ("why?", "2", "source?").
fn chat(matcher: &Matcher, log: Option<&Log>) -> Result<ExitCode, CliError> {
    let pending = Pending::default();
    let k = matcher.knowledge();
    println!(
        "Ask me about \"{}\". Type /topics for the questions I know, /quit to leave.",
        k.title
    );
    let mut context: Option<Context> = None;
    let stdin = io::stdin();
    let mut line = String::new();
    loop {
        print!("> ");
        io::stdout().flush()?;
        line.clear();
        if stdin.lock().read_line(&mut line)? == 0 {
            println!();
            break;
        }
        let input = line.trim();
        match input {
            "/quit" | "/exit" => break,
            "" => continue,
            "/help" => println!(
                "Ask in your own words; follow-ups like \"why?\" or \"source?\" refer to the last answer. \
                 /topics lists what I know; a number picks from the last list; /quit leaves."
            ),
            _ => {
                let turn = conversation::reply(matcher, input, context.as_ref());
                learn(log, &pending, matcher, input, &turn);
                println!("{}", turn_text(matcher, &turn));
                context = Some(context.take().unwrap_or_default().after(matcher, &turn, 0));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Logs what the maintainer can learn from one turn of a terminal conversation: an unsure
/// decision, or the pick made after one.
fn learn(log: Option<&Log>, pending: &Pending<()>, matcher: &Matcher, question: &str, turn: &Turn) {
    let Some(log) = log else { return };
    if turn.picked {
        if let (Some(waiting), Some(best)) = (pending.take(&()), turn.outcome.best) {
            log.chosen(&waiting, &matcher.entry(&best).id);
        }
        return;
    }
    log.unsure(matcher, question, &turn.outcome);
    pending.after((), matcher, question, &turn.outcome);
}

/// `faqbot review [--json] [--apply [--yes] [--min-count N]] LOG...`.
fn review(
    logs: &[PathBuf],
    json: bool,
    apply: Option<(bool, usize)>,
    knowledge: Option<&Path>,
) -> Result<ExitCode, CliError> {
    let mut readers = Vec::with_capacity(logs.len());
    for path in logs {
        let file = std::fs::File::open(path).map_err(|source| CliError::ReviewRead {
            path: path.clone(),
            source,
        })?;
        readers.push(io::BufReader::new(file));
    }
    let report = learn::review(readers)?;
    eprintln!("{}", report.summary());
    let Some((yes, min_count)) = apply else {
        let text = if json {
            report
                .groups
                .iter()
                .map(|g| format!("{}\n", serde_json::to_string(g).unwrap_or_default()))
                .collect()
        } else {
            report.table()
        };
        return write_stdout(&text);
    };
    let dir = knowledge.ok_or(CliError::ApplyBuiltin)?;
    let interactive = io::stdin().is_terminal() && io::stderr().is_terminal();
    if !yes && !interactive {
        return Err(CliError::ApplyNeedsYes);
    }
    let stdin = io::stdin();
    let applied = learn::apply(dir, &report.groups, min_count, |g| {
        if yes {
            return true;
        }
        eprint!(
            "Add {:?} (asked {}x) to `{}`? [y/N] ",
            g.question,
            g.count,
            g.proposal.as_deref().unwrap_or("-")
        );
        let mut answer = String::new();
        stdin.lock().read_line(&mut answer).is_ok()
            && matches!(answer.trim().to_lowercase().as_str(), "y" | "yes")
    })?;
    let mut out = String::new();
    for (question, id) in &applied.added {
        out.push_str(&format!("added    {id:<28} {question}\n"));
    }
    for (question, why) in &applied.skipped {
        out.push_str(&format!("skipped  {question}: {why}\n"));
    }
    out.push_str(&format!(
        "{} added to {}; {} skipped.{}\n",
        applied.added.len(),
        dir.join("qa.toml").display(),
        applied.skipped.len(),
        if applied.added.is_empty() {
            ""
        } else {
            " The previous file is qa.toml.bak; send SIGHUP (systemctl reload faqbot) to a running bot."
        }
    ));
    write_stdout(&out)
}
