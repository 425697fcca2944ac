LABEL = dict(
    split="heldout10",
    persona="Independent wedding planner, guest list exported from an RSVP site",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (counts per table and the dietary needs) with one implied constraint (only guests who said yes), "
               "leaving everything else to the agent: level 2. The result is a table of figures from a CSV: analysing. No action fails; prompt 2 "
               "('yep thats right, 112 is what the venue has too') confirms the counts in her own words: verified success."),
)

SESSION = dict(
    cwd="/Users/harriet/Documents/Weddings/Okafor-Lind", start="2026-11-28T19:12:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="",
    turns=[
        turn("hi! i have the guest list from the rsvp website in guests.csv. can you tell me how many people are on each table and how many veggie / vegan / gluten free etc there are? only the ones who said yes pls, the caterer needs it by monday",
             read("/Users/harriet/Documents/Weddings/Okafor-Lind/guests.csv",
                  "Name,Party,RSVP,Table,Dietary,Notes\nAmara Okafor,Bride,Yes,1,,\nJonas Lind,Groom,Yes,1,Vegetarian,\nChidi Okafor,Bride family,Yes,2,,\nNgozi Okafor,Bride family,Yes,2,Gluten free,coeliac - strict\nPer Lind,Groom family,No,,,\n..."),
             bash("python3 - <<'PY'\nimport csv, collections\nrows=[r for r in csv.DictReader(open('guests.csv')) if r['RSVP'].strip().lower()=='yes']\nprint('attending', len(rows))\nt=collections.Counter(r['Table'] for r in rows)\nfor k in sorted(t, key=int): print('table', k, t[k])\nd=collections.Counter(r['Dietary'].strip().title() or 'None' for r in rows)\nfor k,v in d.most_common(): print(k, v)\nPY",
                  "attending 112\ntable 1 10\ntable 2 10\ntable 3 10\ntable 4 10\ntable 5 10\ntable 6 10\ntable 7 10\ntable 8 10\ntable 9 8\ntable 10 10\ntable 11 8\ntable 12 6\nNone 89\nVegetarian 11\nVegan 5\nGluten Free 4\nNut Allergy 2\nDairy Free 1",
                  desc="Count attending guests per table and dietary"),
             say("112 guests said yes. Tables 1–8 and 10 have 10 each, table 9 and 11 have 8, table 12 has 6.\n\nDietary: vegetarian 11, vegan 5, gluten free 4 "
                 "(one marked coeliac – strict, Ngozi Okafor on table 2), nut allergy 2, dairy free 1; 89 with no requirement. Want me to save this as a sheet for the caterer?")),
        turn("yep thats right, 112 is what the venue has too. yes pls make a sheet with the dietary ones listed by table so they know where to put the plates",
             bash("python3 - <<'PY'\nimport csv\nrows=[r for r in csv.DictReader(open('guests.csv')) if r['RSVP'].strip().lower()=='yes' and r['Dietary'].strip()]\nrows.sort(key=lambda r:(int(r['Table']), r['Name']))\nw=csv.writer(open('caterer_dietary_by_table.csv','w',newline=''))\nw.writerow(['Table','Name','Dietary','Notes'])\nfor r in rows: w.writerow([r['Table'],r['Name'],r['Dietary'].title(),r['Notes']])\nprint(len(rows),'rows written')\nPY",
                  "23 rows written", desc="Write the caterer sheet"),
             say("Saved `caterer_dietary_by_table.csv`: 23 guests with a dietary need, sorted by table, with the notes column (so the coeliac note goes to the kitchen too).")),
    ],
)
