//! Bad input gets a clear refusal and never disturbs good data sent before, alongside or after.

mod common;

use common::raw::export_raw;
use common::*;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceResponse;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse;
use prost::Message;

/// Sends good requests before and alongside `bad`, and after it; returns how many good spans
/// were sent. Every good request must be acknowledged in full.
async fn around<F, Fut>(c: &Collector, bad: F) -> u64
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    export(c, span_range(0, 50)).await.expect("good before");
    let alongside = {
        let mut client = traces_client(c).await;
        tokio::spawn(async move {
            for i in 0..10 {
                let r = client.export(span_range(1000 + i * 10, 10)).await.expect("alongside");
                assert!(r.into_inner().partial_success.is_none());
            }
        })
    };
    bad().await;
    alongside.await.unwrap();
    export(c, span_range(5000, 25)).await.expect("good after");
    50 + 100 + 25
}

fn assert_good_intact(c: &Collector, spans: u64) {
    let s = stats(c);
    assert_eq!(num(&s, "spans"), spans, "good spans all stored: {s}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undecodable_grpc_body_gets_invalid_argument_naming_what_failed() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let url = c.grpc_url();
    let good = around(&c, || async move {
        let err = export_raw(url, vec![0xff, 0xff, 0xff, 0x01, 0x02]).await.unwrap_err();
        assert_eq!(err.code(), tonic::Code::InvalidArgument, "{err:?}");
        assert!(err.message().contains("decode") || err.message().contains("Decode"), "{err:?}");
    })
    .await;
    assert_good_intact(&c, good);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undecodable_http_bodies_get_400_naming_what_failed() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let http = c.http;
    let good = around(&c, || async move {
        let pb = [("Content-Type", "application/x-protobuf")];
        let (code, body) =
            http_request(http, "POST", "/v1/traces", &pb, &[0xff, 0xff, 0xff, 0x01]).unwrap();
        assert_eq!(code, 400);
        assert!(body.contains("not a protobuf ExportTraceServiceRequest"), "{body}");
        let json = [("Content-Type", "application/json")];
        let (code, body) =
            http_request(http, "POST", "/v1/logs", &json, b"{\"resourceLogs\": 7").unwrap();
        assert_eq!(code, 400);
        assert!(body.contains("not an OTLP/JSON ExportLogsServiceRequest"), "{body}");
        let gz = [("Content-Type", "application/x-protobuf"), ("Content-Encoding", "gzip")];
        let (code, body) = http_request(http, "POST", "/v1/traces", &gz, b"not gzip").unwrap();
        assert_eq!(code, 400);
        assert!(body.contains("not valid gzip"), "{body}");
    })
    .await;
    assert_good_intact(&c, good);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_grpc_request_gets_resource_exhausted_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &["--max-request-bytes", "100000"]);
    let url = c.grpc_url();
    let good = around(&c, || async move {
        let mut client = TraceServiceClientExt::connect(url).await;
        let err = client.export(span_range(100_000, 3000)).await.unwrap_err();
        assert_eq!(err.code(), tonic::Code::ResourceExhausted, "{err:?}");
        assert!(err.message().contains("100000 bytes"), "{err:?}");
        // A small gzip message that inflates past the limit.
        let mut s = span(200_000);
        s.name = "a".repeat(1_000_000);
        let mut gz = client.send_compressed(tonic::codec::CompressionEncoding::Gzip);
        let err = gz.export(request(vec![s])).await.unwrap_err();
        assert_eq!(err.code(), tonic::Code::ResourceExhausted, "{err:?}");
        assert!(err.message().contains("100000 bytes"), "{err:?}");
    })
    .await;
    assert_good_intact(&c, good);
}

/// A traces client without client-side size limits.
struct TraceServiceClientExt;
impl TraceServiceClientExt {
    async fn connect(
        url: String,
    ) -> opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient<
        tonic::transport::Channel,
    >{
        opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient::connect(url)
            .await
            .unwrap()
            .max_encoding_message_size(usize::MAX)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_http_request_gets_413_naming_the_limit_also_when_gzipped() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &["--max-request-bytes", "100000"]);
    let http = c.http;
    let good = around(&c, || async move {
        let big = span_range(100_000, 3000).encode_to_vec();
        let pb = [("Content-Type", "application/x-protobuf")];
        let (code, body) = http_request(http, "POST", "/v1/traces", &pb, &big).unwrap();
        assert_eq!(code, 413);
        assert!(body.contains("limit of 100000 bytes"), "{body}");
        // A small gzip body that inflates past the limit.
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&vec![0u8; 1_000_000]).unwrap();
        let bomb = enc.finish().unwrap();
        let gz = [("Content-Type", "application/x-protobuf"), ("Content-Encoding", "gzip")];
        let (code, body) = http_request(http, "POST", "/v1/traces", &gz, &bomb).unwrap();
        assert_eq!(code, 413);
        assert!(body.contains("limit of 100000 bytes"), "{body}");
    })
    .await;
    assert_good_intact(&c, good);
}

fn bad_span(
    mut s: opentelemetry_proto::tonic::trace::v1::Span,
    trace: Option<Vec<u8>>,
    id: Option<Vec<u8>>,
) -> opentelemetry_proto::tonic::trace::v1::Span {
    if let Some(t) = trace {
        s.trace_id = t;
    }
    if let Some(i) = id {
        s.span_id = i;
    }
    s
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_without_valid_ids_are_rejected_through_partial_success_and_valid_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let http = c.http;
    let grpc = c.grpc_url();
    let good = around(&c, || async move {
        let mut spans: Vec<_> = (9000..9010).map(span).collect();
        spans.push(bad_span(span(9100), Some(vec![0; 16]), None));
        spans.push(bad_span(span(9101), Some(vec![]), None));
        spans.push(bad_span(span(9102), Some(vec![1; 8]), None));
        spans.push(bad_span(span(9103), None, Some(vec![0; 8])));
        spans.push(bad_span(span(9104), None, Some(vec![1; 4])));
        let mut client = TraceServiceClientExt::connect(grpc).await;
        let resp = client.export(request(spans.clone())).await.unwrap().into_inner();
        let ps = resp.partial_success.expect("partial success");
        assert_eq!(ps.rejected_spans, 5);
        assert!(ps.error_message.contains("3 without a valid trace_id"), "{}", ps.error_message);
        assert!(ps.error_message.contains("2 without a valid span_id"), "{}", ps.error_message);
        // The same over HTTP (ids renumbered so the valid ones are new).
        let mut spans2: Vec<_> = (9200..9210).map(span).collect();
        spans2.push(bad_span(span(9300), Some(vec![0; 16]), None));
        let pb = [("Content-Type", "application/x-protobuf")];
        let (code, body) =
            http_request(http, "POST", "/v1/traces", &pb, &request(spans2).encode_to_vec())
                .unwrap();
        assert_eq!(code, 200);
        let body = body.into_bytes();
        let resp = ExportTraceServiceResponse::decode(body.as_slice()).unwrap();
        assert_eq!(resp.partial_success.unwrap().rejected_spans, 1);
        // A request with only invalid spans stores nothing and says so.
        let (code, body) = http_request(
            http,
            "POST",
            "/v1/traces",
            &[("Content-Type", "application/json")],
            serde_json::to_string(&request(vec![bad_span(span(9400), Some(vec![0; 16]), None)]))
                .unwrap()
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(code, 200);
        assert!(body.contains("\"rejectedSpans\":1") || body.contains("rejected"), "{body}");
    })
    .await;
    assert_good_intact(&c, good + 20);
    let (_, m) = http_get(c.http, "/metrics").unwrap();
    assert!(m.contains("coxswain_spans_rejected_total 7"), "{m}");
    drop(c);
    let ids = stored_span_ids(&dir.path().join("data"));
    assert!(ids.contains(&span_id(9000)) && ids.contains(&span_id(9209)));
    assert!(!ids.contains(&span_id(9100)) && !ids.contains(&span_id(9300)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_records_with_malformed_ids_are_rejected_through_partial_success() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let grpc = c.clone_urls();
    let good = around(&c, || async move {
        let mut req = logs_request(5);
        let recs = &mut req.resource_logs[0].scope_logs[0].log_records;
        recs[0].trace_id = vec![1; 16];
        recs[0].span_id = vec![1; 8];
        recs[1].trace_id = vec![1; 3];
        recs[2].span_id = vec![1; 9];
        let mut client = opentelemetry_proto::tonic::collector::logs::v1::logs_service_client::LogsServiceClient::connect(grpc).await.unwrap();
        let resp: ExportLogsServiceResponse = client.export(req).await.unwrap().into_inner();
        let ps = resp.partial_success.expect("partial success");
        assert_eq!(ps.rejected_log_records, 2);
        assert!(ps.error_message.contains("trace_id that is not 16 bytes"), "{}", ps.error_message);
    })
    .await;
    assert_good_intact(&c, good);
    assert_eq!(num(&stats(&c), "log_records"), 3);
}

trait Urls {
    fn clone_urls(&self) -> String;
}
impl Urls for Collector {
    fn clone_urls(&self) -> String {
        self.grpc_url()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_buffer_refuses_new_requests_with_unavailable_and_503() {
    let dir = tempfile::tempdir().unwrap();
    // Room for a few requests only, and a forwarder that never delivers: nothing is processed
    // by every consumer, so retention cannot free anything.
    let cfg = format!(
        "[buffer]\nmax_bytes = 60000\n[[forward]]\nname = \"away\"\n\
         endpoint = \"http://127.0.0.1:{}\"\n",
        free_port()
    );
    let c = start_with_config(&dir.path().join("data"), &cfg, &[]);
    let mut stored = 0u64;
    let mut refusal = None;
    for i in 0..40 {
        match export(&c, span_range(i * 100, 100)).await {
            Ok(_) => stored += 100,
            Err(e) => {
                refusal = Some(e);
                break;
            }
        }
    }
    let e = refusal.expect("the bound is reached");
    assert_eq!(e.code(), tonic::Code::Unavailable, "{e:?}");
    assert!(e.message().contains("buffer full"), "{e:?}");
    let pb = [("Content-Type", "application/x-protobuf")];
    let (code, body) =
        http_request(c.http, "POST", "/v1/traces", &pb, &span_range(77_000, 100).encode_to_vec())
            .unwrap();
    assert_eq!(code, 503);
    assert!(body.contains("buffer full"), "{body}");
    assert_eq!(num(&stats(&c), "spans"), stored, "what was acknowledged is all there");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_or_wrong_bearer_token_is_refused_as_unauthenticated() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = start(&dir.path().join("data"), &["--bearer-tokens", "s3cret,other"]);
    let err = export(&c, span_range(0, 5)).await.unwrap_err();
    assert_eq!(err.code(), tonic::Code::Unauthenticated, "{err:?}");
    let mut req = tonic::Request::new(span_range(0, 5));
    req.metadata_mut().insert("authorization", "Bearer s3cret".parse().unwrap());
    traces_client(&c).await.export(req).await.expect("good token accepted");
    let pb = [("Content-Type", "application/x-protobuf"), ("Authorization", "Bearer nope")];
    let body = span_range(10, 5).encode_to_vec();
    assert_eq!(http_request(c.http, "POST", "/v1/traces", &pb, &body).unwrap().0, 401);
    let pb = [("Content-Type", "application/x-protobuf"), ("Authorization", "Bearer other")];
    assert_eq!(http_request(c.http, "POST", "/v1/traces", &pb, &body).unwrap().0, 200);
    // Ingest tokens cannot read /v1/stats: count what is stored once the collector stopped.
    assert_eq!(c.terminate(), Some(0));
    assert_eq!(num(&inspect(&dir.path().join("data")), "spans"), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8_in_a_span_name_gets_invalid_argument_and_good_data_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let c = start(&dir.path().join("data"), &[]);
    let http = c.http;
    let url = c.grpc_url();
    // Valid ids everywhere, so only the name's bytes are wrong.
    let body = |n: u64| {
        let mut s = span(n);
        s.name = "\u{1}bad name".into();
        let mut bytes = request(vec![span(n + 1), s]).encode_to_vec();
        let at = bytes.windows(9).position(|w| w == b"\x01bad name").expect("name bytes");
        bytes[at] = 0xff;
        bytes
    };
    let good = around(&c, || async move {
        let err = export_raw(url, body(9500)).await.unwrap_err();
        assert_eq!(err.code(), tonic::Code::InvalidArgument, "{err:?}");
        assert!(err.message().contains("UTF-8"), "{err:?}");
        let pb = [("Content-Type", "application/x-protobuf")];
        let (code, text) = http_request(http, "POST", "/v1/traces", &pb, &body(9600)).unwrap();
        assert_eq!(code, 400);
        assert!(text.contains("UTF-8"), "{text}");
    })
    .await;
    assert_good_intact(&c, good);
    drop(c);
    let ids = stored_span_ids(&dir.path().join("data"));
    assert!(ids.contains(&span_id(0)));
    for n in [9500, 9501, 9600, 9601] {
        assert!(!ids.contains(&span_id(n)), "span {n} of a refused request is not stored");
    }
}
