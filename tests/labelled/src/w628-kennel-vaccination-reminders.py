LABEL = dict(
    split="heldout21",
    persona="boarding kennel owner who needs to chase owners whose dogs' kennel-cough vaccinations run out before their stay",
    expertise_level=2, work_mode="building",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the data (bookings.csv exported from the booking book, with vaccination dates) and the goal (a list of owners to phone because the jab runs out before the stay ends), with one constraint (kennel cough lasts a year); the approach and checks are the agent's. The rule is precise for her trade, which could suggest 3, but she asks for no check and the agent has to explain the mixed date styles in her own export (correction direction counts down), so 2. Prompt 2 pastes the error back without saying what is wrong, the level-2 pattern. "
               "The agent writes a new script: building. "
               "The first run crashes on a date (a failed action) and prompt 2 reports it (trouble); the agent fixes the date parsing and the rerun works, but a successful rerun is not evidence, and prompt 3 ('ok ill try it tomorrow with the new bookings') is not a confirmation, so the trouble is unresolved: abandoned."),
)

SESSION = dict(
    cwd="C:\\Users\\Kennels\\Documents", start="2026-12-02T18:30:00Z", model="claude-sonnet-4-6", version="2.1.240", branch="",
    turns=[
        turn("Hi, I run boarding kennels. Every dog has to have its kennel cough vaccine in date for the whole stay (it lasts 12 months). I exported my bookings to bookings.csv, it has the dates they arrive and leave and the date of their last kennel cough jab. Can you make something that tells me which owners I need to ring because it runs out before they go home?",
             bash("head -5 bookings.csv && wc -l bookings.csv", "Dog,Owner,Phone,Arrive,Depart,KC vaccine date\nBramble,Sue Hartley,07700 900412,20/12/2026,27/12/2026,14/01/2026\nOtis,Dev Patel,07700 900877,21/12/2026,02/01/2027,03/12/2025\nLuna,Kay Morris,07700 900123,22/12/2026,29/12/2026,2026-02-09\nZiggy,Ben Cole,07700 900655,23/12/2026,30/12/2026,30/06/2026\n87 bookings.csv", desc="Look at the first lines of the bookings"),
             write("C:\\Users\\Kennels\\Documents\\kc_check.py", "import csv\nfrom datetime import datetime, timedelta\n\ndef d(s):\n    return datetime.strptime(s.strip(), \"%d/%m/%Y\").date()\n\nwith open(\"bookings.csv\", newline=\"\", encoding=\"utf-8-sig\") as f:\n    for r in csv.DictReader(f):\n        expires = d(r[\"KC vaccine date\"]) + timedelta(days=365)\n        if expires < d(r[\"Depart\"]):\n            print(f\"{r['Owner']:<18} {r['Phone']:<14} {r['Dog']:<10} jab runs out {expires:%d/%m/%Y}, leaves {r['Depart']}\")\n"),
             bash("python kc_check.py", code=1, out="Dev Patel          07700 900877   Otis       jab runs out 03/12/2026, leaves 02/01/2027\nTraceback (most recent call last):\n  File \"C:\\Users\\Kennels\\Documents\\kc_check.py\", line 9, in <module>\n    expires = d(r[\"KC vaccine date\"]) + timedelta(days=365)\n  File \"C:\\Users\\Kennels\\Documents\\kc_check.py\", line 5, in d\n    return datetime.strptime(s.strip(), \"%d/%m/%Y\").date()\nValueError: time data '2026-02-09' does not match format '%d/%m/%Y'", desc="Run the check"),
             say("I've made `kc_check.py`. It found Otis (Dev Patel) straight away, then stopped on Luna's row, because her vaccine date is written `2026-02-09` instead of `09/02/2026`. Some rows in your export use a different date style. I can make it accept both. Shall I?")),
        turn("yes please. it says this when i run it\nValueError: time data '2026-02-09' does not match format '%d/%m/%Y'",
             edit("C:\\Users\\Kennels\\Documents\\kc_check.py", "def d(s):\n    return datetime.strptime(s.strip(), \"%d/%m/%Y\").date()", "def d(s):\n    s = s.strip()\n    for fmt in (\"%d/%m/%Y\", \"%Y-%m-%d\", \"%d-%m-%Y\", \"%d.%m.%Y\"):\n        try:\n            return datetime.strptime(s, fmt).date()\n        except ValueError:\n            pass\n    raise ValueError(f\"can't read the date {s!r}\")"),
             bash("python kc_check.py", "Dev Patel          07700 900877   Otis       jab runs out 03/12/2026, leaves 02/01/2027\nPeter Lowe         07700 900390   Biscuit    jab runs out 18/12/2026, leaves 24/12/2026\nAnna Fenwick       07700 900218   Moss       jab runs out 26/12/2026, leaves 03/01/2027", desc="Run the check again"),
             say("That's the same error, from dates written year-first. It now reads `09/02/2026`, `2026-02-09`, `09-02-2026` and `09.02.2026`. It ran through all your bookings and found three owners to ring:\n\n| owner | phone | dog | jab runs out | leaves |\n|---|---|---|---|---|\n| Dev Patel | 07700 900877 | Otis | 03/12/2026 | 02/01/2027 |\n| Peter Lowe | 07700 900390 | Biscuit | 18/12/2026 | 24/12/2026 |\n| Anna Fenwick | 07700 900218 | Moss | 26/12/2026 | 03/01/2027 |\n\nOtis's has actually already run out (today is 2 December).")),
        turn("ok ill try it tomorrow with the new bookings",
             say("Sounds good: export the bookings to `bookings.csv` in Documents again and run `python kc_check.py`.")),
    ],
)
