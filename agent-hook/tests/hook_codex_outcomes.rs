//! Codex CLI live: PostToolUse carries a call's output but not its exit code, which Codex
//! appends to its rollout only after the hook ran. The real hook binary is fed Codex payloads
//! while a handwritten rollout grows line by line, as Codex writes it: a returned call is held
//! until the session's next event finds its output line (failed or not), and a call whose line
//! never came is settled as a success when the turn stops. No call is lost or counted twice.

mod common;

use common::HookEnv;
use serde_json::{Value, json};
use std::io::Write;
use std::path::Path;

fn append(rollout: &Path, line: Value) {
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(rollout).unwrap();
    writeln!(f, "{line}").unwrap();
}

fn output_line(call_id: &str, exit_code: i32) -> Value {
    let output = format!(
        "Chunk ID: 1\nWall time: 0.0 seconds\nProcess exited with code {exit_code}\n\
         Original token count: 0\nOutput:\n"
    );
    json!({"timestamp": "2026-01-01T00:00:02.000Z", "type": "response_item",
           "payload": {"type": "function_call_output", "call_id": call_id, "output": output}})
}

fn call_line(call_id: &str, cmd: &str) -> Value {
    let arguments = json!({ "cmd": cmd }).to_string();
    json!({"timestamp": "2026-01-01T00:00:01.000Z", "type": "response_item",
           "payload": {"type": "function_call", "name": "exec_command", "call_id": call_id,
                       "arguments": arguments}})
}

fn execute_tool_spans(env: &HookEnv) -> Vec<Value> {
    let spans = env.spooled_spans();
    spans
        .into_iter()
        .filter(|s| s["name"].as_str().is_some_and(|n| n.starts_with("execute_tool")))
        .collect()
}

fn call_id(span: &Value) -> String {
    let attrs = span["attributes"].as_array().unwrap();
    let id = attrs.iter().find(|kv| kv[0] == "gen_ai.tool.call.id").unwrap();
    id[1].as_str().unwrap().to_owned()
}

#[test]
fn codex_calls_are_held_until_the_rollout_says_how_they_ended() {
    let env = HookEnv::new("background_sender = false\n");
    let dir = tempfile::tempdir().unwrap();
    let rollout = dir.path().join("rollout-live.jsonl");
    let path = rollout.to_str().unwrap();
    let event = |name: &str, extra: Value| {
        let mut payload = json!({"session_id": "live-codex", "transcript_path": path,
            "cwd": "/repo", "hook_event_name": name, "model": "gpt-5.5", "turn_id": "t1"});
        payload.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        env.hook_as("codex", payload.to_string().as_bytes(), &[]);
    };
    let tool = |name: &str, id: &str, cmd: &str, response: Option<&str>| {
        let mut extra = json!({"tool_name": "Bash", "tool_use_id": id,
                               "tool_input": {"command": cmd}});
        if let Some(r) = response {
            extra["tool_response"] = json!(r);
        }
        event(name, extra);
    };

    append(
        &rollout,
        json!({"type": "session_meta", "payload": {"id": "live-codex", "cwd": "/repo"}}),
    );
    event("SessionStart", json!({"source": "startup"}));
    append(
        &rollout,
        json!({"type": "turn_context", "payload": {"turn_id": "t1", "model": "gpt-5.5"}}),
    );
    append(
        &rollout,
        json!({"type": "event_msg", "payload": {"type": "user_message", "message": "check"}}),
    );
    event("UserPromptSubmit", json!({"prompt": "check"}));

    // A call that exits 3: its PostToolUse comes before its output line is in the rollout.
    append(&rollout, call_line("call_fail", "exit 3"));
    tool("PreToolUse", "call_fail", "exit 3", None);
    tool("PostToolUse", "call_fail", "exit 3", Some(""));
    assert!(execute_tool_spans(&env).is_empty(), "held until its outcome is known");

    // Codex writes the output line; the next call's PreToolUse settles the held one.
    append(&rollout, output_line("call_fail", 3));
    append(&rollout, call_line("call_ok", "ls"));
    tool("PreToolUse", "call_ok", "ls", None);
    let spans = execute_tool_spans(&env);
    assert_eq!(spans.len(), 1, "{spans:#?}");
    assert_eq!(call_id(&spans[0]), "call_fail");
    assert_eq!(spans[0]["error"], "exit_code", "{:#}", spans[0]);

    // A call that succeeds, settled by a third call's PreToolUse.
    tool("PostToolUse", "call_ok", "ls", Some("src\n"));
    append(&rollout, output_line("call_ok", 0));
    append(&rollout, call_line("call_late", "pwd"));
    tool("PreToolUse", "call_late", "pwd", None);
    let spans = execute_tool_spans(&env);
    assert_eq!(spans.len(), 2, "{spans:#?}");
    assert_eq!(call_id(&spans[1]), "call_ok");
    assert!(spans[1].get("error").is_none(), "{:#}", spans[1]);

    // A call whose output line is still absent when the turn stops counts as a success.
    tool("PostToolUse", "call_late", "pwd", Some("/repo\n"));
    event("Stop", json!({"last_assistant_message": "done", "stop_hook_active": false}));
    let spans = execute_tool_spans(&env);
    let ids: Vec<String> = spans.iter().map(call_id).collect();
    assert_eq!(ids, ["call_fail", "call_ok", "call_late"], "each call once");
    assert!(spans[2].get("error").is_none(), "{:#}", spans[2]);
    let failed: Vec<bool> = spans.iter().map(|s| s.get("error").is_some()).collect();
    assert_eq!(failed, [true, false, false]);
    let root = env.spooled_spans().into_iter().find(|s| s["name"] == "invoke_agent codex");
    assert!(root.is_some(), "the prompt closed after its actions");

    // Nothing stays held: the session's state is clear of held calls.
    let state = std::fs::read_dir(env.state().join("sessions"))
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| e.path().extension().is_some_and(|x| x == "json"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .unwrap();
    let last: Value = serde_json::from_str(state.lines().last().unwrap()).unwrap();
    assert!(last.get("held").is_none(), "{last:#}");
}
