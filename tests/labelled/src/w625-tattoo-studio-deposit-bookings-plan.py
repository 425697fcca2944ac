LABEL = dict(
    split="heldout21",
    persona="tattoo studio owner who takes bookings by Instagram DM and wants online booking with deposits",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('i want people to book and pay a deposit online instead of DMs, what do i need'), with no names, constraints or check; the agent explains what a booking system, a payment processor and a deposit policy are, and prompt 2 asks what 'non-refundable' has to say legally, so the agent keeps filling basics: level 1. "
               "The session produces a step-by-step plan in a TodoWrite list and a written explanation, with no files changed: planning. "
               "No action failed and there is no test, commit or confirmation of a result (prompt 2 is a question, prompt 3 'ok that makes sense, ill start with the first two' moves on), so neither success nor trouble."),
)

SESSION = dict(
    cwd="/Users/jade/Desktop", start="2026-12-02T11:30:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="",
    turns=[
        turn("hey so i run a tattoo studio (3 artists) and all our bookings come through instagram DMs and its a nightmare, people ghost us and we lose the slot. i want people to book and pay a deposit online. what do i need to do? i dont really know where to start",
             todo([("Decide the deposit rules (amount, when it's lost, how it comes off the final price)", "pending"), ("Pick a booking tool that takes deposits and has one calendar per artist", "pending"), ("Set up each artist's hours, session lengths and consult slots", "pending"), ("Connect a card payment account (Stripe or Square) to the booking tool", "pending"), ("Write the booking page text: what to send (idea, placement, size, photos), age ID, aftercare", "pending"), ("Put the booking link in the Instagram bio and an auto-reply for DMs", "pending"), ("Run two weeks with both DMs and the link, then switch DMs to the link only", "pending")]),
             say("Here's the plan, in order (it's in the task list above too):\n\n1. **Deposit rules first.** Most studios take £30–£100 depending on size, non-refundable if the client cancels with less than 48–72 hours' notice, and taken off the final price. Decide this before choosing software because you'll type it into it.\n2. **A booking tool with deposits and one calendar per artist.** Tattoo-specific ones (e.g. Tattoogenda, Porter) handle design requests and consent forms; general ones (Square Appointments, Fresha, Setmore) are cheaper. You don't need a website: they give you a booking link.\n3. **Artists' hours and session types** (consult 30 min, half day, full day).\n4. **Card payments**: the tool connects to Stripe or Square; money goes to your bank in 2–3 days.\n5. **Booking page text**: what clients must send, ID for 18+, your deposit policy in plain words.\n6. **Instagram**: link in bio, and a saved reply for DMs pointing to it.\n7. **Two weeks overlap**, then switch.\n\nNothing needs building or coding for this.")),
        turn("what do i have to say for the deposit being non refundable, is that even legal",
             say("Yes, a non-refundable deposit is normal and legal in the UK **as long as it's fair and clear before they pay**. In practice that means:\n\n- The amount is reasonable for what you lose (the artist's time and the drawing), not a penalty.\n- The rules are shown before payment and the client ticks to agree.\n- You say what happens if *you* cancel or reschedule (you refund or move it).\n\nExample wording: *\"A £50 deposit secures your appointment and comes off the final price. It covers your artist's design time, so it is non-refundable if you cancel or move your appointment with less than 72 hours' notice, or don't arrive. If we need to move your appointment, your deposit moves with it or is refunded in full.\"*\n\nI'm not a lawyer; if you ever have a dispute, Citizens Advice's business pages are a good free check.")),
        turn("ok that makes sense, ill start with the first two this week",
             say("Sounds good. Once you've picked a tool, I can help you write the booking page text and the DM auto-reply.")),
    ],
)
