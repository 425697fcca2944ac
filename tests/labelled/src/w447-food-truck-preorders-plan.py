LABEL = dict(
    split="heldout15",
    persona="Food truck owner wanting to take preorders online",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('how do i let people order before they come') with no names or constraints, and the agent explains the basics (what an ordering page is, that her Square account already has one, card fees); prompt 2 answers the agent's question and asks 'what do i do first': level 1. "
               "The result is a step-by-step list in TodoWrite with nothing built: planning. No action fails and there is no test, commit or confirmation: neither success nor trouble."),
)

SESSION = dict(
    cwd="/Users/dani", start="2026-11-26T22:10:00Z", model="claude-opus-4-6", version="2.1.244", branch="",
    turns=[
        turn("i run a food truck (tacos) and the lunch queue is mad, how do i let people order before they come so its ready when they get there",
             say("A few questions so I can suggest the simplest thing:\n\n1. What do you take card payments with now (Square, SumUp, Zettle, something else)?\n2. Do you have a website or just Instagram/Facebook?\n3. Do you want people to pay when they order, or pay at the window?\n\nMany card readers already include a free online ordering page, so you may not need anything new.")),
        turn("square. just insta. pay when they order deffo, people dont turn up. what do i do first",
             fetch("https://squareup.com/gb/en/online-store/restaurants", "What does Square Online offer food businesses for pickup orders on the free plan, and what are the online card fees in the UK?", "Square Online lets restaurants and food trucks take pickup and delivery orders online. The free plan includes an ordering site, pickup scheduling with order throttling by time slot, and automatic menu sync from Square Point of Sale. Orders appear on Square Point of Sale or Square KDS. Online card payments: 1.4% + 25p for UK cards."),
             todo([("Turn on Square Online (free plan) from the Square Dashboard and pick the 'pickup' option only", "pending"),
                   ("Add the menu items from Square Point of Sale (they sync), with photos and prices", "pending"),
                   ("Set pickup time slots: e.g. every 10 minutes 11:30-14:00, max 8 orders per slot", "pending"),
                   ("Set the pickup location text for each day's pitch (or one page per pitch)", "pending"),
                   ("Turn on order notifications on the Square app/Kitchen Display so orders show in the truck", "pending"),
                   ("Test: place one order yourself on your phone, refund it", "pending"),
                   ("Put the ordering link in the Instagram bio and a QR code on the truck", "pending")]),
             say("Here's the order I'd do it in (also in the checklist above):\n\n1. **Square Online**: in your Square Dashboard go to *Online → Square Online*, choose the free plan and **pickup only**. Online card fees are 1.4% + 25p for UK cards, a bit more than at the window.\n2. **Menu**: your Square items sync across, so you mainly add photos.\n3. **Time slots**: this is what stops the lunch rush becoming a different rush. Cap orders per 10-minute slot to what you can cook.\n4. **Location**: since you move around, set the pickup address text each day, or keep one link per regular pitch.\n5. **Notifications**: make sure online orders pop up on the device in the truck.\n6. **Test it** with a real order on your own phone, then refund it.\n7. **Share**: the link in your Insta bio and a QR code on the truck and the menu board.\n\nDo step 1 and 2 first; they take about an hour. Come back if anything in the Dashboard looks different.")),
    ],
)
