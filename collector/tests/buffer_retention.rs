//! Retention through the running collector: processed requests are removed by age and by size,
//! which makes room again after the size bound refused requests; unprocessed ones stay.

mod common;

use std::time::Duration;

use common::*;

fn processed_all(c: &Collector) -> bool {
    let s = stats(c);
    s["backlog"].as_object().map(|b| b.values().all(|v| v == 0)).unwrap_or(false)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn processed_requests_are_removed_to_make_room_under_the_size_bound() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = "[buffer]\nmax_bytes = 60000\nretention_interval_secs = 1\n";
    let c = start_with_config(&dir.path().join("data"), cfg, &[]);
    let (mut acked, mut refused) = (0u64, 0u64);
    for i in 0..40 {
        // Retry a refused request until retention has made room, like an OTLP client would.
        loop {
            match export(&c, span_range(i * 100, 100)).await {
                Ok(_) => break,
                Err(e) => {
                    assert_eq!(e.code(), tonic::Code::Unavailable, "{e:?}");
                    refused += 1;
                    assert!(refused < 2000, "retention never made room: {}", stats(&c));
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        }
        acked += 100;
    }
    assert!(refused > 0, "the bound was reached at least once");
    let s = stats(&c);
    assert!(num(&s, "bytes_held") <= 60000, "{s}");
    assert!(num(&s, "spans") < acked, "processed requests were removed: {s}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn processed_requests_older_than_the_age_bound_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = "[buffer]\nmax_age_secs = 1\nretention_interval_secs = 1\n";
    let c = start_with_config(&dir.path().join("data"), cfg, &[]);
    for i in 0..5 {
        export(&c, span_range(i * 10, 10)).await.unwrap();
    }
    assert!(wait_until(Duration::from_secs(30), || processed_all(&c)), "{}", stats(&c));
    let emptied = wait_until(Duration::from_secs(30), || num(&stats(&c), "requests") == 0);
    assert!(emptied, "{}", stats(&c));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_a_forwarder_has_not_delivered_are_kept_past_the_age_bound() {
    let dir = tempfile::tempdir().unwrap();
    let away = format!("http://127.0.0.1:{}", free_port());
    let cfg = format!(
        "[buffer]\nmax_age_secs = 1\nretention_interval_secs = 1\n\
         [[forward]]\nname = \"away\"\nendpoint = \"{away}\"\nmax_backoff_secs = 1\n"
    );
    let c = start_with_config(&dir.path().join("data"), &cfg, &[]);
    for i in 0..5 {
        export(&c, span_range(i * 10, 10)).await.unwrap();
    }
    std::thread::sleep(Duration::from_secs(3));
    let s = stats(&c);
    assert_eq!(num(&s, "spans"), 50, "nothing unprocessed is dropped: {s}");
    assert_eq!(s["backlog"]["forward:away"], 5, "{s}");
}
