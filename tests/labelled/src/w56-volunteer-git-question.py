LABEL = dict(
    split="heldout2",
    persona="Volunteer who updates a community theatre's website, told by a friend to use branches",
    expertise_level=1, work_mode="other",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Both prompts are basic questions (what a repo and a branch are, whether she needs one) and the agent "
               "explains basics she did not know to ask: level 1. No tool was used and nothing was produced, so the "
               "mode is other. 'ok thanks that makes sense!' reads as a confirmation, but a session without actions "
               "cannot be a verified success, and nothing failed: neither."),
)

SESSION = dict(
    cwd="/Users/helen/Sites/riverside-players", start="2026-05-12T20:45:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("this might be a dumb question. whats the difference between a repo and a branch? my friend who set up "
             "the theatre website said to always \"make a branch\" before I change anything but I dont really get why, "
             "I just change the show dates and pictures",
             say("Not a dumb question at all!\n\n- A **repo** (repository) is the whole website project folder, plus "
                 "its full history: every change anyone ever saved, with who made it and when.\n- A **branch** is "
                 "like a *copy of the project you can scribble on*. You make your changes there, and the real website "
                 "(usually the branch called `main`) isn't touched until you decide to merge them in.\n\nYour friend "
                 "suggests it so that if you make a mistake, like a broken picture or a typo in a date, it never "
                 "reaches the live site. You look at your branch, and when it's right, you merge it.")),
        turn("ok thanks that makes sense! so for just changing dates do I still need one or is that overkill",
             say("For small things like show dates it's a judgment call. Many people edit `main` directly for a one-line "
                 "change. But since your friend set the site up to work with branches (often the site only updates "
                 "when `main` changes, and some setups show a preview of your branch first), I'd follow their way. "
                 "It only adds a minute:\n\n1. Create a branch, e.g. `update-june-dates`\n2. Make your change\n3. "
                 "Check the preview (if there is one)\n4. Merge into `main`\n\nIf you'd like, next time you're "
                 "changing dates I can walk you through it step by step, or do it with you.")),
    ],
)
