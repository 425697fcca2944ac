//! The gRPC edge, in front of every gRPC service: who may call what (decided by `crate::auth`'s
//! policy table through its [`Gate`]), and OTLP statuses for what tonic refuses before our
//! handlers run (oversized or undecodable messages).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use crate::auth::Gate;
use crate::observe::{Metrics, add};

/// A tower layer for the gRPC server.
#[derive(Clone)]
pub struct GrpcEdgeLayer {
    /// Access decisions.
    pub gate: Gate,
    /// The configured request limit, named in the rewritten message.
    pub limit: usize,
    /// Counters.
    pub metrics: Arc<Metrics>,
}

impl<S> tower::Layer<S> for GrpcEdgeLayer {
    type Service = GrpcEdge<S>;
    fn layer(&self, inner: S) -> GrpcEdge<S> {
        GrpcEdge { inner, cfg: self.clone() }
    }
}

/// See [`GrpcEdgeLayer`].
#[derive(Clone)]
pub struct GrpcEdge<S> {
    inner: S,
    cfg: GrpcEdgeLayer,
}

type BoxFut<R, E> = Pin<Box<dyn Future<Output = Result<R, E>> + Send>>;

impl<S, B> tower::Service<http::Request<B>> for GrpcEdge<S>
where
    S: tower::Service<http::Request<B>, Response = http::Response<tonic::body::Body>>
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = BoxFut<S::Response, S::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: http::Request<B>) -> Self::Future {
        if let Err(status) = self.cfg.gate.grpc(&mut req) {
            return Box::pin(async move { Ok(status.into_http()) });
        }
        let otlp = req.uri().path().starts_with("/opentelemetry.proto.collector.");
        let fut = self.inner.call(req);
        let cfg = self.cfg.clone();
        Box::pin(async move {
            let mut resp = fut.await?;
            if otlp {
                rewrite_refusal(&mut resp, &cfg);
            }
            Ok(resp)
        })
    }
}

/// tonic refuses before our handler runs in two cases, with codes OTLP clients misread:
/// oversized messages (OUT_OF_RANGE → RESOURCE_EXHAUSTED) and undecodable ones
/// (INTERNAL → INVALID_ARGUMENT, which clients must not retry).
fn rewrite_refusal(resp: &mut http::Response<tonic::body::Body>, cfg: &GrpcEdgeLayer) {
    let Some(status) = tonic::Status::from_header_map(resp.headers()) else { return };
    let new = match status.code() {
        tonic::Code::OutOfRange if status.message().contains("too large") => {
            add(&cfg.metrics.requests_too_large, 1);
            tonic::Status::resource_exhausted(format!(
                "request is over the limit of {} bytes (max_request_bytes): {}",
                cfg.limit,
                status.message()
            ))
        }
        tonic::Code::Internal if status.message().contains("failed to decode") => {
            add(&cfg.metrics.requests_invalid, 1);
            tonic::Status::invalid_argument(format!(
                "body is not a protobuf OTLP export request: {}",
                status.message()
            ))
        }
        tonic::Code::Internal if status.message().contains("compress") => {
            add(&cfg.metrics.requests_invalid, 1);
            tonic::Status::invalid_argument(format!(
                "body could not be decompressed: {}",
                status.message()
            ))
        }
        _ => return,
    };
    let _ = new.add_header(resp.headers_mut());
}
