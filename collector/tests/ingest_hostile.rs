//! Hostile and broken clients against a real collector: idle and slowloris connections, the
//! connection limit, a gRPC message that declares 16 MiB and sends a few bytes, and span times
//! that would poison the collector's "newest time".

mod analytics_fixture;
mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use bytes::Bytes;
use common::*;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;

/// Whether the collector closed `s` (EOF or reset) within `limit`.
fn closed_by_peer(s: &mut TcpStream, limit: Duration) -> bool {
    s.set_read_timeout(Some(limit)).expect("read timeout");
    let mut buf = [0u8; 1024];
    loop {
        match s.read(&mut buf) {
            Ok(0) => return true,
            // An HTTP/1 server may answer (408) before it closes.
            Ok(_) => continue,
            Err(e) => {
                return !matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundreds_of_idle_and_slowloris_connections_neither_stop_an_export_nor_stay_open() {
    let dir = tempfile::tempdir().unwrap();
    let c = start_with_config(dir.path(), "[limits]\nheader_read_timeout_secs = 1\n", &[]);
    let mut idle = Vec::new();
    for i in 0..300 {
        if i % 3 == 0 {
            idle.push(TcpStream::connect(c.grpc).expect("connect grpc"));
        } else {
            // Headers that never end: the slowloris.
            let mut s = TcpStream::connect(c.http).expect("connect http");
            s.write_all(b"POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: appl").unwrap();
            idle.push(s);
        }
    }
    // A normal export on each port still goes through at once (the issue asks for 2 s; the
    // bound here is generous so a loaded CI machine cannot fail it).
    let body = span_range(0, 5).encode_to_vec();
    let http = tokio::time::timeout(
        Duration::from_secs(20),
        tokio::task::spawn_blocking({
            let addr = c.http;
            move || {
                let ct = [("Content-Type", "application/x-protobuf")];
                http_request(addr, "POST", "/v1/traces", &ct, &body)
            }
        }),
    )
    .await
    .expect("HTTP export answered in time")
    .unwrap()
    .expect("HTTP export");
    assert_eq!(http.0, 200, "{}", http.1);
    tokio::time::timeout(Duration::from_secs(20), export(&c, span_range(5, 5)))
        .await
        .expect("gRPC export answered in time")
        .expect("gRPC export accepted");
    // The collector closes every idle connection itself.
    let idle_closed = tokio::task::spawn_blocking(move || {
        idle.iter_mut().all(|s| closed_by_peer(s, Duration::from_secs(60)))
    })
    .await
    .unwrap();
    assert!(idle_closed, "every idle connection was closed by the collector");
    assert!(metric(&c, "coxswain_connections_timed_out_total") >= 100);
}

#[test]
fn connections_over_the_limit_are_closed_at_once_and_slots_free_up_when_idle_ones_close() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = "[limits]\nmax_connections = 4\nheader_read_timeout_secs = 1\n";
    let c = start_with_config(dir.path(), cfg, &[]);
    let held: Vec<TcpStream> = (0..4).map(|_| TcpStream::connect(c.http).unwrap()).collect();
    let mut over = TcpStream::connect(c.http).expect("the kernel accepts");
    assert!(closed_by_peer(&mut over, Duration::from_secs(20)), "closed over the limit");
    // Once the idle ones time out, their slots serve new clients again.
    assert!(wait_until(Duration::from_secs(60), || http_get(c.http, "/healthz").is_ok()));
    drop(held);
    assert!(metric(&c, "coxswain_connections_refused_total") >= 1);
}

/// Sends one gRPC Export on a raw HTTP/2 connection: a length prefix declaring `declared`
/// bytes, then `sent`; ends the stream when `end`. Returns the grpc-status and message.
async fn raw_export(
    client: &mut h2::client::SendRequest<Bytes>,
    declared: u32,
    sent: &[u8],
    end: bool,
) -> (String, String) {
    let req = http::Request::post("/opentelemetry.proto.collector.trace.v1.TraceService/Export")
        .header("content-type", "application/grpc")
        .header("te", "trailers")
        .body(())
        .unwrap();
    let mut client = client.clone().ready().await.expect("h2 ready");
    let (resp, mut stream) = client.send_request(req, false).expect("send headers");
    let mut frame = vec![0u8];
    frame.extend_from_slice(&declared.to_be_bytes());
    frame.extend_from_slice(sent);
    stream.send_data(Bytes::from(frame), end).expect("send data");
    let resp = resp.await.expect("response");
    let headers = resp.headers().clone();
    let mut body = resp.into_body();
    while let Some(chunk) = body.data().await {
        let _ = chunk;
    }
    let trailers = body.trailers().await.ok().flatten().unwrap_or_default();
    let get = |k: &str| {
        trailers
            .get(k)
            .or_else(|| headers.get(k))
            .map(|v| v.to_str().unwrap_or("").replace("%20", " "))
            .unwrap_or_default()
    };
    drop(stream);
    (get("grpc-status"), get("grpc-message"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_grpc_message_declaring_16_mib_with_a_few_bytes_sent_is_refused_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let c = start_with_config(dir.path(), "[limits]\nbody_read_timeout_secs = 2\n", &[]);
    let tcp = tokio::net::TcpStream::connect(c.grpc).await.unwrap();
    let (mut client, conn) = h2::client::handshake(tcp).await.expect("h2 handshake");
    tokio::spawn(conn);
    let mib16 = 16 * 1024 * 1024;
    // Many at once: the collector holds the bytes that arrived, not what was declared.
    let waits = (0..32).map(|_| {
        let mut client = client.clone();
        async move { raw_export(&mut client, mib16, &[0x0a, 0x00, 0x0a], false).await }
    });
    for (status, message) in futures_join(waits).await {
        assert_eq!(status, "4", "DEADLINE_EXCEEDED: {message}");
        assert!(message.contains("body_read_timeout_secs"), "{message}");
    }
    // Ending the stream early is a clear INVALID_ARGUMENT.
    let (status, message) = raw_export(&mut client, mib16, &[1, 2, 3], true).await;
    assert_eq!(status, "3", "{message}");
    assert!(message.contains("ended after 3 of the 16777216 bytes"), "{message}");
    // Declaring more than max_request_bytes is refused before any body is read.
    let (status, message) = raw_export(&mut client, u32::MAX, &[], false).await;
    assert_eq!(status, "8", "RESOURCE_EXHAUSTED: {message}");
    // The connection and the collector carry on.
    let ok = span_range(0, 3).encode_to_vec();
    let (status, message) = raw_export(&mut client, ok.len() as u32, &ok, true).await;
    assert_eq!(status, "0", "{message}");
    assert!(metric(&c, "coxswain_requests_timed_out_total") >= 32);
}

/// Runs the futures concurrently and returns their outputs in order.
async fn futures_join<F: std::future::Future + Send + 'static>(
    fs: impl Iterator<Item = F>,
) -> Vec<F::Output>
where
    F::Output: Send + 'static,
{
    let handles: Vec<_> = fs.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.expect("task"));
    }
    out
}

fn now_ns() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
}

/// POSTs a protobuf-encoded request as OTLP/JSON; returns how many spans were rejected.
fn post_traces(c: &Collector, body: &[u8]) -> i64 {
    let req = ExportTraceServiceRequest::decode(body).expect("a request");
    let json = serde_json::to_vec(&req).unwrap();
    let ct = [("Content-Type", "application/json")];
    let (code, text) = http_request(c.http, "POST", "/v1/traces", &ct, &json).expect("POST");
    assert_eq!(code, 200, "{text}");
    let resp: serde_json::Value = serde_json::from_str(&text).expect("JSON answer");
    match &resp["partialSuccess"]["rejectedSpans"] {
        serde_json::Value::Number(n) => n.as_i64().unwrap_or(0),
        serde_json::Value::String(s) => s.parse().unwrap_or(0),
        _ => 0,
    }
}

fn session(c: &Collector, id: &str) -> Option<serde_json::Value> {
    let (code, body) = http_get(c.http, &format!("/v1/sessions/{id}")).ok()?;
    (code == 200).then(|| serde_json::from_str(&body).ok()).flatten()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn far_future_span_times_are_rejected_so_a_live_session_stays_open() {
    use analytics_fixture::{P, S, read};
    let dir = tempfile::tempdir().unwrap();
    let cfg = "[analytics]\nmin_group_users = 1\nidle_close_secs = 1800\n";
    let c = start_with_config(dir.path(), cfg, &["--span-max-age-secs", "86400"]);
    let t0 = now_ns() - 60 * 1_000_000_000;
    let live = S::new("live", "u1").at(t0).prompt(0, P::default(), &[read(), read()]);
    let first = post_traces(&c, &analytics_fixture::request(live.spans.clone()));
    assert_eq!(first, 0);
    // The same session's spans again with new ids, one ending at the end of time and one
    // starting two hours ahead, beside a valid one: only the bad two are rejected.
    let mut spans = live.spans.clone();
    for (i, s) in spans.iter_mut().enumerate() {
        s.span_id = vec![0xEE, 0, 0, 0, 0, 0, 0, i as u8 + 1];
    }
    spans[0].end_time_unix_nano = u64::MAX;
    spans[1].start_time_unix_nano = now_ns() + 7200 * 1_000_000_000;
    spans[1].end_time_unix_nano = spans[1].start_time_unix_nano;
    assert!(spans.len() >= 3, "a valid span goes beside the two bad ones");
    let poisoned = post_traces(&c, &analytics_fixture::request(spans));
    assert_eq!(poisoned, 2);
    // Over gRPC too, through partial success, and an old span is refused by the past bound.
    let mut old = live.spans[0].clone();
    old.span_id = vec![0xDD; 8];
    old.start_time_unix_nano = 1_700_000_000_000_000_000;
    old.end_time_unix_nano = old.start_time_unix_nano;
    let req = ExportTraceServiceRequest::decode(analytics_fixture::request(vec![old]).as_slice())
        .unwrap();
    let resp = export(&c, req).await.expect("export");
    let partial = resp.partial_success.expect("partial success");
    assert_eq!(partial.rejected_spans, 1);
    assert!(partial.error_message.contains("span_max_age_secs"), "{}", partial.error_message);
    // A later session marks how far the assembler got; once it is there, "live" is still open.
    let after = S::new("after", "u2").at(t0 + 1_000_000_000).prompt(0, P::default(), &[read()]);
    post_traces(&c, &analytics_fixture::request(after.spans));
    assert!(wait_until(Duration::from_secs(60), || session(&c, "after").is_some()));
    let s = session(&c, "live").expect("live session");
    assert_eq!(s["closed"], false, "{s}");
}
