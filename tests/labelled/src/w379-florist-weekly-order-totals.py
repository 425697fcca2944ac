LABEL = dict(
    split="heldout13",
    persona="florist who keeps her orders in an Excel order book",
    expertise_level=2, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the file (orders 2026.xlsx) and the goal (how many of each arrangement for the week before Christmas) with one constraint (only paid orders, 'not the ones marked quote'); the dates only define the goal, she asks for no check and the agent works out the columns and the spelling variants itself, so level 2 (tie-break 3 between 2 and 3). "
               "The session produces counts from a spreadsheet: analysing. No action fails; prompt 2 ('yes thats right 14 wreaths is what I have on the board') confirms the figures, so verified success with no trouble."),
)

SESSION = dict(
    cwd="C:\\Users\\Maggie\\Documents\\shop", start="2026-12-01T08:12:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="",
    turns=[
        turn("hi, my order book is orders 2026.xlsx in this folder. can you tell me how many of each thing I need to make for the week before christmas (15th to 21st dec) so I can order stock from the wholesaler. only the paid ones not the ones marked quote",
             bash("python -c \"import pandas as pd; df=pd.read_excel('orders 2026.xlsx'); print(df.columns.tolist()); print(df.head(8).to_string())\"",
                  "['Date wanted', 'Customer', 'Phone', 'Item', 'Qty', 'Status', 'Notes']\n  Date wanted        Customer        Phone                 Item  Qty Status                 Notes\n0  2026-12-02     Mrs Aldous  07700 900112      Hand tied bouquet    1   Paid            lilies pls\n1  2026-12-03   St Marys Hall  01632 960045        Table centre    6   Paid                   NaN\n2  2026-12-15       J Bristow  07700 900318     Christmas wreath    1   Paid          red ribbon\n3  2026-12-15    K & L Parker  07700 900751    door wreath large    1  Quote                   NaN\n4  2026-12-16       Ms Okafor  07700 900623     Christmas wreath    2   paid                   NaN\n5  2026-12-17    Hall & Sons   01632 960981        Table centre    4   Paid   deliver before 10am\n6  2026-12-18        R Denton  07700 900204  Hand tied bouquet     1   Paid                   NaN\n7  2026-12-19      Mrs Aldous  07700 900112    Christmas Wreath    1   Paid                   NaN",
                  desc="Look at the order book columns"),
             bash("python -c \"import pandas as pd; df=pd.read_excel('orders 2026.xlsx'); df['Status']=df['Status'].str.strip().str.lower(); df['Item']=df['Item'].str.strip().str.lower(); w=df[(df['Date wanted']>='2026-12-15')&(df['Date wanted']<='2026-12-21')&(df['Status']=='paid')]; print(w.groupby('Item')['Qty'].sum().sort_values(ascending=False).to_string()); print('orders:', len(w))\"",
                  "Item\nchristmas wreath         14\ntable centre             10\nhand tied bouquet         7\ndoor wreath large         3\nchristmas door swag       2\nbuttonhole                2\norders: 23",
                  desc="Sum paid quantities for 15-21 Dec"),
             say("For 15–21 December, counting only orders marked Paid (I treated 'paid' and 'Paid' as the same, and 'Christmas Wreath'/'christmas wreath' as the same item):\n\n| item | qty |\n|---|---|\n| Christmas wreath | 14 |\n| Table centre | 10 |\n| Hand tied bouquet | 7 |\n| Door wreath large | 3 |\n| Christmas door swag | 2 |\n| Buttonhole | 2 |\n\nThat's 23 orders. Quotes (e.g. K & L Parker's large door wreath) are left out.")),
        turn("yes thats right 14 wreaths is what I have on the board too. thank you!!",
             say("Great, glad it matches your board. Good luck with the Christmas rush!")),
    ],
)
