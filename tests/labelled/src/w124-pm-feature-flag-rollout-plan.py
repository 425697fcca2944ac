LABEL = dict(
    split="heldout4",
    persona="Product manager at a B2B scheduling SaaS who reads code but does not write it",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the feature (the new recurring-shifts editor), the goal (roll it out to customers gradually) and "
               "one constraint (no customer should lose shifts they already made) but leaves the stages and checks to the agent; "
               "prompt 2 asks for one change to the plan in general terms ('the big accounts should go last'): level 3. Plan mode, "
               "reads only, a plan approved with ExitPlanMode and no edits: planning. No failure, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/ruth/src/shiftly", start="2026-11-21T09:20:00Z", model="claude-opus-4-6", version="2.1.283", mode="plan",
    turns=[
        turn("We want to roll out the new recurring-shifts editor to customers gradually instead of all at once. Can you look at how it's wired and propose "
             "a rollout plan? Main constraint: nobody should lose shifts they already created with the old editor",
             grep("recurring", path="app", files=["app/features/flags.rb", "app/controllers/shifts_controller.rb", "app/services/recurrence/legacy_expander.rb", "app/services/recurrence/rrule_expander.rb"]),
             par(read("/home/ruth/src/shiftly/app/features/flags.rb", "module Features\n  FLAGS = {\n    new_recurring_editor: { default: false, per_account: true },\n    ...\n  }\nend"),
                 read("/home/ruth/src/shiftly/app/services/recurrence/rrule_expander.rb", "# Expands an RRULE into shift instances. Reads shifts.rrule; legacy shifts\n# store repeat_every/repeat_until instead and have rrule NULL.\nclass Recurrence::RruleExpander\n  ...")),
             grep("rrule IS NULL|legacy_expander", path="app", content="app/controllers/shifts_controller.rb:41:    expander = Features.on?(:new_recurring_editor, account) ? RruleExpander : LegacyExpander"),
             plan("## Rollout of the recurring-shifts editor\n\n**Risk found:** with the flag on, `ShiftsController` uses `RruleExpander` for *every* shift, but "
                  "shifts made in the old editor have `rrule` NULL, so they would stop repeating. That is the \"lose shifts\" case.\n\n"
                  "1. Before any rollout: a backfill that converts `repeat_every`/`repeat_until` into an `rrule` for existing shifts, and a check that both "
                  "expanders produce the same dates for every converted shift over the next 90 days.\n2. Internal accounts (flag per account).\n3. 5% of accounts, "
                  "one week; watch support tickets tagged scheduling and the count of shifts per account before and after.\n4. 25%, then 100%.\n5. Remove the old editor "
                  "one release later.\n\nRollback: the flag off returns accounts to the old editor; the backfilled rrule column is ignored by it.",
                  "/home/ruth/.claude/plans/recurring-editor-rollout.md"),
             say("The plan is above. The key finding: turning the flag on for an account would make its old recurring shifts stop repeating, so a backfill "
                 "and a comparison check must come before any customer sees the editor.")),
        turn("Good catch on the backfill. The big accounts should go last though, they're the ones who'd shout",
             plan("## Rollout of the recurring-shifts editor (v2)\n\n1. Backfill `rrule` for legacy shifts; compare both expanders' dates for 90 days.\n2. Internal accounts.\n"
                  "3. 5% of accounts, **excluding the top 50 by seats**, one week.\n4. 50% of the rest.\n5. All remaining small and mid accounts.\n6. The top 50, after two "
                  "weeks without scheduling tickets, with a heads-up email from their account managers.\n7. Remove the old editor one release later.\n\nRollback: flag off per account.",
                  "/home/ruth/.claude/plans/recurring-editor-rollout.md"),
             say("Updated: the 50 largest accounts by seats come last, after two quiet weeks, with their account managers warning them first.")),
    ],
)
