//! Per-item checks: spans need a valid trace id and span id, and start and end times inside the
//! accepted window; log records may omit ids, but what they carry must have the right length.
//! Invalid items are dropped from the request and counted for OTLP partial success; the valid
//! rest is kept (and is all the buffer stores, so what is stored is what was accepted).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::KeyValue;
use opentelemetry_proto::tonic::metrics::v1::metric::Data;
use opentelemetry_proto::tonic::metrics::v1::{Exemplar, Metric};

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

/// How far span times may lie from now (`[limits]`): `past` back (`None`: no bound), `future`
/// ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanWindow {
    /// Oldest accepted start or end, as an age (`None`: any age).
    pub past: Option<Duration>,
    /// Furthest accepted start or end ahead of now.
    pub future: Duration,
}

impl SpanWindow {
    /// The window around the current time.
    pub fn bounds_now(&self) -> TimeBounds {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let nanos = |d: Duration| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        let now_ns = nanos(now);
        TimeBounds {
            min_ns: self.past.map(|p| now_ns.saturating_sub(nanos(p))).unwrap_or(0),
            max_ns: now_ns.saturating_add(nanos(self.future)),
        }
    }
}

/// Accepted span times in Unix nanoseconds, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeBounds {
    /// Earliest accepted time.
    pub min_ns: u64,
    /// Latest accepted time.
    pub max_ns: u64,
}

impl TimeBounds {
    /// Every time accepted (tests and tools that replay old data).
    pub const ANY: TimeBounds = TimeBounds { min_ns: 0, max_ns: u64::MAX };

    /// Whether `t` is inside.
    pub fn contains(&self, t: u64) -> bool {
        (self.min_ns..=self.max_ns).contains(&t)
    }
}

fn valid_id(id: &[u8], len: usize) -> bool {
    id.len() == len && id.iter().any(|&b| b != 0)
}

/// Drops spans without a valid trace id (16 bytes, not all zero) or span id (8 bytes, not all
/// zero) or with a start or end time outside `times`, and the resource/scope groups left empty.
pub fn filter_spans(req: &mut ExportTraceServiceRequest, times: TimeBounds) -> Filtered {
    let (mut accepted, mut bad_trace, mut bad_span, mut bad_time) = (0u64, 0u64, 0u64, 0u64);
    for rs in &mut req.resource_spans {
        for ss in &mut rs.scope_spans {
            ss.spans.retain(|s| {
                let t = valid_id(&s.trace_id, 16);
                let p = valid_id(&s.span_id, 8);
                let w =
                    times.contains(s.start_time_unix_nano) && times.contains(s.end_time_unix_nano);
                bad_trace += u64::from(!t);
                bad_span += u64::from(t && !p);
                bad_time += u64::from(t && p && !w);
                accepted += u64::from(t && p && w);
                t && p && w
            });
        }
        rs.scope_spans.retain(|ss| !ss.spans.is_empty());
    }
    req.resource_spans.retain(|rs| !rs.scope_spans.is_empty());
    let rejected = bad_trace + bad_span + bad_time;
    let mut parts = Vec::new();
    if bad_trace > 0 {
        parts.push(format!("{bad_trace} without a valid trace_id (16 bytes, not all zero)"));
    }
    if bad_span > 0 {
        parts.push(format!("{bad_span} without a valid span_id (8 bytes, not all zero)"));
    }
    if bad_time > 0 {
        parts.push(format!(
            "{bad_time} with a start or end time outside [{}, {}] ns since the epoch \
             (limits.span_max_age_secs, limits.span_max_future_secs)",
            times.min_ns, times.max_ns
        ));
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

/// Data points of one metric.
fn points_of(m: &Metric) -> u64 {
    match &m.data {
        None => 0,
        Some(Data::Gauge(g)) => g.data_points.len() as u64,
        Some(Data::Sum(x)) => x.data_points.len() as u64,
        Some(Data::Histogram(h)) => h.data_points.len() as u64,
        Some(Data::ExponentialHistogram(h)) => h.data_points.len() as u64,
        Some(Data::Summary(x)) => x.data_points.len() as u64,
    }
}

/// Data points in a metrics export (its item count).
pub fn data_points(req: &ExportMetricsServiceRequest) -> u64 {
    req.resource_metrics
        .iter()
        .flat_map(|rm| &rm.scope_metrics)
        .flat_map(|sm| &sm.metrics)
        .map(points_of)
        .sum()
}

/// Calls `f` with the attributes (and exemplars; summaries have none) of every data point of
/// `m`, keeping the points for which it returns true.
pub(crate) fn retain_points(
    m: &mut Metric,
    mut f: impl FnMut(&mut Vec<KeyValue>, &[Exemplar]) -> bool,
) {
    match &mut m.data {
        None => {}
        Some(Data::Gauge(g)) => g.data_points.retain_mut(|p| f(&mut p.attributes, &p.exemplars)),
        Some(Data::Sum(x)) => x.data_points.retain_mut(|p| f(&mut p.attributes, &p.exemplars)),
        Some(Data::Histogram(h)) => {
            h.data_points.retain_mut(|p| f(&mut p.attributes, &p.exemplars))
        }
        Some(Data::ExponentialHistogram(h)) => {
            h.data_points.retain_mut(|p| f(&mut p.attributes, &p.exemplars))
        }
        Some(Data::Summary(x)) => x.data_points.retain_mut(|p| f(&mut p.attributes, &[])),
    }
}

/// Drops metric data points whose exemplars carry a malformed trace or span id (like log
/// records, an absent id is fine), then metrics and groups left without points. A metric with
/// no data at all is dropped too and counted as one rejected point: OTLP requires its data.
pub fn filter_metrics(req: &mut ExportMetricsServiceRequest) -> Filtered {
    let (mut accepted, mut bad_ids, mut empty) = (0u64, 0u64, 0u64);
    for rm in &mut req.resource_metrics {
        for sm in &mut rm.scope_metrics {
            sm.metrics.retain_mut(|m| {
                if m.data.is_none() {
                    empty += 1;
                    return false;
                }
                let before = points_of(m);
                retain_points(m, |_, exemplars| {
                    let ok = exemplars.iter().all(|e| {
                        (e.trace_id.is_empty() || e.trace_id.len() == 16)
                            && (e.span_id.is_empty() || e.span_id.len() == 8)
                    });
                    accepted += u64::from(ok);
                    bad_ids += u64::from(!ok);
                    ok
                });
                // A metric sent with an empty point list stays (valid, if useless).
                before == 0 || points_of(m) > 0
            });
        }
        rm.scope_metrics.retain(|sm| !sm.metrics.is_empty());
    }
    req.resource_metrics.retain(|rm| !rm.scope_metrics.is_empty());
    let rejected = bad_ids + empty;
    let mut parts = Vec::new();
    if bad_ids > 0 {
        parts.push(format!(
            "{bad_ids} data points with an exemplar whose trace_id is not 16 bytes or span_id \
             not 8 bytes"
        ));
    }
    if empty > 0 {
        parts.push(format!("{empty} metrics without data (gauge, sum, histogram, ...)"));
    }
    let message = if parts.is_empty() {
        String::new()
    } else {
        format!("rejected data points: {}", parts.join("; "))
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
        let f = filter_spans(&mut req, TimeBounds::ANY);
        assert_eq!((f.accepted, f.rejected), (1, 3));
        assert!(f.message.contains("2 without a valid trace_id"), "{}", f.message);
        assert_eq!(req.resource_spans[0].scope_spans[0].spans.len(), 1);
    }

    #[test]
    fn spans_outside_the_time_window_are_dropped_naming_the_limits() {
        let timed = |start, end| Span {
            start_time_unix_nano: start,
            end_time_unix_nano: end,
            ..span(vec![1; 16], vec![1; 8])
        };
        let mut req = ExportTraceServiceRequest {
            resource_spans: vec![ResourceSpans {
                scope_spans: vec![ScopeSpans {
                    spans: vec![timed(100, 200), timed(100, u64::MAX), timed(5, 150)],
                    ..Default::default()
                }],
                ..Default::default()
            }],
        };
        let f = filter_spans(&mut req, TimeBounds { min_ns: 50, max_ns: 1000 });
        assert_eq!((f.accepted, f.rejected), (1, 2));
        assert!(f.message.contains("span_max_future_secs"), "{}", f.message);
    }

    #[test]
    fn window_without_a_past_bound_accepts_old_times_but_not_the_far_future() {
        let w = SpanWindow { past: None, future: Duration::from_secs(3600) };
        let b = w.bounds_now();
        assert!(b.contains(1) && !b.contains(u64::MAX));
        let w = SpanWindow { past: Some(Duration::from_secs(60)), ..w };
        assert!(!w.bounds_now().contains(1_700_000_000_000_000_000));
    }
}
