LABEL = dict(
    split="heldout10",
    persona="Power BI developer documenting the DAX measures of a sales model",
    expertise_level=3, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the source (the exported measures file), the deliverable (a Markdown data dictionary with name, plain-English meaning, format) and the "
               "audience (finance), but leaves the wording to the agent; prompt 2 is a general correction ('less techy, they dont know what CALCULATE is'): level 3. "
               "A document is written: writing. Nothing fails; 'ok better' (prompt 3) accepts the rewrite but does not say it works or agrees with anything checked, read as no confirmation: neither."),
)

SESSION = dict(
    cwd="/Users/lena/repos/sales-model", start="2026-11-27T13:40:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="docs/measures",
    turns=[
        turn("i exported all measures from the Sales model with Tabular Editor into measures.dax. write docs/measures.md - a data dictionary for the finance team: one row per measure with name, what it means in plain english, and its format string. group by display folder",
             read("/Users/lena/repos/sales-model/measures.dax",
                  "-- Folder: Revenue\nMEASURE Sales[Net Revenue] = SUM(Sales[LineAmount]) - SUM(Sales[Discount])\n  FormatString = \"£#,0\"\nMEASURE Sales[Net Revenue PY] = CALCULATE([Net Revenue], SAMEPERIODLASTYEAR('Date'[Date]))\n  FormatString = \"£#,0\"\nMEASURE Sales[Revenue YoY %] = DIVIDE([Net Revenue] - [Net Revenue PY], [Net Revenue PY])\n  FormatString = \"0.0%\"\n-- Folder: Margin\nMEASURE Sales[Gross Margin] = [Net Revenue] - SUM(Sales[CostAmount])\n  FormatString = \"£#,0\"\nMEASURE Sales[Gross Margin %] = DIVIDE([Gross Margin], [Net Revenue])\n  FormatString = \"0.0%\"\n-- Folder: Customers\nMEASURE Sales[Active Customers] = CALCULATE(DISTINCTCOUNT(Sales[CustomerKey]), Sales[LineAmount] > 0)\n  FormatString = \"#,0\""),
             write("/Users/lena/repos/sales-model/docs/measures.md",
                   "# Sales model – measures\n\n## Revenue\n\n| Measure | Meaning | Format |\n|---|---|---|\n| Net Revenue | SUM of LineAmount minus SUM of Discount | £#,0 |\n| Net Revenue PY | Net Revenue evaluated with CALCULATE over SAMEPERIODLASTYEAR on the Date table | £#,0 |\n| Revenue YoY % | DIVIDE of the difference between Net Revenue and Net Revenue PY by Net Revenue PY | 0.0% |\n\n## Margin\n\n| Measure | Meaning | Format |\n|---|---|---|\n| Gross Margin | Net Revenue minus SUM of CostAmount | £#,0 |\n| Gross Margin % | DIVIDE of Gross Margin by Net Revenue | 0.0% |\n\n## Customers\n\n| Measure | Meaning | Format |\n|---|---|---|\n| Active Customers | DISTINCTCOUNT of CustomerKey where LineAmount > 0 | #,0 |\n"),
             say("Written `docs/measures.md`: three tables (Revenue, Margin, Customers), one row per measure with meaning and format string.")),
        turn("less techy please, finance dont know what CALCULATE or DISTINCTCOUNT is. say what the number means to them",
             write("/Users/lena/repos/sales-model/docs/measures.md",
                   "# Sales model – measures\n\n## Revenue\n\n| Measure | What it means | Shown as |\n|---|---|---|\n| Net Revenue | What we invoiced, after discounts, for the dates and filters you've selected | £12,345 |\n| Net Revenue PY | The same figure for the same dates one year earlier | £12,345 |\n| Revenue YoY % | How much Net Revenue grew (or fell) compared with the same period last year | 12.3% |\n\n## Margin\n\n| Measure | What it means | Shown as |\n|---|---|---|\n| Gross Margin | Net Revenue minus the cost of the goods sold | £12,345 |\n| Gross Margin % | Gross Margin as a share of Net Revenue | 12.3% |\n\n## Customers\n\n| Measure | What it means | Shown as |\n|---|---|---|\n| Active Customers | How many different customers bought something (credit-only customers are not counted) | 1,234 |\n"),
             say("Rewritten in finance terms: each measure says what the number is for the period you've selected, and the format column shows an example instead of the format code.")),
        turn("ok better",
             say("Good. If you add measures later, re-export and I can update the page.")),
    ],
)
