LABEL = dict(
    split="heldout10",
    persona="BI analyst building Power BI reports on a SQL Server warehouse for a broadband provider",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the tables (dim_customer, fact_subscription), the figure (monthly churn rate by region for 2026) and the check (the totals should be close "
               "to last quarter's board pack), but leaves the churn definition's edge cases to the agent: level 3. Figures computed with SQL: analysing. "
               "No action fails; prompt 2 ('Q3 matches the board pack to one decimal, good') confirms: verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\priya.n\\source\\bi-churn", start="2026-11-24T09:05:00Z", model="claude-sonnet-4-6", version="2.1.244", branch="main",
    turns=[
        turn("I need a SQL view for a Power BI visual: monthly churn rate by region for 2026, from dw.fact_subscription and dw.dim_customer. Churn = subscriptions ended in the month / active at start of month. "
             "Run it with sqlcmd against the DW so we can sanity-check — Q3 should be roughly what was in the board pack (about 1.4% a month).",
             bash("sqlcmd -S bi-sql01 -d DW -E -Q \"SELECT TOP 3 * FROM dw.fact_subscription\" -W",
                  "subscription_id customer_key product_key start_date end_date end_reason\n--------------- ------------ ----------- ---------- -------- ----------\n1000021 55012 14 2022-03-14 NULL NULL\n1000022 55013 9 2021-11-02 2026-02-27 MOVED\n1000023 55014 14 2023-06-30 NULL NULL",
                  desc="Look at fact_subscription"),
             write("C:\\Users\\priya.n\\source\\bi-churn\\vw_monthly_churn_region.sql",
                   "CREATE OR ALTER VIEW rpt.vw_monthly_churn_region AS\nWITH months AS (\n  SELECT DATEFROMPARTS(2026, m, 1) AS month_start FROM (VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11)) v(m)\n)\nSELECT m.month_start, c.region,\n  SUM(CASE WHEN s.start_date < m.month_start AND (s.end_date IS NULL OR s.end_date >= m.month_start) THEN 1 ELSE 0 END) AS active_at_start,\n  SUM(CASE WHEN s.end_date >= m.month_start AND s.end_date < DATEADD(month, 1, m.month_start) THEN 1 ELSE 0 END) AS ended_in_month,\n  CAST(SUM(CASE WHEN s.end_date >= m.month_start AND s.end_date < DATEADD(month, 1, m.month_start) THEN 1 ELSE 0 END) AS decimal(12,4))\n    / NULLIF(SUM(CASE WHEN s.start_date < m.month_start AND (s.end_date IS NULL OR s.end_date >= m.month_start) THEN 1 ELSE 0 END), 0) AS churn_rate\nFROM months m\nCROSS JOIN dw.fact_subscription s\nJOIN dw.dim_customer c ON c.customer_key = s.customer_key\nGROUP BY m.month_start, c.region;\n"),
             bash("sqlcmd -S bi-sql01 -d DW -E -i vw_monthly_churn_region.sql && sqlcmd -S bi-sql01 -d DW -E -W -Q \"SELECT month_start, CAST(100*SUM(ended_in_month)*1.0/SUM(active_at_start) AS decimal(5,2)) AS churn_pct FROM rpt.vw_monthly_churn_region WHERE month_start >= '2026-07-01' AND month_start < '2026-10-01' GROUP BY month_start ORDER BY 1\"",
                  "month_start churn_pct\n----------- ---------\n2026-07-01 1.38\n2026-08-01 1.47\n2026-09-01 1.41\n\n(3 rows affected)", desc="Create the view and check Q3", ms=8400),
             say("Created `rpt.vw_monthly_churn_region` (month, region, active at start, ended in month, churn rate). Q3 all regions together: July 1.38%, August 1.47%, "
                 "September 1.41% – about 1.4% a month as expected. Note: a subscription ending on the 1st counts as churn in that month and as active at its start.")),
        turn("Q3 matches the board pack to one decimal, good. can you also split end_reason so we can see MOVED separately from actual cancellations",
             edit("C:\\Users\\priya.n\\source\\bi-churn\\vw_monthly_churn_region.sql",
                  "SELECT m.month_start, c.region,",
                  "SELECT m.month_start, c.region, ISNULL(s.end_reason, 'ACTIVE') AS end_reason_group,"),
             edit("C:\\Users\\priya.n\\source\\bi-churn\\vw_monthly_churn_region.sql",
                  "GROUP BY m.month_start, c.region;",
                  "GROUP BY m.month_start, c.region, ISNULL(s.end_reason, 'ACTIVE');"),
             say("Hold on before deploying that: grouping by end_reason would split the *denominator* too (active customers have no end reason), so the rates per reason "
                 "would be wrong. Better to keep `active_at_start` per region and add `ended_moved` and `ended_cancelled` columns. Shall I change it that way?")),
    ],
)
