LABEL = dict(
    split="heldout3",
    persona="Dispatch lead at a regional haulage firm who inherited a laptop with a former colleague's scripts",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 asks what 'all this stuff' in the folder does, no names or goal; prompt 2 asks whether it is "
               "safe to delete, and the agent has to tell the user that one script still runs every morning from cron, "
               "which the user did not know: level 1 (the agent corrects the user's assumption that nothing uses it). The "
               "agent only reads and explains: exploring. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/dispatch/ian_stuff", start="2026-06-08T07:50:00Z", model="claude-sonnet-4-6", version="2.1.261",
    turns=[
        turn("Ian left last month and there's all this stuff in his folder. what does it all do?",
             bash("ls -la", "total 48\n-rwxr-xr-x 1 dispatch dispatch 2210 Mar 14 routes_email.py\n-rw-r--r-- 1 dispatch dispatch  512 Mar 14 drivers.csv\n"
                  "-rwxr-xr-x 1 dispatch dispatch 1804 Jan  9 fuel_report.sh\n-rw-r--r-- 1 dispatch dispatch 9920 Feb 27 old_rates.xlsx\ndrwxr-xr-x 2 dispatch dispatch 4096 Jun  7 out", desc="List the folder"),
             par(read("/home/dispatch/ian_stuff/routes_email.py",
                      "import csv, smtplib, datetime\nfrom email.message import EmailMessage\n\n# Sends each driver tomorrow's drops from the TMS export\n"
                      "EXPORT = '/mnt/tms/exports/next_day_drops.csv'\n\ndef main():\n    drops = {}\n    for row in csv.DictReader(open(EXPORT)):\n"
                      "        drops.setdefault(row['driver_id'], []).append(row)\n    drivers = {d['id']: d for d in csv.DictReader(open('drivers.csv'))}\n"
                      "    with smtplib.SMTP('mail.internal', 25) as s:\n        for did, rows in drops.items():\n            msg = EmailMessage()\n"
                      "            msg['To'] = drivers[did]['email']\n            msg['Subject'] = f'Your drops for {datetime.date.today() + datetime.timedelta(days=1)}'\n"
                      "            msg.set_content('\\n'.join(f\"{r['stop']}. {r['customer']} - {r['postcode']} ({r['window']})\" for r in rows))\n            s.send_message(msg)\n\nmain()"),
                 read("/home/dispatch/ian_stuff/fuel_report.sh",
                      "#!/bin/bash\n# monthly fuel card summary -> out/\nin=$(ls -t ~/Downloads/fuelcard_*.csv | head -1)\n"
                      "awk -F, 'NR>1 {litres[$2]+=$5; cost[$2]+=$6} END {for (r in litres) printf \"%s,%.1f,%.2f\\n\", r, litres[r], cost[r]}' \"$in\" > out/fuel_$(date +%Y%m).csv")),
             say("Here's what's in Ian's folder:\n\n- **routes_email.py** – emails each driver their drops for tomorrow. It reads the "
                 "next-day export from the TMS and the driver list in `drivers.csv`, and sends one email per driver with the stop "
                 "order, customer, postcode and delivery window.\n- **drivers.csv** – driver IDs and email addresses that script uses.\n"
                 "- **fuel_report.sh** – a monthly summary of the fuel card statement: litres and cost per vehicle registration, "
                 "written into `out/`.\n- **old_rates.xlsx** – a spreadsheet, not used by either script.\n- **out/** – where the fuel summaries land.")),
        turn("can i just delete it all then? nobody uses it i think",
             bash("crontab -l 2>/dev/null; ls -la out | tail -3", "# m h dom mon dow command\n45 17 * * 1-5 cd /home/dispatch/ian_stuff && /usr/bin/python3 routes_email.py\n"
                  "-rw-r--r-- 1 dispatch dispatch 612 May 31 fuel_202605.csv\n-rw-r--r-- 1 dispatch dispatch 598 Apr 30 fuel_202604.csv", desc="Check whether anything runs these automatically"),
             say("I wouldn't delete it yet. Something does use it: this account's scheduled jobs (cron) run **routes_email.py "
                 "at 17:45 every weekday**. If your drivers get an email each evening with their drops, it comes from this "
                 "folder, and deleting it would stop those emails.\n\nThe fuel report isn't scheduled, but someone has run it each "
                 "month (May's file is there), so check with the office before removing it. `old_rates.xlsx` looks safe to archive.")),
        turn("oh wow ok. leave it then", say("Leaving everything as it is. It might be worth adding a note in the folder saying what the email script does, so the next person knows.")),
    ],
)
