//! `coxswain report / sessions` against a collector serving TLS: HTTPS (`https://`) and gRPC
//! over TLS (`grpcs://`) trusting `--ca-file`, and mutual TLS with `--client-cert/--client-key`.
//! Certificates are made at test time (rcgen).

mod analytics_fixture;
mod common;

use std::path::Path;

use analytics_fixture::*;
use common::tls::*;
use coxswain_test_support::{coxswain_ok as ok, run_coxswain as coxswain};
use serde_json::Value;

/// A data dir holding the test population, already assembled (by the CLI on the stopped dir),
/// so a collector started on it answers at once; returns the report read from the dir.
async fn assembled(dir: &Path) -> Value {
    let buf = buffered_population(dir).await;
    buf.flush().await.unwrap();
    drop(buf);
    let d = dir.to_str().unwrap();
    serde_json::from_str(&ok(&["report", "--data-dir", d, "--format", "json"])).unwrap()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `coxswain SUBCOMMAND --endpoint E --ca-file CA --format json`, parsed.
fn json_trusting_ca(subcommand: &str, endpoint: &str, p: &Pki) -> Value {
    let args = [subcommand, "--endpoint", endpoint, "--ca-file", path(&p.ca), "--format", "json"];
    serde_json::from_str(&ok(&args)).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn report_over_https_and_grpcs_trusting_the_ca_file_matches_the_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let expected = assembled(&data).await;
    assert!(!expected["rows"].as_array().unwrap().is_empty(), "{expected}");
    let p = pki(&dir.path().join("pki"));
    let mut c = start_tls_with_config(&data, &tls_toml(&p, false), &[]);

    let https = http_https(&c);
    let report = json_trusting_ca("report", &https, &p);
    assert_eq!(report["rows"], expected["rows"], "HTTPS report");
    let grpcs = format!("grpcs://{}", c.grpc);
    let report = json_trusting_ca("report", &grpcs, &p);
    assert_eq!(report["rows"], expected["rows"], "gRPC-over-TLS report");
    let sessions = json_trusting_ca("sessions", &https, &p);
    assert!(!sessions["sessions"].as_array().unwrap().is_empty(), "{sessions}");

    // Without the CA the server's certificate is not trusted, and plain http:// gets no answer.
    let (success, _, stderr) = coxswain(&["report", "--endpoint", &https, "--format", "json"]);
    assert!(!success, "an untrusted certificate must fail");
    assert!(stderr.contains("TLS") || stderr.contains("certificate"), "{stderr}");
    let plain = format!("http://{}", c.http);
    assert!(!coxswain(&["report", "--endpoint", &plain, "--format", "json"]).0);
    assert_eq!(c.terminate(), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutual_tls_report_needs_the_client_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let expected = assembled(&data).await;
    let p = pki(&dir.path().join("pki"));
    let mut c = start_tls_with_config(&data, &tls_toml(&p, true), &[]);
    let https = http_https(&c);
    let grpcs = format!("grpcs://{}", c.grpc);
    for endpoint in [&https, &grpcs] {
        let base = ["report", "--endpoint", endpoint, "--ca-file", path(&p.ca), "--format", "json"];
        assert!(!coxswain(&base).0, "{endpoint} without a client certificate must fail");
        let mut args = base.to_vec();
        args.extend(["--client-cert", path(&p.client_cert), "--client-key", path(&p.client_key)]);
        let report: Value = serde_json::from_str(&ok(&args)).unwrap();
        assert_eq!(report["rows"], expected["rows"], "{endpoint}");
    }
    let (success, _, stderr) = coxswain(&[
        "report",
        "--endpoint",
        &https,
        "--ca-file",
        path(&p.ca),
        "--client-cert",
        path(&p.client_cert),
    ]);
    assert!(!success && stderr.contains("--client-key"), "{stderr}");
    assert_eq!(c.terminate(), Some(0));
}
