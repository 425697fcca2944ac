//! Hand-built OTLP spans per proto/TELEMETRY.md for the analytics tests, and a buffer to put
//! them in.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use coxswain_collector::assembler::span::kv;
use coxswain_collector::assembler::{AnalyticsConfig, Assembler};
use coxswain_collector::buffer::{Buffer, Signal};
use coxswain_proto::ids;
use coxswain_proto::telemetry::{action, common, gen_ai, prompt, resource, span};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::KeyValue;
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};
use prost::Message;

/// 2026-01-15T10:00:00Z in Unix ns.
pub const T0: u64 = 1_768_471_200 * 1_000_000_000;
pub const SEC: u64 = 1_000_000_000;

/// Prompt features (the attributes of an `invoke_agent` span).
#[derive(Clone, Default)]
pub struct P {
    pub words: i64,
    pub file_refs: i64,
    pub identifier_refs: i64,
    pub constraints: i64,
    pub acceptance_criteria: i64,
    pub steps: i64,
    pub verification_asks: i64,
    pub vague_terms: i64,
    pub user_corrects_agent: bool,
    pub confirms: bool,
    pub reports_failure: bool,
    pub agent_corrects_user: bool,
    pub planning: i64,
    pub execution: i64,
    pub output_words: i64,
    pub intent: &'static str,
    pub end_reason: &'static str,
    /// `gen_ai.usage.*`: [input, output, cache read, cache creation]; `None` sends none.
    pub tokens: Option<[i64; 4]>,
    /// `gen_ai.response.model` (empty sends none).
    pub model: &'static str,
}

/// Action facts (the attributes of an `execute_tool` span).
#[derive(Clone, Default)]
pub struct A {
    pub category: &'static str,
    pub command_kind: &'static str,
    pub test_outcome: &'static str,
    pub commit: bool,
    pub failed: bool,
    pub retry: bool,
    pub subagent: bool,
    pub ext: &'static str,
    pub added: i64,
    pub removed: i64,
}

pub fn read() -> A {
    A { category: "read", ext: "rs", ..A::default() }
}
pub fn edit(added: i64) -> A {
    A { category: "edit", ext: "rs", added, removed: 1, ..A::default() }
}
pub fn test(passed: bool) -> A {
    A {
        category: "shell",
        command_kind: "test",
        test_outcome: if passed { "passed" } else { "failed" },
        failed: !passed,
        ..A::default()
    }
}
pub fn commit() -> A {
    A { category: "shell", command_kind: "commit", commit: true, ..A::default() }
}

/// A session being written: its spans, in the order they were made.
pub struct S {
    pub id: String,
    pub user: String,
    pub harness: String,
    pub t0: u64,
    pub spans: Vec<Span>,
}

fn common_attrs(s: &S) -> Vec<KeyValue> {
    vec![
        kv(gen_ai::CONVERSATION_ID, s.id.as_str()),
        kv(gen_ai::ENDUSER_PSEUDO_ID, s.user.as_str()),
        kv(common::HARNESS, s.harness.as_str()),
        kv(common::SOURCE, "live"),
    ]
}

impl S {
    pub fn new(id: &str, user: &str) -> S {
        S { id: id.into(), user: user.into(), harness: "claude-code".into(), t0: T0, spans: vec![] }
    }

    pub fn at(mut self, t0: u64) -> S {
        self.t0 = t0;
        self
    }

    pub fn harness(mut self, h: &str) -> S {
        self.harness = h.into();
        self
    }

    fn prompt_start(&self, index: u64) -> u64 {
        self.t0 + index * 600 * SEC
    }

    /// A prompt with its actions (action n starts n+1 seconds after the prompt).
    pub fn prompt(mut self, index: u64, p: P, actions: &[A]) -> S {
        let start = self.prompt_start(index);
        let end = start + (actions.len() as u64 + 2) * SEC;
        let mut a = common_attrs(&self);
        a.extend([
            kv(gen_ai::OPERATION_NAME, gen_ai::OP_INVOKE_AGENT),
            kv(gen_ai::AGENT_NAME, "claude-code"),
            kv(common::PROMPT_INDEX, index as i64),
            kv(prompt::WORDS, p.words),
            kv(prompt::FILE_REFS, p.file_refs),
            kv(prompt::IDENTIFIER_REFS, p.identifier_refs),
            kv(prompt::CONSTRAINTS, p.constraints),
            kv(prompt::ACCEPTANCE_CRITERIA, p.acceptance_criteria),
            kv(prompt::STEPS, p.steps),
            kv(prompt::VERIFICATION_ASKS, p.verification_asks),
            kv(prompt::VAGUE_TERMS, p.vague_terms),
            kv(prompt::USER_CORRECTS_AGENT, p.user_corrects_agent),
            kv(prompt::CONFIRMS, p.confirms),
            kv(prompt::REPORTS_FAILURE, p.reports_failure),
            kv(prompt::AGENT_CORRECTS_USER, p.agent_corrects_user),
            kv(prompt::USER_PLANNING_DECISIONS, p.planning),
            kv(prompt::USER_EXECUTION_DECISIONS, p.execution),
            kv(prompt::OUTPUT_WORDS, p.output_words),
            kv(prompt::END_REASON, if p.end_reason.is_empty() { "stop" } else { p.end_reason }),
            kv(prompt::INTENT, if p.intent.is_empty() { "other" } else { p.intent }),
        ]);
        if let Some([input, output, read, creation]) = p.tokens {
            a.extend([
                kv(gen_ai::USAGE_INPUT_TOKENS, input),
                kv(gen_ai::USAGE_OUTPUT_TOKENS, output),
                kv(gen_ai::USAGE_CACHE_READ_INPUT_TOKENS, read),
                kv(gen_ai::USAGE_CACHE_CREATION_INPUT_TOKENS, creation),
            ]);
        }
        if !p.model.is_empty() {
            a.push(kv(gen_ai::RESPONSE_MODEL, p.model));
        }
        let trace = ids::prompt_trace_id(&self.id, index).to_vec();
        let root_id = ids::prompt_span_id(&self.id, index).to_vec();
        for (n, act) in actions.iter().enumerate() {
            let key = format!("p{index}-a{n}");
            let mut aa = common_attrs(&self);
            aa.extend([
                kv(gen_ai::OPERATION_NAME, gen_ai::OP_EXECUTE_TOOL),
                kv(gen_ai::TOOL_NAME, "Bash"),
                kv(common::PROMPT_INDEX, index as i64),
                kv(action::CATEGORY, act.category),
                kv(action::FAILED, act.failed),
                kv(action::SUBAGENT, act.subagent),
            ]);
            let opt = |aa: &mut Vec<KeyValue>, k: &str, v: &str| {
                if !v.is_empty() {
                    aa.push(kv(k, v));
                }
            };
            opt(&mut aa, action::COMMAND_KIND, act.command_kind);
            opt(&mut aa, action::TEST_OUTCOME, act.test_outcome);
            opt(&mut aa, action::FILE_EXTENSION, act.ext);
            if act.commit {
                aa.push(kv(action::COMMIT, true));
            }
            if act.retry {
                aa.push(kv(action::RETRY, true));
            }
            if act.added > 0 || act.removed > 0 {
                aa.push(kv(action::LINES_ADDED, act.added));
                aa.push(kv(action::LINES_REMOVED, act.removed));
            }
            let s0 = start + (n as u64 + 1) * SEC;
            self.spans.push(Span {
                trace_id: trace.clone(),
                span_id: ids::action_span_id(&self.id, &key).to_vec(),
                parent_span_id: root_id.clone(),
                name: span::execute_tool("Bash"),
                kind: 1,
                start_time_unix_nano: s0,
                end_time_unix_nano: s0 + SEC / 2,
                attributes: aa,
                ..Span::default()
            });
        }
        self.spans.push(Span {
            trace_id: trace,
            span_id: root_id,
            name: span::invoke_agent("claude-code"),
            kind: 1,
            start_time_unix_nano: start,
            end_time_unix_nano: end,
            attributes: a,
            ..Span::default()
        });
        self
    }

    /// The session's end span, one minute after its last span.
    pub fn end(mut self) -> S {
        let t = self.spans.iter().map(|s| s.end_time_unix_nano).max().unwrap_or(self.t0) + 60 * SEC;
        let attrs = common_attrs(&self);
        self.spans.push(Span {
            trace_id: ids::session_trace_id(&self.id).to_vec(),
            span_id: ids::session_span_id(&self.id, "end").to_vec(),
            name: span::SESSION_END.to_string(),
            kind: 1,
            start_time_unix_nano: t,
            end_time_unix_nano: t,
            attributes: attrs,
            ..Span::default()
        });
        self
    }
}

/// An encoded `ExportTraceServiceRequest` holding `spans`.
pub fn request(spans: Vec<Span>) -> Vec<u8> {
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            resource: Some(Resource {
                attributes: vec![
                    kv(resource::SERVICE_NAME, resource::HOOK_SERVICE_NAME),
                    kv(resource::HARNESS, "claude-code"),
                ],
                ..Resource::default()
            }),
            scope_spans: vec![ScopeSpans { spans, ..ScopeSpans::default() }],
            ..ResourceSpans::default()
        }],
    }
    .encode_to_vec()
}

/// Opens a buffer in `dir`.
pub fn buffer(dir: &Path) -> Arc<Buffer> {
    Arc::new(Buffer::open(dir, 64 << 20).expect("open buffer"))
}

/// Appends each request.
pub async fn append(buffer: &Buffer, requests: Vec<Vec<u8>>) {
    for r in requests {
        buffer.append(Signal::Traces, &r).await.expect("append");
    }
}

/// A buffer in `dir` holding the standard test population (40 sessions over 8 users).
pub async fn buffered_population(dir: &Path) -> Arc<Buffer> {
    let buf = buffer(dir);
    append(&buf, population(40, 8).into_iter().map(|s| request(s.spans)).collect()).await;
    buf
}

/// Assembles everything buffered.
pub fn assemble(buffer: &Arc<Buffer>) -> Assembler {
    let a = Assembler::new(buffer.clone(), AnalyticsConfig::default()).expect("assembler");
    a.catch_up().expect("catch up");
    a
}

/// A precise prompt the classifier scores in the expert band.
pub fn expert_prompt() -> P {
    P {
        words: 30,
        file_refs: 2,
        identifier_refs: 2,
        constraints: 1,
        acceptance_criteria: 1,
        verification_asks: 1,
        ..P::default()
    }
}

/// A vague prompt the classifier scores in the novice band.
pub fn novice_prompt() -> P {
    P { words: 60, vague_terms: 2, ..P::default() }
}

/// A varied population: `n` sessions over `users` users, covering every outcome path.
pub fn population(n: usize, users: usize) -> Vec<S> {
    (0..n)
        .map(|i| {
            let s = S::new(&format!("sess-{i:03}"), &format!("user{:02}", i % users))
                .at(T0 + (i as u64 % 90) * 86_400 * SEC)
                .harness(if i % 4 == 0 { "codex" } else { "claude-code" });
            let expert = P {
                planning: 3,
                execution: 4,
                output_words: 3000 + i as i64,
                intent: ["fixing", "building", "testing", "writing"][i % 4],
                ..expert_prompt()
            };
            let novice = P {
                output_words: 500 + i as i64,
                intent: ["building", "other", "exploring"][i % 3],
                ..novice_prompt()
            };
            match i % 5 {
                0 => s
                    .prompt(
                        0,
                        expert.clone(),
                        &[read(), edit(10), test(false), edit(3), test(true), commit()],
                    )
                    .prompt(1, P { words: 2, confirms: true, ..P::default() }, &[])
                    .end(),
                1 => s.prompt(0, novice.clone(), &[read(), test(false)]).prompt(
                    1,
                    P { reports_failure: true, words: 4, intent: "fixing", ..novice.clone() },
                    &[edit(2), test(false)],
                ),
                2 => s
                    .prompt(
                        0,
                        P { file_refs: 1, identifier_refs: 1, vague_terms: 0, ..novice.clone() },
                        &[read(), read(), edit(5)],
                    )
                    .prompt(1, P { confirms: true, words: 3, ..P::default() }, &[])
                    .end(),
                3 => s
                    .prompt(
                        0,
                        expert.clone(),
                        &[read(), A { subagent: true, ..read() }, edit(4), test(true)],
                    )
                    .prompt(
                        1,
                        P { user_corrects_agent: true, ..expert.clone() },
                        &[edit(1), test(true), commit()],
                    )
                    .prompt(2, expert.clone(), &[A { category: "plan", ..A::default() }])
                    .end(),
                _ => s
                    .prompt(
                        0,
                        P { agent_corrects_user: true, ..novice.clone() },
                        &[read(), A { retry: true, failed: true, ..test(false) }],
                    )
                    .end(),
            }
        })
        .collect()
}
