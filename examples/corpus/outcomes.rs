//! The actions that make outcomes: test runs that pass or fail, commits, a failing command and
//! its retry, failed tool calls, the agent's plan, and subagent launches.

use serde_json::json;

use crate::tools::{Action, Outcome, Toolbox};
use coxswain_collector::classifier::WorkMode;

impl Toolbox<'_> {
    fn test_command(&mut self) -> String {
        self.test_runs += 1;
        let variants: &[&str] = if self.project.rust {
            &[
                "cargo test",
                "cargo test --workspace",
                "cargo test --lib",
                "cargo test -q",
                "cargo test --all-targets",
            ]
        } else {
            &["pytest -q", "pytest", "python -m pytest -q", "pytest -x", "pytest tests"]
        };
        let base = variants[(self.test_runs - 1) % variants.len()];
        if self.test_runs > variants.len() {
            format!("{base} -j {}", self.test_runs)
        } else {
            base.to_string()
        }
    }

    /// A test run that passes.
    pub fn test_pass(&mut self) -> Action {
        let command = self.test_command();
        let passed = self.rng.range(4, 60);
        let stdout = if self.project.rust {
            format!(
                "running {passed} tests\ntest result: ok. {passed} passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.42s\n"
            )
        } else {
            format!("{}\n{passed} passed in 0.53s\n", ".".repeat(passed))
        };
        let input = json!({"command": command, "description": "Run the tests"});
        let response =
            json!({"stdout": stdout, "stderr": "", "interrupted": false, "isImage": false});
        let mut a = Action::new(self.rng, "Bash", input, Outcome::Ok { response, text: stdout });
        a.test = Some(true);
        self.fresh(&a);
        a
    }

    /// A test run that fails (non-zero exit and a failure summary).
    pub fn test_fail(&mut self) -> Action {
        let command = self.test_command();
        let failed = self.rng.range(1, 4);
        let passed = self.rng.range(3, 40);
        let error = if self.project.rust {
            format!(
                "Exit code 101\nrunning {} tests\ntest parser::round_trip ... FAILED\n\ntest result: FAILED. {passed} passed; {failed} failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.51s\n",
                passed + failed
            )
        } else {
            format!(
                "Exit code 1\nFAILED tests/test_invoice.py::test_rounding\n{failed} failed, {passed} passed in 0.61s\n"
            )
        };
        let input = json!({"command": command, "description": "Run the tests"});
        let mut a = Action::new(self.rng, "Bash", input, Outcome::Failed { error });
        a.test = Some(false);
        self.fresh(&a);
        a
    }

    /// A failing test run and the same command passing later (a retry that is also evidence).
    pub fn fail_then_pass(&mut self) -> (Action, Action) {
        let fail = self.test_fail();
        let mut pass = self.test_pass();
        self.test_runs -= 1;
        pass.input = fail.input.clone();
        pass.retry = true;
        (fail, pass)
    }

    /// A `git commit` that succeeds.
    pub fn commit(&mut self) -> Action {
        self.unique(|t, n| {
            let message = format!("Update loader step {n}");
            let input = json!({"command": format!("git commit -am \"{message}\""), "description": "Commit the change"});
            let stdout = format!("[main {}] {message}\n 2 files changed, 41 insertions(+), 3 deletions(-)\n", t.rng.hex(7));
            let response = json!({"stdout": stdout, "stderr": "", "interrupted": false, "isImage": false});
            let mut a = Action::new(t.rng, "Bash", input, Outcome::Ok { response, text: stdout });
            a.commit = true;
            a
        })
    }

    /// A command that fails, and the same command again succeeding (a retry).
    pub fn fail_then_retry(&mut self) -> (Action, Action) {
        let command = match self.mode {
            WorkMode::Operating => "kubectl apply -f deploy/worker.yaml".to_string(),
            WorkMode::Analysing | WorkMode::Testing => "python scripts/weekly.py --all".to_string(),
            _ => "cargo build --release".to_string(),
        };
        let input = json!({"command": command, "description": "Build"});
        let error =
            "Exit code 1\nerror: could not compile `relay` due to a previous problem".to_string();
        let fail = Action::new(self.rng, "Bash", input.clone(), Outcome::Failed { error });
        let response =
            json!({"stdout": "done\n", "stderr": "", "interrupted": false, "isImage": false});
        let mut again =
            Action::new(self.rng, "Bash", input, Outcome::Ok { response, text: "done\n".into() });
        again.retry = true;
        self.fresh(&fail);
        (fail, again)
    }

    /// A tool call that fails without a retry (an edit whose old string is gone, or a fetch).
    pub fn tool_failure(&mut self) -> Action {
        let a = match self.mode {
            WorkMode::Planning | WorkMode::Exploring => {
                let input = json!({"url": format!("https://docs.example.org/page{}", self.counter), "prompt": "summarise"});
                Action::new(
                    self.rng,
                    "WebFetch",
                    input,
                    Outcome::Failed { error: "Request failed with status code 404".into() },
                )
            }
            _ => {
                let path = self.path();
                let input = json!({"file_path": path, "old_string": format!("missing line {}", self.counter), "new_string": "x", "replace_all": false});
                Action::new(
                    self.rng,
                    "Edit",
                    input,
                    Outcome::Failed { error: "String to replace not found in file.".into() },
                )
            }
        };
        self.counter += 1;
        self.fresh(&a);
        a
    }

    /// The action that shows the mode to independent telemetry (MEASURES.md's agreement table).
    pub fn anchor(&mut self) -> Action {
        match self.mode {
            WorkMode::Testing => self.test_pass(),
            WorkMode::Operating => self.unique(|t, n| {
                let command = if n == 1 {
                    "kubectl apply -f deploy/api.yaml".to_string()
                } else {
                    format!("kubectl apply -f deploy/api.yaml --v={n}")
                };
                let input = json!({"command": command, "description": "Apply the manifest"});
                let stdout = "deployment.apps/api configured\n".to_string();
                let response = json!({"stdout": stdout, "stderr": "", "interrupted": false, "isImage": false});
                Action::new(t.rng, "Bash", input, Outcome::Ok { response, text: stdout })
            }),
            WorkMode::Analysing => self.unique(|t, n| {
                let path = format!("{}/data/signups.csv", t.project.root);
                let input = if n == 1 {
                    json!({"file_path": path})
                } else {
                    json!({"file_path": path, "offset": n * 40, "limit": 80})
                };
                let response = json!({"type": "text", "file": {"filePath": path, "content": "week,signups", "numLines": 1, "startLine": 1, "totalLines": 53}});
                Action::new(t.rng, "Read", input, Outcome::Ok { response, text: "     1\tweek,signups".into() })
            }),
            WorkMode::Exploring | WorkMode::Planning => self.read(),
            WorkMode::Building | WorkMode::Fixing | WorkMode::Writing => self.edit(),
            WorkMode::Other => unreachable!("no session is written in `other` (see MODES)"),
        }
    }

    /// `ExitPlanMode` with a plan (the agent's planning action).
    pub fn plan(&mut self) -> Action {
        self.unique(|t, n| {
            let input = json!({"plan": format!("1. split the store\n2. move callers (part {n})")});
            let response = json!({"plan": input["plan"], "isAgent": false});
            Action::new(
                t.rng,
                "ExitPlanMode",
                input,
                Outcome::Ok { response, text: "User has approved your plan.".into() },
            )
        })
    }

    /// An `Agent` launch whose subagent makes `calls` read/search calls.
    pub fn subagent(&mut self, calls: usize) -> Action {
        let agent_id = format!("a{}", self.rng.hex(16));
        let agent_type: &'static str = "Explore";
        let mut children = Vec::new();
        for i in 0..calls {
            let mut a = if i % 2 == 0 { self.read() } else { self.grep() };
            a.agent = Some((agent_id.clone(), agent_type));
            children.push(a);
        }
        let prompt =
            format!("Survey the loader code and report the call sites (pass {}).", self.counter);
        let content = "The loader is called from two places.";
        let input = json!({"description": "Survey call sites", "subagent_type": agent_type, "prompt": prompt});
        let response = json!({
            "status": "completed", "agentId": agent_id, "agentType": agent_type, "prompt": prompt,
            "content": [{"type": "text", "text": content}], "totalToolUseCount": calls,
            "totalDurationMs": 1000 * calls.max(1), "totalTokens": 1200,
        });
        let mut a =
            Action::new(self.rng, "Agent", input, Outcome::Ok { response, text: content.into() });
        a.children = children;
        self.fresh(&a);
        a
    }
}
