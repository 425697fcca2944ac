//! Prometheus text exposition of the collector's counters and buffer state.

use std::fmt::Write;

use super::{Metrics, Stats, get};

/// Renders `/metrics`.
pub fn render_prometheus(m: &Metrics, s: &Stats) -> String {
    let mut out = String::new();
    let counters = [
        ("coxswain_spans_received_total", "Spans received.", get(&m.spans_received)),
        ("coxswain_spans_accepted_total", "Spans stored durably.", get(&m.spans_accepted)),
        (
            "coxswain_spans_rejected_total",
            "Spans rejected (invalid ids or times out of the window).",
            get(&m.spans_rejected),
        ),
        (
            "coxswain_log_records_received_total",
            "Log records received.",
            get(&m.log_records_received),
        ),
        (
            "coxswain_log_records_accepted_total",
            "Log records stored durably.",
            get(&m.log_records_accepted),
        ),
        (
            "coxswain_log_records_rejected_total",
            "Log records rejected.",
            get(&m.log_records_rejected),
        ),
        (
            "coxswain_data_points_received_total",
            "Metric data points received.",
            get(&m.data_points_received),
        ),
        (
            "coxswain_data_points_accepted_total",
            "Metric data points stored durably.",
            get(&m.data_points_accepted),
        ),
        (
            "coxswain_data_points_rejected_total",
            "Metric data points rejected.",
            get(&m.data_points_rejected),
        ),
        ("coxswain_requests_accepted_total", "Export requests stored.", get(&m.requests_accepted)),
        (
            "coxswain_requests_invalid_total",
            "Export requests that did not decode.",
            get(&m.requests_invalid),
        ),
        (
            "coxswain_requests_too_large_total",
            "Export requests over the size limit.",
            get(&m.requests_too_large),
        ),
        (
            "coxswain_requests_unavailable_total",
            "Export requests refused: buffer full or failing.",
            get(&m.requests_unavailable),
        ),
        (
            "coxswain_requests_unauthenticated_total",
            "Requests (any endpoint) without valid credentials.",
            get(&m.requests_unauthenticated),
        ),
        (
            "coxswain_requests_forbidden_total",
            "Requests whose token's role does not allow them.",
            get(&m.requests_forbidden),
        ),
        ("coxswain_forward_sent_total", "Requests delivered downstream.", get(&m.forward_sent)),
        (
            "coxswain_forward_failed_total",
            "Failed forwarding attempts (retried).",
            get(&m.forward_failed),
        ),
        (
            "coxswain_forward_dead_lettered_total",
            "Requests a downstream refused for good (logged with its answer, not retried).",
            get(&m.forward_dead_lettered),
        ),
        (
            "coxswain_forward_skipped_total",
            "Requests skipped because a downstream's backlog went over max_backlog_bytes/age.",
            get(&m.forward_skipped),
        ),
        (
            "coxswain_requests_timed_out_total",
            "Requests whose body did not arrive within limits.body_read_timeout_secs.",
            get(&m.requests_timed_out),
        ),
        (
            "coxswain_connections_refused_total",
            "Connections closed at once because limits.max_connections were open.",
            get(&m.connections_refused),
        ),
        (
            "coxswain_connections_timed_out_total",
            "Connections closed because no request arrived within limits.header_read_timeout_secs.",
            get(&m.connections_timed_out),
        ),
    ];
    for (name, help, value) in counters {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}");
    }
    let gauges: [(&str, &str, u64); 5] = [
        ("coxswain_buffer_bytes_on_disk", "Bytes sled uses on disk.", s.bytes_on_disk),
        ("coxswain_buffer_bytes_held", "Bytes of the buffered requests.", s.bytes_held),
        ("coxswain_buffer_requests", "Requests held in the buffer.", s.requests),
        ("coxswain_buffer_spans", "Spans held in the buffer.", s.spans),
        ("coxswain_buffer_log_records", "Log records held in the buffer.", s.log_records),
    ];
    for (name, help, value) in gauges {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}");
    }
    let name = "coxswain_consumer_backlog_requests";
    let _ = writeln!(
        out,
        "# HELP {name} Requests a consumer has not processed yet.\n# TYPE {name} gauge"
    );
    for (consumer, backlog) in &s.backlog {
        let _ = writeln!(out, "{name}{{consumer=\"{consumer}\"}} {backlog}");
    }
    let name = "coxswain_consumer_lag_seconds";
    let _ = writeln!(
        out,
        "# HELP {name} Age of the oldest request a consumer has not processed (0: caught up).\n\
         # TYPE {name} gauge"
    );
    for (consumer, lag) in &s.lag_seconds {
        let _ = writeln!(out, "{name}{{consumer=\"{consumer}\"}} {lag:.3}");
    }
    for (name, help, value) in [
        (
            "coxswain_assembler_lag_requests",
            "Buffered requests the analytics assembler has not processed yet.",
            s.backlog.get(crate::buffer::ASSEMBLER_CONSUMER).copied().unwrap_or(0) as f64,
        ),
        (
            "coxswain_assembler_lag_seconds",
            "Age of the oldest request the analytics assembler has not processed.",
            s.lag_seconds.get(crate::buffer::ASSEMBLER_CONSUMER).copied().unwrap_or(0.0),
        ),
        (
            "coxswain_buffer_healthy",
            "1 while exports can be stored, 0 during a storage fault (see /healthz).",
            if s.fault.is_none() { 1.0 } else { 0.0 },
        ),
    ] {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}");
    }
    let name = "coxswain_forward_backlog_requests";
    let _ = writeln!(
        out,
        "# HELP {name} Requests not yet delivered to a downstream endpoint.\n# TYPE {name} gauge"
    );
    for (consumer, backlog) in &s.backlog {
        if let Some(endpoint) = consumer.strip_prefix("forward:") {
            let _ = writeln!(out, "{name}{{endpoint=\"{endpoint}\"}} {backlog}");
        }
    }
    out
}
