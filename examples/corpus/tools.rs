//! Agent actions as Claude Code runs them: tool name, `tool_input`, and either a `tool_response`
//! (PostToolUse) or an error (PostToolUseFailure); the per-prompt [`Toolbox`] that keeps every
//! (tool, input) distinct unless a retry is meant, and the mode's filler work (reads, searches,
//! edits, writes, shell). The actions that make outcomes are in `outcomes.rs`.

use serde_json::{Value, json};

use crate::rng::Rng;
use coxswain_collector::classifier::WorkMode;

/// How a tool call ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// PostToolUse with this `tool_response`; the transcript's tool_result text is `text`.
    Ok { response: Value, text: String },
    /// PostToolUseFailure with this `error`.
    Failed { error: String },
}

/// One action (tool call). A subagent launch (`Agent`) carries its subagent's own calls.
#[derive(Debug, Clone)]
pub struct Action {
    pub tool_use_id: String,
    pub tool: &'static str,
    pub input: Value,
    pub outcome: Outcome,
    pub duration_ms: u64,
    /// `Some(passed)` for a test run.
    pub test: Option<bool>,
    /// A `git commit` that succeeded.
    pub commit: bool,
    /// Same tool and input as an earlier failed action of the same prompt.
    pub retry: bool,
    /// Set on a subagent's own calls: (agent id, agent type).
    pub agent: Option<(String, &'static str)>,
    /// The subagent's calls, for an `Agent` action.
    pub children: Vec<Action>,
}

impl Action {
    pub(crate) fn new(rng: &mut Rng, tool: &'static str, input: Value, outcome: Outcome) -> Action {
        Action {
            tool_use_id: format!("toolu_01{}", rng.base62(22)),
            tool,
            input,
            outcome,
            duration_ms: rng.range(15, 4000) as u64,
            test: None,
            commit: false,
            retry: false,
            agent: None,
            children: Vec::new(),
        }
    }

    /// Failed (tool failure, non-zero exit) — what MEASURES.md calls a failed action.
    pub fn failed(&self) -> bool {
        matches!(self.outcome, Outcome::Failed { .. })
    }

    /// The key the hook compares for retries.
    pub fn retry_key(&self) -> String {
        format!("{}\u{1}{}", self.tool, self.input)
    }
}

/// The project a session works in: its root and test runner.
#[derive(Debug, Clone, Copy)]
pub struct Project {
    pub root: &'static str,
    pub rust: bool,
}

impl Project {
    /// The project of a mode.
    pub fn of(mode: WorkMode) -> Project {
        match mode {
            WorkMode::Testing | WorkMode::Analysing => {
                Project { root: "/home/dev/ledger", rust: false }
            }
            WorkMode::Operating => Project { root: "/home/dev/platform", rust: false },
            WorkMode::Writing => Project { root: "/home/dev/handbook", rust: false },
            _ => Project { root: "/home/dev/relay", rust: true },
        }
    }
}

/// Makes the actions of one prompt, keeping every (tool, input) distinct except deliberate retries.
pub struct Toolbox<'a> {
    pub(crate) rng: &'a mut Rng,
    pub(crate) mode: WorkMode,
    pub(crate) project: Project,
    pub(crate) seen: std::collections::HashSet<String>,
    pub(crate) counter: usize,
    pub(crate) test_runs: usize,
}

const RUST_FILES: &[&str] = &[
    "src/config.rs",
    "src/loader.rs",
    "src/cache.rs",
    "src/retry.rs",
    "src/queue.rs",
    "src/main.rs",
    "src/lib.rs",
    "src/scheduler.rs",
    "src/worker.rs",
    "src/lease.rs",
    "src/session.rs",
];
const PY_FILES: &[&str] = &[
    "src/billing.py",
    "src/invoice.py",
    "src/ledger.py",
    "src/tax.py",
    "tests/test_invoice.py",
    "scripts/weekly.py",
    "data/signups.csv",
    "data/churn.csv",
];
const OPS_FILES: &[&str] =
    &["deploy/api.yaml", "deploy/worker.yaml", "infra/main.tf", "infra/network.tf"];
const DOC_FILES: &[&str] =
    &["docs/cache.md", "docs/usage.md", "docs/setup.md", "docs/faq.md", "README.md"];
const CODE_LINE: &str = "    let budget = config.retry_budget.unwrap_or(3);";

impl<'a> Toolbox<'a> {
    /// A toolbox for one prompt.
    pub fn new(rng: &'a mut Rng, mode: WorkMode) -> Toolbox<'a> {
        Toolbox {
            rng,
            mode,
            project: Project::of(mode),
            seen: Default::default(),
            counter: 0,
            test_runs: 0,
        }
    }

    fn files(&self) -> &'static [&'static str] {
        match self.mode {
            WorkMode::Testing | WorkMode::Analysing => PY_FILES,
            WorkMode::Operating => OPS_FILES,
            WorkMode::Writing => DOC_FILES,
            _ => RUST_FILES,
        }
    }

    pub(crate) fn path(&mut self) -> String {
        let files = self.files();
        format!("{}/{}", self.project.root, self.rng.pick(files))
    }

    /// Registers an action's key; returns false when the same tool+input was already used.
    pub(crate) fn fresh(&mut self, a: &Action) -> bool {
        self.seen.insert(a.retry_key())
    }

    pub(crate) fn unique(&mut self, mut make: impl FnMut(&mut Self, usize) -> Action) -> Action {
        loop {
            self.counter += 1;
            let a = make(self, self.counter);
            if self.fresh(&a) {
                return a;
            }
        }
    }

    /// A filler action of the mode's usual mix (never a test run, commit or failure).
    pub fn filler(&mut self) -> Action {
        let weights: [f64; 6] = match self.mode {
            // read, grep, glob, edit, write, shell
            WorkMode::Building => [30.0, 15.0, 10.0, 25.0, 10.0, 10.0],
            WorkMode::Fixing => [35.0, 20.0, 5.0, 30.0, 0.0, 10.0],
            WorkMode::Testing => [30.0, 15.0, 15.0, 20.0, 20.0, 0.0],
            WorkMode::Operating => [30.0, 10.0, 0.0, 20.0, 0.0, 40.0],
            WorkMode::Planning | WorkMode::Exploring => [50.0, 25.0, 25.0, 0.0, 0.0, 0.0],
            WorkMode::Analysing => [30.0, 10.0, 0.0, 20.0, 10.0, 30.0],
            WorkMode::Writing => [35.0, 10.0, 0.0, 30.0, 25.0, 0.0],
            WorkMode::Other => unreachable!("no session is written in `other` (see MODES)"),
        };
        match self.rng.weighted(&weights) {
            0 => self.read(),
            1 => self.grep(),
            2 => self.glob(),
            3 => self.edit(),
            4 => self.write(),
            _ => self.shell(),
        }
    }

    /// Read a file.
    pub fn read(&mut self) -> Action {
        self.unique(|t, n| {
            let path = t.path();
            let input = if n % 3 == 0 {
                json!({"file_path": path, "offset": n * 40, "limit": 80})
            } else {
                json!({"file_path": path})
            };
            let lines = t.rng.range(20, 400);
            let response = json!({"type": "text", "file": {"filePath": path, "content": CODE_LINE, "numLines": lines, "startLine": 1, "totalLines": lines}});
            Action::new(t.rng, "Read", input, Outcome::Ok { response, text: format!("     1\t{CODE_LINE}") })
        })
    }

    pub(crate) fn grep(&mut self) -> Action {
        self.unique(|t, n| {
            let pattern = format!("{}{}", t.rng.pick(&["retry", "budget", "lease", "total", "replica", "cache"]), if n > 6 { n.to_string() } else { String::new() });
            let input = json!({"pattern": pattern, "path": t.project.root, "output_mode": "files_with_matches"});
            let file = t.path();
            let response = json!({"mode": "files_with_matches", "filenames": [file], "numFiles": 1});
            Action::new(t.rng, "Grep", input, Outcome::Ok { response, text: format!("Found 1 file\n{file}") })
        })
    }

    fn glob(&mut self) -> Action {
        self.unique(|t, n| {
            let ext = if t.project.rust { "rs" } else { "py" };
            let input = json!({"pattern": format!("src/**/*{}.{ext}", if n > 1 { format!("{n}") } else { String::new() })});
            let file = t.path();
            let response = json!({"filenames": [file], "durationMs": 4, "numFiles": 1, "truncated": false});
            Action::new(t.rng, "Glob", input, Outcome::Ok { response, text: file })
        })
    }

    /// Edit a file (adds and removes lines).
    pub fn edit(&mut self) -> Action {
        self.unique(|t, n| {
            let path = t.path();
            let added = t.rng.range(1, 6);
            let old = format!("    // step {n}\n{CODE_LINE}");
            let new = format!("    // step {n}\n{}", vec![CODE_LINE; added + 1].join("\n"));
            let input = json!({"file_path": path, "old_string": old, "new_string": new, "replace_all": false});
            let response = json!({"filePath": path, "oldString": old, "newString": new, "replaceAll": false, "userModified": false});
            Action::new(t.rng, "Edit", input, Outcome::Ok { response, text: format!("The file {path} has been updated.") })
        })
    }

    fn write(&mut self) -> Action {
        self.unique(|t, n| {
            let ext = match t.mode {
                WorkMode::Writing | WorkMode::Analysing => "md",
                WorkMode::Testing => "py",
                _ => "rs",
            };
            let dir = if ext == "md" { "docs" } else { "src" };
            let path = format!("{}/{dir}/part{n}.{ext}", t.project.root);
            let lines = t.rng.range(3, 15);
            let content = vec![CODE_LINE; lines].join("\n");
            let input = json!({"file_path": path, "content": content});
            let response = json!({"type": "create", "filePath": path, "content": content});
            Action::new(
                t.rng,
                "Write",
                input,
                Outcome::Ok { response, text: format!("File created successfully at: {path}") },
            )
        })
    }

    fn shell(&mut self) -> Action {
        self.unique(|t, n| {
            let command = match t.mode {
                WorkMode::Operating => {
                    let base = *t.rng.pick(&[
                        "kubectl apply -f deploy/api.yaml",
                        "kubectl rollout status deployment/api",
                        "docker build -t api:latest .",
                        "terraform plan -out plan.bin",
                        "kubectl get pods -n staging",
                    ]);
                    if n > 5 { format!("{base} --v={n}") } else { base.to_string() }
                }
                WorkMode::Analysing => format!("python scripts/weekly.py --week {n}"),
                _ if t.project.rust => {
                    let base = *t.rng.pick(&[
                        "cargo build",
                        "cargo check",
                        "cargo clippy",
                        "git status",
                        "git diff --stat",
                    ]);
                    if n > 5 { format!("{base} --color never -j {n}") } else { base.to_string() }
                }
                _ => format!("ls -la src/part{n}"),
            };
            let stdout = "ok\n".to_string();
            let input = json!({"command": command, "description": "Run a command"});
            let response =
                json!({"stdout": stdout, "stderr": "", "interrupted": false, "isImage": false});
            Action::new(t.rng, "Bash", input, Outcome::Ok { response, text: stdout })
        })
    }
}
