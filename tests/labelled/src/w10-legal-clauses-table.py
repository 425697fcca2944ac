LABEL = dict(
    split="dev",
    persona="Paralegal at a mid-size law firm's commercial team, reviewing supplier contracts; not a programmer",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 states the deliverable as sentences (one row per contract: file name, indemnification "
               "text, termination-for-convenience text, notice period in days) and the rule for missing clauses; "
               "prompt 2 is a domain correction of the agent ('they're titled Hold Harmless in those two, so the "
               "script missed them'): level 4. Extracting clauses into a spreadsheet is analysing. Trouble: "
               "the first run fails (ModuleNotFoundError docx); prompt 3 confirms the table is complete."),
)

SESSION = dict(
    cwd="/Users/nkaur/Matters/2026-0412-supplier-review", start="2026-04-14T09:30:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("There are 14 supplier contracts in the contracts folder, all Word files. I need a spreadsheet "
             "with one row per contract: the file name, the full text of the indemnification clause, the full "
             "text of the termination for convenience clause, and the notice period for termination in days. "
             "If a contract has no such clause, write NOT FOUND rather than leaving it blank, so I can tell a "
             "missing clause from a missed one.",
             bash("ls contracts | head -20", "Acme Logistics MSA 2024.docx\nBrightline Cleaning SLA.docx\nCoralTech Services Agreement.docx\n"
                  "DeltaPrint Framework 2023.docx\n... (14 files)", desc="List the contracts", pre="I'll look at the contracts first."),
             write("/Users/nkaur/Matters/2026-0412-supplier-review/extract_clauses.py",
                   "import csv, re, sys\nfrom pathlib import Path\nimport docx\n\nHEAD = {\n    'indemnification': re.compile(r'indemnif', re.I),\n"
                   "    'termination': re.compile(r'termination for convenience', re.I),\n}\n\n# walk paragraphs; a clause runs from its heading to the next numbered heading\n"),
             bash("python3 extract_clauses.py contracts clauses.csv",
                  "Traceback (most recent call last):\n  File \"extract_clauses.py\", line 4, in <module>\n    import docx\nModuleNotFoundError: No module named 'docx'",
                  code=1, desc="Extract the clauses"),
             bash("python3 -m pip install --user python-docx", "Successfully installed lxml-5.3.0 python-docx-1.1.2",
                  desc="Install python-docx", pre="The Word-reading library isn't installed. Installing it for your user only."),
             bash("python3 extract_clauses.py contracts clauses.csv",
                  "14 contracts\nindemnification: 12 found, 2 NOT FOUND (CoralTech Services Agreement.docx, Halden Facilities Contract.docx)\n"
                  "termination for convenience: 11 found, 3 NOT FOUND\nnotice period parsed: 11\nwrote clauses.csv", desc="Extract the clauses"),
             say("Done: `clauses.csv` has 14 rows with the columns you asked for.\n\n- **Indemnification:** found in "
                 "12; **NOT FOUND** in *CoralTech Services Agreement* and *Halden Facilities Contract*\n"
                 "- **Termination for convenience:** found in 11; NOT FOUND in 3 (Brightline, Halden, Pemberton)\n"
                 "- **Notice period:** converted to days where written as months (\"three (3) months\" → 90)\n\n"
                 "I matched the clauses by their headings. Clauses with unusual headings would have been missed, "
                 "so it's worth a spot check of the NOT FOUND rows.")),
        turn("CoralTech and Halden do have indemnities, they're titled Hold Harmless in those two, so the script "
             "missed them. Treat Hold Harmless as the same clause. Also Pemberton's termination clause is called "
             "Termination Without Cause.",
             edit("/Users/nkaur/Matters/2026-0412-supplier-review/extract_clauses.py",
                  "    'indemnification': re.compile(r'indemnif', re.I),\n    'termination': re.compile(r'termination for convenience', re.I),",
                  "    'indemnification': re.compile(r'indemnif|hold harmless', re.I),\n    'termination': re.compile(r'termination (for convenience|without cause)', re.I),"),
             bash("python3 extract_clauses.py contracts clauses.csv",
                  "14 contracts\nindemnification: 14 found, 0 NOT FOUND\ntermination for convenience: 12 found, 2 NOT FOUND (Brightline Cleaning SLA.docx, Halden Facilities Contract.docx)\nnotice period parsed: 12\nwrote clauses.csv",
                  desc="Re-extract with the extra headings"),
             say("Updated. Hold Harmless now counts as indemnification, and Termination Without Cause as "
                 "termination for convenience:\n\n- Indemnification: **14/14**\n- Termination for convenience: "
                 "**12/14**. Brightline and Halden have none. I checked both, and each only allows termination "
                 "for breach or insolvency.\n- Pemberton's notice period is 60 days.")),
        turn("Checked Brightline and Halden by hand, you're right. That's everything, thank you.",
             say("You're welcome. `clauses.csv` is in the matter folder, and `extract_clauses.py` is next to it if "
                 "the next batch uses other headings.")),
    ],
)
