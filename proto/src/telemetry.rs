//! The telemetry contract: every span name, attribute key and enumerated value that the hook
//! emits and the collector reads. Documented for humans in `proto/TELEMETRY.md`; the two must
//! change together.
//!
//! Keys follow the OpenTelemetry GenAI semantic conventions where one exists (`gen_ai.*`,
//! `error.type`, `enduser.pseudo.id`); everything the study needs beyond them lives under
//! `coxswain.*`.

/// Span names.
pub mod span {
    /// Root span of one prompt (one user instruction and the agent's work until it stops).
    /// Full span name is `invoke_agent {gen_ai.agent.name}`, e.g. `invoke_agent claude-code`.
    pub const INVOKE_AGENT: &str = "invoke_agent";
    /// One action (tool call). Full span name is `execute_tool {gen_ai.tool.name}`.
    pub const EXECUTE_TOOL: &str = "execute_tool";
    /// A session began (zero-length span in the session's own trace).
    pub const SESSION_START: &str = "coxswain.session.start";
    /// A session ended, with its reason (zero-length span in the session's own trace).
    pub const SESSION_END: &str = "coxswain.session.end";

    /// `invoke_agent claude-code` and the like.
    pub fn invoke_agent(agent_name: &str) -> String {
        format!("{INVOKE_AGENT} {agent_name}")
    }

    /// `execute_tool Bash` and the like.
    pub fn execute_tool(tool_name: &str) -> String {
        format!("{EXECUTE_TOOL} {tool_name}")
    }
}

/// OpenTelemetry GenAI semantic-convention attributes (and the stable ones they lean on).
pub mod gen_ai {
    /// `invoke_agent` or `execute_tool`.
    pub const OPERATION_NAME: &str = "gen_ai.operation.name";
    /// The harness session id.
    pub const CONVERSATION_ID: &str = "gen_ai.conversation.id";
    /// `anthropic` (Claude Code), `openai` (Codex), `google` (Gemini CLI), ...
    pub const PROVIDER_NAME: &str = "gen_ai.provider.name";
    /// `claude-code` on the root span; the subagent type on subagent actions.
    pub const AGENT_NAME: &str = "gen_ai.agent.name";
    /// The subagent id, on actions a subagent took.
    pub const AGENT_ID: &str = "gen_ai.agent.id";
    /// Model named by the harness (SessionStart's `model`), when known.
    pub const REQUEST_MODEL: &str = "gen_ai.request.model";
    /// Model of the last main-agent response in the prompt's window (the transcript's).
    pub const RESPONSE_MODEL: &str = "gen_ai.response.model";
    /// Main agent's uncached input tokens in the prompt's window (Anthropic's `input_tokens`).
    pub const USAGE_INPUT_TOKENS: &str = "gen_ai.usage.input_tokens";
    /// Main agent's output tokens in the prompt's window.
    pub const USAGE_OUTPUT_TOKENS: &str = "gen_ai.usage.output_tokens";
    /// Main agent's input tokens read from the prompt cache in the prompt's window.
    pub const USAGE_CACHE_READ_INPUT_TOKENS: &str = "gen_ai.usage.cache_read.input_tokens";
    /// Main agent's input tokens written to the prompt cache in the prompt's window.
    pub const USAGE_CACHE_CREATION_INPUT_TOKENS: &str = "gen_ai.usage.cache_creation.input_tokens";
    /// Tool name as the harness names it (`Bash`, `Edit`, `mcp__server__tool`).
    pub const TOOL_NAME: &str = "gen_ai.tool.name";
    /// Tool-use id (Claude `tool_use_id`, Codex `call_id`).
    pub const TOOL_CALL_ID: &str = "gen_ai.tool.call.id";
    /// `function` for every harness tool.
    pub const TOOL_TYPE: &str = "gen_ai.tool.type";
    /// Opt-in only: the prompt text (content capture), redacted of secrets.
    pub const INPUT_MESSAGES: &str = "gen_ai.input.messages";
    /// Opt-in only: the tool's arguments, redacted of secrets.
    pub const TOOL_CALL_ARGUMENTS: &str = "gen_ai.tool.call.arguments";
    /// Set when the span failed; a low-cardinality class, never a raw message.
    pub const ERROR_TYPE: &str = "error.type";
    /// Stable keyed-hash pseudonym of the user. Never a name or an email.
    pub const ENDUSER_PSEUDO_ID: &str = "enduser.pseudo.id";

    /// Values of [`OPERATION_NAME`].
    pub const OP_INVOKE_AGENT: &str = "invoke_agent";
    /// Values of [`OPERATION_NAME`].
    pub const OP_EXECUTE_TOOL: &str = "execute_tool";
}

/// Resource attributes the hook sets on everything it sends.
pub mod resource {
    /// `coxswain-agent-hook`.
    pub const SERVICE_NAME: &str = "service.name";
    /// The hook's version.
    pub const SERVICE_VERSION: &str = "service.version";
    /// Which harness: `claude-code`, `codex`, `gemini-cli`, `library`.
    pub const HARNESS: &str = "coxswain.harness";
    /// The harness's own version when the payload or transcript names it.
    pub const HARNESS_VERSION: &str = "coxswain.harness.version";
    /// Value of [`SERVICE_NAME`] for the hook.
    pub const HOOK_SERVICE_NAME: &str = "coxswain-agent-hook";
}

/// Attributes on every Coxswain span (root, action, session).
pub mod common {
    /// Which harness (also a resource attribute; repeated on spans so one span stands alone).
    pub const HARNESS: &str = "coxswain.harness";
    /// How the span was produced: `live` (hook) or `replay` (transcript backfill).
    pub const SOURCE: &str = "coxswain.source";
    /// 0-based index of the prompt within its session (absent on session spans).
    pub const PROMPT_INDEX: &str = "coxswain.prompt.index";
    /// The harness's prompt id when it has one (Claude Code 2.1.196+).
    pub const PROMPT_ID: &str = "coxswain.prompt.id";
    /// Operator-defined grouping (team, org unit) from the hook's config; optional.
    pub const TEAM: &str = "coxswain.team";
}

/// Attributes of the prompt root span (`invoke_agent`). Counts are integers, flags booleans.
pub mod prompt {
    /// Whitespace-separated words in the prompt text.
    pub const WORDS: &str = "coxswain.prompt.words";
    /// Words the user wrote themselves: the prompt without a compaction summary, the template
    /// around a command's user input, and pasted machine output. The other prompt features read
    /// only these words.
    pub const OWN_WORDS: &str = "coxswain.prompt.own_words";
    /// Mentions of concrete files or paths (`src/main.rs`, `README.md`, `./x`).
    pub const FILE_REFS: &str = "coxswain.prompt.file_refs";
    /// Mentions of code identifiers (`snake_case`, `camelCase`, `Type::item`, `call()`, backticked).
    pub const IDENTIFIER_REFS: &str = "coxswain.prompt.identifier_refs";
    /// Constraint phrases (`must`, `do not`, `without`, `only`, `keep`, ...).
    pub const CONSTRAINTS: &str = "coxswain.prompt.constraints";
    /// Acceptance-criteria phrases (`done when`, `should pass`, `so that`, `expected output`, ...).
    pub const ACCEPTANCE_CRITERIA: &str = "coxswain.prompt.acceptance_criteria";
    /// Steps decomposed up front (numbered or bulleted items, `first … then …`).
    pub const STEPS: &str = "coxswain.prompt.steps";
    /// Verification asks (`run the tests`, `verify`, `make sure`, `compare against`, `edge case`).
    pub const VERIFICATION_ASKS: &str = "coxswain.prompt.verification_asks";
    /// Vague phrases (`something`, `somehow`, `fix it`, `make it work`, `doesn't work`, ...).
    pub const VAGUE_TERMS: &str = "coxswain.prompt.vague_terms";
    /// Distinct named technical things in prose: `POST /login` routes, frameworks, libraries and
    /// tools, numbers and units, quoted strings, command-line options, proper nouns and acronyms.
    pub const NAMED_THINGS: &str = "coxswain.prompt.named_things";
    /// Phrases naming a deliverable or its output format (`one row per contract`, `a table`).
    pub const DELIVERABLES: &str = "coxswain.prompt.deliverables";
    /// Sentences that state a requirement (`allowing up to three business days`, `rather than`).
    pub const REQUIREMENTS: &str = "coxswain.prompt.requirements";
    /// Items of lists written inline in sentences, when a list has at least three
    /// (`It needs: which alerts fire, how to decide, the exact commands and who to page`).
    pub const LISTED_ITEMS: &str = "coxswain.prompt.listed_items";
    /// Sentences that say what to do under a condition (`roll back if the error rate goes over
    /// 0.5%`): edge cases and failure modes anticipated up front.
    pub const CONTINGENCIES: &str = "coxswain.prompt.contingencies";
    /// Questions about a named thing (a file, an identifier, a named technical thing).
    pub const SCOPED_QUESTIONS: &str = "coxswain.prompt.scoped_questions";
    /// The user says they are new to this or asks what a basic thing is (`what's a`, `my first`).
    pub const LEARNER_ASKS: &str = "coxswain.prompt.learner_asks";
    /// The user corrects the agent (`no, use X`, `you missed`, `that's wrong`, `instead of`).
    pub const USER_CORRECTS_AGENT: &str = "coxswain.prompt.user_corrects_agent";
    /// The user confirms the previous result (`works`, `thanks`, `looks good`, `perfect`).
    pub const CONFIRMS: &str = "coxswain.prompt.confirms";
    /// The user reports the previous result failed (`still broken`, `still failing`, `same error`).
    pub const REPORTS_FAILURE: &str = "coxswain.prompt.reports_failure";
    /// The prompt opens with an order: its first word, after a greeting or a `please`, is a verb
    /// of work (`add a share button to …`, `hi, fix the flaky test …`); not a question (`can
    /// you …`), a wish (`i want to …`) or a report (`make_picklist.py stopped working`).
    pub const OPENS_WITH_ORDER: &str = "coxswain.prompt.opens_with_order";
    /// The agent's reply corrects the user (`does not exist`, `I think you mean`, `there is no`).
    pub const AGENT_CORRECTS_USER: &str = "coxswain.prompt.agent_corrects_user";
    /// Planning decisions the user stated (what to build, approach, what counts as done).
    pub const USER_PLANNING_DECISIONS: &str = "coxswain.prompt.user_planning_decisions";
    /// Execution decisions the user dictated (named files, code, commands to run).
    pub const USER_EXECUTION_DECISIONS: &str = "coxswain.prompt.user_execution_decisions";
    /// Words the main agent wrote back in this prompt's window (text blocks only).
    pub const OUTPUT_WORDS: &str = "coxswain.prompt.output_words";
    /// How the prompt window closed: see [`super::end_reason`].
    pub const END_REASON: &str = "coxswain.prompt.end_reason";
    /// Permission requests shown to the user during the prompt.
    pub const PERMISSION_REQUESTS: &str = "coxswain.prompt.permission_requests";
    /// Context compactions during the prompt.
    pub const COMPACTIONS: &str = "coxswain.prompt.compactions";
    /// What the prompt asks for, from its words: see [`super::intent`] and TELEMETRY.md.
    pub const INTENT: &str = "coxswain.prompt.intent";
    /// Slash command the prompt expanded from, when it did (name only, e.g. `/review`).
    pub const COMMAND: &str = "coxswain.prompt.command";
}

/// Subagents' token usage in a prompt's window, on the prompt root, apart from the main agent's
/// `gen_ai.usage.*` (same four kinds, same counting rule).
pub mod subagent {
    /// Subagents' uncached input tokens.
    pub const USAGE_INPUT_TOKENS: &str = "coxswain.subagent.usage.input_tokens";
    /// Subagents' output tokens.
    pub const USAGE_OUTPUT_TOKENS: &str = "coxswain.subagent.usage.output_tokens";
    /// Subagents' cache-read input tokens.
    pub const USAGE_CACHE_READ: &str = "coxswain.subagent.usage.cache_read.input_tokens";
    /// Subagents' cache-creation input tokens.
    pub const USAGE_CACHE_CREATION: &str = "coxswain.subagent.usage.cache_creation.input_tokens";
}

/// Values of [`prompt::INTENT`]; the same strings as the collector's work modes.
pub mod intent {
    /// Build new software.
    pub const BUILDING: &str = "building";
    /// Fix broken code.
    pub const FIXING: &str = "fixing";
    /// Test and orchestrate pipelines.
    pub const TESTING: &str = "testing";
    /// Operate and deploy software.
    pub const OPERATING: &str = "operating";
    /// Plan.
    pub const PLANNING: &str = "planning";
    /// Explore a codebase.
    pub const EXPLORING: &str = "exploring";
    /// Analyse data.
    pub const ANALYSING: &str = "analysing";
    /// Write non-code documents.
    pub const WRITING: &str = "writing";
    /// None of the above (confirmations, chat).
    pub const OTHER: &str = "other";
}

/// Values of [`prompt::END_REASON`].
pub mod end_reason {
    /// The agent finished its reply (Stop).
    pub const STOP: &str = "stop";
    /// The turn ended on an API error (StopFailure); `error.type` carries the error class.
    pub const STOP_FAILURE: &str = "stop_failure";
    /// No Stop came; the next prompt closed the window (a user interrupt, typically).
    pub const NEXT_PROMPT: &str = "next_prompt";
    /// No Stop came; the session ended.
    pub const SESSION_END: &str = "session_end";
}

/// Attributes of an action span (`execute_tool`).
pub mod action {
    /// What kind of step: see [`super::category`].
    pub const CATEGORY: &str = "coxswain.action.category";
    /// For shell actions: see [`super::command_kind`].
    pub const COMMAND_KIND: &str = "coxswain.action.command_kind";
    /// For test runs: `passed` or `failed`.
    pub const TEST_OUTCOME: &str = "coxswain.action.test.outcome";
    /// For test runs: `cargo`, `pytest`, `go`, `npm`, `jest`, `vitest`, `playwright`, `cypress`,
    /// `django`, `mvn`, `gradle`, `dotnet`, `ctest`, `rspec`, `phpunit`, `make`.
    pub const TEST_RUNNER: &str = "coxswain.action.test.runner";
    /// A `git commit` that succeeded.
    pub const COMMIT: &str = "coxswain.action.commit";
    /// `true` when the action failed (tool failure or non-zero exit); the span status is ERROR too.
    pub const FAILED: &str = "coxswain.action.failed";
    /// The same tool with the same input again after a failure within the same prompt.
    pub const RETRY: &str = "coxswain.action.retry";
    /// The call came from a subagent (also has `gen_ai.agent.id`).
    pub const SUBAGENT: &str = "coxswain.action.subagent";
    /// Extension of the file the action touched (`rs`, `md`, `csv`), lower case, no dot.
    pub const FILE_EXTENSION: &str = "coxswain.action.file_extension";
    /// Lines added by an edit or write.
    pub const LINES_ADDED: &str = "coxswain.action.lines_added";
    /// Lines removed by an edit.
    pub const LINES_REMOVED: &str = "coxswain.action.lines_removed";
    /// The tool was interrupted by the user.
    pub const INTERRUPTED: &str = "coxswain.action.interrupted";
    /// The user rejected the tool use (permission denied).
    pub const REJECTED: &str = "coxswain.action.rejected";
}

/// Values of [`action::CATEGORY`].
pub mod category {
    /// Read, NotebookRead, LS, view-only MCP tools.
    pub const READ: &str = "read";
    /// Edit, MultiEdit, NotebookEdit, apply_patch.
    pub const EDIT: &str = "edit";
    /// Write (a new or replaced file).
    pub const WRITE: &str = "write";
    /// Bash, PowerShell, shell commands.
    pub const SHELL: &str = "shell";
    /// Grep, Glob, search tools.
    pub const SEARCH: &str = "search";
    /// WebFetch, WebSearch.
    pub const WEB: &str = "web";
    /// Agent / Task (launching a subagent).
    pub const SUBAGENT: &str = "subagent";
    /// TodoWrite, ExitPlanMode, update_plan, TaskCreate.
    pub const PLAN: &str = "plan";
    /// Anything else (MCP tools, AskUserQuestion, ...).
    pub const OTHER: &str = "other";
}

/// Values of [`action::COMMAND_KIND`].
pub mod command_kind {
    /// A test-runner invocation.
    pub const TEST: &str = "test";
    /// `git commit`.
    pub const COMMIT: &str = "commit";
    /// Other git commands.
    pub const GIT: &str = "git";
    /// Builds and type checks (`cargo build`, `npm run build`, `make`, `tsc`).
    pub const BUILD: &str = "build";
    /// Package installs (`pip install`, `npm install`, `cargo add`).
    pub const INSTALL: &str = "install";
    /// Deploy and operate (`docker`, `kubectl`, `terraform`, `systemctl`, `ssh`, `helm`).
    pub const OPERATE: &str = "operate";
    /// Data work (`python script.py` on data, `psql`, `sqlite3`, `jq`, `duckdb`).
    pub const DATA: &str = "data";
    /// Anything else.
    pub const OTHER: &str = "other";
}

/// Attributes of the session spans.
pub mod session {
    /// SessionStart `source`: `startup`, `resume`, `clear`, `compact`.
    pub const START_SOURCE: &str = "coxswain.session.start_source";
    /// SessionEnd `reason`: `clear`, `logout`, `prompt_input_exit`, `other`, ...
    pub const END_REASON: &str = "coxswain.session.end_reason";
}

/// The harnesses' tool names and their action categories ([`category`] values): the one table
/// the hook (live and replay) and the collector (native telemetry) both read.
pub mod tools {
    use super::category::{EDIT, OTHER, PLAN, READ, SEARCH, SHELL, SUBAGENT, WEB, WRITE};

    /// Claude Code's tools.
    pub const CLAUDE_CODE_TOOLS: &[(&str, &str)] = &[
        ("Read", READ),
        ("NotebookRead", READ),
        ("LS", READ),
        ("Edit", EDIT),
        ("MultiEdit", EDIT),
        ("NotebookEdit", EDIT),
        ("str_replace_based_edit_tool", EDIT),
        ("Write", WRITE),
        ("Bash", SHELL),
        ("PowerShell", SHELL),
        ("BashOutput", SHELL),
        ("KillShell", SHELL),
        ("KillBash", SHELL),
        ("Grep", SEARCH),
        ("Glob", SEARCH),
        ("ToolSearch", SEARCH),
        ("WebFetch", WEB),
        ("WebSearch", WEB),
        ("Agent", SUBAGENT),
        ("Task", SUBAGENT),
        ("TodoWrite", PLAN),
        ("ExitPlanMode", PLAN),
        ("EnterPlanMode", PLAN),
        ("TaskCreate", PLAN),
        ("TaskUpdate", PLAN),
    ];

    /// Codex CLI's tools (hooks report its shell tools as `Bash`; rollouts and native telemetry
    /// keep the real names).
    pub const CODEX_TOOLS: &[(&str, &str)] = &[
        ("shell", SHELL),
        ("shell_command", SHELL),
        ("exec_command", SHELL),
        ("local_shell", SHELL),
        ("unified_exec", SHELL),
        ("write_stdin", SHELL),
        ("apply_patch", EDIT),
        ("view_image", READ),
        ("read_file", READ),
        ("list_dir", READ),
        ("grep_files", SEARCH),
        ("web_search", WEB),
        ("web_search_call", WEB),
        ("update_plan", PLAN),
        ("spawn_agent", SUBAGENT),
    ];

    /// Gemini CLI's tools.
    pub const GEMINI_CLI_TOOLS: &[(&str, &str)] = &[
        ("read_file", READ),
        ("read_many_files", READ),
        ("list_directory", READ),
        ("replace", EDIT),
        ("write_file", WRITE),
        ("run_shell_command", SHELL),
        ("grep_search", SEARCH),
        ("search_file_content", SEARCH),
        ("glob", SEARCH),
        ("grep", SEARCH),
        ("web_fetch", WEB),
        ("google_web_search", WEB),
        ("write_todos", PLAN),
        ("delegate_to_agent", SUBAGENT),
        ("save_memory", OTHER),
    ];

    /// The category of a tool, by name: the harnesses' tables (their names do not collide), then
    /// MCP tools (`mcp__server__tool`) as `read` when their verb only looks.
    pub fn category(tool_name: &str) -> &'static str {
        let tables = [CLAUDE_CODE_TOOLS, CODEX_TOOLS, GEMINI_CLI_TOOLS];
        if let Some((_, c)) = tables.iter().flat_map(|t| t.iter()).find(|(n, _)| *n == tool_name) {
            return c;
        }
        if tool_name.starts_with("mcp__") || tool_name.starts_with("mcp_") {
            let tool = tool_name.rsplit("__").next().unwrap_or("").to_lowercase();
            let view_only =
                ["get", "list", "read", "view", "fetch", "search", "query", "describe", "find"]
                    .iter()
                    .any(|p| tool.starts_with(p));
            return if view_only { READ } else { OTHER };
        }
        OTHER
    }
}

/// The harnesses' own (native) OpenTelemetry log events the collector reads, so organisations
/// that switched on a harness's telemetry get sessions without the hook. Only the event names
/// and attributes below are read; prompt text, tool input and output are never read, even when
/// the harness sends them. Sources: each harness's telemetry reference (TELEMETRY.md cites them).
pub mod native {
    /// Values of [`super::resource::HARNESS`] for the harnesses with native telemetry.
    pub mod harness {
        /// Claude Code.
        pub const CLAUDE_CODE: &str = "claude-code";
        /// Codex CLI.
        pub const CODEX: &str = "codex";
        /// Gemini CLI.
        pub const GEMINI_CLI: &str = "gemini-cli";
    }

    /// The event name travels as the log record's body (Claude Code) and in this attribute
    /// (Claude Code: without its `claude_code.` prefix; Codex and Gemini CLI: in full).
    pub const EVENT_NAME: &str = "event.name";

    /// Every harness's event-name prefix: a log request naming none holds no native event.
    pub const PREFIXES: &[&str] = &[claude_code::PREFIX, codex::PREFIX, gemini_cli::PREFIX];

    /// Pseudonymous user ids the collector may key a pseudonym on, best first. An email is never
    /// read (see TELEMETRY.md "Native telemetry").
    pub const USER_IDS: &[&str] =
        &["user.account_uuid", "user.id", "user.account_id", "installation.id"];

    /// Claude Code (`CLAUDE_CODE_ENABLE_TELEMETRY=1`, `OTEL_LOGS_EXPORTER=otlp`).
    pub mod claude_code {
        /// Prefix of every event name.
        pub const PREFIX: &str = "claude_code.";
        /// A prompt was submitted: opens a prompt.
        pub const USER_PROMPT: &str = "claude_code.user_prompt";
        /// A tool call finished: one action.
        pub const TOOL_RESULT: &str = "claude_code.tool_result";
        /// One model call: tokens and model.
        pub const API_REQUEST: &str = "claude_code.api_request";
        /// A model call failed after its retries: trouble.
        pub const API_ERROR: &str = "claude_code.api_error";

        /// The session (equals the hook's `session_id`).
        pub const SESSION_ID: &str = "session.id";
        /// The prompt (equals the hook's `prompt_id`, `coxswain.prompt.id`).
        pub const PROMPT_ID: &str = "prompt.id";
        /// Monotonic per session: orders events with equal timestamps.
        pub const EVENT_SEQUENCE: &str = "event.sequence";
        /// `tool_result`: the tool.
        pub const TOOL_NAME: &str = "tool_name";
        /// `tool_result`: the tool-use id (2.1.119+).
        pub const TOOL_USE_ID: &str = "tool_use_id";
        /// `tool_result`: `"true"` / `"false"`.
        pub const SUCCESS: &str = "success";
        /// `tool_result`: `accept` / `reject`.
        pub const DECISION_TYPE: &str = "decision_type";
        /// `api_request` / `api_error`: the model.
        pub const MODEL: &str = "model";
        /// `api_request`: uncached input tokens.
        pub const INPUT_TOKENS: &str = "input_tokens";
        /// `api_request`: output tokens.
        pub const OUTPUT_TOKENS: &str = "output_tokens";
        /// `api_request`: cache-read input tokens.
        pub const CACHE_READ_TOKENS: &str = "cache_read_tokens";
        /// `api_request`: cache-creation input tokens.
        pub const CACHE_CREATION_TOKENS: &str = "cache_creation_tokens";
        /// `api_request`: `main`, `subagent`, `auxiliary` (and `sdk` in `-p` runs).
        pub const QUERY_SOURCE: &str = "query_source";
        /// [`QUERY_SOURCE`] values not counted as the main agent's tokens.
        pub const NOT_MAIN: &[&str] = &["subagent", "auxiliary"];
    }

    /// Codex CLI (`[otel]` in `~/.codex/config.toml`). Its events carry no prompt id: an event
    /// belongs to the last `codex.user_prompt` before it in the conversation.
    pub mod codex {
        /// Prefix of every event name.
        pub const PREFIX: &str = "codex.";
        /// A prompt was submitted.
        pub const USER_PROMPT: &str = "codex.user_prompt";
        /// A tool call finished.
        pub const TOOL_RESULT: &str = "codex.tool_result";
        /// A streamed response event; `response.completed` ones carry the tokens.
        pub const SSE_EVENT: &str = "codex.sse_event";
        /// One model request; failed when it names an error.
        pub const API_REQUEST: &str = "codex.api_request";

        /// The session.
        pub const CONVERSATION_ID: &str = "conversation.id";
        /// `tool_result`: the tool.
        pub const TOOL_NAME: &str = "tool_name";
        /// `tool_result`: the call id.
        pub const CALL_ID: &str = "call_id";
        /// `tool_result`: success.
        pub const SUCCESS: &str = "success";
        /// The model (every event).
        pub const MODEL: &str = "model";
        /// `sse_event`: its kind; tokens come with [`COMPLETED`].
        pub const EVENT_KIND: &str = "event.kind";
        /// [`EVENT_KIND`] of the event that carries a response's tokens.
        pub const COMPLETED: &str = "response.completed";
        /// `sse_event`: input tokens (cached ones included, as OpenAI counts).
        pub const INPUT_TOKEN_COUNT: &str = "input_token_count";
        /// `sse_event`: output tokens.
        pub const OUTPUT_TOKEN_COUNT: &str = "output_token_count";
        /// `sse_event`: cached input tokens.
        pub const CACHED_TOKEN_COUNT: &str = "cached_token_count";
        /// `api_request`: the error, when it failed.
        pub const ERROR_MESSAGE: &str = "error.message";
    }

    /// Gemini CLI (`telemetry` in `.gemini/settings.json`).
    pub mod gemini_cli {
        /// Prefix of every event name.
        pub const PREFIX: &str = "gemini_cli.";
        /// A prompt was submitted.
        pub const USER_PROMPT: &str = "gemini_cli.user_prompt";
        /// A tool call finished.
        pub const TOOL_CALL: &str = "gemini_cli.tool_call";
        /// One model response: tokens and model.
        pub const API_RESPONSE: &str = "gemini_cli.api_response";
        /// A model call failed.
        pub const API_ERROR: &str = "gemini_cli.api_error";

        /// The session.
        pub const SESSION_ID: &str = "session.id";
        /// The prompt.
        pub const PROMPT_ID: &str = "prompt_id";
        /// `tool_call`: the tool.
        pub const FUNCTION_NAME: &str = "function_name";
        /// `tool_call`: success.
        pub const SUCCESS: &str = "success";
        /// `tool_call`: `accept`, `reject`, `auto_accept`, `modify`.
        pub const DECISION: &str = "decision";
        /// `api_response` / `api_error`: the model.
        pub const MODEL: &str = "model";
        /// `api_response`: input tokens (cached ones included).
        pub const INPUT_TOKEN_COUNT: &str = "input_token_count";
        /// `api_response`: output tokens.
        pub const OUTPUT_TOKEN_COUNT: &str = "output_token_count";
        /// `api_response`: cached input tokens.
        pub const CACHED_CONTENT_TOKEN_COUNT: &str = "cached_content_token_count";
    }
}
