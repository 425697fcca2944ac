LABEL = dict(
    split="heldout2",
    persona="Local news reporter on the data desk, uses spreadsheets and a bit of Python",
    expertise_level=3, work_mode="analysing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file, the question (top 10 suppliers by spend), a second measure (money through "
               "single-tender contracts) and the use (a table for a story), leaving units, method and cleaning to the "
               "agent; prompt 2 points at a problem in general terms (the same company twice?) and leaves the fix to "
               "the agent; later "
               "prompts add a breakdown, a column and a CSV export: level 3. Figures computed from a CSV, so analysing. "
               "Nothing failed; the follow-ups move on without saying the figures are right, and there is no test or "
               "commit: neither."),
)

SESSION = dict(
    cwd="/Users/rhys/stories/council-spend", start="2026-05-19T11:20:00Z", model="claude-sonnet-4-6", version="2.1.251",
    turns=[
        turn("I've got the council's spending over £500 file for 2025 (council_spending_2025.csv). Which 10 suppliers "
             "got the most money, and how much of that went through contracts marked single tender? I need a "
             "table I can paste into a story.",
             bash("head -3 council_spending_2025.csv && wc -l council_spending_2025.csv",
                  "Date,Department,Supplier,Amount,Expense Type,Procurement Route\n2025-01-03,Highways,Ashdown Surfacing Ltd,48211.50,Road maintenance,Competitive tender\n"
                  "2025-01-03,Adult Social Care,Brightwell Care Limited,112400.00,Residential care,Single tender\n41873 council_spending_2025.csv",
                  desc="Look at the file"),
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('council_spending_2025.csv')\ndf['single'] = df['Procurement Route'].str.strip().str.lower().eq('single tender')\n"
                  "g = df.groupby('Supplier').agg(total=('Amount','sum'), single=('Amount', lambda s: s[df.loc[s.index,'single']].sum()))\n"
                  "g = g.sort_values('total', ascending=False).head(10)\ng['single_pct'] = (100*g.single/g.total).round(0)\nprint((g[['total','single']]/1e6).round(1).join(g.single_pct))\nPY",
                  "                              total  single  single_pct\nSupplier                                                \nBrightwell Care Limited        14.2     9.8        69.0\n"
                  "Ashdown Surfacing Ltd          11.7     0.0         0.0\nKestrel Facilities Management   9.3     2.1        23.0\nBrightwell Care Ltd             6.4     4.9        77.0\n"
                  "Northgate Waste Services        6.1     0.0         0.0\nMarlow IT Solutions             4.8     4.8       100.0\nHollis & Young LLP              3.9     3.9       100.0\n"
                  "Ashdown Surfacing Limited       3.1     0.0         0.0\nRiverside Transport            2.7     0.4        15.0\nPennant Housing Association     2.5     0.0         0.0",
                  desc="Top 10 suppliers by total spend, with single-tender share"),
             say("Top 10 suppliers by spend in 2025:\n\n| supplier | total (£m) | single tender (£m) | single tender share |\n|---|---|---|---|\n"
                 "| Brightwell Care Limited | 14.2 | 9.8 | 69% |\n| Ashdown Surfacing Ltd | 11.7 | 0.0 | 0% |\n| Kestrel Facilities Management | 9.3 | 2.1 | 23% |\n"
                 "| Brightwell Care Ltd | 6.4 | 4.9 | 77% |\n| Northgate Waste Services | 6.1 | 0.0 | 0% |\n| Marlow IT Solutions | 4.8 | 4.8 | 100% |\n"
                 "| Hollis & Young LLP | 3.9 | 3.9 | 100% |\n| Ashdown Surfacing Limited | 3.1 | 0.0 | 0% |\n| Riverside Transport | 2.7 | 0.4 | 15% |\n"
                 "| Pennant Housing Association | 2.5 | 0.0 | 0% |\n\nMarlow IT and the law firm Hollis & Young received all of "
                 "their money without competition.")),
        turn("hang on, some of these look like the same company twice (Brightwell, Ashdown)? can you sort that out "
             "and redo it",
             bash("python3 - <<'PY'\nimport pandas as pd, re\ndf = pd.read_csv('council_spending_2025.csv')\n"
                  "df['Supplier'] = df['Supplier'].str.strip().str.replace(r'\\s+(Ltd\\.?|Limited)$', ' Ltd', regex=True, flags=re.I)\n"
                  "df['single'] = df['Procurement Route'].str.strip().str.lower().eq('single tender')\n"
                  "g = df.groupby('Supplier').agg(total=('Amount','sum'), single=('Amount', lambda s: s[df.loc[s.index,'single']].sum()))\n"
                  "g = g.sort_values('total', ascending=False).head(10)\ng['single_pct'] = (100*g.single/g.total).round(0)\nprint((g[['total','single']]/1e6).round(1).join(g.single_pct))\nPY",
                  "                              total  single  single_pct\nSupplier                                                \nBrightwell Care Ltd            20.6    14.7        71.0\n"
                  "Ashdown Surfacing Ltd          14.8     0.0         0.0\nKestrel Facilities Management   9.3     2.1        23.0\nNorthgate Waste Services        6.1     0.0         0.0\n"
                  "Marlow IT Solutions             4.8     4.8       100.0\nHollis & Young LLP              3.9     3.9       100.0\nRiverside Transport            2.7     0.4        15.0\n"
                  "Pennant Housing Association     2.5     0.0         0.0\nGreyfriars Catering Ltd         2.2     1.6        73.0\nCobb & Daughters Ltd            1.9     0.0         0.0",
                  desc="Merge Ltd/Limited variants and redo the top 10"),
             say("Merged (every \"Limited\"/\"Ltd.\" suffix is now \"Ltd\"):\n\n| supplier | total (£m) | single tender (£m) | single tender share |\n|---|---|---|---|\n"
                 "| Brightwell Care Ltd | 20.6 | 14.7 | 71% |\n| Ashdown Surfacing Ltd | 14.8 | 0.0 | 0% |\n| Kestrel Facilities Management | 9.3 | 2.1 | 23% |\n"
                 "| Northgate Waste Services | 6.1 | 0.0 | 0% |\n| Marlow IT Solutions | 4.8 | 4.8 | 100% |\n| Hollis & Young LLP | 3.9 | 3.9 | 100% |\n"
                 "| Riverside Transport | 2.7 | 0.4 | 15% |\n| Pennant Housing Association | 2.5 | 0.0 | 0% |\n| Greyfriars Catering Ltd | 2.2 | 1.6 | 73% |\n"
                 "| Cobb & Daughters Ltd | 1.9 | 0.0 | 0% |\n\nThe story changes: **Brightwell Care is by far the largest supplier** "
                 "(£20.6m), and £14.7m of that, 71%, was single tender. Two new names enter the top 10 (Greyfriars "
                 "Catering, Cobb & Daughters). Worth checking the file for other spelling variants before publishing.")),
        turn("what is Marlow IT actually paid for? the expense types",
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('council_spending_2025.csv')\nm = df[df.Supplier.str.startswith('Marlow IT')]\n"
                  "print(m.groupby(['Department','Expense Type']).Amount.agg(['count','sum']).sort_values('sum', ascending=False).head(6))\nPY",
                  "                                               count        sum\nDepartment          Expense Type                               \n"
                  "Corporate Services  Software licences             12  2714000.00\nCorporate Services  IT consultancy                31  1388500.00\n"
                  "Adult Social Care   Case management system         4   702300.00",
                  desc="Marlow IT spend by department and expense type"),
             say("Marlow IT's £4.8m breaks down as:\n\n- **£2.71m software licences** (Corporate Services, 12 payments, roughly monthly)\n"
                 "- **£1.39m IT consultancy** (Corporate Services, 31 payments)\n- **£0.70m for a case management system** (Adult Social Care, 4 payments)\n\n"
                 "All of it is marked single tender. Licence renewals for software the council already runs are often "
                 "single-tender legitimately (only the vendor can sell them); the consultancy is the part worth asking about.")),
        turn("ok. can you add a column with the department that spent the most with each supplier",
             bash("python3 - <<'PY'\nimport pandas as pd, re\ndf = pd.read_csv('council_spending_2025.csv')\n"
                  "df['Supplier'] = df['Supplier'].str.strip().str.replace(r'\\s+(Ltd\\.?|Limited)$', ' Ltd', regex=True, flags=re.I)\n"
                  "top = df.groupby('Supplier').Amount.sum().nlargest(10).index\nd = df[df.Supplier.isin(top)].groupby(['Supplier','Department']).Amount.sum().reset_index()\n"
                  "print(d.loc[d.groupby('Supplier').Amount.idxmax()].to_string(index=False))\nPY",
                  "                     Supplier             Department     Amount\n          Ashdown Surfacing Ltd               Highways 14790210.0\n"
                  "            Brightwell Care Ltd      Adult Social Care 20588400.0\n           Cobb & Daughters Ltd       Parks & Open Spaces  1874300.0\n"
                  "        Greyfriars Catering Ltd    Children's Services  2205600.0\n             Hollis & Young LLP           Legal Services  3902000.0\n"
                  "Kestrel Facilities Management     Corporate Services  8911700.0\n            Marlow IT Solutions     Corporate Services  4102500.0\n"
                  "       Northgate Waste Services      Environment  6093300.0\n    Pennant Housing Association               Housing  2498800.0\n"
                  "            Riverside Transport      Children's Services  2140900.0",
                  desc="Main department per top-10 supplier"),
             say("| supplier | total (£m) | single tender (£m) | single tender share | main department |\n|---|---|---|---|---|\n"
                 "| Brightwell Care Ltd | 20.6 | 14.7 | 71% | Adult Social Care |\n| Ashdown Surfacing Ltd | 14.8 | 0.0 | 0% | Highways |\n"
                 "| Kestrel Facilities Management | 9.3 | 2.1 | 23% | Corporate Services |\n| Northgate Waste Services | 6.1 | 0.0 | 0% | Environment |\n"
                 "| Marlow IT Solutions | 4.8 | 4.8 | 100% | Corporate Services |\n| Hollis & Young LLP | 3.9 | 3.9 | 100% | Legal Services |\n"
                 "| Riverside Transport | 2.7 | 0.4 | 15% | Children's Services |\n| Pennant Housing Association | 2.5 | 0.0 | 0% | Housing |\n"
                 "| Greyfriars Catering Ltd | 2.2 | 1.6 | 73% | Children's Services |\n| Cobb & Daughters Ltd | 1.9 | 0.0 | 0% | Parks & Open Spaces |")),
        turn("save that as a csv in the folder too please",
             bash("python3 - <<'PY'\nimport pandas as pd\nrows = [('Brightwell Care Ltd',20.6,14.7,71,'Adult Social Care'),('Ashdown Surfacing Ltd',14.8,0.0,0,'Highways'),"
                  "('Kestrel Facilities Management',9.3,2.1,23,'Corporate Services'),('Northgate Waste Services',6.1,0.0,0,'Environment'),('Marlow IT Solutions',4.8,4.8,100,'Corporate Services'),"
                  "('Hollis & Young LLP',3.9,3.9,100,'Legal Services'),('Riverside Transport',2.7,0.4,15,\"Children's Services\"),('Pennant Housing Association',2.5,0.0,0,'Housing'),"
                  "('Greyfriars Catering Ltd',2.2,1.6,73,\"Children's Services\"),('Cobb & Daughters Ltd',1.9,0.0,0,'Parks & Open Spaces')]\n"
                  "pd.DataFrame(rows, columns=['Supplier','Total £m','Single tender £m','Single tender %','Main department']).to_csv('top10_suppliers_2025.csv', index=False)\nPY\nwc -l top10_suppliers_2025.csv",
                  "11 top10_suppliers_2025.csv", desc="Save the table as CSV"),
             say("Saved as `top10_suppliers_2025.csv` (header plus 10 rows) in the story folder.")),
    ],
)
