LABEL = dict(
    split="heldout11",
    persona="VAT tax adviser reconciling a client's sales ledger to a filed VAT return",
    expertise_level=4, work_mode="analysing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 gives the mapping of each tax rate to the return's boxes, the outside-scope rule, the comparison file and the acceptance threshold (any box differing by more than £1); prompt 2 corrects the agent with a domain fact (credit notes come through as ACCRECCREDIT and must be netted): level 4, not 5, as no failure modes or verification of her own design are set up front. "
               "Box figures are computed from a ledger and compared: analysing. The first run fails (UnicodeDecodeError): trouble; prompt 3 reports the result still wrong ('still out, box 6 £310') and stops the work: unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/rpatel/clients/ferncliffe-ltd/vat", start="2027-01-29T13:25:00Z", model="claude-sonnet-4-6", version="2.1.252", branch="",
    turns=[
        turn("sales_ledger_q3.csv is Ferncliffe's Xero export for Jul–Sep 2026. Map to VAT return boxes: 20% standard → box 1 (the VAT) and box 6 (net); 5% reduced the same; zero-rated and exempt → box 6 net only; 'No VAT' lines are outside scope, leave them out; EC goods (zero-rated EC goods) → box 6 and box 8. "
             "Then compare with the return they filed (return_q3.json) and list any box that differs by more than £1.",
             bash("head -4 sales_ledger_q3.csv; python3 -c \"import json; print(json.load(open('return_q3.json')))\"",
                  "Date,Type,Reference,Contact,Description,Net,Tax,Tax Rate Name\n01/07/2026,ACCREC,INV-4410,Harlow Joinery,Oak worktops,4200.00,840.00,20% (VAT on Income)\n02/07/2026,ACCREC,INV-4411,Bäckerei Moll GmbH,Beech blanks,2860.00,0.00,Zero Rated EC Goods Income\n03/07/2026,ACCREC,INV-4412,St Anne's Hospice,Donated offcuts,0.00,0.00,No VAT\n{'box1': 41286.4, 'box2': 0.0, 'box3': 41286.4, 'box6': 231905.0, 'box8': 18740.0, 'box9': 0.0}",
                  desc="Look at the ledger and the filed return"),
             write("/Users/rpatel/clients/ferncliffe-ltd/vat/vat_boxes.py",
                   "import csv\nimport json\n\nSTANDARD = {'20% (VAT on Income)', '5% (VAT on Income)'}\nNET_ONLY = {'Zero Rated Income', 'Exempt Income'}\nEC_GOODS = {'Zero Rated EC Goods Income'}\nOUTSIDE = {'No VAT'}\n\nbox = {'box1': 0.0, 'box6': 0.0, 'box8': 0.0}\nunknown = set()\nwith open('sales_ledger_q3.csv', newline='') as f:\n    for r in csv.DictReader(f):\n        if r['Type'] != 'ACCREC':\n            continue\n        rate, net, tax = r['Tax Rate Name'], float(r['Net']), float(r['Tax'])\n        if rate in STANDARD:\n            box['box1'] += tax; box['box6'] += net\n        elif rate in NET_ONLY:\n            box['box6'] += net\n        elif rate in EC_GOODS:\n            box['box6'] += net; box['box8'] += net\n        elif rate not in OUTSIDE:\n            unknown.add(rate)\n\nfiled = json.load(open('return_q3.json'))\nfor k, v in box.items():\n    d = round(v - filed[k], 2)\n    print(f'{k}: ledger {v:,.2f}  filed {filed[k]:,.2f}  diff {d:+,.2f}' + ('  <<' if abs(d) > 1 else ''))\nif unknown:\n    print('unmapped rates:', sorted(unknown))\n"),
             bash("python3 vat_boxes.py",
                  "Traceback (most recent call last):\n  File \"/Users/rpatel/clients/ferncliffe-ltd/vat/vat_boxes.py\", line 13, in <module>\n    for r in csv.DictReader(f):\n  File \"<frozen codecs>\", line 322, in decode\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 2211: invalid continuation byte",
                  code=1, desc="Compute the boxes from the ledger"),
             edit("/Users/rpatel/clients/ferncliffe-ltd/vat/vat_boxes.py",
                  "with open('sales_ledger_q3.csv', newline='') as f:",
                  "with open('sales_ledger_q3.csv', newline='', encoding='cp1252') as f:"),
             bash("python3 vat_boxes.py",
                  "box1: ledger 41,286.40  filed 41,286.40  diff +0.00\nbox6: ledger 233,145.00  filed 231,905.00  diff +1,240.00  <<\nbox8: ledger 18,740.00  filed 18,740.00  diff +0.00",
                  desc="Compute the boxes from the ledger"),
             say("Box 1 and box 8 agree with the filed return to the penny. **Box 6 differs by £1,240.00**: the ledger gives £233,145.00 against £231,905.00 filed, i.e. the return shows less net sales than the ledger.\n\n"
                 "(The export is Windows-1252 encoded, not UTF-8, because of the German customer name; the first run failed on that.) All tax rate names in the file were mapped; nothing unmapped.")),
        turn("The £1,240 will be the September credit note — credit notes come through with Type ACCRECCREDIT and you're skipping everything that isn't ACCREC. Include them, netted off (they're exported as positive amounts).",
             grep("ACCRECCREDIT", path="sales_ledger_q3.csv", content="147:19/08/2026,ACCRECCREDIT,CN-0086,Tamsin Gray Interiors,Price adjustment,310.00,0.00,Zero Rated Income\n211:28/09/2026,ACCRECCREDIT,CN-0087,Harlow Joinery,Returned worktop (damaged),1240.00,248.00,20% (VAT on Income)"),
             edit("/Users/rpatel/clients/ferncliffe-ltd/vat/vat_boxes.py",
                  "        if r['Type'] != 'ACCREC':\n            continue\n        rate, net, tax = r['Tax Rate Name'], float(r['Net']), float(r['Tax'])",
                  "        if r['Type'] not in ('ACCREC', 'ACCRECCREDIT'):\n            continue\n        sign = -1 if r['Type'] == 'ACCRECCREDIT' else 1\n        rate, net, tax = r['Tax Rate Name'], sign * float(r['Net']), sign * float(r['Tax'])"),
             bash("python3 vat_boxes.py",
                  "box1: ledger 41,038.40  filed 41,286.40  diff -248.00  <<\nbox6: ledger 231,595.00  filed 231,905.00  diff -310.00  <<\nbox8: ledger 18,740.00  filed 18,740.00  diff +0.00",
                  desc="Recompute with credit notes netted off"),
             say("There are two credit notes in the quarter: CN-0087 (Harlow Joinery, £1,240 net + £248 VAT at 20%) and CN-0086 (Tamsin Gray Interiors, £310 zero-rated). Netting both off:\n\n"
                 "- **box 1**: £41,038.40 vs £41,286.40 filed, **−£248.00**: the return's box 1 does *not* reflect CN-0087's VAT.\n- **box 6**: £231,595.00 vs £231,905.00 filed, **−£310.00**: the return nets off CN-0087 but not CN-0086.\n- box 8: agrees.\n\n"
                 "So the £1,240 was CN-0087's net, but it seems it was netted in box 6 only, while its £248 VAT stayed in box 1, and CN-0086 wasn't netted at all.")),
        turn("still out, box 6 £310 and now box 1 too. leave it, I'll go through the ledger by hand against the Xero VAT report",
             say("Understood, I'll leave it there. For your manual check, the two items to look at are CN-0087 (dated 28/09, £1,240 + £248) and CN-0086 (19/08, £310 zero-rated); the script is `vat_boxes.py` if you want to rerun it after any ledger corrections.")),
    ],
)
