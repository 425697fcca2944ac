//! TLS on both listeners: OTLP/gRPC and OTLP/HTTP over TLS are stored, plaintext clients are
//! refused, mutual TLS requires a client certificate, and bad TLS files stop start-up naming
//! the file. Certificates are made at test time (rcgen).

mod common;

use common::tls::*;
use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use prost::Message;

async fn spans_held(c: &Collector, p: &Pki, client_cert: bool) -> u64 {
    num(&https_stats(c, p, client_cert).await, "spans")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_over_grpc_tls_and_https_are_stored_and_plaintext_clients_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = pki(&dir.path().join("pki"));
    let mut c = start_tls_with_config(&dir.path().join("data"), &tls_toml(&p, false), &[]);

    let mut grpc = tls_traces_client(&c, &p, false).await.expect("TLS gRPC connect");
    grpc.export(span_range(0, 50)).await.expect("gRPC over TLS acknowledged");
    let body = span_range(50, 20).encode_to_vec();
    let (code, text) =
        https_request(&c, &p, false, "POST", "/v1/traces", "application/x-protobuf", body)
            .await
            .expect("HTTPS request");
    assert_eq!(code, 200, "{text}");
    assert_eq!(spans_held(&c, &p, false).await, 70);

    // Plaintext gRPC: the TLS port never completes an HTTP/2 handshake in the clear.
    let plain = async {
        let mut client =
            TraceServiceClient::connect(c.grpc_url()).await.map_err(|e| e.to_string())?;
        client.export(span_range(100, 5)).await.map_err(|e| e.to_string())
    };
    assert!(plain.await.is_err(), "plaintext gRPC must be refused");
    // Plaintext HTTP: no HTTP answer at all.
    let plain_http = http_get(c.http, "/healthz");
    assert!(!matches!(plain_http, Ok((200, _))), "plaintext HTTP must be refused: {plain_http:?}");
    let (code, _) = https_request(&c, &p, false, "GET", "/healthz", "text/plain", vec![])
        .await
        .expect("HTTPS healthz");
    assert_eq!(code, 200);
    assert_eq!(spans_held(&c, &p, false).await, 70, "nothing plaintext was stored");
    assert_eq!(c.terminate(), Some(0), "SIGTERM stops a TLS collector cleanly");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutual_tls_from_flags_requires_a_client_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let p = pki(&dir.path().join("pki"));
    let (cert, key, ca) =
        (p.cert.to_str().unwrap(), p.key.to_str().unwrap(), p.ca.to_str().unwrap());
    let c = coxswain_test_support::Collector::start_tls_on_any_port(
        &dir.path().join("data"),
        &["--tls-cert", cert, "--tls-key", key, "--tls-client-ca", ca],
    );

    let without = async {
        let mut client = tls_traces_client(&c, &p, false).await?;
        client.export(span_range(0, 5)).await.map_err(|e| e.to_string())
    };
    assert!(without.await.is_err(), "gRPC without a client certificate must be refused");
    let body = span_range(0, 5).encode_to_vec();
    let http_without =
        https_request(&c, &p, false, "POST", "/v1/traces", "application/x-protobuf", body).await;
    assert!(http_without.is_err(), "HTTPS without a client certificate: {http_without:?}");

    let mut grpc = tls_traces_client(&c, &p, true).await.expect("mTLS gRPC connect");
    grpc.export(span_range(10, 30)).await.expect("gRPC with a client certificate acknowledged");
    let body = span_range(40, 10).encode_to_vec();
    let (code, text) =
        https_request(&c, &p, true, "POST", "/v1/traces", "application/x-protobuf", body)
            .await
            .expect("HTTPS with a client certificate");
    assert_eq!(code, 200, "{text}");
    assert_eq!(spans_held(&c, &p, true).await, 40);
}

/// Runs `coxswain serve` with `args` and returns its stderr once it exited (it must fail).
fn failed_start(data: &std::path::Path, args: &[&str]) -> String {
    let out = std::process::Command::new(coxswain_test_support::bin_path("coxswain"))
        .args(["serve", "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0", "--data-dir"])
        .arg(data)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run coxswain");
    assert!(!out.status.success(), "coxswain must refuse to start with {args:?}");
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
fn bad_tls_files_stop_startup_with_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = pki(&dir.path().join("pki"));
    let data = dir.path().join("data");
    let cert = p.cert.to_str().unwrap();
    let key = p.key.to_str().unwrap();

    let missing = dir.path().join("nope.key");
    let err = failed_start(&data, &["--tls-cert", cert, "--tls-key", missing.to_str().unwrap()]);
    assert!(err.contains("key_file") && err.contains("nope.key"), "{err}");

    let garbage = dir.path().join("garbage.pem");
    std::fs::write(&garbage, "not a certificate\n").unwrap();
    let err = failed_start(&data, &["--tls-cert", garbage.to_str().unwrap(), "--tls-key", key]);
    assert!(err.contains("cert_file") && err.contains("garbage.pem"), "{err}");

    // The key of another certificate does not match.
    let err =
        failed_start(&data, &["--tls-cert", cert, "--tls-key", p.client_key.to_str().unwrap()]);
    assert!(err.contains("server.pem") && err.contains("client.key"), "{err}");

    let err = failed_start(&data, &["--tls-cert", cert]);
    assert!(err.contains("--tls-key"), "{err}");

    let cfg = dir.path().join("bad-ca.toml");
    let toml = format!("{}client_ca_file = {:?}\n", tls_toml(&p, false), garbage.to_str().unwrap());
    std::fs::write(&cfg, toml).unwrap();
    let err = failed_start(&data, &["--config", cfg.to_str().unwrap()]);
    assert!(err.contains("client_ca_file") && err.contains("garbage.pem"), "{err}");
}
