//! OTLP/HTTP: `POST /v1/traces`, `/v1/logs` and `/v1/metrics`, protobuf or JSON bodies,
//! optionally gzip.
//! Answers in the request's encoding; refusals carry a `google.rpc.Status` (or its JSON form).

use std::io::Read;
use std::sync::Arc;

use axum::Extension;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;

use super::{ExportRequest, Ingest, IngestError};
use crate::auth::Principal;
use crate::observe::add;
use crate::rpc_status::RpcStatus;

/// What the HTTP handlers need.
#[derive(Clone)]
pub struct HttpState {
    /// The shared ingest path.
    pub ingest: Arc<Ingest>,
}

/// `/v1/traces`, `/v1/logs` and `/v1/metrics`.
pub fn routes(state: HttpState) -> axum::Router {
    axum::Router::new()
        .route("/v1/traces", post(traces))
        .route("/v1/logs", post(export::<ExportLogsServiceRequest>))
        .route("/v1/metrics", post(export::<ExportMetricsServiceRequest>))
        // We read the body ourselves against our own limit, to answer 413 naming it.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(state)
}

/// The body encoding of a request (and so of its answer).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Protobuf,
    Json,
}

/// The team a team-scoped token stamps on what it exports (see [`super::team`]).
type Caller = Option<Extension<Principal>>;

fn team_of(caller: &Caller) -> Option<&str> {
    caller.as_ref().and_then(|Extension(p)| p.team())
}

async fn traces(
    State(s): State<HttpState>,
    caller: Caller,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (format, bytes) = match read(&s, &headers, body).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let team = team_of(&caller);
    // Every span valid and no team to stamp (the common case): stored as received, no decode.
    if team.is_none()
        && format == Format::Protobuf
        && let Ok(scan) = super::scan::scan_traces(&bytes, s.ingest.span_window.bounds_now())
        && scan.all_valid
    {
        let value = super::prepared_from(&bytes);
        drop(bytes);
        return respond(&s, format, s.ingest.traces_scanned(value, scan.spans).await);
    }
    let mut req =
        match decode::<ExportTraceServiceRequest>(format, &bytes, "ExportTraceServiceRequest") {
            Ok(req) => req,
            Err(e) => return refuse(&s, format, e),
        };
    let raw = match team {
        Some(team) => {
            super::team::stamp_traces(&mut req, team);
            None
        }
        None => stored_form(format, &bytes),
    };
    respond(&s, format, s.ingest.traces(req, raw).await)
}

/// `/v1/logs` and `/v1/metrics`.
async fn export<R: ExportRequest>(
    State(s): State<HttpState>,
    caller: Caller,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (format, bytes) = match read(&s, &headers, body).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let mut req = match decode::<R>(format, &bytes, R::NAME) {
        Ok(req) => req,
        Err(e) => return refuse(&s, format, e),
    };
    let raw = match team_of(&caller) {
        Some(team) => {
            req.stamp(team);
            None
        }
        None => stored_form(format, &bytes),
    };
    respond(&s, format, req.ingest(&s.ingest, raw).await)
}

/// An export request from a body in either encoding; the error names the message expected.
fn decode<R>(format: Format, bytes: &Bytes, name: &str) -> Result<R, IngestError>
where
    R: Message + Default + serde::de::DeserializeOwned,
{
    match format {
        Format::Protobuf => {
            R::decode(bytes.as_ref()).map_err(|e| format!("body is not a protobuf {name}: {e}"))
        }
        Format::Json => serde_json::from_slice::<R>(bytes)
            .map_err(|e| format!("body is not an OTLP/JSON {name}: {e}")),
    }
    .map_err(IngestError::Invalid)
}

/// A protobuf body as the buffer stores it (JSON bodies are re-encoded after filtering).
fn stored_form(format: Format, bytes: &Bytes) -> Option<Vec<u8>> {
    (format == Format::Protobuf).then(|| super::prepared_from(bytes))
}

/// The answer to an export: the response in the request's encoding, or a refusal.
fn respond<T>(s: &HttpState, format: Format, result: Result<T, IngestError>) -> Response
where
    T: Message + serde::Serialize,
{
    match result {
        Ok(resp) => answer(format, &resp, || serde_json::to_vec(&resp)),
        Err(e) => refuse(s, format, e),
    }
}

/// Checks the content type, reads the body within the limit and decompresses it (access was
/// decided before, in `crate::auth`).
async fn read(s: &HttpState, headers: &HeaderMap, body: Body) -> Result<(Format, Bytes), Response> {
    let ctype = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let format = match ctype.split(';').next().unwrap_or("").trim() {
        "application/x-protobuf" | "application/protobuf" | "" => Format::Protobuf,
        "application/json" => Format::Json,
        other => {
            add(&s.ingest.metrics.requests_invalid, 1);
            let msg = format!(
                "unsupported Content-Type {other:?}: use application/x-protobuf or application/json"
            );
            return Err((StatusCode::UNSUPPORTED_MEDIA_TYPE, msg).into_response());
        }
    };
    let limit = s.ingest.max_request_bytes;
    let timeout = s.ingest.body_read_timeout;
    let bytes = match tokio::time::timeout(timeout, axum::body::to_bytes(body, limit)).await {
        Ok(Ok(b)) => b,
        Err(_) => {
            add(&s.ingest.metrics.requests_timed_out, 1);
            let msg = format!(
                "request body not received within {timeout:?} (limits.body_read_timeout_secs)"
            );
            return Err((StatusCode::REQUEST_TIMEOUT, msg).into_response());
        }
        Ok(Err(e)) => {
            // to_bytes fails on over-limit bodies and on broken connections alike.
            let too_large = std::error::Error::source(&e)
                .map(|c| c.to_string().contains("length limit"))
                .unwrap_or(false)
                || e.to_string().contains("length limit");
            let err = if too_large {
                IngestError::TooLarge { size: limit + 1, limit }
            } else {
                IngestError::Invalid(format!("could not read the request body: {e}"))
            };
            return Err(refuse(s, format, err));
        }
    };
    let encoding = headers.get(header::CONTENT_ENCODING).and_then(|v| v.to_str().ok());
    let bytes = match encoding.map(str::trim) {
        None | Some("") | Some("identity") => bytes,
        Some("gzip") => match gunzip(&bytes, limit) {
            Ok(b) => Bytes::from(b),
            Err(e) => return Err(refuse(s, format, e)),
        },
        Some(other) => {
            let e = IngestError::Invalid(format!(
                "unsupported Content-Encoding {other:?}: use gzip or none"
            ));
            return Err(refuse(s, format, e));
        }
    };
    Ok((format, bytes))
}

/// Decompresses within `limit` bytes of output.
pub(super) fn gunzip(bytes: &[u8], limit: usize) -> Result<Vec<u8>, IngestError> {
    let mut out = Vec::new();
    let mut reader = flate2::read::GzDecoder::new(bytes).take(limit as u64 + 1);
    reader
        .read_to_end(&mut out)
        .map_err(|e| IngestError::Invalid(format!("body is not valid gzip: {e}")))?;
    if out.len() > limit {
        return Err(IngestError::TooLarge { size: out.len(), limit });
    }
    Ok(out)
}

fn answer<M: Message>(
    format: Format,
    msg: &M,
    json: impl FnOnce() -> serde_json::Result<Vec<u8>>,
) -> Response {
    match format {
        Format::Protobuf => {
            ([(header::CONTENT_TYPE, "application/x-protobuf")], msg.encode_to_vec())
                .into_response()
        }
        Format::Json => match json() {
            Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
            Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
        },
    }
}

fn refuse(s: &HttpState, format: Format, e: IngestError) -> Response {
    if !matches!(e, IngestError::Unavailable(_)) {
        // Unavailable was counted where the buffer refused.
        s.ingest.count_refusal(&e);
    }
    let (code, grpc) = match e {
        IngestError::Invalid(_) => (StatusCode::BAD_REQUEST, tonic::Code::InvalidArgument),
        IngestError::TooLarge { .. } => {
            (StatusCode::PAYLOAD_TOO_LARGE, tonic::Code::ResourceExhausted)
        }
        IngestError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, tonic::Code::Unavailable),
    };
    let status = RpcStatus { code: grpc as i32, message: e.to_string(), details: Vec::new() };
    let mut resp = match format {
        Format::Protobuf => {
            ([(header::CONTENT_TYPE, "application/x-protobuf")], status.encode_to_vec())
                .into_response()
        }
        Format::Json => {
            let body = serde_json::json!({ "code": status.code, "message": status.message });
            ([(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
        }
    };
    *resp.status_mut() = code;
    if code == StatusCode::SERVICE_UNAVAILABLE {
        resp.headers_mut().insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
    }
    resp
}
