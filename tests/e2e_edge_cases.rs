//! Hand-written sessions through the real hook and collector, whose expertise level is pinned by
//! MEASURES.md's score computed by hand: a precise one-line expert prompt, a long vague novice
//! prompt, a user who corrects the agent twice, and an agent that corrects the user.

mod e2e_common;

use coxswain_test_support::Collector;
use e2e_common::{collector, flush, query, run_hook, wait_assembled};
use serde_json::{Value, json};

struct Turn<'a> {
    prompt: &'a str,
    reply: &'a str,
}

/// Plays one session (SessionStart, per turn UserPromptSubmit + one Read + Stop, SessionEnd).
fn play(c: &Collector, work: &std::path::Path, id: &str, turns: &[Turn<'_>]) {
    let base = json!({"session_id": id, "cwd": "/home/dev/relay", "permission_mode": "default"});
    let with = |event: &str, extra: Value| {
        let mut v = base.clone();
        v["hook_event_name"] = json!(event);
        for (k, x) in extra.as_object().expect("object") {
            v[k] = x.clone();
        }
        v
    };
    let (config, state, endpoint) = (work.join("config"), work.join("state"), c.grpc_url());
    run_hook(&with("SessionStart", json!({"source": "startup"})), &config, &state, &endpoint);
    for (i, t) in turns.iter().enumerate() {
        let pid = format!("{id}-p{i}");
        run_hook(
            &with("UserPromptSubmit", json!({"prompt": t.prompt, "prompt_id": pid})),
            &config,
            &state,
            &endpoint,
        );
        let tool = json!({"tool_name": "Read", "tool_input": {"file_path": format!("/home/dev/relay/src/f{i}.rs")},
                          "tool_use_id": format!("toolu_{id}_{i}"), "prompt_id": pid});
        run_hook(&with("PreToolUse", tool.clone()), &config, &state, &endpoint);
        let mut post = tool;
        post["tool_response"] = json!({"type": "text", "file": {"content": "fn main() {}"}});
        run_hook(&with("PostToolUse", post), &config, &state, &endpoint);
        run_hook(
            &with(
                "Stop",
                json!({"last_assistant_message": t.reply, "stop_hook_active": false, "prompt_id": pid}),
            ),
            &config,
            &state,
            &endpoint,
        );
    }
    run_hook(
        &with("SessionEnd", json!({"reason": "prompt_input_exit"})),
        &config,
        &state,
        &endpoint,
    );
}

#[test]
fn hand_written_edge_cases_get_exactly_the_level_their_signals_score() {
    let work = tempfile::tempdir().expect("tempdir");
    let c = collector(&work.path().join("data"));
    let done = "Done, the change is in place.";
    // files 2 + identifiers 2 + a named thing (cargo) 1 + constraints 2 + criteria 2 + verification 1·2
    // = 11 → level 5.
    let expert = [Turn {
        prompt: "Add a `retry_budget` field to ConfigLoader in src/config.rs and keep the public signatures stable, never touch Cargo.lock at all, done when cargo test passes and verify the empty input edge case.",
        reply: done,
    }];
    // vague terms (capped at 3) and nothing precise: −3 → level 1, however long the prompt.
    let novice = [Turn {
        prompt: "can you make the whole page look nicer somehow and add some stuff to the header and sort out the things that look off, whatever you think is better, maybe some kind of animation or something, idk, just make it work and look nice etc",
        reply: done,
    }];
    // 2 (file + identifier; 10 words), then 2 (identifier + correction; 8 words), 2 (file +
    // correction; 9 words): weighted by words, the first 1.5 times, (30 + 16 + 18) / 32 = 2; the
    // peak prompt (the first of the three at 2) adds a quarter: 0.75·2 + 0.25·2 = 2 → level 3.
    let corrects_agent = [
        Turn {
            prompt: "Add a cache in front of ConfigLoader in src/loader.rs please.",
            reply: done,
        },
        Turn { prompt: "No, use LruCache from the lru crate here.", reply: done },
        Turn { prompt: "You missed the second call site in src/main.rs today.", reply: done },
    ];
    // 1 (a file) − 2 (the agent corrects the user) = −1 → level 1 (2 without the correction).
    let agent_corrects = [Turn {
        prompt: "Update the timeout in settings.yaml please.",
        reply: "There is no settings.yaml in this repo. I think you mean config.toml, which holds the timeout.",
    }];
    // (id, turns, level, [precision, verification, correction] as the session's blended values).
    let cases: [(&str, &[Turn<'_>], u64, [f64; 3]); 4] = [
        ("edge-expert-one-liner", &expert, 5, [9.0, 2.0, 0.0]),
        ("edge-long-vague-novice", &novice, 1, [-3.0, 0.0, 0.0]),
        (
            "edge-user-corrects-agent-twice",
            &corrects_agent,
            3,
            [0.75 * 47.0 / 32.0 + 0.25 * 2.0, 0.0, 0.75 * 17.0 / 32.0],
        ),
        ("edge-agent-corrects-user", &agent_corrects, 1, [1.0, 0.0, -2.0]),
    ];
    for (id, turns, _, _) in &cases {
        play(&c, work.path(), id, turns);
    }
    flush(&work.path().join("config"), &work.path().join("state"), &c.grpc_url());
    wait_assembled(&c, cases.len(), 6);
    let mut wrong = Vec::new();
    for (id, _, level, signals) in &cases {
        let s = query(&c, &["session", id]);
        eprintln!("{id}: level {} signals {}", s["expertise_level"], s["expertise_signals"]);
        let got = &s["expertise_signals"];
        let same = ["precision", "verification", "correction"]
            .iter()
            .zip(signals)
            .all(|(k, want)| got[*k].as_f64().is_some_and(|g| (g - want).abs() < 1e-9));
        if s["expertise_level"].as_u64() != Some(*level) || !same {
            wrong.push(format!(
                "{id}: level {} signals {} (expected level {level}, signals {signals:?})",
                s["expertise_level"], got
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
