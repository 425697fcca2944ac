//! TLS test material made at test time with rcgen: a CA, a server certificate for
//! 127.0.0.1/localhost and a client certificate (the collector's tests do the same; test
//! modules cannot be shared across crates), and a TLS collector started on them.
#![allow(dead_code)]

use coxswain_test_support::Collector;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use std::path::{Path, PathBuf};

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
    ca_params.distinguished_name.push(DnType::CommonName, "Coxswain hook test CA");
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

/// Starts a collector serving TLS on both ports with `[tls]` from `p`; `mutual` also
/// requires client certificates signed by the CA.
pub fn start_tls_collector(data_dir: &Path, p: &Pki, mutual: bool) -> Collector {
    let mut toml = format!(
        "[tls]\ncert_file = {:?}\nkey_file = {:?}\n",
        p.cert.display().to_string(),
        p.key.display().to_string()
    );
    if mutual {
        toml.push_str(&format!("client_ca_file = {:?}\n", p.ca.display().to_string()));
    }
    let cfg = data_dir.with_extension("toml");
    std::fs::write(&cfg, toml).unwrap();
    Collector::start_tls_on_any_port(data_dir, &["--config", cfg.to_str().unwrap()])
}

/// `https://127.0.0.1:PORT` of the collector's gRPC side.
pub fn grpc_https(c: &Collector) -> String {
    format!("https://{}", c.grpc)
}
