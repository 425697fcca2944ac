//! Incremental assembly: a session's state brought up to date span by span derives exactly the
//! record its whole span set derives, whatever the order, chunking, duplicates and re-sent spans;
//! and the storage work of a step follows its new spans, not the session's size.

use std::collections::BTreeMap;

use coxswain_collector::assembler::session::{self, Clock, SessionRecord};
use coxswain_collector::assembler::settle_session;
use coxswain_collector::assembler::store::Store;
use coxswain_collector::assembler::summary::Summary;
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
            // What the assembler stores: the head from the running sums, the changed prompts.
            settle_session(&store, "s", clock(), &classifiers, None).expect("settle");
            assert_eq!(stored(&store, "s"), as_stored(whole), "seed {seed}");
        }
    }
}

/// A record as it reads back from JSON (how the store keeps it: serde_json's float parsing
/// may move a last digit).
fn as_stored(derived: Option<(SessionRecord, Summary)>) -> Option<(SessionRecord, Summary)> {
    derived.map(|(r, s)| {
        let json = serde_json::to_vec(&r).expect("json");
        (serde_json::from_slice(&json).expect("record"), s)
    })
}

/// A session's record and summary as the store gives them back.
fn stored(store: &Store, id: &str) -> Option<(SessionRecord, Summary)> {
    let record = store.session(id).expect("record")?;
    let mut summary = None;
    store
        .for_each_summary(|k, s| {
            if k == id.as_bytes() {
                summary = Some(s.clone());
            }
        })
        .expect("summaries");
    Some((record, summary.expect("summary")))
}

#[test]
fn records_settled_step_by_step_are_the_records_of_the_whole_span_set() {
    // Many prompts, mostly in their own traces, arriving in order and out of it: the
    // records come from the running sums and the changed prompts only.
    let classifiers = Classifiers::default();
    for seed in 0..60u64 {
        let mut rng = StdRng::seed_from_u64(1_000 + seed);
        let mut sent: Vec<SpanFacts> = Vec::new();
        for index in 0..rng.random_range(1..25u64) {
            let t = trace(500 + index);
            for a in 0..rng.random_range(0..6u64) {
                let mut s = random_span(&mut rng, "m", index << 8 | a, 1);
                s.trace = t.clone();
                if s.kind == Some(SpanKind::Prompt) {
                    s.kind = Some(SpanKind::Action);
                    s.category = "edit".into();
                }
                s.prompt_index = Some(index);
                sent.push(s);
            }
            let mut root = random_span(&mut rng, "m", index << 8 | 0xFF, 1);
            while root.kind != Some(SpanKind::Prompt) {
                root = random_span(&mut rng, "m", index << 8 | 0xFF, 1);
            }
            root.trace = t;
            root.prompt_index = Some(index);
            sent.push(root);
        }
        if rng.random_bool(0.5) {
            sent.shuffle(&mut rng);
        }
        let store = store();
        let mut truth: BTreeMap<(String, [u8; 8]), SpanFacts> = BTreeMap::new();
        let mut rest = sent.as_slice();
        while !rest.is_empty() {
            let k = rng.random_range(1..=rest.len().min(7));
            let (chunk, tail) = rest.split_at(k);
            for s in chunk {
                truth.insert((s.trace.clone(), s.span_id), s.clone());
            }
            store.put_spans(chunk.to_vec()).expect("put");
            rest = tail;
            settle_session(&store, "m", clock(), &classifiers, None).expect("settle");
            let all: Vec<SpanFacts> = truth.values().cloned().collect();
            let whole = session::derive("m", &all, clock(), &classifiers);
            assert_eq!(stored(&store, "m"), as_stored(whole), "seed {seed}");
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
        // The settle reads and writes the step's prompt, not the session's.
        let changed = store.changed_prompts("long").expect("changed");
        assert_eq!(changed.iter().map(|c| c.0).collect::<Vec<_>>(), vec![index]);
        settle_session(&store, "long", clock(), &classifiers, None).expect("settle");
        assert!(store.changed_prompts("long").expect("changed").is_empty());
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
    let record = store.session("long").expect("record").expect("some");
    let whole = session::derive_state("long", &state, clock(), &classifiers, None).expect("derive");
    assert_eq!(Some(record), as_stored(whole).map(|w| w.0));
}

/// An action's (trouble, evidence) events: one trouble however many ways it failed.
fn events_of(a: &SpanFacts) -> (u64, u64) {
    let trouble = a.failed || a.retry || a.test_outcome == "failed";
    (u64::from(trouble), u64::from(a.test_outcome == "passed") + u64::from(a.commit))
}

/// A prompt whose actions hold `n` trouble or evidence events (one or two each), at shuffled
/// starts.
fn eventful_prompt(rng: &mut StdRng, n: u64, native: bool) -> Vec<SpanFacts> {
    let t = trace(7);
    let mut out: Vec<SpanFacts> = (0..n)
        .map(|a| SpanFacts {
            session_id: "busy".into(),
            span_id: (a + 1).to_be_bytes(),
            kind: Some(SpanKind::Action),
            trace: t.clone(),
            start: 10_000 + rng.random_range(0..n / 2),
            end: 20_000,
            prompt_index: (!native).then_some(0),
            prompt_id: if native { "p0".into() } else { String::new() },
            native,
            category: "shell".into(),
            test_outcome: OUTCOMES[(a % 3) as usize].into(),
            failed: a % 5 == 0,
            retry: a % 7 == 0,
            commit: a % 4 == 0,
            ..SpanFacts::default()
        })
        .collect();
    out.push(SpanFacts {
        session_id: "busy".into(),
        span_id: [0xAA; 8],
        kind: Some(SpanKind::Prompt),
        trace: t,
        start: 10_000,
        end: 30_000,
        // The second prompt: a first prompt's failure report states the starting problem, and
        // only a later one's is trouble.
        prompt_index: (!native).then_some(1),
        prompt_id: if native { "p0".into() } else { String::new() },
        native,
        words: 9,
        end_reason: if native { String::new() } else { "stop_failure".into() },
        reports_failure: !native,
        ..SpanFacts::default()
    });
    out
}

#[test]
fn a_prompt_keeps_its_first_64_action_events_and_counts_the_rest_however_its_spans_arrive() {
    let classifiers = Classifiers::default();
    for seed in 0..20u64 {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut spans = eventful_prompt(&mut rng, 150, false);
        let whole = session::derive("busy", &spans, clock(), &classifiers).expect("record").0;
        spans.shuffle(&mut rng);
        let store = store();
        for chunk in spans.chunks(rng.random_range(1..20)) {
            store.put_spans(chunk.to_vec()).expect("put");
        }
        let state = store.session_state("busy").expect("state").expect("some");
        let incremental =
            session::derive_state("busy", &state, clock(), &classifiers, None).expect("derive");
        assert_eq!(incremental.as_ref().map(|r| &r.0), Some(&whole), "seed {seed}");

        // Every event is counted; the timeline holds the prompt's own two and its first 64
        // action events in event order.
        let actions: Vec<&SpanFacts> =
            spans.iter().filter(|s| s.kind == Some(SpanKind::Action)).collect();
        let (trouble, evidence) =
            actions.iter().map(|a| events_of(a)).fold((0, 0), |(t, e), (a, b)| (t + a, e + b));
        assert_eq!(whole.trouble_events, trouble + 2);
        assert_eq!(whole.evidence_counts.tests_passed + whole.evidence_counts.commit, evidence);
        assert_eq!(whole.events.len(), 64 + 2);
        assert_eq!(whole.events_left_out, trouble + evidence - 64);
        let mut order: Vec<&&SpanFacts> = actions.iter().collect();
        order.sort_by_key(|a| (a.start, a.span_id));
        let starts = order.iter().flat_map(|a| {
            let (t, e) = events_of(a);
            let n = t + e;
            (0..n).map(|_| a.start)
        });
        let kept: Vec<u64> = whole.events[1..65].iter().map(|e| e.at_unix_nano).collect();
        assert_eq!(kept, starts.take(64).collect::<Vec<_>>());
        let last = whole.events.last().expect("event");
        assert_eq!(last.cause, coxswain_collector::classifier::outcome::EventCause::StopFailure);
    }
}

#[test]
fn a_native_prompt_assembled_from_its_spans_has_its_events() {
    let classifiers = Classifiers::default();
    let mut rng = StdRng::seed_from_u64(1);
    let spans = eventful_prompt(&mut rng, 12, true);
    let (record, _) = session::derive("busy", &spans, clock(), &classifiers).expect("record");
    assert_eq!(record.prompts.len(), 1);
    assert_eq!(record.native_prompts, 1);
    let from_events = record.events.iter().filter(|e| e.prompt == record.prompts[0].index);
    let actions = spans.iter().filter(|s| s.kind == Some(SpanKind::Action));
    let expected = actions
        .map(|a| {
            let (t, e) = events_of(a);
            t + e
        })
        .sum::<u64>();
    assert_eq!(from_events.count() as u64, expected);
    assert_eq!((record.events_left_out, record.trouble_events > 0), (0, true));
    // The same spans through the store: a session holding native events comes from its spans.
    let store = store();
    store.put_spans(spans.clone()).expect("put");
    let state = store.session_state("busy").expect("state").expect("some");
    let from_state =
        session::derive_state("busy", &state, clock(), &classifiers, None).expect("derive");
    assert!(from_state.is_none(), "native sessions are derived from their spans");
}

#[test]
fn a_state_survives_its_codec_and_one_of_an_earlier_format_is_rebuilt_from_the_spans() {
    use coxswain_collector::assembler::state::SessionState;
    let mut rng = StdRng::seed_from_u64(2);
    let spans = eventful_prompt(&mut rng, 150, false);
    let state = SessionState::build(&spans);
    let mut back = SessionState::decode(&state.encode(), "busy").expect("head");
    for (k, v) in state.parts() {
        back.load(&k, &v).expect("part");
    }
    back.whole();
    assert_eq!(back, state);
    let mut older = state.encode();
    older[0] = 3;
    assert!(SessionState::decode(&older, "busy").is_some_and(|s| s.stale));
}

#[test]
fn a_session_stored_in_the_layout_before_prompt_keys_is_rebuilt_from_its_spans() {
    // The layout before: the state head held every prompt and trace (format 3), the record
    // listed every prompt. Such a state reads as stale; the next span or settle rebuilds it
    // from the stored spans and writes every prompt under its own key.
    let classifiers = Classifiers::default();
    let mut rng = StdRng::seed_from_u64(3);
    let spans = eventful_prompt(&mut rng, 40, false);
    let db = sled::Config::new().temporary(true).open().expect("sled");
    let store = Store::open(&db).expect("store");
    store.put_spans(spans.clone()).expect("put");
    settle_session(&store, "busy", clock(), &classifiers, None).expect("settle");
    let whole = as_stored(session::derive("busy", &spans, clock(), &classifiers));
    assert_eq!(stored(&store, "busy"), whole);
    // Make it look written before: an older head (and no prompt records beside the record).
    let tree = db.open_tree("analytics.span_facts").expect("tree");
    // The head's key: the session's key prefix (length, id), then 0xFFFF.
    let head = [&[0u8, 4][..], b"busy", &[0xFF, 0xFF]].concat();
    assert_eq!(tree.get(&head).expect("get").and_then(|v| v.first().copied()), Some(6));
    tree.insert(&head, &[3u8, 0, 0][..]).expect("old head");
    db.drop_tree("analytics.prompts").expect("drop");
    let store = Store::open(&db).expect("store");
    assert!(store.state_head("busy").expect("head").is_some_and(|s| s.full));
    settle_session(&store, "busy", clock(), &classifiers, None).expect("settle");
    assert_eq!(stored(&store, "busy"), whole);
    // And it goes on in place from there.
    let mut more = eventful_prompt(&mut rng, 10, false);
    for (n, s) in more.iter_mut().enumerate() {
        s.span_id = (1_000 + n as u64).to_be_bytes();
        s.trace = trace(8);
        s.prompt_index = Some(1);
    }
    store.put_spans(more.clone()).expect("put");
    settle_session(&store, "busy", clock(), &classifiers, None).expect("settle");
    let all: Vec<SpanFacts> = spans.into_iter().chain(more).collect();
    let whole = as_stored(session::derive("busy", &all, clock(), &classifiers));
    assert_eq!(stored(&store, "busy"), whole);
}

#[test]
fn each_session_has_its_own_summary_when_one_id_starts_another() {
    // Ids that start one another, a session without a prompt: each summary is its own.
    let classifiers = Classifiers::default();
    let store = store();
    let ids = ["a", "ab", "abc", "b", "b\u{0}", "c"];
    let mut expected = BTreeMap::new();
    for (n, id) in ids.iter().enumerate() {
        let mut spans = prompt_step(n as u64, 3);
        if *id == "b" {
            spans.retain(|s| s.kind == Some(SpanKind::Action)); // no prompt: actions waiting
        }
        spans.iter_mut().for_each(|s| s.session_id = id.to_string());
        store.put_spans(spans.clone()).expect("put");
        settle_session(&store, id, clock(), &classifiers, None).expect("settle");
        let whole = session::derive(id, &spans, clock(), &classifiers).expect("record");
        expected.insert(id.as_bytes().to_vec(), whole.1);
    }
    let mut seen = BTreeMap::new();
    store.for_each_summary(|k, s| drop(seen.insert(k.to_vec(), s.clone()))).expect("scan");
    assert_eq!(seen, expected);
}

#[test]
fn actions_before_the_first_prompt_count_in_no_prompt_but_the_outcome_and_mode_see_them() {
    // A resumed transcript: a merge fails and a commit lands before the file's first prompt,
    // whose root never comes; then prompt 0 reads one file.
    let classifiers = Classifiers::default();
    // Span times well before the clock's newest, so the session is closed.
    let at = 1_000u64;
    let early = |n: u64, f: &dyn Fn(&mut SpanFacts)| {
        let mut s = SpanFacts {
            session_id: "resumed".into(),
            span_id: n.to_be_bytes(),
            kind: Some(SpanKind::Action),
            trace: trace(7),
            start: at + n,
            end: at + n + 1,
            category: "shell".into(),
            ..SpanFacts::default()
        };
        f(&mut s);
        s
    };
    let mut spans = vec![
        early(1, &|s| {
            s.command_kind = "git".into();
            s.failed = true;
        }),
        early(2, &|s| {
            s.category = "edit".into();
            s.file_extension = "rs".into();
            s.lines_added = 3;
        }),
    ];
    // Prompt 0, its trace's root and one read.
    let read = SpanFacts { span_id: 10u64.to_be_bytes(), trace: trace(8), ..early(10, &|_| {}) };
    let read = SpanFacts { category: "read".into(), prompt_index: Some(0), ..read };
    let root = SpanFacts {
        span_id: 11u64.to_be_bytes(),
        kind: Some(SpanKind::Prompt),
        end: at + 20,
        intent: "fixing".into(),
        words: 6,
        ..read.clone()
    };
    spans.extend([read, root]);
    let (record, _) = session::derive("resumed", &spans, clock(), &classifiers).expect("record");
    // Counted in no prompt: the prompt has its own action only.
    assert_eq!((record.actions, record.pending_actions, record.prompts[0].actions), (1, 2, 1));
    // The failed merge is the session's trouble, nothing resolves it: abandoned.
    assert!(record.trouble && record.abandoned && record.trouble_events == 1);
    // The mode's tally has the early edit (building and fixing agree with lines changed).
    assert!(record.mode_agreement);
    // A later commit in the same trace resolves it, and the incremental state agrees step by
    // step, whichever order the spans come in.
    spans.push(early(3, &|s| {
        s.command_kind = "commit".into();
        s.commit = true;
    }));
    for order in [false, true] {
        let mut sent = spans.clone();
        if order {
            sent.reverse();
        }
        let store = store();
        for (k, s) in sent.iter().enumerate() {
            store.put_spans(vec![s.clone()]).expect("put");
            settle_session(&store, "resumed", clock(), &classifiers, None).expect("settle");
            let whole = session::derive("resumed", &sent[..=k], clock(), &classifiers);
            assert_eq!(stored(&store, "resumed"), as_stored(whole), "step {k}");
        }
    }
    let (record, _) = session::derive("resumed", &spans, clock(), &classifiers).expect("record");
    assert!(record.trouble && !record.abandoned && record.verified_success);
    assert_eq!((record.actions, record.pending_actions), (1, 3));
}
