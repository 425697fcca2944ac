LABEL = dict(
    split="heldout7",
    persona="information governance officer at a district council, handles FOI requests, uses Excel",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file, the grouping (per department per quarter) and one constraint (over 20 working days) but asks for no check, and "
               "the agent decides date parsing, weekends and bank holidays; prompt 3 adds a second count in the same terms; precision leans to 3, "
               "verification to 1, with nothing else to decide between 2 and 3: level 2 (tie-break 3). Figures computed from a CSV: analysing. The "
               "first read fails with a UnicodeDecodeError (trouble); prompt 2 'those are the same as my quarterly return' confirms the figures after "
               "the fix, and prompt 4 'perfect that's everything' closes without any failure: verified success."),
)

SESSION = dict(
    cwd="/home/pjoshi/foi", start="2026-12-02T08:50:00Z", model="claude-sonnet-4-6", version="2.1.236",
    turns=[
        turn("I have foi_log_2026.csv exported from our case system. Can you tell me how many requests each department got per quarter and how "
             "many went over the 20 working days? I need it for the committee report",
             bash("python3 -c \"import pandas as pd; df = pd.read_csv('foi_log_2026.csv'); print(df.columns.tolist())\"",
                  "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  ...\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0x92 in position 4187: invalid start byte",
                  code=1, desc="Look at the CSV columns"),
             bash("python3 -c \"import pandas as pd; df = pd.read_csv('foi_log_2026.csv', encoding='cp1252'); print(df.columns.tolist()); print(len(df))\"",
                  "['Ref', 'Received', 'Department', 'Responded', 'Outcome']\n412", desc="Read with Windows encoding"),
             write("/home/pjoshi/foi/foi_summary.py",
                   "import numpy as np\nimport pandas as pd\n\ndf = pd.read_csv('foi_log_2026.csv', encoding='cp1252', parse_dates=['Received', 'Responded'], dayfirst=True)\n"
                   "df['working_days'] = np.busday_count(df['Received'].values.astype('datetime64[D]'), df['Responded'].values.astype('datetime64[D]'))\n"
                   "df['late'] = df['working_days'] > 20\ndf['quarter'] = df['Received'].dt.to_period('Q')\n"
                   "out = df.groupby(['Department', 'quarter']).agg(requests=('Ref', 'count'), late=('late', 'sum')).reset_index()\n"
                   "print(out.to_string(index=False))\nout.to_csv('foi_summary.csv', index=False)\n"),
             bash("python3 foi_summary.py",
                  "     Department quarter  requests  late\n   Environment  2026Q1        38     3\n   Environment  2026Q2        41     5\n       Housing  2026Q1        52     9\n"
                  "       Housing  2026Q2        47     6\n      Planning  2026Q1        61     4\n      Planning  2026Q2        58     2\n     Revenues  2026Q1        29     1\n"
                  "     Revenues  2026Q2        33     0\n  ...", desc="Compute the summary"),
             say("The file was saved from Excel in Windows encoding, so I read it that way. Per department and quarter you now have the number of "
                 "requests and how many took more than 20 working days (weekends excluded; bank holidays are not excluded yet). The full table is in "
                 "`foi_summary.csv`. Housing had the most late responses (9 in Q1).")),
        turn("those are the same as my quarterly return so I'm happy with that. can you put it in a table I can paste into word",
             bash("python3 -c \"import pandas as pd; print(pd.read_csv('foi_summary.csv').to_markdown(index=False))\"",
                  "| Department   | quarter   |   requests |   late |\n|:-------------|:----------|-----------:|-------:|\n| Environment  | 2026Q1    |         38 |      3 |\n| ...", desc="Print as a table"),
             say("Here it is as a table. If you paste it into Word and it comes out as plain text, open `foi_summary.csv` in Excel and copy the cells "
                 "from there instead – Word keeps Excel tables as tables.")),
        turn("one more, the committee always asks how many we refused. same thing but refused ones per department for the year",
             bash("python3 -c \"import pandas as pd; df = pd.read_csv('foi_log_2026.csv', encoding='cp1252'); print(df[df.Outcome.str.startswith('Refused')].groupby('Department').size().to_string())\"",
                  "Department\nEnvironment     4\nHousing        11\nPlanning        7\nRevenues        2", desc="Count refusals per department"),
             say("Refused requests this year: Housing 11, Planning 7, Environment 4, Revenues 2 (24 in total). I counted every outcome starting with "
                 "'Refused', which includes 'Refused – cost limit' and 'Refused – exemption'.")),
        turn("perfect that's everything for the report",
             say("Glad it helped. Next quarter you can run `python3 foi_summary.py` on the new export and it will rebuild the table.")),
    ],
)
