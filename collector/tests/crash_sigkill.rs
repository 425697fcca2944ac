//! Crash safety: batches are sent while the collector is SIGKILLed at random moments; after a
//! restart every acknowledged span is present.

mod common;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use rand::Rng;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_span_survives_sigkill_at_random_moments() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let acked: Arc<Mutex<BTreeSet<Vec<u8>>>> = Arc::default();
    let mut next_span = 0u64;
    let rounds = 6;
    for round in 0..rounds {
        let mut c = start(&data, &[]);
        let mut senders = Vec::new();
        for stream in 0..4u64 {
            let url = c.grpc_url();
            let acked = acked.clone();
            // Disjoint id ranges per round and stream.
            let base = next_span + stream * 1_000_000;
            senders.push(tokio::spawn(async move {
                let Ok(client) = opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient::connect(url).await else { return };
                let mut client = client.max_encoding_message_size(usize::MAX);
                for batch in 0..10_000u64 {
                    let from = base + batch * 64;
                    match client.export(span_range(from, 64)).await {
                        Ok(r) => {
                            assert!(r.into_inner().partial_success.is_none());
                            acked.lock().unwrap().extend((from..from + 64).map(span_id));
                        }
                        Err(_) => return,
                    }
                }
            }));
        }
        let delay = rand::rng().random_range(100..600);
        tokio::time::sleep(Duration::from_millis(delay)).await;
        c.kill();
        for s in senders {
            s.await.unwrap();
        }
        next_span += 4 * 1_000_000;
        eprintln!(
            "round {round}: killed after {delay} ms, {} spans acknowledged so far",
            acked.lock().unwrap().len()
        );
    }
    let acked = acked.lock().unwrap().clone();
    assert!(!acked.is_empty(), "some batches were acknowledged");
    let stored = stored_span_ids(&data);
    let missing: Vec<_> = acked.difference(&stored).take(5).collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged spans missing, e.g. {missing:?}",
        acked.difference(&stored).count()
    );
    // The running totals agree with what is there after the crashes.
    let v = inspect(&data);
    assert_eq!(num(&v, "spans"), stored.len() as u64, "{v}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_under_load_exits_zero_and_keeps_every_acknowledged_span() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let acked: Arc<Mutex<BTreeSet<Vec<u8>>>> = Arc::default();
    let mut c = start(&data, &[]);
    let mut senders = Vec::new();
    for stream in 0..4u64 {
        let url = c.grpc_url();
        let acked = acked.clone();
        senders.push(tokio::spawn(async move {
            let Ok(mut client) = opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient::connect(url).await else { return };
            for batch in 0..10_000u64 {
                let from = stream * 1_000_000 + batch * 64;
                match client.export(span_range(from, 64)).await {
                    Ok(_) => acked.lock().unwrap().extend((from..from + 64).map(span_id)),
                    Err(_) => return,
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let code = tokio::task::spawn_blocking(move || c.terminate()).await.unwrap();
    assert_eq!(code, Some(0), "a clean stop exits 0");
    for s in senders {
        s.await.unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(!acked.is_empty());
    let stored = stored_span_ids(&data);
    assert!(
        acked.is_subset(&stored),
        "{} acknowledged spans missing",
        acked.difference(&stored).count()
    );
}
