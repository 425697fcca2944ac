LABEL = dict(
    split="heldout9",
    persona="Individual-giving fundraiser at a regional hospice charity, pulling lapsed-donor figures from a CRM export; not a programmer",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the export and the goal (donors who gave last year but not this year, with totals) and "
               "little else; prompt 2 reports the Gift Aid figure looks wrong (equal to the total), a symptom with no cause or rule: level 2. Analysing: "
               "figures computed from the CSV. Trouble: the first script fails on the '£' amounts (ValueError, exit 1) and prompt 2 reports a wrong result. "
               "Prompt 3 ('ok that matches the raisers edge report now') confirms after the fix, so resolved and verified."),
)

SESSION = dict(
    cwd="/Users/priya.n/Downloads/donors", start="2026-10-08T14:31:57Z",
    model="claude-sonnet-4-6", version="2.1.224",
    turns=[
        turn("Hi! I've got gifts_export.csv from our database. I need to know how many donors gave in 2025 but haven't given "
             "at all in 2026 (our lapsed list) and how much they gave last year in total. for the appeal planning meeting tomorrow",
             read("/Users/priya.n/Downloads/donors/gifts_export.csv",
                  "ConstituentID,GiftDate,Amount,GiftAid,Fund\nC00412,2025-01-14,£25.00,Yes,General\nC00412,2026-02-02,£25.00,Yes,General\n"
                  "C00977,2025-11-30,\"£1,200.00\",No,Sunflower Appeal\n..."),
             bash("python3 lapsed.py gifts_export.csv",
                  "Traceback (most recent call last):\n  File \"lapsed.py\", line 9, in <module>\n    amt = float(row['Amount'])\n"
                  "ValueError: could not convert string to float: '£25.00'", code=1, desc="Run lapsed donor count",
                  pre="I'll write a small script to find lapsed donors."),
             bash("python3 lapsed.py gifts_export.csv",
                  "Donors 2025: 3,412\nDonors 2026 so far: 2,688\nLapsed (gave 2025, none 2026): 1,019\nLapsed 2025 total: £61,840.50\n"
                  "  of which Gift Aid eligible: £61,840.50",
                  desc="Rerun after stripping £ and commas",
                  pre="The amounts have £ signs and thousands commas. I've stripped those; running again."),
             say("**1,019 lapsed donors** gave a total of **£61,840.50** in 2025 and nothing yet in 2026.")),
        turn("the gift aid bit doesnt look right, its the same as the total",
             bash("python3 -c \"import csv;r=list(csv.DictReader(open('gifts_export.csv')));print(sorted(set(x['GiftAid'] for x in r)))\"",
                  "['No', 'Yes', 'Y', 'N', '']", desc="Check Gift Aid values"),
             bash("python3 lapsed.py gifts_export.csv",
                  "Lapsed (gave 2025, none 2026): 1,019\nLapsed 2025 total: £61,840.50\n  of which Gift Aid eligible: £38,112.00\n"
                  "  potential Gift Aid to reclaim: £9,528.00", desc="Rerun with Gift Aid fixed"),
             say("You're right: I was counting every gift. The column uses Yes/Y/No/N and blanks; now only Yes/Y count. "
                 "Of the £61,840.50, **£38,112.00** was Gift Aid eligible (about £9,528 reclaimable).")),
        turn("ok that matches the raisers edge report now, thanks so much",
             say("Glad it lines up. Good luck at the meeting tomorrow.")),
    ],
)
