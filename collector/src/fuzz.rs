//! Every collector decoder run on the same arbitrary bytes — OTLP protobuf (the zero-allocation
//! scan and prost), OTLP/JSON as the HTTP receiver decodes it, the gRPC length prefix and the
//! config TOML — for the property tests and `examples/fuzz_decoders.rs`. None may panic, and
//! the scan must agree with prost on every input.

use bytes::Bytes;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;
use rand::Rng;

use crate::config::CollectorConfig;
use crate::receiver::TimeBounds;
use crate::receiver::scan::scan_traces;
use crate::receiver::validate::{filter_logs, filter_spans};

/// Which decoders accepted an input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accepted {
    /// As a protobuf `ExportTraceServiceRequest` (scan and prost agreeing).
    pub protobuf_traces: bool,
    /// As a protobuf `ExportLogsServiceRequest`.
    pub protobuf_logs: bool,
    /// As an OTLP/JSON trace export.
    pub json_traces: bool,
    /// As an OTLP/JSON logs export.
    pub json_logs: bool,
    /// As one length-prefixed gRPC message within the request limit.
    pub grpc_frame: bool,
    /// As a collector config that parses and validates.
    pub config: bool,
}

/// The request limit the gRPC frame reader is run with: inputs declaring more are refused.
pub const FRAME_LIMIT: usize = 1 << 20;

/// Runs every decoder on `bytes`; `Err` says how the scan and prost disagreed.
pub async fn decode_all(bytes: &[u8]) -> Result<Accepted, String> {
    let mut out = Accepted::default();
    let prost = ExportTraceServiceRequest::decode(bytes);
    let scan = scan_traces(bytes, TimeBounds::ANY);
    if prost.is_ok() != scan.is_ok() {
        return Err(format!("scan {scan:?} but prost {:?}", prost.err()));
    }
    if let (Ok(mut req), Ok(s)) = (prost, scan) {
        let f = filter_spans(&mut req, TimeBounds::ANY);
        if (s.spans, s.all_valid) != (f.accepted + f.rejected, f.rejected == 0) {
            return Err(format!("scan {s:?} but the filter found {f:?}"));
        }
        out.protobuf_traces = true;
    }
    if let Ok(mut req) = ExportLogsServiceRequest::decode(bytes) {
        filter_logs(&mut req);
        out.protobuf_logs = true;
    }
    if let Ok(mut req) = serde_json::from_slice::<ExportTraceServiceRequest>(bytes) {
        filter_spans(&mut req, TimeBounds::ANY);
        out.json_traces = true;
    }
    if let Ok(mut req) = serde_json::from_slice::<ExportLogsServiceRequest>(bytes) {
        filter_logs(&mut req);
        out.json_logs = true;
    }
    let body = http_body_util::Full::new(Bytes::copy_from_slice(bytes));
    out.grpc_frame = crate::receiver::grpc::collect_frame(body, FRAME_LIMIT).await.is_ok();
    if let Ok(text) = std::str::from_utf8(bytes) {
        out.config = CollectorConfig::from_toml(text).is_ok_and(|c| c.validate().is_ok());
    }
    Ok(out)
}

/// Valid inputs of every kind, for mutation: protobuf and JSON exports, a gRPC frame, configs.
pub fn seeds() -> Vec<Vec<u8>> {
    use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value};
    use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};
    let attr = |k: &str, v: any_value::Value| KeyValue {
        key: k.into(),
        value: Some(AnyValue { value: Some(v) }),
        ..Default::default()
    };
    let span = |n: u8| Span {
        trace_id: vec![n + 1; 16],
        span_id: vec![n + 1; 8],
        name: format!("span {n}"),
        start_time_unix_nano: 1_700_000_000_000_000_000,
        end_time_unix_nano: 1_700_000_000_000_000_100,
        attributes: vec![
            attr("gen_ai.conversation.id", any_value::Value::StringValue("s1".into())),
            attr("coxswain.prompt.words", any_value::Value::IntValue(i64::from(n) * 7)),
        ],
        ..Default::default()
    };
    let traces = ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            scope_spans: vec![ScopeSpans {
                spans: (0..3).map(span).collect(),
                ..Default::default()
            }],
            ..Default::default()
        }],
    };
    let proto = traces.encode_to_vec();
    let mut frame = vec![0];
    frame.extend_from_slice(&(proto.len() as u32).to_be_bytes());
    frame.extend_from_slice(&proto);
    let json = serde_json::to_vec(&traces).unwrap_or_default();
    let logs = br#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"timeUnixNano":"1","body":{"stringValue":"x"},"traceId":"0102030405060708090a0b0c0d0e0f10"}]}]}]}"#;
    vec![
        proto,
        frame,
        json,
        logs.to_vec(),
        include_bytes!("../testdata/good_full.toml").to_vec(),
        include_bytes!("../testdata/good_minimal.toml").to_vec(),
    ]
}

/// One random change to `bytes`: flipped or replaced bytes, cuts, splices from `other`, or
/// tokens that matter to one of the formats.
pub fn mutate(rng: &mut impl Rng, bytes: &mut Vec<u8>, other: &[u8]) {
    const TOKENS: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b"\"",
        b":",
        b",",
        b"\\u0000",
        b"null",
        b"1e999",
        b"-9223372036854775809",
        b"=",
        b"\n[limits]\n",
        b"\n[[forward]]\n",
        b"\xff\xff\xff\xff\x0f",
        b"\x0a\xff\xff\xff\x07",
        b"\x80",
        b"\x01\xff\xff\xff\xff",
    ];
    if bytes.is_empty() {
        bytes.extend_from_slice(other);
        return;
    }
    let at = rng.random_range(0..bytes.len());
    match rng.random_range(0..9) {
        0 => bytes[at] ^= 1 << rng.random_range(0..8),
        1 => bytes[at] = rng.random(),
        // 0xff is never valid UTF-8: hits strings, ids, lengths and keys alike.
        7 => bytes[at] = 0xff,
        8 => bytes.insert(at, 0xff),
        2 => bytes.truncate(at),
        3 => {
            bytes.remove(at);
        }
        4 => {
            let t = TOKENS[rng.random_range(0..TOKENS.len())];
            bytes.splice(at..at, t.iter().copied());
        }
        5 => {
            let n = rng.random_range(0..64);
            bytes.splice(at..at, (0..n).map(|_| rng.random::<u8>()));
        }
        _ => {
            let from = rng.random_range(0..=other.len());
            let to = rng.random_range(from..=other.len());
            bytes.splice(at..at, other[from..to].iter().copied());
        }
    }
}
