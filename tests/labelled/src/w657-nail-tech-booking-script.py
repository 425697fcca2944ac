LABEL = dict(
    split="heldout22",
    persona="nail technician whose nephew set up an appointment-reminder text script and who wants to know what it does and costs",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks in plain words what 'a thing that sends my clients a text' does and whether it costs money, and prompt 2 asks whether cancellations are charged; nothing is pinned down and the agent explains basics (Twilio charges per text, what the schedule and the keys file are), so level 1. "
               "The agent only reads files and the crontab and explains them: exploring. "
               "No action failed and nothing is confirmed, so there is no evidence: neither a success nor abandoned."),
)

SESSION = dict(
    cwd="/home/jade/reminders", start="2026-11-22T21:05:00Z", model="claude-sonnet-4-6", version="2.1.226", branch="",
    turns=[
        turn("my nephew made a thing that texts my clients the day before their appointment but I don't really understand what it does or if it's costing me money. can you have a look and tell me in normal english please",
             bash("ls -la", "total 40\n-rw-r--r--  .env\n-rw-r--r--  README.md\n-rw-r--r--  package.json\n-rw-r--r--  remind.js\ndrwxr-xr-x  node_modules\n-rw-r--r--  sent.log", desc="List the reminder folder"),
             par(read("/home/jade/reminders/remind.js", "require('dotenv').config();\nconst twilio = require('twilio')(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);\nconst { google } = require('googleapis');\n\n// reads tomorrow's appointments from Jade's Google Calendar and texts each client\nasync function main() {\n  const cal = google.calendar({ version: 'v3', auth: await auth() });\n  const events = await tomorrowsEvents(cal, process.env.CALENDAR_ID);\n  for (const ev of events) {\n    const phone = (ev.description || '').match(/07\\d{9}/);\n    if (!phone) continue;\n    await twilio.messages.create({\n      from: 'JadeNails',\n      to: '+44' + phone[0].slice(1),\n      body: `Hi! Reminder of your nail appointment with Jade tomorrow at ${time(ev)}. Reply or call 07700 900461 to change.`\n    });\n    log(ev);\n  }\n}\nmain();"),
                 read("/home/jade/reminders/README.md", "Runs every evening at 6pm from cron on this laptop. Uses Twilio (pay as you go) - top up at twilio.com/console."),
                 bash("crontab -l; wc -l sent.log; tail -3 sent.log", "0 18 * * * cd /home/jade/reminders && /usr/bin/node remind.js >> sent.log 2>&1\n412 sent.log\n2026-11-20 18:00:04 sent Lauren M 11:30\n2026-11-20 18:00:05 sent Priya S 14:00\n2026-11-21 18:00:03 sent Hannah W 10:00", desc="Check the schedule and the log")),
             grep("CALENDAR_ID", path="/home/jade/reminders/.env", content="3:CALENDAR_ID=jadenails.bookings@gmail.com"),
             say("Here's what it does, in plain terms:\n\n- **Every evening at 6pm**, as long as this laptop is switched on, it looks at tomorrow's appointments in your Google Calendar (the jadenails.bookings one).\n- For each appointment with a mobile number written in the description, it sends a text from \"JadeNails\": *\"Hi! Reminder of your nail appointment with Jade tomorrow at 11:30...\"*\n- It keeps a list of what it sent in `sent.log`: **412 texts so far**, the last on 21 November.\n\n**Does it cost money?** Yes, a little. The texts go through a company called **Twilio**, which charges per text (roughly 4p each in the UK), paid from a pay-as-you-go balance. At 412 texts that's around £16 so far. The `.env` file holds the login details for your Twilio account (I didn't open those lines), so don't share that file. You can see the balance at twilio.com/console.\n\nIf the laptop is off or asleep at 6pm, no reminders go out that day.")),
        turn("so is it going to charge me if someone cancels? or if i put a break in the calendar",
             say("No charge for either:\n\n- **Cancellations**: if you delete the appointment from the calendar before 6pm the day before, it's not there when the program looks, so no text is sent. If you cancel after 6pm, the text has already gone (and been charged).\n- **Breaks, lunch, personal things**: it only texts when there's a mobile number in the appointment's description, so a \"Lunch\" entry with no number is skipped and costs nothing.\n\nYou're only ever charged for texts actually sent, one per appointment with a number.")),
    ],
)
