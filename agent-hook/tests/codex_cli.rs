//! The real Codex CLI (the npm package's linux-x64 native binary) runs sessions against a
//! scripted stand-in for the OpenAI Responses API on loopback (a custom model provider's
//! `base_url` in a temporary `CODEX_HOME/config.toml`), with the hook wired in by `agent-hook
//! install codex`: `codex exec`, then `codex exec resume --last`. Every prompt's actions, failed
//! actions, output words and tokens must equal a count made independently from the rollout file
//! Codex wrote, live and replayed. Skipped ("SKIP:") when npm or the package is unavailable.
//!
//! Hooks of a user's `hooks.json` run only once the user trusted them (Codex's `/hooks` review);
//! `--dangerously-bypass-hook-trust` stands in for that review here.

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

const VERSION: &str = "0.169.0";
/// A model in Codex's own catalogue, so it offers `exec_command` and freeform `apply_patch`.
const MODEL: &str = "gpt-5.5";

fn codex_binary() -> Option<PathBuf> {
    if !cfg!(all(target_os = "linux", target_arch = "x86_64")) {
        eprintln!("SKIP: the Codex CLI test runs on linux-x64 only");
        return None;
    }
    harness_cli::npm_package(
        &format!("codex-{VERSION}"),
        &format!("@openai/codex@{VERSION}"),
        "node_modules/@openai/codex-linux-x64/vendor/x86_64-unknown-linux-musl/bin/codex",
    )
}

/// Tool results since the conversation's last user message: where the scripted turn stands.
fn step(input: &[Value]) -> usize {
    input.iter().fold(0, |n, item| match item["type"].as_str() {
        Some("message") if item["role"] == "user" => 0,
        Some("function_call_output" | "custom_tool_call_output") => n + 1,
        _ => n,
    })
}

/// The scripted model, one reply per step of a turn: text and a shell call (`ls`), a patch
/// adding a file, text and a shell call that exits 3, then a closing text. Every reply streams
/// its output items and ends with `response.completed` carrying its usage.
async fn responses(State(calls): State<Arc<AtomicUsize>>, body: String) -> impl IntoResponse {
    let request: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let n = calls.fetch_add(1, Ordering::SeqCst) + 1;
    let input = request["input"].as_array().cloned().unwrap_or_default();
    let message = |text: String| {
        json!({"type": "message", "role": "assistant", "id": format!("msg_{n}"),
               "content": [{"type": "output_text", "text": text}]})
    };
    let shell = |cmd: &str| {
        json!({"type": "function_call", "id": format!("fc_{n}"), "call_id": format!("call_{n}"),
               "name": "exec_command", "arguments": json!({"cmd": cmd}).to_string()})
    };
    let items = match step(&input) {
        0 => vec![message(format!("Reply {n}: I will list the files first.")), shell("ls")],
        1 => vec![json!({"type": "custom_tool_call", "id": format!("ctc_{n}"),
            "call_id": format!("call_{n}"), "name": "apply_patch",
            "input": format!("*** Begin Patch\n*** Add File: notes{n}.txt\n+hello\n*** End Patch\n")})],
        2 => vec![message("Now a check that fails.".to_owned()), shell("exit 3")],
        _ => vec![message("Done: the listing shows what the folder holds.".to_owned())],
    };
    let id = format!("resp_{n}");
    let mut events = vec![json!({"type": "response.created", "response": {"id": id}})];
    for item in items {
        events.push(json!({"type": "response.output_item.added", "item": item}));
        events.push(json!({"type": "response.output_item.done", "item": item}));
    }
    let n = n as u64;
    events.push(json!({"type": "response.completed", "response": {"id": id, "usage": {
        "input_tokens": 1000 * n, "input_tokens_details": {"cached_tokens": 600 * n},
        "output_tokens": 30 + n, "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 1030 + 1001 * n}}}));
    let sse: String = events
        .iter()
        .map(|e| format!("event: {}\ndata: {e}\n\n", e["type"].as_str().unwrap()))
        .collect();
    ([(header::CONTENT_TYPE, "text/event-stream")], sse)
}

/// Anything else Codex asks for (the model list) gets an empty JSON answer.
async fn other() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], json!({"models": [], "data": []}).to_string())
}

/// One turn while counting.
#[derive(Default)]
struct Turn {
    calls: BTreeSet<String>,
    failed: BTreeSet<String>,
    words: u64,
    tokens: [u64; 4],
}

/// Per turn, straight from the rollout: calls from `function_call`/`custom_tool_call` items,
/// failures from completed items whose status is `failed`, words from completed agent
/// messages, tokens from each response's `token_usage_record` (input without its cached part).
fn independent_count(rollout: &Path) -> Vec<PromptFigures> {
    let text = std::fs::read_to_string(rollout).unwrap();
    let mut session = String::new();
    let mut order: Vec<String> = Vec::new();
    let mut turns: BTreeMap<String, Turn> = BTreeMap::new();
    for line in text.lines() {
        let d: Value = serde_json::from_str(line).unwrap();
        let p = &d["payload"];
        let turn_id = p["turn_id"]
            .as_str()
            .or_else(|| p["internal_chat_message_metadata_passthrough"]["turn_id"].as_str())
            .map(str::to_owned);
        match (d["type"].as_str().unwrap(), p["type"].as_str()) {
            ("session_meta", _) => session = p["id"].as_str().unwrap().to_owned(),
            ("event_msg", Some("task_started")) => order.push(turn_id.clone().unwrap()),
            ("response_item", Some("function_call" | "custom_tool_call")) => {
                let turn = turns.entry(turn_id.unwrap()).or_default();
                turn.calls.insert(p["call_id"].as_str().unwrap().to_owned());
            }
            ("event_msg", Some("item_completed")) => {
                let turn = turns.entry(turn_id.unwrap()).or_default();
                let item = &p["item"];
                if item["status"] == "failed" {
                    turn.failed.insert(item["id"].as_str().unwrap().to_owned());
                }
                if item["type"] == "AgentMessage" {
                    for c in item["content"].as_array().unwrap() {
                        turn.words += c["text"].as_str().unwrap().split_whitespace().count() as u64;
                    }
                }
            }
            ("token_usage_record", _) => {
                let turn = turns.entry(turn_id.unwrap()).or_default();
                let u = &p["usage"];
                let n = |k: &str| u[k].as_u64().unwrap();
                turn.tokens[0] += n("input_tokens") - n("cached_input_tokens");
                turn.tokens[1] += n("output_tokens");
                turn.tokens[2] += n("cached_input_tokens");
            }
            _ => {}
        }
    }
    order
        .iter()
        .enumerate()
        .map(|(index, id)| {
            let turn = turns.remove(id).unwrap_or_default();
            PromptFigures {
                session: session.clone(),
                index: index as u64,
                actions: turn.calls.len() as u64,
                failed: turn.failed.len() as u64,
                words: turn.words,
                tokens: turn.tokens,
            }
        })
        .collect()
}

#[test]
fn real_codex_sessions_record_every_prompts_actions_failures_words_and_tokens() {
    let Some(codex) = codex_binary() else { return };
    let stand_in = StandIn::serve(
        axum::Router::new()
            .route("/v1/responses", post(responses))
            .fallback(other)
            .with_state(Arc::new(AtomicUsize::new(0))),
    );

    let env = HookEnv::new("background_sender = false\n");
    let home = tempfile::tempdir().unwrap();
    let codex_home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    std::fs::write(
        codex_home.path().join("config.toml"),
        format!(
            "model = \"{MODEL}\"\nmodel_provider = \"stand-in\"\n\n\
             [model_providers.stand-in]\nname = \"Stand-in\"\nbase_url = \"{}/v1\"\n\
             wire_api = \"responses\"\nenv_key = \"STAND_IN_API_KEY\"\n",
            stand_in.base_url
        ),
    )
    .unwrap();
    let install = env
        .command(&["install", "codex"])
        .env("HOME", home.path())
        .env("CODEX_HOME", codex_home.path())
        .output()
        .unwrap();
    assert!(install.status.success(), "install: {}", String::from_utf8_lossy(&install.stderr));

    let run = |args: &[&str]| {
        let out = Command::new(&codex)
            .args(["exec", "--skip-git-repo-check", "--dangerously-bypass-hook-trust"])
            .args(["--sandbox", "danger-full-access"])
            .args(args)
            .current_dir(work.path())
            .stdin(std::process::Stdio::null())
            .env("HOME", home.path())
            .env("CODEX_HOME", codex_home.path())
            .env("XDG_CONFIG_HOME", env.config_home())
            .env("XDG_STATE_HOME", env.state_home())
            .env("STAND_IN_API_KEY", "sk-test-not-a-real-key")
            .env_remove("OPENAI_API_KEY")
            .env_remove("OPENAI_BASE_URL")
            .output()
            .unwrap();
        assert!(out.status.success(), "codex {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&["List the files in this folder and tell me what you see"]);
    run(&["resume", "--last", "Now list them again please"]);

    let rollouts = harness_cli::jsonl_files(&codex_home.path().join("sessions"));
    assert_eq!(rollouts.len(), 1, "one rollout, resumed: {rollouts:?}");
    let mut expected = independent_count(&rollouts[0]);
    assert_eq!(expected.len(), 2, "two prompts in the rollout: {expected:?}");
    assert!(expected.iter().all(|p| p.actions == 3 && p.failed == 1), "{expected:?}");
    expected.sort();

    let spans = env.spooled_spans();
    let got = harness_cli::recorded_prompts(&spans, "codex");
    eprintln!("recorded {got:?}");
    assert_eq!(got, expected);
    let root = spans.iter().find(|s| s["name"] == "invoke_agent codex").unwrap();
    assert_eq!(harness_cli::text(root, "gen_ai.provider.name"), "openai");
    assert_eq!(harness_cli::text(root, "gen_ai.request.model"), MODEL);

    // Replaying the rollout gives the same figures, and every line is understood.
    assert_eq!(harness_cli::replayed_prompts(&rollouts, "codex"), expected);
    let summary = agent_hook::replay::collect(&rollouts, false, &mut |_| {}).unwrap();
    assert_eq!(summary.bad_lines, 0, "{summary:?}");
}
