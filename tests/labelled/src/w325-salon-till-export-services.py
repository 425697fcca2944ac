LABEL = dict(
    split="heldout11",
    persona="hairdresser running a two-chair salon, working out which services pay from the till export",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (which services make most money per hour) with a hunch about blow dries, but no constraints or check: level 2. "
               "Figures are computed from a CSV: analysing. Prompt 2 confirms the result in her own terms ('thats about what I thought, balayage always comes top ... the blow dry number looks right too'), "
               "and nothing fails: verified success, no trouble."),
)

SESSION = dict(
    cwd="/Users/shellcutts/Desktop/salon", start="2027-01-26T21:05:00Z", model="claude-sonnet-4-6", version="2.1.254", branch="",
    turns=[
        turn("Hiya, I've put the export from the till in this folder (sales_jan_feb.csv). Can you tell me which services make me the most money per hour? Me and Jodie both do colours and cuts but I think the blow dries are a waste of time",
             bash("head -5 sales_jan_feb.csv; wc -l sales_jan_feb.csv",
                  "date,time,stylist,client,service,price,duration_mins\n2027-01-02,09:00,Shell,R. Evans,Cut & blow dry,42.00,45\n2027-01-02,09:15,Jodie,T. Amin,Full head colour,95.00,120\n2027-01-02,10:00,Shell,L. Moss,Blow dry,26.00,45\n2027-01-02,11:30,Jodie,K. Byrne,Balayage,140.00,150\n     412 sales_jan_feb.csv",
                  desc="Look at the till export"),
             bash("python3 - <<'PY'\nimport csv, collections\nrev = collections.Counter(); mins = collections.Counter(); n = collections.Counter()\nfor r in csv.DictReader(open('sales_jan_feb.csv')):\n    rev[r['service']] += float(r['price']); mins[r['service']] += int(r['duration_mins']); n[r['service']] += 1\nrows = sorted(rev, key=lambda s: rev[s] / (mins[s] / 60), reverse=True)\nprint(f\"{'service':22} {'count':>5} {'takings':>9} {'hours':>6} {'per hour':>8}\")\nfor s in rows:\n    print(f\"{s:22} {n[s]:5} {rev[s]:9.2f} {mins[s]/60:6.1f} {rev[s]/(mins[s]/60):8.2f}\")\nPY",
                  "service                count   takings  hours per hour\nBalayage                  31   4340.00   77.5    56.00\nCut & blow dry           109   4578.00   81.8    56.00\nHalf head highlights      38   3230.00   66.5    48.57\nFull head colour          44   4180.00   88.0    47.50\nGents cut                 52   1144.00   26.0    44.00\nRoot tint                 47   2585.00   58.8    44.00\nBlow dry                  52   1352.00   39.0    34.67\nToner                     38    950.00   28.5    33.33",
                  desc="Takings per hour for each service"),
             say("Here's what each service earns per hour of chair time (Jan–Feb, both of you together):\n\n| service | count | takings | hours | per hour |\n|---|---|---|---|---|\n| Balayage | 31 | £4,340 | 77.5 | £56.00 |\n| Cut & blow dry | 109 | £4,578 | 81.8 | £56.00 |\n"
                 "| Half head highlights | 38 | £3,230 | 66.5 | £48.57 |\n| Full head colour | 44 | £4,180 | 88.0 | £47.50 |\n| Gents cut | 52 | £1,144 | 26.0 | £44.00 |\n| Root tint | 47 | £2,585 | 58.8 | £44.00 |\n| Blow dry | 52 | £1,352 | 39.0 | £34.67 |\n| Toner | 38 | £950 | 28.5 | £33.33 |\n\n"
                 "You're right about blow dries on their own: £26 for 45 minutes works out at about £35 an hour, well below everything except toners. Cut & blow dry, though, is level with balayage at £56 an hour, so it's the standalone blow dry that's the weak one. "
                 "(One thing to keep in mind: this uses the booked time from the till, not how long it really took.)")),
        turn("that's about what I thought, balayage always comes top. the blow dry number looks right too, £35 an hour is rubbish. Can you split it by me and Jodie",
             bash("python3 - <<'PY'\nimport csv, collections\nrev = collections.Counter(); mins = collections.Counter(); n = collections.Counter()\nfor r in csv.DictReader(open('sales_jan_feb.csv')):\n    k = (r['stylist'], r['service']); rev[k] += float(r['price']); mins[k] += int(r['duration_mins']); n[k] += 1\nfor st in ['Shell', 'Jodie']:\n    ks = sorted([k for k in rev if k[0] == st], key=lambda k: -rev[k])\n    print(st)\n    for k in ks:\n        print(f'  {k[1]:22} {n[k]:4}  £{rev[k]:8.2f}')\n    t = sum(rev[k] for k in ks); h = sum(mins[k] for k in ks) / 60\n    print(f'  total £{t:.2f} over {h:.2f} h = £{t/h:.2f}/hr')\nPY",
                  "Shell\n  Cut & blow dry           62  £ 2604.00\n  Full head colour         16  £ 1520.00\n  Balayage                 10  £ 1400.00\n  Root tint                22  £ 1210.00\n  Blow dry                 34  £  884.00\n  Gents cut                34  £  748.00\n  Toner                    15  £  375.00\n  total £8741.00 over 184.75 h = £47.31/hr\nJodie\n  Half head highlights     38  £ 3230.00\n  Balayage                 21  £ 2940.00\n  Full head colour         28  £ 2660.00\n  Cut & blow dry           47  £ 1974.00\n  Root tint                25  £ 1375.00\n  Toner                    23  £  575.00\n  Blow dry                 18  £  468.00\n  Gents cut                18  £  396.00\n  total £13618.00 over 281.25 h = £48.42/hr",
                  desc="Takings by stylist and service"),
             say("Split by stylist (Jan–Feb):\n\n**Shell**: £8,741 over about 185 booked hours, **£47.31 an hour**. Most of it is cut & blow dry (62 of them, £2,604); you did 34 of the 52 standalone blow dries.\n\n"
                 "**Jodie**: £13,618 over about 281 hours, **£48.42 an hour**. She does most of the colour work: all 38 half head highlights, 21 of the 31 balayages and 28 of the 44 full head colours.\n\n"
                 "Because you both charge the same and book the same times, each service earns the same per hour whoever does it; the difference between you is the mix. "
                 "If you swapped some of your standalone blow dries for colour appointments, your hourly figure would move up towards Jodie's.")),
    ],
)
