LABEL = dict(
    split="heldout12",
    persona="ward sister making a four-week nursing rota from a staff list",
    expertise_level=2, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (a 4 week rota, earlies/lates/nights) and one real rule (a band 6 on every shift) and leaves the rest (how many per shift, nights in a row, rest after nights) for the agent to fill in with its own guesses: level 2. "
               "A new script is written and run to produce the rota: building. The script runs without error; prompt 2 confirms the result ('checked it against the staff list, everyone's hours are right and theres a band 6 on every shift') before asking for a colour change: verified success."),
)

SESSION = dict(
    cwd="/Users/grace/Documents/ward 7 rota", start="2026-11-15T20:05:00Z", model="claude-sonnet-4-6", version="2.1.245",
    turns=[
        turn("Hi, I'm the ward sister on ward 7 and I do the rota by hand every month and it takes me forever. I've put the staff in staff.csv (name, band, hours per week). Can you make something that does a 4 week rota with earlies lates and nights? There must be a band 6 on every shift, that's the main thing",
             read("/Users/grace/Documents/ward 7 rota/staff.csv",
                  "name,band,hours\nGrace Okafor,7,37.5\nTom Reilly,6,37.5\nPriya Nair,6,37.5\nAisha Bello,6,30\nMarta Kowalska,5,37.5\nJames Hart,5,37.5\nChloe Evans,5,37.5\nSam Idowu,5,22.5\nLucy Fenn,5,37.5\nBen Carter,5,30\nHana Sato,5,37.5\nOwen Price,5,37.5"),
             write("/Users/grace/Documents/ward 7 rota/make_rota.py",
                   "import csv, random\nfrom collections import defaultdict\n\nSHIFTS = {'E': 7.5, 'L': 7.5, 'N': 10.0}   # hours per shift\nPER_SHIFT = {'E': 3, 'L': 3, 'N': 2}       # nurses on each shift\nDAYS = 28\nMAX_NIGHTS_IN_ROW = 3\n\nstaff = list(csv.DictReader(open('staff.csv')))\nfor s in staff:\n    s['band'] = int(s['band']); s['target'] = float(s['hours']) * 4\n\nrota = defaultdict(dict)   # rota[name][day] = 'E' / 'L' / 'N'\nworked = defaultdict(float)\n\ndef can_work(s, day, shift):\n    r = rota[s['name']]\n    if day in r:\n        return False\n    if shift in 'EL' and r.get(day - 1) == 'N':\n        return False          # no early or late straight after a night\n    if shift == 'N' and all(r.get(day - k) == 'N' for k in range(1, MAX_NIGHTS_IN_ROW + 1)):\n        return False\n    return worked[s['name']] + SHIFTS[shift] <= s['target'] + 4\n\nrandom.seed(7)\nfor day in range(DAYS):\n    for shift in ('N', 'E', 'L'):\n        pool = sorted(staff, key=lambda s: worked[s['name']] / s['target'] + random.random() * 0.05)\n        seniors = [s for s in pool if s['band'] >= 6 and can_work(s, day, shift)]\n        if not seniors:\n            raise SystemExit(f'no band 6 free for day {day + 1} {shift}')\n        picked = [seniors[0]]\n        picked += [s for s in pool if s not in picked and can_work(s, day, shift)][:PER_SHIFT[shift] - 1]\n        for s in picked:\n            rota[s['name']][day] = shift\n            worked[s['name']] += SHIFTS[shift]\n\nwith open('rota.csv', 'w', newline='') as f:\n    w = csv.writer(f)\n    w.writerow(['name', 'band'] + [f'day {d + 1}' for d in range(DAYS)] + ['hours', 'contract'])\n    for s in staff:\n        w.writerow([s['name'], s['band']] + [rota[s['name']].get(d, '') for d in range(DAYS)] + [worked[s['name']], s['target']])\nprint('rota.csv written')\n"),
             bash("cd \"/Users/grace/Documents/ward 7 rota\" && python3 make_rota.py && cut -d, -f1,2,31,32 rota.csv",
                  "rota.csv written\nname,band,hours,contract\nGrace Okafor,7,150.0,150.0\nTom Reilly,6,150.0,150.0\nPriya Nair,6,147.5,150.0\nAisha Bello,6,120.0,120.0\nMarta Kowalska,5,150.0,150.0\nJames Hart,5,147.5,150.0\nChloe Evans,5,150.0,150.0\nSam Idowu,5,92.5,90.0\nLucy Fenn,5,150.0,150.0\nBen Carter,5,120.0,120.0\nHana Sato,5,147.5,150.0\nOwen Price,5,150.0,150.0",
                  desc="Make the rota and show hours"),
             say("Done – `make_rota.py` reads `staff.csv` and writes `rota.csv`: one row per nurse, one column per day (E = early, L = late, N = night), and their hours against their contract at the end.\n\n"
                 "Rules it follows:\n- a band 6 or above on **every** shift\n- 3 on earlies, 3 on lates, 2 on nights (I guessed these – tell me your real numbers)\n- no early or late straight after a night, and no more than 3 nights in a row\n- everyone within a few hours of their contracted hours over the 4 weeks\n\n"
                 "Open `rota.csv` in Excel to look at it. To make a new one next month just run `python3 make_rota.py` again.")),
        turn("Wow ok. I checked it against the staff list, everyone's hours are right and theres a band 6 on every shift. The numbers are right too actually. Can you make the nights show in a different colour? its hard to read",
             write("/Users/grace/Documents/ward 7 rota/to_excel.py",
                   "import csv\nfrom openpyxl import Workbook\nfrom openpyxl.styles import PatternFill\n\nFILL = {'N': PatternFill('solid', fgColor='9DB7E8'), 'E': PatternFill('solid', fgColor='FFF2B3'), 'L': PatternFill('solid', fgColor='F9C99B')}\nwb = Workbook(); ws = wb.active; ws.title = 'Rota'\nfor row in csv.reader(open('rota.csv')):\n    ws.append(row)\nfor row in ws.iter_rows(min_row=2):\n    for c in row:\n        if c.value in FILL:\n            c.fill = FILL[c.value]\nwb.save('rota.xlsx')\nprint('rota.xlsx written')\n"),
             bash("cd \"/Users/grace/Documents/ward 7 rota\" && python3 to_excel.py", "rota.xlsx written", desc="Make the coloured Excel file"),
             say("I've added `to_excel.py`, which turns `rota.csv` into `rota.xlsx` with nights in blue, earlies in yellow and lates in orange. Run `python3 make_rota.py` and then `python3 to_excel.py`, and open `rota.xlsx`.")),
    ],
)
