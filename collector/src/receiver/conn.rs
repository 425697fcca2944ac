//! Connection limits for both ports (`[limits]`): at most `max_connections` open per port (more
//! are closed at once), and a connection that reads nothing for a while is closed, so idle and
//! slowloris clients cannot hold the ports. The HTTP port runs its own hyper accept loop for
//! the header read timeout and stream limit that `axum::serve` does not expose.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Instant, Sleep};

use crate::config::LimitsConfig;
use crate::observe::{Metrics, add};

/// The per-port limits, with the counters they feed.
#[derive(Clone)]
pub struct ConnLimits {
    /// Connections open at once on this port.
    pub max_connections: usize,
    /// Concurrent HTTP/2 streams per connection.
    pub max_concurrent_streams: u32,
    /// See `limits.header_read_timeout_secs`.
    pub header_read_timeout: Duration,
    /// Counters.
    pub metrics: Arc<Metrics>,
}

impl ConnLimits {
    /// The limits of `[limits]`.
    pub fn new(cfg: &LimitsConfig, metrics: Arc<Metrics>) -> Self {
        Self {
            max_connections: cfg.max_connections,
            max_concurrent_streams: cfg.max_concurrent_streams,
            header_read_timeout: Duration::from_secs(cfg.header_read_timeout_secs),
            metrics,
        }
    }

    /// How long a connection may neither read nor write: HTTP/2 pings every header timeout
    /// keep a live client talking, so only a silent (dead or hostile) peer reaches it.
    pub fn idle(&self) -> Duration {
        self.header_read_timeout * 3
    }
}

/// A stream that holds one of its port's connection slots and fails its reads once nothing
/// was received or sent for `idle`.
pub struct Limited<IO> {
    inner: IO,
    idle: Duration,
    deadline: Pin<Box<Sleep>>,
    metrics: Arc<Metrics>,
    _slot: OwnedSemaphorePermit,
}

impl<IO> Limited<IO> {
    fn new(inner: IO, idle: Duration, metrics: Arc<Metrics>, slot: OwnedSemaphorePermit) -> Self {
        let deadline = Box::pin(tokio::time::sleep(idle));
        Self { inner, idle, deadline, metrics, _slot: slot }
    }
}

impl<IO> Limited<IO> {
    /// Pushes the idle deadline out: the connection just moved bytes.
    fn touch(&mut self) {
        let next = Instant::now() + self.idle;
        self.deadline.as_mut().reset(next);
    }
}

impl<IO: AsyncRead + Unpin> AsyncRead for Limited<IO> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        match Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(r) => {
                if buf.filled().len() > before {
                    self.touch();
                }
                Poll::Ready(r)
            }
            Poll::Pending => {
                ready!(self.deadline.as_mut().poll(cx));
                add(&self.metrics.connections_timed_out, 1);
                Poll::Ready(Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "nothing received within the idle limit (limits.header_read_timeout_secs)",
                )))
            }
        }
    }
}

impl<IO: AsyncWrite + Unpin> AsyncWrite for Limited<IO> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let r = ready!(Pin::new(&mut self.inner).poll_write(cx, buf));
        if matches!(r, Ok(n) if n > 0) {
            self.touch();
        }
        Poll::Ready(r)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let r = ready!(Pin::new(&mut self.inner).poll_write_vectored(cx, bufs));
        if matches!(r, Ok(n) if n > 0) {
            self.touch();
        }
        Poll::Ready(r)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

impl tonic::transport::server::Connected for Limited<TcpStream> {
    type ConnectInfo = tonic::transport::server::TcpConnectInfo;
    fn connect_info(&self) -> Self::ConnectInfo {
        self.inner.connect_info()
    }
}

/// A TCP listener that hands out [`Limited`] streams; over the limit, connections are closed
/// at once (the client sees a reset and retries) rather than left waiting unanswered.
pub struct LimitedListener {
    tcp: TcpListener,
    slots: Arc<Semaphore>,
    idle: Duration,
    metrics: Arc<Metrics>,
}

impl LimitedListener {
    /// Wraps a bound listener.
    pub fn new(tcp: TcpListener, limits: &ConnLimits) -> Self {
        Self {
            tcp,
            slots: Arc::new(Semaphore::new(limits.max_connections)),
            idle: limits.idle(),
            metrics: limits.metrics.clone(),
        }
    }

    /// The next connection within the limit.
    fn poll_next_conn(&mut self, cx: &mut Context<'_>) -> Poll<(Limited<TcpStream>, SocketAddr)> {
        loop {
            let (stream, peer) = match self.tcp.poll_accept(cx) {
                Poll::Ready(Ok(x)) => x,
                Poll::Ready(Err(e)) => {
                    // Out of file descriptors and the like: logged, and the loop goes on (the
                    // error is per connection on Linux, so this does not spin).
                    tracing::warn!(error = %e, "Accept failed.");
                    continue;
                }
                Poll::Pending => return Poll::Pending,
            };
            let Ok(slot) = self.slots.clone().try_acquire_owned() else {
                add(&self.metrics.connections_refused, 1);
                tracing::debug!(%peer, "Connection refused: limits.max_connections are open.");
                drop(stream);
                continue;
            };
            let _ = stream.set_nodelay(true);
            return Poll::Ready((
                Limited::new(stream, self.idle, self.metrics.clone(), slot),
                peer,
            ));
        }
    }
}

impl axum::serve::Listener for LimitedListener {
    type Io = Limited<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        std::future::poll_fn(|cx| self.poll_next_conn(cx)).await
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.tcp.local_addr()
    }
}

/// The gRPC server's incoming connections.
impl tokio_stream::Stream for LimitedListener {
    type Item = io::Result<Limited<TcpStream>>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.poll_next_conn(cx).map(|(io, _)| Some(Ok(io)))
    }
}

/// Serves `router` on `listener` until `shutdown`, then lets open requests finish: HTTP/1
/// headers must arrive within the header timeout, HTTP/2 connections get the stream limit.
pub async fn serve_http<L>(
    mut listener: L,
    router: axum::Router,
    limits: &ConnLimits,
    shutdown: impl Future<Output = ()>,
) where
    L: axum::serve::Listener,
{
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(limits.header_read_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_concurrent_streams(limits.max_concurrent_streams)
        .keep_alive_interval(limits.header_read_timeout)
        .keep_alive_timeout(limits.header_read_timeout);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (io, _peer) = tokio::select! {
            conn = listener.accept() => conn,
            _ = &mut shutdown => break,
        };
        let service = TowerToHyperService::new(router.clone());
        let conn = builder.serve_connection(TokioIo::new(io), service).into_owned();
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "HTTP connection ended with an error.");
            }
        });
    }
    graceful.shutdown().await;
}
