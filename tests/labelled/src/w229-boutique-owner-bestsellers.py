LABEL = dict(
    split="heldout8",
    persona="Owner of a small clothing boutique, exports sales from her till system",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file (the till export) and the goal (best sellers, for the winter reorder) with one implied constraint "
               "(only this season), leaving columns and method to the agent: level 2. The session produces a ranked table from a CSV: "
               "analysing. No action fails; prompt 2 ('yes thats right, the green cardigan always sells out') states that the result agrees "
               "with what she knows, a confirmation, so verified success."),
)

SESSION = dict(
    cwd="/Users/jess/Documents/shop", start="2026-11-30T09:12:00Z", model="claude-sonnet-4-6", version="2.1.251",
    turns=[
        turn("hi i have sales_export_nov.csv from the till, can you tell me what my best sellers were since september? need to reorder for winter",
             bash("head -5 sales_export_nov.csv && wc -l sales_export_nov.csv",
                  "Date,Receipt,SKU,Description,Size,Qty,Net,VAT,Gross\n01/09/2026,10231,KN-CARD-GRN,Chunky cardigan green,M,1,45.83,9.17,55.00\n"
                  "01/09/2026,10231,SC-WOOL-RED,Wool scarf red,OS,1,15.00,3.00,18.00\n01/09/2026,10232,DR-MIDI-BLK,Midi dress black,10,1,54.17,10.83,65.00\n"
                  "    2318 sales_export_nov.csv", desc="Look at the export"),
             bash("python3 - <<'PY'\nimport csv, collections\nq=collections.Counter(); g=collections.Counter(); d={}\n"
                  "for r in csv.DictReader(open('sales_export_nov.csv')):\n    q[r['SKU']]+=int(r['Qty']); g[r['SKU']]+=float(r['Gross']); d[r['SKU']]=r['Description']\n"
                  "for s,n in q.most_common(10): print(f\"{d[s]:28} {n:4} £{g[s]:8.2f}\")\nPY",
                  "Chunky cardigan green          96 £ 5280.00\nWool scarf red                 81 £ 1458.00\nMidi dress black               64 £ 4160.00\n"
                  "Cord trousers tan              52 £ 2860.00\nBeanie charcoal                49 £  588.00\nChunky cardigan oat            41 £ 2255.00\n"
                  "Silk blouse ivory              38 £ 2470.00\nWool scarf grey                35 £  630.00\nAnkle boots brown              29 £ 3190.00\n"
                  "Midi dress forest              27 £ 1755.00", desc="Top 10 by units"),
             say("Your top 10 since 1 September (by units sold, with takings incl. VAT):\n\n| item | units | takings |\n|---|---|---|\n"
                 "| Chunky cardigan green | 96 | £5,280 |\n| Wool scarf red | 81 | £1,458 |\n| Midi dress black | 64 | £4,160 |\n| Cord trousers tan | 52 | £2,860 |\n"
                 "| Beanie charcoal | 49 | £588 |\n| Chunky cardigan oat | 41 | £2,255 |\n| Silk blouse ivory | 38 | £2,470 |\n| Wool scarf grey | 35 | £630 |\n"
                 "| Ankle boots brown | 29 | £3,190 |\n| Midi dress forest | 27 | £1,755 |\n\nThe green cardigan is well ahead. Want it split by size too, for the reorder?")),
        turn("yes thats right, the green cardigan always sells out. sizes for the cardigans and the dress please",
             bash("python3 - <<'PY'\nimport csv, collections\nc=collections.Counter()\nfor r in csv.DictReader(open('sales_export_nov.csv')):\n"
                  "    if r['SKU'] in ('KN-CARD-GRN','KN-CARD-OAT','DR-MIDI-BLK'): c[(r['Description'],r['Size'])]+=int(r['Qty'])\n"
                  "for k,v in sorted(c.items()): print(*k, v, sep=' | ')\nPY",
                  "Chunky cardigan green | L | 24\nChunky cardigan green | M | 38\nChunky cardigan green | S | 27\nChunky cardigan green | XL | 7\n"
                  "Chunky cardigan oat | L | 11\nChunky cardigan oat | M | 17\nChunky cardigan oat | S | 10\nChunky cardigan oat | XL | 3\n"
                  "Midi dress black | 10 | 19\nMidi dress black | 12 | 21\nMidi dress black | 14 | 13\nMidi dress black | 16 | 6\nMidi dress black | 8 | 5", desc="Split by size"),
             say("By size:\n\n- **Cardigan green**: S 27, M 38, L 24, XL 7\n- **Cardigan oat**: S 10, M 17, L 11, XL 3\n- **Midi dress black**: 8: 5, 10: 19, 12: 21, 14: 13, 16: 6\n\n"
                 "Medium is about 40% of cardigan sales; for the dress, 10 and 12 carry it.")),
    ],
)
