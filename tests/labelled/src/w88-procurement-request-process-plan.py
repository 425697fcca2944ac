LABEL = dict(
    split="heldout3",
    persona="Procurement officer at a mid-size housing association, no technical background",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a broad wish (stop purchase requests coming in by email, 'what would we need to do') "
               "with no volumes, approval rules or tools; prompt 2 asks what 'approval thresholds' means, so the agent "
               "explains basics: level 1. The result is a step list in a TodoWrite and a written answer, no files or "
               "product changed: planning. No actions fail and nothing is confirmed: neither."),
)

SESSION = dict(
    cwd="/Users/g.mensah/Documents", start="2026-06-09T10:00:00Z", model="claude-sonnet-4-6", version="2.1.262",
    turns=[
        turn("All our purchase requests come in by email and it's chaos, things get lost and nobody knows what's been "
             "approved. What would we need to do to have a proper system? I don't know where to start",
             todo([("Write down how requests flow today (who asks, who approves, who orders)", "pending"),
                   ("Agree approval thresholds and who signs off at each level", "pending"),
                   ("Choose a tool: a form + shared tracker, or a purchase-to-pay module in the finance system", "pending"),
                   ("Build a simple request form with the required fields", "pending"),
                   ("Pilot with one department for a month", "pending"),
                   ("Roll out and switch off requests by email", "pending")]),
             say("Here's a sensible order to do it in:\n\n1. **Map how it works today.** Who sends requests, who approves them, who "
                 "places the order. A one-page diagram is enough.\n2. **Agree the approval rules** (see below).\n3. **Pick a tool.** For "
                 "your size, either a form (Microsoft Forms) feeding a tracker (a SharePoint list or Planner), or the purchasing "
                 "module of your finance system if you have one.\n4. **Design the request form**: item, supplier, cost, budget code, why it's needed, date needed.\n"
                 "5. **Pilot with one department** for a month.\n6. **Roll out**, and politely refuse requests that arrive by email.")),
        turn("what do you mean approval thresholds",
             say("Rules for who must approve a purchase, depending on how much it costs. For example:\n\n- under £500: the budget holder alone\n"
                 "- £500–£5,000: budget holder plus the head of department\n- over £5,000: also a director, and three quotes\n\n"
                 "Your finance policy (often called \"financial regulations\" or \"scheme of delegation\" at housing associations) "
                 "probably already sets these limits, so start by finding that document.")),
    ],
)
