//! Test support for the top-level tests and examples: the real binaries, started on free
//! loopback ports with temporary directories.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub mod browser;
pub mod clickhouse;
pub mod debian;
pub mod pki;

/// Where the workspace's binaries are: next to the running test's `deps/` folder
/// (`COXSWAIN_BIN` overrides the collector's, for benchmarks of another build).
pub fn bin_path(name: &str) -> PathBuf {
    if name == "coxswain"
        && let Some(bin) = std::env::var_os("COXSWAIN_BIN")
    {
        return PathBuf::from(bin);
    }
    let exe = std::env::current_exe().expect("current_exe");
    let mut dir = exe.parent().expect("exe dir").to_path_buf();
    if dir.ends_with("deps") || dir.ends_with("examples") {
        dir.pop();
    }
    let path = dir.join(name);
    assert!(
        path.exists(),
        "{} is missing: run the suite with `cargo test --workspace` so cargo builds the binaries",
        path.display()
    );
    path
}

/// A free loopback port (bound, then released; good enough on a test machine).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// Test sessions carry fixed historic timestamps, which analytics retention (by last span age,
/// 7 days by default) would remove mid-test: collectors started here keep sessions forever
/// unless a test passes `--analytics-max-age-secs` itself.
const ANALYTICS_KEPT: &str = "0";

/// A running `coxswain serve`, killed when dropped.
pub struct Collector {
    /// The process.
    pub child: Child,
    /// OTLP/gRPC address.
    pub grpc: SocketAddr,
    /// OTLP/HTTP address.
    pub http: SocketAddr,
    /// Its data directory.
    pub data_dir: PathBuf,
}

impl Collector {
    /// Starts `coxswain serve` on free ports with `data_dir` and extra arguments, and waits until
    /// `/healthz` answers.
    pub fn start(data_dir: &Path, extra_args: &[&str]) -> Collector {
        let grpc: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
        let http: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
        let child = Command::new(bin_path("coxswain"))
            .arg("serve")
            .arg("--data-dir")
            .arg(data_dir)
            .arg("--grpc-addr")
            .arg(grpc.to_string())
            .arg("--http-addr")
            .arg(http.to_string())
            .args(extra_args)
            .env("COXSWAIN_SPAN_MAX_AGE_SECS", span_max_age_for_tests())
            .env("COXSWAIN_ANALYTICS_MAX_AGE_SECS", ANALYTICS_KEPT)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn coxswain");
        let collector = Collector { child, grpc, http, data_dir: data_dir.to_path_buf() };
        collector.wait_ready(Duration::from_secs(30));
        collector
    }

    /// `http://127.0.0.1:PORT` of the gRPC side.
    pub fn grpc_url(&self) -> String {
        format!("http://{}", self.grpc)
    }

    /// `http://127.0.0.1:PORT` of the HTTP side.
    pub fn http_url(&self) -> String {
        format!("http://{}", self.http)
    }

    fn wait_ready(&self, timeout: Duration) {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if http_get(self.http, "/healthz").map(|(code, _)| code == 200).unwrap_or(false) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("coxswain did not become healthy on {} within {timeout:?}", self.http);
    }

    /// SIGKILL, no chance to flush.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM and wait for a clean exit; returns the exit status code.
    pub fn terminate(&mut self) -> Option<i32> {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        self.child.wait().ok().and_then(|s| s.code())
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A minimal blocking HTTP/1.1 GET (no client crate needed for health checks and JSON reads).
/// Returns the status code and body.
pub fn http_get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    http_request(addr, "GET", path, &[], &[])
}

/// A minimal blocking HTTP/1.1 request with `Connection: close`.
pub fn http_request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes())?;
    stream.write_all(body)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).to_string();
    let code = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad HTTP response: {text:.200}")))?;
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let body = if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    Ok((code, body))
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// `../shared/fixtures/real` beside the checkout, when it is there. Tests that need it print a
/// clear skip line and return when it is not.
pub fn real_fixtures() -> Option<PathBuf> {
    // This crate sits at <checkout>/tests/support; shared/ sits beside the checkout.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/real");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIP: ../shared/fixtures/real is not present beside the checkout");
        None
    }
}

impl Collector {
    /// Starts `coxswain serve` with `--grpc-addr`/`--http-addr` on port 0 (unless `extra_args`
    /// name them) and reads the addresses it chose from its `coxswain listening grpc=… http=…`
    /// line, so parallel tests never race for a port. Panics with the exit status when the
    /// collector stops before listening.
    pub fn start_on_any_port(data_dir: &Path, extra_args: &[&str]) -> Collector {
        let collector = Self::spawn_on_any_port(data_dir, extra_args);
        collector.wait_ready(Duration::from_secs(30));
        collector
    }

    /// Like [`Collector::start_on_any_port`] for a collector serving TLS (`[tls]` in its config
    /// or `--tls-cert`/`--tls-key`): the plaintext `/healthz` check cannot answer there, so this
    /// returns once the collector printed its listening line (its sockets are bound by then).
    pub fn start_tls_on_any_port(data_dir: &Path, extra_args: &[&str]) -> Collector {
        Self::spawn_on_any_port(data_dir, extra_args)
    }

    fn spawn_on_any_port(data_dir: &Path, extra_args: &[&str]) -> Collector {
        use std::io::BufRead;
        let mut cmd = Command::new(bin_path("coxswain"));
        cmd.arg("serve").arg("--data-dir").arg(data_dir);
        if !extra_args.contains(&"--grpc-addr") {
            cmd.args(["--grpc-addr", "127.0.0.1:0"]);
        }
        if !extra_args.contains(&"--http-addr") {
            cmd.args(["--http-addr", "127.0.0.1:0"]);
        }
        let mut child = cmd
            .args(extra_args)
            .env("COXSWAIN_SPAN_MAX_AGE_SECS", span_max_age_for_tests())
            .env("COXSWAIN_ANALYTICS_MAX_AGE_SECS", ANALYTICS_KEPT)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn coxswain");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = std::io::BufReader::new(stdout).lines();
            for line in lines.by_ref() {
                let Ok(line) = line else { break };
                if line.starts_with("coxswain listening") {
                    let _ = tx.send(line);
                }
            }
        });
        let line = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(line) => line,
            Err(_) => {
                let _ = child.kill();
                panic!("coxswain did not print its listening line: {:?}", child.wait());
            }
        };
        let addr = |key: &str| -> SocketAddr {
            line.split_whitespace()
                .find_map(|w| w.strip_prefix(key))
                .and_then(|a| a.parse().ok())
                .unwrap_or_else(|| panic!("no {key} in {line:?}"))
        };
        Collector {
            grpc: addr("grpc="),
            http: addr("http="),
            child,
            data_dir: data_dir.to_path_buf(),
        }
    }
}

/// Test data and real fixtures carry fixed past timestamps (2023 onwards), so test collectors
/// accept spans of any age unless the environment says otherwise; a test of the bound passes
/// `--span-max-age-secs`, which wins over the variable.
fn span_max_age_for_tests() -> String {
    std::env::var("COXSWAIN_SPAN_MAX_AGE_SECS").unwrap_or_else(|_| "0".into())
}

/// Where an example binary of the root package is (`target/debug/examples/NAME`); `cargo test`
/// builds the examples before it runs the tests.
pub fn example_path(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    let mut dir = exe.parent().expect("exe dir").to_path_buf();
    if dir.ends_with("deps") || dir.ends_with("examples") {
        dir.pop();
    }
    let path = dir.join("examples").join(name);
    assert!(
        path.exists(),
        "{} is missing: build it with `cargo build --example {name}` (cargo test builds it too)",
        path.display()
    );
    path
}

/// Writes `toml` beside the data dir (`DATA.toml`) for `--config`; returns its path.
pub fn write_config(data_dir: &Path, toml: &str) -> PathBuf {
    let cfg = data_dir.with_extension("toml");
    std::fs::write(&cfg, toml).expect("write config");
    cfg
}

/// Writes `toml` beside the data dir and starts the collector with `--config` on it and
/// `extra`, on ports it picks itself ([`Collector::start_on_any_port`]).
pub fn start_with_config(data_dir: &Path, toml: &str, extra: &[&str]) -> Collector {
    let cfg = write_config(data_dir, toml);
    let mut args = vec!["--config", cfg.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    Collector::start_on_any_port(data_dir, &args)
}

/// Runs `coxswain ARGS` to the end: whether it succeeded, its stdout and its stderr.
pub fn run_coxswain(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(bin_path("coxswain")).args(args).output().expect("run coxswain");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// Runs `coxswain ARGS`, asserts it succeeded, and returns its stdout.
pub fn coxswain_ok(args: &[&str]) -> String {
    let (success, stdout, stderr) = run_coxswain(args);
    assert!(success, "coxswain {args:?} failed: {stderr}");
    stdout
}

/// Spawns `cmd` (a `coxswain serve` on port 0) with stdout piped and returns it with its first
/// stdout line, the `coxswain listening grpc=… http=…` line.
pub fn spawn_reading_first_line(mut cmd: Command) -> (Child, String) {
    use std::io::BufRead;
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("spawn");
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("read the first line");
    (child, line)
}

/// Polls `f` every 50 ms until it returns true or `timeout` passes; returns the last answer.
pub fn wait_until(timeout: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    loop {
        if f() {
            return true;
        }
        if start.elapsed() > timeout {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// An exclusive `flock` on `name` in the temp dir, held until dropped: tests that install a
/// tool (apt, npm) take it so one installs while the others wait.
pub struct InstallLock(std::fs::File);

impl InstallLock {
    pub fn take(name: &str) -> InstallLock {
        use std::os::fd::AsRawFd;
        let f = std::fs::File::create(std::env::temp_dir().join(name)).expect("lock file");
        // SAFETY: a valid open descriptor; flock blocks until the lock is ours.
        unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX) };
        InstallLock(f)
    }
}

impl Drop for InstallLock {
    fn drop(&mut self) {
        use std::os::fd::AsRawFd;
        // SAFETY: the descriptor is still open.
        unsafe { libc::flock(self.0.as_raw_fd(), libc::LOCK_UN) };
    }
}
