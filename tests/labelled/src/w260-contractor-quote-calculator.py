LABEL = dict(
    split="heldout9",
    persona="Self-employed building contractor (extensions and loft conversions) who wants a quick quoting tool; has never programmed",
    expertise_level=1, work_mode="building",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish ('something that works out my quotes') with no figures, rules or format; prompt 2 "
               "reports that double-clicking the file does nothing, and the agent has to explain that Python is not "
               "installed, the agent correcting the user's picture: level 1. The agent writes quote.py, a new tool: building. "
               "Trouble: `python quote.py` fails with 'python is not recognized' (exit 9009) and prompt 2 reports it does "
               "not work; the session ends after the agent's install instructions with no run, so abandoned."),
)

SESSION = dict(
    cwd="C:\\Users\\Dave\\Desktop\\quotes", start="2026-10-21T18:02:11Z",
    model="claude-sonnet-4-6", version="2.1.226",
    turns=[
        turn("can you make me something that works out my quotes for jobs. i always do it on the back of an envelope and get it wrong",
             say("Happy to. A few things I'll assume for a first version: you enter materials, labour days and a day rate, "
                 "and it adds a margin and VAT. I'll make a small program you can run and adjust."),
             write("C:\\Users\\Dave\\Desktop\\quotes\\quote.py",
                   "DAY_RATE = 220\nMARGIN = 0.15\nVAT = 0.20\n\nmaterials = float(input('Materials total (£): '))\n"
                   "days = float(input('Labour days: '))\nsub = materials + days * DAY_RATE\nsub *= 1 + MARGIN\n"
                   "print(f'Quote ex VAT: £{sub:,.2f}')\nprint(f'Quote inc VAT: £{sub * (1 + VAT):,.2f}')\ninput('Press Enter to close')\n"),
             bash("python quote.py", "'python' is not recognized as an internal or external command,\noperable program or batch file.",
                  code=9009, desc="Try running the quote calculator"),
             say("I've written quote.py, but this computer doesn't have Python installed, so I can't run it yet. "
                 "Once Python is installed you can double-click quote.py and it will ask you for materials and days.")),
        turn("i double clicked it and nothing happens, it just flashes",
             say("That flash is Windows trying to open the file without Python. The file itself isn't the problem. "
                 "To fix it:\n\n1. Go to python.org/downloads and install Python 3.13.\n2. On the first screen tick **Add python.exe to PATH**.\n"
                 "3. Then double-click quote.py again.\n\nIf you'd rather not install anything, I can turn the same sums into an Excel sheet instead.")),
    ],
)
