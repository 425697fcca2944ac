LABEL = dict(
    split="heldout5",
    persona="Public health analyst at a regional health agency, writes SQL and some Python",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the data (the GP consultation parquet files), the measure (influenza-like-illness consultations per 100,000 by "
               "week and region for the season so far) and a check (week 47 total should be 4,312 as in the bulletin), leaving the population "
               "join and week definition to the agent; prompt 2 adds one "
               "convention with its reason ('use ISO weeks, the bulletin does'), which the agent had already followed; the first prompt, "
               "which frames the task, names a check but no definitions or edge cases: level 3. Figures computed with DuckDB: "
               "analysing. A DuckDB query fails on a wrong column name (trouble); the rerun works and prompt 3 ('yep that lines up with the "
               "bulletin') confirms: verified success."),
)

SESSION = dict(
    cwd="/home/analyst/ili", start="2026-12-01T09:20:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("From the GP consultation files in data/consults/*.parquet, can you get ILI consultations per 100k by week and region for this season (from week 40)? "
             "Population is in data/pop_2025.csv. Week 47 total should be 4,312 consultations, which is what went in last week's bulletin",
             bash("duckdb -c \"DESCRIBE SELECT * FROM 'data/consults/*.parquet'\" | head -12", "┌──────────────┬─────────────┐\n│ column_name  │ column_type │\n├──────────────┼─────────────┤\n"
                  "│ consult_date │ DATE        │\n│ practice_id  │ VARCHAR     │\n│ region_code  │ VARCHAR     │\n│ read_code    │ VARCHAR     │\n│ ili_flag     │ BOOLEAN     │\n└──────────────┴─────────────┘", desc="Look at the columns"),
             bash("duckdb -c \"SELECT week(consult_date) AS wk, region, count(*) FROM 'data/consults/*.parquet' WHERE ili_flag GROUP BY ALL\"", "", desc="First weekly counts", code=1,
                  stderr="Binder Error: Referenced column \"region\" not found in FROM clause!\nCandidate bindings: \"region_code\"\nLINE 1: SELECT week(consult_date) AS wk, region, count(*) FROM ...\n"),
             bash("duckdb -c \"WITH c AS (SELECT weekofyear(consult_date) AS wk, region_code, count(*) AS n FROM 'data/consults/*.parquet' WHERE ili_flag AND consult_date >= DATE '2026-09-28' GROUP BY ALL) "
                  "SELECT wk, sum(n) AS total FROM c GROUP BY wk ORDER BY wk\"",
                  "┌────┬───────┐\n│ wk │ total │\n├────┼───────┤\n│ 40 │  1204 │\n│ 41 │  1388 │\n│ 42 │  1571 │\n│ 43 │  1902 │\n│ 44 │  2466 │\n│ 45 │  3019 │\n│ 46 │  3655 │\n│ 47 │  4312 │\n│ 48 │  4980 │\n└────┴───────┘",
                  desc="Weekly totals with the right column"),
             bash("duckdb -c \"WITH c AS (SELECT weekofyear(consult_date) AS wk, region_code, count(*) AS n FROM 'data/consults/*.parquet' WHERE ili_flag AND consult_date >= DATE '2026-09-28' GROUP BY ALL), "
                  "p AS (SELECT region_code, population FROM 'data/pop_2025.csv') SELECT wk, region_code, round(n * 100000.0 / population, 1) AS per_100k FROM c JOIN p USING (region_code) "
                  "WHERE wk >= 46 ORDER BY wk, per_100k DESC\"",
                  "wk  region_code  per_100k\n46  NE           61.2\n46  NW           55.8\n46  YH           49.0\n46  EM           41.7\n46  WM           38.9\n"
                  "47  NE           72.5\n47  NW           66.1\n47  YH           58.3\n47  EM           50.2\n47  WM           46.0\n48  NE           84.0\n48  NW           77.9\n48  YH           68.8\n48  EM           59.4\n48  WM           54.1",
                  desc="Rates per 100k"),
             say("Week 47 comes to **4,312** ILI consultations, matching the bulletin. Rates per 100,000 for the last three weeks (I can save the full table from week 40 if you want it):\n\n"
                 "| week | NE | NW | YH | EM | WM |\n|---|---|---|---|---|---|\n| 46 | 61.2 | 55.8 | 49.0 | 41.7 | 38.9 |\n| 47 | 72.5 | 66.1 | 58.3 | 50.2 | 46.0 |\n"
                 "| 48 | 84.0 | 77.9 | 68.8 | 59.4 | 54.1 |\n\nThe North East leads every week; all regions rose by roughly 15–20% a week. (My first query used a "
                 "column name that doesn't exist – `region` instead of `region_code` – and was rerun.)")),
        turn("use ISO weeks, the bulletin does. and save the full table to out/ili_rates.csv",
             bash("duckdb -c \"COPY (WITH c AS (SELECT isoyear(consult_date) AS yr, weekofyear(consult_date) AS iso_week, region_code, count(*) AS n FROM 'data/consults/*.parquet' WHERE ili_flag "
                  "AND consult_date >= DATE '2026-09-28' GROUP BY ALL) SELECT yr, iso_week, region_code, n, round(n * 100000.0 / population, 1) AS per_100k FROM c JOIN 'data/pop_2025.csv' USING (region_code) "
                  "ORDER BY yr, iso_week, region_code) TO 'out/ili_rates.csv' (HEADER)\" && wc -l out/ili_rates.csv", "46 out/ili_rates.csv", desc="Save the table with ISO weeks"),
             say("DuckDB's `weekofyear` is already the ISO week, so the numbers don't change; the file now carries the ISO year too, so week 1 of 2027 will sort "
                 "correctly. Saved `out/ili_rates.csv` (45 rows: 9 weeks × 5 regions, plus header).")),
        turn("yep that lines up with the bulletin. cheers", say("Great. Rerunning the same command next week will pick up the new parquet files.")),
    ],
)
