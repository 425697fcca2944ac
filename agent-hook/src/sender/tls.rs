//! TLS for `https://` targets: the CA to trust and the client identity for mutual TLS, read
//! from the target's PEM files when the sender builds its exporter (never on the hook's path).

use crate::config::Target;
use std::path::Path;
use tonic::transport::{Certificate, ClientTlsConfig, Identity};

/// The TLS settings for `target`: `None` for plain `http://`; for `https://`, its CA file (or
/// the system's roots) and its client certificate and key when both are named.
pub fn client_config(target: &Target) -> Result<Option<ClientTlsConfig>, String> {
    if !target.endpoint.starts_with("https://") {
        return Ok(None);
    }
    let mut tls = match &target.ca_file {
        Some(path) => ClientTlsConfig::new().ca_certificate(Certificate::from_pem(read_pem(
            "CA file",
            path,
            "CERTIFICATE",
        )?)),
        None => ClientTlsConfig::new().with_native_roots(),
    };
    match (&target.client_cert_file, &target.client_key_file) {
        (Some(cert), Some(key)) => {
            let cert = read_pem("client certificate", cert, "CERTIFICATE")?;
            let key = read_pem("client key", key, "PRIVATE KEY")?;
            tls = tls.identity(Identity::from_pem(cert, key));
        }
        (None, None) => {}
        _ => return Err("a client certificate needs its key, and a key its certificate".into()),
    }
    Ok(Some(tls))
}

/// Reads a PEM file and checks it holds a block of `kind` (e.g. `PRIVATE KEY` also matches
/// `RSA PRIVATE KEY`), so a wrong file fails with its name rather than as a handshake error.
fn read_pem(what: &str, path: &Path, kind: &str) -> Result<Vec<u8>, String> {
    let pem = std::fs::read(path).map_err(|e| format!("{what} {}: {e}", path.display()))?;
    let text = String::from_utf8_lossy(&pem);
    let found = text
        .lines()
        .any(|l| l.starts_with("-----BEGIN ") && l.trim_end().ends_with(&format!("{kind}-----")));
    if !found {
        return Err(format!("{what} {}: no PEM {kind} block", path.display()));
    }
    Ok(pem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_needs_no_tls_and_half_an_identity_is_refused() {
        let plain = Target { endpoint: "http://127.0.0.1:4317".into(), ..Target::default() };
        assert!(client_config(&plain).unwrap().is_none());
        let dir = tempfile::tempdir().unwrap();
        let cert = dir.path().join("c.pem");
        std::fs::write(&cert, "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n")
            .unwrap();
        let half = Target {
            endpoint: "https://127.0.0.1:4317".into(),
            client_cert_file: Some(cert.clone()),
            ..Target::default()
        };
        assert!(client_config(&half).is_err());
        let wrong_kind = Target {
            endpoint: "https://127.0.0.1:4317".into(),
            ca_file: Some(dir.path().join("missing.pem")),
            ..Target::default()
        };
        let err = client_config(&wrong_kind).unwrap_err();
        assert!(err.contains("missing.pem"), "{err}");
        let with_ca = Target {
            endpoint: "https://127.0.0.1:4317".into(),
            ca_file: Some(cert),
            ..Target::default()
        };
        assert!(client_config(&with_ca).unwrap().is_some());
    }
}
