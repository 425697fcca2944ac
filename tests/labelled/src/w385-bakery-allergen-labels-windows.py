LABEL = dict(
    split="heldout13",
    persona="bakery owner getting an allergen-label script to run on the shop's Windows PC",
    expertise_level=1, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is a symptom ('my nephew made this… it doesnt work on the shop computer') with no error or file named; the agent finds the script itself and explains basics (Python is there only as `py`, what the private `.venv` folder is, how to type the command). Level 1. "
               "The work is getting an existing script installed and running on a machine (venv, pip install): operating. `python --version` fails (not on PATH) and the first `pip install -r requirements.txt` fails (a build error for an old pinned Pillow), which is trouble; after the fix the script runs and prompt 2 ('IT PRINTED!! … the sesame warning is there') confirms it, so resolved: verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\Shop\\Desktop\\labels", start="2026-11-26T06:15:00Z", model="claude-sonnet-4-6", version="2.1.248", branch="",
    turns=[
        turn("morning. my nephew made this thing for printing the allergen labels for the bread but it doesnt work on the shop computer, it worked on his laptop. he's at uni now. can you make it work",
             glob("*", ["make_labels.py", "requirements.txt", "products.csv", "README.md"], path="C:\\Users\\Shop\\Desktop\\labels"),
             par(read("C:\\Users\\Shop\\Desktop\\labels\\README.md", "pip install -r requirements.txt\npython make_labels.py products.csv"),
                 read("C:\\Users\\Shop\\Desktop\\labels\\requirements.txt", "pillow==9.0.1\nqrcode==7.3.1")),
             bash("python --version", "Python was not found; run without arguments to install from the Microsoft Store, or disable this shortcut from Settings > Manage App Execution Aliases.", code=9009, desc="Check Python"),
             bash("py --version", "Python 3.13.1", desc="Check the py launcher"),
             bash("py -m venv .venv && .venv\\Scripts\\python -m pip install -r requirements.txt",
                  "Collecting pillow==9.0.1\n  Downloading Pillow-9.0.1.tar.gz (49.5 MB)\n  Preparing metadata (pyproject.toml): finished with status 'done'\nBuilding wheels for collected packages: pillow\n  Building wheel for pillow (pyproject.toml): finished with status 'error'\n  error: subprocess-exited-with-error\n  The headers or library files could not be found for zlib,\n  a required dependency when compiling Pillow from source.\nERROR: Failed building wheel for pillow\nERROR: Could not build wheels for pillow, which is required to install pyproject.toml-based projects",
                  code=1, desc="Install into a venv", ms=41000),
             edit("C:\\Users\\Shop\\Desktop\\labels\\requirements.txt", "pillow==9.0.1", "pillow>=11.0"),
             bash(".venv\\Scripts\\python -m pip install -r requirements.txt", "Collecting pillow>=11.0\n  Downloading pillow-11.1.0-cp313-cp313-win_amd64.whl (2.6 MB)\nCollecting qrcode==7.3.1\n  Using cached qrcode-7.3.1.tar.gz (43 kB)\nInstalling collected packages: qrcode, pillow\nSuccessfully installed pillow-11.1.0 qrcode-7.3.1", desc="Install with a newer Pillow", ms=12000),
             bash(".venv\\Scripts\\python make_labels.py products.csv", "wrote labels\\sourdough.png\nwrote labels\\seeded_rye.png\nwrote labels\\sesame_bloomer.png\nwrote labels\\brioche.png\n4 labels", desc="Make the labels"),
             say("It works now. Two things were wrong on this computer:\n\n1. Python is here but only as `py`, not `python`.\n2. Your nephew's list asked for an old version of the picture library (Pillow 9.0.1) that has no ready-made version for the newer Python on this PC, so it tried to build it and failed. I changed it to a current version.\n\nI put everything in a private folder `.venv` so it won't clash with anything. To make labels in future, open this folder in the terminal and type:\n\n`.venv\\Scripts\\python make_labels.py products.csv`\n\nThe 4 label pictures are in the `labels` folder now.")),
        turn("IT PRINTED!! thank you so much, the sesame warning is there in bold and everything. can you write that command on a note file so I dont forget",
             write("C:\\Users\\Shop\\Desktop\\labels\\HOW TO PRINT LABELS.txt", "1. Open the labels folder on the desktop\n2. Click in the address bar, type cmd, press Enter\n3. Type this and press Enter:\n   .venv\\Scripts\\python make_labels.py products.csv\n4. The labels are in the labels folder. Print them from there.\n\nTo add a bread: add a line to products.csv (open with Excel, save as CSV).\n"),
             say("Done: `HOW TO PRINT LABELS.txt` is in the labels folder on the desktop, with the steps and how to add a new bread.")),
    ],
)
