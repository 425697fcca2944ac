LABEL = dict(
    split="heldout8",
    persona="Production planner at a 30-person CNC machine shop, runs a job-card script a former apprentice wrote",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the thing (make_jobcards.py) and the symptom, and pastes the traceback – a long paste, not precision; it says nothing "
               "of cause or approach: level 2 (prompt 2's 'the drawing number is on the second tab' answers the agent's question, it does not correct it). "
               "A crash repaired: fixing. The agent's reproducing run fails with the KeyError (trouble; the pasted traceback in prompt 1 describes the starting bug, not a previous result); after the edit the run succeeds, and prompt 3 ('thats all 14 "
               "printed, the ops are right') confirms it: verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\planning\\jobcards", start="2026-11-25T07:05:00Z", model="claude-sonnet-4-6", version="2.1.246",
    turns=[
        turn("make_jobcards.py stopped working this morning, it makes the job cards for the shop floor from the ERP export. it says this:\n\n"
             "Traceback (most recent call last):\n  File \"C:\\Users\\planning\\jobcards\\make_jobcards.py\", line 41, in <module>\n    dwg = row[\"Drawing No\"]\n"
             "KeyError: 'Drawing No'\n\nwe need them printed for 8 oclock",
             bash("python make_jobcards.py", "Traceback (most recent call last):\n  File \"C:\\Users\\planning\\jobcards\\make_jobcards.py\", line 41, in <module>\n    dwg = row[\"Drawing No\"]\nKeyError: 'Drawing No'", code=1, desc="Reproduce the crash"),
             read("C:\\Users\\planning\\jobcards\\make_jobcards.py",
                  "import openpyxl\nfrom docx import Document\n\nwb = openpyxl.load_workbook('erp_export.xlsx')\nws = wb['Operations']\n"
                  "hdr = [c.value for c in ws[1]]\n...\nfor r in ws.iter_rows(min_row=2, values_only=True):\n    row = dict(zip(hdr, r))\n    dwg = row[\"Drawing No\"]\n"
                  "    card = Document('template.docx')\n    ..."),
             bash("python -c \"import openpyxl; wb=openpyxl.load_workbook('erp_export.xlsx'); print(wb.sheetnames); print([c.value for c in wb['Operations'][1]])\"",
                  "['Operations', 'Parts']\n['Works Order', 'Part No', 'Op', 'Work Centre', 'Description', 'Setup Mins', 'Run Mins', 'Qty']", desc="Check the export's columns"),
             say("The ERP export no longer has a **Drawing No** column on the Operations sheet – it looks like the export layout changed. The columns now are "
                 "Works Order, Part No, Op, Work Centre, Description, Setup Mins, Run Mins, Qty. Is the drawing number somewhere else now, or should the card leave it blank?")),
        turn("the drawing number is on the second tab now i think, IT changed the export last week",
             bash("python -c \"import openpyxl; ws=openpyxl.load_workbook('erp_export.xlsx')['Parts']; print([c.value for c in ws[1]]); print(next(ws.iter_rows(min_row=2,values_only=True)))\"",
                  "['Part No', 'Drawing No', 'Rev', 'Material']\n('BR-2231', 'D-10452', 'C', 'EN1A')", desc="Look at the Parts tab"),
             edit("C:\\Users\\planning\\jobcards\\make_jobcards.py", "hdr = [c.value for c in ws[1]]",
                  "hdr = [c.value for c in ws[1]]\n# Since Nov 2026 the export keeps drawing numbers on the Parts tab, keyed by part number.\n"
                  "parts = wb['Parts']\nphdr = [c.value for c in parts[1]]\ndrawings = {p['Part No']: p for p in (dict(zip(phdr, r)) for r in parts.iter_rows(min_row=2, values_only=True))}"),
             edit("C:\\Users\\planning\\jobcards\\make_jobcards.py", "    dwg = row[\"Drawing No\"]",
                  "    part = drawings.get(row[\"Part No\"], {})\n    dwg = f\"{part.get('Drawing No', '')} rev {part.get('Rev', '')}\".strip()"),
             bash("python make_jobcards.py", "Wrote cards\\WO-88412.docx\nWrote cards\\WO-88413.docx\n...\nWrote cards\\WO-88425.docx\n14 job cards written", desc="Run the script"),
             say("Fixed. The script now looks up the drawing number (and revision) on the **Parts** tab by part number. It ran and wrote 14 job cards into `cards\\`.")),
        turn("thats all 14 printed, the ops are right. cheers",
             say("Good – if IT changes the export again, the columns it needs are Part No on Operations and Part No / Drawing No / Rev on Parts.")),
    ],
)
