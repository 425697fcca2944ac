LABEL = dict(
    split="heldout15",
    persona="Vet clinic receptionist listing pets due a booster from the practice system's export",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (dogs and cats due a booster in January, with owner phone numbers) and one exclusion (not the ones already booked), and asks for no check: between 2 and 3 with no signal to decide, level 2 (tie-break 3). "
               "The result is a list computed from the export: analysing. The first pandas read fails with a UnicodeDecodeError (trouble); the agent rereads it as cp1252 and the list is produced; prompt 2 ('i checked Bella and Monty on the system and they are right, thank you') confirms it after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/Users/reception/Desktop/reminders", start="2026-12-01T09:12:00Z", model="claude-sonnet-4-5", version="2.1.231", branch="",
    turns=[
        turn("hi i have exported the vaccinations from our system (vacc_export.csv on the desktop folder) i need a list of the dogs and cats that are due there booster in january with the owners phone number so i can ring them. not the ones that already have an appointment booked please",
             bash("head -5 vacc_export.csv", "ClientName,Phone,PetName,Species,LastVacc,VaccType,NextDue,Booked\nMrs J Carr,07700 900412,Bella,Canine,12/01/2026,DHP+L4,12/01/2027,N\nMr D O\ufffdNeill,07700 900118,Monty,Feline,03/01/2026,RCP,03/01/2027,Y\nHarper & Sons,01632 960771,Rex,Canine,20/01/2026,L4,20/01/2027,N\nMs A Bright,07700 900563,Pip,Rabbit,15/01/2026,RHDV2,15/01/2027,N", desc="Look at the first lines of the export"),
             bash("python3 -c \"import pandas as pd; df=pd.read_csv('vacc_export.csv'); print(len(df))\"", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  File \"/opt/homebrew/lib/python3.12/site-packages/pandas/io/parsers/readers.py\", line 1026, in read_csv\n    return _read(filepath_or_buffer, kwds)\n  File \"pandas/_libs/parsers.pyx\", line 2053, in pandas._libs.parsers.raise_parser_error\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0x92 in position 131: invalid start byte", code=1, desc="Load the export"),
             say("The file was saved by the practice system in Windows encoding (the apostrophe in O'Neill is byte 0x92), so I'll read it as cp1252."),
             write("/Users/reception/Desktop/reminders/due_january.py", "import pandas as pd\n\ndf = pd.read_csv('vacc_export.csv', encoding='cp1252')\ndf['NextDue'] = pd.to_datetime(df['NextDue'], dayfirst=True)\njan = df[(df['NextDue'].dt.year == 2027) & (df['NextDue'].dt.month == 1)]\njan = jan[jan['Species'].isin(['Canine', 'Feline'])]\njan = jan[jan['Booked'] != 'Y']\nout = jan[['ClientName', 'Phone', 'PetName', 'Species', 'VaccType', 'NextDue']].sort_values('NextDue')\nout['NextDue'] = out['NextDue'].dt.strftime('%d/%m/%Y')\nout.to_csv('due_january_to_ring.csv', index=False)\nprint(len(df), 'rows in export,', len(out), 'to ring')\nprint(out.to_string(index=False))\n"),
             bash("python3 due_january.py", "1412 rows in export, 23 to ring\n      ClientName        Phone PetName Species VaccType    NextDue\n       Mrs J Carr 07700 900412   Bella  Canine   DHP+L4 12/01/2027\n Harper & Sons 01632 960771     Rex  Canine       L4 20/01/2027\n  Mr P Lindqvist 07700 900907   Mochi  Feline      RCP 21/01/2027\n...\n  (23 rows)", desc="Make the January list"),
             say("Done. 23 dogs and cats are due in January 2027 and have no appointment booked (Monty is left out because he's already booked; rabbits are left out as you asked for dogs and cats only). The list is in `due_january_to_ring.csv` in the same folder, sorted by due date, with owner name, phone, pet, vaccine and due date. You can open it in Excel.")),
        turn("i checked Bella and Monty on the system and they are right, thank you. can you do february as well",
             edit("/Users/reception/Desktop/reminders/due_january.py", "jan = df[(df['NextDue'].dt.year == 2027) & (df['NextDue'].dt.month == 1)]", "jan = df[(df['NextDue'].dt.year == 2027) & (df['NextDue'].dt.month == 2)]"),
             bash("python3 due_january.py && mv due_january_to_ring.csv due_february_to_ring.csv", "1412 rows in export, 31 to ring\n...", desc="Make the February list"),
             say("February is in `due_february_to_ring.csv`: 31 pets to ring. (The script now does February; change the `2` back to `1` if you need January again.)")),
    ],
)
