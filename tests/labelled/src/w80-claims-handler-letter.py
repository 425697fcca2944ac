LABEL = dict(
    split="heldout3",
    persona="Claims handler at a home insurer, no programming, uses Word and the claims system",
    expertise_level=1, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a broad wish (a nicer letter for people whose claim is turned down) with no policy "
               "wording, reasons or format; the agent asks nothing and supplies the structure, and it explains what a "
               "complaints-ombudsman paragraph is when the user asks 'what does that bit mean': level 1. The session "
               "writes a letter template (a markdown file): writing. No failures and no confirmation that it "
               "was used, only 'ok thanks': neither."),
)

SESSION = dict(
    cwd="/Users/deb.okafor/Desktop/letters", start="2026-06-03T14:40:00Z", model="claude-sonnet-4-6", version="2.1.259",
    turns=[
        turn("Can you help me write a better letter for when we have to say no to someone's claim. ours sounds "
             "really cold and people ring up angry",
             write("/Users/deb.okafor/Desktop/letters/claim-decline-template.md",
                   "# Claim decision letter (declined)\n\nDear [Customer name],\n\n**Your claim [claim number] — [what happened, e.g. water damage to kitchen ceiling] on [date]**\n\n"
                   "Thank you for sending us the details and photos of what happened. I know this has been a stressful time, and I'm sorry "
                   "that this letter isn't the news you were hoping for.\n\n## Our decision\n\nWe're not able to pay this claim because [plain-English reason, e.g. "
                   "the damage was caused by a leak that had been happening gradually over several months, and your policy doesn't cover gradual damage].\n\n"
                   "The part of your policy this comes from is [section name, page number], which says: \"[quote the wording]\".\n\n"
                   "## What you can do next\n\n- If you have information we haven't seen, such as a plumber's report, please send it to me and I'll look at the claim again.\n"
                   "- You can call me directly on [direct line] (Mon–Fri, 9–5).\n- If you're unhappy with our decision, you can complain to us. If we can't resolve it within "
                   "8 weeks, you can ask the Financial Ombudsman Service to look at it for free.\n\nYours sincerely,\n\n[Name]\nClaims Handler\n"),
             say("I've written a template at `claim-decline-template.md`. What's different from a typical decline letter:\n\n"
                 "- It opens by acknowledging the situation before giving the decision.\n- The reason is in plain English first, and the policy wording second.\n"
                 "- It tells them what *they* can do next (new evidence, a named person to call, the complaint route).\n\n"
                 "Fill in the parts in [brackets] for each claim.")),
        turn("what does the ombudsman bit mean, do we have to put that in",
             say("The Financial Ombudsman Service is a free, independent service that settles disputes between customers "
                 "and financial firms, including insurers. In the UK, when an insurer gives a final response to a complaint, "
                 "it must tell the customer they can go to the Ombudsman and that they have six months to do so. For a first "
                 "decline letter it isn't always required, but many insurers include it because it reduces angry calls: "
                 "people know there's a fair route. Check with your compliance team which wording your company uses.")),
        turn("ok thanks", say("You're welcome. Good luck with the letters.")),
    ],
)
