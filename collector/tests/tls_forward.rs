//! Forwarding to an https:// downstream `coxswain` (private CA via `ca_file`) delivers every
//! acknowledged span over gRPC and over HTTP.

mod common;

use std::time::Duration;

use common::tls::*;
use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarding_to_an_https_downstream_delivers_over_grpc_and_http() {
    let dir = tempfile::tempdir().unwrap();
    let p = pki(&dir.path().join("pki"));
    let down = start_tls_with_config(&dir.path().join("down"), &tls_toml(&p, false), &[]);
    let mut cfg = String::new();
    for (name, endpoint, protocol) in
        [("grpc-tls", grpc_https(&down), "grpc"), ("http-tls", http_https(&down), "http")]
    {
        cfg.push_str(&format!(
            "[[forward]]\nname = \"{name}\"\nendpoint = \"{endpoint}\"\nprotocol = \"{protocol}\"\n\
             ca_file = {:?}\nmax_backoff_secs = 1\ntimeout_secs = 5\n\n",
            p.ca.to_str().unwrap()
        ));
    }
    let up = start_with_config(&dir.path().join("up"), &cfg, &[]);
    for b in 0..4 {
        export(&up, span_range(b * 25, 25)).await.expect("acknowledged");
    }
    // Both forwarders deliver the same 100 spans: the downstream holds them twice.
    let mut held = 0;
    for _ in 0..600 {
        held = num(&https_stats(&down, &p, false).await, "spans");
        if held >= 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(held, 200, "upstream: {}", stats(&up));
    let drained = wait_until(Duration::from_secs(10), || {
        let s = stats(&up);
        s["backlog"]["forward:grpc-tls"] == 0 && s["backlog"]["forward:http-tls"] == 0
    });
    assert!(drained, "{}", stats(&up));
}

#[test]
fn an_http_endpoint_with_a_ca_file_is_refused_at_startup() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        "[[forward]]\nname = \"x\"\nendpoint = \"http://127.0.0.1:1\"\nca_file = \"ca.pem\"\n",
    )
    .unwrap();
    let out = std::process::Command::new(coxswain_test_support::bin_path("coxswain"))
        .args(["serve", "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0", "--config"])
        .arg(&cfg)
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ca_file") && err.contains("not https://"), "{err}");
}
