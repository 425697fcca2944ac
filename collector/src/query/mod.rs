//! The query API over gRPC (`coxswain.query.v1.QueryService`) and HTTP JSON (`/v1/report`,
//! `/v1/sessions`, `/v1/sessions/{id}`); both carry the same JSON documents (MEASURES.md).

pub mod client;
pub mod grpc;
pub mod http;
pub mod ops;

use std::sync::Arc;

use crate::assembler::AnalyticsConfig;
use crate::assembler::store::{SessionSource, Store};
use crate::buffer::Buffer;
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
    /// With `[clickhouse]`: queries answer from every collector's facts there.
    pub clickhouse: Option<ClickHouseClient>,
}

impl QueryState {
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
        let derived = match &self.clickhouse {
            Some(client) => Some(
                read::derive_sessions(client, &self.analytics, scope)
                    .await
                    .map_err(|e| ops::QueryError::Unavailable(e.to_string()))?,
            ),
            None => None,
        };
        tokio::task::spawn_blocking(move || match derived {
            Some(d) => f(&d, &state.analytics),
            None => f(&state.store()?, &state.analytics),
        })
        .await
        .unwrap_or_else(|e| Err(ops::QueryError::BadRequest(format!("query failed: {e}"))))
    }
}
