LABEL = dict(
    split="heldout16",
    persona="dairy farmer whose herd report script shows the wrong drying-off dates",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is a symptom ('the dates are all wrong... in the wrong months') naming only the script, the agent explains that the dates were read month-first, and prompt 2 reports the result 'still wrong for some of them' without saying what: level 1 to 2. "
               "Prompt 3 gives two domain facts of his own (heifers are not dried off, sexed semen 281 days), though in answer to the agent's question; that lifts the session to level 2, not higher. "
               "The session repairs the script's date handling: fixing. Prompt 2 ('still wrong for some of them') is a failure report, so trouble; prompt 4 ('thats right now, checked Daisy and Peggy against the book') confirms after the second fix, so verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\Rhys\\Desktop\\herd", start="2026-11-28T06:40:00Z", model="claude-sonnet-4-5", version="2.1.247", branch="",
    turns=[
        turn("the dates are all wrong in the report from my son's program drying_off.py, it says cows are due to dry off in the wrong months. can you fix it",
             read("C:\\Users\\Rhys\\Desktop\\herd\\drying_off.py", "import csv\nfrom datetime import datetime, timedelta\n\nwith open('calvings.csv') as f:\n    for row in csv.DictReader(f):\n        served = datetime.strptime(row['served'], '%m/%d/%Y')\n        due = served + timedelta(days=283)\n        dry = due - timedelta(days=60)\n        print(row['tag'], row['name'], 'due', due.strftime('%d %b %Y'), 'dry off', dry.strftime('%d %b %Y'))\n"),
             bash("head -4 calvings.csv", "tag,name,served,bull\n301144,Daisy,04/11/2026,Holstein AI\n301187,Peggy,12/09/2026,Holstein AI\n301203,Molly,23/10/2026,Stock bull", desc="Look at the first rows of the CSV"),
             edit("C:\\Users\\Rhys\\Desktop\\herd\\drying_off.py", "'%m/%d/%Y'", "'%d/%m/%Y'"),
             bash("python drying_off.py", "301144 Daisy due 14 Aug 2027 dry off 15 Jun 2027\n301187 Peggy due 21 Jun 2027 dry off 22 Apr 2027\n301203 Molly due 01 Aug 2027 dry off 02 Jun 2027", desc="Run the report"),
             say("The program read the dates American-style (month first), so 04/11/2026 became 11 April instead of 4 November. Your CSV is day/month/year, so I changed it to read them that way. Daisy served 4 Nov now shows due 14 Aug 2027 and dry off 15 Jun 2027.")),
        turn("still wrong for some of them. the heifers",
             bash("grep -n -i heifer calvings.csv | head", "48:301422,Bella,17/10/2026,Heifer sexed\n49:301425,Ruby,19/10/2026,Heifer sexed\n51:301431,Poppy,21/10/2026,Heifer sexed", desc="Find the heifer rows"),
             say("I can't see what's different for the heifers from the file alone. The program uses the same 283 days and 60 days dry for every animal. What's wrong about them: the due date or the dry-off date?")),
        turn("heifers we dont dry off they arent milking. and the sexed ones calve a couple days earlier the vet says 281",
             edit("C:\\Users\\Rhys\\Desktop\\herd\\drying_off.py", "        due = served + timedelta(days=283)\n        dry = due - timedelta(days=60)\n        print(row['tag'], row['name'], 'due', due.strftime('%d %b %Y'), 'dry off', dry.strftime('%d %b %Y'))",
                  "        heifer = 'heifer' in row['bull'].lower()\n        days = 281 if 'sexed' in row['bull'].lower() else 283\n        due = served + timedelta(days=days)\n        if heifer:\n            print(row['tag'], row['name'], 'due', due.strftime('%d %b %Y'), 'heifer - no dry off')\n        else:\n            dry = due - timedelta(days=60)\n            print(row['tag'], row['name'], 'due', due.strftime('%d %b %Y'), 'dry off', dry.strftime('%d %b %Y'))"),
             bash("python drying_off.py | findstr /i \"Bella Daisy\"", "301144 Daisy due 14 Aug 2027 dry off 15 Jun 2027\n301422 Bella due 26 Jul 2027 heifer - no dry off", desc="Check a cow and a heifer"),
             say("Done: rows whose bull column says Heifer get no dry-off date, and sexed semen uses 281 days instead of 283. Bella (served 17 Oct, sexed) is due 26 Jul 2027.")),
        turn("thats right now, checked Daisy and Peggy against the book. ta",
             say("Good. If the column wording changes (e.g. \"Hfr\"), tell me and I'll widen the check.")),
    ],
)
