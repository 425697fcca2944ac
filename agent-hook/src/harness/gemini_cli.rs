//! The Gemini CLI adapter. Gemini CLI parses a hook's stdout as JSON on every event, so the
//! hook answers `{}` (changes nothing). Its tool events carry no call id (calls pair by order).
//! A turn's words and tokens come from the chat file (`transcript_path`) when the turn ends
//! (`AfterAgent`); its `prompt_response` and the usage of `AfterModel` (which leaves out the
//! cached part) stand in when the file cannot be read.

use std::collections::HashMap;
use std::path::Path;

use super::{Harness, HookEvent, SettingsFile, Timeout, TranscriptTurn, tail_lines};
use crate::payload::str_field;
use crate::recorder::{Action, Prompt, PromptEnd, RecordError, Recorder};
use crate::signals::action::{GEMINI_CLI_TOOLS, ToolOutcome};
use crate::transcript::{TokenCounts, WindowTokens};
use serde_json::Value;

/// Gemini CLI: hooks in `.gemini/settings.json`, timeouts in milliseconds, `{}` on stdout.
pub static HARNESS: Harness = Harness {
    name: "gemini-cli",
    provider: "google",
    events: &[
        ("SessionStart", HookEvent::SessionStart),
        ("BeforeAgent", HookEvent::PromptSubmitted),
        ("BeforeTool", HookEvent::ToolStarted),
        ("AfterTool", HookEvent::ToolFinished),
        ("AfterModel", HookEvent::ModelResponded),
        ("AfterAgent", HookEvent::Stopped),
        ("Notification", HookEvent::Notification),
        // Gemini CLI 0.61 fires it (`trigger: auto`) before every model call, compressing or
        // not: it only moves the prompt's last-seen time.
        ("PreCompress", HookEvent::Notification),
        ("SessionEnd", HookEvent::SessionEnd),
    ],
    tool_events: &["BeforeTool", "AfterTool"],
    settings: SettingsFile {
        dir_env: None,
        dir: ".gemini",
        file: "settings.json",
        local_file: None,
    },
    timeout: Timeout::Millis(5000),
    reply: "{}",
    tools: GEMINI_CLI_TOOLS,
    record,
    after_install: None,
};

fn record(
    recorder: &Recorder,
    event: HookEvent,
    payload: &Value,
    at: u64,
) -> Result<(), RecordError> {
    let Some(session) = str_field(payload, "session_id") else {
        return Ok(());
    };
    match event {
        HookEvent::SessionStart => {
            let source = str_field(payload, "source").or_else(|| str_field(payload, "trigger"));
            recorder.session_start(session, at, source, None)
        }
        HookEvent::PromptSubmitted => {
            let prompt =
                Prompt { text: str_field(payload, "prompt").unwrap_or(""), ..Prompt::default() };
            recorder.prompt_submitted(session, at, prompt)
        }
        HookEvent::ToolStarted => recorder.action_started(session, at, action(payload)),
        HookEvent::ToolFinished => {
            let response = payload.get("tool_response").unwrap_or(&Value::Null);
            let error = failure(response);
            let outcome = match &error {
                Some(error) => ToolOutcome::Failed { error, interrupted: false },
                None => ToolOutcome::Succeeded { response },
            };
            recorder.action_finished(session, at, action(payload), outcome, None)
        }
        HookEvent::ModelResponded => match usage(payload) {
            Some(used) => recorder.touch(session, at, &mut |open| {
                let tokens = open.tokens.get_or_insert_with(WindowTokens::default);
                tokens.main = Some(tokens.main.unwrap_or_default().plus(used.counts));
                if let Some(model) = used.model {
                    tokens.model = Some(model.to_owned());
                }
            }),
            None => recorder.touch(session, at, &mut |_| {}),
        },
        HookEvent::Stopped => {
            let reply = str_field(payload, "prompt_response");
            let turn = str_field(payload, "transcript_path").and_then(|p| read_turn(Path::new(p)));
            let (text, tokens) = match turn {
                Some(turn) => (turn.agent_text, turn.tokens),
                None => (reply.unwrap_or_default().to_owned(), None),
            };
            let end =
                PromptEnd { agent_text: Some(text), tokens, last_message: reply, failure: None };
            recorder.prompt_stopped(session, at, end)
        }
        HookEvent::SessionEnd => recorder.session_end(session, at, str_field(payload, "reason")),
        _ => recorder.touch(session, at, &mut |_| {}),
    }
}

fn action(payload: &Value) -> Action<'_> {
    Action {
        tool_name: str_field(payload, "tool_name").unwrap_or("unknown"),
        tool_use_id: None,
        input: payload.get("tool_input").unwrap_or(&Value::Null),
        agent: None,
    }
}

/// A failed call's error text: `tool_response.error`, or a shell command's non-zero
/// `Exit Code: N` in `llmContent` (Gemini CLI reports those as successes).
fn failure(response: &Value) -> Option<String> {
    match response.get("error") {
        Some(Value::Null) | None => {}
        Some(Value::String(s)) => return Some(s.clone()),
        Some(e) => {
            let message = e.get("message").and_then(Value::as_str).unwrap_or("tool error");
            return Some(message.to_owned());
        }
    }
    let content = response.get("llmContent").and_then(Value::as_str)?;
    let code = content.split("Exit Code: ").nth(1)?;
    let code: i64 = code.split(|c: char| !c.is_ascii_digit() && c != '-').next()?.parse().ok()?;
    (code != 0).then(|| format!("Exit code {code}\n{content}"))
}

/// At most this much of a chat file's end is read when a turn ends.
const CHAT_TAIL_BYTES: u64 = 8 << 20;

/// Reads the last turn of a chat file (`session-*.jsonl`): the model messages after the last
/// user message with text (a tool result is a user message without text). A message is
/// written again as it grows (its tool calls added), so the last line of each id counts.
pub fn read_turn(path: &Path) -> Option<TranscriptTurn> {
    let lines = tail_lines(path, CHAT_TAIL_BYTES)?;
    let is_prompt = |l: &Value| {
        l.get("type").and_then(Value::as_str) == Some("user")
            && l.get("content").and_then(Value::as_array).is_some_and(|parts| {
                parts.iter().any(|p| p.get("text").and_then(Value::as_str).is_some())
            })
    };
    let start = lines.iter().rposition(is_prompt)?;
    let mut order: Vec<&str> = Vec::new();
    let mut messages: HashMap<&str, &Value> = HashMap::new();
    for line in &lines[start + 1..] {
        let (Some("gemini"), Some(id)) =
            (line.get("type").and_then(Value::as_str), line.get("id").and_then(Value::as_str))
        else {
            continue;
        };
        if messages.insert(id, line).is_none() {
            order.push(id);
        }
    }
    let mut texts = Vec::new();
    let mut counts: Option<TokenCounts> = None;
    let mut model = None;
    for message in order.iter().filter_map(|id| messages.get(id)) {
        match message.get("content") {
            Some(Value::String(text)) if !text.is_empty() => texts.push(text.clone()),
            Some(Value::Array(parts)) => texts.extend(
                parts
                    .iter()
                    .filter_map(|p| p.get("text").and_then(Value::as_str))
                    .map(str::to_owned),
            ),
            _ => {}
        }
        if let Some(tokens) = message.get("tokens") {
            let n = |key: &str| tokens.get(key).and_then(Value::as_u64).unwrap_or(0);
            let used = TokenCounts {
                input: n("input").saturating_sub(n("cached")),
                output: n("output") + n("thoughts"),
                cache_read: n("cached"),
                cache_creation: 0,
            };
            counts = Some(counts.unwrap_or_default().plus(used));
        }
        model = message.get("model").and_then(Value::as_str).or(model);
    }
    let tokens = counts.map(|main| WindowTokens {
        main: Some(main),
        model: model.map(str::to_owned),
        ..WindowTokens::default()
    });
    Some(TranscriptTurn { agent_text: texts.join("\n\n"), tokens })
}

struct ModelUsage<'a> {
    counts: TokenCounts,
    model: Option<&'a str>,
}

/// The usage of a finished model response. Streamed chunks fire `AfterModel` each; only the
/// last one has a `finishReason`, and only it is counted.
fn usage(payload: &Value) -> Option<ModelUsage<'_>> {
    let response = payload.get("llm_response")?;
    let finished = response
        .get("candidates")
        .and_then(Value::as_array)
        .is_some_and(|c| c.iter().any(|c| c.get("finishReason").is_some_and(|r| !r.is_null())));
    if !finished {
        return None;
    }
    let meta = response.get("usageMetadata")?;
    let n = |key: &str| meta.get(key).and_then(Value::as_u64).unwrap_or(0);
    let cached = n("cachedContentTokenCount");
    Some(ModelUsage {
        counts: TokenCounts {
            input: n("promptTokenCount").saturating_sub(cached),
            output: n("candidatesTokenCount") + n("thoughtsTokenCount"),
            cache_read: cached,
            cache_creation: 0,
        },
        model: payload.pointer("/llm_request/model").and_then(Value::as_str),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_shell_exit_code_is_a_failure_and_a_clean_call_is_not() {
        assert_eq!(failure(&json!({"llmContent": "ok"})), None);
        assert!(failure(&json!({"llmContent": "Output: x\nExit Code: 2"})).is_some());
        assert_eq!(failure(&json!({"llmContent": "Exit Code: 0"})), None);
        assert_eq!(failure(&json!({"error": {"message": "no file"}})).as_deref(), Some("no file"));
    }

    #[test]
    fn only_a_finished_response_counts_its_usage() {
        let chunk = json!({"llm_response": {"candidates": [{"content": {}}],
            "usageMetadata": {"promptTokenCount": 10}}});
        assert!(usage(&chunk).is_none());
        let last = json!({"llm_request": {"model": "gemini-2.5-pro"},
            "llm_response": {"candidates": [{"finishReason": "STOP"}],
            "usageMetadata": {"promptTokenCount": 100, "cachedContentTokenCount": 40,
                              "candidatesTokenCount": 7, "thoughtsTokenCount": 3}}});
        let used = usage(&last).unwrap();
        assert_eq!((used.counts.input, used.counts.cache_read, used.counts.output), (60, 40, 10));
        assert_eq!(used.model, Some("gemini-2.5-pro"));
    }
}
