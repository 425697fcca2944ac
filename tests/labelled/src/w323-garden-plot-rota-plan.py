LABEL = dict(
    split="heldout11",
    persona="community garden coordinator who wants to sort out plot allocation and summer watering",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish and a complaint ('every year its chaos ... can you help me sort it out') with no deliverable, and the agent has to explain what a rota and a points rule would be: level 1; "
               "prompt 2 adds one preference (pairs). The session reads two lists and produces a TodoWrite plan, no files edited: planning. "
               "Nothing fails and there is no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/bev/Documents/Allotments", start="2027-02-07T10:12:00Z", model="claude-sonnet-4-6", version="2.1.253", branch="",
    turns=[
        turn("we have 24 plots and a waiting list and every year its chaos who gets what and nobody waters in august. can you help me sort it out",
             glob("*", ["plots 2026.csv", "waiting list.csv", "AGM minutes 2026.docx", "photos"], path="/Users/bev/Documents/Allotments"),
             par(read("/Users/bev/Documents/Allotments/plots 2026.csv",
                      "Plot,Holder,Since,Size,Notes\n1,Pat Gower,2015,full,\n2,Ron & Irene Day,2019,full,\n3,Kasia Zielinska,2023,half,\n4,VACANT,,full,overgrown\n5,Leroy Hines,2011,full,\n6,Sue Tate,2024,half,never seen since June\n7,The Okafors,2022,full,\n8,Mel Brook,2020,half,"),
                 read("/Users/bev/Documents/Allotments/waiting list.csv",
                      "Name,Phone,Added,Wants\nAmira Said,07700 900221,03/2024,any\nGeorge Fenn,07700 900398,09/2024,half\nThe Parkers,07700 900517,01/2025,full\nLucy Ho,07700 900664,04/2025,any\nDan Webb,07700 900782,06/2025,half")),
             todo([("Agree a simple rule for who gets a free plot: longest on the waiting list first, matched to the size they want", "pending"),
                   ("Agree what counts as a plot not being used (e.g. not worked by 1 June after a reminder) and when it goes back", "pending"),
                   ("Check the current plots list: plot 4 vacant, plot 6 possibly unused", "pending"),
                   ("Offer free plots in waiting-list order in March, with a date to reply by", "pending"),
                   ("Make a summer watering rota: every plot holder takes one week between June and August", "pending"),
                   ("Share the rules and the rota at the AGM and put them on the shed noticeboard", "pending")]),
             say("Here's a plan to take the guesswork out of it. Nothing has been changed in your files.\n\n**Who gets which plot.** The fairest and least argued-about rule is simply: the person who has been on the waiting list longest gets the next free plot, as long as it's the size they want (full or half). "
                 "From your list that would be Amira Said first, then George Fenn (if a half plot comes up), then the Parkers.\n\n"
                 "**Plots nobody uses.** Most of the chaos comes from plots that are held but not worked. Many gardens agree a date, say 1 June, and a reminder: if a plot still isn't being worked after the reminder, it goes to the next person on the list. Plot 4 is vacant now and plot 6 has a note saying \"never seen since June\", so those would be the first to look at.\n\n"
                 "**Watering in August.** A rota is just a timetable of whose turn it is: each week of the summer, one or two named plot holders are responsible for watering the shared beds and checking the water butts. With 24 plots you'd only need each person to do one week.\n\n"
                 "I've put these as steps in a to-do list. When you're happy with the rules, I can make the rota and a one-page sheet for the noticeboard.")),
        turn("ok. can the watering be in pairs? people like doing it with a friend",
             todo([("Agree a simple rule for who gets a free plot: longest on the waiting list first, matched to the size they want", "pending"),
                   ("Agree what counts as a plot not being used (e.g. not worked by 1 June after a reminder) and when it goes back", "pending"),
                   ("Check the current plots list: plot 4 vacant, plot 6 possibly unused", "pending"),
                   ("Offer free plots in waiting-list order in March, with a date to reply by", "pending"),
                   ("Ask plot holders to sign up in pairs for the watering rota (with a friend, or be paired up)", "pending"),
                   ("Make the summer watering rota: one pair per week, June to August (12-13 weeks for 24 plots)", "pending"),
                   ("Share the rules and the rota at the AGM and put them on the shed noticeboard", "pending")]),
             say("Yes, pairs work well, and people are more likely to turn up when someone's expecting them. With 24 plot holders that's 12 pairs, which covers 12 weeks, almost exactly June to August. "
                 "I've added a step to let people choose their partner (and pair up anyone who doesn't have one). When you've got the sign-ups, send me the pairs and I'll put the rota together.")),
    ],
)
