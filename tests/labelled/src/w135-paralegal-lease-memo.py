LABEL = dict(
    split="heldout4",
    persona="Senior paralegal at a property law firm preparing a client memo on a commercial lease",
    expertise_level=4, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the lease file, the clauses that matter (break clause, rent review, repairing obligations, "
               "alienation), the audience (the client's finance director, no legalese), the length (two pages) and the output file; "
               "prompt 2 corrects the agent with a domain fact (the break is conditional on vacant possession, which the draft "
               "missed, and that is the trap): level 4. A memo written: writing. No failure; prompt 3 ('that's what I'll send "
               "to the partner for sign-off') confirms: verified success."),
)

SESSION = dict(
    cwd="/home/hwright/matters/2026-0419-northgate", start="2026-11-22T09:05:00Z", model="claude-sonnet-4-6", version="2.1.283",
    turns=[
        turn("From lease_unit4_northgate.txt, draft a memo for the client's finance director (not a lawyer, so plain English) covering the four things she asked "
             "about: when and how they can break, how rent reviews work, what they must repair, and whether they can sublet or assign. Two pages at most, "
             "with clause references in brackets. Save as memo_lease_summary.md",
             bash("wc -w lease_unit4_northgate.txt; grep -n -i -E '^(clause|[0-9]+\\.)' lease_unit4_northgate.txt | head -40",
                  "18422 lease_unit4_northgate.txt\n112:7. RENT REVIEW\n131:7.3 The revised rent shall be the greater of the Passing Rent and the Open Market Rent\n"
                  "204:9. REPAIR\n207:9.1 The Tenant shall keep the Premises in good and substantial repair and condition\n288:12. ALIENATION\n301:12.4 The Tenant shall not underlet part only\n"
                  "402:16. BREAK CLAUSE\n404:16.1 The Tenant may terminate this Lease on the fifth anniversary of the Term Commencement Date", desc="Find the clause headings"),
             read("/home/hwright/matters/2026-0419-northgate/lease_unit4_northgate.txt", "...\n16. BREAK CLAUSE\n16.1 The Tenant may terminate this Lease on the fifth anniversary of the Term Commencement Date by giving not less than six months' written notice.\n"
                  "16.2 Any notice under clause 16.1 shall be of no effect unless on the Break Date (a) the Tenant has paid all Rent due and (b) the Tenant gives up the Premises with vacant possession.\n..."),
             write("/home/hwright/matters/2026-0419-northgate/memo_lease_summary.md",
                   "# Unit 4 Northgate: what the lease means for you\n\n## Ending the lease early (the break)\nYou can end the lease on the fifth anniversary (24 June 2029) "
                   "by giving at least six months' written notice, so by 24 December 2028 at the latest (16.1). All rent must be paid up to that date (16.2).\n\n"
                   "## Rent reviews\nThe rent is reviewed every five years to the market rent, but it can only go up, never down (7.3).\n\n## Repairs\nYou must keep the "
                   "whole unit in good repair, including the structure and roof (9.1). This is a full repairing lease: if the roof needs replacing, that is your cost.\n\n"
                   "## Subletting and selling the lease\nYou can assign the whole lease or sublet the whole unit with the landlord's consent, which cannot be unreasonably "
                   "withheld (12.2). You cannot sublet part of it (12.4).\n"),
             say("Draft saved as `memo_lease_summary.md` (about 250 words, well inside two pages). The points she'll care about most: the review is upward-only, and "
                 "the repairing obligation covers the structure.")),
        turn("You've missed the trap in 16.2(b): vacant possession. If they leave so much as furniture or a subtenant behind, the break fails and they're "
             "stuck for another five years. That needs to be the first thing she reads, in bold. Also the landlord's consent on assignment has the AGA "
             "condition in 12.3 - mention they may have to guarantee the buyer.",
             read("/home/hwright/matters/2026-0419-northgate/lease_unit4_northgate.txt", "...\n12.3 On an assignment the Landlord may require the Tenant to enter into an authorised guarantee agreement guaranteeing the performance of the assignee.\n..."),
             edit("/home/hwright/matters/2026-0419-northgate/memo_lease_summary.md", "# Unit 4 Northgate: what the lease means for you\n",
                  "# Unit 4 Northgate: what the lease means for you\n\n**Most important: if you use the break, the unit must be completely empty on 24 June 2029 - "
                  "no furniture, fittings you added, stock or people (including any subtenant). If anything is left, the break fails and the lease runs for another "
                  "five years (16.2(b)).** Plan the move-out well ahead of that date.\n"),
             edit("/home/hwright/matters/2026-0419-northgate/memo_lease_summary.md", "withheld (12.2). You cannot sublet part of it (12.4).",
                  "withheld (12.2). If you assign, the landlord can make you guarantee that the buyer pays the rent and keeps the lease terms (an \"authorised "
                  "guarantee agreement\", 12.3), so choose a buyer you trust. You cannot sublet part of it (12.4)."),
             say("Added the vacant-possession warning in bold at the top, and the guarantee on assignment (12.3) in plain terms.")),
        turn("Good, that's what I'll send to the partner for sign-off.", say("Great, it's in `memo_lease_summary.md`.")),
    ],
)
