//! The two doors onto [`Keyring::decide`]: a tower layer in front of every gRPC service and an
//! axum middleware in front of every HTTP route. Both classify the request, refuse it in their
//! transport's words, or pass it on with the caller's [`Principal`] in its extensions.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::{Denied, Keyring, Operation};
use crate::observe::{Metrics, add};

/// What both doors share.
#[derive(Clone)]
pub struct Gate {
    /// The configured tokens.
    pub keyring: Arc<Keyring>,
    /// Refusals are counted.
    pub metrics: Arc<Metrics>,
}

impl Gate {
    fn decide<B>(&self, req: &mut http::Request<B>, op: Operation) -> Result<(), Denied> {
        let authorization = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        match self.keyring.decide(authorization, op) {
            Ok(p) => {
                req.extensions_mut().insert(p);
                Ok(())
            }
            Err(d) => {
                let counter = match d {
                    Denied::Unauthenticated => &self.metrics.requests_unauthenticated,
                    Denied::Forbidden { .. } => &self.metrics.requests_forbidden,
                };
                add(counter, 1);
                Err(d)
            }
        }
    }
}

/// The axum middleware (`axum::middleware::from_fn_with_state(gate, http_guard)`).
pub async fn http_guard(State(gate): State<Gate>, mut req: Request, next: Next) -> Response {
    let op = Operation::of_http(req.method(), req.uri().path());
    match gate.decide(&mut req, op) {
        Ok(()) => next.run(req).await,
        Err(d) => {
            let code = match d {
                Denied::Unauthenticated => StatusCode::UNAUTHORIZED,
                Denied::Forbidden { .. } => StatusCode::FORBIDDEN,
            };
            let body = serde_json::json!({ "error": d.to_string() }).to_string();
            let mut resp =
                (code, [(header::CONTENT_TYPE, "application/json")], body).into_response();
            if code == StatusCode::UNAUTHORIZED {
                resp.headers_mut()
                    .insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
            }
            resp
        }
    }
}

/// The tower layer for the gRPC server.
#[derive(Clone)]
pub struct GrpcAuthLayer(pub Gate);

impl<S> tower::Layer<S> for GrpcAuthLayer {
    type Service = GrpcAuth<S>;
    fn layer(&self, inner: S) -> GrpcAuth<S> {
        GrpcAuth { inner, gate: self.0.clone() }
    }
}

/// See [`GrpcAuthLayer`].
#[derive(Clone)]
pub struct GrpcAuth<S> {
    inner: S,
    gate: Gate,
}

type BoxFut<R, E> = Pin<Box<dyn Future<Output = Result<R, E>> + Send>>;

impl<S, B> tower::Service<http::Request<B>> for GrpcAuth<S>
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
        let op = Operation::of_grpc(req.uri().path());
        if let Err(d) = self.gate.decide(&mut req, op) {
            let status = match d {
                Denied::Unauthenticated => tonic::Status::unauthenticated(d.to_string()),
                Denied::Forbidden { .. } => tonic::Status::permission_denied(d.to_string()),
            };
            return Box::pin(async move { Ok(status.into_http()) });
        }
        Box::pin(self.inner.call(req))
    }
}
