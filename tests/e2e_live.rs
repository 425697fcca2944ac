//! End to end with real parts: the synthetic corpus → `agent-hook claude-code` (one process per
//! hook payload, the transcript growing as the live session wrote it) → `coxswain serve` →
//! `agent-hook flush` → `coxswain sessions` / `coxswain report --by level`, checked against the
//! corpus's ground truth (MEASURES.md's rules applied by the generator).

mod e2e_common;

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use e2e_common::{
    Corpus, assert_coverage, collector, flush, hook_home, knob, play_session, prompt_mismatches,
    query, rel, sessions, wait_assembled,
};
use serde_json::Value;

const SESSIONS: usize = 40;
const USERS: usize = 8;
// 19 since v7 (with v7's corpus generator seed 15 lacks a session ended by `SessionEnd`, 16 more).
const SEED: u64 = 19;

/// What the truth says about the sessions the collector put in one level.
#[derive(Default)]
struct Expected {
    sessions: usize,
    prompts: usize,
    actions: usize,
    words: usize,
    verified: usize,
    trouble: usize,
    abandoned: usize,
}

#[test]
fn the_report_over_the_live_hook_path_equals_the_corpus_ground_truth() {
    let sessions_n = knob("COXSWAIN_E2E_SESSIONS", SESSIONS as u64) as usize;
    let corpus = Corpus::generate(sessions_n, USERS, knob("COXSWAIN_E2E_SEED", SEED));
    assert_coverage(&corpus.truth);
    let work = tempfile::tempdir().expect("tempdir");
    let data = work.path().join("data");
    let c = collector(&data);
    let endpoint = c.grpc_url();
    let state_home = work.path().join("state");
    let live_dir = work.path().join("live");
    std::fs::create_dir_all(&live_dir).expect("live dir");

    // One config home per synthetic user: its own pseudonym key, so the collector sees U users.
    let truth = corpus.sessions();
    let started = Instant::now();
    let mut runs = 0;
    for file in corpus.hook_files() {
        let id = file.file_stem().expect("stem").to_string_lossy().to_string();
        let user = truth[&id]["user"].as_str().expect("user").to_string();
        let home = hook_home(&work.path().join("config"), &user, &endpoint);
        runs += play_session(&file, &live_dir, &home, &state_home, &endpoint);
    }
    let hook_secs = started.elapsed().as_secs_f64();
    eprintln!(
        "e2e: {runs} hook runs in {hook_secs:.1} s ({:.1} ms each)",
        1000.0 * hook_secs / runs as f64
    );

    flush(&work.path().join("config"), &state_home, &endpoint);

    wait_assembled(&c, sessions_n, corpus.prompts());
    let got = sessions(&c);
    assert_eq!(got.len(), sessions_n, "sessions at the collector");

    // Every prompt's actions, subagent actions and output words, exactly.
    let mismatches = prompt_mismatches(&truth, &got);
    assert!(
        mismatches.is_empty(),
        "{} per-prompt mismatches:\n{}",
        mismatches.len(),
        mismatches[..mismatches.len().min(30)].join("\n")
    );

    // Outcomes per session, exactly; level agreement at least 80 %; work mode exactly.
    let mut agree = 0;
    let mut outcome_diffs = Vec::new();
    let mut level_diffs = Vec::new();
    for (id, t) in &truth {
        let g = &got[id];
        for key in ["verified_success", "trouble", "trouble_events", "abandoned", "work_mode"] {
            if t[key] != g[key] {
                outcome_diffs.push(format!("{id}: {key} truth {} collector {}", t[key], g[key]));
            }
        }
        let mut te: Vec<&str> =
            t["evidence"].as_array().expect("evidence").iter().filter_map(Value::as_str).collect();
        let mut ge: Vec<&str> = g["evidence"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        te.sort();
        ge.sort();
        ge.dedup();
        if te != ge {
            outcome_diffs.push(format!("{id}: evidence truth {te:?} collector {ge:?}"));
        }
        if t["level"] == g["expertise_level"] {
            agree += 1;
        } else {
            level_diffs.push(format!(
                "{id}: level truth {} (score {}) collector {}",
                t["level"], t["expected_score"], g["expertise_level"]
            ));
        }
    }
    let agreement = agree as f64 / sessions_n as f64;
    eprintln!("e2e: expertise level agreement {agree}/{sessions_n} = {:.1}%", 100.0 * agreement);
    for d in &level_diffs {
        eprintln!("  {d}");
    }
    assert!(outcome_diffs.is_empty(), "outcome mismatches:\n{}", outcome_diffs.join("\n"));
    assert!(agreement >= 0.8, "level agreement {agreement:.2} < 0.80");

    // The report by level: means within 1 % and counts exactly, against the truth of the sessions
    // the collector put in each level.
    // One pseudonym per synthetic user (each ran with its own `pseudonym_key`).
    let all = query(&c, &["report"]);
    let row = &all["rows"][0];
    eprintln!(
        "e2e: all: verified success {} trouble {} abandonment {} mode agreement {} planning user share {} execution agent share {}",
        row["verified_success_rate"],
        row["trouble_rate"],
        row["abandonment_rate"],
        row["mode_agreement_rate"],
        row["planning_user_share"],
        row["execution_agent_share"]
    );
    let users: std::collections::HashSet<&str> =
        truth.values().map(|t| t["user"].as_str().expect("user")).collect();
    assert_eq!(
        all["rows"][0]["users"].as_u64(),
        Some(users.len() as u64),
        "distinct users: {}",
        all["rows"][0]
    );

    let report = query(&c, &["report", "--by", "level"]);
    let mut expected: BTreeMap<String, Expected> = BTreeMap::new();
    for (id, g) in &got {
        let t = &truth[id];
        let e = expected.entry(g["expertise_level"].to_string()).or_default();
        e.sessions += 1;
        for p in t["prompts"].as_array().expect("prompts") {
            e.prompts += 1;
            e.actions += p["actions"].as_u64().expect("actions") as usize;
            e.words += p["output_words"].as_u64().expect("words") as usize;
        }
        e.verified += usize::from(t["verified_success"] == true);
        e.trouble += usize::from(t["trouble"] == true);
        e.abandoned += usize::from(t["abandoned"] == true);
    }
    let rows: HashMap<String, Value> = report["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| (r["group"].as_str().expect("group").to_string(), r.clone()))
        .collect();
    for (level, e) in &expected {
        let Expected { sessions: n, prompts, actions, words, verified: vs, trouble, abandoned } = e;
        let row =
            rows.get(level).unwrap_or_else(|| panic!("no report row for level {level}: {report}"));
        assert!(!row["suppressed"].as_bool().unwrap_or(false), "level {level} suppressed");
        assert_eq!(row["sessions"].as_u64(), Some(*n as u64), "level {level} sessions");
        assert_eq!(row["prompts"].as_u64(), Some(*prompts as u64), "level {level} prompts");
        let am = *actions as f64 / *prompts as f64;
        let wm = *words as f64 / *prompts as f64;
        let ram = row["actions_per_prompt_mean"].as_f64().expect("actions mean");
        let rwm = row["output_words_per_prompt_mean"].as_f64().expect("words mean");
        eprintln!(
            "e2e: level {level}: {n} sessions, actions/prompt {ram:.3} (truth {am:.3}), words/prompt {rwm:.1} (truth {wm:.1})"
        );
        assert!(rel(am, ram) <= 0.01, "level {level} actions per prompt: truth {am} report {ram}");
        assert!(rel(wm, rwm) <= 0.01, "level {level} words per prompt: truth {wm} report {rwm}");
        if agree == sessions_n {
            // Every session in its generated level: the generator's own per-level means apply.
            let generated = &corpus.truth["levels"][level.as_str()];
            let gam = generated["actions_per_prompt_mean"].as_f64().expect("truth mean");
            let gwm = generated["output_words_per_prompt_mean"].as_f64().expect("truth mean");
            assert!(rel(gam, ram) <= 0.01, "level {level}: generated {gam} report {ram}");
            assert!(rel(gwm, rwm) <= 0.01, "level {level}: generated {gwm} report {rwm}");
        }
        let count = |rate: &str, of: usize| {
            (row[rate].as_f64().unwrap_or(0.0) * of as f64).round() as usize
        };
        assert_eq!(count("verified_success_rate", *n), *vs, "level {level} verified successes");
        assert_eq!(count("trouble_rate", *n), *trouble, "level {level} sessions in trouble");
        assert_eq!(
            count("abandonment_rate", n - vs),
            *abandoned,
            "level {level} abandoned sessions"
        );
    }
}
