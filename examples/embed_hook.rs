//! Embedding the hook in a harness's own process: record a session (session → prompt → action
//! → outcome) with `agent_hook::recorder::Recorder`, into the same spool the CLI hook uses, then
//! ship it with the same sender.
//!
//! Run with (a collector on the endpoint, e.g. `cargo run -p coxswain-collector -- serve`):
//!   cargo run --example embed_hook [-- --endpoint http://127.0.0.1:4317]
//! With no collector there, the spans stay in the spool and `agent-hook flush` sends them later.

use agent_hook::config::{Dirs, HookConfig, Overrides};
use agent_hook::recorder::{Action, Prompt, PromptEnd};
use agent_hook::sender::{self, SendOptions};
use agent_hook::signals::action::ToolOutcome;
use agent_hook::{clock, setup};
use serde_json::json;
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let endpoint = std::env::args().skip_while(|a| a != "--endpoint").nth(1);
    let dirs = Dirs::from_env()?;
    let config = HookConfig::load(&dirs)?;
    let overrides = Overrides { endpoint, headers: Vec::new(), ..Overrides::default() };
    let target = overrides.explicit_target(&config)?;

    // One recorder per harness process: its settings say who records (harness "library").
    let settings = setup::settings(&dirs, &config, "library", "live");
    let recorder = setup::spool_recorder(&dirs, settings, target.clone());

    let session = format!("embed-example-{}", std::process::id());
    recorder.session_start(&session, clock::now_ns(), Some("startup"), Some("example-model"))?;
    let text = "Add a `--dry-run` flag to src/main.rs and make sure `cargo test` passes";
    recorder.prompt_submitted(&session, clock::now_ns(), Prompt { text, ..Prompt::default() })?;

    // An action: start, then outcome. The input and output stay here; only features leave.
    let input = json!({"command": "cargo test"});
    let call =
        Action { tool_name: "Bash", tool_use_id: Some("call-1"), input: &input, agent: None };
    recorder.action_started(&session, clock::now_ns(), call)?;
    let output = json!({"stdout": "test result: ok. 12 passed; 0 failed"});
    recorder.action_finished(
        &session,
        clock::now_ns(),
        call,
        ToolOutcome::Succeeded { response: &output },
        None,
    )?;

    let reply = "Added --dry-run; all 12 tests pass.".to_owned();
    recorder.prompt_stopped(
        &session,
        clock::now_ns(),
        PromptEnd { agent_text: Some(reply), ..PromptEnd::default() },
    )?;
    recorder.session_end(&session, clock::now_ns(), Some("other"))?;
    println!("recorded session {session} into {}", dirs.spool().display());

    // Ship it (what the CLI's background sender does), waiting at most 10 s.
    let opts = SendOptions {
        default_target: Overrides::default().resolve(&config)?,
        force_target: None,
        attempt_timeout: Duration::from_secs(2),
        max_failures: 2,
        deadline: Some(Instant::now() + Duration::from_secs(10)),
    };
    let Some(lock) = sender::try_lock(&dirs) else {
        println!("a sender is already running; it will ship the spans");
        return Ok(());
    };
    match sender::send_all(&dirs, &opts, &lock) {
        Ok(report) => println!("sent {} spans in {} batches", report.spans, report.batches),
        Err(e) => {
            println!("not sent yet ({e}); the spans stay in the spool for `agent-hook flush`")
        }
    }
    Ok(())
}
