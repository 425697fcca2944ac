//! The hook never hurts the agent: every input (garbage, empty, unknown, huge, damaged) and an
//! unusable state dir end in exit 0 with nothing on stdout, and whatever can be kept is kept.

mod common;

use common::HookEnv;
use serde_json::json;

const OFFLINE: &str = "background_sender = false\n";

fn line(v: serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(&v).unwrap()
}

#[test]
fn garbage_empty_and_unknown_input_exit_zero_with_empty_stdout() {
    let env = HookEnv::new(OFFLINE);
    let deep = "[".repeat(100_000);
    let inputs: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"   \n".to_vec(),
        b"garbage".to_vec(),
        b"{".to_vec(),
        b"[1,2,3]".to_vec(),
        b"null".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x7b],
        deep.into_bytes(),
        line(json!({"hook_event_name": "NotYetInvented", "session_id": "s"})),
        line(json!({"hook_event_name": "Stop"})),
        line(json!({"session_id": "s"})),
        line(json!({"session_id": 42, "hook_event_name": ["x"]})),
        line(json!({"session_id": "s", "hook_event_name": "PostToolUse"})),
    ];
    for input in &inputs {
        env.hook(input, &[]);
    }
    // Unknown flags on the hook's command line are no reason to fail either.
    env.hook(
        &line(json!({"session_id": "s", "hook_event_name": "SessionEnd"})),
        &["--no-such-flag"],
    );
    let log = std::fs::read_to_string(env.state().join("hook.log")).unwrap_or_default();
    assert!(log.contains("not a JSON object"), "problems go to the hook's log: {log}");
}

#[test]
fn gemini_cli_gets_exactly_an_empty_json_object_and_codex_nothing_on_any_input() {
    let env = HookEnv::new(OFFLINE);
    let inputs: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"garbage".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x7b],
        line(json!({"hook_event_name": "BeforeToolSelection", "session_id": "g"})),
        line(json!({"hook_event_name": "AfterTool", "session_id": "g"})),
        line(json!({"hook_event_name": "BeforeAgent", "session_id": "g", "prompt": "hi"})),
    ];
    for input in &inputs {
        let out = env.hook_as("gemini-cli", input, &["--no-such-flag"]);
        assert_eq!(out.stdout, b"{}", "Gemini CLI parses stdout as JSON");
        let out = env.hook_as("codex", input, &[]);
        assert!(out.stdout.is_empty(), "codex: {:?}", String::from_utf8_lossy(&out.stdout));
    }
}

#[test]
fn an_unknown_event_is_logged_once_per_harness() {
    let env = HookEnv::new(OFFLINE);
    let unknown = line(json!({"hook_event_name": "FutureEvent", "session_id": "u"}));
    for _ in 0..3 {
        env.hook(&unknown, &[]);
        env.hook_as("codex", &unknown, &[]);
    }
    let log = std::fs::read_to_string(env.state().join("hook.log")).unwrap_or_default();
    assert_eq!(log.matches("Unknown hook event").count(), 2, "{log}");
}

#[test]
fn a_ten_megabyte_tool_response_is_recorded_without_its_content() {
    let env = HookEnv::new(OFFLINE);
    let big = "x".repeat(10 * 1024 * 1024);
    env.hook(
        &line(
            json!({"session_id": "big", "hook_event_name": "UserPromptSubmit", "prompt": "run it"}),
        ),
        &[],
    );
    env.hook(&line(json!({"session_id": "big", "hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_input": {"command": "cat huge.log"}, "tool_use_id": "t1"})), &[]);
    env.hook(
        &line(json!({"session_id": "big", "hook_event_name": "PostToolUse", "tool_name": "Bash", "tool_input": {"command": "cat huge.log"}, "tool_use_id": "t1", "tool_response": {"stdout": big, "stderr": ""}})),
        &[],
    );
    let spans = env.spooled_spans();
    assert_eq!(spans.len(), 1, "{spans:#?}");
    assert_eq!(spans[0]["name"], "execute_tool Bash");
    let spool_bytes: u64 = std::fs::read_dir(env.spool())
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    assert!(spool_bytes < 16 * 1024, "the output is not kept: {spool_bytes} bytes spooled");
}

#[test]
fn a_damaged_payload_with_lone_surrogates_still_counts() {
    let env = HookEnv::new(OFFLINE);
    env.hook(br#"{"session_id":"win","hook_event_name":"UserPromptSubmit","prompt":"fix caf\udc8f bug"}"#, &[]);
    env.hook(
        br#"{"session_id":"win","hook_event_name":"Stop","last_assistant_message":"done \ud83d"}"#,
        &[],
    );
    let spans = env.spooled_spans();
    assert_eq!(spans.len(), 1);
    assert_eq!(spans[0]["name"], "invoke_agent claude-code");
}

#[test]
fn an_unwritable_state_dir_falls_back_and_keeps_the_events() {
    let env = HookEnv::new(OFFLINE);
    let blocker = env.dir.path().join("not-a-dir");
    std::fs::write(&blocker, b"file").unwrap();
    let tmp = env.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    for payload in [
        json!({"session_id": "ro", "hook_event_name": "SessionStart", "source": "startup"}),
        json!({"session_id": "ro", "hook_event_name": "SessionEnd", "reason": "other"}),
    ] {
        let out = env
            .command(&["claude-code"])
            .env("XDG_STATE_HOME", blocker.join("state"))
            .env("TMPDIR", &tmp)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(&line(payload))?;
                c.wait_with_output()
            })
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(out.stdout.is_empty());
    }
    let fallback = std::fs::read_dir(&tmp)
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().starts_with("coxswain-state-"));
    let fallback = fallback.expect("a fallback state dir under TMPDIR").path();
    let batches = std::fs::read_dir(fallback.join("spool")).unwrap().count();
    assert_eq!(batches, 2, "both session spans kept in the fallback spool");
}

#[test]
fn content_capture_is_opt_in_and_never_carries_secrets() {
    let prompt =
        "deploy with key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv and password=hunter22 to prod";
    let events = [
        json!({"session_id": "cap", "hook_event_name": "UserPromptSubmit", "prompt": prompt}),
        json!({"session_id": "cap", "hook_event_name": "PostToolUse", "tool_name": "Bash", "tool_use_id": "t1",
               "tool_input": {"command": "curl -H 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz123456' https://x"}, "tool_response": {"stdout": "ok"}}),
        json!({"session_id": "cap", "hook_event_name": "Stop"}),
    ];
    let off = HookEnv::new(OFFLINE);
    let on = HookEnv::new("background_sender = false\ncapture_content = true\n");
    for env in [&off, &on] {
        for e in &events {
            env.hook(&line(e.clone()), &[]);
        }
    }
    let dump = |env: &HookEnv| serde_json::to_string(&env.spooled_spans()).unwrap();
    let (off_text, on_text) = (dump(&off), dump(&on));
    assert!(
        !off_text.contains("deploy with key") && !off_text.contains("curl"),
        "no content without opt-in"
    );
    assert!(
        on_text.contains("deploy with key [REDACTED]"),
        "opt-in sends the redacted prompt: {on_text}"
    );
    assert!(on_text.contains("gen_ai.tool.call.arguments"));
    for secret in ["sk-ant-api03", "hunter22", "abcdefghijklmnopqrstuvwxyz123456"] {
        assert!(!on_text.contains(secret) && !off_text.contains(secret), "{secret} leaked");
    }
}
