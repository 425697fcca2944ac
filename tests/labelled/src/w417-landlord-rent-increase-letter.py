LABEL = dict(
    split="heldout14",
    persona="Landlord with three flats writing to tenants about a rent increase",
    expertise_level=2, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the deliverable (a letter to the tenant of flat 2), the amounts and the date, but leaves the legal form to the agent, which has to point out that the increase needs the Section 13 form (Form 4A) and the notice period, a fact the user did not know: precision of a 2 pulled by the agent correcting him, level 2. "
               "A letter is written and revised: writing. No action fails; prompt 2 asks for changes and prompt 3 ('ok cheers ill print it') is thanks without saying it worked: neither evidence nor trouble."),
)

SESSION = dict(
    cwd="/Users/dave/Documents/Flats", start="2026-11-23T11:00:00Z", model="claude-sonnet-4-6", version="2.1.245", branch="main",
    turns=[
        turn("need a letter for the tenant in flat 2 (Mr Kowalski) putting his rent up from £725 to £775 a month from 1st January. hes been good so keep it nice. my other letters are in the letters folder",
             glob("letters/*", ["/Users/dave/Documents/Flats/letters/flat1 deposit return.docx", "/Users/dave/Documents/Flats/letters/flat3 boiler access.txt"]),
             read("/Users/dave/Documents/Flats/letters/flat3 boiler access.txt", "Dave Morris\n14 Elm Road\nBristol BS5 6TT\n\nDear Ms Adeyemi,\n\nThe boiler service is booked for Tuesday 4th November between 8am and 12pm. ...\n\nKind regards,\nDave"),
             write("/Users/dave/Documents/Flats/letters/flat2 rent increase.txt",
                   "Dave Morris\n14 Elm Road\nBristol BS5 6TT\n\n23 November 2026\n\nDear Mr Kowalski,\n\nI hope you are keeping well. Thank you for being such a good tenant over the last two years; it really is appreciated.\n\nI am writing to let you know that, because of increases in my mortgage and insurance costs, I need to raise the rent for Flat 2 from £725 to £775 per month. I have kept the increase as small as I can.\n\nEnclosed is the formal notice (Form 4A). The new rent would start on [date, see note].\n\nIf you would like to talk about it, please give me a ring.\n\nKind regards,\nDave\n"),
             say("I've written `letters/flat2 rent increase.txt` in the same style as your boiler letter. One important thing: if Mr Kowalski is on a periodic (rolling) tenancy in England, a rent increase normally has to be served on the government's **Form 4A (Section 13 notice)** with at least one month's notice for a monthly tenancy, and the new rent must start at the beginning of a rental period. From today, 1 January may still be possible, but only if the form is served in time and 1 January is the day his rent period starts. If his fixed-term tenancy has a rent review clause, that clause applies instead. I've left the start date as a placeholder until you've checked which applies.")),
        turn("its rolling, rent day is the 1st. put 1st jan in then. and take out the bit about mortgage, hes not stupid",
             edit("/Users/dave/Documents/Flats/letters/flat2 rent increase.txt",
                  "I am writing to let you know that, because of increases in my mortgage and insurance costs, I need to raise the rent for Flat 2 from £725 to £775 per month. I have kept the increase as small as I can.\n\nEnclosed is the formal notice (Form 4A). The new rent would start on [date, see note].",
                  "I am writing to let you know that the rent for Flat 2 will go up from £725 to £775 per month from 1 January 2027. I have kept the increase as small as I can.\n\nEnclosed is the formal notice (Form 4A), which is the standard form for this."),
             say("Done: the start date is 1 January 2027 and the reason is gone. Make sure the Form 4A goes with it and reaches him before 1 December to give the full month; fill in the same £775 and 1 January 2027 on the form.")),
        turn("ok cheers ill print it",
             say("You're welcome. Keep a copy of the letter and the form, and a note of how and when you delivered them.")),
    ],
)
