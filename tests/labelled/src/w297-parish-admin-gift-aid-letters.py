LABEL = dict(
    split="heldout10",
    persona="Parish administrator producing Gift Aid thank-you letters with a script",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the script, the symptom (letters going to the wrong names) and the goal, nothing about the cause: level 2. Broken behaviour is repaired: "
               "fixing. The agent's first run of the script fails with a KeyError (trouble); after the fix it runs, and prompt 2 ('checked mrs abbott and the Doyles, "
               "right names and right amounts now') confirms the result after the trouble: verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\Office\\Documents\\GiftAid", start="2026-11-24T14:05:00Z", model="claude-sonnet-4-6", version="2.1.244", branch="",
    turns=[
        turn("the make_letters.py thing our treasurer set up is putting the wrong names on the gift aid thank you letters this year. Mrs Abbott got a letter saying Dear Mr and Mrs Doyle!! can you sort it, I need to post them this week",
             read("C:\\Users\\Office\\Documents\\GiftAid\\make_letters.py",
                  "import csv\nfrom docx import Document\n\ndonors = list(csv.reader(open('donors_2026.csv')))\ntotals = list(csv.reader(open('totals_2026.csv')))\nfor i, d in enumerate(donors[1:]):\n    amount = totals[i+1][1]\n    doc = Document('template.docx')\n    for p in doc.paragraphs:\n        p.text = p.text.replace('{NAME}', d[1]).replace('{AMOUNT}', amount)\n    doc.save(f'letters/{d[0]}.docx')"),
             bash("python -c \"import csv; print(next(csv.reader(open('donors_2026.csv')))); print(next(csv.reader(open('totals_2026.csv'))))\"",
                  "['donor_id', 'salutation', 'address']\n['donor_id', 'total']", desc="Look at the two files' headers"),
             edit("C:\\Users\\Office\\Documents\\GiftAid\\make_letters.py",
                  "donors = list(csv.reader(open('donors_2026.csv')))\ntotals = list(csv.reader(open('totals_2026.csv')))\nfor i, d in enumerate(donors[1:]):\n    amount = totals[i+1][1]",
                  "donors = list(csv.DictReader(open('donors_2026.csv')))\n# match each donor to their own total by donor_id (the two files are not in the same order)\ntotals = {r['donor_id']: r['total'] for r in csv.DictReader(open('totals_2026.csv'))}\nfor d in donors:\n    amount = totals[d['donor_ID']]"),
             bash("python make_letters.py", "", code=1, desc="Run the script",
                  stderr="Traceback (most recent call last):\n  File \"C:\\Users\\Office\\Documents\\GiftAid\\make_letters.py\", line 8, in <module>\n    amount = totals[d['donor_ID']]\nKeyError: 'donor_ID'"),
             edit("C:\\Users\\Office\\Documents\\GiftAid\\make_letters.py",
                  "    amount = totals[d['donor_ID']]\n    doc = Document('template.docx')\n    for p in doc.paragraphs:\n        p.text = p.text.replace('{NAME}', d[1]).replace('{AMOUNT}', amount)\n    doc.save(f'letters/{d[0]}.docx')",
                  "    amount = totals[d['donor_id']]\n    doc = Document('template.docx')\n    for p in doc.paragraphs:\n        p.text = p.text.replace('{NAME}', d['salutation']).replace('{AMOUNT}', amount)\n    doc.save(f\"letters/{d['donor_id']}.docx\")"),
             bash("python make_letters.py && dir /b letters | find /c \".docx\"", "143", desc="Run it again and count the letters"),
             say("Found it: the script paired the donor list and the totals list **by row position**, but this year the totals file is sorted differently, so names and amounts "
                 "got shuffled. It now matches each donor to their own total by donor_id. (My first edit had a typo in the column name; fixed.) "
                 "143 letters are in the `letters` folder. Could you open two or three you know, like Mrs Abbott's, before printing?")),
        turn("checked mrs abbott and the Doyles, right names and right amounts now. phew thank you",
             say("Good – you're safe to print the rest.")),
    ],
)
