//! HTTP JSON side of the query API: `GET /v1/report`, `/v1/sessions`, `/v1/sessions/{id}`.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use serde_json::json;

use super::QueryState;
use super::ops::{self, QueryError};
use crate::auth::Principal;

/// HTTP routes of the query API, merged into the collector's HTTP server.
pub fn http_routes(state: QueryState) -> Router {
    Router::new()
        .route("/v1/report", get(report))
        .route("/v1/sessions", get(sessions))
        .route("/v1/sessions/{id}", get(session))
        .with_state(state)
}

fn reply(result: Result<String, QueryError>) -> Response {
    match result {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(e) => {
            let code = match e {
                QueryError::BadRequest(_) => StatusCode::BAD_REQUEST,
                QueryError::NotFound(_) => StatusCode::NOT_FOUND,
                QueryError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
                QueryError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            };
            let body = json!({ "error": e.to_string() }).to_string();
            (code, [(header::CONTENT_TYPE, "application/json")], body).into_response()
        }
    }
}

type Params = Result<Query<HashMap<String, String>>, axum::extract::rejection::QueryRejection>;

fn params(p: Params) -> Result<HashMap<String, String>, QueryError> {
    p.map(|Query(m)| m).map_err(|e| QueryError::BadRequest(format!("bad query string: {e}")))
}

/// The caller's team scope, set by `crate::auth` (none when the caller is unscoped).
type Caller = Option<Extension<Principal>>;

fn team(caller: Caller) -> Option<String> {
    caller.and_then(|Extension(p)| p.team().map(str::to_string))
}

async fn report(State(state): State<QueryState>, caller: Caller, p: Params) -> Response {
    let team = team(caller);
    let reports = state.reports.clone();
    let result = match params(p) {
        Ok(p) => {
            state
                .run(move |store, cfg| {
                    ops::report_from_params(store, &p, cfg, team.as_deref(), &reports)
                        .map(|doc| doc.to_string())
                })
                .await
        }
        Err(e) => Err(e),
    };
    reply(result)
}

async fn sessions(State(state): State<QueryState>, caller: Caller, p: Params) -> Response {
    let team = team(caller);
    let result = match params(p) {
        Ok(p) => {
            state.run(move |store, _| ops::sessions_from_params(store, &p, team.as_deref())).await
        }
        Err(e) => Err(e),
    };
    reply(result)
}

async fn session(
    State(state): State<QueryState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Response {
    let team = team(caller);
    reply(state.run(move |store, _| ops::session_json(store, &id, team.as_deref())).await)
}
