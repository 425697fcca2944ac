//! The session model the classifiers read: the facts of one span, and a session's prompts with
//! their actions. It depends on nothing else in the crate, so classifiers and assembly both build
//! on it without importing each other.

use serde::{Deserialize, Serialize};

/// What a Coxswain span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// `invoke_agent …`: one prompt.
    Prompt,
    /// `execute_tool …`: one action.
    Action,
    /// `coxswain.session.start`.
    SessionStart,
    /// `coxswain.session.end`.
    SessionEnd,
    /// One model call (native telemetry only: Claude Code `api_request` / `api_error`, Codex
    /// `sse_event` / `api_request`, Gemini CLI `api_response` / `api_error`): tokens, model,
    /// and `failed` for an API error.
    ModelCall,
}

/// The analytics' view of one span. Absent attributes read as zero / false / empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpanFacts {
    /// `gen_ai.conversation.id`.
    #[serde(skip)]
    pub session_id: String,
    /// The span id (8 bytes).
    #[serde(skip)]
    pub span_id: [u8; 8],
    /// Kind (always set on decoded spans).
    pub kind: Option<SpanKind>,
    /// The trace id (16 bytes) as hex.
    pub trace: String,
    /// Start, Unix nanoseconds.
    pub start: u64,
    /// End, Unix nanoseconds.
    pub end: u64,
    /// `enduser.pseudo.id`.
    pub user: String,
    /// `coxswain.harness` (span, else resource).
    pub harness: String,
    /// `coxswain.team`.
    pub team: String,
    /// `coxswain.prompt.index`, when present.
    pub prompt_index: Option<u64>,
    /// Prompt features (prompt spans).
    pub words: u64,
    /// `coxswain.prompt.own_words`, when sent (older hooks did not).
    pub own_words: Option<u64>,
    pub file_refs: u64,
    pub identifier_refs: u64,
    pub constraints: u64,
    pub acceptance_criteria: u64,
    pub steps: u64,
    pub verification_asks: u64,
    pub vague_terms: u64,
    pub named_things: u64,
    pub deliverables: u64,
    pub requirements: u64,
    /// `coxswain.prompt.listed_items` (0 from hooks that did not send it).
    pub listed_items: u64,
    /// `coxswain.prompt.contingencies` (0 from hooks that did not send it).
    pub contingencies: u64,
    pub scoped_questions: u64,
    pub learner_asks: u64,
    pub user_corrects_agent: bool,
    pub confirms: bool,
    pub reports_failure: bool,
    pub agent_corrects_user: bool,
    pub user_planning_decisions: u64,
    pub user_execution_decisions: u64,
    pub output_words: u64,
    pub end_reason: String,
    pub intent: String,
    /// Action facts (action spans).
    pub category: String,
    pub command_kind: String,
    pub test_outcome: String,
    pub commit: bool,
    pub failed: bool,
    pub retry: bool,
    pub subagent: bool,
    pub file_extension: String,
    pub lines_added: u64,
    pub lines_removed: u64,
    /// Prompt spans: the main agent's tokens `[input, output, cache read, cache creation]`
    /// (`gen_ai.usage.*`); `None` when the hook sent none (missing, never zero).
    pub tokens: Option<[u64; 4]>,
    /// Prompt spans: `gen_ai.response.model`.
    pub model: String,
    /// The fact came from the harness's own telemetry (a log event), not from the hook.
    pub native: bool,
    /// The harness's prompt id (`coxswain.prompt.id` from the hook, `prompt.id` / `prompt_id`
    /// from native events); empty when the harness has none.
    pub prompt_id: String,
}

impl SpanFacts {
    /// The span's time for idle closing: its end, or its start when it has no end.
    pub fn time(&self) -> u64 {
        self.end.max(self.start)
    }
}

/// One prompt and its actions, as the classifiers see it.
#[derive(Debug, Clone)]
pub struct PromptView<'a> {
    /// `coxswain.prompt.index`.
    pub index: u64,
    /// The root span.
    pub root: &'a SpanFacts,
    /// Its actions, by (start, span id).
    pub actions: Vec<&'a SpanFacts>,
}

/// One session as the classifiers see it.
#[derive(Debug, Clone, Copy)]
pub struct SessionView<'s, 'a> {
    /// `gen_ai.conversation.id`.
    pub session_id: &'s str,
    /// Its prompts in index order.
    pub prompts: &'s [PromptView<'a>],
    /// Closed (end span or idle).
    pub closed: bool,
}

impl<'a> SessionView<'_, 'a> {
    /// Every action of the session, prompt by prompt.
    pub fn actions(&self) -> impl Iterator<Item = &'a SpanFacts> + '_ {
        self.prompts.iter().flat_map(|p| p.actions.iter().copied())
    }
}
