LABEL = dict(
    split="heldout5",
    persona="Owner of a two-person sourdough bakery who takes orders by text message today",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('stop taking orders by text, i want people to order online before, what do i need') with no product, "
               "tool or constraint; the agent explains what a preorder form and a payment provider are, and prompt 2 ('what would you do first') "
               "leaves the choice to it: level 1. A task breakdown (TodoWrite) and advice, nothing built or edited: planning. No actions "
               "fail and nothing is confirmed as working: neither."),
)

SESSION = dict(
    cwd="/home/bea", start="2026-11-30T06:48:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("morning. i have a little bakery and people text me their bread orders for saturday and its chaos, i miss some. i want to stop taking orders by text, i want people to order online before. what do i need",
             say("You don't need a full online shop – a **preorder form** with a weekly cut-off does the job. The pieces are:\n\n1. A place to order: a simple form or "
                 "order page listing this week's breads\n2. A cut-off (e.g. Thursday 8pm) so you know how much dough to make\n3. Optionally, payment up front "
                 "through a payment provider (Square, SumUp, Stripe) so no-shows don't cost you\n4. One list of Saturday's orders you can print for the counter\n\n"
                 "Do you want people to pay when they order, or when they collect?")),
        turn("pay when they order i think, people forget. what would you do first",
             todo([("Write the weekly menu: breads, prices, max loaves of each", "pending"),
                   ("Decide the cut-off (Thursday 8pm) and collection time (Saturday 8-12)", "pending"),
                   ("Open a Square account (you may already have one for the card reader)", "pending"),
                   ("Set up a Square Online order page with 'pickup only' and the cut-off", "pending"),
                   ("Do one test order yourself and check the Saturday order list prints", "pending"),
                   ("Tell customers: text back the link instead of taking orders", "pending")]),
             say("Here's the order I'd do it in (also saved as a to-do list):\n\n1. **Write the menu** with a maximum per bread, so you never oversell\n2. **Pick the cut-off** "
                 "and collection window\n3. **Square account** – if your card reader is Square, you already have one\n4. **Square Online order page**, pickup only, with the cut-off "
                 "and item limits switched on. It's free on the basic plan; they take a fee per card payment\n5. **Test order** from your own phone, and print Saturday's list\n"
                 "6. **Reply to texts with the link** for a few weeks until people get used to it\n\nNone of this needs a website of your own.")),
        turn("ok that makes sense i'll have a look at square tonight", say("Good luck! If the menu or the cut-off wording gives you trouble, send it over and I'll tidy it up.")),
    ],
)
