LABEL = dict(
    split="heldout5",
    persona="Owner of a small yoga studio, writes her own website text, no technical background",
    expertise_level=1, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('people keep not turning up, i need some kind of policy') with no rule, deadline or format; the agent "
               "proposes the structure (a free-cancel window, what happens after a late cancel, the waitlist) and prompt 2 picks from its "
               "options in a line: level 1. A policy document written (cancellation-policy.md): writing. No failures; prompt 3 ('perfect, putting that on "
               "the website tonight') confirms the text: verified success."),
)

SESSION = dict(
    cwd="/home/leela/studio", start="2026-11-27T11:02:00Z", model="claude-sonnet-4-6", version="2.1.246",
    turns=[
        turn("hiya, people keep booking my classes and not turning up and then other people cant get in. i need some kind of policy i think?? "
             "i dont want to sound mean though, its a friendly studio",
             say("A short, warm cancellation policy usually fixes this. A few questions so it fits your studio:\n\n1. How late can someone cancel for free? "
                 "(12 hours before class is common for small studios)\n2. What happens after a late cancel or no-show – lose the class credit, a small fee, or a warning first?\n"
                 "3. Do you have a waitlist that gets the freed spot?")),
        turn("12 hours sounds right. first time just a warning, after that they lose the class off their pass. yes we have waitlist on the booking app",
             write("/home/leela/studio/cancellation-policy.md",
                   "# Booking & cancellation\n\nOur classes are small, so every spot matters – when a mat sits empty, someone on the waitlist has missed out.\n\n"
                   "**Cancel at least 12 hours before class** in the booking app and your class goes straight back on your pass. "
                   "Your spot is offered to the next person on the waitlist.\n\n**Late cancellations and no-shows.** Life happens, so the first time "
                   "is just a friendly reminder from us. After that, a late cancellation (less than 12 hours before) or a no-show uses the class from your pass.\n\n"
                   "**Running late?** Doors close 5 minutes after the start so we don't interrupt savasana – message us and we'll hold your mat if we can.\n\n"
                   "Thank you for helping us keep classes open to everyone. 🧘\n"),
             say("Here's a draft in `cancellation-policy.md` – friendly in tone, with the 12-hour rule, the first-time warning, losing the class after that, and "
                 "the waitlist. I added a line about late arrivals; delete it if you don't want it.")),
        turn("perfect, putting that on the website tonight. thankyou!", say("Lovely – I hope the empty mats become a thing of the past!")),
    ],
)
