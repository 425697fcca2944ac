LABEL = dict(
    split="heldout9",
    persona="Data engineer two weeks into a new job, learning a finance team's Airflow repository before on-call",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the DAG (gl_month_end) and asks a scoped question (what it waits on upstream, which sensors, "
               "what happens if the bank feed is late), no change asked for: level 3 (named component and outcome, approach "
               "left to the agent). Only reads and greps, ending in an explanation: exploring. No failures, no evidence, so neither."),
)

SESSION = dict(
    cwd="/home/inez/repos/fin-airflow", start="2026-08-11T13:06:55Z",
    model="claude-opus-4-6", version="2.1.212",
    turns=[
        turn("I'm on call from monday. what does gl_month_end wait on upstream? which sensors, and what happens if the bank "
             "feed arrives late - does it just sit there or fail?",
             grep("gl_month_end", files=["dags/gl_month_end.py", "dags/bank_feed_ingest.py", "dags/common/sensors.py"]),
             read("/home/inez/repos/fin-airflow/dags/gl_month_end.py",
                  "wait_bank = ExternalTaskSensor(task_id='wait_bank_feed', external_dag_id='bank_feed_ingest', external_task_id='load',\n"
                  "    mode='reschedule', poke_interval=900, timeout=6*3600, soft_fail=False)\nwait_ap = FileSensor(task_id='wait_ap_extract', filepath='/data/ap/{{ ds }}/extract.done', timeout=4*3600)\n"
                  "[wait_bank, wait_ap] >> build_trial_balance >> post_journals >> notify_finance\n"),
             read("/home/inez/repos/fin-airflow/dags/common/sensors.py",
                  "def on_sensor_timeout(context):\n    send_slack('#fin-data-alerts', f\"{context['task_instance'].task_id} timed out\")\n"),
             say("`gl_month_end` waits on two things before it builds the trial balance:\n\n1. **wait_bank_feed**, an "
                 "ExternalTaskSensor on `bank_feed_ingest.load`. It's in *reschedule* mode (frees the worker slot), pokes every "
                 "15 min and **fails after 6 hours** (`soft_fail=False`).\n2. **wait_ap_extract**, a FileSensor for "
                 "`/data/ap/<ds>/extract.done`, poke mode, fails after 4 hours.\n\nIf the bank feed is late it sits for up to 6 "
                 "hours, then the sensor fails, `on_sensor_timeout` posts to #fin-data-alerts, and everything downstream "
                 "(trial balance, journals, notify) is marked upstream_failed. Once the feed lands you clear `wait_bank_feed` and "
                 "the rest runs.")),
    ],
)
