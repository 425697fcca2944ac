LABEL = dict(
    split="heldout11",
    persona="dog groomer whose nephew's appointment-reminder script stopped working",
    expertise_level=1, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is a symptom only ('it just flashes up and goes away when i double click it') with no names, and the agent has to explain basics (running it from Terminal, what a missing library is): level 1. "
               "A broken script is repaired: fixing. Two runs fail (ModuleNotFoundError for openpyxl, then KeyError 'Phone' because the spreadsheet column is now called Mobile): trouble; "
               "prompt 2 confirms the real run worked ('all the texts went, Sandra already replied'), which comes after the last failure: resolved, verified success."),
)

SESSION = dict(
    cwd="/Users/maz/Documents/grooming/reminders", start="2027-01-18T08:05:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="",
    turns=[
        turn("my nephew made me a thing that texts my customers the day before there appointment but it stopped working. it just flashes up and goes away when i double click it",
             glob("*", ["send_reminders.py", "send_reminders.command", "config.ini", "README.txt"], path="/Users/maz/Documents/grooming/reminders"),
             read("/Users/maz/Documents/grooming/reminders/send_reminders.py",
                  "import configparser\nimport datetime as dt\nimport sys\n\nimport openpyxl\nimport requests\n\nDRY_RUN = '--dry-run' in sys.argv\ncfg = configparser.ConfigParser(); cfg.read('config.ini')\n\nwb = openpyxl.load_workbook(cfg['files']['bookings'])\nws = wb.active\nheader = [c.value for c in ws[1]]\ntomorrow = dt.date.today() + dt.timedelta(days=1)\n\nfor row in ws.iter_rows(min_row=2, values_only=True):\n    r = dict(zip(header, row))\n    if r['Date'] and r['Date'].date() == tomorrow:\n        msg = f\"Hi {r['Owner'].split()[0]}, just a reminder {r['Dog']} is booked in at {r['Time']} tomorrow. Maz x\"\n        if DRY_RUN:\n            print(r['Phone'], msg)\n        else:\n            requests.post(cfg['sms']['url'], data={'to': r['Phone'], 'text': msg}, auth=(cfg['sms']['user'], cfg['sms']['key']))\n"),
             bash("python3 send_reminders.py --dry-run",
                  "Traceback (most recent call last):\n  File \"/Users/maz/Documents/grooming/reminders/send_reminders.py\", line 5, in <module>\n    import openpyxl\nModuleNotFoundError: No module named 'openpyxl'",
                  code=1, desc="Run the reminder script without sending anything"),
             bash("python3 -m pip install --user openpyxl requests",
                  "Collecting openpyxl\n  Using cached openpyxl-3.1.5-py2.py3-none-any.whl (250 kB)\nRequirement already satisfied: requests in ./Library/Python/3.12/lib/python/site-packages (2.32.3)\nCollecting et-xmlfile\n  Using cached et_xmlfile-2.0.0-py3-none-any.whl (18 kB)\nInstalling collected packages: et-xmlfile, openpyxl\nSuccessfully installed et-xmlfile-2.0.0 openpyxl-3.1.5",
                  desc="Install the spreadsheet library the script needs", ms=6200),
             bash("python3 send_reminders.py --dry-run",
                  "Traceback (most recent call last):\n  File \"/Users/maz/Documents/grooming/reminders/send_reminders.py\", line 22, in <module>\n    print(r['Phone'], msg)\n          ~^^^^^^^^^\nKeyError: 'Phone'",
                  code=1, desc="Try the dry run again"),
             bash("python3 -c \"import openpyxl; ws = openpyxl.load_workbook('../bookings.xlsx').active; print([c.value for c in ws[1]])\"",
                  "['Date', 'Time', 'Owner', 'Dog', 'Breed', 'Size', 'Service', 'Price', 'Mobile']",
                  desc="See the column names in the bookings spreadsheet"),
             edit("/Users/maz/Documents/grooming/reminders/send_reminders.py",
                  "    r = dict(zip(header, row))\n",
                  "    r = dict(zip(header, row))\n    r['Phone'] = r.get('Phone') or r.get('Mobile')  # column was renamed to Mobile\n"),
             bash("python3 send_reminders.py --dry-run",
                  "07700 900412 Hi Karen, just a reminder Biscuit is booked in at 09:30 tomorrow. Maz x\n07700 900877 Hi Sandra, just a reminder Alfie is booked in at 11:00 tomorrow. Maz x\n07700 900153 Hi Dev, just a reminder Nala is booked in at 13:00 tomorrow. Maz x\n07700 900640 Hi Ann, just a reminder Bramble is booked in at 15:00 tomorrow. Maz x",
                  desc="Dry run: print the texts instead of sending them"),
             say("Found it, there were two things wrong:\n\n1. **A missing piece.** The script uses an add-on called `openpyxl` to read Excel files, and it wasn't installed on this Mac any more (this often happens after a macOS or Python update). That's why the window flashed up and closed: it hit the error straight away. I've installed it.\n"
                 "2. **A renamed column.** The script looks for a column called **Phone**, but in your bookings spreadsheet it's now called **Mobile**. I changed the script so it accepts either.\n\n"
                 "I ran it in \"dry run\" mode, which only prints the texts and doesn't send them, and it found 4 appointments for tomorrow (Karen, Sandra, Dev and Ann). "
                 "To send them for real, double-click `send_reminders.command` as before. If it ever closes straight away again, open Terminal, type `cd ~/Documents/grooming/reminders` then `python3 send_reminders.py --dry-run`, and the error will stay on screen.")),
        turn("brilliant thank you!! i ran it proper and all the texts went, Sandra already replied to hers lol",
             say("Great, glad they all went through! It'll keep working as long as the column stays called Mobile (or Phone). Enjoy the day with Biscuit and co.")),
    ],
)
