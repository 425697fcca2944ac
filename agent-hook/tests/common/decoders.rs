//! Every decoder the hook runs on input it does not control, driven by one byte string: the
//! hook payload parser and the Claude Code adapter behind it, transcript lines and the window
//! reader, timestamps, and the secret redaction. Shared by the property tests and the
//! `fuzz_hook` example; a panic anywhere is the failure.

use agent_hook::recorder::{MemorySink, Recorder, RecorderSettings};
use agent_hook::state::MemoryStore;
use agent_hook::transcript::{AgentText, entry, line};
use agent_hook::{claude_code, clock, payload, signals::secrets};
use serde_json::Value;

/// A recorder that keeps everything in memory.
pub fn memory_recorder() -> Recorder {
    let settings = RecorderSettings {
        harness: "claude-code".into(),
        harness_version: None,
        agent_name: "claude-code".into(),
        provider: "anthropic".into(),
        source: "live".into(),
        pseudonym: "p".into(),
        team: None,
        capture_content: true,
    };
    Recorder::new(settings, Box::new(MemoryStore::default()), Box::new(MemorySink::default()))
}

/// Runs `bytes` through every in-memory decoder (as a payload, as a transcript line, as text).
pub fn exercise(recorder: &Recorder, bytes: &[u8]) {
    if let Ok(event) = payload::parse(bytes) {
        let _ = claude_code::handle(recorder, &event, 1_700_000_000_000_000_000);
    }
    if let Some(value) = line::parse_line(bytes) {
        exercise_line(&value);
        let _ = secrets::redact_json(&value);
    }
    let text = String::from_utf8_lossy(bytes);
    let _ = line::timestamp_millis(&text);
    let _ = clock::parse_rfc3339(&text);
    let _ = line::repair_surrogates(&text);
    let _ = secrets::redact(&text);
}

/// The transcript-entry readers on one parsed line.
pub fn exercise_line(value: &Value) {
    let mut text = AgentText::default();
    text.add_line(value);
    text.add_agent_line(value);
    let _ = (text.words(), text.last().map(str::len), text.text());
    let _ = (entry::kind(value), entry::is_sidechain(value), entry::prompt_text(value));
    let _ = (entry::is_interrupt_marker(value), entry::message_id(value));
    for result in entry::tool_results(value) {
        let _ = entry::result_text(result);
    }
}

/// `bytes` as a transcript file read from `offset` by the hook's window reader.
pub fn exercise_window(dir: &std::path::Path, bytes: &[u8], offset: u64) {
    let path = dir.join("transcript.jsonl");
    if std::fs::write(&path, bytes).is_ok() {
        let _ = agent_hook::transcript::window_agent_text(&path, offset);
    }
}

/// Seed inputs: the handwritten payload fixtures, line by line.
pub fn seeds() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().filter_map(|e| e.ok()) {
        if entry.path().extension().is_some_and(|e| e == "jsonl")
            && let Ok(text) = std::fs::read(entry.path())
        {
            seeds.extend(text.split(|b| *b == b'\n').filter(|l| !l.is_empty()).map(<[u8]>::to_vec));
        }
    }
    seeds
}
