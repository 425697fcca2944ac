//! The queries answered from ClickHouse: the report as SQL over the derived `sessions` table,
//! the session list and one session from their stored records. Each first closes the sessions
//! the newest fact of any collector has idled out, so none is shown open that sled would show
//! closed. Runs on a blocking thread (as the sled path does), driving the async client there.

use super::ops::{QueryError, Sessions};
use crate::assembler::session::SessionRecord;
use crate::clickhouse::sessions::{self, Deriver};
use crate::clickhouse::{ClickHouseError, report};
use crate::report::{Report, ReportQuery};

/// The sessions of every collector in ClickHouse.
pub struct ClickHouseSessions {
    /// Derives (idle sweep) and reads.
    pub deriver: Deriver,
    /// The runtime the client runs on.
    pub runtime: tokio::runtime::Handle,
}

fn unavailable(e: ClickHouseError) -> QueryError {
    QueryError::Unavailable(e.to_string())
}

impl ClickHouseSessions {
    fn run<T>(
        &self,
        f: impl std::future::Future<Output = Result<T, ClickHouseError>>,
    ) -> Result<T, QueryError> {
        self.runtime
            .block_on(async {
                self.deriver.close_idle().await?;
                f.await
            })
            .map_err(unavailable)
    }
}

impl Sessions for ClickHouseSessions {
    fn report(&self, q: &ReportQuery) -> Result<Report, QueryError> {
        self.run(report::build(&self.deriver.client, q))
    }

    fn list(
        &self,
        q: &ReportQuery,
        limit: usize,
    ) -> Result<(usize, Vec<SessionRecord>), QueryError> {
        self.run(sessions::list(&self.deriver.client, q, limit))
    }

    fn record(&self, id: &str) -> Result<Option<SessionRecord>, QueryError> {
        self.run(sessions::record(&self.deriver.client, id))
    }
}
