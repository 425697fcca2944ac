//! A subagent's own transcript (`agent-<id>.jsonl`), replayed inside its parent's Agent call:
//! SubagentStart, its tool calls tagged with `agent_id`/`agent_type`, SubagentStop.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::Value;

use crate::harness::{HookEvent, claude_code};

use crate::transcript::entry::{KNOWN_TYPES, blocks, kind, text_field, tool_results};
use crate::transcript::usage::WindowUsage;
use crate::transcript::{AgentText, TokenCounts};

use super::event::{Detail, ReplayEvent};
use super::payload::{Context, ToolCall};
use super::read_lines;
use super::run::Run;

/// Replays the subagent file at `path` in the context `ctx` (parent session and prompt, with
/// the agent set). `announced` dedupes tool-use ids across the parent and its subagents.
/// Returns the subagent's tokens (zero when its lines carry no usage).
pub fn replay(
    run: &mut Run<'_>,
    path: &Path,
    ctx: &Context,
    announced: &mut HashSet<String>,
) -> TokenCounts {
    let lines = read_lines(path, &mut run.summary);
    let first_ts = lines.iter().flatten().find_map(|l| text_field(l, "timestamp"));
    run.emit(ReplayEvent::new(&claude_code::HARNESS, HookEvent::SubagentStarted, ctx, first_ts));
    let mut pending: HashMap<String, ToolCall> = HashMap::new();
    let mut text = AgentText::default();
    let mut usage = WindowUsage::default();
    let mut last_ts = first_ts.map(str::to_owned);
    for line in lines.iter().flatten() {
        let timestamp = text_field(line, "timestamp");
        match kind(line) {
            Some("assistant") => {
                text.add_agent_line(line);
                usage.add_subagent_line(line);
                last_ts = timestamp.map(str::to_owned);
                for block in blocks(line) {
                    if block.get("type").and_then(Value::as_str) != Some("tool_use") {
                        continue;
                    }
                    let Some(call) = ToolCall::from_block(block, timestamp, ctx) else {
                        continue;
                    };
                    if announced.insert(call.id.clone()) {
                        run.emit(call.pre());
                        pending.insert(call.id.clone(), call);
                    }
                }
            }
            Some("user") => {
                let results = tool_results(line);
                let single = results.len() == 1;
                for result in results {
                    let id = result.get("tool_use_id").and_then(Value::as_str).unwrap_or_default();
                    if let Some(call) = pending.remove(id) {
                        run.emit(call.post(result, line, single));
                        last_ts = timestamp.map(str::to_owned);
                    }
                }
            }
            Some(k) if KNOWN_TYPES.contains(&k) => {}
            _ => run.summary.bad_lines += 1,
        }
    }
    let detail = Detail::SubagentEnd {
        transcript: path.display().to_string(),
        last_message: text.last().unwrap_or_default().to_owned(),
    };
    let stop = ReplayEvent::new(
        &claude_code::HARNESS,
        HookEvent::SubagentStopped,
        ctx,
        last_ts.as_deref(),
    );
    run.emit(stop.with(detail));
    usage.tokens().subagents.unwrap_or_default()
}
