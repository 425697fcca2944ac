LABEL = dict(
    split="heldout17",
    persona="care home activities coordinator planning the summer fete",
    expertise_level=2, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the event, the date, the budget and who needs to be involved (families, the kitchen, the manager's sign-off) and asks for a to-do list, but pins down nothing else and asks for no check; prompt 2 adds two items in her own words: level 2. "
               "The result is a task breakdown (TodoWrite) and a dated checklist, with no product edited: planning. No failure and no evidence (prompt 2 moves on with additions, it does not confirm anything works): neither."),
)

SESSION = dict(
    cwd="C:\\Users\\activities\\Documents", start="2026-12-01T11:20:00Z", model="claude-sonnet-4-5", version="2.1.228", branch="main",
    turns=[
        turn("can you help me plan the summer fete, its saturday 27 june next year. budget is £400 from the residents fund. families come, kitchen does the food, and Sandra (manager) has to sign everything off. i just need a list of what to do and when, i always forget things",
             bash("dir Activities", "make_calendar.py\nActivities December 2026.docx\nfete 2025 notes.txt\n"),
             read("C:\\Users\\activities\\Documents\\Activities\\fete 2025 notes.txt", "fete 2025\n- tombola prizes came late!! ask families in april not may\n- raffle licence? Sandra said small lottery at event is ok no licence if tickets only sold on the day\n- gazebo from the church, book early\n- ice cream van was great, Tony 07700 900122\n- not enough seats in the shade for residents\n- photos consent forms - some families didnt want photos on facebook\n"),
             todo([("Get Sandra's sign-off on date, £400 budget and outline (January)", "pending"),
                   ("Book church gazebo and Tony's ice cream van (February)", "pending"),
                   ("Letter to families: save the date + ask for tombola prizes (April)", "pending"),
                   ("Meet kitchen about menu, numbers and allergies (May)", "pending"),
                   ("Plan shaded seating for residents, borrow extra chairs/parasols (May)", "pending"),
                   ("Photo consent: check the list, send forms to families who haven't signed (May)", "pending"),
                   ("Raffle: tickets sold on the day only (no licence needed, per Sandra last year) (June)", "pending"),
                   ("Final week: confirm van, gazebo, volunteers, float for stalls, weather plan B indoors", "pending")]),
             say("I've used your notes from last year's fete too. Here's the plan, by month:\n\n**January**: take the date, the £400 budget and a one-page outline to Sandra for sign-off.\n**February**: book the church gazebo and Tony's ice cream van (07700 900122) for 27 June.\n**April**: letter to families, save the date and ask for tombola prizes now (last year they came late when you asked in May).\n**May**: meet the kitchen (menu, numbers, allergies and textures for residents on modified diets); sort more seating in the shade; check photo consent and send forms to families who haven't signed.\n**June**: raffle tickets sold on the day only. Final week: confirm van, gazebo and volunteers, get a cash float, and have an indoor plan if it rains.\n\nI've put these on a to-do list. Want me to write the letter to families as well?")),
        turn("oh and entertainment, last year we had the ukulele group. and i need to tell the GP surgery? no thats not right, the district nurses, as some residents need meds during it",
             todo([("Get Sandra's sign-off on date, £400 budget and outline (January)", "pending"),
                   ("Book church gazebo and Tony's ice cream van (February)", "pending"),
                   ("Book the ukulele group (February)", "pending"),
                   ("Letter to families: save the date + ask for tombola prizes (April)", "pending"),
                   ("Meet kitchen about menu, numbers and allergies (May)", "pending"),
                   ("Plan shaded seating for residents, borrow extra chairs/parasols (May)", "pending"),
                   ("Photo consent: check the list, send forms to families who haven't signed (May)", "pending"),
                   ("Tell the senior carer and district nurses the timings so medication rounds fit around the fete (June)", "pending"),
                   ("Raffle: tickets sold on the day only (no licence needed, per Sandra last year) (June)", "pending"),
                   ("Final week: confirm van, gazebo, ukulele group, volunteers, float for stalls, weather plan B indoors", "pending")]),
             say("Added both: book the ukulele group in February along with the gazebo and van, and in June let the district nurses (and the senior carer on shift) know the timings so the medication rounds fit around the fete. The list has 10 items now.")),
    ],
)
