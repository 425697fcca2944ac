LABEL = dict(
    split="heldout9",
    persona="Data engineer at an online grocer maintaining Airflow 2.9 ETL DAGs that load supplier feeds into Postgres",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the DAG (supplier_prices_daily), the symptom (runs a day late since the clocks changed) and asks "
               "for an `airflow dags test` run, leaving the cause to the agent: level 3. Fixing. Trouble: the first `airflow dags "
               "test` fails (exit 1, NameError: pendulum not imported). After the fix it runs, and prompt 2 ('triggered it from the UI just now, "
               "picked up prices_20261102 and all tasks green') confirms the result, so resolved and verified."),
)

SESSION = dict(
    cwd="/opt/airflow/dags", start="2026-11-02T09:22:19Z",
    model="claude-sonnet-4-6", version="2.1.229",
    turns=[
        turn("supplier_prices_daily has been loading yesterday's file instead of today's since the clocks went back. can you "
             "find why and fix it, then do an airflow dags test for today",
             read("/opt/airflow/dags/supplier_prices_daily.py",
                  "with DAG(\n    'supplier_prices_daily',\n    start_date=datetime(2025, 3, 1),\n    schedule='0 6 * * *',\n    catchup=False,\n) as dag:\n"
                  "    fetch = SFTPOperator(task_id='fetch', remote_filepath='/out/prices_{{ ds_nodash }}.csv', ...)\n"),
             edit("/opt/airflow/dags/supplier_prices_daily.py",
                  "    start_date=datetime(2025, 3, 1),\n    schedule='0 6 * * *',",
                  "    start_date=pendulum.datetime(2025, 3, 1, tz='Europe/London'),\n    schedule='0 6 * * *',",
                  pre="The DAG has a naive start_date, so it's scheduled in UTC, and `ds` is the start of the data interval (yesterday). "
                      "I'll make it timezone-aware and use the run's logical end date."),
             edit("/opt/airflow/dags/supplier_prices_daily.py", "prices_{{ ds_nodash }}.csv", "prices_{{ data_interval_end | ds_nodash }}.csv"),
             bash("airflow dags test supplier_prices_daily 2026-11-02",
                  "[2026-11-02T09:23:40.112+0000] {dagbag.py:588} ERROR - Failed to import: /opt/airflow/dags/supplier_prices_daily.py\n"
                  "NameError: name 'pendulum' is not defined", code=1, desc="Test the DAG"),
             edit("/opt/airflow/dags/supplier_prices_daily.py", "from datetime import datetime\n", "import pendulum\n"),
             bash("airflow dags test supplier_prices_daily 2026-11-02",
                  "[2026-11-02T09:24:58.450+0000] {taskinstance.py:1206} INFO - Marking task as SUCCESS. dag_id=supplier_prices_daily, task_id=fetch\n"
                  "remote_filepath=/out/prices_20261102.csv\n...\n[2026-11-02T09:25:31.007+0000] {dagrun.py:854} INFO - DagRun Finished: state=success",
                  desc="Test the DAG again"),
             say("Fixed. The DAG was on UTC with `ds` (start of the interval, i.e. yesterday). It's now Europe/London and uses "
                 "`data_interval_end`, so today's file `prices_20261102.csv` is fetched. Test run succeeded.")),
        turn("triggered it from the UI just now, picked up prices_20261102 and all tasks green 👍 cheers",
             say("Good to hear the run picked up the right file. Tomorrow's 6am run will be the real check of the schedule.")),
    ],
)
