LABEL = dict(
    split="heldout14",
    persona="Yoga studio owner wondering how to take class bookings online",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish ('people to book and pay for classes online... i have a wix site i think?'), and the agent has to explain basics (that a booking tool plugs into the site, what a payment processor is); prompt 2 answers the agent's questions: level 1. "
               "No product is changed; the session ends in a task list the user asked for ('what do i do first'): planning. No action fails and nothing is confirmed: neither evidence nor trouble."),
)

SESSION = dict(
    cwd="/Users/priya/Desktop/studio", start="2026-11-24T08:15:00Z", model="claude-sonnet-4-6", version="2.1.246", branch="main",
    turns=[
        turn("Hello! I run a small yoga studio and I want people to book and pay for classes online instead of whatsapping me. I have a wix site i think? what do i do first",
             bash("ls", "logo.png\ntimetable jan.pdf\nprices.txt", desc="Look at the folder"),
             read("/Users/priya/Desktop/studio/prices.txt", "drop in £12\n5 class pass £50\n10 class pass £90\nmonthly unlimited £75\nprivate 1:1 £45"),
             say("Good news: you don't need to build anything yourself. There are two usual routes:\n\n1. **Wix's own booking app (Wix Bookings)**: added inside your existing Wix site, takes card payments, handles class passes.\n2. **A yoga booking service** (e.g. Momoyoga, Bsport, Mindbody): a separate booking page you link to from your site; usually better for class passes and memberships, with its own app for students.\n\nBoth take payments through a payment processor (Stripe or similar) which pays the money into your bank account after a few days, minus a small fee.\n\nTwo questions so I can suggest a plan: do you want students to use class passes (your 5 and 10 class passes) online, and roughly how many classes a week do you run?")),
        turn("yes the passes are important, about 14 classes a week, me and 2 other teachers. wix is what my friend set up, I pay for it every month",
             todo([("Check which Wix plan you pay for (Bookings needs a Business plan)", "pending"),
                   ("Decide: Wix Bookings vs Momoyoga (passes + 3 teachers + 14 classes/week)", "pending"),
                   ("Open a Stripe account in the studio's name and connect your bank", "pending"),
                   ("Enter your prices: drop-in, 5 and 10 class passes, monthly unlimited, 1:1", "pending"),
                   ("Add the timetable (14 classes) and the two other teachers", "pending"),
                   ("Add a 'Book a class' button on the Wix home page", "pending"),
                   ("Do a test booking with a £1 class, then refund it", "pending"),
                   ("Tell your WhatsApp group the date you switch over", "pending")]),
             say("Here's a step-by-step list for you. With passes, three teachers and 14 classes a week, either route works; Wix Bookings keeps everything in one place if your Wix plan is a Business plan, and Momoyoga is cheaper if it isn't. Start with step 1: log into Wix, go to Settings → Plans and Billing and see what the plan is called. Then we can decide step 2 together.")),
    ],
)
