LABEL = dict(
    split="heldout6",
    persona="Power market analyst at a battery-storage developer, half-hourly GB price data in Polars",
    expertise_level=5, work_mode="analysing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 decomposes the analysis into ordered steps (parse settlement periods to UTC, handle the clock-change days with 46 and 50 periods, "
               "count negative-price periods per month, then the average spread between the four cheapest and four dearest periods a day) and names the "
               "check against Elexon's published count for October; prompt 2, after a false start, is an exact correction (grouping by UTC month puts the first two periods "
               "of 1 October, local time, into September; group by settlement date): level 5. Figures from data: analysing. The first run fails on a schema error (trouble), and the last prompt reports the "
               "October count is still short of Elexon's: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/home/niamh/analysis/gb-prices", start="2026-12-01T17:35:00Z", model="claude-opus-4-5", version="2.1.250",
    turns=[
        turn("prices/mid_2026.parquet has settlement_date, settlement_period (1-50), price_gbp_mwh. Steps: 1) build a UTC start timestamp per period – careful, the "
             "clock-change days have 46 (March) and 50 (October) periods, so don't compute it from local midnight + 30 min naively; 2) count negative-price periods "
             "per month; 3) per day, mean of the 4 dearest minus mean of the 4 cheapest periods, then monthly average. Check Oct against Elexon's figure, 131 negative periods.",
             write("/home/niamh/analysis/gb-prices/negatives.py",
                   "import polars as pl\n\ndf = pl.read_parquet('prices/mid_2026.parquet')\n"
                   "# UTC start of period 1 = local midnight converted to UTC; each period is 30 min from there, so 46/50-period days work.\n"
                   "df = df.with_columns((pl.col('settlement_date').cast(pl.Datetime).dt.replace_time_zone('Europe/London').dt.convert_time_zone('UTC')\n"
                   "                      + pl.duration(minutes=30 * (pl.col('settlement_period') - 1))).alias('start_utc'))\n"
                   "monthly = df.group_by(pl.col('start_utc').dt.month().alias('m')).agg((pl.col('price_gbp_mwh') < 0).sum().alias('neg')).sort('m')\nprint(monthly)\n"),
             bash("python3 negatives.py", "", desc="Run", code=1, ms=2100,
                  stderr="polars.exceptions.InvalidOperationError: casting from Utf8View to Datetime not supported; use str.to_date first\n"),
             edit("/home/niamh/analysis/gb-prices/negatives.py", "pl.col('settlement_date').cast(pl.Datetime)", "pl.col('settlement_date').str.to_date().cast(pl.Datetime)"),
             bash("python3 negatives.py | tail -6", "│ 7   ┆ 88  │\n│ 8   ┆ 102 │\n│ 9   ┆ 74  │\n│ 10  ┆ 129 │\n│ 11  ┆ 61  │\n└─────┴─────┘", desc="Run again", ms=2600),
             say("Negative-price periods per month: Jul 88, Aug 102, Sep 74, **Oct 129**, Nov 61. October is 2 short of Elexon's 131 – looking into it before the spread.")),
        turn("25 Oct has 50 periods. you're grouping by month of start_utc, but periods 49-50 on the 25th... no wait, you've got it by UTC month, the first two periods of 1 Oct "
             "local are 30 Sep UTC. group by settlement_date's month instead",
             edit("/home/niamh/analysis/gb-prices/negatives.py", "df.group_by(pl.col('start_utc').dt.month().alias('m'))",
                  "df.group_by(pl.col('settlement_date').str.to_date().dt.month().alias('m'))"),
             bash("python3 negatives.py | tail -3", "│ 10  ┆ 130 │\n│ 11  ┆ 61  │\n└─────┴─────┘", desc="Run again", ms=2500),
             say("Grouped by settlement date: October is now 130 – one closer, still one short of 131.")),
        turn("still one short of elexon. leave it, I'm out of time today",
             say("Understood. The remaining period is likely a price at exactly 0 or a revised settlement run in Elexon's count; `negatives.py` is as it stands.")),
    ],
)
