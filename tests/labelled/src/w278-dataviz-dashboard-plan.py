LABEL = dict(
    split="heldout9",
    persona="BI developer at a housing association planning a repairs dashboard in Plotly Dash before building it",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the data (repairs table in Postgres), the audience and three views wanted, but leaves layout, "
               "filters, the open edge cases (where the 90-day window starts, refresh) and any check to the agent: level 3, "
               "not 4, since nothing is said about verification and the agent raises the decisions. The agent reads the schema and produces a task breakdown with "
               "TodoWrite, no product edits: planning. Nothing fails and nothing is confirmed as working, so neither."),
)

SESSION = dict(
    cwd="/home/deepa/projects/repairs-dash", start="2026-06-23T10:14:50Z",
    model="claude-sonnet-4-6", version="2.1.204",
    turns=[
        turn("I need to plan a Dash dashboard on the repairs table for the housing managers. Three views: open jobs by trade, "
             "average days to complete by estate, and repeat repairs (same property + same trade within 90 days). don't write "
             "code yet, break it into tasks",
             read("/home/deepa/projects/repairs-dash/schema.sql",
                  "CREATE TABLE repairs (\n  job_id bigint primary key,\n  property_ref text,\n  estate text,\n  trade text,\n  raised_at timestamptz,\n"
                  "  completed_at timestamptz,\n  priority text\n);"),
             todo([("Write SQL views: open_by_trade, days_to_complete_by_estate, repeat_repairs_90d", "pending"),
                   ("Decide refresh: materialised views refreshed nightly vs live queries", "pending"),
                   ("Dash layout: filter bar (estate, priority, date range) + three tabs", "pending"),
                   ("Repeat repairs: define window from completed_at of first job, exclude cancelled", "pending"),
                   ("Check figures against the monthly KPI report for one estate", "pending"),
                   ("Deploy on the internal app server behind SSO", "pending")]),
             say("Here's the breakdown. Two decisions before building: whether the 90-day window for repeats starts at the "
                 "first job's completion or when it was raised, and whether managers need live data or nightly is fine (nightly "
                 "lets us use materialised views and keeps the dashboard fast).")),
        turn("window from completion, nightly is fine",
             todo([("Write SQL views: open_by_trade, days_to_complete_by_estate, repeat_repairs_90d", "pending"),
                   ("Materialised views refreshed nightly at 02:00", "pending"),
                   ("Dash layout: filter bar (estate, priority, date range) + three tabs", "pending"),
                   ("Repeat repairs: 90 days from completed_at of first job, exclude cancelled", "pending"),
                   ("Check figures against the monthly KPI report for one estate", "pending"),
                   ("Deploy on the internal app server behind SSO", "pending")]),
             say("Updated the plan with both decisions. Ready to start on the SQL views when you are.")),
    ],
)
