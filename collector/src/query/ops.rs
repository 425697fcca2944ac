//! The three queries (report, session list, one session) over the analytics store, shared by the
//! HTTP and gRPC transports and by the CLI's `--data-dir` mode. Each returns the JSON document.
//! Who may run which one is decided before (`crate::auth`); here a team-scoped caller's `team`
//! narrows every query to that team's sessions, and the report's k can only be raised.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::json;

use crate::assembler::session::SessionRecord;
use crate::assembler::store::{SessionSource, StoreError};
use crate::assembler::{AnalyticsConfig, PriceTable};
use crate::query::cache::ReportCache;
use crate::report::{self, GroupBy, Report, ReportQuery, time};

/// Default and maximum session-list lengths.
pub const DEFAULT_LIMIT: usize = 100;
/// The longest list one call returns.
pub const MAX_LIMIT: usize = 100_000;

/// Why a query failed.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// A parameter was wrong (HTTP 400, gRPC INVALID_ARGUMENT).
    #[error("{0}")]
    BadRequest(String),
    /// No such session (HTTP 404, gRPC NOT_FOUND).
    #[error("no session with id {0:?}")]
    NotFound(String),
    /// Storage failed (HTTP 500, gRPC INTERNAL).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The store the answer comes from is away (HTTP 503, gRPC UNAVAILABLE): no stale figures.
    #[error("{0}")]
    Unavailable(String),
}

/// What the three queries read: the sled analytics trees (any [`SessionSource`]), or the
/// derived records in ClickHouse with the report as SQL there (`query::clickhouse`).
pub trait Sessions {
    /// The report.
    fn report(&self, q: &ReportQuery) -> Result<Report, QueryError>;
    /// The sessions `q`'s window and team cover: how many, and the `limit` newest records
    /// (by start, then id, descending).
    fn list(
        &self,
        q: &ReportQuery,
        limit: usize,
    ) -> Result<(usize, Vec<SessionRecord>), QueryError>;
    /// One session's record.
    fn record(&self, id: &str) -> Result<Option<SessionRecord>, QueryError>;
    /// Changes whenever a session is written or removed, so a report may be reused while it
    /// stays the same (`None`: unknown, every report is computed).
    fn generation(&self) -> Result<Option<u64>, QueryError> {
        Ok(None)
    }
}

impl<T: SessionSource> Sessions for T {
    fn report(&self, q: &ReportQuery) -> Result<Report, QueryError> {
        Ok(report::build(self, q)?)
    }

    fn list(
        &self,
        q: &ReportQuery,
        limit: usize,
    ) -> Result<(usize, Vec<SessionRecord>), QueryError> {
        let mut all: Vec<(u64, Vec<u8>)> = Vec::new();
        self.each_summary(&mut |id, s| {
            if q.covers(s) {
                all.push((s.started, id.to_vec()));
            }
        })?;
        let total = all.len();
        // Only the newest `limit` need ordering (the dashboard asks for one of 400,000).
        if limit < all.len() {
            all.select_nth_unstable_by(limit, |a, b| b.cmp(a));
            all.truncate(limit);
        }
        all.sort_unstable_by(|a, b| b.cmp(a));
        let mut sessions = Vec::new();
        for (_, id) in all.into_iter().take(limit) {
            let id = String::from_utf8_lossy(&id).to_string();
            if let Some(r) = SessionSource::record(self, &id)? {
                sessions.push(r);
            }
        }
        Ok((total, sessions))
    }

    fn record(&self, id: &str) -> Result<Option<SessionRecord>, QueryError> {
        Ok(SessionSource::record(self, id)?)
    }

    fn generation(&self) -> Result<Option<u64>, QueryError> {
        Ok(SessionSource::generation(self)?)
    }
}

fn bound(name: &str, v: Option<&str>) -> Result<Option<u64>, QueryError> {
    match v.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => time::parse_time(s)
            .map(Some)
            .map_err(|e| QueryError::BadRequest(format!("{name}: {e}"))),
    }
}

/// Report parameters as the transports receive them (strings), validated.
pub fn report_query(
    by: Option<&str>,
    since: Option<&str>,
    until: Option<&str>,
    min_group_users: Option<&str>,
    configured_k: usize,
) -> Result<ReportQuery, QueryError> {
    let group_by = by
        .unwrap_or("")
        .parse::<GroupBy>()
        .map_err(|e| QueryError::BadRequest(format!("by: {e}")))?;
    // A caller may raise k but never lower it below what the operator configured.
    let k = match min_group_users.map(str::trim).filter(|s| !s.is_empty()) {
        None => configured_k,
        Some(s) => s
            .parse::<usize>()
            .map_err(|_| QueryError::BadRequest(format!("min_group_users: {s:?} is not a number")))?
            .max(configured_k),
    };
    Ok(ReportQuery {
        group_by,
        since: bound("since", since)?,
        until: bound("until", until)?,
        min_group_users: k,
        prices: PriceTable::default(),
        team: None,
    })
}

/// `/v1/report` from HTTP query parameters (`by`, `since`, `until`, `min_group_users`), with the
/// configured k and prices, over `team`'s sessions only when the caller is team-scoped.
pub fn report_from_params(
    store: &dyn Sessions,
    params: &HashMap<String, String>,
    cfg: &AnalyticsConfig,
    team: Option<&str>,
    cache: &ReportCache,
) -> Result<Arc<str>, QueryError> {
    check_known(params, &["by", "since", "until", "min_group_users"])?;
    let get = |k: &str| params.get(k).map(String::as_str);
    let mut q = report_query(
        get("by"),
        get("since"),
        get("until"),
        get("min_group_users"),
        cfg.min_group_users,
    )?;
    q.prices = cfg.prices.clone();
    q.team = team.map(str::to_string);
    report_json_cached(store, &q, cache)
}

/// The report document, from `cache` when the store has not changed since it was computed
/// for the same query (team scope and k included); sources without a generation (ClickHouse)
/// are computed every time.
pub fn report_json_cached(
    store: &dyn Sessions,
    q: &ReportQuery,
    cache: &ReportCache,
) -> Result<Arc<str>, QueryError> {
    match store.generation()? {
        Some(generation) => cache.get_or_build(q, generation, || report_json(store, q)),
        None => report_json(store, q).map(Arc::from),
    }
}

/// The report document.
pub fn report_json(store: &dyn Sessions, q: &ReportQuery) -> Result<String, QueryError> {
    let r = store.report(q)?;
    Ok(serde_json::to_string_pretty(&r).unwrap_or_default())
}

fn check_known(params: &HashMap<String, String>, known: &[&str]) -> Result<(), QueryError> {
    let mut unknown: Vec<&String> =
        params.keys().filter(|k| !known.contains(&k.as_str())).collect();
    unknown.sort();
    match unknown.first() {
        None => Ok(()),
        Some(k) => Err(QueryError::BadRequest(format!(
            "unknown parameter {k:?}; expected one of {}",
            known.join(", ")
        ))),
    }
}

/// `/v1/sessions` from HTTP query parameters (`since`, `until`, `limit`).
pub fn sessions_from_params(
    store: &dyn Sessions,
    params: &HashMap<String, String>,
    team: Option<&str>,
) -> Result<String, QueryError> {
    check_known(params, &["since", "until", "limit"])?;
    let limit = match params.get("limit").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => 0,
        Some(s) => s
            .parse::<usize>()
            .map_err(|_| QueryError::BadRequest(format!("limit: {s:?} is not a number")))?,
    };
    let get = |k: &str| params.get(k).map(String::as_str);
    sessions_json(store, get("since"), get("until"), limit, team)
}

/// Sessions, newest first (`limit` 0 = the default); only `team`'s when it is given.
pub fn sessions_json(
    store: &dyn Sessions,
    since: Option<&str>,
    until: Option<&str>,
    limit: usize,
    team: Option<&str>,
) -> Result<String, QueryError> {
    let q = ReportQuery {
        group_by: GroupBy::All,
        since: bound("since", since)?,
        until: bound("until", until)?,
        min_group_users: 0,
        prices: PriceTable::default(),
        team: team.map(str::to_string),
    };
    let limit = if limit == 0 { DEFAULT_LIMIT } else { limit.min(MAX_LIMIT) };
    let (total, sessions) = store.list(&q, limit)?;
    let doc = json!({ "total": total, "limit": limit, "sessions": sessions });
    Ok(serde_json::to_string_pretty(&doc).unwrap_or_default())
}

/// One session's document. Another team's session is "not found" to a team-scoped caller, so
/// the answer does not even tell that it exists.
pub fn session_json(
    store: &dyn Sessions,
    id: &str,
    team: Option<&str>,
) -> Result<String, QueryError> {
    match store.record(id)? {
        Some(r) if team.is_none_or(|t| r.team == t) => {
            Ok(serde_json::to_string_pretty(&r).unwrap_or_default())
        }
        _ => Err(QueryError::NotFound(id.to_string())),
    }
}
