//! Shared helpers of the end-to-end tests.

#![allow(dead_code)] // each test file uses part of it

pub mod fake_telegram;

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A token shaped like none Telegram issues, so that the tests can grep for it.
pub const TOKEN: &str = "4242:TESTSECRETneverPRINTED";
/// The part of [`TOKEN`] that must never appear in any output.
pub const SECRET: &str = "TESTSECRETneverPRINTED";

/// The real `faqbot` binary, running, with its output collected.
pub struct Running {
    pub child: Child,
    output: Arc<Mutex<String>>,
}

impl Running {
    /// Starts `faqbot run` against the Bot API at `api_url`, with extra environment.
    pub fn start(api_url: &str, args: &[&str], env: &[(&str, &str)]) -> Self {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_faqbot"));
        cmd.args(args)
            .arg("run")
            .env("TELOXIDE_TOKEN", TOKEN)
            .env("TELOXIDE_API_URL", api_url)
            .env("RUST_LOG", "trace")
            .env_remove("KNOWLEDGE_DIR")
            .env_remove("UNANSWERED_LOG")
            .current_dir(env!("CARGO_TARGET_TMPDIR"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("faqbot starts");
        let output = Arc::new(Mutex::new(String::new()));
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let output = output.clone();
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut buf = [0u8; 4096];
                while let Ok(n) = stream.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    let text = String::from_utf8_lossy(&buf[..n]).into_owned();
                    output
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push_str(&text);
                }
            });
        }
        Running { child, output }
    }

    /// Everything printed so far.
    pub fn output(&self) -> String {
        self.output
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Sends a signal (`TERM`, `HUP`, ...) with kill(1).
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the process to exit, at most `timeout`; its exit code and how long it took.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<(Option<i32>, Duration)> {
        let started = Instant::now();
        while started.elapsed() < timeout {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some((status.code(), started.elapsed()));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    /// Waits until the output contains `needle`.
    pub fn wait_output(&self, needle: &str, timeout: Duration) -> bool {
        let started = Instant::now();
        while started.elapsed() < timeout {
            if self.output().contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let out = self.output();
        assert!(
            !out.contains(SECRET),
            "the token leaked into the output:\n{out}"
        );
    }
}
