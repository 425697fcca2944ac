//! End to end with the real collector: spans over OTLP/gRPC into `coxswain serve`, read back from
//! `/v1/sessions/{id}` and `coxswain report --endpoint`, then from the stopped data directory.

mod analytics_fixture;

use std::time::{Duration, Instant};

use analytics_fixture::*;
use coxswain_test_support::{Collector, coxswain_ok as coxswain, http_get};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use prost::Message;
use serde_json::Value;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_sent_over_otlp_grpc_come_back_as_sessions_and_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut collector = Collector::start(&data, &[]);
    let mut client = TraceServiceClient::connect(collector.grpc_url()).await.unwrap();
    let sessions = population(20, 10);
    for s in &sessions {
        // Each prompt's spans as the hook would send them, and the whole session again (a replay).
        let request =
            ExportTraceServiceRequest::decode(request(s.spans.clone()).as_slice()).unwrap();
        client.export(request.clone()).await.unwrap();
        client.export(request).await.unwrap();
    }

    // The assembler runs behind ingest: wait until the last session is there.
    let http = collector.http;
    let deadline = Instant::now() + Duration::from_secs(60);
    let session = loop {
        let (code, body) = http_get(http, "/v1/sessions/sess-019").unwrap();
        if code == 200 {
            let v: Value = serde_json::from_str(&body).unwrap();
            let (_, list) = http_get(http, "/v1/sessions?limit=1000").unwrap();
            let n = serde_json::from_str::<Value>(&list).unwrap()["total"].as_u64().unwrap();
            if n == 20 {
                break v;
            }
        }
        assert!(Instant::now() < deadline, "sessions never appeared: {code} {body}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(session["session_id"], "sess-019");
    assert_eq!(session["abandoned"], true); // ended in an unresolved failing retry
    let (_, body) = http_get(http, "/v1/sessions/sess-018").unwrap();
    let session: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(session["band"], "expert");
    assert_eq!(session["prompts"].as_array().unwrap().len(), 3);
    assert_eq!(session["prompts"][0]["actions"], 4);
    assert_eq!(session["verified_success"], true);
    let (code, body) = http_get(http, "/v1/sessions/never-seen").unwrap();
    assert_eq!(code, 404, "{body}");

    let endpoint = collector.http_url();
    let all = coxswain(&["report", "--endpoint", &endpoint, "--format", "json"]);
    let report: Value = serde_json::from_str(&all).unwrap();
    assert_eq!(report["rows"][0]["sessions"], 20);
    assert_eq!(report["rows"][0]["users"], 10);
    let live = coxswain(&["report", "--endpoint", &endpoint, "--format", "json", "--by", "band"]);
    let bands: Value = serde_json::from_str(&live).unwrap();
    // Four novice users: below k = 5, so the row is suppressed (and multipliers withheld).
    assert_eq!(bands["rows"][0]["group"], "novice");
    assert_eq!(bands["rows"][0]["suppressed"], true);
    let table = coxswain(&["report", "--endpoint", &endpoint, "--by", "level"]);
    assert!(table.contains("expert 2.4x novice"), "{table}");

    // Stopped: the data directory gives the same report.
    assert_eq!(collector.terminate(), Some(0));
    let offline = coxswain(&[
        "report",
        "--data-dir",
        data.to_str().unwrap(),
        "--format",
        "json",
        "--by",
        "band",
    ]);
    assert_eq!(live.trim(), offline.trim());
}
