LABEL = dict(
    split="heldout11",
    persona="school librarian who wants weekly overdue-book letters for form tutors",
    expertise_level=2, work_mode="building",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the export and the goal (one letter per form tutor listing pupils and books) and little else; prompt 2 adds two small wishes (no barcode, date at the top): level 2. "
               "A new script is written and extended: building. Nothing fails; the script's successful runs are not evidence, and prompt 2's 'thank you!!' followed by changes and prompt 3's 'ill try it on monday' "
               "do not say the letters work: no evidence, no trouble."),
)

SESSION = dict(
    cwd="C:\\Users\\jbright\\Documents\\Library", start="2027-01-22T15:48:00Z", model="claude-sonnet-4-6", version="2.1.252", branch="",
    turns=[
        turn("I've exported the overdue list from Oliver (our library system) as overdue.csv. Could you make something that turns it into a letter for each form tutor, listing their pupils and the books, so I don't have to copy and paste every week?",
             bash("head -4 overdue.csv; wc -l overdue.csv",
                  "Borrower,Form,Tutor,Title,Barcode,Due\n\"Ahmed, Zayn\",8RB,Mr Bell,Holes,L004412,09/01/2027\n\"Carter, Mia\",8RB,Mr Bell,The Hobbit,L001873,12/01/2027\n\"Nowak, Lena\",7JW,Ms Wiles,Wonder,L003390,15/01/2027\n58 overdue.csv",
                  desc="Look at the overdue export"),
             write("C:\\Users\\jbright\\Documents\\Library\\overdue_letters.py",
                   "\"\"\"Make one overdue-books letter per form tutor from Oliver's overdue.csv export.\n\nRun:  python overdue_letters.py\nLetters go in the letters folder, one .txt per form.\n\"\"\"\nimport csv\nimport os\nfrom collections import defaultdict\n\nby_form = defaultdict(list)\nwith open('overdue.csv', newline='', encoding='utf-8-sig') as f:\n    for row in csv.DictReader(f):\n        by_form[(row['Form'], row['Tutor'])].append(row)\n\nos.makedirs('letters', exist_ok=True)\nfor (form, tutor), rows in sorted(by_form.items()):\n    lines = [f'Dear {tutor},', '',\n             f'The following pupils in {form} have library books that are overdue. '\n             'Could you please remind them to bring them back to the library this week?', '']\n    for r in sorted(rows, key=lambda r: r['Borrower']):\n        surname, first = [p.strip() for p in r['Borrower'].split(',', 1)]\n        lines.append(f\"  - {first} {surname}: {r['Title']} ({r['Barcode']}), due {r['Due']}\")\n    lines += ['', 'Many thanks,', 'Mrs Bright', 'School Library']\n    with open(os.path.join('letters', f'{form}.txt'), 'w', encoding='utf-8') as out:\n        out.write('\\n'.join(lines) + '\\n')\n    print(f'{form}: {len(rows)} books')\n"),
             bash("python overdue_letters.py",
                  "7JW: 6 books\n7KP: 4 books\n7TS: 3 books\n8RB: 9 books\n8HM: 5 books\n9AL: 7 books\n9DC: 2 books\n10FG: 8 books\n10MN: 3 books\n11PS: 10 books",
                  desc="Make the letters"),
             read("C:\\Users\\jbright\\Documents\\Library\\letters\\8RB.txt",
                  "Dear Mr Bell,\n\nThe following pupils in 8RB have library books that are overdue. Could you please remind them to bring them back to the library this week?\n\n  - Zayn Ahmed: Holes (L004412), due 09/01/2027\n  - Mia Carter: The Hobbit (L001873), due 12/01/2027\n  - Ollie Grant: Skellig (L002201), due 14/01/2027\n  - Ruby Hart: Percy Jackson and the Lightning Thief (L000958), due 14/01/2027\n  - Ruby Hart: The Girl of Ink and Stars (L003117), due 16/01/2027\n  - Sam Okafor: Holes (L004419), due 16/01/2027\n  - Ella Price: Coraline (L002764), due 19/01/2027\n  - Ella Price: Wonder (L003391), due 19/01/2027\n  - Jack Tan: Trash (L001560), due 20/01/2027\n\nMany thanks,\nMrs Bright\nSchool Library"),
             say("Done. I made a small program, `overdue_letters.py`, in your Library folder. Each week, export overdue.csv from Oliver into the same folder and run `python overdue_letters.py`; it makes one letter per form in the `letters` folder (10 this week, 57 books). "
                 "Here's how 8RB's looks: it starts \"Dear Mr Bell,\", lists each pupil with the book, barcode and due date, and is signed from you. You can open the .txt files in Word to print or paste them into an email.")),
        turn("thank you!! can the letters not say the barcode, the tutors dont need that. and put the date at the top",
             edit("C:\\Users\\jbright\\Documents\\Library\\overdue_letters.py",
                  "    lines = [f'Dear {tutor},', '',",
                  "    lines = [date.today().strftime('%d %B %Y').lstrip('0'), '', f'Dear {tutor},', '',"),
             edit("C:\\Users\\jbright\\Documents\\Library\\overdue_letters.py",
                  "        lines.append(f\"  - {first} {surname}: {r['Title']} ({r['Barcode']}), due {r['Due']}\")",
                  "        lines.append(f\"  - {first} {surname}: {r['Title']}, due {r['Due']}\")"),
             edit("C:\\Users\\jbright\\Documents\\Library\\overdue_letters.py",
                  "import os\nfrom collections import defaultdict",
                  "import os\nfrom collections import defaultdict\nfrom datetime import date"),
             bash("python overdue_letters.py && head -6 letters/8RB.txt",
                  "7JW: 6 books\n7KP: 4 books\n7TS: 3 books\n8RB: 9 books\n8HM: 5 books\n9AL: 7 books\n9DC: 2 books\n10FG: 8 books\n10MN: 3 books\n11PS: 10 books\n22 January 2027\n\nDear Mr Bell,\n\nThe following pupils in 8RB have library books that are overdue. Could you please remind them to bring them back to the library this week?\n",
                  desc="Remake the letters and check the top of one"),
             say("Changed: the letters now start with today's date (e.g. \"22 January 2027\") and the barcodes are gone, so each line is just the pupil, the book and when it was due. I've remade this week's letters.")),
        turn("ok ill try it on monday with the new export",
             say("Sounds good. Just save the new export as overdue.csv in the same folder (replacing the old one) before you run it. If Oliver names the columns differently in a different report, let me know and I'll adjust it.")),
    ],
)
