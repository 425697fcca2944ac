LABEL = dict(
    split="heldout16",
    persona="garden centre owner who wants printable price labels from the stock list",
    expertise_level=1, work_mode="building",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 ('can you make me something that prints the price labels from stock.csv') names the file and the goal but no size, layout or fields (precision of a 2 at most); the agent chooses the label sheet for her and explains basics she did not ask about (an add-on had to be installed, how to run it from the Terminal, print at 100%): level 1 by tie-break 1. "
               "The session writes a new label-making script: building. The first run fails with ModuleNotFoundError (trouble); after the install the script runs, and prompt 2 ('printed a test sheet they fit the avery ones perfect') confirms, so verified success."),
)

SESSION = dict(
    cwd="/Users/helen/Documents/Shop", start="2026-12-01T08:15:00Z", model="claude-opus-4-6", version="2.1.251", branch="",
    turns=[
        turn("can you make me something that prints the price labels from stock.csv? i do them by hand in word at the moment and it takes forever. we use the avery sticky ones",
             bash("head -5 stock.csv; wc -l stock.csv", "code,description,size,price\nPOI-13,Poinsettia red,13cm,6.99\nPOI-17,Poinsettia red,17cm,12.99\nCYC-M,Cyclamen mini,9cm,3.49\nHEL-N,Christmas rose,2L,9.99\n214 stock.csv", desc="Look at the stock list"),
             write("/Users/helen/Documents/Shop/labels.py",
                   "# Makes labels.pdf for Avery L7160 sheets (21 labels, 63.5 x 38.1 mm)\nimport csv\nfrom reportlab.lib.pagesizes import A4\nfrom reportlab.lib.units import mm\nfrom reportlab.pdfgen import canvas\n\nCOLS, ROWS = 3, 7\nW, H = 63.5 * mm, 38.1 * mm\nLEFT, TOP, GAP = 7.2 * mm, 15.1 * mm, 2.5 * mm\n\nc = canvas.Canvas('labels.pdf', pagesize=A4)\nrows = list(csv.DictReader(open('stock.csv')))\nfor i, r in enumerate(rows):\n    n = i % (COLS * ROWS)\n    if i and n == 0:\n        c.showPage()\n    col, row = n % COLS, n // COLS\n    x = LEFT + col * (W + GAP)\n    y = A4[1] - TOP - (row + 1) * H\n    c.setFont('Helvetica-Bold', 11)\n    c.drawString(x + 4 * mm, y + H - 9 * mm, r['description'][:28])\n    c.setFont('Helvetica', 9)\n    c.drawString(x + 4 * mm, y + H - 14 * mm, r['size'])\n    c.setFont('Helvetica-Bold', 22)\n    c.drawRightString(x + W - 4 * mm, y + 5 * mm, '\\u00a3' + r['price'])\nc.save()\nprint(len(rows), 'labels written to labels.pdf')\n"),
             bash("python3 labels.py", "Traceback (most recent call last):\n  File \"/Users/helen/Documents/Shop/labels.py\", line 3, in <module>\n    from reportlab.lib.pagesizes import A4\nModuleNotFoundError: No module named 'reportlab'", code=1, desc="Make the labels PDF"),
             bash("python3 -m pip install --user reportlab", "Collecting reportlab\n  Downloading reportlab-4.2.5-py3-none-any.whl (1.9 MB)\nCollecting pillow>=9.0.0\n  Downloading pillow-11.0.0-cp312-cp312-macosx_11_0_arm64.whl (3.0 MB)\nInstalling collected packages: pillow, reportlab\nSuccessfully installed pillow-11.0.0 reportlab-4.2.5", desc="Install the PDF library", ms=8200),
             bash("python3 labels.py && open labels.pdf", "214 labels written to labels.pdf", desc="Make the labels PDF and open it"),
             say("Done. `labels.py` reads `stock.csv` and makes `labels.pdf`, 21 labels to a page (that's the Avery L7160 layout, the most common one: check the code on your box). Each label has the name, the pot size and the price big in the corner.\n\nThe first try failed because Python needed an extra add-on for making PDFs (reportlab); I installed it. Next time you just type `python3 labels.py` in the Terminal in this folder. Print at **100% / actual size**, not \"fit to page\", or they won't line up.")),
        turn("printed a test sheet they fit the avery ones perfect!! can it do just the poinsettias, i only need to redo those",
             edit("/Users/helen/Documents/Shop/labels.py", "rows = list(csv.DictReader(open('stock.csv')))", "import sys\nrows = list(csv.DictReader(open('stock.csv')))\nif len(sys.argv) > 1:\n    rows = [r for r in rows if sys.argv[1].lower() in r['description'].lower()]"),
             bash("python3 labels.py poinsettia", "9 labels written to labels.pdf", desc="Labels for poinsettias only"),
             say("Now `python3 labels.py poinsettia` makes only the poinsettia labels (9 of them). Any word works, e.g. `python3 labels.py cyclamen`.")),
    ],
)
