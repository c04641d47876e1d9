//! Shared helpers of the end-to-end tests.

pub(crate) mod fake_telegram;

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A token shaped like none Telegram issues, so that the tests can grep for it.
pub(crate) const TOKEN: &str = "4242:TESTSECRETneverPRINTED";
/// The part of [`TOKEN`] that must never appear in any output.
pub(crate) const SECRET: &str = "TESTSECRETneverPRINTED";

/// The real `faqbot` binary, running, with its output collected.
pub(crate) struct Running {
    pub child: Child,
    output: Arc<Mutex<String>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Starts `faqbot run` against the Bot API at `api_url`, with extra environment.
    pub(crate) fn start(api_url: &str, args: &[&str], env: &[(&str, &str)]) -> Self {
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
        let mut readers = Vec::new();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let output = output.clone();
            readers.push(std::thread::spawn(move || {
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
            }));
        }
        Running {
            child,
            output,
            readers,
        }
    }

    /// Everything printed so far.
    pub(crate) fn output(&self) -> String {
        self.output
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Sends a signal (`TERM`, `HUP`, ...) with kill(1).
    pub(crate) fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the process to exit, at most `timeout`; its exit code and how long it took.
    pub(crate) fn wait_exit(&mut self, timeout: Duration) -> Option<(Option<i32>, Duration)> {
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
    pub(crate) fn wait_output(&self, needle: &str, timeout: Duration) -> bool {
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
        // Everything it printed, read to the end, before looking for the token.
        for reader in self.readers.drain(..) {
            let _ = reader.join();
        }
        let out = self.output();
        assert!(
            !out.contains(SECRET),
            "the token leaked into the output:\n{out}"
        );
    }
}

/// An HTTP/1.1 proxy in front of the fake Bot API that drops the connection, without an
/// answer, on the first `drops` requests whose path contains `victim` (a network loss as the
/// bot sees it). Requests are framed by `Content-Length`, which both sides here send.
pub(crate) fn dropping_proxy(
    upstream: std::net::SocketAddr,
    victim: &'static str,
    drops: usize,
) -> String {
    use std::io::{BufRead, BufReader, Write};
    use std::net::{TcpListener, TcpStream};
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn read_message(reader: &mut BufReader<TcpStream>) -> Option<(String, Vec<u8>)> {
        let mut head = String::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).ok()? == 0 {
                return None;
            }
            head.push_str(&line);
            if line == "\r\n" {
                break;
            }
        }
        let length = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .unwrap_or(0usize);
        let mut body = vec![0; length];
        std::io::Read::read_exact(reader, &mut body).ok()?;
        Some((head, body))
    }

    let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
    let addr = listener.local_addr().expect("proxy address");
    let left = Arc::new(AtomicUsize::new(drops));
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let left = left.clone();
            std::thread::spawn(move || {
                let Ok(server) = TcpStream::connect(upstream) else {
                    return;
                };
                let (Ok(mut client_w), Ok(mut server_w)) = (client.try_clone(), server.try_clone())
                else {
                    return;
                };
                let mut from_client = BufReader::new(client);
                let mut from_server = BufReader::new(server);
                while let Some((head, body)) = read_message(&mut from_client) {
                    let first_line = head.lines().next().unwrap_or_default().to_string();
                    if first_line.contains(victim)
                        && left
                            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                            .is_ok()
                    {
                        return; // dropped: both streams close without an answer
                    }
                    if server_w.write_all(head.as_bytes()).is_err()
                        || server_w.write_all(&body).is_err()
                    {
                        return;
                    }
                    let Some((head, body)) = read_message(&mut from_server) else {
                        return;
                    };
                    if client_w.write_all(head.as_bytes()).is_err()
                        || client_w.write_all(&body).is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{addr}")
}

/// A real `redis-server` (Debian's package; `.ci/run` installs it) on a free loopback port,
/// storing nothing on disk; stopped when dropped.
pub(crate) struct Redis {
    child: Child,
    pub port: u16,
}

impl Redis {
    /// Starts one on a free port and waits until it accepts connections.
    pub(crate) fn start() -> Self {
        Self::start_on(fake_telegram::free_port())
    }

    /// Starts one on `port` and waits until it accepts connections.
    pub(crate) fn start_on(port: u16) -> Self {
        let child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server runs (Debian package redis-server; .ci/run installs it)");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        Redis { child, port }
    }

    /// `redis://` URL of this server.
    pub(crate) fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
