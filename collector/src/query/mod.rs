//! The query API over gRPC (`coxswain.query.v1.QueryService`) and HTTP JSON (`/v1/report`,
//! `/v1/sessions`, `/v1/sessions/{id}`). (Skeleton.)

use std::sync::Arc;

use crate::assembler::AnalyticsConfig;
use crate::buffer::Buffer;

/// What the query handlers need.
#[derive(Clone)]
pub struct QueryState {
    /// The buffer (and through it the analytics trees).
    pub buffer: Arc<Buffer>,
    /// Analytics settings (k for suppression, idle close).
    pub analytics: AnalyticsConfig,
}

/// HTTP routes of the query API, merged into the collector's HTTP server.
pub fn http_routes(_state: QueryState) -> axum::Router {
    axum::Router::new()
}

/// The gRPC side of the query API.
pub struct QueryGrpc {
    #[allow(dead_code)]
    state: QueryState,
}

use coxswain_proto::query::query_service_server::{QueryService, QueryServiceServer};
use coxswain_proto::query::{GetSessionRequest, JsonReply, ListSessionsRequest, ReportRequest};
use tonic::{Request, Response, Status};

#[tonic::async_trait]
impl QueryService for QueryGrpc {
    async fn get_report(&self, _r: Request<ReportRequest>) -> Result<Response<JsonReply>, Status> {
        Err(Status::unimplemented("report is not built yet"))
    }
    async fn list_sessions(
        &self,
        _r: Request<ListSessionsRequest>,
    ) -> Result<Response<JsonReply>, Status> {
        Err(Status::unimplemented("sessions are not built yet"))
    }
    async fn get_session(
        &self,
        _r: Request<GetSessionRequest>,
    ) -> Result<Response<JsonReply>, Status> {
        Err(Status::unimplemented("session is not built yet"))
    }
}

/// The gRPC query service, served on the collector's gRPC port beside OTLP.
pub fn grpc_service(state: QueryState) -> QueryServiceServer<QueryGrpc> {
    QueryServiceServer::new(QueryGrpc { state })
}
