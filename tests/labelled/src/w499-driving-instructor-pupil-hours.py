LABEL = dict(
    split="heldout17",
    persona="driving instructor totting up lesson hours per pupil from her bookings spreadsheet",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the spreadsheet, the goal (hours per pupil, who is near test standard) and one constraint (cancelled lessons don't count) but leaves everything else to the agent and asks for no check: level 2 (2/3 borderline, taken lower by tie-break 3). "
               "The session reads the bookings and produces a table of hours per pupil: analysing. Both pandas runs succeed, and prompt 2 ('yes thats right i checked Amir and Jess against my diary') is an explicit confirmation: verified success, no trouble."),
)

SESSION = dict(
    cwd="/Users/karen/Documents/lessons", start="2026-11-28T19:40:00Z", model="claude-sonnet-4-5", version="2.1.231", branch="main",
    turns=[
        turn("hi, i have a spreadsheet bookings 2026.xlsx with all my lessons since january. can you tell me how many hours each pupil has had? cancelled ones dont count (it says cancelled in the notes column). i want to see whos getting near 40 hours bc thats usually when they are ready for test",
             bash("cd ~/Documents/lessons && ls", "bookings 2026.xlsx\nbookings 2025.xlsx\nprices.docx\ntest dates.txt\n"),
             bash("python3 -c \"import pandas as pd; df = pd.read_excel('bookings 2026.xlsx'); print(df.columns.tolist()); print(df.head(8)); print(len(df))\"",
                  "['Date', 'Pupil', 'Start', 'Length (hrs)', 'Pick up', 'Paid', 'Notes']\n        Date    Pupil  Start  Length (hrs)       Pick up  Paid        Notes\n0 2026-01-05     Amir  09:00           2.0  Home         Y          NaN\n1 2026-01-05     Jess  13:00           1.5  College      Y          NaN\n2 2026-01-06    Callum 10:00           1.0  Home         N     cancelled\n3 2026-01-06     Priya 16:00           2.0  Work         Y   motorway\n4 2026-01-07     Amir  09:00           2.0  Home         Y          NaN\n5 2026-01-08   Tomasz  17:30           1.5  Home         Y          NaN\n6 2026-01-08     jess  13:00           1.5  College      Y          NaN\n7 2026-01-09     Priya 16:00           1.0  Work         Y   Cancelled by pupil\n1184\n"),
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_excel('bookings 2026.xlsx')\ndf['Pupil'] = df['Pupil'].str.strip().str.title()\nlive = df[~df['Notes'].fillna('').str.contains('cancel', case=False)]\nt = live.groupby('Pupil').agg(hours=('Length (hrs)', 'sum'), lessons=('Date', 'count'), last=('Date', 'max')).sort_values('hours', ascending=False)\nprint(t.to_string())\nprint('cancelled rows dropped:', len(df) - len(live))\nPY",
                  "        hours  lessons       last\nPupil                                \nAmir     44.5       24 2026-11-27\nJess     41.0       27 2026-11-26\nPriya    38.0       21 2026-11-25\nTomasz   31.5       20 2026-11-27\nCallum   22.0       17 2026-11-24\nOlivia   19.5       13 2026-11-28\nDeclan   12.0        8 2026-11-21\nHannah    6.0        4 2026-11-28\ncancelled rows dropped: 61\n", desc="Hours per pupil excluding cancellations"),
             say("Here's the total per pupil for 2026 so far, with cancelled lessons taken out (61 rows had \"cancelled\" in some form in Notes):\n\n| Pupil | Hours | Lessons | Last lesson |\n|---|---|---|---|\n| Amir | 44.5 | 24 | 27 Nov |\n| Jess | 41.0 | 27 | 26 Nov |\n| Priya | 38.0 | 21 | 25 Nov |\n| Tomasz | 31.5 | 20 | 27 Nov |\n| Callum | 22.0 | 17 | 24 Nov |\n| Olivia | 19.5 | 13 | 28 Nov |\n| Declan | 12.0 | 8 | 21 Nov |\n| Hannah | 6.0 | 4 | 28 Nov |\n\n**Near 40 hours:** Amir and Jess are past it, Priya is 2 hours off.\n\nTwo things I tidied: some names were typed in lower case (\"jess\"), so I merged them, and \"Cancelled by pupil\" counts as cancelled too. If any pupil also had lessons in 2025 those aren't included, I can add `bookings 2025.xlsx` if you want lifetime totals.")),
        turn("yes thats right i checked Amir and Jess against my diary. can you add the 2025 ones too for Priya and Tomasz they started last autumn",
             bash("python3 - <<'PY'\nimport pandas as pd\nfr = []\nfor f in ['bookings 2025.xlsx', 'bookings 2026.xlsx']:\n    d = pd.read_excel(f); d['Pupil'] = d['Pupil'].str.strip().str.title(); fr.append(d)\ndf = pd.concat(fr)\nlive = df[~df['Notes'].fillna('').str.contains('cancel', case=False)]\nprint(live[live['Pupil'].isin(['Priya', 'Tomasz'])].groupby('Pupil')['Length (hrs)'].sum())\nPY",
                  "Pupil\nPriya     49.0\nTomasz    43.5\nName: Length (hrs), dtype: float64\n", desc="Totals including 2025 for Priya and Tomasz"),
             say("With last year's lessons included:\n\n- **Priya: 49.0 hours** (11 from 2025)\n- **Tomasz: 43.5 hours** (12 from 2025)\n\nSo both are over 40 when you count from when they started.")),
    ],
)
