//! One session grown to 100,000+ spans in steps of 100, through the assembler's real path
//! (spans into the store, then the session's record derived and written, as after every step of
//! a live collector): prints the time per step and the span values read and written per step at
//! several sizes. Flat columns mean a step costs what its new spans cost, not what the session
//! already holds.
//!
//! Two shapes: `long-prompt` (prompts of 5,000 actions, the root arriving after them, as a long
//! agent run sends them) and `prompt-per-step` (each step a new prompt root with 99 actions, so
//! the prompt count grows too; records list every prompt, so that part grows with the prompts).
//!
//! Run with: `cargo run --release --example session_growth [-- SPANS]`

use std::sync::Arc;
use std::time::{Duration, Instant};

use coxswain_collector::assembler::span::{SpanFacts, SpanKind};
use coxswain_collector::assembler::{AnalyticsConfig, Assembler};
use coxswain_collector::buffer::Buffer;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const START: u64 = 1_768_471_200 * 1_000_000_000;
const CATEGORIES: [&str; 6] = ["read", "edit", "shell", "search", "write", "plan"];
const STEP: u64 = 100;

fn span(kind: SpanKind, trace: u64, id: u64, index: u64, at: u64) -> SpanFacts {
    SpanFacts {
        session_id: "long-session".into(),
        span_id: id.to_be_bytes(),
        kind: Some(kind),
        trace: format!("{trace:032x}"),
        start: at,
        end: at + 1_000,
        user: "9f86d081884c7d65".into(),
        harness: "claude-code".into(),
        prompt_index: Some(index),
        ..SpanFacts::default()
    }
}

fn action(trace: u64, id: u64, index: u64, at: u64) -> SpanFacts {
    let mut a = span(SpanKind::Action, trace, id, index, at);
    a.category = CATEGORIES[(id % 6) as usize].into();
    a.command_kind = if id.is_multiple_of(7) { "test".into() } else { String::new() };
    a.test_outcome = if id.is_multiple_of(7) { "passed".into() } else { String::new() };
    a.lines_added = id % 3;
    a.failed = id.is_multiple_of(11);
    a
}

fn root(trace: u64, id: u64, index: u64, at: u64, end: u64) -> SpanFacts {
    let mut r = span(SpanKind::Prompt, trace, id, index, at);
    r.end = end;
    r.words = 30;
    r.file_refs = 1;
    r.intent = "building".into();
    r.output_words = 400;
    r
}

/// Step `n` (0-based) of a shape: its 100 spans.
fn step(shape: &str, n: u64) -> Vec<SpanFacts> {
    let id0 = n * STEP;
    let at = START + id0 * 1_000_000;
    match shape {
        "long-prompt" => {
            // Prompts of 5,000 actions: 50 steps of actions, the root arriving with the last.
            let per_prompt = 5_000 / STEP;
            let index = n / per_prompt;
            let mut out: Vec<SpanFacts> =
                (0..STEP).map(|i| action(index, id0 + i, index, at + i)).collect();
            if n % per_prompt == per_prompt - 1 {
                out.pop();
                let begun = START + index * per_prompt * STEP * 1_000_000;
                out.push(root(index, id0 + STEP - 1, index, begun, at + STEP));
            }
            out
        }
        _ => {
            let mut out: Vec<SpanFacts> =
                (0..STEP - 1).map(|i| action(n, id0 + i, n, at + i)).collect();
            out.push(root(n, id0 + STEP - 1, n, at, at + STEP));
            out
        }
    }
}

fn main() -> anyhow::Result<()> {
    let total: u64 =
        std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(100_000).max(STEP);
    let steps = total / STEP;
    let marks: Vec<u64> = [1_000, 10_000, 25_000, 50_000, 75_000, 100_000, total]
        .into_iter()
        .filter(|m| *m <= total)
        .collect();
    println!("session_growth: one session grown to {total} spans in steps of {STEP}");
    for shape in ["long-prompt", "prompt-per-step"] {
        let dir = tempfile::tempdir()?;
        let buffer = Arc::new(Buffer::open(dir.path(), 64 << 20)?);
        let assembler = Assembler::new(buffer, AnalyticsConfig::default())?;
        println!("{shape}:");
        println!(
            "  {:>8} {:>8} {:>12} {:>12} {:>12}",
            "spans", "prompts", "ms/step", "reads/step", "writes/step"
        );
        // Mean over the 20 steps before each mark.
        let mut window: Vec<(Duration, u64, u64)> = Vec::new();
        for n in 0..steps {
            let spans = step(shape, n);
            let work = assembler.store().span_work();
            let t = Instant::now();
            assembler.ingest(spans)?;
            assembler.settle()?;
            let took = t.elapsed();
            let after = assembler.store().span_work();
            window.push((took, after.reads - work.reads, after.writes - work.writes));
            if window.len() > 20 {
                window.remove(0);
            }
            let size = (n + 1) * STEP;
            if marks.contains(&size) {
                let k = window.len() as f64;
                let ms = window.iter().map(|w| w.0.as_secs_f64()).sum::<f64>() * 1e3 / k;
                let reads = window.iter().map(|w| w.1).sum::<u64>() as f64 / k;
                let writes = window.iter().map(|w| w.2).sum::<u64>() as f64 / k;
                let record = assembler.store().session("long-session")?;
                let prompts = record.map(|r| r.prompts.len()).unwrap_or(0);
                println!("  {size:>8} {prompts:>8} {ms:>12.3} {reads:>12.1} {writes:>12.1}");
            }
        }
    }
    Ok(())
}
