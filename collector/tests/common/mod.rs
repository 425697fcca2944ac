//! Shared by the collector's integration tests: start the real binary, build OTLP requests,
//! send them over gRPC and HTTP, read what the collector holds.
#![allow(dead_code)]

pub mod raw;
pub mod tls;

use std::path::Path;

#[allow(unused_imports)]
pub use coxswain_test_support::{
    Collector, free_port, http_get, http_request, start_with_config, wait_until,
};
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_client::LogsServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value};
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};

/// A 16-byte trace id unique per `n` (never all zero).
pub fn trace_id(n: u64) -> Vec<u8> {
    let mut id = vec![0xAB; 8];
    id.extend_from_slice(&(n + 1).to_be_bytes());
    id
}

/// An 8-byte span id unique per `n` (never all zero).
pub fn span_id(n: u64) -> Vec<u8> {
    (n + 1).to_be_bytes().to_vec()
}

/// A span numbered `n` with a string attribute holding the number.
pub fn span(n: u64) -> Span {
    Span {
        trace_id: trace_id(n / 4),
        span_id: span_id(n),
        name: format!("span-{n}"),
        start_time_unix_nano: 1_700_000_000_000_000_000 + n,
        end_time_unix_nano: 1_700_000_000_000_000_000 + n + 1000,
        attributes: vec![KeyValue {
            key: "test.n".into(),
            key_strindex: 0,
            value: Some(AnyValue { value: Some(any_value::Value::IntValue(n as i64)) }),
        }],
        ..Default::default()
    }
}

/// One request holding `spans`.
pub fn request(spans: Vec<Span>) -> ExportTraceServiceRequest {
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            scope_spans: vec![ScopeSpans { spans, ..Default::default() }],
            ..Default::default()
        }],
    }
}

/// A request with spans numbered `from..from+count`.
pub fn span_range(from: u64, count: u64) -> ExportTraceServiceRequest {
    request((from..from + count).map(span).collect())
}

/// A logs request with `count` uncorrelated records.
pub fn logs_request(count: u64) -> ExportLogsServiceRequest {
    let records = (0..count)
        .map(|i| LogRecord {
            time_unix_nano: 1_700_000_000_000_000_000 + i,
            body: Some(AnyValue { value: Some(any_value::Value::StringValue(format!("log {i}"))) }),
            ..Default::default()
        })
        .collect();
    ExportLogsServiceRequest {
        resource_logs: vec![ResourceLogs {
            scope_logs: vec![ScopeLogs { log_records: records, ..Default::default() }],
            ..Default::default()
        }],
    }
}

/// A gRPC traces client with no size limits.
pub async fn traces_client(c: &Collector) -> TraceServiceClient<tonic::transport::Channel> {
    TraceServiceClient::connect(c.grpc_url())
        .await
        .expect("connect grpc")
        .max_encoding_message_size(usize::MAX)
        .max_decoding_message_size(usize::MAX)
}

/// A gRPC logs client.
pub async fn logs_client(c: &Collector) -> LogsServiceClient<tonic::transport::Channel> {
    LogsServiceClient::connect(c.grpc_url()).await.expect("connect grpc")
}

/// Sends one trace request over gRPC.
pub async fn export(
    c: &Collector,
    req: ExportTraceServiceRequest,
) -> Result<ExportTraceServiceResponse, tonic::Status> {
    traces_client(c).await.export(req).await.map(|r| r.into_inner())
}

/// `GET /v1/stats` as JSON.
pub fn stats(c: &Collector) -> serde_json::Value {
    let (code, body) = http_get(c.http, "/v1/stats").expect("GET /v1/stats");
    assert_eq!(code, 200, "{body}");
    serde_json::from_str(&body).expect("stats JSON")
}

/// `coxswain inspect --data-dir DIR` as JSON (the collector must be stopped).
pub fn inspect(data_dir: &Path) -> serde_json::Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coxswain"))
        .args(["inspect", "--data-dir"])
        .arg(data_dir)
        .output()
        .expect("run inspect");
    assert!(out.status.success(), "inspect failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("inspect JSON")
}

/// A counter or gauge from `GET /metrics`.
pub fn metric(c: &Collector, name: &str) -> u64 {
    let (_, body) = http_get(c.http, "/metrics").expect("GET /metrics");
    body.lines()
        .find_map(|l| l.strip_prefix(name).and_then(|v| v.trim().parse().ok()))
        .unwrap_or_else(|| panic!("no {name} in /metrics"))
}

/// A number from a stats/inspect document.
pub fn num(v: &serde_json::Value, key: &str) -> u64 {
    v[key].as_u64().unwrap_or_else(|| panic!("no {key} in {v}"))
}

/// Every span id held in a stopped collector's buffer, read through the library.
pub fn stored_span_ids(data_dir: &Path) -> std::collections::BTreeSet<Vec<u8>> {
    use prost::Message;
    let buffer = coxswain_collector::buffer::Buffer::open(data_dir, 8 << 20).expect("open buffer");
    let mut out = std::collections::BTreeSet::new();
    let mut after = 0;
    loop {
        let batch = buffer.read_after(after, 256).expect("read buffer");
        if batch.is_empty() {
            return out;
        }
        for e in batch {
            after = e.seq;
            if e.signal == coxswain_collector::buffer::Signal::Traces {
                let req = ExportTraceServiceRequest::decode(e.body.as_slice()).expect("decode");
                for rs in req.resource_spans {
                    for ss in rs.scope_spans {
                        out.extend(ss.spans.into_iter().map(|s| s.span_id));
                    }
                }
            }
        }
    }
}

/// Starts the collector on ports it picks itself (no port races between parallel tests).
pub fn start(data_dir: &Path, extra: &[&str]) -> Collector {
    Collector::start_on_any_port(data_dir, extra)
}
