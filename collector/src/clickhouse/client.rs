//! The HTTP interface of ClickHouse through hyper-util's pooled client (the forwarder's client
//! stack, plain or TLS): statements, `INSERT … FORMAT JSONEachRow` bodies, and streamed
//! `JSONEachRow` results read line by line.

use std::time::Duration;

use bytes::{Bytes, BytesMut};
use http_body_util::{BodyExt, Full};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

use super::ClickHouseConfig;

/// Settings on every request: 64-bit integers as JSON numbers (18.16 quotes them by default,
/// current releases do not; asking makes both alike); and no automatic PREWHERE, which older
/// releases apply before `FINAL` collapses a session's versions, so a filter could see a
/// superseded version of a session (our WHERE clauses must see the newest only). On a cluster,
/// an INSERT into a Distributed table returns once the rows are on their shard, so what a
/// collector derives after its insert has seen its facts.
const SETTINGS: &str = "output_format_json_quote_64bit_integers=0&optimize_move_to_prewhere=0\
                        &insert_distributed_sync=1";

/// Why a ClickHouse call failed.
#[derive(Debug, thiserror::Error)]
pub enum ClickHouseError {
    /// Not reachable, timed out, or answered 5xx without an exception: retry later.
    #[error("ClickHouse at {url} is unavailable: {reason}")]
    Unavailable {
        /// The configured url.
        url: String,
        /// What happened.
        reason: String,
    },
    /// ClickHouse refused the statement (its exception text).
    #[error("ClickHouse refused the statement: {0}")]
    Refused(String),
    /// The configuration cannot work (bad url, unreadable password or CA file).
    #[error("ClickHouse configuration: {0}")]
    Config(String),
    /// A result row did not parse.
    #[error("unexpected ClickHouse result: {0}")]
    BadResult(String),
    /// The local verdict cache of a memoised classifier failed while deriving.
    #[error("verdict cache: {0}")]
    Verdicts(#[from] crate::assembler::store::StoreError),
}

/// A client for one ClickHouse server (or load balancer in front of a cluster).
#[derive(Clone)]
pub struct ClickHouseClient {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    endpoint: String,
    user: Option<http::HeaderValue>,
    password: Option<http::HeaderValue>,
    timeout: Duration,
    /// The database holding Coxswain's tables.
    pub database: String,
}

impl ClickHouseClient {
    /// Builds the client (connects lazily: a server that is away is not an error here).
    pub fn new(cfg: &ClickHouseConfig) -> Result<ClickHouseClient, ClickHouseError> {
        cfg.validate().map_err(ClickHouseError::Config)?;
        let password = match (&cfg.password, &cfg.password_file) {
            (Some(p), _) => Some(p.clone()),
            (None, Some(path)) => Some(
                std::fs::read_to_string(path)
                    .map_err(|e| {
                        ClickHouseError::Config(format!(
                            "cannot read password_file {}: {e}",
                            path.display()
                        ))
                    })?
                    .trim_end_matches(['\r', '\n'])
                    .to_string(),
            ),
            (None, None) => None,
        };
        let header = |what: &str, v: &str| {
            http::HeaderValue::try_from(v)
                .map_err(|_| ClickHouseError::Config(format!("{what} has characters HTTP refuses")))
        };
        let https = cfg.url.starts_with("https://");
        let connector = crate::tls::https_connector(cfg.ca_file.as_deref(), https)
            .map_err(ClickHouseError::Config)?;
        Ok(ClickHouseClient {
            client: Client::builder(TokioExecutor::new()).build(connector),
            endpoint: cfg.url.trim_end_matches('/').to_string(),
            user: (!cfg.user.is_empty()).then(|| header("user", &cfg.user)).transpose()?,
            password: password.map(|p| header("password", &p)).transpose()?,
            timeout: Duration::from_secs(cfg.timeout_secs.max(1)),
            database: cfg.database.clone(),
        })
    }

    /// The configured url (for messages).
    pub fn url(&self) -> &str {
        &self.endpoint
    }

    fn unavailable(&self, reason: impl std::fmt::Display) -> ClickHouseError {
        ClickHouseError::Unavailable { url: self.endpoint.clone(), reason: reason.to_string() }
    }

    async fn send(
        &self,
        body: Bytes,
    ) -> Result<http::Response<hyper::body::Incoming>, ClickHouseError> {
        self.send_with(None, body).await
    }

    /// Posts `body`; with `query`, the statement goes in the url and the body is its data only
    /// (a binary format's first bytes could otherwise be read as whitespace after the statement).
    async fn send_with(
        &self,
        query: Option<&str>,
        body: Bytes,
    ) -> Result<http::Response<hyper::body::Incoming>, ClickHouseError> {
        let mut url = format!("{}/?{SETTINGS}", self.endpoint);
        if let Some(q) = query {
            url.push('&');
            url.push_str(
                &form_urlencoded::Serializer::new(String::new()).append_pair("query", q).finish(),
            );
        }
        let mut req = http::Request::post(url);
        if let Some(u) = &self.user {
            req = req.header("X-ClickHouse-User", u.clone());
        }
        if let Some(p) = &self.password {
            req = req.header("X-ClickHouse-Key", p.clone());
        }
        let req = req.body(Full::new(body)).map_err(|e| ClickHouseError::Config(e.to_string()))?;
        let resp = tokio::time::timeout(self.timeout, self.client.request(req))
            .await
            .map_err(|_| self.unavailable(format!("no answer within {:?}", self.timeout)))?
            .map_err(|e| self.unavailable(error_chain(&e)))?;
        if resp.status().is_success() {
            return Ok(resp);
        }
        let status = resp.status();
        let text = tokio::time::timeout(self.timeout, resp.into_body().collect())
            .await
            .ok()
            .and_then(Result::ok)
            .map(|b| String::from_utf8_lossy(&b.to_bytes()).trim().to_string())
            .unwrap_or_default();
        // ClickHouse reports statement errors as "Code: N, e.displayText() = …"; anything else
        // (a proxy's 502, an overloaded server's 503) is the server being away.
        if text.starts_with("Code:") {
            if text.contains("Code: 202,") || text.contains("Code: 241,") {
                // Too many simultaneous queries / memory limit: transient.
                return Err(self.unavailable(text));
            }
            Err(ClickHouseError::Refused(text))
        } else {
            Err(self.unavailable(format!("HTTP {status}: {text}")))
        }
    }

    /// Runs one statement and returns its whole answer as text.
    pub async fn execute(&self, sql: &str) -> Result<String, ClickHouseError> {
        let resp = self.send(Bytes::copy_from_slice(sql.as_bytes())).await?;
        let body = tokio::time::timeout(self.timeout, resp.into_body().collect())
            .await
            .map_err(|_| self.unavailable("answer cut short by the timeout"))?
            .map_err(|e| self.unavailable(e))?;
        Ok(String::from_utf8_lossy(&body.to_bytes()).to_string())
    }

    /// `INSERT INTO table FORMAT JSONEachRow` with `rows` (one JSON object per line).
    pub async fn insert_json_rows(&self, table: &str, rows: &[u8]) -> Result<(), ClickHouseError> {
        let mut body = BytesMut::with_capacity(rows.len() + 96);
        body.extend_from_slice(
            format!("INSERT INTO {}.{table} FORMAT JSONEachRow\n", self.database).as_bytes(),
        );
        body.extend_from_slice(rows);
        let resp = self.send(body.freeze()).await?;
        let _ = resp.into_body().collect().await;
        Ok(())
    }

    /// `INSERT INTO table (columns) FORMAT RowBinary` with `rows` (RowBinary-encoded, the
    /// columns in the order given).
    pub async fn insert_row_binary(
        &self,
        table: &str,
        columns: &str,
        rows: Bytes,
    ) -> Result<(), ClickHouseError> {
        let q = format!("INSERT INTO {}.{table} ({columns}) FORMAT RowBinary", self.database);
        let resp = self.send_with(Some(&q), rows).await?;
        let _ = resp.into_body().collect().await;
        Ok(())
    }

    /// Runs a `FORMAT JSONEachRow` query and calls `row` with each line as it streams in.
    pub async fn for_each_row(
        &self,
        sql: &str,
        mut row: impl FnMut(&[u8]) -> Result<(), ClickHouseError>,
    ) -> Result<(), ClickHouseError> {
        let resp = self.send(Bytes::copy_from_slice(sql.as_bytes())).await?;
        let mut body = resp.into_body();
        let mut pending: Vec<u8> = Vec::new();
        loop {
            let frame = tokio::time::timeout(self.timeout, body.frame())
                .await
                .map_err(|_| self.unavailable("result stream stalled"))?;
            let Some(frame) = frame else { break };
            let frame = frame.map_err(|e| self.unavailable(e))?;
            let Ok(data) = frame.into_data() else { continue };
            pending.extend_from_slice(&data);
            let mut start = 0;
            while let Some(n) = memchr::memchr(b'\n', &pending[start..]) {
                let line = &pending[start..start + n];
                if !line.is_empty() {
                    row(line)?;
                }
                start += n + 1;
            }
            pending.drain(..start);
        }
        if !pending.is_empty() {
            // An exception after rows had started streaming lands at the end of the body.
            if pending.starts_with(b"Code:") {
                return Err(ClickHouseError::Refused(String::from_utf8_lossy(&pending).into()));
            }
            row(&pending)?;
        }
        Ok(())
    }

    /// The server's version as (major, minor).
    pub async fn version(&self) -> Result<(u32, u32), ClickHouseError> {
        let v = self.execute("SELECT version()").await?;
        let mut parts = v.trim().split('.').map(|p| p.parse::<u32>().unwrap_or(0));
        Ok((parts.next().unwrap_or(0), parts.next().unwrap_or(0)))
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}
