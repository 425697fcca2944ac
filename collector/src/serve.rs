//! `coxswain serve`: wires receiver → buffer → forwarder/assembler and runs until a signal.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::sync::watch;

use crate::auth::{Gate, Keyring};
use crate::buffer::{Buffer, RetentionPolicy};
use crate::config::{CollectorConfig, TlsConfig};
use crate::observe::{Metrics, ObserveState};
use crate::receiver::Ingest;
use crate::receiver::conn::{ConnLimits, LimitedListener, serve_http};
use crate::tls::{ServerTls, TlsListener};

/// `coxswain serve`. Flags and `COXSWAIN_*` variables override the config file.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// TOML config file (unknown keys are refused).
    #[arg(long, env = "COXSWAIN_CONFIG")]
    pub config: Option<PathBuf>,
    /// Data directory [default: ./coxswain-data].
    #[arg(long, env = "COXSWAIN_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// OTLP/gRPC address [default: 127.0.0.1:4317]; port 0 picks a free port.
    #[arg(long, env = "COXSWAIN_GRPC_ADDR")]
    pub grpc_addr: Option<SocketAddr>,
    /// OTLP/HTTP address [default: 127.0.0.1:4318]; port 0 picks a free port.
    #[arg(long, env = "COXSWAIN_HTTP_ADDR")]
    pub http_addr: Option<SocketAddr>,
    /// Largest request accepted, in bytes [default: 16 MiB].
    #[arg(long, env = "COXSWAIN_MAX_REQUEST_BYTES")]
    pub max_request_bytes: Option<usize>,
    /// Bound on the bytes of buffered requests [default: 10 GiB].
    #[arg(long, env = "COXSWAIN_BUFFER_MAX_BYTES")]
    pub buffer_max_bytes: Option<u64>,
    /// Processed requests older than this many seconds are removed [default: 7 days].
    #[arg(long, env = "COXSWAIN_BUFFER_MAX_AGE_SECS")]
    pub buffer_max_age_secs: Option<u64>,
    /// Spans older than this many seconds are rejected; 0 accepts any age (backfills)
    /// [default: buffer.max_age_secs] (sets `limits.span_max_age_secs`).
    #[arg(long, env = "COXSWAIN_SPAN_MAX_AGE_SECS")]
    pub span_max_age_secs: Option<u64>,
    /// Sessions whose last span is older than this many seconds are removed [default:
    /// `buffer.max_age_secs`]; 0 keeps them forever (sets `analytics.max_age_secs`).
    #[arg(long, env = "COXSWAIN_ANALYTICS_MAX_AGE_SECS")]
    pub analytics_max_age_secs: Option<u64>,
    /// sled page cache in MiB [default: 64].
    #[arg(long, env = "COXSWAIN_CACHE_MIB")]
    pub cache_mib: Option<u64>,
    /// Ingest tokens, comma-separated (replaces `auth.bearer_tokens`; roles and teams need
    /// `[[auth.tokens]]` in the config file).
    #[arg(long, env = "COXSWAIN_BEARER_TOKENS", value_delimiter = ',', hide_env_values = true)]
    pub bearer_tokens: Option<Vec<String>>,
    /// Without any token configured, listen on non-loopback addresses anyway (everyone who can
    /// reach the collector is then an admin; sets `auth.allow_unauthenticated`).
    #[arg(long, env = "COXSWAIN_ALLOW_UNAUTHENTICATED")]
    pub allow_unauthenticated: bool,
    /// PEM certificate chain; with `--tls-key`, both ports serve TLS only (sets `tls.cert_file`).
    #[arg(long, env = "COXSWAIN_TLS_CERT")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for `--tls-cert` (sets `tls.key_file`).
    #[arg(long, env = "COXSWAIN_TLS_KEY")]
    pub tls_key: Option<PathBuf>,
    /// PEM CA that client certificates must be signed by: mutual TLS (sets `tls.client_ca_file`).
    #[arg(long, env = "COXSWAIN_TLS_CLIENT_CA")]
    pub tls_client_ca: Option<PathBuf>,
}

impl ServeArgs {
    /// The effective configuration: file (or defaults), then flags and variables.
    pub fn resolve(&self) -> anyhow::Result<CollectorConfig> {
        let mut c = match &self.config {
            Some(path) => CollectorConfig::from_file(path)?,
            None => CollectorConfig::default(),
        };
        if let Some(v) = &self.data_dir {
            c.data_dir = v.clone();
        }
        if let Some(v) = self.grpc_addr {
            c.grpc_addr = v;
        }
        if let Some(v) = self.http_addr {
            c.http_addr = v;
        }
        if let Some(v) = self.max_request_bytes {
            c.max_request_bytes = v;
        }
        if let Some(v) = self.buffer_max_bytes {
            c.buffer.max_bytes = v;
        }
        if let Some(v) = self.buffer_max_age_secs {
            c.buffer.max_age_secs = v;
        }
        if let Some(v) = self.span_max_age_secs {
            c.limits.span_max_age_secs = Some(v);
        }
        if let Some(v) = self.analytics_max_age_secs {
            c.analytics.max_age_secs = Some(v);
        }
        if let Some(v) = self.cache_mib {
            c.buffer.cache_mib = v;
        }
        if let Some(v) = &self.bearer_tokens {
            c.auth.bearer_tokens = v.iter().filter(|t| !t.is_empty()).cloned().collect();
        }
        if self.allow_unauthenticated {
            c.auth.allow_unauthenticated = true;
        }
        self.apply_tls(&mut c)?;
        c.validate()?;
        Ok(c)
    }

    /// `--tls-*` override single fields of `[tls]`, or make one when both files are named.
    fn apply_tls(&self, c: &mut CollectorConfig) -> anyhow::Result<()> {
        match (&mut c.tls, &self.tls_cert, &self.tls_key) {
            (Some(t), cert, key) => {
                if let Some(v) = cert {
                    t.cert_file = v.clone();
                }
                if let Some(v) = key {
                    t.key_file = v.clone();
                }
            }
            (None, Some(cert), Some(key)) => {
                c.tls = Some(TlsConfig {
                    cert_file: cert.clone(),
                    key_file: key.clone(),
                    client_ca_file: None,
                });
            }
            (None, None, None) if self.tls_client_ca.is_none() => {}
            (None, ..) => anyhow::bail!(
                "TLS needs both --tls-cert and --tls-key (or a [tls] table with cert_file and key_file)"
            ),
        }
        if let (Some(t), Some(ca)) = (&mut c.tls, &self.tls_client_ca) {
            t.client_ca_file = Some(ca.clone());
        }
        Ok(())
    }
}

/// Runs `coxswain serve`.
pub fn run(args: ServeArgs) -> anyhow::Result<()> {
    init_logging();
    let config = args.resolve()?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(serve(config))
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

/// Serves until SIGINT/SIGTERM, then drains, flushes and returns.
pub async fn serve(config: CollectorConfig) -> anyhow::Result<()> {
    // Bad TLS files stop start-up before anything listens, naming the file.
    let tls = config.tls.as_ref().map(ServerTls::load).transpose()?;
    // So are bad tokens (an empty token file, a token listed twice).
    let keyring = Arc::new(Keyring::from_config(&config.auth)?);
    crate::data_dir::prepare(&config.data_dir)
        .with_context(|| format!("cannot create data dir {}", config.data_dir.display()))?;
    let buffer = Arc::new(
        Buffer::open_with(&config.data_dir, config.buffer.options())
            .with_context(|| format!("cannot open the buffer in {}", config.data_dir.display()))?,
    );
    buffer.set_max_bytes(config.buffer.max_bytes);
    let metrics = Arc::new(Metrics::default());
    let consumers = Arc::new(config.consumers());
    let gate = Gate { keyring: keyring.clone(), metrics: metrics.clone() };
    let ingest = Arc::new(Ingest {
        buffer: buffer.clone(),
        metrics: metrics.clone(),
        max_request_bytes: config.max_request_bytes,
        span_window: config.span_window(),
        body_read_timeout: Duration::from_secs(config.limits.body_read_timeout_secs),
    });
    let limits = ConnLimits::new(&config.limits, metrics.clone());

    let grpc_listener = tokio::net::TcpListener::bind(config.grpc_addr)
        .await
        .with_context(|| format!("cannot listen on {} (grpc)", config.grpc_addr))?;
    let http_listener = tokio::net::TcpListener::bind(config.http_addr)
        .await
        .with_context(|| format!("cannot listen on {} (http)", config.http_addr))?;
    let grpc_addr = grpc_listener.local_addr()?;
    let http_addr = http_listener.local_addr()?;

    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    let shutdown_rx_for_drain = shutdown_rx.clone();

    let assembler =
        crate::assembler::spawn(buffer.clone(), config.analytics.clone(), shutdown_rx.clone());
    let forwarders = crate::forwarder::spawn_all(
        buffer.clone(),
        &config.forward,
        metrics.clone(),
        shutdown_rx.clone(),
    )
    .map_err(anyhow::Error::msg)?;
    let analytics_age = config.analytics.max_age_secs.unwrap_or(config.buffer.max_age_secs);
    let retention = tokio::spawn(retention_loop(
        buffer.clone(),
        Retention {
            buffer: RetentionPolicy {
                max_age: (config.buffer.max_age_secs > 0)
                    .then(|| Duration::from_secs(config.buffer.max_age_secs)),
                max_bytes: config.buffer.max_bytes,
                consumers: consumers.to_vec(),
            },
            analytics_max_age: (analytics_age > 0).then(|| Duration::from_secs(analytics_age)),
        },
        Duration::from_secs(config.buffer.retention_interval_secs.max(1)),
        shutdown_rx.clone(),
    ));

    let (clickhouse, clickhouse_writer) = match &config.clickhouse {
        Some(ch) => {
            let (client, writer) =
                crate::clickhouse::start(ch, buffer.clone(), shutdown_rx.clone())?;
            (Some(client), Some(writer))
        }
        None => (None, None),
    };
    let report_gauges = Arc::new(crate::observe::ReportGauges::default());
    let report_refresh = (config.metrics.report_interval_secs > 0).then(|| {
        tokio::spawn(crate::observe::report_gauges::refresh_loop(
            report_gauges.clone(),
            buffer.clone(),
            config.analytics.clone(),
            Duration::from_secs(config.metrics.report_interval_secs),
            shutdown_rx.clone(),
        ))
    });
    let query_state = crate::query::QueryState::new(
        buffer.clone(),
        config.analytics.clone(),
        config.limits.max_concurrent_queries,
    )
    .with_clickhouse(clickhouse);
    let (traces, logs, metrics_service) = crate::receiver::grpc::services(ingest.clone());
    let edge = crate::receiver::auth::GrpcEdgeLayer {
        gate: gate.clone(),
        limit: config.max_request_bytes,
        metrics: metrics.clone(),
    };
    // Pings every header timeout: a live client answers them, a silent peer hits the idle limit.
    let mut grpc = tonic::transport::Server::builder()
        .max_concurrent_streams(limits.max_concurrent_streams)
        .http2_keepalive_interval(Some(limits.header_read_timeout))
        .http2_keepalive_timeout(Some(limits.header_read_timeout));
    if let Some(t) = &tls {
        grpc = grpc.tls_config(t.grpc.clone()).context("gRPC TLS configuration")?;
    }
    let grpc = grpc
        .layer(edge)
        .add_service(traces)
        .add_service(logs)
        .add_service(metrics_service)
        .add_service(crate::query::grpc_service(query_state.clone()))
        .serve_with_incoming_shutdown(
            LimitedListener::new(grpc_listener, &limits),
            wait_true(shutdown_rx.clone()),
        );

    let router = axum::Router::new()
        .route("/healthz", axum::routing::get(healthz).with_state(buffer.clone()))
        .merge(crate::receiver::http::routes(crate::receiver::http::HttpState {
            ingest: ingest.clone(),
        }))
        .merge(crate::observe::routes(ObserveState {
            buffer: buffer.clone(),
            metrics: metrics.clone(),
            consumers,
            report: report_gauges,
        }))
        .merge(crate::query::http_routes(query_state))
        .merge(crate::dashboard::routes())
        // Every route, the 404 fallback included, goes through the one policy table.
        .layer(axum::middleware::from_fn_with_state(gate, crate::auth::http_guard));
    let http_shutdown = wait_true(shutdown_rx);
    let http_listener = LimitedListener::new(http_listener, &limits);
    let http_task = match &tls {
        Some(t) => {
            let listener = TlsListener::new(http_listener, t.http.clone());
            tokio::spawn(async move { serve_http(listener, router, &limits, http_shutdown).await })
        }
        None => {
            tokio::spawn(
                async move { serve_http(http_listener, router, &limits, http_shutdown).await },
            )
        }
    };

    let tls_mode = match &tls {
        None => "off",
        Some(t) if t.mutual => "mutual",
        Some(_) => "on",
    };
    let auth_mode = if keyring.is_open() { "off (every caller is admin)" } else { "tokens" };
    tracing::info!(%grpc_addr, %http_addr, tls = tls_mode, auth = auth_mode,
        data_dir = %config.data_dir.display(), "Coxswain listening.");
    // Scripts parse this line (`http=` last): keep its shape; the TLS mode is in the log line.
    println!("coxswain listening grpc={grpc_addr} http={http_addr}");

    let mut drain_rx = shutdown_rx_for_drain;
    let grpc_task = tokio::spawn(grpc);
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("Shutting down: finishing requests in flight.");
        let _ = shutdown_tx.send(true);
        // Keep the sender alive so receivers see `true`, not a closed channel.
        std::future::pending::<()>().await;
    });

    let servers = async { tokio::join!(grpc_task, http_task) };
    // A client that stalls mid-request must not keep the collector from stopping.
    let grace = async {
        let _ = drain_rx.wait_for(|v| *v).await;
        tokio::time::sleep(SHUTDOWN_GRACE).await;
    };
    tokio::select! {
        (g, h) = servers => {
            if let Ok(Err(e)) = g {
                tracing::error!(error = %e, "gRPC server failed.");
            }
            if let Err(e) = h {
                tracing::error!(error = %e, "HTTP server failed.");
            }
        }
        _ = grace => tracing::warn!(?SHUTDOWN_GRACE, "Requests still in flight; stopping anyway."),
    }
    for f in forwarders {
        let _ = f.await;
    }
    let _ = retention.await;
    if let Some(r) = report_refresh {
        let _ = r.await;
    }
    let _ = assembler.await;
    if let Some(w) = clickhouse_writer {
        let _ = w.await;
    }
    buffer.flush().await.context("final flush")?;
    tracing::info!("Flushed; bye.");
    Ok(())
}

/// `GET /healthz`: 200 "ok", or 503 naming the storage fault that makes exports fail now (a
/// full disk, a failing write); it turns healthy again by itself once an append succeeds.
async fn healthz(
    axum::extract::State(buffer): axum::extract::State<Arc<Buffer>>,
) -> (axum::http::StatusCode, String) {
    match buffer.fault() {
        None => (axum::http::StatusCode::OK, "ok\n".into()),
        Some(fault) => {
            (axum::http::StatusCode::SERVICE_UNAVAILABLE, format!("unhealthy: {fault}\n"))
        }
    }
}

/// How long requests in flight may take to finish after SIGINT/SIGTERM.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);

/// Resolves once the shutdown flag turns true.
async fn wait_true(mut rx: watch::Receiver<bool>) {
    let _ = rx.wait_for(|v| *v).await;
}

/// SIGINT or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}

/// What retention keeps: buffered requests by [`RetentionPolicy`], sessions by age, and both
/// together within `buffer.max_bytes`.
#[derive(Clone)]
struct Retention {
    buffer: RetentionPolicy,
    analytics_max_age: Option<Duration>,
}

/// Runs retention every `every` until shutdown.
async fn retention_loop(
    buffer: Arc<Buffer>,
    policy: Retention,
    every: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = buffer.room_needed() => {}
            _ = shutdown.wait_for(|v| *v) => return,
        }
        let b = buffer.clone();
        let p = policy.clone();
        match tokio::task::spawn_blocking(move || retain(&b, &p)).await {
            Ok(Ok((requests, sessions))) => {
                if requests > 0 {
                    tracing::info!(removed = requests, "Retention removed processed requests.");
                }
                if sessions.sessions > 0 {
                    tracing::info!(
                        removed = sessions.sessions,
                        bytes = sessions.bytes,
                        "Retention removed old sessions."
                    );
                }
            }
            Ok(Err(e)) => tracing::error!(error = %e, "Retention failed."),
            Err(e) => tracing::error!(error = %e, "Retention panicked."),
        }
    }
}

/// One retention pass. The size bound covers the buffer and the analytics trees together:
/// processed requests go first (they have been forwarded and assembled), then the sessions with
/// the oldest last span; appends are refused once unprocessed requests fill what is left.
fn retain(
    buffer: &Buffer,
    policy: &Retention,
) -> anyhow::Result<(u64, crate::assembler::store::PrunedSessions)> {
    let store = crate::assembler::store::Store::open(buffer.db())?;
    let cutoff = policy.analytics_max_age.map(|age| {
        let now =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        now.saturating_sub(age).as_nanos().min(u64::MAX as u128) as u64
    });
    let aged = store.prune(cutoff, None)?;
    let max = policy.buffer.max_bytes;
    let mut p = policy.buffer.clone();
    p.max_bytes = max.saturating_sub(store.bytes()?);
    let requests = buffer.prune(&p)?.removed;
    // Like the buffer's own pass, trim to 80% of the bound to leave room for bursts.
    let target = max - max / 5;
    let held = buffer.totals().bytes;
    let sized = if held.saturating_add(store.bytes()?) > target {
        store.prune(None, Some(target.saturating_sub(held)))?
    } else {
        Default::default()
    };
    buffer.set_max_bytes(max.saturating_sub(store.bytes()?));
    let sessions = crate::assembler::store::PrunedSessions {
        sessions: aged.sessions + sized.sessions,
        bytes: aged.bytes + sized.bytes,
    };
    Ok((requests, sessions))
}
