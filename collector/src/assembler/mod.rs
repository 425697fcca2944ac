//! Assembly: tails the buffer and turns its spans (and the harnesses' native log events, see
//! [`native`]) into per-session and per-prompt records in sled trees of their own. Records are a pure function of each session's stored span set (plus the
//! newest span time seen, for idle closing), so duplicates, reordering, late arrivals and a
//! rebuild from the buffer all give the same records. Each session's assembly state is kept
//! up to date span by span (`state`), so a step costs what its new spans cost, not what the
//! sessions they extend hold.

mod attr;
mod compact;
pub mod native;
pub mod session;
pub mod span;
pub mod state;
pub mod store;
pub mod summary;
pub mod verdicts;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::buffer::{Buffer, BufferError, Entry, Signal};
use crate::classifier::Classifiers;
use session::Clock;
use span::SpanFacts;
use store::{Store, StoreError};
use verdicts::VerdictCache;

/// The assembler's cursor name in the buffer (retention relies on it).
pub const CONSUMER: &str = crate::buffer::ASSEMBLER_CONSUMER;
/// Buffer index entries looked at per step (entries without a Coxswain session cost only this
/// look; their bodies are never read).
const STEP_SCAN: usize = 16 * 1024;
/// Spans handed to the store at a time within a step.
const INGEST_CHUNK: usize = 4096;

/// Analytics settings (`[analytics]` in the collector's TOML config).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AnalyticsConfig {
    /// Seconds without a span after which a session counts as closed.
    pub idle_close_secs: u64,
    /// Groups with fewer distinct users than this are suppressed in every output a `read`
    /// token reaches; callers may raise it, never lower it.
    pub min_group_users: usize,
    /// Sessions whose last span is older than this are removed with their spans (0 keeps them
    /// forever); unset, `buffer.max_age_secs` applies.
    pub max_age_secs: Option<u64>,
    /// Bytes of request bodies (decompressed) the assembler reads per step, in MiB; a single
    /// bigger request is read alone. Its memory is a small multiple of this.
    pub step_mib: u64,
    /// File holding the key of native users' pseudonyms (at least 16 bytes). Every collector
    /// writing to one ClickHouse must share it, so one user gets one pseudonym everywhere (k
    /// users per group counts people, not collectors). Unset: a random key in the data dir.
    pub native_user_key_file: Option<PathBuf>,
    /// `[analytics.prices."model"]`: optional prices that turn tokens into an estimated cost.
    #[serde(skip_serializing_if = "PriceTable::is_empty")]
    pub prices: PriceTable,
}

impl Default for AnalyticsConfig {
    fn default() -> Self {
        Self {
            idle_close_secs: 3600,
            min_group_users: 5,
            max_age_secs: None,
            native_user_key_file: None,
            prices: PriceTable::default(),
            step_mib: 8,
        }
    }
}

/// Prices per model, in currency units per million tokens of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ModelPrice {
    /// Uncached input tokens.
    pub input: f64,
    /// Output tokens.
    pub output: f64,
    /// Input tokens read from the prompt cache.
    pub cache_read: f64,
    /// Input tokens written to the prompt cache.
    pub cache_creation: f64,
}

impl ModelPrice {
    /// The cost of `[input, output, cache read, cache creation]` tokens.
    pub fn cost(&self, tokens: [u64; 4]) -> f64 {
        let per = [self.input, self.output, self.cache_read, self.cache_creation];
        tokens.iter().zip(per).map(|(&t, p)| t as f64 * p / 1_000_000.0).sum()
    }
}

/// The price table: a model's price is its exact entry, else the longest entry its name starts
/// with (`claude-sonnet-4` prices `claude-sonnet-4-6`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PriceTable(pub std::collections::BTreeMap<String, ModelPrice>);

impl PriceTable {
    /// No prices configured.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The price of `model`, when the table has one.
    pub fn price(&self, model: &str) -> Option<&ModelPrice> {
        self.0.get(model).or_else(|| {
            self.0
                .iter()
                .filter(|(k, _)| model.starts_with(k.as_str()))
                .max_by_key(|(k, _)| k.len())
                .map(|(_, p)| p)
        })
    }

    /// Refuses negative or non-finite prices, naming the model.
    pub fn validate(&self) -> Result<(), String> {
        for (model, p) in &self.0 {
            let all = [p.input, p.output, p.cache_read, p.cache_creation];
            if model.is_empty() || all.iter().any(|v| !v.is_finite() || *v < 0.0) {
                return Err(format!(
                    "analytics.prices.{model:?}: prices must be finite numbers >= 0 under a model name"
                ));
            }
        }
        Ok(())
    }
}

/// What can go wrong while assembling.
#[derive(Debug, thiserror::Error)]
pub enum AssembleError {
    /// Reading the buffer failed.
    #[error(transparent)]
    Buffer(#[from] BufferError),
    /// The analytics trees failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The native users' pseudonym key could not be had.
    #[error(transparent)]
    NativeKey(#[from] native::KeyError),
}

/// Turns buffered requests into session records.
pub struct Assembler {
    buffer: Arc<Buffer>,
    store: Store,
    config: AnalyticsConfig,
    classifiers: Classifiers,
    verdicts: VerdictCache,
    /// Key of native users' pseudonyms ([`native::pseudonym_key`]).
    native_key: Vec<u8>,
}

/// Calls `f` with the facts of one buffered request: Coxswain spans of a trace request, native
/// events of a logs request (the assembler's and any other facts reader's single entry point).
pub fn visit_entry(
    entry: &Entry,
    native_key: &[u8],
    f: impl FnMut(SpanFacts),
) -> Result<(), span::DecodeError> {
    match entry.signal {
        Signal::Traces => span::visit_request(&entry.body, f),
        Signal::Logs => {
            // Log times are not checked at ingest (logs of any service are welcome); a native
            // event's time is held to its request's arrival plus the default future window, so a
            // wrong clock cannot move the assembler's clock (and close every session) ahead.
            let latest = entry
                .received_ms
                .saturating_mul(1_000_000)
                .saturating_add(crate::config::DEFAULT_SPAN_MAX_FUTURE_SECS * 1_000_000_000);
            native::visit_request(&entry.body, native_key, latest, f)
        }
        Signal::Metrics => Ok(()),
    }
}

impl Assembler {
    /// An assembler over `buffer` with the built-in classifiers.
    pub fn new(buffer: Arc<Buffer>, config: AnalyticsConfig) -> Result<Assembler, AssembleError> {
        Assembler::with_classifiers(buffer, config, Classifiers::default())
    }

    /// An assembler over `buffer` running the given classifiers.
    pub fn with_classifiers(
        buffer: Arc<Buffer>,
        config: AnalyticsConfig,
        classifiers: Classifiers,
    ) -> Result<Assembler, AssembleError> {
        let store = Store::open(buffer.db())?;
        store.ensure_retention_index()?;
        let verdicts = VerdictCache::open(buffer.db())?;
        let native_key = native::user_key(buffer.db(), config.native_user_key_file.as_deref())?;
        Ok(Assembler { buffer, store, config, classifiers, verdicts, native_key })
    }

    /// The analytics trees.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Processes up to one step after the cursor, then commits the cursor: at most
    /// [`STEP_SCAN`] index entries, of which only trace requests naming a Coxswain session and
    /// logs requests holding native events are read, up to `step_mib` of bodies. Returns how many entries it moved past (0: caught up).
    pub fn step(&self) -> Result<usize, AssembleError> {
        let cursor = self.buffer.cursor(CONSUMER)?;
        let step_bytes = self.config.step_mib.max(1).saturating_mul(1 << 20) as usize;
        let batch = self.buffer.read_sessions_after(cursor, STEP_SCAN, step_bytes)?;
        if batch.through <= cursor {
            return Ok(0);
        }
        let mut spans = Vec::new();
        let mut undecodable = 0usize;
        let mut failed = None;
        for e in &batch.entries {
            // The receiver only buffers valid requests, but a request that still cannot be read
            // (or trips a bug) is skipped, never retried forever behind an uncommitted cursor.
            // Spans go to the store in chunks, so one request holding a million tiny spans
            // costs a chunk's memory, not a million spans'.
            let visited = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                visit_entry(e, &self.native_key, |facts| {
                    spans.push(facts);
                    if spans.len() >= INGEST_CHUNK && failed.is_none() {
                        failed = self.ingest(std::mem::take(&mut spans)).err();
                    }
                })
            }));
            if !matches!(visited, Ok(Ok(()))) {
                undecodable += 1;
            }
        }
        if let Some(e) = failed {
            return Err(e);
        }
        if undecodable > 0 {
            tracing::warn!(undecodable, "Skipped undecodable buffered requests.");
        }
        drop(batch.entries);
        self.ingest(spans)?;
        self.buffer.commit_cursor(CONSUMER, batch.through)?;
        Ok((batch.through - cursor) as usize)
    }

    /// Processes everything buffered so far and settles every session it touched; returns the
    /// entries read.
    pub fn catch_up(&self) -> Result<usize, AssembleError> {
        let mut total = 0;
        loop {
            let n = self.step()?;
            if n == 0 {
                self.settle()?;
                return Ok(total);
            }
            total += n;
        }
    }

    /// Stores spans and marks every session they touch, plus open sessions that the newest span
    /// time has now idled out, for re-derivation by [`Assembler::settle`].
    pub fn ingest(&self, spans: Vec<SpanFacts>) -> Result<(), AssembleError> {
        let _writer = store::writer();
        let before = self.store.newest_seen()?;
        let newest = spans.iter().map(SpanFacts::time).max().unwrap_or(0).max(before);
        let mut touched: BTreeSet<String> = self.store.put_spans(spans)?;
        if newest > before {
            self.store.set_newest_seen(newest)?;
            let idle = self.config.idle_close_secs.saturating_mul(1_000_000_000);
            if newest >= idle {
                touched.extend(self.store.open_idle_since(newest - idle)?);
            }
        }
        self.store.mark_unsettled(&touched)?;
        Ok(())
    }

    /// Re-derives every session marked since the last settle. Sessions are marked in the store
    /// with their spans, so a crash in between loses no re-derivation; and a session that keeps
    /// receiving spans is re-derived once per settle, not once per step (its cost is its size,
    /// so per-step re-derivation made a long backlog quadratic).
    pub fn settle(&self) -> Result<usize, AssembleError> {
        let _writer = store::writer();
        let clock = Clock {
            newest_seen: self.store.newest_seen()?,
            idle_close_secs: self.config.idle_close_secs,
        };
        let ids = self.store.unsettled()?;
        for id in &ids {
            self.rederive(id, clock)?;
            self.store.settled(id)?;
        }
        if !ids.is_empty() {
            // Records become visible now; make them last past a crash at once rather than at
            // sled's next timed flush (they could be derived again, but not instantly).
            self.store.flush()?;
        }
        Ok(ids.len())
    }

    /// Moves the assembler's clock on to `now` (Unix ns) without a span, closing the sessions
    /// idle by then (a batch run such as `coxswain validate` closes its sessions this way).
    pub fn advance_clock(&self, now: u64) -> Result<(), AssembleError> {
        // Sessions ingested but not yet settled get their records (and open entries) first.
        self.settle()?;
        let before = self.store.newest_seen()?;
        if now <= before {
            return Ok(());
        }
        self.store.set_newest_seen(now)?;
        let idle = self.config.idle_close_secs.saturating_mul(1_000_000_000);
        let clock = Clock { newest_seen: now, idle_close_secs: self.config.idle_close_secs };
        for id in self.store.open_idle_since(now.saturating_sub(idle))? {
            self.rederive(&id, clock)?;
        }
        Ok(())
    }

    /// Derives a session's record from its assembly state: from the state's head and the
    /// prompts changed since the last derivation when the classifiers judge from the head's
    /// sums (so its cost follows the new spans, not the session), else from every prompt.
    fn rederive(&self, id: &str, clock: Clock) -> Result<(), AssembleError> {
        settle_session(&self.store, id, clock, &self.classifiers, Some(&self.verdicts))
    }
}

/// Derives one session's records into the store from its assembly state (what the assembler
/// does for every session it settles).
pub fn settle_session(
    store: &Store,
    id: &str,
    clock: Clock,
    classifiers: &Classifiers,
    cache: Option<&VerdictCache>,
) -> Result<(), AssembleError> {
    let Some(head) = store.state_head(id)? else { return Ok(()) };
    // The summary lists every prompt's counts in index order: while the indexes run 0, 1, 2, …
    // a prompt's place is its index, and the stored summary is patched (a pass over small
    // integers, no record); else the session is derived whole.
    let derived = session::derive_head(id, &head, clock, classifiers).filter(|_| head.gapless);
    if let Some((record, mut summary)) = derived {
        let changed = store.changed_prompts(id)?;
        let prompts: Vec<_> = changed.iter().map(|(i, p)| session::prompt_parts(*i, p)).collect();
        let before = store.summary(id)?.unwrap_or_default();
        (summary.prompts, summary.tokens, summary.models) =
            (before.prompts, before.tokens, before.models);
        let records: Vec<_> = prompts.iter().map(|p| p.0.clone()).collect();
        if summary.set_prompts(&records) && summary.prompts.len() as u64 == head.prompt_count {
            store.put_session_parts(&record, &summary, &prompts, head.last)?;
            return Ok(());
        }
    }
    let derived = if head.native > 0 {
        // Native events are gathered into prompts from the whole span set.
        let spans = store.spans_of(id)?;
        session::derive_cached(id, &spans, clock, classifiers, cache)?
    } else {
        let Some(mut state) = store.session_state(id)? else { return Ok(()) };
        let was_full = state.full;
        if was_full {
            // A root replaced another (or the state was rebuilt): the sums are made again from
            // every prompt, and every prompt's record is written below.
            state.resum();
        }
        // The summary written below places each prompt by its rank: by its index too when the
        // indexes run 0, 1, 2, …
        if state.gapless != state.dense() || was_full {
            state.gapless = state.dense();
            store.put_state_head(id, &state)?;
        }
        session::derive_state(id, &state, clock, classifiers, cache)?
    };
    if let Some((record, summary)) = derived {
        store.put_session(&record, &summary, head.last)?;
    }
    Ok(())
}

/// Starts the assembler tailing the buffer; it stops when `shutdown` fires.
pub fn spawn(
    buffer: Arc<Buffer>,
    config: AnalyticsConfig,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut appended = buffer.subscribe();
        let assembler = match Assembler::new(buffer, config) {
            Ok(a) => Arc::new(a),
            Err(error) => {
                tracing::error!(%error, "Analytics assembler could not start.");
                return;
            }
        };
        // While a backlog drains, sessions are settled at most every SETTLE_EVERY; once the
        // assembler is caught up, at once (so records are current whenever it is).
        let mut last_settle = tokio::time::Instant::now();
        loop {
            if *shutdown.borrow() {
                return;
            }
            let a = assembler.clone();
            let settle = last_settle.elapsed() >= SETTLE_EVERY;
            let result = tokio::task::spawn_blocking(move || {
                let n = a.step()?;
                if settle || n == 0 {
                    a.settle()?;
                }
                Ok::<_, AssembleError>(n)
            })
            .await;
            if settle {
                last_settle = tokio::time::Instant::now();
            }
            match result {
                Ok(Ok(n)) if n > 0 => continue,
                Ok(Ok(_)) => {
                    // Caught up (and settled): wait for the next append or shutdown.
                    tokio::select! {
                        changed = appended.changed() => if changed.is_err() { return },
                        _ = shutdown.changed() => {}
                    }
                }
                Ok(Err(error)) => {
                    tracing::error!(%error, "Analytics assembly failed; retrying.");
                    tokio::select! {
                        _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                        _ = shutdown.changed() => {}
                    }
                }
                Err(error) => {
                    tracing::error!(%error, "Analytics assembly panicked; stopping it.");
                    return;
                }
            }
        }
    })
}

/// How often the running assembler re-derives the sessions that received spans while it works
/// through a backlog.
const SETTLE_EVERY: Duration = Duration::from_millis(500);

/// `coxswain rebuild`.
#[derive(Debug, clap::Args)]
pub struct RebuildArgs {
    /// Data directory of a stopped collector.
    #[arg(long, default_value = "coxswain-data")]
    pub data_dir: PathBuf,
    /// Idle time (seconds) after which a session counts as closed.
    #[arg(long, default_value_t = AnalyticsConfig::default().idle_close_secs)]
    pub idle_close_secs: u64,
}

/// Drops the derived trees, resets the cursor and reassembles everything the buffer holds.
pub fn rebuild_buffer(
    buffer: Arc<Buffer>,
    config: AnalyticsConfig,
) -> Result<usize, AssembleError> {
    rebuild_buffer_with(buffer, config, Classifiers::default())
}

/// [`rebuild_buffer`] with the given classifiers. The verdict cache is kept, so classifiers that
/// are not pure functions give the verdicts they gave before for the same span sets.
pub fn rebuild_buffer_with(
    buffer: Arc<Buffer>,
    config: AnalyticsConfig,
    classifiers: Classifiers,
) -> Result<usize, AssembleError> {
    Store::drop_all(buffer.db()).map_err(AssembleError::Store)?;
    buffer.commit_cursor(CONSUMER, 0)?;
    let assembler = Assembler::with_classifiers(buffer, config, classifiers)?;
    let n = assembler.catch_up()?;
    assembler.store.flush()?;
    Ok(n)
}

/// Runs `coxswain rebuild`.
pub fn rebuild(args: RebuildArgs) -> anyhow::Result<()> {
    let buffer = Arc::new(open_stopped(&args.data_dir)?);
    let config = AnalyticsConfig { idle_close_secs: args.idle_close_secs, ..Default::default() };
    let n = rebuild_buffer(buffer.clone(), config)?;
    let sessions = Store::open(buffer.db())?.session_count();
    println!("rebuilt {sessions} sessions from {n} buffered requests");
    Ok(())
}

/// Opens a stopped collector's data directory (sled allows one process per directory).
pub fn open_stopped(dir: &std::path::Path) -> anyhow::Result<Buffer> {
    if !dir.is_dir() {
        anyhow::bail!("{} is not a data directory", dir.display());
    }
    // Whatever sled writes there stays private to this user, like the collector's own files.
    crate::data_dir::private_umask();
    Buffer::open(dir, 256 << 20).map_err(|e| {
        anyhow::anyhow!(
            "cannot open {} ({e}); if a collector is running on it, use --endpoint instead",
            dir.display()
        )
    })
}
