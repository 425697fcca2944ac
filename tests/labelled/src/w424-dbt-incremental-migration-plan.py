LABEL = dict(
    split="heldout14",
    persona="dbt analytics engineer planning to move slow table models to incremental",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the models (the three slowest in `marts/events`), the goal (incremental, nightly run under 20 minutes) and asks for a plan first, leaving strategy and edge cases to the agent; prompt 2 answers the agent's question on late-arriving events with a number (3 days): level 3. "
               "Plan mode, reads and an approved ExitPlanMode plan, no edits: planning. No action fails and nothing is run or confirmed: neither evidence nor trouble."),
)

SESSION = dict(
    cwd="/home/mei/analytics", start="2026-11-28T10:00:00Z", model="claude-opus-4-6", version="2.1.250", branch="main",
    turns=[
        turn("nightly run is ~55 min now, mostly the 3 big models in marts/events. want to make them incremental so it gets under 20 min. plan first, dont change anything",
             bash("ls target/run_results.json && python3 -c \"import json; r=json.load(open('target/run_results.json'))['results']; [print(round(x['execution_time']), x['unique_id']) for x in sorted(r, key=lambda x: -x['execution_time'])[:5]]\"", "target/run_results.json\n1214 model.analytics.fct_page_views\n902 model.analytics.fct_sessions\n611 model.analytics.fct_events_daily\n88 model.analytics.dim_customers\n61 model.analytics.fct_orders", desc="Slowest models from the last run"),
             par(read("/home/mei/analytics/models/marts/events/fct_page_views.sql", "{{ config(materialized='table') }}\nselect event_id, session_id, user_id, page_path, event_at, ...\nfrom {{ ref('stg_tracking__events') }}\nwhere event_type = 'page_view'"),
                 read("/home/mei/analytics/models/marts/events/fct_sessions.sql", "{{ config(materialized='table') }}\nselect session_id, user_id, min(event_at) as started_at, max(event_at) as ended_at, count(*) as events\nfrom {{ ref('stg_tracking__events') }}\ngroup by 1, 2")),
             say("The three models take 1214 s, 902 s and 611 s (45 of the 55 minutes). `fct_page_views` is append-like and easy; `fct_sessions` aggregates, so a session spanning the cut-off must be recomputed. One question before the plan: how late can events arrive in `stg_tracking__events` (by `_loaded_at` vs `event_at`)?"),
             mode="plan"),
        turn("up to 3 days late, the mobile SDK batches offline events",
             plan("## Make the three event marts incremental\n\n1. `fct_page_views`: `materialized='incremental'`, `unique_key='event_id'`, `incremental_strategy='merge'`; filter `event_at >= max(event_at) - interval '3 days'` (late events).\n2. `fct_sessions`: incremental on `session_id` with merge; select the session_ids touched in the last 3 days, then recompute those sessions from all their events (so spanning sessions are correct).\n3. `fct_events_daily`: incremental with `insert_overwrite` by `event_date` partition, rebuilding the last 4 days.\n4. Add `on_schema_change='append_new_columns'` to all three.\n5. Check: run `--full-refresh` once in dev, then an incremental run, and compare row counts and sums with the table versions (`dbt_utils.equal_rowcount`, an audit query on `events`).\n6. Schedule a weekly `--full-refresh` on Sunday as a safety net.\n\nExpected: the three models from ~45 min to ~5 min nightly.", "/home/mei/.claude/plans/incremental-event-marts.md"),
             say("Plan approved and saved. Nothing has been changed yet. When you want to start, I'd do step 1 on its own first and compare the counts before touching `fct_sessions`."),
             mode="plan"),
    ],
)
