//! Deterministic trace and span ids derived from the harness's own ids, so the same event sent
//! twice (live, replayed, or retried from the spool) is the same span.

use sha2::{Digest, Sha256};

fn digest(parts: &[&str]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        // Length-prefix each part so ("ab","c") and ("a","bc") differ.
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hasher.finalize().into()
}

fn trace_from(parts: &[&str]) -> [u8; 16] {
    let d = digest(parts);
    let mut id = [0u8; 16];
    id.copy_from_slice(&d[..16]);
    // An all-zero id is invalid in OTLP; the chance is negligible but the fix is free.
    if id == [0; 16] {
        id[15] = 1;
    }
    id
}

fn span_from(parts: &[&str]) -> [u8; 8] {
    let d = digest(parts);
    let mut id = [0u8; 8];
    id.copy_from_slice(&d[..8]);
    if id == [0; 8] {
        id[7] = 1;
    }
    id
}

/// Trace of one prompt: `(session_id, prompt_index)`.
pub fn prompt_trace_id(session_id: &str, prompt_index: u64) -> [u8; 16] {
    trace_from(&["prompt", session_id, &prompt_index.to_string()])
}

/// Root (`invoke_agent`) span of one prompt.
pub fn prompt_span_id(session_id: &str, prompt_index: u64) -> [u8; 8] {
    span_from(&["prompt", session_id, &prompt_index.to_string()])
}

/// Action (`execute_tool`) span: keyed by the harness's tool-use id when it has one, else by the
/// action's ordinal within the prompt (1.0.x payloads carry no tool_use_id).
pub fn action_span_id(session_id: &str, tool_call_key: &str) -> [u8; 8] {
    span_from(&["action", session_id, tool_call_key])
}

/// Trace that holds a session's start and end spans.
pub fn session_trace_id(session_id: &str) -> [u8; 16] {
    trace_from(&["session", session_id])
}

/// Session start (`which` = `start`) or end (`which` = `end`) span.
pub fn session_span_id(session_id: &str, which: &str) -> [u8; 8] {
    span_from(&["session", session_id, which])
}

/// A fact read from one native log event (the harness's own telemetry): keyed by the event's
/// name and whatever makes it unique within the session (its sequence number, time, call id), so
/// the same event exported twice is one fact.
pub fn native_event_span_id(session_id: &str, event_name: &str, key: &str) -> [u8; 8] {
    span_from(&["native", session_id, event_name, key])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_inputs_give_same_ids_and_different_inputs_differ() {
        assert_eq!(prompt_trace_id("s", 0), prompt_trace_id("s", 0));
        assert_ne!(prompt_trace_id("s", 0), prompt_trace_id("s", 1));
        assert_ne!(action_span_id("ab", "c"), action_span_id("a", "bc"));
        assert_ne!(session_span_id("s", "start"), session_span_id("s", "end"));
    }
}
