LABEL = dict(
    split="heldout7",
    persona="employment lawyer (senior associate) at a law firm advising a hospital trust",
    expertise_level=4, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the two documents, the audience (HR director), the five clauses to compare by subject (notice, restrictive covenants, "
               "on-call pay, the 48-hour opt-out, garden leave) and the format (a table then a memo of at most a page; flag, don't advise), all in "
               "prose; prompt 2 corrects the agent with a domain fact (an opt-out under reg. 5 of the Working Time Regulations must be terminable by "
               "the worker on notice, so 'waives' is a risk, not a wording change): level 4, not 5, since nothing is anticipated or verified by design. "
               "A memo written: writing. No failures; the last prompt ('fine, I'll take it from here') accepts the hand-over but does not say the memo "
               "is right or agrees with a check (borderline, read as no confirmation), and there is no test or commit: neither."),
)

SESSION = dict(
    cwd="/Users/hlindqvist/Matters/NHT-0412", start="2026-12-02T10:35:00Z", model="claude-opus-4-5", version="2.1.248",
    turns=[
        turn("I need a comparison memo for the HR director of the trust. Compare the 2019 consultant contract template (template_2019.txt) with the "
             "proposed 2026 one (template_2026.txt) on five points: notice periods, restrictive covenants, on-call pay, the 48-hour opt-out, and "
             "garden leave. First a table with one row per point (2019 wording, 2026 wording, what changed), then a memo of no more than a page "
             "that flags the changes that carry risk. Flag, don't advise. Save as comparison_memo.md.",
             par(read("/Users/hlindqvist/Matters/NHT-0412/template_2019.txt", "1. Appointment ...\n9. Notice. Either party may terminate on three months' written notice...\n"
                      "14. On-call. The Consultant shall be paid an on-call supplement of 3% of basic salary (Category A)...\n17. Working time. The Consultant agrees that the 48-hour limit shall not apply..."),
                 read("/Users/hlindqvist/Matters/NHT-0412/template_2026.txt", "1. Appointment ...\n9. Notice. The Trust may terminate on three months' notice; the Consultant shall give six months' notice...\n"
                      "12A. Garden leave. During any period of notice the Trust may require the Consultant to remain away from work...\n"
                      "13. Restrictions. For 6 months after termination the Consultant shall not provide private services within 10 miles...\n"
                      "14. On-call. The on-call supplement shall be determined by the Trust from time to time...\n17. Working time. The Consultant waives the 48-hour limit...")),
             write("/Users/hlindqvist/Matters/NHT-0412/comparison_memo.md",
                   "# Consultant contract: 2019 vs 2026 template\n\n| point | 2019 | 2026 | change |\n|---|---|---|---|\n| Notice | 3 months both ways (cl. 9) | Trust 3 months, consultant 6 months (cl. 9) | asymmetric |\n"
                   "| Restrictive covenants | none | 6 months, 10 miles, private services (cl. 13) | new |\n| On-call pay | 3% Category A (cl. 14) | at the Trust's discretion (cl. 14) | fixed rate removed |\n"
                   "| 48-hour opt-out | agreed to disapply (cl. 17) | consultant 'waives' the limit (cl. 17) | wording |\n| Garden leave | none | Trust may require (cl. 12A) | new |\n\n"
                   "## Memo\n\n... The 2026 wording of clause 17 describes the opt-out as a waiver ...\n"),
             say("Saved `comparison_memo.md`: the five-row table and a one-page memo. The memo flags the asymmetric notice, the new covenant, the "
                 "discretionary on-call supplement, and garden leave; for clause 17 I noted only a change of wording.")),
        turn("clause 17 is more than wording. an opt-out under reg 5 of the Working Time Regulations has to be in writing and terminable by the "
             "worker on notice (7 days, or up to 3 months if agreed). 'waives' with no termination right doesn't meet that. flag it as a risk",
             edit("/Users/hlindqvist/Matters/NHT-0412/comparison_memo.md", "| 48-hour opt-out | agreed to disapply (cl. 17) | consultant 'waives' the limit (cl. 17) | wording |",
                  "| 48-hour opt-out | agreed to disapply (cl. 17) | consultant 'waives' the limit, no right to withdraw (cl. 17) | **risk**: no termination right as reg. 5 WTR requires |"),
             edit("/Users/hlindqvist/Matters/NHT-0412/comparison_memo.md", "... The 2026 wording of clause 17 describes the opt-out as a waiver ...",
                  "Clause 17 (2026) presents the opt-out as a waiver with no right for the consultant to end it. Regulation 5 of the Working Time "
                  "Regulations 1998 requires an opt-out to be in writing and terminable by the worker on notice (seven days, or a longer period of up to "
                  "three months if agreed). As drafted, the clause may not be an effective opt-out, so the 48-hour limit could still apply."),
             say("Clause 17 is now flagged as a risk in the table and in the memo, with the reg. 5 requirement (in writing, terminable on 7 days' notice "
                 "or up to 3 months if agreed).")),
        turn("fine, I'll take it from here",
             say("Understood. The memo is in `comparison_memo.md`.")),
    ],
)
