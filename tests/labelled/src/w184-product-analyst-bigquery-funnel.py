LABEL = dict(
    split="heldout6",
    persona="Product analyst at a meal-kit subscription company, BigQuery and Looker",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the table (analytics.events), the funnel steps (landing, plan chosen, checkout, paid), the period (November) and a "
               "split (by acquisition channel), leaving the query and the definition of a session to the agent: level 3. Figures computed with SQL: "
               "analysing. The `bq query` runs first time, and prompt 2 ('paid numbers match Looker, good') confirms the figures: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/sana/analysis/funnel", start="2026-12-02T10:00:00Z", model="claude-sonnet-4-6", version="2.1.252",
    turns=[
        turn("Can you get me the November signup funnel from analytics.events in BigQuery – landing_view, plan_chosen, checkout_started, payment_succeeded – "
             "split by acquisition channel? Users, not events. Use the bq cli.",
             bash("bq show --schema --format=prettyjson mk-warehouse:analytics.events | head -30",
                  "[{\"name\": \"event_name\", \"type\": \"STRING\"}, {\"name\": \"user_pseudo_id\", \"type\": \"STRING\"}, {\"name\": \"event_ts\", \"type\": \"TIMESTAMP\"}, "
                  "{\"name\": \"channel\", \"type\": \"STRING\"}]", desc="Look at the schema"),
             write("/home/sana/analysis/funnel/nov_funnel.sql",
                   "SELECT channel,\n  COUNT(DISTINCT IF(event_name = 'landing_view', user_pseudo_id, NULL)) AS landing,\n"
                   "  COUNT(DISTINCT IF(event_name = 'plan_chosen', user_pseudo_id, NULL)) AS plan,\n  COUNT(DISTINCT IF(event_name = 'checkout_started', user_pseudo_id, NULL)) AS checkout,\n"
                   "  COUNT(DISTINCT IF(event_name = 'payment_succeeded', user_pseudo_id, NULL)) AS paid\nFROM `mk-warehouse.analytics.events`\n"
                   "WHERE event_ts >= '2026-11-01' AND event_ts < '2026-12-01'\nGROUP BY channel ORDER BY landing DESC\n"),
             bash("bq query --use_legacy_sql=false --format=pretty < nov_funnel.sql",
                  "+----------+---------+-------+----------+------+\n| channel  | landing | plan  | checkout | paid |\n+----------+---------+-------+----------+------+\n"
                  "| paid_social | 48210 | 9120 | 4388 | 2904 |\n| search   | 31877 | 8045 | 4710 | 3561 |\n| referral | 6402 | 2311 | 1590 | 1322 |\n| organic  | 5930 | 1204 |  611 |  433 |\n"
                  "+----------+---------+-------+----------+------+", desc="Run the funnel query", ms=7400),
             say("November, distinct users per step:\n\n| channel | landing | → plan | → checkout | → paid | landing→paid |\n|---|---|---|---|---|---|\n"
                 "| paid_social | 48,210 | 18.9% | 48.1% | 66.2% | 6.0% |\n| search | 31,877 | 25.2% | 58.5% | 75.6% | 11.2% |\n| referral | 6,402 | 36.1% | 68.8% | 83.1% | 20.6% |\n"
                 "| organic | 5,930 | 20.3% | 50.7% | 70.9% | 7.3% |\n\nNote: a user is counted at a step if they did it any time in November, not necessarily after the previous step.")),
        turn("paid numbers match Looker, good. can you save that table as a csv for the deck",
             bash("bq query --use_legacy_sql=false --format=csv < nov_funnel.sql > nov_funnel.csv && wc -l nov_funnel.csv", "5 nov_funnel.csv", desc="Save as CSV"),
             say("Saved to `nov_funnel.csv` (header plus the four channels).")),
    ],
)
