LABEL = dict(
    split="heldout19",
    persona="caterer whose costing spreadsheet adds VAT twice",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the spreadsheet, the tab and the symptom ('on the Harrow quote tab it comes out nearly double') and nothing else; she says she did not make it and leaves the cause and the check to the agent: level 2. The agent finds the subtotal already including VAT before VAT is added again and rewrites the formula cells with openpyxl (after a backup): fixing. No action failed; prompt 2 ('opened it in excel, the Harrow one is right now, £4,218') confirms the fix, so verified success."),
)

SESSION = dict(
    cwd="/Users/priya/Catering/Costings", start="2026-12-01T16:30:00Z", model="claude-sonnet-4-5", version="2.1.240", branch="",
    turns=[
        turn("My costing spreadsheet (costing 2027.xlsx) is doing the VAT wrong, on the Harrow quote tab it comes out nearly double what it should be. I didnt make it, my old business partner did. can you fix it",
             bash("cd \"/Users/priya/Catering/Costings\" && python3 - <<'PY'\nfrom openpyxl import load_workbook\nwb = load_workbook('costing 2027.xlsx')\nprint(wb.sheetnames)\nws = wb['Harrow quote']\nfor row in ws.iter_rows(min_row=18, max_row=26, max_col=4):\n    print([c.coordinate + '=' + repr(c.value) for c in row if c.value is not None])\nPY", "['Ingredients', 'Staff', 'Harrow quote', 'Kemp quote', 'TEMPLATE']\n['A18=\\'Food cost\\'', \"D18='=SUM(D4:D16)'\"]\n['A19=\\'Staff\\'', \"D19='=Staff!F12'\"]\n['A20=\\'Hire & sundries\\'', 'D20=340']\n['A21=\\'Subtotal (ex VAT)\\'', \"D21='=SUM(D18:D20)*1.2'\"]\n['A22=\\'VAT 20%\\'', \"D22='=D21*0.2'\"]\n['A23=\\'Total\\'', \"D23='=D21+D22'\"]", desc="Read the quote formulas"),
             bash("cd \"/Users/priya/Catering/Costings\" && python3 - <<'PY'\nfrom openpyxl import load_workbook\nwb = load_workbook('costing 2027.xlsx')\nfor name in ['Harrow quote', 'Kemp quote', 'TEMPLATE']:\n    ws = wb[name]\n    print(name, ws['D21'].value)\nPY", "Harrow quote =SUM(D18:D20)*1.2\nKemp quote =SUM(D18:D20)*1.2\nTEMPLATE =SUM(D18:D20)*1.2", desc="Check the other quote tabs"),
             bash("cd \"/Users/priya/Catering/Costings\" && cp \"costing 2027.xlsx\" \"costing 2027 backup.xlsx\" && python3 - <<'PY'\nfrom openpyxl import load_workbook\nwb = load_workbook('costing 2027.xlsx')\nfor name in ['Harrow quote', 'Kemp quote', 'TEMPLATE']:\n    wb[name]['D21'] = '=SUM(D18:D20)'\nwb.save('costing 2027.xlsx')\nprint('saved')\nPY", "saved", desc="Fix the subtotal formula (with a backup)"),
             say("Found it. The **Subtotal (ex VAT)** cell (D21) was `=SUM(D18:D20)*1.2`, so it already had 20% VAT added, and then the next row added VAT again on top of that. That's why the VAT line looked far too big.\n\nI changed D21 to `=SUM(D18:D20)` on the Harrow quote, the Kemp quote and the TEMPLATE tab (all three had the same mistake), so new quotes will be right too. I saved a copy of the original first as **costing 2027 backup.xlsx**.\n\nExcel will recalculate when you open it. Can you check the Harrow total looks right?")),
        turn("opened it in excel, the Harrow one is right now, £4,218. thank you so much. did the Kemp quote go out with the wrong one do you know?",
             bash("cd \"/Users/priya/Catering/Costings\" && ls -la *.pdf \"../Sent quotes\" 2>/dev/null | head", "../Sent quotes:\ntotal 1184\n-rw-r--r--  1 priya  staff  198211 14 Nov 10:02 Bentley-Harrow wedding quote DRAFT.pdf\n-rw-r--r--  1 priya  staff  201455  3 Nov 17:48 Kemp 60th quote.pdf", desc="Look for sent quote PDFs"),
             say("There's a **Kemp 60th quote.pdf** in your Sent quotes folder from 3 November, so it was probably sent with the old formula. I can't read the figures inside the PDF from here reliably, but if the total on it is about 20% higher than the Kemp tab shows now, it went out with VAT counted twice and you may want to send them a corrected one.")),
    ],
)
