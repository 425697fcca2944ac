//! An axum [`Listener`](axum::serve::Listener) that speaks TLS only: TCP connections are
//! accepted at once and their handshakes run concurrently (a slow or plaintext client cannot
//! hold up the others); only finished handshakes reach axum.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::server::TlsStream;

use super::HANDSHAKE_TIMEOUT;

type Handshake = Result<(TlsStream<TcpStream>, SocketAddr), String>;

/// A TCP listener whose connections are TLS streams.
pub struct TlsListener {
    tcp: TcpListener,
    acceptor: TlsAcceptor,
    handshakes: JoinSet<Handshake>,
}

impl TlsListener {
    /// Wraps a bound listener.
    pub fn new(tcp: TcpListener, config: Arc<ServerConfig>) -> Self {
        Self { tcp, acceptor: TlsAcceptor::from(config), handshakes: JoinSet::new() }
    }

    fn start_handshake(&mut self, stream: TcpStream, peer: SocketAddr) {
        let acceptor = self.acceptor.clone();
        let _ = stream.set_nodelay(true);
        self.handshakes.spawn(async move {
            match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                Ok(Ok(tls)) => Ok((tls, peer)),
                Ok(Err(e)) => Err(format!("TLS handshake with {peer} failed: {e}")),
                Err(_) => Err(format!("TLS handshake with {peer} timed out")),
            }
        });
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            tokio::select! {
                accepted = self.tcp.accept() => match accepted {
                    Ok((stream, peer)) => self.start_handshake(stream, peer),
                    // Out of file descriptors and the like: back off instead of spinning.
                    Err(e) => {
                        tracing::warn!(error = %e, "HTTPS accept failed.");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                },
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
