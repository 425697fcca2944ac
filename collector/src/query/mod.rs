//! The query API over gRPC (`coxswain.query.v1.QueryService`) and HTTP JSON (`/v1/report`,
//! `/v1/sessions`, `/v1/sessions/{id}`); both carry the same JSON documents (MEASURES.md).

pub mod cache;
pub mod client;
pub mod grpc;
pub mod http;
pub mod ops;

use std::sync::Arc;

use crate::assembler::AnalyticsConfig;
use crate::assembler::store::{SessionSource, Store};
use crate::assembler::verdicts::VerdictCache;
use crate::buffer::Buffer;
use crate::classifier::Classifiers;
use crate::clickhouse::ClickHouseClient;
use crate::clickhouse::read::{self, Scope};

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
    /// With `[clickhouse]`: queries answer from every collector's facts there.
    pub clickhouse: Option<ClickHouseClient>,
    /// The classifiers sessions from ClickHouse are derived with: the assembler's, so records
    /// from ClickHouse and from sled agree.
    pub classifiers: Classifiers,
    /// Recent report documents, reused while the store is unchanged.
    pub reports: Arc<cache::ReportCache>,
}

impl QueryState {
    /// State for handlers that run at most `max_concurrent` queries at once.
    pub fn new(buffer: Arc<Buffer>, analytics: AnalyticsConfig, max_concurrent: usize) -> Self {
        let slots = Arc::new(tokio::sync::Semaphore::new(max_concurrent.max(1)));
        Self {
            buffer,
            analytics,
            slots,
            clickhouse: None,
            classifiers: Classifiers::default(),
            reports: Arc::default(),
        }
    }

    /// The same state answering from every collector's facts in ClickHouse.
    pub fn with_clickhouse(mut self, client: Option<ClickHouseClient>) -> Self {
        self.clickhouse = client;
        self
    }

    /// The analytics trees.
    pub(crate) fn store(&self) -> Result<Store, ops::QueryError> {
        Ok(Store::open(self.buffer.db())?)
    }

    /// Runs a query on a blocking thread (a report scans every session summary) over the sled
    /// trees, or over the sessions in `scope` derived from ClickHouse when it is configured.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        scope: Scope<'_>,
        f: impl FnOnce(&dyn SessionSource, &AnalyticsConfig) -> Result<T, ops::QueryError>
        + Send
        + 'static,
    ) -> Result<T, ops::QueryError> {
        let state = self.clone();
        // The slot also covers fetching and deriving from ClickHouse: that holds memory too.
        let slot = self.slots.clone().acquire_owned().await;
        let derived = match &self.clickhouse {
            Some(client) => {
                let cache = match self.classifiers.any_memoised() {
                    true => Some(VerdictCache::open(self.buffer.db())?),
                    false => None,
                };
                Some(
                    read::derive_sessions(
                        client,
                        &self.analytics,
                        &self.classifiers,
                        cache.as_ref(),
                        scope,
                    )
                    .await
                    .map_err(|e| ops::QueryError::Unavailable(e.to_string()))?,
                )
            }
            None => None,
        };
        tokio::task::spawn_blocking(move || {
            let _slot = slot;
            match derived {
                Some(d) => f(&d, &state.analytics),
                None => f(&state.store()?, &state.analytics),
            }
        })
        .await
        .unwrap_or_else(|e| Err(ops::QueryError::BadRequest(format!("query failed: {e}"))))
    }
}
