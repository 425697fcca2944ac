//! Benchmark of the hook on the agent's hot path: runs the RELEASE `agent-hook <harness>` over
//! the payloads of all three harnesses — real Claude Code hook payloads
//! (`../shared/fixtures/real/**/hooks/*.jsonl`, else the hook's own Claude Code fixtures) and the
//! Codex and Gemini CLI fixtures — 1000 times, one process per event as the harnesses do, and
//! prints the wall time (p50/p99) per harness and event with the collector up and with it down,
//! next to the process-spawn floor measured in the same run (`cat` fed the same payload), and
//! per harness how far above that floor the hook is: the target is p50 ≤ 1 ms and p99 ≤ 5 ms
//! over it, collector up and down. `--capture` turns content capture (and so redaction) on.
//!
//! Run with:
//!   cargo build --release -p agent-hook
//!   cargo build -p coxswain-collector            # or --release; only the hook is timed
//!   cargo run --release --example hook_bench [-- --events 1000] [--capture]

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
    let capture = std::env::args().any(|a| a == "--capture");
    let hook = sibling("agent-hook")?;
    let scratch = tempfile::tempdir()?;
    let payloads = load_payloads(scratch.path())?;
    println!("agent-hook: {}", hook.display());
    println!(
        "payloads: {} in the cycle, {} runs per mode, content capture {}",
        payloads.len(),
        events,
        if capture { "on" } else { "off" }
    );

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
            capture,
        )?,
        Mode::new("collector up", &hook, &collector.1, scratch.path().join("up"), capture)?,
        Mode::new("collector down", &hook, &dead, scratch.path().join("down"), capture)?,
    ];
    for i in 0..events {
        let (harness, payload) = &payloads[i % payloads.len()];
        for mode in modes.iter_mut() {
            mode.run_once(harness, payload)?;
        }
    }
    for mode in &modes {
        mode.settle();
        report(mode.name, &mode.times);
    }
    over_floor(&modes);
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

/// (harness, payload): Claude Code's real payloads when the shared fixtures are present, else the
/// hook's own Claude Code fixtures; then the Codex session (its rollout copied into `scratch`)
/// and the Gemini CLI session from the hook's fixtures.
fn load_payloads(scratch: &Path) -> anyhow::Result<Vec<(&'static str, String)>> {
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("agent-hook/tests/fixtures");
    let rollout = scratch.join("rollout-bench.jsonl");
    std::fs::copy(own.join("codex_rollout.jsonl"), &rollout)?;
    let codex = std::fs::read_to_string(own.join("codex_session.jsonl"))?
        .replace("ROLLOUT", &rollout.display().to_string());
    let gemini = std::fs::read_to_string(own.join("gemini_cli_session.jsonl"))?;
    let lines = |text: &str, harness: &'static str| -> Vec<(&'static str, String)> {
        text.lines().filter(|l| !l.trim().is_empty()).map(|l| (harness, l.to_owned())).collect()
    };
    let (codex, gemini) = (lines(&codex, "codex"), lines(&gemini, "gemini-cli"));
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
        let other_harness = |p: &Path| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("codex_") || n.starts_with("gemini_"))
        };
        files.extend(
            std::fs::read_dir(&own)?
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl") && !other_harness(p)),
        );
    }
    files.sort();
    // Interleave the per-event files so prompts, tool calls and stops alternate.
    let per_file: Vec<Vec<(&'static str, String)>> = files
        .iter()
        .map(|f| lines(&std::fs::read_to_string(f).unwrap_or_default(), "claude-code"))
        .collect();
    let longest = per_file.iter().map(Vec::len).max().unwrap_or(0);
    let mut claude = Vec::new();
    for i in 0..longest {
        claude.extend(per_file.iter().filter_map(|lines| lines.get(i).cloned()));
    }
    anyhow::ensure!(!claude.is_empty() && !codex.is_empty() && !gemini.is_empty(), "no payloads");
    // Then the three harnesses in turn, the shorter Codex and Gemini CLI sessions repeated, so
    // each harness gets a third of the runs.
    let mut out = Vec::new();
    for (i, event) in claude.into_iter().enumerate() {
        out.push(event);
        out.push(codex[i % codex.len()].clone());
        out.push(gemini[i % gemini.len()].clone());
    }
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
        capture: bool,
    ) -> anyhow::Result<Mode<'a>> {
        std::fs::create_dir_all(home.join("config/coxswain"))?;
        std::fs::write(
            home.join("config/coxswain/hook.toml"),
            format!("endpoint = \"{endpoint}\"\ncapture_content = {capture}\n"),
        )?;
        Ok(Mode { name, program, home, times: Vec::new() })
    }

    /// One event, one process, timed from spawn to exit.
    fn run_once(&mut self, harness: &str, payload: &str) -> anyhow::Result<()> {
        let event = serde_json::from_str::<serde_json::Value>(payload)
            .ok()
            .and_then(|v| v["hook_event_name"].as_str().map(|e| format!("{harness} {e}")))
            .unwrap_or_else(|| format!("{harness} ?"));
        let started = Instant::now();
        let mut cmd = Command::new(self.program);
        if !self.program.ends_with("cat") {
            cmd.arg(harness);
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
    let mut groups: Vec<&str> = times.iter().map(|(e, _)| e.as_str()).collect();
    // Each harness as a whole (`codex`), then each of its events (`codex Stop`).
    groups.extend(times.iter().filter_map(|(e, _)| e.split(' ').next()));
    groups.sort();
    groups.dedup();
    for e in groups {
        let in_group = |n: &str| n == e || n.strip_prefix(e).is_some_and(|r| r.starts_with(' '));
        let mut d: Vec<Duration> =
            times.iter().filter(|(n, _)| in_group(n)).map(|(_, d)| *d).collect();
        d.sort();
        println!(
            "{:>15}  {e:<32} n={:<4} p50={:.2} ms p99={:.2} ms",
            "",
            d.len(),
            ms(percentile(&d, 0.5)),
            ms(percentile(&d, 0.99))
        );
    }
}

/// Per harness (and all together): the floor's p50/p99, and each hook mode's p50/p99 with how
/// far each is above the floor's — the figure the target is about.
fn over_floor(modes: &[Mode<'_>]) {
    let Some((floor, hooks)) = modes.split_first() else {
        return;
    };
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let quantiles = |mode: &Mode<'_>, harness: &str| -> (f64, f64) {
        let mut d: Vec<Duration> = mode
            .times
            .iter()
            .filter(|(e, _)| harness == "all" || e.split(' ').next() == Some(harness))
            .map(|(_, d)| *d)
            .collect();
        d.sort();
        (ms(percentile(&d, 0.5)), ms(percentile(&d, 0.99)))
    };
    println!("\nover the floor (target: p50 ≤ 1 ms, p99 ≤ 5 ms over it):");
    let mut met = true;
    for harness in ["claude-code", "codex", "gemini-cli", "all"] {
        let (f50, f99) = quantiles(floor, harness);
        let mut line = format!("  {harness:<12} floor p50={f50:.2} p99={f99:.2} ms");
        for mode in hooks {
            let (p50, p99) = quantiles(mode, harness);
            let (o50, o99) = (p50 - f50, p99 - f99);
            met &= o50 <= 1.0 && o99 <= 5.0;
            line += &format!(" | {}: p50={p50:.2} ({o50:+.2}) p99={p99:.2} ({o99:+.2})", mode.name);
        }
        println!("{line}");
    }
    println!("target {}", if met { "met" } else { "NOT met" });
}
