//! The two doors onto [`Keyring::decide`]: [`Gate::grpc`], which the gRPC edge layer
//! (`receiver::auth`) runs before every gRPC service, and [`http_guard`], an axum middleware in
//! front of every HTTP route. Both classify the request, refuse it in their transport's words,
//! or pass it on with the caller's [`super::Principal`] in its extensions.

use std::sync::Arc;

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
    /// Decides a gRPC call; on refusal, the status to answer with.
    pub fn grpc<B>(&self, req: &mut http::Request<B>) -> Result<(), tonic::Status> {
        let op = Operation::of_grpc(req.uri().path());
        self.decide(req, op).map_err(|d| match d {
            Denied::Unauthenticated => tonic::Status::unauthenticated(d.to_string()),
            Denied::Forbidden { .. } => tonic::Status::permission_denied(d.to_string()),
        })
    }

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
