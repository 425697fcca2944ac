LABEL = dict(
    split="heldout11",
    persona="dog groomer working out whether to raise the big-dog price from her bookings spreadsheet",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (dogs per month this year, big vs small) with no constraints and no check: level 2. "
               "The session produces counts and takings from a CSV: analysing. Prompt 2 opens with an explicit confirmation in her own terms "
               "('41 sounds right i had it in the diary too'), and no action fails: verified success, no trouble."),
)

SESSION = dict(
    cwd="/Users/maz/Documents/grooming", start="2027-01-11T19:42:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="",
    turns=[
        turn("hi i have my bookings in a spreadsheet (bookings.csv, i saved it from excel) can you tell me how many dogs i did each month this year and how many were big dogs vs small. i want to know if i should put the big dog price up",
             bash("head -5 bookings.csv && wc -l bookings.csv",
                  "Date,Owner,Dog,Breed,Size,Service,Price\n02/01/2026,Karen Platt,Biscuit,Cockapoo,Medium,Full groom,48\n02/01/2026,Dev Shah,Nala,Husky,Large,Full groom,70\n03/01/2026,Tom Reid,Pip,Jack Russell,Small,Bath & tidy,30\n03/01/2026,Ann Lowe,Bramble,Newfoundland,XL,Full groom,85\n     388 bookings.csv",
                  desc="Look at the start of the bookings file"),
             bash("python3 - <<'PY'\nimport csv, collections\nrows = list(csv.DictReader(open('bookings.csv', encoding='utf-8-sig')))\nbig = {'Large', 'XL'}\nby_month = collections.OrderedDict()\nfor r in rows:\n    d, m, y = r['Date'].split('/')\n    if y != '2026':\n        continue\n    k = f'{y}-{m}'\n    c = by_month.setdefault(k, {'all': 0, 'big': 0, 'small': 0})\n    c['all'] += 1\n    c['big' if r['Size'] in big else 'small'] += 1\nprint(f\"{'month':8} {'dogs':>5} {'big':>5} {'small/med':>10}\")\nfor k, c in sorted(by_month.items()):\n    print(f\"{k:8} {c['all']:5} {c['big']:5} {c['small']:10}\")\nprint('total', sum(c['all'] for c in by_month.values()))\nPY",
                  "month     dogs   big  small/med\n2026-01     27     8         19\n2026-02     29     9         20\n2026-03     41    15         26\n2026-04     33    11         22\n2026-05     36    12         24\n2026-06     34    13         21\n2026-07     30    12         18\n2026-08     28    11         17\n2026-09     31    10         21\n2026-10     32    12         20\n2026-11     34    13         21\n2026-12     32    10         22\ntotal 387",
                  desc="Count dogs per month, big vs small"),
             say("Here's 2026 month by month (I counted Large and XL as \"big\", Small and Medium as \"small\"):\n\n| month | dogs | big | small/med |\n|---|---|---|---|\n| Jan | 27 | 8 | 19 |\n| Feb | 29 | 9 | 20 |\n| Mar | 41 | 15 | 26 |\n| Apr | 33 | 11 | 22 |\n| May | 36 | 12 | 24 |\n| Jun | 34 | 13 | 21 |\n| Jul | 30 | 12 | 18 |\n| Aug | 28 | 11 | 17 |\n| Sep | 31 | 10 | 21 |\n| Oct | 32 | 12 | 20 |\n| Nov | 34 | 13 | 21 |\n| Dec | 32 | 10 | 22 |\n\n387 dogs in total, and about a third (136) were big dogs. March was your busiest month by a distance. "
                 "If you'd like, I can also work out how much each size brought in, which would show whether the big dogs pay for the extra time.")),
        turn("oh thats right actually, march was mad i remember. 41 sounds right i had it in the diary too. can you do the same with how much money each size brought in",
             bash("python3 - <<'PY'\nimport csv, collections\nrows = [r for r in csv.DictReader(open('bookings.csv', encoding='utf-8-sig')) if r['Date'].endswith('/2026')]\nt = collections.Counter(); n = collections.Counter()\nfor r in rows:\n    t[r['Size']] += float(r['Price']); n[r['Size']] += 1\nfor s in ['Small', 'Medium', 'Large', 'XL']:\n    print(f'{s:7} dogs {n[s]:4}  takings £{t[s]:8.2f}  average £{t[s]/n[s]:6.2f}')\nprint(f'total £{sum(t.values()):.2f}')\nPY",
                  "Small   dogs   98  takings £ 3430.00  average £ 35.00\nMedium  dogs  153  takings £ 7191.00  average £ 47.00\nLarge   dogs  104  takings £ 7280.00  average £ 70.00\nXL      dogs   32  takings £ 2720.00  average £ 85.00\ntotal £20621.00",
                  desc="Takings by dog size for 2026"),
             say("Takings by size for 2026:\n\n- Small: 98 dogs, £3,430 (average £35)\n- Medium: 153 dogs, £7,191 (average £47)\n- Large: 104 dogs, £7,280 (average £70)\n- XL: 32 dogs, £2,720 (average £85)\n\nSo big dogs (Large + XL) brought in £10,000 of your £20,621, just under half, from about a third of the dogs. "
                 "Whether the price should go up really depends on how long they take you: if a large full groom takes twice as long as a medium one, £70 against £47 is less per hour. "
                 "The spreadsheet doesn't have times in it, but if you jot down roughly how long each size takes I can work out what you earn per hour for each.")),
    ],
)
