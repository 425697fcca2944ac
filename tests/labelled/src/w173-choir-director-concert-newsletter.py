LABEL = dict(
    split="heldout6",
    persona="Director of a community choir, writes the members' newsletter",
    expertise_level=1, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('something for the newsletter about the christmas concert, make it exciting') with some facts of the event but "
               "nothing about the piece itself (length, sections, audience); the agent asks what must be in it and prompt 2 only answers. Between 1 "
               "and 2 with no signal to decide (no correction either way), tie-break 3 takes the lower: level 1. A newsletter piece "
               "written (newsletter-dec.md): writing. No failures; the last prompt 'ok thanks' is courtesy, not a confirmation, so no evidence: "
               "neither a success nor abandoned."),
)

SESSION = dict(
    cwd="/home/rhiannon/choir", start="2026-12-02T09:15:00Z", model="claude-sonnet-4-6", version="2.1.252",
    turns=[
        turn("can you write something for the newsletter about the christmas concert, make it exciting!! its at st marys on the 19th and we're doing the rutter",
             say("Happy to. A couple of things so the piece is complete: the start time, ticket price and where to buy, and anything members need to do "
                 "(arrive early, what to wear, extra rehearsals)?")),
        turn("7.30, tickets £8 at the door. black with a red scarf. extra rehearsal sunday 14th 2pm",
             write("/home/rhiannon/choir/newsletter-dec.md",
                   "## Our Christmas concert – Friday 19 December, St Mary's\n\nIt's nearly here! After a whole term of work on the Rutter, we're raising the roof "
                   "at St Mary's on **Friday 19 December at 7.30pm**. Tickets are **£8 on the door** – bring your family, your neighbours and anyone who "
                   "needs a dose of Christmas.\n\n**For singers:**\n- Extra rehearsal **Sunday 14 December, 2pm**\n- Dress: black, with a red scarf\n\n"
                   "See you there – and warm up those voices!\n"),
             say("Here's the piece in `newsletter-dec.md`: an upbeat opening, the date, venue, time and tickets in bold, and a short list for singers.")),
        turn("ok thanks", say("You're welcome – good luck with the concert!")),
    ],
)
