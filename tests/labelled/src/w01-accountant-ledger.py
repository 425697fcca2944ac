LABEL = dict(
    split="dev",
    persona="Management accountant at a small UK charity, reconciling March's bank account; uses spreadsheets daily, not a programmer",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 fixes the matching rule in prose (amount and value date within three business days, "
               "card fees netted per day) and the acceptance check (unmatched totals must equal the closing-balance "
               "difference); prompt 2 is a domain correction of the agent (refunds appear as negative debits). "
               "Trouble: the first script run fails on the BOM-prefixed header (Exit code 1). "
               "Evidence after it: prompt 3 confirms the result ties out to the penny, so verified and not abandoned."),
)

LEDGER = """Date,Reference,Description,Debit,Credit,Balance
01/03/2026,JNL0301,Opening balance,,,48210.55
02/03/2026,INV-2231,Grant - Hartley Trust,,12500.00,60710.55
03/03/2026,PO-7781,Office supplies - Viking,214.80,,60495.75
03/03/2026,CARD,Card fee,0.50,,60495.25
..."""

STATEMENT = """\ufeffValue Date,Transaction Type,Description,Paid Out,Paid In,Balance
04/03/2026,BGC,HARTLEY TRUST GRANT,,12500.00,60710.55
05/03/2026,DEB,VIKING DIRECT,214.80,,60495.75
05/03/2026,FEE,CARD FEES 3 ITEMS,1.50,,60494.25
..."""

SESSION = dict(
    cwd="/Users/rachel.okafor/Documents/finance/recs-2026", start="2026-04-06T08:41:12Z",
    model="claude-sonnet-4-6", version="2.1.214",
    turns=[
        turn("I need to reconcile ledger_march.csv (our nominal ledger export for the current account) against "
             "statement_march.csv, which is the bank's export for the same month. Match each ledger line to a bank "
             "line on the amount and the value date, allowing up to three business days between them because "
             "cheques and BACS take time to clear. The bank lumps the 50p card fees into one line per day, so "
             "treat all the ledger card fees for a given day as one item before matching. What I want back is two "
             "lists, items in the ledger with no bank match and bank items with no ledger match, each with a "
             "total, and the difference between those totals should equal the difference between the two "
             "closing balances. If it doesn't, tell me rather than forcing it.",
             par(read("/Users/rachel.okafor/Documents/finance/recs-2026/ledger_march.csv", LEDGER),
                 read("/Users/rachel.okafor/Documents/finance/recs-2026/statement_march.csv", STATEMENT),
                 pre="I'll start by looking at both files to understand their layouts."),
             write("/Users/rachel.okafor/Documents/finance/recs-2026/reconcile.py",
                   "import csv, datetime as dt\nfrom collections import defaultdict\n\n"
                   "def business_days_between(a, b):\n    ...\n\n"
                   "def load_ledger(path):\n    with open(path, newline='') as f:\n        return list(csv.DictReader(f))\n\n"
                   "def load_bank(path):\n    with open(path, newline='') as f:\n        return list(csv.DictReader(f))\n\n"
                   "# group card fees per day, then match on (amount, date +/- 3 business days)\n",
                   pre="The layouts differ (Debit/Credit vs Paid Out/Paid In) and the bank groups card fees per day. "
                       "I'll write a small script so the matching is repeatable."),
             bash("python3 reconcile.py ledger_march.csv statement_march.csv",
                  "Traceback (most recent call last):\n  File \"reconcile.py\", line 41, in <module>\n    "
                  "d = parse_date(row['Value Date'])\nKeyError: 'Value Date'", code=1, desc="Run the reconciliation"),
             edit("/Users/rachel.okafor/Documents/finance/recs-2026/reconcile.py",
                  "    with open(path, newline='') as f:\n        return list(csv.DictReader(f))\n\n# group",
                  "    with open(path, newline='', encoding='utf-8-sig') as f:\n        return list(csv.DictReader(f))\n\n# group",
                  pre="The bank file starts with a byte-order mark, so the first header is read as '\\ufeffValue Date'. "
                      "Opening it with utf-8-sig fixes that."),
             bash("python3 reconcile.py ledger_march.csv statement_march.csv",
                  "Ledger lines: 212  Bank lines: 188  Card-fee days grouped: 19\nMatched: 181\n\n"
                  "UNMATCHED LEDGER (6)  total 1,934.10\n  14/03 CHQ 100442 Parish hall hire 350.00\n  28/03 BACS Sunrise Catering 1,212.40\n  ...\n"
                  "UNMATCHED BANK (3)  total -262.75\n  12/03 DEB AMAZON MKTPL -42.75 (negative Paid Out)\n  19/03 DEB RTN VIKING -214.80\n  ...\n"
                  "Closing balances: ledger 51,906.22 bank 53,577.57 difference 1,671.35\n"
                  "Unmatched difference: 2,196.85  -> DOES NOT AGREE (off by 525.50)",
                  desc="Run the reconciliation again"),
             say("The script now runs. 181 of 188 bank lines matched. The unmatched totals don't agree with the "
                 "closing-balance difference: they're out by £525.50, so I haven't forced anything.\n\n"
                 "**Unmatched in the ledger (6, £1,934.10):** the cheque to the parish hall (£350.00) and the BACS "
                 "to Sunrise Catering (£1,212.40) both fall on 28–31 March and probably just hadn't cleared by the "
                 "statement date. The other four are listed in the output.\n\n**Unmatched at the bank (3):** two "
                 "of them show up as *negative* amounts in the Paid Out column (-£42.75 Amazon, -£214.80 Viking). "
                 "I counted those as payments, which could be what's causing the gap.\n\nWant me to look into the "
                 "negative bank lines?")),
        turn("Those negative Paid Out lines are refunds. That's how this bank shows them, as negative debits "
             "rather than credits. Treat them as money in and match them against the credit notes in the ledger "
             "(they're the CN- references), then rerun.",
             edit("/Users/rachel.okafor/Documents/finance/recs-2026/reconcile.py",
                  "def load_bank(path):",
                  "def bank_amount(row):\n    # refunds arrive as negative Paid Out: they are money in\n    out = float(row['Paid Out'] or 0)\n    if out < 0:\n        return -out\n    return float(row['Paid In'] or 0) - out\n\n\ndef load_bank(path):",
                  pre="Understood. I'll treat negative Paid Out as money in and match them to the CN- credit notes."),
             bash("python3 reconcile.py ledger_march.csv statement_march.csv",
                  "Matched: 186\n\nUNMATCHED LEDGER (4)  total 1,671.35\n  14/03 CHQ 100442 Parish hall hire 350.00\n"
                  "  28/03 BACS Sunrise Catering 1,212.40\n  31/03 CHQ 100447 Petty cash top-up 100.00\n  31/03 DD Zen Internet 8.95\n"
                  "UNMATCHED BANK (0)  total 0.00\nClosing balances: ledger 51,906.22 bank 53,577.57 difference 1,671.35\n"
                  "Unmatched difference: 1,671.35  -> AGREES", desc="Rerun with refunds as money in"),
             write("/Users/rachel.okafor/Documents/finance/recs-2026/reconciliation_march.csv",
                   "side,date,reference,description,amount\nledger,14/03/2026,CHQ 100442,Parish hall hire,350.00\n"
                   "ledger,28/03/2026,BACS,Sunrise Catering,1212.40\nledger,31/03/2026,CHQ 100447,Petty cash top-up,100.00\n"
                   "ledger,31/03/2026,DD,Zen Internet,8.95\n"),
             say("With refunds treated as money in, both credit notes (CN-0412 and CN-0415) now match, and the "
                 "reconciliation agrees:\n\n| | amount |\n|---|---|\n| Bank closing balance | £53,577.57 |\n"
                 "| Ledger closing balance | £51,906.22 |\n| Difference | £1,671.35 |\n"
                 "| Unmatched ledger items (4) | £1,671.35 |\n| Unmatched bank items | £0.00 |\n\n"
                 "The four outstanding items are two uncleared cheques, the Sunrise Catering BACS sent on the "
                 "28th, and the Zen Internet direct debit dated the 31st. All are timing differences. I've "
                 "saved them to reconciliation_march.csv for your working papers.")),
        turn("That ties out to the penny now, thank you. Leave the script where it is, I'll reuse it for April.",
             say("Will do. reconcile.py and reconciliation_march.csv stay in recs-2026. For April, run "
                 "`python3 reconcile.py ledger_april.csv statement_april.csv`, and it will apply the same rules "
                 "(three business days, card fees grouped per day, negative Paid Out treated as refunds).")),
    ],
)
