LABEL = dict(
    split="heldout9",
    persona="Chartered tax adviser preparing a client's capital gains computation from a broker's share transaction export",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the export, the tax year, the identification rules in order (same day, 30-day bed and breakfast, "
               "then the section 104 pool) and the deliverable (a disposal-by-disposal schedule with the pool carried forward); "
               "prompt 2 corrects the agent with a domain fact (the scrip dividend shares enter the pool at the cash equivalent): "
               "level 4. Analysing. No action fails; prompt 3 ('agrees with my manual comp to the pound') confirms, so verified."),
)

SESSION = dict(
    cwd="/Users/ghosh/clients/Whitcombe/2025-26", start="2026-11-12T09:40:07Z",
    model="claude-sonnet-4-6", version="2.1.231",
    turns=[
        turn("Client's broker export is trades_2025-26.csv (single holding, Severn Trent ord). Compute the CGT for 2025/26: "
             "identify disposals in the statutory order — same day, then acquisitions in the following 30 days, then the s104 "
             "pool. Give me a schedule per disposal (proceeds, allowable cost, which rule, gain) and the pool (shares and cost) "
             "carried forward at 5 April 2026. Use the broker's net proceeds after commission.",
             read("/Users/ghosh/clients/Whitcombe/2025-26/trades_2025-26.csv",
                  "Date,Type,Qty,Price,Consideration,Commission\n2021-06-01,BUY,1200,2450p,29400.00,11.95\n2023-03-14,BUY,800,2790p,22320.00,11.95\n"
                  "2025-02-20,SCRIP,14,,,\n2025-09-10,SELL,900,2810p,25290.00,11.95\n2025-09-25,BUY,300,2702p,8106.00,11.95\n2026-01-12,SELL,400,2955p,11820.00,11.95\n"),
             bash("python3 cgt.py trades_2025-26.csv",
                  "Pool b/f 05/04/2025: 2014 shares, cost 51,743.90 (scrip at nil cost)\n10/09/2025 SELL 900 net 25,278.05\n  30-day: 300 @ 8,117.95 -> gain on 300: 8,426.02 - 8,117.95 = 308.07\n"
                  "  s104: 600 @ 15,415.41 -> gain 16,852.03 - 15,415.41 = 1,436.62\n12/01/2026 SELL 400 net 11,808.05\n  s104: 400 @ 10,276.94 -> gain 1,531.11\n"
                  "Total gains 3,275.80\nPool c/f 05/04/2026: 1014 shares, cost 26,051.55", desc="Run the share identification",
                  pre="I'll compute it with a short script so the matching is auditable."),
             say("Total chargeable gains **£3,275.80** across two disposals. The 10 Sep sale is matched first with the 300 shares "
                 "bought on 25 Sep (30-day rule), the rest from the pool. The scrip shares went into the pool at nil cost, as "
                 "the export gave no value. Pool c/f: 1,014 shares, £26,051.55.")),
        turn("Scrip dividend shares aren't nil cost — they go in at the cash equivalent, 14 shares at £379.46 per the DRIP "
             "statement. Redo it.",
             bash("python3 cgt.py trades_2025-26.csv --scrip-cost 2025-02-20=379.46",
                  "Pool b/f 05/04/2025: 2014 shares, cost 52,123.36\n10/09/2025 SELL 900 net 25,278.05\n  30-day: 300 -> gain 308.07\n  s104: 600 @ 15,528.46 -> gain 1,323.57\n"
                  "12/01/2026 SELL 400 net 11,808.05\n  s104: 400 @ 10,352.31 -> gain 1,455.74\nTotal gains 3,087.38\nPool c/f 05/04/2026: 1014 shares, cost 26,242.59",
                  desc="Redo with scrip at cash equivalent"),
             say("With the scrip at £379.46, total gains fall to **£3,087.38** and the pool c/f is 1,014 shares at £26,242.59.\n\n"
                 "| date | shares | rule | proceeds | cost | gain |\n|---|---|---|---|---|---|\n| 10/09/25 | 300 | 30-day | 8,426.02 | 8,117.95 | 308.07 |\n"
                 "| 10/09/25 | 600 | s104 | 16,852.03 | 15,528.46 | 1,323.57 |\n| 12/01/26 | 400 | s104 | 11,808.05 | 10,352.31 | 1,455.74 |")),
        turn("agrees with my manual comp to the pound. thanks",
             say("Good. The schedule and pool figures are ready for the working papers.")),
    ],
)
