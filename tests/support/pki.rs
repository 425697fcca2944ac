//! TLS test material made at test time with rcgen (a CA, a server certificate for
//! 127.0.0.1/localhost, a client certificate), and a collector started on it; shared by the
//! hook's and the collector's TLS tests.

use std::path::{Path, PathBuf};

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};

use crate::Collector;

/// PEM files in a test directory.
pub struct Pki {
    /// The CA certificate (trusted by clients, and by the server for client certificates).
    pub ca: PathBuf,
    /// The server's certificate (SANs 127.0.0.1 and localhost), signed by the CA.
    pub cert: PathBuf,
    /// The server's key.
    pub key: PathBuf,
    /// A client certificate signed by the CA.
    pub client_cert: PathBuf,
    /// Its key.
    pub client_key: PathBuf,
}

/// Makes a fresh CA, server and client certificate under `dir`.
pub fn pki(dir: &Path) -> Pki {
    std::fs::create_dir_all(dir).unwrap();
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "Coxswain test CA");
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let leaf = |names: Vec<String>, cn: &str| {
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::new(names).unwrap();
        params.distinguished_name.push(DnType::CommonName, cn);
        let cert = params.signed_by(&key, &issuer).unwrap();
        (cert.pem(), key.serialize_pem())
    };
    let (server_pem, server_key) =
        leaf(vec!["127.0.0.1".into(), "localhost".into()], "coxswain test server");
    let (client_pem, client_key) = leaf(vec!["client.test".into()], "coxswain test client");
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    Pki {
        ca: write("ca.pem", &ca_cert.pem()),
        cert: write("server.pem", &server_pem),
        key: write("server.key", &server_key),
        client_cert: write("client.pem", &client_pem),
        client_key: write("client.key", &client_key),
    }
}

/// A `[tls]` table for the server side; `mutual` also requires client certificates.
pub fn tls_toml(p: &Pki, mutual: bool) -> String {
    let mut s = format!(
        "[tls]\ncert_file = {:?}\nkey_file = {:?}\n",
        p.cert.display().to_string(),
        p.key.display().to_string()
    );
    if mutual {
        s.push_str(&format!("client_ca_file = {:?}\n", p.ca.display().to_string()));
    }
    s
}

/// Writes `toml` beside the data dir and starts a TLS collector with `--config` on it.
pub fn start_tls_with_config(data_dir: &Path, toml: &str, extra: &[&str]) -> Collector {
    let cfg = crate::write_config(data_dir, toml);
    let mut args = vec!["--config", cfg.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    Collector::start_tls_on_any_port(data_dir, &args)
}

/// Starts a collector serving TLS on both ports with `[tls]` from `p`; `mutual` also
/// requires client certificates signed by the CA.
pub fn start_tls_collector(data_dir: &Path, p: &Pki, mutual: bool) -> Collector {
    start_tls_with_config(data_dir, &tls_toml(p, mutual), &[])
}

/// `https://127.0.0.1:PORT` of the gRPC side.
pub fn grpc_https(c: &Collector) -> String {
    format!("https://{}", c.grpc)
}

/// `https://127.0.0.1:PORT` of the HTTP side.
pub fn http_https(c: &Collector) -> String {
    format!("https://{}", c.http)
}
