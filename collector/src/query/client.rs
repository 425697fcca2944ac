//! The CLI's client for a running collector's query API: HTTP JSON (`http://host:4318`, the
//! default, or `https://` for a TLS collector) or gRPC (`grpc://host:4317`, or `grpcs://` over
//! TLS). All return the same JSON documents.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};

/// TLS files for `https://` and `grpcs://` endpoints (unused for plain ones).
#[derive(Clone, Debug, Default)]
pub struct ClientTls {
    /// PEM CA certificate(s) to trust; none: the system's roots.
    pub ca_file: Option<PathBuf>,
    /// PEM client certificate for mutual TLS.
    pub client_cert: Option<PathBuf>,
    /// PEM private key of `client_cert`.
    pub client_key: Option<PathBuf>,
}

impl ClientTls {
    /// The client identity (certificate and key PEM), when both are named.
    fn identity(&self) -> anyhow::Result<Option<(Vec<u8>, Vec<u8>)>> {
        match (&self.client_cert, &self.client_key) {
            (Some(cert), Some(key)) => Ok(Some((
                std::fs::read(cert)
                    .with_context(|| format!("cannot read --client-cert {}", cert.display()))?,
                std::fs::read(key)
                    .with_context(|| format!("cannot read --client-key {}", key.display()))?,
            ))),
            (None, None) => Ok(None),
            _ => bail!("--client-cert and --client-key go together"),
        }
    }

    /// A rustls config for HTTPS (HTTP/1.1 only).
    fn rustls_config(&self) -> anyhow::Result<rustls::ClientConfig> {
        let builder = rustls::ClientConfig::builder_with_provider(crate::tls::provider())
            .with_safe_default_protocol_versions()?;
        let builder = match &self.ca_file {
            Some(path) => {
                let pem = crate::tls::read_ca("--ca-file", path)?;
                let mut roots = rustls::RootCertStore::empty();
                for cert in CertificateDer::pem_slice_iter(&pem) {
                    roots.add(cert?)?;
                }
                builder.with_root_certificates(roots)
            }
            None => {
                use hyper_rustls::ConfigBuilderExt;
                builder.with_native_roots().context("no usable system CA certificates")?
            }
        };
        let mut config = match self.identity()? {
            Some((cert, key)) => {
                let certs = CertificateDer::pem_slice_iter(&cert)
                    .collect::<Result<Vec<_>, _>>()
                    .context("--client-cert is not a PEM certificate")?;
                let key = PrivateKeyDer::from_pem_slice(&key)
                    .context("--client-key holds no usable PEM private key")?;
                builder.with_client_auth_cert(certs, key)?
            }
            None => builder.with_no_client_auth(),
        };
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(config)
    }

    /// tonic's TLS settings for gRPC over TLS.
    fn tonic_config(&self) -> anyhow::Result<tonic::transport::ClientTlsConfig> {
        use tonic::transport::{Certificate, ClientTlsConfig, Identity};
        let mut tls = match &self.ca_file {
            Some(path) => ClientTlsConfig::new()
                .ca_certificate(Certificate::from_pem(crate::tls::read_ca("--ca-file", path)?)),
            None => ClientTlsConfig::new().with_native_roots(),
        };
        if let Some((cert, key)) = self.identity()? {
            tls = tls.identity(Identity::from_pem(cert, key));
        }
        Ok(tls)
    }
}

/// Which query.
pub enum Call<'a> {
    /// The report.
    Report { by: &'a str, since: &'a str, until: &'a str, min_group_users: Option<usize> },
    /// The session list.
    Sessions { since: &'a str, until: &'a str, limit: usize },
    /// One session.
    Session { id: &'a str },
}

/// Runs a query against `endpoint` and returns its JSON document; `tls` serves `https://` and
/// `grpcs://` endpoints; `token` is sent as `authorization: Bearer <token>`.
pub fn fetch(
    endpoint: &str,
    tls: &ClientTls,
    token: Option<&str>,
    call: Call<'_>,
) -> anyhow::Result<String> {
    let token = token.map(str::trim).filter(|t| !t.is_empty());
    if let Some(rest) = endpoint.strip_prefix("grpc://") {
        return fetch_grpc(&format!("http://{rest}"), None, token, call);
    }
    if let Some(rest) = endpoint.strip_prefix("grpcs://") {
        return fetch_grpc(&format!("https://{rest}"), Some(tls), token, call);
    }
    let mut path = String::new();
    let mut q: Vec<(&str, String)> = Vec::new();
    match call {
        Call::Report { by, since, until, min_group_users } => {
            path.push_str("/v1/report");
            q.push(("by", by.to_string()));
            q.push(("since", since.to_string()));
            q.push(("until", until.to_string()));
            if let Some(k) = min_group_users {
                q.push(("min_group_users", k.to_string()));
            }
        }
        Call::Sessions { since, until, limit } => {
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
    let (code, body) = http_get(endpoint, tls, token, &path)?;
    if code != 200 {
        let msg = serde_json::from_str::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| v["error"].as_str().map(String::from))
            .unwrap_or(body);
        bail!("{endpoint} answered {code}: {msg}{}", auth_hint(code == 401, code == 403, token));
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

/// What to do about a refusal for credentials.
fn auth_hint(unauthenticated: bool, forbidden: bool, token: Option<&str>) -> &'static str {
    match (unauthenticated, forbidden, token) {
        (true, _, None) => " (pass --token or set COXSWAIN_TOKEN)",
        (true, _, Some(_)) => " (the collector does not know this token)",
        (_, true, _) => " (this token's role does not allow it; per-session data needs admin)",
        _ => "",
    }
}

/// A blocking HTTP/1.1 GET, over TLS for `https://` (the CLI needs nothing more).
fn http_get(
    endpoint: &str,
    tls: &ClientTls,
    token: Option<&str>,
    path: &str,
) -> anyhow::Result<(u16, String)> {
    let (rest, https) = match endpoint.strip_prefix("https://") {
        Some(rest) => (rest, true),
        None => (
            endpoint.strip_prefix("http://").ok_or_else(|| {
                anyhow!(
                    "endpoint {endpoint:?} must start with http://, https://, grpc:// or grpcs://"
                )
            })?,
            false,
        ),
    };
    let host = rest.trim_end_matches('/');
    let addr = host
        .to_socket_addrs()
        .with_context(|| format!("cannot resolve {host}"))?
        .next()
        .ok_or_else(|| anyhow!("cannot resolve {host}"))?;
    let stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).with_context(|| {
        format!("cannot reach the collector at {endpoint}; is `coxswain serve` running?")
    })?;
    stream.set_read_timeout(Some(Duration::from_secs(120)))?;
    let authorization = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nAccept: application/json\r\n{authorization}\r\n"
    );
    let raw = if https {
        // The name checked against the certificate: the host without its port or brackets.
        let name = match host.rsplit_once(':') {
            Some((name, port)) if port.parse::<u16>().is_ok() => name,
            _ => host,
        };
        let name = name.trim_start_matches('[').trim_end_matches(']');
        let server = ServerName::try_from(name.to_owned())
            .with_context(|| format!("{name:?} is not a valid TLS server name"))?;
        let conn = rustls::ClientConnection::new(Arc::new(tls.rustls_config()?), server)?;
        exchange(rustls::StreamOwned::new(conn, stream), &request)
            .with_context(|| format!("TLS exchange with {endpoint} failed"))?
    } else {
        exchange(stream, &request)?
    };
    let text = String::from_utf8_lossy(&raw);
    let (head, body) = text.split_once("\r\n\r\n").ok_or_else(|| anyhow!("bad HTTP reply"))?;
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| anyhow!("bad HTTP status line"))?;
    let body = if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        dechunk(body)
    } else {
        body.to_string()
    };
    Ok((code, body))
}

/// Writes `request` and reads the whole reply (the server closes after it). A TLS peer that
/// closes without `close_notify` after a full reply is not an error here.
fn exchange(mut stream: impl Read + Write, request: &str) -> std::io::Result<Vec<u8>> {
    stream.write_all(request.as_bytes())?;
    stream.flush()?;
    let mut raw = Vec::new();
    match stream.read_to_end(&mut raw) {
        Ok(_) => Ok(raw),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof && !raw.is_empty() => Ok(raw),
        Err(e) => Err(e),
    }
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

fn fetch_grpc(
    url: &str,
    tls: Option<&ClientTls>,
    token: Option<&str>,
    call: Call<'_>,
) -> anyhow::Result<String> {
    use coxswain_proto::query::query_service_client::QueryServiceClient;
    use coxswain_proto::query::{GetSessionRequest, ListSessionsRequest, ReportRequest};
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        let mut endpoint = tonic::transport::Channel::from_shared(url.to_string())
            .with_context(|| format!("bad endpoint {url:?}"))?;
        if let Some(tls) = tls {
            endpoint = endpoint.tls_config(tls.tonic_config()?).context("TLS settings")?;
        }
        let channel = endpoint
            .connect()
            .await
            .with_context(|| format!("cannot reach the collector at {url}"))?;
        let authorization = match token {
            Some(t) => Some(
                format!("Bearer {t}")
                    .parse::<tonic::metadata::MetadataValue<_>>()
                    .context("the token holds characters a header cannot carry")?,
            ),
            None => None,
        };
        let mut client =
            QueryServiceClient::with_interceptor(channel, move |mut req: tonic::Request<()>| {
                if let Some(v) = &authorization {
                    req.metadata_mut().insert("authorization", v.clone());
                }
                Ok(req)
            })
            .max_decoding_message_size(256 << 20);
        let reply = match call {
            Call::Report { by, since, until, min_group_users } => {
                let r = ReportRequest {
                    group_by: by.into(),
                    since: since.into(),
                    until: until.into(),
                    min_group_users: min_group_users.unwrap_or(0).min(u32::MAX as usize) as u32,
                };
                client.get_report(r).await
            }
            Call::Sessions { since, until, limit } => {
                let r = ListSessionsRequest {
                    since: since.into(),
                    until: until.into(),
                    limit: limit as u32,
                };
                client.list_sessions(r).await
            }
            Call::Session { id } => {
                client.get_session(GetSessionRequest { session_id: id.into() }).await
            }
        };
        match reply {
            Ok(r) => Ok(r.into_inner().json),
            Err(s) => {
                let hint = auth_hint(
                    s.code() == tonic::Code::Unauthenticated,
                    s.code() == tonic::Code::PermissionDenied,
                    token,
                );
                bail!("{url} answered {:?}: {}{hint}", s.code(), s.message())
            }
        }
    })
}
