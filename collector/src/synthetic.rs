//! Synthetic sessions at the study's scale — levels 1–5, one to seven prompts, about 5 (novice)
//! to 13 (expert) actions per prompt, 2 % heavy sessions, spread over seven months — derived by
//! the assembler's own code and written through its store. For the benchmarks
//! (`examples/report_bench.rs`, `examples/dashboard_bench.rs`) and the dashboard's browser test,
//! which need hundreds of thousands of sessions in a data directory without sending them.

use std::ops::Range;
use std::time::Instant;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::assembler::session::{self, Clock};
use crate::assembler::store::{Store, StoreError};
use crate::classifier::{Classifiers, WorkMode};
use crate::model::{SpanFacts, SpanKind};

/// 2025-10-01T00:00:00Z, the start of the window.
pub const START: u64 = 1_759_276_800 * 1_000_000_000;
/// One second in nanoseconds.
pub const SEC: u64 = 1_000_000_000;
/// The window sessions start in: seven months.
pub const WINDOW_SECS: u64 = 212 * 86_400;
const CATEGORIES: [&str; 6] = ["read", "edit", "shell", "search", "write", "plan"];

/// One synthetic session's span facts (a prompt root plus its actions per prompt).
pub fn session_facts(rng: &mut StdRng, i: u64) -> Vec<SpanFacts> {
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

/// The clock sessions are derived with: a day after the window, so every session is closed.
pub fn clock() -> Clock {
    Clock { newest_seen: START + (WINDOW_SECS + 86_400) * SEC, idle_close_secs: 3600 }
}

/// What [`fill`] wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Filled {
    /// Sessions.
    pub sessions: u64,
    /// Their prompts.
    pub prompts: u64,
    /// Their span facts.
    pub spans: u64,
    /// Seconds spent deriving records (the rest is generating and writing).
    pub derive_secs: f64,
}

/// Derives the sessions numbered `ids` (ids `bench-NNNNNNN`; the same numbers and seed give
/// the same sessions) with the default classifiers and writes their records and summaries
/// into `store`, as the assembler would.
pub fn fill(store: &Store, seed: u64, ids: Range<u64>) -> Result<Filled, StoreError> {
    let mut rng = StdRng::seed_from_u64(seed);
    let (clock, classifiers) = (clock(), Classifiers::default());
    let mut filled = Filled::default();
    for i in ids {
        let facts = session_facts(&mut rng, i);
        let t = Instant::now();
        let derived = session::derive(&facts[0].session_id, &facts, clock, &classifiers);
        filled.derive_secs += t.elapsed().as_secs_f64();
        let Some((record, summary)) = derived else { continue };
        filled.sessions += 1;
        filled.prompts += record.prompts.len() as u64;
        filled.spans += facts.len() as u64;
        let last = facts.iter().map(SpanFacts::time).max().unwrap_or(0);
        store.put_session(&record, &summary, last)?;
    }
    store.flush()?;
    Ok(filled)
}
