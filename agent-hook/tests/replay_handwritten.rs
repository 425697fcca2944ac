//! Replay of small hand-written transcripts (`tests/transcripts/`), one per hard case: a resumed
//! file with two session ids, subagents in both layouts, an interrupted turn, slash and `!`
//! commands, a compact summary, lone surrogates, mojibake, invalid bytes and malformed lines.

use std::path::{Path, PathBuf};

use agent_hook::replay::{self, ReplaySummary};
use agent_hook::transcript::window_agent_text;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts").join(name)
}

fn replay_one(name: &str) -> (ReplaySummary, Vec<Value>) {
    let mut events = Vec::new();
    let summary = replay::collect(&[fixture(name)], false, &mut |e| events.push(e.payload()))
        .expect("replay runs");
    (summary, events)
}

fn names(events: &[Value]) -> Vec<String> {
    events.iter().map(|e| e["hook_event_name"].as_str().unwrap().to_owned()).collect()
}

fn find<'a>(events: &'a [Value], name: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["hook_event_name"] == name).collect()
}

fn words(v: &Value) -> usize {
    v.as_str().unwrap().split_whitespace().count()
}

#[test]
fn a_resumed_file_starts_two_sessions_and_indexes_prompts_per_session() {
    let (summary, events) = replay_one("resumed-two-sessions.jsonl");
    assert_eq!(
        names(&events),
        [
            "SessionStart",
            "UserPromptSubmit",
            "PreToolUse",
            "PostToolUse",
            "Stop",
            "SessionStart",
            "UserPromptSubmit",
            "PreToolUse",
            "PostToolUseFailure",
            "Stop",
        ]
    );
    assert_eq!((summary.sessions, summary.prompts, summary.events), (2, 2, 10));
    let a = "aaaa1111-0000-4000-8000-000000000001";
    let b = "bbbb2222-0000-4000-8000-000000000002";
    let starts = find(&events, "SessionStart");
    assert_eq!(
        (starts[0]["session_id"].as_str(), starts[0]["source"].as_str()),
        (Some(a), Some("startup"))
    );
    assert_eq!(
        (starts[1]["session_id"].as_str(), starts[1]["source"].as_str()),
        (Some(b), Some("resume"))
    );
    let prompts = find(&events, "UserPromptSubmit");
    assert_eq!(prompts[0]["prompt"], "Add a --verbose flag to the CLI");
    assert_eq!(
        (prompts[1]["session_id"].as_str(), prompts[1]["coxswain_prompt_index"].as_u64()),
        (Some(b), Some(0))
    );
    // The compact summary between them is not a prompt.
    let post = find(&events, "PostToolUse")[0];
    assert_eq!(post["duration_ms"], 1000);
    assert_eq!(post["tool_response"]["filePath"], "/work/demo/src/main.rs");
    let failure = find(&events, "PostToolUseFailure")[0];
    assert_eq!(failure["error"], "Error: Exit code 101");
    assert_eq!(failure["is_interrupt"], false);
    assert_eq!(failure["duration_ms"], 4000);
    let stops = find(&events, "Stop");
    assert_eq!(words(&stops[0]["coxswain_agent_text"]), 4 + 6);
    assert_eq!(stops[0]["last_assistant_message"], "Done: the flag is in place.");
    assert_eq!(stops[1]["session_id"], b);
    assert_eq!(stops[1]["coxswain_timestamp"], "2026-01-05T11:00:11.000Z");
}

#[test]
fn inline_sidechain_calls_belong_to_the_task_that_launched_them() {
    let (_, events) = replay_one("inline-sidechain.jsonl");
    assert_eq!(
        names(&events),
        [
            "SessionStart",
            "UserPromptSubmit",
            "PreToolUse",
            "SubagentStart",
            "PreToolUse",
            "PostToolUse",
            "SubagentStop",
            "PostToolUse",
            "Stop",
        ]
    );
    let read = &events[4];
    assert_eq!(read["tool_name"], "Read");
    assert_eq!(read["agent_id"], "toolu_c1", "the Task's tool-use id names the inline agent");
    assert_eq!(read["agent_type"], "general-purpose");
    assert!(events[2].get("agent_id").is_none(), "the Task call itself is the main agent's");
    // Subagent text is not output words: 3 + 8 words of the main agent only.
    assert_eq!(words(&events[8]["coxswain_agent_text"]), 11);
}

#[test]
fn subagent_files_replay_inside_the_parent_agent_call_and_aside_questions_are_skipped() {
    let (summary, events) = replay_one("subagent-files/dddd4444-0000-4000-8000-000000000004.jsonl");
    assert_eq!(
        names(&events),
        [
            "SessionStart",
            "UserPromptSubmit",
            "PreToolUse",
            "SubagentStart",
            "PreToolUse",
            "PostToolUse",
            "PreToolUse",
            "PostToolUse",
            "SubagentStop",
            "PostToolUse",
            "Stop",
        ]
    );
    assert_eq!((summary.files, summary.skipped_files), (2, 1));
    for e in &events[3..9] {
        assert_eq!(e["agent_id"], "a1b2c3");
        assert_eq!(e["agent_type"], "Explore");
        assert_eq!(e["prompt_id"], "p-1", "subagent calls belong to the launching prompt");
        assert_eq!(e["session_id"], "dddd4444-0000-4000-8000-000000000004");
    }
    assert!(events[8]["agent_transcript_path"].as_str().unwrap().ends_with("agent-a1b2c3.jsonl"));
    assert_eq!(events[8]["last_assistant_message"], "In src/config.rs");
    assert_eq!(events[9]["tool_response"]["agentId"], "a1b2c3");
    assert_eq!(words(&events[10]["coxswain_agent_text"]), 5);

    // The same tree given as a folder gives the same events.
    let mut again = Vec::new();
    replay::collect(&[fixture("subagent-files")], false, &mut |e| again.push(e.payload())).unwrap();
    assert!(again == events, "folder and file replays differ");
}

#[test]
fn an_interrupted_turn_gets_no_stop_and_commands_are_not_prompts() {
    let (summary, events) = replay_one("interrupt-and-commands.jsonl");
    assert_eq!(
        names(&events),
        [
            "SessionStart",
            "UserPromptSubmit",
            "PreToolUse",
            "PostToolUseFailure",
            "UserPromptSubmit",
            "PreToolUse",
            "PostToolUse",
            "Stop",
        ]
    );
    assert_eq!(summary.prompts, 2);
    let prompts = find(&events, "UserPromptSubmit");
    assert_eq!(
        (prompts[0]["prompt"].as_str(), prompts[0]["prompt_id"].as_str()),
        (Some("Delete the build directory"), Some("q1"))
    );
    assert_eq!(prompts[1]["prompt"], "Keep the build dir, just list it");
    assert_eq!(prompts[1]["coxswain_prompt_index"], 1);
    // The interrupted window's text travels on the next prompt, for its output words.
    assert_eq!(prompts[1]["coxswain_previous_agent_text"], "Removing it now.");
    let rejected = find(&events, "PostToolUseFailure")[0];
    assert_eq!(rejected["error"], "User rejected tool use");
    assert_eq!(rejected["is_interrupt"], false);
    let stop = find(&events, "Stop")[0];
    assert_eq!(
        (stop["prompt_id"].as_str(), stop["coxswain_agent_text"].as_str()),
        (Some("q2"), Some("It holds a.o only."))
    );
}

#[test]
fn damaged_lines_are_counted_never_fatal_and_repairable_ones_still_count() {
    let (summary, events) = replay_one("damaged.jsonl");
    // 9 non-blank lines: a truncated line, an unknown type and a bare number are bad.
    assert_eq!((summary.lines, summary.bad_lines), (9, 3), "{summary:?}");
    assert_eq!(names(&events), ["SessionStart", "UserPromptSubmit", "Stop"]);
    let text = events[2]["coxswain_agent_text"].as_str().unwrap();
    // The lone surrogate became U+FFFD; the repeated block counts once; the API-error line is
    // not the agent's text; mojibake and an invalid byte are kept as they are.
    assert!(text.contains("says \u{FFFD} it failed"), "{text}");
    assert!(text.contains("Itâ€™s a mojibake line â€” still counted."), "{text}");
    assert!(text.contains("bad byte \u{FFFD} here"), "{text}");
    assert!(!text.contains("API Error"), "{text}");
    assert_eq!(text.split_whitespace().count(), 6 + 7 + 4);
}

#[test]
fn replaying_the_same_file_twice_gives_identical_events() {
    for name in [
        "resumed-two-sessions.jsonl",
        "inline-sidechain.jsonl",
        "interrupt-and-commands.jsonl",
        "damaged.jsonl",
        "subagent-files",
    ] {
        let first = replay_one(name);
        let second = replay_one(name);
        assert_eq!(first.0, second.0, "{name}");
        assert!(first.1 == second.1, "{name}: event sequences differ");
    }
}

#[test]
fn a_missing_path_is_an_error_not_a_panic() {
    let error = replay::collect(&[fixture("no-such-file.jsonl")], false, &mut |_| {}).unwrap_err();
    assert!(error.to_string().contains("no-such-file.jsonl"), "{error}");
}

#[test]
fn window_agent_text_starts_after_the_first_prompt_from_the_offset() {
    let path = fixture("interrupt-and-commands.jsonl");
    let all = window_agent_text(&path, 0).unwrap();
    assert_eq!(all, "Removing it now.\n\nIt holds a.o only.");
    // From the second prompt's line on (and from the middle of the line before it).
    let bytes = std::fs::read(&path).unwrap();
    let second = find_line(&bytes, "Keep the build dir");
    assert_eq!(window_agent_text(&path, second as u64).unwrap(), "It holds a.o only.");
    assert_eq!(window_agent_text(&path, second as u64 - 20).unwrap(), "It holds a.o only.");
    // Past the last text, or a missing file: nothing.
    assert_eq!(window_agent_text(&path, bytes.len() as u64), None);
    assert_eq!(window_agent_text(&fixture("no-such-file.jsonl"), 0), None);
    // No prompt in range: every main-agent text block in it.
    let b = std::fs::read(fixture("inline-sidechain.jsonl")).unwrap();
    let after_first_line = b.iter().position(|&c| c == b'\n').unwrap() as u64 + 1;
    assert_eq!(
        window_agent_text(&fixture("inline-sidechain.jsonl"), after_first_line).unwrap(),
        "Launching a reviewer.\n\nThe reviewer found one bug at line 12."
    );
}

fn find_line(bytes: &[u8], needle: &str) -> usize {
    let at = bytes.windows(needle.len()).position(|w| w == needle.as_bytes()).unwrap();
    bytes[..at].iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1)
}

mod common;

use agent_hook::recorder::span::SpanRecord;
use coxswain_proto::telemetry::{common as shared, gen_ai, prompt};

fn roots(spans: &[SpanRecord]) -> Vec<&SpanRecord> {
    spans.iter().filter(|s| s.name.starts_with("invoke_agent")).collect()
}

fn action_span<'a>(spans: &'a [SpanRecord], call_id: &str) -> &'a SpanRecord {
    spans
        .iter()
        .find(|s| common::str_attr(s, gen_ai::TOOL_CALL_ID) == call_id)
        .unwrap_or_else(|| panic!("no span for {call_id}"))
}

#[test]
fn a_session_continued_in_a_later_file_keeps_its_prompt_indexes_and_its_head_joins_the_last_prompt()
{
    // `a-continued.jsonl` sorts first by name but starts later: files go by first timestamp.
    let spans = common::replay_spans(&[fixture("continued")]);
    let indexes: Vec<_> =
        roots(&spans).iter().map(|r| common::int_attr(r, shared::PROMPT_INDEX)).collect();
    assert_eq!(indexes, [Some(0), Some(1), Some(2)]);
    // The later file's head (an Edit before its first prompt) is the end of prompt 1's turn.
    let head = action_span(&spans, "toolu_c3");
    assert_eq!(common::int_attr(head, shared::PROMPT_INDEX), Some(1));
    let starts = spans.iter().filter(|s| s.name == "coxswain.session.start").count();
    assert_eq!(starts, 1, "one session, started once");
    // The harness version comes from the transcript lines.
    let versions: Vec<_> =
        roots(&spans).iter().map(|r| r.resource.harness_version.clone().unwrap()).collect();
    assert_eq!(versions, ["2.1.97", "2.1.97", "2.1.98"]);
}

#[test]
fn activity_before_a_files_first_prompt_belongs_to_no_prompt_when_the_session_has_none_yet() {
    let spans = common::replay_spans(&[fixture("continued/a-continued.jsonl")]);
    let head = action_span(&spans, "toolu_c3");
    assert_eq!(common::int_attr(head, shared::PROMPT_INDEX), None);
    assert_eq!(head.parent_span_id, None);
    let session = "eeee5555-0000-4000-8000-000000000005";
    assert_eq!(head.trace_id, common::hex_id(&coxswain_proto::ids::session_trace_id(session)));
    let roots = roots(&spans);
    assert_eq!(roots.len(), 1);
    assert_eq!(common::int_attr(roots[0], shared::PROMPT_INDEX), Some(0));
    // Its words and tokens are the prompt's own reply only.
    assert_eq!(common::int_attr(roots[0], prompt::OUTPUT_WORDS), Some(2));
    assert_eq!(common::root_tokens(roots[0]), Some([9, 3, 0, 500]));
}

const ORIGINAL: &str = "abab7777-0000-4000-8000-000000000007";
const RESUMED: &str = "cdcd8888-0000-4000-8000-000000000008";

/// (session, prompt index) of an action span.
fn owner(spans: &[SpanRecord], call_id: &str) -> (String, Option<u64>) {
    let span = action_span(spans, call_id);
    (common::str_attr(span, gen_ai::CONVERSATION_ID), common::int_attr(span, shared::PROMPT_INDEX))
}

#[test]
fn a_resumed_files_copied_agent_lines_count_under_the_resumed_session_and_no_prompt() {
    // The resumed file copies the earlier conversation: its prompt under the earlier id, the
    // agent's lines under the resumed id. The earlier file is not in this run.
    let spans = common::replay_spans(&[fixture("resumed-copy/resumed.jsonl")]);
    assert_eq!(owner(&spans, "toolu_o1"), (RESUMED.to_owned(), None), "before its first prompt");
    assert_eq!(owner(&spans, "toolu_r1"), (RESUMED.to_owned(), Some(0)));
    let earlier: Vec<_> = roots(&spans)
        .into_iter()
        .filter(|r| common::str_attr(r, gen_ai::CONVERSATION_ID) == ORIGINAL)
        .collect();
    assert_eq!(earlier.len(), 1);
    assert_eq!(common::int_attr(earlier[0], prompt::OUTPUT_WORDS), Some(0), "no reply of its own");
    let actions = spans.iter().filter(|s| s.name.starts_with("execute_tool")).count();
    assert_eq!(actions, 2, "every call once");
}

#[test]
fn copies_of_an_earlier_files_lines_count_once_under_the_session_that_made_them() {
    let spans = common::replay_spans(&[fixture("resumed-copy")]);
    assert_eq!(owner(&spans, "toolu_o1"), (ORIGINAL.to_owned(), Some(0)));
    assert_eq!(owner(&spans, "toolu_r1"), (RESUMED.to_owned(), Some(0)));
    let mut prompts: Vec<_> = roots(&spans)
        .iter()
        .map(|r| {
            let session = common::str_attr(r, gen_ai::CONVERSATION_ID)[..4].to_owned();
            (session, common::int_attr(r, shared::PROMPT_INDEX))
        })
        .collect();
    prompts.sort();
    assert_eq!(prompts, [("abab".to_owned(), Some(0)), ("cdcd".to_owned(), Some(0))]);
    let actions = spans.iter().filter(|s| s.name.starts_with("execute_tool")).count();
    assert_eq!(actions, 2, "the copied call is not counted again");
}

#[test]
fn tokens_count_each_response_once_at_its_largest_usage_and_skip_synthetic_lines() {
    let spans = common::replay_spans(&[fixture("continued")]);
    let roots = roots(&spans);
    // msg_a streamed twice (output 5 then 80) counts once at 80; msg_b adds; the synthetic
    // API-error line adds nothing.
    assert_eq!(common::root_tokens(roots[0]), Some([3 + 7, 80 + 12, 1000 + 1300, 200]));
    assert_eq!(common::str_attr(roots[0], gen_ai::RESPONSE_MODEL), "claude-opus-4-5");
    assert_eq!(common::root_tokens(roots[1]), Some([2, 30, 1500, 10]));
    assert_eq!(common::str_attr(roots[2], gen_ai::RESPONSE_MODEL), "claude-haiku-4-5");
}

#[test]
fn subagent_tokens_are_reported_apart_from_the_main_agents_in_both_layouts() {
    use coxswain_proto::telemetry::subagent;
    let sub = |root: &SpanRecord| {
        [
            subagent::USAGE_INPUT_TOKENS,
            subagent::USAGE_OUTPUT_TOKENS,
            subagent::USAGE_CACHE_READ,
            subagent::USAGE_CACHE_CREATION,
        ]
        .map(|k| common::int_attr(root, k))
    };
    // Inline `isSidechain` lines: msg_c2 (two lines) and msg_c3 are the subagent's.
    let spans = common::replay_spans(&[fixture("inline-sidechain.jsonl")]);
    let root = roots(&spans)[0];
    assert_eq!(common::root_tokens(root), Some([4, 20, 0, 0]));
    assert_eq!(sub(root), [Some(4), Some(80), Some(0), Some(0)]);
    // The 2.1.x layout: the subagent's own file, three responses.
    let spans = common::replay_spans(&[fixture(
        "subagent-files/dddd4444-0000-4000-8000-000000000004.jsonl",
    )]);
    let root = roots(&spans)[0];
    assert_eq!(common::root_tokens(root), None, "the main lines carry no usage");
    assert_eq!(sub(root), [Some(3), Some(21), Some(300), Some(0)]);
}
