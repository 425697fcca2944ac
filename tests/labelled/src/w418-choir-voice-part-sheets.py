LABEL = dict(
    split="heldout14",
    persona="Community choir director making per-voice-part register sheets from the member list",
    expertise_level=2, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (a register for each part with names and phone numbers, for printing) with no other constraint; prompt 2 adds one small wish (alphabetical by surname): level 2. "
               "A new script is written that makes the sheets: building. No action fails; prompt 3 confirms in her own words ('printed them for tonight, perfect'), evidence after the last change: verified success, no trouble."),
)

SESSION = dict(
    cwd="/Users/ruth/Choir", start="2026-11-30T15:20:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="main",
    turns=[
        turn("could you make me a register for each part (sop alto tenor bass) with names and phone numbers so i can print them for rehearsal? members.csv has everyone. i'd like to be able to do it again when people join",
             bash("head -4 members.csv; cut -d, -f3 members.csv | sort | uniq -c", "First,Last,Part,Phone,Email\nJan,Whitfield,Alto,07700 900123,jan.w@example.com\nTom,Ashby,Bass,07700 900456,\nMaggie,Doyle,Soprano 1,07700 900789,mags@example.com\n      1 Part\n      9 Alto\n      7 Bass\n     11 Soprano 1\n      8 Soprano 2\n      6 Tenor", desc="Look at the member list"),
             write("/Users/ruth/Choir/make_registers.py",
                   "import csv\nfrom collections import defaultdict\n\nGROUP = {\"Soprano 1\": \"Soprano\", \"Soprano 2\": \"Soprano\", \"Alto\": \"Alto\", \"Tenor\": \"Tenor\", \"Bass\": \"Bass\"}\n\nparts = defaultdict(list)\nwith open(\"members.csv\", newline=\"\") as f:\n    for m in csv.DictReader(f):\n        parts[GROUP.get(m[\"Part\"].strip(), m[\"Part\"].strip())].append(m)\n\nhtml = [\"<html><head><meta charset='utf-8'><style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:6px}h1{page-break-before:always}h1:first-of-type{page-break-before:auto}</style></head><body>\"]\nfor part in [\"Soprano\", \"Alto\", \"Tenor\", \"Bass\"]:\n    html.append(f\"<h1>{part}</h1><table><tr><th>Name</th><th>Phone</th><th>Here</th></tr>\")\n    for m in parts[part]:\n        html.append(f\"<tr><td>{m['First']} {m['Last']}</td><td>{m['Phone']}</td><td></td></tr>\")\n    html.append(\"</table>\")\nhtml.append(\"</body></html>\")\nopen(\"registers.html\", \"w\").write(\"\\n\".join(html))\nprint({p: len(v) for p, v in parts.items()})\n"),
             bash("python3 make_registers.py", "{'Alto': 9, 'Bass': 7, 'Soprano': 19, 'Tenor': 6}", desc="Make the registers"),
             say("I've written `make_registers.py`. Run `python3 make_registers.py` whenever the list changes and it makes `registers.html`: one page per part (Soprano 1 and 2 together as Soprano, 19 people; Alto 9; Tenor 6; Bass 7) with name, phone and an empty \"Here\" column to tick. Open it in your browser and print; each part starts on a new page.")),
        turn("lovely. can they be alphabetical by surname",
             edit("/Users/ruth/Choir/make_registers.py", "    for m in parts[part]:", "    for m in sorted(parts[part], key=lambda m: (m['Last'].lower(), m['First'].lower())):"),
             bash("python3 make_registers.py && grep -o '<td>[^<]*</td><td>07' registers.html | head -3", "{'Alto': 9, 'Bass': 7, 'Soprano': 19, 'Tenor': 6}\n<td>Sue Abbott</td><td>07\n<td>Priya Bhatt</td><td>07\n<td>Maggie Doyle</td><td>07", desc="Remake and check the order"),
             say("Done: each part is now sorted by surname (Abbott, Bhatt, Doyle… for the sopranos).")),
        turn("printed them for tonight, perfect thank you",
             say("Wonderful, have a good rehearsal!")),
    ],
)
