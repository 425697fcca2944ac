LABEL = dict(
    split="heldout3",
    persona="Freelance bookkeeper for three small shops, comfortable in Excel, never used a terminal before",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file and the goal (VAT owed for the quarter) but nothing about which columns or "
               "rates count or what 'owe' includes; the agent fills the gap by pointing out that input VAT on purchases is "
               "missing, which the user had forgotten ('oh yes sorry i forgot about that'): level 2. Figures computed from a CSV export: analysing. Nothing failed; "
               "prompt 3 ('same as what i got by hand, brilliant') confirms the totals: verified."),
)

SESSION = dict(
    cwd="/Users/maggie/Documents/clients/harbour-deli", start="2026-06-02T09:12:00Z", model="claude-sonnet-4-6", version="2.1.258",
    turns=[
        turn("hi, i have the sales export from the deli's till for april to june (sales_q2.csv) can you work out how "
             "much vat they owe for the quarter",
             bash("head -5 sales_q2.csv; wc -l sales_q2.csv",
                  "date,item,category,net,vat_rate,vat,gross\n2026-04-01,Sourdough loaf,bakery,3.50,0,0.00,3.50\n"
                  "2026-04-01,Flat white,hot drinks,2.75,20,0.55,3.30\n2026-04-01,Ham & cheese toastie,hot food,4.58,20,0.92,5.50\n"
                  "2026-04-01,Olive oil 500ml,grocery,6.00,0,0.00,6.00\n18422 sales_q2.csv", desc="Look at the export"),
             bash("python3 -c \"import csv;r=list(csv.DictReader(open('sales_q2.csv')));"
                  "print(round(sum(float(x['vat']) for x in r),2));"
                  "import collections;c=collections.Counter();[c.update({x['vat_rate']:float(x['net'])}) for x in r];print(c)\"",
                  "9863.41\nCounter({'20': 49317.05, '0': 31102.88, '5': 0.0})", desc="Sum the VAT column and net sales per rate"),
             say("Output VAT for April–June comes to **£9,863.41**, from the `vat` column of the till export.\n\n"
                 "Net sales split by rate:\n- standard rate (20%): £49,317.05\n- zero rate (bread, cold groceries): £31,102.88\n\n"
                 "Two things to know: this is the VAT *charged* on sales only. What they actually pay HMRC is this "
                 "minus the VAT on their purchases (input VAT), which isn't in this file. If you have the purchases "
                 "export I can do that side too.")),
        turn("oh yes sorry i forgot about that, purchases are in purchases_q2.csv",
             bash("head -3 purchases_q2.csv; python3 -c \"import csv;r=list(csv.DictReader(open('purchases_q2.csv')));"
                  "print(len(r), round(sum(float(x['VAT']) for x in r),2))\"",
                  "Date,Supplier,Description,Net,VAT,Total\n2026-04-02,Bracken Dairy,Milk & cream,212.40,0.00,212.40\n"
                  "2026-04-03,Coffee Co-op,Beans 6kg,96.00,19.20,115.20\n388 3121.77", desc="Sum input VAT on purchases"),
             say("Input VAT on the 388 purchase lines is **£3,121.77**.\n\n| | £ |\n|---|---|\n| VAT on sales (box 1) | 9,863.41 |\n"
                 "| VAT on purchases (box 4) | 3,121.77 |\n| **VAT to pay (box 5)** | **6,741.64** |\n\nMilk and most food "
                 "purchases carry no VAT, which is why input VAT is low compared with spend.")),
        turn("same as what i got by hand, brilliant. thank you so much",
             say("Glad it matches. If you want, next quarter I can do the same from both files in one go.")),
    ],
)
