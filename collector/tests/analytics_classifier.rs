//! The built-in expertise classifier on hand-written edge cases (feature sets per TELEMETRY.md),
//! and the work-mode rules.

use coxswain_collector::classifier::work_mode::{self, ModeSource};
use coxswain_collector::classifier::{Band, ExpertiseClassifier, RuleExpertise, WorkMode};
use coxswain_collector::model::{PromptView, SessionView, SpanFacts, SpanKind};

fn prompt(f: impl FnOnce(&mut SpanFacts)) -> SpanFacts {
    let mut s =
        SpanFacts { kind: Some(SpanKind::Prompt), intent: "other".into(), ..SpanFacts::default() };
    f(&mut s);
    s
}

fn action(category: &str, f: impl FnOnce(&mut SpanFacts)) -> SpanFacts {
    let mut s = SpanFacts {
        kind: Some(SpanKind::Action),
        category: category.into(),
        ..SpanFacts::default()
    };
    f(&mut s);
    s
}

fn views<'a>(roots: &'a [SpanFacts], actions: &'a [Vec<SpanFacts>]) -> Vec<PromptView<'a>> {
    roots
        .iter()
        .enumerate()
        .map(|(i, r)| PromptView {
            index: i as u64,
            root: r,
            actions: actions.get(i).map(|a| a.iter().collect()).unwrap_or_default(),
        })
        .collect()
}

fn session<'s, 'a>(prompts: &'s [PromptView<'a>]) -> SessionView<'s, 'a> {
    SessionView { session_id: "s", prompts, closed: true }
}

fn level(roots: &[SpanFacts]) -> (u8, Band, f64) {
    let e = RuleExpertise.classify(&session(&views(roots, &[])));
    (e.level.0, e.level.band(), e.score)
}

#[test]
fn a_precise_one_line_expert_prompt_rates_level_5() {
    // "Fix `parse_header` in src/http.rs so it returns Err on empty input; run cargo test."
    let p = prompt(|p| {
        p.words = 16;
        p.file_refs = 1;
        p.identifier_refs = 1;
        p.constraints = 1;
        p.acceptance_criteria = 1;
        p.verification_asks = 2;
    });
    // precision 1 + 1 + 1 + 2 = 5, verification 1.5·2 = 3 → 8.
    assert_eq!(level(&[p]), (5, Band::Expert, 8.0));
}

#[test]
fn a_long_vague_novice_prompt_rates_level_1() {
    // 150 words of "make it work somehow, the stuff is broken, fix it, something better…".
    let p = prompt(|p| {
        p.words = 150;
        p.vague_terms = 6;
        p.constraints = 1;
    });
    // precision 1 − 3 (vague capped at 3) = −2.
    assert_eq!(level(&[p]), (1, Band::Novice, -2.0));
}

#[test]
fn a_user_who_corrects_the_agent_twice_gains_correction_points() {
    let base = |p: &mut SpanFacts| {
        p.words = 25;
        p.file_refs = 1;
        p.identifier_refs = 1;
    };
    let plain = [prompt(base), prompt(base), prompt(base)];
    assert_eq!(level(&plain), (3, Band::Intermediate, 2.0));
    let corrected = [
        prompt(base),
        prompt(|p| {
            base(p);
            p.user_corrects_agent = true;
        }),
        prompt(|p| {
            base(p);
            p.user_corrects_agent = true;
        }),
    ];
    // (2 + 3.5 + 3.5) / 3 = 3 → still 3; the correction signal shows +1.
    let e = RuleExpertise.classify(&session(&views(&corrected, &[])));
    assert_eq!((e.level.0, e.score), (3, 3.0));
    assert_eq!(e.signals.correction, 1.0);
    assert_eq!(e.signals.precision, 2.0);
    // With a verification ask on top, the session crosses into level 4.
    let mut more = corrected.clone();
    more[0].verification_asks = 2; // +3 on one prompt → mean 4
    assert_eq!(level(&more), (4, Band::Expert, 4.0));
}

#[test]
fn an_agent_that_corrects_the_user_moves_the_session_down() {
    let p = |acu: bool| {
        prompt(move |p| {
            p.words = 12;
            p.file_refs = 1;
            p.identifier_refs = 1;
            p.agent_corrects_user = acu;
        })
    };
    assert_eq!(level(&[p(false)]), (3, Band::Intermediate, 2.0));
    // "There is no src/util.rs — did you mean src/utils.rs?": 2 − 2 = 0.
    let e = RuleExpertise.classify(&session(&views(&[p(true)], &[])));
    assert_eq!((e.level.0, e.score, e.signals.correction), (1, 0.0, -2.0));
}

#[test]
fn bare_confirmations_are_not_scored_but_long_ones_are() {
    let precise = prompt(|p| {
        p.words = 30;
        p.file_refs = 2;
        p.acceptance_criteria = 1;
    });
    let thanks = prompt(|p| {
        p.words = 2;
        p.confirms = true;
    });
    assert_eq!(level(&[precise.clone(), thanks]), (4, Band::Expert, 4.0));
    let long_thanks = prompt(|p| {
        p.words = 8;
        p.confirms = true;
    });
    assert_eq!(level(&[precise, long_thanks]), (3, Band::Intermediate, 2.0));
}

#[test]
fn level_thresholds_are_exact_at_their_boundaries() {
    let with = |pts: u64| {
        prompt(move |p| {
            p.words = 10;
            p.file_refs = pts.min(2);
            p.identifier_refs = pts.saturating_sub(2).min(2);
            p.constraints = pts.saturating_sub(4).min(2);
        })
    };
    // One prompt at 0 and one at 1: mean 0.5 → level 2 (not < 0.5).
    assert_eq!(level(&[with(0), with(1)]).0, 2);
    assert_eq!(level(&[with(0), with(0)]).0, 1);
    assert_eq!(level(&[with(2)]).0, 3);
    assert_eq!(level(&[with(4)]).0, 4);
    assert_eq!(level(&[with(6), with(6), with(6), with(6), with(6), with(6), with(1)]).0, 4); // 37/7 ≈ 5.3
    let six_and_half = [with(6), with(6), with(6), with(6), with(6), with(6)];
    let mut top = six_and_half.to_vec();
    top[0].verification_asks = 1; // +1.5 on one of six prompts → 6.25
    assert_eq!(level(&top).0, 4);
    top[1].verification_asks = 1; // → 6.5
    assert_eq!(level(&top).0, 5);
    assert_eq!(level(&[]).0, 1);
}

#[test]
fn work_mode_comes_from_the_first_non_other_intent_else_from_the_actions() {
    let roots = [
        prompt(|_| {}),
        prompt(|p| p.intent = "testing".into()),
        prompt(|p| p.intent = "fixing".into()),
    ];
    assert_eq!(
        work_mode::classify(&session(&views(&roots, &[]))),
        (WorkMode::Testing, ModeSource::Intent)
    );

    let others = [prompt(|_| {})];
    let reading = [vec![
        action("read", |_| {}),
        action("search", |_| {}),
        action("read", |_| {}),
        action("shell", |_| {}),
        action("web", |_| {}),
    ]];
    assert_eq!(
        work_mode::classify(&session(&views(&others, &reading))),
        (WorkMode::Exploring, ModeSource::Actions)
    );
    let building = [vec![action("read", |_| {}), action("write", |a| a.lines_added = 40)]];
    assert_eq!(work_mode::classify(&session(&views(&others, &building))).0, WorkMode::Building);
    assert_eq!(work_mode::classify(&session(&views(&others, &[]))).0, WorkMode::Other);
}

#[test]
fn work_mode_agreement_follows_the_telemetry_table() {
    let roots = [prompt(|_| {})];
    let agree =
        |mode, acts: Vec<SpanFacts>| work_mode::agrees(mode, &session(&views(&roots, &[acts])));
    assert!(agree(WorkMode::Fixing, vec![action("edit", |a| a.lines_removed = 3)]));
    assert!(!agree(WorkMode::Fixing, vec![action("read", |_| {})]));
    assert!(agree(WorkMode::Testing, vec![action("shell", |a| a.command_kind = "test".into())]));
    assert!(agree(
        WorkMode::Operating,
        vec![action("shell", |a| a.command_kind = "install".into())]
    ));
    assert!(agree(
        WorkMode::Analysing,
        vec![action("read", |a| a.file_extension = "parquet".into())]
    ));
    assert!(agree(WorkMode::Writing, vec![action("write", |a| a.file_extension = "md".into())]));
    assert!(!agree(WorkMode::Writing, vec![action("read", |a| a.file_extension = "md".into())]));
    assert!(agree(WorkMode::Planning, vec![action("read", |_| {})]));
    assert!(!agree(WorkMode::Planning, vec![action("edit", |_| {})]));
    assert!(agree(
        WorkMode::Exploring,
        vec![action("web", |_| {}), action("read", |_| {}), action("edit", |_| {})]
    ));
    assert!(!agree(WorkMode::Exploring, vec![action("web", |_| {}), action("edit", |_| {})]));
    assert!(agree(WorkMode::Other, vec![]));
}
