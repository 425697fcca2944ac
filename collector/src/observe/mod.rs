//! The collector's own telemetry: counters, `/metrics` (Prometheus text) and `/v1/stats` (JSON).

mod prometheus;
pub mod report_gauges;
mod stats;

use std::sync::atomic::{AtomicU64, Ordering};

pub use prometheus::render_prometheus;
pub use report_gauges::ReportGauges;
pub use stats::{Stats, stats};

/// Counters shared by the receivers and forwarders. Never log per span: count it here.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Spans received (valid or not).
    pub spans_received: AtomicU64,
    /// Spans stored.
    pub spans_accepted: AtomicU64,
    /// Spans rejected through partial success.
    pub spans_rejected: AtomicU64,
    /// Log records received.
    pub log_records_received: AtomicU64,
    /// Log records stored.
    pub log_records_accepted: AtomicU64,
    /// Log records rejected through partial success.
    pub log_records_rejected: AtomicU64,
    /// Metric data points received.
    pub data_points_received: AtomicU64,
    /// Metric data points stored.
    pub data_points_accepted: AtomicU64,
    /// Metric data points rejected through partial success.
    pub data_points_rejected: AtomicU64,
    /// Requests stored.
    pub requests_accepted: AtomicU64,
    /// Requests refused as undecodable.
    pub requests_invalid: AtomicU64,
    /// Requests refused for size.
    pub requests_too_large: AtomicU64,
    /// Requests refused because the buffer is full or failing.
    pub requests_unavailable: AtomicU64,
    /// Requests refused for missing or wrong credentials.
    pub requests_unauthenticated: AtomicU64,
    /// Requests refused because the token's role does not allow them.
    pub requests_forbidden: AtomicU64,
    /// Requests delivered downstream (all endpoints together).
    pub forward_sent: AtomicU64,
    /// Failed forwarding attempts (retried).
    pub forward_failed: AtomicU64,
    /// Requests a downstream refused for good (dead-lettered: logged with the answer, not
    /// retried).
    pub forward_dead_lettered: AtomicU64,
    /// Requests skipped because a downstream's backlog went over its bound.
    pub forward_skipped: AtomicU64,
    /// Requests whose body did not arrive within the read timeout.
    pub requests_timed_out: AtomicU64,
    /// Connections closed at once because a port had `limits.max_connections` open.
    pub connections_refused: AtomicU64,
    /// Connections closed because no request headers arrived in time.
    pub connections_timed_out: AtomicU64,
}

/// Adds `n` to a counter.
pub fn add(counter: &AtomicU64, n: u64) {
    counter.fetch_add(n, Ordering::Relaxed);
}

/// Reads a counter.
pub fn get(counter: &AtomicU64) -> u64 {
    counter.load(Ordering::Relaxed)
}

/// What `/metrics` and `/v1/stats` read.
#[derive(Clone)]
pub struct ObserveState {
    /// The buffer.
    pub buffer: std::sync::Arc<crate::buffer::Buffer>,
    /// Counters.
    pub metrics: std::sync::Arc<Metrics>,
    /// Consumers whose backlog is shown.
    pub consumers: std::sync::Arc<Vec<String>>,
    /// The report's measures, refreshed in the background.
    pub report: std::sync::Arc<ReportGauges>,
}

/// `GET /metrics` and `GET /v1/stats`.
pub fn routes(state: ObserveState) -> axum::Router {
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    axum::Router::new()
        .route(
            "/metrics",
            axum::routing::get(
                |axum::extract::State(s): axum::extract::State<ObserveState>,
                 caller: Option<axum::Extension<crate::auth::Principal>>| async move {
                    // The report gauges cover every team: a team-scoped token does not get them.
                    let scoped = caller.is_some_and(|axum::Extension(p)| p.team().is_some());
                    let report = if scoped { String::new() } else { s.report.text() };
                    match stats(&s.buffer, &s.consumers) {
                        Ok(st) => (
                            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
                            render_prometheus(&s.metrics, &st) + &report,
                        )
                            .into_response(),
                        Err(e) => {
                            (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response()
                        }
                    }
                },
            ),
        )
        .route(
            "/v1/stats",
            axum::routing::get(
                |axum::extract::State(s): axum::extract::State<ObserveState>| async move {
                    match stats(&s.buffer, &s.consumers) {
                        Ok(st) => axum::Json(st).into_response(),
                        Err(e) => {
                            (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response()
                        }
                    }
                },
            ),
        )
        .with_state(state)
}
