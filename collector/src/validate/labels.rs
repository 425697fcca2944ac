//! The labelled set on disk: `sessions/<id>/` (hook payloads + transcript + `label.json`) and
//! `real/<id>/label.json` (a real transcript replayed), read and checked into
//! [`LabelledSession`]s. A bad file is an error that names it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The split a session belongs to, fixed when it was labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    /// Sessions classifiers may be tuned on.
    Dev,
    /// The first held-out split. Measured once with classifier v2 and then tuned on (issue 7),
    /// so it is seen material now, like `dev`.
    Heldout,
    /// A second held-out split from another rater. Measured once with classifier v3 and then tuned
    /// on, so it is seen material now.
    Heldout2,
    /// A third held-out split (w79–w108) from another rater: measured once with classifier v4, tuned
    /// on since v5, so seen material now.
    Heldout3,
    /// A fourth held-out split (w109–w138) from another rater: measured once with classifier v5,
    /// tuned on since v6, so seen material now.
    Heldout4,
    /// A fifth held-out split (w139–w168) from another rater: measured once with classifier v6,
    /// tuned on since v7, so seen material now.
    Heldout5,
    /// A sixth held-out split (w169–w198) from another rater: measured once with classifier v7,
    /// tuned on since v8, so seen material now.
    Heldout6,
    /// A seventh held-out split (w199–w228) from another rater: measured once with classifier v8
    /// (with `heldout8`), tuned on since v9, so seen material now.
    Heldout7,
    /// An eighth held-out split (w229–w258), written at the same time as `heldout7` by yet another
    /// rater: measured once with v8, tuned on since v9.
    Heldout8,
    /// A ninth held-out split (w259–w288) from another rater: measured once with classifier v9
    /// (with `heldout10`), tuned on since v10, so seen material now.
    Heldout9,
    /// A tenth held-out split (w289–w318), written at the same time as `heldout9` by yet another
    /// rater: measured once with v9, tuned on since v10.
    Heldout10,
    /// An eleventh held-out split (w319–w348) from another rater: measured once with classifier
    /// v10 (with `heldout12`), tuned on since v11, so seen material now.
    Heldout11,
    /// A twelfth held-out split (w349–w378), written at the same time as `heldout11` by yet
    /// another rater: measured once with v10, tuned on since v11.
    Heldout12,
    /// A thirteenth held-out split (w379–w408) from another rater: measured once with classifier
    /// v11 (with `heldout14`), tuned on since v12, so seen material now.
    Heldout13,
    /// A fourteenth held-out split (w409–w438), written at the same time as `heldout13` by yet
    /// another rater: measured once with v11, tuned on since v12.
    Heldout14,
    /// A fifteenth held-out split (w439–w468) from another rater: measured once with classifier
    /// v12 (with `heldout16`), tuned on since v13, so seen material now.
    Heldout15,
    /// A sixteenth held-out split (w469–w498), written at the same time as `heldout15` by yet
    /// another rater: measured once with v12, tuned on since v13.
    Heldout16,
    /// A seventeenth held-out split (w499–w528) from another rater: measured once with classifier
    /// v13 (with `heldout18`), tuned on since v14.
    Heldout17,
    /// An eighteenth held-out split (w529–w558), written at the same time as `heldout17` by yet
    /// another rater: measured once with v13, tuned on since v14.
    Heldout18,
    /// A nineteenth held-out split (w559–w588) from another rater, written after v13 was
    /// measured on `heldout17`/`heldout18` to measure the same classifier again: measured once
    /// with v13 (with `heldout20`), tuned on since v14.
    Heldout19,
    /// A twentieth held-out split (w589–w618), written at the same time as `heldout19` by yet
    /// another rater: measured once with v13, tuned on since v14.
    Heldout20,
    /// A twenty-first held-out split (w619–w648) from another rater, written while v14 was tuned
    /// on `heldout17` to `heldout20`: measured once with v14 (with `heldout22`), never tuned on:
    /// the targets apply here.
    Heldout21,
    /// A twenty-second held-out split (w649–w678), written at the same time as `heldout21` by
    /// yet another rater: measured once with v14, never tuned on.
    Heldout22,
}

impl Split {
    /// Its name in label files and output.
    pub fn name(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Heldout => "heldout",
            Split::Heldout2 => "heldout2",
            Split::Heldout3 => "heldout3",
            Split::Heldout4 => "heldout4",
            Split::Heldout5 => "heldout5",
            Split::Heldout6 => "heldout6",
            Split::Heldout7 => "heldout7",
            Split::Heldout8 => "heldout8",
            Split::Heldout9 => "heldout9",
            Split::Heldout10 => "heldout10",
            Split::Heldout11 => "heldout11",
            Split::Heldout12 => "heldout12",
            Split::Heldout13 => "heldout13",
            Split::Heldout14 => "heldout14",
            Split::Heldout15 => "heldout15",
            Split::Heldout16 => "heldout16",
            Split::Heldout17 => "heldout17",
            Split::Heldout18 => "heldout18",
            Split::Heldout19 => "heldout19",
            Split::Heldout20 => "heldout20",
            Split::Heldout21 => "heldout21",
            Split::Heldout22 => "heldout22",
        }
    }

    /// Whether classifiers have been tuned on it (counted under `seen`). Every split so far has
    /// been measured once and then tuned on; the next rater's split, untouched, answers `false`
    /// here until a classifier is tuned on it.
    pub fn seen(self) -> bool {
        Split::SEEN.contains(&self)
    }

    /// The splits tuned on (`--split seen`), in output order: the first [`Split::TUNED_ON`] of
    /// [`Split::ALL`] (every one but the newest raters').
    pub const SEEN: &'static [Split] = Split::ALL.split_at(Split::TUNED_ON).0;

    /// The splits never tuned on (`--split untouched`): the rest of [`Split::ALL`].
    pub const UNTOUCHED: &'static [Split] = Split::ALL.split_at(Split::TUNED_ON).1;

    /// How many splits, in [`Split::ALL`]'s order, classifiers have been tuned on.
    const TUNED_ON: usize = 21;

    /// Every split, in output order.
    pub const ALL: [Split; 23] = [
        Split::Dev,
        Split::Heldout,
        Split::Heldout2,
        Split::Heldout3,
        Split::Heldout4,
        Split::Heldout5,
        Split::Heldout6,
        Split::Heldout7,
        Split::Heldout8,
        Split::Heldout9,
        Split::Heldout10,
        Split::Heldout11,
        Split::Heldout12,
        Split::Heldout13,
        Split::Heldout14,
        Split::Heldout15,
        Split::Heldout16,
        Split::Heldout17,
        Split::Heldout18,
        Split::Heldout19,
        Split::Heldout20,
        Split::Heldout21,
        Split::Heldout22,
    ];
}

/// The bands and work modes a label may name (the session JSON's spellings).
pub const BANDS: [&str; 3] = ["novice", "intermediate", "expert"];
/// See [`BANDS`].
pub const WORK_MODES: [&str; 9] = [
    "building",
    "fixing",
    "testing",
    "operating",
    "planning",
    "exploring",
    "analysing",
    "writing",
    "other",
];

/// One `label.json`: a person's reading of one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Label {
    /// The session's folder name.
    pub id: String,
    /// `dev`, `heldout`, `heldout2` … `heldout22`.
    pub split: Split,
    /// `written` (hook payloads in the folder) or `real` (a replayed real transcript).
    pub source: String,
    /// Who the session's user is meant to be (written sessions).
    #[serde(default)]
    pub persona: Option<String>,
    /// Expertise level 1–5.
    pub expertise_level: u8,
    /// Band of the level.
    pub band: String,
    /// Work mode.
    pub work_mode: String,
    /// Finished with hard evidence of success.
    pub verified_success: bool,
    /// Ran into trouble.
    pub trouble: bool,
    /// Left in unresolved trouble.
    pub abandoned: bool,
    /// Why, in a few sentences.
    pub rationale: String,
    /// Real sessions: the transcript, relative to the repository root.
    #[serde(default)]
    pub transcript: Option<String>,
    /// Real sessions: the session id inside the transcript.
    #[serde(default)]
    pub session_id: Option<String>,
}

/// Where a labelled session's events come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// `hooks.jsonl` driven through the hook, `transcript.jsonl` written as it says.
    Hooks {
        /// `hooks.jsonl`.
        hooks: PathBuf,
        /// `transcript.jsonl`.
        transcript: PathBuf,
    },
    /// A real transcript replayed; `None` when the file is not on this machine.
    Replay {
        /// The transcript, when found.
        transcript: Option<PathBuf>,
        /// As the label names it.
        named: String,
        /// The session to read back.
        session_id: String,
    },
}

/// A label with its input.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledSession {
    /// The label.
    pub label: Label,
    /// Its events.
    pub input: Input,
}

/// Why the labelled set could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LabelError {
    /// The folder does not exist or cannot be listed.
    #[error("cannot read the labelled set {path}: {source}")]
    Folder {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A `label.json` cannot be read or parsed.
    #[error("bad label file {path}: {reason}")]
    BadLabel {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// A written session lacks one of its files.
    #[error("labelled session {dir} has no {file}")]
    Missing {
        /// The session folder.
        dir: PathBuf,
        /// `hooks.jsonl` or `transcript.jsonl`.
        file: &'static str,
    },
}

/// Every labelled session under `dir` (`sessions/*` and `real/*`), sorted by id.
pub fn read_set(dir: &Path) -> Result<Vec<LabelledSession>, LabelError> {
    if !dir.is_dir() {
        return Err(LabelError::Folder {
            path: dir.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
        });
    }
    let mut out = Vec::new();
    for (sub, real) in [("sessions", false), ("real", true)] {
        for session_dir in subfolders(&dir.join(sub))? {
            let path = session_dir.join("label.json");
            let label = read_label(&path, &session_dir, real)?;
            let input = if real {
                let named = label.transcript.clone().unwrap_or_default();
                Input::Replay {
                    transcript: find_transcript(dir, &named),
                    named,
                    session_id: label.session_id.clone().unwrap_or_default(),
                }
            } else {
                let hooks = session_dir.join("hooks.jsonl");
                let transcript = session_dir.join("transcript.jsonl");
                for (file, name) in [(&hooks, "hooks.jsonl"), (&transcript, "transcript.jsonl")] {
                    if !file.is_file() {
                        return Err(LabelError::Missing { dir: session_dir.clone(), file: name });
                    }
                }
                Input::Hooks { hooks, transcript }
            };
            out.push(LabelledSession { label, input });
        }
    }
    out.sort_by(|a, b| a.label.id.cmp(&b.label.id));
    Ok(out)
}

/// One adjudicated label (`adjudicated/<split>.json`, an array of them): the values a third
/// person chose where two blind raters differed, the agreed values elsewhere.
#[derive(Debug, Clone, Deserialize)]
struct Adjudicated {
    id: String,
    expertise_level: u8,
    band: String,
    work_mode: String,
    verified_success: bool,
    trouble: bool,
    abandoned: bool,
    #[serde(default)]
    disputed: Vec<String>,
    #[serde(default)]
    reason: String,
}

/// `sessions` with their labels replaced by the adjudicated ones under `dir/adjudicated/`;
/// sessions without an adjudicated label are left out. An adjudicated label naming no session
/// is an error (a typo would otherwise shrink the measured set silently).
pub fn adjudicated(
    dir: &Path,
    sessions: Vec<LabelledSession>,
) -> Result<Vec<LabelledSession>, LabelError> {
    let folder = dir.join("adjudicated");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map_err(|source| LabelError::Folder { path: folder.clone(), source })?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut by_id = std::collections::BTreeMap::new();
    for path in files {
        let bad = |reason: String| LabelError::BadLabel { path: path.clone(), reason };
        let bytes = std::fs::read(&path).map_err(|e| bad(e.to_string()))?;
        let list: Vec<Adjudicated> =
            serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
        for a in list {
            if !sessions.iter().any(|s| s.label.id == a.id) {
                return Err(bad(format!("id {:?} is no labelled session", a.id)));
            }
            by_id.insert(a.id.clone(), (a, path.clone()));
        }
    }
    let mut out = Vec::new();
    for mut session in sessions {
        let Some((a, path)) = by_id.remove(&session.label.id) else { continue };
        let label = &mut session.label;
        label.expertise_level = a.expertise_level;
        label.band = a.band;
        label.work_mode = a.work_mode;
        label.verified_success = a.verified_success;
        label.trouble = a.trouble;
        label.abandoned = a.abandoned;
        if !a.disputed.is_empty() {
            label.rationale = format!(
                "adjudicated ({}): {} | first rater: {}",
                a.disputed.join(", "),
                a.reason,
                label.rationale
            );
        }
        check_values(label).map_err(|reason| LabelError::BadLabel { path, reason })?;
        out.push(session);
    }
    Ok(out)
}

/// The folders in `dir` that hold a `label.json` (none when `dir` does not exist).
fn subfolders(dir: &Path) -> Result<Vec<PathBuf>, LabelError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(LabelError::Folder { path: dir.to_path_buf(), source }),
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && p.join("label.json").is_file())
        .collect();
    out.sort();
    Ok(out)
}

fn read_label(path: &Path, session_dir: &Path, real: bool) -> Result<Label, LabelError> {
    let bad = |reason: String| LabelError::BadLabel { path: path.to_path_buf(), reason };
    let bytes = std::fs::read(path).map_err(|e| bad(e.to_string()))?;
    let label: Label = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
    let folder = session_dir.file_name().map(|n| n.to_string_lossy().into_owned());
    if folder.as_deref() != Some(label.id.as_str()) {
        return Err(bad(format!("id {:?} is not the folder's name", label.id)));
    }
    check_values(&label).map_err(bad)?;
    let expected = if real { "real" } else { "written" };
    if label.source != expected {
        return Err(bad(format!("source {:?} should be {expected:?} here", label.source)));
    }
    if real && (label.transcript.is_none() || label.session_id.is_none()) {
        return Err(bad("a real session names its transcript and session_id".into()));
    }
    Ok(label)
}

/// The label values every reference must hold to: a level 1–5, a known band and work mode.
fn check_values(label: &Label) -> Result<(), String> {
    if !(1..=5).contains(&label.expertise_level) {
        return Err(format!("expertise_level {} is not 1-5", label.expertise_level));
    }
    if !BANDS.contains(&label.band.as_str()) {
        return Err(format!("band {:?} is not one of {BANDS:?}", label.band));
    }
    if !WORK_MODES.contains(&label.work_mode.as_str()) {
        return Err(format!("work_mode {:?} is not one of {WORK_MODES:?}", label.work_mode));
    }
    Ok(())
}

/// A real label's transcript: relative to the repository root, found by trying the labelled
/// set's ancestors (the set normally sits at `<repo>/tests/labelled`) and the working directory.
fn find_transcript(labels_dir: &Path, named: &str) -> Option<PathBuf> {
    let named = Path::new(named);
    if named.is_absolute() {
        return named.is_file().then(|| named.to_path_buf());
    }
    let base = std::fs::canonicalize(labels_dir).unwrap_or_else(|_| labels_dir.to_path_buf());
    base.ancestors()
        .map(|a| a.join(named))
        .chain(std::env::current_dir().ok().map(|d| d.join(named)))
        .find(|p| p.is_file())
}
