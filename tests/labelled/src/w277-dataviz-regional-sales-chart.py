LABEL = dict(
    split="heldout9",
    persona="Marketing analyst at a garden-furniture retailer who makes charts in Python for the monthly trading pack",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the data (sales_2026.parquet), the chart (monthly revenue by region, small multiples, "
               "shared y-axis) and the output file, but leaves the plotting details to the agent; prompt 2 a general steer "
               "(use our brand colours): level 3. Analysing: figures computed from data into a chart. No failures; prompt 3 "
               "('totals match the trading pack') confirms the figures agree with what she checked, so verified."),
)

SESSION = dict(
    cwd="/Users/hannah.w/analysis/trading-pack", start="2026-11-04T15:33:27Z",
    model="claude-sonnet-4-6", version="2.1.230",
    turns=[
        turn("from sales_2026.parquet make a small multiples chart of monthly revenue by region (one panel per region, shared y "
             "axis), save as regional_revenue.png for the trading pack. Also print the yearly totals per region so I can check them",
             bash("python3 -c \"import pandas as pd; d=pd.read_parquet('sales_2026.parquet'); print(d.dtypes); print(d.region.unique())\"",
                  "order_date    datetime64[ns]\nregion                object\nnet_revenue          float64\nchannel               object\ndtype: object\n"
                  "['North' 'Midlands' 'South East' 'South West' 'Scotland']", desc="Inspect the data"),
             write("/Users/hannah.w/analysis/trading-pack/regional_revenue.py",
                   "import pandas as pd, matplotlib.pyplot as plt\nd = pd.read_parquet('sales_2026.parquet')\n"
                   "m = d.groupby([pd.Grouper(key='order_date', freq='MS'), 'region']).net_revenue.sum().unstack()\n"
                   "print(m.sum().round(0))\nfig, axes = plt.subplots(1, 5, figsize=(15, 3), sharey=True)\nfor ax, r in zip(axes, m.columns):\n"
                   "    ax.plot(m.index, m[r] / 1e3); ax.set_title(r)\naxes[0].set_ylabel('£k')\nfig.savefig('regional_revenue.png', dpi=200, bbox_inches='tight')\n"),
             bash("python3 regional_revenue.py", "region\nMidlands      1184302.0\nNorth          962118.0\nScotland       401774.0\nSouth East    2210558.0\nSouth West     874091.0\ndtype: float64",
                  desc="Make the chart"),
             say("Saved regional_revenue.png (five panels, shared £k axis). Yearly totals so far:\n\n| region | revenue |\n|---|---|\n"
                 "| South East | £2,210,558 |\n| Midlands | £1,184,302 |\n| North | £962,118 |\n| South West | £874,091 |\n| Scotland | £401,774 |")),
        turn("use our brand colours, the green #2e5e4e for the lines and grey gridlines",
             edit("/Users/hannah.w/analysis/trading-pack/regional_revenue.py", "    ax.plot(m.index, m[r] / 1e3); ax.set_title(r)",
                  "    ax.plot(m.index, m[r] / 1e3, color='#2e5e4e'); ax.set_title(r)\n    ax.grid(color='#d0d0d0', linewidth=0.6)"),
             bash("python3 regional_revenue.py >/dev/null && ls -l regional_revenue.png", "-rw-r--r--  1 hannah.w  staff  188412 Nov  4 15:36 regional_revenue.png",
                  desc="Regenerate"),
             say("Redrawn in #2e5e4e with light grey gridlines.")),
        turn("totals match the trading pack, chart looks good. done for today",
             say("Great, regional_revenue.png is ready to drop in.")),
    ],
)
