//! `corpus`: a synthetic corpus of Claude Code sessions with a ground-truth file, from declared
//! per-level parameters (`params.rs`).
//!
//! ```text
//! cargo run --example corpus -- --sessions N --users U --seed S --out DIR \
//!     [--start 2025-10-01 --months 7] [--profile study|test] [--scale F]
//! ```
//!
//! Writes, per session, `DIR/hooks/<id>.jsonl` (one Claude Code hook stdin payload per line, in
//! firing order: SessionStart; per prompt UserPromptSubmit, PreToolUse + PostToolUse or
//! PostToolUseFailure per action — a subagent's calls tagged with `agent_id` between
//! SubagentStart and SubagentStop — then Stop, StopFailure or nothing for an interrupt;
//! SessionEnd), `DIR/hooks/<id>.marks` (transcript lines present when each payload fired),
//! `DIR/transcripts/<id>.jsonl` (the matching transcript, subagents under
//! `<id>/subagents/agent-<agentId>.jsonl`; its assistant text blocks are the ground-truth output
//! words), and `DIR/truth.json`.
//!
//! How the levels are made: each prompt is assembled from clauses with declared lexicon features
//! (`clauses.rs`; TELEMETRY.md's lexicon, checked against the hook's own extraction by
//! `guard::check_library` at start-up), drawn until its MEASURES.md points (`expertise.rs`) fall
//! inside its level's interval with a 0.25 margin, so every session's mean lands in its level:
//!
//! | level | prompt style | actions / words per prompt (study profile, ordinary sessions) |
//! |---|---|---|
//! | 1 | vague terms (`something`, `stuff`, `nice`), no refs; the agent sometimes corrects the user | 3.6 / 500 |
//! | 2 | one ref, constraint or verification ask, now and then a vague term | 5 / 700 |
//! | 3 | a file and an identifier plus a constraint, criterion or verification ask | 6.5 / 1,600 |
//! | 4 | files, identifiers, constraints, acceptance criteria, steps, verification; corrects the agent | 7 / 3,000 |
//! | 5 | all of level 4 at once: numbered steps, criteria, two verification asks, two constraints | 8 / 3,700 |
//!
//! About 2% of sessions (more often experts') are heavy, at about 150 actions per prompt; with
//! them the bands come out near the study's figures (20,000 sessions, 1,000 users, seed 1, hook
//! signals v7): novices 5.4 actions and 598 words per prompt, experts 12.4 and 3,166 (2.3x and
//! 5.3x); verified success 15.2% for novices, 29.5% and 28.9% for intermediates and experts;
//! success in trouble 3.3% vs 16.7%; abandonment of failed sessions 19.3% vs about 5%; 2.0% heavy
//! sessions (see `params.rs`).
//!
//! A prompt's points are computed from the hook's own reading of the composed text (clauses declare
//! their features and the guard checks them one by one, but requirements and named things depend
//! on how clauses join into sentences). The truth's `work_mode` is MEASURES.md's scoring over the
//! session's prompts and actions (`truth::work_mode`); `written_mode` is the mode the session was
//! written in (they agree for nearly every session).
//!
//! Outcomes are stories written as events (failed tests with exit code 101 and `test result:
//! FAILED`, a failing command retried with the same input, a failed tool call, StopFailure, a
//! "still failing" prompt; passing `cargo test`/`pytest`, `git commit`, a "thanks, works"
//! prompt). The truth is computed from those events by MEASURES.md's rules (`truth.rs`), not from
//! the story. The `test` profile scales actions down and trouble/evidence up for the end-to-end
//! test; `--scale` multiplies actions per prompt; `--open-share` leaves sessions without
//! SessionEnd (the truth counts them open, so never abandoned); `--truth-only` skips the hook and
//! transcript files. Generation is deterministic for a seed.

mod clauses;
mod clock;
mod emit;
mod expertise;
mod guard;
mod outcomes;
mod params;
mod plan;
mod prompts;
mod rng;
mod tools;
mod truth;

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use clap::Parser;
use coxswain_collector::classifier::WorkMode;
use serde_json::json;

/// The work modes sessions are written in: every `WorkMode` but `Other` (checked at compile
/// time to be the last), in `WorkMode::ALL`'s order, which `params::MODES_START` follows.
pub const MODES: [WorkMode; 8] = match WorkMode::ALL {
    [a, b, c, d, e, f, g, h, WorkMode::Other] => [a, b, c, d, e, f, g, h],
    _ => panic!("WorkMode::ALL no longer ends with Other"),
};

/// Synthetic Claude Code sessions with ground truth.
#[derive(Parser, Debug)]
struct Args {
    /// Sessions to write.
    #[arg(long, default_value_t = 100)]
    sessions: usize,
    /// Distinct synthetic users.
    #[arg(long, default_value_t = 20)]
    users: usize,
    /// Seed of the deterministic random source.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output directory (created).
    #[arg(long)]
    out: PathBuf,
    /// First day of the window (UTC).
    #[arg(long, default_value = "2025-10-01")]
    start: String,
    /// Months in the window.
    #[arg(long, default_value_t = 7)]
    months: u32,
    /// `study` (the study's shape) or `test` (few actions, much trouble and evidence).
    #[arg(long, default_value = "study")]
    profile: String,
    /// Multiplies the mean actions per prompt.
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
    /// Share of heavy sessions (over 100 actions per prompt); default 0.02 for study, 0 for test.
    #[arg(long)]
    heavy_share: Option<f64>,
    /// Probability a prompt is interrupted by the user (no Stop).
    #[arg(long, default_value_t = 0.04)]
    interrupts: f64,
    /// Share of sessions that end without SessionEnd (left idle); the truth counts them open.
    #[arg(long, default_value_t = 0.0)]
    open_share: f64,
    /// Write only truth.json (no hooks or transcripts): for benchmarks that build spans from it.
    #[arg(long)]
    truth_only: bool,
}

/// One generated session, ready to merge.
struct Made {
    level: u8,
    aggregate: truth::Aggregate,
    events: usize,
    /// Its ground-truth record, as one JSON line.
    line: String,
}

/// What every session needs to be generated.
struct Job<'a> {
    args: &'a Args,
    levels: &'a [params::LevelParams; 5],
    knobs: plan::Knobs,
    user_base: &'a [usize],
    start_ms: i64,
    window_ms: i64,
    out: &'a std::path::Path,
}

impl Job<'_> {
    /// Plans, checks, writes and judges session `i` (its own random stream).
    fn session(&self, i: usize) -> anyhow::Result<Made> {
        let args = self.args;
        let mut r = rng::Rng::new(args.seed, i as u64);
        let user = if i < args.users { i } else { r.range(0, args.users - 1) };
        let base = self.user_base[user] as i64;
        let level = if r.chance(0.3) {
            (base + if r.chance(0.5) { 1 } else { -1 }).clamp(0, 4)
        } else {
            base
        } as usize;
        let t = r.unit();
        let weights: Vec<f64> =
            (0..8).map(|k| params::MODES_START[k] * (1.0 - t) + params::MODES_END[k] * t).collect();
        let mode = MODES[r.weighted(&weights)];
        let session_start = self.start_ms + (t * self.window_ms as f64) as i64;
        let s = plan::session(
            &mut r,
            user,
            level as u8 + 1,
            mode,
            session_start,
            &self.levels[level],
            self.knobs,
        );
        let o = truth::outcome(&s);
        let expected = expertise::level_of(o.score);
        if expected != s.level {
            bail!(
                "session {} scores {} (level {expected}) but was written for level {}",
                s.id,
                o.score,
                s.level
            );
        }
        if !args.truth_only {
            emit::write(&mut r, &s, self.out)
                .with_context(|| format!("writing session {}", s.id))?;
        }
        let mut aggregate = truth::Aggregate::default();
        aggregate.add(&s, &o);
        let events = 2 + s.prompts.iter().map(|p| 2 + 2 * p.actions().len()).sum::<usize>();
        Ok(Made {
            level: s.level,
            aggregate,
            events,
            line: truth::session_json(&s, &o).to_string(),
        })
    }
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let problems = guard::check_library();
    if !problems.is_empty() {
        bail!(
            "the clause library disagrees with the hook's prompt features:\n{}",
            problems.join("\n")
        );
    }
    if args.users == 0 || args.sessions == 0 {
        bail!("--sessions and --users must be at least 1");
    }
    let (levels, heavy) = match args.profile.as_str() {
        "study" => (params::STUDY, params::HEAVY_SHARE),
        "test" => (params::test_profile(), 0.0),
        other => bail!("unknown --profile {other:?} (study or test)"),
    };
    let knobs = plan::Knobs {
        scale: args.scale,
        heavy_share: args.heavy_share.unwrap_or(heavy),
        interrupt: args.interrupts,
        open_share: args.open_share,
    };
    let start_ms = clock::date_ms(&args.start)
        .with_context(|| format!("--start {:?} is not YYYY-MM-DD", args.start))?;
    let window_ms = (args.months as f64 * 30.44 * 86_400_000.0) as i64;
    for d in ["hooks", "transcripts"] {
        std::fs::create_dir_all(args.out.join(d))
            .with_context(|| format!("creating {}", args.out.display()))?;
    }
    let out = std::fs::canonicalize(&args.out)?;

    let began = Instant::now();
    let mut users_rng = rng::Rng::new(args.seed, u64::MAX);
    let shares: Vec<f64> = levels.iter().map(|l| l.share).collect();
    let user_base: Vec<usize> = (0..args.users).map(|_| users_rng.weighted(&shares)).collect();
    let job = Job {
        args: &args,
        levels: &levels,
        knobs,
        user_base: &user_base,
        start_ms,
        window_ms,
        out: &out,
    };

    // Sessions are independent (one random stream each), so chunks go to every core and are
    // merged back in session order: the output does not depend on the number of threads.
    const CHUNK: usize = 64;
    let chunks = args.sessions.div_ceil(CHUNK);
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(8);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, Vec<Made>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> anyhow::Result<Vec<(usize, Vec<Made>)>> {
                    let mut mine = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if k >= chunks {
                            return Ok(mine);
                        }
                        let made = (k * CHUNK..((k + 1) * CHUNK).min(args.sessions))
                            .map(|i| job.session(i))
                            .collect::<anyhow::Result<Vec<Made>>>()?;
                        mine.push((k, made));
                    }
                })
            })
            .collect();
        let mut all = Vec::new();
        for w in workers {
            all.extend(w.join().map_err(|_| anyhow::anyhow!("a generator thread panicked"))??);
        }
        Ok::<_, anyhow::Error>(all)
    })?;
    done.sort_by_key(|(k, _)| *k);

    let mut by_level: Vec<truth::Aggregate> = vec![Default::default(); 5];
    let mut by_band: std::collections::BTreeMap<&str, truth::Aggregate> = Default::default();
    let mut all = truth::Aggregate::default();
    let (mut prompts_n, mut events_n) = (0usize, 0usize);
    for m in done.iter().flat_map(|(_, v)| v.iter()) {
        prompts_n += m.aggregate.prompts;
        events_n += m.events;
        by_level[m.level as usize - 1].merge(&m.aggregate);
        by_band.entry(expertise::band_of(m.level)).or_default().merge(&m.aggregate);
        all.merge(&m.aggregate);
    }
    let levels_json: serde_json::Map<String, serde_json::Value> =
        by_level.iter().enumerate().map(|(i, a)| ((i + 1).to_string(), a.json())).collect();
    let bands_json: serde_json::Map<String, serde_json::Value> =
        by_band.iter().map(|(k, a)| (k.to_string(), a.json())).collect();
    let head = json!({
        "generator": {"seed": args.seed, "sessions": args.sessions, "users": args.users, "profile": args.profile,
                      "scale": args.scale, "start": args.start, "months": args.months},
        "levels": levels_json,
        "bands": bands_json,
        "all": all.json(),
    });
    // One session per line: readable, and compact at 400,000 sessions.
    let mut f = std::io::BufWriter::new(std::fs::File::create(out.join("truth.json"))?);
    let head_text = serde_json::to_string_pretty(&head)?;
    let head_text = head_text.trim_end();
    f.write_all(head_text.strip_suffix('}').unwrap_or(head_text).trim_end().as_bytes())?;
    f.write_all(b",\n  \"sessions\": [")?;
    for (n, m) in done.iter().flat_map(|(_, v)| v.iter()).enumerate() {
        f.write_all(if n == 0 { b"\n    " } else { b",\n    " })?;
        f.write_all(m.line.as_bytes())?;
    }
    f.write_all(b"\n  ]\n}\n")?;
    f.flush()?;
    let secs = began.elapsed().as_secs_f64();
    eprintln!(
        "corpus: {} sessions, {} users, {prompts_n} prompts, {} actions, about {events_n} hook events in {secs:.2} s ({:.0} sessions/s) -> {}",
        args.sessions,
        args.users,
        all.actions,
        args.sessions as f64 / secs.max(1e-9),
        out.display()
    );
    Ok(())
}
