//! Coxswain on ClickHouse at the study's scale, against a real server (a throwaway
//! `clickhouse-server` from the test support, installed with apt when missing):
//!
//! 1. the facts writer: OTLP requests in a sled buffer → span facts in ClickHouse (facts/s);
//! 2. the session deriver behind it: those sessions re-derived from all their facts read back
//!    and stored as records (sessions/s);
//! 3. the report: SESSIONS sessions (default 400,000) derived in-process and stored as records,
//!    then `/v1/report` per grouping computed as SQL in ClickHouse, timed, and checked against the
//!    sled path's report over the same sessions (counts exact, other numbers within 1e-9).
//!
//! Run with: `cargo run --release --example clickhouse_bench [-- SESSIONS [WRITER_SESSIONS]]`

use std::sync::Arc;
use std::time::Instant;

use coxswain_collector::assembler::session::{self, SessionRecord};
use coxswain_collector::assembler::store::{SessionSource, StoreError};
use coxswain_collector::assembler::summary::Summary;
use coxswain_collector::buffer::{Buffer, Signal};
use coxswain_collector::classifier::Classifiers;
use coxswain_collector::clickhouse::read::Derived;
use coxswain_collector::clickhouse::sessions::{self as ch_sessions, Deriver};
use coxswain_collector::clickhouse::writer::{Limits, WriterStats, step};
use coxswain_collector::clickhouse::{ClickHouseClient, ClickHouseConfig, report, schema};
use coxswain_collector::report::{GroupBy, ReportQuery, build};
use coxswain_collector::synthetic::{self, session_facts, to_request};
use serde_json::Value;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// CPU seconds (user + system) a process has used so far, from `/proc/PID/stat`.
fn cpu_secs(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest.split_whitespace().map(|x| x.parse().unwrap_or(0.0)).collect();
    (f.get(11).unwrap_or(&0.0) + f.get(12).unwrap_or(&0.0)) / 100.0
}

/// The load average, for reading the timings on a shared machine.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Session summaries in memory: the sled path's report over the same sessions.
struct Summaries(Vec<(Vec<u8>, Summary)>);

impl SessionSource for Summaries {
    fn each_summary(&self, f: &mut dyn FnMut(&[u8], &Summary)) -> Result<(), StoreError> {
        self.0.iter().for_each(|(id, s)| f(id, s));
        Ok(())
    }
    fn record(&self, _: &str) -> Result<Option<SessionRecord>, StoreError> {
        Ok(None)
    }
}

fn main() -> anyhow::Result<()> {
    let args: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sessions = args.first().copied().unwrap_or(400_000);
    let writer_sessions = args.get(1).copied().unwrap_or(20_000);
    let Some(server) = coxswain_test_support::clickhouse::ClickHouse::start() else {
        return Ok(());
    };
    let server_pid = server.pid().map(|p| p.to_string()).unwrap_or_default();
    let server_cpu = || cpu_secs(&server_pid);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let cfg = ClickHouseConfig { url: server.url(), timeout_secs: 600, ..Default::default() };
    let client = rt.block_on(async { ClickHouseClient::new(&cfg) })?;
    rt.block_on(schema::init(&client, &cfg.schema_options(None)))?;
    println!("clickhouse-server {}", rt.block_on(client.execute("SELECT version()"))?.trim());
    let mut rng = synthetic::rng();

    // 1. The facts writer.
    let dir = tempfile::tempdir()?;
    let buffer = Arc::new(Buffer::open(dir.path(), 256 << 20)?);
    let mut spans = 0usize;
    rt.block_on(async {
        for i in 0..writer_sessions {
            let facts = session_facts(&mut rng, 5_000_000 + i);
            spans += facts.len();
            // One request per prompt, as the hook sends them.
            let mut by_prompt: std::collections::BTreeMap<u64, Vec<_>> = Default::default();
            for f in facts {
                by_prompt.entry(f.prompt_index.unwrap_or(0)).or_default().push(f);
            }
            for p in by_prompt.values() {
                buffer.append(Signal::Traces, &to_request(p)).await?;
            }
        }
        anyhow::Ok(())
    })?;
    let stats = WriterStats::default();
    let native_key: std::sync::Arc<[u8]> =
        coxswain_collector::assembler::native::pseudonym_key(buffer.db())?.into();
    let t = Instant::now();
    let (cpu0, server0) = (cpu_secs("self"), server_cpu());
    rt.block_on(async {
        while step(&buffer, &client, &native_key, Limits::from(&cfg), &stats).await? > 0 {}
        anyhow::Ok(())
    })?;
    let secs = t.elapsed().as_secs_f64();
    let written = stats.facts_written.load(std::sync::atomic::Ordering::Relaxed);
    let (cpu, server_writing) = (cpu_secs("self") - cpu0, server_cpu() - server0);
    println!(
        "facts writer: {writer_sessions} sessions, {written} span facts in {secs:.2} s = {:.0} facts/s ({} inserts; load average {}); CPU: writer {cpu:.2} s = {:.0} facts per CPU-second, clickhouse-server {server_writing:.2} s = {:.0} facts per CPU-second",
        written as f64 / secs,
        stats.inserts.load(std::sync::atomic::Ordering::Relaxed),
        load(),
        written as f64 / cpu,
        written as f64 / server_writing,
    );

    // 2. The deriver behind it.
    let deriver = Deriver {
        client: client.clone(),
        classifiers: Classifiers::default(),
        idle_close_secs: 3600,
        cache: None,
        native_key: native_key.clone(),
    };
    let t = Instant::now();
    rt.block_on(async {
        while deriver.step(&buffer).await? > 0 {}
        anyhow::Ok(())
    })?;
    let secs = t.elapsed().as_secs_f64();
    println!(
        "session deriver: {writer_sessions} sessions re-derived from their facts in {secs:.2} s = {:.0} sessions/s ({:.0} facts/s read back)",
        writer_sessions as f64 / secs,
        written as f64 / secs
    );
    rt.block_on(client.execute(&format!(
        "TRUNCATE TABLE {}.{}",
        client.database,
        ch_sessions::TABLE
    )))?;

    // 3. The report over `sessions` records.
    let clock = synthetic::clock();
    let classifiers = Classifiers::default();
    let mut summaries = Vec::with_capacity(sessions as usize);
    let t = Instant::now();
    let mut insert_secs = 0.0;
    let mut rows = Vec::new();
    let mut batch = 0;
    for i in 0..sessions {
        let facts = session_facts(&mut rng, 1_000_000 + i);
        let id = facts[0].session_id.clone();
        let (record, summary) =
            session::derive(&id, &facts, clock, &classifiers).expect("a session");
        let last = facts.iter().map(|f| f.time()).max().unwrap_or(0);
        let d = Derived { record, summary, facts: facts.len() as u64, last };
        ch_sessions::encode_row(&d, &mut rows);
        summaries.push((id.into_bytes(), d.summary));
        batch += 1;
        if batch == 20_000 || i + 1 == sessions {
            let ti = Instant::now();
            rt.block_on(client.insert_json_rows(ch_sessions::TABLE, &rows))?;
            insert_secs += ti.elapsed().as_secs_f64();
            rows.clear();
            batch = 0;
        }
    }
    println!(
        "sessions table: {sessions} sessions derived and stored in {:.1} s (inserts {insert_secs:.1} s)",
        t.elapsed().as_secs_f64()
    );
    let sled = Summaries(summaries);
    let mut worst = 0.0f64;
    for by in GroupBy::EVERY {
        let q = ReportQuery {
            group_by: by,
            since: None,
            until: None,
            min_group_users: 5,
            prices: Default::default(),
            team: None,
        };
        let t = Instant::now();
        let server0 = server_cpu();
        let got = rt.block_on(report::build(&client, &q))?;
        let secs = t.elapsed().as_secs_f64();
        let server_secs = server_cpu() - server0;
        let want = build(&sled, &q)?;
        let (got, want) = (serde_json::to_value(&got)?, serde_json::to_value(&want)?);
        let mut diffs = Vec::new();
        compare(&want, &got, "", &mut diffs, &mut worst);
        println!(
            "clickhouse report --by {:<8} {secs:.3} s, clickhouse-server CPU {server_secs:.2} s, load average {} ({} rows){}",
            by.as_str(),
            load(),
            got["rows"].as_array().map_or(0, Vec::len),
            if diffs.is_empty() {
                ", equal to the sled path's".to_string()
            } else {
                format!(", DIFFERS from the sled path's: {}", diffs.join("; "))
            }
        );
    }
    println!("largest relative difference from the sled path: {worst:.1e}");
    drop(server);
    Ok(())
}

/// Counts and strings exact, other numbers within 1e-9 (relative).
fn compare(a: &Value, b: &Value, path: &str, diffs: &mut Vec<String>, worst: &mut f64) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_u64() && y.is_u64() => {
            if x != y {
                diffs.push(format!("{path}: {x} vs {y}"));
            }
        }
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            let rel = (x - y).abs() / x.abs().max(y.abs()).max(1e-300);
            *worst = worst.max(if x == y { 0.0 } else { rel });
            if rel > 1e-9 {
                diffs.push(format!("{path}: {x} vs {y}"));
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                let (p, q) = (x.get(k).unwrap_or(&Value::Null), y.get(k).unwrap_or(&Value::Null));
                compare(p, q, &format!("{path}.{k}"), diffs, worst);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                compare(p, q, &format!("{path}[{i}]"), diffs, worst);
            }
        }
        _ if a == b => {}
        _ => diffs.push(format!("{path}: {a} vs {b}")),
    }
}
