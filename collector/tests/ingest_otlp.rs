//! Ingest with real clients: the opentelemetry-otlp exporter over gRPC, OTLP/HTTP with protobuf
//! and JSON bodies, gzip on both transports; everything survives a restart.

mod common;

use std::io::Write;
use std::time::Duration;

use common::*;
use opentelemetry::logs::{LogRecord as _, Logger as _, LoggerProvider as _};
use opentelemetry::trace::{Span as _, Tracer as _, TracerProvider as _};
use opentelemetry_otlp::{WithExportConfig, WithTonicConfig};
use prost::Message;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_span_and_log_record_sent_by_the_rust_otlp_exporter_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let spans = opentelemetry_otlp::SpanExporter::builder()
        .with_tonic()
        .with_endpoint(c.grpc_url())
        .with_compression(opentelemetry_otlp::Compression::Gzip)
        .build()
        .unwrap();
    let logs = opentelemetry_otlp::LogExporter::builder()
        .with_tonic()
        .with_endpoint(c.grpc_url())
        .build()
        .unwrap();
    let tracer_provider =
        opentelemetry_sdk::trace::SdkTracerProvider::builder().with_batch_exporter(spans).build();
    let logger_provider =
        opentelemetry_sdk::logs::SdkLoggerProvider::builder().with_batch_exporter(logs).build();
    let tracer = tracer_provider.tracer("ingest-test");
    for i in 0..1000 {
        let mut s = tracer.start(format!("op-{i}"));
        s.set_attribute(opentelemetry::KeyValue::new("i", i as i64));
        s.set_attribute(opentelemetry::KeyValue::new("ok", i % 2 == 0));
        s.end();
    }
    let logger = logger_provider.logger("ingest-test");
    for i in 0..10 {
        let mut r = logger.create_log_record();
        r.set_body(format!("record {i}").into());
        logger.emit(r);
    }
    // The batch processors block on their own threads; keep them off the runtime's workers.
    tokio::task::spawn_blocking(move || {
        tracer_provider.force_flush().unwrap();
        logger_provider.force_flush().unwrap();
        let _ = tracer_provider.shutdown();
        let _ = logger_provider.shutdown();
    })
    .await
    .unwrap();
    let s = stats(&c);
    assert_eq!(num(&s, "spans"), 1000, "{s}");
    assert_eq!(num(&s, "log_records"), 10, "{s}");
}

fn post(c: &Collector, path: &str, ctype: &str, gzip: bool, body: &[u8]) -> (u16, String) {
    let mut headers = vec![("Content-Type", ctype)];
    let body = if gzip {
        headers.push(("Content-Encoding", "gzip"));
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(body).unwrap();
        enc.finish().unwrap()
    } else {
        body.to_vec()
    };
    http_request(c.http, "POST", path, &headers, &body).expect("POST")
}

#[test]
fn http_protobuf_json_and_gzip_bodies_are_stored() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let pb = span_range(0, 10).encode_to_vec();
    assert_eq!(post(&c, "/v1/traces", "application/x-protobuf", false, &pb).0, 200);
    let pb_gz = span_range(10, 20).encode_to_vec();
    assert_eq!(post(&c, "/v1/traces", "application/x-protobuf", true, &pb_gz).0, 200);
    let json = serde_json::to_vec(&span_range(30, 30)).unwrap();
    let (code, body) = post(&c, "/v1/traces", "application/json", false, &json);
    assert_eq!(code, 200, "{body}");
    let json_gz = serde_json::to_vec(&span_range(60, 40)).unwrap();
    assert_eq!(post(&c, "/v1/traces", "application/json", true, &json_gz).0, 200);
    let logs = logs_request(7).encode_to_vec();
    assert_eq!(post(&c, "/v1/logs", "application/x-protobuf", true, &logs).0, 200);
    let logs_json = serde_json::to_vec(&logs_request(3)).unwrap();
    assert_eq!(post(&c, "/v1/logs", "application/json", false, &logs_json).0, 200);
    let s = stats(&c);
    assert_eq!(num(&s, "spans"), 100, "{s}");
    assert_eq!(num(&s, "log_records"), 10, "{s}");
    assert_eq!(num(&s, "requests"), 6, "{s}");
    drop(c);
    let ids = stored_span_ids(&dir.path().join("data"));
    assert_eq!(ids, (0..100).map(span_id).collect(), "JSON hex ids decode to the same bytes");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grpc_gzip_requests_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let mut client =
        traces_client(&c).await.send_compressed(tonic::codec::CompressionEncoding::Gzip);
    let resp = client.export(span_range(0, 512)).await.unwrap().into_inner();
    assert!(resp.partial_success.is_none());
    assert_eq!(num(&stats(&c), "spans"), 512);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everything_survives_a_clean_restart_and_inspect_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut c = start(&data, &[]);
    for i in 0..5 {
        export(&c, span_range(i * 100, 100)).await.unwrap();
    }
    logs_client(&c).await.export(logs_request(4)).await.unwrap();
    assert_eq!(c.terminate(), Some(0), "SIGTERM exits 0");
    let v = inspect(&data);
    assert_eq!((num(&v, "requests"), num(&v, "spans"), num(&v, "log_records")), (6, 500, 4), "{v}");
    let c = start(&data, &[]);
    export(&c, span_range(500, 1)).await.unwrap();
    let s = stats(&c);
    assert_eq!((num(&s, "spans"), num(&s, "log_records")), (501, 4), "{s}");
}

#[test]
fn healthz_metrics_and_stats_answer() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let pb = span_range(0, 3).encode_to_vec();
    assert_eq!(post(&c, "/v1/traces", "application/x-protobuf", false, &pb).0, 200);
    assert_eq!(http_get(c.http, "/healthz").unwrap().0, 200);
    let (code, m) = http_get(c.http, "/metrics").unwrap();
    assert_eq!(code, 200);
    for line in [
        "coxswain_spans_received_total 3",
        "coxswain_spans_accepted_total 3",
        "coxswain_spans_rejected_total 0",
        "coxswain_log_records_accepted_total 0",
        "coxswain_buffer_requests 1",
    ] {
        assert!(m.contains(line), "missing {line:?} in\n{m}");
    }
    assert!(m.contains("coxswain_buffer_bytes_on_disk "), "{m}");
    let s = stats(&c);
    assert_eq!(num(&s, "requests"), 1);
    let _ = Duration::ZERO;
}

#[test]
fn port_zero_picks_free_ports_and_prints_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut serve = std::process::Command::new(env!("CARGO_BIN_EXE_coxswain"));
    serve
        .args(["serve", "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path().join("data"));
    let (mut child, line) = coxswain_test_support::spawn_reading_first_line(serve);
    let http = line.split("http=").nth(1).map(str::trim).unwrap_or_else(|| panic!("{line}"));
    let addr: std::net::SocketAddr = http.parse().unwrap();
    assert_ne!(addr.port(), 0);
    assert_eq!(http_get(addr, "/healthz").unwrap().0, 200);
    let _ = child.kill();
    let _ = child.wait();
}
