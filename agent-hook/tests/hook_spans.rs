//! Payload sequences (tests/fixtures) through the real hook binary into a real collector: the
//! stored spans carry the contract's names, ids and attributes.

mod common;

use common::{HookEnv, StoredSpan, hex_id, stored_spans};
use coxswain_proto::ids;
use coxswain_test_support::Collector;
use serde_json::json;

/// Feeds `fixture` into a fresh collector and returns what it stored.
fn run_fixture(fixture: &str) -> Vec<StoredSpan> {
    let data = tempfile::tempdir().unwrap();
    let mut collector = Collector::start(data.path(), &[]);
    let env = HookEnv::new(&format!(
        "endpoint = \"{}\"\nbackground_sender = false\nteam = \"platform\"\n",
        collector.grpc_url()
    ));
    env.feed_fixture(fixture, &[]);
    let out = env.flush(&[]);
    assert!(out.status.success(), "flush failed: {}", String::from_utf8_lossy(&out.stderr));
    collector.terminate();
    let spans = stored_spans(data.path());
    assert!(!spans.is_empty(), "collector stored nothing");
    spans
}

fn by_id(spans: &[StoredSpan], span_id: [u8; 8]) -> &StoredSpan {
    let id = hex_id(&span_id);
    let found: Vec<_> = spans.iter().filter(|s| s.span_id == id).collect();
    assert_eq!(
        found.len(),
        1,
        "span {id} stored {} times; stored: {:#?}",
        found.len(),
        spans.iter().map(|s| &s.name).collect::<Vec<_>>()
    );
    found[0]
}

#[test]
fn a_2x_session_becomes_prompt_traces_with_actions_evidence_and_retries() {
    let spans = run_fixture("basic_session.jsonl");
    let sid = "fx-basic";
    assert_eq!(spans.len(), 2 + 2 + 5, "session start/end, 2 prompts, 5 actions");

    let start = by_id(&spans, ids::session_span_id(sid, "start"));
    assert_eq!(start.name, "coxswain.session.start");
    assert_eq!(start.trace_id, hex_id(&ids::session_trace_id(sid)));
    assert_eq!(start.attr("coxswain.session.start_source"), &json!("startup"));
    assert_eq!(start.attr("gen_ai.request.model"), &json!("claude-sonnet-4-6"));
    let end = by_id(&spans, ids::session_span_id(sid, "end"));
    assert_eq!(end.attr("coxswain.session.end_reason"), &json!("prompt_input_exit"));

    let root = by_id(&spans, ids::prompt_span_id(sid, 0));
    assert_eq!(root.name, "invoke_agent claude-code");
    assert_eq!(root.trace_id, hex_id(&ids::prompt_trace_id(sid, 0)));
    assert!(!root.error);
    for (key, value) in [
        ("gen_ai.operation.name", json!("invoke_agent")),
        ("gen_ai.conversation.id", json!(sid)),
        ("gen_ai.agent.name", json!("claude-code")),
        ("gen_ai.provider.name", json!("anthropic")),
        ("gen_ai.request.model", json!("claude-sonnet-4-6")),
        ("coxswain.harness", json!("claude-code")),
        ("coxswain.source", json!("live")),
        ("coxswain.team", json!("platform")),
        ("coxswain.prompt.index", json!(0)),
        ("coxswain.prompt.id", json!("pr-1")),
        ("coxswain.prompt.file_refs", json!(1)),
        ("coxswain.prompt.identifier_refs", json!(2)),
        ("coxswain.prompt.constraints", json!(1)),
        ("coxswain.prompt.acceptance_criteria", json!(0)),
        ("coxswain.prompt.steps", json!(2)),
        ("coxswain.prompt.verification_asks", json!(3)),
        ("coxswain.prompt.user_planning_decisions", json!(2)),
        ("coxswain.prompt.user_execution_decisions", json!(4)),
        ("coxswain.prompt.intent", json!("fixing")),
        ("coxswain.prompt.end_reason", json!("stop")),
        ("coxswain.prompt.permission_requests", json!(1)),
        ("coxswain.prompt.compactions", json!(0)),
        ("coxswain.prompt.output_words", json!(11)),
        ("coxswain.prompt.confirms", json!(false)),
    ] {
        assert_eq!(root.attr(key), &value, "{key} on the prompt root: {:#?}", root.attrs);
    }
    let pseudo = root.attr("enduser.pseudo.id").as_str().unwrap_or_default().to_owned();
    assert_eq!(pseudo.len(), 32, "pseudonym is 16 bytes of hex");
    assert!(
        !root.attrs.contains_key("gen_ai.input.messages"),
        "prompt text leaves only under opt-in"
    );
    assert_eq!(root.resource.get("service.name"), Some(&json!("coxswain-agent-hook")));
    assert_eq!(root.resource.get("coxswain.harness"), Some(&json!("claude-code")));

    let second = by_id(&spans, ids::prompt_span_id(sid, 1));
    assert_eq!(second.attr("coxswain.prompt.confirms"), &json!(true));
    assert_eq!(second.attr("coxswain.prompt.intent"), &json!("other"));

    let action = |key: &str| by_id(&spans, ids::action_span_id(sid, key));
    for key in ["toolu_read_1", "toolu_test_1", "toolu_edit_1", "toolu_test_2", "toolu_commit_1"] {
        let a = action(key);
        assert_eq!(a.trace_id, root.trace_id, "{key} is in the prompt's trace");
        assert_eq!(a.parent_span_id, root.span_id, "{key} is a child of the prompt root");
        assert_eq!(a.attr("gen_ai.tool.call.id"), &json!(key));
        assert_eq!(a.attr("gen_ai.tool.type"), &json!("function"));
        assert_eq!(a.attr("coxswain.action.subagent"), &json!(false));
        assert!(a.start_ns <= a.end_ns && a.start_ns >= root.start_ns && a.end_ns <= root.end_ns);
    }
    let read = action("toolu_read_1");
    assert_eq!(read.name, "execute_tool Read");
    assert_eq!(read.attr("coxswain.action.category"), &json!("read"));
    assert_eq!(read.attr("coxswain.action.file_extension"), &json!("rs"));

    let failed = action("toolu_test_1");
    assert!(failed.error);
    assert_eq!(failed.attr("error.type"), &json!("exit_code"));
    assert_eq!(failed.attr("coxswain.action.failed"), &json!(true));
    assert_eq!(failed.attr("coxswain.action.command_kind"), &json!("test"));
    assert_eq!(failed.attr("coxswain.action.test.runner"), &json!("cargo"));
    assert_eq!(failed.attr("coxswain.action.test.outcome"), &json!("failed"));
    assert_eq!(failed.attr("coxswain.action.retry"), &json!(false));

    let retry = action("toolu_test_2");
    assert!(!retry.error);
    assert_eq!(retry.attr("coxswain.action.retry"), &json!(true));
    assert_eq!(retry.attr("coxswain.action.test.outcome"), &json!("passed"));

    let edit = action("toolu_edit_1");
    assert_eq!(edit.attr("coxswain.action.category"), &json!("edit"));
    assert_eq!(edit.attr("coxswain.action.lines_added"), &json!(3));
    assert_eq!(edit.attr("coxswain.action.lines_removed"), &json!(1));

    let commit = action("toolu_commit_1");
    assert_eq!(commit.attr("coxswain.action.command_kind"), &json!("commit"));
    assert_eq!(commit.attr("coxswain.action.commit"), &json!(true));

    // Raw text never leaves: no attribute carries the prompt's or the commands' words.
    for s in &spans {
        for v in s.attrs.values() {
            let text = v.as_str().unwrap_or_default();
            assert!(
                !text.contains("panic on empty") && !text.contains("git add"),
                "raw text in {}: {text}",
                s.name
            );
        }
    }
}

#[test]
fn a_1x_session_without_ids_uses_ordinals_and_closes_windows_without_stop() {
    let spans = run_fixture("v1_0_session.jsonl");
    let sid = "fx-v10";
    assert_eq!(spans.len(), 2 + 3 + 1, "2 prompts, 3 actions, session end");
    let first = by_id(&spans, ids::prompt_span_id(sid, 0));
    assert_eq!(first.attr("coxswain.prompt.end_reason"), &json!("next_prompt"));
    assert_eq!(first.attr("coxswain.prompt.vague_terms"), &json!(3));
    assert!(!first.attrs.contains_key("coxswain.prompt.id"));
    let second = by_id(&spans, ids::prompt_span_id(sid, 1));
    assert_eq!(second.attr("coxswain.prompt.end_reason"), &json!("session_end"));
    assert_eq!(second.attr("coxswain.prompt.user_corrects_agent"), &json!(true));
    assert_eq!(second.attr("coxswain.prompt.compactions"), &json!(1));

    let failing = by_id(&spans, ids::action_span_id(sid, "p0-a0"));
    assert_eq!(failing.attr("coxswain.action.test.runner"), &json!("go"));
    assert_eq!(failing.attr("coxswain.action.test.outcome"), &json!("failed"));
    assert!(failing.error);
    let write = by_id(&spans, ids::action_span_id(sid, "p0-a1"));
    assert_eq!(write.attr("coxswain.action.category"), &json!("write"));
    assert_eq!(write.attr("coxswain.action.file_extension"), &json!("md"));
    assert_eq!(write.attr("coxswain.action.lines_added"), &json!(3));
    let passing = by_id(&spans, ids::action_span_id(sid, "p0-a2"));
    assert_eq!(passing.attr("coxswain.action.retry"), &json!(true));
    assert_eq!(passing.attr("coxswain.action.test.outcome"), &json!("passed"));
    assert!(!passing.attrs.contains_key("gen_ai.tool.call.id"));
}

#[test]
fn subagent_calls_count_for_the_prompt_and_stop_failure_is_an_error() {
    let spans = run_fixture("subagent_failure.jsonl");
    let sid = "fx-sub";
    let root = by_id(&spans, ids::prompt_span_id(sid, 0));
    assert!(root.error);
    assert_eq!(root.attr("coxswain.prompt.end_reason"), &json!("stop_failure"));
    assert_eq!(root.attr("error.type"), &json!("rate_limit"));
    assert_eq!(root.attr("coxswain.prompt.intent"), &json!("exploring"));
    let start = by_id(&spans, ids::session_span_id(sid, "start"));
    assert_eq!(start.attr("coxswain.session.start_source"), &json!("resume"));

    let launch = by_id(&spans, ids::action_span_id(sid, "toolu_agent_1"));
    assert_eq!(launch.attr("coxswain.action.category"), &json!("subagent"));
    assert_eq!(launch.attr("coxswain.action.subagent"), &json!(false));
    for key in ["toolu_sub_grep", "toolu_sub_read"] {
        let a = by_id(&spans, ids::action_span_id(sid, key));
        assert_eq!(a.parent_span_id, root.span_id);
        assert_eq!(a.attr("coxswain.action.subagent"), &json!(true));
        assert_eq!(a.attr("gen_ai.agent.id"), &json!("ag-7"));
        assert_eq!(a.attr("gen_ai.agent.name"), &json!("Explore"));
    }
    let read = by_id(&spans, ids::action_span_id(sid, "toolu_sub_read"));
    assert!(read.error);
    assert_eq!(read.attr("error.type"), &json!("tool_error"));
    assert_eq!(
        spans.len(),
        1 + 1 + 3,
        "session start, prompt, 3 actions; the unknown event adds nothing"
    );
}

#[test]
fn calls_that_never_end_close_with_their_window_as_rejected_or_interrupted() {
    let spans = run_fixture("abandoned_calls.jsonl");
    let sid = "fx-abandon";
    let root = by_id(&spans, ids::prompt_span_id(sid, 0));
    assert_eq!(root.attr("coxswain.prompt.end_reason"), &json!("next_prompt"));
    assert_eq!(root.attr("coxswain.prompt.permission_requests"), &json!(1));
    let denied = by_id(&spans, ids::action_span_id(sid, "toolu_rm"));
    assert!(denied.error);
    assert_eq!(denied.attr("error.type"), &json!("rejected"));
    assert_eq!(denied.attr("coxswain.action.rejected"), &json!(true));
    assert_eq!(denied.parent_span_id, root.span_id);
    let cut = by_id(&spans, ids::action_span_id(sid, "toolu_read_slow"));
    assert_eq!(cut.attr("error.type"), &json!("interrupted"));
    assert_eq!(cut.attr("coxswain.action.interrupted"), &json!(true));
    assert_eq!(cut.attr("coxswain.action.file_extension"), &json!("py"));
    let second = by_id(&spans, ids::prompt_span_id(sid, 1));
    assert_eq!(second.attr("coxswain.prompt.end_reason"), &json!("stop"));
    assert_eq!(spans.len(), 4);
}
