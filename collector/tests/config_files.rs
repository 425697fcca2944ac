//! Config files: the good ones parse to the values they say; the bad ones are refused with the
//! offending key or value named, both by the library and by `coxswain serve` at start-up.

use std::path::{Path, PathBuf};

use coxswain_collector::auth::Role;
use coxswain_collector::config::{CollectorConfig, ForwardProtocol};

fn testdata(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join(name)
}

#[test]
fn good_full_config_parses_to_its_values() {
    let c = CollectorConfig::from_file(&testdata("good_full.toml")).unwrap();
    c.validate().unwrap();
    assert_eq!(c.grpc_addr.to_string(), "0.0.0.0:4317");
    assert_eq!(c.max_request_bytes, 8 * 1024 * 1024);
    assert_eq!(c.buffer.cache_mib, 32);
    assert_eq!(c.buffer.max_age_secs, 86400);
    assert_eq!((c.buffer.segment_mib, c.buffer.min_free_mib, c.buffer.fsync), (16, 512, false));
    assert_eq!(c.analytics.step_mib, 4);
    assert_eq!(c.forward.len(), 2);
    assert_eq!(c.forward[0].protocol, ForwardProtocol::Grpc);
    assert_eq!(c.forward[1].protocol, ForwardProtocol::Http);
    assert_eq!(c.forward[1].headers["x-api-key"], "abc");
    assert_eq!(c.auth.bearer_tokens, vec!["t1", "t2"]);
    assert_eq!(c.analytics.idle_close_secs, 1800);
    assert_eq!(c.analytics.min_group_users, 3);
    assert_eq!(c.metrics.report_interval_secs, 15);
    let price = c.analytics.prices.price("claude-sonnet-4-6").expect("priced by prefix");
    assert_eq!(
        (price.input, price.output, price.cache_read, price.cache_creation),
        (3.0, 15.0, 0.3, 3.75)
    );
    assert!(c.analytics.prices.price("gpt-5").is_none());
    assert_eq!(c.consumers(), vec!["forward:tempo", "forward:otelcol", "assembler"]);
    assert_eq!(c.forward[1].max_backlog_bytes, Some(512 * 1024 * 1024));
    assert_eq!(c.forward[1].max_backlog_age_secs, Some(3600));
    assert_eq!(c.forward[0].max_backlog_bytes, None);
    assert_eq!(c.limits.max_connections, 256);
    assert_eq!(c.limits.max_concurrent_streams, 32);
    assert_eq!(c.limits.header_read_timeout_secs, 5);
    assert_eq!(c.limits.body_read_timeout_secs, 20);
    assert_eq!(c.limits.max_concurrent_queries, 2);
    let w = c.span_window();
    assert_eq!((w.past, w.future), (None, std::time::Duration::from_secs(600)));
}

#[test]
fn good_minimal_config_is_all_defaults() {
    let c = CollectorConfig::from_file(&testdata("good_minimal.toml")).unwrap();
    c.validate().unwrap();
    assert_eq!(c.http_addr.to_string(), "127.0.0.1:4318");
    assert_eq!(c.data_dir, PathBuf::from("coxswain-data"));
    assert_eq!(c.buffer.cache_mib, 64);
    assert_eq!((c.buffer.segment_mib, c.buffer.min_free_mib, c.buffer.fsync), (64, 64, true));
    assert_eq!(c.analytics.step_mib, 8);
    assert!(c.forward.is_empty());
    assert_eq!(c.limits.max_connections, 1024);
    // The span age bound follows the buffer's retention unless set.
    assert_eq!(c.span_window().past, Some(std::time::Duration::from_secs(7 * 24 * 3600)));
}

#[test]
fn good_roles_config_parses_tokens_with_roles_and_teams() {
    let c = CollectorConfig::from_file(&testdata("good_roles.toml")).unwrap();
    c.validate().unwrap();
    assert_eq!(c.auth.bearer_tokens, vec!["legacy-ingest"]);
    let t = &c.auth.tokens;
    assert_eq!((t[0].role, t[0].team.as_deref()), (Role::Ingest, Some("payments")));
    assert_eq!(t[1].token_file.as_deref(), Some(Path::new("/etc/coxswain/reader.token")));
    assert_eq!((t[1].role, t[2].role), (Role::Read, Role::Admin));
    assert_eq!(c.analytics.max_age_secs, Some(365 * 86_400));
}

#[test]
fn bad_configs_are_refused_naming_what_is_wrong() {
    let cases = [
        ("bad_typo_top_level.toml", "max_reqest_bytes"),
        ("bad_typo_forward.toml", "endpont"),
        ("bad_typo_analytics.toml", "idle_close_sec"),
        ("bad_typo_metrics.toml", "report_interval"),
        ("bad_protocol.toml", "udp"),
        ("bad_endpoint_scheme.toml", "must start with http://"),
        ("bad_segment_size.toml", "buffer.segment_mib"),
        ("bad_typo_limits.toml", "max_conections"),
        ("bad_zero_backlog.toml", "max_backlog_bytes"),
        ("bad_price_negative.toml", "claude-opus-4"),
        ("bad_price_typo.toml", "cache_reads"),
        ("bad_empty_token.toml", "auth.tokens[0]: token is empty"),
        ("bad_role.toml", "owner"),
        ("bad_token_and_file.toml", "exactly one of token and token_file"),
        ("bad_open_non_loopback.toml", "allow_unauthenticated"),
        ("bad_clickhouse_typo.toml", "databse"),
        ("bad_clickhouse_scheme.toml", "must start with http:// or https://"),
        ("bad_clickhouse_two_passwords.toml", "password or password_file, not both"),
        ("bad_native_user_key_missing.toml", "analytics.native_user_key_file"),
        ("bad_native_user_key_short.toml", "at least 16 are needed"),
    ];
    for (file, needle) in cases {
        let err = match CollectorConfig::from_file(&testdata(file)) {
            Err(e) => e.to_string(),
            Ok(c) => c.validate().expect_err(file).to_string(),
        };
        assert!(err.contains(needle), "{file}: {err:?} should name {needle:?}");
    }
}

#[test]
fn a_shared_native_user_key_file_is_read_and_trimmed() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("native-user.key");
    std::fs::write(&key, "0123456789abcdef0123456789abcdef\n").unwrap();
    let toml = format!("[analytics]\nnative_user_key_file = {:?}\n", key.to_str().unwrap());
    let c = CollectorConfig::from_toml(&toml).unwrap();
    c.validate().unwrap();
    assert_eq!(c.analytics.native_user_key_file.as_deref(), Some(key.as_path()));
    let read = coxswain_collector::assembler::native::read_key_file(&key).unwrap();
    assert_eq!(read, b"0123456789abcdef0123456789abcdef");
    assert_eq!(CollectorConfig::default().analytics.native_user_key_file, None);
}

#[test]
fn serve_refuses_a_typo_key_at_start_up_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coxswain"))
        .args(["serve", "--config"])
        .arg(testdata("bad_typo_top_level.toml"))
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("max_reqest_bytes"), "{stderr}");
    assert!(!dir.path().join("data").exists(), "nothing is created before the config is valid");
}

#[test]
fn environment_variables_configure_serve() {
    let dir = tempfile::tempdir().unwrap();
    let mut serve = std::process::Command::new(env!("CARGO_BIN_EXE_coxswain"));
    serve
        .arg("serve")
        .env("COXSWAIN_DATA_DIR", dir.path().join("envdata"))
        .env("COXSWAIN_GRPC_ADDR", "127.0.0.1:0")
        .env("COXSWAIN_HTTP_ADDR", "127.0.0.1:0");
    let (mut child, line) = coxswain_test_support::spawn_reading_first_line(serve);
    assert!(line.starts_with("coxswain listening"), "{line}");
    assert!(dir.path().join("envdata").is_dir());
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn the_annotated_sample_config_is_valid() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/collector.toml");
    let c = CollectorConfig::from_file(&path).unwrap();
    c.validate().unwrap();
    assert_eq!(c.buffer.cache_mib, 64);
}

#[test]
fn clickhouse_table_parses_and_adds_the_writer_cursor() {
    let c = CollectorConfig::from_file(&testdata("good_clickhouse.toml")).unwrap();
    c.validate().unwrap();
    let ch = c.clickhouse.as_ref().expect("[clickhouse]");
    assert_eq!(ch.url, "https://clickhouse.internal:8443");
    assert_eq!(ch.database, "coxswain_prod");
    assert_eq!(ch.user, "coxswain");
    assert!(ch.auto_init);
    assert_eq!(ch.retention_days, 730);
    assert_eq!((ch.max_batch_rows, ch.max_batch_bytes), (20_000, 8 * 1024 * 1024));
    assert_eq!(c.consumers(), vec!["assembler", "clickhouse", "clickhouse_sessions"]);
    let minimal = CollectorConfig::from_toml("[clickhouse]\n").unwrap();
    assert_eq!(minimal.clickhouse.unwrap().url, "http://127.0.0.1:8123");
}

#[test]
fn serve_without_tokens_refuses_a_non_loopback_address_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coxswain"))
        .args(["serve", "--grpc-addr", "0.0.0.0:0", "--http-addr", "127.0.0.1:0"])
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .env_remove("COXSWAIN_ALLOW_UNAUTHENTICATED")
        .env_remove("COXSWAIN_BEARER_TOKENS")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("0.0.0.0:0 without authentication"), "{stderr}");
    assert!(stderr.contains("--allow-unauthenticated"), "{stderr}");

    // Explicitly allowed, the same addresses pass (checked without binding a public socket:
    // tests stay on loopback).
    let mut c = CollectorConfig::from_file(&testdata("bad_open_non_loopback.toml")).unwrap();
    c.auth.allow_unauthenticated = true;
    c.validate().unwrap();
}
