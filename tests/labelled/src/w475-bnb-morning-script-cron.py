LABEL = dict(
    split="heldout16",
    persona="bed-and-breakfast owner trying to get her nephew's morning availability script to run by itself on her Mac",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish ('make it run by itself every morning like it did on toms laptop') with the script named but nothing else; the agent has to explain what a scheduled job is and that macOS must be given permission, and prompt 2 pastes an error without saying what she tried: level 1 (tie-break 1). "
               "The work is scheduling and running a script on her machine: operating. The script's test run fails (missing `requests`), and the cron run then fails with 'Operation not permitted' (trouble); she stops ('ill wait till tom is back at christmas') with the failure open: abandoned."),
)

SESSION = dict(
    cwd="/Users/maggie/bnb", start="2026-11-25T07:05:00Z", model="claude-sonnet-4-5", version="2.1.245", branch="",
    turns=[
        turn("my nephew tom made me availability.py that emails me which rooms are free each morning from the booking sites. it ran on his laptop by itself but he has gone back to uni and now i have it on my mac. can you make it run by itself every morning like it did on toms laptop",
             read("/Users/maggie/bnb/availability.py", "import requests, smtplib, os\nfrom email.message import EmailMessage\nfrom icalendar import Calendar\n\nFEEDS = {\n    'Booking.com': os.environ.get('BOOKING_ICAL'),\n    'Airbnb': os.environ.get('AIRBNB_ICAL'),\n}\n# ... builds a table of booked nights per room and emails it\n"),
             bash("python3 availability.py", "Traceback (most recent call last):\n  File \"/Users/maggie/bnb/availability.py\", line 1, in <module>\n    import requests, smtplib, os\nModuleNotFoundError: No module named 'requests'", code=1, desc="Try running the script once"),
             bash("python3 -m pip install --user requests icalendar", "Successfully installed certifi-2024.8.30 charset-normalizer-3.4.0 icalendar-6.1.0 idna-3.10 python-dateutil-2.9.0 requests-2.32.3 tzdata-2024.2 urllib3-2.2.3", desc="Install what the script needs", ms=6400),
             bash("ls -la ~/bnb/.env 2>/dev/null; cat ~/bnb/run.sh 2>/dev/null", "-rw-r--r--  1 maggie  staff  412 Nov 20 21:14 /Users/maggie/bnb/.env\n#!/bin/sh\ncd ~/bnb && set -a && . ./.env && python3 availability.py", desc="Look for Tom's settings and run script"),
             bash("(crontab -l 2>/dev/null; echo '30 6 * * * /bin/sh /Users/maggie/bnb/run.sh >> /Users/maggie/bnb/cron.log 2>&1') | crontab - && crontab -l", "30 6 * * * /bin/sh /Users/maggie/bnb/run.sh >> /Users/maggie/bnb/cron.log 2>&1", desc="Schedule it for 6:30 every morning"),
             say("It's set up. Tom had left a `run.sh` and a `.env` with the booking links, so I scheduled `run.sh` to run every day at **6:30am** (a \"cron job\", the Mac's built-in way to run things on a timer). It also needed two add-ons (`requests` and `icalendar`) that weren't installed on your Mac; I installed them.\n\nTwo things: the Mac has to be on (asleep is fine if it's plugged in, but not shut down), and macOS sometimes blocks timed jobs from reading your files the first time. If tomorrow's email doesn't come, tell me what `cron.log` in the bnb folder says.")),
        turn("no email this morning. the log says\n/bin/sh: /Users/maggie/bnb/run.sh: Operation not permitted",
             bash("tail -3 /Users/maggie/bnb/cron.log", "/bin/sh: /Users/maggie/bnb/run.sh: Operation not permitted", desc="Read the cron log"),
             say("That's the macOS block I mentioned: cron isn't allowed to read files in your home folder. You need to give it permission, which only you can do:\n\n1. Open **System Settings → Privacy & Security → Full Disk Access**.\n2. Click **+**, press **Cmd+Shift+G**, type `/usr/sbin/cron` and press Enter, then Open.\n3. Make sure the switch next to `cron` is on.\n\nThen I can run a test straight away instead of waiting until tomorrow.")),
        turn("i cant find cron in there and it wants a password i dont know, the mac was set up by tom. ill wait till tom is back at christmas",
             say("Fair enough. When Tom's back he just needs to add `/usr/sbin/cron` under Full Disk Access with the admin password; the schedule is already in place and will work from the next morning. Until then you can run it by hand each morning: open Terminal and type `sh ~/bnb/run.sh`.")),
    ],
)
