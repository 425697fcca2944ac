LABEL = dict(
    split="heldout11",
    persona="community garden coordinator installing Python on Windows to run a volunteer's watering-rota script",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 asks how to install Python without knowing what is involved, and the agent explains basics (restarting the terminal, where the folder is); prompt 2 pastes an error without saying what she ran: level 1. "
               "The work is installing software and its packages on her machine: operating. `python` is not found after the winget install, prompt 2 reports the missing requirements file, "
               "and `pip install -r requirements.txt` fails building pandas 1.3.5; the session ends on the agent's offer with no fix tried: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="C:\\Users\\Bev", start="2027-02-14T14:30:00Z", model="claude-sonnet-4-6", version="2.1.253", branch="",
    turns=[
        turn("someone at the garden made a python thing for the watering rota and said I need to install python to run it. I'm on windows. how do I do that",
             bash("python --version", "bash: python: command not found", code=127, desc="Check whether Python is installed"),
             bash("winget install --id Python.Python.3.12 -e --accept-source-agreements --accept-package-agreements",
                  "Found Python 3.12 [Python.Python.3.12] Version 3.12.8\nThis application is licensed to you by its owner.\nDownloading https://www.python.org/ftp/python/3.12.8/python-3.12.8-amd64.exe\n  ██████████████████████████████  25.6 MB / 25.6 MB\nSuccessfully verified installer hash\nStarting package install...\nSuccessfully installed",
                  desc="Install Python 3.12 with winget", ms=48000),
             bash("python --version", "bash: python: command not found", code=127, desc="Check the install"),
             say("Python 3.12 is now installed. Windows only picks up newly installed programs in windows that were opened **after** the install, so this terminal can't see it yet.\n\n"
                 "Next steps:\n1. Close this window and open a new terminal (or restart Claude Code).\n2. Go to the folder with the rota program, e.g. `cd Downloads\\watering-rota`.\n"
                 "3. Install what it needs with `pip install -r requirements.txt` (that file lists the extra pieces the program uses).\n4. Then run it, usually `python rota.py` (check the name of the .py file in the folder).\n\nIf anything goes wrong, paste the message here.")),
        turn("i closed it and opened it again. now it says this when i do the pip thing\nERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'",
             bash("python --version; ls; ls Downloads | grep -i -E 'rota|water'",
                  "Python 3.12.8\n3D Objects\nContacts\nDesktop\nDocuments\nDownloads\nFavorites\nMusic\nOneDrive\nPictures\nwatering-rota",
                  desc="Check Python and find the rota folder"),
             bash("cd Downloads/watering-rota && ls && pip install -r requirements.txt",
                  "README.md\nmake_rota.py\nplotholders.xlsx\nrequirements.txt\nCollecting pandas==1.3.5 (from -r requirements.txt (line 1))\n  Downloading pandas-1.3.5.tar.gz (4.7 MB)\n  Installing build dependencies: started\n  Installing build dependencies: finished with status 'done'\n  Getting requirements to build wheel: started\n  Getting requirements to build wheel: finished with status 'error'\n",
                  stderr="  error: subprocess-exited-with-error\n  \n  × Getting requirements to build wheel did not run successfully.\n  │ exit code: 1\n  ╰─> [12 lines of output]\n      error: Microsoft Visual C++ 14.0 or greater is required. Get it with \"Microsoft C++ Build Tools\": https://visualstudio.microsoft.com/visual-c++-build-tools/\n      [end of output]\n\nnote: This error originates from a subprocess, and is likely not a problem with pip.\nerror: subprocess-exited-with-error",
                  code=1, desc="Install the rota program's requirements", ms=31000),
             say("Good news first: Python is working now (3.12.8). The \"no such file\" message was just because the terminal was in your home folder; the program is in `Downloads\\watering-rota`.\n\n"
                 "The install then failed for a different reason. The program's `requirements.txt` asks for an old version of pandas (1.3.5, from 2021). There's no ready-made copy of that version for Python 3.12, "
                 "so pip tried to build it from scratch, which needs Microsoft's C++ tools that aren't on your computer.\n\n"
                 "The easiest fix is to let it use a current version of pandas instead: I can change that line in `requirements.txt` and try the install again. The program will very likely work the same, but it's your volunteer's program, "
                 "so you may want to mention it to them. Shall I go ahead?")),
    ],
)
