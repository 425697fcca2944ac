LABEL = dict(
    split="heldout18",
    persona="craft brewery owner working out ABV and attenuation from her batch log",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (ABV and how far each batch fermented, per beer) and one given fact ('OG and FG are the gravity readings', four beers), but leaves the formula and the output to the agent and asks for no check: level 2. "
               "The agent reads the CSV and computes a per-batch and per-beer table with pandas: analysing. "
               "Prompt 2 ('yes them numbers are right, same as on my brew sheets') confirms the figures before asking for a small change, so verified success; no action failed."),
)

SESSION = dict(
    cwd="/Users/kerry/Documents/brewery", start="2026-11-30T19:12:00Z", model="claude-sonnet-4-6", version="2.1.238", branch="main",
    turns=[
        turn("hi, ive got all my batches in batch_log.csv (OG and FG are the gravity readings). can you work out the abv for each one and how well they fermented out, and then an average for each beer. we do 4 beers",
             read("/Users/kerry/Documents/brewery/batch_log.csv", "batch,beer,brew_date,og,fg,volume_l\nB101,Harbour Pale,2026-01-08,1.048,1.010,1000\nB102,Old Rope Stout,2026-01-15,1.062,1.018,1000\nB103,Harbour Pale,2026-02-02,1.047,1.011,1000\nB104,Gull IPA,2026-02-10,1.064,1.012,1000\nB105,Pier Lager,2026-02-20,1.046,1.008,1200\nB106,Harbour Pale,2026-03-04,1.049,1.012,1000\nB107,Old Rope Stout,2026-03-18,1.060,1.020,1000\nB108,Gull IPA,2026-04-01,1.065,1.011,1000\nB109,Pier Lager,2026-04-15,1.045,1.009,1200\nB110,Gull IPA,2026-05-06,1.063,1.013,1000"),
             bash("cd /Users/kerry/Documents/brewery && python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('batch_log.csv')\ndf['abv'] = ((df.og - df.fg) * 131.25).round(1)\ndf['attenuation_pct'] = ((df.og - df.fg) / (df.og - 1) * 100).round(0)\nprint(df[['batch','beer','og','fg','abv','attenuation_pct']].to_string(index=False))\nprint()\nprint(df.groupby('beer')[['abv','attenuation_pct']].mean().round(1).to_string())\nPY",
                  " batch           beer    og    fg  abv  attenuation_pct\n  B101   Harbour Pale 1.048 1.010  5.0             79.0\n  B102 Old Rope Stout 1.062 1.018  5.8             71.0\n  B103   Harbour Pale 1.047 1.011  4.7             77.0\n  B104       Gull IPA 1.064 1.012  6.8             81.0\n  B105     Pier Lager 1.046 1.008  5.0             83.0\n  B106   Harbour Pale 1.049 1.012  4.9             76.0\n  B107 Old Rope Stout 1.060 1.020  5.2             67.0\n  B108       Gull IPA 1.065 1.011  7.1             83.0\n  B109     Pier Lager 1.045 1.009  4.7             80.0\n  B110       Gull IPA 1.063 1.013  6.6             79.0\n\n                abv  attenuation_pct\nbeer                                \nGull IPA        6.8             81.0\nHarbour Pale    4.9             77.3\nOld Rope Stout  5.5             69.0\nPier Lager      4.9             81.5",
                  desc="Compute ABV and attenuation per batch and per beer"),
             say("Here's every batch (ABV = (OG − FG) × 131.25, attenuation = how much of the sugar got fermented):\n\n| beer | avg ABV | avg attenuation |\n|---|---|---|\n| Gull IPA | 6.8% | 81% |\n| Harbour Pale | 4.9% | 77% |\n| Old Rope Stout | 5.5% | 69% |\n| Pier Lager | 4.9% | 82% |\n\nTwo things stand out: Old Rope Stout B107 only got to 67% (FG 1.020), the lowest of all, and it's 0.6% weaker than B102. Harbour Pale is steady at 4.7–5.0%.")),
        turn("yes them numbers are right, same as on my brew sheets. can you put the table in a spreadsheet so i can send it to my accountant, he wants it for the duty",
             bash("cd /Users/kerry/Documents/brewery && python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('batch_log.csv')\ndf['abv'] = ((df.og - df.fg) * 131.25).round(1)\ndf['attenuation_pct'] = ((df.og - df.fg) / (df.og - 1) * 100).round(0)\nwith pd.ExcelWriter('batch_abv_2026.xlsx') as xw:\n    df.to_excel(xw, sheet_name='Batches', index=False)\n    df.groupby('beer')[['abv','attenuation_pct']].mean().round(1).to_excel(xw, sheet_name='By beer')\nprint('ok')\nPY",
                  "ok", desc="Write the ABV table to an Excel file"),
             say("Saved as `batch_abv_2026.xlsx` in your brewery folder: one sheet with every batch (including volume in litres, which your accountant will need for duty) and one with the averages per beer.")),
    ],
)
