//! An independent client: the Python OpenTelemetry SDK with its gRPC exporter (in a virtual
//! environment this test makes under target/interop-venv) sends spans and log records that the
//! collector stores with their attributes intact.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{KeyValue, any_value::Value};
use prost::Message;

const SPANS: usize = 200;

/// The venv's python, made on first use; `None` (with a SKIP line) when it cannot be made.
fn venv_python() -> Option<PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let venv = target.join("interop-venv");
    let python = venv.join("bin/python");
    let ready = venv.join(".coxswain-ready");
    if ready.exists() {
        return Some(python);
    }
    let made = Command::new("python3").args(["-m", "venv"]).arg(&venv).status();
    if !matches!(made, Ok(s) if s.success()) {
        eprintln!("SKIP: python3 -m venv failed ({made:?}); the Python interop test needs python3");
        return None;
    }
    let pip = Command::new(&python)
        .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"])
        .args(["opentelemetry-sdk", "opentelemetry-exporter-otlp-proto-grpc"])
        .status();
    if !matches!(pip, Ok(s) if s.success()) {
        eprintln!(
            "SKIP: pip could not install the OpenTelemetry SDK ({pip:?}); is PyPI reachable?"
        );
        return None;
    }
    let _ = std::fs::write(&ready, "ok\n");
    Some(python)
}

fn attr<'a>(attrs: &'a [KeyValue], key: &str) -> &'a Value {
    attrs
        .iter()
        .find(|kv| kv.key == key)
        .and_then(|kv| kv.value.as_ref())
        .and_then(|v| v.value.as_ref())
        .unwrap_or_else(|| panic!("attribute {key} missing in {attrs:?}"))
}

#[test]
fn python_sdk_spans_and_log_records_are_stored_with_attributes_intact() {
    let Some(python) = venv_python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut c = start(&data, &[]);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/send_otlp.py");
    let out = Command::new(&python)
        .arg(&script)
        .arg(c.grpc_url())
        .arg(SPANS.to_string())
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "python client failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(c.terminate(), Some(0));

    let buffer = coxswain_collector::buffer::Buffer::open(&data, 8 << 20).unwrap();
    let (mut spans, mut logs) = (Vec::new(), Vec::new());
    for e in buffer.read_after(0, 10_000).unwrap() {
        match e.signal {
            coxswain_collector::buffer::Signal::Traces => {
                let req = ExportTraceServiceRequest::decode(e.body.as_slice()).unwrap();
                for rs in req.resource_spans {
                    for ss in rs.scope_spans {
                        spans.extend(ss.spans);
                    }
                }
            }
            coxswain_collector::buffer::Signal::Logs => {
                let req = ExportLogsServiceRequest::decode(e.body.as_slice()).unwrap();
                for rl in req.resource_logs {
                    for sl in rl.scope_logs {
                        logs.extend(sl.log_records);
                    }
                }
            }
            coxswain_collector::buffer::Signal::Metrics => panic!("the client sent no metrics"),
        }
    }
    assert_eq!(spans.len(), SPANS, "every Python span is stored");
    for s in &spans {
        let i: i64 = s.name.strip_prefix("py-span-").unwrap().parse().unwrap();
        assert_eq!(attr(&s.attributes, "py.int"), &Value::IntValue(i));
        assert_eq!(attr(&s.attributes, "py.str"), &Value::StringValue(format!("value-{i}")));
        assert_eq!(attr(&s.attributes, "py.bool"), &Value::BoolValue(i % 2 == 0));
        assert_eq!(attr(&s.attributes, "py.double"), &Value::DoubleValue(i as f64 + 0.5));
    }
    let log = logs.iter().find(|l| {
        matches!(l.body.as_ref().and_then(|b| b.value.as_ref()),
            Some(Value::StringValue(s)) if s == "hello from python")
    });
    let log = log.unwrap_or_else(|| panic!("the Python log record is stored: {logs:?}"));
    assert_eq!(attr(&log.attributes, "py.int"), &Value::IntValue(42));
    assert_eq!(attr(&log.attributes, "py.str"), &Value::StringValue("s".into()));
    assert_eq!(attr(&log.attributes, "py.bool"), &Value::BoolValue(true));
    assert_eq!(attr(&log.attributes, "py.double"), &Value::DoubleValue(2.5));
}
