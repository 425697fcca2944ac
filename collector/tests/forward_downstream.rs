//! Forwarding to a second `coxswain` as the downstream: every acknowledged span arrives, also
//! when the downstream was away for a while and when the upstream restarted in between.

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;

fn forward_config(entries: &[(&str, String, &str)]) -> String {
    let mut s = String::new();
    for (name, endpoint, protocol) in entries {
        s.push_str(&format!(
            "[[forward]]\nname = \"{name}\"\nendpoint = \"{endpoint}\"\nprotocol = \"{protocol}\"\n\
             max_backoff_secs = 1\ntimeout_secs = 5\n[forward.headers]\nx-test = \"yes\"\n\n"
        ));
    }
    s
}

fn spans_held(c: &Collector) -> u64 {
    num(&stats(c), "spans")
}

async fn send(c: &Collector, from: u64, batches: u64) -> u64 {
    for b in 0..batches {
        export(c, span_range(from + b * 50, 50)).await.expect("acknowledged");
    }
    batches * 50
}

fn wait_spans(c: &Collector, n: u64) {
    let ok = wait_until(Duration::from_secs(60), || spans_held(c) >= n);
    assert!(ok, "downstream holds {} spans, expected {n}: {}", spans_held(c), stats(c));
}

fn all_ids(data: &Path, from: u64, n: u64) -> bool {
    let ids = stored_span_ids(data);
    (from..from + n).all(|i| ids.contains(&span_id(i)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_span_reaches_downstreams_over_grpc_and_http() {
    let dir = tempfile::tempdir().unwrap();
    let d1 = start(&dir.path().join("d1"), &[]);
    let d2 = start(&dir.path().join("d2"), &[]);
    let cfg = forward_config(&[
        ("grpc-down", d1.grpc_url(), "grpc"),
        ("http-down", d2.http_url(), "http"),
    ]);
    let up = start_with_config(&dir.path().join("up"), &cfg, &[]);
    let sent = send(&up, 0, 20).await;
    logs_client(&up).await.export(logs_request(3)).await.unwrap();
    wait_spans(&d1, sent);
    wait_spans(&d2, sent);
    assert!(wait_until(Duration::from_secs(30), || num(&stats(&d2), "log_records") == 3));
    let s = stats(&up);
    assert!(
        wait_until(Duration::from_secs(10), || {
            let s = stats(&up);
            s["backlog"]["forward:grpc-down"] == 0 && s["backlog"]["forward:http-down"] == 0
        }),
        "{s}"
    );
    let (_, m) = http_get(up.http, "/metrics").unwrap();
    assert!(m.contains("coxswain_forward_backlog_requests{endpoint=\"grpc-down\"} 0"), "{m}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarding_catches_up_after_the_downstream_was_down_a_while() {
    let dir = tempfile::tempdir().unwrap();
    let down_grpc = format!("127.0.0.1:{}", free_port());
    let cfg = forward_config(&[("later", format!("http://{down_grpc}"), "grpc")]);
    let up = start_with_config(&dir.path().join("up"), &cfg, &[]);
    let sent = send(&up, 0, 10).await;
    std::thread::sleep(Duration::from_millis(1500));
    let s = stats(&up);
    assert_eq!(s["backlog"]["forward:later"], 10, "backlog visible while away: {s}");
    let (_, m) = http_get(up.http, "/metrics").unwrap();
    assert!(m.contains("coxswain_forward_backlog_requests{endpoint=\"later\"} 10"), "{m}");
    let d = start(&dir.path().join("down"), &["--grpc-addr", &down_grpc]);
    wait_spans(&d, sent);
    let more = send(&up, 10_000, 4).await;
    wait_spans(&d, sent + more);
    drop(d);
    assert!(all_ids(&dir.path().join("down"), 0, 500));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarding_resumes_after_the_upstream_restarts_in_between() {
    let dir = tempfile::tempdir().unwrap();
    let up_data = dir.path().join("up");
    let down_grpc = format!("127.0.0.1:{}", free_port());
    let cfg = forward_config(&[("d", format!("http://{down_grpc}"), "grpc")]);
    // Downstream away; the upstream acknowledges and is killed without a chance to flush.
    let mut up = start_with_config(&up_data, &cfg, &[]);
    let first = send(&up, 0, 6).await;
    up.kill();
    // Back up, more data, clean stop; then both up.
    let mut up = start_with_config(&up_data, &cfg, &[]);
    let second = send(&up, 1_000, 6).await;
    assert_eq!(up.terminate(), Some(0));
    let d = start(&dir.path().join("down"), &["--grpc-addr", &down_grpc]);
    let up = start_with_config(&up_data, &cfg, &[]);
    let third = send(&up, 2_000, 2).await;
    wait_spans(&d, first + second + third);
    assert!(wait_until(Duration::from_secs(10), || stats(&up)["backlog"]["forward:d"] == 0));
    drop(d);
    let down = dir.path().join("down");
    assert!(
        all_ids(&down, 0, first) && all_ids(&down, 1_000, second) && all_ids(&down, 2_000, third)
    );
}
