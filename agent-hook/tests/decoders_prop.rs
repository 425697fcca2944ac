//! Property tests: arbitrary bytes — and mutations of real payloads — as hook payloads, as
//! transcript lines and as transcript files never make the hook's decoders panic. A short pass;
//! `cargo run -p agent-hook --example fuzz_hook` runs a million cases.

mod common;

use common::decoders::{exercise, exercise_window, memory_recorder, seeds};
use proptest::prelude::*;

/// A seed payload with some bytes overwritten, inserted or cut.
fn mutated_seed() -> impl Strategy<Value = Vec<u8>> {
    let seeds = seeds();
    assert!(!seeds.is_empty(), "payload fixtures are present");
    (0..seeds.len(), prop::collection::vec((any::<usize>(), any::<u8>(), 0u8..3), 0..8)).prop_map(
        move |(i, edits)| {
            let mut bytes = seeds[i].clone();
            for (at, byte, op) in edits {
                let at = at % (bytes.len() + 1);
                match op {
                    0 if at < bytes.len() => bytes[at] = byte,
                    1 => bytes.insert(at, byte),
                    _ => bytes.truncate(at),
                }
            }
            bytes
        },
    )
}

/// JSON objects with the payload's keys holding values of any type.
fn typed_payload() -> impl Strategy<Value = Vec<u8>> {
    let keys = prop::sample::select(vec![
        "hook_event_name",
        "session_id",
        "prompt",
        "tool_name",
        "tool_input",
        "tool_response",
        "tool_use_id",
        "error",
        "transcript_path",
        "duration_ms",
        "coxswain_timestamp",
        "coxswain_agent_text",
        "coxswain_prompt_index",
        "model",
        "agent_id",
        "is_interrupt",
    ]);
    let events = prop::sample::select(vec![
        "SessionStart",
        "UserPromptSubmit",
        "PreToolUse",
        "PostToolUse",
        "PostToolUseFailure",
        "Stop",
        "StopFailure",
        "SessionEnd",
        "PermissionRequest",
        "CoxswainWindowText",
    ]);
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        ".{0,40}".prop_map(serde_json::Value::from),
    ];
    let value = leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    (events, prop::collection::vec((keys, value), 0..8)).prop_map(|(event, fields)| {
        let mut map = serde_json::Map::new();
        map.insert("hook_event_name".into(), event.into());
        map.insert("session_id".into(), "prop".into());
        for (k, v) in fields {
            map.insert(k.to_owned(), v);
        }
        serde_json::Value::Object(map).to_string().into_bytes()
    })
}

proptest! {
    // A fixed seed keeps the suite deterministic; `examples/fuzz_hook` explores further.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0xC0C5_0002),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes_never_panic_a_decoder(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        exercise(&memory_recorder(), &bytes);
    }

    #[test]
    fn mutated_real_payloads_never_panic_a_decoder(bytes in mutated_seed()) {
        exercise(&memory_recorder(), &bytes);
    }

    #[test]
    fn payload_fields_of_any_type_never_panic_the_adapter(bytes in typed_payload()) {
        exercise(&memory_recorder(), &bytes);
    }

    #[test]
    fn arbitrary_transcript_files_never_panic_the_window_reader(
        lines in prop::collection::vec(prop_oneof![mutated_seed(), prop::collection::vec(any::<u8>(), 0..200)], 0..8),
        offset in 0u64..4096,
    ) {
        let dir = tempfile::tempdir().unwrap();
        exercise_window(dir.path(), &lines.join(&b'\n'), offset);
    }
}
