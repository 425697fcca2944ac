//! The real Claude Code CLI (the npm package's linux-x64 native binary) runs whole sessions
//! against a scripted stand-in for the Messages API on loopback, with the hook wired in by
//! `agent-hook install claude-code` under a temporary HOME: `claude -p`, then `claude -p
//! --continue`. Every prompt's actions, output words and tokens must equal a count made
//! independently from the transcript Claude Code wrote. Skipped ("SKIP:") when npm or the
//! package is unavailable.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::post;
use common::HookEnv;
use common::harness_cli::{self, PromptFigures, StandIn};
use serde_json::{Value, json};

const VERSION: &str = "2.1.332";

/// The native binary, installed once under the target dir with npm; `None` (after a SKIP line)
/// when that cannot be done.
fn claude_binary() -> Option<PathBuf> {
    if !cfg!(all(target_os = "linux", target_arch = "x86_64")) {
        eprintln!("SKIP: the Claude Code CLI test runs on linux-x64 only");
        return None;
    }
    harness_cli::npm_package(
        &format!("claude-code-{VERSION}"),
        &format!("@anthropic-ai/claude-code@{VERSION}"),
        "node_modules/@anthropic-ai/claude-code-linux-x64/claude",
    )
}

/// The scripted model: a first reply of text plus a Bash call, then (once the tool's result is
/// in the conversation) a closing text; each reply streamed with its usage.
async fn messages(State(calls): State<Arc<AtomicUsize>>, body: String) -> impl IntoResponse {
    let request: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let n = calls.fetch_add(1, Ordering::SeqCst) + 1;
    let last = request["messages"].as_array().and_then(|m| m.last()).cloned().unwrap_or_default();
    let answered =
        last["content"].as_array().is_some_and(|b| b.iter().any(|b| b["type"] == "tool_result"));
    let mut blocks = Vec::new();
    if answered {
        blocks.push(
            json!({"type": "text", "text": "Done: the listing shows what the folder holds."}),
        );
    } else {
        blocks.push(json!({"type": "text", "text": format!("Reply {n}: I will list the files in the working folder first.")}));
        blocks.push(json!({"type": "tool_use", "id": format!("toolu_{n:03}"), "name": "Bash",
                           "input": {"command": "ls", "description": "List files"}}));
    }
    let usage = json!({"input_tokens": 10 + n, "output_tokens": 1,
                       "cache_read_input_tokens": 1000 * n, "cache_creation_input_tokens": 5 * n});
    let model = request["model"].as_str().unwrap_or("claude-sonnet-4-6").to_owned();
    let mut events = vec![(
        "message_start",
        json!({"type": "message_start", "message": {"id": format!("msg_{n:03}"), "type": "message",
               "role": "assistant", "model": model, "content": [], "stop_reason": null,
               "stop_sequence": null, "usage": usage}}),
    )];
    for (i, block) in blocks.iter().enumerate() {
        let (start, delta) = if block["type"] == "text" {
            (
                json!({"type": "text", "text": ""}),
                json!({"type": "text_delta", "text": block["text"]}),
            )
        } else {
            (
                json!({"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}),
                json!({"type": "input_json_delta", "partial_json": block["input"].to_string()}),
            )
        };
        events.push((
            "content_block_start",
            json!({"type": "content_block_start", "index": i, "content_block": start}),
        ));
        events.push((
            "content_block_delta",
            json!({"type": "content_block_delta", "index": i, "delta": delta}),
        ));
        events.push(("content_block_stop", json!({"type": "content_block_stop", "index": i})));
    }
    let stop = if answered { "end_turn" } else { "tool_use" };
    events.push((
        "message_delta",
        json!({"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": null},
               "usage": {"output_tokens": 30 + n}}),
    ));
    events.push(("message_stop", json!({"type": "message_stop"})));
    let sse: String = events.iter().map(|(e, d)| format!("event: {e}\ndata: {d}\n\n")).collect();
    ([(header::CONTENT_TYPE, "text/event-stream")], sse)
}

/// Anything else Claude Code asks for (token counting, side calls) gets a small JSON answer.
async fn other() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], json!({"input_tokens": 10}).to_string())
}

/// One prompt's window while counting: its tool-use ids, the failed ones, its (message id,
/// text) blocks, and the largest usage seen per message id.
#[derive(Default)]
struct Window {
    session: String,
    tools: BTreeSet<String>,
    failed: BTreeSet<String>,
    texts: BTreeSet<(String, String)>,
    usage: BTreeMap<String, [u64; 4]>,
}

impl Window {
    fn figures(self, index: u64) -> PromptFigures {
        let words = self.texts.iter().map(|(_, t)| t.split_whitespace().count() as u64).sum();
        let mut tokens = [0; 4];
        for u in self.usage.values() {
            for (t, v) in tokens.iter_mut().zip(u) {
                *t += v;
            }
        }
        PromptFigures {
            session: self.session,
            index,
            actions: self.tools.len() as u64,
            failed: self.failed.len() as u64,
            words,
            tokens,
        }
    }
}

fn independent_count(transcript: &Path) -> Vec<PromptFigures> {
    let text = std::fs::read_to_string(transcript).unwrap();
    let mut windows: Vec<Window> = Vec::new();
    for line in text.lines() {
        let d: Value = serde_json::from_str(line).unwrap();
        let content = &d["message"]["content"];
        if d["type"] == "user" && content.is_string() && d.get("isMeta").is_none() {
            let session = d["sessionId"].as_str().unwrap().to_owned();
            windows.push(Window { session, ..Window::default() });
            continue;
        }
        let Some(w) = windows.last_mut() else { continue };
        if d["type"] == "user" {
            for b in content.as_array().into_iter().flatten() {
                if b["type"] == "tool_result" && b["is_error"] == true {
                    w.failed.insert(b["tool_use_id"].as_str().unwrap().to_owned());
                }
            }
            continue;
        }
        if d["type"] != "assistant" {
            continue;
        }
        let id = d["message"]["id"].as_str().unwrap().to_owned();
        for b in d["message"]["content"].as_array().unwrap() {
            if b["type"] == "tool_use" {
                w.tools.insert(b["id"].as_str().unwrap().to_owned());
            } else if b["type"] == "text" {
                w.texts.insert((id.clone(), b["text"].as_str().unwrap().to_owned()));
            }
        }
        let u = &d["message"]["usage"];
        let keys = [
            "input_tokens",
            "output_tokens",
            "cache_read_input_tokens",
            "cache_creation_input_tokens",
        ];
        let largest = w.usage.entry(id).or_default();
        for (l, k) in largest.iter_mut().zip(keys) {
            *l = (*l).max(u[k].as_u64().unwrap_or(0));
        }
    }
    // One session per file here, so a window's index is its position.
    windows.into_iter().enumerate().map(|(i, w)| w.figures(i as u64)).collect()
}

#[test]
fn real_claude_code_sessions_record_every_prompts_actions_words_and_tokens() {
    let Some(claude) = claude_binary() else { return };
    let stand_in = StandIn::serve(
        axum::Router::new()
            .route("/v1/messages", post(messages))
            .fallback(other)
            .with_state(Arc::new(AtomicUsize::new(0))),
    );
    let base_url = &stand_in.base_url;

    let env = HookEnv::new("background_sender = false\n");
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let install = env
        .command(&["install", "claude-code"])
        .env("HOME", home.path())
        .env_remove("CLAUDE_CONFIG_DIR")
        .output()
        .unwrap();
    assert!(install.status.success(), "install: {}", String::from_utf8_lossy(&install.stderr));

    let run = |args: &[&str]| {
        let out = Command::new(&claude)
            .args(args)
            .args(["--allowedTools", "Bash"])
            .current_dir(work.path())
            .env("HOME", home.path())
            .env_remove("CLAUDE_CONFIG_DIR")
            .env("XDG_CONFIG_HOME", env.config_home())
            .env("XDG_STATE_HOME", env.state_home())
            .env("ANTHROPIC_BASE_URL", base_url)
            .env("ANTHROPIC_API_KEY", "sk-ant-test-not-a-real-key")
            .env("DISABLE_AUTOUPDATER", "1")
            .env("DISABLE_TELEMETRY", "1")
            .env("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1")
            .output()
            .unwrap();
        assert!(out.status.success(), "claude {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&["-p", "List the files in this folder and tell me what you see"]);
    run(&["-p", "--continue", "Now list them again please"]);

    let projects = home.path().join(".claude/projects");
    let mut transcripts = Vec::new();
    for dir in std::fs::read_dir(&projects).unwrap().flatten() {
        for f in std::fs::read_dir(dir.path()).unwrap().flatten() {
            if f.path().extension().is_some_and(|e| e == "jsonl") {
                transcripts.push(f.path());
            }
        }
    }
    let mut expected: Vec<PromptFigures> =
        transcripts.iter().flat_map(|t| independent_count(t)).collect();
    assert_eq!(expected.len(), 2, "two prompts in the transcript: {expected:?}");
    expected.sort();

    let spans = env.spooled_spans();
    let got = harness_cli::recorded_prompts(&spans, "claude-code");
    eprintln!("recorded {got:?}");
    assert_eq!(got, expected);
    let root = spans.iter().find(|s| s["name"] == "invoke_agent claude-code").unwrap();
    assert_eq!(root["resource"]["harness_version"], VERSION);

    // Replaying the same transcript gives the same figures, and every line is understood.
    assert_eq!(harness_cli::replayed_prompts(&transcripts, "claude-code"), expected);
    let summary = agent_hook::replay::collect(&transcripts, false, &mut |_| {}).unwrap();
    assert_eq!(summary.bad_lines, 0, "{summary:?}");
}
