//! Never lose, never wait: with the collector away the spool grows; once it is back, `flush`
//! (or the background sender) delivers every span exactly once.

mod common;

use common::{HookEnv, stored_spans};
use coxswain_test_support::{Collector, free_port, wait_until};
use std::collections::BTreeMap;

fn fixtures(env: &HookEnv) {
    for f in ["basic_session.jsonl", "v1_0_session.jsonl", "subagent_failure.jsonl"] {
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
        assert_eq!(seen.get(id), Some(&1), "span {id} ({}) arrived exactly once", s["name"]);
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
    assert!(!String::from_utf8_lossy(&refused.stderr).is_empty(), "with a reason");

    let data = tempfile::tempdir().unwrap();
    let mut collector = Collector::start(data.path(), &[]);
    let out = env.flush(&["--endpoint", &collector.grpc_url()]);
    assert!(out.status.success(), "flush: {}", String::from_utf8_lossy(&out.stderr));
    assert!(env.spooled_spans().is_empty(), "acknowledged batches leave the spool");
    // A second flush has nothing left to send.
    assert!(env.flush(&["--endpoint", &collector.grpc_url()]).status.success());
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
    wait_until(std::time::Duration::from_secs(30), || env.spooled_spans().is_empty());
    assert!(env.spooled_spans().is_empty(), "the background sender emptied the spool");
    collector.terminate();
    assert_exactly_once(&expected, data.path());
}

#[test]
fn an_endpoint_given_to_the_hook_travels_with_its_batches() {
    let data = tempfile::tempdir().unwrap();
    let mut collector = Collector::start(data.path(), &[]);
    // The config points nowhere; the command line (as `install --endpoint` writes it) wins.
    let dead = format!("http://127.0.0.1:{}", free_port());
    let env = HookEnv::new(&format!("endpoint = \"{dead}\"\nbackground_sender = false\n"));
    env.feed_fixture("subagent_failure.jsonl", &["--endpoint", &collector.grpc_url()]);
    let spooled = env.spooled_spans();
    let status = env.command(&["status"]).output().unwrap();
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(status["spool_endpoints"], serde_json::json!([collector.grpc_url()]));
    // A plain flush (no --endpoint) sends each batch to the endpoint it was recorded with.
    let out = env.flush(&[]);
    assert!(out.status.success(), "flush: {}", String::from_utf8_lossy(&out.stderr));
    collector.terminate();
    assert_exactly_once(&spooled, data.path());
}

#[test]
fn replaying_a_transcript_twice_sends_identical_spans() {
    let transcripts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let data = tempfile::tempdir().unwrap();
    let mut collector = Collector::start(data.path(), &[]);
    let env = HookEnv::new("background_sender = false\n");
    for _ in 0..2 {
        let out = env
            .command(&[
                "replay",
                transcripts.to_str().unwrap(),
                "--endpoint",
                &collector.grpc_url(),
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "replay: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("bad)"), "a summary on stderr");
    }
    collector.terminate();
    let mut by_id: BTreeMap<String, Vec<common::StoredSpan>> = BTreeMap::new();
    for s in stored_spans(data.path()) {
        by_id.entry(s.span_id.clone()).or_default().push(s);
    }
    assert!(!by_id.is_empty());
    for (id, copies) in &by_id {
        assert_eq!(copies.len(), 2, "span {id} once per replay");
        let (a, b) = (&copies[0], &copies[1]);
        assert_eq!(
            (&a.name, &a.attrs, a.start_ns, a.end_ns),
            (&b.name, &b.attrs, b.start_ns, b.end_ns),
            "span {id}"
        );
        assert_eq!(a.attrs.get("coxswain.source"), Some(&serde_json::json!("replay")));
    }
}
