LABEL = dict(
    split="heldout18",
    persona="scout group leader whose camp letter mail merge script broke on a new export",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the script, what it is for (camp letters to every parent) and pastes the `KeyError: 'Surname'`, with one detail (he got a fresh export from OSM this week), but nothing on the fix and no check: level 2. "
               "The agent's first run reproduces the KeyError (a failed action, trouble); it reads the CSV header, maps the renamed columns and the rerun with `--dry-run` lists all the letters: fixing. "
               "Prompt 2 ('worked, all the parents have got it') confirms after the last trouble, so verified success."),
)

SESSION = dict(
    cwd="/home/gareth/Documents/Scouts/camp 2026", start="2026-12-01T19:50:00Z", model="claude-sonnet-4-6", version="2.1.240", branch="main",
    turns=[
        turn("the script that makes the camp letters for the parents has broken. i did a new export from OSM this week and now it says\n\nKeyError: 'Surname'\n\nit worked fine in the summer. its camp_letters.py",
             bash("cd '/home/gareth/Documents/Scouts/camp 2026' && python3 camp_letters.py --dry-run", "", code=1, stderr="Traceback (most recent call last):\n  File \"/home/gareth/Documents/Scouts/camp 2026/camp_letters.py\", line 22, in <module>\n    name = f\"{row['First name']} {row['Surname']}\"\n                                  ~~~^^^^^^^^^^^\nKeyError: 'Surname'", desc="Reproduce the error"),
             bash("cd '/home/gareth/Documents/Scouts/camp 2026' && head -1 members_export.csv", "First name,Last name,Patrol,Date of birth,Primary contact 1 - First name,Primary contact 1 - Last name,Primary contact 1 - Email 1,Medical notes", desc="Show the export's column names"),
             read("/home/gareth/Documents/Scouts/camp 2026/camp_letters.py", "import csv, sys, smtplib\nfrom email.message import EmailMessage\n\nDRY = '--dry-run' in sys.argv\nLETTER = open('letter.txt').read()\n\nwith open('members_export.csv', newline='') as f:\n    rows = list(csv.DictReader(f))\n\nsmtp = None if DRY else smtplib.SMTP_SSL('smtp.gmail.com', 465)\nif smtp:\n    smtp.login('3rdharrogatescouts@gmail.com', open('.pw').read().strip())\n\nfor row in rows:\n    name = f\"{row['First name']} {row['Surname']}\"\n    to = row['Contact 1 - Email']\n    parent = row['Contact 1 - First name']\n    msg = EmailMessage()\n    msg['Subject'] = f'Winter camp 2026: {name}'\n    msg['To'] = to\n    msg.set_content(LETTER.format(parent=parent, name=name))\n    if DRY:\n        print('would send to', to, 'for', name)\n    else:\n        smtp.send_message(msg)\n"),
             edit("/home/gareth/Documents/Scouts/camp 2026/camp_letters.py", "    name = f\"{row['First name']} {row['Surname']}\"\n    to = row['Contact 1 - Email']\n    parent = row['Contact 1 - First name']", "    name = f\"{row['First name']} {row['Last name']}\"\n    to = row['Primary contact 1 - Email 1']\n    parent = row['Primary contact 1 - First name']",
                  pre="OSM has renamed the columns in its export: `Surname` is now `Last name`, and the contact columns have `Primary` in front and `Email 1`. Three lines to change:"),
             bash("cd '/home/gareth/Documents/Scouts/camp 2026' && python3 camp_letters.py --dry-run | tail -4 && python3 camp_letters.py --dry-run | wc -l", "would send to j.pearson84@hotmail.co.uk for Ellie Pearson\nwould send to mandy.t@btinternet.com for Sam Turner\nwould send to ravi.k.shah@gmail.com for Arjun Shah\nwould send to wood.family@outlook.com for Oscar Wood\n29", desc="Dry run the letters"),
             say("Fixed. OSM changed its column names, so the script was looking for `Surname` and the old contact columns. The dry run now lists 29 letters, one per scout, each to the first contact's email.\n\nWhen you're happy, run it without `--dry-run` to actually send them:\n\n```\npython3 camp_letters.py\n```")),
        turn("worked, all the parents have got it. cheers",
             say("Good stuff. If OSM renames things again, the error will name the missing column the same way.")),
    ],
)
