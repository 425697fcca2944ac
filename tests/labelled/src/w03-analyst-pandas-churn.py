LABEL = dict(
    split="dev",
    persona="Business analyst at a subscription box company, comfortable with pandas and notebooks",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the files, the measure (monthly churn for 2025), a definition choice and the "
               "output (a chart), but leaves the approach to the agent; the check asked in prompt 2 is a "
               "concrete comparison with last quarter's board figure, which puts it at level 3, not 4. The first "
               "run fails with KeyError 'customer_id' (trouble). Prompt 3 ('looks right, thanks') confirms "
               "after the fix, so verified and not abandoned."),
)

SESSION = dict(
    cwd="/home/priya/analysis/churn", start="2026-01-19T10:12:03Z", model="claude-sonnet-4-6", version="2.1.207",
    turns=[
        turn("Can you work out monthly churn for 2025 from data/customers.csv and data/orders.csv? A customer "
             "counts as churned in the month after their last order if they don't order again within 60 days. "
             "Put the numbers in a table and make a line chart saved as churn_2025.png.",
             bash("head -3 data/customers.csv data/orders.csv",
                  "==> data/customers.csv <==\ncust_id,signup_date,plan,region\nC00012,2023-11-02,monthly,UK\nC00013,2023-11-02,quarterly,IE\n\n"
                  "==> data/orders.csv <==\norder_id,cust_id,order_date,amount\nO99812,C00012,2025-01-03,24.00\nO99813,C00044,2025-01-03,31.50",
                  desc="Peek at the CSV headers", pre="Let me look at the columns first."),
             write("/home/priya/analysis/churn/churn.py",
                   "import pandas as pd\nimport matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n\n"
                   "orders = pd.read_csv('data/orders.csv', parse_dates=['order_date'])\n"
                   "last = orders.groupby('customer_id')['order_date'].max()\n"
                   "# churn month = month after last order when no order follows within 60 days\n"),
             bash("python churn.py", "Traceback (most recent call last):\n  File \"/home/priya/analysis/churn/churn.py\", line 7, in <module>\n"
                  "    last = orders.groupby('customer_id')['order_date'].max()\n  File \".../pandas/core/frame.py\", line 8869, in groupby\n"
                  "KeyError: 'customer_id'", code=1, desc="Run the churn script"),
             edit("/home/priya/analysis/churn/churn.py", "orders.groupby('customer_id')", "orders.groupby('cust_id')",
                  pre="The column is `cust_id`, not `customer_id`. Fixing that."),
             bash("python churn.py",
                  "month     active  churned  churn_rate\n2025-01   4,812     301       6.3%\n2025-02   4,790     288       6.0%\n"
                  "2025-03   4,905     264       5.4%\n...\n2025-10   5,310     402       7.6%\n2025-11   5,288     n/a       n/a (60-day window not closed)\n"
                  "Saved churn_2025.png", desc="Run the churn script"),
             say("Here's monthly churn for 2025 (churned = no further order within 60 days of their last one, "
                 "counted in the following month):\n\n| month | active | churned | rate |\n|---|---|---|---|\n"
                 "| Jan | 4,812 | 301 | 6.3% |\n| Feb | 4,790 | 288 | 6.0% |\n| Mar | 4,905 | 264 | 5.4% |\n"
                 "| … | | | |\n| Oct | 5,310 | 402 | 7.6% |\n\nNovember and December can't be scored yet "
                 "because their 60-day windows haven't closed. Churn was lowest in spring and rose through the "
                 "autumn. The chart is in `churn_2025.png`.")),
        turn("Q3 churn in the board pack was 6.8%. Does your Q3 agree with that?",
             bash("python -c \"import pandas as pd; d=pd.read_csv('churn_monthly.csv'); q=d[d.month.between('2025-07','2025-09')]; print(q.churned.sum()/q.active.sum())\"",
                  "0.06791", desc="Compute Q3 churn from the monthly table"),
             say("Yes. Pooled over July to September I get 6.79%, which rounds to the 6.8% in the board pack. "
                 "(The simple average of the three monthly rates would be 6.9%, so the board figure must have "
                 "been pooled the same way.)")),
        turn("looks right, thanks",
             say("Great. The script (`churn.py`) and the monthly table (`churn_monthly.csv`) are in the folder "
                 "if you want to rerun them next quarter.")),
    ],
)
