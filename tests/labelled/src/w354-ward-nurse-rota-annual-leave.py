LABEL = dict(
    split="heldout12",
    persona="ward sister whose rota script crashes once annual leave is added",
    expertise_level=2, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the script, what she changed (a leave.csv) and pastes the error, asking for it to be fixed: level 2; prompt 2 reports what is still wrong in her own domain terms (Priya rostered on nights in her leave week) but says nothing about how. "
               "A crash and then wrong output are repaired: fixing. The first run fails (exit 1, KeyError), and prompt 2 reports the result still wrong when used; "
               "the agent's second change runs without error but nobody checks or confirms it, so the trouble stays unresolved: abandoned."),
)

SESSION = dict(
    cwd="/Users/grace/Documents/ward 7 rota", start="2026-12-02T21:30:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("hi again. I added a leave.csv with who's on annual leave (name, from, to) and a bit at the top of make_rota.py to read it like you said last time but now it does this\n\nTraceback (most recent call last):\n  File \"make_rota.py\", line 14, in <module>\n    leave[row['name']].append((row['from'], row['to']))\nKeyError: 'name'\n\ncan you fix it",
             par(read("/Users/grace/Documents/ward 7 rota/leave.csv",
                      "\ufeffname,from,to\nPriya Nair,08/12/2026,14/12/2026\nBen Carter,22/12/2026,28/12/2026"),
                 read("/Users/grace/Documents/ward 7 rota/make_rota.py",
                      "import csv, random\nimport datetime as dt\nfrom collections import defaultdict\n\nSHIFTS = {'E': 7.5, 'L': 7.5, 'N': 10.0}\nPER_SHIFT = {'E': 3, 'L': 3, 'N': 2}\nDAYS = 28\nSTART = dt.date(2026, 12, 7)\nMAX_NIGHTS_IN_ROW = 3\n\nleave = defaultdict(list)\nfor row in csv.DictReader(open('leave.csv')):\n    leave[row['name']].append((row['from'], row['to']))\n")),
             bash("python3 make_rota.py", "", stderr="Traceback (most recent call last):\n  File \"make_rota.py\", line 14, in <module>\n    leave[row['name']].append((row['from'], row['to']))\nKeyError: 'name'", code=1, desc="Reproduce"),
             edit("/Users/grace/Documents/ward 7 rota/make_rota.py",
                  "for row in csv.DictReader(open('leave.csv')):\n    leave[row['name']].append((row['from'], row['to']))",
                  "# Excel saves CSVs with a hidden marker at the start (a BOM); utf-8-sig removes it\nfor row in csv.DictReader(open('leave.csv', encoding='utf-8-sig')):\n    f = dt.datetime.strptime(row['from'], '%d/%m/%Y').date()\n    t = dt.datetime.strptime(row['to'], '%d/%m/%Y').date()\n    leave[row['name']].append((f, t))"),
             bash("python3 make_rota.py", "rota.csv written", desc="Run again"),
             say("Fixed. Excel had saved `leave.csv` with an invisible marker at the very start of the file, so the first column was called \"\\ufeffname\" instead of \"name\". "
                 "I read the file in a way that ignores the marker, and turned the from/to dates into real dates (day/month/year) so they can be compared. It runs and writes `rota.csv` again.")),
        turn("it runs but Priya is on nights on the 9th and 10th and she is on leave that whole week. so the leave isnt doing anything",
             grep("leave", path="/Users/grace/Documents/ward 7 rota/make_rota.py", content="11:leave = defaultdict(list)\n12:# Excel saves CSVs with a hidden marker at the start (a BOM); utf-8-sig removes it\n13:for row in csv.DictReader(open('leave.csv', encoding='utf-8-sig')):\n17:    leave[row['name']].append((f, t))"),
             edit("/Users/grace/Documents/ward 7 rota/make_rota.py",
                  "def can_work(s, day, shift):\n    r = rota[s['name']]\n    if day in r:\n        return False",
                  "def on_leave(name, day):\n    d = START + dt.timedelta(days=day)\n    return any(f <= d <= t for f, t in leave[name])\n\ndef can_work(s, day, shift):\n    r = rota[s['name']]\n    if day in r or on_leave(s['name'], day):\n        return False"),
             bash("python3 make_rota.py", "rota.csv written", desc="Run again"),
             say("You're right – the leave was read in but never used when picking people. `can_work` now skips anyone whose leave covers that date (the rota starts on Monday 7 December). "
                 "I also kept their contracted hours the same, so people with leave will show fewer hours than their contract for this rota – that's expected.")),
    ],
)
