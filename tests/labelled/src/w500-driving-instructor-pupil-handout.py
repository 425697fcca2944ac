LABEL = dict(
    split="heldout17",
    persona="driving instructor wanting a handout for new pupils",
    expertise_level=1, work_mode="writing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish ('something to give new pupils so they know what to expect') with no contents, format or constraints, and the agent has to explain that the show-me/tell-me questions are set by the DVSA and that it should not invent test rules; prompt 2 only adds her phone number and prices: level 1. "
               "The deliverable is a written handout (a .md file): writing. The agent's Read of prices.docx fails with a tool error (a failed action, so trouble, although the user never sees it and the handout is written from her own figures); nothing after it is evidence ('ok' is not a confirmation that the handout works in use, and there is no test or commit), so the trouble stays unresolved: abandoned."),
)

SESSION = dict(
    cwd="/Users/karen/Documents/lessons", start="2026-11-29T10:05:00Z", model="claude-sonnet-4-5", version="2.1.231", branch="main",
    turns=[
        turn("can you make me something to give new pupils so they know what to expect. like a sheet",
             bash("ls ~/Documents/lessons", "bookings 2025.xlsx\nbookings 2026.xlsx\nprices.docx\ntest dates.txt\n"),
             say("Happy to. Before I write it: I can see a `prices.docx` in your folder, do you want your prices on the sheet? And a couple of things worth knowing:\n\n- The **show me / tell me** questions on the practical test are set by the DVSA, so I'll point pupils to the official list on gov.uk rather than making up my own versions.\n- The test rules (e.g. needing a provisional licence and having passed the theory test before booking the practical) I'll keep to the basics and link to gov.uk, so the sheet doesn't go out of date.\n\nI'll draft a one-page sheet now: what to bring to the first lesson, how lessons work, cancellations, and the road to the test. Tell me anything you'd like to change.")),
        turn("yes put prices in, its £38 an hour or 10 hours for £360. and my number 07700 900418. cancellations need 48 hours or they pay",
             read("/Users/karen/Documents/lessons/prices.docx", fail="This tool cannot read binary files. The file appears to be a binary .docx file. Please use appropriate tools for binary file analysis."),
             write("/Users/karen/Documents/lessons/welcome-sheet.md", "# Welcome to Driving Lessons with Karen\n\nPhone / WhatsApp: **07700 900418**\n\n## Before your first lesson\n- Bring your **provisional driving licence** (photocard). I have to see it before we drive.\n- Wear comfortable, flat shoes.\n- Glasses or contact lenses if you need them for distance: you must be able to read a number plate from 20 metres.\n\n## How lessons work\n- Lessons are 1, 1.5 or 2 hours. I pick you up from home, college or work.\n- We start on quiet roads and build up to busier roads, roundabouts, dual carriageways and the motorway.\n- I'll keep a record of what we've covered so you can see your progress.\n\n## Prices\n- **£38 per hour**\n- **Block of 10 hours: £360** (saves £20)\n\n## Cancellations\nPlease give **at least 48 hours' notice**. Lessons cancelled with less notice are charged in full.\n\n## Getting to your test\n1. Pass your **theory test** (book at gov.uk/book-theory-test).\n2. When we agree you're ready, book your **practical test** at gov.uk/book-driving-test.\n3. In the test you'll be asked one \"tell me\" question at the start and one \"show me\" question while driving. The official list is at gov.uk/government/publications/car-show-me-tell-me-vehicle-safety-questions. We'll practise all of them.\n\nMost pupils need around 40 to 45 hours of lessons plus private practice if they can get it. Everyone is different and I'll tell you honestly when I think you're ready.\n"),
             say("I couldn't open `prices.docx` directly (it's a Word file), so I used the prices you gave me. The sheet is at `~/Documents/lessons/welcome-sheet.md`: licence and what to bring, how lessons work, £38/hour or £360 for 10 hours, the 48-hour cancellation rule and your number, and the steps to the test with the official gov.uk links.\n\nIf you want it as a Word document to print, I can convert it with pandoc if you have it installed, or you can paste it into Word.")),
        turn("ok",
             say("Great. If you'd like any wording changed or your logo added, just say.")),
    ],
)
