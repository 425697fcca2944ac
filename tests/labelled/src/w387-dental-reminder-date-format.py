LABEL = dict(
    split="heldout13",
    persona="dental practice receptionist fixing the appointment-reminder text",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the thing (the reminder texts from remind.py) and the symptom with an example ('it says 12/09 for the 9th of december'), one implied constraint (patients are in the UK); the agent finds the cause. Level 2. "
               "Wrong behaviour is repaired: fixing. The wrong date is the task, not trouble (no result of this session failed); the dry run succeeds and prompt 2 ('the test text came through on my phone and says Tuesday 9 December now') confirms it, so verified success without trouble."),
)

SESSION = dict(
    cwd="C:\\Practice\\reminders", start="2026-12-02T08:05:00Z", model="claude-sonnet-4-6", version="2.1.252", branch="",
    turns=[
        turn("Hi the reminder texts that go out from remind.py have the date the american way, it says 12/09 for the 9th of december and patients are ringing up confused!! can you make it say it properly. Dr Shah set it up but she's on leave",
             read("C:\\Practice\\reminders\\remind.py", "import csv, sys\nfrom datetime import datetime\nfrom sms import send\n\nDRY = '--dry-run' in sys.argv\nwith open('tomorrow.csv', newline='') as f:\n    for row in csv.DictReader(f):\n        when = datetime.strptime(row['start'], '%Y-%m-%d %H:%M')\n        msg = (f\"Hi {row['first_name']}, a reminder of your appointment at Northgate Dental \"\n               f\"on {when.strftime('%m/%d')} at {when.strftime('%I:%M %p')}. Reply C to cancel.\")\n        if DRY:\n            print(row['mobile'], msg)\n        else:\n            send(row['mobile'], msg)"),
             edit("C:\\Practice\\reminders\\remind.py", "               f\"on {when.strftime('%m/%d')} at {when.strftime('%I:%M %p')}. Reply C to cancel.\")",
                  "               f\"on {when.strftime('%A')} {when.day} {when.strftime('%B')} at {when.strftime('%H:%M')}. Reply C to cancel.\")"),
             bash("python remind.py --dry-run", "07700900431 Hi Sandra, a reminder of your appointment at Northgate Dental on Tuesday 9 December at 09:40. Reply C to cancel.\n07700900877 Hi Tom, a reminder of your appointment at Northgate Dental on Tuesday 9 December at 14:15. Reply C to cancel.", desc="Dry run, prints instead of sending"),
             say("Fixed. It used the month/day format; it now writes the day name and month in words with a 24-hour time, e.g. *Tuesday 9 December at 09:40*, which can't be misread. I ran it with `--dry-run`, which only prints the messages, so nothing was sent. If you want to see a real one, add your own mobile to a copy of tomorrow.csv.")),
        turn("the test text came through on my phone and says Tuesday 9 December now, perfect thank you",
             say("Great. Tonight's reminders will go out in the new format.")),
    ],
)
