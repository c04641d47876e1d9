//! The commands that answer: `ask` (a batch, on every core), `ask --dialog` and `chat` (turns of
//! a conversation, with its context), each logging what the maintainer can learn from.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use crate::conversation::{self, Context, Turn};
use crate::learn::{Log, Pending};
use crate::matcher::{Matcher, Status, Why};
use crate::reply;

use super::{CliError, broken_pipe_is_success};

/// Questions read from standard input per batch; each batch is answered on every core, then
/// written in input order.
const ASK_BATCH: usize = 4096;

pub(super) fn ask(
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
pub(super) fn dialog(
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
/// conversation's context ("why?", "2", "source?"). Output closed early (`faqbot chat | head`)
/// ends it as the end of input does.
pub(super) fn chat(matcher: &Matcher, log: Option<&Log>) -> Result<ExitCode, CliError> {
    converse(
        matcher,
        log,
        &mut io::stdin().lock(),
        &mut io::stdout().lock(),
    )
    .map_or_else(broken_pipe_is_success, |()| Ok(ExitCode::SUCCESS))
}

/// The turns of [`chat`], read from `input` and written to `out` until the input ends or asks
/// to quit.
fn converse(
    matcher: &Matcher,
    log: Option<&Log>,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> io::Result<()> {
    let pending = Pending::default();
    let k = matcher.knowledge();
    writeln!(
        out,
        "Ask me about \"{}\". Type /topics for the questions I know, /quit to leave.",
        k.title
    )?;
    let mut context: Option<Context> = None;
    let mut line = String::new();
    loop {
        write!(out, "> ")?;
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            break;
        }
        let text = line.trim();
        match text {
            "/quit" | "/exit" => break,
            "" => continue,
            "/help" => writeln!(
                out,
                "Ask in your own words; follow-ups like \"why?\" or \"source?\" refer to the last answer. \
                 /topics lists what I know; a number picks from the last list; /quit leaves."
            )?,
            _ => {
                let turn = conversation::reply(matcher, text, context.as_ref());
                learn(log, &pending, matcher, text, &turn);
                writeln!(out, "{}", turn_text(matcher, &turn))?;
                context = Some(context.take().unwrap_or_default().after(matcher, &turn, 0));
            }
        }
    }
    out.flush()
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
