//! The Claude Code adapter: one hook payload (any version from 1.0.x on) mapped onto the
//! [`Recorder`]. Unknown events and missing fields are tolerated.

use super::{Harness, HookEvent, SettingsFile, Timeout};
use crate::payload::{str_field, u64_field};
use crate::recorder::{Action, Agent, Permission, Prompt, PromptEnd, RecordError, Recorder};
use crate::signals::action::{CLAUDE_CODE_TOOLS, ToolOutcome};
use serde_json::Value;

/// Claude Code: hooks in `settings.json`, nothing on stdout.
pub static HARNESS: Harness = Harness {
    name: "claude-code",
    provider: "anthropic",
    events: &[
        ("SessionStart", HookEvent::SessionStart),
        ("UserPromptSubmit", HookEvent::PromptSubmitted),
        ("PreToolUse", HookEvent::ToolStarted),
        ("PostToolUse", HookEvent::ToolFinished),
        ("PostToolUseFailure", HookEvent::ToolFailed),
        ("PermissionRequest", HookEvent::PermissionRequested),
        ("PermissionDenied", HookEvent::PermissionDenied),
        ("Notification", HookEvent::Notification),
        ("Stop", HookEvent::Stopped),
        ("StopFailure", HookEvent::StopFailed),
        ("SubagentStart", HookEvent::SubagentStarted),
        ("SubagentStop", HookEvent::SubagentStopped),
        ("PreCompact", HookEvent::PreCompact),
        ("PostCompact", HookEvent::PostCompact),
        ("SessionEnd", HookEvent::SessionEnd),
    ],
    tool_events: &[
        "PreToolUse",
        "PostToolUse",
        "PostToolUseFailure",
        "PermissionRequest",
        "PermissionDenied",
    ],
    settings: SettingsFile {
        dir_env: Some("CLAUDE_CONFIG_DIR"),
        dir: ".claude",
        file: "settings.json",
        local_file: Some("settings.local.json"),
    },
    timeout: Timeout::Seconds(5),
    reply: "",
    tools: CLAUDE_CODE_TOOLS,
    record,
    after_install: None,
};

/// Feeds one payload to `recorder` by its `hook_event_name`; an event Claude Code sends that
/// the adapter does not know is logged and ignored.
pub fn handle(recorder: &Recorder, payload: &Value, now_ns: u64) -> Result<(), RecordError> {
    if let Some(unknown) = HARNESS.handle(recorder, payload, now_ns)? {
        tracing::debug!(event = unknown, "Unknown hook event; ignored.");
    }
    Ok(())
}

/// Maps one Claude-Code-shaped payload of a known event onto `recorder`.
pub fn record(
    recorder: &Recorder,
    event: HookEvent,
    payload: &Value,
    now_ns: u64,
) -> Result<(), RecordError> {
    let Some(session) = str_field(payload, "session_id") else {
        tracing::debug!(?event, "Payload without session_id; ignored.");
        return Ok(());
    };
    let at = now_ns;
    match event {
        HookEvent::SessionStart => recorder.session_start(
            session,
            at,
            str_field(payload, "source"),
            model(payload).as_deref(),
        ),
        HookEvent::PromptSubmitted => {
            // Remember where this prompt's window starts in the transcript. A transcript that
            // does not exist yet (a new session's first prompt) starts at byte 0.
            let transcript = match str_field(payload, "transcript_path") {
                // Only a regular file (a FIFO or device would stall the read at Stop), or none
                // yet.
                Some(path) => match std::fs::metadata(path) {
                    Ok(meta) if meta.is_file() => Some((path, meta.len())),
                    Ok(_) => None,
                    Err(_) => Some((path, 0)),
                },
                None => None,
            };
            let prompt = Prompt {
                text: str_field(payload, "prompt").unwrap_or(""),
                prompt_id: str_field(payload, "prompt_id"),
                transcript,
                ..Prompt::default()
            };
            recorder.prompt_submitted(session, at, prompt)
        }
        HookEvent::ToolStarted => recorder.action_started(session, at, action(payload)),
        HookEvent::ToolFinished | HookEvent::ToolFailed => {
            let error = (event == HookEvent::ToolFailed).then(|| error_text(payload));
            let outcome = match &error {
                None => ToolOutcome::Succeeded {
                    response: payload.get("tool_response").unwrap_or(&Value::Null),
                },
                Some(error) => ToolOutcome::Failed {
                    error,
                    interrupted: payload
                        .get("is_interrupt")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                },
            };
            let duration_ms = u64_field(payload, "duration_ms");
            recorder.action_finished(session, at, action(payload), outcome, duration_ms)
        }
        HookEvent::PermissionRequested => {
            recorder.permission_for(session, at, action(payload), Permission::Requested)
        }
        HookEvent::PreCompact => recorder.compacted(session, at),
        HookEvent::Stopped | HookEvent::StopFailed => {
            let error = (event == HookEvent::StopFailed).then(|| error_class(payload));
            let end = PromptEnd {
                agent_text: None,
                tokens: None,
                last_message: str_field(payload, "last_assistant_message"),
                failure: error.as_deref(),
            };
            recorder.prompt_stopped(session, at, end)
        }
        HookEvent::SessionEnd => recorder.session_end(session, at, str_field(payload, "reason")),
        HookEvent::PermissionDenied => {
            recorder.permission_for(session, at, action(payload), Permission::Denied)
        }
        // A subagent's own transcript holds its tokens.
        HookEvent::SubagentStopped => {
            let used = str_field(payload, "agent_transcript_path")
                .and_then(|p| crate::transcript::subagent_file_tokens(std::path::Path::new(p)));
            recorder.subagent_tokens(session, at, used)
        }
        // Replay's own event; no harness sends it.
        HookEvent::Notification
        | HookEvent::SubagentStarted
        | HookEvent::PostCompact
        | HookEvent::ModelResponded
        | HookEvent::WindowText => recorder.touch(session, at, &mut |_| {}),
    }
}

fn action(payload: &Value) -> Action<'_> {
    Action {
        tool_name: str_field(payload, "tool_name").unwrap_or("unknown"),
        tool_use_id: str_field(payload, "tool_use_id"),
        input: payload.get("tool_input").unwrap_or(&Value::Null),
        agent: str_field(payload, "agent_id")
            .map(|id| Agent { id, kind: str_field(payload, "agent_type") }),
    }
}

/// SessionStart's `model`: a string, or an object with `id` / `display_name` in some versions.
fn model(payload: &Value) -> Option<String> {
    match payload.get("model")? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Object(o) => {
            o.get("id").or_else(|| o.get("display_name")).and_then(Value::as_str).map(str::to_owned)
        }
        _ => None,
    }
}

fn error_text(payload: &Value) -> String {
    match payload.get("error") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The error classes Claude Code names in StopFailure; anything else is `unknown`.
const ERROR_CLASSES: &[&str] = &[
    "rate_limit",
    "overloaded",
    "authentication_failed",
    "billing_error",
    "invalid_request",
    "server_error",
    "max_output_tokens",
    "timeout",
    "unknown",
];

/// StopFailure's error class (`rate_limit`, `overloaded`, ...), never a raw message: a free-text
/// error could hold prompt text or a secret, so only a known class leaves the machine.
pub(super) fn error_class(payload: &Value) -> String {
    let raw = match payload.get("error") {
        Some(Value::String(s)) => s.as_str(),
        Some(Value::Object(o)) => o.get("type").and_then(Value::as_str).unwrap_or("unknown"),
        _ => "unknown",
    };
    // API error types (`rate_limit_error`, `overloaded_error`) name the same classes.
    let class = raw.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    let known =
        ERROR_CLASSES.iter().find(|c| class == **c || class.strip_suffix("_error") == Some(**c));
    known.copied().unwrap_or("unknown").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn stop_failure_errors_become_known_classes_or_unknown() {
        for (error, class) in [
            (json!("rate_limit"), "rate_limit"),
            (json!({"type": "overloaded_error"}), "overloaded"),
            (json!("server_error"), "server_error"),
            (json!("Request failed for user alice: sk-ant-xyz"), "unknown"),
            (json!(42), "unknown"),
        ] {
            assert_eq!(error_class(&json!({ "error": error })), class);
        }
    }
}
