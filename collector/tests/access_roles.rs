//! Access over both ports, against the real collector: every kind of caller (no token, the
//! legacy bearer token, ingest, read, admin, a team-scoped read token) × every door (OTLP export
//! over gRPC and HTTP, the report, the session list, one session, stats, metrics, healthz, and
//! each gRPC query method) gets exactly the status the policy table says.

mod analytics_fixture;
mod common;

use std::time::{Duration, Instant};

use analytics_fixture::{P, S, edit, read, request};
use common::{http_request, logs_request, span_range};
use coxswain_proto::query::query_service_client::QueryServiceClient;
use coxswain_proto::query::{GetSessionRequest, ListSessionsRequest, ReportRequest};
use coxswain_test_support::Collector;
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_client::LogsServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use prost::Message;

const ADMIN: &str = "admin-from-a-file";

/// Writes the config (the admin token through `token_file`) and starts the collector.
fn start(dir: &std::path::Path) -> Collector {
    let token_file = dir.join("admin.token");
    std::fs::write(&token_file, format!("{ADMIN}\n")).unwrap();
    let config = dir.join("collector.toml");
    std::fs::write(
        &config,
        format!(
            r#"
[auth]
bearer_tokens = ["legacy-ingest"]

[[auth.tokens]]
token = "ingest-t"
role = "ingest"

[[auth.tokens]]
token = "read-t"
role = "read"

[[auth.tokens]]
token_file = "{}"
role = "admin"

[[auth.tokens]]
token = "read-b"
role = "read"
team = "b"

[analytics]
min_group_users = 1
"#,
            token_file.display()
        ),
    )
    .unwrap();
    Collector::start_on_any_port(&dir.join("data"), &["--config", config.to_str().unwrap()])
}

/// A status as one number for both transports: HTTP codes, and gRPC codes mapped onto them.
fn grpc_status<T>(r: Result<tonic::Response<T>, tonic::Status>) -> u16 {
    match r {
        Ok(_) => 200,
        Err(s) => match s.code() {
            tonic::Code::Unauthenticated => 401,
            tonic::Code::PermissionDenied => 403,
            tonic::Code::NotFound => 404,
            other => panic!("unexpected gRPC status {other:?}: {}", s.message()),
        },
    }
}

fn with_token<T>(msg: T, token: Option<&str>) -> tonic::Request<T> {
    let mut req = tonic::Request::new(msg);
    if let Some(t) = token {
        req.metadata_mut().insert("authorization", format!("Bearer {t}").parse().unwrap());
    }
    req
}

const DOORS: [&str; 14] = [
    "grpc TraceService/Export",
    "grpc LogsService/Export",
    "POST /v1/traces",
    "POST /v1/logs",
    "GET /v1/report",
    "grpc GetReport",
    "GET /v1/sessions",
    "grpc ListSessions",
    "GET /v1/sessions/{id}",
    "grpc GetSession",
    "GET /v1/stats",
    "GET /metrics",
    "GET /healthz",
    "GET /no/such/path",
];

/// Every door's status for one caller.
async fn knock(c: &Collector, token: Option<&str>, session: &str) -> Vec<u16> {
    let url = c.grpc_url();
    let mut traces = TraceServiceClient::connect(url.clone()).await.unwrap();
    let mut logs = LogsServiceClient::connect(url.clone()).await.unwrap();
    let mut query = QueryServiceClient::connect(url).await.unwrap();
    let bearer = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "application/x-protobuf")];
    if let Some(b) = &bearer {
        headers.push(("Authorization", b.as_str()));
    }
    let http = |method: &str, path: &str, body: &[u8]| {
        http_request(c.http, method, path, &headers, body).unwrap().0
    };
    let session_path = format!("/v1/sessions/{session}");
    vec![
        grpc_status(traces.export(with_token(span_range(0, 2), token)).await),
        grpc_status(logs.export(with_token(logs_request(2), token)).await),
        http("POST", "/v1/traces", &span_range(10, 2).encode_to_vec()),
        http("POST", "/v1/logs", &logs_request(2).encode_to_vec()),
        http("GET", "/v1/report", b""),
        grpc_status(query.get_report(with_token(ReportRequest::default(), token)).await),
        http("GET", "/v1/sessions", b""),
        grpc_status(query.list_sessions(with_token(ListSessionsRequest::default(), token)).await),
        http("GET", &session_path, b""),
        grpc_status(
            query
                .get_session(with_token(GetSessionRequest { session_id: session.into() }, token))
                .await,
        ),
        http("GET", "/v1/stats", b""),
        http("GET", "/metrics", b""),
        http("GET", "/healthz", b""),
        http("GET", "/no/such/path", b""),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_caller_gets_exactly_what_its_role_allows_on_both_ports() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(dir.path());

    // One real session, exported by the hook's (ingest) token, so the per-session doors have
    // something to show an admin.
    let s = S::new("sess-access", "pseudo-7f3a")
        .prompt(0, P { words: 12, file_refs: 1, ..P::default() }, &[read(), edit(4)])
        .end();
    let req = ExportTraceServiceRequest::decode(request(s.spans).as_slice()).unwrap();
    let mut traces = TraceServiceClient::connect(c.grpc_url()).await.unwrap();
    traces.export(with_token(req, Some("ingest-t"))).await.expect("ingest token exports");
    let admin = [("Authorization", "Bearer admin-from-a-file")];
    let deadline = Instant::now() + Duration::from_secs(60);
    while http_request(c.http, "GET", "/v1/sessions/sess-access", &admin, b"").unwrap().0 != 200 {
        assert!(Instant::now() < deadline, "the session was never assembled");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    //                    export: grpc  logs  http  logs | report http grpc | list http grpc | one http grpc | stats metrics healthz other
    let ingest = [200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 200, 404];
    let reader = [403, 403, 403, 403, 200, 200, 403, 403, 403, 403, 403, 200, 200, 404];
    let expected: [(&str, Option<&str>, [u16; 14]); 6] = [
        ("no token", None, [401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 200, 401]),
        ("bearer_tokens (ingest)", Some("legacy-ingest"), ingest),
        ("ingest", Some("ingest-t"), ingest),
        ("read", Some("read-t"), reader),
        ("read, team b", Some("read-b"), reader),
        (
            "admin",
            Some(ADMIN),
            [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 404],
        ),
    ];
    let mut wrong = Vec::new();
    for (who, token, want) in expected {
        let got = knock(&c, token, "sess-access").await;
        for ((door, g), w) in DOORS.iter().zip(&got).zip(want) {
            if *g != w {
                wrong.push(format!("{who} × {door}: got {g}, want {w}"));
            }
        }
    }
    assert!(wrong.is_empty(), "access matrix differs:\n{}", wrong.join("\n"));

    // A wrong token is no token.
    assert_eq!(knock(&c, Some("read-t-but-wrong"), "sess-access").await[4], 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_sees_aggregates_only_never_a_pseudonym_or_session_id() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(dir.path());
    let mut traces = TraceServiceClient::connect(c.grpc_url()).await.unwrap();
    for i in 0..3 {
        let s = S::new(&format!("sess-private-{i}"), &format!("pseudo-private-{i}"))
            .prompt(0, P { words: 9, ..P::default() }, &[read()])
            .end();
        let req = ExportTraceServiceRequest::decode(request(s.spans).as_slice()).unwrap();
        traces.export(with_token(req, Some(ADMIN))).await.unwrap();
    }
    let admin = [("Authorization", "Bearer admin-from-a-file")];
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (_, body) = http_request(c.http, "GET", "/v1/sessions", &admin, b"").unwrap();
        if body.contains("\"total\": 3") {
            break;
        }
        assert!(Instant::now() < deadline, "sessions never assembled: {body}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let reader = [("Authorization", "Bearer read-t")];
    for by in ["all", "level", "band", "mode", "month", "harness", "team"] {
        let path = format!("/v1/report?by={by}");
        let (code, body) = http_request(c.http, "GET", &path, &reader, b"").unwrap();
        assert_eq!(code, 200, "{body}");
        assert!(!body.contains("pseudo-private") && !body.contains("sess-private"), "{body}");
    }
    // A reader may raise k (three users are then too few) but not lower it below the floor.
    let (_, body) =
        http_request(c.http, "GET", "/v1/report?min_group_users=4", &reader, b"").unwrap();
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["rows"][0]["suppressed"], true, "{v}");
    let (_, body) =
        http_request(c.http, "GET", "/v1/report?min_group_users=0", &reader, b"").unwrap();
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["min_group_users"], 1);
    assert_eq!(v["rows"][0]["sessions"], 3);

    // The CLI carries the token (flag or COXSWAIN_TOKEN) over HTTP and gRPC.
    let bin = env!("CARGO_BIN_EXE_coxswain");
    for endpoint in [c.http_url(), format!("grpc://{}", c.grpc)] {
        let out = std::process::Command::new(bin)
            .args(["report", "--format", "json", "--endpoint", &endpoint])
            .env("COXSWAIN_TOKEN", "read-t")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let out = std::process::Command::new(bin)
            .args(["sessions", "--endpoint", &endpoint, "--token", "read-t"])
            .env_remove("COXSWAIN_TOKEN")
            .output()
            .unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("per-session data needs admin"), "{err}");
        let out = std::process::Command::new(bin)
            .args(["sessions", "--format", "json", "--endpoint", &endpoint, "--token", ADMIN])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("sess-private-2"));
    }
}
