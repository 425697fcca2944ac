LABEL = dict(
    split="heldout11",
    persona="VAT tax adviser planning a housing charity's annual partial exemption adjustment",
    expertise_level=4, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 states the client's position (exempt residential rents, opted commercial units), the order of the work (standard method, simplified de minimis tests 1 and 2, then the standard method override with its thresholds), the scope (don't calculate yet) and the deliverable (steps and the data each needs, as a todo list); "
               "prompt 2 adds the capital goods scheme with the figure that brings the refurbishment in. Decomposed and precise, but no failure modes or checks of her own design: level 4 (4/5 with nothing to decide, the lower). "
               "The session reads the inputs and produces a TodoWrite plan, no calculations or edits: planning. Nothing fails, no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/rpatel/clients/eastgate-housing/pe_2026", start="2027-02-12T09:10:00Z", model="claude-sonnet-4-6", version="2.1.252", branch="",
    turns=[
        turn("Client is a small housing charity, partly exempt: residential rents exempt, two commercial units opted to tax. I need a plan for the annual adjustment for y/e 31 March 2026. Standard method first, then the de minimis check (simplified tests 1 and 2 before the full test), then whether the standard method override applies (difference over £50k, or over £25k and 50% of residual input tax). "
             "Inputs are in this folder. Don't calculate anything yet, just lay out the steps and what data each one needs, as a todo list, and tell me what's missing from the folder.",
             glob("*", ["purchase_ledger_2025-26.csv", "sales_ledger_2025-26.csv", "vat_returns_2025-26.pdf", "fixed_asset_register.xlsx", "opt_to_tax_notifications.pdf"]),
             bash("head -3 purchase_ledger_2025-26.csv; echo; head -3 sales_ledger_2025-26.csv; echo; cut -d, -f7 purchase_ledger_2025-26.csv | sort | uniq -c",
                  "Date,Supplier,Reference,Description,Net,VAT,Attribution,Cost centre\n03/04/2025,Kingsmead Plumbing,KP-2231,Boiler repair Flat 4,620.00,124.00,,Residential\n07/04/2025,Northgate Roofing,NR-118,Roof survey Units 1-2,950.00,190.00,,Commercial\n\nDate,Type,Reference,Tenant,Net,VAT,Rate\n01/04/2025,Rent,R-0401-01,Flat 1,725.00,0.00,Exempt\n01/04/2025,Rent,R-0401-U1,Unit 1 (Bakery),1850.00,370.00,Standard\n\n    1 Attribution\n  412 ",
                  desc="Look at the ledgers"),
             todo([("1. Attribute every purchase: taxable (commercial units), exempt (residential), residual. Needs: purchase ledger; the Attribution column is empty for all 412 lines, so cost centre + description is the starting point", "pending"),
                   ("2. Standard method recovery % = taxable supplies / total supplies (excl. capital items, self-supplies), rounded up to the whole % (residual input tax under £400k/month average). Needs: sales ledger by rate for the year", "pending"),
                   ("3. Annual adjustment = recoverable on the annual % minus what was recovered on the quarterly returns. Needs: the four VAT returns (box 4) and the provisional % used each quarter", "pending"),
                   ("4. De minimis: simplified test 1 (total input tax ≤ £625/month average and exempt ≤ 50% of total); if failed, simplified test 2 (same, after deducting directly taxable input tax); if both fail, the full test (exempt input tax ≤ £625/month and ≤ 50%). Needs: totals from steps 1–2", "pending"),
                   ("5. Standard method override: compare residual input tax recovered under the standard method with a use-based figure; override applies if the difference exceeds £50k, or £25k and 50% of residual input tax. Needs: a use-based split of residual costs (floor area of commercial units vs residential?)", "pending"),
                   ("6. Write up: workings, the method used, and the adjustment figure for the first return after 31 March (the June 2026 quarter)", "pending")]),
             say("The plan is in the todo list (6 steps, nothing calculated). What's **missing** or needs the client:\n\n"
                 "1. **Attribution of purchases.** The ledger's Attribution column is empty on all 412 lines. The cost centres (Residential / Commercial / blank) get most of the way, but the blank ones and shared costs (audit, insurance, office) need a decision.\n"
                 "2. **The quarterly recovery % used** on each return, for the annual adjustment in step 3. The return PDFs will give box 4, but not the % behind it; the client's VAT workings would.\n"
                 "3. **A use-based measure for the override test** (step 5): floor areas of the two units against the residential space, or staff time. There's nothing in the folder for this.\n"
                 "4. Nothing on the **capital goods scheme**: the fixed asset register is here, but I haven't looked at whether anything in it is a CGS item.\n\n"
                 "The opt-to-tax notifications are here, which confirms the commercial units' supplies are taxable.")),
        turn("Add a step for the capital goods scheme — the office refurb last year was £310k ex VAT so it's in (over £250k). Interval adjustment for this year.",
             bash("python3 -c \"import pandas as pd; df = pd.read_excel('fixed_asset_register.xlsx'); print(df[df['Cost'] > 100000][['Asset', 'Date', 'Cost', 'VAT']].to_string(index=False))\"",
                  "               Asset        Date      Cost      VAT\n Office refurbishment  2024-11-18  310000.0  62000.0",
                  desc="Find capital items in the asset register"),
             todo([("1. Attribute every purchase: taxable (commercial units), exempt (residential), residual. Needs: purchase ledger; the Attribution column is empty for all 412 lines, so cost centre + description is the starting point", "pending"),
                   ("2. Standard method recovery % = taxable supplies / total supplies (excl. capital items, self-supplies), rounded up to the whole %. Needs: sales ledger by rate for the year", "pending"),
                   ("3. Annual adjustment = recoverable on the annual % minus what was recovered on the quarterly returns. Needs: the four VAT returns (box 4) and the provisional % used each quarter", "pending"),
                   ("4. De minimis: simplified test 1, then simplified test 2, then the full test. Needs: totals from steps 1–2", "pending"),
                   ("5. Standard method override: residual input tax under the standard method vs a use-based figure; applies if the difference > £50k, or > £25k and > 50% of residual input tax. Needs: a use-based split of residual costs", "pending"),
                   ("6. Capital goods scheme, office refurbishment (18/11/2024, £310,000 net, £62,000 VAT; 10 intervals as a building/civil engineering work ≥ £250k): interval 2 adjustment = £62,000 / 10 × (this year's taxable use % − the % claimed in the first interval). Needs: the % recovered on the refurbishment in 2024-25 and this year's % from step 2", "pending"),
                   ("7. Write up: workings, methods used, the annual and CGS adjustments for the June 2026 return", "pending")]),
             say("Added step 6. The fixed asset register has the office refurbishment at £310,000 net (£62,000 VAT), dated 18 November 2024, so it's over the £250k threshold and in the CGS with 10 intervals; 2025-26 is the second interval. "
                 "The adjustment is £6,200 × the change in taxable use from the first interval, so it also needs the % originally recovered on it in 2024-25, which isn't in this folder. Still nothing calculated.")),
    ],
)
