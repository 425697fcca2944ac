LABEL = dict(
    split="heldout10",
    persona="Quantitative researcher at a systematic equity fund evaluating a short-horizon signal",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the files, the metrics (daily rank IC against next-day residual returns, IC t-stat, decile spread, one-way turnover), the universe filter and the "
               "lag (signal at t, returns t+1 open to close) and the acceptance check (the 2024 IC must match her notebook's 0.031): level 4; the lag rule is a constraint rather than a failure mode she names, and no alternatives are ruled out, so not 5 (borderline, tie-break 3). Figures computed from data: analysing. No action fails, and prompt 2 ('0.031, same as mine') confirms: verified success."),
)

SESSION = dict(
    cwd="/home/yuki/research/rev5d", start="2026-11-26T07:40:00Z", model="claude-opus-4-6", version="2.1.247", branch="main",
    turns=[
        turn("Evaluate the rev5d signal in data/signal.parquet against data/resid_ret.parquet (columns date, ticker, value / date, ticker, ret_o2c). Signal at t is known at t close; pair it with ret_o2c at t+1. "
             "Universe: in_universe==1 from data/universe.parquet on t. Report per year 2021-2025: mean daily Spearman IC, IC t-stat (Newey-West, 5 lags), top-minus-bottom decile mean return in bp, and one-way daily turnover of the decile portfolios. "
             "Sanity check: 2024 mean IC should come out at 0.031 like in my notebook. Write it as scripts/eval_rev5d.py, not inline.",
             write("/home/yuki/research/rev5d/scripts/eval_rev5d.py",
                   "import numpy as np, pandas as pd\nfrom statsmodels.stats.sandwich_covariance import cov_hac\nimport statsmodels.api as sm\n\nsig = pd.read_parquet('data/signal.parquet')\nret = pd.read_parquet('data/resid_ret.parquet')\nuni = pd.read_parquet('data/universe.parquet')\nsig = sig.merge(uni[uni.in_universe == 1][['date', 'ticker']], on=['date', 'ticker'])\n# signal known at t close -> next trading day's open-to-close residual return\ndates = np.sort(ret.date.unique())\nnext_day = dict(zip(dates[:-1], dates[1:]))\nsig['ret_date'] = sig.date.map(next_day)\ndf = sig.merge(ret.rename(columns={'date': 'ret_date'}), on=['ret_date', 'ticker']).dropna()\n\ndef day_stats(g):\n    ic = g.value.rank().corr(g.ret_o2c.rank())\n    d = pd.qcut(g.value.rank(method='first'), 10, labels=False)\n    return pd.Series({'ic': ic, 'spread': g.ret_o2c[d == 9].mean() - g.ret_o2c[d == 0].mean()})\n\ndaily = df.groupby('date').apply(day_stats)\n# ... decile membership per day -> one-way turnover ...\nfor y, g in daily.groupby(daily.index.year):\n    m = sm.OLS(g.ic.values, np.ones(len(g))).fit(cov_type='HAC', cov_kwds={'maxlags': 5})\n    print(f\"{y}  IC {g.ic.mean():.3f}  t {m.tvalues[0]:.2f}  spread {1e4*g.spread.mean():.1f}bp  turnover {turn[y]:.1%}\")\n"),
             bash("python scripts/eval_rev5d.py", "2021  IC 0.027  t 4.11  spread 9.8bp  turnover 38.2%\n2022  IC 0.035  t 5.02  spread 13.4bp  turnover 39.0%\n2023  IC 0.022  t 3.37  spread 7.9bp  turnover 37.5%\n2024  IC 0.031  t 4.66  spread 11.2bp  turnover 38.8%\n2025  IC 0.019  t 2.71  spread 6.6bp  turnover 38.1%",
                  desc="Run the evaluation", ms=52000),
             say("`scripts/eval_rev5d.py` written and run. Per year: IC 0.027 / 0.035 / 0.022 / **0.031** / 0.019 (2021–2025), NW t-stats 2.7–5.0, decile spread 6.6–13.4 bp a day, "
                 "one-way turnover about 38% a day throughout. 2024 matches your 0.031. 2025 is the weakest year on every measure – with ~38% daily turnover, a 6.6 bp spread is "
                 "unlikely to survive costs.")),
        turn("0.031, same as mine. good. Add a line per year with the spread net of 3bp one-way cost.",
             edit("/home/yuki/research/rev5d/scripts/eval_rev5d.py",
                  "    print(f\"{y}  IC {g.ic.mean():.3f}  t {m.tvalues[0]:.2f}  spread {1e4*g.spread.mean():.1f}bp  turnover {turn[y]:.1%}\")",
                  "    net = 1e4 * g.spread.mean() - 2 * 3.0 * 2 * turn[y]  # two legs, each traded at turnover x 3bp one way\n    print(f\"{y}  IC {g.ic.mean():.3f}  t {m.tvalues[0]:.2f}  spread {1e4*g.spread.mean():.1f}bp  net {net:.1f}bp  turnover {turn[y]:.1%}\")"),
             bash("python scripts/eval_rev5d.py", "2021  IC 0.027  t 4.11  spread 9.8bp  net 5.2bp  turnover 38.2%\n2022  IC 0.035  t 5.02  spread 13.4bp  net 8.7bp  turnover 39.0%\n2023  IC 0.022  t 3.37  spread 7.9bp  net 3.4bp  turnover 37.5%\n2024  IC 0.031  t 4.66  spread 11.2bp  net 6.5bp  turnover 38.8%\n2025  IC 0.019  t 2.71  spread 6.6bp  net 2.0bp  turnover 38.1%",
                  desc="Rerun with net spread", ms=51000),
             say("Net of 3 bp one way on both legs (cost = 2 legs × 2 sides × turnover × 3 bp ≈ 4.6 bp a day): 5.2 / 8.7 / 3.4 / 6.5 / 2.0 bp for 2021–2025. Still positive in 2025, but thin.")),
    ],
)
