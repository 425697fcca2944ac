//! A real ClickHouse server for tests: Debian's `clickhouse-server`, installed with apt when it is
//! missing (as root; once, under a lock, however many tests ask in parallel), started on free
//! loopback ports with a throwaway config and data directory, and stopped when dropped.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::{free_port, http_request};

/// A running `clickhouse-server`, stopped when dropped (its directory is removed too).
pub struct ClickHouse {
    child: Option<Child>,
    binary: PathBuf,
    dir: PathBuf,
    /// HTTP interface (`http://127.0.0.1:PORT`).
    pub http: SocketAddr,
    /// Native TCP port.
    pub tcp_port: u16,
}

impl ClickHouse {
    /// Starts a server, installing the package first when needed. `None` (after printing a
    /// `SKIP:` line naming the reason) only when it cannot be installed: not root, or no apt.
    /// Any other failure panics: a test never passes silently against nothing.
    pub fn start() -> Option<ClickHouse> {
        let binary = ensure_installed()?;
        let tcp_port = free_port();
        let cluster = format!(
            "<remote_servers><coxswain_test><shard><replica><host>127.0.0.1</host>\
             <port>{tcp_port}</port></replica></shard></coxswain_test></remote_servers>"
        );
        Some(ClickHouse::start_node(binary, free_port(), tcp_port, &cluster))
    }

    /// Starts `replicas` servers as one shard of `replicas` replicas of the cluster `name`,
    /// replicating through a throwaway ZooKeeper (Debian's `zookeeper`, installed with apt when
    /// missing), with distributed DDL (`ON CLUSTER`). `None` (after a `SKIP:` line) only when
    /// something cannot be installed.
    pub fn start_replicated(name: &str, replicas: usize) -> Option<(ZooKeeper, Vec<ClickHouse>)> {
        let binary = ensure_installed()?;
        let zk = ZooKeeper::start()?;
        let ports: Vec<(u16, u16, u16)> =
            (0..replicas).map(|_| (free_port(), free_port(), free_port())).collect();
        let members: String = ports
            .iter()
            .map(|(_, tcp, _)| {
                format!("<replica><host>127.0.0.1</host><port>{tcp}</port></replica>")
            })
            .collect();
        let nodes = ports
            .iter()
            .enumerate()
            .map(|(i, &(http, tcp, interserver))| {
                let extra = format!(
                    "<remote_servers><{name}><shard><internal_replication>true\
                     </internal_replication>{members}</shard></{name}></remote_servers>\
                     <zookeeper><node><host>127.0.0.1</host><port>{zk}</port></node></zookeeper>\
                     <distributed_ddl><path>/clickhouse/task_queue/ddl</path></distributed_ddl>\
                     <macros><shard>01</shard><replica>replica{i}</replica></macros>\
                     <interserver_http_host>127.0.0.1</interserver_http_host>\
                     <interserver_http_port>{interserver}</interserver_http_port>",
                    zk = zk.port
                );
                ClickHouse::start_node(binary.clone(), http, tcp, &extra)
            })
            .collect();
        Some((zk, nodes))
    }

    fn start_node(binary: PathBuf, http_port: u16, tcp_port: u16, extra: &str) -> ClickHouse {
        let dir = scratch_dir("ch");
        std::fs::create_dir_all(dir.join("data")).expect("clickhouse dir");
        write_config(&dir, http_port, tcp_port, extra);
        let mut ch = ClickHouse {
            child: None,
            binary,
            dir,
            http: SocketAddr::from(([127, 0, 0, 1], http_port)),
            tcp_port,
        };
        ch.spawn();
        ch
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.http)
    }

    /// The server's process id while it runs (for benchmarks that count its CPU time).
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Stops the server (SIGKILL: a crash, as far as clients can tell); the data stays.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts it again on the same ports and data (after [`ClickHouse::stop`]).
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    fn spawn(&mut self) {
        let config = self.dir.join("config.xml");
        let mut cmd = Command::new(&self.binary);
        if self.binary.file_name().is_some_and(|n| n == "clickhouse") {
            cmd.arg("server");
        }
        let log = std::fs::File::create(self.dir.join("stderr.log")).expect("log file");
        let child = cmd
            .arg(format!("--config-file={}", config.display()))
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("spawn clickhouse-server");
        self.child = Some(child);
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            if self.query("SELECT 1").is_ok_and(|b| b.trim() == "1") {
                return;
            }
            if let Some(Ok(Some(status))) = self.child.as_mut().map(|c| c.try_wait()) {
                panic!("clickhouse-server exited with {status}: {}", self.log_tail());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("clickhouse-server did not answer within 60 s: {}", self.log_tail());
    }

    fn log_tail(&self) -> String {
        let mut text = std::fs::read_to_string(self.dir.join("stderr.log")).unwrap_or_default();
        text += &std::fs::read_to_string(self.dir.join("server.err.log")).unwrap_or_default();
        text.chars().rev().take(3000).collect::<Vec<_>>().into_iter().rev().collect()
    }

    /// Runs one SQL statement over HTTP; the body on 200, the error text otherwise.
    pub fn query(&self, sql: &str) -> Result<String, String> {
        match http_request(self.http, "POST", "/", &[], sql.as_bytes()) {
            Ok((200, body)) => Ok(body),
            Ok((code, body)) => Err(format!("HTTP {code}: {body}")),
            Err(e) => Err(e.to_string()),
        }
    }
}

impl Drop for ClickHouse {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The server binary, installing Debian's package when it is missing.
fn ensure_installed() -> Option<PathBuf> {
    crate::debian::installed(
        &["/usr/sbin/clickhouse-server", "/usr/bin/clickhouse-server", "/usr/bin/clickhouse"],
        "clickhouse-server",
    )
}

/// A fresh directory under the temp dir.
fn scratch_dir(what: &str) -> PathBuf {
    std::env::temp_dir().join(format!(
        "coxswain-{what}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ))
}

/// A minimal config: loopback only, the given ports, everything under `dir`, plus `extra`
/// (clusters, ZooKeeper, macros).
fn write_config(dir: &Path, http_port: u16, tcp_port: u16, extra: &str) {
    let d = dir.display();
    let config = format!(
        r#"<?xml version="1.0"?>
<yandex>
    <logger>
        <level>warning</level>
        <log>{d}/server.log</log>
        <errorlog>{d}/server.err.log</errorlog>
        <size>10M</size>
        <count>1</count>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>{http_port}</http_port>
    <tcp_port>{tcp_port}</tcp_port>
    <max_connections>256</max_connections>
    <keep_alive_timeout>3</keep_alive_timeout>
    <max_concurrent_queries>64</max_concurrent_queries>
    <uncompressed_cache_size>1073741824</uncompressed_cache_size>
    <mark_cache_size>268435456</mark_cache_size>
    <path>{d}/data/</path>
    <tmp_path>{d}/tmp/</tmp_path>
    <user_files_path>{d}/user_files/</user_files_path>
    <format_schema_path>{d}/format_schemas/</format_schema_path>
    <users_config>{d}/users.xml</users_config>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <mlock_executable>false</mlock_executable>
    {extra}
</yandex>
"#
    );
    let users = r#"<?xml version="1.0"?>
<yandex>
    <profiles>
        <default>
            <max_memory_usage>4000000000</max_memory_usage>
        </default>
    </profiles>
    <users>
        <default>
            <password></password>
            <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
            <profile>default</profile>
            <quota>default</quota>
        </default>
    </users>
    <quotas>
        <default>
            <interval>
                <duration>3600</duration>
                <queries>0</queries>
                <errors>0</errors>
                <result_rows>0</result_rows>
                <read_rows>0</read_rows>
                <execution_time>0</execution_time>
            </interval>
        </default>
    </quotas>
</yandex>
"#;
    std::fs::write(dir.join("config.xml"), config).expect("config.xml");
    std::fs::write(dir.join("users.xml"), users).expect("users.xml");
}

/// A throwaway ZooKeeper (Debian's `zookeeper` package, run as a standalone server on a free
/// loopback port with its data in a temporary directory), stopped when dropped.
pub struct ZooKeeper {
    child: Child,
    dir: PathBuf,
    /// Client port.
    pub port: u16,
}

impl ZooKeeper {
    /// Starts one, installing the package first when needed (`None` after a `SKIP:` line when
    /// it cannot be installed).
    pub fn start() -> Option<ZooKeeper> {
        crate::debian::installed(&["/usr/share/java/zookeeper.jar"], "zookeeper")?;
        let dir = scratch_dir("zk");
        std::fs::create_dir_all(dir.join("data")).expect("zookeeper dir");
        let port = free_port();
        let log = std::fs::File::create(dir.join("zookeeper.log")).expect("log file");
        let child = Command::new("java")
            .arg("-cp")
            .arg("/usr/share/java/*")
            .arg("-Dzookeeper.admin.enableServer=false")
            .arg("org.apache.zookeeper.server.ZooKeeperServerMain")
            .arg(port.to_string())
            .arg(dir.join("data"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log file"))
            .stderr(log)
            .spawn()
            .expect("spawn zookeeper");
        let zk = ZooKeeper { child, dir, port };
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "zookeeper did not listen within 60 s: {}",
                std::fs::read_to_string(zk.dir.join("zookeeper.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(zk)
    }
}

impl Drop for ZooKeeper {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
