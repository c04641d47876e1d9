//! The `faqbot` binary: parse arguments, set up logging, run, map errors to exit codes.

use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // A missing .env is fine; settings may come from the environment.
    let _ = dotenvy::dotenv();
    let cli = faqbot::cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    match faqbot::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("faqbot: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
