LABEL = dict(
    split="heldout9",
    persona="Tax adviser at a small practice writing a client letter on the merged R&D expenditure credit for a software SME",
    expertise_level=4, work_mode="writing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is precise: the client, the regime (merged RDEC from April 2024, 20% credit, ERIS for R&D-intensive "
               "loss-makers with the 30% intensity threshold), the figures file, the sections, tone and the deliverable "
               "(a .docx from the firm's reference template): level 4. Writing: a client letter. Trouble: the pandoc "
               "conversion fails (reference doc path wrong, exit 1); it is rerun with the right path, and prompt 2 ('reads "
               "well, sending it today') confirms, so resolved and verified. Borderline on mode: the figures are computed "
               "along the way, but the deliverable is the letter."),
)

SESSION = dict(
    cwd="/Users/rfarrell/clients/Quillon-Software/RD-2025", start="2026-10-29T15:58:42Z",
    model="claude-sonnet-4-6", version="2.1.228",
    turns=[
        turn("Draft a letter to Quillon Software's FD explaining their R&D claim for the year to 31 March 2025 under the merged "
             "scheme. Points: qualifying spend from claim_figures.csv; they are loss-making but R&D intensity is under 30% "
             "(check it from the figures), so ERIS does not apply and they get the 20% merged credit, taxable, net benefit "
             "roughly 15% at 25% CT; the notional tax step-down since they have no liability; and the new claim notification "
             "deadline. Plain English, no more than two pages. Write it as letter.md and convert to docx with our "
             "template ~/templates/firm-letter.docx.",
             read("/Users/rfarrell/clients/Quillon-Software/RD-2025/claim_figures.csv",
                  "category,amount\nstaff_costs,412300\nsubcontractors_uk,38000\nsoftware_cloud,26450\nconsumables,0\ntotal_relevant_expenditure,1840000\n"),
             write("/Users/rfarrell/clients/Quillon-Software/RD-2025/letter.md",
                   "Dear Mr Osei,\n\n**Your R&D tax relief for the year ended 31 March 2025**\n\nThank you for the figures. Your qualifying R&D spend for the year is "
                   "**£476,750** (staff £412,300; UK subcontractors £38,000; software and cloud £26,450).\n\n**Which scheme applies.** ... R&D spend is 25.9% of "
                   "your total relevant expenditure, below the 30% threshold, so the enhanced support for R&D-intensive SMEs (ERIS) does not apply ...\n\n"
                   "**What you receive.** The credit is 20% of qualifying spend, £95,350. It is taxable, so the net benefit is about £71,512 ...\n\n"
                   "**Deadlines.** ...\n\nYours sincerely,\n"),
             bash("pandoc letter.md -o letter.docx --reference-doc=~/templates/firm-letter.docx",
                  "pandoc: ~/templates/firm-letter.docx: openBinaryFile: does not exist (No such file or directory)", code=1, desc="Convert to docx"),
             bash("pandoc letter.md -o letter.docx --reference-doc=\"$HOME/templates/firm-letter.docx\" && ls -l letter.docx",
                  "-rw-r--r--  1 rfarrell  staff  14233 Oct 29 16:02 letter.docx", desc="Convert with the expanded path",
                  pre="The shell didn't expand ~ inside the option; using $HOME."),
             say("letter.md and letter.docx are done, on the firm template. Intensity is 25.9% (£476,750 of £1.84m), so "
                 "merged RDEC at 20%: £95,350 gross, about £71.5k net. The notional tax step and the notification deadline are in the "
                 "last two sections. About a page and a half.")),
        turn("reads well, sending it today. thanks",
             say("Great. letter.docx is the one to send.")),
    ],
)
