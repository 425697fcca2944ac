LABEL = dict(
    split="heldout3",
    persona="Director of development at a youth literacy nonprofit, has written federal grant applications for fifteen years",
    expertise_level=4, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 states the deliverable precisely (a budget justification narrative for the attached budget, one "
               "paragraph per cost category in the funder's order, each tying the figure to the activity and the FTE "
               "basis, under 1,200 words) and the source files; prompt 2 corrects the agent with a domain fact (without a "
               "negotiated rate they take the 10% de minimis on modified total direct costs, so equipment and the "
               "subaward over $25,000 come out of the base): level 4. A narrative document written: writing. No "
               "failures; prompt 3 ('that's the version going in') confirms: verified."),
)

SESSION = dict(
    cwd="/Users/rosalind/Grants/2026-DOE-literacy", start="2026-06-24T20:30:00Z", model="claude-opus-4-7", version="2.1.269",
    turns=[
        turn("Write the budget justification narrative for our application, from budget_y1.csv. Follow the funder's category order "
             "(personnel, fringe, travel, equipment, supplies, contractual, other, indirect). One paragraph per category: the amount, what it "
             "pays for, and how it was calculated (salary x FTE x months, per diem x trips, etc.), and tie each one to an activity in "
             "program_narrative.md. Under 1,200 words. Save it as budget_justification.md",
             par(bash("cat budget_y1.csv", "category,line,amount,basis\npersonnel,Program Director,31200,\"$78,000 x 0.40 FTE x 12 mo\"\npersonnel,Literacy Coaches (3),144000,\"$48,000 x 1.0 FTE x 3\"\n"
                      "personnel,Data Coordinator,27500,\"$55,000 x 0.50 FTE x 12 mo\"\nfringe,Fringe,60814,28% of personnel\ntravel,Coach site visits,6480,\"1,800 trips x 8 mi x $0.45\"\n"
                      "travel,National conference,3900,\"2 staff x $1,950\"\nequipment,Tablets for family reading nights,8400,\"60 x $140\"\nsupplies,Books and materials,22000,\"550 students x $40\"\n"
                      "contractual,University evaluation partner (subaward),62000,fixed\nother,Family night facilities and meals,9600,\"12 events x $800\"\nindirect,Indirect,56371,15% of direct",
                      desc="Read the budget"),
                 read("/Users/rosalind/Grants/2026-DOE-literacy/program_narrative.md",
                      "# Program narrative (excerpt)\n\nActivity 1: Weekly in-class coaching at 6 partner elementary schools.\nActivity 2: Monthly family reading nights with take-home book kits.\n"
                      "Activity 3: Quarterly literacy assessment and data review with teachers.\nActivity 4: External evaluation (quasi-experimental, university partner).")),
             write("/Users/rosalind/Grants/2026-DOE-literacy/budget_justification.md",
                   "# Budget Justification — Year 1\n\n**Personnel ($202,700).** The Program Director (0.40 FTE; $78,000 annual salary × 0.40 × 12 months = $31,200) oversees all four activities... "
                   "Three full-time Literacy Coaches ($48,000 each, $144,000) deliver weekly in-class coaching at six partner schools (Activity 1)... "
                   "The Data Coordinator (0.50 FTE; $55,000 × 0.50 = $27,500) runs the quarterly assessments and data reviews (Activity 3).\n\n"
                   "**Fringe ($60,814)** ... **Travel ($10,380)** ... **Equipment ($8,400)** ... **Supplies ($22,000)** ... **Contractual ($62,000)** ... **Other ($9,600)** ...\n\n"
                   "**Indirect ($56,371).** Indirect costs are charged at 15% of total direct costs ($375,894).\n"),
             say("Saved `budget_justification.md` (about 1,050 words), one paragraph per category in the funder's order, each with "
                 "the calculation and the activity it supports. Direct costs total $375,894; indirect is $56,371 at 15% as in the budget file.")),
        turn("Indirect is wrong. We don't have a negotiated rate, so it's the 10% de minimis, and that's on modified total direct "
             "costs: equipment comes out, and only the first $25,000 of the subaward counts. Fix the budget line and the paragraph",
             bash("python3 -c \"d=375894; mtdc=d-8400-(62000-25000); print(mtdc, round(mtdc*0.10))\"", "330494 33049", desc="Compute MTDC and 10% de minimis"),
             edit("/Users/rosalind/Grants/2026-DOE-literacy/budget_justification.md",
                  "**Indirect ($56,371).** Indirect costs are charged at 15% of total direct costs ($375,894).",
                  "**Indirect ($33,049).** The organization does not have a federally negotiated indirect cost rate and elects the 10% de minimis rate "
                  "(2 CFR 200.414(f)) on modified total direct costs. MTDC is $330,494: total direct costs of $375,894, less equipment ($8,400) and "
                  "the portion of the evaluation subaward above $25,000 ($37,000)."),
             edit("/Users/rosalind/Grants/2026-DOE-literacy/budget_y1.csv", "indirect,Indirect,56371,15% of direct", "indirect,Indirect,33049,10% de minimis of MTDC ($330494)"),
             say("Fixed both. MTDC = $375,894 − $8,400 equipment − $37,000 (subaward above the first $25,000) = **$330,494**; "
                 "10% gives **$33,049**, down from $56,371. The paragraph cites 2 CFR 200.414(f) and shows the exclusions. The "
                 "total request drops to $408,943.")),
        turn("good, that's the version going in", say("Good luck with the submission.")),
    ],
)
