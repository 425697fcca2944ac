//! Tests for [`super::scan_traces`]: it must agree with prost's decode on every input.

use super::*;
use crate::fuzz::mutate;
use crate::receiver::validate::filter_spans;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{
    AnyValue, ArrayValue, EntityRef, InstrumentationScope, KeyValue, KeyValueList, any_value,
};
use opentelemetry_proto::tonic::resource::v1::Resource;
use opentelemetry_proto::tonic::trace::v1::span::{Event, Link};
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span, Status};
use prost::Message;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn kv(key: &str, value: any_value::Value) -> KeyValue {
    KeyValue { key: key.into(), value: Some(AnyValue { value: Some(value) }), ..Default::default() }
}

fn span(trace: Vec<u8>, id: Vec<u8>) -> Span {
    Span {
        trace_id: trace,
        span_id: id,
        name: "s".into(),
        start_time_unix_nano: 7,
        kind: 2,
        flags: 1,
        attributes: vec![kv("k", any_value::Value::StringValue("v".into()))],
        ..Default::default()
    }
}

fn request(groups: Vec<Vec<Span>>) -> ExportTraceServiceRequest {
    let scope_spans = groups.into_iter().map(|spans| ScopeSpans { spans, ..Default::default() });
    ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            scope_spans: scope_spans.collect(),
            ..Default::default()
        }],
    }
}

/// A field's key and payload in wire format.
fn field(number: u32, wire: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    prost::encoding::encode_varint(u64::from(number) << 3 | u64::from(wire), &mut out);
    if wire == LEN {
        prost::encoding::encode_varint(payload.len() as u64, &mut out);
    }
    out.extend_from_slice(payload);
    out
}

/// A request holding one span with the given encoded body.
fn one_span(span: &[u8]) -> Vec<u8> {
    field(1, LEN, &field(2, LEN, &field(2, LEN, span)))
}

/// One unknown field of each wire type, a group among them.
fn unknowns() -> Vec<u8> {
    let mut out = field(90, VARINT, &[0xff, 0x01]);
    out.extend(field(91, I64, &[1; 8]));
    out.extend(field(92, LEN, b"opaque"));
    out.extend(field(93, I32, &[2; 4]));
    out.extend(field(94, START_GROUP, &field(1, VARINT, &[5])));
    out.extend(field(94, END_GROUP, &[]));
    out
}

fn ok(spans: u64, all_valid: bool) -> Result<SpanScan, ScanError> {
    Ok(SpanScan { spans, all_valid })
}

/// Scan and prost agree on `bytes`: both refuse, or both accept with the same spans and the
/// same verdict on their ids.
fn assert_agrees(bytes: &[u8], what: &str) {
    assert_agrees_within(bytes, TimeBounds::ANY, what);
}

/// Like [`assert_agrees`], with the verdict on span times within `times` too.
fn assert_agrees_within(bytes: &[u8], times: TimeBounds, what: &str) {
    let prost = ExportTraceServiceRequest::decode(bytes);
    let scan = scan_traces(bytes, times);
    assert_eq!(scan.is_ok(), prost.is_ok(), "{what}: scan {scan:?}, prost {prost:?}");
    if let (Ok(mut p), Ok(s)) = (prost, scan) {
        let f = filter_spans(&mut p, times);
        assert_eq!((s.spans, s.all_valid), (f.accepted + f.rejected, f.rejected == 0), "{what}");
    }
}

#[test]
fn valid_request_is_counted_and_all_valid() {
    let req =
        request(vec![vec![span(vec![1; 16], vec![2; 8]); 3], vec![span(vec![3; 16], vec![4; 8])]]);
    assert_eq!(scan_traces(&req.encode_to_vec(), TimeBounds::ANY), ok(4, true));
    assert_eq!(scan_traces(&[], TimeBounds::ANY), ok(0, true));
}

#[test]
fn spans_with_wrong_length_missing_or_all_zero_ids_are_not_all_valid() {
    for (t, s) in [
        (vec![1; 15], vec![1; 8]),
        (vec![1; 16], vec![1; 9]),
        (vec![], vec![1; 8]),
        (vec![1; 16], vec![]),
        (vec![0; 16], vec![1; 8]),
        (vec![1; 16], vec![0; 8]),
    ] {
        let req = request(vec![vec![span(vec![1; 16], vec![1; 8]), span(t, s)]]);
        assert_eq!(scan_traces(&req.encode_to_vec(), TimeBounds::ANY), ok(2, false));
    }
}

#[test]
fn truncated_bytes_are_a_scan_error() {
    let bytes = request(vec![vec![span(vec![1; 16], vec![2; 8]); 2]]).encode_to_vec();
    for cut in 1..bytes.len() {
        assert!(scan_traces(&bytes[..cut], TimeBounds::ANY).is_err(), "cut at {cut}");
    }
    assert_eq!(scan_traces(&[0x0a, 0x80], TimeBounds::ANY), Err(ScanError::Truncated));
    assert_eq!(scan_traces(&[0x0a; 1], TimeBounds::ANY), Err(ScanError::Truncated));
}

#[test]
fn malformed_keys_varints_groups_and_wire_types_are_scan_errors_as_in_prost() {
    let cases: Vec<(Vec<u8>, ScanError)> = vec![
        (vec![0x00, 0x00], ScanError::Key),
        (vec![0x0e], ScanError::Key),
        // A key above u32::MAX.
        (vec![0x88, 0x80, 0x80, 0x80, 0x10], ScanError::Key),
        (vec![0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02], ScanError::Varint),
        (field(7, START_GROUP, &[]), ScanError::Truncated),
        (field(7, END_GROUP, &[]), ScanError::EndGroup),
        ([field(7, START_GROUP, &[]), field(8, END_GROUP, &[])].concat(), ScanError::EndGroup),
        (field(1, VARINT, &[1]), ScanError::WireType(1, VARINT)),
        (one_span(&field(7, VARINT, &[1])), ScanError::WireType(7, VARINT)),
        (one_span(&field(16, I64, &[1; 8])), ScanError::WireType(16, I64)),
        (one_span(&field(5, START_GROUP, &[])), ScanError::WireType(5, START_GROUP)),
    ];
    for (bytes, err) in cases {
        assert_eq!(scan_traces(&bytes, TimeBounds::ANY), Err(err), "{bytes:x?}");
        assert!(ExportTraceServiceRequest::decode(bytes.as_slice()).is_err(), "{bytes:x?}");
    }
}

#[test]
fn unknown_fields_of_every_wire_type_are_skipped_at_every_level() {
    let mut s = span(vec![1; 16], vec![2; 8]).encode_to_vec();
    s.extend(unknowns());
    let mut scope = field(2, LEN, &s);
    scope.extend(unknowns());
    let mut resource = unknowns();
    resource.extend(field(2, LEN, &scope));
    let mut req = unknowns();
    req.extend(field(1, LEN, &resource));
    req.extend(unknowns());
    assert_eq!(scan_traces(&req, TimeBounds::ANY), ok(1, true));
    let decoded = ExportTraceServiceRequest::decode(req.as_slice()).expect("prost agrees");
    assert_eq!(decoded.resource_spans[0].scope_spans[0].spans.len(), 1);
}

#[test]
fn unknown_len_fields_are_skipped_without_looking_inside() {
    let mut inner = field(2, LEN, &[0xff; 3]);
    inner.extend(field(5, LEN, &[0x0e; 3]));
    let mut s = span(vec![1; 16], vec![2; 8]).encode_to_vec();
    s.extend(field(77, LEN, &inner));
    assert_eq!(scan_traces(&one_span(&s), TimeBounds::ANY), ok(1, true));
    assert_agrees(&one_span(&s), "opaque unknown field");
}

#[test]
fn repeated_id_fields_are_read_last_one_wins_as_prost_does() {
    let mut s = field(1, LEN, &[0; 16]);
    s.extend(field(2, LEN, &[2; 8]));
    s.extend(field(1, LEN, &[1; 16]));
    assert_eq!(scan_traces(&one_span(&s), TimeBounds::ANY), ok(1, true));
    s.extend(field(2, LEN, &[2; 7]));
    assert_eq!(scan_traces(&one_span(&s), TimeBounds::ANY), ok(1, false));
}

#[test]
fn invalid_utf8_in_any_string_field_is_a_scan_error_as_in_prost() {
    fn bad() -> String {
        "\u{1}bad".into()
    }
    let value = |v| Some(AnyValue { value: Some(v) });
    type Change = Box<dyn Fn(&mut ExportTraceServiceRequest)>;
    let mut variants: Vec<Change> = vec![
        Box::new(|r| r.resource_spans[0].scope_spans[0].spans[0].name = bad()),
        Box::new(|r| r.resource_spans[0].scope_spans[0].spans[0].trace_state = bad()),
        Box::new(|r| r.resource_spans[0].scope_spans[0].spans[0].attributes[0].key = bad()),
        Box::new(|r| r.resource_spans[0].schema_url = bad()),
        Box::new(|r| r.resource_spans[0].scope_spans[0].schema_url = bad()),
    ];
    variants.push(Box::new(move |r| {
        let s = &mut r.resource_spans[0].scope_spans[0].spans[0];
        s.attributes[0].value = value(any_value::Value::ArrayValue(ArrayValue {
            values: vec![AnyValue { value: Some(any_value::Value::StringValue(bad())) }],
        }));
    }));
    variants.push(Box::new(|r| {
        let s = &mut r.resource_spans[0].scope_spans[0].spans[0];
        s.events = vec![Event { name: bad(), ..Default::default() }];
        s.links = vec![Link { trace_state: bad(), ..Default::default() }];
        s.status = Some(Status { message: bad(), code: 2 });
    }));
    variants.push(Box::new(|r| {
        r.resource_spans[0].resource = Some(Resource {
            entity_refs: vec![EntityRef {
                id_keys: vec!["ok".into(), bad()],
                ..Default::default()
            }],
            ..Default::default()
        });
        r.resource_spans[0].scope_spans[0].scope =
            Some(InstrumentationScope { version: bad(), ..Default::default() });
    }));
    for (i, change) in variants.iter().enumerate() {
        let mut req = request(vec![vec![span(vec![1; 16], vec![2; 8])]]);
        change(&mut req);
        let mut bytes = req.encode_to_vec();
        assert!(scan_traces(&bytes, TimeBounds::ANY).is_ok(), "variant {i} before corruption");
        // Every "\u{1}bad" becomes 0xff "bad": invalid UTF-8 inside a string payload.
        for w in 0..bytes.len().saturating_sub(3) {
            if &bytes[w..w + 4] == b"\x01bad" {
                bytes[w] = 0xff;
            }
        }
        assert!(
            matches!(scan_traces(&bytes, TimeBounds::ANY), Err(ScanError::Utf8(_))),
            "variant {i}"
        );
        assert_agrees(&bytes, &format!("variant {i}"));
    }
}

/// A request whose one span has an attribute whose value nests `levels` arrays.
fn nested_arrays(levels: usize) -> Vec<u8> {
    let mut value = AnyValue { value: Some(any_value::Value::IntValue(1)) };
    for i in 0..levels {
        value = AnyValue {
            value: Some(if i % 2 == 0 {
                any_value::Value::ArrayValue(ArrayValue { values: vec![value] })
            } else {
                any_value::Value::KvlistValue(KeyValueList {
                    values: vec![KeyValue {
                        key: "n".into(),
                        value: Some(value),
                        ..Default::default()
                    }],
                })
            }),
        };
    }
    let mut s = span(vec![1; 16], vec![2; 8]);
    s.attributes.push(KeyValue { key: "deep".into(), value: Some(value), ..Default::default() });
    request(vec![vec![s]]).encode_to_vec()
}

#[test]
fn nesting_deeper_than_prosts_recursion_limit_is_a_scan_error_at_exactly_prosts_depth() {
    let mut saw = (false, false);
    for levels in 0..80 {
        let bytes = nested_arrays(levels);
        assert_agrees(&bytes, &format!("{levels} levels"));
        match scan_traces(&bytes, TimeBounds::ANY) {
            Ok(_) => saw.0 = true,
            Err(e) => {
                assert_eq!(e, ScanError::RecursionLimit);
                saw.1 = true;
            }
        }
    }
    assert_eq!(saw, (true, true), "the limit falls inside the range tried");
    // Unknown fields and groups spend budget too.
    for levels in 0..80 {
        let mut bytes = nested_arrays(levels);
        let group = [field(9, START_GROUP, &[]), field(9, END_GROUP, &[])].concat();
        bytes.extend(field(5, LEN, &field(1, LEN, &group)));
        assert_agrees(&bytes, &format!("{levels} levels with group"));
    }
}

fn random_id(rng: &mut StdRng, len: usize) -> Vec<u8> {
    match rng.random_range(0..10) {
        0 => Vec::new(),
        1 => vec![0; len],
        2 => (0..rng.random_range(1..20)).map(|_| rng.random()).collect(),
        _ => (0..len).map(|_| rng.random_range(1..=255)).collect(),
    }
}

fn random_text(rng: &mut StdRng) -> String {
    ["", "x", "名前", "é", "span-name", "k.v"][rng.random_range(0..6)]
        .repeat(rng.random_range(0..4))
}

fn random_value(rng: &mut StdRng, depth: u32) -> AnyValue {
    use any_value::Value as V;
    let value = match rng.random_range(0..if depth > 2 { 5 } else { 7 }) {
        0 => V::StringValue(random_text(rng)),
        1 => V::BoolValue(rng.random()),
        2 => V::IntValue(rng.random()),
        3 => V::DoubleValue(rng.random()),
        4 => V::BytesValue(random_id(rng, 4)),
        5 => V::ArrayValue(ArrayValue {
            values: (0..rng.random_range(0..3)).map(|_| random_value(rng, depth + 1)).collect(),
        }),
        _ => V::KvlistValue(KeyValueList { values: random_attrs(rng, depth + 1) }),
    };
    AnyValue { value: (rng.random_range(0..8) != 0).then_some(value) }
}

fn random_attrs(rng: &mut StdRng, depth: u32) -> Vec<KeyValue> {
    (0..rng.random_range(0..3))
        .map(|_| KeyValue {
            key: random_text(rng),
            value: Some(random_value(rng, depth)),
            ..Default::default()
        })
        .collect()
}

/// Mostly inside [`WINDOW`], sometimes on or past its edges, unset, or the end of time.
fn random_time(rng: &mut StdRng) -> u64 {
    match rng.random_range(0..12) {
        0 => 0,
        1 => u64::MAX,
        2 => WINDOW.min_ns - 1,
        3 => WINDOW.max_ns + 1,
        4 => WINDOW.max_ns,
        5 => rng.random(),
        _ => rng.random_range(WINDOW.min_ns..=WINDOW.max_ns),
    }
}

/// The time window the random requests are checked against.
const WINDOW: TimeBounds = TimeBounds { min_ns: 1_000_000, max_ns: 2_000_000 };

fn random_span(rng: &mut StdRng) -> Span {
    let mut s = span(random_id(rng, 16), random_id(rng, 8));
    s.name = random_text(rng);
    s.trace_state = random_text(rng);
    s.start_time_unix_nano = random_time(rng);
    s.end_time_unix_nano = random_time(rng);
    s.kind = rng.random_range(-1..7);
    s.attributes = random_attrs(rng, 0);
    s.events = (0..rng.random_range(0..2))
        .map(|_| Event {
            name: random_text(rng),
            attributes: random_attrs(rng, 0),
            ..Default::default()
        })
        .collect();
    s.links = (0..rng.random_range(0..2))
        .map(|_| Link {
            trace_id: random_id(rng, 16),
            attributes: random_attrs(rng, 0),
            flags: 3,
            ..Default::default()
        })
        .collect();
    s.status = (rng.random_range(0..2) == 0).then(|| Status { message: random_text(rng), code: 2 });
    s
}

fn random_request(rng: &mut StdRng) -> ExportTraceServiceRequest {
    let resource_spans = (0..rng.random_range(0..3))
        .map(|_| ResourceSpans {
            resource: (rng.random_range(0..2) == 0).then(|| Resource {
                attributes: random_attrs(rng, 0),
                dropped_attributes_count: 1,
                entity_refs: vec![EntityRef {
                    r#type: random_text(rng),
                    id_keys: vec![random_text(rng)],
                    ..Default::default()
                }],
            }),
            scope_spans: (0..rng.random_range(0..3))
                .map(|_| ScopeSpans {
                    scope: Some(InstrumentationScope {
                        name: random_text(rng),
                        attributes: random_attrs(rng, 0),
                        ..Default::default()
                    }),
                    spans: (0..rng.random_range(0..5)).map(|_| random_span(rng)).collect(),
                    schema_url: random_text(rng),
                })
                .collect(),
            schema_url: random_text(rng),
        })
        .collect();
    ExportTraceServiceRequest { resource_spans }
}

#[test]
fn scan_agrees_with_prost_decode_on_random_requests_and_their_mutations() {
    let mut rng = StdRng::seed_from_u64(0x5ca7);
    let mut refused = 0;
    let mut previous = Vec::new();
    for case in 0..3000 {
        let bytes = random_request(&mut rng).encode_to_vec();
        assert_agrees(&bytes, &format!("case {case}"));
        assert_agrees_within(&bytes, WINDOW, &format!("case {case} in window"));
        assert!(scan_traces(&bytes, TimeBounds::ANY).is_ok(), "case {case} is valid");
        for m in 0..4 {
            let mut mutated = bytes.clone();
            for _ in 0..rng.random_range(1..=3) {
                mutate(&mut rng, &mut mutated, &previous);
            }
            assert_agrees(&mutated, &format!("case {case} mutation {m}: {mutated:x?}"));
            assert_agrees_within(&mutated, WINDOW, &format!("case {case} mutation {m} in window"));
            refused += usize::from(scan_traces(&mutated, TimeBounds::ANY).is_err());
        }
        previous = bytes;
    }
    assert!(refused > 1000, "mutations exercise refusals: {refused}");
}

#[test]
fn a_span_with_a_time_outside_the_window_makes_the_request_not_all_valid() {
    let times = TimeBounds { min_ns: 100, max_ns: 1000 };
    let mut s = span(vec![1; 16], vec![2; 8]);
    s.start_time_unix_nano = 500;
    s.end_time_unix_nano = 600;
    assert_eq!(scan_traces(&request(vec![vec![s.clone()]]).encode_to_vec(), times), ok(1, true));
    for (start, end) in [(500, u64::MAX), (500, 1001), (99, 600), (0, 600)] {
        let mut bad = s.clone();
        bad.start_time_unix_nano = start;
        bad.end_time_unix_nano = end;
        let bytes = request(vec![vec![s.clone(), bad]]).encode_to_vec();
        assert_eq!(scan_traces(&bytes, times), ok(2, false), "{start}..{end}");
        assert_agrees_within(&bytes, times, "one span out of the window");
    }
    // Repeated time fields: the last occurrence wins, as in prost.
    let mut body = s.encode_to_vec();
    body.extend(field(8, I64, &u64::MAX.to_le_bytes()));
    assert_eq!(scan_traces(&one_span(&body), times), ok(1, false));
    body.extend(field(8, I64, &700u64.to_le_bytes()));
    assert_eq!(scan_traces(&one_span(&body), times), ok(1, true));
}
