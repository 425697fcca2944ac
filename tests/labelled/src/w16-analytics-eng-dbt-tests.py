LABEL = dict(
    split="heldout",
    persona="Analytics engineer maintaining the company's dbt project",
    expertise_level=4, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 enumerates the tests in sentences (unique and not null on order_id, the accepted status "
               "values, a relationship to dim_customers) and the command that defines done (dbt test -s "
               "fct_orders); prompt 2 is a domain correction ('cancelled is valid since the March change'): "
               "level 4. Writing data tests is the goal, so testing. The first dbt test run fails (trouble); the "
               "rerun passes: verified."),
)

SESSION = dict(
    cwd="/home/sofia/src/analytics-dbt", start="2026-04-02T09:15:00Z", model="claude-sonnet-4-6", version="2.1.241",
    turns=[
        turn("Add dbt tests for fct_orders. order_id should be unique and never null, status should only ever be "
             "placed, shipped or returned, and customer_id should always exist in dim_customers. Put them in the "
             "model's schema file and run dbt test -s fct_orders.",
             read("/home/sofia/src/analytics-dbt/models/marts/orders/_orders.yml",
                  "version: 2\nmodels:\n  - name: fct_orders\n    description: One row per order.\n    columns:\n      - name: order_id\n      - name: customer_id\n      - name: status"),
             edit("/home/sofia/src/analytics-dbt/models/marts/orders/_orders.yml",
                  "      - name: order_id\n      - name: customer_id\n      - name: status",
                  "      - name: order_id\n        tests: [unique, not_null]\n      - name: customer_id\n        tests:\n          - relationships:\n              to: ref('dim_customers')\n              field: customer_id\n"
                  "      - name: status\n        tests:\n          - accepted_values:\n              values: ['placed', 'shipped', 'returned']"),
             bash("dbt test -s fct_orders",
                  "Running with dbt=1.8.7\nFound 48 models, 131 data tests\n\n1 of 4 PASS unique_fct_orders_order_id ..... [PASS in 1.21s]\n2 of 4 PASS not_null_fct_orders_order_id ..... [PASS in 0.88s]\n"
                  "3 of 4 FAIL 214 accepted_values_fct_orders_status__placed__shipped__returned ..... [FAIL 214 in 1.02s]\n4 of 4 PASS relationships_fct_orders_customer_id__customer_id__ref_dim_customers_ ..... [PASS in 1.47s]\n\nDone. PASS=3 WARN=0 ERROR=0 SKIP=0 TOTAL=4",
                  code=1, desc="Run the fct_orders tests", ms=11000),
             bash("dbt show --inline \"select status, count(*) n, min(ordered_at) first_seen from {{ ref('fct_orders') }} where status not in ('placed','shipped','returned') group by 1\"",
                  "| status    | n   | first_seen |\n| --------- | --- | ---------- |\n| cancelled | 214 | 2026-03-03 |",
                  desc="Look at the unexpected statuses"),
             say("Three of the four tests pass. `accepted_values` on status fails with **214 rows**, all `cancelled`, "
                 "and the first one appeared on 2026-03-03. Either cancelled orders should be filtered out of "
                 "`fct_orders`, or `cancelled` is a legitimate status now. Which one is it?")),
        turn("cancelled is valid since the March change to the checkout, add it to the accepted values. Keep the "
             "test strict otherwise.",
             edit("/home/sofia/src/analytics-dbt/models/marts/orders/_orders.yml",
                  "              values: ['placed', 'shipped', 'returned']", "              values: ['placed', 'shipped', 'returned', 'cancelled']"),
             bash("dbt test -s fct_orders",
                  "1 of 4 PASS unique_fct_orders_order_id ..... [PASS in 1.19s]\n2 of 4 PASS not_null_fct_orders_order_id ..... [PASS in 0.86s]\n"
                  "3 of 4 PASS accepted_values_fct_orders_status__placed__shipped__returned__cancelled ..... [PASS in 0.97s]\n4 of 4 PASS relationships_fct_orders_customer_id__customer_id__ref_dim_customers_ ..... [PASS in 1.44s]\n\nDone. PASS=4 WARN=0 ERROR=0 SKIP=0 TOTAL=4",
                  desc="Run the fct_orders tests", ms=10500),
             say("Added `cancelled`. The list is otherwise unchanged, and severity stays at error. All 4 tests on "
                 "`fct_orders` pass.")),
    ],
)
