//! The Codex CLI adapter. Codex's `hooks.json` copies Claude Code's shape (event → matcher group
//! → command handler, snake_case stdin), adds `turn_id` and `model`, and keeps the agent's words
//! and tokens in its rollout file (`transcript_path`), read here when the turn stops.
//!
//! PostToolUse tells that a call returned, not whether it failed: the exit code is in the
//! call's output line, which Codex appends to the rollout only after the hook ran. So a
//! returned call is held in the session's state and settled at the session's next event, from
//! its rollout output line (parsed by [`call_output`], as replay does).

use super::{
    Harness, HookEvent, SettingsFile, Timeout, TranscriptTurn, claude_code, tail_bytes, tail_lines,
};
use crate::payload::{str_field, u64_field};
use crate::recorder::{HeldAction, HeldOutcome, Prompt, PromptEnd, RecordError, Recorder};
use crate::signals::action::CODEX_TOOLS;
use crate::transcript::{TokenCounts, WindowTokens};
use serde_json::Value;
use std::path::Path;

/// Codex CLI: hooks in `$CODEX_HOME/hooks.json` (default `~/.codex`), nothing on stdout.
pub static HARNESS: Harness = Harness {
    name: "codex",
    provider: "openai",
    events: &[
        ("SessionStart", HookEvent::SessionStart),
        ("UserPromptSubmit", HookEvent::PromptSubmitted),
        ("PreToolUse", HookEvent::ToolStarted),
        ("PostToolUse", HookEvent::ToolFinished),
        ("PermissionRequest", HookEvent::PermissionRequested),
        ("Stop", HookEvent::Stopped),
        ("StopFailure", HookEvent::StopFailed),
        ("SubagentStart", HookEvent::SubagentStarted),
        ("SubagentStop", HookEvent::SubagentStopped),
        ("PreCompact", HookEvent::PreCompact),
        ("PostCompact", HookEvent::PostCompact),
        ("SessionEnd", HookEvent::SessionEnd),
    ],
    tool_events: &["PreToolUse", "PostToolUse", "PermissionRequest"],
    settings: SettingsFile {
        dir_env: Some("CODEX_HOME"),
        dir: ".codex",
        file: "hooks.json",
        local_file: None,
    },
    // Codex clamps a SessionEnd handler to 3 s and warns on every run about a longer one.
    timeout: Timeout::Seconds(3),
    reply: "",
    tools: CODEX_TOOLS,
    record,
    // Codex 0.169 runs no user hook it has not been told to trust (`codex exec` skips them
    // silently).
    after_install: Some(
        "Codex runs these hooks once you trust them: open Codex and review them with /hooks.",
    ),
};

/// At most this much of a rollout's end is read at Stop (a turn's lines are near the end).
const ROLLOUT_TAIL_BYTES: u64 = 8 << 20;

/// Maps one Codex payload onto `recorder`: prompts take `turn_id` as their id, Stop reads the
/// turn's words and tokens from the rollout; everything else is Claude Code's mapping.
fn record(
    recorder: &Recorder,
    event: HookEvent,
    payload: &Value,
    now_ns: u64,
) -> Result<(), RecordError> {
    let Some(session) = str_field(payload, "session_id") else {
        return Ok(());
    };
    // Calls held by an earlier PostToolUse first (their outcome is in the rollout by now); all
    // of them once their turn is over, so none outlives its prompt's window.
    let all = matches!(
        event,
        HookEvent::Stopped
            | HookEvent::StopFailed
            | HookEvent::SessionEnd
            | HookEvent::PromptSubmitted
            | HookEvent::SessionStart
    );
    recorder.settle_held(session, all, &mut held_outcomes)?;
    match event {
        HookEvent::ToolFinished => match held(payload, now_ns) {
            Some(held) => recorder.action_held(session, held),
            None => claude_code::record(recorder, event, payload, now_ns),
        },
        HookEvent::SessionStart => {
            recorder.session_start(session, now_ns, str_field(payload, "source"), model(payload))
        }
        HookEvent::PromptSubmitted => {
            let prompt = Prompt {
                text: str_field(payload, "prompt").unwrap_or(""),
                prompt_id: str_field(payload, "turn_id"),
                ..Prompt::default()
            };
            recorder.prompt_submitted(session, now_ns, prompt)
        }
        HookEvent::Stopped | HookEvent::StopFailed => {
            let turn = str_field(payload, "transcript_path")
                .and_then(|p| read_turn(Path::new(p), str_field(payload, "turn_id")));
            let error = (event == HookEvent::StopFailed).then(|| claude_code::error_class(payload));
            let mut tokens = turn.as_ref().and_then(|t| t.tokens.clone());
            if let (Some(t), Some(m)) = (tokens.as_mut(), model(payload)) {
                t.model.get_or_insert_with(|| m.to_owned());
            }
            let end = PromptEnd {
                agent_text: turn.map(|t| t.agent_text),
                tokens,
                last_message: str_field(payload, "last_assistant_message"),
                failure: error.as_deref(),
            };
            recorder.prompt_stopped(session, now_ns, end)
        }
        other => claude_code::record(recorder, other, payload, now_ns),
    }
}

/// Above this much input and output a call is not held (session state is rewritten on every
/// event): it is recorded at once from what the hook saw, as a success.
const MAX_HELD_BYTES: usize = 64 << 10;

/// A PostToolUse to hold until its rollout output line is written; `None` when it cannot be
/// looked up (no call id or rollout) or is too large to keep in state.
fn held(payload: &Value, now_ns: u64) -> Option<HeldAction> {
    let input = payload.get("tool_input").cloned().unwrap_or(Value::Null);
    let response = payload.get("tool_response").cloned().unwrap_or(Value::Null);
    let size = |v: &Value| match v {
        Value::String(s) => s.len(),
        other => other.to_string().len(),
    };
    if size(&input) + size(&response) > MAX_HELD_BYTES {
        return None;
    }
    Some(HeldAction {
        at_ns: now_ns,
        tool_name: str_field(payload, "tool_name").unwrap_or("unknown").to_owned(),
        tool_use_id: str_field(payload, "tool_use_id")?.to_owned(),
        input,
        response,
        transcript_path: Some(str_field(payload, "transcript_path")?.to_owned()),
        duration_ms: u64_field(payload, "duration_ms"),
    })
}

/// What each held call's rollout says: its output line, when written yet.
fn held_outcomes(held: &[HeldAction]) -> Vec<HeldOutcome> {
    let mut outputs: std::collections::HashMap<&str, _> = std::collections::HashMap::new();
    for path in held.iter().filter_map(|h| h.transcript_path.as_deref()) {
        if outputs.contains_key(path) {
            continue;
        }
        let ids: Vec<&str> = held.iter().map(|h| h.tool_use_id.as_str()).collect();
        outputs.insert(path, read_call_outputs(Path::new(path), &ids));
    }
    held.iter()
        .map(|h| {
            let found = h
                .transcript_path
                .as_deref()
                .and_then(|p| outputs.get(p))
                .and_then(|o| o.get(h.tool_use_id.as_str()));
            match found {
                None => HeldOutcome::Unknown,
                Some(out) => match out.error() {
                    Some(error) => HeldOutcome::Failed(error),
                    None => HeldOutcome::Succeeded,
                },
            }
        })
        .collect()
}

/// At most this much of a rollout's end is searched for held calls' output lines: they were
/// written since the previous hook event, so they are near the end.
const OUTPUT_TAIL_BYTES: u64 = 1 << 20;

/// The output lines of calls `ids` in the end of a rollout (a regular file, read bounded),
/// by call id. Only lines naming one of the ids are parsed.
pub fn read_call_outputs(
    path: &Path,
    ids: &[&str],
) -> std::collections::HashMap<String, CallOutput> {
    let mut found = std::collections::HashMap::new();
    let Some(bytes) = tail_bytes(path, OUTPUT_TAIL_BYTES) else {
        return found;
    };
    for line in bytes.split(|b| *b == b'\n') {
        let named = |id: &&str| memchr::memmem::find(line, id.as_bytes()).is_some();
        if !ids.iter().any(named) || memchr::memmem::find(line, b"_call_output").is_none() {
            continue;
        }
        let Ok(line) = serde_json::from_slice::<Value>(line) else {
            continue;
        };
        let payload = line.get("payload").unwrap_or(&Value::Null);
        let kind = payload.get("type").and_then(Value::as_str);
        if line.get("type").and_then(Value::as_str) != Some("response_item")
            || !matches!(kind, Some("function_call_output" | "custom_tool_call_output"))
        {
            continue;
        }
        if let Some(id) = str_field(payload, "call_id").filter(|id| ids.contains(id)) {
            found.insert(id.to_owned(), call_output(payload.get("output")));
        }
    }
    found
}

/// A call's output line as the model saw it: its text, exit code and duration.
#[derive(Clone, Debug, PartialEq)]
pub struct CallOutput {
    /// The output text.
    pub text: String,
    /// The exit code, when the output names one.
    pub exit_code: Option<i64>,
    /// A non-zero exit code, or a patch that did not apply.
    pub failed: bool,
    /// How long it ran, when the output says.
    pub duration_ms: Option<u64>,
}

impl CallOutput {
    /// The failure text a failure event carries (`Exit code N\n<output>`), or `None`.
    pub fn error(&self) -> Option<String> {
        if !self.failed {
            return None;
        }
        Some(match self.exit_code {
            Some(code) => format!("Exit code {code}\n{}", self.text),
            None => self.text.clone(),
        })
    }
}

/// Parses a `function_call_output` / `custom_tool_call_output` item's `output`:
/// `{"output","metadata":{"exit_code","duration_seconds"}}` as a JSON string (0.5x), plain text
/// starting `Exit code: N` (0.7x), or text with a `Process exited with code N` line (unified
/// exec, 0.1xx).
pub fn call_output(output: Option<&Value>) -> CallOutput {
    let raw = match output {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let structured: Option<Value> =
        serde_json::from_str::<Value>(&raw).ok().filter(Value::is_object);
    let meta = structured.as_ref().and_then(|s| s.get("metadata"));
    let number =
        |rest: &str| rest.split(|c: char| !c.is_ascii_digit() && c != '-').next()?.parse().ok();
    let exit_code = meta.and_then(|m| m.get("exit_code")).and_then(Value::as_i64).or_else(|| {
        raw.strip_prefix("Exit code: ").and_then(number).or_else(|| {
            raw.lines()
                .take(8)
                .find_map(|l| l.strip_prefix("Process exited with code ").and_then(number))
        })
    });
    let failed =
        exit_code.is_some_and(|c| c != 0) || raw.starts_with("apply_patch verification failed");
    let duration_ms = meta
        .and_then(|m| m.get("duration_seconds"))
        .and_then(Value::as_f64)
        .map(|s| (s * 1000.0).max(0.0) as u64);
    let text = structured
        .as_ref()
        .and_then(|s| s.get("output").and_then(Value::as_str))
        .map(str::to_owned)
        .unwrap_or(raw);
    CallOutput { text, exit_code, failed, duration_ms }
}

fn model(payload: &Value) -> Option<&str> {
    str_field(payload, "model")
}

/// Reads the turn `turn_id` (else the last turn) from the end of a rollout: its `agent_message`
/// texts, and its tokens as the growth of `total_token_usage` over the turn.
pub fn read_turn(path: &Path, turn_id: Option<&str>) -> Option<TranscriptTurn> {
    let lines = tail_lines(path, ROLLOUT_TAIL_BYTES)?;
    let is_event = |l: &Value, kind: &str| {
        l.get("type").and_then(Value::as_str) == Some("event_msg")
            && l.pointer("/payload/type").and_then(Value::as_str) == Some(kind)
    };
    let starts = |l: &Value| match turn_id {
        Some(id) => {
            l.get("type").and_then(Value::as_str) == Some("turn_context")
                && l.pointer("/payload/turn_id").and_then(Value::as_str) == Some(id)
        }
        None => false,
    };
    let start = lines.iter().position(starts).or_else(|| {
        lines.iter().rposition(|l| is_event(l, "user_message") || message_item(l, "UserMessage"))
    })?;
    let total = |l: &Value| l.pointer("/payload/info/total_token_usage").map(counts);
    let before = lines[..start].iter().rev().find_map(total).unwrap_or_default();
    // Rollouts up to 0.1xx write `agent_message` events; later ones completed `AgentMessage`
    // items instead. A turn's words come from whichever it has, never both.
    let (mut events, mut items) = (Vec::new(), Vec::new());
    let mut after = None;
    for line in &lines[start..] {
        if line.get("type").and_then(Value::as_str) == Some("turn_context") && !starts(line) {
            // The next turn began (a turn_id that matched stays the only one read).
            if turn_id.is_some() && line.pointer("/payload/turn_id").is_some() {
                break;
            }
        }
        if line.get("type").and_then(Value::as_str) != Some("event_msg") {
            continue;
        }
        match line.pointer("/payload/type").and_then(Value::as_str) {
            Some("agent_message") => {
                events.extend(line.pointer("/payload/message").and_then(Value::as_str));
            }
            Some("item_completed") if message_item(line, "AgentMessage") => {
                items.push(item_text(line));
            }
            Some("token_count") => after = total(line).or(after),
            _ => {}
        }
    }
    let texts =
        if events.is_empty() { items } else { events.into_iter().map(str::to_owned).collect() };
    let tokens = after.map(|a| WindowTokens {
        main: Some(TokenCounts {
            input: a.input.saturating_sub(before.input),
            output: a.output.saturating_sub(before.output),
            cache_read: a.cache_read.saturating_sub(before.cache_read),
            cache_creation: 0,
        }),
        ..WindowTokens::default()
    });
    Some(TranscriptTurn { agent_text: texts.join("\n\n"), tokens })
}

/// True for an `item_completed` event whose item is of `kind` (`UserMessage`, `AgentMessage`).
pub(crate) fn message_item(line: &Value, kind: &str) -> bool {
    line.get("type").and_then(Value::as_str) == Some("event_msg")
        && line.pointer("/payload/type").and_then(Value::as_str) == Some("item_completed")
        && line.pointer("/payload/item/type").and_then(Value::as_str) == Some(kind)
}

/// The text of a completed message item (its text parts, joined).
pub(crate) fn item_text(line: &Value) -> String {
    let parts = line.pointer("/payload/item/content").and_then(Value::as_array);
    let texts = parts.into_iter().flatten().filter_map(|c| c.get("text").and_then(Value::as_str));
    texts.collect::<Vec<_>>().join("\n\n")
}

/// OpenAI usage in Anthropic's terms: `input` without the cached part, which is `cache_read`.
pub(crate) fn counts(usage: &Value) -> TokenCounts {
    let n = |key: &str| usage.get(key).and_then(Value::as_u64).unwrap_or(0);
    TokenCounts {
        input: n("input_tokens").saturating_sub(n("cached_input_tokens")),
        output: n("output_tokens"),
        cache_read: n("cached_input_tokens"),
        cache_creation: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_turn_counts_its_messages_and_the_growth_of_total_usage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rollout.jsonl");
        let usage = |i: u64, c: u64, o: u64| {
            format!(
                r#"{{"type":"event_msg","payload":{{"type":"token_count","info":{{"total_token_usage":{{"input_tokens":{i},"cached_input_tokens":{c},"output_tokens":{o}}}}}}}}}"#
            )
        };
        let lines = [
            r#"{"type":"turn_context","payload":{"turn_id":"t1","model":"gpt-5"}}"#.to_owned(),
            r#"{"type":"event_msg","payload":{"type":"agent_message","message":"old words"}}"#
                .to_owned(),
            usage(100, 0, 10),
            r#"{"type":"turn_context","payload":{"turn_id":"t2","model":"gpt-5"}}"#.to_owned(),
            r#"{"type":"event_msg","payload":{"type":"agent_message","message":"two new"}}"#
                .to_owned(),
            usage(300, 50, 40),
        ];
        std::fs::write(&path, lines.join("\n")).unwrap();
        let turn = read_turn(&path, Some("t2")).unwrap();
        assert_eq!(turn.agent_text, "two new");
        let main = turn.tokens.unwrap().main.unwrap();
        assert_eq!((main.input, main.cache_read, main.output), (150, 50, 30));
        assert_eq!(read_turn(&path, Some("t1")).unwrap().agent_text, "old words");
    }
}
