//! Forwarding that gives up sensibly, against a scripted downstream on loopback: a final
//! refusal (400) is dead-lettered once and never retried, a 503 with `Retry-After` is retried
//! only after that wait, and a dead downstream's backlog is cut to its bound.

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use axum::response::IntoResponse;
use common::*;

/// An HTTP status and an optional `Retry-After` value.
type Answer = (u16, Option<&'static str>);

/// What the downstream answers, in order (the last answer repeats), and when requests came.
#[derive(Clone, Default)]
struct Script {
    answers: Arc<Mutex<Vec<Answer>>>,
    seen: Arc<Mutex<Vec<Instant>>>,
}

impl Script {
    fn seen(&self) -> Vec<Instant> {
        self.seen.lock().unwrap().clone()
    }
}

/// An OTLP/HTTP downstream answering by `script`; returns its `http://` endpoint.
async fn downstream(script: Script) -> String {
    let handler = move || {
        let script = script.clone();
        async move {
            script.seen.lock().unwrap().push(Instant::now());
            let mut answers = script.answers.lock().unwrap();
            let (code, retry_after) =
                if answers.len() > 1 { answers.remove(0) } else { answers[0] };
            let code = StatusCode::from_u16(code).unwrap();
            let mut resp = (code, "scripted answer: no such tenant").into_response();
            if let Some(v) = retry_after {
                resp.headers_mut().insert("retry-after", v.parse().unwrap());
            }
            resp
        }
    };
    let app = axum::Router::new().route("/v1/traces", axum::routing::post(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

fn forward(endpoint: &str, extra: &str) -> String {
    format!(
        "[[forward]]\nname = \"down\"\nendpoint = \"{endpoint}\"\nprotocol = \"http\"\n\
         max_backoff_secs = 1\ntimeout_secs = 5\n{extra}\n"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_final_refusal_is_dead_lettered_once_and_not_retried() {
    let script = Script::default();
    *script.answers.lock().unwrap() = vec![(400, None), (200, None)];
    let endpoint = downstream(script.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let c = start_with_config(dir.path(), &forward(&endpoint, ""), &[]);
    export(&c, span_range(0, 3)).await.expect("acknowledged");
    assert!(wait_until(Duration::from_secs(30), || {
        metric(&c, "coxswain_forward_dead_lettered_total") == 1
    }));
    // The next request goes through; forwarding is in order, so by the time it arrives the
    // refused one is behind the cursor for good.
    export(&c, span_range(3, 3)).await.expect("acknowledged");
    assert!(wait_until(Duration::from_secs(30), || metric(&c, "coxswain_forward_sent_total") == 1));
    assert_eq!(script.seen().len(), 2, "the refused request was sent once, never retried");
    assert_eq!(metric(&c, "coxswain_forward_failed_total"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_503_with_retry_after_is_retried_after_the_wait_it_asked_for() {
    let script = Script::default();
    *script.answers.lock().unwrap() = vec![(503, Some("2")), (200, None)];
    let endpoint = downstream(script.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let c = start_with_config(dir.path(), &forward(&endpoint, ""), &[]);
    export(&c, span_range(0, 3)).await.expect("acknowledged");
    assert!(wait_until(Duration::from_secs(30), || metric(&c, "coxswain_forward_sent_total") == 1));
    let seen = script.seen();
    assert_eq!(seen.len(), 2);
    // Without Retry-After the first retry comes within 100 ms (the backoff's first step).
    let waited = seen[1] - seen[0];
    assert!(waited >= Duration::from_millis(1900), "retried after {waited:?}");
    assert_eq!(metric(&c, "coxswain_forward_dead_lettered_total"), 0);
}

fn backlog(c: &Collector) -> u64 {
    stats(c)["backlog"]["forward:down"].as_u64().expect("backlog of forward:down")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_downstreams_backlog_is_cut_to_its_bound_oldest_first() {
    // Nothing listens there: every send fails and is retried.
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", l.local_addr().unwrap())
    };
    let dir = tempfile::tempdir().unwrap();
    let c = start_with_config(dir.path(), &forward(&dead, "max_backlog_bytes = 4000"), &[]);
    for i in 0..40 {
        export(&c, span_range(i * 10, 10)).await.expect("acknowledged");
    }
    let bytes_each = num(&stats(&c), "bytes_held") / 40;
    let bound = 4000 / bytes_each.max(1) + 1;
    assert!(
        wait_until(Duration::from_secs(60), || backlog(&c) <= bound),
        "backlog {} stays within about {bound} requests",
        backlog(&c)
    );
    assert!(metric(&c, "coxswain_forward_skipped_total") >= 40 - bound);
    // An age bound empties it once everything is older than that.
    drop(c);
    let dir = tempfile::tempdir().unwrap();
    let c = start_with_config(dir.path(), &forward(&dead, "max_backlog_age_secs = 1"), &[]);
    for i in 0..5 {
        export(&c, span_range(i * 10, 10)).await.expect("acknowledged");
    }
    assert!(wait_until(Duration::from_secs(60), || backlog(&c) == 0), "{}", backlog(&c));
    assert_eq!(metric(&c, "coxswain_forward_skipped_total"), 5);
}
