//! The query API in-process: HTTP JSON routes and the gRPC service on loopback, read by the
//! real `coxswain report/sessions/session --endpoint`.

mod analytics_fixture;

use std::net::SocketAddr;
use std::process::Command;

use analytics_fixture::*;
use coxswain_collector::assembler::AnalyticsConfig;
use coxswain_collector::query::{QueryState, grpc_service, http_routes};
use coxswain_proto::query::query_service_client::QueryServiceClient;
use coxswain_proto::query::{GetSessionRequest, ReportRequest};
use coxswain_test_support::http_get;
use serde_json::Value;

async fn serve() -> (tempfile::TempDir, SocketAddr, SocketAddr) {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffered_population(dir.path()).await;
    assemble(&buf);
    let state = QueryState::new(buf, AnalyticsConfig::default(), 4);
    let http = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let grpc = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let (ha, ga) = (http.local_addr().unwrap(), grpc.local_addr().unwrap());
    let router = http_routes(state.clone());
    tokio::spawn(async move { axum::serve(http, router).await.unwrap() });
    let grpc_router = tonic::service::Routes::new(grpc_service(state)).into_axum_router();
    tokio::spawn(async move { axum::serve(grpc, grpc_router).await.unwrap() });
    (dir, ha, ga)
}

async fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let path = path.to_string();
    tokio::task::spawn_blocking(move || http_get(addr, &path).unwrap()).await.unwrap()
}

async fn cli(args: Vec<String>) -> (bool, String, String) {
    tokio::task::spawn_blocking(move || {
        let out = Command::new(env!("CARGO_BIN_EXE_coxswain")).args(&args).output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into(),
            String::from_utf8_lossy(&out.stderr).into(),
        )
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_routes_serve_report_sessions_and_one_session_with_clear_errors() {
    let (_dir, http, _) = serve().await;
    let (code, body) = get(http, "/v1/report?by=level&since=2026-01-01").await;
    assert_eq!(code, 200, "{body}");
    let report: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["group_by"], "level");
    assert_eq!(report["min_group_users"], 5);

    let (code, body) = get(http, "/v1/sessions?limit=3").await;
    assert_eq!(code, 200);
    let list: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(list["sessions"].as_array().unwrap().len(), 3);

    let (code, body) = get(http, "/v1/sessions/sess-000").await;
    assert_eq!(code, 200);
    let s: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(s["evidence"], serde_json::json!(["tests_passed", "commit", "user_confirmation"]));

    let (code, body) = get(http, "/v1/sessions/unknown-id").await;
    assert_eq!(code, 404);
    assert!(body.contains("no session with id"), "{body}");
    for bad in [
        "/v1/report?by=colour",
        "/v1/report?since=soon",
        "/v1/sessions?limit=many",
        "/v1/report?bogus=1",
    ] {
        let (code, body) = get(http, bad).await;
        assert_eq!(code, 400, "{bad}: {body}");
        assert!(body.contains("error"), "{body}");
    }
    // k can be raised, never lowered below the configured 5.
    let (_, body) = get(http, "/v1/report?min_group_users=1").await;
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["min_group_users"], 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grpc_service_carries_the_same_json_as_http() {
    let (_dir, http, grpc) = serve().await;
    let mut client = QueryServiceClient::connect(format!("http://{grpc}")).await.unwrap();
    let r = client
        .get_report(ReportRequest { group_by: "band".into(), ..Default::default() })
        .await
        .unwrap()
        .into_inner()
        .json;
    let (_, body) = get(http, "/v1/report?by=band").await;
    assert_eq!(r, body);
    // One session, with its timeline: the same document over both transports.
    let one = client
        .get_session(GetSessionRequest { session_id: "sess-001".into() })
        .await
        .unwrap()
        .into_inner()
        .json;
    let (_, body) = get(http, "/v1/sessions/sess-001").await;
    assert_eq!(one, body);
    let one: Value = serde_json::from_str(&one).unwrap();
    assert!(one["prompts"][0]["ended_at"].is_string(), "{one}");
    assert!(one["events"].as_array().is_some_and(|e| !e.is_empty()), "{one}");
    let err =
        client.get_session(GetSessionRequest { session_id: "missing".into() }).await.unwrap_err();
    assert_eq!(err.code(), tonic::Code::NotFound);
    let err = client
        .get_report(ReportRequest { group_by: "shoe size".into(), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(err.code(), tonic::Code::InvalidArgument);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_reads_a_running_collector_over_http_and_grpc() {
    let (_dir, http, grpc) = serve().await;
    for endpoint in [format!("http://{http}"), format!("grpc://{grpc}")] {
        let args = |a: &[&str]| {
            let mut v: Vec<String> = a.iter().map(|s| s.to_string()).collect();
            v.extend(["--endpoint".to_string(), endpoint.clone()]);
            v
        };
        let (ok, out, err) = cli(args(&["report", "--format", "json", "--by", "harness"])).await;
        assert!(ok, "{endpoint}: {err}");
        let report: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(report["group_by"], "harness");
        let (ok, out, err) = cli(args(&["report", "--by", "band"])).await;
        assert!(ok, "{err}");
        assert!(out.contains("expert 2.4x novice"), "{out}");
        let (ok, out, _) = cli(args(&["session", "sess-001", "--format", "json"])).await;
        assert!(ok);
        let one = serde_json::from_str::<Value>(&out).unwrap();
        assert_eq!(one["session_id"], "sess-001");
        assert!(one["events"][0]["at"].is_string(), "{endpoint}: {one}");
        let (ok, out, _) = cli(args(&["sessions"])).await;
        assert!(ok && out.contains("sess-0"), "{out}");
        let (ok, _, err) = cli(args(&["session", "nope"])).await;
        assert!(!ok && err.contains("no session with id"), "{err}");
    }
}
