LABEL = dict(
    split="heldout16",
    persona="dairy farmer with the herd records in an Excel spreadsheet",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file, the sheet and the figure wanted (days between calvings per cow, the ones over 400 days) and the vet's range, but asks for no check: between 2 and 3, the lower by tie-break 3, level 2. "
               "The session computes a table of calving intervals from the spreadsheet: analysing. "
               "No action fails; prompt 2 ('yes thats them, 3 of those i had down already with the vet') confirms the list before asking for a small addition, so verified success without trouble."),
)

SESSION = dict(
    cwd="/Users/gareth/Documents/farm", start="2026-11-30T20:12:00Z", model="claude-opus-4-6", version="2.1.251", branch="",
    turns=[
        turn("i have herd.xlsx with all the cows, sheet called Calvings. can you work out the days between calvings for each cow and tell me which ones are over 400 days. vet says we want 365-400",
             bash("python3 -c \"import pandas as pd; x=pd.read_excel('herd.xlsx', sheet_name=None); [print(k, v.shape, list(v.columns)) for k,v in x.items()]\"",
                  "Herd (142, 6) ['Ear tag', 'Name', 'DOB', 'Breed', 'Dam', 'Status']\nCalvings (388, 4) ['Ear tag', 'Calving date', 'Calf tag', 'Notes']\nServices (301, 4) ['Ear tag', 'Service date', 'Bull', 'Notes']", desc="Look at the sheets in herd.xlsx"),
             write("/Users/gareth/Documents/farm/calving_intervals.py",
                   "import pandas as pd\n\nc = pd.read_excel('herd.xlsx', sheet_name='Calvings')\nherd = pd.read_excel('herd.xlsx', sheet_name='Herd')\nc['Calving date'] = pd.to_datetime(c['Calving date'], dayfirst=True)\nc = c.sort_values(['Ear tag', 'Calving date'])\nc['prev'] = c.groupby('Ear tag')['Calving date'].shift()\nc['interval_days'] = (c['Calving date'] - c['prev']).dt.days\nlast = c.dropna(subset=['interval_days']).groupby('Ear tag').tail(1)\nlast = last.merge(herd[['Ear tag', 'Name', 'Status']], on='Ear tag')\nlast = last[last['Status'] == 'In herd']\nprint('cows with at least two calvings:', len(last))\nprint('median interval:', int(last['interval_days'].median()))\nlong = last[last['interval_days'] > 400].sort_values('interval_days', ascending=False)\nprint(long[['Ear tag', 'Name', 'prev', 'Calving date', 'interval_days']].to_string(index=False))\nlong.to_csv('over_400_days.csv', index=False)\n"),
             bash("python3 calving_intervals.py",
                  "cows with at least two calvings: 97\nmedian interval: 384\n      Ear tag    Name       prev Calving date  interval_days\nUK302114 500613   Dolly 2025-03-02   2026-06-19            474\nUK302114 400487   Bramble 2025-01-11   2026-03-30            443\nUK302114 200358   Maisie 2025-02-20   2026-04-22            426\nUK302114 600702   Clover 2025-04-08   2026-05-28            415\nUK302114 300521   Nell 2024-12-30   2026-02-07            404", desc="Run the interval calculation"),
             say("I used each cow's **most recent** interval (last calving minus the one before), only cows still marked `In herd`.\n\n- 97 cows have at least two calvings; median interval **384 days**, inside your vet's range.\n- 5 are over 400 days:\n\n| ear tag | name | interval |\n|---|---|---|\n| UK302114 500613 | Dolly | 474 |\n| UK302114 400487 | Bramble | 443 |\n| UK302114 200358 | Maisie | 426 |\n| UK302114 600702 | Clover | 415 |\n| UK302114 300521 | Nell | 404 |\n\nSaved to `over_400_days.csv`.")),
        turn("yes thats them, 3 of those i had down already with the vet. can you add how many services each one had before she held, from the Services sheet",
             edit("/Users/gareth/Documents/farm/calving_intervals.py", "long.to_csv('over_400_days.csv', index=False)\n",
                  "s = pd.read_excel('herd.xlsx', sheet_name='Services')\ns['Service date'] = pd.to_datetime(s['Service date'], dayfirst=True)\nm = s.merge(long[['Ear tag', 'prev', 'Calving date']], on='Ear tag')\nm = m[(m['Service date'] > m['prev']) & (m['Service date'] < m['Calving date'])]\nlong = long.merge(m.groupby('Ear tag').size().rename('services').reset_index(), on='Ear tag', how='left')\nprint(long[['Name', 'interval_days', 'services']].to_string(index=False))\nlong.to_csv('over_400_days.csv', index=False)\n"),
             bash("python3 calving_intervals.py | tail -6",
                  "   Name  interval_days  services\n  Dolly            474         4\nBramble            443         3\n Maisie            426         3\n Clover            415         2\n   Nell            404         2", desc="Rerun with services counted"),
             say("Services between the previous calving and this one:\n\n- Dolly 474 days, 4 services\n- Bramble 443, 3\n- Maisie 426, 3\n- Clover 415, 2\n- Nell 404, 2\n\nDolly with 4 services is the one standing out. The CSV is updated.")),
    ],
)
