LABEL = dict(
    split="heldout12",
    persona="HR assistant turning the annual leave policy into a plain-English FAQ for staff",
    expertise_level=2, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the source document and the deliverable (an FAQ in plain English for the intranet) with one constraint (no new rules, only what the policy says): level 2; the agent asks nothing and fills the structure in. "
               "The result is a new Markdown document: writing. No action fails; prompt 2 confirms the result ('my manager read it and is happy, she's putting it on the intranet') before a small addition: verified success."),
)

SESSION = dict(
    cwd="/Users/nadia/Documents/HR/policies", start="2026-11-18T10:22:00Z", model="claude-sonnet-4-6", version="2.1.245",
    turns=[
        turn("Hi, I work in HR and people keep emailing me the same questions about holidays. Can you read annual-leave-policy-v4.txt and turn it into an FAQ in plain english for the intranet? Please dont add anything thats not in the policy, it has to match exactly what it says",
             read("/Users/nadia/Documents/HR/policies/annual-leave-policy-v4.txt",
                  "ANNUAL LEAVE POLICY (v4, approved March 2026)\n\n1. Entitlement. Full-time employees are entitled to 25 days' annual leave per leave year plus public holidays. Part-time employees' entitlement is calculated pro rata to contracted hours.\n"
                  "2. Leave year. The leave year runs from 1 April to 31 March.\n3. Service. After 5 years' continuous service, entitlement increases by 1 day per year of further service, to a maximum of 30 days.\n"
                  "4. Requests. Leave must be requested via the HR system with at least twice the notice of the period requested (e.g. 2 weeks' notice for 1 week). Requests are approved on a first-come basis subject to business needs.\n"
                  "5. Carry-over. Up to 5 days may be carried over into the next leave year and must be taken by 30 June. Further carry-over requires written approval from the Head of HR.\n"
                  "6. Sickness during leave. An employee who is sick during annual leave may take the affected days as sick leave if they notify their manager on the first day of sickness and provide a fit note for absences over 7 days.\n"
                  "7. Leaving. On termination, untaken accrued leave will be paid in lieu; leave taken in excess of accrued entitlement will be deducted from final pay."),
             write("/Users/nadia/Documents/HR/policies/annual-leave-faq.md",
                   "# Annual leave – your questions answered\n\n*Based on the Annual Leave Policy (v4, March 2026). If anything here seems to differ from the policy, the policy wins.*\n\n"
                   "**How many days' holiday do I get?**\nIf you work full time, 25 days a year plus public holidays. If you work part time, you get the same proportion of that as your hours are of full time.\n\n"
                   "**When does the holiday year start?**\n1 April. It ends on 31 March.\n\n"
                   "**Do I get more days the longer I stay?**\nYes. Once you have 5 years' continuous service, you get 1 extra day for every further year, up to a maximum of 30 days.\n\n"
                   "**How do I book leave, and how much notice do I need?**\nBook it in the HR system. Give at least twice as much notice as the time you want off – for example, 2 weeks' notice for 1 week off. Requests are approved first come, first served, as long as the business can cover.\n\n"
                   "**Can I carry unused days over?**\nUp to 5 days, and you must use them by 30 June. Carrying over more needs written approval from the Head of HR.\n\n"
                   "**What if I'm ill while I'm on holiday?**\nTell your manager on the first day you're ill and those days can count as sick leave instead. If you're off for more than 7 days, you'll need a fit note.\n\n"
                   "**What happens to my holiday if I leave?**\nAny holiday you've built up but not taken is paid to you. If you've taken more than you'd built up, the difference is taken off your final pay.\n"),
             say("I've written `annual-leave-faq.md` with seven questions, one per section of the policy, and nothing added. Two small wording choices to check: I wrote \"first come, first served, as long as the business can cover\" for \"subject to business needs\", and \"built up\" for \"accrued\". "
                 "There's a line at the top saying the policy wins if anything differs – you may want to link the policy there.")),
        turn("My manager read it and is happy, she's putting it on the intranet tomorrow. Can you add one about bank holidays for part timers? people always ask that. but only if the policy actually says it",
             grep("part-time|pro rata|public holiday", path="/Users/nadia/Documents/HR/policies/annual-leave-policy-v4.txt",
                  content="1:1. Entitlement. Full-time employees are entitled to 25 days' annual leave per leave year plus public holidays. Part-time employees' entitlement is calculated pro rata to contracted hours."),
             say("The policy doesn't say how bank holidays work for part-timers. It only says part-time entitlement is \"pro rata to contracted hours\", and it's not clear whether that covers the public holidays as well as the 25 days. "
                 "So I haven't added a question – anything I wrote would be a new rule. It might be worth asking whoever owns the policy, because that's exactly the question people will ask.")),
    ],
)
