//! Privacy: a group with fewer than k distinct users is suppressed, and says so, in every format.

mod analytics_fixture;

use analytics_fixture::*;
use coxswain_collector::query::ops;
use coxswain_collector::report::{GroupBy, ReportQuery, format};
use serde_json::Value;

/// Six users on claude-code, two on codex.
async fn filled() -> (tempfile::TempDir, coxswain_collector::assembler::Assembler) {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let mut reqs = Vec::new();
    for i in 0..12 {
        let (user, harness) = if i < 8 {
            (format!("cc{}", i % 6), "claude-code")
        } else {
            (format!("cx{}", i % 2), "codex")
        };
        let s = S::new(&format!("s{i}"), &user)
            .harness(harness)
            .prompt(
                0,
                P {
                    words: 10,
                    file_refs: 1,
                    output_words: 800,
                    intent: "building",
                    ..P::default()
                },
                &[read(), edit(3), test(true)],
            )
            .end();
        reqs.push(request(s.spans));
    }
    append(&buf, reqs).await;
    let a = assemble(&buf);
    (dir, a)
}

fn by_harness(a: &coxswain_collector::assembler::Assembler, k: usize) -> Value {
    let q = ReportQuery {
        group_by: GroupBy::Harness,
        since: None,
        until: None,
        min_group_users: k,
        prices: Default::default(),
        team: None,
    };
    serde_json::from_str(&ops::report_json(a.store(), &q).unwrap()).unwrap()
}

#[tokio::test]
async fn a_group_below_k_users_is_suppressed_in_json_table_and_csv() {
    let (_dir, a) = filled().await;
    let report = by_harness(&a, 5);
    let rows = report["rows"].as_array().unwrap();
    let row = |g: &str| rows.iter().find(|r| r["group"] == g).unwrap().clone();

    let cc = row("claude-code");
    assert_eq!(cc["suppressed"], false);
    assert_eq!(cc["sessions"], 8);
    assert_eq!(cc["users"], 6);

    let cx = row("codex");
    assert_eq!(cx["suppressed"], true);
    assert!(cx["note"].as_str().unwrap().contains("fewer than the minimum of 5"), "{cx}");
    for key in [
        "sessions",
        "users",
        "prompts",
        "actions_per_prompt_mean",
        "verified_success_rate",
        "evidence",
    ] {
        assert_eq!(cx[key], Value::Null, "{key} leaks in a suppressed row");
    }

    let table = format::report_table(&report);
    assert!(table.contains("suppressed"), "{table}");
    assert!(
        table.contains("codex: suppressed: 2 distinct user(s), fewer than the minimum of 5"),
        "{table}"
    );
    assert!(!table.contains("| 4 |"), "{table}");

    let csv = format::report_csv(&report);
    let line = csv.lines().find(|l| l.starts_with("harness,codex,")).unwrap();
    assert!(line.starts_with("harness,codex,true,\"suppressed: 2 distinct user(s)"), "{line}");
    // After the quoted note come the 36 measure cells, all empty.
    assert!(line.ends_with(&format!("\"{}", ",".repeat(36))), "measures leak in CSV: {line}");
    let cc_line = csv.lines().find(|l| l.starts_with("harness,claude-code,")).unwrap();
    assert!(cc_line.starts_with("harness,claude-code,false,,8,6,8,"), "{cc_line}");
}

#[tokio::test]
async fn with_k_lowered_the_small_group_shows_and_the_overall_row_needs_k_users_too() {
    let (_dir, a) = filled().await;
    let report = by_harness(&a, 2);
    assert!(report["rows"].as_array().unwrap().iter().all(|r| r["suppressed"] == false));
    let q = ReportQuery {
        group_by: GroupBy::All,
        since: None,
        until: None,
        min_group_users: 9,
        prices: Default::default(),
        team: None,
    };
    let all: Value = serde_json::from_str(&ops::report_json(a.store(), &q).unwrap()).unwrap();
    assert_eq!(all["rows"][0]["suppressed"], true);
    assert_eq!(all["work_mode_by_month"][0]["suppressed"], true);
    assert_eq!(all["work_mode_by_month"][0]["shares"], Value::Null);
}
