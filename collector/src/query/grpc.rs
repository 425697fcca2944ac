//! gRPC side of the query API (`coxswain.query.v1.QueryService`); replies carry the HTTP JSON.

use coxswain_proto::query::query_service_server::{QueryService, QueryServiceServer};
use coxswain_proto::query::{GetSessionRequest, JsonReply, ListSessionsRequest, ReportRequest};
use tonic::{Request, Response, Status};

use super::QueryState;
use super::ops::{self, QueryError};
use crate::auth::Principal;

/// The gRPC side of the query API.
pub struct QueryGrpc {
    state: QueryState,
}

fn reply(r: Result<String, QueryError>) -> Result<Response<JsonReply>, Status> {
    match r {
        Ok(json) => Ok(Response::new(JsonReply { json })),
        Err(QueryError::BadRequest(m)) => Err(Status::invalid_argument(m)),
        Err(e @ QueryError::NotFound(_)) => Err(Status::not_found(e.to_string())),
        Err(QueryError::Unavailable(m)) => Err(Status::unavailable(m)),
        Err(e) => Err(Status::internal(e.to_string())),
    }
}

fn opt(s: &str) -> Option<&str> {
    Some(s).filter(|s| !s.is_empty())
}

/// The caller's team scope, set by `crate::auth` (none when the caller is unscoped).
fn team<T>(r: &Request<T>) -> Option<String> {
    r.extensions().get::<Principal>().and_then(|p| p.team().map(str::to_string))
}

#[tonic::async_trait]
impl QueryService for QueryGrpc {
    async fn get_report(&self, r: Request<ReportRequest>) -> Result<Response<JsonReply>, Status> {
        let team = team(&r);
        let r = r.into_inner();
        let reports = self.state.reports.clone();
        reply(
            self.state
                .run(move |store, cfg| {
                    let k = (r.min_group_users > 0).then(|| r.min_group_users.to_string());
                    let mut q = ops::report_query(
                        opt(&r.group_by),
                        opt(&r.since),
                        opt(&r.until),
                        k.as_deref(),
                        cfg.min_group_users,
                    )?;
                    q.prices = cfg.prices.clone();
                    q.team = team;
                    ops::report_json_cached(store, &q, &reports).map(|doc| doc.to_string())
                })
                .await,
        )
    }

    async fn list_sessions(
        &self,
        r: Request<ListSessionsRequest>,
    ) -> Result<Response<JsonReply>, Status> {
        let team = team(&r);
        let r = r.into_inner();
        reply(
            self.state
                .run(move |store, _| {
                    let (since, until) = (opt(&r.since), opt(&r.until));
                    ops::sessions_json(store, since, until, r.limit as usize, team.as_deref())
                })
                .await,
        )
    }

    async fn get_session(
        &self,
        r: Request<GetSessionRequest>,
    ) -> Result<Response<JsonReply>, Status> {
        let team = team(&r);
        let id = r.into_inner().session_id;
        if id.is_empty() {
            return Err(Status::invalid_argument("session_id is empty"));
        }
        reply(self.state.run(move |store, _| ops::session_json(store, &id, team.as_deref())).await)
    }
}

/// The gRPC query service, served on the collector's gRPC port beside OTLP.
pub fn grpc_service(state: QueryState) -> QueryServiceServer<QueryGrpc> {
    QueryServiceServer::new(QueryGrpc { state })
}
