//! A compression bomb against the assembler: a few small requests (gzip on the wire, lz4 in the
//! buffer) that each expand to about 15 MiB of tiny Coxswain spans. The assembler reads them
//! within its byte bound and walks them span by span, so the collector's memory stays far below
//! what decoding them whole would take, it catches up, and after a SIGKILL it catches up again
//! instead of crash-looping on the same batch.

mod common;

use std::time::Duration;

use common::*;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value};
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;

/// Peak resident memory of a process, in MiB.
fn peak_rss_mib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0)
        / 1024
}

fn assembler_backlog(c: &Collector) -> u64 {
    stats(c)["backlog"]["assembler"].as_u64().unwrap_or(u64::MAX)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compressible_bombs_stay_within_the_assemblers_memory_bound_and_do_not_crash_loop() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let cfg = "[analytics]\nstep_mib = 1\n";
    let mut c = start_with_config(&data, cfg, &[]);
    // One Coxswain action span, repeated: about 90 bytes each, identical, so ~170,000 of them
    // fill a request of ~15 MiB that compresses about 250:1.
    let span = Span {
        trace_id: vec![0xAB; 16],
        span_id: vec![0xCD; 8],
        name: "execute_tool Bash".into(),
        attributes: vec![KeyValue {
            key: "gen_ai.conversation.id".into(),
            value: Some(AnyValue {
                value: Some(any_value::Value::StringValue("bomb-session".into())),
            }),
            ..Default::default()
        }],
        ..Default::default()
    };
    let bomb = request(vec![span; 170_000]);
    let size = bomb.encoded_len();
    assert!(size > 14 << 20 && size < 16 << 20, "{size}");
    let mut client =
        traces_client(&c).await.send_compressed(tonic::codec::CompressionEncoding::Gzip);
    for _ in 0..4 {
        client.export(bomb.clone()).await.expect("bomb accepted");
    }
    let caught_up = wait_until(Duration::from_secs(120), || assembler_backlog(&c) == 0);
    assert!(caught_up, "the assembler never caught up: {}", stats(&c));
    // Four requests of 15 MiB decoded whole (as one step used to) take well over 500 MiB.
    let peak = peak_rss_mib(c.child.id());
    assert!(peak < 256, "peak RSS {peak} MiB");
    eprintln!("peak RSS {peak} MiB");

    // After a SIGKILL (at worst the last cursor write is lost) the assembler catches up again
    // within the same bound instead of crashing on the same batch forever.
    c.kill();
    let c = start_with_config(&data, cfg, &[]);
    let caught_up = wait_until(Duration::from_secs(120), || assembler_backlog(&c) == 0);
    assert!(caught_up, "the assembler never caught up after a restart: {}", stats(&c));
    let peak = peak_rss_mib(c.child.id());
    assert!(peak < 256, "peak RSS after the restart {peak} MiB");
}
