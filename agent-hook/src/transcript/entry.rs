//! What a transcript line is: a human prompt, an interrupt marker, tool results, agent blocks.
//!
//! The rules are the study's ("Prompt" in `proto/TELEMETRY.md` and issue 3): a prompt is a
//! `user` line that is not sidechain, not `isMeta`, not a compact summary, whose content is a
//! string or text/image blocks, and that is neither a command wrapper nor an interrupt marker.

use serde_json::Value;

/// Line types Claude Code has written so far (1.0.x to 2.1.332). Other types count as bad lines.
pub const KNOWN_TYPES: &[&str] = &[
    "user",
    "assistant",
    "system",
    "summary",
    "file-history-snapshot",
    "progress",
    "queue-operation",
    "attachment",
    "permission-mode",
    "custom-title",
    "agent-name",
    "last-prompt",
    // 2.1.3xx bookkeeping lines (no prompt, action or agent text in them).
    "atis-latch",
    "api-request",
    "api-request-shape",
    "api-request-blob",
    "tools-used",
    "cost-state",
    "mode",
];

/// Tags that open text the harness writes itself (slash commands, `!` shell, reminders).
const WRAPPER_TAGS: &[&str] = &[
    "<command-name>",
    "<command-message>",
    "<command-args>",
    "<command-contents>",
    "<local-command-stdout>",
    "<local-command-stderr>",
    "<local-command-caveat>",
    "<bash-input>",
    "<bash-stdout>",
    "<bash-stderr>",
    "<user-memory-input>",
    "<system-reminder>",
    "<task-notification>",
];

/// The text Claude Code writes when the user interrupts a turn.
pub const INTERRUPT_MARKER: &str = "[Request interrupted by user";

/// The line's `type`.
pub fn kind(line: &Value) -> Option<&str> {
    line.get("type").and_then(Value::as_str)
}

/// True when the line belongs to a subagent (inline older layout, or a subagent file).
pub fn is_sidechain(line: &Value) -> bool {
    flag(line, "isSidechain")
}

/// The value of a boolean field, false when absent.
pub fn flag(line: &Value, key: &str) -> bool {
    line.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// A string field of the line.
pub fn text_field<'a>(line: &'a Value, key: &str) -> Option<&'a str> {
    line.get(key).and_then(Value::as_str)
}

/// The `message.content` of a line.
pub fn content(line: &Value) -> Option<&Value> {
    line.get("message").and_then(|m| m.get("content"))
}

/// The human-visible text of a user line whose content is a string or text/image blocks.
fn user_text(line: &Value) -> Option<String> {
    match content(line)? {
        Value::String(text) => Some(text.clone()),
        Value::Array(blocks) => {
            let mut text = Vec::new();
            for block in blocks {
                match block.get("type").and_then(Value::as_str) {
                    Some("text") => text.push(block.get("text").and_then(Value::as_str)?),
                    Some("image") => {}
                    _ => return None,
                }
            }
            (!blocks.is_empty()).then(|| text.join("\n"))
        }
        _ => None,
    }
}

/// The prompt text when the line is a human prompt, else `None`.
pub fn prompt_text(line: &Value) -> Option<String> {
    if kind(line) != Some("user")
        || is_sidechain(line)
        || flag(line, "isMeta")
        || flag(line, "isCompactSummary")
        || line.get("toolUseResult").is_some()
    {
        return None;
    }
    let text = user_text(line)?;
    let start = text.trim_start();
    if start.starts_with(INTERRUPT_MARKER) || WRAPPER_TAGS.iter().any(|tag| start.starts_with(tag))
    {
        return None;
    }
    Some(text)
}

/// True when the line is an interrupt marker (`[Request interrupted by user…]`).
pub fn is_interrupt_marker(line: &Value) -> bool {
    kind(line) == Some("user")
        && !flag(line, "isMeta")
        && user_text(line).is_some_and(|t| t.trim_start().starts_with(INTERRUPT_MARKER))
}

/// The content blocks of an assistant line (empty for other lines).
pub fn blocks(line: &Value) -> &[Value] {
    content(line).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// The `tool_result` blocks of a user line, in order.
pub fn tool_results(line: &Value) -> Vec<&Value> {
    blocks(line)
        .iter()
        .filter(|b| b.get("type").and_then(Value::as_str) == Some("tool_result"))
        .collect()
}

/// The `message.id` of an assistant line (blocks of one API response share it).
pub fn message_id(line: &Value) -> Option<&str> {
    line.get("message").and_then(|m| m.get("id")).and_then(Value::as_str)
}

/// The text of a `tool_result` block's content: a string, or its text blocks joined.
pub fn result_text(block: &Value) -> String {
    match block.get("content") {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(|p| p.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

/// Whitespace-separated words.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}
