LABEL = dict(
    split="heldout2",
    persona="Owner of a one-person mobile dog grooming business",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish with no names or constraints ('customers book online instead of calling... where do "
               "I start'); prompt 2 adds a budget and that she has a Wix site, but the agent explains what a booking "
               "tool even needs: level 1 (the tie goes to the lower level). The agent produced a step plan with "
               "TodoWrite and nothing was built or changed, so planning. No failures and no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/carla/Documents", start="2026-05-13T07:50:00Z", model="claude-sonnet-4-6", version="2.1.249",
    turns=[
        turn("Hi, I run a mobile dog grooming business (just me and the van). I want customers to be able to book "
             "appointments online instead of calling me while I'm in the middle of a groom with soapy hands. I have no "
             "idea where to start. What would I need?",
             say("That's a very common problem, and the good news is you don't need to build anything yourself. Before "
                 "I suggest a plan, a couple of quick questions:\n\n1. Do you already have a website (and if so, what is "
                 "it made with, like Wix, Squarespace or WordPress)?\n2. Roughly what could you spend per month?\n3. "
                 "Do appointments need different lengths (a small dog vs a big double-coated one)?\n4. Do you want "
                 "deposits to cut down on no-shows?")),
        turn("I have a wix site my nephew made. I dont want to pay a lot every month, maybe $20? and yes a big dog "
             "takes me 2 hours and a small one 1 hour. deposits would be amazing honestly, I get stood up a lot",
             todo([("Pick a booking tool that does variable service lengths and deposits for about $20/month", "pending"),
                   ("Set up services: small dog 1h, medium 1.5h, large 2h, with travel buffer between appointments", "pending"),
                   ("Set working hours and the area you drive to (ZIP codes)", "pending"),
                   ("Turn on a deposit (e.g. $20) and a cancellation rule (e.g. 24h notice)", "pending"),
                   ("Connect the tool to the Wix site as a 'Book now' button", "pending"),
                   ("Test a booking as a customer, then tell regulars about it", "pending")]),
             say("Here's a plan that fits $20/month:\n\n**1. Pick a tool.** Good fits for a solo groomer: **Wix "
                 "Bookings** (built into your site; the plan that takes payments is around $17–27/month), or a "
                 "groomer-specific app like **MoeGo** or **Gingr** (more features, usually more expensive). Since "
                 "your site is already on Wix, Wix Bookings is the simplest.\n\n**2. Set up your services** with "
                 "their real lengths: small dog 1h, large 2h. Add a **30-minute buffer** after each one for driving, "
                 "so you're never double-booked.\n\n**3. Working hours and area**: limit bookings to the ZIP codes "
                 "you serve.\n\n**4. Deposits**: ask for, say, $20 at booking, kept if someone cancels with less than "
                 "24 hours' notice. That alone usually cuts no-shows a lot.\n\n**5. Add a \"Book now\" button** to "
                 "your Wix site (your nephew can do this in minutes, or I can walk you through it).\n\n**6. Test it** by "
                 "booking yourself as a customer, then share the link with regulars.\n\nI've put these steps in a "
                 "checklist. Want me to walk you through step 1 when you have the Wix dashboard open?")),
    ],
)
