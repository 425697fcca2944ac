//! Assembly: records from hand-built OTLP spans, and the same report under duplicates,
//! reordering, late arrivals and a rebuild.

mod analytics_fixture;

use analytics_fixture::*;
use coxswain_collector::assembler::{self, AnalyticsConfig, Assembler};
use coxswain_collector::buffer::Signal;
use coxswain_collector::classifier::{Classifiers, Expertise, ExpertiseClassifier, ExpertiseLevel};
use coxswain_collector::model::SessionView;
use coxswain_collector::query::ops;
use coxswain_collector::report::{GroupBy, ReportQuery};
use serde_json::Value;

fn session(a: &assembler::Assembler, id: &str) -> Value {
    serde_json::from_str(&ops::session_json(a.store(), id, None).expect("session")).unwrap()
}

fn reports(a: &assembler::Assembler) -> String {
    let mut out = String::new();
    for by in GroupBy::EVERY {
        let q = ReportQuery {
            group_by: by,
            since: None,
            until: None,
            min_group_users: 2,
            team: None,
            prices: Default::default(),
        };
        out.push_str(&ops::report_json(a.store(), &q).unwrap());
    }
    out.push_str(&ops::sessions_json(a.store(), None, None, 1000, None).unwrap());
    out
}

#[tokio::test]
async fn a_session_assembles_prompts_actions_evidence_and_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let s = S::new("s1", "u1")
        .prompt(
            0,
            P {
                words: 20,
                file_refs: 1,
                intent: "fixing",
                output_words: 700,
                planning: 1,
                execution: 1,
                ..P::default()
            },
            &[read(), edit(5), test(false), edit(2), test(true), A { subagent: true, ..read() }],
        )
        .prompt(1, P { words: 2, confirms: true, output_words: 10, ..P::default() }, &[])
        .end();
    append(&buf, vec![request(s.spans)]).await;
    let a = assemble(&buf);
    let r = session(&a, "s1");
    assert_eq!(r["session_id"], "s1");
    assert_eq!(r["user"], "u1");
    assert_eq!(r["harness"], "claude-code");
    assert_eq!(r["month"], "2026-01");
    assert_eq!(r["started_at"], "2026-01-15T10:00:00Z");
    let prompts: Vec<(u64, u64, u64, u64)> = r["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let n = |k: &str| p[k].as_u64().unwrap();
            (n("index"), n("actions"), n("subagent_actions"), n("output_words"))
        })
        .collect();
    assert_eq!(prompts, vec![(0, 6, 1, 700), (1, 0, 0, 10)]);
    assert_eq!(r["work_mode"], "fixing");
    assert_eq!(r["mode_agreement"], true);
    assert_eq!(r["evidence"], serde_json::json!(["tests_passed", "user_confirmation"]));
    assert_eq!(r["trouble"], true);
    assert_eq!(r["resolved"], true);
    assert_eq!(r["verified_success"], true);
    assert_eq!(r["abandoned"], false);
    assert_eq!(r["closed"], true);
    assert_eq!(r["closed_by"], "end");
    // precision 1 over the one scored prompt (the bare confirmation is skipped) → level 2.
    assert_eq!(r["expertise_level"], 2);
    assert_eq!(r["band"], "novice");
    assert_eq!(r["expertise_signals"]["precision"], 1.0);
    assert_eq!(r["expertise_signals"]["prompts_scored"], 1);
    // planning: user 1; agent 0 (the prompt stated a plan). execution: user 1; agent 2 edits + 2 tests.
    assert_eq!(r["labour"]["planning"], serde_json::json!({"user": 1, "agent": 0}));
    assert_eq!(r["labour"]["execution"], serde_json::json!({"user": 1, "agent": 4}));
    assert_eq!(buf.cursor("assembler").unwrap(), buf.last_seq());
}

#[tokio::test]
async fn prompts_and_evidence_and_trouble_events_carry_their_times() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    // Prompt 0 at T0 (10:00:00) with actions 1 s apart from 10:00:01; prompt 1 at 10:10:00.
    let s = S::new("timed", "u1")
        .prompt(0, P { words: 9, ..P::default() }, &[read(), test(false), test(true), commit()])
        .prompt(1, P { words: 2, confirms: true, end_reason: "stop_failure", ..P::default() }, &[])
        .end();
    append(&buf, vec![request(s.spans)]).await;
    let a = assemble(&buf);
    let r = session(&a, "timed");
    let times: Vec<(Value, Value)> = r["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["started_at"].clone(), p["ended_at"].clone()))
        .collect();
    assert_eq!(
        times,
        [
            ("2026-01-15T10:00:00Z".into(), "2026-01-15T10:00:06Z".into()),
            ("2026-01-15T10:10:00Z".into(), "2026-01-15T10:10:02Z".into())
        ]
    );
    assert_eq!(r["prompts"][1]["started_at_unix_nano"], T0 + 600 * SEC);
    assert_eq!(r["prompts"][1]["ended_at_unix_nano"], T0 + 602 * SEC);
    let events: Vec<String> = r["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {} {} {}", e["at"], e["prompt"], e["kind"], e["cause"]))
        .collect();
    assert_eq!(
        events,
        [
            r#""2026-01-15T10:00:02Z" 0 "trouble" "tests_failed""#,
            r#""2026-01-15T10:00:03Z" 0 "evidence" "tests_passed""#,
            r#""2026-01-15T10:00:04Z" 0 "evidence" "commit""#,
            r#""2026-01-15T10:10:00Z" 1 "evidence" "user_confirmation""#,
            r#""2026-01-15T10:10:02Z" 1 "trouble" "stop_failure""#,
        ]
    );
    assert_eq!(r["events"][0]["at_unix_nano"], T0 + 2 * SEC);
    // The timeline agrees with the counts.
    assert_eq!(r["trouble_events"], 2);
    assert_eq!(
        r["evidence_counts"],
        serde_json::json!({"tests_passed": 1, "commit": 1, "user_confirmation": 1})
    );
}

#[tokio::test]
async fn actions_that_arrive_before_their_prompt_count_once_it_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let s =
        S::new("early", "u1").prompt(0, P { words: 5, ..P::default() }, &[read(), read(), edit(1)]);
    let (actions, root): (Vec<_>, Vec<_>) =
        s.spans.into_iter().partition(|sp| sp.name.starts_with("execute_tool"));
    append(&buf, vec![request(actions)]).await;
    let a = assemble(&buf);
    let r = session(&a, "early");
    assert_eq!(r["prompts"].as_array().unwrap().len(), 0);
    assert_eq!(r["pending_actions"], 3);
    append(&buf, vec![request(root)]).await;
    a.catch_up().unwrap();
    let r = session(&a, "early");
    assert_eq!(r["prompts"][0]["actions"], 3);
    assert_eq!(r["pending_actions"], 0);
}

#[tokio::test]
async fn a_session_idle_past_the_close_time_in_unresolved_trouble_is_abandoned() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let stuck = S::new("stuck", "u1").prompt(0, P { words: 9, ..P::default() }, &[test(false)]);
    append(&buf, vec![request(stuck.spans)]).await;
    let a = assemble(&buf);
    let r = session(&a, "stuck");
    assert_eq!(
        (r["closed"].clone(), r["trouble"].clone(), r["abandoned"].clone()),
        (false.into(), true.into(), false.into())
    );
    // Another session, two hours later: the newest span time moves past stuck's idle close.
    let later = S::new("later", "u2").at(T0 + 7200 * SEC).prompt(0, P::default(), &[read()]);
    append(&buf, vec![request(later.spans)]).await;
    a.catch_up().unwrap();
    let r = session(&a, "stuck");
    assert_eq!(r["closed"], true);
    assert_eq!(r["closed_by"], "idle");
    assert_eq!(r["abandoned"], true);
    assert_eq!(r["verified_success"], false);
    assert_eq!(session(&a, "later")["closed"], false);
}

#[tokio::test]
async fn spans_that_are_not_coxswains_and_undecodable_requests_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let foreign = opentelemetry_proto::tonic::trace::v1::Span {
        trace_id: vec![1; 16],
        span_id: vec![2; 8],
        name: "GET /index".into(),
        ..Default::default()
    };
    append(&buf, vec![request(vec![foreign])]).await;
    buf.append(Signal::Traces, b"\xff\xff not protobuf").await.unwrap();
    buf.append(Signal::Logs, b"").await.unwrap();
    let s = S::new("ok", "u1").prompt(0, P::default(), &[read()]);
    append(&buf, vec![request(s.spans)]).await;
    let a = assemble(&buf);
    assert_eq!(a.store().session_count(), 1);
    assert_eq!(session(&a, "ok")["prompts"][0]["actions"], 1);
    assert_eq!(buf.cursor("assembler").unwrap(), buf.last_seq());
}

#[tokio::test]
async fn duplicates_reordering_and_a_rebuild_give_byte_identical_reports() {
    let sessions = population(40, 8);
    // In order: one request per session.
    let dir1 = tempfile::tempdir().unwrap();
    let buf1 = buffer(dir1.path());
    append(&buf1, sessions.iter().map(|s| request(s.spans.clone())).collect()).await;
    let in_order = reports(&assemble(&buf1));

    // Every span twice, in a scrambled order (actions before their roots, sessions interleaved),
    // in requests of three spans.
    let mut all: Vec<_> = sessions.iter().flat_map(|s| s.spans.clone()).collect();
    all.extend(all.clone());
    let n = all.len();
    let mut scrambled = Vec::with_capacity(n);
    for i in 0..n {
        scrambled.push(all[(i * 7919 + 13) % n].clone()); // 7919 is prime and coprime with n
    }
    assert_ne!(n % 7919, 0, "the scramble must be a permutation");
    let dir2 = tempfile::tempdir().unwrap();
    let buf2 = buffer(dir2.path());
    append(&buf2, scrambled.chunks(3).map(|c| request(c.to_vec())).collect()).await;
    let a2 = assemble(&buf2);
    let scrambled_report = reports(&a2);
    assert_eq!(in_order, scrambled_report, "duplicates/reordering changed the report");

    // Rebuild from the buffer.
    drop(a2);
    assembler::rebuild_buffer(buf2.clone(), AnalyticsConfig::default()).unwrap();
    let rebuilt = reports(&assemble(&buf2));
    assert_eq!(in_order, rebuilt, "rebuild changed the report");

    // And the report is not trivially empty.
    let v: Value = serde_json::from_str(&in_order[..in_order.find("\n}").unwrap() + 2]).unwrap();
    assert_eq!(v["rows"][0]["sessions"], 40);
}

/// A stand-in for a model: each call rates one level higher than the last, so only the verdict
/// cache can make a rebuild repeat its verdicts.
struct Drifting(std::sync::atomic::AtomicU8);

impl ExpertiseClassifier for Drifting {
    fn classify(&self, _: &SessionView<'_, '_>) -> Expertise {
        let n = self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let level = ExpertiseLevel(n % 5 + 1);
        Expertise { level, score: level.0 as f64, signals: Default::default() }
    }
    fn memo_key(&self) -> Option<&str> {
        Some("drifting-v1")
    }
}

#[tokio::test]
async fn an_impure_classifier_is_cached_per_span_set_so_a_rebuild_repeats_its_verdicts() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let s = S::new("m1", "u1").prompt(0, P { words: 5, ..P::default() }, &[read()]);
    append(&buf, vec![request(s.spans)]).await;
    // `drifting(n)` rates its next session at level n % 5 + 1.
    let drifting = |n: u8| Classifiers {
        expertise: std::sync::Arc::new(Drifting(n.into())),
        ..Classifiers::default()
    };
    let config = AnalyticsConfig::default;
    let a = Assembler::with_classifiers(buf.clone(), config(), drifting(0)).unwrap();
    a.catch_up().unwrap();
    let first = session(&a, "m1");
    assert_eq!(first["expertise_level"], 1);
    drop(a);
    // Uncached, the rebuild would rate level 3; the cache keeps level 1.
    assembler::rebuild_buffer_with(buf.clone(), config(), drifting(2)).unwrap();
    let a = Assembler::with_classifiers(buf.clone(), config(), drifting(2)).unwrap();
    assert_eq!(session(&a, "m1"), first);
    // A new span makes a new span set: the classifier is asked again.
    let more = S::new("m1", "u1").prompt(1, P { words: 3, ..P::default() }, &[]);
    append(&buf, vec![request(more.spans)]).await;
    a.catch_up().unwrap();
    assert_eq!(session(&a, "m1")["expertise_level"], 3);
}

#[tokio::test]
async fn multipliers_divide_by_the_novice_band_overall_and_within_each_group() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let novice =
        P { words: 40, vague_terms: 3, output_words: 500, intent: "fixing", ..P::default() };
    let expert = P {
        words: 30,
        file_refs: 2,
        identifier_refs: 2,
        acceptance_criteria: 1,
        verification_asks: 2,
        output_words: 3000,
        intent: "fixing",
        ..P::default()
    };
    let sessions = [
        S::new("n1", "a").prompt(0, novice.clone(), &[read(), read(), edit(1), test(true)]),
        // Each session changes something, so all three stay fixing (a read-only one explores).
        S::new("e1", "b").prompt(0, expert, &[vec![read(); 9], vec![edit(1)]].concat()),
        S::new("m1", "c").prompt(
            0,
            P { file_refs: 2, words: 9, intent: "fixing", output_words: 100, ..P::default() },
            &[edit(1)],
        ),
    ];
    append(&buf, sessions.into_iter().map(|s| request(s.spans)).collect()).await;
    let a = assemble(&buf);
    let q = ReportQuery {
        group_by: GroupBy::Mode,
        since: None,
        until: None,
        min_group_users: 1,
        prices: Default::default(),
        team: None,
    };
    let v: Value = serde_json::from_str(&ops::report_json(a.store(), &q).unwrap()).unwrap();
    assert_eq!(v["baseline"]["actions_per_prompt_mean"], 4.0);
    let fixing = &v["rows"][0];
    assert_eq!(fixing["group"], "fixing");
    assert_eq!(fixing["actions_per_prompt_mean"], 5.0); // (4 + 10 + 1) / 3
    assert_eq!(fixing["actions_multiplier"], 1.25);
    assert_eq!(fixing["expert_vs_novice_actions_multiplier"], 2.5);
    assert_eq!(fixing["expert_vs_novice_words_multiplier"], 6.0);
    // With k = 2 the one-user bands inside the group cannot be compared.
    let q = ReportQuery { min_group_users: 2, ..q };
    let v: Value = serde_json::from_str(&ops::report_json(a.store(), &q).unwrap()).unwrap();
    assert_eq!(v["rows"][0]["expert_vs_novice_actions_multiplier"], Value::Null);
    assert_eq!(v["rows"][0]["actions_multiplier"], Value::Null);
    assert!(v["rows"][0]["note"].as_str().unwrap().contains("multipliers withheld"));
}

#[tokio::test]
async fn prompt_tokens_reach_the_session_json_and_the_report_and_missing_tokens_are_not_zeros() {
    use coxswain_collector::assembler::{ModelPrice, PriceTable};
    use coxswain_collector::report::format;
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let expert = P { intent: "fixing", ..expert_prompt() };
    let novice = P { intent: "building", ..novice_prompt() };
    let sonnet = "claude-sonnet-4-6";
    let mut spans = Vec::new();
    for (i, user) in ["e1", "e2"].iter().enumerate() {
        let p = P { tokens: Some([10, 300, 1000, 0]), model: sonnet, ..expert.clone() };
        spans.extend(S::new(&format!("exp{i}"), user).prompt(0, p, &[read()]).end().spans);
    }
    for (i, user) in ["n1", "n2"].iter().enumerate() {
        let p = P { tokens: Some([20, 100, 2000, 50]), model: "gpt-5", ..novice.clone() };
        // The second prompt has no token data (an older hook): missing, not zero.
        let s =
            S::new(&format!("nov{i}"), user).prompt(0, p, &[read()]).prompt(1, novice.clone(), &[]);
        spans.extend(s.end().spans);
    }
    append(&buf, vec![request(spans)]).await;
    let a = assemble(&buf);

    let r = session(&a, "nov0");
    let p0 = &r["prompts"][0];
    let got: Vec<&Value> =
        ["input_tokens", "output_tokens", "cache_read_tokens", "cache_creation_tokens", "model"]
            .iter()
            .map(|k| &p0[*k])
            .collect();
    assert_eq!(
        got,
        [
            &Value::from(20),
            &Value::from(100),
            &Value::from(2000),
            &Value::from(50),
            &Value::from("gpt-5")
        ]
    );
    assert_eq!(r["prompts"][1]["output_tokens"], Value::Null);
    assert_eq!(r["prompts"][1]["model"], Value::Null);

    let prices = PriceTable(
        [(
            "claude-sonnet-4".to_owned(),
            ModelPrice { input: 3.0, output: 15.0, cache_read: 0.3, cache_creation: 3.75 },
        )]
        .into(),
    );
    let q = ReportQuery {
        group_by: GroupBy::All,
        since: None,
        until: None,
        min_group_users: 2,
        prices,
        team: None,
    };
    let report: Value = serde_json::from_str(&ops::report_json(a.store(), &q).unwrap()).unwrap();
    let row = &report["rows"][0];
    assert_eq!(row["prompts"], 6);
    assert_eq!(row["prompts_with_tokens"], 4, "the two prompts without tokens are left out");
    assert_eq!(row["output_tokens_per_prompt_mean"], 200.0);
    assert_eq!(row["output_tokens_per_prompt_median"], 200.0);
    assert_eq!(row["tokens_per_prompt_mean"], (1310.0 + 2170.0) / 2.0);
    assert_eq!(row["expert_vs_novice_output_tokens_multiplier"], 3.0);
    assert_eq!(report["baseline"]["output_tokens_per_prompt_mean"], 100.0);
    assert_eq!(row["output_tokens_multiplier"], 2.0, "the row's 200 over the novices' 100");
    // Only the Sonnet prompts are priced (no price for gpt-5).
    assert_eq!(row["priced_prompts"], 2);
    let cost = 2.0 * (10.0 * 3.0 + 300.0 * 15.0 + 1000.0 * 0.3) / 1e6;
    assert!((row["estimated_cost"].as_f64().unwrap() - cost).abs() < 1e-12, "{row}");
    let table = format::report_table(&report);
    assert!(
        table.contains("actions: tool calls of the main agent and of its subagents"),
        "{table}"
    );
    assert!(table.contains("output tokens per prompt (mean)"), "{table}");
}
