//! Building Claude-Code-format hook payloads, plus the `coxswain_*` extension fields.

use serde_json::{Map, Value, json};

use crate::transcript::entry;
use crate::transcript::line::timestamp_millis;

/// Where an event happened: the session, the prompt, the agent and the source line's time.
#[derive(Clone, Debug, Default)]
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

/// A payload with the fields every event carries.
pub fn base(event: &str, ctx: &Context, timestamp: Option<&str>) -> Map<String, Value> {
    let mut p = Map::new();
    p.insert("session_id".into(), json!(ctx.session_id));
    p.insert("transcript_path".into(), json!(ctx.transcript_path));
    if let Some(cwd) = &ctx.cwd {
        p.insert("cwd".into(), json!(cwd));
    }
    p.insert("hook_event_name".into(), json!(event));
    if let Some(id) = &ctx.prompt_id {
        p.insert("prompt_id".into(), json!(id));
    }
    if let Some(agent) = &ctx.agent {
        p.insert("agent_id".into(), json!(agent.id));
        if let Some(kind) = &agent.kind {
            p.insert("agent_type".into(), json!(kind));
        }
    }
    if let Some(ts) = timestamp {
        p.insert("coxswain_timestamp".into(), json!(ts));
    }
    p
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
    pub fn pre(&self) -> Value {
        let mut p = base("PreToolUse", &self.ctx, self.timestamp.as_deref());
        self.insert_tool(&mut p);
        Value::Object(p)
    }

    /// `PostToolUse` or `PostToolUseFailure` for a `tool_result` block of a user line.
    pub fn post(&self, result: &Value, line: &Value, single: bool) -> Value {
        let timestamp = entry::text_field(line, "timestamp");
        let failed = result.get("is_error").and_then(Value::as_bool).unwrap_or(false);
        let event = if failed { "PostToolUseFailure" } else { "PostToolUse" };
        let mut ctx = self.ctx.clone();
        if let Some(cwd) = entry::text_field(line, "cwd") {
            ctx.cwd = Some(cwd.to_owned());
        }
        let mut p = base(event, &ctx, timestamp);
        self.insert_tool(&mut p);
        // toolUseResult belongs to the line; it describes this result only when it is alone.
        let structured = line.get("toolUseResult").filter(|_| single);
        let text = entry::result_text(result);
        if failed {
            let error = match structured {
                Some(Value::String(s)) => s.clone(),
                _ => text.clone(),
            };
            let interrupted = text.contains(entry::INTERRUPT_MARKER)
                || structured
                    .and_then(|s| s.get("interrupted"))
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
            p.insert("error".into(), json!(error));
            p.insert("is_interrupt".into(), json!(interrupted));
        } else {
            let response = match structured {
                Some(s) => s.clone(),
                None => result.get("content").cloned().unwrap_or(Value::Null),
            };
            p.insert("tool_response".into(), response);
        }
        let start = self.timestamp.as_deref().and_then(timestamp_millis);
        let end = timestamp.and_then(timestamp_millis);
        if let (Some(start), Some(end)) = (start, end) {
            p.insert("duration_ms".into(), json!((end - start).max(0)));
        }
        Value::Object(p)
    }

    fn insert_tool(&self, p: &mut Map<String, Value>) {
        p.insert("tool_name".into(), json!(self.name));
        p.insert("tool_input".into(), self.input.clone());
        p.insert("tool_use_id".into(), json!(self.id));
    }
}
