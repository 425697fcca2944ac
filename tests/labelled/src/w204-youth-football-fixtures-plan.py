LABEL = dict(
    split="heldout7",
    persona="volunteer secretary of a youth football club (under-8s to under-16s), keeps fixtures in a spreadsheet",
    expertise_level=2, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the thing (a fixtures and pitch-time system for nine teams) and one constraint (two pitches on Saturday mornings) but "
               "nothing about data, tools or what 'done' means; 'dont build anything yet' asks for a plan rather than scoping the work; prompt 2 "
               "answers the agent's question, and prompt 4's cup-week question comes after the plan rather than being anticipated up front: level 2. "
               "Only a TodoWrite task breakdown and answers, no files written: planning. No failures and no evidence: neither."),
)

SESSION = dict(
    cwd="/home/dave/club", start="2026-12-01T20:15:00Z", model="claude-sonnet-4-6", version="2.1.238",
    turns=[
        turn("Im the secretary at our junior football club, we have 9 teams and only 2 pitches on saturday mornings. every week I do the fixtures "
             "and pitch times by hand in a spreadsheet and its a nightmare. could we make something that does it? dont build anything yet I want "
             "to know what it would involve",
             say("Happy to plan it first. Who needs to see the result – just you, or coaches and parents too? And where do the fixtures come from, "
                 "the league website or emails?")),
        turn("coaches and parents. the league emails me the fixtures as a pdf every month",
             todo([("Decide where it lives: a shared Google Sheet with a script vs a small web page", "pending"),
                   ("Get fixtures in: type home games from the league PDF into one tab (team, opponent, date)", "pending"),
                   ("Pitch rules: 2 pitches, Saturday 9:00-13:00, mini-soccer slots 60 min, 11-a-side 105 min", "pending"),
                   ("Automatic allocation of home games to pitch and kick-off time", "pending"),
                   ("Clash report when more home games than slots", "pending"),
                   ("Share a read-only view with coaches and parents", "pending")]),
             say("Here's what it would involve, as a checklist. My suggestion is to stay in Google Sheets: you keep typing the home fixtures in from "
                 "the PDF (reading PDFs automatically is fiddly and the league changes the layout), and a small script fills in the pitch and time "
                 "and flags clashes. Parents get a view-only link. When you want to start, tell me and we can build step 4 first.")),
        turn("how long would the first bit take",
             say("Step 4 on its own – the allocation script in the Google Sheet – is an evening's work together: an hour or two to set up the tabs "
                 "the way the script expects, and an hour to write and try it on last month's fixtures.")),
        turn("what happens if theres more home games than slots one week, like cup weeks",
             say("That's step 5: the script fills the slots by age group (youngest first, since they can't play later) and lists whatever didn't fit "
                 "on a 'Clashes' tab, so you can ring the other club or ask the league to move one. It won't move a game itself.")),
    ],
)
