LABEL = dict(
    split="heldout2",
    persona="In-house commercial counsel at a logistics group, reviewing supplier contracts before renewal",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 pins the set (the 14 agreements in contracts/2024), three fields in legal terms (governing "
               "law, notice for termination for convenience, whether the liability cap excludes data-protection "
               "breaches), the output (one row per agreement, a spreadsheet) and an edge rule (say when there is no "
               "such clause), in prose without code; prompt 2 corrects the agent with a domain fact (two suppliers put "
               "the carve-outs in Schedule 3): level 4. Clause extraction into a table, so analysing. Nothing failed; "
               "prompt 3 ('that matches my notes now') confirms: verified."),
)

SESSION = dict(
    cwd="/Users/akosua/legal/renewals", start="2026-05-25T08:30:00Z", model="claude-opus-4-7", version="2.1.253",
    turns=[
        turn("For each of the 14 supplier agreements in contracts/2024 I need three things: the governing law, the "
             "notice period for termination for convenience, and whether the limitation of liability cap excludes "
             "data protection breaches (i.e. they're uncapped or separately capped). One row per agreement in a "
             "spreadsheet, with the clause number you took each answer from. If an agreement has no termination for "
             "convenience right at all, write that rather than leaving the cell empty.",
             glob("contracts/2024/*.pdf", ["contracts/2024/Alder_Freight_MSA.pdf", "contracts/2024/Barrow_Cold_Chain_SA.pdf", "contracts/2024/Castell_Packaging_MSA.pdf",
                                           "contracts/2024/Dunmore_Fleet_Leasing.pdf", "contracts/2024/Eskdale_Fuel_Cards.pdf", "contracts/2024/Fenwick_IT_Services_MSA.pdf",
                                           "contracts/2024/Garside_Security.pdf", "contracts/2024/Harlow_Telematics_SaaS.pdf", "contracts/2024/Inchbrook_Cleaning.pdf",
                                           "contracts/2024/Jessop_Tyres.pdf", "contracts/2024/Kilnsey_Staffing_MSA.pdf", "contracts/2024/Lowther_Pallets.pdf",
                                           "contracts/2024/Mercer_Payroll_Services.pdf", "contracts/2024/Northcote_Waste.pdf"]),
             bash("mkdir -p /tmp/ctext && for f in contracts/2024/*.pdf; do pdftotext -layout \"$f\" \"/tmp/ctext/$(basename \"$f\" .pdf).txt\"; done && wc -l /tmp/ctext/*.txt | tail -1",
                  "  9214 total", desc="Extract text from the 14 PDFs", ms=6400),
             grep("(?i)governed by|governing law", path="/tmp/ctext", content=
                  "/tmp/ctext/Alder_Freight_MSA.txt:812:24.1 This Agreement is governed by the laws of England and Wales.\n"
                  "/tmp/ctext/Barrow_Cold_Chain_SA.txt:655:19.2 Governing law. The laws of Scotland.\n"
                  "/tmp/ctext/Harlow_Telematics_SaaS.txt:590:21.1 This Agreement shall be governed by the laws of Ireland.\n"
                  "/tmp/ctext/Mercer_Payroll_Services.txt:702:26. Governing law: England and Wales.\n... (10 more)"),
             grep("(?i)for convenience|without cause|on not less than", path="/tmp/ctext", content=
                  "/tmp/ctext/Alder_Freight_MSA.txt:701:18.2 Either party may terminate this Agreement for convenience on not less than 90 days' written notice.\n"
                  "/tmp/ctext/Harlow_Telematics_SaaS.txt:488:15.3 The Customer may terminate for convenience on 60 days' notice, subject to clause 15.4 (early termination fee).\n"
                  "/tmp/ctext/Mercer_Payroll_Services.txt:611:20.2 Either party may terminate on six (6) months' written notice.\n... (8 more)"),
             grep("(?i)limitation of liability|aggregate liability|shall not exceed", path="/tmp/ctext", content=
                  "/tmp/ctext/Alder_Freight_MSA.txt:640:16.2 Subject to 16.1 and 16.4, each party's aggregate liability shall not exceed 125% of the Charges paid in the preceding 12 months.\n"
                  "/tmp/ctext/Alder_Freight_MSA.txt:648:16.4 The cap in 16.2 shall not apply to breach of clause 12 (Data Protection).\n"
                  "/tmp/ctext/Harlow_Telematics_SaaS.txt:533:17.2 The Supplier's total liability shall not exceed the Fees paid in the 12 months preceding the claim.\n"
                  "/tmp/ctext/Mercer_Payroll_Services.txt:655:22.3 Each party's total liability is limited to £2,000,000.\n... (11 more)"),
             write("/Users/akosua/legal/renewals/supplier_terms_2024.csv",
                   "Agreement,Governing law,Clause,Termination for convenience notice,Clause,Data protection breach outside cap?,Clause\n"
                   "Alder Freight MSA,England and Wales,24.1,90 days (either party),18.2,Yes - uncapped,16.4\n"
                   "Barrow Cold Chain SA,Scotland,19.2,No termination for convenience right,-,No - within general cap,15.2\n"
                   "Castell Packaging MSA,England and Wales,22.1,3 months (customer only),17.3,Yes - separate cap £5m,14.5\n"
                   "Dunmore Fleet Leasing,England and Wales,30.1,No termination for convenience right,-,No - within general cap,21.1\n"
                   "Eskdale Fuel Cards,England and Wales,18.4,30 days (either party),12.1,No - within general cap,10.2\n"
                   "Fenwick IT Services MSA,England and Wales,27.1,6 months (customer only),19.2,Yes - uncapped,16.3(c)\n"
                   "Garside Security,England and Wales,20.1,60 days (either party),14.2,No - within general cap,12.2\n"
                   "Harlow Telematics SaaS,Ireland,21.1,60 days (customer; early termination fee 15.4),15.3,No - within general cap,17.2\n"
                   "Inchbrook Cleaning,England and Wales,16.1,1 month (either party),11.1,No - within general cap,9.3\n"
                   "Jessop Tyres,England and Wales,17.2,No termination for convenience right,-,No - within general cap,13.1\n"
                   "Kilnsey Staffing MSA,England and Wales,25.1,4 weeks (either party),18.1,Yes - separate cap £1m,15.6\n"
                   "Lowther Pallets,England and Wales,15.1,3 months (either party),10.4,No - within general cap,8.2\n"
                   "Mercer Payroll Services,England and Wales,26,6 months (either party),20.2,No - within general cap,22.3\n"
                   "Northcote Waste,England and Wales,19.1,No termination for convenience right,-,No - within general cap,14.1\n"),
             say("Saved `supplier_terms_2024.csv`: one row per agreement (14), each answer with its clause number.\n\n"
                 "- **Governing law**: 12 England and Wales, Barrow is **Scotland**, Harlow is **Ireland**.\n- **Termination "
                 "for convenience**: 4 agreements have **no such right** (Barrow, Dunmore, Jessop, Northcote). Harlow's "
                 "60-day right carries an early termination fee (15.4).\n- **Data protection outside the cap**: only "
                 "4: uncapped in Alder and Fenwick, separately capped in Castell (£5m) and Kilnsey (£1m). The other "
                 "10 fall within the general cap.")),
        turn("Harlow and Mercer put their liability carve-outs in Schedule 3 (Data Processing), not in the main body, "
             "so those two rows are wrong. Please check the schedules for all of them, not just those two.",
             grep("(?i)schedule 3|data processing", path="/tmp/ctext", content=
                  "/tmp/ctext/Harlow_Telematics_SaaS.txt:1102:SCHEDULE 3 - DATA PROCESSING\n"
                  "/tmp/ctext/Harlow_Telematics_SaaS.txt:1188:9. Notwithstanding clause 17, the Supplier's liability for breach of this Schedule is limited to £3,000,000.\n"
                  "/tmp/ctext/Mercer_Payroll_Services.txt:1020:SCHEDULE 3 - DATA PROCESSING TERMS\n"
                  "/tmp/ctext/Mercer_Payroll_Services.txt:1091:8.2 Clause 22.3 shall not apply to losses arising from a breach of this Schedule, which shall be unlimited.\n"
                  "/tmp/ctext/Fenwick_IT_Services_MSA.txt:1240:SCHEDULE 4 - DATA PROTECTION\n"
                  "/tmp/ctext/Castell_Packaging_MSA.txt:998:SCHEDULE 2 - DATA PROCESSING AGREEMENT"),
             grep("(?i)notwithstanding|shall not apply|unlimited|liability", path="/tmp/ctext", glob="*.txt", content=
                  "/tmp/ctext/Fenwick_IT_Services_MSA.txt:1301:6.1 Liability under this Schedule is subject to clause 16.3(c).\n"
                  "/tmp/ctext/Castell_Packaging_MSA.txt:1044:7. The parties' liability under this DPA is subject to clause 14.5."),
             edit("/Users/akosua/legal/renewals/supplier_terms_2024.csv",
                  "Harlow Telematics SaaS,Ireland,21.1,60 days (customer; early termination fee 15.4),15.3,No - within general cap,17.2",
                  "Harlow Telematics SaaS,Ireland,21.1,60 days (customer; early termination fee 15.4),15.3,Yes - separate cap £3m,Sch. 3 para 9"),
             edit("/Users/akosua/legal/renewals/supplier_terms_2024.csv",
                  "Mercer Payroll Services,England and Wales,26,6 months (either party),20.2,No - within general cap,22.3",
                  "Mercer Payroll Services,England and Wales,26,6 months (either party),20.2,Yes - uncapped,Sch. 3 para 8.2"),
             say("You're right, and I've fixed both rows:\n\n- **Harlow**: data processing liability is **separately capped at "
                 "£3m** (Schedule 3, para 9), outside the general cap in 17.2.\n- **Mercer**: breaches of Schedule 3 are "
                 "**uncapped** (Schedule 3, para 8.2 disapplies clause 22.3).\n\nI checked every agreement's schedules. "
                 "Fenwick (Schedule 4) and Castell (Schedule 2) have data-protection schedules, but both refer back to "
                 "the main-body clauses already in the table, so their rows stand. None of the other ten has a data "
                 "processing schedule with its own liability terms. That makes **6 of 14** with data protection outside "
                 "the general cap.")),
        turn("Good, that matches my notes now. Thank you.",
             say("You're welcome. The CSV opens directly in Excel. If you're preparing renewal positions, the four "
                 "agreements without termination for convenience (Barrow, Dunmore, Jessop, Northcote) are probably the "
                 "first to raise.")),
    ],
)
