LABEL = dict(
    split="heldout16",
    persona="under-11s football coach who wants an app for the parents' lift rota",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('an app so the parents can sort out lifts... like doodle but better') with no names or constraints; the agent explains that an app needs hosting and log-ins and suggests a shared sheet first, and prompt 2 answers its questions ('about 14 kids, all on whatsapp'): level 1 (tie-break 1). "
               "The session ends in a step-by-step plan in a todo list, nothing built: planning. No action fails and there is no evidence: neither success nor abandoned."),
)

SESSION = dict(
    cwd="/home/dave/projects", start="2026-11-26T21:30:00Z", model="claude-opus-4-6", version="2.1.246", branch="",
    turns=[
        turn("hi im the coach of our u11s team. i want to make an app so the parents can sort out lifts to away games themselves instead of me doing it every week on whatsapp. like doodle but better. where do i start",
             bash("ls -la /home/dave/projects", "total 12\ndrwxr-xr-x  3 dave dave 4096 Nov 20 21:02 .\ndrwxr-x--- 19 dave dave 4096 Nov 26 21:29 ..\ndrwxr-xr-x  2 dave dave 4096 Nov 20 21:05 u11s", desc="See what is in the projects folder"),
             say("Happy to help plan it. Your projects folder only has a `u11s` folder, so we'd be starting from scratch. A few questions first, because a full app (with logins, a server and an app-store listing) is a lot of work to build and keep running, and you may not need it:\n\n1. How many families, and how many away games a season?\n2. What does the rota need to know: who is driving, how many spare seats, who needs a lift?\n3. Is everyone already in one WhatsApp group?\n\nIf it's one squad, a shared Google Sheet or a free sign-up form might do 90% of it in an evening.")),
        turn("about 14 kids, 10 or 11 away games till may. yes all on whatsapp. need who drives and how many seats and who needs one. i dont want to pay for anything",
             todo([("Make a Google Sheet: one tab per away game (date, ground, kick-off, meet time)", "pending"),
                   ("Columns: driver (parent name), seats free, children needing a lift", "pending"),
                   ("Add a 'seats left' formula so it shows when a game is covered", "pending"),
                   ("Share the sheet link as 'anyone with the link can edit' and pin it in the WhatsApp group", "pending"),
                   ("Try it for the next two away games, then decide whether a real app is worth it", "pending")]),
             say("Here's the plan (all free):\n\n1. **A Google Sheet**, one tab per away game with the date, ground, kick-off and meet time.\n2. **Three columns** parents fill in: driver, seats free, and the children who need a lift.\n3. **A \"seats left\" formula** at the top of each tab so you can see at a glance if a game is covered.\n4. **Share the link** (anyone with the link can edit) and pin it in the WhatsApp group.\n5. **Try it for two away games.** If parents use it, you're done; if not, we can look at a proper app then.\n\nWant me to write the formula and the column headings so you can paste them in?")),
    ],
)
