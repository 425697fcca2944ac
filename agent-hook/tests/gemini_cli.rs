//! The real Gemini CLI (the npm package, run with Node ≥ 20) runs sessions against a scripted
//! stand-in for the Gemini API on loopback (`GOOGLE_GEMINI_BASE_URL` with an API key), with the
//! hook wired in by `agent-hook install gemini-cli` under a temporary HOME: `gemini -p`, then
//! `gemini -p --resume latest`. Every prompt's actions, failed actions, output words and tokens
//! must equal a count made independently from the chat file Gemini CLI wrote, and the hook's
//! stdout must parse as a JSON object on every event (Gemini CLI shows anything else to the
//! user). Skipped ("SKIP:") when node, npm or the package is unavailable.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::State;
use axum::http::{Uri, header};
use axum::response::{IntoResponse, Response};
use common::HookEnv;
use common::harness_cli::{self, PromptFigures, StandIn};
use serde_json::{Value, json};

const VERSION: &str = "0.61.0";

/// The CLI's script, installed once under the target dir with npm; `None` (after a SKIP line)
/// when node is missing or older than 20, or npm cannot install it.
fn gemini_script() -> Option<PathBuf> {
    let node = Command::new("node").arg("--version").output();
    let major = node.ok().and_then(|o| {
        let v = String::from_utf8_lossy(&o.stdout).trim().trim_start_matches('v').to_owned();
        v.split('.').next()?.parse::<u32>().ok()
    });
    if major.is_none_or(|m| m < 20) {
        eprintln!("SKIP: Gemini CLI needs Node 20 or later (found {major:?})");
        return None;
    }
    harness_cli::npm_package(
        &format!("gemini-cli-{VERSION}"),
        &format!("@google/gemini-cli@{VERSION}"),
        "node_modules/@google/gemini-cli/bundle/gemini.js",
    )
}

/// Tool results since the conversation's last user text: where the scripted turn stands.
fn step(contents: &[Value]) -> usize {
    contents.iter().fold(0, |n, c| {
        let parts = c["parts"].as_array().cloned().unwrap_or_default();
        if c["role"] == "user" && parts.iter().any(|p| p.get("text").is_some()) {
            0
        } else if parts.iter().any(|p| p.get("functionResponse").is_some()) {
            n + 1
        } else {
            n
        }
    })
}

/// The scripted model. Streamed calls reply per step of a turn: text (in two chunks) and a
/// shell call (`ls`), text and a shell call that exits 3, then a closing text; the last chunk
/// carries `finishReason` and `usageMetadata`. Other calls (the model router's classifier) get
/// a plain JSON answer.
async fn gemini(State(calls): State<Arc<AtomicUsize>>, uri: Uri, body: String) -> Response {
    let request: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    let n = calls.fetch_add(1, Ordering::SeqCst) as u64 + 1;
    let usage = json!({"promptTokenCount": 1000 * n, "cachedContentTokenCount": 600 * n,
                       "candidatesTokenCount": 30 + n, "totalTokenCount": 1030 + 1001 * n});
    if !uri.path().ends_with(":streamGenerateContent") {
        let text = json!({"complexity_reasoning": "simple", "complexity_score": 1}).to_string();
        let reply = json!({"candidates": [{"content": {"role": "model", "parts": [{"text": text}]},
                           "finishReason": "STOP"}], "usageMetadata": usage});
        return ([(header::CONTENT_TYPE, "application/json")], reply.to_string()).into_response();
    }
    let shell = |command: &str| {
        json!({"functionCall": {"name": "run_shell_command",
                                                        "args": {"command": command}}})
    };
    let contents = request["contents"].as_array().cloned().unwrap_or_default();
    let chunks = match step(&contents) {
        0 => vec![
            vec![json!({"text": format!("Reply {n}: I will list ")})],
            vec![json!({"text": "the files first."}), shell("ls")],
        ],
        1 => vec![vec![json!({"text": "Now a check that fails."}), shell("exit 3")]],
        _ => vec![vec![json!({"text": "Done: the listing shows what the folder holds."})]],
    };
    let last = chunks.len() - 1;
    let sse: String = chunks
        .into_iter()
        .enumerate()
        .map(|(i, parts)| {
            let mut chunk = json!({"candidates": [{"content": {"role": "model", "parts": parts},
                                   "index": 0}], "modelVersion": "gemini-2.5-pro"});
            if i == last {
                chunk["candidates"][0]["finishReason"] = json!("STOP");
                chunk["usageMetadata"] = usage.clone();
            }
            format!("data: {chunk}\r\n\r\n")
        })
        .collect();
    ([(header::CONTENT_TYPE, "text/event-stream")], sse).into_response()
}

/// One prompt while counting: its tool calls, the failed ones, and its model messages by id
/// (a message is written again as it grows; its last line counts).
#[derive(Default)]
struct Turn {
    calls: BTreeSet<String>,
    failed: BTreeSet<String>,
    messages: BTreeMap<String, Value>,
}

/// Per prompt, straight from the chat file: calls from the model messages' `toolCalls`, failed
/// ones from an `Exit Code: N` (N ≠ 0) in their result, words from the messages' content, and
/// tokens from their `tokens` (input without its cached part; output with thoughts).
fn independent_count(chat: &Path) -> Vec<PromptFigures> {
    let text = std::fs::read_to_string(chat).unwrap();
    let mut session = String::new();
    let mut turns: Vec<Turn> = Vec::new();
    for line in text.lines() {
        let d: Value = serde_json::from_str(line).unwrap();
        if let Some(id) = d["sessionId"].as_str() {
            session = id.to_owned();
        }
        let parts = d["content"].as_array().cloned().unwrap_or_default();
        if d["type"] == "user" && parts.iter().any(|p| p["text"].is_string()) {
            turns.push(Turn::default());
        }
        let (Some(turn), true) = (turns.last_mut(), d["type"] == "gemini") else { continue };
        for call in d["toolCalls"].as_array().into_iter().flatten() {
            let id = call["id"].as_str().unwrap().to_owned();
            let output = call["result"][0]["functionResponse"]["response"]["output"].to_string();
            let code = output.split("Exit Code: ").nth(1);
            let code = code.and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next());
            if code.is_some_and(|c| c != "0") {
                turn.failed.insert(id.clone());
            }
            turn.calls.insert(id);
        }
        turn.messages.insert(d["id"].as_str().unwrap().to_owned(), d);
    }
    turns
        .into_iter()
        .enumerate()
        .map(|(index, turn)| {
            let mut figures = PromptFigures {
                session: session.clone(),
                index: index as u64,
                actions: turn.calls.len() as u64,
                failed: turn.failed.len() as u64,
                ..PromptFigures::default()
            };
            for m in turn.messages.values() {
                figures.words += m["content"].as_str().unwrap().split_whitespace().count() as u64;
                let t = &m["tokens"];
                let n = |k: &str| t[k].as_u64().unwrap();
                figures.tokens[0] += n("input") - n("cached");
                figures.tokens[1] += n("output") + n("thoughts");
                figures.tokens[2] += n("cached");
            }
            figures
        })
        .collect()
}

#[test]
fn real_gemini_cli_sessions_record_every_prompts_actions_failures_words_and_tokens() {
    let Some(script) = gemini_script() else { return };
    let stand_in = StandIn::serve(
        axum::Router::new().fallback(gemini).with_state(Arc::new(AtomicUsize::new(0))),
    );

    let env = HookEnv::new("background_sender = false\n");
    let home = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    // The user's own settings: the API-key sign-in, no update checks or usage statistics, and a
    // hook of theirs on every event that keeps each payload (the hook must coexist with it).
    let payloads = home.path().join("payloads.jsonl");
    let keep = json!([{"hooks": [{"type": "command", "timeout": 5000,
        "command": format!("{{ cat; echo; }} >> '{}'; echo '{{}}'", payloads.display())}]}]);
    let events = [
        "SessionStart",
        "BeforeAgent",
        "BeforeTool",
        "AfterTool",
        "AfterModel",
        "AfterAgent",
        "Notification",
        "PreCompress",
        "SessionEnd",
    ];
    let settings = json!({
        "security": {"auth": {"selectedType": "gemini-api-key"}},
        "general": {"enableAutoUpdate": false, "enableAutoUpdateNotification": false},
        "privacy": {"usageStatisticsEnabled": false},
        "hooks": events.iter().map(|e| (e.to_string(), keep.clone())).collect::<serde_json::Map<_, _>>(),
    });
    std::fs::create_dir_all(home.path().join(".gemini")).unwrap();
    std::fs::write(home.path().join(".gemini/settings.json"), settings.to_string()).unwrap();
    let install =
        env.command(&["install", "gemini-cli"]).env("HOME", home.path()).output().unwrap();
    assert!(install.status.success(), "install: {}", String::from_utf8_lossy(&install.stderr));

    let run = |args: &[&str]| {
        let out = Command::new("node")
            .arg(&script)
            .args(args)
            .arg("--yolo")
            .current_dir(work.path())
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", env.config_home())
            .env("XDG_STATE_HOME", env.state_home())
            .env("GEMINI_API_KEY", "test-key-not-a-real-key")
            .env("GOOGLE_GEMINI_BASE_URL", &stand_in.base_url)
            .env("GEMINI_CLI_TRUST_WORKSPACE", "true")
            .env("GEMINI_CLI_NO_RELAUNCH", "true")
            .env_remove("GOOGLE_API_KEY")
            .env_remove("GOOGLE_GENAI_USE_VERTEXAI")
            .env_remove("GOOGLE_CLOUD_PROJECT")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "gemini {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(stdout.contains("Done: the listing"), "gemini {args:?} said: {stdout}");
    };
    run(&["-p", "List the files in this folder and tell me what you see"]);
    run(&["-p", "Now list them again please", "--resume", "latest"]);

    let mut chats = harness_cli::jsonl_files(&home.path().join(".gemini/tmp"));
    chats.retain(|c| c.parent().is_some_and(|p| p.ends_with("chats")));
    let mut expected: Vec<PromptFigures> =
        chats.iter().flat_map(|c| independent_count(c)).collect();
    assert_eq!(expected.len(), 2, "two prompts in {chats:?}: {expected:?}");
    assert!(expected.iter().all(|p| p.actions == 2 && p.failed == 1), "{expected:?}");
    expected.sort();

    let spans = env.spooled_spans();
    let got = harness_cli::recorded_prompts(&spans, "gemini-cli");
    eprintln!("recorded {got:?}");
    assert_eq!(got, expected);
    let root = spans.iter().find(|s| s["name"] == "invoke_agent gemini-cli").unwrap();
    assert_eq!(harness_cli::text(root, "gen_ai.provider.name"), "google");

    // Every payload Gemini CLI sent, given to the hook again: exit 0 and a JSON object on stdout.
    let again = HookEnv::new("background_sender = false\n");
    let text = std::fs::read_to_string(&payloads).unwrap();
    let mut seen = BTreeSet::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let payload: Value = serde_json::from_str(line).unwrap();
        seen.insert(payload["hook_event_name"].as_str().unwrap().to_owned());
        let out = again.hook_as("gemini-cli", line.as_bytes(), &[]);
        let reply: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("stdout not JSON ({e}): {:?}", out.stdout));
        assert!(reply.is_object(), "{reply}");
    }
    for event in
        ["SessionStart", "BeforeAgent", "BeforeTool", "AfterTool", "AfterModel", "AfterAgent"]
    {
        assert!(seen.contains(event), "{event} never fired: {seen:?}");
    }
}
