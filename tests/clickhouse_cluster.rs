//! `coxswain clickhouse init --cluster` on a real replicated cluster: a throwaway ZooKeeper and
//! two `clickhouse-server`s as one shard of two replicas on loopback. A collector writes through
//! the first; the report, the session list and one session read through the second (the
//! replicated, Distributed tables) equal what the collector answers through the first.

mod e2e_common;

use std::time::Duration;

use coxswain_test_support::clickhouse::ClickHouse;
use coxswain_test_support::{coxswain_ok, start_with_config, wait_until};
use e2e_common::{Corpus, clickhouse_backlog, differences, doc, flush, hook_home, play_session};

#[test]
fn a_collector_writing_through_one_replica_reads_the_same_through_the_other() {
    let Some((_zk, nodes)) = ClickHouse::start_replicated("coxswain_pair", 2) else { return };
    let init = coxswain_ok(&[
        "clickhouse",
        "init",
        "--clickhouse",
        &nodes[0].url(),
        "--clickhouse-database",
        "cx",
        "--cluster",
        "coxswain_pair",
    ]);
    assert!(init.contains("version 2"), "{init}");
    for node in &nodes {
        let tables = node.query("SELECT name FROM system.tables WHERE database = 'cx'").unwrap();
        for t in ["span_facts", "span_facts_local", "sessions", "sessions_local"] {
            assert!(tables.lines().any(|l| l == t), "{t} missing on a replica: {tables}");
        }
    }

    let corpus = Corpus::generate(6, 3, 33);
    let work = tempfile::tempdir().expect("tempdir");
    let config = format!(
        "[analytics]\nmin_group_users = 1\n\n[clickhouse]\nurl = \"{}\"\ndatabase = \"cx\"\n",
        nodes[0].url()
    );
    let c = start_with_config(&work.path().join("c"), &config, &[]);
    let truth = corpus.sessions();
    let live = work.path().join("live");
    std::fs::create_dir_all(&live).expect("live dir");
    let files = corpus.hook_files();
    for file in &files {
        let id = file.file_stem().expect("stem").to_string_lossy().to_string();
        let user = truth[&id]["user"].as_str().expect("user").to_string();
        let home = hook_home(&work.path().join("config"), &user, &c.grpc_url());
        play_session(file, &live, &home, &work.path().join("state"), &c.grpc_url());
    }
    flush(&work.path().join("config"), &work.path().join("state"), &c.grpc_url());
    assert!(
        wait_until(Duration::from_secs(120), || clickhouse_backlog(&c) == 0),
        "the ClickHouse writer did not catch up"
    );
    // Replication is asynchronous: wait until the second replica holds what the first does.
    let state = |n: &ClickHouse| {
        n.query(
            "SELECT (SELECT count() FROM cx.span_facts_local), count(), sum(version) \
             FROM cx.sessions_local FINAL",
        )
        .unwrap()
    };
    assert!(
        wait_until(Duration::from_secs(60), || state(&nodes[1]) == state(&nodes[0])),
        "the second replica has {:?}, the first {:?}",
        state(&nodes[1]),
        state(&nodes[0])
    );
    let first = state(&nodes[0]);
    assert!(first.contains(&format!("\t{}\t", files.len())), "{first}");

    let second = ["--clickhouse", &nodes[1].url(), "--clickhouse-database", "cx"];
    for by in ["band", "mode"] {
        let want = doc(&["report", "--format", "json", "--by", by, "--endpoint", &c.http_url()]);
        let mut args = vec!["report", "--format", "json", "--by", by, "--min-group-users", "1"];
        args.extend(second);
        let d = differences(&want, &doc(&args));
        assert!(
            d.is_empty(),
            "report --by {by} through the second replica differs:\n{}",
            d.join("\n")
        );
    }
    let want = doc(&["sessions", "--format", "json", "--endpoint", &c.http_url()]);
    assert_eq!(want["sessions"].as_array().map(Vec::len), Some(files.len()));
    let mut args = vec!["sessions", "--format", "json"];
    args.extend(second);
    assert_eq!(differences(&want, &doc(&args)), Vec::<String>::new());
}
