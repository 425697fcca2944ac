//! One session grown in steps of 100 spans, through the assembler's real path (spans into the
//! store, then the session's record derived and written, as after every step of a live
//! collector): prints the time per step (wall and the stepping thread's CPU, each the median of
//! the 50 steps before the mark: a step's flush to disk makes single steps noisy) and the span
//! values read and written per step (their mean) at several sizes.
//! Flat columns mean a step costs what its new spans cost, not what the session already holds.
//!
//! Three shapes: `long-prompt` (one session to SPANS spans in prompts of 5,000 actions, the root
//! arriving after them, as a long agent run sends them), `prompt-per-step` (each step a new
//! prompt root with 99 actions, to PROMPTS prompts: the prompt count grows) and
//! `session-per-step` (each step a new open session of one prompt and 99 actions, to SESSIONS
//! sessions: what a step costs as the sessions around it grow).
//!
//! Run with: `cargo run --release --example session_growth [-- SPANS [PROMPTS [SESSIONS]]]`
//! (defaults 100,000, 5,000 and 10,000).

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
const SESSION: &str = "long-session";

/// CPU time of the calling thread (the step runs on it; sled's flusher threads do not count).
fn thread_cpu() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec for the call to fill.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

fn span(kind: SpanKind, trace: u64, id: u64, index: u64, at: u64) -> SpanFacts {
    SpanFacts {
        session_id: SESSION.into(),
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
        "prompt-per-step" => {
            let mut out: Vec<SpanFacts> =
                (0..STEP - 1).map(|i| action(n, id0 + i, n, at + i)).collect();
            out.push(root(n, id0 + STEP - 1, n, at, at + STEP));
            out
        }
        _ => {
            // A new session per step, one prompt (index 0) in its own trace.
            let mut out: Vec<SpanFacts> =
                (0..STEP - 1).map(|i| action(n, id0 + i, 0, at + i)).collect();
            out.push(root(n, id0 + STEP - 1, 0, at, at + STEP));
            let id = format!("session-{n:08}");
            out.iter_mut().for_each(|s| s.session_id = id.clone());
            out
        }
    }
}

/// One step's cost.
struct Cost {
    wall: Duration,
    cpu: Duration,
    reads: u64,
    writes: u64,
}

/// Steps the figures at a mark are taken over.
const WINDOW: usize = 50;

/// Grows a shape step by step; at each mark (a size in the shape's unit) prints the cost of the
/// [`WINDOW`] steps before it.
fn grow(
    shape: &str,
    unit: &str,
    marks: &[u64],
    size_of: impl Fn(u64) -> u64,
) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let buffer = Arc::new(Buffer::open(dir.path(), 64 << 20)?);
    let assembler = Assembler::new(buffer, AnalyticsConfig::default())?;
    println!("{shape}:");
    println!(
        "  {:>8} {:>9} {:>9} {:>11} {:>11} {:>12} {:>12}",
        unit, "spans", "prompts", "ms/step", "cpu ms/step", "reads/step", "writes/step"
    );
    let last = marks.iter().copied().max().unwrap_or(0);
    let mut window: Vec<Cost> = Vec::new();
    let mut n = 0u64;
    while size_of(n) < last {
        let spans = step(shape, n);
        let work = assembler.store().span_work();
        let (t, cpu) = (Instant::now(), thread_cpu());
        assembler.ingest(spans)?;
        assembler.settle()?;
        let (wall, cpu) = (t.elapsed(), thread_cpu().saturating_sub(cpu));
        let after = assembler.store().span_work();
        window.push(Cost {
            wall,
            cpu,
            reads: after.reads - work.reads,
            writes: after.writes - work.writes,
        });
        if window.len() > WINDOW {
            window.remove(0);
        }
        n += 1;
        let size = size_of(n);
        if marks.contains(&size) && size_of(n - 1) < size {
            let k = window.len() as f64;
            let ms = |f: fn(&Cost) -> Duration| {
                let mut v: Vec<f64> = window.iter().map(|c| f(c).as_secs_f64() * 1e3).collect();
                v.sort_by(f64::total_cmp);
                v[v.len() / 2]
            };
            let reads = window.iter().map(|c| c.reads).sum::<u64>() as f64 / k;
            let writes = window.iter().map(|c| c.writes).sum::<u64>() as f64 / k;
            let id = if shape == "session-per-step" {
                format!("session-{:08}", n - 1)
            } else {
                SESSION.to_string()
            };
            let record = assembler.store().session(&id)?;
            let prompts = record.map(|r| r.prompts.len()).unwrap_or(0);
            println!(
                "  {size:>8} {:>9} {prompts:>9} {:>11.3} {:>11.3} {reads:>12.1} {writes:>12.1}",
                n * STEP,
                ms(|c| c.wall),
                ms(|c| c.cpu)
            );
        }
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let arg = |i: usize, default: u64| -> anyhow::Result<u64> {
        Ok(std::env::args().nth(i).map(|a| a.parse()).transpose()?.unwrap_or(default))
    };
    let (total, prompts, sessions) = (arg(1, 100_000)?.max(STEP), arg(2, 5_000)?, arg(3, 10_000)?);
    let upto = |all: &[u64], last: u64| -> Vec<u64> {
        let mut m: Vec<u64> = all.iter().copied().filter(|m| *m <= last).collect();
        m.push(last);
        m.dedup();
        m
    };
    println!("session_growth: steps of {STEP} spans");
    let spans = upto(&[1_000, 10_000, 25_000, 50_000, 75_000, 100_000], total);
    grow("long-prompt", "spans", &spans, |n| n * STEP)?;
    grow("prompt-per-step", "prompts", &upto(&[10, 100, 1_000], prompts), |n| n)?;
    grow("session-per-step", "sessions", &upto(&[10, 100, 1_000], sessions), |n| n)?;
    Ok(())
}
