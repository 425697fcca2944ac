//! `coxswain report / sessions / session / rebuild` through the real binary on a stopped
//! collector's data directory.

mod analytics_fixture;

use std::path::Path;

use analytics_fixture::*;
use coxswain_test_support::{coxswain_ok as ok, run_coxswain as coxswain};
use serde_json::Value;

/// Fills a data dir with the test population (buffer only: the CLI assembles what is pending).
async fn fill(dir: &Path) {
    buffered_population(dir).await.flush().await.unwrap();
}

#[tokio::test]
async fn report_json_from_a_data_dir_has_the_documented_fields() {
    let dir = tempfile::tempdir().unwrap();
    fill(dir.path()).await;
    let d = dir.path().to_str().unwrap();
    let json: Value =
        serde_json::from_str(&ok(&["report", "--data-dir", d, "--format", "json", "--by", "band"]))
            .unwrap();
    assert_eq!(json["group_by"], "band");
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(
        rows.iter().map(|r| r["group"].as_str().unwrap()).collect::<Vec<_>>(),
        ["novice", "intermediate", "expert"]
    );
    for r in rows {
        for key in [
            "prompts",
            "sessions",
            "users",
            "actions_per_prompt_mean",
            "output_words_per_prompt_mean",
            "verified_success_rate",
            "actions_multiplier",
            "words_multiplier",
        ] {
            assert!(!r[key].is_null(), "{key} missing in {r}");
        }
    }
    let novice = &rows[0];
    assert_eq!(novice["actions_multiplier"], 1.0);
    assert!(json["study"]["actions_multiplier"]["figure"].as_str().unwrap().contains("2.4x"));
    assert_eq!(json["work_mode_by_month"].as_array().unwrap().len(), 2);
    let total: u64 = rows.iter().map(|r| r["sessions"].as_u64().unwrap()).sum();
    assert_eq!(total, 40);

    // The window: only January's sessions.
    let jan: Value = serde_json::from_str(&ok(&[
        "report",
        "--data-dir",
        d,
        "--format",
        "json",
        "--since",
        "2026-01-01",
        "--until",
        "2026-02-01T00:00:00Z",
        "--min-group-users",
        "1",
    ]))
    .unwrap();
    assert_eq!(jan["since"], "2026-01-01T00:00:00Z");
    assert_eq!(jan["rows"][0]["sessions"], 17); // days 0..=16 of the 90-day spread start 15 Jan
}

#[tokio::test]
async fn report_tables_and_csv_show_the_study_figures() {
    let dir = tempfile::tempdir().unwrap();
    fill(dir.path()).await;
    let d = dir.path().to_str().unwrap();
    let table = ok(&["report", "--data-dir", d, "--by", "level"]);
    for figure in [
        "2.4x",
        ">5x",
        "15%",
        "28-33%",
        "novice 19%",
        "about 70%",
        "about 80%",
        "about 2%",
        "about 4",
        "about 10",
        "2,400",
    ] {
        assert!(table.contains(figure), "table lacks {figure}:\n{table}");
    }
    assert!(table.contains("Work mode by month"), "{table}");
    let csv = ok(&["report", "--data-dir", d, "--format", "csv", "--by", "mode"]);
    assert!(csv.starts_with("group_by,group,suppressed,note,sessions,users,prompts,"), "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("mode,study,")), "{csv}");
}

#[tokio::test]
async fn sessions_and_session_drill_down_and_unknown_ids_fail_clearly() {
    let dir = tempfile::tempdir().unwrap();
    fill(dir.path()).await;
    let d = dir.path().to_str().unwrap();
    let list: Value = serde_json::from_str(&ok(&[
        "sessions",
        "--data-dir",
        d,
        "--format",
        "json",
        "--limit",
        "5",
    ]))
    .unwrap();
    assert_eq!(list["total"], 40);
    let sessions = list["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 5);
    let starts: Vec<&str> = sessions.iter().map(|s| s["started_at"].as_str().unwrap()).collect();
    assert!(starts.windows(2).all(|w| w[0] >= w[1]), "not newest first: {starts:?}");
    for key in [
        "session_id",
        "expertise_level",
        "band",
        "work_mode",
        "verified_success",
        "evidence",
        "trouble",
        "abandoned",
        "prompts",
    ] {
        assert!(!sessions[0][key].is_null(), "{key}");
    }
    let one: Value =
        serde_json::from_str(&ok(&["session", "sess-003", "--data-dir", d, "--format", "json"]))
            .unwrap();
    assert_eq!(one["session_id"], "sess-003");
    assert_eq!(one["prompts"].as_array().unwrap().len(), 3);
    assert_eq!(one["prompts"][0]["subagent_actions"], 1);
    assert_eq!(one["evidence"], serde_json::json!(["tests_passed", "commit"]));
    let table = ok(&["session", "sess-003", "--data-dir", d]);
    assert!(table.contains("expertise level 5 (expert) · score 8.46 = precision 7.00"), "{table}");
    // The timeline under the prompts: each event with its time, prompt, kind and cause.
    let causes: Vec<&str> =
        one["events"].as_array().unwrap().iter().map(|e| e["cause"].as_str().unwrap()).collect();
    assert_eq!(causes, ["tests_passed", "tests_passed", "commit"]);
    let at = one["events"][2]["at"].as_str().unwrap();
    assert!(
        table.lines().any(|l| l.split_whitespace().eq([at, "1", "evidence", "commit"])),
        "no event line for the commit at {at} in {table}"
    );
    let listed = ok(&["sessions", "--data-dir", d, "--limit", "1000"]);
    assert!(listed.contains("40 session(s)"), "{listed}");

    let (success, _, stderr) = coxswain(&["session", "nope", "--data-dir", d]);
    assert!(!success);
    assert!(stderr.contains("no session with id \"nope\""), "{stderr}");
    let (success, _, stderr) = coxswain(&["report", "--data-dir", d, "--since", "last tuesday"]);
    assert!(!success);
    assert!(stderr.contains("expected RFC 3339"), "{stderr}");
}

#[tokio::test]
async fn rebuild_reassembles_the_same_report() {
    let dir = tempfile::tempdir().unwrap();
    fill(dir.path()).await;
    let d = dir.path().to_str().unwrap();
    let report =
        ["report", "--data-dir", d, "--format", "json", "--by", "mode", "--min-group-users", "2"];
    let before = ok(&report);
    let out = ok(&["rebuild", "--data-dir", d]);
    assert!(out.contains("rebuilt 40 sessions"), "{out}");
    let after = ok(&report);
    assert_eq!(before, after);
}

#[tokio::test]
async fn a_local_report_prices_tokens_with_the_configs_price_table() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let mut requests = Vec::new();
    for user in ["u1", "u2"] {
        let p =
            P { tokens: Some([1_000, 2_000, 0, 0]), model: "claude-opus-4-5", ..expert_prompt() };
        requests
            .push(request(S::new(&format!("s-{user}"), user).prompt(0, p, &[read()]).end().spans));
    }
    append(&buf, requests).await;
    buf.flush().await.unwrap();
    drop(buf);
    let config = dir.path().join("collector.toml");
    std::fs::write(&config, "[analytics.prices.\"claude-opus-4\"]\ninput = 15.0\noutput = 75.0\n")
        .unwrap();
    let d = dir.path().to_str().unwrap();
    let args = ["report", "--data-dir", d, "--format", "json", "--min-group-users", "2"];
    let unpriced: Value = serde_json::from_str(&ok(&args)).unwrap();
    assert_eq!(unpriced["rows"][0]["estimated_cost"], Value::Null, "no table, no cost");
    let mut priced_args = args.to_vec();
    priced_args.extend(["--config", config.to_str().unwrap()]);
    let priced: Value = serde_json::from_str(&ok(&priced_args)).unwrap();
    let row = &priced["rows"][0];
    assert_eq!(row["priced_prompts"], 2);
    // Per prompt: 1,000 × 15 + 2,000 × 75 per million = 0.165.
    assert!((row["estimated_cost"].as_f64().unwrap() - 0.33).abs() < 1e-9, "{row}");
    assert_eq!(row["output_tokens_per_prompt_mean"], 2000.0);
}
