LABEL = dict(
    split="heldout3",
    persona="Senior data engineer owning the events pipeline (Airflow on Kubernetes, Spark, Iceberg)",
    expertise_level=4, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the DAG, the date range, the flags (no full refresh, max 2 active runs) and the acceptance "
               "check (row counts per day against the source's Kafka offsets, within 0.1%): level 4 (precise, with the check "
               "named, but no failure mode or rollback anticipated). Running a backfill in the production scheduler: operating. "
               "The 2026-06-04 run fails with an executor OOM; the user says to rerun it with more memory and it succeeds, but "
               "the counts are only reported and the session ends without the user's confirmation, a test or a commit: trouble "
               "unresolved, abandoned."),
)

SESSION = dict(
    cwd="/home/mateo/src/events-pipeline", start="2026-06-25T07:30:00Z", model="claude-opus-4-7", version="2.1.269",
    turns=[
        turn("Backfill events_sessionize for 2026-06-01 through 06-07 in prod Airflow, incremental (no full refresh), max 2 "
             "active runs so we don't starve the hourly jobs. Afterwards compare row counts per day in iceberg.events.sessions "
             "to the Kafka offsets recorded in ops.ingest_offsets, should be within 0.1%.",
             bash("airflow dags backfill events_sessionize -s 2026-06-01 -e 2026-06-07 --reset-dagruns -y --max-active-runs 2 -c '{\"full_refresh\": false}' 2>&1 | tail -6",
                  "", desc="Run the backfill", code=1, ms=2710000,
                  stderr="[2026-06-25 08:15:02] INFO - Dag run  events_sessionize @ 2026-06-06: success\n[2026-06-25 08:16:40] INFO - Dag run  events_sessionize @ 2026-06-07: success\n"
                         "[2026-06-25 08:16:41] ERROR - Task instance events_sessionize.spark_sessionize 2026-06-04 failed: "
                         "SparkException: Job aborted due to stage failure: ExecutorLostFailure (executor 7 exited caused by one of the running tasks) Reason: Container killed: OOMKilled (exit code 137)\n"
                         "[2026-06-25 08:16:41] INFO - [backfill progress] finished run 6 of 7 | tasks waiting: 0 | succeeded: 6 | failed: 1\n"
                         "airflow.exceptions.BackfillUnfinished: Some task instances failed: {('events_sessionize', 'spark_sessionize', '2026-06-04', 1)}\n"),
             say("6 of 7 days succeeded. **2026-06-04 failed**: a Spark executor was OOM-killed in `spark_sessionize`. That day had "
                 "the app-release traffic spike, so it is probably just bigger. Options: rerun it alone with more executor memory, or "
                 "with more shuffle partitions.")),
        turn("rerun 06-04 alone with spark.executor.memory=12g and memoryOverhead 3g",
             bash("airflow tasks clear events_sessionize -s 2026-06-04 -e 2026-06-04 -y && airflow dags backfill events_sessionize -s 2026-06-04 -e 2026-06-04 -c "
                  "'{\"full_refresh\": false, \"spark_conf\": {\"spark.executor.memory\": \"12g\", \"spark.executor.memoryOverhead\": \"3g\"}}' 2>&1 | tail -2",
                  "[2026-06-25 08:58:13] INFO - Dag run  events_sessionize @ 2026-06-04: success\n[2026-06-25 08:58:13] INFO - Backfill done for DAG <DAG: events_sessionize>. Exiting.",
                  desc="Rerun 2026-06-04 with more memory", ms=2390000),
             bash("trino --execute \"select s.day, s.n, o.n src, round(100.0*(s.n-o.n)/o.n, 3) pct from (select date(session_start) day, sum(event_count) n from iceberg.events.sessions "
                  "where session_start >= date '2026-06-01' and session_start < date '2026-06-08' group by 1) s join (select day, sum(end_offset-start_offset) n from ops.ingest_offsets "
                  "where topic='events' and day between date '2026-06-01' and date '2026-06-07' group by 1) o using (day) order by 1\"",
                  "\"2026-06-01\",\"41822310\",\"41830115\",\"-0.019\"\n\"2026-06-02\",\"40977051\",\"40981200\",\"-0.010\"\n\"2026-06-03\",\"42310544\",\"42322090\",\"-0.027\"\n"
                  "\"2026-06-04\",\"68904211\",\"68950377\",\"-0.067\"\n\"2026-06-05\",\"44871002\",\"44879940\",\"-0.020\"\n\"2026-06-06\",\"38120760\",\"38124411\",\"-0.010\"\n\"2026-06-07\",\"36550931\",\"36556002\",\"-0.014\"",
                  desc="Compare counts with Kafka offsets"),
             say("06-04 succeeded with 12g + 3g overhead. Counts against Kafka offsets, all within 0.1%:\n\n| day | sessions events | kafka | diff |\n|---|---|---|---|\n"
                 "| 06-01 | 41,822,310 | 41,830,115 | −0.019% |\n| 06-02 | 40,977,051 | 40,981,200 | −0.010% |\n| 06-03 | 42,310,544 | 42,322,090 | −0.027% |\n"
                 "| 06-04 | 68,904,211 | 68,950,377 | −0.067% |\n| 06-05 | 44,871,002 | 44,879,940 | −0.020% |\n| 06-06 | 38,120,760 | 38,124,411 | −0.010% |\n"
                 "| 06-07 | 36,550,931 | 36,556,002 | −0.014% |\n\n06-04 has the largest gap, still within bounds. The memory override was only for this run; "
                 "if spikes like that recur, raise the DAG's default for big days.")),
    ],
)
