LABEL = dict(
    split="heldout7",
    persona="data engineer at a regional bus operator, Airflow 2 pipelines loading ticket-machine data",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the DAG, the date range and the reason (the upstream SFTP was down) and asks for a backfill, leaving pool and "
               "concurrency to the agent; prompt 2 is a general steer ('just rerun the failed ones'): level 3. Running a backfill in the "
               "environment: operating. A task fails (trouble) and is cleared and rerun; the reruns succeed but there is no passing test, commit or "
               "confirmation afterwards; prompt 3's 'ok.' only moves on to another task: abandoned by the evidence rule."),
)

SESSION = dict(
    cwd="/home/lewis/airflow-dags", start="2026-12-02T07:30:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("the ticket_sales_daily dag missed 24-27 nov because the sftp from the ticket machines vendor was down. they've re-uploaded now. "
             "can you backfill those four days on the prod scheduler (ssh airflow-prod)",
             bash("ssh airflow-prod 'airflow dags backfill ticket_sales_daily -s 2026-11-24 -e 2026-11-27 --reset-dagruns -y'",
                  "[2026-12-02T07:33:10] INFO - Backfill done for DagRun ticket_sales_daily @ 2026-11-24: success\n[2026-12-02T07:35:02] INFO - Backfill done for DagRun ticket_sales_daily @ 2026-11-25: success\n"
                  "[2026-12-02T07:36:40] ERROR - Task load_to_warehouse failed for 2026-11-26: psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"sales_pkey\"\n"
                  "airflow.exceptions.BackfillUnfinished: Some task instances failed:\nDag ID: ticket_sales_daily, Task ID: load_to_warehouse, Run ID: backfill__2026-11-26T00:00:00+00:00",
                  code=1, desc="Backfill 24-27 Nov", ms=420000),
             bash("ssh airflow-prod \"psql -h dwh -c \\\"select sale_date, count(*) from staging.ticket_sales where sale_date between '2026-11-24' and '2026-11-27' group by 1\\\"\"",
                  " sale_date  | count\n------------+-------\n 2026-11-24 | 18244\n 2026-11-25 | 17902\n 2026-11-26 |  6110\n(3 rows)", desc="See what got loaded"),
             say("24 and 25 Nov loaded. 26 Nov failed in `load_to_warehouse` on a duplicate key: there are already 6,110 rows for the 26th, so a "
                 "partial load must have happened on the day before the SFTP dropped. 27 Nov did not run because the backfill stopped. I can delete "
                 "the partial 26th rows and re-run, or change the load to upsert – which do you want?")),
        turn("just delete the partial rows for the 26th and rerun the failed ones",
             bash("ssh airflow-prod \"psql -h dwh -c \\\"delete from staging.ticket_sales where sale_date = '2026-11-26'\\\"\"", "DELETE 6110", desc="Remove partial rows"),
             bash("ssh airflow-prod 'airflow tasks clear ticket_sales_daily -s 2026-11-26 -e 2026-11-27 -y && airflow dags backfill ticket_sales_daily -s 2026-11-26 -e 2026-11-27 -y'",
                  "[2026-12-02T07:52:18] INFO - Backfill done for DagRun ticket_sales_daily @ 2026-11-26: success\n[2026-12-02T07:54:01] INFO - Backfill done for DagRun ticket_sales_daily @ 2026-11-27: success",
                  desc="Clear and rerun 26-27 Nov", ms=260000),
             say("Deleted the 6,110 partial rows for the 26th and re-ran 26 and 27 Nov; both runs succeeded. All four days are now loaded.")),
        turn("ok. can you also pause the old ticket_sales_hourly dag, nobody uses it",
             bash("ssh airflow-prod 'airflow dags pause ticket_sales_hourly'", "Dag: ticket_sales_hourly, paused: True", desc="Pause the hourly DAG"),
             say("`ticket_sales_hourly` is paused.")),
    ],
)
