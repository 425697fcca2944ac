//! Benchmark of the hook on the agent's hot path: runs the RELEASE `agent-hook claude-code` over
//! real Claude Code hook payloads (`../shared/fixtures/real/**/hooks/*.jsonl`, else the hook's
//! own test fixtures) 1000 times, one process per event as Claude Code does, and prints the
//! per-event wall time (p50/p99) with the collector up and with it down.
//!
//! Run with:
//!   cargo build --release -p agent-hook
//!   cargo build -p coxswain-collector            # or --release; only the hook is timed
//!   cargo run --example hook_bench [-- --events 1000]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let events: usize = std::env::args()
        .skip_while(|a| a != "--events")
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let hook = sibling("agent-hook")?;
    let payloads = load_payloads()?;
    println!("agent-hook: {}", hook.display());
    println!("payloads: {} distinct, {} runs per mode", payloads.len(), events);

    let scratch = tempfile::tempdir()?;
    let mut collector = start_collector(scratch.path())?;
    let dead = format!("http://127.0.0.1:{}", coxswain_test_support::free_port());
    // Three sequences run interleaved (one event of each in turn) so that they see the same
    // machine load: a bare process (`cat` fed the same payload, the floor of any hook), the hook
    // with the collector up, and the hook with nothing listening on its endpoint.
    let mut modes = [
        Mode::new(
            "bare process",
            Path::new("/bin/cat"),
            "http://127.0.0.1:9",
            scratch.path().join("base"),
        )?,
        Mode::new("collector up", &hook, &collector.1, scratch.path().join("up"))?,
        Mode::new("collector down", &hook, &dead, scratch.path().join("down"))?,
    ];
    for i in 0..events {
        let payload = &payloads[i % payloads.len()];
        for mode in modes.iter_mut() {
            mode.run_once(payload)?;
        }
    }
    for mode in &modes {
        mode.settle();
        report(mode.name, &mode.times);
    }
    let _ = collector.0.kill();
    let _ = collector.0.wait();
    Ok(())
}

/// `target/release/NAME`, else (for the collector only, whose speed is not measured here)
/// `target/debug/NAME`.
fn sibling(name: &str) -> anyhow::Result<PathBuf> {
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or(target);
    let release = target.join("release").join(name);
    if release.exists() {
        return Ok(release);
    }
    let debug = target.join("debug").join(name);
    if name != "agent-hook" && debug.exists() {
        return Ok(debug);
    }
    anyhow::bail!("{} missing: cargo build --release -p agent-hook", release.display())
}

/// Real payloads when the shared fixtures are present, else the hook's own fixtures.
fn load_payloads() -> anyhow::Result<Vec<String>> {
    let mut files = Vec::new();
    if let Some(real) = coxswain_test_support::real_fixtures() {
        for repo in std::fs::read_dir(&real)?.filter_map(|e| e.ok()) {
            for dir in [repo.path().join("hooks")].into_iter().chain(
                std::fs::read_dir(repo.path())
                    .into_iter()
                    .flatten()
                    .filter_map(|e| e.ok())
                    .map(|e| e.path().join("hooks")),
            ) {
                if let Ok(entries) = std::fs::read_dir(&dir) {
                    files.extend(
                        entries
                            .filter_map(|e| e.ok())
                            .map(|e| e.path())
                            .filter(|p| p.extension().is_some_and(|x| x == "jsonl")),
                    );
                }
            }
        }
    }
    if files.is_empty() {
        let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("agent-hook/tests/fixtures");
        files.extend(
            std::fs::read_dir(own)?
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl")),
        );
    }
    files.sort();
    // Interleave the per-event files so prompts, tool calls and stops alternate.
    let per_file: Vec<Vec<String>> = files
        .iter()
        .map(|f| {
            std::fs::read_to_string(f)
                .unwrap_or_default()
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned)
                .collect()
        })
        .collect();
    let longest = per_file.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..longest {
        for lines in &per_file {
            if let Some(l) = lines.get(i) {
                out.push(l.clone());
            }
        }
    }
    anyhow::ensure!(!out.is_empty(), "no payloads found");
    Ok(out)
}

fn start_collector(dir: &Path) -> anyhow::Result<(Child, String)> {
    let grpc = format!("127.0.0.1:{}", coxswain_test_support::free_port());
    let http: std::net::SocketAddr =
        format!("127.0.0.1:{}", coxswain_test_support::free_port()).parse()?;
    let child = Command::new(sibling("coxswain")?)
        .args(["serve", "--data-dir"])
        .arg(dir.join("collector"))
        .args(["--grpc-addr", &grpc, "--http-addr", &http.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let start = Instant::now();
    while coxswain_test_support::http_get(http, "/healthz").map(|(c, _)| c != 200).unwrap_or(true) {
        anyhow::ensure!(start.elapsed() < Duration::from_secs(30), "collector did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok((child, format!("http://{grpc}")))
}

/// One measured sequence: a program, its own config/state dirs, its timings.
struct Mode<'a> {
    name: &'static str,
    program: &'a Path,
    home: PathBuf,
    times: Vec<(String, Duration)>,
}

impl<'a> Mode<'a> {
    fn new(
        name: &'static str,
        program: &'a Path,
        endpoint: &str,
        home: PathBuf,
    ) -> anyhow::Result<Mode<'a>> {
        std::fs::create_dir_all(home.join("config/coxswain"))?;
        std::fs::write(
            home.join("config/coxswain/hook.toml"),
            format!("endpoint = \"{endpoint}\"\n"),
        )?;
        Ok(Mode { name, program, home, times: Vec::new() })
    }

    /// One event, one process, timed from spawn to exit.
    fn run_once(&mut self, payload: &str) -> anyhow::Result<()> {
        let event = serde_json::from_str::<serde_json::Value>(payload)
            .ok()
            .and_then(|v| v["hook_event_name"].as_str().map(str::to_owned))
            .unwrap_or_else(|| "?".into());
        let started = Instant::now();
        let mut cmd = Command::new(self.program);
        if !self.program.ends_with("cat") {
            cmd.arg("claude-code");
        }
        let mut child = cmd
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .env("XDG_STATE_HOME", self.home.join("state"))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        child.stdin.take().map(|mut s| s.write_all(payload.as_bytes()));
        let status = child.wait()?;
        self.times.push((event, started.elapsed()));
        anyhow::ensure!(status.success(), "{} exited with {status}", self.program.display());
        Ok(())
    }

    /// Waits (untimed, bounded) for the background sender to empty the spool.
    fn settle(&self) {
        let spool = self.home.join("state/coxswain/spool");
        for _ in 0..100 {
            let left = std::fs::read_dir(&spool)
                .map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().is_file()).count())
                .unwrap_or(0);
            if left == 0 {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn report(mode: &str, times: &[(String, Duration)]) {
    let mut all: Vec<Duration> = times.iter().map(|(_, d)| *d).collect();
    all.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{mode:>15}: n={} p50={:.2} ms p90={:.2} ms p99={:.2} ms max={:.2} ms",
        all.len(),
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.9)),
        ms(percentile(&all, 0.99)),
        ms(*all.last().unwrap_or(&Duration::ZERO))
    );
    let mut events: Vec<&str> = times.iter().map(|(e, _)| e.as_str()).collect();
    events.sort();
    events.dedup();
    for e in events {
        let mut d: Vec<Duration> = times.iter().filter(|(n, _)| n == e).map(|(_, d)| *d).collect();
        d.sort();
        println!(
            "{:>15}  {e:<20} n={:<4} p50={:.2} ms p99={:.2} ms",
            "",
            d.len(),
            ms(percentile(&d, 0.5)),
            ms(percentile(&d, 0.99))
        );
    }
}
