//! The hook sends to a collector serving TLS: `https://` endpoints with a private CA
//! (`--ca-file` or `ca_file` in hook.toml), the TLS files travel with spooled batches so the
//! background sender and `flush` use them, and mutual TLS presents the client certificate.

mod common;

use common::{HookEnv, stored_spans};
use coxswain_test_support::Collector;
use coxswain_test_support::pki::{Pki, grpc_https, pki, start_tls_collector};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A fresh PKI and a TLS collector on it (`mutual`: client certificates required).
struct TlsCollector {
    _dir: tempfile::TempDir,
    p: Pki,
    data: PathBuf,
    collector: Collector,
    endpoint: String,
}

fn tls_collector(mutual: bool) -> TlsCollector {
    let dir = tempfile::tempdir().unwrap();
    let p = pki(&dir.path().join("pki"));
    let data = dir.path().join("data");
    let collector = start_tls_collector(&data, &p, mutual);
    let endpoint = grpc_https(&collector);
    TlsCollector { _dir: dir, p, data, collector, endpoint }
}

fn feed(env: &HookEnv, args: &[&str]) {
    for f in ["basic_session.jsonl", "subagent_failure.jsonl"] {
        env.feed_fixture(f, args);
    }
}

fn assert_exactly_once(spooled: &[serde_json::Value], data_dir: &Path) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for s in stored_spans(data_dir) {
        *seen.entry(s.span_id).or_default() += 1;
    }
    assert_eq!(seen.len(), spooled.len(), "every spooled span arrived");
    for s in spooled {
        let id = s["span_id"].as_str().unwrap();
        assert_eq!(seen.get(id), Some(&1), "span {id} ({}) arrived exactly once", s["name"]);
    }
}

/// `agent-hook flush --timeout 2 ARGS`, for flushes expected to fail.
fn short_flush(env: &HookEnv, args: &[&str]) -> std::process::Output {
    let mut all = vec!["flush", "--timeout", "2"];
    all.extend_from_slice(args);
    env.command(&all).output().expect("flush")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn https_endpoint_and_ca_file_travel_with_spooled_batches_and_flush_delivers_them() {
    let TlsCollector { _dir, p, data, mut collector, endpoint } = tls_collector(false);
    let env = HookEnv::new("background_sender = false\n");
    let ca = p.ca.to_str().unwrap();
    feed(&env, &["--endpoint", &endpoint, "--ca-file", ca]);
    let spooled = env.spooled_spans();
    assert_eq!(spooled.len(), 9 + 5);
    // Each batch names where it goes and the CA to trust there.
    for f in std::fs::read_dir(env.spool()).unwrap().filter_map(|e| e.ok()) {
        if f.path().extension().is_some_and(|e| e == "json") {
            let batch: serde_json::Value =
                serde_json::from_slice(&std::fs::read(f.path()).unwrap()).unwrap();
            assert_eq!(batch["target"]["endpoint"], endpoint.as_str());
            assert_eq!(batch["target"]["ca_file"], ca);
        }
    }
    // A plain `flush` uses each batch's own target, CA file included.
    let out = env.flush(&[]);
    assert!(out.status.success(), "flush: {}", stderr(&out));
    assert!(env.spooled_spans().is_empty(), "acknowledged batches leave the spool");
    assert_eq!(collector.terminate(), Some(0));
    assert_exactly_once(&spooled, &data);
}

#[test]
fn without_the_ca_the_tls_collector_is_not_trusted_and_spans_stay_spooled() {
    let TlsCollector { _dir, p, data, mut collector, endpoint } = tls_collector(false);
    let env = HookEnv::new(&format!("endpoint = {endpoint:?}\nbackground_sender = false\n"));
    feed(&env, &[]);
    let spooled = env.spooled_spans();
    let refused = short_flush(&env, &[]);
    assert!(!refused.status.success(), "an untrusted server certificate must fail");
    assert!(stderr(&refused).contains("certificate"), "{}", stderr(&refused));
    assert_eq!(env.spooled_spans().len(), spooled.len(), "nothing leaves the spool");
    let out = env.flush(&["--endpoint", &endpoint, "--ca-file", p.ca.to_str().unwrap()]);
    assert!(out.status.success(), "flush: {}", stderr(&out));
    assert_eq!(collector.terminate(), Some(0));
    assert_exactly_once(&spooled, &data);
}

#[test]
fn hook_toml_tls_files_reach_a_mutual_tls_collector_through_the_sender() {
    let TlsCollector { _dir, p, data, mut collector, endpoint } = tls_collector(true);
    // The CA path is relative: it names a file beside hook.toml.
    let env = HookEnv::new(&format!(
        "endpoint = {endpoint:?}\nca_file = \"ca.pem\"\nclient_cert_file = {:?}\n\
         client_key_file = {:?}\n",
        p.client_cert.to_str().unwrap(),
        p.client_key.to_str().unwrap()
    ));
    std::fs::copy(&p.ca, env.config_home().join("coxswain/ca.pem")).unwrap();
    feed(&env, &[]);
    // The hook started background senders; `flush` waits for them and sends what is left.
    let out = env.flush(&[]);
    assert!(out.status.success(), "flush: {}", stderr(&out));
    assert!(env.spooled_spans().is_empty());
    assert_eq!(collector.terminate(), Some(0));
    assert_eq!(stored_spans(&data).len(), 9 + 5, "every span stored once");
}

#[test]
fn mutual_tls_without_a_client_certificate_is_refused_until_flush_presents_one() {
    let TlsCollector { _dir, p, data, mut collector, endpoint } = tls_collector(true);
    let env = HookEnv::new("background_sender = false\n");
    let ca = p.ca.to_str().unwrap();
    feed(&env, &["--endpoint", &endpoint, "--ca-file", ca]);
    let spooled = env.spooled_spans();
    let refused = short_flush(&env, &[]);
    assert!(!refused.status.success(), "mutual TLS needs a client certificate");
    assert_eq!(env.spooled_spans().len(), spooled.len());
    let cert_only = [
        "--endpoint",
        &endpoint,
        "--ca-file",
        ca,
        "--client-cert",
        p.client_cert.to_str().unwrap(),
    ];
    let half = short_flush(&env, &cert_only);
    assert!(!half.status.success(), "a certificate without its key is refused");
    assert!(stderr(&half).contains("needs its key"), "{}", stderr(&half));
    let mut cert_and_key = cert_only.to_vec();
    cert_and_key.extend(["--client-key", p.client_key.to_str().unwrap()]);
    let out = env.flush(&cert_and_key);
    assert!(out.status.success(), "flush: {}", stderr(&out));
    assert_eq!(collector.terminate(), Some(0));
    assert_exactly_once(&spooled, &data);
}

#[test]
fn replay_sends_a_transcript_to_a_tls_collector_with_the_ca_file() {
    let TlsCollector { _dir, p, data, mut collector, endpoint } = tls_collector(false);
    let env = HookEnv::new("background_sender = false\n");
    let transcript =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts/resumed-two-sessions.jsonl");
    let out = env
        .command(&[
            "replay",
            transcript.to_str().unwrap(),
            "--endpoint",
            &endpoint,
            "--ca-file",
            p.ca.to_str().unwrap(),
            "--timeout",
            "20",
        ])
        .output()
        .expect("replay");
    assert!(out.status.success(), "replay: {}", stderr(&out));
    assert!(env.spooled_spans().is_empty(), "every replayed span acknowledged");
    assert_eq!(collector.terminate(), Some(0));
    let stored = stored_spans(&data);
    assert!(!stored.is_empty(), "replayed spans stored");
    let sent: usize = stderr(&out)
        .split("sent ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("replay reports what it sent");
    assert_eq!(stored.len(), sent);
}
