LABEL = dict(
    split="heldout8",
    persona="Group financial accountant at a manufacturing group with five subsidiaries, month-end intercompany reconciliation",
    expertise_level=5, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 states the matching rule exactly (pair entity A's IC receivable with B's IC payable per counterparty, in GBP at the month-end closing rate "
               "from rates_nov.csv, tolerance £50), names the likely failure (goods in transit booked by the seller but not the buyer) and the output (a matrix "
               "plus a list of breaks over tolerance with their likely cause); prompt 2 corrects the agent with an exact domain fact (the EUR entity's "
               "management fee is booked at the average rate, so retranslate it at closing): level 5. Figures computed from ledgers: analysing. The first "
               "script run fails on a missing rate (trouble); the last prompt ('ties out now, the only break left is the Lyon transit, which is real') "
               "confirms after the trouble: verified success."),
)

SESSION = dict(
    cwd="/Users/fiona/Finance/Close/2026-11", start="2026-12-01T09:15:00Z", model="claude-opus-4-6", version="2.1.252",
    turns=[
        turn("November intercompany rec. The five entities' IC balances are in ic_balances_nov.csv (entity, counterparty, account 1410 IC receivable / 2410 IC payable, "
             "currency, amount). Rule: for each pair, A's 1410 vs B's 2410 and vice versa, both translated to GBP at the Nov closing rate in rates_nov.csv; break if the "
             "difference is over £50. Most breaks are usually goods in transit (seller has invoiced, buyer hasn't received) – flag a break as likely GIT if the seller's "
             "side is higher. I need a 5x5 matrix of net IC positions and a list of breaks > £50 with the likely cause.",
             bash("head -4 ic_balances_nov.csv rates_nov.csv", "==> ic_balances_nov.csv <==\nentity,counterparty,account,currency,amount\nUK01,FR01,1410,GBP,412880.00\nFR01,UK01,2410,EUR,478310.00\n\n"
                  "==> rates_nov.csv <==\ncurrency,closing,average\nEUR,1.1583,1.1702\nUSD,1.2719,1.2655", desc="Look at the inputs"),
             write("/Users/fiona/Finance/Close/2026-11/ic_rec.py",
                   "import pandas as pd\nb = pd.read_csv('ic_balances_nov.csv')\nr = pd.read_csv('rates_nov.csv').set_index('currency')['closing']\nr['GBP'] = 1.0\n"
                   "b['gbp'] = b.amount / b.currency.map(r)\nrec = b[b.account == 1410].merge(b[b.account == 2410], left_on=['entity', 'counterparty'], right_on=['counterparty', 'entity'], suffixes=('_ar', '_ap'))\n"
                   "rec['diff'] = (rec.gbp_ar - rec.gbp_ap).round(2)\nrec['cause'] = rec['diff'].map(lambda d: 'likely GIT' if d > 50 else ('check' if d < -50 else ''))\n"
                   "print(rec.loc[rec['diff'].abs() > 50, ['entity_ar', 'entity_ap', 'gbp_ar', 'gbp_ap', 'diff', 'cause']].to_string(index=False))\n"
                   "m = b.assign(s=b.gbp.where(b.account == 1410, -b.gbp)).pivot_table(index='entity', columns='counterparty', values='s', aggfunc='sum').round(0)\nprint(m.to_string())\n"),
             bash("python3 ic_rec.py", "Traceback (most recent call last):\n  File \"ic_rec.py\", line 5, in <module>\n    rec = ...\nValueError: 1 rows have currency with no rate: ['PLN']", code=1, desc="Run the reconciliation"),
             say("The PL01 entity reports in PLN, and rates_nov.csv has no PLN rate. What closing rate should I use for PLN?")),
        turn("PLN closing 5.0412, average 5.0780 – add it to the file. and careful, FR01's management fee to UK01 (account 2410 sub 07) is booked at the monthly average rate in "
             "their ledger, so retranslate that line at closing before comparing or you'll get a fake FX break",
             bash("echo 'PLN,5.0412,5.0780' >> rates_nov.csv && grep -n 'FR01,UK01,2410' ic_balances_nov.csv", "3:FR01,UK01,2410,EUR,478310.00\n9:FR01,UK01,2410-07,EUR,36500.00", desc="Add PLN, find the fee line"),
             edit("/Users/fiona/Finance/Close/2026-11/ic_rec.py", "b['gbp'] = b.amount / b.currency.map(r)",
                  "# FR01 books its management fee (2410-07) at the average rate; both sides are compared at closing, so the EUR amount is simply translated at closing here.\n"
                  "b['account'] = b['account'].astype(str).str.split('-').str[0].astype(int)\nb['gbp'] = b.amount / b.currency.map(r)"),
             bash("python3 ic_rec.py", "entity_ar entity_ap    gbp_ar    gbp_ap     diff       cause\n     FR01      UK01  44210.00  40101.77  4108.23  likely GIT\n\n"
                  "counterparty      DE01      FR01       PL01      UK01      US01\nentity\nDE01           NaN   12040.0   -8800.0   95210.0       0.0\nFR01       -12040.0      NaN       0.0   44210.0       0.0\n"
                  "PL01        8800.0       0.0        NaN  -61300.0       0.0\nUK01      -95210.0 -40102.0   61300.0       NaN   18020.0\nUS01           0.0       0.0        0.0  -18020.0       NaN", desc="Run the reconciliation again"),
             say("With PLN added and the fee line retranslated at closing, one break over £50 remains: **FR01 → UK01, £4,108.23**, seller side higher, so likely goods in transit "
                 "(FR01 has invoiced, UK01 hasn't booked the receipt). The matrix above nets to zero everywhere else.")),
        turn("ties out now, the only break left is the Lyon transit, which is real – GRN went in on 2 Dec. thanks",
             say("Good. For the consolidation journal that's a GIT adjustment of £4,108.23 on the UK01 side (Dr inventory in transit, Cr IC payable).")),
    ],
)
