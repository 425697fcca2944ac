LABEL = dict(
    split="heldout13",
    persona="florist who wants printable delivery labels",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is a wish ('something that makes the little cards for the delivery van') with no file, format or constraint named, and the agent has to explain how to run a Python script; prompt 2 pastes an error without saying what she ran, so level 1. "
               "The agent writes a new script: building. The first run fails (ModuleNotFoundError: reportlab), which is trouble; after `pip install` the script runs and prompt 3 ('they came out lovely on the sticker sheet') confirms it, so resolved and a verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\Maggie\\Documents\\shop", start="2026-12-03T07:40:00Z", model="claude-sonnet-4-6", version="2.1.251", branch="",
    turns=[
        turn("can you make me something that makes the little cards for the delivery van, with the name and adress on. the orders are in the same spreadsheet as before",
             bash("python -c \"import pandas as pd; print(pd.read_excel('orders 2026.xlsx').columns.tolist())\"",
                  "['Date wanted', 'Customer', 'Phone', 'Item', 'Qty', 'Status', 'Notes', 'Address', 'Deliver']", desc="Check spreadsheet columns"),
             write("C:\\Users\\Maggie\\Documents\\shop\\labels.py",
                   "import sys\nimport pandas as pd\nfrom reportlab.lib.pagesizes import A4\nfrom reportlab.pdfgen import canvas\n\nday = sys.argv[1]  # e.g. 2026-12-15\ndf = pd.read_excel('orders 2026.xlsx')\ndf = df[(df['Date wanted'] == day) & (df['Deliver'].astype(str).str.lower().isin(['yes', 'y']))]\n\nc = canvas.Canvas(f'labels-{day}.pdf', pagesize=A4)\nw, h = A4\ncols, rows = 2, 7\nlw, lh = w / cols, h / rows\nfor i, (_, r) in enumerate(df.iterrows()):\n    if i and i % (cols * rows) == 0:\n        c.showPage()\n    k = i % (cols * rows)\n    x, y = (k % cols) * lw + 20, h - (k // cols + 1) * lh + lh - 30\n    c.setFont('Helvetica-Bold', 12)\n    c.drawString(x, y, str(r['Customer']))\n    c.setFont('Helvetica', 10)\n    for j, line in enumerate(str(r['Address']).split(',')):\n        c.drawString(x, y - 16 - 13 * j, line.strip())\n    c.drawString(x, y - 16 - 13 * 4, f\"{r['Item']} x{r['Qty']}  tel {r['Phone']}\")\nc.save()\nprint(f'{len(df)} labels written to labels-{day}.pdf')\n"),
             bash("python labels.py 2026-12-15", "Traceback (most recent call last):\n  File \"C:\\Users\\Maggie\\Documents\\shop\\labels.py\", line 3, in <module>\n    from reportlab.lib.pagesizes import A4\nModuleNotFoundError: No module named 'reportlab'", code=1, desc="Try it for 15 Dec"),
             say("I've written `labels.py`. It needs one extra library (reportlab) for making PDFs, which isn't installed yet. Shall I install it? After that you run it by typing `python labels.py 2026-12-15` in this window (change the date for other days) and it makes a PDF with 14 labels per A4 sheet.")),
        turn("yes please. sorry whats the window, the black one?",
             bash("python -m pip install reportlab", "Collecting reportlab\n  Downloading reportlab-4.2.5-py3-none-any.whl (1.9 MB)\nCollecting chardet (from reportlab)\n  Downloading chardet-5.2.0-py3-none-any.whl (199 kB)\nInstalling collected packages: chardet, reportlab\nSuccessfully installed chardet-5.2.0 reportlab-4.2.5", desc="Install reportlab", ms=7400),
             bash("python labels.py 2026-12-15", "4 labels written to labels-2026-12-15.pdf", desc="Make labels for 15 Dec"),
             say("Yes, the black window is the terminal (Command Prompt / PowerShell). Installed, and it worked: `labels-2026-12-15.pdf` is in your shop folder with 4 labels (the orders marked for delivery on the 15th). Open it and print on your A4 sticker sheet (14 to a page).")),
        turn("they came out lovely on the sticker sheet thank you",
             say("Lovely! For another day just change the date at the end of the command.")),
    ],
)
