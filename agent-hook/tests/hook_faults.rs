//! The hook under faults and hostile surroundings, through the real binary: a session lock held
//! by someone else, a transcript that is a FIFO or has an enormous line, a fallback state dir
//! prepared by another user, loose permissions, and credentials about to travel in clear text.

mod common;

use common::HookEnv;
use serde_json::{Value, json};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

const OFFLINE: &str = "background_sender = false\n";

fn send(env: &HookEnv, event: Value) {
    env.hook(event.to_string().as_bytes(), &[]);
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn prompt_root(env: &HookEnv) -> Value {
    let spans = env.spooled_spans();
    let roots: Vec<&Value> =
        spans.iter().filter(|s| s["name"] == "invoke_agent claude-code").collect();
    assert_eq!(roots.len(), 1, "one prompt root: {spans:#?}");
    roots[0].clone()
}

fn attr(span: &Value, key: &str) -> Value {
    span["attributes"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|kv| kv[0] == key)
        .map(|kv| kv[1].clone())
        .unwrap_or(Value::Null)
}

#[test]
fn a_held_session_lock_defers_the_event_and_the_next_event_records_it_in_order() {
    let env = HookEnv::new(OFFLINE);
    let sid = "locked";
    send(
        &env,
        json!({"session_id": sid, "hook_event_name": "UserPromptSubmit", "prompt": "run the tests"}),
    );
    // Another process holds the session's lock for as long as this test wants.
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(env.state().join(format!("sessions/{sid}.lock")))
        .expect("the hook made a lock file");
    lock.lock().expect("hold the session lock");
    let started = std::time::Instant::now();
    send(
        &env,
        json!({"session_id": sid, "hook_event_name": "PostToolUse", "tool_name": "Bash",
               "tool_use_id": "t1", "tool_input": {"command": "cargo test"},
               "tool_response": {"stdout": "test result: ok. 3 passed"}}),
    );
    eprintln!("hook returned after {:?} with the lock held", started.elapsed());
    let deferred: Vec<_> = std::fs::read_dir(env.state().join(format!("deferred/{sid}")))
        .expect("a deferred dir for the session")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
        .collect();
    assert_eq!(deferred.len(), 1, "the event waits in deferred/, not lost");
    assert!(env.spooled_spans().is_empty(), "nothing recorded while the lock is held");
    drop(lock);
    send(
        &env,
        json!({"session_id": sid, "hook_event_name": "Stop", "last_assistant_message": "All tests pass."}),
    );
    let spans = env.spooled_spans();
    let action =
        spans.iter().find(|s| s["name"] == "execute_tool Bash").expect("the deferred action");
    assert_eq!(attr(action, "coxswain.action.test.outcome"), json!("passed"), "{action:#}");
    let root = prompt_root(&env);
    assert!(
        action["end_ns"].as_u64() <= root["end_ns"].as_u64(),
        "the deferred action keeps its own time, before the Stop"
    );
    let left = std::fs::read_dir(env.state().join(format!("deferred/{sid}")))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
        .count();
    assert_eq!(left, 0, "recorded events leave deferred/");
}

#[test]
fn a_deferred_last_event_is_recorded_by_the_sender() {
    let env = HookEnv::new(OFFLINE);
    send(&env, json!({"session_id": "last", "hook_event_name": "SessionStart"}));
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(env.state().join("sessions/last.lock"))
        .unwrap();
    lock.lock().unwrap();
    send(&env, json!({"session_id": "last", "hook_event_name": "SessionEnd", "reason": "logout"}));
    assert_eq!(env.spooled_spans().len(), 1, "only the start so far");
    let status: Value =
        serde_json::from_slice(&env.command(&["status"]).output().unwrap().stdout).unwrap();
    assert_eq!(status["deferred_events"], json!(1), "status shows what waits");
    drop(lock);
    // No collector listens: flush fails, but records the deferred event into the spool first.
    let args = ["flush", "--timeout", "0.5", "--endpoint", "http://127.0.0.1:9"];
    let out = env.command(&args).output().unwrap();
    assert!(!out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let names: Vec<Value> = env.spooled_spans().iter().map(|s| s["name"].clone()).collect();
    assert_eq!(names, vec![json!("coxswain.session.start"), json!("coxswain.session.end")]);
}

/// A prompt whose transcript is `transcript`, then `between` (which may change the
/// transcript), then Stop with `last_message`: the prompt's output words.
fn output_words(transcript: &Path, between: impl FnOnce(), last_message: &str) -> Value {
    let env = HookEnv::new(OFFLINE);
    let submit = json!({"session_id": "t", "hook_event_name": "UserPromptSubmit", "prompt": "go",
                        "transcript_path": transcript});
    send(&env, submit);
    between();
    send(
        &env,
        json!({"session_id": "t", "hook_event_name": "Stop", "last_assistant_message": last_message}),
    );
    attr(&prompt_root(&env), "coxswain.prompt.output_words")
}

#[test]
fn a_fifo_as_transcript_never_stalls_the_hook() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.jsonl");
    mkfifo(&fifo);
    assert_eq!(output_words(&fifo, || {}, "three words here"), json!(3));

    // A regular file at submit that is a FIFO by Stop.
    let path = dir.path().join("swapped.jsonl");
    std::fs::write(&path, "").unwrap();
    let swap = || {
        std::fs::remove_file(&path).unwrap();
        mkfifo(&path);
    };
    assert_eq!(output_words(&path, swap, "two words"), json!(2));
}

#[test]
fn an_over_long_transcript_line_is_skipped_and_the_rest_still_counts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.jsonl");
    std::fs::write(&path, "").unwrap();
    let line = |id: &str, text: &str| {
        json!({"type": "assistant", "message": {"id": id, "role": "assistant",
            "content": [{"type": "text", "text": text}]}})
        .to_string()
    };
    let huge = "word ".repeat(agent_hook::transcript::MAX_LINE_BYTES / 5 + 10);
    let append = || {
        std::fs::write(&path, format!("{}\n{}\n", line("m1", &huge), line("m2", "short reply")))
            .unwrap()
    };
    assert_eq!(output_words(&path, append, "short reply"), json!(2));
}

#[test]
fn state_is_private_and_loose_permissions_are_tightened() {
    let env = HookEnv::new(OFFLINE);
    std::fs::create_dir_all(env.state()).unwrap();
    std::fs::set_permissions(env.state(), std::fs::Permissions::from_mode(0o755)).unwrap();
    send(
        &env,
        json!({"session_id": "perm", "hook_event_name": "UserPromptSubmit", "prompt": "go"}),
    );
    send(&env, json!({"session_id": "perm", "hook_event_name": "Stop"}));
    env.hook(b"not json", &[]); // something for the log
    assert_eq!(mode(&env.state()), 0o700, "state dir tightened");
    let mut files = 0;
    let mut stack = vec![env.state()];
    while let Some(dir) = stack.pop() {
        assert_eq!(mode(&dir), 0o700, "{} is private", dir.display());
        for entry in std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files += 1;
                assert_eq!(mode(&path), 0o600, "{} is private", path.display());
            }
        }
    }
    assert!(files >= 4, "state, lock, spool batch, key and log were checked");
    assert!(env.state().join("hook.log").exists());
}

/// Runs the hook with an unusable XDG state dir and `tmp` as TMPDIR; returns its stderr.
fn hook_with_fallback_in(env: &HookEnv, tmp: &Path) -> String {
    let blocker = env.dir.path().join("not-a-dir");
    std::fs::write(&blocker, b"file").unwrap();
    let out = env
        .command(&["claude-code"])
        .env("XDG_STATE_HOME", blocker.join("state"))
        .env("TMPDIR", tmp)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(
                json!({"session_id": "fb", "hook_event_name": "SessionStart"})
                    .to_string()
                    .as_bytes(),
            )?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_fallback_dir_others_can_write_or_own_is_never_used() {
    // SAFETY: getuid has no preconditions.
    let uid = unsafe { libc::getuid() };
    let env = HookEnv::new(OFFLINE);
    let tmp = env.dir.path().join("tmp");
    let fallback = tmp.join(format!("coxswain-state-{uid}"));
    std::fs::create_dir_all(&fallback).unwrap();
    std::fs::set_permissions(&fallback, std::fs::Permissions::from_mode(0o777)).unwrap();
    let stderr = hook_with_fallback_in(&env, &tmp);
    assert!(stderr.contains("group- or world-writable"), "says why: {stderr}");
    assert_eq!(std::fs::read_dir(&fallback).unwrap().count(), 0, "nothing written there");

    if uid != 0 {
        eprintln!("skipping the other-owner half: needs root to chown a directory");
        return;
    }
    std::fs::set_permissions(&fallback, std::fs::Permissions::from_mode(0o700)).unwrap();
    let c = std::ffi::CString::new(fallback.to_str().unwrap()).unwrap();
    // SAFETY: a valid C string path.
    assert_eq!(unsafe { libc::chown(c.as_ptr(), 65534, 65534) }, 0);
    let stderr = hook_with_fallback_in(&env, &tmp);
    assert!(stderr.contains("belongs to uid 65534"), "says why: {stderr}");
    assert_eq!(std::fs::read_dir(&fallback).unwrap().count(), 0, "nothing written there");
}

#[test]
fn status_warns_when_a_token_would_travel_in_clear_text() {
    let env = HookEnv::new(
        "endpoint = \"http://collector.example.com:4317\"\n[headers]\nauthorization = \"Bearer t0k\"\n",
    );
    let out = env.command(&["status"]).output().unwrap();
    assert!(out.status.success());
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    let warnings = status["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{status:#}");
    assert!(warnings[0].as_str().unwrap().contains("authorization"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("clear text"));
    let log = std::fs::read_to_string(env.state().join("hook.log")).unwrap_or_default();
    assert!(log.contains("clear text"), "the log says it too: {log}");
    assert!(!log.contains("t0k") && !String::from_utf8_lossy(&out.stdout).contains("t0k"));

    let loopback = HookEnv::new(
        "endpoint = \"http://127.0.0.1:4317\"\n[headers]\nauthorization = \"Bearer t0k\"\n",
    );
    let out = loopback.command(&["status"]).output().unwrap();
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["warnings"], json!([]), "loopback is fine");
}
