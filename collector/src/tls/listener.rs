//! An axum [`Listener`](axum::serve::Listener) that speaks TLS only: TCP connections are
//! accepted at once and their handshakes run concurrently (a slow or plaintext client cannot
//! hold up the others); only finished handshakes reach axum.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::server::TlsStream;

use super::HANDSHAKE_TIMEOUT;

type Handshake<IO> = Result<(TlsStream<IO>, SocketAddr), String>;

/// A listener whose connections are TLS streams over those of `L` (TCP, within its limits).
pub struct TlsListener<L: axum::serve::Listener> {
    tcp: L,
    acceptor: TlsAcceptor,
    handshakes: JoinSet<Handshake<L::Io>>,
}

impl<L> TlsListener<L>
where
    L: axum::serve::Listener<Addr = SocketAddr>,
    L::Io: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    /// Wraps a bound listener.
    pub fn new(tcp: L, config: Arc<ServerConfig>) -> Self {
        Self { tcp, acceptor: TlsAcceptor::from(config), handshakes: JoinSet::new() }
    }

    fn start_handshake(&mut self, stream: L::Io, peer: SocketAddr) {
        let acceptor = self.acceptor.clone();
        self.handshakes.spawn(async move {
            match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                Ok(Ok(tls)) => Ok((tls, peer)),
                Ok(Err(e)) => Err(format!("TLS handshake with {peer} failed: {e}")),
                Err(_) => Err(format!("TLS handshake with {peer} timed out")),
            }
        });
    }
}

impl<L> axum::serve::Listener for TlsListener<L>
where
    L: axum::serve::Listener<Addr = SocketAddr>,
    L::Io: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Io = TlsStream<L::Io>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            tokio::select! {
                (stream, peer) = self.tcp.accept() => self.start_handshake(stream, peer),
                Some(done) = self.handshakes.join_next(), if !self.handshakes.is_empty() => {
                    match done {
                        Ok(Ok(conn)) => return conn,
                        // A plaintext client or a bad certificate: its problem, not ours.
                        Ok(Err(m)) => tracing::debug!("{m}"),
                        Err(e) => tracing::debug!(error = %e, "TLS handshake task failed."),
                    }
                }
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.tcp.local_addr()
    }
}
