//! Codex CLI and Gemini CLI, live: sessions shaped as each harness documents its hook payloads
//! (`agent-hook/tests/fixtures`, sources in its README) go through the real `agent-hook codex` /
//! `agent-hook gemini-cli`, one process per event, into a real collector, and come out as
//! sessions with the right harness, prompts, actions per prompt, output words and tokens. Every
//! invocation exits 0; Gemini CLI gets exactly `{}` on stdout, Codex nothing.

mod e2e_common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use coxswain_test_support::bin_path;
use e2e_common::{collector, flush, sessions, wait_assembled};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("agent-hook/tests/fixtures").join(name)
}

/// Runs `agent-hook <harness>` once per payload line; returns each run's stdout.
fn play(harness: &str, payloads: &str, home: &Path, endpoint: &str) -> Vec<Vec<u8>> {
    let mut outputs = Vec::new();
    for line in payloads.lines().filter(|l| !l.trim().is_empty()) {
        let mut child = Command::new(bin_path("agent-hook"))
            .args([harness, "--endpoint", endpoint])
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_STATE_HOME", home.join("state"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn agent-hook");
        child.stdin.take().expect("stdin").write_all(line.as_bytes()).expect("payload");
        let out = child.wait_with_output().expect("agent-hook");
        assert!(out.status.success(), "agent-hook {harness} exited {:?} on {line}", out.status);
        outputs.push(out.stdout);
    }
    outputs
}

fn hook_home(dir: &Path) -> PathBuf {
    let home = dir.join("hook");
    std::fs::create_dir_all(home.join("config/coxswain")).expect("config dir");
    std::fs::write(home.join("config/coxswain/hook.toml"), "background_sender = false\n")
        .expect("hook.toml");
    home
}

/// (actions, output words, input, cache read, output tokens) of each prompt.
fn prompt_figures(session: &Value) -> Vec<[u64; 5]> {
    let n = |p: &Value, k: &str| p[k].as_u64().unwrap_or(u64::MAX);
    session["prompts"]
        .as_array()
        .expect("prompts")
        .iter()
        .map(|p| {
            [
                n(p, "actions"),
                n(p, "output_words"),
                n(p, "input_tokens"),
                n(p, "cache_read_tokens"),
                n(p, "output_tokens"),
            ]
        })
        .collect()
}

#[test]
fn codex_and_gemini_cli_sessions_arrive_with_their_harness_prompts_actions_and_tokens() {
    let work = tempfile::tempdir().expect("tempdir");
    let c = collector(&work.path().join("collector"));
    let home = hook_home(work.path());
    let endpoint = c.grpc_url();

    let rollout = work.path().join("rollout-fx-codex.jsonl");
    std::fs::copy(fixture("codex_rollout.jsonl"), &rollout).expect("rollout");
    let codex = std::fs::read_to_string(fixture("codex_session.jsonl"))
        .expect("codex fixture")
        .replace("ROLLOUT", rollout.to_str().expect("utf-8 path"));
    for out in play("codex", &codex, &home, &endpoint) {
        assert!(out.is_empty(), "codex hook wrote {:?}", String::from_utf8_lossy(&out));
    }

    let gemini = std::fs::read_to_string(fixture("gemini_cli_session.jsonl")).expect("fixture");
    for out in play("gemini-cli", &gemini, &home, &endpoint) {
        assert_eq!(out, b"{}", "Gemini CLI gets exactly an empty JSON object");
        let parsed: Value = serde_json::from_slice(&out).expect("stdout parses as JSON");
        assert!(parsed.as_object().is_some_and(|o| o.is_empty()));
    }

    flush(&home.join("config"), &home.join("state"), &endpoint);
    wait_assembled(&c, 2, 4);
    let all = sessions(&c);

    let codex = all.get("fx-codex").expect("the Codex session arrived");
    assert_eq!(codex["harness"], "codex");
    assert_eq!(
        prompt_figures(codex),
        vec![[3, 8, 3500, 1500, 300], [1, 5, 2000, 2000, 120]],
        "actions, words, input/cache/output tokens per prompt: {codex:#}"
    );

    let gemini = all.get("fx-gemini").expect("the Gemini CLI session arrived");
    assert_eq!(gemini["harness"], "gemini-cli");
    assert_eq!(
        prompt_figures(gemini),
        vec![[2, 11, 2000, 1200, 100], [1, 1, 500, 2000, 5]],
        "actions, words, input/cache/output tokens per prompt: {gemini:#}"
    );
}
