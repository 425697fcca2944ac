LABEL = dict(
    split="heldout8",
    persona="Legal secretary at a four-solicitor high-street law office, the freelance IT person has left",
    expertise_level=1, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 is open ('what do all these do, are any of them important'), with no names; the agent explains what a scheduled task is, "
               "and the follow-up asks whether she can 'just delete the ones that say old': level 1. Only reads and an explanation, no change: exploring. "
               "Nothing fails and there is no evidence (no test, commit or confirmation): neither."),
)

SESSION = dict(
    cwd="S:\\IT\\scripts", start="2026-11-24T11:20:00Z", model="claude-sonnet-4-6", version="2.1.245",
    turns=[
        turn("our IT man Gary has left and theres this folder of scripts on the shared drive. what do all these do, are any of them important? i dont want to break anything",
             glob("*", ["S:\\IT\\scripts\\backup_nightly.bat", "S:\\IT\\scripts\\old_backup.bat", "S:\\IT\\scripts\\map_drives.bat", "S:\\IT\\scripts\\clear_temp.ps1",
                         "S:\\IT\\scripts\\renew_cert_OLD.ps1", "S:\\IT\\scripts\\README_gary.txt"]),
             par(read("S:\\IT\\scripts\\backup_nightly.bat", "@echo off\nrobocopy S:\\Clients \\\\NAS01\\backup\\Clients /MIR /R:2 /W:5 /LOG:S:\\IT\\logs\\backup.log\nrobocopy S:\\Accounts \\\\NAS01\\backup\\Accounts /MIR /R:2 /W:5 /LOG+:S:\\IT\\logs\\backup.log"),
                 read("S:\\IT\\scripts\\map_drives.bat", "net use S: \\\\FILESRV\\shared /persistent:yes\nnet use P: \\\\FILESRV\\precedents /persistent:yes"),
                 read("S:\\IT\\scripts\\README_gary.txt", "backup_nightly runs 11pm from task scheduler on FILESRV\nold_backup = before NAS, not used\nclear_temp runs on logon\nrenew_cert_OLD was for the old email, not needed since 365")),
             say("Here's what each one does:\n\n- **backup_nightly.bat** – important. Every night at 11pm it copies the Clients and Accounts folders to the backup box (NAS01). "
                 "It runs automatically from the server's *Task Scheduler* (a built-in Windows tool that runs things on a timetable). Don't move or rename it.\n"
                 "- **map_drives.bat** – connects the S: and P: drives on a PC. Useful when setting up a new computer.\n"
                 "- **clear_temp.ps1** – tidies temporary files when people log on. Harmless.\n"
                 "- **old_backup.bat** and **renew_cert_OLD.ps1** – Gary's note says these are no longer used.\n\nNothing here needs doing right now.")),
        turn("can i just delete the ones that say old then",
             say("You could, but there's no need – they don't run and take no space. I'd leave them, or move them into an `archive` subfolder so it's tidy. "
                 "The one thing worth doing is checking `S:\\IT\\logs\\backup.log` now and then to make sure the nightly backup is still running.")),
    ],
)
