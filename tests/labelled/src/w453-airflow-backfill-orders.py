LABEL = dict(
    split="heldout15",
    persona="Airflow data engineer backfilling a daily DAG after a source outage",
    expertise_level=3, work_mode="operating",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the DAG, the date range and the pool to use, and asks to check that the runs succeed, leaving the rest to the agent: level 3. "
               "The work is running a backfill in the Airflow environment: operating. No action fails (every run reports success); prompt 2 ('looker shows the gap filled, numbers look normal. thanks') confirms it: verified success without trouble."),
)

SESSION = dict(
    cwd="/home/dk/airflow-dags", start="2026-11-18T07:55:00Z", model="claude-sonnet-4-5", version="2.1.222", branch="main",
    turns=[
        turn("the shop api was down 11th-13th nov so orders_daily_load has gaps. backfill those 3 days, use the backfill pool so it doesnt starve the morning runs, and check all 3 runs go green",
             bash("airflow dags list-runs -d orders_daily_load --start-date 2026-11-10 --end-date 2026-11-14 -o table", "dag_id            | run_id                                | state   | execution_date\n==================+=======================================+=========+==========================\norders_daily_load | scheduled__2026-11-14T02:00:00+00:00 | success | 2026-11-14T02:00:00+00:00\norders_daily_load | scheduled__2026-11-13T02:00:00+00:00 | failed  | 2026-11-13T02:00:00+00:00\norders_daily_load | scheduled__2026-11-12T02:00:00+00:00 | failed  | 2026-11-12T02:00:00+00:00\norders_daily_load | scheduled__2026-11-11T02:00:00+00:00 | failed  | 2026-11-11T02:00:00+00:00\norders_daily_load | scheduled__2026-11-10T02:00:00+00:00 | success | 2026-11-10T02:00:00+00:00", desc="Look at the runs around the outage"),
             bash("airflow pools get backfill", "pool     | slots | description\n=========+=======+=============================\nbackfill | 4     | manual backfills, off-peak", desc="Check the backfill pool"),
             bash("airflow tasks clear orders_daily_load -s 2026-11-11 -e 2026-11-13 --only-failed -y && airflow dags backfill orders_daily_load -s 2026-11-11 -e 2026-11-13 --pool backfill --reset-dagruns -y", "[2026-11-18T08:01:12] INFO - Clearing 12 task instances\n[2026-11-18T08:01:14] INFO - Backfill: dag orders_daily_load, 3 dag runs\n[2026-11-18T08:09:40] INFO - [backfill progress] | finished run 3 of 3 | tasks waiting: 0 | succeeded: 12 | running: 0 | failed: 0 | skipped: 0 | deadlocked: 0 | not ready: 0\n[2026-11-18T08:09:40] INFO - Backfill done for DAG <DAG: orders_daily_load>. Exiting.", desc="Clear the failed runs and backfill in the backfill pool", ms=512000),
             bash("airflow dags list-runs -d orders_daily_load --start-date 2026-11-11 --end-date 2026-11-13 -o table && psql \"$WAREHOUSE_DSN\" -Atc \"select order_date, count(*) from analytics.orders_daily where order_date between '2026-11-10' and '2026-11-14' group by 1 order by 1\"", "dag_id            | run_id                                | state   | execution_date\n==================+=======================================+=========+==========================\norders_daily_load | scheduled__2026-11-13T02:00:00+00:00 | success | 2026-11-13T02:00:00+00:00\norders_daily_load | scheduled__2026-11-12T02:00:00+00:00 | success | 2026-11-12T02:00:00+00:00\norders_daily_load | scheduled__2026-11-11T02:00:00+00:00 | success | 2026-11-11T02:00:00+00:00\n2026-11-10|4182\n2026-11-11|4027\n2026-11-12|3960\n2026-11-13|4311\n2026-11-14|4455", desc="Check run states and row counts"),
             say("All three runs (11th–13th) are green: 12 tasks succeeded, none failed, all in the `backfill` pool (4 slots), so the morning runs weren't affected. The warehouse now has rows for every day 10th–14th: 4,027 / 3,960 / 4,311 for the backfilled days, in line with the 10th (4,182) and 14th (4,455).")),
        turn("looker shows the gap filled, numbers look normal. thanks",
             say("Great, glad it's filled.")),
    ],
)
