//! End to end over the backfill path: the synthetic corpus's transcripts → `agent-hook replay` →
//! `coxswain serve` → `coxswain sessions`. Replay must find the same prompts, actions, subagent
//! actions and output words as the live hook (whose figures equal the ground truth, see
//! `e2e_live.rs`), and the report's per-level means must equal the truth's.

mod e2e_common;

use std::collections::BTreeMap;
use std::process::Command;

use coxswain_test_support::bin_path;
use e2e_common::{
    Corpus, assert_coverage, collector, knob, prompt_mismatches, query, rel, sessions,
    wait_assembled,
};

const SESSIONS: usize = 40;
const USERS: usize = 8;
// 19 since v7 (with v7's corpus generator seed 15 lacks a session ended by `SessionEnd`, 16 more).
const SEED: u64 = 19;

#[test]
fn replaying_the_corpus_transcripts_gives_the_live_paths_actions_and_words() {
    let n = knob("COXSWAIN_E2E_SESSIONS", SESSIONS as u64) as usize;
    let corpus = Corpus::generate(n, USERS, knob("COXSWAIN_E2E_SEED", SEED));
    assert_coverage(&corpus.truth);
    let work = tempfile::tempdir().expect("tempdir");
    let c = collector(&work.path().join("data"));
    let out = Command::new(bin_path("agent-hook"))
        .arg("replay")
        .arg(corpus.dir.path().join("transcripts"))
        .args(["--endpoint", &c.grpc_url(), "--timeout", "60"])
        .env("XDG_CONFIG_HOME", work.path().join("config"))
        .env("XDG_STATE_HOME", work.path().join("state"))
        .output()
        .expect("run agent-hook replay");
    eprintln!("replay: {}", String::from_utf8_lossy(&out.stderr).trim());
    assert!(out.status.success(), "agent-hook replay failed");

    wait_assembled(&c, n, corpus.prompts());
    let truth = corpus.sessions();
    let got = sessions(&c);
    assert_eq!(got.len(), n, "sessions found by replay");
    let mismatches = prompt_mismatches(&truth, &got);
    assert!(
        mismatches.is_empty(),
        "{} per-prompt mismatches between replay and the truth:\n{}",
        mismatches.len(),
        mismatches[..mismatches.len().min(30)].join("\n")
    );

    // Per level (as the collector classified the replayed sessions), the report's means.
    let mut expected: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (id, g) in &got {
        let e = expected.entry(g["expertise_level"].to_string()).or_default();
        for p in truth[id]["prompts"].as_array().expect("prompts") {
            e.0 += 1;
            e.1 += p["actions"].as_u64().expect("actions") as usize;
            e.2 += p["output_words"].as_u64().expect("words") as usize;
        }
    }
    let report = query(&c, &["report", "--by", "level"]);
    for (level, (prompts, actions, words)) in expected {
        let row = report["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["group"] == level.as_str())
            .unwrap_or_else(|| panic!("no row for level {level}"));
        let am = actions as f64 / prompts as f64;
        let wm = words as f64 / prompts as f64;
        assert!(
            rel(am, row["actions_per_prompt_mean"].as_f64().expect("mean")) <= 0.01,
            "level {level} actions"
        );
        assert!(
            rel(wm, row["output_words_per_prompt_mean"].as_f64().expect("mean")) <= 0.01,
            "level {level} words"
        );
    }
    let agree = truth.iter().filter(|(id, t)| t["level"] == got[*id]["expertise_level"]).count();
    eprintln!("replay: expertise level agreement {agree}/{n}");
    assert!(agree * 10 >= n * 8, "level agreement {agree}/{n} under 80%");
}
