//! The dashboard at the study's scale: 400,000 synthetic sessions written into a temporary data
//! directory through the assembler's store (`coxswain_collector::synthetic`), the real
//! collector started on it, and the Overview loaded in real headless chromium (installed with
//! apt when missing) over the DevTools protocol, in a fresh profile each time. Prints what the
//! page's Performance API measured: navigation start to the first frame with the charts drawn,
//! the first load's bytes, and each API document's time and size; the first load is cold (the
//! collector just started, no report cached), the later ones come from the report cache. Run it
//! on a release build:
//!
//! `cargo build --release --bin coxswain --example dashboard_bench &&
//!  target/release/examples/dashboard_bench [SESSIONS] [LOADS]`
//!
//! (`COXSWAIN_BIN` picks another collector binary.)

use std::time::Instant;

use anyhow::Context;
use coxswain_collector::assembler::store::Store;
use coxswain_collector::buffer::Buffer;
use coxswain_collector::synthetic;
use coxswain_test_support::browser::Browser;
use coxswain_test_support::{Collector, http_get};

fn main() -> anyhow::Result<()> {
    let args: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sessions = args.first().copied().unwrap_or(400_000);
    let loads = args.get(1).copied().unwrap_or(3);
    let browser = Browser::new().context("chromium is not available")?;
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");

    let t = Instant::now();
    {
        coxswain_collector::data_dir::prepare(&data)?;
        let buffer = Buffer::open(&data, 256 << 20)?;
        let filled = synthetic::fill(&Store::open(buffer.db())?, 2026, 0..sessions)?;
        println!(
            "filled {} sessions ({} prompts, {} span facts) in {:.1} s",
            filled.sessions,
            filled.prompts,
            filled.spans,
            t.elapsed().as_secs_f64()
        );
    }

    let collector = Collector::start(&data, &[]);
    let base = collector.http_url();
    let pid = collector.child.id();
    // Cold: a collector just started, nothing cached; the page's two reports are computed.
    let cpu = cpu_secs(pid);
    let timing = browser.time_dashboard(&format!("{base}/#page=overview"));
    println!(
        "overview cold load, {sessions} sessions: {timing}; collector CPU {:.2} s",
        cpu_secs(pid) - cpu
    );
    anyhow::ensure!(timing.errors == 0, "the page counted script errors");
    // Each report alone, uncached too: a k above the default is another cache entry.
    for by in ["band", "all"] {
        let t = Instant::now();
        let (code, body) =
            http_get(collector.http, &format!("/v1/report?by={by}&min_group_users=6"))?;
        println!(
            "GET /v1/report?by={by}&min_group_users=6 (uncached): HTTP {code}, {} bytes in {:.0} ms",
            body.len(),
            t.elapsed().as_secs_f64() * 1000.0
        );
    }
    for i in 1..=loads {
        let cpu = cpu_secs(pid);
        let timing = browser.time_dashboard(&format!("{base}/#page=overview"));
        println!(
            "overview load {i}/{loads}, {sessions} sessions: {timing}; collector CPU {:.2} s",
            cpu_secs(pid) - cpu
        );
        anyhow::ensure!(timing.errors == 0, "the page counted script errors");
    }
    Ok(())
}

/// CPU seconds (user + system) process `pid` has used: on a shared machine, what its work
/// costs regardless of how long it waited for a core.
fn cpu_secs(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the parenthesised command name, from the state on: utime and stime are
    // the 12th and 13th, in clock ticks of 1/100 s (Linux's USER_HZ).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}
