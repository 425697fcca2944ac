LABEL = dict(
    split="heldout12",
    persona="food-truck owner counting last month's sales per menu item from a Square export",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (how many of each taco and how much money, for October) and one constraint (leave out the refunded ones), "
               "nothing about how: level 2. The session computes a per-item table from the CSV with pandas: analysing. "
               "No action fails; prompt 2 confirms the result in her own words ('thats right, birria always wins, and the 212 matches the till roll'): verified success."),
)

SESSION = dict(
    cwd="/Users/rosa/Documents/truck", start="2026-11-03T21:12:00Z", model="claude-sonnet-4-6", version="2.1.241",
    turns=[
        turn("i downloaded the items report from square its items-2026-10.csv in this folder. can you tell me how many of each taco i sold in october and how much money each one made. dont count the refunded ones",
             bash("head -5 items-2026-10.csv && wc -l items-2026-10.csv",
                  "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type\n"
                  "2026-10-31,20:41:07,Pacific Time (US & Canada),Tacos,Birria Taco,3,Regular,,Consome,$13.50,$0.00,$13.50,$1.17,tx_9LrQ2,pm_1aa,Truck iPad,,,Payment\n"
                  "2026-10-31,20:38:55,Pacific Time (US & Canada),Drinks,Horchata,1,Large,,,$5.00,$0.00,$5.00,$0.43,tx_9LrQ1,pm_1a9,Truck iPad,,,Payment\n"
                  "2026-10-31,20:30:12,Pacific Time (US & Canada),Tacos,Al Pastor Taco,2,Regular,,,$8.00,$0.00,$8.00,$0.69,tx_9LrPz,pm_1a8,Truck iPad,,,Payment\n"
                  "2026-10-31,20:22:40,Pacific Time (US & Canada),Tacos,Carnitas Taco,-1,Regular,,,-$4.00,$0.00,-$4.00,-$0.35,tx_9LrPx,pm_1a6,Truck iPad,,,Refund\n"
                  "3871 items-2026-10.csv", desc="Look at the export"),
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('items-2026-10.csv')\ndf = df[(df['Event Type'] == 'Payment') & (df['Category'] == 'Tacos')]\nfor c in ['Net Sales']:\n    df[c] = df[c].str.replace('$', '', regex=False).str.replace(',', '', regex=False).astype(float)\nt = df.groupby('Item').agg(sold=('Qty', 'sum'), money=('Net Sales', 'sum')).sort_values('sold', ascending=False)\nprint(t.to_string())\nprint('TOTAL', int(t.sold.sum()), round(t.money.sum(), 2))\nPY",
                  "                     sold    money\nItem                              \nBirria Taco           1184  5328.00\nAl Pastor Taco         902  3608.00\nCarnitas Taco          611  2444.00\nPollo Asado Taco       487  1948.00\nVeggie Taco            212   742.00\nTOTAL 3396 14070.0",
                  desc="Sum tacos per item, payments only"),
             say("Here's October, tacos only, refunds left out (I only counted rows marked \"Payment\"):\n\n| taco | sold | money (net) |\n|---|---|---|\n| Birria | 1,184 | $5,328.00 |\n| Al Pastor | 902 | $3,608.00 |\n| Carnitas | 611 | $2,444.00 |\n| Pollo Asado | 487 | $1,948.00 |\n| Veggie | 212 | $742.00 |\n| **Total** | **3,396** | **$14,070.00** |\n\n\"Money\" is net sales (after discounts, before tax). Want the drinks and sides too?")),
        turn("oh nice. thats right, birria always wins, and the 212 veggie matches the till roll i wrote down. yes do drinks too pls",
             bash("python3 - <<'PY'\nimport pandas as pd\ndf = pd.read_csv('items-2026-10.csv')\ndf = df[(df['Event Type'] == 'Payment') & (df['Category'] == 'Drinks')]\ndf['Net Sales'] = df['Net Sales'].str.replace('$', '', regex=False).str.replace(',', '', regex=False).astype(float)\nt = df.groupby(['Item', 'Price Point Name']).agg(sold=('Qty', 'sum'), money=('Net Sales', 'sum')).sort_values('sold', ascending=False)\nprint(t.to_string())\nPY",
                  "                                sold   money\nItem          Price Point Name              \nHorchata      Large              431  2155.00\nJarritos      Regular            388  1164.00\nHorchata      Small              265   795.00\nAgua Fresca   Large              140   630.00",
                  desc="Drinks per item and size"),
             say("Drinks in October (refunds left out):\n\n| drink | size | sold | money |\n|---|---|---|---|\n| Horchata | Large | 431 | $2,155.00 |\n| Jarritos | Regular | 388 | $1,164.00 |\n| Horchata | Small | 265 | $795.00 |\n| Agua Fresca | Large | 140 | $630.00 |\n\nHorchata is your biggest drink by far – 696 cups across both sizes.")),
    ],
)
