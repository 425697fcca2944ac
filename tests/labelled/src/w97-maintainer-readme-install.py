LABEL = dict(
    split="heldout3",
    persona="Developer at a nonprofit who maintains a small volunteer-scheduling web app on Django",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks to rewrite the README's install section for new volunteers, naming the platforms (macOS "
               "and Windows via WSL), the Python version and that it must mention the .env file, leaving wording and order "
               "to the agent: level 3. The deliverable is documentation although the prompt says 'install' and the agent "
               "runs commands to check the steps: writing. Nothing failed; the commit succeeds: verified."),
)

SESSION = dict(
    cwd="/home/rob/code/shiftbuddy", start="2026-06-16T19:05:00Z", model="claude-sonnet-4-6", version="2.1.266",
    turns=[
        turn("the install section of our README is out of date and volunteers keep getting stuck. rewrite it for someone "
             "setting up on a mac or on windows with WSL. we're on python 3.12 now and they always forget the .env file. "
             "check the steps actually match the repo",
             par(read("/home/rob/code/shiftbuddy/README.md",
                      "# ShiftBuddy\n\nVolunteer shift scheduling for the food bank.\n\n## Install\n\n    pip install -r requirements.txt\n    python manage.py runserver\n\n"
                      "Needs Python 3.9.\n\n## Contributing\n\nOpen a PR against main."),
                 bash("ls -a; cat .env.example; grep -n python_requires\\|requires-python pyproject.toml",
                      ".\n..\n.env.example\n.git\nmanage.py\npyproject.toml\nrequirements.txt\nshiftbuddy\nscheduling\n"
                      "DJANGO_SECRET_KEY=change-me\nDATABASE_URL=sqlite:///db.sqlite3\nTWILIO_SID=\nTWILIO_TOKEN=\n4:requires-python = \">=3.12\"", desc="Check the repo files")),
             bash("python3.12 -m venv /tmp/sb-venv && /tmp/sb-venv/bin/pip install -q -r requirements.txt && cp -n .env.example /tmp/sb.env && "
                  "DOTENV_PATH=/tmp/sb.env /tmp/sb-venv/bin/python manage.py check 2>&1 | tail -1",
                  "System check identified no issues (0 silenced).", desc="Try the steps in a scratch venv", ms=52000),
             edit("/home/rob/code/shiftbuddy/README.md",
                  "## Install\n\n    pip install -r requirements.txt\n    python manage.py runserver\n\nNeeds Python 3.9.",
                  "## Install\n\nYou need **Python 3.12** and Git. On Windows, do everything inside WSL (Ubuntu), not PowerShell.\n\n"
                  "1. Install Python 3.12\n   - macOS: `brew install python@3.12`\n   - WSL: `sudo apt install python3.12 python3.12-venv`\n"
                  "2. Get the code and make a virtual environment:\n\n       git clone https://github.com/example/shiftbuddy.git\n       cd shiftbuddy\n"
                  "       python3.12 -m venv .venv\n       source .venv/bin/activate\n       pip install -r requirements.txt\n\n"
                  "3. **Create your `.env` file** (the app will not start without it):\n\n       cp .env.example .env\n\n"
                  "   The defaults work for local development. Leave `TWILIO_SID` and `TWILIO_TOKEN` empty unless you are working on SMS reminders.\n"
                  "4. Set up the database and start the app:\n\n       python manage.py migrate\n       python manage.py runserver\n\n"
                  "   Open http://127.0.0.1:8000.\n\n### If you get stuck\n\n- `ModuleNotFoundError`: the virtual environment isn't active; run `source .venv/bin/activate`.\n"
                  "- `ImproperlyConfigured: DJANGO_SECRET_KEY`: you skipped step 3."),
             bash("git commit -am 'README: install steps for Python 3.12, macOS and WSL, .env'", "[main 3fe91a0] README: install steps for Python 3.12, macOS and WSL, .env\n 1 file changed, 27 insertions(+), 4 deletions(-)",
                  desc="Commit the README"),
             say("Rewrote the Install section of `README.md`: Python 3.12 (the repo's `pyproject.toml` requires it, the old text said "
                 "3.9), separate commands for macOS and WSL, a bold step for copying `.env.example` to `.env`, and a short "
                 "\"if you get stuck\" list with the two errors volunteers are most likely to see. I ran the steps in a scratch "
                 "virtualenv to check them (dependencies install, Django's system check passes). Committed as 3fe91a0.")),
    ],
)
