LABEL = dict(
    split="heldout16",
    persona="Power BI / SQL Server analyst planning incremental refresh for a slow dataset",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the dataset, the fact table, the symptom (a 2-hour refresh that times out) and asks for a plan before anything is changed, but leaves the windows and the approach to the agent; prompt 2 adds one general constraint (finance restates the last 3 months) and accepts: level 3. "
               "The session reads the model and ends in an approved plan (ExitPlanMode) with no edits: planning. No failure and no evidence: neither success nor abandoned."),
)

SESSION = dict(
    cwd="C:\\Users\\kbaker\\repos\\sales-bi", start="2026-11-29T09:00:00Z", model="claude-opus-4-6", version="2.1.250", branch="main",
    turns=[
        turn("the Sales dataset refresh takes 2h and has started timing out in the service. want to move fact_sales to incremental refresh. the pbip project is in SalesModel.SemanticModel/. plan it first, dont change anything yet",
             par(grep("fact_sales", path="SalesModel.SemanticModel/definition/tables", files=["SalesModel.SemanticModel/definition/tables/fact_sales.tmdl"]),
                 bash("sqlcmd -S SQLBI01 -d SalesDW -E -W -Q \"SELECT MIN(date_key), MAX(date_key), COUNT_BIG(*) FROM fact_sales\"", "----------- ----------- --------------------\n20190101 20261128 412883071\n\n(1 rows affected)", desc="Size and date range of fact_sales")),
             read("C:\\Users\\kbaker\\repos\\sales-bi\\SalesModel.SemanticModel\\definition\\tables\\fact_sales.tmdl", "table fact_sales\n\tcolumn date_key\n\t\tdataType: int64\n\t...\n\tpartition fact_sales = m\n\t\tmode: import\n\t\tsource =\n\t\t\t\tlet\n\t\t\t\t    Source = Sql.Database(\"SQLBI01\", \"SalesDW\"),\n\t\t\t\t    fact = Source{[Schema=\"dbo\",Item=\"fact_sales\"]}[Data],\n\t\t\t\t    typed = Table.TransformColumnTypes(fact, {{\"net_sales\", Currency.Type}})\n\t\t\t\tin\n\t\t\t\t    typed\n"),
             say("Before I write the plan: `fact_sales` has 413M rows from Jan 2019 to now, keyed by an **int** `date_key` (yyyymmdd), and the query folds cleanly to SQL (no steps that break folding). How far back do numbers change? Incremental refresh only reprocesses the recent window, so if older months get restated they'd be missed.")),
        turn("finance restates up to 3 months back, never more. we need 5 years history in the report",
             plan("## Incremental refresh for fact_sales\n\n1. **Parameters**: add `RangeStart` / `RangeEnd` (DateTime) to the model.\n2. **Filter in M** on the int key, keeping it foldable:\n   `Table.SelectRows(fact, each [date_key] >= Number.From(Date.ToText(Date.From(RangeStart), \"yyyyMMdd\")) and [date_key] < Number.From(Date.ToText(Date.From(RangeEnd), \"yyyyMMdd\")))`\n   Check with View Native Query that the WHERE reaches SQL Server.\n3. **Policy** on fact_sales: archive **5 years**, refresh the last **3 months** (finance restatements), monthly partitions. Optionally \"detect data changes\" off (no reliable modified column).\n4. **Index check on SQLBI01**: confirm `fact_sales` has an index (or clustered columnstore) that serves range filters on `date_key`; otherwise each partition query scans 413M rows.\n5. **Publish** from Desktop; the first refresh in the service builds all ~60 monthly partitions and will be long: run it outside business hours, or bootstrap partitions with XMLA (Tabular Editor / SSMS) one year at a time if it times out again.\n6. **Validate**: after the first refresh compare row counts and net_sales per month against SQL, and the report's October margin (31.8%).\n7. **Rollback**: keep the current .pbip on `main`; the change goes on a branch until step 6 passes.", "C:\\Users\\kbaker\\.claude\\plans\\fact-sales-incremental-refresh.md"),
             say("Plan approved and saved. Nothing has been changed yet. When you want to start, I'd begin with steps 1–2 on a branch, and you can check the native query in Desktop before we set the policy.")),
    ],
)
