LABEL = dict(
    split="dev",
    persona="Senior data engineer who just inherited another team's Airflow deployment",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 asks scoped questions with named things (which DAGs write to the finance schema, their "
               "schedules and upstream sensors, and where retries and SLAs are set) and fixes the scope (read only, no "
               "airflow CLI against prod); prompt 2 corrects the agent ('that's the staging connection, prod is "
               "warehouse_prod'): level 4. Reading and searching only, so exploring. A failed grep on a missing "
               "directory is trouble, and nothing afterwards is evidence: abandoned under the evidence rules."),
)

SESSION = dict(
    cwd="/home/ef/src/data-airflow", start="2026-04-09T13:15:00Z", model="claude-opus-4-7", version="2.1.246",
    turns=[
        turn("I've inherited this Airflow repo. Tell me which DAGs write to the finance schema in the warehouse, "
             "their schedules, what upstream sensors they wait on, and where retries and SLAs are configured. Read "
             "only, and don't run the airflow CLI against anything.",
             bash("grep -rln 'finance\\.' dags/ plugins/ sql/", "grep: sql/: No such file or directory\ndags/finance/daily_revenue.py\ndags/finance/ar_ageing.py\ndags/finance/fx_rates.py\nplugins/operators/warehouse.py",
                  code=2, desc="Find code mentioning the finance schema"),
             par(read("/home/ef/src/data-airflow/dags/finance/daily_revenue.py",
                      "with DAG('daily_revenue', schedule='30 4 * * *', default_args=DEFAULT_ARGS, sla_miss_callback=page_finance):\n    wait_orders = ExternalTaskSensor(task_id='wait_orders', external_dag_id='ingest_orders', timeout=3*3600)\n    load = WarehouseSqlOperator(task_id='load', conn_id='warehouse_stg', sql='templates/daily_revenue.sql', sla=timedelta(hours=2))"),
                 read("/home/ef/src/data-airflow/dags/finance/ar_ageing.py",
                      "with DAG('ar_ageing', schedule='0 6 * * 1', default_args={**DEFAULT_ARGS, 'retries': 5}):\n    wait_invoices = S3KeySensor(task_id='wait_invoices', bucket_key='s3://erp-exports/invoices/{{ ds }}/_SUCCESS')\n    load = WarehouseSqlOperator(task_id='load', conn_id='warehouse_prod', sql='templates/ar_ageing.sql')"),
                 read("/home/ef/src/data-airflow/dags/finance/fx_rates.py",
                      "with DAG('fx_rates', schedule='@hourly', default_args=DEFAULT_ARGS, catchup=False):\n    fetch = PythonOperator(task_id='fetch', python_callable=fetch_ecb)\n    load = WarehouseSqlOperator(task_id='load', conn_id='warehouse_prod', sql='templates/fx_rates.sql')")),
             grep("DEFAULT_ARGS *=", path="dags", content="dags/common/defaults.py:3:DEFAULT_ARGS = {'owner': 'data-platform', 'retries': 2, 'retry_delay': timedelta(minutes=10), 'email_on_failure': False}"),
             say("Three DAGs write to `finance.*`:\n\n| DAG | schedule | waits on | retries | SLA |\n|---|---|---|---|---|\n"
                 "| `daily_revenue` | 04:30 daily | `ExternalTaskSensor` on `ingest_orders` (3 h timeout) | 2 (default) | 2 h on `load`, misses page finance |\n"
                 "| `ar_ageing` | 06:00 Mondays | `S3KeySensor` on `erp-exports/invoices/{{ds}}/_SUCCESS` | **5** (overridden) | none |\n"
                 "| `fx_rates` | hourly, no catchup | nothing | 2 (default) | none |\n\nRetries default to 2 with a "
                 "10-minute delay in `dags/common/defaults.py`; SLAs are set per task. All three load through "
                 "`WarehouseSqlOperator` (`plugins/operators/warehouse.py`). `daily_revenue` uses the connection "
                 "`warehouse_stg`, so it writes to the same finance schema on that connection.")),
        turn("warehouse_stg is the staging connection, prod is warehouse_prod. So daily_revenue has been loading "
             "staging? Check the operator doesn't remap it.",
             read("/home/ef/src/data-airflow/plugins/operators/warehouse.py",
                  "class WarehouseSqlOperator(BaseOperator):\n    def __init__(self, conn_id, sql, **kw):\n        super().__init__(**kw)\n        self.conn_id = conn_id\n        self.sql = sql\n    def execute(self, context):\n        hook = SnowflakeHook(snowflake_conn_id=self.conn_id)\n        hook.run(self.render(self.sql, context))"),
             grep("warehouse_stg", path=".", content="dags/finance/daily_revenue.py:4:    load = WarehouseSqlOperator(task_id='load', conn_id='warehouse_stg', sql='templates/daily_revenue.sql', sla=timedelta(hours=2))"),
             say("No remapping: `WarehouseSqlOperator` passes `conn_id` straight to `SnowflakeHook`. So, as the "
                 "code stands, `daily_revenue` loads through **`warehouse_stg`**, and it's the only reference to "
                 "that connection in the repo. Unless the Airflow connection named `warehouse_stg` points at prod "
                 "in this deployment (which can only be checked in the Airflow UI or the secrets backend, and you "
                 "asked me not to touch those), prod's `finance.daily_revenue` isn't being fed by this DAG. I "
                 "haven't changed anything.")),
    ],
)
