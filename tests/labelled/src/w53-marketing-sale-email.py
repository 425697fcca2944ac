LABEL = dict(
    split="heldout2",
    persona="Marketing coordinator at an online yarn shop",
    expertise_level=2, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the thing (the spring sale email) and one fact (20% off everything), with no audience, "
               "tone, length or format; prompt 2 adds the end date and asks for a VIP version with its start date: "
               "level 2. Two email drafts were written as "
               "markdown files, so writing. Nothing failed, and prompt 2 supplies a date and moves on to the next email without saying "
               "the first works, so there is no evidence: neither success nor abandoned."),
)

SESSION = dict(
    cwd="/Users/ana/work/loopandpurl/marketing", start="2026-04-14T09:30:00Z", model="claude-sonnet-4-6", version="2.1.240",
    turns=[
        turn("Hi Claude, can you write the email for our spring sale? Everything is 20% off. Can you save it "
             "somewhere I can copy from?",
             write("/Users/ana/work/loopandpurl/marketing/spring_sale_email.md",
                   "# Spring sale email\n\n## Subject lines\n1. Spring is here, and so is 20% off everything 🌷\n2. Your next "
                   "project just got cheaper (20% off everything)\n3. Stock up: 20% off all yarn, needles and kits\n\n## "
                   "Preview text\nNew season, new colourways, and 20% off the whole shop.\n\n## Email\nHi {{first_name}},\n\n"
                   "Spring has arrived at Loop & Purl, and we're celebrating with **20% off everything**: every skein, "
                   "every needle, every kit. Our new pastel colourways are in, and they won't last long.\n\nThe sale runs "
                   "until **[END DATE]**. No code needed; the discount is applied at checkout.\n\n[Shop the sale →]\n\nHappy "
                   "making,\nThe Loop & Purl team\n"),
             say("Saved in `marketing/spring_sale_email.md`: three subject line options, a preview line, and a short "
                 "email with the `{{first_name}}` merge tag. Two things I guessed: that it goes to existing customers, "
                 "and that the discount applies automatically at checkout. I left **[END DATE]** for the sale's last "
                 "day.")),
        turn("it ends april 30 btw. can you do one for the VIP list too, they get early access from April 10",
             edit("/Users/ana/work/loopandpurl/marketing/spring_sale_email.md", "until **[END DATE]**", "until **April 30**"),
             write("/Users/ana/work/loopandpurl/marketing/spring_sale_vip_email.md",
                   "# Spring sale: VIP early access\n\n## Subject lines\n1. You're first: early access to our spring sale\n"
                   "2. VIP only: 20% off everything starts today\n3. Before anyone else, spring sale early access 🌷\n\n## Email\n"
                   "Hi {{first_name}},\n\nAs one of our favourite makers, you get **early access** to our spring sale. From "
                   "today, **April 10**, everything in the shop is **20% off**, a few days before everyone else.\n\nThe new "
                   "pastel colourways are in stock now, so this is your chance to get them before they sell out.\n\n"
                   "[Shop early →]\n\nThe sale runs until April 30.\n\nThank you for being part of Loop & Purl,\nThe Loop & Purl team\n"),
             say("Done: `spring_sale_vip_email.md`. It leads with the early access (from April 10) and mentions the "
                 "pastel colourways as the reason to shop early. If your email tool can schedule both, the VIP one "
                 "should go out on the 10th and the main one when the public sale starts.")),
    ],
)
