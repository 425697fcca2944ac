LABEL = dict(
    split="heldout10",
    persona="Parish administrator moving the volunteer rotas off paper",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('get the rotas off paper… i dont know where to start'), and the agent explains what a shared calendar can and cannot do, "
               "basics she did not know to ask: level 1; prompt 2 answers the agent's question about who has email, which is not her own precision. "
               "The result is a step list in TodoWrite with nothing built: planning. No action fails, no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/parishoffice/Documents/Rotas", start="2026-11-23T11:00:00Z", model="claude-sonnet-4-6", version="2.1.243", branch="",
    turns=[
        turn("Hello. Our church has rotas for readers, flowers, coffee and the welcome team and they're all on paper on the noticeboard and people forget. Father Michael wants them \"on the computer\". I dont know where to start, can you help me plan it. I have the current ones typed up in this folder",
             glob("*", ["Readers Advent 2026.docx", "Flowers rota.docx", "Coffee after 10.30.xlsx", "Welcome team.docx"], path="/Users/parishoffice/Documents/Rotas"),
             say("I can see four rotas (three Word files and one spreadsheet). Before I suggest anything: do most of the volunteers have email, and does the parish already use "
                 "Google or Microsoft (for example a parish Gmail or Outlook account)? That decides whether a shared calendar with reminders is practical.")),
        turn("most have email, maybe 5 or 6 older ones dont. we have a gmail for the parish office",
             todo([("Make one Google Sheet with a tab per rota (date, role, name, phone) from the four files", "pending"),
                   ("Share it view-only with volunteers; only the office edits it", "pending"),
                   ("Make a 'Parish rotas' Google Calendar and add each slot as an event with the volunteer as a guest (they get email reminders)", "pending"),
                   ("For the 5-6 without email: keep a printed copy on the noticeboard, printed from the Sheet each month", "pending"),
                   ("Swaps: volunteers email the office, office updates Sheet and Calendar", "pending"),
                   ("Try it with the coffee rota for January before moving the others", "pending")]),
             say("Here's a plan, in order (also in the task list):\n\n1. One Google Sheet in the parish Gmail, a tab per rota, typed from your four files.\n"
                 "2. Share it view-only; only the office edits.\n3. A 'Parish rotas' calendar – each slot an event with the volunteer invited, so Google emails them a reminder the day before.\n"
                 "4. For those without email, the noticeboard stays: print the Sheet each month.\n5. Swaps go through the office.\n6. Try it with the coffee rota in January first.\n\n"
                 "A calendar can't phone people, so the paper copy still matters for the older volunteers. Shall I start by turning the four files into the Sheet layout?")),
    ],
)
