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
