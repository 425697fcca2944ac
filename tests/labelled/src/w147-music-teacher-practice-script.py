LABEL = dict(
    split="heldout5",
    persona="Piano teacher who gives each pupil a weekly practice list, knows a little Python from an evening class",
    expertise_level=2, work_mode="building",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is fairly precise (pieces.csv and its columns, three scales and one piece per pupil, one constraint: not the same scale "
               "two weeks running), level 3 on precision alone, but asks for no check; prompt 3 reports a symptom ('a black window flashes', "
               "'no such file or directory') whose cause the agent has to work out. Correction direction decides between adjacent levels "
               "(tie-break 1): level 2. A new script written and extended: building. "
               "Prompt 3 reports a failure (trouble); the agent fixes the path and its own run works, but prompt 4 ('ok') and nothing "
               "after confirms it, so no evidence follows the last trouble: abandoned."),
)

SESSION = dict(
    cwd="/home/agnes/teaching", start="2026-12-01T19:10:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("can you write me a python script that makes the weekly practice sheet for each pupil. it should pick 3 scales and 1 piece for each one from "
             "pieces.csv (it has pupil, grade, and the pieces for their grade). not the same scale two weeks running if possible",
             read("/home/agnes/teaching/pieces.csv", "pupil,grade,piece\nOlivia,2,Minuet in G\nOlivia,2,The Wild Horseman\nSami,4,Für Elise\nSami,4,Arabesque No.1\nTheo,1,Ode to Joy\nTheo,1,Jingle Bells"),
             write("/home/agnes/teaching/practice.py",
                   "import csv, json, random, datetime\n\nSCALES = {1: ['C major', 'G major', 'A minor'], 2: ['D major', 'F major', 'E minor', 'D minor', 'G major'],\n"
                   "          4: ['E major', 'A flat major', 'C sharp minor', 'F minor', 'B major', 'E flat major']}\nLAST = 'last_week.json'\n\n"
                   "def main():\n    rows = list(csv.DictReader(open('pieces.csv')))\n    try:\n        last = json.load(open(LAST))\n    except FileNotFoundError:\n        last = {}\n"
                   "    week = {}\n    for pupil in sorted({r['pupil'] for r in rows}):\n        mine = [r for r in rows if r['pupil'] == pupil]\n        grade = int(mine[0]['grade'])\n"
                   "        fresh = [s for s in SCALES[grade] if s not in last.get(pupil, [])] or SCALES[grade]\n        scales = random.sample(fresh, min(3, len(fresh)))\n"
                   "        piece = random.choice(mine)['piece']\n        week[pupil] = scales\n        print(f\"{pupil} (grade {grade})\\n  Scales: {', '.join(scales)}\\n  Piece: {piece}\\n\")\n"
                   "    json.dump(week, open(LAST, 'w'))\n\nif __name__ == '__main__':\n    main()\n"),
             bash("python3 practice.py", "Olivia (grade 2)\n  Scales: F major, E minor, D major\n  Piece: The Wild Horseman\n\nSami (grade 4)\n  Scales: B major, C sharp minor, E major\n"
                  "  Piece: Arabesque No.1\n\nTheo (grade 1)\n  Scales: A minor, G major, C major\n  Piece: Ode to Joy\n", desc="Try it"),
             say("Done – `practice.py` prints a sheet per pupil. It remembers last week's scales in `last_week.json` and avoids them when the grade has enough "
                 "scales to choose from (grade 1 only has three, so those repeat). I guessed the scale lists per grade – edit `SCALES` at the top to match yours.")),
        turn("can it put the date at the top",
             edit("/home/agnes/teaching/practice.py", "    week = {}\n", "    week = {}\n    print('Practice for the week of', datetime.date.today().strftime('%d %B %Y'), '\\n')\n"),
             say("Added: the first line now reads e.g. \"Practice for the week of 01 December 2026\".")),
        turn("it doesnt work when i double click it, a black window flashes up. when i run it from idle it says no such file or directory: 'pieces.csv'",
             edit("/home/agnes/teaching/practice.py", "def main():\n    rows = list(csv.DictReader(open('pieces.csv')))",
                  "HERE = os.path.dirname(os.path.abspath(__file__))\n\ndef main():\n    os.chdir(HERE)  # find pieces.csv next to the script, wherever it is started from\n    rows = list(csv.DictReader(open('pieces.csv')))"),
             edit("/home/agnes/teaching/practice.py", "import csv, json, random, datetime", "import csv, json, os, random, datetime"),
             edit("/home/agnes/teaching/practice.py", "if __name__ == '__main__':\n    main()", "if __name__ == '__main__':\n    main()\n    input('Press Enter to close')"),
             bash("cd / && python3 /home/agnes/teaching/practice.py < /dev/null | head -4", "Practice for the week of 01 December 2026 \n\nOlivia (grade 2)\n  Scales: D minor, G major, E minor", desc="Run it from another folder"),
             say("IDLE and double-clicking start the script from a different folder, so it looked for `pieces.csv` in the wrong place. It now always looks next to "
                 "the script, and waits for Enter before the window closes. Running it from another folder works here.")),
        turn("ok", say("Give it another double-click – you should see the sheets and \"Press Enter to close\" at the bottom.")),
    ],
)
