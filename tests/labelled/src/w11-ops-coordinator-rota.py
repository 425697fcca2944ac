LABEL = dict(
    split="dev",
    persona="Operations coordinator at a food bank, schedules volunteers in Excel",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the two spreadsheets and the goal (who is double-booked) but no matching rule; "
               "the agent has to ask how names differ between sheets, and prompt 2 answers loosely: level 2. Reading "
               "two spreadsheets and producing a list of clashes is analysing. The first pandas run fails (missing "
               "openpyxl, trouble); prompt 3 'great, thanks!' confirms, so verified."),
)

SESSION = dict(
    cwd="/Users/bev/Desktop/rotas", start="2026-02-24T16:05:00Z", model="claude-sonnet-4-6", version="2.1.220",
    turns=[
        turn("I have two spreadsheets of volunteer shifts, one for the warehouse and one for the delivery "
             "drivers. some people are on both and I think a few of them are booked at the same time. can you "
             "tell me who is double booked in March",
             bash("ls", "Delivery rota March.xlsx\nWarehouse rota March.xlsx", desc="List files"),
             bash("python3 -c \"import pandas as pd; print(pd.read_excel('Warehouse rota March.xlsx').head())\"",
                  "Traceback (most recent call last):\n  ...\nImportError: Missing optional dependency 'openpyxl'.  Use pip or conda to install openpyxl.",
                  code=1, desc="Read the warehouse rota"),
             bash("python3 -m pip install --user openpyxl", "Successfully installed et-xmlfile-2.0.0 openpyxl-3.1.5", desc="Install openpyxl"),
             bash("python3 -c \"import pandas as pd; print(pd.read_excel('Warehouse rota March.xlsx').head()); print(pd.read_excel('Delivery rota March.xlsx').head())\"",
                  "        Date  Shift        Volunteer\n0 2026-03-02     AM   Sandra Ellis\n1 2026-03-02     AM  Tom O'Connor\n...\n"
                  "        Date     Time         Driver\n0 2026-03-02  09:00-12:00   S. Ellis\n1 2026-03-02  13:00-16:00  Tom OConnor\n...",
                  desc="Read both rotas"),
             say("I can read both now. Before I compare them: the two sheets write names differently (\"Sandra "
                 "Ellis\" vs \"S. Ellis\", \"Tom O'Connor\" vs \"Tom OConnor\"), and the warehouse uses AM/PM "
                 "while drivers have exact times. What hours are the warehouse AM and PM shifts?")),
        turn("AM is 9 till 1 and PM is 1 till 5. and yes those are the same people",
             write("/Users/bev/Desktop/rotas/clashes.py",
                   "import pandas as pd, re\nSHIFT = {'AM': ('09:00','13:00'), 'PM': ('13:00','17:00')}\n"
                   "def key(name):\n    parts = re.sub(r\"[^a-z ]\", '', name.lower()).split()\n    return parts[0][0] + ' ' + parts[-1]\n# overlap when start < other_end and other_start < end on the same date\n"),
             bash("python3 clashes.py", "5 clashes in March:\n02 Mar  Sandra Ellis   warehouse AM 09-13  /  delivery 09:00-12:00\n"
                  "09 Mar  Sandra Ellis   warehouse AM 09-13  /  delivery 09:00-12:00\n11 Mar  Tom O'Connor   warehouse PM 13-17  /  delivery 13:00-16:00\n"
                  "18 Mar  Priya Nair     warehouse AM 09-13  /  delivery 12:00-15:00\n25 Mar  Tom O'Connor   warehouse PM 13-17  /  delivery 13:00-16:00\nsaved clashes_march.xlsx",
                  desc="Find overlapping shifts"),
             say("There are 5 double bookings in March:\n\n| date | volunteer | warehouse | delivery |\n|---|---|---|---|\n"
                 "| 2 Mar | Sandra Ellis | AM | 9:00–12:00 |\n| 9 Mar | Sandra Ellis | AM | 9:00–12:00 |\n"
                 "| 11 Mar | Tom O'Connor | PM | 13:00–16:00 |\n| 18 Mar | Priya Nair | AM | 12:00–15:00 (1 hour overlap) |\n"
                 "| 25 Mar | Tom O'Connor | PM | 13:00–16:00 |\n\nI saved the list as `clashes_march.xlsx` on your desktop.")),
        turn("great, thanks! that's saved me an afternoon",
             say("Glad it helped! Next month, put the two new rota files in the same folder and run "
                 "`python3 clashes.py` (change `March` to the new month in the file names).")),
    ],
)
