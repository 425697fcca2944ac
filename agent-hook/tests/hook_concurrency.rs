//! Claude Code runs the hooks of parallel tool calls at the same time: concurrent hook processes
//! lose nothing and corrupt nothing.

mod common;

use common::HookEnv;
use serde_json::json;
use std::collections::BTreeSet;
use std::sync::Arc;

const PARALLEL: usize = 20;

fn parallel_calls(env: &Arc<HookEnv>, session: &str, with_ids: bool) {
    let threads: Vec<_> = (0..PARALLEL)
        .map(|i| {
            let env = Arc::clone(env);
            let session = session.to_owned();
            std::thread::spawn(move || {
                let mut call = json!({"session_id": session, "tool_name": "Read", "tool_input": {"file_path": format!("/r/f{i}.rs")}});
                if with_ids {
                    call["tool_use_id"] = json!(format!("toolu_{i}"));
                }
                let mut pre = call.clone();
                pre["hook_event_name"] = json!("PreToolUse");
                env.hook(&serde_json::to_vec(&pre).unwrap(), &[]);
                let mut post = call;
                post["hook_event_name"] = json!("PostToolUse");
                post["tool_response"] = json!({"type": "text"});
                env.hook(&serde_json::to_vec(&post).unwrap(), &[]);
            })
        })
        .collect();
    for t in threads {
        t.join().expect("hook thread");
    }
}

fn check(env: &HookEnv, session: &str) {
    let spans = env.spooled_spans();
    let actions: Vec<_> = spans.iter().filter(|s| s["name"] == "execute_tool Read").collect();
    let ids: BTreeSet<_> =
        actions.iter().map(|s| s["span_id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(actions.len(), PARALLEL, "every parallel call is one span");
    assert_eq!(ids.len(), PARALLEL, "and their ids are distinct");
    let roots: Vec<_> = spans.iter().filter(|s| s["name"] == "invoke_agent claude-code").collect();
    assert_eq!(roots.len(), 1);
    // The state file is a log of states, one JSON line per update; the last is the state.
    let log = std::fs::read(env.state().join(format!("sessions/{session}.json"))).unwrap();
    let last = log.split(|b| *b == b'\n').next_back().unwrap_or_default();
    let state: serde_json::Value = serde_json::from_slice(last).expect("state is valid JSON");
    let lines = log.split(|b| *b == b'\n').filter(|l| !l.is_empty());
    assert!(
        lines.into_iter().all(|l| serde_json::from_slice::<serde_json::Value>(l).is_ok()),
        "no update was cut or interleaved with another"
    );
    assert!(state["open_prompt"].is_null(), "the window closed: {state}");
    assert_eq!(state["next_prompt_index"], 1);
}

/// One prompt in `session` whose parallel tool calls (`with_ids` or not) run at once, then the
/// checks on what the spool and the state hold.
fn prompt_with_parallel_calls(session: &str, with_ids: bool) {
    let env = Arc::new(HookEnv::new("background_sender = false\n"));
    let prompt = json!({"session_id": session, "hook_event_name": "UserPromptSubmit", "prompt": "read all files"});
    env.hook(&serde_json::to_vec(&prompt).unwrap(), &[]);
    parallel_calls(&env, session, with_ids);
    let stop = json!({"session_id": session, "hook_event_name": "Stop"});
    env.hook(&serde_json::to_vec(&stop).unwrap(), &[]);
    check(&env, session);
}

#[test]
fn twenty_parallel_tool_calls_with_ids_lose_and_corrupt_nothing() {
    prompt_with_parallel_calls("par", true);
}

#[test]
fn twenty_parallel_tool_calls_without_ids_get_distinct_ordinals() {
    prompt_with_parallel_calls("par10", false);
}
