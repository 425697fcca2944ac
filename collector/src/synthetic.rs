//! Synthetic sessions at the study's scale — levels 1–5, one to seven prompts, about 5 (novice)
//! to 13 (expert) actions per prompt, 2 % heavy sessions, spread over seven months — derived by
//! the assembler's own code and written through its store. For the benchmarks
//! (`examples/report_bench.rs`, `examples/dashboard_bench.rs`, `examples/clickhouse_bench.rs`) and the dashboard's browser test,
//! which need hundreds of thousands of sessions in a data directory without sending them.

use std::ops::Range;
use std::time::Instant;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::assembler::session::{self, Clock};
use crate::assembler::span::kv;
use crate::assembler::store::{Store, StoreError};
use crate::classifier::{Classifiers, WorkMode};
use crate::model::{SpanFacts, SpanKind};
use coxswain_proto::telemetry::{action, common, gen_ai, prompt};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};
use prost::Message;

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

/// The OTLP form of span facts (for the assembly-from-buffer run).
pub fn to_request(facts: &[SpanFacts]) -> Vec<u8> {
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

/// The generator every benchmark seeds alike.
pub fn rng() -> StdRng {
    StdRng::seed_from_u64(2026)
}
