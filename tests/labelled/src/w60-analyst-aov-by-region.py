LABEL = dict(
    split="heldout2",
    persona="Business analyst at a homeware e-commerce company, comfortable with SQL",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the table (orders in the warehouse), the measure (average order value by region), the "
               "periods (Q3 vs Q2) and one constraint (exclude refunded orders), leaving the definitions to the agent; "
               "prompt 2 narrows the definition to the team's convention (shipping region) after the agent said it "
               "had used billing, a refinement rather than a correction of an error; no check is asked: level 3. SQL producing "
               "figures, so analysing. The first query fails (column region does not exist); prompt 3 ('those match "
               "the board deck now') confirms after it: verified."),
)

SESSION = dict(
    cwd="/Users/priya/analytics", start="2026-05-15T08:55:00Z", model="claude-sonnet-4-6", version="2.1.250",
    turns=[
        turn("From the orders table in the warehouse, what was average order value by region for Q3 vs Q2 last year? "
             "Leave out refunded orders. psql is set up with the WAREHOUSE_URL env var",
             bash("psql \"$WAREHOUSE_URL\" -c \"SELECT region, date_trunc('quarter', created_at) q, round(avg(total_amount),2) aov FROM orders WHERE status <> 'refunded' AND created_at >= '2025-04-01' AND created_at < '2025-10-01' GROUP BY 1,2 ORDER BY 1,2\"",
                  "ERROR:  column \"region\" does not exist\nLINE 1: SELECT region, date_trunc('quarter', created_at) q, round(avg...\n               ^",
                  code=1, desc="AOV by region and quarter", pre="Let me query it directly."),
             bash("psql \"$WAREHOUSE_URL\" -c \"\\d orders\" -c \"\\d addresses\"",
                  "                 Table \"public.orders\"\n     Column          |  Type\n---------------------+----------\n id                  | bigint\n customer_id         | bigint\n"
                  " billing_address_id  | bigint\n shipping_address_id | bigint\n status              | text\n total_amount        | numeric(12,2)\n created_at          | timestamptz\n\n"
                  "           Table \"public.addresses\"\n  Column  |  Type\n----------+------\n id       | bigint\n country  | text\n region   | text\n postcode | text",
                  desc="Describe orders and addresses"),
             bash("psql \"$WAREHOUSE_URL\" -c \"SELECT a.region, round(avg(o.total_amount) FILTER (WHERE o.created_at < '2025-07-01'),2) AS q2_aov, round(avg(o.total_amount) FILTER (WHERE o.created_at >= '2025-07-01'),2) AS q3_aov FROM orders o JOIN addresses a ON a.id = o.billing_address_id WHERE o.status <> 'refunded' AND o.created_at >= '2025-04-01' AND o.created_at < '2025-10-01' GROUP BY 1 ORDER BY 1\"",
                  "  region   | q2_aov | q3_aov\n----------+--------+--------\n Midlands | 71.40  | 74.92\n North    | 66.85  | 69.10\n Scotland | 63.20  | 61.75\n South East | 88.12 | 93.47\n South West | 74.03 | 76.88\n Wales    | 60.41  | 62.30\n(6 rows)",
                  desc="AOV by billing region, Q2 vs Q3 2025"),
             say("`orders` has no region column; the region lives on `addresses`, so I joined through the **billing "
                 "address**. Refunded orders are excluded.\n\n| region | Q2 2025 | Q3 2025 | change |\n|---|---|---|---|\n"
                 "| Midlands | £71.40 | £74.92 | +4.9% |\n| North | £66.85 | £69.10 | +3.4% |\n| Scotland | £63.20 | £61.75 | −2.3% |\n"
                 "| South East | £88.12 | £93.47 | +6.1% |\n| South West | £74.03 | £76.88 | +3.8% |\n| Wales | £60.41 | £62.30 | +3.1% |\n\n"
                 "AOV rose everywhere except Scotland; the South East leads and grew most.")),
        turn("we report by where it ships, not billing. can you redo it",
             bash("psql \"$WAREHOUSE_URL\" -c \"SELECT a.region, round(avg(o.total_amount) FILTER (WHERE o.created_at < '2025-07-01'),2) AS q2_aov, round(avg(o.total_amount) FILTER (WHERE o.created_at >= '2025-07-01'),2) AS q3_aov FROM orders o JOIN addresses a ON a.id = o.shipping_address_id WHERE o.status <> 'refunded' AND o.created_at >= '2025-04-01' AND o.created_at < '2025-10-01' GROUP BY 1 ORDER BY 1\"",
                  "  region   | q2_aov | q3_aov\n----------+--------+--------\n Midlands | 70.96  | 74.51\n North    | 67.02  | 69.44\n Scotland | 63.88  | 62.10\n South East | 87.35 | 92.60\n South West | 74.40 | 77.15\n Wales    | 60.77  | 62.58\n(6 rows)",
                  desc="AOV by shipping region"),
             say("By **shipping** region:\n\n| region | Q2 2025 | Q3 2025 | change |\n|---|---|---|---|\n| Midlands | £70.96 | £74.51 | +5.0% |\n"
                 "| North | £67.02 | £69.44 | +3.6% |\n| Scotland | £63.88 | £62.10 | −2.8% |\n| South East | £87.35 | £92.60 | +6.0% |\n"
                 "| South West | £74.40 | £77.15 | +3.7% |\n| Wales | £60.77 | £62.58 | +3.0% |\n\nThe picture is the same; the "
                 "figures move by under £1 because some people ship gifts to other regions.")),
        turn("great, those match the board deck now. thanks",
             say("Good to hear. If you'll need this every quarter, I can save the query as `sql/aov_by_region.sql` with "
                 "the quarter as a parameter.")),
    ],
)
