//! Load benchmark for the collector's durable ingest.
//!
//! Run with:
//!   cargo build --release -p coxswain-collector --bin coxswain
//!   cargo run --release --example loadgen -- --seconds 10
//!
//! Sends OTLP/gRPC Export requests of 512 spans over several connections with several requests
//! in flight each, for a fixed time, first to a bare tonic OTLP server inside this process that
//! decodes and drops (the ceiling), then to the release `coxswain serve` on a fresh data
//! directory (or `--target URL`). Prints spans/s acknowledged, p50/p99 request latency, errors
//! and requests without a reply within 10 s, the collector's peak RSS (sampled through the run),
//! its disk use against the bytes acknowledged, how long its assembler takes to catch up after
//! the load stops, and the ratio of the two rates.
//!
//! Payloads are realistic by default: every span has random trace and span ids, a parent, varied
//! names and about six GenAI attributes with varied values (about 320 bytes per span), so they
//! barely compress. `--compressible` sends the old repetitive spans (sequential ids, four
//! attributes) instead.

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
    /// Send repetitive spans (sequential ids, four attributes) that compress about 5:1.
    #[arg(long)]
    compressible: bool,
    /// A collector config file for the started collector (`--config`).
    #[arg(long)]
    config: Option<std::path::PathBuf>,
}

/// One run's figures.
struct Figures {
    spans_per_sec: f64,
    p50_ms: f64,
    p99_ms: f64,
    requests: usize,
    errors: u64,
    /// Requests that got no reply within [`REPLY_TIMEOUT`].
    no_reply: u64,
    /// Body bytes of the acknowledged requests.
    bytes_acked: u64,
}

/// A request without an answer after this long counts as "no reply".
const REPLY_TIMEOUT: Duration = Duration::from_secs(10);

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let client_rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let bodies = Arc::new(if args.compressible {
        make_compressible_bodies(args.batch, 32)
    } else {
        make_realistic_bodies(args.batch, 64)
    });
    println!(
        "loadgen: {} connections x {} in flight, {} spans/request ({} bytes, {:.0} bytes/span, {}), \
         {} s per server",
        args.connections,
        args.in_flight,
        args.batch,
        bodies[0].len(),
        bodies[0].len() as f64 / args.batch as f64,
        if args.compressible { "compressible" } else { "realistic: random ids, varied values" },
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
            // `COXSWAIN_BIN=/path/to/coxswain` measures another build (e.g. before a change).
            let bin = match std::env::var_os("COXSWAIN_BIN") {
                Some(b) => b.into(),
                None => coxswain_test_support_bin()?,
            };
            let dir = tempfile::tempdir()?;
            let cfg = args.config.as_ref().map(|p| p.display().to_string());
            let extra: Vec<&str> = match &cfg {
                Some(p) => vec!["--config", p.as_str()],
                None => Vec::new(),
            };
            let c = coxswain_test_support::Collector::start_on_any_port(
                &dir.path().join("data"),
                &extra,
            );
            println!("collector: {} (data in {})", bin.display(), dir.path().display());
            (c.grpc_url(), Some(c), Some(dir))
        }
    };
    let pid = child.as_ref().map(|c| c.child.id());
    let peak = Arc::new(AtomicU64::new(0));
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = pid.map(|pid| {
        let (peak, sampling) = (peak.clone(), sampling.clone());
        std::thread::spawn(move || {
            while sampling.load(Ordering::Relaxed) {
                peak.fetch_max(rss_kib(pid, "VmRSS:"), Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    });
    let f = client_rt.block_on(run_load(&args, url, bodies))?;
    print_figures("coxswain serve (acknowledged once its buffer commit returned)", &f);
    if let Some(c) = &mut child {
        // How long the assembler takes to catch up once the load has stopped.
        let stopped = Instant::now();
        let mut drained = None;
        while stopped.elapsed() < Duration::from_secs(120) {
            let backlog = coxswain_test_support::http_get(c.http, "/v1/stats")
                .ok()
                .and_then(|(_, s)| serde_json::from_str::<serde_json::Value>(&s).ok())
                .and_then(|v| v["backlog"]["assembler"].as_u64());
            if backlog == Some(0) {
                drained = Some(stopped.elapsed());
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        match drained {
            Some(d) => {
                println!("  assembler caught up {:.1} s after the load stopped", d.as_secs_f64())
            }
            None => println!("  assembler still behind 120 s after the load stopped"),
        }
        sampling.store(false, Ordering::Relaxed);
        if let Some(s) = sampler {
            let _ = s.join();
        }
        let pid = c.child.id();
        let hwm = rss_kib(pid, "VmHWM:");
        println!(
            "  collector peak RSS: {:.1} MiB (VmHWM {:.1} MiB), now {:.1} MiB",
            peak.load(Ordering::Relaxed).max(hwm) as f64 / 1024.0,
            hwm as f64 / 1024.0,
            rss_kib(pid, "VmRSS:") as f64 / 1024.0
        );
        if let Ok((_, stats)) = coxswain_test_support::http_get(c.http, "/v1/stats") {
            println!("  collector stats: {stats}");
        }
        let disk = dir_bytes(&c.data_dir);
        println!(
            "  disk: {:.1} MiB in the data dir for {:.1} MiB of acknowledged requests ({:.2}x)",
            disk as f64 / 1048576.0,
            f.bytes_acked as f64 / 1048576.0,
            disk as f64 / f.bytes_acked.max(1) as f64
        );
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
        "{label}: {:.0} spans/s acknowledged, {} requests, p50 {:.2} ms, p99 {:.2} ms, \
         {} errors, {} without reply within {}s",
        f.spans_per_sec,
        f.requests,
        f.p50_ms,
        f.p99_ms,
        f.errors,
        f.no_reply,
        REPLY_TIMEOUT.as_secs()
    );
}

/// A `/proc/PID/status` field in KiB (0 when unreadable).
fn rss_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// Bytes of the files under `dir`.
fn dir_bytes(dir: &std::path::Path) -> u64 {
    let Ok(rd) = std::fs::read_dir(dir) else { return 0 };
    rd.flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_bytes(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

/// `count` pre-encoded requests of `batch` spans the way an instrumented GenAI service sends
/// them: random ids, a parent, varied names and about six GenAI attributes with varied values.
fn make_realistic_bodies(batch: usize, count: usize) -> Vec<bytes::Bytes> {
    use rand::Rng;
    use rand::seq::IndexedRandom;
    const MODELS: &[&str] =
        &["claude-sonnet-4-5", "gpt-5-codex", "gemini-2.5-pro", "claude-opus-4-1", "o4-mini"];
    const OPS: &[&str] = &["chat", "execute_tool", "invoke_agent", "embeddings", "text_completion"];
    const TOOLS: &[&str] = &["Bash", "Read", "Edit", "Grep", "WebFetch", "Write", "Glob", "Task"];
    const SERVICES: &[&str] = &["checkout-api", "search-worker", "agent-gateway", "billing"];
    let mut rng = rand::rng();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    (0..count)
        .map(|_| {
            let spans = (0..batch)
                .map(|_| {
                    let op = *OPS.choose(&mut rng).unwrap_or(&"chat");
                    let model = *MODELS.choose(&mut rng).unwrap_or(&"m");
                    let tool = *TOOLS.choose(&mut rng).unwrap_or(&"Bash");
                    let start = now - rng.random_range(0..60_000_000_000u64);
                    let response_id: String = (0..24)
                        .map(|_| {
                            char::from(
                                b"0123456789abcdefghijklmnopqrstuvwxyz"[rng.random_range(0..36)],
                            )
                        })
                        .collect();
                    Span {
                        trace_id: rng.random::<[u8; 16]>().to_vec(),
                        span_id: rng.random::<[u8; 8]>().to_vec(),
                        parent_span_id: rng.random::<[u8; 8]>().to_vec(),
                        name: format!("{op} {}", if op == "execute_tool" { tool } else { model }),
                        kind: rng.random_range(1..=3),
                        start_time_unix_nano: start,
                        end_time_unix_nano: start + rng.random_range(1_000_000..30_000_000_000u64),
                        attributes: vec![
                            kv("gen_ai.operation.name", any_value::Value::StringValue(op.into())),
                            kv("gen_ai.request.model", any_value::Value::StringValue(model.into())),
                            kv("gen_ai.response.id", any_value::Value::StringValue(response_id)),
                            kv(
                                "gen_ai.usage.input_tokens",
                                any_value::Value::IntValue(rng.random_range(10..200_000)),
                            ),
                            kv(
                                "gen_ai.usage.output_tokens",
                                any_value::Value::IntValue(rng.random_range(1..16_000)),
                            ),
                            kv(
                                "service.instance",
                                any_value::Value::StringValue(format!(
                                    "{}-{}",
                                    SERVICES.choose(&mut rng).unwrap_or(&"svc"),
                                    rng.random_range(0..10_000u32)
                                )),
                            ),
                        ],
                        ..Default::default()
                    }
                })
                .collect();
            encode_request(spans)
        })
        .collect()
}

/// `count` pre-encoded requests of `batch` spans with four attributes each and sequential ids
/// (compresses about 5:1).
fn make_compressible_bodies(batch: usize, count: usize) -> Vec<bytes::Bytes> {
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
            encode_request(spans)
        })
        .collect()
}

/// One request holding `spans`, protobuf-encoded.
fn encode_request(spans: Vec<Span>) -> bytes::Bytes {
    let req = ExportTraceServiceRequest {
        resource_spans: vec![ResourceSpans {
            scope_spans: vec![ScopeSpans { spans, ..Default::default() }],
            ..Default::default()
        }],
    };
    bytes::Bytes::from(req.encode_to_vec())
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
    let acked_bytes = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let no_reply = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for c in 0..args.connections {
        let channel = tonic::transport::Endpoint::from_shared(url.clone())?.connect().await?;
        for k in 0..args.in_flight {
            let channel = channel.clone();
            let bodies = bodies.clone();
            let (acked, errors, stop) = (acked.clone(), errors.clone(), stop.clone());
            let (acked_bytes, no_reply) = (acked_bytes.clone(), no_reply.clone());
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
                    let len = body.len() as u64;
                    let call = grpc.unary(tonic::Request::new(body), path, RawCodec);
                    match tokio::time::timeout(REPLY_TIMEOUT, call).await {
                        Ok(Ok(_)) => {
                            lat.push(t.elapsed());
                            acked.fetch_add(batch, Ordering::Relaxed);
                            acked_bytes.fetch_add(len, Ordering::Relaxed);
                        }
                        Ok(Err(_)) => {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                        Err(_) => {
                            no_reply.fetch_add(1, Ordering::Relaxed);
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
        no_reply: no_reply.load(Ordering::Relaxed),
        bytes_acked: acked_bytes.load(Ordering::Relaxed),
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
