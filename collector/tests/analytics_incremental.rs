//! Incremental assembly: a session's state brought up to date span by span derives exactly the
//! record its whole span set derives, whatever the order, chunking, duplicates and re-sent spans;
//! and the storage work of a step follows its new spans, not the session's size.

use std::collections::BTreeMap;

use coxswain_collector::assembler::session::{self, Clock};
use coxswain_collector::assembler::store::Store;
use coxswain_collector::classifier::Classifiers;
use coxswain_collector::model::{SpanFacts, SpanKind};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

const CATEGORIES: [&str; 8] = ["read", "search", "web", "edit", "write", "shell", "plan", "other"];
const COMMANDS: [&str; 6] = ["", "test", "operate", "install", "data", "build"];
const EXTENSIONS: [&str; 6] = ["", "rs", "md", "csv", "json", "sql"];
const OUTCOMES: [&str; 3] = ["", "passed", "failed"];
const INTENTS: [&str; 5] = ["building", "fixing", "testing", "exploring", "writing"];

fn store() -> Store {
    let db = sled::Config::new().temporary(true).open().expect("sled");
    Store::open(&db).expect("store")
}

fn trace(n: u64) -> String {
    format!("{n:032x}")
}

/// A random span of session `s`: few traces and prompt indexes so roots compete, actions wait
/// and traces are shared.
fn random_span(rng: &mut StdRng, s: &str, id: u64, traces: u64) -> SpanFacts {
    let pick = |rng: &mut StdRng, l: &[&str]| l[rng.random_range(0..l.len())].to_string();
    let mut f = SpanFacts {
        session_id: s.into(),
        span_id: id.to_be_bytes(),
        trace: trace(rng.random_range(0..traces)),
        start: 1_000 + rng.random_range(0..50),
        user: if rng.random_bool(0.3) { pick(rng, &["", "u1", "u2"]) } else { String::new() },
        harness: if rng.random_bool(0.2) { "codex".into() } else { String::new() },
        team: if rng.random_bool(0.1) { "t".into() } else { String::new() },
        prompt_index: rng.random_bool(0.8).then(|| rng.random_range(0..5)),
        ..SpanFacts::default()
    };
    f.end = f.start + rng.random_range(0..20);
    match rng.random_range(0..10) {
        0..=2 => {
            f.kind = Some(SpanKind::Prompt);
            f.words = rng.random_range(0..80);
            f.own_words = rng.random_bool(0.5).then(|| rng.random_range(0..80));
            f.file_refs = rng.random_range(0..3);
            f.vague_terms = rng.random_range(0..3);
            f.verification_asks = rng.random_range(0..2);
            f.confirms = rng.random_bool(0.2);
            f.reports_failure = rng.random_bool(0.1);
            f.user_corrects_agent = rng.random_bool(0.1);
            f.user_planning_decisions = rng.random_range(0..2);
            f.output_words = rng.random_range(0..500);
            f.intent = pick(rng, &INTENTS);
            f.end_reason = pick(rng, &["stop", "stop_failure"]);
            f.tokens = rng.random_bool(0.5).then(|| [1, 2, 3, rng.random_range(0..9)]);
            f.model = pick(rng, &["", "m1", "m2"]);
        }
        3 => {
            f.kind = Some(if rng.random_bool(0.5) {
                SpanKind::SessionStart
            } else {
                SpanKind::SessionEnd
            })
        }
        _ => {
            f.kind = Some(SpanKind::Action);
            f.category = pick(rng, &CATEGORIES);
            f.command_kind = pick(rng, &COMMANDS);
            f.file_extension = pick(rng, &EXTENSIONS);
            f.test_outcome = pick(rng, &OUTCOMES);
            f.lines_added = rng.random_range(0..3);
            f.lines_removed = rng.random_range(0..2);
            f.commit = rng.random_bool(0.1);
            f.failed = rng.random_bool(0.1);
            f.retry = rng.random_bool(0.05);
            f.subagent = rng.random_bool(0.2);
        }
    }
    f
}

fn clock() -> Clock {
    Clock { newest_seen: 5_000_000_000_000, idle_close_secs: 3600 }
}

#[test]
fn a_state_built_span_by_span_derives_what_the_whole_span_set_derives() {
    let classifiers = Classifiers::default();
    for seed in 0..300u64 {
        let mut rng = StdRng::seed_from_u64(seed);
        let n = rng.random_range(1..60);
        // Few traces: roots compete and the state is often rebuilt; many: it is mostly
        // brought up to date in place.
        let traces = 2 + seed % 12;
        let mut sent: Vec<SpanFacts> =
            (0..n).map(|i| random_span(&mut rng, "s", i % 40, traces)).collect();
        // Duplicates, and some re-sent with other attributes.
        for _ in 0..rng.random_range(0..8) {
            let mut again = sent[rng.random_range(0..sent.len())].clone();
            if rng.random_bool(0.3) {
                again = SpanFacts {
                    span_id: again.span_id,
                    trace: again.trace.clone(),
                    ..random_span(&mut rng, "s", 0, traces)
                };
            }
            sent.push(again);
        }
        sent.shuffle(&mut rng);
        let store = store();
        // The stored set: the last copy of each (trace, span id).
        let mut truth: BTreeMap<(String, [u8; 8]), SpanFacts> = BTreeMap::new();
        let mut rest = sent.as_slice();
        while !rest.is_empty() {
            let k = rng.random_range(1..=rest.len().min(9));
            let (chunk, tail) = rest.split_at(k);
            for s in chunk {
                truth.insert((s.trace.clone(), s.span_id), s.clone());
            }
            store.put_spans(chunk.to_vec()).expect("put");
            rest = tail;
            let state = store.session_state("s").expect("state").expect("some");
            let all: Vec<SpanFacts> = truth.values().cloned().collect();
            let incremental =
                session::derive_state("s", &state, clock(), &classifiers, None).expect("derive");
            let whole = session::derive("s", &all, clock(), &classifiers);
            assert_eq!(incremental, whole, "seed {seed}");
        }
    }
}

/// One step of a growing session: a prompt root with `actions` actions in a new trace.
fn prompt_step(index: u64, actions: u64) -> Vec<SpanFacts> {
    let t = trace(1_000 + index);
    let at = 1_768_471_200_000_000_000 + index * 1_000_000_000;
    let mut out: Vec<SpanFacts> = (0..actions)
        .map(|a| SpanFacts {
            session_id: "long".into(),
            span_id: (index << 20 | a).to_be_bytes(),
            kind: Some(SpanKind::Action),
            trace: t.clone(),
            start: at + a,
            end: at + a + 1,
            prompt_index: Some(index),
            category: CATEGORIES[(a % 8) as usize].into(),
            ..SpanFacts::default()
        })
        .collect();
    // The root ends after its actions, so it usually arrives last and adopts them.
    out.push(SpanFacts {
        session_id: "long".into(),
        span_id: (index << 20 | 0xFFFFF).to_be_bytes(),
        kind: Some(SpanKind::Prompt),
        trace: t,
        start: at,
        end: at + actions + 1,
        prompt_index: Some(index),
        words: 12,
        intent: "building".into(),
        ..SpanFacts::default()
    });
    out
}

#[test]
fn the_storage_work_of_a_step_follows_its_new_spans_not_the_session_size() {
    let store = store();
    let classifiers = Classifiers::default();
    let mut per_step = Vec::new();
    for index in 0..200u64 {
        let before = store.span_work();
        store.put_spans(prompt_step(index, 99)).expect("put");
        let state = store.session_state("long").expect("state").expect("some");
        session::derive_state("long", &state, clock(), &classifiers, None).expect("derive");
        let after = store.span_work();
        per_step.push((after.reads - before.reads, after.writes - before.writes));
    }
    // Each step reads each new span once (is it new?) and each action once more when its
    // root adopts it, and writes each new span once: the same at 100 spans as at 20,000.
    assert!(per_step.iter().all(|&w| w == (100 + 99, 100)), "{per_step:?}");
    // Re-sending a step changes nothing and writes no span.
    let before = store.span_work();
    store.put_spans(prompt_step(7, 99)).expect("put");
    let after = store.span_work();
    assert_eq!((after.reads - before.reads, after.writes - before.writes), (100, 0));
    let state = store.session_state("long").expect("state").expect("some");
    assert_eq!((state.spans, state.prompts.len(), state.pending), (20_000, 200, 0));
}
