LABEL = dict(
    split="heldout18",
    persona="physiotherapist trying to get an appointment reminder script running on the practice laptop",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish with no names beyond 'the reminder thing' her old receptionist used; the agent has to explain what Python is and that it must be installed (its `python --version` check fails), prompt 2 ('ok i installed it. now what') adds nothing, and prompt 3 cannot say what antivirus the laptop has: level 1. "
               "The work is installing Python and the script's packages on the laptop and running it: operating. "
               "`pip install` fails ('pip' is not recognized) and the rerun through `py -m pip` fails on the SSL certificate (failed actions, trouble); prompt 3 stops ('ill ask my nephew at the weekend') with nothing working, so abandoned."),
)

SESSION = dict(
    cwd="C:\\Users\\Reception\\Desktop\\reminders", start="2026-11-28T12:20:00Z", model="claude-sonnet-4-6", version="2.1.239", branch="main",
    turns=[
        turn("my old receptionist used to run a thing that sent text reminders the day before appointments, its in this folder. she left and i dont know how to make it go. can you get it working",
             glob("*", ["C:\\Users\\Reception\\Desktop\\reminders\\send_reminders.py", "C:\\Users\\Reception\\Desktop\\reminders\\requirements.txt", "C:\\Users\\Reception\\Desktop\\reminders\\config.ini", "C:\\Users\\Reception\\Desktop\\reminders\\README.txt"], path="C:\\Users\\Reception\\Desktop\\reminders"),
             read("C:\\Users\\Reception\\Desktop\\reminders\\README.txt", "1. install python 3\n2. pip install -r requirements.txt\n3. export tomorrows diary from Cliniko as diary.csv into this folder\n4. python send_reminders.py\n"),
             bash("python --version", "", code=9009, stderr="Python was not found; run without arguments to install from the Microsoft Store, or disable this shortcut from Settings > Manage App Execution Aliases.", desc="Check whether Python is installed"),
             say("This folder is a small **Python** program. Python is a programming language, and it has to be installed on this laptop before the program can run; it isn't at the moment (Windows only has a shortcut to the Microsoft Store).\n\nThe simplest way:\n1. Go to python.org/downloads and download Python 3.12 for Windows.\n2. Run the installer and **tick \"Add python.exe to PATH\"** at the bottom of the first screen.\n3. Then tell me and I'll do the rest (installing what the program needs and running it).\n\nYou'll also need tomorrow's diary exported from Cliniko as `diary.csv` into this folder, according to the old README.")),
        turn("ok i installed it. now what",
             bash("cd C:\\Users\\Reception\\Desktop\\reminders && pip install -r requirements.txt", "", code=1, stderr="'pip' is not recognized as an internal or external command,\noperable program or batch file.", desc="Install the script's packages"),
             bash("cd C:\\Users\\Reception\\Desktop\\reminders && py -m pip install -r requirements.txt", "Collecting twilio==8.2.0 (from -r requirements.txt (line 1))\n", code=1, stderr="  WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)'))': /simple/twilio/\nERROR: Could not find a version that satisfies the requirement twilio==8.2.0 (from versions: none)\nERROR: No matching distribution found for twilio==8.2.0", desc="Install packages with the py launcher"),
             say("Python is installed, but two things are in the way:\n\n1. The installer didn't add `pip` to the PATH (the tick box), so I used `py -m pip` instead, which is fine.\n2. Downloading the packages fails with a **certificate error**. That usually means something on the network is checking secure connections: often the practice's internet filter or antivirus (e.g. a 'web shield' option). It isn't something in the program.\n\nCan you tell me which antivirus is on this laptop, or try this once on a different internet connection (like your phone's hotspot)?")),
        turn("i dont know what antivirus it is, the IT man set it up. ill ask my nephew at the weekend hes good with computers",
             say("That sounds sensible. When he's there, the two things to look at are the certificate error above (the antivirus or web filter) and the box to add Python to PATH. Once `py -m pip install -r requirements.txt` works, running `py send_reminders.py` with tomorrow's `diary.csv` in the folder should send the texts. It'll need the Twilio details in `config.ini`, which are already filled in.")),
    ],
)
