LABEL = dict(
    split="heldout3",
    persona="Data engineer on a retail analytics team, writes PySpark jobs and some pytest",
    expertise_level=3, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the function (dedupe_customers in transforms/customers.py), the framework (pytest with "
               "a local SparkSession) and two cases to cover (same email different case, latest updated_at wins), leaving "
               "the fixtures and other cases to the agent: level 3. Prompt 2 adds a case ('also nulls in email'). Tests "
               "written as the goal: testing. Every run passes: verified, no trouble."),
)

SESSION = dict(
    cwd="/home/oscar/repos/retail-pipelines", start="2026-06-11T13:45:00Z", model="claude-sonnet-4-6", version="2.1.263",
    turns=[
        turn("can you write pytest tests for dedupe_customers in transforms/customers.py? use a local spark session "
             "fixture. main things: same email with different case counts as one customer, and the row with the latest "
             "updated_at wins",
             read("/home/oscar/repos/retail-pipelines/transforms/customers.py",
                  "from pyspark.sql import DataFrame, Window, functions as F\n\n\ndef dedupe_customers(df: DataFrame) -> DataFrame:\n"
                  "    key = F.lower(F.trim(F.col(\"email\")))\n    w = Window.partitionBy(key).orderBy(F.col(\"updated_at\").desc())\n"
                  "    return df.withColumn(\"_rn\", F.row_number().over(w)).filter(\"_rn = 1\").drop(\"_rn\")"),
             glob("tests/**/conftest.py", []),
             write("/home/oscar/repos/retail-pipelines/tests/conftest.py",
                   "import pytest\nfrom pyspark.sql import SparkSession\n\n\n@pytest.fixture(scope=\"session\")\ndef spark():\n"
                   "    s = SparkSession.builder.master(\"local[1]\").appName(\"tests\").config(\"spark.sql.shuffle.partitions\", \"1\").getOrCreate()\n    yield s\n    s.stop()\n"),
             write("/home/oscar/repos/retail-pipelines/tests/test_customers.py",
                   "from datetime import datetime\n\nfrom transforms.customers import dedupe_customers\n\nCOLS = [\"id\", \"email\", \"updated_at\"]\n\n\n"
                   "def run(spark, rows):\n    return sorted(r.id for r in dedupe_customers(spark.createDataFrame(rows, COLS)).collect())\n\n\n"
                   "def test_email_case_and_spaces_are_one_customer(spark):\n    rows = [(1, \"Ana@Shop.com\", datetime(2026, 1, 1)), (2, \" ana@shop.com\", datetime(2026, 2, 1))]\n    assert run(spark, rows) == [2]\n\n\n"
                   "def test_latest_updated_at_wins(spark):\n    rows = [(1, \"b@x.io\", datetime(2026, 3, 1)), (2, \"b@x.io\", datetime(2026, 1, 1)), (3, \"b@x.io\", datetime(2026, 2, 1))]\n"
                   "    assert run(spark, rows) == [1]\n\n\ndef test_distinct_emails_are_kept(spark):\n"
                   "    rows = [(1, \"a@x.io\", datetime(2026, 1, 1)), (2, \"c@x.io\", datetime(2026, 1, 1))]\n    assert run(spark, rows) == [1, 2]\n"),
             bash("python -m pytest tests/test_customers.py -q", "...                                                                      [100%]\n3 passed in 9.84s",
                  desc="Run the new tests", ms=14000),
             say("Added `tests/conftest.py` (a session-scoped local Spark fixture) and `tests/test_customers.py` with three tests: "
                 "different case and whitespace in the email collapse to one customer, the latest `updated_at` wins among "
                 "three rows, and distinct emails are kept. All 3 pass.")),
        turn("also nulls in email, what happens there",
             edit("/home/oscar/repos/retail-pipelines/tests/test_customers.py", "def test_distinct_emails_are_kept(spark):",
                  "def test_null_emails_collapse_to_one_row_today(spark):\n    # Documents current behaviour: every null email lands in one window partition.\n"
                  "    rows = [(1, None, datetime(2026, 1, 1)), (2, None, datetime(2026, 2, 1))]\n    assert run(spark, rows) == [2]\n\n\ndef test_distinct_emails_are_kept(spark):"),
             bash("python -m pytest tests/test_customers.py -q", "....                                                                     [100%]\n4 passed in 10.02s",
                  desc="Run the tests", ms=14000),
             say("Null emails all fall into the same partition, so customers without an email are collapsed into **one** row "
                 "(the latest). I added a test that pins that behaviour down, and it passes, but it's probably a bug: two "
                 "different customers with no email would be merged. If you want them kept, filter nulls out before the "
                 "window and union them back; the test would then change to expect both ids.")),
    ],
)
