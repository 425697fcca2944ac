LABEL = dict(
    split="heldout3",
    persona="Product analyst at a meal-kit subscription company, writes SQL daily against the warehouse",
    expertise_level=3, work_mode="analysing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the tables (subscriptions, orders), the cohort definition (signup month) and the output "
               "(month-3 retention per cohort for 2025), leaving the retention definition's edge cases (pauses) to the "
               "agent: level 3. Figures computed with SQL: analysing. The first query fails (column `signup_date` does not "
               "exist); the agent finds `created_at` and the rerun works, but the user moves on to ask about pauses and "
               "the session ends with no confirmation, test or commit: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/ines/analytics", start="2026-06-15T14:20:00Z", model="claude-sonnet-4-6", version="2.1.265",
    turns=[
        turn("using the warehouse (psql $WAREHOUSE_URL), give me month-3 retention by signup-month cohort for 2025. "
             "tables are subscriptions and orders. retained = placed at least one order in month 3 after signup",
             bash("psql $WAREHOUSE_URL -c \"select date_trunc('month', s.signup_date) as cohort, count(*) from subscriptions s where s.signup_date >= '2025-01-01' group by 1 order by 1\"",
                  "", desc="Cohort sizes", code=1, stderr="ERROR:  column s.signup_date does not exist\nLINE 1: select date_trunc('month', s.signup_date) as cohort, count(*)...\nHINT:  Perhaps you meant to reference the column \"s.signed_up_at\".\n"),
             bash("psql $WAREHOUSE_URL -c '\\d subscriptions' | head -12",
                  "                Table \"public.subscriptions\"\n     Column     |           Type           \n----------------+--------------------------\n id             | bigint\n customer_id    | bigint\n"
                  " plan           | text\n signed_up_at   | timestamp with time zone\n cancelled_at   | timestamp with time zone\n paused_until   | date", desc="Look at the subscriptions table"),
             bash("psql $WAREHOUSE_URL -c \"with c as (select s.customer_id, date_trunc('month', s.signed_up_at) as cohort from subscriptions s where s.signed_up_at >= '2025-01-01' and s.signed_up_at < '2026-01-01'),\n"
                  "r as (select distinct c.customer_id from c join orders o on o.customer_id = c.customer_id and date_trunc('month', o.ordered_at) = c.cohort + interval '3 months')\n"
                  "select to_char(cohort,'YYYY-MM') cohort, count(*) size, count(r.customer_id) retained, round(100.0*count(r.customer_id)/count(*),1) pct from c left join r using (customer_id) group by 1 order by 1\"",
                  " cohort  | size | retained | pct\n---------+------+----------+------\n 2025-01 | 4210 |     1558 | 37.0\n 2025-02 | 3877 |     1419 | 36.6\n 2025-03 | 4402 |     1673 | 38.0\n"
                  " 2025-04 | 3960 |     1402 | 35.4\n 2025-05 | 3315 |     1114 | 33.6\n 2025-06 | 3048 |      997 | 32.7\n 2025-07 | 2981 |      963 | 32.3\n 2025-08 | 3122 |     1033 | 33.1\n"
                  " 2025-09 | 4780 |     1821 | 38.1\n 2025-10 | 4655 |     1750 | 37.6\n 2025-11 | 3901 |     1381 | 35.4\n 2025-12 | 2544 |      826 | 32.5\n(12 rows)", desc="Month-3 retention per cohort"),
             say("The column is `signed_up_at`, not `signup_date`. Month-3 retention (at least one order in the calendar month three "
                 "months after the signup month):\n\n| cohort | size | retained | % |\n|---|---|---|---|\n| 2025-01 | 4,210 | 1,558 | 37.0 |\n"
                 "| 2025-02 | 3,877 | 1,419 | 36.6 |\n| 2025-03 | 4,402 | 1,673 | 38.0 |\n| 2025-04 | 3,960 | 1,402 | 35.4 |\n| 2025-05 | 3,315 | 1,114 | 33.6 |\n"
                 "| 2025-06 | 3,048 | 997 | 32.7 |\n| 2025-07 | 2,981 | 963 | 32.3 |\n| 2025-08 | 3,122 | 1,033 | 33.1 |\n| 2025-09 | 4,780 | 1,821 | 38.1 |\n"
                 "| 2025-10 | 4,655 | 1,750 | 37.6 |\n| 2025-11 | 3,901 | 1,381 | 35.4 |\n| 2025-12 | 2,544 | 826 | 32.5 |\n\nSummer cohorts retain about 5 points worse than "
                 "January–March and September–October.")),
        turn("how many of the non-retained ones were just paused in month 3?",
             bash("psql $WAREHOUSE_URL -c \"select count(*) filter (where s.paused_until >= (date_trunc('month', s.signed_up_at) + interval '3 months')::date) paused, count(*) total "
                  "from subscriptions s where s.signed_up_at >= '2025-01-01' and s.signed_up_at < '2026-01-01' and not exists (select 1 from orders o where o.customer_id = s.customer_id "
                  "and date_trunc('month', o.ordered_at) = date_trunc('month', s.signed_up_at) + interval '3 months')\"",
                  " paused | total\n--------+-------\n   3122 | 28878\n(1 row)", desc="Paused among the non-retained"),
             say("Of the 28,878 non-retained customers in 2025 cohorts, **3,122 (10.8%)** had a pause running into their month 3. "
                 "Caveat: `paused_until` only holds the *latest* pause, so an earlier pause that has since ended isn't visible; "
                 "this count is a lower bound.")),
    ],
)
