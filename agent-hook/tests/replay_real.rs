//! Replay of the real transcripts under `../shared/fixtures/real/` (skipped when absent), and
//! per-prompt counts that equal counts made independently of this code.
//!
//! The expected numbers were made once by hand with a short python3 script written from the
//! study's rules, not from the Rust code (it is reproduced in `tests/transcripts/README.md`).
//! Each row is (session id prefix, prompt index, main-agent actions, subagent actions,
//! output words).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use agent_hook::replay::{self, ReplaySummary};
use serde_json::Value;

fn replay_paths(paths: &[PathBuf]) -> (ReplaySummary, Vec<Value>) {
    let mut events = Vec::new();
    let summary = replay::collect(paths, false, &mut |e| events.push(e)).expect("replay runs");
    (summary, events)
}

/// Per prompt: (session prefix, index, main actions, subagent actions, output words). Words come
/// from Stop's `coxswain_agent_text`, or for a turn without Stop from the next prompt's
/// `coxswain_previous_agent_text`; `None` when neither exists (the file ends mid-turn).
type Row = (String, u64, usize, usize, Option<usize>);

fn per_prompt(events: &[Value]) -> Vec<Row> {
    struct Open {
        session: String,
        index: u64,
        main: BTreeSet<String>,
        sub: BTreeSet<String>,
        words: Option<usize>,
    }
    let words = |v: &Value| v.as_str().map(|t| t.split_whitespace().count());
    let mut prompts: Vec<Open> = Vec::new();
    for e in events {
        match e["hook_event_name"].as_str().unwrap() {
            "UserPromptSubmit" => {
                if let (Some(last), Some(text)) =
                    (prompts.last_mut(), e.get("coxswain_previous_agent_text"))
                {
                    last.words = words(text);
                }
                prompts.push(Open {
                    session: e["session_id"].as_str().unwrap()[..8].to_owned(),
                    index: e["coxswain_prompt_index"].as_u64().unwrap(),
                    main: BTreeSet::new(),
                    sub: BTreeSet::new(),
                    words: None,
                });
            }
            "PreToolUse" => {
                if let Some(open) = prompts.last_mut() {
                    let id = e["tool_use_id"].as_str().unwrap().to_owned();
                    if e.get("agent_id").is_some() {
                        open.sub.insert(id)
                    } else {
                        open.main.insert(id)
                    };
                }
            }
            "Stop" | "StopFailure" => {
                if let Some(open) = prompts.last_mut() {
                    open.words = words(&e["coxswain_agent_text"]);
                }
            }
            _ => {}
        }
    }
    prompts.into_iter().map(|p| (p.session, p.index, p.main.len(), p.sub.len(), p.words)).collect()
}

fn expect(rows: &[(&str, u64, usize, usize, usize)]) -> Vec<Row> {
    rows.iter().map(|&(s, i, m, a, w)| (s.to_owned(), i, m, a, Some(w))).collect()
}

fn fixture(rel: &str) -> Option<PathBuf> {
    coxswain_test_support::real_fixtures().map(|root| root.join(rel))
}

#[test]
fn every_real_transcript_replays_without_error_and_other_formats_are_skipped_and_counted() {
    let Some(root) = coxswain_test_support::real_fixtures() else {
        return;
    };
    let (summary, events) = replay_paths(std::slice::from_ref(&root));
    eprintln!("{summary:?}");
    // 11 main transcripts + 11 subagent files + 4 Codex rollouts; skipped: 16 hook-payload
    // logs and 1 aside-question side conversation.
    assert_eq!(summary.files, 26, "{summary:?}");
    assert_eq!(summary.skipped_files, 17, "{summary:?}");
    assert_eq!(summary.bad_lines, 0, "the real files are all valid JSON lines");
    assert_eq!(summary.events, events.len());
    assert!(summary.prompts >= 100 && summary.sessions >= 11, "{summary:?}");
    for e in &events {
        for key in ["hook_event_name", "session_id", "coxswain_timestamp"] {
            assert!(e.get(key).and_then(Value::as_str).is_some(), "{key} missing in {e}");
        }
    }
    // Each transcript on its own replays too.
    for file in transcripts(&root) {
        let (summary, _) = replay_paths(std::slice::from_ref(&file));
        assert!(summary.files + summary.skipped_files >= 1, "{}", file.display());
    }
}

fn transcripts(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(transcripts(&path));
        } else if path.extension().is_some_and(|e| e == "jsonl") {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn replaying_a_real_tree_twice_gives_identical_events() {
    let Some(root) = coxswain_test_support::real_fixtures() else {
        return;
    };
    let first = replay_paths(std::slice::from_ref(&root));
    let second = replay_paths(&[root]);
    assert_eq!(first.0, second.0);
    assert!(first.1 == second.1, "event sequences differ");
}

#[test]
fn omarchy_512f6c74_per_prompt_counts_equal_the_independent_count() {
    let Some(path) =
        fixture("4thehalibit__omarchy-backup/512f6c74-f82f-4adb-9719-4ae90076677c.jsonl")
    else {
        return;
    };
    let (_, events) = replay_paths(&[path]);
    // Made by hand with the python3 script of tests/transcripts/README.md (2.1.97, 8 subagent
    // files in `<session>/subagents/`, `!` shell lines, two interrupts).
    let expected = expect(&[
        ("512f6c74", 0, 1, 0, 40),
        ("512f6c74", 1, 7, 0, 14),
        ("512f6c74", 2, 0, 0, 291),
        ("512f6c74", 3, 0, 0, 3),
        ("512f6c74", 4, 1, 1, 118),
        ("512f6c74", 5, 2, 0, 67),
        ("512f6c74", 6, 3, 29, 126),
        ("512f6c74", 7, 4, 0, 92),
        ("512f6c74", 8, 4, 0, 61),
        ("512f6c74", 9, 0, 0, 11),
        ("512f6c74", 10, 3, 41, 238),
        ("512f6c74", 11, 0, 0, 40),
        ("512f6c74", 12, 41, 16, 176),
        ("512f6c74", 13, 3, 6, 159),
        ("512f6c74", 14, 1, 0, 15),
        ("512f6c74", 15, 0, 0, 0),
        ("512f6c74", 16, 1, 2, 113),
        ("512f6c74", 17, 1, 0, 37),
        ("512f6c74", 18, 3, 0, 68),
        ("512f6c74", 19, 2, 0, 18),
        ("512f6c74", 20, 0, 0, 60),
        ("512f6c74", 21, 0, 0, 136),
        ("512f6c74", 22, 3, 0, 18),
        ("512f6c74", 23, 1, 0, 159),
        ("512f6c74", 24, 0, 0, 12),
        ("512f6c74", 25, 2, 0, 157),
        ("512f6c74", 26, 2, 0, 116),
        ("512f6c74", 27, 0, 0, 50),
        ("512f6c74", 28, 0, 0, 17),
        ("512f6c74", 29, 0, 0, 41),
        ("512f6c74", 30, 0, 0, 28),
        ("512f6c74", 31, 0, 0, 32),
        ("512f6c74", 32, 0, 0, 40),
        ("512f6c74", 33, 2, 0, 56),
        ("512f6c74", 34, 0, 0, 13),
        ("512f6c74", 35, 0, 0, 16),
        ("512f6c74", 36, 0, 0, 15),
        ("512f6c74", 37, 0, 0, 10),
        ("512f6c74", 38, 0, 0, 30),
        ("512f6c74", 39, 0, 0, 65),
        ("512f6c74", 40, 0, 0, 80),
        ("512f6c74", 41, 0, 0, 51),
        ("512f6c74", 42, 0, 0, 5),
        ("512f6c74", 43, 0, 0, 1),
        ("512f6c74", 44, 0, 0, 2),
    ]);
    assert_eq!(per_prompt(&events), expected);
}

#[test]
fn attio_4111cd2e_per_prompt_counts_equal_the_independent_count() {
    let Some(path) = fixture(
        "kesslerio__attio-mcp-server/4111cd2e-9717-438e-877c-d300c22459a8/transcript.jsonl",
    ) else {
        return;
    };
    let (_, events) = replay_paths(&[path]);
    // Made by hand with the same script (1.0.69, `/clear` wrapper lines, three Task subagents
    // as inline `isSidechain` lines).
    assert_eq!(per_prompt(&events), expect(&[("4111cd2e", 0, 40, 41, 381)]));
}

#[test]
fn templar_resumed_file_counts_prompts_per_session_like_the_independent_count() {
    let Some(path) =
        fixture("conneroisu__templar/91c1aab5-fbfe-40ba-8a9f-98f5bbd841cc/transcript.jsonl")
    else {
        return;
    };
    let (summary, events) = replay_paths(&[path]);
    // Two session ids interleaved in one file (1.0.56); compact summaries are not prompts.
    assert_eq!(
        per_prompt(&events),
        expect(&[
            ("8e6737a7", 0, 26, 0, 887),
            ("8e6737a7", 1, 2, 0, 29),
            ("91c1aab5", 0, 15, 0, 116)
        ])
    );
    assert_eq!(summary.sessions, 2);
    let starts: Vec<&str> = events
        .iter()
        .filter(|e| e["hook_event_name"] == "SessionStart")
        .map(|e| e["source"].as_str().unwrap())
        .collect();
    assert_eq!(starts, ["startup", "resume"]);
}
