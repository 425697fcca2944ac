//! OTLP metrics against the real collector: `/v1/metrics` (protobuf and JSON) and gRPC
//! `MetricsService/Export` are acknowledged with the other signals' partial success, the same
//! roles and team stamping, survive a SIGKILL and reach the downstreams that take metrics.

mod common;

use std::time::Duration;

use common::*;
use coxswain_collector::buffer::{Buffer, Signal};
use opentelemetry_proto::tonic::collector::metrics::v1::metrics_service_client::MetricsServiceClient;
use opentelemetry_proto::tonic::collector::metrics::v1::{
    ExportMetricsServiceRequest, ExportMetricsServiceResponse,
};
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value};
use opentelemetry_proto::tonic::metrics::v1::{
    Exemplar, Metric, NumberDataPoint, ResourceMetrics, ScopeMetrics, Sum, metric,
    number_data_point,
};
use prost::Message;

fn team_claim(team: &str) -> KeyValue {
    KeyValue {
        key: "coxswain.team".into(),
        value: Some(AnyValue { value: Some(any_value::Value::StringValue(team.into())) }),
        ..Default::default()
    }
}

/// A `claude_code.token.usage`-style counter with `points` data points (each claiming team
/// `b`); `bad_exemplars` more points carry an exemplar with a 3-byte trace id.
fn metrics(points: u64, bad_exemplars: u64) -> ExportMetricsServiceRequest {
    let point = |i: u64, bad: bool| NumberDataPoint {
        attributes: vec![team_claim("b")],
        time_unix_nano: 1_790_000_000_000_000_000 + i,
        value: Some(number_data_point::Value::AsInt(i as i64)),
        exemplars: if bad {
            vec![Exemplar { trace_id: vec![1, 2, 3], ..Default::default() }]
        } else {
            Vec::new()
        },
        ..Default::default()
    };
    let data_points =
        (0..points).map(|i| point(i, false)).chain((0..bad_exemplars).map(|i| point(i, true)));
    ExportMetricsServiceRequest {
        resource_metrics: vec![ResourceMetrics {
            scope_metrics: vec![ScopeMetrics {
                metrics: vec![Metric {
                    name: "claude_code.token.usage".into(),
                    unit: "tokens".into(),
                    data: Some(metric::Data::Sum(Sum {
                        data_points: data_points.collect(),
                        aggregation_temporality: 1,
                        is_monotonic: true,
                    })),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        }],
    }
}

fn post(
    c: &Collector,
    token: Option<&str>,
    json: bool,
    req: &ExportMetricsServiceRequest,
) -> (u16, String) {
    let body = if json { serde_json::to_vec(req).unwrap() } else { req.encode_to_vec() };
    let ctype = if json { "application/json" } else { "application/x-protobuf" };
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", ctype)];
    if let Some(b) = &bearer {
        headers.push(("Authorization", b.as_str()));
    }
    let (code, body) = http_request(c.http, "POST", "/v1/metrics", &headers, &body).unwrap();
    (code, body)
}

async fn grpc_export(
    c: &Collector,
    token: Option<&str>,
    req: ExportMetricsServiceRequest,
) -> Result<ExportMetricsServiceResponse, tonic::Status> {
    let mut client = MetricsServiceClient::connect(c.grpc_url()).await.expect("connect");
    let mut req = tonic::Request::new(req);
    if let Some(t) = token {
        req.metadata_mut().insert("authorization", format!("Bearer {t}").parse().unwrap());
    }
    client.export(req).await.map(|r| r.into_inner())
}

fn forwards(entries: &[(&str, String, &str, &str)]) -> String {
    let mut s = String::new();
    for (name, endpoint, protocol, signals) in entries {
        s.push_str(&format!(
            "[[forward]]\nname = \"{name}\"\nendpoint = \"{endpoint}\"\nprotocol = \"{protocol}\"\n\
             signals = {signals}\nmax_backoff_secs = 1\ntimeout_secs = 5\n\n"
        ));
    }
    s
}

/// Every metric export stored in a stopped collector's buffer.
fn stored_metrics(data_dir: &std::path::Path) -> Vec<ExportMetricsServiceRequest> {
    let buf = Buffer::open(data_dir, 1 << 20).expect("open buffer");
    buf.read_after(0, 1000)
        .expect("read")
        .into_iter()
        .filter(|e| e.signal == Signal::Metrics)
        .map(|e| ExportMetricsServiceRequest::decode(e.body.as_slice()).expect("decode"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_over_http_json_protobuf_and_grpc_are_acknowledged_survive_a_kill_and_are_forwarded()
 {
    let dir = tempfile::tempdir().unwrap();
    let up_data = dir.path().join("up");
    let down_grpc = format!("127.0.0.1:{}", free_port());
    let down_http = format!("127.0.0.1:{}", free_port());
    let cfg = forwards(&[
        ("g", format!("http://{down_grpc}"), "grpc", r#"["traces", "logs", "metrics"]"#),
        ("h", format!("http://{down_http}"), "http", r#"["metrics"]"#),
        // A target that takes no metrics: it is passed by, never sent them.
        ("no-metrics", format!("http://{down_grpc}"), "grpc", r#"["traces", "logs"]"#),
    ]);
    let mut up = start_with_config(&up_data, &cfg, &[]);

    let (code, body) = post(&up, None, true, &metrics(3, 0));
    assert_eq!(code, 200, "{body}");
    let answer: serde_json::Value = serde_json::from_str(&body).expect("a JSON answer");
    assert!(answer.get("partialSuccess").is_none_or(|p| p.is_null()), "{answer}");
    let (code, body) = post(&up, None, false, &metrics(4, 0));
    assert_eq!(code, 200, "{body}");
    let resp = grpc_export(&up, None, metrics(5, 0)).await.expect("gRPC acknowledges");
    assert_eq!(resp.partial_success, None);
    // Invalid points go through partial success, as spans and log records do.
    let resp = grpc_export(&up, None, metrics(1, 2)).await.expect("partial success");
    let partial = resp.partial_success.expect("partial success");
    assert_eq!(partial.rejected_data_points, 2);
    assert!(partial.error_message.contains("exemplar"), "{}", partial.error_message);
    // A body that is no metrics export is refused as such.
    let (code, body) = http_request(
        up.http,
        "POST",
        "/v1/metrics",
        &[("Content-Type", "application/json")],
        b"{\"resourceMetrics\": 7}",
    )
    .unwrap();
    assert_eq!(code, 400, "{body}");
    assert!(body.contains("ExportMetricsServiceRequest"), "{body}");
    assert_eq!(metric(&up, "coxswain_data_points_accepted_total"), 13);
    assert_eq!(metric(&up, "coxswain_data_points_rejected_total"), 2);

    // Acknowledged means durable: a SIGKILL loses none of it.
    up.kill();
    let up = start_with_config(&up_data, &cfg, &[]);
    assert_eq!(num(&stats(&up), "requests"), 4, "{}", stats(&up));

    // The downstream comes up: both metric forwards deliver every point, the third none.
    let down =
        start(&dir.path().join("down"), &["--grpc-addr", &down_grpc, "--http-addr", &down_http]);
    let delivered = || metric(&down, "coxswain_data_points_accepted_total");
    assert!(
        wait_until(Duration::from_secs(60), || delivered() >= 26),
        "downstream holds {} data points, want 26",
        delivered()
    );
    assert!(wait_until(Duration::from_secs(10), || {
        let s = stats(&up);
        ["g", "h", "no-metrics"].iter().all(|f| s["backlog"][format!("forward:{f}")] == 0)
    }));
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(delivered(), 26, "the no-metrics forward sent metrics");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_take_the_ingest_role_and_a_team_token_stamps_its_team_on_every_point() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let cfg = r#"
[[auth.tokens]]
token = "ingest-a"
role = "ingest"
team = "a"

[[auth.tokens]]
token = "read-t"
role = "read"
"#;
    let mut c = start_with_config(&data, cfg, &[]);
    assert_eq!(post(&c, None, false, &metrics(1, 0)).0, 401);
    assert_eq!(post(&c, Some("read-t"), false, &metrics(1, 0)).0, 403);
    let refused = grpc_export(&c, None, metrics(1, 0)).await.expect_err("no token");
    assert_eq!(refused.code(), tonic::Code::Unauthenticated);
    let refused = grpc_export(&c, Some("read-t"), metrics(1, 0)).await.expect_err("read");
    assert_eq!(refused.code(), tonic::Code::PermissionDenied);
    assert_eq!(post(&c, Some("ingest-a"), true, &metrics(2, 0)).0, 200);
    grpc_export(&c, Some("ingest-a"), metrics(3, 0)).await.expect("ingest exports");
    assert_eq!(c.terminate(), Some(0));

    let stored = stored_metrics(&data);
    assert_eq!(stored.len(), 2);
    let mut points = 0;
    for req in &stored {
        for m in req.resource_metrics.iter().flat_map(|r| &r.scope_metrics).flat_map(|s| &s.metrics)
        {
            let Some(metric::Data::Sum(sum)) = &m.data else { panic!("a sum: {m:?}") };
            for p in &sum.data_points {
                points += 1;
                assert_eq!(p.attributes, vec![team_claim("a")], "the token's team, no other");
            }
        }
    }
    assert_eq!(points, 5);
}
