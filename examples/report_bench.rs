//! The report at the study's scale: 400,000 sessions (~4 prompts, ~10 actions per prompt) written
//! into a temporary data directory through the assembler's store, then the report timed per
//! grouping. Also times assembly from the buffer (OTLP requests → session records) to show it
//! keeps pace with ingest.
//!
//! With `--clickhouse`, also on ClickHouse (a throwaway `clickhouse-server` from the test
//! support, installed when missing): the writer's facts/s from a buffer of OTLP requests into
//! ClickHouse, then the report per grouping answered from ClickHouse (records derived from the
//! facts read back).
//!
//! Run with: `cargo run --release --example report_bench [-- SESSIONS [ASSEMBLY_SESSIONS
//! [CLICKHOUSE_SESSIONS]]] [--clickhouse]`

use std::sync::Arc;
use std::time::Instant;

use coxswain_collector::assembler::session::{self, Clock};
use coxswain_collector::assembler::span::{SpanFacts, SpanKind, kv};
use coxswain_collector::assembler::{AnalyticsConfig, Assembler};
use coxswain_collector::buffer::{Buffer, Signal};
use coxswain_collector::classifier::{Classifiers, WorkMode};
use coxswain_collector::query::ops;
use coxswain_collector::report::{GroupBy, ReportQuery, build};
use coxswain_proto::telemetry::{action, common, gen_ai, prompt};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};
use prost::Message;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// 2025-10-01T00:00:00Z.
const START: u64 = 1_759_276_800 * 1_000_000_000;
const SEC: u64 = 1_000_000_000;
const WINDOW_SECS: u64 = 212 * 86_400; // seven months
const CATEGORIES: [&str; 6] = ["read", "edit", "shell", "search", "write", "plan"];

/// One synthetic session's span facts (a prompt root plus its actions per prompt).
fn session_facts(rng: &mut StdRng, i: u64) -> Vec<SpanFacts> {
    let id = format!("bench-{i:07}");
    let level = rng.random_range(1..=5u64);
    let prompts = rng.random_range(1..=7u64);
    let heavy = rng.random::<f64>() < 0.02;
    let t0 = START + rng.random_range(0..WINDOW_SECS) * SEC;
    let user = format!("{:032x}", (i * 2_654_435_761) % 235_000);
    let mut out = Vec::new();
    let mut n = 0u64;
    for p in 0..prompts {
        let start = t0 + p * 300 * SEC;
        let base = 3 + 2 * level; // ~5 for novices, ~13 for experts
        let actions = if heavy {
            rng.random_range(100..160)
        } else {
            rng.random_range(base / 2..=base + base / 2)
        };
        let trace = format!("{i:016x}{p:016x}");
        for a in 0..actions {
            let category = CATEGORIES[rng.random_range(0..CATEGORIES.len())];
            let test = category == "shell" && rng.random::<f64>() < 0.3;
            n += 1;
            out.push(SpanFacts {
                session_id: id.clone(),
                span_id: (i << 24 | n).to_be_bytes(),
                kind: Some(SpanKind::Action),
                trace: trace.clone(),
                start: start + (a + 1) * SEC,
                end: start + (a + 1) * SEC + SEC / 2,
                user: user.clone(),
                harness: "claude-code".into(),
                prompt_index: Some(p),
                category: category.into(),
                command_kind: if test { "test".into() } else { String::new() },
                test_outcome: if test {
                    if rng.random::<f64>() < 0.7 { "passed" } else { "failed" }.into()
                } else {
                    String::new()
                },
                failed: rng.random::<f64>() < 0.05,
                commit: category == "shell" && rng.random::<f64>() < 0.05,
                subagent: rng.random::<f64>() < 0.1,
                lines_added: if category == "edit" { rng.random_range(0..40) } else { 0 },
                file_extension: "rs".into(),
                ..SpanFacts::default()
            });
        }
        n += 1;
        out.push(SpanFacts {
            session_id: id.clone(),
            span_id: (i << 24 | n).to_be_bytes(),
            kind: Some(SpanKind::Prompt),
            trace,
            start,
            end: start + (actions + 2) * SEC,
            user: user.clone(),
            harness: "claude-code".into(),
            prompt_index: Some(p),
            words: rng.random_range(5..120),
            file_refs: rng.random_range(0..=level / 2 + 1),
            identifier_refs: rng.random_range(0..=level / 2),
            constraints: rng.random_range(0..=level / 2),
            acceptance_criteria: u64::from(level >= 4 && rng.random::<f64>() < 0.6),
            verification_asks: u64::from(level >= 3 && rng.random::<f64>() < 0.5),
            vague_terms: if level <= 2 { rng.random_range(0..4) } else { 0 },
            confirms: p > 0 && rng.random::<f64>() < 0.2,
            user_planning_decisions: rng.random_range(0..3),
            user_execution_decisions: rng.random_range(0..3),
            output_words: 200 * level * rng.random_range(1..5),
            intent: WorkMode::ALL[rng.random_range(0..WorkMode::ALL.len())].as_str().into(),
            end_reason: "stop".into(),
            ..SpanFacts::default()
        });
    }
    out
}

/// The OTLP form of span facts (for the assembly-from-buffer run).
fn to_request(facts: &[SpanFacts]) -> Vec<u8> {
    let spans = facts
        .iter()
        .map(|f| {
            let mut a = vec![
                kv(gen_ai::CONVERSATION_ID, f.session_id.as_str()),
                kv(gen_ai::ENDUSER_PSEUDO_ID, f.user.as_str()),
                kv(common::HARNESS, "claude-code"),
                kv(common::PROMPT_INDEX, f.prompt_index.unwrap_or(0) as i64),
            ];
            let name = if f.kind == Some(SpanKind::Prompt) {
                a.extend([
                    kv(gen_ai::OPERATION_NAME, gen_ai::OP_INVOKE_AGENT),
                    kv(prompt::WORDS, f.words as i64),
                    kv(prompt::FILE_REFS, f.file_refs as i64),
                    kv(prompt::IDENTIFIER_REFS, f.identifier_refs as i64),
                    kv(prompt::CONSTRAINTS, f.constraints as i64),
                    kv(prompt::ACCEPTANCE_CRITERIA, f.acceptance_criteria as i64),
                    kv(prompt::VERIFICATION_ASKS, f.verification_asks as i64),
                    kv(prompt::VAGUE_TERMS, f.vague_terms as i64),
                    kv(prompt::CONFIRMS, f.confirms),
                    kv(prompt::OUTPUT_WORDS, f.output_words as i64),
                    kv(prompt::INTENT, f.intent.as_str()),
                    kv(prompt::END_REASON, "stop"),
                ]);
                "invoke_agent claude-code"
            } else {
                a.extend([
                    kv(gen_ai::OPERATION_NAME, gen_ai::OP_EXECUTE_TOOL),
                    kv(action::CATEGORY, f.category.as_str()),
                    kv(action::FAILED, f.failed),
                    kv(action::SUBAGENT, f.subagent),
                    kv(action::LINES_ADDED, f.lines_added as i64),
                ]);
                if !f.test_outcome.is_empty() {
                    a.push(kv(action::TEST_OUTCOME, f.test_outcome.as_str()));
                }
                "execute_tool Bash"
            };
            let trace = hex_decode(&f.trace);
            Span {
                trace_id: trace,
                span_id: f.span_id.to_vec(),
                name: name.into(),
                start_time_unix_nano: f.start,
                end_time_unix_nano: f.end,
                attributes: a,
                ..Span::default()
            }
        })
        .collect();
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            scope_spans: vec![ScopeSpans { spans, ..ScopeSpans::default() }],
            ..ResourceSpans::default()
        }],
    }
    .encode_to_vec()
}

fn hex_decode(s: &str) -> Vec<u8> {
    (0..s.len() / 2).filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()).collect()
}

fn main() -> anyhow::Result<()> {
    let args: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sessions = args.first().copied().unwrap_or(400_000);
    let assembly_sessions = args.get(1).copied().unwrap_or(5_000);
    let dir = tempfile::tempdir()?;
    let mut rng = StdRng::seed_from_u64(2026);

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
    let clock = Clock { newest_seen: START + (WINDOW_SECS + 86_400) * SEC, idle_close_secs: 3600 };
    let classifiers = Classifiers::default();
    let t = Instant::now();
    let (mut derive_secs, mut total_spans, mut total_prompts) = (0.0, 0usize, 0usize);
    for i in 0..sessions {
        let facts = session_facts(&mut rng, 1_000_000 + i);
        total_spans += facts.len();
        let d = Instant::now();
        let (record, summary) =
            session::derive(&facts[0].session_id, &facts, clock, &classifiers).expect("derive");
        derive_secs += d.elapsed().as_secs_f64();
        total_prompts += record.prompts.len();
        let last = facts.iter().map(SpanFacts::time).max().unwrap_or(0);
        store.put_session(&record, &summary, last)?;
    }
    store.flush()?;
    println!(
        "setup: {sessions} sessions, {total_prompts} prompts, {total_spans} span facts; derivation {:.0} spans/s; written in {:.1} s",
        total_spans as f64 / derive_secs,
        t.elapsed().as_secs_f64()
    );

    let t = Instant::now();
    let mut n = 0usize;
    store.for_each_summary(|_, _| n += 1)?;
    println!("scan of {n} session summaries {:.3} s", t.elapsed().as_secs_f64());
    for by in GroupBy::EVERY {
        let q = bench_query(by);
        let t = Instant::now();
        let report = build(&store, &q)?;
        let json = serde_json::to_string_pretty(&report)?;
        println!(
            "report --by {:<8} {:.3} s ({} rows, {} bytes of JSON)",
            by.as_str(),
            t.elapsed().as_secs_f64(),
            report.rows.len(),
            json.len()
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
    if std::env::args().any(|a| a == "--clickhouse") {
        let ch_sessions = args.get(2).copied().unwrap_or(sessions);
        clickhouse_bench(&rt, &dir.path().join("clickhouse"), ch_sessions, &mut rng)?;
    }
    Ok(())
}

/// The writer into ClickHouse and the report answered from it.
fn clickhouse_bench(
    rt: &tokio::runtime::Runtime,
    dir: &std::path::Path,
    sessions: u64,
    rng: &mut StdRng,
) -> anyhow::Result<()> {
    use coxswain_collector::clickhouse::read::{Scope, derive_sessions};
    use coxswain_collector::clickhouse::writer::{Limits, WriterStats, step};
    use coxswain_collector::clickhouse::{ClickHouseClient, ClickHouseConfig, schema};
    let Some(server) = coxswain_test_support::clickhouse::ClickHouse::start() else {
        return Ok(());
    };
    let cfg = ClickHouseConfig { url: server.url(), timeout_secs: 600, ..Default::default() };
    let client = ClickHouseClient::new(&cfg)?;
    rt.block_on(schema::init(&client, &cfg.schema_options(None)))?;
    let buffer = Arc::new(Buffer::open(dir, 256 << 20)?);
    let mut spans = 0usize;
    rt.block_on(async {
        for i in 0..sessions {
            let facts = session_facts(rng, 5_000_000 + i);
            spans += facts.len();
            buffer.append(Signal::Traces, &to_request(&facts)).await?;
        }
        anyhow::Ok(())
    })?;
    let stats = WriterStats::default();
    let t = Instant::now();
    rt.block_on(async {
        while step(&buffer, &client, Limits::from(&cfg), &stats).await? > 0 {}
        anyhow::Ok(())
    })?;
    let secs = t.elapsed().as_secs_f64();
    let written = stats.facts_written.load(std::sync::atomic::Ordering::Relaxed);
    println!(
        "clickhouse writer: {sessions} sessions, {written} span facts in {:.1} s ({:.0} facts/s, {} inserts)",
        secs,
        written as f64 / secs,
        stats.inserts.load(std::sync::atomic::Ordering::Relaxed)
    );
    let analytics = AnalyticsConfig::default();
    for by in GroupBy::EVERY {
        let q = bench_query(by);
        let t = Instant::now();
        let derived = rt.block_on(derive_sessions(
            &client,
            &analytics,
            &coxswain_collector::classifier::Classifiers::default(),
            None,
            Scope::Summaries,
        ))?;
        let json = ops::report_json(&derived, &q).map_err(|e| anyhow::anyhow!("{e}"))?;
        println!(
            "clickhouse report --by {:<8} {:.3} s ({} bytes of JSON)",
            by.as_str(),
            t.elapsed().as_secs_f64(),
            json.len()
        );
    }
    drop(server);
    Ok(())
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
