LABEL = dict(
    split="heldout3",
    persona="Controller (CPA) at a construction subcontractor, reconciles the AP subledger every month-end",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names both files, the control total (AP 2000 on the trial balance), the matching rule (vendor "
               "and invoice number, amounts to the cent) and the deliverable in sentences (a list of differences by vendor "
               "with the reason, then a tie-out line); prompt 2 corrects the agent with a domain fact (retainage payable "
               "sits in 2010, so those lines are not differences): level 4. Figures from two CSV exports: analysing. No "
               "failures; prompt 3 ('ties out now, that's what I'll book') confirms: verified."),
)

SESSION = dict(
    cwd="/Users/lmarsh/Close/2026-05", start="2026-06-03T17:10:00Z", model="claude-opus-4-7", version="2.1.258",
    turns=[
        turn("May close. ap_aging_0531.csv is the AP aging from the subledger and tb_0531.csv is the trial balance. The aging "
             "total should equal account 2000 Accounts Payable on the TB and it's off. Match the open items to the GL detail in "
             "gl_2000_may.csv on vendor ID and invoice number, amounts to the cent. Give me every difference grouped by vendor "
             "with what you think caused it, and finish with a tie-out: aging total, adjustments, TB balance.",
             bash("python3 - <<'PY'\nimport pandas as pd\na = pd.read_csv('ap_aging_0531.csv'); tb = pd.read_csv('tb_0531.csv'); g = pd.read_csv('gl_2000_may.csv')\n"
                  "print(round(a.open_amount.sum(),2), float(tb.loc[tb.account==2000,'balance'].iloc[0]))\n"
                  "m = a.merge(g.groupby(['vendor_id','invoice_no'],as_index=False).amount.sum(), on=['vendor_id','invoice_no'], how='outer', indicator=True)\n"
                  "m['diff'] = m.open_amount.fillna(0) - m.amount.fillna(0)\nprint(m[m['diff'].abs()>0.004][['vendor_id','vendor_name','invoice_no','open_amount','amount','_merge']].to_string(index=False))\nPY",
                  "1284611.37 1318976.12\n vendor_id       vendor_name invoice_no  open_amount     amount     _merge\n    V0142  Keystone Rebar Co     KR-8812     41200.00        NaN  left_only\n"
                  "    V0142  Keystone Rebar Co   RET-KR-05          NaN   18340.50 right_only\n    V0207 Apex Crane Rental      AC-2291          NaN   52810.00 right_only\n"
                  "    V0311   Tri-County Ready      TC-1044      9875.25    9857.25       both\n    V0388 Harlan Electrical  RET-HE-04          NaN    5420.25 right_only", desc="Totals and unmatched items"),
             say("Aging total **$1,284,611.37** vs TB 2000 **$1,318,976.12**: the TB is higher by **$34,364.75**.\n\nDifferences by vendor:\n\n"
                 "- **Keystone Rebar (V0142)**: invoice KR-8812, $41,200.00, is open in the aging but not in GL 2000 (entered in the subledger, not posted?). "
                 "GL has RET-KR-05, $18,340.50, not in the aging.\n- **Apex Crane (V0207)**: AC-2291, $52,810.00, is in the GL only: probably posted by a manual journal entry, bypassing AP.\n"
                 "- **Tri-County Ready Mix (V0311)**: TC-1044 is $9,875.25 in the aging and $9,857.25 in the GL, a **$18.00 transposition**.\n"
                 "- **Harlan Electrical (V0388)**: RET-HE-04, $5,420.25, GL only.\n\nTie-out:\n\n| | $ |\n|---|---|\n| aging | 1,284,611.37 |\n"
                 "| − KR-8812 not posted | −41,200.00 |\n| + AC-2291 manual JE | +52,810.00 |\n| + retainage lines (2) | +23,760.75 |\n| + TC-1044 transposition | +18.00 |\n"
                 "| = | 1,320,000.12 |\n\nThat is $1,024.00 more than the TB, so something is still unexplained.")),
        turn("The RET- lines are retainage. Retainage payable is its own account, 2010, and the aging excludes it on purpose, so "
             "those aren't differences, they're misposted to 2000. Also you've got the transposition sign backwards. Redo the tie-out",
             bash("python3 - <<'PY'\nimport pandas as pd\ng = pd.read_csv('gl_2000_may.csv')\nprint(g[g.invoice_no.str.startswith('RET-')][['je_id','date','vendor_id','invoice_no','amount','source']].to_string(index=False))\n"
                  "print(g[(g.vendor_id=='V0207')][['je_id','date','invoice_no','amount','source','memo']].to_string(index=False))\nPY",
                  "  je_id       date vendor_id invoice_no   amount source\nJE-5531 2026-05-29     V0142  RET-KR-05 18340.50  manual\nJE-5532 2026-05-29     V0388  RET-HE-04  5420.25  manual\n"
                  "  je_id       date invoice_no   amount source                             memo\nJE-5518 2026-05-22    AC-2291 52810.00 manual crane May - accrual, invoice not rec'd", desc="Source of the GL-only lines"),
             say("Right, both retainage lines came in through manual entries JE-5531 and JE-5532 on 29 May, coded to 2000 "
                 "instead of 2010, so they're reclasses to 2010, not differences between AP and the GL. And you're right about the "
                 "transposition: the GL is $18.00 *lower* than the aging, so it comes off. Corrected tie-out:\n\n"
                 "| | $ |\n|---|---|\n| aging total | 1,284,611.37 |\n| − KR-8812 entered in AP, not posted to GL | −41,200.00 |\n"
                 "| + AC-2291 accrual JE-5518 (not in AP) | +52,810.00 |\n| − TC-1044 transposition (GL $18 lower) | −18.00 |\n"
                 "| + retainage misposted to 2000 (JE-5531, JE-5532) | +23,760.75 |\n| = | **1,319,964.12** |\n\n"
                 "Against TB $1,318,976.12 that's still $988.00 apart, so I'm not done; let me look for the rest."),
             bash("python3 - <<'PY'\nimport pandas as pd\ng = pd.read_csv('gl_2000_may.csv')\nprint(g[(g.amount.abs().round(2)==988.00)|(g.memo.str.contains('void|reversal', case=False, na=False))][['je_id','vendor_id','invoice_no','amount','memo']].to_string(index=False))\nPY",
                  "  je_id vendor_id invoice_no  amount                         memo\nJE-5540     V0311    TC-1039 -988.00 void chk 40712 - reversal of payment", desc="Look for the remaining $988"),
             say("Found it: JE-5540 reverses a voided check (40712) to Tri-County, −$988.00, in the GL, while the aging still "
                 "shows TC-1039 as paid. Final tie-out:\n\n| | $ |\n|---|---|\n| aging total | 1,284,611.37 |\n| − KR-8812 not posted | −41,200.00 |\n"
                 "| + AC-2291 accrual (JE-5518) | +52,810.00 |\n| − TC-1044 transposition | −18.00 |\n| − voided check 40712 not reopened in AP (JE-5540) | −988.00 |\n"
                 "| + retainage misposted to 2000 (JE-5531/5532) | +23,760.75 |\n| **= TB 2000** | **1,318,976.12** ✓ |\n\nEntries to book: reclass $23,760.75 from 2000 to 2010; "
                 "post KR-8812; fix TC-1044 to $9,875.25; reopen TC-1039 in AP.")),
        turn("ties out now, that's what I'll book. thanks", say("Good. The reclass and the TC-1039 reopen are the ones to do before the May TB is final.")),
    ],
)
