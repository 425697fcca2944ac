//! The library API for in-process harnesses (session → prompt → action → outcome), and its
//! determinism: the same events recorded twice with fresh state give identical spans (what
//! makes a replay idempotent).

use agent_hook::claude_code;
use agent_hook::harness::HookEvent;
use agent_hook::recorder::span::{AttrValue, SpanRecord};
use agent_hook::recorder::{Action, MemorySink, Prompt, PromptEnd, Recorder, RecorderSettings};
use agent_hook::replay::{Context, Detail, Outcome, ReplayEvent, ToolUse};
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
    let ctx = Context { session_id: "rp".into(), ..Context::default() };
    let event = |kind: HookEvent, at: &str, detail: Detail| {
        ReplayEvent::new(&claude_code::HARNESS, kind, &ctx, Some(at)).with(detail)
    };
    let bash = |outcome: Option<Outcome>| Detail::Tool {
        call: ToolUse {
            id: "t1".into(),
            name: "Bash".into(),
            input: json!({"command": "make test"}),
        },
        duration_ms: outcome.as_ref().map(|_| 500),
        outcome,
    };
    let prompt = |text: &str, index: u64| Detail::Prompt {
        text: text.into(),
        index,
        harness_version: None,
        previous: None,
    };
    let events = [
        event(
            HookEvent::SessionStart,
            "2025-07-21T10:00:00Z",
            Detail::Session { source: "startup", model: None },
        ),
        event(HookEvent::PromptSubmitted, "2025-07-21T10:00:01Z", prompt("fix the bug", 0)),
        event(HookEvent::ToolStarted, "2025-07-21T10:00:02Z", bash(None)),
        event(
            HookEvent::ToolFinished,
            "2025-07-21T10:00:02.5Z",
            bash(Some(Outcome::Succeeded(json!({"stdout": "ok"})))),
        ),
        event(
            HookEvent::Stopped,
            "2025-07-21T10:00:03Z",
            Detail::End {
                agent_text: "Fixed it. Tests pass now.".into(),
                last_message: String::new(),
                tokens: None,
            },
        ),
        event(HookEvent::PromptSubmitted, "2025-07-21T10:01:00Z", prompt("thanks", 1)),
        event(HookEvent::Notification, "2025-07-21T10:01:05Z", Detail::Plain),
    ];
    let run = || {
        let (rec, sink) = recorder("replay");
        for e in &events {
            e.record(&rec, 42).unwrap();
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
