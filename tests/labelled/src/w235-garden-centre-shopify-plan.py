LABEL = dict(
    split="heldout8",
    persona="Manager of a family garden centre, wants to move the plant list from a spreadsheet to an online shop",
    expertise_level=2, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the thing (the plant list in stock.xlsx, Shopify) and the goal (click and collect before spring) with one constraint "
               "(no delivery of plants), but no steps or checks: level 2. The session ends in a task breakdown written with TodoWrite and no change "
               "to anything: planning. Nothing fails and 'ok that makes sense, ill talk to my brother about the photos' is no confirmation of a "
               "result: neither."),
)

SESSION = dict(
    cwd="/Users/karen/Documents/GardenCentre", start="2026-11-27T19:45:00Z", model="claude-sonnet-4-6", version="2.1.248",
    turns=[
        turn("we want to start selling online through shopify before spring, click and collect only (we dont deliver plants). our plant list is in stock.xlsx. "
             "what would we need to do, step by step? i dont really know where to start",
             bash("python3 -c \"import openpyxl; ws=openpyxl.load_workbook('stock.xlsx').active; print(ws.max_row); [print(r) for r in ws.iter_rows(max_row=4, values_only=True)]\"",
                  "1187\n('Code', 'Plant', 'Pot', 'Price', 'Qty', 'Supplier', 'Notes')\n('HB001', 'Lavender Hidcote', '2L', 7.99, 34, 'Hillier', None)\n"
                  "('HB002', 'Rosemary', '1L', 4.5, 12, 'Hillier', 'x')\n('SH114', 'Hydrangea Annabelle', '5L', 19.99, 6, 'Johnsons', 'needs photo')", desc="Look at the stock list"),
             todo([("Open a Shopify Basic plan and choose a theme", "pending"),
                   ("Set up Local pickup only (turn off shipping) with your opening hours", "pending"),
                   ("Clean stock.xlsx: one row per plant and pot size, remove the 'x' rows", "pending"),
                   ("Convert the list to Shopify's product CSV (Title, Variant = pot size, Price, Inventory)", "pending"),
                   ("Take photos of the top 100 sellers first; others can go live later", "pending"),
                   ("Import, check 10 products by hand, then open the shop", "pending"),
                   ("Decide how till sales update the online stock (daily manual update or Shopify POS)", "pending")]),
             say("Your list has about 1,186 plants with code, pot size, price and quantity, which is a good start. I've put the steps in order above. The two things "
                 "that take longest are usually the photos and keeping stock counts in step with the till – for the second, Shopify POS on a tablet at the till "
                 "avoids selling a plant online that just went out the door. I can do the conversion to Shopify's CSV whenever you're ready.")),
        turn("ok that makes sense, ill talk to my brother about the photos",
             say("Sounds good. When you've got the photos sorted, come back and we can do the CSV step.")),
    ],
)
