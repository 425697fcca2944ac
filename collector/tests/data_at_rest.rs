//! Data at rest: the data directory is the collector's alone (0700, no file readable by group
//! or others, an existing loose one tightened), and retention removes the analytics records of
//! sessions whose last span is too old, or the oldest ones when the size bound needs room.

mod analytics_fixture;
mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use analytics_fixture::{P, S, T0, append, assemble, buffer, read, request};
use common::{http_get, span_range, start, wait_until};
use coxswain_test_support::Collector;

/// Every entry under `dir` whose mode lets group or others in.
fn loose(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        let meta = std::fs::symlink_metadata(&p).unwrap();
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            out.push(format!("{} {mode:o}", p.display()));
        }
        if meta.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_directory_and_its_files_are_private_to_the_collector() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("new/data");
    let mut c = start(&data, &[]);
    common::export(&c, span_range(0, 20)).await.unwrap();
    assert_eq!(c.terminate(), Some(0));
    assert_eq!(std::fs::metadata(&data).unwrap().permissions().mode() & 0o777, 0o700);
    assert!(std::fs::read_dir(&data).unwrap().count() > 0, "sled wrote nothing?");
    assert_eq!(loose(&data), Vec::<String>::new());

    // A directory left open by an earlier version or a careless operator is tightened.
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    let file = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_file())
        .expect("a file in the data dir");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let c = start(&data, &[]);
    drop(c);
    assert_eq!(loose(&data), Vec::<String>::new());
}

/// A session of one prompt starting at `t0`.
fn session(id: &str, t0: u64) -> Vec<u8> {
    let s = S::new(id, &format!("user-{id}")).at(t0).prompt(0, P::default(), &[read()]).end();
    request(s.spans)
}

fn now_ns() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
}

#[tokio::test]
async fn pruning_removes_old_sessions_first_and_keeps_the_byte_count() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let day = 86_400 * 1_000_000_000u64;
    append(&buf, vec![session("old", T0), session("older", T0 - day), session("new", T0 + day)])
        .await;
    let a = assemble(&buf);
    let store = a.store();
    let full = store.bytes().unwrap();
    assert!(full > 0);

    // By age: everything whose last span is before the cutoff, with all its spans.
    let out = store.prune(Some(T0 + day / 2), None).unwrap();
    assert_eq!(out.sessions, 2);
    assert!(store.session("old").unwrap().is_none() && store.session("older").unwrap().is_none());
    assert!(store.spans_of("old").unwrap().is_empty());
    assert!(store.session("new").unwrap().is_some());
    assert_eq!(store.bytes().unwrap(), full - out.bytes);

    // By size: oldest first until under the bound; nothing left holds nothing.
    let out = store.prune(None, Some(0)).unwrap();
    assert_eq!(out.sessions, 1);
    assert_eq!(store.session_count(), 0);
    assert_eq!(store.bytes().unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_running_collector_forgets_sessions_older_than_analytics_max_age() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let config = tmp.path().join("collector.toml");
    std::fs::write(&config, "[buffer]\nretention_interval_secs = 1\n").unwrap();
    let day = 86_400 * 1_000_000_000u64;
    let args = |age: &'static str| -> Vec<String> {
        let c = config.to_str().unwrap().to_string();
        vec!["--config".into(), c, "--analytics-max-age-secs".into(), age.into()]
    };
    let list = |c: &Collector| http_get(c.http, "/v1/sessions").unwrap().1;
    {
        // Kept forever at first: both sessions are assembled.
        let a = args("0");
        let c = start(&data, &a.iter().map(String::as_str).collect::<Vec<_>>());
        for (id, t0) in [("sess-old", now_ns() - 30 * day), ("sess-recent", now_ns() - day / 24)] {
            let req = prost::Message::decode(session(id, t0).as_slice()).unwrap();
            common::export(&c, req).await.unwrap();
        }
        let both = wait_until(Duration::from_secs(60), || list(&c).contains("\"total\": 2"));
        assert!(both, "{}", list(&c));
    }
    // A week's retention: the month-old session goes, the hour-old one stays.
    let a = args("604800");
    let c = start(&data, &a.iter().map(String::as_str).collect::<Vec<_>>());
    // (After the SIGKILL above, records the database had not flushed are derived again from
    // the buffer, so wait for the end state rather than read it once.)
    let settled = wait_until(Duration::from_secs(60), || {
        let l = list(&c);
        !l.contains("sess-old") && l.contains("sess-recent")
    });
    assert!(settled, "{}", list(&c));
}
