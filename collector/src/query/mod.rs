//! The query API over gRPC (`coxswain.query.v1.QueryService`) and HTTP JSON (`/v1/report`,
//! `/v1/sessions`, `/v1/sessions/{id}`); both carry the same JSON documents (MEASURES.md).

pub mod cache;
pub mod clickhouse;
pub mod client;
pub mod grpc;
pub mod http;
pub mod ops;

use std::sync::Arc;

use crate::assembler::AnalyticsConfig;
use crate::assembler::store::Store;
use crate::buffer::Buffer;
use crate::clickhouse::sessions::Deriver;

pub use grpc::{QueryGrpc, grpc_service};
pub use http::http_routes;

/// What the query handlers need.
#[derive(Clone)]
pub struct QueryState {
    /// The buffer (and through it the analytics trees).
    pub buffer: Arc<Buffer>,
    /// Analytics settings (k for suppression, idle close).
    pub analytics: AnalyticsConfig,
    /// Queries running at once (`limits.max_concurrent_queries`); the rest wait their turn,
    /// so a burst of reports cannot take every blocking thread and all memory.
    pub slots: Arc<tokio::sync::Semaphore>,
    /// With `[clickhouse]`: queries answer from every collector's records there (derived with
    /// the assembler's classifiers, so records from ClickHouse and from sled agree).
    pub clickhouse: Option<Deriver>,
    /// Recent report documents, reused while the store is unchanged.
    pub reports: Arc<cache::ReportCache>,
}

impl QueryState {
    /// State for handlers that run at most `max_concurrent` queries at once.
    pub fn new(buffer: Arc<Buffer>, analytics: AnalyticsConfig, max_concurrent: usize) -> Self {
        let slots = Arc::new(tokio::sync::Semaphore::new(max_concurrent.max(1)));
        Self { buffer, analytics, slots, clickhouse: None, reports: Arc::default() }
    }

    /// The same state answering from every collector's records in ClickHouse.
    pub fn with_clickhouse(mut self, deriver: Option<Deriver>) -> Self {
        self.clickhouse = deriver;
        self
    }

    /// The analytics trees.
    pub(crate) fn store(&self) -> Result<Store, ops::QueryError> {
        Ok(Store::open(self.buffer.db())?)
    }

    /// Runs a query on a blocking thread (a sled report scans every session summary; a
    /// ClickHouse one waits on the server) over the sled trees, or over ClickHouse when it is
    /// configured.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&dyn ops::Sessions, &AnalyticsConfig) -> Result<T, ops::QueryError>
        + Send
        + 'static,
    ) -> Result<T, ops::QueryError> {
        let state = self.clone();
        let slot = self.slots.clone().acquire_owned().await;
        let runtime = tokio::runtime::Handle::current();
        tokio::task::spawn_blocking(move || {
            let _slot = slot;
            match state.clickhouse.clone() {
                Some(deriver) => {
                    f(&clickhouse::ClickHouseSessions { deriver, runtime }, &state.analytics)
                }
                None => f(&state.store()?, &state.analytics),
            }
        })
        .await
        .unwrap_or_else(|e| Err(ops::QueryError::BadRequest(format!("query failed: {e}"))))
    }
}
