LABEL = dict(
    split="heldout12",
    persona="volunteer under-11s football coach who wants an app for parents",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('an app for the parents so they know whos playing'), with no names or constraints, and the agent explains basics he did not ask about (that an app store app is not needed, what a shared sheet or a simple web page can do); prompt 2 answers its questions: level 1. "
               "The session ends in a task breakdown written with TodoWrite and no files changed: planning. Nothing fails and nothing is confirmed to work: neither."),
)

SESSION = dict(
    cwd="/home/dean/football", start="2026-11-16T19:48:00Z", model="claude-sonnet-4-6", version="2.1.245",
    turns=[
        turn("i coach an under 11s team on saturdays and every week i get about 30 whatsapps from parents asking is my kid playing, what time, where is it. i want an app for the parents so they know whos playing and where. where do i even start with that",
             say("That's a really common problem for grassroots coaches, and the good news is you probably don't need a \"real\" app (the kind you download from the App Store) – those take months to build and cost money to publish.\n\n"
                 "Simpler options, from least to most work:\n1. **A shared Google Sheet** – one tab per match: date, kick-off, meet time, address, and the squad list. You send parents one link, once.\n"
                 "2. **A small web page** that reads that sheet and shows \"this Saturday\" nicely on a phone – parents bookmark it. You keep editing the sheet, never the page.\n"
                 "3. **An existing team app** (Spond, TeamSnap, Pitchero) – they do availability, reminders and even subs, but parents have to sign up.\n\n"
                 "A few questions so I can suggest one: do parents need to reply (\"available/not available\"), or just read? Do you already use Google for anything? And how many players are in the squad?")),
        turn("just read really, i do availability on the whatsapp poll already. we use gmail for the club. 14 kids. option 2 sounds good but i dont know how to make a web page",
             fetch("https://support.google.com/docs/answer/183965", "How do you publish a Google Sheet to the web as CSV, and how often does the published copy update?",
                   "To publish a sheet: in Google Sheets, open File > Share > Publish to web. Choose the sheet (or the entire document) and a format: Web page, CSV, TSV, PDF and others. Click Publish and copy the link. "
                   "Published content updates automatically when changes are made (updates may take up to 5 minutes). To stop publishing, open the same dialog and click Stop publishing."),
             todo([("Make a Google Sheet 'Fixtures' with columns: date, opponent, home/away, kick-off, meet time, address, map link", "pending"),
                   ("Add a 'Squad' column per match (or a second tab listing the 14 players with a tick per match)", "pending"),
                   ("Publish the sheet to the web as CSV (File > Share > Publish to web) and send me the link", "pending"),
                   ("Build a one-page site that shows the next match and who is playing, read from the published sheet", "pending"),
                   ("Put the page on Netlify or GitHub Pages (free) and get a short link", "pending"),
                   ("Pin the link in the parents' WhatsApp group; update only the sheet each week", "pending")]),
             say("Here's the plan, and you only have to do the first three steps yourself – I can do the web page part with you:\n\n"
                 "1. Make a Google Sheet called **Fixtures** with a row per match: date, opponent, home/away, kick-off, meet time, address, and a Google Maps link.\n"
                 "2. Add the squad: a second tab with the 14 names and a tick column per match.\n"
                 "3. Publish the sheet (File → Share → Publish to web → CSV) and paste me the link.\n"
                 "4. I'll build a one-page site that shows **the next match** and who's playing, and always reads the latest sheet.\n"
                 "5. We put it online for free and you get a short link.\n"
                 "6. Pin the link in the parents' WhatsApp group.\n\n"
                 "After that, each week you only update the sheet – the page follows on its own. Come back with the sheet link when it's ready.")),
    ],
)
