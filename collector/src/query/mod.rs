//! The query API over gRPC (`coxswain.query.v1.QueryService`) and HTTP JSON (`/v1/report`,
//! `/v1/sessions`, `/v1/sessions/{id}`); both carry the same JSON documents (MEASURES.md).

pub mod client;
pub mod grpc;
pub mod http;
pub mod ops;

use std::sync::Arc;

use crate::assembler::AnalyticsConfig;
use crate::assembler::store::Store;
use crate::buffer::Buffer;

pub use grpc::{QueryGrpc, grpc_service};
pub use http::http_routes;

/// What the query handlers need.
#[derive(Clone)]
pub struct QueryState {
    /// The buffer (and through it the analytics trees).
    pub buffer: Arc<Buffer>,
    /// Analytics settings (k for suppression, idle close).
    pub analytics: AnalyticsConfig,
}

impl QueryState {
    /// The analytics trees.
    pub(crate) fn store(&self) -> Result<Store, ops::QueryError> {
        Ok(Store::open(self.buffer.db())?)
    }

    /// Runs a query on a blocking thread (a report scans every session summary).
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store, &AnalyticsConfig) -> Result<T, ops::QueryError> + Send + 'static,
    ) -> Result<T, ops::QueryError> {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = state.store()?;
            f(&store, &state.analytics)
        })
        .await
        .unwrap_or_else(|e| Err(ops::QueryError::BadRequest(format!("query failed: {e}"))))
    }
}
