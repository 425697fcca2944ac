LABEL = dict(
    split="heldout4",
    persona="Clinical data manager at a contract research organisation preparing an adverse event listing",
    expertise_level=4, work_mode="analysing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 pins the data (the AE and DM SDTM datasets as CSV), the population (safety set, SAFFL = Y), the filter "
               "(treatment-emergent: onset on or after first dose), the grouping (system organ class then preferred term, by arm) "
               "and the output (counts of subjects, not events, with percentages of the arm's N); prompt 2 adds an exact "
               "requirement (a serious-only version, AESER = Y): level 4. A table computed from data: analysing. No failure; the "
               "user never confirms the figures: neither."),
)

SESSION = dict(
    cwd="/home/cdm/study-CT2291/tfl", start="2026-11-25T14:00:00Z", model="claude-sonnet-4-6", version="2.1.285",
    turns=[
        turn("Using ae.csv and dm.csv (SDTM), make a treatment-emergent adverse event summary for the safety set (SAFFL = 'Y' in dm). Treatment-emergent means "
             "AESTDTC on or after RFXSTDTC. Rows: system organ class (AESOC), then preferred term (AEDECOD) under it. Columns: each arm (ARM) with number of "
             "subjects and % of that arm's safety N. Count subjects, not events. Save to teae_summary.csv",
             bash("head -2 ae.csv dm.csv; python3 -c \"import pandas as p; d=p.read_csv('dm.csv'); print(d[d.SAFFL=='Y'].ARM.value_counts())\"",
                  "==> ae.csv <==\nSTUDYID,USUBJID,AETERM,AEDECOD,AESOC,AESTDTC,AESER,AESEV\nCT2291,CT2291-101-004,headache,Headache,Nervous system disorders,2026-03-14,N,MILD\n\n"
                  "==> dm.csv <==\nSTUDYID,USUBJID,ARM,RFXSTDTC,SAFFL\nCT2291,CT2291-101-004,Drug 10 mg,2026-03-02,Y\nARM\nDrug 10 mg    62\nPlacebo       60\nName: count, dtype: int64",
                  desc="Look at the data and arm sizes"),
             write("/home/cdm/study-CT2291/tfl/teae_summary.py",
                   "import pandas as pd\nae = pd.read_csv('ae.csv')\ndm = pd.read_csv('dm.csv')\nsaf = dm[dm.SAFFL == 'Y']\nn = saf.ARM.value_counts()\n"
                   "d = ae.merge(saf[['USUBJID', 'ARM', 'RFXSTDTC']], on='USUBJID')\nd = d[pd.to_datetime(d.AESTDTC) >= pd.to_datetime(d.RFXSTDTC)]\n\n"
                   "def table(d):\n    rows = []\n    for soc, g in d.groupby('AESOC'):\n        rows.append((soc, '', g.groupby('ARM').USUBJID.nunique()))\n"
                   "        for pt, gp in g.groupby('AEDECOD'):\n            rows.append((soc, pt, gp.groupby('ARM').USUBJID.nunique()))\n    out = pd.DataFrame([{'AESOC': s, 'AEDECOD': p, **{f'{a} n': c.get(a, 0) for a in n.index},"
                   " **{f'{a} %': round(100 * c.get(a, 0) / n[a], 1) for a in n.index}} for s, p, c in rows])\n    return out\n\n"
                   "table(d).to_csv('teae_summary.csv', index=False)\nprint(d.USUBJID.nunique(), len(d))\n"),
             bash("python3 teae_summary.py && head -6 teae_summary.csv", "97 341\nAESOC,AEDECOD,Drug 10 mg n,Placebo n,Drug 10 mg %,Placebo %\nGastrointestinal disorders,,31,14,50.0,23.3\n"
                  "Gastrointestinal disorders,Diarrhoea,12,5,19.4,8.3\nGastrointestinal disorders,Nausea,22,9,35.5,15.0\nInfections and infestations,,18,16,29.0,26.7\n"
                  "Infections and infestations,Nasopharyngitis,11,10,17.7,16.7", desc="Build the table"),
             say("`teae_summary.csv` is written: 341 treatment-emergent events in 97 subjects of the safety set (N = 62 drug, 60 placebo). Each SOC row counts "
                 "subjects with any event in that class, so it can be less than the sum of its terms. Gastrointestinal disorders stand out: 50.0% on drug vs 23.3% "
                 "on placebo, driven by nausea (35.5% vs 15.0%).")),
        turn("Also a serious-only version (AESER = 'Y'), same layout, as teae_serious_summary.csv",
             edit("/home/cdm/study-CT2291/tfl/teae_summary.py", "table(d).to_csv('teae_summary.csv', index=False)",
                  "table(d).to_csv('teae_summary.csv', index=False)\ntable(d[d.AESER == 'Y']).to_csv('teae_serious_summary.csv', index=False)"),
             bash("python3 teae_summary.py && cat teae_serious_summary.csv", "97 341\nAESOC,AEDECOD,Drug 10 mg n,Placebo n,Drug 10 mg %,Placebo %\nCardiac disorders,,1,0,1.6,0.0\n"
                  "Cardiac disorders,Atrial fibrillation,1,0,1.6,0.0\nInfections and infestations,,2,1,3.2,1.7\nInfections and infestations,Pneumonia,2,1,3.2,1.7\n"
                  "\"Injury, poisoning and procedural complications\",,0,1,0.0,1.7\n\"Injury, poisoning and procedural complications\",Fall,0,1,0.0,1.7", desc="Build the serious table"),
             say("`teae_serious_summary.csv`: serious TEAEs in 3 drug subjects at most (pneumonia in 2, atrial fibrillation in 1) and 1 or 2 placebo subjects (pneumonia, a "
                 "fall; the SOC rows count each class separately). Percentages use the same safety N per arm.")),
    ],
)
