//! Replay of the real transcripts under `../shared/fixtures/real/` (skipped when absent), and
//! per-prompt counts that equal counts made independently of this code.
//!
//! The expected numbers were made once by hand with a short python3 script written from the
//! study's rules, not from the Rust code (it is reproduced in `tests/transcripts/README.md`).
//! Each row is (session id prefix, prompt index, main-agent actions, subagent actions,
//! output words).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod common;

use agent_hook::recorder::span::AttrValue;
use agent_hook::replay::{self, ReplaySummary};
use serde_json::Value;

fn replay_paths(paths: &[PathBuf]) -> (ReplaySummary, Vec<Value>) {
    let mut events = Vec::new();
    let summary =
        replay::collect(paths, false, &mut |e| events.push(e.payload())).expect("replay runs");
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
                // Only the open prompt's own session: a resumed file interleaves two.
                let open = prompts
                    .last_mut()
                    .filter(|p| e["session_id"].as_str().unwrap().starts_with(&p.session));
                if let Some(open) = open {
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
    // Two session ids interleaved in one file (1.0.56); compact summaries are not prompts. The
    // resumed session copies the earlier one's conversation: its human prompts keep the earlier
    // id, the agent's lines carry the resumed id, so the earlier id's prompts have no work, and
    // the 45 copied calls come before the resumed session's first prompt: no prompt's, but its.
    assert_eq!(
        per_prompt(&events),
        expect(&[("8e6737a7", 0, 0, 0, 0), ("8e6737a7", 1, 0, 0, 0), ("91c1aab5", 0, 15, 0, 116)])
    );
    let calls: Vec<(&str, &str)> = events
        .iter()
        .filter(|e| e["hook_event_name"] == "PreToolUse")
        .map(|e| (&e["session_id"].as_str().unwrap()[..8], e["tool_use_id"].as_str().unwrap()))
        .collect();
    let distinct: BTreeSet<&str> = calls.iter().map(|c| c.1).collect();
    assert_eq!((calls.len(), distinct.len()), (60, 60), "every call once");
    assert!(calls.iter().all(|c| c.0 == "91c1aab5"), "every call under the resumed session");
    assert_eq!(summary.sessions, 2);
    let starts: Vec<&str> = events
        .iter()
        .filter(|e| e["hook_event_name"] == "SessionStart")
        .map(|e| e["source"].as_str().unwrap())
        .collect();
    assert_eq!(starts, ["startup", "resume"]);
}

/// Per prompt, as `agent-hook replay` records it: (session prefix, index, main-agent actions,
/// subagent actions, output words, main-agent tokens [input, output, cache read, cache creation]).
type SpanRow = (String, u64, u64, u64, u64, Option<[u64; 4]>);

/// Each prompt's row off the spans `agent-hook replay` records for `paths`: the root's words and
/// tokens, and the action spans that name its index. Also the actions of no prompt.
fn recorded_rows(paths: &[PathBuf]) -> (Vec<SpanRow>, u64) {
    use coxswain_proto::telemetry::{action, common as shared, gen_ai, prompt};
    let mut spans = common::replay_spans(paths);
    spans.retain(|s| common::str_attr(s, shared::HARNESS) == "claude-code");
    let key = |s: &agent_hook::recorder::span::SpanRecord| {
        let session = common::str_attr(s, gen_ai::CONVERSATION_ID);
        (session[..8].to_owned(), common::int_attr(s, shared::PROMPT_INDEX))
    };
    let mut rows: std::collections::BTreeMap<(String, u64), SpanRow> = Default::default();
    for root in spans.iter().filter(|s| s.name.starts_with("invoke_agent")) {
        let (session, index) = key(root);
        let index = index.expect("a root has its index");
        let words = common::int_attr(root, prompt::OUTPUT_WORDS).unwrap_or_default();
        let row = (session.clone(), index, 0, 0, words, common::root_tokens(root));
        rows.insert((session, index), row);
    }
    let mut unattributed = 0;
    for a in spans.iter().filter(|s| s.name.starts_with("execute_tool")) {
        let (session, index) = key(a);
        let Some(row) = index.and_then(|i| rows.get_mut(&(session, i))) else {
            unattributed += 1;
            continue;
        };
        if a.attr(action::SUBAGENT) == Some(&AttrValue::Bool(true)) {
            row.3 += 1;
        } else {
            row.2 += 1;
        }
    }
    (rows.into_values().collect(), unattributed)
}

/// One prompt as counted by hand: (session, index, main actions, subagent actions, output words,
/// main-agent tokens).
type IndependentCount = (&'static str, u64, u64, u64, u64, Option<[u64; 4]>);

#[test]
fn every_real_prompt_has_the_independently_counted_actions_words_and_tokens() {
    let Some(root) = coxswain_test_support::real_fixtures() else {
        eprintln!("SKIP: ../shared/fixtures/real is absent; the real-data proof did not run");
        return;
    };
    // Made once with count_tokens.py (tests/transcripts/README.md), a different method from this
    // code, over every main transcript: (session, index, main actions, subagent actions, output
    // words, main-agent tokens [input, output, cache read, cache creation]; None: no usage).
    let expected: Vec<IndependentCount> = vec![
        ("44ef5cbf", 0, 1, 0, 5, Some([4, 99, 14579, 17334])),
        ("44ef5cbf", 1, 1, 0, 30, Some([6, 104, 32047, 3339])),
        ("44ef5cbf", 2, 0, 0, 64, Some([3, 291, 19346, 58])),
        ("44ef5cbf", 3, 2, 0, 18, Some([6, 62, 62806, 5780])),
        ("44ef5cbf", 4, 1, 0, 15, Some([4, 193, 50403, 252])),
        ("44ef5cbf", 5, 1, 13, 0, Some([3, 8, 25436, 1344])),
        ("44ef5cbf", 6, 7, 0, 17, Some([10, 2269, 229102, 4033])),
        ("512f6c74", 0, 1, 0, 40, Some([4, 406, 27263, 5459])),
        ("512f6c74", 1, 7, 0, 14, Some([9, 1514, 122125, 2595])),
        ("512f6c74", 2, 0, 0, 291, Some([3, 751, 18897, 944])),
        ("512f6c74", 3, 0, 0, 3, Some([3, 84, 19841, 775])),
        ("512f6c74", 4, 1, 1, 118, Some([4, 409, 41331, 695])),
        ("512f6c74", 5, 2, 0, 67, Some([5, 681, 65114, 1451])),
        ("512f6c74", 6, 3, 29, 126, Some([6, 1098, 95405, 2743])),
        ("512f6c74", 7, 4, 0, 92, Some([7, 2275, 133997, 2520])),
        ("512f6c74", 8, 4, 0, 61, Some([7, 1250, 143898, 1817])),
        ("512f6c74", 9, 0, 0, 11, Some([3, 78, 29842, 190])),
        ("512f6c74", 10, 3, 41, 238, Some([6, 3042, 123271, 5047])),
        ("512f6c74", 11, 0, 0, 40, Some([3, 259, 35079, 804])),
        ("512f6c74", 12, 41, 16, 176, Some([20, 13538, 843277, 58839])),
        ("512f6c74", 13, 3, 6, 159, Some([6, 4070, 229724, 4955])),
        ("512f6c74", 14, 1, 0, 15, Some([4, 202, 121404, 510])),
        ("512f6c74", 15, 0, 0, 0, None),
        ("512f6c74", 16, 1, 2, 113, Some([4, 598, 122310, 605])),
        ("512f6c74", 17, 1, 0, 37, Some([4, 268, 123852, 1291])),
        ("512f6c74", 18, 3, 0, 68, Some([6, 764, 252971, 9945])),
        ("512f6c74", 19, 2, 0, 18, Some([5, 266, 217977, 564])),
        ("512f6c74", 20, 0, 0, 60, Some([3, 121, 73049, 15])),
        ("512f6c74", 21, 0, 0, 136, Some([3, 284, 73064, 130])),
        ("512f6c74", 22, 3, 0, 18, Some([6, 664, 294448, 1247])),
        ("512f6c74", 23, 1, 0, 159, Some([4, 1096, 148929, 1605])),
        ("512f6c74", 24, 0, 0, 12, Some([3, 30, 76046, 791])),
        ("512f6c74", 25, 2, 0, 157, Some([5, 2180, 231032, 1418])),
        ("512f6c74", 26, 2, 0, 116, Some([5, 948, 237865, 2058])),
        ("512f6c74", 27, 0, 0, 50, Some([3, 357, 80313, 449])),
        ("512f6c74", 28, 0, 0, 17, Some([3, 186, 80762, 373])),
        ("512f6c74", 29, 0, 0, 41, Some([3, 91, 81135, 351])),
        ("512f6c74", 30, 0, 0, 28, Some([3, 149, 81486, 149])),
        ("512f6c74", 31, 0, 0, 32, Some([3, 160, 81635, 160])),
        ("512f6c74", 32, 0, 0, 40, Some([3, 240, 81795, 167])),
        ("512f6c74", 33, 2, 0, 56, Some([5, 715, 247510, 1749])),
        ("512f6c74", 34, 0, 0, 13, Some([3, 93, 83711, 122])),
        ("512f6c74", 35, 0, 0, 16, Some([3, 101, 83833, 112])),
        ("512f6c74", 36, 0, 0, 15, Some([3, 198, 83945, 115])),
        ("512f6c74", 37, 0, 0, 10, Some([3, 63, 84060, 304])),
        ("512f6c74", 38, 0, 0, 30, Some([3, 45, 84364, 77])),
        ("512f6c74", 39, 0, 0, 65, Some([3, 106, 84441, 68])),
        ("512f6c74", 40, 0, 0, 80, Some([3, 433, 84509, 237])),
        ("512f6c74", 41, 0, 0, 51, Some([3, 73, 84746, 447])),
        ("512f6c74", 42, 0, 0, 5, Some([3, 11, 85193, 78])),
        ("512f6c74", 43, 0, 0, 1, Some([3, 4, 85271, 16])),
        ("512f6c74", 44, 0, 0, 2, Some([3, 6, 85287, 9])),
        ("8fd119a6", 0, 1, 8, 44, Some([4, 711, 27282, 6096])),
        ("8fd119a6", 1, 5, 0, 139, Some([7, 2213, 107851, 8336])),
        ("8fd119a6", 2, 2, 0, 243, Some([5, 15372, 80832, 16016])),
        ("8fd119a6", 3, 1, 0, 116, Some([4, 1381, 83508, 1572])),
        ("8fd119a6", 4, 0, 0, 99, Some([3, 235, 43178, 144])),
        ("8fd119a6", 5, 0, 0, 24, Some([3, 119, 43322, 252])),
        ("8fd119a6", 6, 0, 0, 214, Some([3, 4823, 43574, 624])),
        ("8fd119a6", 7, 4, 0, 157, Some([7, 7994, 243054, 14010])),
        ("8fd119a6", 8, 1, 0, 9, Some([3, 1353, 57763, 123])),
        ("8fd119a6", 9, 1, 0, 89, Some([4, 938, 117192, 2201])),
        ("8fd119a6", 10, 1, 0, 43, Some([4, 456, 121106, 1351])),
        ("8fd119a6", 11, 10, 0, 183, Some([13, 7869, 711465, 12064])),
        ("8fd119a6", 12, 0, 0, 16, Some([3, 66, 73502, 161])),
        ("8fd119a6", 13, 0, 0, 60, Some([3, 802, 73663, 204])),
        ("8fd119a6", 14, 0, 0, 54, Some([3, 617, 73867, 810])),
        ("8fd119a6", 15, 0, 0, 15, Some([3, 23, 74677, 636])),
        ("8fd119a6", 16, 0, 0, 5, Some([3, 68, 75313, 33])),
        ("8fd119a6", 17, 2, 0, 17, Some([5, 322, 226383, 467])),
        ("8fd119a6", 18, 0, 0, 31, Some([3, 135, 75813, 71])),
        ("8fd119a6", 19, 0, 0, 70, Some([3, 811, 75884, 161])),
        ("8fd119a6", 20, 1, 0, 78, Some([4, 1503, 153068, 2498])),
        ("8fd119a6", 21, 2, 0, 62, Some([5, 1664, 237485, 2191])),
        ("8fd119a6", 22, 3, 0, 34, Some([6, 471, 323704, 1457])),
        ("8fd119a6", 23, 1, 0, 109, Some([4, 3092, 165170, 4027])),
        ("8fd119a6", 24, 1, 0, 26, Some([4, 452, 172355, 660])),
        ("8fd119a6", 25, 0, 0, 42, Some([3, 589, 86730, 79])),
        ("8fd119a6", 26, 1, 0, 44, Some([4, 1874, 174376, 2658])),
        ("8fd119a6", 27, 1, 0, 19, Some([4, 285, 179072, 456])),
        ("03785d2a", 0, 3, 0, 119, Some([20, 3, 139176, 70568])),
        ("6ef98c4a", 0, 9, 0, 267, Some([49, 2469, 699846, 183598])),
        ("6ef98c4a", 1, 0, 0, 83, Some([3, 1, 68502, 187])),
        ("6ef98c4a", 2, 6, 0, 205, Some([41, 1500, 442103, 77046])),
        ("6ef98c4a", 3, 3, 0, 216, Some([16, 186, 320991, 5382])),
        ("6ef98c4a", 4, 4, 0, 227, Some([13, 44, 529011, 28809])),
        ("6ef98c4a", 5, 0, 0, 207, Some([4, 8, 31553, 81108])),
        ("6ef98c4a", 6, 9, 0, 288, Some([48, 284, 1089963, 124805])),
        ("6ef98c4a", 7, 5, 0, 217, Some([20, 1298, 758532, 5119])),
        ("6ef98c4a", 8, 5, 0, 288, Some([14, 951, 792298, 6169])),
        ("6ef98c4a", 9, 13, 0, 117, Some([78, 3311, 1753241, 151265])),
        ("d453a744", 0, 0, 0, 439, Some([10, 1003, 0, 93342])),
        ("d453a744", 1, 0, 0, 322, Some([10, 6, 93342, 1089])),
        ("d453a744", 2, 0, 0, 159, Some([10, 3, 94431, 941])),
        ("d453a744", 3, 0, 0, 249, Some([10, 807, 95372, 334])),
        ("d453a744", 4, 0, 0, 581, Some([10, 1402, 95706, 646])),
        ("d453a744", 5, 0, 0, 69, Some([10, 307, 96352, 2588])),
        ("d453a744", 6, 0, 0, 72, Some([10, 5, 98940, 380])),
        ("d453a744", 7, 1, 0, 129, Some([22, 7, 198826, 493])),
        ("d453a744", 8, 0, 0, 133, Some([10, 480, 99506, 585])),
        ("d453a744", 9, 0, 0, 176, Some([10, 2, 100091, 303])),
        ("d453a744", 10, 3, 0, 174, Some([44, 134, 403795, 1854])),
        ("d453a744", 11, 12, 0, 410, Some([106, 2279, 1380149, 9240])),
        ("d453a744", 12, 0, 0, 253, Some([10, 2, 36585, 73505])),
        ("d453a744", 13, 11, 0, 421, Some([83, 4432, 824994, 15883])),
        ("d453a744", 14, 8, 0, 168, Some([95, 196, 1091886, 86779])),
        ("d453a744", 15, 20, 0, 200, Some([1562, 1098, 2148685, 24114])),
        ("d453a744", 16, 16, 0, 280, Some([179, 2731, 1486202, 144947])),
        ("d453a744", 17, 51, 0, 537, Some([174, 5564, 5603626, 82214])),
        ("5e052a87", 0, 136, 0, 1342, Some([1692, 24156, 8426071, 105134])),
        ("8e6737a7", 0, 0, 0, 0, None),
        ("8e6737a7", 1, 0, 0, 0, None),
        ("91c1aab5", 0, 15, 0, 116, Some([110, 14183, 468330, 26220])),
        ("4111cd2e", 0, 40, 41, 381, Some([401, 12301, 3900435, 150008])),
        ("61ddcbba", 0, 2, 0, 199, Some([13, 933, 35066, 70299])),
        ("61ddcbba", 1, 0, 0, 24, Some([6, 145, 36209, 640])),
        ("61ddcbba", 2, 16, 0, 297, Some([539, 15595, 699678, 32495])),
        ("61ddcbba", 3, 0, 0, 403, Some([6, 2036, 0, 70098])),
    ];
    let (got, unattributed) = recorded_rows(&[root]);
    let got: std::collections::BTreeMap<(String, u64), SpanRow> =
        got.into_iter().map(|r| ((r.0.clone(), r.1), r)).collect();
    assert_eq!(got.len(), expected.len(), "prompts recorded vs counted");
    let mut equal = 0;
    for &(s, i, m, a, w, t) in &expected {
        let want = (s.to_owned(), i, m, a, w, t);
        match got.get(&(s.to_owned(), i)) {
            Some(row) if *row == want => equal += 1,
            other => eprintln!("differs: counted {want:?}, recorded {other:?}"),
        }
    }
    let share = equal as f64 / expected.len() as f64;
    eprintln!(
        "real-data proof: {equal} of {} prompts equal the independent count ({:.1} %); {unattributed} actions before a file's first prompt belong to no prompt",
        expected.len(),
        share * 100.0
    );
    assert!(share >= 0.99, "only {equal} of {} prompts agree", expected.len());
}

#[test]
fn a_file_that_begins_after_a_compaction_has_no_prompt_and_its_head_still_counts_once() {
    use coxswain_proto::telemetry::{action, gen_ai};
    let Some(path) =
        fixture("Schofield90__atlas-fitness-onboarding/4be9a5d8-fcbb-43c2-8ad0-2cf6375ed09c.jsonl")
    else {
        return;
    };
    // 1.0.89 snapshot: a failed git step's result (its call is not in the file), a checkout, the
    // compaction summary (not a human prompt), a todo list and a commit whose result is missing.
    let spans = common::replay_spans(&[path]);
    assert!(spans.iter().all(|s| !s.name.starts_with("invoke_agent")), "no human prompt");
    let actions: Vec<_> = spans.iter().filter(|s| s.name.starts_with("execute_tool")).collect();
    let rows: Vec<(String, bool, Option<u64>)> = actions
        .iter()
        .map(|a| {
            let failed = a.attr(action::FAILED) == Some(&AttrValue::Bool(true));
            let tool = common::str_attr(a, gen_ai::TOOL_NAME);
            (tool, failed, common::int_attr(a, coxswain_proto::telemetry::common::PROMPT_INDEX))
        })
        .collect();
    // Every action is the session's and no prompt's; the commit, still running, has no span.
    let expected = [("unknown", true), ("Bash", false), ("TodoWrite", false)];
    let expected: Vec<_> = expected.iter().map(|&(t, f)| (t.to_owned(), f, None)).collect();
    assert_eq!(rows, expected);
}
