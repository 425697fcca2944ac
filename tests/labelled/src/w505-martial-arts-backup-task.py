LABEL = dict(
    split="heldout17",
    persona="martial arts club owner wanting the gradings folder copied to a USB drive every night",
    expertise_level=1, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 is a wish ('i lost everything last year ... make it save itself') with no names beyond the folder, and the agent has to explain Task Scheduler and administrator rights; prompt 2 pastes 'Access is denied' without understanding it: level 1. "
               "A scheduled task is configured on the user's PC: operating. The first schtasks call fails with Access is denied (trouble); after the user reruns as administrator the task is created, and prompt 3 ('it worked!! the folder is on the usb with last nights date') is an explicit confirmation after the trouble: verified success."),
)

SESSION = dict(
    cwd="C:\\Users\\Dojo", start="2026-11-26T20:30:00Z", model="claude-sonnet-4-5", version="2.1.236", branch="main",
    turns=[
        turn("i run a karate club and all the members and gradings are in the folder Club on my desktop. last year the laptop died and i lost everything. can you make it save itself onto the usb stick every night? the usb is always plugged in",
             bash("dir C:\\Users\\Dojo\\Desktop\\Club && wmic logicaldisk get caption,volumename,drivetype", " Directory of C:\\Users\\Dojo\\Desktop\\Club\n\n12/11/2026  19:02    <DIR>          Gradings\n20/11/2026  21:44            48,211 Members 2026.xlsx\n03/10/2026  18:10            19,904 Insurance.pdf\n25/11/2026  22:15            23,560 Subs paid.xlsx\n\nCaption  DriveType  VolumeName\nC:       3          Windows\nD:       2          BACKUP\n"),
             write("C:\\Users\\Dojo\\backup_club.bat", "@echo off\nrem Copies the Club folder to the BACKUP usb stick (D:) into a folder with today's date.\nset DAY=%date:~6,4%-%date:~3,2%-%date:~0,2%\nrobocopy \"C:\\Users\\Dojo\\Desktop\\Club\" \"D:\\Club backups\\%DAY%\" /E /R:2 /W:5 /LOG:\"D:\\Club backups\\last-backup-log.txt\"\n"),
             bash("schtasks /Create /TN \"Club backup\" /TR \"C:\\Users\\Dojo\\backup_club.bat\" /SC DAILY /ST 23:00 /RL HIGHEST", code=1, out="ERROR: Access is denied.\n"),
             say("I've made a small file, `backup_club.bat`, that copies the whole Club folder onto your USB stick (it shows up as **D: BACKUP**) into a folder named with the date, so you keep a copy for every night.\n\nTo make it run every night on its own I need to add it to **Task Scheduler** (the part of Windows that runs things at set times). That needs administrator permission, and this window doesn't have it, so Windows said \"Access is denied\".\n\nCould you close this, right-click **Command Prompt** or **Terminal** in the Start menu, choose **Run as administrator**, start me again there and say \"try again\"?")),
        turn("ok i did the run as admin thing. it said ERROR: Access is denied before, try again",
             bash("schtasks /Create /TN \"Club backup\" /TR \"C:\\Users\\Dojo\\backup_club.bat\" /SC DAILY /ST 23:00 /RL HIGHEST", "SUCCESS: The scheduled task \"Club backup\" has successfully been created.\n"),
             bash("schtasks /Query /TN \"Club backup\" /FO LIST", "Folder: \\\nHostName:      DOJO-LAPTOP\nTaskName:      \\Club backup\nNext Run Time: 26/11/2026 23:00:00\nStatus:        Ready\nLogon Mode:    Interactive only\n"),
             say("Done. The task **Club backup** is set up and will run every night at **11pm**, next run tonight. Two things to know:\n\n- The laptop has to be **on** (not shut down) at 11pm; if it's asleep it will run the next time it wakes.\n- Tomorrow, look on the USB stick for a folder `Club backups` with tonight's date in it. That's how you'll know it worked.")),
        turn("it worked!! the folder is on the usb with last nights date and all the gradings in it. thank you so much",
             say("Brilliant, that's your backup running. Every few weeks it's worth copying one of the dated folders somewhere else too (another USB or an email to yourself), in case the stick itself gets lost.")),
    ],
)
