LABEL = dict(
    split="heldout5",
    persona="Wedding photographer on a MacBook, keeps client shoots on an external drive, no command-line experience",
    expertise_level=1, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is a wish ('make my photos back up by themselves every night') with a schedule but no folder, drive or check; the agent "
               "finds the folders and the drive itself and explains Full Disk Access, and prompts 3 and 5 ask what the error means and "
               "whether RAW files are included. Between levels 1 and 2 nothing decides, so the lower (tie-break 3): level 1. A scheduled backup job installed and "
               "run on the machine: operating. The first rsync fails with 'Operation not permitted' (trouble); the same command is retried "
               "after the permission change (a retry) and copies the files, but prompt 5 only asks about RAW files and prompt 6 says they will look tomorrow, with no "
               "confirmation, test or commit after the last trouble: abandoned."),
)

SESSION = dict(
    cwd="/Users/ines", start="2026-11-26T18:30:00Z", model="claude-sonnet-4-6", version="2.1.246",
    turns=[
        turn("I always forget to copy my wedding shoots to my backup drive and last month I nearly lost one. can you make my photos back up by themselves every night?",
             bash("ls /Volumes && ls ~/Pictures", "Macintosh HD\nSAMSUNG T7\nPhoto Booth Library\nLightroom\nShoots 2026", desc="Find the drives and photo folders"),
             say("I can see your external drive **SAMSUNG T7** and a folder **Pictures/Shoots 2026**. Is that the folder with the wedding shoots, and should the copies "
                 "go to the T7? I'll set up a nightly job that copies anything new (it never deletes from the backup).")),
        turn("yes thats them. the T7 is always plugged in at my desk",
             bash("mkdir -p \"/Volumes/SAMSUNG T7/Backup\" && rsync -a \"$HOME/Pictures/Shoots 2026\" \"/Volumes/SAMSUNG T7/Backup/\"", "", desc="First copy", code=23, ms=4100,
                  stderr="rsync: opendir \"/Users/ines/Pictures/Shoots 2026/2026-10-18 Harris-Okafor\" failed: Operation not permitted (1)\n"
                         "rsync: opendir \"/Users/ines/Pictures/Shoots 2026/2026-11-01 Patel\" failed: Operation not permitted (1)\n"
                         "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]\n"),
             say("The copy started but macOS blocked it from reading two of the shoot folders (\"Operation not permitted\").")),
        turn("what does that mean?? are my photos ok",
             say("Your photos are fine – nothing was changed or deleted. macOS protects folders like Pictures, and the Terminal app isn't allowed to read them yet. "
                 "To allow it:\n\n1. Open **System Settings → Privacy & Security → Full Disk Access**\n2. Switch on **Terminal** (add it with + if it isn't listed)\n"
                 "3. Quit Terminal and tell me when it's done, and I'll try the copy again and set up the nightly job.")),
        turn("ok i switched it on and restarted it",
             bash("rsync -a \"$HOME/Pictures/Shoots 2026\" \"/Volumes/SAMSUNG T7/Backup/\" && du -sh \"/Volumes/SAMSUNG T7/Backup/Shoots 2026\"", "412G\t/Volumes/SAMSUNG T7/Backup/Shoots 2026",
                  desc="Retry the copy", ms=2400000),
             write("/Users/ines/Library/LaunchAgents/com.ines.photobackup.plist",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                   "<plist version=\"1.0\"><dict>\n  <key>Label</key><string>com.ines.photobackup</string>\n  <key>ProgramArguments</key><array>\n"
                   "    <string>/usr/bin/rsync</string><string>-a</string><string>/Users/ines/Pictures/Shoots 2026</string><string>/Volumes/SAMSUNG T7/Backup/</string>\n"
                   "  </array>\n  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>2</integer><key>Minute</key><integer>0</integer></dict>\n"
                   "  <key>StandardErrorPath</key><string>/Users/ines/Library/Logs/photobackup.log</string>\n</dict></plist>\n"),
             bash("launchctl load ~/Library/LaunchAgents/com.ines.photobackup.plist && launchctl list | grep photobackup", "-\t0\tcom.ines.photobackup", desc="Schedule the nightly job"),
             say("The copy worked this time: all 412 GB of *Shoots 2026* is on the T7 under `Backup`. I've also scheduled it to run every night at 2:00 "
                 "(your Mac needs to be on, or it runs when it wakes). Any problems get written to `Library/Logs/photobackup.log`.")),
        turn("does it do the raw files as well? they are in the same folders as the jpegs",
             bash("cd \"$HOME/Pictures/Shoots 2026\" && find . -iname '*.cr3' | wc -l && cd \"/Volumes/SAMSUNG T7/Backup/Shoots 2026\" && find . -iname '*.cr3' | wc -l",
                  "18422\n18422", desc="Count RAW files on both sides", ms=5200),
             say("Yes – it copies everything in those folders, whatever the file type. Your Mac has 18,422 RAW (.CR3) files in *Shoots 2026* and the T7 has the same 18,422.")),
        turn("ok ill see tomorrow if it ran", say("Sounds good. Tomorrow, look in the T7's Backup folder for last night's new files, or open the log file – empty means no errors.")),
    ],
)
