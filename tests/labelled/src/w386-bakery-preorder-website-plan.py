LABEL = dict(
    split="heldout13",
    persona="bakery owner wondering how to take Christmas pre-orders online",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('people keep ringing… can I do it online') with no tools, budget or constraint, and the agent explains basics (that she doesn't need to build a website and can use her card provider's online store); prompt 2 answers its questions (about 60 orders, collect only). Level 1. "
               "The session ends in a task list and advice with no files changed (TodoWrite): planning. No action fails and nothing is confirmed, so neither success nor trouble."),
)

SESSION = dict(
    cwd="C:\\Users\\Shop\\Desktop", start="2026-11-27T13:50:00Z", model="claude-sonnet-4-6", version="2.1.248", branch="",
    turns=[
        turn("people keep ringing the shop for christmas orders and its mad busy, can I do it online somehow? I have a facebook page but no website",
             say("Yes, and you probably don't need to build a website for it. A few questions so I suggest the right thing:\n\n1. Roughly how many Christmas orders do you get?\n2. Collection only, or delivery too?\n3. Do you want people to pay when they order, or pay on collection?\n4. Do you already take card payments with something like SumUp or Square?")),
        turn("about 60 maybe more. collect only, 23rd and 24th. pay when they order would be great people dont turn up sometimes. we have sumup",
             fetch("https://www.sumup.com/en-gb/online-store/", "Does SumUp offer a free online store with pre-orders, collection slots and online payment?",
                   "SumUp Online Store: free to set up for SumUp merchants. Sell products online with card payments, Apple Pay and Google Pay. Offer pickup (click & collect) and/or delivery. Product variants and stock limits. Share your store link on social media. Transaction fee per online sale."),
             todo([("Set up a SumUp Online Store (free with your SumUp account)", "pending"),
                   ("Add each Christmas product with a price, photo and stock limit", "pending"),
                   ("Turn on click & collect only; add collection choice 23rd or 24th as an option", "pending"),
                   ("Put the store link on the Facebook page and a sign in the shop", "pending"),
                   ("Print the order list each evening and check the stock limits", "pending"),
                   ("Decide a cut-off date for orders (e.g. 20th December)", "pending")]),
             say("Since you already have SumUp, the simplest route is their free **Online Store**: people pick products, choose collection, and pay by card when they order, which solves the no-shows. I've put the steps in a task list above. The one thing to decide up front is a cut-off date and a stock limit per product, so you don't take more orders than the ovens can do. I haven't set anything up; that has to be done in your SumUp account.")),
    ],
)
