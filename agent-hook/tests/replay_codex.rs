//! Codex CLI rollouts replayed into the same hook payloads: prompts from `user_message`, actions
//! from `function_call`/`custom_tool_call`, words from `agent_message`. The expected numbers
//! were made once by hand with a python3 script written from those rules (see
//! `tests/transcripts/README.md`), not from the Rust code.

use std::collections::BTreeSet;
use std::path::PathBuf;

use agent_hook::replay;
use serde_json::Value;

fn replay_rollout(rel: &str) -> Option<Vec<Value>> {
    let path: PathBuf = coxswain_test_support::real_fixtures()?.join(rel);
    let mut events = Vec::new();
    replay::collect(&[path], false, &mut |e| events.push(e.payload())).expect("replay runs");
    Some(events)
}

/// (prompt index, actions, output words); words `None` when the turn has no end in the file.
fn per_prompt(events: &[Value]) -> Vec<(u64, usize, Option<usize>)> {
    let words = |v: &Value| v.as_str().map(|t| t.split_whitespace().count());
    let mut rows: Vec<(u64, BTreeSet<String>, Option<usize>)> = Vec::new();
    for e in events {
        assert_eq!(e["coxswain_harness"], "codex");
        match e["hook_event_name"].as_str().unwrap() {
            "UserPromptSubmit" => {
                if let (Some(last), Some(text)) =
                    (rows.last_mut(), e.get("coxswain_previous_agent_text"))
                {
                    last.2 = words(text);
                }
                rows.push((e["coxswain_prompt_index"].as_u64().unwrap(), BTreeSet::new(), None));
            }
            "PreToolUse" => {
                rows.last_mut().unwrap().1.insert(e["tool_use_id"].as_str().unwrap().to_owned());
            }
            "Stop" => rows.last_mut().unwrap().2 = words(&e["coxswain_agent_text"]),
            _ => {}
        }
    }
    rows.into_iter().map(|(i, a, w)| (i, a.len(), w)).collect()
}

#[test]
fn a_codex_0_58_rollout_gives_one_prompt_with_its_actions_and_words() {
    let Some(events) = replay_rollout(
        "MoonLadderStudios__MoonMind/rollout-2025-11-13T18-21-11-019a802a-aab1-7c31-9831-d2510c7a74a2.jsonl",
    ) else {
        return;
    };
    assert_eq!(per_prompt(&events), [(0, 42, Some(205))]);
    let start = &events[0];
    assert_eq!(start["hook_event_name"], "SessionStart");
    assert_eq!(start["session_id"], "019a802a-aab1-7c31-9831-d2510c7a74a2");
    assert_eq!(start["model"], "gpt-5.1-codex");
    // argv-form shell output with a non-zero exit code is a failure, in Claude Code's wording.
    let failure = events.iter().find(|e| e["hook_event_name"] == "PostToolUseFailure").unwrap();
    assert!(failure["error"].as_str().unwrap().starts_with("Exit code 127\n"), "{failure}");
    assert!(failure["tool_input"]["command"].is_array());
}

#[test]
fn codex_multi_prompt_rollouts_match_the_independent_count() {
    let Some(events) = replay_rollout(
        "MoonLadderStudios__MoonMind/rollout-2025-11-13T16-00-16-019a7fa9-a846-7393-8d7a-9997d08b0096.jsonl",
    ) else {
        return;
    };
    assert_eq!(per_prompt(&events), [(0, 37, Some(104)), (1, 41, Some(193))]);

    let Some(events) = replay_rollout(
        "0h-n0__local-voice-assistant-codex/rollout-2025-12-25T22-45-23-019b55c1-d022-7061-bbb9-b0c90708472b.jsonl",
    ) else {
        return;
    };
    // (index, actions, words) per prompt, 58 prompts (0.77: `shell_command`, `apply_patch`).
    let expected: [(u64, usize, usize); 58] = [
        (0, 18, 103),
        (1, 5, 97),
        (2, 3, 20),
        (3, 5, 41),
        (4, 1, 4),
        (5, 2, 0),
        (6, 12, 13),
        (7, 2, 75),
        (8, 1, 78),
        (9, 7, 95),
        (10, 5, 86),
        (11, 2, 78),
        (12, 1, 103),
        (13, 11, 39),
        (14, 3, 47),
        (15, 34, 120),
        (16, 10, 205),
        (17, 0, 10),
        (18, 2, 24),
        (19, 2, 82),
        (20, 2, 78),
        (21, 1, 84),
        (22, 1, 124),
        (23, 11, 65),
        (24, 8, 94),
        (25, 31, 95),
        (26, 1, 27),
        (27, 4, 16),
        (28, 0, 0),
        (29, 0, 158),
        (30, 3, 72),
        (31, 0, 4),
        (32, 1, 3),
        (33, 8, 25),
        (34, 2, 68),
        (35, 1, 77),
        (36, 1, 84),
        (37, 1, 116),
        (38, 10, 62),
        (39, 6, 87),
        (40, 29, 70),
        (41, 2, 15),
        (42, 13, 37),
        (43, 1, 14),
        (44, 5, 12),
        (45, 0, 2),
        (46, 9, 20),
        (47, 3, 18),
        (48, 1, 15),
        (49, 3, 16),
        (50, 1, 15),
        (51, 3, 16),
        (52, 1, 14),
        (53, 0, 26),
        (54, 3, 17),
        (55, 1, 10),
        (56, 3, 6),
        (57, 7, 0),
    ];
    let got = per_prompt(&events);
    assert_eq!(got.len(), expected.len());
    for (got, want) in got.iter().zip(expected) {
        assert_eq!((got.0, got.1), (want.0, want.1), "actions of prompt {}", want.0);
        // A turn the file ends in the middle of has no Stop; its words are not known.
        if let Some(words) = got.2 {
            assert_eq!(words, want.2, "words of prompt {}", want.0);
        }
    }
    assert!(got.iter().filter(|r| r.2.is_some()).count() >= 56, "{got:?}");
}
