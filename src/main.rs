//! The `faqbot` binary: parse arguments, set up logging, run, map errors to exit codes.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // A missing .env is fine; settings may come from the environment.
    let _ = dotenvy::dotenv();
    // An empty setting (`REDIS_URL=` in .env) means unset, as it always did: drop the empty
    // variables of every setting clap reads before it reads them.
    for name in faqbot::cli::Cli::command()
        .get_arguments()
        .filter_map(|arg| arg.get_env())
    {
        if std::env::var_os(name).is_some_and(|v| v.to_string_lossy().trim().is_empty()) {
            // SAFETY: no other thread exists yet; nothing else reads the environment meanwhile.
            unsafe { std::env::remove_var(name) };
        }
    }
    let cli = faqbot::cli::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_new(&cli.log_filter).unwrap_or_else(|e| {
            eprintln!(
                "faqbot: RUST_LOG {:?} is not a valid filter ({e}); using info",
                cli.log_filter
            );
            EnvFilter::new("info")
        }))
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

/// jemalloc: loading 100,000 generated entries (millions of small allocations, then the index
/// built from them) took 1.5 s whole process with it and 2.0 s with glibc's malloc, at the same
/// peak memory (README, issue 12).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, read at its start: memory freed while the knowledge loads goes back to
/// the system within 200 ms rather than 10 s, so that the peak stays near the index's own size
/// (386 MB against 389-405 MB at 100,000 entries, about as fast). `_RJEM_MALLOC_CONF` in the
/// environment still overrides it.
#[cfg(not(target_env = "msvc"))]
#[unsafe(export_name = "_rjem_malloc_conf")]
static MALLOC_CONF: &std::ffi::CStr = c"dirty_decay_ms:200";
