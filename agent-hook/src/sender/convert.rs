//! Span records to the SDK's `SpanData` (ids, times and attributes exactly as recorded).

use crate::recorder::span::{AttrValue, ResourceRecord, SpanRecord};
use coxswain_proto::telemetry::resource as res;
use opentelemetry::trace::{
    SpanContext, SpanId, SpanKind, Status, TraceFlags, TraceId, TraceState,
};
use opentelemetry::{InstrumentationScope, KeyValue, Value};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::{SpanData, SpanEvents, SpanLinks};
use std::time::{Duration, UNIX_EPOCH};

/// The hook's resource for spans of `r`.
pub fn resource(r: &ResourceRecord) -> Resource {
    let mut attrs = vec![
        KeyValue::new(res::SERVICE_NAME, res::HOOK_SERVICE_NAME),
        KeyValue::new(res::SERVICE_VERSION, env!("CARGO_PKG_VERSION")),
        KeyValue::new(res::HARNESS, r.harness.clone()),
    ];
    if let Some(v) = &r.harness_version {
        attrs.push(KeyValue::new(res::HARNESS_VERSION, v.clone()));
    }
    Resource::builder_empty().with_attributes(attrs).build()
}

/// One record as `SpanData`; `None` when its ids are not valid hex.
pub fn span_data(s: &SpanRecord) -> Option<SpanData> {
    let trace_id = TraceId::from_hex(&s.trace_id).ok()?;
    let span_id = SpanId::from_hex(&s.span_id).ok()?;
    let parent = match &s.parent_span_id {
        Some(p) => SpanId::from_hex(p).ok()?,
        None => SpanId::INVALID,
    };
    let attributes = s
        .attributes
        .iter()
        .map(|(k, v)| {
            let value = match v {
                AttrValue::Bool(b) => Value::Bool(*b),
                AttrValue::Int(i) => Value::I64(*i),
                AttrValue::Str(s) => Value::String(s.clone().into()),
            };
            KeyValue::new(k.clone(), value)
        })
        .collect();
    Some(SpanData {
        span_context: SpanContext::new(
            trace_id,
            span_id,
            TraceFlags::SAMPLED,
            false,
            TraceState::default(),
        ),
        parent_span_id: parent,
        parent_span_is_remote: false,
        span_kind: SpanKind::Internal,
        name: s.name.clone().into(),
        start_time: UNIX_EPOCH + Duration::from_nanos(s.start_ns),
        end_time: UNIX_EPOCH + Duration::from_nanos(s.end_ns),
        attributes,
        dropped_attributes_count: 0,
        events: SpanEvents::default(),
        links: SpanLinks::default(),
        status: match &s.error {
            Some(e) => Status::error(e.clone()),
            None => Status::Unset,
        },
        instrumentation_scope: InstrumentationScope::builder("agent-hook")
            .with_version(env!("CARGO_PKG_VERSION"))
            .build(),
    })
}
