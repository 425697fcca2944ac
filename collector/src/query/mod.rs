//! The query API over gRPC (`coxswain.query.v1.QueryService`) and HTTP JSON (`/v1/report`,
//! `/v1/sessions`, `/v1/sessions/{id}`). (Skeleton.)

use std::sync::Arc;

use crate::assembler::AnalyticsConfig;
use crate::buffer::Buffer;

/// What the query handlers need.
#[derive(Clone)]
pub struct QueryState {
    /// The buffer (and through it the analytics trees).
    pub buffer: Arc<Buffer>,
    /// Analytics settings (k for suppression, idle close).
    pub analytics: AnalyticsConfig,
}

/// HTTP routes of the query API, merged into the collector's HTTP server.
pub fn http_routes(_state: QueryState) -> axum::Router {
    axum::Router::new()
}
