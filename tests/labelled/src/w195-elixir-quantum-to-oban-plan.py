LABEL = dict(
    split="heldout6",
    persona="Principal engineer at a B2B invoicing SaaS, Elixir/Phoenix",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a paragraph of exact constraints: move the six Quantum cron jobs to Oban Cron, keep them running exactly once across "
               "the three nodes during the cut-over, rule out a big-bang switch with a reason (dunning emails must never go twice), name the failure "
               "mode to handle (a node on the old release still running Quantum) and ask for ordered steps with a rollback per step; prompt 2 is a "
               "short, exact correction (unique by period, not by args): level 5. Plan mode with ExitPlanMode, no edits: planning. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/amara/src/ledgerly", start="2026-12-01T15:00:00Z", model="claude-opus-4-5", version="2.1.246", mode="plan",
    turns=[
        turn("I want a plan, no code yet, for moving our six Quantum jobs (config/config.exs, :ledgerly, Ledgerly.Scheduler) to Oban's Cron plugin. Constraints: "
             "we run three nodes and deploy by rolling restart, so for a while old-release nodes still run Quantum while new ones run Oban – every job must still "
             "run exactly once per period during that window. No big-bang switch: the dunning job sends emails and a double send is a customer incident. "
             "Give me ordered steps, each with how we know it worked and how we roll it back.",
             read("/home/amara/src/ledgerly/config/config.exs",
                  "config :ledgerly, Ledgerly.Scheduler,\n  jobs: [\n    dunning: [schedule: \"0 9 * * *\", task: {Ledgerly.Dunning, :run, []}],\n"
                  "    fx_rates: [schedule: \"*/15 * * * *\", task: {Ledgerly.FX, :refresh, []}],\n    ...\n  ]"),
             grep("Oban", path="/home/amara/src/ledgerly", files=["mix.exs", "lib/ledgerly/application.ex", "config/config.exs"]),
             say("Oban is already a dependency (used for webhooks), so the cron plugin is available. Draft approach: per job, a feature flag decides Quantum vs Oban, "
                 "and the Oban worker uses `unique: [fields: [:args, :worker], period: …]` so overlapping inserts collapse. Before I write it up: is the flag per job acceptable?")),
        turn("per job yes. uniqueness on args is wrong, args are empty – unique on worker with period equal to the schedule interval, and keys off the scheduled_at",
             plan("## Quantum → Oban Cron, one job at a time\n\n0. **Guard first** (release N): each Quantum task checks `Ledgerly.Flags.scheduler(job)`; when it is `:oban` the task returns without work. "
                  "Rollback: flag stays `:quantum` (default). Worked when: release N everywhere, no behaviour change in the job logs.\n"
                  "1. **Add Oban workers + Cron entries** (release N+1), each worker `unique: [fields: [:worker], keys: [], period: <interval>]` and inserting with `scheduled_at` "
                  "truncated to the period, and also gated by the flag (no-op while `:quantum`). Rollback: remove the Cron entries.\n"
                  "2. **Flip low-risk jobs** (`fx_rates`, `cleanup_exports`) to `:oban` once N+1 is on all nodes. Worked when: exactly one `oban_jobs` row per period, Quantum task logs 'skipped'. Rollback: flip the flag back.\n"
                  "3. **Flip the remaining reporting jobs**, same checks.\n4. **Dunning last**, with the same checks plus a comparison of sent-email counts against the previous seven days. Rollback: flag back to `:quantum`.\n"
                  "5. **Remove Quantum** (release N+2) only after every flag has been `:oban` for a full week.\n\nNo step depends on all nodes switching at once: the flag is read at run time from the database.",
                  "/home/amara/.claude/plans/quantum-to-oban.md"),
             say("Plan approved and saved. Uniqueness is on the worker per period, with `scheduled_at` truncated to the period, so the key is the scheduled slot, not the (empty) args.")),
    ],
)
