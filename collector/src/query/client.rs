//! The CLI's client for a running collector's query API: HTTP JSON (`http://host:4318`, the
//! default) or gRPC (`grpc://host:4317`). Both return the same JSON documents.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use anyhow::{Context, anyhow, bail};

/// Which query.
pub enum Call<'a> {
    /// The report.
    Report {
        by: &'a str,
        since: &'a str,
        until: &'a str,
        min_group_users: Option<usize>,
    },
    /// The session list.
    Sessions {
        since: &'a str,
        until: &'a str,
        limit: usize,
    },
    /// One session.
    Session { id: &'a str },
}

/// Runs a query against `endpoint` and returns its JSON document.
pub fn fetch(endpoint: &str, call: Call<'_>) -> anyhow::Result<String> {
    if let Some(rest) = endpoint.strip_prefix("grpc://") {
        return fetch_grpc(&format!("http://{rest}"), call);
    }
    let mut path = String::new();
    let mut q: Vec<(&str, String)> = Vec::new();
    match call {
        Call::Report {
            by,
            since,
            until,
            min_group_users,
        } => {
            path.push_str("/v1/report");
            q.push(("by", by.to_string()));
            q.push(("since", since.to_string()));
            q.push(("until", until.to_string()));
            if let Some(k) = min_group_users {
                q.push(("min_group_users", k.to_string()));
            }
        }
        Call::Sessions {
            since,
            until,
            limit,
        } => {
            path.push_str("/v1/sessions");
            q.push(("since", since.to_string()));
            q.push(("until", until.to_string()));
            q.push(("limit", limit.to_string()));
        }
        Call::Session { id } => path.push_str(&format!("/v1/sessions/{}", encode(id))),
    }
    let query: Vec<String> = q
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(&v)))
        .collect();
    if !query.is_empty() {
        path.push('?');
        path.push_str(&query.join("&"));
    }
    let (code, body) = http_get(endpoint, &path)?;
    if code != 200 {
        let msg = serde_json::from_str::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| v["error"].as_str().map(String::from))
            .unwrap_or(body);
        bail!("{endpoint} answered {code}: {msg}");
    }
    Ok(body)
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A blocking HTTP/1.1 GET (the CLI needs nothing more).
fn http_get(endpoint: &str, path: &str) -> anyhow::Result<(u16, String)> {
    let rest = endpoint
        .strip_prefix("http://")
        .ok_or_else(|| anyhow!("endpoint {endpoint:?} must start with http:// or grpc://"))?;
    let host = rest.trim_end_matches('/');
    let addr = host
        .to_socket_addrs()
        .with_context(|| format!("cannot resolve {host}"))?
        .next()
        .ok_or_else(|| anyhow!("cannot resolve {host}"))?;
    let mut stream =
        TcpStream::connect_timeout(&addr, Duration::from_secs(5)).with_context(|| {
            format!("cannot reach the collector at {endpoint}; is `coxswain serve` running?")
        })?;
    stream.set_read_timeout(Some(Duration::from_secs(120)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nAccept: application/json\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| anyhow!("bad HTTP reply"))?;
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| anyhow!("bad HTTP status line"))?;
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    Ok((code, body))
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

fn fetch_grpc(url: &str, call: Call<'_>) -> anyhow::Result<String> {
    use coxswain_proto::query::query_service_client::QueryServiceClient;
    use coxswain_proto::query::{GetSessionRequest, ListSessionsRequest, ReportRequest};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let mut client = QueryServiceClient::connect(url.to_string())
            .await
            .with_context(|| format!("cannot reach the collector at {url}"))?
            .max_decoding_message_size(256 << 20);
        let reply = match call {
            Call::Report {
                by,
                since,
                until,
                min_group_users,
            } => {
                if min_group_users.is_some() {
                    tracing::warn!(
                        "--min-group-users is not sent over gRPC; the server's k applies"
                    );
                }
                let r = ReportRequest {
                    group_by: by.into(),
                    since: since.into(),
                    until: until.into(),
                };
                client.get_report(r).await
            }
            Call::Sessions {
                since,
                until,
                limit,
            } => {
                let r = ListSessionsRequest {
                    since: since.into(),
                    until: until.into(),
                    limit: limit as u32,
                };
                client.list_sessions(r).await
            }
            Call::Session { id } => {
                client
                    .get_session(GetSessionRequest {
                        session_id: id.into(),
                    })
                    .await
            }
        };
        match reply {
            Ok(r) => Ok(r.into_inner().json),
            Err(s) => bail!("{url} answered {:?}: {}", s.code(), s.message()),
        }
    })
}
