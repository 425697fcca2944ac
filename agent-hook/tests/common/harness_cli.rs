//! What the real-CLI tests share: the CLI installed from npm (once, under a lock, into the
//! target dir), a scripted model stand-in on loopback, and each prompt's figures read back from
//! the spooled spans.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// `package` (`name@version`) installed with npm into `<target tmp>/<dir>`; returns the
/// installed file `bin` (relative to that dir), or `None` after a "SKIP:" line when npm or the
/// package is unavailable. Several tests may ask at once: an exclusive lock makes one install
/// while the others wait.
pub fn npm_package(dir: &str, package: &str, bin: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(dir);
    let binary = dir.join(bin);
    if binary.is_file() {
        return Some(binary);
    }
    let _lock = coxswain_test_support::InstallLock::take("coxswain-npm.lock");
    if binary.is_file() {
        return Some(binary);
    }
    let installed = Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix"])
        .arg(&dir)
        .arg(package)
        .output();
    match installed {
        Ok(out) if out.status.success() && binary.is_file() => Some(binary),
        Ok(out) => {
            eprintln!(
                "SKIP: npm could not install {package}: {}",
                String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("")
            );
            None
        }
        Err(e) => {
            eprintln!("SKIP: npm is not available ({e})");
            None
        }
    }
}

/// A model stand-in serving `app` on a loopback port; dropped with the runtime.
pub struct StandIn {
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    _runtime: tokio::runtime::Runtime,
}

impl StandIn {
    pub fn serve(app: axum::Router) -> StandIn {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        runtime.spawn(async move { axum::serve(listener, app).await });
        StandIn { base_url, _runtime: runtime }
    }
}

/// One prompt's figures: session, index, actions, failed actions, output words and tokens
/// `[input, output, cache read, cache creation]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct PromptFigures {
    pub session: String,
    pub index: u64,
    pub actions: u64,
    pub failed: u64,
    pub words: u64,
    pub tokens: [u64; 4],
}

fn attr<'a>(span: &'a Value, key: &str) -> Option<&'a Value> {
    span["attributes"].as_array()?.iter().find(|kv| kv[0] == key).map(|kv| &kv[1])
}

fn int(span: &Value, key: &str) -> u64 {
    attr(span, key).and_then(Value::as_u64).unwrap_or(u64::MAX)
}

/// A string attribute of a spooled span ("" when absent).
pub fn text(span: &Value, key: &str) -> String {
    attr(span, key).and_then(Value::as_str).unwrap_or_default().to_owned()
}

/// Every prompt root of `harness` among spooled `spans`, with its actions counted, sorted.
pub fn recorded_prompts(spans: &[Value], harness: &str) -> Vec<PromptFigures> {
    let mut rows: Vec<PromptFigures> = spans
        .iter()
        .filter(|s| s["name"] == format!("invoke_agent {harness}"))
        .map(|root| {
            let session = text(root, "gen_ai.conversation.id");
            let index = int(root, "coxswain.prompt.index");
            let actions: Vec<&Value> = spans
                .iter()
                .filter(|s| s["name"].as_str().is_some_and(|n| n.starts_with("execute_tool")))
                .filter(|s| {
                    text(s, "gen_ai.conversation.id") == session
                        && int(s, "coxswain.prompt.index") == index
                })
                .collect();
            let tokens = [
                "gen_ai.usage.input_tokens",
                "gen_ai.usage.output_tokens",
                "gen_ai.usage.cache_read.input_tokens",
                "gen_ai.usage.cache_creation.input_tokens",
            ]
            .map(|k| int(root, k));
            PromptFigures {
                actions: actions.len() as u64,
                failed: actions.iter().filter(|s| s.get("error").is_some()).count() as u64,
                words: int(root, "coxswain.prompt.output_words"),
                session,
                index,
                tokens,
            }
        })
        .collect();
    rows.sort();
    rows
}

/// Every prompt root of `harness` that replaying `paths` gives, with its actions counted, sorted.
pub fn replayed_prompts(paths: &[PathBuf], harness: &str) -> Vec<PromptFigures> {
    let spans = super::replay_spans(paths);
    let mut rows: Vec<PromptFigures> = spans
        .iter()
        .filter(|s| s.name == format!("invoke_agent {harness}"))
        .map(|root| {
            let session = super::str_attr(root, "gen_ai.conversation.id");
            let index = super::int_attr(root, "coxswain.prompt.index").unwrap_or(u64::MAX);
            let actions: Vec<_> = spans
                .iter()
                .filter(|s| s.name.starts_with("execute_tool"))
                .filter(|s| {
                    super::str_attr(s, "gen_ai.conversation.id") == session
                        && super::int_attr(s, "coxswain.prompt.index") == Some(index)
                })
                .collect();
            PromptFigures {
                actions: actions.len() as u64,
                failed: actions.iter().filter(|s| s.error.is_some()).count() as u64,
                words: super::int_attr(root, "coxswain.prompt.output_words").unwrap_or(u64::MAX),
                tokens: super::root_tokens(root).unwrap_or([u64::MAX; 4]),
                session,
                index,
            }
        })
        .collect();
    rows.sort();
    rows
}

/// Every `.jsonl` file under `dir`, at any depth (sessions, rollouts and chats the CLI wrote).
pub fn jsonl_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(jsonl_files(&path));
        } else if path.extension().is_some_and(|e| e == "jsonl") {
            found.push(path);
        }
    }
    found.sort();
    found
}
