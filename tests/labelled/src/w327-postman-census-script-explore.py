LABEL = dict(
    split="heldout11",
    persona="retired postman transcribing the 1881 census for his streets, checking his grandson's script before running it",
    expertise_level=2, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the program, the streets and the goal (what it does, without mucking up his files), one constraint; prompt 2 asks a pointed question from his own domain (the enumerator's 'do' ditto marks) "
               "but sets no check and no deliverable: level 2. The session only reads and explains the script: exploring. Nothing fails and nothing is run or confirmed: neither."),
)

SESSION = dict(
    cwd="/home/ken/localhistory", start="2027-01-30T10:02:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="",
    turns=[
        turn("My grandson wrote me a program to go through the 1881 census transcriptions I've typed up for Mill Lane and Station Road. Can you tell me what it actually does before I run it on the rest? I don't want it to muck up my files.",
             glob("**/*", ["census_tidy.py", "transcriptions/1881_mill_lane.txt", "transcriptions/1881_station_road.txt", "transcriptions/1881_chapel_street.txt", "transcriptions/1881_high_street_part1.txt", "tidy/1881_mill_lane.csv", "tidy/1881_station_road.csv"], path="/home/ken/localhistory"),
             read("/home/ken/localhistory/census_tidy.py",
                  "\"\"\"Turn Grandad's census transcriptions into tidy CSV files.\"\"\"\nimport csv\nimport pathlib\nimport re\n\nSRC = pathlib.Path('transcriptions')\nOUT = pathlib.Path('tidy')\nOUT.mkdir(exist_ok=True)\n\nFIELDS = ['schedule', 'name', 'surname', 'relation', 'condition', 'age', 'occupation', 'birthplace']\n\n\ndef split_line(line):\n    parts = [p.strip() for p in re.split(r'\\s*\\|\\s*', line)]\n    return parts + [''] * (len(FIELDS) - len(parts))\n\n\ndef fill_ditto(rows):\n    last = ''\n    for r in rows:\n        if r['surname'].lower() in ('do', 'do.', '\"'):\n            r['surname'] = last\n        last = r['surname']\n    return rows\n\n\nfor path in sorted(SRC.glob('*.txt')):\n    rows = []\n    for line in path.read_text(encoding='utf-8').splitlines():\n        if not line.strip() or line.startswith('#'):\n            continue\n        rows.append(dict(zip(FIELDS, split_line(line))))\n    rows = fill_ditto(rows)\n    with open(OUT / (path.stem + '.csv'), 'w', newline='', encoding='utf-8') as f:\n        w = csv.DictWriter(f, fieldnames=FIELDS)\n        w.writeheader()\n        w.writerows(rows)\n    print(path.name, len(rows), 'people')\n"),
             read("/home/ken/localhistory/transcriptions/1881_mill_lane.txt",
                  "# RG11/3344 folio 12, Mill Lane, enumerator W. Harding\n1 | Thomas | Birch | Head | Mar | 46 | Agricultural Labourer | Norfolk, Diss\n1 | Ann | do | Wife | Mar | 44 | | do\n1 | George | do | Son | Unm | 17 | Miller's Boy | do\n2 | Edward | Loades | Head | Wid | 71 | Retired Postman | Suffolk, Eye\n2 | Sarah | Catchpole | Servant | Unm | 23 | General Servant | do"),
             say("Good news: it won't touch your transcriptions. Here's what it does, step by step:\n\n"
                 "1. **Reads** every `.txt` file in the `transcriptions` folder. It only ever opens them for reading.\n"
                 "2. **Skips** blank lines and lines starting with `#` (your reference lines like `RG11/3344 folio 12`).\n"
                 "3. **Splits** each line at the `|` marks into eight columns: schedule, first name, surname, relation, condition, age, occupation, birthplace.\n"
                 "4. **Fills in ditto marks** in the surname column (see below).\n"
                 "5. **Writes** a spreadsheet-style `.csv` file with the same name into the separate `tidy` folder, e.g. `tidy/1881_mill_lane.csv`, and prints how many people it found.\n\n"
                 "The only files it changes are in `tidy`. If you've edited any of the `.csv` files in there by hand, running it again would overwrite them, so copy those somewhere first. "
                 "Your `.txt` files are safe. It will run on Chapel Street and High Street too, since it picks up every .txt in the folder.")),
        turn("What does it do with the ditto marks then, the enumerator put do for the same surname and I've kept them like he wrote them. Sometimes its in the birthplace too",
             grep("\\| do", path="/home/ken/localhistory/transcriptions", content="1881_mill_lane.txt:3:1 | Ann | do | Wife | Mar | 44 | | do\n1881_mill_lane.txt:4:1 | George | do | Son | Unm | 17 | Miller's Boy | do\n1881_mill_lane.txt:6:2 | Sarah | Catchpole | Servant | Unm | 23 | General Servant | do\n1881_station_road.txt:9:4 | Emma | do | Dau | Unm | 12 | Scholar | do\n1881_station_road.txt:14:6 | Jas | do | Son | | 3 | | do"),
             say("It handles them only in the **surname** column. When the surname is `do`, `do.` or `\"`, it copies the surname from the line above, so Ann and George on Mill Lane become Birch in the tidy file.\n\n"
                 "In the **birthplace** column it leaves `do` exactly as you typed it, so Ann's birthplace in the .csv will say `do`, not \"Norfolk, Diss\". Nothing is lost, but if you sort or search by birthplace later, those rows won't match.\n\n"
                 "Two smaller things worth knowing:\n- It copies from whoever is on the line above, even across households. In your two files the surname dittos are always within one family, so that's fine, but it's worth knowing if a new household ever starts with `do`.\n"
                 "- Rows with an empty age or occupation (like Jas, age 3, on Station Road) come through as blank cells, which is fine.\n\nIf you'd like birthplaces filled in the same way, that's a small change to the program, but I haven't changed anything.")),
    ],
)
