//! Shared helpers for the agent-hook integration tests: a private config/state dir, the real
//! binary fed one payload per process, and spans read back from a stopped collector's buffer.
#![allow(dead_code)]

pub mod decoders;
pub mod harness_cli;

use coxswain_collector::buffer::{Buffer, Signal};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value::Value as AnyValue;
use prost::Message;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The hook binary under test.
pub const HOOK: &str = env!("CARGO_BIN_EXE_agent-hook");

/// A private XDG config + state dir pair.
pub struct HookEnv {
    pub dir: tempfile::TempDir,
}

impl HookEnv {
    /// Config with `hook.toml` holding `config` (e.g. `background_sender = false`).
    pub fn new(config: &str) -> HookEnv {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("config/coxswain")).unwrap();
        std::fs::write(dir.path().join("config/coxswain/hook.toml"), config).unwrap();
        HookEnv { dir }
    }

    pub fn config_home(&self) -> PathBuf {
        self.dir.path().join("config")
    }
    pub fn state_home(&self) -> PathBuf {
        self.dir.path().join("state")
    }
    pub fn state(&self) -> PathBuf {
        self.state_home().join("coxswain")
    }
    pub fn spool(&self) -> PathBuf {
        self.state().join("spool")
    }

    /// `agent-hook ARGS` with this env; stdin from `input`.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(HOOK);
        cmd.args(args)
            .env("XDG_CONFIG_HOME", self.config_home())
            .env("XDG_STATE_HOME", self.state_home())
            .env_remove("OTEL_EXPORTER_OTLP_ENDPOINT")
            .env_remove("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
            .env_remove("OTEL_EXPORTER_OTLP_HEADERS");
        cmd
    }

    /// Runs `agent-hook claude-code ARGS` with `input` on stdin; asserts exit 0 and no stdout.
    pub fn hook(&self, input: &[u8], args: &[&str]) -> Output {
        let out = self.hook_as("claude-code", input, args);
        assert!(
            out.stdout.is_empty(),
            "hook wrote to stdout: {:?}",
            String::from_utf8_lossy(&out.stdout)
        );
        out
    }

    /// Runs `agent-hook HARNESS ARGS` with `input` on stdin; asserts exit 0.
    pub fn hook_as(&self, harness: &str, input: &[u8], args: &[&str]) -> Output {
        let mut all = vec![harness];
        all.extend_from_slice(args);
        let mut child = self
            .command(&all)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn agent-hook");
        let mut stdin = child.stdin.take().unwrap();
        let data = input.to_vec();
        // Write from a thread: a hook that stopped reading must not deadlock the test.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
        let out = child.wait_with_output().expect("wait agent-hook");
        let _ = writer.join();
        assert_eq!(
            out.status.code(),
            Some(0),
            "hook exit status; stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Feeds every line of a fixture file, one process per line.
    pub fn feed_fixture(&self, name: &str, args: &[&str]) {
        for line in fixture(name).lines().filter(|l| !l.trim().is_empty()) {
            self.hook(line.as_bytes(), args);
        }
    }

    /// `agent-hook flush --timeout 20 ARGS`; returns the output.
    pub fn flush(&self, args: &[&str]) -> Output {
        let mut all = vec!["flush", "--timeout", "20"];
        all.extend_from_slice(args);
        self.command(&all).output().expect("flush")
    }

    /// Every span record in the spool (parsed JSON), in spool order.
    pub fn spooled_spans(&self) -> Vec<Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.spool())
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "json"));
        files.sort();
        files
            .iter()
            .flat_map(|f| {
                // The background sender may ship and delete a batch between the listing and
                // the read; a batch that vanished is no longer in the spool.
                let bytes = match std::fs::read(f) {
                    Ok(b) => b,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
                    Err(e) => panic!("{}: {e}", f.display()),
                };
                let batch: Value = serde_json::from_slice(&bytes).unwrap();
                batch["spans"].as_array().cloned().unwrap_or_default()
            })
            .collect()
    }
}

/// The text of `tests/fixtures/NAME`.
pub fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A span as the collector stored it.
#[derive(Clone, Debug)]
pub struct StoredSpan {
    pub trace_id: String,
    pub span_id: String,
    pub parent_span_id: String,
    pub name: String,
    pub start_ns: u64,
    pub end_ns: u64,
    pub error: bool,
    pub attrs: BTreeMap<String, Value>,
    pub resource: BTreeMap<String, Value>,
}

impl StoredSpan {
    pub fn attr(&self, key: &str) -> &Value {
        self.attrs.get(key).unwrap_or(&Value::Null)
    }
}

fn any_value(v: Option<&opentelemetry_proto::tonic::common::v1::AnyValue>) -> Value {
    match v.and_then(|v| v.value.as_ref()) {
        Some(AnyValue::StringValue(s)) => Value::from(s.clone()),
        Some(AnyValue::IntValue(i)) => Value::from(*i),
        Some(AnyValue::BoolValue(b)) => Value::from(*b),
        Some(AnyValue::DoubleValue(d)) => Value::from(*d),
        _ => Value::Null,
    }
}

/// Every span in every trace request a stopped collector's data dir holds.
pub fn stored_spans(data_dir: &Path) -> Vec<StoredSpan> {
    let buffer = Buffer::open(data_dir, 8 * 1024 * 1024).expect("open collector buffer");
    let entries = buffer.read_after(0, usize::MAX).expect("read buffer");
    let mut out = Vec::new();
    for entry in entries.into_iter().filter(|e| e.signal == Signal::Traces) {
        let req = ExportTraceServiceRequest::decode(entry.body.as_slice()).expect("decode request");
        for rs in req.resource_spans {
            let resource: BTreeMap<String, Value> = rs
                .resource
                .map(|r| {
                    r.attributes
                        .iter()
                        .map(|kv| (kv.key.clone(), any_value(kv.value.as_ref())))
                        .collect()
                })
                .unwrap_or_default();
            for ss in rs.scope_spans {
                for s in ss.spans {
                    out.push(StoredSpan {
                        trace_id: hex::encode(&s.trace_id),
                        span_id: hex::encode(&s.span_id),
                        parent_span_id: hex::encode(&s.parent_span_id),
                        name: s.name.clone(),
                        start_ns: s.start_time_unix_nano,
                        end_ns: s.end_time_unix_nano,
                        error: s.status.as_ref().is_some_and(|st| st.code == 2),
                        attrs: s
                            .attributes
                            .iter()
                            .map(|kv| (kv.key.clone(), any_value(kv.value.as_ref())))
                            .collect(),
                        resource: resource.clone(),
                    });
                }
            }
        }
    }
    out
}

/// Lower-case hex of an id.
pub fn hex_id(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// Replays `paths` through the recorder as `agent-hook replay` does (fixed settings), returning
/// every span record.
pub fn replay_spans(paths: &[PathBuf]) -> Vec<agent_hook::recorder::span::SpanRecord> {
    let settings = |harness: &str| agent_hook::recorder::RecorderSettings {
        harness: harness.to_owned(),
        harness_version: None,
        agent_name: harness.to_owned(),
        provider: "anthropic".to_owned(),
        source: "replay".to_owned(),
        pseudonym: "test".to_owned(),
        team: None,
        capture_content: false,
    };
    let mut spans = Vec::new();
    let recorded = agent_hook::replay::record(paths, false, &settings, &mut |s| spans.extend(s))
        .expect("replay records");
    assert_eq!(recorded.failed_events, 0, "every replayed event is recorded");
    spans
}

/// An integer attribute of a span record.
pub fn int_attr(s: &agent_hook::recorder::span::SpanRecord, key: &str) -> Option<u64> {
    match s.attr(key) {
        Some(agent_hook::recorder::span::AttrValue::Int(n)) => u64::try_from(*n).ok(),
        _ => None,
    }
}

/// A string attribute of a span record ("" when absent).
pub fn str_attr(s: &agent_hook::recorder::span::SpanRecord, key: &str) -> String {
    match s.attr(key) {
        Some(agent_hook::recorder::span::AttrValue::Str(v)) => v.clone(),
        _ => String::new(),
    }
}

/// A prompt root's main-agent tokens `[input, output, cache read, cache creation]`.
pub fn root_tokens(s: &agent_hook::recorder::span::SpanRecord) -> Option<[u64; 4]> {
    use coxswain_proto::telemetry::gen_ai;
    let t = [
        gen_ai::USAGE_INPUT_TOKENS,
        gen_ai::USAGE_OUTPUT_TOKENS,
        gen_ai::USAGE_CACHE_READ_INPUT_TOKENS,
        gen_ai::USAGE_CACHE_CREATION_INPUT_TOKENS,
    ]
    .map(|k| int_attr(s, k));
    t[0].map(|_| t.map(Option::unwrap_or_default))
}
