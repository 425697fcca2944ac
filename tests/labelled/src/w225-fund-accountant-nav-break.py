LABEL = dict(
    split="heldout7",
    persona="fund accountant (oversight of a third-party administrator) at an asset manager",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 pins the reconciliation down: the two files, the key (ISIN plus share class), the fields to compare (quantity, price, "
               "market value in base currency), a tolerance of 1bp of NAV, and the output (breaks only, sorted by absolute difference); prompt 2 "
               "corrects the agent with a domain fact (the administrator prices the bond at clean price, the accrued interest is a separate "
               "line): level 4, not 5, since the clean/dirty difference came as a correction rather than anticipated up front. Figures from two position files: analysing. The first script fails with a KeyError (trouble); prompt 3 'ties to "
               "the administrator's NAV now, the two FX breaks are real' confirms after the fix: verified success."),
)

SESSION = dict(
    cwd="/Users/cmoreau/oversight/2026-11-28", start="2026-12-01T08:15:00Z", model="claude-sonnet-4-6", version="2.1.233",
    turns=[
        turn("NAV oversight for the Global Income fund, 28 Nov. Reconcile admin_positions.xlsx (the administrator) with ibor_positions.csv (ours) on "
             "ISIN + share class. Compare quantity, price and market value in EUR. Tolerance: a break is anything over 1bp of NAV (NAV is in "
             "the admin file's Summary sheet). Give me only the breaks, sorted by absolute MV difference, plus the total.",
             bash("python3 recon.py", "Traceback (most recent call last):\n  File \"recon.py\", line 8, in <module>\n    admin['key'] = admin['ISIN'] + admin['Share Class']\n"
                  "KeyError: 'Share Class'", code=1, desc="Run the first reconciliation"),
             bash("python3 -c \"import pandas as pd; print(pd.read_excel('admin_positions.xlsx', sheet_name='Positions', header=3).columns.tolist())\"",
                  "['ISIN', 'Security Name', 'Class', 'Quantity', 'Price', 'Price Ccy', 'FX Rate', 'MV Base', 'Accrued Base']", desc="Check the admin columns"),
             edit("/Users/cmoreau/oversight/2026-11-28/recon.py", "admin = pd.read_excel('admin_positions.xlsx', sheet_name='Positions')\nadmin['key'] = admin['ISIN'] + admin['Share Class']",
                  "admin = pd.read_excel('admin_positions.xlsx', sheet_name='Positions', header=3)\nadmin['key'] = admin['ISIN'] + admin['Class']"),
             bash("python3 recon.py", "NAV EUR 412,886,203.11  threshold (1bp) EUR 41,288.62\nbreaks: 14  total MV diff EUR 1,903,442.87\n"
                  "XS2291012345 EUR-I  MV diff   -288,410.00  (price 98.71 vs 101.02)\nXS1987654321 EUR-I  MV diff   -201,977.50  (price 96.10 vs 97.85)\n...", desc="Run the reconciliation"),
             say("The admin sheet has three title rows and calls the share class 'Class'; fixed. With NAV at EUR 412.9m the threshold is EUR 41,288.62. "
                 "14 breaks, EUR 1.90m in total; the largest are bonds where our price is ~2 points higher than the administrator's.")),
        turn("those bond 'breaks' are clean vs dirty. the admin prices at clean and carries accrued in the Accrued Base column, we hold dirty. compare "
             "MV Base + Accrued Base against our MV for bonds",
             edit("/Users/cmoreau/oversight/2026-11-28/recon.py", "admin['mv_cmp'] = admin['MV Base']",
                  "# administrator prices bonds clean and carries accrued separately; IBOR holds dirty\nadmin['mv_cmp'] = admin['MV Base'] + admin['Accrued Base'].fillna(0)"),
             bash("python3 recon.py", "NAV EUR 412,886,203.11  threshold (1bp) EUR 41,288.62\nbreaks: 2  total MV diff EUR 97,315.40\n"
                  "US0378331005 USD-H  MV diff    61,902.10  (FX 1.0521 vs 1.0559)\nJP3633400001 EUR-I  MV diff    35,413.30  (FX 161.92 vs 162.41)", desc="Rerun with accrued"),
             say("With accrued added for the administrator, the bond differences disappear. Two breaks remain, EUR 97,315.40 together, both from FX: "
                 "the administrator's USD and JPY rates differ from ours (1.0521 vs 1.0559; 161.92 vs 162.41), which looks like a different FX fixing time.")),
        turn("ties to the administrator's NAV now, the two FX breaks are real - they used the 4pm london fix, we use WM 5pm... I'll raise them. "
             "save the breaks to breaks_20261128.xlsx",
             bash("python3 recon.py --out breaks_20261128.xlsx", "wrote breaks_20261128.xlsx (2 rows)", desc="Save the breaks"),
             say("Saved `breaks_20261128.xlsx` with the two FX breaks.")),
    ],
)
