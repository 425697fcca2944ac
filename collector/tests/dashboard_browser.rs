//! The dashboard in a real browser and the report gauges in a real Prometheus, against the real
//! collector filled over OTLP/HTTP: Debian's `chromium` (headless) loads every page, whose
//! numbers must equal `/v1/report`'s, with suppressed groups reading "suppressed" and a `read`
//! token seeing no session; Debian's `prometheus` scrapes `/metrics` and must return the report's
//! values. The Overview over many synthetic sessions (written straight into the data directory)
//! is loaded in real time and what the page measured — time to draw, bytes of the first load —
//! is logged. Both tools are installed with apt when missing (once, under a lock); the tests
//! print "SKIP:" and pass only when that is impossible.

mod analytics_fixture;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use analytics_fixture::{P, S, T0, population, read, request, test};
use coxswain_collector::assembler::store::Store;
use coxswain_collector::buffer::Buffer;
use coxswain_collector::synthetic;
use coxswain_test_support::browser::{Browser, debian_tool};
use coxswain_test_support::{
    Collector, free_port, http_get, http_request, start_with_config, wait_until,
};
use serde_json::Value;

/// Seven users over every band and month: no group of the population is suppressed.
const POPULATION: usize = 70;
const USERS: usize = 7;
/// Plus two users' sessions in December 2025 on `gemini-cli`: that month and that harness are
/// groups under k = 5.
const FEW: usize = 2;
/// Plus one session whose prompt ran 70 passing tests: its timeline keeps 64 of the events.
const SESSIONS: usize = POPULATION + FEW + 1;
const BUSY: &str = "busy-0";

/// The fixture population and the few sessions that make a suppressed month and harness.
fn sessions() -> Vec<S> {
    let few = (0..FEW).map(|i| {
        S::new(&format!("few-{i}"), &format!("few-user{i}"))
            .at(T0 - 40 * 86_400 * analytics_fixture::SEC)
            .harness("gemini-cli")
            .prompt(
                0,
                P { words: 20, output_words: 300, intent: "exploring", ..P::default() },
                &[read()],
            )
            .end()
    });
    let tests: Vec<_> = (0..70).map(|_| test(true)).collect();
    let busy = S::new(BUSY, "user00")
        .at(T0)
        .prompt(0, P { words: 20, output_words: 300, intent: "testing", ..P::default() }, &tests)
        .end();
    population(POPULATION, USERS).into_iter().chain(few).chain([busy]).collect()
}

// ---- a filled collector ----

/// Sends the fixture population over OTLP/HTTP (with `token`, if any) and waits until every
/// session is assembled.
fn fill(c: &Collector, token: Option<&str>, admin: Option<&str>) {
    let bearer = |t: Option<&str>| t.map(|t| format!("Bearer {t}"));
    let (ingest, read) = (bearer(token), bearer(admin));
    for s in sessions() {
        let mut headers = vec![("content-type", "application/x-protobuf")];
        if let Some(h) = &ingest {
            headers.push(("authorization", h));
        }
        let (code, body) =
            http_request(c.http, "POST", "/v1/traces", &headers, &request(s.spans)).unwrap();
        assert_eq!(code, 200, "{body}");
    }
    let done = wait_until(Duration::from_secs(60), || {
        let mut headers = vec![];
        if let Some(h) = &read {
            headers.push(("authorization", h.as_str()));
        }
        http_request(c.http, "GET", "/v1/sessions?limit=1", &headers, &[])
            .ok()
            .and_then(|(_, b)| serde_json::from_str::<Value>(&b).ok())
            .is_some_and(|v| v["total"] == SESSIONS)
    });
    assert!(done, "the sessions were never assembled");
}

fn json(addr: SocketAddr, path: &str) -> Value {
    let (code, body) = http_get(addr, path).unwrap();
    assert_eq!(code, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap()
}

/// `target/dashboard-screenshots/` (beside this test binary's `debug/`).
fn screenshot_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let target = exe.ancestors().nth(3).unwrap().to_path_buf();
    let dir = target.join("dashboard-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The value a cell key (`GROUPING:GROUP:MEASURE[.FIELD]`) names in the matching report.
fn report_value(reports: &[(&str, &Value)], key: &str) -> Option<Value> {
    let mut parts = key.splitn(3, ':');
    let (by, group, measure) = (parts.next()?, parts.next()?, parts.next()?);
    let (_, report) = reports.iter().find(|(b, _)| *b == by)?;
    let row = report["rows"].as_array()?.iter().find(|r| r["group"] == group)?;
    let mut v = row;
    for f in measure.split('.') {
        v = &v[f];
    }
    Some(v.clone())
}

#[test]
fn every_page_loads_and_the_overview_shows_the_reports_numbers() {
    let Some(browser) = Browser::new() else { return };
    let dir = tempfile::tempdir().unwrap();
    let collector = Collector::start(&dir.path().join("data"), &[]);
    fill(&collector, None, None);
    let base = collector.http_url();

    let shots = screenshot_dir();
    for page in ["overview", "trends", "breakdown", "sessions"] {
        let url = format!("{base}/#page={page}");
        let loaded = browser.load(&url);
        loaded.assert_no_errors(page);
        assert!(loaded.dom.contains(&format!("data-page=\"{page}\"")), "{page}: {}", loaded.dom);
        assert!(!loaded.dom.contains("Could not load"), "{page}: {}", loaded.dom);
        if page == "overview" {
            assert!(loaded.dom.contains("experts here:"), "no reading: {}", loaded.dom);
        }
        browser.screenshot(&url, &shots.join(format!("{page}.png")));
    }
    // One session's timeline lists its prompts and its evidence and trouble events at the
    // times the session document gives.
    let list = json(collector.http, "/v1/sessions?limit=100");
    let s = list["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["prompts"].as_array().unwrap().len() > 1
                && s["trouble"] == true
                && s["evidence"].as_array().unwrap().len() > 1
        })
        .expect("a session with trouble, evidence and two prompts");
    let id = s["session_id"].as_str().unwrap();
    let one = browser.load(&format!("{base}/#page=sessions&session={id}"));
    one.assert_no_errors("one session");
    assert!(one.dom.contains(&format!("Session {id}")), "{}", one.dom);
    let timeline = one.cells();
    let events = s["events"].as_array().unwrap();
    for kind in ["trouble", "evidence"] {
        assert!(events.iter().any(|e| e["kind"] == kind), "no {kind} event: {s}");
    }
    let expected = s["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (format!("prompt:{}", p["index"]), p["started_at"].as_str().unwrap()))
        .chain(
            events
                .iter()
                .enumerate()
                .map(|(i, e)| (format!("event:{i}"), e["at"].as_str().unwrap())),
        );
    for (key, at) in expected {
        assert!(
            timeline.iter().any(|(k, v, _)| *k == key && v.as_deref() == Some(at)),
            "{key} at {at} is not on the timeline: {timeline:?}"
        );
    }
    browser.screenshot(&format!("{base}/#page=sessions&session={id}"), &shots.join("session.png"));
    // Events past a prompt's first 64 are counted, and the timeline says how many it leaves out.
    let left_out = json(collector.http, &format!("/v1/sessions/{BUSY}"))["events_left_out"].clone();
    assert!(left_out.as_u64().is_some_and(|n| n > 0), "{left_out}");
    let busy = browser.load(&format!("{base}/#page=sessions&session={BUSY}"));
    busy.assert_no_errors("a session with events left out");
    assert!(busy.dom.contains(&format!("{left_out} more events not shown")), "{}", busy.dom);
    let timing = browser.time_dashboard(&format!("{base}/#page=overview"));
    eprintln!("overview, {SESSIONS} sessions: {timing}");

    // The Overview for a window equals /v1/report for the same window, cell by cell.
    let since = "2026-01-20";
    let overview = browser.load(&format!("{base}/#page=overview&since={since}"));
    overview.assert_no_errors("overview with since");
    let bands = json(collector.http, &format!("/v1/report?by=band&since={since}"));
    let all = json(collector.http, &format!("/v1/report?by=all&since={since}"));
    let reports = [("band", &bands), ("all", &all)];
    let cells = overview.cells();
    let mut compared = 0;
    for (key, value, text) in &cells {
        let expected = report_value(&reports, key).unwrap_or_else(|| panic!("no {key} in report"));
        match value {
            None => {
                assert_eq!(text, "suppressed", "{key}");
                assert!(
                    expected.is_null(),
                    "{key} is suppressed in the page, {expected} in the report"
                );
            }
            Some(v) if v.is_empty() => assert!(expected.is_null(), "{key}: {expected}"),
            Some(v) => {
                assert_eq!(v.parse::<f64>().unwrap(), expected.as_f64().unwrap(), "{key}");
                if key.ends_with("_rate") {
                    assert_eq!(text, &format!("{:.1} %", expected.as_f64().unwrap() * 100.0));
                }
                compared += 1;
            }
        }
    }
    assert!(compared >= 20, "only {compared} numbers compared: {cells:?}");

    // Two users are under k = 5: their month and their harness read "suppressed", with why.
    let trends = browser.load(&format!("{base}/#page=trends"));
    let harnesses = browser.load(&format!("{base}/#page=breakdown&by=harness"));
    for (page, key) in [
        (&trends, "month:2025-12:sessions"),
        (&trends, "month:2025-12:verified_success_rate"),
        (&harnesses, "harness:gemini-cli:verified_success_rate"),
    ] {
        assert!(
            page.cells().iter().any(|(k, v, t)| k == key && v.is_none() && t == "suppressed"),
            "{key} does not read suppressed"
        );
        assert!(page.dom.contains("2 distinct user(s), fewer than the minimum of 5"), "{key}");
    }
    let codex = harnesses.cells();
    assert!(codex.iter().any(|(k, v, _)| k == "harness:codex:sessions" && v.is_some()));
}

/// Sessions the Overview is timed over here (`COXSWAIN_DASHBOARD_SESSIONS` overrides): what a
/// debug build fills in a few seconds. `examples/dashboard_bench.rs` times the study's 400,000
/// on a release build.
const TIMED_SESSIONS: u64 = 10_000;

#[test]
fn the_overview_of_many_sessions_draws_and_logs_its_time_and_weight() {
    let Some(browser) = Browser::new() else { return };
    let n = std::env::var("COXSWAIN_DASHBOARD_SESSIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(TIMED_SESSIONS);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let t = Instant::now();
    {
        coxswain_collector::data_dir::prepare(&data).unwrap();
        let buffer = Buffer::open(&data, 64 << 20).unwrap();
        let filled = synthetic::fill(&Store::open(buffer.db()).unwrap(), 2026, 0..n).unwrap();
        assert_eq!(filled.sessions, n);
    }
    eprintln!("filled {n} synthetic sessions in {:.1} s", t.elapsed().as_secs_f64());
    let collector = Collector::start(&data, &[]);
    let timing = browser.time_dashboard(&format!("{}/#page=overview", collector.http_url()));
    // The page's own measurement, logged and not asserted: a shared 2-core machine is noisy.
    eprintln!("overview, {n} sessions (debug build): {timing}");
    assert_eq!(timing.errors, 0, "script errors");
    let shown = n
        .to_string()
        .as_bytes()
        .rchunks(3)
        .rev()
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(",");
    assert!(timing.summary.starts_with(&format!("{shown} sessions")), "{}", timing.summary);
    assert!(timing.asset_bytes < 300_000, "first load {} bytes", timing.asset_bytes);
}

#[test]
fn a_read_token_sees_aggregates_but_no_session_and_no_pseudonym() {
    let Some(browser) = Browser::new() else { return };
    let dir = tempfile::tempdir().unwrap();
    let config = r#"
[[auth.tokens]]
token = "ingest-t"
role = "ingest"

[[auth.tokens]]
token = "read-t"
role = "read"

[[auth.tokens]]
token = "admin-t"
role = "admin"

[[auth.tokens]]
token = "team-read-t"
role = "read"
team = "a"

[metrics]
report_interval_secs = 1
"#;
    let collector = start_with_config(&dir.path().join("data"), config, &[]);
    fill(&collector, Some("ingest-t"), Some("admin-t"));
    let base = collector.http_url();

    // Without a token the page asks for one (and shows nothing).
    let asked = browser.load(&format!("{base}/#page=overview"));
    asked.assert_no_errors("no token");
    assert!(asked.dom.contains("id=\"token-form\""), "{}", asked.dom);
    assert!(asked.cells().is_empty());

    // A read token: the Overview, but no Sessions link, page, id or pseudonym.
    let overview = browser.load(&format!("{base}/#token=read-t&page=overview"));
    overview.assert_no_errors("read overview");
    assert!(!overview.cells().is_empty(), "{}", overview.dom);
    let sessions = browser.load(&format!("{base}/#token=read-t&page=sessions"));
    sessions.assert_no_errors("read sessions");
    assert!(sessions.dom.contains("aggregates only"), "{}", sessions.dom);
    for page in [&overview, &sessions] {
        assert!(page.dom.contains("id=\"nav-sessions\" hidden"), "{}", page.dom);
        assert!(!page.dom.contains("user0") && !page.dom.contains("sess-0"), "{}", page.dom);
    }
    browser.screenshot(
        &format!("{base}/#token=read-t&page=sessions"),
        &screenshot_dir().join("sessions-read-token.png"),
    );

    // An admin token sees the sessions.
    let admin = browser.load(&format!("{base}/#token=admin-t&page=sessions"));
    admin.assert_no_errors("admin sessions");
    assert!(admin.dom.contains("sess-0"), "{}", admin.dom);

    // The report gauges cover every team: a read token scrapes them, a team-scoped one does not.
    let scrape = |token: &str| {
        let auth = format!("Bearer {token}");
        http_request(collector.http, "GET", "/metrics", &[("authorization", &auth)], &[]).unwrap()
    };
    let all = format!("coxswain_report_band_sessions{{band=\"all\"}} {SESSIONS}");
    assert!(wait_until(Duration::from_secs(30), || scrape("read-t").1.contains(&all)));
    let (code, scoped) = scrape("team-read-t");
    assert_eq!(code, 200);
    assert!(scoped.contains("coxswain_spans_received_total"), "{scoped}");
    assert!(!scoped.contains("coxswain_report_"), "{scoped}");
}

// ---- Prometheus ----

#[test]
fn prometheus_scrapes_the_report_gauges_with_the_reports_values() {
    let Some(prometheus) = debian_tool("prometheus", "prometheus") else { return };
    let dir = tempfile::tempdir().unwrap();
    let collector =
        start_with_config(&dir.path().join("data"), "[metrics]\nreport_interval_secs = 1\n", &[]);
    fill(&collector, None, None);
    let ready = wait_until(Duration::from_secs(30), || {
        http_get(collector.http, "/metrics").is_ok_and(|(_, m)| {
            m.contains(&format!("coxswain_report_band_sessions{{band=\"all\"}} {SESSIONS}"))
        })
    });
    assert!(ready, "the report gauges never showed every session");

    let port = free_port();
    let config = dir.path().join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: coxswain\n    \
             static_configs:\n      - targets: ['{}']\n",
            collector.http
        ),
    )
    .unwrap();
    let mut child = Command::new(prometheus)
        .arg(format!("--config.file={}", config.display()))
        .arg(format!("--storage.tsdb.path={}", dir.path().join("tsdb").display()))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start prometheus");
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let query = |q: &str| -> Vec<Value> {
        let path = format!("/api/v1/query?query={q}");
        http_get(addr, &path)
            .ok()
            .and_then(|(_, b)| serde_json::from_str::<Value>(&b).ok())
            .and_then(|v| v["data"]["result"].as_array().cloned())
            .unwrap_or_default()
    };
    let start = Instant::now();
    let scraped = wait_until(Duration::from_secs(90), || {
        !query("coxswain_report_verified_success_ratio").is_empty()
    });
    eprintln!("prometheus had the gauges after {:?}", start.elapsed());
    let result = std::panic::catch_unwind(|| {
        assert!(scraped, "prometheus never returned the report gauges");
        let bands = json(collector.http, "/v1/report?by=band");
        let all = json(collector.http, "/v1/report?by=all");
        let rows: Vec<&Value> = all["rows"]
            .as_array()
            .unwrap()
            .iter()
            .chain(bands["rows"].as_array().unwrap())
            .collect();
        for (metric, field) in [
            ("coxswain_report_verified_success_ratio", "verified_success_rate"),
            ("coxswain_report_actions_per_prompt", "actions_per_prompt_mean"),
            ("coxswain_report_band_sessions", "sessions"),
        ] {
            let series = query(metric);
            for row in &rows {
                let band = row["group"].as_str().unwrap();
                let found = series.iter().find(|s| s["metric"]["band"] == band);
                if row["suppressed"] == true || row[field].is_null() {
                    assert!(
                        found.is_none(),
                        "{metric}{{band={band}}} is suppressed yet has a series"
                    );
                    continue;
                }
                let got: f64 = found
                    .unwrap_or_else(|| panic!("no {metric}{{band={band}}}: {series:?}"))["value"]
                    [1]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
                let want = row[field].as_f64().unwrap();
                assert!(
                    (got - want).abs() <= 1e-12 * want.abs().max(1.0),
                    "{metric} {band}: {got} vs {want}"
                );
            }
        }
        let modes = json(collector.http, "/v1/report?by=mode");
        let series = query("coxswain_report_sessions");
        for row in modes["rows"].as_array().unwrap() {
            let found = series.iter().find(|s| s["metric"]["mode"] == row["group"]);
            assert_eq!(found.is_some(), row["suppressed"] == false, "mode {}", row["group"]);
        }
    });
    let _ = child.kill();
    let _ = child.wait();
    if let Err(e) = result {
        std::panic::resume_unwind(e);
    }
}
