LABEL = dict(
    split="heldout14",
    persona="Yoga studio owner trying to get a reminder-email script running on her Mac",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a symptom with no names ('my friend sent me this thing to email people... how do i make it go'); the agent explains what the thing is (a small Python program), why it needs its own environment and what an app password is, basics she did not know to ask: level 1. "
               "The work is getting a script installed and run on her machine with her email account: operating. `pip` fails (externally-managed-environment), then the send fails with `SMTPAuthenticationError`; prompt 3 gives up ('too complicated, ill just whatsapp them') with the authentication error never cleared: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/priya/Downloads/reminders", start="2026-11-25T21:30:00Z", model="claude-sonnet-4-6", version="2.1.246", branch="main",
    turns=[
        turn("my friend sent me this thing to email people the night before their class. how do i make it go",
             bash("ls", "README.txt\nsend_reminders.py\nrequirements.txt\nstudents.csv", desc="See what's in the folder"),
             par(read("/Users/priya/Downloads/reminders/README.txt", "pip install -r requirements.txt\nput your gmail + app password in .env\npython3 send_reminders.py tomorrow"),
                 read("/Users/priya/Downloads/reminders/requirements.txt", "python-dotenv==1.0.1")),
             bash("pip3 install -r requirements.txt", "Exit code 1\nerror: externally-managed-environment\n\n× This environment is externally managed\n╰─> To install Python packages system-wide, try brew install\n    xyz, where xyz is the package you are trying to\n    install.", code=1, desc="Install the requirements"),
             bash("python3 -m venv .venv && .venv/bin/pip install -r requirements.txt", "Collecting python-dotenv==1.0.1\n  Using cached python_dotenv-1.0.1-py3-none-any.whl (19 kB)\nInstalling collected packages: python-dotenv\nSuccessfully installed python-dotenv-1.0.1", desc="Install into a private environment"),
             say("It's a small Python program. Your Mac doesn't let programs install things system-wide, so I made a private folder for it (`.venv`) and installed the one thing it needs there.\n\nNext it needs your Gmail address and an **app password** (not your normal password): in your Google account go to Security → 2-Step Verification → App passwords, make one called \"reminders\", and paste the 16 letters here (or put them in a file called `.env` yourself if you'd rather I don't see it).")),
        turn("ok i did the .env myself. now what",
             bash(".venv/bin/python send_reminders.py tomorrow", "Exit code 1\nFound 9 students booked for Thu 26 Nov\nTraceback (most recent call last):\n  File \"/Users/priya/Downloads/reminders/send_reminders.py\", line 41, in <module>\n    server.login(USER, PASSWORD)\n  File \"/opt/homebrew/Cellar/python@3.13/3.13.0/Frameworks/Python.framework/Versions/3.13/lib/python3.13/smtplib.py\", line 750, in login\n    raise last_exception\nsmtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted. For more information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials')", code=1, desc="Send tomorrow's reminders"),
             bash("grep -c . .env && sed 's/=.*/=…/' .env", "2\nGMAIL_USER=…\nGMAIL_PASS=…", desc="Check .env has both settings (values hidden)"),
             say("It found the 9 students for tomorrow but Gmail refused the login. That nearly always means the password in `.env` is your normal Gmail password rather than an app password, or the app password has spaces in it. App passwords only appear once 2-Step Verification is switched on. Could you check that, make a fresh app password, and paste it into `.env` without spaces?")),
        turn("i dont have 2 step thing and i dont want it on my phone. too complicated, ill just whatsapp them",
             say("That's completely fair. WhatsApp works. If you ever want to try again, the script is ready; it only needs an app password, which needs 2-Step Verification on the Google account.")),
    ],
)
