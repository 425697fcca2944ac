//! `coxswain validate`: labelled sessions driven through the real hook library and assembly,
//! compared with their labels; the seen sessions of `tests/labelled` (`dev` and the first
//! `heldout`, both tuned on since classifier v3) hold their floors.

use std::path::{Path, PathBuf};

use coxswain_collector::validate::drive::{self, Outcome};
use coxswain_collector::validate::{Measure, Split, labels, validate};
use coxswain_test_support::{coxswain_ok, run_coxswain};
use serde_json::Value;

// Floors on the seen sessions (`--split seen`: `dev` + `heldout`, 64 sessions, all tuned on since
// classifier v3), in percent: what v3 reaches (rounded down), the lower of the figures with and
// without the real transcripts of `../shared` (CI may lack them; their sessions are then
// skipped). Raise them as the classifier improves; never lower them to make a change pass. They
// guard against regressions only: agreement on sessions tuned on says little about new ones
// (issue 7's targets apply to the untouched `heldout2` split; its floors come with its labels).
const SEEN_FLOOR_LEVEL_EXACT: f64 = 70.0;
const SEEN_FLOOR_LEVEL_WITHIN_1: f64 = 98.0;
const SEEN_FLOOR_BAND: f64 = 84.0;
const SEEN_FLOOR_WORK_MODE: f64 = 89.0;
const SEEN_FLOOR_VERIFIED_SUCCESS: f64 = 92.0;
const SEEN_FLOOR_TROUBLE: f64 = 95.0;
const SEEN_FLOOR_ABANDONED: f64 = 89.0;

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

#[test]
fn the_seen_sessions_hold_their_floors() {
    let dir = repo_root().join("tests/labelled");
    let set = if dir.is_dir() { labels::read_set(&dir).unwrap() } else { Vec::new() };
    if set.iter().all(|s| s.label.split == Split::Heldout2) {
        eprintln!("SKIP: {} holds no seen labelled sessions", dir.display());
        return;
    }
    let v = validate(&dir, &[Split::Dev, Split::Heldout]).unwrap();
    for s in &v.skipped {
        eprintln!("SKIP: labelled session {}: {}", s.id, s.reason);
    }
    let floors = [
        (Measure::ExpertiseLevel, SEEN_FLOOR_LEVEL_EXACT),
        (Measure::ExpertiseLevelWithin1, SEEN_FLOOR_LEVEL_WITHIN_1),
        (Measure::Band, SEEN_FLOOR_BAND),
        (Measure::WorkMode, SEEN_FLOOR_WORK_MODE),
        (Measure::VerifiedSuccess, SEEN_FLOOR_VERIFIED_SUCCESS),
        (Measure::Trouble, SEEN_FLOOR_TROUBLE),
        (Measure::Abandoned, SEEN_FLOOR_ABANDONED),
    ];
    let mut below = Vec::new();
    for (m, floor) in floors {
        let a = v.agreement_of(m, "seen");
        eprintln!(
            "seen {}: {}/{} = {:.1}% (floor {floor}%)",
            m.title(),
            a.agree,
            a.total,
            a.percent
        );
        if a.percent < floor {
            below.push(format!("{} {:.1}% < {floor}%", m.title(), a.percent));
        }
    }
    assert!(below.is_empty(), "agreement on the seen sessions below its floors: {below:?}");
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
    assert_eq!(all["sessions"]["seen"], 1);
    assert_eq!(all["sessions"]["written"], 2);
    let held2 = json("heldout2");
    assert_eq!((held2["sessions"]["all"].as_u64(), held2["sessions"].get("dev")), (Some(1), None));
    let seen = json("seen");
    assert_eq!(
        (seen["sessions"]["all"].as_u64(), seen["sessions"].get("heldout2")),
        (Some(1), None)
    );
    let table = coxswain_ok(&["validate", "--labels", path]);
    assert!(table.contains("heldout2"), "{table}");
}
