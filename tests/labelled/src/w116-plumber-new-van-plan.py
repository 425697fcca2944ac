LABEL = dict(
    split="heldout4",
    persona="Sole-trader plumber thinking about taking on an apprentice and a second van",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is an open wish ('what do i need to sort out to take on an apprentice and get a second van') with no "
               "budget, dates or region; the agent brings up insurance, payroll registration and van finance, which the user "
               "had not thought of, and prompt 2 asks it to 'put it in order': level 1. A web lookup and a task breakdown "
               "(TodoWrite) with no files changed: planning. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/gareth", start="2026-11-22T20:45:00Z", model="claude-sonnet-4-6", version="2.1.283",
    turns=[
        turn("been thinking about taking on an apprentice next year and getting a second van. what do i need to sort out? no idea where to start to be honest",
             fetch("https://www.gov.uk/employing-an-apprentice", "What does a small employer need to do to take on an apprentice, and who pays for training?",
                   "To employ an apprentice you must pay at least the apprentice National Minimum Wage, give a contract of at least 30 hours a week, and allow "
                   "20% of working hours for off-the-job training. Employers that do not pay the apprenticeship levy pay 5% of the training cost and the "
                   "government pays the rest; employers with fewer than 50 staff pay nothing for apprentices aged 16 to 21. You must have employer's liability insurance."),
             say("Here's what usually comes up when a sole trader takes on their first employee and a second vehicle:\n\n**The apprentice**\n- Register as an employer "
                 "with HMRC and run payroll (even for one person), including pension auto-enrolment.\n- Employer's liability insurance is a legal requirement once you "
                 "employ anyone.\n- With fewer than 50 staff, the government pays the whole training cost for an apprentice aged 16 to 21; you pay the wage (at least the apprentice rate) and allow one day a week of training.\n\n"
                 "**The second van**\n- Buy, lease or finance; think about who drives it (your apprentice may be too young for cheap insurance).\n- Add it to your "
                 "business insurance and get it signwritten.\n\n**Money**\n- Work out whether the extra jobs cover the wage, van and insurance. Your accountant can check this.")),
        turn("ok thats a lot. can you put it in order of what to do first",
             todo([("Talk to accountant: can the business afford a wage + van", "pending"),
                   ("Ask local college about plumbing apprenticeships and funding", "pending"),
                   ("Get employer's liability insurance quotes", "pending"),
                   ("Register as an employer with HMRC, set up payroll and pension", "pending"),
                   ("Decide buy / lease / finance for van 2; get insurance quotes incl. young driver", "pending"),
                   ("Advertise the apprenticeship through the college", "pending"),
                   ("Signwrite the van and add it to business insurance", "pending")]),
             say("Here's an order that avoids spending money before you know it adds up:\n\n1. Accountant: can the business afford a wage and a van?\n2. College: "
                 "which apprenticeships start when, and what's funded.\n3. Employer's liability insurance quotes.\n4. Register with HMRC as an employer, payroll and pension.\n"
                 "5. Van: buy, lease or finance, with insurance quotes that include a young driver.\n6. Advertise the apprenticeship.\n7. Signwriting and insurance for the new van.\n\n"
                 "Steps 1 and 2 can happen in the same week; the rest depends on their answers.")),
    ],
)
