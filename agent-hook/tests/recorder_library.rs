//! The library API for in-process harnesses (session → prompt → action → outcome), and its
//! determinism: the same events recorded twice with fresh state give identical spans (what
//! makes a replay idempotent).

use agent_hook::claude_code;
use agent_hook::recorder::span::{AttrValue, SpanRecord};
use agent_hook::recorder::{Action, MemorySink, Prompt, PromptEnd, Recorder, RecorderSettings};
use agent_hook::signals::action::ToolOutcome;
use agent_hook::state::MemoryStore;
use coxswain_proto::ids;
use serde_json::json;
use std::sync::Arc;

fn recorder(source: &str) -> (Recorder, Arc<MemorySink>) {
    let sink = Arc::new(MemorySink::default());
    let settings = RecorderSettings {
        harness: "library".into(),
        harness_version: Some("9.9".into()),
        agent_name: "my-agent".into(),
        provider: "anthropic".into(),
        source: source.into(),
        pseudonym: "0123456789abcdef0123456789abcdef".into(),
        team: None,
        capture_content: false,
    };
    (Recorder::new(settings, Box::new(MemoryStore::default()), Box::new(sink.clone())), sink)
}

fn attr<'a>(span: &'a SpanRecord, key: &str) -> Option<&'a AttrValue> {
    span.attr(key)
}

#[test]
fn an_embedded_harness_records_session_prompt_actions_and_outcome() {
    let (rec, sink) = recorder("live");
    let s = "lib-session";
    rec.session_start(s, 1_000, Some("startup"), Some("model-x")).unwrap();
    rec.prompt_submitted(
        s,
        2_000,
        Prompt { text: "add a `--verbose` flag to src/cli.rs", ..Prompt::default() },
    )
    .unwrap();
    let input = json!({"command": "pytest -q"});
    let call = Action { tool_name: "Bash", tool_use_id: None, input: &input, agent: None };
    rec.action_started(s, 3_000, call).unwrap();
    let response = json!({"stdout": "5 passed in 0.1s"});
    rec.action_finished(s, 4_000, call, ToolOutcome::Succeeded { response: &response }, None)
        .unwrap();
    let end = PromptEnd {
        agent_text: Some("Added the flag; tests pass.".into()),
        ..PromptEnd::default()
    };
    rec.prompt_stopped(s, 5_000, end).unwrap();
    rec.session_end(s, 6_000, Some("other")).unwrap();

    let spans = sink.take();
    let names: Vec<&str> = spans.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "coxswain.session.start",
            "execute_tool Bash",
            "invoke_agent my-agent",
            "coxswain.session.end"
        ]
    );
    let action = &spans[1];
    assert_eq!(action.span_id, hex::encode(ids::action_span_id(s, "p0-a0")));
    assert_eq!((action.start_ns, action.end_ns), (3_000, 4_000));
    assert_eq!(attr(action, "coxswain.action.test.runner"), Some(&AttrValue::from("pytest")));
    assert_eq!(attr(action, "coxswain.action.test.outcome"), Some(&AttrValue::from("passed")));
    let root = &spans[2];
    assert_eq!((root.start_ns, root.end_ns), (2_000, 5_000));
    assert_eq!(attr(root, "coxswain.prompt.output_words"), Some(&AttrValue::Int(5)));
    assert_eq!(attr(root, "coxswain.prompt.intent"), Some(&AttrValue::from("building")));
    assert_eq!(attr(root, "gen_ai.request.model"), Some(&AttrValue::from("model-x")));
    assert_eq!(root.resource.harness_version.as_deref(), Some("9.9"));
}

#[test]
fn the_same_replayed_events_with_fresh_state_give_identical_spans() {
    let payloads = [
        json!({"session_id": "rp", "hook_event_name": "SessionStart", "source": "startup", "coxswain_timestamp": "2025-07-21T10:00:00Z"}),
        json!({"session_id": "rp", "hook_event_name": "UserPromptSubmit", "prompt": "fix the bug", "coxswain_timestamp": "2025-07-21T10:00:01Z"}),
        json!({"session_id": "rp", "hook_event_name": "PreToolUse", "tool_name": "Bash", "tool_use_id": "t1", "tool_input": {"command": "make test"}, "coxswain_timestamp": "2025-07-21T10:00:02Z"}),
        json!({"session_id": "rp", "hook_event_name": "PostToolUse", "tool_name": "Bash", "tool_use_id": "t1", "tool_input": {"command": "make test"}, "tool_response": {"stdout": "ok"}, "duration_ms": 500, "coxswain_timestamp": "2025-07-21T10:00:02.5Z"}),
        json!({"session_id": "rp", "hook_event_name": "Stop", "coxswain_agent_text": "Fixed it. Tests pass now.", "coxswain_timestamp": "2025-07-21T10:00:03Z"}),
        json!({"session_id": "rp", "hook_event_name": "UserPromptSubmit", "prompt": "thanks", "coxswain_timestamp": "2025-07-21T10:01:00Z"}),
        json!({"session_id": "rp", "hook_event_name": "Notification", "coxswain_timestamp": "2025-07-21T10:01:05Z"}),
    ];
    let run = || {
        let (rec, sink) = recorder("replay");
        for p in &payloads {
            claude_code::handle(&rec, p, 42).unwrap();
        }
        // The transcript ended without a Stop: the window closes at its last event.
        rec.close_open_prompts().unwrap();
        sink.take()
    };
    let (a, b) = (run(), run());
    assert_eq!(a, b);
    assert_eq!(a.len(), 4);
    let last = a.last().unwrap();
    assert_eq!(last.span_id, hex::encode(ids::prompt_span_id("rp", 1)));
    assert_eq!(attr(last, "coxswain.prompt.end_reason"), Some(&AttrValue::from("session_end")));
    assert_eq!(last.end_ns, 1_753_092_065_000_000_000, "closed at its last event");
    let root = a.iter().find(|s| s.span_id == hex::encode(ids::prompt_span_id("rp", 0))).unwrap();
    assert_eq!(attr(root, "coxswain.prompt.output_words"), Some(&AttrValue::Int(5)));
    assert_eq!(attr(root, "coxswain.source"), Some(&AttrValue::from("replay")));
    assert!(
        a.iter().all(|s| s.start_ns >= 1_753_092_000_000_000_000),
        "times come from the transcript"
    );
}
