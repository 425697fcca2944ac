//! What replayed events share: where they happened, and Claude Code tool calls waiting for
//! their results.

use serde_json::Value;

use crate::harness::{HookEvent, claude_code};
use crate::transcript::entry;
use crate::transcript::line::timestamp_millis;

use super::event::{Detail, Outcome, ReplayEvent, ToolUse};

/// Where an event happened: the session, the prompt, the agent and the source line's time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// `session_id`.
    pub session_id: String,
    /// `transcript_path` (the main transcript, also for subagent events).
    pub transcript_path: String,
    /// `cwd` from the line, when present.
    pub cwd: Option<String>,
    /// `prompt_id` of the open prompt, when the transcript has one.
    pub prompt_id: Option<String>,
    /// `agent_id` and `agent_type` inside a subagent.
    pub agent: Option<Agent>,
}

/// A subagent's identity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agent {
    /// `agent_id`.
    pub id: String,
    /// `agent_type`.
    pub kind: Option<String>,
}

/// A tool call seen in a `tool_use` block, waiting for its result.
#[derive(Clone, Debug)]
pub struct ToolCall {
    /// `tool_use_id`.
    pub id: String,
    /// `tool_name`.
    pub name: String,
    /// `tool_input`.
    pub input: Value,
    /// The tool_use line's timestamp.
    pub timestamp: Option<String>,
    /// The context it ran in.
    pub ctx: Context,
}

impl ToolCall {
    /// Reads a `tool_use` block.
    pub fn from_block(block: &Value, timestamp: Option<&str>, ctx: &Context) -> Option<ToolCall> {
        Some(ToolCall {
            id: block.get("id")?.as_str()?.to_owned(),
            name: block.get("name").and_then(Value::as_str).unwrap_or("unknown").to_owned(),
            input: block.get("input").cloned().unwrap_or(Value::Null),
            timestamp: timestamp.map(str::to_owned),
            ctx: ctx.clone(),
        })
    }

    /// True for the tools that launch a subagent.
    pub fn launches_agent(&self) -> bool {
        self.name == "Agent" || self.name == "Task"
    }

    /// `PreToolUse`.
    pub fn pre(&self) -> ReplayEvent {
        let detail = Detail::Tool { call: self.tool_use(), outcome: None, duration_ms: None };
        ReplayEvent::new(
            &claude_code::HARNESS,
            HookEvent::ToolStarted,
            &self.ctx,
            self.timestamp.as_deref(),
        )
        .with(detail)
    }

    /// `PostToolUse` or `PostToolUseFailure` for a `tool_result` block of a user line.
    pub fn post(&self, result: &Value, line: &Value, single: bool) -> ReplayEvent {
        let timestamp = entry::text_field(line, "timestamp");
        let failed = result.get("is_error").and_then(Value::as_bool).unwrap_or(false);
        let kind = if failed { HookEvent::ToolFailed } else { HookEvent::ToolFinished };
        let mut ctx = self.ctx.clone();
        if let Some(cwd) = entry::text_field(line, "cwd") {
            ctx.cwd = Some(cwd.to_owned());
        }
        // toolUseResult belongs to the line; it describes this result only when it is alone.
        let structured = line.get("toolUseResult").filter(|_| single);
        let text = entry::result_text(result);
        let outcome = if failed {
            let error = match structured {
                Some(Value::String(s)) => s.clone(),
                _ => text.clone(),
            };
            let interrupted = text.contains(entry::INTERRUPT_MARKER)
                || structured
                    .and_then(|s| s.get("interrupted"))
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
            Outcome::Failed { error, interrupted }
        } else {
            Outcome::Succeeded(match structured {
                Some(s) => s.clone(),
                None => result.get("content").cloned().unwrap_or(Value::Null),
            })
        };
        let start = self.timestamp.as_deref().and_then(timestamp_millis);
        let end = timestamp.and_then(timestamp_millis);
        let duration_ms = match (start, end) {
            (Some(start), Some(end)) => Some((end - start).max(0) as u64),
            _ => None,
        };
        let detail = Detail::Tool { call: self.tool_use(), outcome: Some(outcome), duration_ms };
        ReplayEvent::new(&claude_code::HARNESS, kind, &ctx, timestamp).with(detail)
    }

    fn tool_use(&self) -> ToolUse {
        ToolUse { id: self.id.clone(), name: self.name.clone(), input: self.input.clone() }
    }
}
