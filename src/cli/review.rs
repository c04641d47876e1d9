//! `faqbot review`: proposals from the unanswered log, and `--apply` to add them to `qa.toml`.

use std::io::{self, BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::learn;

use super::{CliError, write_stdout};

/// `faqbot review [--json] [--apply [--yes] [--min-count N]] LOG...`.
pub(super) fn review(
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
