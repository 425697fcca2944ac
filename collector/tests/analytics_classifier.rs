//! The built-in expertise classifier on hand-written edge cases (feature sets per TELEMETRY.md),
//! and the work-mode rules.

use coxswain_collector::classifier::expertise::level_of;
use coxswain_collector::classifier::tally::tally_all;
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
            actions: tally_all(actions.get(i).into_iter().flatten()),
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
    // "Fix `parse_header` in src/http.rs so it returns Err on empty input and on a missing colon;
    // run cargo test."
    let p = prompt(|p| {
        p.words = 19;
        p.file_refs = 1;
        p.identifier_refs = 1;
        p.constraints = 1;
        p.acceptance_criteria = 1;
        p.requirements = 2;
        p.verification_asks = 2;
    });
    // precision 1 + 1 + 1 + 2 + 1 = 6, verification 1·2 = 2 → 8.
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
fn precision_in_prose_counts_named_things_deliverables_and_requirements() {
    // "There are 14 supplier contracts in the Contracts folder. I need a spreadsheet with one row
    // per contract: …; if a contract has no such clause, write NOT FOUND rather than …"
    let prose = prompt(|p| {
        p.words = 60;
        p.named_things = 3;
        p.deliverables = 2;
        p.requirements = 4;
        p.constraints = 1;
    });
    // named things 2 (3 ≥ 3), deliverable 1 (a spreadsheet named, no acceptance criterion),
    // structure 2 (4 requirements), a constraint 1 → 6 → level 4 (one prompt: the mean and the
    // peak are its points).
    let e = RuleExpertise.classify(&session(&views(&[prose], &[])));
    assert_eq!((e.level.0, e.score), (4, 6.0));
    assert_eq!(e.signals.precision_parts.named_things, 2.0);
    assert_eq!(e.signals.precision_parts.deliverable, 1.0);
    assert_eq!(e.signals.precision_parts.structure, 2.0);
    // "how do I make a website for my cafe? I have never done this before": two learner asks.
    let novice = prompt(|p| {
        p.words = 16;
        p.learner_asks = 2;
    });
    assert_eq!(level(&[novice]), (1, Band::Novice, -2.0));
    // A question scoped to a named thing: "Does the retry in src/sender.rs cap at 30 seconds?"
    let scoped = prompt(|p| {
        p.words = 10;
        p.file_refs = 1;
        p.named_things = 1;
        p.scoped_questions = 1;
    });
    assert_eq!(level(&[scoped]), (3, Band::Intermediate, 3.0));
}

#[test]
fn short_follow_ups_barely_move_a_session_because_prompts_weigh_their_words() {
    let precise = prompt(|p| {
        p.words = 40;
        p.file_refs = 2;
        p.identifier_refs = 2;
        p.constraints = 2;
    });
    let short = |w: u64| prompt(move |p| p.words = w);
    // Mean (1.5·40·6 + 1·0 + 2·0) / 63 ≈ 5.71, peak 6 (the only prompt of 5 words or more):
    // 0.75·5.71 + 0.25·6 ≈ 5.79: "continue" and "try again" do not drag an expert down.
    let (lvl, band, score) = level(&[precise.clone(), short(1), short(2)]);
    assert_eq!((lvl, band), (4, Band::Expert));
    assert!((score - (0.75 * 360.0 / 63.0 + 0.25 * 6.0)).abs() < 1e-9);
    // A pasted log weighs no more than 60 words (the first prompt 1.5 times its 40).
    let e = RuleExpertise.classify(&session(&views(&[precise, short(5000)], &[])));
    assert_eq!(e.signals.weight, 120.0);
    // Words that are not the user's (a compaction summary) weigh nothing.
    let summary = prompt(|p| {
        p.words = 900;
        p.own_words = Some(0);
        p.file_refs = 2;
    });
    assert_eq!(RuleExpertise.classify(&session(&views(&[summary], &[]))).signals.prompts_scored, 0);
}

#[test]
fn a_user_who_corrects_the_agent_gains_correction_points_after_the_first_prompt() {
    let base = |p: &mut SpanFacts| {
        p.words = 25;
        p.file_refs = 1;
        p.identifier_refs = 1;
    };
    let plain = [prompt(base), prompt(base), prompt(base)];
    assert_eq!(level(&plain), (3, Band::Intermediate, 2.0));
    let corrects = |p: &mut SpanFacts| {
        base(p);
        p.user_corrects_agent = true;
    };
    let corrected = [prompt(base), prompt(corrects), prompt(corrects)];
    // Mean (37.5·2 + 25·3 + 25·3) / 87.5 ≈ 2.57, peak 3: ≈ 2.68 → still 3; the correction
    // signal shows about +0.7 (0.75·0.571 + 0.25·1).
    let e = RuleExpertise.classify(&session(&views(&corrected, &[])));
    assert_eq!(e.level.0, 3);
    assert!((e.score - (0.75 * 225.0 / 87.5 + 0.25 * 3.0)).abs() < 1e-9);
    assert!((e.signals.correction - (0.75 * 50.0 / 87.5 + 0.25 * 1.0)).abs() < 1e-9);
    assert_eq!(e.signals.precision, 2.0);
    assert_eq!(e.signals.peak, Some(3.0));
    // With two constraints and an acceptance criterion on top, the session crosses into level 4.
    let mut more = corrected.clone();
    for p in &mut more {
        p.constraints = 2; // +2 on every prompt
        p.acceptance_criteria = 1; // +2 → mean 575 / 87.5, peak 7
    }
    let (lvl, band, score) = level(&more);
    assert_eq!((lvl, band), (4, Band::Expert));
    assert!((score - (0.75 * (575.0 / 87.5) + 0.25 * 7.0)).abs() < 1e-9);
    // The first prompt has nothing to correct: its "rather than" is a requirement.
    assert_eq!(level(&[prompt(corrects)]), (3, Band::Intermediate, 2.0));
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
    assert_eq!(level(&[precise.clone(), thanks]), (3, Band::Intermediate, 4.0));
    let long_thanks = prompt(|p| {
        p.words = 8;
        p.confirms = true;
    });
    let e = RuleExpertise.classify(&session(&views(&[precise, long_thanks], &[])));
    assert_eq!((e.level.0, e.signals.prompts_scored), (3, 2));
    // Mean (45·4 + 8·0) / 53, peak 4.
    assert!((e.score - (0.75 * 180.0 / 53.0 + 0.25 * 4.0)).abs() < 1e-9);
}

#[test]
fn level_thresholds_are_exact_at_their_boundaries() {
    let with = |pts: u64, asks: u64| {
        prompt(move |p| {
            p.words = 10;
            p.file_refs = pts.min(2);
            p.identifier_refs = pts.saturating_sub(2).min(2);
            p.constraints = pts.saturating_sub(4).min(2);
            p.verification_asks = asks;
        })
    };
    // One prompt: the score is its points.
    assert_eq!(level(&[with(0, 0)]).0, 1);
    assert_eq!(level(&[with(2, 0)]).0, 3); // exactly 2
    assert_eq!(level(&[with(4, 0)]).0, 3);
    assert_eq!(level(&[with(5, 0)]).0, 3); // 5: the whole level-3 profile of the guide
    assert_eq!(level(&[with(5, 1)]).0, 3); // 6, held at 5: a check asked makes no expert
    assert_eq!(level(&[with(6, 1)]).0, 4); // 7: level 4 without the check, it counts in full
    assert_eq!(level(&[with(6, 2)]).0, 5); // exactly 8
    // Mean (15·0 + 10·1) / 25 = 0.4, peak 1: 0.3 + 0.25 = 0.55 → level 2.
    assert_eq!(level(&[with(0, 0), with(1, 0)]).0, 2);
    for (score, want) in [(0.49, 1), (0.5, 2), (1.99, 2), (2.0, 3), (5.0, 3), (5.25, 4), (8.0, 5)] {
        assert_eq!(level_of(score).0, want, "{score}");
    }
    assert_eq!(level(&[]).0, 1);
}

#[test]
fn a_terse_precise_request_among_short_follow_ups_still_shows_through_the_peak() {
    // "bump the pool to 50 and rerun the soak, p99 was 80ms" (12 words: three named things, a
    // verification ask), then `ok`, `yes`, `go on` and two chats (6 and 4 words) without signal.
    let terse = prompt(|p| {
        p.words = 12;
        p.named_things = 3;
        p.verification_asks = 1;
    });
    let chat = |w: u64| prompt(move |p| p.words = w);
    let e = RuleExpertise
        .classify(&session(&views(&[terse, chat(1), chat(1), chat(2), chat(6), chat(4)], &[])));
    // Points 2 + 1 = 3; mean 18·3 / 32 ≈ 1.69 alone would be level 2, the peak lifts it.
    assert_eq!(e.signals.peak, Some(3.0));
    assert!((e.signals.mean - 54.0 / 32.0).abs() < 1e-9);
    assert_eq!(e.level.0, 3);
}

#[test]
fn lists_written_inline_count_as_structure() {
    // "It needs: which alerts fire, how to decide, the exact commands, the checks afterwards, and
    // who to page" (five items); six and more count double.
    let with = |items: u64| {
        prompt(move |p| {
            p.words = 40;
            p.listed_items = items;
        })
    };
    let structure = |items| {
        RuleExpertise
            .classify(&session(&views(&[with(items)], &[])))
            .signals
            .precision_parts
            .structure
    };
    assert_eq!((structure(3), structure(4), structure(5), structure(6)), (0.0, 2.0, 2.0, 4.0));
}

#[test]
fn a_contingency_stated_up_front_lifts_a_terse_expert_into_the_expert_band() {
    // "bump the pg pool to 50 on checkout-api in perf and rerun the soak, p99 was 80ms. target
    // < 40. roll back if error rate goes over 0.5%", then "good. commit it, mention the soak
    // numbers": without the rollback condition the session reads intermediate.
    let soak = |contingencies: u64| {
        prompt(move |p| {
            p.words = 28;
            p.named_things = 5;
            p.constraints = 1; // `target < 40`
            p.verification_asks = 1;
            p.contingencies = contingencies;
        })
    };
    let commit = prompt(|p| p.words = 7);
    let without = RuleExpertise.classify(&session(&views(&[soak(0), commit.clone()], &[])));
    let with = RuleExpertise.classify(&session(&views(&[soak(3), commit], &[])));
    assert_eq!(without.level.band(), Band::Intermediate);
    // 3 points once per prompt, however many conditions it states.
    assert_eq!(with.signals.peak, Some(2.0 + 1.0 + 1.0 + 3.0));
    assert!(with.signals.precision_parts.contingencies > 2.0);
    assert_eq!(with.level.band(), Band::Expert);
}

#[test]
fn a_session_that_opens_with_an_order_naming_its_object_is_at_least_level_3() {
    // "add a share button to ReceiptDetailScreen", then twenty words that pin nothing down: one
    // identifier, spread over the words of both prompts, scores level 2.
    let first = |order: bool| {
        prompt(move |p| {
            p.words = 7;
            p.identifier_refs = 1;
            p.opens_with_order = order;
        })
    };
    let second = prompt(|p| p.words = 20);
    let without = RuleExpertise.classify(&session(&views(&[first(false), second.clone()], &[])));
    assert_eq!(without.level.0, 2, "{without:?}");
    assert!(!without.signals.opens_with_order && without.signals.floored_from.is_none());
    let with = RuleExpertise.classify(&session(&views(&[first(true), second.clone()], &[])));
    assert_eq!((with.level.0, with.score), (3, 2.0), "{with:?}");
    assert!(with.signals.opens_with_order);
    assert_eq!(with.signals.floored_from, Some(without.score));
    // An order that names nothing (`fix it`) sets no floor; nor does one in a later prompt.
    let bare = prompt(|p| {
        p.words = 2;
        p.opens_with_order = true;
    });
    assert!(level(&[bare, second.clone()]).0 < 3);
    assert!(level(&[second.clone(), first(true)]).0 < 3);
    // Above the floor the score is the rules' own.
    let precise = prompt(|p| {
        p.words = 19;
        p.file_refs = 1;
        p.identifier_refs = 1;
        p.acceptance_criteria = 1;
        p.opens_with_order = true;
    });
    let e = RuleExpertise.classify(&session(&views(&[precise], &[])));
    assert!(e.score > 2.0 && e.signals.opens_with_order && e.signals.floored_from.is_none());
}

#[test]
fn checks_asked_lift_a_session_to_level_3_but_make_no_expert() {
    // "Add an export button to ReportsView in reports/views.py, it should keep the current
    // filters; run the tests when you're done": the guide's level-3 profile, 5 points without
    // the check, which would lift it to 6 (level 4).
    let request = |acceptance: u64| {
        prompt(move |p| {
            p.words = 25;
            p.file_refs = 1;
            p.identifier_refs = 1;
            p.named_things = 1;
            p.constraints = 1;
            p.deliverables = 1;
            p.acceptance_criteria = acceptance;
            p.verification_asks = 1;
        })
    };
    let held = RuleExpertise.classify(&session(&views(&[request(0)], &[])));
    assert_eq!((held.level.0, held.score), (3, 5.0), "{held:?}");
    assert_eq!(held.signals.held_from, Some(6.0));
    // The families add up to the score: the check counts what it was held to.
    let s = &held.signals;
    assert_eq!(s.precision + s.verification + s.correction, held.score);
    // Pinned down to level 4 without the check (an acceptance criterion), it counts in full.
    let expert = RuleExpertise.classify(&session(&views(&[request(1)], &[])));
    assert_eq!((expert.level.0, expert.score), (4, 7.0), "{expert:?}");
    assert_eq!((expert.signals.verification, expert.signals.held_from), (1.0, None));
    // Below level 4 the check still counts: `can you check it works` beside a file named.
    let novice = prompt(|p| {
        p.words = 20;
        p.file_refs = 1;
    });
    let checked = prompt(|p| {
        p.words = 20;
        p.file_refs = 1;
        p.verification_asks = 1;
    });
    assert_eq!(level(&[novice]).0, 2);
    assert_eq!(level(&[checked]).0, 3);
}

#[test]
fn work_mode_scores_every_prompts_intent_and_the_actions() {
    let intents = |list: &[&str]| -> Vec<SpanFacts> {
        list.iter().map(|i| prompt(|p| p.intent = i.to_string())).collect()
    };
    // The first prompt states the task (3 points); later ones add 1 each, at most 3 per mode.
    let roots = intents(&["operating", "building", "building"]);
    // (An edit that scores no mode: the session did something.)
    let edited = [vec![action("edit", |a| a.file_extension = "py".into())]];
    let v = work_mode::classify(&session(&views(&roots, &edited)));
    assert_eq!((v.mode, v.source), (WorkMode::Operating, ModeSource::Intent));
    assert_eq!((v.scores.operating, v.scores.building), (3, 2));
    let roots = intents(&["operating", "building", "building", "building", "building"]);
    assert_eq!(work_mode::classify(&session(&views(&roots, &edited))).mode, WorkMode::Operating);
    // A session that says "install" but writes documents is writing (2 points per document, 2 more
    // when every changed file is a document).
    let roots = intents(&["operating"]);
    let docs = [vec![
        action("read", |_| {}),
        action("write", |a| a.file_extension = "md".into()),
        action("edit", |a| a.file_extension = "md".into()),
    ]];
    let v = work_mode::classify(&session(&views(&roots, &docs)));
    assert_eq!((v.mode, v.source, v.scores.writing), (WorkMode::Writing, ModeSource::Actions, 6));
    // One README edit outweighs the word "install" once nothing else changed.
    let readme = [vec![
        action("shell", |a| a.command_kind = "install".into()),
        action("edit", |a| a.file_extension = "md".into()),
    ]];
    assert_eq!(work_mode::classify(&session(&views(&roots, &readme))).mode, WorkMode::Writing);
    // A read-only session beats a first prompt's intent alone: a review that names the network
    // is exploring, not operating.
    let review = [vec![action("search", |_| {}), action("read", |_| {}), action("read", |_| {})]];
    let v = work_mode::classify(&session(&views(&roots, &review)));
    assert_eq!((v.mode, v.scores.exploring, v.scores.operating), (WorkMode::Exploring, 4, 3));
    // Only reads: exploring; reads and a plan, no change: planning.
    let others = intents(&["other"]);
    let reading = [vec![action("read", |_| {}), action("search", |_| {}), action("web", |_| {})]];
    let v = work_mode::classify(&session(&views(&others, &reading)));
    assert_eq!((v.mode, v.source), (WorkMode::Exploring, ModeSource::Actions));
    let planning = [vec![action("read", |_| {}), action("plan", |_| {})]];
    let roots = intents(&["building"]);
    assert_eq!(work_mode::classify(&session(&views(&roots, &planning))).mode, WorkMode::Planning);
    // Notebooks and data commands: analysing; deploy commands: operating.
    let data = [vec![
        action("edit", |a| a.file_extension = "ipynb".into()),
        action("shell", |a| a.command_kind = "data".into()),
    ]];
    assert_eq!(work_mode::classify(&session(&views(&roots, &data))).mode, WorkMode::Analysing);
    let deploy = [vec![
        action("shell", |a| a.command_kind = "operate".into()),
        action("shell", |a| a.command_kind = "operate".into()),
    ]];
    assert_eq!(work_mode::classify(&session(&views(&roots, &deploy))).mode, WorkMode::Operating);
    // New code files: building; nothing at all: other.
    let building = [vec![action("read", |_| {}), action("write", |a| a.lines_added = 40)]];
    assert_eq!(work_mode::classify(&session(&views(&others, &building))).mode, WorkMode::Building);
    assert_eq!(work_mode::classify(&session(&views(&others, &[]))).mode, WorkMode::Other);
}

#[test]
fn a_session_without_actions_did_nothing_whatever_its_prompts_ask() {
    // `whats the difference between a repo and a branch? … "make a branch"`: answered without a
    // single action, nothing was produced or done.
    let roots = [prompt(|p| p.intent = "building".into()), prompt(|p| p.intent = "other".into())];
    let v = work_mode::classify(&session(&views(&roots, &[])));
    assert_eq!((v.mode, v.scores.building), (WorkMode::Other, 3));
    // One action is enough for the prompts to count.
    let edited = [vec![action("edit", |a| a.file_extension = "py".into())]];
    assert_eq!(work_mode::classify(&session(&views(&roots, &edited))).mode, WorkMode::Building);
}

#[test]
fn a_plan_made_over_data_read_is_planning_a_plan_beside_edits_is_not() {
    let roots = [prompt(|p| p.intent = "analysing".into())];
    let query = || action("shell", |a| a.command_kind = "data".into());
    // `our plant list is in stock.xlsx. what would we need to do, step by step?`: the sheet is
    // read to size the work, the result is the task list.
    let v = work_mode::classify(&session(&views(&roots, &[vec![query(), action("plan", |_| {})]])));
    assert_eq!((v.mode, v.scores.planning, v.scores.analysing), (WorkMode::Planning, 6, 5));
    // Without a plan, the data read is analysing; with an edit beside the plan, the plan earns 0.
    let v = work_mode::classify(&session(&views(&roots, &[vec![query(), query()]])));
    assert_eq!(v.mode, WorkMode::Analysing);
    let edit = action("edit", |a| a.file_extension = "py".into());
    let v = work_mode::classify(&session(&views(
        &roots,
        &[vec![query(), action("plan", |_| {}), edit]],
    )));
    assert_eq!((v.mode, v.scores.planning), (WorkMode::Analysing, 0));
}

#[test]
fn configuration_and_infrastructure_files_written_earn_no_building_points() {
    let roots = [prompt(|p| p.intent = "building".into())];
    let write = |ext: &str| {
        let ext = ext.to_string();
        action("write", move |a| {
            a.file_extension = ext;
            a.lines_added = 30;
        })
    };
    let apply = || action("shell", |a| a.command_kind = "operate".into());
    // `add a storage account …, then apply it`: a Terraform file and two applies are operating.
    for ext in ["tf", "yaml", "nix", "toml"] {
        let acts = [vec![write(ext), apply(), apply()]];
        let v = work_mode::classify(&session(&views(&roots, &acts)));
        assert_eq!((v.mode, v.scores.building, v.scores.operating), (WorkMode::Operating, 3, 4));
    }
    // Code written is building, as before, beside as many commands that operate.
    let acts = [vec![write("rs"), apply()]];
    let v = work_mode::classify(&session(&views(&roots, &acts)));
    assert_eq!((v.mode, v.scores.building), (WorkMode::Building, 5));
    // v14: beside more of them it is what the operation runs (a script written, then scheduled).
    let acts = [vec![write("rs"), apply(), apply()]];
    let v = work_mode::classify(&session(&views(&roots, &acts)));
    assert_eq!((v.mode, v.scores.building, v.scores.operating), (WorkMode::Operating, 3, 4));
}

#[test]
fn work_mode_ties_are_broken_by_the_documented_order() {
    let roots = [prompt(|p| p.intent = "exploring".into())];
    let doc = || action("write", |a| a.file_extension = "md".into());
    let deploy = || action("shell", |a| a.command_kind = "operate".into());
    // exploring 3 beats writing 2 and operating 2.
    let v = work_mode::classify(&session(&views(&roots, &[vec![doc(), deploy()]])));
    assert_eq!(v.mode, WorkMode::Exploring);
    // writing 4 and operating 4 tie: operating comes first in the order.
    let acts = [vec![doc(), deploy(), doc(), deploy()]];
    let v = work_mode::classify(&session(&views(&roots, &acts)));
    assert_eq!((v.scores.writing, v.scores.operating, v.mode), (4, 4, WorkMode::Operating));
    assert_eq!(work_mode::TIE_ORDER[0], WorkMode::Fixing);
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

fn test_run(passed: bool, start: u64) -> SpanFacts {
    action("shell", |a| {
        a.test_outcome = if passed { "passed" } else { "failed" }.into();
        a.failed = !passed;
        a.start = start;
    })
}

#[test]
fn a_failure_report_in_the_first_prompt_is_the_problem_the_session_starts_from() {
    use coxswain_collector::classifier::outcome::judge;
    let roots = [prompt(|p| p.reports_failure = true)];
    let actions = [vec![test_run(true, 10)]];
    let o = judge(&session(&views(&roots, &actions)));
    assert!(!o.trouble && o.verified_success && !o.abandoned, "{o:?}");
    // A later prompt's report is trouble.
    let roots = [prompt(|_| {}), prompt(|p| p.reports_failure = true)];
    let actions = [vec![test_run(true, 10)]];
    let o = judge(&session(&views(&roots, &actions)));
    assert!(o.trouble && !o.verified_success && o.abandoned, "{o:?}");
}

#[test]
fn a_last_prompt_failure_report_resolved_by_its_own_passing_tests_is_a_success() {
    use coxswain_collector::classifier::outcome::judge;
    let roots = [prompt(|_| {}), prompt(|p| p.reports_failure = true)];
    let actions = [vec![test_run(false, 10)], vec![test_run(true, 20)]];
    let o = judge(&session(&views(&roots, &actions)));
    assert!(o.trouble && o.resolved && o.judge_success && o.verified_success, "{o:?}");
    assert!(!o.abandoned);
}
