LABEL = dict(
    split="heldout11",
    persona="tenants' association secretary preparing open-repairs figures for a meeting with the housing association",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the spreadsheet and the goal (open repairs per block and how long people have waited) for a meeting, little else: level 2; prompt 2 asks for a printable table. "
               "Figures are computed from a spreadsheet: analysing. The first read fails (pandas lacks openpyxl, exit 1): trouble; "
               "prompt 2 then confirms the result from her own knowledge ('thats right, the damp in flat 14 ... 112 days is about right'): resolved, verified success."),
)

SESSION = dict(
    cwd="/Users/gloria/Documents/TA", start="2027-02-08T18:15:00Z", model="claude-sonnet-4-6", version="2.1.255", branch="",
    turns=[
        turn("Hello. I'm the secretary of our tenants association, we keep a log of repairs reported to the housing association (repairs_log.xlsx). For the meeting with them on Thursday I need how many repairs are still open in each block and how long people have been waiting. Can you do that",
             bash("python3 -c \"import pandas as pd; df = pd.read_excel('repairs_log.xlsx'); print(df.head()); print(df.shape)\"",
                  "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  File \"/opt/homebrew/lib/python3.12/site-packages/pandas/io/excel/_base.py\", line 495, in read_excel\n    io = ExcelFile(\n  File \"/opt/homebrew/lib/python3.12/site-packages/pandas/compat/_optional.py\", line 138, in import_optional_dependency\n    raise ImportError(msg)\nImportError: Missing optional dependency 'openpyxl'.  Use pip or conda to install openpyxl.",
                  code=1, desc="Open the repairs log"),
             bash("python3 -m pip install openpyxl", "Collecting openpyxl\n  Downloading openpyxl-3.1.5-py2.py3-none-any.whl (250 kB)\nCollecting et-xmlfile\n  Downloading et_xmlfile-2.0.0-py3-none-any.whl (18 kB)\nInstalling collected packages: et-xmlfile, openpyxl\nSuccessfully installed et-xmlfile-2.0.0 openpyxl-3.1.5",
                  desc="Install the Excel reader", ms=5200),
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_excel('repairs_log.xlsx')\nprint(df.columns.tolist())\nopen_ = df[df['Status'].str.lower() != 'completed'].copy()\nopen_['days'] = (pd.Timestamp('2027-02-08') - pd.to_datetime(open_['Reported'], dayfirst=True)).dt.days\ng = open_.groupby('Block')['days'].agg(['count', 'mean', 'max']).round(0)\nprint(g)\nprint(open_.sort_values('days', ascending=False)[['Block', 'Flat', 'Problem', 'Reported', 'days']].head(5).to_string(index=False))\nPY",
                  "['Block', 'Flat', 'Reported', 'Problem', 'Ref', 'Status', 'Notes']\n                 count  mean  max\nBlock\nAshdown House        7  46.0  112\nBeacon House         4  29.0   61\nCroft House          9  38.0   88\n Block      Flat  Problem                    Reported  days\n Ashdown House  14  Damp and mould bedroom   18/10/2026  113\n Croft House    3   Lift out of order         12/11/2026   88\n Croft House    22  Boiler no hot water       02/12/2026   68\n Beacon House   9   Window won't close        09/12/2026   61\n Ashdown House  2   Leak from flat above      20/12/2026   50",
                  desc="Count open repairs per block and days waiting"),
             say("Here are the open repairs (anything not marked Completed), counted up to today:\n\n| Block | Open repairs | Average wait | Longest wait |\n|---|---|---|---|\n| Ashdown House | 7 | 46 days | 113 days |\n| Beacon House | 4 | 29 days | 61 days |\n| Croft House | 9 | 38 days | 88 days |\n\n"
                 "20 open repairs in total. The longest waits:\n\n1. Ashdown House, flat 14: damp and mould in the bedroom, reported 18 October, **113 days**\n2. Croft House, flat 3: lift out of order, reported 12 November, 88 days\n3. Croft House, flat 22: boiler, no hot water, reported 2 December, 68 days\n"
                 "4. Beacon House, flat 9: window won't close, 61 days\n5. Ashdown House, flat 2: leak from the flat above, 50 days\n\n(I had to install a small add-on so Python could open the Excel file; that's done now.)")),
        turn("thats right, the damp in flat 14 has been going since october, 112 days is about right. can you put it in a table i can print",
             write("/Users/gloria/Documents/TA/open_repairs_8feb.html",
                   "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Open repairs, 8 February 2027</title>\n<style>body{font-family:Arial,sans-serif;margin:2cm} table{border-collapse:collapse;width:100%;margin-bottom:1.5em} th,td{border:1px solid #444;padding:6px 10px;text-align:left} th{background:#eee}</style></head>\n<body>\n<h1>Open repairs by block</h1>\n<p>Tenants' Association, figures as at 8 February 2027 (all repairs not marked completed).</p>\n"
                   "<table><tr><th>Block</th><th>Open repairs</th><th>Average wait</th><th>Longest wait</th></tr>\n<tr><td>Ashdown House</td><td>7</td><td>46 days</td><td>113 days</td></tr>\n<tr><td>Beacon House</td><td>4</td><td>29 days</td><td>61 days</td></tr>\n<tr><td>Croft House</td><td>9</td><td>38 days</td><td>88 days</td></tr>\n<tr><th>Total</th><th>20</th><th></th><th></th></tr></table>\n"
                   "<h2>Longest waiting</h2>\n<table><tr><th>Block</th><th>Flat</th><th>Problem</th><th>Reported</th><th>Days</th></tr>\n<tr><td>Ashdown House</td><td>14</td><td>Damp and mould, bedroom</td><td>18/10/2026</td><td>113</td></tr>\n<tr><td>Croft House</td><td>3</td><td>Lift out of order</td><td>12/11/2026</td><td>88</td></tr>\n<tr><td>Croft House</td><td>22</td><td>Boiler, no hot water</td><td>02/12/2026</td><td>68</td></tr>\n<tr><td>Beacon House</td><td>9</td><td>Window won't close</td><td>09/12/2026</td><td>61</td></tr>\n<tr><td>Ashdown House</td><td>2</td><td>Leak from flat above</td><td>20/12/2026</td><td>50</td></tr></table>\n</body></html>\n"),
             say("I've made `open_repairs_8feb.html` in your TA folder. Double-click it to open it in your browser, then use File → Print (or Cmd+P). It has the three blocks with the totals on top and the five longest waits underneath, with the date on it so nobody can say the figures are old.")),
    ],
)
