LABEL = dict(
    split="heldout16",
    persona="secondary school art teacher who inherited the department's coursework tracker",
    expertise_level=2, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and asks one thing (what the 'Update grades' button does, because it changed her marks), and prompt 2 asks a follow-up about where the grade boundaries come from: level 2, names the thing and the goal and nothing more. "
               "The agent only reads and explains; nothing is changed: exploring. No action fails and there is no evidence: neither success nor abandoned."),
)

SESSION = dict(
    cwd="C:\\Users\\jthomas\\OneDrive - Ysgol Bryn\\Art Dept", start="2026-11-24T16:45:00Z", model="claude-opus-4-6", version="2.1.245", branch="",
    turns=[
        turn("I've taken over as head of art and there's a spreadsheet GCSE_Tracker.xlsm from the last head of dept. There's a button 'Update grades' and when I pressed it, it changed some of my marks?? I've exported the code to tracker_macro.bas. What does it actually do? I don't want to break it",
             read("C:\\Users\\jthomas\\OneDrive - Ysgol Bryn\\Art Dept\\tracker_macro.bas",
                  "Attribute VB_Name = \"Module1\"\nSub UpdateGrades()\n    Dim ws As Worksheet, r As Long, total As Double\n    Set ws = Sheets(\"Y11\")\n    For r = 3 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row\n        total = 0\n        For c = 4 To 7\n            If ws.Cells(r, c).Value > 18 Then ws.Cells(r, c).Value = 18\n            total = total + ws.Cells(r, c).Value\n        Next c\n        ws.Cells(r, 8).Value = total\n        ws.Cells(r, 9).Value = Application.WorksheetFunction.VLookup(total, Sheets(\"Boundaries\").Range(\"A2:B11\"), 2, True)\n        If ws.Cells(r, 10).Value = \"\" Then ws.Cells(r, 10).Value = ws.Cells(r, 9).Value\n    Next r\n    ws.Range(\"A3:J200\").Sort Key1:=ws.Range(\"B3\"), Header:=xlNo\nEnd Sub\n"),
             say("Here's what **Update grades** does, row by row on the **Y11** sheet (from row 3 down):\n\n1. **Columns D to G** (the four assessment objectives, AO1–AO4): any mark **over 18 is changed to 18**. This is the one that changed your marks: it treats 18 as the maximum per AO and overwrites anything higher, without asking.\n2. **Column H**: adds up D–G.\n3. **Column I**: looks the total up in the **Boundaries** sheet (A2:B11) to get a grade.\n4. **Column J**: copies that grade in, *but only if J is empty*, so it won't overwrite a predicted grade you typed there.\n5. Finally it **sorts rows 3–200 by column B** (surname, I assume).\n\nSo if your AOs are marked out of 18 (as on the AQA Art and Design scheme: 4 AOs × 18 = 72), the capping is a safety net. If you entered anything above 18, it was a typo or a different scale. Nothing else is changed.")),
        turn("ok thats helpful. where do the boundaries come from, are they this years?",
             grep("Boundaries", path="C:\\Users\\jthomas\\OneDrive - Ysgol Bryn\\Art Dept", content="C:\\Users\\jthomas\\OneDrive - Ysgol Bryn\\Art Dept\\tracker_macro.bas:12:        ws.Cells(r, 9).Value = Application.WorksheetFunction.VLookup(total, Sheets(\"Boundaries\").Range(\"A2:B11\"), 2, True)"),
             say("The macro doesn't create the boundaries: it just reads whatever is typed in the **Boundaries** sheet, cells A2:B11 (lowest total for each grade in column A, the grade in column B, from lowest to highest). I can't see the values from the exported code, only the sheet can show them.\n\nTo check if they're this year's: compare that sheet with the exam board's published grade boundaries for the last series (they come out on results day in August). If the sheet has a date or a note next to it, that's a clue too. If you paste the ten rows here I can check them against the numbers you have.")),
    ],
)
