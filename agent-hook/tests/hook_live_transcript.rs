//! The live hook reading a transcript that Claude Code writes as the session goes: the file does
//! not exist at the first UserPromptSubmit, a prompt's own line is written after its
//! UserPromptSubmit, a tool's result line is there at its PostToolUse. The real `agent-hook
//! claude-code` binary runs once per event; the spooled prompt roots must carry every word and
//! token the transcript holds for their window.

mod common;

use std::io::Write;
use std::path::Path;

use common::HookEnv;
use serde_json::{Value, json};

const SESSION: &str = "live-first-prompt";

/// Appends one transcript line, as Claude Code does.
fn write_line(path: &Path, line: Value) {
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap();
    writeln!(f, "{line}").unwrap();
}

fn user(text: &str) -> Value {
    json!({"type": "user", "sessionId": SESSION, "version": "2.1.332",
           "message": {"role": "user", "content": text}})
}

fn assistant(id: &str, block: Value, output_tokens: u64) -> Value {
    json!({"type": "assistant", "sessionId": SESSION, "version": "2.1.332",
           "message": {"id": id, "model": "claude-sonnet-4-6", "role": "assistant",
                       "content": [block],
                       "usage": {"input_tokens": 5, "output_tokens": output_tokens,
                                 "cache_read_input_tokens": 1000,
                                 "cache_creation_input_tokens": 100}}})
}

fn tool_result(id: &str) -> Value {
    json!({"type": "user", "sessionId": SESSION, "version": "2.1.332",
           "message": {"role": "user",
                       "content": [{"type": "tool_result", "tool_use_id": id, "content": "ok"}]},
           "toolUseResult": {"stdout": "ok"}})
}

fn event(env: &HookEnv, transcript: &Path, name: &str, extra: Value) {
    let mut p = json!({"session_id": SESSION, "transcript_path": transcript,
                       "cwd": "/work/demo", "hook_event_name": name});
    p.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    env.hook(p.to_string().as_bytes(), &[]);
}

fn attr<'a>(span: &'a Value, key: &str) -> &'a Value {
    span["attributes"]
        .as_array()
        .and_then(|a| a.iter().find(|kv| kv[0] == key))
        .map_or(&Value::Null, |kv| &kv[1])
}

#[test]
fn a_new_sessions_first_prompt_counts_the_words_written_before_its_transcript_existed() {
    let env = HookEnv::new("background_sender = false\n");
    let dir = tempfile::tempdir().unwrap();
    let transcript = dir.path().join("session.jsonl");

    // Prompt 0: the transcript does not exist yet at SessionStart and UserPromptSubmit.
    event(&env, &transcript, "SessionStart", json!({"source": "startup"}));
    let first = "Add a health check endpoint";
    event(&env, &transcript, "UserPromptSubmit", json!({"prompt": first}));
    write_line(&transcript, user(first));
    let intro = "I will read the router first and then add the endpoint with a test.";
    write_line(&transcript, assistant("m1", json!({"type": "text", "text": intro}), 3));
    let call = json!({"type": "tool_use", "id": "t1", "name": "Bash",
                      "input": {"command": "ls src"}});
    write_line(&transcript, assistant("m1", call, 40));
    event(
        &env,
        &transcript,
        "PreToolUse",
        json!({"tool_name": "Bash", "tool_input": {"command": "ls src"}, "tool_use_id": "t1"}),
    );
    write_line(&transcript, tool_result("t1"));
    event(
        &env,
        &transcript,
        "PostToolUse",
        json!({"tool_name": "Bash", "tool_input": {"command": "ls src"}, "tool_use_id": "t1",
                 "tool_response": {"stdout": "ok"}}),
    );
    let done = "Added GET /health returning 200.";
    write_line(&transcript, assistant("m2", json!({"type": "text", "text": done}), 9));
    event(&env, &transcript, "Stop", json!({"last_assistant_message": done}));

    // Prompt 1: the file exists, the prompt's own line is not written yet.
    let second = "Thanks, now document it";
    event(&env, &transcript, "UserPromptSubmit", json!({"prompt": second}));
    write_line(&transcript, user(second));
    let reply = "Documented the endpoint in the README.";
    write_line(&transcript, assistant("m3", json!({"type": "text", "text": reply}), 7));
    event(&env, &transcript, "Stop", json!({"last_assistant_message": reply}));

    let spans = env.spooled_spans();
    let roots: Vec<&Value> =
        spans.iter().filter(|s| s["name"] == "invoke_agent claude-code").collect();
    assert_eq!(roots.len(), 2);
    let words = |t: &str| t.split_whitespace().count() as u64;
    // Independent count: every text block of the window, each response's largest usage once.
    assert_eq!(attr(roots[0], "coxswain.prompt.output_words"), &json!(words(intro) + words(done)));
    assert_eq!(attr(roots[0], "gen_ai.usage.output_tokens"), &json!(40 + 9));
    assert_eq!(attr(roots[0], "gen_ai.usage.input_tokens"), &json!(10));
    assert_eq!(attr(roots[0], "gen_ai.usage.cache_read.input_tokens"), &json!(2000));
    assert_eq!(attr(roots[0], "gen_ai.usage.cache_creation.input_tokens"), &json!(200));
    assert_eq!(attr(roots[0], "gen_ai.response.model"), &json!("claude-sonnet-4-6"));
    assert_eq!(attr(roots[1], "coxswain.prompt.output_words"), &json!(words(reply)));
    assert_eq!(attr(roots[1], "gen_ai.usage.output_tokens"), &json!(7));
    let actions = spans.iter().filter(|s| s["name"] == "execute_tool Bash").count();
    assert_eq!(actions, 1);
    assert_eq!(attr(actions_of(&spans)[0], "coxswain.prompt.index"), &json!(0));
    // The harness version comes from the transcript's lines.
    assert_eq!(roots[1]["resource"]["harness_version"], "2.1.332");
}

fn actions_of(spans: &[Value]) -> Vec<&Value> {
    spans
        .iter()
        .filter(|s| s["name"].as_str().is_some_and(|n| n.starts_with("execute_tool")))
        .collect()
}
