//! Sends one buffered request to a downstream OTLP endpoint over gRPC or HTTP/protobuf.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use tonic::transport::{Certificate, Channel, ClientTlsConfig};

use crate::buffer::{Entry, Signal};
use crate::config::{ForwardConfig, ForwardProtocol};

/// Why a send failed.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The downstream is away or overloaded: retry later, after `retry_after` when it said so
    /// (HTTP `Retry-After`, gRPC `RetryInfo`).
    #[error("{message}")]
    Retryable {
        /// What happened, with the downstream's answer.
        message: String,
        /// The wait the downstream asked for.
        retry_after: Option<Duration>,
    },
    /// The downstream refused this request for good: retrying cannot help (dead-lettered).
    #[error("{0}")]
    Permanent(String),
}

impl SendError {
    fn retry(message: impl Into<String>) -> Self {
        SendError::Retryable { message: message.into(), retry_after: None }
    }
}

/// Longest wait a downstream may ask for; a larger `Retry-After` is cut to it.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(3600);

/// How much of a refusal's body is kept for the log.
const MAX_LOGGED_BODY: usize = 1024;

/// A connection to one downstream.
pub enum Downstream {
    /// OTLP/gRPC; the stored bytes are sent as they are (no decode and re-encode).
    Grpc {
        /// The channel (HTTP/2, lazily connected).
        channel: Channel,
        /// Metadata for every call.
        headers: Vec<(tonic::metadata::AsciiMetadataKey, tonic::metadata::AsciiMetadataValue)>,
    },
    /// OTLP/HTTP with protobuf bodies.
    Http {
        /// The HTTP client (plain or TLS, by the endpoint's scheme); boxed, it is large.
        client: Box<Client<HttpsConnector<HttpConnector>, Full<Bytes>>>,
        /// `http(s)://host:port` without a trailing slash.
        base: String,
        /// Headers for every call.
        headers: Vec<(http::HeaderName, http::HeaderValue)>,
        /// Per-request timeout.
        timeout: Duration,
    },
}

impl Downstream {
    /// Builds the client (connects lazily, so a downstream that is away is not an error here).
    pub fn new(cfg: &ForwardConfig) -> Result<Self, String> {
        let timeout = Duration::from_secs(cfg.timeout_secs.max(1));
        let https = cfg.endpoint.starts_with("https://");
        match cfg.protocol {
            ForwardProtocol::Grpc => {
                let mut endpoint = Channel::from_shared(cfg.endpoint.clone())
                    .map_err(|e| format!("bad endpoint {:?}: {e}", cfg.endpoint))?;
                if https {
                    let tls = match &cfg.ca_file {
                        Some(path) => ClientTlsConfig::new().ca_certificate(Certificate::from_pem(
                            crate::tls::read_ca("ca_file", path).map_err(|e| e.to_string())?,
                        )),
                        None => ClientTlsConfig::new().with_native_roots(),
                    };
                    endpoint = endpoint.tls_config(tls).map_err(|e| format!("TLS: {e}"))?;
                }
                let channel = endpoint.timeout(timeout).connect_timeout(timeout).connect_lazy();
                let mut headers = Vec::new();
                for (k, v) in &cfg.headers {
                    let key =
                        k.to_ascii_lowercase().parse().map_err(|_| format!("bad header {k:?}"))?;
                    let value = v.parse().map_err(|_| format!("bad value for header {k:?}"))?;
                    headers.push((key, value));
                }
                Ok(Downstream::Grpc { channel, headers })
            }
            ForwardProtocol::Http => {
                let mut headers = Vec::new();
                for (k, v) in &cfg.headers {
                    let key = http::HeaderName::try_from(k.as_str())
                        .map_err(|_| format!("bad header {k:?}"))?;
                    let value = http::HeaderValue::try_from(v.as_str())
                        .map_err(|_| format!("bad value for header {k:?}"))?;
                    headers.push((key, value));
                }
                let connector = crate::tls::https_connector(cfg.ca_file.as_deref(), https)?;
                Ok(Downstream::Http {
                    client: Box::new(Client::builder(TokioExecutor::new()).build(connector)),
                    base: cfg.endpoint.trim_end_matches('/').to_string(),
                    headers,
                    timeout,
                })
            }
        }
    }

    /// Sends one buffered request.
    pub async fn send(&mut self, entry: &Entry) -> Result<(), SendError> {
        match self {
            Downstream::Grpc { channel, headers } => {
                let path = match entry.signal {
                    Signal::Traces => super::raw::TRACES_PATH,
                    Signal::Logs => super::raw::LOGS_PATH,
                    Signal::Metrics => super::raw::METRICS_PATH,
                };
                let mut grpc = tonic::client::Grpc::new(channel.clone());
                grpc.ready().await.map_err(|e| SendError::retry(format!("not ready: {e}")))?;
                let mut req = tonic::Request::new(Bytes::copy_from_slice(&entry.body));
                for (k, v) in headers.iter() {
                    req.metadata_mut().insert(k.clone(), v.clone());
                }
                let path = http::uri::PathAndQuery::from_static(path);
                grpc.unary(req, path, super::raw::RawCodec)
                    .await
                    .map(|_| ())
                    .map_err(classify_status)
            }
            Downstream::Http { client, base, headers, timeout } => {
                let path = match entry.signal {
                    Signal::Traces => "/v1/traces",
                    Signal::Logs => "/v1/logs",
                    Signal::Metrics => "/v1/metrics",
                };
                let mut req = http::Request::post(format!("{base}{path}"))
                    .header(http::header::CONTENT_TYPE, "application/x-protobuf");
                for (k, v) in headers.iter() {
                    req = req.header(k, v);
                }
                let req = req
                    .body(Full::new(Bytes::copy_from_slice(&entry.body)))
                    .map_err(|e| SendError::Permanent(e.to_string()))?;
                let resp = tokio::time::timeout(*timeout, client.request(req))
                    .await
                    .map_err(|_| SendError::retry(format!("timed out after {timeout:?}")))?
                    .map_err(|e| SendError::retry(format!("{e:?}")))?;
                let code = resp.status();
                if code.is_success() {
                    return Ok(());
                }
                let retry_after = resp
                    .headers()
                    .get(http::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(parse_retry_after);
                let body = tokio::time::timeout(*timeout, refusal_text(resp.into_body()))
                    .await
                    .unwrap_or_default();
                let message = format!("downstream answered HTTP {code}: {body}");
                Err(classify_http(code.as_u16(), message, retry_after))
            }
        }
    }
}

/// OTLP/HTTP: 429, 502, 503 and 504 (and 408, a timeout) are worth retrying; every other
/// 4xx/5xx answer is final (the OTLP specification says so for all of them).
fn classify_http(code: u16, message: String, retry_after: Option<Duration>) -> SendError {
    match code {
        408 | 429 | 502 | 503 | 504 => SendError::Retryable { message, retry_after },
        _ => SendError::Permanent(message),
    }
}

/// `Retry-After`: delay seconds or an HTTP date.
fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    let d = match v.parse::<u64>() {
        Ok(secs) => Duration::from_secs(secs),
        Err(_) => httpdate::parse_http_date(v)
            .ok()?
            .duration_since(std::time::SystemTime::now())
            .unwrap_or_default(),
    };
    Some(d.min(MAX_RETRY_AFTER))
}

/// The start of a refusal's body as text, for the log.
async fn refusal_text<B>(body: B) -> String
where
    B: tonic::codegen::Body<Data = Bytes>,
{
    use http_body_util::BodyExt;
    let mut body = std::pin::pin!(body);
    let mut out = Vec::new();
    while out.len() < MAX_LOGGED_BODY {
        match body.frame().await {
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data() {
                    out.extend_from_slice(&data[..data.len().min(MAX_LOGGED_BODY - out.len())]);
                }
            }
            _ => break,
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// OTLP/gRPC: codes the specification calls retryable are retried (RESOURCE_EXHAUSTED only
/// when it is not about the request's size); the rest are final. UNKNOWN and INTERNAL are
/// retried too, as tonic reports broken connections with them.
fn classify_status(s: tonic::Status) -> SendError {
    use tonic::Code::*;
    let message = format!("downstream answered {:?}: {}", s.code(), s.message());
    let too_large = s.message().contains("too large") || s.message().contains("limit");
    match s.code() {
        InvalidArgument | NotFound | AlreadyExists | PermissionDenied | Unauthenticated
        | FailedPrecondition | OutOfRange | Unimplemented => SendError::Permanent(message),
        ResourceExhausted if too_large && retry_info(s.details()).is_none() => {
            SendError::Permanent(message)
        }
        _ => SendError::Retryable { message, retry_after: retry_info(s.details()) },
    }
}

/// The wait a gRPC status's `RetryInfo` asks for, within [`MAX_RETRY_AFTER`].
fn retry_info(details: &[u8]) -> Option<Duration> {
    crate::rpc_status::retry_delay(details).map(|d| d.min(MAX_RETRY_AFTER))
}

#[cfg(test)]
mod tests {
    use super::*;
    use prost::Message;

    #[test]
    fn http_client_errors_are_permanent_and_overload_is_retried_with_its_retry_after() {
        for code in [400, 401, 403, 404, 413, 500] {
            assert!(matches!(classify_http(code, String::new(), None), SendError::Permanent(_)));
        }
        let d = Some(Duration::from_secs(2));
        match classify_http(503, String::new(), d) {
            SendError::Retryable { retry_after, .. } => assert_eq!(retry_after, d),
            e => panic!("{e:?}"),
        }
        assert_eq!(parse_retry_after(" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(parse_retry_after("999999"), Some(MAX_RETRY_AFTER));
    }

    #[test]
    fn grpc_permanent_codes_are_not_retried_and_retry_info_is_read() {
        for s in [
            tonic::Status::invalid_argument("x"),
            tonic::Status::unauthenticated("x"),
            tonic::Status::permission_denied("x"),
            tonic::Status::not_found("x"),
            tonic::Status::unimplemented("x"),
        ] {
            assert!(matches!(classify_status(s), SendError::Permanent(_)));
        }
        use crate::rpc_status::{Any, ProtoDuration, RETRY_INFO_TYPE, RetryInfo, RpcStatus};
        let info = RetryInfo { retry_delay: Some(ProtoDuration { seconds: 3, nanos: 0 }) };
        let status = RpcStatus {
            code: tonic::Code::Unavailable as i32,
            message: "busy".into(),
            details: vec![Any { type_url: RETRY_INFO_TYPE.into(), value: info.encode_to_vec() }],
        };
        let s = tonic::Status::with_details(
            tonic::Code::Unavailable,
            "busy",
            status.encode_to_vec().into(),
        );
        match classify_status(s) {
            SendError::Retryable { retry_after, .. } => {
                assert_eq!(retry_after, Some(Duration::from_secs(3)))
            }
            e => panic!("{e:?}"),
        }
    }
}
