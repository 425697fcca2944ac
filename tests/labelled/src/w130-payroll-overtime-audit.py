LABEL = dict(
    split="heldout4",
    persona="Senior payroll specialist at a hospital trust auditing overtime payments",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 pins the data (the October timesheet and payroll exports), the rule (hours over 37.5 in a week at time "
               "and a half, Sunday hours at double time whatever the weekly total), the comparison (by employee number) and the "
               "deliverable (each under- or over-payment over £5 with the employee, week and difference); prompt 2 corrects the "
               "agent with a domain fact (the week of 27 Oct runs into November and was paid in the November run): level 4. Figures from CSVs: analysing. No failure; "
               "prompt 3 ('those 9 are the ones I'd flagged by hand') confirms: verified success."),
)

SESSION = dict(
    cwd="/home/payroll/audit/2026-10", start="2026-11-17T09:30:00Z", model="claude-sonnet-4-6", version="2.1.281",
    turns=[
        turn("I need to audit October overtime. timesheets_oct.csv has hours per shift, payroll_oct.csv has what we paid. Rules: anything over 37.5 hours "
             "in a Mon-Sun week is paid at 1.5x the base rate, and Sunday hours are always 2x regardless of the weekly total (and don't also count toward the "
             "37.5). Match on employee number. I want every employee-week where what we paid differs from what the rules give by more than £5, with the "
             "employee number, week commencing date, expected, paid and the difference.",
             bash("head -3 timesheets_oct.csv payroll_oct.csv", "==> timesheets_oct.csv <==\nemp_no,shift_date,hours,base_rate\n40117,2026-09-29,12.5,18.40\n40117,2026-09-30,12.5,18.40\n\n"
                  "==> payroll_oct.csv <==\nemp_no,week_commencing,overtime_paid\n40117,2026-09-29,172.50\n40122,2026-09-29,0.00", desc="Look at both files"),
             write("/home/payroll/audit/2026-10/overtime_check.py",
                   "import pandas as pd\nts = pd.read_csv('timesheets_oct.csv', parse_dates=['shift_date'])\nts['wc'] = ts.shift_date - pd.to_timedelta(ts.shift_date.dt.weekday, unit='D')\n"
                   "ts['sunday'] = ts.shift_date.dt.weekday == 6\n\ndef expected(g):\n    rate = g.base_rate.iloc[0]\n    sun = g.loc[g.sunday, 'hours'].sum()\n"
                   "    other = g.loc[~g.sunday, 'hours'].sum()\n    return round(max(0, other - 37.5) * rate * 1.5 + sun * rate * 2, 2)\n\n"
                   "exp = ts.groupby(['emp_no', 'wc']).apply(expected).rename('expected').reset_index()\npaid = pd.read_csv('payroll_oct.csv', parse_dates=['week_commencing'])\n"
                   "m = exp.merge(paid, left_on=['emp_no', 'wc'], right_on=['emp_no', 'week_commencing'], how='outer')\nm['diff'] = (m.overtime_paid.fillna(0) - m.expected.fillna(0)).round(2)\n"
                   "out = m[m['diff'].abs() > 5][['emp_no', 'wc', 'expected', 'overtime_paid', 'diff']].sort_values(['emp_no', 'wc'])\nout.to_csv('overtime_exceptions.csv', index=False)\nprint(len(exp), len(out))\nprint(out.to_string(index=False))\n"),
             bash("python3 overtime_check.py", "1836 12\n emp_no         wc  expected  overtime_paid    diff\n  40117 2026-10-13    138.00         82.80  -55.20\n...\n  40388 2026-10-20    294.40         220.80  -73.60\n"
                  "  40391 2026-10-27    441.60         0.00  -441.60\n  40455 2026-10-06      0.00          96.60   96.60\n  (12 rows)", desc="Run the check"),
             say("1,836 employee-weeks checked; **12** differ by more than £5, written to `overtime_exceptions.csv`. The largest is 40391 in the week of 27 Oct: "
                 "£441.60 expected (12 Sunday hours at 2×) and nothing paid.")),
        turn("Bank holidays are paid at the Sunday rate too - there was none in October here but the week of 29 Sep includes... no, ignore that. The real issue: "
             "the 27 Oct week runs into November, so payroll paid it in the November run. Exclude any week that isn't fully inside October.",
             edit("/home/payroll/audit/2026-10/overtime_check.py", "out = m[m['diff'].abs() > 5]",
                  "m = m[(m.wc >= '2026-09-29') & (m.wc + pd.Timedelta(days=6) <= '2026-10-31')]  # weeks paid in the October run\nout = m[m['diff'].abs() > 5]"),
             bash("python3 overtime_check.py", "1836 9\n emp_no         wc  expected  overtime_paid   diff\n  40203 2026-10-13    110.40          55.20  -55.20\n  40219 2026-10-06     82.80         124.20   41.40\n  ...\n  (9 rows)", desc="Rerun"),
             say("Excluded the 27 Oct week (it ends 2 Nov, paid in November). **9** exceptions remain in `overtime_exceptions.csv`: 6 underpaid, 3 overpaid, "
                 "net -£187.40. I kept the week of 29 Sep because its payroll row is in the October file.")),
        turn("those 9 are the ones I'd flagged by hand. great, thanks", say("Good, the file's ready for the corrections run.")),
    ],
)
