//! The rest of the analytics proof, end to end with real parts: assembly is a pure function of the
//! set of spans (duplicates, reordering and a rebuild give byte-identical reports), a group below
//! k is suppressed in every format, and the real transcripts replay into a report without errors.

mod e2e_common;

use std::path::PathBuf;

use coxswain_test_support::{Collector, real_fixtures};
use e2e_common::{Corpus, collector, coxswain_text, replay, wait_assembled};

/// The first differing line of two documents, with a little context.
fn first_difference(a: &str, b: &str) -> String {
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let i = la.iter().zip(lb.iter()).position(|(x, y)| x != y).unwrap_or(la.len().min(lb.len()));
    let from = i.saturating_sub(12);
    format!(
        "line {i}:\n--- first\n{}\n--- second\n{}",
        la[from..(i + 3).min(la.len())].join("\n"),
        lb[from..(i + 3).min(lb.len())].join("\n")
    )
}

fn report_json(c: &Collector, by: &str) -> String {
    coxswain_text(&["report", "--format", "json", "--by", by, "--endpoint", &c.http_url()])
}

/// `coxswain sessions --format json --limit 1000` from the collector, as text.
fn sessions_json(c: &Collector) -> String {
    coxswain_text(&["sessions", "--format", "json", "--limit", "1000", "--endpoint", &c.http_url()])
}

#[test]
fn duplicates_reordering_and_a_rebuild_give_byte_identical_reports() {
    let corpus = Corpus::generate(24, 6, 7);
    let transcripts = corpus.dir.path().join("transcripts");
    let work = tempfile::tempdir().expect("tempdir");
    // Both replays use one pseudonym key, so both collectors see the same users.
    for side in ["ra", "rb"] {
        let dir = work.path().join(side).join("config/coxswain");
        std::fs::create_dir_all(&dir).expect("config dir");
        std::fs::write(dir.join("hook.toml"), "pseudonym_key = \"shared\"\n").expect("hook.toml");
    }

    // A: every transcript once, in path order.
    let a = collector(&work.path().join("a"));
    replay(&[&transcripts], &a, &work.path().join("ra"));
    // B: one file at a time in reverse order, then everything again (every span twice).
    let b_dir = work.path().join("b");
    let mut b = collector(&b_dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&transcripts)
        .expect("transcripts")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    files.reverse();
    for f in &files {
        replay(&[f], &b, &work.path().join("rb"));
    }
    replay(&[&transcripts], &b, &work.path().join("rb"));

    wait_assembled(&a, 24, corpus.prompts());
    wait_assembled(&b, 24, corpus.prompts());
    for by in ["level", "band", "mode", "month", "harness"] {
        assert_eq!(
            report_json(&a, by),
            report_json(&b, by),
            "report by {by} differs under duplicates and reordering"
        );
    }
    let (sa, sb) = (sessions_json(&a), sessions_json(&b));
    assert!(
        sa == sb,
        "sessions differ under duplicates and reordering:\n{}",
        first_difference(&sa, &sb)
    );

    // Rebuild B's records from its buffer, then report from the stopped data directory.
    let want = report_json(&a, "level");
    assert_eq!(b.terminate(), Some(0), "collector B did not stop cleanly");
    let b_path = b_dir.to_str().expect("utf-8 path");
    coxswain_text(&["rebuild", "--data-dir", b_path]);
    let rebuilt = coxswain_text(&[
        "report",
        "--format",
        "json",
        "--by",
        "level",
        "--min-group-users",
        "1",
        "--data-dir",
        b_path,
    ]);
    assert_eq!(want.trim(), rebuilt.trim(), "report after a rebuild differs");
}

#[test]
fn a_group_below_k_is_suppressed_in_every_format() {
    // 10 sessions of 3 users: every group has fewer than the default k = 5 users.
    let corpus = Corpus::generate(10, 3, 11);
    let work = tempfile::tempdir().expect("tempdir");
    let c = Collector::start(&work.path().join("data"), &[]);
    let wd = work.path().join("r");
    for user in 0..3 {
        // One config home per user so the collector sees three pseudonyms.
        let home = wd.join(format!("u{user}"));
        std::fs::create_dir_all(home.join("config/coxswain")).expect("dir");
        std::fs::write(
            home.join("config/coxswain/hook.toml"),
            format!("pseudonym_key = \"k{user}\"\n"),
        )
        .expect("toml");
    }
    let truth = corpus.sessions();
    for (id, t) in &truth {
        let user = &t["user"].as_str().expect("user")[5..];
        let path = corpus.dir.path().join("transcripts").join(format!("{id}.jsonl"));
        replay(&[&path], &c, &wd.join(format!("u{}", user.parse::<usize>().expect("n"))));
    }
    wait_assembled(&c, 10, corpus.prompts());
    let url = c.http_url();
    let json: serde_json::Value = serde_json::from_str(&coxswain_text(&[
        "report",
        "--format",
        "json",
        "--by",
        "level",
        "--endpoint",
        &url,
    ]))
    .expect("json");
    let rows = json["rows"].as_array().expect("rows");
    assert!(!rows.is_empty(), "no rows: {json}");
    for r in rows {
        assert_eq!(r["suppressed"], true, "row not suppressed: {r}");
        assert!(
            r["note"].as_str().is_some_and(|n| !n.is_empty()),
            "suppressed row without a note: {r}"
        );
        assert!(
            r["actions_per_prompt_mean"].is_null() && r["verified_success_rate"].is_null(),
            "measures leak: {r}"
        );
    }
    let csv = coxswain_text(&["report", "--format", "csv", "--by", "level", "--endpoint", &url]);
    let groups: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter(|l| l.starts_with("level,") && !l.starts_with("level,study,"))
        .collect();
    assert_eq!(groups.len(), rows.len(), "CSV rows:\n{csv}");
    for line in groups {
        // group_by,group,suppressed,note,measures...: the measures are empty.
        assert!(line.contains(",true,"), "CSV row not marked suppressed: {line}");
        assert!(
            !line.contains(",0.") && !line.contains(",1.0"),
            "CSV row carries measures: {line}"
        );
    }
    let table =
        coxswain_text(&["report", "--format", "table", "--by", "level", "--endpoint", &url]);
    assert!(table.contains("suppressed"), "table does not say suppressed:\n{table}");
}

#[test]
fn replaying_the_real_transcripts_gives_a_report_without_errors() {
    let Some(real) = real_fixtures() else { return };
    let work = tempfile::tempdir().expect("tempdir");
    let c = collector(&work.path().join("data"));
    let summary = replay(&[&real], &c, work.path());
    eprintln!("real fixtures: {}", summary.trim());
    // Wait for assembly to settle (the count is whatever replay found).
    let start = std::time::Instant::now();
    let mut last = String::new();
    loop {
        let now = sessions_json(&c);
        if now == last || start.elapsed() > std::time::Duration::from_secs(60) {
            break;
        }
        last = now;
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    let report: serde_json::Value =
        serde_json::from_str(&report_json(&c, "level")).expect("report json");
    let all: serde_json::Value = serde_json::from_str(&coxswain_text(&[
        "report",
        "--format",
        "json",
        "--endpoint",
        &c.http_url(),
    ]))
    .expect("json");
    for r in report["rows"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(all["rows"].as_array().into_iter().flatten())
    {
        eprintln!(
            "real fixtures, {}: sessions {} prompts {} actions/prompt {} words/prompt {} verified success {} trouble {} abandonment {}",
            r["group"],
            r["sessions"],
            r["prompts"],
            r["actions_per_prompt_mean"],
            r["output_words_per_prompt_mean"],
            r["verified_success_rate"],
            r["trouble_rate"],
            r["abandonment_rate"]
        );
    }
    assert!(all["rows"].as_array().is_some_and(|r| !r.is_empty()), "no report rows: {all}");
    coxswain_text(&["report", "--format", "table", "--endpoint", &c.http_url()]);
}
