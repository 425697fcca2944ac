LABEL = dict(
    split="dev",
    persona="Hobby candle maker thinking about selling online, not technical",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a broad wish with no constraints, budget or platform; prompt 2 asks what a payment "
               "processor is, so the agent explains the basics: level 1. The user asks for a plan and explicitly "
               "no building, and the only action is TodoWrite, so planning. Nothing failed, and there is no "
               "evidence (a TodoWrite is not evidence)."),
)

SESSION = dict(
    cwd="/Users/hannah/candles", start="2026-03-01T20:10:00Z", model="claude-sonnet-4-6", version="2.1.224",
    turns=[
        turn("i make candles and my friends keep saying i should sell them online. what do i need to do? dont build anything yet i just want to know the steps",
             todo([("Decide where to sell (marketplace vs own shop)", "pending"),
                   ("Sort out the legal basics (candle safety labels, registering as self-employed)", "pending"),
                   ("Photos and product descriptions", "pending"),
                   ("Payments and postage", "pending"),
                   ("Launch to friends first", "pending")],
                  pre="Here's a step-by-step plan. I'll keep it as a checklist so we can tick things off later."),
             say("Here's what you need, in order:\n\n1. **Choose where to sell.** The easiest start is a "
                 "marketplace like **Etsy**: people already go there to find handmade things, and it handles "
                 "payments for you. A shop of your own (Shopify, Squarespace) comes later, once you have regular "
                 "customers.\n2. **Legal basics for candles in the UK.** Candles need **CLP safety labels** (the "
                 "warning pictogram and wording). You'll also need to register as self-employed with HMRC once "
                 "you earn over £1,000 a year.\n3. **Photos and descriptions.** Use daylight and a plain background. "
                 "Mention the scent, the burn time and the size.\n4. **Payments and postage.** Etsy takes the "
                 "payments. For postage, Royal Mail Click & Drop is simplest. Candles are heavy, so weigh one "
                 "packed before you set prices.\n5. **Start with friends and family**, ask them for reviews, then "
                 "open it up.\n\nI've saved these as a checklist. Tell me when you want to start one and I'll help "
                 "with that step.")),
        turn("what's a payment processor? my friend said i need one",
             say("A payment processor is the company that takes a customer's card payment and sends the money to "
                 "your bank, for example Stripe, PayPal or Square. They charge a small fee per sale (about "
                 "1.5–3%).\n\n**If you sell on Etsy, you don't need your own**: Etsy Payments does this for you and "
                 "pays into your bank account. You'd only choose one yourself if you later build your own website "
                 "shop.")),
    ],
)
