LABEL = dict(
    split="heldout7",
    persona="receptionist at a GP surgery who inherited a folder of scripts from a departed practice manager",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks what 'the thing in this folder' does, with no file named; prompt 2 ('what is cron') needs the agent to explain "
               "basics, and the agent corrects the user's belief that it sends texts itself: level 1 (correction direction decides against 2, "
               "tie-break 1). Only reads and explanation, nothing changed: exploring. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/reception/practice-scripts", start="2026-12-02T12:20:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("our old practice manager left and theres this folder. i think one of them sends the appointment reminder texts? can you tell me "
             "what it does, in normal words please, im not techy",
             bash("ls -la", "total 24\n-rwxr-xr-x 1 reception reception 1432 Mar  3  2025 reminders.py\n-rw-r--r-- 1 reception reception  212 Mar  3  2025 crontab.txt\n"
                  "-rw-r--r-- 1 reception reception   97 Mar  3  2025 settings.ini\ndrwxr-xr-x 2 reception reception 4096 Nov 30 07:00 logs", desc="List the folder"),
             par(read("/home/reception/practice-scripts/reminders.py",
                      "import configparser, csv, datetime, requests\n\ncfg = configparser.ConfigParser(); cfg.read('settings.ini')\n"
                      "tomorrow = datetime.date.today() + datetime.timedelta(days=1)\n"
                      "rows = [r for r in csv.DictReader(open(cfg['export']['path'])) if r['date'] == tomorrow.isoformat()]\n"
                      "for r in rows:\n    requests.post(cfg['sms']['url'], data={'to': r['mobile'], 'msg': f\"Reminder: appointment {r['time']} tomorrow at Elm Road Surgery\"})\n"),
                 read("/home/reception/practice-scripts/crontab.txt", "0 18 * * 1-5 cd /home/reception/practice-scripts && python3 reminders.py >> logs/run.log 2>&1")),
             bash("tail -n 3 logs/run.log", "2026-11-27 18:00:02 sent 41\n2026-11-28 18:00:01 sent 37\n2026-12-01 18:00:02 sent 44", desc="Check the log"),
             say("In plain words: every weekday at 6pm the computer runs `reminders.py`. It opens the appointment list that your clinical system "
                 "exports, picks out tomorrow's appointments, and passes each patient's mobile number and time to a text-message company's website, "
                 "which sends the text. The script doesn't send the texts itself – the text company does. The log shows it ran last night and "
                 "passed on 44 reminders, so it is still working.")),
        turn("what is cron? is that something we pay for",
             say("No – cron is a free, built-in part of the computer that runs things on a timetable, like an alarm clock for programs. The line in "
                 "`crontab.txt` is the timetable: '0 18 * * 1-5' means 18:00, Monday to Friday. What you do pay for is the text-message company in "
                 "`settings.ini`.")),
    ],
)
