//! Many collectors, one ClickHouse, end to end with real parts: the synthetic corpus's hook
//! events go through a tee that sends every export request to a single sled collector (the
//! reference) and, round-robin per span (finer than per event), to one of three collectors
//! writing to one real ClickHouse, plus a second copy of every tenth span to another of the
//! three. ClickHouse is
//! stopped during the load and restarted. Every collector's report (by band, by mode, …;
//! computed as SQL over the session records the collectors derived from all facts) and session
//! list then equal the reference's.

mod e2e_common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use coxswain_test_support::clickhouse::ClickHouse;
use coxswain_test_support::{Collector, http_get, start_with_config, wait_until};
use e2e_common::{
    Corpus, assert_reports_match, clickhouse_backlog, collector, differences, doc, flush,
    hook_home, play_session, wait_assembled,
};
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_client::LogsServiceClient;
use opentelemetry_proto::tonic::collector::logs::v1::logs_service_server::{
    LogsService, LogsServiceServer,
};
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_server::{
    TraceService, TraceServiceServer,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use tonic::codec::CompressionEncoding;
use tonic::transport::Channel;
use tonic::{Request, Response, Status};

/// Every request to the reference; each span round-robin to the cluster, every tenth twice.
struct Tee {
    reference: TraceServiceClient<Channel>,
    reference_logs: LogsServiceClient<Channel>,
    cluster: Vec<TraceServiceClient<Channel>>,
    next: AtomicUsize,
    duplicates: AtomicUsize,
}

/// The tee as a service (the trait is foreign, so not on `Arc<Tee>` directly).
#[derive(Clone)]
struct TeeService(Arc<Tee>);

#[tonic::async_trait]
impl TraceService for TeeService {
    async fn export(
        &self,
        req: Request<ExportTraceServiceRequest>,
    ) -> Result<Response<ExportTraceServiceResponse>, Status> {
        let body = req.into_inner();
        let tee = &self.0;
        tee.reference.clone().export(body.clone()).await?;
        // One request per span, round-robin: a session's spans land on all three collectors.
        // Sent concurrently, as a load balancer in front of many clients would.
        let mut sends = tokio::task::JoinSet::new();
        for rs in &body.resource_spans {
            for ss in &rs.scope_spans {
                for span in &ss.spans {
                    let mut one_rs = rs.clone();
                    let mut one_ss = ss.clone();
                    one_ss.spans = vec![span.clone()];
                    one_rs.scope_spans = vec![one_ss];
                    let one = ExportTraceServiceRequest { resource_spans: vec![one_rs] };
                    let i = tee.next.fetch_add(1, Ordering::SeqCst);
                    let n = tee.cluster.len();
                    let mut targets = vec![tee.cluster[i % n].clone()];
                    if i.is_multiple_of(10) {
                        targets.push(tee.cluster[(i + 1) % n].clone());
                        tee.duplicates.fetch_add(1, Ordering::SeqCst);
                    }
                    for mut t in targets {
                        let one = one.clone();
                        sends.spawn(async move { t.export(one).await.map(|_| ()) });
                    }
                }
            }
        }
        while let Some(r) = sends.join_next().await {
            r.map_err(|e| Status::internal(e.to_string()))??;
        }
        Ok(Response::new(ExportTraceServiceResponse::default()))
    }
}

#[tonic::async_trait]
impl LogsService for TeeService {
    async fn export(
        &self,
        req: Request<ExportLogsServiceRequest>,
    ) -> Result<Response<ExportLogsServiceResponse>, Status> {
        self.0.reference_logs.clone().export(req.into_inner()).await?;
        Ok(Response::new(ExportLogsServiceResponse::default()))
    }
}

/// Starts the tee on a port of its own; returns its `http://` url and the tee.
fn start_tee(
    rt: &tokio::runtime::Runtime,
    reference: &Collector,
    cluster: &[Collector],
) -> (String, Arc<Tee>) {
    let connect = |url: String| Channel::from_shared(url).expect("url").connect_lazy();
    let tee = rt.block_on(async {
        Arc::new(Tee {
            reference: TraceServiceClient::new(connect(reference.grpc_url())),
            reference_logs: LogsServiceClient::new(connect(reference.grpc_url())),
            cluster: cluster
                .iter()
                .map(|c| TraceServiceClient::new(connect(c.grpc_url())))
                .collect(),
            next: AtomicUsize::new(0),
            duplicates: AtomicUsize::new(0),
        })
    });
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).expect("bind tee");
    let addr = listener.local_addr().expect("addr");
    let (t, l) = (tee.clone(), tee.clone());
    rt.spawn(async move {
        tonic::transport::Server::builder()
            .add_service(
                TraceServiceServer::new(TeeService(t)).accept_compressed(CompressionEncoding::Gzip),
            )
            .add_service(
                LogsServiceServer::new(TeeService(l)).accept_compressed(CompressionEncoding::Gzip),
            )
            .serve_with_incoming(tonic::transport::server::TcpIncoming::from(listener))
            .await
    });
    (format!("http://{addr}"), tee)
}

#[test]
fn three_collectors_round_robin_with_duplicates_and_an_outage_report_what_one_collector_does() {
    let Some(mut ch) = ClickHouse::start() else { return };
    let corpus = Corpus::generate(12, 4, 21);
    let work = tempfile::tempdir().expect("tempdir");
    let reference = collector(&work.path().join("reference"));
    let config = format!(
        "[analytics]\nmin_group_users = 1\n\n[clickhouse]\nurl = \"{}\"\ndatabase = \"cx\"\n\
         auto_init = true\nmax_batch_rows = 500\nmax_backoff_secs = 1\n",
        ch.url()
    );
    let cluster: Vec<Collector> = (0..3)
        .map(|i| start_with_config(&work.path().join(format!("c{i}")), &config, &[]))
        .collect();
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let started = std::time::Instant::now();
    let (tee_url, tee) = start_tee(&rt, &reference, &cluster);

    let truth = corpus.sessions();
    let state_home = work.path().join("state");
    let live_dir = work.path().join("live");
    std::fs::create_dir_all(&live_dir).expect("live dir");
    let files = corpus.hook_files();
    for (n, file) in files.iter().enumerate() {
        // ClickHouse goes away for the middle third of the load.
        if n == files.len() / 3 {
            ch.stop();
        }
        if n == 2 * files.len() / 3 {
            ch.restart();
        }
        let id = file.file_stem().expect("stem").to_string_lossy().to_string();
        let user = truth[&id]["user"].as_str().expect("user").to_string();
        let home = hook_home(&work.path().join("config"), &user, &tee_url);
        play_session(file, &live_dir, &home, &state_home, &tee_url);
        // The hook spools; shipping each session as it ends spreads the load over the outage.
        flush(&work.path().join("config"), &state_home, &tee_url);
    }
    eprintln!("clickhouse e2e: load done after {:.1} s", started.elapsed().as_secs_f64());
    let requests = tee.next.load(Ordering::SeqCst);
    eprintln!(
        "clickhouse e2e: {requests} spans round-robin, {} sent twice",
        tee.duplicates.load(Ordering::SeqCst)
    );
    assert!(requests > 100, "the tee saw only {requests} spans");

    wait_assembled(&reference, files.len(), corpus.prompts());
    assert!(
        wait_until(Duration::from_secs(120), || cluster.iter().all(|c| clickhouse_backlog(c) == 0)),
        "the ClickHouse writers did not catch up: {:?}",
        cluster.iter().map(clickhouse_backlog).collect::<Vec<_>>()
    );

    eprintln!("clickhouse e2e: writers caught up after {:.1} s", started.elapsed().as_secs_f64());
    let endpoint = |c: &Collector| c.http_url();
    assert_reports_match(&reference, &cluster, &ch.url(), "cx", &["band", "mode", "all", "level"]);
    let want = doc(&[
        "sessions",
        "--format",
        "json",
        "--limit",
        "1000",
        "--endpoint",
        &endpoint(&reference),
    ]);
    assert_eq!(want["sessions"].as_array().map(Vec::len), Some(files.len()));
    for (i, c) in cluster.iter().enumerate() {
        let got =
            doc(&["sessions", "--format", "json", "--limit", "1000", "--endpoint", &endpoint(c)]);
        let d = differences(&want, &got);
        assert!(d.is_empty(), "collector {i} sessions differ:\n{}", d.join("\n"));
    }
    let first = want["sessions"][0]["session_id"].as_str().expect("id").to_string();
    let one = doc(&["session", &first, "--format", "json", "--endpoint", &endpoint(&cluster[2])]);
    assert_eq!(differences(&want["sessions"][0], &one), Vec::<String>::new());

    // ClickHouse away: queries say so (503 with the reason), never stale figures.
    ch.stop();
    let (code, body) = http_get(cluster[0].http, "/v1/report?by=band").expect("report");
    assert_eq!(code, 503, "{body}");
    assert!(body.contains("unavailable"), "{body}");
}
