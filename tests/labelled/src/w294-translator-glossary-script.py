LABEL = dict(
    split="heldout10",
    persona="Translator who inherited a glossary-merging script from a former agency colleague",
    expertise_level=2, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the script and the goal (what it does, and whether it deletes anything) and one constraint ('dont change it'): level 2; "
               "prompt 2 asks a follow-up question about the duplicates, no correction either way. The agent only reads and explains: exploring. "
               "No action fails and there is no evidence: neither."),
)

SESSION = dict(
    cwd="/home/tomasz/tlumaczenia/glossary", start="2026-11-30T13:15:00Z", model="claude-sonnet-4-6", version="2.1.252", branch="",
    turns=[
        turn("my old colleague left me merge_glossaries.py, i run it every month on the termbases from clients but i never knew what it actually does. can you explain it in normal words? especially does it delete anything. dont change it",
             read("/home/tomasz/tlumaczenia/glossary/merge_glossaries.py",
                  "import csv, glob, os\n\nOUT = 'master_glossary.csv'\nseen = {}\nfor path in sorted(glob.glob('incoming/*.csv')):\n    client = os.path.basename(path).split('_')[0]\n    for row in csv.DictReader(open(path, encoding='utf-8-sig')):\n        key = row['source'].strip().lower()\n        if key in seen and seen[key]['target'] != row['target']:\n            seen[key]['note'] = 'CONFLICT: ' + client\n            continue\n        seen[key] = {'source': row['source'].strip(), 'target': row['target'].strip(), 'client': client, 'note': ''}\n    os.rename(path, path.replace('incoming/', 'done/'))\nwith open(OUT, 'w', newline='', encoding='utf-8') as f:\n    w = csv.DictWriter(f, fieldnames=['source','target','client','note'])\n    w.writeheader(); w.writerows(seen.values())"),
             glob("incoming/*.csv", [], path="/home/tomasz/tlumaczenia/glossary"),
             say("In plain words, each run:\n\n1. Takes every CSV in `incoming/`, in alphabetical order; the client is the part of the file name before the first `_`.\n"
                 "2. For every term, looks at the source word ignoring capitals and spaces at the ends.\n3. If it has not seen the term, it adds it. If it has seen it "
                 "with a **different** translation, it keeps the first translation and writes `CONFLICT: <client>` in the note column.\n4. Moves each file from `incoming/` to `done/` "
                 "(nothing is deleted, just moved).\n5. Writes `master_glossary.csv` **from scratch** – so it only contains the terms from this month's files, not last month's.\n\n"
                 "So: it deletes no input file, but it overwrites `master_glossary.csv` each time. `incoming/` is empty right now, so this month's run has already happened.")),
        turn("oh. so if two clients have the same term with a different translation i only see the first one?",
             say("Yes. The second client's translation is dropped; only the note `CONFLICT: <second client>` tells you there was one. Which one survives depends on "
                 "the alphabetical order of the file names. If you want both kept, that's a small change – but I've left the script as it is.")),
    ],
)
