//! Derived session records in ClickHouse (`sessions`): whichever collector wrote a session's
//! facts re-derives the session from **all** of its facts there and inserts the record, versioned
//! so the derivation that saw the most facts (and, with equal facts, the closed one) wins
//! (`ReplacingMergeTree(version)`, read with `FINAL`). A second buffer cursor
//! (`clickhouse_sessions`) follows the facts writer's, so a crash re-derives a little and loses
//! nothing; an idle sweep closes sessions whose newest fact is `idle_close_secs` older than the
//! newest fact of any collector. The query API reads these records (CLICKHOUSE.md).

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::watch;

use super::read::{self, Derived, sql_string};
use super::writer::WriteError;
use super::{CONSUMER, ClickHouseClient, ClickHouseError};
use crate::assembler::session::{Clock, SessionRecord, Telemetry};
use crate::assembler::verdicts::VerdictCache;
use crate::assembler::visit_entry;
use crate::buffer::{Buffer, BufferError};
use crate::classifier::Classifiers;
use crate::forwarder::backoff::Backoff;
use crate::report::ReportQuery;

/// The derived sessions table.
pub const TABLE: &str = "sessions";
/// The deriver's cursor in the buffer (it follows the facts writer's).
pub const SESSIONS_CONSUMER: &str = "clickhouse_sessions";
/// Sessions derived per read-back query.
const CHUNK: usize = 500;
/// Buffer entries read per step.
const STEP_ENTRIES: usize = 4096;
/// Bytes of request bodies read per step (at least one request).
const STEP_BYTES: usize = 16 << 20;

/// One `sessions` row (`JSONEachRow`; the prompt arrays are the `prompt` Nested columns).
#[derive(Debug, Serialize)]
struct SessionRow<'a> {
    session_id: &'a str,
    version: u64,
    day: &'a str,
    started: u64,
    last_span: u64,
    month: u32,
    user: &'a str,
    harness: &'a str,
    team: &'a str,
    closed: u8,
    native_only: u8,
    native_prompts: u64,
    level: u8,
    band: &'static str,
    work_mode: &'static str,
    verified_success: u8,
    judge_success: u8,
    trouble: u8,
    abandoned: u8,
    mode_agreement: u8,
    evidence_tests_passed: u8,
    evidence_commit: u8,
    evidence_user_confirmation: u8,
    planning_user: u64,
    planning_agent: u64,
    execution_user: u64,
    execution_agent: u64,
    actions: u64,
    output_words: u64,
    #[serde(rename = "prompt.index")]
    index: Vec<u64>,
    #[serde(rename = "prompt.actions")]
    p_actions: Vec<u64>,
    #[serde(rename = "prompt.subagent_actions")]
    p_subagent_actions: Vec<u64>,
    #[serde(rename = "prompt.output_words")]
    p_output_words: Vec<u64>,
    #[serde(rename = "prompt.words")]
    p_words: Vec<u64>,
    #[serde(rename = "prompt.has_tokens")]
    p_has_tokens: Vec<u8>,
    #[serde(rename = "prompt.input_tokens")]
    p_input_tokens: Vec<u64>,
    #[serde(rename = "prompt.output_tokens")]
    p_output_tokens: Vec<u64>,
    #[serde(rename = "prompt.cache_read_tokens")]
    p_cache_read_tokens: Vec<u64>,
    #[serde(rename = "prompt.cache_creation_tokens")]
    p_cache_creation_tokens: Vec<u64>,
    #[serde(rename = "prompt.model")]
    p_model: Vec<&'a str>,
    #[serde(rename = "prompt.intent")]
    p_intent: Vec<&'a str>,
    #[serde(rename = "prompt.end_reason")]
    p_end_reason: Vec<&'a str>,
    /// The session JSON as `/v1/sessions/{id}` serves it.
    record: String,
}

/// The column definitions of the `sessions` table (its migration and the docs).
pub const COLUMNS: &str = "`session_id` String, `version` UInt64, `day` Date, \
     `started` UInt64, `last_span` UInt64, `month` UInt32, `user` String, `harness` String, \
     `team` String, `closed` UInt8, `native_only` UInt8, `native_prompts` UInt64, `level` UInt8, `band` String, `work_mode` String, \
     `verified_success` UInt8, `judge_success` UInt8, `trouble` UInt8, `abandoned` UInt8, \
     `mode_agreement` UInt8, `evidence_tests_passed` UInt8, `evidence_commit` UInt8, \
     `evidence_user_confirmation` UInt8, `planning_user` UInt64, `planning_agent` UInt64, \
     `execution_user` UInt64, `execution_agent` UInt64, `actions` UInt64, \
     `output_words` UInt64, `prompt` Nested(`index` UInt64, `actions` UInt64, \
     `subagent_actions` UInt64, `output_words` UInt64, `words` UInt64, `has_tokens` UInt8, \
     `input_tokens` UInt64, `output_tokens` UInt64, `cache_read_tokens` UInt64, \
     `cache_creation_tokens` UInt64, `model` String, `intent` String, `end_reason` String), \
     `record` String";

/// Appends one derived session as a `JSONEachRow` line.
pub fn encode_row(d: &Derived, out: &mut Vec<u8>) {
    let r = &d.record;
    let ev = &r.evidence_counts;
    let ps = &r.prompts;
    let tok = |f: fn(&[u64; 4]) -> u64| -> Vec<u64> {
        ps.iter().map(|p| p.tokens().as_ref().map_or(0, f)).collect()
    };
    let row = SessionRow {
        session_id: &r.session_id,
        version: d.version(),
        day: r.started_at.get(..10).unwrap_or("1970-01-01"),
        started: r.started_at_unix_nano,
        last_span: d.last,
        month: crate::report::time::month_number(r.started_at_unix_nano),
        user: &r.user,
        harness: &r.harness,
        team: &r.team,
        closed: r.closed.into(),
        native_only: u8::from(r.telemetry == Telemetry::Native),
        native_prompts: r.native_prompts,
        level: r.expertise_level,
        band: r.band.as_str(),
        work_mode: r.work_mode.as_str(),
        verified_success: r.verified_success.into(),
        judge_success: r.judge_success.into(),
        trouble: r.trouble.into(),
        abandoned: r.abandoned.into(),
        mode_agreement: r.mode_agreement.into(),
        evidence_tests_passed: u8::from(ev.tests_passed > 0),
        evidence_commit: u8::from(ev.commit > 0),
        evidence_user_confirmation: u8::from(ev.user_confirmation > 0),
        planning_user: r.labour.planning.user,
        planning_agent: r.labour.planning.agent,
        execution_user: r.labour.execution.user,
        execution_agent: r.labour.execution.agent,
        actions: r.actions,
        output_words: r.output_words,
        index: ps.iter().map(|p| p.index).collect(),
        p_actions: ps.iter().map(|p| p.actions).collect(),
        p_subagent_actions: ps.iter().map(|p| p.subagent_actions).collect(),
        p_output_words: ps.iter().map(|p| p.output_words).collect(),
        p_words: ps.iter().map(|p| p.words).collect(),
        p_has_tokens: ps.iter().map(|p| u8::from(p.tokens().is_some())).collect(),
        p_input_tokens: tok(|t| t[0]),
        p_output_tokens: tok(|t| t[1]),
        p_cache_read_tokens: tok(|t| t[2]),
        p_cache_creation_tokens: tok(|t| t[3]),
        p_model: ps.iter().map(|p| p.model.as_deref().unwrap_or("")).collect(),
        p_intent: ps.iter().map(|p| p.intent.as_str()).collect(),
        p_end_reason: ps.iter().map(|p| p.end_reason.as_str()).collect(),
        record: serde_json::to_string(r).unwrap_or_default(),
    };
    // Plain data always serialises.
    let _ = serde_json::to_writer(&mut *out, &row);
    out.push(b'\n');
}

/// How the deriver derives: the collector's classifiers and idle close, its verdict cache.
#[derive(Clone)]
pub struct Deriver {
    /// ClickHouse.
    pub client: ClickHouseClient,
    /// The assembler's classifiers (so records from ClickHouse and sled agree).
    pub classifiers: Classifiers,
    /// Idle time after which a session closes.
    pub idle_close_secs: u64,
    /// Verdicts of memoised classifiers (the collector's sled cache), if any.
    pub cache: Option<Arc<VerdictCache>>,
    /// Key of native users' pseudonyms (the facts writer's), to read native events' sessions.
    pub native_key: Arc<[u8]>,
}

impl Deriver {
    async fn clock(&self) -> Result<Clock, ClickHouseError> {
        Ok(Clock {
            newest_seen: read::newest_seen(&self.client).await?,
            idle_close_secs: self.idle_close_secs,
        })
    }

    /// Re-derives `ids` from all their facts and inserts the records; returns how many.
    pub async fn derive_and_store(&self, ids: &[String]) -> Result<usize, ClickHouseError> {
        if ids.is_empty() {
            return Ok(0);
        }
        let clock = self.clock().await?;
        let mut n = 0;
        let mut rows = Vec::new();
        for chunk in ids.chunks(CHUNK) {
            let derived = read::derive_sessions(
                &self.client,
                clock,
                &self.classifiers,
                self.cache.as_deref(),
                chunk,
            )
            .await?;
            rows.clear();
            for d in &derived {
                encode_row(d, &mut rows);
            }
            if !derived.is_empty() {
                self.client.insert_json_rows(TABLE, &rows).await?;
            }
            n += derived.len();
        }
        Ok(n)
    }

    /// Closes (re-derives) every session still open in `sessions` whose newest fact is
    /// `idle_close_secs` older than the newest fact of any collector. Any collector may run it,
    /// any number of times; queries run it first so they never show an idle session as open.
    pub async fn close_idle(&self) -> Result<usize, ClickHouseError> {
        let clock = self.clock().await?;
        let idle = clock.idle_close_secs.saturating_mul(1_000_000_000);
        let Some(before) = clock.newest_seen.checked_sub(idle) else { return Ok(0) };
        let sql = format!(
            "SELECT session_id FROM {}.{TABLE} FINAL WHERE closed = 0 AND last_span <= {before} \
             FORMAT JSONEachRow",
            self.client.database
        );
        let mut ids = Vec::new();
        self.client
            .for_each_row(&sql, |line| {
                #[derive(serde::Deserialize)]
                struct Id {
                    session_id: String,
                }
                let id: Id = serde_json::from_slice(line)
                    .map_err(|e| ClickHouseError::BadResult(e.to_string()))?;
                ids.push(id.session_id);
                Ok(())
            })
            .await?;
        self.derive_and_store(&ids).await
    }

    /// One step: the sessions named by buffer entries the facts writer has written and this
    /// cursor has not passed, re-derived and stored; then the cursor moves. Returns the entries
    /// passed (0: caught up with the facts writer).
    pub async fn step(&self, buffer: &Arc<Buffer>) -> Result<usize, WriteError> {
        let b = buffer.clone();
        let key = self.native_key.clone();
        let (ids, through, n) = tokio::task::spawn_blocking(move || -> Result<_, BufferError> {
            let cursor = b.cursor(SESSIONS_CONSUMER)?;
            let written = b.cursor(CONSUMER)?;
            if written <= cursor {
                return Ok((Vec::new(), cursor, 0));
            }
            // The entries the facts writer read (the others hold no facts), up to its cursor.
            let max = STEP_ENTRIES.min((written - cursor) as usize);
            let batch = b.read_sessions_after(cursor, max, STEP_BYTES)?;
            let mut ids = BTreeSet::new();
            for e in &batch.entries {
                // Undecodable requests were skipped by the facts writer too.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    visit_entry(e, &key, |f| {
                        if !ids.contains(&f.session_id) {
                            ids.insert(f.session_id);
                        }
                    })
                }));
            }
            let through = batch.through;
            Ok((ids.into_iter().collect::<Vec<_>>(), through, (through - cursor) as usize))
        })
        .await
        .map_err(|e| WriteError::Task(e.to_string()))??;
        if n == 0 {
            return Ok(0);
        }
        self.derive_and_store(&ids).await?;
        buffer.commit_cursor(SESSIONS_CONSUMER, through)?;
        Ok(n)
    }

    /// Runs the deriver until `shutdown`: steps while the facts writer is ahead, an idle sweep
    /// every `sweep`, backoff while ClickHouse is away.
    pub fn spawn(
        self,
        buffer: Arc<Buffer>,
        sweep: Duration,
        max_backoff: Duration,
        mut shutdown: watch::Receiver<bool>,
    ) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut backoff = Backoff::new(Duration::from_millis(200), max_backoff);
            let mut appended = buffer.subscribe();
            let mut next_sweep = tokio::time::Instant::now();
            loop {
                if *shutdown.borrow() {
                    return;
                }
                let result = match self.step(&buffer).await {
                    Ok(0) if tokio::time::Instant::now() >= next_sweep => {
                        next_sweep = tokio::time::Instant::now() + sweep;
                        self.close_idle().await.map(|_| 0).map_err(WriteError::from)
                    }
                    other => other,
                };
                match result {
                    Ok(n) if n > 0 => backoff.reset(),
                    Ok(_) => {
                        backoff.reset();
                        // The facts writer commits after appends arrive; poll briefly.
                        tokio::select! {
                            _ = appended.changed() => {}
                            _ = tokio::time::sleep(Duration::from_millis(250)) => {}
                            _ = shutdown.changed() => {}
                        }
                    }
                    Err(error) => {
                        let delay = backoff.next_delay();
                        tracing::warn!(%error, ?delay, "ClickHouse session derivation failed; retrying.");
                        tokio::select! {
                            _ = tokio::time::sleep(delay) => {}
                            _ = shutdown.changed() => {}
                        }
                    }
                }
            }
        })
    }
}

/// `WHERE` terms for the sessions a window and team scope cover.
pub fn scope_filter(q: &ReportQuery) -> Vec<String> {
    let mut w = Vec::new();
    if let Some(s) = q.since {
        w.push(format!("started >= {s}"));
    }
    if let Some(u) = q.until {
        w.push(format!("started < {u}"));
    }
    if let Some(t) = &q.team {
        w.push(format!("team = {}", sql_string(t)));
    }
    w
}

fn where_clause(terms: &[String]) -> String {
    if terms.is_empty() { String::new() } else { format!(" WHERE {}", terms.join(" AND ")) }
}

fn parse_record(line: &[u8]) -> Result<SessionRecord, ClickHouseError> {
    #[derive(serde::Deserialize)]
    struct Row {
        record: String,
    }
    let row: Row =
        serde_json::from_slice(line).map_err(|e| ClickHouseError::BadResult(e.to_string()))?;
    serde_json::from_str(&row.record).map_err(|e| ClickHouseError::BadResult(e.to_string()))
}

/// Sessions in the window and team scope, newest first: how many there are, and the first
/// `limit` records (the order of the sled path: start, then id, both descending).
pub async fn list(
    client: &ClickHouseClient,
    q: &ReportQuery,
    limit: usize,
) -> Result<(usize, Vec<SessionRecord>), ClickHouseError> {
    let filter = where_clause(&scope_filter(q));
    let db = &client.database;
    let total = client.execute(&format!("SELECT count() FROM {db}.{TABLE} FINAL{filter}")).await?;
    let total = total
        .trim()
        .trim_matches('"')
        .parse::<usize>()
        .map_err(|_| ClickHouseError::BadResult(total))?;
    let sql = format!(
        "SELECT record FROM {db}.{TABLE} FINAL{filter} ORDER BY started DESC, session_id DESC \
         LIMIT {limit} FORMAT JSONEachRow"
    );
    let mut out = Vec::new();
    client.for_each_row(&sql, |line| parse_record(line).map(|r| out.push(r))).await?;
    Ok((total, out))
}

/// One session's record.
pub async fn record(
    client: &ClickHouseClient,
    id: &str,
) -> Result<Option<SessionRecord>, ClickHouseError> {
    let sql = format!(
        "SELECT record FROM {}.{TABLE} FINAL WHERE session_id = {} FORMAT JSONEachRow",
        client.database,
        sql_string(id)
    );
    let mut out = None;
    client.for_each_row(&sql, |line| parse_record(line).map(|r| out = Some(r))).await?;
    Ok(out)
}
