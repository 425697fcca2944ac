//! A real browser for the dashboard's tests and benchmark: Debian's `chromium`, headless,
//! installed with apt when missing (once, under a lock). [`Browser::load`] returns a page's DOM
//! after its scripts ran (on virtual time, so the page's fetches finish first);
//! [`Browser::timed_load`] loads a page in real time over the DevTools protocol (on a pipe, no
//! socket) and returns what the page's Performance API says, since virtual time would hide the
//! very waits a timing is about.

use std::io::{BufRead, BufReader, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The path of `bin`, installing Debian package `package` with apt when it is missing (`None`
/// after a "SKIP:" line when it cannot be installed).
pub fn debian_tool(bin: &str, package: &str) -> Option<PathBuf> {
    crate::debian::tool(bin, package)
}

/// Headless chromium with a throwaway profile.
pub struct Browser {
    bin: PathBuf,
    profile: tempfile::TempDir,
}

/// What a page load gave: the DOM after its scripts ran, and the browser's log.
pub struct Page {
    /// The serialised DOM.
    pub dom: String,
    /// Chromium's stderr.
    pub log: String,
}

const FLAGS: [&str; 7] = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--window-size=1200,1250",
    "--disable-extensions",
];

impl Browser {
    /// Chromium, installed when missing; `None` when it cannot be.
    pub fn new() -> Option<Browser> {
        let bin = debian_tool("chromium", "chromium")?;
        Some(Browser { bin, profile: tempfile::tempdir().unwrap() })
    }

    fn command(&self, url: &str) -> Command {
        let mut cmd = Command::new(&self.bin);
        cmd.args(FLAGS)
            .args([
                "--enable-logging=stderr",
                "--v=0",
                // Virtual time runs only while nothing is loading: the page's fetches finish first.
                "--virtual-time-budget=15000",
            ])
            .arg(format!("--user-data-dir={}", self.profile.path().display()))
            .arg(url);
        cmd
    }

    /// Loads `url` and returns the DOM after the page's scripts have run.
    pub fn load(&self, url: &str) -> Page {
        let out = self.command(url).arg("--dump-dom").output().expect("run chromium");
        let log = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(out.status.success(), "chromium failed on {url}: {log}");
        Page { dom: String::from_utf8_lossy(&out.stdout).to_string(), log }
    }

    /// Writes a screenshot of `url` to `path`.
    pub fn screenshot(&self, url: &str, path: &Path) {
        let out = self
            .command(url)
            .arg(format!("--screenshot={}", path.display()))
            .output()
            .expect("run chromium");
        assert!(path.exists(), "no screenshot of {url}: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// Loads `url` in real time in a fresh profile (nothing cached) and evaluates `ready`, a
    /// JavaScript expression, every 20 ms until it gives something other than `null`, which
    /// is returned (as JSON). Panics after `timeout`.
    pub fn timed_load(&self, url: &str, ready: &str, timeout: Duration) -> Value {
        let profile = tempfile::tempdir().unwrap();
        let mut cdp = Cdp::launch(&self.bin, profile.path());
        let target = cdp.call(None, "Target.createTarget", json!({ "url": "about:blank" }));
        let target = target["targetId"].as_str().expect("targetId").to_string();
        let attached =
            cdp.call(None, "Target.attachToTarget", json!({ "targetId": target, "flatten": true }));
        let session = attached["sessionId"].as_str().expect("sessionId").to_string();
        cdp.call(Some(&session), "Page.navigate", json!({ "url": url }));
        let start = Instant::now();
        loop {
            assert!(start.elapsed() < timeout, "{url} was not ready within {timeout:?}");
            let r = cdp.try_call(
                Some(&session),
                "Runtime.evaluate",
                json!({ "expression": ready, "returnByValue": true }),
            );
            // Before the page commits the expression runs in about:blank (or errs): try again.
            if let Ok(v) = r
                && !v["result"]["value"].is_null()
                && v.get("exceptionDetails").is_none()
            {
                return v["result"]["value"].clone();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// A DevTools protocol connection to a chromium started with `--remote-debugging-pipe`: it
/// reads commands on descriptor 3 and writes replies and events on 4, each a JSON message
/// ending in a NUL byte.
struct Cdp {
    child: Child,
    commands: std::fs::File,
    replies: mpsc::Receiver<Value>,
    next_id: u64,
}

fn pipe() -> (OwnedFd, OwnedFd) {
    let mut fds = [0; 2];
    // SAFETY: fds is a valid two-element array; the descriptors are owned from here on.
    assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0, "pipe2");
    // SAFETY: pipe2 returned two fresh open descriptors.
    unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) }
}

impl Cdp {
    fn launch(bin: &Path, profile: &Path) -> Cdp {
        let (cmd_read, cmd_write) = pipe();
        let (reply_read, reply_write) = pipe();
        let (to_3, to_4) = (cmd_read.as_raw_fd(), reply_write.as_raw_fd());
        let mut cmd = Command::new(bin);
        cmd.args(FLAGS)
            .arg("--remote-debugging-pipe")
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: only async-signal-safe calls (fcntl, dup2) between fork and exec. The
        // descriptors first move above 4 so that placing one cannot overwrite the other.
        unsafe {
            cmd.pre_exec(move || {
                let a = libc::fcntl(to_3, libc::F_DUPFD, 10);
                let b = libc::fcntl(to_4, libc::F_DUPFD, 10);
                if a < 0 || b < 0 || libc::dup2(a, 3) < 0 || libc::dup2(b, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("start chromium");
        drop((cmd_read, reply_write));
        let (tx, replies) = mpsc::channel();
        let mut reader = BufReader::new(std::fs::File::from(reply_read));
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            while reader.read_until(0, &mut buf).is_ok_and(|n| n > 0) {
                let text = buf.strip_suffix(&[0]).unwrap_or(&buf);
                if let Ok(v) = serde_json::from_slice::<Value>(text)
                    && tx.send(v).is_err()
                {
                    return;
                }
                buf.clear();
            }
        });
        Cdp { child, commands: std::fs::File::from(cmd_write), replies, next_id: 0 }
    }

    /// Sends a command and waits (up to 60 s) for its reply: the result, or the error.
    fn try_call(
        &mut self,
        session: Option<&str>,
        method: &str,
        params: Value,
    ) -> Result<Value, Value> {
        self.next_id += 1;
        let mut msg = json!({ "id": self.next_id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = s.into();
        }
        let mut bytes = serde_json::to_vec(&msg).unwrap();
        bytes.push(0);
        self.commands.write_all(&bytes).expect("write to chromium");
        loop {
            let reply = self
                .replies
                .recv_timeout(Duration::from_secs(60))
                .unwrap_or_else(|_| panic!("chromium did not answer {method}"));
            if reply["id"] == self.next_id {
                return match reply.get("error") {
                    Some(e) => Err(e.clone()),
                    None => Ok(reply["result"].clone()),
                };
            }
        }
    }

    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.try_call(session, method, params)
            .unwrap_or_else(|e| panic!("chromium refused {method}: {e}"))
    }
}

impl Drop for Cdp {
    fn drop(&mut self) {
        let _ = self.try_call(None, "Browser.close", json!({}));
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Page {
    /// No script error: none counted by the page, none in the browser's console log.
    pub fn assert_no_errors(&self, what: &str) {
        assert!(self.dom.contains("data-errors=\"0\""), "{what}: script errors: {}", self.dom);
        for line in self.log.lines().filter(|l| l.contains("CONSOLE")) {
            assert!(
                !line.contains("Uncaught") && !line.contains("Error"),
                "{what}: console error: {line}"
            );
        }
    }

    /// Every table cell's `data-key` with its text and `data-value` (none when suppressed).
    pub fn cells(&self) -> Vec<(String, Option<String>, String)> {
        let mut out = Vec::new();
        for part in self.dom.split("data-key=\"").skip(1) {
            let key = part[..part.find('"').unwrap()].to_string();
            let tag_end = part.find('>').unwrap();
            let attrs = &part[..tag_end];
            let value =
                attrs.split("data-value=\"").nth(1).map(|v| v[..v.find('"').unwrap()].to_string());
            let text = part[tag_end + 1..part.find("</td>").unwrap()].to_string();
            out.push((key, value, text));
        }
        out
    }
}

/// What loading the dashboard took, from the page's own Performance API (times in ms since
/// navigation start, sizes as transferred: headers and bodies).
#[derive(Debug, Clone)]
pub struct DashboardTiming {
    /// Navigation start to the first frame with the page drawn (`data-drawn-ms`).
    pub drawn_ms: f64,
    /// The page, its script and style.
    pub asset_bytes: u64,
    /// The API documents the page fetched.
    pub api_bytes: u64,
    /// Each fetch: path, ms from its start to its end, bytes.
    pub fetches: Vec<(String, f64, u64)>,
    /// The page's first paragraph (the Overview's session count).
    pub summary: String,
    /// Script errors the page counted.
    pub errors: u64,
}

/// Waits for `data-drawn-ms` on `<main>`, then reads the Performance API.
const DASHBOARD_READY: &str = r#"(() => {
  const m = document.getElementById("main");
  if (!m || !m.dataset.drawnMs) return null;
  const nav = performance.getEntriesByType("navigation")[0];
  const res = performance.getEntriesByType("resource");
  const sum = (rs) => rs.reduce((n, r) => n + r.transferSize, 0);
  const fetches = res.filter((r) => r.initiatorType === "fetch");
  const p = m.querySelector("p");
  return {
    drawn_ms: Number(m.dataset.drawnMs),
    asset_bytes: nav.transferSize + sum(res.filter((r) => r.initiatorType !== "fetch")),
    api_bytes: sum(fetches),
    fetches: fetches.map((r) => [r.name.replace(location.origin, ""), r.responseEnd - r.startTime, r.transferSize]),
    summary: p ? p.textContent : "",
    errors: Number(document.body.dataset.errors || 0),
  };
})()"#;

impl Browser {
    /// Loads a dashboard page (`url`) in real time and reports how long it took to draw.
    pub fn time_dashboard(&self, url: &str) -> DashboardTiming {
        let v = self.timed_load(url, DASHBOARD_READY, Duration::from_secs(300));
        DashboardTiming {
            drawn_ms: v["drawn_ms"].as_f64().unwrap_or(f64::NAN),
            asset_bytes: v["asset_bytes"].as_u64().unwrap_or(0),
            api_bytes: v["api_bytes"].as_u64().unwrap_or(0),
            fetches: v["fetches"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|f| {
                    let path = f[0].as_str().unwrap_or("").to_string();
                    (path, f[1].as_f64().unwrap_or(f64::NAN), f[2].as_u64().unwrap_or(0))
                })
                .collect(),
            summary: v["summary"].as_str().unwrap_or("").to_string(),
            errors: v["errors"].as_u64().unwrap_or(0),
        }
    }
}

impl std::fmt::Display for DashboardTiming {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "drawn {:.0} ms after navigation start; first load {} bytes (page, script, style), \
             {} bytes of API documents;",
            self.drawn_ms, self.asset_bytes, self.api_bytes
        )?;
        for (path, ms, bytes) in &self.fetches {
            write!(f, " {path} {ms:.0} ms {bytes} B;")?;
        }
        write!(f, " \"{}\"", self.summary)
    }
}
