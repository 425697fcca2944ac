LABEL = dict(
    split="heldout6",
    persona="Hill sheep farmer who keeps lambing records in notebooks and wants them on a phone",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('get my lambing book onto my phone somehow') with no fields, devices or constraints, like the guide's level-1 "
               "example; prompt 2 lists the fields and the signal problem only in answer to the agent's questions, and nothing is asked to be checked: level 1. The session "
               "ends in a task breakdown in TodoWrite and no files written: planning. No failures and no evidence: neither."),
)

SESSION = dict(
    cwd="/home/iwan", start="2026-12-01T20:20:00Z", model="claude-sonnet-4-6", version="2.1.240",
    turns=[
        turn("Evening. i want to get my lambing book onto my phone somehow, it gets soaked every year. my daughter says you can help plan it out before she builds it",
             say("Glad to. To plan it well: what do you write down for each ewe and lamb (tag number, date, sex, weight, problems)? And will you have phone "
                 "signal where you record it?")),
        turn("ewe tag, date, how many lambs, any bother, and which field. no signal up the hill at all, only in the house",
             todo([("Decide the records: ewe tag, date, lambs born, problems, field", "pending"),
                   ("Choose an app that works offline and syncs in the house (e.g. a spreadsheet app with offline mode, or a simple web app)", "pending"),
                   ("Sketch the entry screen: big buttons, works with wet hands", "pending"),
                   ("Make a test with last year's records from the notebook", "pending"),
                   ("Decide how to back up and print the records for the vet and the flock register", "pending")]),
             say("Here's a plan for your daughter, in order. The key requirement is that it works **offline** on the hill and syncs when you're back in the "
                 "house – so avoid anything that needs signal to save. Try it with last year's notebook before lambing starts.")),
    ],
)
