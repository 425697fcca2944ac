//! What the recorder remembers between events of one session: the open prompt, its pending
//! actions, the failures seen (for retries), and the counters the prompt span reports.

use super::span::Attrs;
use crate::transcript::{TokenCounts, WindowTokens};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One session's state.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SessionState {
    /// Index the next prompt gets.
    pub next_prompt_index: u64,
    /// The prompt whose window is open, if any.
    pub open_prompt: Option<OpenPrompt>,
    /// Model named at SessionStart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Actions seen before any prompt (resumed sessions, 1.0.x quirks): counted for prompt 0.
    #[serde(default)]
    pub orphan_ordinal: u64,
    /// Harness version, when a payload named it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub harness_version: Option<String>,
    /// Calls that returned but whose outcome the harness tells only later (Codex writes a
    /// call's exit code to its rollout after the hook ran), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held: Vec<HeldAction>,
}

/// A returned call held open until its outcome is known: everything its span needs.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct HeldAction {
    /// When it returned, ns.
    pub at_ns: u64,
    /// Tool name.
    pub tool_name: String,
    /// The harness's tool-use id (the outcome is looked up by it).
    pub tool_use_id: String,
    /// The tool's input.
    pub input: serde_json::Value,
    /// What the tool returned, as the hook saw it.
    pub response: serde_json::Value,
    /// Where the harness writes the outcome (Codex: the rollout).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcript_path: Option<String>,
    /// How long it ran, when the harness said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u64>,
}

/// The prompt whose window is open.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OpenPrompt {
    /// 0-based index within the session.
    pub index: u64,
    /// The harness's prompt id, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt_id: Option<String>,
    /// When it was submitted, ns.
    pub start_ns: u64,
    /// Latest event time seen in the window, ns (ends a window closed by replay's end).
    #[serde(default)]
    pub last_ns: u64,
    /// The prompt-text attributes computed at submit (the text itself is not kept).
    pub attributes: Attrs,
    /// Transcript to read the agent's words from at the end, and where the window starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcript: Option<(String, u64)>,
    /// Actions so far (ordinal keys for harnesses without tool-use ids).
    #[serde(default)]
    pub action_count: u64,
    /// Started actions waiting for their end, by key.
    #[serde(default)]
    pub pending: BTreeMap<String, PendingAction>,
    /// Input hashes of failed actions in this window (retry detection).
    #[serde(default)]
    pub failed_inputs: BTreeSet<String>,
    /// PermissionRequest events.
    #[serde(default)]
    pub permission_requests: u64,
    /// PreCompact events.
    #[serde(default)]
    pub compactions: u64,
    /// The window's agent text when a replay already extracted it (the transcript ended
    /// before the turn finished); used instead of reading the transcript at close.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_text: Option<String>,
    /// The window's tokens when a replay already counted them (as `agent_text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<WindowTokens>,
    /// Tokens of subagents that finished in the window, read from their own transcripts (live).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subagent_tokens: Option<TokenCounts>,
}

/// An action that started and has not ended yet.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PendingAction {
    /// Span key (`tool_use_id` or `p{prompt}-a{ordinal}`).
    pub key: String,
    /// Tool name.
    pub tool_name: String,
    /// Input hash (to match an end without a tool-use id, and for retries).
    pub input_hash: String,
    /// Start, ns.
    pub start_ns: u64,
    /// Same tool + input failed earlier in the window.
    pub retry: bool,
    /// The harness's tool-use id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_use_id: Option<String>,
    /// The subagent that made the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    /// Its type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_type: Option<String>,
    /// Extension of the file it touches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_extension: Option<String>,
    /// A PermissionRequest was shown for it.
    #[serde(default)]
    pub permission_asked: bool,
}
