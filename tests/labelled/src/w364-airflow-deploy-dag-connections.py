LABEL = dict(
    split="heldout12",
    persona="Airflow data engineer setting up a new DAG's connection and variables on the shared dev Airflow",
    expertise_level=3, work_mode="operating",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the DAG, the connection id, the variables and the environment (the dev Airflow in docker compose) and asks for one triggered run to see it work, leaving the commands to the agent. The values are given but no constraint, edge case or acceptance criterion beyond 'see it work': borderline 3/4, the lower by tie-break 3. "
               "The work is configuring and running in an environment (connection, variables, unpause, trigger): operating. No action fails; prompt 2 confirms the run ('all green in the UI, rows are in the table'): verified success."),
)

SESSION = dict(
    cwd="/home/kwame/repos/data-platform", start="2026-12-03T13:20:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="main",
    turns=[
        turn("The new dag marketing_spend_sync is merged. On the dev airflow (docker compose, same as before) it needs the google_ads connection (creds in ~/secrets/google_ads.yaml) and two variables, spend_lookback_days=7 and spend_target_schema=mkt_raw. set those up, unpause it and trigger one run so I can see it work",
             bash("grep -n \"Variable.get\\|conn_id\" dags/marketing_spend_sync.py",
                  "14:    LOOKBACK = int(Variable.get(\"spend_lookback_days\", default_var=3))\n15:    SCHEMA = Variable.get(\"spend_target_schema\")\n22:        gads_conn_id=\"google_ads\",\n31:        conn_id=\"warehouse\",",
                  desc="Check what the DAG expects"),
             bash("docker compose exec airflow-scheduler airflow connections get google_ads -o json 2>&1 | tail -1",
                  "Connection not found.", desc="Does the connection exist"),
             bash("docker compose cp ~/secrets/google_ads.yaml airflow-scheduler:/tmp/google_ads.yaml && docker compose exec airflow-scheduler airflow connections add google_ads --conn-type google_ads --conn-extra \"$(python3 -c 'import yaml,json;print(json.dumps({\"google_ads_client\": yaml.safe_load(open(\"/home/kwame/secrets/google_ads.yaml\"))}))')\" && docker compose exec airflow-scheduler rm /tmp/google_ads.yaml",
                  "Successfully added `conn_id`=google_ads : google_ads://:******@:", desc="Add the google_ads connection"),
             bash("docker compose exec airflow-scheduler airflow variables set spend_lookback_days 7 && docker compose exec airflow-scheduler airflow variables set spend_target_schema mkt_raw",
                  "Variable spend_lookback_days created\nVariable spend_target_schema created", desc="Set the variables"),
             bash("docker compose exec airflow-scheduler airflow dags unpause marketing_spend_sync && docker compose exec airflow-scheduler airflow dags trigger marketing_spend_sync",
                  "Dag: marketing_spend_sync, paused: False\n"
                  "conf | dag_id               | dag_run_id                               | data_interval_start       | data_interval_end         | end_date | external_trigger | logical_date              | run_type | start_date | state\n"
                  "=====+======================+==========================================+===========================+===========================+==========+==================+===========================+==========+============+=======\n"
                  "{}   | marketing_spend_sync | manual__2026-12-03T13:24:51.032118+00:00 | 2026-12-02T06:00:00+00:00 | 2026-12-03T06:00:00+00:00 | None     | True             | 2026-12-03T13:24:51+00:00 | manual   | None       | queued",
                  desc="Unpause and trigger"),
             bash("sleep 90; docker compose exec airflow-scheduler airflow tasks states-for-dag-run marketing_spend_sync manual__2026-12-03T13:24:51.032118+00:00",
                  "dag_id               | execution_date            | task_id          | state   | start_date                       | end_date\n=====================+===========================+==================+=========+==================================+=================================\nmarketing_spend_sync | 2026-12-03T13:24:51+00:00 | fetch_spend      | success | 2026-12-03T13:24:55.201+00:00    | 2026-12-03T13:25:41.877+00:00\nmarketing_spend_sync | 2026-12-03T13:24:51+00:00 | load_to_schema   | running | 2026-12-03T13:25:44.012+00:00    | ",
                  desc="Check task states", ms=92000),
             say("Done on dev:\n- connection `google_ads` added from `~/secrets/google_ads.yaml` (the temp copy in the container is deleted again)\n- variables `spend_lookback_days=7`, `spend_target_schema=mkt_raw`\n- DAG unpaused and triggered: `fetch_spend` succeeded in ~46s, `load_to_schema` was still running when I looked.\n\n"
                 "Run id is `manual__2026-12-03T13:24:51.032118+00:00` if you want to follow it in the UI.")),
        turn("all green in the UI, rows are in mkt_raw.google_ads_spend for the last 7 days. thanks",
             say("Great. It'll now run on its schedule (daily at 06:00 UTC) with the 7-day lookback.")),
    ],
)
