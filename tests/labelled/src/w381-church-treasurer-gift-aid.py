LABEL = dict(
    split="heldout13",
    persona="church treasurer totalling Gift Aid donations from the bank export",
    expertise_level=2, work_mode="analysing",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the bank export and the goal (how much each regular giver has given since 6 April, for the Gift Aid claim) and one constraint (only standing orders with GA in the reference); how to match and group the payments is left to the agent, and no check is asked, so level 2. "
               "The result is a table of totals from a CSV: analysing. Nothing fails (the agent handles the encoding by passing it up front), and prompt 2 asks for a second figure without saying whether the first matches, so there is no evidence: neither success nor trouble."),
)

SESSION = dict(
    cwd="/Users/pauline/Documents/St Michaels/Treasurer", start="2026-11-28T19:05:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="",
    turns=[
        turn("I'm the treasurer at our church and I need to do the gift aid claim. The bank statement is downloaded as statement_apr-nov.csv. Can you add up how much each regular giver has given since 6 april? Only the standing orders with GA in the reference, those are the ones who signed the declaration",
             bash("head -5 statement_apr-nov.csv; file statement_apr-nov.csv", "Date,Type,Description,Paid out,Paid in,Balance\n06/04/2026,SO,D HARGREAVES GA014,,20.00,4310.55\n06/04/2026,SO,M & J COOPER GA002,,50.00,4360.55\n07/04/2026,BGC,HALL HIRE BRIDGE CLUB,,45.00,4405.55\n08/04/2026,DD,N POWER,112.40,,4293.15\nstatement_apr-nov.csv: ISO-8859 text, with CRLF line terminators", desc="Look at the statement"),
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('statement_apr-nov.csv', encoding='latin-1', dayfirst=True, parse_dates=['Date'])\nga = df[(df['Type'] == 'SO') & df['Description'].str.contains(r'\\bGA\\d{3}\\b') & (df['Date'] >= '2026-04-06')]\nga = ga.assign(ref=ga['Description'].str.extract(r'(GA\\d{3})'), name=ga['Description'].str.replace(r'\\s*GA\\d{3}', '', regex=True))\nt = ga.groupby(['ref', 'name'])['Paid in'].agg(['count', 'sum']).reset_index()\nprint(t.to_string(index=False))\nprint('TOTAL', round(t['sum'].sum(), 2), 'gift aid at 25%:', round(t['sum'].sum() * 0.25, 2))\nPY",
                  "  ref              name  count    sum\nGA001      R & A BAILEY      8  240.00\nGA002      M & J COOPER      8  400.00\nGA005          S PATEL      8  120.00\nGA007      REV T ASHBY      8  200.00\nGA009       E NWOSU          7  175.00\nGA011      G FRÉMONT         8   80.00\nGA014     D HARGREAVES      8  160.00\nGA016       P & L WEST      4  100.00\nTOTAL 1475.0 gift aid at 25%: 368.75", desc="Total GA standing orders since 6 April"),
             say("Standing orders with a GA reference, 6 April to the end of the export:\n\n| ref | giver | payments | total |\n|---|---|---|---|\n| GA001 | R & A Bailey | 8 | £240.00 |\n| GA002 | M & J Cooper | 8 | £400.00 |\n| GA005 | S Patel | 8 | £120.00 |\n| GA007 | Rev T Ashby | 8 | £200.00 |\n| GA009 | E Nwosu | 7 | £175.00 |\n| GA011 | G Frémont | 8 | £80.00 |\n| GA014 | D Hargreaves | 8 | £160.00 |\n| GA016 | P & L West | 4 | £100.00 |\n\nTotal £1,475.00, so a Gift Aid claim of about £368.75. E Nwosu has 7 payments instead of 8 and P & L West started in August, worth checking against your declarations.")),
        turn("ok. can you also do the envelope ones, they're in the spreadsheet envelopes.xlsx",
             bash("python3 -c \"import pandas as pd; x=pd.read_excel('envelopes.xlsx'); print(x.columns.tolist()); print(x.groupby('Envelope no')['Amount'].sum().to_string()); print('TOTAL', x['Amount'].sum())\"",
                  "['Sunday', 'Envelope no', 'Amount']\nEnvelope no\n3      62.00\n4     110.00\n12     45.50\n15     88.00\n21     30.00\nTOTAL 335.5", desc="Sum envelope gifts"),
             say("Envelope gifts in `envelopes.xlsx`, by envelope number: 3 £62.00, 4 £110.00, 12 £45.50, 15 £88.00, 21 £30.00, total £335.50 (Gift Aid £83.88). The sheet has no names, so you'll need your envelope register to match numbers to declarations.")),
    ],
)
