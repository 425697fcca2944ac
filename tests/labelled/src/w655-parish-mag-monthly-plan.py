LABEL = dict(
    split="heldout22",
    persona="new parish magazine editor who has taken over from the previous editor and does not know the monthly routine",
    expertise_level=1, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is a wish with nothing pinned down ('no idea where to start... What do I have to do each month?'), and prompt 2 asks whether she has to chase the adverts; the agent explains the whole routine, so level 1. "
               "The agent reads the handover folder and produces a monthly task list with TodoWrite, changing nothing: planning (the plan is what she asked for). "
               "No action failed and nothing is confirmed afterwards, so there is no evidence: neither a success nor abandoned."),
)

SESSION = dict(
    cwd="/Users/ruth/Documents/Parish Magazine", start="2026-11-21T15:20:00Z", model="claude-sonnet-4-6", version="2.1.236", branch="",
    turns=[
        turn("I've just taken over the parish magazine from Margaret and honestly I've no idea where to start. She left me this folder. What do I have to do each month?",
             bash("ls -la; ls 'Adverts' 'Back issues' | head -20", "total 96\ndrwxr-xr-x  Adverts\ndrwxr-xr-x  Back issues\n-rw-r--r--  handover notes.txt\n-rw-r--r--  contributors.csv\n-rw-r--r--  build_magazine.py\n-rw-r--r--  printer.txt\nAdverts:\nadvertisers_2026.csv\nbutchers.jpg\ngarage_quarter.png\nBack issues:\nOctober_2026.pdf\nNovember_2026.pdf", desc="See what Margaret left"),
             par(read("/Users/ruth/Documents/Parish Magazine/handover notes.txt", "Ruth - copy deadline is the 10th. Rev Paul's letter always late, ring him on the 8th.\nServices list from the parish office (Sue) by the 12th.\nAdverts: renewals in January and July, invoices from the PCC treasurer not me.\nPut it together with build_magazine.py (Tom knows how). PDF to Parchment Print by the 18th, collect on the 25th.\nDistributors list is in contributors.csv too (column 'round')."),
                 read("/Users/ruth/Documents/Parish Magazine/printer.txt", "Parchment Print, Unit 4 Mill Lane. Email artwork@parchmentprint.co.uk. 350 copies A5 booklet, 24pp. Proof back in 2 days."),
                 bash("head -3 contributors.csv; wc -l contributors.csv", "name,what,email,phone,round\nRev Paul Mensah,Vicar's letter,vicar@stmarys-hinton.org,01632 960114,\nJoan Pike,Flower rota,,01632 960482,High St", desc="Look at the contributors list")),
             todo([("By the 1st: email contributors a reminder that copy is due on the 10th", "pending"),
                   ("8th: ring Rev Paul about the vicar's letter", "pending"),
                   ("10th: copy deadline - gather articles into the month's folder", "pending"),
                   ("12th: get the services list from Sue at the parish office", "pending"),
                   ("13th-16th: put the issue together with build_magazine.py and proofread", "pending"),
                   ("By the 18th: email the PDF to Parchment Print (350 copies, A5, 24pp)", "pending"),
                   ("20th: check and approve the printer's proof", "pending"),
                   ("25th: collect from the printer and hand bundles to the distributors by round", "pending")]),
             say("Margaret left good notes. Your month, in order:\n\n1. **By the 1st**: remind contributors (the list is `contributors.csv`) that copy is due on the **10th**.\n2. **8th**: ring Rev Paul for his letter (it's always late).\n3. **10th**: copy deadline.\n4. **12th**: services list from Sue at the parish office.\n5. **13th-16th**: put it together with `build_magazine.py` and proofread.\n6. **By the 18th**: PDF to Parchment Print (artwork@parchmentprint.co.uk), 350 copies.\n7. **20th or so**: approve their proof.\n8. **25th**: collect, and give bundles to the distributors (the `round` column in the contributors list).\n\nI've put these in a checklist. Putting the magazine together uses a small program; we can go through that when you get to it.")),
        turn("what do i do about the adverts, do i have to chase them for money?",
             read("/Users/ruth/Documents/Parish Magazine/Adverts/advertisers_2026.csv", "business,size,renews,paid_to\nHinton Butchers,quarter,January,PCC\nMill Garage,quarter,July,PCC\nPrimrose Hairdressing,eighth,January,PCC\nS. Doyle Plumbing,eighth,January,PCC"),
             todo([("By the 1st: email contributors a reminder that copy is due on the 10th", "pending"),
                   ("8th: ring Rev Paul about the vicar's letter", "pending"),
                   ("10th: copy deadline - gather articles into the month's folder", "pending"),
                   ("12th: get the services list from Sue at the parish office", "pending"),
                   ("13th-16th: put the issue together with build_magazine.py and proofread", "pending"),
                   ("By the 18th: email the PDF to Parchment Print (350 copies, A5, 24pp)", "pending"),
                   ("20th: check and approve the printer's proof", "pending"),
                   ("25th: collect from the printer and hand bundles to the distributors by round", "pending"),
                   ("December: tell the PCC treasurer which adverts renew in January (3 of 4)", "pending")]),
             say("No, you don't chase money. Margaret's note says invoices come from the PCC treasurer, and the advertisers list agrees (every advert is paid to the PCC). Your part is only:\n\n- putting the current adverts in each issue (the images are in the `Adverts` folder);\n- before a renewal month, letting the treasurer know who is due. **Three of the four renew in January** (Hinton Butchers, Primrose Hairdressing, S. Doyle Plumbing), Mill Garage in July.\n\nI've added a December reminder for that to your checklist.")),
    ],
)
