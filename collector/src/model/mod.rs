//! The session model the classifiers read: the facts of one span, and a session's prompts with
//! their actions. It depends on nothing else in the crate, so classifiers and assembly both build
//! on it without importing each other.

use serde::{Deserialize, Serialize};

/// What a Coxswain span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// `invoke_agent …`: one prompt.
    Prompt,
    /// `execute_tool …`: one action.
    Action,
    /// `coxswain.session.start`.
    SessionStart,
    /// `coxswain.session.end`.
    SessionEnd,
    /// One model call (native telemetry only: Claude Code `api_request` / `api_error`, Codex
    /// `sse_event` / `api_request`, Gemini CLI `api_response` / `api_error`): tokens, model,
    /// and `failed` for an API error.
    ModelCall,
}

/// The analytics' view of one span. Absent attributes read as zero / false / empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpanFacts {
    /// `gen_ai.conversation.id`.
    #[serde(skip)]
    pub session_id: String,
    /// The span id (8 bytes).
    #[serde(skip)]
    pub span_id: [u8; 8],
    /// Kind (always set on decoded spans).
    pub kind: Option<SpanKind>,
    /// The trace id (16 bytes) as hex.
    pub trace: String,
    /// Start, Unix nanoseconds.
    pub start: u64,
    /// End, Unix nanoseconds.
    pub end: u64,
    /// `enduser.pseudo.id`.
    pub user: String,
    /// `coxswain.harness` (span, else resource).
    pub harness: String,
    /// `coxswain.team`.
    pub team: String,
    /// `coxswain.prompt.index`, when present.
    pub prompt_index: Option<u64>,
    /// Prompt features (prompt spans).
    pub words: u64,
    /// `coxswain.prompt.own_words`, when sent (older hooks did not).
    pub own_words: Option<u64>,
    pub file_refs: u64,
    pub identifier_refs: u64,
    pub constraints: u64,
    pub acceptance_criteria: u64,
    pub steps: u64,
    pub verification_asks: u64,
    pub vague_terms: u64,
    pub named_things: u64,
    pub deliverables: u64,
    pub requirements: u64,
    /// `coxswain.prompt.listed_items` (0 from hooks that did not send it).
    pub listed_items: u64,
    /// `coxswain.prompt.contingencies` (0 from hooks that did not send it).
    pub contingencies: u64,
    pub scoped_questions: u64,
    pub learner_asks: u64,
    pub user_corrects_agent: bool,
    pub confirms: bool,
    pub reports_failure: bool,
    pub agent_corrects_user: bool,
    /// `coxswain.prompt.opens_with_order` (false from hooks that did not send it).
    pub opens_with_order: bool,
    pub user_planning_decisions: u64,
    pub user_execution_decisions: u64,
    pub output_words: u64,
    pub end_reason: String,
    pub intent: String,
    /// Action facts (action spans).
    pub category: String,
    pub command_kind: String,
    pub test_outcome: String,
    pub commit: bool,
    pub failed: bool,
    pub retry: bool,
    pub subagent: bool,
    pub file_extension: String,
    pub lines_added: u64,
    pub lines_removed: u64,
    /// Prompt spans: the main agent's tokens `[input, output, cache read, cache creation]`
    /// (`gen_ai.usage.*`); `None` when the hook sent none (missing, never zero).
    pub tokens: Option<[u64; 4]>,
    /// Prompt spans: `gen_ai.response.model`.
    pub model: String,
    /// The fact came from the harness's own telemetry (a log event), not from the hook.
    pub native: bool,
    /// The harness's prompt id (`coxswain.prompt.id` from the hook, `prompt.id` / `prompt_id`
    /// from native events); empty when the harness has none.
    pub prompt_id: String,
}

impl SpanFacts {
    /// The span's time for idle closing: its end, or its start when it has no end.
    pub fn time(&self) -> u64 {
        self.end.max(self.start)
    }
}

/// What one evidence or trouble event was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventCause {
    /// Evidence: a test run that passed.
    TestsPassed,
    /// Evidence: a successful `git commit`.
    Commit,
    /// Evidence: a later prompt confirming the work.
    UserConfirmation,
    /// Trouble: a test run that failed.
    TestsFailed,
    /// Trouble: a retried action.
    Retry,
    /// Trouble: a failed action (not a test run, not a retry).
    ActionFailed,
    /// Trouble: a prompt ended by `stop_failure`.
    StopFailure,
    /// Trouble: a prompt reporting that something failed.
    ReportsFailure,
}

impl EventCause {
    /// Every cause; its position is its code in the assembly state.
    pub const ALL: [EventCause; 8] = [
        EventCause::TestsPassed,
        EventCause::Commit,
        EventCause::UserConfirmation,
        EventCause::TestsFailed,
        EventCause::Retry,
        EventCause::ActionFailed,
        EventCause::StopFailure,
        EventCause::ReportsFailure,
    ];

    /// Whether the event is evidence (else it is trouble).
    pub fn is_evidence(self) -> bool {
        matches!(self, EventCause::TestsPassed | EventCause::Commit | EventCause::UserConfirmation)
    }

    /// Its position in [`EventCause::ALL`].
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The cause of a [`EventCause::code`].
    pub fn from_code(code: u8) -> Option<EventCause> {
        EventCause::ALL.get(usize::from(code)).copied()
    }
}

/// Evidence and trouble marks kept per prompt; later ones are only counted
/// ([`ActionTally::marks_left_out`]), so a prompt's state stays bounded.
pub const MARKS_PER_PROMPT: usize = 64;

/// One evidence or trouble event of an action, for the session's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionMark {
    /// The action's start, Unix ns.
    pub start: u64,
    /// Its span id.
    pub span_id: [u8; 8],
    /// What it was.
    pub cause: EventCause,
}

impl ActionMark {
    /// Event order: by action (start, span id); within one action its trouble before its
    /// evidence (a retry that passes resolves), a passing test before a commit.
    pub fn order(&self) -> (u64, [u8; 8], u8, u8) {
        let step = match self.cause {
            EventCause::TestsPassed => 1,
            EventCause::Commit => 2,
            _ => 0,
        };
        (self.start, self.span_id, step, self.cause.code())
    }
}

/// Declares [`ActionTally`] from its list of counted facts, once: the struct, its counts in
/// field order and back, so a new fact is one line here (and its rule in
/// `crate::classifier::tally`); the state codec follows [`ActionTally::COUNTS`].
macro_rules! action_tally {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        /// What the classifiers read of one prompt's actions, however many there are: counts of
        /// the facts their rules test, where the last trouble and the last evidence happened, and
        /// the first [`MARKS_PER_PROMPT`] evidence and trouble events. Bounded per prompt, so a
        /// session's classification costs its prompts, not its spans, and the assembler keeps it
        /// up to date span by span (`crate::classifier::tally` fills it).
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub struct ActionTally {
            $($(#[$doc])* pub $field: u64,)*
            /// (start, span id) of the last trouble action.
            pub last_trouble: Option<(u64, [u8; 8])>,
            /// (start, span id) of the last evidence action.
            pub last_evidence: Option<(u64, [u8; 8])>,
            /// The first [`MARKS_PER_PROMPT`] evidence and trouble events, in
            /// [`ActionMark::order`].
            pub marks: Vec<ActionMark>,
            /// Events not in `marks` (beyond the first [`MARKS_PER_PROMPT`]).
            pub marks_left_out: u64,
        }

        impl ActionTally {
            /// How many counted facts a tally has.
            pub const COUNTS: usize = [$(stringify!($field)),*].len();

            /// The counts, in field order.
            pub fn counts(&self) -> [u64; Self::COUNTS] {
                [$(self.$field),*]
            }

            /// A tally from [`ActionTally::counts`] and the two positions, without marks.
            pub fn from_counts(
                c: [u64; Self::COUNTS],
                last_trouble: Option<(u64, [u8; 8])>,
                last_evidence: Option<(u64, [u8; 8])>,
            ) -> ActionTally {
                let [$($field),*] = c;
                ActionTally {
                    $($field,)*
                    last_trouble,
                    last_evidence,
                    marks: Vec::new(),
                    marks_left_out: 0,
                }
            }
        }
    };
}

action_tally! {
    /// Actions.
    actions,
    /// Of which a subagent's.
    subagent,
    /// Edits and writes.
    edits,
    /// Edits and writes that added or removed lines.
    edits_with_lines,
    /// Edits and writes of a document.
    doc_edits,
    /// Data commands and data-file actions (work-mode evidence).
    data_work,
    /// Data commands and actions on data files (agreement).
    data_touch,
    /// Operate commands.
    operate,
    /// Operate or install commands.
    operate_or_install,
    /// Writes of code that added lines.
    code_writes,
    /// Test commands and actions with a test outcome.
    tests,
    /// Actions that change something (edits, commits, operate/install/data commands).
    changes,
    /// Plan actions.
    plans,
    /// Reads, searches and web lookups.
    looks,
    /// Edits, writes and shell commands (the agent's execution decisions).
    execution,
    /// Trouble events (failed, failing tests, retries).
    trouble,
    /// Passing test runs.
    tests_passed,
    /// Commits.
    commits,
    /// Edits and writes of files that are neither documents nor data tables.
    other_edits,
}

impl ActionTally {
    /// Adds another tally (counts saturate; positions keep the later; marks keep the first
    /// [`MARKS_PER_PROMPT`] of both, whatever order tallies are added in).
    pub fn add(&mut self, o: &ActionTally) {
        let mut c = self.counts();
        for (v, d) in c.iter_mut().zip(o.counts()) {
            *v = v.saturating_add(d);
        }
        let marks = std::mem::take(&mut self.marks);
        let left_out = self.marks_left_out.saturating_add(o.marks_left_out);
        *self = ActionTally {
            marks,
            marks_left_out: left_out,
            ..ActionTally::from_counts(
                c,
                self.last_trouble.max(o.last_trouble),
                self.last_evidence.max(o.last_evidence),
            )
        };
        for m in &o.marks {
            self.mark(*m);
        }
    }

    /// Adds one mark in its place, keeping the first [`MARKS_PER_PROMPT`].
    pub fn mark(&mut self, m: ActionMark) {
        let at = self.marks.partition_point(|k| k.order() <= m.order());
        if at >= MARKS_PER_PROMPT {
            self.marks_left_out = self.marks_left_out.saturating_add(1);
            return;
        }
        self.marks.insert(at, m);
        if self.marks.len() > MARKS_PER_PROMPT {
            self.marks.pop();
            self.marks_left_out = self.marks_left_out.saturating_add(1);
        }
    }
}

/// One prompt and its actions, as the classifiers see it.
#[derive(Debug, Clone)]
pub struct PromptView<'a> {
    /// `coxswain.prompt.index`.
    pub index: u64,
    /// The root span.
    pub root: &'a SpanFacts,
    /// Its actions, tallied.
    pub actions: ActionTally,
}

/// One session as the classifiers see it.
#[derive(Debug, Clone, Copy)]
pub struct SessionView<'s, 'a> {
    /// `gen_ai.conversation.id`.
    pub session_id: &'s str,
    /// Its prompts in index order.
    pub prompts: &'s [PromptView<'a>],
    /// Closed (end span or idle).
    pub closed: bool,
}

impl SessionView<'_, '_> {
    /// The tally of every action of the session.
    pub fn actions(&self) -> ActionTally {
        let mut t = ActionTally::default();
        for p in self.prompts {
            t.add(&p.actions);
        }
        t
    }
}
