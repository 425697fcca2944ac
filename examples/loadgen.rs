//! Load benchmark for the collector's durable ingest.
//!
//! Run with:
//!   cargo build --release -p coxswain-collector --bin coxswain
//!   cargo run --release --example loadgen -- --seconds 10
//!
//! Sends OTLP/gRPC Export requests of 512 spans over several connections with several requests
//! in flight each, for a fixed time, first to a bare tonic OTLP server inside this process that
//! decodes and drops (the ceiling), then to the release `coxswain serve` on a fresh data
//! directory (or `--target URL`). Prints spans/s acknowledged, p50/p99 request latency, the
//! collector's peak RSS and the ratio of the two rates.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use coxswain_collector::forwarder::raw::{self, RawCodec};
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_server::{
    TraceService, TraceServiceServer,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value};
use opentelemetry_proto::tonic::trace::v1::{ResourceSpans, ScopeSpans, Span};
use prost::Message;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Options.
#[derive(Parser, Debug)]
struct Args {
    /// Seconds of load per server.
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// HTTP/2 connections.
    #[arg(long, default_value_t = 4)]
    connections: usize,
    /// Requests in flight per connection.
    #[arg(long, default_value_t = 2)]
    in_flight: usize,
    /// Spans per request.
    #[arg(long, default_value_t = 512)]
    batch: usize,
    /// Send to this running collector (`http://host:port`) instead of starting one.
    #[arg(long)]
    target: Option<String>,
    /// Skip the decode-and-drop baseline.
    #[arg(long)]
    no_baseline: bool,
}

/// One run's figures.
struct Figures {
    spans_per_sec: f64,
    p50_ms: f64,
    p99_ms: f64,
    requests: usize,
    errors: u64,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let client_rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let bodies = Arc::new(make_bodies(args.batch, 32));
    println!(
        "loadgen: {} connections x {} in flight, {} spans/request ({} bytes), {} s per server",
        args.connections,
        args.in_flight,
        args.batch,
        bodies[0].len(),
        args.seconds
    );

    let baseline = if args.no_baseline {
        None
    } else {
        let server_rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
        let addr = server_rt.block_on(start_drop_server())?;
        let f = client_rt.block_on(run_load(&args, format!("http://{addr}"), bodies.clone()))?;
        print_figures("decode-and-drop (tonic, in-process)", &f);
        drop(server_rt);
        Some(f)
    };

    let (url, mut child, _dir) = match &args.target {
        Some(url) => (url.clone(), None, None),
        None => {
            let bin = coxswain_test_support_bin()?;
            let dir = tempfile::tempdir()?;
            let c =
                coxswain_test_support::Collector::start_on_any_port(&dir.path().join("data"), &[]);
            println!("collector: {} (data in {})", bin.display(), dir.path().display());
            (c.grpc_url(), Some(c), Some(dir))
        }
    };
    let f = client_rt.block_on(run_load(&args, url, bodies))?;
    print_figures("coxswain serve (durable, flushed before ack)", &f);
    if let Some(c) = &mut child {
        let pid = c.child.id();
        if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
            for line in status.lines().filter(|l| l.starts_with("VmHWM") || l.starts_with("VmRSS"))
            {
                println!("  collector {line}");
            }
        }
        if let Ok((_, stats)) = coxswain_test_support::http_get(c.http, "/v1/stats") {
            println!("  collector stats: {stats}");
        }
        c.terminate();
    }
    if let Some(b) = baseline {
        println!(
            "ratio: durable ingest = {:.1}% of decode-and-drop ({:.0} / {:.0} spans/s)",
            100.0 * f.spans_per_sec / b.spans_per_sec,
            f.spans_per_sec,
            b.spans_per_sec
        );
    }
    Ok(())
}

fn coxswain_test_support_bin() -> anyhow::Result<std::path::PathBuf> {
    let exe = std::env::current_exe()?;
    let dir = exe.parent().and_then(|d| d.parent()).ok_or_else(|| anyhow::anyhow!("exe dir"))?;
    let bin = dir.join("coxswain");
    if !bin.exists() {
        anyhow::bail!(
            "{} is missing: run `cargo build --release -p coxswain-collector --bin coxswain` first",
            bin.display()
        );
    }
    Ok(bin)
}

fn print_figures(label: &str, f: &Figures) {
    println!(
        "{label}: {:.0} spans/s acknowledged, {} requests, p50 {:.2} ms, p99 {:.2} ms, {} errors",
        f.spans_per_sec, f.requests, f.p50_ms, f.p99_ms, f.errors
    );
}

/// `count` pre-encoded requests of `batch` spans with four attributes each and unique ids.
fn make_bodies(batch: usize, count: usize) -> Vec<bytes::Bytes> {
    (0..count)
        .map(|r| {
            let spans = (0..batch)
                .map(|i| {
                    let n = (r * batch + i) as u64 + 1;
                    let mut trace_id = vec![7u8; 8];
                    trace_id.extend_from_slice(&(n / 8 + 1).to_be_bytes());
                    Span {
                        trace_id,
                        span_id: n.to_be_bytes().to_vec(),
                        name: "execute_tool".into(),
                        start_time_unix_nano: 1_700_000_000_000_000_000 + n,
                        end_time_unix_nano: 1_700_000_000_000_100_000 + n,
                        attributes: vec![
                            kv("gen_ai.tool.name", any_value::Value::StringValue("Bash".into())),
                            kv("coxswain.n", any_value::Value::IntValue(n as i64)),
                            kv("coxswain.ok", any_value::Value::BoolValue(n.is_multiple_of(2))),
                            kv("coxswain.ratio", any_value::Value::DoubleValue(n as f64 / 3.0)),
                        ],
                        ..Default::default()
                    }
                })
                .collect();
            let req = ExportTraceServiceRequest {
                resource_spans: vec![ResourceSpans {
                    scope_spans: vec![ScopeSpans { spans, ..Default::default() }],
                    ..Default::default()
                }],
            };
            bytes::Bytes::from(req.encode_to_vec())
        })
        .collect()
}

fn kv(key: &str, v: any_value::Value) -> KeyValue {
    KeyValue { key: key.into(), value: Some(AnyValue { value: Some(v) }), ..Default::default() }
}

/// Drives the load and measures.
async fn run_load(
    args: &Args,
    url: String,
    bodies: Arc<Vec<bytes::Bytes>>,
) -> anyhow::Result<Figures> {
    let acked = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for c in 0..args.connections {
        let channel = tonic::transport::Endpoint::from_shared(url.clone())?.connect().await?;
        for k in 0..args.in_flight {
            let channel = channel.clone();
            let bodies = bodies.clone();
            let (acked, errors, stop) = (acked.clone(), errors.clone(), stop.clone());
            let batch = args.batch as u64;
            tasks.push(tokio::spawn(async move {
                let mut grpc = tonic::client::Grpc::new(channel);
                let mut lat = Vec::new();
                let mut i = c * 7 + k;
                while !stop.load(Ordering::Relaxed) {
                    let body = bodies[i % bodies.len()].clone();
                    i += 1;
                    if grpc.ready().await.is_err() {
                        errors.fetch_add(1, Ordering::Relaxed);
                        continue;
                    }
                    let path = http::uri::PathAndQuery::from_static(raw::TRACES_PATH);
                    let t = Instant::now();
                    match grpc.unary(tonic::Request::new(body), path, RawCodec).await {
                        Ok(_) => {
                            lat.push(t.elapsed());
                            acked.fetch_add(batch, Ordering::Relaxed);
                        }
                        Err(_) => {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
                lat
            }));
        }
    }
    let start = Instant::now();
    tokio::time::sleep(Duration::from_secs(args.seconds)).await;
    let spans = acked.load(Ordering::Relaxed);
    let elapsed = start.elapsed();
    stop.store(true, Ordering::Relaxed);
    let mut lat = Vec::new();
    for t in tasks {
        lat.extend(t.await?);
    }
    lat.sort();
    let pct = |p: f64| -> f64 {
        if lat.is_empty() {
            return 0.0;
        }
        lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)].as_secs_f64() * 1000.0
    };
    Ok(Figures {
        spans_per_sec: spans as f64 / elapsed.as_secs_f64(),
        p50_ms: pct(0.50),
        p99_ms: pct(0.99),
        requests: lat.len(),
        errors: errors.load(Ordering::Relaxed),
    })
}

/// The ceiling: a tonic OTLP server that decodes each request, counts its spans and drops it.
#[derive(Clone)]
struct DropServer {
    spans: Arc<AtomicU64>,
}

#[tonic::async_trait]
impl TraceService for DropServer {
    async fn export(
        &self,
        request: tonic::Request<ExportTraceServiceRequest>,
    ) -> Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status> {
        let n: usize = request
            .get_ref()
            .resource_spans
            .iter()
            .flat_map(|r| &r.scope_spans)
            .map(|s| s.spans.len())
            .sum();
        self.spans.fetch_add(n as u64, Ordering::Relaxed);
        Ok(tonic::Response::new(ExportTraceServiceResponse::default()))
    }
}

async fn start_drop_server() -> anyhow::Result<std::net::SocketAddr> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let svc = TraceServiceServer::new(DropServer { spans: Arc::new(AtomicU64::new(0)) })
        .max_decoding_message_size(64 << 20)
        .accept_compressed(tonic::codec::CompressionEncoding::Gzip);
    tokio::spawn(async move {
        let incoming =
            tonic::transport::server::TcpIncoming::from(listener).with_nodelay(Some(true));
        let _ = tonic::transport::Server::builder()
            .add_service(svc)
            .serve_with_incoming(incoming)
            .await;
    });
    Ok(addr)
}
