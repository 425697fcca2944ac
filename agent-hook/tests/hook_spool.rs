//! Never lose, never wait: with the collector away the spool grows; once it is back, `flush`
//! (or the background sender) delivers every span exactly once.

mod common;

use common::{HookEnv, stored_spans};
use coxswain_test_support::{Collector, free_port};
use std::collections::BTreeMap;

fn fixtures(env: &HookEnv) {
    for f in [
        "basic_session.jsonl",
        "v1_0_session.jsonl",
        "subagent_failure.jsonl",
    ] {
        env.feed_fixture(f, &[]);
    }
}

fn assert_exactly_once(env_spans: &[serde_json::Value], data_dir: &std::path::Path) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for s in stored_spans(data_dir) {
        *seen.entry(s.span_id).or_default() += 1;
    }
    assert_eq!(seen.len(), env_spans.len(), "every spooled span arrived");
    for s in env_spans {
        let id = s["span_id"].as_str().unwrap();
        assert_eq!(
            seen.get(id),
            Some(&1),
            "span {id} ({}) arrived exactly once",
            s["name"]
        );
    }
}

#[test]
fn collector_down_spools_then_flush_delivers_every_span_exactly_once() {
    // Nothing listens on this port: the background sender fails and gives up.
    let dead = format!("http://127.0.0.1:{}", free_port());
    let env = HookEnv::new(&format!("endpoint = \"{dead}\"\n"));
    fixtures(&env);
    let spooled = env.spooled_spans();
    assert_eq!(spooled.len(), 9 + 6 + 5);

    let status = env.command(&["status"]).output().unwrap();
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).expect("status is JSON");
    assert_eq!(status["spool"]["spans"], spooled.len());
    assert_eq!(status["endpoint"], dead);
    assert!(status["spool"]["bytes"].as_u64().unwrap() > 0);

    let refused = env.flush(&["--timeout", "1"]);
    assert!(!refused.status.success(), "flush to a dead collector fails");
    assert!(
        !String::from_utf8_lossy(&refused.stderr).is_empty(),
        "with a reason"
    );

    let data = tempfile::tempdir().unwrap();
    let mut collector = Collector::start(data.path(), &[]);
    let out = env.flush(&["--endpoint", &collector.grpc_url()]);
    assert!(
        out.status.success(),
        "flush: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        env.spooled_spans().is_empty(),
        "acknowledged batches leave the spool"
    );
    // A second flush has nothing left to send.
    assert!(
        env.flush(&["--endpoint", &collector.grpc_url()])
            .status
            .success()
    );
    collector.terminate();
    assert_exactly_once(&spooled, data.path());
}

#[test]
fn the_background_sender_ships_the_spool_without_help() {
    let data = tempfile::tempdir().unwrap();
    let mut collector = Collector::start(data.path(), &[]);
    let env = HookEnv::new(&format!("endpoint = \"{}\"\n", collector.grpc_url()));
    // Record what the hook spools by running the same events offline in a twin env.
    let twin = HookEnv::new("background_sender = false\n");
    fixtures(&twin);
    let expected = twin.spooled_spans();
    fixtures(&env);
    // Wait (bounded) for the background sender to empty the spool.
    for _ in 0..600 {
        if env.spooled_spans().is_empty() && !status_running(&env) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(
        env.spooled_spans().is_empty(),
        "the background sender emptied the spool"
    );
    collector.terminate();
    assert_exactly_once(&expected, data.path());
}

fn status_running(env: &HookEnv) -> bool {
    let out = env.command(&["status"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    v["sender_running"].as_bool().unwrap_or(false)
}
