//! Per-item checks: spans need a valid trace id and span id; log records may omit them, but
//! what they carry must have the right length. Invalid items are dropped from the request and
//! counted for OTLP partial success; the valid rest is kept.

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;

/// What filtering kept and dropped.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Filtered {
    /// Items kept.
    pub accepted: u64,
    /// Items dropped.
    pub rejected: u64,
    /// Why (empty when nothing was dropped).
    pub message: String,
}

fn valid_id(id: &[u8], len: usize) -> bool {
    id.len() == len && id.iter().any(|&b| b != 0)
}

/// Drops spans without a valid trace id (16 bytes, not all zero) or span id (8 bytes, not all
/// zero), and the resource/scope groups left empty.
pub fn filter_spans(req: &mut ExportTraceServiceRequest) -> Filtered {
    let (mut accepted, mut bad_trace, mut bad_span) = (0u64, 0u64, 0u64);
    for rs in &mut req.resource_spans {
        for ss in &mut rs.scope_spans {
            ss.spans.retain(|s| {
                let t = valid_id(&s.trace_id, 16);
                let p = valid_id(&s.span_id, 8);
                bad_trace += u64::from(!t);
                bad_span += u64::from(t && !p);
                accepted += u64::from(t && p);
                t && p
            });
        }
        rs.scope_spans.retain(|ss| !ss.spans.is_empty());
    }
    req.resource_spans.retain(|rs| !rs.scope_spans.is_empty());
    let rejected = bad_trace + bad_span;
    let mut parts = Vec::new();
    if bad_trace > 0 {
        parts.push(format!("{bad_trace} without a valid trace_id (16 bytes, not all zero)"));
    }
    if bad_span > 0 {
        parts.push(format!("{bad_span} without a valid span_id (8 bytes, not all zero)"));
    }
    let message = if parts.is_empty() {
        String::new()
    } else {
        format!("rejected spans: {}", parts.join("; "))
    };
    Filtered { accepted, rejected, message }
}

/// Drops log records whose trace id or span id is present but malformed (wrong length). An
/// absent or all-zero id means "not correlated with a span" and is fine.
pub fn filter_logs(req: &mut ExportLogsServiceRequest) -> Filtered {
    let (mut accepted, mut bad_trace, mut bad_span) = (0u64, 0u64, 0u64);
    for rl in &mut req.resource_logs {
        for sl in &mut rl.scope_logs {
            sl.log_records.retain(|r| {
                let t = r.trace_id.is_empty() || r.trace_id.len() == 16;
                let p = r.span_id.is_empty() || r.span_id.len() == 8;
                bad_trace += u64::from(!t);
                bad_span += u64::from(t && !p);
                accepted += u64::from(t && p);
                t && p
            });
        }
        rl.scope_logs.retain(|sl| !sl.log_records.is_empty());
    }
    req.resource_logs.retain(|rl| !rl.scope_logs.is_empty());
    let rejected = bad_trace + bad_span;
    let mut parts = Vec::new();
    if bad_trace > 0 {
        parts.push(format!("{bad_trace} with a trace_id that is not 16 bytes"));
    }
    if bad_span > 0 {
        parts.push(format!("{bad_span} with a span_id that is not 8 bytes"));
    }
    let message = if parts.is_empty() {
        String::new()
    } else {
        format!("rejected log records: {}", parts.join("; "))
    };
    Filtered { accepted, rejected, message }
}

#[cfg(test)]
mod tests {
    use super::*;
    use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};

    fn span(trace: Vec<u8>, id: Vec<u8>) -> Span {
        Span { trace_id: trace, span_id: id, ..Default::default() }
    }

    #[test]
    fn spans_with_bad_ids_are_dropped_and_valid_ones_kept() {
        let mut req = ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                scope_spans: vec![ScopeSpans {
                    spans: vec![
                        span(vec![1; 16], vec![1; 8]),
                        span(vec![0; 16], vec![1; 8]),
                        span(vec![1; 15], vec![1; 8]),
                        span(vec![1; 16], vec![0; 8]),
                    ],
                    ..Default::default()
                }],
                ..Default::default()
            }],
        };
        let f = filter_spans(&mut req);
        assert_eq!((f.accepted, f.rejected), (1, 3));
        assert!(f.message.contains("2 without a valid trace_id"), "{}", f.message);
        assert_eq!(req.resource_spans[0].scope_spans[0].spans.len(), 1);
    }
}
