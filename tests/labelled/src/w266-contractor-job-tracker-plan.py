LABEL = dict(
    split="heldout9",
    persona="Building contractor running four small crews who wants to stop tracking jobs on a whiteboard; no programming background",
    expertise_level=2, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the goal (see which crew is on which job, what materials are ordered) and one constraint "
               "(has to work on the lads' phones) but nothing about how: level 2. The session produces a plan via plan mode "
               "and ExitPlanMode, no product edits: planning. No failures; prompt 2 ('ok sounds good ill have a think') "
               "defers the decision and says nothing works, so no confirmation: neither."),
)

SESSION = dict(
    cwd="/Users/gary/jobs", start="2026-06-02T06:12:44Z",
    model="claude-sonnet-4-6", version="2.1.201",
    turns=[
        turn("right so i run 4 crews and everything is on a whiteboard in the yard. i want something where i can see which crew "
             "is on which job and whats been ordered for each job. has to work on the lads phones. whats the plan, dont build it yet",
             plan("## Job board for 4 crews\n\n1. Start with a shared Google Sheet / Airtable base, not custom software: Jobs, Crews, Orders tables.\n"
                  "2. Jobs: address, client, start date, crew, status (booked / on site / snagging / done).\n"
                  "3. Orders: job, supplier, item, date ordered, delivered yes/no.\n4. Phone view: Airtable app or Glide app on top of the sheet, crews see only their jobs.\n"
                  "5. Run it alongside the whiteboard for 2 weeks, then drop the board.\n6. Only if that outgrows it: a small web app.",
                  "/Users/gary/.claude/plans/job-board.md", pre="Here's how I'd approach it, starting cheap."),
             say("That's the plan: start with a shared sheet plus a phone app on top rather than building software, and "
                 "trial it for two weeks next to the whiteboard. Cost is roughly £0–£20 a month.") , mode="plan"),
        turn("ok sounds good ill have a think and come back",
             say("Sounds good. When you're ready I can set up the sheet with those columns for you.")),
    ],
)
