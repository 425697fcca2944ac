//! The ClickHouse test fixture itself: installs (when missing), starts, answers SQL, restarts.

use coxswain_test_support::clickhouse::ClickHouse;

#[test]
fn fixture_starts_a_real_clickhouse_and_restarts_it_with_its_data() {
    let Some(mut ch) = ClickHouse::start() else { return };
    let version = ch.query("SELECT version()").expect("version");
    eprintln!("clickhouse-server {}", version.trim());
    ch.query("CREATE TABLE default.t (x UInt64) ENGINE = MergeTree ORDER BY x").expect("create");
    ch.query("INSERT INTO default.t VALUES (1), (2)").expect("insert");
    ch.restart();
    assert_eq!(ch.query("SELECT sum(x) FROM default.t").expect("sum").trim(), "3");
}
