//! `coxswain validate`: labelled sessions driven through the real hook library and assembly,
//! compared with their labels; the seen sessions of `tests/labelled` (every split tuned on) and
//! the untouched splits listed in `UNTOUCHED_FLOORS` hold their floors.

use std::path::{Path, PathBuf};

use coxswain_collector::validate::drive::{self, Outcome};
use coxswain_collector::validate::{Measure, Split, labels, validate};
use coxswain_test_support::{coxswain_ok, run_coxswain};
use serde_json::Value;

// Floors on the seen sessions (`--split seen`, whatever `Split::seen()` selects: `dev` + `heldout`
// + `heldout2` … `heldout20`), in percent: what the classifier of the day reaches (floored to a
// whole percent) over those 634 sessions, with and without the real transcripts of `../shared`
// (CI may lack them; their sessions are then skipped). Raise them as the classifier improves;
// never lower them to make a change pass (they were lowered once per pair of splits that joined:
// v12's 64 / 97 / 82 / 94 / 99 / 99 / 99 over 454 became 63 / 97 / 80 / 92 / 97 / 99 / 99 when
// `heldout15` and `heldout16`, measured lower with v12, joined; v13 raised them to 64 / 97 / 82 / 94
// / 99 / 99 / 99 over 514, which became 63 / 97 / 80 / 91 / 97 / 98 / 98 when `heldout17` to
// `heldout20` joined; v14 raised them again). They guard
// against regressions only: agreement on sessions tuned on says little about new ones
// (MEASURES.md, "Validation": leave one split out estimates that).
const SEEN_FLOOR_LEVEL_EXACT: f64 = 66.0;
const SEEN_FLOOR_LEVEL_WITHIN_1: f64 = 97.0;
const SEEN_FLOOR_BAND: f64 = 82.0;
const SEEN_FLOOR_WORK_MODE: f64 = 92.0;
const SEEN_FLOOR_VERIFIED_SUCCESS: f64 = 99.0;
const SEEN_FLOOR_TROUBLE: f64 = 99.0;
const SEEN_FLOOR_ABANDONED: f64 = 99.0;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

fn test_set() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/validate_data")
}

#[test]
fn written_sessions_are_driven_through_the_hook_and_assembled_into_records() {
    let set = labels::read_set(&test_set()).unwrap();
    assert_eq!(set.len(), 2);
    let driven = drive::drive_all(&set).unwrap();
    let record = |id: &str| {
        let d = driven.iter().find(|d| d.session.label.id == id).unwrap();
        assert_eq!(d.failed_events, 0);
        match &d.outcome {
            Outcome::Record(r) => r.clone(),
            other => panic!("{id}: {other:?}"),
        }
    };
    let fix = record("v-fix-parser");
    assert_eq!(fix.prompts.len(), 1);
    assert_eq!(fix.actions, 4);
    assert!(fix.closed, "closed by its SessionEnd");
    // The transcript was written as the session went, so the Stop's window holds the reply.
    assert!(fix.output_words > 0);
    let bakery = record("v-bakery-site");
    assert_eq!(bakery.prompts.len(), 2);
    assert!(bakery.closed, "no SessionEnd: closed by the idle rule");
}

#[test]
fn agreement_confusion_and_disagreements_cover_every_compared_session() {
    let v = validate(&test_set(), &[Split::Dev, Split::Heldout]).unwrap();
    assert_eq!(v.sessions.get("all"), Some(&2));
    for m in Measure::ALL {
        let a = v.agreement_of(m, "all");
        assert_eq!(a.total, 2, "{m:?}");
        let disagreeing =
            v.disagreements.iter().filter(|d| d.differences.iter().any(|x| x.measure == m)).count();
        assert_eq!(a.agree + disagreeing, 2, "{m:?}");
    }
    let cells: usize = v.band_confusion.matrix.iter().flatten().sum();
    assert_eq!(cells, 2);
    let held = validate(&test_set(), &[Split::Heldout]).unwrap();
    assert_eq!(held.sessions.get("all"), Some(&1));
    assert_eq!(held.sessions.get("dev"), None);
}

#[test]
fn the_cli_prints_a_table_and_the_same_as_json() {
    let dir = test_set();
    let table = coxswain_ok(&["validate", "--labels", dir.to_str().unwrap()]);
    assert!(table.contains("expertise band"), "{table}");
    assert!(table.contains("Work mode (rows: label, columns: ours)"), "{table}");
    let json: Value = serde_json::from_str(&coxswain_ok(&[
        "validate",
        "--labels",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--split",
        "dev",
    ]))
    .unwrap();
    assert_eq!(json["sessions"]["dev"], 1);
    assert_eq!(json["agreement"]["band"]["dev"]["total"], 1);
    assert_eq!(json["heldout_targets"]["band"], 85.0);
    assert!(json["band_confusion"]["matrix"].is_array());
}

#[test]
fn a_bad_label_file_is_an_error_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("sessions/s1");
    std::fs::create_dir_all(&session).unwrap();
    let label = session.join("label.json");
    std::fs::write(&label, r#"{"id":"s1","split":"dev","band":"guru"}"#).unwrap();
    let (ok, _, stderr) = run_coxswain(&["validate", "--labels", dir.path().to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains(label.to_str().unwrap()), "{stderr}");

    let (ok, _, stderr) = run_coxswain(&["validate", "--labels", "/nonexistent/labelled"]);
    assert!(!ok);
    assert!(stderr.contains("/nonexistent/labelled"), "{stderr}");
}

#[test]
fn a_hook_line_claiming_more_transcript_than_there_is_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let hooks = dir.path().join("hooks.jsonl");
    let transcript = dir.path().join("transcript.jsonl");
    std::fs::write(&transcript, "{\"type\":\"user\"}\n").unwrap();
    std::fs::write(
        &hooks,
        r#"{"at":"2026-03-02T10:00:00Z","transcript_lines":5,"payload":{"session_id":"x","hook_event_name":"Stop"}}"#,
    )
    .unwrap();
    let err = drive::drive_hooks(&hooks, &transcript).unwrap_err().to_string();
    assert!(err.contains("line 1") && err.contains("transcript_lines 5"), "{err}");
}

/// Floors on untouched splits (a new rater's sessions, never tuned on), in percent: what the
/// classifier of the day reached at the split's one measurement (issue 7's targets: level within
/// one 95, band 85, work mode 80, verified success, trouble and abandoned 90). One entry per
/// untouched split, added when it is measured; when a classifier is tuned on a split,
/// `Split::seen` turns true for it and its entry leaves this list. Measured so far, then tuned on:
/// `heldout5` with v6 (50.0 / 86.7 / 66.7 / 90.0 / 86.7 / 96.7 / 93.3 %), `heldout6` with v7
/// (40.0 / 93.3 / 63.3 / 73.3 / 80.0 / 96.7 / 93.3 %), `heldout7` and `heldout8` with v8 (66.7 /
/// 96.7 / 73.3 / 83.3 / 90.0 / 100 / 90.0 % and 56.7 / 100 / 86.7 / 76.7 / 86.7 / 96.7 / 93.3 %; the
/// 60 together 61.7 / 98.3 / 80.0 / 80.0 / 88.3 / 98.3 / 91.7 %), `heldout9` and `heldout10` with
/// v9 (63.3 / 100 / 86.7 / 86.7 / 90.0 / 100 / 96.7 % and 66.7 / 100 / 86.7 / 93.3 / 86.7 / 96.7 /
/// 86.7 %; the 60 together 65.0 / 100 / 86.7 / 90.0 / 88.3 / 98.3 / 91.7 %), `heldout11` and
/// `heldout12` with v10 (60.0 / 93.3 / 73.3 / 83.3 / 93.3 / 93.3 / 90.0 % and 60.0 / 100 / 80.0 /
/// 86.7 / 86.7 / 93.3 / 100 %; the 60 together 60.0 / 96.7 / 76.7 / 85.0 / 90.0 / 93.3 / 95.0 %),
/// `heldout13` and `heldout14` with v11 (60.0 / 96.7 / 66.7 / 80.0 / 86.7 / 96.7 / 86.7 % and
/// 50.0 / 93.3 / 66.7 / 73.3 / 86.7 / 96.7 / 96.7 %; the 60 together 55.0 / 95.0 / 66.7 / 76.7 /
/// 86.7 / 96.7 / 91.7 %), `heldout15` and `heldout16` with v12 (60.0 / 100 / 80.0 / 76.7 / 86.7 /
/// 96.7 / 100 % and 40.0 / 83.3 / 56.7 / 80.0 / 83.3 / 96.7 / 96.7 %; the 60 together 50.0 / 91.7 /
/// 68.3 / 78.3 / 85.0 / 96.7 / 98.3 %), `heldout17` and `heldout18` with v13 (46.7 / 96.7 / 70.0 /
/// 90.0 / 96.7 / 100 / 100 % and 73.3 / 96.7 / 90.0 / 83.3 / 90.0 / 96.7 / 90.0 %; the 60 together
/// 60.0 / 96.7 / 80.0 / 86.7 / 93.3 / 98.3 / 95.0 %), `heldout19` and `heldout20` with v13 again
/// (53.3 / 90.0 / 73.3 / 73.3 / 80.0 / 93.3 / 93.3 % and 60.0 / 93.3 / 66.7 / 66.7 / 93.3 / 100 /
/// 96.7 %; the 60 together 56.7 / 91.7 / 70.0 / 70.0 / 86.7 / 96.7 / 95.0 %, the 120 58.3 / 94.2 /
/// 75.0 / 78.3 / 90.0 / 97.5 / 95.0 %). Measured and not tuned on: `heldout21` and `heldout22`
/// with v14 (the two entries below; the 60 together 65.0 / 95.0 / 85.0 / 85.0 / 90.0 / 96.7 /
/// 91.7 %).
const UNTOUCHED_FLOORS: &[(Split, [(Measure, f64); 7])] = &[
    (
        Split::Heldout21,
        [
            (Measure::ExpertiseLevel, 56.0),
            (Measure::ExpertiseLevelWithin1, 96.0),
            (Measure::Band, 86.0),
            (Measure::WorkMode, 83.0),
            (Measure::VerifiedSuccess, 86.0),
            (Measure::Trouble, 96.0),
            (Measure::Abandoned, 90.0),
        ],
    ),
    (
        Split::Heldout22,
        [
            (Measure::ExpertiseLevel, 73.0),
            (Measure::ExpertiseLevelWithin1, 93.0),
            (Measure::Band, 83.0),
            (Measure::WorkMode, 86.0),
            (Measure::VerifiedSuccess, 93.0),
            (Measure::Trouble, 96.0),
            (Measure::Abandoned, 93.0),
        ],
    ),
];

/// Asserts the agreement on `splits` (counted under `key`) is at or above each floor.
fn hold_floors(splits: &[Split], key: &str, floors: [(Measure, f64); 7]) {
    let dir = repo_root().join("tests/labelled");
    let set = if dir.is_dir() { labels::read_set(&dir).unwrap() } else { Vec::new() };
    if !set.iter().any(|s| splits.contains(&s.label.split)) {
        eprintln!("SKIP: {} holds no {key} labelled sessions", dir.display());
        return;
    }
    let v = validate(&dir, splits).unwrap();
    for s in &v.skipped {
        eprintln!("SKIP: labelled session {}: {}", s.id, s.reason);
    }
    let mut below = Vec::new();
    for (m, floor) in floors {
        let a = v.agreement_of(m, key);
        eprintln!(
            "{key} {}: {}/{} = {:.1}% (floor {floor}%)",
            m.title(),
            a.agree,
            a.total,
            a.percent
        );
        if a.percent < floor {
            below.push(format!("{} {:.1}% < {floor}%", m.title(), a.percent));
        }
    }
    assert!(below.is_empty(), "agreement on the {key} sessions below its floors: {below:?}");
}

#[test]
fn the_seen_sessions_hold_their_floors() {
    // Later held-out splits (a new rater's, untouched) are not seen material.
    let seen: Vec<Split> = Split::ALL.into_iter().filter(|s| s.seen()).collect();
    hold_floors(
        &seen,
        "seen",
        [
            (Measure::ExpertiseLevel, SEEN_FLOOR_LEVEL_EXACT),
            (Measure::ExpertiseLevelWithin1, SEEN_FLOOR_LEVEL_WITHIN_1),
            (Measure::Band, SEEN_FLOOR_BAND),
            (Measure::WorkMode, SEEN_FLOOR_WORK_MODE),
            (Measure::VerifiedSuccess, SEEN_FLOOR_VERIFIED_SUCCESS),
            (Measure::Trouble, SEEN_FLOOR_TROUBLE),
            (Measure::Abandoned, SEEN_FLOOR_ABANDONED),
        ],
    );
}

#[test]
fn the_untouched_held_out_splits_hold_their_floors() {
    for (split, floors) in UNTOUCHED_FLOORS {
        assert!(!split.seen(), "{} is tuned on: its floors belong under SEEN", split.name());
        hold_floors(&[*split], split.name(), *floors);
    }
}

#[test]
fn the_second_held_out_split_and_the_seen_selection_are_read_and_selected() {
    let dir = tempfile::tempdir().unwrap();
    for (id, split) in [("v-fix-parser", "dev"), ("v-bakery-site", "heldout2")] {
        let from = test_set().join("sessions").join(id);
        let to = dir.path().join("sessions").join(id);
        std::fs::create_dir_all(&to).unwrap();
        for f in ["hooks.jsonl", "transcript.jsonl"] {
            std::fs::copy(from.join(f), to.join(f)).unwrap();
        }
        let mut label: Value =
            serde_json::from_slice(&std::fs::read(from.join("label.json")).unwrap()).unwrap();
        label["split"] = split.into();
        std::fs::write(to.join("label.json"), label.to_string()).unwrap();
    }
    let path = dir.path().to_str().unwrap();
    let json = |split: &str| -> Value {
        serde_json::from_str(&coxswain_ok(&[
            "validate", "--labels", path, "--format", "json", "--split", split,
        ]))
        .unwrap()
    };
    let all = json("all");
    assert_eq!(
        (all["sessions"]["all"].as_u64(), all["sessions"]["heldout2"].as_u64()),
        (Some(2), Some(1))
    );
    // `heldout2` is seen material since classifier v4.
    assert_eq!(all["sessions"]["seen"], 2);
    assert_eq!(all["sessions"]["written"], 2);
    let held2 = json("heldout2");
    assert_eq!((held2["sessions"]["all"].as_u64(), held2["sessions"].get("dev")), (Some(1), None));
    let seen = json("seen");
    assert_eq!(
        (seen["sessions"]["all"].as_u64(), seen["sessions"]["heldout2"].as_u64()),
        (Some(2), Some(1))
    );
    let table = coxswain_ok(&["validate", "--labels", path]);
    assert!(table.contains("heldout2"), "{table}");
}

#[test]
fn adjudicated_labels_replace_the_first_raters_and_leave_the_other_sessions_out() {
    let dir = tempfile::tempdir().unwrap();
    for id in ["v-fix-parser", "v-bakery-site"] {
        let from = test_set().join("sessions").join(id);
        let to = dir.path().join("sessions").join(id);
        std::fs::create_dir_all(&to).unwrap();
        for f in ["hooks.jsonl", "transcript.jsonl", "label.json"] {
            std::fs::copy(from.join(f), to.join(f)).unwrap();
        }
    }
    let first: Value = serde_json::from_slice(
        &std::fs::read(test_set().join("sessions/v-fix-parser/label.json")).unwrap(),
    )
    .unwrap();
    // The adjudicator moved the level one step and kept the rest.
    let level = if first["expertise_level"] == 5 {
        4
    } else {
        first["expertise_level"].as_u64().unwrap() + 1
    };
    let band = match level {
        1 | 2 => "novice",
        3 => "intermediate",
        _ => "expert",
    };
    let mut adjudicated = first.clone();
    adjudicated["expertise_level"] = level.into();
    adjudicated["band"] = band.into();
    adjudicated["disputed"] = serde_json::json!(["expertise_level"]);
    adjudicated["reason"] = "the user names the checks".into();
    std::fs::create_dir_all(dir.path().join("adjudicated")).unwrap();
    let file = dir.path().join("adjudicated/dev.json");
    std::fs::write(&file, serde_json::json!([adjudicated]).to_string()).unwrap();

    let set = labels::adjudicated(dir.path(), labels::read_set(dir.path()).unwrap()).unwrap();
    assert_eq!(set.len(), 1, "only the adjudicated session is measured");
    assert_eq!(set[0].label.id, "v-fix-parser");
    assert_eq!((set[0].label.expertise_level as u64, set[0].label.band.as_str()), (level, band));
    assert!(set[0].label.rationale.starts_with("adjudicated (expertise_level): the user names"));

    let path = dir.path().to_str().unwrap();
    let out: Value = serde_json::from_str(&coxswain_ok(&[
        "validate",
        "--labels",
        path,
        "--format",
        "json",
        "--reference",
        "adjudicated",
    ]))
    .unwrap();
    assert_eq!(out["sessions"]["all"], 1);

    // An adjudicated label that names no session is an error, not a silently smaller set.
    adjudicated["id"] = "v-no-such-session".into();
    std::fs::write(&file, serde_json::json!([adjudicated]).to_string()).unwrap();
    let err = labels::adjudicated(dir.path(), labels::read_set(dir.path()).unwrap()).unwrap_err();
    assert!(err.to_string().contains("v-no-such-session"), "{err}");
}
