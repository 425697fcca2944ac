LABEL = dict(
    split="heldout7",
    persona="analytics engineer at an online furniture retailer, dbt on Snowflake",
    expertise_level=3, work_mode="analysing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the two models (stg_orders, fct_orders), the gap (about 1,900 orders in October) and asks where they go, leaving "
               "the method to the agent; prompt 2 asks for a breakdown of the 1,412 by payment method and day: level 3. The session ends in figures from SQL queries: analysing "
               "(read-only by instruction, but it ends in figures, tie-break 3). No failures; the last prompt is hedged ('close to what finance flagged, "
               "I'll check the klarna export with them tomorrow'): agreement deferred to a later check, not a statement that the figures are right, so "
               "no evidence: neither."),
)

SESSION = dict(
    cwd="/home/ines/analytics/dbt_furniture", start="2026-12-01T16:10:00Z", model="claude-sonnet-4-6", version="2.1.237",
    turns=[
        turn("stg_orders has about 1900 more orders in october than fct_orders. where are they going? I don't want to change the models, just find out",
             read("/home/ines/analytics/dbt_furniture/models/marts/fct_orders.sql",
                  "select o.order_id, o.customer_id, o.ordered_at, p.paid_amount\nfrom {{ ref('stg_orders') }} o\njoin {{ ref('int_payments_by_order') }} p using (order_id)\n"
                  "where o.status not in ('test', 'fraud_cancelled')"),
             bash("dbt show --inline \"select count(*) filter (where p.order_id is null) as no_payment, count(*) filter (where o.status = 'test') as test, "
                  "count(*) filter (where o.status = 'fraud_cancelled') as fraud from {{ ref('stg_orders') }} o left join {{ ref('int_payments_by_order') }} p using (order_id) "
                  "where o.ordered_at >= '2026-10-01' and o.ordered_at < '2026-11-01'\"",
                  "| NO_PAYMENT | TEST | FRAUD |\n| ---------- | ---- | ----- |\n|       1412 |  211 |   286 |", desc="Count the dropped orders by reason"),
             say("1,909 October orders are dropped: 1,412 have no payment row (the inner join to `int_payments_by_order`), 211 are test orders and 286 are "
                 "fraud-cancelled. The last two are intended; the 1,412 are the interesting ones.")),
        turn("what are the 1412? break them down by payment method and day",
             bash("dbt show --inline \"select o.payment_method, count(*) as n, min(o.ordered_at)::date as first_day, max(o.ordered_at)::date as last_day "
                  "from {{ ref('stg_orders') }} o left join {{ ref('int_payments_by_order') }} p using (order_id) where p.order_id is null and o.ordered_at >= '2026-10-01' "
                  "and o.ordered_at < '2026-11-01' group by 1 order by 2 desc\"",
                  "| PAYMENT_METHOD | N    | FIRST_DAY  | LAST_DAY   |\n| -------------- | ---- | ---------- | ---------- |\n| klarna         | 1388 | 2026-10-14 | 2026-10-31 |\n| card           |   24 | 2026-10-02 | 2026-10-30 |",
                  desc="Break down the orders without payment"),
             say("Almost all of them (1,388) are Klarna orders from 14 October on: from that day no Klarna payments reach `int_payments_by_order`. That "
                 "fits a change in the Klarna source around 14 Oct (a renamed table or status). The 24 card orders are scattered and look like normal "
                 "abandoned payments.")),
        turn("hm ok that's close to what finance flagged, I'll check the klarna export with them tomorrow",
             say("Sounds good. If it is the source, the fix will be in `stg_klarna_payments`.")),
    ],
)
