LABEL = dict(
    split="heldout12",
    persona="estate agent trying to run a photo-renaming script a former colleague left on the office PC",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the script and what it was for but brings only a symptom ('it just flashes black and closes'), and the agent explains basics she did not know to ask (a missing library, that the script cannot be double-clicked and needs a folder and a reference): by tie-break 1, level 1. "
               "The work is getting the script to run on her machine (installing Python packages and running it): operating. "
               "`pip install` fails (exit 1, Pillow wheel build), the retry succeeds, but prompt 2 reports it failing when she runs it (a pasted `ModuleNotFoundError`) and the agent's new command is never run or confirmed: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="C:\\Users\\kpatel\\Desktop\\photo tool", start="2026-11-12T13:15:00Z", model="claude-sonnet-4-6", version="2.1.244",
    turns=[
        turn("hello, Darren who left used to use this thing to do the photos for the listings, rename them and make them smaller for the website. When i double click rename_photos.py it just flashes black and closes. can you make it work please",
             read("C:\\Users\\kpatel\\Desktop\\photo tool\\rename_photos.py",
                  "import sys\nfrom pathlib import Path\nfrom PIL import Image\n\n# usage: python rename_photos.py <folder> <ref>\nsrc = Path(sys.argv[1])\nref = sys.argv[2]\nout = src / 'web'\nout.mkdir(exist_ok=True)\nfor i, p in enumerate(sorted(src.glob('*.jpg')), 1):\n    im = Image.open(p)\n    im.thumbnail((1600, 1600))\n    im.save(out / f'{ref}_{i:02d}.jpg', quality=82)\nprint('done', i)"),
             read("C:\\Users\\kpatel\\Desktop\\photo tool\\requirements.txt", "Pillow==9.5.0"),
             bash("python --version; pip --version", "Python 3.13.1\npip 24.3.1 from C:\\Users\\kpatel\\AppData\\Local\\Programs\\Python\\Python313\\Lib\\site-packages\\pip (python 3.13)", desc="Check Python"),
             bash("pip install -r requirements.txt",
                  "Collecting Pillow==9.5.0 (from -r requirements.txt (line 1))\n  Downloading Pillow-9.5.0.tar.gz (50.5 MB)\n  Installing build dependencies ... done\n  Getting requirements to build wheel ... done\nBuilding wheels for collected packages: Pillow\n  Building wheel for Pillow (pyproject.toml) ... error\n",
                  stderr="  error: subprocess-exited-with-error\n  The headers or library files could not be found for zlib,\n  a required dependency when compiling Pillow from source.\nERROR: Failed building wheel for Pillow\nERROR: Could not build wheels for Pillow, which is required to install pyproject.toml-based projects",
                  code=1, desc="Install Pillow", ms=41000),
             bash("pip install Pillow", "Collecting Pillow\n  Downloading pillow-11.1.0-cp313-cp313-win_amd64.whl (2.6 MB)\nInstalling collected packages: Pillow\nSuccessfully installed Pillow-11.1.0", desc="Install current Pillow", ms=6200),
             say("The script needs a helper library called **Pillow** (it does the resizing) and that wasn't installed on this PC – that's why the window flashed and closed: it crashed straight away. "
                 "The old version Darren's `requirements.txt` asks for (9.5.0) won't install on your newer Python, but the current one did.\n\n"
                 "The script also can't be double-clicked: it needs to be told which folder and which property reference to use. Open the folder, click in the address bar, type `cmd` and press Enter, then type for example:\n\n"
                 "```\npython rename_photos.py \"C:\\Users\\kpatel\\Pictures\\14 Elm Grove\" ELM14\n```\n\nThe smaller, renamed photos go into a `web` folder inside the photos folder.")),
        turn("I did that and it says this\n\nTraceback (most recent call last):\n  File \"C:\\Users\\kpatel\\Desktop\\photo tool\\rename_photos.py\", line 3, in <module>\n    from PIL import Image\nModuleNotFoundError: No module named 'PIL'\n\ni thought you installed it??",
             bash("where python; py -0p",
                  "C:\\Users\\kpatel\\AppData\\Local\\Microsoft\\WindowsApps\\python.exe\nC:\\Users\\kpatel\\AppData\\Local\\Programs\\Python\\Python313\\python.exe\n -V:3.13 *        C:\\Users\\kpatel\\AppData\\Local\\Programs\\Python\\Python313\\python.exe\n -V:3.11          C:\\Users\\kpatel\\AppData\\Local\\Microsoft\\WindowsApps\\PythonSoftwareFoundation.Python.3.11_qbz5n2kfra8p0\\python.exe",
                  desc="Which Pythons are installed"),
             say("You have **two** copies of Python on this PC – one from the Microsoft Store (3.11, probably installed by Darren) and a newer one (3.13). "
                 "In your command window, `python` starts the Microsoft Store one, and I installed Pillow into the other. "
                 "Instead of `python`, start the command with `py -3.13` so it always uses the right one:\n\n"
                 "```\npy -3.13 rename_photos.py \"C:\\Users\\kpatel\\Pictures\\14 Elm Grove\" ELM14\n```\n\n"
                 "If you'd like, I can also make a little `photos.bat` file you can double-click that asks for the folder and the reference.")),
    ],
)
