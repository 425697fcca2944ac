//! Native telemetry through ClickHouse, with real parts: Claude Code's own log events (the
//! handwritten shape `native_telemetry` uses) go whole to a sled collector (the reference) and
//! one record per request, round-robin with every third sent twice, to three collectors writing
//! to one real ClickHouse. All four share `analytics.native_user_key_file`, so one user has one
//! pseudonym everywhere. Every collector's session list and report (`telemetry`,
//! `native_sessions`, users) then equal the reference's.

mod e2e_common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use coxswain_test_support::clickhouse::ClickHouse;
use coxswain_test_support::{Collector, start_with_config, wait_until};
use e2e_common::{
    assert_reports_match, clickhouse_backlog, differences, doc, event, i, logs_body, post_logs, s,
};
use serde_json::Value;

/// Native sessions sent.
const SESSIONS: usize = 4;

/// One native session's records: two prompts, each with tool results and a model call.
fn session_records(n: usize, t: u64) -> Vec<Value> {
    let id = format!("5e55{n:04}-0000-4000-8000-00000000c1c1");
    // Two users, so the pseudonyms' agreement shows in the report's user counts.
    let user = format!("{:032x}", 0xa11e_u64 + (n % 2) as u64);
    let mut out = Vec::new();
    for p in 0..2u64 {
        let prompt = format!("{id}-p{p}");
        let base = p * 10;
        let at = |seq: u64| t + (n as u64) * 1_000_000_000 + seq * 1_000_000;
        out.push(event(
            &id,
            "user_prompt",
            base + 1,
            at(base + 1),
            vec![s("prompt.id", &prompt), s("prompt_length", "20")],
        ));
        for (k, (tool, ok)) in [("Bash", "true"), ("Edit", if p == 1 { "false" } else { "true" })]
            .into_iter()
            .enumerate()
        {
            let seq = base + 2 + k as u64;
            out.push(event(
                &id,
                "tool_result",
                seq,
                at(seq),
                vec![
                    s("prompt.id", &prompt),
                    s("tool_name", tool),
                    s("tool_use_id", &format!("toolu_{n}_{p}_{k}")),
                    s("success", ok),
                ],
            ));
        }
        out.push(event(
            &id,
            "api_request",
            base + 5,
            at(base + 5),
            vec![
                s("prompt.id", &prompt),
                s("model", "claude-sonnet-4-6"),
                i("input_tokens", 10 + n as u64),
                i("output_tokens", 100),
                i("cache_read_tokens", 5),
                i("cache_creation_tokens", 0),
            ],
        ));
    }
    for r in &mut out {
        r["attributes"][0] = s("user.id", &user);
        r["attributes"][3] = s("user.account_uuid", &user);
    }
    out
}

/// The collector's session list as `coxswain sessions --format json`.
fn sessions_of(c: &Collector) -> Value {
    doc(&["sessions", "--format", "json", "--limit", "1000", "--endpoint", &c.http_url()])
}

#[test]
fn native_events_round_robin_to_three_clickhouse_collectors_give_the_reference_sessions_and_report()
{
    let Some(ch) = ClickHouse::start() else { return };
    let work = tempfile::tempdir().expect("tempdir");
    let key = work.path().join("native-user.key");
    std::fs::write(&key, "0123456789abcdef0123456789abcdef\n").expect("key file");
    let analytics = format!(
        "[analytics]\nmin_group_users = 1\nnative_user_key_file = {:?}\n",
        key.to_str().expect("utf-8 path")
    );
    let reference = start_with_config(&work.path().join("reference"), &analytics, &[]);
    let config = format!(
        "{analytics}\n[clickhouse]\nurl = \"{}\"\ndatabase = \"cxn\"\nauto_init = true\n\
         max_batch_rows = 7\nmax_backoff_secs = 1\n",
        ch.url()
    );
    let cluster: Vec<Collector> = (0..3)
        .map(|i| start_with_config(&work.path().join(format!("c{i}")), &config, &[]))
        .collect();

    let t = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_nanos() as u64;
    let mut sent = 0usize;
    for n in 0..SESSIONS {
        let records = session_records(n, t);
        post_logs(&reference, &logs_body(records.clone()));
        for r in records {
            let one = logs_body(vec![r]);
            post_logs(&cluster[sent % cluster.len()], &one);
            if sent.is_multiple_of(3) {
                // The second copy goes to either of the other two.
                post_logs(&cluster[(sent + 1 + (sent / 3) % 2) % cluster.len()], &one);
            }
            sent += 1;
        }
    }

    let complete = |v: &Value| {
        v["sessions"].as_array().is_some_and(|a| {
            a.len() == SESSIONS
                && a.iter().all(|s| s["prompts"].as_array().map(Vec::len) == Some(2))
        })
    };
    assert!(
        wait_until(Duration::from_secs(60), || complete(&sessions_of(&reference))),
        "the reference did not assemble {SESSIONS} native sessions: {:#}",
        sessions_of(&reference)
    );
    assert!(
        wait_until(Duration::from_secs(120), || cluster.iter().all(|c| clickhouse_backlog(c) == 0)),
        "the ClickHouse writers did not catch up: {:?}",
        cluster.iter().map(clickhouse_backlog).collect::<Vec<_>>()
    );

    let want = sessions_of(&reference);
    for s in want["sessions"].as_array().expect("sessions") {
        assert_eq!(s["telemetry"], "native", "{s:#}");
    }
    for (i, c) in cluster.iter().enumerate() {
        let d = differences(&want, &sessions_of(c));
        assert!(d.is_empty(), "collector {i} sessions differ:\n{}", d.join("\n"));
    }
    let all =
        doc(&["report", "--format", "json", "--by", "all", "--endpoint", &reference.http_url()]);
    assert!(all.to_string().contains(&format!("\"native_sessions\":{SESSIONS}")), "{all:#}");
    assert_reports_match(
        &reference,
        &cluster,
        &ch.url(),
        "cxn",
        &["all", "band", "level", "mode", "month"],
    );
}
