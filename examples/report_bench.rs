//! The report at the study's scale: 400,000 sessions (~4 prompts, ~10 actions per prompt) written
//! into a temporary data directory through the assembler's store, then the report timed per
//! grouping. Also times assembly from the buffer (OTLP requests → session records) to show it
//! keeps pace with ingest. Each figure is wall time and the CPU time of every thread (the scan
//! walks sled's pages on a second thread).
//! (`clickhouse_bench` does the same on ClickHouse.)
//!
//! Run with: `cargo run --release --example report_bench [-- SESSIONS [ASSEMBLY_SESSIONS]]`

use std::sync::Arc;
use std::time::Instant;

use coxswain_collector::assembler::span::SpanFacts;
use coxswain_collector::assembler::{AnalyticsConfig, Assembler};
use coxswain_collector::buffer::{Buffer, Signal};
use coxswain_collector::query::ops;
use coxswain_collector::report::{GroupBy, ReportQuery, build};
use coxswain_collector::synthetic::{self, session_facts, to_request};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let args: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sessions = args.first().copied().unwrap_or(400_000);
    let assembly_sessions = args.get(1).copied().unwrap_or(5_000);
    let dir = tempfile::tempdir()?;
    let mut rng = synthetic::rng();

    // 1. Assembly from the buffer: OTLP requests (one per prompt, as the hook sends them) are
    //    appended, then the assembler turns them into records.
    let adir = dir.path().join("assembly");
    let buffer = Arc::new(Buffer::open(&adir, 256 << 20)?);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let mut spans = 0usize;
    let mut requests = Vec::new();
    for i in 0..assembly_sessions {
        let facts = session_facts(&mut rng, i);
        spans += facts.len();
        let mut by_prompt: std::collections::BTreeMap<u64, Vec<SpanFacts>> = Default::default();
        for f in facts {
            by_prompt.entry(f.prompt_index.unwrap_or(0)).or_default().push(f);
        }
        requests.extend(by_prompt.values().map(|f| to_request(f)));
    }
    let t = Instant::now();
    rt.block_on(async {
        // Sixteen concurrent appenders, like many hooks sending at once (group commit).
        let chunks: Vec<Vec<Vec<u8>>> =
            requests.chunks(requests.len().div_ceil(16)).map(|c| c.to_vec()).collect();
        let mut tasks = Vec::new();
        for chunk in chunks {
            let b = buffer.clone();
            tasks.push(tokio::spawn(async move {
                for r in chunk {
                    b.append(Signal::Traces, &r).await.expect("append");
                }
            }));
        }
        for t in tasks {
            t.await.expect("appender");
        }
    });
    let ingest_secs = t.elapsed().as_secs_f64();
    let assembler = Assembler::new(buffer.clone(), AnalyticsConfig::default())?;
    let t = Instant::now();
    let entries = assembler.catch_up()?;
    let assemble_secs = t.elapsed().as_secs_f64();
    println!(
        "assembly: {assembly_sessions} sessions, {spans} spans in {entries} requests; buffer append {:.2} s ({:.0} spans/s), assembly {:.2} s ({:.0} spans/s)",
        ingest_secs,
        spans as f64 / ingest_secs,
        assemble_secs,
        spans as f64 / assemble_secs
    );
    drop(assembler);
    drop(buffer);

    // 2. The study's scale: span facts derived into records and written through the store.
    let rdir = dir.path().join("report");
    let buffer = Arc::new(Buffer::open(&rdir, 512 << 20)?);
    let store = coxswain_collector::assembler::store::Store::open(buffer.db())?;
    let t = Instant::now();
    let filled = synthetic::fill(&store, 2027, 1_000_000..1_000_000 + sessions)?;
    println!(
        "setup: {sessions} sessions, {} prompts, {} span facts; derivation {:.0} spans/s; written in {:.1} s",
        filled.prompts,
        filled.spans,
        filled.spans as f64 / filled.derive_secs,
        t.elapsed().as_secs_f64()
    );

    let (t, cpu) = (Instant::now(), cpu_secs());
    let mut n = 0usize;
    store.for_each_summary(|_, _| n += 1)?;
    println!(
        "scan of {n} session summaries {:.3} s (cpu {:.2} s)",
        t.elapsed().as_secs_f64(),
        cpu_secs() - cpu
    );
    for by in GroupBy::EVERY {
        let q = bench_query(by);
        let (t, cpu) = (Instant::now(), cpu_secs());
        let report = build(&store, &q)?;
        let json = serde_json::to_string_pretty(&report)?;
        println!(
            "report --by {:<8} {:.3} s (cpu {:.2} s; {} rows, {} bytes of JSON)",
            by.as_str(),
            t.elapsed().as_secs_f64(),
            cpu_secs() - cpu,
            report.rows.len(),
            json.len()
        );
    }
    // The dashboard's repeated loads: with no write in between, the second comes from the cache.
    let cache = coxswain_collector::query::cache::ReportCache::default();
    for load in ["first", "repeated"] {
        let (t, cpu) = (Instant::now(), cpu_secs());
        for by in [GroupBy::Band, GroupBy::All] {
            ops::report_json_cached(&store, &bench_query(by), &cache)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
        }
        println!(
            "dashboard reports (band + all), {load} load {:.3} s (cpu {:.2} s)",
            t.elapsed().as_secs_f64(),
            cpu_secs() - cpu
        );
    }
    let t = Instant::now();
    let list =
        ops::sessions_json(&store, None, None, 100, None).map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("sessions --limit 100 {:.3} s ({} bytes)", t.elapsed().as_secs_f64(), list.len());
    let q = ReportQuery {
        group_by: GroupBy::Band,
        since: None,
        until: None,
        min_group_users: 5,
        prices: Default::default(),
        team: None,
    };
    let v: serde_json::Value =
        serde_json::from_str(&ops::report_json(&store, &q).map_err(|e| anyhow::anyhow!("{e}"))?)?;
    for r in v["rows"].as_array().into_iter().flatten() {
        println!(
            "  {:<12} sessions {:>7}  actions/prompt {:>6.2}  words/prompt {:>7.0}  x{:.2} / x{:.2}",
            r["group"].as_str().unwrap_or(""),
            r["sessions"],
            r["actions_per_prompt_mean"].as_f64().unwrap_or(0.0),
            r["output_words_per_prompt_mean"].as_f64().unwrap_or(0.0),
            r["actions_multiplier"].as_f64().unwrap_or(0.0),
            r["words_multiplier"].as_f64().unwrap_or(0.0)
        );
    }

    // Cold: a stopped collector's data directory, as `coxswain report --data-dir` sees it.
    drop(store);
    drop(buffer);
    let t = Instant::now();
    let buffer = Buffer::open(&rdir, 256 << 20)?;
    let store = coxswain_collector::assembler::store::Store::open(buffer.db())?;
    let opened = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let q = ReportQuery {
        group_by: GroupBy::Level,
        since: None,
        until: None,
        min_group_users: 5,
        prices: Default::default(),
        team: None,
    };
    build(&store, &q)?;
    println!(
        "cold: open data dir {:.2} s, then report --by level {:.3} s",
        opened,
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

/// CPU time of this process so far, every thread's (Linux; 0 elsewhere): unlike wall time, it
/// does not grow when other processes on a shared machine take the cores. Clock ticks of
/// 1/100 s (Linux's USER_HZ), so figures are to 0.01 s.
fn cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // After the parenthesised command name: utime and stime are the 12th and 13th fields.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// The report every grouping is timed with: the whole window, the default k.
fn bench_query(group_by: GroupBy) -> ReportQuery {
    ReportQuery {
        group_by,
        since: None,
        until: None,
        min_group_users: 5,
        team: None,
        prices: Default::default(),
    }
}
